"""Classes of cue error found reading round 9's two readable writers (session 9, second half), each tested on sentences
written here, in the languages where the class exists.

Urgency is a real time pressure on the customer: the speed asked of money coming back, a date that is the condition of a
threat, a delay or opening hours told ("not before Monday") and a month-end date are not one; a day before the weekend, a
child starting school, a show at a clock time, an order to stop before it ships, an expiry or a deadline a few days off, a
birth's due date, a signing at the notary are. Distress: medicine named as what went missing, begging, the money lost that
was for the rent, panic beginning, living alone (not said of a flat). Repeat contact: contacts counted with "my", chased
with the pronoun between, reported already, messages left, back at the shop twice, what their agent on the phone said,
asked them yesterday by chat, a quoted reply answered with "still"; not a chat nobody answers, not "the same email address".
Abuse: the insult as a comparison with the staff."""


from tests.unit.cue_cases import cue_tests
from worker.detector import detect

FOUND = [
    # urgency: a day before the weekend
    ("urgency", "Please get the replacement charger to me before the weekend, I'm away from Saturday."),
    ("urgency", "J'ai besoin du badge avant le week-end, sinon je ne peux pas entrer au bureau."),
    ("urgency", "Lo necesito antes del fin de semana, es para la mudanza."),
    ("urgency", "Ich brauche die Ersatzteile vor dem Wochenende."),
    # ... a child starting school or someone a job on a near day
    ("urgency", "My daughter starts at her new school on Tuesday and the uniform still hasn't come."),
    ("urgency", "Mi hijo empieza el colegio el lunes y no tenemos los libros."),
    ("urgency", "La rentrée est lundi et les fournitures ne sont toujours pas arrivées."),
    ("urgency", "Die Schule fängt am Montag an und der Ranzen fehlt noch."),
    # ... a show at a clock time
    ("urgency", "The concert starts at 7 and the e-tickets still haven't arrived."),
    ("urgency", "La película empieza a las 9 y no me han llegado las entradas."),
    ("urgency", "Le film commence à 20h et je n'ai toujours pas les billets."),
    ("urgency", "Der Film beginnt um 20 Uhr und die Tickets fehlen."),
    # ... a "no" ending the sentence before negates nothing
    ("urgency", "No tickets in my inbox. The gig starts at 8."),
    # ... an order to stop before it ships
    ("urgency", "Please cancel the order before it ships, I never placed it."),
    ("urgency", "Cancelen el pedido antes de que salga, no lo hice yo."),
    ("urgency", "Bloquez la commande avant qu'elle parte, ce n'est pas moi."),
    ("urgency", "Stornieren Sie die Bestellung, bevor sie verschickt wird."),
    # ... an expiry or a deadline a few days off, a mortgage offer that ends on a date
    ("urgency", "The domain expires in 3 days and I can't get into the account to renew it."),
    ("urgency", "Mon certificat expire dans deux jours et je n'ai toujours pas de réponse."),
    ("urgency", "El dominio caduca en tres días y no puedo entrar."),
    ("urgency", "Meine Domain läuft in drei Tagen ab und ich komme nicht ins Konto."),
    ("urgency", "El plazo para presentar el modelo es de tres días y la web no funciona."),
    ("urgency", "Our mortgage offer expires on the 30th and the valuation still hasn't been booked."),
    # ... leaving on a date of the month
    ("urgency", "We're going away on the 14th, so if it's lost I'd rather reorder now."),
    ("urgency", "Nos vamos de vacaciones el 14 y el paquete sigue sin llegar."),
    ("urgency", "Nous partons en vacances le 14 et le colis n'est pas là."),
    ("urgency", "Wir fahren am 14. in den Urlaub und das Paket ist noch nicht da."),
    # ... a birth's due date, a signing at the notary, an exhibition opening
    ("urgency", "My due date is next Thursday and the car seat hasn't come."),
    ("urgency", "La firma en la notaría es el jueves y necesito el certificado."),
    ("urgency", "La signature chez le notaire est jeudi et il me manque l'attestation."),
    ("urgency", "Der Notartermin ist am Donnerstag und mir fehlt die Bescheinigung."),
    # ... a loss, not a threat, after "or" / "sonst"
    ("urgency", "I need the keys back by tonight or we're sleeping in the car."),
    # distress: medicine named as what went missing
    ("distress", "The locker was empty. It's insulin, and he only has two pens left."),
    ("distress", "C'est de l'insuline, elle doit rester au frais, et le colis a disparu."),
    ("distress", "Es insulina y necesita frío; el paquete no aparece."),
    ("distress", "Das ist Insulin, es muss gekühlt werden, und das Paket ist weg."),
    # ... begging
    ("distress", "Please, I'm begging you, get someone to unlock the account."),
    ("distress", "Se lo suplico, necesito el certificado para el banco."),
    ("distress", "Ich flehe Sie an, entsperren Sie mein Konto."),
    # ... the money lost was for the rent
    ("distress", "You took £900 from my account. That money was for rent."),
    ("distress", "On m'a débité 700 €, c'était l'argent de notre loyer."),
    ("distress", "Me habéis cobrado 600 euros, era el dinero del alquiler."),
    ("distress", "Sie haben 800 € abgebucht, das Geld war für die Miete."),
    # ... panic beginning, living alone
    ("distress", "Je commence vraiment à paniquer, c'est tout mon site."),
    ("distress", "Empiezo a entrar en pánico, no encuentro a nadie que me ayude."),
    ("distress", "I live alone and someone has been trying the door since the lock failed."),
    ("distress", "Je vis seule et ces photos de ma porte me font peur."),
    # repeat contact: the earlier contacts counted with "my"
    ("repeat_contact", "Both my emails about the refund have gone unanswered."),
    ("repeat_contact", "Mes deux mails sur ce remboursement sont restés sans suite."),
    ("repeat_contact", "Mis dos correos sobre la factura no han tenido respuesta."),
    ("repeat_contact", "Auf meine beiden E-Mails zur Rechnung kam nichts."),
    # ... chased with the pronoun between, reported already, messages left
    ("repeat_contact", "Je vous ai relancés trois fois pour cette facture."),
    ("repeat_contact", "Ya lo reporté desde la web y solo me llegó un mensaje automático."),
    ("repeat_contact", "I've left two voicemails for the billing team."),
    ("repeat_contact", "Quatre messages laissés sur votre répondeur."),
    ("repeat_contact", "He dejado tres mensajes en vuestro contestador."),
    ("repeat_contact", "Ich habe Ihnen zwei Nachrichten hinterlassen."),
    # ... back at the shop or the clinic more than once
    ("repeat_contact", "I've been back to the store twice about the strap and nothing is fixed."),
    ("repeat_contact", "Je suis retournée deux fois en boutique pour ces lunettes."),
    ("repeat_contact", "He vuelto a la tienda dos veces por el mismo reloj."),
    ("repeat_contact", "Ich bin schon zweimal in der Filiale gewesen wegen der Brille."),
    # ... what their agent on the phone said, asked them yesterday by chat
    ("repeat_contact", "Ihr Kollege am Telefon sagte, das sei längst erledigt."),
    ("repeat_contact", "Votre conseillère m'a assuré que c'était réglé."),
    ("repeat_contact", "Su agente me aseguró que estaba solucionado."),
    ("repeat_contact", "Os escribí ayer por chat para que no enviarais el pedido."),
    # abuse: the insult as a comparison with the staff
    ("abuse", "Your chatbot is as useless as you lot."),
    ("abuse", "Euer Bot ist so dumm wie ihr."),
    ("abuse", "Ce robot est aussi nul que vous."),
    ("abuse", "Este bot es tan inútil como vosotros."),
]

NOT_FOUND = [
    # urgency: the speed asked of money coming back
    ("urgency", "I want my deposit refunded now."),
    ("urgency", "Devolvedme los 40 euros ya, que no he pedido nada."),
    ("urgency", "Remboursez-moi immédiatement les 60 € prélevés."),
    ("urgency", "Das Geld für die Zusatzoption will ich sofort zurück."),
    # ... a date that is the condition of a threat
    ("urgency", "Send the corrected invoice by Friday or I'll report you to Trading Standards."),
    ("urgency", "Si je n'ai pas de réponse avant lundi, je saisis le médiateur."),
    ("urgency", "Ich erwarte die Gutschrift bis spätestens Freitag, andernfalls schalte ich meinen Anwalt ein."),
    # ... a delay or opening hours told
    ("urgency", "The technician said no slot is available before Monday."),
    ("urgency", "Le technicien n'est pas disponible avant jeudi, d'après votre agence."),
    ("urgency", "No hay ninguna cita libre antes del lunes en su taller."),
    ("urgency", "The front desk doesn't answer before 9am, even on the premium plan."),
    # ... a month-end date
    ("urgency", "Our accounts team needs the credit note by the end of the month."),
    ("urgency", "Il me faut l'attestation avant la fin du mois, merci."),
    ("urgency", "Wir brauchen die korrigierte Rechnung bis Ende des Monats."),
    # ... changing an address before dispatch is no race; a promotion starting is no school
    ("urgency", "Can I change the delivery address before it ships?"),
    ("urgency", "¿La promoción empieza el lunes o el martes?"),
    # distress: insulin as a product named in an order, living alone said of a flat
    ("distress", "My order for 3 insulin cool bags arrived, thanks."),
    ("distress", "The bill says £1,200 for a studio flat. I live alone in a one-bedroom flat, so it can't be right."),
    # repeat contact: a chat nobody answers, an email address
    ("repeat_contact", "Paid for next-day delivery on Monday and it's Saturday. Nobody answers the chat."),
    ("repeat_contact", "I can't log in even though it's the same email you send my newsletters to."),
]


test_each_round9_class_is_found, test_each_round9_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)


def test_a_calm_reply_saying_the_fix_is_still_not_done_is_a_chase():
    text = ("Vielen Dank für die schnelle Antwort. Leider ist die Rechnung weiterhin auf meinen Namen ausgestellt.\n\n"
            "Am 04.03.2024 schrieb Gästeservice:\n> Anbei erhalten Sie die korrigierte Rechnung.")
    assert "repeat_contact" in detect(text).cues


def test_a_date_kept_when_the_threat_is_a_loss_and_dropped_when_it_is_an_act():
    # the same date, tied once to a consequence and once to a threat: only the consequence is a time pressure
    assert "urgency" in detect("Wir brauchen den Zugang bis Freitag, sonst platzt die Messe.").cues
    assert "urgency" not in detect("Wir brauchen den Zugang bis Freitag, sonst gehe ich zum Anwalt.").cues
