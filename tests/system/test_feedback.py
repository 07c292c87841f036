"""Learning from corrections: an agent's "calmdesk: not upset" mutes the episode, is counted against the verdict
that caused the note (override rate per cue), and repeated corrections on one kind of message stop notes of that
kind for that account only. The deliveries are the feedback trigger's body (calmdesk/helpdesks/zendesk/setup.py)."""

import json

from calmdesk.state import feedback
from calmdesk.settings import load_settings
from tests.conftest import post_zendesk, run_worker_burst, signed_zendesk_headers
from webhooks.app import create_app

CHURN = ("Honestly I'm fed up with how long this is taking. If the export isn't fixed this week we will be "
         "moving to another provider. Please sort it out.")
STILL_UPSET = "Still nothing. I'm really fed up now and we're looking at other providers."


def feedback_body(ticket: int, tag: str) -> dict:
    return {"calmdesk": "zendesk-feedback/1", "ticket_id": str(ticket), "tags": f"calmdesk_flagged {tag} vip"}


def upset_ticket(client, zendesk, text=CHURN, name="Noor Haddad") -> int:
    ticket = zendesk.create_ticket("Export broken", name, "Hello")
    comment = zendesk.customer_says(ticket, text)
    assert post_zendesk(client, zendesk.comment_added_event(ticket, comment)).status_code == 202
    return ticket


def test_not_upset_mutes_the_episode_and_is_counted_against_its_cues(client, zendesk, env, redis):
    ticket = upset_ticket(client, zendesk)
    run_worker_burst(env)
    assert len(zendesk.notes(ticket)) == 1
    response = post_zendesk(client, feedback_body(ticket, "calmdesk_not_upset"))
    assert response.status_code == 202 and response.get_json()["status"] == "queued"
    run_worker_burst(env)
    comment = zendesk.customer_says(ticket, STILL_UPSET + " This is the second time I write today.")
    post_zendesk(client, zendesk.comment_added_event(ticket, comment))
    run_worker_burst(env)
    assert len(zendesk.notes(ticket)) == 1  # no further note on that episode
    rates = {row["cue"]: row for row in feedback.override_rates(redis)}
    assert rates["churn_threat"]["not_upset"] == 1 and rates["churn_threat"]["override_rate"] == 1.0


def test_feedback_without_a_note_or_twice_on_one_note_counts_once(client, zendesk, env, redis):
    ticket = zendesk.create_ticket("Question", "Ana Ruiz", "Hi, how do I export my invoices? Thanks")
    post_zendesk(client, feedback_body(ticket, "calmdesk_not_upset"))
    run_worker_burst(env)
    assert feedback.override_rates(redis) == []
    noted = upset_ticket(client, zendesk)
    run_worker_burst(env)
    for _ in range(2):
        post_zendesk(client, {**feedback_body(noted, "calmdesk_not_upset"), "nonce": _})
        run_worker_burst(env)
    assert {row["cue"]: row["not_upset"] for row in feedback.override_rates(redis)}["churn_threat"] == 1


def test_repeated_corrections_raise_the_bar_for_that_kind_in_that_account_only(client, zendesk, env, redis, tmp_path):
    for _ in range(feedback.SUPPRESS_AT):
        ticket = upset_ticket(client, zendesk)
        run_worker_burst(env)
        assert len(zendesk.notes(ticket)) == 1
        post_zendesk(client, feedback_body(ticket, "calmdesk_not_upset"))
        run_worker_burst(env)
    quiet = upset_ticket(client, zendesk)
    run_worker_burst(env)
    assert zendesk.notes(quiet) == []  # that kind of message, that account: no note
    severe = upset_ticket(client, zendesk, "This is fraud. I will take you to court and report you to the regulator.")
    run_worker_burst(env)
    assert len(zendesk.notes(severe)) == 1  # a legal threat is never suppressed
    # The same kind of message in a second account (same stand-in, its own secret) still gets its note.
    config = tmp_path / "calmdesk.yaml"
    config.write_text(f"accounts:\n  zendesk:\n    default: {{url: {zendesk.url}}}\n    second: {{url: {zendesk.url}}}\n")
    two = {**env, "CALMDESK_CONFIG": str(config), "ZENDESK_SECOND_EMAIL": env["ZENDESK_EMAIL"],
           "ZENDESK_SECOND_API_TOKEN": env["ZENDESK_API_TOKEN"], "ZENDESK_SECOND_WEBHOOK_SECRET": "second-secret"}
    second = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(two)}).test_client()
    ticket = zendesk.create_ticket("Export broken", "Noor Haddad", "Hello")
    raw = json.dumps(zendesk.comment_added_event(ticket, zendesk.customer_says(ticket, CHURN))).encode()
    assert second.post("/webhooks/zendesk/second", data=raw,
                       headers=signed_zendesk_headers(raw, "second-secret")).status_code == 202
    run_worker_burst(two)
    assert len(zendesk.notes(ticket)) == 1


def test_helpful_lowers_the_count_again(redis):
    for _ in range(feedback.SUPPRESS_AT):
        feedback.record_feedback(redis, "zendesk", "default", "not_upset", "negative", ("churn_threat",))
    assert feedback.suppressed(redis, "zendesk", "default", "negative", ("churn_threat",))
    assert not feedback.suppressed(redis, "zendesk", "other", "negative", ("churn_threat",))
    assert not feedback.suppressed(redis, "zendesk", "default", "very_negative", ("churn_threat",))
    feedback.record_feedback(redis, "zendesk", "default", "helpful", "negative", ("churn_threat",))
    assert not feedback.suppressed(redis, "zendesk", "default", "negative", ("churn_threat",))


def test_the_dashboard_shows_the_override_rate_per_cue(client, zendesk, env, redis):
    from tests.integration.test_admin import ADMIN_TOKEN, sign_in

    ticket = upset_ticket(client, zendesk)
    run_worker_burst(env)
    post_zendesk(client, feedback_body(ticket, "calmdesk_not_upset"))
    run_worker_burst(env)
    admin = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(
        {**env, "CALMDESK_ADMIN_TOKEN": ADMIN_TOKEN})}).test_client()
    assert sign_in(admin).status_code == 302
    page = admin.get("/admin/").text
    table = page.split('id="feedback"', 1)[1].split("</table>", 1)[0]
    row = next(r for r in table.split("<tr>") if "100 %" in r)
    assert "<td>1</td>" in row  # one note, one "not upset": overridden 100 %
