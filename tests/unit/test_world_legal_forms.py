"""The legal forms of the rest of the world (Malaysia, Singapore, Japan, Indonesia, Estonia, Poland, Czechia,
Denmark, Hungary, the Balkans, the Gulf) are one employer with or without them, and close a name read from a
footer, as the forms of Europe and the Americas do.

The legal forms of the English-speaking world's charities, social enterprises and practices ("CLG",
"CIC", "PLLC") are no part of the employer's key.

The legal forms of Venezuela's companies ("C.A."), Belgium's international non-profits and
cooperatives ("AISBL", "SCRL", "SCRL/CVBA"), Bavaria's municipal enterprises ("gKU", "KU") and Italy's
cooperatives and consortia ("S.c.a.r.l.", "S.c.r.l.", "S.C.p.A."), social cooperatives and benefit companies
("Società Cooperativa Sociale", "S.r.l. Società Benefit") and Austria's non-profit cooperatives and companies
("Gemeinnützige Gen.m.b.H.", "gemeinnützige GmbH") are no part of the employer's key: one
mail signs with the form, another writes the name alone, and both are one employer. Invented names.
"""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.extraction.legal_forms import ALL_LEGAL_FORMS
from tracker.names import company_key, same_company


@pytest.mark.parametrize(
    "signed",
    [
        "Kelana Foods Sdn Bhd",
        "Kelana Foods Sdn. Bhd.",
        "Kelana Foods Berhad",
        "Kelana Foods Bhd",
        "Kelana Foods Pte. Ltd.",
        "Kelana Foods K.K.",
        "Kelana Foods OÜ",
        "Kelana Foods Sp. z o.o.",
        "Kelana Foods s.r.o.",
        "Kelana Foods ApS",
        "Kelana Foods Kft.",
        "Kelana Foods d.o.o.",
        "Kelana Foods FZ-LLC",
        "Kelana Foods W.L.L.",
    ],
)
def test_a_world_legal_form_keys_as_the_employer_without_it(signed):
    assert company_key(signed) == company_key("Kelana Foods")


def test_a_name_that_merely_ends_in_zoo_keeps_it():
    assert company_key("Harbourside Zoo") == "harbourside zoo"


def test_a_footer_closing_on_a_malaysian_form_names_the_employer():
    result = extract(
        sender="Careers <no-reply@hire-mail.net>",
        subject="Your application",
        body=(
            "Dear Aina,\n\nThank you for applying for the Account Assistant position. We will review your "
            "application and contact shortlisted candidates.\n\nRegards,\nTalent Acquisition\n"
            "Permata Logistik Sdn Bhd"
        ),
    )
    assert company_key(result.company) == company_key("Permata Logistik")


@pytest.mark.parametrize("form", ALL_LEGAL_FORMS)
def test_every_legal_form_the_reading_knows_keys_as_the_name_without_it(form):
    assert company_key(f"Kelana Foods {form}") == company_key(f"Kelana Foods, {form}") == "kelana foods"


@pytest.mark.parametrize(
    ("signed", "written"),
    [
        ("Glenmoy Family Resource Centre CLG", "Glenmoy Family Resource Centre"),
        ("Ardnacrusha Tooling DAC", "Ardnacrusha Tooling"),
        ("Larkhill Community Kitchen CIC", "Larkhill Community Kitchen"),
        ("Bothy Trust SCIO", "Bothy Trust"),
        ("Cedar Ridge Pediatrics, PLLC", "Cedar Ridge Pediatrics"),
        ("Loamwise, PBC", "Loamwise"),
        ("Boulangerie Tremblay Ltée", "Boulangerie Tremblay"),
    ],
)
def test_a_charitys_or_a_practices_legal_form_is_no_part_of_the_employer(signed, written):
    assert same_company(signed, written)


@pytest.mark.parametrize(
    ("signed", "written"),
    [
        ("Distribuidora Morichal, C.A.", "Distribuidora Morichal"),
        ("Seguros Altamira C.A.", "Seguros Altamira"),
        ("Consultores Guaraira S.C.", "Consultores Guaraira"),
        ("Réseau Européen des Jardins Partagés AISBL", "Réseau Européen des Jardins Partagés"),
        ("Ligue des Ateliers Solidaires ASBL", "Ligue des Ateliers Solidaires"),
        ("Coopérative Brasserie du Moulin SCRL", "Coopérative Brasserie du Moulin"),
        ("Energie Kempenland SCRL/CVBA", "Energie Kempenland"),
        ("Atelier Vandamme SPRLU", "Atelier Vandamme"),
        ("Kreisklinik Talheim gKU", "Kreisklinik Talheim"),
        ("Stadtwerke Oberaich KU", "Stadtwerke Oberaich"),
        ("Altenhilfe Lindenhof gGmbH", "Altenhilfe Lindenhof"),
        ("Cooperativa Sociale La Quercia Rossa S.c.a.r.l.", "Cooperativa Sociale La Quercia Rossa"),
        ("Consorzio Valle Scrivia S.c.a r.l.", "Consorzio Valle Scrivia"),
        ("Cantina Colle Aperto Scarl", "Cantina Colle Aperto"),
        ("Servizi Ambientali Tortona S.c.r.l.", "Servizi Ambientali Tortona"),
        ("Banca di Credito Cooperativo dei Laghi S.C.p.A.", "Banca di Credito Cooperativo dei Laghi"),
        ("Il Girasole Blu Società Cooperativa Sociale", "Il Girasole Blu"),
        ("Tipografia Valdernese Società Cooperativa", "Tipografia Valdernese"),
        ("Lumenvia S.r.l. Società Benefit", "Lumenvia"),
        ("Orto Vivo Società Benefit", "Orto Vivo"),
        ("Gailtaler Siedlungswerk Gemeinnützige Gen.m.b.H.", "Gailtaler Siedlungswerk"),
        ("Almtal Heimbau Gen.m.b.H.", "Almtal Heimbau"),
        ("Lebenshilfe Rauriswerk gemeinnützige GmbH", "Lebenshilfe Rauriswerk"),
    ],
)
def test_the_legal_form_is_no_part_of_the_employer(signed, written):
    assert same_company(signed, written)
    assert company_key(signed) == company_key(written)


def test_an_italian_cooperatives_form_closes_the_name_its_signature_writes():
    result = extract(
        sender="Ufficio Personale <selezione@ilmelograno.example>",
        subject="Esito colloquio",
        body=(
            "Gentile Marta,\n\nsiamo lieti di comunicarle che la sua candidatura per il ruolo di Educatrice "
            "professionale è stata accolta: le proponiamo l'assunzione dal 1 aprile.\n\nCordiali saluti,\n"
            "Ufficio Personale\nCooperativa Sociale La Quercia Rossa S.c.a.r.l.\nVia dei Mille 4, Novara"
        ),
    )
    assert result.company is not None
    assert company_key(result.company) == company_key("Cooperativa Sociale La Quercia Rossa")
