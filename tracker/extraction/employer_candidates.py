"""A candidate for the employer: a name read at one place of a mail, weighed by how reliable that place is.

Every reading (employer_anchors, employer_layout, employer_signoffs, employer_labels) adds its names through
`add_candidate`, tidied of what a subject or a signature glues onto them ("Tallis Recruiting", "Quillmart
Store #1234"); company.py pools and weighs them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from tracker.extraction import platforms
from tracker.extraction.clock_times import HOUR, MERIDIEM
from tracker.extraction.employer_bounds import bounded_name
from tracker.extraction.name_reading import NOUN_AFTER_POSSESSIVE, ROMANCE_PARTICLES, finish_name
from tracker.extraction.name_words import DEPARTMENT_WORDS
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import PreparedEmail, Sender
from tracker.extraction.title import looks_like_title

# A name word is capitalised, or camel-cased from a lowercase start ("bioMérieux", "eBay").
_NAME_WORD = r"(?:[A-Z0-9&]|[a-z]{1,4}[A-ZÀ-Þ])[\w&'.+-]*"
NAME = (
    # Its small joining words, Italian's too: "Banca Popolare di Lodi", "Cassa di Risparmio della Marca".
    rf"{_NAME_WORD}(?: (?:of |and |& |d(?:e|el|o|a|os|as|i|ella|elle|ei|egli) |for |the )?"
    rf"{_NAME_WORD}){{0,5}}"
    # Its legal form after a comma, in other languages too: "Talleres Ortega, S.L.", "Lacticoop, Lda.".
    r"(?:,? (?:Inc|LLC|Ltd|Corp|Co|GmbH|plc|LLP|S\.L\.U|S\.L|SLU|SL|S\.A\.S|S\.A|SAS|SA|S\.r\.l|Srl|S\.p\.A|"
    r"SpA|Lda|Ltda|B\.V|BV|N\.V|NV|AG|SARL)\.?)?"
)
NAME_AT_END = re.compile(rf"(?P<name>{NAME})\s*$")
AFTER, BEFORE = "after", "before"
SENDER = ("sender", 0, "sender")
# The kind of place of a public body named by its shape (public_bodies, german_public_bodies,
# municipal_bodies), which public_portals reads as a body its portal sends for.
PUBLIC_BODY = "public body"


@dataclass
class Candidate:
    name: str
    weight: float
    from_text: bool
    # Where in the email the name was read, and from which side (("subject", offset, "after")): one
    # place counts once, however many patterns read it ("Thank you for applying at X" is matched by three).
    place: tuple[str, int, str] | None = None
    # Read from a footer's copyright line ("© 2026 Acme Inc."): the sender's own chrome when it names
    # the sender (then its place is the sender's).
    footer: bool = False

    @property
    def text_says(self) -> bool:
        """The text names it as the employer: not the sender's own footer spelling the sender's name."""
        return self.from_text and self.place != SENDER


def whole_name(line: str) -> str | None:
    """`line` as a name when the whole line is one ("Juniper Ridge Software Ltd"), else None."""
    line = line.rstrip(" .")
    return finish_name(line.split()) if NAME_AT_END.match(line) else None


# What a subject or signature glues onto an employer's name: "Tallis Recruiting", "ARN Job",
# "TikTok Early (Careers)", "T-Mobile-thanks", "BILL - 2025", "Cisco's Assessment Challenge".
_POSSESSIVE = re.compile(r"(?:'s|’s)\b.*$")
_POSSESSIVE_IN_NAME = re.compile(rf"(?:'s|’s){NOUN_AFTER_POSSESSIVE}")
_GLUED_TAIL = re.compile(
    r"(?:\s+(?:(?:[Gg]raduate |[Cc]ampus |[Ss]tudent )?[Rr]ecruit(?:ing|ment)|[Tt]alent(?: [Aa]cquisition)?|"
    # "Albion Mutual Resourcing Team": the team signs with the organisation's name before its own.
    r"[Rr]esourcing|"
    r"[Cc]areers?|[Jj]obs?|HR|[Tt]eam|"
    r"[Hh]iring|[Ee]arly(?: [Cc]areers?)?|[Uu]niversity [Rr]ecruiting|[Ii]nternships?|"
    # "Zeppelin Systems Human Resources", "Baumgart Elektrotechnik Personalabteilung": the department signs.
    r"[Hh]uman [Rr]esources|Personalabteilung|Personalwesen|[Rr]essources [Hh]umaines|[Rr]ecursos [Hh]umanos|"
    r"[Rr]isorse [Uu]mane|Personeelszaken|"
    r"(?:[Oo]nline |[Cc]oding |[Tt]echnical )?(?:[Aa]ssessment|[Cc]hallenge|[Tt]est))|"
    r"-(?:thanks|thank|update|application|confirmation|careers?|jobs?)|\s*[-–|:]\s*(?:19|20)\d\d|"
    # "Civil Service Fast Stream 2027": a scheme's year of entry, no part of the organisation's name.
    r"(?<=[a-z] )20\d\d)$"
)
# "New Ashford Courts - Central Office", "Brightwell Bank - Human Resources": the office, division, campus
# or department after a dash is not the employer.
_UNIT_AFTER_DASH = re.compile(
    r"\s+[-–]\s+(?:(?:[A-Z][\w&]* ){0,3}(?:Office|Department|Division|Campus|Branch|Headquarters|HQ)|"
    r"Human Resources|HR|People(?: (?:and|&) Culture)?|Talent Acquisition|Recruit(?:ing|ment)|"
    r"Personalabteilung|Ressources Humaines|RH)$"
)
# "Quillmart Store #1234", "Larkspur Coffee - Main St", "Orbit Outfitters Fifth Avenue": the brand's shop,
# restaurant or site, which a person tracking the application does not type.
_SITE_NOUNS = (
    r"[Ss]tore|[Ss]upercenter|[Ss]uperstore|[Rr]estaurant|[Ll]ocation|[Bb]ranch|[Oo]utlet|[Ww]arehouse|"
    r"(?:[Dd]istribution|[Ff]ulfil?lment|[Ss]ervice) [Cc]ent(?:er|re)|[Pp]lant|[Ss]ite|[Uu]nit|"
    r"[Ll]oja|[Tt]ienda|[Ff]ilial|[Ss]ucursal"
)
# Portuguese, Spanish and Italian streets open their name ("Rua Augusta", "Calle Serrano", "Via Roma").
_ROMANCE_STREET_NOUNS = r"Rua|Avenida|Calle|Via"
_STREET_NOUNS = (
    r"St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Hwy|Highway|Pkwy|Parkway|Plaza|Mall|Square|Sq|"
    rf"{_ROMANCE_STREET_NOUNS}"
)
_ORDINALS = r"First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d+(?:st|nd|rd|th)"
_LOCATION_TAIL = re.compile(
    rf"(?:\s+(?:{_SITE_NOUNS})\s*(?:#|[Nn]o\.?)?\s*[A-Z]?-?\d+|\s*#\s*\d+|"
    rf"\s+[-–—]\s+[^-–—\n]{{1,40}}?\b(?:{_STREET_NOUNS})\.?|\s+(?:{_ORDINALS})\s+(?:Avenue|Street|Ave|St)\.?)$"
)

# "Loja da Rua Augusta da Renner", "Filial do Centro do Carrefour": the particles that join a name's words
# also join a shop and its street to the employer; a run a site or a street opens names the employer
# after its last particle.
_SITE_OPENS = re.compile(rf"(?:{_SITE_NOUNS}|{_ROMANCE_STREET_NOUNS}) ")
_NAME_PARTICLE = re.compile(rf" (?:{ROMANCE_PARTICLES}) (?=[A-Z])")


# A team signing as its organisation's, in the other languages' word order: "L'équipe de X", "Il team di X",
# "Das Team von X", "El equipo de X", "Het team van X", "A equipa da X", "O time da X" (a capital follows).
_TEAM_OF_THE_NAME = re.compile(
    r"(?:l['’]équipe|l['’]equipe|el equipo|het team|a equipa|a equipe|o time|il team|das team|ihr team|"
    r"dein team|euer team|votre équipe)(?: (?:de la|de l['’]|de|du|des|del|van|von|der|des|da|do|di)| d['’])"
    r" ?(?=(?-i:[A-ZÀ-Þ]))",
    re.I,
)

# An Italian partnership's registered name writes its partners after the trade name: "Cantine Alte di
# Rossi G. & C. s.a.s.", "Falegnameria Bruni snc di Bruni Mario & C.": the firm is the trade name.
_PARTNERS_OF_THE_FIRM = re.compile(
    r"(?:\s+(?i:s\.?n\.?c|s\.?a\.?s)\.?)?\s+di\s+[A-Z][^\s&]*(?:\s+[A-Z][^\s&]*){0,3}\s*&\s*C\.?"
    r"(?:\s+(?i:s\.?n\.?c|s\.?a\.?s)\.?)?\s*$"
)


# A name is read at several places of a mail (subject, body, signature) and tidied at each.
@functools.lru_cache(maxsize=4096)
def tidy_employer_name(name: str) -> str | None:
    """`name` without what a subject or a signature glues onto it; None when nothing is left."""
    # Each substitution only where its mark is: a possessive's "s", a dash (they would try every place).
    tidy = name
    if (team := _TEAM_OF_THE_NAME.match(tidy)) is not None:
        tidy = tidy[team.end() :]  # "L'équipe de Transports Gautier": the team signs, its organisation hires
    if "'s" in name or "’s" in name:
        tidy = name if _POSSESSIVE_IN_NAME.search(name) else _POSSESSIVE.sub("", name)
    if _SITE_OPENS.match(tidy):
        tidy = _NAME_PARTICLE.split(tidy)[-1]
    if "-" in tidy or "–" in tidy:
        tidy = _UNIT_AFTER_DASH.sub("", tidy)
    if " di " in tidy and "&" in tidy:
        tidy = _PARTNERS_OF_THE_FIRM.sub("", tidy)
    if _may_end_with(tidy, _LOCATION_TAIL_ENDS):
        tidy = _LOCATION_TAIL.sub("", tidy)
    tidy = bounded_name(tidy).strip()
    for _ in range(3):
        if not _may_end_with(tidy.lower(), _GLUED_TAIL_ENDS):
            break
        shorter = _GLUED_TAIL.sub("", tidy).strip(" -–|:,")
        if shorter == tidy or not shorter:
            break
        tidy = shorter
    return tidy if len(tidy) >= 2 else None


# The words each of those tails ends with (besides a number): most names end otherwise, and the
# end-anchored patterns, searched, are tried at every place of the name.
_LOCATION_TAIL_ENDS = tuple(_STREET_NOUNS.split("|"))
# (The hiring team's words, name_words.DEPARTMENT_WORDS: "people" too, which _GLUED_TAIL leaves on a name,
# "Kindred People", costs only a try.)
_GLUED_TAIL_ENDS = (
    *sorted(DEPARTMENT_WORDS), "acquisition", "job",
    "early", "internship", "internships", "assessment", "challenge", "test", "thanks", "thank",
    "update", "application",
    "confirmation", "resources", "personalabteilung", "personalwesen", "humaines", "humanos", "umane",
    "personeelszaken", "resourcing",
)  # fmt: skip


def _may_end_with(name: str, words: tuple[str, ...]) -> bool:
    """False only where a tail pattern ending in one of `words` or a digit (then "." and a line break at
    most) cannot match `name`."""
    end = name[:-1] if name.endswith("\n") else name
    end = end[:-1] if end.endswith(".") else end
    return end[-1:].isdigit() or end.endswith(words)


# "10am", "1 PM", "10:30", "9.30am", "14h30", "10 Uhr": the hour an "at" names.
_HOUR_MARK = rf"\s*(?:{MERIDIEM}|uhr|hrs?|h)"
_TIME_OF_DAY = re.compile(rf"{HOUR}(?:{_HOUR_MARK}|[:h]\d{{2}}(?:{_HOUR_MARK})?|\.\d{{2}}{_HOUR_MARK})", re.I)


def add_candidate(
    found: list[Candidate],
    name: str | None,
    weight: float,
    place: tuple[str, int, str] | None = None,
    footer: bool = False,
) -> None:
    name = tidy_employer_name(name) if name else None
    if name and name[0].isdigit() and _TIME_OF_DAY.fullmatch(name):
        return  # "an interview on Monday at 10am": a time, not a place of work
    if name and " for " in name:
        head, tail = name.split(" for ", 1)
        if looks_like_title(tail):
            name = head  # "submitted to Calloway for Software Engineer I"
    if name:
        found.append(Candidate(name, weight, True, place, footer))


def own_domain_label(email: PreparedEmail) -> str | None:
    """The sender's own domain's label as written ("ridgelinetalent" for ridgelinetalent.com, hiring words
    kept), None for a platform's, a free mailbox's or no domain."""
    return _own_label_of_domain(email.sender.domain)


# Asked of one mail by a dozen readers of its employer (its labels, desks, signed and fuller names), each
# asking again for every name it weighs: worked out once a domain, as the domain's employer is.
@functools.lru_cache(maxsize=4096)
def _own_label_of_domain(domain: str) -> str | None:
    if not platforms.domain_employer(Sender(domain=domain)):  # it reads the sender's domain alone
        return None
    return run_together(platforms.registrable_domain(domain).split(".")[0])


def spelled_by_own_domain(name: str, email: PreparedEmail) -> bool:
    """Whether the sender's own domain's label is `name` run together ("PulseFit" from pulsefit.co.uk)."""
    return run_together(name) == own_domain_label(email)


def own_label_going_on(name: str, email: PreparedEmail) -> str | None:
    """The sender's own domain's label where it starts with `name` run together and goes on
    ("linguasupport" for "Lingua", "ridgelinetalent" for "Ridgeline"): the name's fuller form it spells."""
    label = own_domain_label(email)
    compact = run_together(name)
    return label if label and label != compact and label.startswith(compact) else None
