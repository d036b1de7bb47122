"""Unit tests of the conversion of pathfinding results into protobuf messages."""

from __future__ import annotations

from services.pathfinding.convert import career_dict_to_pb, career_to_pb
from services.pathfinding.model import CareerFacts


def test_career_unknown_amounts_stay_unset():
    summary = career_to_pb(CareerFacts(onetsoc="11-1011.00", title="Chief Executives"))

    assert not summary.HasField("median_pay")
    assert not summary.HasField("growth_pct")


def test_career_zero_growth_is_set():
    summary = career_to_pb(CareerFacts(onetsoc="29-1141.00", title="Registered Nurses", median_wage=93600.0,
                                       growth_pct=0.0))

    assert summary.HasField("growth_pct")
    assert summary.growth_pct == 0.0
    assert summary.median_pay == 93600.0


def test_career_dict_amounts_keep_presence():
    unknown = career_dict_to_pb({"onetsoc": "11-1011.00", "title": "Chief Executives"})
    known = career_dict_to_pb({"onetsoc": "29-1141.00", "title": "Registered Nurses", "median_wage": 93600,
                               "growth_pct": 5.2})

    assert not unknown.HasField("median_pay")
    assert not unknown.HasField("growth_pct")
    assert known.median_pay == 93600.0
    assert known.growth_pct == 5.2

