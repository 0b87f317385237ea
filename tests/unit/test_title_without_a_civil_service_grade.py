"""A civil service's grade or career group after a public post's name is no part of the title (invented
mail): Spain's "(Subgrupo C1)", Argentina's "(Categoría 12, Agrupamiento Técnico)", Italy's "– Area degli
Operatori", France's "– Cadre d'emplois des techniciens territoriaux", Brazil's "– Nível Médio"; a post
whose own name holds such a word ("Técnico de Nível Superior", "Responsable de catégorie") keeps it.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.extraction.title_public_grades import without_public_grade
from tracker.models import Status

GRADED_POSTS = [
    application_row(
        "a_spanish_council_names_the_subgroup_in_brackets",
        Status.APPLIED,
        "Ayuntamiento de Villaquejida del Páramo",
        "Administrativo/a de Intervención",
        sender="Ayuntamiento de Villaquejida del Páramo <seleccion@villaquejida.es>",
        subject="Solicitud recibida: Administrativo/a de Intervención (Subgrupo C1)",
        body="Estimado aspirante:\n\nHemos recibido su candidatura para la plaza de Administrativo/a de "
        "Intervención (Subgrupo C1).\n\nAtentamente,\nAyuntamiento de Villaquejida del Páramo",
    ),
    application_row(
        "an_italian_province_names_the_area_after_a_dash",
        Status.APPLIED,
        "Provincia di Montescuro",
        "Operatore Stradale",
        sender="Provincia di Montescuro <personale@provincia-montescuro.it>",
        subject="Candidatura ricevuta – Operatore Stradale – Area degli Operatori",
        body="Gentile candidato,\n\nabbiamo ricevuto la sua candidatura per il posto di Operatore Stradale "
        "– Area degli Operatori.\n\nCordiali saluti,\nProvincia di Montescuro",
    ),
    application_row(
        "a_french_community_names_the_cadre_d_emplois_after_a_dash",
        Status.APPLIED,
        "Communauté de communes du Haut-Vézéronce",
        "Technicien voirie (H/F)",
        sender="Communauté de communes du Haut-Vézéronce <rh@haut-vezeronce.fr>",
        subject="Accusé de réception - Technicien voirie (H/F) - Cadre d'emplois des techniciens"
        " territoriaux",
        body="Madame,\n\nNous avons bien reçu votre candidature au poste de Technicien voirie (H/F) - Cadre "
        "d'emplois des techniciens territoriaux.\n\nLe service des ressources humaines",
    ),
    application_row(
        "a_brazilian_town_hall_names_the_level_after_a_dash",
        Status.APPLIED,
        "Prefeitura de Serra do Jacuípe",
        "Agente de Endemias",
        sender="Prefeitura de Serra do Jacuípe <rh@serradojacuipe.gov.br>",
        subject="Inscrição recebida – Agente de Endemias – Nível Médio",
        body="Prezado candidato,\n\nRecebemos a sua candidatura para a vaga de Agente de Endemias – Nível "
        "Médio.\n\nAtenciosamente,\nPrefeitura de Serra do Jacuípe",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), GRADED_POSTS)
def test_the_civil_service_grade_is_no_part_of_the_title(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(
    ("title", "post"),
    [
        ("Ingeniero/a de Caminos (Categoría 12, Agrupamiento Técnico)", "Ingeniero/a de Caminos"),
        ("Assistente Amministrativo, categoria C, posizione economica C1", "Assistente Amministrativo"),
        ("Rédacteur principal (catégorie B)", "Rédacteur principal"),
        ("Assistente Técnico (carreira geral)", "Assistente Técnico"),
        # The post's own words hold a grade's word: nothing before or nothing after a mark to cut.
        ("Técnico de Nível Superior", "Técnico de Nível Superior"),
        ("Responsable de catégorie", "Responsable de catégorie"),
        ("(Subgrupo A1)", "(Subgrupo A1)"),
    ],
)
def test_a_grade_at_the_titles_end_is_cut(title, post):
    assert without_public_grade(title) == post
