"""What a board's or an employer's line writes after the post it introduces: a town with its quarter of the
compass ("- Lima Norte") is where the post is worked, and a segment opening on the employer's name after the
post's gender mark ("F/H - Acme Services") is the employer's entity; neither is the title's."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_gender_marks import without_employer_after_mark
from tracker.extraction.title_place_tails import names_a_place_and_its_area


@pytest.mark.parametrize("tail", ["Sevilla Este", "Milano Sud", "Rotterdam Zuid", "Leeds North", "Lyon Est"])
def test_a_town_and_its_quarter_is_a_place(tail: str) -> None:
    assert names_a_place_and_its_area(tail)


@pytest.mark.parametrize("tail", ["Key Accounts North", "Customer Success", "Nord"])
def test_a_unit_or_a_quarter_alone_is_no_such_place(tail: str) -> None:
    assert not names_a_place_and_its_area(tail)


@pytest.mark.parametrize(
    ("title", "company", "cut"),
    [
        (
            "Chef de Projet Réseau F/H - Verrerie Boisjoly Industrie",
            "Verrerie Boisjoly",
            "Chef de Projet Réseau F/H",
        ),
        ("Lagerleiter (m/w/d) – Stadtwerke Quellbrunn", "Stadtwerke Quellbrunn", "Lagerleiter (m/w/d)"),
        ("Controller (m/w/d) - Treasury", "Stadtwerke Quellbrunn", "Controller (m/w/d) - Treasury"),
        ("Chef de Projet F/H - Lyon", None, "Chef de Projet F/H - Lyon"),
    ],
)
def test_the_employers_segment_after_the_gender_mark(title: str, company: str | None, cut: str) -> None:
    assert without_employer_after_mark(title, company) == cut


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Empleos Quebracho <avisos@quebracho.example.com.ar>",
            "Tu CV fue visto",
            "Hola Franco,\n\nLa empresa Molinos Tandilia vio tu CV para el aviso al que postulaste:\n\n"
            "Supervisor/a de Molienda - Sevilla Este\n\nSeguí tus postulaciones desde la app.",
            "Supervisor/a de Molienda",
        ),
        (
            "Verrerie Boisjoly <recrutement@boisjoly.example.fr>",
            "Retrait de votre candidature",
            "Bonjour Anaïs,\n\nNous confirmons le retrait de votre candidature pour l'offre suivante :\n\n"
            "Responsable Qualité Fournisseurs F/H - Verrerie Boisjoly Industrie - Référence 2291\n\n"
            "Bonne continuation,\nL'équipe RH Verrerie Boisjoly",
            "Responsable Qualité Fournisseurs F/H",
        ),
    ],
)
def test_the_introduced_post_without_its_tail(sender: str, subject: str, body: str, title: str) -> None:
    assert extract(body, subject, sender).job_title == title
