"""The admin's YAML configuration (CALMDESK_CONFIG): accounts, rules, follow-ups, templates.

`read_config(path)` never raises: it returns the effective Config and every problem found, each naming the
path inside the file and the fix. `load_config(settings)` is what running code calls: it raises ConfigError.
The file holds the NAMES of environment variables for credentials, never the credentials themselves.
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Mapping

import yaml

from calmdesk.durations import DurationError, MissingUnit, format_duration, parse_duration
from calmdesk.languages import SUPPORTED as LANGUAGES
from calmdesk.vocabulary import CUES, NOTE_LEVELS, PLAYBOOK_TOPICS, PRIORITIES

HELPDESKS = ("zendesk", "freshdesk")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
FRESHDESK_MODES = ("due_by", "child_ticket")
DEFAULT_ACCOUNT = "default"
_ACCOUNT_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
_ENV_NAME = re.compile(r"^[A-Z_][A-Z0-9_]*$")
_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")

# Which credentials each helpdesk needs, and the environment variables that hold them for the default account.
CREDENTIAL_ENV = {
    "zendesk": {"email": "ZENDESK_EMAIL", "api_token": "ZENDESK_API_TOKEN", "webhook_secret": "ZENDESK_WEBHOOK_SECRET"},
    "freshdesk": {"api_key": "FRESHDESK_API_KEY", "webhook_token": "FRESHDESK_WEBHOOK_TOKEN"},
}
URL_ENV = {"zendesk": "ZENDESK_URL", "freshdesk": "FRESHDESK_URL"}

# The channel names rules.channels may hold: what calmdesk reads from a ticket, lower-cased.
# Zendesk: the ticket's via.channel, as the API returns it and as the via types are documented
# (https://developer.zendesk.com/documentation/ticketing/reference-guides/via-object-reference and
# https://developer.zendesk.com/documentation/ticketing/reference-guides/via-types).
ZENDESK_CHANNELS = (
    "web", "email", "mail", "api", "chat", "voice", "sms", "mobile", "mobile_sdk", "web_widget", "web_form",
    "web_service", "helpcenter", "help_center", "rule", "system", "sample_ticket", "closed_ticket", "merge", "batch",
    "linked_problem", "ticket_sharing", "twitter", "twitter_dm", "facebook", "facebook_post", "facebook_message",
    "any_channel", "native_messaging", "messaging", "whatsapp", "instagram_dm", "line", "wechat", "telegram", "viber",
    "google_rcs", "google_business_messages", "apple_business_chat", "messagebird_sms", "side_conversation",
    "phone_call_inbound", "phone_call_outbound", "voicemail", "api_voicemail", "api_phone_call_inbound",
    "api_phone_call_outbound", "dropbox", "get_satisfaction", "satisfaction_prediction", "answer_bot",
)
# Freshdesk: the ticket's `source`, by the names of its documented values (1 email, 2 portal, 3 phone, 7 chat,
# 9 feedback_widget, 10 outbound_email; older accounts also 4 forum, 5 twitter, 6 facebook, 8 mobihelp):
# https://developers.freshdesk.com/api/#tickets ("Source" table). calmdesk.ops.backfill maps the numbers to these.
FRESHDESK_CHANNELS = ("email", "portal", "phone", "forum", "twitter", "facebook", "chat", "mobihelp",
                      "feedback_widget", "outbound_email", "ecommerce", "bot", "whatsapp")
CHANNELS = tuple(dict.fromkeys(ZENDESK_CHANNELS + FRESHDESK_CHANNELS))
# A config names a playbook by its topic or by a cue (the note's modifiers are cues): followups.per_playbook.
PLAYBOOK_NAMES = PLAYBOOK_TOPICS + CUES


class ConfigError(ValueError):
    """The configuration file cannot be used; `problems` lists every reason, each naming its path."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Filter:
    """Include/exclude lists over one ticket attribute; empty include means every value is watched."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @property
    def active(self) -> bool:
        return bool(self.include or self.exclude)


@dataclass(frozen=True)
class PriorityBump:
    levels: tuple[str, ...] = ()  # bump when the verdict's level is one of these
    cues: tuple[str, ...] = ()  # ...or when one of these cues is present
    to: str = "high"


@dataclass(frozen=True)
class Rules:
    brands: Filter = Filter()
    groups: Filter = Filter()
    tags: Filter = Filter()
    channels: Filter = Filter()
    min_level: str = "negative"
    always_on_cues: tuple[str, ...] = ()  # cues that ask for a note even below min_level
    cooldown_seconds: int = 24 * 3600
    notify_on_first_message: bool = True
    add_tags: tuple[str, ...] = ()
    bump_priority: PriorityBump | None = None
    coaching: bool = True  # lint agents' public replies on flagged tickets and leave a short private tip


@dataclass(frozen=True)
class BusinessHours:
    timezone: str = "UTC"
    days: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri")
    start: str = "09:00"
    end: str = "17:00"


@dataclass(frozen=True)
class Followups:
    enabled: bool = True
    after_seconds: int = 24 * 3600
    per_playbook: Mapping[str, int] = field(default_factory=dict)  # playbook name -> seconds
    business_hours: BusinessHours | None = None
    bump_priority: bool = False
    freshdesk_mode: str = "due_by"

    def after_for(self, playbook: str) -> int:
        return self.per_playbook.get(playbook, self.after_seconds)


@dataclass(frozen=True)
class Templates:
    directory: str = ""  # "" means the shipped templates only
    team_language: str = "en"


@dataclass(frozen=True)
class AccountConfig:
    helpdesk: str
    name: str
    url: str
    env: Mapping[str, str]  # credential -> NAME of the environment variable holding it

    @property
    def webhook_path(self) -> str:
        return f"/webhooks/{self.helpdesk}" + ("" if self.name == DEFAULT_ACCOUNT else f"/{self.name}")


@dataclass(frozen=True)
class Config:
    path: str = ""
    accounts: tuple[AccountConfig, ...] = ()
    rules: Rules = Rules()
    followups: Followups = Followups()
    templates: Templates = Templates()

    def account(self, helpdesk: str, name: str = DEFAULT_ACCOUNT) -> AccountConfig | None:
        return next((a for a in self.accounts if a.helpdesk == helpdesk and a.name == name), None)

    def env_names(self, helpdesk: str, name: str = DEFAULT_ACCOUNT) -> dict[str, str]:
        """The environment variables holding this account's credentials: the config's, else the default names."""
        configured = self.account(helpdesk, name)
        return dict(configured.env) if configured else default_env_names(helpdesk, name)


def default_env_names(helpdesk: str, name: str) -> dict[str, str]:
    """ZENDESK_API_TOKEN for the default account, ZENDESK_EMEA_API_TOKEN for an account named 'emea'."""
    names = dict(CREDENTIAL_ENV[helpdesk])
    if name == DEFAULT_ACCOUNT:
        return names
    infix = re.sub(r"[^A-Z0-9]", "_", name.upper())
    prefix = helpdesk.upper() + "_"
    return {key: prefix + infix + "_" + value[len(prefix):] for key, value in names.items()}


# --- reading ---------------------------------------------------------------------------------------------------------

class _Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, path: str, message: str) -> None:
        self.items.append(f"{path}: {message}" if path else message)


def _show(value: Any) -> str:
    if isinstance(value, str):
        return '"' + value + '"'
    return yaml.safe_dump(value, default_flow_style=True).strip().removesuffix("...").strip()


def _mapping(value: Any, path: str, problems: _Problems, allowed: tuple[str, ...]) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.add(path, f"expected a mapping with keys {', '.join(allowed)}, got {_show(value)}")
        return {}
    for key in value:
        if key not in allowed:
            near = difflib.get_close_matches(str(key), allowed, n=1)
            hint = f"did you mean {near[0]}?" if near else f"expected one of {', '.join(allowed)}"
            problems.add(f"{path}.{key}" if path else str(key), f"unknown setting; {hint}")
    return value


def _duration(value: Any, path: str, problems: _Problems, default: int) -> int:
    if value is None:
        return default
    try:
        return parse_duration(str(value), require_unit=True)
    except MissingUnit:
        number = _show(value).strip('"')
        problems.add(path, f"{number} has no unit (it would mean {number} seconds); write {number}h for hours, "
                           f"{number}m for minutes or {number}s for seconds")
        return default
    except DurationError:
        problems.add(path, f"{_show(value)} is not a duration; write 90s, 4h or 2d")
        return default


def _bool(value: Any, path: str, problems: _Problems, default: bool) -> bool:
    if value is None:
        return default
    if not isinstance(value, bool):
        problems.add(path, f"{_show(value)} is not true or false")
        return default
    return value


def _choice(value: Any, path: str, problems: _Problems, choices: tuple[str, ...], default: str) -> str:
    if value is None:
        return default
    if value not in choices:
        problems.add(path, f"{_show(value)} is not one of {', '.join(choices)}")
        return default
    return value


def _strings(value: Any, path: str, problems: _Problems, choices: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """A list of names or ids; a single value is accepted as a one-item list."""
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    result = []
    for index, item in enumerate(items):
        if not isinstance(item, (str, int)) or isinstance(item, bool) or str(item).strip() == "":
            problems.add(f"{path}[{index}]", f"{_show(item)} must be a name or an id")
            continue
        if choices is not None and item not in choices:
            problems.add(f"{path}[{index}]", _not_one_of(item, choices))
            continue
        result.append(str(item).strip())
    return tuple(result)


def _not_one_of(item: Any, choices: tuple[str, ...]) -> str:
    near = difflib.get_close_matches(str(item), choices, n=1, cutoff=0.7)
    if near:
        return f"{_show(item)} is not one of {', '.join(choices)}; did you mean {near[0]}?"
    return f"{_show(item)} is not one of {', '.join(choices)}"


def _filter(value: Any, path: str, problems: _Problems, check: Callable[[str, str], str | None] | None = None
            ) -> Filter:
    """`check(item, path)` returns a problem for an item the filter cannot match, or None."""
    if isinstance(value, list):  # `tags: [vip, billing]` is short for include
        value = {"include": value}
        path_of = {"include": path}
    else:
        path_of = {"include": f"{path}.include", "exclude": f"{path}.exclude"}
    data = _mapping(value, path, problems, ("include", "exclude"))
    lists = {}
    for which in ("include", "exclude"):
        items = _strings(data.get(which), path_of.get(which, f"{path}.{which}"), problems)
        kept = []
        for index, item in enumerate(items):
            problem = check(item, f"{path_of.get(which, path)}[{index}]") if check else None
            if problem:
                problems.add(f"{path_of.get(which, path)}[{index}]", problem)
            else:
                kept.append(item)
        lists[which] = tuple(kept)
    return Filter(include=lists["include"], exclude=lists["exclude"])


def _numeric_id(kind: str, where: str) -> Callable[[str, str], str | None]:
    def check(item: str, path: str) -> str | None:
        if item.isdigit():
            return None
        return (f"{_show(item)} is not a numeric id; {kind} are matched by the helpdesk's {kind[:-1]} id, e.g. "
                f"360001234567 ({where})")
    return check


def _channel(item: str, path: str) -> str | None:
    if item.lower() in CHANNELS:
        return None
    near = difflib.get_close_matches(item.lower(), CHANNELS, n=1, cutoff=0.6)
    hint = f"did you mean {near[0]}?" if near else "Zendesk names them web, email, api, chat, voice, sms, ...; " \
        "Freshdesk email, portal, phone, chat, feedback_widget, outbound_email"
    return f"{_show(item)} is not a Zendesk or Freshdesk channel; {hint}"


def _cue_names() -> tuple[str, ...]:
    return CUES


def _rules(value: Any, problems: _Problems) -> Rules:
    data = _mapping(value, "rules", problems, ("brands", "groups", "tags", "channels", "min_level", "always_on_cues",
                                                "cooldown", "notify_on_first_message", "add_tags", "bump_priority",
                                                "coaching"))
    cues = _cue_names()
    bump = None
    raw_bump = data.get("bump_priority")
    if raw_bump not in (None, False):
        bump_data = _mapping(raw_bump, "rules.bump_priority", problems, ("levels", "cues", "to"))
        bump = PriorityBump(levels=_strings(bump_data.get("levels"), "rules.bump_priority.levels", problems, NOTE_LEVELS),
                            cues=_strings(bump_data.get("cues"), "rules.bump_priority.cues", problems, cues),
                            to=_choice(bump_data.get("to"), "rules.bump_priority.to", problems, PRIORITIES, "high"))
        if not (bump.levels or bump.cues):
            problems.add("rules.bump_priority", "name the levels or cues that bump the priority, or write false")
    add_tags = _strings(data.get("add_tags"), "rules.add_tags", problems)
    for index, tag in enumerate(add_tags):
        if not re.fullmatch(r"[\w:/.-]+", tag):
            problems.add(f"rules.add_tags[{index}]", f"{_show(tag)} is not a valid tag (letters, digits, _ - : / .)")
    return Rules(
        brands=_filter(data.get("brands"), "rules.brands", problems,
                       _numeric_id("brands", "Zendesk: Admin Center > Account > Brand management, the number in the "
                                             "brand's address; Freshdesk: the product id")),
        groups=_filter(data.get("groups"), "rules.groups", problems,
                       _numeric_id("groups", "Zendesk: Admin Center > People > Groups, the number in the group's "
                                             "address; Freshdesk: Admin > Groups, the number in its address")),
        tags=_filter(data.get("tags"), "rules.tags", problems),
        channels=_filter(data.get("channels"), "rules.channels", problems, _channel),
        min_level=_choice(data.get("min_level"), "rules.min_level", problems, NOTE_LEVELS, "negative"),
        always_on_cues=_strings(data.get("always_on_cues"), "rules.always_on_cues", problems, cues),
        cooldown_seconds=_duration(data.get("cooldown"), "rules.cooldown", problems, 24 * 3600),
        notify_on_first_message=_bool(data.get("notify_on_first_message"), "rules.notify_on_first_message",
                                      problems, True),
        add_tags=add_tags,
        bump_priority=bump,
        coaching=_bool(data.get("coaching"), "rules.coaching", problems, True),
    )


def _days(value: Any, path: str, problems: _Problems) -> tuple[str, ...]:
    if value is None:
        return BusinessHours.days
    if isinstance(value, str) and re.fullmatch(r"[a-z]{3}-[a-z]{3}", value.strip().lower()):
        first, last = value.strip().lower().split("-")
        if first in DAYS and last in DAYS and DAYS.index(first) <= DAYS.index(last):
            return DAYS[DAYS.index(first):DAYS.index(last) + 1]
    items = value.replace(",", " ").split() if isinstance(value, str) else value
    if isinstance(items, list) and items and all(isinstance(d, str) and d.lower() in DAYS for d in items):
        return tuple(d.lower() for d in items)
    problems.add(path, f"{_show(value)} is not a list of days; write mon-fri or [mon, tue, wed]")
    return BusinessHours.days


def _time_of_day(value: Any, path: str, problems: _Problems, default: str) -> str:
    if value is None:
        return default
    if isinstance(value, int) and not isinstance(value, bool):
        # YAML 1.1 reads an unquoted 09:00 as the number 540 (sexagesimal): turn it back into the time meant.
        value = f"{value // 60:02d}:{value % 60:02d}"
    if not isinstance(value, str) or not _HHMM.match(value.strip()):
        problems.add(path, f"{_show(value)} is not a time of day; write \"09:00\" (in quotes)")
        return default
    return value.strip()


def _business_hours(value: Any, problems: _Problems) -> BusinessHours | None:
    if value in (None, False):
        return None
    path = "followups.business_hours"
    data = _mapping(value, path, problems, ("timezone", "days", "start", "end"))
    timezone = data.get("timezone", "UTC")
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(str(timezone))
    except Exception:
        problems.add(f"{path}.timezone", f"{_show(timezone)} is not a time zone; write e.g. Europe/Berlin or UTC")
        timezone = "UTC"
    hours = BusinessHours(timezone=str(timezone), days=_days(data.get("days"), f"{path}.days", problems),
                          start=_time_of_day(data.get("start"), f"{path}.start", problems, "09:00"),
                          end=_time_of_day(data.get("end"), f"{path}.end", problems, "17:00"))
    if hours.start >= hours.end:
        problems.add(f"{path}.end", f"{hours.end} must be later than start ({hours.start})")
    return hours


def _followups(value: Any, problems: _Problems, default_after: int) -> Followups:
    data = _mapping(value, "followups", problems,
                    ("enabled", "after", "per_playbook", "business_hours", "bump_priority", "freshdesk_mode"))
    per_playbook: dict[str, int] = {}
    raw = data.get("per_playbook") or {}
    if not isinstance(raw, dict):
        problems.add("followups.per_playbook", f"expected a mapping of playbook name to duration, got {_show(raw)}")
        raw = {}
    for name, duration in raw.items():
        if str(name) not in PLAYBOOK_NAMES:
            near = difflib.get_close_matches(str(name), PLAYBOOK_NAMES, n=1, cutoff=0.6)
            hint = f"did you mean {near[0]}?" if near else (
                f"name a topic ({', '.join(PLAYBOOK_TOPICS[:7])}, ...) or a cue ({', '.join(CUES[:4])}, ...)")
            problems.add(f"followups.per_playbook.{name}", f"no playbook is named {_show(str(name))}; {hint}")
            continue
        per_playbook[str(name)] = _duration(duration, f"followups.per_playbook.{name}", problems, default_after)
    return Followups(
        enabled=_bool(data.get("enabled"), "followups.enabled", problems, True),
        after_seconds=_duration(data.get("after"), "followups.after", problems, default_after),
        per_playbook=per_playbook,
        business_hours=_business_hours(data.get("business_hours"), problems),
        bump_priority=_bool(data.get("bump_priority"), "followups.bump_priority", problems, False),
        freshdesk_mode=_choice(data.get("freshdesk_mode"), "followups.freshdesk_mode", problems, FRESHDESK_MODES,
                               "due_by"),
    )


def _templates(value: Any, problems: _Problems, base_dir: str) -> Templates:
    data = _mapping(value, "templates", problems, ("directory", "team_language"))
    directory = data.get("directory") or ""
    if directory:
        if not isinstance(directory, str):
            problems.add("templates.directory", f"{_show(directory)} must be a folder path")
            directory = ""
        else:
            directory = os.path.normpath(os.path.join(base_dir, os.path.expanduser(directory)))
            if not os.path.isdir(directory):
                problems.add("templates.directory", f"{directory} is not a folder; create it or remove the setting")
    language = data.get("team_language", "en")
    if not isinstance(language, str) or not re.fullmatch(r"[a-z]{2}(-[A-Za-z]{2})?", language):
        problems.add("templates.team_language", f"{_show(language)} is not a language code; write one of "
                                                 f"{', '.join(LANGUAGES)}")
        language = "en"
    elif language.split("-")[0] not in LANGUAGES:
        problems.add("templates.team_language", f"{_show(language)} is not a language calmdesk writes notes in; "
                                                 f"write one of {', '.join(LANGUAGES)}")
        language = "en"
    return Templates(directory=directory, team_language=language)


def _accounts(value: Any, problems: _Problems) -> tuple[AccountConfig, ...]:
    data = _mapping(value, "accounts", problems, HELPDESKS)
    accounts = []
    for helpdesk in HELPDESKS:
        entries = data.get(helpdesk)
        if entries is None:
            continue
        if not isinstance(entries, dict):
            problems.add(f"accounts.{helpdesk}", "expected a mapping of account names, e.g. default: {url: ...}")
            continue
        for name, spec in entries.items():
            path = f"accounts.{helpdesk}.{name}"
            if not isinstance(name, str) or not _ACCOUNT_NAME.match(name):
                problems.add(path, "account names are lower case letters, digits, - and _ (they appear in the "
                                   "webhook path /webhooks/<helpdesk>/<account>)")
                continue
            roles = tuple(CREDENTIAL_ENV[helpdesk])
            spec = _mapping(spec, path, problems, ("url",) + tuple(f"{role}_env" for role in roles))
            url = spec.get("url")
            if url is None and name == DEFAULT_ACCOUNT:
                url = ""  # settings fills the default account's URL from ZENDESK_URL / FRESHDESK_URL
            elif not isinstance(url, str) or not url.startswith(("https://", "http://")):
                problems.add(f"{path}.url", f"{_show(url)} must start with https:// "
                                            f"(for example https://acme.{helpdesk}.com)")
                url = ""
            env = default_env_names(helpdesk, name)
            for role in roles:
                given = spec.get(f"{role}_env")
                if given is None:
                    continue
                if not isinstance(given, str) or not _ENV_NAME.match(given):
                    problems.add(f"{path}.{role}_env", f"{_show(given)} must be the NAME of an environment variable "
                                                       "(e.g. ZENDESK_EMEA_API_TOKEN), not the secret itself")
                    continue
                env[role] = given
            accounts.append(AccountConfig(helpdesk=helpdesk, name=name, url=url.rstrip("/"), env=env))
    return tuple(accounts)


TOP_LEVEL = ("accounts", "rules", "followups", "templates")


def parse_config(data: Any, path: str = "", default_followup_after: int = 24 * 3600) -> tuple[Config, list[str]]:
    """The Config a parsed YAML document describes, and every problem with it (defaults stand in for bad values)."""
    problems = _Problems()
    if data is None:
        data = {}
    top = _mapping(data, "", problems, TOP_LEVEL)
    base_dir = os.path.dirname(os.path.abspath(path)) if path else os.getcwd()
    config = Config(
        path=path,
        accounts=_accounts(top.get("accounts"), problems),
        rules=_rules(top.get("rules"), problems),
        followups=_followups(top.get("followups"), problems, default_followup_after),
        templates=_templates(top.get("templates"), problems, base_dir),
    )
    return config, problems.items


def read_config(path: str, default_followup_after: int = 24 * 3600) -> tuple[Config, list[str]]:
    """Read and check a config file; never raises. An empty path means no file: the defaults, no problems."""
    if not path:
        return parse_config({}, "", default_followup_after)
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
    except FileNotFoundError:
        return Config(path=path), [f"{path}: no such file; fix CALMDESK_CONFIG or create the file "
                                   "(calmdesk.example.yaml is a commented start)"]
    except OSError as exc:
        return Config(path=path), [f"{path}: cannot be read ({exc.strerror})"]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        reason = getattr(exc, "problem", None) or "invalid YAML"
        return Config(path=path), [f"{path}: not valid YAML{where}: {reason}"]
    return parse_config(data, path, default_followup_after)


_CACHE: dict[tuple, Config] = {}


def load_config(settings: Any) -> Config:
    """The effective Config for running code, from settings.config_path (CALMDESK_CONFIG); raises ConfigError.

    Cached per file modification time, so a job can call it every time at no cost and an edit is picked up.
    """
    path = getattr(settings, "config_path", "") or ""
    default_after = getattr(settings, "followup_after", 24 * 3600)
    try:
        stamp = os.stat(path).st_mtime_ns if path else 0
    except OSError:
        stamp = -1
    templates_env = (getattr(settings, "templates_dir", ""), getattr(settings, "team_language", ""))
    key = (path, stamp, default_after, templates_env)
    if key not in _CACHE:
        config, problems = read_config(path, default_after)
        if problems:
            raise ConfigError(problems)
        # The file's templates section wins; CALMDESK_TEMPLATES and CALMDESK_TEAM_LANGUAGE fill what it leaves out.
        config = replace(config, templates=Templates(
            directory=config.templates.directory or templates_env[0],
            team_language=config.templates.team_language if path and _names_team_language(path) else
            (templates_env[1] or config.templates.team_language)))
        _CACHE.clear()
        _CACHE[key] = config
    return _CACHE[key]


def _names_team_language(path: str) -> bool:
    try:
        data = yaml.safe_load(open(path, encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return False
    return isinstance(data, dict) and isinstance(data.get("templates"), dict) and "team_language" in data["templates"]


def effective_yaml(config: Config) -> str:
    """The effective configuration as YAML (env variable NAMES only; no secret is ever part of a Config)."""
    rules = config.rules

    def filt(f: Filter) -> dict:
        return {"include": list(f.include), "exclude": list(f.exclude)}

    data = {
        "accounts": {h: {a.name: {"url": a.url, **{f"{k}_env": v for k, v in a.env.items()}}
                         for a in config.accounts if a.helpdesk == h} for h in HELPDESKS
                     if any(a.helpdesk == h for a in config.accounts)},
        "rules": {"brands": filt(rules.brands), "groups": filt(rules.groups), "tags": filt(rules.tags),
                  "channels": filt(rules.channels), "min_level": rules.min_level,
                  "always_on_cues": list(rules.always_on_cues), "cooldown": format_duration(rules.cooldown_seconds),
                  "notify_on_first_message": rules.notify_on_first_message, "add_tags": list(rules.add_tags),
                  "bump_priority": False if rules.bump_priority is None else {
                      "levels": list(rules.bump_priority.levels), "cues": list(rules.bump_priority.cues),
                      "to": rules.bump_priority.to}},
        "followups": {"after": format_duration(config.followups.after_seconds),
                      "per_playbook": {k: format_duration(v) for k, v in config.followups.per_playbook.items()},
                      "business_hours": False if config.followups.business_hours is None else {
                          "timezone": config.followups.business_hours.timezone,
                          "days": list(config.followups.business_hours.days),
                          "start": config.followups.business_hours.start,
                          "end": config.followups.business_hours.end},
                      "bump_priority": config.followups.bump_priority,
                      "freshdesk_mode": config.followups.freshdesk_mode},
        "templates": {"directory": config.templates.directory, "team_language": config.templates.team_language},
    }
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def account_credentials(account: AccountConfig, environ: Mapping[str, str]) -> dict[str, str]:
    """The credential values an account's env variable names point at (missing ones are empty)."""
    return {role: environ.get(name, "").strip() if role != "webhook_secret" else environ.get(name, "")
            for role, name in account.env.items()}


__all__ = ["Config", "ConfigError", "Rules", "Filter", "PriorityBump", "Followups", "BusinessHours", "Templates",
           "AccountConfig", "load_config", "read_config", "parse_config", "effective_yaml", "default_env_names",
           "account_credentials"]


def read_accounts(path: str) -> tuple[tuple[AccountConfig, ...], list[str]]:
    """Only the accounts section, for load_settings: a problem elsewhere in the file must not stop the web side."""
    if not path:
        return (), []
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle) or {}
    except (OSError, yaml.YAMLError):
        return (), []  # reported by read_config / check-config, with the line and the fix
    problems = _Problems()
    accounts = _accounts(data.get("accounts") if isinstance(data, dict) else None, problems)
    return accounts, problems.items
