"""The feedback deliveries and the pure turn change behind "calmdesk: not upset"."""

import pytest

from calmdesk.events import AGENT_FEEDBACK, HELPFUL, NOT_UPSET, feedback_in_tags
from calmdesk.helpdesks.freshdesk.webhook import feedback_in_note, normalise_freshdesk_delivery
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


def test_freshdesk_feedback_rule_body_becomes_a_feedback_event_only_for_a_scenarios_note():
    def body(note: str) -> dict:
        return {"calmdesk": "freshdesk-feedback/2", "ticket_id": "7", "tags": "billing, calmdesk_not_upset",
                "note": note}

    # {{ticket.latest_private_comment}}: "<agent name> : <note html>"; the note, not the tags, says which feedback.
    event = normalise_freshdesk_delivery(body("Ravi Menon : <div>calmdesk feedback: helpful</div>"), "d2")
    assert (event.kind, event.feedback, event.helpdesk) == (AGENT_FEEDBACK, HELPFUL, "freshdesk")
    # Any later private note on the tagged ticket fires the same rule: an agent's own, or calmdesk's note.
    for other in ("Ravi Menon : <p>Called the customer back, refund approved.</p>",
                  "calmdesk API : <p>Upset customer: threatens to leave.</p>",
                  "Ravi Menon : <p>Not sure about calmdesk feedback: not upset here, checking.</p>", ""):
        assert normalise_freshdesk_delivery(body(other)) == "private note that is not a calmdesk feedback note"
    # The first body had no note: still read, from the tags.
    legacy = normalise_freshdesk_delivery({"calmdesk": "freshdesk-feedback/1", "ticket_id": "7",
                                           "tags": "billing, calmdesk_helpful"}, "d3")
    assert (legacy.kind, legacy.feedback) == (AGENT_FEEDBACK, HELPFUL)


def test_a_feedback_note_is_the_scenarios_words_and_nothing_more():
    assert feedback_in_note("Ana Silva : <div>Calmdesk feedback:   NOT upset</div>") == NOT_UPSET
    assert feedback_in_note("<p>calmdesk feedback: not upset</p>") == NOT_UPSET  # no author prefix
    assert feedback_in_note("Ana Silva : <div>calmdesk feedback: not upset, but watch the refund</div>") == ""
    assert feedback_in_note("Ana Silva : <div>see the calmdesk feedback: helpful</div>") == ""


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
