"""Session fixtures for tests against the running services, shared by tests/gateway and tests/browser.

Both folders import these fixtures; a module-level cache makes one stack, gateway and district serve
the whole session even when both folders run together.
"""

from __future__ import annotations

import uuid

import pytest

from services.gateway.app import create_app
from services.gateway.settings import load_gateway_settings

_shared: dict[str, object] = {}


def _once(name: str, start):
    if name not in _shared:
        _shared[name] = start()
    return _shared[name]


@pytest.fixture(scope="session")
def live_stack(neo4j_driver, neo4j_uri, kafka_bootstrap, tmp_path_factory):
    """Every service whose server module exists, running as real processes against the test Neo4j and Kafka."""
    from tests.gateway.harness import SERVICES, ServiceStack, missing_services, service_env

    def start() -> ServiceStack:
        available = tuple(name for name in SERVICES if name not in missing_services())
        suffix = uuid.uuid4().hex[:10]
        stack = ServiceStack(tmp_path_factory.mktemp("service-logs"),
                             service_env(neo4j_uri, kafka_bootstrap, suffix))
        stack.suffix = suffix
        try:
            stack.start(available)
        except RuntimeError:
            stack.stop()
            raise
        return stack

    stack = _once("stack", start)
    yield stack
    stack.stop()


@pytest.fixture(scope="session")
def live_gateway(live_stack, tmp_path_factory):
    """The gateway on a free port in front of `live_stack`, with the local token issuer on."""
    from tests.gateway.harness import GatewayServer, free_port, new_signing_key

    def start() -> GatewayServer:
        settings = load_gateway_settings(trailmap_gateway_signing_key=new_signing_key(),
                                         trailmap_gateway_dev_issuer=True,
                                         trailmap_audit_log=tmp_path_factory.mktemp("audit") / "audit.jsonl",
                                         **live_stack.addresses())
        server = GatewayServer(create_app(settings), free_port())
        server.start()
        server.app = server.server.config.app
        return server

    server = _once("gateway", start)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def sample_district(live_stack, neo4j_driver, kafka_bootstrap):
    """A synthetic district (unique tenant) with three students, deleted at the end of the session."""
    from tests.gateway.sample import SampleDistrict

    def start() -> SampleDistrict:
        district = SampleDistrict(f"gw-{live_stack.suffix}", live_stack, neo4j_driver, kafka_bootstrap)
        district.create()
        return district

    district = _once("district", start)
    yield district
    district.delete()
