"""Start the four gRPC services and the gateway as real processes on free ports, for API and browser tests.

Each service runs as `python -m services.<area>.server` with its `<AREA>_PORT`, against the Neo4j and
Kafka the test session uses, and counts as up when its gRPC health check reports SERVING. The gateway
runs under uvicorn in a thread of the test process.
"""

from __future__ import annotations

import importlib.util
import os
import secrets
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import grpc
import httpx
from grpc_health.v1 import health_pb2, health_pb2_grpc

REPO = Path(__file__).resolve().parents[2]
SERVICES = ("catalog", "profile", "pathfinding", "progress")
START_TIMEOUT_S = 120.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def missing_services() -> list[str]:
    return [name for name in SERVICES if importlib.util.find_spec(f"services.{name}.server") is None]


def _wait_serving(name: str, port: int, process: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"{name} server exited with {process.returncode}:\n{log_path.read_text()[-3000:]}")
            try:
                status = stub.Check(health_pb2.HealthCheckRequest(service=""), timeout=1.0).status
                if status == health_pb2.HealthCheckResponse.SERVING:
                    return
            except grpc.RpcError:
                pass
            time.sleep(0.3)
    raise RuntimeError(f"{name} server did not report SERVING within {START_TIMEOUT_S:.0f} s:\n"
                       f"{log_path.read_text()[-3000:]}")


@dataclass
class ServiceStack:
    """Running service processes and their addresses."""

    log_dir: Path
    env: dict[str, str]
    ports: dict[str, int] = field(default_factory=dict)
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    def start(self, names: tuple[str, ...] = SERVICES) -> None:
        for name in names:
            port = free_port()
            log_path = self.log_dir / f"{name}.log"
            env = {**self.env, f"{name.upper()}_PORT": str(port)}
            with log_path.open("w") as log_file:
                self.processes[name] = subprocess.Popen([sys.executable, "-m", f"services.{name}.server"], cwd=REPO,
                                                        env=env, stdout=log_file, stderr=subprocess.STDOUT)
            self.ports[name] = port
        if "progress" in names and importlib.util.find_spec("services.progress.consumer") is not None:
            log_path = self.log_dir / "progress-consumer.log"
            with log_path.open("w") as log_file:
                self.processes["progress-consumer"] = subprocess.Popen(
                    [sys.executable, "-m", "services.progress.consumer"], cwd=REPO, env=self.env, stdout=log_file,
                    stderr=subprocess.STDOUT)
        for name in names:
            _wait_serving(name, self.ports[name], self.processes[name], self.log_dir / f"{name}.log")

    def addresses(self) -> dict[str, str]:
        # A service that is not running gets a closed port, so its endpoints return 503.
        return {f"trailmap_{name}_addr": f"127.0.0.1:{self.ports.get(name) or free_port()}" for name in SERVICES}

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.terminate()
        for process in self.processes.values():
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()


class GatewayServer:
    """The gateway under uvicorn in a background thread."""

    def __init__(self, app, port: int) -> None:
        import uvicorn

        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                                    log_config=None))
        self.thread = threading.Thread(target=self.server.run, name="gateway", daemon=True)

    def start(self) -> None:
        self.thread.start()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("the gateway did not answer /healthz within 30 s")

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def service_env(neo4j_uri: str, kafka_bootstrap: str, suffix: str) -> dict[str, str]:
    """Environment of the service processes; progress reads and writes topics private to this run."""
    env = dict(os.environ, NEO4J_URI=neo4j_uri, KAFKA_BOOTSTRAP=kafka_bootstrap, TRAILMAP_LOG_LEVEL="WARNING",
               PROGRESS_GROUP=f"progress-gateway-test-{suffix}",
               PROGRESS_RECORDS_TOPIC=records_topic(suffix),
               PROGRESS_PLAN_TOPIC=f"trailmap.progress.plan.v1.gateway-test-{suffix}",
               PROGRESS_ALERTS_TOPIC=f"trailmap.progress.alerts.v1.gateway-test-{suffix}")
    env.setdefault("TRAILMAP_DATA_DIR", str(REPO.parent / "shared" / "data"))
    return env


def records_topic(suffix: str) -> str:
    return f"trailmap.sis.records.v1.gateway-test-{suffix}"


def new_signing_key() -> str:
    return secrets.token_urlsafe(48)
