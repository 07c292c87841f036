"""Trains the detector's learned parts and writes worker/detector/weights.json and worker/detector/lexical.json.

Training data: the project's own sets (tests/data/helpdesk_messages.jsonl, tests/data/helpdesk_authored.jsonl) and
the part of the dev corpus (../shared/data/helpdesk_dev.jsonl) that is NOT held out (bench/heldout_ids.txt, rule in bench/split_corpus.py).
Never the held-out part, never the airline tweets (CC BY-NC-SA: nothing shipped is trained on them).

The method is in bench/learned_layers.py (scikit-learn, the `dev` extra; liblinear, L2, class-balanced,
deterministic); its settings are PARAMS below, chosen by k-fold cross-validation on the non-held-out corpus lines
(bench/cv_detector.py).

Run: .venv/bin/python bench/train_detector.py [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.learned_layers import Params, authored_rows, corpus_rows, fit, project_rows  # noqa: E402

WEIGHTS = REPO / "worker" / "detector" / "weights.json"
LEXICAL = REPO / "worker" / "detector" / "lexical.json"
# Chosen by bench/cv_detector.py (3 seeds) and two cross-set checks (fit on the corpus part, score the project set;
# and the reverse). The n-grams beat the interpretable features alone in all three. The in-corpus CV prefers a small
# n-gram scale because its test folds hold the lines the patterns were written from (there the patterns look almost
# perfect); the cross-set check, where they do not, prefers a larger one: 0.7 costs 0.005 F1 of CV and gains 0.04 on
# the reverse cross-set check. Per-cue n-gram heads found almost nothing at precision 0.8 (20-odd examples a cue)
# and are not shipped; the gate removes pattern misfires on messages read as calm.
GATE = ("abuse", "legal_threat", "churn_threat", "distress", "public_exposure")
# The threshold keeps 2 % of calm training messages flagged on inner CV, not 3 %: the marks were written reading these
# lines, so their calm messages look calmer than new ones (messages written for the tests, by this round's author, not
# from the corpus: 16 % of 80 calm ones flagged at 3 %, 11 % at 2 %, for 153 -> 147 of 155 upset ones found; CV F1
# 0.944 -> 0.943).
# Chosen on three yardsticks that are not the corpus's held-out part: the authored held-out set, never trained on
# (bench/cv_detector.py --held-out-batch; batch 6 of the second round when this was chosen), the airline held-out F1
# (must stay >= 0.775) and the corpus CV. With the second authored round: C 0.5 -> 1.0 and n-gram scale 0.7 -> 1.0
# (batch F1 0.795 -> 0.840, airline 0.764 -> 0.776, calm flagged on the batch 3.7 % either way).
# Tried and not shipped: a third round of 298 messages in training, with function words out of the unigram vocabulary
# and the scale back at 0.7. On the yardsticks above it looked better (airline 0.809, batch 0.857, CV 0.991), but the
# corpus's held-out part then had 10.2 % of its calm messages flagged instead of 2.0 %: its threshold fell from 0.64 to
# 0.54. The third round became part of the authored held-out set instead (397 messages, never trained on). Calibrating
# the threshold on out-of-writer predictions (GroupKFold by writer; the option was since removed) was tried too: at 1 % it flags
# nothing on new writers' calm messages but finds a third of the upset ones; at 4-5 % it lands where 1 % does now.
# Calm flagged calibrated at 1.6 % of the corpus and project training lines (inner CV): at 1 % the airline figure sat at
# 0.773, under its floor, once the signature rule changed the features; 1.6 % moves the threshold 0.639 -> 0.626,
# airline 0.778, with the same 4.1 % of calm flagged and F1 0.865 on the authored held-out set.
# Session 18, tried and not shipped: the read writers of rounds 4-17 in training (2,475 lines: round_rows(), which lines
# are read is bench/read_rounds.py's rule; sample weights per source: Params.round_weight / project_weight). Judged
# on every held-out set (corpus held-out, authored held-out, rounds 4-17's unread writers; ../shared/tools/score.py detector on each),
# the airline floor and tests/unit. The rounds carry a real gain on new writers, but every setting broke one rule:
# - PARAMS as they are + the rounds: all held-out sets together F1 0.949 -> 0.963, calm flagged 32 -> 20 of 1,006,
#   but the corpus held-out part 0.955 -> 0.939 (one upset line lost) and airline 0.782 -> 0.695.
# - n-gram scale 1.5-3, C 0.5-3, calm flagged 1-3 %, rounds weighted 0.25-1: held-out sum up to F1 0.975 with 14-21
#   calm, but airline 0.69-0.75: with four times more (mostly long) lines the short-message rule score's weight
#   halves (-1.79 -> -0.97) and the short tweets are read calm. Airline over its floor needs the threshold at its 0.5
#   floor and the project set (194 of 210 short) weighted 3-8 times; then at scale 1.5-1.75 a second corpus held-out
#   calm line is flagged (F1 0.941), and at scale 2.0 (rounds 0.5, project 5: held-out sum F1 0.970, recall 0.931 ->
#   0.965, calm 32 -> 25; corpus held-out 0.955 / 1 calm as before; authored 0.887 -> 0.914; every round's unread
#   writers up, 0.938-0.981 -> 0.972-1.000; airline 0.7785) six pinned unit tests flip: praise read as upset ("I'm
#   happy with how this was handled.": "i'm" +0.97, "this" +0.81 at threshold 0.5), calm counterparts flagged, a
#   complaint letter missed. Not shipped; the weights below are still the ones fitted without the rounds.
# - Refitting without the rounds on today's features (the marks changed since the last fit): threshold 0.626 ->
#   0.561, held-out sum F1 0.949 -> 0.947, corpus held-out 0.955 -> 0.941 (2 calm), round 9 unread -0.029: not shipped.
# Session 18, second attempt (branch learn18b; round 18's unread writers now a held-out set too: the sum over all held-out
# sets is F1 0.9495, recall 0.933, 35 of 1,051 calm flagged as shipped), aimed at the six pinned tests. Not shipped either:
# - Function words (en/es/fr/de pronouns, articles, auxiliaries, prepositions) out of the vocabulary, scale 2, rounds
#   0.5, project 5: sum F1 0.967, 24 calm, airline 0.768, nine pinned tests fail (the function words held what the
#   project set's short lines need).
# - The n-gram sum scaled by min(1, n / K) at training and at run time, n the message's distinct n-grams (a pure
#   function in lexical.head_sums; off = the shipped file). Best, K 40, scale 2, C 1, rounds 0.5, project 1: sum F1
#   0.9726, recall 0.969, 26 of 1,051 calm; corpus held-out 0.955 / 1 calm; no held-out set worse; airline 0.7804;
#   the praise tests pass; two pinned tests still fail: the chaser "This is my second email about the missing invoice.
#   Any news?" reads upset on a first message, and a calm German thread reply ("Passt, Dienstag um 10 Uhr geht bei
#   mir." over a quote) reads upset with repeat contact: at the threshold's 0.5 floor (logit 0) their interpretable
#   logits are -0.17 (+0.29 from the n-grams) and +0.07 alone. Project weight 3: airline 0.795, same two fail; 5: corpus held-out 2 calm.
#   K 20: six fail; K 50-80: corpus held-out 2-3 calm. C 0.5 / 2, scale 2.5, rounds 0.7: 2-3 fail.
# - Raising the threshold instead (calm flagged at 1 % / 0.6 % on inner CV: 0.53-0.59) puts airline at 0.748-0.773
#   (under its floor), except at project weight 3 and 1 % (K 30-40: airline 0.783-0.788), where three tests fail.
# - The interpretable weights kept as shipped and the n-grams (and the bias) fitted on every line, the shipped logit an
#   offset (K 40, scale 2, rounds 0.5): sum F1 0.971, 29 calm, every held-out rule met, airline 0.7675 with project
#   weight 1; 0.777 with 3, but two pinned tests fail. With the shipped logit as one column (its factor fitted: 2.2-2.7)
#   the sum falls to F1 0.950-0.953 with 46-50 calm.
PARAMS = Params(gate=GATE, gate_ratio=0.4, scale=1.0, c_upset=1.0, max_calm_flagged=0.016)  # gate ratio: 0.3-0.5 in CV


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print the figures, do not write the weights")
    args = parser.parse_args()
    corpus = corpus_rows() + authored_rows()
    weights, lexical = fit(corpus + project_rows(), PARAMS)
    print(f"threshold {weights['threshold']}, heads {lexical['heads']}, {len(lexical['ngrams'])} n-grams")
    for head, t, pw in zip(lexical["heads"], lexical["threshold"], lexical["pattern_weight"]):
        print(f"  {head:20} threshold {t:.3f} pattern weight {pw:+.3f}")
    if args.dry_run:
        return
    about = {"about": "calmdesk detector: logistic regression weights, written by bench/train_detector.py",
             "trained_on": f"{len(corpus) + 210} messages: tests/data/helpdesk_messages.jsonl, "
                           "tests/data/helpdesk_authored.jsonl and helpdesk_dev.jsonl minus bench/heldout_ids.txt"}
    WEIGHTS.write_text(json.dumps({**about, **weights}, indent=1) + "\n", encoding="utf-8")
    LEXICAL.write_text(json.dumps({**about, **lexical}, ensure_ascii=False, separators=(",", ":")) + "\n",
                       encoding="utf-8")
    print(f"wrote {WEIGHTS.relative_to(REPO)} and {LEXICAL.relative_to(REPO)}")


if __name__ == "__main__":
    main()
