"""Session 25: someone senior asked for in the ways round 26's read writer (76) asked and the detector missed, each
written here as new sentences, with the near misses that must stay as they were (docs/detector.md, "Session 25").

- Copying someone in: "I'm copying in Mr Harbour", "I'm copying Mr Delaney in", "I'm copying you in because": every
  read line that copies someone in this way is labelled an escalation request (19 of 19), with or without a title.
  A relative or partner of the customer's own copied in is not.
- Someone who runs the business asked to call back ("I need someone who actually runs the boutique to ring me"), and
  someone above the service itself, with no article ("someone above customer service"). "Whoever runs this circus
  should be embarrassed" is contempt, not a request.
- French: a manager asked to call with the pronoun elided ("qu'un responsable m'appelle"), and the case asked to be
  handled by the director with an adverb between ("soit traité directement par le directeur").
"""

import pytest

from worker.detector import detect

ESCALATION = "escalation_request"


@pytest.mark.parametrize("text", [
    "I'm copying in Mrs Okonkwo because this is the fourth week of being bounced between your billing and repairs teams.",
    "We are now copying in Dr Reyes, since nobody at the clinic desk has answered a single one of our letters.",
    "I've copied in Cllr Bannerjee. Your depot has missed our bins for the third Monday running.",
    "I'm copying you in, Ms Varga, because the service desk has closed my ticket twice without fixing anything.",
])
def test_copying_someone_in_is_an_escalation(text):
    assert ESCALATION in detect(text).cues


@pytest.mark.parametrize("text", [
    "I'm copying in my wife so she has the booking reference for the transfer.",
    "We're copying in our accountant on the invoices from now on, if that's all right.",
    "I'm copying the text of your last email below so you can see what was promised.",
])
def test_copying_in_someone_of_their_own_or_a_text_is_no_escalation(text):
    assert ESCALATION not in detect(text).cues


@pytest.mark.parametrize("text", [
    "The marquee still hasn't been put up and the party is tomorrow. I want someone who actually runs the company to call "
    "me back this afternoon.",
    "Three missed collections. I need the person who manages this depot to phone me, not another call centre promise.",
    "Nobody at your desk can tell me where my caravan is. Could I speak to someone above customer services, please?",
    "This is the fifth call about the same fault. I'd like somebody above the helpdesk to look at it today.",
])
def test_someone_who_runs_it_or_above_the_service_asked_for(text):
    assert ESCALATION in detect(text).cues


@pytest.mark.parametrize("text", [
    "Whoever runs this ferry timetable should be embarrassed, honestly.",
    "The man who runs the campsite shop was lovely to the children, please pass on our thanks.",
    "I spoke to the lady who manages the kennels and she said Bruno settled in well.",
])
def test_someone_who_runs_it_named_without_a_request_is_no_escalation(text):
    assert ESCALATION not in detect(text).cues


@pytest.mark.parametrize("text", [
    "Mon vol part samedi et je n'ai toujours pas mes billets. J'exige qu'un responsable m'appelle avant ce soir.",
    "Troisième relance sans réponse. Je demande que votre directrice m'écrive personnellement.",
    "Je souhaite que ma réclamation soit examinée directement par le directeur de l'agence, et non par le service client.",
    "Je demande que ce litige soit repris personnellement par un responsable, pas par un conseiller de plus.",
])
def test_french_manager_asked_with_an_elided_pronoun_or_an_adverb_between(text):
    assert ESCALATION in detect(text).cues


@pytest.mark.parametrize("text", [
    "Le responsable m'appelle demain pour fixer la date de livraison, merci.",
    "Mon dossier a été traité rapidement par votre conseillère, merci beaucoup.",
])
def test_french_near_misses_stay_without_escalation(text):
    assert ESCALATION not in detect(text).cues


REPEAT = "repeat_contact"


@pytest.mark.parametrize("text", [
    "The shower in room 12 has been lukewarm all week. When we complained at reception the night porter just laughed.",
    "The sofa leg snapped on day two. I pointed it out in the store on Saturday and was told to email you instead.",
    "Cuando se lo dijimos en recepción, nos contestaron que no era asunto suyo. El aire acondicionado sigue roto.",
    "Le vélo loué déraille sans arrêt. J'en ai parlé deux fois à l'accueil du camping, toujours rien.",
    "Die Klimaanlage im Zimmer ist seit Montag kaputt. Ich habe an der Rezeption schon nachgefragt, passiert ist nichts.",
])
def test_the_issue_raised_in_person_at_their_desk_is_a_contact_before(text):
    assert REPEAT in detect(text).cues


@pytest.mark.parametrize("text", [
    "I asked the driver to leave it with a neighbour if we were out.",
    "We asked at the desk of the hotel next door, but they had no rooms either.",
])
def test_a_request_to_someone_else_or_no_issue_raised_is_no_contact_before(text):
    assert REPEAT not in detect(text).cues


URGENCY = "urgency"


@pytest.mark.parametrize("text", [
    "My husband passed away last month. Please could you contact me by letter rather than phone for now.",
    "The heating seems to be fixed by now, thank you for sending the engineer.",
    "I tried to ring just now but the line was busy, so I'm writing instead.",
])
def test_now_that_is_for_the_time_being_or_already_is_no_urgency(text):
    assert URGENCY not in detect(text).cues


@pytest.mark.parametrize("text", [
    "We have no power and a newborn at home. Restore the supply now!",
    "The card was stolen an hour ago. Block it now.",
])
def test_a_fix_asked_for_now_is_still_urgency(text):
    assert URGENCY in detect(text).cues
