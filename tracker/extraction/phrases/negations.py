"""The words that negate a sentence, in each language: one list for the sentence shapes that read a step
or a decision as not happening (interview_words, test_shape, offer_shape, rejection_shape).

What differs between those shapes is what may follow a negation word in their own kind of mail without
negating its news ("no problem, I've moved your interview", "don't hesitate to ask about the test",
Portuguese "no nosso time", in our team, in an offer): each shape writes its own lookahead after these
words. Portuguese "no" is also "in the" wherever it stands: interview_shape.negation_in reads it so.
"""

from __future__ import annotations

ENGLISH = ("not", "no longer", "unable", "never")
# Apart from ENGLISH for rejection_shape, which reads it only before a step the reader would go on to.
CANNOT = ("cannot",)
# "don't", "isn't": the contraction, read at the end of its word.
ENGLISH_CONTRACTED = "n't"
GERMAN = ("nicht", r"kein\w*")
FRENCH = ("ne", "pas")
# "n'a pas", "n'est": the elided "ne", read at the start of its word.
FRENCH_ELIDED = r"\bn'"
# Spanish "no", and Portuguese "no" when it is no "in the".
SPANISH = ("no",)
DUTCH = ("niet", "geen")
PORTUGUESE = ("não",)
ITALIAN = ("non",)


def whole_words(words: tuple[str, ...]) -> str:
    r"""A fragment matching any of `words` as whole words: "\b(?:not|never)\b"."""
    return r"\b(?:" + "|".join(words) + r")\b"


# Each language's negation, nothing excepted after it.
ENGLISH_NEGATION = whole_words(ENGLISH + CANNOT) + "|" + ENGLISH_CONTRACTED + r"\b"
GERMAN_NEGATION = whole_words(GERMAN)
FRENCH_NEGATION = whole_words(FRENCH) + "|" + FRENCH_ELIDED
OTHERS_NEGATION = whole_words(SPANISH + DUTCH + PORTUGUESE + ITALIAN)
NEGATION_FRAGMENTS = [ENGLISH_NEGATION, GERMAN_NEGATION, FRENCH_NEGATION, OTHERS_NEGATION]
