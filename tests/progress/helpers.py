"""Shared helpers of the progress integration tests: import, publish and consume on private topics."""

from __future__ import annotations

import shutil
from pathlib import Path

from services.common.events import EventConsumer, EventProducer, ensure_topics
from services.progress.consumer import ProgressHandler
from services.progress.repository import ProgressRepository
from services.sis.publish import parse, publish

SIS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "sis"


class Pipeline:
    """Private topics and group for one test, with the importer and an in-process consumer."""

    def __init__(self, bootstrap: str, driver, suffix: str) -> None:
        self.bootstrap = bootstrap
        self.records_topic = f"test.sis.records.{suffix}"
        self.rejected_topic = f"test.sis.rejected.{suffix}"
        self.plan_topic = f"test.progress.plan.{suffix}"
        self.alerts_topic = f"test.progress.alerts.{suffix}"
        self.group = f"test-progress-{suffix}"
        ensure_topics(bootstrap, {self.records_topic: 3, self.rejected_topic: 1, self.plan_topic: 3,
                                  self.alerts_topic: 3})
        self.producer = EventProducer(bootstrap, "test-sis-importer")
        self.repository = ProgressRepository(driver)

    def import_path(self, format_name: str, path: Path, tenant_id: str):
        result = parse(format_name, path, tenant_id)
        publish(self.producer, result, records_topic=self.records_topic, rejected_topic=self.rejected_topic)
        return result

    def consume(self, max_idle_s: float = 4.0, batches: bool = True) -> EventConsumer:
        """Consume until idle, a poll batch per transaction, or one event per transaction when `batches` is False."""
        alerts = EventProducer(self.bootstrap, "test-progress-alerts")
        handler = ProgressHandler(self.repository, self.group, alerts, self.alerts_topic)
        consumer = EventConsumer(self.bootstrap, self.group, [self.records_topic, self.plan_topic], handler,
                                 batch_handler=handler.apply_batch if batches else None, poll_timeout_ms=300,
                                 max_poll_records=1000)
        consumer.run(max_idle_s=max_idle_s)
        alerts.flush()
        alerts.close()
        return consumer

    def close(self) -> None:
        self.producer.close()

    def delete_processed(self, driver) -> None:
        driver.execute_query("MATCH (e:ProcessedEvent {group: $group}) DELETE e", group=self.group)


def copy_package_without_user(source: Path, target: Path, user_id: str, users_mode: str = "bulk") -> Path:
    """Copy a OneRoster package without `user_id`'s rows, with users.csv marked `users_mode` in the manifest."""
    shutil.copytree(source, target)
    for name in ("users.csv", "enrollments.csv", "demographics.csv"):
        path = target / name
        lines = path.read_text().splitlines(keepends=True)
        path.write_text("".join(line for line in lines if f",{user_id}," not in line and not line.startswith(user_id)))
    manifest = target / "manifest.csv"
    manifest.write_text(manifest.read_text().replace("file.users,bulk", f"file.users,{users_mode}"))
    return target
