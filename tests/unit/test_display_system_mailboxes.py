"""An employer named only by the display name over a hiring system's shared mailbox (invented mail).

Hiring systems send every employer's mail from one mailbox ("no-reply@fountain.com") and name the employer
in the display name alone; they relay a recruiter's own mail under the recruiter's name from the same
mailbox. A display name shaped like a person's names the employer unless the mail shows a person writing
under it, and the body naming another employer where an employer stands names it more strongly.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.extraction import platforms
from tracker.extraction.text import Sender
from tracker.models import Kind, Status

EMPLOYER_IN_THE_DISPLAY_NAME = [
    application_row(
        "an_hourly_systems_notice_names_the_employer_only_in_its_display_name",
        Status.APPLIED,
        "Copper Canyon Carwash",
        "Wash Attendant",
        sender="Copper Canyon Carwash <no-reply@fountain.com>",
        subject="We got your application",
        body="Hi Sam, thanks for applying for Wash Attendant. We'll text you soon about next steps.",
    ),
    application_row(
        "a_listed_systems_notifications_mailbox_sends_for_the_employer_it_displays",
        Status.APPLIED,
        "Tall Pines Campground",
        "Camp Host",
        sender="Tall Pines Campground <notifications@hireology.com>",
        subject="Application Received",
        body="Thank you for applying for the Camp Host position. A hiring manager will review your "
        "application and reach out if you are a match.",
    ),
    application_row(
        "a_german_receipt_from_a_shared_mailbox_signed_with_the_whole_display_name",
        Status.APPLIED,
        "Halvorsen Fisk",
        "Lagermitarbeiter (m/w/d)",
        sender="Halvorsen Fisk <noreply@teamtailor.com>",
        subject="Danke für deine Bewerbung",
        body="Hallo Mia,\n\nvielen Dank für deine Bewerbung als Lagermitarbeiter (m/w/d). Wir melden uns "
        "bald bei dir.\n\nViele Grüße\nHalvorsen Fisk",
    ),
    application_row(
        "a_dutch_receipt_speaking_to_the_reader_is_no_person_writing",
        Status.APPLIED,
        "Hoeksma Groen",
        "Hovenier",
        sender="Hoeksma Groen <noreply@recruitee.com>",
        subject="Bedankt voor je sollicitatie",
        body="Hoi Sanne,\n\nBedankt voor je sollicitatie als Hovenier. We nemen binnen een week contact met "
        "je op.",
    ),
    application_row(
        "a_branchs_place_after_the_employer_in_the_display_name_is_no_part_of_its_name",
        Status.INTERVIEW,
        "Maple Hollow Assisted Living",
        "Caregiver",
        sender="Maple Hollow Assisted Living - Springfield <no-reply@apploi.com>",
        subject="Interview scheduled",
        body="Hi Jamie,\n\nYour interview for Caregiver has been scheduled for Monday at 10:00 AM.",
    ),
    application_row(
        "a_careers_word_in_portuguese_beside_the_employer_is_no_part_of_its_name",
        Status.APPLIED,
        "Vilamar",
        "Assistente Administrativo",
        sender="Vilamar Carreiras <no-reply@gupy.io>",
        subject="Recebemos sua candidatura",
        body="Olá Ana,\n\nrecebemos sua candidatura para a vaga de Assistente Administrativo. Em breve você "
        "receberá novidades.",
    ),
    application_row(
        "someone_else_signing_under_the_display_name_writes_for_that_employer",
        Status.INTERVIEW,
        "Cedar Point Marina",
        "Dock Hand",
        sender="Cedar Point Marina <jobs@workablemail.com>",
        subject="Interview for Dock Hand",
        body="Hi Sam,\n\nI'd like to invite you to an interview for the Dock Hand position on Friday at "
        "10 AM.\n\nBest regards,\nTyler Grant\nHarbor Master",
    ),
]

BODY_NAMES_ANOTHER_EMPLOYER = [
    application_row(
        "the_systems_own_team_name_gives_way_to_the_employer_the_body_names",
        Status.REJECTED,
        "Quickhaul Freight",
        "Delivery Driver",
        sender="The Fountain Team <no-reply@fountain.com>",
        subject="Application update",
        body="Hi Sam, thank you for your interest in the Delivery Driver role with Quickhaul Freight. "
        "Unfortunately we are not moving forward with your application at this time.",
    ),
    application_row(
        "an_unsigned_person_shaped_display_name_gives_way_to_the_employer_the_body_names",
        Status.APPLIED,
        "Pellmore Analytics",
        "Data Analyst",
        sender="Jamie Ortiz <no-reply@greenhouse.io>",
        subject="Thanks for applying",
        body="Hi Sam,\n\nThanks for applying to Pellmore Analytics for the Data Analyst role. We are "
        "reviewing applications and will be in touch.",
    ),
    application_row(
        "a_hiring_chat_assistant_names_the_employer_it_writes_for",
        Status.INTERVIEW,
        "Sizzle Grill",
        "Crew Member",
        sender="Olivia <noreply@paradox.ai>",
        subject="Let's schedule your interview",
        body="Hi Sam! I'm Olivia, the hiring assistant for Sizzle Grill. Thanks for applying for Crew "
        "Member! Are you available for an interview Thursday at 3 PM?",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), EMPLOYER_IN_THE_DISPLAY_NAME)
def test_a_systems_display_name_that_is_no_person_names_the_employer(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(("mail", "status", "company", "title"), BODY_NAMES_ANOTHER_EMPLOYER)
def test_the_body_naming_another_employer_names_it_more_strongly(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi Sam,\n\nWe'd like to book a phone screen with you. Please share your availability.\n\n"
            "Best,\nMarta",
            id="signed_with_the_given_name",
        ),
        pytest.param(
            "Hi Sam,\n\nI'd love to find a time this week to talk about your application.",
            id="written_in_the_first_person",
        ),
        pytest.param(
            "Hi Sam,\n\nThis is Marta from the recruiting team. We'd like to schedule a phone interview "
            "about your application.",
            id="introduced_by_the_given_name",
        ),
    ],
)
def test_a_recruiter_writing_under_their_own_name_on_a_system_is_no_employer(body):
    read = extract(sender="Marta Kowal <no-reply@ashbyhq.com>", subject="Next steps", body=body)
    assert read.kind is Kind.APPLICATION, read
    assert read.company is None, read.company


def test_hireology_is_a_system_sending_for_the_employer_it_displays():
    sender = Sender.parse("Tall Pines Campground <notifications@hireology.com>")
    assert platforms.platform_of(sender) == "Hireology"
