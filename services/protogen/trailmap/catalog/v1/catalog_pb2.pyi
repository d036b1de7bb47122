from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CredentialLevel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CREDENTIAL_LEVEL_UNSPECIFIED: _ClassVar[CredentialLevel]
    CREDENTIAL_LEVEL_CERTIFICATE: _ClassVar[CredentialLevel]
    CREDENTIAL_LEVEL_ASSOCIATE: _ClassVar[CredentialLevel]
    CREDENTIAL_LEVEL_BACHELOR: _ClassVar[CredentialLevel]
    CREDENTIAL_LEVEL_POST_BACCALAUREATE_CERTIFICATE: _ClassVar[CredentialLevel]
    CREDENTIAL_LEVEL_GRADUATE_CERTIFICATE: _ClassVar[CredentialLevel]
    CREDENTIAL_LEVEL_MASTER: _ClassVar[CredentialLevel]
    CREDENTIAL_LEVEL_DOCTORAL: _ClassVar[CredentialLevel]
    CREDENTIAL_LEVEL_FIRST_PROFESSIONAL: _ClassVar[CredentialLevel]
    CREDENTIAL_LEVEL_RESIDENCY: _ClassVar[CredentialLevel]
CREDENTIAL_LEVEL_UNSPECIFIED: CredentialLevel
CREDENTIAL_LEVEL_CERTIFICATE: CredentialLevel
CREDENTIAL_LEVEL_ASSOCIATE: CredentialLevel
CREDENTIAL_LEVEL_BACHELOR: CredentialLevel
CREDENTIAL_LEVEL_POST_BACCALAUREATE_CERTIFICATE: CredentialLevel
CREDENTIAL_LEVEL_GRADUATE_CERTIFICATE: CredentialLevel
CREDENTIAL_LEVEL_MASTER: CredentialLevel
CREDENTIAL_LEVEL_DOCTORAL: CredentialLevel
CREDENTIAL_LEVEL_FIRST_PROFESSIONAL: CredentialLevel
CREDENTIAL_LEVEL_RESIDENCY: CredentialLevel

class Outlook(_message.Message):
    __slots__ = ("median_wage", "wage_soc", "wage_is_aggregate", "state_median_wage", "state", "state_wage_is_aggregate", "growth_pct", "openings_annual_thousands", "employment_2024_thousands", "employment_2034_thousands", "projection_is_aggregate", "typical_education", "typical_education_rank", "typical_education_source", "job_zone", "bright_outlook", "bright_outlook_categories", "wage_p10", "wage_p90")
    MEDIAN_WAGE_FIELD_NUMBER: _ClassVar[int]
    WAGE_SOC_FIELD_NUMBER: _ClassVar[int]
    WAGE_IS_AGGREGATE_FIELD_NUMBER: _ClassVar[int]
    STATE_MEDIAN_WAGE_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    STATE_WAGE_IS_AGGREGATE_FIELD_NUMBER: _ClassVar[int]
    GROWTH_PCT_FIELD_NUMBER: _ClassVar[int]
    OPENINGS_ANNUAL_THOUSANDS_FIELD_NUMBER: _ClassVar[int]
    EMPLOYMENT_2024_THOUSANDS_FIELD_NUMBER: _ClassVar[int]
    EMPLOYMENT_2034_THOUSANDS_FIELD_NUMBER: _ClassVar[int]
    PROJECTION_IS_AGGREGATE_FIELD_NUMBER: _ClassVar[int]
    TYPICAL_EDUCATION_FIELD_NUMBER: _ClassVar[int]
    TYPICAL_EDUCATION_RANK_FIELD_NUMBER: _ClassVar[int]
    TYPICAL_EDUCATION_SOURCE_FIELD_NUMBER: _ClassVar[int]
    JOB_ZONE_FIELD_NUMBER: _ClassVar[int]
    BRIGHT_OUTLOOK_FIELD_NUMBER: _ClassVar[int]
    BRIGHT_OUTLOOK_CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    WAGE_P10_FIELD_NUMBER: _ClassVar[int]
    WAGE_P90_FIELD_NUMBER: _ClassVar[int]
    median_wage: float
    wage_soc: str
    wage_is_aggregate: bool
    state_median_wage: float
    state: str
    state_wage_is_aggregate: bool
    growth_pct: float
    openings_annual_thousands: float
    employment_2024_thousands: float
    employment_2034_thousands: float
    projection_is_aggregate: bool
    typical_education: str
    typical_education_rank: int
    typical_education_source: str
    job_zone: int
    bright_outlook: bool
    bright_outlook_categories: _containers.RepeatedScalarFieldContainer[str]
    wage_p10: float
    wage_p90: float
    def __init__(self, median_wage: _Optional[float] = ..., wage_soc: _Optional[str] = ..., wage_is_aggregate: _Optional[bool] = ..., state_median_wage: _Optional[float] = ..., state: _Optional[str] = ..., state_wage_is_aggregate: _Optional[bool] = ..., growth_pct: _Optional[float] = ..., openings_annual_thousands: _Optional[float] = ..., employment_2024_thousands: _Optional[float] = ..., employment_2034_thousands: _Optional[float] = ..., projection_is_aggregate: _Optional[bool] = ..., typical_education: _Optional[str] = ..., typical_education_rank: _Optional[int] = ..., typical_education_source: _Optional[str] = ..., job_zone: _Optional[int] = ..., bright_outlook: _Optional[bool] = ..., bright_outlook_categories: _Optional[_Iterable[str]] = ..., wage_p10: _Optional[float] = ..., wage_p90: _Optional[float] = ...) -> None: ...

class Riasec(_message.Message):
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

class ClusterRef(_message.Message):
    __slots__ = ("id", "name", "cluster_id")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    cluster_id: str
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., cluster_id: _Optional[str] = ...) -> None: ...

class CareerRef(_message.Message):
    __slots__ = ("onetsoc", "title", "median_wage", "tier", "rank")
    ONETSOC_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    MEDIAN_WAGE_FIELD_NUMBER: _ClassVar[int]
    TIER_FIELD_NUMBER: _ClassVar[int]
    RANK_FIELD_NUMBER: _ClassVar[int]
    onetsoc: str
    title: str
    median_wage: float
    tier: str
    rank: int
    def __init__(self, onetsoc: _Optional[str] = ..., title: _Optional[str] = ..., median_wage: _Optional[float] = ..., tier: _Optional[str] = ..., rank: _Optional[int] = ...) -> None: ...

class ProgramSummary(_message.Message):
    __slots__ = ("id", "cip", "title", "credential_level", "credential_rank", "typical_years", "level_source", "meets_entry_education", "institution_count")
    ID_FIELD_NUMBER: _ClassVar[int]
    CIP_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    CREDENTIAL_LEVEL_FIELD_NUMBER: _ClassVar[int]
    CREDENTIAL_RANK_FIELD_NUMBER: _ClassVar[int]
    TYPICAL_YEARS_FIELD_NUMBER: _ClassVar[int]
    LEVEL_SOURCE_FIELD_NUMBER: _ClassVar[int]
    MEETS_ENTRY_EDUCATION_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    id: str
    cip: str
    title: str
    credential_level: CredentialLevel
    credential_rank: int
    typical_years: float
    level_source: str
    meets_entry_education: bool
    institution_count: int
    def __init__(self, id: _Optional[str] = ..., cip: _Optional[str] = ..., title: _Optional[str] = ..., credential_level: _Optional[_Union[CredentialLevel, str]] = ..., credential_rank: _Optional[int] = ..., typical_years: _Optional[float] = ..., level_source: _Optional[str] = ..., meets_entry_education: _Optional[bool] = ..., institution_count: _Optional[int] = ...) -> None: ...

class ApprenticeshipRef(_message.Message):
    __slots__ = ("rapids_code", "title", "term_hours", "term_hours_max", "competency_based", "apprenticeship_type", "mapping_method")
    RAPIDS_CODE_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    TERM_HOURS_FIELD_NUMBER: _ClassVar[int]
    TERM_HOURS_MAX_FIELD_NUMBER: _ClassVar[int]
    COMPETENCY_BASED_FIELD_NUMBER: _ClassVar[int]
    APPRENTICESHIP_TYPE_FIELD_NUMBER: _ClassVar[int]
    MAPPING_METHOD_FIELD_NUMBER: _ClassVar[int]
    rapids_code: str
    title: str
    term_hours: int
    term_hours_max: int
    competency_based: bool
    apprenticeship_type: str
    mapping_method: str
    def __init__(self, rapids_code: _Optional[str] = ..., title: _Optional[str] = ..., term_hours: _Optional[int] = ..., term_hours_max: _Optional[int] = ..., competency_based: _Optional[bool] = ..., apprenticeship_type: _Optional[str] = ..., mapping_method: _Optional[str] = ...) -> None: ...

class Career(_message.Message):
    __slots__ = ("onetsoc", "soc", "title", "description", "outlook", "riasec", "holland_code", "work_values", "clusters", "sub_clusters", "related_careers", "programs", "apprenticeships", "daily_tasks", "alternate_titles", "top_knowledge", "top_skills", "attribution")
    ONETSOC_FIELD_NUMBER: _ClassVar[int]
    SOC_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    OUTLOOK_FIELD_NUMBER: _ClassVar[int]
    RIASEC_FIELD_NUMBER: _ClassVar[int]
    HOLLAND_CODE_FIELD_NUMBER: _ClassVar[int]
    WORK_VALUES_FIELD_NUMBER: _ClassVar[int]
    CLUSTERS_FIELD_NUMBER: _ClassVar[int]
    SUB_CLUSTERS_FIELD_NUMBER: _ClassVar[int]
    RELATED_CAREERS_FIELD_NUMBER: _ClassVar[int]
    PROGRAMS_FIELD_NUMBER: _ClassVar[int]
    APPRENTICESHIPS_FIELD_NUMBER: _ClassVar[int]
    DAILY_TASKS_FIELD_NUMBER: _ClassVar[int]
    ALTERNATE_TITLES_FIELD_NUMBER: _ClassVar[int]
    TOP_KNOWLEDGE_FIELD_NUMBER: _ClassVar[int]
    TOP_SKILLS_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTION_FIELD_NUMBER: _ClassVar[int]
    onetsoc: str
    soc: str
    title: str
    description: str
    outlook: Outlook
    riasec: Riasec
    holland_code: str
    work_values: WorkValues
    clusters: _containers.RepeatedCompositeFieldContainer[ClusterRef]
    sub_clusters: _containers.RepeatedCompositeFieldContainer[ClusterRef]
    related_careers: _containers.RepeatedCompositeFieldContainer[CareerRef]
    programs: _containers.RepeatedCompositeFieldContainer[ProgramSummary]
    apprenticeships: _containers.RepeatedCompositeFieldContainer[ApprenticeshipRef]
    daily_tasks: _containers.RepeatedScalarFieldContainer[str]
    alternate_titles: _containers.RepeatedScalarFieldContainer[str]
    top_knowledge: _containers.RepeatedScalarFieldContainer[str]
    top_skills: _containers.RepeatedScalarFieldContainer[str]
    attribution: str
    def __init__(self, onetsoc: _Optional[str] = ..., soc: _Optional[str] = ..., title: _Optional[str] = ..., description: _Optional[str] = ..., outlook: _Optional[_Union[Outlook, _Mapping]] = ..., riasec: _Optional[_Union[Riasec, _Mapping]] = ..., holland_code: _Optional[str] = ..., work_values: _Optional[_Union[WorkValues, _Mapping]] = ..., clusters: _Optional[_Iterable[_Union[ClusterRef, _Mapping]]] = ..., sub_clusters: _Optional[_Iterable[_Union[ClusterRef, _Mapping]]] = ..., related_careers: _Optional[_Iterable[_Union[CareerRef, _Mapping]]] = ..., programs: _Optional[_Iterable[_Union[ProgramSummary, _Mapping]]] = ..., apprenticeships: _Optional[_Iterable[_Union[ApprenticeshipRef, _Mapping]]] = ..., daily_tasks: _Optional[_Iterable[str]] = ..., alternate_titles: _Optional[_Iterable[str]] = ..., top_knowledge: _Optional[_Iterable[str]] = ..., top_skills: _Optional[_Iterable[str]] = ..., attribution: _Optional[str] = ...) -> None: ...

class GetCareerRequest(_message.Message):
    __slots__ = ("onetsoc", "state")
    ONETSOC_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    onetsoc: str
    state: str
    def __init__(self, onetsoc: _Optional[str] = ..., state: _Optional[str] = ...) -> None: ...

class GetCareerResponse(_message.Message):
    __slots__ = ("career",)
    CAREER_FIELD_NUMBER: _ClassVar[int]
    career: Career
    def __init__(self, career: _Optional[_Union[Career, _Mapping]] = ...) -> None: ...

class SearchHit(_message.Message):
    __slots__ = ("career", "score", "matched_title")
    CAREER_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    MATCHED_TITLE_FIELD_NUMBER: _ClassVar[int]
    career: CareerRef
    score: float
    matched_title: str
    def __init__(self, career: _Optional[_Union[CareerRef, _Mapping]] = ..., score: _Optional[float] = ..., matched_title: _Optional[str] = ...) -> None: ...

class SearchCareersRequest(_message.Message):
    __slots__ = ("query", "page_size")
    QUERY_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    query: str
    page_size: int
    def __init__(self, query: _Optional[str] = ..., page_size: _Optional[int] = ...) -> None: ...

class SearchCareersResponse(_message.Message):
    __slots__ = ("hits",)
    HITS_FIELD_NUMBER: _ClassVar[int]
    hits: _containers.RepeatedCompositeFieldContainer[SearchHit]
    def __init__(self, hits: _Optional[_Iterable[_Union[SearchHit, _Mapping]]] = ...) -> None: ...

class ListProgramsRequest(_message.Message):
    __slots__ = ("onetsoc", "state", "credential_level", "page_size", "page_token")
    ONETSOC_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    CREDENTIAL_LEVEL_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    onetsoc: str
    state: str
    credential_level: CredentialLevel
    page_size: int
    page_token: str
    def __init__(self, onetsoc: _Optional[str] = ..., state: _Optional[str] = ..., credential_level: _Optional[_Union[CredentialLevel, str]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListProgramsResponse(_message.Message):
    __slots__ = ("programs", "next_page_token", "total_size")
    PROGRAMS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    programs: _containers.RepeatedCompositeFieldContainer[ProgramSummary]
    next_page_token: str
    total_size: int
    def __init__(self, programs: _Optional[_Iterable[_Union[ProgramSummary, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class Offering(_message.Message):
    __slots__ = ("institution", "median_earnings_1yr", "median_debt", "completions")
    INSTITUTION_FIELD_NUMBER: _ClassVar[int]
    MEDIAN_EARNINGS_1YR_FIELD_NUMBER: _ClassVar[int]
    MEDIAN_DEBT_FIELD_NUMBER: _ClassVar[int]
    COMPLETIONS_FIELD_NUMBER: _ClassVar[int]
    institution: InstitutionSummary
    median_earnings_1yr: float
    median_debt: float
    completions: int
    def __init__(self, institution: _Optional[_Union[InstitutionSummary, _Mapping]] = ..., median_earnings_1yr: _Optional[float] = ..., median_debt: _Optional[float] = ..., completions: _Optional[int] = ...) -> None: ...

class Program(_message.Message):
    __slots__ = ("summary", "description", "level_sources", "careers", "clusters", "offerings")
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    LEVEL_SOURCES_FIELD_NUMBER: _ClassVar[int]
    CAREERS_FIELD_NUMBER: _ClassVar[int]
    CLUSTERS_FIELD_NUMBER: _ClassVar[int]
    OFFERINGS_FIELD_NUMBER: _ClassVar[int]
    summary: ProgramSummary
    description: str
    level_sources: _containers.RepeatedScalarFieldContainer[str]
    careers: _containers.RepeatedCompositeFieldContainer[CareerRef]
    clusters: _containers.RepeatedCompositeFieldContainer[ClusterRef]
    offerings: _containers.RepeatedCompositeFieldContainer[Offering]
    def __init__(self, summary: _Optional[_Union[ProgramSummary, _Mapping]] = ..., description: _Optional[str] = ..., level_sources: _Optional[_Iterable[str]] = ..., careers: _Optional[_Iterable[_Union[CareerRef, _Mapping]]] = ..., clusters: _Optional[_Iterable[_Union[ClusterRef, _Mapping]]] = ..., offerings: _Optional[_Iterable[_Union[Offering, _Mapping]]] = ...) -> None: ...

class GetProgramRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class GetProgramResponse(_message.Message):
    __slots__ = ("program",)
    PROGRAM_FIELD_NUMBER: _ClassVar[int]
    program: Program
    def __init__(self, program: _Optional[_Union[Program, _Mapping]] = ...) -> None: ...

class InstitutionSummary(_message.Message):
    __slots__ = ("unitid", "name", "city", "state", "control")
    UNITID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    CITY_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    CONTROL_FIELD_NUMBER: _ClassVar[int]
    unitid: str
    name: str
    city: str
    state: str
    control: str
    def __init__(self, unitid: _Optional[str] = ..., name: _Optional[str] = ..., city: _Optional[str] = ..., state: _Optional[str] = ..., control: _Optional[str] = ...) -> None: ...

class Institution(_message.Message):
    __slots__ = ("summary", "url", "tuition_in_state", "tuition_out_of_state", "net_price", "median_earnings_10yr", "median_debt", "admission_rate", "completion_rate", "programs")
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    TUITION_IN_STATE_FIELD_NUMBER: _ClassVar[int]
    TUITION_OUT_OF_STATE_FIELD_NUMBER: _ClassVar[int]
    NET_PRICE_FIELD_NUMBER: _ClassVar[int]
    MEDIAN_EARNINGS_10YR_FIELD_NUMBER: _ClassVar[int]
    MEDIAN_DEBT_FIELD_NUMBER: _ClassVar[int]
    ADMISSION_RATE_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_RATE_FIELD_NUMBER: _ClassVar[int]
    PROGRAMS_FIELD_NUMBER: _ClassVar[int]
    summary: InstitutionSummary
    url: str
    tuition_in_state: float
    tuition_out_of_state: float
    net_price: float
    median_earnings_10yr: float
    median_debt: float
    admission_rate: float
    completion_rate: float
    programs: _containers.RepeatedCompositeFieldContainer[ProgramSummary]
    def __init__(self, summary: _Optional[_Union[InstitutionSummary, _Mapping]] = ..., url: _Optional[str] = ..., tuition_in_state: _Optional[float] = ..., tuition_out_of_state: _Optional[float] = ..., net_price: _Optional[float] = ..., median_earnings_10yr: _Optional[float] = ..., median_debt: _Optional[float] = ..., admission_rate: _Optional[float] = ..., completion_rate: _Optional[float] = ..., programs: _Optional[_Iterable[_Union[ProgramSummary, _Mapping]]] = ...) -> None: ...

class GetInstitutionRequest(_message.Message):
    __slots__ = ("unitid",)
    UNITID_FIELD_NUMBER: _ClassVar[int]
    unitid: str
    def __init__(self, unitid: _Optional[str] = ...) -> None: ...

class GetInstitutionResponse(_message.Message):
    __slots__ = ("institution",)
    INSTITUTION_FIELD_NUMBER: _ClassVar[int]
    institution: Institution
    def __init__(self, institution: _Optional[_Union[Institution, _Mapping]] = ...) -> None: ...

class ListInstitutionsRequest(_message.Message):
    __slots__ = ("state", "page_size", "page_token")
    STATE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    state: str
    page_size: int
    page_token: str
    def __init__(self, state: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListInstitutionsResponse(_message.Message):
    __slots__ = ("institutions", "next_page_token", "total_size")
    INSTITUTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    institutions: _containers.RepeatedCompositeFieldContainer[InstitutionSummary]
    next_page_token: str
    total_size: int
    def __init__(self, institutions: _Optional[_Iterable[_Union[InstitutionSummary, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class CourseCareer(_message.Message):
    __slots__ = ("career", "weight", "rule")
    CAREER_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    RULE_FIELD_NUMBER: _ClassVar[int]
    career: CareerRef
    weight: float
    rule: str
    def __init__(self, career: _Optional[_Union[CareerRef, _Mapping]] = ..., weight: _Optional[float] = ..., rule: _Optional[str] = ...) -> None: ...

class Course(_message.Message):
    __slots__ = ("sced_code", "title", "description", "subject_area_code", "subject_area_name", "prepares_for")
    SCED_CODE_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_AREA_CODE_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_AREA_NAME_FIELD_NUMBER: _ClassVar[int]
    PREPARES_FOR_FIELD_NUMBER: _ClassVar[int]
    sced_code: str
    title: str
    description: str
    subject_area_code: str
    subject_area_name: str
    prepares_for: _containers.RepeatedCompositeFieldContainer[CourseCareer]
    def __init__(self, sced_code: _Optional[str] = ..., title: _Optional[str] = ..., description: _Optional[str] = ..., subject_area_code: _Optional[str] = ..., subject_area_name: _Optional[str] = ..., prepares_for: _Optional[_Iterable[_Union[CourseCareer, _Mapping]]] = ...) -> None: ...

class DistrictCourse(_message.Message):
    __slots__ = ("key", "district_id", "number", "name", "department", "credits", "grade_min", "grade_max", "honors_ap", "dual_enrollment", "cte", "work_based_learning", "youth_apprenticeship", "prerequisite_text", "prerequisite_numbers", "sced_code", "sced_rule", "sced_confidence")
    KEY_FIELD_NUMBER: _ClassVar[int]
    DISTRICT_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DEPARTMENT_FIELD_NUMBER: _ClassVar[int]
    CREDITS_FIELD_NUMBER: _ClassVar[int]
    GRADE_MIN_FIELD_NUMBER: _ClassVar[int]
    GRADE_MAX_FIELD_NUMBER: _ClassVar[int]
    HONORS_AP_FIELD_NUMBER: _ClassVar[int]
    DUAL_ENROLLMENT_FIELD_NUMBER: _ClassVar[int]
    CTE_FIELD_NUMBER: _ClassVar[int]
    WORK_BASED_LEARNING_FIELD_NUMBER: _ClassVar[int]
    YOUTH_APPRENTICESHIP_FIELD_NUMBER: _ClassVar[int]
    PREREQUISITE_TEXT_FIELD_NUMBER: _ClassVar[int]
    PREREQUISITE_NUMBERS_FIELD_NUMBER: _ClassVar[int]
    SCED_CODE_FIELD_NUMBER: _ClassVar[int]
    SCED_RULE_FIELD_NUMBER: _ClassVar[int]
    SCED_CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    key: str
    district_id: str
    number: str
    name: str
    department: str
    credits: float
    grade_min: int
    grade_max: int
    honors_ap: str
    dual_enrollment: bool
    cte: bool
    work_based_learning: bool
    youth_apprenticeship: bool
    prerequisite_text: str
    prerequisite_numbers: _containers.RepeatedScalarFieldContainer[str]
    sced_code: str
    sced_rule: str
    sced_confidence: float
    def __init__(self, key: _Optional[str] = ..., district_id: _Optional[str] = ..., number: _Optional[str] = ..., name: _Optional[str] = ..., department: _Optional[str] = ..., credits: _Optional[float] = ..., grade_min: _Optional[int] = ..., grade_max: _Optional[int] = ..., honors_ap: _Optional[str] = ..., dual_enrollment: _Optional[bool] = ..., cte: _Optional[bool] = ..., work_based_learning: _Optional[bool] = ..., youth_apprenticeship: _Optional[bool] = ..., prerequisite_text: _Optional[str] = ..., prerequisite_numbers: _Optional[_Iterable[str]] = ..., sced_code: _Optional[str] = ..., sced_rule: _Optional[str] = ..., sced_confidence: _Optional[float] = ...) -> None: ...

class GetCourseRequest(_message.Message):
    __slots__ = ("sced_code",)
    SCED_CODE_FIELD_NUMBER: _ClassVar[int]
    sced_code: str
    def __init__(self, sced_code: _Optional[str] = ...) -> None: ...

class GetCourseResponse(_message.Message):
    __slots__ = ("course",)
    COURSE_FIELD_NUMBER: _ClassVar[int]
    course: Course
    def __init__(self, course: _Optional[_Union[Course, _Mapping]] = ...) -> None: ...

class ListCoursesRequest(_message.Message):
    __slots__ = ("subject_area_code", "district_id", "page_size", "page_token")
    SUBJECT_AREA_CODE_FIELD_NUMBER: _ClassVar[int]
    DISTRICT_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    subject_area_code: str
    district_id: str
    page_size: int
    page_token: str
    def __init__(self, subject_area_code: _Optional[str] = ..., district_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListCoursesResponse(_message.Message):
    __slots__ = ("courses", "district_courses", "next_page_token", "total_size")
    COURSES_FIELD_NUMBER: _ClassVar[int]
    DISTRICT_COURSES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    courses: _containers.RepeatedCompositeFieldContainer[Course]
    district_courses: _containers.RepeatedCompositeFieldContainer[DistrictCourse]
    next_page_token: str
    total_size: int
    def __init__(self, courses: _Optional[_Iterable[_Union[Course, _Mapping]]] = ..., district_courses: _Optional[_Iterable[_Union[DistrictCourse, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class Cluster(_message.Message):
    __slots__ = ("id", "name", "sub_clusters", "career_count")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    SUB_CLUSTERS_FIELD_NUMBER: _ClassVar[int]
    CAREER_COUNT_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    sub_clusters: _containers.RepeatedCompositeFieldContainer[ClusterRef]
    career_count: int
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., sub_clusters: _Optional[_Iterable[_Union[ClusterRef, _Mapping]]] = ..., career_count: _Optional[int] = ...) -> None: ...

class ListClustersRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListClustersResponse(_message.Message):
    __slots__ = ("clusters",)
    CLUSTERS_FIELD_NUMBER: _ClassVar[int]
    clusters: _containers.RepeatedCompositeFieldContainer[Cluster]
    def __init__(self, clusters: _Optional[_Iterable[_Union[Cluster, _Mapping]]] = ...) -> None: ...

class District(_message.Message):
    __slots__ = ("id", "name", "state")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    state: str
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., state: _Optional[str] = ...) -> None: ...

class GetDistrictRequest(_message.Message):
    __slots__ = ("district_id",)
    DISTRICT_ID_FIELD_NUMBER: _ClassVar[int]
    district_id: str
    def __init__(self, district_id: _Optional[str] = ...) -> None: ...

class GetDistrictResponse(_message.Message):
    __slots__ = ("district",)
    DISTRICT_FIELD_NUMBER: _ClassVar[int]
    district: District
    def __init__(self, district: _Optional[_Union[District, _Mapping]] = ...) -> None: ...
