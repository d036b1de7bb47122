"""Create Trailmap's Kafka topics and their dead-letter twins when missing.

    python -m services.common.topics

Existing topics are left as they are, so this is safe on every install and upgrade.
"""

from __future__ import annotations

import logging
import sys

from kafka.errors import KafkaError

from services.common.events import ensure_topics, kafka_available
from services.common.settings import ServiceSettings, settings_or_exit

log = logging.getLogger("trailmap.topics")


def main() -> int:
    settings = settings_or_exit(ServiceSettings, "topics")

    try:
        if not kafka_available(settings.kafka_bootstrap, timeout_s=10.0):
            raise KafkaError(f"no broker answered at {settings.kafka_bootstrap} within 10 s")
        created = ensure_topics(settings.kafka_bootstrap)
    except KafkaError as error:
        log.error("kafka unreachable; check KAFKA_BOOTSTRAP and that the broker runs",
                  extra={"kafka_bootstrap": settings.kafka_bootstrap, "error": repr(error)})
        return 1
    log.info("topics ready", extra={"created": ",".join(created) or "none"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
