"""A sentence goes on after the post it names (invented mail): with the day set for the step ("para el puesto
de X el día 4 de marzo"), with how long the post waits ("la vacante de X hasta el próximo año"), or, in
German, with the verb that ends its clause ("als X abzuschließen", "die Stelle X geschaffen wurde"). The post
ends before them.
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_clause import clause_end


@pytest.mark.parametrize(
    ("read", "title"),
    [
        ("Enfermero de Quirófano el día 4 de marzo a las 10:00", "Enfermero de Quirófano"),
        ("Analista de Riesgos hasta el próximo año", "Analista de Riesgos"),
        ("Auxiliar Administrativo até o fim do trimestre", "Auxiliar Administrativo"),
        ("Impiegata Contabile fino a nuovo avviso", "Impiegata Contabile"),
        ("Data Scientist (Python) abzuschließen", "Data Scientist (Python)"),
        ("Lagerleiter Nord geschaffen", "Lagerleiter Nord"),
        ("Lagerleiter Nord geschaffen wurde", "Lagerleiter Nord"),
    ],
)
def test_the_title_read_ends_before_the_day_or_the_clauses_verb(read, title):
    body = f"la posición {read}."
    start = body.index(read)
    assert body[start : clause_end(body, start, start + len(read))] == title


def test_a_capitalised_word_of_the_posts_name_is_kept():
    body = "als Leiter Gesundheitszentrum Nord"
    start = body.index("Leiter")
    assert clause_end(body, start, len(body)) == len(body)


def test_an_interview_invitation_names_the_post_without_its_day():
    result = extract(
        sender="Selección <seleccion@clinicamiramar.example.es>",
        subject="Citación a entrevista",
        body="Hola Lucía,\n\nTe convocamos a una entrevista para el puesto de Técnica de Laboratorio el día "
        "12/03/2026 a las 11:00 h en nuestras oficinas.\n\nUn saludo,\nClínica Miramar",
    )
    assert result.job_title == "Técnica de Laboratorio"


def test_a_german_coding_test_names_the_post_without_the_clauses_verb():
    result = extract(
        sender="Codility <no-reply@codility.com>",
        subject="Einladung: Online-Test der Nordlicht Systeme GmbH",
        body="Hallo Jonas,\n\nNordlicht Systeme GmbH hat Sie eingeladen, einen Online-Test im Rahmen Ihrer "
        "Bewerbung als Frontend Developer (Vue) abzuschließen.\n\nViel Erfolg!",
    )
    assert result.job_title == "Frontend Developer (Vue)"
