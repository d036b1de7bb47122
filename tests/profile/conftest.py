"""Fixtures for the profile tests: the real O*NET item bank and career profiles read from the CSV files."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from services.profile.inventory import load_item_bank
from services.profile.matching import CareerProfile
from services.profile.server import ProfileSettings
from services.profile.work_values import WORK_VALUES

DATA_DIR = Path(os.environ.get("TRAILMAP_DATA_DIR", "/work/shared/data"))
WORK_VALUE_ELEMENTS = {
    "1.B.2.a": "achievement", "1.B.2.b": "working_conditions", "1.B.2.c": "recognition",
    "1.B.2.d": "relationships", "1.B.2.e": "support", "1.B.2.f": "independence",
}


@pytest.fixture(scope="session")
def item_bank():
    return load_item_bank(DATA_DIR)


@pytest.fixture(scope="session")
def onet_codes() -> dict[str, str]:
    """O*NET-SOC code -> published `RIASEC Code` from interests_riasec_wide.csv."""
    with (DATA_DIR / "onet" / "interests_riasec_wide.csv").open(newline="", encoding="utf-8") as handle:
        return {row["O*NET-SOC Code"]: row["RIASEC Code"] for row in csv.DictReader(handle)}


@pytest.fixture(scope="session")
def onet_careers() -> list[CareerProfile]:
    return load_onet_careers()


def load_onet_careers() -> list[CareerProfile]:
    """Build career profiles straight from the O*NET CSV files, the same fields the catalog loads."""
    onet = DATA_DIR / "onet"
    values: dict[str, dict[str, float]] = {}
    with (onet / "work_values.csv").open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["Scale ID"] == "EX" and row["Element ID"] in WORK_VALUE_ELEMENTS:
                values.setdefault(row["O*NET-SOC Code"], {})[WORK_VALUE_ELEMENTS[row["Element ID"]]] = float(
                    row["Data Value"])

    zones: dict[str, int] = {}
    with (onet / "job_zones.csv").open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            zones[row["O*NET-SOC Code"]] = int(row["Job Zone"])

    careers = []
    with (onet / "interests_riasec_wide.csv").open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code = row["O*NET-SOC Code"]
            riasec = tuple(float(row[name]) for name in
                           ("Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"))
            career_values = values.get(code)
            if career_values is not None and set(career_values) != set(WORK_VALUES):
                career_values = None
            careers.append(CareerProfile(code, row["Title"], riasec, row["RIASEC Code"], career_values,
                                         zones.get(code)))
    return careers


PROFILE_LABELS = ("Student", "ExternalId", "InventoryAttempt", "ValuesAttempt", "Aspirations", "Consent",
                  "DistrictCourse")


@pytest.fixture(scope="module")
def profile_settings(service_settings):
    return ProfileSettings(neo4j_uri=service_settings.neo4j_uri, kafka_bootstrap=service_settings.kafka_bootstrap)


@pytest.fixture
def tenant(unique_name, neo4j_driver):
    """A unique tenant whose own District exists, as SIS sync creates it (id = tenant_id, source 'sis')."""
    tenant_id = f"test-{unique_name}"
    neo4j_driver.execute_query("MERGE (d:District {id: $tenant_id}) SET d.source = 'sis', d.name = $tenant_id",
                               tenant_id=tenant_id)
    yield tenant_id
    neo4j_driver.execute_query(
        "MATCH (n) WHERE n.tenant_id = $tenant_id AND any(label IN labels(n) WHERE label IN $labels) "
        "DETACH DELETE n", tenant_id=tenant_id, labels=list(PROFILE_LABELS))
    neo4j_driver.execute_query("MATCH (d:District {id: $tenant_id, source: 'sis'}) DETACH DELETE d",
                               tenant_id=tenant_id)
