"""Reference enumerator: brute force over a networkx graph of the same catalog data.

It exists to check the Cypher enumeration, so it shares only the bounds rules (`rules.py`) and none of
the query logic. It builds a route graph for the career (START -> apprenticeship / program stacks ->
END) with every structurally possible stacking edge, lists all simple paths with
`networkx.all_simple_paths`, and only afterwards drops the paths that break a bound. The Cypher
queries prune the same bounds while matching; both must return the same set of raw routes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from services.pathfinding import rules
from services.pathfinding.model import (
    ANY_BACHELOR_KEY,
    MAX_PROGRAMS_PER_ROUTE,
    RANK_BACHELOR,
    RANK_DOCTORAL,
    RANK_RESIDENCY,
    Bounds,
    ProgramInfo,
    RawRoute,
    RouteKind,
)

_START = ("START", "")
_END = ("END", "")


@dataclass
class CatalogGraph:
    """Exported catalog nodes and relationships, keyed as in the graph.

    `graph` node ids are (label, key) tuples with the node properties as attributes; edges carry
    their relationship type in `type`.
    """

    graph: nx.MultiDiGraph = field(default_factory=nx.MultiDiGraph)

    def add_node(self, label: str, key: str, **properties) -> None:
        self.graph.add_node((label, key), **properties)

    def add_edge(self, source: tuple[str, str], rel_type: str, target: tuple[str, str], **properties) -> None:
        self.graph.add_edge(source, target, type=rel_type, **properties)

    def sources(self, target: tuple[str, str], rel_type: str, label: str) -> list[tuple[str, str]]:
        return [source for source, _, data in self.graph.in_edges(target, data=True)
                if data.get("type") == rel_type and source[0] == label]


def _program(node_id: tuple[str, str], properties: dict) -> ProgramInfo:
    return ProgramInfo(id=node_id[1], cip=properties["cip"], title=properties.get("title", ""),
                       cip4_title=properties.get("cip4_title") or "",
                       credential_rank=int(properties["credential_rank"]),
                       typical_years=float(properties.get("typical_years") or 0.0))


def _offered_in(catalog: CatalogGraph, program_id: tuple[str, str], states: Iterable[str]) -> bool:
    wanted = set(states)
    for source in catalog.sources(program_id, "OFFERS", "Institution"):
        if catalog.graph.nodes[source].get("state") in wanted:
            return True
    return False


def build_route_graph(catalog: CatalogGraph, onetsoc: str) -> tuple[nx.DiGraph, dict[str, ProgramInfo]]:
    """Return START->END route graph for one career and the programs on it, before any bound."""
    career = ("Career", onetsoc)
    routes = nx.DiGraph()
    routes.add_node(_START)
    routes.add_node(_END)
    if career not in catalog.graph:
        return routes, {}

    routes.add_edge(_START, _END)
    for apprenticeship in catalog.sources(career, "LEADS_TO", "Apprenticeship"):
        routes.add_edge(_START, apprenticeship)
        routes.add_edge(apprenticeship, _END)

    programs = {node[1]: _program(node, catalog.graph.nodes[node])
                for node in catalog.sources(career, "LEADS_TO", "Program")}
    any_bachelor = ("Program", ANY_BACHELOR_KEY)
    routes.add_edge(_START, any_bachelor)
    residencies = [program for program in programs.values() if program.credential_rank == RANK_RESIDENCY]
    for program in programs.values():
        node = ("Program", program.id)
        routes.add_edge(node, _END)
        if program.credential_rank == RANK_RESIDENCY:
            continue
        routes.add_edge(_START, node)
        routes.add_edge(any_bachelor, node)
        for other in programs.values():
            if other.cip == program.cip and program.credential_rank < other.credential_rank < RANK_RESIDENCY:
                routes.add_edge(node, ("Program", other.id))
        for residency in residencies:
            routes.add_edge(node, ("Program", residency.id))
    return routes, programs


def enumerate_routes(catalog: CatalogGraph, onetsoc: str, bounds: Bounds, program_budget: float,
                     other_budget: float) -> set[RawRoute]:
    """Return every raw route to `onetsoc` within the bounds, by listing all paths and filtering."""
    routes, programs = build_route_graph(catalog, onetsoc)
    career_properties = catalog.graph.nodes.get(("Career", onetsoc), {})
    found: set[RawRoute] = set()
    # START, the any-bachelor step, the degree stack, one residency, END.
    cutoff = MAX_PROGRAMS_PER_ROUTE + 3

    for path in nx.all_simple_paths(routes, _START, _END, cutoff=cutoff):
        inner = path[1:-1]
        raw = _check_path(catalog, onetsoc, inner, programs, career_properties, bounds, program_budget, other_budget)
        if raw is not None:
            found.add(raw)
    return found


def _check_path(catalog, onetsoc, inner, programs, career_properties, bounds, program_budget, other_budget):
    if not inner:
        return _check_direct(career_properties, bounds, other_budget)

    if inner[0][0] == "Apprenticeship":
        if RouteKind.APPRENTICESHIP not in bounds.route_kinds:
            return None
        # Apprentices are paid from the start, so only the start must fit in the horizon.
        if other_budget < 0:
            return None
        if not rules.ends_stack(*_lead_facts(catalog, inner[0], onetsoc), bounds.min_worker_share):
            return None
        return (("APPRENTICESHIP", inner[0][1]),)

    any_bachelor = inner[0][1] == ANY_BACHELOR_KEY
    chain_ids = [node[1] for node in inner[1:]] if any_bachelor else [node[1] for node in inner]
    if not chain_ids:
        return None
    chain = [programs[program_id] for program_id in chain_ids]
    residency = chain[-1] if chain[-1].credential_rank == RANK_RESIDENCY else None
    degrees = chain[:-1] if residency else chain
    if not degrees or len(degrees) > MAX_PROGRAMS_PER_ROUTE or not _chain_allowed(catalog, degrees, programs, any_bachelor, bounds):
        return None
    if not _ends_stack(catalog, degrees[-1], onetsoc, bounds):
        return None
    has_residency = any(program.credential_rank == RANK_RESIDENCY for program in programs.values())
    if residency is None and degrees[-1].credential_rank == RANK_DOCTORAL and has_residency:
        return None
    if residency is not None and (degrees[-1].credential_rank != RANK_DOCTORAL
                                  or rules.chain_kind(chain) not in bounds.route_kinds):
        return None
    if rules.chain_years(chain, any_bachelor) > program_budget:
        return None
    return rules.program_raw_route(chain, any_bachelor)


def _ends_stack(catalog: CatalogGraph, program: ProgramInfo, onetsoc: str, bounds: Bounds) -> bool:
    below_typical_entry, worker_share = _lead_facts(catalog, ("Program", program.id), onetsoc)
    return rules.ends_stack(below_typical_entry, worker_share, bounds.min_worker_share)


def _lead_facts(catalog: CatalogGraph, source: tuple[str, str], onetsoc: str) -> tuple[bool | None, float | None]:
    """Return `below_typical_entry` and `worker_share` of the LEADS_TO from `source` to the career."""
    edges = catalog.graph.get_edge_data(source, ("Career", onetsoc)) or {}
    lead = next((data for data in edges.values() if data.get("type") == "LEADS_TO"), {})
    return lead.get("below_typical_entry"), lead.get("worker_share")


def _check_direct(career_properties, bounds, other_budget):
    rank = career_properties.get("typical_education_rank")
    zone = career_properties.get("job_zone")
    direct = rank <= 1 if rank is not None else (zone is not None and zone <= 2)
    if direct and RouteKind.DIRECT_TO_WORK in bounds.route_kinds and other_budget >= 0:
        return ()
    return None


def _chain_allowed(catalog, chain, programs, any_bachelor, bounds) -> bool:
    first = chain[0]
    has_bachelor = any(other.cip == first.cip and other.credential_rank == RANK_BACHELOR
                       for other in programs.values())
    allowed, needs_bachelor = rules.valid_first_program(first, has_bachelor)
    if not allowed or needs_bachelor != any_bachelor:
        return False

    for previous, program in zip(chain, chain[1:]):
        if not rules.valid_stack_step(previous, program):
            return False
    if any(program.credential_rank > bounds.max_education_rank for program in chain):
        return False
    if rules.chain_kind(chain) not in bounds.route_kinds:
        return False
    if bounds.states:
        return all(_offered_in(catalog, ("Program", program.id), bounds.states) for program in chain)
    return True


