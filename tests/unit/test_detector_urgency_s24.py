"""Classes of urgency error found reading the read lines of rounds 4-24 and the corpus's training part (session 24), each
tested on sentences written here, in the languages where the class exists.

Urgency: the rent due on a day, told with the customer paying it or the landlord waiting ("es el dinero con el que pago el
alquiler el día 1", "no sé qué le voy a decir al casero el día 5", "mon loyer est dû le 10", "rent goes out Friday"; read
nb-40-075, nb-42-011, nb-65-036, nb-56-033, all labelled, as the corpus labels hd-0183 "Rent goes out on the 1st"). The rent
paid in the past, or its amount without a day, stays out.
"""

from tests.unit.cue_cases import cue_tests

FOUND = [
    # the rent due on a day
    ("urgency", "I've been charged twice and my rent comes out Monday."),
    ("urgency", "Era el dinero con el que pagamos el alquiler el día 2."),
    ("urgency", "No sé qué le voy a decir al casero el día 7, me habéis dejado sin nada."),
    ("urgency", "Vous m'avez prélevé deux fois et mon loyer est dû le 8."),
    ("urgency", "You took the payment twice and rent goes out Thursday."),
]

NOT_FOUND = [
    # the rent paid in the past, or its amount with no day
    ("urgency", "Pagué el alquiler el día 1 con la tarjeta, ¿podéis enviarme el recibo?"),
    ("urgency", "My rent is £900 a month and I'd like to update the amount on the form."),
    ("urgency", "Rent went out on Friday as usual, thanks for fixing the reference."),
]


test_each_s24_urgency_class_is_found, test_each_s24_urgency_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)
