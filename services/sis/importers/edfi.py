"""Ed-Fi XML interchanges (Data Standard 2.0 to 6.x), JSON composites and SDG seed CSV to SIS records.

Elements are matched by local name, so every namespace version reads the same. Descriptors are read
from their URI ("uri://ed-fi.org/GradeLevelDescriptor#Ninth grade" -> "Ninth grade") or bare value.
Student facts spread over several files (Student, StudentSchoolAssociation, composites) are merged
into one StudentRecord per StudentUniqueId. Of the name only FirstName and LastSurname are read, for
the display name; birth dates and SSN-type codes are never read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from lxml import etree

from services.sis.importers.csvio import read_csv
from services.sis.importers.model import ImportResult
from services.sis.importers.values import (display_name, ValueProblem, descriptor_code, normalise_grade, normalise_subject,
                                           parse_number, school_year_end)
from trailmap.sis.v1 import sis_pb2

SOURCE_SYSTEM = "edfi"

# Elements read from XML interchanges; everything else is skipped without building it.
XML_ELEMENTS = {"Student", "StudentSchoolAssociation", "School", "LocalEducationAgency", "Course", "Section",
                "StaffEducationOrganizationAssignmentAssociation", "GraduationPlan", "CourseTranscript"}


def _local(tag) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _text(element, *path: str) -> str:
    """Return the text of the first descendant reached by local names `path`, or ""."""
    current = [element]
    for name in path:
        current = [child for parent in current for child in parent.iter() if _local(child.tag) == name
                   and child is not parent]
        if not current:
            return ""
    found = current[0]
    if not (found.text or "").strip():
        # Data Standard 2.0 wraps descriptors: <EntryGradeLevel><CodeValue>Ninth grade</CodeValue></EntryGradeLevel>.
        code = next((child for child in found.iter() if _local(child.tag) == "CodeValue"), None)
        if code is not None:
            found = code
    return (found.text or "").strip()


def _all_text(element, name: str) -> list[str]:
    return [(child.text or "").strip() for child in element.iter() if _local(child.tag) == name]


@dataclass
class _StudentFacts:
    student_id: str
    file: str
    line: int
    occurred_at: datetime
    school_id: str = ""
    grade_level: str = ""
    display_name: str = ""
    external_ids: dict[tuple[str, str], None] = field(default_factory=dict)


class _Folder:
    """State of one Ed-Fi import: the result, merged students and course credits from sections."""

    def __init__(self, root: Path, tenant_id: str) -> None:
        self.root = root
        self.result = ImportResult(tenant_id=tenant_id, source_system=SOURCE_SYSTEM)
        self.students: dict[str, _StudentFacts] = {}
        self.section_credits: dict[str, float] = {}
        self.courses: list[tuple[sis_pb2.CourseRecord, datetime]] = []
        self.transcripts: dict[str, tuple[sis_pb2.TranscriptRecord, datetime]] = {}

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return path.name

    def student(self, student_id: str, file: str, line: int, occurred_at: datetime) -> _StudentFacts:
        facts = self.students.get(student_id)
        if facts is None:
            facts = self.students[student_id] = _StudentFacts(student_id, file, line, occurred_at)
        facts.occurred_at = max(facts.occurred_at, occurred_at)
        return facts


def _mtime(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)


def parse_path(path: Path, tenant_id: str, *, root: Path | None = None) -> ImportResult:
    """Parse an Ed-Fi file, or every .xml, .json and .csv file under a folder."""
    folder = _Folder(root or (path.parent if path.is_file() else path.parent), tenant_id)
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())

    for file in files:
        if "Descriptors" in file.parts:
            continue
        suffix = file.suffix.lower()
        if suffix == ".xml":
            _parse_xml(folder, file)
        elif suffix == ".json":
            _parse_json(folder, file)
        elif suffix == ".csv":
            _parse_seed_csv(folder, file)
    if any("Descriptors" in file.parts for file in files):
        folder.result.warn("Descriptors/*.xml skipped: descriptor code values are read from the URIs in place")

    _finish(folder)
    return folder.result


def _parse_xml(folder: _Folder, path: Path) -> None:
    file = folder.rel(path)
    occurred_at = _mtime(path)
    try:
        for _, element in etree.iterparse(str(path), events=("end",), huge_tree=True):
            name = _local(element.tag)
            if name not in XML_ELEMENTS or _local(element.getparent().tag) in XML_ELEMENTS | {"StudentReference"}:
                continue
            _read_element(folder, name, element, file, occurred_at)
            element.clear(keep_tail=True)
    except etree.XMLSyntaxError as error:
        folder.result.reject(file, error.lineno or 0, f"invalid XML: {error.msg}; fix the file and import it again")


def _read_element(folder: _Folder, name: str, element, file: str, occurred_at: datetime) -> None:
    line = element.sourceline or 0
    result = folder.result

    if name == "Student":
        student_id = _text(element, "StudentUniqueId")
        if not student_id:
            result.reject(file, line, "Student has no StudentUniqueId", "", "StudentRecord")
            return
        facts = folder.student(student_id, file, line, occurred_at)
        facts.display_name = display_name(_text(element, "Name", "FirstName"), _text(element, "Name", "LastSurname"))

    elif name == "StudentSchoolAssociation":
        student_id = _text(element, "StudentReference", "StudentUniqueId")
        school_id = _text(element, "SchoolReference", "SchoolId")
        try:
            grade = normalise_grade(_text(element, "EntryGradeLevel"))
        except ValueProblem as problem:
            result.reject(file, line, str(problem), "", "StudentRecord")
            return
        if not student_id or not school_id:
            result.reject(file, line, "StudentSchoolAssociation needs StudentUniqueId and SchoolId", "",
                          "StudentRecord")
            return
        facts = folder.student(student_id, file, line, occurred_at)
        facts.school_id, facts.grade_level = school_id, grade or facts.grade_level

    elif name in {"School", "LocalEducationAgency"}:
        org_id = _text(element, "SchoolId") or _text(element, "LocalEducationAgencyId")
        parent = _text(element, "LocalEducationAgencyReference", "LocalEducationAgencyId")
        record = sis_pb2.SchoolRecord(
            source=result.source_ref(org_id, file, line), school_id=org_id, name=_text(element, "NameOfInstitution"),
            org_type="school" if name == "School" else "district", parent_id=parent,
            status=sis_pb2.RECORD_STATUS_ACTIVE)
        result.add(record, f"org:{org_id}", occurred_at)

    elif name == "Course":
        _read_course(folder, element, file, line, occurred_at)

    elif name == "Section":
        code = _text(element, "CourseOfferingReference", "LocalCourseCode")
        credits = parse_number(_text(element, "AvailableCredits", "Credits") or None, "credits")
        if code:
            folder.section_credits[code] = max(folder.section_credits.get(code, 0.0), credits)

    elif name == "StaffEducationOrganizationAssignmentAssociation":
        if descriptor_code(_text(element, "StaffClassification")).lower() != "counselor":
            return
        staff_id = _text(element, "StaffReference", "StaffUniqueId")
        school_id = _text(element, "EducationOrganizationReference", "EducationOrganizationId")
        record = sis_pb2.CounselorAssignment(
            source=result.source_ref(f"counselor:{staff_id}:{school_id}", file, line), staff_id=staff_id,
            school_id=school_id, basis="edfi_counselor_school_assignment")
        result.add(record, f"counselor:{staff_id}:{school_id}", occurred_at)

    elif name == "GraduationPlan":
        credits = [sis_pb2.SubjectCredits(subject=normalise_subject(_text(item, "AcademicSubject")),
                                          credits=parse_number(_text(item, "Credits"), "credits"))
                   for item in element.iter() if _local(item.tag) == "GraduationPlanCreditsBySubject"]
        _add_plan(folder, descriptor_code(_text(element, "GraduationPlanType")),
                  _text(element, "EducationOrganizationId"), _text(element, "GraduationSchoolYear"),
                  _text(element, "TotalRequiredCredits", "Credits") or _text(element, "TotalRequiredCredits"),
                  credits, [], file, line, occurred_at)


def _read_course(folder: _Folder, element, file: str, line: int, occurred_at: datetime) -> None:
    result = folder.result
    code = _text(element, "CourseCode")
    if not code:
        result.reject(file, line, "Course has no CourseCode", "", "CourseRecord")
        return
    codes = _all_text(element, "IdentificationCode")
    sced = next((value for value in codes if value.isdigit() and len(value) == 5), "")
    try:
        grades = [normalise_grade(value) for value in _all_text(element, "OfferedGradeLevel") if value]
    except ValueProblem as problem:
        result.reject(file, line, str(problem), "", "CourseRecord")
        return
    credits = _text(element, "MaximumAvailableCredits", "Credits") or _text(element, "MinimumAvailableCredits",
                                                                              "Credits")
    record = sis_pb2.CourseRecord(
        source=result.source_ref(code, file, line), course_code=code, title=_text(element, "CourseTitle"),
        sced_code=sced, credits=parse_number(credits or None, "credits"),
        subject=normalise_subject(_text(element, "AcademicSubject")), grade_levels=grades,
        school_id=_text(element, "EducationOrganizationReference", "EducationOrganizationId"),
        status=sis_pb2.RECORD_STATUS_ACTIVE)
    folder.courses.append((record, occurred_at))


def _add_plan(folder: _Folder, plan_type: str, edorg: str, year, total, credits, students, file: str, line: int,
              occurred_at: datetime) -> None:
    try:
        year_end = school_year_end(year)
        total_credits = parse_number(total, "totalRequiredCredits")
    except ValueProblem as problem:
        folder.result.reject(file, line, str(problem), "", "GraduationPlanRecord")
        return
    if not plan_type or not edorg:
        folder.result.reject(file, line, "graduation plan needs a GraduationPlanType and an education organization",
                             "", "GraduationPlanRecord")
        return
    source_id = f"graduation-plan:{plan_type}:{edorg}:{year_end}"
    record = sis_pb2.GraduationPlanRecord(
        source=folder.result.source_ref(source_id, file, line), plan_type=plan_type,
        education_organization_id=str(edorg), graduation_school_year=year_end, total_required_credits=total_credits,
        credits_by_subject=[c for c in credits if c.subject], student_ids=students)
    if not record.credits_by_subject:
        folder.result.warn(f"{file}: graduation plan {plan_type} of {edorg} gives total credits only "
                           f"({total_credits:g}), no credits by subject")
    folder.result.add(record, source_id, occurred_at)


def _parse_json(folder: _Folder, path: Path) -> None:
    file = folder.rel(path)
    occurred_at = _mtime(path)
    try:
        document = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as error:
        folder.result.reject(file, 0, f"invalid JSON: {error}")
        return

    if isinstance(document, dict) and "studentTranscript" in document:
        documents = [document["studentTranscript"]]
    elif isinstance(document, list):
        documents = document
    else:
        documents = [document]

    for index, item in enumerate(documents):
        if not isinstance(item, dict):
            folder.result.reject(file, 0, f"item {index} is not a JSON object")
            continue
        if "studentUniqueId" in item:
            _read_composite_student(folder, item, f"{file}#{index}", file, occurred_at)
        elif "schoolId" in item:
            school_id = str(item["schoolId"])
            record = sis_pb2.SchoolRecord(
                source=folder.result.source_ref(school_id, file, 0), school_id=school_id,
                name=item.get("nameOfInstitution") or "", org_type="school", parent_id=str(item.get("districtId", "")),
                status=sis_pb2.RECORD_STATUS_ACTIVE)
            folder.result.add(record, f"org:{school_id}", occurred_at)


def _read_composite_student(folder: _Folder, item: dict, where: str, file: str, occurred_at: datetime) -> None:
    student_id = str(item["studentUniqueId"])
    facts = folder.student(student_id, file, 0, occurred_at)
    for school in item.get("school") or []:
        facts.school_id = str(school.get("schoolId") or facts.school_id)

    for enrollment in item.get("enrollment") or []:
        facts.school_id = str(enrollment.get("schoolId") or facts.school_id)
        try:
            facts.grade_level = normalise_grade(enrollment.get("entryGradeLevelDescriptor")) or facts.grade_level
        except ValueProblem as problem:
            folder.result.warn(f"{where}: {problem}")
        plan = enrollment.get("graduationPlan")
        if plan:
            credits = [sis_pb2.SubjectCredits(subject=normalise_subject(entry.get("academicSubjectDescriptor")),
                                              credits=parse_number(entry.get("credits"), "credits"))
                       for entry in plan.get("graduationPlanCreditsBySubject") or []]
            _add_plan(folder, descriptor_code(plan.get("graduationPlanTypeDescriptor")), enrollment.get("schoolId"),
                      plan.get("graduationSchoolYear"), plan.get("totalRequiredCredits"), credits, [student_id],
                      file, 0, occurred_at)

    records = (item.get("studentAcademicRecords") or item.get("academicRecord") or item.get("academicRecords") or [])
    for record in records:
        _read_academic_record(folder, student_id, record, where, file, occurred_at)


def _read_academic_record(folder: _Folder, student_id: str, record: dict, where: str, file: str,
                          occurred_at: datetime) -> None:
    record_student = str(record.get("studentUniqueId") or student_id)
    if record_student != student_id:
        folder.result.reject(file, 0, f"{where}: academic record names studentUniqueId {record_student!r} but the "
                                      f"transcript belongs to {student_id!r}; the record's courses are not imported",
                             json.dumps(record)[:2000], "TranscriptRecord")
        return
    try:
        year = school_year_end(record.get("schoolYear"))
    except ValueProblem as problem:
        folder.result.reject(file, 0, f"{where}: {problem}", "", "TranscriptRecord")
        return
    term = descriptor_code(record.get("term") or record.get("termDescriptor"))
    edorg = str(record.get("schoolId") or record.get("educationOrganizationId") or "")

    for course in record.get("courseTranscript") or record.get("transcript") or []:
        _read_course_attempt(folder, student_id, course, year, term, edorg, where, file, occurred_at)


def _read_course_attempt(folder: _Folder, student_id: str, course: dict, year: int, term: str, edorg: str,
                         where: str, file: str, occurred_at: datetime) -> None:
    code = course.get("courseCode") or course.get("localCourseCode") or ""
    if not code:
        folder.result.reject(file, 0, f"{where}: course transcript entry has no courseCode",
                             json.dumps(course)[:2000], "TranscriptRecord")
        return
    try:
        attempted = parse_number(course.get("attemptedCredits"), "attemptedCredits")
        earned = parse_number(course.get("earnedCredits"), "earnedCredits")
        grade_level = normalise_grade(course.get("whenTakenGradeLevel") or course.get("whenTakenGradeLevelDescriptor"))
    except ValueProblem as problem:
        folder.result.reject(file, 0, f"{where}: {problem}", json.dumps(course)[:2000], "TranscriptRecord")
        return

    letter = str(course.get("finalLetterGradeEarned") or "")
    numeric = course.get("finalNumericGradeEarned")
    result_code = descriptor_code(course.get("courseAttemptResult") or course.get("courseAttemptResultDescriptor"))
    if result_code:
        passed = result_code.lower() == "pass"
    else:
        passed = earned > 0 and letter.upper() not in {"F", "E"}
    source_id = f"transcript:{student_id}:{edorg}:{year}:{term}:{code}"
    message = sis_pb2.TranscriptRecord(
        source=folder.result.source_ref(source_id, file, 0), student_id=student_id, course_code=code,
        course_title=course.get("courseTitle") or "", school_year=year, term=term,
        grade_earned=letter or ("" if numeric is None else f"{numeric:g}"), credits_attempted=attempted,
        credits_earned=earned, passed=passed,
        subject=normalise_subject(course.get("academicSubject") or course.get("academicSubjectDescriptor")),
        grade_level=grade_level, status=sis_pb2.RECORD_STATUS_ACTIVE)

    # The same attempt appears in several composites; fields one copy leaves blank are kept from the other.
    previous = folder.transcripts.get(source_id)
    if previous is not None:
        merged = sis_pb2.TranscriptRecord()
        merged.CopyFrom(previous[0])
        for descriptor, value in message.ListFields():
            if descriptor.name != "source":
                setattr(merged, descriptor.name, value)
        message = merged
    folder.transcripts[source_id] = (message, occurred_at)


def _parse_seed_csv(folder: _Folder, path: Path) -> None:
    """Read the SDG seed Course.csv (flattened XML paths); other seed files are not needed."""
    file = folder.rel(path)
    if path.name.lower() != "course.csv":
        folder.result.warn(f"{file}: Ed-Fi seed CSV not used (only Course.csv is read)")
        return
    occurred_at = _mtime(path)
    columns = ["CourseCode", "CourseTitle", "AcademicSubject", "OfferedGradeLevel",
               "EducationOrganizationReference.EducationOrganizationIdentity.EducationOrganizationId",
               "CourseIdentificationCode.IdentificationCode"]
    table = read_csv(path, columns, file)
    for line, reason, raw in table.bad_rows:
        folder.result.reject(file, line, reason, raw, "CourseRecord")
    for row in table.rows:
        code = row.get("CourseCode")
        if not code:
            folder.result.reject(file, row.line, "CourseCode is blank", row.raw, "CourseRecord")
            continue
        try:
            grade = normalise_grade(row.get("OfferedGradeLevel"))
        except ValueProblem as problem:
            folder.result.reject(file, row.line, str(problem), row.raw, "CourseRecord")
            continue
        identification = row.get("CourseIdentificationCode.IdentificationCode")
        record = sis_pb2.CourseRecord(
            source=folder.result.source_ref(code, file, row.line), course_code=code, title=row.get("CourseTitle"),
            sced_code=identification if identification.isdigit() and len(identification) == 5 else "",
            subject=normalise_subject(row.get("AcademicSubject")), grade_levels=[grade] if grade else [],
            school_id=row.get("EducationOrganizationReference.EducationOrganizationIdentity.EducationOrganizationId"),
            status=sis_pb2.RECORD_STATUS_ACTIVE)
        folder.courses.append((record, occurred_at))


def _finish(folder: _Folder) -> None:
    """Emit merged students, courses with section credits, and transcripts."""
    result = folder.result
    for facts in folder.students.values():
        record = sis_pb2.StudentRecord(
            source=result.source_ref(facts.student_id, facts.file, facts.line), student_id=facts.student_id,
            school_id=facts.school_id, grade_level=facts.grade_level, status=sis_pb2.RECORD_STATUS_ACTIVE,
            display_name=facts.display_name)
        result.add(record, f"student:{facts.student_id}", facts.occurred_at)

    for record, occurred_at in folder.courses:
        if not record.credits and record.course_code in folder.section_credits:
            record.credits = folder.section_credits[record.course_code]
        result.add(record, f"course:{record.school_id}:{record.course_code}", occurred_at)

    for source_id, (record, occurred_at) in folder.transcripts.items():
        result.add(record, source_id, occurred_at)
