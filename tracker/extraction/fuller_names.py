"""The mail's fullest form of the employer's one name, as a line of its own signs it: a subject's
"Brightwell" where the signature signs "Brightwell Haulage Ltd", a body's "Dunmore" beside its footer's
"Dunmore Mutual Group plc". A person's tracker writes the full name, the legal form cut ("Brightwell
Haulage", "Dunmore Mutual Group"); a sentence's registered name ("an email from Tesco Stores Limited (")
is the trading name's footer, no fuller form.
"""

from __future__ import annotations

import re

from tracker.extraction.brand_names import GENERIC_NOUNS
from tracker.extraction.legal_forms import ANY_LEGAL_FORM, LEGAL_FORM_AT_END
from tracker.extraction.team_words import is_team
from tracker.extraction.written_words import word_places

# One to three capitalised name words, then a legal form closing them: " Haulage Ltd", " Mutual Group plc".
_NAME_WORDS_THEN_FORM = re.compile(
    rf"(?P<words>(?: (?:[A-Z][\w'’-]*|&)){{0,2}} [A-Z][\w'’-]*),? (?:{ANY_LEGAL_FORM})\.?[ \t]*(?:\n|$)"
)


def fullest_form(name: str, text: str) -> str:
    """`name` with the capitalised words the mail writes after it before a legal form, where it does; the
    name as read otherwise (a name already closing on its form is whole)."""
    if not name or LEGAL_FORM_AT_END.search(name):
        return name
    for at in word_places(name, text):
        if at and text[at - 1] != "\n":
            continue  # a line of its own signs the name, never a sentence
        fuller = _NAME_WORDS_THEN_FORM.match(text, at + len(name))
        added = fuller["words"] if fuller else ""
        words = added.split()
        # "Korrin Technologies Inc.", "Clairval Services International SAS": nouns that only say "a
        # company" never lengthen the brand (brand_names); "Brightwell Haulage Ltd" names which one.
        if (
            words
            and not any(is_team(word) for word in words)
            and not all(w.lower() in GENERIC_NOUNS for w in words)
        ):
            return name + added
    return name
