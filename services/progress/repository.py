"""All Neo4j access of the SIS sync and progress service."""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone

import neo4j
from google.protobuf import json_format

from services.common.dedupe import claim_event
from services.common.graph import cypher
from services.progress import domain
from trailmap.progress.v1 import progress_pb2 as pb
from trailmap.sis.v1 import sis_pb2

# The server warns about labels and relationship types that do not exist yet, because this service creates them
# lazily. Those warnings are noise on a fresh database, and real errors still raise.
logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)

SIS = "sis/apply.cypher"
PROGRESS = "progress/progress.cypher"
STATUS_NAMES = {sis_pb2.RECORD_STATUS_ACTIVE: "active", sis_pb2.RECORD_STATUS_INACTIVE: "inactive",
                sis_pb2.RECORD_STATUS_TO_BE_DELETED: "tobedeleted", sis_pb2.RECORD_STATUS_UNSPECIFIED: "active"}
TRACK_NAMES = {pb.TRACK_STATUS_ON_TRACK: "ON_TRACK", pb.TRACK_STATUS_OFF_TRACK: "OFF_TRACK",
               pb.TRACK_STATUS_NO_PLAN: "NO_PLAN"}
TRACK_VALUES = {name: value for value, name in TRACK_NAMES.items()}
MILESTONE_NAMES = {value: pb.MilestoneState.Name(value).removeprefix("MILESTONE_STATE_")
                   for value in pb.MilestoneState.values()}


def now_ms() -> int:
    return int(datetime.now(timezone.utc).timestamp() * 1000)


def _run(tx, statement: str, file: str = SIS, **params):
    return tx.run(cypher(file, statement), **params)


def _student_params(tenant_id: str, student_id: str) -> dict:
    return {"tenant_id": tenant_id, "student_id": student_id}


class SisRecordWriter:
    """Apply one SIS record inside the consumer's transaction; return the students to re-evaluate."""

    def apply(self, tx: neo4j.ManagedTransaction, tenant_id: str, message, occurred_at_ms: int) -> list[str]:
        record_type = message.DESCRIPTOR.name
        key = f"{tenant_id}|{message.source.source_system}|{record_type}|{message.source.source_id}"
        newer = _run(tx, "claim_record_version", key=key, tenant_id=tenant_id,
                     occurred_at_ms=occurred_at_ms).single()["newer"]
        students = self._students_of(message)
        for student_id in [*students, *self._enrolled_students(message)]:
            _run(tx, "touch_student", **_student_params(tenant_id, student_id))
        if not newer:
            return []
        handler = getattr(self, f"_apply_{record_type}", None)
        if handler is not None:
            handler(tx, tenant_id, message, occurred_at_ms)
        return students

    @staticmethod
    def _enrolled_students(message) -> list[str]:
        """Return the student of a student enrollment; enrollments change no reason, so they trigger no evaluation."""
        if isinstance(message, sis_pb2.EnrollmentRecord) and message.role in {"student", ""}:
            return [message.person_id]
        return []

    @staticmethod
    def _students_of(message) -> list[str]:
        """Return the students whose status or reasons the record can change."""
        if isinstance(message, sis_pb2.StudentRecord):
            return [message.student_id]
        if isinstance(message, sis_pb2.TranscriptRecord):
            return [message.student_id]
        if isinstance(message, sis_pb2.GraduationPlanRecord):
            return list(message.student_ids)
        return []

    def _apply_StudentRecord(self, tx, tenant_id, message: sis_pb2.StudentRecord, occurred_at_ms) -> None:
        external = [{"system": ext.system, "value": ext.value} for ext in message.external_ids]
        external.append({"system": message.source.source_system, "value": message.source.source_id})
        _run(tx, "merge_district", tenant_id=tenant_id)
        _run(tx, "upsert_student", **_student_params(tenant_id, message.student_id),
             source_system=message.source.source_system, source_id=message.source.source_id,
             school_id=message.school_id, grade=message.grade_level, status=STATUS_NAMES[message.status],
             occurred_at_ms=occurred_at_ms, external_ids=external)

    def _apply_SchoolRecord(self, tx, tenant_id, message: sis_pb2.SchoolRecord, occurred_at_ms) -> None:
        _run(tx, "upsert_school", tenant_id=tenant_id, school_id=message.school_id, name=message.name,
             org_type=message.org_type, parent_id=message.parent_id, status=STATUS_NAMES[message.status])

    def _apply_CourseRecord(self, tx, tenant_id, message: sis_pb2.CourseRecord, occurred_at_ms) -> None:
        _run(tx, "upsert_course", tenant_id=tenant_id, course_code=message.course_code, title=message.title,
             credits=message.credits, subject=message.subject, sced_code=message.sced_code,
             grade_levels=list(message.grade_levels), status=STATUS_NAMES[message.status])

    def _apply_EnrollmentRecord(self, tx, tenant_id, message: sis_pb2.EnrollmentRecord, occurred_at_ms) -> None:
        if message.role not in {"student", ""}:
            return
        params = {**_student_params(tenant_id, message.person_id), "section_id": message.section_id}
        if message.status == sis_pb2.RECORD_STATUS_TO_BE_DELETED:
            _run(tx, "delete_enrollment", **params)
            return
        _run(tx, "merge_course_stub", tenant_id=tenant_id, course_code=message.course_code,
             title=message.course_code, subject="")
        _run(tx, "upsert_enrollment", **params, course_code=message.course_code, term=message.term,
             begin_date=message.begin_date, end_date=message.end_date, source_id=message.source.source_id)

    def _apply_TranscriptRecord(self, tx, tenant_id, message: sis_pb2.TranscriptRecord, occurred_at_ms) -> None:
        params = {**_student_params(tenant_id, message.student_id), "source_id": message.source.source_id}
        if message.status == sis_pb2.RECORD_STATUS_TO_BE_DELETED:
            _run(tx, "delete_transcript", **params)
            return
        _run(tx, "merge_course_stub", tenant_id=tenant_id, course_code=message.course_code,
             title=message.course_title or message.course_code, subject=message.subject)
        _run(tx, "upsert_transcript", **params, course_code=message.course_code,
             grade_earned=message.grade_earned, credits_earned=message.credits_earned,
             credits_attempted=message.credits_attempted, term=message.term, school_year=message.school_year,
             passed=message.passed, subject=message.subject, grade_level=message.grade_level)

    def _apply_GraduationPlanRecord(self, tx, tenant_id, message: sis_pb2.GraduationPlanRecord,
                                    occurred_at_ms) -> None:
        _run(tx, "upsert_graduation_plan", tenant_id=tenant_id, source_id=message.source.source_id,
             plan_type=message.plan_type, edorg=message.education_organization_id,
             year=message.graduation_school_year, total=message.total_required_credits,
             student_ids=list(message.student_ids))
        for item in message.credits_by_subject:
            _run(tx, "upsert_requirement", tenant_id=tenant_id, subject=item.subject, credits=item.credits)

    def _apply_CounselorAssignment(self, tx, tenant_id, message: sis_pb2.CounselorAssignment,
                                   occurred_at_ms) -> None:
        _run(tx, "upsert_counselor", tenant_id=tenant_id, staff_id=message.staff_id, school_id=message.school_id,
             whole_school=not message.student_ids and bool(message.school_id), basis=message.basis,
             student_ids=list(message.student_ids))


def _steps_from_milestones(milestones: list[dict]) -> list[pb.RouteStep]:
    return [pb.RouteStep(step_id=m["step_id"], kind=m.get("kind") or 0, ref_id=m.get("ref_id") or "",
                         title=m.get("title") or "", planned_grade=m.get("planned_grade") or 0,
                         prerequisite_course_codes=m.get("prerequisite_course_codes") or [],
                         years_after_high_school=m.get("years_after_high_school") or 0) for m in milestones]


def load_snapshot(tx, tenant_id: str, student_id: str) -> tuple[domain.StudentSnapshot, dict] | None:
    """Load what the rules need about one student; None when the student does not exist."""
    row = _run(tx, "student_snapshot", PROGRESS, **_student_params(tenant_id, student_id)).single()
    if row is None:
        return None
    student, plan = row["student"], row["plan"]
    attempts = [domain.Attempt(a["course_code"], a["title"] or "", a["subject"] or "", float(a["credits"] or 0),
                               bool(a["passed"]), int(a["school_year"] or 0), a["term"] or "") for a in row["attempts"]]
    enrolled = [domain.Attempt(e["course_code"], e["title"] or "", e["subject"] or "", float(e["credits"] or 0),
                               False) for e in row["enrolled"]]

    requirements = [domain.Requirement(r["subject"], float(r["credits"] or 0))
                    for r in _run(tx, "requirements", PROGRESS, district_id=tenant_id)]
    district, fallback = tenant_id, False
    if not requirements:
        district, fallback = domain.FALLBACK_DISTRICT_ID, True
        requirements = [domain.Requirement(r["subject"], float(r["credits"] or 0))
                        for r in _run(tx, "requirements", PROGRESS, district_id=district)]

    grade_text = student.get("grade") or ""
    grade = None
    if grade_text.isdigit():
        grade = int(grade_text)
    elif grade_text == "KG":
        grade = 0
    snapshot = domain.StudentSnapshot(
        tenant_id=tenant_id, student_id=student_id,
        grade=grade,
        attempts=attempts, enrolled=enrolled, steps=_steps_from_milestones(row["milestones"]),
        has_plan=plan is not None, goal_title=(plan or {}).get("goal_title") or "", requirements=requirements,
        requirements_district_id=district, fallback_used=fallback, total_required=float(row["plan_total"] or 0))
    return snapshot, {"student": student, "plan": plan, "milestones": row["milestones"]}


def evaluate_and_store(tx, tenant_id: str, student_id: str) -> list[pb.Alert]:
    """Re-evaluate one student, store the result, and return alerts for reasons that newly appeared."""
    loaded = load_snapshot(tx, tenant_id, student_id)
    if loaded is None:
        return []
    snapshot, raw = loaded
    evaluation = domain.evaluate(snapshot)
    timestamp = now_ms()

    plan_key = f"{tenant_id}|{student_id}"
    states = [{"key": f"{plan_key}|{m.step.step_id}", "state": MILESTONE_NAMES[m.state], "reason": m.reason}
              for m in evaluation.milestones]
    if states:
        _run(tx, "update_milestone_states", PROGRESS, states=states)

    reasons_json = json.dumps([json_format.MessageToDict(r) for r in evaluation.reasons])
    changed = _run(tx, "store_progress", PROGRESS, **_student_params(tenant_id, student_id),
                   status=TRACK_NAMES[evaluation.status], urgency=evaluation.urgency, reasons_json=reasons_json,
                   audit_json=json_format.MessageToJson(evaluation.audit, indent=None),
                   signature=evaluation.signature(), now_ms=timestamp).single()["changed"]
    if not changed:
        return []

    open_reasons = [r for r in evaluation.reasons if r.code != pb.REASON_CODE_NO_PLAN or snapshot.grade]
    open_ids = [domain.alert_id(tenant_id, student_id, reason) for reason in open_reasons]
    _run(tx, "resolve_alerts", PROGRESS, **_student_params(tenant_id, student_id), open_ids=open_ids,
         now_ms=timestamp)
    counselors = _run(tx, "counselors_of_student", PROGRESS,
                      **_student_params(tenant_id, student_id)).single()["counselors"]
    alerts = []
    for reason, identifier in zip(open_reasons, open_ids):
        row = _run(tx, "open_alert", PROGRESS, **_student_params(tenant_id, student_id), alert_id=identifier,
                   code=pb.ReasonCode.Name(reason.code), text=reason.text, urgency=reason.urgency,
                   now_ms=timestamp).single()
        if row["created"]:
            alert = pb.Alert(alert_id=identifier, tenant_id=tenant_id, student_id=student_id,
                             counselor_ids=sorted(set(counselors)), code=reason.code, text=reason.text,
                             urgency=reason.urgency)
            alert.created_at.FromMilliseconds(row["created_at_ms"])
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

    def apply_sis_event(self, group: str, event_id: str, tenant_id: str, message,
                        occurred_at_ms: int) -> list[pb.Alert] | None:
        """Apply one SIS record exactly once; None when the event was applied before."""
        def work(tx):
            if not claim_event(tx, group, event_id):
                return None
            alerts = []
            for student_id in self.writer.apply(tx, tenant_id, message, occurred_at_ms):
                alerts.extend(evaluate_and_store(tx, tenant_id, student_id))
            return alerts

        with self.driver.session(database=self.database) as session:
            return session.execute_write(work)

    def apply_route_chosen(self, group: str, event_id: str, event: pb.RouteChosen) -> list[pb.Alert] | None:
        def work(tx):
            if not claim_event(tx, group, event_id):
                return None
            _run(tx, "touch_student", **_student_params(event.tenant_id, event.student_id))
            replace_plan(tx, event.tenant_id, event.student_id, event.route_id, event.goal_onetsoc, event.goal_title,
                         list(event.steps), event.chosen_at.ToMilliseconds())
            return evaluate_and_store(tx, event.tenant_id, event.student_id)

        with self.driver.session(database=self.database) as session:
            return session.execute_write(work)

    def choose_route(self, request: pb.ChooseRouteRequest, chosen_at_ms: int) -> tuple[bool, list[pb.Alert]]:
        def work(tx):
            if not replace_plan(tx, request.tenant_id, request.student_id, request.route_id, request.goal_onetsoc,
                                request.goal_title, list(request.steps), chosen_at_ms):
                return False, []
            return True, evaluate_and_store(tx, request.tenant_id, request.student_id)

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

    def caseload(self, tenant_id: str, counselor_id: str) -> list[dict]:
        records, _, _ = self.driver.execute_query(cypher(PROGRESS, "caseload"), tenant_id=tenant_id,
                                                  counselor_id=counselor_id, database_=self.database,
                                                  routing_=neo4j.RoutingControl.READ)
        return [dict(record) for record in records]

    def alerts(self, tenant_id: str, student_id: str = "") -> list[dict]:
        records, _, _ = self.driver.execute_query(cypher(PROGRESS, "alerts"), tenant_id=tenant_id,
                                                  student_id=student_id, database_=self.database,
                                                  routing_=neo4j.RoutingControl.READ)
        return [record["alert"] for record in records]

    def counts(self, tenant_id: str) -> dict:
        records, _, _ = self.driver.execute_query(cypher(PROGRESS, "count_applied"), tenant_id=tenant_id,
                                                  database_=self.database)
        return dict(records[0])

    def delete_tenant(self, tenant_id: str) -> None:
        self.driver.execute_query(cypher(PROGRESS, "delete_tenant"), tenant_id=tenant_id, database_=self.database)
