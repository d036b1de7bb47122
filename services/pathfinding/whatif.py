"""What-if: apply hypothetical course changes to a student state and diff the ranked routes (pure)."""

from __future__ import annotations

from dataclasses import replace

from services.common.errors import InvalidArgument
from services.pathfinding import texts
from services.pathfinding.model import HS_STEP_KINDS, Bounds, Route, StepStatus, StudentState

CHANGE_KINDS = ("DROP_COURSE", "ADD_COURSE", "FAIL_COURSE", "ADD_DUAL_ENROLLMENT")


def apply_changes(student: StudentState, changes: list[tuple[str, str]]) -> StudentState:
    """Return the student state after `changes`, each (kind, district course number)."""
    completed, enrolled, failed = set(student.completed), set(student.enrolled), set(student.failed)
    fail_first = set(student.fail_first_attempt)
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
            fail_first.discard(number)
        elif kind == "ADD_COURSE":
            enrolled.add(number)
            failed.discard(number)
            fail_first.discard(number)
        elif kind == "FAIL_COURSE" and (number in completed or number in enrolled or number in failed):
            completed.discard(number)
            enrolled.discard(number)
            failed.add(number)
        elif kind == "FAIL_COURSE":
            # A course not taken yet is failed when the student takes it, then retaken the year after.
            fail_first.add(number)
        else:
            dual.add(number)
    return replace(student, completed=frozenset(completed), enrolled=frozenset(enrolled), failed=frozenset(failed),
                   fail_first_attempt=frozenset(fail_first), extra_dual_enrollment=frozenset(dual))


def _course_names(routes: list[Route]) -> dict[str, str]:
    """Return district course number -> course name over the high-school steps of `routes`."""
    return {step.key.rsplit("|", 1)[-1]: step.title for route in routes for step in route.steps
            if step.kind in HS_STEP_KINDS}


def _describe(changes: list[tuple[str, str]], names: dict[str, str], language: str) -> str:
    return ", ".join(texts.text(language, f"change_{kind}", name=names.get(number, number))
                     for kind, number in changes)


def _high_school_changes(before: Route, after: Route) -> tuple[dict[str, float], set[str], dict[str, float]]:
    """Return (course name -> years later, names of courses now closed, done course name -> new year
    offset) between two versions of a route. A done course that is open again must be retaken."""
    old_steps = {step.key: step for step in before.steps if step.kind in HS_STEP_KINDS}
    delayed: dict[str, float] = {}
    closed: set[str] = set()
    retaken: dict[str, float] = {}
    for step in after.steps:
        old = old_steps.get(step.key)
        if step.kind not in HS_STEP_KINDS or old is None:
            continue
        if step.status is StepStatus.CLOSED and old.status is not StepStatus.CLOSED:
            closed.add(step.title)
        elif step.status is not StepStatus.CLOSED and old.status is StepStatus.DONE \
                and step.status is not StepStatus.DONE:
            retaken[step.title] = step.year_offset
        elif step.status is not StepStatus.CLOSED and step.year_offset > old.year_offset:
            delayed[step.title] = step.year_offset - old.year_offset
    return delayed, closed, retaken


def _high_school_sentence(pairs: list[tuple[Route, Route]], career_title: str, grade: int | None,
                          language: str) -> str:
    """Describe how the high-school steps of the routes moved, e.g. "the Registered Nurses routes now
    start Chemistry a year later (grade 11)" or "Chemistry moves to grade 12"."""
    delayed: dict[str, float] = {}
    closed: set[str] = set()
    retaken: dict[str, float] = {}
    offsets: dict[str, float] = {}
    for old, new in pairs:
        route_delayed, route_closed, route_retaken = _high_school_changes(old, new)
        for name, years in route_delayed.items():
            delayed[name] = max(years, delayed.get(name, 0.0))
            offsets[name] = next(step.year_offset for step in new.steps if step.title == name)
        for name, offset in route_retaken.items():
            retaken[name] = max(offset, retaken.get(name, 0.0))
        closed |= route_closed
    if not delayed and not closed and not retaken:
        return ""

    if career_title:
        routes = texts.text(language, "career_routes", career=career_title)
    else:
        routes = texts.text(language, "all_routes")
    parts = []
    for name in sorted(retaken, key=lambda name: (retaken[name], name)):
        if grade is None:
            parts.append(texts.text(language, "hs_retake", name=name))
        else:
            parts.append(texts.text(language, "hs_moves_to_grade", name=name, grade=grade + int(retaken[name])))
    if delayed:
        names = sorted(delayed, key=lambda name: (offsets[name], name))
        later = max(delayed.values())
        sentence = texts.text(language, "hs_delayed", routes=routes, names=texts.join_names(language, names),
                              years=texts.years(language, later))
        if grade is not None and len(names) == 1:
            sentence += texts.text(language, "hs_grade", grade=grade + int(offsets[names[0]]))
        parts.append(sentence)
    if closed:
        names = sorted(closed)
        sentence = texts.counted(language, "hs_closed", len(names), names=texts.join_names(language, names))
        if not delayed:
            sentence += texts.text(language, "hs_closed_on", routes=routes)
        parts.append(sentence)
    return texts.text(language, "and_clause").join(parts)


def diff_routes(before: list[Route], after: list[Route], changes: list[tuple[str, str]], bounds: Bounds,
                career_title: str = "", grade: int | None = None, language: str = "en"
                ) -> tuple[list[tuple[Route, str]], list[tuple[Route, str]], list[tuple[Route, Route]], str]:
    """Return (closed, opened, moved, summary) between two ranked route lists of one career.

    A route counts as moved when its rank or its years to the career changed. When only high-school
    steps moved, the summary says that high school still ends on time. The summary starts with the changes in course names, e.g. "failed Chemistry; the
    Registered Nurses routes now start Chemistry a year later (grade 11)". The summary and the reasons
    are written in `language` ("en" or "es").
    """
    before_by_id = {route.route_id: route for route in before}
    after_by_id = {route.route_id: route for route in after}

    closed_reason = texts.text(language, "route_closed_reason", horizon=f"{bounds.horizon_years:g}")
    closed = [(route, closed_reason) for route in before if route.route_id not in after_by_id]
    opened_reason = texts.text(language, "route_opened_reason")
    opened = [(route, opened_reason) for route in after if route.route_id not in before_by_id]
    kept = [(before_by_id[route.route_id], route) for route in after if route.route_id in before_by_id]
    moved = [(old, new) for old, new in kept
             if old.rank != new.rank or old.outlook.years_to_career != new.outlook.years_to_career]

    parts = []
    if high_school := _high_school_sentence(kept, career_title, grade, language):
        parts.append(high_school)
        years_changed = any(old.outlook.years_to_career != new.outlook.years_to_career for old, new in kept)
        if not years_changed and not closed and not opened:
            parts.append(texts.text(language, "on_time"))
    if closed:
        parts.append(texts.counted(language, "routes_close", len(closed)))
    if opened:
        parts.append(texts.counted(language, "routes_open", len(opened)))
    delays = [new.outlook.years_to_career - old.outlook.years_to_career for old, new in moved]
    later = [d for d in delays if d > 0]
    sooner = [d for d in delays if d < 0]
    if later:
        parts.append(texts.counted(language, "routes_later", len(later), years=texts.years(language, max(later))))
    if sooner:
        parts.append(texts.counted(language, "routes_sooner", len(sooner),
                                   years=texts.years(language, -min(sooner))))
    if not parts:
        parts.append(texts.text(language, "no_route_changes"))
    names = _course_names(before) | _course_names(after)
    return closed, opened, moved, f"{_describe(changes, names, language)}; " + "; ".join(parts)
