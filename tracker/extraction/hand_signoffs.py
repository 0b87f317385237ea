"""The organisation a person signs for by hand, where the reading found none or only the writer themself.

A manager or an owner writing from their own mailbox signs with their first name and the place they run:
"Cheers, Mick (Harbour Street Bakery)", "Priya Raman | HR | Lumen Health Diagnostics, Chennai", "O'Neill's
Bar, Kilkenny" under "Pat", "Head Chef | The Old Forge Inn", "Mick from Harbour Street Bakery". The
organisation is the one part of such a line that is neither the writer's name, nor a role or a team, nor a
place. A name the reading spelled off the writer's domain ("Copperbeech Nursery") is the sign-off's where
the two are the same letters ("Copper Beech Nursery").
"""

from __future__ import annotations

import re

from tracker.extraction.employer_sender import partners_firm, with_organisation_noun
from tracker.extraction.free_mail import FREE_MAIL_LABELS, PLACEHOLDER_LABELS
from tracker.extraction.person_names import looks_like_person_name, names_an_organisation
from tracker.extraction.places import only_places
from tracker.extraction.platforms import domain_employer, is_generic_mailbox, is_platform_name, platform_of
from tracker.extraction.signature_lines import is_department_word, is_practice_area
from tracker.extraction.signers_posts import is_signers_post, signs_as_organisation
from tracker.extraction.squashed_names import run_together
from tracker.extraction.team_words import is_team
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title import looks_like_title, names_a_person_role
from tracker.names import company_key

_LAST_LINES = 4
_MAX_LINE = 90
# "Mick (Harbour Street Bakery)" closing the mail, on its own line or after "Cheers,".
_IN_BRACKETS = re.compile(
    r"(?:^|[\s,-])(?P<writer>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?) \((?P<org>[^()\n]{3,60})\)\s*$"
)
# "Mick from Harbour Street Bakery", "Priya @ Lumen Health".
_FROM = re.compile(
    r"^(?:[-–]\s*)?(?P<writer>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?) (?:from|at|@) (?P<org>[A-Z].{2,60})$"
)
# "All the best, Olu — Marigold Kitchen" closing a mail written on one line: the writer, a dash, the place.
_DASHED_AFTER_WRITER = re.compile(
    r"(?:^|[.!?,]\s+)(?P<writer>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?) [—–-] (?P<org>[A-Z][^\n.!?,|]{2,60})$"
)
# The organisation's web address on a line of its own: "www.fernbank.io", "https://tern-studio.co.uk/".
_WEB_ADDRESS = re.compile(
    r"(?:https?://)?(?:www\.)?(?P<label>[a-z0-9][a-z0-9-]{1,30})\.(?:[a-z]{2,3}\.)?[a-z]{2,6}/?", re.I
)


def _site_name(label: str) -> str | None:
    """The name a web address spells: "tern-studio" -> "Tern Studio", "fernbank" -> "Fernbank"; none for a
    free mail provider's or a placeholder's."""
    if label.lower() in FREE_MAIL_LABELS or label.lower() in PLACEHOLDER_LABELS:
        return None
    return " ".join(word.capitalize() for word in label.split("-"))


# "Team Brightwren", "The Team Brightwren".
_TEAM_FIRST = re.compile(r"(?:[-–—] ?)?(?:The )?Team (?P<org>[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3})")
_BAR_OR_DASH = re.compile(r"\s[|–—-]\s")
_PARTS = re.compile(r"\s*(?:\||·|•|,|\s[-–—])\s+")
# A name of one capitalised word or more, "&" and "'s" inside ("O'Neill's Bar", "Kulkarni & Joshi ...").
_NAME_SHAPE = re.compile(r"^(?:The )?[A-Z][\w'.&-]*(?: (?:&|and|of|the|[A-Z0-9][\w'.&-]*)){0,5}$")


def squash(name: str) -> str:
    """`name` run together as a sign-off and a domain are compared, its "&" spelled out: "Crumb & Crust" ->
    "crumbandcrust"."""
    return run_together(name.replace("&", "and"), any_script=True)


def hand_signed_employer(found: str | None, email: PreparedEmail) -> str | None:
    """The organisation a person's sign-off names where `found` is none, a place or the writer's own name;
    else `found`."""
    writer = email.sender.name
    # "Greg Fox <greg@gregfox.com>": the writer's own domain, which spells their name and no employer's (a
    # firm's own display name writes from a shared mailbox: "Ferri Tessuti <lavoro@ferritessuti.it>").
    own_domain = (
        " " in writer.strip()
        and email.sender.local.lower().startswith(writer.split()[0].lower())
        and domain_employer(email.sender) == squash(writer)
    )
    if found is not None and company_key(found) == company_key(writer) and (shared := _shared_mailbox(email)):
        return shared  # "Greg Fox <hello@tallowandwick.com>" signing "Greg": the firm's mailbox, not Greg
    if not _from_a_person(writer) or (_not_a_persons_mailbox(email) and not own_domain):
        return found
    # The writer's whole display name ("Pat O'Neill"); a part of it may be the organisation's ("Harper Quinn"
    # of "Harper Quinn Portal").
    the_writer = (
        found is not None
        and company_key(found) == company_key(writer)
        and (own_domain or not _is_domain(found, email))
    )
    unread = found is None or only_places(found) or the_writer
    # A name the mail never writes was read off the domain: the sign-off's spelling of the same letters wins.
    respelled = "" if found is None or found.lower() in email.body_lower else squash(found)
    if not (unread or respelled):
        return found
    for line in reversed(email.lines[-_LAST_LINES:]):
        organisation = _signed_organisation(line, writer)
        if organisation and (unread or squash(organisation) == respelled):
            return organisation
        if respelled and (spelled := _words_spelling(line, respelled)):
            return spelled  # "Colfax & Sons Roofing, Gutters & Siding" for colfaxandsonsroofing
    if respelled and (firm := partners_firm(respelled, writer)):
        return firm  # "pritchardandlake" from Owen Pritchard, which nothing in the mail spells otherwise
    return None if the_writer and own_domain else found  # the writer's own name, off their own domain


def _words_spelling(line: str, letters: str) -> str | None:
    """The words opening a sign-off's line that spell a domain's run-together `letters`, name-shaped ("Colfax
    & Sons Roofing" of "Colfax & Sons Roofing, Gutters & Siding" for colfaxandsonsroofing), else None."""
    if len(line) > _MAX_LINE or not squash(line).startswith(letters):
        return None
    words = line.split()
    for count in range(1, len(words) + 1):
        name = " ".join(words[:count]).rstrip(" ,|-–—")
        spelled = squash(name)
        if spelled == letters:
            return name if _NAME_SHAPE.match(name) and " " in name else None
        if not letters.startswith(spelled):
            return None
    return None


_FIRST_NAME = re.compile(r"[A-Z][a-z'-]+")
# "O'Neill", "D'Souza": a family name's apostrophe and capital.
_APOSTROPHE_NAME = re.compile(r"\b([OD])'([A-Z])")


def _from_a_person(display: str) -> bool:
    """A display name of a person: "Mick Tolley", "Pat O'Neill", or a first name alone ("Priya")."""
    return looks_like_person_name(
        _APOSTROPHE_NAME.sub(lambda m: m.group(1) + m.group(2).lower(), display)
    ) or bool(_FIRST_NAME.fullmatch(display))


def _shared_mailbox(email: PreparedEmail) -> str | None:
    """The organisation whose shared mailbox ("hello@", "jobs@") a person writes from under their own name
    and signs with their first name, its domain spelling another name than theirs; else None."""
    sender = email.sender
    label = domain_employer(sender)
    words = sender.name.split()
    if not label or len(words) < 2 or not is_generic_mailbox(sender.local) or not email.lines:
        return None
    if not looks_like_person_name(sender.name) or words[0].lower() in label or label in squash(sender.name):
        return None
    signed = email.lines[-1].strip(" ,.-–—")
    return with_organisation_noun(label) or label.capitalize() if signed == words[0] else None


def _is_domain(name: str, email: PreparedEmail) -> bool:
    """ "Clairval" from "Recrutement Clairval <recrutement@clairval.fr>", "Stad Antwerpen" from antwerpen.be:
    a name that spells the domain's."""
    label = domain_employer(email.sender)
    return label is not None and label in squash(name)


def _not_a_persons_mailbox(email: PreparedEmail) -> bool:
    """A system's ("Flip <no-reply@hire.lever.co>"), a shared mailbox ("jobs@"), a team's ("Recrutement
    Clairval") or the organisation's own display name ("Tesla <careers@tesla.com>"): no person by hand."""
    sender = email.sender
    if not sender.address or platform_of(sender) or is_generic_mailbox(sender.local):
        return True
    if any(is_team(word) for word in sender.name.split()):
        return True
    label = domain_employer(sender)
    return bool(label and sender.name.split()[0].lower() in label)


# "Team Selectie", "Das Recruiting Team": the word English, Dutch and German write alike.
_TEAM_WORD = re.compile(r"\b[Tt]eam\b")


def _is_team_named(name: str) -> bool:
    """ "Shipt Recruiting Team", "Citi Global Talent Acquisition", "Team Selectie": a team's words opening or
    closing the name, a department's one word ("Logistikleitung") or a recruiter's practice area ("Data &
    Analytics")."""
    words = name.split()
    ends = (
        " ".join(part)
        for count in range(1, min(len(words), 3) + 1)
        for part in (words[:count], words[-count:])
    )
    return (
        any(map(is_team, ends))
        or _TEAM_WORD.search(name) is not None
        or is_department_word(name)
        or is_practice_area(name)
    )


def _is_writer(name: str, writer: str) -> bool:
    key, writer_key = company_key(name), company_key(writer)
    return bool(key) and set(key.split()) <= set(writer_key.split())


def _signed_organisation(line: str, writer: str) -> str | None:
    for pattern in (_IN_BRACKETS, _FROM):
        found = pattern.search(line)
        if found and _may_be_writer(found.group("writer"), writer):
            organisation = found.group("org").strip()
            # Bracketed after the writer's name, a name of words a person's could be is their place's too.
            set_off = len(organisation.split()) >= _ROLE_NAMED_WORDS
            return organisation if _names_an_organisation(organisation, writer, set_off) else None
    closing = _DASHED_AFTER_WRITER.search(line)
    if closing and _may_be_writer(closing.group("writer"), writer):
        organisation = closing.group("org").strip()
        return organisation if signs_as_organisation(organisation, writer) else None
    if len(line) > _MAX_LINE:
        return None
    if (site := _WEB_ADDRESS.fullmatch(line)) and not is_platform_name(site["label"]):
        return _site_name(site["label"])  # "https://www.fernbank.io" under the writer's name
    if (team_of := _TEAM_FIRST.fullmatch(line)) and not _is_team_named(team_of["org"]):
        organisation = team_of["org"]  # "Team Pinecrest": the team signing for its organisation
        return organisation if signs_as_organisation(organisation, writer) else None
    parts = [part for part in _PARTS.split(line.strip(" -–—|")) if part]
    writers = [part for part in parts if _may_be_writer(part, writer)]
    # A post, or the writer's department named by its field ("Operations, Pinecrest").
    posts = [part for part in parts if is_signers_post(part) or (" " not in part and looks_like_title(part))]
    others = [
        part for part in parts if not (part in writers or part in posts or is_team(part) or only_places(part))
    ]
    if len(others) == 2 and others[1] == parts[-1] and _SMALL_TOWN.fullmatch(others[1]) and ", " in line:
        others = others[:1]  # "The Copper Pot, Tallowmere": a town the gazetteer is too small to hold
    if len(parts) == 1 and len(others) == 1 and not names_an_organisation(others[0]):
        return None  # a line alone is an organisation's only by its words ("Harbour Street Bakery")
    # After a role or a team ("Manager, Copper Beech Nursery") a name of words a person's could be is an
    # organisation's too.
    if len(others) != 1:
        return None
    if posts and signs_as_organisation(others[0], writer):
        return others[0]  # "Tom, Head of Engineering, Brasswing", "Founder | Brasswing": after a post
    if writers and _BAR_OR_DASH.search(line) and signs_as_organisation(others[0], writer):
        return others[0]  # "Greg | Pinecrest": the writer, set off from the organisation
    after_a_role = len(others) < len(parts) and len(others[0].split()) >= _ROLE_NAMED_WORDS
    return others[0] if _names_an_organisation(others[0], writer, after_a_role) else None


# A town closing an organisation's line, after its comma: one capitalised word, maybe its state's code
# ("Kirrawee", "Tallowmere NSW"); a town of two words is a person's name in shape and is not read.
_SMALL_TOWN = re.compile(r"[A-Z][a-z]{3,}(?: [A-Z]{2,3})?")


def _may_be_writer(name: str, writer: str) -> bool:
    """The writer's own name or a part of it ("Mick" of "Mick Tolley"), or their full name beside a display
    name of its first ("Priya Raman" from "Priya"); any person's name from a bare mailbox."""
    if not writer:
        return looks_like_person_name(name)
    same_first_name = name.split()[0] == writer.split()[0]
    return _is_writer(name, writer) or (same_first_name and looks_like_person_name(name))


# Words of a name after a role or the writer's name that may be a person's too: "Copper Beech Nursery" (two
# may be a person's).
_ROLE_NAMED_WORDS = 3
# A closing's words are no name: "Kind Regards", "Many Thanks". Not derived from word_lists.toml's
# `valedictions` (employer_signoffs.py's closings): their words would add "the", "all" and "you" ("All the
# best", "Thank you"), which open or join organisations' names ("The Tanner's Arms"), and lack "wishes" and
# "love"; derived, names read here would change.
_CLOSING_WORDS = frozenset({"regards", "wishes", "thanks", "cheers", "best", "kind", "many", "warm", "love"})


def _names_an_organisation(name: str, writer: str, after_a_role: bool = False) -> bool:
    words = name.lower().split()
    return (
        bool(_NAME_SHAPE.match(name))
        and not any(char.isdigit() for char in name)
        and not _is_team_named(name)
        and (len(words) >= 2 or names_an_organisation(name))
        and not _CLOSING_WORDS.intersection(words)
        and not _is_writer(name, writer)
        and not names_a_person_role(name)
        and not only_places(name)
        # Nobody writes "The" before their own name: "The Copper Pot" is a place's.
        and (
            after_a_role
            or names_an_organisation(name)
            or name.startswith("The ")
            or not looks_like_person_name(name)
        )
    )
