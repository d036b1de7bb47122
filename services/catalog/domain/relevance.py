"""Derive course-to-career relevance, which no source publishes (no SCED-SOC crosswalk exists).

Rule `sced_knowledge_v2`, derived per career:

1. The career's O*NET knowledge domains with importance >= `MIN_IMPORTANCE` (3.0 on the 1-5 scale,
   "important"), at most `MAX_DOMAINS` (5) of them, most important first. A career with no such domain
   keeps its `FALLBACK_DOMAINS` most important domains that have courses, so every career with
   knowledge ratings gets some course.
2. Each domain maps to SCED courses by subject area and course title (`DOMAIN_COURSES`, written by
   hand from the O*NET domain definitions and the SCED v12 titles): Chemistry to the area-03 courses
   titled Chemistry, Mathematics to Algebra, Geometry, Calculus and Statistics, and so on. Medicine
   and Dentistry also maps to Anatomy/Physiology, Biology and Chemistry, because nursing, medical
   and allied-health programs require those lab sciences. Grade-level, aide, supplemental and test
   preparation courses never match (`EXCLUDED_TITLE`).
3. The link weight is (importance - 1) / 4 x the course fit of the table, so it lies in 0..1; a
   course reached through several domains keeps its largest weight and names that domain.

Customer and Personal Service has no courses on purpose: nearly every public-facing career rates it
important, so it would link nurses and electricians to tourism and retail courses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

RULE_ID = "sced_knowledge_v2"
MIN_IMPORTANCE = 3.0
MAX_DOMAINS = 5
FALLBACK_DOMAINS = 2

EXCLUDED_TITLE = re.compile(
    r"\(grade \d\)|kindergarten|early childhood|prior-to-secondary|aide|supplemental|test preparation"
    r"|proficiency development|independent study|workplace experience|school-based enterprise", re.IGNORECASE)

EVERY_COURSE = ""

# O*NET knowledge domain -> [(SCED subject area, course title pattern or EVERY_COURSE, course fit 0..1)].
DOMAIN_COURSES: dict[str, list[tuple[str, str, float]]] = {
    "English Language": [("01", r"^(ap |ib )?english|grammar|^composition|^literature|^creative writing|"
                                r"^public speaking|^ap seminar", 0.6)],
    "Mathematics": [("02", r"^algebra i|^geometry$|^trigonometry$|pre-?calculus|^calculus$|^ap calculus|"
                           r"^(ap )?statistics$|^integrated mathematics|^quantitative reasoning|"
                           r"^technical mathematics", 0.9)],
    "Physics": [("03", r"physics|physical science|principles of technology", 1.0)],
    "Chemistry": [("03", r"chemistry", 1.0)],
    "Biology": [("03", r"biology|anatomy|physiology|genetics|microbiology|zoology|botany|life science|human body|"
                       r"biomedical", 1.0),
                ("14", r"biotechnology", 0.7)],
    "Medicine and Dentistry": [("14", r"health|medical|nursing|dental|pharmac|phlebotomy|ekg|sports medicine|"
                                      r"therap|diagnostic|surgical|respiratory|emergency medical|biomedical", 1.0),
                               ("03", r"anatomy|physiology|human body|biomedical|medical interventions", 0.9),
                               ("03", r"^(ap |ib )?biology$", 0.8),
                               ("03", r"^(ap |ib )?chemistry$", 0.8)],
    "Therapy and Counseling": [("14", r"therap|rehabilitation|sports medicine", 1.0),
                               ("04", r"psychology", 0.8),
                               ("19", r"counsel|human services|social service", 0.8)],
    "Psychology": [("04", r"psychology", 1.0)],
    "Sociology and Anthropology": [("04", r"sociology|anthropology", 1.0)],
    "History and Archeology": [("04", r"history|archaeolog|archeolog", 1.0)],
    "Geography": [("04", r"geography", 1.0), ("03", r"earth|geology|environmental|meteorology", 0.6)],
    "Law and Government": [("04", r"government|civics|law|politic|democracy", 1.0),
                           ("15", r"law|legal|court|criminal", 0.9)],
    "Economics and Accounting": [("04", r"economics", 1.0), ("12", r"accounting|finance|banking|economics", 1.0)],
    "Administration and Management": [("12", r"management|business principles|entrepreneur|introductory business",
                                       0.6)],
    "Administrative": [("12", r"office|keyboard|word processing|recordkeeping|administrative|"
                              r"business communications", 0.6),
                       ("14", r"medical office|health unit|medical/clerical", 0.6)],
    "Personnel and Human Resources": [("12", r"human resource|personnel", 0.8)],
    "Sales and Marketing": [("12", r"marketing|sales|retail|advertising|merchandising|entrepreneur", 1.0)],
    "Education and Training": [("19", r"education|teaching|child development|early childhood|child care", 0.8)],
    "Public Safety and Security": [("15", r"law enforcement|fire|security|emergency|criminal|public safety|"
                                          r"protective|corrections", 0.8),
                                   ("08", r"safety and first aid", 0.6),
                                   ("13", r"industrial safety", 0.6)],
    "Computers and Electronics": [("10", r"computer science|programming|cybersecurity|network|web page|database|"
                                         r"computer technology|information technology|computing|"
                                         r"computer applications|mobile|gaming", 1.0),
                                  ("21", r"electronic|digital", 0.7)],
    "Telecommunications": [("10", r"telecommunication|network|wireless|router", 1.0),
                           ("11", r"telecommunication|broadcast", 0.7)],
    "Engineering and Technology": [("21", r"engineering|technolog|robotics|drafting|cad", 1.0)],
    "Design": [("21", r"drafting|cad|design|blueprint", 1.0), ("05", r"design|architect", 0.8),
               ("17", r"architect", 0.7)],
    "Building and Construction": [("17", EVERY_COURSE, 1.0),
                                  ("21", r"civil engineering|architecture|drafting—architectural|blueprint", 0.7)],
    "Mechanical": [("20", r"mechanic|automotive|automobile|engine|power|repair|aircraft|diesel", 1.0),
                   ("13", r"maintenance|repair|machining|mechatronics|electro-mechanical", 0.9)],
    "Production and Processing": [("13", EVERY_COURSE, 1.0), ("18", r"food product|processing", 0.7)],
    "Transportation": [("20", EVERY_COURSE, 1.0)],
    "Food Production": [("18", r"plant|crop|animal|agri|horticultur|soil|food|livestock|aquaculture|greenhouse",
                         1.0),
                        ("16", r"culinary|food|baking", 0.7), ("19", r"food|nutrition", 0.6)],
    "Fine Arts": [("05", EVERY_COURSE, 1.0)],
    "Communications and Media": [("11", EVERY_COURSE, 1.0), ("01", r"journalism|speech|speaking|media", 0.8)],
    "Philosophy and Theology": [("07", EVERY_COURSE, 1.0), ("04", r"philosophy|ethics", 0.8)],
    "Foreign Language": [("24", EVERY_COURSE, 1.0)],
}


@dataclass(frozen=True, slots=True)
class CourseLink:
    sced_code: str
    onetsoc: str
    weight: float
    knowledge: str


def domain_courses(courses: list[tuple[str, str, str]]) -> dict[str, list[tuple[str, float]]]:
    """Return knowledge domain -> [(sced_code, course fit)] over `courses` of (sced_code, area code, title)."""
    result: dict[str, list[tuple[str, float]]] = {}
    for domain, rules in DOMAIN_COURSES.items():
        fits: dict[str, float] = {}
        for area, pattern, fit in rules:
            matcher = re.compile(pattern, re.IGNORECASE) if pattern else None
            for sced_code, area_code, title in courses:
                if area_code != area or EXCLUDED_TITLE.search(title):
                    continue
                if matcher is None or matcher.search(title):
                    fits[sced_code] = max(fit, fits.get(sced_code, 0.0))
        result[domain] = sorted(fits.items())
    return result


def career_domains(knowledge: dict[str, float]) -> list[tuple[str, float]]:
    """Return the (domain, importance) pairs that link courses to one career, most important first."""
    mapped = sorted(((name, importance) for name, importance in knowledge.items() if name in DOMAIN_COURSES),
                    key=lambda item: (-item[1], item[0]))
    important = [item for item in mapped if item[1] >= MIN_IMPORTANCE]
    return important[:MAX_DOMAINS] if important else mapped[:FALLBACK_DOMAINS]


def career_course_links(onetsoc: str, knowledge: dict[str, float],
                        courses_by_domain: dict[str, list[tuple[str, float]]]) -> list[CourseLink]:
    """Return the PREPARES_FOR links of one career, strongest first.

    `knowledge` maps O*NET knowledge name -> importance (1-5); `courses_by_domain` is `domain_courses`.
    """
    best: dict[str, CourseLink] = {}
    for domain, importance in career_domains(knowledge):
        for sced_code, fit in courses_by_domain.get(domain, []):
            weight = round(fit * (importance - 1.0) / 4.0, 4)
            current = best.get(sced_code)
            if current is None or weight > current.weight:
                best[sced_code] = CourseLink(sced_code, onetsoc, weight, domain)
    return sorted(best.values(), key=lambda link: (-link.weight, link.sced_code))
