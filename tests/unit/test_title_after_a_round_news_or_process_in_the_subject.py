"""A subject that opens on the interview's round ("Zweitgespräch X", "Secondo colloquio X", "Second interview
X"), on the news about the post with the post's noun ("Aggiornamento posizione X", "Mise à jour poste X",
"Position update X") or on the selection process ("Proceso selectivo X", "Processus de sélection X") names
the post after them: the title is the post alone. Invented mail, written from the class, in each language.
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_cleaning import clean_title

_PAUSED = (
    "Buongiorno,\n\nla contatto in merito alla sua candidatura: la ricerca per questa posizione è sospesa "
    "fino a nuova comunicazione.\n\nCordiali saluti,\nElena Marchetti"
)
_SENDER = "Elena Marchetti <e.marchetti@ferrovalle.example.it>"


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Zweitgespräch Leitung Lohnbuchhaltung (m/w/d)", "Leitung Lohnbuchhaltung (m/w/d)"),
        ("Einladung: Erstgespräch Disponent Nahverkehr (m/w/d)", "Disponent Nahverkehr (m/w/d)"),
        ("Secondo colloquio Responsabile Acquisti", "Responsabile Acquisti"),
        ("Segunda entrevista Jefe de Turno", "Jefe de Turno"),
        ("Deuxième entretien Responsable Logistique", "Responsable Logistique"),
        ("Second interview Fleet Coordinator", "Fleet Coordinator"),
        ("Aggiornamento posizione Responsabile Acquisti", "Responsabile Acquisti"),
        ("Mise à jour poste Responsable Logistique", "Responsable Logistique"),
        ("Atualização vaga Coordenador de Frota", "Coordenador de Frota"),
        ("Update Stelle Disponent Nahverkehr (m/w/d)", "Disponent Nahverkehr (m/w/d)"),
        ("Position update Fleet Coordinator", "Fleet Coordinator"),
        ("Proceso selectivo Jefe de Turno", "Jefe de Turno"),
        ("Processo selettivo Responsabile Acquisti", "Responsabile Acquisti"),
        ("Processus de sélection Responsable Logistique", "Responsable Logistique"),
    ],
)
def test_the_post_after_the_round_the_news_or_the_process_is_the_title(subject: str, title: str) -> None:
    assert extract(_PAUSED, subject, _SENDER).job_title == title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Auxiliar de Biblioteca (Grupo IV) - Publicación de calificaciones", "Auxiliar de Biblioteca"),
        ("Istruttore tecnico – Pubblicazione graduatoria", "Istruttore tecnico"),
        ("Chargée de mission - Publication des résultats", "Chargée de mission"),
        ("Sachbearbeiterin Bauamt – Veröffentlichung der Ergebnisse", "Sachbearbeiterin Bauamt"),
        ("Técnico de Laboratório - Publicação de classificações", "Técnico de Laboratório"),
    ],
)
def test_a_public_selections_published_marks_and_staff_group_are_no_part_of_the_post(
    raw: str, title: str
) -> None:
    assert clean_title(raw)[0] == title


def test_a_public_selections_subject_names_the_post_alone() -> None:
    result = extract(
        "Estimada aspirante:\n\nLe informamos de que se ha publicado la relación de aspirantes que han "
        "superado el primer ejercicio. Usted no figura entre ellos.\n\nServicio de Personal",
        "Proceso selectivo Auxiliar de Biblioteca (Grupo IV) - Publicación de calificaciones",
        "Servicio de Personal <personal@univ-valdemora.example.es>",
    )
    assert result.job_title == "Auxiliar de Biblioteca"
