"""Readers for BLS Employment Projections 2024-34 and OEWS May 2025 (bls/ folder)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from services.catalog.domain.codes import SOC_PATTERN, STATES
from services.catalog.loader.readers import Read
from services.catalog.loader.sources import parse_float, read_rows

EP_FILE = "bls/employment_projections_2024_34.csv"
EP_CODE = "2024 National Employment Matrix code"
EP_COLUMNS = {
    "employment_2024": "Employment, 2024",
    "employment_2034": "Employment, 2034",
    "growth_pct": "Employment change, percent, 2024–34",
    "openings_annual": "Occupational openings, 2024–34 annual average",
    "ep_median_wage_2024": "Median annual wage, dollars, 2024",
}
TOP_CODED_FOOTNOTE = "5"


@dataclass(frozen=True, slots=True)
class Projection:
    """BLS EP row; employment and openings are in thousands, as published."""

    soc: str
    title: str
    occupation_type: str
    employment_2024: float | None
    employment_2034: float | None
    growth_pct: float | None
    openings_annual: float | None
    ep_median_wage_2024: float | None
    ep_wage_top_coded: bool
    typical_education: str | None
    work_experience: str | None
    on_the_job_training: str | None


@dataclass(frozen=True, slots=True)
class Wage:
    """OEWS May 2025 row: annual wages in dollars, employment in persons. `area` is "US" or a postal code."""

    soc: str
    area: str
    median_wage: float | None
    mean_wage: float | None
    employment: float | None
    p10: float | None
    p25: float | None
    p75: float | None
    p90: float | None
    hourly_median: float | None
    top_coded: bool


def read_projections(data_dir: Path) -> Read[Projection]:
    read: Read[Projection] = Read()
    education, experience, training = ("Typical education needed for entry", "Work experience in a related occupation",
                                       "Typical on-the-job training needed to attain competency in the occupation")
    columns = [EP_CODE, "2024 National Employment Matrix title", "Occupation type", *EP_COLUMNS.values(),
               education, experience, training]
    for row in read_rows(data_dir, EP_FILE, columns):
        soc = row[EP_CODE]
        if not SOC_PATTERN.match(soc):
            read.rejections.append(row.reject(f"{EP_CODE} {soc!r} is not a SOC code like 29-1141"))
            continue
        wage_text = row[EP_COLUMNS["ep_median_wage_2024"]]
        top_coded = wage_text.startswith(">=")
        try:
            numbers = {field: parse_float(row[column].lstrip(">=$")) for field, column in EP_COLUMNS.items()}
        except ValueError as error:
            read.rejections.append(row.reject(f"a numeric column is not a number: {error}"))
            continue
        read.records.append(Projection(soc, row["2024 National Employment Matrix title"], row["Occupation type"],
                                       **numbers, ep_wage_top_coded=top_coded, typical_education=row[education] or None,
                                       work_experience=row[experience] or None,
                                       on_the_job_training=row[training] or None))
    return read


def _wage(row, soc: str, area: str, columns: dict[str, str]) -> Wage:
    values = {field: parse_float(row[column]) if column else None for field, column in columns.items()}
    footnotes = row["footnote_codes"].replace(";", ",").split(",")
    return Wage(soc, area, **values, top_coded=TOP_CODED_FOOTNOTE in [f.strip() for f in footnotes])


def read_oews_national(data_dir: Path) -> Read[Wage]:
    read: Read[Wage] = Read()
    columns = {"median_wage": "Annual median wage", "mean_wage": "Annual mean wage", "employment": "Employment",
               "p10": "Annual 10th percentile wage", "p25": "Annual 25th percentile wage",
               "p75": "Annual 75th percentile wage", "p90": "Annual 90th percentile wage",
               "hourly_median": "Hourly median wage"}
    for row in read_rows(data_dir, "bls/oews_national_may2025.csv", ["OCC_CODE", "footnote_codes", *columns.values()]):
        soc = row["OCC_CODE"]
        if not SOC_PATTERN.match(soc):
            read.rejections.append(row.reject(f"OCC_CODE {soc!r} is not a SOC code like 29-1141"))
            continue
        try:
            read.records.append(_wage(row, soc, "US", columns))
        except ValueError as error:
            read.rejections.append(row.reject(f"a wage column is not a number: {error}"))
    return read


def read_oews_state(data_dir: Path) -> Read[Wage]:
    read: Read[Wage] = Read()
    columns = {"median_wage": "Annual median wage", "mean_wage": "Annual mean wage", "employment": "Employment",
               "p10": "Annual 10th percentile wage", "p25": "", "p75": "", "p90": "Annual 90th percentile wage",
               "hourly_median": "Hourly median wage"}
    required = ["state_fips", "OCC_CODE", "footnote_codes", *(c for c in columns.values() if c)]
    for row in read_rows(data_dir, "bls/oews_state_may2025.csv", required):
        soc, fips = row["OCC_CODE"], row["state_fips"]
        if fips not in STATES:
            read.rejections.append(row.reject(f"state_fips {fips!r} is not a known state or territory FIPS code"))
            continue
        if not SOC_PATTERN.match(soc):
            read.rejections.append(row.reject(f"OCC_CODE {soc!r} is not a SOC code like 29-1141"))
            continue
        try:
            read.records.append(_wage(row, soc, STATES[fips][0], columns))
        except ValueError as error:
            read.rejections.append(row.reject(f"a wage column is not a number: {error}"))
    return read
