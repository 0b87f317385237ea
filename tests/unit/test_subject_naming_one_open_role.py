"""A mail naming no title, with several applications open at its employer, whose subject writes the own
words of one of their titles ("Meeting the ICU night team" beside an ICU post and a Theatres post): a
person naming the role in passing. It joins that one, flagged; a subject writing words of two, one word
alone, or only words every title writes ("Nurse") joins none (tracker/subject_roles.py `by_its_subject`).

Readings are given (a stub extractor): each test says what each mail was read as, who sent it and its
subject."""

from __future__ import annotations

from tests.builders import application_email
from tests.given_readings import mail, tracked_records
from tracker.models import EmailMessage, Extraction

HEALTH = "Orchard Vale Health <orchardvale@myworkday.com>"
MANAGER = "Imogen Pryce <imogen.pryce@orchardvale.example>"
ICU = "Staff Nurse - Intensive Care (ICU) - Night Shift"
THEATRES = "Staff Nurse - Theatres - Day Shift"


def tracked(*mails: tuple[EmailMessage, Extraction]) -> list[tuple[set[str], str | None, str | None]]:
    """Each record's emails, title and review flag."""
    return [(emails, record.job_title, record.needs_review) for emails, record in tracked_records(mails)]


def two_receipts() -> list[tuple[EmailMessage, Extraction]]:
    return [
        (
            mail("m1", 0, HEALTH, f"Application received - {ICU}"),
            application_email("applied", "Orchard Vale Health", ICU),
        ),
        (
            mail("m2", 1, HEALTH, f"Application received - {THEATRES}"),
            application_email("applied", "Orchard Vale Health", THEATRES),
        ),
    ]


def test_a_subject_writing_one_open_titles_own_words_joins_that_application_flagged():
    records = tracked(
        *two_receipts(),
        (
            mail("m3", 6, MANAGER, "Meeting the ICU night team"),
            application_email("interview", "Orchard Vale Health", None),
        ),
    )
    assert [(emails, title) for emails, title, _ in records] == [({"m1", "m3"}, ICU), ({"m2"}, THEATRES)]
    assert "its subject writes" in (records[0][2] or "")


def test_a_subject_writing_words_of_two_open_titles_joins_neither():
    records = tracked(
        *two_receipts(),
        (
            mail("m3", 6, MANAGER, "Theatres or ICU nights?"),
            application_email("interview", "Orchard Vale Health", None),
        ),
    )
    assert [emails for emails, _, _ in records] == [{"m1"}, {"m2"}, {"m3"}]


def test_one_word_or_words_every_title_writes_are_no_evidence():
    for subject in ("Interview - ICU", "Staff Nurse interview", "Your interview next week"):
        records = tracked(
            *two_receipts(),
            (mail("m3", 6, MANAGER, subject), application_email("interview", "Orchard Vale Health", None)),
        )
        assert [emails for emails, _, _ in records] == [{"m1"}, {"m2"}, {"m3"}], subject


def test_with_one_application_open_the_subject_is_not_needed():
    records = tracked(
        two_receipts()[0],
        (mail("m3", 6, MANAGER, "Quick chat"), application_email("interview", "Orchard Vale Health", None)),
    )
    assert [(emails, review) for emails, _, review in records] == [({"m1", "m3"}, None)]
