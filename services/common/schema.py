"""Apply every `cypher/schema/*.cypher` file, in name order, to the configured Neo4j.

    python -m services.common.schema

Statements use IF NOT EXISTS, so running this on every install and upgrade is safe and drops nothing.
"""

from __future__ import annotations

import logging
import sys

import neo4j

from services.common.graph import CYPHER_ROOT, create_driver, cypher_statements
from services.common.settings import ServiceSettings, settings_or_exit

log = logging.getLogger("trailmap.schema")


def apply_schema(driver: neo4j.Driver, database: str = "neo4j") -> int:
    """Run each schema statement in its own transaction; return how many ran."""
    count = 0
    for path in sorted((CYPHER_ROOT / "schema").glob("*.cypher")):
        for statement in cypher_statements(f"schema/{path.name}"):
            driver.execute_query(statement, database_=database)
            count += 1
    driver.execute_query("CALL db.awaitIndexes(300)", database_=database)
    return count


def main() -> int:
    settings = settings_or_exit(ServiceSettings, "schema")

    with create_driver(settings) as driver:
        try:
            driver.verify_connectivity()
            count = apply_schema(driver, settings.neo4j_database)
        except neo4j.exceptions.ServiceUnavailable as error:
            log.error("neo4j unreachable; check NEO4J_URI and that the server runs",
                      extra={"neo4j_uri": settings.neo4j_uri, "error": str(error)})
            return 1
    log.info("schema applied", extra={"statements": count})
    return 0


if __name__ == "__main__":
    sys.exit(main())
