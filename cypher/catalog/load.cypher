// Catalog load statements, one per row list built by services.catalog.loader.build. Each takes
// $rows (a batch) and MERGEs on the label keys, so running a load twice changes nothing.

// name: states
UNWIND $rows AS row
MERGE (s:State {code: row.code})
SET s.load_fingerprint = $fingerprint
SET s.fips = row.fips, s.name = row.name

// name: knowledge
UNWIND $rows AS row
MERGE (k:Knowledge {id: row.id})
SET k.load_fingerprint = $fingerprint
SET k.name = row.name

// name: skills
UNWIND $rows AS row
MERGE (k:Skill {id: row.id})
SET k.load_fingerprint = $fingerprint
SET k.name = row.name

// name: careers
UNWIND $rows AS row
MERGE (c:Career {onetsoc: row.onetsoc})
SET c.load_fingerprint = $fingerprint
SET c += row

// name: requires_knowledge
UNWIND $rows AS row
MATCH (c:Career {onetsoc: row.onetsoc})
MATCH (k:Knowledge {id: row.id})
MERGE (c)-[r:REQUIRES_KNOWLEDGE]->(k)
SET r.load_fingerprint = $fingerprint
SET r.importance = row.importance, r.level = row.level

// name: requires_skill
UNWIND $rows AS row
MATCH (c:Career {onetsoc: row.onetsoc})
MATCH (k:Skill {id: row.id})
MERGE (c)-[r:REQUIRES_SKILL]->(k)
SET r.load_fingerprint = $fingerprint
SET r.importance = row.importance, r.level = row.level

// name: wage_in
UNWIND $rows AS row
MATCH (c:Career {onetsoc: row.onetsoc})
MATCH (s:State {code: row.state})
MERGE (c)-[r:WAGE_IN]->(s)
SET r.load_fingerprint = $fingerprint
SET r.median_wage = row.median_wage, r.mean_wage = row.mean_wage, r.employment = row.employment,
    r.p10 = row.p10, r.p90 = row.p90, r.wage_soc = row.wage_soc, r.is_aggregate = row.is_aggregate,
    r.top_coded = row.top_coded

// name: related
UNWIND $rows AS row
MATCH (a:Career {onetsoc: row.onetsoc})
MATCH (b:Career {onetsoc: row.related_onetsoc})
MERGE (a)-[r:RELATED_TO]->(b)
SET r.load_fingerprint = $fingerprint
SET r.tier = row.tier, r.rank = row.rank

// name: clusters
UNWIND $rows AS row
MERGE (c:Cluster {id: row.id})
SET c.load_fingerprint = $fingerprint
SET c.name = row.name

// name: subclusters
UNWIND $rows AS row
MATCH (c:Cluster {id: row.cluster_id})
MERGE (s:SubCluster {id: row.id})
SET s.load_fingerprint = $fingerprint
SET s.name = row.name, s.cluster_id = row.cluster_id, s.naics = row.naics
MERGE (s)-[rel:IN_CLUSTER]->(c)
SET rel.load_fingerprint = $fingerprint

// name: career_clusters
UNWIND $rows AS row
MATCH (n:Career {onetsoc: row.key})
MATCH (c:Cluster {id: row.cluster_id})
MERGE (n)-[r:IN_CLUSTER]->(c)
SET r.load_fingerprint = $fingerprint
SET r.interdisciplinary = row.interdisciplinary

// name: career_subclusters
UNWIND $rows AS row
MATCH (n:Career {onetsoc: row.key})
MATCH (c:SubCluster {id: row.cluster_id})
MERGE (n)-[rel:IN_SUBCLUSTER]->(c)
SET rel.load_fingerprint = $fingerprint

// name: programs
UNWIND $rows AS row
MERGE (p:Program {id: row.id})
SET p.load_fingerprint = $fingerprint
SET p += row

// name: program_leads_to
UNWIND $rows AS row
MATCH (p:Program {id: row.program_id})
MATCH (c:Career {onetsoc: row.onetsoc})
MERGE (p)-[r:LEADS_TO]->(c)
SET r.load_fingerprint = $fingerprint
SET r.source = 'cip_soc_2020', r.meets_entry_education = row.meets_entry_education,
    r.below_typical_entry = row.below_typical_entry, r.worker_share = row.worker_share

// name: program_clusters
UNWIND $rows AS row
MATCH (n:Program {id: row.key})
MATCH (c:Cluster {id: row.cluster_id})
MERGE (n)-[r:IN_CLUSTER]->(c)
SET r.load_fingerprint = $fingerprint
SET r.interdisciplinary = row.interdisciplinary

// name: program_subclusters
UNWIND $rows AS row
MATCH (n:Program {id: row.key})
MATCH (c:SubCluster {id: row.cluster_id})
MERGE (n)-[rel:IN_SUBCLUSTER]->(c)
SET rel.load_fingerprint = $fingerprint

// name: institutions
UNWIND $rows AS row
MERGE (i:Institution {unitid: row.unitid})
SET i.load_fingerprint = $fingerprint
SET i += row
WITH i, row
MATCH (s:State {code: row.state})
MERGE (i)-[rel:LOCATED_IN]->(s)
SET rel.load_fingerprint = $fingerprint

// name: offers
UNWIND $rows AS row
MATCH (i:Institution {unitid: row.unitid})
MATCH (p:Program {id: row.program_id})
MERGE (i)-[r:OFFERS]->(p)
SET r.load_fingerprint = $fingerprint
SET r.cip4 = row.cip4, r.median_earnings_1yr = row.median_earnings_1yr, r.median_debt = row.median_debt,
    r.completions = row.completions, r.source = 'scorecard_fos_pp1516_1617'

// name: apprenticeships
UNWIND $rows AS row
MERGE (a:Apprenticeship {rapids_code: row.rapids_code})
SET a.load_fingerprint = $fingerprint
SET a += row

// name: apprenticeship_leads_to
UNWIND $rows AS row
MATCH (a:Apprenticeship {rapids_code: row.rapids_code})
MATCH (c:Career {onetsoc: row.onetsoc})
MERGE (a)-[r:LEADS_TO]->(c)
SET r.load_fingerprint = $fingerprint
SET r.source = 'rapids_2019', r.mapping_method = row.mapping_method,
    r.below_typical_entry = row.below_typical_entry, r.worker_share = row.worker_share

// name: subject_areas
UNWIND $rows AS row
MERGE (s:SubjectArea {code: row.code})
SET s.load_fingerprint = $fingerprint
SET s.name = row.name

// name: courses
UNWIND $rows AS row
MERGE (c:Course {sced_code: row.sced_code})
SET c.load_fingerprint = $fingerprint
SET c += row
WITH c, row
MATCH (s:SubjectArea {code: row.subject_area_code})
MERGE (c)-[rel:IN_SUBJECT]->(s)
SET rel.load_fingerprint = $fingerprint

// name: prepares_for
UNWIND $rows AS row
MATCH (course:Course {sced_code: row.sced_code})
MATCH (c:Career {onetsoc: row.onetsoc})
MERGE (course)-[r:PREPARES_FOR]->(c)
SET r.load_fingerprint = $fingerprint
SET r.rule = row.rule, r.weight = row.weight, r.knowledge = row.knowledge,
    r.knowledge_onetsoc = row.knowledge_onetsoc, r.derived = true

// name: districts
UNWIND $rows AS row
MERGE (d:District {id: row.id})
SET d.load_fingerprint = $fingerprint
SET d.name = row.name, d.state = row.state

// name: district_courses
UNWIND $rows AS row
MATCH (d:District {id: row.district_id})
MERGE (c:DistrictCourse {key: row.key})
SET c.load_fingerprint = $fingerprint
SET c += row
MERGE (d)-[rel:OFFERS_COURSE]->(c)
SET rel.load_fingerprint = $fingerprint

// name: prerequisites
UNWIND $rows AS row
MATCH (a:DistrictCourse {key: row.from_key})
MATCH (b:DistrictCourse {key: row.to_key})
MERGE (a)-[r:PREREQUISITE_OF]->(b)
SET r.load_fingerprint = $fingerprint
SET r.source = row.source

// name: maps_to
UNWIND $rows AS row
MATCH (a:DistrictCourse {key: row.key})
MATCH (c:Course {sced_code: row.sced_code})
MERGE (a)-[r:MAPS_TO]->(c)
SET r.load_fingerprint = $fingerprint
SET r.rule = row.rule, r.confidence = row.confidence

// name: requirements
UNWIND $rows AS row
MATCH (d:District {id: row.district_id})
MERGE (g:GraduationRequirement {key: row.key})
SET g.load_fingerprint = $fingerprint
SET g += row
MERGE (d)-[rel:REQUIRES]->(g)
SET rel.load_fingerprint = $fingerprint

// name: rejected_rows
UNWIND $rows AS row
MERGE (r:RejectedRow {key: row.key})
SET r.file = row.file, r.line = row.line, r.reason = row.reason, r.load_fingerprint = $fingerprint

// name: find_load
MATCH (l:CatalogLoad {fingerprint: $fingerprint, complete: true})
RETURN l.load_id AS load_id, l.finished_at AS finished_at

// name: record_load
MERGE (l:CatalogLoad {fingerprint: $fingerprint})
SET l.load_id = $load_id, l.data_dir = $data_dir, l.complete = true, l.finished_at = datetime(),
    l.seconds = $seconds, l.rejected_rows = $rejected_rows

// name: label_counts
// Counts only what the loader wrote, so other areas' test nodes with catalog labels do not count.
UNWIND $labels AS label
CALL (label) {
  MATCH (n:$(label))
  WHERE n.load_fingerprint IS NOT NULL OR label = 'CatalogLoad'
  RETURN count(n) AS count
}
RETURN label, count

// name: relationship_counts
UNWIND $types AS type
CALL (type) {
  MATCH ()-[r:$(type)]->()
  WHERE r.load_fingerprint IS NOT NULL
  RETURN count(r) AS count
}
RETURN type, count

// name: coverage
MATCH (c:Career)
WHERE c.load_fingerprint IS NOT NULL
RETURN count(c) AS careers,
       sum(CASE WHEN EXISTS { (:Program)-[:LEADS_TO]->(c) } THEN 1 ELSE 0 END) AS with_program,
       sum(CASE WHEN c.median_wage IS NOT NULL THEN 1 ELSE 0 END) AS with_wage,
       sum(CASE WHEN c.growth_pct IS NOT NULL THEN 1 ELSE 0 END) AS with_projection,
       sum(CASE WHEN EXISTS { (c)-[:IN_CLUSTER]->(:Cluster) } THEN 1 ELSE 0 END) AS with_cluster,
       sum(CASE WHEN EXISTS { (:Apprenticeship)-[:LEADS_TO]->(c) } THEN 1 ELSE 0 END) AS with_apprenticeship,
       sum(CASE WHEN EXISTS { (:Course)-[:PREPARES_FOR]->(c) } THEN 1 ELSE 0 END) AS with_course

// name: prune_nodes
// Delete loader-made nodes of `$label` that the current load did not write (the catalog changed).
// Nodes without load_fingerprint were made by someone else (tests of other areas) and stay.
MATCH (n:$($label))
WHERE n.load_fingerprint IS NOT NULL AND n.load_fingerprint <> $fingerprint
DETACH DELETE n
RETURN count(*) AS deleted

// name: prune_relationships
MATCH ()-[r:$($type)]->()
WHERE r.load_fingerprint IS NOT NULL AND r.load_fingerprint <> $fingerprint
DELETE r
RETURN count(*) AS deleted
