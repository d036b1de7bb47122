"""gRPC clients of the four services, one channel each.

Every call carries a deadline, the request id as `x-request-id` metadata and the caller's district as
`x-tenant-id` metadata (the services also take tenant_id in the request message). Channels resolve
`dns:///host:port` with round-robin load balancing, so a Kubernetes headless service spreads calls
over its pods.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass

import grpc
from google.protobuf import json_format
from google.protobuf.message import Message
from grpc_health.v1 import health_pb2, health_pb2_grpc
from trailmap.catalog.v1 import catalog_pb2_grpc
from trailmap.pathfinding.v1 import pathfinding_pb2_grpc
from trailmap.profile.v1 import profile_pb2_grpc
from trailmap.progress.v1 import progress_pb2_grpc

from services.common.logs import request_id_var
from services.gateway.errors import api_error_from_grpc
from services.gateway.settings import GatewaySettings

log = logging.getLogger(__name__)

_SERVICE_CONFIG = json.dumps({
    "loadBalancingConfig": [{"round_robin": {}}],
    "methodConfig": [{
        "name": [{}],
        "retryPolicy": {
            "maxAttempts": 3,
            "initialBackoff": "0.05s",
            "maxBackoff": "0.5s",
            "backoffMultiplier": 2,
            "retryableStatusCodes": ["UNAVAILABLE"],
        },
    }],
})

_CHANNEL_OPTIONS = [
    ("grpc.service_config", _SERVICE_CONFIG),
    ("grpc.enable_retries", 1),
    ("grpc.max_receive_message_length", 32 * 1024 * 1024),
]


@dataclass(frozen=True)
class ServiceSpec:
    name: str
    address: str
    stub_class: Callable


class ServiceClients:
    """Stubs for catalog, profile, pathfinding and progress, with one `call` that maps errors to ApiError."""

    def __init__(self, settings: GatewaySettings) -> None:
        self.deadline_s = settings.trailmap_grpc_deadline_s
        specs = [
            ServiceSpec("catalog", settings.trailmap_catalog_addr, catalog_pb2_grpc.CatalogServiceStub),
            ServiceSpec("profile", settings.trailmap_profile_addr, profile_pb2_grpc.ProfileServiceStub),
            ServiceSpec("pathfinding", settings.trailmap_pathfinding_addr,
                        pathfinding_pb2_grpc.PathfindingServiceStub),
            ServiceSpec("progress", settings.trailmap_progress_addr, progress_pb2_grpc.ProgressServiceStub),
        ]
        self.channels: dict[str, grpc.Channel] = {}
        self.stubs: dict[str, object] = {}
        self.health: dict[str, health_pb2_grpc.HealthStub] = {}
        for spec in specs:
            channel = grpc.insecure_channel(f"dns:///{spec.address}", options=_CHANNEL_OPTIONS)
            self.channels[spec.name] = channel
            self.stubs[spec.name] = spec.stub_class(channel)
            self.health[spec.name] = health_pb2_grpc.HealthStub(channel)
        self.addresses = {spec.name: spec.address for spec in specs}

    def call(self, service: str, method: str, request: Message, *, tenant: str | None = None,
             deadline_s: float | None = None, fields: dict[str, str] | None = None) -> Message:
        """Call `service`.`method`; a failed call raises ApiError with the mapped HTTP status.

        `fields` maps the first words of a service error message to the REST parameter it is about.
        """
        metadata = [("x-request-id", request_id_var.get() or "")]
        if tenant:
            metadata.append(("x-tenant-id", tenant))
        rpc = getattr(self.stubs[service], method)
        try:
            return rpc(request, timeout=deadline_s or self.deadline_s, metadata=metadata)
        except grpc.RpcError as error:
            raise api_error_from_grpc(error, service, fields) from None

    def call_many(self, service: str, method: str, requests: list[Message], *, tenant: str | None = None,
                  deadline_s: float | None = None) -> list[Message | None]:
        """Send several calls of one method at once; a failed call gives None in its place instead of raising."""
        metadata = [("x-request-id", request_id_var.get() or "")]
        if tenant:
            metadata.append(("x-tenant-id", tenant))
        rpc = getattr(self.stubs[service], method)
        futures = [rpc.future(request, timeout=deadline_s or self.deadline_s, metadata=metadata)
                   for request in requests]
        results: list[Message | None] = []
        for future in futures:
            try:
                results.append(future.result())
            except grpc.RpcError as error:
                log.warning("gRPC call in a batch failed", extra={"service": service, "method": method,
                                                                 "grpc_code": error.code().name})
                results.append(None)
        return results

    def check_health(self, timeout_s: float = 1.0) -> dict[str, str]:
        """Return each service's gRPC health status name, or the failure reason."""
        statuses: dict[str, str] = {}
        for name, stub in self.health.items():
            try:
                response = stub.Check(health_pb2.HealthCheckRequest(service=""), timeout=timeout_s)
                statuses[name] = health_pb2.HealthCheckResponse.ServingStatus.Name(response.status)
            except grpc.RpcError as error:
                statuses[name] = f"UNREACHABLE ({error.code().name} at {self.addresses[name]})"
        return statuses

    def close(self) -> None:
        for channel in self.channels.values():
            channel.close()


def message_to_json(message: Message) -> dict:
    """Convert a response to JSON with snake_case names and short lower-case enum values.

    Fields without presence print their defaults (0, "", []). An unset `optional` field prints as null,
    so an unknown amount is never confused with a real 0. Enum values lose their type prefix:
    INTEREST_AREA_REALISTIC becomes "realistic", so the web UI and partner apps see the same words the
    REST description lists.
    """
    data = json_format.MessageToDict(message, preserving_proto_field_name=True,
                                     always_print_fields_with_no_presence=True)
    _normalize(message.DESCRIPTOR, data)
    return data


def _is_optional_scalar(field) -> bool:
    # A proto3 `optional` scalar sits alone in a synthetic oneof named "_<field name>".
    oneof = field.containing_oneof
    return (field.message_type is None and field.has_presence and oneof is not None
            and oneof.name == f"_{field.name}")


def _short_enum_name(enum_descriptor, value: str) -> str:
    prefix = _enum_prefix(enum_descriptor.name)
    return value.removeprefix(prefix).lower() if isinstance(value, str) else value


def _enum_prefix(enum_type_name: str) -> str:
    # InterestArea -> INTEREST_AREA_
    out = []
    for index, char in enumerate(enum_type_name):
        if char.isupper() and index:
            out.append("_")
        out.append(char.upper())
    return "".join(out) + "_"


def _normalize(descriptor, data: dict) -> None:
    """Shorten enum values and print unset optional scalars as null, in place, through nested messages."""
    for field in descriptor.fields:
        if field.name not in data:
            if _is_optional_scalar(field):
                data[field.name] = None
            continue
        value = data[field.name]
        if field.enum_type is not None:
            if isinstance(value, list):
                data[field.name] = [_short_enum_name(field.enum_type, v) for v in value]
            else:
                data[field.name] = _short_enum_name(field.enum_type, value)
        elif field.message_type is not None and not field.message_type.GetOptions().map_entry:
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, dict):
                        _normalize(field.message_type, item)
            elif isinstance(value, dict):
                _normalize(field.message_type, value)


def enum_value(enum_wrapper, short_name: str) -> int:
    """Return the number of the enum value whose short lower-case name is `short_name`."""
    return enum_wrapper.Value(_enum_prefix(enum_wrapper.DESCRIPTOR.name) + short_name.upper())
