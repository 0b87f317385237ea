"""Who sends job mail on an employer's behalf: applicant-tracking systems and job boards.

Their names are senders, never the hiring employer; what they do tell us is where the employer's
name sits in their mail (a display name "Acme Careers", a tenant "acme@myworkday.com"). The lists are
ats_domains.py and board_domains.py; a domain's registrable part is registrable_domains.py's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from tracker.extraction import public_services
from tracker.extraction.ats_domains import ATS_DOMAINS
from tracker.extraction.board_domains import JOB_BOARD_DOMAINS
from tracker.extraction.free_mail import FREE_MAIL, FREE_MAIL_LABELS, PLACEHOLDER_LABELS
from tracker.extraction.phrases.roles import PERSON_ROLES
from tracker.extraction.registrable_domains import registrable_domain
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import Sender

# Names that are platforms whatever domain they come from.
PLATFORM_NAMES = {name.lower() for name in (*ATS_DOMAINS.values(), *JOB_BOARD_DOMAINS.values())} | {
    "oracle cloud hcm", "oracle hcm", "taleo", "sap successfactors", "ultipro", "icims talent",
    "workday recruiting", "linkedin jobs", "indeed apply", "greenhouse software", "lever hire",
    "smartrecruiters", "jobvite", "ajo",
    # Sólides' mail writes its name without the accent too ("Solides Vagas").
    "solides",
    # Public employment services pass an employer's posts and answers on, signing with their long names.
    "bundesagentur für arbeit", "agentur für arbeit", "pôle emploi",
    # Calendars and meeting tools send invitations for everyone.
    "google calendar", "microsoft teams", "google meet", "microsoft outlook", "outlook calendar",
    "zoom meeting", "webex",
    # Italian universities' application platform (Cineca's), which their mail names beside the university.
    "pica",
}  # fmt: skip
PLATFORM_NAMES |= public_services.PUBLIC_PLATFORM_NAMES


def _boards_by_label() -> dict[str, str]:
    """Each listed board's own label ("computrabajo") and name, where one board alone holds the label and it
    is no common word of several ("jobs", "talent"; a label of four letters or fewer is too short to tell)."""
    names: dict[str, set[str]] = {}
    for domain, name in JOB_BOARD_DOMAINS.items():
        if registrable_domain(domain) == domain:
            names.setdefault(domain.split(".")[0], set()).add(name)
    return {label: next(iter(held)) for label, held in names.items() if len(held) == 1 and len(label) > 4}


_LOCAL_GENERIC = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|notifications?|notify|alerts?|jobs?|careers?|hr|"
    r"recruit(?:ing|ment|er)?|talent|mail(?:er)?|info|support|team|hello|admin|system|account|apply|"
    r"applications?|candidates?|hiring|workday|autoreply|auto[-_.]?reply|bounce|news(?:letter)?|messages?|"
    r"updates?|service|contact|people|staffing|invitations?|reply|noreply[-_.]?\w*|talentacquisition|"
    # no-reply mailboxes in the other languages read
    r"n[aã]o[-_.]?respond[ae]|no[-_.]?respond(?:er|a)|ne[-_.]?pas[-_.]?repondre|nicht[-_.]?antworten|"
    r"niet[-_.]?beantwoorden|non[-_.]?rispondere)$",
    re.I,
)


def _board_on_a_country_site(domain: str) -> str | None:
    """The listed board a domain is one more country site of: "computrabajo.com.pe", "infojobs.com.mx",
    "naukri.co.in" are the boards the lists know under another country's suffix."""
    registrable = registrable_domain(domain)
    label, _, suffix = registrable.partition(".")
    if len(suffix.rsplit(".", 1)[-1]) != 2 and suffix not in ("com", "net"):
        return None
    return _BOARDS_BY_LABEL.get(label)


_BOARDS_BY_LABEL = _boards_by_label()


def platform_of(sender: Sender) -> str | None:
    """The ATS or job board that sent this mail, or None when the sender is not one."""
    return _platform_of_domain(sender.domain)


# A mail's one sender is asked after many times, and the same candidate names are checked as platforms' at
# each step: the answers are kept.
@functools.lru_cache(maxsize=4096)
def _platform_of_domain(domain: str) -> str | None:
    # Any suffix of the domain may be the platform's: "us.greenhouse-mail.io", "talent.icims.com".
    labels = domain.lower().split(".")
    for start in range(len(labels) - 1):
        suffix = ".".join(labels[start:])
        name = ATS_DOMAINS.get(suffix) or JOB_BOARD_DOMAINS.get(suffix)
        if name:
            return name
    return _board_on_a_country_site(domain)


def is_job_board(sender: Sender) -> bool:
    """True for job boards (LinkedIn, Indeed...), whose mail is often alerts rather than applications."""
    return _is_board_domain(sender.domain) if sender.domain else False


@functools.lru_cache(maxsize=4096)
def _is_board_domain(sender_domain: str) -> bool:
    domain = registrable_domain(sender_domain)
    return domain in JOB_BOARD_DOMAINS or _board_on_a_country_site(domain) is not None


_NOT_WORD_OR_SPACE = re.compile(r"[^\w ]+")
_SPACES = re.compile(r"\s+")
_DOMAIN_ENDING = re.compile(r"\s+(?:com|net|io|co|org|ch|de|fr|at)$")


@functools.lru_cache(maxsize=4096)
def is_platform_name(name: str) -> bool:
    """True when `name` names a platform rather than an employer."""
    if name.lower().strip() in PLATFORM_NAMES:
        return True  # "jobs.ch", "karriere.at": a board named by its domain
    folded = _NOT_WORD_OR_SPACE.sub(" ", name.lower()).strip()
    # "Monster.com", "Monster.de"
    folded = _DOMAIN_ENDING.sub("", _SPACES.sub(" ", folded))
    return folded in PLATFORM_NAMES or folded.replace(" ", "") in PLATFORM_NAMES


def domain_employer(sender: Sender) -> str | None:
    """The employer a sender's own domain names ('noreply@tesla.com' -> 'tesla'), if it names one."""
    return _domain_employer(sender.domain)


@functools.lru_cache(maxsize=4096)
def _domain_employer(sender_domain: str) -> str | None:
    if not sender_domain or _platform_of_domain(sender_domain) or sender_domain in FREE_MAIL:
        return None
    domain = registrable_domain(sender_domain)
    label = domain.split(".")[0]
    if domain in FREE_MAIL or label in FREE_MAIL_LABELS:
        return None
    if _GENERIC_HIRING_LABEL.match(label):
        return None  # "talentmail.io", "hiringhub.com": a mailer of some system, nobody's name
    label = _HIRING_AFFIX.sub("", label)
    if label in PLACEHOLDER_LABELS or len(label) < 2:
        return None
    return label


# A domain made only of hiring words and a system's word: an unknown ATS or mailer.
_GENERIC_HIRING_LABEL = re.compile(
    r"^(?:talent|careers?|jobs?|hire|hiring|recruit(?:ing|ment)?|apply|applicants?|candidates?|ats|hr|"
    r"people|staff)-?(?:mail|mailer|hub|box|link|flow|desk|base|track|tracker|hq|app|ly|ify|io|pro|cloud|"
    r"portal|system|systems|soft|tech|notify|notifications|send)?s?$"
)


# Words an employer glues to its name for a hiring domain: joinacme.com, acmehq.com, acme-careers.com,
# acmejobs.com. ("get" is left alone: Getaround and Getty are names.)
_HIRING_AFFIX = re.compile(
    r"^join-?(?=[a-z0-9]{4,})|(?<=[a-z0-9]{4})-?(?:hq|jobs|careers?|recruiting|recruitment|hiring|talent)$"
)


_NO_REPLY = re.compile(r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply)[-_.]?", re.I)


def ats_tenant(sender: Sender) -> str | None:
    """The employer tenant an ATS address carries ("acme@myworkday.com", "acme+x@talent.icims.com")."""
    if not platform_of(sender) or is_job_board(sender):
        return None
    return _tenant(sender.local)


# How mail names the system it came by, before or after the system's name: "Powered by X", "this
# business uses X to manage", "the X system", "the X platform"; a display name "X Apply", "A via X".
_SYSTEM_BEFORE = re.compile(r"(?:powered by|uses|using) (?:the |your |our )?$")
_SYSTEM_AFTER = re.compile(r" (?:system|platform)\b")
_DISPLAY_AFTER = re.compile(r" (?:apply|application)\b")
# Words an employer's own portal is named by too ("log in to your Acme account", "Acme Application:
# ..."): they tell a system only when the sender does not write itself as the domain's name.
_PORTAL_BEFORE = re.compile(r"(?:log ?in ?to|log ?in on|sign ?in to) (?:the |your |our )?$")
# Not a post named with the word: "Silverline Account Executive", "Acme App Developer", "Accounts Payable
# Clerk" (a person's role noun, roles.PERSON_ROLES, or a post the word heads).
_PORTAL_AFTER = re.compile(
    r" (?:(?:account|app|profile)\b(?! (?:executives?|leads?|payable|receivable|reps)\b"
    rf"| {PERSON_ROLES})|application:)"
)
# "on X", "with X", "via X", "through X" are as often the employer's ("follow us on X", "a career with X",
# "you applied via Brightpath Recruitment").
_SYSTEM_WINDOW = 30
# "Application submitted to Bluefin Kitchen", "your CV was sent to Acme": the mail hands the application to
# another organisation, so its sender relays it (whatever it signs: "The Harri Team").
_SENT_TO_ANOTHER = re.compile(
    r"\b(?:application|resume|cv|profile)s? (?:(?:was|has been|have been) )?(?:successfully )?(?:submitted|"
    r"sent|delivered|forwarded) to (?!(?:the|our|your|a|an|this|that|their|its|his|her|you|us|them|"
    r"hiring|recruit\w*|employer|company|team|manager)\b)(\w+)"
)


def system_label(
    sender: Sender, subject_lower: str, body_lower: str, names: Callable[[str], list[str]]
) -> str | None:
    """The label of a sender's domain ("hirevane" for hirevane.net) when the sender is a system no
    list knows, relaying an employer's mail: the display name or the text names the label as a system
    ("Acme via Hirevane", "Hirevane Apply", "Powered by Hirevane", "the Hirevane system"; "log in to your
    Hirevane account", "Hirevane Application: ..." where the sender's name is not Hirevane's), or the
    address's mailbox spells the start of another of `names(label)` ("freddiemac@mail.hirevane.net" beside
    "Freddie Mac": an ATS tenant). None for a listed platform, free mail, an employer's own domain."""
    label = domain_employer(sender)
    if not label or len(label) < 3:
        return None
    display = sender.name.lower()
    for at in _word_places(display, label):
        relayed = display[max(0, at - 4) : at].endswith(("via ", " @ "))
        if relayed or _DISPLAY_AFTER.match(display, at + len(label)):
            return label  # "No Reply via Hirevane (Acme)", "Acme @ Hirevane", "Hirevane Apply"
    own_name = label in run_together(display)
    for text in (subject_lower, body_lower):
        if " to " in text and (sent := _SENT_TO_ANOTHER.search(text)) and not label.startswith(sent.group(1)):
            return label
        for at in _word_places(text, label):
            before, after = (text, max(0, at - _SYSTEM_WINDOW), at), (text, at + len(label))
            if _SYSTEM_BEFORE.search(*before) or _SYSTEM_AFTER.match(*after):
                return label
            if not own_name and (_PORTAL_BEFORE.search(*before) or _PORTAL_AFTER.match(*after)):
                return label
    tenant = _tenant(sender.local)
    if tenant and _names_a_tenant(display, tenant, label):
        return label
    # "Sarah at Fernway <sarah@fernway.co>": a mailbox named as its writer is a person's, no tenant.
    if tenant and not (
        tenant.startswith(label[:3]) or label.startswith(tenant[:3]) or display.startswith(tenant)
    ):
        spelled = (run_together(name) for name in names(label))
        if any(name.startswith(tenant) and name != label for name in spelled):
            return label
    return None


# "noreply vrtx", "vrtx no-reply": a display name that is a no-reply word beside the mailbox's own name.
_NO_REPLY_WORD = re.compile(r"^(?:no[-_. ]?reply|do[-_. ]?not[-_. ]?reply|donotreply)$")


def _names_a_tenant(display: str, tenant: str, label: str) -> bool:
    """True when the display name writes the mailbox as another domain's account on this one: a no-reply
    word beside the mailbox ("noreply vrtx <vrtx@talentloop.io>"), or an address with the same mailbox on
    a domain that holds the label ("BrennanFoods@myhirevane.com <brennanfoods@hirevane.net>"), the mailbox
    no spelling of the label's."""
    if tenant.startswith(label[:3]) or label.startswith(tenant[:3]):
        return False
    words = display.split()
    if len(words) == 2 and tenant in words and any(_NO_REPLY_WORD.match(word) for word in words):
        return True
    written, _, domain = display.partition("@")
    return bool(domain) and written == tenant and label in domain.split(".")[0] and " " not in display


def tenant_on_system(sender: Sender) -> str | None:
    """The employer tenant of an address on a system no list knows (`system_label`): its mailbox."""
    return _tenant(sender.local)


def is_generic_mailbox(local: str) -> bool:
    """True for a mailbox no one is named by: "no-reply", "notifications", "jobs", "noreply-system"."""
    return bool(_LOCAL_GENERIC.match(local))


def _tenant(local: str) -> str | None:
    local = local.split("+", 1)[0]
    local = _NO_REPLY.sub("", local)
    if len(local) < 3 or _LOCAL_GENERIC.match(local) or not local.isalpha():
        return None
    return local


def _word_places(text: str, word: str) -> list[int]:
    places, at = [], text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            places.append(at)
        at = text.find(word, at + 1)
    return places
