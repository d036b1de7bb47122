"""Audit trail of every read of a student record.

Each entry contains ids only (time, actor sub, role, tenant, student id, endpoint, request id, outcome),
never names. Entries go to a JSON-lines file when TRAILMAP_AUDIT_LOG is set and always to the
`trailmap.audit` logger as structured log records.
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
               outcome: str) -> AuditEntry:
        now = time.time()
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now)) + f".{int(now % 1 * 1000):03d}Z"
        entry = AuditEntry(time=stamp, actor=actor, role=role, tenant=tenant, student_id=student_id,
                           endpoint=endpoint, request_id=request_id, outcome=outcome)
        line = json.dumps(asdict(entry), ensure_ascii=False)

        with self._lock:
            if self.path is not None:
                with self.path.open("a", encoding="utf-8") as handle:
                    handle.write(line + "\n")
            self.entries.append(entry)
            del self.entries[:-self.keep_in_memory]

        log.info("student record read", extra={"audit": True, **asdict(entry)})
        return entry
