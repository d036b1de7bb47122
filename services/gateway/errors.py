"""One JSON error shape for every failure: `{"error": {"code", "message", "field", "fix"}}`.

Request validation, authentication, scoping and gRPC failures all come back in this shape, so the
web UI and partner apps read one structure. Bad input never produces a 500.
"""

from __future__ import annotations

import logging
import re

import grpc
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from services.common.logs import request_id_var

log = logging.getLogger(__name__)


class ErrorBody(BaseModel):
    code: str
    message: str
    field: str | None = None
    fix: str | None = None
    request_id: str | None = None


class ErrorResponse(BaseModel):
    error: ErrorBody


class ApiError(Exception):
    """An error with its HTTP status; raise it anywhere in a request and the handler renders it."""

    def __init__(self, status: int, code: str, message: str, *, field: str | None = None,
                 fix: str | None = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        self.fix = fix
        self.headers = headers


def _doc(description: str) -> dict:
    return {"model": ErrorResponse, "description": description}


# Declared on every API router so the OpenAPI description matches what the handlers return.
ERROR_RESPONSES: dict[int | str, dict] = {
    400: _doc("Invalid argument"),
    401: _doc("Missing, expired or invalid token"),
    403: _doc("The token's role may not use this endpoint"),
    404: _doc("Not found, or outside the caller's scope"),
    409: _doc("Conflict with the current state"),
    422: _doc("Request validation failed"),
    503: _doc("A downstream service is unavailable; retry shortly"),
}

_GRPC_TO_HTTP: dict[grpc.StatusCode, tuple[int, str, str | None]] = {
    grpc.StatusCode.INVALID_ARGUMENT: (400, "invalid_argument", "correct the value named in the message"),
    grpc.StatusCode.OUT_OF_RANGE: (400, "out_of_range", "use a value inside the range named in the message"),
    grpc.StatusCode.NOT_FOUND: (404, "not_found", None),
    grpc.StatusCode.ALREADY_EXISTS: (409, "already_exists", "use the existing record or another id"),
    grpc.StatusCode.FAILED_PRECONDITION: (409, "failed_precondition", "complete the step named in the message first"),
    grpc.StatusCode.ABORTED: (409, "aborted", "retry the request"),
    grpc.StatusCode.PERMISSION_DENIED: (403, "permission_denied", "sign in with a role that may do this"),
    grpc.StatusCode.UNAUTHENTICATED: (401, "unauthenticated", "sign in again"),
    grpc.StatusCode.UNAVAILABLE: (503, "service_unavailable", "retry in a few seconds"),
    grpc.StatusCode.DEADLINE_EXCEEDED: (503, "deadline_exceeded", "retry in a few seconds"),
    grpc.StatusCode.RESOURCE_EXHAUSTED: (503, "resource_exhausted", "retry in a few seconds"),
}

STUDENT_NOT_FOUND_FIX = "check the id; it may belong to another district"
CODE_NOT_FOUND_FIX = ("check the code; careers, programs and routes are national, so a code works the same in "
                      "every district")

# gRPC method names that service messages mention, as the REST endpoints a caller of this API uses.
_REST_ENDPOINTS = {
    "SearchCareers": "GET /api/v1/careers?q=",
    "GetCareer": "GET /api/v1/careers/{onetsoc}",
    "ListPrograms": "GET /api/v1/programs",
    "GetProgram": "GET /api/v1/programs/{program_id}",
    "FindRoutes": "POST /api/v1/students/{student_id}/routes/find",
    "ExplainRoute": "GET /api/v1/students/{student_id}/routes/{route_id}/explain",
    "WhatIf": "POST /api/v1/students/{student_id}/what-if",
    "ListReachableCareers": "GET /api/v1/students/{student_id}/reachable",
    "GetInventory": "GET /api/v1/inventory",
    "GetMatches": "GET /api/v1/students/{student_id}/matches",
    "GetPlan": "GET /api/v1/students/{student_id}/plan",
    "ChooseRoute": "PUT /api/v1/students/{student_id}/plan",
    "ListCaseload": "GET /api/v1/caseload",
    "ListAlerts": "GET /api/v1/alerts",
}
_RPC_NAME = re.compile(r"\b(" + "|".join(_REST_ENDPOINTS) + r")\b")
_PYTHON_NONE = re.compile(r"\(None\)|\bNone\b")

# Words a service message starts with (or, for the names with underscores, contains), mapped to the REST
# parameter they come from. Routers add their own names through `fields`, which take precedence.
DEFAULT_FIELDS = {
    "page_token": "page_token",
    "page_size": "page_size",
    "state": "state",
    "onetsoc": "onetsoc",
    "career": "onetsoc",
    "program id": "program_id",
    "program": "program_id",
    "route_id": "route_id",
    "route": "route_id",
    "horizon_years": "bounds.horizon_years",
    "max_education_rank": "max_education_rank",
    "max_career_moves": "bounds.max_career_moves",
    "min_worker_share": "bounds.min_worker_share",
    "an answer has no item_id": "answers[].item_id",
    "item_id": "answers[].item_id",
    "answer": "answers[].answer",
    "course_number": "changes[].course_number",
    "change": "changes[].kind",
    "changes": "changes",
    "student": "student_id",
    "the stored student": "student_id",
}


def rest_field(message: str, fields: dict[str, str] | None = None) -> str | None:
    """Return the REST parameter a service message is about, or None when the message names none."""
    table = {**DEFAULT_FIELDS, **(fields or {})}
    lowered = message.lower()
    for word in sorted(table, key=len, reverse=True):
        if lowered == word or lowered.startswith(word + " "):
            return table[word]
    for word in sorted(table, key=len, reverse=True):
        if "_" in word and re.search(rf"\b{re.escape(word)}\b", lowered):
            return table[word]
    return None


def rest_message(details: str) -> str:
    """Rewrite a service message for REST callers: endpoint names for RPC names, no Python reprs."""
    text = _RPC_NAME.sub(lambda match: _REST_ENDPOINTS[match.group(1)], details)
    return _PYTHON_NONE.sub("not set", text)


def api_error_from_grpc(error: grpc.RpcError, service: str, fields: dict[str, str] | None = None) -> ApiError:
    """Map a failed gRPC call to the HTTP error returned to the caller, keeping the service's message.

    `fields` maps the first words of the service's message to the REST parameter they are about, so the
    error names the parameter the caller sent (for example {"query": "q"}).
    """
    code = error.code() if hasattr(error, "code") else grpc.StatusCode.UNKNOWN
    details = rest_message((error.details() if hasattr(error, "details") else None) or f"{service} call failed")
    status, error_code, fix = _GRPC_TO_HTTP.get(code, (502, "upstream_error", None))
    headers = {"Retry-After": "2"} if status == 503 else None
    field = rest_field(details, fields) if status in (400, 404) else None
    if status == 404:
        fix = STUDENT_NOT_FOUND_FIX if details.startswith("student ") else CODE_NOT_FOUND_FIX
    if status == 502:
        log.error("unexpected gRPC status", extra={"service": service, "grpc_code": code.name, "error": details})
        fix = "retry; if it persists, report the request id"
    if status == 503:
        details = f"{service} is unavailable: {details}"
    return ApiError(status, error_code, details, field=field, fix=fix, headers=headers)


def error_json(status: int, code: str, message: str, *, field: str | None = None, fix: str | None = None,
               headers: dict[str, str] | None = None) -> JSONResponse:
    body = ErrorBody(code=code, message=message, field=field, fix=fix, request_id=request_id_var.get())
    return JSONResponse({"error": body.model_dump()}, status_code=status, headers=headers)


def _field_name(location: tuple) -> str:
    # ("body", "answers", 3, "choice") -> "answers[3].choice"; the leading "body"/"query"/"path" is kept
    # for query and path parameters so the caller knows where the value came from.
    parts: list[str] = []
    for part in location:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        elif parts:
            parts.append(f".{part}")
        else:
            parts.append(str(part))
    name = "".join(parts)
    return name.removeprefix("body.") if name.startswith("body.") else name


def _validation_fix(problem: dict) -> str:
    kind = problem.get("type", "")
    context = problem.get("ctx") or {}
    if kind == "missing":
        return "add this field"
    if kind in {"literal_error", "enum"} and "expected" in context:
        return f"use one of {context['expected']}"
    if kind.startswith("string_too_long"):
        return f"send at most {context.get('max_length')} characters"
    if kind.startswith("string_too_short"):
        return f"send at least {context.get('min_length')} characters"
    if kind == "string_pattern_mismatch":
        return f"match the pattern {context.get('pattern')}"
    if kind in {"greater_than_equal", "greater_than", "less_than_equal", "less_than"}:
        return "use a number inside the documented range"
    if kind in {"int_parsing", "int_type", "float_parsing", "bool_parsing"}:
        return "send a value of the documented type"
    if kind == "json_invalid":
        return "send a valid JSON body"
    return "correct the value as the message says"


async def _handle_api_error(_request: Request, error: ApiError) -> JSONResponse:
    return error_json(error.status, error.code, error.message, field=error.field, fix=error.fix,
                      headers=error.headers)


async def _handle_validation(_request: Request, error: RequestValidationError) -> JSONResponse:
    problems = error.errors()
    first = problems[0] if problems else {"loc": (), "msg": "invalid request"}
    if first.get("type") == "json_invalid":
        reason = (first.get("ctx") or {}).get("error", "invalid JSON")
        return error_json(400, "invalid_json", f"the request body is not valid JSON: {reason}", field="body",
                          fix="send a JSON object, for example {\"onetsoc\": \"29-1141.00\"}; check quotes, "
                              "commas and brackets, and send Content-Type: application/json")
    field = _field_name(tuple(first.get("loc", ())))
    message = f"{field or 'request'}: {first.get('msg', 'invalid value')}"
    if len(problems) > 1:
        message += f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})"
    return error_json(422, "invalid_request", message, field=field or None, fix=_validation_fix(first))


async def _handle_http(_request: Request, error: StarletteHTTPException) -> JSONResponse:
    codes = {404: ("not_found", "check the address; the API lives under /api/v1"),
             405: ("method_not_allowed", "use a method listed in /openapi.json for this path")}
    code, fix = codes.get(error.status_code, ("http_error", None))
    return error_json(error.status_code, code, str(error.detail), fix=fix, headers=getattr(error, "headers", None))


async def _handle_unexpected(_request: Request, error: Exception) -> JSONResponse:
    log.exception("unhandled error in request", extra={"error_type": type(error).__name__})
    return error_json(500, "internal_error", "internal error", fix="retry; if it persists, report the request id")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _handle_api_error)
    app.add_exception_handler(RequestValidationError, _handle_validation)
    app.add_exception_handler(StarletteHTTPException, _handle_http)
    app.add_exception_handler(Exception, _handle_unexpected)
