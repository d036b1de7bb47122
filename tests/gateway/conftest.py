"""Fixtures for gateway tests: settings with a test key, an app and a token factory."""

from __future__ import annotations

import secrets
import socket
import uuid

import pytest
from fastapi.testclient import TestClient

from services.gateway.app import create_app
from services.gateway.auth import Principal, Role, issue_token
from services.gateway.settings import load_gateway_settings


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


@pytest.fixture(scope="session")
def live_stack(neo4j_driver, neo4j_uri, kafka_bootstrap, tmp_path_factory):
    """Every service whose server module exists, running as real processes against the test Neo4j and Kafka."""
    from tests.gateway.harness import SERVICES, ServiceStack, missing_services, service_env

    available = tuple(name for name in SERVICES if name not in missing_services())
    suffix = uuid.uuid4().hex[:10]
    stack = ServiceStack(tmp_path_factory.mktemp("service-logs"), service_env(neo4j_uri, kafka_bootstrap, suffix))
    stack.suffix = suffix
    try:
        stack.start(available)
    except RuntimeError:
        stack.stop()
        raise
    yield stack
    stack.stop()


@pytest.fixture(scope="session")
def live_gateway(live_stack, tmp_path_factory):
    """The gateway on a free port in front of `live_stack`, with the local token issuer on."""
    from tests.gateway.harness import GatewayServer, free_port, new_signing_key

    settings = load_gateway_settings(trailmap_gateway_signing_key=new_signing_key(), trailmap_gateway_dev_issuer=True,
                                     trailmap_audit_log=tmp_path_factory.mktemp("audit") / "audit.jsonl",
                                     **live_stack.addresses())
    server = GatewayServer(create_app(settings), free_port())
    server.start()
    server.app = server.server.config.app
    yield server
    server.stop()


def require_services(*names: str) -> None:
    from tests.gateway.harness import missing_services

    missing = [name for name in names if name in missing_services()]
    if missing:
        pytest.skip(f"service not built yet: {', '.join(missing)}")


@pytest.fixture(scope="session")
def sample_district(live_stack, neo4j_driver, kafka_bootstrap):
    """A synthetic district (unique tenant) with three students, deleted at the end of the session."""
    from tests.gateway.sample import SampleDistrict

    district = SampleDistrict(f"gw-{live_stack.suffix}", live_stack, neo4j_driver, kafka_bootstrap)
    district.create()
    yield district
    district.delete()
