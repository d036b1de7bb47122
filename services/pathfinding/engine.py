"""Pathfinding use cases: find, explain, what-if and reachable careers, over the repository.

Catalog reads are cached in memory per career (facts, enumerated routes per bounds and budgets,
programs, apprenticeships, courses, later moves) because the catalog only changes on a reload;
`clear_cache()` runs on every `catalog.changed` event. The Cypher enumeration stays the only source
of routes: the cache stores its results, it never derives routes itself.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from dataclasses import dataclass, field

from services.catalog.domain.search import normalize, synonyms_for
from services.common.errors import InvalidArgument, NotFound
from services.pathfinding import rules, texts
from services.pathfinding.assembly import RouteContext, build_routes
from services.pathfinding.schedule import CourseSchedule, schedule_courses
from services.pathfinding.model import (
    ANY_BACHELOR_KEY,
    US_STATE_CODES,
    CareerFacts,
    CareerMove,
    Preferences,
    RawRoute,
    Route,
    RouteKind,
    StudentState,
    Bounds,
)
from services.pathfinding.ranking import CareerFactors, rank_routes
from services.pathfinding.repository import PathfindingRepository
from services.pathfinding.whatif import apply_changes, diff_routes

log = logging.getLogger(__name__)

# NOTE: an estimate, not data: years between one related-occupation move and the next.
CAREER_MOVE_YEARS = 3.0
MAX_LATER_MOVES = 10
# O*NET related-occupation tiers, closest first.
RELATED_TIER_ORDER = {"Primary-Short": 0, "Primary-Long": 1, "Supplemental": 2}
TOLERANCE_NAMES = {"NONE": 1, "LOW": 2, "MODERATE": 3, "HIGH": 4}
RIASEC_KEYS = ("r", "i", "a", "s", "e", "c")


@dataclass
class CareerRoutes:
    """Ranked routes to one career for one student, with what the response needs besides routes."""

    career: CareerFacts
    routes: list[Route]
    enumerated: int
    later_moves: list[CareerMove]
    notes: list[str]
    bounds: Bounds


@dataclass
class ReachableCareer:
    career: dict
    shortest_years: float
    shortest_kind: RouteKind
    route_count: int
    career_moves: int = 0
    via_onetsoc: str = ""


@dataclass
class WhatIfResult:
    closed: list[tuple[Route, str]]
    opened: list[tuple[Route, str]]
    moved: list[tuple[Route, Route]]
    summary: str
    after: CareerRoutes


@dataclass
class _Cache:
    lock: threading.Lock = field(default_factory=threading.Lock)
    entries: dict = field(default_factory=dict)

    def get(self, key, load):
        with self.lock:
            if key in self.entries:
                return self.entries[key]
        value = load()
        with self.lock:
            self.entries[key] = value
        return value

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()


def validate_bounds(bounds: Bounds) -> Bounds:
    if not 0 < bounds.horizon_years <= 30:
        raise InvalidArgument(f"horizon_years {bounds.horizon_years} is out of range; use a value from 1 to 30")
    if not 0 <= bounds.max_education_rank <= 8:
        raise InvalidArgument(f"max_education_rank {bounds.max_education_rank} is out of range; use 0 to 8")
    if not 0 <= bounds.min_worker_share <= 1:
        raise InvalidArgument(f"min_worker_share {bounds.min_worker_share} is out of range; use a share from 0 to 1, "
                              "such as 0.10")
    if not 0 <= bounds.max_career_moves <= 3:
        raise InvalidArgument(f"max_career_moves {bounds.max_career_moves} is out of range; use 0 to 3")
    for state in bounds.states:
        check_state_code(state, "bounds.states")
    return bounds


def check_state_code(value: str, field_name: str) -> None:
    """Raise InvalidArgument unless `value` is a USPS code of a state, DC or an inhabited territory."""
    if value not in US_STATE_CODES:
        raise InvalidArgument(f"{field_name} {value!r} is not a US state code; use a USPS code of a state, DC or "
                              "a territory, such as TX or PR")


def _tolerance(value) -> int:
    if isinstance(value, int):
        return value
    name = str(value or "").upper().replace("COST_TOLERANCE_", "")
    return TOLERANCE_NAMES.get(name, 0)


def _route_kinds(values) -> frozenset[RouteKind]:
    kinds = set()
    for value in values or []:
        name = str(value).upper().replace("ROUTE_KIND_", "")
        if name in RouteKind.__members__:
            kinds.add(RouteKind[name])
    return frozenset(kinds)


def _title_match(words: str, hit: dict) -> tuple:
    """Order search hits: exact title or alternate title first, then larger occupations, then score.

    Everyday words such as "nurse" or "electrician" match many titles; the occupation that carries the
    word as its own title or alternate title, and employs the most people, is the one meant.
    """
    titles = [hit.get("title") or "", *(hit.get("alternate_titles") or [])]
    exact = words in {normalize(title) for title in titles}
    return exact, float(hit.get("employment") or 0.0), float(hit.get("score") or 0.0)


def riasec_from_inventory(inventory: dict) -> dict[str, float]:
    """Put a stored inventory attempt's scores on O*NET's 1-7 interest scale.

    The profile service stores per area the raw sum of answers (like +1, not sure 0, dislike -1) in
    `raw_<area>` and the item count in `items_<area>`; (raw + items) / (2 * items) is its 0-1 score,
    which maps linearly onto 1-7 so it compares with the careers' OI scores.
    """
    riasec = {}
    for key in RIASEC_KEYS:
        raw, items = inventory.get(f"raw_{key}"), inventory.get(f"items_{key}")
        if raw is None or not items:
            continue
        riasec[key] = 1.0 + 6.0 * (float(raw) + items) / (2.0 * items)
    return riasec


def grade_number(value) -> int | None:
    """Read a stored grade: profile writes an integer, SIS sync a CEDS code such as "09" or "KG"."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def student_from_record(record: dict) -> StudentState:
    """Build a StudentState from the stored student, its scores and aspirations."""
    student = record["student"]
    grade = grade_number(student.get("grade"))
    if grade is None or not student.get("district_id"):
        raise InvalidArgument(f"the stored student has no usable grade ({student.get('grade')!r}) or no district_id; "
                              f"routes need grades 6-12 and a district, so update the roster record first")

    riasec = riasec_from_inventory(record.get("inventory") or {})
    values = {}
    for name, rank in (record.get("work_values") or {}).items():
        # The profile stores a ranking 1 (most important) .. 6; map it onto O*NET's 1-7 extent scale.
        if name.startswith("rank_") and rank is not None:
            values[name.removeprefix("rank_")] = 7.0 - float(rank)
    aspirations = record.get("aspirations") or {}
    preferences = Preferences(preferred_route_kinds=_route_kinds(aspirations.get("preferred_routes")),
                              debt_tolerance=_tolerance(aspirations.get("debt_tolerance")),
                              home_state=aspirations.get("home_state") or "")
    completed_grades = {row["number"]: taken for row in record.get("completed_grades") or []
                        if row and (taken := grade_number(row.get("grade"))) is not None}
    return StudentState(grade=grade, district_id=student["district_id"], completed_grades=completed_grades,
                        completed=frozenset(n for n in record["completed"] if n),
                        enrolled=frozenset(n for n in record["enrolled"] if n),
                        failed=frozenset(n for n in record["failed"] if n),
                        riasec=riasec, work_values=values, preferences=preferences)


def needs_more_education(career: CareerFacts, move_row: dict) -> bool:
    """Return True when a career on a later-move path needs more education than `career` to enter."""
    source_residencies = set(move_row.get("source_residency_cips") or ())
    for step in move_row["careers"]:
        rank = step.get("typical_education_rank")
        if rank is not None and career.typical_education_rank is not None and rank > career.typical_education_rank:
            return True
        if set(step.get("residency_cips") or ()) - source_residencies:
            return True
    return False


class PathfindingEngine:
    def __init__(self, repository: PathfindingRepository, use_cache: bool = True) -> None:
        self.repository = repository
        self.use_cache = use_cache
        self._cache = _Cache()

    def clear_cache(self) -> None:
        self._cache.clear()
        log.info("pathfinding cache cleared")

    def _cached(self, key, load):
        if not self.use_cache:
            return load()
        return self._cache.get(key, load)

    # -- students and careers -------------------------------------------------------------------

    def stored_student(self, tenant_id: str, student_id: str) -> StudentState:
        if not tenant_id or not student_id:
            raise InvalidArgument("tenant_id and student_id are required for a stored student")
        record = self.repository.student(tenant_id, student_id)
        if record is None:
            raise NotFound(f"student {student_id!r} not found in tenant {tenant_id!r}")
        return student_from_record(record)

    def check_student(self, student: StudentState) -> StudentState:
        if not 6 <= student.grade <= 12:
            raise InvalidArgument(f"grade {student.grade} is out of range; use 6 to 12")
        if student.preferences.home_state:
            check_state_code(student.preferences.home_state, "preferences.home_state")
        if self.district_state(student.district_id) is None:
            raise NotFound(f"district {student.district_id!r} not found; use a catalog district id "
                           "such as prairie-sun-wi")
        return student

    def district_state(self, district_id: str) -> str | None:
        district = self._cached(("district", district_id), lambda: self.repository.district(district_id))
        return None if district is None else (district.get("state") or "")

    def career(self, onetsoc: str) -> CareerFacts:
        facts = self._cached(("career", onetsoc), lambda: self.repository.career_facts(onetsoc))
        if facts is None:
            raise NotFound(f"career {onetsoc!r} not found; use an O*NET-SOC code such as 29-1141.00")
        return facts

    def resolve_career(self, words: str) -> str:
        """Return the O*NET-SOC code that best matches everyday words, such as "nurse".

        Words in the catalog's synonyms table ("doctor", "cop", "mechanic") search their first title.
        """
        search_words = normalize(words)
        if not search_words:
            raise InvalidArgument(f"career query {words!r} has no words to search; name a career such as nurse")

        if synonyms := synonyms_for(words):
            search_words = normalize(synonyms[0])
        query = " ".join(f"{word}~" if len(word) > 4 else word for word in search_words.split())
        hits = self.repository.search_careers(query, limit=25)
        if not hits:
            raise NotFound(f"no career matches {words!r}; try another title, such as electrician")
        return max(hits, key=lambda hit: _title_match(search_words, hit))["onetsoc"]

    # -- routes ---------------------------------------------------------------------------------

    def _schedule(self, career: CareerFacts, student: StudentState, language: str) -> CourseSchedule:
        taken = sorted(student.completed | student.enrolled | student.failed)
        courses = self._cached(("courses", career.onetsoc, student.district_id, student.grade, tuple(taken)),
                               lambda: self.repository.hs_courses(career.onetsoc, student.district_id,
                                                                  student.grade, taken))
        return schedule_courses(courses, student, language)

    def enumerate(self, career: CareerFacts, bounds: Bounds, program_budget: float,
                  other_budget: float) -> dict[RawRoute, float]:
        key = ("routes", career.onetsoc, bounds, round(program_budget, 4), round(other_budget, 4))
        return self._cached(key, lambda: self.repository.enumerate_routes(career, bounds, program_budget,
                                                                          other_budget))

    def _programs(self, program_ids: list[str], states: tuple[str, ...]):
        """Return programs and their offers, reading only the ids not cached yet."""
        if not self.use_cache:
            return self.repository.programs(program_ids, states)
        with self._cache.lock:
            known = self._cache.entries.setdefault(("programs", states), {})
            missing = [program_id for program_id in program_ids if program_id not in known]
        if missing:
            programs, offers = self.repository.programs(missing, states)
            with self._cache.lock:
                for program_id in missing:
                    known[program_id] = (programs.get(program_id), offers.get(program_id, []))
        programs = {pid: known[pid][0] for pid in program_ids if known[pid][0] is not None}
        return programs, {pid: known[pid][1] for pid in program_ids}

    def _context(self, career: CareerFacts, student: StudentState, schedule: CourseSchedule,
                 raw: dict[RawRoute, float], bounds: Bounds, language: str) -> RouteContext:
        program_ids = sorted({key for route in raw for kind, key in route
                              if kind == "PROGRAM" and key != ANY_BACHELOR_KEY})
        codes = sorted({key for route in raw for kind, key in route if kind == "APPRENTICESHIP"})
        programs, offers = self._programs(program_ids, bounds.states)
        apprenticeships = self._cached(("apprenticeships", tuple(codes)),
                                       lambda: self.repository.apprenticeships(codes))
        pay_state = (student.preferences.home_state or (bounds.states[0] if bounds.states else "")
                     or self.district_state(student.district_id) or "")
        memo = self._cached(("offer-memo", career.onetsoc, bounds.states, pay_state), dict)
        return RouteContext(career, student, schedule, programs, offers, apprenticeships, pay_state, memo, language)

    def _move_paths(self, career: CareerFacts) -> list[dict]:
        return self._cached(("moves", career.onetsoc),
                            lambda: self.repository.career_moves(career.onetsoc, career.job_zone))

    def later_moves(self, career: CareerFacts, max_moves: int) -> list[CareerMove]:
        """Return later moves, fewest hops first, then Primary-Short related occupations, then O*NET rank.

        A move is left out when a career on its path needs more education than `career` (a higher BLS
        typical entry education rank, or a residency that `career` does not lead from): that is a new
        route, not a move.
        """
        moves = []
        for row in self._move_paths(career):
            if len(row["careers"]) > max_moves or needs_more_education(career, row):
                continue
            move = CareerMove(tuple(step["onetsoc"] for step in row["careers"]), CAREER_MOVE_YEARS * len(row["careers"]),
                              tuple(step.get("title") or step["onetsoc"] for step in row["careers"]))
            tier = RELATED_TIER_ORDER.get(row.get("tier") or "", len(RELATED_TIER_ORDER))
            moves.append(((len(move.path), tier, row.get("rank") or 99, move.path), move))
        moves.sort(key=lambda pair: pair[0])
        return [move for _, move in moves[:MAX_LATER_MOVES]]

    def move_careers(self, onetsoc: str) -> dict[str, dict]:
        """Return O*NET-SOC code -> career summary for the careers on the later moves from `onetsoc`."""
        return {step["onetsoc"]: step for row in self._move_paths(self.career(onetsoc)) for step in row["careers"]}

    def find_routes(self, student: StudentState, onetsoc: str, bounds: Bounds,
                    shared: CareerFactors | None = None, language: str = "en") -> CareerRoutes:
        """Enumerate, merge and rank every route from the student's state to the career.

        `language` ("en" or "es") sets the fixed words of titles, explanations and reasons.
        """
        validate_bounds(bounds)
        career = self.career(onetsoc)
        schedule = self._schedule(career, student, language)

        program_budget = rules.program_budget(bounds, student.grade, schedule.catch_up_years, schedule.dual_savings)
        other_budget = rules.other_budget(bounds, student.grade)
        raw = self.enumerate(career, bounds, program_budget, other_budget)

        context = self._context(career, student, schedule, raw, bounds, language)
        routes = build_routes(raw, context)
        rank_routes(routes, student, career, student.preferences, bounds.horizon_years, shared, language)

        notes = []
        if not student.riasec:
            notes.append(texts.text(language, "note_interest_neutral"))
        if schedule.closed_prep_courses:
            notes.append(texts.counted(language, "note_closed_prep", schedule.closed_prep_courses,
                                       years=texts.years(language, schedule.catch_up_years)))
        if not routes:
            notes.append(texts.text(language, "note_no_route"))
        return CareerRoutes(career, routes, len(raw), self.later_moves(career, bounds.max_career_moves), notes,
                            bounds)

    def explain_route(self, student: StudentState, onetsoc: str, route_id: str, bounds: Bounds,
                      language: str = "en") -> tuple[Route, int, list[str]]:
        result = self.find_routes(student, onetsoc, bounds, language=language)
        for route in result.routes:
            if route.route_id == route_id:
                reasons = [f"{factor.name}: {factor.score:.2f} x weight {factor.weight:.2f} ({factor.detail})"
                           for factor in sorted(route.factors, key=lambda f: -f.score * f.weight)]
                return route, len(result.routes), reasons
        raise NotFound(f"route {route_id!r} not found for career {onetsoc!r} within these bounds; "
                       "call FindRoutes again and use one of its route ids")

    def what_if(self, student: StudentState, onetsoc: str, bounds: Bounds, changes: list[tuple[str, str]],
                language: str = "en") -> WhatIfResult:
        """Compare the routes before and after hypothetical course changes.

        Raises NotFound naming the first course number that the student's district does not offer.
        """
        changed = apply_changes(student, changes)
        numbers = sorted({number for _, number in changes})
        known = self.repository.district_course_numbers(student.district_id, numbers)
        for number in numbers:
            if number not in known:
                raise NotFound(f"course number {number!r} not found in district {student.district_id!r}; list the "
                               f"district's courses with the catalog's ListCourses (district_id "
                               f"{student.district_id!r}) and use a course number from it, such as 4335SCI")
        before = self.find_routes(student, onetsoc, bounds, language=language)
        after = self.find_routes(changed, onetsoc, bounds, language=language)
        closed, opened, moved, summary = diff_routes(before.routes, after.routes, changes, bounds,
                                                     career_title=before.career.title, grade=student.grade,
                                                     language=language)
        return WhatIfResult(closed, opened, moved, summary, after)

    # -- reachable careers ----------------------------------------------------------------------

    def _related(self) -> dict[str, list[dict]]:
        def load():
            adjacency: dict[str, list[dict]] = {}
            for source, target in self.repository.related_edges():
                adjacency.setdefault(source, []).append(target)
            return adjacency
        return self._cached(("related",), load)

    def reachable_careers(self, student: StudentState, bounds: Bounds) -> list[ReachableCareer]:
        """Return every career with a route within the bounds, shortest first.

        Years count high school and the postsecondary part; the per-career catch-up and
        dual-enrollment adjustments of `find_routes` are left out here.
        """
        validate_bounds(bounds)
        program_budget = rules.program_budget(bounds, student.grade, 0.0, 0.0)
        other_budget = rules.other_budget(bounds, student.grade)
        rows = self._cached(("reachable", bounds, round(program_budget, 4), round(other_budget, 4)),
                            lambda: self.repository.reachable_careers(bounds, program_budget, other_budget))

        high_school = rules.high_school_years(student.grade)
        best: dict[str, ReachableCareer] = {}
        for row in rows:
            kind_name = row["kind"]
            kind = (rules.route_kind_for_rank(int(kind_name.split(":")[1])) if kind_name.startswith("PROGRAM:")
                    else RouteKind[kind_name])
            years = high_school + float(row["years"])
            onetsoc = row["career"]["onetsoc"]
            current = best.get(onetsoc)
            if current is None:
                best[onetsoc] = ReachableCareer(row["career"], years, kind, int(row["routes"]))
                continue
            current.route_count += int(row["routes"])
            if years < current.shortest_years:
                current.shortest_years, current.shortest_kind = years, kind

        self._add_moves(best, bounds)
        return sorted(best.values(), key=lambda r: (r.shortest_years, r.career.get("title") or ""))

    def _add_moves(self, best: dict[str, ReachableCareer], bounds: Bounds) -> None:
        if bounds.max_career_moves <= 0:
            return
        related = self._related()
        queue = deque((onetsoc, entry.shortest_years, 0, onetsoc) for onetsoc, entry in list(best.items()))
        while queue:
            onetsoc, years, hops, origin = queue.popleft()
            if hops >= bounds.max_career_moves:
                continue
            origin_rank = best[origin].career.get("typical_education_rank")
            for target_career in related.get(onetsoc, []):
                target = target_career["onetsoc"]
                reached = years + CAREER_MOVE_YEARS
                if reached > bounds.horizon_years:
                    continue
                # A career that needs more education than the origin is a new route, not a move.
                # NOTE: unlike later_moves, this skips no move for needing another residency.
                target_rank = target_career.get("typical_education_rank")
                if origin_rank is not None and target_rank is not None and target_rank > origin_rank:
                    continue
                current = best.get(target)
                if current is not None and current.shortest_years <= reached:
                    continue
                career = current.career if current else target_career
                best[target] = ReachableCareer(career, reached, best[origin].shortest_kind, 0, hops + 1, origin)
                queue.append((target, reached, hops + 1, origin))
