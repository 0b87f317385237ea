"""Who sends it, read from the sender's shape when no list knows the system (invented mail).

A system no list knows relays an employer's mail under shapes a known ATS uses: a tenant mailbox written
again as the display name ("noreply vrtx <vrtx@...>"), the address written as the display name on the
system's other domain ("BrennanFoods@myhirevane.com <brennanfoods@hirevane.net>"), "Acme @ Hirevane", or
a bare "Jobrelay <no-reply@...>" heading its mail with the employer's name on a line of its own and
writing its own name nowhere. A link to a jobs host ("acme.wd5.myhirevanejobs.com", "careers.acme.com")
says the mail is about work. An employer's own system mailboxes ("Automation Manager",
"Workflow Notifications", "do-not-reply") and an employer heading its own mail stay the employer's.
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

SENDERS = [
    row(
        "a_tenant_abbreviating_the_employer_the_body_names",
        Status.APPLIED,
        "Bridgewater Mills",
        "Maintenance Planner",
        sender="Candidate Notifications <brdgwtr@notify.talentloop.io>",
        subject="Application received",
        body="Thank you for your interest in Bridgewater Mills. We've received your application for "
        "Maintenance Planner.",
    ),
    row(
        "a_tenant_with_hyphen_and_short_word",
        Status.APPLIED,
        "Allbright Brands",
        "Warehouse Associate",
        sender="hr@jobs-ab.com",
        subject="Your application: Warehouse Associate",
        body="Hi Robin,\nThanks for applying to Allbright Brands for the Warehouse Associate position. "
        "Our team will review your application shortly.\nAllbright Brands HR",
    ),
    row(
        "german_group_on_an_ats_subdomain",
        Status.APPLIED,
        "KD Gruppe",
        "Industriekauffrau (m/w/d)",
        sender="noreply@ats.kd-gruppe.de",
        subject="Eingangsbestätigung Ihrer Bewerbung",
        body="Sehr geehrte Frau Calder,\nvielen Dank für Ihre Bewerbung als Industriekauffrau (m/w/d) "
        "bei der KD Gruppe. Wir prüfen Ihre Unterlagen und melden uns.\nMit freundlichen "
        "Grüßen\nIhre KD Gruppe",
    ),
    row(
        "an_employer_mailing_from_a_letter_subdomain",
        Status.APPLIED,
        "Acme Corp.",
        "Sales Engineer",
        sender="careers@e.acmecorp.com",
        subject="We received your application",
        body="Hello Robin, thank you for applying for the Sales Engineer role at Acme Corp. We will "
        "go through your application and reply.",
    ),
    row(
        "the_address_written_as_the_display_name",
        Status.APPLIED,
        "Quintaro",
        "Payroll Specialist",
        sender='"careers@quintaro.com" <careers@quintaro.com>',
        subject="Application Received - Payroll Specialist",
        body="Thank you for applying for the Payroll Specialist position. We have received your application.",
    ),
    row(
        "a_camel_case_address_as_display_name_on_a_relay",
        Status.APPLIED,
        "Brennan Foods",
        "Line Supervisor",
        sender="BrennanFoods@myhirevane.com <brennanfoods@hirevane.net>",
        subject="Thank you for applying",
        body="Thanks for thinking of a career with us. We've received your application for Line Supervisor.",
    ),
    row(
        "automation_manager_display_name_on_the_employers_domain",
        Status.REJECTED,
        "Corliss Health",
        "Patient Access Representative",
        sender="Automation Manager <automationmanager@corlisshealth.org>",
        subject="Application Status Update",
        body="Dear Robin,\nThank you for your interest in the Patient Access Representative position. "
        "After a close look, we've decided to go forward with other applicants.",
    ),
    row(
        "workflow_notifications_display_name_at_the_employer",
        Status.APPLIED,
        "Ridgefield Bank",
        "Teller",
        sender="Workflow Notifications <workflow@ridgefieldbank.com>",
        subject="Your application has been received",
        body="Thank you for applying to Ridgefield Bank for the Teller position. A recruiter will "
        "contact you if your qualifications match.",
    ),
    row(
        "talent_acquisition_system_with_employer_in_text",
        Status.APPLIED,
        "Pinecrest Studios",
        "Graphic Designer",
        sender="Talent Acquisition System <tas@relaydesk.io>",
        subject="Application received: Graphic Designer",
        body="Thank you for applying to Pinecrest Studios. Your application for Graphic Designer has "
        "been received.",
    ),
    row(
        "a_bare_relay_heading_its_mail_with_the_employer",
        Status.APPLIED,
        "Ostrander",
        "Backend Engineer",
        sender="Jobrelay <no-reply@mail.jobrelay.com>",
        subject="Your application for the Backend Engineer job was submitted successfully.",
        body="Ostrander\nYour application for the Backend Engineer job was submitted successfully.",
    ),
    row(
        "a_bare_relay_heading_its_mail_with_a_two_word_employer",
        Status.APPLIED,
        "Calder & Finch",
        "Operations Analyst",
        sender="Hireloop <noreply@hireloop.app>",
        subject="Application submitted",
        body="Calder & Finch\nThanks Robin! Your application for Operations Analyst has been submitted. "
        "We'll be in touch.",
    ),
    row(
        "an_employer_heading_its_own_mail_with_its_own_name",
        Status.APPLIED,
        "Verdell",
        "Product Designer",
        sender="Verdell <no-reply@verdell.com>",
        subject="Application received",
        body="Verdell\nThanks for applying to the Product Designer role. Our team reviews every application.",
    ),
    row(
        "a_careers_host_link_says_job_mail",
        Status.APPLIED,
        "Amberline Insurance",
        None,
        sender="Talentdesk <noreply@talentdesk.io>",
        subject="Thank you for your application",
        body="Thank you for your interest in Amberline Insurance. We have received your application. "
        "Track it at https://careers.amberline.com/candidate/status",
    ),
    row(
        "noreply_tenant_display_name_unlike_the_domain",
        Status.APPLIED,
        "Brixton Utilities",
        "Field Engineer",
        sender="noreply brx <brx@candidates.pipeleaf.co>",
        subject="We received your application",
        body="Hello Robin, thank you for applying for Field Engineer at Brixton Utilities. We will "
        "review your profile.",
    ),
    row(
        "an_employer_whose_mailbox_is_its_short_name",
        Status.APPLIED,
        "MKP Medienhaus GmbH",
        "Mediengestalter (m/w/d)",
        sender="hr@mkp.de",
        subject="Ihre Bewerbung",
        body="Hallo Robin,\nvielen Dank für deine Bewerbung als Mediengestalter (m/w/d). Wir melden uns "
        "in Kürze.\nViele Grüße\nMKP Medienhaus GmbH",
    ),
    row(
        "a_display_name_that_is_an_address_on_another_domain",
        Status.APPLIED,
        "Marlowe Tiles",
        "Site Manager",
        sender='"jobs@marlowe-tiles.co.uk" <no-reply@mailer.hireflow.io>',
        subject="Thanks for your application",
        body="Thank you for applying for the Site Manager role. We have received your application.",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), SENDERS)
def test_the_senders_shape_tells_a_relay_from_the_employer(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
