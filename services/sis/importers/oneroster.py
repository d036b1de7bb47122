"""OneRoster 1.0, 1.1 and 1.2 CSV packages (bulk and delta, with or without manifest) to SIS records.

Only what the product needs is read: orgs, academic sessions, courses, classes, users (students),
1.2 roles, and enrollments. Demographics, user profiles and passwords are not read, so no birth dates,
names or credentials leave the importer.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

from services.sis.importers.csvio import CsvRow, CsvTable, find_file, read_csv, split_list
from services.sis.importers.model import ImportResult
from services.sis.importers.values import (display_name, IdResolver, ValueProblem, is_sced_code, normalise_grade,
                                           normalise_subject, parse_bool, parse_date, parse_status,
                                           parse_timestamp)
from trailmap.sis.v1 import sis_pb2

SOURCE_SYSTEM = "oneroster"

COMMON = ["sourcedId", "status", "dateLastModified"]
COLUMNS = {
    "manifest": ["propertyName", "value"],
    "orgs": COMMON + ["name", "type", "identifier", "parentSourcedId"],
    "academicSessions": COMMON + ["title", "type", "startDate", "endDate", "parentSourcedId", "schoolYear"],
    "courses": COMMON + ["schoolYearSourcedId", "schoolYearId", "title", "courseCode", "grades", "grade",
                         "orgSourcedId", "subjects", "subjectCodes"],
    "classes": COMMON + ["title", "grades", "grade", "courseSourcedId", "classCode", "classType", "location",
                         "schoolSourcedId", "termSourcedIds", "termSourcedId", "subjects", "subjectCodes",
                         "periods"],
    "users": COMMON + ["enabledUser", "orgSourcedIds", "role", "username", "userIds", "userId", "identifier",
                       "agentSourcedIds", "agents", "grades", "grade", "userMasterIdentifier",
                       "primaryOrgSourcedId", "givenName", "familyName", "preferredGivenName",
                       "activeDirectoryMatchId"],
    "roles": COMMON + ["userSourcedId", "roleType", "role", "beginDate", "endDate", "orgSourcedId",
                       "userProfileSourcedId", "isPrimary", "sessionSourcedId", "roleStartDate"],
    "enrollments": COMMON + ["classSourcedId", "schoolSourcedId", "userSourcedId", "role", "primary",
                             "beginDate", "endDate"],
}
LOAD_ORDER = ["orgs", "academicSessions", "courses", "classes", "users", "roles", "enrollments"]
STAFF_ROLES = {"teacher", "aide", "administrator", "proctor", "siteadministrator", "counselor"}


class _Package:
    """State shared by the per-file steps of one package import."""

    def __init__(self, folder: Path, root: Path, result: ImportResult, known_ids: dict[str, set[str]]) -> None:
        self.folder = folder
        self.root = root
        self.result = result
        self.modes: dict[str, str] = {}
        self.version = ""
        self.tables: dict[str, CsvTable] = {}
        self.ids = {name: IdResolver(known_ids.get(name)) for name in ("orgs", "courses", "classes", "users")}
        self.known_users: set[str] = set(known_ids.get("users") or ())
        self.session_titles: dict[str, str] = {}
        self.course_codes: dict[str, str] = {}
        self.class_info: dict[str, dict[str, str]] = {}
        self.user_roles: dict[str, str] = {}
        self.user_orgs: dict[str, str] = {}
        # 1.2 users without a role column, held until roles.csv gives their primary role.
        self.pending_students: dict[str, tuple[sis_pb2.StudentRecord, datetime]] = {}

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return str(path)

    def reject(self, table: CsvTable, row: CsvRow, reason: str, record_type: str) -> None:
        self.result.reject(table.file, row.line, reason, row.raw, record_type)

    def occurred_at(self, table: CsvTable, row: CsvRow) -> datetime:
        """Return the row's dateLastModified, or the file's modification time when it is blank."""
        value = row.get("dateLastModified")
        if value:
            timestamp, ambiguous = parse_timestamp(value)
            if ambiguous:
                self.result.warn(f"{table.file}:{row.line}: dateLastModified {value!r} is ambiguous (D/M or M/D); "
                                 f"read as month/day")
            return timestamp
        path = self.folder / Path(table.file).name
        mtime = path.stat().st_mtime if path.exists() else 0
        return datetime.fromtimestamp(mtime, timezone.utc)

    def resolve(self, kind: str, reference: str, table: CsvTable, row: CsvRow, column: str) -> str | None:
        """Resolve a reference to a known id of `kind`, or None when it dangles."""
        if not reference:
            return None
        known, recovered = self.ids[kind].resolve(reference)
        if recovered:
            self.result.warn(f"{table.file}:{row.line}: {column} {reference!r} matched {known!r} after "
                             f"restoring leading zeros")
        return known


def parse_package(folder: Path, tenant_id: str, *, root: Path | None = None,
                  known_ids: dict[str, set[str]] | None = None) -> ImportResult:
    """Parse one OneRoster package folder into records and rejections.

    `known_ids` holds ids from earlier imports of the tenant ({"courses": {...}, "users": {...}}), so
    references to them resolve and ids that lost their leading zeros are recovered.
    """
    result = ImportResult(tenant_id=tenant_id, source_system=SOURCE_SYSTEM)
    package = _Package(folder, root or folder.parent, result, known_ids or {})

    if _is_microsoft_sds(folder):
        for path in sorted(folder.glob("*.csv")):
            result.reject(package.rel(path), 1, "this is Microsoft School Data Sync v2.1 CSV, not OneRoster "
                          "(users.csv has activeDirectoryMatchId, roles.csv has isPrimary); import it as SDS",
                          record_type="")
        return result

    _read_manifest(package)
    for name in LOAD_ORDER:
        _read_table(package, name)

    _load_orgs(package)
    _load_sessions(package)
    _load_courses(package)
    _load_users(package)
    _load_roles(package)
    _load_enrollments(package)
    _load_roster(package)
    return result


def _is_microsoft_sds(folder: Path) -> bool:
    users = find_file(folder, "users.csv")
    if users is None:
        return False
    header = users.read_bytes().split(b"\n", 1)[0].lower()
    return b"activedirectorymatchid" in header


def _read_manifest(package: _Package) -> None:
    path = find_file(package.folder, "manifest.csv")
    if path is None:
        package.result.warn(f"{package.rel(package.folder)}: no manifest.csv (OneRoster 1.0); version taken from "
                            f"the headers and every file read as bulk")
        return

    table = read_csv(path, COLUMNS["manifest"], package.rel(path))
    for row in table.rows:
        name, value = row.get("propertyName"), row.get("value")
        lowered = name.lower()
        if lowered == "oneroster.version":
            package.version = value
        elif lowered.startswith("file.") or lowered.startswith("fiel."):
            if lowered.startswith("fiel."):
                package.result.warn(f"{table.file}:{row.line}: manifest key {name!r} misspelt; read as file.*")
            mode = value.lower()
            if mode not in {"bulk", "delta", "absent"}:
                package.result.warn(f"{table.file}:{row.line}: manifest {name} has mode {value!r}; read as absent")
                mode = "absent"
            package.modes[name.split(".", 1)[1].lower()] = mode


def _read_table(package: _Package, name: str) -> None:
    mode = package.modes.get(name.lower())
    path = find_file(package.folder, f"{name}.csv")
    if path is None:
        if mode in {"bulk", "delta"}:
            package.result.warn(f"{package.rel(package.folder)}: manifest lists {name}.csv as {mode} but the file "
                                f"is missing")
        return
    if mode == "absent":
        package.result.warn(f"{package.rel(path)}: manifest marks {name} absent; file ignored")
        return

    table = read_csv(path, COLUMNS[name], package.rel(path))
    for warning in table.warnings:
        package.result.warn(warning)
    for line, reason, raw in table.bad_rows:
        package.result.reject(table.file, line, reason, raw, name)
    package.tables[name] = table


def _rows(package: _Package, name: str, record_type: str):
    """Yield (table, row, occurred_at, status), rejecting rows whose status or timestamp is invalid."""
    table = package.tables.get(name)
    if table is None:
        return
    for row in table.rows:
        if not row.get("sourcedId"):
            package.reject(table, row, "sourcedId is blank; every OneRoster row needs its id", record_type)
            continue
        try:
            occurred_at = package.occurred_at(table, row)
            status = parse_status(row.get("status"))
        except ValueProblem as problem:
            package.reject(table, row, str(problem), record_type)
            continue
        yield table, row, occurred_at, status


def _load_orgs(package: _Package) -> None:
    for table, row, occurred_at, status in _rows(package, "orgs", "SchoolRecord"):
        org_id = row.get("sourcedId")
        package.ids["orgs"].add(org_id)
        record = sis_pb2.SchoolRecord(
            source=package.result.source_ref(org_id, table.file, row.line), school_id=org_id,
            name=row.get("name"), org_type=row.get("type").lower(), parent_id=row.get("parentSourcedId"),
            status=status)
        package.result.add(record, f"org:{org_id}", occurred_at)


def _load_sessions(package: _Package) -> None:
    table = package.tables.get("academicSessions")
    for row in table.rows if table else ():
        package.session_titles[row.get("sourcedId")] = row.get("title") or row.get("sourcedId")


def _subject_codes(row: CsvRow) -> list[str]:
    return split_list(row.get("subjectCodes"))


def _class_subject_codes(package: _Package) -> dict[str, set[str]]:
    """Return course sourcedId -> SCED codes its classes carry, to correct swapped course columns."""
    codes: dict[str, set[str]] = defaultdict(set)
    table = package.tables.get("classes")
    for row in table.rows if table else ():
        for code in _subject_codes(row):
            if is_sced_code(code):
                codes[row.get("courseSourcedId")].add(code)
    return codes


def _load_courses(package: _Package) -> None:
    class_codes = _class_subject_codes(package)

    for table, row, occurred_at, status in _rows(package, "courses", "CourseRecord"):
        course_id = row.get("sourcedId")
        org_id = row.get("orgSourcedId")
        if org_id and package.ids["orgs"].known and org_id not in package.ids["orgs"]:
            package.reject(table, row, f"orgSourcedId {org_id!r} is not in orgs.csv", "CourseRecord")
            continue

        subjects = split_list(row.get("subjects"))
        codes = _subject_codes(row)
        if subjects and codes and len(subjects) != len(codes):
            package.result.warn(f"{table.file}:{row.line}: subjects and subjectCodes have different lengths")
        sced = next((code for code in codes if is_sced_code(code)), "")
        from_classes = class_codes.get(course_id) or class_codes.get(course_id.lstrip("0"), set())
        if len(from_classes) == 1 and sced and sced not in from_classes:
            corrected = next(iter(from_classes))
            package.result.warn(f"{table.file}:{row.line}: course {course_id!r} has subjectCodes {sced} but its "
                                f"classes carry {corrected}; using the classes' code (swapped columns)")
            sced = corrected
            subjects = []

        try:
            grades = [normalise_grade(grade) for grade in split_list(row.get("grades") or row.get("grade"))]
        except ValueProblem as problem:
            package.reject(table, row, str(problem), "CourseRecord")
            continue

        known_id, _ = package.ids["courses"].resolve(course_id)
        if known_id and known_id != course_id:
            package.result.warn(f"{table.file}:{row.line}: course sourcedId {course_id!r} matched known "
                                f"{known_id!r} after restoring leading zeros")
            course_id = known_id
        package.ids["courses"].add(course_id)
        code = row.get("courseCode") or course_id
        package.course_codes[course_id] = code
        record = sis_pb2.CourseRecord(
            source=package.result.source_ref(course_id, table.file, row.line), course_code=code,
            title=row.get("title"), sced_code=sced, subject=normalise_subject(subjects[0]) if subjects else "",
            grade_levels=grades, school_id=org_id, status=status)
        package.result.add(record, f"course:{course_id}", occurred_at)

    _load_classes(package)


def _load_classes(package: _Package) -> None:
    table = package.tables.get("classes")
    for row in table.rows if table else ():
        class_id = row.get("sourcedId")
        course_ref = row.get("courseSourcedId")
        course_id = package.resolve("courses", course_ref, table, row, "courseSourcedId")
        if course_id is None:
            absent = " (the manifest marks courses absent)" if package.modes.get("courses") == "absent" else ""
            package.reject(table, row, f"class {class_id!r}: courseSourcedId {course_ref!r} is not in courses.csv"
                                       f"{absent}; enrollments in this class are rejected too", "EnrollmentRecord")
            continue
        terms = split_list(row.get("termSourcedIds") or row.get("termSourcedId"))
        package.ids["classes"].add(class_id)
        package.class_info[class_id] = {
            "course_code": package.course_codes.get(course_id, course_id),
            "school_id": row.get("schoolSourcedId"),
            "term": ", ".join(package.session_titles.get(term, term) for term in terms),
        }


def _load_users(package: _Package) -> None:
    for table, row, occurred_at, status in _rows(package, "users", "StudentRecord"):
        user_id = row.get("sourcedId")
        package.ids["users"].add(user_id)
        role = row.get("role").lower()
        org_ids = split_list(row.get("orgSourcedIds")) or split_list(row.get("primaryOrgSourcedId"))
        package.user_roles[user_id] = role
        package.user_orgs[user_id] = org_ids[0] if org_ids else ""
        if role and role != "student":
            continue

        try:
            grades = [normalise_grade(grade) for grade in split_list(row.get("grades") or row.get("grade"))]
            parse_bool(row.get("enabledUser"), default=True)
        except ValueProblem as problem:
            package.reject(table, row, str(problem), "StudentRecord")
            continue

        external = [sis_pb2.ExternalIdentifier(system=system, value=value)
                    for system, value in _user_ids(row.get("userIds") or row.get("userId"))]
        if row.get("identifier"):
            external.append(sis_pb2.ExternalIdentifier(system="identifier", value=row.get("identifier")))
        record = sis_pb2.StudentRecord(
            source=package.result.source_ref(user_id, table.file, row.line), student_id=user_id,
            school_id=package.user_orgs[user_id], grade_level=grades[-1] if grades else "", status=status,
            external_ids=external, display_name=display_name(row.get("givenName"), row.get("familyName")))
        if role == "student":
            package.result.add(record, f"user:{user_id}", occurred_at)
        else:
            package.pending_students[user_id] = (record, occurred_at)


def _load_roster(package: _Package) -> None:
    """Add a StudentRoster for a users.csv that the manifest marks bulk, and report the known users it leaves out.

    The consumer marks the tenant's OneRoster students absent from the roster inactive, so a delta file, a
    package without manifest or a users.csv with unreadable rows sends no roster.
    """
    table = package.tables.get("users")
    if table is None or package.modes.get("users") != "bulk":
        return
    if table.bad_rows:
        package.result.warn(f"{table.file}: {len(table.bad_rows)} rows are unreadable, so students absent from "
                            f"this bulk file are not marked inactive; fix the rows and import again")
        return

    source_ids = sorted({row.get("sourcedId") for row in table.rows if row.get("sourcedId")})
    times = [package.occurred_at(table, row) for row in table.rows if row.get("dateLastModified")]
    path = package.folder / Path(table.file).name
    # The export is at least as new as the file and as its newest row.
    exported_at = max([datetime.fromtimestamp(path.stat().st_mtime, timezone.utc), *times])
    roster = sis_pb2.StudentRoster(source=package.result.source_ref("users", table.file, 0), source_ids=source_ids)
    package.result.add(roster, "roster:users", exported_at)

    absent = sorted(package.known_users - set(source_ids))
    if absent:
        package.result.warn(f"{table.file}: bulk file leaves out {len(absent)} known users; their students are "
                            f"marked inactive: {', '.join(absent)}")
    else:
        package.result.warn(f"{table.file}: bulk file lists {len(source_ids)} users; students of this tenant from "
                            f"{SOURCE_SYSTEM} that it leaves out are marked inactive")


def _user_ids(value: str) -> list[tuple[str, str]]:
    """Parse "{LDAP:12},{LTI:15}" or "{Local:863}" into (system, value) pairs."""
    pairs = []
    for item in value.replace("}", "").split("{"):
        item = item.strip().strip(",").strip()
        if ":" in item:
            system, _, identifier = item.partition(":")
            pairs.append((system.strip(), identifier.strip()))
    return pairs


def _load_roles(package: _Package) -> None:
    """Apply 1.2 roles.csv: a user's primary role decides whether they are a student."""
    pending = package.pending_students
    for table, row, occurred_at, status in _rows(package, "roles", "StudentRecord"):
        user_id = row.get("userSourcedId")
        if package.resolve("users", user_id, table, row, "userSourcedId") is None:
            package.reject(table, row, f"userSourcedId {user_id!r} is not in users.csv", "StudentRecord")
            continue
        role = row.get("role").lower()
        is_primary = row.get("roleType").lower() == "primary" or parse_bool(row.get("isPrimary"), False)
        if not is_primary:
            continue
        package.user_roles[user_id] = role
        if row.get("orgSourcedId"):
            package.user_orgs[user_id] = row.get("orgSourcedId")
        if role == "student" and user_id in pending:
            record, user_time = pending.pop(user_id)
            record.school_id = record.school_id or row.get("orgSourcedId")
            package.result.add(record, f"user:{user_id}", max(user_time, occurred_at))

    for user_id, (record, occurred_at) in pending.items():
        if package.user_roles.get(user_id, "") in {"", "student"} and "roles" not in package.tables:
            package.result.add(record, f"user:{user_id}", occurred_at)


def _load_enrollments(package: _Package) -> None:
    caseloads: dict[str, set[str]] = defaultdict(set)
    caseload_school: dict[str, str] = {}
    caseload_time: dict[str, datetime] = {}
    class_teachers: dict[str, set[str]] = defaultdict(set)
    class_students: dict[str, set[str]] = defaultdict(set)

    for table, row, occurred_at, status in _rows(package, "enrollments", "EnrollmentRecord"):
        class_ref, user_ref = row.get("classSourcedId"), row.get("userSourcedId")
        class_id = package.resolve("classes", class_ref, table, row, "classSourcedId")
        if class_id is None:
            package.reject(table, row, f"classSourcedId {class_ref!r} is not a loaded class in classes.csv",
                           "EnrollmentRecord")
            continue
        user_id = package.resolve("users", user_ref, table, row, "userSourcedId")
        if user_id is None:
            package.reject(table, row, f"userSourcedId {user_ref!r} is not in users.csv", "EnrollmentRecord")
            continue
        try:
            begin, end = parse_date(row.get("beginDate")), parse_date(row.get("endDate"))
        except ValueProblem as problem:
            package.reject(table, row, str(problem), "EnrollmentRecord")
            continue

        role = row.get("role").lower()
        user_role = package.user_roles.get(user_id, "")
        if user_role and role and user_role != role:
            package.result.warn(f"{table.file}:{row.line}: user {user_id!r} is {user_role} in users.csv but "
                                f"{role} in this enrollment; the enrollment role is used for this class")
        info = package.class_info[class_id]
        record = sis_pb2.EnrollmentRecord(
            source=package.result.source_ref(row.get("sourcedId"), table.file, row.line), person_id=user_id,
            role=role, section_id=class_id, course_code=info["course_code"],
            school_id=row.get("schoolSourcedId") or info["school_id"], term=info["term"], begin_date=begin,
            end_date=end, status=status)
        package.result.add(record, f"enrollment:{row.get('sourcedId')}", occurred_at)

        if status != sis_pb2.RECORD_STATUS_ACTIVE:
            continue
        if role == "student":
            class_students[class_id].add(user_id)
        elif role in STAFF_ROLES:
            class_teachers[class_id].add(user_id)
            caseload_school[user_id] = record.school_id
            caseload_time[user_id] = max(caseload_time.get(user_id, occurred_at), occurred_at)

    for class_id, teachers in class_teachers.items():
        for teacher in teachers:
            caseloads[teacher] |= class_students.get(class_id, set())
    for teacher, students in sorted(caseloads.items()):
        source_file = package.tables["enrollments"].file
        record = sis_pb2.CounselorAssignment(
            source=package.result.source_ref(f"caseload:{teacher}", source_file, 0), staff_id=teacher,
            school_id=caseload_school.get(teacher, ""), student_ids=sorted(students),
            basis="oneroster_teacher_enrollment")
        package.result.add(record, f"caseload:{teacher}", caseload_time[teacher])
