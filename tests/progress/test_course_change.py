"""Enrollment and transcript records whose course code changes, applied in batches straight to Neo4j."""

from __future__ import annotations

import pytest

from services.progress.repository import ProgressRepository, SisChange
from trailmap.sis.v1 import sis_pb2

pytestmark = pytest.mark.integration


@pytest.fixture
def repository(neo4j_driver, unique_name):
    repository = ProgressRepository(neo4j_driver)
    tenant = f"course-change-{unique_name}"
    yield repository, tenant, f"test-course-change-{unique_name}"
    repository.delete_tenant(tenant)
    neo4j_driver.execute_query("MATCH (e:ProcessedEvent {group: $group}) DELETE e",
                               group=f"test-course-change-{unique_name}")


def _transcript(tenant: str, course_code: str, occurred_at_ms: int) -> SisChange:
    message = sis_pb2.TranscriptRecord(
        source=sis_pb2.SourceRef(tenant_id=tenant, source_system="edfi", source_id="attempt-1"), student_id="S1",
        course_code=course_code, course_title=course_code, school_year=2024, credits_earned=1, passed=True,
        subject="mathematics")
    return SisChange(f"transcript-{course_code}-{occurred_at_ms}", tenant, message, occurred_at_ms)


def _enrollment(tenant: str, course_code: str, occurred_at_ms: int) -> SisChange:
    message = sis_pb2.EnrollmentRecord(
        source=sis_pb2.SourceRef(tenant_id=tenant, source_system="oneroster", source_id="enrollment-1"),
        person_id="S1", role="student", section_id="SEC-1", course_code=course_code)
    return SisChange(f"enrollment-{course_code}-{occurred_at_ms}", tenant, message, occurred_at_ms)


def _courses(driver, tenant: str, relationship: str) -> list[str]:
    records, _, _ = driver.execute_query(
        f"MATCH (:Student {{key: $key}})-[:{relationship}]->(c:DistrictCourse) RETURN c.number AS code ORDER BY code",
        key=f"{tenant}|S1")
    return [record["code"] for record in records]


def test_course_change_keeps_newest_edge_only(repository, neo4j_driver):
    repo, tenant, group = repository
    repo.apply_changes(group, [_transcript(tenant, "ALG-A", 1000), _enrollment(tenant, "ALG-A", 1000)])
    assert _courses(neo4j_driver, tenant, "COMPLETED") == ["ALG-A"]

    repo.apply_changes(group, [_transcript(tenant, "ALG-B", 2000), _transcript(tenant, "ALG-C", 3000),
                               _enrollment(tenant, "ALG-B", 2000), _enrollment(tenant, "ALG-C", 3000)])

    assert _courses(neo4j_driver, tenant, "COMPLETED") == ["ALG-C"]
    assert _courses(neo4j_driver, tenant, "ENROLLED_IN") == ["ALG-C"]
