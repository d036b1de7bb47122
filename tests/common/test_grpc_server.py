"""The gRPC bootstrap: exclusive ports and status messages that fit in a header."""

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from services.common.errors import InvalidArgument
from services.common.events import EventConsumer
from services.common.grpc_server import MAX_STATUS_MESSAGE_CHARS, _wrap_unary, start_server
from services.common.memory_broker import InMemoryBroker


def test_second_server_on_same_port_fails():
    first = start_server(port=0, registrations=[], service_names=[], checks={}, host="127.0.0.1")
    try:
        with pytest.raises(OSError) as error:
            start_server(port=first.port, registrations=[], service_names=[], checks={}, host="127.0.0.1")
    finally:
        first.stop(0)

    assert str(first.port) in str(error.value)


def test_health_serves_with_passing_checks():
    server = start_server(port=0, registrations=[], service_names=["trailmap.test.v1.Probe"],
                          checks={"always": lambda: True}, host="127.0.0.1")
    try:
        with grpc.insecure_channel(f"127.0.0.1:{server.port}") as channel:
            status = health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(service="trailmap.test.v1.Probe"), timeout=5).status
    finally:
        server.stop(0)

    assert status == health_pb2.HealthCheckResponse.SERVING


class _Context:
    def __init__(self):
        self.aborted = None

    def invocation_metadata(self):
        return ()

    def set_trailing_metadata(self, metadata):
        pass

    def code(self):
        return None

    def abort(self, code, message):
        self.aborted = (code, message)
        raise RuntimeError("aborted")


def test_huge_error_message_is_cut():
    def behaviour(request, context):
        raise InvalidArgument(f"code {'x' * 50_000!r} is invalid")

    context = _Context()
    with pytest.raises(RuntimeError):
        _wrap_unary(behaviour, "/test/Method")(None, context)

    code, message = context.aborted
    assert code == grpc.StatusCode.INVALID_ARGUMENT
    assert len(message) < MAX_STATUS_MESSAGE_CHARS + 100
    assert "more characters cut" in message


def test_consumer_needs_one_attempt():
    with pytest.raises(ValueError) as error:
        EventConsumer("memory", "group", ["topic"], lambda event: None, max_attempts=0, broker=InMemoryBroker())

    assert "max_attempts=0" in str(error.value)
