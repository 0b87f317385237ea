"""A role an employer's mail writes with other linking words, its genders joined by "or", or its words in
another order ("Specialist, Payroll" and "Payroll Specialist") is one application's
(tracker/title_word_orders.py, via compatible_spellings.compatible_titles).

Readings are given (a stub extractor): each test says only what each mail was read as and who sent it.
"""

from __future__ import annotations

import pytest

from tests.builders import application_email
from tests.given_readings import mail, tracked_records
from tracker.compatible_spellings import compatible_titles
from tracker.models import EmailMessage, Extraction
from tracker.names import title_key


def groups(*mails: tuple[EmailMessage, Extraction]) -> list[set[str]]:
    return [emails for emails, _ in tracked_records(mails)]


@pytest.mark.parametrize(
    "one, other",
    [
        ("Conseillère ou conseiller en gestion de patrimoine", "Conseiller(ère) gestion de patrimoine"),
        ("Vendeur ou vendeuse en boulangerie", "Vendeuse boulangerie"),
        ("Specialist, Payroll - Benelux", "Payroll Specialist, Benelux & Nordics"),
        ("Manager, Sales Engineering", "Sales Engineering Manager"),
        ("Referent für Einkauf (m/w/d)", "Referentin Einkauf"),
        ("Analista de Compras", "Analista Compras y Aprovisionamiento"),
        ("Responsabile Magazzino", "Responsabile del Magazzino"),
        ("Técnico(a) de Manutenção", "Técnico Manutenção Industrial"),
        ("Adviseur Inkoop", "Adviseur voor Inkoop"),
    ],
)
def test_one_role_worded_two_ways_is_one_role(one, other):
    assert compatible_titles(title_key(one), title_key(other))
    assert compatible_titles(title_key(other), title_key(one))


@pytest.mark.parametrize(
    "one, other",
    [
        ("Sales Manager", "Manager, Sales Engineering"),
        ("Assistant to the Director", "Assistant Director"),
        ("Data Engineer", "Data Platform Engineer"),
        ("Analista de Compras", "Analista de Ventas"),
        ("Responsable de magasin", "Responsable de caisse"),
        ("Referent für Einkauf", "Referent für Vertrieb und Einkauf"),
        ("Data Engineer II", "Engineer, Data III"),
        ("Data Engineer", "Engineer, Data"),
    ],
)
def test_two_roles_stay_two(one, other):
    assert not compatible_titles(title_key(one), title_key(other))


@pytest.mark.parametrize(
    "employer, receipt_sender, posted, person, written, status",
    [
        (
            "Maison Quérillac",
            "Maison Quérillac <querillac@myworkday.example>",
            "Conseillère ou conseiller en gestion de patrimoine",
            "Aurélie Vantroux <a.vantroux@querillac.example>",
            "Conseiller(ère) gestion de patrimoine",
            "interview",
        ),
        (
            "Thornvale Freight",
            "Thornvale Freight <thornvale@myworkday.example>",
            "Specialist, Payroll - Benelux",
            "Thornvale Careers <careers@thornvale.example>",
            "Payroll Specialist, Benelux & Nordics",
            "rejected",
        ),
        (
            "Kranichsfeld Werkzeuge GmbH",
            "Karriere <karriere@kranichsfeld.example>",
            "Referent für Einkauf (m/w/d)",
            "Henrike Stallbaum <h.stallbaum@kranichsfeld.example>",
            "Referentin Einkauf",
            "interview",
        ),
        (
            "Distribuciones Olivenza",
            "Empleo <empleo@olivenza.example>",
            "Analista de Compras",
            "Nuria Casamitjana <ncasamitjana@olivenza.example>",
            "Analista Compras y Aprovisionamiento",
            "interview",
        ),
        (
            "Metalúrgica Serrazul",
            "Vagas <vagas@serrazul.example>",
            "Técnico(a) de Manutenção",
            "Rosália Brandimarte <r.brandimarte@serrazul.example>",
            "Técnico Manutenção Industrial",
            "interview",
        ),
    ],
)
def test_a_step_wording_the_role_otherwise_joins_its_receipt(
    employer, receipt_sender, posted, person, written, status
):
    assert groups(
        (mail("m1", 0, receipt_sender, posted), application_email("applied", employer, posted)),
        (mail("m2", 12, person, written), application_email(status, employer, written)),
    ) == [{"m1", "m2"}]


def test_two_open_roles_at_one_employer_keep_their_steps():
    """Each step joins the role it words otherwise, not the other role open at that employer."""
    employer, sender = "Quillmoor Systems", "Quillmoor Systems <quillmoor@myworkday.example>"
    assert groups(
        (mail("a1", 0, sender, "Sales Manager"), application_email("applied", employer, "Sales Manager")),
        (
            mail("b1", 1, sender, "Manager, Sales Engineering"),
            application_email("applied", employer, "Manager, Sales Engineering"),
        ),
        (
            mail("b2", 9, sender, "Sales Engineering Manager"),
            application_email("interview", employer, "Sales Engineering Manager"),
        ),
    ) == [{"a1"}, {"b1", "b2"}]
