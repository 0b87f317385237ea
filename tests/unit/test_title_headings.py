"""A letter names the post in its heading and its first sentence points back at it ("for the above post",
"die oben genannte Stelle", "le poste mentionné ci-dessus", "el puesto arriba indicado", "la posizione
sopra indicata", "a vaga acima referida", "de bovengenoemde functie"): the heading's post is the title, its
label, campaign code and the unit after its comma left off."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Harrowfield Borough Council <recruitment@harrowfield.example.gov.uk>",
            "Application outcome - HBC-4471",
            "Dear Tobias\n\nCampaign: HBC4471 - Grounds Maintenance Lead, Parks and Open Spaces\n\n"
            "Further to your application for the above post, I am pleased to invite you to interview on "
            "12 May.\n\nRecruitment Team",
            "Grounds Maintenance Lead",
        ),
        (
            "Ostwald Kliniken <bewerbung@ostwald-kliniken.example.de>",
            "Einladung zum Vorstellungsgespräch",
            "Sehr geehrte Frau Reinholt,\n\nBetreff: Medizinische Dokumentarin, Standort Kessin\n\n"
            "vielen Dank für Ihre Bewerbung auf die oben genannte Stelle. Gerne laden wir Sie zu einem "
            "Gespräch am 4. März ein.\n\nIhre Personalabteilung",
            "Medizinische Dokumentarin",
        ),
        (
            "Mairie de Saint-Orlan <rh@saint-orlan.example.fr>",
            "Suite de votre candidature",
            "Madame,\n\nObjet : Agent d'accueil polyvalent, Direction de la citoyenneté\n\n"
            "Suite à votre candidature pour le poste mentionné ci-dessus, j'ai le plaisir de vous convoquer "
            "à un entretien.\n\nLe service des ressources humaines",
            "Agent d'accueil polyvalent",
        ),
        (
            "Ayuntamiento de Valdecorvo <personal@valdecorvo.example.es>",
            "Resultado del proceso",
            "Estimada Sra. Olmedo:\n\nConcurso: VC-2291 - Auxiliar Administrativo de Archivo\n\n"
            "En relación con su solicitud para el puesto arriba indicado, le comunicamos que ha sido "
            "admitida a la prueba escrita.\n\nRecursos Humanos",
            "Auxiliar Administrativo de Archivo",
        ),
        (
            "Fondazione Lamberti <selezioni@fondazionelamberti.example.it>",
            "Esito della selezione",
            "Gentile Dott.ssa Ferrazzi,\n\nTecnico di laboratorio biomedico, Sede di Cremona\n\n"
            "in merito alla sua candidatura per la posizione sopra indicata, la informiamo che non è stata "
            "selezionata.\n\nUfficio Personale",
            "Tecnico di laboratorio biomedico",
        ),
        (
            "Zorggroep Veldhoven-Oost <werving@zorggroep-vo.example.nl>",
            "Uitnodiging sollicitatiegesprek",
            "Beste Jurre,\n\nTeamleider Facilitaire Dienst, Locatie Meerhoven\n\n"
            "Bedankt voor je sollicitatie op de bovengenoemde functie. We nodigen je graag uit voor een "
            "gesprek.\n\nMet vriendelijke groet,\nHR",
            "Teamleider Facilitaire Dienst",
        ),
    ],
)
def test_the_heading_the_first_sentence_points_at(sender: str, subject: str, body: str, title: str) -> None:
    assert extract(body, subject, sender).job_title == title


def test_a_greeting_above_the_pointer_is_no_post() -> None:
    # No heading between the greeting and the sentence: nothing above names the post.
    body = (
        "Dear Tobias,\n\nThank you for applying for the above post. We will be in touch.\n\nRecruitment Team"
    )
    assert extract(body, "Your application", "Harrowfield <hr@harrowfield.example.gov.uk>").job_title is None


@pytest.mark.parametrize("heading", ["School of Informatics, University of Calderbank", "14 March 2025"])
def test_a_bare_heading_without_a_role_is_no_post(heading: str) -> None:
    # The letter's unit or date above the pointing sentence names no post.
    body = (
        f"Dear Sam,\n\n{heading}\n\nThank you for applying for the above post. We will be in touch.\n\n"
        "Recruitment Team"
    )
    assert extract(body, "Your application", "Calderbank <hr@calderbank.example.ac.uk>").job_title is None
