"""All Neo4j access of the profile service. Queries live in cypher/profile/profile.cypher.

Every method takes the tenant and the student id and matches the student by key "<tenant>|<student id>"
and tenant_id, so one tenant's request never touches another tenant's students.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

import neo4j

from services.common.errors import AlreadyExists, NotFound
from services.common.graph import cypher
from services.profile.attempts import InterestAttempt, from_properties, to_properties
from services.profile.matching import CareerProfile, career_riasec_from_properties, career_values_from_properties
from services.profile.work_values import WORK_VALUES

QUERIES = "profile/profile.cypher"
# Catalog district ids listed in the error for an unknown district_id.
MAX_DISTRICT_EXAMPLES = 5


def student_key(tenant_id: str, student_id: str) -> str:
    return f"{tenant_id}|{student_id}"


@dataclass
class StudentRecord:
    """A student as read from the graph, with plain Python values."""

    student: dict
    aspirations: dict | None
    consent: dict | None
    external_ids: list[dict]
    completed_courses: list[dict] = field(default_factory=list)
    current_courses: list[dict] = field(default_factory=list)
    interests: InterestAttempt | None = None
    work_values: dict | None = None


@dataclass(frozen=True)
class History:
    inventory: list[InterestAttempt]
    work_values: list[dict]
    aspirations: list[dict]
    consent: list[dict]


def not_found(tenant_id: str, student_id: str) -> NotFound:
    return NotFound(f"student {student_id!r} not found in tenant {tenant_id!r}; "
                    f"check the student id and tenant_id, or create the student first")


def _already_exists(tenant_id: str, student_id: str) -> AlreadyExists:
    return AlreadyExists(f"student {student_id!r} already exists in tenant {tenant_id!r}; "
                         f"use UpdateStudent to change it")


def _check_district(tx, tenant_id: str, district_id: str | None) -> None:
    """Raise NotFound unless `district_id` is empty, a catalog district or the tenant's own SIS district."""
    if not district_id:
        return
    row = tx.run(cypher(QUERIES, "check_district"), district_id=district_id, tenant_id=tenant_id,
                 max_examples=MAX_DISTRICT_EXAMPLES).single()
    if row["known"]:
        return
    examples = ", ".join(repr(district) for district in row["catalog_districts"]) or "none loaded"
    raise NotFound(f"district_id {district_id!r} is not a known District; use a catalog district "
                   f"(CatalogService.ListCourses takes the same id; loaded: {examples}), the tenant's own "
                   f"district {tenant_id!r} once SIS sync has created it, or leave district_id empty")


def _plain(record: dict | None) -> dict | None:
    if record is None:
        return None
    return {key: value.to_native() if hasattr(value, "to_native") else value for key, value in record.items()}


def _optional_int(value) -> int | None:
    return None if value is None else int(value)


class ProfileRepository:
    def __init__(self, driver: neo4j.Driver, database: str = "neo4j") -> None:
        self._driver = driver
        self._database = database

    def _write(self, work: Callable, *args):
        with self._driver.session(database=self._database) as session:
            return session.execute_write(work, *args)

    def _read(self, work: Callable, *args):
        with self._driver.session(database=self._database, default_access_mode=neo4j.READ_ACCESS) as session:
            return session.execute_read(work, *args)

    # Students

    def create_student(self, tenant_id: str, student_id: str, roster: dict, external_ids: list[dict],
                       aspirations: dict | None, consent: dict | None) -> dict[str, int]:
        """Create the student with optional first aspirations and consent in one transaction.

        Raises AlreadyExists when the tenant has the id or an external id names another student, and
        NotFound for an unknown target career. Returns the aspirations and consent versions written.
        """

        def work(tx: neo4j.ManagedTransaction) -> dict[str, int]:
            key = student_key(tenant_id, student_id)
            if tx.run(cypher(QUERIES, "lock_student"), key=key, tenant_id=tenant_id).single():
                raise _already_exists(tenant_id, student_id)

            _check_district(tx, tenant_id, roster["district_id"])
            tx.run(cypher(QUERIES, "create_student"), key=key, tenant_id=tenant_id, student_id=student_id,
                   **roster).consume()
            self._link_external_ids(tx, tenant_id, student_id, external_ids)
            return self._add_versions(tx, key, tenant_id, aspirations, consent)

        try:
            return self._write(work)
        except neo4j.exceptions.ConstraintError as error:
            raise _already_exists(tenant_id, student_id) from error

    def _link_external_ids(self, tx, tenant_id: str, student_id: str, external_ids: list[dict]) -> None:
        if not external_ids:
            return
        records = tx.run(cypher(QUERIES, "link_external_ids"), key=student_key(tenant_id, student_id),
                         tenant_id=tenant_id, external_ids=external_ids)
        for record in records:
            if record["others"]:
                raise AlreadyExists(f"external id {record['system']}:{record['value']} already identifies student "
                                    f"{record['others'][0]!r} in tenant {tenant_id!r}; remove it from the request")

    def update_student(self, tenant_id: str, student_id: str, roster: dict | None,
                       aspirations: dict | None, consent: dict | None) -> dict[str, int]:
        """Apply the given parts in one transaction; returns the new aspirations and consent versions."""

        def work(tx: neo4j.ManagedTransaction) -> dict[str, int]:
            key = student_key(tenant_id, student_id)
            if not tx.run(cypher(QUERIES, "lock_student"), key=key, tenant_id=tenant_id).single():
                raise not_found(tenant_id, student_id)

            if roster:
                _check_district(tx, tenant_id, roster["district_id"])
                tx.run(cypher(QUERIES, "update_roster"), key=key, tenant_id=tenant_id, **roster).consume()
            return self._add_versions(tx, key, tenant_id, aspirations, consent)

        return self._write(work)

    @staticmethod
    def _add_versions(tx, key: str, tenant_id: str, aspirations: dict | None, consent: dict | None) -> dict[str, int]:
        versions = {}
        if aspirations is not None:
            missing = tx.run(cypher(QUERIES, "missing_careers"), codes=aspirations["target_onetsoc"]).single()["missing"]
            if missing:
                raise NotFound(f"career {missing[0]!r} is not in the catalog; use an O*NET-SOC code "
                               f"such as 29-1141.00 from the catalog service")
            versions["aspirations"] = tx.run(cypher(QUERIES, "add_aspirations"), key=key, tenant_id=tenant_id,
                                             **aspirations).single()["version"]
        if consent is not None:
            versions["consent"] = tx.run(cypher(QUERIES, "add_consent"), key=key, tenant_id=tenant_id,
                                         **consent).single()["version"]
        return versions

    def get_student(self, tenant_id: str, student_id: str) -> StudentRecord:
        """Read the student with current versions, courses and latest scores; raises NotFound."""

        def work(tx: neo4j.ManagedTransaction) -> StudentRecord:
            key = student_key(tenant_id, student_id)
            row = tx.run(cypher(QUERIES, "get_student"), key=key, tenant_id=tenant_id).single()
            if row is None:
                raise not_found(tenant_id, student_id)

            record = StudentRecord(_plain(row["student"]), _plain(row["aspirations"]), _plain(row["consent"]),
                                   list(row["external_ids"]))
            for course in tx.run(cypher(QUERIES, "student_courses"), key=key, tenant_id=tenant_id):
                target = record.completed_courses if course["kind"] == "COMPLETED" else record.current_courses
                target.append(dict(course))

            attempt = tx.run(cypher(QUERIES, "latest_complete_inventory_attempt"), key=key,
                             tenant_id=tenant_id).single()
            record.interests = from_properties(attempt["attempt"]) if attempt else None
            values = tx.run(cypher(QUERIES, "latest_values_attempt"), key=key, tenant_id=tenant_id).single()
            record.work_values = _plain(values["attempt"]) if values else None
            return record

        return self._read(work)

    def require_student(self, tenant_id: str, student_id: str) -> None:
        """Raise NotFound unless the tenant has the student."""
        self.get_student(tenant_id, student_id)

    # Interest inventory and work values

    def latest_inventory_attempt(self, tenant_id: str, student_id: str) -> InterestAttempt | None:
        def work(tx: neo4j.ManagedTransaction) -> InterestAttempt | None:
            row = tx.run(cypher(QUERIES, "latest_inventory_attempt"), key=student_key(tenant_id, student_id),
                         tenant_id=tenant_id).single()
            return from_properties(row["attempt"]) if row else None

        return self._read(work)

    def update_inventory(self, tenant_id: str, student_id: str,
                         decide: Callable[[InterestAttempt | None, datetime], tuple[InterestAttempt, bool]]
                         ) -> tuple[InterestAttempt, bool]:
        """Lock the student, read the latest attempt, let `decide` build the next one, and save it."""

        def work(tx: neo4j.ManagedTransaction) -> tuple[InterestAttempt, bool]:
            key = student_key(tenant_id, student_id)
            if not tx.run(cypher(QUERIES, "lock_student"), key=key, tenant_id=tenant_id).single():
                raise not_found(tenant_id, student_id)

            row = tx.run(cypher(QUERIES, "latest_inventory_attempt"), key=key, tenant_id=tenant_id).single()
            latest = from_properties(row["attempt"]) if row else None
            attempt, changed = decide(latest, datetime.now(timezone.utc))
            if changed:
                tx.run(cypher(QUERIES, "save_inventory_attempt"), key=key, tenant_id=tenant_id,
                       attempt=to_properties(attempt)).consume()
            return attempt, changed

        return self._write(work)

    def add_values_attempt(self, tenant_id: str, student_id: str, ranks: dict[str, int]) -> dict:
        """Store a complete work-values ranking as the next attempt and return it."""

        def work(tx: neo4j.ManagedTransaction) -> dict:
            key = student_key(tenant_id, student_id)
            if not tx.run(cypher(QUERIES, "lock_student"), key=key, tenant_id=tenant_id).single():
                raise not_found(tenant_id, student_id)
            properties = {f"rank_{value}": ranks[value] for value in WORK_VALUES}
            row = tx.run(cypher(QUERIES, "add_values_attempt"), key=key, tenant_id=tenant_id,
                         ranks=properties).single()
            return _plain(row["attempt"])

        return self._write(work)

    def match_inputs(self, tenant_id: str, student_id: str) -> tuple[InterestAttempt | None, dict | None, int | None]:
        """Return the latest complete interest attempt, latest values attempt and education ceiling."""
        records, _, _ = self._driver.execute_query(
            cypher(QUERIES, "match_inputs"), key=student_key(tenant_id, student_id), tenant_id=tenant_id,
            database_=self._database, routing_=neo4j.RoutingControl.READ)
        if not records:
            raise not_found(tenant_id, student_id)
        row = records[0]
        interests = from_properties(row["interests"]) if row["interests"] else None
        return interests, _plain(row["work_values"]), row["highest_education_rank"]

    def history(self, tenant_id: str, student_id: str) -> History:
        def work(tx: neo4j.ManagedTransaction) -> History:
            row = tx.run(cypher(QUERIES, "list_history"), key=student_key(tenant_id, student_id),
                         tenant_id=tenant_id).single()
            if row is None:
                raise not_found(tenant_id, student_id)
            return History([from_properties(a) for a in row["inventory"]],
                           [_plain(v) for v in row["work_values"]],
                           [_plain(a) for a in row["aspirations"]],
                           [_plain(c) for c in row["consent"]])

        return self._read(work)

    # Catalog

    def career_profiles(self) -> list[CareerProfile]:
        """Read every Career with O*NET interest scores, ordered by O*NET-SOC code."""
        records, _, _ = self._driver.execute_query(cypher(QUERIES, "career_profiles"), database_=self._database,
                                                   routing_=neo4j.RoutingControl.READ)
        careers = []
        for record in records:
            properties = dict(record)
            riasec = career_riasec_from_properties(properties)
            if riasec is None:
                continue
            careers.append(CareerProfile(
                onetsoc=properties["onetsoc"],
                title=properties["title"] or "",
                riasec=riasec,
                holland_code=properties["holland_code"] or "",
                work_values=career_values_from_properties(properties),
                job_zone=_optional_int(properties["job_zone"]),
                typical_education_rank=_optional_int(properties["typical_education_rank"]),
                bright_outlook=bool(properties["bright_outlook"]),
            ))
        return careers
