"""Rules for district catalog courses: flags, prerequisites and the SCED code each maps to.

District catalogs carry no SCED codes. Rule `department_area_title_v1` picks the SCED subject
area(s) from the department (table below) and then the SCED course in those areas whose title is
most similar to the course name after expanding the catalog's abbreviations. The similarity
(0..1) is stored as `confidence` on MAPS_TO; below `MIN_CONFIDENCE` no link is made.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

# NOTE: title similarity mislabels some courses (e.g. "Drawing II" -> "Drama (grade 2)" at 0.44);
# consumers should show the confidence and treat links below about 0.6 as guesses.
MAPPING_RULE = "department_area_title_v1"
MIN_CONFIDENCE = 0.4

DEPARTMENT_AREAS: dict[str, list[str]] = {
    "English": ["01", "05"],
    "Mathematics": ["02"],
    "Science": ["03"],
    "Social Studies": ["04", "19"],
    "Art": ["05"],
    "Music": ["05"],
    "World Languages": ["24"],
    "Physical Education": ["08"],
    "Health": ["08"],
    "Computer and Information Science": ["10"],
    "Business": ["12"],
    "Technology and Engineering Education": ["21", "13", "17", "20", "11"],
    "Agriscience": ["18"],
    "Family and Consumer Science": ["19", "16", "14", "22"],
    "Youth Apprentice": ["12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "10", "22"],
    "Academies": ["22", "23"],
}
CTE_DEPARTMENTS = {"Computer and Information Science", "Business", "Technology and Engineering Education",
                   "Agriscience", "Family and Consumer Science", "Youth Apprentice", "Academies"}

ABBREVIATIONS = {
    "adv": "advanced", "ap": "advanced placement", "alg": "algebra", "calc": "calculus", "comptr": "computer",
    "sci": "science", "prgm": "programming", "lang": "language", "spkrs": "speakers", "mgmt": "management",
    "hort": "horticulture", "manufact": "manufacturing", "intro": "introduction", "gov": "government",
    "statis": "statistics", "quant": "quantitative", "reas": "reasoning", "desi": "design", "essent": "essentials",
    "pe": "physical education", "p.e": "physical education", "ed": "education", "eng": "english",
    "pltw": "", "s1": "", "s2": "", "tc": "", "hfh": "", "de": "", "edd": "", "es": "",
    "i": "1", "ii": "2", "iii": "3", "iv": "4", "trig": "trigonometry", "pre-calc": "precalculus",
}

DUAL_ENROLLMENT = re.compile(r"dual[- ]?(credit|enrollment)|transcripted credit|start college now|early college",
                             re.IGNORECASE)
WORK_BASED = re.compile(r"work[- ]based learning|youth apprentice|internship|co-?op\b|clinical site", re.IGNORECASE)
YOUTH_APPRENTICESHIP = re.compile(r"youth apprentice", re.IGNORECASE)
INDUSTRY_CERTIFICATION = re.compile(r"certification|certified|industry[- ]recognized", re.IGNORECASE)
COURSE_NUMBER = re.compile(r"\b\d{4}[A-Z]{3,4}\b|\b\d{4}Bund\b")


def normalize_title(title: str) -> str:
    """Lower-case `title`, expand the catalog's abbreviations and drop punctuation."""
    words = re.findall(r"[a-z0-9]+(?:[.-][a-z0-9]+)?", title.lower().replace("&", " and "))
    expanded = [ABBREVIATIONS.get(word.rstrip("."), word) for word in words]
    return " ".join(word for word in expanded if word)


def _word_matches(word: str, others: set[str]) -> bool:
    return word in others or any(difflib.SequenceMatcher(None, word, other).ratio() >= 0.85 for other in others)


def title_similarity(left: str, right: str) -> float:
    """Return 0.75 x the word overlap (Dice, words equal or 85% alike) + 0.25 x the character ratio.

    The word overlap dominates so that titles sharing letters but not words ("Drama", "Drawing") score low.
    """
    left_words, right_words = set(left.split()), set(right.split())
    if not left_words or not right_words:
        return 0.0
    shared = sum(1 for word in left_words if _word_matches(word, right_words))
    dice = 2 * shared / (len(left_words) + len(right_words))
    ratio = difflib.SequenceMatcher(None, left, right).ratio()
    return 0.75 * dice + 0.25 * ratio


def best_sced_match(name: str, department: str,
                    sced_titles: dict[str, list[tuple[str, str]]]) -> tuple[str, float] | None:
    """Return (SCED code, confidence) for a district course, or None below `MIN_CONFIDENCE`.

    `sced_titles` maps subject area code -> [(SCED code, normalized title)].
    """
    normalized = normalize_title(name)
    best: tuple[str, float] | None = None
    for area in DEPARTMENT_AREAS.get(department, []):
        for code, title in sced_titles.get(area, []):
            score = title_similarity(normalized, title)
            if best is None or score > best[1]:
                best = (code, score)
    if best is None or best[1] < MIN_CONFIDENCE:
        return None
    return best[0], round(best[1], 3)


def course_flags(department: str, name: str, description: str) -> dict[str, bool]:
    """Return the dual enrollment / CTE / work-based learning / youth apprenticeship flags from text."""
    text = f"{name} {description}"
    youth = department == "Youth Apprentice" or bool(YOUTH_APPRENTICESHIP.search(text))
    return {
        "dual_enrollment": bool(DUAL_ENROLLMENT.search(text)),
        "cte": department in CTE_DEPARTMENTS,
        "work_based_learning": youth or bool(WORK_BASED.search(text)),
        "youth_apprenticeship": youth,
        "industry_certification": bool(INDUSTRY_CERTIFICATION.search(description)),
    }


def prerequisite_links(number: str, texts: Iterable[str],
                       names: dict[str, list[str]], numbers: set[str]) -> list[tuple[str, str]]:
    """Return [(prerequisite course number, rule)] named in a course's prerequisite texts.

    Rule `number_in_text` finds catalog course numbers (e.g. 1393ENG); rule `name_in_text` finds the
    name of another catalog course (longest names first, whole words, case-insensitive).
    `names` maps a lower-case course name to its course numbers.
    """
    found: dict[str, str] = {}
    for text in texts:
        for match in COURSE_NUMBER.findall(text):
            if match in numbers and match != number:
                found.setdefault(match, "number_in_text")

        remaining = text.lower()
        for name in sorted(names, key=len, reverse=True):
            if len(name) < 5:
                continue
            pattern = r"(?<![a-z0-9])" + re.escape(name) + r"(?![a-z0-9])"
            if re.search(pattern, remaining):
                for other in names[name]:
                    if other != number:
                        found.setdefault(other, "name_in_text")
                remaining = re.sub(pattern, " ", remaining)
    return sorted(found.items())
