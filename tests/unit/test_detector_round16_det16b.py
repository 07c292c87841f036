"""Classes of cue error found reading round 16's two readable writers (session 16, second half: urgency, distress, legal
threat, repeat contact, already cancelled), each tested on sentences written here, in the languages where the class exists.

Legal threat: the claim through the bank said with a word between or a conjugated verb ("lo denuncio directamente al
banco", "je contesterai ce débit auprès de ma banque", reported to the bank as an unauthorised payment, "meiner Bank als
nicht autorisierte Abbuchung"), and a lawyer in the family brought in ("my sister is a solicitor", "mi cuñada es abogada",
"ma sœur est avocate", "mein Schwager ist Anwalt"); not the writer's own job, not a relative named as a lawyer beside a
plain question ("... but she's on holiday, so I'll ask"). Repeat contact: the calls or messages counted with more words
between or a larger number ("rung the depot eleven times", "escrito por el chat dos veces", "envoyé deux messages",
"dreimal angerufen"), the same automatic answer got back from a bot or a chat sending the writer back to the FAQ, and
nobody answering the writer's own mails or calls; not attempts at the product counted ("tried three times to log in"), not
a bot's answer the writer found useful ("the same answer as the FAQ, which solved it")."""

from tests.unit.cue_cases import cue_tests

FOUND = [
    # legal threat: the claim through the bank, conjugated or with a word between
    ("legal_threat", "Si no me devolvéis el dinero, lo denuncio directamente al banco."),
    ("legal_threat", "Sinon je contesterai ce débit auprès de ma banque."),
    ("legal_threat", "I'll report the charge to my bank as an unauthorised payment if it isn't refunded."),
    ("legal_threat", "Dann melde ich das meiner Bank als nicht autorisierte Abbuchung."),
    # ... a lawyer in the family brought in
    ("legal_threat", "My sister is a solicitor and she's read your terms."),
    ("legal_threat", "Mi cuñada es abogada y ya ha leído el contrato."),
    ("legal_threat", "Ma sœur est avocate et elle a lu vos conditions."),
    ("legal_threat", "Mein Schwager ist Anwalt und hat sich die AGB angesehen."),
    # repeat contact: calls or messages counted, with words between or a larger number
    ("repeat_contact", "I've phoned your warehouse line twelve times since breakfast."),
    ("repeat_contact", "Les he llamado a la tienda cuatro veces esta semana."),
    ("repeat_contact", "J'ai laissé trois messages sur le répondeur de l'agence."),
    ("repeat_contact", "Ich habe fünfmal angerufen und bin nie durchgekommen."),
    # ... the same automatic answer, the chat sending the writer back to the FAQ
    ("repeat_contact", "The chatbot keeps giving me the same reply about restarting the router."),
    ("repeat_contact", "Your assistant just sends me straight back to the help centre."),
    ("repeat_contact", "Me han contestado un bot con la misma respuesta."),
    ("repeat_contact", "Le chatbot me redirige systématiquement vers la foire aux questions."),
    ("repeat_contact", "Ich bekomme immer wieder dieselbe automatische Antwort."),
    # ... nobody answering the writer's own mails or calls
    ("repeat_contact", "Nobody replies to my emails about the missing parcel."),
    ("repeat_contact", "Personne ne répond à mes mails depuis dix jours."),
    ("repeat_contact", "Nadie contesta mis llamadas."),
    ("repeat_contact", "Niemand antwortet auf meine Nachrichten."),
]

NOT_FOUND = [
    # legal threat: the writer's own job, a relative who is a lawyer beside a plain question
    ("legal_threat", "I'm a solicitor myself and need the invoice in the firm's name."),
    ("legal_threat", "My daughter is a lawyer but she's on holiday, so I'll ask: can I change the account holder?"),
    ("legal_threat", "Je suis avocate et j'ai besoin d'une facture au nom du cabinet."),
    # repeat contact: attempts at the product, a bot's answer that helped
    ("repeat_contact", "I tried three times to log in before it worked."),
    ("repeat_contact", "The app crashed eleven times today."),
    ("repeat_contact", "The bot gave me the same answer as the FAQ, which solved it, thanks."),
    ("repeat_contact", "Ich habe dreimal gelesen, was in der Anleitung steht."),
]


test_each_round16_class_is_found, test_each_round16_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)
