"""Where Spanish and Latin American boards and ATS put the employer and the post (invented mail): a receipt's
"T en X" after "postulación / postular al cargo", the town after "T de X en <town>", the bar-separated
"Vacante: T | X | <town>" line, "Tu CV fue visto por X para el aviso T"; Chile's HR suites (Talana, Buk)
as platforms, never the employer; hiring teams of several words opening a display name ("Atracción de
Talento X", "Gestión Humana X", "Personas X"); and names joined by "de la" / "de los".
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.extraction import platforms
from tracker.extraction.employer_sender import display_employer
from tracker.extraction.name_reading import read_name
from tracker.extraction.team_words import is_team
from tracker.models import Status


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"),
    [
        application_row(
            "an HR suite's receipt names the post then the employer after en",
            Status.APPLIED,
            "Forestal Los Coigües",
            "Encargado de Bodega",
            sender="Talana <no-reply@talana.com>",
            subject="Gracias por postular",
            body="Hola Rocío,\n\nGracias por postular al cargo Encargado de Bodega en Forestal Los Coigües. "
            "Revisaremos tus antecedentes.\n\nTalana",
        ),
        application_row(
            "the title's own en stays in the title: the employer is after the last en",
            Status.APPLIED,
            "Metalúrgica Pehuén SpA",
            "Técnico en Refrigeración",
            sender="Buk <notificaciones@buk.cl>",
            subject="Postulación recibida",
            body="Hola Bruno,\n\nTu postulación al cargo Técnico en Refrigeración en Metalúrgica Pehuén "
            "SpA fue "
            "recibida con éxito.\n\nBuk",
        ),
        application_row(
            "a town after the employer: the employer is the name after the title's de",
            Status.APPLIED,
            "Cooperativa Arrocera del Tolima",
            "Auxiliar de Calidad",
            sender="elempleo.com <postulaciones@elempleo.com>",
            subject="Postulación exitosa",
            body="Hola Sara,\n\nTe postulaste con éxito a la oferta Auxiliar de Calidad de Cooperativa "
            "Arrocera "
            "del Tolima en Ibagué.\n\nelempleo.com",
        ),
        application_row(
            "a board's line of the post's parts between bars",
            Status.APPLIED,
            "Empacadora Sonorense",
            "Supervisor de Embarques",
            sender="OCC Mundial <postulaciones@occ.com.mx>",
            subject="Postulación registrada",
            body="Hola Iván,\n\nTu postulación fue registrada.\n\nVacante: Supervisor de Embarques | "
            "Empacadora "
            "Sonorense | Hermosillo, Son.\n\nOCC Mundial",
        ),
        application_row(
            "the papers seen by the employer for the posting",
            Status.APPLIED,
            "Molinos del Paraná",
            "Analista de Costos Ssr.",
            sender="Bumeran <avisos@bumeran.com.ar>",
            subject="Tu CV fue visto",
            body="Hola Lara,\n\nTu CV fue visto por Molinos del Paraná para el aviso Analista de Costos "
            "Ssr.\n\n"
            "Bumeran",
        ),
        application_row(
            "a talent team of several words opening the display name",
            Status.ASSESSMENT,
            "Cervecera Austral del Sur",
            sender="Atracción de Talento Cervecera Austral del Sur <talento@cerveceraaustral.cl>",
            subject="Siguiente etapa",
            body="Hola Pía,\n\nComo siguiente etapa del proceso para Analista de Ventas te pedimos "
            "completar una "
            "evaluación psicométrica en línea.\n\nSaludos",
        ),
    ],
)
def test_a_spanish_board_or_ats_mail_reads_its_employer_and_post(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_an_agency_names_its_client_joined_by_de_la():
    result = extract(
        sender="Selección Litoral ETT <ofertas@litoralett.es>",
        subject="Tu inscripción - Mozo/a de almacén",
        body="Hola Ana,\n\nHemos visto tu inscripción en la oferta Mozo/a de almacén para nuestro cliente "
        "Frutas de la Vega. ¿Podrías venir el lunes a las 9:00 a nuestra oficina?\n\nSelección Litoral ETT",
    )
    assert_reads_application(result, Status.INTERVIEW, "Frutas de la Vega", "Mozo/a de almacén")


@pytest.mark.parametrize("domain", ["talana.com", "buk.cl", "buk.pe"])
def test_chiles_hr_suites_are_platforms(domain):
    assert platforms.is_platform_name(platforms.ATS_DOMAINS[domain])


@pytest.mark.parametrize(
    ("display", "employer"),
    [
        ("Atracción de Talento Banco Quillota", "Banco Quillota"),
        ("Equipo de Talento Software Yunque", "Software Yunque"),
        ("Gestión Humana Clínica Sabanera", "Clínica Sabanera"),
        ("Talento Humano Energía Llanera", "Energía Llanera"),
        ("Personas Viña Los Quillayes", "Viña Los Quillayes"),
        ("Fundación Personas Mayores", "Fundación Personas Mayores"),
    ],
)
def test_a_hiring_team_opening_a_display_name_is_no_part_of_the_employer(display, employer):
    assert display_employer(display) == employer


@pytest.mark.parametrize(
    "team", ["Gerencia de Personas", "Gestión del Talento Humano", "Área de Reclutamiento"]
)
def test_a_spanish_hiring_team_alone_names_no_employer(team):
    assert is_team(team)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Frutas de la Vega. ¿Podrías venir?", "Frutas de la Vega"),
        ("Viveros de los Andes ha revisado", "Viveros de los Andes"),
        ("Acme de la semana", "Acme"),
    ],
)
def test_a_name_goes_on_over_an_article_before_a_capital(text, name):
    assert read_name(text, 0) == name


def test_a_person_writing_from_a_personal_address_names_the_firm_they_write_from():
    result = extract(
        sender="Camila Rojas <camila.rojas.rrhh@gmail.com>",
        subject="Entrevista Asistente de Bodega",
        body="Hola Tomás, te escribo de Comercial Río Claro por tu postulación a Asistente de Bodega. ¿Te "
        "acomoda el martes a las 15:00 por videollamada?\n\nCamila Rojas",
    )
    assert_reads_application(result, Status.INTERVIEW, "Comercial Río Claro", "Asistente de Bodega")
