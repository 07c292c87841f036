"""Classes of error found reading a sixth round of fresh messages (session 7), each tested on sentences written here,
not taken from any data file: swearing as upset, a one-word praise before a failure, distress said as shock or worry
for someone, a count that is not a contact, leaving a review that is not leaving, a line taken to a rival, a manager
copied in, going public on Google."""

import pytest

from worker.detector import detect

UPSET = [
    # swearing about the situation is upset, however short
    "Damn it, the router dropped out again during my call. When is the engineer booked?",
    "Mierda, otra vez sin conexión. ¿Cuándo viene el técnico?",
    # German exasperation with the verb first
    "Die dritte Woche ohne Internet, Vertrag 5512-88. Langsam reicht es uns.",
    # a one-word praise before the failure it mocks, and "really enjoying" a failure
    "Wonderful. Third Monday running the bin collection app shows nothing and nobody came. Account 55-1200.",
    "Perfect. My parcel still hasn't left the depot after nine days. Really enjoying refreshing the tracking page.",
]

CALM = [
    "Bloody brilliant service, the courier rang ahead and it came in an hour. Thanks!",
    "Perfect. No rush on this, whenever you get a moment: can I change the delivery address on order 3310?",
    "Great! The replacement card arrived this morning, thanks for sorting it.",
]


@pytest.mark.parametrize("text", UPSET)
def test_upset(text):
    assert detect(text).negative


@pytest.mark.parametrize("text", CALM)
def test_calm(text):
    assert not detect(text).negative


FOUND = [
    ("distress", "The man on the phone knew my date of birth and my address. I'm still shaken."),
    ("distress", "Dad is 91 and on his own, the boiler's off again and I'm truly worried about him."),
    ("distress", "My grandmother has a lung condition and the gas has been off since Tuesday."),
    ("distress", "Mein Vater ist auf einen Sauerstoffkonzentrator angewiesen und seit heute früh ist der Strom weg."),
    ("distress", "Our 4 year old was vomiting all night after the yoghurt from your box."),
    ("distress", "The last tram never came and I'm at the stop with my 6-year-old, it's freezing."),
    ("repeat_contact", "I chased this on 14 August and again last week, and still no reply."),
    ("repeat_contact", "Ich habe am 3. März und erneut am 20. März per Einschreiben den Widerruf geschickt."),
    ("churn_threat", "O me devolvéis el cargo o me llevo el número a otra compañía."),
    ("churn_threat", "If this isn't fixed by the weekend we'll cancel our subscription."),
    ("escalation_request", "I'm cc'ing your area manager, since the branch has ignored three letters."),
    ("escalation_request", "Ich bitte darum, dass sich die Filialleitung persönlich bei mir meldet."),
    ("public_exposure", "Si no me devuelven el dinero, publicaré mi experiencia en Google y en foros."),
]

NOT_FOUND = [
    ("distress", "Je viens de recevoir une enceinte connectée, le bouton ne répond pas. Que faire ?"),
    ("distress", "I can't pay by card on your site, is there another way to settle invoice 7712?"),
    ("distress", "I can't pay the contractor until the payout clears, when is it released?"),
    ("repeat_contact", "Die App friert jedes Mal ein, wenn ich ein Foto hochlade. Neu gestartet habe ich schon dreimal."),
    ("churn_threat", "Refund the fee or I'm leaving a one-star review on the app store."),
    ("escalation_request", "I'm cc'ing my manager so she can see the invoice, could you resend it?"),
]


@pytest.mark.parametrize("cue, text", FOUND)
def test_found(cue, text):
    assert cue in detect(text).cues


@pytest.mark.parametrize("cue, text", NOT_FOUND)
def test_not_found(cue, text):
    assert cue not in detect(text).cues
