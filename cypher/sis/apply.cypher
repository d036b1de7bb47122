// Effects of normalised SIS records. Every statement runs inside the consumer's transaction after
// claim_event, and takes parameters only.

// name: claim_record_version
// Last writer wins per record key: `newer` is false when a record with a later occurred_at was applied.
MERGE (v:SisRecordVersion {key: $key})
  ON CREATE SET v.tenant_id = $tenant_id, v.occurred_at_ms = $occurred_at_ms, v._new = true
WITH v, coalesce(v._new, false) OR v.occurred_at_ms <= $occurred_at_ms AS newer
SET v.occurred_at_ms = CASE WHEN newer THEN $occurred_at_ms ELSE v.occurred_at_ms END
REMOVE v._new
RETURN newer

// name: merge_district
MERGE (d:District {id: $tenant_id})
  ON CREATE SET d.name = $tenant_id, d.source = 'sis'

// name: upsert_student
MERGE (s:Student {key: $tenant_id + '|' + $student_id})
  ON CREATE SET s.tenant_id = $tenant_id, s.student_id = $student_id, s.district_id = $tenant_id,
                s.applied_events = 0
SET s.source_system = $source_system, s.source_id = $source_id,
    s.school_id = CASE WHEN $school_id = '' THEN s.school_id ELSE $school_id END,
    s.grade = CASE WHEN $grade = '' THEN s.grade ELSE $grade END,
    s.sis_status = $status, s.sis_updated_at_ms = $occurred_at_ms
WITH s
UNWIND $external_ids AS ext
MERGE (e:ExternalId {key: $tenant_id + '|' + ext.system + '|' + ext.value})
  ON CREATE SET e.system = ext.system, e.value = ext.value
MERGE (e)-[:IDENTIFIES]->(s)

// name: touch_student
// Create a student referenced before its own record arrived (out-of-order events) and count the event.
MERGE (s:Student {key: $tenant_id + '|' + $student_id})
  ON CREATE SET s.tenant_id = $tenant_id, s.student_id = $student_id, s.district_id = $tenant_id,
                s.applied_events = 0
SET s.applied_events = coalesce(s.applied_events, 0) + 1

// name: upsert_school
MERGE (s:School {key: $tenant_id + '|' + $school_id})
SET s.tenant_id = $tenant_id, s.school_id = $school_id, s.name = $name, s.org_type = $org_type,
    s.parent_id = $parent_id, s.sis_status = $status

// name: upsert_course
MERGE (d:District {id: $tenant_id})
  ON CREATE SET d.name = $tenant_id, d.source = 'sis'
MERGE (c:DistrictCourse {key: $tenant_id + '|' + $course_code})
  ON CREATE SET c.district_id = $tenant_id, c.number = $course_code, c.source = 'sis'
SET c.name = CASE WHEN $title = '' THEN coalesce(c.name, $course_code) ELSE $title END,
    c.credits = CASE WHEN $credits > 0 THEN $credits ELSE c.credits END,
    c.department = CASE WHEN $subject = '' THEN c.department ELSE $subject END,
    c.sced_code = CASE WHEN $sced_code = '' THEN c.sced_code ELSE $sced_code END,
    c.grade_levels = $grade_levels, c.sis_status = $status
MERGE (d)-[:OFFERS_COURSE]->(c)
WITH c
OPTIONAL MATCH (k:Course {sced_code: $sced_code})
FOREACH (_ IN CASE WHEN k IS NULL THEN [] ELSE [1] END |
  MERGE (c)-[m:MAPS_TO]->(k) ON CREATE SET m.rule = 'sis_feed_sced_code')

// name: merge_course_stub
MERGE (d:District {id: $tenant_id})
  ON CREATE SET d.name = $tenant_id, d.source = 'sis'
MERGE (c:DistrictCourse {key: $tenant_id + '|' + $course_code})
  ON CREATE SET c.district_id = $tenant_id, c.number = $course_code, c.name = $title, c.source = 'sis',
                c.department = $subject
MERGE (d)-[:OFFERS_COURSE]->(c)

// name: upsert_enrollment
MATCH (s:Student {key: $tenant_id + '|' + $student_id})
MATCH (c:DistrictCourse {key: $tenant_id + '|' + $course_code})
MERGE (s)-[e:ENROLLED_IN {section_id: $section_id}]->(c)
SET e.term = $term, e.begin_date = $begin_date, e.end_date = $end_date, e.source_id = $source_id

// name: delete_enrollment
MATCH (s:Student {key: $tenant_id + '|' + $student_id})-[e:ENROLLED_IN {section_id: $section_id}]->(:DistrictCourse)
DELETE e

// name: upsert_transcript
MATCH (s:Student {key: $tenant_id + '|' + $student_id})
MATCH (c:DistrictCourse {key: $tenant_id + '|' + $course_code})
MERGE (s)-[r:COMPLETED {attempt_key: $source_id}]->(c)
SET r.grade = $grade_earned, r.credits = $credits_earned, r.credits_attempted = $credits_attempted,
    r.term = $term, r.school_year = $school_year, r.passed = $passed, r.subject = $subject,
    r.grade_level = $grade_level

// name: delete_transcript
MATCH (:Student {key: $tenant_id + '|' + $student_id})-[r:COMPLETED {attempt_key: $source_id}]->()
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
