"""The YAML config: good and broken files, the rules' pure functions, and per-account webhooks."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from calmdesk.config import ConfigError, load_config, read_config
from calmdesk.events import TicketEvent
from worker.escalation.rules import note_wanted, priority_bump, tags_to_add, turn_policy, watches
from calmdesk.settings import Settings, SettingsError, load_settings
from tests.conftest import ROOT, signed_zendesk_headers
from webhooks.app import create_app


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "calmdesk.yaml"
    path.write_text(text)
    return str(path)


def test_the_example_file_is_the_defaults_except_the_lines_it_marks():
    example = ROOT / "calmdesk.example.yaml"
    config, problems = read_config(str(example))
    assert problems == []
    defaults, _ = read_config("")
    marked = [line.split(":")[0].strip() for line in example.read_text().splitlines()
              if "<- differs from the default" in line and not line.lstrip().startswith("#")]
    assert marked == ["tags", "always_on_cues"]
    assert config.rules.tags.exclude == ("calmdesk_ignore", "spam") and defaults.rules.tags.exclude == ()
    assert config.rules.always_on_cues == ("abuse", "legal_threat") and defaults.rules.always_on_cues == ()
    from dataclasses import replace
    assert replace(config.rules, tags=defaults.rules.tags, always_on_cues=()) == defaults.rules
    assert config.followups == defaults.followups
    assert replace(config, path="", rules=defaults.rules) == defaults
    # Never an account: the environment's ZENDESK_URL / FRESHDESK_URL stay the ones used.
    assert config.accounts == ()
    settings = load_settings({"CALMDESK_CONFIG": str(example), "ZENDESK_URL": "https://mine.zendesk.com"})
    assert settings.zendesk.url == "https://mine.zendesk.com"


def test_no_file_means_defaults_and_no_problems():
    config, problems = read_config("")
    assert problems == [] and config.accounts == () and config.followups.freshdesk_mode == "due_by"


def test_a_broken_file_reports_every_problem_with_its_path(tmp_path):
    path = write(tmp_path, """
rules:
  cooldown: 2x
  cooldwn: 4h
  min_level: furious
  always_on_cues: [abuse, sarcasm]
  tags: {include: [vip], exclud: [spam]}
followups:
  after: soon
  per_playbook: {billing_refund: 4h, outage_bug: never}
  business_hours: {timezone: Mars/Olympus, days: someday, start: "18:00", end: "09:00"}
  freshdesk_mode: carrier_pigeon
accounts:
  zendesk:
    EMEA: {url: https://emea.zendesk.com}
    emea: {url: emea.zendesk.com, api_token_env: "sk-live-abc123"}
templates:
  directory: ./no-such-folder
  team_language: english
""")
    _, problems = read_config(path)
    expected = [
        'rules.cooldown: "2x" is not a duration; write 90s, 4h or 2d',
        "rules.cooldwn: unknown setting; did you mean cooldown?",
        'rules.min_level: "furious" is not one of negative, very_negative',
        'rules.always_on_cues[1]: "sarcasm" is not one of',
        "rules.tags.exclud: unknown setting; did you mean exclude?",
        'followups.after: "soon" is not a duration; write 90s, 4h or 2d',
        'followups.per_playbook.outage_bug: "never" is not a duration',
        'followups.business_hours.timezone: "Mars/Olympus" is not a time zone',
        'followups.business_hours.days: "someday" is not a list of days',
        "followups.business_hours.end: 09:00 must be later than start (18:00)",
        'followups.freshdesk_mode: "carrier_pigeon" is not one of due_by, child_ticket',
        "accounts.zendesk.EMEA: account names are lower case",
        'accounts.zendesk.emea.url: "emea.zendesk.com" must start with https://',
        'accounts.zendesk.emea.api_token_env: "sk-live-abc123" must be the NAME of an environment variable',
        "templates.directory:",
        'templates.team_language: "english" is not a language code',
    ]
    for message in expected:
        assert any(p.startswith(message) for p in problems), (message, problems)
    assert len(problems) == len(expected)
    with pytest.raises(ConfigError) as caught:
        load_config(Settings(config_path=path))
    assert caught.value.problems == problems


def test_yaml_errors_name_the_line(tmp_path):
    _, problems = read_config(write(tmp_path, "rules:\n  cooldown: 4h\n   min_level: [negative\n"))
    assert len(problems) == 1 and "not valid YAML at line 3" in problems[0]
    _, problems = read_config(str(tmp_path / "missing.yaml"))
    assert "no such file" in problems[0]
    _, problems = read_config(write(tmp_path, "- just\n- a list\n"))
    assert problems and "expected a mapping" in problems[0]


def test_unquoted_times_and_day_lists_are_read_as_meant(tmp_path):
    config, problems = read_config(write(tmp_path, "followups:\n  business_hours:\n    timezone: Europe/Berlin\n"
                                                   "    days: [mon, wed]\n    start: 08:30\n    end: 16:00\n"))
    assert problems == []
    hours = config.followups.business_hours
    assert (hours.days, hours.start, hours.end) == (("mon", "wed"), "08:30", "16:00")


def test_followups_keep_the_shape_the_followup_code_reads(tmp_path):
    config, problems = read_config(write(tmp_path, "followups: {after: 2d, per_playbook: {billing_refund: 4h}, "
                                                   "bump_priority: true, freshdesk_mode: child_ticket}\n"))
    assert problems == []
    assert config.followups.after_for("billing_refund") == 4 * 3600 and config.followups.after_for("other") == 2 * 86400
    assert config.followups.bump_priority is True and config.followups.freshdesk_mode == "child_ticket"
    assert config.followups.business_hours is None
    # Without `after`, CALMDESK_FOLLOWUP_AFTER (Settings.followup_after) is the default.
    assert load_config(Settings(config_path=write(tmp_path, "rules: {}\n"), followup_after=90)).followups.after_seconds == 90


def event(**fields) -> TicketEvent:
    return TicketEvent(helpdesk="zendesk", ticket_id="1", **fields)


def test_watches_applies_include_and_exclude_lists(tmp_path):
    config, _ = read_config(write(tmp_path, """
rules:
  brands: {include: [10, 11]}
  groups: {exclude: [99]}
  tags: {exclude: [spam]}
  channels: [email, web]
"""))
    rules = config.rules
    assert watches(rules, event(brand_id="10", channel="email")) == (True, "watched")
    assert watches(rules, event(brand_id="12", channel="email"))[0] is False
    assert watches(rules, event(brand_id="", channel="email")) == (False, "brand (none) not in 10, 11")
    assert watches(rules, event(brand_id="11", group_id="99", channel="web")) == (False, "group 99 is excluded")
    assert watches(rules, event(brand_id="11", channel="WEB", tags=("vip", "Spam"))) == (False, "tag spam is excluded")
    assert watches(rules, event(brand_id="11", channel="chat"))[0] is False
    assert watches(read_config("")[0].rules, event()) == (True, "watched")


@dataclass(frozen=True)
class Verdict:  # the two fields of worker.detector.Verdict the rules read
    level: str
    cues: tuple = ()


def verdict(level: str, cues=()) -> Verdict:
    return Verdict(level=level, cues=tuple(cues))


def test_note_turn_policy_tags_and_priority_follow_the_rules(tmp_path):
    config, problems = read_config(write(tmp_path, """
rules:
  min_level: very_negative
  always_on_cues: [legal_threat]
  cooldown: 90m
  notify_on_first_message: false
  add_tags: [escalation_watch]
  bump_priority: {levels: [very_negative], cues: [abuse], to: urgent}
"""))
    assert problems == []
    rules = config.rules
    assert note_wanted(rules, verdict("negative")) == (False, "level negative is below very_negative")
    assert note_wanted(rules, verdict("negative", ["legal_threat"]))[0] is True
    assert note_wanted(rules, verdict("very_negative"))[0] is True
    assert note_wanted(rules, verdict("calm")) == (False, "calm")
    policy = turn_policy(rules)
    assert (policy.cooldown_seconds, policy.notify_on_first_message) == (5400, False)
    assert tags_to_add(rules) == ["escalation_watch"]
    assert priority_bump(rules, verdict("negative", ["abuse"])) == "urgent"
    assert priority_bump(rules, verdict("negative")) is None
    assert priority_bump(read_config("")[0].rules, verdict("very_negative")) is None


MULTI = """
accounts:
  zendesk:
    default: {url: https://main.zendesk.com}
    emea: {url: https://emea.zendesk.com/}
    apac: {url: https://apac.zendesk.com, api_token_env: APAC_TOKEN, webhook_secret_env: APAC_SECRET}
"""


def test_accounts_read_their_credentials_from_the_named_variables(tmp_path):
    path = write(tmp_path, MULTI)
    settings = load_settings({"CALMDESK_CONFIG": path, "ZENDESK_EMAIL": "a@x", "ZENDESK_API_TOKEN": "main-token",
                              "ZENDESK_EMEA_EMAIL": "e@x", "ZENDESK_EMEA_API_TOKEN": "emea-token",
                              "ZENDESK_EMEA_WEBHOOK_SECRET": "emea-secret", "APAC_TOKEN": "apac-token",
                              "APAC_SECRET": "apac-secret"})
    assert settings.zendesk.url == "https://main.zendesk.com" and settings.zendesk.api_token == "main-token"
    emea = settings.account("zendesk", "emea")
    assert (emea.url, emea.email, emea.api_token, emea.webhook_secret) == (
        "https://emea.zendesk.com", "e@x", "emea-token", "emea-secret")
    assert settings.for_account("zendesk", "apac").zendesk.api_token == "apac-token"
    assert {"emea-token", "emea-secret", "apac-token", "apac-secret", "main-token"} <= set(settings.secrets())
    assert "emea-token" not in repr(settings)
    with pytest.raises(SettingsError, match="no zendesk account named 'nope'"):
        settings.account("zendesk", "nope")


def test_a_bad_accounts_section_stops_load_settings_with_the_path(tmp_path):
    with pytest.raises(SettingsError, match="accounts.zendesk.emea.url"):
        load_settings({"CALMDESK_CONFIG": write(tmp_path, "accounts: {zendesk: {emea: {url: nope}}}\n")})


def test_webhooks_for_an_account_are_verified_with_its_own_secret(tmp_path, env, redis):
    path = write(tmp_path, MULTI)
    settings = load_settings({**env, "CALMDESK_CONFIG": path, "ZENDESK_EMEA_WEBHOOK_SECRET": "emea-secret"})
    client = create_app({"TESTING": True, "CALMDESK_SETTINGS": settings}).test_client()
    body = json.dumps({"calmdesk": "zendesk-trigger/1", "ticket_id": "42"}).encode()

    wrong = client.post("/webhooks/zendesk/emea", data=body, headers=signed_zendesk_headers(body))  # default's secret
    assert wrong.status_code == 401
    unknown = client.post("/webhooks/zendesk/nope", data=body, headers=signed_zendesk_headers(body, "emea-secret"))
    assert unknown.status_code == 404
    ok = client.post("/webhooks/zendesk/emea", data=body, headers=signed_zendesk_headers(body, "emea-secret"))
    assert ok.status_code == 202, ok.get_json()

    from rq import Queue
    from rq.serializers import JSONSerializer

    jobs = Queue("calmdesk", connection=redis, serializer=JSONSerializer).jobs
    assert [j.args[0]["account"] for j in jobs] == ["emea"]
    # The same delivery on the default account's path is another delivery, verified with the default secret.
    same = client.post("/webhooks/zendesk", data=body, headers=signed_zendesk_headers(body))
    assert same.status_code == 202


def run_check_config(environ: dict, *args: str):
    from click.testing import CliRunner

    from calmdesk.cli.check_config import check_config_command

    return CliRunner().invoke(check_config_command, list(args), env={
        **{k: "" for k in ("CALMDESK_CONFIG", "ZENDESK_URL", "ZENDESK_EMAIL", "ZENDESK_API_TOKEN",
                           "ZENDESK_WEBHOOK_SECRET", "FRESHDESK_URL", "FRESHDESK_API_KEY", "FRESHDESK_WEBHOOK_TOKEN",
                           "CALMDESK_TEMPLATES", "CALMDESK_ADMIN_TOKEN")}, **environ})


def test_check_config_passes_with_working_credentials(env, zendesk):
    result = run_check_config(env)
    assert result.exit_code == 0, result.output
    assert f"ok: zendesk account default: credentials accepted by {zendesk.url}" in result.output
    assert [r.path for r in zendesk.log.requests] == ["/api/v2/users/me"]


def test_check_config_prints_every_problem_and_exits_non_zero(env, zendesk, tmp_path):
    path = write(tmp_path, MULTI.replace("https://emea.zendesk.com/", zendesk.url)
                 .replace("https://main.zendesk.com", "http://127.0.0.1:9") + "rules: {cooldown: 2x}\n"
                 "templates: {directory: " + str(tmp_path) + "}\n")
    result = run_check_config({**env, "ZENDESK_API_TOKEN": "wrong", "ZENDESK_EMEA_EMAIL": zendesk.email,
                               "ZENDESK_EMEA_API_TOKEN": env["ZENDESK_API_TOKEN"]}, "--config", path)
    assert result.exit_code == 1
    out = result.output
    assert f'problem: {path}: rules.cooldown: "2x" is not a duration; write 90s, 4h or 2d' in out
    assert "problem: zendesk account default: http://127.0.0.1:9 is unreachable (ConnectionError); check the URL " \
           "(accounts.zendesk.default.url)" in out
    assert f"ok: zendesk account emea: credentials accepted by {zendesk.url}" in out
    assert "problem: zendesk account emea: ZENDESK_EMEA_WEBHOOK_SECRET not set, so every webhook is refused" in out
    assert "problem: zendesk account apac: ZENDESK_APAC_EMAIL, APAC_TOKEN not set in the environment" in out
    assert "wrong" not in out.replace("went wrong", "")  # no credential is ever printed
    assert env["ZENDESK_API_TOKEN"] not in out


def test_check_config_reports_rejected_credentials(env, zendesk):
    result = run_check_config({**env, "ZENDESK_API_TOKEN": "not-the-token"})
    assert result.exit_code == 1
    assert f"problem: zendesk account default: {zendesk.url} refused the credentials (HTTP 401)" in result.output
    assert "not-the-token" not in result.output


def test_check_config_runs_the_template_checker_when_there_is_one(env, tmp_path, monkeypatch):
    import calmdesk.ops.check_config as module
    seen = []
    monkeypatch.setattr(module, "_template_checker", lambda: lambda d: seen.append(d) or ["note.en.html.j2: line 3: boom"])
    result = run_check_config({**env, "CALMDESK_TEMPLATES": str(tmp_path)}, "--offline")
    assert seen == [str(tmp_path)]
    assert "problem: templates: note.en.html.j2: line 3: boom" in result.output and result.exit_code == 1


def test_an_unreachable_url_is_named_not_the_credentials(env):
    result = run_check_config({**env, "ZENDESK_URL": "http://127.0.0.1:9"})
    line = next(x for x in result.output.splitlines() if "zendesk account default" in x)
    assert line == ("problem: zendesk account default: http://127.0.0.1:9 is unreachable (ConnectionError); "
                    "check the URL (ZENDESK_URL), e.g. https://acme.zendesk.com")
    assert "ZENDESK_API_TOKEN" not in line and "credentials" not in line


def test_every_start_refuses_a_broken_config_one_line_per_problem(env, tmp_path):
    """run, web and worker: each problem on one line, then refusal; no traceback."""
    import subprocess
    import sys

    path = write(tmp_path, "rules: {cooldown: 24, channels: {exclude: [emial]}}\n")
    for command in (["worker", "--burst"], ["web", "--port", "0"], ["run", "--port", "0"]):
        result = subprocess.run([sys.executable, "-m", "calmdesk.cli", *command], capture_output=True, text=True,
                                env={**env, "CALMDESK_CONFIG": path, "PATH": "/usr/bin:/bin"}, timeout=60, cwd=ROOT)
        assert result.returncode == 2, (command, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert any("config problem: " + path + ": rules.cooldown: 24 has no unit" in line for line in lines), lines
        assert any('rules.channels.exclude[0]: "emial" is not a Zendesk or Freshdesk channel; did you mean email?'
                   in line for line in lines), lines
        assert lines[-1].endswith("fix the 2 config problem(s) above (`calmdesk check-config` lists them)")
        assert "Traceback" not in result.stderr and len(lines) == 3
