"""Exactly-once effects: SIGKILL the consumer mid-stream several times, then replay the same input."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

import pytest

from services.sis.importers.model import ImportResult
from services.sis.publish import publish
from tests.progress.helpers import Pipeline
from trailmap.sis.v1 import sis_pb2

pytestmark = pytest.mark.integration

STUDENTS = 100
COURSES_PER_STUDENT = 19
KILLS = 4
# Small poll batches make many batch transactions, so the kills land between and inside them.
POLL_RECORDS = 50


def _synthetic_import(tenant: str) -> ImportResult:
    """Return 2,000 records: per student one StudentRecord and 19 transcript lines."""
    result = ImportResult(tenant_id=tenant, source_system="edfi")
    base = datetime(2024, 1, 1, tzinfo=timezone.utc)
    for number in range(STUDENTS):
        student_id = f"R{number:04d}"
        student = sis_pb2.StudentRecord(source=result.source_ref(student_id, "synthetic", number + 1),
                                        student_id=student_id, school_id="S1", grade_level="10",
                                        status=sis_pb2.RECORD_STATUS_ACTIVE)
        result.add(student, f"student:{student_id}", base)
        for course in range(COURSES_PER_STUDENT):
            source_id = f"transcript:{student_id}:{course}"
            line = sis_pb2.TranscriptRecord(source=result.source_ref(source_id, "synthetic", 0), student_id=student_id,
                                            course_code=f"C{course:02d}", course_title=f"Course {course}",
                                            school_year=2024, term="Fall Semester", credits_attempted=1,
                                            credits_earned=1 if course % 7 else 0, passed=bool(course % 7),
                                            subject="mathematics" if course % 2 else "english",
                                            status=sis_pb2.RECORD_STATUS_ACTIVE)
            result.add(line, source_id, base + timedelta(minutes=course))
    return result


def _processed(driver, group: str) -> int:
    records, _, _ = driver.execute_query("MATCH (e:ProcessedEvent {group: $group}) RETURN count(e) AS n", group=group)
    return records[0]["n"]


def _snapshot(driver, tenant: str) -> list:
    records, _, _ = driver.execute_query(
        "MATCH (s:Student {tenant_id: $tenant}) "
        "OPTIONAL MATCH (s)-[r:COMPLETED]->(c:DistrictCourse) "
        "WITH s, count(r) AS completed, sum(r.credits) AS credits "
        "OPTIONAL MATCH (s)-[:HAS_PROGRESS]->(p:StudentProgress) "
        "RETURN s.student_id AS id, s.grade AS grade, s.applied_events AS applied, completed, credits, "
        "p.status AS status, p.signature AS signature, p.last_change_at_ms AS changed "
        "ORDER BY id", tenant=tenant)
    return [dict(record) for record in records]


def _consumer(pipe: Pipeline, max_idle_s: float) -> subprocess.Popen:
    env = dict(os.environ, PROGRESS_RECORDS_TOPIC=pipe.records_topic, PROGRESS_PLAN_TOPIC=pipe.plan_topic,
               PROGRESS_ALERTS_TOPIC=pipe.alerts_topic, PROGRESS_GROUP=pipe.group,
               PROGRESS_MAX_IDLE_S=str(max_idle_s), PROGRESS_MAX_POLL_RECORDS=str(POLL_RECORDS),
               TRAILMAP_LOG_LEVEL="WARNING")
    return subprocess.Popen([sys.executable, "-m", "services.progress.consumer"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.fixture
def pipeline(kafka_bootstrap, neo4j_driver, unique_name):
    pipe = Pipeline(kafka_bootstrap, neo4j_driver, unique_name)
    tenant = f"reliability-{unique_name}"
    yield pipe, tenant
    pipe.close()
    pipe.repository.delete_tenant(tenant)
    pipe.delete_processed(neo4j_driver)


def test_kills_lose_nothing_and_replay_changes_nothing(pipeline, neo4j_driver):
    pipe, tenant = pipeline
    result = _synthetic_import(tenant)
    total = len(result.records)
    publish(pipe.producer, result, records_topic=pipe.records_topic, rejected_topic=pipe.rejected_topic)

    kills = 0
    applied_at_kill = []
    deadline = time.monotonic() + 600
    while kills < KILLS and time.monotonic() < deadline:
        target = total * (kills + 1) // (KILLS + 1)
        process = _consumer(pipe, max_idle_s=60)
        while _processed(neo4j_driver, pipe.group) < target and process.poll() is None:
            time.sleep(0.2)
        process.send_signal(signal.SIGKILL)
        process.wait()
        applied_at_kill.append(_processed(neo4j_driver, pipe.group))
        kills += 1

    # A killed member keeps its partitions until its session times out, so a consumer can go idle before the
    # rebalance hands them over; restart until every event is applied or the deadline passes.
    while _processed(neo4j_driver, pipe.group) < total and time.monotonic() < deadline:
        final = _consumer(pipe, max_idle_s=30)
        assert final.wait(timeout=600) == 0

    assert kills == KILLS
    assert min(applied_at_kill) < total
    assert _processed(neo4j_driver, pipe.group) == total
    state = _snapshot(neo4j_driver, tenant)
    assert len(state) == STUDENTS
    assert all(row["applied"] == 1 + COURSES_PER_STUDENT for row in state)
    assert all(row["completed"] == COURSES_PER_STUDENT for row in state)
    assert all(row["status"] == "OFF_TRACK" for row in state)

    publish(pipe.producer, result, records_topic=pipe.records_topic, rejected_topic=pipe.rejected_topic)
    replay = _consumer(pipe, max_idle_s=15)
    assert replay.wait(timeout=600) == 0

    assert _processed(neo4j_driver, pipe.group) == total
    assert _snapshot(neo4j_driver, tenant) == state
