"""Fixtures for catalog tests on the real data: the loaded catalog and an in-process gRPC server."""

from __future__ import annotations

import os

import grpc
import pytest

from trailmap.catalog.v1 import catalog_pb2_grpc


@pytest.fixture(scope="session")
def loaded_catalog(neo4j_driver, neo4j_uri, kafka_bootstrap):
    """Load the real catalog unless a load of the same inputs is complete (then this takes a second)."""
    from services.catalog.loader import cli

    os.environ["NEO4J_URI"] = neo4j_uri
    os.environ["KAFKA_BOOTSTRAP"] = kafka_bootstrap
    status = cli.main(["--quiet-if-current", "--no-progress"])
    if status != 0:
        pytest.fail(f"catalog loader exited with {status}; see its output above")
    return neo4j_driver


@pytest.fixture(scope="session")
def catalog_stub(loaded_catalog):
    from services.catalog.server import start

    server = start(loaded_catalog, 0, host="127.0.0.1")
    channel = grpc.insecure_channel(f"127.0.0.1:{server.port}")
    yield catalog_pb2_grpc.CatalogServiceStub(channel)
    channel.close()
    server.stop(0)
