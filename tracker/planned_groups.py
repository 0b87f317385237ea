"""Which employer groups one recorded email is planned with, and what it leaves on its role's and its
agency client's placeholders (tracker/recording.py's bookkeeping around the re-plan).

An email's home is the employer it names or, naming none, the one its thread or requisition was last seen
with; the groups planned together are its home, the placeholders whose mail it may join and the employers
linked to it (its sender's, its role's, its client's).
"""

from __future__ import annotations

from tracker.match_keys import is_unknown_employer
from tracker.names import employer_group
from tracker.ports import SEVERAL_EMPLOYERS, UserTransaction
from tracker.regrouping import EmployerPlan


def leave_role(tx: UserTransaction, key: str, alias: str | None, home: str, agency: bool) -> None:
    """Leave the employer under its role's placeholder (relay_matching.role_placeholders): the first one
    stays; a second agency's makes it name several (whose client wrote is then a guess)."""
    if not key or alias == home:
        return
    if alias is None:
        tx.save_employer_alias(key, home)
    elif agency and alias != SEVERAL_EMPLOYERS:
        tx.save_employer_alias(key, SEVERAL_EMPLOYERS)


def leave_client(tx: UserTransaction, slots: list[str], aliases: dict[str, str | None], home: str) -> None:
    """Leave a staffing agency's client under the first of its client slots free
    (relay_matching.client_slots), unless one holds it already; with every slot taken by others, the last
    names several (the agency's news then joins none of those past the others)."""
    held = [aliases.get(slot) for slot in slots]
    if home in held:
        return
    free = next((slot for slot, alias in zip(slots, held, strict=True) if alias is None), None)
    if free is not None:
        tx.save_employer_alias(free, home)
    elif held and held[-1] != SEVERAL_EMPLOYERS:
        tx.save_employer_alias(slots[-1], SEVERAL_EMPLOYERS)


def home_employer(key: str, placeholders: list[str], aliases: dict[str, str | None]) -> str:
    """The employer whose applications an email is planned with: the one it names; for one that names
    none, the employer its thread, else its requisition id, was last seen with (unless several were:
    which one is a guess), else its own placeholder."""
    if not is_unknown_employer(key):
        return key
    named = [alias for alias in map(aliases.get, placeholders) if alias and alias != SEVERAL_EMPLOYERS]
    return named[0] if named else key


def still_held(plan: EmployerPlan, held_by: dict[str, set[str]], group: str) -> bool:
    """Whether an application of the employer `group` stays there after `plan` (`held_by`: each group's
    application ids before it)."""
    dropped = {a.app_id for a in plan.dropped}
    saved = {a.app_id: a for a in plan.saved}
    return any(
        app_id not in dropped and (app_id not in saved or employer_group(saved[app_id].company_key) == group)
        for app_id in held_by.get(group, ())
    )


def link_employer(linked: list[str], employer: str | None, *excluded: str) -> None:
    """Add an employer the email is also planned with, once, unless it is none or one of `excluded`."""
    if employer and employer not in excluded and employer not in linked:
        linked.append(employer)


def planned_groups(home: str, placeholders: list[str]) -> list[str]:
    """The employer groups planned together: the email's home, and the placeholders whose mail it may
    join (mail recorded there before its thread or requisition named the employer)."""
    groups = [home]
    for key in placeholders:
        if employer_group(key) not in map(employer_group, groups):
            groups.append(key)
    return groups
