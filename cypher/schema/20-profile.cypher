// Profile service schema: students, their external ids, and the versioned profile nodes.
// Every statement is idempotent (IF NOT EXISTS) and drops nothing.
CREATE CONSTRAINT student_key IF NOT EXISTS
FOR (s:Student) REQUIRE s.key IS UNIQUE;

CREATE INDEX student_tenant IF NOT EXISTS
FOR (s:Student) ON (s.tenant_id);

CREATE CONSTRAINT external_id_key IF NOT EXISTS
FOR (e:ExternalId) REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT inventory_attempt_key IF NOT EXISTS
FOR (a:InventoryAttempt) REQUIRE a.key IS UNIQUE;

CREATE CONSTRAINT values_attempt_key IF NOT EXISTS
FOR (a:ValuesAttempt) REQUIRE a.key IS UNIQUE;

CREATE CONSTRAINT aspirations_key IF NOT EXISTS
FOR (a:Aspirations) REQUIRE a.key IS UNIQUE;

CREATE CONSTRAINT consent_key IF NOT EXISTS
FOR (c:Consent) REQUIRE c.key IS UNIQUE;
