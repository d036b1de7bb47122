"""Student grade, display name and caseload membership through importer -> Kafka -> consumer -> ProgressService."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta, timezone

import grpc
import pytest
from kafka import KafkaConsumer

from services.common.graph import cypher
from services.common.grpc_server import start_server
from services.progress.server import ProgressServicer
from services.sis.importers.model import ImportResult
from services.sis.publish import publish
from tests.progress.helpers import Pipeline
from trailmap.progress.v1 import progress_pb2 as pb
from trailmap.progress.v1 import progress_pb2_grpc
from trailmap.sis.v1 import sis_pb2

pytestmark = pytest.mark.integration

NAME = "Zephyrine Quillfeather"


@pytest.fixture
def pipeline(kafka_bootstrap, neo4j_driver, unique_name):
    pipe = Pipeline(kafka_bootstrap, neo4j_driver, unique_name)
    tenant = f"fields-{unique_name}"
    yield pipe, tenant
    pipe.close()
    pipe.repository.delete_tenant(tenant)
    pipe.delete_processed(neo4j_driver)


@pytest.fixture
def stub(pipeline):
    server = start_server(port=0, host="127.0.0.1",
                          registrations=[(progress_pb2_grpc.add_ProgressServiceServicer_to_server,
                                          ProgressServicer(pipeline[0].repository))],
                          service_names=["trailmap.progress.v1.ProgressService"], checks={})
    channel = grpc.insecure_channel(f"127.0.0.1:{server.port}")
    yield progress_pb2_grpc.ProgressServiceStub(channel)
    channel.close()
    server.stop(0)


def _create_profile_student(driver, tenant: str, student_id: str, grade: int) -> None:
    """Create the student the way the profile service does, with an integer grade."""
    driver.execute_query(cypher("profile/profile.cypher", "create_student"), key=f"{tenant}|{student_id}",
                         tenant_id=tenant, student_id=student_id, school_id="S1", grade=grade, district_id=tenant,
                         source_system="profile", source_id=student_id)


def _records(tenant: str) -> ImportResult:
    """Return SIS records for P1 (named, grade 11, a failed transcript line), P2 (KG) and P3 (PK)."""
    result = ImportResult(tenant_id=tenant, source_system="oneroster")
    base = datetime(2024, 9, 1, tzinfo=timezone.utc)
    for student_id, grade, name in (("P1", "11", NAME), ("P2", "KG", ""), ("P3", "PK", "")):
        result.add(sis_pb2.StudentRecord(source=result.source_ref(student_id, "users.csv", 2), student_id=student_id,
                                         school_id="S1", grade_level=grade, display_name=name,
                                         status=sis_pb2.RECORD_STATUS_ACTIVE), f"user:{student_id}", base)
    line = sis_pb2.TranscriptRecord(source=result.source_ref("t-P1-1", "transcripts", 0), student_id="P1",
                                    course_code="ALG-1", course_title="Algebra I", school_year=2024,
                                    term="Fall Semester", credits_attempted=1, credits_earned=0, passed=False,
                                    subject="mathematics", status=sis_pb2.RECORD_STATUS_ACTIVE)
    result.add(line, "t-P1-1", base + timedelta(minutes=1))
    counselor = sis_pb2.CounselorAssignment(source=result.source_ref("staff-9", "enrollments.csv", 0),
                                            staff_id="staff-9", student_ids=["P1", "P2"],
                                            basis="oneroster_teacher_enrollment")
    result.add(counselor, "staff-9", base)
    return result


def _student(driver, tenant: str, student_id: str) -> dict:
    records, _, _ = driver.execute_query("MATCH (s:Student {key: $key}) RETURN s {.*} AS s",
                                         key=f"{tenant}|{student_id}")
    return records[0]["s"]


def _alert_payloads(bootstrap: str, topic: str) -> list[bytes]:
    consumer = KafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=f"read-{uuid.uuid4().hex[:8]}",
                             auto_offset_reset="earliest", consumer_timeout_ms=5000)
    try:
        return [message.value for message in consumer]
    finally:
        consumer.close()


def test_profile_student_with_integer_grade_takes_sis_records(pipeline, neo4j_driver):
    pipe, tenant = pipeline
    _create_profile_student(neo4j_driver, tenant, "P1", 10)

    publish(pipe.producer, _records(tenant), records_topic=pipe.records_topic, rejected_topic=pipe.rejected_topic)
    consumer = pipe.consume(batches=False)

    assert consumer.dead_lettered == 0
    student = _student(neo4j_driver, tenant, "P1")
    assert student["grade"] == 11
    assert student["grade_level_code"] == "11"
    assert student["source_system"] == "oneroster"


def test_kindergarten_grades_stored_as_integers(pipeline, neo4j_driver):
    pipe, tenant = pipeline
    publish(pipe.producer, _records(tenant), records_topic=pipe.records_topic, rejected_topic=pipe.rejected_topic)
    consumer = pipe.consume()

    assert consumer.dead_lettered == 0
    assert _student(neo4j_driver, tenant, "P2")["grade"] == 0
    assert _student(neo4j_driver, tenant, "P2")["grade_level_code"] == "KG"
    assert _student(neo4j_driver, tenant, "P3")["grade"] == -1
    assert _student(neo4j_driver, tenant, "P3")["grade_level_code"] == "PK"


def test_display_name_shown_never_logged(pipeline, neo4j_driver, stub, caplog, kafka_bootstrap):
    pipe, tenant = pipeline
    _create_profile_student(neo4j_driver, tenant, "P1", 10)
    caplog.set_level(logging.DEBUG)

    publish(pipe.producer, _records(tenant), records_topic=pipe.records_topic, rejected_topic=pipe.rejected_topic)
    consumer = pipe.consume()
    plan = stub.GetPlan(pb.GetPlanRequest(tenant_id=tenant, student_id="P1"))
    caseload = stub.ListCaseload(pb.ListCaseloadRequest(tenant_id=tenant, counselor_id="staff-9"))

    assert consumer.dead_lettered == 0
    assert plan.display_name == NAME
    assert plan.grade_level == "11"
    entries = {entry.student_id: entry for entry in caseload.entries}
    assert entries["P1"].display_name == NAME
    assert entries["P1"].grade_level == "11"
    assert entries["P2"].grade_level == "KG"
    assert entries["P1"].status == pb.TRACK_STATUS_OFF_TRACK
    # The kafka and neo4j loggers print payloads and query parameters at DEBUG. configure_logging keeps them at
    # WARNING or above in the services, but caplog lowers them, so only the project's own records count here.
    logged = [record.getMessage() + repr(record.__dict__) for record in caplog.records
              if not record.name.startswith(("kafka", "neo4j"))]
    assert not [text for text in logged if "Zephyrine" in text]
    alerts = _alert_payloads(kafka_bootstrap, pipe.alerts_topic)
    assert alerts
    assert not [payload for payload in alerts if b"Zephyrine" in payload]


def test_caseload_student_filter_checks_membership(pipeline, stub):
    pipe, tenant = pipeline
    publish(pipe.producer, _records(tenant), records_topic=pipe.records_topic, rejected_topic=pipe.rejected_topic)
    pipe.consume()

    member = stub.ListCaseload(pb.ListCaseloadRequest(tenant_id=tenant, counselor_id="staff-9", student_id="P2"))
    outsider = stub.ListCaseload(pb.ListCaseloadRequest(tenant_id=tenant, counselor_id="staff-9", student_id="P3"))
    unknown = stub.ListCaseload(pb.ListCaseloadRequest(tenant_id=tenant, counselor_id="staff-9", student_id="nobody"))
    school = stub.ListCaseload(pb.ListCaseloadRequest(tenant_id=tenant, counselor_id="school:S1", student_id="P3"))

    assert [entry.student_id for entry in member.entries] == ["P2"]
    assert member.total_size == 1
    assert list(outsider.entries) == []
    assert outsider.total_size == 0
    assert list(unknown.entries) == []
    assert [entry.student_id for entry in school.entries] == ["P3"]
