"""Re-keying a user's stored applications after the matching keys changed (names.company_key, title_key).

Keys are stored with each application, and the employer index is kept per key (its group,
names.employer_group). When a session changes what the key functions answer, records saved under the
old keys no longer meet new mail of the same employer or post. A re-key recomputes each application's
keys from what is stored (the company and title the user sees: the earliest email's spelling, or their
own edit), moves the applications whose employer group changed into the new group's index, and re-plans
that group as recording an email does (tracker/regrouping.py), so that records the old keys kept apart
join where the matching rules join them; mail naming a role and no employer is planned with the employer
its role's placeholder names, as recording plans it (tracker/role_employers.py), so it stays where it was.
One transaction per target group and at most `chunk` applications moved in it, locking the placeholders
and groups it reads as the worker does: mail recorded meanwhile waits or is re-planned with it, and
nothing is lost. Each transaction leaves its group finished, so a re-key stopped half-way is simply run
again (docs/decisions/2026-12-rekeying.md).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tracker.digests import is_pinned
from tracker.employer_spellings import FORM_PREFIX
from tracker.errors import TransientFailure
from tracker.match_keys import is_unknown_employer
from tracker.models import Application, ApplicationEvent
from tracker.names import company_key, employer_group, title_key
from tracker.ports import SEVERAL_EMPLOYERS, OverThePorts, UserTransaction
from tracker.recording import write_plan
from tracker.regrouping import plan_employer
from tracker.role_employers import ROLE_PREFIX, read_roles, roles_read

log = logging.getLogger(__name__)

# The version of the matching keys. It must change whenever names.company_key or names.title_key answer
# differently for some name: tests/unit/test_rekeying_version.py pins what they answer for a fixed list
# of spellings under each version (KEY_FINGERPRINTS) and fails until a new version is added.
# 1: main at 5318b04. 2: Latin American and Spanish legal forms ("S.A. de C.V.", "S.A.C.", "S.L.P.") and
# Flanders' "vzw" fold into the employer's key. (Version 1's fingerprint is re-taken on the wider list of
# spellings the test reads since version 2, at 5318b04's key functions.) 3: the rest of the world's legal
# forms ("Sdn Bhd", "Pte. Ltd.", "K.K.", "Sp. z o.o.", "s.r.o.", "FZ-LLC") fold into the employer's key.
# 4: a Portuguese or Spanish name's leading kind of business ("Grupo X", "Rede X", "Transportadora X") is
# no part of the employer's key, and a Brazilian title's "Pl" is "Pleno". (Version 3's fingerprint is
# re-taken on the wider list of spellings the test reads since version 4, at 3cbb359's key functions.)
# 5: every legal form the reading knows keys away: Austria's "Ges.m.b.H.", "mbH", "e.U." and Mexico's
# "S. de R.L." stayed in the key. 6: Italy's "S.r.l.s." and Portugal's "Unipessoal" key away ("X Unipessoal,
# Lda." is "X"). 7: the legal names of two graduate recruiters key as their brands ("PricewaterhouseCoopers"
# is "PwC", "Ernst & Young" is "EY"). 8: a domain kept as the employer's name keys away with its country's
# ending as with ".com" ("randstad.nl" is "Randstad", "Seek.com.au" is "Seek"). 9: Flanders' "CommV" /
# "Comm.V." and the Dutch "& Zn." (and sons) key away ("Transportbedrijf Hoogeveen & Zn." is
# "Transportbedrijf Hoogeveen"). 10: German professional partnerships' "PartG", "mbB", "PartG mbB" and the
# public-law body's "KöR" key away, and a law or tax firm's leading "Kanzlei" ("Kanzlei Roth & Partner PartG
# mbB" is "Roth & Partner").
# 11: the Gulf's public and free-zone forms ("PJSC", "SAOG", "K.S.C.P.", "Q.P.S.C.", "FZCO") and India's "OPC"
# key away ("Desert Crown Properties PJSC" is "Desert Crown Properties").
# 12: a French title's inclusive and feminine forms key as its masculine ("Chargé·e", "Chargé(e)" and
# "Chargée" are "Chargé"; "Technicienne", "Conseillère", "Directrice" are "Technicien", "Conseiller",
# "Directeur"): one application's mail writes them several ways.
# 13: Spain's temporary work agencies' "ETT" and cooperatives' "S. Coop." ("S. Coop. And.", "Soc. Coop.") key
# away ("Grupo Levante ETT" is the agency "Grupo Levante"). 14: "ETT" written out, "Empresa de Trabajo
# Temporal", keys away as "ETT" does. 15: Austria's registered cooperatives' "reg.Gen.m.b.H." keys away.
# 16: the English-speaking world's charities', social enterprises' and practices' forms ("CLG", "DAC", "CIC",
# "SCIO", "PLLC", "PBC") and Quebec's "Ltée" key away ("Glenmoy Resource Centre CLG" is its name alone).
# 17: Belgium's French non-profits' "asbl" ("A.S.B.L.") and Italy's "ONLUS" key away as "vzw" does.
# 18: Venezuela's "C.A.", a civil partnership's "S.C.", Belgium's "AISBL", "SCRL" ("SCRL/CVBA"), "SPRLU",
# "SCS", "SComm", Bavaria's "gKU" and "KU", Italy's "S.c.a.r.l.", "Scarl", "S.c.r.l." and "S.C.p.A." key away.
# 19: Italy's "Società Cooperativa (Sociale)" and "(S.r.l.) Società Benefit", Austria's "Gen.m.b.H.",
# "Gemeinnützige Gen.m.b.H." and "gemeinnützige GmbH", Valencia's cooperatives' "Coop. V." key away.
# 20: a name's leading initials written apart key as run together ("R-D-V", "R.D.V." are "RDV"; "A.S. Watson"
# is "AS Watson"). (Version 19's fingerprint is re-taken on the wider list of spellings the test reads since
# version 20, at e1e74e3b's key functions.)
KEY_VERSION = 20
KEY_FINGERPRINTS = {
    1: "5130e27470dbb133",
    2: "d5839809e095a59b",
    3: "63b939d2e1798c29",
    4: "8d734f688b0bcbf2",
    5: "8d5a145db0ab7e2f",
    6: "c10d996d3b326b83",
    7: "6a3600a232784fef",
    8: "0c28faf1473597c1",
    9: "7a879671902abd8c",
    10: "d92ad13139672c25",
    11: "29343f7394518623",
    12: "cfd4c0efd57e16cb",
    13: "a805df1300b1de7a",
    14: "c43dd66482d4eee2",
    15: "15eab428621cf753",
    16: "819604267a8f5e37",
    17: "b8d4f96bff1a86bb",
    18: "c7a5c619826501e7",
    19: "decc268c547af69f",
    20: "afd700933b3bc9c6",
}
# Applications moved into one group per transaction: a group's re-plan is the worker's size; this
# bounds what a user with hundreds of stale records adds to it.
CHUNK = 50
# Listings of the user's records a re-key makes at most: mail recorded meanwhile may move a record the
# previous pass meant to move; another pass finds it where it went.
PASSES = 3
# A group's unit runs again when its mail names role placeholders it did not lock first; only mail
# recorded meanwhile can name more, so a few tries settle it, and a group that never settles is a
# transient failure (retried later), not a loop.
ROLE_LOCK_TRIES = 5

Keys = tuple[str, str]


def current_keys(application: Application) -> Keys:
    """(company_key, title_key) of a stored application under today's key functions, from the company and
    title it shows (its earliest email's spellings, or the user's). An application no email of which
    names its employer keeps its thread's or requisition's placeholder: that key is no name's."""
    key = application.company_key
    if not is_unknown_employer(key):
        key = company_key(application.company) or key
    return key, title_key(application.job_title)


def is_stale(application: Application) -> bool:
    return current_keys(application) != (application.company_key, application.title_key)


@dataclass
class RekeyReport:
    """What one user's re-key did."""

    user_id: str
    version_before: int
    version_after: int
    rekeyed: int = 0  # applications whose stored keys changed (moved or not)
    groups: int = 0  # employer groups re-planned
    merged: int = 0  # applications joined into another by the re-plans
    aliases: int = 0  # thread or requisition placeholders pointed at an employer's new key
    left_stale: int = 0  # applications still stale after the last pass (changed meanwhile)
    dropped_rows: list[tuple[str, int]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.rekeyed or self.merged or self.aliases)

    def summary(self) -> str:
        return (
            f"user {self.user_id}: keys v{self.version_before} -> v{self.version_after}: "
            f"{self.rekeyed} applications re-keyed, {self.groups} employers re-planned, "
            f"{self.merged} duplicates joined, {self.aliases} thread links re-keyed"
            + (f", {self.left_stale} left for the next run" if self.left_stale else "")
        )


@dataclass(frozen=True)
class _GroupOutcome:
    rekeyed: int
    merged: list[Application]


class Rekeying(OverThePorts):
    """Re-keys users' records over the ports (the stores, the queue for the sheet sync, the clock)."""

    def rekey_if_older(self, user_id: str) -> RekeyReport | None:
        """Re-key the user when their records were saved under an older key version; None when current
        (one read)."""
        if self.applications.key_version(user_id) >= KEY_VERSION:
            return None
        report = self.rekey_user(user_id)
        log.info("re-keyed", extra={"event": "rekeyed", "changed": report.changed})
        return report

    def rekey_user(self, user_id: str, chunk: int = CHUNK) -> RekeyReport:
        """Re-key every stored application of the user, re-plan the groups they join, and record the
        version. Idempotent: a second run finds nothing stale and changes nothing."""
        store = self.applications
        report = RekeyReport(user_id, store.key_version(user_id), KEY_VERSION)
        for _ in range(PASSES):
            stale = [a for a in store.list_applications(user_id) if is_stale(a)]
            report.left_stale = len(stale)
            if not stale:
                break
            report.aliases += self._rekey_aliases(user_id, stale)
            for group, movers in sorted(_by_target_group(stale).items()):
                for start in range(0, len(movers), chunk):
                    part = movers[start : start + chunk]
                    outcome = self._rekey_group(user_id, group, part)
                    report.groups += 1
                    report.rekeyed += outcome.rekeyed
                    report.merged += len(outcome.merged)
                    report.dropped_rows += [(a.app_id, a.row_number) for a in outcome.merged if a.row_number]
        else:
            report.left_stale = sum(is_stale(a) for a in store.list_applications(user_id))
        # As after a merge by the user: the absorbed records' rows go blank, the sheet follows soon.
        for app_id, row in report.dropped_rows:
            self.accounts.forget_row(user_id, app_id, row)
        if report.changed:
            self.queue.enqueue_sheet_sync(user_id, not_before=self.clock())
        store.set_key_version(user_id, KEY_VERSION)
        return report

    def _rekey_group(self, user_id: str, group: str, movers: list[Application]) -> _GroupOutcome:
        """`rekey_group` in a transaction, again with the role placeholders its group's mail reads locked
        first when it found some it had not locked (placeholders before employers: the worker's order)."""
        roles: list[str] = []
        for _ in range(ROLE_LOCK_TRIES):
            try:
                return self.applications.in_transaction(user_id, _group_work(group, movers, roles))
            except _RolesToLock as found:
                roles = found.roles
        raise TransientFailure(
            f"re-keying employer group {group!r}: its mail named new role placeholders on each of "
            f"{ROLE_LOCK_TRIES} tries ({len(roles)} so far); nothing of the group was written, retry later"
        )

    def _rekey_aliases(self, user_id: str, stale: list[Application]) -> int:
        """Point each thread's or requisition's placeholder naming an employer by an old key at its new
        key (where the user's records say which: one old key, one new), so that replies naming no employer
        are planned with the employer's group. Done before the records move: mail recorded in between
        goes to the new group, which the records then join."""
        renamed: dict[str, set[str]] = {}
        for application in stale:
            new_key = current_keys(application)[0]
            if new_key != application.company_key:
                renamed.setdefault(application.company_key, set()).add(new_key)
        # A role's placeholder and a spelled form hold the employer's name, not its key: its key is
        # worked out when read, under today's key functions (role_employers, employer_spellings).
        moves = {
            placeholder: (alias, next(iter(renamed[alias])))
            for placeholder, alias in self.applications.employer_aliases(user_id).items()
            if alias != SEVERAL_EMPLOYERS
            and len(renamed.get(alias, ())) == 1
            and not placeholder.startswith((ROLE_PREFIX, FORM_PREFIX))
        }
        if not moves:
            return 0

        def work(part: list[str]) -> Callable[[UserTransaction], int]:
            def rewrite(tx: UserTransaction) -> int:
                for placeholder in part:  # sorted: the order every unit locks in
                    tx.lock_company(placeholder)
                found = {placeholder: tx.employer_alias(placeholder) for placeholder in part}
                changed = [p for p in part if found[p] == moves[p][0]]  # unless mail moved it meanwhile
                for placeholder in changed:
                    tx.save_employer_alias(placeholder, moves[placeholder][1])
                return len(changed)

            return rewrite

        placeholders = sorted(moves)
        return sum(
            self.applications.in_transaction(user_id, work(placeholders[start : start + CHUNK]))
            for start in range(0, len(placeholders), CHUNK)
        )


def _by_target_group(stale: list[Application]) -> dict[str, list[Application]]:
    """The stale applications by the employer group their new key puts them in."""
    groups: dict[str, list[Application]] = {}
    for application in stale:
        groups.setdefault(employer_group(current_keys(application)[0]), []).append(application)
    return groups


def _group_work(
    group: str, movers: list[Application], roles: Sequence[str]
) -> Callable[[UserTransaction], _GroupOutcome]:
    """The transaction that re-keys `movers` (as listed) into `group` and re-plans the group."""
    return lambda tx: rekey_group(tx, group, movers, roles)


def _placeholders_first(key: str) -> tuple[bool, str]:
    """The order every unit locks in: placeholders, then employers, each sorted."""
    return not is_unknown_employer(key), key


class _RolesToLock(Exception):
    """A group's mail reads role placeholders the unit did not lock first: nothing is written, and the
    unit is run again locking `roles` before the groups."""

    def __init__(self, roles: list[str]) -> None:
        super().__init__(f"{len(roles)} role placeholders to lock first")
        self.roles = roles


def rekey_group(
    tx: UserTransaction, group: str, movers: list[Application], roles: Sequence[str] = ()
) -> _GroupOutcome:
    """Move `movers` (stale applications, as listed) into employer group `group`, give its applications
    today's keys and re-plan it with every email they hold, its mail naming a role and no employer with
    the employer the role's placeholder names (role_employers.read_roles, as recording reads them). The
    placeholders (`roles`) and groups read are locked in the worker's order, placeholders first; if the
    group's mail reads a role placeholder not in `roles`, it raises _RolesToLock before writing. A mover
    that moved or changed since it was listed is left for the next pass."""
    sources = sorted({employer_group(a.company_key) for a in movers} - {group})
    for key in sorted({*roles, group, *sources}, key=_placeholders_first):
        tx.lock_company(key)
    history: dict[str, list[ApplicationEvent]] = dict(tx.employer_history(group))
    ids = list(tx.application_digests(group))
    listed = {a.app_id for a in movers}
    for source in sources:
        indexed = tx.application_digests(source)
        emails = tx.employer_history(source)
        for app_id in indexed:
            if app_id in listed:
                ids.append(app_id)
                history[app_id] = emails.get(app_id, [])
    if unlocked := set(roles_read(history)) - set(roles):
        raise _RolesToLock(sorted(unlocked | set(roles)))
    role_employers: dict[str, str | None] = {}
    read_roles(tx, history, role_employers)
    stored = [a for a in tx.applications(ids) if employer_group(current_keys(a)[0]) == group]
    if not stored:
        return _GroupOutcome(0, [])
    rekeyed = sum(is_stale(a) for a in stored)
    pinned_rekeyed = []
    for application in stored:
        if is_pinned(application) and is_stale(application):
            # A pinned record is not re-planned: its keys are given here, its emails and edits stay.
            application.company_key, application.title_key = current_keys(application)
            pinned_rekeyed.append(application)
    plan = plan_employer(stored, history, None, tx.new_application_id, role_employers=role_employers)
    saved = {a.app_id for a in plan.saved}
    write_plan(tx, plan, [a for a in pinned_rekeyed if a.app_id not in saved])
    return _GroupOutcome(rekeyed, plan.dropped)
