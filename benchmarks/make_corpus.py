"""A deterministic corpus of realistic news articles for the benchmarks.

    python benchmarks/make_corpus.py --n 10000 --seed 1 --out benchmarks/out/c10k

writes `OUT/txt/NNN/*.txt` (one article a file: headline, date line, dateline paragraph,
body, sometimes bullets, captions and a `Source: URL` trailer) and `OUT/articles.jsonl` (the
same articles as rows `id, title, outlet, url, published, text`; `text` is the body without
the headline and date line, as a corpus export has it).

What makes it a fair load (and not a best case):
* many stories (about N/8), each reported by 3-8 outlets, some of them several times as the
  toll moves; six kinds of event (quake, bombing, kidnapping, floods, troop deployment,
  airstrike), each with its own quantities;
* the phrasings of real reports: qualifiers ("at least", "more than", "about", "up to"),
  vague counts ("dozens", "hundreds"), number words, "X said", "according to", hedges
  ("could not be independently verified"), revisions ("lowered the toll from A to B"), parts
  ("including 10 civilians"), rival figures from a second origin, forecasts;
* about 70% of sentences carry no figure, and many that do carry numbers that are not claims
  (ages, years, magnitudes, money, percentages, distances, times of day);
* place and person names are built from syllables per story, so stories share no names by
  construction (only the few countries, international bodies and common first names that
  real reports share too, which is what makes story grouping work for its living);
* numbers, dates and names all vary.

Story k is generated from its own random stream (`seed`, k), so the first articles of a
10k corpus are the articles of a 1k corpus with the same seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

SYLLABLES = (
    "ka ra to mi na lu se vo da ri po ne ba gu te lo fa ki su me zo ha ji ta re no wa di "
    "ko sa bu le ma ni go ru pe ya ze mo hi da tu ve so ga la nu ke pa do fi ro be"
).split()
FIRST_NAMES = (
    "Ahmed Maria Carlos Fatima John Amina David Sofia Ali Grace Omar Elena Samuel Leila Juan "
    "Nadia Peter Aisha Daniel Rosa Ibrahim Anna Yusuf Clara Hassan Irina Musa Lucia Karim "
    "Esther Tomas Zainab Pablo Mariam Victor Hana Joseph Olga Farid Ines"
).split()
ROLES = (
    "provincial governor", "police spokesman", "regional health director", "civil defence chief",
    "local mayor", "army spokesman", "district commissioner", "interior minister",
    "disaster agency head", "hospital director",
)
ORGS = (
    "the Red Cross", "the United Nations", "the World Health Organization", "the Health Ministry",
    "the Interior Ministry", "the civil defence agency", "local officials", "the army",
    "the national disaster agency", "Doctors Without Borders", "a local rights group",
)
WIRES = ("AP", "AFP", "Reuters")
OUTLET_WORDS = (
    "Daily Courier", "Morning Post", "Evening Standard", "Herald", "Tribune", "Gazette",
    "Observer", "Chronicle", "Express", "Times", "Sentinel", "Dispatch", "Star", "Journal",
)
OUTLET_PLACES = (
    "Harbor", "Capital", "Northern", "Coastal", "Valley", "Lakeside", "Highland", "Metro",
    "National", "Frontier",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
TENS_WORDS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
INTROS = (
    "officials said", "witnesses and officials said", "leaving a trail of destruction",
    "in the worst such disaster in years", "catching residents by surprise",
)
KINDS = ("quake", "bombing", "kidnapping", "floods", "deployment", "airstrike")

# Which quantities each kind of event reports (category, subject nouns, typical size).
QUANTITIES: dict[str, tuple[tuple[str, tuple[str, ...], int], ...]] = {
    "quake": (("killed", ("people",), 300), ("wounded", ("people",), 900),
              ("missing", ("people", "residents"), 400), ("displaced", ("people", "families"), 20000),
              ("homes", ("homes", "buildings"), 3000), ("rescued", ("people", "survivors"), 150)),
    "bombing": (("killed", ("people", "worshippers", "civilians"), 60), ("wounded", ("people",), 150),
                ("detained", ("suspects", "people"), 12)),
    "kidnapping": (("abducted", ("villagers", "students", "passengers"), 40),
                   ("killed", ("villagers", "people"), 8), ("released", ("hostages", "captives"), 20),
                   ("gunmen", ("gunmen", "attackers"), 30)),
    "floods": (("killed", ("people",), 120), ("displaced", ("people", "residents"), 50000),
               ("evacuated", ("people", "residents"), 8000), ("missing", ("people",), 60),
               ("homes", ("homes", "houses"), 6000)),
    "deployment": (("troops", ("troops", "soldiers"), 5000), ("police", ("police officers",), 1200),
                   ("vehicles", ("armoured vehicles",), 80)),
    "airstrike": (("killed", ("people", "civilians", "fighters"), 40), ("wounded", ("people", "civilians"), 90),
                  ("strikes", ("airstrikes", "strikes"), 30), ("displaced", ("families",), 3000)),
}
EVENT_NOUN = {
    "quake": ("earthquake", "quake", "tremor"), "bombing": ("bombing", "blast", "explosion", "attack"),
    "kidnapping": ("kidnapping", "abduction", "raid"), "floods": ("floods", "flooding", "flash floods"),
    "deployment": ("deployment", "build-up", "mobilisation"), "airstrike": ("airstrike", "air raid", "strike"),
}


class Article(NamedTuple):
    """One generated article; `text` is the body (what a JSONL export's `text` holds)."""

    id: str
    title: str
    outlet: str
    url: str
    published: str
    dateline: str
    text: str
    story: int

    def as_row(self) -> dict:
        return {"id": self.id, "title": self.title, "outlet": self.outlet, "url": self.url,
                "published": self.published, "text": self.text}

    def as_file(self) -> str:
        """The article as a saved page: headline first, then a date line, then the body."""
        return f"{self.title}\n\n{self.dateline}\n\n{self.text}"


def _name(rng: random.Random, syllables: tuple[int, int] = (3, 4)) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(*syllables))).capitalize()


def _outlets(seed: int) -> list[tuple[str, str]]:
    rng = random.Random(f"outlets:{seed}")
    out, seen = [], set()
    while len(out) < 40:
        name = f"The {rng.choice(OUTLET_PLACES)} {rng.choice(OUTLET_WORDS)}"
        if name in seen:
            continue
        seen.add(name)
        domain = name.lower().removeprefix("the ").replace(" ", "") + rng.choice((".com", ".net", ".co"))
        out.append((name, domain))
    return out


def _countries(seed: int) -> list[str]:
    rng = random.Random(f"countries:{seed}")
    return [_name(rng, (2, 3)) + rng.choice(("ia", "stan", "land", "ania", "o", "a")) for _ in range(30)]


def number_text(n: int, rng: random.Random) -> str:
    """A count as outlets write it: digits, grouped digits, number words, '1.2 million'."""
    if n < 20 and rng.random() < 0.6:
        return NUMBER_WORDS[n]
    if 20 <= n < 100 and rng.random() < 0.2:
        tens, unit = divmod(n, 10)
        return TENS_WORDS[tens] + (f"-{NUMBER_WORDS[unit]}" if unit else "")
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} million".replace(".0 ", " ")
    if n >= 1000 and n % 1000 == 0 and rng.random() < 0.3:
        return f"{n // 1000:,} thousand" if n < 100_000 and rng.random() < 0.3 else f"{n:,}"
    return f"{n:,}"


QUALIFIERS = (("", 5), ("at least ", 5), ("more than ", 3), ("about ", 2), ("nearly ", 1),
              ("up to ", 1), ("some ", 1), ("an estimated ", 1), ("as many as ", 1), ("over ", 1),
              ("around ", 1))
_QUAL, _QUAL_W = zip(*QUALIFIERS, strict=True)


def _vague(n: int) -> str | None:
    if 24 <= n < 100:
        return "dozens"
    if 200 <= n < 1000:
        return "hundreds"
    if 2000 <= n < 10000:
        return "thousands"
    if 20000 <= n < 100000:
        return "tens of thousands"
    return None


class _Story:
    """Everything the reports of one event share: names, places, dates, the true figures."""

    def __init__(self, k: int, seed: int, countries: list[str]) -> None:
        rng = self.rng = random.Random(f"story:{seed}:{k}")
        self.k = k
        self.kind = KINDS[rng.randrange(len(KINDS))]
        self.country = rng.choice(countries)
        self.province = _name(rng)
        self.town = _name(rng)
        self.village = _name(rng)
        self.people = [f"{rng.choice(FIRST_NAMES)} {_name(rng)}" for _ in range(4)]
        self.roles = rng.sample(ROLES, 4)
        self.group = _name(rng, (2, 3)) + rng.choice((" Front", " Brigade", " Movement", " Army"))
        self.date = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(4000))
        self.quantities = [
            (cat, rng.choice(subjects), max(3, int(size * rng.uniform(0.2, 2.5))))
            for cat, subjects, size in QUANTITIES[self.kind]
        ]

    def figure(self, size: int, day: int, rng: random.Random) -> int:
        """The count as reported `day` days after the event: tolls grow, then settle."""
        share = min(1.0, 0.35 + 0.25 * day)
        n = max(1, round(size * share * rng.choice((1, 1, 1, 1, 0.9, 1.1, 0.7, 1.4))))
        if n > 50:
            n = round(n, -1) if rng.random() < 0.5 else n
        return n


def _speaker(story: _Story, rng: random.Random) -> str:
    i = rng.randrange(4)
    r = rng.random()
    if r < 0.45:
        return f"{story.roles[i]} {story.people[i]}"
    if r < 0.75:
        return rng.choice(ORGS)
    return f"{story.people[i]}, the {story.roles[i]},"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _figure_phrase(n: int, rng: random.Random) -> str:
    vague = _vague(n)
    if vague and rng.random() < 0.12:
        return vague + " of"
    return rng.choices(_QUAL, _QUAL_W)[0] + number_text(n, rng)


def _figure_sentences(story: _Story, cat: str, subject: str, n: int, day: int,
                      rng: random.Random) -> list[str]:
    """One to three sentences that report quantity `cat` as `n` (with its context)."""
    fig = _figure_phrase(n, rng)
    spk = _speaker(story, rng).rstrip(",")
    when = rng.choice(("", "", f" on {WEEKDAYS[(story.date.weekday() + day) % 7]}", " overnight",
                       " by late evening", f" in {story.town}"))
    event = rng.choice(EVENT_NOUN[story.kind])
    place = rng.choice((story.town, story.village, story.province))
    out: list[str] = []
    if cat == "killed":
        out.append(rng.choice((
            f"{_cap(fig)} {subject} were killed{when}, {spk} said.",
            f"{_cap(spk)} said {fig} {subject} died in the {event}.",
            f"The death toll rose to {number_text(n, rng)}{when}, according to {spk}.",
            f"{_cap(fig)} bodies had been recovered from {place}, {spk} told reporters.",
            f"{_cap(rng.choice(ORGS))} put the number of dead at {fig}.",
            f"{_cap(fig)} {subject} lost their lives in the {event}, state media reported.",
            f"At least {number_text(n, rng)} {subject}, including {number_text(max(1, n // 5), rng)} "
            f"children, were killed, {spk} said.",
        )))
        if rng.random() < 0.12 and n > 10:
            higher = n + rng.randint(3, max(4, n // 4))
            out.append(f"{_cap(spk)} later lowered the death toll from {higher:,} to {n:,}, "
                       "citing double counting.")
    elif cat == "wounded":
        out.append(rng.choice((
            f"{_cap(fig)} others were wounded{when}.",
            f"{_cap(fig)} {subject} were injured, {number_text(max(1, n // 6), rng)} of them "
            f"seriously, {spk} said.",
            f"Hospitals in {story.town} treated {fig} injured {subject}, according to {spk}.",
            f"{_cap(spk)} said {fig} {subject} were hurt.",
        )))
    elif cat == "missing":
        out.append(rng.choice((
            f"{_cap(fig)} {subject} remain missing in {place}, {spk} said.",
            f"{_cap(spk)} said {fig} {subject} were still unaccounted for.",
        )))
    elif cat == "displaced":
        out.append(rng.choice((
            f"{_cap(fig)} {subject} have been displaced, according to {spk}.",
            f"{_cap(fig)} {subject} were left homeless{when}.",
            f"{_cap(fig)} {subject} fled to shelters in {place}, {spk} said.",
            f"{_cap(spk)} said {fig} {subject} were sleeping in camps.",
        )))
    elif cat in ("evacuated", "rescued"):
        out.append(rng.choice((
            f"Rescuers evacuated {fig} {subject} from {place}{when}.",
            f"{_cap(fig)} {subject} were rescued from the rubble, {spk} said.",
            f"{_cap(spk)} said {fig} {subject} had been evacuated.",
        )))
    elif cat in ("abducted", "detained"):
        out.append(rng.choice((
            f"Gunmen abducted {fig} {subject} from {place}{when}, {spk} said.",
            f"{_cap(fig)} {subject} were kidnapped in the raid, according to {spk}.",
            f"Police arrested {fig} {subject} in connection with the {event}.",
            f"{_cap(spk)} said {fig} {subject} were being held.",
        )))
    elif cat == "released":
        out.append(rng.choice((
            f"{_cap(fig)} {subject} were freed{when}, {spk} said.",
            f"{_cap(spk)} said {fig} {subject} had been released.",
        )))
    elif cat in ("troops", "police"):
        out.append(rng.choice((
            f"{story.country} deployed {fig} {subject} to {story.province}{when}.",
            f"{_cap(fig)} {subject} are stationed along the border, {spk} said.",
            f"The deployment could reach {number_text(round(n * 1.5, -2) or n, rng)} {subject}, {spk} said.",
            f"{_cap(spk)} said {fig} {subject} had been sent to {place}.",
        )))
    elif cat == "gunmen":
        out.append(f"{_cap(fig)} {subject} on motorcycles stormed {place}, witnesses said.")
    elif cat == "homes":
        out.append(rng.choice((
            f"{_cap(fig)} {subject} were destroyed, {spk} said.",
            f"The {event} damaged or destroyed {fig} {subject} in {place}.",
        )))
    elif cat == "strikes":
        out.append(rng.choice((
            f"{_cap(fig)} {subject} hit {place}{when}, {spk} said.",
            f"{story.group} said it counted {fig} {subject} on its positions.",
        )))
    else:  # vehicles and other things tied to the story
        out.append(f"{_cap(fig)} {subject} were seen moving towards {place}.")
    if rng.random() < 0.15:
        out.append(rng.choice((
            "The figures could not be independently verified.",
            "The claim could not be independently confirmed.",
            f"{_cap(rng.choice(WIRES))} could not verify the numbers.",
        )))
    return out


def _filler(story: _Story, rng: random.Random) -> str:
    """A sentence with no claim: background, colour, quotes, numbers that are not counts."""
    p = rng.choice(story.people)
    place = rng.choice((story.town, story.village, story.province))
    event = rng.choice(EVENT_NOUN[story.kind])
    day = rng.choice(WEEKDAYS)
    return rng.choice((
        f"Residents of {place} described scenes of chaos as sirens wailed through the night.",
        f"{p}, {rng.randint(19, 78)}, said she had lost everything in the {event}.",
        f"\u201cWe heard a loud noise and then everything went dark,\u201d said {p}, a shopkeeper.",
        f"Roads into {place} were blocked, slowing the arrival of help.",
        f"Aid agencies warned that conditions could worsen in the coming days.",
        f"The government pledged ${rng.randint(2, 90)} million in emergency aid.",
        f"About {rng.randint(10, 80)} percent of homes in {place} were without power on {day}.",
        f"{place} lies about {rng.randint(20, 300)} kilometres from the capital.",
        f"{story.province} has seen repeated unrest since {story.date.year - rng.randint(2, 15)}.",
        f"The {event} happened at {rng.randint(1, 11)}:{rng.randint(0, 59):02d} a.m. local time.",
        f"{p} urged calm and promised a full investigation.",
        f"Officials in {story.country} declared {rng.randint(2, 7)} days of national mourning.",
        f"Television footage showed rescuers digging through the rubble with their hands.",
        f"{_cap(rng.choice(ORGS))} said it was sending supplies to {place}.",
        f"The {rng.choice(ROLES)} visited {place} on {day} and met families of the victims.",
        f"{story.country} has faced similar crises before, most recently in {story.date.year - rng.randint(1, 9)}.",
        f"Schools in {story.province} will stay closed until further notice.",
        f"Neighbouring countries offered help and condolences.",
        f"It was not immediately clear who was responsible.",
        f"{story.group} denied any involvement in a statement posted online.",
        f"Many of the victims were women and children, witnesses said.",
        f"The UN Security Council is expected to discuss the situation on {day}.",
        f"\u201cThe situation is very difficult,\u201d {p} said. \u201cWe need tents, food and medicine.\u201d",
        f"Phone lines to {place} were down, making it hard to confirm details.",
        f"Prices of fuel and bread in {place} have doubled since the {event}.",
        f"Weather forecasters expect more rain over the next 48 hours.",
        f"The area was hit by a magnitude {rng.randint(50, 79) / 10} quake in {story.date.year - rng.randint(3, 30)}.",
    ))


def _title(story: _Story, lead: tuple[str, str, int], rng: random.Random) -> str:
    cat, subject, n = lead
    event = rng.choice(EVENT_NOUN[story.kind])
    fig = number_text(n, rng) if rng.random() < 0.7 else (_vague(n) or number_text(n, rng))
    where = rng.choice((story.province, story.town, f"{story.country}'s {story.province}"))
    options = {
        "killed": (f"{_cap(event)} in {where} kills at least {fig}",
                   f"{story.country} {event}: death toll rises to {fig}",
                   f"{_cap(fig)} dead after {event} hits {where}, officials say"),
        "abducted": (f"Gunmen abduct {fig} {subject} in {story.village}",
                     f"{_cap(fig)} {subject} kidnapped in {where} raid"),
        "troops": (f"{story.country} deploys {fig} troops to {story.province}",
                   f"{story.country} sends {fig} soldiers to {where} border"),
        "displaced": (f"Floods in {where} displace {fig}",),
    }
    choice = rng.choice(options.get(cat, (f"{_cap(event)} in {where} leaves {fig} {subject} affected",)))
    if rng.random() < 0.5:  # title case, as many outlets write it
        choice = " ".join(w if w.islower() and len(w) <= 3 else _cap(w) for w in choice.split())
    return choice


def _date_line(day: dt.date, outlet: str, rng: random.Random) -> str:
    month = day.strftime("%B")
    return rng.choice((
        f"{month} {day.day}, {day.year}",
        f"Published: {day.isoformat()}",
        f"Updated {rng.randint(1, 12)}:{rng.randint(0, 59):02d} PM, {day.strftime('%b')}. {day.day}, {day.year}",
        f"{outlet} | Updated: {month} {day.day}, {day.year}",
        f"{WEEKDAYS[day.weekday()]}, {day.day} {month} {day.year}",
    ))


def _article(story: _Story, j: int, outlet: tuple[str, str], day: int, rng: random.Random) -> Article:
    name, domain = outlet
    quantities = [(c, s, story.figure(n, day, rng)) for c, s, n in story.quantities]
    lead = quantities[0]
    title = _title(story, lead, rng)
    published = story.date + dt.timedelta(days=day)
    wire = rng.choice((*WIRES, name.removeprefix("The ")))
    dateline = f"{story.town.upper()}, {story.country} ({wire}) \u2014 "
    event = rng.choice(EVENT_NOUN[story.kind])
    paragraphs: list[str] = []
    cat, subject, n = lead
    first = _figure_sentences(story, cat, subject, n, day, rng)
    paragraphs.append(dateline + f"The {event} hit {story.province} on "
                      f"{WEEKDAYS[story.date.weekday()]}, {rng.choice(INTROS)}. " + " ".join(first))
    # figure sentences for the other quantities, about one in three sentences overall
    pool: list[list[str]] = []
    for c, s, v in quantities:
        if rng.random() < 0.8:
            pool.append(_figure_sentences(story, c, s, v, day, rng))
    if rng.random() < 0.2:  # a rival count from a second origin
        c, s, v = rng.choice(quantities)
        pool.append([f"{_cap(story.group if story.kind in ('airstrike', 'kidnapping') else rng.choice(ORGS))} "
                     f"gave a higher figure of {number_text(int(v * 1.6) + 2, rng)} {s}."])
    n_fill = rng.randint(2 * len(pool) + 6, 2 * len(pool) + 18)
    body: list[list[str]] = pool + [[_filler(story, rng)] for _ in range(n_fill)]
    rng.shuffle(body)
    para: list[str] = []
    for group in body:
        para.extend(group)
        if len(para) >= rng.randint(1, 3):
            paragraphs.append(" ".join(para))
            para = []
    if para:
        paragraphs.append(" ".join(para))
    if rng.random() < 0.25:  # a bullet list of key points
        bullets = [f"\u2022 {_cap(_figure_phrase(v, rng))} {s} ({c})" for c, s, v in quantities[:3]]
        paragraphs.insert(rng.randint(1, len(paragraphs)), "Key points:\n" + "\n".join(bullets))
    if rng.random() < 0.3:  # a photo caption
        paragraphs.insert(rng.randint(1, len(paragraphs)),
                          f"Rescuers work in {story.town} on {WEEKDAYS[published.weekday()]}. "
                          f"(Photo: {rng.choice(WIRES)})")
    slug = "-".join(title.lower().replace("'", "").split()[:8])
    url = f"https://www.{domain}/world/{published:%Y/%m/%d}/{slug}-{story.k}{j}"
    if rng.random() < 0.4:
        paragraphs.append(f"Source: {url}")
    return Article(
        id=f"{story.k:06d}-{j:02d}", title=title, outlet=name, url=url,
        published=published.isoformat(), dateline=_date_line(published, name, rng),
        text="\n\n".join(paragraphs) + "\n", story=story.k,
    )


def generate_articles(n: int, seed: int = 1) -> Iterator[Article]:
    """`n` articles, story after story; the same (n, seed) always gives the same articles."""
    outlets = _outlets(seed)
    countries = _countries(seed)
    made, k = 0, 0
    while made < n:
        story = _Story(k, seed, countries)
        rng = story.rng
        count = rng.randint(4, 12)
        reporters = rng.sample(outlets, rng.randint(3, min(8, count)))
        for j in range(min(count, n - made)):
            day = min(6, j // 2 + rng.randint(0, 1))
            yield _article(story, j, reporters[j % len(reporters)], day, rng)
            made += 1
        k += 1


def write_corpus(n: int, seed: int, out: Path) -> tuple[int, int]:
    """Write OUT/txt/NNN/<id>.txt and OUT/articles.jsonl; (articles, stories)."""
    txt = out / "txt"
    out.mkdir(parents=True, exist_ok=True)
    stories = set()
    with open(out / "articles.jsonl", "w", encoding="utf-8") as rows:
        for i, art in enumerate(generate_articles(n, seed)):
            folder = txt / f"{i // 1000:03d}"
            if i % 1000 == 0:
                folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{art.id}.txt").write_text(art.as_file(), encoding="utf-8")
            rows.write(json.dumps(art.as_row(), ensure_ascii=False) + "\n")
            stories.add(art.story)
    return n, len(stories)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="number of articles")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        print(f"error: {args.out} is not empty", file=sys.stderr)
        return 1
    n, stories = write_corpus(args.n, args.seed, args.out)
    print(f"{n} articles in {stories} stories -> {args.out}/txt and {args.out}/articles.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
