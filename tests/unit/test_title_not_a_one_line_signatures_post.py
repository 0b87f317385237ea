"""A signature written on one line, the writer's name, her own post and her employer between middle dots
("Ilse Brandhorst · Teamlead Backend · Velddraad"), is who signs: her post is never the title, whatever
the language. (A job board's card writes the post, the employer and the place so; never a person's name
first.)"""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Ilse Brandhorst <ilse@velddraad.nl>",
            "Gesprek volgende week?",
            "Hoi Jelmer,\n\nIk ben teamlead bij Velddraad en heb je cv van onze recruiter gekregen. Ik zou "
            "graag een gesprek met je plannen over je sollicitatie op onze Mobile Developer vacature. Past "
            "donderdag om 11.00 uur?\n\nGroet,\nIlse\n\n--\nIlse Brandhorst · Teamlead Backend · Velddraad\n"
            "velddraad.nl",
            "Mobile Developer",
        ),
        (
            "Wiebke Vossberg <h.vossberg@quarzfeld-optik.de>",
            "Ihre Bewerbung",
            "Hallo Herr Omerović,\n\nvielen Dank für Ihre Bewerbung. Ich würde Sie gerne zu einem ersten "
            "Gespräch einladen. Passt Ihnen Dienstag um 10 Uhr?\n\nViele Grüße\nHenrike Vossberg\n\n"
            "Wiebke Vossberg · Leiterin Entwicklung · Quarzfeld Optik",
            None,
        ),
        (
            "Tomás Arrieta <tarrieta@bodegas-ulzama.es>",
            "Entrevista",
            "Hola Irene:\n\nGracias por enviarnos tu candidatura. Nos gustaría hacerte una entrevista el "
            "jueves a las 12:00 en la bodega. ¿Te viene bien?\n\nUn saludo,\nTomás\n\n"
            "Tomás Arrieta • Director de Operaciones • Bodegas Ulzama",
            None,
        ),
        (
            "Ravi Castellane <ravi@plumtide.io>",
            "Quick call?",
            "Hi Mireille,\n\nThanks for your application. I lead the platform team here and would love to "
            "schedule an interview with you this week. Does Wednesday at 2pm work?\n\nCheers,\nRavi\n\n"
            "Ravi Castellane · Engineering Manager · Plumtide\nplumtide.io",
            None,
        ),
    ],
)
def test_the_writers_post_on_her_one_line_signature_is_no_title(
    sender: str, subject: str, body: str, title: str | None
) -> None:
    result = extract(sender=sender, subject=subject, body=body)
    assert result.job_title == title
