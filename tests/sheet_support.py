"""A user with a sheet at the fake Google and records on the Firestore emulator, for sheet-sync tests:
mail arrives, the user edits in the app or types in the sheet, syncs run, with a clock the test moves."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from infra.firestore_accounts import FirestoreAccountStore
from infra.firestore_codec import application_to_doc
from infra.firestore_store import FirestoreApplicationStore
from infra.sheets import GoogleSheet, sheets_service
from tests.builders import a_new_application, an_email, application_email
from tests.fakes import RecordingQueue
from tracker.accounts import UserAccount
from tracker.editing import ManualChanges
from tracker.recording import record_email
from tracker.sheet_sync import SheetSyncResult, sync_sheet
from tracker.use_cases import UseCases


class SheetUser:
    """One user, their sheet (tab "Applications") and the real adapters; `now` moves on by `later()`."""

    def __init__(self, account: dict, firestore_client, now: datetime) -> None:
        self.control = account["control"]
        service = sheets_service(account["settings"], account["credentials"])
        self.service = service.spreadsheets()
        self.sheet = GoogleSheet(service)
        self.accounts = FirestoreAccountStore(firestore_client)
        self.applications = FirestoreApplicationStore(firestore_client)
        self.now = now
        self.use_cases = UseCases(self.applications, self.accounts, RecordingQueue(), clock=lambda: self.now)
        user_id = f"user-{uuid.uuid4().hex[:10]}"
        self.user = UserAccount(
            user_id, account["email"], user_id, sheet_id=self.sheet.create("Job applications")
        )
        self.accounts.save_user(self.user)
        self.accounts.connect_sheet(user_id, self.user.sheet_id)

    @property
    def user_id(self) -> str:
        return self.user.user_id

    def later(self, minutes: int = 1) -> None:
        self.now += timedelta(minutes=minutes)

    def receive(
        self, on: int, company: str = "Acme", status: str = "applied", title: str = "Engineer"
    ) -> str:
        """An email about an application arrives and is recorded; returns the application's id."""
        extraction = application_email(status, company, title)
        return self.applications.in_transaction(
            self.user_id, lambda tx: record_email(tx, an_email(on=on), extraction, now=self.now)
        ).app_id

    def receive_many(self, companies: list[str]) -> None:
        """An application at each of `companies`, written in batches (a thousand emails one transaction
        at a time would take minutes on a loaded emulator); each is marked for its first sync."""
        applications = self.applications.applications(self.user_id)
        for start in range(0, len(companies), 400):
            batch = self.applications.client.batch()
            for company in companies[start : start + 400]:
                app = a_new_application(company, app_id=uuid.uuid4().hex, updated_at=self.now)
                batch.set(applications.document(app.app_id), application_to_doc(app))
            batch.commit()

    def edit_in_app(self, app_id: str, **changes) -> None:
        self.use_cases.edit_application(self.user_id, app_id, ManualChanges(**changes))

    def type_in_sheet(self, a1: str, *values: str) -> None:
        """The user types into cells of the tab (as the Sheets UI does: USER_ENTERED)."""
        self.service.values().update(
            spreadsheetId=self.user.sheet_id,
            range=f"'Applications'!{a1}",
            valueInputOption="USER_ENTERED",
            body={"values": [list(values)]},
        ).execute()

    def sync(self) -> SheetSyncResult:
        return sync_sheet(self.user, self.accounts, self.sheet, self.use_cases.take_sheet_edits, self.now)

    def rows(self) -> list[list[str]]:
        return self.control.sheet_values(self.user.sheet_id)

    def application(self, app_id: str):
        return self.applications.get_application(self.user_id, app_id)
