"""The gateway against the real services: scoping with a real caseload, the student flow over REST,
and audit entries for every student read."""

from __future__ import annotations

import httpx
import pytest

from tests.gateway.sample import NURSING_ASSISTANTS

pytestmark = [pytest.mark.integration, pytest.mark.catalog_data]

LANES = {"past", "this_year", "high_school", "after_high_school", "first_job", "later"}


def _token(gateway, tenant: str, role: str, **ids) -> dict[str, str]:
    response = httpx.post(f"{gateway.url}/api/v1/dev/token", json={"role": role, "tenant": tenant, **ids})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


@pytest.fixture(scope="module")
def api(live_gateway):
    with httpx.Client(base_url=f"{live_gateway.url}/api/v1", timeout=30) as client:
        yield client


def test_readyz_reports_every_service(live_gateway):
    response = httpx.get(f"{live_gateway.url}/readyz")

    assert response.status_code == 200, response.text
    assert set(response.json()["services"]) == {"catalog", "profile", "pathfinding", "progress"}


def test_student_reads_own_record(api, live_gateway, sample_district):
    headers = _token(live_gateway, sample_district.tenant, "student", student_id="S-100")

    response = api.get("/students/S-100", headers=headers)

    assert response.status_code == 200, response.text
    assert response.json()["student_id"] == "S-100"
    assert response.json()["grade"] == 10


def test_student_cannot_read_classmate(api, live_gateway, sample_district):
    headers = _token(live_gateway, sample_district.tenant, "student", student_id="S-100")

    response = api.get("/students/S-200/plan", headers=headers)

    assert response.status_code == 404
    entry = live_gateway.app.state.audit.entries[-1]
    assert (entry.student_id, entry.outcome[:6]) == ("S-200", "denied")


def test_other_district_admin_gets_404(api, live_gateway, sample_district):
    headers = _token(live_gateway, f"{sample_district.tenant}-other", "administrator")

    response = api.get("/students/S-100", headers=headers)

    assert response.status_code == 404


def test_counselor_reads_caseload_student(api, live_gateway, sample_district):
    headers = _token(live_gateway, sample_district.tenant, "counselor", counselor_id=sample_district.counselor_id)

    caseload = api.get("/caseload", headers=headers)
    plan = api.get("/students/S-200/plan", headers=headers)

    assert caseload.status_code == 200, caseload.text
    assert {entry["student_id"] for entry in caseload.json()["entries"]} == {"S-100", "S-200", "S-300"}
    assert plan.status_code == 200, plan.text
    assert caseload.headers["cache-control"] == "no-store"
    listed = {entry.student_id for entry in live_gateway.app.state.audit.entries
              if entry.endpoint == "GET /api/v1/caseload" and entry.tenant == sample_district.tenant}
    assert listed == {"S-100", "S-200", "S-300"}


def test_counselor_outside_caseload_gets_404(api, live_gateway, sample_district):
    headers = _token(live_gateway, sample_district.tenant, "counselor", counselor_id="school:another-school")

    response = api.get("/students/S-100", headers=headers)

    assert response.status_code == 404
    assert live_gateway.app.state.audit.entries[-1].outcome == "denied: not in the counselor's caseload"


def test_career_search_and_card(api, live_gateway, sample_district):
    headers = _token(live_gateway, sample_district.tenant, "partner")

    search = api.get("/careers", params={"q": "nurse"}, headers=headers)
    card = api.get(f"/careers/{NURSING_ASSISTANTS}", params={"state": "WI"}, headers=headers)

    assert search.status_code == 200, search.text
    assert any(career["onetsoc"] == "29-1141.00" for career in search.json()["careers"])
    assert search.json()["careers"][0]["median_wage"] > 0
    assert card.status_code == 200, card.text
    assert card.json()["outlook"]["median_wage"] > 0
    assert "O*NET" in card.json()["attribution"]


def test_student_flow_over_rest(api, live_gateway, sample_district):
    headers = _token(live_gateway, sample_district.tenant, "student", student_id="S-100")

    inventory = api.get("/students/S-100/inventory", headers=headers).json()
    answers = [{"item_id": item["item_id"], "answer": "like" if item["area"] in ("social", "investigative") else "dislike"}
               for item in inventory["items"]]
    submitted = api.put("/students/S-100/inventory", json={"answers": answers}, headers=headers)
    matches = api.get("/students/S-100/matches", headers=headers)
    routes = api.post("/students/S-100/routes/find", json={"onetsoc": NURSING_ASSISTANTS}, headers=headers)

    assert submitted.status_code == 200, submitted.text
    assert submitted.json()["attempt"]["status"] == "complete"
    assert matches.status_code == 200, matches.text
    assert matches.json()["matches"][0]["reasons"]
    assert routes.status_code == 200, routes.text
    all_routes = [route for group in routes.json()["groups"] for route in group["routes"]]
    assert all_routes
    best = min(all_routes, key=lambda route: route["rank"])
    assert best["explanation"]
    assert {step["lane"] for route in all_routes for step in route["steps"]} <= LANES

    chosen = api.put("/students/S-100/plan", json={"onetsoc": NURSING_ASSISTANTS, "route_id": best["route_id"]},
                     headers=headers)
    plan = api.get("/students/S-100/plan", headers=headers)
    record = api.get("/students/S-100", headers=headers)

    assert chosen.status_code == 200, chosen.text
    assert plan.json()["plan"]["route_id"] == best["route_id"]
    assert plan.json()["plan"]["milestones"]
    assert NURSING_ASSISTANTS in record.json()["aspirations"]["target_onetsoc"]


def test_goal_keeps_other_targets(api, live_gateway, sample_district):
    headers = _token(live_gateway, sample_district.tenant, "student", student_id="S-100")

    first = api.post("/students/S-100/goals", json={"onetsoc": NURSING_ASSISTANTS}, headers=headers)
    second = api.post("/students/S-100/goals", json={"onetsoc": "29-1141.00"}, headers=headers)
    again = api.post("/students/S-100/goals", json={"onetsoc": "29-1141.00"}, headers=headers)

    assert first.status_code == 200, first.text
    assert second.status_code == 200, second.text
    targets = again.json()["aspirations"]["target_onetsoc"]
    assert targets.count("29-1141.00") == 1
    assert NURSING_ASSISTANTS in targets


def test_partner_routes_inline(api, live_gateway, sample_district):
    headers = _token(live_gateway, sample_district.tenant, "partner")
    body = {"onetsoc": NURSING_ASSISTANTS, "student": {"grade": 10, "district_id": "prairie-sun-wi"}}

    response = api.post("/routes/find", json=body, headers=headers)

    assert response.status_code == 200, response.text
    assert response.json()["total_routes"] > 0


def test_every_student_read_is_audited(api, live_gateway, sample_district):
    headers = _token(live_gateway, sample_district.tenant, "administrator")
    before = len(live_gateway.app.state.audit.entries)

    api.get("/students/S-300", headers=headers)
    api.get("/students/S-300/plan", headers=headers)

    entries = live_gateway.app.state.audit.entries[before:]
    assert [entry.endpoint for entry in entries] == ["GET /api/v1/students/{student_id}",
                                                     "GET /api/v1/students/{student_id}/plan"]
    assert all(entry.outcome == "allowed" for entry in entries)
