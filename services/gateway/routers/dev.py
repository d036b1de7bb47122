"""The caller's session (`/api/v1/me`) and the local token issuer for development and tests.

The issuer signs any identity it is given, so it exists only when TRAILMAP_GATEWAY_DEV_ISSUER=true.
A district deployment signs tokens in its own sign-in service with the same key and claims.
"""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field, model_validator

from services.gateway.auth import ID_PATTERN, Principal, Role, current_principal, issue_token
from services.gateway.errors import ERROR_RESPONSES

session_router = APIRouter(prefix="/api/v1", tags=["session"], responses=ERROR_RESPONSES)
issuer_router = APIRouter(prefix="/api/v1/dev", tags=["development"], responses=ERROR_RESPONSES)


class SessionInfo(BaseModel):
    sub: str
    tenant: str
    role: Role
    student_id: str | None = None
    counselor_id: str | None = None


class DevTokenRequest(BaseModel):
    role: Role
    tenant: str = Field(pattern=ID_PATTERN, description="District (tenant) id", examples=["demo-district"])
    student_id: str | None = Field(None, pattern=ID_PATTERN, description="Required for student and guardian")
    counselor_id: str | None = Field(None, pattern=ID_PATTERN, description="Required for counselor")
    sub: str | None = Field(None, pattern=ID_PATTERN, description="User id; generated when absent")

    @model_validator(mode="after")
    def _check_role_ids(self) -> DevTokenRequest:
        if self.role in (Role.STUDENT, Role.GUARDIAN) and not self.student_id:
            raise ValueError(f"student_id is required for the role {self.role.value!r}")
        if self.role is Role.COUNSELOR and not self.counselor_id:
            raise ValueError("counselor_id is required for the role 'counselor'")
        return self


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int
    session: SessionInfo


def session_of(principal: Principal) -> SessionInfo:
    return SessionInfo(sub=principal.sub, tenant=principal.tenant, role=principal.role,
                       student_id=principal.student_id, counselor_id=principal.counselor_id)


@session_router.get("/me", response_model=SessionInfo, summary="The signed-in caller's identity and scope")
def me(principal: Principal = Depends(current_principal)) -> SessionInfo:
    return session_of(principal)


@issuer_router.post("/token", response_model=TokenResponse,
                    summary="Sign a token for any identity (development and tests only)")
def dev_token(body: DevTokenRequest, request: Request) -> TokenResponse:
    settings = request.app.state.settings
    principal = Principal(
        sub=body.sub or f"dev-{uuid.uuid4().hex[:12]}",
        tenant=body.tenant,
        role=body.role,
        student_id=body.student_id if body.role in (Role.STUDENT, Role.GUARDIAN) else None,
        counselor_id=body.counselor_id if body.role is Role.COUNSELOR else None,
    )
    token = issue_token(principal, settings.signing_key, settings.trailmap_gateway_token_ttl_s)
    return TokenResponse(access_token=token, expires_in=settings.trailmap_gateway_token_ttl_s,
                         session=session_of(principal))
