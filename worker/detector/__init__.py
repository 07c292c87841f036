"""The detector: pure text -> Verdict. Everything else imports it from here."""

from worker.detector.core import (CUES, EXTRA_EVIDENCE, LEVELS, MAX_ANALYSED_CHARS, MONEY_BACK_PATTERN, SCORE_CUE,
                                  DetectionContext, Evidence, Verdict, detect, features)

__all__ = ["CUES", "EXTRA_EVIDENCE", "LEVELS", "MAX_ANALYSED_CHARS", "MONEY_BACK_PATTERN", "SCORE_CUE", "DetectionContext",
           "Evidence", "Verdict", "detect", "features"]
