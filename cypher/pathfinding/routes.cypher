// Route enumeration for the pathfinding service. Every statement takes parameters only; the bounds
// semantics are described in services/pathfinding/rules.py and the reference enumerator must agree.
// Program years: coalesce(p.typical_years, $default_years[toString(p.credential_rank)]).

// name: career_facts
// One career with its state wages. $onetsoc: O*NET-SOC code.
MATCH (c:Career {onetsoc: $onetsoc})
OPTIONAL MATCH (c)-[w:WAGE_IN]->(s:State)
RETURN c {.*} AS career,
       [row IN collect({state: s.code, median_wage: w.median_wage}) WHERE row.state IS NOT NULL] AS state_wages;

// name: program_routes
// Program stacks to one career. Each program of a stack leads to the career and shares the first
// program's CIP; the stacking rules are inline predicates of each MATCH, so a stack that breaks a rule
// is never extended. The stack levels are separate MATCH clauses because one pattern may not traverse a
// relationship twice, and a stack revisits each program's LEADS_TO (Neo4j 5.26 has no REPEATABLE
// ELEMENTS match mode). A stack may end at a program only when its LEADS_TO is not below the career's
// typical entry education or its worker_share is at least $min_worker_share. A stack ending at a
// doctoral or first professional degree continues with one residency (rank 9, any CIP, no state
// filter because Scorecard lists no residencies) of the career, and must when the career has one.
// Parameters: $onetsoc, $max_rank, $states (empty = any), $top_ranks (credential ranks whose route kind
// is allowed), $budget (max program years), $default_years (rank -> years), $any_bachelor_years,
// $min_worker_share.
MATCH (c:Career {onetsoc: $onetsoc})
MATCH (first:Program WHERE first.credential_rank >= 2 AND first.credential_rank <= $max_rank
         AND ($states = [] OR EXISTS { (first)<-[:OFFERS]-(i:Institution) WHERE i.state IN $states }))
      -[l1:LEADS_TO]->(c)
WITH c, first, l1,
     EXISTS { (bachelor:Program {cip: first.cip, credential_rank: 5})-[:LEADS_TO]->(c) } AS has_bachelor
WHERE first.credential_rank <= 5 OR NOT has_bachelor
CALL (c, first, l1) {
  WITH c, first, l1
  WHERE NOT coalesce(l1.below_typical_entry, false) OR coalesce(l1.worker_share, 0.0) >= $min_worker_share
  RETURN [first] AS chain
  UNION
  MATCH (second:Program {cip: first.cip}
         WHERE second.credential_rank > first.credential_rank AND second.credential_rank <= $max_rank
           AND (second.credential_rank < 6 OR first.credential_rank >= 5)
           AND ($states = [] OR EXISTS { (second)<-[:OFFERS]-(i:Institution) WHERE i.state IN $states }))
        -[l2:LEADS_TO]->(c)
  CALL (c, first, second, l2) {
    WITH first, second, l2
    WHERE NOT coalesce(l2.below_typical_entry, false) OR coalesce(l2.worker_share, 0.0) >= $min_worker_share
    RETURN [first, second] AS chain
    UNION
    MATCH (third:Program {cip: first.cip}
           WHERE third.credential_rank > second.credential_rank AND third.credential_rank <= $max_rank
             AND (third.credential_rank < 6 OR second.credential_rank >= 5)
             AND ($states = [] OR EXISTS { (third)<-[:OFFERS]-(i:Institution) WHERE i.state IN $states }))
          -[l3:LEADS_TO]->(c)
    WHERE NOT coalesce(l3.below_typical_entry, false) OR coalesce(l3.worker_share, 0.0) >= $min_worker_share
    RETURN [first, second, third] AS chain
  }
  RETURN chain
}
WITH c, chain, first.credential_rank >= 6 AS any_bachelor,
     last(chain).credential_rank = 8 AND EXISTS { (:Program {credential_rank: 9})-[:LEADS_TO]->(c) } AS needs_residency
CALL (c, chain, needs_residency) {
  UNWIND CASE WHEN needs_residency THEN [] ELSE [chain] END AS full_chain
  RETURN full_chain
  UNION
  MATCH (residency:Program {credential_rank: 9})-[:LEADS_TO]->(c)
  WHERE needs_residency
  RETURN chain + [residency] AS full_chain
}
WITH full_chain AS chain, any_bachelor
WHERE last(chain).credential_rank IN $top_ranks
WITH chain, any_bachelor,
     [p IN chain | coalesce(p.typical_years, $default_years[toString(p.credential_rank)])] AS years
WITH chain, any_bachelor,
     reduce(total = CASE WHEN any_bachelor THEN $any_bachelor_years ELSE 0.0 END, i IN range(0, size(chain) - 1) |
       total + CASE
         WHEN i > 0 AND chain[i - 1].credential_rank <= 5 AND chain[i].credential_rank <= 5
           THEN CASE WHEN years[i] - years[i - 1] > 1.0 THEN years[i] - years[i - 1] ELSE 1.0 END
         ELSE years[i] END) AS total_years
WHERE total_years <= $budget
RETURN any_bachelor, [p IN chain | p.id] AS program_ids, total_years;

// name: apprenticeship_routes
// Apprenticeships to one career with their years (term hours / 2000; $default_apprenticeship_years
// when the term is unknown). Apprentices are paid from the first day, so the horizon applies to the
// apprenticeship's start: every apprenticeship is a route when $budget (years left after high school)
// is not negative. An apprenticeship counts as a high school diploma, so one into a career whose
// typical entry education is higher (below_typical_entry) is a route only when its worker_share is at
// least $min_worker_share.
MATCH (a:Apprenticeship)
      -[l:LEADS_TO WHERE NOT coalesce(l.below_typical_entry, false)
                         OR coalesce(l.worker_share, 0.0) >= $min_worker_share]->
      (:Career {onetsoc: $onetsoc})
WITH a, CASE WHEN coalesce(a.term_hours, 0) > 0 THEN toFloat(a.term_hours) / 2000.0
             ELSE $default_apprenticeship_years END AS years
WHERE $budget >= 0
RETURN a.rapids_code AS rapids_code, years;

// name: route_nodes
// Properties of the programs and apprenticeships on enumerated routes, and institutions offering the
// programs ($states empty = all states).
UNWIND $program_ids AS program_id
MATCH (p:Program {id: program_id})
OPTIONAL MATCH (i:Institution)-[o:OFFERS]->(p)
  WHERE $states = [] OR i.state IN $states
WITH p, collect(CASE WHEN i IS NULL THEN NULL ELSE {unitid: i.unitid, name: i.name, city: i.city, state: i.state,
          net_price: i.net_price, median_debt: coalesce(o.median_debt, i.median_debt),
          median_earnings: o.median_earnings_1yr} END) AS offers
RETURN p {.id, .cip, .cip4_title, .title, .credential_rank, .typical_years, .credential_level} AS program, offers;

// name: apprenticeship_nodes
UNWIND $rapids_codes AS code
MATCH (a:Apprenticeship {rapids_code: code})
RETURN a {.rapids_code, .title, .term_hours, .apprenticeship_type} AS apprenticeship;

// name: hs_courses
// District courses that prepare for the career (through their SCED course) and are still open to the
// student or already taken, plus every prerequisite up to 4 steps back. A district course's link
// weight is PREPARES_FOR weight x MAPS_TO confidence (title similarity of district course and SCED
// course); links below $min_link_weight are dropped, because a weak title match over a broad knowledge
// domain puts unrelated courses on the list. The rest are ordered by PREPARES_FOR weight, then link
// weight, and $limit caps them.
MATCH (:Career {onetsoc: $onetsoc})<-[pf:PREPARES_FOR]-(:Course)<-[m:MAPS_TO]-
      (dc:DistrictCourse {district_id: $district_id})
WHERE coalesce(dc.grade_max, 12) >= $grade OR dc.number IN $taken
WITH dc, coalesce(pf.weight, 0.0) AS weight, coalesce(pf.weight, 0.0) * coalesce(m.confidence, 1.0) AS link_weight,
     pf.rule AS rule
WHERE link_weight >= $min_link_weight
WITH dc, max(weight) AS weight, max(link_weight) AS link_weight, min(rule) AS rule
ORDER BY weight DESC, link_weight DESC, dc.number
LIMIT $limit
WITH collect({course: dc, weight: weight, rule: rule}) AS prepared
CALL (prepared) {
  UNWIND prepared AS row
  WITH row.course AS dc
  MATCH (pre:DistrictCourse {district_id: $district_id})-[:PREREQUISITE_OF]->{1,4}(dc)
  RETURN collect(DISTINCT pre) AS prerequisites
}
WITH prepared, prerequisites
UNWIND [row IN prepared | row.course] + prerequisites AS course
WITH DISTINCT course, prepared
OPTIONAL MATCH (pre:DistrictCourse {district_id: $district_id})-[:PREREQUISITE_OF]->(course)
WITH course, prepared, collect(pre.number) AS direct_prerequisites
RETURN course {.key, .number, .name, .credits, .grade_min, .grade_max, .dual_enrollment, .cte,
               .work_based_learning} AS course,
       direct_prerequisites,
       coalesce(head([row IN prepared WHERE row.course = course | row.weight]), 0.0) AS weight,
       coalesce(head([row IN prepared WHERE row.course = course | row.rule]), '') AS link_rule;

// name: career_moves
// Later moves from the career along O*NET related occupations: the shortest path to each career
// within 3 hops over the $max_related_rank most related occupations of each step. Every career on the
// path has an O*NET job zone of at least $min_job_zone (the starting career's; null admits all), so
// helpers and other lower-preparation occupations are not offered as moves. `tier` and `rank` are
// those of the first hop, for ordering (Primary-Short first). `residency_cips` are the CIP codes of the
// residency programs (credential rank 9) that lead to a career, so callers can drop moves that need
// another residency.
MATCH (c:Career {onetsoc: $onetsoc})
MATCH path = ANY SHORTEST (c)(()-[r:RELATED_TO WHERE coalesce(r.rank, 99) <= $max_related_rank]->
             (n:Career WHERE $min_job_zone IS NULL OR coalesce(n.job_zone, $min_job_zone) >= $min_job_zone)){1,3}(m:Career)
WHERE m <> c
RETURN [n IN tail(nodes(path)) | n {.onetsoc, .title, .median_wage, .growth_pct, .typical_education,
        .typical_education_rank, .bright_outlook, .job_zone,
        residency_cips: [(p:Program)-[:LEADS_TO]->(n) WHERE p.credential_rank = 9 | p.cip]}] AS careers,
       [(p:Program)-[:LEADS_TO]->(c) WHERE p.credential_rank = 9 | p.cip] AS source_residency_cips,
       head(relationships(path)).tier AS tier, head(relationships(path)).rank AS rank;
