"""Spanish mail from Spain and Latin America: a board relays the employer's news in its own sentences ("La
empresa X ha visto tu candidatura a la oferta:", "X revisó tu postulación a la vacante T en <town>", "X te ha
invitado a una entrevista", "Te postulaste a T" over "X · <town>"), its status lines ("Proceso finalizado - No
seleccionado", "Vacante pausada") are decisions; a person's offer names the post the reader would join as;
a post's languages are part of its name; an ETT's and a cooperative's legal tails key away."""

from tests.extraction_support import extract
from tracker.models import Kind, Status
from tracker.names import company_key, same_company


def test_a_board_says_the_employer_saw_the_application_and_lays_the_post_out_below() -> None:
    result = extract(
        "Hola Marta,\n\nLa empresa Quesería Valle del Tiétar ha visto tu candidatura a la oferta:\n\n"
        "Ayudante de quesería - Candeleda\nCandeleda (Ávila)\n\nTe avisaremos si hay novedades.\n",
        subject="Tu candidatura ha sido vista",
        sender="InfoJobs <noreply@infojobs.net>",
    )
    assert result.kind is Kind.APPLICATION and result.status is Status.APPLIED
    assert result.company == "Quesería Valle del Tiétar"
    assert result.job_title == "Ayudante de quesería"


def test_the_employer_is_the_one_who_reviewed_never_the_town_after_en() -> None:
    result = extract(
        "Hola Óscar,\n\nLa empresa Refaccionaria El Pino revisó tu postulación a la vacante Almacenista en "
        "Culiacán, Sinaloa y decidió continuar con otros candidatos.\n",
        subject="Tu postulación fue revisada",
        sender="Computrabajo <notificaciones@computrabajo.com.mx>",
    )
    assert result.status is Status.REJECTED
    assert result.company == "Refaccionaria El Pino"
    assert result.job_title == "Almacenista"


def test_a_process_finished_without_the_reader_is_a_rejection_from_the_employer_who_updated_it() -> None:
    result = extract(
        "Hola Ana,\n\nViveros del Maule SpA actualizó el estado de tu proceso para la oferta "
        "Jefe/a de vivero (Talca)\n\nEstado: Proceso finalizado - No seleccionado\n",
        subject="Actualización de tu postulación",
        sender="Laborum <notificaciones@laborum.cl>",
    )
    assert result.kind is Kind.APPLICATION and result.status is Status.REJECTED
    assert same_company(result.company, "Viveros del Maule")
    assert result.job_title == "Jefe/a de vivero"


def test_a_paused_posting_is_withdrawn_and_names_its_post_and_employer() -> None:
    result = extract(
        "Hola Eva,\n\nLa oferta Auxiliar de enfermería de Residencia Los Olmos S.L. ha sido pausada por la "
        "empresa.\n\nEstado: Vacante pausada\n",
        subject="Vacante pausada",
        sender="InfoJobs <noreply@infojobs.net>",
    )
    assert result.kind is Kind.APPLICATION and result.status is Status.WITHDRAWN
    assert same_company(result.company, "Residencia Los Olmos")
    assert result.job_title == "Auxiliar de enfermería"


def test_a_boards_interview_invitation_with_buttons_is_an_interview_at_the_inviting_employer() -> None:
    result = extract(
        "Carpintería Hermanos Soto te ha invitado a una entrevista\n\nVacante: Carpintero/a ebanista\n"
        "Cuenca, Cuenca\n\nFecha propuesta: miércoles 12 de noviembre, 9:00\n\n"
        "[Aceptar] [Proponer otra hora]\n",
        subject="Una empresa te ha invitado a una entrevista",
        sender="Computrabajo <notificaciones@computrabajo.com>",
    )
    assert result.kind is Kind.APPLICATION and result.status is Status.INTERVIEW
    assert result.company == "Carpintería Hermanos Soto"
    assert result.job_title == "Carpintero/a ebanista"


def test_applied_to_then_the_employer_and_its_town_on_the_next_line() -> None:
    result = extract(
        "¡Hola Julián!\n\nTe postulaste a Soldador de estructuras\nMetalúrgica Paraná S.R.L. · Santa Fe, "
        "Santa Fe\n\nTe avisaremos cuando la empresa revise tu CV.\n",
        subject="Te postulaste a Soldador de estructuras",
        sender="Zonajobs <no-reply@zonajobs.com.ar>",
    )
    assert same_company(result.company, "Metalúrgica Paraná")
    assert result.job_title == "Soldador de estructuras"


def test_a_hand_written_offer_names_the_post_the_reader_joins_as_whatever_the_quoted_mail_says() -> None:
    result = extract(
        "Hola Irene,\n\nNos encantaría que te incorporaras como Jefa de sala en Asador Río Duero. Te adjunto "
        "la propuesta.\n\nUn saludo,\nGonzalo Prieto\nAsador Río Duero S.L.\n\n"
        "El 2 nov 2025, a las 12:10, Irene Sanz <irene.sanz@gmail.com> escribió:\n"
        "> Lamentablemente no puedo el lunes, ¿podemos mover la entrevista?\n",
        subject="Re: Jefa de sala",
        sender="Gonzalo Prieto <gprieto@asadorrioduero.es>",
    )
    assert result.status is Status.OFFER
    assert result.job_title == "Jefa de sala"


def test_an_inclusive_form_names_a_persons_role() -> None:
    result = extract(
        "Hola Pau,\n\nHemos revisado tu candidatura para Fontanero/a y nos gustaría conocerte el jueves.\n\n"
        "Saludos,\nTeresa Gil\nInstalaciones Turia",
        subject="Tu candidatura",
        sender="Teresa Gil <tgil@instalacionesturia.es>",
    )
    assert result.job_title == "Fontanero/a"


def test_the_posts_languages_are_part_of_its_name() -> None:
    result = extract(
        "Hola Nora,\n\nGracias por participar. Hemos decidido seguir con otra persona para "
        "Recepcionista de hotel con inglés e italiano.\n\nSaludos,\nRaquel Díaz\nEventos Alhambra S.L.",
        subject="Re: Puesto de Recepcionista de hotel",
        sender="Raquel Díaz <rdiaz@eventosalhambra.es>",
    )
    assert result.status is Status.REJECTED
    assert result.job_title == "Recepcionista de hotel con inglés e italiano"


def test_an_ett_and_a_cooperative_key_as_their_names() -> None:
    assert company_key("Empleo Mediterráneo ETT") == company_key("Empleo Mediterráneo")
    assert company_key("Bodega Sierra de Gata S. Coop.") == company_key("Bodega Sierra de Gata")
    assert company_key("Olivareros de Baena S. Coop. And.") == company_key("Olivareros de Baena")


def test_a_cooperative_named_in_a_sentence_keeps_its_name_whole_before_the_next_sentence() -> None:
    result = extract(
        "Hola Lola,\n\nGracias por tu candidatura para Mecánico/a agrícola en Cereales del Pisuerga S. Coop. "
        "La revisaremos esta semana.\n\nAlicia Ramos\nSelección",
        subject="Tu candidatura",
        sender="Alicia Ramos <aramos@cerealespisuerga.es>",
    )
    assert same_company(result.company, "Cereales del Pisuerga")
