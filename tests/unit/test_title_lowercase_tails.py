"""A capitalised post's last dash segment written in lowercase is the step, news, season or terms the writer
adds after the post, in every language read: the title ends before it (title_lowercase_tails.py)."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract_as_read
from tracker.extraction.title_lowercase_tails import without_lowercase_tail


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        pytest.param(
            "recrutamento@conservas-altamira.pt",
            "Candidatura Técnico de Frio Industrial – entrevista presencial",
            "Olá Leandro,\n\nobrigado pela sua candidatura. Gostaríamos de o convidar para uma entrevista "
            "presencial na quarta-feira, 15 de abril, às 10h.\n\nCumprimentos,\nGraciete Altamira\n"
            "Conservas Altamira, Lda.",
            "Técnico de Frio Industrial",
            id="portuguese-step",
        ),
        pytest.param(
            "rh@domaine-ferrandiere.fr",
            "Candidature Sommelier Caviste - saison d'hiver",
            "Bonjour Maëlys,\n\nNous avons bien reçu votre candidature et vous remercions. Nous reviendrons "
            "vers vous d'ici deux semaines.\n\nCordialement,\nAdeline Roquebrune\nDomaine de la Ferrandière",
            "Sommelier Caviste",
            id="french-season",
        ),
        pytest.param(
            "talento@frigorificos-quintaval.es",
            "Postulación Jefe de Bodega Frigorífica - entrevista técnica",
            "Hola Baltasar,\n\nte invitamos a una entrevista técnica el martes 21 de abril a las 11:00.\n\n"
            "Saludos,\nRemedios Quintaval\nFrigoríficos Quintaval S.L.",
            "Jefe de Bodega Frigorífica",
            id="spanish-step",
        ),
        pytest.param(
            "selezione@officine-zanchettin.it",
            "Candidatura Manutentore Oleodinamico – stagione estiva",
            "Gentile Ettore,\n\nabbiamo ricevuto la sua candidatura.\n\nCordiali saluti,\nOrnella Zanchettin"
            "\n"
            "Officine Zanchettin S.r.l.",
            "Manutentore Oleodinamico",
            id="italian-season",
        ),
        pytest.param(
            "h.odunsi@glasswright-facades.co.uk",
            "Your application: Glazing Estimator - site visit",
            "Hi Tamsin,\n\nCould you join us for a site visit on Friday at 9am?\n\nBest,\nHenrietta Odunsi\n"
            "Glasswright Facades",
            "Glazing Estimator",
            id="english-step",
        ),
    ],
)
def test_lowercase_segment_after_the_post_is_no_part_of_its_title(sender, subject, body, title):
    assert extract_as_read(sender, subject, body).job_title == title


@pytest.mark.parametrize(
    "title",
    [
        # A field its own noun opens, a segment the gender mark closes, German's adjective before its noun.
        "Técnico Superior de Radiologia – área de Mamografia",
        "Chargé(e) de Paie – gestion des temps (h/f/x)",
        "Data Steward (m/w/d) - klinische Forschung",
        # A post written in lowercase from its first word: nothing tells its name from a tail.
        "operatore di magazzino - turno notte",
    ],
)
def test_what_the_post_keeps_after_its_dash_stays(title):
    assert without_lowercase_tail(title) == title
