"""Fixtures for real Neo4j and Kafka.

Each server is found in this order:
1. `NEO4J_URI` / `KAFKA_BOOTSTRAP` from the environment (what `.ci/run` and the local stack export);
2. a testcontainers container when a Docker engine answers `docker info`;
3. the project's local stack (`scripts/stack.py`), started for this session on free ports in a
   temporary folder and stopped at the end.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _docker_engine_up() -> bool:
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LocalStack:
    """One `scripts/stack.py` stack on free ports in its own folder, shared by the test session."""

    def __init__(self, base: Path) -> None:
        self.env = dict(os.environ,
                        TRAILMAP_STACK_DIR=str(base),
                        NEO4J_BOLT_PORT=str(_free_port()),
                        KAFKA_PORT=str(_free_port()),
                        KAFKA_CONTROLLER_PORT=str(_free_port()))
        self.started: list[str] = []

    def start(self, name: str) -> None:
        result = subprocess.run([sys.executable, str(REPO / "scripts" / "stack.py"), "start", name],
                                env=self.env, capture_output=True, text=True)
        if result.returncode != 0:
            pytest.fail(f"could not start local {name}:\n{result.stdout}{result.stderr}")
        self.started.append(name)

    def stop(self) -> None:
        if self.started:
            subprocess.run([sys.executable, str(REPO / "scripts" / "stack.py"), "stop", *self.started],
                           env=self.env, capture_output=True, text=True)


@pytest.fixture(scope="session")
def _local_stack(tmp_path_factory) -> Iterator[LocalStack]:
    stack = LocalStack(tmp_path_factory.mktemp("stack"))
    yield stack
    stack.stop()


@pytest.fixture(scope="session")
def neo4j_uri(request) -> Iterator[str]:
    """Bolt URI of a real Neo4j 5.26 server."""
    if uri := os.environ.get("NEO4J_URI"):
        yield uri
        return

    if _docker_engine_up():
        try:
            from testcontainers.community.neo4j import Neo4jContainer
        except ImportError:
            from testcontainers.neo4j import Neo4jContainer
        with Neo4jContainer("neo4j:5.26-community") as container:
            os.environ["NEO4J_USER"] = container.username
            os.environ["NEO4J_PASSWORD"] = container.password
            yield container.get_connection_url()
        return

    stack = request.getfixturevalue("_local_stack")
    stack.start("neo4j")
    yield f"bolt://127.0.0.1:{stack.env['NEO4J_BOLT_PORT']}"


@pytest.fixture(scope="session")
def kafka_bootstrap(request) -> Iterator[str]:
    """Bootstrap address of a real Kafka 4.x broker."""
    if bootstrap := os.environ.get("KAFKA_BOOTSTRAP"):
        yield bootstrap
        return

    if _docker_engine_up():
        try:
            from testcontainers.community.kafka import KafkaContainer
        except ImportError:
            from testcontainers.kafka import KafkaContainer
        with KafkaContainer("apache/kafka:4.1.1").with_kraft() as container:
            yield container.get_bootstrap_server()
        return

    stack = request.getfixturevalue("_local_stack")
    stack.start("kafka")
    yield f"127.0.0.1:{stack.env['KAFKA_PORT']}"


@pytest.fixture(scope="session")
def service_settings(neo4j_uri, kafka_bootstrap):
    """ServiceSettings pointing at the test servers."""
    from services.common.settings import ServiceSettings, load_settings

    return load_settings(ServiceSettings, neo4j_uri=neo4j_uri, kafka_bootstrap=kafka_bootstrap)


@pytest.fixture(scope="session")
def neo4j_driver(service_settings):
    """A driver on the test Neo4j with the schema applied."""
    from services.common.graph import create_driver
    from services.common.schema import apply_schema

    driver = create_driver(service_settings)
    driver.verify_connectivity()
    apply_schema(driver)
    yield driver
    driver.close()


@pytest.fixture
def unique_name() -> str:
    """A short unique suffix for topics, groups and tenants, so tests never share state."""
    return uuid.uuid4().hex[:10]
