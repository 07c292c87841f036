"""Classes of error found reading a seventh round of fresh messages (session 7), each tested on sentences written here:
a threat or a fear said is upset unless it is the story of a thank-you; leaving said as business taken elsewhere or
payments stopped; a manager or owner asked to get in touch; a review on Google; a solicitor who has the file; a German
chargeback; the same papers sent again and again, an answer put off; hurt by the failure, a baby at home."""

import pytest

from worker.detector import detect

UPSET = [
    "Quelqu'un a vidé mon compte cette nuit. J'ai peur, je ne sais pas quoi faire. Pouvez-vous bloquer la carte ?",
    "Hi, the heating engineer never came and my dad is 88. I'm really worried about him tonight. Can someone come?",
    "Mein Anwalt ist bereits informiert. Bitte erstatten Sie die 320 € für die defekte Matratze.",
]

CALM = [
    "I was terrified when my card was cloned last month, but your fraud team sorted everything within the hour. Thank you!",
    "Je suis tombée sur votre offre par hasard : la box existe-t-elle aussi en version sans gluten ?",
]


@pytest.mark.parametrize("text", UPSET)
def test_a_threat_or_a_fear_said_is_upset(text):
    assert detect(text).negative


@pytest.mark.parametrize("text", CALM)
def test_calm(text):
    assert not detect(text).negative


FOUND = [
    ("churn_threat", "Either you honour the price or we're taking the contract elsewhere at renewal."),
    ("churn_threat", "If nobody can explain the fee, I'll stop paying you altogether."),
    ("churn_threat", "From now on we'll be using another courier for all our parcels."),
    ("churn_threat", "Falls das so bleibt, werden wir unser Abo zum Monatsende kündigen."),
    ("churn_threat", "Sans réponse, nous regarderons d'autres solutions à l'échéance."),
    ("escalation_request", "I'd like the owner of the shop to call me personally about this."),
    ("escalation_request", "Les pido que pasen mi reclamación a un responsable, por favor."),
    ("public_exposure", "My review on Tripadvisor will say exactly how we were treated at check-in."),
    ("public_exposure", "Every parents' group I'm in will hear how you handled this."),
    ("legal_threat", "My solicitor has copies of every email and we will be issuing a claim next week."),
    ("legal_threat", "Sonst lasse ich die Lastschrift über meine Bank zurückbuchen."),
    ("repeat_contact", "I have now uploaded my passport and the utility bill four times to your portal."),
    ("repeat_contact", "Your email said the refund was approved, yet nothing has arrived."),
    ("repeat_contact", "Am Telefon werde ich seit Wochen nur vertröstet."),
    ("repeat_contact", "Par téléphone on me dit de passer en agence, et en agence on me renvoie au téléphone."),
    ("distress", "The handlebar snapped on the first ride and I fell and broke my wrist."),
    ("distress", "Nous avons un bébé de deux mois et l'eau chaude est coupée depuis hier."),
    ("distress", "Je suis en larmes, la robe n'est pas la bonne et la cérémonie est samedi."),
]

NOT_FOUND = [
    ("churn_threat", "Cancel that invoice or I go to Trading Standards with the recording."),
    ("churn_threat", "I'm scared the payment will go somewhere else or I'm going to miss the deadline."),
    ("distress", "Je suis tombé sur un bug en payant : la page reste blanche."),
]


@pytest.mark.parametrize("cue, text", FOUND)
def test_found(cue, text):
    assert cue in detect(text).cues


@pytest.mark.parametrize("cue, text", NOT_FOUND)
def test_not_found(cue, text):
    assert cue not in detect(text).cues


@pytest.mark.parametrize("cue, text", [
    ("repeat_contact", "J'ai demandé la clôture de mon compte le 2 mai. Relance le 20 mai. Toujours rien."),
    ("already_cancelled", "I cancelled my table booking on Monday, yet the £50 deposit was still taken on Friday."),
])
def test_found_too(cue, text):
    assert cue in detect(text).cues
