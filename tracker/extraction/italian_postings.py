"""The employer and title Italian boards and ATS write around a posting, read from their structure.

Italian boards name the employer after the title with a preposition, in the subject or the news line:

- "Candidatura inviata: Addetto/a magazzino di Rossi S.r.l. - Modena" (di, then a place after a dash);
- "Candidatura per Addetto/a Logistica - Ferraresi Meccanica S.p.A." (a dash, then a firm's legal name);
- "La tua candidatura per Tecnico manutentore presso Cartiera Alfa è stata inviata" (presso);
- "Receptionist c/o Hotel Lago Blu" (c/o); "La sua candidatura per Contabile per Fiduciaria Beta SA" (per);
- a subject opening with the employer: "Caseificio Gamma cerca Responsabile qualità";
- a posting line of three fields: "Offerta: Commessa | Calzature Delta | Ferrara (FE)".

Where no employer stands by it, the post alone: a subject's news before it ("Prossimo passo per Barista", "La
sua candidatura quale Macchinista"), a public competition's "n. 1 posto di Istruttore amministrativo".

"di" and "per" also join a title's own words ("Responsabile di magazzino", "Autista per consegne"): after
them the name must be written as one (capitalised), and be a firm's (a legal form) or be named again in the
mail. A place, a platform, a person or a title after the preposition is never the employer.
Read only in mail about a "candidatura" or a "candidato" with an Italian word by them ("è", "per", "presso").
"""

from __future__ import annotations

import re

from tracker.extraction import platforms
from tracker.extraction.employer_name_edges import LEGAL_FORM_AT_END
from tracker.extraction.legal_forms import ANY_LEGAL_FORM
from tracker.extraction.person_names import looks_like_person_name, names_an_organisation
from tracker.extraction.places import only_places
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_shape import looks_like_title

# A name as Italian boards write it: capitalised words, the particles between them, a legal form after.
_WORD = r"[A-ZÀ-Ý0-9][\w&'’.+/-]*"
_NAME = (
    rf"{_WORD}(?:[ \t]+(?:{_WORD}|di|del|della|dei|degli|delle|d'|da|dal|dalla|al|alla|e|&)){{0,7}}"
    r"(?:,?[ \t]+(?:s\.r\.l\.|s\.p\.a\.|s\.n\.c\.|s\.a\.s\.|srl|spa|snc|sas)\.?)?"
)
# Where the name ends: the line's end, a dash before a place, a bracket, a comma, the sentence going on.
_NAME_END = r"(?=[ \t]*(?:$|[-–|(,;!]|\.(?:[ \t]|$)|[ \t]+(?:è|e'|ha|sono|a|in)[ \t]))"
_EMPLOYER_AFTER = re.compile(rf"(?:l'|la[ \t]+|il[ \t]+)?(?P<name>{_NAME}){_NAME_END}", re.M)


def _spaced(pattern: str) -> str:
    """`pattern` with each space standing for a run of spaces or tabs within the line."""
    return pattern.replace(" ", r"[ \t]+")


# The post's noun a sentence writes before the title: "per la posizione di", "per il ruolo di".
_POST_NOUN = _spaced(r"(?:(?:la )?posizione (?:di )?|il ruolo di |l'(?:offerta|annuncio) |il posto (?:di )?)")
# What opens the title: a colon or dash ending the subject's news, or the application's own words.
_LEAD = re.compile(
    r"(?::[ \t]*|[ \t][-–][ \t]+|"
    + _spaced(r"\bcandidatura (?-i:(?=[A-ZÀ-Ý]))|\bcandidatura (?:per|a|come|all'offerta|all'annuncio) ")
    + f"{_POST_NOUN}?|"
    # "candidata alla posizione di Stage – Marketing": the post's noun after its preposition.
    + _spaced(r"\b(?:per|alla|al) ")
    + f"{_POST_NOUN})",
    re.I,
)
# The leads that are punctuation: the subject's news before them ("Candidatura inviata: X di Y").
_PUNCTUATION_LEADS = ":-– \t"
# (A dash before the employer only after the application's words and where a legal form closes its name:
# "Candidatura per Addetto - Rossi S.r.l.".)
_SEPARATOR = re.compile(r"[ \t]+(?P<sep>di|presso|c/o|per|[-–])[ \t]+")
_STRICT_SEPARATORS = ("di", "per")
_DASHES = ("-", "–")
# "Caseificio Gamma cerca Responsabile qualità - candidatura ricevuta".
_SEEKS = re.compile(rf"^(?P<name>{_NAME})[ \t]+cerca[ \t]+(?P<title>[^\n|:]+?)(?:[ \t]+[-–|:][ \t]+.*)?$")
# "Offerta: Commessa part-time | Calzature Delta | Ferrara (FE)".
_THREE_FIELDS = re.compile(
    r"^(?:[\w' ]{2,20}:[ \t]*)?(?P<title>[^|\n:]{2,80}?)[ \t]*\|[ \t]*(?P<name>[^|\n]{2,80}?)[ \t]*\|"
    r"[ \t]*(?P<place>[^|\n]{2,60}?)[ \t]*$",
    re.M,
)
# "grazie per esserti candidata a Grafiche Alfa per la posizione di Operatrice prestampa."
_EMPLOYER_FIRST = re.compile(
    _spaced(r"\bcandidat[oaie]+ (?:a|presso) ")
    + rf"(?P<name>{_NAME})"
    + _spaced(r" per (?:la posizione|il ruolo|il posto) (?:di )?")
    + r"(?P<title>[^.\n,;!?]{2,80}?)[ \t]*(?=[.\n,;!?]|$)"
)
# A subject's news, then the post: "Prossimo passo per Store Manager", "La sua candidatura quale Macchinista".
_NEWS_FOR = re.compile(
    _spaced(
        r"^(?:prossimo (?:passo|step)|aggiornamento(?: sulla (?:tua|sua) candidatura)?|"
        r"esito(?: della)? (?:selezione|candidatura)|(?:la )?(?:tua|sua) candidatura|invito|convocazione) "
        r"(?:per|come|quale|a) "
    )
    + f"{_POST_NOUN}?"
    + r"(?P<title>(?-i:[A-ZÀ-Ý])[^|:]{1,80}?)[ \t]*(?:[-–|][ \t].*)?$",
    re.I,
)
# A public competition's posts: "Concorso pubblico per n. 2 posti di Istruttore tecnico cat. C - ...", its
# ranking's ("Graduatoria Educatore nido - chiamata"), a public notice's ("Avviso pubblico Tecnico di
# radiologia").
_COMPETITION_POSTS = re.compile(
    _spaced(
        r"(?:\bn\.?\d+ post[oi] (?:di )?|\bn\. \d+ post[oi] (?:di )?|"
        r"^(?:avviso pubblico|selezione pubblica|bando)(?: di selezione)?"
        r"(?: per(?: (?:titoli|esami|colloquio)(?: (?:ed|e) (?:esami|colloquio))?)?)?(?: per)? |"
        r"\bgraduatoria (?:(?:finale|definitiva) )?(?:(?:per|di|del concorso per) )?)"
    )
    + r"(?P<title>(?-i:[A-ZÀ-Ý])[^\n,;(]{1,80}?)"
    r"(?=[ \t]+(?:cat\.|categoria|area|profilo|a[ \t]+tempo|presso|si[ \t]|[-–][ \t])|[ \t]*(?:[,;(\n]|$))",
    re.I,
)
# "candidatura" or "candidato" with a word Spanish and Portuguese lack: "la tua candidatura è stata inviata",
# "candidatura per", "grazie per esserti candidata".
_CANDIDACY = re.compile(r"\bcandida(?:tur[ae]|t[oai]|rti|rsi)\b")
_ITALIAN_WORD = re.compile(
    r"\b(?:è|per|presso|grazie|della|delle|degli|il|gli|ciao|gentile|abbiamo|ricevut[oa]|inviata|conferma\w*|"
    r"annuncio|offerta)\b"
)
_PROVINCE = re.compile(r"[ \t]*(?:\([A-Z]{2}\)|[A-Z]{2})$")
_HEAD_LINES = 15
_MAX_TITLE_WORDS = 8
# A legal form inside the post's place: the line is a firm's own (its signature "X S.r.l. – Agenzia per il
# Lavoro", its address "X B.V. | street | town"), no posting.
_FIRMS_OWN_LINE = re.compile(rf"(?:^|\s)(?:{ANY_LEGAL_FORM})(?=$|[\s,;|–-])")


def italian_posting(email: PreparedEmail) -> tuple[str | None, str | None]:
    """(employer, title) of the posting an Italian board's subject or news line names, each None where the
    structure names none."""
    head = "\n".join(email.body[: email.recommendations_start].splitlines()[:_HEAD_LINES])
    if _is_italian_candidacy(email.subject_lower) or _is_italian_candidacy(email.body_lower):
        for text, is_subject in ((email.subject, True), (head, False)):
            found = _seeking(text) if is_subject else None
            found = found or _after_preposition(text, email) or _employer_first(text) or _three_fields(text)
            if found:
                return found
    if (news := _NEWS_FOR.match(email.subject)) and _is_title(news["title"]):
        return None, news["title"]
    lowered = email.head_lower
    if "posti di" in lowered or "posto di" in lowered or "graduatoria" in lowered or "pubblic" in lowered:
        for text in (email.subject, head):
            if (posts := _COMPETITION_POSTS.search(text)) and _is_title(posts["title"]):
                return None, posts["title"].strip()
    return None, None


def _is_italian_candidacy(lowered: str) -> bool:
    """An Italian application's words: "candidatura" or "candidato" with an Italian word by them, not
    English "candidate" nor Spanish and Portuguese "candidatura" ("tu candidatura para")."""
    return (
        "candida" in lowered
        and _CANDIDACY.search(lowered) is not None
        and _ITALIAN_WORD.search(lowered) is not None
    )


def _seeking(subject: str) -> tuple[str, str] | None:
    found = _SEEKS.match(subject)
    if found is None or not _is_employer(found["name"]):
        return None
    title = found["title"].strip()
    return (found["name"], title) if _is_title(title) else None


def _after_preposition(text: str, email: PreparedEmail) -> tuple[str, str] | None:
    for line in text.splitlines():
        if found := _line_posting(line, email):
            return found
    return None


def _line_posting(line: str, email: PreparedEmail) -> tuple[str, str] | None:
    """The employer after the title's preposition in one line; the title opens after the last lead before
    the preposition (the subject's news, the application's words), else at the line's start."""
    if not _SEPARATOR.search(line):
        return None
    leads = [(lead.end(), lead.group(0)[0] in _PUNCTUATION_LEADS) for lead in _LEAD.finditer(line)]
    for separator in _SEPARATOR.finditer(line):
        opened = _title_start(leads, separator.start())
        title = line[opened : separator.start()].strip()
        named = _EMPLOYER_AFTER.match(line, separator.end())
        if named is None or not _is_title(title) or _FIRMS_OWN_LINE.search(line, 0, separator.start()):
            continue
        if not opened and not (title[:1].isupper() and looks_like_title(title)):
            continue  # a sentence's opening ("la ringraziamo per l'interesse ... di X") is no title
        name = _without_full_stop(_with_legal_forms_dot(named["name"].strip(), line, named.end("name")))
        if not _is_employer(name):
            continue
        if separator["sep"] in _STRICT_SEPARATORS and not _firm_or_named_again(name, email, separator["sep"]):
            continue
        if separator["sep"] in _DASHES and not (opened and LEGAL_FORM_AT_END.search(name)):
            continue  # a signature's "HR Manager - X S.r.l." is the writer's role, no posting
        return name, title
    return None


def _title_start(leads: list[tuple[int, bool]], separator: int) -> int:
    """Where the title before `separator` opens: after the last of the application's own words ("per la
    posizione di Stage – Marketing" keeps its dash), else after the last colon or dash, else at 0."""
    before = [(end, punctuation) for end, punctuation in leads if end <= separator]
    worded = [end for end, punctuation in before if not punctuation]
    return max(worded or [end for end, _ in before], default=0)


def _employer_first(text: str) -> tuple[str, str] | None:
    """ "candidata a Grafiche Alfa per la posizione di Operatrice prestampa": the employer, then the post."""
    for found in _EMPLOYER_FIRST.finditer(text):
        name, title = found["name"].strip(), found["title"].strip()
        if _is_employer(name) and _is_title(title):
            return name, title
    return None


def _three_fields(text: str) -> tuple[str, str] | None:
    if text.count("|") < 2:
        return None
    for found in _THREE_FIELDS.finditer(text):
        place = _PROVINCE.sub("", found["place"]).strip()
        name, title = found["name"].strip(), found["title"].strip()
        if _FIRMS_OWN_LINE.search(title):
            continue
        if place and only_places(place) and _is_employer(name) and _is_title(title):
            return name, title
    return None


def _is_title(title: str) -> bool:
    words = title.split()
    return 0 < len(words) <= _MAX_TITLE_WORDS and not only_places(title)


def _is_employer(name: str) -> bool:
    return not (
        only_places(name)
        or platforms.is_platform_name(name)
        # "Meccanica Valli" reads as a field of work too: an organisation's noun says it is a firm.
        or (looks_like_title(name) and not names_an_organisation(name))
        or looks_like_person_name(name)
    )


def _with_legal_forms_dot(name: str, line: str, end: int) -> str:
    """The name with its legal form's last dot where the sentence's full stop stood for both ("presso X
    S.p.A. Il nostro team")."""
    if line.startswith(".", end) and "." in name.rpartition(" ")[2]:
        return f"{name}."
    return name


def _without_full_stop(name: str) -> str:
    """The name without the sentence's full stop ("presso Trattoria da Gino."), a legal form's dots kept."""
    if name.endswith(".") and name.rsplit(" ", 1)[-1].count(".") == 1:
        return name[:-1]
    return name


def _firm_or_named_again(name: str, email: PreparedEmail, separator: str) -> bool:
    """A legal form ends the name, or the mail names it again (a label line, the sender, the signature);
    a one-word name ("Controller di Gestione", "Portiere di Hotel") only on its own, not after the title's
    preposition nor inside a longer name."""
    if LEGAL_FORM_AT_END.search(name):
        return True
    if " " not in name:
        alone = re.compile(rf"(?<!\w)(?<! {re.escape(separator)} ){re.escape(name)}(?!\w| [A-ZÀ-Ý])")
        return alone.search(email.body) is not None or email.sender.name.strip() == name
    if name in email.sender.name:
        return True
    return email.subject.count(name) + email.body.count(name) >= 2
