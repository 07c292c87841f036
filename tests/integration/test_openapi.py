"""openapi.yaml against the real app (schemathesis over WSGI): every answer matches the schema, none is a 5xx
except the documented 503s, and no unsigned request queues a job."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from tests.conftest import ROOT, queued_jobs
from tests.figures import record

RUNS: dict[str, list[int]] = {}


# Loaded once at import; each case is sent in-process to the app of its test (`app=`), which depends on function
# fixtures. (schemathesis.pytest.from_fixture would be the natural way, but 4.32.5 reads Function._nodeid, which
# pytest 9 no longer has.)
api = schemathesis.openapi.from_path(str(ROOT / "openapi.yaml"))


@api.parametrize()
@settings(max_examples=50, derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck))
def test_endpoints_conform_to_openapi(case, app, redis):
    response = case.call_and_validate(app=app)
    RUNS.setdefault(case.operation.label, []).append(response.status_code)
    if response.status_code >= 500:
        assert response.status_code == 503 and "Retry-After" in response.headers, response.text[:300]
    assert queued_jobs(redis) == 0  # schemathesis cannot sign a Zendesk body, so nothing may be queued


def test_zz_openapi_figures():
    """Runs after the generated cases (pytest keeps file order): records how many requests each operation got."""
    if not RUNS:
        pytest.skip("the schemathesis cases did not run")
    for label, statuses in RUNS.items():
        record("openapi", operation=label, requests=len(statuses),
               server_errors=sum(1 for s in statuses if s >= 500 and s != 503),
               documented_503=sum(1 for s in statuses if s == 503))
