"""One vocabulary of the words a hiring team or mailbox calls itself by (name_words.py), its subsets, and
readers that took a word their own copy was missing. Invented mails and names."""

from tests.extraction_support import extract
from tracker.extraction.display_names import GENERIC_NAMES
from tracker.extraction.employer_name_edges import with_own_article
from tracker.extraction.name_words import (
    DEPARTMENT_WORDS,
    HIRING_TEAM_WORDS,
    MAILBOX_WORDS,
    TRADE_WORDS,
    department_alternation,
)
from tracker.weak_employers import why_no_employer


def test_the_trades_words_and_the_mailboxes_make_up_the_hiring_teams_words():
    assert TRADE_WORDS | MAILBOX_WORDS == HIRING_TEAM_WORDS
    assert not TRADE_WORDS & MAILBOX_WORDS


def test_a_department_signs_with_the_hiring_teams_words_and_hr_and_team():
    hr_and_team = DEPARTMENT_WORDS - HIRING_TEAM_WORDS
    assert hr_and_team == {"hr", "team"}


def test_the_alternation_writes_each_word_lowercase_or_as_a_name_does_and_may_leave_some_out():
    assert set(department_alternation().split("|")) == DEPARTMENT_WORDS
    words = department_alternation("jobs", capitalised=True).split("|")
    assert "HR" in words and "Careers" in words and "Jobs" not in words
    assert len(words) == len(DEPARTMENT_WORDS) - 1


def test_a_sentences_the_before_an_employers_jobs_desk_is_no_part_of_its_name():
    text = "Questions? Please write to The Fernwick Bakery Jobs desk."
    assert with_own_article("Fernwick Bakery", text) == "Fernwick Bakery"


def test_a_jobs_team_at_its_organisation_signs_for_the_organisation():
    result = extract(
        sender="Noor Haddad <noor.haddad@gmail.com>",
        subject="Your application: Data Analyst",
        body="Hi Sam,\n\nThanks for applying for the Data Analyst role. We'd like to invite you to an "
        "interview next week.\n\nNoor Haddad\nJobs @ Quillmoor",
    )
    assert result.company == "Quillmoor"


def test_a_job_sites_sign_off_keeps_its_jobs_word_to_be_told_no_employer():
    result = extract(
        sender="Public Service Jobs <noreply@publicservicejobs.example.gov>",
        subject="Interview booked: Planning Officer (ref 88120)",
        body="Dear Sam Lee,\n\nYour interview for Planning Officer (ref 88120) is booked for 3 March at "
        "14:00.\n\nPublic Service Jobs",
    )
    assert result.company != "Public Service"


def test_a_jobs_team_alone_names_no_employer_as_a_recruiting_team_does():
    for department in ("Jobs Team", "Recruiting Team", "Careers"):
        assert "department" in (why_no_employer(department, "Jobs <jobs@marlowfields.com>") or "")


def test_a_hiring_teams_word_alone_is_no_organisations_name():
    for word in ("Careers", "Talent", "Hiring"):
        assert word.lower() in GENERIC_NAMES
