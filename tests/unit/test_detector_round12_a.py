"""Classes of cue error found reading round 12's two readable writers (35 and 36), who said the hardest cues sideways
(session 12, helper a), each tested on sentences written here, in the languages where the class exists.

Already cancelled: the service cancelled by its name with a day of two digits ("on 28 Jan": the day was read as one
digit and a word boundary, so only days 1-9 matched), a card closed (not cancelled after a theft: that is a block), a
provider left by its name with when ("I switched away from Brightwatt on 1 December"), and a German cancel told with a
reference number in brackets between ("habe meinen Vertrag (Nr. 55-1209) zum 30.06. gekündigt"). Escalation: someone
with "actual" or "the" authority, somebody more senior, whoever supervises the agent or whoever they report to, someone
who can take decisions (es/fr), the branch management or head office asked to get in touch with another option beside
it (de "dass sich die Filialleitung oder jemand aus der Zentrale bei mir meldet", es/fr with the wish), the complaint
sent to the agent's hierarchy, and a chief executive copied in; not anyone with authority to sign for a parcel, not
head office's call reported by someone else, not a talk with a supervisor told as a story."""

from tests.unit.cue_cases import cue_tests

FOUND = [
    # already cancelled: the service by its name, a day of two digits
    ("already_cancelled", "I cancelled Brightflix Family on 21 March and got billed again today."),
    ("already_cancelled", "We cancelled Pro Seats on 30 November, yet the April invoice still lists them."),
    # ... a card closed
    ("already_cancelled", "I closed my Gold rewards card by phone on 19 October and a £9 fee has appeared since."),
    ("already_cancelled", "We closed the business charge card in August, so why is there an annual fee?"),
    # ... a provider left by its name, with when
    ("already_cancelled", "I switched away from Nordpower on 12 January and you keep sending me bills."),
    ("already_cancelled", "We moved away from Fibrelink last month, yet the direct debit went out again."),
    # ... a German cancel with a reference in brackets between
    ("already_cancelled", "Ich habe meinen Vertrag (Nr. 55-1209) zum 30.06. gekündigt und trotzdem kam eine Rechnung."),
    ("already_cancelled", "Ich habe das Abo (Kundennummer 88123) schon im Mai gekündigt, warum bucht ihr noch ab?"),
    # escalation: someone with authority, somebody more senior
    ("escalation_request", "Please get someone with actual authority over refunds to call me."),
    ("escalation_request", "I need somebody with the authority to waive the fee, not another script."),
    ("escalation_request", "Is there somebody more senior I can explain this to?"),
    # ... whoever supervises the agent, whoever they report to
    ("escalation_request", "I'd like whoever supervises that driver to look at the dashcam footage."),
    ("escalation_request", "Please forward this to whoever your installer reports to."),
    # ... someone who can take decisions
    ("escalation_request", "Quiero que me atienda alguien que pueda tomar decisiones, no un teleoperador."),
    ("escalation_request", "Je souhaite parler à quelqu'un qui puisse prendre une décision sur mon dossier."),
    # ... the agent's hierarchy
    ("escalation_request", "Je veux que ma réclamation soit transmise à sa hiérarchie."),
    # ... the management or head office asked to get in touch, another option beside it
    ("escalation_request", "Ich erwarte, dass sich die Geschäftsleitung oder jemand aus der Zentrale noch heute bei mir meldet."),
    ("escalation_request", "Wir bitten darum, dass sich jemand aus Ihrer Rechtsabteilung oder der Niederlassungsleitung bei uns meldet."),
    ("escalation_request", "Que me llame hoy alguien de la oficina central, por favor."),
    ("escalation_request", "Je demande que quelqu'un de la direction me rappelle demain."),
    # ... a chief executive copied in
    ("escalation_request", "Copying in your Chief Executive, Mr Ruiz, since nothing else has worked."),
]

NOT_FOUND = [
    # already cancelled: a card stopped after a theft, a switch between the company's own channels, a tab closed, not cancelled
    ("already_cancelled", "I cancelled my debit card on 22 May after it was stolen; can you send a new one?"),
    ("already_cancelled", "I switched away from the app to the website on 3 May because the app kept crashing."),
    ("already_cancelled", "I closed the card reader tab on 12 June and the payment vanished."),
    ("already_cancelled", "Ich habe meinen Vertrag (Nr. 55-1209) noch nicht gekündigt, möchte aber den Tarif wechseln."),
    # escalation: authority to sign, power of attorney, someone else's report, a story
    ("escalation_request", "Anyone with authority to sign for the parcel can collect it, right?"),
    ("escalation_request", "Someone with power of attorney for my father will be handling his account from now on."),
    ("escalation_request", "Der Techniker meinte, dass sich die Zentrale bei mir meldet, sobald das Ersatzteil da ist."),
    ("escalation_request", "Le conseiller m'a dit que quelqu'un du siège allait m'appeler."),
    ("escalation_request", "J'ai parlé à son supérieur hier, il était très aimable."),
]


test_each_round12_a_class_is_found, test_each_round12_a_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)
