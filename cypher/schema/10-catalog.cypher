// Catalog schema: one unique key per label (see cypher/README.md) and the indexes the catalog
// service and pathfinding query by. Every statement is idempotent.
CREATE CONSTRAINT career_onetsoc IF NOT EXISTS FOR (n:Career) REQUIRE n.onetsoc IS UNIQUE;
CREATE CONSTRAINT cluster_id IF NOT EXISTS FOR (n:Cluster) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT subcluster_id IF NOT EXISTS FOR (n:SubCluster) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT institution_unitid IF NOT EXISTS FOR (n:Institution) REQUIRE n.unitid IS UNIQUE;
CREATE CONSTRAINT apprenticeship_rapids_code IF NOT EXISTS FOR (n:Apprenticeship) REQUIRE n.rapids_code IS UNIQUE;
CREATE CONSTRAINT subject_area_code IF NOT EXISTS FOR (n:SubjectArea) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT course_sced_code IF NOT EXISTS FOR (n:Course) REQUIRE n.sced_code IS UNIQUE;
CREATE CONSTRAINT district_id IF NOT EXISTS FOR (n:District) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT district_course_key IF NOT EXISTS FOR (n:DistrictCourse) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT graduation_requirement_key IF NOT EXISTS FOR (n:GraduationRequirement) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT state_code IF NOT EXISTS FOR (n:State) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT knowledge_id IF NOT EXISTS FOR (n:Knowledge) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT skill_id IF NOT EXISTS FOR (n:Skill) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT catalog_load_fingerprint IF NOT EXISTS FOR (n:CatalogLoad) REQUIRE n.fingerprint IS UNIQUE;
CREATE CONSTRAINT rejected_row_key IF NOT EXISTS FOR (n:RejectedRow) REQUIRE n.key IS UNIQUE;
CREATE INDEX career_soc IF NOT EXISTS FOR (n:Career) ON (n.soc);
CREATE INDEX program_cip IF NOT EXISTS FOR (n:Program) ON (n.cip);
CREATE INDEX program_credential_level IF NOT EXISTS FOR (n:Program) ON (n.credential_level);
CREATE INDEX institution_state IF NOT EXISTS FOR (n:Institution) ON (n.state);
CREATE INDEX course_subject_area IF NOT EXISTS FOR (n:Course) ON (n.subject_area_code);
CREATE INDEX district_course_district IF NOT EXISTS FOR (n:DistrictCourse) ON (n.district_id);
CREATE FULLTEXT INDEX career_titles IF NOT EXISTS FOR (n:Career) ON EACH [n.title, n.search_titles, n.search_reported];
