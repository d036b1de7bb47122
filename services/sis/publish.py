"""Publish an import's records and rejections to Kafka through the idempotent EventProducer."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

from services.common.events import EventProducer, make_envelope
from services.sis.importers import clever, edfi, oneroster
from services.sis.importers.model import ImportResult
from trailmap.sis.v1 import sis_pb2

RECORDS_TOPIC = "trailmap.sis.records.v1"
REJECTED_TOPIC = "trailmap.sis.rejected.v1"
PRODUCER_NAME = "sis-importer"
FORMATS = ("oneroster", "edfi", "clever")


def parse(format_name: str, path: Path, tenant_id: str, known_ids: dict[str, set[str]] | None = None) -> ImportResult:
    """Run the importer for `format_name` over `path` (a file, a package folder or a folder of packages)."""
    root = path.parent
    if format_name == "oneroster":
        result = ImportResult(tenant_id=tenant_id, source_system=oneroster.SOURCE_SYSTEM)
        folders = [path] if list(path.glob("*.csv")) else sorted(
            folder for folder in path.rglob("*") if folder.is_dir() and list(folder.glob("*.csv")))
        for folder in folders:
            result.extend(oneroster.parse_package(folder, tenant_id, root=root, known_ids=known_ids))
        _merge_rosters(result, len(folders))
        return result
    if format_name == "edfi":
        return edfi.parse_path(path, tenant_id, root=root)
    if format_name == "clever":
        return clever.parse_path(path, tenant_id, root=root)
    raise ValueError(f"unknown format {format_name!r}; use one of {', '.join(FORMATS)}")


def _merge_rosters(result: ImportResult, package_count: int) -> None:
    """Replace the StudentRosters of several packages by one roster of all their users.

    A roster marks every absent student of the tenant inactive, so one package's roster alone would mark
    the other packages' students. When some package sends no roster (delta or no manifest), none is kept.
    """
    rosters = [record for record in result.records if isinstance(record.message, sis_pb2.StudentRoster)]
    if package_count < 2 or not rosters:
        return
    result.records = [record for record in result.records if not isinstance(record.message, sis_pb2.StudentRoster)]
    if len(rosters) < package_count:
        result.warn(f"only {len(rosters)} of {package_count} packages have a bulk users.csv, so no student is "
                    f"marked inactive for being absent; import the packages one at a time")
        return
    merged = sis_pb2.StudentRoster(source=rosters[0].message.source,
                                   source_ids=sorted({i for record in rosters for i in record.message.source_ids}))
    result.add(merged, rosters[0].source_id, max(record.occurred_at for record in rosters))


@dataclass
class PublishReport:
    records: int
    rejections: int
    seconds: float


def rejection_event_id(tenant_id: str, rejection) -> str:
    digest = hashlib.sha256(rejection.SerializeToString(deterministic=True) + tenant_id.encode())
    return digest.hexdigest()[:32]


def publish(producer: EventProducer, result: ImportResult, *, records_topic: str = RECORDS_TOPIC,
            rejected_topic: str = REJECTED_TOPIC, correlation_id: str = "") -> PublishReport:
    """Send every record keyed "<source system>:<source id>" with its deterministic event id, then flush."""
    started = time.perf_counter()
    for record in result.records:
        envelope = make_envelope(record.message, tenant_id=result.tenant_id, subject_key=record.kafka_key,
                                 producer=PRODUCER_NAME, occurred_at=record.occurred_at, event_id=record.event_id(),
                                 correlation_id=correlation_id)
        producer.publish(records_topic, envelope)

    for rejection in result.rejections:
        envelope = make_envelope(rejection, tenant_id=result.tenant_id,
                                 subject_key=f"{rejection.source_system}:{rejection.file}:{rejection.line}",
                                 producer=PRODUCER_NAME, event_id=rejection_event_id(result.tenant_id, rejection),
                                 correlation_id=correlation_id)
        producer.publish(rejected_topic, envelope)

    producer.flush()
    return PublishReport(len(result.records), len(result.rejections), time.perf_counter() - started)


def format_report(result: ImportResult) -> str:
    """Return the import report: accepted records per type, warnings, and each rejection as file:line: reason."""
    lines = [f"tenant {result.tenant_id}, source {result.source_system}"]
    lines.append("accepted:")
    lines.extend(f"  {record_type}: {count}" for record_type, count in result.count_by_type().items())
    lines.append(f"warnings: {len(result.warnings)}")
    lines.extend(f"  {warning}" for warning in result.warnings)
    lines.append(f"rejected: {len(result.rejections)}")
    lines.extend(f"  {rejection.file}:{rejection.line}: {rejection.reason}" for rejection in result.rejections)
    return "\n".join(lines)
