"""A hand-built Analysis of the Nagorno-Karabakh seed, for TUI tests and snapshots.

Built by hand (not by the pipeline) so the snapshots do not change when extraction rules are
tuned. The texts are excerpts of seeds/000_ff300813a446f845.txt, except the "Fixture Wire"
follow-up, which is written for this fixture to give the evolving cluster a second point.
Offsets are computed from the texts, so `text[start - offset:end - offset] == mention` holds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from claimcheck.models import Analysis, Category, Claim, Cluster, ClusterStatus, Source, Story

AP_TEXT = """\
Azerbaijan claims full control over the Nagorno-Karabakh region as Armenian forces agree to disarm

Azerbaijan claimed full control of the breakaway Nagorno-Karabakh region Wednesday after local Armenian forces there agreed to lay down their weapons following the latest outbreak of fighting in the decades-long separatist conflict.

Nagorno-Karabakh human rights ombudsman Gegham Stepanyan said at least 200 people, including 10 civilians, were killed and more than 400 others were wounded in the fighting. He said earlier that children were among the dead and wounded.

His casualty figures could not immediately be independently verified.

Thousands of Nagorno-Karabakh residents flocked to a camp operated by Russian peacekeepers to avoid the fighting, while many others gathered at the airport of the regional capital, Stepanakert, hoping to flee the region.

During another war that lasted for six weeks in 2020, Azerbaijan reclaimed broad swaths of Nagorno-Karabakh and adjacent territories that were held for decades by Armenian forces. More than 6,700 people died in the fighting, which ended with a Russia-brokered peace agreement. Under that deal, Moscow deployed about 2,000 peacekeeping troops to the region.

Russia’s Defense Ministry said some of its peacekeepers were killed Wednesday, although it didn’t say how many and whether it happened before or after the start of the cease-fire. The ministry said the peacekeeping contingent had evacuated more than 3,100 civilians."""

NEWS18_TEXT = """\
Azerbaijan Captures Over 60 Army Posts in Karabakh; Armenian PM Dials Blinken, Macron | Top Updates

Several hundred people responded to a call by opposition parties to take to the streets over Pashinyan’s Karabakh policies. (AFP)

Azerbaijan’s Defence Ministry on Tuesday said that it launched a military offensive against Armenia, which it calls an “anti-terrorist” operation, to take control of its breakaway region of Nagorno-Karabakh. Azerbaijan announced the start of the operation hours after four soldiers and two civilians died in landmine explosions in the contentious region.

The Azerbaijan forces have reportedly opened fire on Armenian positions in the disputed Nagorno-Karabakh region. Meanwhile, ethnic Armenian officials claimed that at least two civilians were killed and 11 wounded in the heavy artillery fire around the region’s capital.

Top Updates in the ongoing Azerbaijan-Armenia conflict in Nagorno-Karabakh

  • At least two civilians were killed while 11 others were wounded in the heavy artillery firing in the region’s capital, AFP reported quoting ethnic Armenian officials.
  • The Nagorno-Karabakh Human Rights Ombudsman said 2 civilians were killed and 23 wounded in attacks by Azerbaijan’s military.
  • The European Union on Tuesday condemned the military escalation in Karabakh and called on Azerbaijan to stop its current military activities.

Source: https://www.news18.com/world/azerbaijan-armenia-conflict-nagorno-karabakh-anti-terror-operation-russia-un-eu-world-news-8583943.html"""

WIRE_TEXT = """\
Death toll in Nagorno-Karabakh fighting rises, ombudsman says

Nagorno-Karabakh human rights ombudsman Gegham Stepanyan said on Thursday that at least 213 people had been killed in the fighting, raising the toll he gave a day earlier."""

JPOST_TEXT = """\
Azerbaijan expresses outrage after Russia says it violated ceasefire

“Four strikes were made by an unmanned aerial vehicle of the type “Bayraktar TB-2″ on the units of the armed formations of Nagorno-Karabakh in the area of the settlement of Furukh,” it added.

Source: https://www.jpost.com/breaking-news/article-702402"""

HOSTILE_TEXT = (
    "Markup [bold]is not bold[/] and [link=http://x]this is not a link[/link]\n\n"
    "Terminal escapes \x1b[31mstay visible\x1b[0m: officials said 12 people were killed [/] "
    "in the blast, the [i]agency[/i] reported."
)

FILE = "seeds/000_ff300813a446f845.txt"


def _sources(texts: list[tuple[str, str, str | None, str | None, dt.date | None]]) -> list[Source]:
    """Lay the articles out as one bundle file: each starts two characters after the last."""
    sources, offset = [], 0
    for source_id, text, outlet, url, published in texts:
        sources.append(
            Source(
                source_id=source_id,
                title=text.split("\n", 1)[0],
                outlet=outlet,
                url=url,
                published=published,
                source_file=FILE,
                offset=offset,
                text=text,
            )
        )
        offset += len(text) + 2
    return sources


def _sentence(text: str, start: int, end: int) -> str:
    dot = text.rfind(". ", 0, start)
    left = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, start) + 1)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(stops) + 1 if stops else len(text)
    return text[left:right].strip()


def claim(
    source: Source,
    mention: str,
    low: float | None,
    high: float | None,
    category: Category,
    subject: str,
    *,
    nth: int = 0,
    **fields: object,
) -> Claim:
    """A claim for the `nth` occurrence of `mention` in `source` (offsets computed)."""
    at = -1
    for _ in range(nth + 1):
        at = source.text.index(mention, at + 1)
    start = source.offset + at
    digest = hashlib.sha1(f"{source.source_id}:{at}:{mention}".encode()).hexdigest()[:12]
    number = re.search(r"[\d,]+|[A-Za-z]+", mention)
    return Claim(
        claim_id=digest,
        source_id=source.source_id,
        source_title=source.title,
        outlet=source.outlet,
        url=source.url,
        published=source.published,
        source_file=source.source_file,
        start=start,
        end=start + len(mention),
        mention=mention,
        sentence=_sentence(source.text, at, at + len(mention)),
        number_text=number.group(0) if number else mention,
        value_low=low,
        value_high=high,
        category=category,
        subject=subject,
        **fields,  # type: ignore[arg-type]
    )


def cluster(
    cluster_id: str,
    story: str,
    label: str,
    status: ClusterStatus,
    claims: list[Claim],
    *,
    low: float | None,
    high: float | None,
    origins: int,
    disagreement: float = 0.0,
) -> Cluster:
    return Cluster(
        cluster_id=cluster_id,
        story_id=story,
        label=label,
        category=claims[0].category,
        subject=claims[0].subject,
        status=status,
        low=low,
        high=high,
        origins=origins,
        disagreement=disagreement,
        claim_ids=tuple(c.claim_id for c in claims),
    )


def seed_analysis() -> Analysis:
    """The seed's stories: a conflict, an agreement, a timeline, and singles."""
    ap, news18, wire, jpost = _sources(
        [
            ("000_ff300813a446f845#1", AP_TEXT, None, None, dt.date(2023, 9, 20)),
            (
                "000_ff300813a446f845#2",
                NEWS18_TEXT,
                "news18.com",
                "https://www.news18.com/world/azerbaijan-armenia-conflict-nagorno-karabakh-anti-terror-operation-russia-un-eu-world-news-8583943.html",
                dt.date(2023, 9, 19),
            ),
            ("fixture-wire#1", WIRE_TEXT, "Fixture Wire", None, dt.date(2023, 9, 21)),
            ("000_ff300813a446f845#3", JPOST_TEXT, "jpost.com", "https://www.jpost.com/breaking-news/article-702402", dt.date(2022, 3, 26)),
        ]
    )
    K, W = Category.KILLED, Category.WOUNDED
    officials = "ethnic Armenian officials"
    ombudsman = "The Nagorno-Karabakh Human Rights Ombudsman"

    w11 = claim(news18, "11 wounded", 11, 11, W, "people", attributed_to=officials, hedged=True)
    w11b = claim(news18, "11 others", 11, 11, W, "people", attributed_to=officials)
    w23 = claim(news18, "23 wounded", 23, 23, W, "people", attributed_to=ombudsman)

    c2a = claim(news18, "at least two civilians", 2, None, K, "civilians", attributed_to=officials, hedged=True)
    c2b = claim(news18, "At least two civilians", 2, None, K, "civilians", attributed_to=officials)
    c2c = claim(news18, "2 civilians", 2, 2, K, "civilians", attributed_to=ombudsman)

    p200 = claim(ap, "at least 200 people", 200, None, K, "people", attributed_to="Gegham Stepanyan", hedged=True)
    p213 = claim(
        wire, "at least 213 people", 213, None, K, "people", attributed_to="Gegham Stepanyan", time_ref="Thursday"
    )

    singles = [
        ("wounded: people, by Wednesday", claim(ap, "more than 400 others", 401, None, W, "people", attributed_to="Gegham Stepanyan", hedged=True)),
        ("killed: civilians, of the 200", claim(ap, "10 civilians", 10, 10, K, "civilians", attributed_to="Gegham Stepanyan", hedged=True, part_of_total=True)),
        ("killed: soldiers, landmine", claim(news18, "four soldiers", 4, 4, K, "soldiers", time_ref="Tuesday")),
        ("killed: civilians, landmine", claim(news18, "two civilians", 2, 2, K, "civilians", time_ref="Tuesday")),
        ("displaced: residents", claim(ap, "Thousands of Nagorno-Karabakh residents", 2000, 9999, Category.DISPLACED, "residents")),
        ("evacuated: civilians", claim(ap, "more than 3,100 civilians", 3101, None, Category.EVACUATED, "civilians", attributed_to="Russia’s Defense Ministry")),
        ("troops: peacekeepers", claim(ap, "about 2,000 peacekeeping troops", 1800, 2200, Category.TROOPS, "peacekeepers")),
        ("killed: people, 2020 war", claim(ap, "More than 6,700 people", 6701, None, K, "people", time_ref="2020")),
        ("other: army posts", claim(news18, "Over 60 Army Posts", 61, None, Category.OTHER, "army posts")),
        ("other: people", claim(news18, "Several hundred people", 200, 999, Category.OTHER, "people")),
    ]
    strikes = claim(jpost, "Four strikes", 4, 4, Category.OTHER, "strikes", attributed_to="Russian Defense Ministry")

    story1, story2 = "karabakh-2023-09", "karabakh-2022-03"
    clusters = [
        cluster("c01-wounded-people", story1, "wounded: people", ClusterStatus.CONFLICT, [w11, w11b, w23], low=11, high=23, origins=2, disagreement=0.33),
        cluster("c02-killed-civilians", story1, "killed: civilians", ClusterStatus.AGREE, [c2a, c2b, c2c], low=2, high=2, origins=2),
        cluster("c03-killed-people", story1, "killed: people", ClusterStatus.EVOLVING, [p200, p213], low=200, high=None, origins=1, disagreement=0.5),
    ]
    for n, (label, c) in enumerate(singles, start=4):
        clusters.append(
            cluster(f"c{n:02d}-single", story1, label, ClusterStatus.SINGLE, [c], low=c.value_low, high=c.value_high, origins=1)
        )
    clusters.append(cluster("c14-strikes", story2, "other: strikes", ClusterStatus.SINGLE, [strikes], low=4, high=4, origins=1))

    claims = [w11, w11b, w23, c2a, c2b, c2c, p200, p213, *(c for _, c in singles), strikes]
    return Analysis(
        sources=(ap, news18, wire, jpost),
        claims=tuple(claims),
        stories=(
            Story(story_id=story1, label="Nagorno-Karabakh offensive, September 2023", source_ids=(ap.source_id, news18.source_id, wire.source_id)),
            Story(story_id=story2, label="Ceasefire violation, March 2022", source_ids=(jpost.source_id,)),
        ),
        clusters=tuple(clusters),
    )


def hostile_analysis() -> Analysis:
    """One source whose text holds markup and a terminal escape: both must show literally."""
    (source,) = _sources([("hostile#1", HOSTILE_TEXT, "[bold]Evil Outlet[/]", None, None)])
    c = claim(source, "12 people", 12, 12, Category.KILLED, "people", attributed_to="[red]officials[/red]")
    return Analysis(
        sources=(source,),
        claims=(c,),
        stories=(Story(story_id="s", label="hostile", source_ids=(source.source_id,)),),
        clusters=(cluster("c-hostile", "s", "killed: [b]people[/b]", ClusterStatus.SINGLE, [c], low=12, high=12, origins=1),),
    )
