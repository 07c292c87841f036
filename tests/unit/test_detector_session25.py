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
