// Profile service queries. Every statement matches the student by its key "<tenant>|<student id>" and
// also checks tenant_id, so a request of one tenant never reads or writes another tenant's students.
//
// Profile nodes beside Student (all keyed "<tenant>|<student id>|<n>"):
// (:Student)-[:HAS_ASPIRATIONS]->(:Aspirations {version, target_onetsoc, highest_education_rank, ...})
// (:Student)-[:HAS_CONSENT]->(:Consent {version, family_access, partner_sharing, deidentified_research})
// (:Student)-[:HAS_INVENTORY_ATTEMPT]->(:InventoryAttempt {attempt_number, status, answers_json, score_r..c, ...})
// (:Student)-[:HAS_VALUES_ATTEMPT]->(:ValuesAttempt {attempt_number, rank_achievement..rank_independence})
// Student.aspirations_version and Student.consent_version point at the current versions; TARGETS edges
// mirror the current aspirations' target_onetsoc.

// name: create_student
CREATE (s:Student {
  key: $key, tenant_id: $tenant_id, student_id: $student_id, school_id: $school_id, grade: $grade,
  district_id: $district_id, source_system: $source_system, source_id: $source_id,
  aspirations_version: 0, consent_version: 0, created_at: datetime(), updated_at: datetime()
})
RETURN s.key AS key;

// name: link_external_ids
MATCH (s:Student {key: $key}) WHERE s.tenant_id = $tenant_id
UNWIND $external_ids AS ext
MERGE (e:ExternalId {key: $tenant_id + '|' + ext.system + '|' + ext.value})
  ON CREATE SET e.system = ext.system, e.value = ext.value, e.tenant_id = $tenant_id
WITH s, e, ext
OPTIONAL MATCH (e)-[:IDENTIFIES]->(other:Student) WHERE other <> s
WITH s, e, ext, collect(other.student_id) AS others
FOREACH (_ IN CASE WHEN size(others) = 0 THEN [1] ELSE [] END | MERGE (e)-[:IDENTIFIES]->(s))
RETURN ext.system AS system, ext.value AS value, others;

// name: lock_student
MATCH (s:Student {key: $key}) WHERE s.tenant_id = $tenant_id
SET s.updated_at = datetime()
RETURN s.key AS key;

// name: update_roster
MATCH (s:Student {key: $key}) WHERE s.tenant_id = $tenant_id
SET s.school_id = coalesce($school_id, s.school_id),
    s.grade = coalesce($grade, s.grade),
    s.district_id = coalesce($district_id, s.district_id),
    s.updated_at = datetime()
RETURN s.key AS key;

// name: missing_careers
UNWIND $codes AS code
OPTIONAL MATCH (c:Career {onetsoc: code})
WITH code, c WHERE c IS NULL
RETURN collect(code) AS missing;

// name: add_aspirations
MATCH (s:Student {key: $key}) WHERE s.tenant_id = $tenant_id
SET s.aspirations_version = coalesce(s.aspirations_version, 0) + 1, s.updated_at = datetime()
CREATE (s)-[:HAS_ASPIRATIONS]->(a:Aspirations {
  key: s.key + '|' + toString(s.aspirations_version), tenant_id: $tenant_id, student_id: s.student_id,
  version: s.aspirations_version, target_onetsoc: $target_onetsoc,
  highest_education_rank: $highest_education_rank, cost_tolerance: $cost_tolerance,
  debt_tolerance: $debt_tolerance, max_annual_cost_usd: $max_annual_cost_usd, home_state: $home_state,
  relocation: $relocation, preferred_routes: $preferred_routes, recorded_at: datetime()
})
WITH s, a
CALL (s) {
  MATCH (s)-[old:TARGETS]->(:Career)
  DELETE old
}
CALL (s) {
  UNWIND $target_onetsoc AS code
  MATCH (c:Career {onetsoc: code})
  MERGE (s)-[:TARGETS]->(c)
}
RETURN a.version AS version;

// name: add_consent
MATCH (s:Student {key: $key}) WHERE s.tenant_id = $tenant_id
SET s.consent_version = coalesce(s.consent_version, 0) + 1, s.updated_at = datetime()
CREATE (s)-[:HAS_CONSENT]->(c:Consent {
  key: s.key + '|' + toString(s.consent_version), tenant_id: $tenant_id, student_id: s.student_id,
  version: s.consent_version, family_access: $family_access, partner_sharing: $partner_sharing,
  deidentified_research: $deidentified_research, recorded_at: datetime()
})
RETURN c.version AS version;

// name: get_student
MATCH (s:Student {key: $key}) WHERE s.tenant_id = $tenant_id
OPTIONAL MATCH (s)-[:HAS_ASPIRATIONS]->(a:Aspirations {version: s.aspirations_version})
OPTIONAL MATCH (s)-[:HAS_CONSENT]->(c:Consent {version: s.consent_version})
CALL (s) {
  OPTIONAL MATCH (e:ExternalId)-[:IDENTIFIES]->(s)
  RETURN collect(e {.system, .value}) AS external_ids
}
RETURN s {.*} AS student, a {.*} AS aspirations, c {.*} AS consent, external_ids;

// name: student_courses
MATCH (s:Student {key: $key}) WHERE s.tenant_id = $tenant_id
MATCH (s)-[r:COMPLETED|ENROLLED_IN]->(c:DistrictCourse)
RETURN type(r) AS kind, c.key AS key, c.number AS number, c.name AS name, r.term AS term,
       r.grade AS grade, coalesce(r.credits, c.credits) AS credits, r.passed AS passed
ORDER BY kind, term, number;

// name: latest_inventory_attempt
MATCH (s:Student {key: $key})-[:HAS_INVENTORY_ATTEMPT]->(a:InventoryAttempt) WHERE s.tenant_id = $tenant_id
RETURN a {.*} AS attempt
ORDER BY a.attempt_number DESC
LIMIT 1;

// name: latest_complete_inventory_attempt
MATCH (s:Student {key: $key})-[:HAS_INVENTORY_ATTEMPT]->(a:InventoryAttempt {status: 'COMPLETE'})
WHERE s.tenant_id = $tenant_id
RETURN a {.*} AS attempt
ORDER BY a.attempt_number DESC
LIMIT 1;

// name: save_inventory_attempt
MATCH (s:Student {key: $key}) WHERE s.tenant_id = $tenant_id
MERGE (s)-[:HAS_INVENTORY_ATTEMPT]->(a:InventoryAttempt {key: $key + '|' + toString($attempt.attempt_number)})
SET a += $attempt, a.tenant_id = $tenant_id, a.student_id = s.student_id
RETURN a.attempt_number AS attempt_number;

// name: latest_values_attempt
MATCH (s:Student {key: $key})-[:HAS_VALUES_ATTEMPT]->(a:ValuesAttempt) WHERE s.tenant_id = $tenant_id
RETURN a {.*} AS attempt
ORDER BY a.attempt_number DESC
LIMIT 1;

// name: add_values_attempt
MATCH (s:Student {key: $key}) WHERE s.tenant_id = $tenant_id
OPTIONAL MATCH (s)-[:HAS_VALUES_ATTEMPT]->(previous:ValuesAttempt)
WITH s, coalesce(max(previous.attempt_number), 0) + 1 AS number
CREATE (s)-[:HAS_VALUES_ATTEMPT]->(a:ValuesAttempt {key: $key + '|' + toString(number)})
SET a += $ranks, a.attempt_number = number, a.tenant_id = $tenant_id, a.student_id = s.student_id,
    a.submitted_at = datetime()
RETURN a {.*} AS attempt;

// name: list_history
MATCH (s:Student {key: $key}) WHERE s.tenant_id = $tenant_id
CALL (s) {
  OPTIONAL MATCH (s)-[:HAS_INVENTORY_ATTEMPT]->(a:InventoryAttempt)
  WITH a ORDER BY a.attempt_number DESC
  RETURN collect(a {.*}) AS inventory
}
CALL (s) {
  OPTIONAL MATCH (s)-[:HAS_VALUES_ATTEMPT]->(v:ValuesAttempt)
  WITH v ORDER BY v.attempt_number DESC
  RETURN collect(v {.*}) AS work_values
}
CALL (s) {
  OPTIONAL MATCH (s)-[:HAS_ASPIRATIONS]->(p:Aspirations)
  WITH p ORDER BY p.version DESC
  RETURN collect(p {.*}) AS aspirations
}
CALL (s) {
  OPTIONAL MATCH (s)-[:HAS_CONSENT]->(c:Consent)
  WITH c ORDER BY c.version DESC
  RETURN collect(c {.*}) AS consent
}
RETURN inventory, work_values, aspirations, consent;

// name: career_profiles
MATCH (c:Career)
WHERE c.riasec_r IS NOT NULL
RETURN c.onetsoc AS onetsoc, c.title AS title, c.holland_code AS holland_code,
       c.riasec_r AS riasec_r, c.riasec_i AS riasec_i, c.riasec_a AS riasec_a,
       c.riasec_s AS riasec_s, c.riasec_e AS riasec_e, c.riasec_c AS riasec_c,
       c.wv_achievement AS wv_achievement, c.wv_working_conditions AS wv_working_conditions,
       c.wv_recognition AS wv_recognition, c.wv_relationships AS wv_relationships,
       c.wv_support AS wv_support, c.wv_independence AS wv_independence,
       c.job_zone AS job_zone, c.typical_education_rank AS typical_education_rank,
       c.bright_outlook AS bright_outlook
ORDER BY onetsoc;

// name: match_inputs
MATCH (s:Student {key: $key}) WHERE s.tenant_id = $tenant_id
CALL (s) {
  OPTIONAL MATCH (s)-[:HAS_INVENTORY_ATTEMPT]->(a:InventoryAttempt {status: 'COMPLETE'})
  WITH a ORDER BY a.attempt_number DESC LIMIT 1
  RETURN a {.*} AS interests
}
CALL (s) {
  OPTIONAL MATCH (s)-[:HAS_VALUES_ATTEMPT]->(v:ValuesAttempt)
  WITH v ORDER BY v.attempt_number DESC LIMIT 1
  RETURN v {.*} AS work_values
}
OPTIONAL MATCH (s)-[:HAS_ASPIRATIONS]->(p:Aspirations {version: s.aspirations_version})
RETURN interests, work_values, p.highest_education_rank AS highest_education_rank;

// name: check_district
// A student may point at a catalog district (loaded by the catalog, no `source`) or at its own tenant's
// district that SIS sync created (source 'sis', id = tenant_id), never at another tenant's district.
OPTIONAL MATCH (d:District {id: $district_id})
WHERE coalesce(d.source, '') <> 'sis' OR d.id = $tenant_id
CALL () {
  MATCH (c:District) WHERE coalesce(c.source, '') <> 'sis'
  WITH c.id AS id ORDER BY id
  RETURN collect(id)[..$max_examples] AS catalog_districts
}
RETURN d IS NOT NULL AS known, catalog_districts;
