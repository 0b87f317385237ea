"""A staffing agency's hold, its recruiter's news and a role's later mail join the application they are
about: by the recruiter's address, the role named and the date, never two clients' applications into one
(relay_matching.agency_news_application, relayed_application; recording.record_email). Invented mail."""

from __future__ import annotations

import itertools

from tests.builders import an_email, application_email
from tests.unit.test_recording import Tracker
from tracker.step_titles import role_title

DEREK = "Derek Vance <derek.vance@tidewatertalent.com>"
MONA = "Mona Reyes <mona.reyes@tidewatertalent.com>"


def _mail(on: int, sender: str, status: str, company: str | None, title: str | None = None):
    return an_email(on=on, sender=sender, thread=f"t-{sender[:4]}-{on}"), application_email(
        status, company, title
    )


def _shown(tracker: Tracker) -> list[tuple]:
    return sorted((a.company, a.job_title, a.status.value) for a in tracker.applications)


def test_a_recruiters_hold_naming_neither_role_nor_client_joins_the_one_client_still_open_in_any_order():
    mails = [
        _mail(1, DEREK, "applied", "Garnet Shipping", "Cost Analyst"),
        _mail(2, DEREK, "applied", "Lumen Credit Union", "Budget Analyst"),
        _mail(4, DEREK, "rejected", "Lumen Credit Union", "Budget Analyst"),
        _mail(6, DEREK, "withdrawn", "Tidewater Talent"),  # "my client has put the search on pause"
    ]
    for order in itertools.permutations(mails):
        tracker = Tracker()
        for email, extraction in order:
            tracker.receive(email, extraction)
        assert _shown(tracker) == [
            ("Garnet Shipping", "Cost Analyst", "withdrawn"),
            ("Lumen Credit Union", "Budget Analyst", "rejected"),
        ], order


def test_a_recruiters_news_joins_her_own_candidacy_not_her_colleagues_in_any_order():
    mails = [
        _mail(1, DEREK, "applied", "Garnet Shipping", "Cost Analyst"),
        _mail(2, MONA, "applied", "Lumen Credit Union", "Budget Analyst"),
        _mail(5, MONA, "interview", "Tidewater Talent"),  # "the hiring manager wants a phone screen"
    ]
    for order in itertools.permutations(mails):
        tracker = Tracker()
        for email, extraction in order:
            tracker.receive(email, extraction)
        assert _shown(tracker) == [
            ("Garnet Shipping", "Cost Analyst", "applied"),
            ("Lumen Credit Union", "Budget Analyst", "interview"),
        ], order


def test_a_recruiters_news_about_a_colleagues_only_candidacy_is_kept_apart():
    tracker = Tracker()
    for email, extraction in [
        _mail(1, DEREK, "applied", "Garnet Shipping", "Cost Analyst"),
        _mail(5, MONA, "interview", "Tidewater Talent"),
    ]:
        tracker.receive(email, extraction)
    assert len(tracker.applications) == 2


def test_the_agencys_mail_about_the_role_after_its_hold_joins_the_held_application_in_any_order():
    mails = [
        _mail(1, DEREK, "applied", "Garnet Shipping", "Cost Analyst"),
        _mail(5, DEREK, "withdrawn", "Garnet Shipping", "Cost Analyst"),  # on hold
        _mail(20, DEREK, "interview", "Tidewater Talent", "Cost Analyst"),  # "the search has restarted"
    ]
    for order in itertools.permutations(mails):
        tracker = Tracker()
        for email, extraction in order:
            tracker.receive(email, extraction)
        assert [a.company for a in tracker.applications] == ["Garnet Shipping"], order


def test_a_role_named_with_its_news_after_it_is_the_role():
    assert role_title("Treasury Analyst update") == "Treasury Analyst"
    assert role_title("Payroll Officer - feedback") == "Payroll Officer"
    assert role_title("Cost Analyst next steps") == "Cost Analyst"
    assert role_title("Update") == "Update"
    assert role_title("Data Engineer") == "Data Engineer"


def test_the_agencys_news_after_a_role_named_with_news_joins_that_roles_application():
    tracker = Tracker()
    tracker.receive(*_mail(1, DEREK, "applied", "Garnet Shipping", "Cost Analyst"))
    tracker.receive(*_mail(9, DEREK, "rejected", "Tidewater Talent", "Cost Analyst update"))
    assert _shown(tracker) == [("Garnet Shipping", "Cost Analyst", "rejected")]


RUTH = "Ruth Adeyemi <ruth.adeyemi.recruits@gmail.com>"


def test_a_free_mail_recruiters_hold_naming_nothing_joins_the_one_client_her_address_named():
    tracker = Tracker()
    tracker.receive(*_mail(1, RUTH, "applied", "Harlow Dental Group", "Office Manager"))
    tracker.receive(*_mail(6, RUTH, "withdrawn", None))
    assert _shown(tracker) == [("Harlow Dental Group", "Office Manager", "withdrawn")]


def test_a_free_mail_recruiter_naming_two_clients_leaves_her_news_apart():
    tracker = Tracker()
    tracker.receive(*_mail(1, RUTH, "applied", "Harlow Dental Group", "Office Manager"))
    tracker.receive(*_mail(2, RUTH, "applied", "Fenwick Vets", "Practice Manager"))
    tracker.receive(*_mail(6, RUTH, "withdrawn", None))
    assert len(tracker.applications) == 3


def test_two_free_mail_writers_are_two_senders():
    tracker = Tracker()
    tracker.receive(*_mail(1, RUTH, "applied", "Harlow Dental Group", "Office Manager"))
    tracker.receive(*_mail(6, "Pat Kim <patkim88@gmail.com>", "withdrawn", None))
    assert len(tracker.applications) == 2


def test_a_recruiters_news_with_two_of_her_candidacies_open_is_kept_apart_and_flagged():
    tracker = Tracker()
    for email, extraction in [
        _mail(1, DEREK, "applied", "Garnet Shipping", "Cost Analyst"),
        _mail(2, DEREK, "applied", "Lumen Credit Union", "Budget Analyst"),
        _mail(6, DEREK, "withdrawn", "Tidewater Talent"),
    ]:
        tracker.receive(email, extraction)
    (news,) = [a for a in tracker.applications if a.company == "Tidewater Talent"]
    assert news.needs_review and "kept apart" in news.needs_review
