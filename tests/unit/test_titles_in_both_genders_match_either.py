"""A role a posting writes in both genders, and a later mail writes in one, is one application's
(tracker/title_forms.py, via compatible_spellings.compatible_titles).

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
    "posted, written",
    [
        ("Magasinier / Magasinière cariste", "Magasinier cariste (équipe de nuit)"),
        ("Lagerist / Lageristin Wareneingang", "Lageristin Wareneingang im Frühdienst"),
        ("Camarero/a de sala", "Camarera de sala"),
        ("Addetto/a alla logistica", "Addetta alla logistica"),
        ("Operador(a) de armazém", "Operadora de armazém"),
    ],
)
def test_a_role_in_both_genders_is_the_role_in_either(posted, written):
    assert compatible_titles(title_key(posted), title_key(written))


@pytest.mark.parametrize(
    "one, other",
    [
        ("Camarero/a de sala", "Cocinero/a"),
        ("Lagerist / Lageristin Wareneingang", "Lagerist / Lageristin Versand"),
        ("Addetto/a alla logistica", "Addetto/a alla contabilità"),
    ],
)
def test_two_roles_in_both_genders_stay_two(one, other):
    assert not compatible_titles(title_key(one), title_key(other))


@pytest.mark.parametrize(
    "employer, receipt_sender, posted, person, written",
    [
        (
            "Entrepôts Vaucanson-Rimbert",
            "Recrutement <recrutement@vaucanson-rimbert.example>",
            "Préparateur / Préparatrice de commandes",
            "Odette Fermaud <o.fermaud@vaucanson-rimbert.example>",
            "Préparatrice de commandes (poste de jour)",
        ),
        (
            "Hotel Pradoluengo",
            "Empleo <empleo@hotelpradoluengo.example>",
            "Recepcionista nocturno/a",
            "Iñaki Ezcurdia <iezcurdia@hotelpradoluengo.example>",
            "Recepcionista nocturna",
        ),
        (
            "Torrefazione Brambilla Guarnacci",
            "Lavora con noi <lavoraconnoi@brambillaguarnacci.example>",
            "Magazziniere/a addetto/a al confezionamento",
            "Orsolina Pizzigoni <o.pizzigoni@brambillaguarnacci.example>",
            "Magazziniera addetta al confezionamento",
        ),
        (
            "Wendelsteiner Kesselbau GmbH",
            "Karriere <karriere@wendelsteiner-kesselbau.example>",
            "Disponent / Disponentin Innendienst",
            "Ruprecht Almeroth <r.almeroth@wendelsteiner-kesselbau.example>",
            "Disponentin Innendienst (Teilzeit möglich)",
        ),
    ],
)
def test_a_step_naming_the_role_in_one_gender_joins_the_receipt_naming_both(
    employer, receipt_sender, posted, person, written
):
    assert groups(
        (mail("m1", 0, receipt_sender, posted), application_email("applied", employer, posted)),
        (mail("m2", 8, person, written), application_email("interview", employer, written)),
    ) == [{"m1", "m2"}]
