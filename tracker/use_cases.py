"""The API's use cases over the ports (a service layer, as cosmicpython's services.py): each is one
unit of work on the stores plus the sheet sync or fetch it leads to. The handlers parse and shape;
the adapters store; what a hand edit, an added or deleted job or a new fetch means is decided here.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from tracker import calendar_feed
from tracker.accounts import FetchRun, RunState
from tracker.corrections import CONFIRMED
from tracker.editing import ManualChanges, apply_manual_changes, manual_application
from tracker.errors import TooSoon
from tracker.ghosting import became_ghosted
from tracker.models import Application
from tracker.names import company_key, employer_group
from tracker.ports import OverThePorts, UserTransaction
from tracker.retention import erase_expired_subjects
from tracker.sheet_edits import SheetDecision, decide_sheet_edits
from tracker.user_settings import SettingsChange


@dataclass(frozen=True)
class SchedulePage:
    """What one page of a daily round did: users read, fetch tasks it added, the next page's cursor."""

    users: int
    fetches_started: int
    next_after: str | None


def scheduled_run_id(round_id: str, user_id: str) -> str:
    """The one run a user gets in a daily round, the same however often its page is done."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"job-tracker/schedule/{round_id}/{user_id}").hex


class UseCases(OverThePorts):
    """The use cases of one process, over its ports; `clock` says when "now" is."""

    def edit_application(
        self, user_id: str, app_id: str, changes: ManualChanges, source: str = "app", reviewed: bool = False
    ) -> Application | None:
        """Apply the user's changes (made in the app, or in the sheet: `source`) atomically, moving the
        application between employers if renamed; None when there is no such application.
        `reviewed`: the user checked the record (confirmed it, or fixed it with these changes), so it
        leaves the review list and is pinned: re-planning does not flag it again unless a new email
        joins it on weak evidence."""

        def work(tx: UserTransaction) -> Application | None:
            application = tx.application(app_id)
            if application is None:
                return None
            if reviewed:
                application.needs_review = None
                application.pinned_by = application.pinned_by or CONFIRMED
            self._apply(tx, application, changes, source)
            return application

        return self._sync_soon(user_id, self.applications.in_transaction(user_id, work))

    def take_sheet_edits(
        self, user_id: str, app_id: str, cells: dict[str, str], written_at: datetime
    ) -> SheetDecision | None:
        """Turn what the user typed in the application's row (field -> cell text) into a manual edit,
        by tracker/sheet_edits.py's rule; a value not taken has the row written again. None when there
        is no such application. The calling sync writes the row: no other sync is asked for."""

        def work(tx: UserTransaction) -> SheetDecision | None:
            application = tx.application(app_id)
            if application is None:
                return None
            decision = decide_sheet_edits(application, cells, written_at)
            if decision.changes.changed_fields():
                self._apply(tx, application, decision.changes, "sheet")
            elif decision.rewrite_row:
                tx.lock_company(application.company_key)
                application.sheet_dirty, application.version = True, application.version + 1
                tx.save_application(application)
            return decision

        return self.applications.in_transaction(user_id, work)

    def _apply(
        self, tx: UserTransaction, application: Application, changes: ManualChanges, source: str
    ) -> None:
        old_key = application.company_key
        new_key = company_key(changes.company) if changes.company else old_key
        for key in sorted({employer_group(old_key), employer_group(new_key)}):
            tx.lock_company(key)
        apply_manual_changes(application, changes, self.clock(), source)
        tx.save_application(application)  # moves it (and its emails) to the new employer's index

    def add_application(self, user_id: str, changes: ManualChanges, applied_at: datetime) -> Application:
        """A new application typed in by the user, in its employer's index like any other."""

        def work(tx: UserTransaction) -> Application:
            application = manual_application(tx.new_application_id(), changes, applied_at)
            tx.lock_company(application.company_key)
            tx.save_application(application)
            return application

        added = self.applications.in_transaction(user_id, work)
        self.queue.enqueue_sheet_sync(user_id, not_before=self.clock())
        return added

    def delete_application(self, user_id: str, app_id: str) -> Application | None:
        """Delete an application, its timeline and its emails from its employer's history (so that a
        later re-plan does not bring them back); its sheet row is blanked at the next sync. None when
        there is no such application."""

        def work(tx: UserTransaction) -> Application | None:
            application = tx.application(app_id)
            if application is None:
                return None
            tx.lock_company(application.company_key)
            tx.delete_application(app_id)
            return application

        deleted = self.applications.in_transaction(user_id, work)
        if deleted is not None:
            self.accounts.forget_row(user_id, app_id, deleted.row_number)
        return self._sync_soon(user_id, deleted)

    def request_sheet_sync(self, user_id: str) -> None:
        """A sheet sync soon (the user's sheet edits come back with it)."""
        self.queue.enqueue_sheet_sync(user_id, not_before=self.clock())

    def connect_sheet(self, user_id: str, sheet_id: str) -> None:
        """Connect the sheet and have the applications already tracked written to it soon."""
        self.accounts.connect_sheet(user_id, sheet_id)
        self.queue.enqueue_sheet_sync(user_id, not_before=self.clock())

    def change_settings(self, user_id: str, change: SettingsChange) -> None:
        """Save the user's new settings. A read-from day before the current one makes the next fetch
        read from there again (the processed markers skip what was read); a later one only moves the
        date: applications already tracked stay."""
        if change.values:
            self.accounts.update_settings(user_id, change.values)
        if change.read_from is not None:
            user = self.accounts.get_user(user_id)
            current = user.sync.start_date if user else None
            earlier = current is not None and change.read_from.date() < current.date()
            self.accounts.set_start_date(user_id, change.read_from, read_again=earlier)

    def erase_expired_subjects(self, user_id: str, retention_days: int) -> int:
        """Erase the subjects of the user's emails past their retention period (tracker/retention.py)."""
        return erase_expired_subjects(self.applications, user_id, self.clock(), retention_days)

    def mark_newly_ghosted(self, user_id: str, since: datetime | None, after_days: int) -> list[str]:
        """Mark changed the rows of applications that became ghosted after `since` (the previous
        fetch), so the next sheet sync writes their Ghosted cell; returns their ids. Nothing on a
        first fetch: every row is new then."""
        now = self.clock()
        if since is None:
            return []
        found = [
            a
            for a in self.applications.list_applications(user_id)
            if became_ghosted(a, since, now, after_days)
        ]

        def work(tx: UserTransaction) -> None:
            for key in sorted({employer_group(a.company_key) for a in found}):
                tx.lock_company(key)
            for application in found:
                current = tx.application(application.app_id)
                if current is not None and became_ghosted(current, since, now, after_days):
                    current.sheet_dirty = True
                    tx.save_application(current)

        if found:
            self.applications.in_transaction(user_id, work)
            self.queue.enqueue_sheet_sync(user_id, not_before=now)
        return [a.app_id for a in found]

    def new_calendar_feed(self, user_id: str) -> str:
        """A new calendar feed token for the user (any earlier one stops working); returned once."""
        token = calendar_feed.new_token()
        self.accounts.set_calendar_token(user_id, calendar_feed.token_hash(token))
        return token

    def revoke_calendar_feed(self, user_id: str) -> None:
        self.accounts.set_calendar_token(user_id, None)

    def start_fetch(self, user_id: str, min_interval: timedelta = timedelta(0)) -> tuple[FetchRun, bool]:
        """The user's fetch: the one queued or running if there is one (False), else a new run and
        the task that lists their new mail (True). TooSoon when their last fetch began less than
        `min_interval` ago.

        Within one interval a new run's id is the same for every request, so two requests at once
        start one run (stored once, its task named by it)."""
        now = self.clock()
        latest = self.accounts.list_runs(user_id, limit=1)
        if latest and latest[0].state in (RunState.QUEUED, RunState.RUNNING):
            run = latest[0]
            if run.state is RunState.QUEUED:
                self.queue.enqueue_fetch(user_id, run.run_id)  # in case the request that stored it died
            return run, False
        if latest and latest[0].started_at and min_interval:
            wait = latest[0].started_at + min_interval - now
            if wait > timedelta(0):
                seconds = math.ceil(wait.total_seconds())
                raise TooSoon(f"your last fetch began moments ago; fetch again in {seconds} s", seconds)
        run_id = uuid.uuid4().hex
        if min_interval:
            slot = int(now.timestamp() // min_interval.total_seconds())
            run_id = uuid.uuid5(uuid.NAMESPACE_URL, f"job-tracker/fetch/{user_id}/{slot}").hex
        run = self.accounts.start_run_once(FetchRun(run_id=run_id, user_id=user_id, started_at=now))
        self.queue.enqueue_fetch(user_id, run.run_id)
        return run, True

    def start_scheduled_fetches(self, round_id: str, after: str, page_size: int) -> SchedulePage:
        """One page of the daily round `round_id`: a fetch for each user who can fetch among the
        `page_size` users with auto-fetch on after `after`, the next page's task asked for first.

        A page done again (its task retried) starts no second fetch: a user's run in a round has a
        name of its own, stored once, and its fetch task is named by the run. Asking for the next
        page before this one's fetches means one page that keeps failing holds up no other."""
        users = self.accounts.users_with_auto_fetch(after, page_size)
        next_after = users[-1].user_id if len(users) == page_size else None
        if next_after is not None:
            self.queue.enqueue_schedule_page(round_id, next_after)
        started = 0
        for user in users:
            if user.first_time_user or user.reconnect_needed:
                continue
            fresh = FetchRun(scheduled_run_id(round_id, user.user_id), user.user_id, started_at=self.clock())
            run = self.accounts.start_run_once(fresh)
            if run.state is RunState.QUEUED and self.queue.enqueue_fetch(user.user_id, run.run_id):
                started += 1
        return SchedulePage(users=len(users), fetches_started=started, next_after=next_after)

    def _sync_soon(self, user_id: str, changed: Application | None) -> Application | None:
        """Ask for a sheet sync when an application changed; returns it."""
        if changed is not None:
            self.queue.enqueue_sheet_sync(user_id, not_before=self.clock())
        return changed
