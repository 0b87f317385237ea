"""Mail with no body, as a Gmail metadata export gives it (the sender's name and the subject), that is
no job application (invented): admissions offices (also French, German, Spanish, Dutch, Portuguese and
Italian students' offices), financial aid, leasing offices, card issuers, visa and traveller programmes,
a marketplace's hosts, a buyer's accepted offer, a podcast, a performance review.

A job seeker's inbox holds such mail beside the job boards' and employers' own; with no body, the sender's
name or the subject names what was applied for. Every row was written for this test (never copied from a
dataset). The last table: job mail of the same shape, which stays an application.
"""

import pytest

from tests.extraction_support import extract
from tests.unit.test_rules_extractor_not_job_mail import assert_no_record
from tracker.models import Kind, Status


def no_body(name: str, sender: str, subject: str):
    """One row: a sender's name and a subject, no body."""
    return pytest.param({"sender": sender, "subject": subject, "body": ""}, id=name)


def job_mail(name: str, sender: str, subject: str, status: Status):
    """One row: job mail of the same shape, and the status it states."""
    return pytest.param({"sender": sender, "subject": subject, "body": ""}, status, id=name)


SUBJECT_ONLY_NO_JOB = [
    no_body(
        "admissions_received",
        "UC Lakeside Graduate Admissions",
        "Application Received - MS Computer Science Fall 2027",
    ),
    no_body("admissions_decision", "Graduate Division", "Your Application Status Has Been Updated"),
    no_body("admissions_portal", "Office of Admissions", "Your admission decision is available"),
    no_body("finaid", "Student Financial Aid", "Your financial aid offer is ready"),
    no_body("bootcamp", "Hack Reactor Admissions", "Your technical interview is confirmed"),
    no_body("scholarship", "Gates Scholarship", "Update on your application"),
    no_body("rental_received", "Zillow Rentals", "Your rental application was received"),
    no_body(
        "rental_approved",
        "Oakwood Apartments Leasing Office",
        "Congratulations, your application has been approved!",
    ),
    no_body("apartments", "Apartments.com", "Your application for 2210 Park Ave #4 was submitted"),
    no_body("mortgage", "Rocket Mortgage", "Your loan application is in underwriting"),
    no_body("card_approved", "Discover Card", "Congratulations! You've been approved"),
    no_body("card_apple", "Apple Card", "Your application status"),
    no_body("bank_account", "Chime", "Your account application is under review"),
    no_body("visa_interview", "US Visa Info", "Interview Appointment Confirmation"),
    no_body("uscis", "USCIS", "Case Status Update: Your case was approved"),
    no_body("global_entry", "Trusted Traveler Programs", "Your application status has changed"),
    no_body("insurance", "Progressive Claims", "Update on your claim"),
    no_body("cfp", "Sessionize", "Your session has been accepted"),
    no_body(
        "volunteer", "Habitat for Humanity Volunteer Team", "Your volunteer application has been received"
    ),
    no_body("membership", "Costco", "Welcome! Your membership application is complete"),
    no_body("rover", "Airbnb", "Your host application was approved"),
    no_body("passport", "Passport Services", "Your passport application status"),
    no_body("dmv", "DMV", "Appointment Confirmation"),
    no_body("ticket_offer", "Ticketmaster", "Your offer is waiting: presale access"),
    no_body("redfin", "Redfin", "Your offer was accepted!"),
    no_body("coursera", "Coursera", "Your financial aid application was approved"),
    no_body("interview_podcast", "How I Built This", "New episode: an interview with the founder of Canva"),
    no_body("perf", "Workday", "Performance Review: Complete your self-evaluation"),
    no_body("survey", "Indeed", "How was your interview with Copperline?"),
    no_body(
        "interest_in_volunteering", "Big Brothers Big Sisters", "Thank you for your interest in volunteering"
    ),
    no_body("interest_in_adopting", "Humane Society", "Thank you for your interest in adopting Luna"),
    # Students' offices in French, German, Spanish, Dutch, Portuguese and Italian.
    no_body(
        "fr_scol",
        "Service de la scolarité - Université de Nantes",
        "Votre candidature a été acceptée",
    ),
    no_body("fr_adm", "Service des admissions HEC", "Résultat de votre candidature"),
    no_body("fr_parcoursup", "Parcoursup", "Nouvelle proposition d'admission"),
    no_body("de_sekretariat", "Studierendensekretariat TU Berlin", "Ihr Zulassungsbescheid"),
    no_body("de_studienservice", "Studienservice Universität Wien", "Ihre Bewerbung wurde bearbeitet"),
    no_body("es_admisiones", "Admisiones UC3M", "Resolución de tu solicitud"),
    no_body("es_becas", "Becas Santander", "Tu candidatura ha sido seleccionada"),
    no_body("nl_studentzaken", "Studentenadministratie Universiteit Utrecht", "Je verzoek tot inschrijving"),
    no_body("pt_posgrad", "Secretaria de Pós-Graduação", "Resultado do processo seletivo"),
    no_body("it_segreteria", "Segreteria Studenti Politecnico", "Esito della tua candidatura"),
    # A startup programme's, a hackathon's, a gig platform's, an unemployment office's and a referral's mail.
    no_body("yc", "Y Combinator", "YC application decision"),
    no_body("hackathon", "MLH Hackathons", "Your HackNY application status"),
    no_body("upwork", "Upwork", "Your proposal was declined"),
    no_body("jobcentre", "Jobcentre Plus", "Appointment with your work coach"),
    no_body("referral", "Acme Referrals", "Your referral has moved to the interview stage"),
    no_body("lyft", "Lyft Driver", "Your application to drive has been approved"),
    no_body("arbeitsagentur", "Agentur für Arbeit", "Einladung zum Beratungsgespräch"),
    no_body("amazon_flex", "Amazon Flex", "Your application status has changed"),
    no_body("hm_applicant", "Lever", "New applicant for Product Designer"),
    no_body("ui_claim", "Department of Labor", "Your claim has been approved"),
    no_body("yc_interview", "YC Team", "Invitation to interview for YC S27"),
]

SUBJECT_ONLY_JOB_MAIL = [
    job_mail(
        "uc_job",
        "UC Lakeside Jobs",
        "Thank you for applying: Research Data Analyst (Job #4411)",
        Status.APPLIED,
    ),
    job_mail("bank_job", "Capital One Recruiting", "Your application for Business Analyst", Status.APPLIED),
    job_mail(
        "interview",
        "Greystar Talent Acquisition",
        "Interview Invitation - Leasing Consultant",
        Status.INTERVIEW,
    ),
    job_mail("reject", "Discover Careers", "Update on your application for Data Engineer", Status.REJECTED),
    job_mail("workday", "Workday", "Thank you for applying to Rocket Companies", Status.APPLIED),
    job_mail(
        "fr_university_job",
        "Université de Nantes - Recrutement",
        "Votre candidature au poste d'ingénieur d'études",
        Status.APPLIED,
    ),
    job_mail(
        "de_university_job",
        "Universität Wien Personalabteilung",
        "Ihre Bewerbung als Universitätsassistent/in",
        Status.APPLIED,
    ),
    # An unemployment office or a startup programme as the employer.
    job_mail(
        "ba_employer", "Bundesagentur für Arbeit", "Ihre Bewerbung als Fachassistent (m/w/d)", Status.APPLIED
    ),
    job_mail("dwp_employer", "Jobcentre Plus", "Your application for the Work Coach vacancy", Status.APPLIED),
    job_mail(
        "yc_employer", "Y Combinator", "Thank you for applying for the Software Engineer role", Status.APPLIED
    ),
]


@pytest.mark.parametrize("mail", SUBJECT_ONLY_NO_JOB)
def test_mail_with_no_body_from_an_office_deciding_no_job_makes_no_record(mail):
    assert_no_record(mail)


@pytest.mark.parametrize(("mail", "status"), SUBJECT_ONLY_JOB_MAIL)
def test_job_mail_with_no_body_stays_an_application(mail, status):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, status), result
