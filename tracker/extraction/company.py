"""The hiring employer: candidates from the text and the sender, weighed, the platform never chosen.

Each place an employer's name habitually sits ("your application was sent to X", "the Y position at X",
"X Recruiting Team", a display name "X Careers", a domain "x.com", a tenant "x@myworkday.com")
gives a candidate with a weight for how reliable that place is. Candidates naming the same
employer pool their weight, and names found both in the text and in the sender win. A domain or
tenant runs its words together ("quillonhealth"): the text's spelling ("Quillon Health") is shown.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from tracker.extraction import phrases, platforms
from tracker.extraction.brand_names import LEGAL_CASE, abbreviates, brand_form, skeleton_spelling
from tracker.extraction.caseless_words import CaselessWords
from tracker.extraction.employer_sender import (
    GENERIC_NAMES,
    PERSON_FROM,
    RELAYED_PERSON_WEIGHT,
    TENANT_WEIGHT,
    display_employer,
    holds_hiring_words,
    sender_employers,
    with_organisation_noun,
    writes_from_shared_mailbox,
)
from tracker.extraction.name_reading import (
    NOUN_AFTER_POSSESSIVE,
    STOP_WORDS,
    finish_name,
    read_name,
    spelled_out,
)
from tracker.extraction.person_names import looks_like_person_name, names_an_organisation
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.requisition import is_requisition_code
from tracker.extraction.signature_employers import is_department_word, signer
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title import CARD_NEWS, looks_like_title, names_a_person_role
from tracker.extraction.written_words import places, word_boundary, word_places, written_apart
from tracker.names import company_key, without_accents

# A name word is capitalised, or camel-cased from a lowercase start ("bioMérieux", "eBay").
_NAME_WORD = r"(?:[A-Z0-9&]|[a-z]{1,4}[A-ZÀ-Þ])[\w&'.+-]*"
_NAME = (
    rf"{_NAME_WORD}(?: (?:of |and |& |de |for |the )?{_NAME_WORD}){{0,5}}(?:,? (?:Inc|LLC|Ltd|"
    r"Corp|Co|GmbH|plc|LLP)\.?)?"
)
_NAME_AT_END = re.compile(rf"(?P<name>{_NAME})\s*$")
# "bei der Brauerei Kessler. Leider hat sich unser Kunde für": a sentence ended inside what reads as a
# name before the phrase, so no name stands right before it ("Acme Inc. has", "J.P. Morgan" go on).
_SENTENCE_END_INSIDE = re.compile(r"\b(?!(?:Inc|Corp|Ltd|Bros|Intl|Mfg)\.)[^\W\d_]{3,}\.\s+[A-ZÀ-Þ]")
_BEFORE_WINDOW = 80
# Sign-off lines: "The Acme Recruiting Team", "Acme Talent Acquisition".
_SIGNATURE_LINE = re.compile(
    rf"^(?:[Tt]he )?(?P<name>{_NAME}) (?:[Tt]alent [Aa]cquisition|[Tt]alent [Aa]ttraction|"
    rf"[Rr]ecruit(?:ing|ment)|[Hh]iring|[Cc]areers|HR|[Pp]eople|[Uu]niversity [Rr]ecruiting|"
    rf"[Cc]ampus(?: [Rr]ecruiting)?|"
    rf"[Cc]ollege [Rr]ecruiting|[Tt]alent|[Gg]lobal [Tt]alent)(?: [Tt]eam| [Gg]roup| [Dd]epartment|"
    rf" [Oo]perations)?\W*$|^(?:[Tt]he )?(?P<team>{_NAME}) [Tt]eam\W*$"
)
# "KPMG Student Recruitment", "Acme Graduate Careers": a programme's recruiters, no part of the name.
_ROLE_WORDS_AT_END = re.compile(
    r"(?: (?:talent|acquisition|attraction|and|recruiting|recruitment|hiring|careers|hr|people|campus|"
    r"global|student|graduate|early))+$",
    re.I,
)
# "University" names a department only before "Recruiting" ("AT&T College Recruiting Team"); in
# "The Hollowell University People Team" it is part of the name.
_CAMPUS_AT_END = re.compile(r" (?:university|college)$", re.I)
_CAMPUS_DEPARTMENT = re.compile(r" (?:recruiting|recruitment|hiring|relations|programs?)\b", re.I)
# A person's sign-off: "Senior Technical Recruiter | Acme Robotics", "Talent Partner at Acme".
_RECRUITING_ROLE = (
    r"(?:[\w-]+ ){0,4}(?:recruiter|sourcer|recruiting (?:lead|manager|coordinator|partner)|"
    r"talent (?:acquisition )?(?:partner|lead|manager|specialist|advisor|coordinator)|hr (?:manager|"
    r"business partner|generalist)|people partner|hiring manager|head of (?:talent|people|"
    r"recruiting))(?:[:*/_]?in(?:nen)?)?"  # "Recruiterin", "HR Business Partner:in", "Manager*in"
)
_ROLE_SIGNATURE = re.compile(rf"^{_RECRUITING_ROLE}\s*(?:[|,@–-]|\bat\b)\s*(?P<name>.+)$", re.I)
# "Senior Recruiter" on a line of its own: the organisation signs on the next one.
_ROLE_LINE = re.compile(rf"^{_RECRUITING_ROLE}$", re.I)
# "© 2025 Acme Inc. All rights reserved.": the organisation a footer names.
_COPYRIGHT = re.compile(
    rf"^(?:©|\([cC]\)|[Cc]opyright)\s*(?:©\s*)?(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?,?\s+)?(?P<name>{_NAME})"
)
# A footer's lines, where a sender names itself as every mailer does.
_FOOTER_LINE = re.compile(
    r"^(?:©|\([cC]\)|[Cc]opyright\b)|\b(?:trademarks?|all rights reserved|unsubscribe|you are receiving|"
    r"you received this|this e-?mail was (?:sent|intended))\b",
    re.I,
)
# A footer's legal line: "Brückner Maschinenbau GmbH, Sitz: Siegsdorf, Registergericht ...", "Acme Ltd,
# registered in England". Its name closes on a legal form, which a registration follows.
_LEGAL_LINE = re.compile(
    rf"^(?P<name>{_NAME}? (?:GmbH|AG|SE|KG|KGaA|mbH|e\.V\.|Ltd\.?|Limited|plc|PLC|LLP|B\.V\.|N\.V\.|"
    r"S\.A\.S?|SAS|SARL|S\.L\.|S\.p\.A\.|S\.r\.l\.|Lda\.?|Ltda\.?)(?: & Co\.? KG)?)\s*[,|·–-]\s*"
    r"(?i:sitz|registergericht|amtsgericht|handelsregister|hrb|registered|company (?:no|number)|"
    r"siège|rcs|capital|kvk|cif|nif|p\.? ?iva|cnpj|geschäftsführ)"
)
_SIGNATURE_WORDS = CaselessWords(r"\b(?:team|recruit|talent|hiring|careers|hr|people|campus|sourcer|head of)")
_SIGNATURE_MAX_CHARS = 70
# An image's alt text opening the mail: "Caterpillar Careers Banner", "Acme Logo".
_BANNER = re.compile(
    rf"^\s*(?P<name>{_NAME}?)\s+(?:[Cc]areers?\s+|[Rr]ecruiting\s+|[Jj]obs\s+)?(?:[Bb]anner|[Ll]ogo|[Hh]eader)\b"
)
_SIGNATURE_WEIGHT = 2.5
_COPYRIGHT_WEIGHT = 1.5
_LABELLED_CODE = re.compile(r"^(?:req(?:uisition)?|job|ref(?:erence)?|id|job id)\.?\s*[#:]?\s*\S*\d", re.I)
_HEADER_WEIGHT = 2.0
_HEADER_PLACE = ("body", 0, "banner")
_AFTER, _BEFORE = "after", "before"
_BODY_AFTER_SUBJECT = 1 << 20
# (pattern, weight, side): the side says which words point at the name, those before it ("at X") or
# after it ("X application"); readings from one side of one place are one piece of evidence.
# (Each pattern's words, any of which its every match holds, follow in _SUBJECT_PATTERN_WORDS.)
_SUBJECT_PATTERNS = [
    # "[Acme] Intern Assessment 2024": an assessment platform tags the test with its employer.
    (re.compile(rf"(?:^|\s)\[(?P<name>{_NAME})\]"), 2.5, "tag"),
    (re.compile(rf"\bat (?P<name>{_NAME})\s*(?:[:!.|-]|$)"), 3.0, _AFTER),
    # "Connecting with Acme - Systems Engineer": a recruiter opening the employer's process.
    (re.compile(rf"^[Cc]onnecting with (?P<name>{_NAME})\s*[-|:]"), 3.0, _AFTER),
    (re.compile(rf"\b(?:to|with|from|at) (?P<name>{_NAME})[!.]?(?:,[\w ]{{1,30}})?$"), 3.0, _AFTER),
    (re.compile(rf"\b[Yy]our (?P<name>{_NAME}) (?:[Jj]ob )?[Aa]pplication\b"), 3.0, _BEFORE),
    (re.compile(rf"(?:^|[-:|] )(?P<name>{_NAME}) (?:[Jj]ob )?[Aa]pplication\b"), 2.5, _BEFORE),
    # A signed envelope's state goes before its name: "Completed: Acme - Offer Letter - Analyst" (a "Please
    # DocuSign:" subject names the document, whose first word need not be the employer's whole name).
    (
        re.compile(
            r"^(?:(?:Completed|Signed|Voided): )?"
            rf"(?P<name>{_NAME})(?:\s+[-|–]|:|\s*--)\s+\S"
        ),
        2.0,
        "start",
    ),
    (
        re.compile(
            rf"^(?:[Mm]essage|[Nn]ote|[Uu]pdate|[Nn]ews|[Ff]ollow[- ][Uu]p) from (?:the )?(?P<name>{_NAME})"
        ),
        3.0,
        _AFTER,
    ),
    # "Update on Brisemer Position", "Kforce updated Offer Letter": the employer before the job's noun.
    (
        re.compile(
            rf"\b(?:[Uu]pdate|[Nn]ews|[Ff]eedback) (?:on|about|regarding) (?:your |the )?(?P<name>{_NAME}) "
            r"(?:[Pp]osition|[Rr]ole|[Oo]pening|[Cc]andidacy|[Oo]pportunity)\b"
        ),
        3.0,
        _BEFORE,
    ),
    (
        re.compile(
            rf"(?:^|[-:|] )(?P<name>{_NAME}) (?:[Uu]pdated |[Rr]evised |[Ff]inal )?[Oo]ffer [Ll]etter\b"
        ),
        2.5,
        _BEFORE,
    ),
]
# For each subject pattern, words (lowercase) one of which every match holds: most subjects hold none of
# a pattern's, and a substring test is much cheaper than a search (a name's pattern, or one anchored at
# the start, is tried at every place of the subject).
_SUBJECT_PATTERN_WORDS = [
    ("[",),
    ("at ",),
    ("connecting with ",),
    ("to ", "with ", "from ", "at "),
    ("application",),
    ("application",),
    ("-", "|", "–", ":"),
    (" from ",),
    (" on ", " about ", " regarding "),
    ("offer letter",),
]
_ALL_SUBJECT_PATTERN_WORDS = tuple(dict.fromkeys(word for words in _SUBJECT_PATTERN_WORDS for word in words))
# "Acme <> Sam Lee - Phone Screen": a meeting between the employer and the applicant.
_MEETING_BETWEEN = re.compile(rf"^(?P<name>{_NAME})\s*<-?>\s*\S")
# "Claims Examiner, Harlow Insurance, Hartford" (a place of one to three capitalised words, or "City, ST").
_TITLE_EMPLOYER_PLACE = re.compile(
    r"^(?P<title>[^,:|]{3,60}), (?P<name>[^,:|]{2,60}), [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}(?:, [A-Z]{2})?$"
)
# "Please provide your availability - Gullwing Energy": the employer closes the subject.
_SUBJECT_TRAILER = re.compile(rf"\s(?:-|\||–)\s+(?P<name>{_NAME})\s*$")
_TRAILER_MARKS = frozenset("-|–")  # one of which the trailer's every match holds
_TRAILER_WEIGHT = 2.0
# What closes a subject without being anyone's name: the step, the date.
_NOT_AN_EMPLOYER = re.compile(rf"\b(?:{word_list('subject_closers')})\b", re.I)
# "Thanks,\nGullwing Energy": an organisation signing under the closing words; or a department's
# line signing above its organisation's ("Recruiting Team\nPrudential").
_SIGNS_ABOVE = re.compile(
    rf"^(?:(?P<valediction>{word_list('valedictions')})|(?:the )?(?:office of |department of |division of )?"
    rf"(?:recruiting|recruitment|talent "
    r"acquisition|human resources|hr|hiring|people|careers)(?:[ -]team| department| operations)?)\W*$",
    re.I,
)
_SIGN_OFF_WEIGHT = 2.0
# "quobo.at", "www.quobo-labs.com": the organisation's web address signing under its team's line.
_WEBSITE_LINE = re.compile(r"^(?:https?://)?(?:www\.)?(?P<label>[a-z0-9][a-z0-9-]{1,30})\.[a-z]{2,6}/?$")
_SIGNATURE_BLOCK_LINES = 2
_SIGNATURE_TAIL_LINES = 6
_EMPLOYER_AND_PLACE = re.compile(
    r"^(?P<name>[^-·•|\n]{2,60}?)\s+[-·•|]\s+(?:[A-Z][\w.' ]{1,40}(?:, [A-Z]{2})?(?: \d{5})?|Remote)$"
)
_CARD_LINES = 10
# A card the subject does not name heads the mail; further down, cards are the board's suggestions.
_HEAD_CARD_LINES = 2
# The job's noun after a capitalised word makes the word a title ("the Hydrologist position").
_ROLE_NOUN_AFTER = re.compile(r"\s+(?:position|role|opening|vacancy|post)\b", re.I)
_CARD_WEIGHT = 3.0
# A person-shaped name, named once, before "has invited you", "has reviewed": kept, but any organisation
# the mail names elsewhere outranks it.
_PERSON_ACTING_WEIGHT = 1.5
# A form's label line: "Company: Acme", "Employer | Acme", "Unternehmen: Acme" (a portal's summary).
_EMPLOYER_LABEL = re.compile(
    r"^(?:company|employer|organi[sz]ation|hiring company|company name|employer name|unternehmen|arbeitgeber|"
    r"firma|entreprise|société|employeur|empresa|azienda|bedrijf|werkgever)\s*[:|]\s*(?P<name>[^\n:|]{2,80})$",
    re.I,
)
_LABEL_WEIGHT = 3.0
# A domain label spelled out in the text: as good as a mention, and the way to show the name.
_SPELLED_OUT_WEIGHT = 1.0
_LOWERCASE_NAMES_FROM = 5.0
# "A Task Awaits You": a sentence, not a name.
_PRONOUNS = {
    "you", "your", "we", "our", "us", "my", "i", "me", "we've", "we're", "we'd", "we'll", "i've", "i'm",
    "i'd", "you've", "they", "they've",
}  # fmt: skip
_AGREEMENT_BONUS = 1.5
_PLATFORM_FACTOR = 0.3
# A platform is the employer only where the text says so in a strong place ("applying to LinkedIn").
_PLATFORM_AS_EMPLOYER_WEIGHT = 3.0
# Staffing agencies name themselves by their trade: in their domain ("brightpathrecruitment.co.uk",
# "acme-staffing.com") or their name ("Acme Staffing", "Acme Resourcing"). A name's "Recruiting" or
# "Recruitment" is as often an employer's own department ("Textron Recruiting"): only the domain's counts.
_AGENCY_TRADE = (
    r"staffing|resourcing|personnel|executive search|headhunt|talent solutions|talent partners|"
    r"search partners|personalberatung|"
    r"personaldienstleist|zeitarbeit|intérim|interim|werving|uitzend"
)
# An agency's own domain: "redwoodrecruit.co.uk", "apexsearch.com", "hays.com".
# ... and in the Romance languages: "pontestalentos.com.br", "hunterselezione.it", "grupo-seleccion.es".
_AGENCY_DOMAIN = re.compile(
    rf"recruit|{_AGENCY_TRADE}|search$|talentos|recrutamento|reclutamiento|seleccion|selecao|selezione|"
    rf"^(?:{word_list('agency_domains')})$"
)


def is_agency_domain(domain: str) -> bool:
    """Whether a sender's domain is a staffing agency's own ("randstad.it", "northbridge-recruitment.com")."""
    return bool(domain) and bool(_AGENCY_DOMAIN.search(platforms.registrable_domain(domain).split(".")[0]))


_AGENCY_NAME = CaselessWords(rf"\b(?:{_AGENCY_TRADE}|(?:{word_list('agencies')})\b)")
_AGENCY_FACTOR = 0.3
_TRADE_WORD = (
    r"(?:Recruitment|Recruiting|Staffing|Resourcing|Talent Partners|Talent Solutions|Search|Personnel)"
)
# "Jane Smith from Northwind wants to interview you": the writer passes on another organisation's step.
_SOMEONE_ELSES_STEP = re.compile(
    r"\bfrom (?!our |the |my |your |us )[\w&.' -]{2,40}? (?:wants|would like|is keen|is excited) to "
    r"(?:interview|meet|speak|talk)"
)
_CLIENT = re.compile(
    r"\b(?:(?:our|my|the) client\b(?!s)|one of (?:our|my) clients\b|(?:notre|mon) client\b(?!s)|"
    r"(?:nuestro|nosso|nostro) cliente\b|"
    r"unser(?:em|en)? (?:kunden|mandanten)\b|(?:onze|mijn) (?:klant|opdrachtgever)\b)"
)
# Words every match of _CLIENT, and of _SOMEONE_ELSES_STEP, holds: most mail has none, and a substring
# test is much cheaper than the search.
_CLIENT_WORDS = ("client", "kunden", "mandanten", "klant", "opdrachtgever")
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
    r"\b(?:i|we)(?: have|'ve|’ve) (?:now |also |just |today )?(?:put you forward|(?:submitted|sent|forwarded|"
    r"passed) (?:on )?your (?:cv|profile|details|application|resume)(?: over)?)\b(?P<rest>[^.!?\n]{0,120})"
)
_AGENCY_SIGNATURE_LINES = 4
_MENTION_BONUS = 0.3
_MAX_MENTION_BONUS = 1.5
_SENDER = ("sender", 0, "sender")


@dataclass
class _Candidate:
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
        return self.from_text and self.place != _SENDER


@dataclass(frozen=True)
class EmployerReading:
    """The chosen employer, how much evidence backs it, and whether text and sender agree."""

    name: str | None
    score: float = 0.0
    corroborated: bool = False


def find_employer(
    email: PreparedEmail,
    excluded_names: set[str],
    hints: Sequence[tuple[str, float, bool]] = (),
) -> EmployerReading:
    """The hiring employer named by this email (never a platform unless it is the employer).

    `hints` are candidates found elsewhere (a calendar event's name, its organizer's domain):
    (name, weight, whether the text states it).
    """
    candidates = _text_candidates(email)
    system = _unknown_system(email, candidates)
    if system is None and not platforms.platform_of(email.sender) and (relay := _bare_relay(email)):
        system = relay[0]
        _add(candidates, relay[1], _HEADER_WEIGHT, _HEADER_PLACE)
    # The display name, domain and tenant are one sender's say: together they count once.
    sender_says = [
        _Candidate(name, weight, False, _SENDER) for name, weight in sender_employers(email.sender, system)
    ]
    if writes_from_shared_mailbox(email.sender, signer(email)):
        # The display name is the writer's own: a hint the text must confirm, like a relayed recruiter's.
        sender_says = [
            _Candidate(c.name, RELAYED_PERSON_WEIGHT, False, _SENDER)
            if c.name == email.sender.name.strip()
            else c
            for c in sender_says
        ]
    candidates = [_as_sender_say(c, sender_says) for c in candidates] + sender_says
    candidates += [
        _Candidate(tidy, weight, from_text)
        for name, weight, from_text in hints
        if (tidy := tidy_employer_name(name))
    ]
    candidates += _spelled_out_labels(email, candidates)
    candidates = _employers_before_titles(candidates)
    own_label = _own_domain_label(email)
    # Most names are read at several places: each is judged once.
    plausible = {name for name in {c.name for c in candidates} if _plausible(name, excluded_names, own_label)}
    candidates = [c for c in candidates if c.name in plausible]
    if not any(c.text_says for c in candidates) and (signed := _organisation_under_writer(email)):
        candidates.append(_Candidate(signed, _SIGN_OFF_WEIGHT, True))
    if not candidates:
        return EmployerReading(None)
    clusters: list[list[_Candidate]] = []
    for candidate in candidates:
        for cluster in clusters:
            if same_employer(cluster[0].name, candidate.name):
                cluster.append(candidate)
                break
        else:
            clusters.append([candidate])
    # At equal evidence the name read first wins: mail names its own employer before anything else.
    agency = len(clusters) > 1 and (
        _is_agency_sender(email)
        or _relays_a_named_step(email, clusters)
        or _submits_you_to_a_named_employer(email, clusters)
    )
    scored = [
        (_cluster_score(cluster, email, agency, system), -_first_place(cluster), cluster)
        for cluster in clusters
    ]
    score, _, best = max(scored, key=lambda item: item[:2])
    if not any(c.text_says for c in best) and all(c.weight <= TENANT_WEIGHT for c in best):
        return EmployerReading(None)
    if (platforms.is_platform_name(best[0].name) or _names_system(best[0].name, system)) and not any(
        c.from_text and c.weight >= _PLATFORM_AS_EMPLOYER_WEIGHT for c in best
    ):
        return EmployerReading(None)  # "Indeed Application: ..." names the board, not the employer
    text_and_sender = any(c.text_says for c in best) and any(not c.text_says for c in best)
    name = _with_brand_possessive(_with_agency_trade(_display_name(best, email), email), email)
    return EmployerReading(name, score, text_and_sender)


def _as_sender_say(candidate: _Candidate, sender_says: list[_Candidate]) -> _Candidate:
    """A footer naming the sender ("© 2026 Jobnest Corporation" in Jobnest's mail) is the sender's own
    chrome: one more word of the sender's, not the text agreeing with it. A board's or a system's mail
    carries it as every employer's does, and the employer the text names must not lose to it."""
    if candidate.footer and any(same_employer(candidate.name, say.name) for say in sender_says):
        return _Candidate(candidate.name, candidate.weight, True, _SENDER, footer=True)
    return candidate


def _unknown_system(email: PreparedEmail, candidates: list[_Candidate]) -> str | None:
    """The label of the sender's domain when it is a system no list knows (platforms.system_label),
    told by the organisations the text names (a person's name is no tenant's)."""
    if platforms.platform_of(email.sender):
        return None

    def names(label: str) -> list[str]:
        # A person acting ("Jane Doe has invited you") is no tenant: "jane@acme.com" is Jane's mailbox.
        found = [c.name for c in candidates if c.weight > _PERSON_ACTING_WEIGHT]
        tenant = platforms.tenant_on_system(email.sender)
        # "GE Aerospace Hirevane Notifications <geaerospace@hirevane.net>" names "GE Aerospace"; not a
        # department ("Acme University Recruiting <university@acme.com>") nor a mailbox named as its
        # address ("Opportunities <opportunities@...>").
        words = email.sender.name.split()
        others = [word for word in words if word.lower() != label]
        display = display_employer(" ".join(others))
        named_as_address = display is not None and re.sub(r"\W", "", display.lower()) == tenant
        if (
            display
            and not looks_like_person_name(display)
            and (len(others) < len(words) or not named_as_address)
        ):
            found.append(display)
        if tenant and (spelled := with_organisation_noun(tenant)):
            found.append(spelled)  # "golubcapital@hirevane.net": a mailbox spelling an organisation
        return found

    return platforms.system_label(email.sender, email.subject_lower, email.body_lower, names)


def _names_system(name: str, system: str | None) -> bool:
    """True when `name` is the unknown system's own ("Hirevane", "Hirevane Corporation")."""
    return system is not None and company_key(name).replace(" ", "").startswith(system)


def _employers_before_titles(candidates: list[_Candidate]) -> list[_Candidate]:
    """ "applying to the Morgan Stanley Spring Insight Programme" from "Morgan Stanley": a programme's name
    opening with another candidate's name names that employer (the text agreeing with the sender)."""
    # Most names are read at several places: each is asked once.
    role = {name: names_a_person_role(name) for name in {c.name for c in candidates}}
    names = [c.name for c in candidates if not role[c.name]]
    kept = []
    for candidate in candidates:
        if role[candidate.name] and " - " not in candidate.name:  # "Acme Inc - Planner"
            prefix = max((n for n in names if candidate.name.startswith(f"{n} ")), key=len, default=None)
            if prefix:
                candidate = _Candidate(prefix, candidate.weight, candidate.from_text, candidate.place)
        kept.append(candidate)
    return kept


def same_employer(a: str, b: str) -> bool:
    """True when two spellings plausibly name one employer (key, prefix or acronym agreement)."""
    key_a, key_b = company_key(a), company_key(b)
    if not key_a or not key_b:
        return False
    if key_a == key_b:
        return True
    compact_a, compact_b = key_a.replace(" ", ""), key_b.replace(" ", "")
    if _begins(compact_a, compact_b):
        return True
    # "pryorwendt.com" for "Pryor & Wendt": a run-together label drops the "&".
    if " and " in key_a + key_b and _begins(
        *(key.replace(" and ", " ").replace(" ", "") for key in (key_a, key_b))
    ):
        return True
    if " and " in key_a + key_b and _begins(
        _run_together(without_accents(a)), _run_together(without_accents(b))
    ):
        return True  # "durandetfils.fr" for "Durand et Fils" (keyed "durand and fils")
    if _leading_noun_of(key_a, key_b) or _leading_noun_of(key_b, key_a):
        return True  # "Hotel Alpenrose" ~ "alpenrose" (the domain), "Groupe Orlane" ~ "orlane" (the tenant)
    if _by_surname(a, b) or _by_surname(b, a):
        return True  # "Charles Schwab" ~ "Schwab" (its signature, its domain)
    if _ends_with_acronym(a, b) or _ends_with_acronym(b, a):
        return True  # "Johns Hopkins APL" ~ "APL"
    if abbreviates(a, b) or abbreviates(b, a):
        return True  # "FH Donautal" ~ "Fachhochschule Donautal"
    return _acronym(key_a) == compact_b or _acronym(key_b) == compact_a


# The noun an organisation's name opens with while its brand is the rest, which its domain or ATS tenant
# spells alone: "Groupe Orlane" (orlane@taleo.net), "Hotel Alpenrose" (alpenrose.at); a town's council
# by its town's name: "Stadt Rosenau" (rosenau.de), "City of Fairhaven" (fairhaven.gov).
_LEADING_ORGANISATION_NOUN = re.compile(
    r"^(?:groupe|gruppe|grupo|gruppo|hotel|hôtel|maison|cabinet|clinique|laboratoires?|atelier|studio|"
    r"éditions|editions|weingut|kellerei|spedition|autohaus|brauerei|bäckerei|fromagerie|boulangeries?|"
    r"pharmacie|apotheke|restaurant|ristorante|agence|agentur|stadt|gemeinde|markt|landkreis|gemeente|"
    r"(?:city|town|county|borough|university) of|ville de|comune di|ayuntamiento de|câmara municipal de|"
    r"universität|université de|universidad de) "
)


def _leading_noun_of(longer: str, shorter: str) -> bool:
    """True when key `longer` is `shorter` (spaces aside) after a leading organisation noun."""
    noun = _LEADING_ORGANISATION_NOUN.match(longer)
    if not noun or len(shorter) < 4:
        return False
    return longer[noun.end() :].replace(" ", "") == shorter.replace(" ", "")


def _begins(compact_a: str, compact_b: str) -> bool:
    """True when one run-together name begins the other, four letters or more."""
    shorter, longer = sorted((compact_a, compact_b), key=len)
    return len(shorter) >= 4 and longer.startswith(shorter)


def _by_surname(full: str, short: str) -> bool:
    """True when `full` is a person's name ending with the one word `short`: a firm named for its founder."""
    if " " in short or len(short) < 4 or not full.lower().endswith(" " + short.lower()):
        return False
    # "Recrutamento Vértice", "Personale Barilla": a department's line, not a founder's name (a given name
    # is short: "Charles", "Johnson", "Marks").
    first = full.split(" ", 1)[0]
    return (
        full.count(" ") == 1
        and len(first) <= _GIVEN_NAME_CHARS
        and looks_like_person_name(full)
        and not holds_hiring_words(full)
    )


_GIVEN_NAME_CHARS = 8


def _ends_with_acronym(name: str, acronym: str) -> bool:
    words = name.split()
    return len(words) >= 2 and len(acronym) >= 3 and acronym.isupper() and words[-1] == acronym


def _acronym(key: str) -> str:
    words = key.split()
    return "".join(word[0] for word in words) if len(words) >= 2 else ""


def _text_candidates(email: PreparedEmail) -> list[_Candidate]:
    found: list[_Candidate] = []
    _add_subject_patterns(found, email)
    _add_anchored_names(found, email)
    job_board = platforms.is_job_board(email.sender)
    _add_layout_names(found, email, job_board)
    _add_signature_lines(found, email, job_board)
    return found


def _add_subject_patterns(found: list[_Candidate], email: PreparedEmail) -> None:
    """The subject's own places: "at X", "Your X application", "X - Title"."""
    # Which of the patterns' words the subject holds, asked once (not once a pattern sharing them).
    held = {word for word in _ALL_SUBJECT_PATTERN_WORDS if word in email.subject_lower}
    if not held:
        return
    for (pattern, weight, side), words in zip(_SUBJECT_PATTERNS, _SUBJECT_PATTERN_WORDS, strict=True):
        if held.isdisjoint(words):
            continue
        for match in pattern.finditer(email.subject):
            name = finish_name(match.group("name").split())
            if side == _BEFORE and name and _role_noun_follows_in_body(name, email.body):
                continue  # "Front Desk application" for the body's "Front Desk Coordinator": a title
            _add(found, name, weight, ("subject", match.start("name"), side))


def _add_anchored_names(found: list[_Candidate], email: PreparedEmail) -> None:
    """Names next to the phrase index's employer anchors ("sent to X", "X has received")."""
    for place, source, hits in (
        ("subject", email.subject, email.subject_hits),
        ("body", email.body, email.body_hits),
    ):
        end = email.recommendations_start if place == "body" else len(source)
        # Anchors of several categories end where one name begins ("sent to", "application to"): it is
        # read once.
        read_at: dict[tuple[int, bool], str | None] = {}
        for category, weight in phrases.anchors_found(hits, phrases.EMPLOYER_AFTER):
            for match in hits[category]:
                if match.start() >= end:
                    break
                # "sent to slice": after the strongest anchor a name may be lowercase.
                at, lowercase = match.end(), weight >= _LOWERCASE_NAMES_FROM
                if (at, lowercase) not in read_at:
                    name = read_name(source, at, allow_lowercase=lowercase)
                    # "your interest in the Hydrologist position": a title, not the employer
                    read_at[at, lowercase] = None if _names_the_role(source, at, name) else name
                if name := read_at[at, lowercase]:
                    _add(found, name, weight, (place, _name_start(source, at), _AFTER))
        for category, weight in phrases.anchors_found(hits, phrases.EMPLOYER_BEFORE):
            for match in hits[category]:
                if match.start() >= end:
                    break
                window = source[max(0, match.start() - _BEFORE_WINDOW) : match.start()].rsplit("\n", 1)[-1]
                name_match = _NAME_AT_END.search(window)
                if name_match and not _SENTENCE_END_INSIDE.search(name_match.group("name")):
                    at = match.start() - len(window) + name_match.start("name")
                    name = finish_name(name_match.group("name").split())
                    # "David Okafor invited you to complete ...": a recruiter acting, as often as an employer;
                    # a name the mail repeats ("Shake Shack" in the subject too) is the employer's.
                    person = (
                        name is not None
                        and looks_like_person_name(name)
                        and email.subject.count(name) + email.body.count(name) == 1
                    )
                    _add(found, name, _PERSON_ACTING_WEIGHT if person else weight, (place, at, _BEFORE))


def _add_layout_names(found: list[_Candidate], email: PreparedEmail, job_board: bool) -> None:
    """Names a mail's layout puts in place: a banner, a header line, a subject's trailer, a card, a label."""
    banner = _BANNER.match(email.body)
    if banner:
        _add(found, finish_name(banner.group("name").split()), _SIGNATURE_WEIGHT, ("body", 0, "banner"))
    elif platforms.platform_of(email.sender) and not job_board and (header := _header_name(email)):
        # An ATS heads its mail with the employer's name on a line of its own (its logo's text).
        _add(found, header, _HEADER_WEIGHT, _HEADER_PLACE)
    meeting = _MEETING_BETWEEN.match(email.subject) if "<" in email.subject else None
    if meeting and not looks_like_person_name(meeting["name"]):
        _add(found, finish_name(meeting["name"].split()), _TRAILER_WEIGHT, ("subject", 0, "start"))
    if email.subject.count(", ") >= 2 and (listed := _TITLE_EMPLOYER_PLACE.match(email.subject)):
        # "Claims Examiner, Harlow Insurance, Hartford": a board's title, employer and place.
        middle = _whole_name(listed["name"])
        if (
            middle
            and looks_like_title(listed["title"])
            and not looks_like_title(middle)
            and not looks_like_person_name(middle)
            and not _SIGNATURE_WORDS.occurs_in(middle)
        ):
            weight = _TRAILER_WEIGHT if names_an_organisation(middle) else _SPELLED_OUT_WEIGHT
            _add(found, middle, weight, ("subject", listed.start("name"), _AFTER))
    trailer = _SUBJECT_TRAILER.search(email.subject) if _TRAILER_MARKS.intersection(email.subject) else None
    # "Your application for Intern - Product Analytics": a title closes subjects too.
    if (
        trailer
        and not _NOT_AN_EMPLOYER.search(trailer.group("name"))
        and not looks_like_title(trailer.group("name"))
    ):
        _add(
            found,
            finish_name(trailer.group("name").split()),
            _TRAILER_WEIGHT,
            ("subject", trailer.start("name"), _AFTER),
        )
    # (The subject's lowered form keeps "Node.js" whole with a dot leader: compare like with like.)
    subject_lower = email.subject_lower.replace("\u2024", ".")
    for index, (above, line) in enumerate(
        zip(email.lines[:_CARD_LINES], email.lines[1:_CARD_LINES], strict=False)
    ):
        # A job board's card: the title the subject names, then "Employer - Place" (a board's notice whose
        # subject names no title, "An employer viewed your application": a title-shaped line above).
        # The pattern (slow: it backtracks up to 60 characters) only when the line above is the subject's.
        if len(above) >= 4 and (
            above.lower() in subject_lower
            or (job_board and index < _HEAD_CARD_LINES and " - " in line and looks_like_title(above))
        ):
            card = _EMPLOYER_AND_PLACE.match(line)
            if card:
                _add(found, finish_name(card.group("name").split()), _CARD_WEIGHT)
    if job_board:
        found += _card_on_three_lines(email)
    for line in email.lines:
        label = _EMPLOYER_LABEL.match(line) if ":" in line or "|" in line else None
        if label:
            _add(found, finish_name(label.group("name").split()), _LABEL_WEIGHT)


def _add_signature_lines(found: list[_Candidate], email: PreparedEmail, job_board: bool) -> None:
    """Names signing the mail: "The Acme Team", "Recruiter | Acme", "Best,\nMaya\nAcme", a footer's "©"."""
    role_above = False  # the line above is a recruiter's role ("Senior Recruiter")
    signer_above = False  # the line above is the writer's name under a valediction ("Best,\nMaya")
    sender_words = set(email.sender.name.lower().split())
    for previous, line in zip(("",) + email.lines, email.lines, strict=False):
        if line[:1] in "-–—~":
            line = line.lstrip("-–—~ ")  # "- The Acme Team"
        signs_above = _SIGNS_ABOVE.match(previous) if previous else None
        short = len(line) <= _SIGNATURE_MAX_CHARS
        # A hiring word ("Team", "Recruiting") in a line that short: three readings below ask, found once.
        hiring_words = short and _SIGNATURE_WORDS.occurs_in(line)
        if (
            signer_above
            and short
            and not looks_like_person_name(line)
            and not looks_like_title(line)
            and not hiring_words
        ):
            _add(found, _whole_name(line), _SIGN_OFF_WEIGHT)  # "Best,\nMaya\nAcme Foods"
        signer_above = bool(signs_above and signs_above["valediction"]) and (
            looks_like_person_name(line) or line.lower() in sender_words
        )
        if signs_above and signs_above["valediction"] and (relayed := PERSON_FROM.match(line)):
            _add(found, finish_name(relayed["employer"].split()), _SIGN_OFF_WEIGHT)  # "Jane from Acme"
        if role_above and short and not looks_like_person_name(line) and not looks_like_title(line):
            _add(found, _whole_name(line), _SIGN_OFF_WEIGHT)  # "Senior Recruiter\nAcme"
        # A job board's mail carries the board's own footer ("© 2025 LinkedIn Corporation").
        copyright_line = _COPYRIGHT.match(line) if line[:1] in "©(Cc" and not job_board else None
        name = read_name(line, copyright_line.start("name")) if copyright_line else None
        if name and not platforms.is_platform_name(company_key(name)):  # "LinkedIn Corporation"
            _add(found, name, _COPYRIGHT_WEIGHT, footer=True)
        legal_line = _LEGAL_LINE.match(line) if not job_board and ", " in line else None
        if legal_line and not platforms.is_platform_name(company_key(legal_line["name"])):
            _add(found, legal_line["name"], _COPYRIGHT_WEIGHT, footer=True)
        if (
            signs_above
            and not hiring_words  # "Acme Recruiting" is read as a signature below
            and short
            and (
                names_an_organisation(line)
                if signs_above["valediction"]
                else not looks_like_person_name(line)
            )
        ):
            _add(found, _whole_name(line), _SIGN_OFF_WEIGHT)
        site = _WEBSITE_LINE.match(line) if signs_above else None
        if site and not platforms.is_platform_name(site["label"]):
            _add(found, _site_name(site["label"], email), _SIGN_OFF_WEIGHT)  # "Recruiting-Team\nquobo.at"
        role_above = False
        if hiring_words:
            role_above = bool(_ROLE_LINE.match(line))
            role_signature = _ROLE_SIGNATURE.match(line)
            if role_signature:
                _add(found, finish_name(role_signature.group("name").split()), _SIGNATURE_WEIGHT)
                continue
            signature = _SIGNATURE_LINE.match(line)
            if signature:
                group = "name" if signature.group("name") else "team"
                name = _ROLE_WORDS_AT_END.sub("", signature.group(group))
                if _CAMPUS_DEPARTMENT.match(line, signature.end(group)):
                    name = _CAMPUS_AT_END.sub("", name)
                _add(found, finish_name(name.split()), _SIGNATURE_WEIGHT)


def _header_name(email: PreparedEmail) -> str | None:
    """The organisation's name the mail's first line is, whole (an ATS's logo text), if it is one."""
    if not email.lines:
        return None
    header = _whole_name(email.lines[0])
    if (
        header == email.lines[0].rstrip(" .")  # the whole line, not "Hi Sam" read as "Sam"
        and not looks_like_person_name(header)
        and not looks_like_title(header)
    ):
        return header
    return None


def _bare_relay(email: PreparedEmail) -> tuple[str, str] | None:
    """(the sender's domain label, the employer) when a system no list knows sends as nobody but itself
    ("Recrutiva <no-reply@mail.recrutiva.com>": a no-reply mailbox, a display name that is only the
    label) and heads the mail with another organisation's name on a line of its own, writing its own
    name nowhere else: it relays that employer's mail as a known ATS does."""
    label = platforms.domain_employer(email.sender)
    if not label or not platforms.is_generic_mailbox(email.sender.local):
        return None
    if email.sender.name and re.sub(r"[^a-z0-9]", "", email.sender.name.lower()) != label:
        return None
    if label in email.subject_lower or label in email.body_lower:
        return None
    header = _header_name(email)
    if header is None or same_employer(header, label) or platforms.is_platform_name(header):
        return None
    return label, header


def _role_noun_follows_in_body(name: str, body: str) -> bool:
    """True when the body writes `name` followed by a role's noun ("the Front Desk Coordinator
    position"): the subject's "Front Desk application" shortens the title, it names no employer."""
    for at in word_places(name, body):
        following = body[at + len(name) : at + len(name) + 40].split()
        if following and following[0][:1].isupper() and names_a_person_role(following[0].strip(",.;:!?")):
            return True
    return False


def _site_name(label: str, email: PreparedEmail) -> str:
    """The name a signature's web address gives, as the text writes it: "Quobo Labs", or "quobo" where
    the mail writes its brand in lowercase ("Teil der quobo Familie"); else the label capitalised."""
    spelled = spelled_out(label, (email.subject, email.body))
    if spelled:
        return spelled
    return label if written_apart(label, email.body) else label.capitalize()


def _organisation_under_writer(email: PreparedEmail) -> str | None:
    """ "Elena Vasquez, PhD\nAssociate Professor\nState University": the organisation in the writer's
    signature block. Read only where nothing else in the text names the employer: a signature's legal
    name is often longer than the one the mail goes by."""
    lines = email.lines[-_SIGNATURE_TAIL_LINES:]
    for at, line in enumerate(lines):
        if looks_like_person_name(line):
            for below in lines[at + 1 : at + 1 + _SIGNATURE_BLOCK_LINES]:
                name = _whole_name(below) if len(below) <= _SIGNATURE_MAX_CHARS else None
                if not name or is_department_word(name):
                    continue
                organisation = _without_role_before(name)
                if organisation != name or names_an_organisation(name):
                    return _ROLE_WORDS_AT_END.sub("", organisation) or organisation
    return None


# "HR Advisor Pellow Insurance", "Talent Acquisition Partner Acme Bank", "HR-adviseur Boschwijk Zorg": the
# writer's role written before the organisation on one line, no separator between them. Only these
# words make the role: a name holding a role noun of its own ("Acme Consultant Services") keeps it.
_ROLE_NOUNS = (
    r"(?:hr-)?(?:advisor|adviser|adviseur|partner|manager|recruiter|specialist|coordinator|officer|generalist|"
    r"consultant|assistant|administrator|associate|executive|sourcer)(?:in|e)?"
)
_ROLE_NOUN_WORD = re.compile(rf"(?i:{_ROLE_NOUNS})")
_ROLE_PREFIX_WORD = re.compile(
    r"(?i:hr|human|resources|talent|acquisition|attraction|people|recruit(?:ment|ing)|senior|junior|sr\.?|"
    rf"lead|principal|business|practice|office|hiring|campus|graduate|global|regional|{_ROLE_NOUNS})"
)


def _without_role_before(name: str) -> str:
    """`name` without a role its writer put before it on the line ("HR Advisor Pellow Insurance")."""
    words = name.split()
    ends = [at for at, word in enumerate(words[:-1]) if _ROLE_NOUN_WORD.fullmatch(word)]
    if not ends or not all(_ROLE_PREFIX_WORD.fullmatch(word) for word in words[: ends[-1]]):
        return name
    # Nobody writes a role before their own name: what follows it is the organisation.
    return " ".join(words[ends[-1] + 1 :])


def _names_the_role(source: str, start: int, name: str | None) -> bool:
    """True when the name read at `start` is followed by the job's noun: a title ("Hydrologist position"),
    unless "for" joins the employer to its title ("Northwind for the Data Engineer position")."""
    if not name or " for " in name:
        return False
    at = source.find(name, start)
    return at >= 0 and bool(_ROLE_NOUN_AFTER.match(source, at + len(name)))


def _name_start(text: str, at: int) -> int:
    """Where a name read from `at` begins: after spaces and a leading "the "."""
    while at < len(text) and text[at] == " ":
        at += 1
    return at + 4 if text[at : at + 4].lower() == "the " else at


def _first_place(cluster: list[_Candidate]) -> int:
    """The earliest offset a cluster was read at (the subject before the body), for ties."""
    offsets = [
        c.place[1] + (0 if c.place[0] == "subject" else _BODY_AFTER_SUBJECT)
        for c in cluster
        if c.place and c.place[0] in ("subject", "body")
    ]
    return min(offsets, default=2 * _BODY_AFTER_SUBJECT)


def _evidence_weight(cluster: list[_Candidate]) -> float:
    """The cluster's weight, each place counted once at its weightiest reading."""
    by_place: dict[tuple[str, int, str], float] = {}
    total = 0.0
    for candidate in cluster:
        if candidate.place is None:
            total += candidate.weight
        else:
            by_place[candidate.place] = max(candidate.weight, by_place.get(candidate.place, 0.0))
    return total + sum(by_place.values())


def _card_on_three_lines(email: PreparedEmail) -> list[_Candidate]:
    """A job board's card of three lines, "Responsable boutique H/F" / "Papeterie Morin" / "Nantes (44)":
    the title (the subject's, or a line reading as one), the employer, then the place, a line of news or
    nothing; or the employer first: "Fleetline Logistics" / "Warehouse Associate" / "Not selected by
    employer"."""
    found: list[_Candidate] = []
    lines = email.lines[:_CARD_LINES]
    for line in lines:
        # "Harlow Biosciences • Cambridge, MA", "Harlow Biosciences · Boston, MA (Hybrid)": one line a card.
        name, _, place = line.partition(" · ") if " · " in line else line.partition(" • ")
        whole = _whole_name(name) if place and _PLACE_LINE.match(place.split(" (")[0].strip()) else None
        if whole and not looks_like_title(whole):
            _add(found, whole, _CARD_WEIGHT)
            return found
    for title, name, after in zip(lines, lines[1:], [*lines[2:], ""], strict=False):
        if (
            len(title) >= 4
            and (title.lower() in email.subject_lower or looks_like_title(title) and _PLACE_LINE.match(after))
            and (_PLACE_LINE.match(after) or _CARD_CLOSER.match(after))
            and (whole := _whole_name(name))
            and not looks_like_title(whole)
        ):
            _add(found, whole, _CARD_WEIGHT)
            break
        heading = _whole_name(title) if CARD_NEWS.match(after) and looks_like_title(name) else None
        if heading and not looks_like_title(heading):
            _add(found, heading, _CARD_WEIGHT)  # the employer heads the card, its news closes it
            break
    return found


# "Nantes (44)", "Hamburg 20095", "Lyon (69) - Hybride", "Reno, NV", "Remote": a place under the employer.
_PLACE_LINE = re.compile(
    r"^(?:[A-ZÀ-Þ][\w'’ -]{1,40}(?:\s\(\d{2,3}\)|\s\d{4,5})(?:\s*[-·•|].{0,30})?|"
    r"[A-Z][\w .'-]{1,30}, [A-Z]{2}(?: \d{5})?|(?:Remote|Hybrid|On-?site)(?: in .{1,30})?)$"
)
# What closes a card when no place does: its news (CARD_NEWS), the next sentence, or nothing.
_CARD_CLOSER = re.compile(rf"^$|{CARD_NEWS.pattern}|^(?:[\w'’-]+ ){{3,}}[^\n]*[.!]$", re.I)


def _whole_name(line: str) -> str | None:
    """`line` as a name when the whole line is one ("Juniper Ridge Software Ltd"), else None."""
    line = line.rstrip(" .")
    return finish_name(line.split()) if _NAME_AT_END.match(line) else None


def _spelled_out_labels(email: PreparedEmail, candidates: list[_Candidate]) -> list[_Candidate]:
    """The text's spelling of each run-together sender label ("quillonhealth" -> "Quillon Health")."""
    found: list[_Candidate] = []
    texts = (email.subject, email.body)
    if any(c.footer and not c.text_says for c in candidates):
        # The sender's own footer spells its label as the sender does ("© 2026 Jobnest Corporation", "You
        # are receiving Jobnest notification emails"): that is no text naming it.
        texts = (email.subject, "\n".join(line for line in email.lines if not _FOOTER_LINE.search(line)))
    for candidate in candidates:
        name = candidate.name
        if candidate.from_text or not name.islower() or " " in name:
            continue
        spelled = spelled_out(name, texts)
        # Spelled only by the display name ("Laguna" in "Assicurazioni Laguna <laguna@myworkday.com>"):
        # the sender's say, which its whole display name already gives, not the text's.
        from_text = spelled is not None
        spelled = spelled or spelled_out(name, (email.sender.name,))
        if not spelled and (spelled := skeleton_spelling(name, f"{email.subject}\n{email.body}")):
            # "kstrl@myworkday.com" for the "Kestrel" the body names: the label is that word, shortened.
            from_text = True
            for label in candidates:
                if label.name == name:
                    label.name = spelled
        if spelled:
            if from_text:
                spelled = _with_organisation_noun(spelled, email.body)
            fuller = _name_ending_with(spelled, candidates)
            if fuller:
                candidate.name = spelled = fuller  # "berkeley.edu": the University of California at Berkeley
            found.append(_Candidate(spelled, _SPELLED_OUT_WEIGHT, from_text, None if from_text else _SENDER))
    return found


def _with_organisation_noun(spelled: str, body: str) -> str:
    """ "harrowstate.edu" spelled "Harrow State" in "Harrow State University": the name goes on with the
    organisation's noun."""
    # Each place the text writes it: "Anna Berg" signs above "Berg Consulting".
    at = body.find(spelled)
    longer = None
    while at >= 0 and not longer:
        longer = read_name(body, at)
        if longer:
            longer = _ROLE_WORDS_AT_END.sub("", longer)  # "Brisk Courier HR" signs a department
        if not (longer and _goes_on_as_an_organisation(longer, spelled)):
            longer = None
            at = body.find(spelled, at + len(spelled))
    if longer:
        # Up to the organisation's last noun: "St. Aldric Medical Center Leadership Development" (a
        # programme's name going on) is "St. Aldric Medical Center".
        words, first = longer.split(), len(spelled.split())
        ends = [n for n in range(len(words), first, -1) if _organisation_noun(words[n - 1])]
        return " ".join(words[: ends[0]]) if ends else longer
    for noun in _NOUNS_BEFORE_A_NAME:
        if f"{noun}{spelled}" in body:
            return f"{noun}{spelled}"  # "marlowe.ac.uk" signed "University of Marlowe"
    return spelled


# An organisation's noun written before its name, which its domain leaves out.
_NOUNS_BEFORE_A_NAME = (
    "University of ",
    "City of ",
    "County of ",
    "Town of ",
    "Borough of ",
    "Stadt ",
    "Gemeinde ",
    "Universität ",
    "Université de ",
    "Universidad de ",
)


def _goes_on_as_an_organisation(longer: str, spelled: str) -> bool:
    return longer.startswith(spelled + " ") and names_an_organisation(longer[len(spelled) :])


def _organisation_noun(word: str) -> bool:
    """True for a noun organisations are named with ("Center", "Labs"); a digit or "&" is no noun."""
    return word.isalpha() and names_an_organisation(word)


def _name_ending_with(spelled: str, candidates: list[_Candidate]) -> str | None:
    """The longer name the text gives a label it spells as its last word, if any."""
    ending = " " + spelled.lower()
    # The text's names, then the sender's display name ("Harbor Lane Foods <rh@lanefoods.com>").
    from_text = [c.name for c in candidates if c.from_text]
    displayed = [
        c.name for c in candidates if c.place == _SENDER and not c.from_text and not c.name.islower()
    ]
    # Two words only where the first is an organisation's ("Gemeente Utrecht" for "utrecht.nl"), not a
    # person's first name ("Anna Berg" for "berg.de").
    longer = (
        name
        for name in (*from_text, *displayed)
        if name.count(" ") >= 2 or (name.count(" ") == 1 and names_an_organisation(name.split()[0]))
    )
    return next((name for name in longer if name.lower().endswith(ending)), None)


# What a subject or signature glues onto an employer's name: "Trimble Recruiting", "ARN Job",
# "TikTok Early (Careers)", "T-Mobile-thanks", "BILL - 2025", "Cisco's Assessment Challenge".
_POSSESSIVE = re.compile(r"(?:'s|’s)\b.*$")
_POSSESSIVE_IN_NAME = re.compile(rf"(?:'s|’s){NOUN_AFTER_POSSESSIVE}")
_GLUED_TAIL = re.compile(
    r"(?:\s+(?:[Rr]ecruit(?:ing|ment)|[Tt]alent(?: [Aa]cquisition)?|[Cc]areers?|[Jj]obs?|HR|[Tt]eam|"
    r"[Hh]iring|[Ee]arly(?: [Cc]areers?)?|[Uu]niversity [Rr]ecruiting|"
    r"(?:[Oo]nline |[Cc]oding |[Tt]echnical )?(?:[Aa]ssessment|[Cc]hallenge|[Tt]est))|"
    r"-(?:thanks|thank|update|application|confirmation|careers?|jobs?)|\s*[-–|:]\s*(?:19|20)\d\d|"
    # "Civil Service Fast Stream 2027": a scheme's year of entry, no part of the organisation's name.
    r"(?<=[a-z] )20\d\d)$"
)


# "New Jersey Courts - Central Office", "Brightwell Bank - Human Resources": the office, division, campus
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
    r"(?:[Dd]istribution|[Ff]ulfil?lment|[Ss]ervice) [Cc]ent(?:er|re)|[Pp]lant|[Ss]ite|[Uu]nit"
)
_STREET_NOUNS = (
    r"St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Hwy|Highway|Pkwy|Parkway|Plaza|Mall|Square|Sq"
)
_ORDINALS = r"First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d+(?:st|nd|rd|th)"
_LOCATION_TAIL = re.compile(
    rf"(?:\s+(?:{_SITE_NOUNS})\s*(?:#|[Nn]o\.?)?\s*[A-Z]?-?\d+|\s*#\s*\d+|"
    rf"\s+[-–—]\s+[^-–—\n]{{1,40}}?\b(?:{_STREET_NOUNS})\.?|\s+(?:{_ORDINALS})\s+(?:Avenue|Street|Ave|St)\.?)$"
)


# A name is read at several places of a mail (subject, body, signature) and tidied at each.
@functools.lru_cache(maxsize=4096)
def tidy_employer_name(name: str) -> str | None:
    """`name` without what a subject or a signature glues onto it; None when nothing is left."""
    # Each substitution only where its mark is: a possessive's "s", a dash (they would try every place).
    tidy = name
    if "'s" in name or "’s" in name:
        tidy = name if _POSSESSIVE_IN_NAME.search(name) else _POSSESSIVE.sub("", name)
    if "-" in tidy or "–" in tidy:
        tidy = _UNIT_AFTER_DASH.sub("", tidy)
    if _may_end_with(tidy, _LOCATION_TAIL_ENDS):
        tidy = _LOCATION_TAIL.sub("", tidy)
    tidy = tidy.strip()
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
_GLUED_TAIL_ENDS = (
    "recruiting", "recruitment", "talent", "acquisition", "career", "careers", "job", "jobs", "hr", "team",
    "hiring", "early", "assessment", "challenge", "test", "thanks", "thank", "update", "application",
    "confirmation",
)  # fmt: skip


def _may_end_with(name: str, words: tuple[str, ...]) -> bool:
    """False only where a tail pattern ending in one of `words` or a digit (then "." and a line break at
    most) cannot match `name`."""
    end = name[:-1] if name.endswith("\n") else name
    end = end[:-1] if end.endswith(".") else end
    return end[-1:].isdigit() or end.endswith(words)


def _add(
    found: list[_Candidate],
    name: str | None,
    weight: float,
    place: tuple[str, int, str] | None = None,
    footer: bool = False,
) -> None:
    name = tidy_employer_name(name) if name else None
    if name and " for " in name:
        head, tail = name.split(" for ", 1)
        if looks_like_title(tail):
            name = head  # "submitted to Vertafore for Software Engineer I"
    if name:
        found.append(_Candidate(name, weight, True, place, footer))


def _plausible(name: str, excluded_names: set[str], own_label: str | None = None) -> bool:
    lowered = name.lower()
    if (lowered in STOP_WORDS and lowered != own_label) or lowered in GENERIC_NAMES:
        return False  # but "Next" from next.co.uk is the brand its own domain spells
    if _PRONOUNS.intersection(lowered.split()):
        return False
    key = company_key(name)
    if key in excluded_names or (
        len(name.split()) <= 3 and any(word in excluded_names for word in key.split())
    ):
        return False
    if is_requisition_code(name) or _LABELLED_CODE.match(name):
        return False  # "at RTL152550", "- Req 77120": a client or requisition code names nobody
    # "the Data Analyst position": a title where an employer was expected; but "Brisco Courier" from
    # briscocourier.com is the name its own domain spells.
    return (
        not names_a_person_role(name)
        or (" " in name and _run_together(name) == own_label)
        or bool(_FAMILY_FIRM.search(name))
    )


# "Kaufmann & Söhne", "Baker & Sons", "Fischer & Partner": a role's word ("Kaufmann" is a clerk) before the
# family or partners a firm is named with is the founder's name.
_FAMILY_FIRM = re.compile(
    r" & (?:söhne|sons|co\.?|cie\.?|partners?|associates|fils|hijos|filhos|figli|zonen|zn\.?|töchter)$", re.I
)


def _run_together(name: str) -> str:
    return _NOT_LOWER_ALNUM.sub("", name.lower())


def _own_domain_label(email: PreparedEmail) -> str | None:
    """The sender's own domain's label as written ("ridgelinetalent" for ridgelinetalent.com, hiring words
    kept), None for a platform's, a free mailbox's or no domain."""
    if not platforms.domain_employer(email.sender):
        return None
    return _NOT_LOWER_ALNUM.sub("", platforms.registrable_domain(email.sender.domain).split(".")[0])


def _cluster_score(
    cluster: list[_Candidate], email: PreparedEmail, agency_sender: bool, system: str | None = None
) -> float:
    score = _evidence_weight(cluster)
    if any(c.text_says for c in cluster) and any(not c.text_says for c in cluster):
        score += _AGREEMENT_BONUS
    name = cluster[0].name
    if platforms.is_platform_name(name) or _names_system(name, system) or _named_as_a_tool(name, email):
        score *= _PLATFORM_FACTOR
    elif agency_sender and any(c.place == _SENDER for c in cluster):
        # An agency relays its clients' processes: the client the text names is the employer.
        score *= _AGENCY_FACTOR
    mentions = email.body_lower.count(name.lower()) if len(name) > 2 else 0
    return score + min(_MAX_MENTION_BONUS, _MENTION_BONUS * mentions)


def _named_as_a_tool(name: str, email: PreparedEmail) -> bool:
    """True when the mail names `name` only as the means it came by: "complete the assessment on Vervoe",
    "submitted through Jobright autofill" ("in" is no such word: "your interest in Acme")."""
    lowered = name.lower()
    if len(lowered) < 3:
        return False
    named = False
    for text in (email.subject_lower, email.body_lower):
        for index in _occurrences(text, lowered):
            if not _TOOL_BEFORE.search(text, max(0, index - 10), index):
                return False  # named once otherwise (usually the first time): the rest is not looked for
            named = True
    return named


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where `word` stands in `text` as a word of its own."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield start
        start = text.find(word, start + 1)


def _relays_a_named_step(email: PreparedEmail, clusters: list[list[_Candidate]]) -> bool:
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
    others = _names_only_the_text_gives(clusters, _run_together)
    steps = itertools.chain(_NAMED_STEP.finditer(body), _HEARD_FROM.finditer(body) if heard else ())
    # "Harbourview Capital would like to meet you"; "Orrin Labs loved your profile and would like to".
    named = (_run_together(next(filter(None, match.groups()), "")) for match in steps)
    return any(name.endswith(others) or name.startswith(others) for name in named)


def _submits_you_to_a_named_employer(email: PreparedEmail, clusters: list[list[_Candidate]]) -> bool:
    """True when the writer submits the applicant to an employer the text names, not the sender: "I've
    put you forward for the Staff Engineer position at Quillstone" signed "Sophie Lang\nHarbour Talent"
    (an agency whose bare name says no trade)."""
    body = email.body_lower
    if ("your" not in body and "forward" not in body) or platforms.platform_of(email.sender):
        return False
    others = _names_only_the_text_gives(clusters, str.lower)
    return any(any(name in match.group("rest") for name in others) for match in _SUBMITTED_YOU.finditer(body))


def _names_only_the_text_gives(
    clusters: list[list[_Candidate]], spelled: Callable[[str], str]
) -> tuple[str, ...]:
    """Each employer no sender's say backs, `spelled` (three characters at least): the ones a relaying writer
    could be passing a step on from."""
    return tuple(
        name
        for cluster in clusters
        if not any(c.place == _SENDER for c in cluster) and len(name := spelled(cluster[0].name)) > 2
    )


def _signature(email: PreparedEmail) -> str:
    """The mail's last lines, where a writer signs with their organisation."""
    return " ".join(email.lines[-_AGENCY_SIGNATURE_LINES:])


def _is_agency_sender(email: PreparedEmail) -> bool:
    """True when the sender is a staffing agency: its address, display name or signature says so, or
    the mail speaks of "our client"."""
    signature = _signature(email)
    body = email.body_lower
    return bool(
        (
            email.sender.domain
            and _AGENCY_DOMAIN.search(platforms.registrable_domain(email.sender.domain).split(".")[0])
            and not platforms.platform_of(email.sender)
        )
        or _AGENCY_NAME.occurs_in(f"{email.sender.name} {signature}")
        or (any(word in body for word in _CLIENT_WORDS) and _CLIENT.search(body))
        or (
            "from " in body
            and any(word in body for word in _SOMEONE_ELSES_WORDS)
            and _SOMEONE_ELSES_STEP.search(body)
        )
    )


_NOT_LOWER_ALNUM = re.compile(r"[^a-z0-9]")


def _with_agency_trade(name: str, email: PreparedEmail) -> str:
    """An agency named as its domain spells it: "Brightpath" -> "Brightpath Recruitment" for mail from
    brightpath-recruitment.co.uk that writes "Brightpath Recruitment" (a signature strips the word)."""
    domain = _NOT_LOWER_ALNUM.sub("", email.sender.domain.lower())
    if not _AGENCY_DOMAIN.search(domain):
        return name
    with_trade = re.compile(rf"\b{re.escape(name)} {_TRADE_WORD}\b")
    for text in (email.body, email.subject):
        match = with_trade.search(text)
        if match and re.sub(r"[^a-z0-9]", "", match.group(0).lower()) in domain:
            return match.group(0)
    return name


# The means a mail came by: "on Vervoe", "via Jobright", "through Simplify", "using Huntr".
_TOOL_BEFORE = re.compile(r"\b(?:on|via|through|using) $")
# Where a possessive cannot be one, so the "'s" is the name's: before punctuation, a clause's word or a
# legal form ("interest in Marlow's and", "to Marlow's for the position", "Marlow's would like",
# "Marlow's LLC"); "your Marlow's application" likewise.
_AFTER_BRAND_POSSESSIVE = (
    r"(?=\s*(?:[.,!?:;)(\n-]|$)|\s+(?:and|or|for|to|at|in|on|as|is|are|was|has|have|will|would|can|could|"
    r"we|you|through|via|from|by|since|because|(?i:inc|llc|ltd|limited|corp|gmbh|plc|ag|co)\b\.?)\b)"
)


_AFTER_POSSESSIVE = re.compile(_AFTER_BRAND_POSSESSIVE)
_POSSESSIVE_S = re.compile(r"['’]s\b")


def _with_brand_possessive(name: str, email: PreparedEmail) -> str:
    """ "McDonald's", "Wendy's": a brand whose name ends in a possessive, known by the mail never writing
    the name without it and writing it where a possessive would not go on ("at McDonald's (Main St)",
    "to Wendy's!", "interest in Wendy's and"; "Acme's hiring team" is Acme's)."""
    if not name[-1:].isalpha():
        return name
    text = f"{email.subject}\n{email.body}"
    if f"{name}'s" not in text and f"{name}’s" not in text:
        return name  # the usual case, found without compiling a pattern for this name
    if not _written_possessive(name, text) or any(
        not _POSSESSIVE_S.match(text, at + len(name)) for at in word_places(name, text)
    ):
        return name  # the name is written without it too
    return f"{name}'s"


def _written_possessive(name: str, text: str) -> bool:
    """re.search(rf"\b{re.escape(name)}['’]s{_AFTER_BRAND_POSSESSIVE}|\b[Yy]our {re.escape(name)}['’]s ",
    text), without compiling that pattern for each name."""
    end = len(name)
    for at in places(name, text):
        if text[at + end : at + end + 1] not in ("'", "’") or text[at + end + 1 : at + end + 2] != "s":
            continue
        if word_boundary(text, at) and _AFTER_POSSESSIVE.match(text, at + end + 2):
            return True
        your = at - len("your ")
        written_yours = your >= 0 and text[your:at] in ("your ", "Your ") and word_boundary(text, your)
        if written_yours and text[at + end + 2 : at + end + 3] == " ":
            return True
    return False


def _display_name(cluster: list[_Candidate], email: PreparedEmail) -> str:
    """The cluster's name as a person writes it (brand_names.py), from the best-backed spelling."""
    # Each spelling once (a cluster holds a name as often as it was read): the first that fits is chosen.
    forms = list(dict.fromkeys(c.name for c in cluster))
    # How the organisation names itself: its signature's lines and its sender's display name.
    signed = list(dict.fromkeys(c.name for c in cluster if _signed_by_the_organisation(c)))
    text = f"{email.subject}\n{email.body}"
    name = brand_form(_best_spelling(cluster), forms, text, email.sender.name, signed)
    name = (
        _possessive_name_as_written(name, forms, text)
        or _hiring_word_in_name(name, email)
        or _name_its_domain_spells(name, forms, text, email)
        or name
    )
    return _legal_form_as_written(name, forms, f"{email.sender.name}\n{text}")


# A possessive's noun words: capitalised, no hiring word ("Nguyen's Auto Body", not "Acme's Talent Team").
_NAME_WORDS_AFTER_POSSESSIVE = re.compile(
    r"^['’]s(?: (?!(?:Talent|Recruiting|Hiring|Careers|HR|People|Team)\b)"
    r"[A-Z][\w&.-]*){1,3}$"
)


def _possessive_name_as_written(name: str, forms: list[str], text: str) -> str | None:
    """ "Nguyen's Auto Body", "O'Connell's Pub": a sender's name the text writes whole, which a reading
    cut at its possessive ("applying to Nguyen's Auto Body for ..." read "Nguyen")."""
    for form in forms:
        rest = form[len(name) :]
        if (
            rest[:1] in ("'", "’")  # most forms are the name itself: no pattern tried on nothing
            and form.startswith(name)
            and _NAME_WORDS_AFTER_POSSESSIVE.match(rest)
            and not _LEGAL_FORM_AT_END.match(rest[2:])  # "Brunner's GmbH" is the brand "Brunner's"
            and form in text
        ):
            return form
    return None


def _name_its_domain_spells(name: str, forms: list[str], text: str, email: PreparedEmail) -> str | None:
    """ "Lingua Support" for "Lingua" read from "at Lingua Support" (a common word ends the name): the
    form the text writes whole and the sender's own domain spells (linguasupport.com)."""
    label = _own_domain_label(email)
    compact = _run_together(name)
    if not label or label == compact or not label.startswith(compact):
        return None
    return next(
        (
            form
            for form in forms
            if form.startswith(f"{name} ") and _run_together(form) == label and form in text
        ),
        None,
    )


# Words a hiring department adds after its organisation's name that a staffing or care business is
# named with: "Ridgeline Talent", "Kindred People", "Harbor Staffing".
_HIRING_WORDS_IN_NAMES = {"talent", "people", "staffing", "recruiting", "recruitment"}


def _hiring_word_in_name(name: str, email: PreparedEmail) -> str | None:
    """ "Ridgeline Talent" for "Ridgeline" read from its text when its own domain (ridgelinetalent.com)
    spells the name with the word, as the text writes it: the word is the name's, not a department's."""
    label = _own_domain_label(email)
    if not label or not label.startswith(_run_together(name)) or label == _run_together(name):
        return None
    spelled = spelled_out(label, (email.subject, email.body))
    if not spelled or not spelled.lower().startswith(name.lower() + " "):
        return None
    tail = spelled[len(name) + 1 :].lower().split()
    return spelled if tail and all(word in _HIRING_WORDS_IN_NAMES for word in tail) else None


# A legal form closing a name: "Baumann Holzbau AG", "Metallbau Schröder GmbH & Co. KG", "Acme, Inc.".
_LEGAL_FORM_AT_END = re.compile(
    r"(?:,?\s+(?:GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|SE|KG|OG|KGaA|mbH|e\.\s?K\.|e\.\s?U\.|Inc|LLC|L\.L\.C|Ltd|"
    r"Limited|Corp|Co|plc|PLC|LLP|S\.A\.S|SAS|S\.A|SA|SARL|S\.L|SL|SLU|S\.p\.A|SpA|S\.r\.l|Srl|B\.V|BV|N\.V|NV|"
    r"Pty|Ltda|Lda|AB|Oy|A/S)\.?)+$"
)


def _legal_form_as_written(name: str, forms: list[str], text: str) -> str:
    """The name with the legal form the mail writes it with, where a reading took the form off and the
    mail never writes the name without it: "Baumann Holzbau AG", read "Baumann Holzbau" from its
    signature (docs/accuracy.md, "one spelling, as the mail writes it"). A legal form after a comma
    ("Maison Dufrenne, LLC") is an addition the name goes without."""
    if _LEGAL_FORM_AT_END.search(name) or _written_without_legal_form(name, text):
        return name
    for form in forms:
        tail = _LEGAL_FORM_AT_END.search(form)
        if tail and form[: tail.start()] == name and form[tail.start()] != "," and form in text:
            return form
    return name


def _written_without_legal_form(base: str, text: str) -> bool:
    """True when `text` writes `base` as a name of its own, not followed by a legal form."""
    for at in word_places(base, text):
        after = text[at + len(base) : at + len(base) + 24].split("\n", 1)[0]
        if not _LEGAL_FORM_AFTER.match(after):
            return True
    return False


_LEGAL_FORM_AFTER = re.compile(rf"(?:{_LEGAL_FORM_AT_END.pattern[:-1]})(?!\w)")


def _signed_by_the_organisation(candidate: _Candidate) -> bool:
    """A signature's line or the sender's display name (not a domain label, not a spelling of one)."""
    if candidate.place is None:
        return candidate.weight > _SPELLED_OUT_WEIGHT
    return candidate.place == _SENDER and not candidate.name.islower()


def _capitalised(word: str) -> str:
    """A domain label's word capitalised; a legal form keeps its own capitals ("brotzeit-gmbh")."""
    return LEGAL_CASE.get(word) or word.capitalize()


def _best_spelling(cluster: list[_Candidate]) -> str:
    from_text = [c for c in cluster if c.from_text]
    best = max(from_text or cluster, key=lambda c: c.weight)
    name = best.name
    if best.weight <= _SPELLED_OUT_WEIGHT:
        # The text only spells the domain ("orbital"): a display name saying more ("Orbital Foods
        # Recruiting" -> "Orbital Foods") is the fuller spelling.
        display_names = [c.name for c in cluster if not c.from_text and not c.name.islower()]
        name = max([name, *display_names], key=len)
    # "Risorse Umane Nuvolari <hr@nuvolari-cloud.it>": the domain's words go on where the name stops.
    longer = [c.name for c in cluster if not c.from_text and "-" in c.name and c.name.islower()]
    for label in longer:
        words = label.replace("-", " ")
        if words.startswith(name.lower() + " "):
            # "Hofmann Gastronomie <jobs@hofmann-gastro.de>": a display name the label shortens is the
            # name in full.
            compact = _run_together(label)
            fuller = [
                c.name
                for c in cluster
                if not c.from_text and not c.name.islower() and _run_together(c.name).startswith(compact)
            ]
            from_label = " ".join(_capitalised(part) for part in label.split("-"))
            name = max(fuller, key=len) if fuller else from_label
    spelled = [c for c in cluster if not c.name.islower()]
    if name.islower() and spelled:
        name = max(spelled, key=lambda c: c.weight).name  # "cardinalhealth" -> "Cardinal Health"
    if not from_text and name.islower():
        # A domain label: "ibm" -> "IBM", "acme-staffing" -> "Acme Staffing".
        name = name.upper() if len(name) <= 3 else " ".join(_capitalised(part) for part in name.split("-"))
    return name
