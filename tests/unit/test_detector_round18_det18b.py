"""Classes of cue error found reading round 18's two readable writers (session 18, det18b), each tested on sentences
written here, in the languages where the class exists.

Legal threat: the order given to the bank to send a debit back ("doy orden al banco de devolver el recibo", "je contesterai
l'opération auprès de ma banque" with the article elided, the German debit sent back with words between, "had the direct
debit reversed by my bank"); the health professions' regulators in fr/es/de (Agence régionale de santé, l'Ordre des
pharmaciens, Colegio de Farmacéuticos, Apothekerkammer); a personal-injury lawyer. Not: the bank asked for news ("I asked my
bank, they say nothing came in"), a lawyer's word inside an e-mail address or a web domain.
Distress: fear felt in the body with the words the other way round or as a state ("zittere ich", "les mains qui tremblent",
"estoy temblando", "freaking me out"); a family member who no longer sleeps or dares not be alone at home; the money lost
was all the writer had. Not: a machine that trembles, "all I had to say".
Repeat contact: the earlier contacts counted as steps of the story ("after four emails to Guest Services", "después de tres
llamadas al servicio técnico") or as the times the writer asked ("las tres veces que he preguntado", "the three times I've
called"). Not: a chase that has not happened ("if I have to chase this"), reopening a file or an app, a promise to come back
("nous ne manquerons pas de revenir vers vous").
Urgency: the departure counted in hours ("the train's in about two hours", "mi tren sale en dos horas", "mein Zug fährt in
zwei Stunden"), the time left said with "only" ("I've only got until Friday", "solo tengo hasta el viernes", "je n'ai que
jusqu'à vendredi"), the day's event at a clock time ("hoy a las 11:00 es el funeral", "demain à 9h c'est l'audience", "heute
um 14 Uhr ist die Trauerfeier", a first day at a new school on Monday). Not: "sofort" after an act already done ("ich habe die
Karte sofort gesperrt"), a time word waved away with "no drama" / "kein Drama".
Already cancelled: the account closed or the paid plan given up, told as done ("j'ai fermé mon compte", "cerré mi cuenta",
"habe mein Konto geschlossen", "downgraded to the free plan"). Not: a question how to downgrade or close.
"""

from tests.unit.cue_cases import cue_tests

FOUND = [
    # legal: the bank ordered to send the debit back
    ("legal_threat", "Faute de remboursement sous huit jours, je contesterai l'achat auprès de ma banque."),
    ("legal_threat", "Si el viernes no está resuelto, daré orden al banco de rechazar el cargo."),
    ("legal_threat", "Die Lastschrift für April habe ich gestern über meine Bank zurückgehen lassen."),
    ("legal_threat", "I've had the last payment reversed by my bank and will do the same next month."),
    # ... the health professions' regulators, a personal-injury lawyer
    ("legal_threat", "J'en informe l'Agence régionale de santé dès aujourd'hui."),
    ("legal_threat", "Je saisis également le conseil de l'Ordre des médecins."),
    ("legal_threat", "Voy a poner esto en conocimiento del Colegio de Farmacéuticos."),
    ("legal_threat", "Ich werde den Vorfall der Apothekerkammer melden."),
    ("legal_threat", "My physio has put me in touch with a personal injury lawyer about the fall."),
    # distress: trembling, the other way round or as a state
    ("distress", "Seit dem Anruf zittere ich am ganzen Körper."),
    ("distress", "J'ai encore les jambes qui tremblent en y repensant."),
    ("distress", "Sigo temblando desde que vi los cargos en la cuenta."),
    ("distress", "Someone is using my address and it's honestly freaking me out."),
    # ... a family member who cannot sleep or be alone since
    ("distress", "Mein Sohn schläft seit dem Einbruch kaum noch."),
    ("distress", "Depuis le cambriolage, ma fille ne dort plus."),
    ("distress", "Desde el robo mi madre ya no duerme."),
    ("distress", "The children are scared to be alone in the flat now."),
    ("distress", "Meine Mutter will seitdem nicht mehr allein bleiben."),
    # ... the money lost was all the writer had
    ("distress", "Ces 900 euros, c'était tout ce que nous avions."),
    ("distress", "Ese dinero era todo lo que teníamos ahorrado."),
    ("distress", "Das Geld war alles, was ich hatte."),
    # repeat contact: earlier contacts counted as steps, or as the times asked
    ("repeat_contact", "After three calls to your billing team the invoice is still wrong."),
    ("repeat_contact", "Después de tres llamadas al servicio técnico sigo sin conexión."),
    ("repeat_contact", "Après quatre mails au service client, toujours rien."),
    ("repeat_contact", "Nach drei Anrufen bei der Hotline ist immer noch nichts passiert."),
    ("repeat_contact", "Las dos veces que he llamado me han dado largas."),
    ("repeat_contact", "Les deux fois où j'ai appelé, on m'a dit de patienter."),
    ("repeat_contact", "Die zwei Male, die ich angerufen habe, wusste niemand Bescheid."),
    ("repeat_contact", "The four times I've phoned, I got a different answer."),
    # urgency: the departure counted in hours
    ("urgency", "The ferry's in about two hours and the booking has vanished from the app."),
    ("urgency", "Mi vuelo sale en dos horas y no me deja facturar."),
    ("urgency", "Mein Flug geht in zwei Stunden und die Bordkarte lädt nicht."),
    # ... the time left said with "only"
    ("urgency", "I've only got until Friday to hand the keys back."),
    ("urgency", "Solo tengo hasta el viernes para presentar el documento."),
    ("urgency", "Je n'ai que jusqu'à vendredi pour envoyer le dossier."),
    # ... the day's event at a clock time
    ("urgency", "Mañana a las 11:00 es el funeral y el coche no arranca."),
    ("urgency", "Demain à 9h c'est l'audience et je n'ai pas les documents."),
    ("urgency", "Heute um 14 Uhr ist die Trauerfeier und der Anzug ist nicht da."),
    ("urgency", "Am Montag ist sein erster Schultag und der Ranzen fehlt."),
    ("urgency", "Her first day at the new school is on Monday and the uniform hasn't come."),
    # already cancelled: the account closed or the paid plan given up, told as done
    ("already_cancelled", "J'ai fermé mon compte en février et vous me prélevez encore."),
    ("already_cancelled", "Cerré mi cuenta el mes pasado y siguen llegando cargos."),
    ("already_cancelled", "Ich habe mein Kundenkonto im März gelöscht und trotzdem kam eine Rechnung."),
    ("already_cancelled", "We downgraded our workspace to the free tier in January, yet the invoice says Pro."),
]

NOT_FOUND = [
    # legal: the bank asked for news, a lawyer's word in an address
    ("legal_threat", "I asked my bank, they said the transfer hasn't arrived yet."),
    ("legal_threat", "Mon identifiant est j.martin@dupont-avocats.fr, puis-je le changer ?"),
    ("legal_threat", "Mi correo es laura@garcia-abogados.es, ¿lo pueden actualizar?"),
    # distress: a machine that trembles, "all I had to say", money withheld by choice
    ("distress", "La lavadora está temblando mucho en el centrifugado."),
    ("distress", "C'est tout ce que j'avais à signaler, merci."),
    # repeat contact: a chase not yet made, a file reopened, a promise to come back
    ("repeat_contact", "If I have to chase this, I'll simply pay somewhere else."),
    ("repeat_contact", "When I reopen the file the chart is missing."),
    ("repeat_contact", "Nous ne manquerons pas de revenir vers vous pour fixer une date."),
    ("repeat_contact", "After two calls to my plumber the leak was fixed."),
    # urgency: an act already done at once, a time word waved away
    ("urgency", "Ich habe die Karte sofort gesperrt, jetzt ist alles ruhig."),
    ("urgency", "Kein Drama, kommt das Paket heute noch oder erst morgen?"),
    # already cancelled: a question how to downgrade or close
    ("already_cancelled", "How do I downgrade to the free plan?"),
    ("already_cancelled", "¿Cómo cierro mi cuenta?"),
]


test_each_round18_class_is_found, test_each_round18_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)
