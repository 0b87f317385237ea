"""A domain whose last level is a word of the name: "solvia.energy" for "Solvia Energy", "lumo.digital"
for "Lumo Digital". The domain writes the whole name, its label and the word after its dot;
the label alone is no sign the organisation goes by its first word.
"""

from __future__ import annotations

from tracker.extraction import platforms
from tracker.extraction.employer_matching import run_together
from tracker.extraction.name_words import DEPARTMENT_WORDS
from tracker.extraction.text import PreparedEmail
from tracker.extraction.written_words import word_boundary

# Generic levels of four letters or more that are no word of a name: the old ones, what a site is, and a
# hiring mailbox's or team's word ("talvora.careers" signed "Talvora Careers" is Talvora's careers team).
_NO_NAME_LEVELS = DEPARTMENT_WORDS | {
    "info", "mobi", "name", "aero", "coop", "museum", "travel", "online", "site", "email", "mail",
}  # fmt: skip
_SHORTEST_WORD_LEVEL = 4


def name_its_word_domain_spells(name: str, text: str, email: PreparedEmail) -> str | None:
    """ "Solvia Energy" for "Solvia" read from the sender's domain solvia.energy, where the mail writes
    "Solvia Energy" (its signature's line, often one no reading takes a name from): the domain's label and
    its word-level together spell the name."""
    if " " in name or not platforms.domain_employer(email.sender):
        return None
    label, _, level = platforms.registrable_domain(email.sender.domain).rpartition(".")
    if (
        "." in label
        or len(level) < _SHORTEST_WORD_LEVEL
        or not level.isalpha()
        or level in _NO_NAME_LEVELS
        or run_together(label) != run_together(name)
    ):
        return None
    return _written_with_level(name, level, text)


def _written_with_level(name: str, level: str, text: str) -> str | None:
    """`name` and the word `level` as the text writes them together, capitalised ("Pixelwerk Digital"), else
    None."""
    whole = f"{name} {level}".lower()
    lowered = text.lower()
    at = lowered.find(whole)
    while at >= 0:
        written = text[at : at + len(whole)]
        if word_boundary(text, at) and word_boundary(text, at + len(whole)) and written.istitle():
            return written
        at = lowered.find(whole, at + 1)
    return None
