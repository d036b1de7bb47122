"""Unit tests of the catalog readers on small files in a temporary data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.catalog.loader.readers import courses, labor, onet, programs
from services.catalog.loader.sources import SourceError


def write(data_dir: Path, relative: str, text: str) -> None:
    path = data_dir / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_missing_file_names_it(tmp_path):
    with pytest.raises(SourceError, match="onet/occupation_data.csv"):
        onet.read_occupations(tmp_path)


def test_missing_column_names_it(tmp_path):
    write(tmp_path, "onet/occupation_data.csv", "O*NET-SOC Code,Title\n29-1141.00,Registered Nurses\n")

    with pytest.raises(SourceError) as error:
        onet.read_occupations(tmp_path)

    assert "onet/occupation_data.csv" in str(error.value)
    assert "'Description'" in str(error.value)


def test_bad_occupation_rows_rejected_with_line(tmp_path):
    write(tmp_path, "onet/occupation_data.csv",
          "O*NET-SOC Code,Title,Description\n"
          "29-1141.00,Registered Nurses,\"Assess patient health problems,\nand needs.\"\n"
          "29-1141,Bad code,x\n"
          "29-1141.00,Registered Nurses,duplicate\n")

    read = onet.read_occupations(tmp_path)

    assert [o.onetsoc for o in read.records] == ["29-1141.00"]
    assert [(r.file, r.line) for r in read.rejections] == [("onet/occupation_data.csv", 4),
                                                            ("onet/occupation_data.csv", 5)]
    assert "29-1141.00" in read.rejections[0].reason or "O*NET-SOC" in read.rejections[0].reason
    assert "duplicate" in read.rejections[1].reason


def test_crosswalk_placeholders_rejected(tmp_path):
    write(tmp_path, "cip/cip2020_soc2018_crosswalk.csv",
          "CIP2020Code,CIP2020Title,SOC2018Code,SOC2018Title\n"
          "51.3801,Registered Nursing.,29-1141,Registered Nurses\n"
          "01.0508,Taxidermy.,99-9999,NO MATCH\n"
          "99.9999,NO MATCH,13-1074,Farm Labor Contractors\n")

    read = programs.read_cip_soc(tmp_path)

    assert [(link.cip, link.soc) for link in read.records] == [("51.3801", "29-1141")]
    assert [r.line for r in read.rejections] == [3, 4]
    assert "placeholder SOC 99-9999" in read.rejections[0].reason
    assert "placeholder CIP 99.9999" in read.rejections[1].reason


@pytest.mark.parametrize("text, expected", [
    ("8000", (8000, 8000, 8000, False)),
    ("4000-6000", (4000, 4000, 6000, False)),
    ("*CB", (None, None, None, True)),
])
def test_term_hours_parsed(text, expected):
    assert programs.parse_term_hours(text) == expected


def test_apprenticeship_unmapped_and_bad_hours_rejected(tmp_path):
    header = ("RAPIDS Title,RAPIDS Code,Term Length (hours),Apprenticeship Type,Apprenticeship Type Name,"
              "O*NET-SOC 2019 Code,Mapping Method\n")
    write(tmp_path, "apprenticeship/rapids_apprenticeable_occupations_2019list.csv",
          header + "ELECTRICIAN,0159,8000,TB,Time-based,47-2111.00,crosswalk\n"
                   "OLD TRADE,9999,2000,TB,Time-based,,unmapped\n"
                   "ODD,1234,about a year,TB,Time-based,47-2111.00,crosswalk\n")

    read = programs.read_apprenticeships(tmp_path)

    assert [a.rapids_code for a in read.records] == ["0159"]
    assert read.records[0].term_hours == 8000
    assert [r.line for r in read.rejections] == [3, 4]
    assert "no O*NET-SOC 2019 code" in read.rejections[0].reason
    assert "about a year" in read.rejections[1].reason


def test_scorecard_privacy_suppressed_is_none(tmp_path):
    write(tmp_path, "scorecard/field_of_study_pp1516_1617_TX_OH_CO.csv",
          "P_UNITID,CIPCODE_4DIGIT_DOTTED,P_CREDLEV,P_MD_EARN_WNE,P_DEBTMEDIAN,P_IPEDSCOUNT1,P_IPEDSCOUNT2\n"
          "228778,51.38,2,PS,PS,10,12\n"
          "228778,51.38,9,1,1,1,1\n")

    read = programs.read_fields_of_study(tmp_path)

    assert read.records[0].median_earnings_1yr is None
    assert read.records[0].median_debt is None
    assert read.records[0].completions == 22
    assert read.records[0].credential_level == "associate"
    assert read.rejections[0].line == 3
    assert "P_CREDLEV" in read.rejections[0].reason


def test_oews_markers_parsed(tmp_path):
    columns = ("area_type,area,OCC_CODE,OCC_TITLE,display_level,Employment,Annual mean wage,Hourly mean wage,"
               "Annual 10th percentile wage,Annual 25th percentile wage,Annual median wage,"
               "Annual 75th percentile wage,Annual 90th percentile wage,Hourly median wage,"
               "Employment percent relative standard error,Wage percent relative standard error,footnote_codes\n")
    write(tmp_path, "bls/oews_national_may2025.csv",
          columns + "National,U.S.,29-1141,Registered Nurses,3,3379720,101420,48.76,68940,80330,97550,112350,"
                    "137470,46.90,0.3,0.2,\n"
                    "National,U.S.,29-1215,Family Medicine Physicians,3,100,-,-,1,2,-,3,-,-,1,1,5\n")

    read = labor.read_oews_national(tmp_path)

    assert read.records[0].median_wage == 97550
    assert read.records[1].median_wage is None
    assert read.records[1].top_coded


def test_district_grades_parsed_and_bad_rejected(tmp_path):
    columns = ("Course Number,Linked Course Number (2nd term),Course Name,Department,Credits,Grade Levels,"
               "Prerequisite,Required/Elective,Honors/AP,Repeatable,Requestable,Duration,Description\n")
    write(tmp_path, courses.DISTRICT_CATALOG,
          columns + "1395ENG,,Advanced Drama,English,0.5,\"10,11,12\",1393ENG Dramatic Arts,Elective,,False,True,,x\n"
                    "9999XXX,,Odd,English,0.5,\"9,15\",,Elective,,False,True,,x\n"
                    "8888XXX,,Range,English,one,9-12,,Elective,,False,True,,x\n")

    read = courses.read_district_courses(tmp_path)

    assert read.records[0].grades == (10, 11, 12)
    assert read.records[0].prerequisite == "1393ENG Dramatic Arts"
    assert [r.line for r in read.rejections] == [3, 4]
    assert "9999XXX" in read.rejections[0].reason
