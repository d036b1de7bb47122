"""Profile gRPC server.

    python -m services.profile.server

Reads PROFILE_PORT (default 50052), PROFILE_CAREER_CACHE_TTL_S and the shared settings (NEO4J_URI,
KAFKA_BOOTSTRAP, TRAILMAP_DATA_DIR, ...). The item bank is read from TRAILMAP_DATA_DIR/onet at start.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass

import neo4j
from pydantic import Field

from services.common.events import EventConsumer, EventProducer, consume_in_background, kafka_available
from services.common.graph import create_driver, neo4j_available
from services.common.grpc_server import GrpcServer, run_until_signal, start_server
from services.common.settings import ServiceSettings, settings_or_exit
from services.profile.career_cache import CareerCache
from services.profile.events import PRODUCER_NAME, ProfileEvents
from services.profile.inventory import ItemBankError, load_item_bank
from services.profile.matching import CareerProfile
from services.profile.repository import ProfileRepository
from services.profile.service import ProfileServicer
from trailmap.profile.v1 import profile_pb2, profile_pb2_grpc

log = logging.getLogger("trailmap.profile")

CATALOG_CHANGED_TOPIC = "trailmap.catalog.changed.v1"
SERVICE_NAME = profile_pb2.DESCRIPTOR.services_by_name["ProfileService"].full_name


class ProfileSettings(ServiceSettings):
    profile_port: int = Field(50052, ge=0, le=65535, description="gRPC port of the profile service")
    profile_career_cache_ttl_s: float = Field(900.0, gt=0, description="Seconds before career profiles reload")


@dataclass
class ProfileServer:
    """A running profile server and the resources it owns."""

    grpc: GrpcServer
    servicer: ProfileServicer
    careers: CareerCache
    producer: EventProducer
    catalog_listener: EventConsumer | None

    @property
    def port(self) -> int:
        return self.grpc.port

    def stop(self, grace_s: float = 2.0) -> None:
        if self.catalog_listener is not None:
            self.catalog_listener.stop()
        self.grpc.stop(grace_s)
        self.producer.close()


def serve(settings: ProfileSettings, driver: neo4j.Driver, port: int | None = None,
          listen_for_catalog_changes: bool = True,
          career_loader: Callable[[], list[CareerProfile]] | None = None) -> ProfileServer:
    """Start the profile server on `port` (settings.profile_port when None; 0 picks a free port).

    `career_loader` replaces reading career profiles from Neo4j, for tests that run before the catalog
    is loaded.
    """
    items = load_item_bank(settings.trailmap_data_dir)
    repository = ProfileRepository(driver, settings.neo4j_database)
    careers = CareerCache(career_loader or repository.career_profiles, settings.profile_career_cache_ttl_s)
    producer = EventProducer(settings.kafka_bootstrap, PRODUCER_NAME)
    servicer = ProfileServicer(repository, items, careers, ProfileEvents(producer))

    grpc_server = start_server(
        port=settings.profile_port if port is None else port,
        registrations=[(profile_pb2_grpc.add_ProfileServiceServicer_to_server, servicer)],
        service_names=[SERVICE_NAME],
        checks={"neo4j": lambda: neo4j_available(driver, settings.neo4j_database),
                "kafka": lambda: kafka_available(settings.kafka_bootstrap)})

    listener = None
    if listen_for_catalog_changes:
        listener = _listen_for_catalog_changes(settings, careers)
    return ProfileServer(grpc_server, servicer, careers, producer, listener)


def _listen_for_catalog_changes(settings: ProfileSettings, careers: CareerCache) -> EventConsumer:
    return consume_in_background(settings.kafka_bootstrap, "profile-career-cache", CATALOG_CHANGED_TOPIC,
                                 lambda event: careers.invalidate(), "catalog-changed-listener")


def main() -> int:
    settings = settings_or_exit(ProfileSettings, "profile")

    driver = create_driver(settings)
    try:
        server = serve(settings, driver)
    except ItemBankError as error:
        log.error("cannot build the interest inventory", extra={"error": str(error)})
        return 2
    try:
        run_until_signal(server.grpc)
    finally:
        if server.catalog_listener is not None:
            server.catalog_listener.stop()
        server.producer.close()
        driver.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
