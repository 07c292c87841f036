"""The correction loop end to end, through what the installers create (issue 14): the customer's angry message gets a
note; the agent says "not upset" the way their helpdesk lets them (Zendesk: applies the macro and submits; Freshdesk:
runs the scenario that adds the tag); the installed trigger or rule sends it to calmdesk; the episode is muted, the
override is counted against the verdict's cues, and three corrections on one kind of message in one account stop
notes of that kind there, not in another account. Real Redis, real worker processes, the stand-in helpdesks'
trigger and rule engines; nothing is posted to calmdesk that the helpdesk did not send."""

from __future__ import annotations

import json
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any, Callable

import pytest

from calmdesk.events import FEEDBACK_TAGS
from calmdesk.helpdesks.admin_api import AdminApi
from calmdesk.helpdesks.freshdesk.setup import install as install_freshdesk
from calmdesk.helpdesks.zendesk.setup import macro_spec
from calmdesk.sandbox.freshdesk import FreshdeskSandbox
from calmdesk.sandbox.freshdesk_admin import register_admin_routes
from calmdesk.sandbox.serving import ServerThread
from calmdesk.sandbox.zendesk import ZendeskSandbox
from calmdesk.settings import load_settings
from calmdesk.state import feedback
from tests.conftest import (FRESHDESK_API_KEY, FRESHDESK_WEBHOOK_TOKEN, ZENDESK_TOKEN, agent_applies_macro,
                            agent_runs_scenario, run_worker_burst)
from tests.system.test_feedback import CHURN, STILL_UPSET
from tests.system.test_freshdesk_rule_flow import deliver_all as deliver_freshdesk
from tests.system.test_zendesk_trigger_flow import PUBLIC, deliver_all as deliver_zendesk, install_into
from webhooks.app import create_app

# Worse than the churn threat (a new legal threat): without the correction it gets a second note ("got worse").
WORSE = STILL_UPSET + " This is fraud. I will take you to court and report you to the regulator."


@dataclass
class Helpdesk:
    """One account of one stand-in helpdesk with calmdesk installed, seen from the test: the customer writes, the
    helpdesk's deliveries are posted to calmdesk, the agent corrects a note."""

    sandbox: Any
    deliver: Callable[[], list[int]]  # post what the installed trigger/rule sent; the status of each answer
    correct: Callable[[int, str], None]  # the agent says "not upset" / "helpful" (a tag) on a ticket
    env: dict

    def customer_writes(self, ticket: int | None, text: str) -> int:
        """A reply on `ticket`, or a new ticket when None; its deliveries posted and the worker run."""
        if ticket is None:
            ticket = self.sandbox.create_ticket("Export broken", "Noor Haddad", text)
        else:
            self.sandbox.customer_says(ticket, text)
        assert self.deliver() == [202]
        run_worker_burst(self.env)
        return ticket

    def upset_ticket(self) -> int:
        return self.customer_writes(None, CHURN)

    def agent_corrects(self, ticket: int, tag: str = "calmdesk_not_upset") -> dict:
        """The correction, from the agent's action to calmdesk's worker; returns the body the helpdesk sent."""
        self.correct(ticket, tag)
        (delivery,) = self.sandbox.deliveries  # exactly one: the feedback trigger/rule, nothing else
        body = delivery["body"] if isinstance(delivery["body"], dict) else json.loads(delivery["body"])
        assert self.deliver() == [202]
        run_worker_burst(self.env)
        return body


def _zendesk(sandbox: ZendeskSandbox, account: str, secret: str, app: dict, env: dict) -> Helpdesk:
    install_into(sandbox, account=account)
    return Helpdesk(sandbox, lambda: [a.status_code for a in deliver_zendesk(app["client"], sandbox, secret)],
                    lambda ticket, tag: agent_applies_macro(sandbox, ticket,
                                                            macro_spec(FEEDBACK_TAGS[tag], account)["title"]), env)


def _freshdesk(stack: ExitStack, account: str, token: str, app: dict, env: dict) -> Helpdesk:
    sandbox = FreshdeskSandbox(api_key=FRESHDESK_API_KEY)
    register_admin_routes(sandbox.app, sandbox)
    sandbox.url = stack.enter_context(ServerThread(sandbox.app)).url
    api = AdminApi(sandbox.url, (FRESHDESK_API_KEY, "X"), echo=lambda line: None, helpdesk="Freshdesk")
    assert set(install_freshdesk(api, PUBLIC, account, token, "FRESHDESK_WEBHOOK_TOKEN").values()) == {"created"}
    return Helpdesk(sandbox, lambda: deliver_freshdesk(app["client"], sandbox),
                    lambda ticket, tag: agent_runs_scenario(sandbox, ticket, tag), env)


@pytest.fixture(params=["zendesk", "freshdesk"])
def accounts(request, env, zendesk, tmp_path):
    """calmdesk with two accounts of one helpdesk, each its own stand-in with calmdesk installed: (main, other)."""
    helpdesk, app = request.param, {}  # app["client"]: calmdesk's web side, built once the stand-ins' URLs are known
    with ExitStack() as stack:
        if helpdesk == "zendesk":
            second = ZendeskSandbox(api_token=ZENDESK_TOKEN)
            # The same ticket ids as the first account on purpose: each account's "noted" record is its own.
            second.url = stack.enter_context(ServerThread(second.app)).url
            main = _zendesk(zendesk, "default", env["ZENDESK_WEBHOOK_SECRET"], app, env)
            other = _zendesk(second, "second", "second-secret", app, env)
            credentials = {"ZENDESK_SECOND_EMAIL": env["ZENDESK_EMAIL"], "ZENDESK_SECOND_API_TOKEN": ZENDESK_TOKEN,
                           "ZENDESK_SECOND_WEBHOOK_SECRET": "second-secret"}
        else:
            main = _freshdesk(stack, "default", FRESHDESK_WEBHOOK_TOKEN, app, env)
            other = _freshdesk(stack, "second", "second-webhook-token", app, env)
            # the same ticket ids as the first account, as above
            credentials = {"FRESHDESK_URL": main.sandbox.url, "FRESHDESK_SECOND_API_KEY": FRESHDESK_API_KEY,
                           "FRESHDESK_SECOND_WEBHOOK_TOKEN": "second-webhook-token"}
        config = tmp_path / "calmdesk.yaml"
        config.write_text(f"accounts:\n  {helpdesk}:\n    default: {{url: {main.sandbox.url}}}\n"
                          f"    second: {{url: {other.sandbox.url}}}\n")
        both = {**env, **credentials, "CALMDESK_CONFIG": str(config)}
        app["client"] = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(both)}).test_client()
        main.env = other.env = both
        yield main, other


@pytest.mark.parametrize("corrected", [True, False])
def test_not_upset_through_the_helpdesk_mutes_the_episode_and_is_counted(accounts, redis, corrected):
    main, _ = accounts
    ticket = main.upset_ticket()
    assert len(main.sandbox.notes(ticket)) == 1
    assert main.sandbox.deliveries == []  # calmdesk's own note and tags fire nothing it would hear back
    if corrected:
        body = main.agent_corrects(ticket)
        assert body["ticket_id"] == str(ticket) and "calmdesk_not_upset" in body["tags"]
    main.customer_writes(ticket, WORSE)
    # Corrected: no further note on that episode. The control, uncorrected, gets its second note for the same words.
    assert len(main.sandbox.notes(ticket)) == (1 if corrected else 2)
    rates = {row["cue"]: row for row in feedback.override_rates(redis)}
    assert rates["churn_threat"]["not_upset"] == (1 if corrected else 0)
    if corrected:
        assert rates["churn_threat"]["override_rate"] > 0


@pytest.mark.parametrize("accounts", ["zendesk"], indirect=True)  # a Freshdesk rule cannot take a tag off
def test_zendesks_trigger_takes_the_tag_off_so_the_macro_can_be_applied_again(accounts, redis):
    main, _ = accounts
    ticket = main.upset_ticket()
    main.agent_corrects(ticket, "calmdesk_helpful")
    assert not {"calmdesk_helpful", "calmdesk_not_upset"} & set(main.sandbox.tickets[ticket]["tags"])
    main.sandbox.customer_says(ticket, "Thanks, that fixed it.")
    assert len(main.sandbox.deliveries) == 1  # the customer's reply only: the feedback trigger does not fire again
    main.sandbox.deliveries.clear()
    assert main.agent_corrects(ticket, "calmdesk_not_upset")["tags"] == "calmdesk_not_upset"  # and again later
    assert {r["cue"]: r for r in feedback.override_rates(redis)}["churn_threat"]["helpful"] == 1


def test_three_corrections_stop_that_kind_of_note_in_that_account_only(accounts, redis):
    main, other = accounts
    for _ in range(feedback.SUPPRESS_AT):
        main.agent_corrects(main.upset_ticket())
    quiet = main.customer_writes(None, CHURN)
    assert main.sandbox.notes(quiet) == []  # that kind of message, that account: no note
    elsewhere = other.upset_ticket()
    assert len(other.sandbox.notes(elsewhere)) == 1  # the other account still gets its note


@pytest.mark.parametrize("accounts", ["freshdesk"], indirect=True)  # the tag stays, so the rule fires again
def test_freshdesks_rule_fires_again_on_later_private_notes_and_counts_nothing_more(accounts, redis):
    main, _ = accounts
    ticket = main.upset_ticket()
    main.agent_corrects(ticket, "calmdesk_helpful")  # "helpful" does not mute: calmdesk may note this ticket again
    main.sandbox.agent_adds_note(ticket, "Called her back; a replacement ships tomorrow.")
    assert len(main.sandbox.deliveries) == 1  # an agent's private note on the tagged ticket fires the rule again
    assert main.deliver() == [202]
    main.customer_writes(ticket, WORSE)
    assert len(main.sandbox.notes(ticket)) == 2  # got worse: calmdesk's second note, a private note by an agent...
    assert len(main.sandbox.deliveries) == 1  # ...on the tagged ticket, fires the rule too
    assert main.deliver() == [202]
    run_worker_burst(main.env)
    churn = {r["cue"]: r for r in feedback.override_rates(redis)}["churn_threat"]
    assert (churn["helpful"], churn["not_upset"]) == (1, 0)  # the scenario's note alone was a correction


@pytest.mark.parametrize("accounts", ["freshdesk"], indirect=True)
def test_without_the_feedback_rule_a_not_upset_tag_still_stops_notes_and_is_counted(accounts, redis):
    main, _ = accounts
    # The rule is gone (deleted, or the plan refused it and nobody made it by hand): the scenario sends nothing.
    del main.sandbox.rules[next(i for i, r in main.sandbox.rules.items() if r["name"] == "calmdesk: agent feedback")]
    ticket = main.upset_ticket()
    main.correct(ticket, "calmdesk_not_upset")
    assert main.sandbox.deliveries == []
    main.customer_writes(ticket, WORSE)  # the customer's delivery carries the ticket's tags
    assert len(main.sandbox.notes(ticket)) == 1  # no second note while the tag is on the ticket
    assert {r["cue"]: r for r in feedback.override_rates(redis)}["churn_threat"]["not_upset"] == 1
