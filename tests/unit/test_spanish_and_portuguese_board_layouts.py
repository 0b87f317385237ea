"""A Spanish or Portuguese job board's block under its news: the title's line, the employer's, then the town
with the post's terms after it ("Sevilla · Contrato indefinido · Jornada completa"), or the town closing the
title's line and the employer told by its legal form ("Técnico/a de X - Sevilla / Y, S.L. / Inscrita el
..."); and the post named on the line after "ha leído tu CV para la oferta:". Invented mail."""

from __future__ import annotations

from tracker.extraction import RulesExtractor
from tracker.models import EmailMessage, Extraction
from tracker.names import company_key


def _read(subject: str, body: str) -> Extraction:
    return RulesExtractor().extract(
        EmailMessage(
            message_id="m1",
            sender="InfoJobs <noreply@infojobs.net>",
            subject=subject,
            body=body,
            received_at=None,
        )
    )


def test_the_employer_above_the_town_and_the_posts_terms():
    reading = _read(
        "Te has inscrito en la oferta Administrativo/a de Compras",
        "Hola Pilar,\n\nTu inscripción en la oferta se ha realizado correctamente.\n\nAdministrativo/a de "
        "Compras\nHierros Guadalquivir\nSevilla · Contrato indefinido · Jornada completa\n\nPuedes seguir el "
        "estado de tu candidatura desde la app.",
    )
    assert (reading.company, reading.job_title) == ("Hierros Guadalquivir", "Administrativo/a de Compras")


def test_the_employer_by_its_legal_form_under_a_title_closed_by_its_town():
    reading = _read(
        "Actualización de tu candidatura: CV leído",
        "Hola, Pilar:\n\nLa empresa ha leído tu CV.\n\nAdministrativo/a de Compras - Sevilla\nHierros "
        "Guadalquivir, S.L.\nInscrita el 03/02/2026\n\nTe avisaremos cuando haya novedades.",
    )
    assert reading.company is not None and company_key(reading.company) == company_key("Hierros Guadalquivir")
    assert reading.job_title == "Administrativo/a de Compras"


def test_the_post_on_the_line_after_the_cv_read_for_the_offer():
    reading = _read(
        "Hierros Guadalquivir ha leído tu CV",
        "Hola Pilar,\n\nLa empresa Hierros Guadalquivir, S.L. ha leído tu CV para la oferta:\n\n"
        "Administrativo/a de Compras\nSevilla · Jornada completa\n\nEstado de tu candidatura: CV leído\n\n"
        "Consejo: quien completa su perfil al 100% recibe un 30% más de respuestas.",
    )
    assert reading.job_title == "Administrativo/a de Compras"
