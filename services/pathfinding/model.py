"""Route model of the pathfinding service: plain dataclasses shared by enumeration, ranking and the API.

A route to a career is an ordered list of steps:

1. high-school steps (`HS_COURSE`, `CTE`, `DUAL_ENROLLMENT`, `WORK_BASED_LEARNING`): remaining district
   courses that prepare for the career and their prerequisites, scheduled by grade window and
   prerequisites; completed ones are DONE. They form the high-school trunk shared by every route to
   the career, except that dual-enrollment courses sit only on routes with a postsecondary program;
2. `DIPLOMA`;
3. the postsecondary part, which is what the enumeration searches: nothing (direct to work), one
   `APPRENTICESHIP`, or a stack of 1-3 `PROGRAM` steps with rising credential rank
   (e.g. associate -> bachelor's -> master's);
4. `ENTRY_JOB` (the career). Later moves along related occupations (`CAREER_MOVE`) are the same for
   every route to a career, so they are returned once per career rather than on each route.

Raw route identity is the postsecondary tuple of (kind, key). Equivalent raw routes are merged: two
program steps are equivalent when they share the 4-digit CIP series and the credential rank (for
example 51.3801 and 51.3818 at the associate level), so "Associate in Registered Nursing" is one
route with its CIP programs listed as step options. Institutions are listed on program steps rather
than splitting routes per institution, because institution data covers only a few states.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

# Credential ranks, as in the catalog (`Program.credential_rank`, `Career.typical_education_rank`).
RANK_NONE = 0
RANK_DIPLOMA = 1
RANK_CERTIFICATE = 2
RANK_SOME_COLLEGE = 3
RANK_ASSOCIATE = 4
RANK_BACHELOR = 5
RANK_POST_BACC = 6
RANK_MASTER = 7
RANK_DOCTORAL = 8
# Residency or fellowship (CIP series 60-61): follows a doctoral or first professional degree.
RANK_RESIDENCY = 9

# Default of `Bounds.min_worker_share`: a program below the career's BLS typical entry education is a
# route only when at least this share of O*NET respondents report its level as required.
MIN_WORKER_SHARE = 0.10
# Default bound on years from today to the first job in the career.
DEFAULT_HORIZON_YEARS = 15.0

CREDENTIAL_NAMES = {
    0: "no formal credential", 1: "high school diploma", 2: "postsecondary certificate", 3: "some college",
    4: "associate degree", 5: "bachelor's degree", 6: "post-baccalaureate certificate", 7: "master's degree",
    8: "doctoral or professional degree", 9: "residency",
}

# Key of the generic bachelor's step put before a graduate program whose CIP has no bachelor's program
# leading to the career. Graduate and first-professional programs admit holders of a bachelor's in any
# field; the catalog records no admission prerequisites, so the step is derived by this rule.
ANY_BACHELOR_KEY = "any-bachelor"
ANY_BACHELOR_YEARS = 4.0

# Step.link_rule values for steps not linked by a PREPARES_FOR rule. The district catalog publishes
# PREREQUISITE_OF edges, so a catalog prerequisite is not derived; the other two are Trailmap rules.
LINK_CATALOG_PREREQUISITE = "catalog_prerequisite"
LINK_DERIVED_PREREQUISITE = "derived_prerequisite"
LINK_ANY_BACHELOR = "any_bachelor_admission"

# Hours of on-the-job learning per apprenticeship year (full-time work year).
APPRENTICESHIP_HOURS_PER_YEAR = 2000.0
# NOTE: competency-based apprenticeships publish no term; this assumed length is an estimate.
APPRENTICESHIP_DEFAULT_YEARS = 3.0

# Program lengths used when a Program node has no `typical_years`, by credential rank (estimates).
DEFAULT_PROGRAM_YEARS = {2: 1.0, 3: 1.0, 4: 2.0, 5: 4.0, 6: 1.0, 7: 2.0, 8: 4.0, 9: 3.0}

# USPS codes of the 50 states, the District of Columbia and the five inhabited territories.
US_STATE_CODES = frozenset({
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
    "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
    "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    "DC", "AS", "GU", "MP", "PR", "VI",
})

MAX_PROGRAMS_PER_ROUTE = 3
LAST_GRADE = 12


class StepKind(enum.Enum):
    HS_COURSE = "HS_COURSE"
    DUAL_ENROLLMENT = "DUAL_ENROLLMENT"
    CTE = "CTE"
    WORK_BASED_LEARNING = "WORK_BASED_LEARNING"
    DIPLOMA = "DIPLOMA"
    APPRENTICESHIP = "APPRENTICESHIP"
    PROGRAM = "PROGRAM"
    ENTRY_JOB = "ENTRY_JOB"
    CAREER_MOVE = "CAREER_MOVE"


HS_STEP_KINDS = frozenset({StepKind.HS_COURSE, StepKind.DUAL_ENROLLMENT, StepKind.CTE,
                           StepKind.WORK_BASED_LEARNING})


class StepStatus(enum.Enum):
    DONE = "DONE"
    NEXT = "NEXT"
    TODO = "TODO"
    CLOSED = "CLOSED"


class Lane(enum.Enum):
    # Done in an earlier school year (negative year offset).
    PAST = "PAST"
    THIS_YEAR = "THIS_YEAR"
    HIGH_SCHOOL = "HIGH_SCHOOL"
    AFTER_HIGH_SCHOOL = "AFTER_HIGH_SCHOOL"
    FIRST_JOB = "FIRST_JOB"
    LATER = "LATER"


class RouteKind(enum.Enum):
    DIRECT_TO_WORK = "DIRECT_TO_WORK"
    APPRENTICESHIP = "APPRENTICESHIP"
    CERTIFICATE = "CERTIFICATE"
    TWO_YEAR = "TWO_YEAR"
    FOUR_YEAR = "FOUR_YEAR"
    GRADUATE = "GRADUATE"
    MILITARY = "MILITARY"


ALL_ROUTE_KINDS = frozenset(RouteKind) - {RouteKind.MILITARY}


def route_kind_for_rank(rank: int) -> RouteKind:
    """Return the route kind of a program stack whose highest credential has `rank`."""
    if rank <= RANK_SOME_COLLEGE:
        return RouteKind.CERTIFICATE
    if rank == RANK_ASSOCIATE:
        return RouteKind.TWO_YEAR
    if rank == RANK_BACHELOR:
        return RouteKind.FOUR_YEAR
    return RouteKind.GRADUATE


@dataclass(frozen=True)
class Bounds:
    """Explicit search bounds; each one prunes during enumeration."""

    # Fifteen years from grade 9 or 10 still reaches careers that need a doctorate and a residency.
    horizon_years: float = DEFAULT_HORIZON_YEARS
    max_education_rank: int = RANK_DOCTORAL
    states: tuple[str, ...] = ()
    route_kinds: frozenset[RouteKind] = ALL_ROUTE_KINDS
    max_career_moves: int = 2
    min_worker_share: float = MIN_WORKER_SHARE


@dataclass(frozen=True)
class Preferences:
    preferred_route_kinds: frozenset[RouteKind] = frozenset()
    # 1 none ... 4 high, 0 unstated (same scale as the profile service's CostTolerance).
    debt_tolerance: int = 0
    home_state: str = ""
    time_importance: float | None = None


@dataclass(frozen=True)
class StudentState:
    """What the planner knows about a student: grade, district offerings, courses and profile scores."""

    grade: int
    district_id: str
    completed: frozenset[str] = frozenset()
    enrolled: frozenset[str] = frozenset()
    failed: frozenset[str] = frozenset()
    # RIASEC scores keyed r, i, a, s, e, c (1-7); empty when the student has no inventory yet.
    riasec: dict[str, float] = field(default_factory=dict)
    # Work values keyed achievement, working_conditions, ... (1-7); empty when unknown.
    work_values: dict[str, float] = field(default_factory=dict)
    preferences: Preferences = Preferences()
    # Courses the student may take as dual enrollment although the catalog does not flag them.
    extra_dual_enrollment: frozenset[str] = frozenset()
    # Grade in which each completed course was taken, when the roster records it.
    completed_grades: dict[str, int] = field(default_factory=dict)
    # Courses not taken yet that a what-if fails on the first attempt, so they are retaken a year later.
    fail_first_attempt: frozenset[str] = frozenset()

    def __hash__(self) -> int:
        return hash((self.grade, self.district_id, self.completed, self.enrolled, self.failed,
                     self.fail_first_attempt))


@dataclass(frozen=True)
class ProgramInfo:
    id: str
    cip: str
    title: str
    credential_rank: int
    typical_years: float
    # Title of the program's 4-digit CIP group ("Combined Medical Residency/Fellowship Programs").
    cip4_title: str = ""


@dataclass(frozen=True)
class ApprenticeshipInfo:
    rapids_code: str
    title: str
    years: float


@dataclass(frozen=True)
class InstitutionOffer:
    unitid: str
    name: str
    city: str
    state: str
    net_price: float | None
    median_debt: float | None
    median_earnings: float | None


@dataclass(frozen=True)
class CourseInfo:
    """One district course relevant to the career, with its prerequisites (course numbers)."""

    number: str
    key: str
    name: str
    credits: float
    grade_min: int
    grade_max: int
    dual_enrollment: bool
    cte: bool
    work_based_learning: bool
    prerequisites: tuple[str, ...] = ()
    # PREPARES_FOR weight of the course for the career; 0 for courses present only as prerequisites.
    weight: float = 0.0
    # PREPARES_FOR rule of the course's link to the career; empty for courses present only as prerequisites.
    link_rule: str = ""


@dataclass(frozen=True)
class CareerFacts:
    onetsoc: str
    title: str
    typical_education: str = ""
    typical_education_rank: int | None = None
    job_zone: int | None = None
    median_wage: float | None = None
    state_wages: dict[str, float] = field(default_factory=dict, compare=False, hash=False)
    growth_pct: float | None = None
    openings_annual: float | None = None
    bright_outlook: bool = False
    riasec: dict[str, float] = field(default_factory=dict, compare=False, hash=False)
    work_values: dict[str, float] = field(default_factory=dict, compare=False, hash=False)
    # BLS typical on-the-job training ("Apprenticeship", "Moderate-term on-the-job training", ...).
    on_the_job_training: str = ""
    alternate_titles: tuple[str, ...] = ()

    @property
    def trains_by_apprenticeship(self) -> bool:
        return self.on_the_job_training.strip().lower() == "apprenticeship"

    def allows_direct_entry(self) -> bool:
        """Return True when BLS enters the career with a high school diploma or less.

        Without a BLS education value, O*NET job zones 1-2 (little or some preparation) count as direct.
        """
        if self.typical_education_rank is not None:
            return self.typical_education_rank <= RANK_DIPLOMA
        return self.job_zone is not None and self.job_zone <= 2


# Raw postsecondary part of a route: (kind, key) pairs, e.g. (("PROGRAM", "51.3801|associate"),).
RawRoute = tuple[tuple[str, str], ...]


@dataclass
class Step:
    kind: StepKind
    key: str
    title: str
    status: StepStatus = StepStatus.TODO
    status_reason: str = ""
    year_offset: float = 0.0
    duration_years: float = 0.0
    lane: Lane = Lane.HIGH_SCHOOL
    credential_rank: int = 0
    credits: float = 0.0
    options: list[tuple[str, str]] = field(default_factory=list)
    institutions: list[InstitutionOffer] = field(default_factory=list)
    # Rule that put the step on the route (see the LINK_* names); empty for steps from published data.
    link_rule: str = ""
    derived: bool = False


@dataclass
class Factor:
    name: str
    score: float
    weight: float
    detail: str


@dataclass
class Outlook:
    """What the route leads to. Amounts are None when unknown, never 0.

    A stacked route's cost and debt are the sums over its program steps. When any step has no price
    (or no debt) data, the total is unknown (None). Then `cost_at_least` / `debt_at_least` carry the
    sum of the steps that have data, a lower bound, and `*_missing_ranks` list the credential ranks
    of the steps without data.
    """

    years_to_career: float
    expected_cost: float | None
    expected_debt: float | None
    median_pay: float | None
    state_median_pay: float | None
    pay_state: str
    growth_pct: float | None
    openings_annual: float | None
    typical_education: str
    cost_at_least: float | None = None
    debt_at_least: float | None = None
    cost_missing_ranks: list[int] = field(default_factory=list)
    debt_missing_ranks: list[int] = field(default_factory=list)


@dataclass
class Route:
    route_id: str
    kind: RouteKind
    title: str
    steps: list[Step]
    outlook: Outlook
    # Raw routes merged into this one.
    raw_routes: list[RawRoute] = field(default_factory=list)
    factors: list[Factor] = field(default_factory=list)
    score: float = 0.0
    rank: int = 0
    explanation: str = ""
    closed_reason: str = ""

    @property
    def merged_count(self) -> int:
        return len(self.raw_routes)


@dataclass(frozen=True)
class CareerMove:
    # O*NET-SOC codes of the careers passed through, and their titles in the same order.
    path: tuple[str, ...]
    years_after_entry: float
    titles: tuple[str, ...] = ()
