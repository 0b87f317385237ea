"""Normalised keys for employer names and job titles.

Matching compares keys, never fuzzy scores: "Acme Corp" and "ACME Corporation" share a key,
"Avail" and "Avra" never do. Aliases are explicit and few.
"""

from __future__ import annotations

import functools
import re

from tracker.company_suffixes import COMPANY_SUFFIXES
from tracker.compatible_spellings import compatible_employers
from tracker.folded_text import fold_name, fold_text, without_accents
from tracker.sender_addresses import sender_address, sender_domain, split_sender
from tracker.title_keys import title_key
from tracker.written_legal_forms import ALL_LEGAL_FORMS

# Title keys are title_keys.py's, From headers sender_addresses.py's, folding folded_text.py's; their
# readers import them from here too.
__all__ = [
    "company_key",
    "compatible_names",
    "employer_group",
    "employer_words",
    "fold_text",
    "may_have_company_key",
    "same_company",
    "same_title",
    "sender_address",
    "sender_domain",
    "split_sender",
    "title_key",
    "without_accents",
]

# Different names for one employer, by key. Only names a human would never keep apart.
_COMPANY_ALIASES = {
    "amazon com": "amazon",
    "amazon com services": "amazon",  # the legal entity signing Amazon's mail ("Amazon.com Services LLC")
    "apple retail": "apple",
    "amazon web services": "amazon",
    "aws": "amazon",
    "meta platforms": "meta",
    "facebook": "meta",
    "alphabet": "google",
    "google deepmind": "deepmind",
    "jpmorgan chase": "jpmorgan",
    "jp morgan": "jpmorgan",
    "jp morgan chase": "jpmorgan",
    "j p morgan": "jpmorgan",
    # The graduate recruiters whose legal name signs their assessment vendors' mail (a video interview
    # "from PricewaterhouseCoopers LLP") while their own mail writes the brand.
    "pricewaterhousecoopers": "pwc",
    "ernst and young": "ey",
}

# The first words of the names an alias stands for, by key: "amazon" for "aws" and "amazon web services".
_FIRST_WORDS_OF: dict[str, tuple[str, ...]] = {}
for _alias, _key in _COMPANY_ALIASES.items():
    _FIRST_WORDS_OF[_key] = (*_FIRST_WORDS_OF.get(_key, ()), _alias.split(" ", 1)[0])
_RUN_OF_FIVE = re.compile(r"[a-z0-9]{5}")
_ASCII_NAME_WORD = re.compile(r"[a-z0-9]+|&")
# A domain kept as the name ("randstad.nl", "Seek.com.au"): the country's ending goes as ".com" does.
_TLD = re.compile(
    r"\.(com|io|ai|co|net|org|de|co\.uk|uk|nl|be|fr|es|it|pt|at|ch|com\.au|au|ca|ie|co\.nz|nz|eu)$"
)
# "Nuvio.ai Inc.", "Ledgerly.io LLC": a dotted brand's legal form goes first, so its domain ending goes too.
_DOTTED_THEN_LEGAL = re.compile(
    r"(?<=\.(?:com|net|org))[,\s]+(?:inc|llc|ltd|llp|corp|gmbh|plc|ag|co)\.?$"
    r"|(?<=\.(?:io|ai|co|de|uk))[,\s]+(?:inc|llc|ltd|llp|corp|gmbh|plc|ag|co)\.?$"
)
# How every match of _DOTTED_THEN_LEGAL ends (in a stripped name, which no line break closes).
_DOTTED_LEGAL_FORMS = ("inc", "llc", "ltd", "llp", "corp", "gmbh", "plc", "ag", "co")
_LEGAL_ENDINGS = (*_DOTTED_LEGAL_FORMS, *(f"{form}." for form in _DOTTED_LEGAL_FORMS))


# A family firm's sons or brothers after the family's name, in the languages read (folded as keys fold).
_FAMILY_WORDS = frozenset(
    ("sons", "son", "filhos", "fils", "sohne", "soehne", "sohn", "zonen", "zoon", "hijos", "figli", "figlio")
    + ("brothers", "bros", "irmaos", "freres", "hermanos", "fratelli")
)

# Suffixes that still tell employers apart when they follow a shared word: "Capital Group" is not
# "Capital One", though "KDR Group" is "KDR" (`employer_words`).
_DISTINCT_SUFFIXES = {"group", "holdings"}

# What kind of business a Portuguese or Spanish name says before the brand ("Grupo Fictor", "Rede Farmavida",
# "Transportadora Rodaminas", "Supermercados Serrano"), which one employer's own mail writes or leaves off
# from one message to the next ("Fictor", "Rodaminas Transportes"): no part of the key. Not the nouns
# that name a different organisation of one brand ("Hospital", "Banco", "Instituto", "Fundação").
LEADING_KINDS = frozenset(
    (
        "grupo",
        "rede",
        "supermercado",
        "supermercados",
        "transportadora",
        "distribuidora",
        "construtora",
        "constructora",
        "incorporadora",
        "laticinios",
        "metalurgica",
        "drogaria",
        "drogarias",
        "farmacia",
        "farmacias",
        "lojas",
        "atacado",
        "atacadista",
        # A German law or tax firm's word before its partners' names: "Kanzlei Roth & Partner" is "Roth &
        # Partner", as its domain and its letters write it.
        "kanzlei",
    )
)
# Words after which the kind is the name's own ("Grupo de Apoio", "Rede D'Or"'s "d"), not a head.
_AFTER_A_HEAD = frozenset(("de", "do", "da", "dos", "das", "del", "la", "el", "e", "y", "and", "d"))


# Names are keyed again and again (candidates compared pairwise, every reading of a mail): once each.
@functools.lru_cache(maxsize=8192)
def company_key(name: str | None) -> str:
    """The key two spellings of one employer share ('' when there is no name)."""
    return _company_key(name, COMPANY_SUFFIXES)


def may_have_company_key(name: str, key: str) -> bool:
    """False only where `company_key(name)` cannot be `key` (non-empty), found without folding `name`:
    for a long line of mail asked whether it names an employer, folding costs more than the answer.
    In ASCII text the key's first word is the name's first run of letters and digits other than "the"
    ("and" for "&"), unless that run is one letter (initials written apart join: "R-D-V") or it is a dotted
    legal form's letters joined ("The S.A.S."): never so in a name with a run of five (a domain's ending
    and a legal form taken off the end hold four at most)."""
    if not name.isascii() or "'" in name:
        return True  # accents and a possessive ("McDonald's" keys "mcdonalds") fold otherwise
    lowered = name.lower()
    firsts = (key.split(" ", 1)[0], *_FIRST_WORDS_OF.get(key, ()))
    if "the" in firsts or not _RUN_OF_FIVE.search(lowered):
        return True
    for word in _ASCII_NAME_WORD.finditer(lowered):
        first = word.group(0)
        if len(first) == 1 and first.isalpha():
            return True  # initials written apart ("R-D-V") key as run together: the first word is longer
        if first != "the":
            return ("and" if first == "&" else first) in firsts
    return True


def employer_words(name: str | None) -> str:
    """`company_key` keeping a trailing "Group" or "Holdings": what tells two employers apart that
    share a first word (`compatible_names`). A family firm's sons or brothers ("Dalgarno & Sons", "Teixeira
    & Filhos", "Olabarri Hermanos") are its form, as "& Co." is, and no second name: "Dalgarno Group" is the
    family's firm grown, as "KDR Group" is "KDR"."""
    words = _company_key(name, COMPANY_SUFFIXES - _DISTINCT_SUFFIXES).split()
    if len(words) > 1 and words[-1] in _FAMILY_WORDS:
        del words[-2 if len(words) > 2 and words[-2] == "and" else -1 :]
    return " ".join(words)


def compatible_names(name_a: str | None, name_b: str | None) -> bool:
    """True when two employer names may be one employer: their keys are compatible and so are their
    words with "Group"/"Holdings" kept ("Capital One" and "Capital Group" are not; "KDR", "KDR Group" are)."""
    return compatible_employers(company_key(name_a), company_key(name_b)) and compatible_employers(
        employer_words(name_a), employer_words(name_b)
    )


def _company_key(name: str | None, suffixes: set[str]) -> str:
    if not name:
        return ""
    text = name.strip().lower()
    if "." in text:  # both endings begin with a dot, which most names lack (a substitution tries every place)
        if text.endswith(_LEGAL_ENDINGS):  # and the dotted brand's legal form closes the name
            text = _DOTTED_THEN_LEGAL.sub("", text)
        text = _TLD.sub("", text)
    words = fold_name(text).split()
    if len(words) > 3 and words[-1] in _CAPITAL_VARIABLE_ENDS:
        words = _without_capital_variable(words)
    words = _with_dotted_form_joined(_with_initials_joined(words))
    if "'s" in text or "’s" in text:
        # "McDonald's", "Hennessy's": the possessive is the name's, written with or without its mark.
        words = _with_possessive_joined(words)
    # "Smit en Zonen", "Becker und Söhne", "Durand et Fils": "&" written in the name's own language.
    if len(words) > 2 and not _AND.keys().isdisjoint(words[1:-1]):  # most names have none: no list built
        words = [_AND.get(word, word) if 0 < at < len(words) - 1 else word for at, word in enumerate(words)]
    for tail in _MULTIWORD_FORMS:
        if words[-len(tail) :] == tail and len(words) > len(tail):
            del words[-len(tail) :]
    while len(words) > 1 and words[-1] in suffixes:
        # "Metallbau Schröder GmbH & Co. KG", "Smith & Co.": the "&" of a "& Co." goes with it.
        if (
            words.pop() in ("co", "cia", "zn")
            and len(words) > 1
            and words[-1] in ("and", "y", "e", "und", "et")
        ):
            words.pop()
    while len(words) > 1 and words[0] == "the":
        words.pop(0)
    if len(words) > 1 and words[0] in LEADING_KINDS and words[1] not in _AFTER_A_HEAD:
        # "Grupo X" is "X Group": `employer_words` keeps it, as it keeps a trailing "Group".
        head = words.pop(0)
        if head == "grupo" and "group" not in suffixes:
            words.append(head)
    key = " ".join(words)
    return _COMPANY_ALIASES.get(key, key)


_AND = {"und": "and", "et": "and", "en": "and", "y": "and", "e": "and"}


def _with_dotted_form_joined(words: list[str]) -> list[str]:
    """A dotted legal form folds to letters ("S.A.S." -> "s a s", "S.p.A." -> "s p a"): one word again."""
    letters = 0
    while letters < len(words) - 1 and len(words[-1 - letters]) == 1:
        letters += 1
    if letters >= 2:
        return [*words[:-letters], "".join(words[-letters:])]
    return words


def _with_initials_joined(words: list[str]) -> list[str]:
    """A name opening with its initials apart ("R-D-V", "A.B.C. Foods", "R D V") is written with them run
    together as often ("RDV", "ABC Foods"): the leading single letters are one word. (One letter alone,
    "B. Braun", is a first name's initial, kept.)"""
    letters = 0
    while letters < len(words) and len(words[letters]) == 1 and words[letters].isalpha():
        letters += 1
    if letters >= 2:
        return ["".join(words[:letters]), *words[letters:]]
    return words


def _form_words(form: str) -> list[str]:
    """A written legal form's words as they close a name's key: "Sp. z o.o." -> ["sp", "zoo"]."""
    return _with_dotted_form_joined(["name", *fold_name(form.lower()).split()])[1:]


def _multiword_forms() -> tuple[list[str], ...]:
    """Legal forms of several words whose words alone are no form: Poland's "Sp. z o.o." (whose "zoo" is no
    zoo), Mexico's "S. de R.L." without its "de C.V." (_CAPITAL_VARIABLE reads that), Flanders' "Comm.V.",
    Spain's cooperatives ("S. Coop. And."), Austria's "reg.Gen.m.b.H.": read off written_legal_forms.py. A
    form all of whose words the suffixes drop ("Pte Ltd", "GmbH & Co. KG": "&" goes with its "Co") and one
    closing with "de C.V." are left to them."""
    tails: list[list[str]] = []
    for form in ALL_LEGAL_FORMS:
        words = _form_words(form)
        several = len(words) > 1 and words[-1] != "cv"
        if several and not set(words) - {"and"} <= COMPANY_SUFFIXES and words not in tails:
            tails.append(words)
    # A Spanish temporary work agency's "ETT" written out, which only the key drops (mail writes the name
    # with it): "Grupo Levante Empresa de Trabajo Temporal".
    return (*tails, ["empresa", "de", "trabajo", "temporal"])


_MULTIWORD_FORMS = _multiword_forms()

# Mexico's forms close with "de C.V." (of variable capital) after the form itself: "Grupo Bimbo, S.A.B. de
# C.V.", "Transportes del Norte S.A. de C.V.", "X S. de R.L. de C.V.". The whole tail is the legal form.
_CAPITAL_VARIABLE_ENDS = frozenset(("cv", "v"))
_CAPITAL_VARIABLE = re.compile(r"(?: (?:s a(?: b| p i)?|sa|sab|sapi|s de r ?l|s c|sc))? de c ?v$")


def _without_capital_variable(words: list[str]) -> list[str]:
    text = " ".join(words)
    cut = _CAPITAL_VARIABLE.search(text)
    return text[: cut.start()].split() if cut and cut.start() > 0 else words


def _with_possessive_joined(words: list[str]) -> list[str]:
    joined: list[str] = []
    for word in words:
        if word == "s" and joined:
            joined[-1] += "s"
        else:
            joined.append(word)
    return joined


def employer_group(key: str) -> str:
    """The group an employer key belongs to: its first word ("ford motor" -> "ford").

    Applications are planned, locked and stored per group, so that spellings of one employer that
    differ after the first word ("Ford", "Ford Motor Company") meet; within a group, only compatible
    spellings (`compatible_employers`) are matched. Idempotent: a group's group is itself.
    """
    return key.split(" ", 1)[0]


def same_company(a: str | None, b: str | None) -> bool:
    """True when both name the same employer by key (case-, punctuation- and suffix-insensitive)."""
    return bool(a) and bool(b) and company_key(a) == company_key(b)


def same_title(a: str | None, b: str | None) -> bool:
    """True when both state the same job title by key."""
    return bool(a) and bool(b) and title_key(a) == title_key(b)
