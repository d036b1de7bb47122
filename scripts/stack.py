#!/usr/bin/env python3
"""Fetch, start, stop and report the local Neo4j and Kafka servers, with no Docker engine.

Neo4j 5.26 Community and Kafka 4.x come as jars from Maven Central (through `mvn`), cached outside
the repository, and run as local JVM processes bound to 127.0.0.1:

    python scripts/stack.py fetch            # resolve the jars once into the cache
    python scripts/stack.py start            # start both and wait until they accept connections
    python scripts/stack.py status
    python scripts/stack.py stop
    python scripts/stack.py start neo4j      # or one of them

Every path and port is a setting read from the environment, so two stacks can run side by side:

    TRAILMAP_STACK_DIR      state, data and logs of this stack      (default: <repo>/.stack)
    TRAILMAP_JAR_CACHE      where fetched jars live                  (default: ~/.cache/trailmap/jars)
    NEO4J_BOLT_PORT         Neo4j Bolt port                          (default: 7687)
    NEO4J_HEAP              Neo4j JVM heap, e.g. 1g                  (default: 1g)
    NEO4J_PAGECACHE         Neo4j page cache, e.g. 512m              (default: 512m)
    KAFKA_PORT              Kafka client listener port               (default: 9092)
    KAFKA_CONTROLLER_PORT   KRaft controller listener port           (default: 19093)
    KAFKA_HEAP              Kafka JVM heap                           (default: 512m)
    TRAILMAP_JAVA           java executable                          (default: java on PATH)

Only the standard library is used, so this runs before the Python environment exists.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
STACK_SCRIPTS = REPO / "scripts" / "stack"

NEO4J_VERSION = "5.26.30"
KAFKA_VERSION = "4.3.1"
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

NEO4J_READY_TIMEOUT_S = 180
KAFKA_READY_TIMEOUT_S = 120

NEO4J_JVM_FLAGS = [
    "-XX:+UseG1GC",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
]


class StackError(RuntimeError):
    """A problem the user can fix; the message names the setting and the fix."""


@dataclass(frozen=True)
class Settings:
    stack_dir: Path
    jar_cache: Path
    neo4j_bolt_port: int
    neo4j_heap: str
    neo4j_pagecache: str
    kafka_port: int
    kafka_controller_port: int
    kafka_heap: str
    java: str

    @property
    def neo4j_lib(self) -> Path:
        return self.jar_cache / f"neo4j-{NEO4J_VERSION}" / "lib"

    @property
    def kafka_lib(self) -> Path:
        return self.jar_cache / f"kafka-{KAFKA_VERSION}" / "lib"


def _port_setting(name: str, default: int) -> int:
    raw = os.environ.get(name, str(default))
    try:
        port = int(raw)
    except ValueError:
        raise StackError(f"{name}={raw!r} is not a port number; set it to an integer between 1024 and 65535.")
    if not 1024 <= port <= 65535:
        raise StackError(f"{name}={port} is out of range; set it to an integer between 1024 and 65535.")
    return port


def load_settings() -> Settings:
    stack_dir = Path(os.environ.get("TRAILMAP_STACK_DIR", REPO / ".stack")).resolve()
    jar_cache = Path(os.environ.get("TRAILMAP_JAR_CACHE", Path.home() / ".cache" / "trailmap" / "jars")).resolve()
    return Settings(
        stack_dir=stack_dir,
        jar_cache=jar_cache,
        neo4j_bolt_port=_port_setting("NEO4J_BOLT_PORT", 7687),
        neo4j_heap=os.environ.get("NEO4J_HEAP", "1g"),
        neo4j_pagecache=os.environ.get("NEO4J_PAGECACHE", "512m"),
        kafka_port=_port_setting("KAFKA_PORT", 9092),
        kafka_controller_port=_port_setting("KAFKA_CONTROLLER_PORT", 19093),
        kafka_heap=os.environ.get("KAFKA_HEAP", "512m"),
        java=os.environ.get("TRAILMAP_JAVA", "java"),
    )


# --- fetch -------------------------------------------------------------------------------------


def fetch(settings: Settings, names: list[str]) -> None:
    """Resolve the pinned jars into the cache with Maven; a filled cache is left as it is."""
    targets = {"neo4j": (STACK_SCRIPTS / "neo4j" / "pom.xml", settings.neo4j_lib),
               "kafka": (STACK_SCRIPTS / "kafka" / "pom.xml", settings.kafka_lib)}

    mvn = shutil.which("mvn")
    for name in names:
        pom, lib = targets[name]
        if _jar_count(lib) > 0:
            print(f"{name}: jars already in {lib}")
            continue
        if mvn is None:
            raise StackError("mvn is not on PATH; install Maven (apt-get install maven) so the jars can be fetched.")

        print(f"{name}: fetching jars from Maven Central into {lib} (first run only)")
        lib.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            [mvn, "-B", "-q", "-f", str(pom), f"{DEPENDENCY_PLUGIN}:copy-dependencies",
             f"-DoutputDirectory={lib}", "-DincludeScope=runtime"],
            capture_output=True, text=True)
        if result.returncode != 0:
            shutil.rmtree(lib, ignore_errors=True)
            raise StackError(f"{name}: mvn could not resolve {pom}:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
        print(f"{name}: {_jar_count(lib)} jars")


def _jar_count(lib: Path) -> int:
    return len(list(lib.glob("*.jar"))) if lib.is_dir() else 0


# --- process bookkeeping -----------------------------------------------------------------------


def _pid_file(settings: Settings, name: str) -> Path:
    return settings.stack_dir / name / "pid"


# A substring of the command line of each server's JVM, to tell it from an unrelated process that
# reused the pid of a stale pid file.
SERVER_MARKERS = {"neo4j": "Neo4jLauncher", "kafka": "kafka.Kafka"}


def _running_pid(settings: Settings, name: str) -> int | None:
    """Return the pid of this stack's server `name`, or None; a stale pid file is removed."""
    pid_file = _pid_file(settings, name)
    if not pid_file.exists():
        return None
    try:
        pid = int(pid_file.read_text().strip())
        command_line = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except (ValueError, OSError):
        pid_file.unlink(missing_ok=True)
        return None
    if SERVER_MARKERS[name] not in command_line or str(settings.stack_dir) not in command_line:
        pid_file.unlink(missing_ok=True)
        return None
    return pid


def _check_port_free(port: int, setting: str) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            raise StackError(f"port {port} on 127.0.0.1 is already in use; stop whatever holds it "
                             f"or set {setting} to a free port.")


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _spawn(command: list[str], log_path: Path, pid_path: Path) -> subprocess.Popen:
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log = open(log_path, "ab")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                               start_new_session=True)
    pid_path.write_text(str(process.pid))
    return process


def _wait_for(predicate, process: subprocess.Popen, timeout_s: float, name: str, log_path: Path) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return
        if process.poll() is not None:
            tail = log_path.read_text(errors="replace")[-3000:]
            raise StackError(f"{name} exited with code {process.returncode} before it was ready. "
                             f"Log {log_path}:\n{tail}")
        time.sleep(0.25)
    raise StackError(f"{name} did not become ready within {timeout_s} s; read {log_path}.")


# --- Neo4j -------------------------------------------------------------------------------------


def start_neo4j(settings: Settings) -> None:
    if (pid := _running_pid(settings, "neo4j")) is not None:
        print(f"neo4j: already running (pid {pid}) on bolt://127.0.0.1:{settings.neo4j_bolt_port}")
        return
    if _jar_count(settings.neo4j_lib) == 0:
        raise StackError(f"no Neo4j jars in {settings.neo4j_lib} (TRAILMAP_JAR_CACHE); "
                         f"run `python scripts/stack.py fetch` first.")
    _check_port_free(settings.neo4j_bolt_port, "NEO4J_BOLT_PORT")

    base = settings.stack_dir / "neo4j"
    home = base / "home"
    home.mkdir(parents=True, exist_ok=True)
    conf = base / "neo4j.conf"
    port = settings.neo4j_bolt_port
    conf.write_text("\n".join([
        "server.config.strict_validation.enabled=false",
        "server.bolt.enabled=true",
        f"server.bolt.listen_address=127.0.0.1:{port}",
        f"server.bolt.advertised_address=127.0.0.1:{port}",
        "server.bolt.tls_level=DISABLED",
        "server.http.enabled=false",
        "server.https.enabled=false",
        "dbms.security.auth_enabled=false",
        f"server.memory.pagecache.size={settings.neo4j_pagecache}",
        "dbms.memory.transaction.total.max=1g",
        "dbms.usage_report.enabled=false",
        "",
    ]))

    log_path = base / "neo4j.log"
    command = [settings.java, "-Xms256m", f"-Xmx{settings.neo4j_heap}", *NEO4J_JVM_FLAGS,
               "-cp", f"{settings.neo4j_lib}/*", str(STACK_SCRIPTS / "neo4j" / "Neo4jLauncher.java"),
               str(home), str(conf)]
    started = time.monotonic()
    offset = log_path.stat().st_size if log_path.exists() else 0
    process = _spawn(command, log_path, _pid_file(settings, "neo4j"))

    def ready() -> bool:
        return "NEO4J_READY" in log_path.read_text(errors="replace")[offset:]

    _wait_for(ready, process, NEO4J_READY_TIMEOUT_S, "neo4j", log_path)
    _report_started(settings, "neo4j", process.pid, started, f"bolt://127.0.0.1:{port}", log_path)


# --- Kafka -------------------------------------------------------------------------------------


def start_kafka(settings: Settings) -> None:
    if (pid := _running_pid(settings, "kafka")) is not None:
        print(f"kafka: already running (pid {pid}) on 127.0.0.1:{settings.kafka_port}")
        return
    if _jar_count(settings.kafka_lib) == 0:
        raise StackError(f"no Kafka jars in {settings.kafka_lib} (TRAILMAP_JAR_CACHE); "
                         f"run `python scripts/stack.py fetch` first.")
    if settings.kafka_port == settings.kafka_controller_port:
        raise StackError(f"KAFKA_PORT and KAFKA_CONTROLLER_PORT are both {settings.kafka_port}; "
                         f"the broker and its controller need two different ports.")
    _check_port_free(settings.kafka_port, "KAFKA_PORT")
    _check_port_free(settings.kafka_controller_port, "KAFKA_CONTROLLER_PORT")

    base = settings.stack_dir / "kafka"
    data = base / "data"
    logs = base / "logs"
    data.mkdir(parents=True, exist_ok=True)
    logs.mkdir(parents=True, exist_ok=True)
    properties = base / "server.properties"
    port, controller = settings.kafka_port, settings.kafka_controller_port
    properties.write_text("\n".join([
        "process.roles=broker,controller",
        "node.id=1",
        f"controller.quorum.voters=1@127.0.0.1:{controller}",
        f"listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller}",
        f"advertised.listeners=PLAINTEXT://127.0.0.1:{port}",
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
        f"log.dirs={data}",
        "num.partitions=3",
        "offsets.topic.replication.factor=1",
        "offsets.topic.num.partitions=3",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        "auto.create.topics.enable=true",
        "",
    ]))
    log4j = base / "log4j2.properties"
    log4j.write_text((STACK_SCRIPTS / "kafka" / "log4j2.properties").read_text())

    jvm = [settings.java, "-Xms128m", f"-Xmx{settings.kafka_heap}", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
           "-Djava.awt.headless=true", f"-Dkafka.logs.dir={logs}", f"-Dlog4j2.configurationFile={log4j}",
           "-cp", f"{settings.kafka_lib}/*"]
    if not (data / "meta.properties").exists():
        cluster_id = _kafka_cluster_id()
        result = subprocess.run([*jvm, "kafka.tools.StorageTool", "format", "--ignore-formatted",
                                 "-t", cluster_id, "-c", str(properties)], capture_output=True, text=True)
        if result.returncode != 0:
            raise StackError(f"kafka: formatting {data} failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")

    log_path = logs / "server.log"
    console_path = base / "kafka.console.log"
    started = time.monotonic()
    offset = log_path.stat().st_size if log_path.exists() else 0
    process = _spawn([*jvm, "kafka.Kafka", str(properties)], console_path, _pid_file(settings, "kafka"))

    def ready() -> bool:
        if not log_path.exists():
            return False
        return "Kafka Server started" in log_path.read_text(errors="replace")[offset:] and _port_open(port)

    _wait_for(ready, process, KAFKA_READY_TIMEOUT_S, "kafka", console_path)
    _report_started(settings, "kafka", process.pid, started, f"127.0.0.1:{port}", log_path)


def _kafka_cluster_id() -> str:
    # A KRaft cluster id is 16 random bytes in URL-safe base64 without padding, as StorageTool makes.
    import base64
    return base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")


# --- reporting and stop ------------------------------------------------------------------------


def _report_started(settings: Settings, name: str, pid: int, started: float, address: str, log: Path) -> None:
    seconds = time.monotonic() - started
    rss = _rss_mb(pid)
    record = {"name": name, "pid": pid, "address": address, "start_seconds": round(seconds, 1),
              "rss_mb": round(rss) if rss else None, "log": str(log)}
    (settings.stack_dir / name / "started.json").write_text(json.dumps(record))
    print(f"{name}: ready at {address} in {seconds:.1f} s, pid {pid}, RSS {record['rss_mb']} MB, log {log}")


def stop(settings: Settings, names: list[str]) -> None:
    for name in names:
        pid = _running_pid(settings, name)
        if pid is None:
            print(f"{name}: not running")
            continue
        os.killpg(pid, signal.SIGTERM)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and _running_pid(settings, name) is not None:
            time.sleep(0.25)
        if _running_pid(settings, name) is not None:
            os.killpg(pid, signal.SIGKILL)
            print(f"{name}: did not stop within 60 s of SIGTERM; killed pid {pid}")
        else:
            print(f"{name}: stopped (pid {pid})")
        _pid_file(settings, name).unlink(missing_ok=True)


def status(settings: Settings) -> int:
    down = 0
    for name in ("neo4j", "kafka"):
        pid = _running_pid(settings, name)
        if pid is None:
            print(f"{name}: not running")
            down += 1
            continue
        record_path = settings.stack_dir / name / "started.json"
        record = json.loads(record_path.read_text()) if record_path.exists() else {}
        rss = _rss_mb(pid)
        print(f"{name}: running, pid {pid}, {record.get('address', '?')}, RSS {round(rss or 0)} MB, "
              f"log {record.get('log', '?')}")
    return 1 if down else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Local Neo4j and Kafka for Trailmap, without Docker.")
    parser.add_argument("action", choices=["fetch", "start", "stop", "status", "restart"])
    parser.add_argument("servers", nargs="*", metavar="server", default=[],
                        help="neo4j, kafka or both (the default)")
    args = parser.parse_args(argv)
    unknown = [name for name in args.servers if name not in ("neo4j", "kafka")]
    if unknown:
        parser.error(f"unknown server {unknown[0]!r}; choose neo4j, kafka or nothing for both")
    names = list(args.servers) or ["neo4j", "kafka"]

    try:
        settings = load_settings()
        if args.action == "fetch":
            fetch(settings, names)
        elif args.action in ("start", "restart"):
            if args.action == "restart":
                stop(settings, names)
            fetch(settings, names)
            for name in names:
                (start_neo4j if name == "neo4j" else start_kafka)(settings)
        elif args.action == "stop":
            stop(settings, names)
        else:
            return status(settings)
    except StackError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
