"""All Neo4j access of the SIS sync and progress service."""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone

import neo4j
from google.protobuf import json_format
from google.protobuf.message import Message

from services.common.graph import cypher
from services.progress import domain
from trailmap.progress.v1 import progress_pb2 as pb
from trailmap.sis.v1 import sis_pb2

# The server warns about labels and relationship types that do not exist yet, because this service creates them
# lazily. Those warnings are noise on a fresh database, and real errors still raise.
logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)
log = logging.getLogger("trailmap.progress.repository")

SIS = "sis/apply.cypher"
PROGRESS = "progress/progress.cypher"
STATUS_NAMES = {sis_pb2.RECORD_STATUS_ACTIVE: "active", sis_pb2.RECORD_STATUS_INACTIVE: "inactive",
                sis_pb2.RECORD_STATUS_TO_BE_DELETED: "tobedeleted", sis_pb2.RECORD_STATUS_UNSPECIFIED: "active"}
TRACK_NAMES = {pb.TRACK_STATUS_ON_TRACK: "ON_TRACK", pb.TRACK_STATUS_OFF_TRACK: "OFF_TRACK",
               pb.TRACK_STATUS_NO_PLAN: "NO_PLAN", pb.TRACK_STATUS_NO_TRANSCRIPT: "NO_TRANSCRIPT"}
TRACK_VALUES = {name: value for value, name in TRACK_NAMES.items()}
MILESTONE_NAMES = {value: pb.MilestoneState.Name(value).removeprefix("MILESTONE_STATE_")
                   for value in pb.MilestoneState.values()}


def now_ms() -> int:
    return int(datetime.now(timezone.utc).timestamp() * 1000)


def _run(tx, statement: str, file: str = SIS, **params):
    return tx.run(cypher(file, statement), **params)


def _student_params(tenant_id: str, student_id: str) -> dict:
    return {"tenant_id": tenant_id, "student_id": student_id}


@dataclass(frozen=True)
class SisChange:
    """One SIS record event to apply: its envelope's id, tenant and source time, and the record."""

    event_id: str
    tenant_id: str
    message: Message
    occurred_at_ms: int

    @property
    def record_key(self) -> str:
        """Last-writer-wins key: "<tenant>|<source system>|<record type>|<source id>"."""
        source = self.message.source
        return f"{self.tenant_id}|{source.source_system}|{self.message.DESCRIPTOR.name}|{source.source_id}"


@dataclass(frozen=True)
class RouteChange:
    """One RouteChosen event to apply."""

    event_id: str
    event: pb.RouteChosen


Change = SisChange | RouteChange


def students_of(message) -> list[str]:
    """Return the students whose status or reasons the record can change."""
    if isinstance(message, (sis_pb2.StudentRecord, sis_pb2.TranscriptRecord)):
        return [message.student_id]
    if isinstance(message, sis_pb2.GraduationPlanRecord):
        return list(message.student_ids)
    return []


def enrolled_students(message) -> list[str]:
    """Return the student of a student enrollment; enrollments change no reason, so they trigger no evaluation."""
    if isinstance(message, sis_pb2.EnrollmentRecord) and message.role in {"student", ""}:
        return [message.person_id]
    return []


def latest_per_record(changes: list[SisChange]) -> list[list[SisChange]]:
    """Group changes by record key, each group ordered oldest first by occurred_at, then by batch order."""
    groups: dict[str, list[tuple[int, int, SisChange]]] = {}
    for position, change in enumerate(changes):
        groups.setdefault(change.record_key, []).append((change.occurred_at_ms, position, change))
    return [[change for _, _, change in sorted(group, key=lambda item: item[:2])] for group in groups.values()]


def _fold_student(group: list[SisChange]) -> dict:
    """Return one upsert row for a student's applied records, the newest last: later non-empty values win."""
    newest: sis_pb2.StudentRecord = group[-1].message
    row = {"student_id": newest.student_id, "source_system": newest.source.source_system,
           "source_id": newest.source.source_id, "school_id": "", "grade_level_code": "", "grade": None,
           "display_name": "", "status": STATUS_NAMES[newest.status], "occurred_at_ms": group[-1].occurred_at_ms,
           "external_ids": []}
    seen_ids = set()
    for change in group:
        message: sis_pb2.StudentRecord = change.message
        row["school_id"] = message.school_id or row["school_id"]
        if message.grade_level:
            row["grade_level_code"] = message.grade_level
            row["grade"] = domain.grade_number(message.grade_level)
        row["display_name"] = message.display_name or row["display_name"]
        pairs = [(ext.system, ext.value) for ext in message.external_ids]
        pairs.append((message.source.source_system, message.source.source_id))
        for system, value in pairs:
            if (system, value) not in seen_ids:
                seen_ids.add((system, value))
                row["external_ids"].append({"system": system, "value": value})
    return row


class SisRecordWriter:
    """Apply the SIS records of one tenant inside the consumer's transaction, a statement per record type."""

    def apply(self, tx: neo4j.ManagedTransaction, tenant_id: str, changes: list[SisChange]) -> list[str]:
        """Apply the changes (already claimed) with last writer wins; return the students to re-evaluate."""
        touched = Counter(student_id for change in changes
                          for student_id in [*students_of(change.message), *enrolled_students(change.message)])
        groups = latest_per_record(changes)
        versions = [{"key": group[-1].record_key, "occurred_at_ms": group[-1].occurred_at_ms} for group in groups]
        previous = {row["key"]: row["previous"]
                    for row in _run(tx, "claim_record_versions", tenant_id=tenant_id, rows=versions)}
        if touched:
            _run(tx, "touch_students", tenant_id=tenant_id,
                 rows=[{"student_id": student_id, "events": count} for student_id, count in touched.items()])

        applied = []
        for group in groups:
            floor = previous[group[0].record_key]
            kept = [change for change in group if floor is None or change.occurred_at_ms >= floor]
            if kept:
                applied.append(kept)
        by_type: dict[str, list[list[SisChange]]] = {}
        for group in applied:
            by_type.setdefault(group[-1].message.DESCRIPTOR.name, []).append(group)

        self._apply_groups(tx, tenant_id, by_type)
        evaluate = []
        for group in applied:
            for change in group:
                evaluate.extend(students_of(change.message))
        return list(dict.fromkeys(evaluate))

    def _apply_groups(self, tx, tenant_id: str, by_type: dict[str, list[list[SisChange]]]) -> None:
        """Apply the newest record of each key, record types in dependency order (courses before enrollments)."""
        # NOTE: a batch holding several versions of one enrollment or transcript record writes only the newest,
        # so a course code that only an older version in the batch carried never reaches the graph. A course
        # code change still leaves one edge, because the upserts delete the section's or attempt's edge to the
        # previous course.
        newest = {name: [group[-1].message for group in groups] for name, groups in by_type.items()}
        if by_type.keys() & {"StudentRecord", "CourseRecord", "EnrollmentRecord", "TranscriptRecord"}:
            _run(tx, "merge_district", tenant_id=tenant_id)

        if "SchoolRecord" in newest:
            _run(tx, "upsert_schools", tenant_id=tenant_id, rows=[
                {"school_id": m.school_id, "name": m.name, "org_type": m.org_type, "parent_id": m.parent_id,
                 "status": STATUS_NAMES[m.status]} for m in newest["SchoolRecord"]])
        self._apply_course_stubs(tx, tenant_id, newest)
        if "CourseRecord" in newest:
            _run(tx, "upsert_courses", tenant_id=tenant_id, rows=[
                {"course_code": m.course_code, "title": m.title, "credits": m.credits, "subject": m.subject,
                 "sced_code": m.sced_code, "grade_levels": list(m.grade_levels), "status": STATUS_NAMES[m.status]}
                for m in newest["CourseRecord"]])
        if "StudentRecord" in by_type:
            _run(tx, "upsert_students", tenant_id=tenant_id,
                 rows=[_fold_student(group) for group in by_type["StudentRecord"]])

        self._apply_enrollments(tx, tenant_id, newest.get("EnrollmentRecord", []))
        self._apply_transcripts(tx, tenant_id, newest.get("TranscriptRecord", []))
        for message in newest.get("GraduationPlanRecord", []):
            self._apply_graduation_plan(tx, tenant_id, message)
        for group in by_type.get("StudentRoster", []):
            self._apply_roster(tx, tenant_id, group[-1])
        for message in newest.get("CounselorAssignment", []):
            _run(tx, "upsert_counselor", tenant_id=tenant_id, staff_id=message.staff_id,
                 school_id=message.school_id, whole_school=not message.student_ids and bool(message.school_id),
                 basis=message.basis, student_ids=list(message.student_ids))

    @staticmethod
    def _apply_roster(tx, tenant_id: str, change: SisChange) -> None:
        """Mark the students that a bulk student file leaves out inactive, after this batch's student upserts."""
        message: sis_pb2.StudentRoster = change.message
        marked = [row["student_id"] for row in _run(
            tx, "mark_absent_students", tenant_id=tenant_id, source_system=message.source.source_system,
            source_ids=list(message.source_ids), occurred_at_ms=change.occurred_at_ms)]
        if marked:
            log.info("students absent from a bulk roster marked inactive",
                     extra={"tenant_id": tenant_id, "source_system": message.source.source_system,
                            "count": len(marked), "student_ids": ",".join(marked[:100])})

    @staticmethod
    def _apply_course_stubs(tx, tenant_id: str, newest: dict[str, list]) -> None:
        """Create the courses that enrollments and transcripts reference, the first reference naming each."""
        stubs: dict[str, dict] = {}
        for message in newest.get("EnrollmentRecord", []):
            if message.role in {"student", ""} and message.status != sis_pb2.RECORD_STATUS_TO_BE_DELETED:
                stubs.setdefault(message.course_code, {"course_code": message.course_code,
                                                       "title": message.course_code, "subject": ""})
        for message in newest.get("TranscriptRecord", []):
            if message.status != sis_pb2.RECORD_STATUS_TO_BE_DELETED:
                stubs.setdefault(message.course_code, {"course_code": message.course_code,
                                                       "title": message.course_title or message.course_code,
                                                       "subject": message.subject})
        if stubs:
            _run(tx, "merge_course_stubs", tenant_id=tenant_id, rows=list(stubs.values()))

    @staticmethod
    def _apply_enrollments(tx, tenant_id: str, messages: list[sis_pb2.EnrollmentRecord]) -> None:
        students = [m for m in messages if m.role in {"student", ""}]
        deleted = [{"student_id": m.person_id, "section_id": m.section_id} for m in students
                   if m.status == sis_pb2.RECORD_STATUS_TO_BE_DELETED]
        upserted = [{"student_id": m.person_id, "section_id": m.section_id, "course_code": m.course_code,
                     "term": m.term, "begin_date": m.begin_date, "end_date": m.end_date,
                     "source_id": m.source.source_id} for m in students
                    if m.status != sis_pb2.RECORD_STATUS_TO_BE_DELETED]
        if deleted:
            _run(tx, "delete_enrollments", tenant_id=tenant_id, rows=deleted)
        if upserted:
            _run(tx, "upsert_enrollments", tenant_id=tenant_id, rows=upserted)

    @staticmethod
    def _apply_transcripts(tx, tenant_id: str, messages: list[sis_pb2.TranscriptRecord]) -> None:
        deleted = [{"student_id": m.student_id, "source_id": m.source.source_id} for m in messages
                   if m.status == sis_pb2.RECORD_STATUS_TO_BE_DELETED]
        upserted = [{"student_id": m.student_id, "source_id": m.source.source_id, "course_code": m.course_code,
                     "grade_earned": m.grade_earned, "credits_earned": m.credits_earned,
                     "credits_attempted": m.credits_attempted, "term": m.term, "school_year": m.school_year,
                     "passed": m.passed, "subject": m.subject, "grade_level": m.grade_level} for m in messages
                    if m.status != sis_pb2.RECORD_STATUS_TO_BE_DELETED]
        if deleted:
            _run(tx, "delete_transcripts", tenant_id=tenant_id, rows=deleted)
        if upserted:
            _run(tx, "upsert_transcripts", tenant_id=tenant_id, rows=upserted)

    @staticmethod
    def _apply_graduation_plan(tx, tenant_id: str, message: sis_pb2.GraduationPlanRecord) -> None:
        _run(tx, "upsert_graduation_plan", tenant_id=tenant_id, source_id=message.source.source_id,
             plan_type=message.plan_type, edorg=message.education_organization_id,
             year=message.graduation_school_year, total=message.total_required_credits,
             student_ids=list(message.student_ids))
        for item in message.credits_by_subject:
            _run(tx, "upsert_requirement", tenant_id=tenant_id, subject=item.subject, credits=item.credits)


def _steps_from_milestones(milestones: list[dict]) -> list[pb.RouteStep]:
    return [pb.RouteStep(step_id=m["step_id"], kind=m.get("kind") or 0, ref_id=m.get("ref_id") or "",
                         title=m.get("title") or "", planned_grade=m.get("planned_grade") or 0,
                         prerequisite_course_codes=m.get("prerequisite_course_codes") or [],
                         years_after_high_school=m.get("years_after_high_school") or 0) for m in milestones]


def _requirements(tx, tenant_id: str) -> tuple[list[domain.Requirement], str, bool]:
    """Return the tenant's requirements, else the fallback district's, with the district used and the fallback flag."""
    for district, fallback in ((tenant_id, False), (domain.FALLBACK_DISTRICT_ID, True)):
        requirements = [domain.Requirement(r["subject"], float(r["credits"] or 0))
                        for r in _run(tx, "requirements", PROGRESS, district_id=district)]
        if requirements:
            return requirements, district, fallback
    return [], domain.FALLBACK_DISTRICT_ID, True


def load_snapshots(tx, tenant_id: str, student_ids: list[str]) -> dict[str, tuple[domain.StudentSnapshot, dict]]:
    """Load what the rules need about each student; unknown students are left out."""
    rows = list(_run(tx, "student_snapshots", PROGRESS, tenant_id=tenant_id, student_ids=student_ids))
    if not rows:
        return {}
    requirements, district, fallback = _requirements(tx, tenant_id)

    loaded = {}
    for row in rows:
        student, plan = row["student"], row["plan"]
        attempts = [domain.Attempt(a["course_code"], a["title"] or "", a["subject"] or "", float(a["credits"] or 0),
                                   bool(a["passed"]), int(a["school_year"] or 0), a["term"] or "")
                    for a in row["attempts"]]
        enrolled = [domain.Attempt(e["course_code"], e["title"] or "", e["subject"] or "", float(e["credits"] or 0),
                                   False) for e in row["enrolled"]]
        snapshot = domain.StudentSnapshot(
            tenant_id=tenant_id, student_id=row["student_id"], grade=domain.grade_number(student.get("grade")),
            attempts=attempts, enrolled=enrolled, steps=_steps_from_milestones(row["milestones"]),
            has_plan=plan is not None, goal_title=(plan or {}).get("goal_title") or "", requirements=requirements,
            requirements_district_id=district, fallback_used=fallback, total_required=float(row["plan_total"] or 0))
        loaded[row["student_id"]] = (snapshot, {"student": student, "plan": plan, "milestones": row["milestones"]})
    return loaded


def load_snapshot(tx, tenant_id: str, student_id: str) -> tuple[domain.StudentSnapshot, dict] | None:
    """Load what the rules need about one student; None when the student does not exist."""
    return load_snapshots(tx, tenant_id, [student_id]).get(student_id)


def evaluate_and_store(tx, tenant_id: str, student_ids: list[str]) -> list[pb.Alert]:
    """Re-evaluate students, store the results, and return alerts for reasons that newly appeared."""
    snapshots = load_snapshots(tx, tenant_id, student_ids)
    if not snapshots:
        return []
    evaluations = {student_id: domain.evaluate(snapshot) for student_id, (snapshot, _) in snapshots.items()}
    timestamp = now_ms()

    states = [{"key": f"{tenant_id}|{student_id}|{m.step.step_id}", "state": MILESTONE_NAMES[m.state],
               "reason": m.reason}
              for student_id, evaluation in evaluations.items() for m in evaluation.milestones]
    if states:
        _run(tx, "update_milestone_states", PROGRESS, states=states)

    rows = [{"student_id": student_id, "status": TRACK_NAMES[evaluation.status], "urgency": evaluation.urgency,
             "reasons_json": json.dumps([json_format.MessageToDict(r) for r in evaluation.reasons]),
             "audit_json": json_format.MessageToJson(evaluation.audit, indent=None),
             "signature": evaluation.signature()} for student_id, evaluation in evaluations.items()]
    changed = [row["student_id"] for row in _run(tx, "store_progress", PROGRESS, tenant_id=tenant_id, rows=rows,
                                                 now_ms=timestamp) if row["changed"]]
    if not changed:
        return []
    return _update_alerts(tx, tenant_id, {student_id: (snapshots[student_id][0], evaluations[student_id])
                                          for student_id in changed}, timestamp)


def _update_alerts(tx, tenant_id: str, changed: dict[str, tuple[domain.StudentSnapshot, domain.Evaluation]],
                   timestamp: int) -> list[pb.Alert]:
    """Resolve alerts whose reason is gone, open alerts for new reasons, and return the newly opened ones."""
    reasons: dict[str, list[tuple[pb.Reason, str]]] = {}
    for student_id, (snapshot, evaluation) in changed.items():
        # A missing plan raises no alert while the grade is unknown or below grade 1.
        wants_plan = snapshot.grade is not None and snapshot.grade > 0
        reasons[student_id] = [(reason, domain.alert_id(tenant_id, student_id, reason))
                               for reason in evaluation.reasons
                               if reason.code != pb.REASON_CODE_NO_PLAN or wants_plan]
    _run(tx, "resolve_alerts", PROGRESS, tenant_id=tenant_id, now_ms=timestamp,
         rows=[{"student_id": student_id, "open_ids": [identifier for _, identifier in items]}
               for student_id, items in reasons.items()])

    opened = [{"student_id": student_id, "alert_id": identifier, "code": pb.ReasonCode.Name(reason.code),
               "text": reason.text, "urgency": reason.urgency}
              for student_id, items in reasons.items() for reason, identifier in items]
    if not opened:
        return []
    counselors = {row["student_id"]: sorted(set(row["counselors"]))
                  for row in _run(tx, "counselors_of_students", PROGRESS, tenant_id=tenant_id,
                                  student_ids=list(reasons))}
    created = {row["alert_id"]: row["created_at_ms"]
               for row in _run(tx, "open_alerts", PROGRESS, tenant_id=tenant_id, rows=opened, now_ms=timestamp)
               if row["created"]}
    alerts = []
    for student_id, items in reasons.items():
        for reason, identifier in items:
            if identifier not in created:
                continue
            alert = pb.Alert(alert_id=identifier, tenant_id=tenant_id, student_id=student_id,
                             counselor_ids=counselors.get(student_id, []), code=reason.code, text=reason.text,
                             urgency=reason.urgency)
            alert.created_at.FromMilliseconds(created[identifier])
            alerts.append(alert)
    return alerts


def replace_plan(tx, tenant_id: str, student_id: str, route_id: str, goal_onetsoc: str, goal_title: str,
                 steps: list[pb.RouteStep], chosen_at_ms: int) -> bool:
    """Store the chosen route as Plan and Milestone nodes; False when the student does not exist."""
    step_rows = [{"step_id": step.step_id or f"step-{index}", "kind": step.kind, "ref_id": step.ref_id,
                  "title": step.title, "planned_grade": step.planned_grade,
                  "prerequisite_course_codes": list(step.prerequisite_course_codes),
                  "years_after_high_school": step.years_after_high_school, "position": index}
                 for index, step in enumerate(steps)]
    exists = tx.run("MATCH (s:Student {key: $key}) RETURN count(s) AS n",
                    key=f"{tenant_id}|{student_id}").single()["n"]
    if not exists:
        return False
    _run(tx, "replace_plan", PROGRESS, **_student_params(tenant_id, student_id), route_id=route_id,
         goal_onetsoc=goal_onetsoc, goal_title=goal_title, steps=step_rows, chosen_at_ms=chosen_at_ms)
    return True


class ProgressRepository:
    """Reads and writes of the progress service over a driver."""

    def __init__(self, driver: neo4j.Driver, database: str = "neo4j") -> None:
        self.driver = driver
        self.database = database
        self.writer = SisRecordWriter()

    def apply_changes(self, group: str, changes: list[Change]) -> list[pb.Alert] | None:
        """Apply a batch of events exactly once, all or nothing in one transaction.

        Events already applied by `group` are skipped. Each student is re-evaluated once, after every change
        of the batch. Returns the newly opened alerts, or None when every event was applied before.
        """
        unique, seen = [], set()
        for change in changes:
            if change.event_id not in seen:
                seen.add(change.event_id)
                unique.append(change)

        def work(tx):
            fresh = {row["event_id"] for row in _run(tx, "claim_events", group=group,
                                                     event_ids=[change.event_id for change in unique])}
            if not fresh:
                return None
            to_evaluate: dict[str, list[str]] = {}
            by_tenant: dict[str, list[SisChange]] = {}
            for change in unique:
                if change.event_id in fresh and isinstance(change, SisChange):
                    by_tenant.setdefault(change.tenant_id, []).append(change)
            for tenant_id, tenant_changes in by_tenant.items():
                to_evaluate.setdefault(tenant_id, []).extend(self.writer.apply(tx, tenant_id, tenant_changes))

            for change in unique:
                if change.event_id in fresh and isinstance(change, RouteChange):
                    event = change.event
                    _run(tx, "touch_students", tenant_id=event.tenant_id,
                         rows=[{"student_id": event.student_id, "events": 1}])
                    replace_plan(tx, event.tenant_id, event.student_id, event.route_id, event.goal_onetsoc,
                                 event.goal_title, list(event.steps), event.chosen_at.ToMilliseconds())
                    to_evaluate.setdefault(event.tenant_id, []).append(event.student_id)

            alerts = []
            for tenant_id, student_ids in to_evaluate.items():
                alerts.extend(evaluate_and_store(tx, tenant_id, list(dict.fromkeys(student_ids))))
            return alerts

        with self.driver.session(database=self.database) as session:
            return session.execute_write(work)

    def choose_route(self, request: pb.ChooseRouteRequest, chosen_at_ms: int) -> tuple[bool, list[pb.Alert]]:
        def work(tx):
            if not replace_plan(tx, request.tenant_id, request.student_id, request.route_id, request.goal_onetsoc,
                                request.goal_title, list(request.steps), chosen_at_ms):
                return False, []
            return True, evaluate_and_store(tx, request.tenant_id, [request.student_id])

        with self.driver.session(database=self.database) as session:
            return session.execute_write(work)

    def get_plan(self, tenant_id: str, student_id: str):
        """Return (snapshot, raw rows, evaluation, stored progress row) or None for an unknown student."""
        def work(tx):
            loaded = load_snapshot(tx, tenant_id, student_id)
            if loaded is None:
                return None
            progress = tx.run("MATCH (p:StudentProgress {key: $key}) RETURN p {.*} AS p",
                              key=f"{tenant_id}|{student_id}").single()
            return loaded, (progress["p"] if progress else None)

        with self.driver.session(database=self.database) as session:
            result = session.execute_read(work)
        if result is None:
            return None
        (snapshot, raw), progress = result
        return snapshot, raw, domain.evaluate(snapshot), progress

    def caseload(self, tenant_id: str, counselor_id: str, student_id: str = "") -> list[dict]:
        """Return the counselor's caseload rows, or only the row of `student_id` when it is in the caseload."""
        records, _, _ = self.driver.execute_query(cypher(PROGRESS, "caseload"), tenant_id=tenant_id,
                                                  counselor_id=counselor_id, student_id=student_id,
                                                  database_=self.database,
                                                  routing_=neo4j.RoutingControl.READ)
        return [dict(record) for record in records]

    def alerts(self, tenant_id: str, student_id: str = "") -> list[dict]:
        """Return the open alert rows of the tenant, or of one student, with the student's stored grade, unsorted."""
        records, _, _ = self.driver.execute_query(cypher(PROGRESS, "alerts"), tenant_id=tenant_id,
                                                  student_id=student_id, database_=self.database,
                                                  routing_=neo4j.RoutingControl.READ)
        return [record["alert"] for record in records]

    def counts(self, tenant_id: str) -> dict:
        records, _, _ = self.driver.execute_query(cypher(PROGRESS, "count_applied"), tenant_id=tenant_id,
                                                  database_=self.database)
        return dict(records[0])

    def known_user_ids(self, tenant_id: str, source_system: str) -> set[str]:
        """Return the source ids that `source_system` sent for the tenant's students (their ExternalIds)."""
        records, _, _ = self.driver.execute_query(cypher(SIS, "known_student_source_ids"), tenant_id=tenant_id,
                                                  source_system=source_system, database_=self.database,
                                                  routing_=neo4j.RoutingControl.READ)
        return {record["source_id"] for record in records}

    def delete_tenant(self, tenant_id: str) -> None:
        self.driver.execute_query(cypher(PROGRESS, "delete_tenant"), tenant_id=tenant_id, database_=self.database)
