"""Mail naming the role and no employer, planned with the one employer whose application has that role.

A board's or ATS's status mail ("Your application for Registered Nurse has been viewed", "Status update:
Warehouse Operative - not selected"), a scheduler's invitation or the reader's own reply may name the role
and no employer. Each titled email naming its employer leaves that employer under its title's placeholder
(`role_key`); a second, incompatible employer leaving the same title makes it name several
(SEVERAL_EMPLOYERS), which names none. An email naming no employer (nor a thread or requisition that one
was named on) whose title's placeholder names one employer is planned with it, as if it named it, and
joins by the ordinary rule (`imputed`); naming several, it stays on its own, flagged (`AMBIGUOUS_ROLE`).
Two emails both lacking an employer are never joined by this: only an employer's own mail names one.

The order mail arrives in does not matter: mail naming no employer that is recorded first leaves its own
key on the placeholder (and on numbered ones after it, `RoleSlots`), so the employer's mail, whenever it
comes, plans it too; an employer that makes the title name several re-plans the employer it named before,
whose mail of that role naming no employer then leaves it. The join is judged at the email's date
(matching.match_application), so an application begun after it is not its own.
"""

from __future__ import annotations

from dataclasses import replace

from tracker.match_keys import UNKNOWN_EMPLOYER_PREFIX, MatchKeys, is_unknown_employer
from tracker.models import ApplicationEvent
from tracker.names import company_key, compatible_names, employer_words, title_key
from tracker.ports import SEVERAL_EMPLOYERS, UserTransaction
from tracker.step_titles import role_title
from tracker.waiting_slots import WaitingSlots
from tracker.weak_employers import why_no_employer

ROLE_PREFIX = f"{UNKNOWN_EMPLOYER_PREFIX}role:"
AMBIGUOUS_ROLE = (
    "kept apart: an email naming no employer, whose job title is that of applications at several employers"
)


def role_key(title: str) -> str:
    """The placeholder a role's employer is left under (`title`: a title key). One word: a placeholder's
    first word is its document (names.employer_group)."""
    return ROLE_PREFIX + "+".join(title.split()) if title else ""


def event_role(event: ApplicationEvent) -> str:
    """The title key of an email naming a role and no employer ('' otherwise): what `imputed` plans."""
    if event.company and not why_no_employer(event.company, event.sender):
        return ""
    return title_key(role_title(event.job_title))


def imputed(keys: MatchKeys, employers: dict[str, str | None]) -> tuple[MatchKeys, bool]:
    """(the keys an email is matched by, whether it names a role of several employers): an email naming no
    employer, nor a requisition, whose role's placeholder (`employers`: by title key) names one employer
    is matched as naming it."""
    if not is_unknown_employer(keys.company_key) or keys.requisition_id or not keys.title_key:
        return keys, False
    named = employers.get(keys.title_key)
    if not named or named == SEVERAL_EMPLOYERS or is_unknown_employer(named):
        return keys, named == SEVERAL_EMPLOYERS
    return replace(keys, company_key=company_key(named), employer_words=employer_words(named)), False


class RoleSlots(WaitingSlots):
    """The placeholders of one email's role: `key` is locked with the thread's and requisition's, before
    any employer; `read` before the unit writes."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.key = role_key(title)

    def read(self, tx: UserTransaction) -> None:
        self.read_slots(tx, is_unknown_employer)

    def wait(self, tx: UserTransaction, own_key: str) -> None:
        """Leave the key of an email naming no employer, for the role's employer's mail to find."""
        if not self.employer():
            self.add_waiting(tx, own_key)

    def planned(self, company: str | None) -> dict[str, str | None]:
        """What the role names once this email (naming `company`, or None) is recorded, by its title:
        the `role_employers` its employer's re-plan is given (regrouping.replay)."""
        if not self.title:
            return {}
        named = self.employer()
        if company is not None and named != SEVERAL_EMPLOYERS:
            named = (named or company) if named is None or _compatible(named, company) else SEVERAL_EMPLOYERS
        return {self.title: named}

    def replanned(self, company: str | None) -> list[str]:
        """The groups an email naming `company` re-plans besides its own: its role's mail naming no employer
        recorded before it, and the employer that named the role before, when the two are incompatible
        (its mail naming the role and no employer leaves it)."""
        named = self.employer()
        if named and named != SEVERAL_EMPLOYERS and not _compatible(named, company):
            return [company_key(named)]
        return list(self.waiting)

    def leave(self, tx: UserTransaction, company: str) -> None:
        """Leave the employer `company` named under its role, or make it name several."""
        named = self.employer()
        if not self.key or named == SEVERAL_EMPLOYERS:
            return
        if named is None:
            tx.save_employer_alias(self.key, company)
        elif not _compatible(named, company):
            tx.save_employer_alias(self.key, SEVERAL_EMPLOYERS)


def _compatible(name: str, other: str | None) -> bool:
    return compatible_names(name, other)


def roles_read(history: dict[str, list[ApplicationEvent]]) -> list[str]:
    """The placeholders `read_roles` reads for `history` (sorted): a unit that can list them before it
    reads `history` (a re-key's second try: tracker/rekeying.py) locks them before any employer."""
    titles = {title for events in history.values() for event in events if (title := event_role(event))}
    return sorted(map(role_key, titles))


def read_roles(
    tx: UserTransaction, history: dict[str, list[ApplicationEvent]], roles: dict[str, str | None]
) -> None:
    """Add to `roles` what the placeholder of each role of recorded mail naming no employer (`history`:
    the re-planned groups') names: the employer that mail is planned with."""
    for events in history.values():
        for event in events:
            if (title := event_role(event)) and title not in roles:
                named = tx.employer_alias(role_key(title))
                roles[title] = None if named is None or is_unknown_employer(named) else named
