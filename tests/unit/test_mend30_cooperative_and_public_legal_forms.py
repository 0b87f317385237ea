"""The legal forms of Venezuela's companies ("C.A."), Belgium's international non-profits and
cooperatives ("AISBL", "SCRL", "SCRL/CVBA"), Bavaria's municipal enterprises ("gKU", "KU") and Italy's
cooperatives and consortia ("S.c.a.r.l.", "S.c.r.l.", "S.C.p.A.") are no part of the employer's key: one
mail signs with the form, another writes the name alone, and both are one employer. Invented names."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.names import company_key, same_company


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
