"""Domain errors that servicers raise and the gRPC layer maps to status codes.

Messages name the offending value and what to do, because partner apps show them to people.
"""

from __future__ import annotations

import grpc


class DomainError(Exception):
    """Base class; `code` is the gRPC status the error maps to."""

    code = grpc.StatusCode.UNKNOWN


class InvalidArgument(DomainError):
    code = grpc.StatusCode.INVALID_ARGUMENT


class NotFound(DomainError):
    code = grpc.StatusCode.NOT_FOUND


class PermissionDenied(DomainError):
    code = grpc.StatusCode.PERMISSION_DENIED


class Unauthenticated(DomainError):
    code = grpc.StatusCode.UNAUTHENTICATED


class FailedPrecondition(DomainError):
    code = grpc.StatusCode.FAILED_PRECONDITION


class AlreadyExists(DomainError):
    code = grpc.StatusCode.ALREADY_EXISTS


class Unavailable(DomainError):
    code = grpc.StatusCode.UNAVAILABLE
