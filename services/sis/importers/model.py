"""Parser output: accepted records, rejected rows with file, line and reason, and warnings."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from google.protobuf.message import Message

from trailmap.sis.v1 import sis_pb2

@dataclass
class ParsedRecord:
    """One normalised record, ready to publish."""

    message: Message
    source_id: str
    occurred_at: datetime | None

    @property
    def record_type(self) -> str:
        return self.message.DESCRIPTOR.name

    @property
    def source(self) -> sis_pb2.SourceRef:
        return self.message.source

    @property
    def kafka_key(self) -> str:
        """Kafka key "<source system>:<source id>"."""
        return f"{self.source.source_system}:{self.source_id}"

    def event_id(self) -> str:
        """Hash of tenant, source system, record type, source id and content.

        The file name and line are left out, so re-exporting the same record at another line of the file
        still yields the same id and a replay dedupes.
        """
        content = type(self.message)()
        content.CopyFrom(self.message)
        content.source.file = ""
        content.source.line = 0
        digest = hashlib.sha256()
        for part in (self.source.tenant_id, self.source.source_system, self.record_type, self.source_id):
            digest.update(part.encode())
            digest.update(b"\x1f")
        digest.update(content.SerializeToString(deterministic=True))
        if self.occurred_at is not None:
            digest.update(self.occurred_at.isoformat().encode())
        return digest.hexdigest()[:32]


@dataclass
class ImportResult:
    """Records and rejections from one import, in source order."""

    tenant_id: str
    source_system: str
    records: list[ParsedRecord] = field(default_factory=list)
    rejections: list[sis_pb2.RejectedRecord] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add(self, message: Message, source_id: str, occurred_at: datetime | None) -> None:
        self.records.append(ParsedRecord(message, source_id, occurred_at))

    def reject(self, file: str, line: int, reason: str, raw: str = "", record_type: str = "") -> None:
        self.rejections.append(sis_pb2.RejectedRecord(
            tenant_id=self.tenant_id, source_system=self.source_system, file=file, line=line,
            reason=reason, raw=raw, record_type=record_type))

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def extend(self, other: ImportResult) -> None:
        self.records.extend(other.records)
        self.rejections.extend(other.rejections)
        for warning in other.warnings:
            self.warn(warning)

    def count_by_type(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for record in self.records:
            counts[record.record_type] = counts.get(record.record_type, 0) + 1
        return dict(sorted(counts.items()))

    def of_type(self, message_class: type[Message]) -> list[Message]:
        return [record.message for record in self.records if isinstance(record.message, message_class)]

    def source_ref(self, source_id: str, file: str, line: int) -> sis_pb2.SourceRef:
        return sis_pb2.SourceRef(tenant_id=self.tenant_id, source_system=self.source_system,
                                 source_id=source_id, file=file, line=line)
