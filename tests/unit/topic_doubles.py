"""A stand-in for the topic words layer, shared by the tests of how topics.py weighs it against the keyword families."""


class FixedWords:
    """A words layer that names one topic with a set probability, over as many known words as asked."""

    def __init__(self, topic: str, probability: float, known: int):
        self.topic, self.probability, self.known = topic, probability, known

    def featurize(self, text, subject=""):
        return {f"w{i}": 1.0 for i in range(self.known)}

    def probabilities_of(self, features):
        rest = (1.0 - self.probability) / 2
        return {self.topic: self.probability, "account_access": rest, "cancellation": rest} if features else {}
