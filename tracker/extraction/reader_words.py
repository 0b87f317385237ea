"""The reader addressed, in the seven languages the reading knows: "you", "vous", "Sie", "usted", "u", "je",
"você", "Lei", "tu". Written once for every reader that asks whether a sentence speaks to its reader (a
receipt's outline of the process, receipt_outlines.py; the applicant's own voice, applicant_voice.py; a
post held, phrases/hold_shape.py). Each takes the subsets its question needs, named below with why they
differ, and keeps its own anchoring; lowercase, matched on lowercased text between word boundaries.
"""

from __future__ import annotations

# The reader as the one spoken to, the subject of its verb: "you can", "vous pouvez", "Sie können", "usted
# puede", "você pode", "Lei può", "voi potete", "tu peux".
SUBJECT = (
    "you", "vous", "tu", "sie", "du", "usted", "ustedes", "vosotros", "você", "vocês", "lei", "voi",
)  # fmt: skip
# English's contracted forms of it.
CONTRACTED = ("you'll", "you're", "you've", "you'd")
# The reader as an object or after a preposition: "pour toi", "Ihnen", "für dich", "contigo", "a ti", "vi
# invitiamo", "te invitamos", "lhe enviamos".
OBJECT = ("toi", "te", "ihnen", "dich", "dir", "ti", "contigo", "vi", "lhe", "lhes")
# The reader's: "your CV", "votre candidature", "Ihre Bewerbung", "tu solicitud", "a sua candidatura".
POSSESSIVE = (
    "your", "yours", "votre", "vos", "ton", "ta", "tes",
    "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres",
    "dein", "deine", "deinem", "deinen", "deiner", "deines",
    "tu", "tus", "su", "sus", "vuestro", "vuestra", "vuestros", "vuestras",
    "teu", "tua", "seu", "sua", "tuo", "tuoi", "suo", "vostro", "vostra",
)  # fmt: skip
# Portuguese's polite address by title: "o senhor", "a senhora" (two words).
TITLED = ("o senhor", "a senhora")
# Dutch's: "je", "u", "jij", "jou" and the possessives "jouw", "uw". Apart, because "je" is French's "I" and
# "u" a letter: a reader that cannot tell a Dutch mail (applicant_voice.py) takes them only in Dutch.
DUTCH_SUBJECT = ("u", "je", "jij")
DUTCH_OBJECT = ("jou",)
DUTCH_POSSESSIVE = ("uw", "jouw", "je")
DUTCH = (*DUTCH_SUBJECT, *DUTCH_OBJECT, *DUTCH_POSSESSIVE)
# Words as often a third person's or a place's as the reader's: Spanish "su", "sus" and Italian "suo" (his,
# her, its, their: "la empresa y su equipo"), Portuguese "lhe", "lhes" (to him, to her), Italian "vi"
# (there). A reader asking whether a writer speaks in the first person to nobody (applicant_voice.py) leaves
# them out; Portuguese "seu", "sua", the usual "your" beside "você", it keeps.
THIRD_PERSON_TOO = frozenset({"su", "sus", "suo", "lhe", "lhes", "vi"})

# Every form of the reader addressed, but Dutch's.
EVERY_FORM = (*SUBJECT, *CONTRACTED, *OBJECT, *POSSESSIVE)


def alternation(*groups: tuple[str, ...], leaving_out: frozenset[str] = frozenset()) -> str:
    """`groups` of words (but those `leaving_out`) as the body of one regex alternation, each word once,
    longest first."""
    words = {word for group in groups for word in group} - leaving_out
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))
