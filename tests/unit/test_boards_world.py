"""Job boards outside the US and Western Europe name themselves everywhere in their mail and the employer
once: the employer is the one the board names as the job's, never the board, and the board's own voice
("advertised by X", "the recruiter for <post> at X", "X has sent you a message") says where it is."""

import pytest

from tests.extraction_support import extract
from tracker.extraction import platforms
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    ("board", "address"),
    [
        ("PNet", "noreply@pnet.co.za"),
        ("CareerJunction", "jobs@careerjunction.co.za"),
        ("JobStreet", "noreply@jobstreet.com.my"),
        ("GulfTalent", "jobs@gulftalent.com"),
        ("Fuzu", "hello@fuzu.com"),
        ("Shine.com", "noreply@shine.com"),
        ("publicjobs", "noreply@publicjobs.ie"),
    ],
)
def test_a_world_boards_confirmation_names_the_employer_not_the_board(board: str, address: str) -> None:
    result = extract(
        "Hi Nomsa,\n\nYour application for Stock Controller at Marula Freight has been successfully "
        "sent.\n\nThe employer will contact you if you are shortlisted.\n\n"
        f"Team {board}\n{board} Ltd | Unsubscribe",
        subject="Your application has been sent",
        sender=f"{board} <{address}>",
    )
    assert result.kind is Kind.APPLICATION
    assert result.company == "Marula Freight"
    assert result.job_title == "Stock Controller"


@pytest.mark.parametrize(
    ("sender_domain", "registrable"),
    [
        ("mail.kellyservices.com.my", "kellyservices.com.my"),
        ("careers.tamarindbank.co.ke", "tamarindbank.co.ke"),
        ("hr.baobabfoods.com.ng", "baobabfoods.com.ng"),
    ],
)
def test_a_country_suffix_of_two_parts_leaves_the_organisation_its_own_domain(
    sender_domain: str, registrable: str
) -> None:
    assert platforms.registrable_domain(sender_domain) == registrable


def test_a_post_advertised_by_an_employer_on_a_board_names_that_employer() -> None:
    result = extract(
        "Dear Pieter,\n\nThanks for your application for the Data Engineer position advertised by Kestrel "
        "Analytics on the board.\n\nYou can follow your applications on your dashboard.",
        subject="Your application for Data Engineer",
        sender="CareerJunction <jobs@careerjunction.co.za>",
    )
    assert result.company == "Kestrel Analytics"


def test_the_recruiter_for_a_post_at_an_employer_names_that_employer() -> None:
    result = extract(
        "Dear Pieter,\n\nThe recruiter for Credit Analyst at Umhlanga Mutual has updated the status of your "
        "application.\n\nStatus: Unsuccessful\n\nUnfortunately your application was not successful.",
        subject="Application update: Credit Analyst",
        sender="CareerJunction <jobs@careerjunction.co.za>",
    )
    assert result.status is Status.REJECTED
    assert result.company == "Umhlanga Mutual"


def test_an_employers_message_passed_on_by_a_board_names_the_employer() -> None:
    result = extract(
        "Hi Wei Ling,\n\nRambutan Express has sent you a message about your application for Fleet "
        'Planner:\n\n"We would like to invite you to an interview on Thursday at 10am."\n\n'
        "Reply on the board.",
        subject="The employer replied to your application",
        sender="JobStreet <noreply@jobstreet.com>",
    )
    assert result.status is Status.INTERVIEW
    assert result.company == "Rambutan Express"


def test_the_position_of_a_post_with_an_employer_names_that_employer() -> None:
    result = extract(
        "Dear Ahmed,\n\nThis is to confirm that your application for the position of Site Surveyor with "
        "Falcon Ridge Contracting has been submitted.",
        subject="Application confirmation: Site Surveyor",
        sender="GulfTalent <jobs@gulftalent.com>",
    )
    assert result.company == "Falcon Ridge Contracting"
    assert result.job_title == "Site Surveyor"


def test_an_application_sent_for_a_post_to_an_employer_reads_the_post_without_the_employer() -> None:
    result = extract(
        "Hi Wanjiru,\n\nWe've sent your application for Network Planner to Acacia Telecom.\n\nGood luck!",
        subject="Your application to Acacia Telecom",
        sender="BrighterMonday <noreply@brightermonday.co.ke>",
    )
    assert result.company == "Acacia Telecom"
    assert result.job_title == "Network Planner"


@pytest.mark.parametrize("title", ["Sales Executive", "Customer Support Executive", "Operations Executive"])
def test_an_executive_named_by_its_field_is_the_post_not_the_employer(title: str) -> None:
    result = extract(
        f"Dear Neha,\n\nThank you for applying for {title} at Saffron Retail.\n\nYour application has been "
        "shared with the recruiter.",
        subject=f"You applied to {title}",
        sender="Shine.com <noreply@shine.com>",
    )
    assert result.company == "Saffron Retail"
    assert result.job_title == title
