"""Classes of abuse error found reading round 14's two readable writers (session 14, det14a), each tested on sentences
written here, in the four languages.

Abuse said indirectly, as contempt aimed at the company or its people: the staff's fault asked as trained or innate ("do
you train your drivers to lie, or does it come naturally?", "¿os sale solo?", "ou c'est un don naturel ?", "oder ist das
angeboren?"); a monkey, a child or a hamster who would do the job better than them; the firm called tricksters, a chaos
crew, amateurs whose amateurism is their trademark, or no honest business; hiring said to select against a virtue
("manners clearly isn't one of them"); nobody there able to read or count. Near misses: a plain question about training or
policy, a child or a pet named as who a product is for, "better" said of a product.

Someone else's insults reported: a third party's messages and the names they called the customer, quoted ("messages
calling me '...'", "nos llamó '...'", "m'a traitée de « ... »", "hat mich als „...“ bezeichnet"), and a quoted review the
customer disowns ("I never wrote that", "Die stammt nicht von mir", "no la escribí yo", "ce n'est pas moi"), in single
quotation marks too: the insult inside is not the customer's abuse and does not make them upset. The customer's own
insult beside a quotation stays abuse.
"""

import pytest

from tests.unit.cue_cases import cue_tests
from worker.detector import detect

FOUND = [
    # the staff's fault asked as trained or innate
    ("abuse", "Do you train your drivers to lie about delivery attempts, or does it come naturally?"),
    ("abuse", "Is rudeness part of the training for your counter staff?"),
    ("abuse", "Honest question: is misleading customers company policy now?"),
    ("abuse", "¿Os enseñan a ignorar al cliente o os sale solo?"),
    ("abuse", "Vous formez vos conseillers à raccrocher au nez des clients, ou c'est un don naturel ?"),
    ("abuse", "Bezahlen Sie Ihre Mitarbeiter dafür, Kunden zu ignorieren, oder ist das angeboren?"),
    # a monkey, a child, a hamster who would do it better
    ("abuse", "A chimp with a calendar could schedule engineers more reliably than you do."),
    ("abuse", "Frankly a bored teenager would do a better job of your billing."),
    ("abuse", "My neighbour's goldfish has a better memory than your whole support desk."),
    ("abuse", "Un niño de cinco años haría las facturas mejor que vosotros."),
    ("abuse", "Un stagiaire de première semaine ferait mieux que votre service technique."),
    ("abuse", "Ein Schimpanse mit Taschenrechner würde die Abrechnung besser hinkriegen."),
    ("abuse", "Honestly, a toddler with a box of crayons would do better."),
    ("abuse", "Un gamin de dix ans ferait mieux."),
    # the firm called tricksters, a chaos crew, amateurs; its amateurism a trademark; no honest business
    ("abuse", "Sois unos caraduras, me habéis cobrado la cuota dos veces."),
    ("abuse", "Diese Pfuscher haben mir die halbe Wand ruiniert."),
    ("abuse", "Des margoulins, voilà ce que vous êtes."),
    ("abuse", "Welche Chaotentruppe plant bei Ihnen eigentlich die Touren?"),
    ("abuse", "It's amateur hour at your warehouse again."),
    ("abuse", "Chaos seems to be your business model."),
    ("abuse", "La chapuza es vuestra marca de la casa."),
    ("abuse", "Pfusch ist bei Ihnen offenbar Programm."),
    ("abuse", "Chez vous le retard, et surtout l'amateurisme, c'est devenu une marque de fabrique."),
    ("abuse", "No honest company would add a fee like that after checkout."),
    ("abuse", "Ninguna empresa seria cobraría una tasa así sin avisar."),
    ("abuse", "Aucune entreprise honnête ne facture deux fois le même mois."),
    ("abuse", "Kein seriöses Unternehmen würde so eine Gebühr im Kleingedruckten verstecken."),
    ("abuse", "That surcharge? It's simply a racket."),
    # hiring said to select against a virtue
    ("abuse", "You must hire for lots of things; common sense obviously isn't one of them."),
    ("abuse", "Höflichkeit gehört bei Ihnen offenbar nicht dazu."),
    ("abuse", "La politesse n'en fait visiblement pas partie."),
    # nobody there can read or count
    ("abuse", "Kann bei Ihnen überhaupt jemand rechnen?"),
    ("abuse", "Je me demande si quelqu'un chez vous sait lire un contrat."),
    ("abuse", "Is there anyone in your office who can count?"),
    ("abuse", "Liest bei euch überhaupt jemand die Retourenscheine?"),
    # the customer's own insult beside a quotation stays theirs
    ("abuse", "Your agent said 'someone will ring you back today'. You are useless idiots, all of you."),
]

NOT_FOUND = [
    # a plain question about training or policy
    ("abuse", "Do you train your staff on the new booking system, or is that done by the supplier?"),
    ("abuse", "Is it company policy to ask for photo ID when collecting a parcel?"),
    ("abuse", "¿Os enseñan a usar el programa nuevo en la formación?"),
    ("abuse", "Vous formez vos conseillers à la nouvelle offre fibre ?"),
    ("abuse", "Schulen Sie Ihre Mitarbeiter auch im neuen Kassensystem?"),
    # a child or a pet as who the product is for, "better" said of a product
    ("abuse", "We bought it for a five-year-old and she loves it; could you send a better charger?"),
    ("abuse", "My hamsters love the new cage, much better than your old model."),
    ("abuse", "Es para un niño de tres años, ¿podría enviarme una talla mejor?"),
    ("abuse", "C'est pour un enfant de six ans : quel modèle ferait mieux l'affaire ?"),
    ("abuse", "Für ein Kleinkind, welcher Sitz würde besser passen?"),
    ("abuse", "Is basic cover or premium better for a teenager who just passed the test?"),
    # someone else's insults reported, quoted
    ("abuse", "Another member keeps sending me messages calling me 'a brainless idiot who should quit the club'. I've blocked her, just letting you know."),
    ("abuse", "Un usuario del foro nos llamó 'panda de inútiles y de sinvergüenzas' en un privado. Os adjunto la captura."),
    ("abuse", "Un livreur m'a traitée de « bande d'incapables et d'abrutis » devant mes voisins, je voulais simplement vous le signaler."),
    ("abuse", "Ein anderer Nutzer hat mich als „dämlichen Vollidioten ohne Ahnung“ bezeichnet, ich wollte das nur melden."),
    # a quoted review the customer disowns
    ("abuse", "My name appears next to this on your site: 'Absolute cowboys, all of them, avoid.' I never wrote that, could you remove it?"),
    ("abuse", "Auf Ihrer Seite steht unter meinem Namen: 'Ihr seid doch alle unfähig und Betrüger!' Die stammt nicht von mir, bitte löschen."),
    ("abuse", "En vuestra web aparece con mi nombre: 'sois unos ladrones y unos sinvergüenzas'. No la escribí yo, ¿podéis quitarla?"),
    ("abuse", "Sur votre site, sous mon nom : « vous êtes tous des escrocs et des incapables ». Ce n'est pas moi, je suis très satisfaite."),
]

test_each_round14_det14a_class_is_found, test_each_round14_det14a_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)

REPORTED_CALM = [
    "Another member keeps sending me messages calling me 'a brainless idiot who should quit the club'. I've blocked her, just letting you know.",
    "Hallo, auf Ihrer Seite steht unter meinem Namen: 'Ihr seid doch alle unfähig und Betrüger!' Die stammt nicht von mir, ich war sehr "
    "zufrieden. Könnten Sie sie bitte löschen? Danke!",
    "En vuestra web aparece con mi nombre: 'sois unos ladrones y unos sinvergüenzas'. No la escribí yo, ¿podéis quitarla?",
    "Bonjour, sur votre site, sous mon nom, on lit : « vous êtes tous des escrocs et des incapables ». Ce n'est pas moi qui l'ai "
    "écrit, je suis très satisfaite de vos services. Pourriez-vous la retirer ? Merci !",
]


@pytest.mark.parametrize("text", REPORTED_CALM)
def test_someone_elses_quoted_insults_leave_a_calm_writer_calm(text):
    assert not detect(text).negative
