"""Grand Bend and Clever samples end to end: importer -> Kafka -> consumer -> Neo4j -> ProgressService."""

from __future__ import annotations

import grpc
import pytest

from services.common.events import make_envelope
from services.common.grpc_server import start_server
from services.progress.server import ProgressServicer
from tests.progress.helpers import SIS, Pipeline
from trailmap.progress.v1 import progress_pb2 as pb
from trailmap.progress.v1 import progress_pb2_grpc

pytestmark = [pytest.mark.integration,
              pytest.mark.skipif(not SIS.is_dir(), reason=f"SIS samples not found at {SIS}")]

NURSE = "29-1141.00"


@pytest.fixture
def pipeline(kafka_bootstrap, neo4j_driver, unique_name):
    pipeline = Pipeline(kafka_bootstrap, neo4j_driver, unique_name)
    tenants = []
    yield pipeline, tenants
    pipeline.close()
    for tenant in tenants:
        pipeline.repository.delete_tenant(tenant)
    pipeline.delete_processed(neo4j_driver)


@pytest.fixture
def stub(pipeline):
    servicer = ProgressServicer(pipeline[0].repository)
    server = start_server(port=0, host="127.0.0.1",
                          registrations=[(progress_pb2_grpc.add_ProgressServiceServicer_to_server, servicer)],
                          service_names=["trailmap.progress.v1.ProgressService"], checks={})
    channel = grpc.insecure_channel(f"127.0.0.1:{server.port}")
    yield progress_pb2_grpc.ProgressServiceStub(channel)
    channel.close()
    server.stop(0)


def _route_for_nursing() -> pb.RouteChosen:
    return pb.RouteChosen(route_id="nursing-1", goal_onetsoc=NURSE, goal_title="Registered Nurses", steps=[
        pb.RouteStep(step_id="bio", kind=pb.STEP_KIND_COURSE, ref_id="BIO", title="Biology", planned_grade=9,
                     prerequisite_course_codes=["SCI-05"]),
        pb.RouteStep(step_id="chem", kind=pb.STEP_KIND_COURSE, ref_id="CHEM", title="Chemistry", planned_grade=10,
                     prerequisite_course_codes=["BIO"]),
        pb.RouteStep(step_id="bsn", kind=pb.STEP_KIND_PROGRAM, ref_id="51.3801|5", title="Nursing BSN",
                     years_after_high_school=4),
    ])


def test_grand_bend_end_to_end(pipeline, stub, unique_name):
    pipe, tenants = pipeline
    tenant = f"grand-bend-{unique_name}"
    tenants.append(tenant)

    roster = pipe.import_path("oneroster", SIS / "oneroster/edfi-lms-toolkit-grandbend-v1p1", tenant)
    edfi_xml = pipe.import_path("edfi", SIS / "edfi/grandbend-xml-v5.2", tenant)
    transcripts = pipe.import_path("edfi", SIS / "edfi/transcripts-json", tenant)
    route = _route_for_nursing()
    route.tenant_id, route.student_id = tenant, "604837"
    route.chosen_at.GetCurrentTime()
    pipe.producer.publish(pipe.plan_topic, make_envelope(route, tenant_id=tenant, subject_key="student:604837",
                                                         producer="test"))
    pipe.producer.flush()
    consumer = pipe.consume()

    expected = len(roster.records) + len(edfi_xml.records) + len(transcripts.records) + 1
    assert consumer.processed == expected
    assert consumer.dead_lettered == 0

    ninth = stub.GetPlan(pb.GetPlanRequest(tenant_id=tenant, student_id="604863"))
    assert ninth.grade_level == "09"
    assert ninth.school_id == "255901001"
    assert ninth.progress.status == pb.TRACK_STATUS_NO_TRANSCRIPT
    assert [reason.code for reason in ninth.progress.reasons] == [pb.REASON_CODE_NO_TRANSCRIPT,
                                                                 pb.REASON_CODE_NO_PLAN]
    assert ninth.progress.audit.earned_unknown
    assert ninth.progress.audit.fallback_used
    assert "prairie-sun-wi" in ninth.progress.audit.note

    failed = stub.GetPlan(pb.GetPlanRequest(tenant_id=tenant, student_id="604837"))
    assert failed.progress.status == pb.TRACK_STATUS_OFF_TRACK
    assert failed.progress.reasons[0].code == pb.REASON_CODE_FAILED_PREREQUISITE
    assert failed.progress.reasons[0].text == ("failed Science, Grade 5; the Registered Nurses route now starts "
                                               "a year later")
    states = [milestone.state for milestone in failed.plan.milestones]
    assert states[0] == pb.MILESTONE_STATE_CLOSED
    assert pb.MILESTONE_STATE_NEXT in states

    caseload = stub.ListCaseload(pb.ListCaseloadRequest(tenant_id=tenant, counselor_id="207268"))
    assert caseload.total_size > 0
    assert all(entry.status in {pb.TRACK_STATUS_NO_PLAN, pb.TRACK_STATUS_NO_TRANSCRIPT}
               for entry in caseload.entries)

    alerts = stub.ListAlerts(pb.ListAlertsRequest(tenant_id=tenant, student_id="604837"))
    assert alerts.alerts[0].code == pb.REASON_CODE_FAILED_PREREQUISITE


def test_clever_end_to_end(pipeline, stub, unique_name):
    pipe, tenants = pipeline
    tenant = f"clever-{unique_name}"
    tenants.append(tenant)

    sftp = pipe.import_path("clever", SIS / "clever/sftp-sandbox-csv", tenant)
    events = pipe.import_path("clever", SIS / "clever/api-v1.2-events", tenant)
    consumer = pipe.consume()

    assert consumer.processed == len(sftp.records) + len(events.records)
    assert consumer.dead_lettered == 0

    caseload = stub.ListCaseload(pb.ListCaseloadRequest(tenant_id=tenant, counselor_id="86", page_size=20))
    assert caseload.total_size == 82
    urgencies = [entry.urgency for entry in caseload.entries]
    assert urgencies == sorted(urgencies, reverse=True)
    assert caseload.entries[0].reason == "no transcript received yet, so earned credits are unknown"
    assert caseload.next_page_token == "20"

    school = stub.ListCaseload(pb.ListCaseloadRequest(tenant_id=tenant, counselor_id="school:13K123"))
    assert school.total_size == 370

    created = stub.GetPlan(pb.GetPlanRequest(tenant_id=tenant, student_id="189492161"))
    assert created.progress.status == pb.TRACK_STATUS_NO_PLAN

    steps = [pb.RouteStep(step_id="chem", kind=pb.STEP_KIND_COURSE, ref_id="Chemistry", title="Chemistry",
                          planned_grade=10),
             pb.RouteStep(step_id="bsn", kind=pb.STEP_KIND_PROGRAM, ref_id="51.3801|5", title="Nursing BSN")]
    chosen = stub.ChooseRoute(pb.ChooseRouteRequest(tenant_id=tenant, student_id="738733110", route_id="r1",
                                                    goal_onetsoc=NURSE, goal_title="Registered Nurses",
                                                    steps=steps))
    assert chosen.plan.route_id == "r1"
    # The Clever feed sends no transcripts, so a plan alone does not make the student on track.
    assert chosen.progress.status == pb.TRACK_STATUS_NO_TRANSCRIPT
    assert chosen.progress.audit.earned_unknown
    assert chosen.plan.milestones[0].state == pb.MILESTONE_STATE_NEXT


def test_unknown_student_not_found(stub, unique_name):
    with pytest.raises(grpc.RpcError) as error:
        stub.GetPlan(pb.GetPlanRequest(tenant_id=f"t-{unique_name}", student_id="nobody"))

    assert error.value.code() == grpc.StatusCode.NOT_FOUND
    assert "'nobody'" in error.value.details()


def test_choose_route_without_steps_invalid(stub, unique_name):
    with pytest.raises(grpc.RpcError) as error:
        stub.ChooseRoute(pb.ChooseRouteRequest(tenant_id="t", student_id="s", route_id="r"))

    assert error.value.code() == grpc.StatusCode.INVALID_ARGUMENT
