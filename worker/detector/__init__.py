"""The detector: pure text -> Verdict. Everything else imports it from here."""

from worker.detector.core import CUES, LEVELS, SCORE_CUE, DetectionContext, Evidence, Verdict, detect

__all__ = ["CUES", "LEVELS", "SCORE_CUE", "DetectionContext", "Evidence", "Verdict", "detect"]
