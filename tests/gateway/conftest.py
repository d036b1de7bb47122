"""Fixtures for gateway tests: settings with a test key, an app and a token factory."""

from __future__ import annotations

import secrets
import socket

import pytest
from fastapi.testclient import TestClient

from services.gateway.app import create_app
from services.gateway.auth import Principal, Role, issue_token
from services.gateway.settings import load_gateway_settings
from tests.gateway.live_fixtures import live_gateway, live_stack, sample_district  # noqa: F401


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def signing_key() -> str:
    return secrets.token_urlsafe(48)


@pytest.fixture
def offline_settings(signing_key, tmp_path):
    """Settings whose service addresses point at closed ports, for tests that need no service."""
    port = _closed_port()
    return load_gateway_settings(
        trailmap_gateway_signing_key=signing_key,
        trailmap_gateway_dev_issuer=True,
        trailmap_catalog_addr=f"127.0.0.1:{port}",
        trailmap_profile_addr=f"127.0.0.1:{port}",
        trailmap_pathfinding_addr=f"127.0.0.1:{port}",
        trailmap_progress_addr=f"127.0.0.1:{port}",
        trailmap_grpc_deadline_s=0.5,
        trailmap_audit_log=tmp_path / "audit.jsonl",
    )


@pytest.fixture
def offline_client(offline_settings):
    with TestClient(create_app(offline_settings)) as client:
        yield client


@pytest.fixture
def bearer(signing_key):
    """Build an Authorization header for a role in a tenant."""

    def make(role: str, tenant: str = "district-a", student_id: str | None = None,
             counselor_id: str | None = None, key: str | None = None, ttl_s: int = 600,
             now: float | None = None) -> dict[str, str]:
        principal = Principal(sub=f"user-{role}", tenant=tenant, role=Role(role), student_id=student_id,
                              counselor_id=counselor_id)
        token = issue_token(principal, key or signing_key, ttl_s, now=now)
        return {"Authorization": f"Bearer {token}"}

    return make

