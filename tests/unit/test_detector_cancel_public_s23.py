"""Cue classes of session 23 for cancel_request and public_exposure. Every sentence here is new, not from a data file.

- (An order cancelled on request now was made a cancel request here, as the rounds' writers label it, and then taken
  back: the corpus defines the cue as closing the account, and its one such line, "can u cancel my order", has none.)
- An erasure of the account asked before and chased now is the story of a data-protection request, no cancel asked now
  (nb-23-028, nb-40-008, nb-40-029, nb-41-060, nb-57-055); a cancel asked before and asked again is still a request.
- The story sent to a named platform with the thing as the subject, or the review held back as the lever, is public
  exposure (see the tests below).
"""

import pytest

from worker.detector import detect


@pytest.mark.parametrize("text", [
    "In March I asked Brightly to delete my account and every photo you hold. Your newsletters keep coming.",
    "Je vous ai demandé le 3 mars la suppression de mon compte et de mes données. Toujours rien.",
    "Les pedí en enero la eliminación de mi cuenta y sigo recibiendo sus correos.",
    "We requested in January the deletion of our account and data; nothing has happened.",
])
def test_an_erasure_asked_before_and_chased_is_no_cancel_request(text):
    assert "cancel_request" not in detect(text).cues


@pytest.mark.parametrize("text", [
    "Please delete my account and all my data under GDPR.",
    "I asked Brightly in March to close my account and you never did. Close it now.",
    "I have asked twice to cancel my plan and you keep charging me.",
])
def test_an_erasure_asked_now_or_a_cancel_asked_again_stays_a_request(text):
    assert "cancel_request" in detect(text).cues


# - The story or the pictures said to go onto a named platform, the thing as the subject, and the German inverted "schreib
#   ich das bei Google" (nb-65-075, nb-29-062, nb-42-053, nb-59-013); "je raconte tout sur votre page Facebook" (nb-42-008);
#   the review held back as the lever (nb-68-014, nb-65-067).
@pytest.mark.parametrize("text", [
    "Wenn bis Freitag nichts passiert, kommen die Fotos vom Wasserschaden auf Google.",
    "Meldet sich keiner, dann schreib ich das alles bei Google rein.",
    "Y mientras tanto, el vídeo del repartidor va a ir directo a Google.",
    "Sans remboursement, je vais raconter toute l'histoire sur votre page Facebook.",
    "We haven't posted a review yet. Fix this and we won't need to.",
    "Nous attendons votre proposition avant de laisser un avis.",
])
def test_the_story_sent_to_a_public_platform_is_public_exposure(text):
    assert "public_exposure" in detect(text).cues


@pytest.mark.parametrize("text", [
    "Je vais laisser un avis positif, merci encore pour votre aide !",
    "I haven't left a review yet, can I still do it after 30 days?",
    "Ich schreibe Ihnen, weil ich bei Google Ihre Nummer gefunden habe.",
    "Die Bestätigungsmails landen bei Google im Spam-Ordner.",
    "Wir kommen über Google Maps nicht zu Ihrer Filiale.",
])
def test_a_review_promised_or_asked_about_or_a_tool_is_no_public_exposure(text):
    assert "public_exposure" not in detect(text).cues
