"""Bulk OneRoster users.csv: students it leaves out become inactive through importer -> Kafka -> consumer."""

from __future__ import annotations

import pytest

from services.sis.publish import parse, publish
from tests.progress.helpers import SIS, Pipeline, copy_package_without_user
from trailmap.sis.v1 import sis_pb2

pytestmark = [pytest.mark.integration,
              pytest.mark.skipif(not SIS.is_dir(), reason=f"SIS samples not found at {SIS}")]

GRAND_BEND = SIS / "oneroster/edfi-lms-toolkit-grandbend-v1p1"
SCHOOL = "school:255901001"


@pytest.fixture
def pipeline(kafka_bootstrap, neo4j_driver, unique_name):
    pipe = Pipeline(kafka_bootstrap, neo4j_driver, unique_name)
    tenant = f"roster-{unique_name}"
    yield pipe, tenant
    pipe.close()
    pipe.repository.delete_tenant(tenant)
    pipe.delete_processed(neo4j_driver)


def _import(pipe: Pipeline, path, tenant: str):
    known = {"users": pipe.repository.known_user_ids(tenant, "oneroster")}
    result = parse("oneroster", path, tenant, known_ids=known)
    publish(pipe.producer, result, records_topic=pipe.records_topic, rejected_topic=pipe.rejected_topic)
    consumer = pipe.consume()
    assert consumer.dead_lettered == 0
    return result


def _status(driver, tenant: str, student_id: str) -> str | None:
    records, _, _ = driver.execute_query("MATCH (s:Student {key: $key}) RETURN s.sis_status AS status",
                                         key=f"{tenant}|{student_id}")
    return records[0]["status"] if records else None


def _caseload_ids(pipe: Pipeline, tenant: str) -> set[str]:
    return {row["student_id"] for row in pipe.repository.caseload(tenant, SCHOOL)}


def test_bulk_users_mark_absent_student_inactive(pipeline, neo4j_driver, tmp_path):
    pipe, tenant = pipeline
    _import(pipe, GRAND_BEND, tenant)
    assert "604874" in _caseload_ids(pipe, tenant)
    assert any(alert["student_id"] == "604874" for alert in pipe.repository.alerts(tenant))

    bulk = copy_package_without_user(GRAND_BEND, tmp_path / "bulk", "604874")
    report = _import(pipe, bulk, tenant)

    assert len(report.of_type(sis_pb2.StudentRoster)) == 1
    assert any("604874" in warning and "marked inactive" in warning for warning in report.warnings)
    assert _status(neo4j_driver, tenant, "604874") == "inactive"
    assert _status(neo4j_driver, tenant, "604863") == "active"
    assert pipe.repository.get_plan(tenant, "604874") is not None
    caseload = _caseload_ids(pipe, tenant)
    assert "604874" not in caseload
    assert "604863" in caseload
    assert all(alert["student_id"] != "604874" for alert in pipe.repository.alerts(tenant))


def test_delta_users_keep_absent_student_active(pipeline, neo4j_driver, tmp_path):
    pipe, tenant = pipeline
    _import(pipe, GRAND_BEND, tenant)

    delta = copy_package_without_user(GRAND_BEND, tmp_path / "delta", "604874", "delta")
    report = _import(pipe, delta, tenant)

    assert not report.of_type(sis_pb2.StudentRoster)
    assert _status(neo4j_driver, tenant, "604874") == "active"
    assert "604874" in _caseload_ids(pipe, tenant)
