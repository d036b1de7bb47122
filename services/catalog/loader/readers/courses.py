"""Readers for SCED v12 and the sample district catalog (sced/ and catalog/ folders)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from services.catalog.loader.readers import Read
from services.catalog.loader.sources import parse_float, read_rows

DISTRICT_CATALOG = "catalog/district_course_catalog_sample_wi.csv"
DISTRICT_REQUIREMENTS = "catalog/district_graduation_requirements_sample_wi.csv"


@dataclass(frozen=True, slots=True)
class SubjectArea:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class ScedCourse:
    sced_code: str
    subject_area_code: str
    title: str
    description: str
    line: int


@dataclass(frozen=True, slots=True)
class DistrictCourseRow:
    """One catalog row; a course with several prerequisites appears once per prerequisite."""

    line: int
    number: str
    linked_number: str | None
    name: str
    department: str
    credits: float | None
    grades: tuple[int, ...]
    prerequisite: str
    required: bool
    honors_ap: str | None
    repeatable: bool
    description: str


@dataclass(frozen=True, slots=True)
class RequirementRow:
    subject_area: str
    total_credits: float | None
    specific: str
    credits_text: str
    notes: str


def read_subject_areas(data_dir: Path) -> Read[SubjectArea]:
    read: Read[SubjectArea] = Read()
    for row in read_rows(data_dir, "sced/sced_subject_areas.csv", ["Subject Area Code", "Subject Area Name"]):
        code = row["Subject Area Code"]
        if not re.fullmatch(r"\d{2}", code):
            read.rejections.append(row.reject(f"Subject Area Code {code!r} is not two digits"))
            continue
        read.records.append(SubjectArea(code, row["Subject Area Name"]))
    return read


def read_sced_courses(data_dir: Path) -> Read[ScedCourse]:
    read: Read[ScedCourse] = Read()
    columns = ["SCED Course Code", "Subject Area Code", "Course Title", "Course Description"]
    seen: set[str] = set()
    for row in read_rows(data_dir, "sced/sced_v12_courses.csv", columns):
        code = row["SCED Course Code"]
        if not re.fullmatch(r"\d{5}", code) or code[:2] != row["Subject Area Code"]:
            read.rejections.append(row.reject(f"SCED Course Code {code!r} is not 5 digits starting with its "
                                              f"subject area {row['Subject Area Code']!r}"))
            continue
        if code in seen:
            read.rejections.append(row.reject(f"duplicate SCED Course Code {code}"))
            continue
        seen.add(code)
        read.records.append(ScedCourse(code, code[:2], row["Course Title"], row["Course Description"], row.line))
    return read


def parse_grades(text: str) -> tuple[int, ...]:
    """Parse '9,10,11,12', '9-12' or '07,10' into grade numbers; raises ValueError otherwise."""
    cleaned = text.strip().strip("[]")
    if not cleaned:
        return ()
    if match := re.fullmatch(r"(\d{1,2})\s*-\s*(\d{1,2})", cleaned):
        return tuple(range(int(match.group(1)), int(match.group(2)) + 1))
    grades = tuple(int(part) for part in re.split(r"[,\s]+", cleaned) if part)
    if any(not 0 <= grade <= 12 for grade in grades):
        raise ValueError(f"grade levels {text!r} are outside 0-12")
    return grades


def read_district_courses(data_dir: Path) -> Read[DistrictCourseRow]:
    read: Read[DistrictCourseRow] = Read()
    columns = ["Course Number", "Linked Course Number (2nd term)", "Course Name", "Department", "Credits",
               "Grade Levels", "Prerequisite", "Required/Elective", "Honors/AP", "Repeatable", "Description"]
    for row in read_rows(data_dir, DISTRICT_CATALOG, columns):
        number = row["Course Number"]
        if not number or not row["Course Name"]:
            read.rejections.append(row.reject("Course Number or Course Name is blank"))
            continue
        try:
            grades = parse_grades(row["Grade Levels"])
            credits = parse_float(row["Credits"])
        except ValueError as error:
            read.rejections.append(row.reject(f"course {number}: {error}"))
            continue
        read.records.append(DistrictCourseRow(
            row.line, number, row["Linked Course Number (2nd term)"] or None, row["Course Name"], row["Department"],
            credits, grades, row["Prerequisite"], row["Required/Elective"].lower() == "required",
            row["Honors/AP"] or None, row["Repeatable"].lower() == "true", row["Description"]))
    return read


def _credits(text: str) -> float | None:
    match = re.search(r"\d*\.?\d+", text)
    return float(match.group(0)) if match else None


def read_requirements(data_dir: Path) -> Read[RequirementRow]:
    read: Read[RequirementRow] = Read()
    columns = ["Subject Area", "Total Credits Required", "Specific Courses/Requirements",
               "Credits per Course/Requirement", "Notes/Additional Requirements"]
    for row in read_rows(data_dir, DISTRICT_REQUIREMENTS, columns):
        if not row["Subject Area"]:
            read.rejections.append(row.reject("Subject Area is blank"))
            continue
        read.records.append(RequirementRow(row["Subject Area"], _credits(row["Total Credits Required"]),
                                           row["Specific Courses/Requirements"],
                                           row["Credits per Course/Requirement"],
                                           row["Notes/Additional Requirements"]))
    return read
