"""Importers over every sample file: no crash, record counts, and the quirks each sample carries."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.sis.importers import clever, edfi, oneroster
from services.sis.importers.csvio import read_csv
from services.sis.importers.values import (IdResolver, ValueProblem, normalise_grade, parse_bool, parse_timestamp)
from services.sis.publish import parse
from tests.progress.helpers import copy_package_without_user
from trailmap.sis.v1 import sis_pb2

SIS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "sis"
pytestmark = pytest.mark.skipif(not SIS.is_dir(), reason=f"SIS samples not found at {SIS}")


def _packages() -> list[Path]:
    return sorted(path for path in (SIS / "oneroster").rglob("*") if path.is_dir() and list(path.glob("*.csv")))


@pytest.mark.parametrize("package", _packages(), ids=lambda path: path.name)
def test_every_oneroster_package_parses(package):
    result = oneroster.parse_package(package, "t", root=SIS)

    assert result.records or result.rejections
    for rejection in result.rejections:
        assert rejection.file and rejection.line >= 1 and rejection.reason


def test_grand_bend_v1p1_counts_and_swapped_subjects():
    result = oneroster.parse_package(SIS / "oneroster/edfi-lms-toolkit-grandbend-v1p1", "t", root=SIS)

    assert result.count_by_type() == {"CounselorAssignment": 2, "CourseRecord": 2, "EnrollmentRecord": 24,
                                      "SchoolRecord": 2, "StudentRecord": 8, "StudentRoster": 1}
    assert result.rejections == []
    courses = {course.course_code: course for course in result.of_type(sis_pb2.CourseRecord)}
    assert courses["ALG-1"].sced_code == "02052"
    assert courses["ENG-1"].sced_code == "01001"
    students = result.of_type(sis_pb2.StudentRecord)
    assert {student.grade_level for student in students} == {"09"}
    assert any(ext.system == "Local" and ext.value == "863" for ext in students[0].external_ids)


def test_teacher_rows_with_trailing_comma_accepted():
    result = oneroster.parse_package(SIS / "oneroster/edfi-lms-toolkit-grandbend-v1p1", "t", root=SIS)

    caseloads = result.of_type(sis_pb2.CounselorAssignment)
    assert sorted(caseload.staff_id for caseload in caseloads) == ["207268", "207270"]
    assert all(len(caseload.student_ids) > 0 for caseload in caseloads)


def test_v1p0_recovers_leading_zero_from_known_ids():
    first = oneroster.parse_package(SIS / "oneroster/edfi-lms-toolkit-grandbend-v1p1", "t", root=SIS)
    known = {"courses": {record.source.source_id for record in first.records
                         if isinstance(record.message, sis_pb2.CourseRecord)}}

    result = oneroster.parse_package(SIS / "oneroster/edfi-lms-toolkit-grandbend-v1p0", "t", root=SIS,
                                     known_ids=known)

    course_ids = {course.source.source_id for course in result.of_type(sis_pb2.CourseRecord)}
    assert "03100500" in course_ids
    assert any("restoring leading zeros" in warning for warning in result.warnings)
    assert {course.grade_levels[0] for course in result.of_type(sis_pb2.CourseRecord)} == {"09"}


def test_absent_courses_reject_dangling_classes():
    result = oneroster.parse_package(SIS / "oneroster/moodle-enrol-oneroster-fixtures/Test_full_data_set", "t",
                                     root=SIS)

    reasons = [rejection.reason for rejection in result.rejections]
    assert any("courseSourcedId 'crs-222-2023-456-12345' is not in courses.csv" in reason for reason in reasons)
    assert all(rejection.line > 1 for rejection in result.rejections)
    assert result.of_type(sis_pb2.StudentRecord)


def test_v1p2_misspelt_headers_and_roles():
    result = oneroster.parse_package(SIS / "oneroster/moodle-enrol-oneroster-fixtures/v1p2_full_dataset", "t",
                                     root=SIS)

    assert any("'dataLastModified' read as 'dateLastModified'" in warning for warning in result.warnings)
    assert any("ambiguous" in warning for warning in result.warnings)
    students = {student.student_id for student in result.of_type(sis_pb2.StudentRecord)}
    assert "usr-222-66778899" in students
    assert "usr-222-123456" not in students


def test_v1p2_statuses_normalised():
    result = oneroster.parse_package(SIS / "oneroster/moodle-enrol-oneroster-fixtures/v1p2_full_dataset", "t",
                                     root=SIS)

    statuses = {record.message.status for record in result.records if hasattr(record.message, "status")}
    assert sis_pb2.RECORD_STATUS_ACTIVE in statuses


def test_delta_package_reads_one_row_each():
    result = oneroster.parse_package(SIS / "oneroster/moodle-enrol-oneroster-fixtures/oneroster_test_data", "t",
                                     root=SIS)

    assert result.count_by_type() == {"CourseRecord": 1, "EnrollmentRecord": 1, "SchoolRecord": 1,
                                      "StudentRecord": 1}


def test_microsoft_sds_detected_not_parsed():
    result = oneroster.parse_package(SIS / "oneroster/microsoft-sds-v2p1", "t", root=SIS)

    assert result.records == []
    assert len(result.rejections) == 10
    assert "Microsoft School Data Sync" in result.rejections[0].reason


@pytest.mark.parametrize("folder", sorted(path for path in (SIS / "edfi").iterdir() if path.is_dir()),
                         ids=lambda path: path.name)
def test_every_edfi_folder_parses(folder):
    result = edfi.parse_path(folder, "t", root=SIS)

    assert result.records


def test_edfi_grand_bend_xml_counts():
    result = edfi.parse_path(SIS / "edfi/grandbend-xml-v5.2", "t", root=SIS)

    counts = result.count_by_type()
    assert counts["StudentRecord"] == 960
    assert counts["CourseRecord"] == 84
    counselors = result.of_type(sis_pb2.CounselorAssignment)
    assert {(c.staff_id, c.school_id) for c in counselors} >= {("207283", "255901044")}
    algebra = next(course for course in result.of_type(sis_pb2.CourseRecord) if course.course_code == "ALG-1")
    assert algebra.subject == "mathematics"
    assert algebra.credits == 1


def test_edfi_v2_student_school_association():
    result = edfi.parse_path(SIS / "edfi/sdg-generated-grandbend-hs-v2.0", "t", root=SIS)

    students = {student.student_id: student for student in result.of_type(sis_pb2.StudentRecord)}
    assert len(students) == 1400
    assert students["000001"].grade_level == "09"
    assert students["000001"].school_id == "255901001"


def test_edfi_transcripts_json():
    result = edfi.parse_path(SIS / "edfi/transcripts-json", "t", root=SIS)

    transcripts = result.of_type(sis_pb2.TranscriptRecord)
    failed = [t for t in transcripts if t.student_id == "604821" and t.course_code == "ART-03"
              and t.term == "Fall Semester"]
    assert len(failed) == 1
    assert failed[0].passed is False
    assert failed[0].credits_earned == 0.5
    assert failed[0].subject == "fine and performing arts"
    plans = result.of_type(sis_pb2.GraduationPlanRecord)
    assert plans[0].total_required_credits == 26
    assert list(plans[0].student_ids) == ["604821"]
    assert any("'CD333'" in rejection.reason for rejection in result.rejections)


def test_clever_whole_folder():
    result = clever.parse_path(SIS / "clever", "t", root=SIS)

    counts = result.count_by_type()
    assert counts["SchoolRecord"] == 3
    assert counts["CounselorAssignment"] == 7
    sftp_enrollments = [r for r in result.records if isinstance(r.message, sis_pb2.EnrollmentRecord)
                        and r.message.source.file.endswith("enrollments.csv")]
    assert len(sftp_enrollments) == 8971
    assert len(result.rejections) == 1
    assert "9131139200" in result.rejections[0].reason


def test_clever_cr_line_ends_and_kindergarten():
    result = clever.parse_path(SIS / "clever/sftp-sandbox-csv", "t", root=SIS)

    students = result.of_type(sis_pb2.StudentRecord)
    assert len(students) == 1004
    grades = {student.grade_level for student in students}
    assert "KG" in grades and "12" in grades


def test_clever_events_applied_in_time_order():
    result = clever.parse_path(SIS / "clever", "t", root=SIS)

    events = [r for r in result.records if r.message.source.file.endswith("events.json")]
    times = [record.occurred_at for record in events]
    assert times == sorted(times)
    created = [r for r in events if r.message.student_id == "189492161"]
    assert created and created[0].message.status == sis_pb2.RECORD_STATUS_ACTIVE


def test_event_ids_stable_across_parses():
    first = clever.parse_path(SIS / "clever/sftp-sandbox-csv", "t", root=SIS)
    second = clever.parse_path(SIS / "clever/sftp-sandbox-csv", "t", root=SIS)

    assert [r.event_id() for r in first.records] == [r.event_id() for r in second.records]
    assert len({r.event_id() for r in first.records}) == len(first.records)


@pytest.mark.parametrize("text,expected", [
    ("2023-05-01T18:25:43.511Z", "2023-05-01T18:25:43.511000+00:00"),
    ("2023-05-01", "2023-05-01T00:00:00+00:00"),
    ("2017-05-06 08:01:05", "2017-05-06T08:01:05+00:00"),
    ("2001-12-19T00:00:00", "2001-12-19T00:00:00+00:00"),
    ("11/1/98", "1998-11-01T00:00:00+00:00"),
    ("8/1/15", "2015-08-01T00:00:00+00:00"),
    ("8/22/2016 0:00", "2016-08-22T00:00:00+00:00"),
    ("8/22/16 00:00", "2016-08-22T00:00:00+00:00"),
    ("2/11/2007", "2007-02-11T00:00:00+00:00"),
    ("25/12/2020", "2020-12-25T00:00:00+00:00"),
])
def test_date_forms(text, expected):
    assert parse_timestamp(text)[0].isoformat() == expected


def test_date_ambiguity_flagged():
    assert parse_timestamp("1/05/2023")[1] is True
    assert parse_timestamp("1/1/2023")[1] is False


@pytest.mark.parametrize("text,expected", [("true", True), ("TRUE", True), ("1", True), ("Y", True),
                                           ("yes", True), ("false", False), ("N", False), ("0", False)])
def test_booleans(text, expected):
    assert parse_bool(text) is expected


@pytest.mark.parametrize("text,expected", [("9", "09"), ("09", "09"), ("0", "KG"), ("Kindergarten", "KG"),
                                           ("PreKindergarten", "PK"), ("Ninth grade", "09"),
                                           ("uri://ed-fi.org/GradeLevelDescriptor#Twelfth grade", "12"),
                                           ("Grade 10", "10"), ("", "")])
def test_grades(text, expected):
    assert normalise_grade(text) == expected


def test_invalid_values_name_the_value():
    with pytest.raises(ValueProblem, match="'13/13/2020'"):
        parse_timestamp("13/13/2020")
    with pytest.raises(ValueProblem, match="'maybe'"):
        parse_bool("maybe")


def test_id_resolver_leading_zeros():
    resolver = IdResolver({"03100500", "ENG-1"})

    assert resolver.resolve("3100500") == ("03100500", True)
    assert resolver.resolve("ENG-1") == ("ENG-1", False)
    assert resolver.resolve("999") == (None, False)


def test_csv_bom_cr_quoting_header_only():
    data = b'\xef\xbb\xbfSourced_ID,STATUS,extra\r"a,1",active,x\r"b",,\r'
    table = read_csv(data, ["sourcedId", "status"], "f.csv")

    assert table.columns == ["sourcedId", "status"]
    assert [row.values["sourcedId"] for row in table.rows] == ["a,1", "b"]
    assert [row.line for row in table.rows] == [2, 3]
    assert read_csv(b"sourcedId,status\n", ["sourcedId", "status"], "f.csv").rows == []


def test_csv_ragged_row_rejected_with_line():
    table = read_csv(b"a,b\n1,2\n1,2,3\n", ["a", "b"], "f.csv")

    assert len(table.rows) == 1
    assert table.bad_rows[0][0] == 3
    assert "3 fields" in table.bad_rows[0][1]


def test_csv_masks_passwords_in_raw():
    table = read_csv(b"a,b\n1,2,3\n", ["a", "b"], "f.csv")
    masked = read_csv(b"id,Password\n1,secret,x\n", ["id"], "f.csv")

    assert table.bad_rows
    assert "secret" not in masked.bad_rows[0][2]


GRAND_BEND_V1P1 = SIS / "oneroster/edfi-lms-toolkit-grandbend-v1p1"


def _copy_without_user(tmp_path: Path, user_id: str, users_mode: str = "bulk") -> Path:
    return copy_package_without_user(GRAND_BEND_V1P1, tmp_path / "grandbend", user_id, users_mode)


def test_bulk_users_send_roster_and_report_absent(tmp_path):
    folder = _copy_without_user(tmp_path, "604874")
    known = {"604863", "604874"}

    result = oneroster.parse_package(folder, "t", root=tmp_path, known_ids={"users": known})

    rosters = result.of_type(sis_pb2.StudentRoster)
    assert len(rosters) == 1
    assert "604863" in rosters[0].source_ids
    assert "604874" not in rosters[0].source_ids
    assert rosters[0].source.source_id == "users"
    assert any("leaves out 1 known users" in warning and "604874" in warning for warning in result.warnings)


def test_delta_users_send_no_roster(tmp_path):
    folder = _copy_without_user(tmp_path, "604874", users_mode="delta")

    result = oneroster.parse_package(folder, "t", root=tmp_path, known_ids={"users": {"604874"}})

    assert not result.of_type(sis_pb2.StudentRoster)
    assert result.of_type(sis_pb2.StudentRecord)


def test_package_without_manifest_sends_no_roster(tmp_path):
    folder = _copy_without_user(tmp_path, "604874")
    (folder / "manifest.csv").unlink()

    result = oneroster.parse_package(folder, "t", root=tmp_path)

    assert not result.of_type(sis_pb2.StudentRoster)


def test_unreadable_users_row_sends_no_roster(tmp_path):
    folder = _copy_without_user(tmp_path, "604874")
    users = folder / "users.csv"
    users.write_text(users.read_text() + "broken,row\n")

    result = oneroster.parse_package(folder, "t", root=tmp_path)

    assert not result.of_type(sis_pb2.StudentRoster)
    assert any("not marked inactive" in warning for warning in result.warnings)


def test_rosters_of_several_packages_merged(tmp_path):
    first = _copy_without_user(tmp_path / "a", "604874")
    second = _copy_without_user(tmp_path / "b", "604863")

    result = parse("oneroster", tmp_path, "t")

    rosters = result.of_type(sis_pb2.StudentRoster)
    assert len(rosters) == 1
    assert {"604863", "604874"} <= set(rosters[0].source_ids)
    assert first.is_dir() and second.is_dir()
