"""Unit tests of the pure inventory, work-values and matching code on the real O*NET files."""

from __future__ import annotations

import pytest

from services.profile.inventory import (
    AREAS, FORM_VERSION, InventoryError, holland_code, missing_items, score_inventory)
from services.profile.matching import (
    CareerProfile, Filters, explain, iachan_agreement, rank_careers)
from services.profile.work_values import WORK_VALUES, WorkValuesError, score_work_values


def answers_liking(items, liked_areas: str, rest: int = -1) -> dict[str, int]:
    return {item.item_id: (1 if item.area in liked_areas else rest) for item in items}


def test_item_bank_is_balanced(item_bank):
    assert len(item_bank) == 60
    for area in AREAS:
        assert sum(1 for item in item_bank if item.area == area) == 10
    assert len({item.item_id for item in item_bank}) == 60
    assert [item.position for item in item_bank] == list(range(1, 61))


def test_item_bank_ids_are_stable(item_bank):
    assert item_bank[0].item_id == "1.B.1.a-1"
    assert item_bank[0].text == "Build kitchen cabinets."
    assert [item.area for item in item_bank[:6]] == list(AREAS)
    # Health Care Service maps to two areas, so it is not used.
    assert not any(item.item_id.startswith("1.B.3.aa-") for item in item_bank)


def test_item_bank_is_deterministic(item_bank):
    from tests.profile.conftest import DATA_DIR
    from services.profile.inventory import load_item_bank

    assert load_item_bank(DATA_DIR) == item_bank


def test_scores_social_investigative(item_bank):
    result = score_inventory(item_bank, answers_liking(item_bank, "SI"))

    by_area = {score.area: score for score in result.scores}
    assert by_area["S"].raw == 10
    assert by_area["I"].raw == 10
    assert by_area["R"].raw == -10
    assert by_area["S"].normalized == 1.0
    assert by_area["C"].normalized == 0.0
    assert result.holland_code == "ISR"


def test_not_sure_counts_zero(item_bank):
    answers = {item.item_id: 0 for item in item_bank}
    result = score_inventory(item_bank, answers)

    assert all(score.raw == 0 for score in result.scores)
    assert all(score.normalized == 0.5 for score in result.scores)
    assert result.holland_code == ""
    assert result.undifferentiated


def test_holland_ties_follow_riasec_order():
    assert holland_code([0.5, 0.5, 0.5, 0.9, 0.9, 0.1]) == "SER"
    assert holland_code([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]) == "CES"


def test_incomplete_answers_are_not_scored(item_bank):
    answers = answers_liking(item_bank, "S")
    del answers[item_bank[10].item_id]

    assert missing_items(item_bank, answers) == [item_bank[10].item_id]
    with pytest.raises(InventoryError, match=item_bank[10].item_id):
        score_inventory(item_bank, answers)


def test_out_of_range_answer_names_item(item_bank):
    answers = answers_liking(item_bank, "S")
    answers[item_bank[3].item_id] = 2

    with pytest.raises(InventoryError) as error:
        score_inventory(item_bank, answers)
    assert item_bank[3].item_id in str(error.value)
    assert "2" in str(error.value)


def test_unknown_item_names_form(item_bank):
    with pytest.raises(InventoryError, match=FORM_VERSION):
        score_inventory(item_bank, {"9.Z.9-1": 1})


def test_work_values_weights_sum_to_one():
    scores = score_work_values({value: rank for rank, value in enumerate(WORK_VALUES, start=1)})

    assert [score.rank for score in scores] == [1, 2, 3, 4, 5, 6]
    assert sum(score.weight for score in scores) == pytest.approx(1.0)
    assert scores[0].weight == pytest.approx(6 / 21)


@pytest.mark.parametrize("ranks, fragment", [
    ({"achievement": 1}, "no rank for Working Conditions"),
    ({value: 1 for value in WORK_VALUES}, "rank 1 is given to both"),
    ({**{value: rank for rank, value in enumerate(WORK_VALUES, start=1)}, "fame": 2}, "'fame' is unknown"),
    ({**{value: rank for rank, value in enumerate(WORK_VALUES, start=1)}, "support": 9}, "rank 9 for Support"),
])
def test_work_values_rejects_bad_rankings(ranks, fragment):
    with pytest.raises(WorkValuesError, match=fragment):
        score_work_values(ranks)


def test_iachan_agreement():
    assert iachan_agreement("SIA", "SIA") == 1.0
    assert iachan_agreement("SIA", "SI") == 1.0
    assert iachan_agreement("ISA", "SI") == pytest.approx(20 / 27)
    assert iachan_agreement("RCE", "SI") == 0.0
    assert iachan_agreement("SRC", "S") == 1.0


def test_social_investigative_top_matches_are_onet_si(item_bank, onet_careers, onet_codes):
    result = score_inventory(item_bank, answers_liking(item_bank, "SI"))

    ranked = rank_careers(result, None, onet_careers)

    assert len(ranked) == 923
    for _, career in ranked[:20]:
        assert onet_codes[career.onetsoc][:2] in ("SI", "IS"), career


@pytest.mark.parametrize("liked", ["RC", "AE", "ES", "CE"])
def test_top_matches_share_first_two_letters(item_bank, onet_careers, onet_codes, liked):
    result = score_inventory(item_bank, answers_liking(item_bank, liked))

    ranked = rank_careers(result, None, onet_careers)

    top = [onet_codes[career.onetsoc] for _, career in ranked[:10]]
    assert all(sorted(code[:2]) == sorted(liked) for code in top[:5]), top
    assert all(code[0] in liked for code in top), top


def test_same_answers_same_list(item_bank, onet_careers):
    answers = {item.item_id: (item.position * 7) % 3 - 1 for item in item_bank}
    values = score_work_values({value: rank for rank, value in enumerate(reversed(WORK_VALUES), start=1)})

    first = rank_careers(score_inventory(item_bank, answers), values, onet_careers)
    second = rank_careers(score_inventory(item_bank, dict(reversed(list(answers.items())))), values,
                          list(reversed(onet_careers)))

    assert [career.onetsoc for _, career in first] == [career.onetsoc for _, career in second]
    assert [score for score, _ in first] == [score for score, _ in second]


def test_ties_broken_by_onetsoc(item_bank):
    twins = [CareerProfile(code, "Twin", (1.0, 2.0, 3.0, 4.0, 5.0, 6.0), "CES")
             for code in ("29-0002.00", "29-0001.00", "29-0003.00")]
    result = score_inventory(item_bank, answers_liking(item_bank, "C"))

    ranked = rank_careers(result, None, twins)

    assert [career.onetsoc for _, career in ranked] == ["29-0001.00", "29-0002.00", "29-0003.00"]


def test_values_change_order(item_bank, onet_careers):
    result = score_inventory(item_bank, answers_liking(item_bank, "SI"))
    independence_first = score_work_values(
        {"independence": 1, "achievement": 2, "recognition": 3, "working_conditions": 4,
         "support": 5, "relationships": 6})

    without = rank_careers(result, None, onet_careers)
    with_values = rank_careers(result, independence_first, onet_careers)

    assert [c.onetsoc for _, c in without] != [c.onetsoc for _, c in with_values]


def test_explanation_names_top_areas(item_bank, onet_careers):
    result = score_inventory(item_bank, answers_liking(item_bank, "SI"))
    values = score_work_values({value: rank for rank, value in enumerate(WORK_VALUES, start=1)})
    career = next(c for c in onet_careers if c.holland_code == "SI")

    match = explain(result, values, career, 0.9, 1)

    assert match.reasons[0] == ("Your top areas are Investigative and Social (tied); "
                                "this career's are Social and Investigative.")
    assert [factor.name for factor in match.factors] == [
        "interest_correlation", "holland_code_agreement", "values_fit"]
    assert sum(factor.weight for factor in match.factors) == pytest.approx(1.0)
    assert "Achievement and Working Conditions" in match.reasons[2]


def test_filters_job_zone_and_education(onet_careers):
    low_zone = Filters(job_zones=frozenset({1, 2}))
    ceiling = Filters(max_education_rank=4)

    assert all(career.job_zone in (1, 2) for career in onet_careers if low_zone.accepts(career))
    kept = [career for career in onet_careers if ceiling.accepts(career)]
    assert kept
    assert all(career.job_zone in (1, 2, 3) for career in kept)
