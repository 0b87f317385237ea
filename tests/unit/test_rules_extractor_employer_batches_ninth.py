"""The employers helper's probes of the ninth session (invented mail, each batch written before looking).

Batch one (28 mails, written before looking; 18 wrong on main b506eee, one of them my expectation): legal
lines under a "-- " signature delimiter, a portal's HTML table whose label cells have no colon, the
Bundesagentur für Arbeit and a job centre relaying an employer, group names, "Office Manager, X Group"
signature lines, one-word Portuguese and Spanish titles, a test vendor's "take the X Screening test", Welcome
to the Jungle's "poste de X et souhaite", .studio/.agency/.io domains, names with digits and symbols. Each
mail is read as it arrives (email_from_fields: HTML to text, the signature cut).
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract, with_misreads
from tracker.email_reading import email_from_fields
from tracker.models import Status


def extract_as_received(sender: str, subject: str, body: str):
    """The rules' reading of the mail as the tracker receives it: its body decoded and trimmed first."""
    return extract(
        body=email_from_fields("m1", sender, None, subject, body).body, subject=subject, sender=sender
    )


BATCH_ONE = [
    application_row(
        "sig_legal_de",
        Status.APPLIED,
        "Brunnhofer Maschinenbau GmbH",
        "Konstrukteur",
        sender="Bewerbermanagement <bewerbung@mail-bewerbung.de>",
        subject="Eingangsbestätigung Ihrer Bewerbung",
        body="Sehr geehrter Herr Albers,\n\nvielen Dank für Ihre Bewerbung als Konstrukteur "
        "(m/w/d). Wir haben Ihre Unterlagen erhalten und melden uns in den nächsten zwei "
        "Wochen bei Ihnen.\n\nMit freundlichen Grüßen\nIhr Personalteam\n\n-- \nBrunnhofer "
        "Maschinenbau GmbH\nIndustriestraße 14, 73430 Aalen\nSitz der Gesellschaft: Aalen, "
        "Registergericht Ulm HRB 701234\nGeschäftsführer: Dr. Klaus Brunnhofer",
    ),
    application_row(
        "sig_legal_en",
        Status.REJECTED,
        "Calloway & Finch Ltd",
        "Paralegal",
        sender="Recruitment <recruitment@cf-mail.co.uk>",
        subject="Your application - Paralegal",
        body="Dear Priya,\n\nThank you for your interest in the Paralegal position. After careful "
        "consideration we regret to inform you that we will not be progressing your "
        "application on this occasion.\n\nWe wish you every success.\n\nHR Team\n-- \n"
        "Calloway & Finch Ltd is a company registered in England and Wales under number "
        "09876543. Registered office: 12 Bell Yard, London WC2A 2JR.",
    ),
    application_row(
        "sig_legal_fr",
        Status.APPLIED,
        "Maison Verlaine SAS",
        "Chargé de clientèle",
        sender="Recrutement <rh@mv-recrutement.fr>",
        subject="Accusé de réception de votre candidature",
        body="Bonjour Léa,\n\nNous avons bien reçu votre candidature pour le poste de Chargé de "
        "clientèle. Notre équipe l'étudie avec attention et reviendra vers vous rapidement.\n"
        "\nCordialement,\nL'équipe RH\n-- \nMaison Verlaine SAS au capital de 50 000 euros - "
        "RCS Lyon 812 345 678 - 4 rue Mercière, 69002 Lyon",
    ),
    application_row(
        "table_company_position",
        Status.APPLIED,
        "Halvorsen Marine AS",
        "Deck Officer",
        sender="Careers <no-reply@talentportal.example.com>",
        subject="Application received",
        body="<html><body><p>Dear candidate,</p><p>Thank you, we have received your "
        "application.</p><table><tr><td>Company</td><td>Halvorsen Marine "
        "AS</td></tr><tr><td>Position</td><td>Deck "
        "Officer</td></tr><tr><td>Location</td><td>Bergen</td></tr></table><p>We will be in "
        "touch.</p></body></html>",
    ),
    application_row(
        "table_employer_role",
        Status.INTERVIEW,
        "Quillon Analytics",
        "Data Engineer",
        sender="Hiring <hiring@ats-mailer.example.net>",
        subject="Interview invitation",
        body="<html><body><p>Hi Tom,</p><p>We would like to invite you to an interview for the "
        'following vacancy.</p><table border="1"><tr><th>Employer</th><td>Quillon '
        "Analytics</td></tr><tr><th>Role</th><td>Data "
        "Engineer</td></tr><tr><th>Date</th><td>Tuesday 12 January, "
        "10:00</td></tr></table><p>Please confirm your attendance.</p></body></html>",
    ),
    application_row(
        "table_de_arbeitgeber",
        Status.APPLIED,
        "Feldmann Haustechnik GmbH",
        "Anlagenmechaniker",
        sender="Jobportal <noreply@jobportal-mail.example.de>",
        subject="Ihre Bewerbung wurde versendet",
        body="<html><body><p>Hallo Jonas,</p><p>Ihre Bewerbung wurde erfolgreich "
        "versendet.</p><table><tr><td>Arbeitgeber</td><td>Feldmann Haustechnik "
        "GmbH</td></tr><tr><td>Stelle</td><td>Anlagenmechaniker</td></tr></table></body></html>",
    ),
    application_row(
        "ba_jobboerse_sent",
        Status.APPLIED,
        "Möller Logistik GmbH",
        "Lagerist",
        sender="Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        subject="Ihre Bewerbung über die Jobbörse",
        body="Guten Tag Herr Yilmaz,\n\nIhre Bewerbung als Lagerist bei Möller Logistik GmbH "
        "wurde über die Jobbörse der Bundesagentur für Arbeit an den Arbeitgeber versendet.\n"
        "\nMit freundlichen Grüßen\nIhre Bundesagentur für Arbeit",
    ),
    application_row(
        "ba_employer_invites",
        Status.INTERVIEW,
        "Stadtwerke Kiel AG",
        "Elektroniker",
        sender="Agentur für Arbeit Kiel <kiel.arbeitgeberservice@arbeitsagentur.de>",
        subject="Rückmeldung des Arbeitgebers zu Ihrer Bewerbung",
        body="Sehr geehrte Frau Hansen,\n\nder Arbeitgeber Stadtwerke Kiel AG hat uns mitgeteilt, "
        "dass er Sie zu einem Vorstellungsgespräch für die Stelle Elektroniker (m/w/d) "
        "einladen möchte. Bitte melden Sie sich dazu direkt beim Arbeitgeber.\n\nMit "
        "freundlichen Grüßen\nIhre Agentur für Arbeit Kiel",
    ),
    application_row(
        "jobcentre_uk_sent",
        Status.APPLIED,
        "Harrow Care Ltd",
        "Care Assistant",
        sender="Find a job <noreply@findajob.dwp.gov.uk>",
        subject="Your application has been sent",
        body="Hello Michael,\n\nYour application for Care Assistant at Harrow Care Ltd has been "
        "sent to the employer.\n\nThe employer will contact you directly if they want to "
        "take your application further.\n\nFind a job service\nDepartment for Work and "
        "Pensions",
    ),
    application_row(
        "group_otto",
        Status.APPLIED,
        "Otto Group",
        "Category Manager",
        sender="Otto Group Recruiting <jobs@ottogroup.com>",
        subject="Deine Bewerbung bei der Otto Group",
        body="Hallo Mia,\n\nvielen Dank für Deine Bewerbung als Category Manager bei der Otto "
        "Group. Wir schauen uns Deine Unterlagen in Ruhe an und melden uns bald.\n\nViele "
        "Grüße\nDein Recruiting Team der Otto Group",
    ),
    application_row(
        "group_virgin",
        Status.REJECTED,
        "Virgin",
        "Brand Executive",
        sender="Virgin Group Careers <careers@virgin.com>",
        subject="Your application to Virgin Group",
        body="Hi Sam,\n\nThanks for applying for the Brand Executive role at Virgin Group. "
        "Unfortunately we've decided to move forward with other candidates.\n\nAll the "
        "best,\nVirgin Group Talent Team",
    ),
    application_row(
        "group_schwarz",
        Status.APPLIED,
        "Schwarz Gruppe",
        "IT Consultant",
        sender="Schwarz Gruppe Karriere <karriere@mail.schwarz>",
        subject="Bewerbungseingang: IT Consultant",
        body="Hallo Frau Kaya,\n\nwir bestätigen den Eingang Ihrer Bewerbung als IT Consultant "
        "bei der Schwarz Gruppe. Sie hören in Kürze von uns.\n\nFreundliche Grüße\nSchwarz "
        "Gruppe",
    ),
    application_row(
        "sig_comma_fenwick",
        Status.INTERVIEW,
        "Fenwick Group",
        "Receptionist",
        sender="Laura Becker <laura.becker@gmail.com>",
        subject="Receptionist role - next step",
        body="Hi Anna,\n\nThanks for sending your CV for the receptionist role. We'd love to meet "
        "you for an interview on Thursday at 2pm in our office if that suits you.\n\nKind "
        "regards,\nLaura Becker\nOffice Manager, Fenwick Group",
    ),
    application_row(
        "sig_comma_norbridge",
        Status.REJECTED,
        "Norbridge Partners",
        "Analyst",
        sender="David Osei <d.osei@outlook.com>",
        subject="Re: Analyst application",
        body="Dear Chris,\n\nThank you for your time last week. We have decided not to proceed "
        "with your application for the Analyst position.\n\nBest wishes,\nDavid Osei\nTalent "
        "Acquisition Lead, Norbridge Partners",
    ),
    application_row(
        "sig_comma_holdings",
        Status.APPLIED,
        "Marlow Holdings",
        "Executive Assistant",
        sender="Grace Lin <grace@marlowmail.com>",
        subject="Executive Assistant application",
        body="Hello Ben,\n\nI confirm we received your application for the Executive Assistant "
        "vacancy and will be in touch next week.\n\nRegards,\nGrace Lin\nHR Coordinator, "
        "Marlow Holdings",
    ),
    application_row(
        "pt_farmaceutico",
        Status.APPLIED,
        "Farmácias Lusitânia",
        "Farmacêutico",
        sender="Farmácias Lusitânia <recrutamento@farmaciaslusitania.pt>",
        subject="A sua candidatura para Farmacêutico",
        body="Olá Rita,\n\nObrigado pela sua candidatura para Farmacêutico. Recebemos o seu "
        "currículo e entraremos em contacto em breve.\n\nCumprimentos,\nEquipa de "
        "Recrutamento\nFarmácias Lusitânia",
    ),
    application_row(
        "es_enfermero",
        Status.REJECTED,
        "Clínica Santa Elena",
        "Enfermero",
        sender="Clínica Santa Elena <rrhh@clinicasantaelena.es>",
        subject="Solicitud para Enfermero",
        body="Estimado Pablo:\n\nGracias por tu interés en el puesto de Enfermero. Lamentamos "
        "comunicarte que hemos decidido continuar con otros candidatos.\n\nUn saludo,\n"
        "Recursos Humanos\nClínica Santa Elena",
    ),
    application_row(
        "pt_contabilista",
        Status.APPLIED,
        "Grupo Atlântico",
        "Contabilista",
        sender="Recrutamento <vagas@grupoatlantico.pt>",
        subject="Candidatura para Contabilista recebida",
        body="Caro João,\n\nA sua candidatura para Contabilista no Grupo Atlântico foi recebida "
        "com sucesso.\n\nObrigado,\nGrupo Atlântico",
    ),
    application_row(
        "test_screening_hackerrank",
        Status.ASSESSMENT,
        "Brightline Systems",
        "Java Developer",
        sender="HackerRank <support@hackerrankforwork.com>",
        subject="Brightline Systems invites you to take the Java Developer Screening test",
        body="Hi Alex,\n\nBrightline Systems has invited you to take the Java Developer Screening "
        "test. You have 7 days to complete it; the test takes about 90 minutes.\n\nStart "
        "test\n\nGood luck!\nHackerRank",
    ),
    application_row(
        "test_screening_testgorilla",
        Status.ASSESSMENT,
        "Orchard Foods",
        "Customer Success Manager",
        sender="TestGorilla <no-reply@testgorilla.com>",
        subject="Take the Customer Success Manager Screening test for Orchard Foods",
        body="Hello Jamie,\n\nOrchard Foods would like you to take the Customer Success Manager "
        "Screening test as the next step of your application.\n\nPlease complete the "
        "assessment before 20 December.\n\nThe TestGorilla team",
    ),
    application_row(
        "wttj_poste_souhaite",
        Status.APPLIED,
        "Lumeo",
        "Product Designer",
        sender="Welcome to the Jungle <no-reply@welcometothejungle.com>",
        subject="Candidature envoyée",
        body="Bonjour Camille,\n\nLumeo a bien reçu votre candidature au poste de Product "
        "Designer et souhaite vous remercier pour l'intérêt que vous portez à l'entreprise.\n"
        "\nL'équipe Welcome to the Jungle",
    ),
    application_row(
        "wttj_poste_souhaite_rej",
        Status.REJECTED,
        "Atelier Nordique",
        "Développeur Backend",
        sender="Welcome to the Jungle <no-reply@welcometothejungle.com>",
        subject="Mise à jour de votre candidature",
        body="Bonjour Hugo,\n\nAtelier Nordique a étudié votre candidature au poste de "
        "Développeur Backend et souhaite vous informer qu'elle ne sera pas retenue.\n\nBonne "
        "continuation,\nL'équipe Welcome to the Jungle",
    ),
    application_row(
        "domain_studio",
        Status.APPLIED,
        "Pixelforge",
        "Motion Designer",
        sender="Careers <jobs@pixelforge.studio>",
        subject="Thanks for applying",
        body="Hi Noor,\n\nThanks for applying for the Motion Designer role. We read every "
        "application and will get back to you within two weeks.\n\nCheers,\nThe team",
    ),
    application_row(
        "domain_agency",
        Status.INTERVIEW,
        "Brightwave",
        "Account Manager",
        sender="Hello <hello@brightwave.agency>",
        subject="Let's chat - Account Manager",
        body="Hi Omar,\n\nWe loved your application for the Account Manager position and would "
        "like to invite you to an interview. Could you share your availability for next "
        "week?\n\nSpeak soon,\nthe team",
    ),
    application_row(
        "domain_io",
        Status.REJECTED,
        "Datalume",
        "Frontend Engineer",
        sender="Recruiting <recruiting@datalume.io>",
        subject="Your application for Frontend Engineer",
        body="Hi Eva,\n\nThank you for applying for the Frontend Engineer position. Unfortunately "
        "we've decided not to move forward with your application.\n\nBest,\nRecruiting",
    ),
    application_row(
        "sym_1und1",
        Status.APPLIED,
        "1&1",
        "Systemadministrator",
        sender="1&1 Karriere <karriere@1und1.de>",
        subject="Deine Bewerbung bei 1&1",
        body="Hallo Lukas,\n\ndanke für Deine Bewerbung als Systemadministrator bei 1&1. Wir "
        "melden uns zeitnah bei Dir.\n\nDein 1&1 Recruiting",
    ),
    application_row(
        "sym_eon",
        Status.REJECTED,
        "E.ON",
        "Energy Analyst",
        sender="E.ON Careers <careers@eon.com>",
        subject="Your application at E.ON",
        body="Dear Sophie,\n\nThank you for applying for the Energy Analyst position at E.ON. We "
        "regret to inform you that we have decided to pursue other candidates.\n\nKind "
        "regards,\nE.ON Talent Acquisition",
    ),
    application_row(
        "sym_att",
        Status.INTERVIEW,
        "AT&T",
        "Network Engineer",
        sender="AT&T Recruiting <recruiting@att.com>",
        subject="Interview request: Network Engineer",
        body="Hi Marcus,\n\nWe'd like to schedule an interview with you for the Network Engineer "
        "role at AT&T. Please pick a time using the link below.\n\nThanks,\nAT&T Talent "
        "Attraction",
    ),
]

MISREAD = {
    "ba_jobboerse_sent": "the Bundesagentur für Arbeit relaying 'Ihre Bewerbung als X bei Y' is read as the "
    "employer",
    "ba_employer_invites": "the job centre passing on 'der Arbeitgeber X ... einladen möchte' reads as no "
    "application",
    "sig_comma_fenwick": "'We'd love to meet you for an interview on Thursday' reads as applied (the status; "
    "the employer is read)",
    "test_screening_testgorilla": "'Orchard Foods would like you to take ...' names the employer only before "
    "the vendor's verb",
}


@pytest.mark.parametrize(("mail", "status", "company", "title"), with_misreads(BATCH_ONE, MISREAD))
def test_a_ninth_session_probe_reads_its_employer_and_title(mail, status, company, title):
    assert_reads_application(extract_as_received(**mail), status, company, title)
