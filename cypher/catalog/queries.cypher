// Read queries of the catalog service (services/catalog/repository.py). Parameters only.

// name: get_career
MATCH (c:Career {onetsoc: $onetsoc})
OPTIONAL MATCH (c)-[w:WAGE_IN]->(:State {code: $state})
RETURN c {.*, search_titles: null, search_reported: null} AS career,
       w {.median_wage, .wage_soc, .is_aggregate} AS state_wage,
       COLLECT { MATCH (c)-[:IN_CLUSTER]->(cl:Cluster) RETURN cl {.id, .name} ORDER BY cl.name } AS clusters,
       COLLECT { MATCH (c)-[:IN_SUBCLUSTER]->(s:SubCluster)
                 RETURN s {.id, .name, .cluster_id} ORDER BY s.name } AS sub_clusters,
       COLLECT { MATCH (c)-[r:RELATED_TO]->(o:Career)
                 RETURN o {.onetsoc, .title, .median_wage, tier: r.tier, rank: r.rank} ORDER BY r.rank } AS related,
       COLLECT { MATCH (p:Program)-[l:LEADS_TO]->(c)
                 RETURN p {.id, .cip, .title, .credential_level, .credential_rank, .typical_years, .level_source,
                           meets_entry_education: l.meets_entry_education,
                           institution_count: COUNT { (p)<-[:OFFERS]-(:Institution) }}
                 ORDER BY p.credential_rank, p.cip } AS programs,
       COLLECT { MATCH (a:Apprenticeship)-[l:LEADS_TO]->(c)
                 RETURN a {.rapids_code, .title, .term_hours, .term_hours_max, .competency_based,
                           .apprenticeship_type, mapping_method: l.mapping_method} ORDER BY a.title } AS apprenticeships

// name: search_careers
CALL db.index.fulltext.queryNodes('career_titles', $lucene, {limit: $limit}) YIELD node, score
RETURN node.onetsoc AS onetsoc, node.title AS title, node.employment_2024 AS employment_2024,
       node.median_wage AS median_wage, score

// name: career_titles
MATCH (c:Career)
WHERE c.load_fingerprint IS NOT NULL
RETURN c.onetsoc AS onetsoc,
       coalesce(c.alternate_titles, []) + coalesce(c.short_titles, []) + coalesce(c.reported_titles, []) AS titles

// name: list_programs
MATCH (p:Program)
WHERE ($level IS NULL OR p.credential_level = $level)
  AND ($onetsoc IS NULL OR EXISTS { (p)-[:LEADS_TO]->(:Career {onetsoc: $onetsoc}) })
  AND ($state IS NULL OR EXISTS { (p)<-[:OFFERS]-(:Institution {state: $state}) })
WITH p ORDER BY p.credential_rank, p.cip
WITH collect(p) AS programs
RETURN size(programs) AS total,
       [p IN programs[$skip..$skip + $limit] |
        p {.id, .cip, .title, .credential_level, .credential_rank, .typical_years, .level_source,
           institution_count: COUNT { (p)<-[:OFFERS]-(:Institution) }}] AS page

// name: get_program
MATCH (p:Program {id: $id})
RETURN p {.*, institution_count: COUNT { (p)<-[:OFFERS]-(:Institution) }} AS program,
       COLLECT { MATCH (p)-[:LEADS_TO]->(c:Career) RETURN c {.onetsoc, .title, .median_wage} ORDER BY c.title } AS careers,
       COLLECT { MATCH (p)-[:IN_CLUSTER]->(cl:Cluster) RETURN cl {.id, .name} ORDER BY cl.name } AS clusters,
       COLLECT { MATCH (i:Institution)-[o:OFFERS]->(p)
                 RETURN {institution: i {.unitid, .name, .city, .state, .control},
                         median_earnings_1yr: o.median_earnings_1yr, median_debt: o.median_debt,
                         completions: o.completions} ORDER BY i.state, i.name } AS offerings

// name: get_institution
MATCH (i:Institution {unitid: $unitid})
RETURN i {.*} AS institution,
       COLLECT { MATCH (i)-[:OFFERS]->(p:Program)
                 RETURN p {.id, .cip, .title, .credential_level, .credential_rank, .typical_years, .level_source}
                 ORDER BY p.credential_rank, p.cip } AS programs

// name: list_institutions
MATCH (i:Institution)
WHERE $state IS NULL OR i.state = $state
WITH i ORDER BY i.name, i.unitid
WITH collect(i) AS institutions
RETURN size(institutions) AS total,
       [i IN institutions[$skip..$skip + $limit] | i {.unitid, .name, .city, .state, .control}] AS page

// name: get_course
MATCH (c:Course {sced_code: $sced_code})
OPTIONAL MATCH (c)-[:IN_SUBJECT]->(s:SubjectArea)
RETURN c {.sced_code, .title, .description, .subject_area_code} AS course, s.name AS subject_area_name,
       COLLECT { MATCH (c)-[r:PREPARES_FOR]->(k:Career)
                 RETURN {career: k {.onetsoc, .title, .median_wage}, weight: r.weight, rule: r.rule}
                 ORDER BY r.weight DESC, k.onetsoc } AS prepares_for

// name: list_sced_courses
MATCH (c:Course {subject_area_code: $subject_area_code})
OPTIONAL MATCH (c)-[:IN_SUBJECT]->(s:SubjectArea)
WITH c, s ORDER BY c.sced_code
WITH collect(c {.sced_code, .title, .description, .subject_area_code, subject_area_name: s.name}) AS courses
RETURN size(courses) AS total, courses[$skip..$skip + $limit] AS page

// name: list_district_courses
MATCH (d:District {id: $district_id})-[:OFFERS_COURSE]->(c:DistrictCourse)
OPTIONAL MATCH (c)-[m:MAPS_TO]->(s:Course)
WITH c, m, s ORDER BY c.number
WITH collect(c {.key, .district_id, .number, .name, .department, .credits, .grade_min, .grade_max, .honors_ap,
                .dual_enrollment, .cte, .work_based_learning, .youth_apprenticeship, .prerequisite_text,
                prerequisite_numbers: COLLECT { MATCH (p:DistrictCourse)-[:PREREQUISITE_OF]->(c)
                                                RETURN p.number ORDER BY p.number },
                sced_code: s.sced_code, sced_rule: m.rule, sced_confidence: m.confidence}) AS courses
RETURN size(courses) AS total, courses[$skip..$skip + $limit] AS page

// name: district_exists
MATCH (d:District {id: $district_id})
RETURN d.id AS id

// name: get_district
MATCH (d:District {id: $district_id})
RETURN d.id AS id, d.name AS name, d.state AS state

// name: subject_area_exists
MATCH (s:SubjectArea {code: $code})
RETURN s.code AS code

// name: list_clusters
MATCH (c:Cluster)
RETURN c {.id, .name} AS cluster,
       COLLECT { MATCH (s:SubCluster)-[:IN_CLUSTER]->(c) RETURN s {.id, .name, .cluster_id} ORDER BY s.name } AS sub_clusters,
       COUNT { (:Career)-[:IN_CLUSTER]->(c) } AS career_count
ORDER BY c.name
