"""All Neo4j access of the pathfinding service; the queries live in cypher/pathfinding/*.cypher."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import neo4j

from services.common.graph import cypher
from services.pathfinding import rules
from services.pathfinding.reference import CatalogGraph
from services.pathfinding.model import (
    ANY_BACHELOR_YEARS,
    APPRENTICESHIP_DEFAULT_YEARS,
    DEFAULT_PROGRAM_YEARS,
    ApprenticeshipInfo,
    Bounds,
    CareerFacts,
    CourseInfo,
    InstitutionOffer,
    ProgramInfo,
    RawRoute,
    RouteKind,
)

log = logging.getLogger(__name__)

RIASEC_KEYS = ("r", "i", "a", "s", "e", "c")
WORK_VALUE_KEYS = ("achievement", "working_conditions", "recognition", "relationships", "support", "independence")
TOP_RANKS_BY_KIND = {
    RouteKind.CERTIFICATE: (2, 3),
    RouteKind.TWO_YEAR: (4,),
    RouteKind.FOUR_YEAR: (5,),
    RouteKind.GRADUATE: (6, 7, 8, 9),
}
MAX_RELATED_RANK = 5
HS_COURSE_LIMIT = 12
# Lowest PREPARES_FOR weight x MAPS_TO confidence that puts a district course on a career's list. It was
# chosen on the prairie-sun-wi catalog so that Electricians keep construction, engineering and math courses and
# drop "Adv. Automotive Cert." (0.605 x 0.455 = 0.28).
MIN_COURSE_LINK_WEIGHT = 0.30


@dataclass
class StoredStudent:
    grade: int
    district_id: str
    completed: set[str]
    enrolled: set[str]
    failed: set[str]
    riasec: dict[str, float]
    work_values: dict[str, float]


def _float(value) -> float | None:
    return None if value is None else float(value)


def career_facts_from(record: dict, state_wages: list[dict]) -> CareerFacts:
    """Build CareerFacts from a Career node's properties and its WAGE_IN rows."""
    riasec = {key: float(record[f"riasec_{key}"]) for key in RIASEC_KEYS if record.get(f"riasec_{key}") is not None}
    values = {key: float(record[f"wv_{key}"]) for key in WORK_VALUE_KEYS if record.get(f"wv_{key}") is not None}
    wages = {row["state"]: float(row["median_wage"]) for row in state_wages if row.get("median_wage") is not None}
    rank = record.get("typical_education_rank")
    zone = record.get("job_zone")
    return CareerFacts(
        onetsoc=record["onetsoc"], title=record.get("title") or record["onetsoc"],
        typical_education=record.get("typical_education") or "",
        typical_education_rank=None if rank is None else int(rank),
        job_zone=None if zone is None else int(zone),
        median_wage=_float(record.get("median_wage")), state_wages=wages,
        growth_pct=_float(record.get("growth_pct")), openings_annual=_float(record.get("openings_annual")),
        bright_outlook=bool(record.get("bright_outlook")), riasec=riasec, work_values=values,
        on_the_job_training=record.get("on_the_job_training") or "",
        alternate_titles=tuple(record.get("alternate_titles") or ()))


logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)


class PathfindingRepository:
    """Reads careers, routes, district courses and students; never writes catalog data."""

    def __init__(self, driver: neo4j.Driver, database: str = "neo4j") -> None:
        self.driver = driver
        self.database = database

    def _read(self, statement: str, **parameters) -> list[neo4j.Record]:
        records, _, _ = self.driver.execute_query(statement, parameters, database_=self.database,
                                                  routing_=neo4j.RoutingControl.READ)
        return records

    def career_facts(self, onetsoc: str) -> CareerFacts | None:
        records = self._read(cypher("pathfinding/routes.cypher", "career_facts"), onetsoc=onetsoc)
        if not records:
            return None
        return career_facts_from(records[0]["career"], records[0]["state_wages"])

    def enumerate_routes(self, career: CareerFacts, bounds: Bounds, program_budget: float,
                         other_budget: float) -> dict[RawRoute, float]:
        """Return raw route -> postsecondary years for every route within the bounds (Cypher enumeration)."""
        routes: dict[RawRoute, float] = {}
        kinds = bounds.route_kinds

        if RouteKind.DIRECT_TO_WORK in kinds and career.allows_direct_entry() and other_budget >= 0:
            routes[()] = 0.0

        if RouteKind.APPRENTICESHIP in kinds:
            for record in self._read(cypher("pathfinding/routes.cypher", "apprenticeship_routes"),
                                     onetsoc=career.onetsoc, budget=other_budget,
                                     default_apprenticeship_years=APPRENTICESHIP_DEFAULT_YEARS,
                                     min_worker_share=bounds.min_worker_share):
                routes[(("APPRENTICESHIP", record["rapids_code"]),)] = float(record["years"])

        top_ranks = sorted(rank for kind in kinds for rank in TOP_RANKS_BY_KIND.get(kind, ()))
        if top_ranks:
            for record in self._read(cypher("pathfinding/routes.cypher", "program_routes"),
                                     onetsoc=career.onetsoc, max_rank=bounds.max_education_rank,
                                     states=list(bounds.states), top_ranks=top_ranks, budget=program_budget,
                                     default_years={str(k): v for k, v in DEFAULT_PROGRAM_YEARS.items()},
                                     any_bachelor_years=ANY_BACHELOR_YEARS,
                                     min_worker_share=bounds.min_worker_share):
                raw = tuple(("PROGRAM", key) for key in record["program_ids"])
                if record["any_bachelor"]:
                    raw = (("PROGRAM", rules.ANY_BACHELOR_KEY),) + raw
                routes[raw] = float(record["total_years"])
        return routes

    def programs(self, program_ids: list[str], states: tuple[str, ...]) -> tuple[
            dict[str, ProgramInfo], dict[str, list[InstitutionOffer]]]:
        programs: dict[str, ProgramInfo] = {}
        offers: dict[str, list[InstitutionOffer]] = {}
        if not program_ids:
            return programs, offers

        for record in self._read(cypher("pathfinding/routes.cypher", "route_nodes"),
                                 program_ids=program_ids, states=list(states)):
            node = record["program"]
            programs[node["id"]] = ProgramInfo(
                id=node["id"], cip=node["cip"], title=node.get("title") or node["id"],
                cip4_title=node.get("cip4_title") or "",
                credential_rank=int(node["credential_rank"]), typical_years=float(node.get("typical_years") or 0.0))
            offers[node["id"]] = [
                InstitutionOffer(unitid=str(row["unitid"]), name=row.get("name") or "", city=row.get("city") or "",
                                 state=row.get("state") or "", net_price=_float(row.get("net_price")),
                                 median_debt=_float(row.get("median_debt")),
                                 median_earnings=_float(row.get("median_earnings")))
                for row in record["offers"]]
        return programs, offers

    def apprenticeships(self, rapids_codes: list[str]) -> dict[str, ApprenticeshipInfo]:
        if not rapids_codes:
            return {}
        result = {}
        for record in self._read(cypher("pathfinding/routes.cypher", "apprenticeship_nodes"),
                                 rapids_codes=rapids_codes):
            node = record["apprenticeship"]
            hours = node.get("term_hours")
            result[node["rapids_code"]] = ApprenticeshipInfo(
                rapids_code=node["rapids_code"], title=node.get("title") or node["rapids_code"],
                years=rules.apprenticeship_years(float(hours) if hours else None))
        return result

    def hs_courses(self, onetsoc: str, district_id: str, grade: int, taken: list[str]) -> dict[str, CourseInfo]:
        """Return course number -> course for the career's high-school trunk in one district."""
        courses = {}
        for record in self._read(cypher("pathfinding/routes.cypher", "hs_courses"), onetsoc=onetsoc,
                                 district_id=district_id, grade=grade, taken=taken, limit=HS_COURSE_LIMIT,
                                 min_link_weight=MIN_COURSE_LINK_WEIGHT):
            node = record["course"]
            courses[node["number"]] = CourseInfo(
                number=node["number"], key=node["key"], name=node.get("name") or node["number"],
                credits=float(node.get("credits") or 0.0), grade_min=int(node.get("grade_min") or 9),
                grade_max=int(node.get("grade_max") or 12), dual_enrollment=bool(node.get("dual_enrollment")),
                cte=bool(node.get("cte")), work_based_learning=bool(node.get("work_based_learning")),
                prerequisites=tuple(sorted(set(record["direct_prerequisites"]))), weight=float(record["weight"]),
                link_rule=record["link_rule"])
        return courses

    def career_moves(self, onetsoc: str, min_job_zone: int | None) -> list[dict]:
        """Return later-move paths as {"careers": [...], "tier": first-hop tier, "rank": first-hop rank}."""
        records = self._read(cypher("pathfinding/routes.cypher", "career_moves"), onetsoc=onetsoc,
                             max_related_rank=MAX_RELATED_RANK, min_job_zone=min_job_zone)
        return [dict(record) for record in records]

    def student(self, tenant_id: str, student_id: str) -> dict | None:
        """Return the stored student's raw state, or None when the tenant has no such student."""
        records = self._read(cypher("pathfinding/student.cypher", "student_state"),
                             key=f"{tenant_id}|{student_id}", tenant_id=tenant_id)
        return dict(records[0]) if records else None

    def district_course_numbers(self, district_id: str, numbers: list[str]) -> set[str]:
        """Return the numbers among `numbers` that are courses of the district."""
        records = self._read(cypher("pathfinding/student.cypher", "district_course_numbers"),
                             district_id=district_id, numbers=numbers)
        return {record["number"] for record in records}

    def district(self, district_id: str) -> dict | None:
        records = self._read(cypher("pathfinding/student.cypher", "district"), district_id=district_id)
        return records[0]["district"] if records else None

    def search_careers(self, query: str, limit: int = 5) -> list[dict]:
        return [dict(record) for record in self._read(cypher("pathfinding/student.cypher", "search_careers"),
                                                      query=query, limit=limit)]

    def reachable_careers(self, bounds: Bounds, program_budget: float, other_budget: float) -> list[dict]:
        top_ranks = sorted(rank for kind in bounds.route_kinds for rank in TOP_RANKS_BY_KIND.get(kind, ()))
        records = self._read(
            cypher("pathfinding/reachable.cypher", "reachable_careers"),
            include_direct=RouteKind.DIRECT_TO_WORK in bounds.route_kinds,
            include_apprenticeship=RouteKind.APPRENTICESHIP in bounds.route_kinds,
            other_budget=other_budget, program_budget=program_budget, max_rank=bounds.max_education_rank,
            top_ranks=top_ranks, states=list(bounds.states),
            default_years={str(k): v for k, v in DEFAULT_PROGRAM_YEARS.items()},
            any_bachelor_years=ANY_BACHELOR_YEARS, default_apprenticeship_years=APPRENTICESHIP_DEFAULT_YEARS,
            min_worker_share=bounds.min_worker_share)
        return [dict(record) for record in records]

    def related_edges(self) -> list[tuple[str, dict]]:
        records = self._read(cypher("pathfinding/reachable.cypher", "related_edges"),
                             max_related_rank=MAX_RELATED_RANK)
        return [(record["source"], record["target"]) for record in records]

    def export_catalog(self, onetsoc: str | None = None, related: bool = False) -> CatalogGraph:
        """Export careers, programs, apprenticeships, institutions and their relationships to networkx.

        With `onetsoc`, only the part that routes to that career can touch; `related` adds RELATED_TO.
        """
        catalog = CatalogGraph()
        for record in self._read(cypher("pathfinding/export.cypher", "export_careers"), onetsoc=onetsoc):
            catalog.add_node("Career", record["onetsoc"], **dict(record))
        for record in self._read(cypher("pathfinding/export.cypher", "export_program_leads"), onetsoc=onetsoc):
            program = record["program"]
            catalog.add_node("Program", program["id"], **program)
            catalog.add_edge(("Program", program["id"]), "LEADS_TO", ("Career", record["onetsoc"]),
                             **(record["lead"] or {}))
        for record in self._read(cypher("pathfinding/export.cypher", "export_apprenticeship_leads"), onetsoc=onetsoc):
            apprenticeship = record["apprenticeship"]
            catalog.add_node("Apprenticeship", apprenticeship["rapids_code"], **apprenticeship)
            catalog.add_edge(("Apprenticeship", apprenticeship["rapids_code"]), "LEADS_TO", ("Career", record["onetsoc"]),
                             **(record["lead"] or {}))
        for record in self._read(cypher("pathfinding/export.cypher", "export_offers"), onetsoc=onetsoc):
            catalog.add_node("Institution", str(record["unitid"]), state=record["state"])
            catalog.add_edge(("Institution", str(record["unitid"])), "OFFERS", ("Program", record["program_id"]))
        if related:
            for record in self._read(cypher("pathfinding/export.cypher", "export_related")):
                catalog.add_edge(("Career", record["source"]), "RELATED_TO", ("Career", record["target"]))
        return catalog

    def naive_paths(self, onetsoc: str) -> list[neo4j.Record]:
        """Return every path of up to 3 relationships into the career (benchmark baseline only)."""
        return self._read(cypher("pathfinding/naive.cypher", "naive_paths"), onetsoc=onetsoc)
