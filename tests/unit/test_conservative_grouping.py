"""Issue 14, class 6: emails are merged only on strong evidence; weak evidence is flagged for review."""

from __future__ import annotations

from tests.builders import an_email, application_email, day
from tests.unit.test_recording import USER, Tracker
from tracker.models import Status
from tracker.recording import record_email


def test_two_emails_that_both_name_no_employer_are_two_applications():
    tracker = Tracker()
    board = "Indeed Apply <indeedapply@indeed.com>"
    tracker.receive(an_email(on=1, sender=board), application_email("applied", None, None))
    tracker.receive(an_email(on=2, sender=board), application_email("rejected", None, None))
    assert len(tracker.applications) == 2


def test_an_email_naming_no_employer_joins_its_own_thread():
    tracker = Tracker()
    tracker.receive(an_email(on=1, thread="t1"), application_email("applied", None, "Data Engineer"))
    tracker.receive(an_email(on=3, thread="t1"), application_email("rejected", None, None))
    assert tracker.only_application().status is Status.REJECTED


def test_a_record_with_no_employer_is_flagged_for_review():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", None, "Data Engineer"))
    assert tracker.only_application().needs_review == "the email names no employer"


def test_another_requisition_at_the_same_employer_is_another_application():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", None, requisition_id="RC1001"))
    tracker.receive(an_email(on=2), application_email("applied", "Acme", None, requisition_id="RC2002"))
    tracker.receive(an_email(on=3), application_email("rejected", "Acme", "Data Engineer", "RC2002"))
    statuses = sorted(a.status.value for a in tracker.applications)
    assert statuses == ["applied", "rejected"]


def test_the_same_title_with_another_requisition_id_is_another_application():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", "Software Engineer II", "1665505"))
    tracker.receive(an_email(on=2), application_email("rejected", "Acme", "Software Engineer II", "1670369"))
    assert len(tracker.applications) == 2


def test_an_untitled_confirmation_weeks_after_another_is_a_new_submission():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Oracle", None))
    tracker.receive(an_email(on=15), application_email("applied", "Oracle", None))
    assert [a.needs_review for a in tracker.applications] == [None, None]  # two, neither a guess


def test_an_untitled_confirmation_days_after_another_is_the_same_submission():
    tracker = Tracker()
    ats, board = "Oracle <oracle@taleo.example>", "Board <apply@board.example>"
    tracker.receive(an_email(on=1, sender=ats), application_email("applied", "Oracle", None))
    tracker.receive(an_email(on=3, sender=board), application_email("applied", "Oracle", None))
    assert len(tracker.applications) == 1


def test_an_update_that_states_no_status_joins_the_open_application_however_late():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Microsoft", None))
    tracker.receive(an_email(on=40), application_email("rejected", "Microsoft", None, status_stated=False))
    assert tracker.only_application().status is Status.REJECTED


def test_a_titleless_email_while_several_applications_are_open_is_kept_apart_and_flagged():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", "Data Engineer"))
    tracker.receive(an_email(on=2), application_email("applied", "Acme", "ML Engineer"))
    tracker.receive(an_email(on=5), application_email("rejected", "Acme", None))
    flagged = [a for a in tracker.applications if a.needs_review]
    assert [(a.job_title, a.status) for a in flagged] == [(None, Status.REJECTED)]
    assert flagged[0].needs_review == (
        "kept apart: an email naming no job title, with 2 open applications at this employer it could "
        "belong to"
    )


def test_a_titleless_email_at_an_employer_with_one_open_application_is_not_flagged():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", "Data Engineer"))
    tracker.receive(an_email(on=5), application_email("rejected", "Acme", None))
    assert tracker.only_application().needs_review is None


def test_one_employer_spelled_two_ways_is_one_application():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Ford", "Software Engineer, Full Stack"))
    tracker.receive(an_email(on=20), application_email("rejected", "Ford Motor Company", None))
    application = tracker.only_application()
    assert (application.company, application.status) == ("Ford", Status.REJECTED)


def test_employers_that_share_only_a_first_word_stay_apart():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "American Express", None))
    tracker.receive(an_email(on=2), application_email("rejected", "American Airlines", None))
    by_company = {a.company: a.status for a in tracker.applications}
    assert by_company == {"American Express": Status.APPLIED, "American Airlines": Status.REJECTED}


def test_a_titled_email_does_not_reopen_an_untitled_application_that_had_closed():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Microsoft", None))
    tracker.receive(an_email(on=5), application_email("rejected", "Microsoft", None))
    tracker.receive(an_email(on=30), application_email("rejected", "Microsoft", "Software Engineer II"))
    assert len(tracker.applications) == 2


def test_another_employer_sharing_the_first_word_is_no_rival_for_an_untitled_email():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Ford Motor", "Data Engineer"))
    tracker.receive(an_email(on=2), application_email("applied", "Ford Foundation", "Program Officer"))
    tracker.receive(an_email(on=5), application_email("rejected", "Ford Motor", None))
    assert [a.needs_review for a in tracker.applications] == [None, None]


def test_two_title_less_confirmations_from_one_address_are_two_submissions():
    tracker = Tracker()
    ats = "Careers <noreply@talent-mailer.example>"
    tracker.receive(an_email(on=1, sender=ats), application_email("applied", "Talent Mailer", None))
    tracker.receive(an_email(on=3, sender=ats), application_email("applied", "Talent Mailer", None))
    assert len(tracker.applications) == 2


def test_one_requisition_id_never_joins_employers_that_only_share_a_word():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Capital One", "Data Analyst", "R 5521"))
    tracker.receive(an_email(on=9), application_email("rejected", "Capital Group", None, "R 5521"))
    by_company = {a.company: a.status for a in tracker.applications}
    assert by_company == {"Capital One": Status.APPLIED, "Capital Group": Status.REJECTED}


def test_one_employer_spelled_several_ways_shows_one_spelling_on_every_application():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", "Data Analyst"))
    tracker.receive(an_email(on=2), application_email("applied", "The Acme Company", "Product Analyst"))
    tracker.receive(an_email(on=3), application_email("applied", "ACME Inc.", "Data Engineer"))
    assert sorted((a.job_title, a.company) for a in tracker.applications) == [
        ("Data Analyst", "Acme"),
        ("Data Engineer", "Acme"),
        ("Product Analyst", "Acme"),
    ]


def test_employers_sharing_a_word_keep_their_own_spellings():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Capital One", "Data Analyst"))
    tracker.receive(an_email(on=2), application_email("applied", "Capital Group", "Data Analyst"))
    tracker.receive(an_email(on=9), application_email("rejected", "Capital Group", "Data Analyst"))
    by_company = {a.company: a.status for a in tracker.applications}
    assert by_company == {"Capital One": Status.APPLIED, "Capital Group": Status.REJECTED}


def test_one_role_written_with_and_without_abbreviations_is_one_application():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Fernwood Bank", "Senior Data Analyst"))
    tracker.receive(an_email(on=1), application_email("applied", "Fernwood Bank", "Sr. Data Analyst"))
    tracker.receive(an_email(on=9), application_email("rejected", "Fernwood Bank", "Sr Data Analyst"))
    assert tracker.only_application().status is Status.REJECTED


def rejected_on_day_20() -> Tracker:
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Kestrel Bank", "Risk Analyst"))
    tracker.receive(an_email(on=20), application_email("rejected", "Kestrel Bank", "Risk Analyst"))
    return tracker


def test_a_confirmation_sent_again_days_after_the_rejection_does_not_reopen_it():
    tracker = rejected_on_day_20()
    tracker.receive(an_email(on=22), application_email("applied", "Kestrel Bank", "Risk Analyst"))
    assert tracker.only_application().status is Status.REJECTED


def test_applying_to_the_same_role_months_after_the_rejection_is_a_new_application():
    tracker = rejected_on_day_20()
    tracker.receive(an_email(on=150), application_email("applied", "Kestrel Bank", "Risk Analyst"))
    tracker.receive(an_email(on=160), application_email("interview", "Kestrel Bank", "Risk Analyst"))
    assert sorted(a.status.value for a in tracker.applications) == ["interview", "rejected"]


def test_a_new_roles_confirmation_does_not_name_a_title_less_application_already_interviewing():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", None))
    tracker.receive(an_email(on=5), application_email("interview", "Acme", None))
    tracker.receive(an_email(on=20), application_email("applied", "Acme", "Platform Engineer"))
    by_title = {a.job_title: a.status for a in tracker.applications}
    assert by_title == {None: Status.INTERVIEW, "Platform Engineer": Status.APPLIED}


def test_a_titled_confirmation_days_after_a_title_less_one_is_the_same_submission():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", None))
    tracker.receive(an_email(on=3), application_email("applied", "Acme", "Platform Engineer"))
    assert tracker.only_application().job_title == "Platform Engineer"


def test_a_titled_confirmation_a_week_after_a_title_less_one_is_still_its_receipt():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", None))
    tracker.receive(an_email(on=8), application_email("applied", "Acme", "Platform Engineer"))
    assert tracker.only_application().job_title == "Platform Engineer"


def test_a_titled_confirmation_months_after_a_title_less_one_is_another_submission():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", None))
    tracker.receive(an_email(on=60), application_email("applied", "Acme", "Platform Engineer"))
    assert sorted(str(a.job_title) for a in tracker.applications) == ["None", "Platform Engineer"]


def test_a_titled_update_names_the_title_less_application_it_follows():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", None))
    tracker.receive(an_email(on=5), application_email("interview", "Acme", "Platform Engineer"))
    application = tracker.only_application()
    assert (application.job_title, application.status) == ("Platform Engineer", Status.INTERVIEW)


def test_a_reply_naming_no_employer_joins_its_threads_application_though_another_is_open_there():
    tracker = Tracker()
    tracker.receive(an_email(on=1, thread="t1"), application_email("applied", "Wexford", "Data Engineer"))
    tracker.receive(an_email(on=2, thread="t2"), application_email("applied", "Wexford", "ML Engineer"))
    tracker.receive(an_email(on=9, thread="t1"), application_email("rejected", None, None))
    by_title = {a.job_title: (a.status, a.needs_review) for a in tracker.applications}
    assert by_title == {"Data Engineer": (Status.REJECTED, None), "ML Engineer": (Status.APPLIED, None)}


def test_a_thread_begun_by_mail_naming_no_employer_takes_the_employer_its_reply_names():
    tracker = Tracker()
    tracker.receive(an_email(on=1, thread="t1"), application_email("applied", None, None))
    tracker.receive(an_email(on=5, thread="t1"), application_email("interview", "Lumen", "Data Analyst"))
    tracker.receive(an_email(on=9, thread="t1"), application_email("rejected", None, None))
    application = tracker.only_application()
    assert (application.company, application.status, application.needs_review) == (
        "Lumen",
        Status.REJECTED,
        None,
    )


def test_a_reply_naming_no_employer_recorded_before_its_thread_named_one_joins_it_after():
    tracker = Tracker()
    tracker.receive(an_email(on=9, thread="t1"), application_email("rejected", None, None))
    tracker.receive(an_email(on=1, thread="t1"), application_email("applied", "Wexford", "Data Engineer"))
    application = tracker.only_application()
    assert (application.company, application.status) == ("Wexford", Status.REJECTED)


def test_one_requisition_id_joins_two_emails_that_both_name_no_employer():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", None, "Data Engineer", "R-1234"))
    tracker.receive(an_email(on=9), application_email("rejected", None, None, requisition_id="R-1234"))
    assert tracker.only_application().status is Status.REJECTED


def test_one_requisition_id_joins_an_email_naming_no_employer_to_the_one_that_names_it_in_either_order():
    for first, second in ((1, 9), (9, 1)):
        tracker = Tracker()
        tracker.receive(an_email(on=first), application_email("applied", "Calder", "Field Engineer", "48213"))
        tracker.receive(
            an_email(on=second), application_email("rejected", None, None, requisition_id="48213")
        )
        tracker.receive(an_email(on=3), application_email("applied", "Calder", "Service Technician", "48377"))
        by_title = {a.job_title: a.company for a in tracker.applications}
        assert by_title == {"Field Engineer": "Calder", "Service Technician": "Calder"}, (first, second)


def test_one_requisition_id_at_two_named_employers_is_two_applications_and_joins_no_unnamed_mail():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Harbor Health", "Clinical Analyst", "5521"))
    tracker.receive(
        an_email(on=2), application_email("rejected", "Pinecrest Foods", "Supply Analyst", "5521")
    )
    tracker.receive(an_email(on=3), application_email("applied", "Harbor Health", "Clinical Analyst", "5521"))
    tracker.receive(an_email(on=9), application_email("interview", None, None, requisition_id="5521"))
    by_company = {a.company_key: (a.status, a.needs_review) for a in tracker.applications}
    assert by_company == {
        "harbor health": (Status.APPLIED, None),
        "pinecrest foods": (Status.REJECTED, None),
        "?req:5521": (Status.INTERVIEW, "the email names no employer"),
    }


def test_a_titled_email_naming_one_of_several_title_less_applications_is_joined_to_the_latest_and_flagged():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Oracle", None))
    tracker.receive(an_email(on=15), application_email("applied", "Oracle", None))
    tracker.receive(an_email(on=30), application_email("rejected", "Oracle", "Data Engineer"))
    by_start = {a.applied_at: (a.job_title, a.needs_review) for a in tracker.applications}
    assert by_start == {
        day(1): (None, None),
        day(15): (
            "Data Engineer",
            "an email naming a job title was joined to the latest of 2 open applications at this employer "
            "that named none",
        ),
    }


def test_a_title_less_email_after_the_employers_only_application_closed_joins_it_flagged():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", "Data Engineer"))
    tracker.receive(an_email(on=9), application_email("rejected", "Acme", "Data Engineer"))
    tracker.receive(an_email(on=40), application_email("interview", "Acme", None))
    application = tracker.only_application()
    assert application.status is Status.REJECTED
    assert application.needs_review == (
        "an email naming no job title, dated after every application at this employer had closed, was "
        "joined to the latest"
    )


def test_a_rejection_months_later_naming_the_role_another_way_joins_its_application():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Granite Bank", "Sr. Data Engineer"))
    tracker.receive(an_email(on=5), application_email("applied", "Granite Bank", "Risk Analyst"))
    tracker.receive(
        an_email(on=110), application_email("rejected", "Granite Bank", "Senior Data Engineer II")
    )
    by_title = {a.job_title: (a.status, a.needs_review) for a in tracker.applications}
    assert by_title == {"Sr. Data Engineer": (Status.REJECTED, None), "Risk Analyst": (Status.APPLIED, None)}


def test_a_german_title_with_and_without_its_gender_tag_is_one_role():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Nordlicht", "Softwareentwickler (m/w/d)"))
    tracker.receive(an_email(on=9), application_email("interview", "Nordlicht", "Softwareentwickler"))
    tracker.receive(an_email(on=20), application_email("rejected", "Nordlicht", None))
    assert tracker.only_application().status is Status.REJECTED


def test_a_title_written_like_two_open_applications_titles_is_kept_apart_and_flagged():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", "Data Engineer"))
    tracker.receive(an_email(on=2), application_email("applied", "Acme", "Data Engineer II"))
    tracker.receive(an_email(on=9), application_email("rejected", "Acme", "Senior Data Engineer II"))
    flagged = {a.job_title: a.needs_review for a in tracker.applications if a.needs_review}
    assert flagged == {
        "Senior Data Engineer II": "kept apart: an email naming a job title written like those of 2 open "
        "applications at this employer"
    }


def test_a_confirmation_naming_the_role_another_way_is_another_submission():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", "Data Engineer"))
    tracker.receive(an_email(on=3), application_email("applied", "Acme", "Senior Data Engineer"))
    assert len(tracker.applications) == 2


def test_an_email_whose_status_was_only_assumed_joins_the_open_application_however_late():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Microsoft", None))
    tracker.receive(an_email(on=40), application_email("applied", "Microsoft", None, status_stated=False))
    assert len(tracker.applications) == 1


def test_another_requisitions_email_naming_the_role_another_way_is_its_own_application_unflagged():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", "Data Engineer", "R-1"))
    tracker.receive(an_email(on=5), application_email("interview", "Acme", "Senior Data Engineer", "R-2"))
    assert [a.needs_review for a in tracker.applications] == [None, None]


def test_a_closed_applications_title_written_another_way_starts_a_new_one():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", "Data Engineer"))
    tracker.receive(an_email(on=9), application_email("rejected", "Acme", "Data Engineer"))
    tracker.receive(an_email(on=60), application_email("interview", "Acme", "Senior Data Engineer"))
    assert sorted(a.status.value for a in tracker.applications) == ["interview", "rejected"]


def test_a_requisition_id_written_with_a_space_is_the_same_requisition():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", None, "Data Engineer", "R 1234"))
    tracker.receive(an_email(on=9), application_email("rejected", None, None, requisition_id="R1234"))
    assert tracker.only_application().status is Status.REJECTED


def test_a_title_less_email_joined_by_its_requisition_id_after_the_close_is_not_flagged():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", "Data Engineer", "48213"))
    tracker.receive(an_email(on=9), application_email("rejected", "Acme", "Data Engineer", "48213"))
    tracker.receive(an_email(on=30), application_email("rejected", "Acme", None, requisition_id="48213"))
    assert tracker.only_application().needs_review is None


def test_a_title_less_email_with_another_requisition_id_after_the_close_is_flagged_where_joined():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", "Data Engineer"))
    tracker.receive(an_email(on=9), application_email("rejected", "Acme", "Data Engineer"))
    tracker.receive(an_email(on=30), application_email("interview", "Acme", None, requisition_id="77120"))
    assert "had closed" in (tracker.only_application().needs_review or "")


class LockLog:
    """A unit of work that notes every employer lock taken, in order."""

    def __init__(self, tx) -> None:
        self.tx, self.locks = tx, []

    def lock_company(self, key: str) -> None:
        self.locks.append(key)
        self.tx.lock_company(key)

    def get_marker(self, message_id: str):
        self.locks.append("(its marker read)")
        return self.tx.get_marker(message_id)

    def __getattr__(self, name: str):
        return getattr(self.tx, name)


def locks_taken(tracker: Tracker, email, extraction) -> list[str]:
    def work(tx):
        logged = LockLog(tx)
        record_email(logged, email, extraction, now=day(100))
        return logged.locks

    return tracker.store.in_transaction(USER, work)


def test_every_unit_locks_the_placeholders_first_then_the_employer_once_each():
    tracker = Tracker()
    named = application_email("applied", "Calder", "Field Engineer", "48213")
    unnamed = application_email("rejected", None, None)
    first = locks_taken(tracker, an_email(on=1, thread="t1"), named)
    # (A one-word employer's spelling first: employer_spellings; its role's: role_employers.)
    assert first == ["?req:48213", "?role:field+engineer", "?t1", "~calder", "calder", "(its marker read)"]
    # Its employer is known only from the thread's placeholder, read with the marker.
    assert locks_taken(tracker, an_email(on=9, thread="t1"), unnamed) == [
        "?t1",
        "(its marker read)",
        "calder",
    ]


def test_one_requisition_id_never_joins_two_named_employers_of_one_group():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Ford Motor", "Analyst", "R-77"))
    tracker.receive(
        an_email(on=2), application_email("rejected", "Ford Foundation", "Program Officer", "R-77")
    )
    by_company = {a.company: a.status for a in tracker.applications}
    assert by_company == {"Ford Motor": Status.APPLIED, "Ford Foundation": Status.REJECTED}


def test_a_confirmation_worded_like_two_open_applications_titles_is_a_new_submission_not_flagged():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Acme", "Data Engineer"))
    tracker.receive(an_email(on=2), application_email("applied", "Acme", "Data Engineer II"))
    tracker.receive(an_email(on=9), application_email("applied", "Acme", "Senior Data Engineer II"))
    assert len(tracker.applications) == 3
    assert [a.needs_review for a in tracker.applications] == [None, None, None]
