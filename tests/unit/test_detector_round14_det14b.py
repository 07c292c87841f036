"""Classes of error found reading round 14's two readable writers (41, 42; session 14, det14b), each tested on sentences
written here, in the languages where the class exists.

Churn threat: the thing bought again from someone else, in the future ("I'll get them somewhere else", "je vais commander
ailleurs"), and the spend taken to anyone else; not "me voy directa a FACUA", which goes to a consumer body (a legal threat),
not to a competitor. Legal threat: a lawyer writing calmly for a client names their own role ("en calidad de abogada de",
"als Rechtsanwalt von", "en qualité d'avocat de") or signs with it ("Abogado – Colegiado n.º"): that is no lawyer brought in
against the company. Calm: a polite chase that says it is no complaint or reproach ("I'm not complaining", "je ne me plains
pas", "no me quejo", "ich beschwere mich nicht") is calm. Distress: a death told as the reason for paperwork (an account put in
the writer's name or closed, the death certificate, the will, "Sterbeurkunde", "acte de décès") with no mark of upset and no
chase or threat beside it is the fact the request rests on, not distress (nor is the funeral's date a time pressure); grief
said in its own words, or a bereaved customer writing again, stays distress. Repeat contact: a report or a talk with a regulator,
an advice body or the police ("already reported this to the ICO", "spoken to Citizens Advice", "ante la OCU", "à la DGCCRF",
"der Verbraucherzentrale gemeldet") is help sought elsewhere, not an earlier contact with support; a contact with the company
in the same sentence still counts. Legal threat: redress schemes and sector bodies by name (CCWater, a Water Redress Scheme, Money
Claim Online, AESA), the judge the company will face ("explain that to a judge", "ante un juez", "devant un juge", "vor einem
Richter"), a lawyer already handed the file ("I've passed copies of everything to my solicitor"), an unauthorised charge claimed
from the bank ("lo reclamo como cargo no autorizado a mi banco"); not a request to send papers to a solicitor. Already cancelled:
the informal German "ich hab ... gekündigt", and no longer a customer since a date ("I left you as a customer on 31 December",
"dejé de ser cliente vuestro en enero", "je ne suis plus cliente depuis", "bin seit dem 1. März kein Kunde mehr"); not a wish to
stop being one, nor a question whether one cancelled. Urgency, false hits: the writer in no hurry ("no tenemos prisa", "rien ne
presse", "ich habe keine Eile", "we're in no rush") waves the date away; "my phone now" is the device, not a call asked for; the
emergency vet or room is where someone is treated (a fear, not a deadline); an event told as cancelled or moved ("Flug am Samstag
gestrichen") is what happened. Urgency, misses: the writer's own train or flight at a clock time tomorrow in French ("j'ai le
train à 15h demain"), the exam the writer sits on a near day in German ("Am Montag schreibe ich meine Klausur"). Distress told as plain facts: a dependant's great age ("He is
84"), a baby days or weeks old, a body kept going by a device ("on oxygen", "has a catheter"), medicine with a two-word name gone
("without my blood pressure tablets"), the rent overdue, a few pounds left ("£40 to my name", "noch 23 € auf dem Konto", "il me
reste 40 €", "me quedan 40 €"), the account overdrawn, the job lost, "je n'en dors plus"; not a percentage, an invoice's age. Repeat contact, misses: the earlier contact with no subject at
a sentence's start ("Emailed you about it Monday"), "hab ... schon ... gefragt", numbered in es/fr/de ("Troisième réclamation"),
the same report made again on another channel ("and again by email"), an email bumped, what was said to a colleague ("As I
mentioned to your colleague"), "os lo he dicho dos veces"; not a neighbour asked, nor a channel in the product. Already cancelled (read on round 13): a cancelling
told with its date whatever was cancelled ("I cancelled the add-on on 20 February", "I deleted my account with you in November"),
also with no subject ("Cancelled my Delivery Saver on 10 Feb"); an order or a booking cancelled with a date is left to the pattern
that wants the charge."""

import pytest

from tests.unit.cue_cases import cue_tests
from worker.detector import detect

FOUND = [
    # churn: the thing bought again elsewhere, in the future; the spend taken to anyone else
    ("churn_threat", "Just refund the blender and I'll buy one somewhere else."),
    ("churn_threat", "If the jacket isn't back in stock by May we'll order it elsewhere."),
    ("churn_threat", "Sort the invoice out or I'm taking our monthly spend to somebody else."),
    ("churn_threat", "Si le remboursement n'arrive pas, je vais acheter ailleurs."),
    ("churn_threat", "Si no me lo cambian, voy a comprarlo en otro sitio."),
    ("churn_threat", "Wenn das so weitergeht, bestelle ich in Zukunft woanders."),
    # legal: redress schemes by name, the judge, the file handed to a lawyer, the unauthorised charge claimed from the bank
    ("legal_threat", "Unless the meter is re-read this week, the complaint goes to CCWater."),
    ("legal_threat", "I'll be taking the deposit to the Property Redress Scheme if it isn't returned."),
    ("legal_threat", "Refund the ticket or I start a Money Claim Online case on Friday."),
    ("legal_threat", "Keep the voucher; you can explain that policy to a judge."),
    ("legal_threat", "Ya le explicaréis lo de la tarifa a un juez."),
    ("legal_threat", "Vous pourrez vous justifier devant un juge."),
    ("legal_threat", "Zahlen Sie bis Freitag zurück, sonst können Sie das vor einem Richter erklären."),
    ("legal_threat", "We've handed the whole correspondence over to our solicitors."),
    ("legal_threat", "O me lo devolvéis o lo reclamo como cobro no autorizado a mi banco."),
    ("legal_threat", "Si el vuelo no sale, la queja va directa a AESA."),
    # urgency: a real emergency, a call asked for now, a flight still ahead
    ("urgency", "This is an emergency: water is coming through the ceiling."),
    ("urgency", "Please ring me back now."),
    ("urgency", "Unser Flug geht am Samstag und die Bordkarten fehlen."),
    # urgency: the own train at a clock time tomorrow, the exam sat on a near day
    ("urgency", "J'ai le vol à 7h demain et la carte d'embarquement ne s'affiche pas."),
    ("urgency", "Nous avons le train de 9h40 ce soir... pardon, j'ai le train à 18h ce soir et le billet est bloqué."),
    ("urgency", "Morgen schreibe ich meine Führerscheinprüfung und der Termin ist nicht bestätigt."),
    # distress told as plain facts
    ("distress", "My mum is 91 and the lift to her flat has been broken for a week."),
    ("distress", "We have a three-week-old baby and the heating has failed."),
    ("distress", "Tenemos un bebé de diez días y seguimos sin agua caliente."),
    ("distress", "Nous avons un bébé de 10 jours et toujours pas de chauffage."),
    ("distress", "Wir haben ein zehn Tage altes Baby und die Heizung ist aus."),
    ("distress", "My father is on oxygen overnight and the power keeps cutting out."),
    ("distress", "She has been without her heart failure tablets since Monday."),
    ("distress", "Our rent is now overdue because the refund never came."),
    ("distress", "Die Miete ist schon überfällig und das Geld ist immer noch nicht da."),
    ("distress", "I've got £40 to my name until payday."),
    ("distress", "Vous avez prélevé deux fois et il me reste 35 € pour finir le mois."),
    ("distress", "Me quedan 30 euros hasta que cobre."),
    ("distress", "Ich habe nur noch 12 € auf dem Konto."),
    ("distress", "Mon compte est à découvert à cause de ce double prélèvement."),
    ("distress", "J'ai perdu mon emploi le mois dernier et ce prélèvement m'étrangle."),
    ("distress", "He perdido mi trabajo y no puedo asumir esta cuota."),
    ("distress", "Ich habe meinen Job verloren und kann die Rate gerade nicht zahlen."),
    ("distress", "Je n'en dors plus depuis que ce courrier est arrivé."),
    # repeat contact said in other ways
    ("repeat_contact", "The router drops every hour. Rang you about it on Friday, still nothing."),
    ("repeat_contact", "Hab letzte Woche schon bei der Hotline nachgefragt, keiner weiß was."),
    ("repeat_contact", "Troisième relance pour ce remboursement de 42 €."),
    ("repeat_contact", "Es mi tercera reclamación por la misma factura."),
    ("repeat_contact", "Das ist meine dritte Beschwerde wegen der Heizkostenabrechnung."),
    ("repeat_contact", "I raised it in the app on Monday and again by phone on Thursday."),
    ("repeat_contact", "Lo comuniqué en la tienda y otra vez por teléfono, sin respuesta."),
    ("repeat_contact", "Je l'ai signalé en agence puis encore par mail la semaine dernière."),
    ("repeat_contact", "Ich habe es am Schalter gemeldet und nochmal per Mail, ohne Antwort."),
    ("repeat_contact", "Just bumping this ticket up as I haven't heard anything since the 4th."),
    ("repeat_contact", "As I explained to your colleague yesterday, the box arrived empty."),
    ("repeat_contact", "Comme je l'ai dit à votre collègue hier, le colis était vide."),
    ("repeat_contact", "Como le dije a su compañera ayer, la caja llegó vacía."),
    ("repeat_contact", "Wie ich Ihrer Kollegin gestern schon gesagt habe, war der Karton leer."),
    ("repeat_contact", "Se lo he explicado por teléfono tres veces ya."),
    # already cancelled: told with its date, with no subject
    ("already_cancelled", "I cancelled the premium support add-on on 3 March and it's still on the bill."),
    ("already_cancelled", "We deleted our account with you back in October, so why the newsletter?"),
    ("already_cancelled", "Cancelled my Family Pass on 2 May, confirmation attached."),
    # already cancelled: informal German, no longer a customer since a date
    ("already_cancelled", "Ich hab den Handyvertrag schon im Oktober gekündigt und ihr bucht immer noch ab."),
    ("already_cancelled", "We left you as customers in February, so why is there a new invoice?"),
    ("already_cancelled", "Dejamos de ser clientes vuestros hace dos meses y seguís pasando recibos."),
    ("already_cancelled", "Nous ne sommes plus abonnés depuis le 1er avril et le prélèvement continue."),
    ("already_cancelled", "Wir sind seit dem 1. April keine Kunden mehr, trotzdem kam eine Rechnung."),
    # legal: a lawyer still brought in against the company
    ("legal_threat", "Si no me devuelven la fianza, el asunto pasa a mi abogada."),
    ("legal_threat", "Mein Rechtsanwalt ist über den Vorgang bereits informiert."),
    ("legal_threat", "Sinon, je saisirai le tribunal avec mon avocat."),
    ("legal_threat", "Si no, me voy directo a la OCU con todas las facturas."),
    # distress: grief in its own words beside the paperwork, or the bereaved writing again
    ("distress", "Mi marido falleció hace un mes y estoy destrozada, no sé qué hacer con sus facturas. Tengo el certificado de defunción."),
    ("distress", "My wife passed away in June. I've sent the death certificate three times and you still write to her."),
    ("distress", "Mein Mann ist verstorben und ich bin völlig verzweifelt. Die Sterbeurkunde liegt Ihnen längst vor."),
    # repeat contact: the company contacted, beside or without a body
    ("repeat_contact", "I've already reported this to you twice and to Trading Standards."),
    ("repeat_contact", "Ich habe Ihnen den Schaden schon zweimal gemeldet."),
]

NOT_FOUND = [
    # legal: papers asked to be sent to a solicitor, a judge who is no court
    ("legal_threat", "Could you please email the tenancy documents to my solicitor?"),
    ("legal_threat", "I'm a judge for the village dog show; can the rosettes arrive by Friday?"),
    # urgency: no hurry said, the device "phone", the emergency vet, an event cancelled
    ("urgency", "We have to be out of the flat before 31 August; no tenemos prisa, solo queremos un presupuesto."),
    ("urgency", "Tenemos que dejar la oficina antes del 15 de julio. No tenemos prisa en fijar el día."),
    ("urgency", "Nous devons libérer le local avant le 30 juin, mais rien ne presse pour le devis."),
    ("urgency", "Wir ziehen vor dem 1. Oktober aus, ich habe keine Eile mit dem Angebot."),
    ("urgency", "All sorted, thanks! The app opens fine on my phone now."),
    ("urgency", "Our cat spent the night at the emergency vet after eating the toy's battery."),
    ("urgency", "Flug nach Palma am Freitag gestrichen, und niemand hat uns informiert."),
    # urgency: a train that was, an exam written in the past
    ("urgency", "J'avais le train à 15h hier et il a été supprimé, comment me faire rembourser ?"),
    ("urgency", "Letzten Montag habe ich meine Prüfung geschrieben; wann kommt das Zertifikat?"),
    # distress: a percentage, an invoice's age
    ("distress", "She is 80% of the way through the course and the videos stopped loading."),
    ("distress", "The 30-day-old invoice still shows as unpaid on your portal."),
    # repeat contact: a channel named in the product, a colleague of the writer's
    ("repeat_contact", "Can I pay again by card if the first attempt failed?"),
    ("repeat_contact", "As I mentioned to my colleague, we need six more seats on the plan."),
    # already cancelled: an order cancelled with a date, a question about cancelling
    ("already_cancelled", "I cancelled my order on Tuesday; how long does the refund take?"),
    ("already_cancelled", "Can I cancel my plan in June instead of now?"),
    # already cancelled: a wish to stop being a customer, a question whether one cancelled
    ("already_cancelled", "I'd like to stop being a customer once this billing period ends."),
    ("already_cancelled", "Hab ich das Abo überhaupt gekündigt? Ich finde keine Bestätigung."),
    # churn: going to a consumer body or a court is no leaving
    ("churn_threat", "Si no, me voy directa a FACUA con el contrato y las fotos."),
    ("churn_threat", "Si no contestan, me voy al juzgado con todo el expediente."),
    # churn: asking where else to buy it is a question
    ("churn_threat", "Can I get them somewhere else while you are out of stock?"),
    # legal: the lawyer's own role for a client, or a signature title
    ("legal_threat", "Les escribo en calidad de abogado de D. Luis Moreno para solicitar copia del contrato 4410."),
    ("legal_threat", "Quedo a su disposición.\n\nElena Sanz\nAbogada – Colegiada n.º 5521"),
    ("legal_threat", "Ich wende mich als Rechtsanwalt von Frau Keller an Sie und bitte um Zusendung der Police."),
    ("legal_threat", "Je vous écris en qualité d'avocat de M. Girard afin d'obtenir copie du bail."),
    # distress: a death told as the reason for paperwork
    ("distress", "Mi abuela, titular de la cuenta 3310, falleció en enero. Quisiera ponerla a mi nombre; adjunto el certificado de defunción."),
    ("distress", "Mon oncle, titulaire de la ligne 6621, est décédé en mars. Je souhaite la mettre à mon nom, je joins l'acte de décès."),
    ("distress", "Meine Tante ist im April verstorben. Bitte schreiben Sie den Gasvertrag auf meinen Namen um, die Sterbeurkunde liegt bei."),
    ("distress", "My uncle passed away last month. Could the water account be moved into my name? I have the death certificate."),
    # repeat contact: a regulator, an advice body or the police
    ("repeat_contact", "The parcel held a stranger's bank letters. I have already reported the leak to the Information Commissioner."),
    ("repeat_contact", "I've already spoken to Citizens Advice and they say the fee is unlawful."),
    ("repeat_contact", "Ya lo he denunciado ante la OCU, quiero que me devuelvan el importe."),
    ("repeat_contact", "J'ai déjà signalé cette vente forcée à la DGCCRF."),
    ("repeat_contact", "Ich habe den Vorfall bereits der Verbraucherzentrale gemeldet."),
    ("urgency", "My aunt died on the 3rd and the funeral is on Friday. I'm the executor and would like her phone contract closed."),
]


test_each_round14_b_class_is_found, test_each_round14_b_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)


NOT_A_COMPLAINT = [
    "Je ne me plains pas, mais pourriez-vous me dire où en est la commande 7710 ?",
    "No me quejo, solo quería saber si el pedido 7710 ya ha salido.",
    "Ich beschwere mich nicht, ich wollte nur fragen, wann das Paket 7710 verschickt wird.",
    "I'm not complaining, just checking whether order 7710 has shipped yet.",
]


@pytest.mark.parametrize("text", NOT_A_COMPLAINT)
def test_a_chase_that_says_it_is_no_complaint_is_calm(text):
    assert not detect(text).negative


def test_a_complaint_announced_in_german_is_still_upset_marked():
    from worker.detector.core import features
    assert features("Ich möchte mich hiermit über Ihren Service beschweren.")["upset_marks"] > 0
