"""`calmdesk check-config`: every problem with the config file, the helpdesk credentials and the templates, at once."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable, Mapping

import requests

from calmdesk.helpdesks.zendesk.webhook import PUBLIC_TEST_SECRET
from calmdesk.config import CREDENTIAL_ENV, URL_ENV, Config, read_config
from worker.writing.template_check import check_templates
from calmdesk.settings import FreshdeskAccount, Settings, ZendeskAccount

PROBE_TIMEOUT = (5, 10)
# The cheapest authenticated GET each helpdesk has: it answers 401 for bad credentials and costs one API call.
PROBE_PATH = {"zendesk": "/api/v2/users/me", "freshdesk": "/api/v2/agents/me"}


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _accounts(settings: Settings, config: Config) -> list[tuple[str, str, ZendeskAccount | FreshdeskAccount, dict]]:
    """(helpdesk, name, credentials, env names) for every account the file or the environment configures."""
    found = []
    for helpdesk in ("zendesk", "freshdesk"):
        names = {name for (h, name) in settings.accounts if h == helpdesk}
        default = getattr(settings, helpdesk)
        if default.url or any(getattr(default, role, "") for role in CREDENTIAL_ENV[helpdesk]):
            names.add("default")
        for name in sorted(names, key=lambda n: (n != "default", n)):
            env_names = config.env_names(helpdesk, name)
            found.append((helpdesk, name, settings.account(helpdesk, name), env_names))
    return found


def _probe(helpdesk: str, account, session: requests.Session) -> tuple[str, str] | None:
    """None when the credentials work; otherwise (what is wrong, "url" or "credentials"): which to fix."""
    if helpdesk == "zendesk":
        auth = (f"{account.email}/token", account.api_token)
    else:
        auth = (account.api_key, "X")
    url = account.url + PROBE_PATH[helpdesk]
    try:
        response = session.get(url, auth=auth, timeout=PROBE_TIMEOUT, headers={"Accept": "application/json"})
    except requests.RequestException as exc:
        return f"{account.url} is unreachable ({type(exc).__name__})", "url"
    if response.status_code in (401, 403):
        return f"{account.url} refused the credentials (HTTP {response.status_code})", "credentials"
    if response.status_code == 404 or "json" not in response.headers.get("Content-Type", "json"):
        return (f"{account.url}{PROBE_PATH[helpdesk]} answered HTTP {response.status_code}, not the {helpdesk} "
                f"API", "url")
    if response.status_code >= 400:
        return f"GET {account.url}{PROBE_PATH[helpdesk]} answered HTTP {response.status_code}", "credentials"
    if helpdesk == "zendesk":
        problem = zendesk_api_user_problem(response, account.url)
        return (problem, "credentials") if problem else None
    return None


def zendesk_api_user_problem(response: requests.Response, url: str) -> str | None:
    """Zendesk can answer bad credentials on /users/me with 200 and the anonymous user (id null, role end-user)
    rather than 401 (issue 13; https://developer.zendesk.com/api-reference/ticketing/users/users/#show-the-currently-authenticated-user):
    the id and the role say whether calmdesk is really signed in as an agent."""
    try:
        user = (response.json() or {}).get("user") or {}
    except ValueError:
        return f"GET {PROBE_PATH['zendesk']} did not answer JSON: is {url} a Zendesk account URL?"
    if not user.get("id"):
        return (f"{url} answered with the anonymous user: the credentials were not accepted (check the email, the "
                "API token, and that token access is enabled)")
    if user.get("role") not in ("agent", "admin"):
        return f"{url}: the API user has the role {user.get('role')!r}; calmdesk needs an agent (an admin to install)"
    return None


def _template_checker() -> Callable[[str], list[str]] | None:
    return check_templates


def check_config(settings: Settings, environ: Mapping[str, str], probe: bool = True,
                 session: requests.Session | None = None) -> Report:
    report = Report()
    config, problems = read_config(settings.config_path, settings.followup_after)
    path = settings.config_path
    report.problems.extend(p if p.startswith(path + ":") else f"{path}: {p}" for p in problems)
    if not path:
        report.notes.append("no config file (CALMDESK_CONFIG unset): defaults apply; see calmdesk.example.yaml")
    elif not problems:
        report.notes.append(f"{path}: valid")

    session = session or requests.Session()
    accounts = _accounts(settings, config)
    if not accounts:
        report.problems.append("no helpdesk account is configured: set ZENDESK_URL, ZENDESK_EMAIL and "
                               "ZENDESK_API_TOKEN (or the Freshdesk ones), or add accounts to the config file")
    for helpdesk, name, account, env_names in accounts:
        label = f"{helpdesk} account {name}"
        missing = [env_names[role] for role in CREDENTIAL_ENV[helpdesk]
                   if role in env_names and not getattr(account, role, "")]
        if not account.url:
            report.problems.append(f"{label}: no URL; set {URL_ENV[helpdesk]} or accounts.{helpdesk}.{name}.url")
        webhook_role = "webhook_secret" if helpdesk == "zendesk" else "webhook_token"
        api_missing = [n for n in missing if n != env_names.get(webhook_role)]
        if api_missing:
            report.problems.append(f"{label}: {', '.join(api_missing)} not set in the environment")
        if env_names.get(webhook_role) in missing:
            hint = "`calmdesk zendesk install` prints it" if helpdesk == "zendesk" else "choose a long random value"
            report.problems.append(f"{label}: {env_names[webhook_role]} not set, so every webhook is refused; {hint}")
        if helpdesk == "zendesk" and getattr(account, "webhook_secret", "").strip() == PUBLIC_TEST_SECRET:
            report.problems.append(f"{label}: {env_names[webhook_role]} is Zendesk's public test secret, which anyone "
                                   "can sign with; every webhook is refused until it is the webhook's own secret")
        if not account.url or api_missing:
            continue
        if not probe:
            report.notes.append(f"{label}: credentials present (not checked: --offline)")
            continue
        failure = _probe(helpdesk, account, session)
        if failure and failure[1] == "url":
            from_file = config.account(helpdesk, name)
            where = f"accounts.{helpdesk}.{name}.url" if from_file and from_file.url else URL_ENV[helpdesk]
            report.problems.append(f"{label}: {failure[0]}; check the URL ({where}), e.g. https://acme.{helpdesk}.com")
        elif failure:
            report.problems.append(f"{label}: {failure[0]}; check "
                                   f"{', '.join(n for r, n in env_names.items() if r != webhook_role)}")
        else:
            report.notes.append(f"{label}: credentials accepted by {account.url}")

    directory = config.templates.directory or environ.get("CALMDESK_TEMPLATES", "")
    if directory:
        checker = _template_checker()
        if checker is None:
            report.notes.append("templates: not checked (this calmdesk has no template checker)")
        elif os.path.isdir(directory):
            try:
                template_problems = list(checker(directory))
            except Exception as exc:  # a checker bug must not hide the other findings
                template_problems = [f"the template check itself failed ({type(exc).__name__})"]
            report.problems.extend(f"templates: {p}" for p in template_problems)
            if not template_problems:
                report.notes.append(f"templates: {directory} renders")
    else:
        report.notes.append("templates: the shipped templates (no templates.directory)")
    if settings.admin_token and len(settings.admin_token) < 16:
        report.problems.append("CALMDESK_ADMIN_TOKEN is shorter than 16 characters; use a long random value")
    return report
