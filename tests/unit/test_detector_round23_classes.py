"""Session 22 detector classes, on sentences written for this file (never corpus or authored lines), each with near
misses that must not change:

- abuse: the firm called a joke or a disgrace with an intensifier ("an absolute joke"; nb-67-071, nb-65-060), crooks
  "with a logo" as a sentence of its own (nb-67-071), and a member of staff called an arrogant little man as a
  statement (nb-67-033, like round 10's "What an arrogant, rude little man", nb-29-044);
- legal_threat: the claim or the dispute opened with the bank said as a noun (nb-67-005), and the firm told it will be
  held liable (nb-67-068); a police report about a fraudster stays out (nb-38-067, nb-44-062, nb-53-061);
- escalation_request: the complaints team named as the one who failed, not as where the case should go (nb-67-097;
  the destinations nb-41-005, nb-53-028, nb-27-067, nb-40-086 keep it).
"""

from __future__ import annotations

import pytest

from worker.detector import detect


def _cues(text: str) -> tuple[str, ...]:
    return detect(text).cues


VERDICT_ABUSE = [
    "Honestly you people are an absolute joke, three weeks for a refund.",
    "You lot are a complete disgrace and I hope everyone hears about it.",
    "Your whole firm is an utter shambles from top to bottom.",
    "Your support team are a total embarrassment, not one answer in a week.",
    "Sois una auténtica vergüenza, llevo un mes sin calefacción.",
    "Vous êtes une vraie blague, trois techniciens et toujours pas de connexion.",
    "Ihr seid ein absoluter Witz, seit drei Wochen kein Internet.",
    "Thieves in suits. I want my deposit back today.",
    "Crooks with a website, that's all you are. Refund the £60.",
    "Ganoven mit Firmenlogo. Ich will mein Geld zurück.",
    "The supervisor on the phone? She is a smug, condescending woman who laughed at me.",
    "Your engineer was a rude, pompous little man and I won't have him back in my house.",
]

VERDICT_NOT_ABUSE = [
    "The queue at the depot was an absolute joke, but the driver was lovely.",
    "I was caught out by scammers with a website that copied yours, can you warn other customers?",
    "Scammers with a fake login page took my details, please lock the account.",
    "Your engineer was a lovely man and fixed it in ten minutes.",
    "It was a rude awakening to see the bill, could you explain the roaming charge?",
]


@pytest.mark.parametrize("text", VERDICT_ABUSE)
def test_contempt_verdicts_on_the_firm_or_its_staff_are_abuse(text: str) -> None:
    assert "abuse" in _cues(text)


@pytest.mark.parametrize("text", VERDICT_NOT_ABUSE)
def test_a_thing_a_third_party_or_praise_is_no_abuse(text: str) -> None:
    assert "abuse" not in _cues(text)


LEGAL = [
    "Faute de remboursement d'ici vendredi, j'ouvrirai un litige auprès de ma banque.",
    "Si rien ne bouge, je dépose une contestation avec ma banque pour les deux prélèvements.",
    "Wenn das Geld nicht bis Montag da ist, lege ich Widerspruch bei meiner Bank ein.",
    "If the boiler floods the kitchen again I will hold you fully liable for the damage.",
    "We'll hold your company financially responsible for the lost stock.",
    "Je vous tiendrai personnellement responsables si mes données ont fuité.",
    "Si pierdo el vuelo os haré responsables de todos los gastos.",
    "Für jeden weiteren Schaden mache ich Sie haftbar.",
]

NOT_LEGAL = [
    "J'ai demandé à ma banque si le virement était bien parti, elle dit que oui.",
    "Je porte plainte au commissariat contre l'escroc qui a utilisé ma carte.",
    "Ich habe bei meiner Bank nachgefragt, ob die Zahlung angekommen ist.",
    "I hold myself responsible for not reading the small print, but can you help?",
    "The courier said the depot will hold the parcel until Friday.",
]


@pytest.mark.parametrize("text", LEGAL)
def test_a_bank_dispute_or_holding_the_firm_liable_is_a_legal_threat(text: str) -> None:
    assert "legal_threat" in _cues(text)


@pytest.mark.parametrize("text", NOT_LEGAL)
def test_asking_the_bank_or_reporting_a_fraudster_is_no_legal_threat(text: str) -> None:
    assert "legal_threat" not in _cues(text)


COMPLAINTS_TEAM_AS_CULPRIT = [
    "Your courier lost it and your complaints team never replied to my two emails. Refund me.",
    "The complaints department just sends the same template every time, it's useless.",
    "Votre service réclamations ne répond jamais, c'est la troisième fois que j'écris.",
    "El departamento de reclamaciones no contesta desde hace un mes.",
    "Ihre Beschwerdeabteilung hat mir nur einen Textbaustein geschickt.",
]

COMPLAINTS_TEAM_AS_DESTINATION = [
    "Please pass this to your complaints team, the chat has been no help.",
    "I'd like this reviewed by someone in your complaints department.",
    "Je souhaite que mon dossier soit transmis au service réclamations.",
    "Quiero que lo revise el departamento de reclamaciones.",
    "Bitte leiten Sie mein Schreiben an Ihre Beschwerdeabteilung weiter.",
]


@pytest.mark.parametrize("text", COMPLAINTS_TEAM_AS_CULPRIT)
def test_the_complaints_team_blamed_is_no_escalation_request(text: str) -> None:
    assert "escalation_request" not in _cues(text)


@pytest.mark.parametrize("text", COMPLAINTS_TEAM_AS_DESTINATION)
def test_the_complaints_team_as_destination_stays_an_escalation_request(text: str) -> None:
    assert "escalation_request" in _cues(text)


# The earlier contacts counted as what the customer owns or went through, in en and de (nb-44-010, nb-60-034, nb-63-071,
# nb-65-098; read beside nb-27-067, nb-29-040, nb-29-086, nb-51-019, nb-54-070, all labelled repeat contact); fr and es
# counts ("mes trois appels", "mis dos correos") were already read.
COUNTED_CONTACTS = [
    "All three emails I've sent since March got the same auto-reply.",
    "My two previous messages about the boiler went unanswered.",
    "Despite four phone calls the engineer never came.",
    "Nach vier Anrufen weiß ich immer noch nicht, wann der Techniker kommt.",
    "Auf meine zwei schriftlichen Nachfragen hin wurde mir ein Rückruf versprochen.",
    "Nach drei Beschwerden bietet man mir jetzt einen Gutschein an.",
]

COUNTS_OF_SOMETHING_ELSE = [
    "I have two requests for the new booking: a cot and a late checkout.",
    "My three attempts to log in all failed, can you reset the password?",
    "Both calls with the plumber went well and the new boiler works.",
    "After three emails to my landlord the heating was finally fixed.",
]


@pytest.mark.parametrize("text", COUNTED_CONTACTS)
def test_earlier_contacts_counted_are_a_repeat_contact(text: str) -> None:
    assert "repeat_contact" in _cues(text)


@pytest.mark.parametrize("text", COUNTS_OF_SOMETHING_ELSE)
def test_a_count_of_asks_logins_or_tradesman_calls_is_no_repeat_contact(text: str) -> None:
    assert "repeat_contact" not in _cues(text)


# Someone in charge asked for by other words than a manager: a senior person to contact the customer (nb-65-076, nb-57-048),
# the owner (nb-63-046, nb-59-092, nb-65-083), "la persona responsable" (nb-65-097, nb-41-017), the case passed to "eine
# verantwortliche Stelle" (nb-59-079). An owner who is a third party, or a senior person at the bank, is no escalation.
IN_CHARGE_ASKED = [
    "I expect a senior colleague to phone me before Friday.",
    "If no one senior calls me back today, I'm going to the press.",
    "Could I talk to the owner about the quote, please?",
    "I'd like the owner of the garage to be told how I was treated.",
    "Exijo hablar con una persona responsable de la tienda.",
    "Bitte geben Sie meinen Fall an eine verantwortliche Stelle weiter.",
]

IN_CHARGE_NOT_ASKED = [
    "The owner of the cottage met us at the gate and was lovely.",
    "I want to speak to the owner of the apartment about the broken lock, can you give me his number?",
    "A senior manager at my bank told me to contact you about the transfer.",
]


@pytest.mark.parametrize("text", IN_CHARGE_ASKED)
def test_someone_in_charge_asked_for_is_an_escalation_request(text: str) -> None:
    assert "escalation_request" in _cues(text)


@pytest.mark.parametrize("text", IN_CHARGE_NOT_ASKED)
def test_a_third_partys_owner_or_a_bank_manager_is_no_escalation_request(text: str) -> None:
    assert "escalation_request" not in _cues(text)
