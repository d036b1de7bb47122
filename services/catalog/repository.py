"""All Neo4j reads of the catalog service; queries live in cypher/catalog/queries.cypher."""

from __future__ import annotations

import threading
import time

import neo4j

from services.catalog.domain.search import Candidate, normalized_titles
from services.common.graph import cypher

QUERIES = "catalog/queries.cypher"
SEARCH_CANDIDATES = 100
# Seconds the in-process copy of career titles is reused. The server also clears it on every
# catalog.changed event, so this bound matters only when Kafka is unreachable.
TITLE_CACHE_SECONDS = 600.0


class CatalogRepository:
    def __init__(self, driver: neo4j.Driver, database: str = "neo4j") -> None:
        self.driver = driver
        self.database = database
        self._titles: dict[str, tuple[tuple[str, str], ...]] = {}
        self._titles_loaded_at = float("-inf")
        self._titles_lock = threading.Lock()

    def _records(self, name: str, **parameters) -> list[neo4j.Record]:
        return self.driver.execute_query(cypher(QUERIES, name), parameters, database_=self.database,
                                         routing_=neo4j.RoutingControl.READ).records

    def _one(self, name: str, **parameters) -> dict | None:
        records = self._records(name, **parameters)
        return dict(records[0]) if records else None

    def get_career(self, onetsoc: str, state: str | None) -> dict | None:
        return self._one("get_career", onetsoc=onetsoc, state=state)

    def _career_titles(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """Return onetsoc -> normalized alternate, short and reported titles, refreshed every 10 minutes."""
        with self._titles_lock:
            if time.monotonic() - self._titles_loaded_at > TITLE_CACHE_SECONDS:
                self._titles = {record["onetsoc"]: normalized_titles(record["titles"])
                                for record in self._records("career_titles")}
                self._titles_loaded_at = time.monotonic()
            return self._titles

    def clear_title_cache(self) -> None:
        """Drop the cached career titles, so the next search reads the newly loaded catalog."""
        with self._titles_lock:
            self._titles = {}
            self._titles_loaded_at = float("-inf")

    def search_candidates(self, lucene: str) -> list[Candidate]:
        titles = self._career_titles()
        return [Candidate(record["onetsoc"], record["title"], titles.get(record["onetsoc"], ()),
                          record["employment_2024"], record["score"], record["median_wage"])
                for record in self._records("search_careers", lucene=lucene, limit=SEARCH_CANDIDATES)]

    def list_programs(self, onetsoc: str | None, state: str | None, level: str | None, skip: int,
                      limit: int) -> dict:
        return self._one("list_programs", onetsoc=onetsoc, state=state, level=level, skip=skip, limit=limit)

    def get_program(self, program_id: str) -> dict | None:
        return self._one("get_program", id=program_id)

    def get_institution(self, unitid: str) -> dict | None:
        return self._one("get_institution", unitid=unitid)

    def list_institutions(self, state: str | None, skip: int, limit: int) -> dict:
        return self._one("list_institutions", state=state, skip=skip, limit=limit)

    def get_course(self, sced_code: str) -> dict | None:
        return self._one("get_course", sced_code=sced_code)

    def subject_area_exists(self, code: str) -> bool:
        return self._one("subject_area_exists", code=code) is not None

    def district_exists(self, district_id: str) -> bool:
        return self._one("district_exists", district_id=district_id) is not None

    def get_district(self, district_id: str) -> dict | None:
        return self._one("get_district", district_id=district_id)

    def list_sced_courses(self, subject_area_code: str, skip: int, limit: int) -> dict:
        return self._one("list_sced_courses", subject_area_code=subject_area_code, skip=skip, limit=limit)

    def list_district_courses(self, district_id: str, skip: int, limit: int) -> dict:
        return self._one("list_district_courses", district_id=district_id, skip=skip, limit=limit)

    def list_clusters(self) -> list[dict]:
        return [dict(record) for record in self._records("list_clusters")]
