"""Write a built catalog into Neo4j: schema first, then UNWIND batches per named statement.

All statements MERGE on the label keys from cypher/README.md, so writing the same catalog twice
changes no count. Each batch is its own transaction; a load that stops midway leaves no
`CatalogLoad` marker, so the next `--quiet-if-current` run loads again.
"""

from __future__ import annotations

from collections.abc import Callable

import neo4j

from services.catalog.loader.build import CatalogGraph
from services.common.graph import cypher
from services.common.schema import apply_schema

LOAD_FILE = "catalog/load.cypher"

# Statements in dependency order: nodes before the relationships that MATCH them.
STATEMENT_ORDER = [
    "states", "knowledge", "skills", "careers", "requires_knowledge", "requires_skill", "wage_in", "related",
    "clusters", "subclusters", "career_clusters", "career_subclusters", "programs", "program_leads_to",
    "program_clusters", "program_subclusters", "institutions", "offers", "apprenticeships",
    "apprenticeship_leads_to", "subject_areas", "courses", "prepares_for", "districts", "district_courses",
    "prerequisites", "maps_to", "requirements", "rejected_rows",
]

CATALOG_LABELS = ["Career", "Cluster", "SubCluster", "Program", "Institution", "Apprenticeship", "SubjectArea",
                  "Course", "District", "DistrictCourse", "GraduationRequirement", "State", "Knowledge", "Skill",
                  "RejectedRow", "CatalogLoad"]
CATALOG_RELATIONSHIPS = ["LEADS_TO", "OFFERS", "IN_CLUSTER", "IN_SUBCLUSTER", "RELATED_TO", "WAGE_IN", "IN_SUBJECT",
                         "MAPS_TO", "PREREQUISITE_OF", "OFFERS_COURSE", "PREPARES_FOR", "REQUIRES_KNOWLEDGE",
                         "REQUIRES_SKILL", "LOCATED_IN", "REQUIRES"]


class CatalogWriter:
    """All Neo4j access of the loader."""

    def __init__(self, driver: neo4j.Driver, database: str = "neo4j", batch_size: int = 2000) -> None:
        self.driver = driver
        self.database = database
        self.batch_size = batch_size

    def apply_schema(self) -> None:
        apply_schema(self.driver, self.database)

    def completed_load(self, fingerprint: str) -> dict | None:
        records = self.driver.execute_query(cypher(LOAD_FILE, "find_load"), fingerprint=fingerprint,
                                            database_=self.database, routing_=neo4j.RoutingControl.READ).records
        return dict(records[0]) if records else None

    def write(self, graph: CatalogGraph, fingerprint: str, on_rows: Callable[[str, int], None] | None = None) -> None:
        """Write every row list of `graph`, calling `on_rows(statement, count)` after each batch."""
        rows = dict(graph.rows)
        rows["rejected_rows"] = [{"key": f"{r.file}|{r.line}|{r.reason}", "file": r.file, "line": r.line,
                                  "reason": r.reason} for r in graph.rejections]
        unknown = set(rows) - set(STATEMENT_ORDER)
        if unknown:
            raise ValueError(f"no load statement for row lists {sorted(unknown)}")

        with self.driver.session(database=self.database) as session:
            for statement in STATEMENT_ORDER:
                query = cypher(LOAD_FILE, statement)
                batch_rows = rows.get(statement, [])
                for start in range(0, len(batch_rows), self.batch_size):
                    batch = batch_rows[start:start + self.batch_size]
                    session.execute_write(_run_batch, query, batch, fingerprint)
                    if on_rows:
                        on_rows(statement, len(batch))

    def prune(self, fingerprint: str) -> dict[str, int]:
        """Delete loader-made nodes and relationships that an earlier, different load wrote."""
        deleted: dict[str, int] = {}
        for kind in CATALOG_RELATIONSHIPS:
            records = self.driver.execute_query(cypher(LOAD_FILE, "prune_relationships"), type=kind,
                                                fingerprint=fingerprint, database_=self.database).records
            deleted[kind] = records[0]["deleted"]
        for label in CATALOG_LABELS:
            if label == "CatalogLoad":
                continue
            records = self.driver.execute_query(cypher(LOAD_FILE, "prune_nodes"), label=label,
                                                fingerprint=fingerprint, database_=self.database).records
            deleted[label] = records[0]["deleted"]
        return {kind: count for kind, count in deleted.items() if count}

    def record_load(self, fingerprint: str, load_id: str, data_dir: str, seconds: float, rejected_rows: int) -> None:
        self.driver.execute_query(cypher(LOAD_FILE, "record_load"), fingerprint=fingerprint, load_id=load_id,
                                  data_dir=data_dir, seconds=seconds, rejected_rows=rejected_rows,
                                  database_=self.database)

    def counts(self) -> tuple[dict[str, int], dict[str, int]]:
        labels = self.driver.execute_query(cypher(LOAD_FILE, "label_counts"), labels=CATALOG_LABELS,
                                           database_=self.database).records
        types = self.driver.execute_query(cypher(LOAD_FILE, "relationship_counts"), types=CATALOG_RELATIONSHIPS,
                                          database_=self.database).records
        return ({r["label"]: r["count"] for r in labels}, {r["type"]: r["count"] for r in types})

    def coverage(self) -> dict[str, int]:
        record = self.driver.execute_query(cypher(LOAD_FILE, "coverage"), database_=self.database).records[0]
        return dict(record)


def _run_batch(tx: neo4j.ManagedTransaction, query: str, rows: list[dict], fingerprint: str) -> None:
    tx.run(query, rows=rows, fingerprint=fingerprint).consume()
