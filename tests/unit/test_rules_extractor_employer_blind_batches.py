"""Blind batches on employers and titles (seventh session): invented mail per class, each batch written
before looking at the rules' answer and counted on main before any fix (docs/accuracy.md). Classes:
employers named only in the body's first sentence; an ATS tenant whose brand differs; names that are
common words ("Compass", "Next", "Monzo", "Bloom & Wild") or look like people's ("Morgan Stanley",
"Johnson Matthey", "Marks & Spencer"); university departments, NHS trusts, councils; subsidiaries
("X, a Y company"); titles with levels, places, remote markers, requisitions, gender marks
("(m/w/d)", "H/F", "(h/m)"); recruiters writing by hand.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Status

BATCH_ONE = [
    application_row(
        "first_sentence_gmail",
        Status.APPLIED,
        "Compass Group",
        "Catering Assistant",
        sender="Recruitment <recruitment.uk@gmail.com>",
        subject="Your application",
        body="Thank you for applying to Compass Group for the Catering Assistant role. We will be in "
        "touch within two weeks.\n\nRecruitment",
    ),
    application_row(
        "first_sentence_ats",
        Status.REJECTED,
        "Aviva",
        "Claims Handler",
        sender="Careers <no-reply@successfactors.eu>",
        subject="Update on your application",
        body="Dear Sam,\n\nThank you for your recent application to Aviva for the role of Claims "
        "Handler. Unfortunately, on this occasion we will not be progressing your "
        "application.\n\nKind regards\nResourcing Team",
    ),
    application_row(
        "next_common_word",
        Status.APPLIED,
        "Next",
        "Sales Consultant",
        sender="Next Careers <careers@next.co.uk>",
        subject="Thanks for applying to Next",
        body="Hi Sam,\n\nThanks for applying for the Sales Consultant role at Next. We'll review your "
        "application and let you know.\n\nNext Retail Recruitment",
    ),
    application_row(
        "monzo_greenhouse",
        Status.INTERVIEW,
        "Monzo",
        "Senior Backend Engineer",
        sender="Monzo <no-reply@greenhouse.io>",
        subject="Monzo - next steps",
        body="Hi Sam,\n\nThanks for your interest in the Senior Backend Engineer role at Monzo. We'd "
        "love to invite you to a 45 minute call with one of our engineers. Please pick a time "
        "using the link below.\n\nMonzo Talent",
    ),
    application_row(
        "bloom_wild",
        Status.REJECTED,
        "Bloom & Wild",
        "Customer Experience Associate",
        sender="Bloom & Wild <careers@bloomandwild.com>",
        subject="Your application to Bloom & Wild",
        body="Hi Sam,\n\nThanks so much for applying for the Customer Experience Associate position. "
        "We've had a lot of lovely applications and unfortunately we won't be moving forward with "
        "yours this time.\n\nThe Bloom & Wild Team",
    ),
    application_row(
        "morgan_stanley",
        Status.APPLIED,
        "Morgan Stanley",
        "Technology Analyst",
        sender="Morgan Stanley <morganstanley@myworkday.com>",
        subject="Thank you for applying",
        body="Dear Sam,\n\nThank you for applying for the Technology Analyst position at Morgan "
        "Stanley. Your application is now being reviewed.\n\nMorgan Stanley Recruiting",
    ),
    application_row(
        "johnson_matthey",
        Status.ASSESSMENT,
        "Johnson Matthey",
        "Process Engineer",
        sender="Johnson Matthey Careers <jm@avature.net>",
        subject="Online assessment - Process Engineer",
        body="Dear Sam,\n\nThank you for your application to Johnson Matthey. As the next step, please "
        "complete the online assessment for the Process Engineer role within 5 days.\n\nJohnson "
        "Matthey Talent Acquisition",
    ),
    application_row(
        "marks_spencer",
        Status.APPLIED,
        "Marks & Spencer",
        "Customer Assistant",
        sender="M&S Careers <noreply@marksandspencer.com>",
        subject="We've received your application",
        body="Hi Sam,\n\nThank you for applying for the Customer Assistant role at Marks & Spencer. "
        "We'll be in touch soon.\n\nM&S Recruitment",
    ),
    application_row(
        "university_dept",
        Status.REJECTED,
        "University of Eastbrook",
        "Research Assistant",
        sender="Office of Human Resources <hr-noreply@eastbrook.ac.uk>",
        subject="Research Assistant (Ref 04512)",
        body="Dear Sam,\n\nThank you for applying for the post of Research Assistant in the School of "
        "Chemistry. Unfortunately you have not been shortlisted for interview.\n\nOffice of Human "
        "Resources\nUniversity of Eastbrook",
    ),
    application_row(
        "nhs_trust_trac",
        Status.INTERVIEW,
        "Riverside University Hospitals NHS Foundation Trust",
        "Staff Nurse",
        sender="NHS Jobs <noreply@jobs.nhs.uk>",
        subject="Invitation to interview: Staff Nurse - Ward 12",
        body="Dear Sam,\n\nRiverside University Hospitals NHS Foundation Trust would like to invite "
        "you to interview for the post of Staff Nurse - Ward 12 on 14 March at "
        "10:00.\n\nRecruitment Team",
    ),
    application_row(
        "council",
        Status.WITHDRAWN,
        "Westmoor District Council",
        "Housing Officer",
        sender="Westmoor District Council <recruitment@westmoor.gov.uk>",
        subject="Housing Officer - vacancy update",
        body="Dear Sam,\n\nWe are writing to let you know that the Housing Officer vacancy has been "
        "withdrawn and will not be filled at this time.\n\nHR Team\nWestmoor District Council",
    ),
    application_row(
        "us_university_dept",
        Status.APPLIED,
        "Lakeview State University",
        "Lab Technician II",
        sender="Lakeview State University <donotreply@lakeview.edu>",
        subject="Application received - Lab Technician II (Req 23-0871)",
        body="Dear Sam,\n\nThank you for your interest in the Lab Technician II (Req 23-0871) position "
        "with the Department of Biology. Your application has been received.\n\nLakeview State "
        "University Human Resources",
    ),
    application_row(
        "subsidiary",
        Status.APPLIED,
        "Ferncastle Foods",
        "Quality Technician",
        sender="Ferncastle Foods <jobs@ferncastlefoods.co.uk>",
        subject="Application received: Quality Technician",
        body="Dear Sam,\n\nThank you for applying to Ferncastle Foods, a Greencore company, for the "
        "Quality Technician role. We will review your application shortly.\n\nFerncastle Foods HR",
    ),
    application_row(
        "subsidiary_part_of",
        Status.REJECTED,
        "Holloway Analytics",
        "Data Engineer",
        sender="Holloway Analytics <talent@hollowayanalytics.com>",
        subject="Your application for Data Engineer",
        body="Hi Sam,\n\nThanks for applying to Holloway Analytics (part of the Brennan Group). We've "
        "decided to move forward with other candidates for the Data Engineer role.\n\nHolloway "
        "Analytics Talent",
    ),
    application_row(
        "title_level_code",
        Status.APPLIED,
        "Corvane Systems",
        "Software Engineer II",
        sender="Corvane Systems <careers@corvane.com>",
        subject="Application received: Software Engineer II (L4) - Remote, US",
        body="Hi Sam,\n\nThanks for applying for Software Engineer II (L4) - Remote, US. Our team will "
        "review your application.\n\nCorvane Systems Recruiting",
    ),
    application_row(
        "title_location",
        Status.APPLIED,
        "Halbrook Insurance",
        "Senior Underwriter",
        sender="Halbrook Insurance <noreply@halbrook.com>",
        subject="Thank you for applying: Senior Underwriter - Manchester",
        body="Dear Sam,\n\nThank you for applying for the Senior Underwriter - Manchester position at "
        "Halbrook Insurance.\n\nHalbrook Insurance Talent Acquisition",
    ),
    application_row(
        "title_req",
        Status.REJECTED,
        "Kestrel Energy",
        "Field Service Technician",
        sender="Kestrel Energy <no-reply@kestrelenergy.com>",
        subject="Your application for Field Service Technician - REQ-20931",
        body="Dear Sam,\n\nThank you for applying for Field Service Technician - REQ-20931. After "
        "careful review we have decided not to proceed with your application.\n\nKestrel Energy",
    ),
    application_row(
        "german_mwd",
        Status.APPLIED,
        "Brandt Logistik GmbH",
        "Sachbearbeiter Disposition (m/w/d)",
        sender="Brandt Logistik GmbH <karriere@brandt-logistik.de>",
        subject="Eingangsbestätigung: Sachbearbeiter Disposition (m/w/d)",
        body="Sehr geehrter Herr Weber,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiter "
        "Disposition (m/w/d) in Bremen. Wir melden uns in Kürze.\n\nMit freundlichen "
        "Grüßen\nBrandt Logistik GmbH",
    ),
    application_row(
        "french_hf",
        Status.REJECTED,
        "Maison Verdier",
        "Chargé de communication H/F",
        sender="Maison Verdier <recrutement@maisonverdier.fr>",
        subject="Votre candidature - Chargé de communication H/F",
        body="Bonjour,\n\nNous vous remercions pour votre candidature au poste de Chargé de "
        "communication H/F. Malheureusement, nous ne pouvons pas donner suite à votre "
        "candidature.\n\nCordialement,\nMaison Verdier",
    ),
    application_row(
        "spanish_hm",
        Status.APPLIED,
        "Grupo Albero",
        "Técnico de Mantenimiento (h/m)",
        sender="Grupo Albero <empleo@grupoalbero.es>",
        subject="Hemos recibido tu candidatura",
        body="Hola Sam,\n\nGracias por tu candidatura para el puesto de Técnico de Mantenimiento (h/m) "
        "en Valencia. Revisaremos tu perfil.\n\nUn saludo,\nGrupo Albero",
    ),
    application_row(
        "recruiter_hand",
        Status.INTERVIEW,
        "Castellan Bank",
        "Risk Analyst",
        sender="Tom Reed <tom@reedandcole.co.uk>",
        subject="Risk Analyst role",
        body="Hi Sam,\n\nGood news - Castellan Bank would like to meet you for the Risk Analyst role "
        "next Tuesday at 2pm. Can you confirm that works?\n\nThanks\nTom\n\nTom Reed\nReed & Cole",
    ),
    application_row(
        "recruiter_hand_client_first",
        Status.APPLIED,
        "Pellham Group",
        "Finance Manager",
        sender="Lucy Park <lucy.park@oakfieldpeople.com>",
        subject="Finance Manager - Pellham Group",
        body="Hi Sam,\n\nGreat speaking earlier. As discussed I've sent your CV over to Pellham Group "
        "for the Finance Manager role. I'll let you know as soon as I hear "
        "back.\n\nLucy\nOakfield People",
    ),
    application_row(
        "recruiter_rejection",
        Status.REJECTED,
        "Tarrow Health",
        "Clinical Lead",
        sender="James Ode <james@bluefinsearch.com>",
        subject="Re: Clinical Lead",
        body="Hi Sam,\n\nI've heard back from Tarrow Health on the Clinical Lead role and "
        "unfortunately they've decided not to take your application further.\n\nSpeak "
        "soon,\nJames",
    ),
    application_row(
        "tenant_brand",
        Status.APPLIED,
        "Kingsgate Hotels",
        "Front Desk Agent",
        sender="Kingsgate Hotels Careers <kghcareers@myworkday.com>",
        subject="Thank you for applying",
        body="Hi Sam,\n\nThanks for applying for the Front Desk Agent position. We have received your "
        "application and will review it soon.\n\nKingsgate Hotels Talent Acquisition",
    ),
    application_row(
        "tenant_subdomain",
        Status.APPLIED,
        "Aldmoor",
        "Warehouse Operative",
        sender="Aldmoor Careers <noreply@aldmoorgroup.wd3.myworkdayjobs.com>",
        subject="Application received",
        body="Dear Sam,\n\nThank you for applying for the Warehouse Operative role at Aldmoor. Your "
        "application has been received.\n\nAldmoor Recruitment",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), BATCH_ONE)
def test_blind_batch_reads_employer_and_title(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
