"""Classes of cue error found reading round 17's two readable writers (session 17, second helper: urgency, distress,
legal threat, repeat contact, already cancelled and the upset messages missed), each tested on sentences written here,
in the languages where the class exists.

Availability: the hours or the number the writer can be reached on ("I'm on my mobile until 5pm", "ich bin bis 16 Uhr
im Büro erreichbar", "je suis joignable jusqu'à 17h", "estoy localizable hasta las 19:00") bound a call back: no urgency,
and offered as a courtesy they make a one-line message no upset one; a clock time after a French "à" / "jusqu'à" ("18h")
is an hour of the day, not eighteen hours spent waiting. A need before the time ("I need it by 5pm") stays a deadline."""

from tests.unit.cue_cases import cue_tests
from worker.detector import detect

FOUND = [
    # urgency: a need before the time stays a deadline, however reachable the writer is
    ("urgency", "Ich muss die Unterlagen bis 15 Uhr haben, ich bin im Büro erreichbar."),
    ("urgency", "Il me faut le certificat avant 16h, je suis joignable sur mon portable."),
]

NOT_FOUND = [
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
