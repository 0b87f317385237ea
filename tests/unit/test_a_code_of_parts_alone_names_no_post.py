"""A labelled line holding only a posting's code of parts ("Competition Reference: OKM-FAC-2026-114",
"Stelle: HWK-LOG-2026-077") names no post: its first letters are the organisation's, never a title, and the
post is read from the line or sentence that names it. Invented mail, five writers in four languages."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Recruitment <noreply@jobs.oakmere.ie>",
            "Acknowledgement of application",
            "Dear Ms Quillane,\n\nCompetition Reference: OKM-FAC-2026-114\nPost: Estates Officer\n\n"
            "Your application for this competition has reached us and will be assessed.\n\n"
            "Yours sincerely,\n\nHuman Resources\nOakmere Institute of Technology\n",
            "Estates Officer",
        ),
        (
            "Talent <careers@brisvane.com.au>",
            "Application received",
            "Hi Jo,\n\nRequisition: BRV-OPS-2026-0419\nPosition: Fleet Coordinator\n\n"
            "Thanks for applying. We have received your application.\n\nBrisvane Logistics\n",
            "Fleet Coordinator",
        ),
        (
            "Personal <bewerbung@hollenwerk.de>",
            "Eingangsbestätigung Ihrer Bewerbung",
            "Sehr geehrte Frau Quill,\n\nvielen Dank für Ihre Bewerbung.\n\nStelle: HWK-LOG-2026-077\n"
            "Stellenbezeichnung: Disponentin\n\nMit freundlichen Grüßen\nHollenwerk GmbH\n",
            "Disponentin",
        ),
        (
            "RH <recrutement@vaulmont.fr>",
            "Accusé de réception de votre candidature",
            "Bonjour,\n\nNous avons bien reçu votre candidature.\n\nOffre : VLM-RH-2026-031\n"
            "Intitulé du poste : Chargée de paie\n\nCordialement,\nVaulmont SAS\n",
            "Chargée de paie",
        ),
        (
            "Selección <empleo@corvadia.es>",
            "Hemos recibido tu candidatura",
            "Hola Ana,\n\nHemos recibido tu candidatura.\n\nVacante: CRV-ADM-2026-044\n"
            "Puesto: Técnica de nóminas\n\nUn saludo,\nCorvadia Alimentación\n",
            "Técnica de nóminas",
        ),
    ],
)
def test_a_code_of_parts_alone_is_no_title(sender: str, subject: str, body: str, title: str) -> None:
    assert extract(body, subject, sender).job_title == title
