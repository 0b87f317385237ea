"""One employer's name written in two of the languages read (EN, FR, DE, ES, IT, PT, NL), compared as one
(for tracker/sender_spellings.py `are_one_employer`).

A bilingual employer (a Canadian bank, a Swiss university, a Belgian city) writes its name in the language
of each mail: "Banque Fleurimont" on the receipt, "Fleurimont Bank" on the recruiter's invitation; "Université
de Lisière", "University of Lisiere". Where one sender (one domain or ATS tenant) writes both, they are one
employer's. For comparison only: each word naming what kind of organisation it is (a bank, a university, a
city, an insurer, a school, a hospital, an institute, a museum) is written as its English word, the linking
words go (title_word_orders.content_words' list: "de", "of", "du"), and the words are compared as a set (each
language has its own order: "Banque Fleurimont", "Fleurimont Bank"). The names' own words ("Lisière",
"Fleurimont") are not translated: they must be written alike, accents aside.
"""

from __future__ import annotations

from tracker.title_word_orders import content_words

# Each English word of an organisation's kind with its forms in the other languages (folded, as
# names.company_key writes them).
_KINDS: dict[str, tuple[str, ...]] = {
    "bank": ("banque", "banco", "banca"),
    "national": ("nationale", "nacional", "nazionale", "nationaal"),
    "university": ("universite", "universitat", "universidad", "universita", "universidade", "universiteit"),
    "city": ("ville", "stadt", "ciudad", "citta", "cidade", "stad"),
    "insurance": (
        "assurance", "assurances", "versicherung", "versicherungen", "seguros", "assicurazioni",
        "verzekeringen",
    ),
    "school": ("ecole", "schule", "escuela", "scuola", "escola"),
    "hospital": ("hopital", "krankenhaus", "ospedale", "ziekenhuis"),
    "institute": ("institut", "instituto", "istituto", "instituut"),
    "museum": ("musee", "museo", "museu"),
}  # fmt: skip
_IN_ENGLISH = {form: english for english, forms in _KINDS.items() for form in forms}


def in_english_words(key: str) -> frozenset[str]:
    """A company key's words, its organisation's kind written in English and its linking words left out."""
    return frozenset(_IN_ENGLISH.get(word, word) for word in content_words(key))


def translated_kind(key: str) -> bool:
    """Whether a company key writes a word of an organisation's kind in a language other than English."""
    return any(word in _IN_ENGLISH for word in key.split())
