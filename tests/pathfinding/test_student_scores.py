"""A stored inventory attempt from the profile service becomes RIASEC scores on the 1-7 scale."""

import pytest

from services.pathfinding.engine import riasec_from_inventory


def test_profile_attempt_maps_to_onet_scale():
    attempt = {"raw_r": -10, "items_r": 10, "raw_i": 10, "items_i": 10, "raw_a": 0, "items_a": 10,
               "raw_s": 5, "items_s": 10, "raw_e": -5, "items_e": 10, "raw_c": 0, "items_c": 10}

    scores = riasec_from_inventory(attempt)

    assert scores["r"] == pytest.approx(1.0)
    assert scores["i"] == pytest.approx(7.0)
    assert scores["a"] == pytest.approx(4.0)
    assert scores["s"] == pytest.approx(5.5)
    assert scores["e"] == pytest.approx(2.5)


def test_incomplete_attempt_gives_no_scores():
    assert riasec_from_inventory({"raw_r": None, "items_r": None}) == {}


@pytest.mark.parametrize("stored, expected", [(10, 10), ("09", 9), (" 11 ", 11), ("KG", None), (None, None),
                                              (True, None)])
def test_stored_grade_forms(stored, expected):
    from services.pathfinding.engine import grade_number

    assert grade_number(stored) == expected
