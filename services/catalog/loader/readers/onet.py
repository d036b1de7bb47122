"""Readers for the O*NET 29.3 tables (onet/ folder)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from services.catalog.domain.codes import ONETSOC_PATTERN, SOC_PATTERN
from services.catalog.loader.readers import Read
from services.catalog.loader.sources import Row, parse_float, parse_int, read_rows, split_list

CODE = "O*NET-SOC Code"
RIASEC_COLUMNS = ["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"]
WORK_VALUES = {
    "Achievement": "wv_achievement",
    "Working Conditions": "wv_working_conditions",
    "Recognition": "wv_recognition",
    "Relationships": "wv_relationships",
    "Support": "wv_support",
    "Independence": "wv_independence",
}


@dataclass(frozen=True, slots=True)
class Occupation:
    onetsoc: str
    title: str
    description: str


@dataclass(frozen=True, slots=True)
class CodeValue:
    """One value attached to an O*NET-SOC code (a score, a title, a task...)."""

    onetsoc: str
    name: str
    value: float | str | None


@dataclass(frozen=True, slots=True)
class ElementRating:
    onetsoc: str
    element_id: str
    element_name: str
    importance: float
    level: float | None
    rank: int | None


@dataclass(frozen=True, slots=True)
class RelatedOccupation:
    onetsoc: str
    related_onetsoc: str
    tier: str
    rank: int


def _checked_code(row: Row, read: Read, column: str = CODE) -> str | None:
    code = row[column]
    if not ONETSOC_PATTERN.match(code):
        read.rejections.append(row.reject(f"{column} {code!r} is not an O*NET-SOC code like 29-1141.00"))
        return None
    return code


def read_occupations(data_dir: Path) -> Read[Occupation]:
    read: Read[Occupation] = Read()
    seen: set[str] = set()
    for row in read_rows(data_dir, "onet/occupation_data.csv", [CODE, "Title", "Description"]):
        code = _checked_code(row, read)
        if code is None:
            continue
        if code in seen:
            read.rejections.append(row.reject(f"duplicate O*NET-SOC code {code}"))
            continue
        seen.add(code)
        read.records.append(Occupation(code, row["Title"], row["Description"]))
    return read


def read_soc_crosswalk(data_dir: Path) -> Read[CodeValue]:
    """O*NET-SOC 2019 -> SOC 2018; value is the SOC code."""
    read: Read[CodeValue] = Read()
    path = "onet/onetsoc2019_to_soc2018_crosswalk.csv"
    for row in read_rows(data_dir, path, ["O*NET-SOC 2019 Code", "2018 SOC Code"]):
        code = _checked_code(row, read, "O*NET-SOC 2019 Code")
        soc = row["2018 SOC Code"]
        if code is None:
            continue
        if not SOC_PATTERN.match(soc):
            read.rejections.append(row.reject(f"2018 SOC Code {soc!r} is not a SOC code like 29-1141"))
            continue
        read.records.append(CodeValue(code, "soc", soc))
    return read


def read_riasec(data_dir: Path) -> Read[CodeValue]:
    """RIASEC OI scores (1-7) and the Holland code from the wide interests table."""
    read: Read[CodeValue] = Read()
    columns = [CODE, *RIASEC_COLUMNS, "RIASEC Code"]
    for row in read_rows(data_dir, "onet/interests_riasec_wide.csv", columns):
        code = _checked_code(row, read)
        if code is None:
            continue
        try:
            scores = [parse_float(row[column]) for column in RIASEC_COLUMNS]
        except ValueError as error:
            read.rejections.append(row.reject(f"RIASEC score is not a number: {error}"))
            continue
        for column, score in zip(RIASEC_COLUMNS, scores):
            read.records.append(CodeValue(code, "riasec_" + column[0].lower(), score))
        read.records.append(CodeValue(code, "holland_code", row["RIASEC Code"] or None))
    return read


def read_work_values(data_dir: Path) -> Read[CodeValue]:
    read: Read[CodeValue] = Read()
    columns = [CODE, "Element Name", "Scale ID", "Data Value"]
    for row in read_rows(data_dir, "onet/work_values.csv", columns):
        if row["Scale ID"] != "EX" or row["Element Name"] not in WORK_VALUES:
            continue
        code = _checked_code(row, read)
        if code is None:
            continue
        try:
            read.records.append(CodeValue(code, WORK_VALUES[row["Element Name"]], parse_float(row["Data Value"])))
        except ValueError:
            read.rejections.append(row.reject(f"Data Value {row['Data Value']!r} is not a number"))
    return read


def read_job_zones(data_dir: Path) -> Read[CodeValue]:
    read: Read[CodeValue] = Read()
    for row in read_rows(data_dir, "onet/job_zones.csv", [CODE, "Job Zone"]):
        code = _checked_code(row, read)
        if code is None:
            continue
        zone = row["Job Zone"]
        if zone not in {"1", "2", "3", "4", "5"}:
            read.rejections.append(row.reject(f"Job Zone {zone!r} is not 1-5"))
            continue
        read.records.append(CodeValue(code, "job_zone", int(zone)))
    return read


def read_education_distribution(data_dir: Path) -> Read[CodeValue]:
    """O*NET RL (required level of education) shares; name is the category number 1-12."""
    read: Read[CodeValue] = Read()
    columns = [CODE, "Scale ID", "Category", "Data Value"]
    for row in read_rows(data_dir, "onet/education_training_experience.csv", columns):
        if row["Scale ID"] != "RL":
            continue
        code = _checked_code(row, read)
        if code is None:
            continue
        try:
            category = int(row["Category"])
            share = parse_float(row["Data Value"])
        except ValueError:
            read.rejections.append(row.reject(f"RL category {row['Category']!r} or value "
                                              f"{row['Data Value']!r} is not a number"))
            continue
        if not 1 <= category <= 12:
            read.rejections.append(row.reject(f"RL category {category} is outside 1-12"))
            continue
        read.records.append(CodeValue(code, str(category), share))
    return read


def _read_ratings(data_dir: Path, path: str) -> Read[ElementRating]:
    read: Read[ElementRating] = Read()
    importance_column, level_column = "Importance (IM, 1-5)", "Level (LV, 0-7)"
    columns = [CODE, "Element ID", "Element Name", importance_column, level_column, "Importance Rank"]
    for row in read_rows(data_dir, path, columns):
        code = _checked_code(row, read)
        if code is None:
            continue
        try:
            importance = parse_float(row[importance_column])
            level = parse_float(row[level_column])
            rank = parse_int(row["Importance Rank"])
        except ValueError:
            read.rejections.append(row.reject("importance, level or rank is not a number"))
            continue
        if importance is None:
            read.rejections.append(row.reject("importance is blank"))
            continue
        read.records.append(ElementRating(code, row["Element ID"], row["Element Name"], importance, level, rank))
    return read


def read_knowledge(data_dir: Path) -> Read[ElementRating]:
    return _read_ratings(data_dir, "onet/knowledge_importance_level.csv")


def read_skills(data_dir: Path) -> Read[ElementRating]:
    return _read_ratings(data_dir, "onet/skills_importance_level.csv")


def read_alternate_titles(data_dir: Path) -> Read[CodeValue]:
    """Alternate titles and their short forms (short titles such as "RN" matter for search)."""
    read: Read[CodeValue] = Read()
    for row in read_rows(data_dir, "onet/alternate_titles.csv", [CODE, "Alternate Title", "Short Title"]):
        code = _checked_code(row, read)
        if code is None:
            continue
        if not row["Alternate Title"]:
            read.rejections.append(row.reject("Alternate Title is blank"))
            continue
        read.records.append(CodeValue(code, "alternate_title", row["Alternate Title"]))
        if row["Short Title"]:
            read.records.append(CodeValue(code, "short_title", row["Short Title"]))
    return read


def read_reported_titles(data_dir: Path) -> Read[CodeValue]:
    read: Read[CodeValue] = Read()
    columns = [CODE, "Reported Job Title", "Shown in My Next Move"]
    for row in read_rows(data_dir, "onet/sample_of_reported_titles.csv", columns):
        code = _checked_code(row, read)
        if code is None:
            continue
        if not row["Reported Job Title"]:
            read.rejections.append(row.reject("Reported Job Title is blank"))
            continue
        read.records.append(CodeValue(code, "reported_title", row["Reported Job Title"]))
    return read


def read_core_tasks(data_dir: Path) -> Read[CodeValue]:
    """Core task statements in file order (O*NET lists them by task id within an occupation)."""
    read: Read[CodeValue] = Read()
    for row in read_rows(data_dir, "onet/task_statements.csv", [CODE, "Task", "Task Type"]):
        code = _checked_code(row, read)
        if code is None:
            continue
        if row["Task Type"] == "Core" and row["Task"]:
            read.records.append(CodeValue(code, "task", row["Task"]))
    return read


def read_related(data_dir: Path) -> Read[RelatedOccupation]:
    read: Read[RelatedOccupation] = Read()
    columns = [CODE, "Related O*NET-SOC Code", "Relatedness Tier", "Index"]
    for row in read_rows(data_dir, "onet/related_occupations.csv", columns):
        code = _checked_code(row, read)
        related = _checked_code(row, read, "Related O*NET-SOC Code")
        if code is None or related is None:
            continue
        try:
            rank = int(row["Index"])
        except ValueError:
            read.rejections.append(row.reject(f"Index {row['Index']!r} is not a number"))
            continue
        read.records.append(RelatedOccupation(code, related, row["Relatedness Tier"], rank))
    return read


def read_bright_outlook(data_dir: Path) -> Read[CodeValue]:
    """Bright Outlook occupations; value is the list of categories."""
    read: Read[CodeValue] = Read()
    for row in read_rows(data_dir, "onet/bright_outlook.csv", [CODE, "Categories"]):
        code = _checked_code(row, read)
        if code is None:
            continue
        read.records.append(CodeValue(code, "bright_outlook", "; ".join(split_list(row["Categories"]))))
    return read
