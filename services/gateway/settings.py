"""Gateway settings, read from the environment and validated at start.

There is no default signing key: the gateway refuses to start without one, so a forgotten secret
never turns into a guessable one.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from services.common.settings import ServiceSettings, load_settings

MIN_SIGNING_KEY_CHARS = 32
GENERATE_KEY_HINT = 'python -c "import secrets; print(secrets.token_urlsafe(48))"'


class GatewaySettings(BaseSettings):
    """Field names map to upper-case environment variables."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore", case_sensitive=False)

    trailmap_gateway_signing_key: SecretStr | None = Field(
        None, validate_default=True, description="HS256 key that signs session tokens, at least 32 characters")
    trailmap_gateway_dev_issuer: bool = Field(
        False, description="Enable POST /api/v1/dev/token, the local token issuer for development and tests")
    trailmap_gateway_token_ttl_s: int = Field(3600, ge=60, le=86400, description="Lifetime of issued tokens, seconds")
    trailmap_catalog_addr: str = Field("127.0.0.1:50051", description="CatalogService host:port")
    trailmap_profile_addr: str = Field("127.0.0.1:50052", description="ProfileService host:port")
    trailmap_pathfinding_addr: str = Field("127.0.0.1:50053", description="PathfindingService host:port")
    trailmap_progress_addr: str = Field("127.0.0.1:50054", description="ProgressService host:port")
    trailmap_grpc_deadline_s: float = Field(2.0, gt=0, le=60, description="Deadline of each gRPC call, seconds")
    trailmap_audit_log: Path | None = Field(None, description="JSON-lines file that receives the audit trail")
    trailmap_log_level: str = Field("INFO", description="Log level: DEBUG, INFO, WARNING or ERROR")
    gateway_port: int = Field(8080, ge=1, le=65535, description="HTTP port")

    @field_validator("trailmap_gateway_signing_key")
    @classmethod
    def _check_signing_key(cls, value: SecretStr | None) -> SecretStr:
        if value is None or not value.get_secret_value():
            raise ValueError(f"is required; generate one with {GENERATE_KEY_HINT}")
        if len(value.get_secret_value()) < MIN_SIGNING_KEY_CHARS:
            raise ValueError(f"must be at least {MIN_SIGNING_KEY_CHARS} characters; generate one with "
                             f"{GENERATE_KEY_HINT}")
        return value

    @field_validator("trailmap_catalog_addr", "trailmap_profile_addr", "trailmap_pathfinding_addr",
                     "trailmap_progress_addr")
    @classmethod
    def _check_addr(cls, value: str) -> str:
        host, _, port = value.rpartition(":")
        if not host or not port.isdigit():
            raise ValueError(f"{value!r} is not host:port; set it like 127.0.0.1:50051")
        return value

    @field_validator("trailmap_log_level")
    @classmethod
    def _check_log_level(cls, value: str) -> str:
        return ServiceSettings._check_log_level(value)

    @property
    def signing_key(self) -> str:
        return self.trailmap_gateway_signing_key.get_secret_value()


def load_gateway_settings(**overrides) -> GatewaySettings:
    """Read and validate the settings; raises SettingsError naming each bad variable and its fix."""
    return load_settings(GatewaySettings, **overrides)
