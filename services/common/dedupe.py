"""Durable, transactional dedupe of events by id, stored in Neo4j beside the effects it guards."""

from __future__ import annotations

import neo4j

from services.common.graph import cypher


def claim_event(tx: neo4j.ManagedTransaction, group: str, event_id: str) -> bool:
    """Mark `event_id` as applied by `group` inside `tx`; return False when it was applied before.

    Call it first in the transaction that applies the event's effects and apply nothing when it
    returns False: the unique constraint on :ProcessedEvent(key) makes the claim and the effects
    commit or roll back together.
    """
    record = tx.run(cypher("common/dedupe.cypher", "claim_event"), group=group, event_id=event_id).single()
    return bool(record["fresh"])
