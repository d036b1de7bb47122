"""Bounds semantics shared by the Cypher enumeration, the reference enumerator and route assembly.

Postsecondary part of a route to career C (what the enumerators search):

- direct to work: allowed when C is entered with a high school diploma or less (BLS typical entry
  education, or O*NET job zone 1-2 when BLS has none);
- one apprenticeship with `LEADS_TO` C; years = term hours / 2000. An apprenticeship counts as a high
  school diploma. Into a career whose typical entry education is higher, it is a below-entry route and
  follows the worker-share rule below. Its `worker_share` is the share of O*NET respondents who report
  a high school diploma, a post-secondary certificate or some college as required;
- a stack of 1-3 programs, every one with `LEADS_TO` C and the same 6-digit CIP, credential rank
  strictly rising and at most `max_education_rank`. The first program is an entry program (rank 2-5),
  except that a graduate program (rank 6-8) may start the stack when its CIP has no bachelor's program
  leading to C; that route gets the derived "any bachelor's degree" step first. A graduate program
  follows only a bachelor's or higher. With `states` set, each program needs an institution in one of
  those states.

A stack may end at a program only when its `LEADS_TO` is not below the career's BLS typical entry
education, or when at least `min_worker_share` (default 0.10) of O*NET respondents report the
program's level as required (`worker_share`); a program below entry without RL data never ends a stack.
So an associate degree in nursing stays a route to Registered Nurses (19% of respondents report an
associate degree) while a certificate in a bachelor's-level computing field does not. Electricians
keep their apprenticeships because BLS lists a high school diploma for them.

Residency: a stack that ends at a doctoral or first professional degree (rank 8) continues with one
residency or fellowship program (rank 9, CIP series 60-61, any CIP) leading to C, and must when C has
one, so physicians' routes read bachelor's -> MD -> residency. Residencies ignore `states` (Scorecard
lists none) and `max_education_rank` (8 admits them, because a residency is training, not a degree).

Years: a program stacked on a lower undergraduate program of the same CIP takes the difference of
their typical years (at least 1), because the lower credential's courses transfer. Graduate programs
take their full typical years.

Route years to the career are the years to the first paid job in it, and the horizon bounds them.
For an apprenticeship route that is the years left in high school, because apprentices are paid
employees from the start; the apprenticeship's length is the step's duration. Otherwise the years
are the years left in high school + postsecondary years, plus a catch-up term for
career-prep courses that no longer fit in high school (program routes only), minus the time that
dual-enrollment courses save (program routes only). The enumerators prune with the resulting budgets.
"""

from __future__ import annotations

from services.pathfinding.model import (
    ANY_BACHELOR_KEY,
    ANY_BACHELOR_YEARS,
    APPRENTICESHIP_DEFAULT_YEARS,
    APPRENTICESHIP_HOURS_PER_YEAR,
    DEFAULT_PROGRAM_YEARS,
    LAST_GRADE,
    RANK_BACHELOR,
    RANK_CERTIFICATE,
    RANK_POST_BACC,
    Bounds,
    ProgramInfo,
    RawRoute,
    RouteKind,
    route_kind_for_rank,
)

# NOTE: both figures are planning estimates, not data: a term to catch up on a missed prep course,
# and one course's share of a college year saved by each dual-enrollment course (capped at a year).
CATCH_UP_YEARS_PER_COURSE = 0.5
DUAL_ENROLLMENT_YEARS_PER_COURSE = 0.125
DUAL_ENROLLMENT_MAX_YEARS = 1.0


def high_school_years(grade: int) -> float:
    """Return school years left until the diploma, counting the current year (grade 12 -> 1)."""
    return float(max(0, LAST_GRADE - grade + 1))


def program_years(program: ProgramInfo) -> float:
    if program.typical_years:
        return float(program.typical_years)
    return DEFAULT_PROGRAM_YEARS.get(program.credential_rank, 2.0)


def apprenticeship_years(term_hours: float | None) -> float:
    if not term_hours or term_hours <= 0:
        return APPRENTICESHIP_DEFAULT_YEARS
    return term_hours / APPRENTICESHIP_HOURS_PER_YEAR


def stacked_years(previous: ProgramInfo | None, program: ProgramInfo) -> float:
    """Return the years `program` adds after `previous` (None for the first program)."""
    years = program_years(program)
    if previous is None:
        return years
    if previous.credential_rank <= RANK_BACHELOR and program.credential_rank <= RANK_BACHELOR:
        return max(1.0, years - program_years(previous))
    return years


def chain_years(chain: list[ProgramInfo], any_bachelor: bool) -> float:
    total = ANY_BACHELOR_YEARS if any_bachelor else 0.0
    previous = None
    for program in chain:
        total += stacked_years(previous, program)
        previous = program
    return total


def dual_enrollment_savings(course_count: int) -> float:
    return min(DUAL_ENROLLMENT_MAX_YEARS, course_count * DUAL_ENROLLMENT_YEARS_PER_COURSE)


def program_budget(bounds: Bounds, grade: int, catch_up_years: float, dual_savings: float) -> float:
    """Return the most postsecondary program years a route may take within the horizon."""
    return bounds.horizon_years - high_school_years(grade) - catch_up_years + dual_savings


def other_budget(bounds: Bounds, grade: int) -> float:
    """Return the years left in the horizon after high school for direct entry and apprenticeships.

    Both start paid work right after high school, so either is a route when the budget is not negative.
    """
    return bounds.horizon_years - high_school_years(grade)


def valid_stack_step(previous: ProgramInfo, program: ProgramInfo) -> bool:
    """Return True when `program` may follow `previous` in one stack (same CIP, rising rank)."""
    if program.cip != previous.cip or program.credential_rank <= previous.credential_rank:
        return False
    return program.credential_rank < RANK_POST_BACC or previous.credential_rank >= RANK_BACHELOR


def valid_first_program(program: ProgramInfo, has_same_cip_bachelor: bool) -> tuple[bool, bool]:
    """Return (allowed, needs any-bachelor step) for a program that starts a stack."""
    if RANK_CERTIFICATE <= program.credential_rank <= RANK_BACHELOR:
        return True, False
    if program.credential_rank >= RANK_POST_BACC and not has_same_cip_bachelor:
        return True, True
    return False, False


def ends_stack(below_typical_entry: bool | None, worker_share: float | None, min_worker_share: float) -> bool:
    """Return True when a program or an apprenticeship may be the last (highest) credential of a route."""
    return not below_typical_entry or (worker_share or 0.0) >= min_worker_share


def chain_kind(chain: list[ProgramInfo]) -> RouteKind:
    return route_kind_for_rank(max(program.credential_rank for program in chain))


def program_raw_route(chain: list[ProgramInfo], any_bachelor: bool) -> RawRoute:
    steps = [("PROGRAM", ANY_BACHELOR_KEY)] if any_bachelor else []
    steps.extend(("PROGRAM", program.id) for program in chain)
    return tuple(steps)


def raw_route_kind(raw: RawRoute, ranks: dict[str, int]) -> RouteKind:
    """Return the kind of a raw route; `ranks` maps program id -> credential rank."""
    if not raw:
        return RouteKind.DIRECT_TO_WORK
    if raw[0][0] == "APPRENTICESHIP":
        return RouteKind.APPRENTICESHIP
    top = max(ranks.get(key, RANK_BACHELOR) for kind, key in raw if kind == "PROGRAM")
    return route_kind_for_rank(top)
