#!/usr/bin/env python3
"""Benchmark SIS sync: importer -> Kafka -> progress consumer -> Neo4j, next to raw kafka-python.

    NEO4J_URI=bolt://127.0.0.1:7687 KAFKA_BOOTSTRAP=127.0.0.1:9092 \\
        .venv/bin/python scripts/bench_sis.py [--events 3000] [--sample clever/sftp-sandbox-csv] \\
        [--rate 500] [--max-poll-records 1000] [--per-event]

Prints events per second and end-to-end lag (p50, p95: from the producer's send to the consumer's
committed Neo4j transaction) for the pipeline, and raw kafka-python produce-and-consume throughput of
messages of the same mean size measured in the same run. Without --rate the events are sent as one
burst; with --rate they are paced at that many events per second, a steady stream. --per-event runs
the consumer with one transaction per event, as before batching. Uses private topics, group and
tenant, and deletes the tenant's nodes at the end.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "services" / "protogen"))

from kafka import KafkaConsumer, KafkaProducer  # noqa: E402

from services.common.events import EventConsumer, EventProducer, ensure_topics, make_envelope  # noqa: E402
from services.common.graph import create_driver  # noqa: E402
from services.common.schema import apply_schema  # noqa: E402
from services.common.settings import ServiceSettings, load_settings  # noqa: E402
from services.progress.consumer import ProgressHandler  # noqa: E402
from services.progress.repository import ProgressRepository  # noqa: E402
from services.sis.publish import parse  # noqa: E402

SIS = REPO.parent / "shared" / "data" / "sis"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def raw_kafka(bootstrap: str, count: int, size: int) -> tuple[float, float]:
    """Return (produce msgs/s, produce-and-consume msgs/s) for `count` messages of `size` bytes."""
    topic = f"bench.raw.{uuid.uuid4().hex[:8]}"
    ensure_topics(bootstrap, {topic: 6})
    payload = b"x" * size
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True, linger_ms=5)
    started = time.perf_counter()
    for index in range(count):
        producer.send(topic, key=str(index).encode(), value=payload)
    producer.flush()
    produced = time.perf_counter() - started
    producer.close()

    consumer = KafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=f"bench-raw-{uuid.uuid4().hex[:8]}",
                             auto_offset_reset="earliest", enable_auto_commit=False, consumer_timeout_ms=15000)
    received = 0
    consume_started = time.perf_counter()
    for _ in consumer:
        received += 1
        if received == count:
            break
    consumer.commit()
    consumed = time.perf_counter() - consume_started
    consumer.close()
    return count / produced, count / (produced + consumed)


def pipeline(settings, sample: Path, count: int, rate: float, max_poll_records: int, per_event: bool) -> dict:
    suffix = uuid.uuid4().hex[:8]
    tenant, records_topic, group = f"bench-{suffix}", f"bench.sis.records.{suffix}", f"bench-progress-{suffix}"
    ensure_topics(settings.kafka_bootstrap, {records_topic: 6})
    driver = create_driver(settings)
    apply_schema(driver)
    repository = ProgressRepository(driver)

    format_name = "oneroster"
    if "clever" in sample.parts:
        format_name = "clever"
    elif "edfi" in sample.parts:
        format_name = "edfi"
    records = parse(format_name, sample, tenant).records[:count]
    envelopes = [make_envelope(r.message, tenant_id=tenant, subject_key=r.kafka_key, producer="bench",
                               occurred_at=r.occurred_at, event_id=r.event_id()) for r in records]
    mean_size = int(statistics.mean(len(e.SerializeToString()) for e in envelopes))

    sent_at: dict[str, float] = {}
    applied_at: dict[str, float] = {}
    handler = ProgressHandler(repository, group, None, "")

    def timed(event):
        handler(event)
        applied_at[event.envelope.event_id] = time.perf_counter()

    def timed_batch(events):
        handler.apply_batch(events)
        committed = time.perf_counter()
        for event in events:
            applied_at[event.envelope.event_id] = committed

    consumer = EventConsumer(settings.kafka_bootstrap, group, [records_topic], timed, poll_timeout_ms=200,
                             batch_handler=None if per_event else timed_batch, max_poll_records=max_poll_records)
    thread = threading.Thread(target=consumer.run, kwargs={"max_idle_s": 20}, daemon=True)
    thread.start()
    time.sleep(3)  # let the consumer join the group before the first event

    producer = EventProducer(settings.kafka_bootstrap, "bench")
    started = time.perf_counter()
    for index, envelope in enumerate(envelopes):
        if rate:
            time.sleep(max(0.0, started + index / rate - time.perf_counter()))
        sent_at[envelope.event_id] = time.perf_counter()
        producer.publish(records_topic, envelope)
        if rate:
            # A paced stream sends each event as it comes instead of waiting for the producer's linger.
            producer.flush()
    producer.flush()
    while len(applied_at) < len(envelopes) and thread.is_alive():
        time.sleep(0.2)
    finished = max(applied_at.values(), default=time.perf_counter())
    consumer.stop()
    thread.join(timeout=30)
    producer.close()

    lags = [applied_at[key] - sent_at[key] for key in applied_at if key in sent_at]
    repository.delete_tenant(tenant)
    driver.execute_query("MATCH (e:ProcessedEvent {group: $group}) DELETE e", group=group)
    driver.close()
    return {"events": len(applied_at), "seconds": finished - started, "rate": len(applied_at) / (finished - started),
            "p50": percentile(lags, 0.50), "p95": percentile(lags, 0.95), "mean_size": mean_size}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=3000, help="number of SIS records to push through")
    parser.add_argument("--sample", default="clever/sftp-sandbox-csv", help="sample folder under the SIS data folder")
    parser.add_argument("--rate", type=float, default=0.0,
                        help="events per second of a paced stream; 0 sends one burst")
    parser.add_argument("--max-poll-records", type=int, default=1000,
                        help="records per Kafka poll, applied in one transaction")
    parser.add_argument("--per-event", action="store_true", help="apply each event in its own transaction")
    args = parser.parse_args()
    settings = load_settings(ServiceSettings)

    result = pipeline(settings, SIS / args.sample, args.events, args.rate, args.max_poll_records, args.per_event)
    produce_rate, round_trip_rate = raw_kafka(settings.kafka_bootstrap, result["events"], result["mean_size"])

    mode = "one transaction per event" if args.per_event else f"batches of up to {args.max_poll_records}"
    stream = f"paced at {args.rate:g} events/s" if args.rate else "one burst"
    print(f"sample: {args.sample}, events: {result['events']}, mean envelope size: {result['mean_size']} bytes, "
          f"{stream}, {mode}")
    print(f"pipeline (importer -> Kafka -> consumer -> Neo4j): {result['rate']:.0f} events/s "
          f"({result['seconds']:.1f} s)")
    print(f"end-to-end lag: p50 {result['p50'] * 1000:.0f} ms, p95 {result['p95'] * 1000:.0f} ms")
    print(f"raw kafka-python, same count and size: produce {produce_rate:.0f} msg/s, "
          f"produce+consume {round_trip_rate:.0f} msg/s")
    print(f"pipeline / raw produce+consume: {result['rate'] / round_trip_rate:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
