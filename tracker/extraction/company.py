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
employer_matching (same_employer) and employer_display (the name as shown). Beside them: unknown_systems (a
sender that is a system no list knows), plausible_employers (a name shaped as an employer's),
domain_units (a display name that is a unit of the domain's organisation), organisation_units (a
department or school read where the mail writes the organisation it belongs to) and
sender_organisation_sites (a site or unit of the sender's own organisation).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tracker.extraction import platforms
from tracker.extraction.agency_trades import is_agency_domain
from tracker.extraction.client_contacts import add_client_contacts
from tracker.extraction.client_conversations import add_client_conversations
from tracker.extraction.client_firms import add_client_firms, client_firm_over_agency, names_a_client_firm
from tracker.extraction.client_full_names import client_in_full
from tracker.extraction.client_steps import add_client_steps
from tracker.extraction.decided_clients import add_decided_clients
from tracker.extraction.deciders import decider_names, names_a_decider
from tracker.extraction.domain_signed_names import with_domain_signed_name
from tracker.extraction.domain_units import without_units_of_the_domain
from tracker.extraction.employer_agencies import (
    is_agency_sender,
    relays_a_named_step,
    submits_you_to_a_named_employer,
    with_agency_trade,
)
from tracker.extraction.employer_anchors import add_anchored_names
from tracker.extraction.employer_candidates import (
    SENDER,
    Candidate,
    add_candidate,
    own_domain_label,
    tidy_employer_name,
)
from tracker.extraction.employer_display import display_name, with_brand_possessive, with_signed_head
from tracker.extraction.employer_labels import spelled_out_labels
from tracker.extraction.employer_layout import HEADER_PLACE, HEADER_WEIGHT, add_layout_names
from tracker.extraction.employer_matching import same_employer
from tracker.extraction.employer_scores import (
    PLATFORM_AS_EMPLOYER_WEIGHT,
    cluster_score,
    first_place,
    names_no_organisation,
    names_system,
)
from tracker.extraction.employer_sender import (
    RELAYED_PERSON_WEIGHT,
    TENANT_WEIGHT,
    platforms_own_team,
    sender_employers,
    writes_from_shared_mailbox,
)
from tracker.extraction.employer_signoffs import SIGN_OFF_WEIGHT, add_signature_lines
from tracker.extraction.employer_sites import running_body
from tracker.extraction.forwarded_clients import add_forwarded_clients
from tracker.extraction.free_mailbox_writers import writes_for_her_mailboxs_organisation
from tracker.extraction.german_public_bodies import add_german_public_bodies, without_portal_word
from tracker.extraction.labelled_clients import add_labelled_clients
from tracker.extraction.municipal_bodies import add_municipal_bodies
from tracker.extraction.organisation_units import organisation_over_unit, with_organisations_of_units
from tracker.extraction.persons_by_post import written_as_a_person_by_post
from tracker.extraction.plausible_employers import is_plausible_employer
from tracker.extraction.programme_employers import add_programme_employers
from tracker.extraction.public_bodies import add_public_bodies
from tracker.extraction.public_portals import sender_without_portal, without_umbrellas
from tracker.extraction.reference_line_clients import add_reference_line_clients
from tracker.extraction.regulators import without_regulators
from tracker.extraction.sender_organisation_sites import with_organisations_of_sites
from tracker.extraction.signed_units import organisation_below_display
from tracker.extraction.squashed_names import run_together
from tracker.extraction.subject_clients import add_subject_clients
from tracker.extraction.subject_employer_patterns import add_subject_patterns
from tracker.extraction.subject_named_clients import shows_an_agency, subject_client
from tracker.extraction.subject_news_clients import add_subject_news_clients
from tracker.extraction.subject_opening_clients import add_subject_opening_clients
from tracker.extraction.system_display import SYSTEM_DISPLAY_WEIGHT, names_the_employer
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title import names_a_person_role
from tracker.extraction.unknown_systems import bare_relay, unknown_system
from tracker.extraction.valedictions import signer
from tracker.extraction.venue_clients import add_venue_clients
from tracker.extraction.writer_desks import organisation_below_desk, without_writers_desks
from tracker.extraction.writer_organisations import organisation_under_writer

# What other modules import from here: the reading, and the helpers of it they share.
__all__ = ["EmployerReading", "find_employer", "is_agency_domain", "same_employer", "tidy_employer_name"]


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
    system = unknown_system(email, candidates)
    if system is None and not platforms.platform_of(email.sender) and (relay := bare_relay(email)):
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
    candidates = with_organisations_of_sites(with_organisations_of_units(candidates, email), email)
    candidates = without_regulators(without_umbrellas(_employers_before_titles(candidates)), email)
    own_label = own_domain_label(email)
    # Most names are read at several places: each is judged once.
    deciders = decider_names(email)
    plausible = {
        name
        for name in {c.name for c in candidates}
        if is_plausible_employer(name, excluded_names, own_label, email)
        and not names_a_decider(name, deciders)
        and not written_as_a_person_by_post(name, email.body)
    }
    candidates = [c for c in candidates if c.name in plausible]
    if system is None and not platforms.platform_of(email.sender):
        with_domain_signed_name(candidates, email)  # a person's signature, not a system's footer
    candidates = without_writers_desks(without_units_of_the_domain(candidates, email), email)
    if not any(c.text_says for c in candidates) and (
        signed := organisation_under_writer(email) or organisation_below_display(email)
    ):
        signed = organisation_over_unit(organisation_below_desk(signed, email) or signed, email)
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

    def weak(cluster: list[Candidate]) -> bool:
        return names_no_organisation(cluster, email, system)

    # The client an agency's subject names, else the one client firm its text names, over its own say.
    if agency and (
        (shows_an_agency([c.name for c in best], email) and (client := subject_client(best, clusters, weak)))
        or (client := client_firm_over_agency(_with_its_domains_say(best, clusters), clusters, weak))
    ):
        score, best = next((item[0], item[2]) for item in scored if item[2] is client)
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
    name = client_in_full(name, email)  # an agency's client as it introduces it (client_full_names)
    return EmployerReading(name, score, text_and_sender)


def _with_its_domains_say(best: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """`best` with the sender's say its domain gives, where that says the same name run together ("Gi
    Group" signed under the closing, "gigroup" the domain's label: two clusters, one agency)."""
    if any(c.place == SENDER for c in best):
        return best
    letters = {run_together(c.name) for c in best}
    said = [
        c
        for cluster in clusters
        if cluster is not best
        for c in cluster
        if c.place == SENDER and c.name.islower() and run_together(c.name) in letters
    ]
    return best + said


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
    add_decided_clients(found, email)
    add_client_steps(found, email)
    add_client_conversations(found, email)
    add_client_contacts(found, email)
    add_forwarded_clients(found, email)
    add_labelled_clients(found, email)
    add_reference_line_clients(found, email)
    add_venue_clients(found, email)
    add_subject_clients(found, email)
    add_subject_opening_clients(found, email)
    add_subject_news_clients(found, email)
    return found
