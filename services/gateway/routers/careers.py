"""Catalog endpoints over CatalogService: career search, one career's outlook, programs.

These read no student record, so every role may use them, partners included.
"""

from __future__ import annotations

import enum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from trailmap.catalog.v1 import catalog_pb2

from services.gateway.auth import ID_PATTERN, Principal, current_principal
from services.gateway.clients import enum_value, message_to_json
from services.gateway.errors import ERROR_RESPONSES
from services.gateway.routers.routes import ONETSOC_PATTERN, STATE_PATTERN
from services.gateway.routers.students import PAGE_TOKEN_PATTERN

router = APIRouter(prefix="/api/v1", tags=["catalog"], responses=ERROR_RESPONSES)

Json = dict[str, Any]
PROGRAM_ID_PATTERN = r"^\d{2}\.\d{4}\|[a-z_]{3,40}$"


class CredentialLevel(str, enum.Enum):
    CERTIFICATE = "certificate"
    ASSOCIATE = "associate"
    BACHELOR = "bachelor"
    POST_BACCALAUREATE_CERTIFICATE = "post_baccalaureate_certificate"
    GRADUATE_CERTIFICATE = "graduate_certificate"
    MASTER = "master"
    DOCTORAL = "doctoral"
    FIRST_PROFESSIONAL = "first_professional"
    RESIDENCY = "residency"


def _call(request: Request, method: str, message, principal: Principal, fields: dict[str, str] | None = None):
    return request.app.state.clients.call("catalog", method, message, tenant=principal.tenant, fields=fields)


@router.get("/careers", summary="Careers matching everyday words, best match first")
def search_careers(request: Request, q: Annotated[str, Query(min_length=1, max_length=100,
                                                             description="Words such as nurse, RN or coder")],
                   page_size: Annotated[int, Query(ge=1, le=100)] = 20,
                   principal: Principal = Depends(current_principal)) -> Json:
    response = _call(request, "SearchCareers", catalog_pb2.SearchCareersRequest(query=q, page_size=page_size),
                     principal, fields={"query": "q"})
    careers = [{**message_to_json(hit.career), "matched_title": hit.matched_title, "score": hit.score}
               for hit in response.hits]
    return {"careers": careers}


@router.get("/careers/{onetsoc}", summary="One career: pay (national and state), growth, openings, education, "
                                          "daily tasks, programs and the O*NET attribution")
def get_career(request: Request,
               onetsoc: Annotated[str, Path(pattern=ONETSOC_PATTERN, examples=["29-1141.00"])],
               state: Annotated[str, Query(pattern=f"{STATE_PATTERN}|^$", description="State postal code")] = "",
               principal: Principal = Depends(current_principal)) -> Json:
    response = _call(request, "GetCareer", catalog_pb2.GetCareerRequest(onetsoc=onetsoc, state=state), principal)
    return message_to_json(response.career)


@router.get("/districts/{district_id}", summary="One district: id, name and state postal code (empty when unknown)")
def get_district(request: Request,
                 district_id: Annotated[str, Path(pattern=ID_PATTERN, examples=["prairie-sun-wi"])],
                 principal: Principal = Depends(current_principal)) -> Json:
    response = _call(request, "GetDistrict", catalog_pb2.GetDistrictRequest(district_id=district_id), principal,
                     fields={"district": "district_id"})
    return message_to_json(response.district)


@router.get("/programs", summary="Postsecondary programs by career, state and credential level")
def list_programs(request: Request,
                  onetsoc: Annotated[str, Query(pattern=f"{ONETSOC_PATTERN}|^$")] = "",
                  state: Annotated[str, Query(pattern=f"{STATE_PATTERN}|^$")] = "",
                  credential_level: CredentialLevel | None = None,
                  page_size: Annotated[int, Query(ge=1, le=200)] = 50,
                  page_token: Annotated[str, Query(pattern=PAGE_TOKEN_PATTERN)] = "",
                  principal: Principal = Depends(current_principal)) -> Json:
    message = catalog_pb2.ListProgramsRequest(onetsoc=onetsoc, state=state, page_size=page_size,
                                              page_token=page_token)
    if credential_level is not None:
        message.credential_level = enum_value(catalog_pb2.CredentialLevel, credential_level.value)
    return message_to_json(_call(request, "ListPrograms", message, principal,
                                 fields={"credential level": "credential_level"}))


@router.get("/programs/{program_id}", summary="One program with the institutions that offer it")
def get_program(request: Request,
                program_id: Annotated[str, Path(pattern=PROGRAM_ID_PATTERN, examples=["51.3801|associate"])],
                principal: Principal = Depends(current_principal)) -> Json:
    response = _call(request, "GetProgram", catalog_pb2.GetProgramRequest(id=program_id), principal)
    return message_to_json(response.program)
