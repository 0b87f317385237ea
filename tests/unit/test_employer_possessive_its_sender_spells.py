"""A brand whose name ends in a possessive ("Pemberton's"), known by its sender: the display name writes
the name with its "'s" and the sender's own domain or its ATS tenant spells the "s" (invented mail, English,
German, French, Spanish, Dutch, Italian, Portuguese).

The labelling rule: the employer "as a human would write it in a tracker". A possessive that is the brand's
own is kept, whichever language the mail is in; a legal line that writes the company without it ("Pemberton
Retail plc") is its registered name, not the brand. A display name's possessive that the sender does not
spell ("Acme's Careers <jobs@acme.com>") stays read as a possessive of "Acme".
"""

import pytest

from tests.extraction_support import application_row as named
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

POSSESSIVE_BRANDS = [
    named(
        "a_workday_tenant_spelling_the_s_under_a_careers_display_with_no_body",
        Status.APPLIED,
        "Pemberton's",
        sender="Pemberton's Careers <pembertons@myworkday.com>",
        subject="We have received your application – Store Operations Graduate",
        body="",
    ),
    named(
        "an_icims_tenant_under_a_display_writing_the_whole_name_with_an_ampersand",
        Status.APPLIED,
        "Harlan's Grocers & Deli",
        sender="Harlan's Grocers & Deli @ icims <harlansgrocers+autoreply@talent.icims.com>",
        subject="Harlan's Grocers & Deli - Bedankt voor je sollicitatie",
        body="Beste Noor, bedankt voor je sollicitatie voor de functie Afdelingsmanager Vers. We hebben je "
        "sollicitatie goed ontvangen en nemen binnenkort contact met je op.",
    ),
    named(
        "a_german_rejection_whose_legal_line_writes_the_company_without_it",
        Status.REJECTED,
        "Brennan's",
        sender="Brennan's Karriere <karriere@brennans.de>",
        subject="Ihre Bewerbung bei Brennan's",
        body="Sehr geehrter Herr Vogt,\n\nvielen Dank für Ihre Bewerbung als Filialleiter (m/w/d). Leider "
        "müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team\n\nBrennan Handelsgesellschaft mbH, Amtsgericht Köln",
    ),
    named(
        "a_french_invitation_whose_legal_line_writes_the_company_without_it",
        Status.INTERVIEW,
        "Dobson's",
        sender="Dobson's Recrutement <recrutement@dobsons.fr>",
        subject="Entretien – Chef de rang",
        body="Bonjour Léa,\n\nSuite à votre candidature au poste de Chef de rang chez Dobson's, nous "
        "souhaitons vous rencontrer en entretien le mardi 14 octobre à 10h.\n\nMerci de nous confirmer "
        "votre disponibilité.\n\nCordialement,\nL'équipe recrutement\nDobson Restauration SAS",
    ),
    named(
        "a_spanish_confirmation_with_a_typographic_apostrophe",
        Status.APPLIED,
        "Kelvin’s",
        sender="Kelvin’s Empleo <empleo@kelvins.es>",
        subject="Hemos recibido tu candidatura – Dependiente/a",
        body="Hola Marta,\n\ngracias por tu candidatura al puesto de Dependiente/a. La revisaremos y te "
        "escribiremos pronto.\n\nUn saludo,\nEquipo de Selección de Kelvin",
    ),
]

NOT_POSSESSIVE_BRANDS = [
    named(
        "an_italian_display_whose_domain_spells_no_s",
        Status.APPLIED,
        "Marsden",
        sender="Marsden's Careers <careers@marsden.it>",
        subject="Candidatura ricevuta – Analista Dati",
        body="Gentile Paolo,\n\ngrazie per la tua candidatura per la posizione di Analista Dati presso "
        "Marsden. Ti contatteremo al più presto.\n\nCordiali saluti,\nTeam Recruiting Marsden",
    ),
    named(
        "a_portuguese_domain_going_on_with_other_letters",
        Status.APPLIED,
        "Torvald",
        sender="Torvald's Carreiras <carreiras@torvaldservices.pt>",
        subject="Candidatura recebida – Analista de Sistemas",
        body="Olá Rui,\n\nobrigado pela sua candidatura à vaga de Analista de Sistemas na Torvald. "
        "Entraremos em contacto em breve.\n\nCumprimentos,\nEquipa de Recrutamento Torvald",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), POSSESSIVE_BRANDS)
def test_a_possessive_its_sender_spells_is_the_brands(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(("mail", "status", "company", "title"), NOT_POSSESSIVE_BRANDS)
def test_a_possessive_its_sender_does_not_spell_is_a_possessive(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
