"""The feedback deliveries and the pure turn change behind "calmdesk: not upset"."""

import pytest

from calmdesk.events import AGENT_FEEDBACK, HELPFUL, NOT_UPSET, feedback_in_tags
from calmdesk.helpdesks.freshdesk.webhook import normalise_freshdesk_delivery
from calmdesk.helpdesks.webhook_errors import BadPayload
from calmdesk.helpdesks.zendesk.webhook import normalise_zendesk_delivery
from calmdesk.state.feedback import verdict_kind
from worker.detector import Verdict
from worker.escalation.turns import TicketState, TurnPolicy, decide, take_feedback


def test_zendesk_feedback_trigger_body_becomes_a_feedback_event():
    event = normalise_zendesk_delivery({"calmdesk": "zendesk-feedback/1", "ticket_id": "88",
                                        "tags": "vip calmdesk_not_upset"}, "d1")
    assert (event.kind, event.feedback, event.ticket_id) == (AGENT_FEEDBACK, NOT_UPSET, "88")
    ignored = normalise_zendesk_delivery({"calmdesk": "zendesk-feedback/1", "ticket_id": "88", "tags": "vip"})
    assert isinstance(ignored, str)
    with pytest.raises(BadPayload):
        normalise_zendesk_delivery({"calmdesk": "zendesk-feedback/1", "ticket_id": "../users", "tags": ""})


def test_freshdesk_feedback_rule_body_becomes_a_feedback_event():
    event = normalise_freshdesk_delivery({"calmdesk": "freshdesk-feedback/1", "ticket_id": "7",
                                          "tags": "billing, calmdesk_helpful"}, "d2")
    assert (event.kind, event.feedback, event.helpdesk) == (AGENT_FEEDBACK, HELPFUL, "freshdesk")


def test_not_upset_wins_when_both_tags_are_there():
    assert feedback_in_tags(["calmdesk_helpful", "calmdesk_not_upset"]) == NOT_UPSET
    assert feedback_in_tags(["other"]) == ""


def test_a_muted_episode_gets_no_note_until_the_customer_calms_down():
    upset = Verdict(True, "negative", -0.6, ("churn_threat",), ())
    worse = Verdict(True, "very_negative", -0.9, ("churn_threat",), ())
    calm = Verdict(False, "calm", 0.1, (), ())
    policy = TurnPolicy()
    state = decide(TicketState(), upset, "1", 0.0, policy).state
    state, counted = take_feedback(state, NOT_UPSET)
    assert counted and state.overridden
    assert take_feedback(state, NOT_UPSET)[1] is False  # once per note
    assert decide(state, worse, "2", 10.0, policy).note is False
    after_calm = decide(state, calm, "3", 20.0, policy).state
    assert decide(after_calm, upset, "4", 30.0, policy).note is True


def test_a_verdicts_kind_leaves_out_what_is_never_suppressed():
    assert verdict_kind("negative", ("churn_threat", "shouting")) == "negative:churn_threat"
    assert verdict_kind("negative", ()) == "negative:tone"
    assert verdict_kind("very_negative", ("abuse",)) == "very_negative:tone"
