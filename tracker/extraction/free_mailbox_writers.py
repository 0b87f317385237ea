"""A person writing from a free mail provider's mailbox named for the organisation she signs for: "Dr Ilse
Marquebreucq <cabinet.veterinaire.orvanne@orange.fr>" signing her name, then "Cabinet vétérinaire de
l'Orvanne". A small practice or shop keeps its mail at the provider; the display name is the writer's own,
the organisation her signature writes and her mailbox spells is the employer."""

from __future__ import annotations

from tracker.extraction.free_mail import FREE_MAIL, FREE_MAIL_LABELS
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.registrable_domains import registrable_domain
from tracker.extraction.text import PreparedEmail
from tracker.extraction.valedictions import signature_start
from tracker.extraction.written_expansions import label_letters, spells_label

# The signature's lines below the writer's name, and how long an organisation's line is.
_BLOCK_LINES = 6
_MAX_WORDS = 8
_FEWEST_WORDS = 2
_APOSTROPHES = ("'", "’")


def writes_for_her_mailboxs_organisation(email: PreparedEmail) -> bool:
    """True when a person's display name writes from a free mail mailbox that spells an organisation her
    signature names below her name: the display name is no employer."""
    sender = email.sender
    domain = registrable_domain(sender.domain) if sender.domain else ""
    if not (sender.domain in FREE_MAIL or domain in FREE_MAIL or domain.split(".")[0] in FREE_MAIL_LABELS):
        return False
    if not looks_like_person_name(sender.name.strip()):
        return False
    start = signature_start(email)
    if start is None:
        return False
    mailbox = label_letters(sender.local)
    for line in email.lines[start + 1 : start + 1 + _BLOCK_LINES]:
        # "de l'Orvanne": the mailbox spells the word without its elided article.
        words = [word[2:] if word[1:2] in _APOSTROPHES and len(word) > 2 else word for word in line.split()]
        if _FEWEST_WORDS <= len(words) <= _MAX_WORDS and spells_label(
            words, mailbox, any_left_out=True, fewest_words=_FEWEST_WORDS
        ):
            return True
    return False
