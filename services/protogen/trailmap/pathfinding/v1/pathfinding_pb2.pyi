from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RouteKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ROUTE_KIND_UNSPECIFIED: _ClassVar[RouteKind]
    ROUTE_KIND_DIRECT_TO_WORK: _ClassVar[RouteKind]
    ROUTE_KIND_APPRENTICESHIP: _ClassVar[RouteKind]
    ROUTE_KIND_CERTIFICATE: _ClassVar[RouteKind]
    ROUTE_KIND_TWO_YEAR: _ClassVar[RouteKind]
    ROUTE_KIND_FOUR_YEAR: _ClassVar[RouteKind]
    ROUTE_KIND_GRADUATE: _ClassVar[RouteKind]
    ROUTE_KIND_MILITARY: _ClassVar[RouteKind]

class StepKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    STEP_KIND_UNSPECIFIED: _ClassVar[StepKind]
    STEP_KIND_HS_COURSE: _ClassVar[StepKind]
    STEP_KIND_DUAL_ENROLLMENT: _ClassVar[StepKind]
    STEP_KIND_CTE: _ClassVar[StepKind]
    STEP_KIND_WORK_BASED_LEARNING: _ClassVar[StepKind]
    STEP_KIND_DIPLOMA: _ClassVar[StepKind]
    STEP_KIND_APPRENTICESHIP: _ClassVar[StepKind]
    STEP_KIND_PROGRAM: _ClassVar[StepKind]
    STEP_KIND_ENTRY_JOB: _ClassVar[StepKind]
    STEP_KIND_CAREER_MOVE: _ClassVar[StepKind]

class StepStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    STEP_STATUS_UNSPECIFIED: _ClassVar[StepStatus]
    STEP_STATUS_DONE: _ClassVar[StepStatus]
    STEP_STATUS_NEXT: _ClassVar[StepStatus]
    STEP_STATUS_TODO: _ClassVar[StepStatus]
    STEP_STATUS_CLOSED: _ClassVar[StepStatus]

class Lane(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LANE_UNSPECIFIED: _ClassVar[Lane]
    LANE_THIS_YEAR: _ClassVar[Lane]
    LANE_HIGH_SCHOOL: _ClassVar[Lane]
    LANE_AFTER_HIGH_SCHOOL: _ClassVar[Lane]
    LANE_FIRST_JOB: _ClassVar[Lane]
    LANE_LATER: _ClassVar[Lane]
    LANE_PAST: _ClassVar[Lane]

class CostTolerance(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    COST_TOLERANCE_UNSPECIFIED: _ClassVar[CostTolerance]
    COST_TOLERANCE_NONE: _ClassVar[CostTolerance]
    COST_TOLERANCE_LOW: _ClassVar[CostTolerance]
    COST_TOLERANCE_MODERATE: _ClassVar[CostTolerance]
    COST_TOLERANCE_HIGH: _ClassVar[CostTolerance]

class ChangeKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CHANGE_KIND_UNSPECIFIED: _ClassVar[ChangeKind]
    CHANGE_KIND_DROP_COURSE: _ClassVar[ChangeKind]
    CHANGE_KIND_ADD_COURSE: _ClassVar[ChangeKind]
    CHANGE_KIND_FAIL_COURSE: _ClassVar[ChangeKind]
    CHANGE_KIND_ADD_DUAL_ENROLLMENT: _ClassVar[ChangeKind]
ROUTE_KIND_UNSPECIFIED: RouteKind
ROUTE_KIND_DIRECT_TO_WORK: RouteKind
ROUTE_KIND_APPRENTICESHIP: RouteKind
ROUTE_KIND_CERTIFICATE: RouteKind
ROUTE_KIND_TWO_YEAR: RouteKind
ROUTE_KIND_FOUR_YEAR: RouteKind
ROUTE_KIND_GRADUATE: RouteKind
ROUTE_KIND_MILITARY: RouteKind
STEP_KIND_UNSPECIFIED: StepKind
STEP_KIND_HS_COURSE: StepKind
STEP_KIND_DUAL_ENROLLMENT: StepKind
STEP_KIND_CTE: StepKind
STEP_KIND_WORK_BASED_LEARNING: StepKind
STEP_KIND_DIPLOMA: StepKind
STEP_KIND_APPRENTICESHIP: StepKind
STEP_KIND_PROGRAM: StepKind
STEP_KIND_ENTRY_JOB: StepKind
STEP_KIND_CAREER_MOVE: StepKind
STEP_STATUS_UNSPECIFIED: StepStatus
STEP_STATUS_DONE: StepStatus
STEP_STATUS_NEXT: StepStatus
STEP_STATUS_TODO: StepStatus
STEP_STATUS_CLOSED: StepStatus
LANE_UNSPECIFIED: Lane
LANE_THIS_YEAR: Lane
LANE_HIGH_SCHOOL: Lane
LANE_AFTER_HIGH_SCHOOL: Lane
LANE_FIRST_JOB: Lane
LANE_LATER: Lane
LANE_PAST: Lane
COST_TOLERANCE_UNSPECIFIED: CostTolerance
COST_TOLERANCE_NONE: CostTolerance
COST_TOLERANCE_LOW: CostTolerance
COST_TOLERANCE_MODERATE: CostTolerance
COST_TOLERANCE_HIGH: CostTolerance
CHANGE_KIND_UNSPECIFIED: ChangeKind
CHANGE_KIND_DROP_COURSE: ChangeKind
CHANGE_KIND_ADD_COURSE: ChangeKind
CHANGE_KIND_FAIL_COURSE: ChangeKind
CHANGE_KIND_ADD_DUAL_ENROLLMENT: ChangeKind

class RiasecScores(_message.Message):
    __slots__ = ("realistic", "investigative", "artistic", "social", "enterprising", "conventional")
    REALISTIC_FIELD_NUMBER: _ClassVar[int]
    INVESTIGATIVE_FIELD_NUMBER: _ClassVar[int]
    ARTISTIC_FIELD_NUMBER: _ClassVar[int]
    SOCIAL_FIELD_NUMBER: _ClassVar[int]
    ENTERPRISING_FIELD_NUMBER: _ClassVar[int]
    CONVENTIONAL_FIELD_NUMBER: _ClassVar[int]
    realistic: float
    investigative: float
    artistic: float
    social: float
    enterprising: float
    conventional: float
    def __init__(self, realistic: _Optional[float] = ..., investigative: _Optional[float] = ..., artistic: _Optional[float] = ..., social: _Optional[float] = ..., enterprising: _Optional[float] = ..., conventional: _Optional[float] = ...) -> None: ...

class WorkValues(_message.Message):
    __slots__ = ("achievement", "working_conditions", "recognition", "relationships", "support", "independence")
    ACHIEVEMENT_FIELD_NUMBER: _ClassVar[int]
    WORKING_CONDITIONS_FIELD_NUMBER: _ClassVar[int]
    RECOGNITION_FIELD_NUMBER: _ClassVar[int]
    RELATIONSHIPS_FIELD_NUMBER: _ClassVar[int]
    SUPPORT_FIELD_NUMBER: _ClassVar[int]
    INDEPENDENCE_FIELD_NUMBER: _ClassVar[int]
    achievement: float
    working_conditions: float
    recognition: float
    relationships: float
    support: float
    independence: float
    def __init__(self, achievement: _Optional[float] = ..., working_conditions: _Optional[float] = ..., recognition: _Optional[float] = ..., relationships: _Optional[float] = ..., support: _Optional[float] = ..., independence: _Optional[float] = ...) -> None: ...

class Preferences(_message.Message):
    __slots__ = ("preferred_route_kinds", "debt_tolerance", "home_state", "time_importance")
    PREFERRED_ROUTE_KINDS_FIELD_NUMBER: _ClassVar[int]
    DEBT_TOLERANCE_FIELD_NUMBER: _ClassVar[int]
    HOME_STATE_FIELD_NUMBER: _ClassVar[int]
    TIME_IMPORTANCE_FIELD_NUMBER: _ClassVar[int]
    preferred_route_kinds: _containers.RepeatedScalarFieldContainer[RouteKind]
    debt_tolerance: CostTolerance
    home_state: str
    time_importance: float
    def __init__(self, preferred_route_kinds: _Optional[_Iterable[_Union[RouteKind, str]]] = ..., debt_tolerance: _Optional[_Union[CostTolerance, str]] = ..., home_state: _Optional[str] = ..., time_importance: _Optional[float] = ...) -> None: ...

class StudentState(_message.Message):
    __slots__ = ("grade", "district_id", "completed_course_numbers", "enrolled_course_numbers", "failed_course_numbers", "riasec", "work_values", "preferences")
    GRADE_FIELD_NUMBER: _ClassVar[int]
    DISTRICT_ID_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_COURSE_NUMBERS_FIELD_NUMBER: _ClassVar[int]
    ENROLLED_COURSE_NUMBERS_FIELD_NUMBER: _ClassVar[int]
    FAILED_COURSE_NUMBERS_FIELD_NUMBER: _ClassVar[int]
    RIASEC_FIELD_NUMBER: _ClassVar[int]
    WORK_VALUES_FIELD_NUMBER: _ClassVar[int]
    PREFERENCES_FIELD_NUMBER: _ClassVar[int]
    grade: int
    district_id: str
    completed_course_numbers: _containers.RepeatedScalarFieldContainer[str]
    enrolled_course_numbers: _containers.RepeatedScalarFieldContainer[str]
    failed_course_numbers: _containers.RepeatedScalarFieldContainer[str]
    riasec: RiasecScores
    work_values: WorkValues
    preferences: Preferences
    def __init__(self, grade: _Optional[int] = ..., district_id: _Optional[str] = ..., completed_course_numbers: _Optional[_Iterable[str]] = ..., enrolled_course_numbers: _Optional[_Iterable[str]] = ..., failed_course_numbers: _Optional[_Iterable[str]] = ..., riasec: _Optional[_Union[RiasecScores, _Mapping]] = ..., work_values: _Optional[_Union[WorkValues, _Mapping]] = ..., preferences: _Optional[_Union[Preferences, _Mapping]] = ...) -> None: ...

class StudentRef(_message.Message):
    __slots__ = ("student_id", "state")
    STUDENT_ID_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    student_id: str
    state: StudentState
    def __init__(self, student_id: _Optional[str] = ..., state: _Optional[_Union[StudentState, _Mapping]] = ...) -> None: ...

class Bounds(_message.Message):
    __slots__ = ("horizon_years", "max_education_rank", "states", "route_kinds", "max_career_moves", "min_worker_share")
    HORIZON_YEARS_FIELD_NUMBER: _ClassVar[int]
    MAX_EDUCATION_RANK_FIELD_NUMBER: _ClassVar[int]
    STATES_FIELD_NUMBER: _ClassVar[int]
    ROUTE_KINDS_FIELD_NUMBER: _ClassVar[int]
    MAX_CAREER_MOVES_FIELD_NUMBER: _ClassVar[int]
    MIN_WORKER_SHARE_FIELD_NUMBER: _ClassVar[int]
    horizon_years: float
    max_education_rank: int
    states: _containers.RepeatedScalarFieldContainer[str]
    route_kinds: _containers.RepeatedScalarFieldContainer[RouteKind]
    max_career_moves: int
    min_worker_share: float
    def __init__(self, horizon_years: _Optional[float] = ..., max_education_rank: _Optional[int] = ..., states: _Optional[_Iterable[str]] = ..., route_kinds: _Optional[_Iterable[_Union[RouteKind, str]]] = ..., max_career_moves: _Optional[int] = ..., min_worker_share: _Optional[float] = ...) -> None: ...

class Institution(_message.Message):
    __slots__ = ("unitid", "name", "city", "state", "net_price", "median_debt", "median_earnings")
    UNITID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    CITY_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    NET_PRICE_FIELD_NUMBER: _ClassVar[int]
    MEDIAN_DEBT_FIELD_NUMBER: _ClassVar[int]
    MEDIAN_EARNINGS_FIELD_NUMBER: _ClassVar[int]
    unitid: str
    name: str
    city: str
    state: str
    net_price: float
    median_debt: float
    median_earnings: float
    def __init__(self, unitid: _Optional[str] = ..., name: _Optional[str] = ..., city: _Optional[str] = ..., state: _Optional[str] = ..., net_price: _Optional[float] = ..., median_debt: _Optional[float] = ..., median_earnings: _Optional[float] = ...) -> None: ...

class StepOption(_message.Message):
    __slots__ = ("key", "title")
    KEY_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    key: str
    title: str
    def __init__(self, key: _Optional[str] = ..., title: _Optional[str] = ...) -> None: ...

class Step(_message.Message):
    __slots__ = ("kind", "key", "title", "status", "status_reason", "year_offset", "duration_years", "lane", "credential_rank", "credits", "options", "institutions", "link_rule", "derived")
    KIND_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    STATUS_REASON_FIELD_NUMBER: _ClassVar[int]
    YEAR_OFFSET_FIELD_NUMBER: _ClassVar[int]
    DURATION_YEARS_FIELD_NUMBER: _ClassVar[int]
    LANE_FIELD_NUMBER: _ClassVar[int]
    CREDENTIAL_RANK_FIELD_NUMBER: _ClassVar[int]
    CREDITS_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    INSTITUTIONS_FIELD_NUMBER: _ClassVar[int]
    LINK_RULE_FIELD_NUMBER: _ClassVar[int]
    DERIVED_FIELD_NUMBER: _ClassVar[int]
    kind: StepKind
    key: str
    title: str
    status: StepStatus
    status_reason: str
    year_offset: float
    duration_years: float
    lane: Lane
    credential_rank: int
    credits: float
    options: _containers.RepeatedCompositeFieldContainer[StepOption]
    institutions: _containers.RepeatedCompositeFieldContainer[Institution]
    link_rule: str
    derived: bool
    def __init__(self, kind: _Optional[_Union[StepKind, str]] = ..., key: _Optional[str] = ..., title: _Optional[str] = ..., status: _Optional[_Union[StepStatus, str]] = ..., status_reason: _Optional[str] = ..., year_offset: _Optional[float] = ..., duration_years: _Optional[float] = ..., lane: _Optional[_Union[Lane, str]] = ..., credential_rank: _Optional[int] = ..., credits: _Optional[float] = ..., options: _Optional[_Iterable[_Union[StepOption, _Mapping]]] = ..., institutions: _Optional[_Iterable[_Union[Institution, _Mapping]]] = ..., link_rule: _Optional[str] = ..., derived: _Optional[bool] = ...) -> None: ...

class Factor(_message.Message):
    __slots__ = ("name", "score", "weight", "detail")
    NAME_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    DETAIL_FIELD_NUMBER: _ClassVar[int]
    name: str
    score: float
    weight: float
    detail: str
    def __init__(self, name: _Optional[str] = ..., score: _Optional[float] = ..., weight: _Optional[float] = ..., detail: _Optional[str] = ...) -> None: ...

class Outlook(_message.Message):
    __slots__ = ("years_to_career", "expected_cost", "expected_debt", "median_pay", "state_median_pay", "pay_state", "growth_pct", "openings_annual", "typical_education", "expected_cost_at_least", "expected_debt_at_least")
    YEARS_TO_CAREER_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_COST_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_DEBT_FIELD_NUMBER: _ClassVar[int]
    MEDIAN_PAY_FIELD_NUMBER: _ClassVar[int]
    STATE_MEDIAN_PAY_FIELD_NUMBER: _ClassVar[int]
    PAY_STATE_FIELD_NUMBER: _ClassVar[int]
    GROWTH_PCT_FIELD_NUMBER: _ClassVar[int]
    OPENINGS_ANNUAL_FIELD_NUMBER: _ClassVar[int]
    TYPICAL_EDUCATION_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_COST_AT_LEAST_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_DEBT_AT_LEAST_FIELD_NUMBER: _ClassVar[int]
    years_to_career: float
    expected_cost: float
    expected_debt: float
    median_pay: float
    state_median_pay: float
    pay_state: str
    growth_pct: float
    openings_annual: float
    typical_education: str
    expected_cost_at_least: float
    expected_debt_at_least: float
    def __init__(self, years_to_career: _Optional[float] = ..., expected_cost: _Optional[float] = ..., expected_debt: _Optional[float] = ..., median_pay: _Optional[float] = ..., state_median_pay: _Optional[float] = ..., pay_state: _Optional[str] = ..., growth_pct: _Optional[float] = ..., openings_annual: _Optional[float] = ..., typical_education: _Optional[str] = ..., expected_cost_at_least: _Optional[float] = ..., expected_debt_at_least: _Optional[float] = ...) -> None: ...

class Route(_message.Message):
    __slots__ = ("route_id", "kind", "title", "steps", "factors", "explanation", "outlook", "rank", "score", "merged_count")
    ROUTE_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    STEPS_FIELD_NUMBER: _ClassVar[int]
    FACTORS_FIELD_NUMBER: _ClassVar[int]
    EXPLANATION_FIELD_NUMBER: _ClassVar[int]
    OUTLOOK_FIELD_NUMBER: _ClassVar[int]
    RANK_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    MERGED_COUNT_FIELD_NUMBER: _ClassVar[int]
    route_id: str
    kind: RouteKind
    title: str
    steps: _containers.RepeatedCompositeFieldContainer[Step]
    factors: _containers.RepeatedCompositeFieldContainer[Factor]
    explanation: str
    outlook: Outlook
    rank: int
    score: float
    merged_count: int
    def __init__(self, route_id: _Optional[str] = ..., kind: _Optional[_Union[RouteKind, str]] = ..., title: _Optional[str] = ..., steps: _Optional[_Iterable[_Union[Step, _Mapping]]] = ..., factors: _Optional[_Iterable[_Union[Factor, _Mapping]]] = ..., explanation: _Optional[str] = ..., outlook: _Optional[_Union[Outlook, _Mapping]] = ..., rank: _Optional[int] = ..., score: _Optional[float] = ..., merged_count: _Optional[int] = ...) -> None: ...

class RouteGroup(_message.Message):
    __slots__ = ("kind", "routes", "total_count", "next_page_token")
    KIND_FIELD_NUMBER: _ClassVar[int]
    ROUTES_FIELD_NUMBER: _ClassVar[int]
    TOTAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    kind: RouteKind
    routes: _containers.RepeatedCompositeFieldContainer[Route]
    total_count: int
    next_page_token: str
    def __init__(self, kind: _Optional[_Union[RouteKind, str]] = ..., routes: _Optional[_Iterable[_Union[Route, _Mapping]]] = ..., total_count: _Optional[int] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CareerSummary(_message.Message):
    __slots__ = ("onetsoc", "title", "typical_education", "typical_education_rank", "median_pay", "growth_pct", "bright_outlook")
    ONETSOC_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    TYPICAL_EDUCATION_FIELD_NUMBER: _ClassVar[int]
    TYPICAL_EDUCATION_RANK_FIELD_NUMBER: _ClassVar[int]
    MEDIAN_PAY_FIELD_NUMBER: _ClassVar[int]
    GROWTH_PCT_FIELD_NUMBER: _ClassVar[int]
    BRIGHT_OUTLOOK_FIELD_NUMBER: _ClassVar[int]
    onetsoc: str
    title: str
    typical_education: str
    typical_education_rank: int
    median_pay: float
    growth_pct: float
    bright_outlook: bool
    def __init__(self, onetsoc: _Optional[str] = ..., title: _Optional[str] = ..., typical_education: _Optional[str] = ..., typical_education_rank: _Optional[int] = ..., median_pay: _Optional[float] = ..., growth_pct: _Optional[float] = ..., bright_outlook: _Optional[bool] = ...) -> None: ...

class CareerMove(_message.Message):
    __slots__ = ("path", "years_after_entry")
    PATH_FIELD_NUMBER: _ClassVar[int]
    YEARS_AFTER_ENTRY_FIELD_NUMBER: _ClassVar[int]
    path: _containers.RepeatedCompositeFieldContainer[CareerSummary]
    years_after_entry: float
    def __init__(self, path: _Optional[_Iterable[_Union[CareerSummary, _Mapping]]] = ..., years_after_entry: _Optional[float] = ...) -> None: ...

class FindRoutesRequest(_message.Message):
    __slots__ = ("tenant_id", "student", "onetsoc", "career_query", "bounds", "page_size", "page_token", "language")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    STUDENT_FIELD_NUMBER: _ClassVar[int]
    ONETSOC_FIELD_NUMBER: _ClassVar[int]
    CAREER_QUERY_FIELD_NUMBER: _ClassVar[int]
    BOUNDS_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    student: StudentRef
    onetsoc: str
    career_query: str
    bounds: Bounds
    page_size: int
    page_token: str
    language: str
    def __init__(self, tenant_id: _Optional[str] = ..., student: _Optional[_Union[StudentRef, _Mapping]] = ..., onetsoc: _Optional[str] = ..., career_query: _Optional[str] = ..., bounds: _Optional[_Union[Bounds, _Mapping]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., language: _Optional[str] = ...) -> None: ...

class FindRoutesResponse(_message.Message):
    __slots__ = ("career", "groups", "total_routes", "enumerated_routes", "later_moves", "notes", "effective_bounds")
    CAREER_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_ROUTES_FIELD_NUMBER: _ClassVar[int]
    ENUMERATED_ROUTES_FIELD_NUMBER: _ClassVar[int]
    LATER_MOVES_FIELD_NUMBER: _ClassVar[int]
    NOTES_FIELD_NUMBER: _ClassVar[int]
    EFFECTIVE_BOUNDS_FIELD_NUMBER: _ClassVar[int]
    career: CareerSummary
    groups: _containers.RepeatedCompositeFieldContainer[RouteGroup]
    total_routes: int
    enumerated_routes: int
    later_moves: _containers.RepeatedCompositeFieldContainer[CareerMove]
    notes: _containers.RepeatedScalarFieldContainer[str]
    effective_bounds: Bounds
    def __init__(self, career: _Optional[_Union[CareerSummary, _Mapping]] = ..., groups: _Optional[_Iterable[_Union[RouteGroup, _Mapping]]] = ..., total_routes: _Optional[int] = ..., enumerated_routes: _Optional[int] = ..., later_moves: _Optional[_Iterable[_Union[CareerMove, _Mapping]]] = ..., notes: _Optional[_Iterable[str]] = ..., effective_bounds: _Optional[_Union[Bounds, _Mapping]] = ...) -> None: ...

class ExplainRouteRequest(_message.Message):
    __slots__ = ("tenant_id", "student", "onetsoc", "route_id", "bounds", "language")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    STUDENT_FIELD_NUMBER: _ClassVar[int]
    ONETSOC_FIELD_NUMBER: _ClassVar[int]
    ROUTE_ID_FIELD_NUMBER: _ClassVar[int]
    BOUNDS_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    student: StudentRef
    onetsoc: str
    route_id: str
    bounds: Bounds
    language: str
    def __init__(self, tenant_id: _Optional[str] = ..., student: _Optional[_Union[StudentRef, _Mapping]] = ..., onetsoc: _Optional[str] = ..., route_id: _Optional[str] = ..., bounds: _Optional[_Union[Bounds, _Mapping]] = ..., language: _Optional[str] = ...) -> None: ...

class ExplainRouteResponse(_message.Message):
    __slots__ = ("route", "total_routes", "reasons")
    ROUTE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_ROUTES_FIELD_NUMBER: _ClassVar[int]
    REASONS_FIELD_NUMBER: _ClassVar[int]
    route: Route
    total_routes: int
    reasons: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, route: _Optional[_Union[Route, _Mapping]] = ..., total_routes: _Optional[int] = ..., reasons: _Optional[_Iterable[str]] = ...) -> None: ...

class Change(_message.Message):
    __slots__ = ("kind", "course_number")
    KIND_FIELD_NUMBER: _ClassVar[int]
    COURSE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    kind: ChangeKind
    course_number: str
    def __init__(self, kind: _Optional[_Union[ChangeKind, str]] = ..., course_number: _Optional[str] = ...) -> None: ...

class RouteChange(_message.Message):
    __slots__ = ("route_id", "title", "kind", "reason")
    ROUTE_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    route_id: str
    title: str
    kind: RouteKind
    reason: str
    def __init__(self, route_id: _Optional[str] = ..., title: _Optional[str] = ..., kind: _Optional[_Union[RouteKind, str]] = ..., reason: _Optional[str] = ...) -> None: ...

class RankMove(_message.Message):
    __slots__ = ("route_id", "title", "rank_before", "rank_after", "years_before", "years_after", "reason")
    ROUTE_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    RANK_BEFORE_FIELD_NUMBER: _ClassVar[int]
    RANK_AFTER_FIELD_NUMBER: _ClassVar[int]
    YEARS_BEFORE_FIELD_NUMBER: _ClassVar[int]
    YEARS_AFTER_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    route_id: str
    title: str
    rank_before: int
    rank_after: int
    years_before: float
    years_after: float
    reason: str
    def __init__(self, route_id: _Optional[str] = ..., title: _Optional[str] = ..., rank_before: _Optional[int] = ..., rank_after: _Optional[int] = ..., years_before: _Optional[float] = ..., years_after: _Optional[float] = ..., reason: _Optional[str] = ...) -> None: ...

class WhatIfRequest(_message.Message):
    __slots__ = ("tenant_id", "student", "onetsoc", "bounds", "changes", "language")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    STUDENT_FIELD_NUMBER: _ClassVar[int]
    ONETSOC_FIELD_NUMBER: _ClassVar[int]
    BOUNDS_FIELD_NUMBER: _ClassVar[int]
    CHANGES_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    student: StudentRef
    onetsoc: str
    bounds: Bounds
    changes: _containers.RepeatedCompositeFieldContainer[Change]
    language: str
    def __init__(self, tenant_id: _Optional[str] = ..., student: _Optional[_Union[StudentRef, _Mapping]] = ..., onetsoc: _Optional[str] = ..., bounds: _Optional[_Union[Bounds, _Mapping]] = ..., changes: _Optional[_Iterable[_Union[Change, _Mapping]]] = ..., language: _Optional[str] = ...) -> None: ...

class WhatIfResponse(_message.Message):
    __slots__ = ("closed", "opened", "moved", "summary", "routes_after")
    CLOSED_FIELD_NUMBER: _ClassVar[int]
    OPENED_FIELD_NUMBER: _ClassVar[int]
    MOVED_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    ROUTES_AFTER_FIELD_NUMBER: _ClassVar[int]
    closed: _containers.RepeatedCompositeFieldContainer[RouteChange]
    opened: _containers.RepeatedCompositeFieldContainer[RouteChange]
    moved: _containers.RepeatedCompositeFieldContainer[RankMove]
    summary: str
    routes_after: _containers.RepeatedCompositeFieldContainer[Route]
    def __init__(self, closed: _Optional[_Iterable[_Union[RouteChange, _Mapping]]] = ..., opened: _Optional[_Iterable[_Union[RouteChange, _Mapping]]] = ..., moved: _Optional[_Iterable[_Union[RankMove, _Mapping]]] = ..., summary: _Optional[str] = ..., routes_after: _Optional[_Iterable[_Union[Route, _Mapping]]] = ...) -> None: ...

class ReachableCareer(_message.Message):
    __slots__ = ("career", "shortest_years", "shortest_kind", "route_count", "career_moves", "via_onetsoc")
    CAREER_FIELD_NUMBER: _ClassVar[int]
    SHORTEST_YEARS_FIELD_NUMBER: _ClassVar[int]
    SHORTEST_KIND_FIELD_NUMBER: _ClassVar[int]
    ROUTE_COUNT_FIELD_NUMBER: _ClassVar[int]
    CAREER_MOVES_FIELD_NUMBER: _ClassVar[int]
    VIA_ONETSOC_FIELD_NUMBER: _ClassVar[int]
    career: CareerSummary
    shortest_years: float
    shortest_kind: RouteKind
    route_count: int
    career_moves: int
    via_onetsoc: str
    def __init__(self, career: _Optional[_Union[CareerSummary, _Mapping]] = ..., shortest_years: _Optional[float] = ..., shortest_kind: _Optional[_Union[RouteKind, str]] = ..., route_count: _Optional[int] = ..., career_moves: _Optional[int] = ..., via_onetsoc: _Optional[str] = ...) -> None: ...

class ListReachableCareersRequest(_message.Message):
    __slots__ = ("tenant_id", "student", "bounds", "page_size", "page_token")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    STUDENT_FIELD_NUMBER: _ClassVar[int]
    BOUNDS_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    student: StudentRef
    bounds: Bounds
    page_size: int
    page_token: str
    def __init__(self, tenant_id: _Optional[str] = ..., student: _Optional[_Union[StudentRef, _Mapping]] = ..., bounds: _Optional[_Union[Bounds, _Mapping]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListReachableCareersResponse(_message.Message):
    __slots__ = ("careers", "total_count", "next_page_token")
    CAREERS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    careers: _containers.RepeatedCompositeFieldContainer[ReachableCareer]
    total_count: int
    next_page_token: str
    def __init__(self, careers: _Optional[_Iterable[_Union[ReachableCareer, _Mapping]]] = ..., total_count: _Optional[int] = ..., next_page_token: _Optional[str] = ...) -> None: ...
