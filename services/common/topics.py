"""Create Trailmap's Kafka topics and their dead-letter twins when missing.

    python -m services.common.topics

TRAILMAP_KAFKA_TOPICS, when set, is a JSON list of {"name", "partitions", "replicationFactor",
"retentionMs"} objects (what the Helm chart passes); otherwise the topics in
services.common.events.TOPICS are created with TRAILMAP_KAFKA_REPLICATION_FACTOR replicas (default 1).
Existing topics keep their settings and only gain partitions, so this is safe on every install and upgrade.
"""

from __future__ import annotations

import logging
import sys

from kafka.errors import KafkaError

import json
import os

from services.common.events import TopicSpec, default_topic_specs, ensure_topics, kafka_available
from services.common.settings import ServiceSettings, settings_or_exit

log = logging.getLogger("trailmap.topics")


def topic_specs_from_environment() -> list[TopicSpec]:
    """Read the topic list from TRAILMAP_KAFKA_TOPICS or fall back to the built-in one."""
    raw = os.environ.get("TRAILMAP_KAFKA_TOPICS")
    if not raw:
        replication = os.environ.get("TRAILMAP_KAFKA_REPLICATION_FACTOR", "1")
        if not replication.isdigit() or int(replication) < 1:
            raise ValueError(f"TRAILMAP_KAFKA_REPLICATION_FACTOR={replication!r} is invalid; set a positive integer")
        return default_topic_specs(int(replication))

    try:
        entries = json.loads(raw)
        return [TopicSpec(name=entry["name"], partitions=int(entry["partitions"]),
                          replication_factor=int(entry.get("replicationFactor", 1)),
                          retention_ms=int(entry["retentionMs"]) if entry.get("retentionMs") else None)
                for entry in entries]
    except (ValueError, KeyError, TypeError) as error:
        raise ValueError(f"TRAILMAP_KAFKA_TOPICS is invalid ({error!r}); set a JSON list of objects with "
                         f"name and partitions, e.g. [{{\"name\": \"t\", \"partitions\": 3}}]") from None


def main() -> int:
    settings = settings_or_exit(ServiceSettings, "topics")
    try:
        specs = topic_specs_from_environment()
    except ValueError as error:
        log.error(str(error))
        return 2

    try:
        if not kafka_available(settings.kafka_bootstrap, timeout_s=10.0):
            raise KafkaError(f"no broker answered at {settings.kafka_bootstrap} within 10 s")
        created = ensure_topics(settings.kafka_bootstrap, specs)
    except KafkaError as error:
        log.error("kafka unreachable; check KAFKA_BOOTSTRAP and that the broker runs",
                  extra={"kafka_bootstrap": settings.kafka_bootstrap, "error": repr(error)})
        return 1
    log.info("topics ready", extra={"topics_changed": ",".join(created) or "none"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
