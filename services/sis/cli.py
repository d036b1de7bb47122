"""Import a SIS export and publish it to Kafka.

    python -m services.sis.cli import --tenant grand-bend --format oneroster|edfi|clever PATH [--dry-run]

Prints the report: accepted records per type, warnings, and each rejected record as file:line: reason.
For OneRoster it reads the tenant's known user ids from Neo4j, so the report names the students that a
bulk users.csv leaves out (the consumer marks them inactive).
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path

from kafka.errors import KafkaError

from services.common.events import EventProducer, ensure_topics
from services.common.graph import create_driver, neo4j_available
from services.common.logs import configure_logging
from services.common.settings import ServiceSettings, SettingsError, load_settings
from services.progress.repository import ProgressRepository
from services.sis.importers import oneroster
from services.sis.publish import FORMATS, PRODUCER_NAME, REJECTED_TOPIC, RECORDS_TOPIC, format_report, parse, publish


def _known_ids(settings: ServiceSettings, tenant_id: str, format_name: str) -> dict[str, set[str]] | None:
    """Return the tenant's OneRoster user ids already in Neo4j, so the report names the students a bulk
    users.csv leaves out; None for other formats or when Neo4j is unreachable."""
    if format_name != "oneroster":
        return None
    driver = create_driver(settings)
    try:
        if not neo4j_available(driver, settings.neo4j_database):
            print(f"Neo4j at {settings.neo4j_uri} is unreachable, so the report cannot name the students a bulk "
                  f"users.csv leaves out; they are still marked inactive when the records are applied",
                  file=sys.stderr)
            return None
        return {"users": ProgressRepository(driver, settings.neo4j_database).known_user_ids(tenant_id, oneroster.SOURCE_SYSTEM)}
    finally:
        driver.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m services.sis.cli", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    importer = commands.add_parser("import", help="parse an export and publish its records")
    importer.add_argument("--tenant", required=True, help="tenant (district) id, for example grand-bend")
    importer.add_argument("--format", required=True, choices=FORMATS, help="export format")
    importer.add_argument("--dry-run", action="store_true", help="parse and print the report without publishing")
    importer.add_argument("--records-topic", default=RECORDS_TOPIC, help="Kafka topic for accepted records")
    importer.add_argument("--rejected-topic", default=REJECTED_TOPIC, help="Kafka topic for rejected records")
    importer.add_argument("path", type=Path, help="export file or folder")
    args = parser.parse_args(argv)

    if not args.path.exists():
        print(f"path {args.path} does not exist; pass the export file or folder", file=sys.stderr)
        return 2
    try:
        settings = load_settings(ServiceSettings)
    except SettingsError as error:
        print(error, file=sys.stderr)
        return 2
    configure_logging("sis-importer", settings.trailmap_log_level)

    result = parse(args.format, args.path, args.tenant, known_ids=_known_ids(settings, args.tenant, args.format))
    print(format_report(result))
    if args.dry_run:
        return 0

    try:
        ensure_topics(settings.kafka_bootstrap, {args.records_topic: 6, args.rejected_topic: 1})
        producer = EventProducer(settings.kafka_bootstrap, PRODUCER_NAME)
    except KafkaError as error:
        print(f"kafka at {settings.kafka_bootstrap} is unreachable ({error}); check KAFKA_BOOTSTRAP", file=sys.stderr)
        return 1
    try:
        report = publish(producer, result, records_topic=args.records_topic, rejected_topic=args.rejected_topic,
                         correlation_id=uuid.uuid4().hex)
    finally:
        producer.close()
    print(f"published {report.records} records and {report.rejections} rejections in {report.seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
