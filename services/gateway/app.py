"""FastAPI application: REST API under /api/v1, the web UI at /, health at /healthz and /readyz.

Run with `uvicorn services.gateway.app:app`. The module builds the app on first access of `app`, so
importing it for tests needs no settings, while uvicorn fails at start, naming the variable, when a
required setting is missing.
"""

from __future__ import annotations

import logging
import re
import sys
import uuid
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from services.common.logs import configure_logging, request_id_var
from services.common.settings import SettingsError
from services.gateway.audit import AuditLog
from services.gateway.clients import ServiceClients
from services.gateway.errors import install_error_handlers
from services.gateway.routers import careers, dev, plans, routes, students
from services.gateway.scoping import CaseloadCache
from services.gateway.settings import GatewaySettings, load_gateway_settings

log = logging.getLogger(__name__)

WEB_DIR = Path(__file__).resolve().parent / "web"
API_VERSION = "1.0.0"
_REQUEST_ID_RE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class RequestIdMiddleware:
    """Take `x-request-id` from the request when it is well formed, else make one; echo it in the response."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        incoming = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if _REQUEST_ID_RE.match(incoming) else uuid.uuid4().hex
        token = request_id_var.set(request_id)

        async def send_with_id(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            request_id_var.reset(token)


class SecurityHeadersMiddleware:
    """Same-origin content only: the UI loads no script, style or font from another host.

    Every API response also gets `Cache-Control: no-store` and `Pragma: no-cache`: student records, caseloads,
    plans and even error bodies name students, so no browser or proxy may keep a copy.
    """

    HEADERS = [
        (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; style-src 'self'; "
                                     b"script-src 'self'; connect-src 'self'; frame-ancestors 'none'"),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
    ]
    NO_STORE = [(b"cache-control", b"no-store"), (b"pragma", b"no-cache")]
    API_PREFIX = "/api/"

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        extra = [*self.HEADERS, *(self.NO_STORE if scope.get("path", "").startswith(self.API_PREFIX) else [])]

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _close_on_shutdown(clients: ServiceClients):
    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        clients.close()

    return lifespan


def create_app(settings: GatewaySettings | None = None, clients: ServiceClients | None = None) -> FastAPI:
    """Build the gateway; `clients` defaults to real gRPC channels at the configured addresses."""
    settings = settings or load_gateway_settings()
    clients = clients or ServiceClients(settings)

    app = FastAPI(
        title="Trailmap gateway",
        version=API_VERSION,
        description="REST API over the Trailmap catalog, profile, pathfinding and progress services. "
                    "Send `Authorization: Bearer <token>`; the token's district and role scope every call. "
                    "Errors come back as `{\"error\": {\"code\", \"message\", \"field\", \"fix\"}}`.",
        # The stock docs pages load their scripts from a CDN; the product works offline, so only
        # /openapi.json is served.
        docs_url=None,
        redoc_url=None,
        lifespan=_close_on_shutdown(clients),
    )
    app.state.settings = settings
    app.state.clients = clients
    app.state.audit = AuditLog(settings.trailmap_audit_log)
    app.state.caseloads = CaseloadCache(clients)

    install_error_handlers(app)
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(RequestIdMiddleware)

    app.include_router(careers.router)
    app.include_router(routes.router)
    app.include_router(students.router)
    app.include_router(plans.router)
    app.include_router(dev.session_router)
    if settings.trailmap_gateway_dev_issuer:
        log.warning("local token issuer enabled; never enable TRAILMAP_GATEWAY_DEV_ISSUER in production")
        app.include_router(dev.issuer_router)

    @app.get("/healthz", tags=["health"], summary="Liveness: the process is up")
    def healthz() -> dict:
        return {"status": "ok"}

    @app.get("/readyz", tags=["health"], summary="Readiness: every downstream gRPC service reports SERVING",
             responses={503: {"description": "At least one service is not serving"}})
    def readyz() -> JSONResponse:
        statuses = clients.check_health()
        ready = all(status == "SERVING" for status in statuses.values())
        return JSONResponse({"status": "ready" if ready else "not_ready", "services": statuses},
                            status_code=200 if ready else 503)

    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html", headers={"cache-control": "no-cache"})

    return app


def __getattr__(name: str):
    # Lazily build `app` for `uvicorn services.gateway.app:app`, configuring JSON logs first.
    if name == "app":
        try:
            settings = load_gateway_settings()
        except SettingsError as error:
            # uvicorn would print the import traceback; the message alone names the variable and the fix.
            print(error, file=sys.stderr)
            raise SystemExit(3) from None
        configure_logging("gateway", settings.trailmap_log_level)
        globals()["app"] = application = create_app(settings)
        return application
    raise AttributeError(name)


def main() -> int:
    """Run the gateway with uvicorn on GATEWAY_PORT."""
    import uvicorn

    try:
        settings = load_gateway_settings()
    except SettingsError as error:
        print(error, file=sys.stderr)
        return 2
    configure_logging("gateway", settings.trailmap_log_level)
    uvicorn.run(create_app(settings), host="0.0.0.0", port=settings.gateway_port, log_config=None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
