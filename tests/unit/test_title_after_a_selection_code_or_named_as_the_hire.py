"""Two places a post's name stands, in every language read (invented mail).

A public body's selection named by its noun and code, then the post after a comma, a dash or in brackets:
"il concorso n. X – Istruttore", "le concours X, Rédactrice", "la convocatoria núm. X – Conserje"; the
code is no part of the name, a comma or a bracket listing terms ends it.

What the reader is offered, joins or applied as: "ein Angebot als X", "entrare a far parte di Acme come X",
"quedarte en el vivero como X", "applying as X" (no article: a capital opens the post's name).
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Servizio Personale <concorsi@comunedimontesorbo.example>",
            "Concorso n. 7/2026",
            "Gentile signora,\n\nle scriviamo in merito al concorso n. 7/2026 – Istruttore Amministrativo "
            "Contabile. Purtroppo la sua candidatura non è stata accolta.\n\nCordiali saluti\nServizio "
            "Personale\nComune di Montesorbo",
            "Istruttore Amministrativo Contabile",
        ),
        (
            "Servizio Personale <concorsi@comunedimontesorbo.example>",
            "Convocazione prova orale",
            "Gentile signora,\n\nè uscito il calendario della prova orale per l'avviso pubblico AV-22/2026 "
            "(Assistente Sociale, categoria D): è convocata il 14 aprile alle ore 9:30 presso la sala "
            "consiliare.\n\nServizio Personale\nComune di Montesorbo",
            "Assistente Sociale",
        ),
        (
            "Service du personnel <emplois@cc-valdorne.example>",
            "Votre dossier",
            "Madame,\n\nNous avons bien reçu votre dossier pour le concours CN-2026-09, Rédactrice "
            "territoriale, et vous en remercions.\n\nLe service du personnel\nCommunauté de communes du "
            "Val d'Orne",
            "Rédactrice territoriale",
        ),
        (
            "Recursos Humanos <rrhh@aytoalbares.example>",
            "Solicitud registrada",
            "Estimado señor:\n\nSu solicitud para la convocatoria núm. 45/2026 – Conserje de Instalaciones "
            "Deportivas ha quedado registrada.\n\nRecursos Humanos\nAyuntamiento de Albares",
            "Conserje de Instalaciones Deportivas",
        ),
    ],
)
def test_a_public_selections_post_after_its_code_is_the_title(sender, subject, body, title):
    result = extract(sender=sender, subject=subject, body=body)
    assert result.kind is Kind.APPLICATION, result
    assert result.job_title == title


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Jana Brill <j.brill@kornfeld-logistik.example>",
            "Angebot",
            "Sehr geehrter Herr Yilmaz,\n\nnach den guten Gesprächen unterbreiten wir Ihnen gern ein Angebot "
            "als Lagerlogistiker (m/w/d) ab dem 1. Mai.\n\nMit freundlichen Grüßen\nJana Brill\n"
            "Kornfeld Logistik GmbH",
            "Lagerlogistiker (m/w/d)",
        ),
        (
            "Ada Moriani <ada@cartotecnicamoriani.example>",
            "Proposta di lavoro",
            "Ciao Irene,\n\ndopo i due incontri vorremmo che tu potessi entrare a far parte di Cartotecnica "
            "Moriani come Grafica Junior, con inizio a maggio. Ti allego la lettera di offerta.\n\nAda",
            "Grafica Junior",
        ),
        (
            "Tomás Heredia <tomas@viveroslaloma.example>",
            "Oferta de trabajo",
            "Hola Nuria,\n\n¿te animas a quedarte en el vivero como Ayudante de Jardinería a partir del "
            "lunes? Te adjunto la oferta con el sueldo y el horario.\n\nUn abrazo,\nTomás\nViveros La Loma",
            "Ayudante de Jardinería",
        ),
        (
            "Quillhaven Freight <careers@quillhavenfreight.example>",
            "Quillhaven Freight: your application",
            "Hello Priya,\n\nMany thanks for applying as Logistics Coordinator. We have reviewed your "
            "profile and regret that we will not be taking it further.\n\nQuillhaven Freight",
            "Logistics Coordinator",
        ),
    ],
)
def test_what_the_reader_is_offered_joins_or_applied_as_is_the_title(sender, subject, body, title):
    result = extract(sender=sender, subject=subject, body=body)
    assert result.kind is Kind.APPLICATION, result
    assert result.job_title == title


def test_applying_as_soon_as_names_no_post():
    result = extract(
        sender="Quillhaven Freight <careers@quillhavenfreight.example>",
        subject="Quillhaven Freight: your application",
        body="Hello Priya,\n\nMany thanks for applying as soon as the Dock Supervisor role opened. We have "
        "reviewed your profile and regret that we will not be taking it further.\n\nQuillhaven Freight",
    )
    assert result.job_title == "Dock Supervisor"
