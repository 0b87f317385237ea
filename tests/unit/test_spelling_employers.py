"""One employer spelled several ways in one inbox is one employer (tracker/employer_spellings.py,
compatible_spellings.compatible_employers): a word cut short, the name squashed as its domain writes it,
its initials, a domain kept with its country's ending; the user's records are the evidence, and a form two
recorded employers share joins neither."""

from __future__ import annotations

import itertools

import pytest

from tests.builders import an_email, application_email
from tests.unit.test_recording import Tracker
from tracker.compatible_spellings import compatible_employers
from tracker.employer_spellings import left_forms, looked_up_form
from tracker.names import company_key


def _shown(tracker: Tracker) -> list[tuple[str, str, str]]:
    return sorted((a.company, a.job_title or "", a.status.value) for a in tracker.applications)


def test_a_word_cut_short_after_the_first_is_the_same_employer():
    assert compatible_employers("kingscliff rehab", "kingscliff rehabilitation centre")
    assert not compatible_employers("north star bank", "north star logistics")
    assert not compatible_employers("acme ban", "acme bank")  # too little left out to be a cut


def test_a_word_cut_short_meets_its_name_in_full_in_either_order():
    # A recruiter's domain spelled as a name beside her firm's name in full, both two words long.
    for short, full in (("quellberg personal", "quellberg personalberatung"),):
        assert compatible_employers(short, full)
        assert compatible_employers(full, short)
    assert not compatible_employers("north star logistics", "north star log")  # too little to be a cut


def test_a_domain_kept_with_its_countrys_ending_keys_as_the_name():
    assert company_key("randstad.nl") == company_key("Randstad")
    assert company_key("Seek.com.au") == company_key("SEEK")


def test_a_squashed_name_joins_the_one_recorded_employer_it_spells():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Veluwe Cargo Services", "Teamleider"))
    tracker.receive(an_email(on=5), application_email("interview", "Veluwecargo", "Teamleider"))
    tracker.receive(an_email(on=9), application_email("rejected", "VCS", None))
    assert _shown(tracker) == [("Veluwe Cargo Services", "Teamleider", "rejected")]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_the_squashed_name_and_the_full_one_meet_whichever_comes_first(order):
    mail = [
        (an_email(on=1), application_email("applied", "Ferretti Logistica", "Controller")),
        (an_email(on=5), application_email("interview", "Ferrettilogistica", "Controller")),
        (an_email(on=9), application_email("offer", "Ferretti Logistica", "Controller")),
    ]
    tracker = Tracker()
    for at in order:
        tracker.receive(*mail[at])
    assert _shown(tracker) == [("Ferretti Logistica", "Controller", "offer")]


def test_a_form_two_recorded_employers_share_joins_neither():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "North Star Logistics", "Picker"))
    tracker.receive(an_email(on=2), application_email("applied", "North Star Bank", "Advisor"))
    tracker.receive(an_email(on=5), application_email("rejected", "Northstar", None))
    assert _shown(tracker) == [
        ("North Star Bank", "Advisor", "applied"),
        ("North Star Logistics", "Picker", "applied"),
        ("Northstar", "", "rejected"),
    ]


def test_a_place_alone_and_a_short_word_are_no_form():
    assert "~goldcoast" not in left_forms("Gold Coast University Hospital")
    assert "~gcuh" in left_forms("Gold Coast University Hospital")
    assert left_forms("Randstad") == []
    assert looked_up_form("GP") is None
    assert looked_up_form("Zwolle") is None
    assert looked_up_form("Health Partners") is None


@pytest.mark.parametrize("initials_first", [True, False])
def test_initials_read_before_the_name_in_full_show_the_name_in_full_whichever_is_recorded_first(
    initials_first,
):
    mail = [
        (an_email(on=1), application_email("applied", "KDT", "Site Engineer")),
        (an_email(on=5), application_email("interview", "Kelby Dunmore Timber", "Site Engineer")),
    ]
    tracker = Tracker()
    for email, extraction in mail if initials_first else reversed(mail):
        tracker.receive(email, extraction)
    assert _shown(tracker) == [("Kelby Dunmore Timber", "Site Engineer", "interview")]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_a_domain_writing_the_first_word_and_the_rests_initials_meets_the_name_in_full(order):
    # "oberlinvf.example" of "Oberlin Valve & Fitting": the hiring manager's mail reads its domain's label.
    mail = [
        (an_email(on=1), application_email("applied", "Oberlin Valve & Fitting Co.", "Estimator")),
        (an_email(on=5), application_email("interview", "Oberlinvf", "Estimator")),
        (an_email(on=9), application_email("rejected", "Oberlinvf", None)),
    ]
    tracker = Tracker()
    for at in order:
        tracker.receive(*mail[at])
    assert _shown(tracker) == [("Oberlin Valve & Fitting Co.", "Estimator", "rejected")]


def test_a_first_word_and_initials_form_needs_two_initials_and_a_first_word_of_four_letters():
    assert "~oberlinvf" in left_forms("Oberlin Valve & Fitting")
    assert compatible_employers("oberlinvf", "oberlin valve and fitting")
    assert not compatible_employers("oberlinvx", "oberlin valve and fitting")
    assert "~oberlinv" not in left_forms("Oberlin Valve")  # one initial: the name cut short, no form
    assert "~abcvf" not in left_forms("Abc Valve Fitting")  # too short a head: initials, not a name


def test_a_name_written_without_the_word_saying_what_kind_of_body_it_is_joins_the_name_in_full():
    # The receipt writes the body's kind before its name; the people there write the name alone, as their
    # domain does ("holmgart.example").
    tracker = Tracker()
    tracker.receive(
        an_email(on=1), application_email("applied", "Brauerei Holmgart", "Schichtleiter Abfüllung")
    )
    tracker.receive(an_email(on=2), application_email("applied", "Brauerei Holmgart", "Einkäufer Rohstoffe"))
    tracker.receive(an_email(on=6), application_email("interview", "Holmgart", "Schichtleiter Abfüllung"))
    tracker.receive(an_email(on=9), application_email("rejected", "Holmgart", "Einkäufer"))
    assert _shown(tracker) == [
        ("Brauerei Holmgart", "Einkäufer Rohstoffe", "rejected"),
        ("Brauerei Holmgart", "Schichtleiter Abfüllung", "interview"),
    ]


def test_a_name_alone_joins_the_one_recorded_body_it_closes_and_not_two():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "City of Ashbourne Vale", "Payroll Clerk"))
    tracker.receive(an_email(on=4), application_email("assessment", "Vale", "Payroll Clerk"))  # too short
    tracker.receive(an_email(on=2), application_email("applied", "Ziekenhuis Waterzicht", "Planner"))
    tracker.receive(an_email(on=3), application_email("applied", "Zorggroep Waterzicht", "Inkoper"))
    tracker.receive(an_email(on=7), application_email("rejected", "Waterzicht", None))
    assert ("Waterzicht", "", "rejected") in _shown(tracker)
    assert ("Vale", "Payroll Clerk", "assessment") in _shown(tracker)


def test_a_last_word_saying_only_what_kind_of_company_it_is_or_a_place_is_no_form():
    assert "~holmgart" in left_forms("Brauerei Holmgart GmbH")
    assert "~thornvale" in left_forms("City of Thornvale")
    assert "~services" not in left_forms("Veluwe Cargo Services")
    assert "~partners" not in left_forms("Ashdown Partners")
    assert "~recruitment" not in left_forms("Hollis Recruitment")
    assert "~leeds" not in left_forms("Yorkshire Bank Leeds")
    assert "~arts" not in left_forms("Harbour Arts")


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_the_name_alone_and_the_name_in_full_meet_whichever_is_recorded_first(order):
    mail = [
        (an_email(on=1), application_email("applied", "Bakkerij Olderveld", "Ploegleider")),
        (an_email(on=5), application_email("interview", "Olderveld", "Ploegleider")),
        (an_email(on=9), application_email("offer", "Bakkerij Olderveld", "Ploegleider")),
    ]
    tracker = Tracker()
    for at in order:
        tracker.receive(*mail[at])
    assert _shown(tracker) == [("Bakkerij Olderveld", "Ploegleider", "offer")]


def test_a_longer_names_last_word_is_no_form_it_is_as_often_a_qualifier():
    assert "~zaanstreek" not in left_forms("Coöperatie Voedselhulp Zaanstreek")
    assert "~benelux" not in left_forms("Kaldera Koeltechniek Benelux")
    assert "~holmgart" in left_forms("Brauerei Holmgart")
