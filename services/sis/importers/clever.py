"""Clever SFTP CSV, Data API v3.0 JSON and v1.2 events to SIS records.

Students are keyed by their SIS id (SFTP Student_id = API sis_id), because Clever object ids differ
between API versions. Counselor caseloads come from sections taught by staff whose title names a
counselor (for example "High School Guidance Counselor"). Names, birth dates, contacts and passwords
are never read.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

from services.sis.importers.csvio import CsvTable, find_file, read_csv
from services.sis.importers.model import ImportResult
from services.sis.importers.values import (display_name, IdResolver, ValueProblem, normalise_grade, parse_date,
                                           parse_timestamp)
from trailmap.sis.v1 import sis_pb2

SOURCE_SYSTEM = "clever"
COUNSELOR_TITLE = re.compile(r"counsel|guidance", re.IGNORECASE)

COLUMNS = {
    "schools": ["School_id", "School_name", "State_id", "Low_grade", "High_grade"],
    "students": ["School_id", "Student_id", "Student_number", "State_id", "Grade", "Password", "Dob", "First_name",
                 "Last_name"],
    "teachers": ["School_id", "Teacher_id", "Teacher_number", "State_teacher_id", "Title", "Password"],
    "sections": ["School_id", "Section_id", "Teacher_id", "Teacher_2_id", "Teacher_3_id", "Teacher_4_id", "Name",
                 "Grade", "Course_name", "Course_number", "Period", "Term_name", "Term_start", "Term_end",
                 "Subject"],
    "enrollments": ["School_id", "Student_id", "Section_id"],
}


class _Import:
    def __init__(self, root: Path, tenant_id: str) -> None:
        self.root = root
        self.result = ImportResult(tenant_id=tenant_id, source_system=SOURCE_SYSTEM)
        self.students = IdResolver()
        self.student_schools: dict[str, str] = {}
        self.sections: dict[str, dict[str, str]] = {}
        self.section_teachers: dict[str, list[str]] = {}
        self.teacher_titles: dict[str, str] = {}
        self.teacher_schools: dict[str, str] = {}

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return path.name


def _mtime(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)


def parse_path(path: Path, tenant_id: str, *, root: Path | None = None) -> ImportResult:
    """Parse a Clever export folder: SFTP CSVs, then API v3.0 JSON, then v1.2 events, wherever they sit below it."""
    state = _Import(root or path.parent, tenant_id)
    folders = sorted({file.parent for file in path.rglob("*") if file.is_file()}) if path.is_dir() else [path.parent]

    for folder in folders:
        if find_file(folder, "students.csv") or find_file(folder, "sections.csv"):
            _parse_sftp(state, folder)
    for folder in folders:
        if find_file(folder, "users.json") or find_file(folder, "sections.json"):
            _parse_api(state, folder)
    for folder in folders:
        if events := find_file(folder, "events.json"):
            _parse_events(state, events)
    return state.result


def _table(state: _Import, folder: Path, name: str) -> CsvTable | None:
    path = find_file(folder, f"{name}.csv")
    if path is None:
        return None
    table = read_csv(path, COLUMNS[name], state.rel(path))
    for warning in table.warnings:
        state.result.warn(warning)
    for line, reason, raw in table.bad_rows:
        state.result.reject(table.file, line, reason, raw, name)
    return table


def _parse_sftp(state: _Import, folder: Path) -> None:
    result = state.result
    occurred_at = _mtime(folder)

    schools = _table(state, folder, "schools")
    school_ids = set()
    for row in schools.rows if schools else ():
        school_id = row.get("School_id")
        school_ids.add(school_id)
        record = sis_pb2.SchoolRecord(source=result.source_ref(school_id, schools.file, row.line), school_id=school_id,
                                      name=row.get("School_name"), org_type="school",
                                      status=sis_pb2.RECORD_STATUS_ACTIVE)
        result.add(record, f"school:{school_id}", occurred_at)

    _parse_sftp_students(state, folder, school_ids, occurred_at)

    teachers = _table(state, folder, "teachers")
    for row in teachers.rows if teachers else ():
        state.teacher_titles[row.get("Teacher_id")] = row.get("Title")
        state.teacher_schools[row.get("Teacher_id")] = row.get("School_id")

    _parse_sftp_sections(state, folder)
    _parse_sftp_enrollments(state, folder, occurred_at)


def _parse_sftp_students(state: _Import, folder: Path, school_ids: set[str], occurred_at: datetime) -> None:
    result = state.result
    students = _table(state, folder, "students")
    for row in students.rows if students else ():
        student_id, school_id = row.get("Student_id"), row.get("School_id")
        if not student_id:
            result.reject(students.file, row.line, "Student_id is blank", row.raw, "StudentRecord")
            continue
        if school_ids and school_id not in school_ids:
            result.reject(students.file, row.line, f"School_id {school_id!r} is not in schools.csv", row.raw,
                          "StudentRecord")
            continue
        try:
            grade = normalise_grade(row.get("Grade"))
        except ValueProblem as problem:
            result.reject(students.file, row.line, str(problem), row.raw, "StudentRecord")
            continue
        external = [sis_pb2.ExternalIdentifier(system=system, value=row.get(column))
                    for system, column in (("student_number", "Student_number"), ("state_id", "State_id"))
                    if row.get(column)]
        state.students.add(student_id)
        state.student_schools[student_id] = school_id
        record = sis_pb2.StudentRecord(source=result.source_ref(student_id, students.file, row.line),
                                       student_id=student_id, school_id=school_id, grade_level=grade,
                                       status=sis_pb2.RECORD_STATUS_ACTIVE, external_ids=external,
                                       display_name=display_name(row.get("First_name"), row.get("Last_name")))
        result.add(record, student_id, occurred_at)


def _parse_sftp_sections(state: _Import, folder: Path) -> None:
    result = state.result
    sections = _table(state, folder, "sections")
    courses: dict[str, tuple[sis_pb2.CourseRecord, datetime]] = {}
    for row in sections.rows if sections else ():
        section_id = row.get("Section_id")
        try:
            term = {"start": parse_date(row.get("Term_start")), "end": parse_date(row.get("Term_end"))}
            grade = normalise_grade(row.get("Grade"))
        except ValueProblem as problem:
            result.reject(sections.file, row.line, str(problem), row.raw, "CourseRecord")
            continue
        course_name = row.get("Course_name") or row.get("Name")
        teachers = [row.get(column) for column in ("Teacher_id", "Teacher_2_id", "Teacher_3_id", "Teacher_4_id")
                    if row.get(column)]
        unknown = [teacher for teacher in teachers if state.teacher_titles and teacher not in state.teacher_titles]
        if unknown:
            result.warn(f"{sections.file}:{row.line}: teachers {', '.join(unknown)} are not in teachers.csv")
        state.sections[section_id] = {"course_code": course_name, "school_id": row.get("School_id"),
                                      "term": row.get("Term_name"), **term}
        state.section_teachers[section_id] = teachers

        # Clever has no course ids: Course_number repeats across unrelated courses, so the name is the code.
        record, _ = courses.get(course_name, (None, None))
        if record is None:
            record = sis_pb2.CourseRecord(source=result.source_ref(course_name, sections.file, row.line),
                                          course_code=course_name, title=course_name, school_id=row.get("School_id"),
                                          status=sis_pb2.RECORD_STATUS_ACTIVE)
            courses[course_name] = (record, _mtime(folder))
        if grade and grade not in record.grade_levels:
            record.grade_levels.append(grade)

    for course_name, (record, occurred_at) in courses.items():
        record.grade_levels.sort()
        result.add(record, f"course:{course_name}", occurred_at)


def _parse_sftp_enrollments(state: _Import, folder: Path, occurred_at: datetime) -> None:
    result = state.result
    enrollments = _table(state, folder, "enrollments")
    section_students: dict[str, set[str]] = defaultdict(set)
    for row in enrollments.rows if enrollments else ():
        student_ref, section_id = row.get("Student_id"), row.get("Section_id")
        student_id, recovered = state.students.resolve(student_ref)
        if student_id is None:
            result.reject(enrollments.file, row.line, f"Student_id {student_ref!r} is not in students.csv", row.raw,
                          "EnrollmentRecord")
            continue
        if recovered:
            result.warn(f"{enrollments.file}:{row.line}: Student_id {student_ref!r} matched {student_id!r} after "
                        f"restoring leading zeros")
        section = state.sections.get(section_id)
        if section is None:
            result.reject(enrollments.file, row.line, f"Section_id {section_id!r} is not in sections.csv", row.raw,
                          "EnrollmentRecord")
            continue
        source_id = f"{section_id}:{student_id}"
        record = sis_pb2.EnrollmentRecord(
            source=result.source_ref(source_id, enrollments.file, row.line), person_id=student_id, role="student",
            section_id=section_id, course_code=section["course_code"], school_id=row.get("School_id"),
            term=section["term"], begin_date=section["start"], end_date=section["end"],
            status=sis_pb2.RECORD_STATUS_ACTIVE)
        result.add(record, f"enrollment:{source_id}", occurred_at)
        section_students[section_id].add(student_id)

    _add_counselor_caseloads(state, section_students, enrollments.file if enrollments else "", occurred_at)


def _add_counselor_caseloads(state: _Import, section_students: dict[str, set[str]], file: str,
                             occurred_at: datetime) -> None:
    caseloads: dict[str, set[str]] = defaultdict(set)
    for section_id, teachers in state.section_teachers.items():
        for teacher in teachers:
            if COUNSELOR_TITLE.search(state.teacher_titles.get(teacher, "")):
                caseloads[teacher] |= section_students.get(section_id, set())
    for teacher, students in sorted(caseloads.items()):
        record = sis_pb2.CounselorAssignment(
            source=state.result.source_ref(f"caseload:{teacher}", file, 0), staff_id=teacher,
            school_id=state.teacher_schools.get(teacher, ""), student_ids=sorted(students),
            basis="clever_counselor_sections")
        state.result.add(record, f"caseload:{teacher}", occurred_at)


def _load_json(state: _Import, path: Path):
    try:
        return json.loads(path.read_bytes().decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as error:
        state.result.reject(state.rel(path), 0, f"invalid JSON: {error}")
        return None


def _parse_api(state: _Import, folder: Path) -> None:
    """Read Data API v3.0 pages ({data: [{data: {...}, uri}], links}); students and section enrollments."""
    result = state.result
    user_sis: dict[str, str] = {}
    users_path = find_file(folder, "users.json")
    document = _load_json(state, users_path) if users_path else None
    for index, item in enumerate((document or {}).get("data", [])):
        user = item.get("data", {})
        student = (user.get("roles") or {}).get("student")
        if not student:
            continue
        file = state.rel(users_path)
        sis_id = str(student.get("sis_id") or "")
        if not sis_id:
            result.reject(file, 0, f"user {user.get('id')} (item {index}) has no roles.student.sis_id", "",
                          "StudentRecord")
            continue
        try:
            grade = normalise_grade(student.get("grade"))
            occurred_at, _ = parse_timestamp(user.get("last_modified") or user.get("created") or "")
        except ValueProblem as problem:
            result.reject(file, 0, f"user {user.get('id')}: {problem}", "", "StudentRecord")
            continue
        user_sis[user.get("id", "")] = sis_id
        state.students.add(sis_id)
        # NOTE: API schools are Clever object ids, not SFTP School_id values, so the school is left to the SFTP feed.
        record = sis_pb2.StudentRecord(
            source=result.source_ref(sis_id, file, 0), student_id=sis_id, grade_level=grade,
            school_id=state.student_schools.get(sis_id, ""), status=sis_pb2.RECORD_STATUS_ACTIVE,
            external_ids=[sis_pb2.ExternalIdentifier(system="clever_id", value=user.get("id", ""))],
            display_name=_api_name(user))
        result.add(record, sis_id, occurred_at)

    sections_path = find_file(folder, "sections.json")
    document = _load_json(state, sections_path) if sections_path else None
    for item in (document or {}).get("data", []):
        section = item.get("data", {})
        _add_api_section(state, section, user_sis, state.rel(sections_path))
    if find_file(folder, "districts.json"):
        result.warn(f"{state.rel(folder)}/districts.json not used: the tenant id names the district")


def _add_api_section(state: _Import, section: dict, user_sis: dict[str, str], file: str) -> None:
    result = state.result
    section_id = str(section.get("sis_id") or section.get("id") or "")
    try:
        occurred_at, _ = parse_timestamp(section.get("last_modified") or section.get("created") or "")
    except ValueProblem as problem:
        result.reject(file, 0, f"section {section_id}: {problem}", "", "EnrollmentRecord")
        return
    known = state.sections.get(section_id, {})
    for clever_id in section.get("students") or []:
        student_id = user_sis.get(clever_id)
        if student_id is None:
            result.reject(file, 0, f"section {section_id}: student {clever_id} is not in users.json", "",
                          "EnrollmentRecord")
            continue
        source_id = f"{section_id}:{student_id}"
        record = sis_pb2.EnrollmentRecord(
            source=result.source_ref(source_id, file, 0), person_id=student_id, role="student", section_id=section_id,
            course_code=known.get("course_code") or section.get("name", ""),
            school_id=known.get("school_id", ""), term=known.get("term", ""), begin_date=known.get("start", ""),
            end_date=known.get("end", ""), status=sis_pb2.RECORD_STATUS_ACTIVE)
        result.add(record, f"enrollment:{source_id}", occurred_at)


def _parse_events(state: _Import, path: Path) -> None:
    """Read v1.2 events in time order; an update carries only changed fields, merged over previous_attributes."""
    result = state.result
    file = state.rel(path)
    document = _load_json(state, path)
    events = []
    for index, item in enumerate((document or {}).get("data", [])):
        event = item.get("data", item)
        try:
            created, _ = parse_timestamp(event.get("created") or "")
        except ValueProblem as problem:
            result.reject(file, 0, f"event {event.get('id')} (item {index}): {problem}", json.dumps(event)[:2000])
            continue
        events.append((created, str(event.get("id", "")), index, event))

    for created, event_id, index, event in sorted(events, key=lambda entry: (entry[0], entry[1])):
        _apply_event(state, file, created, event_id, index, event)


def _apply_event(state: _Import, file: str, created: datetime, event_id: str, index: int, event: dict) -> None:
    result = state.result
    kind = str(event.get("type", ""))
    collection, _, action = kind.partition(".")
    if collection != "students":
        result.warn(f"{file}: event type {kind!r} not used")
        return
    data = event.get("data") or {}
    merged = dict(data.get("previous_attributes") or {})
    merged.update(data.get("object") or {})
    raw = json.dumps({"id": event_id, "type": kind}, sort_keys=True)
    sis_id = str(merged.get("sis_id") or "")
    if not sis_id:
        result.reject(file, 0, f"event {event_id} ({kind}, item {index}) has no sis_id in object or "
                               f"previous_attributes", raw, "StudentRecord")
        return
    if action == "deleted" and sis_id not in state.students:
        result.reject(file, 0, f"event {event_id} deletes student sis_id {sis_id!r}, which no students.csv row or "
                               f"earlier event created; check the id", raw, "StudentRecord")
        return
    try:
        grade = normalise_grade(merged.get("grade"))
    except ValueProblem as problem:
        result.reject(file, 0, f"event {event_id}: {problem}", raw, "StudentRecord")
        return

    state.students.add(sis_id)
    status = sis_pb2.RECORD_STATUS_TO_BE_DELETED if action == "deleted" else sis_pb2.RECORD_STATUS_ACTIVE
    record = sis_pb2.StudentRecord(source=result.source_ref(sis_id, file, 0), student_id=sis_id, grade_level=grade,
                                   school_id=state.student_schools.get(sis_id, ""), status=status,
                                   display_name=_api_name(merged))
    result.add(record, sis_id, created)


def _api_name(user: dict) -> str:
    """Return "first last" from a Clever API user's name object."""
    name = user.get("name") if isinstance(user.get("name"), dict) else {}
    return display_name(name.get("first"), name.get("last"))
