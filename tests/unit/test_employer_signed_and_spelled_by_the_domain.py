"""A person's signature names the organisation that the sender's own domain spells: two sayings of one
employer, which outweigh any one word of the text read where an employer's name may stand (a test's name
in the subject, a region after the writer's post, a date). A kind of organisation named by its noun alone
("the Council") or a leader's post ("the MD") is no employer, and a public body's building is no part of
its name. Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.models import Kind
from tracker.names import same_company


def _signed_mail(organisation_line: str, sender: str, subject: str = "Next step - Planning Assistant") -> str:
    return extract(
        subject=subject,
        body=(
            "Dear Tomasz,\n\nThank you for your application for the Planning Assistant post. We would like "
            "you to complete a short numerical reasoning test online by Friday 14th June; the link is "
            "below.\n\nKind regards,\n\nHelga Brenner\nTalent Partner, EMEA\n"
            f"{organisation_line}\n14 Quarry Lane, Dunmoor DN4 2QT"
        ),
        sender=sender,
    )


@pytest.mark.parametrize(
    ("line", "sender", "employer"),
    [
        # The organisation, then its trade after a dash.
        (
            "Osterley & Vance Ltd – Precision Castings",
            "Helga Brenner <h.brenner@osterleyvance.co.uk>",
            "Osterley & Vance",
        ),
        # Its registration in brackets after a legal form that makes a name shaped like a person's a firm's.
        (
            "Tanjung Emas Berhad (Company No. 55120-X)",
            "Helga Brenner <helga@tanjungemas.com.my>",
            "Tanjung Emas",
        ),
        # A school district whose domain writes the last words by their initials.
        (
            "Fenmoor Unified School District",
            "Helga Brenner <hbrenner@fenmoorusd.org>",
            "Fenmoor Unified School District",
        ),
        # A school whose domain leaves its middle words out.
        (
            "St Columba's Catholic Primary School",
            "Helga Brenner <office@stcolumbas-school.org.uk>",
            "St Columba's Catholic Primary School",
        ),
    ],
)
def test_the_signatures_organisation_the_domain_spells_is_the_employer(line, sender, employer):
    result = _signed_mail(line, sender, subject="Online Numerical Test - Planning Assistant")

    assert result.kind is Kind.APPLICATION
    assert same_company(result.company, employer), result.company


def test_a_department_display_name_gives_way_to_the_organisation_the_domain_spells():
    result = _signed_mail(
        "St Columba's Catholic Primary School", "Finance Office <bursar@stcolumbas-school.org.uk>"
    )

    assert same_company(result.company, "St Columba's Catholic Primary School"), result.company


def test_an_organisation_line_the_domain_does_not_spell_is_left_to_the_other_readings():
    result = _signed_mail(
        "Harbourside Engineering Ltd – Precision Castings", "Helga Brenner <h.brenner@osterleyvance.co.uk>"
    )

    assert result.company != "Harbourside Engineering"


def test_an_agencys_own_signature_leaves_the_client_its_text_names():
    result = extract(
        subject="Quarry Manager - next round",
        body=(
            "Hi Tomasz,\n\nGood news: Dunmoor Aggregates would like to invite you to a second interview for "
            "the Quarry Manager role on Tuesday at 2pm at their site office.\n\nRegards,\nNia Howell\n"
            "Senior Consultant\nBrackenridge Recruitment Ltd"
        ),
        sender="Nia Howell <nia@brackenridgerecruitment.co.uk>",
    )

    assert result.company == "Dunmoor Aggregates"


@pytest.mark.parametrize(
    "sentence",
    [
        "We appreciate your interest in working for the Council.",
        "Thank you for your interest in employment with the City.",
    ],
)
def test_a_kind_of_organisation_referred_back_to_by_its_noun_is_not_its_name(sentence):
    result = extract(
        subject="Recruitment cancelled - Parks Officer",
        body=(
            "Good afternoon,\n\nThe Borough of Ashcombe has cancelled the recruitment for the Parks Officer "
            f"post and no appointment will be made. {sentence}\n\nRegards,\n\nMarta Lindqvist\n"
            "HR Advisor\nBorough of Ashcombe | 2 Market Row, Ashcombe"
        ),
        sender="Marta Lindqvist <mlindqvist@ashcombe.gov.uk>",
    )

    assert result.company == "Borough of Ashcombe"


def test_a_leaders_post_after_with_is_no_employer():
    result = extract(
        subject="Greyfield Plastics | Works Manager - final round with the CEO",
        body=(
            "Hi Ravi,\n\nGreyfield Plastics would like to take you forward for the Works Manager role. The "
            "final round is with the CEO on Thursday at 3pm at their head office.\n\nRegards,\nAnil\n"
            "Principal Consultant"
        ),
        sender="Anil Varma <anil@tallowsearch.in>",
    )

    assert result.company == "Greyfield Plastics"


@pytest.mark.parametrize(
    "venue",
    [
        "Harwick County Administration Building, Room 3",
        "Harwick County Civic Centre, Meeting Room B",
    ],
)
def test_a_public_bodys_building_where_a_test_is_held_is_no_part_of_its_name(venue):
    result = extract(
        subject="Notice of written examination - Clerk Typist",
        body=(
            "Dear Applicant:\n\nYou are invited to the written examination for CLERK TYPIST.\n\n"
            f"Date: Monday, June 9\nLocation: {venue}\n\nSincerely,\n\nOwen Pascoe\nPersonnel Analyst\n"
            "Harwick County - Human Resources"
        ),
        sender="Human Resources <hr@harwickcounty.gov>",
    )

    assert result.company == "Harwick County"


def test_a_signature_line_naming_the_organisation_then_its_acronym_in_brackets_gives_the_name():
    result = _signed_mail("Lakeview Community Health Trust (LCHT)", "Helga Brenner <h.brenner@lcht-uk.org>")

    assert same_company(result.company, "Lakeview Community Health Trust"), result.company


def test_a_school_districts_staffing_office_is_no_agency():
    result = extract(
        subject="Grade 2 Teacher - Oakridge Elementary",
        body=(
            "Dear Ms. Alvarez,\n\nThank you for interviewing for the Grade 2 Teacher position. The position "
            "has been filled.\n\nSincerely,\n\nDerek Hollis\nPersonnel Technician, Classified Staffing\n"
            "Fenmoor Unified School District\n200 Birch Road, Fenmoor, CA"
        ),
        sender="Human Resources - Fenmoor USD <hr-classified@fenmoorusd.org>",
    )

    assert result.company == "Fenmoor Unified School District"


@pytest.mark.parametrize("writer", ["Gwen Tallis RIBA", "Gwen Tallis FCCA MBA"])
def test_a_writers_name_with_letters_after_it_is_a_person_not_the_employer(writer):
    result = extract(
        subject="Re: Part II Architectural Assistant",
        body=(
            "Hi Callum,\n\nThanks for coming in on Monday. I'm sorry to say we've offered the role to "
            f"another candidate.\n\nAll the best,\nGwen\n\n{writer}\nDirector"
        ),
        sender="Gwen Tallis <gwen@tallisandmoor.co.uk>",
    )

    assert result.company == "Tallis & Moor"


@pytest.mark.parametrize(
    ("address", "firm"),
    [("gwen@tallisandmoor.co.uk", "Tallis & Moor"), ("g.tallis@moorandtallis.com", "Moor & Tallis")],
)
def test_a_domain_joining_the_writers_surname_and_a_partners_is_their_firm(address, firm):
    result = extract(
        subject="Re: Part II Architectural Assistant",
        body=(
            "Hi Callum,\n\nThanks for coming in on Monday. We'd like to offer you the role, starting on "
            "the 1st of next month.\n\nBest,\nGwen"
        ),
        sender=f"Gwen Tallis <{address}>",
    )

    assert result.company == firm


def test_a_vendors_footer_under_an_employers_shared_mailbox_is_not_the_employer():
    result = extract(
        subject="Next step: Hartwood Store Team Assessment",
        body=(
            "Hi Noa,\n\nHartwood Interiors has invited you to complete the Store Team Assessment for the "
            "Stock Associate role. It takes about 20 minutes; please finish by Friday.\n\n"
            "Begin: https://assess.quizmoor.com/s/hx-81\n\nQuizmoor, 12 Lake Road, Suite 4, Denver, CO"
        ),
        sender="Hartwood Interiors <invitations@assess.quizmoor.com>",
    )

    assert result.company == "Hartwood Interiors"
