// Plans, evaluations, caseloads and alerts of the progress service. Parameters only.

// name: student_snapshots
// What the progress rules need about each student of $student_ids; unknown students give no row.
UNWIND $student_ids AS student_id
MATCH (s:Student {key: $tenant_id + '|' + student_id})
CALL (s) {
  OPTIONAL MATCH (s)-[r:COMPLETED]->(c:DistrictCourse)
  RETURN collect(CASE WHEN c IS NULL THEN NULL ELSE {course_code: c.number, title: c.name,
    subject: coalesce(r.subject, c.department, ''), credits: coalesce(r.credits, 0.0),
    passed: coalesce(r.passed, false), school_year: coalesce(r.school_year, 0),
    term: coalesce(r.term, '')} END) AS attempts
}
CALL (s) {
  OPTIONAL MATCH (s)-[:ENROLLED_IN]->(e:DistrictCourse)
  RETURN collect(DISTINCT CASE WHEN e IS NULL THEN NULL ELSE {course_code: e.number, title: e.name,
    subject: coalesce(e.department, ''), credits: coalesce(e.credits, 0.0)} END) AS enrolled
}
CALL (s) {
  OPTIONAL MATCH (s)-[:HAS_PLAN]->(p:Plan)
  OPTIONAL MATCH (p)-[:HAS_MILESTONE]->(m:Milestone)
  WITH p, m ORDER BY m.position
  RETURN p {.*} AS plan, collect(m {.*}) AS milestones
}
CALL (s) {
  OPTIONAL MATCH (s)-[:ON_GRADUATION_PLAN]->(g:GraduationPlanSpec)
  RETURN max(g.total_required_credits) AS plan_total
}
RETURN student_id, s {.*} AS student, attempts, enrolled, plan, milestones, plan_total

// name: requirements
MATCH (r:GraduationRequirement {district_id: $district_id})
RETURN r.subject_area AS subject, r.credits_required AS credits

// name: store_progress
// Store evaluations; `changed` is true when status or reasons differ from the stored evaluation.
UNWIND $rows AS row
MATCH (s:Student {key: $tenant_id + '|' + row.student_id})
MERGE (p:StudentProgress {key: s.key})
  ON CREATE SET p.tenant_id = $tenant_id, p.student_id = row.student_id
MERGE (s)-[:HAS_PROGRESS]->(p)
WITH s, p, row, coalesce(p.signature, '') <> row.signature AS changed
SET p.status = row.status, p.urgency = row.urgency, p.reasons_json = row.reasons_json,
    p.audit_json = row.audit_json, p.signature = row.signature, p.grade = s.grade, p.school_id = s.school_id,
    p.last_change_at_ms = CASE WHEN changed THEN $now_ms ELSE p.last_change_at_ms END
RETURN row.student_id AS student_id, changed

// name: update_milestone_states
UNWIND $states AS item
MATCH (m:Milestone {key: item.key})
SET m.state = item.state, m.reason = item.reason

// name: resolve_alerts
// Close each student's open alerts whose reason no longer holds.
UNWIND $rows AS row
MATCH (a:ProgressAlert {tenant_id: $tenant_id, student_id: row.student_id, open: true})
WHERE NOT a.alert_id IN row.open_ids
SET a.open = false, a.resolved_at_ms = $now_ms

// name: open_alerts
UNWIND $rows AS row
MERGE (a:ProgressAlert {key: $tenant_id + '|' + row.alert_id})
  ON CREATE SET a.tenant_id = $tenant_id, a.student_id = row.student_id, a.alert_id = row.alert_id,
                a.code = row.code, a.text = row.text, a.created_at_ms = $now_ms, a._new = true
SET a.urgency = row.urgency, a.open = true
WITH a, row, coalesce(a._new, false) AS created
REMOVE a._new
RETURN row.alert_id AS alert_id, created, a.created_at_ms AS created_at_ms

// name: counselors_of_students
// The tenant's whole-school counselors are read once, not once per student.
OPTIONAL MATCH (school_counselor:Counselor {tenant_id: $tenant_id}) WHERE size(school_counselor.school_ids) > 0
WITH collect(school_counselor) AS school_counselors
UNWIND $student_ids AS student_id
MATCH (s:Student {key: $tenant_id + '|' + student_id})
CALL (s) {
  OPTIONAL MATCH (c:Counselor)-[:ADVISES]->(s)
  RETURN collect(c.staff_id) AS direct
}
RETURN student_id,
       direct + [c IN school_counselors WHERE s.school_id IN c.school_ids | c.staff_id] +
       CASE WHEN s.school_id IS NULL THEN [] ELSE ['school:' + s.school_id] END AS counselors

// name: replace_plan
MATCH (s:Student {key: $tenant_id + '|' + $student_id})
MERGE (p:Plan {key: s.key})
  ON CREATE SET p.tenant_id = $tenant_id, p.student_id = $student_id
WITH s, p, coalesce(p.chosen_at_ms, 0) <= $chosen_at_ms AS newer
WHERE newer
SET p.route_id = $route_id, p.goal_onetsoc = $goal_onetsoc, p.goal_title = $goal_title,
    p.chosen_at_ms = $chosen_at_ms
MERGE (s)-[:HAS_PLAN]->(p)
WITH p
OPTIONAL MATCH (p)-[:HAS_MILESTONE]->(old:Milestone)
DETACH DELETE old
WITH DISTINCT p
UNWIND $steps AS step
CREATE (m:Milestone {key: p.key + '|' + step.step_id, step_id: step.step_id, kind: step.kind, ref_id: step.ref_id,
                     title: step.title, planned_grade: step.planned_grade,
                     prerequisite_course_codes: step.prerequisite_course_codes,
                     years_after_high_school: step.years_after_high_school, position: step.position,
                     state: 'PENDING', reason: ''})
CREATE (p)-[:HAS_MILESTONE]->(m)
RETURN count(m) AS milestones

// name: caseload
// Active students of a counselor: direct ADVISES links, students of the counselor's schools, or for the
// pseudo counselor "school:<id>" every student of that school. Inactive and to-be-deleted students are left out. A non-empty $student_id looks up that
// one student by key, so a membership check reads one node instead of the tenant's students.
OPTIONAL MATCH (c:Counselor {key: $tenant_id + '|' + $counselor_id})
CALL () {
  MATCH (s:Student {tenant_id: $tenant_id}) WHERE $student_id = ''
  RETURN s
  UNION
  MATCH (s:Student {key: $tenant_id + '|' + $student_id}) WHERE $student_id <> ''
  RETURN s
}
WITH c, s
WHERE ((c IS NOT NULL AND ((c)-[:ADVISES]->(s) OR s.school_id IN c.school_ids))
       OR ('school:' + s.school_id = $counselor_id))
  AND coalesce(s.sis_status, 'active') = 'active'
OPTIONAL MATCH (s)-[:HAS_PROGRESS]->(p:StudentProgress)
OPTIONAL MATCH (s)-[:HAS_PLAN]->(plan:Plan)
RETURN s.student_id AS student_id, s.grade AS grade, s.grade_level_code AS grade_level_code,
       coalesce(s.display_name, '') AS display_name, coalesce(s.school_id, '') AS school_id,
       coalesce(plan.goal_onetsoc, '') AS goal_onetsoc, coalesce(plan.goal_title, '') AS goal_title,
       p.status AS status, coalesce(p.urgency, 0.0) AS urgency, p.reasons_json AS reasons_json,
       p.last_change_at_ms AS last_change_at_ms

// name: alerts
// Open alerts of active students with the student's grade, which the caller ranks in caseload order
// (domain.rank_alerts).
MATCH (a:ProgressAlert {tenant_id: $tenant_id, open: true})
WHERE $student_id = '' OR a.student_id = $student_id
OPTIONAL MATCH (s:Student {key: $tenant_id + '|' + a.student_id})
WITH a, s
WHERE coalesce(s.sis_status, 'active') = 'active'
RETURN a {.*, grade: s.grade} AS alert

// name: count_applied
MATCH (s:Student {tenant_id: $tenant_id})
RETURN count(s) AS students, sum(coalesce(s.applied_events, 0)) AS applied_events

// name: delete_tenant
// Remove everything one tenant's SIS import and progress created (tests and tenant off-boarding).
CALL {
  MATCH (n) WHERE (n:Student OR n:StudentProgress OR n:ProgressAlert OR n:Counselor OR n:School OR
                   n:SisRecordVersion OR n:GraduationPlanSpec) AND n.tenant_id = $tenant_id
  RETURN n
  UNION
  MATCH (n:DistrictCourse {district_id: $tenant_id}) RETURN n
  UNION
  MATCH (n:GraduationRequirement {district_id: $tenant_id}) RETURN n
  UNION
  MATCH (n:Plan {tenant_id: $tenant_id}) RETURN n
  UNION
  MATCH (:Plan {tenant_id: $tenant_id})-[:HAS_MILESTONE]->(n:Milestone) RETURN n
  UNION
  MATCH (n:ExternalId) WHERE n.key STARTS WITH $tenant_id + '|' RETURN n
  UNION
  MATCH (n:District {id: $tenant_id, source: 'sis'}) RETURN n
}
DETACH DELETE n
