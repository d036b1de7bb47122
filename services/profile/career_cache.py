"""In-memory career profiles for matching, loaded once per process and reloaded when stale.

A reload happens on the first request after the TTL ran out or after `invalidate()`, which the server
calls for each `trailmap.catalog.changed.v1` event. Requests during a reload wait for it; a failed reload
keeps serving the previous profiles and retries on the next request.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from services.profile.matching import CareerProfile

log = logging.getLogger(__name__)


class CareerCache:
    def __init__(self, loader: Callable[[], list[CareerProfile]], ttl_s: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._loader = loader
        self._ttl_s = ttl_s
        self._clock = clock
        self._lock = threading.Lock()
        self._careers: tuple[CareerProfile, ...] = ()
        self._loaded_at: float | None = None
        self._stale = True

    def invalidate(self) -> None:
        self._stale = True

    def careers(self) -> tuple[CareerProfile, ...]:
        """Return the cached profiles, reloading them first when they are stale."""
        if not self._needs_reload():
            return self._careers

        with self._lock:
            if self._needs_reload():
                self._reload()
        return self._careers

    def _needs_reload(self) -> bool:
        return self._stale or self._loaded_at is None or self._clock() - self._loaded_at > self._ttl_s

    def _reload(self) -> None:
        started = time.perf_counter()
        try:
            careers = tuple(self._loader())
        except Exception as error:
            if self._loaded_at is None:
                raise
            log.error("career profile reload failed; serving the previous profiles",
                      extra={"careers": len(self._careers), "error": repr(error)})
            self._loaded_at = self._clock()
            return

        self._careers = careers
        self._loaded_at = self._clock()
        # An empty catalog is retried on every request, so matches work as soon as the catalog is loaded.
        self._stale = not careers
        log.info("career profiles loaded", extra={"careers": len(careers),
                                                  "duration_ms": round((time.perf_counter() - started) * 1000, 1)})
