"""Readers: pure functions from source CSV rows to typed records plus rejected rows.

Each reader checks its required columns before reading (see `read_rows`) and returns a `Read`
holding the records and the rejections with file, line and reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from services.catalog.loader.sources import Rejection

RecordT = TypeVar("RecordT")


@dataclass
class Read(Generic[RecordT]):
    records: list[RecordT] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
