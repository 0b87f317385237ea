"""A role read as the employer: a follow-up whose employer reading is the title another employer's mail
names in the same inbox names that role and no employer (tracker/role_readings.py), and `track` files it
with that role's one employer. Invented names."""

from __future__ import annotations

from tests.builders import application_email, day
from tracker.inbox_names import named_by_inbox
from tracker.models import EmailMessage, Extraction, Kind
from tracker.role_readings import roles_read_as_employers
from tracker.sender_organisations import sender_organisations

RECEIPT = application_email("applied", "Brandlhaus Gebäudetechnik GmbH", "Konstrukteur Fördertechnik (m/w/d)")


def test_a_follow_up_reading_the_receipts_role_as_its_employer_names_that_role_and_no_employer():
    follow_up = application_email("interview", "Konstrukteur Fördertechnik", None)
    assert roles_read_as_employers([RECEIPT, follow_up])[1] == application_email(
        "interview", None, "Konstrukteur Fördertechnik"
    )


def test_the_role_is_met_however_its_spellings_differ_as_titles():
    follow_up = application_email("rejected", "Sr. Data Steward", None)
    receipt = application_email("applied", "Pellham Mutual", "Senior Data Steward")
    assert roles_read_as_employers([receipt, follow_up])[1].job_title == "Sr. Data Steward"


def test_a_reading_with_a_title_of_its_own_keeps_its_employer():
    follow_up = application_email("interview", "Konstrukteur Fördertechnik", "Konstrukteur")
    assert roles_read_as_employers([RECEIPT, follow_up])[1] == follow_up


def test_a_name_no_mail_names_as_a_role_stays_the_employer():
    follow_up = application_email("interview", "Wendelmoor Anlagenbau", None)
    assert roles_read_as_employers([RECEIPT, follow_up])[1] == follow_up


def test_a_name_only_its_own_employers_mail_titles_so_stays_the_employer():
    # A firm called as its trade ("Kältetechnik Sommer") whose receipt writes that as the post names itself.
    receipt = application_email("applied", "Kältetechnik Sommer", "Kältetechnik Sommer")
    follow_up = application_email("interview", "Kältetechnik Sommer", None)
    assert roles_read_as_employers([receipt, follow_up])[1] == follow_up


def test_mail_that_is_no_application_is_left_as_read():
    alert = Extraction(kind=Kind.JOB_ALERT, status=None, company="Konstrukteur Fördertechnik", job_title=None)
    assert roles_read_as_employers([RECEIPT, alert])[1] == alert


def test_the_whole_inbox_reads_a_role_read_as_the_employer_as_naming_none():
    receipt = EmailMessage("m1", "Brandlhaus <jobs@brandlhaus.jobs.personio.de>", "", "", day(0))
    follow_up = EmailMessage("m2", "Jonas Ebner <j.ebner@brandlhaus-gt.de>", "", "", day(8))
    items = [
        (email, reading, sender_organisations(email))
        for email, reading in (
            (receipt, RECEIPT),
            (follow_up, application_email("interview", "Konstrukteur Fördertechnik", None)),
        )
    ]
    extractions, _ = named_by_inbox(items)
    assert (extractions[1].company, extractions[1].job_title) == (None, "Konstrukteur Fördertechnik")


def test_an_employer_and_title_read_as_the_role_cut_in_two_name_that_role_and_no_employer():
    receipt = application_email("applied", "Hallowmere Foods", "Payroll Systems Lead Analyst")
    follow_up = application_email("interview", "Payroll Systems", "Lead Analyst")
    assert roles_read_as_employers([receipt, follow_up])[1] == application_email(
        "interview", None, "Payroll Systems Lead Analyst"
    )


def test_a_role_cut_in_two_is_met_with_its_halves_swapped_and_its_last_word_left_off():
    receipt = application_email("applied", "Quenby & Rusk LLP", "Senior Analyst, Treasury Operations Desk")
    follow_up = application_email("rejected", "Treasury Operations", "Senior Analyst")
    assert roles_read_as_employers([receipt, follow_up])[1].job_title == (
        "Senior Analyst, Treasury Operations Desk"
    )


def test_an_employer_and_title_whose_words_are_not_all_the_roles_keep_their_reading():
    receipt = application_email("applied", "Hallowmere Foods", "Payroll Clerk")
    follow_up = application_email("interview", "Brightwater Dairy", "Payroll Clerk")
    assert roles_read_as_employers([receipt, follow_up])[1] == follow_up


def test_a_role_cut_in_two_only_its_own_employer_names_keeps_the_reading():
    receipt = application_email("applied", "Payroll Systems", "Payroll Systems Lead Analyst")
    follow_up = application_email("interview", "Payroll Systems", "Lead Analyst")
    assert roles_read_as_employers([receipt, follow_up])[1] == follow_up


def test_a_role_other_mail_names_for_a_spelling_of_the_same_employer_leaves_the_employer_read():
    # One firm written two ways: a reading taking its name for the role names no other employer.
    receipt = application_email("applied", "Sommer Kältetechnik Hamburg", "Sommer Kältetechnik")
    follow_up = application_email("interview", "Sommer Kältetechnik", None)
    assert roles_read_as_employers([receipt, follow_up])[1] == follow_up


def test_an_employer_and_title_cut_from_a_role_its_own_employer_names_stay_as_read():
    # An agency's mail titled with the client's name before the role; the client's invitation reads its
    # legal form as the title: the client, spelled another way, is no other employer.
    relayed = application_email("applied", "Maréchal", "Maréchal Ingénierie SAS / Chef de projet")
    invitation = application_email("interview", "Maréchal Ingénierie", "SAS")
    assert roles_read_as_employers([relayed, invitation])[1] == invitation
    rejection = application_email("rejected", "Oakridge Analytics", "Ltd")
    relay = application_email("applied", "Oakridge", "Oakridge Analytics Ltd / Data Lead")
    assert roles_read_as_employers([relay, rejection])[1] == rejection
