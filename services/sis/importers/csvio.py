"""A forgiving CSV reader for SIS exports.

It strips a UTF-8 byte-order mark, accepts CR, LF and CRLF line ends (mixed too), parses RFC 4180
quoting, and maps columns by name: case, spaces, underscores, dots and dashes do not matter, and a
misspelt header close to a known column name is mapped to it with a warning. Unknown columns are
ignored, blank header names are dropped, and a header-only file gives no rows.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

# Ratio from difflib.SequenceMatcher above which an unknown header counts as a misspelling of a known one;
# "dataLastModified" -> "dateLastModified" scores 0.94, "prefferedGivenName" -> "preferredGivenName" 0.94.
FUZZY_HEADER_CUTOFF = 0.88

SENSITIVE = re.compile(r"^(password|dob|birthdate|ssn)$")


def normalise_header(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclass
class CsvRow:
    """One data row: values by canonical column name, its 1-based first line, and the raw text."""

    values: dict[str, str]
    line: int
    raw: str

    def get(self, column: str, default: str = "") -> str:
        return self.values.get(column, default).strip()


@dataclass
class CsvTable:
    file: str
    columns: list[str]
    rows: list[CsvRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # (line, reason, raw) for rows that could not be split into the header's columns.
    bad_rows: list[tuple[int, str, str]] = field(default_factory=list)


def decode(data: bytes, file: str) -> str:
    """Decode UTF-8 (with or without BOM), falling back to Windows-1252 for legacy exports."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _map_headers(headers: list[str], known_columns: Iterable[str], file: str,
                 warnings: list[str]) -> list[str | None]:
    known = {normalise_header(column): column for column in known_columns}
    mapped: list[str | None] = []
    for header in headers:
        key = normalise_header(header)
        if not key:
            mapped.append(None)
            continue
        if key in known:
            mapped.append(known[key])
            continue
        close = difflib.get_close_matches(key, list(known), n=1, cutoff=FUZZY_HEADER_CUTOFF)
        if close and known[close[0]] not in mapped:
            warnings.append(f"{file}: header {header!r} read as {known[close[0]]!r} (misspelt column name)")
            mapped.append(known[close[0]])
            continue
        mapped.append(None)
    return mapped


def mask_sensitive(columns: list[str], values: list[str]) -> str:
    """Return the row as CSV text with password, birth date and SSN values replaced by ***."""
    masked = [("***" if value and index < len(columns) and SENSITIVE.match(normalise_header(columns[index]))
               else value) for index, value in enumerate(values)]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(masked)
    return buffer.getvalue()


def read_csv(source: Path | bytes, known_columns: Iterable[str], file: str) -> CsvTable:
    """Read a CSV file into rows keyed by canonical column names.

    A row with more fields than the header is accepted when the extra fields are empty (a trailing comma);
    a row with fewer fields is padded when the missing columns have blank names; any other ragged row goes
    to `bad_rows` with its line and reason.
    """
    data = source.read_bytes() if isinstance(source, Path) else source
    text = decode(data, file)
    reader = csv.reader(io.StringIO(text))
    table = CsvTable(file=file, columns=[])

    try:
        headers = next(reader)
    except StopIteration:
        table.warnings.append(f"{file}: empty file, no header")
        return table

    mapped = _map_headers(headers, known_columns, file, table.warnings)
    table.columns = [column for column in mapped if column]
    if len(table.columns) != len(set(table.columns)):
        table.warnings.append(f"{file}: duplicate column names after normalisation; the last one wins")
    last_line = reader.line_num

    for fields in _rows(reader):
        line = last_line + 1
        last_line = reader.line_num
        if not fields or all(not value.strip() for value in fields):
            continue
        raw = mask_sensitive(headers, fields)

        if len(fields) > len(headers):
            extras = fields[len(headers):]
            if any(value.strip() for value in extras):
                table.bad_rows.append((line, f"row has {len(fields)} fields but the header has {len(headers)}, "
                                             f"and the extra fields are not empty", raw))
                continue
            fields = fields[:len(headers)]
        elif len(fields) < len(headers):
            missing = headers[len(fields):]
            if any(name.strip() for name in missing):
                table.bad_rows.append((line, f"row has {len(fields)} fields but the header has {len(headers)}; "
                                             f"missing {', '.join(name for name in missing if name.strip())}", raw))
                continue
            fields = fields + [""] * len(missing)

        values = {column: value for column, value in zip(mapped, fields) if column}
        table.rows.append(CsvRow(values=values, line=line, raw=raw))
    return table


def _rows(reader) -> Iterator[list[str]]:
    while True:
        try:
            yield next(reader)
        except StopIteration:
            return


def split_list(value: str) -> list[str]:
    """Split a quoted comma list such as "09,10,11" into its trimmed, non-empty items."""
    return [item.strip() for item in value.split(",") if item.strip()]


def find_file(folder: Path, name: str) -> Path | None:
    """Find `name` in `folder` ignoring case (userprofiles.csv and userProfiles.csv both occur)."""
    wanted = name.lower()
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.name.lower() == wanted:
            return path
    return None
