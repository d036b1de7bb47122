"""Run the catalog gRPC service.

    python -m services.catalog.server

Listens on CATALOG_PORT (default 50051); health is SERVING while Neo4j responds to a query.
"""

from __future__ import annotations

import logging
import sys

import neo4j

from services.catalog.repository import CatalogRepository
from services.catalog.servicer import CatalogServicer
from services.catalog.settings import CatalogSettings
from services.common.graph import create_driver, neo4j_available
from services.common.grpc_server import GrpcServer, run_until_signal, start_server
from services.common.logs import configure_logging
from services.common.settings import SettingsError, load_settings
from trailmap.catalog.v1 import catalog_pb2, catalog_pb2_grpc

SERVICE_NAME = catalog_pb2.DESCRIPTOR.services_by_name["CatalogService"].full_name

log = logging.getLogger("trailmap.catalog")


def start(driver: neo4j.Driver, port: int, database: str = "neo4j", **options) -> GrpcServer:
    """Start the service on `port` (0 picks a free port) with its Neo4j health check."""
    servicer = CatalogServicer(CatalogRepository(driver, database))
    return start_server(port=port, registrations=[(catalog_pb2_grpc.add_CatalogServiceServicer_to_server, servicer)],
                        service_names=[SERVICE_NAME], checks={"neo4j": lambda: neo4j_available(driver, database)},
                        **options)


def main() -> int:
    try:
        settings = load_settings(CatalogSettings)
    except SettingsError as error:
        print(error, file=sys.stderr)
        return 2
    configure_logging("catalog", settings.trailmap_log_level)

    with create_driver(settings) as driver:
        server = start(driver, settings.catalog_port, settings.neo4j_database)
        log.info("catalog service listening", extra={"port": server.port})
        run_until_signal(server)
    return 0


if __name__ == "__main__":
    sys.exit(main())
