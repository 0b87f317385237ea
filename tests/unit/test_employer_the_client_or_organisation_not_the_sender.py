"""Where the employer is not the sender's say: an agency handing the reader to a client it names once (in
English, French, Portuguese, Italian), a unit or a writer's post signing above its organisation, a
Quebec board relaying an employer, a US portal naming the agency with the post after "for", and the
Gulf's and South Asia's legal forms keying away. Invented mail."""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.extraction.name_reading import read_name
from tracker.models import Status
from tracker.names import company_key

ROWS = [
    application_row(
        "fr_agency_transmits_the_file_to_its_client",
        Status.APPLIED,
        "Maison Ravel",
        sender='"Inès Morel" <ines.morel@cabinet-horizon.fr>',
        subject="Votre candidature - Assistant import",
        body="Bonjour,\n\nJ'ai transmis votre dossier à Maison Ravel pour le poste d'Assistant import. Je "
        "reviens vers vous dès que possible.\n\nInès Morel\nCabinet Horizon",
    ),
    application_row(
        "pt_client_manager_would_like_to_talk",
        Status.INTERVIEW,
        "Laticínios Vale Dourado",
        sender='"Paulo Nunes" <paulo@alvo-rh.com.br>',
        subject="Entrevista - Supervisor de Produção",
        body="Olá Ana,\n\nO gestor da Laticínios Vale Dourado gostaria de conversar com você sobre a vaga de "
        "Supervisor de Produção na quinta às 10h.\n\nPaulo Nunes\nAlvo RH",
    ),
    application_row(
        "en_resume_now_with_the_client",
        Status.APPLIED,
        "Quarry Lane Builders",
        sender='"Megan Ruiz" <megan@tallpine-partners.com>',
        subject="Site Engineer - update",
        body="Hi Leo,\n\nYour resume is now with Quarry Lane Builders for the Site Engineer opening. I'll "
        "chase them on Monday.\n\nMegan Ruiz\nTallpine Partners",
    ),
    application_row(
        "fr_the_clients_manager_would_like_to_meet",
        Status.INTERVIEW,
        "Transports Marchal",
        sender='"Lucie Garnier" <lucie@azur-conseil.fr>',
        subject="Entretien - Responsable d'exploitation",
        body="Bonjour Hugo,\n\nLe responsable de Transports Marchal souhaiterait vous rencontrer pour le "
        "poste de Responsable d'exploitation.\n\nLucie Garnier\nAzur Conseil",
    ),
    application_row(
        "de_the_client_decided_in_inverted_order",
        Status.REJECTED,
        "Wendler Maschinenbau",
        sender='"Tim Hagen" <t.hagen@kranich-personal.de>',
        subject="Ihre Bewerbung als Schlosser (m/w/d)",
        body="Hallo Herr Roth,\n\nleider hat sich die Firma Wendler Maschinenbau gegen Ihre Bewerbung als "
        "Schlosser (m/w/d) entschieden und eine Absage erteilt.\n\nTim Hagen\nKranich Personal GmbH",
    ),
    application_row(
        "a_unit_signs_above_its_organisation",
        Status.APPLIED,
        "Lakeshore Medical Group",
        sender='"Patient Safety Office" <psoffice@lakeshore-medical.org>',
        subject="Your application: Safety Coordinator",
        body="Dear Sam,\n\nThank you for applying for the Safety Coordinator position. We have received your "
        "application.\n\nPatient Safety Office\nLakeshore Medical Group",
    ),
    application_row(
        "a_writers_post_signs_above_the_practice",
        Status.INTERVIEW,
        "Birchwood Family Dental",
        sender='"Front Desk Coordinator" <desk@birchwoodfamilydental.com>',
        subject="Receptionist position",
        body="Hi Jo,\n\nThanks for your resume for the Receptionist position. Could you come in Thursday at "
        "3pm to meet the dentist?\n\nFront Desk Coordinator\nBirchwood Family Dental",
    ),
    application_row(
        "a_quebec_board_relays_the_employer",
        Status.APPLIED,
        "Fromagerie Lacasse",
        sender='"Jobillico" <noreply@jobillico.com>',
        subject="Votre candidature a été envoyée",
        body="Bonjour,\n\nVotre candidature pour le poste de Préposé à l'emballage chez Fromagerie Lacasse a "
        "bien été transmise à l'employeur.\n\nL'équipe Jobillico",
    ),
    application_row(
        "a_gulf_board_names_the_employer_after_with",
        Status.APPLIED,
        "Dune Harbor Contracting",
        sender='"GulfTalent" <jobs@gulftalent.com>',
        subject="Application submitted: Site Surveyor",
        body="Dear Yusuf,\n\nYou have successfully applied for Site Surveyor with Dune Harbor Contracting. "
        "The employer will contact you directly if shortlisted.\n\nGulfTalent",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), ROWS)
def test_the_employer_is_the_client_or_the_organisation_not_the_sender(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_a_post_after_for_ends_a_public_agencys_name():
    text = "Your application to the Bureau of Fisheries for Program Support Assistant was not selected."
    assert read_name(text, len("Your application to ")) == "Bureau of Fisheries"
    text = "Your application to the Department for Transport was received."
    assert read_name(text, len("Your application to ")) == "Department for Transport"


@pytest.mark.parametrize(
    "written",
    [
        "Desert Crown Properties PJSC",
        "Desert Crown Properties P.J.S.C.",
        "Desert Crown Properties FZCO",
        "Desert Crown Properties SAOG",
        "Desert Crown Properties K.S.C.P.",
        "Desert Crown Properties Q.P.S.C.",
        "Desert Crown Properties (OPC) Private Limited",
    ],
)
def test_gulf_and_south_asian_legal_forms_key_away(written):
    assert company_key(written) == company_key("Desert Crown Properties")
