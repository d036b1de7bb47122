"""Settings of the catalog service and loader, read from the environment."""

from __future__ import annotations

from pydantic import Field

from services.common.settings import ServiceSettings


class CatalogSettings(ServiceSettings):
    catalog_port: int = Field(50051, ge=0, le=65535, description="gRPC port of the catalog service")
    catalog_load_batch_size: int = Field(2000, ge=100, le=50000,
                                         description="rows per UNWIND batch when loading the catalog")
