"""quantity_key: (category, subject group, scope); one key is one quantity."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.cluster.quantities import group_quantities, quantity_key

Y2023 = dt.date(2023, 9, 20)


def key(claim, same_source=None):
    return quantity_key(claim, same_source if same_source is not None else [claim])


def test_plain_claim(make_claim):
    assert key(make_claim("11 wounded", 11, 11, category="wounded")) == ("wounded", "people", "")


def test_subject_group_in_key(make_claim):
    c = make_claim("2,000 residents", 2000, 2000, category="displaced", subject="residents")
    assert key(c) == ("displaced", "people", "")


def test_part_of_total_of_them(make_claim):
    sentence = "Some 284 people were injured, 220 of them in hospital."
    whole = make_claim("Some 284 people", 255, 313, category="wounded", sentence=sentence)
    part = make_claim("220 of them", 220, 220, category="wounded", sentence=sentence, part_of_total=True)
    assert key(whole, [whole, part]) == ("wounded", "people", "")
    assert key(part, [whole, part]) == ("wounded", "people", "part")


def test_including_part_keeps_its_own_subject_and_no_part_scope(make_claim):
    sentence = "At least 200 people, including 10 civilians, were killed."
    part = make_claim("10 civilians", 10, 10, subject="civilians", sentence=sentence, part_of_total=True)
    assert key(part) == ("killed", "civilians", "")


@pytest.mark.parametrize(
    "time_ref, published, scope",
    [
        ("in 2020", Y2023, "in 2020"),  # background: another year
        ("in 2020", None, "in 2020"),
        ("in 2023", Y2023, ""),  # this year: the story itself
        ("since 2019", Y2023, "in 2019"),
        ("Tuesday", Y2023, ""),
        ("so far", None, ""),
        (None, Y2023, ""),
        ("hours after four soldiers died", None, "earlier incident"),
    ],
    ids=str,
)
def test_year_scope(make_claim, time_ref, published, scope):
    c = make_claim("More than 6,700 people", 6701, None, time_ref=time_ref, published=published)
    assert key(c)[2] == scope


def test_local_part_when_source_gives_larger_total(make_claim):
    local = make_claim("127 bodies", 127, 127, place="Las Colinas", sentence="Rescuers found 127 bodies in Las Colinas.")
    total = make_claim("more than 700 people", 701, None)
    assert key(local, [local, total]) == ("killed", "people", "las colinas")
    assert key(total, [local, total]) == ("killed", "people", "")


def test_place_alone_is_not_a_part(make_claim):
    local = make_claim("127 bodies", 127, 127, place="Las Colinas")
    assert key(local, [local]) == ("killed", "people", "")


def test_place_with_smaller_figure_elsewhere_is_not_a_part(make_claim):
    local = make_claim("127 bodies", 127, 127, place="Las Colinas")
    smaller = make_claim("61 people", 61, 61)
    assert key(local, [local, smaller])[2] == ""


def test_place_of_other_category_is_not_a_part(make_claim):
    local = make_claim("300 homes", 300, 300, category="other", subject="houses", place="Las Colinas")
    total = make_claim("1,000 homes", 1000, 1000, category="other", subject="houses")
    assert key(local, [local, total])[2] == ""


def test_group_quantities_splits_by_key_and_keeps_text_order(make_claim):
    a = make_claim("11 wounded", 11, 11, category="wounded", source="a")
    b = make_claim("10 civilians", 10, 10, subject="civilians", source="a")
    c = make_claim("23 wounded", 23, 23, category="wounded", source="b")
    d = make_claim("2 civilians", 2, 2, subject="civilians", source="b")
    e = make_claim("More than 6,700 people", 6701, None, time_ref="in 2020", source="b")
    groups = group_quantities([a, b, c, d, e])
    assert groups == {
        ("wounded", "people", ""): [a, c],
        ("killed", "civilians", ""): [b, d],
        ("killed", "people", "in 2020"): [e],
    }
