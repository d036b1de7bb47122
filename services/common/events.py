"""Kafka events: the envelope, an idempotent producer, and a consumer that commits after processing.

Delivery is at least once on the wire and exactly once in effect: the consumer commits an offset only
after the handler returned, and handlers record each event id in the same Neo4j transaction as their
effects (see `claim_event` in `services.common.dedupe`), so a redelivered event changes nothing.
A record the handler cannot process goes to `<topic>.dlq` with the reason, and is never dropped.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from google.protobuf import any_pb2, timestamp_pb2
from google.protobuf.message import DecodeError, Message
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.admin import NewPartitions, NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError
from kafka.structs import OffsetAndMetadata, TopicPartition

from services.common.memory_broker import InMemoryBroker
from trailmap.events.v1 import envelope_pb2

log = logging.getLogger(__name__)

# Topic name -> partition count. Every topic has a "<name>.dlq" twin with one partition.
TOPICS: dict[str, int] = {
    "trailmap.catalog.changed.v1": 1,
    "trailmap.profile.updated.v1": 6,
    "trailmap.sis.records.v1": 6,
    "trailmap.sis.rejected.v1": 1,
    "trailmap.progress.plan.v1": 6,
    "trailmap.progress.alerts.v1": 6,
}
DLQ_SUFFIX = ".dlq"


class PermanentEventError(Exception):
    """Raised by a handler for a record that will never succeed; the consumer dead-letters it at once."""


@dataclass(frozen=True)
class ReceivedEvent:
    """One decoded record as handed to a handler."""

    envelope: envelope_pb2.Envelope
    topic: str
    partition: int
    offset: int

    def payload(self, message_class: type[Message]) -> Message:
        """Unpack the payload as `message_class`, raising PermanentEventError on a type mismatch."""
        message = message_class()
        if not self.envelope.payload.Unpack(message):
            raise PermanentEventError(
                f"event {self.envelope.event_id} carries {self.envelope.payload.type_url}, "
                f"expected {message_class.DESCRIPTOR.full_name}")
        return message


def make_envelope(payload: Message, *, tenant_id: str, subject_key: str, producer: str,
                  occurred_at: datetime | None = None, event_id: str | None = None,
                  correlation_id: str = "", schema_version: int = 1) -> envelope_pb2.Envelope:
    """Wrap `payload` in an envelope. Pass a deterministic `event_id` to make replays dedupe."""
    packed = any_pb2.Any()
    packed.Pack(payload)
    timestamp = timestamp_pb2.Timestamp()
    timestamp.FromDatetime(occurred_at or datetime.now(timezone.utc))
    return envelope_pb2.Envelope(
        event_id=event_id or str(uuid.uuid4()),
        event_type=payload.DESCRIPTOR.full_name,
        schema_version=schema_version,
        tenant_id=tenant_id,
        subject_key=subject_key,
        occurred_at=timestamp,
        producer=producer,
        correlation_id=correlation_id,
        payload=packed,
    )


@dataclass(frozen=True)
class TopicSpec:
    """A topic as the platform needs it; `retention_ms` None keeps the broker default."""

    name: str
    partitions: int
    replication_factor: int = 1
    retention_ms: int | None = None


def default_topic_specs(replication_factor: int = 1) -> list[TopicSpec]:
    """Return TOPICS and their one-partition dead-letter twins as specs."""
    specs = []
    for name, partitions in TOPICS.items():
        specs.append(TopicSpec(name, partitions, replication_factor))
        specs.append(TopicSpec(name + DLQ_SUFFIX, 1, replication_factor))
    return specs


def ensure_topics(bootstrap: str, topics: dict[str, int] | list[TopicSpec] | None = None,
                  timeout_s: float = 30.0) -> list[str]:
    """Create missing topics and raise the partition count of existing ones that have fewer.

    A dict maps names to partition counts and gets dead-letter twins added; a list of TopicSpec is
    taken as it is. Partitions are never reduced and nothing is deleted, so this is safe to rerun.
    Returns the names of the topics created or grown.
    """
    if isinstance(topics, list):
        specs = topics
    else:
        specs = []
        for name, partitions in (topics or TOPICS).items():
            specs.append(TopicSpec(name, partitions))
            specs.append(TopicSpec(name + DLQ_SUFFIX, 1))

    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="trailmap-topics",
                             request_timeout_ms=int(timeout_s * 1000))
    try:
        existing = set(admin.list_topics())
        missing = [NewTopic(spec.name, num_partitions=spec.partitions, replication_factor=spec.replication_factor,
                            topic_configs={"retention.ms": str(spec.retention_ms)} if spec.retention_ms else {})
                   for spec in specs if spec.name not in existing]
        if missing:
            try:
                admin.create_topics(missing, timeout_ms=int(timeout_s * 1000))
            except TopicAlreadyExistsError:
                pass

        grown = []
        present = [spec for spec in specs if spec.name in existing]
        if present:
            described = {topic["name"]: len(topic["partitions"]) for topic in admin.describe_topics([s.name for s in present])}
            increases = {spec.name: NewPartitions(spec.partitions) for spec in present
                         if 0 < described.get(spec.name, 0) < spec.partitions}
            if increases:
                admin.create_partitions(increases, timeout_ms=int(timeout_s * 1000))
                grown = sorted(increases)
        return [topic.name for topic in missing] + grown
    finally:
        admin.close()


def kafka_available(bootstrap: str, timeout_s: float = 3.0) -> bool:
    """Return True when the cluster answers a metadata request within `timeout_s`."""
    try:
        # kafka-python 3.0.12's admin client rejects api_version_auto_timeout_ms, so only the request
        # timeout bounds the check.
        admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="trailmap-health",
                                 request_timeout_ms=int(timeout_s * 1000))
    except (KafkaError, OSError, ValueError):
        return False
    try:
        admin.describe_cluster()
        return True
    except (KafkaError, OSError):
        return False
    finally:
        admin.close()


class EventProducer:
    """Idempotent producer (acks=all) of enveloped events, keyed by subject."""

    def __init__(self, bootstrap: str, producer_name: str, *, broker: InMemoryBroker | None = None,
                 **config) -> None:
        self.producer_name = producer_name
        if broker is not None:
            self._producer = broker.producer()
            return
        self._producer = KafkaProducer(
            bootstrap_servers=bootstrap,
            client_id=producer_name,
            acks="all",
            enable_idempotence=True,
            linger_ms=5,
            retries=5,
            **config,
        )

    def publish(self, topic: str, envelope: envelope_pb2.Envelope):
        """Send `envelope` to `topic` keyed by its subject; returns the send future."""
        return self._producer.send(topic, key=envelope.subject_key.encode(), value=envelope.SerializeToString())

    def publish_payload(self, topic: str, payload: Message, **envelope_fields) -> envelope_pb2.Envelope:
        envelope = make_envelope(payload, producer=self.producer_name, **envelope_fields)
        self.publish(topic, envelope)
        return envelope

    def send_raw(self, topic: str, key: bytes | None, value: bytes):
        return self._producer.send(topic, key=key, value=value)

    def flush(self, timeout_s: float = 30.0) -> None:
        self._producer.flush(timeout=timeout_s)

    def close(self) -> None:
        self._producer.close()


Handler = Callable[[ReceivedEvent], None]


class EventConsumer:
    """Consume enveloped events in a group, hand each to `handler`, then commit.

    - Offsets are committed only after the handler returned for every record of a poll batch, so a
      crash replays the batch and nothing is lost.
    - Records with an event id seen recently by this process are skipped; durable dedupe is the
      handler's job, inside its own transaction.
    - A record that does not decode, has an unknown schema version, or makes the handler raise
      PermanentEventError (or any error `max_attempts` times) goes to `<topic>.dlq` with the reason.
    - With `batch_handler`, each poll batch is first offered whole (one transaction for many events
      is what makes thousands of events per second possible); `handler` remains the fallback.
    """

    def __init__(self, bootstrap: str, group_id: str, topics: Iterable[str], handler: Handler, *,
                 supported_schema_versions: Iterable[int] = (1,), max_attempts: int = 3,
                 liveness_file: Path | None = None, dedupe_window: int = 100_000,
                 poll_timeout_ms: int = 500, max_poll_records: int = 500,
                 broker: InMemoryBroker | None = None,
                 batch_handler: Callable[[list[ReceivedEvent]], None] | None = None, **config) -> None:
        if max_attempts < 1:
            raise ValueError(f"max_attempts={max_attempts} is invalid; a handler needs at least 1 attempt")
        self.group_id = group_id
        self.handler = handler
        self.batch_handler = batch_handler
        self.supported_schema_versions = frozenset(supported_schema_versions)
        self.max_attempts = max_attempts
        self.liveness_file = liveness_file
        self.poll_timeout_ms = poll_timeout_ms
        self._recent: OrderedDict[str, None] = OrderedDict()
        self._dedupe_window = dedupe_window
        self._stop = threading.Event()
        self.processed = 0
        self.dead_lettered = 0
        self.skipped_duplicates = 0
        if broker is not None:
            self._consumer = broker.consumer(group_id, topics, max_poll_records)
            self._dead_letters = broker.producer()
            return
        self._consumer = KafkaConsumer(
            *topics,
            bootstrap_servers=bootstrap,
            group_id=group_id,
            client_id=f"{group_id}-{uuid.uuid4().hex[:8]}",
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_poll_records=max_poll_records,
            **config,
        )
        self._dead_letters = KafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True,
                                           client_id=f"{group_id}-dlq")

    def stop(self) -> None:
        self._stop.set()

    def run(self, max_idle_s: float | None = None) -> None:
        """Poll until stop() is called, or until no record arrived for `max_idle_s` seconds."""
        idle_since = time.monotonic()
        try:
            while not self._stop.is_set():
                batch = self._consumer.poll(timeout_ms=self.poll_timeout_ms)
                self._touch_liveness()
                if not batch:
                    if max_idle_s is not None and time.monotonic() - idle_since > max_idle_s:
                        return
                    continue
                idle_since = time.monotonic()
                self._process_batch(batch)
        finally:
            self.close()

    def _process_batch(self, batch) -> None:
        offsets = {}
        events: list[tuple[object, ReceivedEvent]] = []
        for partition, records in batch.items():
            for record in records:
                event = self._decode(record)
                if event is not None:
                    events.append((record, event))
                offsets[partition] = OffsetAndMetadata(record.offset + 1, "", -1)

        if events and self.batch_handler is not None:
            self._handle_as_batch(events)
        else:
            for record, event in events:
                self._handle_one(record, event)

        # The dead letters of this batch must be durable before their offsets are committed.
        self._dead_letters.flush()
        self._consumer.commit(offsets)

    def _decode(self, record) -> ReceivedEvent | None:
        """Parse and check one record; dead-letter it and return None when it cannot be handled."""
        envelope = envelope_pb2.Envelope()
        try:
            envelope.ParseFromString(record.value or b"")
        except DecodeError as error:
            self._dead_letter(record, f"value is not a trailmap.events.v1.Envelope: {error}")
            return None
        if not envelope.event_id:
            self._dead_letter(record, "envelope has no event_id; producers must set one")
            return None
        if envelope.schema_version not in self.supported_schema_versions:
            supported = ", ".join(str(v) for v in sorted(self.supported_schema_versions))
            self._dead_letter(record, f"schema_version {envelope.schema_version} of {envelope.event_type} is not "
                                      f"supported by {self.group_id} (supported: {supported}); upgrade the consumer")
            return None
        if envelope.event_id in self._recent:
            self.skipped_duplicates += 1
            return None
        return ReceivedEvent(envelope, record.topic, record.partition, record.offset)

    def _handle_as_batch(self, events: list[tuple[object, ReceivedEvent]]) -> None:
        """Hand the whole poll batch to `batch_handler`; on any failure, fall back to one event at a time.

        The batch handler must apply all or nothing (one transaction), so after a failure the per-event
        path re-applies each event alone and only the bad one is retried and dead-lettered.
        """
        try:
            self.batch_handler([event for _record, event in events])
        except Exception as error:  # noqa: BLE001 - the per-event path decides what is permanent
            log.warning("batch handler failed; handling events one at a time",
                        extra={"group": self.group_id, "events": len(events), "error": repr(error)})
            for record, event in events:
                self._handle_one(record, event)
            return

        for _record, event in events:
            self.processed += 1
            self._remember(event.envelope.event_id)

    def _handle_one(self, record, event: ReceivedEvent) -> None:
        envelope = event.envelope
        for attempt in range(1, self.max_attempts + 1):
            try:
                self.handler(event)
                break
            except PermanentEventError as error:
                self._dead_letter(record, str(error), envelope)
                return
            except Exception as error:  # noqa: BLE001 - any handler failure is retried, then dead-lettered
                log.warning("event handler failed", extra={"event_id": envelope.event_id, "attempt": attempt,
                                                           "group": self.group_id, "error": repr(error)})
                if attempt == self.max_attempts:
                    self._dead_letter(record, f"handler failed {attempt} times: {error!r}", envelope)
                    return
                time.sleep(0.2 * attempt)

        self.processed += 1
        self._remember(envelope.event_id)

    def _remember(self, event_id: str) -> None:
        self._recent[event_id] = None
        if len(self._recent) > self._dedupe_window:
            self._recent.popitem(last=False)

    def _dead_letter(self, record, reason: str, envelope: envelope_pb2.Envelope | None = None) -> None:
        rejected_at = timestamp_pb2.Timestamp()
        rejected_at.GetCurrentTime()
        letter = envelope_pb2.DeadLetter(
            source_topic=record.topic, source_partition=record.partition, source_offset=record.offset,
            original_value=record.value or b"", original_key=record.key or b"", reason=reason,
            consumer_group=self.group_id, rejected_at=rejected_at)
        self._dead_letters.send(record.topic + DLQ_SUFFIX, key=record.key, value=letter.SerializeToString())
        self.dead_lettered += 1
        log.warning("event dead-lettered", extra={"topic": record.topic, "partition": record.partition,
                                                  "offset": record.offset, "group": self.group_id,
                                                  "event_id": envelope.event_id if envelope else None,
                                                  "reason": reason})

    def _touch_liveness(self) -> None:
        if self.liveness_file is not None:
            self.liveness_file.touch()

    def close(self) -> None:
        try:
            self._dead_letters.flush()
            self._dead_letters.close()
        finally:
            self._consumer.close()


def consume_in_background(bootstrap: str, group_prefix: str, topic: str, handler: Handler,
                          thread_name: str) -> EventConsumer:
    """Run `handler` for every event on `topic` in a daemon thread; returns the consumer (stop with `.stop()`).

    The consumer group is `group_prefix` plus a random suffix, so every process, replica included, gets
    every event: the pattern for clearing in-memory caches on `catalog.changed`.
    """
    consumer = EventConsumer(bootstrap, f"{group_prefix}-{uuid.uuid4().hex[:12]}", [topic], handler)
    threading.Thread(target=consumer.run, name=thread_name, daemon=True).start()
    return consumer


def topic_partitions(bootstrap: str, topic: str) -> list[TopicPartition]:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap)
    try:
        return [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or [])]
    finally:
        consumer.close()
