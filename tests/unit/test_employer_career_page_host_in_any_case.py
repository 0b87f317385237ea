"""A Gupy career page's host written in capitals names its employer as one in lowercase does: the link is
found whatever its case (tracker/extraction/career_page_tenants.py)."""

from __future__ import annotations

from tracker.extraction.career_page_tenants import career_page_tenant
from tracker.extraction.text import prepare
from tracker.models import EmailMessage


def _tenant(body: str) -> list[tuple[str, float, bool]]:
    email = EmailMessage(
        message_id="m1", sender="Gupy <no-reply@gupy.io>", subject="Sua candidatura", body=body
    )
    return career_page_tenant(prepare(email))


def test_a_host_in_capitals_reads_as_one_in_lowercase():
    lower = _tenant("Acompanhe em https://grupocaraiba.gupy.io/candidates")
    assert lower
    assert _tenant("Acompanhe em HTTPS://GrupoCaraiba.Gupy.io/candidates") == lower
