#!/usr/bin/env python3
"""Benchmark the catalog: full-load time and memory, and gRPC GetCareer/SearchCareers latency.

    NEO4J_URI=bolt://127.0.0.1:7687 KAFKA_BOOTSTRAP=127.0.0.1:9092 TRAILMAP_DATA_DIR=/path/to/data \\
        .venv/bin/python scripts/bench_catalog.py [--calls 500] [--skip-load]

The load runs the real loader command in a subprocess (a full load, not --quiet-if-current) and samples
its RSS every 0.1 s; Neo4j's RSS is read from the java process whose command line names Neo4j, when one
is visible. Latency is measured at the gRPC boundary against an in-process server, with the gRPC health
check as the baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

import grpc
import psutil
from grpc_health.v1 import health_pb2, health_pb2_grpc

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "services" / "protogen")]

from services.catalog.server import start  # noqa: E402
from services.catalog.settings import CatalogSettings  # noqa: E402
from services.common.graph import create_driver  # noqa: E402
from services.common.settings import load_settings  # noqa: E402
from trailmap.catalog.v1 import catalog_pb2 as pb  # noqa: E402
from trailmap.catalog.v1 import catalog_pb2_grpc  # noqa: E402

SEARCH_WORDS = ["nurse", "RN", "coder", "electrician", "teacher", "welder", "software developer", "plumber",
                "doctor", "accountant", "data scientist", "mechanic", "chef", "police officer", "pilot"]


def neo4j_rss() -> int | None:
    for process in psutil.process_iter(["name", "cmdline", "memory_info"]):
        cmdline = " ".join(process.info.get("cmdline") or [])
        if process.info.get("name") == "java" and "neo4j" in cmdline.lower() and process.info.get("memory_info"):
            return process.info["memory_info"].rss
    return None


def run_load() -> tuple[float, int, int]:
    """Return (seconds, peak loader RSS in bytes, exit code) of one full load."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "services.catalog.loader.cli", "--no-progress"],
                             cwd=REPO, stdout=subprocess.DEVNULL)
    process = psutil.Process(child.pid)
    peak = 0
    while child.poll() is None:
        try:
            peak = max(peak, process.memory_info().rss)
        except psutil.NoSuchProcess:
            break
        time.sleep(0.1)
    return time.perf_counter() - started, peak, child.returncode


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))]


def time_calls(call, requests: list) -> list[float]:
    samples = []
    for request in requests:
        started = time.perf_counter()
        call(request)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=500, help="calls per RPC (default 500)")
    parser.add_argument("--skip-load", action="store_true", help="measure latency only")
    args = parser.parse_args()
    settings = load_settings(CatalogSettings)

    print(f"machine: {os.cpu_count()} CPUs, {psutil.virtual_memory().total / 2**30:.1f} GiB RAM; "
          f"neo4j {settings.neo4j_uri}")
    if not args.skip_load:
        seconds, peak, code = run_load()
        if code != 0:
            print(f"error: the loader exited with {code}", file=sys.stderr)
            return 1
        rss = neo4j_rss()
        print(f"full load: {seconds:.1f} s, loader peak RSS {peak / 2**20:.0f} MiB, "
              f"Neo4j RSS after load {rss / 2**20:.0f} MiB" if rss else
              f"full load: {seconds:.1f} s, loader peak RSS {peak / 2**20:.0f} MiB, Neo4j RSS not visible")

    with create_driver(settings) as driver:
        server = start(driver, 0, settings.neo4j_database, host="127.0.0.1")
        channel = grpc.insecure_channel(f"127.0.0.1:{server.port}")
        stub = catalog_pb2_grpc.CatalogServiceStub(channel)
        health = health_pb2_grpc.HealthStub(channel)
        onetsocs = [record["onetsoc"] for record in driver.execute_query(
            "MATCH (c:Career) WHERE c.load_fingerprint IS NOT NULL RETURN c.onetsoc AS onetsoc").records]
        randomizer = random.Random(7)

        # Warm up connections and the page cache before measuring.
        time_calls(stub.GetCareer, [pb.GetCareerRequest(onetsoc=o) for o in onetsocs[:20]])
        time_calls(stub.SearchCareers, [pb.SearchCareersRequest(query=w) for w in SEARCH_WORDS])

        baseline = time_calls(health.Check, [health_pb2.HealthCheckRequest(service="liveness")] * args.calls)
        careers = time_calls(stub.GetCareer, [pb.GetCareerRequest(onetsoc=randomizer.choice(onetsocs), state="TX")
                                              for _ in range(args.calls)])
        searches = time_calls(stub.SearchCareers, [pb.SearchCareersRequest(query=randomizer.choice(SEARCH_WORDS))
                                                   for _ in range(args.calls)])
        channel.close()
        server.stop(0)

    base50, base95 = percentiles(baseline)
    print(f"{'rpc':<22}{'calls':>7}{'p50 ms':>10}{'p95 ms':>10}{'p50 / health p50':>18}")
    print(f"{'Health.Check':<22}{len(baseline):>7}{base50:>10.2f}{base95:>10.2f}{1.0:>18.1f}")
    for name, samples in (("GetCareer", careers), ("SearchCareers", searches)):
        p50, p95 = percentiles(samples)
        print(f"{name:<22}{len(samples):>7}{p50:>10.2f}{p95:>10.2f}{p50 / base50:>18.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
