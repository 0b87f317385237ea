"""A sentence goes on after the post with where the post sits (invented mail, four writers): French's "ouvert
au sein de" and "ouvert à", read up to "ouvert" before its preposition, Italian's "all'interno del",
Spanish's "dentro del". The post ends before them.
"""

import pytest

from tests.extraction_support import extract

MAILS = [
    (
        "Marion Kerleau <m.kerleau@ehpad-lesaulnes.example.fr>",
        "Votre candidature",
        "Madame,\n\nVous avez postulé au poste d'Aide-soignante de nuit (réf. AS-44) ouvert au sein de "
        "l'EHPAD Les Aulnes. Nous avons le plaisir de vous proposer un entretien le mardi 12 mai à 10 h.\n\n"
        "Bien cordialement,\nMarion Kerleau\nEHPAD Les Aulnes",
        "Aide-soignante de nuit",
    ),
    (
        "RH Quincaillerie Brossard <rh@brossard.example.fr>",
        "Suite de votre candidature",
        "Bonjour Gaëtan,\n\nVotre candidature au poste de Magasinier Cariste ouvert à Saint-Brieuc a retenu "
        "notre attention et nous souhaitons vous rencontrer.\n\nCordialement,\nService RH\n"
        "Quincaillerie Brossard",
        "Magasinier Cariste",
    ),
    (
        "Ufficio HR <hr@ferramentaborsellino.example.it>",
        "Proposta di assunzione",
        "Gentile Matteo,\n\nsiamo lieti di offrirle la posizione di Addetto Magazzino all'interno del "
        "reparto logistica di Ferramenta Borsellino, con inizio il 1° giugno.\n\nCordiali saluti,\n"
        "Ufficio HR\nFerramenta Borsellino S.r.l.",
        "Addetto Magazzino",
    ),
    (
        "Selección <seleccion@conservasortiz.example.es>",
        "Entrevista",
        "Hola Iker,\n\nTe invitamos a una entrevista para el puesto de Técnico de Calidad dentro del área de "
        "producción de Conservas Ortiz el jueves a las 10:00.\n\nUn saludo,\nConservas Ortiz",
        "Técnico de Calidad",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "title"), MAILS)
def test_the_post_ends_before_where_it_sits(sender, subject, body, title):
    assert extract(sender=sender, subject=subject, body=body).job_title == title
