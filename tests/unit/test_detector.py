"""The negativity detector: cue vocabulary, evidence spans, the phenomena the issue names, and the helpdesk set's bounds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from worker.detector import CUES, EXTRA_EVIDENCE, LEVELS, SCORE_CUE, DetectionContext, Verdict, detect

HELPDESK_SET = Path(__file__).parents[1] / "data" / "helpdesk_messages.jsonl"


def helpdesk_items() -> list[dict]:
    return [json.loads(line) for line in HELPDESK_SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_cue_vocabulary_and_levels_are_fixed():
    # The dev corpus's cue set (../shared/data/README.md), then "shouting": evidence only, never a reported cue.
    assert CUES == ("abuse", "profanity", "legal_threat", "churn_threat", "cancel_request", "already_cancelled",
                    "repeat_contact", "escalation_request", "public_exposure", "urgency", "distress", "shouting")
    assert EXTRA_EVIDENCE == ("shouting",)
    assert LEVELS == ("calm", "negative", "very_negative")
    assert SCORE_CUE == "score"


@pytest.mark.parametrize("item", helpdesk_items(), ids=lambda item: item["id"])
def test_evidence_spans_point_into_the_original_text(item):
    verdict = detect(item["text"])
    assert -1.0 <= verdict.score <= 1.0 and verdict.level in LEVELS and verdict.negative == (verdict.level != "calm")
    for evidence in verdict.evidence:
        assert evidence.cue in CUES or evidence.cue == SCORE_CUE
        assert evidence.text and item["text"][evidence.start:evidence.end] == evidence.text
    assert set(verdict.cues) == {e.cue for e in verdict.evidence} - {SCORE_CUE, *EXTRA_EVIDENCE}
    assert not set(verdict.cues) & set(EXTRA_EVIDENCE)
    assert (SCORE_CUE in {e.cue for e in verdict.evidence}) == verdict.negative


def test_verdict_round_trips_through_a_dict():
    verdict = detect("This is the third time I'm asking. Where is my refund???")
    data = verdict.to_dict()
    assert set(data) == {"negative", "level", "score", "cues", "evidence"}
    assert all(set(e) == {"cue", "text", "start", "end"} for e in data["evidence"])
    assert Verdict.from_dict(json.loads(json.dumps(data))) == verdict


@pytest.mark.parametrize("text", [
    "Hello, I'm afraid I'm very disappointed. The replacement has the same fault and I've lost two weeks. Please help.",
    "Please could someone actually read my message? This is the fourth week my delivery has been late and nobody cares.",
])
def test_polite_complaint_is_negative(text):
    assert detect(text).negative


@pytest.mark.parametrize("text", ["Great, just great.", "Thanks for nothing.", "I just love waiting on hold for an hour."])
def test_sarcasm_is_negative(text):
    assert detect(text).negative


def test_negation_turns_praise_into_complaint():
    assert detect("I'm not happy at all with how this was handled.").negative
    assert not detect("I'm happy with how this was handled.").negative


def test_masked_profanity_counts_and_is_abuse_only_at_people():
    at_thing = detect("This f***ing website won't let me change my password.")
    assert at_thing.negative and "abuse" not in at_thing.cues
    assert detect("The sh!t app deleted my addresses.").negative
    at_people = detect("F*** you and your support.")
    assert "abuse" in at_people.cues and at_people.level == "very_negative"


def test_profanity_at_a_thing_is_not_abuse_but_insults_at_people_are():
    printer = detect("This damn printer jams on every page.")
    assert printer.negative and "abuse" not in printer.cues
    insult = detect("You idiots charged me twice.")
    assert "abuse" in insult.cues and insult.level == "very_negative"


def test_quoted_replies_and_signatures_do_not_count():
    quoted = "Thanks, that fixed it.\n\nOn Tue, 12 Mar 2024, 14:03 Alex <alex@example.com> wrote:\n> This is ridiculous!!!\n> You idiots."
    # Nothing in the quoted reply counts, and a calm thank-you continuing a thread is not a repeat contact.
    assert detect(quoted).level == "calm" and detect(quoted).cues == ()
    angle = "Works now, thank you!\n\n> I'm fed up, third time I'm writing, I'll cancel."
    assert detect(angle).level == "calm" and detect(angle).cues == ()
    signature = "Here is the order number: 44120.\n\n-- \nJamie Ortega | Office Manager\nWorst puns in the business"
    assert detect(signature).cues == () and not detect(signature).negative
    phone = "The invoice is attached.\n\nSent from my iPhone"
    assert detect(phone).level == "calm"


def test_upset_text_above_a_quote_still_counts():
    text = "Still nothing. Nobody has replied in a week.\n\nOn Fri, 8 Mar 2024, Acme <help@acme.io> wrote:\n> Have a lovely day!"
    verdict = detect(text)
    assert verdict.negative and "repeat_contact" in verdict.cues
    header = text.index("On Fri")
    # Nothing quoted is evidence; the reply header itself is (it shows the customer was answered before).
    assert all(e.end <= header or e.text.startswith("On Fri") for e in verdict.evidence)
    assert not any("lovely" in e.text for e in verdict.evidence)


def test_calm_report_stays_calm_and_upset_report_does_not():
    calm = "The export button returns a 500 error since this morning. Steps: open Reports, choose CSV, click Export."
    assert detect(calm).level == "calm"
    upset = "The export button returns a 500 error AGAIN. This is ridiculous, how hard is it to fix one button?"
    assert detect(upset).negative


def test_helpdesk_sentiment_nudges_but_never_flags_a_calm_message_alone():
    calm = "Hi, could you send me the invoice for January? Thanks."
    assert not detect(calm, DetectionContext(helpdesk_sentiment=-1.0)).negative
    borderline = "I have been waiting three days for a reply about my order."
    alone = detect(borderline).score
    assert detect(borderline, DetectionContext(helpdesk_sentiment=-1.0)).score < alone
    assert detect(borderline, DetectionContext(helpdesk_sentiment=1.0)).score > alone


def test_repeat_contact_weighs_more_on_a_long_ticket():
    # Chasers that are calm on a new ticket weigh more on its fifth message; some cross the line there (which ones
    # depends on the learned weights, so the test asks that one of these does). A first message that counts its own
    # emails ("This is my second email about ...") is not among them: the rounds' writers label such short chasers
    # upset, and the detector trained on them reads it so (bench/train_detector.py, session 19).
    chasers = ["Just following up on my ticket from last week about the missing invoice. Any news?",
               "I wrote to you last week about the missing invoice. Any news?",
               "Following up on my email from Monday about the missing invoice. Any update?"]
    crossed = 0
    for text in chasers:
        first = detect(text, DetectionContext(message_count=1))
        fifth = detect(text, DetectionContext(message_count=5))
        assert "repeat_contact" in first.cues and not first.negative
        assert fifth.score < first.score - 0.3
        crossed += fifth.negative
    assert crossed >= 1


def test_an_upset_episode_that_continues_scores_lower():
    text = "I'm still waiting and this is getting really annoying."
    assert detect(text, DetectionContext(previous_level="negative")).score < detect(text).score


def test_very_negative_means_abuse_legal_threat_or_intense_anger():
    assert detect("If this isn't refunded by Friday I will be speaking to my lawyer.").level == "very_negative"
    assert detect("This is the worst, most useless, disgraceful service I have ever had. Absolutely furious.").level == "very_negative"
    assert detect("I'm a bit disappointed the parcel is late.").level != "very_negative"


def test_empty_and_signature_only_messages_are_calm():
    assert detect("").level == "calm" and detect("   \n").evidence == ()
    assert detect("\n\nSent from my iPhone").level == "calm"


def _f1(predicted, actual):
    tp = sum(p and a for p, a in zip(predicted, actual))
    precision = tp / max(1, sum(predicted))
    recall = tp / max(1, sum(actual))
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def test_helpdesk_set_f1_is_at_least_0_92():
    items = helpdesk_items()
    assert len(items) >= 150
    assert _f1([detect(i["text"]).negative for i in items], [i["label"] == "negative" for i in items]) >= 0.92


def test_calm_reports_are_rarely_flagged():
    calm = [i for i in helpdesk_items() if i["label"] == "calm"]
    reports = [i for i in calm if i["kind"] == "calm_report"]
    assert len(reports) >= 40
    assert sum(detect(i["text"]).negative for i in reports) / len(reports) <= 0.05
    assert sum(detect(i["text"]).negative for i in calm) / len(calm) <= 0.05


# The project set labels the cues it was written for; the dev corpus (bench, docs/detector.md) measures the rest.
@pytest.mark.parametrize("cue", [c for c in CUES if c not in EXTRA_EVIDENCE
                                 and sum(c in i["cues"] for i in helpdesk_items()) >= 5])
def test_each_cue_is_found_in_at_least_90_percent_of_the_messages_that_carry_it(cue):
    expected = [i for i in helpdesk_items() if cue in i["cues"]]
    assert len(expected) >= 5
    found = sum(cue in detect(i["text"]).cues for i in expected)
    assert found / len(expected) >= 0.9, [i["id"] for i in expected if cue not in detect(i["text"]).cues]


def test_dataset_label_artifacts_are_undone_without_moving_offsets():
    from bench.airline_labels import undo_label_artifacts

    text = "my flight was Cancelled Flightled and reFlight Booking Problems is Late Flightr"
    undone = undo_label_artifacts(text)
    assert len(undone) == len(text) and undone.split() == ["my", "flight", "was", "cancelled", "and", "rebooking", "is", "later"]
    message = "@airline my flight was Cancelled Flightled and I've been on hold for 2 hours"
    verdict = detect(message)
    assert verdict.negative and all(message[e.start:e.end] == e.text for e in verdict.evidence)


@pytest.mark.parametrize("text", [
    "I took the morning off work for the engineer and nobody turned up.",
    "My flight was delayed 3 hours and I missed my connection.",
    "You cancelled my booking without telling me and now I have to pay for a hotel.",
    "Why is it so hard to get a refund? Still nothing after three weeks.",
])
def test_a_loss_caused_by_the_company_is_negative_even_without_angry_words(text):
    assert detect(text).negative


@pytest.mark.parametrize("text", [
    "Thank you!! The new plan works great.",
    "Kudos to the agent in Austin, she sorted it in five minutes.",
    "Hi, the export shows 0 rows for March although the dashboard has data. Version 4.2, Chrome. Could you check?",
])
def test_praise_and_calm_reports_stay_calm(text):
    verdict = detect(text)
    assert not verdict.negative and "shouting" not in verdict.cues


@pytest.mark.parametrize("text", [
    "Called three times today and the line hung up on me every time.",
    "94 min hold and counting.",
    "Been trying for weeks, no use.",
    "They have no idea where my bag is.",
    "Only 2 agents working the counter and 100 people in line.",
    "What is the reason for the delay?",
    "Second late flight this week.",
])
def test_a_complaint_stated_tersely_is_negative(text):
    assert detect(text).negative


@pytest.mark.parametrize("text", [
    "Hi, since the update the dashboard shows no data for the last 24 hours. Let me know if you need our account ID.",
    "I want to know if there will be screens in the seats.",
    "Could you check why the sync disconnected overnight? Version 3.1, Windows. Thanks in advance.",
])
def test_a_terse_question_or_calm_report_stays_calm(text):
    assert not detect(text).negative


def test_a_dotted_capital_i_does_not_break_offsets():
    """'İ'.lower() is two characters; a message naming İstanbul once made detect() raise IndexError."""
    text = "Our İstanbul office has called you AGAIN. This is unacceptable, İ want a manager!!!"
    verdict = detect(text)
    assert verdict.negative
    for evidence in verdict.evidence:
        assert text[evidence.start:evidence.end] == evidence.text
    assert not detect("My flight to İstanbul was great").negative


from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

_WORDS = st.sampled_from(["I", "waited", "AGAIN", "!!!", "unacceptable", "İstanbul", "never", "not", "happy",
                          "lawyer", "cancel", "f***", "thanks", "> quoted", "\n-- \n", "ſ", "K", "ß", "😡", "#fail"])


@settings(max_examples=300, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.lists(_WORDS, max_size=40).map(" ".join)))
def test_detect_never_raises_and_evidence_always_points_into_the_text(text):
    verdict = detect(text)
    assert verdict.level in ("calm", "negative", "very_negative") and -1.0 <= verdict.score <= 1.0
    for evidence in verdict.evidence:
        assert text[evidence.start:evidence.end] == evidence.text
