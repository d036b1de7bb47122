"""The Cypher enumeration and the networkx reference find the same routes on random small catalogs."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.pathfinding import reference
from services.pathfinding.model import ALL_ROUTE_KINDS, Bounds, RouteKind
from services.pathfinding.repository import PathfindingRepository
from tests.pathfinding.catalogs import small_catalogs

pytestmark = pytest.mark.integration

bounds_strategy = st.builds(
    Bounds,
    horizon_years=st.sampled_from([3.0, 6.0, 9.0, 12.0, 16.0]),
    max_education_rank=st.integers(1, 8),
    states=st.sampled_from([(), ("TX",), ("OH", "WI")]),
    route_kinds=st.one_of(st.just(ALL_ROUTE_KINDS), st.frozensets(st.sampled_from(sorted(ALL_ROUTE_KINDS,
                                                                                         key=lambda k: k.value)),
                                                                    min_size=1)),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), bounds=bounds_strategy, grade=st.integers(9, 12))
def test_cypher_matches_reference(neo4j_driver, data, bounds, grade):
    run = uuid.uuid4().hex[:8]
    catalog = data.draw(small_catalogs(run))
    repository = PathfindingRepository(neo4j_driver)
    catalog.load(neo4j_driver)
    try:
        graph = catalog.reference_graph()
        for row in catalog.careers:
            career = repository.career_facts(row["onetsoc"])
            years_left = bounds.horizon_years - (12 - grade + 1)
            cypher_routes = repository.enumerate_routes(career, bounds, years_left, years_left)
            reference_routes = reference.enumerate_routes(graph, row["onetsoc"], bounds, years_left, years_left)
            assert set(cypher_routes) == reference_routes
    finally:
        catalog.delete(neo4j_driver)


def test_direct_entry_needs_high_school_level(neo4j_driver):
    run = uuid.uuid4().hex[:8]
    from tests.pathfinding.catalogs import SmallCatalog

    catalog = SmallCatalog(run)
    diploma_career = catalog.add_career(0, 1)
    degree_career = catalog.add_career(1, 5)
    catalog.load(neo4j_driver)
    try:
        repository = PathfindingRepository(neo4j_driver)
        bounds = Bounds()
        direct = repository.enumerate_routes(repository.career_facts(diploma_career), bounds, 8, 8)
        degree = repository.enumerate_routes(repository.career_facts(degree_career), bounds, 8, 8)
        assert () in direct
        assert () not in degree
        no_direct = Bounds(route_kinds=ALL_ROUTE_KINDS - {RouteKind.DIRECT_TO_WORK})
        assert () not in repository.enumerate_routes(repository.career_facts(diploma_career), no_direct, 8, 8)
    finally:
        catalog.delete(neo4j_driver)


def test_apprenticeship_below_entry_needs_worker_share(neo4j_driver):
    from tests.pathfinding.catalogs import SmallCatalog

    catalog = SmallCatalog(uuid.uuid4().hex[:8])
    career = catalog.add_career(0, 5)
    rare = catalog.add_apprenticeship(0, 4000)
    common = catalog.add_apprenticeship(1, 4000)
    no_data = catalog.add_apprenticeship(2, 4000)
    at_entry = catalog.add_apprenticeship(3, 4000)
    catalog.leads(rare, career, True, below_typical_entry=True, worker_share=0.05)
    catalog.leads(common, career, True, below_typical_entry=True, worker_share=0.3)
    catalog.leads(no_data, career, True, below_typical_entry=True, worker_share=None)
    catalog.leads(at_entry, career, True, below_typical_entry=False, worker_share=None)
    catalog.load(neo4j_driver)
    try:
        repository = PathfindingRepository(neo4j_driver)
        routes = repository.enumerate_routes(repository.career_facts(career), Bounds(), 8, 8)
        expected = {(("APPRENTICESHIP", common),), (("APPRENTICESHIP", at_entry),)}

        assert set(routes) == expected
        assert reference.enumerate_routes(catalog.reference_graph(), career, Bounds(), 8, 8) == expected
        assert (("APPRENTICESHIP", rare),) in repository.enumerate_routes(
            repository.career_facts(career), Bounds(min_worker_share=0.0), 8, 8)
    finally:
        catalog.delete(neo4j_driver)
