"""Public services of the UK, Ireland, Australia and New Zealand (invented mail): their bodies are named by
the shape of the name ("Department for X", "Ministry of X", "HM X", "X Office", "X Borough Council", "X
Health Board"); their systems (Trac, Jobtrain, PageUp, Oleeo, Stonefish...) and boards (publicjobs,
APSjobs, jobs.ac.uk) are never the employer; a state's government domain (or a European government's shared
one) names no employer; a title loses
the body or unit its comma goes on to and its share of full time; a reserve list, a panel or a merit pool
is a wait with no decision.
"""

import pytest

from tests.extraction_support import application_row, extract
from tracker.extraction import platforms
from tracker.extraction.text import Sender
from tracker.extraction.title_cleaning import clean_title
from tracker.models import Kind, Status
from tracker.names import same_company, same_title

PUBLIC_MAIL = [
    application_row(
        "a_portal_form_labels_the_department_that_employs",
        Status.APPLIED,
        "Department for Business and Trade",
        "Trade Adviser",
        sender="Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        subject="We have received your application",
        body="Dear Rowan,\n\nWe have received your application.\n\nJob title: Trade Adviser\n"
        "Department: Department for Business and Trade\nGrade: Senior Executive Officer\n\n"
        "The sift will take place after the closing date.",
    ),
    application_row(
        "a_vacancy_number_then_the_title_then_the_body_that_advertises_it",
        Status.INTERVIEW,
        "Ministry of Housing, Communities and Local Government",
        "Senior Policy Officer (SEO)",
        sender="Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        subject="Invitation to interview - 500123",
        body="Dear Rowan,\n\nYou have passed the sift for vacancy 500123, Senior Policy Officer (SEO), "
        "Ministry of Housing, Communities and Local Government. We would like to invite you to an "
        "interview. Please book a slot in your account.",
    ),
    application_row(
        "a_health_board_signing_under_its_trac_mail",
        Status.OFFER,
        "Betsi Cadwaladr University Health Board",
        "Band 3 Ward Clerk",
        sender="Trac Jobs <no-reply@trac.jobs>",
        subject="Conditional Offer of Employment - Band 3 Ward Clerk",
        body="Dear Owen,\n\nI am delighted to offer you the post of Band 3 Ward Clerk with Betsi Cadwaladr "
        "University Health Board, subject to pre-employment checks.\n\nWorkforce Team\n"
        "Betsi Cadwaladr University Health Board",
    ),
    application_row(
        "a_council_writing_through_jobtrain_is_the_employer",
        Status.INTERVIEW,
        "Somerset County Council",
        "Highways Inspector",
        sender="Jobtrain <noreply@jobtrain.co.uk>",
        subject="Shortlisted - Highways Inspector",
        body="Dear Ffion,\n\nThank you for applying for the role of Highways Inspector (0.8 FTE) with "
        "Somerset County Council. You have been shortlisted for interview on 4 May.",
    ),
    application_row(
        "a_state_health_domain_names_no_employer_the_department_does",
        Status.APPLIED,
        "Department of Health",
        "Senior Policy Analyst",
        sender="careers@health.nsw.gov.au",
        subject="Application received - Senior Policy Analyst",
        body="Hi Noah,\n\nThank you for your application for the Senior Policy Analyst role in the "
        "Department of Health. We will contact you after the closing date.\n\nPeople and Culture",
    ),
    application_row(
        "a_universitys_department_is_where_the_post_is_not_its_employer",
        Status.INTERVIEW,
        "University of Kent",
        "Research Technician",
        sender="University of Kent <recruitment@kent.ac.uk>",
        subject="Interview invitation - Research Technician",
        body="Dear Kofi,\n\nThank you for applying for the Research Technician post in the Department of "
        "Chemistry, University of Kent. We are pleased to invite you to an interview on 12 May.",
    ),
    application_row(
        "a_body_named_with_its_city_after_a_comma_is_the_body",
        Status.OFFER,
        "Ministry of Defence",
        None,
        sender="Defence Recruitment <recruitment@mod.example>",
        subject="Offer of employment",
        body="Dear Ali,\n\nI am pleased to offer you the role of Logistics Officer in the Ministry of "
        "Defence, Bristol. Please sign and return the attached letter of offer.",
    ),
    application_row(
        "an_academic_domains_department_is_its_unit",
        Status.INTERVIEW,
        "Harwick",
        None,
        sender="Lena Fox <lfox@harwick.ac.uk>",
        subject="Interview - Research Fellow",
        body="Dear Sam,\n\nI am pleased to invite you to an interview for the Research Fellow post in the "
        "Department of Physics. Please send me your availability.\n\nLena Fox",
    ),
    application_row(
        "a_merit_pool_is_a_wait_not_an_offer",
        Status.APPLIED,
        "Australian Taxation Office",
        None,
        sender="Australian Taxation Office <recruitment@ato.gov.au>",
        subject="Outcome of selection process",
        body="Dear Jess,\n\nYou have been found suitable and will be placed in a merit pool for 18 months. "
        "Being placed in the merit pool does not guarantee an offer of employment.",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), PUBLIC_MAIL)
def test_public_service_mail_names_its_body_and_reads_its_step(mail, status, company, title):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is status, result
    assert same_company(result.company, company), result.company
    if title is not None:
        assert same_title(result.job_title, title), result.job_title


def test_a_place_on_a_competitions_panel_waits_for_appointment():
    result = extract(
        sender="Local Appointments <hr@galwaycoco.ie>",
        subject="Assistant Engineer competition",
        body="Dear Cian,\n\nFollowing your interview I am pleased to inform you that you have been placed on "
        "a panel for the position of Assistant Engineer. Appointments will be made from the panel in order "
        "of merit.\n\nHuman Resources\nGalway County Council",
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.APPLIED, result


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Policy Adviser, Department for Education", "Policy Adviser"),
        ("Caseworker (AO), HM Courts and Tribunals Service", "Caseworker (AO)"),
        ("Planning Officer (0.6 FTE)", "Planning Officer"),
        ("Lecturer in Law - Fixed Term (0.5 FTE)", "Lecturer in Law"),
        ("Team Leader - 1.0 FTE", "Team Leader"),
    ],
)
def test_a_title_loses_the_body_its_comma_goes_on_to_and_its_share_of_full_time(raw, title):
    assert clean_title(raw)[0] == title


def test_a_vacancy_number_before_the_title_is_taken_whole():
    assert clean_title("vacancy 411020, Finance Officer (EO)") == ("Finance Officer (EO)", "411020")


@pytest.mark.parametrize(
    "address",
    [
        "no-reply@trac.jobs",
        "noreply@jobtrain.co.uk",
        "x@pageuppeople.com",
        "noreply@tal.net",
        "x@publicjobs.ie",
    ],
)
def test_public_services_systems_and_boards_are_platforms(address):
    assert platforms.platform_of(Sender.parse(address))


@pytest.mark.parametrize(
    ("domain", "registrable"),
    [
        ("health.vic.gov.au", "health.vic.gov.au"),
        ("careers.education.qld.gov.au", "education.qld.gov.au"),
        ("mail.revenue.gov.ie", "revenue.gov.ie"),
        ("jobs.gov.scot", "jobs.gov.scot"),
        # A European government's shared domain: each body at a level of its own.
        ("kustbeheer.vlaanderen.be", "kustbeheer.vlaanderen.be"),
        ("mail.archiefzorg.vlaanderen.be", "archiefzorg.vlaanderen.be"),
        ("recrutement.douanes.gouv.fr", "douanes.gouv.fr"),
        ("selectie.mobiliteit.belgie.be", "mobiliteit.belgie.be"),
        ("jobs.bfs.admin.ch", "bfs.admin.ch"),
        ("vlaanderen.be", "vlaanderen.be"),
    ],
)
def test_a_states_or_nations_government_suffix_is_nobodys_name(domain, registrable):
    assert platforms.registrable_domain(domain) == registrable
