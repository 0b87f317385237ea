"""A unit read as the employer where the mail writes the organisation it belongs to: in a sentence ("with
the Department of X, Faculty of Y at the University of Z", "le Laboratoire X, Faculté des Sciences de
l'Université Y"), or in the signature's block (a writer's desk on the post line above the unit's line,
"Manager, Imaging Services" over "Institute for X | Y University"; the unit the sender's own domain spells,
signed above its university). The organisation employs the unit's staff, in every language. Invented mail."""

import pytest

from tests.extraction_support import application_row, extract
from tracker.models import Kind, Status

ROWS = [
    application_row(
        "english_department_and_faculty_at_the_university_in_a_sentence",
        Status.INTERVIEW,
        "University of Carrowmore",
        sender="UCM Careers <hr.recruitment@ucm.ac.uk>",
        subject="Interview – Laboratory Manager (Ref 44120)",
        body="Dear Ines, Thank you for your application to the Laboratory Manager position with the "
        "Department of Marine Biology, Faculty of Science at the University of Carrowmore. We would like "
        "to invite you to a panel interview on Thursday.",
    ),
    application_row(
        "spanish_desk_above_the_department_and_its_university",
        Status.REJECTED,
        "Universidad de Valdemora",
        sender="Lucía Prados <lucia.prados@geo-uvm.es>",
        subject="Técnico de Apoyo - ref. 2026/31",
        body="Estimada Sra. Prieto:\n\nLe agradecemos su solicitud para el puesto de Técnico de Apoyo. "
        "Lamentamos comunicarle que su candidatura no ha sido seleccionada.\n\nAtentamente,\nLucía "
        "Prados\nCoordinadora, Servicios de Microscopía\nDepartamento de Geología – Universidad de "
        "Valdemora\nCalle Mayor 4, Valdemora",
    ),
    application_row(
        "french_laboratory_sending_of_the_university_in_a_sentence",
        Status.INTERVIEW,
        "Université de Brévannes",
        sender="Laboratoire de Chimie Douce <recrutement@lcd-brev.fr>",
        subject="Entretien – Ingénieur d'études",
        body="Madame,\n\nSuite à votre candidature au poste d'ingénieur d'études, le Laboratoire de Chimie "
        "Douce, Faculté des Sciences de l'Université de Brévannes, souhaite vous recevoir en entretien le "
        "mardi 12 mai à 14 h.\n\nCordialement,\nLe secrétariat",
    ),
    application_row(
        "english_desk_above_the_institute_and_its_university",
        Status.REJECTED,
        "Carrowmore University",
        sender="Priya Raman <praman@cmu-research.org>",
        subject="Imaging Specialist search – update",
        body="Dear Dr. Lane,\n\nThank you for your interest in the Imaging Specialist position. After much "
        "discussion the committee has recommended another finalist, who has accepted our offer.\n\nWith "
        "best wishes,\nPriya Raman, PhD\nAssociate Director, Imaging and Microscopy\nChair, Imaging "
        "Specialist Search Committee\nCBI | Institute for Neuroscience | Carrowmore University\n12 Quay "
        "Road, Carrowmore",
    ),
    application_row(
        "italian_desk_above_the_department_and_its_university",
        Status.INTERVIEW,
        "Università di Vellano",
        sender="Marta Galli <marta.galli@dsv-lab.it>",
        subject="Colloquio - Tecnico di laboratorio",
        body="Gentile dott. Ferri,\n\nLa invitiamo a un colloquio per il posto di tecnico di laboratorio "
        "lunedì 9 marzo alle ore 10:00.\n\nCordiali saluti,\nMarta Galli\nResponsabile, Servizi di "
        "Microscopia\nDipartimento di Scienze della Vita – Università di Vellano\nVia Roma 9, Vellano",
    ),
    application_row(
        "portuguese_faculty_the_domain_spells_signed_above_its_university",
        Status.APPLIED,
        "Universidade de Torremar",
        sender="Concursos FCTA <concursos@fcta.pt>",
        subject="Concurso n.º 12/2026 - Estado da sua candidatura",
        body="Exma. Senhora,\n\nInformamos que a sua candidatura ao concurso n.º 12/2026 foi recebida e "
        "se encontra em apreciação pelo júri.\n\nCom os melhores cumprimentos,\nSecção de "
        "Concursos\nFaculdade de Ciências e Tecnologia Aplicada\nUniversidade de Torremar\nAv. do Mar "
        "10, Torremar",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), ROWS)
def test_a_unit_is_read_as_the_organisation_the_mail_writes_it_of(mail, status, company, title):
    result = extract(**mail)

    assert result.kind is Kind.APPLICATION
    assert result.status is status
    assert result.company == company


def test_a_unit_a_sentence_writes_of_no_organisation_stays_the_employer():
    result = extract(
        sender="Institut für Holzforschung <bewerbung@holzforschung-lenz.de>",
        subject="Ihre Bewerbung als Laborant (m/w/d)",
        body="Sehr geehrte Frau Otto,\n\nvielen Dank für Ihre Bewerbung am Institut für Holzforschung. "
        "Leider haben wir uns für eine andere Bewerberin entschieden.\n\nMit freundlichen Grüßen\nInstitut "
        "für Holzforschung\nAm Sägewerk 3, 12345 Lenz",
    )

    assert result.status is Status.REJECTED
    assert result.company == "Institut für Holzforschung"
