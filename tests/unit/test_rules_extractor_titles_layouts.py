"""Titles in layouts the rules had not met (issue 14, the title target; invented mail): what an ATS, a
scheduler or a recruiter writes around a title is no part of it.

Codes and postings before it ("[Job 7781]", "Posting #2026-044", "Réf. 2026-0412 -"); the site after it
("- Store 1234", "- 0432 Main St", "- Plant 3", a school); how long a contract runs ("- 6 Month Contract",
"(6 mois)", "(24 uur)"); a city in brackets with its region ("(Monterrey, N.L.)", "São Paulo/SP"); the
place after a gender mark ("(M/F) - Porto", "(m/w/d) ... in Augsburg"); the sentence going on after a
title (", reporting to ..."), or the line's next label ("| Rate: ..."); a title on its own line under
"Thank you for applying to:"; a calendar's "<whom or what> for <title>". When the hours fall ("- Nights",
"2nd Shift", "Per Diem") stays, as the real labels keep it. The title kept is what a person would type
into a tracker.
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind
from tracker.names import same_title

_RECEIVED = (
    "Hi Jordan,\n\nThank you for applying. We've received your application; the team will look "
    "it over soon.\n\nBest regards,\nTalent Acquisition"
)
_DECLINED = (
    "Dear Jordan,\n\nThank you for your interest. After a close look, we've decided to go forward "
    "with other applicants.\n\nKind regards,\nRecruiting"
)


def row(name: str, title: str, **mail: str):
    """One row: the title a person reads, then the mail as sent (sender, subject, body)."""
    return pytest.param(mail, title, id=name)


SUBJECTS = [
    row(
        "store_address",
        "Store Manager",
        sender="Pinecrest Grocers Careers <careers@pinecrestgrocers.com>",
        subject="Application received: Store Manager - 0432 Main St",
        body=_RECEIVED,
    ),
    row(
        "barista_store",
        "Barista",
        sender="Copperpot Coffee Careers <careers@copperpotcoffee.com>",
        subject="We got your application! Barista - Store 1234",
        body=_RECEIVED,
    ),
    row(
        "teacher_school",
        "Teacher",
        sender="Lakeside Unified School District Careers <careers@lakesideusd.org>",
        subject="Application Confirmation: Teacher, Lincoln Elementary",
        body=_RECEIVED,
    ),
    row(
        "part_time_tag",
        "Bookseller (Part-Time)",
        sender="Harbor Books Careers <careers@harborbooks.com>",
        subject="Your application for Bookseller (Part-Time) has been received",
        body=_RECEIVED,
    ),
    row(
        "shift_and_pay",
        "Warehouse Associate - 2nd Shift",
        sender="Evergreen Distribution Careers <careers@evergreendist.com>",
        subject="Application received: Warehouse Associate - 2nd Shift - $19/hr",
        body=_RECEIVED,
    ),
    row(
        "city_in_brackets_hybrid",
        "Claims Adjuster",
        sender="Bramble Insurance Careers <careers@brambleinsurance.com>",
        subject="Application received for Claims Adjuster (Columbus, OH - Hybrid)",
        body=_RECEIVED,
    ),
    row(
        "title_posting_number_first",
        "Administrative Assistant II",
        sender="County of Marlow Careers <careers@marlowcounty.gov>",
        subject="Posting #2026-044 Administrative Assistant II - application received",
        body=_RECEIVED,
    ),
    row(
        "contract_length_end",
        "Business Analyst",
        sender="Sablewood Consulting Careers <careers@sablewood.com>",
        subject="Application received: Business Analyst - 6 Month Contract",
        body=_RECEIVED,
    ),
    row(
        "nurse_unit_shift_body",
        "Registered Nurse - Med/Surg - Nights",
        sender="Mercy Ridge Health Careers <careers@mercyridge.org>",
        subject="Application received",
        body=(
            "Hi Jordan,\n\nThank you for applying for the Registered Nurse - Med/Surg - Nights (Req 55102) "
            "position at Mercy Ridge Health. We will review your application.\n\nMercy Ridge Health Talent "
            "Acquisition"
        ),
    ),
    row(
        "title_with_onsite_tag",
        "Maintenance Mechanic",
        sender="Ironleaf Manufacturing Careers <careers@ironleaf.com>",
        subject="Application received: Maintenance Mechanic (Onsite) - Plant 3",
        body=_RECEIVED,
    ),
    row(
        "store_hash",
        "Deli Clerk",
        sender="Fernway Market Talent <talent@fernway.com>",
        subject="Application received: Deli Clerk - Store #0815",
        body=_RECEIVED,
    ),
    row(
        "shift_in_brackets",
        "Patient Transporter (Nights)",
        sender="Calloway Medical Center Talent <talent@calloway.org>",
        subject="Thank you for applying: Patient Transporter (Nights)",
        body=_RECEIVED,
    ),
    row(
        "per_diem_trailing",
        "Respiratory Therapist - Per Diem",
        sender="Calloway Medical Center Talent <talent@calloway.org>",
        subject="Application received: Respiratory Therapist - Per Diem",
        body=_RECEIVED,
    ),
    row(
        "weekend_shift",
        "Caregiver - Weekend Shift",
        sender="Sunbeam Living Talent <talent@sunbeamliving.com>",
        subject="Your application: Caregiver - Weekend Shift - Glendale, AZ",
        body=_RECEIVED,
    ),
    row(
        "cal_interview_colon_name_title",
        "Staff Backend Engineer",
        sender="Glimmer Labs <no-reply@glimmerlabs.com>",
        subject="Interview: Jordan Lee for Staff Backend Engineer",
        body=(
            "Hi Jordan,\n\nYour interview is booked for Thursday 22 January, 10:00-11:00 GMT, on Google "
            "Meet.\n\nGlimmer Labs Recruiting"
        ),
    ),
    row(
        "cal_calendly_for_title",
        "Growth Marketing Manager",
        sender="Calendly <notifications@calendly.com>",
        subject="New Event: Marbleway Screening Call for Growth Marketing Manager",
        body=(
            "Hi Jordan,\n\nA new event has been scheduled.\n\nEvent Type: Marbleway Screening Call for "
            "Growth Marketing Manager\nDate: Monday, 19 January 2027\n\nPowered by Calendly"
        ),
    ),
    row(
        "bracket_co_title",
        "Cloud Security Architect",
        sender="Orbitra <careers@orbitra.com>",
        subject="[Orbitra] Cloud Security Architect – application received",
        body=(
            "Hi Jordan,\n\nThanks for your application, which has reached us; we'll look at it "
            "soon.\n\nThe Recruiting Team"
        ),
    ),
    row(
        "we_received_title_app",
        "Test Technician",
        sender="Nimbus Robotics <careers@nimbusrobotics.com>",
        subject="We've received your Test Technician application",
        body=(
            "Hi Jordan,\n\nThanks for your application, which has reached us; we'll look at it "
            "soon.\n\nThe Recruiting Team"
        ),
    ),
    row(
        "title_hybrid_days_tag",
        "Unit Secretary - Days",
        sender="Calloway Medical Center <careers@calloway.org>",
        subject="Application for Unit Secretary (Hybrid) - Days - Main Campus",
        body=(
            "Hi Jordan,\n\nThanks for your application, which has reached us; we'll look at it "
            "soon.\n\nThe Recruiting Team"
        ),
    ),
    row(
        "band_in_subject",
        "Senior Executive Officer (Grade 7)",
        sender="Ministry of Coastal Affairs <careers@coastal.gov.example>",
        subject="Application received – Senior Executive Officer (Grade 7) – Ref 2026/114",
        body=(
            "Hi Jordan,\n\nThank you for applying. We have received your application.\n\nMinistry of "
            "Coastal Affairs"
        ),
    ),
    row(
        "mgr_abbrev",
        "Asst. Store Mgr.",
        sender="Aster Retail <careers@asterretail.com>",
        subject="Application received: Asst. Store Mgr. - Store #212",
        body="Hi Jordan,\n\nThank you for applying. We have received your application.\n\nAster Retail",
    ),
]

BODIES = [
    row(
        "position_label_with_site",
        "Barista",
        sender="Copperpot Coffee Recruiting <jobs@copperpotcoffee.com>",
        subject="Thanks for applying!",
        body=(
            "Hi Jordan,\n\nThanks for applying to Copperpot Coffee!\n\nPosition: Barista - Store "
            "1234\nStore: 1234 - Pearl District\n\nA store manager will reach out if it's a "
            "match.\n\nBest,\nCopperpot Coffee Talent Team"
        ),
    ),
    row(
        "teacher_school_body",
        "Teacher",
        sender="Lakeside Unified School District Recruiting <jobs@lakesideusd.org>",
        subject="Application received",
        body=(
            "Dear Jordan,\n\nYour application for the position of Teacher, Lincoln Elementary has been "
            "received. The principal will review applications after the posting closes.\n\nBest,\nLakeside "
            "Unified School District Talent Team"
        ),
    ),
    row(
        "part_time_tag_body",
        "Part-Time Bookseller",
        sender="Harbor Books Recruiting <jobs@harborbooks.com>",
        subject="Thanks for applying",
        body=(
            "Hi Jordan,\n\nThank you for applying for the Part-Time Bookseller position at our Main Street "
            "shop. We'll be in touch.\n\nBest,\nHarbor Books Talent Team"
        ),
    ),
    row(
        "offer_letter_title",
        "Fleet Operations Supervisor",
        sender="Brisk Courier Recruiting <jobs@briskcourier.com>",
        subject="Your offer from Brisk Courier",
        body=(
            "Hi Jordan,\n\nWe are delighted to offer you the position of Fleet Operations Supervisor, "
            "reporting to Carla Mendes. Your start date will be February 2.\n\nBest,\nBrisk Courier Talent "
            "Team"
        ),
    ),
    row(
        "title_in_bold_line",
        "Analytics Engineer, Marketing Data",
        sender="Thistle Analytics Recruiting <jobs@thistle.io>",
        subject="Thank you for your application",
        body=(
            "Hi Jordan,\n\nThank you for applying to:\n\n**Analytics Engineer, Marketing Data**\nRemote - "
            "US\n\nWe'll review your application and get back to you.\n\nBest,\nThistle Analytics Talent "
            "Team"
        ),
    ),
    row(
        "requisition_title_in_body_shift",
        "Patient Care Technician - Emergency Department - Nights",
        sender="Mercy Ridge Health Recruiting <jobs@mercyridge.org>",
        subject="Thank you for applying",
        body=(
            "Dear Jordan,\n\nThank you for applying for Patient Care Technician - Emergency Department - "
            "Nights at Mercy Ridge Health. A recruiter will contact you.\n\nBest,\nMercy Ridge Health "
            "Talent Team"
        ),
    ),
    row(
        "agency_client_role",
        "Payroll Specialist",
        sender="Ridgeback Talent Recruiting <jobs@ridgebacktalent.com>",
        subject="Your application via Ridgeback Talent",
        body=(
            "Hi Jordan,\n\nThanks for applying to the Payroll Specialist (12-month contract) role we are "
            "recruiting for on behalf of our client. We'll review your CV and call "
            "you.\n\nBest,\nRidgeback Talent Talent Team"
        ),
    ),
    row(
        "address_in_body_line",
        "Produce Associate",
        sender="Fernway Market Talent <talent@fernway.com>",
        subject="Thanks for applying",
        body=(
            "Hi Jordan,\n\nThanks for applying!\n\nPosition: Produce Associate - 1200 Harbor Blvd\n\nThe "
            "store team will review your application.\n\nFernway Market"
        ),
    ),
    row(
        "body_teacher_school_site",
        # The school is where the post is; the school year stays as written, as labellers keep it.
        "Special Education Teacher (2026-27 School Year)",
        sender="Lakeside Unified School District Talent <talent@lakesideusd.org>",
        subject="Application received",
        body=(
            "Dear Jordan,\n\nThank you for applying for Special Education Teacher - Roosevelt Middle "
            "School (2026-27 School Year). We will be in touch.\n\nLakeside Unified HR"
        ),
    ),
    row(
        "body_applied_for_colon_newline",
        "Senior Data Visualization Engineer",
        sender="Thistle Analytics Talent <talent@thistle.io>",
        subject="Application submitted",
        body=(
            "Hi Jordan,\n\nYou applied for:\nSenior Data Visualization Engineer\nLondon, UK\n\nWe'll be in "
            "touch.\n\nThistle Analytics"
        ),
    ),
    row(
        "body_offer_title_based_in",
        "Route Planner",
        sender="Brisk Courier Talent <talent@briskcourier.com>",
        subject="Offer of employment",
        body=(
            "Hi Jordan,\n\nWe're pleased to offer you the role of Route Planner, based in our Leeds depot, "
            "starting 2 March.\n\nBrisk Courier HR"
        ),
    ),
    row(
        "body_rejection_filled",
        "Food Safety Coordinator (2nd Shift)",
        sender="Orrin Foods Talent <talent@orrinfoods.com>",
        subject="Your application",
        body=(
            "Hi Jordan,\n\nThank you for applying for the Food Safety Coordinator (2nd Shift) position. "
            "The position has now been filled.\n\nOrrin Foods HR"
        ),
    ),
    row(
        "agency_rate_location_line",
        "Java Developer",
        sender="Ridgeback Talent <no-reply@ridgebacktalent.com>",
        subject="Your application: Java Developer",
        body=(
            "Hi Jordan,\n\nThanks for applying via Ridgeback Talent.\n\nJob: Java Developer | Rate: "
            "£550/day | Location: London (Hybrid) | IR35: Outside\n\nI'll be in touch.\n\nChris\nRidgeback "
            "Talent"
        ),
    ),
]

OTHER_LANGUAGES = [
    row(
        "fr_ref_then_title",
        "Chargé de clientèle (F/H)",
        sender="Groupe Solenne <recrutement@groupesolenne.fr>",
        subject="Candidature - Réf. 2026-0412 - Chargé de clientèle (F/H)",
        body=(
            "Bonjour Jordan,\n\nNous avons bien reçu votre candidature et nous vous remercions de "
            "l'intérêt que vous portez à Groupe Solenne. Notre équipe l'étudiera avec "
            "attention.\n\nCordialement,\nL'équipe Recrutement Groupe Solenne"
        ),
    ),
    row(
        "de_rejection_gender_place",
        "Konstrukteur (m/w/d) Sondermaschinenbau",
        sender="Bergmann Maschinenbau GmbH <recrutement@bergmann-mb.de>",
        subject="Absage: Konstrukteur (m/w/d) Sondermaschinenbau in Augsburg",
        body=(
            "Hallo Jordan,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber "
            "entschieden haben.\n\nMit freundlichen Grüßen\nBergmann Maschinenbau GmbH"
        ),
    ),
    row(
        "es_mx_vacante",
        "Analista de Crédito Sr.",
        sender="Grupo Tecolote <recrutement@grupotecolote.mx>",
        subject="Postulación recibida: Analista de Crédito Sr. (Monterrey, N.L.)",
        body=(
            "Hola Jordan,\n\nGracias por tu candidatura a Grupo Tecolote. Hemos recibido tu solicitud y la "
            "revisaremos pronto.\n\nUn saludo,\nEquipo de Selección Grupo Tecolote"
        ),
    ),
    row(
        "nl_functie_uren_plaats",
        "Beleidsadviseur Water",
        sender="Waterschap De Venen <recrutement@waterschapdevenen.nl>",
        subject="Je sollicitatie voor de functie Beleidsadviseur Water (32-36 uur) - Utrecht",
        body=(
            "Beste Jordan,\n\nBedankt voor je sollicitatie bij Waterschap De Venen. We hebben je gegevens "
            "ontvangen en nemen binnenkort contact op.\n\nMet vriendelijke groet,\nRecruitment Waterschap "
            "De Venen"
        ),
    ),
    row(
        "nl_vacature_nummer",
        "Verzorgende IG",
        sender="Zorggroep Lindenhof <recrutement@lindenhof-zorg.nl>",
        subject="Ontvangstbevestiging sollicitatie: Verzorgende IG | Vacaturenummer 24-118",
        body=(
            "Beste Jordan,\n\nBedankt voor je sollicitatie op de vacature Verzorgende IG. We nemen binnen "
            "twee weken contact met je op.\n\nMet vriendelijke groet,\nZorggroep Lindenhof"
        ),
    ),
    row(
        "pt_vaga_cidade",
        "Técnico de Contabilidade (M/F)",
        sender="Grupo Caravela <recrutement@grupocaravela.pt>",
        subject="A sua candidatura à vaga de Técnico de Contabilidade (M/F) - Porto",
        body=(
            "Olá Jordan,\n\nObrigado pela sua candidatura à Grupo Caravela. Recebemos o seu currículo e "
            "entraremos em contacto em breve.\n\nCumprimentos,\nEquipa de Recrutamento Grupo Caravela"
        ),
    ),
    row(
        "pt_br_processo",
        "Analista de Marketing Pleno",
        sender="Lume Varejo <recrutement@lumevarejo.com.br>",
        subject="Processo seletivo: Analista de Marketing Pleno - São Paulo/SP (Híbrido)",
        body=(
            "Olá Jordan,\n\nRecebemos sua candidatura para a vaga de Analista de Marketing Pleno. Em breve "
            "entraremos em contato.\n\nAtenciosamente,\nLume Varejo"
        ),
    ),
    row(
        "it_posizione_sede",
        "Geometra di Cantiere",
        sender="Ferri Costruzioni <recrutement@ferricostruzioni.it>",
        subject="La tua candidatura per la posizione di Geometra di Cantiere - Milano - Tempo pieno",
        body=(
            "Ciao Jordan,\n\ngrazie per la tua candidatura in Ferri Costruzioni. Abbiamo ricevuto il tuo "
            "CV e ti contatteremo a breve.\n\nCordiali saluti,\nTeam Recruiting Ferri Costruzioni"
        ),
    ),
    row(
        "it_codice_annuncio",
        "Addetto Filiale",
        sender="Banca Serena <recrutement@bancaserena.it>",
        subject="Candidatura ricevuta - Addetto Filiale (Cod. ANN-2026-55)",
        body=(
            "Ciao Jordan,\n\ngrazie per la tua candidatura in Banca Serena. Abbiamo ricevuto il tuo CV e "
            "ti contatteremo a breve.\n\nCordiali saluti,\nTeam Recruiting Banca Serena"
        ),
    ),
    row(
        "fr_rejection_poste_ville",
        "Contrôleur de Gestion F/H",
        sender="Groupe Solenne <recrutement@groupesolenne.fr>",
        subject="Votre candidature - Contrôleur de Gestion F/H - Bordeaux",
        body=(
            "Bonjour Jordan,\n\nNous vous remercions pour votre candidature. Malheureusement, nous ne "
            "pouvons pas y donner une suite favorable.\n\nCordialement,\nGroupe Solenne"
        ),
    ),
    row(
        "de_wmd_standort",
        "Fachkraft für Lagerlogistik (w/m/d)",
        sender="Kobalt Logistik GmbH Talent <talent@kobalt-logistik.de>",
        subject="Ihre Bewerbung: Fachkraft für Lagerlogistik (w/m/d) - Standort Leipzig",
        body=(
            "Guten Tag Jordan,\n\nvielen Dank für Ihr Interesse an Kobalt Logistik GmbH. Ihre Unterlagen "
            "sind bei uns eingegangen.\n\nFreundliche Grüße\nKobalt Logistik GmbH"
        ),
    ),
    row(
        "it_sede_mf",
        "Impiegato Amministrativo (M/F)",
        sender="Ferri Costruzioni Talent <talent@ferricostruzioni.it>",
        subject="Candidatura: Impiegato Amministrativo (M/F) - Sede di Bergamo",
        body=(
            "Gentile Jordan,\n\ngrazie per averci inviato la tua candidatura. Ti ricontatteremo a "
            "breve.\n\nCordiali saluti,\nFerri Costruzioni"
        ),
    ),
    row(
        "nl_vacature_uren",
        "Medewerker Klantcontact",
        sender="Waterschap De Venen Talent <talent@waterschapdevenen.nl>",
        subject="Je sollicitatie op de vacature Medewerker Klantcontact (24 uur)",
        body=(
            "Beste Jordan,\n\nHartelijk dank voor je interesse in Waterschap De Venen. We bekijken je cv "
            "zo snel mogelijk.\n\nGroet,\nWaterschap De Venen"
        ),
    ),
    row(
        "pt_vaga_regime",
        "Rececionista de Hotel (M/F)",
        sender="Grupo Caravela Talent <talent@grupocaravela.pt>",
        subject="Candidatura: Rececionista de Hotel (M/F) - Lisboa - Full-time",
        body=(
            "Olá Jordan,\n\nAgradecemos o seu interesse na Grupo Caravela. Analisaremos o seu perfil em "
            "breve.\n\nCumprimentos,\nGrupo Caravela"
        ),
    ),
]


@pytest.mark.parametrize(("mail", "title"), SUBJECTS + BODIES + OTHER_LANGUAGES)
def test_the_title_is_the_roles_name_without_what_the_layout_adds(mail, title):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert same_title(result.job_title, title), result.job_title
