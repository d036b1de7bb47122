#!/usr/bin/env python3
"""Benchmark GetMatches of the profile service over the full career list at the gRPC boundary.

    NEO4J_URI=bolt://127.0.0.1:7687 KAFKA_BOOTSTRAP=127.0.0.1:9092 \
        .venv/bin/python scripts/bench_profile.py [--requests 200]

Starts an in-process server on a free port against the configured Neo4j and Kafka. Neo4j must contain the
loaded catalog. The script creates one student in a throwaway tenant with a complete interest inventory and
a work-values ranking, then times sequential calls from one client thread. It prints p50/p95 of:
- GetMatches with page_size 20 and with page_size 1000 (every career ranked and returned with reasons);
- ranking alone in process (rank_careers over the cached profiles, no gRPC, no Neo4j);
- a baseline in the same run: reading the career profiles from Neo4j on every request, then ranking,
  which is what GetMatches would cost without the in-memory cache.
The tenant's nodes are deleted at the end.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "services" / "protogen"))

import grpc  # noqa: E402

from services.common.events import ensure_topics  # noqa: E402
from services.common.graph import create_driver  # noqa: E402
from services.common.schema import apply_schema  # noqa: E402
from services.common.settings import SettingsError, load_settings  # noqa: E402
from services.profile.convert import value_scores_from_attempt  # noqa: E402
from services.profile.events import PROFILE_UPDATED_TOPIC  # noqa: E402
from services.profile.matching import rank_careers  # noqa: E402
from services.profile.repository import ProfileRepository  # noqa: E402
from services.profile.server import ProfileSettings, serve  # noqa: E402
from trailmap.profile.v1 import profile_pb2 as pb  # noqa: E402
from trailmap.profile.v1 import profile_pb2_grpc  # noqa: E402

PROFILE_LABELS = ["Student", "ExternalId", "InventoryAttempt", "ValuesAttempt", "Aspirations", "Consent"]


def percentile(samples_ms: list[float], fraction: float) -> float:
    ordered = sorted(samples_ms)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def time_calls(label: str, call, requests: int, warmup: int = 10) -> dict[str, float]:
    for _ in range(warmup):
        call()

    samples = []
    for _ in range(requests):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)

    figures = {"p50": statistics.median(samples), "p95": percentile(samples, 0.95), "mean": statistics.fmean(samples)}
    print(f"{label:<56} p50 {figures['p50']:7.2f} ms   p95 {figures['p95']:7.2f} ms   "
          f"mean {figures['mean']:7.2f} ms   n={requests}")
    return figures


def prepare_student(stub, tenant_id: str) -> None:
    stub.CreateStudent(pb.CreateStudentRequest(tenant_id=tenant_id, student_id="bench-1", grade=11))
    items = stub.GetInventory(pb.GetInventoryRequest(tenant_id=tenant_id)).items
    # A mixed answer pattern, so the profile is not flat and scores spread out.
    answers = [pb.ItemAnswer(item_id=item.item_id, answer=(pb.INTEREST_ANSWER_LIKE, pb.INTEREST_ANSWER_NOT_SURE,
                                                           pb.INTEREST_ANSWER_DISLIKE)[item.position * 7 % 3])
               for item in items]
    stub.SubmitInterestInventory(pb.SubmitInterestInventoryRequest(tenant_id=tenant_id, student_id="bench-1",
                                                                   answers=answers))
    stub.SubmitWorkValues(pb.SubmitWorkValuesRequest(tenant_id=tenant_id, student_id="bench-1", ranks=[
        pb.ValueRank(value=value, rank=rank) for rank, value in enumerate((6, 1, 4, 2, 5, 3), start=1)]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="timed requests per measurement")
    args = parser.parse_args()

    try:
        settings = load_settings(ProfileSettings)
    except SettingsError as error:
        print(error, file=sys.stderr)
        return 2

    driver = create_driver(settings)
    apply_schema(driver, settings.neo4j_database)
    ensure_topics(settings.kafka_bootstrap, {PROFILE_UPDATED_TOPIC: 6})
    server = serve(settings, driver, port=0, listen_for_catalog_changes=False)
    careers = server.careers.careers()
    if not careers:
        print("the catalog has no Career nodes with interest scores; load the catalog first", file=sys.stderr)
        server.stop()
        return 1

    tenant_id = f"bench-{uuid.uuid4().hex[:10]}"
    repository = ProfileRepository(driver, settings.neo4j_database)
    try:
        with grpc.insecure_channel(f"127.0.0.1:{server.port}") as channel:
            stub = profile_pb2_grpc.ProfileServiceStub(channel)
            prepare_student(stub, tenant_id)
            interests, values_attempt, _ = repository.match_inputs(tenant_id, "bench-1")
            values = value_scores_from_attempt(values_attempt)

            print(f"careers with interest scores: {len(careers)}")
            page = time_calls("GetMatches page_size=20 (gRPC)", lambda: stub.GetMatches(
                pb.GetMatchesRequest(tenant_id=tenant_id, student_id="bench-1", page_size=20)), args.requests)
            time_calls("GetMatches page_size=1000, full list (gRPC)", lambda: stub.GetMatches(
                pb.GetMatchesRequest(tenant_id=tenant_id, student_id="bench-1", page_size=1000)), args.requests)
            time_calls("rank_careers only (in process)",
                       lambda: rank_careers(interests.result, values, careers), args.requests)
            baseline = time_calls("baseline: read careers from Neo4j + rank, per request",
                                  lambda: rank_careers(interests.result, values, repository.career_profiles()),
                                  max(20, args.requests // 5), warmup=3)
            print(f"baseline / GetMatches page_size=20: p50 x{baseline['p50'] / page['p50']:.1f}, "
                  f"p95 x{baseline['p95'] / page['p95']:.1f}")
    finally:
        driver.execute_query(
            "MATCH (n) WHERE n.tenant_id = $tenant_id AND any(label IN labels(n) WHERE label IN $labels) "
            "DETACH DELETE n", tenant_id=tenant_id, labels=PROFILE_LABELS)
        server.stop()
        driver.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
