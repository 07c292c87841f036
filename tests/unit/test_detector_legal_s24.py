"""Legal threat classes found in session 24, each tested on sentences written here (en/es/fr/de where the class exists
there), with near misses that must not change. The read lines each class rests on are named beside its patterns in
worker/detector/signals.py."""

import pytest

from worker.detector import detect


def _cues(text):
    return detect(text).cues


# A regulator or complaints scheme named by its full name, or by a kind of body the list lacked (bureau, adjudicator),
# and consumer associations and offices named in en/es.
BODIES_BY_FULL_NAME = [
    "The loan payment was taken twice and nobody replies. I have sent a complaint to the Consumer Financial Protection Bureau.",
    "Unless the heating in my son's flat is repaired this week, I will take this to the Office of the Independent Adjudicator.",
    "These 'verified' reviews are fake and I'll be writing to the Federal Trade Commission about them.",
    "I have filed a complaint with the Better Lending Bureau about the way my account was handled.",
    "Refund the deposit by Monday or I'm going to Which? with the whole story.",
    "I've already been on to the consumers' association and they say the clause is unfair.",
    "Si no me devuelven la fianza acudiré a una asociación de consumidores con todas las facturas.",
    "Mañana mismo voy a la Oficina Municipal de Información al Consumidor con el contrato.",
    "Han publicado mi dirección sin permiso y lo voy a poner en conocimiento de la Agencia Española de Protección de Datos.",
]

# A lawyer already consulted or instructed, said without the verbs the old patterns knew, and advice taken on recovery.
LAWYER_CONSULTED = [
    "The ladder you sold me collapsed under my husband. We are now in touch with a solicitor.",
    "I've been in contact with a lawyer about the deposit you are holding back.",
    "We have instructed solicitors regarding the unpaid invoices.",
    "If the leak isn't fixed by Friday I'll be taking advice from a solicitor about the tenancy.",
    "Our warehouse lost two days of orders and we are seeking advice on recovering the losses.",
    "Ich habe mich inzwischen anwaltlich beraten lassen.",
    "Das ist meine letzte Nachricht vor rechtlichen Schritten.",
    "Please treat this email as a letter before claim.",
]

# The bank or card firm gone to, or already at work, against the company's charge; a PayPal claim opened.
BANK_AGAINST_THE_CHARGE = [
    "If the money isn't back by Thursday I'll be contacting my bank to dispute the payment.",
    "I'm calling my credit card company to reverse the charges this afternoon.",
    "I'll go through my card company to get the money back then.",
    "I'm getting my bank to claw it back if you won't.",
    "My credit card company is now investigating the charge.",
    "Any more debits will be reported to my bank as fraud.",
    "Ma banque a lancé une procédure de contestation pour ces deux prélèvements.",
    "Je vais passer par ma banque pour récupérer l'argent.",
    "Mi banco ya ha abierto una reclamación por el cargo duplicado.",
    "Si el viernes no tengo el reembolso, lo reclamaré a través de mi banco.",
    "Devolveré los cargos a través de mi banco si no me contestan.",
    "Ich habe meine Bank gebeten, die Abbuchung zurückzuholen.",
    "If the tracking doesn't move by Monday I'm opening a case with PayPal.",
    "J'ai ouvert un litige PayPal ce matin.",
    "He abierto una disputa en PayPal porque el pedido no llega.",
    "Ich eröffne heute einen PayPal-Konflikt.",
    "Mastercard is now investigating the three payments you took.",
    "I've rung my card provider to dispute all three debits.",
    "Meine Sparkasse hat bereits einen Widerspruch eingeleitet.",
    "Meine Bank holt sich das Geld jetzt zurück.",
]

# The same words about a stolen card, the bank asked for news, a lawyer in an estate's paperwork, a question.
NOT_A_LEGAL_THREAT = [
    "I called my bank to block the card after my wallet was stolen, can you update the card on my account?",
    "I've contacted my bank and they say the refund hasn't arrived yet.",
    "My bank is investigating why my card was declined, so please hold the order for a day.",
    "I'm in touch with my solicitor about my late father's estate; could you send his final statement?",
    "Which plan includes the family add-on? And can I move to which?",
    "Can I open a case with PayPal, or do I need to ask you first?",
    "Ma banque a ouvert un nouveau compte pour moi, voici mon nouvel IBAN.",
    "Mi banco ha abierto una cuenta nueva, les paso el IBAN.",
    "Ich habe meine Bank gebeten, mir eine neue Karte zu schicken.",
    "I'll go through my bank to pay the invoice next week.",
    "Visa is accepted at checkout, isn't it?",
    "I've rung my bank to check the refund has arrived.",
    "Meine Bank hat eine neue Karte geschickt, bitte aktualisieren Sie die Daten.",
]


@pytest.mark.parametrize("text", BODIES_BY_FULL_NAME)
def test_a_body_named_in_full_is_a_legal_threat(text):
    assert "legal_threat" in _cues(text)


@pytest.mark.parametrize("text", LAWYER_CONSULTED)
def test_a_lawyer_consulted_is_a_legal_threat(text):
    assert "legal_threat" in _cues(text)


@pytest.mark.parametrize("text", BANK_AGAINST_THE_CHARGE)
def test_the_bank_set_against_the_charge_is_a_legal_threat(text):
    assert "legal_threat" in _cues(text)


@pytest.mark.parametrize("text", NOT_A_LEGAL_THREAT)
def test_a_bank_call_or_lawyer_with_no_threat_stays_out(text):
    assert "legal_threat" not in _cues(text)


# "Court" in a place's name is an address; a court's own kind before it, or court said plainly, stays a threat.
COURT_IN_AN_ADDRESS = [
    "The boiler in flat 4, Maple Court, has been leaking since Monday and nobody has come. This is the third time I've reported it.",
    "Please send the engineer to 9 Harbour Court, the heating is still broken after three visits.",
]
COURT_OF_LAW = [
    "If the deposit isn't back by Friday I'll see you in Court.",
    "Refund me or I'll take you to the Magistrates Court.",
    "I've filed the claim at the County Court and you'll get the papers.",
    "I will complain to the Telecommunications Industry Ombudsman.",
]


@pytest.mark.parametrize("text", COURT_IN_AN_ADDRESS)
def test_court_in_an_address_is_no_legal_threat(text):
    assert "legal_threat" not in _cues(text)


@pytest.mark.parametrize("text", COURT_OF_LAW)
def test_a_court_of_law_in_title_case_stays_a_legal_threat(text):
    assert "legal_threat" in _cues(text)
