"""Spanish mail from Spain and Latin America (invented mail): where it names the post and the employer.

ATS and employers write the title right after the post's noun without "de" ("a la vacante X", "la
posición X", "la búsqueda X", "al cargo X"); the contract and the hours trail it ("- Contrato
indefinido"); an agency names its client after the client's site ("en la planta de X"); Mexico's and
Peru's legal forms close a name ("S.A. de C.V.", "S.A.C."); a subject closing on the title is no employer.
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status
from tracker.names import company_key, same_company

MAIL = [
    row(
        "vacante_without_de",
        Status.APPLIED,
        "Cervecería Andina",
        "Coordinador/a de Logística Jr",
        sender="Cervecería Andina <cerveceriaandina@myworkday.com>",
        subject="Gracias por tu postulación",
        body="Hola Pedro:\n\nGracias por postularte a la vacante Coordinador/a de Logística Jr en Cervecería "
        "Andina. Nuestro equipo revisará tu perfil.\n\nSaludos,\nAtracción de Talento\nCervecería Andina",
    ),
    row(
        "busqueda_argentina",
        Status.APPLIED,
        "Lácteos del Sur",
        "Analista de Costos Ssr",
        sender="Lácteos del Sur <notificaciones@hiringroom.com>",
        subject="Recibimos tu postulación",
        body="¡Hola Pedro!\n\nGracias por postularte a la búsqueda Analista de Costos Ssr. Vamos a "
        "revisar tu CV y te contactaremos.\n\nEquipo de Talento de Lácteos del Sur",
    ),
    row(
        "posicion_with_hours_and_code",
        Status.REJECTED,
        "Naviera Cantábrica",
        "Oficial/a de Puente",
        sender="Naviera Cantábrica <navieracantabrica@myworkday.com>",
        subject="Novedades sobre tu candidatura",
        body="Hola Pedro,\n\nGracias por tu interés en la posición Oficial/a de Puente (REQ-3391) de Naviera "
        "Cantábrica. Lamentamos informarte de que hemos seleccionado a otros candidatos cuyo perfil se "
        "ajusta mejor.\n\nTalento\nNaviera Cantábrica",
    ),
    row(
        "contract_tag_trails_the_title",
        Status.APPLIED,
        "Grupo Alborada",
        "Cocinero/a",
        sender="Grupo Alborada <empleo@grupoalborada.es>",
        subject="Tu candidatura: Cocinero/a - Contrato indefinido",
        body="Hola Pedro,\n\nHemos recibido tu candidatura. Te diremos algo pronto.\n\n"
        "Un saludo,\nGrupo Alborada",
    ),
    row(
        "cargo_already_filled",
        Status.REJECTED,
        "Clínica San Rafael",
        None,
        sender="Clínica San Rafael <seleccion@clinicasanrafael.com.co>",
        subject="Resultado proceso de selección",
        body="Estimado Pedro:\n\nLe informamos que el cargo de Auxiliar de Farmacia ya fue cubierto.\n\n"
        "Cordialmente,\nGestión Humana\nClínica San Rafael",
    ),
    row(
        "public_list_excludes_the_application",
        Status.REJECTED,
        "Diputación de Soria",
        None,
        sender="Diputación de Soria <personal@dipsoria.es>",
        subject="Lista definitiva de admitidos y excluidos",
        body="Estimado Sr. Ruiz:\n\nLe comunicamos que su solicitud para la bolsa de Conductor/a ha sido "
        "excluida por presentarse fuera de plazo.\n\nServicio de Personal\nDiputación de Soria",
    ),
    row(
        "technical_challenge_is_an_assessment",
        Status.ASSESSMENT,
        "Finlatam SpA",
        "Ingeniero/a de Datos",
        sender="Rocío Paredes <rocio.paredes@finlatam.cl>",
        subject="Siguiente paso: desafío técnico",
        body="Hola Pedro,\n\nPara seguir con el proceso para Ingeniero/a de Datos te enviamos un desafío "
        "técnico que puedes resolver en 48 horas.\n\nSaludos,\nRocío Paredes\nFinlatam SpA",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), MAIL)
def test_spanish_mail_reads_its_employer_and_post(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_an_agency_names_its_client_after_the_clients_plant():
    # The name is read as far as "S.A." (shown "Aceros Laguna, S.A."): the key is the employer's.
    result = extract(
        sender="Reclutamiento Laboral <reclutamiento@manpower.com.mx>",
        subject="Entrevista - Soldador/a",
        body="Hola Pedro,\n\nTu perfil fue preseleccionado para la vacante de Soldador/a en la planta de "
        "Aceros Laguna, S.A. de C.V. en Celaya. Te esperamos el lunes a las 9:00 para una entrevista.\n\n"
        "Atentamente,\nReclutamiento",
    )
    assert result.status is Status.INTERVIEW
    assert same_company(result.company, "Aceros Laguna"), result.company
    assert result.job_title == "Soldador/a"


@pytest.mark.parametrize(
    ("written", "bare"),
    [
        ("Aceros del Bajío, S.A. de C.V.", "Aceros del Bajío"),
        ("Grupo Norteño S.A.B. de C.V.", "Grupo Norteño"),
        ("Servicios Hidalgo S. de R.L. de C.V.", "Servicios Hidalgo"),
        ("Inversiones Rímac S.A.C.", "Inversiones Rímac"),
        ("Minera Andes S.A.A.", "Minera Andes"),
        ("Asesores Quispe E.I.R.L.", "Asesores Quispe"),
        ("Bufete Lorente S.L.P.", "Bufete Lorente"),
    ],
)
def test_latin_american_legal_forms_key_as_the_name_alone(written, bare):
    assert company_key(written) == company_key(bare)


def test_a_name_ending_in_cv_alone_keeps_it():
    assert company_key("Diseño CV") == "diseno cv"


def test_a_vacancy_followed_by_a_clause_names_no_title():
    result = extract(
        sender="Hotel Brisa <rrhh@hotelbrisa.es>",
        subject="Tu candidatura",
        body="Hola Pedro,\n\nLa vacante que solicitaste ya está cubierta. Gracias por tu interés.\n\n"
        "Hotel Brisa",
    )
    assert result.job_title is None
