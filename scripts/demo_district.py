#!/usr/bin/env python3
"""Load the sample districts into a running local stack and print ranked routes for one student.

Run by scripts/run_local.py once the services are up; safe to run again, because every record has a
deterministic event id and the consumer applies each id once.

1. Imports the real-format SIS samples through Kafka: Grand Bend ISD (OneRoster 1.1 and Ed-Fi) and
   Clever's demo district.
2. Publishes synthetic students of the Wisconsin sample district (`prairie-sun-wi`, whose real course
   catalog the catalog loader reads) with transcripts drawn from that catalog, through the same
   Kafka topic and consumer as a real import. They are invented, and their ids say so (DEMO-...).
3. Waits until the progress consumer has applied them, chooses the top-ranked route to a career as
   the plan of every other student (so the caseload mixes students with and without plans), and prints
   ranked routes to Registered Nurses for the first student, plus sign-in links for the web UI.
"""

from __future__ import annotations

import logging
import os
import random
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from services.common.events import EventProducer  # noqa: E402
from services.common.graph import create_driver  # noqa: E402
from services.common.settings import ServiceSettings, load_settings  # noqa: E402
from services.sis.importers.model import ImportResult  # noqa: E402
from services.sis.publish import publish  # noqa: E402
from trailmap.sis.v1 import sis_pb2  # noqa: E402

DEMO_TENANT = "prairie-sun-wi"
DEMO_SCHOOL = "prairie-sun-hs"
DEMO_COUNSELOR = "DEMO-COUNSELOR-1"
DEMO_STUDENTS = 24
SOURCE_SYSTEM = "trailmap-demo"

SIS_SAMPLES = [
    ("grand-bend", "oneroster", "oneroster/edfi-lms-toolkit-grandbend-v1p1"),
    ("grand-bend", "edfi", "edfi/grandbend-xml-v5.2"),
    ("clever-demo", "clever", "clever/sftp-sandbox-csv"),
]


def import_samples(data_dir: Path, env: dict[str, str]) -> None:
    for tenant, format_name, relative in SIS_SAMPLES:
        path = data_dir / "sis" / relative
        if not path.exists():
            print(f"    skip {relative}: not in {data_dir / 'sis'}")
            continue
        result = subprocess.run([sys.executable, "-m", "services.sis.cli", "import", "--tenant", tenant,
                                 "--format", format_name, str(path)], cwd=REPO, env=env,
                                capture_output=True, text=True)
        summary = [line for line in result.stdout.splitlines() if line.startswith(("accepted", "rejected", "  "))]
        print(f"    {tenant} {format_name}: exit {result.returncode}; " + " ".join(s.strip() for s in summary[:8]))


def catalog_courses(driver) -> list[dict]:
    records = driver.execute_query(
        "MATCH (:District {id: $district})-[:OFFERS_COURSE]->(c:DistrictCourse) "
        "RETURN c.number AS number, c.name AS name, c.credits AS credits, c.department AS department, "
        "c.grade_min AS grade_min ORDER BY c.number",
        district=DEMO_TENANT).records
    return [dict(record) for record in records]


def synthetic_district(courses: list[dict]) -> ImportResult:
    """Build invented students with transcripts from the district's real course list (fixed seed)."""
    generator = random.Random(20261204)
    result = ImportResult(tenant_id=DEMO_TENANT, source_system=SOURCE_SYSTEM)
    now = datetime(2026, 11, 30, tzinfo=timezone.utc)
    by_grade: dict[int, list[dict]] = {}
    for course in courses:
        by_grade.setdefault(int(course["grade_min"] or 9), []).append(course)

    student_ids = []
    for index in range(1, DEMO_STUDENTS + 1):
        student_id = f"DEMO-{index:03d}"
        grade = 9 + (index % 4)
        student_ids.append(student_id)
        source = sis_pb2.SourceRef(tenant_id=DEMO_TENANT, source_system=SOURCE_SYSTEM, source_id=student_id)
        result.add(sis_pb2.StudentRecord(source=source, student_id=student_id, school_id=DEMO_SCHOOL,
                                         grade_level=f"{grade:02d}", graduation_year=2026 + 13 - grade),
                   student_id, now)

        for past_grade in range(9, grade):
            pool = by_grade.get(past_grade, []) + by_grade.get(past_grade - 1, [])
            for course in generator.sample(pool, k=min(6, len(pool))):
                # Every fifth student failed one course, so the caseload has real alerts to show.
                failed = index % 5 == 0 and generator.random() < 0.3
                transcript_id = f"{student_id}-{course['number']}"
                transcript = sis_pb2.TranscriptRecord(
                    source=sis_pb2.SourceRef(tenant_id=DEMO_TENANT, source_system=SOURCE_SYSTEM,
                                             source_id=transcript_id),
                    student_id=student_id, course_code=course["number"], course_title=course["name"],
                    school_year=2026 - (grade - past_grade) + 1, term="Year Round",
                    grade_earned="F" if failed else generator.choice(["A", "A-", "B+", "B", "C"]),
                    credits_attempted=float(course["credits"] or 0.5),
                    credits_earned=0.0 if failed else float(course["credits"] or 0.5),
                    passed=not failed, subject=(course["department"] or "").lower(),
                    grade_level=f"{past_grade:02d}")
                result.add(transcript, transcript_id, now)

    assignment = sis_pb2.CounselorAssignment(
        source=sis_pb2.SourceRef(tenant_id=DEMO_TENANT, source_system=SOURCE_SYSTEM, source_id=DEMO_COUNSELOR),
        staff_id=DEMO_COUNSELOR, school_id=DEMO_SCHOOL, student_ids=student_ids, basis="demo_assignment")
    result.add(assignment, DEMO_COUNSELOR, now)
    return result


def wait_for_students(driver, tenant: str, expected: int, timeout_s: float = 300) -> int:
    deadline = time.monotonic() + timeout_s
    count = 0
    while time.monotonic() < deadline:
        # Transcripts may arrive before the student record, so count students whose grade is known.
        count = driver.execute_query("MATCH (s:Student {tenant_id: $tenant}) WHERE s.grade IS NOT NULL "
                                     "RETURN count(s) AS n", tenant=tenant).records[0]["n"]
        if count >= expected:
            return count
        time.sleep(1)
    return count


# Goals of the students who get a plan, in turn: O*NET-SOC codes of careers the district's courses lead to.
DEMO_GOALS = ["29-1141.00", "47-2111.00", "15-1252.00", "29-1292.00", "31-1131.00"]


def choose_demo_plans(env: dict[str, str]) -> int:
    """Choose the top-ranked route as the plan of every other demo student, through the real services."""
    import grpc

    from services.gateway.routers.plans import plan_steps
    from trailmap.pathfinding.v1 import pathfinding_pb2 as pf
    from trailmap.pathfinding.v1 import pathfinding_pb2_grpc
    from trailmap.progress.v1 import progress_pb2, progress_pb2_grpc

    pathfinding = pathfinding_pb2_grpc.PathfindingServiceStub(
        grpc.insecure_channel(env.get("TRAILMAP_PATHFINDING_ADDR", "127.0.0.1:50053")))
    progress = progress_pb2_grpc.ProgressServiceStub(
        grpc.insecure_channel(env.get("TRAILMAP_PROGRESS_ADDR", "127.0.0.1:50054")))
    metadata = (("x-tenant-id", DEMO_TENANT),)

    driver = create_driver(load_settings(ServiceSettings))
    chosen = 0
    for index in range(2, DEMO_STUDENTS + 1, 2):
        student_id = f"DEMO-{index:03d}"
        # DEMO-010 failed Cybersecurity 1, a prerequisite on the Software Developers routes, so its plan
        # shows the "failed prerequisite" reason on the counselor's screen.
        goal = "15-1252.00" if index == 10 else DEMO_GOALS[(index // 2) % len(DEMO_GOALS)]
        found = pathfinding.FindRoutes(pf.FindRoutesRequest(
            tenant_id=DEMO_TENANT, student=pf.StudentRef(student_id=student_id), onetsoc=goal, page_size=1),
            timeout=30, metadata=metadata)
        routes = [route for group in found.groups for route in group.routes]
        if not routes:
            continue
        best = min(routes, key=lambda route: route.rank)
        grade = 9 + (index % 4)
        goal_title = next((step.title for step in best.steps if step.kind == pf.STEP_KIND_ENTRY_JOB), best.title)
        steps = plan_steps(best, grade)
        for step in steps:
            step.prerequisite_course_codes.extend(course_prerequisites(driver, step.ref_id))
        progress.ChooseRoute(progress_pb2.ChooseRouteRequest(
            tenant_id=DEMO_TENANT, student_id=student_id, route_id=best.route_id, goal_onetsoc=goal,
            goal_title=goal_title, steps=steps), timeout=30, metadata=metadata)
        chosen += 1
    driver.close()
    return chosen


def course_prerequisites(driver, course_number: str) -> list[str]:
    """Return the catalog's prerequisite course numbers of a district course (none for other steps)."""
    records = driver.execute_query(
        "MATCH (p:DistrictCourse)-[:PREREQUISITE_OF]->(c:DistrictCourse {key: $key}) RETURN p.number AS number",
        key=f"{DEMO_TENANT}|{course_number}").records
    return sorted(record["number"] for record in records)


def main() -> int:
    # Server notifications about properties no node has yet are expected here and only add noise.
    logging.getLogger("neo4j").setLevel(logging.ERROR)
    settings = load_settings(ServiceSettings)
    env = dict(os.environ)
    data_dir = Path(settings.trailmap_data_dir)

    print("    importing the SIS samples through Kafka")
    import_samples(data_dir, env)

    driver = create_driver(settings)
    courses = catalog_courses(driver)
    if not courses:
        print(f"error: district {DEMO_TENANT} has no courses; load the catalog first", file=sys.stderr)
        return 1
    synthetic = synthetic_district(courses)
    producer = EventProducer(settings.kafka_bootstrap, "demo-district")
    report = publish(producer, synthetic)
    producer.close()
    print(f"    {DEMO_TENANT}: published {report.records} synthetic records for {DEMO_STUDENTS} students")

    applied = wait_for_students(driver, DEMO_TENANT, DEMO_STUDENTS)
    print(f"    {DEMO_TENANT}: {applied} students applied by the progress consumer")
    driver.close()
    if applied < DEMO_STUDENTS:
        print(f"error: only {applied} of {DEMO_STUDENTS} students of {DEMO_TENANT} were applied within 300 s; "
              f"read the progress-consumer log and the dead-letter topic trailmap.sis.records.v1.dlq",
              file=sys.stderr)
        return 1

    chosen = choose_demo_plans(env)
    print(f"    {DEMO_TENANT}: chose a plan for {chosen} students")

    print(f"\n==> ranked routes to Registered Nurses for {DEMO_TENANT}|DEMO-001")
    routes = subprocess.run([sys.executable, "-m", "services.pathfinding.cli", "--career", "registered nurse",
                             "--student", f"{DEMO_TENANT}|DEMO-001", "--state", "WI", "--limit", "8"],
                            cwd=REPO, env=env)
    if routes.returncode != 0:
        print(f"error: the pathfinding CLI failed with exit code {routes.returncode}", file=sys.stderr)
        return 1

    port = env.get("GATEWAY_PORT", "8080")
    print("\nSign-in links once the gateway is up:")
    print(f"    student:   http://127.0.0.1:{port}/#/signin?tenant={DEMO_TENANT}&student=DEMO-001")
    print(f"    counselor: http://127.0.0.1:{port}/#/signin?tenant={DEMO_TENANT}&role=counselor"
          f"&counselor={DEMO_COUNSELOR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
