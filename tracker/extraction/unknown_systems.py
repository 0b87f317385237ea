"""A sender that is a system no list knows: a tenant's mailbox, a board in its own voice, a bare relay.

Its domain's label is read as a system's (platforms.system_label, third_parties.vendor_label), so its own
names are never the employer: "GE Aerospace Hirevane Notifications <geaerospace@hirevane.net>", a board
speaking of "the employer" while naming another organisation, "Recrutiva <no-reply@mail.recrutiva.com>"
heading its mail with the employer's name. company.find_employer asks this before it weighs the sender.
"""

from __future__ import annotations

from tracker.extraction import board_voice, platforms
from tracker.extraction.employer_anchors import PERSON_ACTING_WEIGHT
from tracker.extraction.employer_candidates import Candidate
from tracker.extraction.employer_layout import header_name
from tracker.extraction.employer_matching import run_together, same_employer
from tracker.extraction.employer_sender import display_employer, with_organisation_noun
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.places import is_place
from tracker.extraction.text import PreparedEmail
from tracker.extraction.third_parties import vendor_label

# How strongly a place must name an organisation for a board's voice to say the sender relays it.
_BOARD_VOICE_NAMED_WEIGHT = 2.5
# Mailboxes named as a greeting, in the seven languages: "hola@", "hello@", "ciao@".
_GREETING_MAILBOXES = frozenset(
    {"hola", "hello", "hallo", "hi", "ciao", "ola", "oi", "bonjour", "salut", "hoi"}
)


def unknown_system(email: PreparedEmail, candidates: list[Candidate]) -> str | None:
    """The label of the sender's domain when it is a system no list knows (platforms.system_label),
    told by the organisations the text names (a person's name is no tenant's)."""
    if platforms.platform_of(email.sender):
        return None
    # "PulseFit Swindon <swindon@pulsefit.co.uk>", written "at PulseFit Swindon": a branch's mailbox on the
    # brand's own domain, the text naming brand and branch as one, is no tenant of a system.
    branch = email.sender.mailbox
    label = platforms.domain_employer(email.sender)
    if (
        label
        and branch.isalpha()
        and branch in email.sender.name.lower()
        and any(run_together(c.name) == label + branch for c in candidates)
    ):
        return None
    # "Blue Arrow <leeds@bluearrow.co.uk>": the brand's branch mailbox, named by its town (not a greeting
    # that spells a town too: Spanish "hola@", a town in Kenya).
    if (
        label
        and branch not in _GREETING_MAILBOXES
        and is_place(branch)
        and run_together(email.sender.name).startswith(label)
    ):
        return None
    # A board no list knows, in its own voice, naming another organisation where an employer stands.
    if (
        label
        and board_voice.speaks_of_the_employer(email.body_lower)
        and any(
            c.text_says and c.weight >= _BOARD_VOICE_NAMED_WEIGHT and not same_employer(c.name, label)
            for c in candidates
        )
    ):
        return label

    def names(label: str) -> list[str]:
        # A person acting ("Jane Doe has invited you") is no tenant: "jane@acme.com" is Jane's mailbox.
        found = [c.name for c in candidates if c.weight > PERSON_ACTING_WEIGHT]
        tenant = platforms.tenant_on_system(email.sender)
        # "GE Aerospace Hirevane Notifications <geaerospace@hirevane.net>" names "GE Aerospace"; not a
        # department ("Acme University Recruiting <university@acme.com>") nor a mailbox named as its
        # address ("Opportunities <opportunities@...>").
        words = email.sender.name.split()
        others = [word for word in words if word.lower() != label]
        display = display_employer(" ".join(others))
        named_as_address = display is not None and run_together(display, any_script=True) == tenant
        if (
            display
            and not looks_like_person_name(display)
            and (len(others) < len(words) or not named_as_address)
        ):
            found.append(display)
        if tenant and (spelled := with_organisation_noun(tenant)):
            found.append(spelled)  # "golubcapital@hirevane.net": a mailbox spelling an organisation
        return found

    # An assessment platform or a screening firm acting for the employer it names (third_parties.py).
    return platforms.system_label(email.sender, email.subject_lower, email.body_lower, names) or vendor_label(
        email, [c.name for c in candidates if c.text_says]
    )


def bare_relay(email: PreparedEmail) -> tuple[str, str] | None:
    """(the sender's domain label, the employer) when a system no list knows sends as nobody but itself
    ("Recrutiva <no-reply@mail.recrutiva.com>": a no-reply mailbox, a display name that is only the
    label) and heads the mail with another organisation's name on a line of its own, writing its own
    name nowhere else: it relays that employer's mail as a known ATS does."""
    label = platforms.domain_employer(email.sender)
    if not label or not platforms.is_generic_mailbox(email.sender.local):
        return None
    if email.sender.name and run_together(email.sender.name) != label:
        return None
    if label in email.subject_lower or label in email.body_lower:
        return None
    header = header_name(email)
    if header is None or same_employer(header, label) or platforms.is_platform_name(header):
        return None
    return label, header
