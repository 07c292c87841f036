"""Session 21b: 30 drafts of round 22's read writer 65 read as a support lead, and the unsendable ones mended as classes.
Every sentence here is new.

- An event told in the past ("the DJ you sent to our party on Friday was drunk", "ist heute um 16 Uhr gestürzt") is the
  story, not a date they need something by: no deadline, no "I know time is short" (nb-65-015, nb-65-087; siblings
  nb-23-021, nb-38-067, nb-54-042).
- A short code the text names as a code after it ("1257L emergency codes", "K475 tax codes", "PX2041 error code",
  "l'article L121-11 du Code des assurances") is no reference to look up (nb-65-046, nb-41-055, nb-42-097).
- A letter that opens "Dear <company>," on its own line is formal (nb-65-046 got "Hi Wei ... All the best"; 36 read
  lines open so and are labelled formal, 2 neutral).
- Damage or a defect in work done (a fitter, an installer, builders, "you fitted"), in their home or in the company's
  own mains is put right, not "collected" as an item (nb-65-021, nb-65-075, nb-65-003; siblings nb-21-028, nb-12-056,
  nb-57-097, nb-60-068, nb-24-047, nb-22-093, nb-4-099).
- A title, initials and a surname ("Mr R. J. Coombes") are greeted "Dear Mr Coombes" in a formal letter and "Hello Mr
  Coombes," in a neutral one, not "Hello," (nb-65-009; nine read siblings such as "Mrs J. Atkinson", "Mr D. Fenwick").
- A relative's death told as "murió", "ha muerto", "est mort(e)", "la mort de ma femme" or "starb" is a bereavement,
  as "died" is (nb-65-084, nb-49-082); a phone or a battery that "died" stays none.
"""

import pytest

from worker.writing.facts import extract_facts
from worker.writing.preview import preview
from worker.writing.situation import read_situation


def _draft(text: str, locale: str | None = None, subject: str = "") -> dict:
    return preview(text, "Robin Hale", locale, subject=subject)


# --- 1. a past event is no deadline -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The DJ you booked for our event on Friday turned up an hour late and played the wrong songs all night.",
    "We were guests at the launch on Thursday and the caterer left half the trays in the van.",
    "Meine Tochter ist heute im Training um 17 Uhr vom Balken gestürzt und niemand hat es bemerkt. Wie kann das sein?",
    "Ich habe heute um 9 Uhr sofort angerufen und nichts gehört. Das ist unmöglich.",
])
def test_an_event_told_in_the_past_is_no_deadline(text):
    assert extract_facts(text).deadline is None


@pytest.mark.parametrize("text, expected", [
    ("Our wedding is on Friday and the DJ still hasn't confirmed the booking.", "Friday"),
    ("That was our savings and the launch is on Thursday, so I need the stock today.", "Thursday"),
    ("Die Abholung ist heute um 16 Uhr und niemand meldet sich bei mir.", "16 Uhr"),
    ("The flight on Friday was moved twice and I need a seat on it, please sort it by Wednesday.", "Wednesday"),
])
def test_an_event_still_to_come_keeps_its_deadline(text, expected):
    deadline = extract_facts(text).deadline
    assert deadline is not None and expected in deadline.text


def test_the_draft_to_a_past_event_does_not_say_time_is_short():
    draft = _draft("The photographer you sent to our wedding on Sunday spent the whole service on his phone and was "
                   "rude to my father. I want to speak to whoever runs the studio.")
    assert "time is short" not in draft["reply_text"]


# --- 2. a death told as murió / est mort / starb ------------------------------------------------------------------------

@pytest.mark.parametrize("text, locale, condolence", [
    ("Mi tío murió en noviembre y todavía le seguís cobrando la cuota del gimnasio. Es indignante.", "es", "sentimiento"),
    ("Se murió mi suegra hace dos semanas y nadie contesta a mis correos sobre su cuenta. Vergonzoso.", "es", "sentimiento"),
    ("Mon oncle est mort en janvier et vous continuez à prélever son abonnement. C'est inadmissible.", "fr", "condoléances"),
    ("Depuis la mort de mon frère, je gère ses contrats et votre service ne répond jamais. J'en ai assez.", "fr", "condoléances"),
    ("Mein Onkel starb im Januar und ihr bucht immer noch seinen Beitrag ab. Das ist unverschämt.", "de", "Beileid"),
])
def test_a_relatives_death_told_by_its_verb_is_a_bereavement(text, locale, condolence):
    assert read_situation(text, language=locale).bereavement
    assert condolence in _draft(text, locale)["reply_text"]


@pytest.mark.parametrize("text, locale", [
    ("Mi portátil murió a los tres días y nadie me contesta. Es indignante.", "es"),
    ("Mon téléphone est mort après une semaine et personne ne répond. C'est inadmissible.", "fr"),
    ("Mon mari est mort de rire en voyant votre facture, mais moi pas du tout.", "fr"),
    ("Der Akku starb nach zwei Tagen und ihr antwortet nicht. Unverschämt.", "de"),
])
def test_a_thing_that_died_is_no_bereavement(text, locale):
    assert not read_situation(text, language=locale).bereavement


# --- 3. a job done badly is no item to collect -------------------------------------------------------------------------

_COLLECT = ("need to collect", "haya que recoger", "faut récupérer", "gegebenenfalls kostenlos abholen")
_PUT_RIGHT = ("put the work and any damage right", "arreglamos el trabajo", "reprenons les travaux", "Arbeiten und etwaige Schäden")


@pytest.mark.parametrize("text, locale", [
    ("Your joiner walked off the job with two door frames broken and the new worktop scratched. I paid £900 up front "
     "and I'm furious.", None),
    ("Your window fitter cracked two panes and smashed the sill, then just left. I'm furious.", None),
    ("Your plumber cracked the basin while fitting the new taps and just left it. This is a disgrace, I want it sorted.", None),
    ("Vuestros instaladores rompieron dos azulejos de la cocina al montar la campana y se fueron sin decir nada. "
     "Es una vergüenza.", "es"),
    ("Vos ouvriers ont abîmé le parquet du salon en posant la cuisine et personne ne veut s'en occuper. C'est "
     "inadmissible.", "fr"),
    ("Ihre Handwerker haben beim Fliesenlegen die Badewanne zerkratzt und sind einfach gegangen. Das ist eine "
     "Unverschämtheit.", "de"),
])
def test_damage_done_by_work_is_put_right_not_collected(text, locale):
    s = read_situation(text, language=locale or "en")
    assert s.topic == "damaged_or_defective" and s.work_done
    reply = _draft(text, locale)["reply_text"]
    assert any(p in reply for p in _PUT_RIGHT)
    assert not any(c in reply for c in _COLLECT)


def test_a_leak_in_the_companys_main_is_work_not_an_item():
    text = ("The leak from the water main by our gate has now flooded the drive twice and damaged the garage door. I have "
            "reported it four times. Disgraceful.")
    s = read_situation(text)
    assert s.topic == "damaged_or_defective" and s.work_done
    assert not any(c in _draft(text)["reply_text"] for c in _COLLECT)


@pytest.mark.parametrize("text, locale", [
    ("The kettle I bought from you arrived with a cracked lid and it leaks everywhere. I want a replacement, this is "
     "ridiculous.", None),
    ("La tostadora que compré llegó rota y no funciona. Es una vergüenza, quiero otra.", "es"),
    ("Le grille-pain que j'ai commandé est arrivé cassé. C'est inadmissible, je veux un remplacement.", "fr"),
    ("Der Toaster, den ich bestellt habe, kam kaputt an. Eine Frechheit, ich will Ersatz.", "de"),
])
def test_a_product_that_came_broken_is_still_collected(text, locale):
    s = read_situation(text, language=locale or "en")
    assert s.topic == "damaged_or_defective" and not s.work_done
    assert any(c in _draft(text, locale)["reply_text"] for c in _COLLECT)


# --- 4. a code named as a code is no reference; a letter to "Dear <company>" is formal --------------------------------

@pytest.mark.parametrize("text", [
    "Since your update our staff payslips show 1100L emergency codes instead of their real tax codes. Fix it.",
    "Since your update three staff were put on K475 tax codes and lost half their pay. Fix it.",
    "The till keeps throwing a PX2041 error code and we cannot take payments. This is useless.",
    "Conformément à l'article L113-12 du Code des assurances, je résilie mon contrat. Votre service est lamentable.",
])
def test_a_code_named_after_it_is_no_reference(text):
    assert extract_facts(text).refs == ()


@pytest.mark.parametrize("text, ref", [
    ("Order ZK4471 arrived dented and your discount code did not work either. Useless.", "ZK4471"),
    ("My order KT-55120 arrived smashed and nobody answers. Disgraceful.", "KT-55120"),
])
def test_an_order_reference_stays_one(text, ref):
    refs = [r.text for r in extract_facts(text).refs]
    assert ref in refs


@pytest.mark.parametrize("text", [
    "Dear Loomwell,\n\nYour update wiped our rota for the third time this month. Please treat this as a formal complaint.\n\nPriya Shah",
    "Dear Northfield Water,\n\nThe meter readings you sent are wrong again and nobody has replied.\n\nTom Hale",
])
def test_a_letter_opening_dear_company_is_formal(text):
    assert read_situation(text).register == "formal"


@pytest.mark.parametrize("text", [
    "Dear all at Loomwell, just a quick one: the rota wiped again, can you look?",
    "dear me, the rota wiped again. can someone look?",
    "Hi Loomwell team,\n\nYour update wiped our rota again.",
])
def test_no_letter_opening_is_no_formal_register(text):
    assert read_situation(text).register != "formal"


# --- 5. a title, initials and a surname -------------------------------------------------------------------------------

@pytest.mark.parametrize("name, greeting", [
    ("Mr P. K. Ashdown", "Dear Mr Ashdown"),
    ("Mrs L.M. Featherby", "Dear Ms Featherby"),
    ("Dr S. Okonjo", "Dear Dr Okonjo"),
])
def test_a_title_initials_and_a_surname_greet_by_title_and_surname(name, greeting):
    text = "Dear Sir or Madam, I have been billed twice for March and I expect a refund. This is unacceptable."
    assert preview(text, name)["reply_text"].startswith(greeting)


@pytest.mark.parametrize("name, first", [("Mr Ed Ashdown", "Ed"), ("Ms Al Featherby", "Al")])
def test_a_short_first_name_after_a_title_is_no_initial(name, first):
    from worker.writing.situation import name_parts
    assert name_parts(name)[1] == first


@pytest.mark.parametrize("name, greeting", [("Mr T. W. Pellow", "Hello Mr Pellow,"), ("Mrs K. Ambler", "Hello Ms Ambler,")])
def test_a_neutral_message_from_a_title_and_initials_is_greeted_with_the_title(name, greeting):
    text = "My statement shows a £310 fee that nobody mentioned. I find that outrageous and want a full breakdown."
    assert preview(text, name)["reply_text"].startswith(greeting)
