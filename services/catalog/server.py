"""Run the catalog gRPC service.

    python -m services.catalog.server

Listens on CATALOG_PORT (default 50051); health is SERVING while Neo4j responds to a query. Clears
its in-memory career titles on every `trailmap.catalog.changed.v1` event from KAFKA_BOOTSTRAP.
"""

from __future__ import annotations

import logging
import sys

import neo4j

from services.catalog.repository import CatalogRepository
from services.catalog.servicer import CatalogServicer
from services.catalog.settings import CatalogSettings
from services.common.events import EventConsumer, consume_in_background, kafka_available
from services.common.graph import create_driver, neo4j_available
from services.common.grpc_server import GrpcServer, run_until_signal, start_server
from services.common.settings import settings_or_exit
from trailmap.catalog.v1 import catalog_pb2, catalog_pb2_grpc

SERVICE_NAME = catalog_pb2.DESCRIPTOR.services_by_name["CatalogService"].full_name
CHANGED_TOPIC = "trailmap.catalog.changed.v1"

log = logging.getLogger("trailmap.catalog")


def start(driver: neo4j.Driver, port: int, database: str = "neo4j", repository: CatalogRepository | None = None,
          **options) -> GrpcServer:
    """Start the service on `port` (0 picks a free port) with its Neo4j health check."""
    servicer = CatalogServicer(repository or CatalogRepository(driver, database))
    return start_server(port=port, registrations=[(catalog_pb2_grpc.add_CatalogServiceServicer_to_server, servicer)],
                        service_names=[SERVICE_NAME], checks={"neo4j": lambda: neo4j_available(driver, database)},
                        **options)


def start_cache_invalidation(bootstrap: str, repository: CatalogRepository,
                             topic: str = CHANGED_TOPIC) -> EventConsumer | None:
    """Clear the repository's title cache on every catalog.changed event, in a daemon thread.

    Returns the running consumer (stop it with `.stop()`), or None when Kafka is unreachable.
    """
    if not kafka_available(bootstrap):
        log.warning("Kafka unreachable; career titles refresh every 10 minutes instead of on catalog.changed",
                    extra={"kafka_bootstrap": bootstrap})
        return None

    def clear(event) -> None:
        repository.clear_title_cache()
        log.info("career title cache cleared", extra={"topic": topic})

    return consume_in_background(bootstrap, "catalog-cache", topic, clear, "catalog-changed")


def main() -> int:
    settings = settings_or_exit(CatalogSettings, "catalog")

    with create_driver(settings) as driver:
        repository = CatalogRepository(driver, settings.neo4j_database)
        server = start(driver, settings.catalog_port, settings.neo4j_database, repository)
        consumer = start_cache_invalidation(settings.kafka_bootstrap, repository)
        log.info("catalog service listening", extra={"port": server.port})
        run_until_signal(server)
        if consumer is not None:
            consumer.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
