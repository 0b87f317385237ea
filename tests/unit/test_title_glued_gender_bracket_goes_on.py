"""A post's other gender in a bracket glued to its word ("Jefe(a)", "Infirmier(ère)", "Técnico(a)") is the
title's own: a board's or an ATS's sentence reads the title on past it, where a bracket after a space
("(Valparaíso)", "(REQ-4471)") still ends it; and a Spanish post named by its field after "en" keeps it
when its word is written with the bracket ("Técnico(a) en Radiología"). The other languages' sentences
(anchors.py) read a title's brackets whole already."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        pytest.param(
            "Escarlón Viñedos <no-reply@hire.lever.co>",
            "Escarlón Viñedos – recibimos tu postulación",
            "Hola Ismael,\n\nGracias por postular al cargo de Jefe(a) de Bodega Vitivinícola en Escarlón "
            "Viñedos.\n\nRevisaremos tu perfil y te contactaremos.\n\nEquipo de Personas\nEscarlón Viñedos",
            "Jefe(a) de Bodega Vitivinícola",
            id="spanish_ats_sentence",
        ),
        pytest.param(
            "Laborum <notificaciones@laborum.cl>",
            "Novedades de tu postulación",
            "¡Hola Bautista!\n\nPanificadora Los Alerces revisó tu postulación a la vacante Maestro(a) "
            "Panadero(a) Industrial\n\nSigue el estado de tus postulaciones desde tu cuenta.\n",
            "Maestro(a) Panadero(a) Industrial",
            id="chilean_board_relays_the_employer",
        ),
        pytest.param(
            "Servicios Hidráulicos Tulancingo <noreply@smartrecruiters.com>",
            "Gracias por su postulación",
            "Estimada Ximena:\n\nHemos recibido su postulación para el cargo Coordinador(a) Regional de "
            "Mantenimiento (REQ-5512) en Pachuca, Hidalgo.\n\nAtentamente,\nTalento Humano",
            "Coordinador(a) Regional de Mantenimiento",
            id="mexican_ats_with_code_after",
        ),
        pytest.param(
            "Gaspar Tolentes <seleccion@clinicaelrosedal.mx>",
            "Entrevista – Técnico(a) en Radiología",
            "Buen día, Renata.\n\nTe confirmo que continúas en el proceso de la vacante de Técnico(a) en "
            "Radiología Intervencionista en Clínica El Rosedal. Te esperamos el jueves a las 10:00 h.\n\n"
            "Saludos,\nGaspar Tolentes\nReclutamiento",
            "Técnico(a) en Radiología Intervencionista",
            id="post_named_by_its_field_after_en",
        ),
    ],
)
def test_glued_gender_bracket_does_not_end_the_title(sender, subject, body, title):
    assert extract(sender=sender, subject=subject, body=body).job_title == title
