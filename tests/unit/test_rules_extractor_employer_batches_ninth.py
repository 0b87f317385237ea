"""The employers helper's probes of the ninth session (invented mail, each batch written before looking).

Batch one (28 mails, written before looking; 18 wrong on main b506eee, one of them my expectation): legal
lines under a "-- " signature delimiter, a portal's HTML table whose label cells have no colon, the
Bundesagentur für Arbeit and a job centre relaying an employer, group names, "Office Manager, X Group"
signature lines, one-word Portuguese and Spanish titles, a test vendor's "take the X Screening test", Welcome
to the Jungle's "poste de X et souhaite", .studio/.agency/.io domains, names with digits and symbols. Each
mail is read as it arrives (email_from_fields: HTML to text, the signature cut).

Batch two (25 mails, written before looking; 5 wrong on main a4ceb12): recruiters writing through LinkedIn
InMail about a client (EN, DE, FR), titles with gender marks and seniority in six languages, and a posting's
code before the title ("#4471 Production Supervisor", "2025-118 Pflegefachkraft (m/w/d)", "vacature 24-071
Verpleegkundige").
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
        "Virgin Group",
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
    "ba_employer_invites": "the job centre passing on 'der Arbeitgeber X ... einladen möchte' reads as no "
    "application (the kind; the employer and title are read once it is one)",
}

BATCH_TWO = [
    application_row(
        "inmail_client_interview",
        Status.INTERVIEW,
        "Norrvik Bank",
        "Senior Risk Analyst",
        sender="Hannah Price via LinkedIn <inmail-hit-reply@linkedin.com>",
        subject="Norrvik Bank - Senior Risk Analyst - interview",
        body="Hi Sam,\n\nGood news: my client Norrvik Bank would like to interview you for the "
        "Senior Risk Analyst role. Are you free on Wednesday afternoon for a 45 minute video "
        "call with their Head of Risk?\n\nBest,\nHannah Price\nSenior Consultant at "
        "Talentbridge Recruitment",
    ),
    application_row(
        "inmail_client_rejected",
        Status.REJECTED,
        "Aldermoor Insurance",
        "Claims Handler",
        sender="Leo Martin via LinkedIn <inmail-hit-reply@linkedin.com>",
        subject="Re: Claims Handler opportunity",
        body="Hi Priya,\n\nI've had feedback from Aldermoor Insurance on your application for the "
        "Claims Handler position. Unfortunately they have decided to progress with "
        "candidates who have more direct claims experience.\n\nI'll keep you in mind for "
        "other roles.\n\nLeo Martin | Recruitment Consultant | Harlow Search",
    ),
    application_row(
        "inmail_client_submitted",
        Status.APPLIED,
        "Vantor Energy",
        "Project Engineer",
        sender="Mia Schulz via LinkedIn <inmail-hit-reply@linkedin.com>",
        subject="Your application - Project Engineer",
        body="Hi Tom,\n\nThanks for the updated CV. I've now submitted your profile to Vantor "
        "Energy for the Project Engineer vacancy and will let you know as soon as I hear "
        "back.\n\nKind regards,\nMia\nPrincipal Recruiter, Greenfield Talent",
    ),
    application_row(
        "inmail_de_kunde",
        Status.INTERVIEW,
        "Hallberg Pharma GmbH",
        "Qualitätsmanager",
        sender="Julia Becker via LinkedIn <inmail-hit-reply@linkedin.com>",
        subject="Vorstellungsgespräch Qualitätsmanager",
        body="Hallo Herr Demir,\n\nmein Kunde, die Hallberg Pharma GmbH, möchte Sie gerne zu "
        "einem Vorstellungsgespräch für die Position Qualitätsmanager (m/w/d) einladen. "
        "Passt Ihnen Donnerstag um 10 Uhr?\n\nViele Grüße\nJulia Becker\nPersonalberaterin | "
        "Rhein Personal Consulting",
    ),
    application_row(
        "inmail_fr_client",
        Status.REJECTED,
        "Groupe Valmont",
        "Contrôleur de gestion",
        sender="Claire Dubois via LinkedIn <inmail-hit-reply@linkedin.com>",
        subject="Votre candidature - Contrôleur de gestion",
        body="Bonjour Julien,\n\nJe reviens vers vous suite à votre candidature pour le poste de "
        "Contrôleur de gestion chez mon client Groupe Valmont. Malheureusement, ils ont "
        "choisi de poursuivre avec un autre profil.\n\nBien à vous,\nClaire Dubois\n"
        "Consultante recrutement - Atlas RH",
    ),
    application_row(
        "de_senior_gender",
        Status.APPLIED,
        "Lindqvist Software GmbH",
        "Senior Backend Entwickler (m/w/d)",
        sender="Lindqvist Software GmbH <jobs@lindqvist-software.de>",
        subject="Ihre Bewerbung als Senior Backend Entwickler (m/w/d)",
        body="Hallo Frau Weber,\n\nvielen Dank für Ihre Bewerbung als Senior Backend Entwickler "
        "(m/w/d). Wir prüfen Ihre Unterlagen und melden uns in Kürze.\n\nViele Grüße\nIhr "
        "Recruiting-Team der Lindqvist Software GmbH",
    ),
    application_row(
        "de_junior_wmd",
        Status.REJECTED,
        "Stadtwerke Uelzen",
        "Junior Controller (w/m/d)",
        sender="Stadtwerke Uelzen <bewerbung@stadtwerke-uelzen.de>",
        subject="Absage: Junior Controller (w/m/d)",
        body="Sehr geehrter Herr Yilmaz,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für "
        "eine andere Bewerbung entschieden haben.\n\nMit freundlichen Grüßen\nStadtwerke "
        "Uelzen",
    ),
    application_row(
        "fr_hf_senior",
        Status.APPLIED,
        "Ortelia",
        "Chef de projet senior H/F",
        sender="Ortelia Recrutement <recrutement@ortelia.fr>",
        subject="Votre candidature : Chef de projet senior H/F",
        body="Bonjour Marie,\n\nNous vous remercions pour votre candidature au poste de Chef de "
        "projet senior H/F. Nous l'étudions avec attention.\n\nCordialement,\nL'équipe "
        "Ortelia",
    ),
    application_row(
        "fr_fh_stage",
        Status.INTERVIEW,
        "Banque Solère",
        "Stagiaire Analyste Crédit F/H",
        sender="Banque Solère <talents@banquesolere.fr>",
        subject="Entretien - Stagiaire Analyste Crédit F/H",
        body="Bonjour Lucas,\n\nSuite à votre candidature pour le poste de Stagiaire Analyste "
        "Crédit F/H, nous souhaitons vous rencontrer en entretien le mardi 14 janvier à "
        "11h.\n\nMerci de confirmer votre présence.\n\nBanque Solère",
    ),
    application_row(
        "es_mf_senior",
        Status.APPLIED,
        "Grupo Almena",
        "Técnico de Selección Senior (m/f)",
        sender="Grupo Almena <empleo@grupoalmena.es>",
        subject="Hemos recibido tu candidatura",
        body="Hola Laura,\n\nHemos recibido tu candidatura para el puesto de Técnico de Selección "
        "Senior (m/f). Revisaremos tu perfil y te contactaremos si encaja.\n\nUn saludo,\n"
        "Equipo de Talento\nGrupo Almena",
    ),
    application_row(
        "es_ao_jr",
        Status.REJECTED,
        "Farmacias Ribera",
        "Auxiliar de Farmacia Jr.",
        sender="Farmacias Ribera <rrhh@farmaciasribera.es>",
        subject="Tu candidatura a Auxiliar de Farmacia Jr.",
        body="Hola Sergio,\n\nGracias por tu interés en el puesto de Auxiliar de Farmacia Jr. "
        "Lamentablemente hemos decidido seguir adelante con otros candidatos.\n\nSaludos,\n"
        "Farmacias Ribera",
    ),
    application_row(
        "nl_mvx_medior",
        Status.APPLIED,
        "Dekker Logistiek",
        "Medior Planner (m/v/x)",
        sender="Dekker Logistiek <werkenbij@dekkerlogistiek.nl>",
        subject="Bedankt voor je sollicitatie",
        body="Hoi Daan,\n\nBedankt voor je sollicitatie op de functie Medior Planner (m/v/x). We "
        "nemen binnen een week contact met je op.\n\nMet vriendelijke groet,\nDekker "
        "Logistiek",
    ),
    application_row(
        "nl_senior_afwijzing",
        Status.REJECTED,
        "Gemeente Zeewolde",
        "Senior Beleidsadviseur",
        sender="Gemeente Zeewolde <vacatures@zeewolde.nl>",
        subject="Uw sollicitatie Senior Beleidsadviseur",
        body="Beste heer Jansen,\n\nHelaas moeten wij u mededelen dat wij u niet uitnodigen voor "
        "een gesprek voor de functie Senior Beleidsadviseur.\n\nMet vriendelijke groet,\n"
        "Gemeente Zeewolde",
    ),
    application_row(
        "pt_mf_senior",
        Status.INTERVIEW,
        "Sonavia",
        "Engenheiro de Software Sénior (M/F)",
        sender="Sonavia Recrutamento <recrutamento@sonavia.pt>",
        subject="Entrevista - Engenheiro de Software Sénior (M/F)",
        body="Olá Pedro,\n\nGostaríamos de o convidar para uma entrevista para a vaga de "
        "Engenheiro de Software Sénior (M/F) na próxima quinta-feira às 15h.\n\n"
        "Cumprimentos,\nEquipa Sonavia",
    ),
    application_row(
        "pt_br_pleno",
        Status.APPLIED,
        "Varejo Aurora",
        "Analista de Marketing Pleno",
        sender="Varejo Aurora <vagas@varejoaurora.com.br>",
        subject="Candidatura recebida: Analista de Marketing Pleno",
        body="Olá Ana,\n\nRecebemos sua candidatura para a vaga de Analista de Marketing Pleno. "
        "Nosso time vai analisar seu perfil.\n\nAbraços,\nTime de Gente\nVarejo Aurora",
    ),
    application_row(
        "it_mf_senior",
        Status.REJECTED,
        "Ferrante Costruzioni",
        "Geometra Senior (m/f)",
        sender="Ferrante Costruzioni <selezione@ferrantecostruzioni.it>",
        subject="Esito candidatura - Geometra Senior (m/f)",
        body="Gentile Marco,\n\nla ringraziamo per l'interesse dimostrato per la posizione di "
        "Geometra Senior (m/f). Purtroppo il suo profilo non è stato selezionato.\n\n"
        "Cordiali saluti,\nUfficio Risorse Umane\nFerrante Costruzioni",
    ),
    application_row(
        "it_junior_mfx",
        Status.APPLIED,
        "Lumen Assicurazioni",
        "Junior Data Analyst (m/f/x)",
        sender="Lumen Assicurazioni <careers@lumenassicurazioni.it>",
        subject="Candidatura ricevuta",
        body="Ciao Giulia,\n\nabbiamo ricevuto la tua candidatura per la posizione di Junior Data "
        "Analyst (m/f/x). Ti contatteremo al più presto.\n\nUn saluto,\nTalent Acquisition\n"
        "Lumen Assicurazioni",
    ),
    application_row(
        "code_req_dash",
        Status.APPLIED,
        "Harwick Health",
        "Clinical Data Manager",
        sender="Harwick Health Careers <careers@harwickhealth.org>",
        subject="Application received: REQ-20931 Clinical Data Manager",
        body="Dear Alex,\n\nThank you for applying to REQ-20931 Clinical Data Manager at Harwick "
        "Health. We will review your application shortly.\n\nHarwick Health Talent "
        "Acquisition",
    ),
    application_row(
        "code_jr_bracket",
        Status.REJECTED,
        "Coldwater Systems",
        "Firmware Engineer",
        sender="Coldwater Systems <no-reply@coldwatersystems.com>",
        subject="Update on your application [JR104522] Firmware Engineer",
        body="Hi Dana,\n\nThank you for your interest in the Firmware Engineer position. After "
        "careful review, we will not be moving forward with your application.\n\nRegards,\n"
        "Coldwater Systems Recruiting",
    ),
    application_row(
        "code_de_kennziffer",
        Status.APPLIED,
        "Klinikum Westerholt",
        "Pflegefachkraft (m/w/d)",
        sender="Klinikum Westerholt <karriere@klinikum-westerholt.de>",
        subject="Bewerbung 2025-118 Pflegefachkraft (m/w/d)",
        body="Sehr geehrte Frau Kraus,\n\nvielen Dank für Ihre Bewerbung auf die Stelle 2025-118 "
        "Pflegefachkraft (m/w/d). Wir melden uns zeitnah.\n\nMit freundlichen Grüßen\n"
        "Klinikum Westerholt",
    ),
    application_row(
        "code_hash",
        Status.INTERVIEW,
        "Pinebrook Foods",
        "Production Supervisor",
        sender="Pinebrook Foods HR <hr@pinebrookfoods.com>",
        subject="Interview invitation - #4471 Production Supervisor",
        body="Hi Chris,\n\nWe'd like to invite you to interview for #4471 Production Supervisor "
        "at our Leeds site on Monday at 9am.\n\nPinebrook Foods HR",
    ),
    application_row(
        "code_fr_ref",
        Status.APPLIED,
        "Cerevia",
        "Technicien de maintenance H/F",
        sender="Cerevia <recrutement@cerevia.fr>",
        subject="Candidature REF-2291 - Technicien de maintenance H/F",
        body="Bonjour Antoine,\n\nNous avons bien reçu votre candidature à l'offre REF-2291 - "
        "Technicien de maintenance H/F.\n\nL'équipe recrutement Cerevia",
    ),
    application_row(
        "code_es_ref",
        Status.REJECTED,
        "Logística Tajo",
        "Jefe de Almacén",
        sender="Logística Tajo <seleccion@logisticatajo.es>",
        subject="Proceso de selección 3381 - Jefe de Almacén",
        body="Hola Javier,\n\nTe agradecemos tu participación en el proceso de selección 3381 - "
        "Jefe de Almacén. Lamentablemente no continuarás en el proceso.\n\nUn saludo,\n"
        "Logística Tajo",
    ),
    application_row(
        "code_r_number",
        Status.APPLIED,
        "Marlowe Bank",
        "Credit Risk Analyst",
        sender="Marlowe Bank <careers@marlowebank.com>",
        subject="We received your application for R0098812 Credit Risk Analyst",
        body="Hello Sam,\n\nThanks for applying for R0098812 Credit Risk Analyst. Our recruiting "
        "team will review your application.\n\nMarlowe Bank Careers",
    ),
    application_row(
        "code_nl_vacature",
        Status.INTERVIEW,
        "Zorggroep Eemland",
        "Verpleegkundige",
        sender="Zorggroep Eemland <werken@zorggroepeemland.nl>",
        subject="Uitnodiging gesprek vacature 24-071 Verpleegkundige",
        body="Beste Sanne,\n\nGraag nodigen wij je uit voor een sollicitatiegesprek voor vacature "
        "24-071 Verpleegkundige op dinsdag om 14:00.\n\nMet vriendelijke groet,\nZorggroep "
        "Eemland",
    ),
]


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"), with_misreads(BATCH_ONE + BATCH_TWO, MISREAD)
)
def test_a_probe_reads_its_employer_and_title(mail, status, company, title):
    assert_reads_application(extract_as_received(**mail), status, company, title)
