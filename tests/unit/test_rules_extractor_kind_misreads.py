"""Applications the kind guard read as no job, and Italian job adverts read as offers (issue 14;
invented mail, the classes behind the sixth session's kind misreads).

A post named after the field it works in ("Tenancy Officer", "Mortgage Adviser") is no tenancy or loan
applied for; a college's "Admissions and HR" office hires too; a hiring manager's last-round rejection
says "onsite" and "extend the offer to someone else", no job word. Italian "offerta di lavoro" is mostly
the advert one answered, not an offer. Beside them: a rental, a graduate programme, a friend's tip.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Kind, Status

APPLICATIONS = [
    application_row(
        "a_post_named_after_tenancies",
        Status.REJECTED,
        "Brackwater Homes",
        "Tenancy Support Officer",
        sender="Brackwater Homes <hr@brackwaterhomes.org.uk>",
        subject="Tenancy Support Officer - outcome",
        body="Dear Sam,\n\nThank you for attending the interview for the Tenancy Support Officer post. "
        "I'm sorry to tell you that the panel has decided not to offer you the post.\n\nHR Team\n"
        "Brackwater Homes",
    ),
    application_row(
        "a_vacancy_named_after_tenancies",
        Status.INTERVIEW,
        "Harbour Lettings",
        "Tenancy Negotiator",
        sender="Harbour Lettings <office@harbourlettings.co.uk>",
        subject="Tenancy Negotiator",
        body="Hi Sam,\n\nThanks for your application for the Tenancy Negotiator vacancy. We'd like to invite "
        "you to an interview on Tuesday at 10am at our branch.\n\nJo\nHarbour Lettings",
    ),
    application_row(
        "an_office_of_admissions_and_hr_declines_an_assistant",
        Status.REJECTED,
        "Ashgrove College",
        "Exams Assistant",
        sender="Ashgrove College Admissions and HR <hr@ashgrove.ac.uk>",
        subject="Exams Assistant",
        body="Dear Sam,\n\nThank you for your recent application. I regret that we are unable to take your "
        "application further at this time.\n\nAshgrove College",
    ),
    application_row(
        "a_school_admissions_mailbox_invites_a_teaching_assistant",
        Status.INTERVIEW,
        "Greenfield School",
        "Teaching Assistant",
        sender="Greenfield School Admissions <admissions@greenfield.sch.uk>",
        subject="Teaching Assistant application",
        body="Dear Sam,\n\nThank you for your application. We would like to invite you to interview on "
        "Friday at 9am.\n\nGreenfield School",
    ),
    application_row(
        "a_rejection_after_the_onsite",
        Status.REJECTED,
        "Tessel Labs",
        sender="Marta Lind <marta@tessellabs.com>",
        subject="Thanks, Sam",
        body="Hi Sam,\n\nThank you for coming in for the onsite on Wednesday; everyone enjoyed meeting "
        "you.\n\nWe've decided to extend the offer to someone with more embedded experience.\n\n"
        "All the best,\nMarta\nTessel Labs",
    ),
    application_row(
        "a_rejection_after_the_panel",
        Status.REJECTED,
        "Mirela Foods",
        sender="Ana Costa <ana.costa@mirelafoods.com>",
        subject="Our decision",
        body="Hi Sam,\n\nThank you for meeting the panel on Monday. After much deliberation we have "
        "decided to offer the post to someone else.\n\nKind regards,\nAna\nMirela Foods",
    ),
    application_row(
        "it_a_receipt_for_the_job_advert_answered",
        Status.APPLIED,
        "Rovani",
        sender="Selezione Rovani <selezione@rovani.it>",
        subject="Candidatura ricevuta",
        body="Gentile Sam,\n\ngrazie per aver risposto alla nostra offerta di lavoro per Magazziniere. "
        "Abbiamo ricevuto la tua candidatura e ti contatteremo.\n\nUfficio Selezione Rovani",
    ),
    application_row(
        "it_an_interview_for_the_job_advert_answered",
        Status.INTERVIEW,
        "Rovani",
        sender="Selezione Rovani <selezione@rovani.it>",
        subject="Colloquio",
        body="Gentile Sam,\n\nin merito alla tua candidatura alla nostra offerta di lavoro per Magazziniere, "
        "vorremmo invitarti a un colloquio lunedì alle 10.\n\nUfficio Selezione Rovani",
    ),
    application_row(
        "it_an_offer_made_to_the_reader",
        Status.OFFER,
        "Calvi",
        sender="HR Calvi <hr@calvi.it>",
        subject="Buone notizie",
        body="Ciao Sam,\n\ndopo i colloqui siamo lieti di farti un'offerta di lavoro per il ruolo di "
        "Analista. Ti mando i dettagli domani.\n\nHR Calvi",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), APPLICATIONS)
def test_an_application_in_a_field_or_words_the_guard_doubted_reads_whole(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


NOT_APPLICATIONS = [
    pytest.param(
        {
            "sender": "Oakridge Lettings <lettings@oakridge.co.uk>",
            "subject": "Your rental application",
            "body": "Hi Sam,\n\nThanks for your rental application for the flat at 4 Mill Lane. The landlord "
            "has decided to extend the offer to another applicant.\n\nThe Lettings Team",
        },
        id="a_rental_offered_to_another_applicant",
    ),
    pytest.param(
        {
            "sender": "Westfield Graduate Admissions <grad@westfield.ac.uk>",
            "subject": "Your application",
            "body": "Dear Sam,\n\nThank you for applying to our graduate programme. Unfortunately we are "
            "unable to take your application further. Your personal tutor will be in touch.\n\n"
            "Graduate Admissions",
        },
        id="a_graduate_programme_declines",
    ),
    pytest.param(
        {
            "sender": "Colorado DMV <noreply@dmv.example.gov>",
            "subject": "Your driver license application was approved",
            "body": "Your application has been approved. Your new license will arrive by mail.",
        },
        id="a_driver_license_application",
    ),
    pytest.param(
        {
            "sender": "InfoLavoro <notifiche@infolavoro.example>",
            "subject": "Nuove offerte per te",
            "body": "Ciao Sam,\n\nabbiamo trovato un'offerta di lavoro che potrebbe interessarti: Impiegato "
            "amministrativo - Milano.\n\nVedi l'offerta",
        },
        id="it_a_board_recommends_a_job_advert",
    ),
    pytest.param(
        {
            "sender": "Marco Bassi <marco.bassi@gmail.com>",
            "subject": "guarda qui",
            "body": "Ciao Sam,\n\nho visto questa offerta di lavoro, potrebbe fare per te? Magazziniere a "
            "Bergamo.\n\nMarco",
        },
        id="it_a_friend_points_to_a_job_advert",
    ),
]


@pytest.mark.parametrize("mail", NOT_APPLICATIONS)
def test_no_job_applied_for_stays_no_application(mail):
    assert extract(**mail).kind is not Kind.APPLICATION
