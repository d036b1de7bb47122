// Baseline for the benchmark only: every path of up to 3 relationships of any type into the career,
// with no labels, directions inside the pattern or inline bounds; routes are rebuilt and filtered in
// Python afterwards. The production queries are in routes.cypher.

// name: naive_paths
MATCH p = (s)-[*1..3]->(c:Career {onetsoc: $onetsoc})
RETURN [n IN nodes(p) | [head(labels(n)), n {.id, .cip, .credential_rank, .typical_years, .rapids_code,
        .term_hours, .unitid, .state, .onetsoc, .typical_education_rank, .job_zone}]] AS nodes,
       [r IN relationships(p) | type(r)] AS types,
       [r IN relationships(p) | r {.below_typical_entry, .worker_share}] AS relationship_properties;
