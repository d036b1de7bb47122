"""Produce, consume in a group, commit, and dead-letter against a real Kafka broker."""

import threading

import pytest
from kafka import KafkaConsumer

from services.common.events import DLQ_SUFFIX, EventConsumer, EventProducer, PermanentEventError, ensure_topics
from trailmap.events.v1 import envelope_pb2

pytestmark = pytest.mark.integration


def _consume_until(consumer: EventConsumer, done: threading.Event, timeout_s: float = 60.0) -> None:
    thread = threading.Thread(target=consumer.run, daemon=True)
    thread.start()
    done.wait(timeout_s)
    consumer.stop()
    thread.join(30)


def test_produce_consume_commit_and_dead_letter(kafka_bootstrap, unique_name):
    topic = f"smoke.{unique_name}.v1"
    group = f"smoke-{unique_name}"
    ensure_topics(kafka_bootstrap, {topic: 2})

    producer = EventProducer(kafka_bootstrap, "smoke-test")
    sent = []
    for index in range(10):
        payload = envelope_pb2.CatalogChanged(load_id=f"load-{index}")
        sent.append(producer.publish_payload(topic, payload, tenant_id="t", subject_key=f"subject-{index % 3}"))
    producer.send_raw(topic, b"bad", b"\xff\x00 not an envelope")
    rejected = producer.publish_payload(topic, envelope_pb2.CatalogChanged(load_id="reject-me"),
                                        tenant_id="t", subject_key="subject-x")
    producer.flush()
    producer.close()

    handled: list[str] = []
    done = threading.Event()

    def handler(event):
        payload = event.payload(envelope_pb2.CatalogChanged)
        if payload.load_id == "reject-me":
            raise PermanentEventError("load_id 'reject-me' is rejected by this test")
        handled.append(event.envelope.event_id)
        if len(handled) == 10:
            done.set()

    consumer = EventConsumer(kafka_bootstrap, group, [topic], handler)
    _consume_until(consumer, done)

    assert sorted(handled) == sorted(e.event_id for e in sent)
    assert consumer.dead_lettered == 2

    # A second consumer in the same group sees nothing: the offsets were committed.
    again: list[str] = []
    second = EventConsumer(kafka_bootstrap, group, [topic], lambda event: again.append(event.envelope.event_id))
    second.run(max_idle_s=5)
    assert again == []

    dead = KafkaConsumer(topic + DLQ_SUFFIX, bootstrap_servers=kafka_bootstrap, auto_offset_reset="earliest",
                         consumer_timeout_ms=10000, group_id=f"{group}-dlq-reader")
    letters = []
    for record in dead:
        letter = envelope_pb2.DeadLetter()
        letter.ParseFromString(record.value)
        letters.append(letter)
        if len(letters) == 2:
            break
    dead.close()
    reasons = sorted(letter.reason for letter in letters)
    assert any("not a trailmap.events.v1.Envelope" in reason for reason in reasons)
    assert any("reject-me" in reason for reason in reasons)
    assert all(letter.source_topic == topic for letter in letters)
    assert rejected.event_id  # the rejected event was a real envelope with an id
