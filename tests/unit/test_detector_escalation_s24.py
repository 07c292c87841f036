"""Classes of escalation_request error found reading the read lines of rounds 4-25 (session 24), each tested on sentences
written here, in the languages where the class exists.

Escalation: someone asked for at a level or with the power to decide ("I'd like someone at your level to take ownership",
nb-73-050; "someone with the power to sort this", nb-36-058, nb-41-085, nb-42-099, nb-59-048, nb-67-081); a manager's name
asked for the other way round ("I want the name of his manager", nb-73-062); a manager asked onto the phone (nb-15-015); the
one in charge asked for as a question or by "sprechen" alone, and the case to be passed up to the boss in German
(nb-42-063, nb-44-093); the management told, in French.

Not escalation: a complaints procedure named as the process a letter goes through ("treat this letter as a formal complaint
under your complaints procedure", hd-0310, nb-33-053, nb-35-001, all labelled without); the name of someone else's manager
asked in praise; a level that is a membership tier.
"""

from tests.unit.cue_cases import cue_tests

FOUND = [
    ("escalation_request", "Six weeks and the damp is still there. Send me the contact details of his line manager."),
    ("escalation_request", "Nobody has fixed the boiler in a month. Give me the name of his supervisor, this is useless."),
    ("escalation_request", "I've been passed around for weeks. I'd like someone at your level to take ownership of this."),
    ("escalation_request", "Four calls and still no engineer. I want this looked at by someone at a senior level, today."),
    ("escalation_request", "The courier lost it again. I need someone with the power to actually sort this out."),
    ("escalation_request", "Your agent hung up on me twice. Put a manager on the phone, now."),
    ("escalation_request", "I'm done with the chatbot. Get me a real supervisor on the line."),
    ("escalation_request", "Me han colgado tres veces. ¿Me puede pasar con su superior, por favor?"),
    ("escalation_request", "Llevo un mes esperando. Quiero el nombre de su responsable, esto no es serio."),
    ("escalation_request", "Personne ne me répond depuis un mois. Je veux que la direction soit informée de ce dossier."),
    ("escalation_request", "Trois relances sans réponse. Donnez-moi le nom de votre responsable."),
    ("escalation_request", "Votre service tourne en rond. Il me faut quelqu'un ayant l'autorité de trancher."),
    ("escalation_request", "Ihre Hotline vertröstet mich seit Wochen. Ich möchte einen Verantwortlichen sprechen."),
    ("escalation_request", "Seit drei Wochen keine Antwort. Leiten Sie das bitte an Ihre Chefin weiter."),
]

NOT_FOUND = [
    ("escalation_request", "Eleven weeks and no decision. Please treat this letter as a formal complaint under your "
                           "complaints procedure and reply within five working days."),
    ("escalation_request", "Your driver was lovely today. Could you pass on the name of the manager of the Leeds depot so "
                           "I can thank them?"),
    ("escalation_request", "Is the lounge open to someone at silver level, or only gold? Thanks."),
    ("escalation_request", "Le paquet n'est jamais arrivé, je veux être remboursé. Le nom du transporteur, svp ?"),
]

test_each_s24_class_is_found, test_each_s24_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)
