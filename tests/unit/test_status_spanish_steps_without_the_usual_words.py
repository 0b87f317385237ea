"""Spanish and Latin American steps worded without the usual words (invented mail): a process told as
concluded, a post filled ("ocupada"), a board's posting closed by the employer; the reader's own step out
acknowledged; an offer's papers sent without "te" and a welcome "como nueva X"; a call the writer sets ("te
llamaremos ... para platicar"), a meeting proposed ("que nos veamos el viernes"); a public selection's
written exercise; and an agency relaying a process the reader is in ("tu inscripción en la oferta", "como
te comenté") read as the application it is, not as a cold contact.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"),
    [
        application_row(
            "the selection process told as concluded",
            Status.REJECTED,
            "Pesquera Bahía Chica",
            sender="Buk <notificaciones@buk.cl>",
            subject="Tu proceso en Pesquera Bahía Chica",
            body="Hola Tomás,\n\nTe contamos que el proceso de selección para el cargo Jefe de Turno en "
            "Pesquera "
            "Bahía Chica ha concluido. Agradecemos tu participación.\n\nBuk",
        ),
        application_row(
            "a post filled by someone else",
            Status.REJECTED,
            "Textiles Tehuacán",
            "Jefa de Corte",
            sender="Selección Textiles Tehuacán <seleccion@textilestehuacan.mx>",
            subject="Tu proceso con nosotros",
            body="Buenas tardes,\n\nGracias por su tiempo en el proceso para Jefa de Corte. Le "
            "informamos que la "
            "posición fue ocupada por otra persona.\n\nTextiles Tehuacán",
        ),
        application_row(
            "the reader's decision to step out acknowledged",
            Status.WITHDRAWN,
            "Energía del Magdalena",
            sender="Talento Humano Energía del Magdalena <talento@energiamagdalena.co>",
            subject="Re: Retiro de mi postulación",
            body="Hola Camilo,\n\nLamentamos tu decisión de retirarte del proceso para Ingeniero de Redes. "
            "Hemos cerrado tu postulación.\n\nEnergía del Magdalena",
        ),
        application_row(
            "the reader no longer wishes to go on",
            Status.WITHDRAWN,
            "Herrajes Navarros",
            sender="Selección Herrajes Navarros <seleccion@herrajesnavarros.es>",
            subject="Proceso de selección Tornero/a",
            body="Hola Iker:\n\nNos has comunicado que no deseas continuar en nuestro proceso para "
            "Tornero/a. "
            "Damos de baja tu candidatura.\n\nHerrajes Navarros",
        ),
        application_row(
            "the offer's papers attached without te",
            Status.OFFER,
            "Viña Cerro Pangal",
            sender="Personas Viña Cerro Pangal <personas@cerropangal.cl>",
            subject="Propuesta económica - Enólogo",
            body="Estimado Martín:\n\nTras las conversaciones sostenidas, adjuntamos la propuesta "
            "económica para "
            "el cargo de Enólogo. Quedamos atentos a tu respuesta.\n\nViña Cerro Pangal",
        ),
        application_row(
            "a call the writer sets, to talk about the post",
            Status.INTERVIEW,
            "Refacciones Lerma",
            sender="Reclutamiento Refacciones Lerma <reclutamiento@refaccioneslerma.mx>",
            subject="Seguimiento vacante Almacenista",
            body="Buen día Raúl,\n\nTe llamaremos mañana a las 11:00 a tu celular para platicar sobre la "
            "vacante "
            "de Almacenista.\n\nReclutamiento\nRefacciones Lerma",
        ),
        application_row(
            "a public selection's first exercise",
            Status.ASSESSMENT,
            "Ayuntamiento de Valdeolmos del Río",
            sender="Personal Ayuntamiento de Valdeolmos del Río <personal@valdeolmosdelrio.es>",
            subject="Convocatoria Auxiliar de Biblioteca - Lista provisional",
            body="Estimado/a aspirante:\n\nHa sido admitido/a en la convocatoria para Auxiliar de "
            "Biblioteca. El "
            "primer ejercicio (examen tipo test) tendrá lugar el 20 de enero.\n\nAyuntamiento de "
            "Valdeolmos del "
            "Río",
        ),
    ],
)
def test_a_spanish_step_worded_without_the_usual_words_reads_as_its_status(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_a_board_posting_closed_by_the_employer_is_a_rejection():
    result = extract(
        sender="Laborum <postulaciones@laborum.cl>",
        subject="El aviso al que postulaste fue finalizado",
        body="Hola Ana,\n\nEl aviso Vendedora de Tienda al que postulaste fue finalizado por la empresa. Te "
        "invitamos a postular a otros avisos.\n\nLaborum",
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.REJECTED


def test_an_agency_setting_a_step_in_the_process_the_reader_is_in_is_an_application():
    result = extract(
        sender="Paula Gómez <paula@talentopampa.com.ar>",
        subject="Ejercicio - Analista de Datos",
        body="Hola Joaquín! Como te comenté por teléfono, te paso el ejercicio práctico para la búsqueda de "
        "Analista de Datos de nuestro cliente Granos del Litoral. Tenés 4 días para enviarlo.\n\nPaula "
        "Gómez\n"
        "Talento Pampa",
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.ASSESSMENT


def test_a_welcome_as_the_new_hire_names_the_post():
    result = extract(
        sender="Talento Alimentos del Bajío <talento@alimentosbajio.mx>",
        subject="¡Te damos la bienvenida!",
        body="Hola Ximena,\n\n¡Te damos la bienvenida a Alimentos del Bajío como nueva Analista de "
        "Compras! Tu "
        "fecha de ingreso será el lunes 7.\n\nTalento",
    )
    assert result.status is Status.OFFER
    assert result.job_title == "Analista de Compras"


def test_a_boards_alert_of_jobs_matching_the_search_is_an_alert():
    result = extract(
        sender="Indeed <donotreply@indeed.com>",
        subject="Empleos de Panadero cerca de Zaragoza",
        body="Nuevos empleos que coinciden con tu búsqueda:\nPanadero/a - Horno San Pablo - Zaragoza\n"
        "Ayudante de obrador - Pastelería Ebro - Zaragoza\n\nIndeed",
    )
    assert result.kind is Kind.JOB_ALERT


def test_an_invitation_to_come_for_a_group_exercise_is_an_interview():
    result = extract(
        sender="Selección Hoteles Bahía Azul <seleccion@bahiaazul.com.mx>",
        subject="Tu postulación - Botones",
        body="Hola Iván,\n\nGracias por tu postulación a Botones. Nos gustaría que vinieras el sábado a las "
        "10 am a nuestras oficinas para una dinámica grupal.\n\nHoteles Bahía Azul",
    )
    assert result.status is Status.INTERVIEW


def test_the_employer_dropping_the_hire_itself_is_a_withdrawal():
    result = extract(
        sender="Selección Droguerías del Valle <seleccion@drogueriasvalle.co>",
        subject="Actualización proceso Auxiliar de Bodega",
        body="Hola Sara,\n\nLa vacante de Auxiliar de Bodega fue cerrada porque la compañía decidió no "
        "continuar con la contratación. Gracias por tu interés.\n\nDroguerías del Valle",
    )
    assert result.status is Status.WITHDRAWN


def test_a_subject_only_verdict_after_the_post_is_no_part_of_the_title():
    result = extract(
        sender="Talento Humano Seguros del Llano <talento@segurosllano.co>",
        subject="Vacante Analista de Cartera - No continúa en el proceso",
    )
    assert result.kind is Kind.APPLICATION
    assert result.job_title == "Analista de Cartera"
