"""Where fresh Spanish and Latin American mail puts the employer and the post by its structure, not its
wording (invented mail): the employer after the title's last "de" before a board's news, an employer's
process named before its post, the hiring team of the organisation named after it, "desde X" opening the
writer's sentence, a recruiter's own client ("mi cliente, X"), an agency's interview with its client, the
reader chosen for a post; a post whose "en" is its own ("Técnico/a en ..."), a subject's posting noun before
the post ("Proceso X - <town>"), a town followed by its region that is no employer, a posting closed
without hiring, the employer's "gracias por su tiempo" before news to the reader, and Spain's HR suites as
platforms.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.extraction import platforms
from tracker.extraction.spanish_titles import without_posting_noun
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"),
    [
        application_row(
            "a board's receipt: the employer after the title's last de, before the news",
            Status.APPLIED,
            "Panificadora Santa Lucía",
            "Ayudante de Panadería",
            sender="Computrabajo <noreply@computrabajo.com.co>",
            subject="Postulación enviada",
            body="Hola Andrea,\n\nTu postulación a la vacante Ayudante de Panadería - Turno mañana de "
            "Panificadora Santa Lucía fue enviada con éxito.\n\nComputrabajo",
        ),
        application_row(
            "a search that moved on: the employer after the title's last de",
            Status.INTERVIEW,
            "Vinos del Cuyo Reunidos",
            "Analista de Exportación Sr.",
            sender="Selección <noreply@hiringroom.com>",
            subject="Novedades de tu postulación",
            body="Hola Ramiro,\n\nTe contamos que la búsqueda Analista de Exportación Sr. de Vinos del Cuyo "
            "Reunidos avanzó y queremos conocerte en una entrevista el jueves a las 10 hs.",
        ),
        application_row(
            "the employer's process named before its post",
            Status.ASSESSMENT,
            "Lácteos Valle Fértil",
            "Jefe/a de Planta",
            sender="Evaluaciones <noreply@hiringroom.com>",
            subject="Completá tu evaluación",
            body="Hola Emilia,\n\nPara seguir en el proceso de Lácteos Valle Fértil para la posición Jefe/a "
            "de Planta, te pedimos completar un test de personalidad online.",
        ),
        application_row(
            "the hiring team of the organisation named after it",
            Status.INTERVIEW,
            "Talleres Gráficos Almenara",
            "Maquinista de Offset",
            sender="Lorena Peña <lorena.pena@tgalmenara.es>",
            subject="Tu candidatura",
            body="Hola Víctor,\n\nSoy Lorena, de Recursos Humanos en Talleres Gráficos Almenara. Hemos visto "
            "tu candidatura para Maquinista de Offset y nos gustaría hacerte una entrevista el martes a las "
            "9:30.\n\nUn saludo,\nLorena",
        ),
        application_row(
            "desde X opening the writer's sentence names the organisation they write for",
            Status.OFFER,
            "Carpintería Los Alerces",
            "Oficial/a de Carpintería",
            sender="Gabriela <gabriela@carpinterialosalerces.com.ar>",
            subject="Propuesta",
            body="Hola Mateo,\n\nDesde Carpintería Los Alerces queremos ofrecerte el puesto de Oficial/a de "
            "Carpintería. Te adjunto la propuesta.\n\nGabriela",
        ),
        application_row(
            "a recruiter's own client, named between commas",
            Status.INTERVIEW,
            "Hilanderías del Plata",
            sender="Verónica Aldao <valdao@michaelpage.com.ar>",
            subject="Jefe/a de Mantenimiento",
            body="Hola Luciano,\n\nGracias por tu postulación. Mi cliente, Hilanderías del Plata, quiere "
            "avanzar contigo a una entrevista la semana próxima.\n\nVerónica Aldao\nManager | Michael Page",
        ),
        application_row(
            "an agency's interview with its client for the post",
            Status.INTERVIEW,
            "Astilleros del Nervión",
            "Soldador/a TIG (h/m)",
            sender="Iker Zubiri <iker.zubiri@hays.es>",
            subject="Entrevista confirmada",
            body="Hola Aitor,\n\nTe confirmo la entrevista con Astilleros del Nervión para el puesto de "
            "Soldador/a TIG (h/m) el lunes a las 8:00.\n\nIker Zubiri\nHays",
        ),
        application_row(
            "the reader chosen for a post, then its employer after en",
            Status.INTERVIEW,
            "Conservas del Cantábrico Oriental",
            "Envasador/a (h/m)",
            sender="Randstad <noreply@randstad.es>",
            subject="Te hemos preseleccionado",
            body="Hola Amaia,\n\nTe hemos preseleccionado para Envasador/a (h/m) en Conservas del Cantábrico "
            "Oriental. Te llamaremos para una entrevista telefónica.\n\nRandstad",
        ),
        application_row(
            "a post named by its field after en keeps it",
            Status.REJECTED,
            "Residencias Monte Ulía",
            "Técnico/a en Atención Sociosanitaria (h/m)",
            sender="Residencias Monte Ulía <noreply@pandape.com>",
            subject="Actualización de tu candidatura",
            body="Hola Leire,\n\nTu candidatura para la oferta Técnico/a en Atención Sociosanitaria (h/m) no "
            "ha sido seleccionada en esta ocasión.\n\nGracias por tu interés en Residencias Monte Ulía.",
        ),
        application_row(
            "an HR suite no list knew relays the employer's move to the next phase",
            Status.INTERVIEW,
            "Cristalería Moncayo",
            "Técnico/a de Almacén (h/m)",
            sender="Sesame <noreply@sesamehr.com>",
            subject="Nueva fase en tu candidatura",
            body='Hola Jon,\n\nCristalería Moncayo ha movido tu candidatura a la fase "Entrevista" para la '
            "oferta Técnico/a de Almacén (h/m).",
        ),
        application_row(
            "a board's invitation naming the post without its noun",
            Status.INTERVIEW,
            "Vigilancia Serrana",
            "Vigilador/a",
            sender="Bumeran <notificaciones@bumeran.com.ar>",
            subject="Te invitaron a una entrevista",
            body="¡Hola Nahuel!\n\nLa empresa Vigilancia Serrana te invitó a una entrevista para Vigilador/a."
            "\n\nIngresá a Bumeran para ver el día.",
        ),
        application_row(
            "the employer's thanks for the interview before news to the reader",
            Status.ASSESSMENT,
            "Constructora Altomayo",
            "Ingeniero/a de Costos",
            sender="Milagros Vela <mvela@constructoraaltomayo.com.pe>",
            subject="Proceso Ingeniero/a de Costos - Tarapoto",
            body="Estimado Julio:\n\nGracias por su tiempo en la entrevista del lunes. Le comunicamos que "
            "pasa a la siguiente etapa: una prueba técnica presencial el jueves a las 9:00.\n\nAtentamente,\n"
            "Milagros Vela | Jefa de Selección | Constructora Altomayo",
        ),
    ],
)
def test_spanish_structure_names_employer_and_post(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_a_town_followed_by_its_region_is_no_employer():
    result = extract(
        sender="Computrabajo <noreply@computrabajo.com.pe>",
        subject="Tu postulación a Vendedor/a de Seguros fue enviada",
        body="Hola Luis,\n\nTu CV fue enviado a la empresa Empresa confidencial para la oferta Vendedor/a de "
        "Seguros en Chiclayo, Lambayeque.\n\nMucha suerte.",
    )
    assert (result.kind, result.company) == (Kind.APPLICATION, None)


def test_a_posting_closed_without_hiring_is_withdrawn():
    result = extract(
        sender="Selección <seleccion@frutasdelvalle.pe>",
        subject="Proceso cerrado: Supervisor/a de Packing",
        body="Estimado postulante,\n\nTe informamos que la búsqueda de Supervisor/a de Packing ha sido "
        "cerrada sin cubrir la posición. Agradecemos tu interés.",
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.WITHDRAWN)


def test_a_field_after_the_posts_last_de_stays_in_the_title():
    # "Responsable de Logística Inversa se ha enviado": the field is the post's, not an employer.
    result = extract(
        sender="InfoJobs <noreply@infojobs.net>",
        subject="Tu candidatura a Responsable de Logística Inversa se ha enviado a Grupo Tordera",
        body="Hola Núria,\n\nTu candidatura a la oferta Responsable de Logística Inversa se ha enviado "
        "correctamente a Grupo Tordera.",
    )
    assert (result.company, result.job_title) == ("Grupo Tordera", "Responsable de Logística Inversa")


@pytest.mark.parametrize(
    ("title", "post"),
    [
        ("Proceso Asistente de Compras", "Asistente de Compras"),
        ("Proceso de selección Analista de Riesgos", "Analista de Riesgos"),
        ("Vacante: Mesero/a", "Mesero/a"),
        ("Cargo Asistente de RR.HH.", "Asistente de RR.HH."),
        ("Cargo Cajero/a", "Cajero/a"),
        ("Cargo Agent", "Cargo Agent"),
        ("Cargo Handler", "Cargo Handler"),
        ("Process Engineer", "Process Engineer"),
    ],
)
def test_a_posting_noun_opening_a_spanish_title_is_no_part_of_it(title, post):
    assert without_posting_noun(title) == post


@pytest.mark.parametrize("domain", ["sesamehr.com", "pandape.com", "jobandtalent.com", "talentclue.com"])
def test_spains_hr_suites_are_platforms(domain):
    assert platforms.is_platform_name(platforms.ATS_DOMAINS[domain])


def test_a_partner_signing_for_an_agency_is_no_employer():
    result = extract(
        sender="Pilar Arango <parango@cimaconsultores.co>",
        subject="Entrevista Gerente de Planta",
        body="Hola Felipe,\n\nComo te comenté, presenté tu hoja de vida a nuestro cliente, una compañía del "
        "sector alimentos. Quieren entrevistarte el martes a las 4 p.m.\n\nPilar Arango\nSocia | Cima "
        "Consultores",
    )
    assert result.company == "Cima Consultores"
