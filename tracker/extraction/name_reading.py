"""Reading an organisation's name out of running text, starting where a phrase says one begins.

Names are capitalised words ("Regional Reserve Bank of Port Alder", "AT&T", "Tithe.ly",
"Oahu Publications, Inc.") and end at lowercase words, sentence punctuation, line ends or words
that start the next clause ("We", "Thank", "Unfortunately").
"""

from __future__ import annotations

import re

from tracker.extraction.institution_names import INSTITUTION_NOUNS, run_after_noun
from tracker.extraction.name_finishing import NAME_OPENERS, finish_name, without_trailing_noise
from tracker.extraction.name_words import (
    ABBREVIATIONS,
    CONNECTORS,
    HIRING_TEAM_WORDS,
    INITIALS,
    LEGAL_SUFFIX,
    ROMANCE_PARTICLES,
    STOP_WORDS,
)
from tracker.extraction.spelled_labels import UMLAUT_SPELLINGS, spelled_out
from tracker.extraction.title_shape import names_a_person_role

# The words a name is read by are name_words.py's, a label's spellings spelled_labels.py's, its finishing
# name_finishing.py's; the readers import those they use from here too.
__all__ = [
    "NOUN_AFTER_POSSESSIVE",
    "ROMANCE_PARTICLES",
    "STOP_WORDS",
    "UMLAUT_SPELLINGS",
    "finish_name",
    "read_name",
    "spelled_out",
]

_TOKEN = re.compile(r"[ \t]*([^\s]+)")
MAX_NAME_WORDS = 7
# "bioMérieux", "eBay", "iRobot": a name may start lowercase when a capital follows at once.
_CAMEL_CASE_WORD = re.compile(r"^[a-z]{1,4}[A-ZÀ-Þ]")
# Generic nouns (stop words alone: "HR Services", "Global") that end a name of two words or more.
_NAME_NOUNS = {"Services", "Group"}
# "University of Texas at Austin": "at" joins a campus to its university's name.
_CAMPUS_NOUNS = {"University", "College"}


def read_name(text: str, start: int, allow_lowercase: bool = False) -> str | None:
    """The organisation name that begins at `text[start:]`, or None when none begins there."""
    words: list[str] = []
    pos = start
    segment = text[start : start + 120]
    if segment[:4].lower() == "the ":
        pos += 4
    # A name ends at its line's end: the tokens are read up to it (a token holds no line break, so
    # only the space before one can), not each asked whether a line break came before it.
    end = min(len(text), start + 120)
    line_end = text.find("\n", pos, end)
    resume = pos
    longer = 0  # a public body's remit or an institution's lowercase words make a longer name: its words more
    for match in _TOKEN.finditer(text, pos, end if line_end < 0 else line_end):
        if match.start() < resume:
            continue  # a word of the institution's run, taken below
        token = match.group(1)
        pos = match.end()
        if not _accept_token(token, words, allow_lowercase, text, pos):
            break
        cleaned, ends_here = _strip_token(token, text, pos)
        if ends_here and token[-1] == "," and _lists_a_remit(words, text, pos):
            # "Department for Environment, Food and Rural Affairs", "Instituto Federal de Educação, Ciência e
            # Tecnologia do Vale": the remit's list goes on after the comma.
            cleaned, ends_here, longer = token, False, _REMIT_WORDS
        if cleaned:
            words.append(cleaned)
        if not ends_here and len(words) == 1 and (run := run_after_noun(cleaned, text, pos)):
            # "Caisse primaire d'assurance maladie de la Vallée": the institution's own lowercase words.
            words += run.group(0).split()
            resume, longer = run.end(), max(longer, 2)
        longer = max(longer, 2 * (words[0] in _PUBLIC_BODY_NOUNS))
        if ends_here or len(words) >= MAX_NAME_WORDS + longer:
            break
    return finish_name(words)


# A public body named by its remit, the remit's parts listed with commas: "Department for Environment,
# Food and Rural Affairs", "Ministry of Housing, Communities and Local Government"; a Romance institution's
# too, after its joining word: "Instituto Federal de Educação, Ciência e Tecnologia do Vale", "Instituto de
# Agricultura, Pesca y Alimentación", "Centre de recherche en Biologie, Santé et Environnement".
_PUBLIC_BODY_NOUNS = {"Department", "Ministry", "Office", "Secretariat"}
_REMIT_LIST_FOLLOWS = re.compile(
    r" (?:[A-Z][\w'-]*(?: [A-Z][\w'-]*)?, )*[A-Z][\w'-]*(?: [A-Z][\w'-]*)?,? (?:and|&) [A-Z]"
)
_ROMANCE_REMIT_LIST_FOLLOWS = re.compile(
    r" (?:[A-ZÀ-Þ][\w'-]*(?: [A-ZÀ-Þ][\w'-]*)?, )*[A-ZÀ-Þ][\w'-]*(?: [A-ZÀ-Þ][\w'-]*)?,? (?:e|y|et|ed|i) "
    r"[A-ZÀ-Þ]"
)
# A name listing its remit may run this many words beyond MAX_NAME_WORDS ("Instituto Federal de Educação,
# Ciência e Tecnologia de São Paulo").
_REMIT_WORDS = 4
# The words that join a Romance institution's noun to its remit ("Instituto de", "Escola Superior da").
_REMIT_JOINING = frozenset({"de", "do", "da", "dos", "das", "del", "di", "della", "du", "des", "en"})


def _lists_a_remit(words: list[str], text: str, pos: int) -> bool:
    """True when a public body's name ("Department for X,", "Instituto Federal de X,") goes on listing its
    remit after the comma."""
    if len(words) < 2:
        return False
    if words[0] in _PUBLIC_BODY_NOUNS and words[1] in ("for", "of"):
        return _REMIT_LIST_FOLLOWS.match(text, pos) is not None
    return (
        words[0] in INSTITUTION_NOUNS
        and not _REMIT_JOINING.isdisjoint(words[1:])
        and _ROMANCE_REMIT_LIST_FOLLOWS.match(text, pos) is not None
    )


def _accept_token(token: str, words: list[str], allow_lowercase: bool, text: str, pos: int) -> bool:
    bare = token.strip("\"'(),.;:!?")
    if not bare or bare == "@":
        return False  # "Acme @ Mon Jun 1": a lone "@" separates, it joins nothing
    if token.startswith("("):
        return False
    if token[0] == "#":
        # "Brightmart Store #2231": a site's number goes with its noun (tidy_employer_name takes both off).
        return bool(words) and words[-1].lower() in _SITE_NOUNS and bare[1:].isdigit()
    lower = bare.lower()
    if words and lower == "en" and _DUTCH_FIRM_AFTER_EN.match(text, pos):
        return True  # "Smit en Zonen": Dutch "&" (elsewhere "en" is "in": "chez Acme en France")
    if words and lower in CONNECTORS:
        if bare == "le" and _peek(text, pos)[:1].isdigit():
            return False  # "envoyés à Acme le 6 mars": French writes a date's day after "le", never a name's
        if lower == "for" and (_A_ROLE_FOLLOWS.match(text, pos) or _a_title_follows(text, pos)):
            return False  # "applying to Under Armour for the Teammate position": the post, not the name
        return _next_is_capitalised(text, pos) or _the_and_a_name_follow(text, pos)
    if lower == "at" and _campus_follows(words, text, pos):
        return True  # "University of California at Berkeley": the campus is part of the name
    if words and LEGAL_SUFFIX.match(bare):
        return True
    if bare in _NAME_NOUNS and words:
        return True  # "Tata Consultancy Services", "Compass Group": the name's last noun
    if words and lower in HIRING_TEAM_WORDS and _INSTITUTION_NOUN_FOLLOWS.match(text, pos):
        return True  # "Bright Careers Academy", "Kestrel Talent Agency": the word is the name's
    # All-capital tokens are acronyms ("IT", "US"), not the pronoun or preposition they spell.
    is_acronym = bare.isupper() and len(bare) > 1 and bool(words)
    if (
        lower in STOP_WORDS
        and not is_acronym
        and not (allow_lowercase and not words and bare[:1].islower())
        and not (lower in NAME_OPENERS and not words and _next_is_name_word(text, pos))
    ):
        return False
    first = bare[0]
    if first.isupper() or first.isdigit() or first in "&@" or _CAMEL_CASE_WORD.match(bare):
        return True
    return allow_lowercase and not words


_INSTITUTION_NOUN_FOLLOWS = re.compile(
    r"\s+(?:Academy|Institute|College|School|Network|Foundation|Agency|Center|Centre|Alliance|Collective|Studio|"
    r"Partners|Solutions)\b"
)
# "the Veterans Health Administration for Medical Support Assistant was not selected": capitalised words
# after "for" that make a post, then the sentence goes on.
_CAPITALISED_RUN = re.compile(r"\s*((?:[A-Z][\w'-]*\s){0,4}[A-Z][\w'-]*)(?=\s+[a-z(,]|[.,;:!?]|$)")


def _a_title_follows(text: str, pos: int) -> bool:
    """True when the capitalised words after "for" name a post ("Medical Support Assistant"), not the
    remit of a body ("Department for Transport")."""
    run = _CAPITALISED_RUN.match(text, pos)
    return run is not None and " " in run[1] and names_a_person_role(run[1])


_DUTCH_FIRM_AFTER_EN = re.compile(r"\s*(?:Zonen|Zoon|Zn\.?|Dochters?|Co\.?|Partners)\b")
_SITE_NOUNS = {"store", "restaurant", "location", "branch", "outlet", "warehouse", "plant", "site", "unit"}
_A_ROLE_FOLLOWS = re.compile(
    r"\s*(?:the |a |an |our )?(?:[\w&/-]+ ){0,5}(?:position|role|job|opening|vacancy|post)\b", re.I
)
# "St. Luke's Hospital", "Children's Health": a possessive its organisation's noun completes is the name's.
NOUN_AFTER_POSSESSIVE = (
    r" (?:[A-Z][\w.]* ){0,2}(?:Hospitals?|Health(?:care)?|Clinic|Medical|Hospice|Restaurants?|Pharmacy|"
    r"Church|College|School|Academy|University|Homes?|Kitchen|Bakery|Market|Stores?|"
    # Banks, societies and trading houses: "People's Bank", "Farmer's Co-operative Society".
    r"Bank|Trust|Society|Insurance|Hotels?|Motors|Industries|Enterprises|Traders|"
    # A parish, a GP's surgery, a small firm named for its owner: "St. Anne's Parish", "St. Luke's
    # Surgery", "Holloway's Garage", "O'Brien's Bar".
    r"Parish|Cathedral|Chapel|Surgery|Dental|Nursery|Garage|Farm|Shop|Salon|Inn|Arms|Pub|Bar|Café|Cafe|"
    r"Deli|Diner|Bistro|Butchers)\b"
)
_NOUN_AFTER_POSSESSIVE = re.compile(NOUN_AFTER_POSSESSIVE)


# Sentences run together where a page's markup was dropped: "... Internships!Best,Acme University Team".
_GLUED_SENTENCE_END = re.compile(r"[!?](?=[^\W\d_])")


def _strip_token(word: str, text: str, pos: int) -> tuple[str, bool]:
    """The word (one token of the text) without clause punctuation, and whether the name ends after it."""
    if ("!" in word or "?" in word) and (glued := _GLUED_SENTENCE_END.search(word)):
        # "Internships!Best,Acme University Team": a page's sentences run together, the name ends.
        return without_trailing_noise(word[: glued.start()]), True
    if word == "S." and _peek(text, pos).startswith("Coop"):
        return word, False  # Spain's cooperatives: "Frutas del Taibilla S. Coop. La revisaremos"
    if word.endswith(".") and LEGAL_SUFFIX.match(word):
        # "Acme Ltd. We're excited", "sent to Acme Inc. Good luck!": a legal form closes the name; only
        # another goes on ("Hanwoo Co. Ltd.", "Wattle Pty. Ltd.").
        return word, not LEGAL_SUFFIX.match(_peek(text, pos).strip(",."))
    if word.lower() in ABBREVIATIONS or INITIALS.match(word):
        return word, not _next_is_capitalised(text, pos) or _next_starts_sentence(text, pos)
    if word.endswith(",") and LEGAL_SUFFIX.match(_peek(text, pos).strip(".,")):
        return word[:-1] + ",", False
    if word.endswith(("'s", "’s")) and _NOUN_AFTER_POSSESSIVE.match(text, pos):
        return word, False
    if word[-1] in '.!?:;,|)"' or word.endswith("'s") or word.endswith("’s"):
        return without_trailing_noise(word), True
    return word, False


_ARTICLES_IN_NAMES = frozenset(("the", "la", "le", "los", "las"))


def _the_and_a_name_follow(text: str, pos: int) -> bool:
    """ "University of the Arts", "Bank of the West", "Cítricos de la Ribera", "Banque de la Réunion": an
    article between a connector and a name word."""
    match = _TOKEN.match(text, pos)
    following = _peek(text, match.end()) if match is not None and match.group(1) in _ARTICLES_IN_NAMES else ""
    return following[:1].isupper()  # "for the 13-week assignment" joins no name


def _campus_follows(words: list[str], text: str, pos: int) -> bool:
    return (
        len(words) >= 3 and words[0] in _CAMPUS_NOUNS and words[1] == "of" and _next_is_capitalised(text, pos)
    )


def _peek(text: str, pos: int) -> str:
    match = _TOKEN.match(text, pos)
    return match.group(1) if match and "\n" not in text[pos : match.start(1)] else ""


def _next_is_capitalised(text: str, pos: int) -> bool:
    following = _peek(text, pos).lstrip("\"'(")
    return bool(following) and (following[0].isupper() or following[0].isdigit() or following[0] == "&")


def _next_is_name_word(text: str, pos: int) -> bool:
    following = _peek(text, pos).strip("\"'(,.")
    return following[:1].isupper() and following.lower() not in STOP_WORDS


def _next_starts_sentence(text: str, pos: int) -> bool:
    return _peek(text, pos).strip("\"'(,.").lower() in STOP_WORDS
