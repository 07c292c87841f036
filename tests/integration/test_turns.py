"""Every transition of the per-ticket turn state machine (pure `decide`), and its atomic Redis application."""

import pytest

from worker.detector import Verdict
from worker.escalation.turns import Decision, TicketState, TurnPolicy, apply_turn, decide, read_state

POLICY = TurnPolicy(cooldown_seconds=3600, notify_on_first_message=True)
CALM = Verdict(False, "calm", 0.4)
UPSET = Verdict(True, "negative", -0.5, ("repeat_contact",))
WORSE = Verdict(True, "very_negative", -0.9, ("repeat_contact",))
ABUSE = Verdict(True, "negative", -0.6, ("abuse",))
LEGAL = Verdict(True, "negative", -0.6, ("legal_threat",))


def run(verdicts, policy=POLICY, start=TicketState(), times=None):
    state, decisions = start, []
    for i, verdict in enumerate(verdicts):
        now = times[i] if times else 1000.0 + i
        decision = decide(state, verdict, f"m{i}", now, policy)
        decisions.append(decision)
        state = decision.state
    return decisions


def test_calm_to_upset_posts_a_note():
    calm, upset = run([CALM, UPSET])
    assert not calm.note and upset.note and upset.reason == "turned negative"
    assert upset.escalation == 1 and upset.state.noted_level == "negative"


def test_same_level_within_cooldown_posts_nothing():
    decisions = run([UPSET] * 10)
    assert [d.note for d in decisions] == [True] + [False] * 9  # ten angry messages, one escalation
    assert decisions[-1].reason == "already noted within the cooldown"
    assert decisions[-1].state.message_count == 10


def test_same_level_after_cooldown_posts_again():
    first, later = run([UPSET, UPSET], times=[1000.0, 1000.0 + 3601])
    assert first.note and later.note and later.reason == "still upset after the cooldown"
    assert later.escalation == 2


@pytest.mark.parametrize("worse", [WORSE, ABUSE, LEGAL])
def test_upset_to_worse_posts_a_more_severe_note(worse):
    first, second = run([UPSET, worse])
    assert second.note and second.reason == "got worse" and second.escalation == 2


def test_a_severe_cue_already_noted_is_not_worse_again():
    decisions = run([ABUSE, ABUSE])
    assert [d.note for d in decisions] == [True, False]


def test_lower_level_after_a_very_negative_note_is_not_worse():
    decisions = run([WORSE, UPSET])
    assert [d.note for d in decisions] == [True, False]


def test_calming_down_resets_so_a_new_upset_gets_a_note():
    decisions = run([UPSET, CALM, UPSET])
    assert [d.note for d in decisions] == [True, False, True]
    assert decisions[1].state.noted_level == "" and decisions[2].reason == "turned negative"


def test_first_message_policy_can_hold_the_first_note():
    quiet = TurnPolicy(cooldown_seconds=3600, notify_on_first_message=False)
    first, second = run([UPSET, UPSET], policy=quiet)
    assert not first.note and first.reason == "first message is not noted by policy"
    assert second.note


def test_first_message_can_trigger_by_default():
    assert run([UPSET])[0].note


def test_rules_threshold_holds_a_verdict_below_it():
    below = decide(TicketState(), UPSET, "m0", 1000.0, POLICY, wanted=False)
    assert not below.note and below.reason == "below the rules' threshold"
    assert below.state.level == "negative"  # remembered, not reset to calm


def test_rules_can_want_a_note_for_a_cue_on_a_calm_level():
    wanted = decide(TicketState(), Verdict(False, "calm", 0.0, ("legal_threat",)), "m0", 1000.0, POLICY, wanted=True)
    assert wanted.note


def test_state_round_trips_through_json():
    state = run([UPSET, ABUSE])[-1].state
    assert TicketState.from_json(state.to_json()) == state


def test_apply_turn_writes_state_and_queues_in_one_transaction(redis):
    seen = []

    def compute(state):
        return decide(state, UPSET, "m1", 1000.0, POLICY)

    def on_note(pipe, decision: Decision):
        pipe.set("calmdesk:test:note-queued", decision.escalation)
        seen.append(decision.escalation)

    decision = apply_turn(redis, "calmdesk:ticket:test", compute, on_note)
    assert decision.note and seen == [1]
    assert redis.get("calmdesk:test:note-queued") == b"1"
    assert read_state(redis, "calmdesk:ticket:test").noted_level == "negative"


def test_apply_turn_decides_again_when_another_worker_changed_the_ticket(redis):
    calls = []

    def compute(state):
        calls.append(state)
        if len(calls) == 1:  # a rival worker writes between our read and our write
            redis.set("calmdesk:ticket:race", decide(TicketState(), UPSET, "rival", 999.0, POLICY).state.to_json())
        return decide(state, UPSET, "m1", 1000.0, POLICY)

    decision = apply_turn(redis, "calmdesk:ticket:race", compute, lambda pipe, d: None)
    assert len(calls) == 2 and calls[1].noted_level == "negative"
    assert not decision.note  # the rival's note stands: one escalation, one note


def test_the_same_message_twice_changes_nothing():
    first = decide(TicketState(), UPSET, "500", 1000.0, POLICY)
    again = decide(first.state, UPSET, "500", 1001.0, POLICY)
    assert not again.note and again.reason == "message already analysed" and again.state == first.state


def test_an_older_message_delivered_late_changes_nothing():
    upset = decide(TicketState(), UPSET, "502", 1000.0, POLICY)
    late_calm = decide(upset.state, CALM, "501", 1001.0, POLICY)
    assert not late_calm.note and late_calm.reason == "older than the newest message analysed"
    assert late_calm.state == upset.state  # the episode stays open: the next upset message is within it
    assert not decide(late_calm.state, UPSET, "503", 1002.0, POLICY).note


def test_ids_that_are_not_numbers_are_never_older():
    state = decide(TicketState(), UPSET, "sha1:ab12", 1000.0, POLICY).state
    assert decide(state, CALM, "sha1:0000", 1001.0, POLICY).reason == "calm"
