// Test fixtures: load a small generated catalog whose every node carries `test_run`, and delete it.
// Generated keys embed the run id, so the nodes never collide or connect with the real catalog.

// name: load_nodes
UNWIND $careers AS row CREATE (c:Career) SET c = row
WITH count(*) AS done
UNWIND $programs AS row CREATE (p:Program) SET p = row
WITH count(*) AS done
UNWIND $apprenticeships AS row CREATE (a:Apprenticeship) SET a = row
WITH count(*) AS done
UNWIND $institutions AS row CREATE (i:Institution) SET i = row
RETURN count(*) AS created;

// name: load_relationships
UNWIND $program_leads AS row
MATCH (p:Program {id: row.source}), (c:Career {onetsoc: row.target})
CREATE (p)-[:LEADS_TO {source: 'test', below_typical_entry: row.below_typical_entry, worker_share: row.worker_share}]->(c)
WITH count(*) AS done
UNWIND $apprenticeship_leads AS row
MATCH (a:Apprenticeship {rapids_code: row.source}), (c:Career {onetsoc: row.target})
CREATE (a)-[:LEADS_TO {source: 'test', below_typical_entry: row.below_typical_entry, worker_share: row.worker_share}]->(c)
WITH count(*) AS done
UNWIND $offers AS row
MATCH (i:Institution {unitid: row.source}), (p:Program {id: row.target})
CREATE (i)-[:OFFERS {median_debt: row.median_debt}]->(p)
RETURN count(*) AS created;

// name: delete_run
MATCH (n:Career|Program|Apprenticeship|Institution WHERE n.test_run = $run)
DETACH DELETE n;
