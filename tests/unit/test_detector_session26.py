"""Session 26: the detector's cue classes found this session, each written here as new sentences, with the near
misses that must stay as they were (docs/detector.md, "Session 26").

- Someone who runs, owns or answers for the business asked for: one list of those verbs (signals._RUNS) now serves
  every escalation pattern that names them, so "whoever owns the franchise" and "whoever is accountable for the call
  centre" are asked for as "whoever manages the depot" was; and the call back asked as a question ("Could somebody
  who is accountable for the scheduling team call me?").
- French: a manager asked to act ("qu'un responsable ... intervienne / examine / nous écrive / me rappelle") was five
  patterns with different gaps between the manager and the verb; they are one, which allows up to five words between
  ("qu'un responsable de votre agence de Lyon intervienne", "que le chef d'équipe du dépôt examine").
"""

import pytest

from worker.detector import detect

ESCALATION = "escalation_request"


@pytest.mark.parametrize("text", [
    "Four missed installs now. I need whoever oversees your fitters in the north-west to ring me back today.",
    "Your branch has lost my deposit twice. I want to speak to whoever owns the franchise, not the front desk.",
    "Please forward my complaint to whoever is accountable for the call centre.",
    "The survey was never done and the move is next week. Could somebody who is accountable for the scheduling team "
    "call me?",
])
def test_whoever_answers_for_the_business_asked_for(text):
    assert ESCALATION in detect(text).cues


@pytest.mark.parametrize("text", [
    "The lady who oversees the kennels sent us lovely photos of Bruno, thank you.",
    "My brother owns the franchise next door, so we know how busy August is.",
    "Someone who runs the shop called me yesterday and it's all sorted now, thanks.",
])
def test_whoever_runs_it_mentioned_without_a_request(text):
    assert ESCALATION not in detect(text).cues


@pytest.mark.parametrize("text", [
    "Je demande qu'un responsable de votre agence de Lyon intervienne avant vendredi, trois appels sans réponse.",
    "Je veux que votre directrice régionale nous écrive personnellement après ce fiasco.",
    "J'exige que le chef d'équipe du dépôt examine mon dossier, on se moque de moi depuis un mois.",
])
def test_french_manager_asked_to_act_with_words_between(text):
    assert ESCALATION in detect(text).cues


@pytest.mark.parametrize("text", [
    "Le responsable du magasin m'a rappelé hier, tout est réglé, merci.",
    "Votre directrice a examiné mon dossier la semaine dernière et tout est en ordre.",
])
def test_french_manager_who_already_acted_is_no_request(text):
    assert ESCALATION not in detect(text).cues
