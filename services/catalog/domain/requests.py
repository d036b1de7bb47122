"""Validation of request values and page tokens; errors name the value and the expected form."""

from __future__ import annotations

import base64
import binascii
import re

from services.catalog.domain.codes import CREDENTIAL_LEVELS, ONETSOC_PATTERN, STATE_BY_CODE
from services.common.errors import InvalidArgument

MAX_PAGE_SIZE = 200


def check_onetsoc(value: str, required: bool = True) -> str | None:
    value = value.strip()
    if not value and not required:
        return None
    if not ONETSOC_PATTERN.match(value):
        raise InvalidArgument(f"onetsoc {value!r} is not an O*NET-SOC code; use the form 29-1141.00")
    return value


def check_state(value: str) -> str | None:
    value = value.strip().upper()
    if not value:
        return None
    if value not in STATE_BY_CODE:
        raise InvalidArgument(f"state {value!r} is not a US state or territory postal code; use e.g. TX")
    return value


def check_credential_level(value: str | None) -> str | None:
    if value is None:
        return None
    if value not in CREDENTIAL_LEVELS:
        raise InvalidArgument(f"credential level {value!r} is unknown; use one of {', '.join(CREDENTIAL_LEVELS)}")
    return value


def check_sced(value: str) -> str:
    value = value.strip()
    if not re.fullmatch(r"\d{5}", value):
        raise InvalidArgument(f"sced_code {value!r} is not a 5-digit SCED course code like 14052")
    return value


def check_unitid(value: str) -> str:
    value = value.strip()
    if not value.isdigit():
        raise InvalidArgument(f"unitid {value!r} is not an IPEDS UNITID (digits only, e.g. 228778)")
    return value


def check_program_id(value: str) -> str:
    value = value.strip()
    cip, _, level = value.partition("|")
    if not re.fullmatch(r"\d{2}\.\d{4}", cip) or level not in CREDENTIAL_LEVELS:
        raise InvalidArgument(f"program id {value!r} is not '<CIP>|<credential level>', e.g. 51.3801|associate")
    return value


def page_size(value: int, default: int, maximum: int = MAX_PAGE_SIZE) -> int:
    if value < 0 or value > maximum:
        raise InvalidArgument(f"page_size {value} is out of range; use 1-{maximum}, or 0 for {default}")
    return value or default


def decode_page_token(token: str) -> int:
    """Return the offset in a page token from `encode_page_token`; an empty token is offset 0."""
    if not token:
        return 0
    try:
        text = base64.urlsafe_b64decode(token.encode()).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        text = ""
    if not text.startswith("offset:") or not text[7:].isdigit():
        raise InvalidArgument(f"page_token {token!r} is invalid; pass the next_page_token of the previous "
                              "response unchanged, or none for the first page")
    return int(text[7:])


def encode_page_token(offset: int, total: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode() if offset < total else ""
