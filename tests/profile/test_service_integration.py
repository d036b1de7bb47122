"""ProfileService through the gRPC boundary against the real Neo4j and Kafka."""

from __future__ import annotations

import time

import grpc
import pytest
from kafka import KafkaConsumer, TopicPartition

from services.common.events import ensure_topics
from services.profile.events import PROFILE_UPDATED_TOPIC
from services.profile.matching import UNDIFFERENTIATED_REASON
from services.profile.server import serve
from tests.profile.conftest import load_onet_careers
from tests.profile.helpers import SOCIAL_INVESTIGATIVE, answers_liking, complete_inventory, create
from trailmap.events.v1 import envelope_pb2
from trailmap.profile.v1 import profile_pb2 as pb
from trailmap.profile.v1 import profile_pb2_grpc

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def server(profile_settings, neo4j_driver):
    ensure_topics(profile_settings.kafka_bootstrap, {PROFILE_UPDATED_TOPIC: 6})
    running = serve(profile_settings, neo4j_driver, port=0, listen_for_catalog_changes=False,
                    career_loader=load_onet_careers)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def stub(server):
    with grpc.insecure_channel(f"127.0.0.1:{server.port}") as channel:
        yield profile_pb2_grpc.ProfileServiceStub(channel)


class EventWatcher:
    """Read profile.updated records written after creation, in a unique consumer group."""

    def __init__(self, bootstrap: str, group: str) -> None:
        self.consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
        partitions = [TopicPartition(PROFILE_UPDATED_TOPIC, p)
                      for p in sorted(self.consumer.partitions_for_topic(PROFILE_UPDATED_TOPIC) or [])]
        self.consumer.assign(partitions)
        for partition, offset in self.consumer.end_offsets(partitions).items():
            self.consumer.seek(partition, offset)

    def events_for(self, subject_key: str, count: int, timeout_s: float = 20.0) -> list:
        found = []
        deadline = time.monotonic() + timeout_s
        while len(found) < count and time.monotonic() < deadline:
            for records in self.consumer.poll(timeout_ms=500).values():
                for record in records:
                    envelope = envelope_pb2.Envelope()
                    envelope.ParseFromString(record.value)
                    if envelope.subject_key == subject_key:
                        event = pb.ProfileUpdated()
                        envelope.payload.Unpack(event)
                        found.append((record, envelope, event))
        return found

    def close(self) -> None:
        self.consumer.close()


@pytest.fixture
def watcher(kafka_bootstrap, unique_name):
    ensure_topics(kafka_bootstrap, {PROFILE_UPDATED_TOPIC: 6})
    watching = EventWatcher(kafka_bootstrap, f"test-profile-{unique_name}")
    yield watching
    watching.close()


def status_of(call) -> grpc.RpcError:
    with pytest.raises(grpc.RpcError) as error:
        call()
    return error.value


def test_inventory_in_two_parts(stub, tenant, watcher):
    create(stub, tenant, external_ids=[pb.ExternalId(system="oneroster", value="sourced-1")])
    inventory = stub.GetInventory(pb.GetInventoryRequest(tenant_id=tenant))
    answers = answers_liking(inventory.items, SOCIAL_INVESTIGATIVE)

    first = stub.SubmitInterestInventory(pb.SubmitInterestInventoryRequest(
        tenant_id=tenant, student_id="s-1", answers=answers[:30]))
    second = stub.SubmitInterestInventory(pb.SubmitInterestInventoryRequest(
        tenant_id=tenant, student_id="s-1", answers=answers[30:]))
    student = stub.GetStudent(pb.GetStudentRequest(tenant_id=tenant, student_id="s-1")).student

    assert len(inventory.items) == 60
    assert first.attempt.status == pb.ATTEMPT_STATUS_IN_PROGRESS
    assert len(first.missing_item_ids) == 30
    assert second.attempt.attempt_number == 1
    assert second.attempt.status == pb.ATTEMPT_STATUS_COMPLETE
    assert second.attempt.result.holland_code == "ISR"
    scores = {pb.InterestArea.Name(s.area): s for s in second.attempt.result.scores}
    assert scores["INTEREST_AREA_SOCIAL"].raw == 10
    assert scores["INTEREST_AREA_REALISTIC"].raw == -10
    assert student.interests.holland_code == "ISR"
    assert [(e.system, e.value) for e in student.external_ids] == [("oneroster", "sourced-1")]

    events = watcher.events_for(f"student:{tenant}:s-1", 3)
    assert [list(event.changes) for _, _, event in events] == [
        [pb.PROFILE_CHANGE_CREATED], [pb.PROFILE_CHANGE_INTERESTS], [pb.PROFILE_CHANGE_INTERESTS]]
    record, envelope, last = events[-1]
    assert record.key == f"student:{tenant}:s-1".encode()
    assert envelope.tenant_id == tenant
    assert envelope.event_type == "trailmap.profile.v1.ProfileUpdated"
    assert last.holland_code == "ISR"
    assert last.interest_attempt_number == 1


def test_matches_list_onet_si_careers(stub, tenant, onet_codes):
    create(stub, tenant)
    complete_inventory(stub, tenant, "s-1", SOCIAL_INVESTIGATIVE)

    response = stub.GetMatches(pb.GetMatchesRequest(tenant_id=tenant, student_id="s-1", page_size=10))
    again = stub.GetMatches(pb.GetMatchesRequest(tenant_id=tenant, student_id="s-1", page_size=10))

    assert response.total_matches == 923
    assert response.student_holland_code == "ISR"
    for match in response.matches:
        assert onet_codes[match.onetsoc][:2] in ("SI", "IS"), match.onetsoc
    assert [m.rank for m in response.matches] == list(range(1, 11))
    assert response.matches[0].reasons[0].startswith("Your top areas are Investigative and Social")
    assert [f.name for f in response.matches[0].factors] == ["interest_correlation", "holland_code_agreement"]
    assert response == again


def test_matches_pages_and_filters(stub, tenant):
    create(stub, tenant)
    complete_inventory(stub, tenant, "s-1", "RC")
    stub.SubmitWorkValues(pb.SubmitWorkValuesRequest(tenant_id=tenant, student_id="s-1", ranks=[
        pb.ValueRank(value=value, rank=rank) for rank, value in enumerate(range(1, 7), start=1)]))

    whole = stub.GetMatches(pb.GetMatchesRequest(tenant_id=tenant, student_id="s-1", page_size=40))
    first = stub.GetMatches(pb.GetMatchesRequest(tenant_id=tenant, student_id="s-1", page_size=20))
    second = stub.GetMatches(pb.GetMatchesRequest(tenant_id=tenant, student_id="s-1", page_size=20,
                                                  page_token=first.next_page_token))
    low_zone = stub.GetMatches(pb.GetMatchesRequest(
        tenant_id=tenant, student_id="s-1", page_size=1000, filters=pb.MatchFilters(job_zones=[1, 2])))

    assert [m.onetsoc for m in first.matches] + [m.onetsoc for m in second.matches] == [
        m.onetsoc for m in whole.matches]
    assert whole.work_values_attempt_number == 1
    assert [f.name for f in whole.matches[0].factors][-1] == "values_fit"
    assert "You ranked Achievement and Working Conditions highest" in whole.matches[0].reasons[-1]
    assert 0 < low_zone.total_matches < 923
    assert all(m.job_zone in (1, 2) for m in low_zone.matches)


def test_retakes_and_updates_keep_history(stub, tenant):
    create(stub, tenant)
    first = complete_inventory(stub, tenant, "s-1", SOCIAL_INVESTIGATIVE)
    item_id = first.answers[0].item_id
    changed = stub.SubmitInterestInventory(pb.SubmitInterestInventoryRequest(
        tenant_id=tenant, student_id="s-1", answers=[pb.ItemAnswer(item_id=item_id, answer=pb.INTEREST_ANSWER_LIKE)]))
    retake = stub.SubmitInterestInventory(pb.SubmitInterestInventoryRequest(
        tenant_id=tenant, student_id="s-1", start_new_attempt=True))
    for rank in (5, 8):
        stub.UpdateStudent(pb.UpdateStudentRequest(tenant_id=tenant, student_id="s-1", aspirations=pb.Aspirations(
            highest_education_rank=rank, home_state="TX", preferred_routes=[pb.ROUTE_KIND_APPRENTICESHIP])))
    stub.UpdateStudent(pb.UpdateStudentRequest(tenant_id=tenant, student_id="s-1",
                                               consent=pb.Consent(family_access=True)))

    history = stub.ListAttempts(pb.ListAttemptsRequest(tenant_id=tenant, student_id="s-1"))
    student = stub.GetStudent(pb.GetStudentRequest(tenant_id=tenant, student_id="s-1")).student
    matches = stub.GetMatches(pb.GetMatchesRequest(tenant_id=tenant, student_id="s-1", page_size=1))

    assert changed.attempt.attempt_number == 2
    assert changed.attempt.status == pb.ATTEMPT_STATUS_COMPLETE
    assert retake.attempt.attempt_number == 3
    assert retake.attempt.answered_items == 0
    assert [a.attempt_number for a in history.interest_attempts] == [3, 2, 1]
    assert [a.status for a in history.interest_attempts] == [
        pb.ATTEMPT_STATUS_IN_PROGRESS, pb.ATTEMPT_STATUS_COMPLETE, pb.ATTEMPT_STATUS_COMPLETE]
    assert history.interest_attempts[2].answers == first.answers
    assert [a.highest_education_rank for a in history.aspirations_history] == [8, 5]
    assert [a.version for a in history.aspirations_history] == [2, 1]
    assert student.aspirations.version == 2
    assert student.aspirations.home_state == "TX"
    assert list(student.aspirations.preferred_routes) == [pb.ROUTE_KIND_APPRENTICESHIP]
    assert student.consent.family_access
    assert matches.interest_attempt_number == 2


def test_unchanged_answers_add_no_attempt(stub, tenant):
    create(stub, tenant)
    first = complete_inventory(stub, tenant, "s-1", SOCIAL_INVESTIGATIVE)

    repeat = stub.SubmitInterestInventory(pb.SubmitInterestInventoryRequest(
        tenant_id=tenant, student_id="s-1", answers=first.answers[:5]))

    assert repeat.attempt.attempt_number == 1


def test_other_tenant_sees_not_found(stub, tenant):
    create(stub, tenant)
    other = f"{tenant}-b"

    calls = {
        "GetStudent": lambda: stub.GetStudent(pb.GetStudentRequest(tenant_id=other, student_id="s-1")),
        "UpdateStudent": lambda: stub.UpdateStudent(pb.UpdateStudentRequest(
            tenant_id=other, student_id="s-1", consent=pb.Consent(partner_sharing=True))),
        "SubmitInterestInventory": lambda: stub.SubmitInterestInventory(pb.SubmitInterestInventoryRequest(
            tenant_id=other, student_id="s-1", start_new_attempt=True)),
        "GetMatches": lambda: stub.GetMatches(pb.GetMatchesRequest(tenant_id=other, student_id="s-1")),
        "ListAttempts": lambda: stub.ListAttempts(pb.ListAttemptsRequest(tenant_id=other, student_id="s-1")),
    }
    for name, call in calls.items():
        error = status_of(call)
        assert error.code() == grpc.StatusCode.NOT_FOUND, name
        assert "'s-1'" in error.details(), name
        assert repr(other) in error.details(), name

    history = stub.ListAttempts(pb.ListAttemptsRequest(tenant_id=tenant, student_id="s-1"))
    assert len(history.interest_attempts) == 0
    assert len(history.consent_history) == 0


def test_metadata_tenant_must_match(stub, tenant):
    create(stub, tenant)

    error = status_of(lambda: stub.GetStudent(pb.GetStudentRequest(tenant_id=tenant, student_id="s-1"),
                                              metadata=[("x-tenant-id", "tenant-b")]))

    assert error.code() == grpc.StatusCode.PERMISSION_DENIED
    assert "tenant-b" in error.details()


def test_invalid_input_statuses(stub, tenant):
    create(stub, tenant)
    item_id = stub.GetInventory(pb.GetInventoryRequest(tenant_id=tenant)).items[0].item_id

    cases = [
        (lambda: stub.GetStudent(pb.GetStudentRequest(tenant_id=tenant, student_id="nobody")),
         grpc.StatusCode.NOT_FOUND, ["'nobody'", repr(tenant)]),
        (lambda: stub.GetStudent(pb.GetStudentRequest(student_id="s-1")),
         grpc.StatusCode.INVALID_ARGUMENT, ["tenant_id is required"]),
        (lambda: stub.SubmitInterestInventory(pb.SubmitInterestInventoryRequest(
            tenant_id=tenant, student_id="s-1", answers=[pb.ItemAnswer(item_id=item_id, answer=7)])),
         grpc.StatusCode.INVALID_ARGUMENT, [item_id, "answer 7", "INTEREST_ANSWER_LIKE"]),
        (lambda: stub.SubmitInterestInventory(pb.SubmitInterestInventoryRequest(
            tenant_id=tenant, student_id="s-1",
            answers=[pb.ItemAnswer(item_id="9.Z.9-1", answer=pb.INTEREST_ANSWER_LIKE)])),
         grpc.StatusCode.INVALID_ARGUMENT, ["'9.Z.9-1'"]),
        (lambda: stub.UpdateStudent(pb.UpdateStudentRequest(
            tenant_id=tenant, student_id="s-1", aspirations=pb.Aspirations(target_onetsoc=["99-9999.99"]))),
         grpc.StatusCode.NOT_FOUND, ["'99-9999.99'"]),
        (lambda: stub.UpdateStudent(pb.UpdateStudentRequest(
            tenant_id=tenant, student_id="s-1", aspirations=pb.Aspirations(target_onetsoc=["nurse"]))),
         grpc.StatusCode.INVALID_ARGUMENT, ["'nurse'", "29-1141.00"]),
        (lambda: stub.UpdateStudent(pb.UpdateStudentRequest(
            tenant_id=tenant, student_id="s-1", aspirations=pb.Aspirations(highest_education_rank=11))),
         grpc.StatusCode.INVALID_ARGUMENT, ["highest_education_rank 11"]),
        (lambda: stub.SubmitWorkValues(pb.SubmitWorkValuesRequest(tenant_id=tenant, student_id="s-1", ranks=[
            pb.ValueRank(value=value, rank=1) for value in range(1, 7)])),
         grpc.StatusCode.INVALID_ARGUMENT, ["rank 1 is given to both"]),
        (lambda: stub.GetMatches(pb.GetMatchesRequest(tenant_id=tenant, student_id="s-1")),
         grpc.StatusCode.FAILED_PRECONDITION, ["no complete interest inventory"]),
        (lambda: stub.GetMatches(pb.GetMatchesRequest(tenant_id=tenant, student_id="s-1", page_size=5000)),
         grpc.StatusCode.INVALID_ARGUMENT, ["page_size 5000"]),
        (lambda: create(stub, tenant),
         grpc.StatusCode.ALREADY_EXISTS, ["'s-1'"]),
        (lambda: create(stub, tenant, student_id="a|b"),
         grpc.StatusCode.INVALID_ARGUMENT, ["'a|b'"]),
    ]
    for call, code, fragments in cases:
        error = status_of(call)
        assert error.code() == code, error.details()
        for fragment in fragments:
            assert fragment in error.details()


def test_student_courses_from_sis_edges(stub, tenant, neo4j_driver):
    create(stub, tenant)
    neo4j_driver.execute_query(
        "MATCH (s:Student {key: $key}) "
        "CREATE (s)-[:COMPLETED {grade: 'A', credits: 1.0, term: '2024-FA', passed: true}]->"
        "(:DistrictCourse {key: $tenant + '|ALG1', number: 'ALG1', name: 'Algebra I', tenant_id: $tenant}) "
        "CREATE (s)-[:ENROLLED_IN {term: '2025-SP'}]->"
        "(:DistrictCourse {key: $tenant + '|GEO', number: 'GEO', name: 'Geometry', credits: 1.0, tenant_id: $tenant})",
        key=f"{tenant}|s-1", tenant=tenant)

    student = stub.GetStudent(pb.GetStudentRequest(tenant_id=tenant, student_id="s-1")).student

    assert [(c.number, c.grade, c.passed) for c in student.completed_courses] == [("ALG1", "A", True)]
    assert [(c.number, c.term, c.credits) for c in student.current_courses] == [("GEO", "2025-SP", 1.0)]


def test_unsafe_ids_rejected(stub, tenant):
    cases = [
        ("tenant_id", pb.CreateStudentRequest(tenant_id=" ", student_id="s", grade=9), "' '"),
        ("tenant_id", pb.CreateStudentRequest(tenant_id=f"{tenant}\t", student_id="s", grade=9),
         repr(f"{tenant}\t")),
        ("student_id", pb.CreateStudentRequest(tenant_id=tenant, student_id=" ", grade=9), "' '"),
        ("student_id", pb.CreateStudentRequest(tenant_id=tenant, student_id=" s4 ", grade=9), "' s4 '"),
        ("student_id", pb.CreateStudentRequest(tenant_id=tenant, student_id="s5\n", grade=9), "'s5\\n'"),
        ("student_id", pb.CreateStudentRequest(tenant_id=tenant, student_id="\x00", grade=9), "'\\x00'"),
        ("student_id", pb.CreateStudentRequest(tenant_id=tenant, student_id="s1\x00", grade=9), "'s1\\x00'"),
        ("school_id", pb.CreateStudentRequest(tenant_id=tenant, student_id="s", grade=9, school_id="hs 1"),
         "'hs 1'"),
        ("source_id", pb.CreateStudentRequest(tenant_id=tenant, student_id="s", grade=9, source_id="\x7f"),
         "'\\x7f'"),
    ]
    for field, request, shown in cases:
        error = status_of(lambda: stub.CreateStudent(request))
        assert error.code() == grpc.StatusCode.INVALID_ARGUMENT, (field, shown)
        assert error.details().startswith(f"{field} {shown}"), error.details()

    error = status_of(lambda: stub.GetStudent(pb.GetStudentRequest(tenant_id=tenant, student_id="s1\x00")))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT


def test_padded_id_is_not_second_student(stub, tenant):
    create(stub, tenant, student_id="s1")

    error = status_of(lambda: create(stub, tenant, student_id="s1\x00"))

    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert stub.GetStudent(pb.GetStudentRequest(tenant_id=tenant, student_id="s1")).student.student_id == "s1"


def test_same_answer_everywhere_has_no_code(stub, tenant, watcher):
    create(stub, tenant)
    items = stub.GetInventory(pb.GetInventoryRequest(tenant_id=tenant)).items

    submitted = stub.SubmitInterestInventory(pb.SubmitInterestInventoryRequest(
        tenant_id=tenant, student_id="s-1",
        answers=[pb.ItemAnswer(item_id=item.item_id, answer=pb.INTEREST_ANSWER_NOT_SURE) for item in items]))
    student = stub.GetStudent(pb.GetStudentRequest(tenant_id=tenant, student_id="s-1")).student
    matches = stub.GetMatches(pb.GetMatchesRequest(tenant_id=tenant, student_id="s-1", page_size=3))

    assert submitted.attempt.status == pb.ATTEMPT_STATUS_COMPLETE
    assert submitted.attempt.result.holland_code == ""
    assert submitted.attempt.result.undifferentiated
    assert student.interests.undifferentiated
    assert matches.student_holland_code == ""
    assert matches.interests_undifferentiated
    assert matches.matches[0].reasons[0] == UNDIFFERENTIATED_REASON
    assert [factor.value for factor in matches.matches[0].factors] == [0.5, 0.5]

    events = watcher.events_for(f"student:{tenant}:s-1", 2)
    assert events[-1][2].interests_undifferentiated
    assert events[-1][2].holland_code == ""


def test_grade_rule_on_create_and_update(stub, tenant):
    create(stub, tenant)
    cases = [
        (lambda: create(stub, tenant, student_id="s-0", grade=0), "grade is required; use 6-12"),
        (lambda: create(stub, tenant, student_id="s-5", grade=5), "grade 5 is out of range; use 6-12"),
        (lambda: create(stub, tenant, student_id="s-13", grade=13), "grade 13 is out of range; use 6-12"),
        (lambda: stub.UpdateStudent(pb.UpdateStudentRequest(tenant_id=tenant, student_id="s-1", grade=0)),
         "grade 0 is out of range; use 6-12"),
        (lambda: stub.UpdateStudent(pb.UpdateStudentRequest(tenant_id=tenant, student_id="s-1", grade=99)),
         "grade 99 is out of range; use 6-12"),
    ]
    for call, fragment in cases:
        error = status_of(call)
        assert error.code() == grpc.StatusCode.INVALID_ARGUMENT, fragment
        assert fragment in error.details()

    updated = stub.UpdateStudent(pb.UpdateStudentRequest(tenant_id=tenant, student_id="s-1", grade=12)).student
    assert updated.grade == 12


def test_unknown_district_rejected(stub, tenant, neo4j_driver):
    other = f"{tenant}-other"
    neo4j_driver.execute_query("MERGE (d:District {id: $id}) SET d.source = 'sis'", id=other)
    try:
        create(stub, tenant)
        cases = [
            lambda: create(stub, tenant, student_id="s-2", district_id="nope"),
            lambda: stub.UpdateStudent(pb.UpdateStudentRequest(tenant_id=tenant, student_id="s-1",
                                                               district_id="nope")),
        ]
        for call in cases:
            error = status_of(call)
            assert error.code() == grpc.StatusCode.NOT_FOUND
            assert error.details().startswith("district_id 'nope' is not a known District")
            assert "CatalogService.ListCourses" in error.details()

        error = status_of(lambda: create(stub, tenant, student_id="s-3", district_id=other))
        assert error.code() == grpc.StatusCode.NOT_FOUND
        assert repr(other) in error.details()
    finally:
        neo4j_driver.execute_query("MATCH (d:District {id: $id, source: 'sis'}) DELETE d", id=other)

    student = stub.GetStudent(pb.GetStudentRequest(tenant_id=tenant, student_id="s-1")).student
    assert student.district_id == tenant


def test_district_id_cleared_by_empty_value(stub, tenant):
    create(stub, tenant)

    cleared = stub.UpdateStudent(pb.UpdateStudentRequest(tenant_id=tenant, student_id="s-1", district_id=""))

    assert cleared.student.district_id == ""


def test_messages_call_tenant_tenant(stub, tenant):
    create(stub, tenant)
    calls = [
        lambda: create(stub, tenant),
        lambda: stub.GetStudent(pb.GetStudentRequest(tenant_id=tenant, student_id="nobody")),
        lambda: stub.GetMatches(pb.GetMatchesRequest(tenant_id=tenant, student_id="s-1")),
        lambda: stub.GetStudent(pb.GetStudentRequest(tenant_id=tenant, student_id="s-1"),
                                metadata=[("x-tenant-id", "tenant-b")]),
    ]
    for call in calls:
        details = status_of(call).details()
        assert "district" not in details, details
        assert "tenant" in details, details

    duplicate = status_of(lambda: create(stub, tenant)).details()
    assert duplicate.startswith(f"student 's-1' already exists in tenant {tenant!r}")


def test_repeated_retake_adds_one_attempt(stub, tenant):
    create(stub, tenant)
    complete_inventory(stub, tenant, "s-1", SOCIAL_INVESTIGATIVE)
    retake = pb.SubmitInterestInventoryRequest(tenant_id=tenant, student_id="s-1", start_new_attempt=True)

    first = stub.SubmitInterestInventory(retake)
    second = stub.SubmitInterestInventory(retake)
    history = stub.ListAttempts(pb.ListAttemptsRequest(tenant_id=tenant, student_id="s-1"))

    assert first.attempt.attempt_number == 2
    assert second.attempt.attempt_number == 2
    assert second.attempt.answered_items == 0
    assert [a.attempt_number for a in history.interest_attempts] == [2, 1]


def test_grade_stored_as_integer(stub, tenant, neo4j_driver):
    create(stub, tenant, grade=9)
    stub.UpdateStudent(pb.UpdateStudentRequest(tenant_id=tenant, student_id="s-1", grade=11))

    records, _, _ = neo4j_driver.execute_query(
        "MATCH (s:Student {key: $key}) RETURN s.grade AS grade, valueType(s.grade) AS type", key=f"{tenant}|s-1")

    assert records[0]["grade"] == 11
    assert records[0]["type"] == "INTEGER NOT NULL"


def test_sis_text_grades_read(stub, tenant, neo4j_driver):
    create(stub, tenant)

    for stored, expected in [("09", 9), ("KG", 0), ("PS", 0), (10, 10)]:
        neo4j_driver.execute_query("MATCH (s:Student {key: $key}) SET s.grade = $grade",
                                   key=f"{tenant}|s-1", grade=stored)
        student = stub.GetStudent(pb.GetStudentRequest(tenant_id=tenant, student_id="s-1")).student
        assert student.grade == expected, stored
