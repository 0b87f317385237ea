"""A hiring department's post read as the employer names no employer, in the seven languages
(tracker/hr_posts.py, read by weak_employers.why_no_employer)."""

from __future__ import annotations

import pytest

from tracker.hr_posts import is_hr_post
from tracker.weak_employers import why_no_employer

WRITER = "Odile Vantongeren <o.vantongeren@example.org>"


@pytest.mark.parametrize(
    "post",
    [
        "P&O-medewerker",
        "HR adviseur",
        "Adviseur P&O",
        "Medewerkster Werving en Selectie",
        "Personalsachbearbeiterin",
        "HR-Referent",
        "Chargé de recrutement",
        "Gestionnaire RH",
        "Técnico de Recursos Humanos",
        "Addetto Selezione",
        "Analista de RH",
        "Senior Recruiter",
        "Recruiterin",
        "Recruteuse",
        "Reclutadora",
        "Leiterin Personal",
    ],
)
def test_a_hiring_departments_post_names_no_employer(post):
    assert is_hr_post(post)
    assert why_no_employer(post, WRITER) is not None


@pytest.mark.parametrize(
    "name",
    [
        "Vossenberg HR Adviseurs B.V.",
        "Adviesbureau P&O Zuidoost",
        "Personal Shopper Kleinert",
        "Responsable",
        "Recruiter Lounge Oostveld",
    ],
)
def test_a_name_holding_more_than_the_post_stays_a_name(name):
    assert not is_hr_post(name)


@pytest.mark.parametrize(
    "post",
    [
        "Secretaris sollicitatiecommissie",
        "Secretary to the Selection Committee",
        "Chair of the Interview Panel",
        "Sekretärin der Berufungskommission",
        "Secrétaire de la commission de recrutement",
        "Segretario della commissione esaminatrice",
        "Secretaria de la comisión de selección",
        "Presidente do júri do procedimento",
    ],
)
def test_a_selection_boards_officer_names_no_employer(post):
    # A public body's selection has a secretary or a chair; her post under her name is no organisation's.
    assert is_hr_post(post)
    assert why_no_employer(post, WRITER) is not None


@pytest.mark.parametrize(
    "name", ["Selection Committee Partners", "Jury Brouwerij Oosthaven", "Tribunal Voorlichting B.V."]
)
def test_a_name_holding_a_selection_boards_word_without_its_officer_stays_a_name(name):
    assert not is_hr_post(name)
