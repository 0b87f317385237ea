"""The posting's own news told after the post's name, by its participle: "l'annuncio di X pubblicato sul
nostro sito", "la oferta de X publicada en", "the X posted on our careers page", "X published on
LinkedIn" (invented mail): the title ends before it (word_lists.toml `title_clause_openers`), and a relative
clause's "che abbiamo pubblicato" names no post."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract_as_read


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        pytest.param(
            "o.brambillasca@talentiva-lavoro.example",
            "La tua candidatura",
            "Buongiorno Ludovica,\n\nho ricevuto la tua candidatura all'annuncio di Addetta Contabilità "
            "Fornitori pubblicato sul nostro portale e vorrei sentirti per una breve telefonata.\n\n"
            "A presto,\nOttavia Brambillasca\nTalentiva Lavoro",
            "Addetta Contabilità Fornitori",
            id="italian-posting-published",
        ),
        pytest.param(
            "seleccion@grupo-arrieta-vinos.example",
            "Tu candidatura",
            "Hola Iñaki:\n\nHemos recibido tu candidatura a la oferta de Responsable de Bodega publicada en "
            "nuestra web. Te llamaremos esta semana.\n\nUn saludo,\nGrupo Arrieta Vinos",
            "Responsable de Bodega",
            id="spanish-offer-published",
        ),
        pytest.param(
            "people@harrowgate-ceramics.example",
            "Your application",
            "Hi Ngozi,\n\nWe received your application for Kiln Operations Lead published on LinkedIn last "
            "week. We'd like to set up a short call.\n\nBest,\nHarrowgate Ceramics",
            "Kiln Operations Lead",
            id="english-post-published",
        ),
        pytest.param(
            "careers@pendlebury-glass.example",
            "Your application",
            "Hi Ngozi,\n\nThank you for applying to the Furnace Shift Supervisor posted on our careers page. "
            "We'd like to set up a short call.\n\nBest,\nPendlebury Glass",
            "Furnace Shift Supervisor",
            id="english-post-posted",
        ),
    ],
)
def test_the_postings_participle_ends_the_title(sender, subject, body, title):
    assert extract_as_read(sender, subject, body).job_title == title


def test_a_relative_clause_about_the_posting_names_no_post():
    read = extract_as_read(
        "g.pedercini@cantieri-selezione.example",
        "Colloquio – Capocantiere edile",
        "Buongiorno Eugenio,\n\nho ricevuto la sua candidatura all'annuncio che abbiamo pubblicato su un "
        "portale per la ricerca di un Capocantiere edile. Le andrebbe bene una telefonata giovedì?\n\n"
        "Cordiali saluti,\nGiuditta Pedercini\nCantieri Selezione",
    )
    assert read.job_title == "Capocantiere edile"
