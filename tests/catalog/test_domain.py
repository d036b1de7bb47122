"""Unit tests of the catalog's pure rules: program levels, relevance, district rules, search."""

from __future__ import annotations

import pytest

from services.catalog.domain import district, programs, relevance, requests, search
from services.common.errors import InvalidArgument


def test_program_levels_from_scorecard_within_implied_range():
    implied = programs.implied_levels(["Bachelor's degree"], [{5: 40.0, 6: 55.0, 8: 5.0}])

    levels = programs.program_levels({"certificate", "associate", "bachelor", "doctoral"}, implied)

    assert set(levels) == {"associate", "bachelor"}
    assert levels["bachelor"] == ["scorecard_fos", "bls_entry_education", "onet_rl_distribution"]


def test_program_levels_fall_back_to_certificate():
    levels = programs.program_levels(set(), programs.implied_levels(["High school diploma or equivalent"], []))

    assert levels == {"certificate": ["fallback_certificate"]}


def test_relevance_keeps_top_weights_above_threshold():
    importance = {"29-1141.00": {"Medicine and Dentistry": 4.6}, "47-2111.00": {"Medicine and Dentistry": 1.5}}

    weights = relevance.course_career_weights("14", importance)

    assert weights == [("29-1141.00", 0.9)]
    assert relevance.course_career_weights("23", importance) == []


def test_prerequisites_found_by_number_and_name():
    names = {"dramatic arts": ["1393ENG"], "creative writing i": ["1312ENG"], "creative writing ii": ["1313ENG"]}
    numbers = {"1393ENG", "1312ENG", "1313ENG"}

    assert district.prerequisite_links("1395ENG", ["1393ENG Dramatic Arts"], names, numbers) == [
        ("1393ENG", "number_in_text")]
    assert district.prerequisite_links(
        "1313ENG", ["Students must successfully complete Creative Writing I BEFORE taking Creative Writing II"],
        names, numbers) == [("1312ENG", "name_in_text")]


def test_course_flags_from_text():
    flags = district.course_flags("Technology and Engineering Education", "Intro to Engineering Design",
                                  "Note: Dual Credit may be offered*")

    assert flags["dual_enrollment"]
    assert flags["cte"]
    assert not flags["work_based_learning"]


def test_sced_match_uses_department_area():
    titles = {"02": [("02074", district.normalize_title("Calculus")),
                     ("02124", district.normalize_title("AP Calculus AB"))]}

    assert district.best_sced_match("AP Calculus AB", "Mathematics", titles) == ("02124", 1.0)
    assert district.best_sced_match("AP Calculus AB", "Art", titles) is None


def candidate(onetsoc, title, titles=(), employment=None, text_score=1.0):
    return search.Candidate(onetsoc, title, search.normalized_titles(list(titles)), employment, text_score)


def test_search_prefers_exact_alternate_title_and_common_career():
    candidates = [candidate("29-1141.03", "Critical Care Nurses", ["Nurse"], 3391),
                  candidate("29-1141.00", "Registered Nurses", ["Nurse", "ER RN"], 3391),
                  candidate("29-2061.00", "Licensed Practical and Licensed Vocational Nurses", [], 640)]

    hits = search.rank_candidates("nurse", candidates, 3)

    assert [hit.onetsoc for hit in hits] == ["29-1141.00", "29-1141.03", "29-2061.00"]


def test_search_synonym_expands_abbreviation():
    assert search.query_variants("RN") == ["rn", "registered nurse"]
    assert "registered^2" in search.lucene_query(search.query_variants("RN"))


def test_lucene_special_characters_escaped():
    assert search.lucene_query(["c++"]) == "c\\+\\+^2 OR c\\+\\+*"


def test_page_token_round_trip_and_invalid():
    token = requests.encode_page_token(50, 120)

    assert requests.decode_page_token(token) == 50
    assert requests.encode_page_token(150, 120) == ""
    with pytest.raises(InvalidArgument, match="page_token"):
        requests.decode_page_token("garbage")


@pytest.mark.parametrize("check, value", [
    (requests.check_onetsoc, "29-1141"),
    (requests.check_state, "XX"),
    (requests.check_sced, "1405"),
    (requests.check_program_id, "51.3801"),
])
def test_invalid_codes_rejected(check, value):
    with pytest.raises(InvalidArgument, match=value):
        check(value)
