// name: claim_event
// Record that consumer group $group applied event $event_id; `fresh` is false when it already had.
MERGE (e:ProcessedEvent {key: $group + '|' + $event_id})
  ON CREATE SET e.group = $group, e.event_id = $event_id, e.processed_at = datetime(), e._fresh = true
  ON MATCH SET e._fresh = false
WITH e, e._fresh AS fresh
REMOVE e._fresh
RETURN fresh
