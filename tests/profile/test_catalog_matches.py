"""Matches and target careers against the real catalog loaded into Neo4j."""

from __future__ import annotations

import grpc
import pytest

from services.common.events import ensure_topics
from services.profile.events import PROFILE_UPDATED_TOPIC
from services.profile.server import serve
from tests.profile.helpers import SOCIAL_INVESTIGATIVE, complete_inventory, create
from trailmap.profile.v1 import profile_pb2 as pb
from trailmap.profile.v1 import profile_pb2_grpc

pytestmark = [pytest.mark.integration, pytest.mark.catalog_data]

REGISTERED_NURSES = "29-1141.00"
# The sample district the catalog loads with its course offerings.
CATALOG_DISTRICT = "prairie-sun-wi"


@pytest.fixture(scope="module")
def catalog_stub(profile_settings, neo4j_driver):
    ensure_topics(profile_settings.kafka_bootstrap, {PROFILE_UPDATED_TOPIC: 6})
    running = serve(profile_settings, neo4j_driver, port=0, listen_for_catalog_changes=False)
    if not running.careers.careers():
        running.stop()
        pytest.skip("the catalog has no Career nodes with interest scores; run the catalog loader")
    with grpc.insecure_channel(f"127.0.0.1:{running.port}") as channel:
        yield profile_pb2_grpc.ProfileServiceStub(channel)
    running.stop()


def test_catalog_matches_are_onet_si(catalog_stub, tenant, onet_codes):
    create(catalog_stub, tenant)
    complete_inventory(catalog_stub, tenant, "s-1", SOCIAL_INVESTIGATIVE)

    response = catalog_stub.GetMatches(pb.GetMatchesRequest(tenant_id=tenant, student_id="s-1", page_size=10))

    assert response.total_matches == len(onet_codes)
    for match in response.matches:
        assert onet_codes[match.onetsoc][:2] in ("SI", "IS"), match.onetsoc
        assert match.title


def test_education_ceiling_from_aspirations(catalog_stub, tenant):
    create(catalog_stub, tenant, aspirations=pb.Aspirations(highest_education_rank=4))
    complete_inventory(catalog_stub, tenant, "s-1", SOCIAL_INVESTIGATIVE)

    capped = catalog_stub.GetMatches(pb.GetMatchesRequest(
        tenant_id=tenant, student_id="s-1", page_size=1000,
        filters=pb.MatchFilters(use_aspirations_ceiling=True)))

    assert 0 < capped.total_matches < 923
    assert all(match.typical_education_rank <= 4 for match in capped.matches)


def test_target_careers_become_targets_edges(catalog_stub, tenant, neo4j_driver):
    create(catalog_stub, tenant, aspirations=pb.Aspirations(target_onetsoc=[REGISTERED_NURSES]))

    catalog_stub.UpdateStudent(pb.UpdateStudentRequest(
        tenant_id=tenant, student_id="s-1", aspirations=pb.Aspirations(target_onetsoc=["15-1252.00"])))
    student = catalog_stub.GetStudent(pb.GetStudentRequest(tenant_id=tenant, student_id="s-1")).student
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (:Student {key: $key})-[:TARGETS]->(c:Career) RETURN c.onetsoc AS onetsoc", key=f"{tenant}|s-1")

    assert list(student.aspirations.target_onetsoc) == ["15-1252.00"]
    assert student.aspirations.version == 2
    assert [record["onetsoc"] for record in records] == ["15-1252.00"]


def test_catalog_district_accepted(catalog_stub, tenant):
    student = create(catalog_stub, tenant, district_id=CATALOG_DISTRICT)

    assert student.district_id == CATALOG_DISTRICT
