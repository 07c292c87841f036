"""Settings read from the environment: the only reader of os.environ, and the only list of secrets.

Every variable calmdesk reads is in ENVIRONMENT (the README's table is checked against it)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Mapping, Union

from calmdesk.config import DEFAULT_ACCOUNT, URL_ENV, account_credentials, read_accounts
from calmdesk.durations import DurationError, parse_duration
from calmdesk.queue import DEFAULT_QUEUE_NAME

# Every environment variable calmdesk reads, besides the per-account credential names a config file may add.
ENVIRONMENT = (
    "REDIS_URL", "CALMDESK_DATA_DIR", "CALMDESK_CONFIG", "CALMDESK_FOLLOWUP_AFTER", "CALMDESK_ADMIN_TOKEN",
    "CALMDESK_QUEUE", "CALMDESK_METRICS_TOKEN", "CALMDESK_TRUSTED_PROXIES", "CALMDESK_LOG_LEVEL", "CALMDESK_TEMPLATES",
    "CALMDESK_TEAM_LANGUAGE", "CALMDESK_PUBLIC_URL", "CALMDESK_HTTP_TIMEOUT", "CALMDESK_SWEEP_INTERVAL",
    "CALMDESK_SWEEP_GRACE", "WEB_CONCURRENCY", "REDIS_SENTINELS", "REDIS_SENTINEL_MASTER",
    "ZENDESK_URL", "ZENDESK_EMAIL", "ZENDESK_API_TOKEN", "ZENDESK_WEBHOOK_SECRET", "ZENDESK_PLAN", "ZENDESK_RATE_LIMIT",
    "FRESHDESK_URL", "FRESHDESK_API_KEY", "FRESHDESK_WEBHOOK_TOKEN", "FRESHDESK_PLAN", "FRESHDESK_RATE_LIMIT",
)


def environment() -> Mapping[str, str]:
    """The process environment, for the few places that hand it on whole (child processes, check-config)."""
    return os.environ


class SettingsError(ValueError):
    """A setting a user gave that cannot be used; the message names the variable and the fix."""


class UnknownAccount(SettingsError):
    """A webhook path or a job named an account that is not configured."""


@dataclass(frozen=True)
class ZendeskAccount:
    url: str = ""
    email: str = ""
    api_token: str = field(default="", repr=False)
    webhook_secret: str = field(default="", repr=False)
    plan: str = ""  # API rate-limit plan: team, growth, professional, enterprise, enterprise_plus, high_volume
    rate_limit: str = ""  # per-minute override, e.g. "all=700,updates=100"

    @property
    def configured(self) -> bool:
        return bool(self.url and self.email and self.api_token)


@dataclass(frozen=True)
class FreshdeskAccount:
    url: str = ""
    api_key: str = field(default="", repr=False)
    webhook_token: str = field(default="", repr=False)
    plan: str = ""  # API rate-limit plan: trial, growth, pro, enterprise
    rate_limit: str = ""  # per-minute override, e.g. "all=400,updates=160"

    @property
    def configured(self) -> bool:
        return bool(self.url and self.api_key)


@dataclass(frozen=True)
class Settings:
    data_dir: Path = Path(".calmdesk")
    redis_url: str = ""
    config_path: str = ""
    followup_after: int = 24 * 3600
    admin_token: str = field(default="", repr=False)
    zendesk: ZendeskAccount = ZendeskAccount()
    freshdesk: FreshdeskAccount = FreshdeskAccount()
    queue_name: str = DEFAULT_QUEUE_NAME
    metrics_token: str = field(default="", repr=False)
    trusted_proxies: int = 0
    log_level: str = "INFO"
    templates_dir: str = ""
    team_language: str = ""
    public_url: str = ""
    http_timeout: float = 0.0  # read timeout for helpdesk calls; 0 = the client's default
    sweep_interval: float = 15.0  # seconds between sweeps for overdue follow-ups
    sweep_grace: float = 30.0  # how late a follow-up must be before a sweep re-queues it
    web_concurrency: int = 0  # waitress threads; 0 = the default (8)
    # Redis Sentinel: "host:port,host:port" and the master's name; REDIS_URL then gives only password, db and TLS.
    redis_sentinels: tuple[tuple[str, int], ...] = ()
    redis_sentinel_master: str = ""
    # Every account by (helpdesk, name), "default" included; zendesk/freshdesk above are the default accounts.
    accounts: Mapping[tuple[str, str], Union[ZendeskAccount, FreshdeskAccount]] = field(
        default_factory=dict, repr=False, compare=False)

    def account(self, helpdesk: str, name: str = "default") -> Union[ZendeskAccount, FreshdeskAccount]:
        """The named account's credentials; raises UnknownAccount for a name no config or environment defines."""
        if (helpdesk, name) in self.accounts:
            return self.accounts[(helpdesk, name)]
        if name == "default" and helpdesk in ("zendesk", "freshdesk"):
            return getattr(self, helpdesk)
        raise UnknownAccount(f"no {helpdesk} account named {name!r}; add it under accounts.{helpdesk} in the config")

    def for_account(self, helpdesk: str, name: str = "default") -> "Settings":
        """These settings with the named account in the default slot, for code that reads settings.zendesk/freshdesk."""
        account = self.account(helpdesk, name)
        return self if account is getattr(self, helpdesk, None) else replace(self, **{helpdesk: account})

    @property
    def effective_redis_url(self) -> str:
        """REDIS_URL when set, else the socket of the embedded server under the data directory."""
        return self.redis_url or f"unix://{self.embedded_socket}"

    @property
    def embedded_socket(self) -> Path:
        return self.data_dir.resolve() / "redis.sock"

    @property
    def redis_location(self) -> str:
        """Where Redis is, for messages: the URL without its password, or the Sentinel master and sentinels."""
        if self.redis_sentinels:
            hosts = ",".join(f"{host}:{port}" for host, port in self.redis_sentinels)
            return f"sentinel master {self.redis_sentinel_master!r} via {hosts}"
        return redact_url(self.effective_redis_url)

    def secrets(self) -> list[str]:
        """Every configured secret, so logs and pages can be checked (and scrubbed) for them."""
        values = [
            self.admin_token,
            self.metrics_token,
            self.zendesk.api_token,
            self.zendesk.webhook_secret,
            self.freshdesk.api_key,
            self.freshdesk.webhook_token,
        ]
        for account in self.accounts.values():
            values.extend(getattr(account, name, "") for name in ("api_token", "webhook_secret", "api_key",
                                                                   "webhook_token"))
        return list(dict.fromkeys(v for v in values if v))


def redact_url(url: str) -> str:
    """The URL with any password replaced, so an error can name where it connected without the credentials."""
    return re.sub(r"^([a-z]+://)([^@/]*)@", lambda m: m.group(1) + ("***@" if m.group(2) else "@"), url)


def _sentinels(env: Mapping[str, str]) -> tuple[tuple[tuple[str, int], ...], str]:
    text = env.get("REDIS_SENTINELS", "").strip()
    master = env.get("REDIS_SENTINEL_MASTER", "").strip()
    if not text:
        if master:
            raise SettingsError("REDIS_SENTINEL_MASTER is set but REDIS_SENTINELS is not; set "
                                "REDIS_SENTINELS=host1:26379,host2:26379")
        return (), ""
    hosts = []
    for item in text.split(","):
        host, _, port = item.strip().rpartition(":")
        if not host or not port.isdigit():
            raise SettingsError(f"REDIS_SENTINELS: {item.strip()!r} is not host:port; write e.g. "
                                "REDIS_SENTINELS=10.0.0.5:26379,10.0.0.6:26379")
        hosts.append((host, int(port)))
    if not master:
        raise SettingsError("REDIS_SENTINELS is set but REDIS_SENTINEL_MASTER is not; set it to the master's name "
                            "in sentinel.conf (e.g. mymaster)")
    return tuple(hosts), master


def _language(env: Mapping[str, str]) -> str:
    from calmdesk.languages import SUPPORTED

    value = env.get("CALMDESK_TEAM_LANGUAGE", "").strip()
    if value and value.split("-")[0].lower() not in SUPPORTED:
        raise SettingsError(f"CALMDESK_TEAM_LANGUAGE={value!r} is not a language calmdesk writes notes in; "
                            f"write one of {', '.join(SUPPORTED)}")
    return value


ADMIN_TOKEN_MIN_LENGTH = 24
MAKE_A_TOKEN = "python -c 'import secrets; print(secrets.token_urlsafe(32))'"


def check_admin_token(settings: Settings) -> None:
    """A short admin token can be guessed; servers refuse to start with one (issue 16, M3)."""
    if settings.admin_token and len(settings.admin_token) < ADMIN_TOKEN_MIN_LENGTH:
        raise SettingsError(f"CALMDESK_ADMIN_TOKEN is {len(settings.admin_token)} characters; it must be at least "
                            f"{ADMIN_TOKEN_MIN_LENGTH}. Make one with: {MAKE_A_TOKEN}")


def _clean_url(name: str, value: str) -> str:
    value = value.strip().rstrip("/")
    if value and not value.startswith(("http://", "https://")):
        raise SettingsError(f"{name}={value!r} must start with https:// (for example https://acme.zendesk.com)")
    return value


def _number(env: Mapping[str, str], name: str, default, kind):
    text = env.get(name, "").strip()
    if not text:
        return default
    try:
        value = kind(text)
    except ValueError:
        raise SettingsError(f"{name}={text!r} must be a number") from None
    if value < 0:
        raise SettingsError(f"{name}={text!r} must not be negative")
    return value


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Build Settings from environment variables, raising SettingsError with the variable's name on bad values."""
    env = os.environ if environ is None else environ
    try:
        followup_after = parse_duration(env.get("CALMDESK_FOLLOWUP_AFTER", "24h"), require_unit=True)
    except DurationError as exc:
        raise SettingsError(f"CALMDESK_FOLLOWUP_AFTER: {exc}") from None
    sentinels, sentinel_master = _sentinels(env)
    settings = Settings(
        data_dir=Path(env.get("CALMDESK_DATA_DIR", ".calmdesk")),
        redis_url=env.get("REDIS_URL", "").strip(),
        config_path=env.get("CALMDESK_CONFIG", ""),
        followup_after=followup_after,
        admin_token=env.get("CALMDESK_ADMIN_TOKEN", ""),
        queue_name=env.get("CALMDESK_QUEUE", "").strip() or DEFAULT_QUEUE_NAME,
        metrics_token=env.get("CALMDESK_METRICS_TOKEN", ""),
        trusted_proxies=_number(env, "CALMDESK_TRUSTED_PROXIES", 0, int),
        log_level=env.get("CALMDESK_LOG_LEVEL", "").strip().upper() or "INFO",
        templates_dir=env.get("CALMDESK_TEMPLATES", "").strip(),
        team_language=_language(env),
        public_url=env.get("CALMDESK_PUBLIC_URL", "").strip(),
        http_timeout=_number(env, "CALMDESK_HTTP_TIMEOUT", 0.0, float),
        sweep_interval=_number(env, "CALMDESK_SWEEP_INTERVAL", 15.0, float),
        sweep_grace=_number(env, "CALMDESK_SWEEP_GRACE", 30.0, float),
        web_concurrency=_number(env, "WEB_CONCURRENCY", 0, int),
        redis_sentinels=sentinels,
        redis_sentinel_master=sentinel_master,
        zendesk=ZendeskAccount(
            url=_clean_url("ZENDESK_URL", env.get("ZENDESK_URL", "")),
            email=env.get("ZENDESK_EMAIL", "").strip(),
            api_token=env.get("ZENDESK_API_TOKEN", "").strip(),
            webhook_secret=env.get("ZENDESK_WEBHOOK_SECRET", ""),
            plan=env.get("ZENDESK_PLAN", "").strip().lower(),
            rate_limit=env.get("ZENDESK_RATE_LIMIT", "").strip(),
        ),
        freshdesk=FreshdeskAccount(
            url=_clean_url("FRESHDESK_URL", env.get("FRESHDESK_URL", "")),
            api_key=env.get("FRESHDESK_API_KEY", "").strip(),
            webhook_token=env.get("FRESHDESK_WEBHOOK_TOKEN", ""),
            plan=env.get("FRESHDESK_PLAN", "").strip().lower(),
            rate_limit=env.get("FRESHDESK_RATE_LIMIT", "").strip(),
        ),
    )
    return _with_configured_accounts(settings, env)


def _with_configured_accounts(settings: Settings, env: Mapping[str, str]) -> Settings:
    """Add the accounts the config file names (credentials read from the env variables it names)."""
    if not settings.config_path:
        return settings
    configured, problems = read_accounts(settings.config_path)
    if problems:
        raise SettingsError(f"{settings.config_path}: " + "; ".join(problems))
    accounts: dict = {}
    for account in configured:
        values = account_credentials(account, env)
        url = _clean_url(f"accounts.{account.helpdesk}.{account.name}.url", account.url or (
            env.get(URL_ENV[account.helpdesk], "") if account.name == DEFAULT_ACCOUNT else ""))
        if account.helpdesk == "zendesk":
            accounts[("zendesk", account.name)] = ZendeskAccount(url=url, **values)
        else:
            accounts[("freshdesk", account.name)] = FreshdeskAccount(url=url, **values)
    defaults = {h: accounts[(h, "default")] for h in ("zendesk", "freshdesk") if (h, "default") in accounts}
    return replace(settings, accounts=accounts, **defaults)


def setup_hints(settings: Settings) -> list[str]:
    """What an admin should know about this setup, for startup logs and the landing page: each one line."""
    hints = []
    configured = [f"{h} {name} ({account.url})" for (h, name), account in sorted(settings.accounts.items())
                  if account.configured]
    configured += [f"{h} default ({getattr(settings, h).url})" for h in ("zendesk", "freshdesk")
                   if getattr(settings, h).configured and (h, "default") not in settings.accounts]
    if not configured:
        hints.append("no helpdesk configured: set ZENDESK_URL, ZENDESK_EMAIL and ZENDESK_API_TOKEN (or FRESHDESK_URL "
                     "and FRESHDESK_API_KEY); `calmdesk sandbox` prints a set to try")
    if settings.zendesk.configured and not settings.zendesk.webhook_secret:
        hints.append("ZENDESK_WEBHOOK_SECRET not set: every Zendesk delivery is refused; "
                     "`calmdesk zendesk install` prints it")
    if settings.freshdesk.configured and not settings.freshdesk.webhook_token:
        hints.append("FRESHDESK_WEBHOOK_TOKEN not set: every Freshdesk delivery is refused; choose a long random value")
    if not settings.admin_token:
        hints.append("admin disabled: set CALMDESK_ADMIN_TOKEN (16+ random characters) to enable /admin")
    return hints


def configured_helpdesks(settings: Settings) -> list[tuple[str, str, str]]:
    """(helpdesk, account, URL) for every account with credentials, for the landing page."""
    found = {(h, name): account.url for (h, name), account in settings.accounts.items() if account.configured}
    for helpdesk in ("zendesk", "freshdesk"):
        account = getattr(settings, helpdesk)
        if account.configured:
            found.setdefault((helpdesk, "default"), account.url)
    return [(h, name, url) for (h, name), url in sorted(found.items())]
