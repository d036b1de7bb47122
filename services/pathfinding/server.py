"""Run the PathfindingService: `python -m services.pathfinding.server` (port from PATHFINDING_PORT)."""

from __future__ import annotations


from pydantic import Field

from services.common.events import consume_in_background, kafka_available
from services.common.graph import create_driver, neo4j_available
from services.common.grpc_server import GrpcServer, run_until_signal, start_server
from services.common.logs import configure_logging
from services.common.settings import ServiceSettings, load_settings
from services.pathfinding.engine import PathfindingEngine
from services.pathfinding.repository import PathfindingRepository
from services.pathfinding.servicer import PathfindingServicer
from trailmap.pathfinding.v1 import pathfinding_pb2, pathfinding_pb2_grpc

SERVICE_NAME = pathfinding_pb2.DESCRIPTOR.services_by_name["PathfindingService"].full_name
CATALOG_TOPIC = "trailmap.catalog.changed.v1"


class PathfindingSettings(ServiceSettings):
    pathfinding_port: int = Field(50053, description="gRPC port of the pathfinding service")
    pathfinding_cache: bool = Field(True, description="Cache catalog reads in memory until catalog.changed")


def build_engine(settings: PathfindingSettings) -> tuple[PathfindingEngine, object]:
    driver = create_driver(settings)
    repository = PathfindingRepository(driver, settings.neo4j_database)
    return PathfindingEngine(repository, use_cache=settings.pathfinding_cache), driver


def serve(settings: PathfindingSettings, port: int | None = None) -> tuple[GrpcServer, PathfindingEngine]:
    engine, driver = build_engine(settings)
    server = start_server(
        port=settings.pathfinding_port if port is None else port,
        registrations=[(pathfinding_pb2_grpc.add_PathfindingServiceServicer_to_server, PathfindingServicer(engine))],
        service_names=[SERVICE_NAME],
        checks={"neo4j": lambda: neo4j_available(driver, settings.neo4j_database)})
    return server, engine


def start_cache_invalidation(settings: PathfindingSettings, engine: PathfindingEngine) -> None:
    """Clear the engine's catalog cache on every catalog.changed event, in a daemon thread."""
    if not kafka_available(settings.kafka_bootstrap):
        # NOTE: without Kafka the cache lives until restart; a catalog reload then needs a restart.
        return
    consume_in_background(settings.kafka_bootstrap, "pathfinding-cache", CATALOG_TOPIC,
                          lambda event: engine.clear_cache(), "catalog-changed")


def main() -> None:
    settings = load_settings(PathfindingSettings)
    configure_logging("pathfinding", settings.trailmap_log_level)
    server, engine = serve(settings)
    start_cache_invalidation(settings, engine)
    run_until_signal(server)


if __name__ == "__main__":
    main()
