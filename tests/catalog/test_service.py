"""CatalogService on the real loaded catalog, through the gRPC boundary."""

from __future__ import annotations

import csv
import os
import time
from pathlib import Path

import grpc
import pytest

from trailmap.catalog.v1 import catalog_pb2 as pb

pytestmark = [pytest.mark.integration, pytest.mark.catalog_data]

DATA_DIR = Path(os.environ.get("TRAILMAP_DATA_DIR", Path(__file__).resolve().parents[3] / "shared" / "data"))


def count(driver, query: str) -> int:
    return driver.execute_query(query).records[0][0]


def test_all_occupations_loaded(loaded_catalog):
    assert count(loaded_catalog, "MATCH (c:Career) WHERE c.load_fingerprint IS NOT NULL RETURN count(c)") == 1016


def career(stub, onetsoc: str, state: str = "") -> pb.Career:
    return stub.GetCareer(pb.GetCareerRequest(onetsoc=onetsoc, state=state)).career


def test_registered_nurses_reach_associate_and_bachelor_nursing(catalog_stub):
    programs = {p.id for p in career(catalog_stub, "29-1141.00").programs}

    assert "51.3801|associate" in programs
    assert "51.3801|bachelor" in programs


def test_physicians_reach_medicine_doctorate(catalog_stub):
    programs = career(catalog_stub, "29-1215.00").programs
    medicine = [p for p in programs if p.cip == "51.1201"]

    assert medicine
    assert all(p.credential_rank == 8 for p in medicine)


def test_dental_hygienists_reach_associate(catalog_stub):
    programs = {p.id for p in career(catalog_stub, "29-1292.00").programs}

    assert "51.0602|associate" in programs


def test_software_developers_reach_bachelor(catalog_stub):
    levels = {p.credential_level for p in career(catalog_stub, "15-1252.00").programs if p.cip == "11.0701"}

    assert pb.CREDENTIAL_LEVEL_BACHELOR in levels


def test_electricians_have_apprenticeship(catalog_stub):
    apprenticeships = career(catalog_stub, "47-2111.00").apprenticeships

    assert any(a.title.startswith("ELECTRICIAN") and a.term_hours == 8000 for a in apprenticeships)


def oews_median(soc: str, area_file: str = "bls/oews_national_may2025.csv", **match) -> float:
    with (DATA_DIR / area_file).open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["OCC_CODE"] == soc and all(row[k] == v for k, v in match.items()):
                return float(row["Annual median wage"])
    raise AssertionError(f"{soc} not in {area_file}")


def test_median_wage_equals_oews(catalog_stub):
    outlook = career(catalog_stub, "47-2111.00", "WI").outlook

    assert outlook.median_wage == oews_median("47-2111")
    assert outlook.wage_soc == "47-2111"
    assert not outlook.wage_is_aggregate
    assert outlook.state_median_wage == oews_median("47-2111", "bls/oews_state_may2025.csv", state_fips="55")


def test_missing_detailed_wage_uses_aggregate(catalog_stub):
    outlook = career(catalog_stub, "13-1021.00").outlook

    assert outlook.wage_soc == "13-1020"
    assert outlook.wage_is_aggregate
    assert outlook.median_wage == oews_median("13-1020")


def test_career_carries_outlook_and_attribution(catalog_stub):
    nurse = career(catalog_stub, "29-1141.00")

    assert nurse.outlook.typical_education == "Bachelor's degree"
    assert nurse.outlook.growth_pct > 0
    assert nurse.holland_code.startswith("S")
    assert nurse.related_careers
    assert nurse.clusters
    assert len(nurse.daily_tasks) == 5
    assert "CC BY 4.0" in nurse.attribution


@pytest.mark.parametrize("query, expected_first", [
    ("nurse", "29-1141.00"),
    ("RN", "29-1141.00"),
    ("electrician", "47-2111.00"),
    ("Electricians", "47-2111.00"),
    ("software developer", "15-1252.00"),
    ("welder", "51-4121.00"),
])
def test_search_everyday_words_first(catalog_stub, query, expected_first):
    hits = catalog_stub.SearchCareers(pb.SearchCareersRequest(query=query, page_size=5)).hits

    assert hits[0].career.onetsoc == expected_first


def test_search_coder_finds_programmers_and_medical_coders(catalog_stub):
    hits = catalog_stub.SearchCareers(pb.SearchCareersRequest(query="coder", page_size=5)).hits
    top = [hit.career.onetsoc for hit in hits]

    assert top[0] in {"15-1251.00", "15-1252.00", "29-2072.00"}
    assert "29-2072.00" in top
    assert "15-1251.00" in top


def test_search_hits_carry_median_wage(catalog_stub):
    hit = catalog_stub.SearchCareers(pb.SearchCareersRequest(query="nurse", page_size=1)).hits[0]

    assert hit.career.HasField("median_wage")
    assert hit.career.median_wage == career(catalog_stub, hit.career.onetsoc).outlook.median_wage


def test_search_nurse_lists_practical_nurses_near_top(catalog_stub):
    hits = catalog_stub.SearchCareers(pb.SearchCareersRequest(query="nurse", page_size=10)).hits

    assert "29-2061.00" in [hit.career.onetsoc for hit in hits]


def test_list_programs_filters_and_pages(catalog_stub):
    request = pb.ListProgramsRequest(onetsoc="29-1141.00", credential_level=pb.CREDENTIAL_LEVEL_ASSOCIATE,
                                     state="TX", page_size=2)
    first = catalog_stub.ListPrograms(request)
    request.page_token = first.next_page_token
    second = catalog_stub.ListPrograms(request)

    assert first.total_size >= 2
    assert all(p.credential_level == pb.CREDENTIAL_LEVEL_ASSOCIATE for p in first.programs)
    assert {p.id for p in first.programs}.isdisjoint({p.id for p in second.programs})


def test_program_lists_offerings_with_nullable_earnings(catalog_stub):
    program = catalog_stub.GetProgram(pb.GetProgramRequest(id="51.3801|associate")).program

    assert any(o.institution.state == "TX" for o in program.offerings)
    assert any(not o.HasField("median_earnings_1yr") for o in program.offerings)
    assert "29-1141.00" in [c.onetsoc for c in program.careers]


def test_institution_and_state_listing(catalog_stub):
    page = catalog_stub.ListInstitutions(pb.ListInstitutionsRequest(state="WI", page_size=5))
    institution = catalog_stub.GetInstitution(pb.GetInstitutionRequest(unitid=page.institutions[0].unitid))

    assert page.total_size > 5
    assert institution.institution.summary.state == "WI"


def test_courses_sced_and_district(catalog_stub):
    course = catalog_stub.GetCourse(pb.GetCourseRequest(sced_code="14052")).course
    request = pb.ListCoursesRequest(district_id="prairie-sun-wi", page_size=200)
    district = catalog_stub.ListCourses(request)
    request.page_token = district.next_page_token
    rest = catalog_stub.ListCourses(request)
    courses = list(district.district_courses) + list(rest.district_courses)
    drama = next(c for c in courses if c.number == "1395ENG")

    assert course.prepares_for
    assert all(link.rule == "sced_knowledge_v2" for link in course.prepares_for)
    assert district.total_size == 243
    assert len({c.key for c in courses}) == 243
    assert drama.prerequisite_numbers == ["1393ENG"]
    assert drama.sced_code.startswith("05") or drama.sced_code.startswith("01")


def test_catalog_district_has_state(catalog_stub):
    district = catalog_stub.GetDistrict(pb.GetDistrictRequest(district_id="prairie-sun-wi")).district

    assert district.id == "prairie-sun-wi"
    assert district.state == "WI"
    assert district.name


def test_district_without_state_returns_empty(catalog_stub, loaded_catalog, unique_name):
    district_id = f"district-{unique_name}"
    loaded_catalog.execute_query("CREATE (:District {id: $id, name: $id})", {"id": district_id})
    try:
        district = catalog_stub.GetDistrict(pb.GetDistrictRequest(district_id=district_id)).district
    finally:
        loaded_catalog.execute_query("MATCH (d:District {id: $id}) DELETE d", {"id": district_id})

    assert district.id == district_id
    assert district.state == ""


def test_clusters_listed(catalog_stub):
    clusters = catalog_stub.ListClusters(pb.ListClustersRequest()).clusters

    assert len(clusters) == 14
    assert sum(len(c.sub_clusters) for c in clusters) >= 71


@pytest.mark.parametrize("call, message, code, text", [
    ("GetCareer", pb.GetCareerRequest(onetsoc="29-9999.99"), grpc.StatusCode.NOT_FOUND,
     "career 29-9999.99 not found; search with SearchCareers"),
    ("GetCareer", pb.GetCareerRequest(onetsoc="nurse"), grpc.StatusCode.INVALID_ARGUMENT, "29-1141.00"),
    ("GetProgram", pb.GetProgramRequest(id="51.3801|masters"), grpc.StatusCode.INVALID_ARGUMENT, "51.3801|associate"),
    ("ListCourses", pb.ListCoursesRequest(), grpc.StatusCode.INVALID_ARGUMENT, "exactly one"),
    ("GetDistrict", pb.GetDistrictRequest(district_id=" "), grpc.StatusCode.INVALID_ARGUMENT, "district_id is empty"),
    ("GetDistrict", pb.GetDistrictRequest(district_id="no-such-district"), grpc.StatusCode.NOT_FOUND,
     "district 'no-such-district' not found"),
    ("ListPrograms", pb.ListProgramsRequest(page_token="x"), grpc.StatusCode.INVALID_ARGUMENT, "page_token"),
    ("SearchCareers", pb.SearchCareersRequest(query="  "), grpc.StatusCode.INVALID_ARGUMENT, "no words"),
    ("SearchCareers", pb.SearchCareersRequest(query="m"), grpc.StatusCode.INVALID_ARGUMENT, "no words"),
    ("SearchCareers", pb.SearchCareersRequest(query="the"), grpc.StatusCode.INVALID_ARGUMENT, "no words"),
    ("SearchCareers", pb.SearchCareersRequest(query="and of"), grpc.StatusCode.INVALID_ARGUMENT, "no words"),
])
def test_bad_requests_get_clear_status(catalog_stub, call, message, code, text):
    with pytest.raises(grpc.RpcError) as error:
        getattr(catalog_stub, call)(message)

    assert error.value.code() == code
    assert text in error.value.details()


GENERAL_PHYSICIANS = {"29-1215.00", "29-1216.00", "29-1229.00"}


@pytest.mark.parametrize("query,expected", [
    ("physician", GENERAL_PHYSICIANS), ("doctor", GENERAL_PHYSICIANS), ("family doctor", {"29-1215.00"}),
    ("cop", {"33-3051.00"}), ("vet", {"29-1131.00"}), ("lawyer", {"23-1011.00"}), ("mechanic", {"49-3023.00"}),
    ("teacher", {"25-2021.00", "25-2031.00", "25-2022.00"}),
    ("médico", GENERAL_PHYSICIANS), ("medico", GENERAL_PHYSICIANS), ("enfermera", {"29-1141.00"}),
    ("enfermero", {"29-1141.00"}), ("electricista", {"47-2111.00"}), ("maestra", {"25-2021.00", "25-2031.00"}),
    ("mecánico", {"49-3023.00"}), ("programador", {"15-1251.00", "15-1252.00"}), ("abogado", {"23-1011.00"}),
    ("policía", {"33-3051.00"})])
def test_everyday_words_find_general_occupation(catalog_stub, query, expected):
    hits = catalog_stub.SearchCareers(pb.SearchCareersRequest(query=query, page_size=3)).hits

    assert hits[0].career.onetsoc in expected


def test_catalog_changed_clears_title_cache(loaded_catalog, kafka_bootstrap, unique_name):
    from services.catalog.repository import CatalogRepository
    from services.catalog.server import start_cache_invalidation
    from services.common.events import EventProducer, ensure_topics
    from trailmap.events.v1 import envelope_pb2

    topic = f"catalog-changed-{unique_name}"
    ensure_topics(kafka_bootstrap, {topic: 1})
    repository = CatalogRepository(loaded_catalog)
    repository.search_candidates("nurse")
    consumer = start_cache_invalidation(kafka_bootstrap, repository, topic=topic)
    producer = EventProducer(kafka_bootstrap, "catalog-test")
    try:
        producer.publish_payload(topic, envelope_pb2.CatalogChanged(load_id=unique_name), tenant_id="",
                                 subject_key="catalog", event_id=unique_name)
        producer.flush()
        deadline = time.monotonic() + 30
        while repository._titles and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        producer.close()
        consumer.stop()

    assert repository._titles == {}
