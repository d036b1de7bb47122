"""Assemble the catalog graph from the readers' records: pure, no I/O besides reading the CSVs.

`build_catalog(data_dir)` returns a `CatalogGraph` whose row lists match the named statements in
cypher/catalog/load.cypher one to one, plus every rejected row.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from services.catalog.domain import district as district_rules
from services.catalog.domain import programs as program_rules
from services.catalog.domain import relevance
from services.catalog.domain.codes import (BLS_EDUCATION, CREDENTIAL_LEVELS, ONET_RL_CATEGORIES, RANK_NAMES, STATES,
                                           program_id, slug, soc_candidates, soc_of)
from services.catalog.loader.readers import clusters, courses, labor, onet
from services.catalog.loader.readers import programs as program_readers
from services.catalog.loader.sources import Rejection

DISTRICT_ID = "prairie-sun-wi"
DISTRICT_NAME = "Prairie Sun (Wisconsin sample district)"
DISTRICT_STATE = "WI"
TOP_ELEMENTS = 5
# An apprenticeship counts as a high school diploma (rank 1), so it is below the typical entry
# education of a career that BLS lists above that.
APPRENTICESHIP_ENTRY_RANK = 1
DAILY_TASKS = 5


@dataclass
class CatalogGraph:
    """Rows per named load statement, rejected rows, and counts of derived facts for the report."""

    rows: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    rejections: list[Rejection] = field(default_factory=list)
    notes: dict[str, int] = field(default_factory=dict)

    def add(self, statement: str, row: dict) -> None:
        self.rows[statement].append(row)

    def absorb(self, read) -> list:
        self.rejections.extend(read.rejections)
        return read.records


def build_catalog(data_dir: Path) -> CatalogGraph:
    graph = CatalogGraph()
    careers = _build_careers(graph, data_dir)
    _build_clusters(graph, data_dir, careers)
    _build_programs(graph, data_dir, careers)
    _build_apprenticeships(graph, data_dir, careers)
    _build_courses(graph, data_dir, careers)
    for fips, (code, name) in STATES.items():
        graph.add("states", {"code": code, "fips": fips, "name": name})
    return graph


# --- careers -----------------------------------------------------------------------------------

def _build_careers(graph: CatalogGraph, data_dir: Path) -> dict[str, dict]:
    careers: dict[str, dict] = {}
    for occupation in graph.absorb(onet.read_occupations(data_dir)):
        careers[occupation.onetsoc] = {
            "onetsoc": occupation.onetsoc, "soc": soc_of(occupation.onetsoc), "title": occupation.title,
            "description": occupation.description, "alternate_titles": [], "short_titles": [],
            "reported_titles": [], "daily_tasks": [], "bright_outlook": False, "bright_outlook_categories": [],
            "rl_distribution": None,
        }

    def known(record, file_hint: str) -> dict | None:
        career = careers.get(record.onetsoc)
        if career is None:
            graph.notes[f"unknown_code_{file_hint}"] = graph.notes.get(f"unknown_code_{file_hint}", 0) + 1
        return career

    for record in graph.absorb(onet.read_soc_crosswalk(data_dir)):
        if (career := known(record, "soc_crosswalk")) is not None:
            career["soc"] = record.value
    for reader in (onet.read_riasec, onet.read_work_values, onet.read_job_zones):
        for record in graph.absorb(reader(data_dir)):
            if (career := known(record, reader.__name__)) is not None:
                career[record.name] = record.value

    distributions: dict[str, dict[int, float]] = defaultdict(dict)
    for record in graph.absorb(onet.read_education_distribution(data_dir)):
        if known(record, "education") is not None and record.value is not None:
            distributions[record.onetsoc][int(record.name)] = record.value
    for onetsoc, distribution in distributions.items():
        careers[onetsoc]["rl_distribution"] = [distribution.get(category, 0.0) for category in range(1, 13)]
        careers[onetsoc]["_rl"] = distribution

    _attach_titles_and_tasks(graph, data_dir, careers, known)
    _attach_elements(graph, data_dir, careers)
    _attach_outlook(graph, data_dir, careers)

    for related in graph.absorb(onet.read_related(data_dir)):
        if related.onetsoc in careers and related.related_onetsoc in careers:
            graph.add("related", asdict(related))
        else:
            graph.notes["related_unknown_code"] = graph.notes.get("related_unknown_code", 0) + 1

    for career in careers.values():
        graph.add("careers", {key: value for key, value in career.items() if not key.startswith("_")})
    return careers


def _attach_titles_and_tasks(graph, data_dir, careers, known) -> None:
    for record in graph.absorb(onet.read_alternate_titles(data_dir)):
        if (career := known(record, "alternate_titles")) is not None:
            bucket = career["alternate_titles" if record.name == "alternate_title" else "short_titles"]
            if record.value not in bucket:
                bucket.append(record.value)
    for record in graph.absorb(onet.read_reported_titles(data_dir)):
        if (career := known(record, "reported_titles")) is not None and record.value not in career["reported_titles"]:
            career["reported_titles"].append(record.value)
    for record in graph.absorb(onet.read_core_tasks(data_dir)):
        if (career := known(record, "tasks")) is not None and len(career["daily_tasks"]) < DAILY_TASKS:
            career["daily_tasks"].append(record.value)
    for record in graph.absorb(onet.read_bright_outlook(data_dir)):
        if (career := known(record, "bright_outlook")) is not None:
            career["bright_outlook"] = True
            career["bright_outlook_categories"] = [c for c in record.value.split("; ") if c]

    for career in careers.values():
        career["search_titles"] = " | ".join(career["alternate_titles"] + career["short_titles"])
        career["search_reported"] = " | ".join(career["reported_titles"])


def _attach_elements(graph: CatalogGraph, data_dir: Path, careers: dict[str, dict]) -> None:
    """Knowledge and skill edges, the top names on the career, and the knowledge map for relevance."""
    for kind, reader, statement in (("knowledge", onet.read_knowledge, "requires_knowledge"),
                                    ("skills", onet.read_skills, "requires_skill")):
        elements: dict[str, str] = {}
        ranked: dict[str, list[tuple[float, str]]] = defaultdict(list)
        for rating in graph.absorb(reader(data_dir)):
            if rating.onetsoc not in careers:
                graph.notes[f"{kind}_unknown_code"] = graph.notes.get(f"{kind}_unknown_code", 0) + 1
                continue
            elements[rating.element_id] = rating.element_name
            ranked[rating.onetsoc].append((rating.importance, rating.element_name))
            graph.add(statement, {"onetsoc": rating.onetsoc, "id": rating.element_id,
                                  "importance": rating.importance, "level": rating.level})
            if kind == "knowledge":
                careers[rating.onetsoc].setdefault("_knowledge", {})[rating.element_name] = rating.importance
        for element_id, name in elements.items():
            graph.add("knowledge" if kind == "knowledge" else "skills", {"id": element_id, "name": name})
        for onetsoc, items in ranked.items():
            items.sort(key=lambda item: -item[0])
            careers[onetsoc]["top_knowledge" if kind == "knowledge" else "top_skills"] = [
                name for _, name in items[:TOP_ELEMENTS]]


def _lookup(table: dict, soc: str, *extra) -> tuple[object, str, bool] | None:
    for candidate, is_aggregate in soc_candidates(soc):
        if (value := table.get((candidate, *extra) if extra else candidate)) is not None:
            return value, candidate, is_aggregate
    return None


def _attach_outlook(graph: CatalogGraph, data_dir: Path, careers: dict[str, dict]) -> None:
    projections = {p.soc: p for p in graph.absorb(labor.read_projections(data_dir))}
    national = {w.soc: w for w in graph.absorb(labor.read_oews_national(data_dir))}
    state_wages = {(w.soc, w.area): w for w in graph.absorb(labor.read_oews_state(data_dir))}
    states = sorted({area for _, area in state_wages})

    for career in careers.values():
        soc = career["soc"]
        if found := _lookup(projections, soc):
            projection, career["projection_soc"], career["projection_is_aggregate"] = found
            for name in ("employment_2024", "employment_2034", "growth_pct", "openings_annual",
                         "typical_education", "work_experience", "on_the_job_training"):
                career[name] = getattr(projection, name)
        if found := _lookup(national, soc):
            wage, career["wage_soc"], career["wage_is_aggregate"] = found
            career.update(median_wage=wage.median_wage, mean_wage=wage.mean_wage, wage_p10=wage.p10,
                          wage_p25=wage.p25, wage_p75=wage.p75, wage_p90=wage.p90,
                          hourly_median_wage=wage.hourly_median, employment_oews=wage.employment,
                          wage_top_coded=wage.top_coded)
        _attach_typical_education(career)

        for state in states:
            if found := _lookup(state_wages, soc, state):
                wage, wage_soc, is_aggregate = found
                graph.add("wage_in", {"onetsoc": career["onetsoc"], "state": state, "median_wage": wage.median_wage,
                                      "mean_wage": wage.mean_wage, "employment": wage.employment,
                                      "p10": wage.p10, "p90": wage.p90, "wage_soc": wage_soc,
                                      "is_aggregate": is_aggregate, "top_coded": wage.top_coded})


def _attach_typical_education(career: dict) -> None:
    """BLS typical entry education first; without BLS, the modal O*NET RL category."""
    education = career.get("typical_education")
    if education in BLS_EDUCATION:
        career["typical_education_rank"] = BLS_EDUCATION[education][0]
        career["typical_education_source"] = "bls_ep_2024"
        return
    distribution = career.get("_rl")
    if distribution:
        category = max(distribution, key=lambda c: (distribution[c], -c))
        rank = ONET_RL_CATEGORIES[category][0]
        career["typical_education_rank"] = rank
        career["typical_education"] = RANK_NAMES[rank]
        career["typical_education_source"] = "onet_rl_modal"


# --- clusters ----------------------------------------------------------------------------------

def _cluster_ids(cluster: str, sub_cluster: str | None) -> tuple[str, str | None]:
    cluster_id = slug(cluster)
    return cluster_id, (f"{cluster_id}.{slug(sub_cluster)}" if sub_cluster else None)


def _add_cluster(graph: CatalogGraph, seen: set, cluster: str, sub_cluster: str | None, naics: str = "") -> None:
    cluster_id, sub_id = _cluster_ids(cluster, sub_cluster)
    if cluster_id not in seen:
        seen.add(cluster_id)
        graph.add("clusters", {"id": cluster_id, "name": cluster})
    if sub_id and sub_id not in seen:
        seen.add(sub_id)
        graph.add("subclusters", {"id": sub_id, "name": sub_cluster, "cluster_id": cluster_id, "naics": naics})


def _build_clusters(graph: CatalogGraph, data_dir: Path, careers: dict[str, dict]) -> None:
    seen: set[str] = set()
    for link in graph.absorb(clusters.read_cluster_list(data_dir)):
        _add_cluster(graph, seen, link.cluster, link.sub_cluster, link.code)

    by_soc: dict[str, list[str]] = defaultdict(list)
    for career in careers.values():
        by_soc[career["soc"]].append(career["onetsoc"])
    for reader, statement in ((clusters.read_soc_clusters, "career_clusters"),
                              (clusters.read_soc_subclusters, "career_subclusters")):
        for link in graph.absorb(reader(data_dir)):
            _add_cluster(graph, seen, link.cluster, link.sub_cluster)
            cluster_id, sub_id = _cluster_ids(link.cluster, link.sub_cluster)
            for onetsoc in by_soc.get(link.code, []):
                graph.add(statement, {"key": onetsoc, "cluster_id": sub_id or cluster_id,
                                      "interdisciplinary": link.interdisciplinary})


# --- programs and institutions ----------------------------------------------------------------

def _build_programs(graph: CatalogGraph, data_dir: Path, careers: dict[str, dict]) -> None:
    cip_codes = {c.cip: c for c in graph.absorb(program_readers.read_cip_codes(data_dir))}
    by_soc: dict[str, list[dict]] = defaultdict(list)
    for career in careers.values():
        by_soc[career["soc"]].append(career)

    links: dict[str, set[str]] = defaultdict(set)
    read = program_readers.read_cip_soc(data_dir)
    graph.rejections.extend(read.rejections)
    crosswalk_file = "cip/cip2020_soc2018_crosswalk.csv"
    for link in read.records:
        if link.cip not in cip_codes:
            graph.rejections.append(Rejection(crosswalk_file, link.line, f"CIP {link.cip} is deleted or moved in "
                                                                         "CIP 2020; link to its new code skipped"))
            continue
        links[link.cip].add(link.soc)

    fields = graph.absorb(program_readers.read_fields_of_study(data_dir))
    scorecard_levels: dict[str, set[str]] = defaultdict(set)
    for offering in fields:
        scorecard_levels[offering.cip4].add(offering.credential_level)

    group_titles = {cip: code.title for cip, code in cip_codes.items() if code.level == "4-digit group"}
    program_levels: dict[str, dict[str, list[str]]] = {}
    for cip, code in cip_codes.items():
        if code.level != "6-digit program":
            continue
        linked = [career for soc in links.get(cip, ()) for career in by_soc.get(soc, [])]
        offered = scorecard_levels.get(cip[:5], set())
        if not linked and not offered:
            continue
        # Postsecondary teachers (SOC 25-1xxx) are linked to most fields and need a doctorate to teach
        # them; their entry education says nothing about the levels at which the field is studied.
        practitioners = [c for c in linked if not c["soc"].startswith("25-1")]
        implied = program_rules.implied_levels([c.get("typical_education") for c in practitioners],
                                               [c["_rl"] for c in practitioners if c.get("_rl")])
        levels = program_rules.program_levels(offered, implied, cip)
        program_levels[cip] = levels
        for level, rules in levels.items():
            rank, level_name, years = CREDENTIAL_LEVELS[level]
            graph.add("programs", {"id": program_id(cip, level), "cip": cip, "cip4": cip[:5],
                                   "cip4_title": group_titles.get(cip[:5]), "title": code.title,
                                   "description": code.definition, "credential_level": level,
                                   "credential_name": level_name, "credential_rank": rank, "typical_years": years,
                                   "level_source": rules[0], "level_sources": rules})
            for career in linked:
                entry_rank = career.get("typical_education_rank") or 0
                graph.add("program_leads_to", {
                    "program_id": program_id(cip, level), "onetsoc": career["onetsoc"],
                    "meets_entry_education": rank >= entry_rank,
                    "below_typical_entry": rank < entry_rank,
                    "worker_share": program_rules.worker_share(rank, career.get("_rl"))})

    for cip, socs in links.items():
        for soc in socs:
            if soc not in by_soc:
                graph.notes["cip_soc_without_onet"] = graph.notes.get("cip_soc_without_onet", 0) + 1

    _build_program_clusters(graph, data_dir, program_levels)
    _build_institutions(graph, data_dir, fields, program_levels)


def _build_program_clusters(graph: CatalogGraph, data_dir: Path, program_levels: dict) -> None:
    for reader, statement in ((clusters.read_cip_clusters, "program_clusters"),
                              (clusters.read_cip_subclusters, "program_subclusters")):
        for link in graph.absorb(reader(data_dir)):
            cluster_id, sub_id = _cluster_ids(link.cluster, link.sub_cluster)
            for level in program_levels.get(link.code, {}):
                graph.add(statement, {"key": program_id(link.code, level), "cluster_id": sub_id or cluster_id,
                                      "interdisciplinary": link.interdisciplinary})


def _build_institutions(graph: CatalogGraph, data_dir: Path, fields, program_levels: dict) -> None:
    institutions = graph.absorb(program_readers.read_institutions(data_dir))
    unitids = {i.unitid for i in institutions}
    for institution in institutions:
        graph.add("institutions", asdict(institution))

    children: dict[str, list[str]] = defaultdict(list)
    for cip in program_levels:
        children[cip[:5]].append(cip)
    fos_file = "scorecard/field_of_study_pp1516_1617_TX_OH_CO.csv"
    for offering in fields:
        if offering.unitid not in unitids:
            graph.rejections.append(Rejection(fos_file, offering.line, f"P_UNITID {offering.unitid} is not in the "
                                                            "institution file"))
            continue
        targets = [cip for cip in children.get(offering.cip4, []) if offering.credential_level in program_levels[cip]]
        if not targets:
            graph.notes["fos_without_program"] = graph.notes.get("fos_without_program", 0) + 1
        for cip in targets:
            graph.add("offers", {"unitid": offering.unitid, "program_id": program_id(cip, offering.credential_level),
                                 "cip4": offering.cip4, "median_earnings_1yr": offering.median_earnings_1yr,
                                 "median_debt": offering.median_debt, "completions": offering.completions})


# --- apprenticeships ---------------------------------------------------------------------------

def _build_apprenticeships(graph: CatalogGraph, data_dir: Path, careers: dict[str, dict]) -> None:
    seen: set[str] = set()
    for row in graph.absorb(program_readers.read_apprenticeships(data_dir)):
        if row.onetsoc not in careers:
            graph.notes["apprenticeship_unknown_code"] = graph.notes.get("apprenticeship_unknown_code", 0) + 1
            continue
        if row.rapids_code not in seen:
            seen.add(row.rapids_code)
            graph.add("apprenticeships", {
                "rapids_code": row.rapids_code, "title": row.title, "term_hours": row.term_hours,
                "term_hours_min": row.term_hours_min, "term_hours_max": row.term_hours_max,
                "competency_based": row.competency_based, "apprenticeship_type": row.apprenticeship_type,
                "apprenticeship_type_name": row.apprenticeship_type_name})
        career = careers[row.onetsoc]
        graph.add("apprenticeship_leads_to", {
            "rapids_code": row.rapids_code, "onetsoc": row.onetsoc, "mapping_method": row.mapping_method,
            "below_typical_entry": (career.get("typical_education_rank") or 0) > APPRENTICESHIP_ENTRY_RANK,
            "worker_share": program_rules.apprenticeship_worker_share(career.get("_rl"))})


# --- courses -----------------------------------------------------------------------------------

def _build_courses(graph: CatalogGraph, data_dir: Path, careers: dict[str, dict]) -> None:
    areas = {a.code: a for a in graph.absorb(courses.read_subject_areas(data_dir))}
    for area in areas.values():
        graph.add("subject_areas", {"code": area.code, "name": area.name})

    sced_titles: dict[str, list[tuple[str, str]]] = defaultdict(list)
    titled: list[tuple[str, str, str]] = []
    for course in graph.absorb(courses.read_sced_courses(data_dir)):
        if course.subject_area_code not in areas:
            graph.rejections.append(Rejection("sced/sced_v12_courses.csv", course.line,
                                              f"SCED course {course.sced_code} has unknown subject area "
                                              f"{course.subject_area_code}"))
            continue
        graph.add("courses", {"sced_code": course.sced_code, "subject_area_code": course.subject_area_code,
                              "title": course.title, "description": course.description})
        sced_titles[course.subject_area_code].append((course.sced_code, district_rules.normalize_title(course.title)))
        titled.append((course.sced_code, course.subject_area_code, course.title))

    courses_by_domain = relevance.domain_courses(titled)
    related: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for row in graph.rows["related"]:
        related[row["onetsoc"]].append((row["rank"] or 99, row["related_onetsoc"]))
    for onetsoc in careers:
        source = _knowledge_source(careers, related, onetsoc)
        if source is None:
            continue
        knowledge = careers[source]["_knowledge"]
        for link in relevance.career_course_links(onetsoc, knowledge, courses_by_domain):
            graph.add("prepares_for", {"sced_code": link.sced_code, "onetsoc": onetsoc, "weight": link.weight,
                                       "knowledge": link.knowledge, "rule": relevance.RULE_ID,
                                       "knowledge_onetsoc": None if source == onetsoc else source})

    _build_district(graph, data_dir, sced_titles)


def _knowledge_source(careers: dict[str, dict], related: dict[str, list[tuple[int, str]]], onetsoc: str) -> str | None:
    """Return the career whose knowledge ratings stand for `onetsoc`: itself, else its closest related
    occupation with ratings (O*NET rates no knowledge for some occupations, e.g. Software Developers)."""
    if careers[onetsoc].get("_knowledge"):
        return onetsoc
    for _, other in sorted(related.get(onetsoc, [])):
        if careers[other].get("_knowledge"):
            return other
    return None


def _build_district(graph: CatalogGraph, data_dir: Path, sced_titles) -> None:
    graph.add("districts", {"id": DISTRICT_ID, "name": DISTRICT_NAME, "state": DISTRICT_STATE})
    rows = graph.absorb(courses.read_district_courses(data_dir))
    by_number: dict[str, list] = defaultdict(list)
    for row in rows:
        by_number[row.number].append(row)

    names: dict[str, list[str]] = defaultdict(list)
    for number, group in by_number.items():
        names[group[0].name.lower()].append(number)
    numbers = set(by_number)

    for number, group in by_number.items():
        first = group[0]
        prerequisites = [row.prerequisite for row in group if row.prerequisite]
        flags = district_rules.course_flags(first.department, first.name, first.description)
        key = f"{DISTRICT_ID}|{number}"
        graph.add("district_courses", {
            "key": key, "district_id": DISTRICT_ID, "number": number, "name": first.name,
            "department": first.department, "credits": first.credits,
            "grade_min": min(first.grades) if first.grades else None,
            "grade_max": max(first.grades) if first.grades else None, "grade_levels": list(first.grades),
            "honors_ap": first.honors_ap, "required": first.required, "repeatable": first.repeatable,
            "linked_course_number": first.linked_number, "description": first.description,
            "prerequisite_text": " | ".join(dict.fromkeys(prerequisites)) or None, "source_line": first.line,
            **flags})
        for other, rule in district_rules.prerequisite_links(number, prerequisites, names, numbers):
            graph.add("prerequisites", {"from_key": f"{DISTRICT_ID}|{other}", "to_key": key, "source": rule})
        match = district_rules.best_sced_match(first.name, first.department, sced_titles)
        if match:
            graph.add("maps_to", {"key": key, "sced_code": match[0], "confidence": match[1],
                                  "rule": district_rules.MAPPING_RULE})
        else:
            graph.notes["district_courses_unmapped"] = graph.notes.get("district_courses_unmapped", 0) + 1

    requirements: dict[str, dict] = {}
    for row in graph.absorb(courses.read_requirements(data_dir)):
        entry = requirements.setdefault(row.subject_area, {
            "key": f"{DISTRICT_ID}|{row.subject_area}", "district_id": DISTRICT_ID, "subject_area": row.subject_area,
            "credits_required": row.total_credits, "specific_courses": [], "specific_credits_text": [], "notes": []})
        entry["specific_courses"].append(row.specific)
        entry["specific_credits_text"].append(row.credits_text)
        if row.notes:
            entry["notes"].append(row.notes)
    for entry in requirements.values():
        graph.add("requirements", entry)
