"""Response details that need no running service: unknown amounts, error mapping, audit of lists, caching.

Downstream services are replaced by a fake `ServiceClients` whose calls return canned messages or fail the
way a gRPC call fails, so the gateway's own mapping is what these tests check.
"""

from __future__ import annotations

import grpc
import pytest
from fastapi.testclient import TestClient
from trailmap.catalog.v1 import catalog_pb2
from trailmap.pathfinding.v1 import pathfinding_pb2 as pf
from trailmap.progress.v1 import progress_pb2

from services.gateway.app import create_app
from services.gateway.clients import message_to_json
from services.gateway.errors import CODE_NOT_FOUND_FIX, STUDENT_NOT_FOUND_FIX, api_error_from_grpc, rest_field


class FakeRpcError(grpc.RpcError):
    def __init__(self, code: grpc.StatusCode, details: str) -> None:
        super().__init__(details)
        self._code = code
        self._details = details

    def code(self) -> grpc.StatusCode:
        return self._code

    def details(self) -> str:
        return self._details


class FakeClients:
    """Canned responses per (service, method); a (code, details) pair makes that call fail."""

    def __init__(self, responses: dict[tuple[str, str], object]) -> None:
        self.responses = responses

    def call(self, service, method, request, *, tenant=None, deadline_s=None, fields=None):
        answer = self.responses.get((service, method))
        if isinstance(answer, tuple):
            raise api_error_from_grpc(FakeRpcError(*answer), service, fields)
        if answer is None:
            raise AssertionError(f"unexpected call {service}.{method}")
        return answer

    def call_many(self, service, method, requests, *, tenant=None, deadline_s=None):
        return [self.call(service, method, request) for request in requests]

    def check_health(self):
        return {}

    def close(self):
        pass


@pytest.fixture
def fake_app(offline_settings):
    def make(responses: dict) -> tuple[TestClient, object]:
        app = create_app(offline_settings, clients=FakeClients(responses))
        return TestClient(app), app

    return make


def test_unset_optional_amount_is_null():
    route = pf.Route(outlook=pf.Outlook(years_to_career=2.0, expected_debt=0.0))

    outlook = message_to_json(route)["outlook"]

    assert outlook["expected_cost"] is None
    assert outlook["median_pay"] is None
    assert outlook["growth_pct"] is None


def test_real_zero_amount_stays_zero():
    route = pf.Route(outlook=pf.Outlook(expected_debt=0.0, growth_pct=0.0))

    outlook = message_to_json(route)["outlook"]

    assert outlook["expected_debt"] == 0.0
    assert outlook["growth_pct"] == 0.0


def test_fields_without_presence_keep_defaults():
    data = message_to_json(pf.Route())

    assert data["rank"] == 0
    assert data["steps"] == []
    assert "student_id" not in message_to_json(pf.StudentRef(state=pf.StudentState(grade=9)))


def test_step_keeps_link_rule_and_derived():
    derived = message_to_json(pf.Step(kind=pf.STEP_KIND_HS_COURSE, link_rule="sced_knowledge_v2", derived=True))
    published = message_to_json(pf.Step(kind=pf.STEP_KIND_PROGRAM))

    assert derived["link_rule"] == "sced_knowledge_v2"
    assert derived["derived"] is True
    assert published["link_rule"] == ""
    assert published["derived"] is False


def test_career_summary_unknown_growth_is_null():
    unknown = message_to_json(pf.CareerSummary(onetsoc="11-1011.00", title="Chief Executives"))
    zero = message_to_json(pf.CareerSummary(onetsoc="29-1141.00", title="Registered Nurses", growth_pct=0.0))

    assert unknown["median_pay"] is None
    assert unknown["growth_pct"] is None
    assert zero["growth_pct"] == 0.0


def test_unknown_wage_in_catalog_is_null():
    data = message_to_json(catalog_pb2.CareerRef(onetsoc="11-1011.00", title="Chief Executives"))

    assert data["median_wage"] is None


@pytest.mark.parametrize(("message", "fields", "expected"), [
    ("page_token 'abc' is invalid; pass next_page_token", None, "page_token"),
    ("state 'ZZ' is not a US state or territory postal code; use e.g. TX", None, "state"),
    ("query '!!' has no words; type a job title such as 'nurse'", {"query": "q"}, "q"),
    ("answer 7 for item 1.B.1.a-1 is out of range", None, "answers[].answer"),
    ("an answer has no item_id; copy item ids", None, "answers[].item_id"),
    ("the request has nothing to say", None, None),
])
def test_rest_field_from_service_message(message, fields, expected):
    assert rest_field(message, fields) == expected


def test_grpc_error_uses_rest_names():
    error = api_error_from_grpc(FakeRpcError(grpc.StatusCode.NOT_FOUND,
                                             "career 11-9999.00 not found; search with SearchCareers"), "catalog")

    assert error.status == 404
    assert "SearchCareers" not in error.message
    assert "GET /api/v1/careers?q=" in error.message
    assert error.field == "onetsoc"
    assert error.fix == CODE_NOT_FOUND_FIX


def test_grpc_error_hides_python_none():
    error = api_error_from_grpc(FakeRpcError(
        grpc.StatusCode.INVALID_ARGUMENT, "the stored student has no usable grade (None) or no district_id"),
        "pathfinding")

    assert "None" not in error.message
    assert error.field == "student_id"


def test_missing_student_same_404_for_every_staff_role(fake_app, bearer):
    missing = (grpc.StatusCode.NOT_FOUND, "student 'S-404' not found in tenant 'district-a'; import it first")
    client, _app = fake_app({("profile", "GetStudent"): missing,
                             ("progress", "ListCaseload"): progress_pb2.ListCaseloadResponse()})

    admin = client.get("/api/v1/students/S-404", headers=bearer("administrator"))
    counselor = client.get("/api/v1/students/S-404", headers=bearer("counselor", counselor_id="C1"))

    assert admin.status_code == counselor.status_code == 404
    admin_error = {key: value for key, value in admin.json()["error"].items() if key != "request_id"}
    counselor_error = {key: value for key, value in counselor.json()["error"].items() if key != "request_id"}
    assert admin_error == counselor_error
    assert "district-a" not in admin.text
    assert admin_error["field"] == "student_id"


def test_missing_career_fix_names_the_code(fake_app, bearer):
    missing = (grpc.StatusCode.NOT_FOUND, "career 11-9999.00 not found; search with SearchCareers")
    client, _app = fake_app({("catalog", "GetCareer"): missing})

    response = client.get("/api/v1/careers/11-9999.00", headers=bearer("partner"))

    assert response.status_code == 404
    assert response.json()["error"]["fix"] == CODE_NOT_FOUND_FIX
    assert response.json()["error"]["fix"] != STUDENT_NOT_FOUND_FIX


def test_search_uses_hit_wages_without_get_career(fake_app, bearer):
    known = catalog_pb2.CareerRef(onetsoc="29-1141.00", title="Registered Nurses", median_wage=93600.0)
    unknown = catalog_pb2.CareerRef(onetsoc="11-1011.00", title="Chief Executives")
    hits = catalog_pb2.SearchCareersResponse(hits=[catalog_pb2.SearchHit(career=known, score=1.0),
                                                   catalog_pb2.SearchHit(career=unknown, score=0.5)])
    client, _app = fake_app({("catalog", "SearchCareers"): hits})

    response = client.get("/api/v1/careers?q=nurse", headers=bearer("partner"))

    assert response.status_code == 200, response.text
    careers = response.json()["careers"]
    assert careers[0]["median_wage"] == 93600.0
    assert careers[1]["median_wage"] is None


def test_district_returns_state(fake_app, bearer):
    district = catalog_pb2.District(id="grand-bend", name="Grand Bend", state="TX")
    client, _app = fake_app({("catalog", "GetDistrict"): catalog_pb2.GetDistrictResponse(district=district)})

    response = client.get("/api/v1/districts/grand-bend", headers=bearer("student", student_id="S1"))

    assert response.status_code == 200, response.text
    assert response.json() == {"id": "grand-bend", "name": "Grand Bend", "state": "TX"}


def test_unknown_district_names_district_id(fake_app, bearer):
    missing = (grpc.StatusCode.NOT_FOUND, "district 'nowhere' not found; check the student's district_id")
    client, _app = fake_app({("catalog", "GetDistrict"): missing})

    response = client.get("/api/v1/districts/nowhere", headers=bearer("partner"))

    assert response.status_code == 404
    assert response.json()["error"]["field"] == "district_id"


def test_invalid_json_body_is_invalid_json(offline_client, bearer):
    headers = {**bearer("partner"), "Content-Type": "application/json"}

    response = offline_client.post("/api/v1/routes/find", content=b'{"onetsoc": "29-1141.00",', headers=headers)

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_json"
    assert error["field"] == "body"
    assert "JSON" in error["fix"]


def test_api_responses_are_not_stored(offline_client, bearer):
    signed_in = offline_client.get("/api/v1/me", headers=bearer("student", student_id="S1"))
    refused = offline_client.get("/api/v1/students/S2", headers=bearer("student", student_id="S1"))

    for response in (signed_in, refused):
        assert response.headers["cache-control"] == "no-store"
        assert response.headers["pragma"] == "no-cache"


def test_web_page_may_be_revalidated(offline_client):
    response = offline_client.get("/")

    assert response.headers["cache-control"] == "no-cache"
    assert "pragma" not in response.headers


def test_caseload_read_audits_each_student(fake_app, bearer):
    caseload = progress_pb2.ListCaseloadResponse(entries=[
        progress_pb2.CaseloadEntry(student_id="S1", grade_level="09"),
        progress_pb2.CaseloadEntry(student_id="S2", grade_level="12")], total_size=2)
    client, app = fake_app({("progress", "ListCaseload"): caseload})

    response = client.get("/api/v1/caseload", headers=bearer("counselor", counselor_id="C1"))

    assert response.status_code == 200, response.text
    entries = app.state.audit.entries
    assert [entry.student_id for entry in entries] == ["S1", "S2"]
    assert {entry.endpoint for entry in entries} == {"GET /api/v1/caseload"}
    assert {entry.outcome for entry in entries} == {"allowed: listed in caseload C1"}
    assert {entry.access for entry in entries} == {"read"}


def test_alerts_read_audits_each_student(fake_app, bearer):
    alerts = progress_pb2.ListAlertsResponse(alerts=[
        progress_pb2.Alert(alert_id="a1", student_id="S1"), progress_pb2.Alert(alert_id="a2", student_id="S1"),
        progress_pb2.Alert(alert_id="a3", student_id="S3")])
    client, app = fake_app({("progress", "ListAlerts"): alerts})

    response = client.get("/api/v1/alerts", headers=bearer("administrator"))

    assert response.status_code == 200, response.text
    assert [entry.student_id for entry in app.state.audit.entries] == ["S1", "S3"]
    assert app.state.audit.entries[0].outcome == "allowed: listed in district alerts"


def test_write_is_audited_as_write(fake_app, bearer, caplog):
    client, app = fake_app({("profile", "SubmitWorkValues"): (grpc.StatusCode.UNAVAILABLE, "down")})
    order = ["achievement", "working_conditions", "recognition", "relationships", "support", "independence"]

    with caplog.at_level("INFO", logger="trailmap.audit"):
        client.put("/api/v1/students/S1/values", json={"order": order}, headers=bearer("student", student_id="S1"))

    assert app.state.audit.entries[0].access == "write"
    assert "student record written" in [record.getMessage() for record in caplog.records]
    assert "student record read" not in [record.getMessage() for record in caplog.records]
