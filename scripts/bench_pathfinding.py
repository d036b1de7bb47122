#!/usr/bin/env python3
"""Benchmark route search on the full real catalog and print the figures.

    NEO4J_URI=bolt://127.0.0.1:7687 .venv/bin/python scripts/bench_pathfinding.py [--requests 400] [--students 10000]

In one run it measures:
1. FindRoutes latency p50/p95 at the gRPC boundary (in-process server on a free port) over a fixed mix
   of careers and synthetic students, with the catalog cache warm, and with the cache off (every call
   runs the Cypher enumeration);
2. the same route search as a naive variable-length Cypher match (`cypher/pathfinding/naive.cypher`)
   filtered afterwards in Python, and as networkx all-simple-paths over the exported catalog
   (the reference enumerator), with ratios against the Cypher enumeration measured in this run;
3. a batch recompute of ranked routes for synthetic students (shared per-career enumeration through the
   engine cache, ranking per student);
4. how often the shortest route's credential agrees with BLS typical entry education, with the
   disagreements by (BLS level, shortest route's credential);
5. how many careers with O*NET interest scores have a district-course path in the sample district.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "services" / "protogen")]

import grpc  # noqa: E402

from services.common.graph import create_driver  # noqa: E402
from services.common.settings import load_settings  # noqa: E402
from services.pathfinding import reference, rules  # noqa: E402
from services.pathfinding.engine import PathfindingEngine  # noqa: E402
from services.pathfinding.model import Bounds, StudentState  # noqa: E402
from services.pathfinding.reference import CatalogGraph  # noqa: E402
from services.pathfinding.repository import PathfindingRepository  # noqa: E402
from services.pathfinding.server import PathfindingSettings, serve  # noqa: E402
from trailmap.pathfinding.v1 import pathfinding_pb2 as pb  # noqa: E402
from trailmap.pathfinding.v1 import pathfinding_pb2_grpc  # noqa: E402

DISTRICT = "prairie-sun-wi"
NAMED = ["29-1141.00", "47-2111.00", "15-1252.00", "29-1292.00", "29-1216.00"]
MIX_SIZE = 40
NAIVE_CAREERS = 3
SEED = 20250


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def career_mix(driver) -> list[str]:
    """Return the five named careers plus a seeded sample of careers that have programs or apprenticeships."""
    records, _, _ = driver.execute_query(
        "MATCH (c:Career) WHERE EXISTS { (c)<-[:LEADS_TO]-() } RETURN c.onetsoc AS onetsoc ORDER BY onetsoc",
        database_="neo4j")
    codes = [record["onetsoc"] for record in records if record["onetsoc"] not in NAMED]
    return NAMED + random.Random(SEED).sample(codes, MIX_SIZE - len(NAMED))


def district_courses(driver) -> list[str]:
    records, _, _ = driver.execute_query(
        "MATCH (d:DistrictCourse {district_id: $district}) RETURN d.number AS number ORDER BY number",
        district=DISTRICT, database_="neo4j")
    return [record["number"] for record in records]


def transcripts(courses: list[str]) -> dict[int, list[frozenset[str]]]:
    """Return 8 typical transcripts per grade; a school's students share schedules."""
    rng = random.Random(SEED)
    return {grade: [frozenset(rng.sample(courses, min(len(courses), 6 * (grade - 8)))) for _ in range(8)]
            for grade in range(9, 13)}


def synthetic_students(count: int, mix: list[str], courses: list[str]) -> list[tuple[StudentState, str]]:
    rng = random.Random(SEED + 1)
    by_grade = transcripts(courses)
    students = []
    for index in range(count):
        grade = 9 + index % 4
        riasec = {key: round(rng.uniform(1, 7), 1) for key in "riasec"} if index % 3 else {}
        students.append((StudentState(grade=grade, district_id=DISTRICT, completed=rng.choice(by_grade[grade]),
                                      riasec=riasec), mix[index % len(mix)]))
    return students


def grpc_latency(settings, mix, students, requests: int, cache: bool) -> list[float]:
    server, _ = serve(settings.model_copy(update={"pathfinding_cache": cache}), port=0)
    channel = grpc.insecure_channel(f"127.0.0.1:{server.port}")
    stub = pathfinding_pb2_grpc.PathfindingServiceStub(channel)
    try:
        def call(student: StudentState, onetsoc: str) -> float:
            request = pb.FindRoutesRequest(tenant_id="bench", onetsoc=onetsoc, student=pb.StudentRef(
                state=pb.StudentState(grade=student.grade, district_id=student.district_id,
                                      completed_course_numbers=sorted(student.completed))))
            started = time.perf_counter()
            stub.FindRoutes(request)
            return (time.perf_counter() - started) * 1000

        if cache:
            for student, onetsoc in students[: len(mix) * 4 * 8]:
                call(student, onetsoc)
        return [call(student, onetsoc) for student, onetsoc in students[:requests]]
    finally:
        channel.close()
        server.stop(0)


def node_key(properties: dict) -> str | None:
    key = properties.get("id") or properties.get("rapids_code") or properties.get("unitid") or properties.get("onetsoc")
    return None if key is None else str(key)


def naive_search(repository: PathfindingRepository, onetsoc: str, bounds: Bounds, program_budget: float,
                 other_budget: float) -> set:
    """Naive variable-length match, then rebuild the graph from the paths and filter in Python."""
    catalog = CatalogGraph()
    for record in repository.naive_paths(onetsoc):
        nodes = record["nodes"]
        for label, properties in nodes:
            if (key := node_key(properties)) is not None:
                catalog.add_node(label, key, **{k: v for k, v in properties.items() if v is not None})
        for (label, source), rel_type, properties, (target_label, target) in zip(
                nodes, record["types"], record["relationship_properties"], nodes[1:]):
            source_key, target_key = node_key(source), node_key(target)
            if source_key is not None and target_key is not None:
                catalog.add_edge((label, source_key), rel_type, (target_label, target_key),
                                 **{k: v for k, v in properties.items() if v is not None})
    return reference.enumerate_routes(catalog, onetsoc, bounds, program_budget, other_budget)


def timed(function, *args) -> tuple[float, object]:
    started = time.perf_counter()
    result = function(*args)
    return (time.perf_counter() - started) * 1000, result


def baselines(repository: PathfindingRepository, mix: list[str]) -> dict:
    bounds = Bounds()
    program_budget = rules.program_budget(bounds, 10, 0.0, 0.0)
    other_budget = rules.other_budget(bounds, 10)
    export_ms, full_catalog = timed(repository.export_catalog, None, True)

    cypher_ms, naive_ms, networkx_ms, mismatches = [], [], [], 0
    for index, onetsoc in enumerate(mix):
        career = repository.career_facts(onetsoc)
        elapsed, cypher_routes = timed(repository.enumerate_routes, career, bounds, program_budget, other_budget)
        cypher_ms.append(elapsed)
        elapsed, networkx_routes = timed(reference.enumerate_routes, full_catalog, onetsoc, bounds, program_budget,
                                         other_budget)
        networkx_ms.append(elapsed)
        mismatches += set(cypher_routes) != networkx_routes
        if index < NAIVE_CAREERS:
            elapsed, naive_routes = timed(naive_search, repository, onetsoc, bounds, program_budget, other_budget)
            naive_ms.append(elapsed)
            mismatches += set(cypher_routes) != naive_routes
    return {"export_ms": export_ms, "cypher": cypher_ms, "naive": naive_ms, "networkx": networkx_ms,
            "mismatches": mismatches, "cypher_naive_subset": cypher_ms[:NAIVE_CAREERS],
            "graph_size": (full_catalog.graph.number_of_nodes(), full_catalog.graph.number_of_edges())}


def batch(repository: PathfindingRepository, students) -> tuple[float, int]:
    engine = PathfindingEngine(repository)
    started = time.perf_counter()
    routes = 0
    for student, onetsoc in students:
        routes += len(engine.find_routes(student, onetsoc, Bounds()).routes)
    return time.perf_counter() - started, routes


def hs_course_coverage(driver) -> tuple[int, int]:
    """Return (careers with interest scores, those with a DistrictCourse-MAPS_TO-Course-PREPARES_FOR path)."""
    records, _, _ = driver.execute_query(
        "MATCH (c:Career) WHERE c.riasec_r IS NOT NULL "
        "RETURN count(c) AS careers, sum(CASE WHEN EXISTS { (:DistrictCourse {district_id: $district})"
        "-[:MAPS_TO]->(:Course)-[:PREPARES_FOR]->(c) } THEN 1 ELSE 0 END) AS linked",
        district=DISTRICT, database_="neo4j")
    return records[0]["careers"], records[0]["linked"]


def bls_agreement(repository: PathfindingRepository) -> tuple[int, int, int, Counter]:
    """Return (careers with a BLS rank, careers with a route, careers whose shortest route's credential agrees).

    The shortest route is the one with the fewest years (ties: lowest credential). Its credential is 1
    for direct entry and apprenticeships (high school diploma plus training), else the top program's
    rank. BLS ranks 0 and 1 count as one level, as do 2 and 3 (certificate, some college).
    """
    bounds = Bounds(horizon_years=30)
    rows = repository.reachable_careers(bounds, rules.program_budget(bounds, 12, 0.0, 0.0),
                                        rules.other_budget(bounds, 12))
    shortest: dict[str, tuple[float, int, str]] = {}
    bls: dict[str, int] = {}
    for row in rows:
        kind = row["kind"]
        rank = int(kind.split(":")[1]) if kind.startswith("PROGRAM:") else 1
        onetsoc = row["career"]["onetsoc"]
        if row["career"].get("typical_education_rank") is not None:
            bls[onetsoc] = int(row["career"]["typical_education_rank"])
        candidate = (float(row["years"]), rank, "apprenticeship" if kind == "APPRENTICESHIP" else f"rank {rank}")
        if onetsoc not in shortest or candidate < shortest[onetsoc]:
            shortest[onetsoc] = candidate

    def level(rank: int) -> int:
        return {0: 1, 3: 2}.get(rank, rank)

    records, _, _ = repository.driver.execute_query(
        "MATCH (c:Career) WHERE c.typical_education_rank IS NOT NULL RETURN count(c) AS n", database_="neo4j")
    agree = sum(1 for onetsoc, (_, rank, _) in shortest.items()
                if onetsoc in bls and level(rank) == level(bls[onetsoc]))
    with_route = sum(1 for onetsoc in shortest if onetsoc in bls)
    disagreements = Counter((bls[onetsoc], label) for onetsoc, (_, rank, label) in shortest.items()
                            if onetsoc in bls and level(rank) != level(bls[onetsoc]))
    return records[0]["n"], with_route, agree, disagreements


def main() -> int:
    parser = argparse.ArgumentParser(description="Benchmark pathfinding on the real catalog.")
    parser.add_argument("--requests", type=int, default=400, help="FindRoutes calls per latency run (default 400)")
    parser.add_argument("--cold-requests", type=int, default=100, help="calls with the cache off (default 100)")
    parser.add_argument("--students", type=int, default=10000, help="synthetic students in the batch (default 10000)")
    args = parser.parse_args()

    settings = load_settings(PathfindingSettings)
    driver = create_driver(settings)
    repository = PathfindingRepository(driver, settings.neo4j_database)
    mix = career_mix(driver)
    courses = district_courses(driver)
    students = synthetic_students(max(args.students, args.requests), mix, courses)
    random.Random(SEED + 2).shuffle(students)
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; careers in the mix: {len(mix)}; district courses: {len(courses)}")

    warm = grpc_latency(settings, mix, students, args.requests, cache=True)
    cold = grpc_latency(settings, mix, students, args.cold_requests, cache=False)
    print(f"FindRoutes over gRPC, cache warm ({len(warm)} calls): p50 {percentile(warm, .5):.1f} ms, "
          f"p95 {percentile(warm, .95):.1f} ms")
    print(f"FindRoutes over gRPC, cache off ({len(cold)} calls): p50 {percentile(cold, .5):.1f} ms, "
          f"p95 {percentile(cold, .95):.1f} ms")

    figures = baselines(repository, mix)
    cypher_mean = statistics.mean(figures["cypher"])
    subset_mean = statistics.mean(figures["cypher_naive_subset"])
    naive_mean = statistics.mean(figures["naive"])
    networkx_mean = statistics.mean(figures["networkx"])
    nodes, edges = figures["graph_size"]
    print(f"Cypher enumeration per career: mean {cypher_mean:.1f} ms, p95 {percentile(figures['cypher'], .95):.1f} ms")
    print(f"naive variable-length match + Python filter ({len(figures['naive'])} careers): mean {naive_mean:.1f} ms "
          f"= {naive_mean / subset_mean:.1f}x the Cypher enumeration on the same careers ({subset_mean:.1f} ms)")
    print(f"networkx all_simple_paths over the exported catalog ({nodes} nodes, {edges} edges, export "
          f"{figures['export_ms'] / 1000:.1f} s): mean {networkx_mean:.1f} ms per career = "
          f"{networkx_mean / cypher_mean:.2f}x the Cypher enumeration")
    print(f"route sets that differ from the Cypher enumeration: {figures['mismatches']}")

    seconds, routes = batch(repository, students[: args.students])
    print(f"batch: {args.students} synthetic students in {seconds:.1f} s = {args.students / seconds:.0f} students/s "
          f"({routes} ranked routes)")

    total, with_route, agree, disagreements = bls_agreement(repository)
    print(f"careers with a BLS typical entry education: {total}; with a route: {with_route} "
          f"({with_route / total:.1%}); shortest route's credential agrees with BLS: {agree} "
          f"({agree / with_route:.1%} of those with a route)")
    print("disagreements by (BLS rank, shortest route): " + ", ".join(
        f"({bls_rank}, {label}) {count}" for (bls_rank, label), count in disagreements.most_common()))
    careers, linked = hs_course_coverage(driver)
    print(f"careers with interest scores that have a {DISTRICT} course path: {linked} of {careers} "
          f"({linked / careers:.1%})")
    driver.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
