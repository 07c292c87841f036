"""Classes of cue error found reading round 16's two readable writers (writers 47 and 49, session 16, det16a), each tested
on sentences written here, in the languages where the class exists.

Abuse: the staff's basic competence or upbringing asked as a rhetorical question with no swear word -- whether anyone there
has a brain or common sense, whether staff are vetted or trained at all or taught manners, whether they are hired at random
or must be able to read to work there, whether anyone there can work a calendar -- and a child said to do the job better;
not a plain question about training or hiring. Churn: leaving told by a group the writer belongs to, gone "otherwise",
next year with another one (elliptical), another practice or clinic sought (de "suche mir eine andere Praxis", es
"cambiarme de clínica"), going back to doing it oneself, never booking or using it again (gerund), the last one with you
(future), deleting the app, "if ..., I'm switching"; not leaving for the airport, not the bank mandate cancelled, not a
calm German notice ("hiermit kündigen wir", a cancel request). Cancel request: notice given without "my", a child's place
given up, "je souhaite donc résilier"; not a deletion asked for in the past, not "after I cancelled". Escalation: a call
demanded from the head of the place by role, the message passed to whoever runs it; not a call that already came. Public
exposure: the experience shared with groups of fellow customers, the review written on Google in German; not the
company's own social accounts where a child's photos are kept. Calm: a mild disappointment softened by understanding."""

from tests.unit.cue_cases import cue_tests

FOUND = [
    # abuse: anyone there with a brain / common sense
    ("abuse", "Does anybody at that depot have half a brain? The parcel sat there for nine days."),
    ("abuse", "Is there a single person in your accounts department with common sense?"),
    ("abuse", "¿Hay alguien en esa oficina con dos dedos de frente?"),
    ("abuse", "Y a-t-il quelqu'un dans votre agence avec un minimum de bon sens ?"),
    ("abuse", "Hat bei Ihnen überhaupt irgendwer Verstand? Drei Rechnungen, drei Beträge."),
    # ... trained at all, taught manners
    ("abuse", "Do they vet their delivery drivers at all, or just hand over the keys?"),
    ("abuse", "Were your receptionists ever taught basic manners?"),
    ("abuse", "¿A sus cajeros no les enseñan modales? Me gritaron delante de mi hija."),
    ("abuse", "On leur apprend la politesse, chez vous ? Le livreur m'a raccroché au nez."),
    ("abuse", "Bringt man Ihren Angestellten am Schalter keine Manieren bei?"),
    # ... hired at random, must be able to read to work there
    ("abuse", "Are your cashiers hired off the street? Nobody could scan a coupon."),
    ("abuse", "Honestly, do you need to be able to count to work there?"),
    ("abuse", "¿Contratan a los técnicos a boleo? El router sigue sin funcionar."),
    ("abuse", "Vous embauchez vos techniciens au pif ? Trois visites, trois diagnostics."),
    ("abuse", "Faut-il vraiment savoir compter pour travailler chez vous ?"),
    ("abuse", "Stellen Sie Ihre Monteure wahllos ein? Die Küche hängt schief."),
    # ... can anyone there work a calendar / read a clock
    ("abuse", "Kann bei euch überhaupt jemand eine Uhr lesen? Der Techniker kam drei Stunden zu spät."),
    # ... a child would do it better
    ("abuse", "A child could load a van better than your crew did on Saturday."),
    ("abuse", "Ein Kind hätte die Sitzplätze besser verteilt als Ihr Buchungssystem."),
    # churn: a group the writer belongs to is leaving
    ("churn_threat", "Most of us on the estate are moving to another network next month."),
    ("churn_threat", "La mitad del bloque nos estamos cambiando por vuestra culpa."),
    ("churn_threat", "Die Hälfte von uns wechselt bereits, und ich überlege auch."),
    # ... gone "otherwise"
    ("churn_threat", "Send an engineer tomorrow, otherwise we're gone at the end of the quarter."),
    ("churn_threat", "Sonst sind wir zum Quartalsende weg, das ist kein Scherz."),
    ("churn_threat", "Arregladlo ya; si no, nos vamos."),
    ("churn_threat", "Réparez ça cette semaine, sinon on s'en va."),
    # ... next year with another one
    ("churn_threat", "Fine, I'll file by hand this time, and next year with another app."),
    ("churn_threat", "Este año lo aguanto, pero el curso que viene, con otra academia."),
    ("churn_threat", "L'an prochain, ce sera ailleurs."),
    ("churn_threat", "Nächstes Jahr dann eben bei einem anderen Reiseveranstalter."),
    # ... another practice or clinic sought
    ("churn_threat", "Wenn das so bleibt, suche ich mir eine andere Zahnarztpraxis."),
    ("churn_threat", "Me estoy planteando en serio cambiarme de gimnasio."),
    ("churn_threat", "Si rien ne bouge, je vais chercher un autre cabinet."),
    # ... back to doing it oneself, never again in the gerund, the last one with you, the app deleted, "if ..., I'm switching"
    ("churn_threat", "After this mess I'm going back to doing my own payroll by hand."),
    ("churn_threat", "Never booking with this site again, what a waste of a weekend."),
    ("churn_threat", "This will be our last holiday with you, I can promise that."),
    ("churn_threat", "Ce sera ma dernière commande chez vous."),
    ("churn_threat", "Será nuestro último viaje con ustedes."),
    ("churn_threat", "Refund the extra £4.50 and I'm deleting the app."),
    ("churn_threat", "If the price goes up to £48.99 again, I'm switching."),
    # cancel request: notice without "my", a child's place given up, "donc"
    ("cancel_request", "We're moving abroad, so I need to give notice for both girls."),
    ("cancel_request", "Os escribo para dar de baja a mi hijo del comedor escolar."),
    ("cancel_request", "Je vous écris pour annuler l'inscription de mon fils au stage de juillet."),
    ("cancel_request", "Je souhaite donc résilier le contrat d'entretien de la chaudière."),
    ("cancel_request", "Hiermit kündigen wir den Vertrag für den Stellplatz zum 30. September."),
    # escalation: a call demanded from the head of the place, the message passed to whoever runs it
    ("escalation_request", "I expect a phone call from the head teacher before Friday."),
    ("escalation_request", "Please make sure this is forwarded to whoever runs the depot."),
    ("escalation_request", "Exijo una respuesta de la directora de la residencia."),
    ("escalation_request", "J'exige un rendez-vous avec... non, j'attends un appel de la directrice."),
    ("escalation_request", "Ich verlange einen Rückruf von Ihrem Filialleiter."),
    # public exposure: the experience shared with fellow customers' groups; a Google review in German
    ("public_exposure", "I'll be sharing my experience with the other parents in the class WhatsApp groups."),
    ("public_exposure", "Nous raconterons notre mésaventure sur les forums de voyageurs."),
    ("public_exposure", "Contaré mi experiencia en los grupos del barrio."),
    ("public_exposure", "Ich werde meine Erfahrungen in den Elterngruppen teilen."),
    ("public_exposure", "Auf Google berichte ich dann ausführlich, wie Sie mit Kunden umgehen."),
]

NOT_FOUND = [
    # abuse: a plain question about training or hiring, a child who is a customer
    ("abuse", "Do you train staff on the new booking system before the season starts?"),
    ("abuse", "Is there anyone in your team with experience of Xero migrations?"),
    ("abuse", "¿Les enseñan a los monitores primeros auxilios?"),
    ("abuse", "Vous recrutez des livreurs pour l'été ? Mon fils cherche un job."),
    ("abuse", "Kann bei Ihnen jemand das Formular für mich ausfüllen?"),
    ("abuse", "A child would be better suited to the smaller seat than an adult."),
    # churn: leaving for the airport, a bank mandate, a calm German notice
    ("churn_threat", "We leave for the airport at 5, so please deliver before noon."),
    ("churn_threat", "Refund me, or I'll cancel the direct debit at my bank."),
    ("churn_threat", "Hiermit kündigen wir fristgerecht den Vertrag, da wir umziehen. Vielen Dank für alles."),
    ("churn_threat", "I'm deleting the app and reinstalling it, as your help page says."),
    ("churn_threat", "My last order with you arrived on time, thanks."),
    # cancel request: a deletion asked for in the past, the charge after cancelling, notice to a landlord
    ("cancel_request", "On 3 March I asked you to delete my account, and my data is still there."),
    ("cancel_request", "Me habéis cobrado después de darme de baja."),
    ("cancel_request", "I need to give notice to my landlord, so could you send the statement?"),
    # escalation: a call that already came
    ("escalation_request", "I got a call from the director yesterday and she was lovely."),
    # public exposure: the company's own social accounts
    ("public_exposure", "Please don't post photos of Ben on the club's Instagram or Facebook."),
    ("public_exposure", "Merci de retirer la photo de ma fille du compte Instagram de la crèche."),
    ("public_exposure", "We'd rather keep the children off social media, nothing more."),
]


test_each_round16_det16a_class_is_found, test_each_round16_det16a_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)
