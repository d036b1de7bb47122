"""Route endpoints over PathfindingService: find, explain, what-if, reachable careers.

Student endpoints plan for a stored student and are scoped and audited like every student record.
The `/routes/...` endpoints take the student state inline, read no stored record and are open to
every role, partners included.
"""

from __future__ import annotations

import enum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, Field, model_validator
from trailmap.pathfinding.v1 import pathfinding_pb2 as pf

from services.gateway.auth import ID_PATTERN, Principal, current_principal
from services.gateway.clients import enum_value, message_to_json
from services.gateway.errors import ERROR_RESPONSES
from services.gateway.routers.students import ONETSOC_PATTERN, PAGE_TOKEN_PATTERN
from services.gateway.scoping import StudentScope, student_scope

router = APIRouter(prefix="/api/v1", tags=["routes"], responses=ERROR_RESPONSES)

Json = dict[str, Any]
COURSE_NUMBER_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._ -]{0,31}$"
STATE_PATTERN = r"^[A-Z]{2}$"
ROUTE_ID_PATTERN = r"^[A-Za-z0-9_.:-]{1,128}$"
# Routes and explanations need more time than a lookup: enumeration on the full catalog, then ranking.
PATHFINDING_DEADLINE_S = 10.0

OnetSoc = Annotated[str, Field(pattern=ONETSOC_PATTERN, description="O*NET-SOC code", examples=["29-1141.00"])]


class RouteKind(str, enum.Enum):
    DIRECT_TO_WORK = "direct_to_work"
    APPRENTICESHIP = "apprenticeship"
    CERTIFICATE = "certificate"
    TWO_YEAR = "two_year"
    FOUR_YEAR = "four_year"
    GRADUATE = "graduate"
    MILITARY = "military"


class Language(str, enum.Enum):
    EN = "en"
    ES = "es"


LANGUAGE_DESCRIPTION = ("Language of the explanations and reasons: en or es. A pathfinding service without Spanish "
                        "answers in English.")


def with_language(message, language: Language | None):
    """Set `language` on a pathfinding request when the request type has the field and a language is given."""
    if language is not None and "language" in message.DESCRIPTOR.fields_by_name:
        message.language = language.value
    return message


def answer_json(response, request_message) -> Json:
    """Convert a pathfinding answer and add `language`: the language its own sentences are written in."""
    data = message_to_json(response)
    data["language"] = getattr(request_message, "language", "") or Language.EN.value
    return data


class ChangeKind(str, enum.Enum):
    DROP_COURSE = "drop_course"
    ADD_COURSE = "add_course"
    FAIL_COURSE = "fail_course"
    ADD_DUAL_ENROLLMENT = "add_dual_enrollment"


class Bounds(BaseModel):
    horizon_years: float | None = Field(None, ge=1, le=20, description="Maximum years from now to the entry job")
    max_education_rank: int | None = Field(None, ge=0, le=8, description="Highest credential rank a route may reach")
    states: list[Annotated[str, Field(pattern=STATE_PATTERN)]] = Field(default_factory=list, max_length=60,
                                                                       description="State postal codes")
    route_kinds: list[RouteKind] = Field(default_factory=list, max_length=7)
    max_career_moves: int | None = Field(None, ge=0, le=3)

    def to_proto(self) -> pf.Bounds:
        bounds = pf.Bounds(states=self.states,
                           route_kinds=[enum_value(pf.RouteKind, kind.value) for kind in self.route_kinds])
        if self.horizon_years is not None:
            bounds.horizon_years = self.horizon_years
        if self.max_education_rank is not None:
            bounds.max_education_rank = self.max_education_rank
        if self.max_career_moves is not None:
            bounds.max_career_moves = self.max_career_moves
        return bounds


class FindRoutesBody(BaseModel):
    onetsoc: OnetSoc | None = None
    career_query: str | None = Field(None, min_length=2, max_length=100, description="Everyday words, e.g. nurse")
    bounds: Bounds = Field(default_factory=Bounds)
    page_size: int = Field(10, ge=1, le=100, description="Routes per kind")
    page_token: str = Field("", pattern=PAGE_TOKEN_PATTERN, max_length=200)
    language: Language | None = Field(None, description=LANGUAGE_DESCRIPTION)

    @model_validator(mode="after")
    def _check_career(self) -> FindRoutesBody:
        if bool(self.onetsoc) == bool(self.career_query):
            raise ValueError("give exactly one of onetsoc or career_query")
        return self


class Change(BaseModel):
    kind: ChangeKind
    course_number: str = Field(pattern=COURSE_NUMBER_PATTERN, description="District course number",
                               examples=["3101CHM"])


class WhatIfBody(BaseModel):
    onetsoc: OnetSoc
    changes: list[Change] = Field(min_length=1, max_length=20)
    bounds: Bounds = Field(default_factory=Bounds)
    language: Language | None = Field(None, description=LANGUAGE_DESCRIPTION)


class InlineStudent(BaseModel):
    grade: int = Field(ge=6, le=12)
    district_id: str = Field(pattern=ID_PATTERN, description="Catalog district id")
    completed_course_numbers: list[Annotated[str, Field(pattern=COURSE_NUMBER_PATTERN)]] = Field(
        default_factory=list, max_length=100)
    enrolled_course_numbers: list[Annotated[str, Field(pattern=COURSE_NUMBER_PATTERN)]] = Field(
        default_factory=list, max_length=100)
    home_state: str | None = Field(None, pattern=STATE_PATTERN)

    def to_ref(self) -> pf.StudentRef:
        state = pf.StudentState(grade=self.grade, district_id=self.district_id,
                                completed_course_numbers=self.completed_course_numbers,
                                enrolled_course_numbers=self.enrolled_course_numbers,
                                preferences=pf.Preferences(home_state=self.home_state or ""))
        return pf.StudentRef(state=state)


class InlineFindRoutesBody(FindRoutesBody):
    student: InlineStudent


class InlineReachableBody(BaseModel):
    student: InlineStudent
    bounds: Bounds = Field(default_factory=Bounds)
    page_size: int = Field(50, ge=1, le=500)
    page_token: str = Field("", pattern=PAGE_TOKEN_PATTERN, max_length=200)


# Pathfinding messages about the career or its words, as the REST body fields they come from.
_ROUTE_FIELDS = {"career query": "career_query", "no career matches": "career_query", "career is required": "onetsoc",
                 "state": "bounds.states"}


def _call(request: Request, method: str, message, tenant: str):
    return request.app.state.clients.call("pathfinding", method, message, tenant=tenant,
                                          deadline_s=PATHFINDING_DEADLINE_S, fields=_ROUTE_FIELDS)


def _find_routes_request(tenant: str, ref: pf.StudentRef, body: FindRoutesBody) -> pf.FindRoutesRequest:
    message = pf.FindRoutesRequest(tenant_id=tenant, student=ref, bounds=body.bounds.to_proto(),
                                   page_size=body.page_size, page_token=body.page_token)
    if body.onetsoc:
        message.onetsoc = body.onetsoc
    else:
        message.career_query = body.career_query
    return with_language(message, body.language)


def explain_route(request: Request, scope: StudentScope, onetsoc: str, route_id: str,
                  language: Language | None = None) -> pf.ExplainRouteResponse:
    return _call(request, "ExplainRoute", with_language(pf.ExplainRouteRequest(
        tenant_id=scope.tenant, student=pf.StudentRef(student_id=scope.student_id), onetsoc=onetsoc,
        route_id=route_id), language), scope.tenant)


@router.post("/students/{student_id}/routes/find", summary="Every route from the student's record to a career, "
                                                          "ranked and explained, grouped by route kind")
def find_routes(body: FindRoutesBody, request: Request, scope: StudentScope = Depends(student_scope)) -> Json:
    message = _find_routes_request(scope.tenant, pf.StudentRef(student_id=scope.student_id), body)
    return answer_json(_call(request, "FindRoutes", message, scope.tenant), message)


@router.get("/students/{student_id}/routes/{route_id}/explain", summary="One route's factors and explanation")
def explain(request: Request, route_id: Annotated[str, Path(pattern=ROUTE_ID_PATTERN)],
            onetsoc: Annotated[str, Query(pattern=ONETSOC_PATTERN)],
            language: Annotated[Language | None, Query(description=LANGUAGE_DESCRIPTION)] = None,
            scope: StudentScope = Depends(student_scope)) -> Json:
    return message_to_json(explain_route(request, scope, onetsoc, route_id, language))


@router.post("/students/{student_id}/what-if", summary="Which routes close, open or move after hypothetical changes")
def what_if(body: WhatIfBody, request: Request, scope: StudentScope = Depends(student_scope)) -> Json:
    changes = [pf.Change(kind=enum_value(pf.ChangeKind, change.kind.value), course_number=change.course_number)
               for change in body.changes]
    message = with_language(pf.WhatIfRequest(
        tenant_id=scope.tenant, student=pf.StudentRef(student_id=scope.student_id), onetsoc=body.onetsoc,
        bounds=body.bounds.to_proto(), changes=changes), body.language)
    return answer_json(_call(request, "WhatIf", message, scope.tenant), message)


@router.get("/students/{student_id}/reachable", summary="Every career reachable from the student's record")
def reachable(request: Request, scope: StudentScope = Depends(student_scope),
              page_size: Annotated[int, Query(ge=1, le=500)] = 50,
              page_token: Annotated[str, Query(pattern=PAGE_TOKEN_PATTERN)] = "") -> Json:
    response = _call(request, "ListReachableCareers", pf.ListReachableCareersRequest(
        tenant_id=scope.tenant, student=pf.StudentRef(student_id=scope.student_id), page_size=page_size,
        page_token=page_token), scope.tenant)
    return message_to_json(response)


@router.post("/routes/find", summary="Routes for a student state given inline; reads no student record")
def find_routes_inline(body: InlineFindRoutesBody, request: Request,
                       principal: Principal = Depends(current_principal)) -> Json:
    message = _find_routes_request(principal.tenant, body.student.to_ref(), body)
    return answer_json(_call(request, "FindRoutes", message, principal.tenant), message)


@router.post("/routes/reachable", summary="Careers reachable from a student state given inline")
def reachable_inline(body: InlineReachableBody, request: Request,
                     principal: Principal = Depends(current_principal)) -> Json:
    response = _call(request, "ListReachableCareers", pf.ListReachableCareersRequest(
        tenant_id=principal.tenant, student=body.student.to_ref(), bounds=body.bounds.to_proto(),
        page_size=body.page_size, page_token=body.page_token), principal.tenant)
    return message_to_json(response)
