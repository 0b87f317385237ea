"""The key two spellings of one job title share: "Sr. Data Analyst (m/w/d)" is "Senior Data Analyst",
"Krankenpflegerin" is "Krankenpfleger", "Chargée de clientèle" is "Chargé de clientèle"."""

from __future__ import annotations

import re

from tracker.folded_text import fold_name

_REQUISITION = re.compile(r"\b(?:req(?:uisition)?|job)\s*(?:id|#|no\.?)?\s*[:#]?\s*[A-Z]*[-_]?\d{3,}\b", re.I)

# Abbreviations boards and ATS write for one title word ("Sr. Data Analyst" is "Senior Data Analyst").
_TITLE_ABBREVIATIONS = {
    "sr": "senior",
    "snr": "senior",
    "jr": "junior",
    "mgr": "manager",
    "engr": "engineer",
    "assoc": "associate",
    "asst": "assistant",
    # Brazil's mid level: "Analista Financeiro Pl" is "Analista Financeiro Pleno".
    "pl": "pleno",
}


# The gender tag postings add to a title: "(m/w/d)", "(w/m/d)", "(m/f/x)", "H/F", Dutch "(m/v/x)".
_GENDER_TAG = re.compile(r"\(?\b[mwfdxhv](?:\s*[/|]\s*[mwfdxhv]){1,3}\b\)?|\((?:gn|all genders)\)", re.I)


# German titles name the post in one form and write to a woman in the other ("Gesundheits- und
# Krankenpfleger (m/w/d)", then "Ihre Bewerbung als Gesundheits- und Krankenpflegerin"), or both at once
# ("Pfleger/in", "Pfleger*innen", "Pflegefachfrau/-mann"): one title. The marks go before folding; the
# feminine endings after it, only where a masculine form ends so (-er, -ist, -ent, -ant, -eut, Arzt), so
# "Admin" or "Berlin" keep theirs; "-frau" is "-mann" ("Kauffrau", "Pflegefachfrau").
# Each pattern is built from what its every match holds, which title_key asks first (most titles hold none,
# and a substring test is far cheaper than a substitution trying every place of the title): a mark joining
# the forms ("Pfleger/in", "Pfleger*innen", "Pfleger:in", "Pfleger_in", "Pfleger(in)"); a masculine ending
# and "in" written together (the ending read with the letters before it, four in all).
_BOTH_FORMS_JOINS = "/*:_"
# (A word ends after "in", "mann" or "frau"; "(in)" ends with its bracket, before a space or the end.)
_BOTH_FORMS = re.compile(rf"\s*(?:[{_BOTH_FORMS_JOINS}]-?in(?:nen)?\b|\(in\)|/-?(?:mann|frau)\b)")
_BOTH_FORMS_MARKS = f"{_BOTH_FORMS_JOINS}("
_MASCULINE_ENDINGS = ("er", "ist", "ent", "ant", "eut", "arzt")
_ANY_LETTER = r"\w"
_FEMININE_ENDING = re.compile(
    "(?:"
    + "|".join(f"(?<={_ANY_LETTER * (4 - len(end))}{end})" for end in _MASCULINE_ENDINGS)
    + r")in(?:nen)?\b"
)
_FEMININE_ENDINGS = tuple(f"{end}in" for end in _MASCULINE_ENDINGS)
_FEMININE_FRAU = re.compile(r"(?<=\w\w\w)frau\b")


# French titles write both forms with a mark ("Chargé·e", "Chargé(e)", "Technicien.ne", "Conseiller/ère",
# "Directeur·rice") or the feminine alone ("Chargée", "Technicienne", "Conseillère", "Directrice",
# "Vendeuse", "Assistante"), and one application's mail writes it several ways: one title. The mark and its
# ending go, then the feminine endings turn masculine, before folding.
# As the German ones, each pattern is built from what its every match holds, which _masculine asks first: the
# mark before the ending; a feminine ending with the letters before it ("-ée", "-ienne", "-trice", "-ante").
_FRENCH_MARKS = "·•.(/-"
_FRENCH_BOTH_FORMS = re.compile(
    rf"(?<=\w)[{re.escape(_FRENCH_MARKS)}](?:e|ne|ère|ere|euse|rice|trice)s?\)?(?![\w])"
)
_FRENCH_FEMININE_FORMS = (("é", "e"), ("ien", "ne"), ("", "ère"), ("t", "rice"), ("", "euse"), ("ant", "e"))
_FRENCH_FEMININE = re.compile(
    "|".join(
        rf"(?<={before}){ending}s?\b" if before else rf"{ending}s?\b"
        for before, ending in _FRENCH_FEMININE_FORMS
    )
)
_FRENCH_FEMININE_WRITTEN = tuple(before + ending for before, ending in _FRENCH_FEMININE_FORMS)
_FRENCH_MASCULINE = {"ère": "er", "ères": "er", "rice": "eur", "rices": "eur", "euse": "eur", "euses": "eur"}


def _masculine(title: str) -> str:
    """A French title's inclusive or feminine form written as its masculine ("Chargé·e" is "Chargé")."""
    if any(mark in title for mark in _FRENCH_MARKS):
        title = _FRENCH_BOTH_FORMS.sub("", title)
    if not any(written in title for written in _FRENCH_FEMININE_WRITTEN):
        return title
    return _FRENCH_FEMININE.sub(lambda m: _FRENCH_MASCULINE.get(m.group().lower(), ""), title)


def title_key(title: str | None) -> str:
    """The key two spellings of one job title share ('' when there is no title)."""
    if not title:
        return ""
    text = _masculine(title)
    # Each substitution is asked only where what its every match holds is written: most titles hold none.
    lowered = text.lower()
    if "req" in lowered or "job" in lowered:
        text = _REQUISITION.sub(" ", text)
    if "/" in text or "|" in text or "(" in text:
        text = _GENDER_TAG.sub(" ", text)
    if ("in" in text or "frau" in text) and any(mark in text for mark in _BOTH_FORMS_MARKS):
        text = _BOTH_FORMS.sub("", text)
    folded = fold_name(text)
    if "in" in folded and any(ending in folded for ending in _FEMININE_ENDINGS):
        folded = _FEMININE_ENDING.sub("", folded)
    if "frau" in folded:
        folded = _FEMININE_FRAU.sub("mann", folded)
    words = [_TITLE_ABBREVIATIONS.get(word, word) for word in folded.split()]
    if words and words[-1] == "position":
        words.pop()
    return " ".join(words)
