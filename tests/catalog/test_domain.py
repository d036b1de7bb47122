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


COURSES = [("03101", "03", "Chemistry"), ("03051", "03", "Biology"), ("03151", "03", "Physics"),
           ("02052", "02", "Algebra I"), ("02005", "02", "Mathematics (grade 5)"), ("14251", "14", "Health Science"),
           ("17002", "17", "Construction—Comprehensive"), ("01204", "01", "English Grammar")]


def test_relevance_links_domains_to_titled_courses():
    by_domain = relevance.domain_courses(COURSES)

    assert by_domain["Chemistry"] == [("03101", 1.0)]
    assert by_domain["Mathematics"] == [("02052", 0.9)]
    assert ("03101", 0.8) in by_domain["Medicine and Dentistry"]
    assert ("14251", 1.0) in by_domain["Medicine and Dentistry"]


def test_relevance_nurse_gets_chemistry_and_biology():
    nurse = {"Medicine and Dentistry": 4.36, "Chemistry": 2.6, "Biology": 3.02, "Physics": 1.6}

    links = relevance.career_course_links("29-1141.00", nurse, relevance.domain_courses(COURSES))
    codes = {link.sced_code: link for link in links}

    assert {"03101", "03051", "14251"} <= set(codes)
    assert codes["03101"].knowledge == "Medicine and Dentistry"
    assert codes["03101"].weight == round(0.8 * 3.36 / 4, 4)
    assert "03151" not in codes


def test_relevance_falls_back_to_top_domains():
    domains = relevance.career_domains({"Physics": 2.5, "Building and Construction": 2.9, "Chemistry": 1.2})

    assert domains == [("Building and Construction", 2.9), ("Physics", 2.5)]


def test_relevance_skips_unmapped_domains():
    assert relevance.career_domains({"Customer and Personal Service": 4.8}) == []


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


@pytest.mark.parametrize("text, expected", [
    ("médico", "medico"), ("Policía", "policia"), ("mecánico automotriz", "mecanico automotriz"),
    ("Police and Sheriff's Patrol Officers", "police sheriff patrol officer"), ("IT support", "it support")])
def test_normalize_folds_accents_and_drops_stop_words(text, expected):
    assert search.normalize(text) == expected


@pytest.mark.parametrize("query", ["m", "the", "a", "and of", "de la", "*", "  "])
def test_query_without_search_words_has_no_variants(query):
    assert search.query_variants(query) == []


@pytest.mark.parametrize("query, first_title", [
    ("médico", "family medicine physician"), ("medico", "family medicine physician"),
    ("enfermera", "registered nurse"), ("Enfermero", "registered nurse"), ("electricista", "electrician"),
    ("maestra", "elementary school teacher"), ("mecánico", "automotive service technician mechanic"),
    ("programador", "computer programmer"), ("abogado", "lawyer"),
    ("policía", "police sheriff patrol officer")])
def test_spanish_words_expand_to_titles(query, first_title):
    variants = search.query_variants(query)

    assert variants[0] == search.normalize(query)
    assert variants[1] == first_title


def test_accented_query_matches_unaccented_title():
    candidates = [candidate("51-8013.00", "Power Plant Operators", ["M Operator"], 30),
                  candidate("29-1215.00", "Family Medicine Physicians", ["Family Doctor"], 116)]

    hits = search.rank_candidates("médico", candidates, 2)

    assert hits[0].onetsoc == "29-1215.00"


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


def test_residency_cip_gets_residency_level():
    implied = programs.implied_levels(["Doctoral or professional degree"], [{8: 30.0, 11: 70.0}])

    assert programs.program_levels({"doctoral"}, implied, "61.0101") == {"residency": ["cip_residency_series"]}
    assert "residency" not in programs.program_levels({"doctoral"}, implied, "51.1201")


def test_worker_share_pools_certificate_and_some_college():
    nurses = {2: 0.76, 3: 22.5, 4: 0.0, 5: 19.39, 6: 55.92, 8: 1.43}

    assert programs.worker_share(4, nurses) == 0.1939
    assert programs.worker_share(2, nurses) == 0.225
    assert programs.worker_share(5, nurses) == 0.5592
    assert programs.worker_share(4, None) is None


def test_apprenticeship_worker_share_counts_high_school_to_some_college():
    electricians = {1: 2.31, 2: 30.58, 3: 61.71, 4: 2.31, 5: 1.79, 10: 1.31}

    assert programs.apprenticeship_worker_share(electricians) == 0.946
    assert programs.apprenticeship_worker_share({1: 50.0, 6: 50.0}) == 0.0
    assert programs.apprenticeship_worker_share(None) is None
