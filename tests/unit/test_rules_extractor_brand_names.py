"""The employer's name as a person writes it in a tracker, when one mail names it several ways
(invented mail, English, German and French).

The labelling rule: the hiring employer "as a human would write it": the brand, without a tail that
only says what kind of company it is, a city or a letterhead's capitals; the abbreviation the mail
itself uses as the name; never a department; and whole where the words after the brand are the
name's ("Lumera Telekom", "Corvex Storage", "Meridian Consultancy Services").
"""

import pytest

from tests.extraction_support import application_row as named
from tests.extraction_support import assert_reads_application, extract
from tracker.extraction.brand_names import person_case
from tracker.extraction.shortened_names import abbreviates
from tracker.models import Status

BRAND_FORMS = [
    # A descriptive tail after a brand the mail also writes alone.
    named(
        "an_insurance_group_signing_a_mail_that_says_its_brand",
        Status.REJECTED,
        "Harlowe",
        "Claims Data Analyst",
        sender="Harlowe Careers <careers@harlowe.com>",
        subject="Your application: Claims Data Analyst",
        body="Dear Sam,\nMany thanks for your interest in Harlowe. Having compared profiles, we have "
        "decided to go with other candidates for the Claims Data Analyst role.\nKind regards,\nMia Torres\n"
        "Talent Acquisition Partner at Harlowe Insurance Group",
    ),
    named(
        "international_services_after_the_brand_of_the_text",
        Status.REJECTED,
        "Brightlane",
        sender="Brightlane Jobs <jobs@brightlane.at>",
        subject="Absage deiner Bewerbung",
        body="Hallo Sam!\n\nDanke für das Interesse, das du an Brightlane gezeigt hast. Leider können "
        "wir dir "
        "aktuell kein Angebot machen.\n\nLiebe Grüße\n\nKatrin Moser\nHR-Management\nBrightlane "
        "International "
        "Services",
    ),
    named(
        "a_lowercase_brand_and_its_tagline_its_domain_spells_the_brand",
        Status.REJECTED,
        "quintbyte",
        sender="Yvonne Berger <yvonne.berger@quintbyte.at>",
        subject="Fullstack Entwickler:in (m/w/d), Referenz 12/26",
        body="Hallo Herr Lee,\n\nwir haben uns Ihre Unterlagen angesehen, Sie sind diesmal leider nicht "
        "in der engeren Auswahl. "
        "Für Ihre Suche viel Erfolg!\n\nMit freundlichen Grüßen,\n\nYvonne Berger\nquintbyte Custom "
        "Software Solutions",
    ),
    named(
        "a_lowercase_logo_and_its_tagline_with_no_address_to_spell_it",
        Status.REJECTED,
        "nordpixel",
        sender="",
        subject="Backend Entwickler:in (m/w/d), Referenz 3/26",
        body="Hallo Herr Lee,\n\nnach Durchsicht Ihrer Unterlagen sind Sie leider nicht in der engeren "
        "Auswahl.\n\nMit freundlichen Grüßen,\n\nAnna Berger\nnordpixel Digital Media Solutions",
    ),
    named(
        "services_international_and_a_french_legal_form",
        Status.REJECTED,
        "Clairval",
        "Chargé d'études",
        sender="Recrutement Clairval <recrutement@clairval.fr>",
        subject="Votre candidature chez Clairval",
        body="Bonjour Sam,\n\nNous vous remercions de votre candidature au poste de Chargé d'études. "
        "Nous sommes "
        "au regret de vous informer que nous ne donnerons pas suite.\n\nCordialement,\nL'équipe Recrutement\n"
        "Clairval Services International SAS",
    ),
    # The reverse: the words after the brand are the name's; the shorter form is the name cut short.
    named(
        "a_telecom_signing_with_the_name_its_text_shortens",
        Status.REJECTED,
        "Lumera Telekom",
        sender="",
        subject="Deine Bewerbung bei Lumera",
        body="Lieber Sam,\n\nschön, dass du bei Lumera mitarbeiten möchtest.\n\nWir "
        "haben "
        "deine Bewerbung aufmerksam angesehen. Leider müssen wir dir diesmal absagen.\n\nHerzliche Grüße\n\n"
        "Selina Gruber\nTalent Acquisition\nLumera Telekom",
    ),
    named(
        "an_assessment_platform_mail_shortening_the_employer_in_its_subject",
        Status.ASSESSMENT,
        "Corvex Storage",
        sender="Corvex Storage Recruiting <support@hackerrankforwork.com>",
        subject="Corvex Coding Challenge - Software, University",
        body="Corvex Software Intern Coding Challenge. Thanks for waiting while your application "
        "moved along at Corvex Storage! Next, please sit the coding challenge.",
    ),
    named(
        "networks_is_part_of_the_name",
        Status.APPLIED,
        "Solenne Networks",
        "Network Automation Engineer",
        sender="Solenne Networks <no-reply@solennenetworks.com>",
        subject="Your application at Solenne",
        body="Hi Sam,\nThanks for your interest in the Network Automation Engineer position. Your "
        "application has been received and we'll be in contact.\n\nSolenne Networks Talent Team",
    ),
    named(
        "consultancy_services_never_written_without_its_tail_stays_whole",
        Status.APPLIED,
        "Meridian Consultancy Services",
        "Java Developer",
        sender="Meridian Consultancy Services <careers@mcs.example>",
        subject="Application received - Meridian Consultancy Services",
        body="Dear Sam,\nThank you for applying to Meridian Consultancy Services for the role of Java "
        "Developer. "
        "Your application is under review.\nRegards,\nMeridian Consultancy Services Recruitment",
    ),
    named(
        "a_title_naming_a_division_does_not_lengthen_the_employer",
        Status.REJECTED,
        "Halvard",
        sender="Halvard Hiring <noreply@halvard.com>",
        subject="Update on your application to Halvard",
        body="Hi Sam,\nThank you for applying for the Product Manager, Halvard Cloud role. After "
        "reviewing your "
        "background, we won't be moving forward at this time.",
    ),
    # A city and capitals on a letterhead.
    named(
        "a_letterhead_in_capitals_with_its_city",
        Status.REJECTED,
        "KTB Engineering Consultants",
        sender="",
        subject="KTB x Sam Lee – Absage DevOps Engineer (m/w/d)",
        body="Guten Tag Sam Lee!\n\nWir danken Ihnen für Ihre Bewerbung. Leider können wir Ihnen keine "
        "Position "
        "in unserem Unternehmen anbieten.\n\nWir wünschen Ihnen alles Gute.\n\nKTB ENGINEERING "
        "CONSULTANTS WIEN",
    ),
    named(
        "an_english_letterhead_in_capitals",
        Status.APPLIED,
        "Halden Marine Systems Ltd",
        "Field Service Engineer",
        sender="careers@halden.example",
        subject="Application received",
        body="Dear Sam,\nWe've received your application for the Field Service Engineer position and will "
        "review it shortly.\nSincerely,\nHALDEN MARINE SYSTEMS LTD",
    ),
    named(
        "a_city_after_a_firms_noun",
        Status.APPLIED,
        "Norvik Robotics",
        "Controls Engineer",
        sender="Norvik Robotics <talent@norvik.example>",
        subject="Thank you for applying to Norvik Robotics",
        body="Hi Sam,\nThanks for applying to Norvik Robotics for the Controls Engineer role. We will review "
        "your application.\nBest,\nThe recruiting team\nNorvik Robotics Berlin",
    ),
    named(
        "a_city_that_is_part_of_an_institutions_name",
        Status.APPLIED,
        "Technikum Donau Linz",
        sender="Careers <jobs@technikum-donau.example>",
        subject="Your application",
        body="Dear Sam,\nThank you for your interest in a position at the Technikum Donau Linz. We've "
        "received your application for Lecturer in Data Science.\nHuman Resources\nTechnikum Donau Linz",
    ),
    # Abbreviations the mail itself uses as the name.
    named(
        "fh_in_the_text_for_the_senders_fachhochschule",
        Status.REJECTED,
        "FH Donautal",
        sender="Fachhochschule Donautal",
        subject="Ihre Bewerbung als Lecturer für Data Science (m/w/d)",
        body="Sehr geehrter Herr Lee,\n\nwir freuen uns, dass Sie an der FH Donautal lehren "
        "möchten!\n\nWir müssen Ihnen leider mitteilen, dass wir uns für andere Bewerber:innen "
        "entschieden haben.\n\nMit freundlichen Grüßen\nIhr Recruiting Team\nFachhochschule Donautal",
    ),
    named(
        "a_long_german_name_and_its_abbreviation_in_brackets",
        Status.REJECTED,
        "SWG",
        sender="Adelina Berg",
        subject='Ihre Bewerbung als "Entwickler:in im Bereich Daten"',
        body="Guten Tag Sam Lee,\n\nherzlichen Dank für Ihr Interesse an der Position bei der SWG. "
        "Leider muss "
        "ich Ihnen mitteilen, dass wir uns für andere Bewerber:innen entschieden haben.\n\nMit freundlichen "
        "Grüßen,\n\nAdelina Berg\nTeamleitung HR\nSteirische Wasserkraftgesellschaft mbH (SWG)",
    ),
    named(
        "a_long_name_the_mail_never_abbreviates_stays_whole",
        Status.APPLIED,
        "Northshore Regional Health Authority",
        "Data Analyst",
        sender="Careers <careers@northshore-health.example>",
        subject="Application received",
        body="Dear Sam,\nThank you for applying to Northshore Regional Health Authority for the Data Analyst "
        "position.\nNorthshore Regional Health Authority (NRHA)",
    ),
    named(
        "an_abbreviation_the_mail_goes_on_to_use",
        Status.APPLIED,
        "BCG",
        sender="Recruiting <recruiting@bcg-careers.example>",
        subject="Thank you for applying to Brampton Consulting Group",
        body="Dear Sam,\nThank you for applying to Brampton Consulting Group (BCG). Your application for "
        "Associate is with our team, and we will be in touch about the next steps at BCG.\nBCG Recruiting",
    ),
    named(
        "a_french_subject_opening_with_the_abbreviation_and_its_full_name",
        Status.APPLIED,
        "SNTR",
        sender="",
        subject="SNTR – Société Nationale des Transports Régionaux : votre candidature",
        body="Bonjour Sam,\n\nNous avons bien reçu votre candidature au poste de Conducteur et vous "
        "remercions de votre intérêt pour la SNTR.\n\nLe service Recrutement",
    ),
    # A signature's longer forms.
    named(
        "a_signature_with_a_generic_noun_and_a_legal_form_does_not_lengthen_the_brand",
        Status.INTERVIEW,
        "Korrin",
        sender="Maya Lin <maya@korrin.example>",
        subject="Your application at Korrin",
        body="Hi Sam,\nThanks for applying for the Backend Engineer role. I'd like to set up a 30-minute "
        "phone screen next week.\nBest,\nMaya Lin\nTalent Partner\nKorrin Technologies Inc.",
    ),
    # A registered name (its legal form written) is no fuller name: the brand the sentence writes is shown
    # (registered_brands.py; the labels of mail signing "X Bank SA" under "chez X" write "X").
    named(
        "a_registered_name_under_the_brand_a_sentence_writes_leaves_the_brand",
        Status.REJECTED,
        "Lumera",
        sender="",
        subject="Deine Bewerbung bei Lumera",
        body="Lieber Sam,\n\nvielen Dank für dein Interesse an der Mitarbeit bei Lumera. Leider müssen wir "
        "dir diesmal absagen.\n\nHerzliche Grüße\n\nSelina Gruber\nLumera Telekom GmbH",
    ),
    named(
        "a_web_address_signing_under_the_team_in_the_brands_own_lowercase",
        Status.REJECTED,
        "quobo",
        sender="Recruiting Team",
        subject="Deine Bewerbung als KI Developer (m/w/d)",
        body="Lieber Sam,\n\nschön, dass du Teil der quobo Familie werden möchtest, "
        "danke dafür. Leider müssen wir dir absagen.\n\nAlles Gute!\n\nRecruiting-Team\nquobo.at",
    ),
    named(
        "a_french_groupe_in_the_subject_and_the_brand_alone_in_the_body",
        Status.APPLIED,
        "Solvane",
        sender="Recrutement <recrutement@solvane.fr>",
        subject="Votre candidature chez Groupe Solvane",
        body="Bonjour Sam,\n\nMerci pour votre intérêt pour Solvane. Nous avons bien reçu votre candidature "
        "au poste de Contrôleur de gestion.\n\nL'équipe Recrutement\nGroupe Solvane",
    ),
    named(
        "a_grupo_the_mail_never_writes_without_its_noun_stays_whole",
        Status.APPLIED,
        "Grupo Ordal",
        sender="Empleo <empleo@grupo-ordal.es>",
        subject="Tu candidatura en Grupo Ordal",
        body="Hola Sam,\n\nHemos recibido tu candidatura al puesto de Técnico de Calidad en Grupo Ordal.\n\n"
        "Un saludo,\nGrupo Ordal",
    ),
    named(
        "a_spanish_grupo_before_the_brand_the_text_writes",
        Status.APPLIED,
        "Lumbre",
        sender="Grupo Lumbre <empleo@lumbre.es>",
        subject="Tu candidatura en Lumbre",
        body="Hola Sam,\n\nGracias por tu candidatura al puesto de Analista de Datos en Lumbre. La hemos "
        "recibido correctamente.\n\nUn saludo,\nEquipo de Selección\nGrupo Lumbre S.L.",
    ),
    named(
        "a_french_letterhead_in_capitals_with_its_legal_form_and_city",
        Status.APPLIED,
        "Morvan Industrie",
        sender="",
        subject="Votre candidature – Technicien de maintenance",
        body="Bonjour Sam,\n\nNous accusons réception de votre candidature et reviendrons vers vous "
        "rapidement.\n\nCordialement,\nLe service RH\nMORVAN INDUSTRIE SAS LYON",
    ),
    named(
        "a_brand_in_capitals_never_written_alone_keeps_its_tail",
        Status.REJECTED,
        "KORVA Insurance Group",
        sender="Laura Weiss",
        subject="Ihre Bewerbung Data Engineer (m/w/d)",
        body="Guten Tag Sam Lee,\n\nvielen Dank für Ihr Interesse an der Position Data Engineer (m/w/d). "
        "Leider müssen wir Ihnen absagen.\n\nFreundliche Grüße\n\nLaura Weiss\nTalent Acquisition "
        "Expertin bei KORVA Insurance Group",
    ),
    # A German name's adjective declined after its article.
    named(
        "a_subject_declining_the_names_adjective_after_bei_der",
        Status.APPLIED,
        "Österreichische Nordbahn",
        sender="",
        subject="Ihre Bewerbung bei der Österreichischen Nordbahn",
        body="",
    ),
    named(
        "a_body_declining_the_names_adjective",
        Status.REJECTED,
        "Tirolerische Wasserkraft",
        sender="Karriere <karriere@tirolwerke.example>",
        subject="Ihre Bewerbung",
        body="Sehr geehrter Herr Lee,\n\nvielen Dank für Ihre Bewerbung bei der Tirolerischen Wasserkraft "
        "als Elektrotechniker:in. Leider müssen wir Ihnen absagen.\n\nMit freundlichen Grüßen\n"
        "Personalabteilung",
    ),
    named(
        "a_name_ending_in_en_that_is_no_adjective_stays",
        Status.APPLIED,
        "Raiffeisen Landesbank",
        sender="",
        subject="Ihre Bewerbung bei der Raiffeisen Landesbank",
        body="",
    ),
    # A department is not the organisation.
    named(
        "a_department_after_a_dash_in_a_recruiters_signature",
        Status.INTERVIEW,
        "Brightwell Bank",
        sender="Jordan Price <jordan@brightwell.example>",
        subject="Interview invitation",
        body="Hi Sam,\nWe'd like to invite you to interview for the Data Analyst position.\nBest,\n"
        "Jordan Price\nRecruiter, Brightwell Bank - Human Resources",
    ),
    named(
        "a_back_office_display_name_above_a_bank_signing",
        Status.REJECTED,
        "Nordalpen Landesbank",
        sender="Back Office Recruiting",
        subject="Ihre Bewerbung",
        body="Sehr geehrter Herr Lee,\n\nvielen Dank für Ihre Bewerbung für die Stelle "
        '"Software-Entwickler:in". '
        "Leider müssen wir Ihnen mitteilen, dass Sie nicht in die engere Wahl gezogen wurden.\n\nMit "
        "freundlichen Grüßen,\nValentina Wallner vom Recruiting-Team\nNordalpen Landesbank\nPeople and "
        "Culture",
    ),
    # An address's letters for the name the mail spells.
    named(
        "a_tenant_without_vowels_for_the_word_the_body_writes",
        Status.APPLIED,
        "Kestrel",
        sender="noreply kstrl <kstrl@myworkday.com>",
        subject="Thank you for applying!",
        body="Dear Sam, Thank you for applying to the following role: Kestrel Fall 2026 Co-op, Process Data "
        "(Boston, MA). Should your background fit what the team needs, we'll be in contact.",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), BRAND_FORMS)
def test_the_employer_is_named_as_a_person_writes_it(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_an_employers_term_cohort_keeps_the_employer_in_its_title():
    result = extract(
        sender="noreply kstrl <kstrl@myworkday.com>",
        subject="Thank you for applying!",
        body="Dear Sam, Thank you for applying to the following role: Kestrel Fall 2026 Co-op, Process Data. "
        "We will contact you.",
    )
    assert result.job_title == "Kestrel Fall 2026 Co-op, Process Data"


@pytest.mark.parametrize(
    ("letterhead", "written"),
    [
        ("IVX TECHNICAL CONSULTANTS", "IVX Technical Consultants"),
        ("KÄRNTNER VERKEHRS-BETRIEBE GMBH", "Kärntner Verkehrs-Betriebe GmbH"),
        ("UNIQORA", "UNIQORA"),  # one word: a brand in capitals
        ("IBM SAP", "IBM SAP"),  # acronyms only
    ],
)
def test_a_letterhead_in_capitals_is_written_in_a_persons_case(letterhead, written):
    assert person_case(letterhead) == written


def test_a_word_the_mail_writes_in_capitals_elsewhere_stays_in_capitals():
    assert person_case("PRELA ALUMINIUM", "Wir hoffen, dass Sie PRELA in guter Erinnerung behalten.") == (
        "PRELA Aluminium"
    )


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("FH Donautal", "Fachhochschule Donautal", True),
        ("TU Altstadt", "Technische Universität Altstadt", True),
        ("FH Donautal", "Fachhochschule Altstadt", False),
        ("KTB Consultants", "KTB Consultants", False),  # the same words, no abbreviation
        ("Donautal", "Fachhochschule Donautal", False),
    ],
)
def test_an_abbreviation_of_the_first_words_names_the_same_organisation(short, long, expected):
    assert abbreviates(short, long) is expected
