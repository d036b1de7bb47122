"""Settings shared by every Trailmap process, read from the environment and validated at start.

A service subclasses `ServiceSettings` for its own fields. Invalid values stop the process at start
with a message that names the variable and the fix, so a typo never turns into a silent default.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[2]


class SettingsError(RuntimeError):
    """Raised when the environment holds an invalid setting; the message lists each variable and fix."""


def _valid_port(text: str) -> bool:
    return text.isdigit() and 1 <= int(text) <= 65535


class ServiceSettings(BaseSettings):
    """Connection settings every service needs. Field names map to upper-case variables."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore", case_sensitive=False)

    neo4j_uri: str = Field("bolt://127.0.0.1:7687", description="Bolt URI of the Neo4j server")
    neo4j_user: str = Field("neo4j", description="Neo4j user, used only when NEO4J_PASSWORD is set")
    neo4j_password: SecretStr | None = Field(None, description="Neo4j password; unset means no authentication")
    neo4j_database: str = Field("neo4j", description="Neo4j database name")
    kafka_bootstrap: str = Field("127.0.0.1:9092", description="Kafka bootstrap servers, host:port[,host:port]")
    trailmap_log_level: str = Field("INFO", description="Log level: DEBUG, INFO, WARNING or ERROR")
    trailmap_data_dir: Path = Field(REPO_ROOT.parent / "shared" / "data", description="Folder of the public data tables")

    @field_validator("neo4j_uri")
    @classmethod
    def _check_neo4j_uri(cls, value: str) -> str:
        schemes = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")
        if not value.startswith(schemes):
            raise ValueError(f"{value!r} is not a Neo4j URI; use bolt://host:7687 or neo4j://host:7687")
        address = value.split("://", 1)[1].split("/", 1)[0]
        host, _, port = address.rpartition(":") if ":" in address else (address, "", "")
        if not host or (port and not _valid_port(port)):
            raise ValueError(f"{value!r} has no host or an invalid port; use bolt://host:7687")
        return value

    @field_validator("kafka_bootstrap")
    @classmethod
    def _check_kafka_bootstrap(cls, value: str) -> str:
        for server in value.split(","):
            host, _, port = server.strip().rpartition(":")
            if not host or not _valid_port(port):
                raise ValueError(f"{server!r} is not host:port with a port from 1 to 65535; set it like 127.0.0.1:9092")
        return value

    @field_validator("trailmap_log_level")
    @classmethod
    def _check_log_level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError(f"{value!r} is not a log level; use DEBUG, INFO, WARNING or ERROR")
        return level

    @property
    def neo4j_auth(self) -> tuple[str, str] | None:
        """Basic auth for the driver; an unset or empty NEO4J_PASSWORD means no authentication."""
        if self.neo4j_password is None or not self.neo4j_password.get_secret_value():
            return None
        return (self.neo4j_user, self.neo4j_password.get_secret_value())


SettingsT = TypeVar("SettingsT", bound=BaseSettings)


def load_settings(settings_class: type[SettingsT], **overrides) -> SettingsT:
    """Build `settings_class` from the environment, turning validation errors into one readable message."""
    try:
        return settings_class(**overrides)
    except ValidationError as error:
        lines = []
        for problem in error.errors():
            variable = "_".join(str(part) for part in problem["loc"]).upper()
            lines.append(f"  {variable}: {problem['msg']}")
        raise SettingsError("invalid settings:\n" + "\n".join(lines)) from None


def settings_or_exit(settings_class: type[SettingsT], service: str, **overrides) -> SettingsT:
    """Load settings for a process entry point and configure its JSON logs; exit with status 2 on invalid settings."""
    import sys

    from services.common.logs import configure_logging

    try:
        settings = load_settings(settings_class, **overrides)
    except SettingsError as error:
        print(f"{service}: {error}", file=sys.stderr)
        raise SystemExit(2) from None
    configure_logging(service, settings.trailmap_log_level)
    return settings
