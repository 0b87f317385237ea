"""The words an employer's name is read by (name_reading.py): the particles and connectors inside a
name, the legal suffixes and dotted abbreviations that end one, and the words that are never part of one."""

from __future__ import annotations

import re

from tracker.extraction import phrases

# The words a hiring team or mailbox calls itself by, in English ("Acme Careers", "talent@", "acme.careers"):
# a name read from them is the team's, not the organisation's word. The one vocabulary: each reader takes
# it or one of the subsets below, and adds only its own kind of word (a language's, a trade's, a mailbox's).
HIRING_TEAM_WORDS = frozenset(
    {"careers", "career", "jobs", "talent", "people", "recruiting", "recruitment", "hiring"}
)
# With the department's two short words, "HR" and "Team": what a department signs or sends with beside its
# organisation's name ("Acme HR", "The Acme Team", "Acme's Talent Team"). Not in HIRING_TEAM_WORDS, which
# the name's own words are weighed against ("Bright Careers Academy") and a domain's last level too
# ("talvora.careers"), where "hr" is too short and "team" a generic level of its own.
DEPARTMENT_WORDS = HIRING_TEAM_WORDS | {"hr", "team"}
# Those a staffing or care business is also named by, its trade ("Ridgeline Talent", "Kindred People",
# "Kessel Recruitment"): a name may end with them. The rest name only a mailbox or a team ("careers",
# "jobs", "hiring"), never a business.
TRADE_WORDS = frozenset({"talent", "people", "recruiting", "recruitment"})
# Only a mailbox's or a team's ("Acme Careers", "Acme Jobs"): after an employer's name, no other employer.
MAILBOX_WORDS = HIRING_TEAM_WORDS - TRADE_WORDS


def department_alternation(*leaving_out: str, capitalised: bool = False) -> str:
    """DEPARTMENT_WORDS (but those `leaving_out`) as a regex alternation, longest first: lowercase, or
    (`capitalised`) each as a name writes it ("Careers", "HR") for a reader that tells case."""
    words = sorted(DEPARTMENT_WORDS - set(leaving_out), key=lambda word: (-len(word), word))
    if capitalised:
        words = [word.upper() if len(word) <= 2 else word.capitalize() for word in words]
    return "|".join(words)


# The small words inside an organisation's name, one list by what each does. Joining its words, a preposition
# or an article: "Bank of Ayr", "Centre hospitalier de Montfaucon", "Cementos del Norte", "Haus der Technik".
NAME_JOINING_WORDS = frozenset({"of", "de", "d", "du", "des", "di", "del", "della", "do", "da", "der", "den"})
# "And" in the seven languages: "Hale & Pine", "Smit en Zonen", "Müller und Söhne", "Ferreira e Filhos".
NAME_AND_WORDS = frozenset({"&", "and", "y", "e", "et", "en", "und"})
# A French name's article inside it ("Caisse de la Mutualité", "Centre hospitalier le Vinatier") and a
# surname's particle opening a family's firm ("Van Rood Werving", "Von Hagen Bau").
NAME_ARTICLES = frozenset({"la", "le"})
SURNAME_PARTICLES = frozenset({"van", "von"})
NAME_PARTICLE_WORDS = NAME_JOINING_WORDS | NAME_AND_WORDS | NAME_ARTICLES | SURNAME_PARTICLES
# Left out of an acronym's initials and of a domain label's letters (written_expansions.py): the joining
# words and "and" ("Kellerman Data Consulting" is "KDC", "Hale & Pine" "haleandpine" or "hp"); an article
# and a surname's particle keep their initial, as a family's firm writes its acronym ("Van Rood Werving &
# Selectie" is "VRWS").
LEFT_OUT_OF_INITIALS = NAME_JOINING_WORDS | NAME_AND_WORDS
# Left out of a domain's initials before its other words run together (employer_matching.py): the joining
# words, the articles and a surname's particle ("ch-montfaucon" for "Centre hospitalier de Montfaucon"), not
# "and", whose initial such a domain keeps.
LEFT_OUT_OF_DOMAIN_INITIALS = NAME_PARTICLE_WORDS - NAME_AND_WORDS
# The particles that join a Romance name's words and a genitive to its owner ("Banca del Lazio", "Loja da
# Rua Augusta da Renner", "Magazzino di Esselunga"), as a regex alternation.
ROMANCE_PARTICLES = r"de|del|della|di|do|da|dos|das"
CONNECTORS = {
    "of",
    "and",
    "&",
    "de",
    "du",
    "des",
    "der",
    "den",
    "für",
    "y",
    "e",
    "for",
    "the",
    "la",
    "le",
    "di",
    "van",
    "von",
    "und",
    "et",
    "-",
    # Portuguese, Italian and Spanish particles inside a name: "Metalúrgica do Vouga", "Cementos del Norte",
    # "Laticínios da Serra", "Banca del Lazio", "Cassa di Risparmio della Spezia".
    "do",
    "da",
    "dos",
    "das",
    "del",
    "della",
    "dei",
    "delle",
    "degli",
    # "Cítricos de los Valles", "Casa de las Flores": Spanish's plural articles after "de".
    "los",
    "las",
}
# Short suffixes spell words in lowercase ("se", "sa", "co"): they count only capitalised.
LEGAL_SUFFIX = re.compile(
    r"^(?:(?i:inc|llc|llp|ltd|limited|corp|corporation|plc|gmbh|pty|pvt|sarl|srl|s\.r\.l|spa|s\.p\.a)|"
    r"(?:Co|CO|AG|SA|S\.A|NV|BV|SE|LP|L\.P|KG|SL|S\.L|SAS|Coop))\.?$"
)
ABBREVIATIONS = {
    "inc.",
    "co.",
    "corp.",
    "ltd.",
    "st.",
    "u.s.",
    "s.a.",
    "l.p.",
    "jr.",
    "bros.",
    "intl.",
    "mfg.",
    "no.",
}
# "J.P. Morgan", "A.O. Smith": initials run on into the name.
INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$")
# Capitalised words that begin a clause or are generic, never part of an employer's name.
STOP_WORDS = {
    "we", "our", "your", "you", "thank", "thanks", "unfortunately", "please", "if", "this", "that", "at",
    "in", "for", "to", "on", "as", "dear", "hi", "hello", "hey", "team", "careers", "career", "recruiting",
    "recruitment", "talent", "acquisition", "hr", "hiring", "position", "role", "job", "jobs", "application",
    "applications", "apply", "regards", "best", "sincerely", "however", "while", "although", "after", "here",
    "there", "it", "is", "are", "has", "have", "was", "will", "would", "can", "and", "or", "but", "so", "a",
    "an", "with", "by", "from", "all", "any", "my", "i", "me", "us", "they", "their", "its", "his", "her",
    "who", "what", "when", "where", "why", "how", "today", "now", "currently", "also", "again", "not", "no",
    "yes", "re", "fwd", "fw", "update", "updates", "status", "next", "steps", "step", "important",
    "information", "action", "required", "reminder", "confirmation", "received", "opportunity",
    "opportunities", "human", "resources", "people", "campus", "program",
    "internship", "interview", "offer", "note", "message", "subject", "via", "more", "new", "global", "group",
    "services", "support", "portal", "notification", "notifications", "online", "submission",
    "candidate", "candidates", "following", "invitation", "confirmed", "scheduled", "review", "take",
    "introduction", "intro", "introducing", "filled", "closed", "referred", "declined", "withdrawn",
    "cancelled", "canceled",
    # A person's pronoun opening a sentence ("She would like to meet you"): the person, no employer.
    "he", "she", "him", "them",
}  # fmt: skip
STOP_WORDS |= phrases.NAME_STOP_WORDS
# The writer going on after the name: "On behalf of Seaview Hotel I'd like to invite you".
STOP_WORDS |= {"i'd", "i'm", "i'll", "i've", "we'd", "we're", "we'll", "we've", "i’d", "i’m", "i’ll", "i’ve"}
