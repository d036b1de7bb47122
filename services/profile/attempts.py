"""Interest-inventory attempts: how new answers merge into a student's history.

Rules, applied inside the write transaction so concurrent submissions for one student serialize:
- no attempt yet, or a retake requested: start attempt n + 1 with no answers, then apply the answers.
  A retake requested while the latest attempt is already an empty in-progress attempt of this form
  reuses that attempt, so repeating the request (a double click, a client retry) adds no attempt;
- latest attempt in progress: apply the answers to it in place;
- latest attempt complete: when the answers change anything, start attempt n + 1 from its answers, so
  the scored attempt stays in history and the student does not start over; otherwise keep it unchanged.
An attempt whose answers cover every item is scored and marked complete.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from services.profile.inventory import (
    AREAS, FORM_VERSION, AreaScore, InventoryError, Item, check_answers, interest_result, missing_items,
    score_inventory)

IN_PROGRESS = "IN_PROGRESS"
COMPLETE = "COMPLETE"


@dataclass(frozen=True)
class InterestAttempt:
    attempt_number: int
    status: str
    answers: dict[str, int]
    form_version: str
    started_at: datetime
    updated_at: datetime
    completed_at: datetime | None = None
    result: InterestResult | None = None


def apply_answers(latest: InterestAttempt | None, answers: Mapping[str, int], start_new: bool,
                  items: tuple[Item, ...], now: datetime) -> tuple[InterestAttempt, bool]:
    """Return the attempt after applying `answers`, and whether it differs from `latest`."""
    check_answers(items, answers)
    if not answers and not start_new:
        raise InventoryError("no answers given; send at least one item answer or set start_new_attempt")

    known = {item.item_id for item in items}
    if start_new and _is_fresh(latest):
        if not answers:
            return latest, False
        base = latest
    elif latest is None or start_new:
        base = InterestAttempt((latest.attempt_number if latest else 0) + 1, IN_PROGRESS, {}, FORM_VERSION, now, now)
    elif latest.status == IN_PROGRESS and latest.form_version == FORM_VERSION:
        base = latest
    else:
        # NOTE: answers to items that are no longer in the form are dropped when an attempt continues.
        kept = {item_id: value for item_id, value in latest.answers.items() if item_id in known}
        merged = {**kept, **answers}
        if latest.status == COMPLETE and merged == latest.answers and latest.form_version == FORM_VERSION:
            return latest, False
        base = InterestAttempt(latest.attempt_number + 1, IN_PROGRESS, kept, FORM_VERSION, now, now)

    merged = {**base.answers, **answers}
    attempt = replace(base, answers=merged, updated_at=now)
    if not missing_items(items, merged):
        attempt = replace(attempt, status=COMPLETE, completed_at=now, result=score_inventory(items, merged))
    return attempt, True


def _is_fresh(attempt: InterestAttempt | None) -> bool:
    """True for an in-progress attempt of the current form with no answers yet."""
    return (attempt is not None and attempt.status == IN_PROGRESS and not attempt.answers
            and attempt.form_version == FORM_VERSION)


def to_properties(attempt: InterestAttempt) -> dict:
    """Flatten an attempt into Neo4j node properties (answers as a JSON object of item id to value)."""
    properties = {
        "attempt_number": attempt.attempt_number,
        "status": attempt.status,
        "answers_json": json.dumps(attempt.answers, sort_keys=True),
        "answered_items": len(attempt.answers),
        "form_version": attempt.form_version,
        "started_at": attempt.started_at,
        "updated_at": attempt.updated_at,
        "completed_at": attempt.completed_at,
        "holland_code": attempt.result.holland_code if attempt.result else None,
        "undifferentiated": attempt.result.undifferentiated if attempt.result else None,
    }
    for area in AREAS:
        score = next((s for s in attempt.result.scores if s.area == area), None) if attempt.result else None
        properties[f"raw_{area.lower()}"] = score.raw if score else None
        properties[f"items_{area.lower()}"] = score.items if score else None
    return properties


def from_properties(properties: Mapping) -> InterestAttempt:
    """Rebuild an attempt from the node properties written by `to_properties`.

    The Holland code is derived again from the stored raw scores, so attempts scored before the
    undifferentiated rule read with the current code.
    """
    result = None
    if properties.get("status") == COMPLETE and properties.get("raw_r") is not None:
        scores = tuple(AreaScore(area, int(properties[f"raw_{area.lower()}"]), int(properties[f"items_{area.lower()}"]))
                       for area in AREAS)
        result = interest_result(scores)

    return InterestAttempt(
        attempt_number=int(properties["attempt_number"]),
        status=properties["status"],
        answers={key: int(value) for key, value in json.loads(properties["answers_json"]).items()},
        form_version=properties["form_version"],
        started_at=_native(properties["started_at"]),
        updated_at=_native(properties["updated_at"]),
        completed_at=_native(properties.get("completed_at")),
        result=result,
    )


def _native(value):
    return value.to_native() if hasattr(value, "to_native") else value
