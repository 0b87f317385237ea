"""An organisation's site or country arm named by its place after the brand it signs with ("Lumora in
Portugal", "Brightmoor Health Derby Clinic", "Kestrava Montréal") is shown as the brand, where the sender's
domain or display name names the brand alone (site_places.without_site_place). Invented mail in English,
German, French, Spanish, Italian, Portuguese and Dutch; a council's or an institution's name that holds its
town, and a brand the organisation never signs alone, are kept whole.
"""

import pytest

from tests.extraction_support import application_row as named
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

SITES = [
    named(
        "a_country_after_in_signed_under_a_person",
        Status.INTERVIEW,
        "Lumora",
        sender="Veiga, Inês <ines.veiga@lumora.com>",
        subject="Interview – Payroll Analyst | Lumora",
        body="Dear Tomás,\n\nWe would like to invite you to an interview for the Payroll Analyst position on "
        "Thursday at 11:00.\n\nCould you please confirm by replying to this email?\n\nKind regards,\n\n"
        "Inês Veiga\nTalent Acquisition\nLumora in Portugal\nRua das Flores, 12 – 1200-195 Lisboa",
    ),
    named(
        "a_country_after_en_in_spanish",
        Status.INTERVIEW,
        "Quillfeld",
        sender="Ortega, Marta <marta.ortega@quillfeld.com>",
        subject="Entrevista – Técnico de Compras | Quillfeld",
        body="Hola Julia,\n\nNos gustaría invitarte a una entrevista para el puesto de Técnico de Compras el "
        "martes a las 10:00.\n\n¿Puedes confirmarnos tu asistencia respondiendo a este correo?\n\nUn saludo,"
        "\n\nMarta Ortega\nSelección de Personal\nQuillfeld en España\nCalle Mayor 8, 28013 Madrid",
    ),
    named(
        "a_city_after_the_brand_its_display_name_opens",
        Status.APPLIED,
        "Kestrava",
        sender="Kestrava Carrières <noreply@talentportal-mail.com>",
        subject="Kestrava - Nous avons bien reçu votre candidature",
        body="Hi Léa,\n\nThank you for applying for the Communications Officer position at Kestrava "
        "Montréal!\n\n---\n\nBonjour Léa,\n\nMerci d'avoir postulé au poste de Chargée de communication chez "
        "Kestrava Montréal! Notre équipe analysera ton profil avec attention.\n\nL'équipe Kestrava",
    ),
    named(
        "a_town_and_its_clinics_noun_after_the_brand",
        Status.APPLIED,
        "Brightmoor Health",
        sender="Brightmoor Health Careers <careers@brightmoorhealth.com>",
        subject="Your application for Ward Clerk",
        body="Hi Olivia,\n\nThanks for applying for the role of Ward Clerk at Brightmoor Health Derby "
        "Clinic. We will review your application and be in touch soon.\n\nBrightmoor Health Recruitment",
    ),
    named(
        "a_town_and_its_plants_noun_in_german",
        Status.APPLIED,
        "Vantrel",
        sender="Vantrel Karriere <karriere@vantrel.de>",
        subject="Eingangsbestätigung Ihrer Bewerbung: Schichtleiter (m/w/d)",
        body="Guten Tag Herr Brandt,\n\nvielen Dank für Ihre Bewerbung als Schichtleiter (m/w/d) bei Vantrel "
        "Regensburg Werk. Wir melden uns in zwei Wochen bei Ihnen.\n\nIhr Vantrel Recruiting-Team",
    ),
]

SITES += [
    named(
        "a_country_after_no_in_portuguese",
        Status.REJECTED,
        "Serravela",
        sender="Serravela Carreiras <carreiras@serravela.com>",
        subject="Atualização da sua candidatura – Analista de Crédito",
        body="Olá Beatriz,\n\nAgradecemos o seu interesse na vaga de Analista de Crédito. Após análise, "
        "decidimos seguir com outros candidatos.\n\nAtenciosamente,\nEquipe de Recrutamento\n"
        "Serravela no Brasil\nAv. Paulista, 900 – São Paulo",
    ),
    named(
        "a_town_and_its_plants_noun_in_italian",
        Status.APPLIED,
        "Morandel",
        sender="Morandel Lavora con noi <selezione@morandel.it>",
        subject="Conferma candidatura: Manutentore Elettrico",
        body="Gentile Paolo,\n\ngrazie per la candidatura alla posizione di Manutentore Elettrico presso "
        "Morandel Brescia Stabilimento. La contatteremo entro due settimane.\n\nSelezione Morandel",
    ),
]

KEPT_WHOLE = [
    named(
        "a_councils_name_holds_its_town",
        Status.APPLIED,
        "Gemeente Utrecht",
        sender="Gemeente Utrecht <werving@utrecht.nl>",
        subject="Ontvangstbevestiging sollicitatie Beleidsadviseur",
        body="Beste Sanne,\n\nBedankt voor je sollicitatie op de functie Beleidsadviseur bij Gemeente "
        "Utrecht. We nemen binnen twee weken contact met je op.\n\nMet vriendelijke groet,\nGemeente Utrecht",
    ),
    named(
        "a_brand_the_organisation_never_signs_alone",
        Status.APPLIED,
        "Orvello Milano",
        sender="Ufficio Personale <selezione@orvellomilano.it>",
        subject="Conferma candidatura: Addetto Contabilità",
        body="Gentile Marco,\n\ngrazie per la candidatura alla posizione di Addetto Contabilità presso "
        "Orvello Milano. La contatteremo entro due settimane.\n\nCordiali saluti,\nOrvello Milano",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), SITES + KEPT_WHOLE)
def test_a_sites_place_after_the_brand_is_left_off(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
