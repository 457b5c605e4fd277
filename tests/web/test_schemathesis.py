"""Property-based fuzzing of the JSON API from its own OpenAPI description (schemathesis)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402


@pytest.fixture(scope="module")
def api_schema(web_store: tuple[Path, dict[str, Any]]) -> Any:
    from watchfloor.web import create_app

    return schemathesis.openapi.from_asgi("/openapi.json", create_app(web_store[0]))


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi_description(case: Any) -> None:
    """No 5xx, and every answer matches the documented status codes and response schemas."""
    response = case.call()
    assert response.status_code < 500, response.text[:500]
    case.validate_response(response)
