"""What-if: apply hypothetical course changes to a student state and diff the ranked routes (pure)."""

from __future__ import annotations

from dataclasses import replace

from services.common.errors import InvalidArgument
from services.pathfinding.model import Bounds, Route, StudentState

CHANGE_KINDS = ("DROP_COURSE", "ADD_COURSE", "FAIL_COURSE", "ADD_DUAL_ENROLLMENT")


def apply_changes(student: StudentState, changes: list[tuple[str, str]]) -> StudentState:
    """Return the student state after `changes`, each (kind, district course number)."""
    completed, enrolled, failed = set(student.completed), set(student.enrolled), set(student.failed)
    dual = set(student.extra_dual_enrollment)
    for kind, number in changes:
        if kind not in CHANGE_KINDS:
            raise InvalidArgument(f"change kind {kind!r} is not supported; use one of {', '.join(CHANGE_KINDS)}")
        if not number:
            raise InvalidArgument(f"change {kind} needs a course_number such as 3101CHM")
        if kind == "DROP_COURSE":
            completed.discard(number)
            enrolled.discard(number)
            failed.discard(number)
        elif kind == "ADD_COURSE":
            enrolled.add(number)
            failed.discard(number)
        elif kind == "FAIL_COURSE":
            completed.discard(number)
            enrolled.discard(number)
            failed.add(number)
        else:
            dual.add(number)
    return replace(student, completed=frozenset(completed), enrolled=frozenset(enrolled), failed=frozenset(failed),
                   extra_dual_enrollment=frozenset(dual))


def _describe(changes: list[tuple[str, str]]) -> str:
    verbs = {"DROP_COURSE": "drop", "ADD_COURSE": "add", "FAIL_COURSE": "fail",
             "ADD_DUAL_ENROLLMENT": "dual enrollment for"}
    return ", ".join(f"{verbs[kind]} {number}" for kind, number in changes)


def diff_routes(before: list[Route], after: list[Route], changes: list[tuple[str, str]], bounds: Bounds
                ) -> tuple[list[tuple[Route, str]], list[tuple[Route, str]], list[tuple[Route, Route]], str]:
    """Return (closed, opened, moved, summary) between two ranked route lists of one career."""
    before_by_id = {route.route_id: route for route in before}
    after_by_id = {route.route_id: route for route in after}

    closed = [(route, f"no longer fits the {bounds.horizon_years:g}-year horizon or the other bounds")
              for route in before if route.route_id not in after_by_id]
    opened = [(route, "now fits within the bounds") for route in after if route.route_id not in before_by_id]
    moved = [(before_by_id[route.route_id], route) for route in after
             if route.route_id in before_by_id
             and (before_by_id[route.route_id].rank != route.rank
                  or before_by_id[route.route_id].outlook.years_to_career != route.outlook.years_to_career)]

    parts = []
    if closed:
        parts.append(f"{len(closed)} route(s) close")
    if opened:
        parts.append(f"{len(opened)} route(s) open")
    delays = [new.outlook.years_to_career - old.outlook.years_to_career for old, new in moved]
    later = [d for d in delays if d > 0]
    sooner = [d for d in delays if d < 0]
    if later:
        parts.append(f"{len(later)} route(s) start up to {max(later):g} year(s) later")
    if sooner:
        parts.append(f"{len(sooner)} route(s) finish up to {-min(sooner):g} year(s) sooner")
    if not parts:
        parts.append("no route changes")
    return closed, opened, moved, f"{_describe(changes)}: " + "; ".join(parts)
