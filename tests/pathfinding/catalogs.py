"""Small generated catalogs for pathfinding tests, as a reference `CatalogGraph` and as Neo4j rows.

Every key embeds the run id, so a loaded catalog never collides or connects with the real one, and
`delete_run` removes exactly what a test created.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import neo4j
from hypothesis import strategies as st

from services.common.graph import cypher
from services.pathfinding.reference import CatalogGraph

LEVELS = {2: ("certificate", 1.0), 4: ("associate", 2.0), 5: ("bachelor", 4.0), 6: ("graduate_certificate", 1.0),
          7: ("master", 2.0), 8: ("doctoral", 4.0)}


@dataclass
class SmallCatalog:
    run: str
    careers: list[dict] = field(default_factory=list)
    programs: list[dict] = field(default_factory=list)
    apprenticeships: list[dict] = field(default_factory=list)
    institutions: list[dict] = field(default_factory=list)
    program_leads: list[dict] = field(default_factory=list)
    apprenticeship_leads: list[dict] = field(default_factory=list)
    offers: list[dict] = field(default_factory=list)

    def career_key(self, index: int) -> str:
        return f"T{self.run}-{index:04d}.00"

    def add_career(self, index: int, typical_education_rank: int | None, job_zone: int | None = None) -> str:
        key = self.career_key(index)
        row = {"onetsoc": key, "title": f"Test career {index}", "test_run": self.run, "median_wage": 50000.0}
        if typical_education_rank is not None:
            row["typical_education_rank"] = typical_education_rank
        if job_zone is not None:
            row["job_zone"] = job_zone
        self.careers.append(row)
        return key

    def add_program(self, cip_index: int, rank: int, typical_years: float | None = None) -> str:
        level, default_years = LEVELS[rank]
        cip = f"{self.run}{cip_index // 100:02d}.{cip_index % 100:02d}01"
        program_id = f"{cip}|{level}"
        if any(row["id"] == program_id for row in self.programs):
            return program_id
        self.programs.append({"id": program_id, "cip": cip, "title": f"Program {cip_index} {level}",
                              "credential_level": level, "credential_rank": rank,
                              "typical_years": typical_years or default_years, "test_run": self.run})
        return program_id

    def add_apprenticeship(self, index: int, term_hours: int | None) -> str:
        code = f"T{self.run}A{index:03d}"
        row = {"rapids_code": code, "title": f"Apprenticeship {index}", "test_run": self.run}
        if term_hours is not None:
            row["term_hours"] = term_hours
        self.apprenticeships.append(row)
        return code

    def add_institution(self, index: int, state: str) -> str:
        unitid = f"T{self.run}I{index:03d}"
        self.institutions.append({"unitid": unitid, "name": f"College {index}", "state": state, "city": "Town",
                                  "net_price": 9000.0 + index, "test_run": self.run})
        return unitid

    def leads(self, source: str, career: str, apprenticeship: bool = False, below_typical_entry: bool | None = None,
              worker_share: float | None = None) -> None:
        rows = self.apprenticeship_leads if apprenticeship else self.program_leads
        if not any(row["source"] == source and row["target"] == career for row in rows):
            rows.append({"source": source, "target": career, "below_typical_entry": below_typical_entry,
                         "worker_share": worker_share})

    def offer(self, unitid: str, program_id: str, median_debt: float | None = None) -> None:
        if not any(row["source"] == unitid and row["target"] == program_id for row in self.offers):
            self.offers.append({"source": unitid, "target": program_id, "median_debt": median_debt})

    def reference_graph(self) -> CatalogGraph:
        catalog = CatalogGraph()
        for row in self.careers:
            catalog.add_node("Career", row["onetsoc"], **row)
        for row in self.programs:
            catalog.add_node("Program", row["id"], **row)
        for row in self.apprenticeships:
            catalog.add_node("Apprenticeship", row["rapids_code"], **row)
        for row in self.institutions:
            catalog.add_node("Institution", row["unitid"], **row)
        for row in self.program_leads:
            catalog.add_edge(("Program", row["source"]), "LEADS_TO", ("Career", row["target"]), **_lead_facts(row))
        for row in self.apprenticeship_leads:
            catalog.add_edge(("Apprenticeship", row["source"]), "LEADS_TO", ("Career", row["target"]),
                             **_lead_facts(row))
        for row in self.offers:
            catalog.add_edge(("Institution", row["source"]), "OFFERS", ("Program", row["target"]))
        return catalog

    def load(self, driver: neo4j.Driver) -> None:
        driver.execute_query(cypher("pathfinding/fixtures.cypher", "load_nodes"),
                             careers=self.careers, programs=self.programs, apprenticeships=self.apprenticeships,
                             institutions=self.institutions, database_="neo4j")
        driver.execute_query(cypher("pathfinding/fixtures.cypher", "load_relationships"),
                             program_leads=self.program_leads, apprenticeship_leads=self.apprenticeship_leads,
                             offers=self.offers, database_="neo4j")

    def delete(self, driver: neo4j.Driver) -> None:
        driver.execute_query(cypher("pathfinding/fixtures.cypher", "delete_run"), run=self.run, database_="neo4j")


def _lead_facts(row: dict) -> dict:
    """Return the LEADS_TO properties of a lead row as Neo4j stores them (a null property is absent)."""
    facts = {key: row[key] for key in ("below_typical_entry", "worker_share")}
    return {key: value for key, value in facts.items() if value is not None}


# Worker-share facts of a LEADS_TO: (below_typical_entry, worker_share), None meaning not stored.
LEAD_FACTS = st.tuples(st.one_of(st.none(), st.booleans()), st.one_of(st.none(), st.sampled_from([0.0, 0.05, 0.1, 0.4])))


@st.composite
def small_catalogs(draw, run: str) -> SmallCatalog:
    """Draw a catalog of 1-3 careers with programs at random levels, apprenticeships and institutions."""
    catalog = SmallCatalog(run)
    career_count = draw(st.integers(1, 3))
    careers = [catalog.add_career(index, draw(st.one_of(st.none(), st.integers(0, 8))),
                                  draw(st.one_of(st.none(), st.integers(1, 5))))
               for index in range(career_count)]
    institutions = [catalog.add_institution(index, draw(st.sampled_from(["TX", "OH", "WI"])))
                    for index in range(draw(st.integers(0, 3)))]

    for cip_index in range(draw(st.integers(0, 4))):
        ranks = draw(st.sets(st.sampled_from(sorted(LEVELS)), min_size=1, max_size=4))
        targets = draw(st.sets(st.sampled_from(careers), min_size=1))
        for rank in sorted(ranks):
            years = draw(st.one_of(st.none(), st.sampled_from([1.0, 2.0, 3.0, 4.0])))
            program_id = catalog.add_program(cip_index, rank, years)
            for career in targets:
                catalog.leads(program_id, career, False, *draw(LEAD_FACTS))
            for unitid in draw(st.sets(st.sampled_from(institutions))) if institutions else ():
                catalog.offer(unitid, program_id)

    for index in range(draw(st.integers(0, 2))):
        code = catalog.add_apprenticeship(index, draw(st.one_of(st.none(), st.sampled_from([2000, 4000, 8000]))))
        catalog.leads(code, draw(st.sampled_from(careers)), True, *draw(LEAD_FACTS))
    return catalog
