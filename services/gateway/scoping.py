"""Access rules for student records, decided in one place, with every decision audited.

- student, guardian: only the student named in their token;
- counselor: students in their caseload, as ProgressService lists it;
- administrator: any student of their own district;
- partner: no student records at all (catalog and route endpoints only).

The district always comes from the token, never from the request, so a caller can only ever name
students of their own district. A student outside the caller's scope gets the same 404 as a student
that does not exist, so the response does not reveal who is enrolled.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Path, Request
from trailmap.progress.v1 import progress_pb2

from services.common.logs import request_id_var
from services.gateway.auth import ID_PATTERN, Principal, Role, current_principal
from services.gateway.errors import ApiError

CASELOAD_PAGE_SIZE = 500
# NOTE: membership is cached this long, so a counselor removed from a caseload keeps access to it for
# up to this many seconds.
CASELOAD_CACHE_TTL_S = 30.0

StudentIdPath = Annotated[str, Path(pattern=ID_PATTERN, description="Student id within the caller's district",
                                    examples=["S1001"])]


@dataclass(frozen=True)
class StudentScope:
    """A student record the caller may read: the district comes from the token."""

    tenant: str
    student_id: str
    principal: Principal


class CaseloadCache:
    """Caseload membership per (tenant, counselor), read from ProgressService.ListCaseload."""

    def __init__(self, clients, ttl_s: float = CASELOAD_CACHE_TTL_S) -> None:
        self.clients = clients
        self.ttl_s = ttl_s
        self._entries: dict[tuple[str, str], tuple[float, frozenset[str]]] = {}
        self._lock = threading.Lock()

    def contains(self, tenant: str, counselor_id: str, student_id: str) -> bool:
        key = (tenant, counselor_id)
        now = time.monotonic()
        with self._lock:
            cached = self._entries.get(key)
        if cached is None or now - cached[0] > self.ttl_s or student_id not in cached[1]:
            # A miss refreshes too, so a student added to the caseload a moment ago is found.
            cached = (now, self._load(tenant, counselor_id))
            with self._lock:
                self._entries[key] = cached
        return student_id in cached[1]

    def _load(self, tenant: str, counselor_id: str) -> frozenset[str]:
        members: set[str] = set()
        page_token = ""
        while True:
            response = self.clients.call("progress", "ListCaseload", progress_pb2.ListCaseloadRequest(
                tenant_id=tenant, counselor_id=counselor_id, page_size=CASELOAD_PAGE_SIZE,
                page_token=page_token), tenant=tenant)
            members.update(entry.student_id for entry in response.entries)
            page_token = response.next_page_token
            if not page_token:
                return frozenset(members)


def _not_found(student_id: str) -> ApiError:
    return ApiError(404, "not_found", f"no student {student_id!r} in your records", field="student_id",
                    fix="check the id; you can open only students you are allowed to see")


def _decide(request: Request, principal: Principal, student_id: str) -> str | None:
    """Return None when the caller may read the record, else the reason it may not."""
    if principal.role is Role.PARTNER:
        return "partner tokens cannot read student records"
    if principal.role in (Role.STUDENT, Role.GUARDIAN):
        return None if principal.student_id == student_id else "not the token's own student"
    if principal.role is Role.COUNSELOR:
        caseloads: CaseloadCache = request.app.state.caseloads
        in_caseload = caseloads.contains(principal.tenant, principal.counselor_id, student_id)
        return None if in_caseload else "not in the counselor's caseload"
    return None


def _is_missing_student(error: ApiError) -> bool:
    # Profile, pathfinding and progress all start their NOT_FOUND message for a stored student with "student ".
    return error.status == 404 and error.message.startswith("student ")


def _student_scope_dependency(access: str):
    """Build the dependency that checks access to the student record and writes the audit entries."""

    def dependency(request: Request, student_id: StudentIdPath,
                   principal: Principal = Depends(current_principal)) -> Iterator[StudentScope]:
        audit = request.app.state.audit
        route = request.scope.get("route")
        endpoint = f"{request.method} {getattr(route, 'path', request.url.path)}"

        def record(outcome: str) -> None:
            audit.record(actor=principal.sub, role=principal.role.value, tenant=principal.tenant,
                         student_id=student_id, endpoint=endpoint, request_id=request_id_var.get() or "",
                         outcome=outcome, access=access)

        try:
            refusal = _decide(request, principal, student_id)
        except ApiError as error:
            record(f"error:{error.status}")
            raise
        if refusal is not None:
            record("denied: " + refusal)
            if principal.role is Role.PARTNER:
                raise ApiError(403, "permission_denied", "partner tokens cannot read student records",
                               fix="use the catalog and route endpoints, which need no student record")
            raise _not_found(student_id)

        # The access is recorded before any data is fetched, so the entry exists even if the response never
        # reaches the caller. A failure downstream adds a second entry with its status.
        record("allowed")
        try:
            yield StudentScope(tenant=principal.tenant, student_id=student_id, principal=principal)
        except ApiError as error:
            record(f"error:{error.status}")
            if _is_missing_student(error):
                # Same body as a student outside the caller's scope, whatever the role, and no tenant id.
                raise _not_found(student_id) from None
            raise
        except Exception:
            record("error:500")
            raise

    return dependency


# Every student endpoint depends on one of these two: reads on the first, changes on the second.
student_scope = _student_scope_dependency("read")
_write_scope = _student_scope_dependency("write")


def writable_student_scope(scope: StudentScope = Depends(_write_scope)) -> StudentScope:
    """Scope for endpoints that change a student's record: the student, a counselor or an administrator."""
    if scope.principal.role is Role.GUARDIAN:
        raise ApiError(403, "permission_denied", "guardians can view the plan but not change it",
                       fix="ask the student or their counselor to make the change")
    return scope


def record_list_read(request: Request, principal: Principal, student_ids: list[str], scope_name: str) -> None:
    """Audit a list response: one "read" entry per student id it returns, naming the caseload it came from."""
    route = request.scope.get("route")
    endpoint = f"{request.method} {getattr(route, 'path', request.url.path)}"
    unique_ids = list(dict.fromkeys(student_ids))
    request.app.state.audit.record_many(
        actor=principal.sub, role=principal.role.value, tenant=principal.tenant, student_ids=unique_ids,
        endpoint=endpoint, request_id=request_id_var.get() or "", outcome=f"allowed: listed in {scope_name}")
