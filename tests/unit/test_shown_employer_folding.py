"""The employer an application shows, folded one email at a time (application_folding.apply_event): the same
emails show the same name whatever order they are folded in, as a correction's restore folds the mail
that arrived after it onto a record already named."""

from __future__ import annotations

from datetime import UTC, datetime

from tracker.application_folding import apply_event, new_application
from tracker.models import ApplicationEvent, Status


def _email(message_id: str, day: int, company: str) -> ApplicationEvent:
    return ApplicationEvent(
        message_id,
        Status.APPLIED,
        datetime(2026, 3, day, tzinfo=UTC),
        sender="careers@ashcombe-vale.example",
        company=company,
        job_title="Quantity Surveyor",
    )


def _shown(first: ApplicationEvent, then: ApplicationEvent) -> str:
    application = new_application("a1", "", first)
    apply_event(application, first)
    apply_event(application, then)
    return application.company


def test_initials_dated_first_but_folded_last_leave_the_name_in_full():
    initials, in_full = _email("m1", 2, "AVH"), _email("m2", 9, "Ashcombe Vale Homes")
    assert _shown(in_full, initials) == _shown(initials, in_full) == "Ashcombe Vale Homes"


def test_a_name_run_together_dated_first_but_folded_last_leaves_the_name_in_full():
    squashed, in_full = _email("m1", 2, "AshcombeVale"), _email("m2", 9, "Ashcombe Vale Homes")
    assert _shown(in_full, squashed) == _shown(squashed, in_full) == "Ashcombe Vale Homes"


def test_the_earliest_of_two_names_in_full_is_shown_whatever_the_order():
    earlier, later = _email("m1", 2, "Ashcombe Vale Homes"), _email("m2", 9, "Ashcombe Vale Homes Ltd")
    assert _shown(later, earlier) == _shown(earlier, later) == "Ashcombe Vale Homes"
