"""The few admin calls the installers make, shared by every helpdesk's setup: one request with 429 handling, and
a dry-run mode that prints each request (secrets masked) and sends nothing."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any, Callable
from urllib.parse import urlsplit

import requests

TIMEOUT = (5, 30)


class InstallError(Exception):
    """An answer from the helpdesk that stops the install; the message says what to do."""


@dataclass
class AdminApi:
    """The few admin calls the installers make; in dry-run mode it prints each request and sends nothing."""

    base_url: str
    auth: tuple[str, str]
    dry_run: bool = False
    echo: Callable[[str], None] = print
    session: requests.Session = field(default_factory=requests.Session)
    helpdesk: str = "Zendesk"
    redact: dict[str, str] = field(default_factory=dict)  # secret value -> what to print instead
    forbidden_means_credentials: bool = True  # Freshdesk also answers 403 for a feature the plan lacks

    def call(self, method: str, path: str, body: Any = None, params: dict | None = None) -> Any:
        url = self.base_url + path
        if self.dry_run:
            query = "?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else ""
            text = f"would send: {method} {url}{query}" + (f"\n{json.dumps(body, indent=2)}" if body else "")
            for secret, label in self.redact.items():
                text = text.replace(secret, label) if secret else text
            self.echo(text)
            return None
        for attempt in range(4):
            try:
                response = self.session.request(method, url, json=body, params=params, auth=self.auth,
                                                timeout=TIMEOUT, headers={"Accept": "application/json"})
            except requests.RequestException as exc:
                raise InstallError(f"{method} {path}: {self.base_url} is unreachable ({type(exc).__name__})") from None
            if response.status_code == 429 and attempt < 3:
                time.sleep(min(60.0, float(response.headers.get("Retry-After", "10") or 10)))
                continue
            break
        if response.status_code == 401 or (response.status_code == 403 and self.forbidden_means_credentials):
            raise InstallError(f"{self.helpdesk} refused {method} {path} (HTTP {response.status_code}): the API "
                               "credentials must belong to an admin")
        if response.status_code >= 400:
            raise ApiRefused(method, path, response.status_code, _describe(response))
        return response.json() if response.content else None


class ApiRefused(InstallError):
    def __init__(self, method: str, path: str, status: int, detail: str):
        super().__init__(f"{method} {path} answered HTTP {status}: {detail}")
        self.status = status


def _describe(response: requests.Response) -> str:
    """One line saying what the helpdesk objected to; never a page of HTML."""
    try:
        data = response.json()
    except ValueError:
        if "html" in response.headers.get("Content-Type", "").lower() or response.text.lstrip().startswith("<"):
            return ("an HTML page, not an API answer: check that the account URL is the helpdesk's own address "
                    "(https://<name>.zendesk.com or https://<name>.freshdesk.com) and that the plan has this API")
        return " ".join(response.text.split())[:200]
    if isinstance(data, dict):
        for key in ("description", "error", "errors", "message"):
            if data.get(key):
                return json.dumps(data[key]) if not isinstance(data[key], str) else data[key]
    return json.dumps(data)[:200]


def public_url_warnings(public_url: str, helpdesk: str) -> list[str]:
    """What is wrong with a public URL a helpdesk in the cloud must reach; the install goes on regardless."""
    host = (urlsplit(public_url).hostname or "").lower()
    warnings = []
    if host in ("localhost", "127.0.0.1", "::1", "0.0.0.0") or host.endswith(".localhost"):
        warnings.append(f"{helpdesk} cannot reach {host}: deliveries will fail until --public-url is an address on "
                        "the internet (a tunnel such as an https forwarding URL works for a trial)")
    if urlsplit(public_url).scheme == "http":
        warnings.append(f"{helpdesk} webhooks should use https: over http the ticket data and the credentials "
                        "travel unencrypted")
    return warnings
