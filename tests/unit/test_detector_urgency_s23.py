"""Classes of urgency error found reading the read lines of rounds 4-23 (session 23), each tested on sentences written
here, in the languages where the class exists.

Not urgency: the speed asked of taking a picture, a post or the customer's data down ("I want the photo removed today",
"Supprimez ses données immédiatement", "borrad mis fotos de inmediato", "löschen Sie sofort meine Daten") is impatience
with the company, like the speed asked of a cancel, and asked in fear too: the 4 read lines with it were all unlabelled
(nb-38-032, nb-49-047, nb-50-094, nb-68-046). A removal that stops a harm going on (a fraudster's payee, a listing) and a
need for the pictures themselves stay urgency.

Not urgency either: money back or a cancel asked "as soon as possible" ("refund it as soon as possible", "devuélvanme el
dinero lo antes posible", "remboursez-moi dès que possible", "so schnell wie möglich erstatten") is the same impatience as
money back "now" or "today", which the detector already read so (nb-49-033, nb-51-059, both unlabelled); an engineer asked
as soon as possible with no heating, or a replacement before a party, stays urgency.

Urgency: family, friends or fitters due at the customer's home on a near day ("my parents arrive on Saturday for Easter",
"the fitters are booked for Monday 12 May", read nb-46-001, nb-51-033, nb-44-031, all labelled), as the landlord or the
buyers due at a clock time already were; not when they came or were booked in the past.
"""

from tests.unit.cue_cases import cue_tests

FOUND = [
    # not a picture or one's data taken down: a harm going on, the pictures needed for an event
    ("urgency", "Please remove the fraudulent payee immediately, they are still sending money out."),
    ("urgency", "I need the photos printed today, the memorial is tomorrow morning."),
    ("urgency", "Bitte entfernen Sie sofort die fremde Lastschrift, morgen wird meine Miete abgebucht."),
    # "as soon as possible" for a need of the customer's own
    ("urgency", "Please send an engineer as soon as possible, we have no heating and a newborn."),
    ("urgency", "I need the replacement as soon as possible, the party is on Saturday."),
    # family, friends or fitters due on a near day
    ("urgency", "My in-laws arrive on Friday and the oven still doesn't work."),
    ("urgency", "The installers are booked for Thursday and the worktop hasn't come."),
    ("urgency", "Mis suegros llegan el viernes y la cocina sigue sin horno."),
    ("urgency", "Mes beaux-parents arrivent samedi et le canapé n'est toujours pas livré."),
    ("urgency", "Meine Schwiegereltern kommen am Freitag und das Bett fehlt noch."),
]

NOT_FOUND = [
    # a picture, a post or the customer's data wanted down at once
    ("urgency", "I want the photo removed today, I never agreed to it."),
    ("urgency", "Please delete my data immediately and confirm in writing."),
    ("urgency", "Supprimez immédiatement la vidéo où l'on voit ma fille."),
    ("urgency", "Borrad mis fotos de la web de inmediato, no di permiso."),
    ("urgency", "Löschen Sie sofort alle Bilder von mir aus Ihrer Galerie."),
    ("urgency", "I want that post taken down today."),
    # money back or a cancel asked as soon as possible
    ("urgency", "Please refund the duplicate charge as soon as possible."),
    ("urgency", "I just need my money back asap please."),
    ("urgency", "Devuélvanme el dinero lo antes posible, por favor."),
    ("urgency", "Remboursez-moi les 40 € dès que possible."),
    ("urgency", "Bitte erstatten Sie mir den Betrag so schnell wie möglich."),
    ("urgency", "Cancel my membership as soon as possible please."),
    # family or fitters who came, or were booked, in the past
    ("urgency", "My parents came on Saturday and the sofa was still missing."),
    ("urgency", "The fitters were booked for Monday but never turned up."),
    ("urgency", "My parents arrived on Sunday, thanks for the quick delivery."),
]


test_each_s23_urgency_class_is_found, test_each_s23_urgency_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)
