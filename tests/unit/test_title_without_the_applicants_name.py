"""An employer answering under the subject the applicant wrote keeps the applicant's name after the post
("Bewerbung als X – <their name>"): the name the mail greets is the applicant's, never the post's, in
every language. A last segment naming nobody the mail greets stays."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Ordination Dr. Wassertheurer <ordination@wassertheurer.at>",
            "AW: Bewerbung als Zahntechnikerin – Ilka Vormbaum",
            "Liebe Frau Vormbaum,\n\nvielen Dank für Ihre Unterlagen. Wir würden Sie gerne am Mittwoch, "
            "6. Mai, um 9 Uhr zu einem Gespräch in die Ordination einladen.\n\nGrüße\nPavla Zangerl",
            "Zahntechnikerin",
        ),
        (
            "Laboratorios Ocotal <rrhh@laboratorios-ocotal.mx>",
            "RE: Candidatura Técnico de Laboratorio - Anselma Brizuela",
            "Hola Anselma,\n\nGracias por tu interés. Nos gustaría invitarte a una entrevista el jueves 14 a "
            "las 10:00 en nuestra planta.\n\nSaludos,\nRigoberto Paz\nRecursos Humanos",
            "Técnico de Laboratorio",
        ),
        (
            "Brasserie Le Caudron <contact@lecaudron.fr>",
            "Re: Candidature Chef·fe de partie – Sidonie Marzocchi",
            "Bonjour Sidonie,\n\nMerci pour votre candidature. Pourriez-vous passer en cuisine mardi à 15h "
            "pour un entretien et un essai ?\n\nBien à vous,\nAurélien Castagnou",
            "Chef·fe de partie",
        ),
        (
            "Officina Grandolfi <info@officinagrandolfi.it>",
            "R: Candidatura Saldatore TIG - Ettore Lunardelli",
            "Gentile Sig. Lunardelli,\n\nla ringraziamo per la candidatura. Le proponiamo un colloquio in "
            "officina venerdì alle 11.\n\nCordiali saluti\nMarisa Grandolfi",
            "Saldatore TIG",
        ),
        (
            "Clínica Pitangueira <rh@clinicapitangueira.pt>",
            "Re: Candidatura Assistente Administrativa - Júlia Sardinha",
            "Olá Júlia,\n\nObrigada pela sua candidatura à vaga. Gostaríamos de a convidar para uma "
            "entrevista na próxima terça-feira às 14h30.\n\nCumprimentos,\nTeresa Bragança",
            "Assistente Administrativa",
        ),
    ],
)
def test_the_greeted_applicants_name_is_cut(sender: str, subject: str, body: str, title: str) -> None:
    assert extract(body, subject, sender).job_title == title


def test_a_segment_naming_nobody_greeted_stays() -> None:
    body = (
        "Hallo Frau Vormbaum,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie gerne zum Gespräch ein.\n\n"
        "Beste Grüße\nPersonalteam"
    )
    subject = "Bewerbung als Referent*in – Stabsstelle Digitales"
    title = extract(body, subject, "Kreis Ulmenau <personal@kreis-ulmenau.de>").job_title
    assert title is not None and title.endswith("Stabsstelle Digitales")
