"""The `profile.updated` event: one ProfileUpdated per committed change, keyed by student."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from kafka.errors import KafkaError

from services.common.events import EventProducer, make_envelope
from trailmap.profile.v1 import profile_pb2

log = logging.getLogger(__name__)

PROFILE_UPDATED_TOPIC = "trailmap.profile.updated.v1"
PRODUCER_NAME = "profile-service"


def subject_key(tenant_id: str, student_id: str) -> str:
    return f"student:{tenant_id}:{student_id}"


class ProfileEvents:
    def __init__(self, producer: EventProducer, send_timeout_s: float = 10.0) -> None:
        self._producer = producer
        self._send_timeout_s = send_timeout_s

    def publish(self, event: profile_pb2.ProfileUpdated, correlation_id: str = "") -> str | None:
        """Send the event and wait for the broker's acknowledgement; return the event id, None on failure.

        NOTE: the change is already committed when this runs, so a broker failure loses the event (it is
        logged with the ids). A transactional outbox would close that gap.
        """
        if not event.HasField("updated_at"):
            event.updated_at.FromDatetime(datetime.now(timezone.utc))
        envelope = make_envelope(event, tenant_id=event.tenant_id, producer=PRODUCER_NAME,
                                 subject_key=subject_key(event.tenant_id, event.student_id),
                                 correlation_id=correlation_id)
        try:
            self._producer.publish(PROFILE_UPDATED_TOPIC, envelope).get(timeout=self._send_timeout_s)
        except KafkaError as error:
            log.error("profile.updated event not sent", extra={
                "tenant_id": event.tenant_id, "student_id": event.student_id,
                "event_id": envelope.event_id, "error": repr(error)})
            return None
        return envelope.event_id
