"""gRPC health follows the real state of Neo4j: NOT_SERVING while it is stopped, SERVING once back."""

import time

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from services.common.graph import create_driver, neo4j_available
from services.common.grpc_server import LIVENESS_SERVICE, start_server
from services.common.settings import ServiceSettings, load_settings
from tests.conftest import LocalStack

pytestmark = pytest.mark.integration


def _status(stub, service: str = ""):
    return stub.Check(health_pb2.HealthCheckRequest(service=service), timeout=5).status


def _wait_for_status(stub, expected, timeout_s: float = 60.0):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if _status(stub) == expected:
            return True
        time.sleep(0.5)
    return False


def test_health_tracks_neo4j(tmp_path):
    # A private Neo4j, so stopping it does not disturb the other tests.
    stack = LocalStack(tmp_path / "stack")
    stack.start("neo4j")
    settings = load_settings(ServiceSettings, neo4j_uri=f"bolt://127.0.0.1:{stack.env['NEO4J_BOLT_PORT']}")
    driver = create_driver(settings)
    server = start_server(port=0, registrations=[], service_names=["trailmap.test.v1.Probe"],
                          checks={"neo4j": lambda: neo4j_available(driver)}, health_interval_s=0.5)
    channel = grpc.insecure_channel(f"127.0.0.1:{server.port}")
    stub = health_pb2_grpc.HealthStub(channel)
    try:
        assert _wait_for_status(stub, health_pb2.HealthCheckResponse.SERVING)

        stack.stop()
        stack.started.clear()
        assert _wait_for_status(stub, health_pb2.HealthCheckResponse.NOT_SERVING)
        assert _status(stub, "trailmap.test.v1.Probe") == health_pb2.HealthCheckResponse.NOT_SERVING
        assert _status(stub, LIVENESS_SERVICE) == health_pb2.HealthCheckResponse.SERVING

        stack.start("neo4j")
        assert _wait_for_status(stub, health_pb2.HealthCheckResponse.SERVING, timeout_s=120)
    finally:
        channel.close()
        server.stop(0)
        driver.close()
        stack.stop()
