"""A synthetic district for gateway and browser tests, built through the services' own interfaces.

Students are created with ProfileService.CreateStudent; their transcripts go through Kafka as SIS
TranscriptRecords to the progress consumer, as a district's SIS import would send them. Course numbers
are real courses of the Prairie Sun (Wisconsin) catalog district, so routes start from real offerings.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import grpc
from trailmap.profile.v1 import profile_pb2, profile_pb2_grpc
from trailmap.sis.v1 import sis_pb2

from services.common.events import EventProducer, ensure_topics
from tests.gateway.harness import records_topic

CATALOG_DISTRICT = "prairie-sun-wi"
SCHOOL_ID = "hs-1"
COUNSELOR_ID = f"school:{SCHOOL_ID}"
NURSING_ASSISTANTS = "31-1131.00"
REGISTERED_NURSES = "29-1141.00"


@dataclass(frozen=True)
class Transcript:
    course_code: str
    title: str
    passed: bool
    credits: float
    subject: str
    school_year: int = 2025


@dataclass(frozen=True)
class SampleStudent:
    student_id: str
    grade: int
    goal: str
    transcripts: tuple[Transcript, ...] = ()


STUDENTS = (
    SampleStudent("S-100", 10, NURSING_ASSISTANTS, (
        Transcript("1213ENG", "English 9", True, 1.0, "english"),
        Transcript("4122SCI", "Biology", True, 1.0, "science"),
        Transcript("9429FCE", "Medical Occupations I", True, 0.5, "family and consumer science"),
    )),
    SampleStudent("S-200", 11, NURSING_ASSISTANTS, (
        Transcript("1213ENG", "English 9", True, 1.0, "english", 2024),
        Transcript("9429FCE", "Medical Occupations I", False, 0.0, "family and consumer science"),
    )),
    SampleStudent("S-300", 9, REGISTERED_NURSES),
)


@dataclass
class SampleDistrict:
    tenant: str
    stack: object
    driver: object
    kafka_bootstrap: str
    students: tuple[SampleStudent, ...] = STUDENTS
    created: list[str] = field(default_factory=list)

    @property
    def counselor_id(self) -> str:
        return COUNSELOR_ID

    def create(self) -> None:
        with grpc.insecure_channel(f"127.0.0.1:{self.stack.ports['profile']}") as channel:
            profile = profile_pb2_grpc.ProfileServiceStub(channel)
            for student in self.students:
                profile.CreateStudent(profile_pb2.CreateStudentRequest(
                    tenant_id=self.tenant, student_id=student.student_id, school_id=SCHOOL_ID, grade=student.grade,
                    district_id=CATALOG_DISTRICT, source_system="gateway-test",
                    aspirations=profile_pb2.Aspirations(target_onetsoc=[student.goal], home_state="WI")), timeout=10)
                self.created.append(student.student_id)
        self._publish_transcripts()

    def _publish_transcripts(self) -> None:
        topic = records_topic(self.stack.suffix)
        ensure_topics(self.kafka_bootstrap, {topic: 6})
        producer = EventProducer(self.kafka_bootstrap, "gateway-test-sis")
        expected = 0
        for student in self.students:
            # The SIS record sets the CEDS grade level ("10") as a district import would.
            source = sis_pb2.SourceRef(tenant_id=self.tenant, source_system="gateway-test",
                                       source_id=student.student_id)
            producer.publish_payload(topic, sis_pb2.StudentRecord(
                source=source, student_id=student.student_id, school_id=SCHOOL_ID,
                grade_level=f"{student.grade:02d}", status=sis_pb2.RECORD_STATUS_ACTIVE),
                tenant_id=self.tenant, subject_key=f"gateway-test:{student.student_id}")
            for index, item in enumerate(student.transcripts):
                record = sis_pb2.TranscriptRecord(
                    source=sis_pb2.SourceRef(tenant_id=self.tenant, source_system="gateway-test",
                                             source_id=f"{student.student_id}-{index}"),
                    student_id=student.student_id, course_code=item.course_code, course_title=item.title,
                    school_year=item.school_year, term="Year", grade_earned="B" if item.passed else "F",
                    credits_attempted=item.credits or 0.5, credits_earned=item.credits, passed=item.passed,
                    subject=item.subject, grade_level=f"{student.grade - 1:02d}")
                producer.publish_payload(topic, record, tenant_id=self.tenant,
                                         subject_key=f"gateway-test:{student.student_id}")
                expected += 1
        producer.flush()
        producer.close()
        self._wait_for_transcripts(expected)

    def _wait_for_transcripts(self, expected: int, timeout_s: float = 60.0) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            records, _, _ = self.driver.execute_query(
                "MATCH (s:Student {tenant_id: $tenant})-[r:COMPLETED]->() RETURN count(r) AS applied",
                tenant=self.tenant)
            if records[0]["applied"] >= expected:
                return
            time.sleep(0.5)
        raise RuntimeError(f"the progress consumer applied fewer than {expected} transcripts for tenant "
                           f"{self.tenant} within {timeout_s:.0f} s")

    def delete(self) -> None:
        # Only nodes of this test tenant: its own tenant_id, or a key that starts with "<tenant>|".
        self.driver.execute_query(
            "MATCH (n) WHERE n.tenant_id = $tenant OR n.key STARTS WITH $prefix OR (n:District AND n.id = $tenant) "
            "DETACH DELETE n",
            tenant=self.tenant, prefix=f"{self.tenant}|")
