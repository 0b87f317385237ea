"""A department, school, chair, service or regional directorate writes under the organisation it belongs to
("College of Nursing | Harrowgate University", "Lehrstuhl für Akustik\\nTechnische Universität Elbtal",
"Service des sports (SDS)\\n...\\nVille de Marlon"): the organisation employs the unit's staff, and a
tracker lists it, in every language. A unit with no organisation written over it stays. Invented mail."""

import pytest

from tests.extraction_support import application_row, extract
from tracker.models import Kind, Status

ROWS = [
    application_row(
        "english_unit_and_university_on_one_line",
        Status.REJECTED,
        "Harrowgate University",
        sender="Moss, Dana <dmoss@hgu.edu>",
        subject="Clinical Skills Coordinator - Job Opening 55120",
        body="Dear Mr. Lane,\n\nThank you for your interest in the Clinical Skills Coordinator "
        "position. After careful review, we have selected another candidate for this role.\n\nBest "
        "wishes,\n\nDana Moss\nHuman Resources Generalist\nCollege of Nursing | Harrowgate "
        "University\n18 Orchard Walk, Harrowgate",
    ),
    application_row(
        "english_school_named_in_a_sentence_signed_by_its_university",
        Status.REJECTED,
        "Harrowgate University",
        sender="HGU Recruitment <jobs@hgu.edu>",
        subject="Lecturer in Law (Grade 7) - R-1123",
        body="Dear Ms Lane,\n\nThank you for your application for the above position within the School "
        "of Law and Criminology.\n\nI regret to advise that your application has not been "
        "shortlisted for interview on this occasion.\n\nYours sincerely,\n\nHR "
        "Recruitment\nFaculty of Humanities and Social Sciences\nHarrowgate University\n18 Orchard "
        "Walk, Harrowgate",
    ),
    application_row(
        "german_chair_named_in_the_text_and_signed_above_its_university",
        Status.OFFER,
        "Technische Universität Elbtal",
        sender="Brandl, Jutta <jutta.brandl@tue.de>",
        subject="Ihre Bewerbung als Doktorand*in (m/w/d) – Zusage",
        body="Sehr geehrter Herr Sommer,\n\nim Namen des Lehrstuhls für Raumakustik freue ich mich, "
        "Ihnen mitteilen zu können, dass die Auswahl auf Sie gefallen ist. Wir möchten Ihnen die "
        "Stelle als Doktorand*in (m/w/d) zum 01.10. anbieten. Bitte teilen Sie mir bis Freitag "
        "mit, ob Sie das Angebot annehmen.\n\nMit freundlichen Grüßen\nJutta "
        "Brandl\nSekretariat\nLehrstuhl für Raumakustik\nFakultät für Physik\nTechnische "
        "Universität Elbtal\nBergstraße 4, 01234 Elbtal",
    ),
    application_row(
        "italian_department_and_its_acronym_signed_above_its_university",
        Status.INTERVIEW,
        "Università degli Studi di Vellano",
        sender="Segreteria Amministrativa DIFI <segreteria.difi@uniVL.it>",
        subject="Convocazione colloquio - Avviso di selezione n. 12/2026 (borsa di ricerca)",
        body="Gentile dott.ssa Ferri,\n\ncon riferimento alla Sua domanda di partecipazione alla "
        "selezione n. 12/2026, La informiamo che Lei è ammessa al colloquio.\n\nIl colloquio si "
        "svolgerà il giorno 14 marzo 2026 alle ore 10:00 tramite Zoom.\n\nDistinti saluti\n\nLa "
        "Segreteria Amministrativa\nDipartimento di Fisica Teorica – DIFI\nUniversità degli Studi "
        "di Vellano\nVia Roma 9, Vellano",
    ),
    application_row(
        "french_service_signed_above_its_city",
        Status.REJECTED,
        "Ville de Marlon",
        sender="SDS - Ressources humaines <rh.sds@mrl.fr>",
        subject="Votre candidature – Éducateur sportif (réf. 2026-044)",
        body="Madame,\n\nNous vous remercions de l'intérêt que vous avez témoigné pour le poste "
        "d'éducateur sportif au sein du Service des sports. Après examen, nous avons retenu une "
        "autre candidature.\n\nNous vous prions d'agréer, Madame, nos salutations "
        "distinguées.\n\nService des sports (SDS)\nRessources humaines\n3 place du Marché, 44999 "
        "Marlon\nVille de Marlon – Direction générale des services",
    ),
    application_row(
        "spanish_department_signed_above_its_university",
        Status.REJECTED,
        "Universidad de Almerosa",
        sender="Secretaría DQO <dqo@ual.es>",
        subject="Técnico de Laboratorio - ref. 2026/14",
        body="Estimada Sra. Prieto:\n\nLe agradecemos su solicitud para el puesto de Técnico de "
        "Laboratorio en el Departamento de Química Orgánica.\n\nLamentamos comunicarle que su "
        "candidatura no ha sido seleccionada.\n\nAtentamente,\n\nSecretaría\nDepartamento de "
        "Química Orgánica (DQO)\nUniversidad de Almerosa",
    ),
    application_row(
        "portuguese_faculty_signing_above_its_university",
        Status.REJECTED,
        "Universidade de Torrevale",
        sender="Faculdade de Letras <rh.fl@utv.pt>",
        subject="Candidatura - Técnico Superior",
        body="Exma. Senhora,\n\nAgradecemos a sua candidatura ao lugar de Técnico Superior na Faculdade "
        "de Letras. Informamos que a sua candidatura não foi selecionada.\n\nCom os melhores "
        "cumprimentos,\n\nSecretaria\nFaculdade de Letras\nUniversidade de Torrevale",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), ROWS)
def test_a_unit_written_under_its_organisation_is_read_as_the_organisation(mail, status, company, title):
    result = extract(**mail)

    assert result.kind is Kind.APPLICATION
    assert result.status is status
    assert result.company == company


def test_an_institute_with_no_organisation_written_over_it_stays_the_employer():
    result = extract(
        sender="Institut für Holzforschung <bewerbung@holzforschung-lenz.de>",
        subject="Ihre Bewerbung als Laborant (m/w/d)",
        body="Sehr geehrte Frau Otto,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für eine andere "
        "Bewerberin entschieden haben.\n\nMit freundlichen Grüßen\nInstitut für Holzforschung\n"
        "Am Sägewerk 3, 12345 Lenz",
    )

    assert result.status is Status.REJECTED
    assert result.company == "Institut für Holzforschung"
