"""Hostile input at both webhook endpoints: never a 5xx, never a job from an unauthenticated request, and
customer-controlled text is inert in the note the helpdesk receives.

Hypothesis runs derandomized with a bounded number of examples, so CI sees the same inputs every run.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import post_zendesk, queued_jobs, run_worker_burst, signed_zendesk_headers
from tests.figures import record
from tests.worker_processes import note_puts

EXAMPLES = 150
BOUNDED = settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
                   suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                          HealthCheck.data_too_large])
ENDPOINTS = ("/webhooks/zendesk", "/webhooks/freshdesk")
HEADER_TEXT = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f"), max_size=60)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)
ZENDESK_KEYS = ["type", "id", "subject", "detail", "event", "comment", "author", "is_public", "is_staff", "body",
                "name", "ticket_id", "calmdesk", "tags", "sentiment", "requester_id", "requester_name", "status",
                "time", "description", "locale"]
zendesk_shaped = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
    | st.sampled_from(["zen:event-type:ticket.comment_added", "zen:event-type:ticket.created", "zen:ticket:12",
                       "12", "sentiment__very_negative", "١٢", "-1", ""]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.sampled_from(ZENDESK_KEYS), children,
                                                                       max_size=6),
    max_leaves=25,
)
content_types = st.sampled_from(["application/json", "application/json; charset=utf-8", "application/json; charset=latin-1",
                                 "text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "",
                                 "application/JSON", "application/json-patch+json"])


class Tally:
    """Counts requests and 5xx answers per test, so the figures come from the same runs as the asserts."""

    def __init__(self, name: str):
        self.name, self.requests, self.server_errors, self.not_configured = name, 0, 0, 0

    def check(self, response) -> None:
        self.requests += 1
        if response.status_code >= 500:
            body = response.get_json(silent=True) or {}
            # The only 5xx calmdesk defines at ingress: 503 for a helpdesk whose webhook cannot be trusted yet
            # (no secret configured; today the whole Freshdesk placeholder). Anything else is a failure.
            if response.status_code == 503 and body.get("error") == "unavailable" and "Retry-After" in response.headers:
                self.not_configured += 1
                return
            self.server_errors += 1
        assert response.status_code < 500 or response.status_code == 503, (response.status_code, response.data[:300])
        assert response.is_json, response.data[:200]
        body = response.get_json()
        assert isinstance(body, dict)
        if response.status_code >= 400:
            assert set(body) == {"error", "detail"}, body

    def save(self) -> None:
        record("hostile", test=self.name, requests=self.requests, server_errors=self.server_errors,
               not_configured_503=self.not_configured)
        assert self.server_errors == 0


@pytest.fixture
def tally(request):
    counter = Tally(request.node.name)
    yield counter
    counter.save()


def _queued_ticket_ids(redis) -> list[str]:
    from rq import Queue
    from rq.serializers import JSONSerializer

    queue = Queue("calmdesk", connection=redis, serializer=JSONSerializer)
    return [job.args[0]["ticket_id"] for job in queue.get_jobs()]


@BOUNDED
@given(endpoint=st.sampled_from(ENDPOINTS), body=st.binary(max_size=2000), content_type=content_types,
       headers=st.dictionaries(st.sampled_from(["X-Zendesk-Webhook-Signature", "X-Zendesk-Webhook-Signature-Timestamp",
                                                "X-Zendesk-Webhook-Invocation-Id", "Authorization", "X-Calmdesk-Token",
                                                "Content-Encoding", "Transfer-Encoding-X", "Cookie"]),
                               HEADER_TEXT, max_size=4))
def test_arbitrary_bytes_and_headers_never_5xx_and_queue_nothing(client, redis, tally, endpoint, body, content_type,
                                                                  headers):
    response = client.post(endpoint, data=body, headers={**headers, "Content-Type": content_type})
    tally.check(response)
    assert queued_jobs(redis) == 0


@BOUNDED
@given(endpoint=st.sampled_from(ENDPOINTS), payload=json_values,
       timestamp=st.one_of(HEADER_TEXT, st.sampled_from(["2021-03-25T05:09:27Z", "0001-01-01T00:00:00+01:00",
                                                          "9999-12-31T23:59:59-23:59", "2021-03-25", "nan", "1e999"])),
       signature=st.one_of(HEADER_TEXT, st.just("")))
def test_arbitrary_json_with_forged_signatures_never_5xx_and_queue_nothing(client, redis, tally, endpoint, payload,
                                                                           timestamp, signature):
    body = json.dumps(payload).encode()
    response = client.post(endpoint, data=body, headers={
        "Content-Type": "application/json", "X-Zendesk-Webhook-Signature": signature,
        "X-Zendesk-Webhook-Signature-Timestamp": timestamp})
    tally.check(response)
    assert response.status_code in (401, 503)
    assert queued_jobs(redis) == 0


@BOUNDED
@given(payload=zendesk_shaped)
def test_signed_garbage_zendesk_payloads_never_5xx(client, redis, tally, payload):
    """A valid signature over arbitrary (Zendesk-shaped) JSON: 202, 200 or 400, never a 5xx; every queued job
    names a plain ASCII ticket number."""
    response = post_zendesk(client, payload)
    tally.check(response)
    assert response.status_code in (200, 202, 400), response.get_json()
    assert all(re.fullmatch(r"[0-9]+", ticket_id) for ticket_id in _queued_ticket_ids(redis))


@BOUNDED
@given(text=st.text(max_size=300), name=st.text(max_size=40), subject=st.text(max_size=80),
       tags=st.lists(st.text(max_size=20), max_size=5))
def test_signed_comment_events_with_arbitrary_text_never_5xx(client, redis, tally, text, name, subject, tags):
    payload = {"type": "zen:event-type:ticket.comment_added", "id": f"ev-{hash((text, name, subject))}",
               "subject": "zen:ticket:42", "detail": {"id": "42", "subject": subject, "tags": tags},
               "event": {"comment": {"id": "1", "body": text, "is_public": True,
                                     "author": {"id": "7", "is_staff": False, "name": name}}}}
    response = post_zendesk(client, payload)
    tally.check(response)
    assert response.status_code in (200, 202)


def test_oversized_deep_and_malformed_bodies(client, redis, tally):
    near_limit = json.dumps({"calmdesk": "zendesk-trigger/1", "ticket_id": "42",
                             "subject": "x" * (1024 * 1024 - 200)}).encode()
    over_limit = json.dumps({"ticket_id": "42", "subject": "x" * (1024 * 1024)}).encode()
    cases = {
        "1 MiB string just under the limit": (near_limit, {202}),
        "1 MiB string over the limit": (over_limit, {413}),
        "nested 100k deep arrays": (b"[" * 100_000 + b"]" * 100_000, {400}),
        "nested 50k deep objects": (b'{"a":' * 50_000 + b"1" + b"}" * 50_000, {400}),
        "invalid UTF-8": (b'{"ticket_id": "42", "subject": "\xff\xfe"}', {400}),
        "UTF-16 JSON": ('{"ticket_id": "42"}'.encode("utf-16"), {400}),
        "raw NUL bytes": (b'{"ticket_id": "42"\x00}', {400}),
        "escaped NUL in text": (b'{"calmdesk": "z", "ticket_id": "43", "subject": "a\\u0000b"}', {202}),
        "lone surrogate escape": (b'{"calmdesk": "z", "ticket_id": "44", "subject": "\\ud800"}', {202, 400}),
        "empty body": (b"", {400}),
        "JSON null": (b"null", {400}),
        "NaN and Infinity": (b'{"calmdesk": "z", "ticket_id": "45", "sentiment": NaN, "x": -Infinity}', {202, 400}),
        "huge integer": (b'{"ticket_id": ' + b"9" * 5000 + b"}", {400}),
        "ticket id in Arabic-Indic digits": ('{"ticket_id": "١٢"}'.encode(), {400}),
        "ticket id as superscript": ('{"ticket_id": "²"}'.encode(), {400}),
        "tags as a number": (b'{"ticket_id": "46", "tags": 5}', {202, 400}),
        "tags as true": (b'{"ticket_id": "47", "tags": true}', {202, 400}),
    }
    for name, (body, expected) in cases.items():
        response = client.post("/webhooks/zendesk", data=body, headers=signed_zendesk_headers(body))
        tally.check(response)
        assert response.status_code in expected, (name, response.status_code, response.get_json())
    assert all(re.fullmatch(r"[0-9]+", ticket_id) for ticket_id in _queued_ticket_ids(redis))


def test_unknown_webhook_and_wrong_methods_are_4xx(client, tally):
    for method, path in [("post", "/webhooks/intercom"), ("get", "/webhooks/zendesk"), ("put", "/webhooks/zendesk"),
                         ("post", "/healthz"), ("delete", "/readyz"), ("post", "/webhooks/"), ("get", "/nope")]:
        response = getattr(client, method)(path, data=b"{}", headers={"Content-Type": "application/json"})
        tally.check(response)
        assert 400 <= response.status_code < 500, (method, path, response.status_code)


HOSTILE_TEXT = [
    '<script>alert("x")</script>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">click</a>',
    "[click me](javascript:alert(1)) **bold** # heading",
    "{{ticket.requester.email}} {% if true %}x{% endif %} {{ 7*7 }}",
    "{{ config }} {{ ''.__class__.__mro__ }}",
    "</p></div><iframe src=//evil.example>",
    "&lt;script&gt; &amp; \u202e reversed \u0000 nul",
]
FORBIDDEN_TAGS = {"script", "img", "iframe", "style", "object", "embed", "svg", "form", "input", "link", "meta"}


class LiveMarkup(HTMLParser):
    """Collects what in an HTML body would be live: dangerous elements, event handlers, javascript: URLs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.live: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in FORBIDDEN_TAGS:
            self.live.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith(("javascript:", "data:")):
                self.live.append(f"{tag} {name}={value}")


def live_parts(html: str) -> list[str]:
    parser = LiveMarkup()
    parser.feed(html)
    parser.close()
    # Template syntax must not survive even as text: calmdesk neutralises braces to entities. (A NUL in the
    # customer's text does reach html_body as a character: not markup, so reported in docs, not failed here.)
    return parser.live + [m for m in ("{{", "{%") if m in html]


def test_hostile_text_names_and_subjects_are_inert_in_the_note(client, zendesk, env, redis):
    """Customer text, names and subjects carrying HTML, script, markdown and template syntax reach the note as text."""
    tickets = []
    for hostile in HOSTILE_TEXT:
        ticket = zendesk.create_ticket(f"Refund {hostile}", f"{hostile} Whitfield", "Where is order #48213?")
        zendesk.users[zendesk.tickets[ticket]["requester_id"]]["name"] = f"{hostile} Whitfield"
        comment = zendesk.customer_says(ticket, f"This is unacceptable, third time I write! {hostile} "
                                                "I want a refund and a manager today, this is ridiculous.")
        event = zendesk.comment_added_event(ticket, comment)
        assert post_zendesk(client, event).status_code == 202
        tickets.append(ticket)
    run_worker_burst(env)
    for hostile, ticket in zip(HOSTILE_TEXT, tickets):
        [put] = note_puts(zendesk, ticket)
        html = put.json["ticket"]["comment"]["html_body"]
        assert live_parts(html) == [], (hostile, live_parts(html), html[:2000])
        # The customer's words did reach the note, as text (which sentence is quoted is the detector's choice).
        assert any(words in html for words in ("unacceptable", "third time", "ridiculous", "manager today"))
