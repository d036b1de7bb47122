"""Flat interest profiles (all six areas equal) and partial ties in the reasons."""

from __future__ import annotations

import pytest

from services.profile.attempts import apply_answers, from_properties, to_properties
from services.profile.inventory import AREAS, AreaScore, describe_top_areas, interest_result, score_inventory
from services.profile.matching import UNDIFFERENTIATED_REASON, CareerProfile, explain, rank_careers
from services.profile.work_values import WORK_VALUES, score_work_values
from tests.profile.test_cache_and_attempts import NOW


def result_of(raws: dict[str, int]):
    return interest_result(tuple(AreaScore(area, raws.get(area, 0), 10) for area in AREAS))


@pytest.mark.parametrize("answer", [1, 0, -1])
def test_same_answer_everywhere_is_undifferentiated(item_bank, answer):
    result = score_inventory(item_bank, {item.item_id: answer for item in item_bank})

    assert result.undifferentiated
    assert result.holland_code == ""


def test_one_different_answer_gives_code(item_bank):
    answers = {item.item_id: 0 for item in item_bank}
    answers[next(item.item_id for item in item_bank if item.area == "S")] = 1

    result = score_inventory(item_bank, answers)

    assert not result.undifferentiated
    assert result.holland_code == "SRI"


def test_flat_attempt_round_trips(item_bank):
    attempt, _ = apply_answers(None, {item.item_id: 1 for item in item_bank}, False, item_bank, NOW)

    properties = to_properties(attempt)

    assert properties["holland_code"] == ""
    assert properties["undifferentiated"] is True
    assert from_properties(properties) == attempt


def test_stored_tie_break_code_reads_as_undifferentiated(item_bank):
    attempt, _ = apply_answers(None, {item.item_id: 0 for item in item_bank}, False, item_bank, NOW)
    properties = to_properties(attempt) | {"holland_code": "RIA"}
    del properties["undifferentiated"]

    restored = from_properties(properties)

    assert restored.result.undifferentiated
    assert restored.result.holland_code == ""


def test_flat_profile_gives_neutral_interest_factors(item_bank, onet_careers):
    result = score_inventory(item_bank, {item.item_id: 0 for item in item_bank})

    ranked = rank_careers(result, None, onet_careers)

    assert {score for score, _ in ranked} == {0.5}
    assert [career.onetsoc for _, career in ranked] == sorted(career.onetsoc for career in onet_careers)


def test_flat_profile_ignores_ria_careers(item_bank, onet_careers):
    result = score_inventory(item_bank, {item.item_id: 1 for item in item_bank})
    values = score_work_values({value: rank for rank, value in enumerate(WORK_VALUES, start=1)})
    ria = next(career for career in onet_careers if career.holland_code == "RIA")

    match = explain(result, values, ria, 0.5, 1)

    assert match.reasons[0] == UNDIFFERENTIATED_REASON
    assert len(match.reasons) == 2
    assert [factor.value for factor in match.factors[:2]] == [0.5, 0.5]
    assert not any("top areas" in reason for reason in match.reasons)


def test_flat_profile_ranks_by_values_only(item_bank, onet_careers):
    result = score_inventory(item_bank, {item.item_id: -1 for item in item_bank})
    values = score_work_values({value: rank for rank, value in enumerate(WORK_VALUES, start=1)})

    ranked = rank_careers(result, values, onet_careers)

    best, worst = ranked[0][0], ranked[-1][0]
    assert best > worst
    # Only the values factor (weight 0.2) varies; the interest factors add 0.8 * 0.5.
    assert all(0.4 <= score <= 0.6 for score, _ in ranked)


def test_top_areas_strict_order():
    result = result_of({"S": 10, "I": 6, "A": 2})

    assert describe_top_areas(result, 3) == "Social, Investigative and Artistic"


def test_top_areas_tie_at_cutoff():
    result = result_of({"S": 10, "I": 4, "A": 4, "E": 4})

    assert result.holland_code == "SIA"
    assert describe_top_areas(result, 3) == "Social, then Investigative, Artistic and Enterprising (tied)"


def test_top_areas_tie_at_top():
    result = result_of({"R": 8, "I": 8, "S": 3})

    assert describe_top_areas(result, 2) == "Realistic and Investigative (tied)"
    assert describe_top_areas(result, 3) == "Realistic and Investigative (tied), then Social"


def test_reason_marks_tied_areas():
    result = result_of({"S": 10, "I": 4, "A": 4})
    career = CareerProfile("25-2031.00", "Teacher", (1.5, 3.0, 3.2, 6.5, 3.5, 3.0), "SAI")

    match = explain(result, None, career, 0.9, 1)

    assert match.reasons[0] == ("Your top areas are Social, then Investigative and Artistic (tied); "
                                "this career's are Social, Artistic and Investigative.")
