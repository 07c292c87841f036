"""The deployment files, checked statically (no container can be built or run here): each compose service against
the topology tests/system/test_topology.py runs as processes, the Dockerfile's promises, the systemd pair and the
Procfile."""

from __future__ import annotations

import configparser
import re
import shlex

import pytest
import yaml

from calmdesk.settings import ENVIRONMENT
from tests.conftest import ROOT

COMPOSE = yaml.safe_load((ROOT / "compose.yaml").read_text())
SERVICES = COMPOSE["services"]
DOCKERFILE = (ROOT / "Dockerfile").read_text()
CADDYFILE = (ROOT / "deploy" / "Caddyfile").read_text()


def instructions(text: str) -> list[tuple[str, str]]:
    joined = re.sub(r"\\\n\s*", " ", text)
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1] if " " in line.strip() else "")
            for line in joined.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def test_the_services_are_the_tested_topology():
    assert set(SERVICES) == {"caddy", "web", "worker", "redis"}
    assert SERVICES["web"]["command"][:2] == ["calmdesk", "web"]
    assert SERVICES["worker"]["command"] == ["calmdesk", "worker"]
    assert SERVICES["worker"]["deploy"]["replicas"] == "${CALMDESK_WORKERS:-2}"  # N workers, two by default
    for name in ("web", "worker"):
        assert SERVICES[name]["environment"]["REDIS_URL"] == "redis://redis:6379/0"
        assert SERVICES[name]["depends_on"]["redis"]["condition"] == "service_healthy"
    assert SERVICES["web"]["environment"]["CALMDESK_TRUSTED_PROXIES"] == "1"  # exactly the one proxy in front


def test_every_service_has_a_health_check():
    for name, service in SERVICES.items():
        assert service.get("healthcheck", {}).get("test"), f"{name} has no health check"
    assert SERVICES["web"]["healthcheck"]["test"] == ["CMD", "calmdesk", "health", "--port", "8000"]
    assert SERVICES["worker"]["healthcheck"]["test"] == ["CMD", "calmdesk", "health", "--worker"]


def test_redis_is_7_with_append_only_persistence_on_a_volume_and_noeviction():
    redis = SERVICES["redis"]
    assert redis["image"].split(":")[1].startswith("7")
    args = redis["command"]
    assert args[args.index("--appendonly") + 1] == "yes"
    assert args[args.index("--maxmemory-policy") + 1] == "noeviction"
    assert "redis_data:/data" in redis["volumes"] and "redis_data" in COMPOSE["volumes"]
    assert "ports" not in redis  # never published


def test_caddy_terminates_tls_buffers_and_proxies_to_web():
    caddy = SERVICES["caddy"]
    assert "443:443" in caddy["ports"] and caddy["environment"]["CALMDESK_UPSTREAM"] == "web:8000"
    assert "./deploy/Caddyfile:/etc/caddy/Caddyfile:ro" in caddy["volumes"]
    assert "caddy_data:/data" in caddy["volumes"]  # certificates survive a restart
    assert "tls {$CALMDESK_TLS}" in CADDYFILE and "reverse_proxy {$CALMDESK_UPSTREAM}" in CADDYFILE
    assert re.search(r"request_buffers \d+MB", CADDYFILE) and "max_size 1MB" in CADDYFILE
    assert "ports" not in SERVICES["web"] and "8000" in SERVICES["web"]["expose"]  # only through the proxy


def test_the_dockerfile_is_slim_non_root_runtime_only_with_templates():
    steps = instructions(DOCKERFILE)
    bases = [arg for op, arg in steps if op == "FROM"]
    assert bases and all(re.match(r"python:3\.11-slim\b", base) for base in bases)
    copied = " ".join(arg for op, arg in steps if op == "COPY")
    for folder in ("calmdesk", "webhooks", "worker", "templates", "pyproject.toml"):
        assert folder in copied, f"the image lacks {folder}"
    runs = " ".join(arg for op, arg in steps if op == "RUN")
    assert "pip wheel --no-cache-dir --wheel-dir /wheels ." in runs and "[dev]" not in runs
    users = [arg for op, arg in steps if op == "USER"]
    assert users and users[-1] not in ("root", "0")
    after_user = [op for op, _ in steps[[op for op, _ in steps].index("USER"):]]
    assert "RUN" not in after_user and "COPY" not in after_user  # what the image holds is root's, read-only
    assert [arg for op, arg in steps if op == "HEALTHCHECK"]
    cmd = [arg for op, arg in steps if op == "CMD"][-1]
    assert cmd.startswith('["calmdesk", "web"')
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".venv", ".git", "tests"} <= set(ignored)


def test_the_wheel_ships_the_templates_the_image_relies_on():
    package_data = (ROOT / "pyproject.toml").read_text()
    assert '"*" = ["*.j2", "*.html"]' in package_data and '"templates*"' in package_data


def test_the_systemd_pair():
    units = {}
    for name in ("calmdesk-web.service", "calmdesk-worker@.service"):
        parser = configparser.ConfigParser(strict=False, interpolation=None)
        parser.optionxform = str  # keys are case sensitive
        parser.read(ROOT / "deploy" / "systemd" / name)
        units[name] = parser
    web, worker = units["calmdesk-web.service"], units["calmdesk-worker@.service"]
    assert shlex.split(web["Service"]["ExecStart"])[1:3] == ["web", "--host"]
    assert shlex.split(worker["Service"]["ExecStart"])[1:] == ["worker"]
    for unit in (web, worker):
        service = unit["Service"]
        assert service["User"] == "calmdesk" and service["EnvironmentFile"] == "/etc/calmdesk/env"
        assert service["RestartPreventExitStatus"] == "2"  # a config problem is not a crash to retry
        assert service["NoNewPrivileges"] == "true" and "redis-server.service" in unit["Unit"]["After"]


def test_the_procfile_honours_web_concurrency_and_needs_redis_url():
    lines = dict(line.split(":", 1) for line in (ROOT / "Procfile").read_text().splitlines()
                 if line and not line.startswith("#"))
    assert lines["web"].split()[:2] == ["calmdesk", "web"]
    assert "--workers" not in lines["web"]  # WEB_CONCURRENCY decides (calmdesk web reads it)
    assert lines["worker"].split() == ["calmdesk", "worker"]


@pytest.mark.parametrize("name", ["CALMDESK_DOMAIN", "CALMDESK_TLS", "CALMDESK_WORKERS"])
def test_the_compose_variables_are_in_the_env_example(name):
    assert re.search(rf"^{name}=", (ROOT / ".env.example").read_text(), re.M)
    assert name not in ENVIRONMENT  # read by compose and Caddy, not by calmdesk


def test_web_concurrency_sets_the_waitress_threads():
    from calmdesk.ops.web_server import DEFAULT_OPTIONS, CalmdeskWeb
    from calmdesk.settings import load_settings

    settings = load_settings({"WEB_CONCURRENCY": "5"})
    web = CalmdeskWeb("127.0.0.1", 8000, {"threads": settings.web_concurrency}, app_factory=lambda: None)
    assert web.options["threads"] == 5 and (web.options["host"], web.options["port"]) == ("127.0.0.1", 8000)
    assert CalmdeskWeb("127.0.0.1", 8000, None, app_factory=lambda: None).options["threads"] == DEFAULT_OPTIONS["threads"]
