"""Progress consumer: apply SIS records and route choices exactly once, then publish alerts.

    python -m services.progress.consumer

Each Kafka poll batch is applied in one Neo4j transaction that first claims the batch's event ids
(the batched claim_event), so a redelivered event changes nothing; offsets are committed only after the
transaction committed, so nothing is lost. When a batch fails, the consumer applies its events one at a
time, each in its own transaction, so only a bad event is retried and dead-lettered.
"""

from __future__ import annotations

import logging
import signal
import sys

from services.common.events import EventConsumer, EventProducer, PermanentEventError, ReceivedEvent, ensure_topics
from services.common.graph import create_driver
from services.common.settings import settings_or_exit
from services.progress.repository import Change, ProgressRepository, RouteChange, SisChange
from services.progress.settings import ProgressSettings
from trailmap.progress.v1 import progress_pb2
from trailmap.sis.v1 import sis_pb2

log = logging.getLogger("trailmap.progress.consumer")

SIS_TYPES = {message.DESCRIPTOR.full_name: message for message in (
    sis_pb2.StudentRecord, sis_pb2.SchoolRecord, sis_pb2.CourseRecord, sis_pb2.EnrollmentRecord,
    sis_pb2.TranscriptRecord, sis_pb2.GraduationPlanRecord, sis_pb2.CounselorAssignment, sis_pb2.StudentRoster)}


class ProgressHandler:
    """Apply received events (one, or a whole poll batch in one transaction) and publish the alerts they raised."""

    def __init__(self, repository: ProgressRepository, group: str, alerts: EventProducer | None,
                 alerts_topic: str) -> None:
        self.repository = repository
        self.group = group
        self.alerts = alerts
        self.alerts_topic = alerts_topic

    def __call__(self, event: ReceivedEvent) -> None:
        self.apply_batch([event])

    def apply_batch(self, events: list[ReceivedEvent]) -> None:
        """Apply all events in one transaction, then publish the alerts; raises when any event is invalid."""
        alerts = self.repository.apply_changes(self.group, [self._change(event) for event in events])
        if alerts is None:
            log.debug("events already applied", extra={"events": len(events), "group": self.group,
                                                       "event_id": events[0].envelope.event_id})
            return
        for alert in alerts:
            self._publish(alert)

    @staticmethod
    def _change(event: ReceivedEvent) -> Change:
        envelope = event.envelope
        if envelope.event_type in SIS_TYPES:
            if not envelope.tenant_id:
                raise PermanentEventError(f"event {envelope.event_id} has no tenant_id; importers must set it")
            return SisChange(envelope.event_id, envelope.tenant_id, event.payload(SIS_TYPES[envelope.event_type]),
                             envelope.occurred_at.ToMilliseconds())
        if envelope.event_type == progress_pb2.RouteChosen.DESCRIPTOR.full_name:
            return RouteChange(envelope.event_id, event.payload(progress_pb2.RouteChosen))
        raise PermanentEventError(f"event type {envelope.event_type} is not handled by the progress consumer")

    def _publish(self, alert: progress_pb2.Alert) -> None:
        if self.alerts is None:
            return
        # NOTE: alerts are sent after the transaction commits. A crash between the commit and the send loses the
        # Kafka copy of an alert, although ListAlerts still returns it from Neo4j.
        self.alerts.publish_payload(self.alerts_topic, alert, tenant_id=alert.tenant_id,
                                    subject_key=f"student:{alert.tenant_id}:{alert.student_id}",
                                    event_id=f"alert-{alert.alert_id}")


def main() -> int:
    settings = settings_or_exit(ProgressSettings, "progress-consumer")

    driver = create_driver(settings)
    topics = [settings.progress_records_topic, settings.progress_plan_topic]
    ensure_topics(settings.kafka_bootstrap, {topic: 6 for topic in [*topics, settings.progress_alerts_topic]})
    alerts = EventProducer(settings.kafka_bootstrap, "progress-consumer")
    handler = ProgressHandler(ProgressRepository(driver, settings.neo4j_database), settings.progress_group, alerts,
                              settings.progress_alerts_topic)
    consumer = EventConsumer(settings.kafka_bootstrap, settings.progress_group, topics, handler,
                             batch_handler=handler.apply_batch, max_poll_records=settings.progress_max_poll_records,
                             liveness_file=settings.trailmap_liveness_file)
    signal.signal(signal.SIGTERM, lambda *_: consumer.stop())
    log.info("progress consumer started", extra={"group": settings.progress_group, "topics": ",".join(topics)})
    try:
        consumer.run(max_idle_s=settings.progress_max_idle_s)
    finally:
        alerts.flush()
        alerts.close()
        driver.close()
        log.info("progress consumer stopped", extra={"group": settings.progress_group,
                                                     "processed": consumer.processed,
                                                     "dead_lettered": consumer.dead_lettered})
    return 0


if __name__ == "__main__":
    sys.exit(main())
