// Schema of the SIS sync and progress service. Each statement is idempotent.
CREATE CONSTRAINT sis_record_version_key IF NOT EXISTS
FOR (v:SisRecordVersion) REQUIRE v.key IS UNIQUE;

CREATE CONSTRAINT school_key IF NOT EXISTS
FOR (s:School) REQUIRE s.key IS UNIQUE;

CREATE CONSTRAINT counselor_key IF NOT EXISTS
FOR (c:Counselor) REQUIRE c.key IS UNIQUE;

CREATE CONSTRAINT graduation_plan_spec_key IF NOT EXISTS
FOR (g:GraduationPlanSpec) REQUIRE g.key IS UNIQUE;

CREATE CONSTRAINT plan_key IF NOT EXISTS
FOR (p:Plan) REQUIRE p.key IS UNIQUE;

CREATE CONSTRAINT milestone_key IF NOT EXISTS
FOR (m:Milestone) REQUIRE m.key IS UNIQUE;

CREATE CONSTRAINT student_progress_key IF NOT EXISTS
FOR (p:StudentProgress) REQUIRE p.key IS UNIQUE;

CREATE CONSTRAINT progress_alert_key IF NOT EXISTS
FOR (a:ProgressAlert) REQUIRE a.key IS UNIQUE;

CREATE INDEX student_tenant_school IF NOT EXISTS
FOR (s:Student) ON (s.tenant_id, s.school_id);

CREATE INDEX student_progress_tenant IF NOT EXISTS
FOR (p:StudentProgress) ON (p.tenant_id);

CREATE INDEX progress_alert_tenant_student IF NOT EXISTS
FOR (a:ProgressAlert) ON (a.tenant_id, a.student_id);
