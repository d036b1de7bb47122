"""Value normalisation shared by the importers: dates, booleans, grade levels, status, descriptors, ids."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

from trailmap.sis.v1 import sis_pb2

# A two-digit year becomes 20YY unless that lies more than this many years in the future, then 19YY.
# Clever writes birth dates as 11/1/98 and term dates as 8/1/15.
TWO_DIGIT_YEAR_FUTURE_LIMIT = 10

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_ISO_DATETIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$")
_SLASH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$")


class ValueProblem(ValueError):
    """Raised for a value that cannot be normalised; the message names the value and the expected form."""


def _full_year(two_digits: int) -> int:
    year = 2000 + two_digits
    if year > datetime.now(timezone.utc).year + TWO_DIGIT_YEAR_FUTURE_LIMIT:
        year -= 100
    return year


def parse_timestamp(value: str) -> tuple[datetime, bool]:
    """Parse any date or time form seen in SIS exports into an aware UTC datetime.

    Returns (timestamp, ambiguous). `ambiguous` is True for slash dates such as 1/05/2023 where both parts
    could be the month; those are read month first (US order), which is what every sample uses.
    Forms: ISO 8601 with or without milliseconds and zone (no zone means UTC), a space instead of T,
    date only, M/D/YYYY, M/D/YY and either followed by H:MM[:SS].
    """
    text = value.strip()
    if not text:
        raise ValueProblem("empty date")

    if match := _ISO_DATE.match(text):
        year, month, day = (int(part) for part in match.groups())
        return _checked(year, month, day, 0, 0, 0, 0, timezone.utc, value), False

    if match := _ISO_DATETIME.match(text):
        year, month, day, hour, minute = (int(part) for part in match.groups()[:5])
        second = int(match.group(6) or 0)
        micro = int((match.group(7) or "0")[:6].ljust(6, "0"))
        zone = _zone(match.group(8))
        return _checked(year, month, day, hour, minute, second, micro, zone, value), False

    if match := _SLASH_DATE.match(text):
        first, second_part, year_text = int(match.group(1)), int(match.group(2)), match.group(3)
        year = int(year_text) if len(year_text) == 4 else _full_year(int(year_text))
        hour, minute, second = (int(match.group(i) or 0) for i in (4, 5, 6))
        if first > 12 >= second_part:
            month, day, ambiguous = second_part, first, False
        else:
            month, day = first, second_part
            ambiguous = first != second_part and second_part <= 12
        return _checked(year, month, day, hour, minute, second, 0, timezone.utc, value), ambiguous

    raise ValueProblem(f"unrecognised date {value!r}; expected YYYY-MM-DD, ISO 8601 or M/D/YYYY")


def _zone(text: str | None) -> timezone:
    if not text or text == "Z":
        return timezone.utc
    sign = 1 if text[0] == "+" else -1
    digits = text[1:].replace(":", "")
    from datetime import timedelta
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _checked(year, month, day, hour, minute, second, micro, zone, original) -> datetime:
    try:
        return datetime(year, month, day, hour, minute, second, micro, tzinfo=zone).astimezone(timezone.utc)
    except ValueError as error:
        raise ValueProblem(f"invalid date {original!r}: {error}") from None


def parse_date(value: str) -> str:
    """Return `value` as an ISO date YYYY-MM-DD, or "" for a blank value."""
    if not value.strip():
        return ""
    timestamp, _ = parse_timestamp(value)
    return timestamp.date().isoformat()


_TRUE = {"true", "t", "1", "y", "yes"}
_FALSE = {"false", "f", "0", "n", "no"}


def parse_bool(value: str | bool | int | None, default: bool | None = None) -> bool | None:
    """Read true/false, TRUE/FALSE, 1/0, Y/N and yes/no in any case; blank gives `default`."""
    if isinstance(value, bool):
        return value
    if value is None:
        return default
    text = str(value).strip().lower()
    if not text:
        return default
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueProblem(f"invalid boolean {value!r}; expected true/false, 1/0 or Y/N")


_GRADE_WORDS = {
    "infanttoddler": "IT", "preschool": "PR", "prekindergarten": "PK", "pk": "PK", "pre-k": "PK",
    "transitionalkindergarten": "TK", "tk": "TK", "kindergarten": "KG", "kg": "KG", "k": "KG",
    "first": "01", "second": "02", "third": "03", "fourth": "04", "fifth": "05", "sixth": "06",
    "seventh": "07", "eighth": "08", "ninth": "09", "tenth": "10", "eleventh": "11", "twelfth": "12",
    "thirteenth": "13", "postsecondary": "PS", "ungraded": "UG", "other": "Other",
}


def normalise_grade(value: str | int | None) -> str:
    """Map a grade level to its CEDS code ("PK", "KG", "01" ... "12"); blank gives "".

    Numbers 1-13 are zero-padded ("9" -> "09"); 0 is kindergarten, as Clever writes it. Words
    ("Ninth grade", "Kindergarten", "Grade 9", Ed-Fi descriptor URIs) are matched without case.
    """
    if value is None:
        return ""
    text = descriptor_code(str(value)).strip()
    if not text:
        return ""
    if text.isdigit():
        number = int(text)
        if number == 0:
            return "KG"
        if 1 <= number <= 13:
            return f"{number:02d}"
        raise ValueProblem(f"invalid grade level {value!r}; expected 0-13, PK, KG or a grade name")

    words = re.sub(r"[^a-z0-9 -]", "", text.lower()).replace("grade", "").split()
    if len(words) == 1 and words[0].isdigit():
        return normalise_grade(words[0])
    key = "".join(words)
    if key in _GRADE_WORDS:
        return _GRADE_WORDS[key]
    if text.upper() in {"PK", "KG", "TK", "PS", "UG", "IT", "PR"}:
        return text.upper()
    raise ValueProblem(f"invalid grade level {value!r}; expected 0-13, PK, KG or a grade name")


def grade_number(grade_level: str) -> int | None:
    """Return 1-13 for CEDS "01"-"13", 0 for KG, None for other codes."""
    if grade_level.isdigit():
        return int(grade_level)
    return 0 if grade_level == "KG" else None


def display_name(given: str | None, family: str | None) -> str:
    """Join a given name and a family name as the source writes them; blank parts are left out."""
    return " ".join(part.strip() for part in (given or "", family or "") if part and part.strip())


def parse_status(value: str) -> int:
    """Map a OneRoster status to RecordStatus; blank is active, as bulk files leave it blank."""
    text = re.sub(r"[\s_-]", "", value.strip().lower())
    if text in {"", "active"}:
        return sis_pb2.RECORD_STATUS_ACTIVE
    if text == "inactive":
        return sis_pb2.RECORD_STATUS_INACTIVE
    if text in {"tobedeleted", "deleted"}:
        return sis_pb2.RECORD_STATUS_TO_BE_DELETED
    raise ValueProblem(f"invalid status {value!r}; expected active, inactive or tobedeleted")


def descriptor_code(value: str | None) -> str:
    """Return the CodeValue of an Ed-Fi descriptor: the part after '#' of a URI, or the bare value.

    A URI without '#' (for example "uri://ed-fi.org/AcademicSubjectDescriptor") has no code value and
    gives "".
    """
    if value is None:
        return ""
    text = str(value).strip()
    if "#" in text:
        return text.rsplit("#", 1)[1].strip()
    if text.startswith("uri://"):
        return ""
    return text


def parse_number(value: str | float | int | None, what: str) -> float:
    """Parse a decimal such as "0.5" or 1.00; blank gives 0."""
    if value is None:
        return 0.0
    if isinstance(value, (int, float)):
        return float(value)
    text = value.strip()
    if not text:
        return 0.0
    try:
        return float(text)
    except ValueError:
        raise ValueProblem(f"invalid {what} {value!r}; expected a number such as 1 or 0.5") from None


def school_year_end(value: str | int | None) -> int:
    """Return the ending year of a school year written 2021-2022, "2016 - 2017", 2022 or "2022"."""
    if value is None:
        return 0
    text = str(value).strip()
    if not text:
        return 0
    if match := re.fullmatch(r"(\d{4})\s*-\s*(\d{4})", text):
        return int(match.group(2))
    if re.fullmatch(r"\d{4}", text):
        return int(text)
    raise ValueProblem(f"invalid school year {value!r}; expected 2022 or 2021-2022")


def normalise_subject(value: str | None) -> str:
    """Return a subject area in lower-case words: "uri://...#English Language Arts" -> "english language arts"."""
    return " ".join(re.sub(r"[^a-z0-9&/ ]", " ", descriptor_code(value).lower()).split())


def is_sced_code(value: str) -> bool:
    """True for a 5-digit SCED course code such as 02052."""
    return bool(re.fullmatch(r"\d{5}", value.strip()))


class IdResolver:
    """Resolve references to known ids, recovering ids that lost their leading zeros.

    A reference matches a known id exactly, or else the one known id that is equal once leading zeros are
    stripped from both (a spreadsheet turns "03100500" into "3100500"). Two known ids that collide after
    stripping make the reference ambiguous, and it stays unresolved.
    """

    def __init__(self, known: set[str] | None = None) -> None:
        self.known: set[str] = set()
        self._stripped: dict[str, set[str]] = {}
        for value in known or ():
            self.add(value)

    def add(self, value: str) -> None:
        self.known.add(value)
        self._stripped.setdefault(value.lstrip("0") or "0", set()).add(value)

    def resolve(self, reference: str) -> tuple[str | None, bool]:
        """Return (known id or None, recovered) where recovered is True for a zero-padding match."""
        if reference in self.known:
            return reference, False
        candidates = self._stripped.get(reference.lstrip("0") or "0", set())
        if len(candidates) == 1:
            return next(iter(candidates)), True
        return None, False

    def __contains__(self, reference: str) -> bool:
        return self.resolve(reference)[0] is not None


def as_utc(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
