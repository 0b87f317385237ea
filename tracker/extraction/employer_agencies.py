"""Staffing agencies and the steps they relay. An agency names itself by its trade (its domain, its name,
"our client"); a writer passes on a step an employer the text names takes ("Harbourview Capital would like
to meet you", "I've put you forward ... at Quillstone"). Then the client, not the sender, is the employer.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from tracker.extraction import platforms
from tracker.extraction.agency_posts import signs_as_a_recruiting_consultant
from tracker.extraction.agency_trades import agency_label, names_an_agency
from tracker.extraction.employer_candidates import SENDER, Candidate
from tracker.extraction.employer_matching import run_together
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.text import PreparedEmail
from tracker.extraction.written_words import places, word_boundary

_TRADE_WORD = (
    r"(?:Recruitment|Recruiting|Staffing|Resourcing|Talent Partners|Talent Solutions|Search|Personnel)"
)
_TRADE_WORD_AFTER = re.compile(rf"{_TRADE_WORD}\b")
# "Jane Smith from Northwind wants to interview you": the writer passes on another organisation's step.
_SOMEONE_ELSES_STEP = re.compile(
    r"\bfrom (?!our |the |my |your |us )[\w&.' -]{2,40}? (?:wants|would like|is keen|is excited) to "
    r"(?:interview|meet|speak|talk)"
)
_CLIENT = re.compile(
    r"\b(?:(?:our|my|the) client\b(?!s)|one of (?:our|my) clients\b|(?:notre|mon) client\b(?!s)|"
    r"(?:nuestro|nosso|nostro) cliente\b|"
    r"(?:l'azienda|la società|a empresa|la empresa|l'entreprise|nostra azienda|nostra società) cliente\b|"
    r"(?:unser|mein)(?:em|en|es)? (?:kunden?|mandant(?:en)?)\b|(?:onze|mijn) (?:klant|opdrachtgever)\b|"
    # The client as the sentence's subject or its line's label: "o cliente gostaria de a conhecer", "de
    # klant waarvoor ik", "il cliente ha deciso", "dem Mandanten vorzustellen", "Mandant: X".
    r"(?:^|\n|[,;:.!?] |\b(?:que|che|dat|dass) )(?:o|il|el|le|de|der) (?:cliente|client|klant|kunde|mandant) "
    r"(?!final|finale|finaal)|\b(?:dem|den) mandanten\b|(?:^|\n)(?:mandant|kunde|cliente|client|klant) ?: |"
    # A writer selecting on behalf of a firm it names: "la contatto per conto di Pastifici X S.r.l.".
    r"(?:\b(?:selezion\w+|contatt\w+|ricerca\w*|cerchiamo|scrivo|scriviamo) |(?:^|[.!?:]\s+|\n))"
    r"per conto (?:di|della|dell'|del) (?!noi\b|me\b))"
)
# Words every match of _CLIENT, and of _SOMEONE_ELSES_STEP, holds: most mail has none, and a substring
# test is much cheaper than the search.
_CLIENT_WORDS = ("client", "kunde", "mandant", "klant", "opdrachtgever", "per conto d")
_SOMEONE_ELSES_WORDS = ("wants", "would like", "is keen", "is excited")
# "Good news! Harbourview Capital would like to meet you" in mail signed "Keller Hayes Recruitment": an
# employer the text names, not the sender, takes the step. ("Recruiting" alone is as often an employer's
# own department, so it takes both.)
_NAMED_STEP = re.compile(
    r"(?:^|[.!?:]\s+|\n)([\w&.' -]{2,60}?) (?:would like|wants|is keen|is excited|would love) to (?:meet|"
    r"interview|invite|see|speak|talk|set up|arrange|schedule|book)"
)
# "Just heard from the team at Orbis Analytics - they want to see you", "I've heard back from Tarrow
# Health on the role": news the writer had from an employer the text names.
_HEARD_NAME = r"([\w&.' -]{2,40}?)"
_HEARD_FROM = re.compile(
    rf"\bheard (?:back )?from (?:the (?:team|hiring manager|hiring team|client) at )?{_HEARD_NAME}"
    r"(?: on| about| regarding| re| and|\s+[-–]|[,.!:;\n])"
    # "Fairmont Packaging have come back to me on the role": the same news, the employer first.
    rf"|(?:^|[.!?:]\s+|\n){_HEARD_NAME} (?:have|has) (?:now |just )?(?:come|got|gotten) back to "
    r"(?:me|us)\b"
    # The same news in the other languages: "Ik heb net van Bakkerij Verhoef gehoord", "Rückmeldung von der
    # Hansewerft erhalten", "un retour de Maison Fabre concernant", "noticias de Conservas Arán sobre".
    rf"|\bvan {_HEARD_NAME} (?:terug)?gehoord\b|\b(?:terug)?gehoord van {_HEARD_NAME}(?: over| dat|[,.!:;\n])"
    rf"|\b(?:rückmeldung|antwort|nachricht|feedback) (?:von|vom) (?:der |dem |den )?{_HEARD_NAME}"
    r"(?: erhalten| bekommen| zu| zur| zum|[,.!:;\n])"
    r"|\b(?:un retour|une réponse|des nouvelles|un feedback) (?:de la part )?(?:de |d')(?:la |l')?"
    rf"{_HEARD_NAME}"
    r"(?: concernant| au sujet| sur| pour|\s*[,.!:;\n])"
    rf"|\b(?:noticias|respuesta|feedback) (?:de|del) (?:la |el )?{_HEARD_NAME}"
    r"(?: sobre| respecto| acerca|[,.!:;\n])"
    rf"|\b(?:retorno|resposta|notícias|feedback) (?:d[aoe]) {_HEARD_NAME}(?: sobre| acerca|[,.!:;\n])"
    rf"|\b(?:notizie|risposta|riscontro|feedback) (?:da|dalla|dal|dallo) {_HEARD_NAME}"
    r"(?: riguardo| sulla| sul| in merito|[,.!:;\n])"
)
# Words one of _HEARD_FROM's forms holds wherever it matches: most mail has none.
_HEARD_WORDS = (
    "heard ", " back to ", "gehoord", "rückmeldung", "antwort", "nachricht", "feedback", "retour",
    "réponse", "nouvelles", "noticias", "respuesta", "retorno", "resposta", "notícias", "notizie",
    "risposta", "riscontro",
)  # fmt: skip
# "Bluewater Talent", "Redline Search" sign agencies as "Recruitment" does (the step must still be another's).
_RECRUITING_WORD = re.compile(r"\b(?:recruitment|recruiting|talent|search)\b")
# "I've put you forward for ... at Quillstone", "we have sent your CV over to Quillstone": an agency's act.
_SUBMITTED_YOU = re.compile(
    r"(?:\b(?:i|we)(?: have|'ve|’ve) (?:now |also |just |today )?(?:put you forward|"
    r"(?:submitted|sent|forwarded|passed) (?:on )?your (?:cv|profile|details|application|resume)(?: over)?)|"
    r"\byour (?:resume|cv|profile|details|application) (?:is|are) now with|"
    # The same act in the other languages: "j'ai transmis votre dossier à X", "Ihr Profil liegt jetzt bei
    # X", "encaminhei o seu currículo para X", "ho inoltrato il suo CV a X"; and the client's own person
    # named for it: "o gestor da X gostaria", "il responsabile di X vorrebbe".
    r"\b(?:j'ai|nous avons) (?:bien )?(?:transmis|envoyé|présenté|proposé|adressé) (?:votre|ton) "
    r"(?:dossier|candidature|cv|profil)|"
    r"\b(?:ihr|dein) (?:profil|lebenslauf|cv|bewerbung|unterlagen) (?:liegt|liegen|ist|sind) "
    r"(?:jetzt |nun )?bei|"
    r"\b(?:enviei|encaminhei|apresentei|enviamos|encaminhamos|apresentamos) (?:o )?(?:seu|teu) "
    r"(?:currículo|perfil|cv)|\b(?:o|a) (?:gestor|gestora|recrutador|recrutadora) d[ao]\b|"
    r"\b(?:ho|abbiamo) (?:inviato|inoltrato|presentato|trasmesso) (?:il (?:suo|tuo) )?(?:cv|profilo|"
    r"curriculum|candidatura)|\bil responsabile (?:di|della|del|dell')|"
    r"\ble (?:responsable|manager) (?:de|du|d'|chez)|"
    r"\bhat sich (?:die firma|das unternehmen)"
    # The rest of the sentence, which a name's abbreviation does not end ("to St. Aldric's Hospital", "to
    # Quayle Brothers Co. for").
    r")\b(?P<rest>(?:[^.!?\n]|(?<=\b(?:st|mt|co))\.|(?<=\binc)\.){0,120})"
)
# Words one of _SUBMITTED_YOU's forms holds wherever it matches: most mail has none.
_SUBMITTED_WORDS = (
    "your", "forward", "votre", "ton ", "ihr ", "dein ", "seu ", "teu ", "gestor", "recrutador", "suo ",
    "tuo ", "responsabile", "responsable", "manager", "hat sich",
)  # fmt: skip
_AGENCY_SIGNATURE_LINES = 4


def relays_a_named_step(email: PreparedEmail, clusters: list[list[Candidate]]) -> bool:
    """True when a writer signing as recruiters passes on a step that an employer read from the text,
    not the sender, takes ("Harbourview Capital would like to meet you")."""
    body = email.body_lower
    heard = any(word in body for word in _HEARD_WORDS)
    if not heard and not any(word in body for word in _SOMEONE_ELSES_WORDS) and "would love" not in body:
        return False
    if platforms.platform_of(email.sender):
        return False
    # A recruiter writing by hand from their own firm ("Tom Reed <tom@reedandcole.co.uk>") passes it on
    # as an agency signing "Recruitment" does.
    if not looks_like_person_name(email.sender.name) and not _RECRUITING_WORD.search(
        f"{email.sender.name} {_signature(email)}".lower()
    ):
        return False
    others = _names_only_the_text_gives(clusters, run_together)
    steps = itertools.chain(_NAMED_STEP.finditer(body), _HEARD_FROM.finditer(body) if heard else ())
    # "Harbourview Capital would like to meet you"; "Orrin Labs loved your profile and would like to".
    named = (run_together(next(filter(None, match.groups()), "")) for match in steps)
    return any(name.endswith(others) or name.startswith(others) for name in named)


def submits_you_to_a_named_employer(email: PreparedEmail, clusters: list[list[Candidate]]) -> bool:
    """True when the writer submits the applicant to an employer the text names, not the sender: "I've
    put you forward for the Staff Engineer position at Quillstone" signed "Sophie Lang\nHarbour Talent"
    (an agency whose bare name says no trade)."""
    body = email.body_lower
    if not any(word in body for word in _SUBMITTED_WORDS) or platforms.platform_of(email.sender):
        return False
    others = _names_only_the_text_gives(clusters, str.lower)
    return any(any(name in match.group("rest") for name in others) for match in _SUBMITTED_YOU.finditer(body))


def _names_only_the_text_gives(
    clusters: list[list[Candidate]], spelled: Callable[[str], str]
) -> tuple[str, ...]:
    """Each employer no sender's say backs, `spelled` (three characters at least): the ones a relaying writer
    could be passing a step on from."""
    return tuple(
        name
        for cluster in clusters
        if not any(c.place == SENDER for c in cluster) and len(name := spelled(cluster[0].name)) > 2
    )


def _signature(email: PreparedEmail) -> str:
    """The mail's last lines, where a writer signs with their organisation."""
    return " ".join(email.lines[-_AGENCY_SIGNATURE_LINES:])


def is_agency_sender(email: PreparedEmail) -> bool:
    """True when the sender is a staffing agency: its address, display name or signature says so, or
    the mail speaks of "our client"."""
    signature = _signature(email)
    return bool(
        (
            email.sender.domain
            and agency_label(platforms.registrable_domain(email.sender.domain).split(".")[0])
            and not platforms.platform_of(email.sender)
        )
        or names_an_agency(f"{email.sender.name} {signature}")
        or speaks_of_a_client(email)
        or signs_as_a_recruiting_consultant(email)
    )


def speaks_of_a_client(email: PreparedEmail) -> bool:
    """Whether the writer speaks of "our client" or passes on someone else's step ("feedback from X")."""
    body = email.body_lower
    return bool(
        (any(word in body for word in _CLIENT_WORDS) and _CLIENT.search(body))
        or (
            "from " in body
            and any(word in body for word in _SOMEONE_ELSES_WORDS)
            and _SOMEONE_ELSES_STEP.search(body)
        )
    )


def with_agency_trade(name: str, email: PreparedEmail) -> str:
    """An agency named as its domain spells it: "Brightpath" -> "Brightpath Recruitment" for mail from
    brightpath-recruitment.co.uk that writes "Brightpath Recruitment" (a signature strips the word). A
    domain may leave the name's middle words off ("Wattle Aged Care Recruitment" from
    wattlerecruitment.com.au): it spells the name's first word and the trade word."""
    domain = run_together(email.sender.domain)
    if not agency_label(domain):
        return name
    for text in (email.body, email.subject):
        written = _written_with_trade(name, text)
        if written and _spells_the_agency(written, domain):
            return written
    return name


def _spells_the_agency(written: str, domain: str) -> bool:
    """Whether a sender's domain (run together) spells the agency named `written` with its trade word: whole,
    or its first word then its trade word ("brightpath" ... "recruitment")."""
    letters = run_together(written)
    if letters in domain:
        return True
    first, trade = run_together(written.split(" ", 1)[0]), run_together(written.rsplit(" ", 1)[-1])
    return len(first) > 2 and domain.startswith(first) and trade in domain[len(first) :]


def _written_with_trade(name: str, text: str) -> str | None:
    """What re.search(rf"\b{re.escape(name)} {_TRADE_WORD}\b", text) matches, found without compiling a
    pattern for each name (a new name's pattern cost ~0.2 ms, and every name is new to re's cache): the
    name and a space where a word boundary opens it, then the trade word there."""
    after = len(name) + 1
    for at in places(f"{name} ", text):
        if word_boundary(text, at) and (trade := _TRADE_WORD_AFTER.match(text, at + after)):
            return text[at : trade.end()]
    return None
