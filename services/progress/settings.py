"""Settings of the progress server and consumer, read from the environment."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from services.common.settings import ServiceSettings


class ProgressSettings(ServiceSettings):
    progress_port: int = Field(50054, description="gRPC port of ProgressService")
    progress_group: str = Field("progress", description="Kafka consumer group of the progress consumer")
    progress_records_topic: str = Field("trailmap.sis.records.v1", description="topic of SIS records")
    progress_plan_topic: str = Field("trailmap.progress.plan.v1", description="topic of RouteChosen events")
    progress_alerts_topic: str = Field("trailmap.progress.alerts.v1", description="topic alerts are published to")
    progress_max_poll_records: int = Field(1000, ge=1, le=10000,
                                           description="records per Kafka poll, applied in one Neo4j transaction")
    progress_max_idle_s: float | None = Field(None, description="stop after this many idle seconds; unset runs forever")
    trailmap_liveness_file: Path | None = Field(None, description="file touched after every poll, for liveness probes")
