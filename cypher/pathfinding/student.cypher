// Student state and lookups for the pathfinding service.

// name: student_state
// One stored student with courses, latest complete interest scores, latest work-values ranking and
// current aspirations. Matches by key "<tenant>|<student id>" and checks tenant_id.
MATCH (s:Student {key: $key}) WHERE s.tenant_id = $tenant_id
CALL (s) {
  OPTIONAL MATCH (s)-[c:COMPLETED]->(dc:DistrictCourse)
  RETURN collect(CASE WHEN coalesce(c.passed, true) THEN dc.number END) AS completed,
         collect(CASE WHEN NOT coalesce(c.passed, true) THEN dc.number END) AS failed,
         collect(CASE WHEN coalesce(c.passed, true) THEN {number: dc.number, grade: c.grade} END) AS completed_grades
}
CALL (s) {
  OPTIONAL MATCH (s)-[:ENROLLED_IN]->(dc:DistrictCourse)
  RETURN collect(dc.number) AS enrolled
}
CALL (s) {
  OPTIONAL MATCH (s)-[:HAS_INVENTORY_ATTEMPT]->(a:InventoryAttempt {status: 'COMPLETE'})
  RETURN a {.*} AS inventory ORDER BY a.attempt_number DESC LIMIT 1
}
CALL (s) {
  OPTIONAL MATCH (s)-[:HAS_VALUES_ATTEMPT]->(v:ValuesAttempt)
  RETURN v {.*} AS work_values ORDER BY v.attempt_number DESC LIMIT 1
}
CALL (s) {
  OPTIONAL MATCH (s)-[:HAS_ASPIRATIONS]->(asp:Aspirations)
  WHERE asp.version = s.aspirations_version
  RETURN asp {.*} AS aspirations LIMIT 1
}
RETURN s {.grade, .district_id, .tenant_id} AS student, completed, completed_grades, failed, enrolled, inventory, work_values,
       aspirations;

// name: district
MATCH (d:District {id: $district_id})
RETURN d {.id, .name, .state} AS district;

// name: search_careers
// Careers for everyday words, through the catalog's full-text index on titles and alternate titles.
// `alternate_titles` also lists the short and reported titles, as the index does.
CALL db.index.fulltext.queryNodes('career_titles', $query) YIELD node, score
RETURN node.onetsoc AS onetsoc, node.title AS title,
       coalesce(node.alternate_titles, []) + coalesce(node.short_titles, []) + coalesce(node.reported_titles, [])
         AS alternate_titles,
       node.employment_2024 AS employment, score
ORDER BY score DESC
LIMIT $limit;

// name: district_course_numbers
// The numbers among $numbers that exist as courses of district $district_id.
UNWIND $numbers AS number
MATCH (dc:DistrictCourse {district_id: $district_id, number: number})
RETURN DISTINCT dc.number AS number;
