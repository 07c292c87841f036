"""Classes of distress error found reading the read lines of rounds 4-24 (session 23), each tested on sentences written
here, in the languages where the class exists.

Distress: the money at stake told as large for the writer's thin means, on a charge or a refund ("£145 is a lot of money
for me", "I'm a student and that was my Christmas train money", "I need that money back": 13 read lines, all labelled,
e.g. nb-44-010, nb-62-037, nb-70-022, nb-68-001, nb-67-025). Not "a lot of money for us" (nb-42-021, unlabelled), nor a
student who names no money, nor money wanted back with no need said ("I want my money back").

Distress: struggling said bare as the writer's state ("I'm really struggling here", nb-65-079, nb-51-059), not struggling
with a task; money run out told in Spanish and French as "no money left" already was in English (nb-70-079); crying told
as what the writer did after the event ("I sat on the floor and cried", nb-53-023, nb-49-006); a death told on a day
("because she died on Christmas Eve", nb-70-008) and a grandmother's in Spanish ("Mi abuela murió", nb-65-084); a stay in hospital told as admitted ("My mum's just been admitted to St James's",
"está ingresada", nb-62-029, nb-29-089, nb-15-058, nb-5-067, all labelled).

Not distress: the writer shaken by being shouted at, sworn at or spoken to so (nb-22-027, nb-32-051, nb-68-033, unlabelled), like the age of the
slighted; shaking at a harm beside a mere shrug (nb-49-097, labelled) keeps it.
"""

from tests.unit.cue_cases import cue_tests

FOUND = [
    # the money told as large for the writer's means
    ("distress", "You charged me £90 twice and nobody has answered my emails. £90 is a lot of money for me."),
    ("distress", "Three weeks and still no refund of the £60. That's a lot of money to me, I work part time."),
    ("distress", "You took €70 after I cancelled. I'm a student and that was my bus money for the month. Refund it."),
    ("distress", "I'm a student, that £120 was meant for my books. You charged it after I cancelled, fix it now."),
    ("distress", "The refund you promised in March still hasn't arrived. I really need that money, please sort it."),
    ("distress", "Llevo un mes esperando el reembolso de 80 euros. Es mucho dinero para mí, devuélvanmelo ya."),
    ("distress", "Vous m'avez prélevé 75 € deux fois. C'est beaucoup d'argent pour moi, remboursez-moi."),
    ("distress", "Sie haben 85 Euro doppelt abgebucht. Das ist viel Geld für mich, ich will es sofort zurück."),
    # struggling as the writer's state, money run out, crying after the event
    ("distress", "The boiler has been broken for five days, nobody comes, and I'm really struggling."),
    ("distress", "Nos han cancelado el vuelo otra vez y ya no nos queda dinero para otra noche de hotel."),
    ("distress", "Le train est annulé pour la deuxième nuit et nous n'avons plus d'argent pour l'hôtel."),
    ("distress", "Your movers broke my grandmother's vase. I went home and cried all evening."),
    # a death told on a day, a grandmother's death in Spanish
    ("distress", "You billed me again for Pepper's insurance although she died on Boxing Day. Stop taking money, it's cruel."),
    ("distress", "Ocho meses sin las fotos. Mi abuelo murió en marzo sin verlas. Sois unos sinvergüenzas."),
    # admitted to hospital, told without the word
    ("distress", "My dad has just been admitted to St Mary's and your app won't let me top up to call the ward. Fix it now."),
    ("distress", "Your flight was cancelled again and my father was admitted last night. I need a seat today, not Friday."),
    ("distress", "Mi padre está ingresado desde ayer y ustedes me cancelan el tren sin avisar. Necesito una solución ya."),
    # shaking at a harm, with only a shrug or no rudeness at all
    ("distress", "My son was given peanuts at your club and the coach just shrugged. I'm shaking writing this."),
    ("distress", "Someone has emptied my account through your app and I'm shaking, please freeze it now."),
]

NOT_FOUND = [
    # money for us, a student with no money named, money wanted back with no need said
    ("distress", "You charged us £90 twice and nobody answered. It's a lot of money for us, so refund it today."),
    ("distress", "I'm a student at Leeds and your app keeps logging me out, it's ridiculous. Fix it."),
    ("distress", "I want my money back, this is the third time I've asked and I'm fed up."),
    # admitted to a venue or a course
    ("distress", "I was admitted to the course in May and you still haven't sent the login. Useless, honestly."),
    ("distress", "We were admitted to the venue an hour late because your scanners failed. Disgraceful."),
    # a machine that died on someone
    ("distress", "The scooter died on me halfway home and you still charged the full ride. Useless."),
    # struggling with a task
    ("distress", "I'm struggling to log in since your update and nobody answers the chat. Useless."),
    ("distress", "We are struggling with the new invoice layout, it is a mess. Please change it back."),
    # shaken by being shouted at or spoken to so
    ("distress", "The guard shouted at me in front of everyone over a ticket. I'm still shaken, this is disgraceful."),
    ("distress", "Your receptionist swore at my mum and I'm shaking. Nobody should be spoken to like that."),
    ("distress", "Le chauffeur m'a crié dessus devant tout le bus, je tremble encore. C'est inadmissible."),
]


test_each_s23_distress_class_is_found, test_each_s23_distress_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)
