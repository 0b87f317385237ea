"""An ATS's status page in six languages: "Status: Abgelehnt", "Statut : Non retenu", "Estado: Descartado",
with the post on a labelled line above it ("Stelle:", "Poste :", "Vaga:", "Posizione:", "Vacature:").

Every row was written for this test (never copied from a dataset): the status, employer and title a person
reads in it.
"""

import pytest

from tests.extraction_support import extract
from tests.unit.test_rules_extractor_languages import APP, APPLIED, INTERVIEW, REJECTED, case, check

# fmt: off
STATUS_PAGES = [
    case(
        "Candidate Home <nordlicht@myworkday.com>",
        "Statusänderung Ihrer Bewerbung",
        "Guten Tag Herr Becker,\n\nder Status Ihrer Bewerbung hat sich geändert.\n\nStelle: Referent "
        "Risikomanagement (m/w/d)\nStatus: Abgelehnt\n\nIhr Talent Acquisition Team\nNordlicht Versicherung "
        "AG",
        APP, REJECTED, "Nordlicht Versicherung", "Referent Risikomanagement (m/w/d)", "de",
    ),
    case(
        "Groupe Verlaine <groupeverlaine@myworkday.com>",
        "Mise à jour de votre candidature",
        "Bonjour Claire,\n\nLe statut de votre candidature a été mis à jour.\n\nPoste : Responsable Paie "
        "(H/F)\n"
        "Statut : Non retenu\n\nL'équipe Talents",
        APP, REJECTED, "Groupe Verlaine", "Responsable Paie (H/F)", "fr",
    ),
    case(
        "Grupo Albora <grupoalbora@myworkday.com>",
        "Actualización del estado de tu candidatura",
        "Hola Lucía,\n\nEl estado de tu candidatura ha cambiado.\n\nPuesto: Técnica de Selección\nEstado: "
        "Descartado\n\nGrupo Albora",
        APP, REJECTED, "Grupo Albora", "Técnica de Selección", "es",
    ),
    case(
        "Banco Aurora <bancoaurora@myworkday.com>",
        "Atualização de status",
        "Olá Rafael,\n\nO status da sua candidatura foi atualizado.\n\nVaga: Analista de Riscos "
        "Pleno\nStatus: "
        "Reprovado\n\nBanco Aurora",
        APP, REJECTED, "Banco Aurora", "Analista de Riscos Pleno", "pt",
    ),
    case(
        "Assicurazioni Laguna <laguna@myworkday.com>",
        "Aggiornamento stato candidatura",
        "Gentile Marco,\n\nlo stato della tua candidatura è cambiato.\n\nPosizione: Attuario Junior\nStato: "
        "Non "
        "selezionato\n\nAssicurazioni Laguna",
        APP, REJECTED, "Assicurazioni Laguna", "Attuario Junior", "it",
    ),
    case(
        "Gemeente Waterland <waterland@myworkday.com>",
        "Statuswijziging sollicitatie",
        "Beste Sanne,\n\nDe status van je sollicitatie is gewijzigd.\n\nVacature: Beleidsmedewerker Wonen\n"
        "Status: Afgewezen\n\nGemeente Waterland",
        APP, REJECTED, "Gemeente Waterland", "Beleidsmedewerker Wonen", "nl",
    ),
    case(
        "Hexalis <no-reply@us.greenhouse-mail.io>",
        "Votre candidature – entretien",
        "Bonjour Thomas,\n\nStatut : Entretien planifié\nDate : 12/12 à 10h\n\nL'équipe Hexalis",
        APP, INTERVIEW, "Hexalis", None, "fr interview planned",
    ),
    case(
        "Flinkwerk <no-reply@us.greenhouse-mail.io>",
        "Status-Update zu deiner Bewerbung als Backend Engineer (Go)",
        "Hallo Jonas,\n\nStatus: In Prüfung\n\nDein Flinkwerk Team",
        APP, APPLIED, "Flinkwerk", "Backend Engineer (Go)", "de in review",
    ),
]
# fmt: on


@pytest.mark.parametrize("sender, subject, body, kind, status, company, title", STATUS_PAGES)
def test_a_status_page_states_the_status_and_the_post(sender, subject, body, kind, status, company, title):
    check(extract(body, subject, sender), kind, status, company, title)
