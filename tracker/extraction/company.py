"""The hiring employer: candidates from the text and the sender, weighed, the platform never chosen.

Each place an employer's name habitually sits ("your application was sent to X", "the Y position at X",
"X Recruiting Team", a display name "X Careers", a domain "x.com", a tenant "x@myworkday.com")
gives a candidate with a weight for how reliable that place is. Candidates naming the same
employer pool their weight, and names found both in the text and in the sender win. A domain or
tenant runs its words together ("quillonhealth"): the text's spelling ("Quillon Health") is shown.

This module gathers the candidates, clusters and chooses; the readings are the employer_*.py modules:
employer_anchors (the words around a name), employer_layout (banners, cards, labels), employer_signoffs
(sign-offs and footers), employer_sender (display name, domain, tenant), employer_labels (a label's
spelling in the text), employer_agencies (agencies relaying a client's step), employer_scores,
employer_matching (same_employer) and employer_display (the name as shown).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tracker.extraction import board_voice, platforms
from tracker.extraction.care_units import is_care_unit
from tracker.extraction.client_conversations import add_client_conversations
from tracker.extraction.client_firms import add_client_firms, names_a_client_firm
from tracker.extraction.deciders import decider_names, names_a_decider
from tracker.extraction.domain_signed_names import with_domain_signed_name
from tracker.extraction.employer_agencies import (
    is_agency_domain,
    is_agency_sender,
    relays_a_named_step,
    submits_you_to_a_named_employer,
    with_agency_trade,
)
from tracker.extraction.employer_anchors import PERSON_ACTING_WEIGHT, add_anchored_names, add_subject_patterns
from tracker.extraction.employer_candidates import (
    SENDER,
    Candidate,
    add_candidate,
    own_domain_label,
    tidy_employer_name,
)
from tracker.extraction.employer_display import display_name, with_brand_possessive, with_signed_head
from tracker.extraction.employer_labels import spelled_out_labels
from tracker.extraction.employer_layout import HEADER_PLACE, HEADER_WEIGHT, add_layout_names, header_name
from tracker.extraction.employer_matching import run_together, same_employer
from tracker.extraction.employer_scores import (
    PLATFORM_AS_EMPLOYER_WEIGHT,
    cluster_score,
    first_place,
    names_system,
)
from tracker.extraction.employer_sender import (
    GENERIC_NAMES,
    RELAYED_PERSON_WEIGHT,
    TENANT_WEIGHT,
    display_employer,
    platforms_own_team,
    sender_employers,
    with_organisation_noun,
    writes_from_shared_mailbox,
)
from tracker.extraction.employer_signoffs import SIGN_OFF_WEIGHT, add_signature_lines
from tracker.extraction.employer_sites import running_body
from tracker.extraction.forwarded_clients import add_forwarded_clients
from tracker.extraction.free_mailbox_writers import writes_for_her_mailboxs_organisation
from tracker.extraction.german_public_bodies import add_german_public_bodies, without_portal_word
from tracker.extraction.hidden_employers import hides_the_employer
from tracker.extraction.legal_forms import LEGAL_FORM_AT_END, written_bare, written_with_legal_form
from tracker.extraction.municipal_bodies import add_municipal_bodies
from tracker.extraction.name_reading import STOP_WORDS
from tracker.extraction.not_employers import names_no_employer
from tracker.extraction.person_names import OPENING_ORGANISATION_WORDS, looks_like_person_name
from tracker.extraction.places import is_place
from tracker.extraction.programme_employers import add_programme_employers
from tracker.extraction.public_bodies import add_public_bodies
from tracker.extraction.public_portals import sender_without_portal, without_umbrellas
from tracker.extraction.regulators import without_regulators
from tracker.extraction.requisition import is_requisition_code
from tracker.extraction.signed_units import organisation_below_display, organisation_signed_below
from tracker.extraction.subject_clients import add_subject_clients
from tracker.extraction.system_display import SYSTEM_DISPLAY_WEIGHT, names_the_employer
from tracker.extraction.team_words import is_team
from tracker.extraction.text import PreparedEmail
from tracker.extraction.third_parties import vendor_label
from tracker.extraction.title import names_a_person_role
from tracker.extraction.valedictions import signer
from tracker.extraction.writer_organisations import organisation_under_writer
from tracker.names import company_key

# What other modules import from here: the reading, and the helpers of it they share.
__all__ = ["EmployerReading", "find_employer", "is_agency_domain", "same_employer", "tidy_employer_name"]

# How strongly a place must name an organisation for a board's voice to say the sender relays it.
_BOARD_VOICE_NAMED_WEIGHT = 2.5
# A posting's number in the five Romance and Dutch forms too: "Affichage 2025-47", "Convocatoria 14/2026",
# "Vacature 2026-018", "Bando n. 12/2026", "Edital nº 03/2025" name the posting, never its employer.
_LABELLED_CODE = re.compile(
    r"^(?:req(?:uisition)?|job|r[eé]f(?:[eé]rence)?|id|job id|affichage|concours|offre|annonce|avviso|bando|"
    r"concorso|rif|riferimento|convocatoria|oferta|referencia|vacante|vaga|edital|vacature|vacaturenummer|"
    r"referentie)\.?\s*(?:n[°º.o]?\.?\s*)?[#:]?\s*\S*\d",
    re.I,
)
# "A Task Awaits You": a sentence, not a name.
_PRONOUNS = {
    "you", "your", "we", "our", "us", "my", "i", "me", "we've", "we're", "we'd", "we'll", "i've", "i'm",
    "i'd", "you've", "they", "they've",
}  # fmt: skip


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
        add_candidate(candidates, relay[1], HEADER_WEIGHT, HEADER_PLACE)
    # The display name, domain and tenant are one sender's say: together they count once.
    sender_says = [
        Candidate(without_portal_word(name), weight, False, SENDER)
        for name, weight in sender_employers(email.sender, system)
    ]
    if writes_from_shared_mailbox(email.sender, signer(email)) or writes_for_her_mailboxs_organisation(email):
        # The display name is the writer's own: a hint the text must confirm, like a relayed recruiter's.
        sender_says = [
            Candidate(c.name, RELAYED_PERSON_WEIGHT, False, SENDER)
            if c.name == email.sender.name.strip()
            else c
            for c in sender_says
        ]
    sender_says = sender_without_portal(email.sender, sender_says, candidates)
    if email.sender.address and (system or platforms.platform_of(email.sender)):
        named = [c.name for c in candidates]
        sender_says = [_system_display(c, email, named) for c in sender_says]
    candidates = [_as_sender_say(c, sender_says) for c in candidates] + sender_says
    _with_names_written_whole(candidates, sender_says, email)
    candidates += [
        Candidate(tidy, weight, from_text)
        for name, weight, from_text in hints
        if (tidy := tidy_employer_name(name))
    ]
    candidates += spelled_out_labels(email, candidates)
    candidates = without_regulators(without_umbrellas(_employers_before_titles(candidates)), email)
    own_label = own_domain_label(email)
    # Most names are read at several places: each is judged once.
    deciders = decider_names(email)
    plausible = {
        name
        for name in {c.name for c in candidates}
        if _plausible(name, excluded_names, own_label, email) and not names_a_decider(name, deciders)
    }
    candidates = [c for c in candidates if c.name in plausible]
    if system is None and not platforms.platform_of(email.sender):
        with_domain_signed_name(candidates, email)  # a person's signature, not a system's footer
    candidates = without_units_of_the_domain(candidates, email)
    if not any(c.text_says for c in candidates) and (
        signed := organisation_under_writer(email) or organisation_below_display(email)
    ):
        candidates.append(Candidate(signed, SIGN_OFF_WEIGHT, True))
    if not candidates:
        return EmployerReading(None)
    clusters: list[list[Candidate]] = []
    for candidate in candidates:
        for cluster in clusters:
            if same_employer(cluster[0].name, candidate.name):
                cluster.append(candidate)
                break
        else:
            clusters.append([candidate])
    # At equal evidence the name read first wins: mail names its own employer before anything else.
    agency = len(clusters) > 1 and (
        is_agency_sender(email)
        or names_a_client_firm(candidates)
        or relays_a_named_step(email, clusters)
        or submits_you_to_a_named_employer(email, clusters)
    )
    scored = [
        (cluster_score(cluster, email, agency, system), -first_place(cluster), cluster)
        for cluster in clusters
    ]
    score, _, best = max(scored, key=lambda item: item[:2])
    if body := running_body(best, clusters):
        score, best = next((item[0], item[2]) for item in scored if item[2] is body)
    if not any(c.text_says for c in best) and all(c.weight <= TENANT_WEIGHT for c in best):
        return EmployerReading(None)
    if (
        (platforms.is_platform_name(best[0].name) or names_system(best[0].name, system))
        and not any(c.from_text and c.weight >= PLATFORM_AS_EMPLOYER_WEIGHT for c in best)
        and platforms_own_team(email.sender.name) != best[0].name  # "Oracle Talent Acquisition"
    ):
        return EmployerReading(None)  # "Indeed Application: ..." names the board, not the employer
    text_and_sender = any(c.text_says for c in best) and any(not c.text_says for c in best)
    name = with_brand_possessive(with_agency_trade(display_name(best, email), email), email)
    return EmployerReading(name, score, text_and_sender)


def _with_names_written_whole(
    candidates: list[Candidate], sender_says: list[Candidate], email: PreparedEmail
) -> None:
    """ "Fast Stream" (the subject's "Your Fast Stream application", the team's sign-off) is "Civil Service
    Fast Stream" where the display name or the text writes that fuller name: a name read short of the words
    before it (employer_display.with_signed_head) is renamed to it, so the two readings are one employer."""
    displays = [say.name for say in sender_says if " " in say.name]
    # Another reading of the text names a two-word name whole; a one-word name ("Acme") is too common a
    # tail ("Foo Acme") to be lengthened by the text alone.
    # A card's "Backend Engineer Cobblestone Realty" (a title run into the name) is no fuller name.
    written = [
        c.name
        for c in candidates
        if c.from_text and c.name.count(" ") >= 2 and not names_a_person_role(c.name)
    ]
    if not displays and not written:
        return
    text = f"{email.subject}\n{email.body}"
    for candidate in candidates:
        if candidate.from_text:
            fuller = displays + written if " " in candidate.name else displays
            candidate.name = with_signed_head(candidate.name, fuller, text)
            if " " in candidate.name and displays:
                # A scheme's follow-ups write its short name only ("complete the Fast Stream online tests")
                # under the display name that writes it whole: a name of two words or more is lengthened
                # by the organisation's own display name alone.
                candidate.name = with_signed_head(candidate.name, displays, " ".join(displays))


def _system_display(candidate: Candidate, email: PreparedEmail, named: list[str]) -> Candidate:
    """A system's display name read as a relayed person's ("Rapid Route Couriers <no-reply@fountain.com>"):
    the employer the system sends for, unless the mail shows a person writing under it (system_display.py).
    """
    if (
        candidate.weight != RELAYED_PERSON_WEIGHT
        or candidate.name.islower()  # a tenant's label, not the display name
        or not names_the_employer(candidate.name, email, named)
    ):
        return candidate
    return Candidate(candidate.name, SYSTEM_DISPLAY_WEIGHT, False, SENDER)


def _as_sender_say(candidate: Candidate, sender_says: list[Candidate]) -> Candidate:
    """A footer naming the sender ("© 2026 Jobnest Corporation" in Jobnest's mail) is the sender's own
    chrome: one more word of the sender's, not the text agreeing with it. A board's or a system's mail
    carries it as every employer's does, and the employer the text names must not lose to it."""
    if candidate.footer and any(same_employer(candidate.name, say.name) for say in sender_says):
        return Candidate(candidate.name, candidate.weight, True, SENDER, footer=True)
    return candidate


# Mailboxes named as a greeting, in the seven languages: "hola@", "hello@", "ciao@".
_GREETING_MAILBOXES = frozenset(
    {"hola", "hello", "hallo", "hi", "ciao", "ola", "oi", "bonjour", "salut", "hoi"}
)


def _unknown_system(email: PreparedEmail, candidates: list[Candidate]) -> str | None:
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


def _employers_before_titles(candidates: list[Candidate]) -> list[Candidate]:
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
                candidate = Candidate(prefix, candidate.weight, candidate.from_text, candidate.place)
        kept.append(candidate)
    return kept


def _text_candidates(email: PreparedEmail) -> list[Candidate]:
    found: list[Candidate] = []
    add_subject_patterns(found, email)
    add_anchored_names(found, email)
    job_board = platforms.is_job_board(email.sender)
    add_layout_names(found, email, job_board)
    add_signature_lines(found, email, job_board)
    add_public_bodies(found, email)
    add_german_public_bodies(found, email)
    add_municipal_bodies(found, email)
    add_programme_employers(found, email)
    add_client_firms(found, email)
    add_client_conversations(found, email)
    add_forwarded_clients(found, email)
    add_subject_clients(found, email)
    return found


def _bare_relay(email: PreparedEmail) -> tuple[str, str] | None:
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


def _plausible(
    name: str, excluded_names: set[str], own_label: str | None = None, email: PreparedEmail | None = None
) -> bool:
    if not _shaped_as_employer(name, own_label) and not (
        email is not None and _signed_with_a_legal_form(name, email)
    ):
        return False
    key = company_key(name)
    return not (
        key in excluded_names
        or (len(name.split()) <= 3 and any(word in excluded_names for word in key.split()))
    )


def _signed_with_a_legal_form(name: str, email: PreparedEmail) -> bool:
    """True when the body writes `name` (two words or more, a role's among them) both with a legal form
    after it and without: "de parte de Farmacéutica del Altiplano" signed "Farmacéutica del Altiplano, S.A. de
    C.V.": an organisation, whose first word may be a trade's or a role's ("farmacéutica", "constructora").
    (Written only with its legal form, the name with it is read and shown.)"""
    if " " not in name or names_no_employer(name):
        return False
    return written_with_legal_form(name, email.body) and written_bare(name, email.body)


# An application's mails, a platform's, name their employers again and again: a name's shape is judged
# once a pass; only the names excluded (the job seeker's own) differ from mail to mail (_plausible).
@functools.lru_cache(maxsize=4096)
def _shaped_as_employer(name: str, own_label: str | None) -> bool:
    lowered = name.lower()
    if (lowered in STOP_WORDS and lowered != own_label) or lowered in GENERIC_NAMES:
        return False  # but "Next" from next.co.uk is the brand its own domain spells
    if _PRONOUNS.intersection(lowered.split()):
        return False
    if is_team(name):
        return False  # "Resourcing Team", "Ufficio Selezione": who signs for the employer, not the employer
    if is_care_unit(name):
        return False  # "Registered Nurse - Emergency Department": the post's unit, not its employer
    if names_no_employer(name):
        return False  # "28 November", "Aggiornamento", "Mum": a date, an update's word, a family's name
    if hides_the_employer(name):
        return False  # "Empresa confidencial": a board's word for an employer it does not name
    if is_requisition_code(name) or _LABELLED_CODE.match(name):
        return False  # "at RTL152550", "- Req 77120": a client or requisition code names nobody
    # "the Data Analyst position": a title where an employer was expected; but "Brisco Courier" from
    # briscocourier.com is the name its own domain spells.
    # "Meccanica Brianza S.p.A.": a legal form closes an organisation's name, never a role's.
    return (
        not names_a_person_role(name)
        or (" " in name and run_together(name) == own_label)
        or bool(_FAMILY_FIRM.search(name))
        # "Estudio Contable Ferraro": a Spanish firm named by its trade, whose trade holds a role's word.
        or (" " in name and OPENING_ORGANISATION_WORDS.opens(name))
        or bool(" " in name and LEGAL_FORM_AT_END.search(name))
    )


# "Kaufmann & Söhne", "Baker & Sons", "Fischer & Partner": a role's word ("Kaufmann" is a clerk) before the
# family or partners a firm is named with is the founder's name.
_FAMILY_FIRM = re.compile(
    r" & (?:söhne|sons|co\.?|cie\.?|partners?|associates|asociad[oa]s|associad[oa]s|associati|fils|hijos|"
    r"filhos|figli|zonen|zn\.?|töchter)$",
    re.I,
)


def without_units_of_the_domain(candidates: list[Candidate], email: PreparedEmail) -> list[Candidate]:
    """ "Clinical Applications <clinapps@stmarkshealth.org>" signing above "St. Mark's Health System": a
    display name its own domain does not spell, where the text spells out the name the domain abbreviates,
    is a department of that organisation, not the employer. An agency's or a platform's mail is left alone
    (its display name and the client the text names differ by nature)."""
    display = email.sender.name.strip()
    # Only a name read from the display name can be a unit: mail without one is spared the domain's questions.
    shown = [c for c in candidates if c.place == SENDER and c.name in display]
    if not shown:
        return candidates
    label = platforms.domain_employer(email.sender)
    if not label or platforms.platform_of(email.sender) or is_agency_domain(email.sender.domain):
        return candidates
    units = {
        c.name
        for c in shown
        if not same_employer(c.name, label)
        and run_together(c.name) not in label  # "Defensie" of werkenbijdefensie.nl is the name
    }
    if not units:
        return candidates
    spelled_out = (
        c for c in candidates if c.text_says and c.name not in units and " " in c.name
    )  # "St. Mark's Health System" for "stmarkshealth"
    if any(same_employer(c.name, label) for c in spelled_out):
        return [c for c in candidates if c.name not in units]
    # "Clinic Coordinator" signing above "Maple Grove Dental": the organisation below the unit's line.
    signed = next(filter(None, (organisation_signed_below(unit, label, email) for unit in units)), None)
    if signed is None:
        return candidates
    return [c for c in candidates if c.name not in units] + [Candidate(signed, SIGN_OFF_WEIGHT, True)]
