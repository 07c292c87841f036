"""The config mistakes of issue 17, each refused by name with its fix; and the names config validates against."""

from __future__ import annotations

import pytest

from calmdesk.config import CHANNELS, PLAYBOOK_NAMES, parse_config
from calmdesk.durations import MissingUnit, parse_duration
from calmdesk.settings import SettingsError, load_settings
from calmdesk.vocabulary import CUES
from worker.writing.playbooks import MODIFIERS, TOPICS

MISTAKES = [
    ({"rules": {"cooldown": 24}},
     "rules.cooldown: 24 has no unit (it would mean 24 seconds); write 24h for hours, 24m for minutes or 24s"),
    ({"followups": {"per_playbook": {"billing": "4h"}}},
     'followups.per_playbook.billing: no playbook is named "billing"; did you mean'),
    ({"rules": {"groups": {"include": ["Tier 2"]}}},
     'rules.groups.include[0]: "Tier 2" is not a numeric id; groups are matched by the helpdesk\'s group id'),
    ({"rules": {"brands": {"exclude": ["Acme"]}}},
     'rules.brands.exclude[0]: "Acme" is not a numeric id'),
    ({"rules": {"channels": {"exclude": ["emial"]}}},
     'rules.channels.exclude[0]: "emial" is not a Zendesk or Freshdesk channel; did you mean email?'),
    ({"templates": {"team_language": "it"}},
     'templates.team_language: "it" is not a language calmdesk writes notes in; write one of en, es, fr, de'),
    ({"followups": {"after": "36"}},
     "followups.after: 36 has no unit"),
    ({"rules": {"always_on_cues": ["legal_treat"]}},
     'rules.always_on_cues[0]: "legal_treat" is not one of'),
]


@pytest.mark.parametrize("data,message", MISTAKES, ids=[m.split(":")[0] for _, m in MISTAKES])
def test_each_mistake_is_refused_by_name_with_its_fix(data, message):
    _, problems = parse_config(data)
    assert len(problems) == 1 and problems[0].startswith(message), problems


def test_a_misspelled_cue_gets_a_suggestion():
    _, problems = parse_config({"rules": {"always_on_cues": ["legal_treat"]}})
    assert problems[0].endswith("did you mean legal_threat?")


def test_right_values_pass():
    config, problems = parse_config({
        "rules": {"cooldown": "24h", "groups": {"include": [360001234567, "42"]}, "brands": [7],
                  "channels": {"include": ["email", "web", "portal", "chat"], "exclude": ["api"]}},
        "followups": {"per_playbook": {"billing_refund": "4h", "refund_not_received": "2h", "legal_threat": "2h"}},
        "templates": {"team_language": "de"}})
    assert problems == []
    assert config.rules.groups.include == ("360001234567", "42")
    assert config.followups.per_playbook["refund_not_received"] == 7200


def test_every_playbook_the_writer_knows_can_be_named():
    """worker/writing/playbooks.py owns the topics; the config's list (calmdesk/vocabulary.py) must cover them."""
    assert set(TOPICS) <= set(PLAYBOOK_NAMES)
    assert set(MODIFIERS) <= set(CUES) <= set(PLAYBOOK_NAMES)


def test_channel_names_cover_what_calmdesk_reads_from_freshdesk():
    from calmdesk.ops.backfill import FreshdeskLister

    assert set(FreshdeskLister.SOURCES.values()) <= set(CHANNELS)


def test_durations_in_the_environment_need_a_unit_too():
    with pytest.raises(MissingUnit):
        parse_duration("24", require_unit=True)
    assert parse_duration("24") == 24  # the old reading stays for callers that ask for it
    with pytest.raises(SettingsError, match="CALMDESK_FOLLOWUP_AFTER: '24' has no unit; write 24h"):
        load_settings({"CALMDESK_FOLLOWUP_AFTER": "24"})
    with pytest.raises(SettingsError, match="CALMDESK_TEAM_LANGUAGE='it' is not a language"):
        load_settings({"CALMDESK_TEAM_LANGUAGE": "it"})
