"""Readers for CIP 2020, the CIP-SOC crosswalk, College Scorecard and RAPIDS apprenticeships."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from services.catalog.domain.codes import CIP6_PATTERN, ONETSOC_PATTERN, SCORECARD_CREDLEV, SOC_PATTERN
from services.catalog.loader.readers import Read
from services.catalog.loader.sources import parse_float, parse_int, read_rows

INACTIVE_CIP_ACTIONS = {"Deleted", "Moved to"}
CONTROL_NAMES = {"1": "public", "2": "private nonprofit", "3": "private for-profit"}


@dataclass(frozen=True, slots=True)
class CipCode:
    cip: str
    level: str
    title: str
    definition: str


@dataclass(frozen=True, slots=True)
class CipSoc:
    cip: str
    soc: str
    line: int


@dataclass(frozen=True, slots=True)
class Institution:
    unitid: str
    name: str
    city: str
    state: str
    zip: str
    url: str
    latitude: float | None
    longitude: float | None
    control: str | None
    tuition_in_state: float | None
    tuition_out_of_state: float | None
    net_price: float | None
    median_earnings_10yr: float | None
    median_debt: float | None
    undergraduates: float | None
    admission_rate: float | None
    completion_rate: float | None
    currently_operating: bool


@dataclass(frozen=True, slots=True)
class FieldOfStudy:
    """Scorecard field-of-study offering: institution x 4-digit CIP x credential level."""

    unitid: str
    cip4: str
    credential_level: str
    median_earnings_1yr: float | None
    median_debt: float | None
    completions: int | None
    line: int


@dataclass(frozen=True, slots=True)
class ApprenticeshipRow:
    rapids_code: str
    title: str
    onetsoc: str
    term_hours: int | None
    term_hours_min: int | None
    term_hours_max: int | None
    competency_based: bool
    apprenticeship_type: str
    apprenticeship_type_name: str
    mapping_method: str


def read_cip_codes(data_dir: Path) -> Read[CipCode]:
    """Active CIP 2020 codes (2-, 4- and 6-digit); deleted and moved-away codes are skipped."""
    read: Read[CipCode] = Read()
    columns = ["CIPCode", "Action", "CIPTitle", "CIPDefinition", "CIPLevel"]
    for row in read_rows(data_dir, "cip/cip2020_codes.csv", columns):
        if row["Action"] in INACTIVE_CIP_ACTIONS:
            continue
        title = row["CIPTitle"].rstrip(".").strip()
        read.records.append(CipCode(row["CIPCode"], row["CIPLevel"], title, row["CIPDefinition"]))
    return read


def read_cip_soc(data_dir: Path) -> Read[CipSoc]:
    """CIP-SOC links; the 99-9999 / 99.9999 placeholder rows are rejected with their reason."""
    read: Read[CipSoc] = Read()
    for row in read_rows(data_dir, "cip/cip2020_soc2018_crosswalk.csv", ["CIP2020Code", "SOC2018Code"]):
        cip, soc = row["CIP2020Code"], row["SOC2018Code"]
        if soc == "99-9999":
            read.rejections.append(row.reject(f"placeholder SOC 99-9999: CIP {cip} has no occupation"))
            continue
        if cip == "99.9999":
            read.rejections.append(row.reject(f"placeholder CIP 99.9999: SOC {soc} has no program"))
            continue
        if not CIP6_PATTERN.match(cip) or not SOC_PATTERN.match(soc):
            read.rejections.append(row.reject(f"CIP {cip!r} or SOC {soc!r} is malformed"))
            continue
        read.records.append(CipSoc(cip, soc, row.line))
    return read


def read_institutions(data_dir: Path) -> Read[Institution]:
    read: Read[Institution] = Read()
    columns = ["UNITID", "INSTNM", "CITY", "STABBR", "ZIP", "INSTURL", "LATITUDE", "LONGITUDE", "CONTROL",
               "CURROPER", "UGDS", "ADM_RATE", "TUITIONFEE_IN", "TUITIONFEE_OUT", "NPT4_PUB", "NPT4_PRIV",
               "C150_4", "C150_L4", "MD_EARN_WNE_P10", "GRAD_DEBT_MDN"]
    for row in read_rows(data_dir, "scorecard/institutions_merged2023_24.csv", columns):
        unitid = row["UNITID"]
        if not unitid.isdigit():
            read.rejections.append(row.reject(f"UNITID {unitid!r} is not an IPEDS UNITID"))
            continue
        try:
            net_price = parse_float(row["NPT4_PUB"])
            if net_price is None:
                net_price = parse_float(row["NPT4_PRIV"])
            completion = parse_float(row["C150_4"])
            if completion is None:
                completion = parse_float(row["C150_L4"])
            read.records.append(Institution(
                unitid=unitid, name=row["INSTNM"], city=row["CITY"], state=row["STABBR"], zip=row["ZIP"],
                url=row["INSTURL"], latitude=parse_float(row["LATITUDE"]), longitude=parse_float(row["LONGITUDE"]),
                control=CONTROL_NAMES.get(row["CONTROL"]), tuition_in_state=parse_float(row["TUITIONFEE_IN"]),
                tuition_out_of_state=parse_float(row["TUITIONFEE_OUT"]), net_price=net_price,
                median_earnings_10yr=parse_float(row["MD_EARN_WNE_P10"]),
                median_debt=parse_float(row["GRAD_DEBT_MDN"]), undergraduates=parse_float(row["UGDS"]),
                admission_rate=parse_float(row["ADM_RATE"]), completion_rate=completion,
                currently_operating=row["CURROPER"] == "1"))
        except ValueError as error:
            read.rejections.append(row.reject(f"a numeric column is not a number: {error}"))
    return read


def read_fields_of_study(data_dir: Path) -> Read[FieldOfStudy]:
    """Scorecard field-of-study rows; 'PS' (privacy suppressed) becomes None, never 0."""
    read: Read[FieldOfStudy] = Read()
    columns = ["P_UNITID", "CIPCODE_4DIGIT_DOTTED", "P_CREDLEV", "P_MD_EARN_WNE", "P_DEBTMEDIAN", "P_IPEDSCOUNT1",
               "P_IPEDSCOUNT2"]
    for row in read_rows(data_dir, "scorecard/field_of_study_pp1516_1617_TX_OH_CO.csv", columns):
        level = SCORECARD_CREDLEV.get(row["P_CREDLEV"])
        if level is None:
            read.rejections.append(row.reject(f"P_CREDLEV {row['P_CREDLEV']!r} is not a credential level 1-8"))
            continue
        if not re.match(r"^\d{2}\.\d{2}$", row["CIPCODE_4DIGIT_DOTTED"]):
            read.rejections.append(row.reject(f"CIPCODE_4DIGIT_DOTTED {row['CIPCODE_4DIGIT_DOTTED']!r} "
                                              "is not a 4-digit CIP like 11.02"))
            continue
        try:
            counts = [parse_int(row["P_IPEDSCOUNT1"]), parse_int(row["P_IPEDSCOUNT2"])]
            completions = sum(c for c in counts if c is not None) if any(c is not None for c in counts) else None
            read.records.append(FieldOfStudy(row["P_UNITID"], row["CIPCODE_4DIGIT_DOTTED"], level,
                                             parse_float(row["P_MD_EARN_WNE"]), parse_float(row["P_DEBTMEDIAN"]),
                                             completions, row.line))
        except ValueError as error:
            read.rejections.append(row.reject(f"a numeric column is not a number: {error}"))
    return read


def parse_term_hours(text: str) -> tuple[int | None, int | None, int | None, bool]:
    """Parse a RAPIDS term: '8000' -> (8000, 8000, 8000, False); '4000-6000' -> (4000, 4000, 6000, False);
    '*CB' (competency-based) -> (None, None, None, True). Raises ValueError for anything else."""
    cleaned = text.strip().replace(",", "")
    if cleaned.upper() in {"*CB", "CB"}:
        return None, None, None, True
    if match := re.fullmatch(r"(\d+)\s*-\s*(\d+)", cleaned):
        low, high = int(match.group(1)), int(match.group(2))
        return low, low, high, False
    if cleaned.isdigit():
        return int(cleaned), int(cleaned), int(cleaned), False
    raise ValueError(f"term length {text!r} is not hours, a range of hours or *CB")


def read_apprenticeships(data_dir: Path) -> Read[ApprenticeshipRow]:
    read: Read[ApprenticeshipRow] = Read()
    term = "Term Length (hours)"
    columns = ["RAPIDS Title", "RAPIDS Code", term, "Apprenticeship Type", "Apprenticeship Type Name",
               "O*NET-SOC 2019 Code", "Mapping Method"]
    for row in read_rows(data_dir, "apprenticeship/rapids_apprenticeable_occupations_2019list.csv", columns):
        onetsoc = row["O*NET-SOC 2019 Code"]
        if not ONETSOC_PATTERN.match(onetsoc):
            read.rejections.append(row.reject(f"RAPIDS {row['RAPIDS Code']} ({row['RAPIDS Title']}) has no "
                                              f"O*NET-SOC 2019 code (mapping: {row['Mapping Method'] or 'none'})"))
            continue
        try:
            hours, low, high, competency = parse_term_hours(row[term])
        except ValueError as error:
            read.rejections.append(row.reject(str(error)))
            continue
        read.records.append(ApprenticeshipRow(row["RAPIDS Code"], row["RAPIDS Title"], onetsoc, hours, low, high,
                                              competency or row["Apprenticeship Type"] == "CB",
                                              row["Apprenticeship Type"], row["Apprenticeship Type Name"],
                                              row["Mapping Method"]))
    return read
