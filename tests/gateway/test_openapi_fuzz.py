"""Schemathesis generates requests from /openapi.json and sends them to the live gateway.

No generated request may get a 5xx response: bad input gets a 4xx with the error JSON. The examples
budget per operation keeps the run under about two minutes on the shared test servers. The test drives
schemathesis's Python API with Hypothesis directly, one operation after another, and reports every
failing operation at the end.
"""

from __future__ import annotations

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

pytestmark = [pytest.mark.integration, pytest.mark.catalog_data]

EXAMPLES_PER_OPERATION = 12


def test_no_server_errors(live_gateway, sample_district):
    token = httpx.post(f"{live_gateway.url}/api/v1/dev/token",
                       json={"role": "administrator", "tenant": sample_district.tenant}).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    schema = schemathesis.openapi.from_url(f"{live_gateway.url}/openapi.json")
    failures: list[str] = []
    calls = 0
    statuses: dict[int, int] = {}

    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            nonlocal calls
            calls += 1
            response = case.call(base_url=live_gateway.url, headers=headers, timeout=30)
            statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
            assert response.status_code < 500, (f"{case.method} {case.formatted_path} {case.query} -> "
                                                f"{response.status_code}: {response.text[:300]}")
            if response.status_code >= 400:
                assert "error" in response.json(), response.text[:300]

        try:
            check()
        except AssertionError as error:
            failures.append(str(error).splitlines()[0])

    print(f"{calls} generated requests, responses by status: {sorted(statuses.items())}")
    assert calls >= len(list(schema.get_all_operations()))
    assert any(200 <= status < 300 for status in statuses), statuses
    assert not failures, "\n".join(failures)
