"""Smoke tests against a real Neo4j: write, read, roll back."""

import pytest

pytestmark = pytest.mark.integration


def test_write_then_read_in_transaction(neo4j_driver, unique_name):
    def write(tx):
        tx.run("CREATE (:SmokeNode {run: $run})-[:SMOKE_LINK]->(:SmokeNode {run: $run})", run=unique_name)

    with neo4j_driver.session() as session:
        session.execute_write(write)
        count = session.execute_read(
            lambda tx: tx.run("MATCH (:SmokeNode {run: $run})-[:SMOKE_LINK]->(b:SmokeNode {run: $run}) "
                              "RETURN count(b) AS n", run=unique_name).single()["n"])
        session.run("MATCH (n:SmokeNode {run: $run}) DETACH DELETE n", run=unique_name).consume()

    assert count == 1


def test_rolled_back_write_leaves_nothing(neo4j_driver, unique_name):
    with neo4j_driver.session() as session:
        tx = session.begin_transaction()
        tx.run("CREATE (:SmokeNode {run: $run})", run=unique_name)
        seen_inside = tx.run("MATCH (n:SmokeNode {run: $run}) RETURN count(n) AS n", run=unique_name).single()["n"]
        tx.rollback()
        seen_after = session.run("MATCH (n:SmokeNode {run: $run}) RETURN count(n) AS n", run=unique_name).single()["n"]

    assert seen_inside == 1
    assert seen_after == 0


def test_claim_event_is_idempotent(neo4j_driver, unique_name):
    from services.common.dedupe import claim_event

    with neo4j_driver.session() as session:
        first = session.execute_write(claim_event, f"smoke-{unique_name}", "event-1")
        second = session.execute_write(claim_event, f"smoke-{unique_name}", "event-1")
        session.run("MATCH (e:ProcessedEvent {group: $g}) DELETE e", g=f"smoke-{unique_name}").consume()

    assert first is True
    assert second is False


def test_schema_constraint_exists(neo4j_driver):
    names = {record["name"] for record in neo4j_driver.execute_query("SHOW CONSTRAINTS YIELD name").records}

    assert "processed_event_key" in names
