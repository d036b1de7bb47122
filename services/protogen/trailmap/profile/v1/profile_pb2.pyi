import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class InterestArea(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INTEREST_AREA_UNSPECIFIED: _ClassVar[InterestArea]
    INTEREST_AREA_REALISTIC: _ClassVar[InterestArea]
    INTEREST_AREA_INVESTIGATIVE: _ClassVar[InterestArea]
    INTEREST_AREA_ARTISTIC: _ClassVar[InterestArea]
    INTEREST_AREA_SOCIAL: _ClassVar[InterestArea]
    INTEREST_AREA_ENTERPRISING: _ClassVar[InterestArea]
    INTEREST_AREA_CONVENTIONAL: _ClassVar[InterestArea]

class InterestAnswer(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INTEREST_ANSWER_UNSPECIFIED: _ClassVar[InterestAnswer]
    INTEREST_ANSWER_LIKE: _ClassVar[InterestAnswer]
    INTEREST_ANSWER_NOT_SURE: _ClassVar[InterestAnswer]
    INTEREST_ANSWER_DISLIKE: _ClassVar[InterestAnswer]

class WorkValue(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WORK_VALUE_UNSPECIFIED: _ClassVar[WorkValue]
    WORK_VALUE_ACHIEVEMENT: _ClassVar[WorkValue]
    WORK_VALUE_WORKING_CONDITIONS: _ClassVar[WorkValue]
    WORK_VALUE_RECOGNITION: _ClassVar[WorkValue]
    WORK_VALUE_RELATIONSHIPS: _ClassVar[WorkValue]
    WORK_VALUE_SUPPORT: _ClassVar[WorkValue]
    WORK_VALUE_INDEPENDENCE: _ClassVar[WorkValue]

class CostTolerance(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    COST_TOLERANCE_UNSPECIFIED: _ClassVar[CostTolerance]
    COST_TOLERANCE_NONE: _ClassVar[CostTolerance]
    COST_TOLERANCE_LOW: _ClassVar[CostTolerance]
    COST_TOLERANCE_MODERATE: _ClassVar[CostTolerance]
    COST_TOLERANCE_HIGH: _ClassVar[CostTolerance]

class RelocationWillingness(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RELOCATION_WILLINGNESS_UNSPECIFIED: _ClassVar[RelocationWillingness]
    RELOCATION_WILLINGNESS_STAY_LOCAL: _ClassVar[RelocationWillingness]
    RELOCATION_WILLINGNESS_IN_STATE: _ClassVar[RelocationWillingness]
    RELOCATION_WILLINGNESS_ANYWHERE: _ClassVar[RelocationWillingness]

class RouteKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ROUTE_KIND_UNSPECIFIED: _ClassVar[RouteKind]
    ROUTE_KIND_DIRECT_TO_WORK: _ClassVar[RouteKind]
    ROUTE_KIND_APPRENTICESHIP: _ClassVar[RouteKind]
    ROUTE_KIND_CERTIFICATE: _ClassVar[RouteKind]
    ROUTE_KIND_TWO_YEAR: _ClassVar[RouteKind]
    ROUTE_KIND_FOUR_YEAR: _ClassVar[RouteKind]
    ROUTE_KIND_MILITARY: _ClassVar[RouteKind]

class AttemptStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ATTEMPT_STATUS_UNSPECIFIED: _ClassVar[AttemptStatus]
    ATTEMPT_STATUS_IN_PROGRESS: _ClassVar[AttemptStatus]
    ATTEMPT_STATUS_COMPLETE: _ClassVar[AttemptStatus]

class ProfileChange(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PROFILE_CHANGE_UNSPECIFIED: _ClassVar[ProfileChange]
    PROFILE_CHANGE_CREATED: _ClassVar[ProfileChange]
    PROFILE_CHANGE_ROSTER: _ClassVar[ProfileChange]
    PROFILE_CHANGE_ASPIRATIONS: _ClassVar[ProfileChange]
    PROFILE_CHANGE_CONSENT: _ClassVar[ProfileChange]
    PROFILE_CHANGE_INTERESTS: _ClassVar[ProfileChange]
    PROFILE_CHANGE_WORK_VALUES: _ClassVar[ProfileChange]
INTEREST_AREA_UNSPECIFIED: InterestArea
INTEREST_AREA_REALISTIC: InterestArea
INTEREST_AREA_INVESTIGATIVE: InterestArea
INTEREST_AREA_ARTISTIC: InterestArea
INTEREST_AREA_SOCIAL: InterestArea
INTEREST_AREA_ENTERPRISING: InterestArea
INTEREST_AREA_CONVENTIONAL: InterestArea
INTEREST_ANSWER_UNSPECIFIED: InterestAnswer
INTEREST_ANSWER_LIKE: InterestAnswer
INTEREST_ANSWER_NOT_SURE: InterestAnswer
INTEREST_ANSWER_DISLIKE: InterestAnswer
WORK_VALUE_UNSPECIFIED: WorkValue
WORK_VALUE_ACHIEVEMENT: WorkValue
WORK_VALUE_WORKING_CONDITIONS: WorkValue
WORK_VALUE_RECOGNITION: WorkValue
WORK_VALUE_RELATIONSHIPS: WorkValue
WORK_VALUE_SUPPORT: WorkValue
WORK_VALUE_INDEPENDENCE: WorkValue
COST_TOLERANCE_UNSPECIFIED: CostTolerance
COST_TOLERANCE_NONE: CostTolerance
COST_TOLERANCE_LOW: CostTolerance
COST_TOLERANCE_MODERATE: CostTolerance
COST_TOLERANCE_HIGH: CostTolerance
RELOCATION_WILLINGNESS_UNSPECIFIED: RelocationWillingness
RELOCATION_WILLINGNESS_STAY_LOCAL: RelocationWillingness
RELOCATION_WILLINGNESS_IN_STATE: RelocationWillingness
RELOCATION_WILLINGNESS_ANYWHERE: RelocationWillingness
ROUTE_KIND_UNSPECIFIED: RouteKind
ROUTE_KIND_DIRECT_TO_WORK: RouteKind
ROUTE_KIND_APPRENTICESHIP: RouteKind
ROUTE_KIND_CERTIFICATE: RouteKind
ROUTE_KIND_TWO_YEAR: RouteKind
ROUTE_KIND_FOUR_YEAR: RouteKind
ROUTE_KIND_MILITARY: RouteKind
ATTEMPT_STATUS_UNSPECIFIED: AttemptStatus
ATTEMPT_STATUS_IN_PROGRESS: AttemptStatus
ATTEMPT_STATUS_COMPLETE: AttemptStatus
PROFILE_CHANGE_UNSPECIFIED: ProfileChange
PROFILE_CHANGE_CREATED: ProfileChange
PROFILE_CHANGE_ROSTER: ProfileChange
PROFILE_CHANGE_ASPIRATIONS: ProfileChange
PROFILE_CHANGE_CONSENT: ProfileChange
PROFILE_CHANGE_INTERESTS: ProfileChange
PROFILE_CHANGE_WORK_VALUES: ProfileChange

class ExternalId(_message.Message):
    __slots__ = ("system", "value")
    SYSTEM_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    system: str
    value: str
    def __init__(self, system: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

class Aspirations(_message.Message):
    __slots__ = ("target_onetsoc", "highest_education_rank", "cost_tolerance", "debt_tolerance", "max_annual_cost_usd", "home_state", "relocation", "preferred_routes", "version", "recorded_at")
    TARGET_ONETSOC_FIELD_NUMBER: _ClassVar[int]
    HIGHEST_EDUCATION_RANK_FIELD_NUMBER: _ClassVar[int]
    COST_TOLERANCE_FIELD_NUMBER: _ClassVar[int]
    DEBT_TOLERANCE_FIELD_NUMBER: _ClassVar[int]
    MAX_ANNUAL_COST_USD_FIELD_NUMBER: _ClassVar[int]
    HOME_STATE_FIELD_NUMBER: _ClassVar[int]
    RELOCATION_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_ROUTES_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    RECORDED_AT_FIELD_NUMBER: _ClassVar[int]
    target_onetsoc: _containers.RepeatedScalarFieldContainer[str]
    highest_education_rank: int
    cost_tolerance: CostTolerance
    debt_tolerance: CostTolerance
    max_annual_cost_usd: int
    home_state: str
    relocation: RelocationWillingness
    preferred_routes: _containers.RepeatedScalarFieldContainer[RouteKind]
    version: int
    recorded_at: _timestamp_pb2.Timestamp
    def __init__(self, target_onetsoc: _Optional[_Iterable[str]] = ..., highest_education_rank: _Optional[int] = ..., cost_tolerance: _Optional[_Union[CostTolerance, str]] = ..., debt_tolerance: _Optional[_Union[CostTolerance, str]] = ..., max_annual_cost_usd: _Optional[int] = ..., home_state: _Optional[str] = ..., relocation: _Optional[_Union[RelocationWillingness, str]] = ..., preferred_routes: _Optional[_Iterable[_Union[RouteKind, str]]] = ..., version: _Optional[int] = ..., recorded_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Consent(_message.Message):
    __slots__ = ("family_access", "partner_sharing", "deidentified_research", "version", "recorded_at")
    FAMILY_ACCESS_FIELD_NUMBER: _ClassVar[int]
    PARTNER_SHARING_FIELD_NUMBER: _ClassVar[int]
    DEIDENTIFIED_RESEARCH_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    RECORDED_AT_FIELD_NUMBER: _ClassVar[int]
    family_access: bool
    partner_sharing: bool
    deidentified_research: bool
    version: int
    recorded_at: _timestamp_pb2.Timestamp
    def __init__(self, family_access: _Optional[bool] = ..., partner_sharing: _Optional[bool] = ..., deidentified_research: _Optional[bool] = ..., version: _Optional[int] = ..., recorded_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Course(_message.Message):
    __slots__ = ("key", "number", "name", "term", "grade", "credits", "passed")
    KEY_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    TERM_FIELD_NUMBER: _ClassVar[int]
    GRADE_FIELD_NUMBER: _ClassVar[int]
    CREDITS_FIELD_NUMBER: _ClassVar[int]
    PASSED_FIELD_NUMBER: _ClassVar[int]
    key: str
    number: str
    name: str
    term: str
    grade: str
    credits: float
    passed: bool
    def __init__(self, key: _Optional[str] = ..., number: _Optional[str] = ..., name: _Optional[str] = ..., term: _Optional[str] = ..., grade: _Optional[str] = ..., credits: _Optional[float] = ..., passed: _Optional[bool] = ...) -> None: ...

class InterestScore(_message.Message):
    __slots__ = ("area", "raw", "normalized", "items")
    AREA_FIELD_NUMBER: _ClassVar[int]
    RAW_FIELD_NUMBER: _ClassVar[int]
    NORMALIZED_FIELD_NUMBER: _ClassVar[int]
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    area: InterestArea
    raw: int
    normalized: float
    items: int
    def __init__(self, area: _Optional[_Union[InterestArea, str]] = ..., raw: _Optional[int] = ..., normalized: _Optional[float] = ..., items: _Optional[int] = ...) -> None: ...

class InterestResult(_message.Message):
    __slots__ = ("scores", "holland_code", "undifferentiated")
    SCORES_FIELD_NUMBER: _ClassVar[int]
    HOLLAND_CODE_FIELD_NUMBER: _ClassVar[int]
    UNDIFFERENTIATED_FIELD_NUMBER: _ClassVar[int]
    scores: _containers.RepeatedCompositeFieldContainer[InterestScore]
    holland_code: str
    undifferentiated: bool
    def __init__(self, scores: _Optional[_Iterable[_Union[InterestScore, _Mapping]]] = ..., holland_code: _Optional[str] = ..., undifferentiated: _Optional[bool] = ...) -> None: ...

class WorkValueScore(_message.Message):
    __slots__ = ("value", "rank", "weight")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    RANK_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    value: WorkValue
    rank: int
    weight: float
    def __init__(self, value: _Optional[_Union[WorkValue, str]] = ..., rank: _Optional[int] = ..., weight: _Optional[float] = ...) -> None: ...

class Student(_message.Message):
    __slots__ = ("tenant_id", "student_id", "school_id", "grade", "district_id", "source_system", "source_id", "external_ids", "aspirations", "consent", "completed_courses", "current_courses", "interests", "work_values", "created_at", "updated_at")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    STUDENT_ID_FIELD_NUMBER: _ClassVar[int]
    SCHOOL_ID_FIELD_NUMBER: _ClassVar[int]
    GRADE_FIELD_NUMBER: _ClassVar[int]
    DISTRICT_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_SYSTEM_FIELD_NUMBER: _ClassVar[int]
    SOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_IDS_FIELD_NUMBER: _ClassVar[int]
    ASPIRATIONS_FIELD_NUMBER: _ClassVar[int]
    CONSENT_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_COURSES_FIELD_NUMBER: _ClassVar[int]
    CURRENT_COURSES_FIELD_NUMBER: _ClassVar[int]
    INTERESTS_FIELD_NUMBER: _ClassVar[int]
    WORK_VALUES_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    student_id: str
    school_id: str
    grade: int
    district_id: str
    source_system: str
    source_id: str
    external_ids: _containers.RepeatedCompositeFieldContainer[ExternalId]
    aspirations: Aspirations
    consent: Consent
    completed_courses: _containers.RepeatedCompositeFieldContainer[Course]
    current_courses: _containers.RepeatedCompositeFieldContainer[Course]
    interests: InterestResult
    work_values: _containers.RepeatedCompositeFieldContainer[WorkValueScore]
    created_at: _timestamp_pb2.Timestamp
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, tenant_id: _Optional[str] = ..., student_id: _Optional[str] = ..., school_id: _Optional[str] = ..., grade: _Optional[int] = ..., district_id: _Optional[str] = ..., source_system: _Optional[str] = ..., source_id: _Optional[str] = ..., external_ids: _Optional[_Iterable[_Union[ExternalId, _Mapping]]] = ..., aspirations: _Optional[_Union[Aspirations, _Mapping]] = ..., consent: _Optional[_Union[Consent, _Mapping]] = ..., completed_courses: _Optional[_Iterable[_Union[Course, _Mapping]]] = ..., current_courses: _Optional[_Iterable[_Union[Course, _Mapping]]] = ..., interests: _Optional[_Union[InterestResult, _Mapping]] = ..., work_values: _Optional[_Iterable[_Union[WorkValueScore, _Mapping]]] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateStudentRequest(_message.Message):
    __slots__ = ("tenant_id", "student_id", "school_id", "grade", "district_id", "source_system", "source_id", "external_ids", "aspirations", "consent")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    STUDENT_ID_FIELD_NUMBER: _ClassVar[int]
    SCHOOL_ID_FIELD_NUMBER: _ClassVar[int]
    GRADE_FIELD_NUMBER: _ClassVar[int]
    DISTRICT_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_SYSTEM_FIELD_NUMBER: _ClassVar[int]
    SOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_IDS_FIELD_NUMBER: _ClassVar[int]
    ASPIRATIONS_FIELD_NUMBER: _ClassVar[int]
    CONSENT_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    student_id: str
    school_id: str
    grade: int
    district_id: str
    source_system: str
    source_id: str
    external_ids: _containers.RepeatedCompositeFieldContainer[ExternalId]
    aspirations: Aspirations
    consent: Consent
    def __init__(self, tenant_id: _Optional[str] = ..., student_id: _Optional[str] = ..., school_id: _Optional[str] = ..., grade: _Optional[int] = ..., district_id: _Optional[str] = ..., source_system: _Optional[str] = ..., source_id: _Optional[str] = ..., external_ids: _Optional[_Iterable[_Union[ExternalId, _Mapping]]] = ..., aspirations: _Optional[_Union[Aspirations, _Mapping]] = ..., consent: _Optional[_Union[Consent, _Mapping]] = ...) -> None: ...

class CreateStudentResponse(_message.Message):
    __slots__ = ("student",)
    STUDENT_FIELD_NUMBER: _ClassVar[int]
    student: Student
    def __init__(self, student: _Optional[_Union[Student, _Mapping]] = ...) -> None: ...

class GetStudentRequest(_message.Message):
    __slots__ = ("tenant_id", "student_id")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    STUDENT_ID_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    student_id: str
    def __init__(self, tenant_id: _Optional[str] = ..., student_id: _Optional[str] = ...) -> None: ...

class GetStudentResponse(_message.Message):
    __slots__ = ("student",)
    STUDENT_FIELD_NUMBER: _ClassVar[int]
    student: Student
    def __init__(self, student: _Optional[_Union[Student, _Mapping]] = ...) -> None: ...

class UpdateStudentRequest(_message.Message):
    __slots__ = ("tenant_id", "student_id", "school_id", "grade", "district_id", "aspirations", "consent")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    STUDENT_ID_FIELD_NUMBER: _ClassVar[int]
    SCHOOL_ID_FIELD_NUMBER: _ClassVar[int]
    GRADE_FIELD_NUMBER: _ClassVar[int]
    DISTRICT_ID_FIELD_NUMBER: _ClassVar[int]
    ASPIRATIONS_FIELD_NUMBER: _ClassVar[int]
    CONSENT_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    student_id: str
    school_id: str
    grade: int
    district_id: str
    aspirations: Aspirations
    consent: Consent
    def __init__(self, tenant_id: _Optional[str] = ..., student_id: _Optional[str] = ..., school_id: _Optional[str] = ..., grade: _Optional[int] = ..., district_id: _Optional[str] = ..., aspirations: _Optional[_Union[Aspirations, _Mapping]] = ..., consent: _Optional[_Union[Consent, _Mapping]] = ...) -> None: ...

class UpdateStudentResponse(_message.Message):
    __slots__ = ("student",)
    STUDENT_FIELD_NUMBER: _ClassVar[int]
    student: Student
    def __init__(self, student: _Optional[_Union[Student, _Mapping]] = ...) -> None: ...

class InventoryItem(_message.Message):
    __slots__ = ("item_id", "position", "area", "text", "basic_interest")
    ITEM_ID_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    BASIC_INTEREST_FIELD_NUMBER: _ClassVar[int]
    item_id: str
    position: int
    area: InterestArea
    text: str
    basic_interest: str
    def __init__(self, item_id: _Optional[str] = ..., position: _Optional[int] = ..., area: _Optional[_Union[InterestArea, str]] = ..., text: _Optional[str] = ..., basic_interest: _Optional[str] = ...) -> None: ...

class GetInventoryRequest(_message.Message):
    __slots__ = ("tenant_id", "student_id")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    STUDENT_ID_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    student_id: str
    def __init__(self, tenant_id: _Optional[str] = ..., student_id: _Optional[str] = ...) -> None: ...

class GetInventoryResponse(_message.Message):
    __slots__ = ("items", "form_version", "current_answers", "attempt_number")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    FORM_VERSION_FIELD_NUMBER: _ClassVar[int]
    CURRENT_ANSWERS_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[InventoryItem]
    form_version: str
    current_answers: _containers.RepeatedCompositeFieldContainer[ItemAnswer]
    attempt_number: int
    def __init__(self, items: _Optional[_Iterable[_Union[InventoryItem, _Mapping]]] = ..., form_version: _Optional[str] = ..., current_answers: _Optional[_Iterable[_Union[ItemAnswer, _Mapping]]] = ..., attempt_number: _Optional[int] = ...) -> None: ...

class ItemAnswer(_message.Message):
    __slots__ = ("item_id", "answer")
    ITEM_ID_FIELD_NUMBER: _ClassVar[int]
    ANSWER_FIELD_NUMBER: _ClassVar[int]
    item_id: str
    answer: InterestAnswer
    def __init__(self, item_id: _Optional[str] = ..., answer: _Optional[_Union[InterestAnswer, str]] = ...) -> None: ...

class SubmitInterestInventoryRequest(_message.Message):
    __slots__ = ("tenant_id", "student_id", "answers", "start_new_attempt")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    STUDENT_ID_FIELD_NUMBER: _ClassVar[int]
    ANSWERS_FIELD_NUMBER: _ClassVar[int]
    START_NEW_ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    student_id: str
    answers: _containers.RepeatedCompositeFieldContainer[ItemAnswer]
    start_new_attempt: bool
    def __init__(self, tenant_id: _Optional[str] = ..., student_id: _Optional[str] = ..., answers: _Optional[_Iterable[_Union[ItemAnswer, _Mapping]]] = ..., start_new_attempt: _Optional[bool] = ...) -> None: ...

class InterestAttempt(_message.Message):
    __slots__ = ("attempt_number", "status", "answered_items", "total_items", "answers", "result", "form_version", "started_at", "updated_at", "completed_at")
    ATTEMPT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ANSWERED_ITEMS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_ITEMS_FIELD_NUMBER: _ClassVar[int]
    ANSWERS_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    FORM_VERSION_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_AT_FIELD_NUMBER: _ClassVar[int]
    attempt_number: int
    status: AttemptStatus
    answered_items: int
    total_items: int
    answers: _containers.RepeatedCompositeFieldContainer[ItemAnswer]
    result: InterestResult
    form_version: str
    started_at: _timestamp_pb2.Timestamp
    updated_at: _timestamp_pb2.Timestamp
    completed_at: _timestamp_pb2.Timestamp
    def __init__(self, attempt_number: _Optional[int] = ..., status: _Optional[_Union[AttemptStatus, str]] = ..., answered_items: _Optional[int] = ..., total_items: _Optional[int] = ..., answers: _Optional[_Iterable[_Union[ItemAnswer, _Mapping]]] = ..., result: _Optional[_Union[InterestResult, _Mapping]] = ..., form_version: _Optional[str] = ..., started_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., completed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SubmitInterestInventoryResponse(_message.Message):
    __slots__ = ("attempt", "missing_item_ids")
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    MISSING_ITEM_IDS_FIELD_NUMBER: _ClassVar[int]
    attempt: InterestAttempt
    missing_item_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, attempt: _Optional[_Union[InterestAttempt, _Mapping]] = ..., missing_item_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class ValueRank(_message.Message):
    __slots__ = ("value", "rank")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    RANK_FIELD_NUMBER: _ClassVar[int]
    value: WorkValue
    rank: int
    def __init__(self, value: _Optional[_Union[WorkValue, str]] = ..., rank: _Optional[int] = ...) -> None: ...

class SubmitWorkValuesRequest(_message.Message):
    __slots__ = ("tenant_id", "student_id", "ranks")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    STUDENT_ID_FIELD_NUMBER: _ClassVar[int]
    RANKS_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    student_id: str
    ranks: _containers.RepeatedCompositeFieldContainer[ValueRank]
    def __init__(self, tenant_id: _Optional[str] = ..., student_id: _Optional[str] = ..., ranks: _Optional[_Iterable[_Union[ValueRank, _Mapping]]] = ...) -> None: ...

class WorkValuesAttempt(_message.Message):
    __slots__ = ("attempt_number", "scores", "submitted_at")
    ATTEMPT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SCORES_FIELD_NUMBER: _ClassVar[int]
    SUBMITTED_AT_FIELD_NUMBER: _ClassVar[int]
    attempt_number: int
    scores: _containers.RepeatedCompositeFieldContainer[WorkValueScore]
    submitted_at: _timestamp_pb2.Timestamp
    def __init__(self, attempt_number: _Optional[int] = ..., scores: _Optional[_Iterable[_Union[WorkValueScore, _Mapping]]] = ..., submitted_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SubmitWorkValuesResponse(_message.Message):
    __slots__ = ("attempt",)
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    attempt: WorkValuesAttempt
    def __init__(self, attempt: _Optional[_Union[WorkValuesAttempt, _Mapping]] = ...) -> None: ...

class MatchFilters(_message.Message):
    __slots__ = ("job_zones", "max_education_rank", "use_aspirations_ceiling", "bright_outlook_only")
    JOB_ZONES_FIELD_NUMBER: _ClassVar[int]
    MAX_EDUCATION_RANK_FIELD_NUMBER: _ClassVar[int]
    USE_ASPIRATIONS_CEILING_FIELD_NUMBER: _ClassVar[int]
    BRIGHT_OUTLOOK_ONLY_FIELD_NUMBER: _ClassVar[int]
    job_zones: _containers.RepeatedScalarFieldContainer[int]
    max_education_rank: int
    use_aspirations_ceiling: bool
    bright_outlook_only: bool
    def __init__(self, job_zones: _Optional[_Iterable[int]] = ..., max_education_rank: _Optional[int] = ..., use_aspirations_ceiling: _Optional[bool] = ..., bright_outlook_only: _Optional[bool] = ...) -> None: ...

class GetMatchesRequest(_message.Message):
    __slots__ = ("tenant_id", "student_id", "page_size", "page_token", "filters")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    STUDENT_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTERS_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    student_id: str
    page_size: int
    page_token: str
    filters: MatchFilters
    def __init__(self, tenant_id: _Optional[str] = ..., student_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filters: _Optional[_Union[MatchFilters, _Mapping]] = ...) -> None: ...

class MatchFactor(_message.Message):
    __slots__ = ("name", "value", "weight", "explanation")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    EXPLANATION_FIELD_NUMBER: _ClassVar[int]
    name: str
    value: float
    weight: float
    explanation: str
    def __init__(self, name: _Optional[str] = ..., value: _Optional[float] = ..., weight: _Optional[float] = ..., explanation: _Optional[str] = ...) -> None: ...

class CareerMatch(_message.Message):
    __slots__ = ("onetsoc", "title", "holland_code", "job_zone", "typical_education_rank", "score", "factors", "reasons", "rank")
    ONETSOC_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    HOLLAND_CODE_FIELD_NUMBER: _ClassVar[int]
    JOB_ZONE_FIELD_NUMBER: _ClassVar[int]
    TYPICAL_EDUCATION_RANK_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    FACTORS_FIELD_NUMBER: _ClassVar[int]
    REASONS_FIELD_NUMBER: _ClassVar[int]
    RANK_FIELD_NUMBER: _ClassVar[int]
    onetsoc: str
    title: str
    holland_code: str
    job_zone: int
    typical_education_rank: int
    score: float
    factors: _containers.RepeatedCompositeFieldContainer[MatchFactor]
    reasons: _containers.RepeatedScalarFieldContainer[str]
    rank: int
    def __init__(self, onetsoc: _Optional[str] = ..., title: _Optional[str] = ..., holland_code: _Optional[str] = ..., job_zone: _Optional[int] = ..., typical_education_rank: _Optional[int] = ..., score: _Optional[float] = ..., factors: _Optional[_Iterable[_Union[MatchFactor, _Mapping]]] = ..., reasons: _Optional[_Iterable[str]] = ..., rank: _Optional[int] = ...) -> None: ...

class GetMatchesResponse(_message.Message):
    __slots__ = ("matches", "next_page_token", "total_matches", "student_holland_code", "interest_attempt_number", "work_values_attempt_number", "interests_undifferentiated")
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_MATCHES_FIELD_NUMBER: _ClassVar[int]
    STUDENT_HOLLAND_CODE_FIELD_NUMBER: _ClassVar[int]
    INTEREST_ATTEMPT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    WORK_VALUES_ATTEMPT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    INTERESTS_UNDIFFERENTIATED_FIELD_NUMBER: _ClassVar[int]
    matches: _containers.RepeatedCompositeFieldContainer[CareerMatch]
    next_page_token: str
    total_matches: int
    student_holland_code: str
    interest_attempt_number: int
    work_values_attempt_number: int
    interests_undifferentiated: bool
    def __init__(self, matches: _Optional[_Iterable[_Union[CareerMatch, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_matches: _Optional[int] = ..., student_holland_code: _Optional[str] = ..., interest_attempt_number: _Optional[int] = ..., work_values_attempt_number: _Optional[int] = ..., interests_undifferentiated: _Optional[bool] = ...) -> None: ...

class ListAttemptsRequest(_message.Message):
    __slots__ = ("tenant_id", "student_id")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    STUDENT_ID_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    student_id: str
    def __init__(self, tenant_id: _Optional[str] = ..., student_id: _Optional[str] = ...) -> None: ...

class ListAttemptsResponse(_message.Message):
    __slots__ = ("interest_attempts", "work_values_attempts", "aspirations_history", "consent_history")
    INTEREST_ATTEMPTS_FIELD_NUMBER: _ClassVar[int]
    WORK_VALUES_ATTEMPTS_FIELD_NUMBER: _ClassVar[int]
    ASPIRATIONS_HISTORY_FIELD_NUMBER: _ClassVar[int]
    CONSENT_HISTORY_FIELD_NUMBER: _ClassVar[int]
    interest_attempts: _containers.RepeatedCompositeFieldContainer[InterestAttempt]
    work_values_attempts: _containers.RepeatedCompositeFieldContainer[WorkValuesAttempt]
    aspirations_history: _containers.RepeatedCompositeFieldContainer[Aspirations]
    consent_history: _containers.RepeatedCompositeFieldContainer[Consent]
    def __init__(self, interest_attempts: _Optional[_Iterable[_Union[InterestAttempt, _Mapping]]] = ..., work_values_attempts: _Optional[_Iterable[_Union[WorkValuesAttempt, _Mapping]]] = ..., aspirations_history: _Optional[_Iterable[_Union[Aspirations, _Mapping]]] = ..., consent_history: _Optional[_Iterable[_Union[Consent, _Mapping]]] = ...) -> None: ...

class ProfileUpdated(_message.Message):
    __slots__ = ("tenant_id", "student_id", "changes", "holland_code", "interest_attempt_number", "work_values_attempt_number", "aspirations_version", "target_onetsoc", "highest_education_rank", "updated_at", "interests_undifferentiated")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    STUDENT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGES_FIELD_NUMBER: _ClassVar[int]
    HOLLAND_CODE_FIELD_NUMBER: _ClassVar[int]
    INTEREST_ATTEMPT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    WORK_VALUES_ATTEMPT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ASPIRATIONS_VERSION_FIELD_NUMBER: _ClassVar[int]
    TARGET_ONETSOC_FIELD_NUMBER: _ClassVar[int]
    HIGHEST_EDUCATION_RANK_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    INTERESTS_UNDIFFERENTIATED_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    student_id: str
    changes: _containers.RepeatedScalarFieldContainer[ProfileChange]
    holland_code: str
    interest_attempt_number: int
    work_values_attempt_number: int
    aspirations_version: int
    target_onetsoc: _containers.RepeatedScalarFieldContainer[str]
    highest_education_rank: int
    updated_at: _timestamp_pb2.Timestamp
    interests_undifferentiated: bool
    def __init__(self, tenant_id: _Optional[str] = ..., student_id: _Optional[str] = ..., changes: _Optional[_Iterable[_Union[ProfileChange, str]]] = ..., holland_code: _Optional[str] = ..., interest_attempt_number: _Optional[int] = ..., work_values_attempt_number: _Optional[int] = ..., aspirations_version: _Optional[int] = ..., target_onetsoc: _Optional[_Iterable[str]] = ..., highest_education_rank: _Optional[int] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., interests_undifferentiated: _Optional[bool] = ...) -> None: ...
