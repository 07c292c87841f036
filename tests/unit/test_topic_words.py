"""The topic words layer (worker/writing/topic_words.json): it reads text exactly as scikit-learn's TfidfVectorizer
did when it was trained, and topics.topic_and_confidence weighs it with the families' reading by fixed rules: a
rule stands, a message no family recognises stays "other", a line or two is the families' call, a longer message
the words layer's, and a set phrasing stands against a words layer that is not sure. Messages written here."""

from __future__ import annotations

import json
import math

import pytest

from tests.unit.topic_doubles import FixedWords
from worker.writing import topics
from worker.writing.topic_model import (
    CHAR,
    WORDS_FILE,
    TopicModel,
    char_ngrams,
    known_words,
    load_words_model,
    union_tfidf,
    word_ngrams,
    word_tfidf,
)

TEXTS = [
    "The parcel never came. I've emailed three times about order 5521 and nobody answers!",
    "Mi vuelo a Lisboa fue cancelado y la aerolínea no me devuelve los 340 €.",
    "L'appli plante à chaque connexion depuis la mise à jour. Ça devient pénible.",
    "Die Waschmaschine ist nach zwei Wochen kaputt, die Trommel dreht sich nicht mehr.",
    "ok ok ok ok the app the app crashed crashed",
]


def test_the_words_and_pairs_are_cut_and_weighed_as_scikit_learn_does():
    sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")
    vectorizer = sklearn_text.TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=1, sublinear_tf=True)
    matrix = vectorizer.fit_transform(TEXTS)
    names = vectorizer.get_feature_names_out()
    idf = {str(name): float(value) for name, value in zip(names, vectorizer.idf_)}
    for i, text in enumerate(TEXTS):
        row = matrix.getrow(i)
        theirs = {str(names[j]): float(v) for j, v in zip(row.indices, row.data)}
        ours = word_tfidf(text, "", idf)
        assert set(ours) == set(theirs)
        assert all(math.isclose(ours[k], theirs[k], rel_tol=1e-9) for k in ours)
    assert word_ngrams("Hi, the App crashed") == ["hi", "the", "app", "crashed", "hi the", "the app", "app crashed"]


def test_the_word_pieces_are_cut_as_scikit_learn_does_and_each_part_is_normed_on_its_own():
    sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")
    words = sklearn_text.TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=1, sublinear_tf=True)
    pieces = sklearn_text.TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=1, sublinear_tf=True)
    rows = [words.fit_transform(TEXTS), pieces.fit_transform(TEXTS)]
    idf = {str(n): float(v) for n, v in zip(words.get_feature_names_out(), words.idf_)}
    idf.update({CHAR + str(n): float(v) for n, v in zip(pieces.get_feature_names_out(), pieces.idf_)})
    for i, text in enumerate(TEXTS):
        theirs = {}
        for prefix, vectorizer, matrix in (("", words, rows[0]), (CHAR, pieces, rows[1])):
            names, row = vectorizer.get_feature_names_out(), matrix.getrow(i)
            theirs.update({prefix + str(names[j]): float(v) for j, v in zip(row.indices, row.data)})
        ours = union_tfidf(text, "", idf, (3, 5))
        assert set(ours) == set(theirs)
        assert all(math.isclose(ours[k], theirs[k], rel_tol=1e-9) for k in ours)
        assert known_words(ours) == sum(1 for k in theirs if not k.startswith(CHAR))
    assert char_ngrams("Hi ok", 3, 4) == [" hi", "hi ", " hi ", " ok", "ok ", " ok "]


def test_a_text_with_no_known_word_gets_no_opinion_not_the_intercepts():
    model = TopicModel({"classes": ["a", "b"], "intercept": {"a": 3.0, "b": 0.0}, "weights": {"parcel": {"b": 1}},
                        "idf": {"parcel": 1.0}}, lambda text, subject: word_tfidf(text, subject, {"parcel": 1.0}),
                       abstains=True)
    assert model.probabilities("grr!!!") == {}
    assert set(model.probabilities("my parcel")) == {"a", "b"}


def test_the_shipped_layer_knows_every_situation_and_weighs_only_words_it_has_statistics_for():
    data = json.loads(WORDS_FILE.read_text(encoding="utf-8"))
    situations = {t for t in topics.TOPICS if t not in topics.NEVER_UPSET}
    assert situations <= set(data["classes"])
    assert set(data["weights"]) == set(data["idf"])
    assert load_words_model() is not None


LONG = topics.SHORT_TEXT_FEATURES + 10
SHORT = topics.SHORT_TEXT_FEATURES - 10


def test_a_high_precision_rule_is_never_outvoted():
    text = "I cancelled my membership in March and you have charged me again this month."
    assert topics.choose_topic(text, words=None) == "charged_after_cancel"
    assert topics.choose_topic(text, words=FixedWords("outage_or_bug", 0.95, LONG)) == "charged_after_cancel"


def test_a_message_no_family_recognises_stays_other_whatever_the_words_say():
    text = "Honestly. What is going on with you lot."
    assert topics.topic_and_confidence(text, words=None) == ("other", 0.0)
    assert topics.topic_and_confidence(text, words=FixedWords("outage_or_bug", 0.9, LONG)) == ("other", 0.0)


UNSURE = "My order is taking forever, I expected it last week and the tracking says nothing new."


def test_a_longer_message_is_the_words_layers_call_a_line_or_two_the_families():
    topic, sure = topics.topic_and_confidence(UNSURE, words=None)
    assert topic == "delivery_delay" and sure < 1.0
    assert topics.choose_topic(UNSURE, words=FixedWords("wrong_item", 0.6, LONG)) == "wrong_item"
    assert topics.choose_topic(UNSURE, words=FixedWords("wrong_item", 0.6, SHORT)) == "delivery_delay"


def test_a_set_phrasing_stands_unless_the_words_layer_is_sure():
    assert topics.evidence(UNSURE).get("delivery_delay", 0.0) >= topics.EVIDENCE
    assert topics.choose_topic(UNSURE, words=FixedWords("wrong_item", topics.WORDS_CONFIDENT - 0.05, LONG)) == "delivery_delay"
    assert topics.choose_topic(UNSURE, words=FixedWords("wrong_item", 0.9, LONG)) == "wrong_item"


def test_a_certain_reading_of_the_families_is_never_outvoted():
    text = "The sofa arrived with a huge tear across the back cushion and one leg snapped off."
    assert topics.topic_and_confidence(text, words=None) == ("damaged_or_defective", 1.0)
    assert topics.choose_topic(text, words=FixedWords("poor_service", 0.9, LONG)) == "damaged_or_defective"
