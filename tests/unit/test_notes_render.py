"""The note and the reply draft: a brief first, lines for this case, a draft that says only what is true or what the
customer wrote, facts from their own new text, the situation's follow-up time, their language and register.

Every message here is written for these tests (none comes from the dev corpus)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from html import unescape
from html.parser import HTMLParser

import pytest

from worker.detector import SCORE_CUE, Evidence, Verdict, detect
from worker.writing.facts import extract_facts
from calmdesk.languages import SUPPORTED
from worker.writing.notes import MARKER_PREFIX, NoteContext, inert, render_note
from worker.writing.playbooks import MODIFIERS, TOPICS
from worker.writing.preview import preview
from worker.writing.promise import followup_after, promise_phrase
from worker.writing.template_check import check_templates
from worker.writing.template_samples import SAMPLE_MESSAGES, SAMPLE_MESSAGES_IN, every_sample, sample_context

ALLOWED_TAGS = {"p", "strong", "em", "ul", "ol", "li", "blockquote", "br", "small"}
DECIDED = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)


def verdict(text: str = "", *cues: str, level: str = "negative") -> Verdict:
    evidence = (Evidence(SCORE_CUE, text, 0, len(text)),) if text else ()
    return Verdict(True, level, -0.7, tuple(cues), evidence)


def render(text: str, *cues: str, name: str = "Sam Carter", locale: str = "", subject: str = "", hours: float = 24,
           zone: str = "", evidence: tuple = ()):
    v = verdict(text, *cues)
    if evidence:
        v = Verdict(True, v.level, v.score, v.cues, v.evidence + evidence)
    return render_note(NoteContext(
        helpdesk="zendesk", ticket_id="77", verdict=v, escalation=1, customer_name=name, subject=subject,
        message_text=text, customer_locale=locale, team_language="en", followup_at=DECIDED + timedelta(hours=hours),
        decided_at=DECIDED, followup_text="due Tue 24 Nov, 11:00 UTC", timezone=zone))


def plain(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


# --- structure -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", SUPPORTED)
@pytest.mark.parametrize("topic", TOPICS)
def test_every_topic_in_every_language_renders_brief_lines_draft_evidence_avoid(topic, language):
    rendered = render_note(sample_context(topic, language))
    html = rendered.html
    assert rendered.language == language and rendered.note_language == language
    assert html.startswith("<p><strong>") and rendered.brief and rendered.brief in plain(html.split("</p>")[0])
    assert rendered.words_before_draft <= 100
    assert html.index("<blockquote>") < html.index("</blockquote>")
    assert str(inert(SAMPLE_MESSAGES_IN.get(language, SAMPLE_MESSAGES)[topic]))[:12] in html  # their words, escaped
    assert MARKER_PREFIX in html and "[" in rendered.reply_text
    collector = TagCollector()
    collector.feed(html)
    assert set(collector.tags) <= ALLOWED_TAGS


def test_the_brief_names_who_contact_ref_grievance_deadline_and_risks():
    text = ("This is the third time I'm writing about order A-448213. The mirror arrived in about six pieces. "
            "I need a replacement before Friday or I'm disputing it with my bank.")
    rendered = render(text, *detect(text).cues, name="Whitfield, Karen")  # the detector's cues, as the worker passes them
    assert rendered.brief.startswith("Karen · 3rd contact · ")
    assert "A-448213" in rendered.brief and "mirror arrived in about six pieces" in rendered.brief
    assert "before Friday" in rendered.brief and "legal threat" in rendered.brief
    assert rendered.words_before_draft <= 100


def test_generic_steps_stay_out_of_the_note():
    rendered = render("Nobody has replied to my three emails. This is a disgrace.", "repeat_contact")
    note = plain(rendered.html)
    assert "Let them vent" not in note and "Apologise once" not in note
    assert "docs/playbooks.md" in note


def test_two_to_four_case_lines():
    for text, cues in [("Where is my parcel? It is two weeks late.", ()),
                       ("Third time! I'll sue you, get me a manager, I need it by 5 pm today, cancel my account.",
                        ("repeat_contact", "legal_threat", "escalation_request", "urgency"))]:
        rendered = render(text, *cues)
        lines = rendered.html.split("</p>", 1)[1].split("<p>", 1)[0].count("<li>")
        assert 2 <= lines <= 4


def test_a_long_case_still_keeps_the_head_under_100_words():
    text = ("I have written four times about booking ZK-55120-A and invoice INV-2026-0042, the charge of €1,249.99 on "
            "12 March, and the second charge of €1,249.99 on 14 March for the same stay. Nobody has explained why. " * 3
            + "I want a manager, a written explanation and the refund by Friday at 5 pm or I go to my lawyer and the press.")
    rendered = render(text, "repeat_contact", "legal_threat", "escalation_request", "urgency", "abuse", "shouting")
    assert rendered.words_before_draft <= 100


# --- facts from the customer's own new text --------------------------------------------------------------------------

QUOTED = """Your second replacement is broken as well. It cracked on the first day.
I want my money back.

Thanks,
Nora Blake
Tel 0161 555 0199

On Mon, 3 Jun 2026 at 10:12, Support <help@example.com> wrote:
> Hi Nora, we have refunded order #20391 on June 3 and the charge of $310.00 will show in 5 days.
> Ticket 88120
"""


def test_facts_ignore_quoted_history_and_signature():
    facts = extract_facts(QUOTED)
    values = [f.text for f in facts.all()]
    assert not any(v in ("#20391", "June 3", "$310.00", "88120") or "0161" in v for v in values)
    assert facts.what_happened and "broken" in facts.what_happened.text
    reply = render(QUOTED).reply_text
    for leaked in ("20391", "June 3", "310", "88120", "0161"):
        assert leaked not in reply


def test_refs_and_amounts_are_kept_whole():
    facts = extract_facts("Invoice 7781-22 shows £99.50 extra and order #55012 was 1.299,00 € in total.")
    assert {f.text for f in facts.refs} >= {"7781-22", "#55012"}
    assert {f.text for f in facts.amounts} == {"£99.50", "1.299,00 €"}
    assert all(QUOTED and f.start < f.end for f in facts.all())


def test_facts_carry_offsets_into_the_text():
    text = "Hi. You charged me £45.10 on 2 May for order B-77120."
    for fact in extract_facts(text).all():
        assert text[fact.start:fact.end] == fact.text


def test_a_date_is_labelled_by_what_it_is():
    facts = extract_facts("I cancelled on 2 January. You then charged me £15 on 3 February.")
    labels = {f.text: f.label for f in facts.dates}
    assert labels["2 January"] == "cancel" and labels["3 February"] == "charge"
    reply = render("I cancelled on 2 January. You then charged me £15 on 3 February.").reply_text
    assert "charge on 2 January" not in reply and "from 2 January" not in reply


@pytest.mark.parametrize("text, deadline", [
    ("Payroll is stuck and it has to go out by 3 pm today.", "by 3 pm today"),
    ("I need the replacement before Friday, it's a gift.", "before Friday"),
    ("My passport still hasn't come back and I fly tomorrow.", "I fly tomorrow"),
])
def test_deadlines_are_read_from_the_text(text, deadline):
    assert extract_facts(text).deadline.text == deadline


@pytest.mark.parametrize("text, count", [
    # counts by two channels add up: the labelled lines we may read do ("I've emailed three times and phoned once": 4)
    ("I have called three times and emailed twice.", 5),
    ("This is the fourth time I'm writing about this.", 3),
    ("Es la tercera vez que escribo.", 2),
    ("Where is my order?", 0),
])
def test_earlier_contacts_are_counted(text, count):
    assert extract_facts(text).contacts_before == count


def test_the_grievance_is_the_problem_not_the_emotion():
    facts = extract_facts("Unacceptable. The sofa you delivered has a torn seat and a broken leg. Wow, great service.")
    assert "torn seat" in facts.what_happened.text


# --- drafts say only what is true or what they wrote ------------------------------------------------------------------

def test_a_damaged_item_is_not_told_it_has_not_arrived_and_no_money_talk():
    reply = render("The lamp arrived smashed, the glass shade is in pieces.").reply_text
    assert "hasn't reached you" not in reply and "still hasn't" not in reply
    assert "money" not in reply.lower() and "charge" not in reply.lower()


def test_no_money_sentence_for_a_hotel_complaint():
    reply = render("The room was filthy and the staff were rude to my children.").reply_text
    assert "money" not in reply.lower() and "charge" not in reply.lower()


def test_bereavement_gets_condolences_first():
    text = "My husband died last month. The flowers for his funeral arrived dead and brown. I am heartbroken."
    reply = render(text, "distress").reply_text
    first_paragraph = reply.split("\n\n")[1]
    assert "sorry for your loss" in first_paragraph


def test_fraud_gets_safety_first_and_a_call_back_today_and_no_boundary():
    text = ("Someone has taken £1,900 from my account, I didn't authorise any of it. I'm so scared. "
            "You idiots let it happen. Please call me back.")
    rendered = render(text, "distress", "abuse")
    reply = rendered.reply_text
    assert rendered.topic == "fraud_or_security"
    assert reply.split("\n\n")[1].startswith("Your safety comes first") and "call you back today" in reply
    assert "£1,900" in reply
    assert "respectful" not in reply and "insults" not in reply


def test_swearing_about_the_situation_gets_no_warning():
    rendered = render("This is a shit situation, my internet has been down for three bloody days.")
    assert "respectful" not in rendered.reply_text
    assert "no warning" in plain(rendered.html)


def test_one_insult_is_let_go():
    rendered = render("You useless idiots lost my parcel.", "abuse",
                      evidence=(Evidence("abuse", "useless idiots", 4, 18),))
    assert "respectful" not in rendered.reply_text
    assert "let it go" in plain(rendered.html)


def test_direct_repeated_abuse_gets_the_boundary_paragraph():
    text = "You are incompetent idiots. You people are a joke. Useless lot. Where is my refund?"
    rendered = render(text, "abuse")
    assert "respectful" in rendered.reply_text and "tell your lead" in plain(rendered.html)


def test_a_cancel_request_is_confirmed_without_a_retention_pitch():
    text = "Cancel my membership. I've asked twice already and I don't want a retention offer."
    reply = render(text, "repeat_contact").reply_text
    assert "as you asked" in reply and "chance to put this right" not in reply


def test_a_threat_to_leave_asks_for_the_chance_to_fix_it():
    text = "The app has crashed every day this week. Fix it or I'm switching to a competitor."
    reply = render(text, "churn_threat").reply_text
    assert "chance to put this right" in reply and "as you asked" not in reply


def test_already_cancelled_means_stop_the_charges_and_refund():
    text = "I cancelled in August and you have charged me £19.99 again this month. Refund it."
    rendered = render(text, "already_cancelled")
    assert rendered.topic == "charged_after_cancel"
    assert "stopped any further charges" in rendered.reply_text and "£19.99" in rendered.reply_text


def test_the_draft_invents_no_number_the_customer_did_not_write():
    text = "My delivery is late and nobody tells me anything. I am fed up."
    reply = render(text, hours=3).reply_text
    digits = set(re.findall(r"\d+", reply))
    assert digits <= {"3"}  # only the follow-up promise: "within 3 hours"


def test_legal_threat_keeps_the_draft_factual_and_brings_in_a_lead():
    rendered = render("If this is not fixed I will take you to court.", "legal_threat")
    assert "[lead's name]" in rendered.reply_text and "fault" not in rendered.reply_text.lower()
    assert "stay factual" in plain(rendered.html)


@pytest.mark.parametrize("cue", MODIFIERS + ("some_future_cue",))
def test_every_cue_renders_and_an_unknown_one_does_not_crash(cue):
    rendered = render("This is not good enough. Where is my order?", cue)
    assert rendered.reply_text and rendered.words_before_draft <= 100
    if cue == "some_future_cue":
        assert "some_future_cue" not in rendered.playbook


# --- the follow-up ----------------------------------------------------------------------------------------------------

def test_follow_up_wait_comes_from_the_situation():
    day = 24 * 3600
    assert followup_after(day, "outage_or_bug", ()) == 2 * 3600
    assert followup_after(day, "delivery_delay", ("urgency",), "by 3 pm today") == 2 * 3600
    assert followup_after(day, "delivery_delay", ()) == day


def test_the_promise_is_in_the_customers_timezone_or_relative_and_never_utc():
    due = DECIDED + timedelta(hours=2)
    assert promise_phrase(due, DECIDED, "en", "America/New_York") == "by 06:00 today (your time)"
    assert promise_phrase(due, DECIDED, "en", "Eastern Time (US & Canada)") == "by 06:00 today (your time)"
    assert promise_phrase(due, DECIDED, "en", "") == "within 2 hours"
    assert promise_phrase(due, DECIDED, "de", "Berlin") == "bis 12:00 Uhr heute (Ihre Ortszeit)"
    for language in SUPPORTED:
        assert "UTC" not in promise_phrase(due, DECIDED, language, "")
        assert "UTC" not in render_note(sample_context("outage_or_bug", language)).reply_text


def test_draft_and_note_promise_the_same_time():
    rendered = render("Our whole team can't use the dashboard, it has been down since 8 am.", hours=2, zone="Europe/London")
    assert "by 11:00 today (your time)" in rendered.reply_text
    assert "by 11:00 today (your time)" in plain(rendered.html).split("Their words")[0]
    assert rendered.promise == "by 11:00 today (your time)"


# --- language, register and names ------------------------------------------------------------------------------------

def test_reply_in_the_language_they_wrote_in_when_the_profile_says_otherwise():
    rendered = render("Hola, el pedido todavía no ha llegado y nadie me responde. Es la segunda vez que escribo.",
                      locale="en-US", name="Lucía Pérez")
    assert rendered.language == "es" and rendered.reply_text.startswith("Hola, Lucía:")


def test_formal_german_gets_a_formal_letter_greeting_and_sie():
    text = ("Sehr geehrte Damen und Herren,\n\nseit drei Wochen warte ich auf die Erstattung für den Auftrag 55120. "
            "Ich bitte Sie um eine umgehende Klärung.\n\nMit freundlichen Grüßen\nThomas Becker")
    reply = render(text, name="Herr Thomas Becker", locale="de").reply_text
    assert reply.startswith("Sehr geehrter Herr Becker,") and re.search(r"\b(Sie|Ihnen|Ihre\w*)\b", reply)
    assert re.search(r"\b(du|dich|dir|dein)\b", reply) is None and "Mit freundlichen Grüßen" in reply


def test_informal_german_gets_the_first_name():
    reply = render("Hallo, mein Paket ist immer noch nicht da. Kannst du mal nachsehen?", name="Thomas Becker",
                   locale="de").reply_text
    assert reply.startswith("Hallo Thomas,")


def test_formal_english_gets_dear_mr_and_informal_gets_hi():
    formal = ("Dear Sir or Madam,\n\nI am writing to complain that my refund has still not been paid.\n\n"
              "Yours faithfully,\nGerald Hughes")
    assert render(formal, name="Mr Gerald Hughes").reply_text.startswith("Dear Mr Hughes,")
    assert render("Hi, my refund still hasn't come through.", name="Mr Gerald Hughes").reply_text.startswith("Hi Gerald,")


@pytest.mark.parametrize("language, marker", [("fr", "vous"), ("es", "usted"), ("de", "Sie")])
def test_formal_messages_in_es_fr_de_get_formal_drafts(language, marker):
    text = {"fr": "Madame, Monsieur, je n'ai toujours pas reçu ma commande. Veuillez me répondre. Cordialement",
            "es": "Estimados señores: todavía no he recibido mi pedido. Les ruego una respuesta. Atentamente",
            "de": "Sehr geehrte Damen und Herren, meine Bestellung ist nicht angekommen. Mit freundlichen Grüßen"}[language]
    reply = render(text, locale=language).reply_text
    assert re.search(rf"\b{marker}\b", reply, re.I)
    assert not re.search(r"\b(tu|tú|du|dich|dein)\b", reply)


@pytest.mark.parametrize("name, greeting", [("Chen, Wei", "Hi Wei,"), ("kw1987@mail.com", "Hello,"), ("", "Hello,"),
                                            ("Dr. Sofia Marin", "Hi Sofia,")])
def test_names(name, greeting):
    assert render("My parcel is late again.", name=name).reply_text.startswith(greeting)


# --- preview and overrides -------------------------------------------------------------------------------------------

def test_preview_reports_topic_cues_brief_facts_and_words_before_draft():
    result = preview("Third time writing: order 48213 arrived broken and I need a replacement by Friday!!",
                     name="Ana López", subject="Broken blender")
    assert {"playbook", "note_html", "reply_text", "language", "topic", "cues", "brief", "facts",
            "words_before_draft"} <= set(result)
    assert result["topic"] == "damaged_or_defective" and isinstance(result["words_before_draft"], int)
    assert any(f["kind"] == "ref" and f["text"] == "48213" for f in result["facts"])
    assert result["reply_text"].startswith("Hi Ana,")


def test_override_directory_takes_precedence(tmp_path):
    (tmp_path / "replies").mkdir(parents=True)
    (tmp_path / "replies" / "reply.en.txt.j2").write_text("Hello {{ first or 'there' }}, here is [the answer].")
    ctx = sample_context("other", "en", templates_dir=str(tmp_path))
    assert render_note(ctx).reply_text.startswith("Hello Maria, here is")
    from calmdesk.config import load_config
    from calmdesk.settings import load_settings

    from_env = load_config(load_settings({"CALMDESK_TEMPLATES": str(tmp_path)})).templates.directory
    assert render_note(sample_context("other", "en", templates_dir=from_env)).reply_text.startswith("Hello Maria, here is")
    unset = load_config(load_settings({})).templates.directory
    assert not render_note(sample_context("other", "en", templates_dir=unset)).reply_text.startswith("Hello Maria, here is")


def test_overrides_render_in_a_sandbox(tmp_path):
    (tmp_path / "replies").mkdir()
    (tmp_path / "replies" / "reply.en.txt.j2").write_text("{{ ''.__class__.__mro__[1].__subclasses__() }}")
    with pytest.raises(Exception, match="unsafe"):
        render_note(sample_context("delivery_delay", "en", templates_dir=str(tmp_path)))


def test_shipped_templates_pass_the_check(tmp_path):
    (tmp_path / "replies").mkdir(parents=True)
    assert every_sample()[0].message_text
    shipped = __import__("worker.writing.notes", fromlist=["TEMPLATES_DIR"]).TEMPLATES_DIR
    (tmp_path / "replies" / "reply.en.txt.j2").write_text((shipped / "replies/reply.en.txt.j2").read_text())
    assert check_templates(tmp_path) == []


def test_check_reports_syntax_errors_with_file_and_line(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "note.en.html.j2").write_text("<p>one</p>\n<p>{% if %}</p>\n")
    problems = check_templates(tmp_path)
    assert len(problems) == 1 and problems[0].startswith("notes/note.en.html.j2:2: ")


def test_check_reports_render_errors_with_file_and_line(tmp_path):
    (tmp_path / "replies").mkdir(parents=True)
    (tmp_path / "replies" / "reply.fr.txt.j2").write_text("Bonjour\n{{ no_such_value }}\n")
    problems = check_templates(tmp_path)
    assert problems and problems[0].startswith("replies/reply.fr.txt.j2:2: UndefinedError")


def test_check_reports_lint_findings_lost_marker_and_unknown_names(tmp_path):
    (tmp_path / "replies").mkdir(parents=True)
    (tmp_path / "replies" / "reply.en.txt.j2").write_text("Hello,\n\nPlease calm down, as per our policy.\n")
    (tmp_path / "notes").mkdir()
    shipped = __import__("worker.writing.notes", fromlist=["TEMPLATES_DIR"]).TEMPLATES_DIR
    note = (shipped / "notes/note.de.html.j2").read_text()
    (tmp_path / "notes" / "note.de.html.j2").write_text(note.replace("{{ marker }}", "").replace("<ul>", "<ul><script>", 1))
    problems = check_templates(tmp_path)
    assert any("calm-down" in p and '"calm down"' in p for p in problems)
    assert any("policy" in p for p in problems)
    assert any("no longer contains {{ marker }}" in p for p in problems)
    assert any("script" in p and "tags" in p for p in problems)
    (tmp_path / "replies" / "reply.english.txt.j2").write_text("Hello")
    assert any(p.startswith("replies/reply.english.txt.j2: not a name calmdesk renders") for p in check_templates(tmp_path))


def test_check_explains_a_missing_directory(tmp_path):
    assert "not a directory" in check_templates(tmp_path / "nope")[0]
    assert "no *.j2 files" in check_templates(tmp_path)[0]


def test_the_worker_wait_uses_per_playbook_config_under_new_and_old_names():
    from worker.followups import FollowupPolicy
    from worker.writing.promise import followup_seconds

    refund = "My refund still hasn't arrived after a month. This is ridiculous."
    assert followup_seconds(FollowupPolicy(24 * 3600, {"refund_not_received": 4 * 3600}), refund, "", ()) == 4 * 3600
    assert followup_seconds(FollowupPolicy(24 * 3600, {"billing_refund": 3 * 3600}), refund, "", ()) == 3 * 3600
    outage = "The site is down, none of us can log in. Unacceptable."
    assert followup_seconds(FollowupPolicy(24 * 3600), outage, "", ()) == 2 * 3600


def test_so_far_is_not_a_deadline():
    assert extract_facts("Auf meinem Konto ist bis heute nichts angekommen.").deadline is None
    assert extract_facts("Nothing has changed until now, and I need it fixed by Monday.").deadline.text == "by Monday"


def test_amounts_are_named_for_what_they_are():
    facts = extract_facts("We paid for three nights. I want a refund of £45. You charged me £12 on 3 May.")
    assert {a.text: a.label for a in facts.amounts} == {"£45": "refund", "£12": "charge"}
    hotel = render("The room had mould and the staff laughed at us. We want £300 back.")
    assert hotel.topic != "refund_not_received" and "should already be with you" not in hotel.reply_text


def test_a_manager_request_in_spanish_loops_in_a_lead():
    text = "Buenos días. Quiero hablar con la directora. Me han cobrado dos veces la matrícula."
    rendered = render(text, *detect(text).cues, locale="es")
    assert "escalation_request" in rendered.playbook and "[nombre del responsable]" in rendered.reply_text
    assert rendered.reply_text.startswith("Buenos días")  # a formal opening gets a formal greeting


def test_the_note_is_written_from_the_callers_reading_of_the_message_when_given():
    # The worker reads the situation once (it sets the follow-up wait too) and hands it to the note: a note that read
    # the message again could name another topic than the one the scheduled follow-up was timed for.
    from dataclasses import replace as replaced

    from worker.writing.situation import read_situation

    text = "My parcel is two weeks late and nobody answers. Order 5512."
    v = verdict(text)
    situation = replaced(read_situation(text, "", v.cues, "en"), topic="outage_or_bug")
    rendered = render_note(NoteContext(
        helpdesk="zendesk", ticket_id="77", verdict=v, escalation=1, customer_name="Sam Carter", message_text=text,
        team_language="en", followup_at=DECIDED + timedelta(hours=2), decided_at=DECIDED, situation=situation))
    assert rendered.topic == "outage_or_bug"
    assert render(text).topic == "delivery_delay"


def test_money_back_in_any_of_its_forms_names_the_amount_owed():
    # One vocabulary of money back (worker.detector.MONEY_BACK_PATTERN): the subjunctive "devuélvanme", "devolución",
    # "reimbursement of" and "Rückerstattung" name what follows as owed, as "refund" always did.
    for text, amount in (("Cancelen el servicio y devuélvanme los 95 € que ya pagué.", "95 €"),
                         ("Exijo la devolución de los 40 € del envío.", "40 €"),
                         ("I want reimbursement of the $180 tow.", "$180"),
                         ("Ich verlange die Rückerstattung der 59,90 € sofort.", "59,90 €")):
        assert {a.text: a.label for a in extract_facts(text).amounts} == {amount: "refund"}, text
