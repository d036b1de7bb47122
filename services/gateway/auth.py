"""Signed session tokens (JWT, HS256) carrying the district (tenant) and role of the caller.

Claims: `sub` (user id), `tenant` (district id), `role`, `student_id` (student and guardian),
`counselor_id` (counselor), `iat`, `exp`, `iss` and `aud`. Signature, expiry, issuer and audience
are all verified; a token that fails any check gets 401 with the reason.
"""

from __future__ import annotations

import enum
import re
import time
from dataclasses import dataclass

import jwt
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from services.gateway.errors import ApiError

TOKEN_ISSUER = "trailmap-gateway"
TOKEN_AUDIENCE = "trailmap"
ALGORITHM = "HS256"
# Ids are district-assigned codes; this keeps them printable and short so they are safe in logs and keys.
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"
_ID_RE = re.compile(ID_PATTERN)


class Role(str, enum.Enum):
    STUDENT = "student"
    GUARDIAN = "guardian"
    COUNSELOR = "counselor"
    ADMINISTRATOR = "administrator"
    PARTNER = "partner"


@dataclass(frozen=True)
class Principal:
    """The verified caller of one request."""

    sub: str
    tenant: str
    role: Role
    student_id: str | None = None
    counselor_id: str | None = None


def issue_token(principal: Principal, signing_key: str, ttl_s: int, now: float | None = None) -> str:
    """Sign a token for `principal` that expires `ttl_s` seconds from now."""
    issued_at = int(now if now is not None else time.time())
    claims = {
        "sub": principal.sub,
        "tenant": principal.tenant,
        "role": principal.role.value,
        "iat": issued_at,
        "exp": issued_at + ttl_s,
        "iss": TOKEN_ISSUER,
        "aud": TOKEN_AUDIENCE,
    }
    if principal.student_id:
        claims["student_id"] = principal.student_id
    if principal.counselor_id:
        claims["counselor_id"] = principal.counselor_id
    return jwt.encode(claims, signing_key, algorithm=ALGORITHM)


def _unauthenticated(message: str, fix: str = "sign in again to get a new token") -> ApiError:
    return ApiError(401, "unauthenticated", message, field="Authorization", fix=fix,
                    headers={"WWW-Authenticate": "Bearer"})


def verify_token(token: str, signing_key: str) -> Principal:
    """Check signature, expiry, issuer and audience, then the claims each role needs."""
    try:
        claims = jwt.decode(token, signing_key, algorithms=[ALGORITHM], audience=TOKEN_AUDIENCE,
                            issuer=TOKEN_ISSUER, options={"require": ["exp", "sub", "iss", "aud"]})
    except jwt.ExpiredSignatureError:
        raise _unauthenticated("the token has expired") from None
    except jwt.InvalidSignatureError:
        raise _unauthenticated("the token signature is invalid") from None
    except jwt.InvalidTokenError as error:
        raise _unauthenticated(f"the token is invalid: {error}") from None

    return principal_from_claims(claims)


def principal_from_claims(claims: dict) -> Principal:
    try:
        role = Role(claims.get("role"))
    except ValueError:
        raise _unauthenticated(f"the token role {claims.get('role')!r} is not one of "
                               f"{', '.join(r.value for r in Role)}") from None

    tenant = claims.get("tenant")
    sub = claims.get("sub")
    for name, value in (("tenant", tenant), ("sub", sub)):
        if not isinstance(value, str) or not _ID_RE.match(value):
            raise _unauthenticated(f"the token claim {name!r} is missing or malformed")

    student_id = claims.get("student_id")
    counselor_id = claims.get("counselor_id")
    if role in (Role.STUDENT, Role.GUARDIAN) and not (isinstance(student_id, str) and _ID_RE.match(student_id)):
        raise _unauthenticated(f"a {role.value} token needs a student_id claim")
    if role is Role.COUNSELOR and not (isinstance(counselor_id, str) and _ID_RE.match(counselor_id)):
        raise _unauthenticated("a counselor token needs a counselor_id claim")

    return Principal(sub=sub, tenant=tenant, role=role,
                     student_id=student_id if role in (Role.STUDENT, Role.GUARDIAN) else None,
                     counselor_id=counselor_id if role is Role.COUNSELOR else None)


_bearer = HTTPBearer(auto_error=False, description="Session token from the district sign-in or the local issuer")


def current_principal(request: Request,
                      credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> Principal:
    """FastAPI dependency: the verified caller, or 401."""
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise _unauthenticated("this endpoint needs a bearer token",
                               fix="send the header Authorization: Bearer <token>")

    principal = verify_token(credentials.credentials, request.app.state.settings.signing_key)
    request.state.principal = principal
    return principal


def require_roles(*roles: Role):
    """Dependency factory: 403 unless the caller has one of `roles`."""
    allowed = set(roles)

    def check(principal: Principal = Depends(current_principal)) -> Principal:
        if principal.role not in allowed:
            names = ", ".join(sorted(r.value for r in allowed))
            raise ApiError(403, "permission_denied", f"the role {principal.role.value!r} may not use this endpoint",
                           fix=f"sign in as one of: {names}")
        return principal

    return check
