"""Classes of cue error found reading round 17's two readable writers (session 17, second helper: urgency, distress,
legal threat, repeat contact, already cancelled and the upset messages missed), each tested on sentences written here,
in the languages where the class exists.

Availability: the hours or the number the writer can be reached on ("I'm on my mobile until 5pm", "ich bin bis 16 Uhr
im Büro erreichbar", "je suis joignable jusqu'à 17h", "estoy localizable hasta las 19:00") bound a call back: no urgency,
and offered as a courtesy they make a one-line message no upset one; a clock time after a French "à" / "jusqu'à" ("18h")
is an hour of the day, not eighteen hours spent waiting. A need before the time ("I need it by 5pm") stays a deadline.

Legal threat: the file referred (double r) to solicitors, the bank instructed to reclaim a direct debit, the bank told (not
asked) to return the charges ("le digo al banco que los devuelva", "je dirai à ma banque de les rejeter"), a chargeback
raised in the present after "or"; not "legally" as what the writer can or may do ("I can't legally drive it").

Distress: not knowing where to sleep tonight, despair as a state ("am Verzweifeln"), young children living without a
kitchen, water or heating told lack first; not someone else's tears told as the indignity ("My father was close to
tears", "Meine Mutter war den Tränen nahe"), nor tears or a shrug inside the staff's quoted words ("she snapped 'don't
come crying to us later'").

Already cancelled: a withdrawal in the cooling-off period told as done ("I withdrew from the course within the 14-day
cooling-off period", "j'ai exercé mon droit de rétractation", "ejercí mi derecho de desistimiento", "ich habe den Vertrag
fristgerecht widerrufen"); not money withdrawn, nor a question about how to withdraw."""

from tests.unit.cue_cases import cue_tests
from worker.detector import detect

FOUND = [
    # legal threat: referred to solicitors, the bank instructed or told to get the money back, a chargeback raised after "or"
    ("legal_threat", "Failing that by Monday we are referring the whole matter to our solicitors. This is outrageous."),
    ("legal_threat", "This is outrageous: I am instructing my bank to reclaim both debits under the guarantee."),
    ("legal_threat", "Es una vergüenza. O me devolvéis el dinero o le digo al banco que rechace los recibos."),
    ("legal_threat", "C'est inadmissible. Sinon je dirai à ma banque de rejeter ces prélèvements."),
    ("legal_threat", "Unacceptable. Refund the deposit this week or I open a chargeback."),
    # distress: nowhere known to sleep tonight, despair as a state
    ("distress", "The last ferry is gone, it's midnight and I don't know where we're going to sleep."),
    ("distress", "Han cancelado el tren, es de noche y no sé dónde vamos a dormir los tres."),
    ("distress", "Le vol est annulé, il est 23h et je ne sais pas où nous allons dormir."),
    ("distress", "Der Flug ist gestrichen und wir wissen nicht, wo wir heute Nacht schlafen sollen."),
    ("distress", "Wir sind völlig am Verzweifeln, die Wohnung ist seit Tagen eiskalt."),
    # ... young children living without a kitchen, water or heating, the lack told first
    ("distress", "Depuis dix jours nous vivons sans chauffage ni eau chaude, avec un bébé de huit mois. C'est inadmissible."),
    ("distress", "Llevamos una semana sin cocina ni agua caliente con dos niños pequeños. Es inaceptable."),
    ("distress", "Seit zwei Wochen leben wir ohne Küche und Heizung, mit zwei kleinen Kindern. Eine Zumutung."),
    # already cancelled: a withdrawal in the cooling-off period told as done
    ("already_cancelled", "I withdrew from the coding bootcamp within the cooling-off period and you've still charged me."),
    ("already_cancelled", "J'ai exercé mon droit de rétractation le 3 mai et vous m'avez quand même prélevé 90 €."),
    ("already_cancelled", "Ejercí mi derecho de desistimiento hace un mes y me seguís cobrando la cuota."),
    ("already_cancelled", "Ich habe den Vertrag fristgerecht widerrufen und trotzdem wurde abgebucht."),
    # urgency: a need before the time stays a deadline, however reachable the writer is
    ("urgency", "Ich muss die Unterlagen bis 15 Uhr haben, ich bin im Büro erreichbar."),
    ("urgency", "Il me faut le certificat avant 16h, je suis joignable sur mon portable."),
]

NOT_FOUND = [
    # legal threat: "legally" as what the writer can or may do
    ("legal_threat", "They gave me a van I can't legally drive on my licence. Your staff are clowns."),
    ("legal_threat", "I'm not allowed to legally park there overnight, so where do I leave the car? Useless, the lot of you."),
    # distress: someone else's tears told as the indignity, or the staff's words quoted
    ("distress", "The driver shouted at us in the street. My mother was close to tears. I want an apology, this is disgraceful."),
    ("distress", "Der Fahrer hat uns angeschrien. Meine Tochter war den Tränen nahe. Eine Frechheit."),
    ("distress", "Le chauffeur nous a crié dessus. Ma mère était au bord des larmes. C'est honteux."),
    ("distress", "The agent snapped and told \"don't come crying to us if it gets scratched later\" before walking off. Disgraceful."),
    ("distress", "El recepcionista me soltó que \"si no le gusta, que no venga llorando\" y se fue. Vergonzoso."),
    # already cancelled: money withdrawn, a question about withdrawing
    ("already_cancelled", "I withdrew £200 from the machine and it only gave me £100."),
    ("already_cancelled", "How do I withdraw from the course within the cooling-off period?"),
    ("already_cancelled", "Comment exercer mon droit de rétractation pour cette commande ?"),
    # urgency: the hours the writer can be reached in
    ("urgency", "Ich bin morgen bis 16 Uhr im Büro erreichbar."),
    ("urgency", "Je reste joignable jusqu'à 17h au numéro ci-dessous."),
    ("urgency", "Estoy localizable en el móvil hasta las 19:00."),
    ("urgency", "I'm reachable on my mobile until 5pm if a call is easier."),
]


test_each_round17_det17b_class_is_found, test_each_round17_det17b_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)


def test_a_one_line_offer_to_be_reached_is_calm():
    for text in ("Ich bin heute bis 16 Uhr telefonisch erreichbar.", "Je suis joignable jusqu'à 17h.",
                 "Estoy localizable hasta las 19:00.", "I'm on the number in my signature until 5pm."):
        verdict = detect(text)
        assert not verdict.negative, (text, verdict.score, verdict.cues)
