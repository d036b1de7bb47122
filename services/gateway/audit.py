"""Audit trail of every read and write of a student record.

Each entry contains ids only (time, actor sub, role, tenant, student id, endpoint, request id, outcome,
access "read" or "write"), never names. Entries go to a JSON-lines file when TRAILMAP_AUDIT_LOG is set
and always to the `trailmap.audit` logger as structured log records.

A list endpoint (caseload, alerts) writes one entry per student it returns, so "who saw this student"
has one answer for single and list reads alike.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

log = logging.getLogger("trailmap.audit")


@dataclass(frozen=True)
class AuditEntry:
    time: str
    actor: str
    role: str
    tenant: str
    student_id: str
    endpoint: str
    request_id: str
    outcome: str
    access: str = "read"


_LOG_MESSAGES = {"read": "student record read", "write": "student record written"}


class AuditLog:
    """Append-only audit sink; `entries` keeps the latest entries in memory for tests and the health page."""

    def __init__(self, path: Path | None, keep_in_memory: int = 1000) -> None:
        self.path = path
        self.keep_in_memory = keep_in_memory
        self.entries: list[AuditEntry] = []
        self._lock = threading.Lock()
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)

    def record(self, *, actor: str, role: str, tenant: str, student_id: str, endpoint: str, request_id: str,
               outcome: str, access: str = "read") -> AuditEntry:
        """Append one entry; `access` is "read" or "write"."""
        return self.record_many(actor=actor, role=role, tenant=tenant, student_ids=[student_id], endpoint=endpoint,
                                request_id=request_id, outcome=outcome, access=access)[0]

    def record_many(self, *, actor: str, role: str, tenant: str, student_ids: list[str], endpoint: str,
                    request_id: str, outcome: str, access: str = "read") -> list[AuditEntry]:
        """Append one entry per student id, written to the file in one append and logged one record each."""
        if access not in _LOG_MESSAGES:
            raise ValueError(f"access {access!r} is not one of {sorted(_LOG_MESSAGES)}")
        now = time.time()
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now)) + f".{int(now % 1 * 1000):03d}Z"
        entries = [AuditEntry(time=stamp, actor=actor, role=role, tenant=tenant, student_id=student_id,
                              endpoint=endpoint, request_id=request_id, outcome=outcome, access=access)
                   for student_id in student_ids]
        lines = "".join(json.dumps(asdict(entry), ensure_ascii=False) + "\n" for entry in entries)

        with self._lock:
            if self.path is not None and entries:
                with self.path.open("a", encoding="utf-8") as handle:
                    handle.write(lines)
            self.entries.extend(entries)
            del self.entries[:-self.keep_in_memory]

        for entry in entries:
            log.info(_LOG_MESSAGES[access], extra={"audit": True, **asdict(entry)})
        return entries
