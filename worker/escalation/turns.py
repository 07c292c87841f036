"""When does a ticket deserve a note? A per-ticket state machine: pure `decide`, and a Redis store that applies it."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from typing import Callable

import redis

from worker.detector import Verdict
from calmdesk.vocabulary import LEVEL_RANK, SEVERE_CUES
from calmdesk.keys import TICKET_STATE_TTL, ticket_state_key

# Cues that make an upset customer's ticket worse in kind, not only in degree.
_RANK = LEVEL_RANK


@dataclass(frozen=True)
class TurnPolicy:
    cooldown_seconds: int = 24 * 3600
    notify_on_first_message: bool = True


@dataclass(frozen=True)
class TicketState:
    level: str = "calm"  # the latest verdict's level
    message_count: int = 0
    noted_level: str = ""  # the level of the last note, "" when no note stands for the current episode
    noted_cues: tuple[str, ...] = ()
    noted_at: float = 0.0
    escalations: int = 0  # how many notes this ticket has had; names each escalation
    last_message_id: str = ""
    noted_all_cues: tuple[str, ...] = ()  # every cue of the verdict behind the last note (for agents' feedback)
    overridden: bool = False  # an agent marked this episode "not upset": no more notes until the customer calms
    feedback_on: int = 0  # the escalation an agent last gave feedback on (counted once per note)

    @classmethod
    def from_json(cls, raw: bytes | str | None) -> "TicketState":
        if not raw:
            return cls()
        data = json.loads(raw)
        data["noted_cues"] = tuple(data.get("noted_cues") or ())
        data["noted_all_cues"] = tuple(data.get("noted_all_cues") or ())
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def to_json(self) -> str:
        return json.dumps(asdict(self))


@dataclass(frozen=True)
class Decision:
    note: bool
    reason: str
    state: TicketState

    @property
    def escalation(self) -> int:
        return self.state.escalations


def decide(state: TicketState, verdict: Verdict, message_id: str, now: float, policy: TurnPolicy,
           wanted: bool | None = None) -> Decision:
    """The next state, and whether this message opens (or worsens) an escalation that needs a note.

    `wanted` is the admin's rules' say on this verdict (a minimum level, cues that always count);
    by default a negative verdict is wanted."""
    if message_id and message_id == state.last_message_id:
        return Decision(False, "message already analysed", state)
    if is_older(message_id, state.last_message_id):
        # A late delivery of an earlier message: the ticket has moved on, so it changes nothing.
        return Decision(False, "older than the newest message analysed", state)
    wanted = verdict.negative if wanted is None else wanted
    counted = replace(state, level=verdict.level, message_count=state.message_count + 1, last_message_id=message_id)
    if not verdict.negative and not wanted:
        # A customer who has calmed down starts a fresh episode: a later upset gets a note again.
        return Decision(False, "calm", replace(counted, noted_level="", noted_cues=(), overridden=False))
    if not wanted:
        return Decision(False, "below the rules' threshold", counted)
    if state.overridden:
        return Decision(False, "an agent marked this episode not upset", counted)
    if counted.message_count == 1 and not policy.notify_on_first_message:
        return Decision(False, "first message is not noted by policy", counted)
    noted = replace(counted, noted_level=verdict.level, noted_cues=tuple(sorted(set(verdict.cues) & SEVERE_CUES)),
                    noted_all_cues=tuple(verdict.cues), noted_at=now, escalations=state.escalations + 1)
    if not state.noted_level:
        return Decision(True, "turned negative", noted)
    if _worse(state, verdict):
        return Decision(True, "got worse", noted)
    if now - state.noted_at < policy.cooldown_seconds:
        return Decision(False, "already noted within the cooldown", counted)
    return Decision(True, "still upset after the cooldown", noted)


def take_feedback(state: TicketState, feedback: str) -> tuple[TicketState, bool]:
    """An agent's "not upset" or "helpful" on this ticket: the next state, and whether to count it (once per note,
    and only when a note stands). "Not upset" mutes the episode: no more notes until the customer calms down."""
    if not state.noted_level or state.feedback_on == state.escalations:
        return state, False
    return replace(state, feedback_on=state.escalations, overridden=state.overridden or feedback == "not_upset"), True


def is_older(message_id: str, newest_id: str) -> bool:
    """Helpdesk comment ids only grow (Zendesk comments, Freshdesk conversations); ids that are not numbers
    (a hash of the text) cannot be ordered, and count as current."""
    return message_id.isdigit() and newest_id.isdigit() and int(message_id) < int(newest_id)


def _worse(state: TicketState, verdict: Verdict) -> bool:
    if _RANK[verdict.level] > _RANK.get(state.noted_level, 0):
        return True
    return bool((set(verdict.cues) & SEVERE_CUES) - set(state.noted_cues))


state_key = ticket_state_key




def read_state(conn: redis.Redis, key: str) -> TicketState:
    return TicketState.from_json(conn.get(key))


def update_state(conn: redis.Redis, key: str, change: Callable[[TicketState], tuple[TicketState, bool]]
                 ) -> tuple[TicketState, TicketState, bool]:
    """Apply a pure change to the stored state atomically: (state before, state after, the change's flag)."""
    with conn.pipeline() as pipe:
        while True:
            try:
                pipe.watch(key)
                before = TicketState.from_json(pipe.get(key))
                after, flag = change(before)
                pipe.multi()
                pipe.set(key, after.to_json(), ex=TICKET_STATE_TTL)
                pipe.execute()
                return before, after, flag
            except redis.WatchError:
                continue


def apply_turn(
    conn: redis.Redis,
    key: str,
    compute: Callable[[TicketState], Decision],
    on_note: Callable[[redis.client.Pipeline, Decision], None],
) -> Decision:
    """Apply `compute` to the stored state atomically (WATCH/MULTI); when it says note, `on_note` queues the
    note job inside the same transaction, so the state change and the job exist together or not at all."""
    with conn.pipeline() as pipe:
        while True:
            try:
                pipe.watch(key)
                decision = compute(TicketState.from_json(pipe.get(key)))
                pipe.multi()
                pipe.set(key, decision.state.to_json(), ex=TICKET_STATE_TTL)
                if decision.note:
                    on_note(pipe, decision)
                pipe.execute()
                return decision
            except redis.WatchError:
                continue  # another worker changed this ticket first: decide again on its state
