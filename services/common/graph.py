"""Neo4j access shared by the services: the driver factory and the loader for `cypher/` files.

Queries live in `cypher/<area>/<name>.cypher` and take parameters only; no query text is built from
values. A file may hold several named statements, each introduced by a line `// name: <name>`.
"""

from __future__ import annotations

import functools
import logging
import re
from pathlib import Path

import neo4j
from neo4j import GraphDatabase

from services.common.settings import REPO_ROOT, ServiceSettings

CYPHER_ROOT = REPO_ROOT / "cypher"
_NAME_LINE = re.compile(r"^//\s*name:\s*(\S+)\s*$", re.MULTILINE)

log = logging.getLogger(__name__)


class CypherFileError(LookupError):
    """Raised when a cypher file or a named statement in it does not exist."""


def create_driver(settings: ServiceSettings) -> neo4j.Driver:
    """Create a driver for the configured server. Connections open lazily, so this never blocks."""
    return GraphDatabase.driver(
        settings.neo4j_uri,
        auth=settings.neo4j_auth,
        max_connection_pool_size=50,
        connection_acquisition_timeout=10.0,
        connection_timeout=5.0,
        # The driver's default of 30 s of retries would hold a request thread that long while the
        # server is down; a few seconds rides out a leader switch or restart and then fails the call.
        max_transaction_retry_time=3.0,
    )


def neo4j_available(driver: neo4j.Driver, database: str = "neo4j") -> bool:
    """Return True when the server runs a trivial query within a short timeout."""
    # An auto-commit query is not retried by the driver, so a stopped server fails within the connection timeout.
    try:
        with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
            session.run("RETURN 1").consume()
        return True
    except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError, OSError) as error:
        log.warning("neo4j health query failed", extra={"error": type(error).__name__})
        return False


@functools.cache
def _statements(relative_path: str) -> dict[str, str]:
    path = CYPHER_ROOT / relative_path
    if not path.is_file():
        raise CypherFileError(f"cypher file {path} does not exist")

    text = path.read_text()
    matches = list(_NAME_LINE.finditer(text))
    if not matches:
        return {"": text.strip()}

    statements = {}
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        statements[match.group(1)] = text[match.end():end].strip().rstrip(";")
    return statements


def cypher(relative_path: str, name: str = "") -> str:
    """Return statement `name` from `cypher/<relative_path>`, or the whole file when it has no names."""
    statements = _statements(relative_path)
    if name not in statements:
        known = ", ".join(sorted(statements)) or "(none)"
        raise CypherFileError(f"no statement named {name!r} in cypher/{relative_path}; known: {known}")
    return statements[name]


def cypher_statements(relative_path: str) -> list[str]:
    """Return every statement of a file split on semicolons at line ends, for schema scripts."""
    text = (CYPHER_ROOT / relative_path).read_text()
    body = "\n".join(line for line in text.splitlines() if not line.strip().startswith("//"))
    return [statement.strip() for statement in re.split(r";\s*$", body, flags=re.MULTILINE) if statement.strip()]


def cypher_path(relative_path: str) -> Path:
    return CYPHER_ROOT / relative_path
