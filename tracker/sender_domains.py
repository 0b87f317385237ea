"""An employer's own sender domain: mail from it that names the employer another way is planned as its.

A follow-up often names its employer as nothing that is one: the hiring manager writing by hand ("Tom
Reddy" <tom.reddy@quillmoor-eng.co.uk>), a department ("Personalabteilung"), a portal's name
("JobsPortal"); or as a spelling of its own ("Quillmoor Eng", "Brackenhillcare", "Hospital São Bento"
for "Hospital Beneficente São Bento"). Its sender's own domain is the evidence: recording mail that names
its employer leaves that employer under the domain's placeholder (`domain_key`), so mail from the
domain naming none, or a spelling of that one employer (`alike_at_domain`), is planned with it; mail naming
none recorded first leaves its own key there for the employer's mail to plan (`DomainSlot`). The re-plan
matches such mail as naming the one employer the planned mail from its domain names
(`domain_employers`, `respelled`): the answer depends on the set of mail, not its order, and the mail
is kept as it was read. A domain two employers' mail came from (a hospital group's two hospitals)
names several (SEVERAL_EMPLOYERS) and so names none. Never a platform's domain or a free-mail one (they
send for everyone; a person's own address there is one writer's, and counts as a domain of its own), nor
a staffing agency's (it relays many clients). Which application the mail then
joins is matching's rule: a title-less one joins the one open application at that employer, or is kept
apart, flagged, with several.

The worker keeps a second memory of whom a sender writes for, under `?org:` (tracker/organisation_slots.py),
with other rules, and the two are not one: this one serves matching's rule, which `track` and the worker
both run at every re-plan (regrouping: `domain_employers` over the planned mail, whatever its order),
keyed by the registrable domain or a person's free-mail address; the `?org:` placeholders replay, one mail
at a time, `track`'s whole-inbox naming that comes before matching (tracker/inbox_names.py: its own tests
of one employer and of a weak reading, dated filing), keyed also by ATS tenants and by writers on an ATS,
which no domain tells apart. What they share is the placeholder that holds one employer or the mail
waiting for it (tracker/waiting_slots.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import replace

from tracker.agency_relays import agency_domain
from tracker.compatible_spellings import compatible_employers
from tracker.extraction.name_words import MAILBOX_WORDS
from tracker.extraction.platforms import domain_employer, is_generic_mailbox, platform_of, registrable_domain
from tracker.extraction.text import Sender
from tracker.match_keys import UNKNOWN_EMPLOYER_PREFIX
from tracker.models import ApplicationEvent
from tracker.names import company_key
from tracker.ports import SEVERAL_EMPLOYERS, UserTransaction
from tracker.short_forms import begins_as_compound
from tracker.waiting_slots import WaitingSlots
from tracker.weak_employers import why_no_employer

DOMAIN_PREFIX = f"{UNKNOWN_EMPLOYER_PREFIX}domain:"
# Words a sender writes after the employer's name that name no other employer: its mailbox, a site code
# (any word with a digit: "DFW7").
# (A hiring mailbox's words, name_words.MAILBOX_WORDS, not the staffing trade's: "Acme Talent" may be an
# agency, another employer.)
_MAIL_WORDS = MAILBOX_WORDS | {"mail", "mailer", "mailbox", "noreply", "notifications", "team"}
_DIGIT = re.compile(r"\d")
# A domain's label written as its employer's initials has three to six letters ("bta", "hsbc").
_LONGEST_INITIALS = 6
# What such mail leaves: the key of the group it was recorded in (a placeholder, or a name that is none).
_WAITING = f"{UNKNOWN_EMPLOYER_PREFIX}waiting:"


@functools.lru_cache(maxsize=4096)
def own_domain(sender: str) -> str:
    """The registrable domain of a From address that is its employer's own ('' for a platform's, a
    staffing agency's, or an address naming nobody); for a person's own address at a free mail provider,
    the address: one person (a small employer's owner, an independent recruiter) writing for one
    employer ("jen.whitaker77@gmail.com"), never the provider's domain, which sends for everyone."""
    parsed = Sender.parse(sender)
    if not parsed.domain or agency_domain(sender):
        return ""
    if domain_employer(parsed):
        return registrable_domain(parsed.domain)
    if platform_of(parsed) or is_generic_mailbox(parsed.local) or "@" not in parsed.address:
        return ""
    return parsed.address


def domain_key(sender: str) -> str:
    """The placeholder the employer of mail from `sender`'s own domain is left under ('' for none). One
    word: a placeholder's first word is its document (names.employer_group)."""
    domain = own_domain(sender)
    return f"{DOMAIN_PREFIX}{domain}" if domain else ""


def spelled_alike(read: str, recorded: str) -> bool:
    """Whether two employer keys read from one employer's own domain are one employer's spellings: the
    one's words, less mail words and site codes, stand in the other's in order, each whole or cut short
    ("quillmoor eng", "hospital sao bento", "bellecombe distribution" of "groupe bellecombe
    distribution"), or one word joins some of the other's ("brackenhillcare" of "brackenhill aged care").
    Not two names with a word each the other lacks ("st aldric childrens hospital", "st aldric general
    hospital")."""
    if not read or not recorded:
        return False
    if compatible_employers(read, recorded):
        return True
    words_a, words_b = _named_words(read), _named_words(recorded)
    shorter, longer = sorted((words_a, words_b), key=lambda words: (len(words), len("".join(words))))
    if not shorter:
        return False
    if len(shorter) == 1 and len(longer) > 1 and _joins_some(shorter[0], longer):
        return True
    return _stands_in(shorter, longer)


def alike_at_domain(read: str, recorded: str) -> bool:
    """Whether two employer keys read from mail of one own domain are one employer's (`spelled_alike`), or
    one of one or two words holds the initials of some of the other's three or more, the first and last
    among them: a domain's label shortening its employer's name ("bta bbv" read from "bta-bbv.brussels" of
    "bureau bruxellois de la transition alimentaire"). Only where the domain ties them: a sender's two
    spellings otherwise are `spelled_alike`'s (sender_spellings.py)."""
    if spelled_alike(read, recorded):
        return True
    shorter, longer = sorted((read.split(), recorded.split()), key=len)
    return len(shorter) <= 2 < len(longer) and any(_initials_of_some(word, longer) for word in shorter)


def fullness(key: str) -> tuple[int, int]:
    """How full an employer key's spelling is, to keep the fuller of one employer's spellings: its words,
    then its letters."""
    return len(key.split()), len(key)


def _named_words(key: str) -> list[str]:
    words = key.split()
    kept = [w for w in words[1:] if w not in _MAIL_WORDS and not _DIGIT.search(w)]
    return words[:1] + kept


def _stands_in(shorter: list[str], longer: list[str]) -> bool:
    """Whether each of `shorter`'s words is one of `longer`'s, or its start, in order; a word's start may
    end in another letter where a compound joins it ("hellmar antriebe" of "hellmar antriebstechnik": a
    domain's name and the legal name; short_forms.begins_as_compound)."""
    rest = iter(longer)
    return all(
        any(word == full or (len(word) >= 3 and begins_as_compound(word, full)) for full in rest)
        for word in shorter
    )


def _initials_of_some(word: str, words: list[str]) -> bool:
    """Whether `word` is the initials of some of `words` in order, their first and last among them ("bta"
    of "bureau bruxellois de la transition alimentaire"): a domain's label shortening its employer's name
    as initials of its weighty words, read as the employer by a follow-up from a person there."""
    if not 3 <= len(word) <= _LONGEST_INITIALS or not word.isalpha() or len(word) > len(words):
        return False
    if word[0] != words[0][0] or word[-1] != words[-1][0]:
        return False
    rest = iter(w[0] for w in words[1:-1])
    return all(letter in rest for letter in word[1:-1])


def _joins_some(word: str, words: list[str]) -> bool:
    """Whether `word` is two or more of `words` joined in order, the first among them
    ("brackenhillcare" of "brackenhill aged care")."""
    if not word.startswith(words[0]) or word == words[0]:
        return False
    rest = word[len(words[0]) :]
    for index, following in enumerate(words[1:], start=1):
        if rest.startswith(following):
            rest = rest[len(following) :]
            if not rest:
                return True
        elif index == len(words) - 1:
            return False
    return False


# A name made only of hiring and mailbox words, read where a sender's own domain tells the employer: a
# portal's ("JobsPortal", "Careers Hub"), a placeholder's ("Unknown employer").
_NO_NAME = re.compile(
    r"^(?:jobs?|careers?|hiring|recruit(?:ing|ment)?|talent|hr|people|unknown)"
    r"(?:portal|hub|site|mail|team|online|employer|board|desk|centre|center)*$"
)
# A name written as a domain ("careers.quillmoor.com"): the sender's address says as much.
_DOMAIN_NAME = re.compile(r"^[\w-]+(?:\.[\w-]+)+$")


def names_none(company: str | None, sender: str) -> bool:
    """Whether mail from `sender` reading `company` names no employer (weak_employers.why_no_employer; a
    portal's or placeholder's name, a domain name)."""
    key = company_key(company)
    if not key or _NO_NAME.match(key.replace(" ", "")) or _DOMAIN_NAME.match((company or "").strip()):
        return True
    return bool(why_no_employer(company, sender))


def domain_employers(events: Iterable[ApplicationEvent]) -> dict[str, str]:
    """The one employer each own sender domain's mail among `events` names, by domain: the name of the
    most words among spellings alike (the longest, then the first in order, on a tie); a domain whose mail
    names two employers not spelled alike names none."""
    names: dict[str, set[str]] = {}
    for event in events:
        domain = own_domain(event.sender)
        if domain and not names_none(event.company, event.sender):
            names.setdefault(domain, set()).add(event.company or "")
    employers = {}
    for domain, spelled in names.items():
        keys = {company_key(name) for name in spelled}
        if all(alike_at_domain(a, b) for a in keys for b in keys):
            employers[domain] = min(
                spelled, key=lambda name: (-len(company_key(name).split()), -len(name), name)
            )
    return employers


def respelled(event: ApplicationEvent, employers: dict[str, str]) -> ApplicationEvent:
    """`event` as matched: naming the one employer its domain's planned mail names (`domain_employers`)
    where it names none, or a spelling of that one its ordinary rules do not meet."""
    named = employers.get(own_domain(event.sender)) if employers else None
    if not named or event.company == named:
        return event
    if not names_none(event.company, event.sender):
        read, key = company_key(event.company), company_key(named)
        # A compatible spelling meets its employer by the ordinary rules, shown as the earliest mail's.
        if compatible_employers(read, key) or not alike_at_domain(read, key):
            return event
    return replace(event, company=named)


class DomainSlot(WaitingSlots):
    """The placeholders of one email's own sender domain: locked and read before any other (`read`),
    then what the email is planned with (`employer`, `replanned`), then `leave` once it is recorded."""

    def __init__(self, sender: str) -> None:
        super().__init__()
        self.sender = sender
        self.key = domain_key(sender)

    def read(self, tx: UserTransaction) -> None:
        self.read_slots(tx, lambda named: named.startswith(_WAITING), lock=True)

    def planned_with(self, company: str | None) -> str:
        """The key of the employer whose group an email reading `company` is planned with besides its own:
        the domain's one employer, where the email names none or a spelling of it ('' otherwise)."""
        named = self.employer()
        if not named or named == SEVERAL_EMPLOYERS:
            return ""
        key = company_key(named)
        if names_none(company, self.sender):
            return key
        read = company_key(company)
        return key if read != key and alike_at_domain(read, key) else ""

    def replanned(self, company: str | None) -> list[str]:
        """The keys of mail naming no employer that waited for the employer `company` names."""
        return [] if names_none(company, self.sender) else [key[len(_WAITING) :] for key in self.waiting]

    def leave(self, tx: UserTransaction, company: str | None, own_key: str) -> None:
        """Leave `company` (the employer an email from the domain names itself) under the domain: the
        name of most words among spellings alike; or mark it naming several when another employer's mail
        came from it. An email naming none leaves its own key (`own_key`) for the employer's mail."""
        if not self.key:
            return
        named = self.employer()
        if names_none(company, self.sender):
            if not named:
                self.add_waiting(tx, _WAITING + own_key)
            return
        if named is None:
            tx.save_employer_alias(self.key, company or "")
        elif named != SEVERAL_EMPLOYERS:
            read, key = company_key(company), company_key(named)
            if not alike_at_domain(read, key):
                tx.save_employer_alias(self.key, SEVERAL_EMPLOYERS)
            elif fullness(read) > fullness(key):
                tx.save_employer_alias(self.key, company or "")
