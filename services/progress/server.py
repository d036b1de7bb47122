"""ProgressService over gRPC: choose a route, get a plan and its progress, list caseloads and alerts.

    python -m services.progress.server      # listens on PROGRESS_PORT (50054)
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import datetime, timezone

from google.protobuf import json_format

from services.common.errors import InvalidArgument, NotFound
from services.common.events import EventProducer, kafka_available
from services.common.graph import create_driver, neo4j_available
from services.common.grpc_server import run_until_signal, start_server
from services.common.settings import settings_or_exit
from services.progress import domain
from services.progress.repository import TRACK_VALUES, ProgressRepository
from services.progress.settings import ProgressSettings
from trailmap.progress.v1 import progress_pb2 as pb
from trailmap.progress.v1 import progress_pb2_grpc

log = logging.getLogger("trailmap.progress.server")

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500


def _require(value: str, field: str, example: str) -> str:
    if not value.strip():
        raise InvalidArgument(f"{field} is required; pass it like {example}")
    return value.strip()


def _page(page_size: int, page_token: str) -> tuple[int, int]:
    if page_size < 0 or page_size > MAX_PAGE_SIZE:
        raise InvalidArgument(f"page_size {page_size} is out of range; use 1-{MAX_PAGE_SIZE}, or 0 for "
                              f"{DEFAULT_PAGE_SIZE}")
    if page_token and not page_token.isdigit():
        raise InvalidArgument(f"page_token {page_token!r} is invalid; pass next_page_token from the previous page")
    return page_size or DEFAULT_PAGE_SIZE, int(page_token or 0)


def _timestamp_ms(value: int | None, target) -> None:
    if value:
        target.FromMilliseconds(int(value))


def _reasons(reasons_json: str | None) -> list[pb.Reason]:
    return [json_format.ParseDict(item, pb.Reason()) for item in json.loads(reasons_json or "[]")]


def _grade_level(student: dict) -> str:
    """Return the student's CEDS grade level code, from the SIS code or else from the integer grade."""
    return student.get("grade_level_code") or domain.grade_level_code(domain.grade_number(student.get("grade")))


class ProgressServicer(progress_pb2_grpc.ProgressServiceServicer):
    def __init__(self, repository: ProgressRepository, plans: EventProducer | None = None,
                 plan_topic: str = "trailmap.progress.plan.v1", alerts_topic: str = "trailmap.progress.alerts.v1") -> None:
        self.repository = repository
        self.plans = plans
        self.plan_topic = plan_topic
        self.alerts_topic = alerts_topic

    def ChooseRoute(self, request: pb.ChooseRouteRequest, context) -> pb.ChooseRouteResponse:
        _require(request.tenant_id, "tenant_id", "grand-bend")
        _require(request.student_id, "student_id", "604863")
        _require(request.route_id, "route_id", "the route id from PathfindingService")
        if not request.steps:
            raise InvalidArgument(f"route {request.route_id!r} has no steps; pass the route's steps from "
                                  f"PathfindingService")
        step_ids = [step.step_id for step in request.steps]
        if len(set(step_ids)) != len(step_ids):
            raise InvalidArgument(f"route {request.route_id!r} repeats step ids; every step_id must be unique")

        chosen_at = datetime.now(timezone.utc)
        stored, alerts = self.repository.choose_route(request, int(chosen_at.timestamp() * 1000))
        if not stored:
            raise NotFound(f"student {request.student_id!r} of tenant {request.tenant_id!r} is not known; import "
                           f"the district's SIS data first")
        self._publish(request, chosen_at, alerts)
        log.info("route chosen", extra={"tenant_id": request.tenant_id, "student_id": request.student_id,
                                        "route_id": request.route_id})
        response = self._plan_response(request.tenant_id, request.student_id)
        return pb.ChooseRouteResponse(plan=response.plan, progress=response.progress)

    def _publish(self, request: pb.ChooseRouteRequest, chosen_at: datetime, alerts: list[pb.Alert]) -> None:
        if self.plans is None:
            return
        event = pb.RouteChosen(tenant_id=request.tenant_id, student_id=request.student_id, route_id=request.route_id,
                               goal_onetsoc=request.goal_onetsoc, goal_title=request.goal_title, steps=request.steps)
        event.chosen_at.FromDatetime(chosen_at)
        subject = f"student:{request.tenant_id}:{request.student_id}"
        self.plans.publish_payload(self.plan_topic, event, tenant_id=request.tenant_id, subject_key=subject,
                                   occurred_at=chosen_at)
        for alert in alerts:
            self.plans.publish_payload(self.alerts_topic, alert, tenant_id=alert.tenant_id, subject_key=subject,
                                       event_id=f"alert-{alert.alert_id}")

    def GetPlan(self, request: pb.GetPlanRequest, context) -> pb.GetPlanResponse:
        _require(request.tenant_id, "tenant_id", "grand-bend")
        _require(request.student_id, "student_id", "604863")
        return self._plan_response(request.tenant_id, request.student_id)

    def _plan_response(self, tenant_id: str, student_id: str) -> pb.GetPlanResponse:
        loaded = self.repository.get_plan(tenant_id, student_id)
        if loaded is None:
            raise NotFound(f"student {student_id!r} of tenant {tenant_id!r} is not known; check the ids or import "
                           f"the district's SIS data")
        snapshot, raw, evaluation, stored = loaded

        progress = pb.Progress(status=evaluation.status, reasons=evaluation.reasons, urgency=evaluation.urgency,
                               audit=evaluation.audit)
        _timestamp_ms((stored or {}).get("last_change_at_ms"), progress.last_change_at)
        response = pb.GetPlanResponse(progress=progress, grade_level=_grade_level(raw["student"]),
                                      school_id=raw["student"].get("school_id") or "",
                                      display_name=raw["student"].get("display_name") or "")
        plan = raw["plan"]
        if plan is not None:
            response.plan.CopyFrom(pb.Plan(tenant_id=tenant_id, student_id=student_id, route_id=plan.get("route_id", ""),
                                           goal_onetsoc=plan.get("goal_onetsoc") or "",
                                           goal_title=plan.get("goal_title") or "", milestones=evaluation.milestones))
            _timestamp_ms(plan.get("chosen_at_ms"), response.plan.chosen_at)
        return response

    def ListCaseload(self, request: pb.ListCaseloadRequest, context) -> pb.ListCaseloadResponse:
        _require(request.tenant_id, "tenant_id", "grand-bend")
        _require(request.counselor_id, "counselor_id", "a staff id such as 207268, or school:255901001")
        size, offset = _page(request.page_size, request.page_token)

        rows = self.repository.caseload(request.tenant_id, request.counselor_id, request.student_id.strip())
        for row in rows:
            row["grade_number"] = domain.grade_number(row["grade"])
            row["grade_level"] = _grade_level(row)
        ranked = domain.rank_caseload(rows)
        entries = []
        for row in ranked[offset:offset + size]:
            reasons = _reasons(row["reasons_json"])
            entry = pb.CaseloadEntry(student_id=row["student_id"], display_name=row["display_name"],
                                     grade_level=row["grade_level"],
                                     school_id=row["school_id"], goal_onetsoc=row["goal_onetsoc"],
                                     goal_title=row["goal_title"],
                                     status=TRACK_VALUES.get(row["status"] or "", pb.TRACK_STATUS_UNSPECIFIED),
                                     reason=reasons[0].text if reasons else "", urgency=row["urgency"],
                                     reasons=reasons)
            _timestamp_ms(row["last_change_at_ms"], entry.last_change_at)
            entries.append(entry)
        next_token = str(offset + size) if offset + size < len(ranked) else ""
        return pb.ListCaseloadResponse(entries=entries, next_page_token=next_token, total_size=len(ranked))

    def ListAlerts(self, request: pb.ListAlertsRequest, context) -> pb.ListAlertsResponse:
        _require(request.tenant_id, "tenant_id", "grand-bend")
        size, offset = _page(request.page_size, request.page_token)

        alerts = domain.rank_alerts(self.repository.alerts(request.tenant_id, request.student_id))
        if request.counselor_id:
            members = {row["student_id"] for row in self.repository.caseload(request.tenant_id, request.counselor_id)}
            alerts = [alert for alert in alerts if alert["student_id"] in members]
        page = []
        for row in alerts[offset:offset + size]:
            alert = pb.Alert(alert_id=row["alert_id"], tenant_id=row["tenant_id"], student_id=row["student_id"],
                             code=pb.ReasonCode.Value(row["code"]), text=row["text"], urgency=row["urgency"])
            _timestamp_ms(row.get("created_at_ms"), alert.created_at)
            page.append(alert)
        next_token = str(offset + size) if offset + size < len(alerts) else ""
        return pb.ListAlertsResponse(alerts=page, next_page_token=next_token)


def main() -> int:
    settings = settings_or_exit(ProgressSettings, "progress")

    driver = create_driver(settings)
    plans = EventProducer(settings.kafka_bootstrap, "progress-server")
    servicer = ProgressServicer(ProgressRepository(driver, settings.neo4j_database), plans,
                                settings.progress_plan_topic, settings.progress_alerts_topic)
    server = start_server(
        port=settings.progress_port,
        registrations=[(progress_pb2_grpc.add_ProgressServiceServicer_to_server, servicer)],
        service_names=[pb.DESCRIPTOR.services_by_name["ProgressService"].full_name],
        checks={"neo4j": lambda: neo4j_available(driver),
                "kafka": lambda: kafka_available(settings.kafka_bootstrap)})
    try:
        run_until_signal(server)
    finally:
        plans.close()
        driver.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
