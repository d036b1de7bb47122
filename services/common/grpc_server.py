"""gRPC server bootstrap: health and reflection services, request ids, logging and error mapping.

Health has three names:
- "" and each service's full name: SERVING only while every dependency check passes (Neo4j, Kafka),
  so readiness probes take a pod out of rotation when its store is down;
- "liveness": SERVING while the process runs, so a store outage never restarts healthy pods.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from concurrent import futures
from dataclasses import dataclass, field

import grpc
import neo4j
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from services.common.errors import DomainError
from services.common.logs import request_id_var

log = logging.getLogger(__name__)

LIVENESS_SERVICE = "liveness"
REQUEST_ID_HEADER = "x-request-id"
# gRPC carries the status message in a header that clients reject above 16 KiB, so longer messages
# (an error quoting a huge invalid value, say) are cut to this many characters.
MAX_STATUS_MESSAGE_CHARS = 2000


def _status_message(text: str) -> str:
    if len(text) <= MAX_STATUS_MESSAGE_CHARS:
        return text
    return text[:MAX_STATUS_MESSAGE_CHARS] + f"... ({len(text) - MAX_STATUS_MESSAGE_CHARS} more characters cut)"

DependencyCheck = Callable[[], bool]


def _wrap_unary(behavior, method: str):
    def handler(request, context: grpc.ServicerContext):
        metadata = dict(context.invocation_metadata() or ())
        request_id = metadata.get(REQUEST_ID_HEADER) or uuid.uuid4().hex
        token = request_id_var.set(request_id)
        context.set_trailing_metadata(((REQUEST_ID_HEADER, request_id),))
        started = time.perf_counter()
        code = grpc.StatusCode.OK
        try:
            return behavior(request, context)
        except DomainError as error:
            code = error.code
            context.abort(error.code, _status_message(str(error)))
        except neo4j.exceptions.ServiceUnavailable as error:
            code = grpc.StatusCode.UNAVAILABLE
            log.error("neo4j unavailable during request", extra={"method": method, "error": str(error)})
            context.abort(grpc.StatusCode.UNAVAILABLE, "the graph database is unavailable; retry shortly")
        except Exception:
            if context.code() is not None:
                # context.abort() raises; keep the status it set.
                code = context.code()
                raise
            code = grpc.StatusCode.INTERNAL
            log.exception("unhandled error in request", extra={"method": method})
            context.abort(grpc.StatusCode.INTERNAL, f"internal error; quote request id {request_id} when reporting it")
        finally:
            elapsed_ms = (time.perf_counter() - started) * 1000
            log.info("request", extra={"method": method, "code": code.name, "duration_ms": round(elapsed_ms, 2)})
            request_id_var.reset(token)

    return handler


class RequestInterceptor(grpc.ServerInterceptor):
    """Give each unary call a request id, log it with its status and time, and map domain errors."""

    def intercept_service(self, continuation, handler_call_details):
        handler = continuation(handler_call_details)
        if handler is None or handler.unary_unary is None or handler_call_details.method.startswith("/grpc."):
            return handler
        return grpc.unary_unary_rpc_method_handler(
            _wrap_unary(handler.unary_unary, handler_call_details.method),
            request_deserializer=handler.request_deserializer,
            response_serializer=handler.response_serializer,
        )


@dataclass
class HealthMonitor:
    """Poll dependency checks in a thread and publish the result on the health servicer."""

    servicer: health.HealthServicer
    service_names: list[str]
    checks: dict[str, DependencyCheck]
    interval_s: float = 2.0
    _stop: threading.Event = field(default_factory=threading.Event)
    last_failures: list[str] = field(default_factory=list)

    def check_once(self) -> bool:
        failures = [name for name, check in self.checks.items() if not _safe(check)]
        status = health_pb2.HealthCheckResponse.NOT_SERVING if failures else health_pb2.HealthCheckResponse.SERVING
        for name in ["", *self.service_names]:
            self.servicer.set(name, status)
        if failures != self.last_failures:
            log.warning("dependency health changed", extra={"failing": ",".join(failures) or "none"})
            self.last_failures = failures
        return not failures

    def start(self) -> None:
        self.check_once()
        threading.Thread(target=self._loop, name="health-monitor", daemon=True).start()

    def _loop(self) -> None:
        while not self._stop.wait(self.interval_s):
            self.check_once()

    def stop(self) -> None:
        self._stop.set()


def _safe(check: DependencyCheck) -> bool:
    try:
        return bool(check())
    except Exception:  # noqa: BLE001 - a check that raises counts as failing
        return False


@dataclass
class GrpcServer:
    server: grpc.Server
    port: int
    health: health.HealthServicer
    monitor: HealthMonitor

    def stop(self, grace_s: float = 5.0) -> None:
        self.monitor.stop()
        self.health.enter_graceful_shutdown()
        self.server.stop(grace_s).wait()

    def wait(self) -> None:
        self.server.wait_for_termination()


def start_server(*, port: int, registrations: Iterable[tuple[Callable, object]], service_names: list[str],
                 checks: dict[str, DependencyCheck], host: str | None = None, max_workers: int = 16,
                 enable_reflection: bool = True, health_interval_s: float = 2.0) -> GrpcServer:
    """Start a server with the given servicers plus health and reflection; port 0 picks a free port.

    The address is `host`, else TRAILMAP_BIND_HOST, else 0.0.0.0 (all interfaces, as in a pod).
    """
    host = host or os.environ.get("TRAILMAP_BIND_HOST", "0.0.0.0")
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=max_workers),
                         interceptors=[RequestInterceptor()],
                         options=[("grpc.max_receive_message_length", 16 * 1024 * 1024),
                                  ("grpc.max_send_message_length", 32 * 1024 * 1024),
                                  # Clients reconnect every few minutes, so pods added by an autoscaler
                                  # start receiving calls from clients that resolved the old pod list.
                                  ("grpc.max_connection_age_ms", 300_000),
                                  ("grpc.max_connection_age_grace_ms", 30_000),
                                  # Without this a second process binds the same port and the two
                                  # share its calls; with it the second start fails.
                                  ("grpc.so_reuseport", 0)])
    for add_to_server, servicer in registrations:
        add_to_server(servicer, server)

    health_servicer = health.HealthServicer(experimental_non_blocking=True)
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    health_servicer.set(LIVENESS_SERVICE, health_pb2.HealthCheckResponse.SERVING)
    if enable_reflection:
        reflection.enable_server_reflection(
            [*service_names, health_pb2.DESCRIPTOR.services_by_name["Health"].full_name, reflection.SERVICE_NAME],
            server)

    try:
        bound = server.add_insecure_port(f"{host}:{port}")
    except RuntimeError:
        bound = 0
    if bound == 0:
        raise OSError(f"could not bind gRPC port {host}:{port}: it is in use or not allowed; "
                      f"stop the process that holds it or set the service's port setting to a free port")
    server.start()

    monitor = HealthMonitor(health_servicer, list(service_names), checks, interval_s=health_interval_s)
    monitor.start()
    log.info("grpc server started", extra={"port": bound, "services": ",".join(service_names)})
    return GrpcServer(server, bound, health_servicer, monitor)


def run_until_signal(server: GrpcServer, grace_s: float = 5.0) -> None:
    """Block until SIGTERM or SIGINT, then drain: NOT_SERVING first, then stop with a grace period."""
    stopping = threading.Event()

    def on_signal(signum, _frame):
        log.info("stopping on signal", extra={"signal": signum})
        stopping.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    stopping.wait()
    server.stop(grace_s)
    log.info("grpc server stopped")
