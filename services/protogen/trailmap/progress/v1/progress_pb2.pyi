import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class StepKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    STEP_KIND_UNSPECIFIED: _ClassVar[StepKind]
    STEP_KIND_COURSE: _ClassVar[StepKind]
    STEP_KIND_CTE: _ClassVar[StepKind]
    STEP_KIND_DUAL_ENROLLMENT: _ClassVar[StepKind]
    STEP_KIND_WORK_BASED_LEARNING: _ClassVar[StepKind]
    STEP_KIND_CREDENTIAL: _ClassVar[StepKind]
    STEP_KIND_APPRENTICESHIP: _ClassVar[StepKind]
    STEP_KIND_PROGRAM: _ClassVar[StepKind]
    STEP_KIND_JOB: _ClassVar[StepKind]

class MilestoneState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MILESTONE_STATE_UNSPECIFIED: _ClassVar[MilestoneState]
    MILESTONE_STATE_DONE: _ClassVar[MilestoneState]
    MILESTONE_STATE_NEXT: _ClassVar[MilestoneState]
    MILESTONE_STATE_PENDING: _ClassVar[MilestoneState]
    MILESTONE_STATE_CLOSED: _ClassVar[MilestoneState]

class TrackStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TRACK_STATUS_UNSPECIFIED: _ClassVar[TrackStatus]
    TRACK_STATUS_ON_TRACK: _ClassVar[TrackStatus]
    TRACK_STATUS_OFF_TRACK: _ClassVar[TrackStatus]
    TRACK_STATUS_NO_PLAN: _ClassVar[TrackStatus]
    TRACK_STATUS_NO_TRANSCRIPT: _ClassVar[TrackStatus]

class ReasonCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REASON_CODE_UNSPECIFIED: _ClassVar[ReasonCode]
    REASON_CODE_NO_PLAN: _ClassVar[ReasonCode]
    REASON_CODE_CREDIT_DEFICIT: _ClassVar[ReasonCode]
    REASON_CODE_FAILED_PREREQUISITE: _ClassVar[ReasonCode]
    REASON_CODE_MISSED_PREREQUISITE: _ClassVar[ReasonCode]
    REASON_CODE_NO_TRANSCRIPT: _ClassVar[ReasonCode]
STEP_KIND_UNSPECIFIED: StepKind
STEP_KIND_COURSE: StepKind
STEP_KIND_CTE: StepKind
STEP_KIND_DUAL_ENROLLMENT: StepKind
STEP_KIND_WORK_BASED_LEARNING: StepKind
STEP_KIND_CREDENTIAL: StepKind
STEP_KIND_APPRENTICESHIP: StepKind
STEP_KIND_PROGRAM: StepKind
STEP_KIND_JOB: StepKind
MILESTONE_STATE_UNSPECIFIED: MilestoneState
MILESTONE_STATE_DONE: MilestoneState
MILESTONE_STATE_NEXT: MilestoneState
MILESTONE_STATE_PENDING: MilestoneState
MILESTONE_STATE_CLOSED: MilestoneState
TRACK_STATUS_UNSPECIFIED: TrackStatus
TRACK_STATUS_ON_TRACK: TrackStatus
TRACK_STATUS_OFF_TRACK: TrackStatus
TRACK_STATUS_NO_PLAN: TrackStatus
TRACK_STATUS_NO_TRANSCRIPT: TrackStatus
REASON_CODE_UNSPECIFIED: ReasonCode
REASON_CODE_NO_PLAN: ReasonCode
REASON_CODE_CREDIT_DEFICIT: ReasonCode
REASON_CODE_FAILED_PREREQUISITE: ReasonCode
REASON_CODE_MISSED_PREREQUISITE: ReasonCode
REASON_CODE_NO_TRANSCRIPT: ReasonCode

class RouteStep(_message.Message):
    __slots__ = ("step_id", "kind", "ref_id", "title", "planned_grade", "prerequisite_course_codes", "years_after_high_school")
    STEP_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    REF_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    PLANNED_GRADE_FIELD_NUMBER: _ClassVar[int]
    PREREQUISITE_COURSE_CODES_FIELD_NUMBER: _ClassVar[int]
    YEARS_AFTER_HIGH_SCHOOL_FIELD_NUMBER: _ClassVar[int]
    step_id: str
    kind: StepKind
    ref_id: str
    title: str
    planned_grade: int
    prerequisite_course_codes: _containers.RepeatedScalarFieldContainer[str]
    years_after_high_school: int
    def __init__(self, step_id: _Optional[str] = ..., kind: _Optional[_Union[StepKind, str]] = ..., ref_id: _Optional[str] = ..., title: _Optional[str] = ..., planned_grade: _Optional[int] = ..., prerequisite_course_codes: _Optional[_Iterable[str]] = ..., years_after_high_school: _Optional[int] = ...) -> None: ...

class Milestone(_message.Message):
    __slots__ = ("step", "state", "reason")
    STEP_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    step: RouteStep
    state: MilestoneState
    reason: str
    def __init__(self, step: _Optional[_Union[RouteStep, _Mapping]] = ..., state: _Optional[_Union[MilestoneState, str]] = ..., reason: _Optional[str] = ...) -> None: ...

class Plan(_message.Message):
    __slots__ = ("tenant_id", "student_id", "route_id", "goal_onetsoc", "goal_title", "chosen_at", "milestones")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    STUDENT_ID_FIELD_NUMBER: _ClassVar[int]
    ROUTE_ID_FIELD_NUMBER: _ClassVar[int]
    GOAL_ONETSOC_FIELD_NUMBER: _ClassVar[int]
    GOAL_TITLE_FIELD_NUMBER: _ClassVar[int]
    CHOSEN_AT_FIELD_NUMBER: _ClassVar[int]
    MILESTONES_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    student_id: str
    route_id: str
    goal_onetsoc: str
    goal_title: str
    chosen_at: _timestamp_pb2.Timestamp
    milestones: _containers.RepeatedCompositeFieldContainer[Milestone]
    def __init__(self, tenant_id: _Optional[str] = ..., student_id: _Optional[str] = ..., route_id: _Optional[str] = ..., goal_onetsoc: _Optional[str] = ..., goal_title: _Optional[str] = ..., chosen_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., milestones: _Optional[_Iterable[_Union[Milestone, _Mapping]]] = ...) -> None: ...

class Reason(_message.Message):
    __slots__ = ("code", "text", "urgency")
    CODE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    URGENCY_FIELD_NUMBER: _ClassVar[int]
    code: ReasonCode
    text: str
    urgency: float
    def __init__(self, code: _Optional[_Union[ReasonCode, str]] = ..., text: _Optional[str] = ..., urgency: _Optional[float] = ...) -> None: ...

class SubjectAudit(_message.Message):
    __slots__ = ("subject", "credits_required", "credits_earned", "credits_in_progress", "credits_behind")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    CREDITS_REQUIRED_FIELD_NUMBER: _ClassVar[int]
    CREDITS_EARNED_FIELD_NUMBER: _ClassVar[int]
    CREDITS_IN_PROGRESS_FIELD_NUMBER: _ClassVar[int]
    CREDITS_BEHIND_FIELD_NUMBER: _ClassVar[int]
    subject: str
    credits_required: float
    credits_earned: float
    credits_in_progress: float
    credits_behind: float
    def __init__(self, subject: _Optional[str] = ..., credits_required: _Optional[float] = ..., credits_earned: _Optional[float] = ..., credits_in_progress: _Optional[float] = ..., credits_behind: _Optional[float] = ...) -> None: ...

class GraduationAudit(_message.Message):
    __slots__ = ("requirements_district_id", "fallback_used", "note", "total_required", "total_earned", "subjects", "earned_unknown", "total_behind")
    REQUIREMENTS_DISTRICT_ID_FIELD_NUMBER: _ClassVar[int]
    FALLBACK_USED_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_REQUIRED_FIELD_NUMBER: _ClassVar[int]
    TOTAL_EARNED_FIELD_NUMBER: _ClassVar[int]
    SUBJECTS_FIELD_NUMBER: _ClassVar[int]
    EARNED_UNKNOWN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_BEHIND_FIELD_NUMBER: _ClassVar[int]
    requirements_district_id: str
    fallback_used: bool
    note: str
    total_required: float
    total_earned: float
    subjects: _containers.RepeatedCompositeFieldContainer[SubjectAudit]
    earned_unknown: bool
    total_behind: float
    def __init__(self, requirements_district_id: _Optional[str] = ..., fallback_used: _Optional[bool] = ..., note: _Optional[str] = ..., total_required: _Optional[float] = ..., total_earned: _Optional[float] = ..., subjects: _Optional[_Iterable[_Union[SubjectAudit, _Mapping]]] = ..., earned_unknown: _Optional[bool] = ..., total_behind: _Optional[float] = ...) -> None: ...

class Progress(_message.Message):
    __slots__ = ("status", "reasons", "urgency", "audit", "last_change_at")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    REASONS_FIELD_NUMBER: _ClassVar[int]
    URGENCY_FIELD_NUMBER: _ClassVar[int]
    AUDIT_FIELD_NUMBER: _ClassVar[int]
    LAST_CHANGE_AT_FIELD_NUMBER: _ClassVar[int]
    status: TrackStatus
    reasons: _containers.RepeatedCompositeFieldContainer[Reason]
    urgency: float
    audit: GraduationAudit
    last_change_at: _timestamp_pb2.Timestamp
    def __init__(self, status: _Optional[_Union[TrackStatus, str]] = ..., reasons: _Optional[_Iterable[_Union[Reason, _Mapping]]] = ..., urgency: _Optional[float] = ..., audit: _Optional[_Union[GraduationAudit, _Mapping]] = ..., last_change_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ChooseRouteRequest(_message.Message):
    __slots__ = ("tenant_id", "student_id", "route_id", "goal_onetsoc", "goal_title", "steps")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    STUDENT_ID_FIELD_NUMBER: _ClassVar[int]
    ROUTE_ID_FIELD_NUMBER: _ClassVar[int]
    GOAL_ONETSOC_FIELD_NUMBER: _ClassVar[int]
    GOAL_TITLE_FIELD_NUMBER: _ClassVar[int]
    STEPS_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    student_id: str
    route_id: str
    goal_onetsoc: str
    goal_title: str
    steps: _containers.RepeatedCompositeFieldContainer[RouteStep]
    def __init__(self, tenant_id: _Optional[str] = ..., student_id: _Optional[str] = ..., route_id: _Optional[str] = ..., goal_onetsoc: _Optional[str] = ..., goal_title: _Optional[str] = ..., steps: _Optional[_Iterable[_Union[RouteStep, _Mapping]]] = ...) -> None: ...

class ChooseRouteResponse(_message.Message):
    __slots__ = ("plan", "progress")
    PLAN_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    plan: Plan
    progress: Progress
    def __init__(self, plan: _Optional[_Union[Plan, _Mapping]] = ..., progress: _Optional[_Union[Progress, _Mapping]] = ...) -> None: ...

class GetPlanRequest(_message.Message):
    __slots__ = ("tenant_id", "student_id")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    STUDENT_ID_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    student_id: str
    def __init__(self, tenant_id: _Optional[str] = ..., student_id: _Optional[str] = ...) -> None: ...

class GetPlanResponse(_message.Message):
    __slots__ = ("plan", "progress", "grade_level", "school_id", "display_name")
    PLAN_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    GRADE_LEVEL_FIELD_NUMBER: _ClassVar[int]
    SCHOOL_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    plan: Plan
    progress: Progress
    grade_level: str
    school_id: str
    display_name: str
    def __init__(self, plan: _Optional[_Union[Plan, _Mapping]] = ..., progress: _Optional[_Union[Progress, _Mapping]] = ..., grade_level: _Optional[str] = ..., school_id: _Optional[str] = ..., display_name: _Optional[str] = ...) -> None: ...

class ListCaseloadRequest(_message.Message):
    __slots__ = ("tenant_id", "counselor_id", "page_size", "page_token", "student_id")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    COUNSELOR_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    STUDENT_ID_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    counselor_id: str
    page_size: int
    page_token: str
    student_id: str
    def __init__(self, tenant_id: _Optional[str] = ..., counselor_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., student_id: _Optional[str] = ...) -> None: ...

class CaseloadEntry(_message.Message):
    __slots__ = ("student_id", "grade_level", "school_id", "goal_onetsoc", "goal_title", "status", "reason", "urgency", "last_change_at", "reasons", "display_name")
    STUDENT_ID_FIELD_NUMBER: _ClassVar[int]
    GRADE_LEVEL_FIELD_NUMBER: _ClassVar[int]
    SCHOOL_ID_FIELD_NUMBER: _ClassVar[int]
    GOAL_ONETSOC_FIELD_NUMBER: _ClassVar[int]
    GOAL_TITLE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    URGENCY_FIELD_NUMBER: _ClassVar[int]
    LAST_CHANGE_AT_FIELD_NUMBER: _ClassVar[int]
    REASONS_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    student_id: str
    grade_level: str
    school_id: str
    goal_onetsoc: str
    goal_title: str
    status: TrackStatus
    reason: str
    urgency: float
    last_change_at: _timestamp_pb2.Timestamp
    reasons: _containers.RepeatedCompositeFieldContainer[Reason]
    display_name: str
    def __init__(self, student_id: _Optional[str] = ..., grade_level: _Optional[str] = ..., school_id: _Optional[str] = ..., goal_onetsoc: _Optional[str] = ..., goal_title: _Optional[str] = ..., status: _Optional[_Union[TrackStatus, str]] = ..., reason: _Optional[str] = ..., urgency: _Optional[float] = ..., last_change_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., reasons: _Optional[_Iterable[_Union[Reason, _Mapping]]] = ..., display_name: _Optional[str] = ...) -> None: ...

class ListCaseloadResponse(_message.Message):
    __slots__ = ("entries", "next_page_token", "total_size")
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    entries: _containers.RepeatedCompositeFieldContainer[CaseloadEntry]
    next_page_token: str
    total_size: int
    def __init__(self, entries: _Optional[_Iterable[_Union[CaseloadEntry, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class Alert(_message.Message):
    __slots__ = ("alert_id", "tenant_id", "student_id", "counselor_ids", "code", "text", "urgency", "created_at")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    STUDENT_ID_FIELD_NUMBER: _ClassVar[int]
    COUNSELOR_IDS_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    URGENCY_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    tenant_id: str
    student_id: str
    counselor_ids: _containers.RepeatedScalarFieldContainer[str]
    code: ReasonCode
    text: str
    urgency: float
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, alert_id: _Optional[str] = ..., tenant_id: _Optional[str] = ..., student_id: _Optional[str] = ..., counselor_ids: _Optional[_Iterable[str]] = ..., code: _Optional[_Union[ReasonCode, str]] = ..., text: _Optional[str] = ..., urgency: _Optional[float] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListAlertsRequest(_message.Message):
    __slots__ = ("tenant_id", "counselor_id", "student_id", "page_size", "page_token")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    COUNSELOR_ID_FIELD_NUMBER: _ClassVar[int]
    STUDENT_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    counselor_id: str
    student_id: str
    page_size: int
    page_token: str
    def __init__(self, tenant_id: _Optional[str] = ..., counselor_id: _Optional[str] = ..., student_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListAlertsResponse(_message.Message):
    __slots__ = ("alerts", "next_page_token")
    ALERTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    alerts: _containers.RepeatedCompositeFieldContainer[Alert]
    next_page_token: str
    def __init__(self, alerts: _Optional[_Iterable[_Union[Alert, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class RouteChosen(_message.Message):
    __slots__ = ("tenant_id", "student_id", "route_id", "goal_onetsoc", "goal_title", "steps", "chosen_at")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    STUDENT_ID_FIELD_NUMBER: _ClassVar[int]
    ROUTE_ID_FIELD_NUMBER: _ClassVar[int]
    GOAL_ONETSOC_FIELD_NUMBER: _ClassVar[int]
    GOAL_TITLE_FIELD_NUMBER: _ClassVar[int]
    STEPS_FIELD_NUMBER: _ClassVar[int]
    CHOSEN_AT_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    student_id: str
    route_id: str
    goal_onetsoc: str
    goal_title: str
    steps: _containers.RepeatedCompositeFieldContainer[RouteStep]
    chosen_at: _timestamp_pb2.Timestamp
    def __init__(self, tenant_id: _Optional[str] = ..., student_id: _Optional[str] = ..., route_id: _Optional[str] = ..., goal_onetsoc: _Optional[str] = ..., goal_title: _Optional[str] = ..., steps: _Optional[_Iterable[_Union[RouteStep, _Mapping]]] = ..., chosen_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
