// Export of the catalog part that routes use, for the networkx reference enumerator and the benchmark.
// $onetsoc = null exports every career; a code exports only what routes to that career can touch.

// name: export_careers
MATCH (c:Career) WHERE $onetsoc IS NULL OR c.onetsoc = $onetsoc
RETURN c.onetsoc AS onetsoc, c.title AS title, c.typical_education_rank AS typical_education_rank,
       c.job_zone AS job_zone;

// name: export_program_leads
MATCH (p:Program)-[l:LEADS_TO]->(c:Career) WHERE $onetsoc IS NULL OR c.onetsoc = $onetsoc
RETURN p {.id, .cip, .cip4_title, .title, .credential_rank, .typical_years} AS program, c.onetsoc AS onetsoc,
       l {.below_typical_entry, .worker_share} AS lead;

// name: export_apprenticeship_leads
MATCH (a:Apprenticeship)-[l:LEADS_TO]->(c:Career) WHERE $onetsoc IS NULL OR c.onetsoc = $onetsoc
RETURN a {.rapids_code, .title, .term_hours} AS apprenticeship, c.onetsoc AS onetsoc,
       l {.below_typical_entry, .worker_share} AS lead;

// name: export_offers
MATCH (i:Institution)-[:OFFERS]->(p:Program)
WHERE $onetsoc IS NULL OR EXISTS { (p)-[:LEADS_TO]->(:Career {onetsoc: $onetsoc}) }
RETURN i.unitid AS unitid, i.state AS state, p.id AS program_id;

// name: export_related
MATCH (a:Career)-[:RELATED_TO]->(b:Career)
RETURN a.onetsoc AS source, b.onetsoc AS target;
