"""The grievance ranker reads a sentence's words as well as its shape (bench/train_grievance.py): the sentence that says
what went wrong is quoted, not the one that sets the scene with dates and numbers. Messages written here."""

import json
from pathlib import Path

import pytest

from worker.writing import facts as F
from worker.writing.facts import extract_facts

WEIGHTS = Path(F.__file__).resolve().parent / "grievance_weights.json"


@pytest.mark.parametrize("text, grievance", [
    ("My daughter starts at her new school on 4 September and the uniform order for £186 was placed on 2 August with "
     "next-day delivery promised. Nothing has arrived and the tracking hasn't changed in nine days.",
     "Nothing has arrived and the tracking hasn't changed in nine days."),
    ("Ich habe am 12. Mai die Kaution von 500 Euro überwiesen und bin am 30. Juni ausgezogen, die Wohnung war sauber. "
     "Die Kaution ist bis heute nicht zurückgekommen.",
     "Die Kaution ist bis heute nicht zurückgekommen."),
])
def test_the_sentence_saying_what_went_wrong_is_the_grievance_not_the_scene_before_it(text, grievance):
    assert extract_facts(text).what_happened.text == grievance


def test_the_words_are_read_as_the_trainer_read_them():
    """The run-time tokens are scikit-learn's CountVectorizer tokens for the same pattern, on any script."""
    feature_extraction = pytest.importorskip("sklearn.feature_extraction.text")
    analyzer = feature_extraction.CountVectorizer(binary=True, token_pattern=F.GRIEVANCE_WORD.pattern).build_analyzer()
    for sentence in ["The reset link STILL says “expired” – twice!", "Die Kaution ist nicht zurückgekommen; Straße 12b.",
                     "L'agence m'a dit: « la voiture n'existe plus ».", "¿Dónde está mi reembolso_2? ÉNORME erreur",
                     "a an of 42 x_y ok"]:
        assert F.grievance_words(sentence) == set(analyzer(sentence))


def test_every_weighted_word_is_one_the_ranker_can_read():
    words = json.loads(WEIGHTS.read_text(encoding="utf-8"))["words"]
    assert len(words) > 500
    assert all(F.GRIEVANCE_WORD.fullmatch(w) and w == w.lower() for w in words)
