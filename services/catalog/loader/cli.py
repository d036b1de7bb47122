"""Load the public data tables into the catalog graph.

    python -m services.catalog.loader.cli --data-dir DIR [--quiet-if-current] [--no-progress]
                                          [--no-events] [--report PATH]

Reads the folder named by --data-dir (default: TRAILMAP_DATA_DIR), builds the graph in memory,
writes it to NEO4J_URI in UNWIND batches, prints the report (counts, join coverage, rejected rows),
writes the full report as JSON (default: $TRAILMAP_STACK_DIR/catalog-load-report.json, or
<repo>/.stack/ when TRAILMAP_STACK_DIR is unset), and publishes `trailmap.events.v1.CatalogChanged` to
`trailmap.catalog.changed.v1` on KAFKA_BOOTSTRAP. Exit codes: 0 loaded or already current,
1 a server is unreachable, 2 invalid settings or credentials, or a missing data folder, source file or column.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

import neo4j
from google.protobuf import timestamp_pb2
from tqdm import tqdm

from services.catalog.loader.build import build_catalog
from services.catalog.loader.fingerprint import input_fingerprint
from services.catalog.loader.report import LoadReport
from services.catalog.loader.sources import SourceError
from services.catalog.loader.writer import CatalogWriter
from services.catalog.settings import CatalogSettings
from services.common.events import EventProducer, ensure_topics, kafka_available
from services.common.graph import create_driver
from services.common.logs import configure_logging
from services.common.settings import REPO_ROOT, SettingsError, load_settings
from trailmap.events.v1 import envelope_pb2

CHANGED_TOPIC = "trailmap.catalog.changed.v1"
PRODUCER = "catalog-loader"
REPORT_NAME = "catalog-load-report.json"

log = logging.getLogger("trailmap.catalog.loader")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m services.catalog.loader.cli", description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, help="folder of the data tables (default: TRAILMAP_DATA_DIR)")
    parser.add_argument("--quiet-if-current", action="store_true",
                        help="print one line and exit 0 when a complete load of the same inputs exists")
    parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    parser.add_argument("--no-events", action="store_true", help="do not publish catalog.changed to Kafka")
    parser.add_argument("--report", type=Path,
                        help=f"JSON file for the full report with every rejected row (default: "
                             f"$TRAILMAP_STACK_DIR/{REPORT_NAME}, or <repo>/.stack/{REPORT_NAME})")
    parser.add_argument("--show-rejections", type=int, default=20, help="rejected rows printed (default: 20)")
    args = parser.parse_args(argv)
    args.report = args.report or default_report_path()
    return args


def default_report_path() -> Path:
    """Return the report path inside the stack folder that scripts/stack.py and scripts/test.sh use."""
    stack_dir = os.environ.get("TRAILMAP_STACK_DIR")
    return (Path(stack_dir) if stack_dir else REPO_ROOT / ".stack") / REPORT_NAME


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        settings = load_settings(CatalogSettings)
    except SettingsError as error:
        print(error, file=sys.stderr)
        return 2
    configure_logging("catalog-loader", settings.trailmap_log_level)
    data_dir = (args.data_dir or settings.trailmap_data_dir).resolve()
    source = "--data-dir" if args.data_dir else "TRAILMAP_DATA_DIR"
    if not data_dir.is_dir():
        print(f"error: data folder {data_dir} (from {source}) does not exist or is not a folder; set "
              "TRAILMAP_DATA_DIR or --data-dir to the folder of the data tables", file=sys.stderr)
        return 2

    try:
        fingerprint = input_fingerprint(data_dir)
    except OSError as error:
        print(f"error: cannot read data folder {data_dir}: {error}", file=sys.stderr)
        return 2

    with create_driver(settings) as driver:
        status = _verify_neo4j(driver, settings)
        if status:
            return status

        writer = CatalogWriter(driver, settings.neo4j_database, settings.catalog_load_batch_size)
        try:
            return _run(args, settings, writer, data_dir, fingerprint)
        except neo4j.exceptions.ServiceUnavailable as error:
            print(f"error: Neo4j at NEO4J_URI={settings.neo4j_uri} became unreachable during the load ({error}); "
                  "start it or fix NEO4J_URI and run the loader again", file=sys.stderr)
            return 1


def _verify_neo4j(driver: neo4j.Driver, settings: CatalogSettings) -> int:
    """Verify that Neo4j accepts a connection, and return the exit code (0 when it does).

    The loader calls this before building the catalog, so an unreachable server fails in seconds
    instead of after the build and the driver's write retries.
    """
    try:
        driver.verify_connectivity()
    except neo4j.exceptions.AuthError as error:
        print(f"error: Neo4j at NEO4J_URI={settings.neo4j_uri} rejected the credentials ({error}); fix NEO4J_USER "
              "and NEO4J_PASSWORD", file=sys.stderr)
        return 2
    except (neo4j.exceptions.ServiceUnavailable, OSError) as error:
        print(f"error: Neo4j at NEO4J_URI={settings.neo4j_uri} is unreachable ({error}); start it or fix "
              "NEO4J_URI", file=sys.stderr)
        return 1
    return 0


def _run(args, settings: CatalogSettings, writer: CatalogWriter, data_dir: Path, fingerprint: str) -> int:
    if args.quiet_if_current:
        writer.apply_schema()
        if current := writer.completed_load(fingerprint):
            print(f"catalog is current: load {current['load_id']} of the same inputs finished "
                  f"{current['finished_at']}; nothing to do")
            return 0

    if not args.no_events and not kafka_available(settings.kafka_bootstrap):
        print(f"error: Kafka at KAFKA_BOOTSTRAP={settings.kafka_bootstrap} is unreachable; start it, fix "
              "KAFKA_BOOTSTRAP, or pass --no-events", file=sys.stderr)
        return 1

    started = time.perf_counter()
    load_id = str(uuid.uuid4())
    try:
        graph = build_catalog(data_dir)
    except SourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    log.info("catalog built", extra={"load_id": load_id, "seconds": round(time.perf_counter() - started, 1),
                                     "rejected_rows": len(graph.rejections)})

    writer.apply_schema()
    total = sum(len(rows) for rows in graph.rows.values()) + len(graph.rejections)
    show_progress = not args.no_progress and sys.stderr.isatty()
    with tqdm(total=total, unit="row", desc="loading catalog", disable=not show_progress) as bar:
        def advance(statement: str, count: int) -> None:
            bar.set_postfix_str(statement)
            bar.update(count)
        writer.write(graph, fingerprint, advance)
    pruned = writer.prune(fingerprint)
    if pruned:
        log.info("stale catalog elements deleted", extra={"load_id": load_id, **pruned})

    seconds = time.perf_counter() - started
    node_counts, relationship_counts = writer.counts()
    report = LoadReport(load_id, str(data_dir), seconds, node_counts, relationship_counts, writer.coverage(),
                        dict(graph.notes), graph.rejections)
    report.write(args.report)
    print(report.format(args.show_rejections, args.report))

    writer.record_load(fingerprint, load_id, str(data_dir), seconds, len(graph.rejections))
    if not args.no_events:
        _publish_changed(settings.kafka_bootstrap, report)
    return 0


def _publish_changed(bootstrap: str, report: LoadReport) -> None:
    """Publish CatalogChanged with the load id as event id, so a replay dedupes."""
    ensure_topics(bootstrap, {CHANGED_TOPIC: 1})
    finished = timestamp_pb2.Timestamp()
    finished.FromDatetime(datetime.now(timezone.utc))
    payload = envelope_pb2.CatalogChanged(load_id=report.load_id, data_dir=report.data_dir,
                                          node_counts=report.node_counts,
                                          relationship_counts=report.relationship_counts,
                                          rejected_rows=len(report.rejections), finished_at=finished)
    producer = EventProducer(bootstrap, PRODUCER)
    try:
        producer.publish_payload(CHANGED_TOPIC, payload, tenant_id="", subject_key="catalog",
                                 event_id=report.load_id, correlation_id=report.load_id)
        producer.flush()
    finally:
        producer.close()
    log.info("catalog.changed published", extra={"load_id": report.load_id, "topic": CHANGED_TOPIC})


if __name__ == "__main__":
    sys.exit(main())
