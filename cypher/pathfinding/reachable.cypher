// Reachable careers: the shortest route of each allowed kind to every career, within the bounds.
// A shortest route never needs more than two programs: a longer stack contains a valid stack of at
// most two programs ending at the same program that takes no more years (see rules.py), so the query
// matches those shapes only, and adds the shortest residency after a doctoral or first professional
// degree when the career has one. Parameters as in routes.cypher, plus $include_direct,
// $include_apprenticeship, $other_budget.

// name: reachable_careers
CALL () {
  MATCH (c:Career)
  WHERE $include_direct AND $other_budget >= 0
    AND (c.typical_education_rank <= 1 OR (c.typical_education_rank IS NULL AND c.job_zone <= 2))
  RETURN c, 0.0 AS years, 'DIRECT_TO_WORK' AS kind
  UNION ALL
  MATCH (a:Apprenticeship)-[l:LEADS_TO]->(c:Career)
  WHERE $include_apprenticeship
    AND (NOT coalesce(l.below_typical_entry, false) OR coalesce(l.worker_share, 0.0) >= $min_worker_share)
  // Apprentices are paid from the start, so the first paid job comes 0 years after high school.
  WITH c
  WHERE $other_budget >= 0
  RETURN c, 0.0 AS years, 'APPRENTICESHIP' AS kind
  UNION ALL
  MATCH (p:Program WHERE p.credential_rank >= 2 AND p.credential_rank <= 5 AND p.credential_rank <= $max_rank
           AND p.credential_rank IN $top_ranks
           AND ($states = [] OR EXISTS { (p)<-[:OFFERS]-(i:Institution) WHERE i.state IN $states }))
        -[l:LEADS_TO]->(c:Career)
  WHERE NOT coalesce(l.below_typical_entry, false) OR coalesce(l.worker_share, 0.0) >= $min_worker_share
  WITH c, p, coalesce(p.typical_years, $default_years[toString(p.credential_rank)]) AS years
  WHERE years <= $program_budget
  RETURN c, years, 'PROGRAM:' + toString(p.credential_rank) AS kind
  UNION ALL
  MATCH (g:Program WHERE g.credential_rank >= 6 AND g.credential_rank <= $max_rank AND g.credential_rank IN $top_ranks
           AND ($states = [] OR EXISTS { (g)<-[:OFFERS]-(i:Institution) WHERE i.state IN $states }))
        -[l:LEADS_TO]->(c:Career)
  WHERE NOT coalesce(l.below_typical_entry, false) OR coalesce(l.worker_share, 0.0) >= $min_worker_share
  OPTIONAL MATCH (b:Program {cip: g.cip, credential_rank: 5})-[:LEADS_TO]->(c)
  WITH c, g, b
  WHERE b IS NULL OR $states = [] OR EXISTS { (b)<-[:OFFERS]-(i:Institution) WHERE i.state IN $states }
  WITH c, g, b,
       CASE WHEN g.credential_rank = 8
            THEN COLLECT { MATCH (r:Program {credential_rank: 9})-[:LEADS_TO]->(c)
                           RETURN coalesce(r.typical_years, $default_years['9']) } END AS residency_years
  WITH c, g, CASE WHEN b IS NULL THEN $any_bachelor_years
                  ELSE coalesce(b.typical_years, $default_years['5']) END
             + coalesce(g.typical_years, $default_years[toString(g.credential_rank)])
             + coalesce(reduce(least = null, y IN residency_years | CASE WHEN least IS NULL OR y < least THEN y
                                                                         ELSE least END), 0.0) AS years
  WHERE years <= $program_budget
  RETURN c, years, 'PROGRAM:' + toString(g.credential_rank) AS kind
}
WITH c, kind, min(years) AS years, count(*) AS routes
RETURN c {.onetsoc, .title, .typical_education, .typical_education_rank, .median_wage, .growth_pct,
          .bright_outlook} AS career, kind, years, routes;

// name: related_edges
// Related-occupation edges used for later career moves; $max_related_rank keeps the closest ones.
MATCH (a:Career)-[r:RELATED_TO]->(b:Career)
WHERE coalesce(r.rank, 99) <= $max_related_rank
RETURN a.onetsoc AS source, b {.onetsoc, .title, .typical_education, .typical_education_rank, .median_wage,
                                .growth_pct, .bright_outlook} AS target;
