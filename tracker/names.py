"""Normalised keys for employer names and job titles.

Matching compares keys, never fuzzy scores: "Acme Corp" and "ACME Corporation" share a key,
"Avail" and "Avra" never do. Aliases are explicit and few.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from email.utils import parseaddr

from tracker.compatible_spellings import compatible_employers

# Legal-form and filler words that don't distinguish one employer from another when trailing.
_COMPANY_SUFFIXES = {
    "inc",
    "incorporated",
    "llc",
    "llp",
    "lp",
    "ltd",
    "limited",
    "plc",
    "corp",
    "corporation",
    "co",
    "company",
    "gmbh",
    "ag",
    "se",
    "sa",
    "sas",
    "sarl",
    "srl",
    "sl",
    "slu",
    "sau",
    "ltda",
    "lda",
    "snc",
    # Italy's simplified company and Portugal's one-person company: "X S.r.l.s.", "X Unipessoal, Lda.".
    "srls",
    "unipessoal",
    "eireli",
    "bvba",
    "kgaa",
    "ev",
    "spa",
    "bv",
    "nv",
    "ab",
    "as",
    "oy",
    "kg",
    # Austrian and German cooperatives and partnerships: "Raiffeisenbank Mühlviertel eGen", "Huber OG".
    "eg",
    "egen",
    "og",
    "gesmbh",
    # Sole traders and small partnerships, as crafts and shops sign: "Bäckerei Krause e.K.", "Weber &
    # Sohn OHG", "Lindholm Bau UG (haftungsbeschränkt)", "Dubois EURL", "Roca y Cía.".
    "ek",
    "ohg",
    "gbr",
    # Non-profit and public-law forms, as hospitals, care homes and their operators sign: "Kliniken der
    # Stadt Köln gGmbH", "Universitätsklinikum Bonn AöR", "Caritasverband KdöR".
    "ggmbh",
    "gag",
    "gug",
    "aor",
    "kdor",
    # German professional partnerships and the public-law body's short form: "Kanzlei Roth & Partner PartG
    # mbB", "Steuerberater Huber mbB", "Ärztekammer KöR".
    "partg",
    "mbb",
    "partgmbb",
    "kor",
    "ug",
    "haftungsbeschrankt",
    "sasu",
    "eurl",
    "sprl",
    "vof",
    # Flanders' limited partnership and the Dutch "and sons" of a family firm: "Bouwbedrijf Vercruysse
    # CommV", "Transportbedrijf Hoogeveen & Zn." ("Comm.V.": _MULTIWORD_FORMS).
    "commv",
    "zn",
    # Belgian non-profits and cooperatives: "AZ Sint-Jan vzw", "Les Tournesols ASBL", "Boerenbond cvba".
    "vzw",
    "asbl",
    "cvba",
    "cia",
    "pty",
    "pvt",
    "private",
    "holdings",
    "group",
    "the",
    # Latin America's and Spain's other forms: Peru's "S.A.A.", "S.A.C.", "E.I.R.L."; Mexico's "S.A.B.";
    # Spain's professional and worker-owned "S.L.P.", "S.L.L.".
    "saa",
    "sac",
    "eirl",
    # Spain's temporary work agencies close their name with "ETT" by law: "Grupo Levante ETT" is the agency
    # "Grupo Levante" (cooperatives' "S. Coop.": _MULTIWORD_FORMS).
    "ett",
    "sab",
    "slp",
    "sll",
    # The forms of the rest of the world, as its boards and agencies write employers: Malaysia's "Sdn Bhd",
    # "Berhad"; Singapore's "Pte Ltd"; Japan's "K.K."; Indonesia's "Tbk"; Estonia's "OÜ"; Czechia's and
    # Slovakia's "s.r.o."; Denmark's "ApS"; Hungary's "Kft.", "Zrt."; the Balkans' "d.o.o."; "JSC"; the
    # Gulf's "FZ-LLC", "FZE", "W.L.L."; Portuguese "Limitada". (Poland's "Sp. z o.o.": _MULTIWORD_FORMS.)
    "sdn",
    "bhd",
    "berhad",
    "pte",
    "kk",
    "tbk",
    "ou",
    "sro",
    "aps",
    "kft",
    "zrt",
    "doo",
    "jsc",
    "fz",
    "fze",
    "wll",
    "limitada",
    # The Gulf's public and free-zone companies ("PJSC", "SAOG", "K.S.C.P.", "Q.P.S.C.", "FZCO") and
    # India's one-person company ("OPC"): legal_forms.py's WORLD_LEGAL_FORMS.
    "pjsc",
    "psc",
    "fzco",
    "saog",
    "saoc",
    "kscp",
    "kscc",
    "ksc",
    "qpsc",
    "qsc",
    "bsc",
    "opc",
    # Austria's "Ges.m.b.H.", "Gesellschaft m.b.H.", "mbH" and sole traders' "e.U." (legal_forms.py).
    "mbh",
    "ges",
    "gesellschaft",
    "eu",
}

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
_NON_WORD = re.compile(r"[^\w]+")
_REQUISITION = re.compile(r"\b(?:req(?:uisition)?|job)\s*(?:id|#|no\.?)?\s*[:#]?\s*[A-Z]*[-_]?\d{3,}\b", re.I)


def without_accents(text: str) -> str:
    """`text` without its accents ("Gómez" -> "Gomez"), as addresses and loose spellings write it."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def fold_text(text: str) -> str:
    """Lowercase, accents removed, '&' spelled out, punctuation to single spaces: how names are compared."""
    text = without_accents(text).lower().replace("&", " and ")
    if text.isascii():  # a table makes every character \W or "_" a space at once (twice as fast on a line)
        return " ".join(text.translate(_ASCII_NOT_ALNUM_TO_SPACE).split())
    return " ".join(_NON_WORD.sub(" ", text).replace("_", " ").split())


_ASCII_NOT_ALNUM_TO_SPACE = {code: " " for code in range(128) if not chr(code).isalnum()}


# Names recur from mail to mail: their folding is kept (whole texts, folded once, are not).
_fold = functools.lru_cache(maxsize=8192)(fold_text)


# Suffixes that still tell employers apart when they follow a shared word: "Capital Group" is not
# "Capital One", though "APM Group" is "APM" (`employer_words`).
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
    return _company_key(name, _COMPANY_SUFFIXES)


def may_have_company_key(name: str, key: str) -> bool:
    """False only where `company_key(name)` cannot be `key` (non-empty), found without folding `name`:
    for a long line of mail asked whether it names an employer, folding costs more than the answer.
    In ASCII text the key's first word is the name's first run of letters and digits other than "the"
    ("and" for "&"), unless it is a dotted legal form's letters joined ("The S.A.S."): never so in a
    name with a run of five (a domain's ending and a legal form taken off the end hold four at most)."""
    if not name.isascii() or "'" in name:
        return True  # accents and a possessive ("McDonald's" keys "mcdonalds") fold otherwise
    lowered = name.lower()
    firsts = (key.split(" ", 1)[0], *_FIRST_WORDS_OF.get(key, ()))
    if "the" in firsts or not _RUN_OF_FIVE.search(lowered):
        return True
    for word in _ASCII_NAME_WORD.finditer(lowered):
        first = word.group(0)
        if first != "the":
            return ("and" if first == "&" else first) in firsts
    return True


def employer_words(name: str | None) -> str:
    """`company_key` keeping a trailing "Group" or "Holdings": what tells two employers apart that
    share a first word (`compatible_names`)."""
    return _company_key(name, _COMPANY_SUFFIXES - _DISTINCT_SUFFIXES)


def compatible_names(name_a: str | None, name_b: str | None) -> bool:
    """True when two employer names may be one employer: their keys are compatible and so are their
    words with "Group"/"Holdings" kept ("Capital One" and "Capital Group" are not; "APM", "APM Group" are)."""
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
    words = _fold(text).split()
    if len(words) > 3 and words[-1] in _CAPITAL_VARIABLE_ENDS:
        words = _without_capital_variable(words)
    # A dotted legal form folds to letters ("S.A.S." -> "s a s", "S.p.A." -> "s p a"): one word again.
    letters = 0
    while letters < len(words) - 1 and len(words[-1 - letters]) == 1:
        letters += 1
    if letters >= 2:
        words[-letters:] = ["".join(words[-letters:])]
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
# Legal forms of several words whose words alone are no form: Poland's "Sp. z o.o." (whose "zoo" is no zoo)
# Mexico's "S. de R.L." without its "de C.V." (_CAPITAL_VARIABLE reads that) and Flanders' "Comm.V.".
_MULTIWORD_FORMS = (
    ["sp", "zoo"], ["s", "de", "rl"], ["comm", "v"],
    # Spain's cooperatives, Andalusia's and Galicia's too: "Aceites de Jaén S. Coop. And.".
    ["s", "coop"], ["soc", "coop"], ["s", "coop", "and"], ["s", "coop", "galega"],
    # A Spanish temporary work agency's "ETT" written out: "Grupo Levante Empresa de Trabajo Temporal".
    ["empresa", "de", "trabajo", "temporal"],
)  # fmt: skip

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
    folded = _fold(text)
    if "in" in folded and any(ending in folded for ending in _FEMININE_ENDINGS):
        folded = _FEMININE_ENDING.sub("", folded)
    if "frau" in folded:
        folded = _FEMININE_FRAU.sub("mann", folded)
    words = [_TITLE_ABBREVIATIONS.get(word, word) for word in folded.split()]
    if words and words[-1] == "position":
        words.pop()
    return " ".join(words)


def same_company(a: str | None, b: str | None) -> bool:
    """True when both name the same employer by key (case-, punctuation- and suffix-insensitive)."""
    return bool(a) and bool(b) and company_key(a) == company_key(b)


def same_title(a: str | None, b: str | None) -> bool:
    """True when both state the same job title by key."""
    return bool(a) and bool(b) and title_key(a) == title_key(b)


def split_sender(sender: str) -> tuple[str, str]:
    """(display name, address) of a From header; ('', '') when it can't be read.

    The stdlib recurses once per ':' (group syntax), so a crafted header exhausts the stack.
    """
    # "Roe, Jane <jane.roe@acme.com>" unquoted: parseaddr would read "Roe" as an address of its own; and
    # "Acme@myworkday.com <acme@myworkday.com>" (an address written as the display name) as the address.
    angle = _ANGLE_ADDRESS.match(sender)
    if angle and ("," in angle["name"] or "@" in angle["name"]) and '"' not in angle["name"]:
        return angle["name"].strip(), angle["address"]
    plain = _NAMED_ADDRESS.fullmatch(sender) or _BARE_ADDRESS.fullmatch(sender)
    if plain:
        return plain.groupdict().get("name") or "", plain["address"]
    try:
        return parseaddr(sender)
    except RecursionError:
        return "", ""


_ANGLE_ADDRESS = re.compile(r"^(?P<name>[^<>]*)<(?P<address>[^<>@\s]+@[^<>\s]+)>\s*$")
# The common shapes, "Jane Doe <jane.doe@acme.com>" and "jobs@acme.com": words and spaces, an address
# of dotted words. The stdlib's parser (pure Python: a good part of reading a short mail) reads them
# just so; anything else (quotes, commas, comments, dots in the name) goes to it.
_DOTTED_WORDS = r"[\w%+-]+(?:\.[\w%+-]+)*@[\w-]+(?:\.[\w-]+)*"
_NAMED_ADDRESS = re.compile(rf" *(?:(?P<name>[\w'&-]+(?: [\w'&-]+)*) *)?<(?P<address>{_DOTTED_WORDS})>")
_BARE_ADDRESS = re.compile(rf" *(?P<address>{_DOTTED_WORDS}) *")


def sender_address(sender: str) -> str:
    """The bare address of a From header ('' when there is none: "Acme Careers" is only a name)."""
    address = split_sender(sender)[1].lower()
    return address if "@" in address else ""


def sender_domain(sender: str) -> str:
    """The domain of a From header's address ('' when there is none)."""
    address = sender_address(sender)
    return address.rsplit("@", 1)[-1] if "@" in address else ""
