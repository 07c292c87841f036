"""Classes of cue error found reading round 10's two readable writers (session 10, second half), each tested on sentences
written here, in the languages where the class exists.

Someone else's words quoted for the company to act on (a review, a comment, a message left by a guest or a stranger,
introduced as such) are that person's: the insult, the lawsuit or the hurry inside the quotation marks is not the
customer's. Urgency: a meeting with someone at a clock time today or tomorrow (a pitch, a presentation to a client), a
stay that starts on a near day (a booking checking in on Saturday); not the word "urgent" as a name in quotation marks or
after "programme", not an act already done today ("he sorted it out today"). Abuse: an exclamation of contempt at a
person or the firm ("what an arrogant little man", "was für ein arroganter Haufen"), the firm's incompetence as an idiom
("couldn't organise a piss-up in a brewery", "ihr kriegt nichts auf die Reihe"), its makers told to be ashamed, the
staff said to have no clue. Repeat contact: the same request made over several channels, earlier requests counted
with how they ended, the answer the earlier request got, asking for weeks, on the chat a number of times; not a question
about which channel to use. Legal threat: the Direct Debit Guarantee invoked, the bank asked to reverse "it"; not a
lawyer named as the writer's own job. Distress: fear felt in the body (hands shaking, "mir zittern die Hände") and its
superlative ("angustiadísima")."""


from tests.unit.cue_cases import cue_tests
from worker.detector import detect

FOUND = [
    # urgency: a meeting with someone at a clock time today or tomorrow
    ("urgency", "We're presenting the quarterly numbers to our board at 9:30 tomorrow and the dashboard won't load."),
    ("urgency", "I have a sales pitch at 3pm today and my laptop still hasn't been returned from repair."),
    ("urgency", "La presentación con el inversor es mañana a las 11 y la cuenta sigue bloqueada."),
    ("urgency", "Notre présentation est demain à 10h et le logiciel ne démarre plus."),
    ("urgency", "Unsere Präsentation beim Investor ist morgen um 11 Uhr und der Zugang ist gesperrt."),
    # ... a stay that starts on a near day
    ("urgency", "Our reservation is checking in on Friday and I still have no confirmation code."),
    ("urgency", "We arrive tomorrow and the apartment's key box code never came through."),
    # abuse: an exclamation of contempt at a person or the firm
    ("abuse", "The courier shrugged and walked off. What a lazy, smug little man."),
    ("abuse", "Was für ein unverschämter Laden, niemand ruft zurück."),
    ("abuse", "Quel conseiller arrogant, il m'a coupé la parole trois fois."),
    ("abuse", "Qué empresa más impresentable, nadie contesta nunca."),
    # ... the firm's incompetence as an idiom, its makers told to be ashamed, the staff said to have no clue
    ("abuse", "Honestly, your lot couldn't run a bath."),
    ("abuse", "Sie bekommen wirklich nichts gebacken, seit Wochen kein Internet."),
    ("abuse", "No dais pie con bola con las facturas."),
    ("abuse", "Vous n'êtes même pas fichus de livrer un colis à la bonne adresse."),
    ("abuse", "Whoever designed this booking form should be ashamed."),
    ("abuse", "Les debería dar vergüenza cobrar por esto."),
    ("abuse", "Vous devriez avoir honte de traiter vos clients comme ça."),
    ("abuse", "Ihr solltet euch schämen für diesen Service."),
    ("abuse", "Your advisors have absolutely no clue about their own tariffs."),
    # repeat contact: the same request over several channels
    ("repeat_contact", "I've reported the leak by phone and by email and nobody has come."),
    ("repeat_contact", "Lo he reclamado por teléfono y por correo y sigue igual."),
    ("repeat_contact", "J'ai signalé la panne par téléphone et par mail, sans effet."),
    ("repeat_contact", "Ich habe es per Telefon und per Mail gemeldet, passiert ist nichts."),
    # ... earlier requests counted with how they ended, the answer the earlier request got
    ("repeat_contact", "Vier Nachrichten an den Kundendienst blieben unbeantwortet."),
    ("repeat_contact", "Tres correos al soporte sin respuesta."),
    ("repeat_contact", "Trois réclamations restées sans réponse."),
    ("repeat_contact", "Auf meine Reklamation im März kam nur ein Textbaustein."),
    ("repeat_contact", "A mi reclamación de la semana pasada nadie ha contestado."),
    # ... asking for weeks, on the chat a number of times
    ("repeat_contact", "I've been chasing the installer for three weeks now."),
    ("repeat_contact", "Llevo tres semanas reclamando la factura."),
    ("repeat_contact", "Ça fait deux mois que je réclame ce remboursement."),
    ("repeat_contact", "I was on the live chat three times yesterday about this."),
    # legal threat: the Direct Debit Guarantee, the bank asked to reverse "it"
    ("legal_threat", "If it isn't refunded I'll claim it back under the Direct Debit Guarantee."),
    ("legal_threat", "Otherwise I will instruct my bank to reverse it."),
    # distress: fear felt in the body, a superlative of anguish
    ("distress", "Seit dem Anruf zittern mir... nein, mir zittern die Hände, ich kann kaum tippen."),
    ("distress", "My hands are still shaking from the phone call with your fraud line."),
    ("distress", "J'en tremble encore, on a vidé mon compte."),
    ("distress", "Estoy asustadísima, alguien ha entrado en mi cuenta."),
]

NOT_FOUND = [
    # someone else's words quoted: a review or a message reported to the company
    ("abuse", 'Someone left a review on my shop page that reads: "The owners are thieving idiots, avoid." Can it be taken down?'),
    ("legal_threat", 'A guest sent this message through the app: "Refund me or I will sue you for every penny." Is this allowed?'),
    ("abuse", "Un cliente dejó esta reseña en mi ficha: «Son unos ladrones y unos estafadores». ¿Pueden retirarla?"),
    ("legal_threat", 'Ein Gast schreibt in seiner Bewertung: „Ich werde Sie verklagen, das ist Betrug.“ Bitte prüfen Sie das.'),
    # urgency: "urgent" as a name, an act done today, a demo asked for with no date
    ("urgency", "Does the 'Urgent Care' add-on cover dental visits abroad?"),
    ("urgency", "¿El modo 'Urgente' de la secadora sirve para toallas?"),
    ("urgency", "Le programme « Urgent 20 min » convient-il à la laine ?"),
    ("urgency", "Your engineer fixed the boiler today in under an hour, many thanks."),
    ("urgency", "Could we book a demo of the reporting module some time next month?"),
    ("urgency", "Just checking in on Tuesday's question about my invoice."),
    # abuse: the exclamation about a thing or in praise, "no clue" about oneself, shame owned by the writer
    ("abuse", "What a rude surprise to find the price doubled."),
    ("abuse", "What a kind, patient man your technician was."),
    ("abuse", "I have no clue how to pair the new remote."),
    ("abuse", "I should be ashamed to say I lost the receipt."),
    # repeat contact: a question about which channel to use, a time using the product
    ("repeat_contact", "Is it better to reach you by phone or by email for a warranty claim?"),
    ("repeat_contact", "Llevo tres semanas usando el plan nuevo y va muy bien."),
    # legal threat: the writer's own job, a question about the guarantee
    ("legal_threat", "Soy abogada y necesito la factura a nombre del despacho."),
    ("legal_threat", "Ich bin Anwalt und benötige eine Rechnung auf die Kanzlei."),
    ("legal_threat", "Does the Direct Debit Guarantee also cover annual payments?"),
    # distress: a machine that shakes
    ("distress", "The new fridge's legs are uneven so it rocks when the door shuts."),
]


test_each_round10_class_is_found, test_each_round10_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)


def test_the_customers_own_threat_beside_a_quoted_review_still_counts():
    text = ('A reviewer wrote: "This place is run by crooks and clowns." It is false, and if it is not removed I will '
            "take you to court.")
    verdict = detect(text)
    assert "legal_threat" in verdict.cues
    assert "abuse" not in verdict.cues
