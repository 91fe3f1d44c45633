"""One figure of one sentence -> the claim fields that do not depend on its speaker: the
source's fields, offsets into the file, the group counted, part of a total, place, and the
stable claim id.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from claimcheck.extract.counts import (
    AMONG_GROUP_AFTER,
    bracket_part,
    breakdown_group,
    colon_share_place,
    LIST_ITEM_GAP,
    one_items_after,
    one_items_before,
    SEVERITY_ITEM_GAP,
)
from claimcheck.extract.heads import demonym_head
from claimcheck.extract.lexicon import (
    DEATH_PLACES, SUBJECT_GROUPS, SUBJECT_NOUNS, THING_SUBJECTS, TRANSITIVE_CATEGORY_VERBS,
)
from claimcheck.extract.mentions import Mention
from claimcheck.extract.patterns import INCLUDES_AFTER_FIGURE, PART_OWNER, alternation, qualifier_tail
from claimcheck.extract.places import ALONE_OPENING, named_place
from claimcheck.extract.reading import figure_context, raw_value
from claimcheck.extract.sentences import Sentence
from claimcheck.extract.speaker_kinds import looks_like_org
from claimcheck.models import Category, Source

# Who a force's casualty list counts: its soldiers, fighters or police (lexicon groups)
_FORCE_SUBJECTS = frozenset(
    s for group in SUBJECT_GROUPS if group[0] in ("troops", "militants") for s in group
) | {"police", "policemen", "officers"}
# "... killed, 12 wounded", "... were killed and 20 wounded": a casualty list's next item
_CASUALTY_LIST_GAP = re.compile(
    r"\s+(?:(?:have|has|had|were|was)\s+(?:been\s+)?)?(?:killed|dead|died|wounded|injured|missing)"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
)

# "killed 6 people and injured 41", "wounded 30 villagers, killing four": a second verb of harm
# whose figure leaves out the noun the first one gave
_HARM_VERB_GAP = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:has|have|had)\s+)?(?:also\s+)?(?:"
    + alternation(v for v, c in TRANSITIVE_CATEGORY_VERBS.items() if c in ("killed", "wounded") and " " not in v)
    + r")\s+" + qualifier_tail(),
    re.I,
)

# ... and past a part between them: "killed 9 people, including two children, and wounded 14"
_PART_BETWEEN = re.compile(r"\s*,\s*(?:including|among\s+them|among\s+whom|of\s+whom)\b[^,;:]{1,60}")


def _harmed_before(text: str, mentions: Sequence[Mention], mi: int, records: list[dict], si: int) -> Mention | None:
    """The figure of people a second verb of harm leaves its noun to ("killed 6 people and
    injured 41"), or None: never things ("flattened 2,000 buildings, killing 150" counts no
    buildings), nor a part (the whole before it is)."""
    if not mi:
        return None
    prev = mentions[mi - 1]
    if records and records[-1]["_sentence"] == si and records[-1]["part_of_total"]:
        # the part between: the whole before it, when the part's phrase runs to the verb
        if mi < 2:
            return None
        whole = mentions[mi - 2]
        between = _PART_BETWEEN.match(text, whole.end)
        if between is None or between.end() != prev.end and not text.startswith(",", prev.end):
            return None
        prev, gap_from = whole, prev.end
    else:
        gap_from = prev.end
    if prev.bare or prev.subject in THING_SUBJECTS or prev.partitive:
        return None
    return prev if _HARM_VERB_GAP.fullmatch(text, gap_from, mentions[mi].start) else None


# "three children were among the dead": a part of the toll, named after the figure
_PART_GROUP_AFTER = re.compile(
    r"\s*,?\s*(?:(?:were|are|was|is)\s+)?(?:all\s+)?(?P<g>children|women|minors|girls|boys|students|pupils|civilians"
    r"|soldiers|foreigners|infants|babies)\b(?![’'\-]|\s+(?:of|in|at|from|who|whose)\b)",
    re.I,
)
_AMONG_THEN_AND = re.compile(r"\s+(?:(?:were|are|was|is)\s+)?among\s+(?:the|those)\s+\w+\s*,?\s+and\s+", re.I)
_AMONG_AFTER = re.compile(
    # ("and 9 among the injured": a bare figure's verb may be left out)
    r"(?:[^,;.]{0,30}?\b(?:were|was|are|is)\s+(?:also\s+)?|\s+)among\s+(?:the\s+|those\s+)?"
    r"(?:dead|killed|victims|injured|wounded|missing|casualties|fatalities)\b",
    re.I,
)




_PART_BEFORE = re.compile(
    r"\b(?:including|incl\.|among them(?:\s+(?:are|were))?|among whom|of whom|of which|his|her|their"
    # "Among the dead were 11 women and 6 children"
    r"|among\s+(?:the\s+|those\s+)?(?:dead|killed|victims|injured|wounded|missing|casualties|fatalities)"
    r"\s+(?:were|was|are|is)"
    # "among the more than 600 people held were at least 25 minors"
    r"|among\s+(?:the|those)\s+[^.;,]{1,60}?\s+(?:were|was|are|is)"
    # "The deceased include 14 women"
    r"|(?:dead|deceased|victims|injured|wounded|casualties)\s+(?:include|includes|included)"
    r"|" + INCLUDES_AFTER_FIGURE + ")"
    # ("among them, reportedly, 19 children")
    r"\s*,?\s*(?:(?:reportedly|allegedly|apparently|possibly)\s*,\s*)?"
    + PART_OWNER + r"(?:at least\s+|some\s+|about\s+)?$",
    re.I,
)


_OF_OWN_GROUP = re.compile(
    # an armed group's own men: all its losses, not a share of another count ("Nine of our
    # patients", "two of its staff" are a hospital's or an agency's share of the toll)
    r"\s+of\s+(?:our|its|their|his|her|my|your)\s+(?:[a-z\-]+\s+)?"
    r"(?:fighters|men|soldiers|troops|comrades|brothers|mujahideen|militants|combatants|forces|"
    r"personnel|servicemen|officers|policemen|guards|members|martyrs|heroes|lions)\b",
    re.I,
)


_GROUP_LABEL = re.compile(r"^\W*(?P<g>[A-Za-z][A-Za-z\-]*(?:\s+[A-Za-z][A-Za-z\-]*){0,2})\s*:\s")


def _label_group(label: str) -> str | None:
    """The group a line's label names ("Friendly forces" -> troops), if any."""
    words = label.lower().split()
    for k in range(len(words)):
        group = SUBJECT_NOUNS.get(" ".join(words[k:]))
        if group:
            return group
    return "troops" if words and words[-1] == "forces" else None


_ALONE_AFTER = re.compile(r"[^,;.]{0,60}?\bin\s+(?:the\s+|this\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+alone\b")


_OWN_PARTICIPLE = re.compile(r"\s+[a-z]+ed\b")


# what opens a breakdown of the figure before it: "13 people died: 11 workers and two
# firefighters", "21 dead - 17 passengers and four crew", "40 hurt, 30 adults and 10 children"
_BREAKDOWN_OPENS = re.compile(r"[^.;:!?]{0,80}?(?::|\s[-–—]|,|\()\s*$")


# "12 are from Hirapur, eight from Kanpa": an item's place, then the next item
_PLACE_ITEM_GAP = re.compile(r"\s+(?:are\s+|were\s+)?(?:from|at|in|over|near)\s+[^,;.]{1,40}?(?:,|\s+and|,\s+and)\s*")


# "twelve on the spot and two in hospital": a breakdown of the dead by where they died
_DIED_WHERE_GAP = re.compile(r"\s+(?:" + alternation(DEATH_PLACES) + r")\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)", re.I)


def mark_breakdown(sentence: str, records: Sequence[dict]) -> None:
    """Mark as parts the figures of one sentence that list the groups of an exact total
    just before them and add up to it.

    A breakdown's groups are not rival tolls ("11 workers" is not a count of 13 people's
    dead), and a later bare "the toll stands at 14" counts the total's group, not the last
    group listed. The sum is what tells a breakdown from two rival figures side by side.
    """
    for i, total in enumerate(records):
        low, high = total["value_low"], total["value_high"]
        if total["part_of_total"] or low is None or low != high or low < 2:
            continue
        run: list[dict] = []
        end = total["_offset"] + len(total["mention"])
        if i + 1 >= len(records):
            continue
        # ("four people: the ferry's captain and three deckhands": items named one by one count one each)
        ones = one_items_before(sentence, end, records[i + 1]["_offset"])
        if not ones and _BREAKDOWN_OPENS.match(sentence, end, records[i + 1]["_offset"]) is None:
            continue
        for item in records[i + 1 :]:
            if item["category"] != total["category"] or item["value_low"] is None or item["value_low"] != item["value_high"]:
                break
            gap_start = run[-1]["_offset"] + len(run[-1]["mention"]) if run else 0
            if run and LIST_ITEM_GAP.fullmatch(sentence, gap_start, item["_offset"]) is None and (
                _PLACE_ITEM_GAP.fullmatch(sentence, gap_start, item["_offset"]) is None
                and SEVERITY_ITEM_GAP.fullmatch(sentence, gap_start, item["_offset"]) is None
                and _DIED_WHERE_GAP.fullmatch(sentence, gap_start, item["_offset"]) is None
            ):
                break
            run.append(item)
            if sum(r["value_low"] for r in run) + ones >= low:
                break
        listed = sum(r["value_low"] for r in run) + ones
        if run and listed < low:
            # ("..., two mechanics, the shift foreman and a welder.": the items after the last figure)
            listed += one_items_after(sentence, run[-1]["_offset"] + len(run[-1]["mention"])) or 0
        if (len(run) >= 2 or run and listed > run[-1]["value_low"]) and listed == low:
            for item in run:
                item["part_of_total"] = True


def mark_breakdown_of_before(total: dict | None, records: Sequence[dict], si: int) -> None:
    """Mark as parts the figures of a sentence that opens on them and that add up to the
    figure ending the sentence before: ""Nine people have died. Six were dead on arrival
    and three died in hospital."" (two or more, one category, exact)."""
    if (
        total is None or total["_sentence"] != si - 1 or total["part_of_total"] or len(records) < 2
        or total["value_low"] is None or total["value_low"] != total["value_high"] or records[0]["_offset"] > 3
    ):
        return
    if any(r["category"] != total["category"] or r["value_low"] is None or r["value_low"] != r["value_high"] for r in records):
        return
    if sum(r["value_low"] for r in records) == total["value_low"]:
        for r in records:
            r["part_of_total"] = True


def norm_text(text: str) -> str:
    return " ".join(text.lower().split())


def claim_id(source_id: str, sentence: str, mention: str, occurrence: int) -> str:
    """Stable id: what the figure says and where in its sentence, never a file offset, so that
    adding unrelated text elsewhere in the source keeps it."""
    key = "\x1f".join((source_id, norm_text(sentence), norm_text(mention), str(occurrence)))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


_DEFAULT_SUBJECT = {"troops": "troops"}


_COUNT_OF = re.compile(
    r"\b(?:number|toll|count|tally|total|figure)\s+of\s+(?:the\s+|those\s+)?(?P<n>[a-z]+(?:\s+[a-z]+)?)\b[^,;.]{0,40}$",
    re.I,
)


def _counted_noun(sentence: str, start: int) -> str | None:
    """The group a bare figure counts when the sentence names it: "put the number of escapees
    at 228", "the toll of migrants rose to 40"."""
    m = _COUNT_OF.search(sentence, max(0, start - 100), start)
    if m is None:
        return None
    words = m.group("n").lower()
    for noun in (words, words.split()[0], words.split()[-1]):
        if noun in SUBJECT_NOUNS and noun not in ("people", "dead", "deaths"):
            return SUBJECT_NOUNS[noun]
    return None


_GAPPED_PART = re.compile(r"\s+[a-z]+\s+(?:in|at|on|from|outside|inside)\s+[^,;.]{1,50}?,?\s+and\s+")
_GAPPED_PART_END = re.compile(r"\s+(?:in|at|on|from|outside|inside)\s+[^,;.]{1,50}[.;]?\s*$")


# "moved out of 14 villages", "cared for at two clinics": a figure in a prepositional
# phrase is where the counted were, not what "of them" refers to
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|from|to|at|across|into|between|among|over|by|of|on)\s+$", re.I)


def recent(records: list[dict], first: int) -> list[dict]:
    """The records of sentence `first` and after. Records are appended in sentence order, so
    they are the end of the list: a scan of all of them for every figure made a document of
    thousands of figures cost the square of their number."""
    start = len(records)
    while start and records[start - 1]["_sentence"] >= first:
        start -= 1
    return records[start:]


def _things_antecedent(text: str, si: int, records: list[dict]) -> str | None:
    """The things "N of them" counts a part of: the sentence's last figure that is no place
    of the figure before it, when that figure counts things ("health workers logged 870
    suspected cases across six counties, 95 of them confirmed": the cases)."""
    for r in reversed(records):
        if r["_sentence"] != si:
            return None
        if _PREPOSITION_BEFORE.search(text, 0, r["_offset"]):
            continue
        return r["subject"] if r["subject"] in THING_SUBJECTS else None
    return None


def claim_record(
    source: Source, sent: Sentence, si: int, m: Mention, cat: str, mentions: Sequence[Mention],
    mi: int, records: list[dict], original: str,
) -> dict | None:
    """Turn a mention into the claim fields that do not depend on the speaker."""
    if m.low is not None and m.low == 1 and m.high == 1 and cat in ("other", "troops") and not m.number_text.isdigit():
        # "one" meaning a single thing; a digit is a count ("2 health facilities and 1 school")
        return None  # "one ..." meaning a single thing
    subject = m.subject
    # the figure names its group ("300 of 1,200 homes": the whole after it does)
    own_group = (
        "numbered-group" in m.notes or "part-of-before" in m.notes or "whole-follows" in m.notes
        or "capacity" in m.notes or "group-size" in m.notes or "rival-of-before" in m.notes
    )
    counted = _counted_noun(sent.text, m.start) if m.bare and not own_group else None
    if (
        m.bare and mi and not mentions[mi - 1].bare and AMONG_GROUP_AFTER.match(sent.text, m.end)
        and _AMONG_THEN_AND.fullmatch(sent.text, mentions[mi - 1].end, m.start)
    ):
        # "four women were among the dead and 9 among the injured": the same group, the
        # noun left out
        subject = mentions[mi - 1].subject
    elif counted:
        subject = counted  # "put the number of escapees at 228": the escapees
    elif m.bare and not own_group and (harmed := _harmed_before(sent.text, mentions, mi, records, si)) is not None:
        # "the blast killed 6 people and injured 41": the 41 are people too, whatever the
        # source counted in this category before; past a part, the whole's ("killed 9 people,
        # including two children, and wounded 14": people)
        subject = harmed.subject
    elif m.bare and not own_group:
        # a bare figure ("backed the 5,000 figure", "peaked at 5,800") counts the group the
        # source last counted in this category
        # ("put the toll at 25" after "23 people, including two children": people, not a part)
        # (nor "the toll as 35" after "One injured man died": one man is no group a toll counts)
        same = [
            r for r in recent(records, si - 3) if r["category"] == cat and not r["part_of_total"]
            and not (r["value_low"] == 1 and r["value_high"] == 1)
        ]
        last = [r["subject"] for r in same if r["_sentence"] == same[-1]["_sentence"]] if same else []
        # ("put the toll at 13" after "9 soldiers and 4 civilians": all of them, not the last group)
        subject = last[-1] if len(set(last)) == 1 else _DEFAULT_SUBJECT.get(cat, "people")
        if not same and cat == "other" and records and records[-1]["_sentence"] >= si - 1 and (
            records[-1]["subject"] not in THING_SUBJECTS and not records[-1]["part_of_total"]
        ):
            # "312 children were reported missing. 261 had been reunited with their families":
            # the group just counted
            subject = records[-1]["subject"]
    elif subject == "people" and m.head_category and not m.partitive:
        # "Friendly forces: 9 killed, ... 21 wounded", "Civilians: 12 dead": a line's label
        # names who its figures count
        label = _GROUP_LABEL.match(sent.text, 0, m.start)
        # (not a speaker's label, as a headline's "Police: 40 arrested"; but "Friendly
        # forces:" are the troops counted)
        group = _label_group(label.group("g")) if label and (
            label.group("g").lower().endswith(" forces") or not looks_like_org(label.group("g"))
        ) else None
        if group:
            subject = group
        elif mi and not mentions[mi - 1].bare and mentions[mi - 1].subject in _FORCE_SUBJECTS and (
            _CASUALTY_LIST_GAP.fullmatch(sent.text, mentions[mi - 1].end, m.start)
        ):
            # "4 soldiers killed, 12 wounded", "nine fighters were killed and 20 wounded": the
            # force's wounded, not people at large
            subject = mentions[mi - 1].subject
    if m.anaphoric and m.head and m.head.lower() in ("more", "others") and mi and not m.bare:
        # "thousands more": the group of the figure before it, unless that was a part
        prev = next((p for p in reversed(mentions[:mi]) if not p.partitive and not p.bare), None)
        if prev is not None and m.head.lower() == "more":
            subject = prev.subject
    if m.partitive and m.anaphoric and subject == "people" and (m.head or "").lower() in ("them", "which"):
        # "downed 47 drones overnight, 21 of them over the border region", "destroyed 30
        # homes, 10 of them completely": a part of the things just counted, not people
        subject = _things_antecedent(sent.text, si, records) or subject
    part = (
        bool(_PART_BEFORE.search(sent.text[: m.start])) or _AMONG_AFTER.match(sent.text, m.end) is not None
        # "45 people had died in the district alone": a place's share of the whole
        or _ALONE_AFTER.match(sent.text, m.end) is not None
        or ALONE_OPENING.match(sent.text[: m.start]) is not None
    )
    if (
        not part and mi and records and records[-1]["_sentence"] == si and records[-1]["part_of_total"]
        and records[-1]["category"] == cat
    ):
        # "among them at least 20 children and nine aid workers": the list goes on
        prev = mentions[mi - 1]
        part = records[-1]["_offset"] == prev.start and (
            (
                LIST_ITEM_GAP.fullmatch(sent.text[prev.end : m.start]) is not None
                # "among them 204 homes, and 33 damaged": a predicate of its own ends the list
                and _OWN_PARTICIPLE.match(sent.text, m.end) is None
            )
            # "Of those deaths, 44 occurred in clinics and 19 in the villages": the next
            # part, its verb left out
            or prev.partitive and m.bare and _GAPPED_PART.fullmatch(sent.text, prev.end, m.start) is not None
            and _GAPPED_PART_END.match(sent.text, m.end) is not None
        )
    if m.bare and bracket_part(sent.text, m.start, m.end):
        part = True  # "Deaths: 71 (48 in treatment centres, 23 in the villages)"
    group = breakdown_group(sent.text, m.start) if m.bare and mi else None
    if group:
        part = True  # "Dead: 18 (males 11, females 5, infants 2)": who they were
        subject = SUBJECT_NOUNS.get(group, group)
    if m.bare and ":" in sent.text[: m.start] and colon_share_place(sent.text, m.start, m.end):
        part = True  # "The wounded went to three hospitals: 70 at the Central Hospital, ..."
    if m.head and demonym_head(m.head):
        part = True  # "seven Orlenian, four Vaskan and two Tamarese nationals": shares by nationality
    if m.partitive:
        # "220 of them in hospital" is a part of the 284 injured; "five of them had been
        # rescued" (of the kidnapped) is a quantity of its own
        whole = recent(records, si - 1)
        whole_cat = whole[-1]["category"] if whole else None
        if mi and not mentions[mi - 1].partitive:
            whole_cat = whole_cat if not records or records[-1]["_sentence"] != si else records[-1]["category"]
        # parts of a toll ("23 of whom later died", "19 of the wounded") are parts whatever
        # their own category; "five of them had been rescued" is the rescue count itself
        part = whole_cat == cat or cat in ("killed", "wounded")
        if (
            _OF_OWN_GROUP.match(sent.text, m.number_end) and "whole-follows" not in m.notes
            and not _AMONG_AFTER.match(sent.text, m.end)
        ):
            # "Seven of our fighters fell", "12 of its soldiers": of a group, not of a
            # figure given before (but "19 of our 25 workers" is a part of the 25, and "14 of
            # its dead", "three of her children are among the dead" parts of the toll)
            part = False
    if part and subject == "people" and (named := _PART_GROUP_AFTER.match(sent.text, m.end)):
        # "40 of them toddlers", "Of the 58 detained, 12 were women": the part names
        # its group, which other reports count as the same part
        subject = SUBJECT_NOUNS.get(named.group("g").lower(), named.group("g").lower())
    lo = sent.start + m.start
    if m.start == m.number_start and m.start and original[lo - 1] == "(" and sent.text[m.start - 1] == " ":
        lo -= 1  # "(112) illegal migrants": the brackets blank_controls hid are the mention's
    start = source.offset + lo
    end = source.offset + sent.start + m.end
    # the mention and sentence as the file has them (controls included), so that
    # file_text[start:end] == mention always holds
    mention = original[lo : sent.start + m.end]
    return {
        "claim_id": "",
        "source_id": source.source_id,
        "source_title": source.title,
        "outlet": source.outlet,
        "url": source.url,
        "published": source.published,
        "source_file": source.source_file,
        "source_line": source.source_line,
        "start": start,
        "end": end,
        "mention": mention,
        "sentence": original[sent.start : sent.end],
        "number_text": m.number_text,
        "value_low": m.low,
        "value_high": m.high,
        "category": Category(cat),
        "subject": subject,
        "part_of_total": part,
        "place": named_place(
            figure_context(sent.text, m.start, m.end, sent.is_heading)[3], original[: sent.start + m.start]
        ),
        "_sentence": si,
        "_sentence_norm": norm_text(sent.text),
        "_offset": m.start,  # in the sentence
        "_raw": raw_value(m),  # the figure as written: "down from about 400" revises 400
    }
