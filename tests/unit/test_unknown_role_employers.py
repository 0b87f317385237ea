"""A board's or ATS's status mail, a scheduler's invitation or the reader's own reply naming the role and no
employer joins the application of the one employer whose mail named that role; with two such employers, or
none, it stays on its own, flagged for review; whatever order the mail arrives in (role_employers.py)."""

from __future__ import annotations

import itertools

from tests.builders import an_email, application_email
from tests.unit.test_recording import USER, Tracker
from tracker.application_folding import NO_EMPLOYER
from tracker.role_employers import AMBIGUOUS_ROLE

BOARD = "SEEK <noreply@seek.com.au>"
ROLE = "Warehouse Operative"


def _receipt(on: int, company: str, title: str = ROLE):
    return an_email(
        on=on, sender=f"{company} Careers <careers@{company.lower().replace(' ', '')}.example>"
    ), (application_email("applied", company, title))


def _unnamed(on: int, status: str, title: str = ROLE):
    return an_email(on=on, sender=BOARD), application_email(status, None, title)


def _endings(*mails) -> set[tuple]:
    endings = set()
    for order in itertools.permutations(mails):
        tracker = Tracker()
        for email, extraction in order:
            tracker.receive(email, extraction)
        timelines = tracker.store.timelines(USER)
        endings.add(
            tuple(
                sorted(
                    (a.company, a.job_title, a.status.value, len(timelines[a.app_id]), a.needs_review or "")
                    for a in tracker.applications
                )
            )
        )
    return endings


def test_status_mail_naming_only_the_role_joins_its_employers_application_in_any_order():
    endings = _endings(_receipt(1, "Toll Group"), _unnamed(3, "applied"), _unnamed(6, "rejected"))
    assert endings == {(("Toll Group", ROLE, "rejected", 3, ""),)}


def test_status_mail_naming_a_role_of_two_employers_stays_on_its_own_flagged_in_any_order():
    endings = _endings(_receipt(1, "Bupa"), _receipt(2, "Medibank"), _unnamed(5, "rejected"))
    assert endings == {
        (
            ("Bupa", ROLE, "applied", 1, ""),
            ("Medibank", ROLE, "applied", 1, ""),
            ("Unknown employer", ROLE, "rejected", 1, AMBIGUOUS_ROLE),
        )
    }


def test_status_mail_naming_a_role_no_employer_named_stays_on_its_own_in_any_order():
    endings = _endings(_receipt(1, "Toll Group"), _unnamed(4, "applied", "Project Coordinator"))
    assert endings == {
        (
            ("Toll Group", ROLE, "applied", 1, ""),
            ("Unknown employer", "Project Coordinator", "applied", 1, NO_EMPLOYER),
        )
    }


def test_two_mails_naming_one_role_and_no_employer_never_join_each_other():
    endings = _endings(_unnamed(2, "applied"), _unnamed(5, "rejected"))
    assert endings == {
        (
            ("Unknown employer", ROLE, "applied", 1, NO_EMPLOYER),
            ("Unknown employer", ROLE, "rejected", 1, NO_EMPLOYER),
        )
    }


def test_a_second_employer_naming_the_role_later_leaves_the_mail_naming_no_employer_on_its_own():
    # Which of two employers' applications for one role the mail is about is a guess, whenever the
    # second one's mail came: it leaves the first employer's application, in any order.
    endings = _endings(_receipt(1, "Toll Group"), _unnamed(3, "interview"), _receipt(8, "Linfox"))
    assert endings == {
        (
            ("Linfox", ROLE, "applied", 1, ""),
            ("Toll Group", ROLE, "applied", 1, ""),
            ("Unknown employer", ROLE, "interview", 1, AMBIGUOUS_ROLE),
        )
    }


def test_two_employers_whose_names_only_share_a_word_before_group_are_two_employers_of_the_role():
    # Their keys ("capital one", "capital") look compatible; their words with "Group" kept do not: as
    # record-keeping elsewhere keeps them apart (names.compatible_names), so does the role.
    endings = _endings(_receipt(1, "Capital One"), _receipt(2, "Capital Group"), _unnamed(5, "rejected"))
    assert endings == {
        (
            ("Capital Group", ROLE, "applied", 1, ""),
            ("Capital One", ROLE, "applied", 1, ""),
            ("Unknown employer", ROLE, "rejected", 1, AMBIGUOUS_ROLE),
        )
    }
