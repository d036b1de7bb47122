#!/usr/bin/env python3
"""Run Trailmap on this machine: local Neo4j and Kafka, the real catalog, a sample district, the
four gRPC services, the progress consumer and the gateway with the web UI.

    scripts/run_local.sh            # what the README calls the main command
    scripts/run_local.sh --no-wait  # start everything, print the addresses, and return

Steps, each idempotent so a second run reuses what the first one left:
1. start Neo4j and Kafka (scripts/stack.py; ports from NEO4J_BOLT_PORT, KAFKA_PORT);
2. apply the Neo4j schema and create the Kafka topics;
3. load the public catalog from TRAILMAP_DATA_DIR (skipped when the same data is already loaded);
4. start the services and wait until each reports SERVING on the gRPC health service;
5. import the sample district's SIS files through Kafka and print ranked routes for one student;
6. serve the web UI on http://127.0.0.1:GATEWAY_PORT until Ctrl-C, then stop the services.
"""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTHON = str(REPO / ".venv" / "bin" / "python")

GRPC_SERVICES = {
    "catalog": ("CATALOG_PORT", 50051),
    "profile": ("PROFILE_PORT", 50052),
    "pathfinding": ("PATHFINDING_PORT", 50053),
    "progress": ("PROGRESS_PORT", 50054),
}


def run_step(title: str, command: list[str], env: dict[str, str]) -> None:
    print(f"==> {title}", flush=True)
    result = subprocess.run(command, cwd=REPO, env=env)
    if result.returncode != 0:
        raise SystemExit(f"error: step '{title}' failed with exit code {result.returncode}: {' '.join(command)}")


def signing_key(stack_dir: Path) -> str:
    """Return the gateway signing key of this local stack, generated once and kept in the stack folder."""
    if key := os.environ.get("TRAILMAP_GATEWAY_SIGNING_KEY"):
        return key
    path = stack_dir / "gateway-signing-key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


def wait_serving(name: str, port: int, process: subprocess.Popen, log: Path, timeout_s: float = 120) -> None:
    import grpc
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    deadline = time.monotonic() + timeout_s
    with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise SystemExit(f"error: {name} exited with code {process.returncode}; read {log}")
            try:
                status = stub.Check(health_pb2.HealthCheckRequest(service=""), timeout=2).status
                if status == health_pb2.HealthCheckResponse.SERVING:
                    return
            except grpc.RpcError:
                pass
            time.sleep(0.5)
    raise SystemExit(f"error: {name} did not report SERVING on port {port} within {timeout_s} s; read {log}")


def wait_http(url: str, process: subprocess.Popen, log: Path, timeout_s: float = 60) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"error: the gateway exited with code {process.returncode}; read {log}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"error: {url} did not respond within {timeout_s} s; read {log}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-wait", action="store_true", help="return once everything is up instead of serving until Ctrl-C")
    parser.add_argument("--stop", action="store_true", help="stop the services and the local stack, then exit")
    args = parser.parse_args()

    env = dict(os.environ)
    env.setdefault("TRAILMAP_DATA_DIR", str(REPO.parent / "shared" / "data"))
    env.setdefault("TRAILMAP_STACK_DIR", str(REPO / ".stack"))
    stack_dir = Path(env["TRAILMAP_STACK_DIR"])
    env.setdefault("NEO4J_URI", f"bolt://127.0.0.1:{env.get('NEO4J_BOLT_PORT', '7687')}")
    env.setdefault("KAFKA_BOOTSTRAP", f"127.0.0.1:{env.get('KAFKA_PORT', '9092')}")
    gateway_port = int(env.get("GATEWAY_PORT", "8080"))
    for name, (variable, default) in GRPC_SERVICES.items():
        env.setdefault(variable, str(default))
        env.setdefault(f"TRAILMAP_{name.upper()}_ADDR", f"127.0.0.1:{env[variable]}")
    env["TRAILMAP_GATEWAY_SIGNING_KEY"] = signing_key(stack_dir)
    env.setdefault("TRAILMAP_GATEWAY_DEV_ISSUER", "true")
    env.setdefault("TRAILMAP_LIVENESS_FILE", str(stack_dir / "progress-consumer.alive"))
    env.setdefault("TRAILMAP_AUDIT_LOG", str(stack_dir / "audit.jsonl"))
    # The local stack serves this machine only; a pod sets 0.0.0.0 through its own environment.
    env.setdefault("TRAILMAP_BIND_HOST", "127.0.0.1")

    pid_dir = stack_dir / "services"
    if args.stop:
        stop_services(pid_dir)
        run_step("stop Neo4j and Kafka", [PYTHON, "scripts/stack.py", "stop"], env)
        return 0

    if not Path(env["TRAILMAP_DATA_DIR"]).is_dir():
        raise SystemExit(f"error: TRAILMAP_DATA_DIR={env['TRAILMAP_DATA_DIR']} is not a folder; point it at the "
                         f"folder of public data tables (O*NET, BLS, CIP, SCED, Scorecard, ...)")

    run_step("start Neo4j and Kafka", [PYTHON, "scripts/stack.py", "start"], env)
    run_step("apply the Neo4j schema", [PYTHON, "-m", "services.common.schema"], env)
    run_step("create Kafka topics", [PYTHON, "-m", "services.common.topics"], env)
    run_step("load the public catalog",
             [PYTHON, "-m", "services.catalog.loader.cli", "--data-dir", env["TRAILMAP_DATA_DIR"], "--quiet-if-current"],
             env)

    stop_services(pid_dir)
    ports = {variable: int(env[variable]) for variable, _default in GRPC_SERVICES.values()}
    ports["GATEWAY_PORT"] = gateway_port
    for variable, port in ports.items():
        if port_in_use(port):
            raise SystemExit(f"error: port {port} is already in use; stop whatever holds it or set {variable} "
                             f"to a free port")
    pid_dir.mkdir(parents=True, exist_ok=True)
    logs = stack_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    processes: dict[str, tuple[subprocess.Popen, Path]] = {}

    def spawn(name: str, command: list[str]) -> subprocess.Popen:
        log = logs / f"{name}.log"
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=open(log, "ab"), stderr=subprocess.STDOUT,
                                   start_new_session=True)
        (pid_dir / f"{name}.pid").write_text(str(process.pid))
        processes[name] = (process, log)
        return process

    try:
        serve(env, processes, spawn, gateway_port, logs, no_wait=args.no_wait)
    except BaseException:
        stop_services(pid_dir)
        raise
    if not args.no_wait:
        stop_services(pid_dir)
    return 0


def serve(env: dict[str, str], processes: dict, spawn, gateway_port: int, logs: Path, no_wait: bool) -> None:
    """Start the services, load the sample districts, start the gateway, then wait for Ctrl-C unless `no_wait`."""
    print("==> start the gRPC services", flush=True)
    for name, (variable, _default) in GRPC_SERVICES.items():
        spawn(name, [PYTHON, "-m", f"services.{name}.server"])
    spawn("progress-consumer", [PYTHON, "-m", "services.progress.consumer"])
    for name, (variable, _default) in GRPC_SERVICES.items():
        process, log = processes[name]
        wait_serving(name, int(env[variable]), process, log)
        print(f"    {name}: SERVING on 127.0.0.1:{env[variable]}")

    run_step("import the sample districts and print ranked routes", [PYTHON, str(REPO / "scripts" / "demo_district.py")],
             env)

    print("==> start the gateway and web UI", flush=True)
    gateway = spawn("gateway", [PYTHON, "-m", "uvicorn", "services.gateway.app:app", "--host", "127.0.0.1",
                                "--port", str(gateway_port)])
    wait_http(f"http://127.0.0.1:{gateway_port}/healthz", gateway, processes["gateway"][1])

    print(f"\nTrailmap is running: open http://127.0.0.1:{gateway_port}/ and sign in as a sample student or counselor.")
    print(f"Service logs: {logs}. Stop everything with: scripts/run_local.sh --stop")
    if no_wait:
        return

    try:
        signal.pause()
    except KeyboardInterrupt:
        pass


def port_in_use(port: int) -> bool:
    import socket

    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def stop_services(pid_dir: Path) -> None:
    if not pid_dir.is_dir():
        return
    for pid_file in pid_dir.glob("*.pid"):
        try:
            os.killpg(int(pid_file.read_text()), signal.SIGTERM)
        except (ProcessLookupError, ValueError, PermissionError):
            pass
        pid_file.unlink(missing_ok=True)


if __name__ == "__main__":
    sys.exit(main())
