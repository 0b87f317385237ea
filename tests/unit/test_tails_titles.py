"""A post's name without what a mail writes after it that is no part of it (invented titles and mail): the
date the post starts, the site where it is worked, the unnamed client an agency recruits for. A field or
a team after a dash names no site and stays in the name.
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_cleaning import clean_title
from tracker.extraction.title_tails import without_tail


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Lagerhelfer (m/w/d) zum 01.09.2026", "Lagerhelfer (m/w/d)"),
        ("Verkäuferin (m/w/d) ab sofort", "Verkäuferin (m/w/d)"),
        ("Aide-soignant H/F à partir du 2 juin", "Aide-soignant H/F"),
        ("Cameriera dal 15 maggio", "Cameriera"),
        ("Cocinero a partir de octubre", "Cocinero"),
        ("Schoonmaker per 1 juni", "Schoonmaker"),
        ("Rececionista a partir de maio", "Rececionista"),
        ("Graduate Surveyor starting September 2027", "Graduate Surveyor"),
        ("Elektrikerin (m/w/d) zum nächstmöglichen Zeitpunkt", "Elektrikerin (m/w/d)"),
        ("Ayudante de cocina con incorporación inmediata", "Ayudante de cocina"),
        ("Empregado de Mesa com início em julho", "Empregado de Mesa"),
        ("Bezorger met ingang van 1 mei", "Bezorger"),
        ("Picker Packer (immediate start)", "Picker Packer"),
    ],
)
def test_a_start_date_after_the_post_is_no_part_of_its_name(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    ("raw", "title"),
    [("Serveuse dès", "Serveuse"), ("Cuoco con inizio", "Cuoco"), ("Copeira com início", "Copeira")],
)
def test_a_start_word_left_at_the_end_is_cut(raw: str, title: str) -> None:
    # "dès que possible" read up to its "que", where a clause's reading ends the title.
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Commis de cuisine H/F au siège social", "Commis de cuisine H/F"),
        ("Cajera en nuestra tienda de Valencia", "Cajera"),
        ("Magazijnmedewerker op onze locatie Zwolle", "Magazijnmedewerker"),
        ("Addetta Cassa presso la sede di Padova", "Addetta Cassa"),
        ("Barista at our Leeds Trinity store", "Barista"),
        ("Housekeeper - Hotel Miralago Verbania", "Housekeeper"),
        ("Night Auditor, Borealis Hotel Oulu", "Night Auditor"),
        ("Cariste H/F - Entrepôt de Saint-Priest", "Cariste H/F"),
        ("Store Manager - Outlet di Vicolungo", "Store Manager"),
        ("Vakkenvuller - filiaal Zwolle Zuid", "Vakkenvuller"),
    ],
)
def test_the_site_a_post_is_worked_at_is_no_part_of_its_name(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Carrellista per importante cliente del settore logistico", "Carrellista"),
        ("Impiegato Contabile per azienda cliente operante nel settore tessile", "Impiegato Contabile"),
        ("Peón de almacén para importante empresa del sector", "Peón de almacén"),
        ("Operador de Loja para empresa cliente do setor do retalho", "Operador de Loja"),
        ("Soudeur H/F pour un client", "Soudeur H/F"),
        ("Site Supervisor for a leading housebuilder", "Site Supervisor"),
        ("Inpakker voor een groot distributiebedrijf", "Inpakker"),
    ],
)
def test_an_agencys_unnamed_client_is_no_part_of_the_posts_name(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    "title",
    [
        "Project Engineer – Water Resources",
        "Data Engineer - Platform Infrastructure",
        "Software Developer – Payments Team",
        "Analista - Centro de Competencia SAP",
        "Conseiller clientèle en agence",
        "Tecnico per la manutenzione",
        "Key Account Manager for global accounts",
        "Accountmanager voor grote klanten",
        "Administrative Assistant in the Office of the Provost",
        "Senior Analyst, Economy and Infrastructure Directorate",
    ],
)
def test_a_field_or_team_after_the_post_is_no_tail(title: str) -> None:
    assert without_tail(title) == title


@pytest.mark.parametrize(
    "workload", ["Kassierer (m/w/d) Teilzeit", "Pflegefachfrau 80-100%", "Line Cook part-time"]
)
def test_working_time_is_no_tail_of_these(workload: str) -> None:
    # The labellers disagree on working time and workloads: what the reading did with them stays.
    assert without_tail(workload) == workload


def test_an_agencys_receipt_names_the_post_without_its_unnamed_client() -> None:
    read = extract(
        sender="Ricerca Lavoro <noreply@agenzia-esempio.it>",
        subject="Candidatura ricevuta",
        body="Gentile Paolo,\n\nti confermiamo di aver ricevuto la tua candidatura per la posizione di "
        "Carrellista per importante cliente del settore logistico.",
    )
    assert read.job_title == "Carrellista"
