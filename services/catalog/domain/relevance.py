"""Derive course-to-career relevance, which no source publishes (no SCED-SOC crosswalk exists).

Rule `sced_area_knowledge_v1`: each SCED subject area maps to O*NET knowledge domains with a
weight (the table below, written by hand from the SCED and O*NET domain names). A course's weight
for a career is the maximum over its area's domains of
    domain weight x (career's knowledge importance - 1) / 4
so it lies in 0..1. Each course keeps its `TOP_K` careers with weight >= `MIN_WEIGHT`. Every course
of an area therefore gets the same careers; the course title does not refine the weight yet.
"""

from __future__ import annotations

RULE_ID = "sced_area_knowledge_v1"
TOP_K = 25
MIN_WEIGHT = 0.55

# SCED subject area code -> [(O*NET knowledge element name, weight 0..1)].
AREA_KNOWLEDGE: dict[str, list[tuple[str, float]]] = {
    "01": [("English Language", 1.0), ("Communications and Media", 0.7)],
    "02": [("Mathematics", 1.0), ("Economics and Accounting", 0.5), ("Physics", 0.5)],
    "03": [("Biology", 1.0), ("Chemistry", 1.0), ("Physics", 1.0), ("Geography", 0.5)],
    "04": [("History and Archeology", 1.0), ("Law and Government", 0.9), ("Sociology and Anthropology", 0.9),
           ("Psychology", 0.9), ("Economics and Accounting", 0.7), ("Geography", 0.8)],
    "05": [("Fine Arts", 1.0), ("Design", 0.7), ("Communications and Media", 0.5)],
    "07": [("Philosophy and Theology", 1.0)],
    "08": [("Therapy and Counseling", 0.6), ("Medicine and Dentistry", 0.6), ("Public Safety and Security", 0.6)],
    "09": [("Public Safety and Security", 1.0)],
    "10": [("Computers and Electronics", 1.0), ("Telecommunications", 0.7), ("Engineering and Technology", 0.5)],
    "11": [("Communications and Media", 1.0), ("Telecommunications", 0.7), ("Fine Arts", 0.5), ("Design", 0.5)],
    "12": [("Sales and Marketing", 1.0), ("Economics and Accounting", 1.0), ("Administration and Management", 0.9),
           ("Administrative", 0.7), ("Customer and Personal Service", 0.6)],
    "13": [("Production and Processing", 1.0), ("Mechanical", 0.9), ("Engineering and Technology", 0.6)],
    "14": [("Medicine and Dentistry", 1.0), ("Biology", 0.8), ("Therapy and Counseling", 0.8),
           ("Psychology", 0.4)],
    "15": [("Public Safety and Security", 1.0), ("Law and Government", 1.0)],
    "16": [("Food Production", 0.8), ("Customer and Personal Service", 0.9), ("Sales and Marketing", 0.5)],
    "17": [("Building and Construction", 1.0), ("Design", 0.7), ("Mechanical", 0.6)],
    "18": [("Food Production", 1.0), ("Biology", 0.8), ("Geography", 0.4)],
    "19": [("Therapy and Counseling", 1.0), ("Psychology", 0.9), ("Education and Training", 0.9),
           ("Customer and Personal Service", 0.6), ("Sociology and Anthropology", 0.6)],
    "20": [("Transportation", 1.0), ("Mechanical", 0.8)],
    "21": [("Engineering and Technology", 1.0), ("Design", 0.8), ("Physics", 0.7), ("Mathematics", 0.6),
           ("Computers and Electronics", 0.6)],
    "24": [("Foreign Language", 1.0)],
}


def course_career_weights(area_code: str, importance: dict[str, dict[str, float]]) -> list[tuple[str, float]]:
    """Return [(onetsoc, weight)] for a course of `area_code`, best first, after the threshold and top-k.

    `importance` maps onetsoc -> knowledge name -> O*NET importance (1-5).
    """
    domains = AREA_KNOWLEDGE.get(area_code)
    if not domains:
        return []

    scored = []
    for onetsoc, knowledge in importance.items():
        weight = max((w * (knowledge.get(name, 1.0) - 1.0) / 4.0 for name, w in domains), default=0.0)
        if weight >= MIN_WEIGHT:
            scored.append((onetsoc, round(weight, 4)))
    scored.sort(key=lambda item: (-item[1], item[0]))
    return scored[:TOP_K]
