// Effects of normalised SIS records. Every statement runs inside the consumer's transaction after the
// events were claimed, takes parameters only, and applies a list of rows, so one transaction can apply a
// whole Kafka poll batch. The consumer passes at most one row per record key and per node key.

// name: claim_events
// The batched form of claim_event: record that consumer group $group applied each of $event_ids, and
// return the ids it had not applied before.
UNWIND $event_ids AS event_id
MERGE (e:ProcessedEvent {key: $group + '|' + event_id})
  ON CREATE SET e.group = $group, e.event_id = event_id, e.processed_at = datetime(), e._fresh = true
  ON MATCH SET e._fresh = false
WITH e, event_id, e._fresh AS fresh
REMOVE e._fresh
WITH event_id, fresh
WHERE fresh
RETURN event_id

// name: claim_record_versions
// Last writer wins per record key. Each row carries the newest occurred_at of its key in the batch;
// `previous` is the newest occurred_at applied before (null for a new key), so the caller applies the
// records with occurred_at >= previous.
UNWIND $rows AS row
MERGE (v:SisRecordVersion {key: row.key})
  ON CREATE SET v.tenant_id = $tenant_id, v._new = true
WITH v, row, CASE WHEN coalesce(v._new, false) THEN null ELSE v.occurred_at_ms END AS previous
SET v.occurred_at_ms = CASE WHEN previous IS NULL OR previous < row.occurred_at_ms
                            THEN row.occurred_at_ms ELSE previous END
REMOVE v._new
RETURN row.key AS key, previous

// name: merge_district
MERGE (d:District {id: $tenant_id})
  ON CREATE SET d.name = $tenant_id, d.source = 'sis'

// name: touch_students
// Create students referenced before their own record arrived (out-of-order events) and count the events
// that referenced each one.
UNWIND $rows AS row
MERGE (s:Student {key: $tenant_id + '|' + row.student_id})
  ON CREATE SET s.tenant_id = $tenant_id, s.student_id = row.student_id, s.district_id = $tenant_id,
                s.applied_events = 0
SET s.applied_events = coalesce(s.applied_events, 0) + row.events

// name: upsert_students
// `grade` is an integer (1-13, 0 for KG, -1 for PK, null for other codes); `grade_level_code` keeps the
// CEDS code. An empty school, grade code or display name keeps the stored value.
UNWIND $rows AS row
MERGE (s:Student {key: $tenant_id + '|' + row.student_id})
  ON CREATE SET s.tenant_id = $tenant_id, s.student_id = row.student_id, s.district_id = $tenant_id,
                s.applied_events = 0
SET s.source_system = row.source_system, s.source_id = row.source_id,
    s.school_id = CASE WHEN row.school_id = '' THEN s.school_id ELSE row.school_id END,
    s.grade = CASE WHEN row.grade_level_code = '' THEN s.grade ELSE row.grade END,
    s.grade_level_code = CASE WHEN row.grade_level_code = '' THEN s.grade_level_code ELSE row.grade_level_code END,
    s.display_name = CASE WHEN row.display_name = '' THEN s.display_name ELSE row.display_name END,
    s.sis_updated_at_ms = row.occurred_at_ms
// A record older than the bulk roster that left the student out keeps the student inactive.
WITH s, row, coalesce(s.absent_from_bulk_at_ms, -1) > row.occurred_at_ms AS still_absent
SET s.sis_status = CASE WHEN still_absent THEN s.sis_status ELSE row.status END,
    s.absent_from_bulk_at_ms = CASE WHEN still_absent THEN s.absent_from_bulk_at_ms ELSE null END
WITH s, row
UNWIND row.external_ids AS ext
MERGE (e:ExternalId {key: $tenant_id + '|' + ext.system + '|' + ext.value})
  ON CREATE SET e.system = ext.system, e.value = ext.value
MERGE (e)-[:IDENTIFIES]->(s)

// name: mark_absent_students
// A bulk student file of $source_system lists $source_ids. Each active student of the tenant that this
// system identified before (an ExternalId of the system), that the file leaves out, and whose newest record
// is not newer than the file becomes inactive: kept with its history, left out of caseloads and alerts.
MATCH (s:Student {tenant_id: $tenant_id})<-[:IDENTIFIES]-(e:ExternalId {system: $source_system})
WHERE NOT e.value IN $source_ids AND coalesce(s.sis_status, 'active') = 'active'
  AND coalesce(s.sis_updated_at_ms, 0) <= $occurred_at_ms
SET s.sis_status = 'inactive', s.absent_from_bulk_at_ms = $occurred_at_ms
RETURN DISTINCT s.student_id AS student_id

// name: known_student_source_ids
// Source ids that $source_system sent for the tenant's students, so an import report can name the ones
// a bulk file leaves out.
MATCH (:Student {tenant_id: $tenant_id})<-[:IDENTIFIES]-(e:ExternalId {system: $source_system})
RETURN DISTINCT e.value AS source_id

// name: upsert_schools
UNWIND $rows AS row
MERGE (s:School {key: $tenant_id + '|' + row.school_id})
SET s.tenant_id = $tenant_id, s.school_id = row.school_id, s.name = row.name, s.org_type = row.org_type,
    s.parent_id = row.parent_id, s.sis_status = row.status

// name: upsert_courses
MATCH (d:District {id: $tenant_id})
UNWIND $rows AS row
MERGE (c:DistrictCourse {key: $tenant_id + '|' + row.course_code})
  ON CREATE SET c.district_id = $tenant_id, c.number = row.course_code, c.source = 'sis'
SET c.name = CASE WHEN row.title = '' THEN coalesce(c.name, row.course_code) ELSE row.title END,
    c.credits = CASE WHEN row.credits > 0 THEN row.credits ELSE c.credits END,
    c.department = CASE WHEN row.subject = '' THEN c.department ELSE row.subject END,
    c.sced_code = CASE WHEN row.sced_code = '' THEN c.sced_code ELSE row.sced_code END,
    c.grade_levels = row.grade_levels, c.sis_status = row.status
MERGE (d)-[:OFFERS_COURSE]->(c)
WITH c, row
OPTIONAL MATCH (k:Course {sced_code: row.sced_code})
FOREACH (_ IN CASE WHEN k IS NULL THEN [] ELSE [1] END |
  MERGE (c)-[m:MAPS_TO]->(k) ON CREATE SET m.rule = 'sis_feed_sced_code')

// name: merge_course_stubs
// Courses that enrollments and transcripts reference before (or without) their own course record.
MATCH (d:District {id: $tenant_id})
UNWIND $rows AS row
MERGE (c:DistrictCourse {key: $tenant_id + '|' + row.course_code})
  ON CREATE SET c.district_id = $tenant_id, c.number = row.course_code, c.name = row.title, c.source = 'sis',
                c.department = row.subject
MERGE (d)-[:OFFERS_COURSE]->(c)

// name: upsert_enrollments
// A section whose course code changed keeps one edge: the one to its new course.
UNWIND $rows AS row
MATCH (s:Student {key: $tenant_id + '|' + row.student_id})
MATCH (c:DistrictCourse {key: $tenant_id + '|' + row.course_code})
CALL (s, c, row) {
  MATCH (s)-[old:ENROLLED_IN {section_id: row.section_id}]->(other:DistrictCourse) WHERE other <> c
  DELETE old
}
MERGE (s)-[e:ENROLLED_IN {section_id: row.section_id}]->(c)
SET e.term = row.term, e.begin_date = row.begin_date, e.end_date = row.end_date, e.source_id = row.source_id

// name: delete_enrollments
UNWIND $rows AS row
MATCH (s:Student {key: $tenant_id + '|' + row.student_id})-[e:ENROLLED_IN {section_id: row.section_id}]->(:DistrictCourse)
DELETE e

// name: upsert_transcripts
// An attempt whose course code changed keeps one edge: the one to its new course, so credits count once.
UNWIND $rows AS row
MATCH (s:Student {key: $tenant_id + '|' + row.student_id})
MATCH (c:DistrictCourse {key: $tenant_id + '|' + row.course_code})
CALL (s, c, row) {
  MATCH (s)-[old:COMPLETED {attempt_key: row.source_id}]->(other:DistrictCourse) WHERE other <> c
  DELETE old
}
MERGE (s)-[r:COMPLETED {attempt_key: row.source_id}]->(c)
SET r.grade = row.grade_earned, r.credits = row.credits_earned, r.credits_attempted = row.credits_attempted,
    r.term = row.term, r.school_year = row.school_year, r.passed = row.passed, r.subject = row.subject,
    r.grade_level = row.grade_level

// name: delete_transcripts
UNWIND $rows AS row
MATCH (:Student {key: $tenant_id + '|' + row.student_id})-[r:COMPLETED {attempt_key: row.source_id}]->()
DELETE r

// name: upsert_graduation_plan
MERGE (g:GraduationPlanSpec {key: $tenant_id + '|' + $source_id})
SET g.tenant_id = $tenant_id, g.plan_type = $plan_type, g.education_organization_id = $edorg,
    g.graduation_school_year = $year, g.total_required_credits = $total
WITH g
UNWIND $student_ids AS student_id
MATCH (s:Student {key: $tenant_id + '|' + student_id})
OPTIONAL MATCH (s)-[old:ON_GRADUATION_PLAN]->(:GraduationPlanSpec)
DELETE old
MERGE (s)-[:ON_GRADUATION_PLAN]->(g)

// name: upsert_requirement
// Requirements by subject from the tenant's own feed; the catalog's shape with source 'sis'.
MERGE (r:GraduationRequirement {key: $tenant_id + '|' + $subject})
SET r.district_id = $tenant_id, r.subject_area = $subject, r.credits_required = $credits, r.source = 'sis'

// name: upsert_counselor
MERGE (c:Counselor {key: $tenant_id + '|' + $staff_id})
  ON CREATE SET c.tenant_id = $tenant_id, c.staff_id = $staff_id, c.school_ids = []
SET c.school_ids = CASE WHEN $whole_school AND NOT $school_id IN c.school_ids
                        THEN c.school_ids + $school_id ELSE c.school_ids END
WITH c
OPTIONAL MATCH (c)-[old:ADVISES {basis: $basis}]->(:Student)
DELETE old
WITH DISTINCT c
UNWIND $student_ids AS student_id
MERGE (s:Student {key: $tenant_id + '|' + student_id})
  ON CREATE SET s.tenant_id = $tenant_id, s.student_id = student_id, s.district_id = $tenant_id,
                s.applied_events = 0
MERGE (c)-[a:ADVISES {basis: $basis}]->(s)
