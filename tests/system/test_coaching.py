"""Agent coaching end to end: a public agent reply on a flagged ticket is linted, and a reply that says
something that lands badly gets one private tip quoting it."""

from calmdesk.settings import load_settings
from tests.conftest import post_zendesk, queued_jobs, run_worker_burst
from webhooks.app import create_app

UPSET = ("This is the third time I'm writing about order #48213. It is still not here, nobody answers, "
         "and frankly this is unacceptable. I want a manager to call me today.")
BAD_REPLY = ("Hi Dana, please calm down. As per our policy you should have waited 10 working days. "
             "We apologize for any inconvenience.")
GOOD_REPLY = ("Hi Dana, I'm sorry your order is so late. I've opened a trace with the courier, and I'll write to "
              "you by 3pm tomorrow with what they found.")


def flagged_ticket(client, zendesk, env):
    ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    comment = zendesk.customer_says(ticket, UPSET)
    assert post_zendesk(client, zendesk.comment_added_event(ticket, comment)).status_code == 202
    run_worker_burst(env)
    assert len(zendesk.notes(ticket)) == 1
    return ticket


def agent_reply(zendesk, ticket, text):
    agent = zendesk.add_user("Sam Agent", "sam@example.com", role="agent")
    return zendesk.comment_added_event(ticket, zendesk.add_comment(ticket, agent, text))


def coaching_notes(zendesk, ticket):
    return [n for n in zendesk.notes(ticket) if "calmdesk coaching" in n["html_body"]]


def test_a_reply_that_lands_badly_gets_one_private_tip(client, zendesk, env, redis):
    ticket = flagged_ticket(client, zendesk, env)
    event = agent_reply(zendesk, ticket, BAD_REPLY)
    assert post_zendesk(client, event).status_code == 202
    assert post_zendesk(client, event).get_json()["status"] == "duplicate"  # at most one per reply
    run_worker_burst(env)
    [tip] = coaching_notes(zendesk, ticket)
    assert "calm down" in tip["html_body"] and "As per our policy" in tip["html_body"]
    assert "you should have" in tip["html_body"]
    assert tip["public"] is False
    assert zendesk.outbox == [] or all("coaching" not in m["body"] for m in zendesk.outbox)


def test_a_good_reply_gets_no_tip(client, zendesk, env, redis):
    ticket = flagged_ticket(client, zendesk, env)
    assert post_zendesk(client, agent_reply(zendesk, ticket, GOOD_REPLY)).status_code == 202
    run_worker_burst(env)
    assert coaching_notes(zendesk, ticket) == []


def test_replies_on_tickets_calmdesk_did_not_flag_are_not_coached(client, zendesk, redis):
    ticket = zendesk.create_ticket("Question", "Priya Natarajan", "How do I export a report?")
    response = post_zendesk(client, agent_reply(zendesk, ticket, BAD_REPLY))
    assert response.status_code == 202 and response.get_json()["status"] == "ignored"
    assert queued_jobs(redis) == 0


def test_coaching_can_be_switched_off(client, zendesk, env, redis, tmp_path):
    ticket = flagged_ticket(client, zendesk, env)
    config = tmp_path / "calmdesk.yaml"
    config.write_text("rules:\n  coaching: false\n")
    off = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings({**env, "CALMDESK_CONFIG": str(config)})})
    response = post_zendesk(off.test_client(), agent_reply(zendesk, ticket, BAD_REPLY))
    assert response.get_json()["status"] == "ignored"
    assert queued_jobs(redis) == 0
