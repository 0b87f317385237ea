"""The worker's memory of whom each sender organisation writes for: `track`'s whole-inbox naming, one mail
at a time.

`track` files each sender organisation's mail under the one employer its mails name
(tracker/inbox_names.py). The worker records one mail at a time, so each recorded mail leaves what it
read under a placeholder per organisation its sender writes for (`sender_organisations`: its own domain,
an ATS tenant from its mailbox or links, a person writing through an ATS): the employer a strong reading
names with the date of its earliest mail, or SEVERAL_EMPLOYERS once a second employer not spelled alike
(`sender_spellings.are_one_employer`) is named; a weak reading (`sender_spellings.names_an_employer`:
none, its writer's own name, a team, a single word no organisation's) leaves its message id, its date and
the key it was recorded under.

A weak reading from a sender whose placeholders name one employer is filed under it, as `track` files it,
when it is dated on or after that employer's earliest mail from the sender; a strong reading alike to that
employer ("Oosterduin" of "Scheepswerf Oosterduin") but shorter, spelled otherwise than the ordinary rules
meet, takes the sender's fullest spelling. Weak mail recorded before the sender named anyone, or dated
before the employer's earliest mail, waits; the employer's mail that moves its earliest date back (the
first is one) re-plans the waiting mail dated on or after it, never undated mail (`replanned`): the mail
is then matched, and kept, as naming that employer. A sender's titles (at most MOST_TITLES) are kept
beside its placeholder: a reading spelling one is weak. Each mail so filed is remembered with its own
reading (at most MOST_FILED a sender), so that the sender's mail naming a second employer, not spelled alike,
re-plans the filed mail dated on or after it as read: at its date the sender had named two. A sender
that named several leaves its mail as read, and a known staffing agency's mail is relay_matching's. A
shorter spelling recorded before the fullest is read again as the fullest when it comes (`shorter_spellings`).

Not the sender domain's placeholder (`?domain:`, tracker/sender_domains.py `DomainSlot`), though both
remember whom a sender writes for: that one serves matching's rule, run alike by `track` and the worker at
each re-plan, and its rules are matching's (`spelled_alike`, `names_none`); these replay `track`'s naming
before matching, so their rules are inbox_names.py's (`are_one_employer`, `names_an_employer`), and they
are keyed by ATS tenants and writers too. Two sets of rules for two steps of `track`, each kept as `track`
runs it, so that the worker reads an inbox as `track` does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tracker.agency_relays import agency_domain
from tracker.compatible_spellings import compatible_employers
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import Sender
from tracker.models import ApplicationEvent, EmailMessage, Extraction
from tracker.names import company_key, title_key
from tracker.organisation_placeholders import (
    MOST_FILED,
    UNDATED,
    WAITING,
    Filed,
    OrganisationSlot,
    known_before,
    mail_date,
    organisation_key,
    waiting_entry,
    waiting_fields,
)
from tracker.ports import SEVERAL_EMPLOYERS, UserTransaction
from tracker.regrouping import EmployerPlan
from tracker.sender_domains import fullness
from tracker.sender_organisations import organisation_labels, sender_organisations
from tracker.sender_spellings import are_one_employer, names_an_employer
from tracker.subject_threads import employer_weight


def _fuller(key: str, other: str) -> bool:
    """Whether an employer key is as full as another: as many words or more, then as long or longer."""
    return fullness(key) >= fullness(other)


class OrganisationSlots:
    """The placeholders of the organisations one email's sender writes for: locked and read before the
    unit writes (`read`), what the email is filed under (`filed_extraction`), the mail it re-plans
    (`replanned`), then `leave` once it is planned."""

    def __init__(self, email: EmailMessage, organisations: Sequence[str]) -> None:
        self.sender = Sender.parse(email.sender)
        self.message_id = email.message_id
        self.date = mail_date(email.received_at)
        # A known staffing agency relays its clients (relay_matching): its mail is left as read.
        relayed = bool(agency_domain(email.sender))
        self.slots = (
            [] if relayed else [OrganisationSlot(organisation_key(key)) for key in sorted(set(organisations))]
        )
        self.labels = organisation_labels(organisations)
        self.strong = False
        self.title = ""  # the email's title, squashed
        self.filed_from: str | None = None  # the reading this email was filed from, if it was
        self.respelled: list[Filed] = []  # recorded mail read again as this one's fuller spelling
        self.waited_since: dict[str, str] = {}  # the dates of the weak mail it re-plans, by message id
        self.organisations = set(organisations)
        self.shorter = ""  # the key of the sender's spelling this fuller one replaces

    def read(self, tx: UserTransaction) -> None:
        for slot in self.slots:
            slot.read_slots(tx, lambda named: named.startswith(WAITING), lock=True)
            slot.read_titles(tx)

    def employer(self) -> tuple[str | None, str]:
        """The one employer the sender's recorded mail named (its first spelling), or None: none named, or
        several (by one organisation, or one each by two); with the date of its earliest mail."""
        names = [(name, since) for name, since, _ in map(OrganisationSlot.named_since, self.slots) if name]
        if not names or any(name == SEVERAL_EMPLOYERS for name, _ in names):
            return None, UNDATED
        first = company_key(names[0][0])
        if not all(are_one_employer(first, company_key(name)) for name, _ in names[1:]):
            return None, UNDATED
        dated = [since for _, since in names if since != UNDATED]
        return names[0][0], min(dated, default=UNDATED)

    def _filed(self) -> list[Filed]:
        return list({f.message_id: f for slot in self.slots for f in slot.named_since()[2]}.values())

    def filed_extraction(self, extraction: Extraction, email: EmailMessage) -> Extraction:
        """The extraction as filed: a weak reading takes the one employer its sender named; a strong one
        alike to it but shorter, spelled otherwise than the ordinary rules meet ("Gruppo Bragato" for
        "Officine Bragato S.p.A."), takes its spelling."""
        if not self.slots:
            return extraction
        weight = employer_weight(extraction.company, email)
        self.title = run_together(title_key(extraction.job_title), casefolded=True)
        # Every title the sender's mail named, as `track` reads it (bounded: MOST_TITLES).
        titles = {self.title, *(title for slot in self.slots for title in slot.titles)} - {""}
        self.strong = names_an_employer(extraction.company, self.sender, weight, self.labels, titles)
        employer, since = self.employer()
        if employer is None or extraction.company == employer:
            return extraction
        if not self.strong:
            # Not mail from before the sender named it, nor past what the sender can remember.
            if known_before(self.date, since) or len(self._filed()) >= MOST_FILED:
                return extraction
            self.filed_from = extraction.company or ""
            return replace(extraction, company=employer, company_in_full=None)
        read, key = company_key(extraction.company), company_key(employer)
        # Spellings the ordinary rules meet are left as read, and so is a name as full as the sender's.
        if compatible_employers(read, key) or not are_one_employer(read, key) or _fuller(read, key):
            return extraction
        self.filed_from = extraction.company or ""
        return replace(extraction, company=employer, company_in_full=None)

    def replanned(self, company: str | None) -> tuple[list[str], dict[str, str | None]]:
        """The groups a strong reading naming `company` re-plans besides its own, and the mail in them to
        re-read, by message id, with what it is read as: its sender's first employer re-plans the weak mail
        that waited for it (recorded before, dated on or after this mail, never undated), as naming it; a
        second employer, not spelled alike, re-plans the mail filed under the first dated on or after this
        mail (or undated) as it read itself."""
        if not self.strong or not company:
            return [], {}
        employer, since = self.employer()
        if employer is None and not any(slot.named_since()[0] == SEVERAL_EMPLOYERS for slot in self.slots):
            return self._waited(company)
        if employer is None:
            return [], {}
        read, named = company_key(company), company_key(employer)
        if are_one_employer(named, read):
            # Mail dated before its earliest: the waiting mail dated on or after this one joins it.
            groups, readings = self._waited(company) if known_before(self.date, since) else ([], {})
            # The fullest spelling yet: the sender's mail read as a shorter one before is read again as it.
            if read != named and not compatible_employers(read, named) and _fuller(read, named):
                self.shorter = named
                groups = [named, *groups]
            return groups, readings
        later = {
            f.message_id: f.reading or None
            for f in self._filed()
            if f.renamed or not known_before(f.date, self.date)
        }
        return ([company_key(employer)] if later else []), later

    def _waiting(self) -> list[str]:
        return list(
            dict.fromkeys(entry for slot in self.slots for entry in slot.waiting + slot.kept_waiting())
        )

    def _waited(self, company: str) -> tuple[list[str], dict[str, str | None]]:
        """The groups of the waiting mail dated on or after this mail (never undated), and that mail, as
        naming `company`."""
        waiting: dict[str, str] = {}
        for entry in self._waiting():
            moment, key, message_id = waiting_fields(entry)
            if UNDATED not in (moment, self.date) and moment >= self.date:
                waiting.setdefault(message_id, key)
                self.waited_since.setdefault(message_id, moment)
        return sorted(set(waiting.values())), dict.fromkeys(waiting, company)

    def shorter_spellings(
        self, history: dict[str, list[ApplicationEvent]], company: str | None
    ) -> dict[str, str | None]:
        """The mail among `history` (the groups re-planned) that read the shorter spelling this strong
        reading replaces, from this sender (its address's organisations, or filed under it), by message id,
        as read again: naming `company`."""
        if not self.shorter or not company:
            return {}
        filed = {f.message_id: f for f in self._filed()}
        # Each is remembered as renamed, with its own reading, for a second employer to read it again as it.
        self.respelled = [
            filed.get(event.message_id)
            or Filed(event.message_id, mail_date(event.received_at), event.company or "")
            for events in history.values()
            for event in events
            if company_key(event.company) == self.shorter
            and (event.message_id in filed or self._writes_for(event.sender))
        ]
        self.respelled = [replace(f, renamed=True) for f in self.respelled]
        return dict.fromkeys((f.message_id for f in self.respelled), company)

    def _writes_for(self, sender: str) -> bool:
        """Whether a recorded mail's sender writes for one of this sender's organisations (by its address
        alone: a recorded mail keeps no body)."""
        return bool(self.organisations & set(sender_organisations(EmailMessage("", sender=sender))))

    def leave(
        self, tx: UserTransaction, company: str | None, own_key: str, filed: dict[str, str | None]
    ) -> None:
        """Leave what the email read (`company`, as filed) under its sender's organisations: the employer a
        strong reading names (with the weak mail it re-read as naming it: `filed`, each with its own
        reading), or that they name several; a weak one's message id and `own_key` (the key it was recorded
        under), for the employer's first strong mail to re-plan, or, filed under the employer, its own
        reading. Beside each, the email's title."""
        for slot in self.slots:
            slot.add_title(tx, self.title)
        if self.strong:
            key = company_key(company)
            now_filed = [
                Filed(mid, self.waited_since[mid], reading or "")
                for mid, reading in filed.items()
                if mid in self.waited_since
            ]
            # Mail read as its sender's fuller spelling: this one, and that re-read as this one (respelled).
            own = [Filed(self.message_id, self.date, self.filed_from)] if self.filed_from is not None else []
            renamed = [replace(f, renamed=True) for f in own] + self.respelled
            # Weak mail dated before the employer's earliest keeps waiting, for an earlier mail of it.
            still = [entry for entry in self._waiting() if waiting_fields(entry)[2] not in self.waited_since]
            for slot in self.slots:
                named, since, earlier = slot.named_since()
                if named is None:
                    slot.save(tx, company or "", self.date, now_filed, still)
                elif named == SEVERAL_EMPLOYERS:
                    continue
                elif not are_one_employer(company_key(named), key):
                    tx.save_employer_alias(slot.key, SEVERAL_EMPLOYERS)
                else:
                    # The fullest of its spellings (sender_domains' rule), since its earliest mail.
                    name = (
                        company or ""
                        if _fuller(key, company_key(named)) and key != company_key(named)
                        else named
                    )
                    earliest = known_before(self.date, since) or (since == UNDATED and self.date != UNDATED)
                    if name != named or earliest or renamed or now_filed:
                        kept = {f.message_id: f for f in [*earlier, *now_filed, *renamed]}
                        slot.save(tx, name, self.date if earliest else since, list(kept.values()), still)
            return
        if self.filed_from is not None:
            entry = Filed(self.message_id, self.date, self.filed_from)
            for slot in self.slots:
                named, since, earlier = slot.named_since()
                if named and named != SEVERAL_EMPLOYERS:
                    slot.save(tx, named, since, [*earlier, entry], slot.kept_waiting())
            return
        waiting = waiting_entry(self.date, own_key, self.message_id)
        if self.employer()[0] is not None:
            # Dated before the employer's earliest mail: kept waiting for an earlier one of its.
            for slot in self.slots:
                named, since, earlier = slot.named_since()
                held = slot.kept_waiting()
                if self.date != UNDATED and named and named != SEVERAL_EMPLOYERS and waiting not in held:
                    slot.save(tx, named, since, earlier, [*held, waiting])
            return
        for slot in self.slots:
            if slot.named is not None and not slot.waiting:
                continue  # it names one employer, or several
            slot.add_waiting(tx, waiting)


def reread(
    history: dict[str, list[ApplicationEvent]], readings: dict[str, str | None]
) -> tuple[dict[str, ApplicationEvent], dict[str, str | None]]:
    """Re-read, in `history` (app id -> events, changed in place), the mail `readings` names (by message
    id) as naming its employer there; returns the events changed and what each read before, by message id."""
    changed: dict[str, ApplicationEvent] = {}
    before: dict[str, str | None] = {}
    for events in history.values():
        for position, event in enumerate(events):
            if event.message_id in readings and event.company != readings[event.message_id]:
                before[event.message_id] = event.company
                changed[event.message_id] = replace(event, company=readings[event.message_id])
                events[position] = changed[event.message_id]
    return changed, before


def keep_reread(plan: EmployerPlan, changed: dict[str, ApplicationEvent]) -> None:
    """Have `plan` write the re-read mail that stays on its application too (the mail it moves it writes
    already), so that every later re-plan reads it as it was re-read."""
    written = {event.message_id for _, event in plan.events_to_write}
    for message_id, event in changed.items():
        app_id = plan.app_of.get(message_id)
        if app_id and message_id not in written:
            plan.events_to_write.append((app_id, event))
