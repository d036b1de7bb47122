"""One contract for event delivery, checked against real Kafka and against the in-memory broker.

A handler tested on the in-memory broker can rely on exactly the behaviour these scenarios pin down.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from kafka import KafkaConsumer

from services.common.events import DLQ_SUFFIX, EventConsumer, EventProducer, PermanentEventError, ensure_topics
from services.common.memory_broker import InMemoryBroker
from trailmap.events.v1 import envelope_pb2


@dataclass
class Transport:
    name: str
    bootstrap: str
    broker: InMemoryBroker | None

    def create_topic(self, topic: str, partitions: int) -> None:
        if self.broker is not None:
            self.broker.create_topic(topic, partitions)
            self.broker.create_topic(topic + DLQ_SUFFIX, 1)
        else:
            ensure_topics(self.bootstrap, {topic: partitions})

    def producer(self) -> EventProducer:
        return EventProducer(self.bootstrap, "contract-test", broker=self.broker)

    def consumer(self, group: str, topic: str, handler, **options) -> EventConsumer:
        return EventConsumer(self.bootstrap, group, [topic], handler, broker=self.broker, poll_timeout_ms=200,
                             **options)

    def dead_letters(self, topic: str, expected: int) -> list[envelope_pb2.DeadLetter]:
        if self.broker is not None:
            values = [record.value for record in self.broker.records(topic + DLQ_SUFFIX)]
        else:
            reader = KafkaConsumer(topic + DLQ_SUFFIX, bootstrap_servers=self.bootstrap,
                                   auto_offset_reset="earliest", consumer_timeout_ms=10_000)
            values = []
            for record in reader:
                values.append(record.value)
                if len(values) == expected:
                    break
            reader.close()
        letters = []
        for value in values:
            letter = envelope_pb2.DeadLetter()
            letter.ParseFromString(value)
            letters.append(letter)
        return letters


@pytest.fixture(params=["memory", "kafka"])
def transport(request) -> Transport:
    if request.param == "memory":
        return Transport("memory", "memory", InMemoryBroker())
    request.applymarker(pytest.mark.integration)
    return Transport("kafka", request.getfixturevalue("kafka_bootstrap"), None)


def _publish(producer: EventProducer, topic: str, count: int, subject_count: int = 4) -> list[envelope_pb2.Envelope]:
    sent = []
    for index in range(count):
        payload = envelope_pb2.CatalogChanged(load_id=f"load-{index}", rejected_rows=index)
        sent.append(producer.publish_payload(topic, payload, tenant_id="contract",
                                             subject_key=f"subject-{index % subject_count}"))
    producer.flush()
    return sent


def test_group_receives_every_event_once(transport, unique_name):
    topic = f"contract.{unique_name}.v1"
    transport.create_topic(topic, 3)
    sent = _publish(transport.producer(), topic, 30)
    received = []

    consumer = transport.consumer(f"group-{unique_name}", topic, lambda event: received.append(event.envelope.event_id))
    consumer.run(max_idle_s=3)

    assert sorted(received) == sorted(envelope.event_id for envelope in sent)


def test_committed_offsets_resume_next_consumer(transport, unique_name):
    topic = f"contract.{unique_name}.v1"
    transport.create_topic(topic, 3)
    _publish(transport.producer(), topic, 10)
    first = transport.consumer(f"group-{unique_name}", topic, lambda event: None)
    first.run(max_idle_s=3)
    later = _publish(transport.producer(), topic, 5)
    received = []

    second = transport.consumer(f"group-{unique_name}", topic, lambda event: received.append(event.envelope.event_id))
    second.run(max_idle_s=3)

    assert sorted(received) == sorted(envelope.event_id for envelope in later)


def test_uncommitted_batch_is_redelivered(transport, unique_name):
    topic = f"contract.{unique_name}.v1"
    transport.create_topic(topic, 1)
    sent = _publish(transport.producer(), topic, 6, subject_count=1)

    def crash_on_fourth(event):
        if event.offset == 3:
            raise KeyboardInterrupt("simulated crash before commit")

    crashing = transport.consumer(f"group-{unique_name}", topic, crash_on_fourth)
    with pytest.raises(KeyboardInterrupt):
        crashing.run(max_idle_s=3)
    received = []
    recovering = transport.consumer(f"group-{unique_name}", topic, lambda event: received.append(event.envelope.event_id))
    recovering.run(max_idle_s=3)

    assert received == [envelope.event_id for envelope in sent]


def test_one_key_keeps_its_order(transport, unique_name):
    topic = f"contract.{unique_name}.v1"
    transport.create_topic(topic, 3)
    sent = _publish(transport.producer(), topic, 20, subject_count=1)
    received = []

    consumer = transport.consumer(f"group-{unique_name}", topic, lambda event: received.append(event.envelope.event_id))
    consumer.run(max_idle_s=3)

    assert received == [envelope.event_id for envelope in sent]


def test_rejected_records_reach_dead_letter_topic(transport, unique_name):
    topic = f"contract.{unique_name}.v1"
    transport.create_topic(topic, 1)
    producer = transport.producer()
    producer.send_raw(topic, b"garbage", b"\xff\xfe not protobuf")
    bad = producer.publish_payload(topic, envelope_pb2.CatalogChanged(load_id="bad"), tenant_id="contract",
                                   subject_key="s", schema_version=99)
    refused = producer.publish_payload(topic, envelope_pb2.CatalogChanged(load_id="refuse"), tenant_id="contract",
                                       subject_key="s")
    producer.flush()

    def handler(event):
        raise PermanentEventError(f"load {event.payload(envelope_pb2.CatalogChanged).load_id} is refused by the test")

    consumer = transport.consumer(f"group-{unique_name}", topic, handler)
    consumer.run(max_idle_s=3)
    letters = transport.dead_letters(topic, expected=3)

    reasons = [letter.reason for letter in letters]
    assert len(letters) == 3
    assert any("not a trailmap.events.v1.Envelope" in reason for reason in reasons)
    assert any("schema_version 99" in reason for reason in reasons)
    assert any("load refuse is refused" in reason for reason in reasons)
    assert all(letter.source_topic == topic for letter in letters)
    assert bad.event_id != refused.event_id


def test_batch_handler_falls_back_per_event(unique_name):
    broker = InMemoryBroker()
    topic = f"contract.{unique_name}.v1"
    broker.create_topic(topic, 1)
    producer = EventProducer("memory", "contract-test", broker=broker)
    sent = _publish(producer, topic, 8, subject_count=1)
    batches: list[int] = []
    singles: list[str] = []

    def batch_handler(events):
        batches.append(len(events))
        if any(event.payload(envelope_pb2.CatalogChanged).load_id == "load-3" for event in events):
            raise RuntimeError("one bad event spoils the batch")

    def handler(event):
        if event.payload(envelope_pb2.CatalogChanged).load_id == "load-3":
            raise PermanentEventError("load-3 is refused by the test")
        singles.append(event.envelope.event_id)

    consumer = EventConsumer("memory", f"group-{unique_name}", [topic], handler, broker=broker,
                             batch_handler=batch_handler, poll_timeout_ms=50)
    consumer.run(max_idle_s=1)

    assert batches == [8]
    assert singles == [envelope.event_id for envelope in sent if envelope.event_id != sent[3].event_id]
    assert consumer.dead_lettered == 1
    assert consumer.processed == 7
