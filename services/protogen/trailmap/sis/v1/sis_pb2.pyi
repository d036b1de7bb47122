from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RecordStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RECORD_STATUS_UNSPECIFIED: _ClassVar[RecordStatus]
    RECORD_STATUS_ACTIVE: _ClassVar[RecordStatus]
    RECORD_STATUS_INACTIVE: _ClassVar[RecordStatus]
    RECORD_STATUS_TO_BE_DELETED: _ClassVar[RecordStatus]
RECORD_STATUS_UNSPECIFIED: RecordStatus
RECORD_STATUS_ACTIVE: RecordStatus
RECORD_STATUS_INACTIVE: RecordStatus
RECORD_STATUS_TO_BE_DELETED: RecordStatus

class SourceRef(_message.Message):
    __slots__ = ("tenant_id", "source_system", "source_id", "file", "line")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_SYSTEM_FIELD_NUMBER: _ClassVar[int]
    SOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    source_system: str
    source_id: str
    file: str
    line: int
    def __init__(self, tenant_id: _Optional[str] = ..., source_system: _Optional[str] = ..., source_id: _Optional[str] = ..., file: _Optional[str] = ..., line: _Optional[int] = ...) -> None: ...

class ExternalIdentifier(_message.Message):
    __slots__ = ("system", "value")
    SYSTEM_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    system: str
    value: str
    def __init__(self, system: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

class StudentRecord(_message.Message):
    __slots__ = ("source", "student_id", "school_id", "grade_level", "status", "external_ids", "graduation_year", "display_name")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    STUDENT_ID_FIELD_NUMBER: _ClassVar[int]
    SCHOOL_ID_FIELD_NUMBER: _ClassVar[int]
    GRADE_LEVEL_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_IDS_FIELD_NUMBER: _ClassVar[int]
    GRADUATION_YEAR_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    source: SourceRef
    student_id: str
    school_id: str
    grade_level: str
    status: RecordStatus
    external_ids: _containers.RepeatedCompositeFieldContainer[ExternalIdentifier]
    graduation_year: int
    display_name: str
    def __init__(self, source: _Optional[_Union[SourceRef, _Mapping]] = ..., student_id: _Optional[str] = ..., school_id: _Optional[str] = ..., grade_level: _Optional[str] = ..., status: _Optional[_Union[RecordStatus, str]] = ..., external_ids: _Optional[_Iterable[_Union[ExternalIdentifier, _Mapping]]] = ..., graduation_year: _Optional[int] = ..., display_name: _Optional[str] = ...) -> None: ...

class SchoolRecord(_message.Message):
    __slots__ = ("source", "school_id", "name", "org_type", "parent_id", "status")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    SCHOOL_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    ORG_TYPE_FIELD_NUMBER: _ClassVar[int]
    PARENT_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    source: SourceRef
    school_id: str
    name: str
    org_type: str
    parent_id: str
    status: RecordStatus
    def __init__(self, source: _Optional[_Union[SourceRef, _Mapping]] = ..., school_id: _Optional[str] = ..., name: _Optional[str] = ..., org_type: _Optional[str] = ..., parent_id: _Optional[str] = ..., status: _Optional[_Union[RecordStatus, str]] = ...) -> None: ...

class CourseRecord(_message.Message):
    __slots__ = ("source", "course_code", "title", "sced_code", "credits", "subject", "grade_levels", "school_id", "status")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    COURSE_CODE_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    SCED_CODE_FIELD_NUMBER: _ClassVar[int]
    CREDITS_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    GRADE_LEVELS_FIELD_NUMBER: _ClassVar[int]
    SCHOOL_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    source: SourceRef
    course_code: str
    title: str
    sced_code: str
    credits: float
    subject: str
    grade_levels: _containers.RepeatedScalarFieldContainer[str]
    school_id: str
    status: RecordStatus
    def __init__(self, source: _Optional[_Union[SourceRef, _Mapping]] = ..., course_code: _Optional[str] = ..., title: _Optional[str] = ..., sced_code: _Optional[str] = ..., credits: _Optional[float] = ..., subject: _Optional[str] = ..., grade_levels: _Optional[_Iterable[str]] = ..., school_id: _Optional[str] = ..., status: _Optional[_Union[RecordStatus, str]] = ...) -> None: ...

class EnrollmentRecord(_message.Message):
    __slots__ = ("source", "person_id", "role", "section_id", "course_code", "school_id", "term", "begin_date", "end_date", "status")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    SECTION_ID_FIELD_NUMBER: _ClassVar[int]
    COURSE_CODE_FIELD_NUMBER: _ClassVar[int]
    SCHOOL_ID_FIELD_NUMBER: _ClassVar[int]
    TERM_FIELD_NUMBER: _ClassVar[int]
    BEGIN_DATE_FIELD_NUMBER: _ClassVar[int]
    END_DATE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    source: SourceRef
    person_id: str
    role: str
    section_id: str
    course_code: str
    school_id: str
    term: str
    begin_date: str
    end_date: str
    status: RecordStatus
    def __init__(self, source: _Optional[_Union[SourceRef, _Mapping]] = ..., person_id: _Optional[str] = ..., role: _Optional[str] = ..., section_id: _Optional[str] = ..., course_code: _Optional[str] = ..., school_id: _Optional[str] = ..., term: _Optional[str] = ..., begin_date: _Optional[str] = ..., end_date: _Optional[str] = ..., status: _Optional[_Union[RecordStatus, str]] = ...) -> None: ...

class TranscriptRecord(_message.Message):
    __slots__ = ("source", "student_id", "course_code", "course_title", "school_year", "term", "grade_earned", "credits_attempted", "credits_earned", "passed", "subject", "grade_level", "status")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    STUDENT_ID_FIELD_NUMBER: _ClassVar[int]
    COURSE_CODE_FIELD_NUMBER: _ClassVar[int]
    COURSE_TITLE_FIELD_NUMBER: _ClassVar[int]
    SCHOOL_YEAR_FIELD_NUMBER: _ClassVar[int]
    TERM_FIELD_NUMBER: _ClassVar[int]
    GRADE_EARNED_FIELD_NUMBER: _ClassVar[int]
    CREDITS_ATTEMPTED_FIELD_NUMBER: _ClassVar[int]
    CREDITS_EARNED_FIELD_NUMBER: _ClassVar[int]
    PASSED_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    GRADE_LEVEL_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    source: SourceRef
    student_id: str
    course_code: str
    course_title: str
    school_year: int
    term: str
    grade_earned: str
    credits_attempted: float
    credits_earned: float
    passed: bool
    subject: str
    grade_level: str
    status: RecordStatus
    def __init__(self, source: _Optional[_Union[SourceRef, _Mapping]] = ..., student_id: _Optional[str] = ..., course_code: _Optional[str] = ..., course_title: _Optional[str] = ..., school_year: _Optional[int] = ..., term: _Optional[str] = ..., grade_earned: _Optional[str] = ..., credits_attempted: _Optional[float] = ..., credits_earned: _Optional[float] = ..., passed: _Optional[bool] = ..., subject: _Optional[str] = ..., grade_level: _Optional[str] = ..., status: _Optional[_Union[RecordStatus, str]] = ...) -> None: ...

class SubjectCredits(_message.Message):
    __slots__ = ("subject", "credits")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    CREDITS_FIELD_NUMBER: _ClassVar[int]
    subject: str
    credits: float
    def __init__(self, subject: _Optional[str] = ..., credits: _Optional[float] = ...) -> None: ...

class GraduationPlanRecord(_message.Message):
    __slots__ = ("source", "plan_type", "education_organization_id", "graduation_school_year", "total_required_credits", "credits_by_subject", "student_ids")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    PLAN_TYPE_FIELD_NUMBER: _ClassVar[int]
    EDUCATION_ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    GRADUATION_SCHOOL_YEAR_FIELD_NUMBER: _ClassVar[int]
    TOTAL_REQUIRED_CREDITS_FIELD_NUMBER: _ClassVar[int]
    CREDITS_BY_SUBJECT_FIELD_NUMBER: _ClassVar[int]
    STUDENT_IDS_FIELD_NUMBER: _ClassVar[int]
    source: SourceRef
    plan_type: str
    education_organization_id: str
    graduation_school_year: int
    total_required_credits: float
    credits_by_subject: _containers.RepeatedCompositeFieldContainer[SubjectCredits]
    student_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, source: _Optional[_Union[SourceRef, _Mapping]] = ..., plan_type: _Optional[str] = ..., education_organization_id: _Optional[str] = ..., graduation_school_year: _Optional[int] = ..., total_required_credits: _Optional[float] = ..., credits_by_subject: _Optional[_Iterable[_Union[SubjectCredits, _Mapping]]] = ..., student_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class CounselorAssignment(_message.Message):
    __slots__ = ("source", "staff_id", "school_id", "student_ids", "basis")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    STAFF_ID_FIELD_NUMBER: _ClassVar[int]
    SCHOOL_ID_FIELD_NUMBER: _ClassVar[int]
    STUDENT_IDS_FIELD_NUMBER: _ClassVar[int]
    BASIS_FIELD_NUMBER: _ClassVar[int]
    source: SourceRef
    staff_id: str
    school_id: str
    student_ids: _containers.RepeatedScalarFieldContainer[str]
    basis: str
    def __init__(self, source: _Optional[_Union[SourceRef, _Mapping]] = ..., staff_id: _Optional[str] = ..., school_id: _Optional[str] = ..., student_ids: _Optional[_Iterable[str]] = ..., basis: _Optional[str] = ...) -> None: ...

class StudentRoster(_message.Message):
    __slots__ = ("source", "source_ids")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_IDS_FIELD_NUMBER: _ClassVar[int]
    source: SourceRef
    source_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, source: _Optional[_Union[SourceRef, _Mapping]] = ..., source_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class RejectedRecord(_message.Message):
    __slots__ = ("tenant_id", "source_system", "file", "line", "reason", "raw", "record_type")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_SYSTEM_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    RAW_FIELD_NUMBER: _ClassVar[int]
    RECORD_TYPE_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    source_system: str
    file: str
    line: int
    reason: str
    raw: str
    record_type: str
    def __init__(self, tenant_id: _Optional[str] = ..., source_system: _Optional[str] = ..., file: _Optional[str] = ..., line: _Optional[int] = ..., reason: _Optional[str] = ..., raw: _Optional[str] = ..., record_type: _Optional[str] = ...) -> None: ...
