"""CSV access for the readers: required-column checks, line numbers and rejections.

Every reader goes through `read_rows`, so a missing file or column fails before any row is read,
with the file and column named, and every row carries its physical line number for rejections.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


class SourceError(RuntimeError):
    """Raised when a source file or one of its required columns is missing."""


@dataclass(frozen=True, slots=True)
class Rejection:
    """A source row that did not become part of the graph, with the reason."""

    file: str
    line: int
    reason: str


@dataclass(frozen=True, slots=True)
class Row:
    """One CSV data row; `line` is the 1-based line in the file where the row starts."""

    file: str
    line: int
    values: dict[str, str]

    def __getitem__(self, column: str) -> str:
        return (self.values.get(column) or "").strip()

    def reject(self, reason: str) -> Rejection:
        return Rejection(self.file, self.line, reason)


def read_rows(data_dir: Path, relative_path: str, required: list[str]) -> Iterator[Row]:
    """Yield the rows of `data_dir/relative_path`, after checking that every required column exists."""
    path = data_dir / relative_path
    if not path.is_file():
        raise SourceError(f"missing source file {relative_path} under {data_dir}; "
                          "set TRAILMAP_DATA_DIR or --data-dir to the folder of the data tables")

    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        missing = [column for column in required if column not in header]
        if missing:
            raise SourceError(f"source file {relative_path} lacks column(s) {', '.join(repr(c) for c in missing)}; "
                              f"found: {', '.join(header)}")

        line = reader.line_num
        for values in reader:
            yield Row(relative_path, line + 1, values)
            line = reader.line_num


def parse_float(text: str) -> float | None:
    """Return the number in `text`, or None for blanks and BLS/Scorecard markers (-, #, PS, NA, *)."""
    cleaned = text.strip().replace(",", "")
    if cleaned in {"", "-", "#", "*", "**", "PS", "PrivacySuppressed", "NA", "NULL", "—"}:
        return None
    return float(cleaned)


def parse_int(text: str) -> int | None:
    value = parse_float(text)
    return None if value is None else int(round(value))


def split_list(text: str, separator: str = ";") -> list[str]:
    return [part.strip() for part in text.split(separator) if part.strip()]
