"""An employer's acronym and its spelled-out name are one employer where one mail writes both
(tracker/employer_acronyms.py): the reading keeps what the mail writes, recording files it under the
name in full."""

from __future__ import annotations

from dataclasses import replace

from tests.builders import an_email, application_email
from tests.extraction_support import extract
from tests.unit.test_recording import Tracker
from tracker.employer_acronyms import spelled_out


def test_an_acronym_is_the_name_the_same_text_spells_with_its_initials():
    signed = "Please reply by Friday.\n\nFederal Aviation Administration Human Resources"
    assert spelled_out("FAA", signed) == "Federal Aviation Administration"
    assert spelled_out("DVA", "with the Department of Veterans Affairs") == "Department of Veterans Affairs"


def test_an_acronym_the_text_does_not_spell_out_and_a_name_that_is_no_acronym_have_none():
    assert spelled_out("FAA", "the federal aviation office, the Federal Aviation office") is None
    assert spelled_out("Acme", "Acme Corporation Markets Enterprise") is None
    assert spelled_out("FAAAAA", "Fa Ab Ac Ad Ae Af") is None
    assert spelled_out(None, "Federal Aviation Administration") is None


def test_an_acronym_only_the_sender_writes_is_read_as_the_name_the_text_spells():
    result = extract(
        "Dear Ms. Lane,\n\nWe are pleased to extend a tentative offer for the Program Analyst position.\n\n"
        "Federal Aviation Administration Human Resources",
        "Tentative Job Offer - Program Analyst",
        "FAA Human Resources <hr-staffing@faa.gov>",
    )
    assert result.company == "Federal Aviation Administration"


def test_the_reading_keeps_the_acronym_the_text_uses_and_its_full_name_beside_it():
    result = extract(
        "Dear Ms. Lane,\n\nWe are pleased to extend a tentative offer for the Program Analyst position at "
        "the FAA.\n\nFederal Aviation Administration Human Resources",
        "Tentative Job Offer - Program Analyst",
        "FAA Human Resources <hr-staffing@faa.gov>",
    )
    assert (result.company, result.company_in_full) == ("FAA", "Federal Aviation Administration")


def test_mail_naming_an_agency_by_its_acronym_and_spelling_it_out_joins_the_agencys_application():
    tracker = Tracker()
    tracker.receive(
        an_email(on=1), application_email("applied", "Federal Aviation Administration", "Analyst")
    )
    offer = replace(
        application_email("offer", "FAA", "Analyst"), company_in_full="Federal Aviation Administration"
    )
    tracker.receive(an_email(on=9), offer)
    (application,) = tracker.applications
    assert (application.company, application.status.value) == ("Federal Aviation Administration", "offer")


def test_an_acronym_no_mail_spells_out_joins_the_one_recorded_employer_it_initials():
    # The user's records are the evidence (tracker/employer_spellings.py).
    tracker = Tracker()
    tracker.receive(
        an_email(on=1), application_email("applied", "Federal Aviation Administration", "Analyst")
    )
    tracker.receive(an_email(on=9), application_email("offer", "FAA", "Analyst"))
    (application,) = tracker.applications
    assert (application.company, application.status.value) == ("Federal Aviation Administration", "offer")


def test_an_acronym_two_recorded_employers_initial_stays_its_own_employer():
    tracker = Tracker()
    tracker.receive(
        an_email(on=1), application_email("applied", "Federal Aviation Administration", "Analyst")
    )
    tracker.receive(an_email(on=2), application_email("applied", "Florida Aquarium Association", "Guide"))
    tracker.receive(an_email(on=9), application_email("offer", "FAA", "Analyst"))
    assert sorted(a.company for a in tracker.applications) == [
        "FAA",
        "Federal Aviation Administration",
        "Florida Aquarium Association",
    ]
