"""Plans, progress, caseloads and alerts over ProgressService."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field
from trailmap.pathfinding.v1 import pathfinding_pb2 as pf
from trailmap.profile.v1 import profile_pb2
from trailmap.progress.v1 import progress_pb2

from services.gateway.auth import ID_PATTERN, Principal, Role, require_roles
from services.gateway.clients import message_to_json
from services.gateway.errors import ERROR_RESPONSES, ApiError
from services.gateway.routers.routes import ONETSOC_PATTERN, ROUTE_ID_PATTERN, explain_route
from services.gateway.routers.students import PAGE_TOKEN_PATTERN, add_target_career
from services.gateway.scoping import StudentScope, record_list_read, student_scope, writable_student_scope

router = APIRouter(prefix="/api/v1", tags=["progress"], responses=ERROR_RESPONSES)

Json = dict[str, Any]
staff = require_roles(Role.COUNSELOR, Role.ADMINISTRATOR)


def _caseload_owner(principal: Principal, counselor_id: str | None) -> str:
    """Counselors always read their own caseload; administrators name the counselor."""
    if principal.role is Role.COUNSELOR:
        if counselor_id and counselor_id != principal.counselor_id:
            raise ApiError(403, "permission_denied", "counselors can read only their own caseload",
                           field="counselor_id", fix="leave counselor_id out")
        return principal.counselor_id
    if not counselor_id:
        raise ApiError(400, "invalid_argument", "counselor_id is required for administrators",
                       field="counselor_id", fix="add ?counselor_id=<staff id> or school:<school id>")
    return counselor_id


@router.get("/students/{student_id}/plan", summary="The student's chosen route, milestones, audit and status")
def get_plan(request: Request, scope: StudentScope = Depends(student_scope)) -> Json:
    response = request.app.state.clients.call("progress", "GetPlan", progress_pb2.GetPlanRequest(
        tenant_id=scope.tenant, student_id=scope.student_id), tenant=scope.tenant)
    return message_to_json(response)


@router.get("/students/{student_id}/alerts", summary="Open alerts for one student, most urgent first")
def student_alerts(request: Request, scope: StudentScope = Depends(student_scope),
                   page_size: Annotated[int, Query(ge=1, le=500)] = 50) -> Json:
    response = request.app.state.clients.call("progress", "ListAlerts", progress_pb2.ListAlertsRequest(
        tenant_id=scope.tenant, student_id=scope.student_id, page_size=page_size), tenant=scope.tenant)
    return message_to_json(response)


@router.get("/caseload", summary="A counselor's caseload, most urgent first, with the reason in words")
def caseload(request: Request, principal: Principal = Depends(staff),
             counselor_id: Annotated[str | None, Query(pattern=ID_PATTERN,
                                                       description="Administrators only")] = None,
             page_size: Annotated[int, Query(ge=1, le=500)] = 50,
             page_token: Annotated[str, Query(pattern=PAGE_TOKEN_PATTERN)] = "") -> Json:
    owner = _caseload_owner(principal, counselor_id)
    response = request.app.state.clients.call("progress", "ListCaseload", progress_pb2.ListCaseloadRequest(
        tenant_id=principal.tenant, counselor_id=owner, page_size=page_size, page_token=page_token),
        tenant=principal.tenant)
    record_list_read(request, principal, [entry.student_id for entry in response.entries], f"caseload {owner}")
    return message_to_json(response)


@router.get("/alerts", summary="Open alerts for the caller's caseload (administrators: the whole district)")
def alerts(request: Request, principal: Principal = Depends(staff),
           counselor_id: Annotated[str | None, Query(pattern=ID_PATTERN,
                                                     description="Administrators only")] = None,
           page_size: Annotated[int, Query(ge=1, le=500)] = 50,
           page_token: Annotated[str, Query(pattern=PAGE_TOKEN_PATTERN)] = "") -> Json:
    if principal.role is Role.COUNSELOR:
        owner = _caseload_owner(principal, counselor_id)
    else:
        owner = counselor_id or ""
    response = request.app.state.clients.call("progress", "ListAlerts", progress_pb2.ListAlertsRequest(
        tenant_id=principal.tenant, counselor_id=owner, page_size=page_size, page_token=page_token),
        tenant=principal.tenant)
    record_list_read(request, principal, [alert.student_id for alert in response.alerts],
                     f"caseload {owner}" if owner else "district alerts")
    return message_to_json(response)


class ChoosePlanBody(BaseModel):
    onetsoc: str = Field(pattern=ONETSOC_PATTERN, description="Career the route leads to", examples=["29-1141.00"])
    route_id: str = Field(pattern=ROUTE_ID_PATTERN, description="route_id from the routes endpoint")


# Pathfinding step kinds as progress milestone kinds; later career moves are not plan milestones.
_STEP_KINDS = {
    pf.STEP_KIND_HS_COURSE: progress_pb2.STEP_KIND_COURSE,
    pf.STEP_KIND_DUAL_ENROLLMENT: progress_pb2.STEP_KIND_DUAL_ENROLLMENT,
    pf.STEP_KIND_CTE: progress_pb2.STEP_KIND_CTE,
    pf.STEP_KIND_WORK_BASED_LEARNING: progress_pb2.STEP_KIND_WORK_BASED_LEARNING,
    pf.STEP_KIND_DIPLOMA: progress_pb2.STEP_KIND_CREDENTIAL,
    pf.STEP_KIND_APPRENTICESHIP: progress_pb2.STEP_KIND_APPRENTICESHIP,
    pf.STEP_KIND_PROGRAM: progress_pb2.STEP_KIND_PROGRAM,
    pf.STEP_KIND_ENTRY_JOB: progress_pb2.STEP_KIND_JOB,
}
_HIGH_SCHOOL_KINDS = {pf.STEP_KIND_HS_COURSE, pf.STEP_KIND_DUAL_ENROLLMENT, pf.STEP_KIND_CTE,
                      pf.STEP_KIND_WORK_BASED_LEARNING}


def plan_steps(route: pf.Route, grade: int) -> list[progress_pb2.RouteStep]:
    """Turn a pathfinding route into the milestone steps ProgressService stores.

    Course steps get the grade they fall in (current grade plus whole years from now) and the district
    course number as ref_id. Postsecondary steps get the years after high school at which they end.
    """
    high_school_years_left = max(0, 12 - grade + 1)
    steps = []
    for index, step in enumerate(route.steps):
        kind = _STEP_KINDS.get(step.kind)
        if kind is None:
            continue

        in_high_school = step.kind in _HIGH_SCHOOL_KINDS
        ref_id = step.key.rpartition("|")[2] if in_high_school else step.key
        planned_grade = min(12, grade + int(step.year_offset)) if in_high_school else 0
        years_after = 0 if in_high_school else max(0, round(step.year_offset + step.duration_years
                                                            - high_school_years_left))
        steps.append(progress_pb2.RouteStep(
            step_id=f"{index + 1:02d}-{step.key}", kind=kind, ref_id=ref_id, title=step.title,
            planned_grade=planned_grade, years_after_high_school=years_after))
    return steps


@router.put("/students/{student_id}/plan", summary="Choose a route as the student's plan")
def choose_plan(body: ChoosePlanBody, request: Request,
                scope: StudentScope = Depends(writable_student_scope)) -> Json:
    clients = request.app.state.clients

    # The route comes from pathfinding, not from the caller, so a plan contains only steps that pathfinding returned.
    explained = explain_route(request, scope, body.onetsoc, body.route_id)
    student = clients.call("profile", "GetStudent", profile_pb2.GetStudentRequest(
        tenant_id=scope.tenant, student_id=scope.student_id), tenant=scope.tenant).student

    goal_title = next((step.title for step in explained.route.steps if step.kind == pf.STEP_KIND_ENTRY_JOB),
                      explained.route.title)
    response = clients.call("progress", "ChooseRoute", progress_pb2.ChooseRouteRequest(
        tenant_id=scope.tenant, student_id=scope.student_id, route_id=body.route_id, goal_onetsoc=body.onetsoc,
        goal_title=goal_title, steps=plan_steps(explained.route, student.grade)), tenant=scope.tenant)

    # The chosen route's career becomes a target career, so the student's direction names it.
    add_target_career(request, scope, student, body.onetsoc)
    return message_to_json(response)
