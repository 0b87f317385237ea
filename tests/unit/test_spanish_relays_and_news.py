"""More structures of fresh Spanish and Latin American mail (invented mail): a board's search that ended
("La búsqueda T de X finalizó"), a post whose "en" is its own in a board's receipt ("Técnico en X de Y"), a
team before its organisation on a signature's line ("Gestión Humana - X S.A.S."), the reader's papers for
a post ("tu perfil para T"), an interview's confirmation naming employer and post ("Tu entrevista con X
para T está confirmada"), the news before a subject's process ("Avances proceso T") and a selection
process closed for the reader.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.extraction.spanish_titles import without_posting_noun
from tracker.models import Status


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"),
    [
        application_row(
            "a board's search that ended names the employer after the title's last de",
            Status.REJECTED,
            "Agencia de Viajes Cóndor",
            "Asesor/a de Viajes",
            sender="Bumeran <notificaciones@bumeran.com.pe>",
            subject="Tu postulación fue finalizada",
            body="Hola Gisela,\n\nLa búsqueda Asesor/a de Viajes de Agencia de Viajes Cóndor finalizó y no "
            "fuiste seleccionada.\n\nSeguí postulándote en Bumeran.",
        ),
        application_row(
            "a receipt's post named by its field keeps its en",
            Status.APPLIED,
            "Frigorífico Ñuble",
            "Técnico en Refrigeración Industrial",
            sender="Trabajando.com <notificaciones@trabajando.cl>",
            subject="Postulación exitosa",
            body="Hola Tomás,\n\nTu postulación al cargo Técnico en Refrigeración Industrial de Frigorífico "
            "Ñuble fue recibida correctamente.\n\nTrabajando.com",
        ),
        application_row(
            # Shown without the form a team's line signs with (employer_signoffs).
            "a team then its organisation on a signature's line",
            Status.ASSESSMENT,
            "Confecciones Sabaneta",
            "Cortador/a Textil",
            sender="Recursos Humanos <rrhh@confeccionessabaneta.com.co>",
            subject="Citación prueba de conocimientos",
            body="Buenas tardes Diana,\n\nEn el marco del proceso de selección para el cargo de Cortador/a "
            "Textil, te citamos a una prueba de conocimientos el viernes a las 8:00 a.m.\n\nCordialmente,\n"
            "Gestión Humana - Confecciones Sabaneta S.A.S.",
        ),
        application_row(
            "the reader's profile for the post",
            Status.APPLIED,
            "Heladerías Polo Sur",
            "Heladero/a",
            sender="Equipo de Gente <gente@heladeriaspolosur.com.ar>",
            subject="¡Bienvenido al proceso!",
            body="Hola Lautaro,\n\nGracias por postularte para trabajar en Heladerías Polo Sur. Tu perfil "
            "para Heladero/a quedó registrado y lo vamos a revisar esta semana.\n\nEquipo de Gente",
        ),
        application_row(
            "an interview's confirmation names the employer and the post",
            Status.INTERVIEW,
            "Jugueterías Alameda",
            "Dependiente/a (h/m)",
            sender="Jobandtalent <hello@jobandtalent.com>",
            subject="Entrevista confirmada",
            body="Hola Marina,\n\nTu entrevista con Jugueterías Alameda para Dependiente/a (h/m) está "
            "confirmada para el lunes a las 12:00.",
        ),
        application_row(
            "the subject's news before the process names the post",
            Status.INTERVIEW,
            "Grupo Cementero del Pacífico",
            "Jefe/a de Planta",
            sender="Esteban Lira <elira@hays.com.mx>",
            subject="Avances proceso Jefe/a de Planta",
            body="Hola Iván,\n\nTe comparto que mi cliente, Grupo Cementero del Pacífico, revisó tu CV y "
            "quiere una entrevista contigo el martes a las 5 pm.\n\nEsteban Lira\nSenior Consultant | Hays",
        ),
        application_row(
            "a selection process closed for the reader is a rejection",
            Status.REJECTED,
            "Clínica Las Dunas",
            "Kinesiólogo/a",
            sender="Buk <notificaciones@buk.cl>",
            subject="Actualización de tu postulación",
            body="Hola Javiera,\n\nTe informamos que el proceso para el cargo Kinesiólogo/a en Clínica Las "
            "Dunas ha sido cerrado. Agradecemos tu interés.",
        ),
        application_row(
            "a board's headline over the posting's block, above its similar offers",
            Status.APPLIED,
            "Distribuidora Chimborazo S.A.",
            "Bodeguero/a",
            sender="Computrabajo <noreply@computrabajo.com.ec>",
            subject="Tu hoja de vida fue enviada",
            body="Hola Jaime,\n\n¡Postulación enviada!\n\nBodeguero/a\nDistribuidora Chimborazo S.A.\n"
            "Riobamba, Chimborazo\n\nOfertas similares\n\nAyudante de Bodega\nComercial Andes S.A.\nQuito",
        ),
        application_row(
            "a system's mailbox named by what it sends is no employer",
            Status.APPLIED,
            "Colchones Tehuelche",
            "Vendedor/a de Salón",
            sender="Notificaciones <no-reply@hiringroom.com>",
            subject="Colchones Tehuelche - Postulación recibida",
            body="Hola Bruno,\n\nRecibimos tu postulación para Vendedor/a de Salón. Nuestro equipo la "
            "revisará.\n\nSaludos,\nColchones Tehuelche",
        ),
        application_row(
            "an employer inviting to a questionnaire for a post named by its field",
            Status.ASSESSMENT,
            "Mitilicultores de Chiloé",
            "Técnico/a en Acuicultura",
            sender="Laborum <notificaciones@laborum.cl>",
            subject="Tienes una nueva etapa en tu postulación",
            body="Hola Paula,\n\nMitilicultores de Chiloé te invitó a responder un cuestionario en tu "
            "postulación a Técnico/a en Acuicultura.\n\nResponder cuestionario",
        ),
        application_row(
            "a board's receipt with the employer's line after a blank line",
            Status.APPLIED,
            "Fletes Riachuelo",
            "Chofer de reparto",
            sender="Bumeran <notificaciones@bumeran.com.ar>",
            subject="Te postulaste a Chofer de reparto",
            body="Te postulaste a Chofer de reparto\n\nFletes Riachuelo · Avellaneda, Buenos Aires\n\nVer "
            "estado de la postulación",
        ),
        application_row(
            "a firm named by its trade and its partners, whose trade holds a role's word",
            Status.APPLIED,
            "Estudio Contable Benítez & Asociados",
            "Analista Contable Jr.",
            sender="Bumeran <notificaciones@bumeran.com.ar>",
            subject="Novedades de tu postulación",
            body="Hola Rocío,\n\nEstudio Contable Benítez & Asociados vio tu CV en la búsqueda Analista "
            "Contable Jr.\n\nSeguí de cerca el estado de tu postulación.",
        ),
        application_row(
            "an agency's process run for its client",
            Status.INTERVIEW,
            "Frutas Vega Baja",
            "Jefe/a de Almacén",
            sender="Elisa Roca <eroca@seleccionlevante.es>",
            subject="Tu candidatura",
            body="Hola Jorge,\n\nTe escribo de Selección Levante Consultores. Tras revisar tu candidatura "
            "para la posición de Jefe/a de Almacén que gestionamos para Frutas Vega Baja, nos gustaría "
            "mantener una entrevista por videollamada el martes.\n\nElisa Roca\nConsultora | Selección "
            "Levante",
        ),
        application_row(
            "an employer that kept someone else, in everyday words",
            Status.REJECTED,
            "Carpintería Hermanos Lozano",
            sender="Julián Lozano <julian@carpinteriahermanoslozano.es>",
            subject="Re: Oficial de carpintería",
            body="Hola Rubén,\n\nGracias por pasarte el otro día. Al final nos hemos quedado con otro chaval "
            "que tenía más experiencia.\n\nJulián\nCarpintería Hermanos Lozano",
        ),
        application_row(
            "the reader shortlisted by an agency for its client's offer",
            Status.INTERVIEW,
            "Azulejos Onda Norte",
            "Operario/a de esmaltado (h/m)",
            sender="Eurofirms <noreply@eurofirms.es>",
            subject="Has sido preseleccionado/a",
            body="Hola Iker,\n\nHas sido preseleccionado/a para la oferta Operario/a de esmaltado (h/m) en "
            "nuestro cliente Azulejos Onda Norte. Te llamaremos para concertar una entrevista.",
        ),
        application_row(
            "the employer's chosen profile was another",
            Status.REJECTED,
            "Grupo Papelero Texcoco",
            sender="Recursos Humanos <rh@grupopapelerotexcoco.mx>",
            subject="Seguimiento a tu postulación para Auxiliar de Compras",
            body="Hola Sandra,\n\nTe agradecemos el interés en formar parte de Grupo Papelero Texcoco. En "
            "esta ocasión el perfil seleccionado fue otro.\n\nRecursos Humanos",
        ),
    ],
)
def test_spanish_news_and_relays_name_employer_and_post(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_the_news_before_a_subjects_process_is_no_part_of_the_post():
    assert without_posting_noun("Avances proceso Gerente de Compras") == "Gerente de Compras"
    assert without_posting_noun("Resultado del proceso Analista Contable") == "Analista Contable"
