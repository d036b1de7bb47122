"""Student profile endpoints over ProfileService: record, interest inventory, work values, matches."""

from __future__ import annotations

import enum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field, field_validator
from trailmap.profile.v1 import profile_pb2

from services.gateway.auth import Principal, current_principal
from services.gateway.clients import enum_value, message_to_json
from services.gateway.errors import ERROR_RESPONSES
from services.gateway.scoping import StudentScope, student_scope, writable_student_scope

router = APIRouter(prefix="/api/v1", tags=["students"], responses=ERROR_RESPONSES)

Json = dict[str, Any]
ITEM_ID_PATTERN = r"^[0-9A-Za-z.\-]{1,32}$"
PAGE_TOKEN_PATTERN = r"^[A-Za-z0-9_=:.\-]{0,200}$"
ONETSOC_PATTERN = r"^\d{2}-\d{4}\.\d{2}$"


class InterestAnswer(str, enum.Enum):
    LIKE = "like"
    NOT_SURE = "not_sure"
    DISLIKE = "dislike"


class WorkValue(str, enum.Enum):
    ACHIEVEMENT = "achievement"
    WORKING_CONDITIONS = "working_conditions"
    RECOGNITION = "recognition"
    RELATIONSHIPS = "relationships"
    SUPPORT = "support"
    INDEPENDENCE = "independence"


class ItemAnswer(BaseModel):
    item_id: str = Field(pattern=ITEM_ID_PATTERN, examples=["1.B.1.a-1"])
    answer: InterestAnswer


class InventoryAnswers(BaseModel):
    answers: list[ItemAnswer] = Field(max_length=500, description="Some or all answers; they merge into the "
                                                                  "latest attempt")
    start_new_attempt: bool = Field(False, description="Start a retake with no answers")


class WorkValuesOrder(BaseModel):
    order: list[WorkValue] = Field(min_length=6, max_length=6,
                                   description="All six work values, most important first")

    @field_validator("order")
    @classmethod
    def _check_distinct(cls, order: list[WorkValue]) -> list[WorkValue]:
        repeated = sorted({value.value for value in order if order.count(value) > 1})
        if repeated:
            raise ValueError(f"each work value must appear once; repeated: {', '.join(repeated)}")
        return order


class GoalBody(BaseModel):
    onetsoc: str = Field(pattern=ONETSOC_PATTERN, description="Career to add to the student's target careers",
                         examples=["29-1141.00"])


def _call_profile(request: Request, method: str, message, tenant: str):
    return request.app.state.clients.call("profile", method, message, tenant=tenant)


def add_target_career(request: Request, scope: StudentScope, student: profile_pb2.Student,
                      onetsoc: str) -> profile_pb2.Student:
    """Add a career to the student's target careers, keeping the other targets and aspirations.

    UpdateStudent replaces the aspirations as a new version, so the stored ones are copied first.
    """
    if onetsoc in student.aspirations.target_onetsoc:
        return student

    aspirations = profile_pb2.Aspirations()
    aspirations.CopyFrom(student.aspirations)
    aspirations.ClearField("version")
    aspirations.ClearField("recorded_at")
    aspirations.target_onetsoc.append(onetsoc)
    response = _call_profile(request, "UpdateStudent", profile_pb2.UpdateStudentRequest(
        tenant_id=scope.tenant, student_id=scope.student_id, aspirations=aspirations), scope.tenant)
    return response.student


@router.get("/inventory", summary="The interest inventory items (O*NET Interest Profiler activities)")
def inventory_items(request: Request, principal: Principal = Depends(current_principal)) -> Json:
    response = _call_profile(request, "GetInventory", profile_pb2.GetInventoryRequest(
        tenant_id=principal.tenant), principal.tenant)
    return message_to_json(response)


@router.get("/students/{student_id}", summary="A student's record: grade, aspirations, courses, latest scores")
def get_student(request: Request, scope: StudentScope = Depends(student_scope)) -> Json:
    response = _call_profile(request, "GetStudent", profile_pb2.GetStudentRequest(
        tenant_id=scope.tenant, student_id=scope.student_id), scope.tenant)
    return message_to_json(response.student)


@router.post("/students/{student_id}/goals", summary="Add a career to the student's target careers")
def add_goal(body: GoalBody, request: Request, scope: StudentScope = Depends(writable_student_scope)) -> Json:
    student = _call_profile(request, "GetStudent", profile_pb2.GetStudentRequest(
        tenant_id=scope.tenant, student_id=scope.student_id), scope.tenant).student
    return message_to_json(add_target_career(request, scope, student, body.onetsoc))


@router.get("/students/{student_id}/inventory", summary="Inventory items with the student's current answers")
def get_inventory(request: Request, scope: StudentScope = Depends(student_scope)) -> Json:
    response = _call_profile(request, "GetInventory", profile_pb2.GetInventoryRequest(
        tenant_id=scope.tenant, student_id=scope.student_id), scope.tenant)
    return message_to_json(response)


@router.put("/students/{student_id}/inventory",
            summary="Record inventory answers; a complete set produces RIASEC scores and a Holland code")
def submit_inventory(body: InventoryAnswers, request: Request,
                     scope: StudentScope = Depends(writable_student_scope)) -> Json:
    answers = [profile_pb2.ItemAnswer(item_id=a.item_id, answer=enum_value(profile_pb2.InterestAnswer, a.answer.value))
               for a in body.answers]
    response = _call_profile(request, "SubmitInterestInventory", profile_pb2.SubmitInterestInventoryRequest(
        tenant_id=scope.tenant, student_id=scope.student_id, answers=answers,
        start_new_attempt=body.start_new_attempt), scope.tenant)
    return message_to_json(response)


@router.put("/students/{student_id}/values", summary="Record a complete work-values ranking")
def submit_values(body: WorkValuesOrder, request: Request,
                  scope: StudentScope = Depends(writable_student_scope)) -> Json:
    ranks = [profile_pb2.ValueRank(value=enum_value(profile_pb2.WorkValue, value.value), rank=position)
             for position, value in enumerate(body.order, start=1)]
    response = _call_profile(request, "SubmitWorkValues", profile_pb2.SubmitWorkValuesRequest(
        tenant_id=scope.tenant, student_id=scope.student_id, ranks=ranks), scope.tenant)
    return message_to_json(response)


@router.get("/students/{student_id}/matches", summary="Careers ranked by interest and values fit, with reasons")
def get_matches(request: Request, scope: StudentScope = Depends(student_scope),
                page_size: Annotated[int, Query(ge=1, le=200)] = 20,
                page_token: Annotated[str, Query(pattern=PAGE_TOKEN_PATTERN)] = "",
                bright_outlook_only: bool = False,
                max_education_rank: Annotated[int | None, Query(ge=0, le=8)] = None,
                use_aspirations_ceiling: bool = False) -> Json:
    filters = profile_pb2.MatchFilters(bright_outlook_only=bright_outlook_only,
                                       use_aspirations_ceiling=use_aspirations_ceiling)
    if max_education_rank is not None:
        filters.max_education_rank = max_education_rank
    response = _call_profile(request, "GetMatches", profile_pb2.GetMatchesRequest(
        tenant_id=scope.tenant, student_id=scope.student_id, page_size=page_size, page_token=page_token,
        filters=filters), scope.tenant)
    return message_to_json(response)
