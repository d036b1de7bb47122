"""Token checks, role scoping that needs no downstream service, and the error JSON shape."""

from __future__ import annotations

import json
import time

import jwt
import pytest

from services.common.settings import SettingsError
from services.gateway.app import create_app
from services.gateway.settings import load_gateway_settings


def _error(response) -> dict:
    body = response.json()
    assert set(body) == {"error"}
    assert {"code", "message", "field", "fix"} <= set(body["error"])
    return body["error"]


def test_settings_reject_missing_key(monkeypatch):
    monkeypatch.delenv("TRAILMAP_GATEWAY_SIGNING_KEY", raising=False)

    with pytest.raises(SettingsError) as raised:
        load_gateway_settings()

    assert "TRAILMAP_GATEWAY_SIGNING_KEY" in str(raised.value)
    assert "secrets.token_urlsafe" in str(raised.value)


def test_settings_reject_short_key():
    with pytest.raises(SettingsError, match="at least 32 characters"):
        load_gateway_settings(trailmap_gateway_signing_key="too-short")


def test_missing_token_is_401(offline_client):
    response = offline_client.get("/api/v1/me")

    assert response.status_code == 401
    error = _error(response)
    assert error["code"] == "unauthenticated"
    assert error["field"] == "Authorization"
    assert "Bearer" in error["fix"]


def test_expired_token_is_401(offline_client, bearer):
    headers = bearer("student", student_id="S1", ttl_s=60, now=time.time() - 3600)

    response = offline_client.get("/api/v1/me", headers=headers)

    assert response.status_code == 401
    assert "expired" in _error(response)["message"]


def test_forged_token_is_401(offline_client, bearer):
    headers = bearer("administrator", key="an-attacker-key-that-is-long-enough-0000")

    response = offline_client.get("/api/v1/me", headers=headers)

    assert response.status_code == 401
    assert "signature" in _error(response)["message"]


def test_unsigned_token_is_401(offline_client):
    claims = {"sub": "u", "tenant": "district-a", "role": "administrator", "iss": "trailmap-gateway",
              "aud": "trailmap", "exp": int(time.time()) + 600}
    token = jwt.encode(claims, key=None, algorithm="none")

    response = offline_client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401


def test_wrong_audience_is_401(offline_client, signing_key):
    claims = {"sub": "u", "tenant": "district-a", "role": "administrator", "iss": "trailmap-gateway",
              "aud": "another-app", "exp": int(time.time()) + 600}
    token = jwt.encode(claims, signing_key, algorithm="HS256")

    response = offline_client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401
    assert "Audience" in _error(response)["message"]


def test_student_token_without_student_id_is_401(offline_client, signing_key):
    claims = {"sub": "u", "tenant": "district-a", "role": "student", "iss": "trailmap-gateway",
              "aud": "trailmap", "exp": int(time.time()) + 600}
    token = jwt.encode(claims, signing_key, algorithm="HS256")

    response = offline_client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401
    assert "student_id" in _error(response)["message"]


def test_me_returns_token_scope(offline_client, bearer):
    response = offline_client.get("/api/v1/me", headers=bearer("counselor", counselor_id="C7"))

    assert response.status_code == 200
    assert response.json()["tenant"] == "district-a"
    assert response.json()["role"] == "counselor"
    assert response.json()["counselor_id"] == "C7"


def test_student_cannot_read_another_student(offline_client, bearer):
    headers = bearer("student", student_id="S1")

    response = offline_client.get("/api/v1/students/S2/plan", headers=headers)

    assert response.status_code == 404
    assert _error(response)["field"] == "student_id"
    entry = offline_client.app.state.audit.entries[-1]
    assert entry.student_id == "S2"
    assert entry.actor == "user-student"
    assert entry.outcome.startswith("denied")


def test_guardian_cannot_read_another_student(offline_client, bearer):
    response = offline_client.get("/api/v1/students/S2", headers=bearer("guardian", student_id="S1"))

    assert response.status_code == 404


def test_guardian_cannot_change_inventory(offline_client, bearer):
    response = offline_client.put("/api/v1/students/S1/inventory", json={"answers": []},
                                  headers=bearer("guardian", student_id="S1"))

    assert response.status_code == 403
    assert _error(response)["code"] == "permission_denied"


def test_partner_cannot_read_students(offline_client, bearer):
    response = offline_client.get("/api/v1/students/S1/matches", headers=bearer("partner"))

    assert response.status_code == 403
    assert offline_client.app.state.audit.entries[-1].outcome.startswith("denied")


def test_student_cannot_read_caseload(offline_client, bearer):
    response = offline_client.get("/api/v1/caseload", headers=bearer("student", student_id="S1"))

    assert response.status_code == 403
    assert "counselor" in _error(response)["fix"]


def test_counselor_cannot_read_other_caseload(offline_client, bearer):
    response = offline_client.get("/api/v1/caseload?counselor_id=C9", headers=bearer("counselor", counselor_id="C7"))

    assert response.status_code == 403
    assert _error(response)["field"] == "counselor_id"


def test_audit_file_gets_json_lines(offline_client, offline_settings, bearer):
    offline_client.get("/api/v1/students/S2", headers=bearer("student", student_id="S1"))

    lines = offline_settings.trailmap_audit_log.read_text().splitlines()
    entry = json.loads(lines[-1])
    assert entry["student_id"] == "S2"
    assert entry["tenant"] == "district-a"
    assert entry["endpoint"] == "GET /api/v1/students/{student_id}"
    assert entry["request_id"]


def test_unavailable_service_is_503_with_retry(offline_client, bearer):
    response = offline_client.get("/api/v1/students/S1/plan", headers=bearer("student", student_id="S1"))

    assert response.status_code == 503
    assert response.headers["retry-after"]
    assert "retry" in _error(response)["fix"]
    assert [entry.outcome for entry in offline_client.app.state.audit.entries[-2:]] == ["allowed", "error:503"]


def test_invalid_body_names_field(offline_client, bearer):
    response = offline_client.put("/api/v1/students/S1/values", json={"order": ["support"] * 6},
                                  headers=bearer("student", student_id="S1"))

    assert response.status_code == 422
    error = _error(response)
    assert error["field"] == "order"
    assert "repeated: support" in error["message"]


def test_malformed_student_id_is_422(offline_client, bearer):
    response = offline_client.get("/api/v1/students/%20bad%20id/plan", headers=bearer("administrator"))

    assert response.status_code == 422
    assert _error(response)["field"] == "path.student_id"


def test_request_id_is_echoed(offline_client):
    response = offline_client.get("/healthz", headers={"x-request-id": "abc-123"})

    assert response.headers["x-request-id"] == "abc-123"


def test_dev_issuer_off_by_default(offline_settings):
    settings = offline_settings.model_copy(update={"trailmap_gateway_dev_issuer": False})
    from fastapi.testclient import TestClient

    client = TestClient(create_app(settings))
    response = client.post("/api/v1/dev/token", json={"role": "administrator", "tenant": "district-a"})

    assert response.status_code == 404


def test_dev_issuer_needs_student_id(offline_client):
    response = offline_client.post("/api/v1/dev/token", json={"role": "student", "tenant": "district-a"})

    assert response.status_code == 422
    assert "student_id is required" in _error(response)["message"]


def test_docs_need_no_cdn(offline_client):
    assert offline_client.get("/docs").status_code == 404
    assert offline_client.get("/openapi.json").status_code == 200
