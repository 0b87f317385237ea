"""A registered name's brand (tracker/extraction/registered_brands.py): where a sentence of the mail calls
the employer by its brand ("chez Harwell", "bei Kovalit", "da Lusavia") and the signature or footer writes
the registered name, the brand, its trade's or site's words and its legal form ("Harwell Bank SA",
"Kovalit Tiefbau AG"), a person keeps the tracker by the brand. Invented mail in English, German, French,
Spanish, Italian, Portuguese and Dutch; the whole name stays where the mail writes it as a name of its own
(without its legal form, or in a sentence), where only a subject's head or a domain spells the brand, and
where the words after the brand are an agency's trade.
"""

import pytest

from tests.extraction_support import application_row as named
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

BRANDS = [
    named(
        "a_french_sentence_names_the_brand_the_signature_registers_as_a_bank",
        Status.ASSESSMENT,
        "Harwell",
        sender="Harwell via Testwise <no-reply@testwise.example>",
        subject="Votre test technique",
        body="Bonjour Sam,\n\nMerci pour votre candidature au poste d'Analyste Quantitatif chez Harwell. "
        "Nous vous invitons à passer un test en ligne de 60 minutes avant vendredi.\n\n"
        "Talent Acquisition – Harwell Bank SA",
    ),
    named(
        "a_german_sentence_and_a_registered_name_with_its_trade",
        Status.REJECTED,
        "Kovalit",
        sender="Bewerbermanagement <noreply@jobs.bewerbio.example>",
        subject="Ihre Bewerbung als Bauleiter (m/w/d)",
        body="Sehr geehrter Herr Lee,\n\nvielen Dank für Ihr Interesse an Kovalit. Leider müssen wir Ihnen "
        "mitteilen, dass wir uns für andere Bewerber entschieden haben.\n\nMit freundlichen Grüßen\n\n"
        "Personalabteilung\nKovalit Tiefbau AG\nRingstraße 4, 9000 St. Gallen",
    ),
    named(
        "a_portuguese_offer_naming_the_brand_and_signing_with_the_registered_name",
        Status.OFFER,
        "Lusavia",
        sender="Marta Sousa <marta.sousa@lusavia-mail.example>",
        subject="Proposta – Engenheiro de Software",
        body="Olá Sam,\n\nÉ com muito gosto que te enviamos a proposta para integrares a equipa da "
        "Lusavia como Engenheiro de Software.\n\nUm abraço,\nMarta Sousa\nTalent Acquisition\n"
        "Lusavia Comunicações, S.A.",
    ),
    named(
        "an_english_footer_registering_the_brand_a_sentence_names",
        Status.INTERVIEW,
        "Brannock",
        sender="Resourcing <resourcing@brannock-careers.example>",
        subject="Interview invitation – Rolling Stock Engineer",
        body="Dear Sam,\n\nThank you for applying to work on behalf of Brannock. We would like to invite "
        "you to an interview on Tuesday 3 March at 10:00.\n\nKind regards,\nResourcing Team\n"
        "Brannock Infrastructure Limited\nRegistered in England and Wales No. 1234567",
    ),
    named(
        "a_dutch_savings_bank_registered_under_the_brand_the_text_writes",
        Status.REJECTED,
        "Veldmark",
        sender="Recruitment <werken@veldmark-jobs.example>",
        subject="Je sollicitatie",
        body="Beste Sam,\n\nBedankt voor je interesse in een job bij Veldmark. Helaas gaan we niet verder "
        "met je kandidatuur.\n\nMet vriendelijke groeten,\nHR\nVeldmark Spaarbank NV",
    ),
    named(
        "a_spanish_sentence_and_an_energy_companys_registered_name",
        Status.APPLIED,
        "Corvena",
        sender="Corvena via Testwise <no-reply@testwise.example>",
        subject="Hemos recibido tu candidatura",
        body="Hola Sam,\n\nGracias por tu interés en trabajar en Corvena. Hemos recibido tu candidatura "
        "para el puesto de Técnico de Mantenimiento.\n\nUn saludo,\nEquipo de Selección\n"
        "Corvena Energía S.A.",
    ),
    named(
        "an_italian_sentence_and_a_logistics_firms_registered_name",
        Status.APPLIED,
        "Altavia",
        sender="Altavia via Testwise <no-reply@testwise.example>",
        subject="Conferma candidatura",
        body="Gentile Sam,\n\nabbiamo ricevuto la sua candidatura per una posizione presso Altavia. La "
        "contatteremo se il suo profilo sarà in linea.\n\nCordiali saluti,\nUfficio Risorse Umane\n"
        "Altavia Logistica S.p.A.",
    ),
    named(
        "a_works_village_after_the_brand_in_its_registered_name",
        Status.REJECTED,
        "Brenzler",
        sender="Brenzler Holding AG <noreply@bewerbung.example>",
        subject="Ihre Bewerbung bei Brenzler",
        body="Sehr geehrte Frau Lee\n\nVielen Dank für Ihre Bewerbung und das Interesse, das Sie an "
        "Brenzler zeigen. Die Stelle wurde intern besetzt.\n\nFreundliche Grüsse\n\nHuman Resources\n"
        "Brenzler Oberwangen AG\nDorfstrasse 4",
    ),
]

# The display name and the domain both call the organisation by the brand ("X Talent Acquisition" from
# x.com), the registered name only its footer: the brand, whatever the text's sentences say.
BRANDS_OF_DISPLAY_AND_DOMAIN = [
    named(
        "an_english_team_display_and_a_registered_footer",
        Status.REJECTED,
        "Marlowe Rail",
        sender="Marlowe Rail Talent Acquisition <no-reply@marlowerail.co.uk>",
        subject="Your application",
        body="Dear Sam,\n\nThank you for your patience. After careful consideration we have decided not to "
        "progress your application.\n\nKind regards,\nResourcing Team\nMarlowe Rail Infrastructure Limited\n"
        "Registered in England and Wales No. 1234567",
    ),
    named(
        "a_dutch_bank_signing_its_registered_name",
        Status.REJECTED,
        "Vendel",
        sender="Vendel Werving <noreply@vendel.nl>",
        subject="Je sollicitatie",
        body="Beste Tim,\n\nBedankt voor je sollicitatie. Helaas gaan we niet verder met je kandidatuur.\n\n"
        "Met vriendelijke groet,\nWerving & Selectie\nVendel Bank N.V.\nAmsterdam",
    ),
    named(
        "an_italian_insurer_whose_people_team_writes",
        Status.OFFER,
        "Lunaris",
        sender="Lunaris People Team <people@lunaris.it>",
        subject="La tua lettera di assunzione",
        body="Ciao Luca,\n\nè con piacere che ti inviamo la nostra proposta di assunzione come Analista "
        "Attuariale.\n\nA presto,\nPeople Team\n\nLunaris Assicurazioni S.p.A. – Via Roma 1, Milano",
    ),
    named(
        "a_german_steelworks_career_display",
        Status.WITHDRAWN,
        "Ossberg",
        sender="Ossberg Karriere <karriere@ossberg.de>",
        subject="Information zum Stand Ihrer Bewerbung",
        body="Sehr geehrte Frau Leitner,\n\ndie Besetzung der Position wurde bis auf Weiteres ausgesetzt; "
        "das Auswahlverfahren wird nicht fortgeführt.\n\nMit freundlichen Grüßen\nRecruiting\n"
        "Ossberg Stahl GmbH",
    ),
    named(
        "a_french_display_of_the_brand_alone",
        Status.REJECTED,
        "Corvelle",
        sender="Corvelle Recrutement <recrutement@corvelle.fr>",
        subject="Votre candidature",
        body="Bonjour Julie,\n\nNous avons le regret de ne pas donner suite à votre candidature.\n\n"
        "Cordialement,\nL'équipe RH\nCorvelle Télécommunications SA",
    ),
]

KEPT_WHOLE = [
    named(
        "a_registered_name_a_sentence_writes_with_its_legal_form",
        Status.APPLIED,
        "Harwell Technology SE",
        sender="Recruiting <jobs@talentreich.example>",
        subject="Ihr Profil",
        body="Hallo Sam,\n\nich habe Ihr Profil soeben bei unserem Kunden, der Harwell Technology SE, "
        "vorgestellt. Sie sind bei Harwell im Gespräch.\n\nViele Grüße\nTalentreich Personalberatung GmbH",
    ),
    named(
        "a_name_the_text_writes_without_its_legal_form",
        Status.REJECTED,
        "Kovalit Tiefbau",
        sender="",
        subject="Ihre Bewerbung bei Kovalit",
        body="Sehr geehrter Herr Lee,\n\nKovalit Tiefbau hat sich für einen anderen Bewerber entschieden. "
        "Danke für Ihr Interesse an Kovalit.\n\nMit freundlichen Grüßen\nKovalit Tiefbau AG",
    ),
    named(
        "a_brand_only_in_the_subjects_head_and_the_domain",
        Status.ASSESSMENT,
        "Fernvale Analytics Inc.",
        sender="Rhea Patel <rhea@fernvale.example>",
        subject="Fernvale - take-home",
        body="Hi Sam,\n\nThanks for applying for the Data Engineer role. The next step is a short take-home "
        "exercise; please send it back within a week.\n\nCheers,\nRhea\n\nRhea Patel\nHead of Data, "
        "Fernvale Analytics Inc.",
    ),
    named(
        "a_name_its_domain_spells_whole",
        Status.REJECTED,
        "Nordquell Software GmbH",
        sender="Nordquell Software GmbH <jobs@nordquell-software.example>",
        subject="Ihre Bewerbung",
        body="Hallo Sam,\n\nvielen Dank für Ihre Bewerbung bei Nordquell. Leider müssen wir Ihnen absagen."
        "\n\nMit freundlichen Grüßen\nNordquell Software GmbH",
    ),
]


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"), BRANDS + BRANDS_OF_DISPLAY_AND_DOMAIN + KEPT_WHOLE
)
def test_a_registered_name_is_shown_as_the_brand_its_sentences_use(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
