"""Plans, progress, caseloads and alerts over ProgressService."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from trailmap.progress.v1 import progress_pb2

from services.gateway.auth import ID_PATTERN, Principal, Role, require_roles
from services.gateway.clients import message_to_json
from services.gateway.errors import ERROR_RESPONSES, ApiError
from services.gateway.routers.students import PAGE_TOKEN_PATTERN
from services.gateway.scoping import StudentScope, student_scope

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
    return message_to_json(response)
