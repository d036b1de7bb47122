"""An in-process broker with the slice of Kafka semantics Trailmap's producers and consumers rely on.

It exists for fast unit tests of handlers and consumers. The contract tests in
`tests/common/test_event_contract.py` run the same scenarios against it and against a real Kafka
broker, so a behaviour it gets wrong shows up there. What it models:

- topics with a fixed partition count, created on first use with `default_partitions`;
- a record's partition chosen from its key (CRC32), so one key keeps its order;
- consumer groups with committed offsets, resumed by the next consumer of the group;
- partitions split round-robin between the live consumers of a group on every join or leave.

NOTE: it has no retention, no transactions and no rebalance callbacks, and `poll` never blocks
longer than one short sleep. Integration tests must still run against real Kafka.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kafka.structs import OffsetAndMetadata, TopicPartition


@dataclass(frozen=True)
class MemoryRecord:
    """A stored record, with the attribute names of kafka-python's ConsumerRecord."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes
    timestamp: int


class _SendResult:
    """The already-resolved future that `send` returns, like kafka-python's FutureRecordMetadata."""

    def __init__(self, record: MemoryRecord) -> None:
        self.record = record

    def get(self, timeout: float | None = None) -> MemoryRecord:
        return self.record


@dataclass
class InMemoryBroker:
    default_partitions: int = 3
    _logs: dict[str, list[list[MemoryRecord]]] = field(default_factory=dict)
    _committed: dict[tuple[str, TopicPartition], int] = field(default_factory=dict)
    _members: dict[str, list[MemoryConsumer]] = field(default_factory=lambda: defaultdict(list))
    _lock: threading.RLock = field(default_factory=threading.RLock)

    def create_topic(self, topic: str, partitions: int) -> None:
        with self._lock:
            self._logs.setdefault(topic, [[] for _ in range(partitions)])

    def partitions_for(self, topic: str) -> int:
        with self._lock:
            self.create_topic(topic, self.default_partitions)
            return len(self._logs[topic])

    def append(self, topic: str, key: bytes | None, value: bytes) -> MemoryRecord:
        with self._lock:
            partitions = self._logs.setdefault(topic, [[] for _ in range(self.default_partitions)])
            index = zlib.crc32(key) % len(partitions) if key is not None else 0
            log = partitions[index]
            record = MemoryRecord(topic, index, len(log), key, value, int(time.time() * 1000))
            log.append(record)
            return record

    def records(self, topic: str) -> list[MemoryRecord]:
        """Return every record of `topic`, partition by partition, for assertions in tests."""
        with self._lock:
            return [record for log in self._logs.get(topic, []) for record in log]

    def producer(self) -> MemoryProducer:
        return MemoryProducer(self)

    def consumer(self, group_id: str, topics: Iterable[str], max_poll_records: int = 500) -> MemoryConsumer:
        consumer = MemoryConsumer(self, group_id, list(topics), max_poll_records)
        with self._lock:
            self._members[group_id].append(consumer)
            self._rebalance(group_id)
        return consumer

    def leave(self, consumer: MemoryConsumer) -> None:
        with self._lock:
            members = self._members[consumer.group_id]
            if consumer in members:
                members.remove(consumer)
            self._rebalance(consumer.group_id)

    def _rebalance(self, group_id: str) -> None:
        members = self._members[group_id]
        if not members:
            return
        partitions = sorted({TopicPartition(topic, index)
                             for member in members for topic in member.topics
                             for index in range(self.partitions_for(topic))})
        for member in members:
            member.assignment = {}
        for position, partition in enumerate(partitions):
            owner = members[position % len(members)]
            owner.assignment[partition] = self._committed.get((group_id, partition), 0)


class MemoryProducer:
    def __init__(self, broker: InMemoryBroker) -> None:
        self._broker = broker

    def send(self, topic: str, key: bytes | None = None, value: bytes = b"") -> _SendResult:
        return _SendResult(self._broker.append(topic, key, value))

    def flush(self, timeout: float | None = None) -> None:
        return None

    def close(self) -> None:
        return None


class MemoryConsumer:
    def __init__(self, broker: InMemoryBroker, group_id: str, topics: list[str], max_poll_records: int) -> None:
        self._broker = broker
        self.group_id = group_id
        self.topics = topics
        self.max_poll_records = max_poll_records
        # Partition -> next offset to return. Reset to the committed offset on every rebalance.
        self.assignment: dict[TopicPartition, int] = {}

    def poll(self, timeout_ms: int = 0, max_records: int | None = None) -> dict[TopicPartition, list[MemoryRecord]]:
        limit = max_records or self.max_poll_records
        batch: dict[TopicPartition, list[MemoryRecord]] = {}
        with self._broker._lock:
            for partition, position in sorted(self.assignment.items()):
                log = self._broker._logs[partition.topic][partition.partition]
                records = log[position:position + limit]
                if records:
                    batch[partition] = records
                    self.assignment[partition] = position + len(records)
                    limit -= len(records)
                if limit <= 0:
                    break
        if not batch and timeout_ms:
            time.sleep(min(timeout_ms, 50) / 1000)
        return batch

    def commit(self, offsets: dict[TopicPartition, OffsetAndMetadata] | None = None) -> None:
        with self._broker._lock:
            for partition, offset in (offsets or {}).items():
                self._broker._committed[(self.group_id, partition)] = offset.offset

    def close(self) -> None:
        self._broker.leave(self)
