"""Decisions and steps in Spanish, Portuguese, German, Dutch and French mail worded indirectly (invented
mail): another chosen after the choice's preposition or a verb of leaning, a profile set against what is
sought, the application not taken into account or given no follow-up, a process closed without the reader,
a team complete; a call or a visit set by hand; a post held with its title between; and the lookalikes
that stay a receipt (a silence read as a no, announced) or stay the reader's mail.
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status


def _mail(sender: str, subject: str, *paragraphs: str) -> dict[str, str]:
    return {"sender": sender, "subject": subject, "body": "\n\n".join(paragraphs)}


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "RRHH Cerámicas Olmedo <rrhh@ceramicasolmedo.es>",
                "Candidatura Responsable de Almacén",
                "Estimado Sr. Vidal:",
                "Le agradecemos su interés. Tras valorar todas las candidaturas, hemos optado por un perfil "
                "más ajustado a las necesidades actuales del puesto.",
                "Atentamente,\nRecursos Humanos",
            ),
            id="es_optado_por_un_perfil",
        ),
        pytest.param(
            _mail(
                "Mayte Luján <mtlujan@asesoriasolana.es>",
                "Re: Administrativo contable",
                "Hola Rubén,",
                "Gracias por venir el lunes a la entrevista. Finalmente nos hemos inclinado por una "
                "candidata "
                "con más experiencia en el sector.",
                "Mayte",
            ),
            id="es_inclinado_por_una_candidata_after_the_interview",
        ),
        pytest.param(
            _mail(
                "Selección Helvia <jobs@helvia.es>",
                "Helvia - Responsable de Marketing",
                "Hola Irene,",
                "Te agradecemos el tiempo dedicado al proceso. En esta ocasión, el comité ha decidido "
                "apostar "
                "por otra candidatura.",
                "Helvia",
            ),
            id="es_apostar_por_otra_candidatura",
        ),
        pytest.param(
            _mail(
                "Reclutamiento <reclutamiento@andesmineria.cl>",
                "Resultado proceso de selección",
                "Estimado Felipe:",
                "Agradecemos tu participación en el proceso para el cargo de Ingeniero de Mantención. Te "
                "comunicamos que en esta oportunidad hemos seleccionado a otro postulante.",
                "Andes Minería",
            ),
            id="es_otro_postulante",
        ),
        pytest.param(
            _mail(
                "Recursos Humanos <rrhh@fundacionalborada.org>",
                "Resolución proceso Educador/a Social",
                "Estimada Cristina:",
                "Le comunicamos que, una vez finalizada la fase de entrevistas, la persona seleccionada ha "
                "sido otra candidata.",
                "Fundación Alborada",
            ),
            id="es_la_persona_seleccionada_ha_sido_otra",
        ),
        pytest.param(
            _mail(
                "Equipo RRHH <rrhh@mercadosmirasierra.es>",
                "Candidatura Cajero/a",
                "Hola Daniela,",
                "Gracias por tu interés. Te informamos de que no hemos podido tener en cuenta tu candidatura "
                "en este proceso.",
                "Mercados Mirasierra",
            ),
            id="es_no_tener_en_cuenta",
        ),
        pytest.param(
            _mail(
                "Selección <seleccion@logistur.es>",
                "Resultado de tu candidatura",
                "Hola Clara,",
                "Aunque tu perfil es muy interesante, no se ajusta del todo a los requisitos que buscamos en "
                "este momento.",
                "Logistur",
            ),
            id="es_praise_then_no_se_ajusta",
        ),
        pytest.param(
            _mail(
                "Selección Hotel Brisa <seleccion@hotelbrisa.es>",
                "Recepcionista - Hotel Brisa",
                "Hola Lucía,",
                "Te comunicamos que hemos cerrado el proceso y hemos incorporado a otra persona al equipo.",
                "Hotel Brisa",
            ),
            id="es_incorporado_a_otra_persona",
        ),
        pytest.param(
            _mail(
                "Talento <talento@heladeriasluna.es>",
                "Gracias por tu interés",
                "Hola Lara,",
                "Ya hemos completado el equipo para esta temporada, pero guardaremos tu CV.",
                "Heladerías Luna",
            ),
            id="es_equipo_completado",
        ),
        pytest.param(
            _mail(
                "Talentos Lumiar <talentos@lumiar.pt>",
                "Candidatura - Técnico de Manutenção",
                "Caro João,",
                "Agradecemos a sua candidatura. Informamos que, neste momento, não daremos continuidade à "
                "sua "
                "candidatura para a função de Técnico de Manutenção.",
                "Lumiar",
            ),
            id="pt_nao_daremos_continuidade",
        ),
        pytest.param(
            _mail(
                "RH <rh@metalurgicaserrana.com.br>",
                "Processo seletivo - Soldador",
                "Prezado Marcos,",
                "Informamos que o processo foi encerrado e sua candidatura não avançou para as próximas "
                "fases.",
                "Metalúrgica Serrana",
            ),
            id="pt_processo_encerrado_sem_o_leitor",
        ),
        pytest.param(
            _mail(
                "Ricardo Alves <ricardo@alvescontabil.com.br>",
                "Re: Vaga de Analista Contábil",
                "Oi Bruna,",
                "Obrigado pela entrevista de ontem. Decidimos seguir com outra candidata que tem mais "
                "experiência com auditoria. Boa sorte!",
                "Ricardo",
            ),
            id="pt_thanks_for_the_interview_then_the_decision",
        ),
        pytest.param(
            _mail(
                "Marloes Visser <marloes@vissertekst.nl>",
                "Re: Stage communicatie",
                "Hoi Eva,",
                "Dank voor je leuke brief! We hebben de stageplek inmiddels aan iemand anders gegeven.",
                "Marloes",
            ),
            id="nl_stageplek_aan_iemand_anders",
        ),
    ],
)
def test_a_decision_worded_indirectly_is_the_readers_rejection(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.REJECTED), result


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Noelia Campos <noelia.campos@verdeluz.es>",
                "Verdeluz | Técnica de Marketing",
                "Hola Paula,",
                "¡Gracias por tu candidatura! Queremos dar el siguiente paso: una videollamada con la "
                "responsable del equipo. Te dejo aquí mi calendario para que elijas el hueco que mejor te "
                "venga.",
                "Noelia",
            ),
            id="es_next_step_a_video_call",
        ),
        pytest.param(
            _mail(
                "Marina Ortiz <marina.ortiz@bodegasolana.es>",
                "Bodega Solana - Sumiller",
                "Hola Raúl,",
                "Nos gustaría quedar contigo para charlar sobre la vacante de Sumiller. ¿Podrías el "
                "miércoles a "
                "las 17:00 en la bodega?",
                "Marina",
            ),
            id="es_quedar_contigo",
        ),
        pytest.param(
            _mail(
                "Beatriz Olmo <beatriz@olmoeventos.es>",
                "Coordinadora de eventos",
                "Hola Nerea,",
                "¿Tienes un rato esta semana para una llamada? Me gustaría contarte más sobre el puesto.",
                "Beatriz",
            ),
            id="es_un_rato_para_una_llamada",
        ),
        pytest.param(
            _mail(
                "Joaquín Beltrán <jbeltran@talleresbeltran.es>",
                "Mecánico",
                "Buenas Luis,",
                "Hemos visto tu currículum para el puesto de mecánico. Si te parece, vente mañana por el "
                "taller "
                "a las 9 y hablamos.",
                "Joaquín",
            ),
            id="es_si_te_parece_vente_manana",
        ),
        pytest.param(
            _mail(
                "RH Café Rossio <rh@caferossio.pt>",
                "Candidatura Barista",
                "Olá Sara,",
                "Recebemos o seu CV e gostaríamos de a conhecer. Consegue passar cá no sábado de manhã, por "
                "volta "
                "das 11h?",
                "Café Rossio",
            ),
            id="pt_gostariamos_de_a_conhecer",
        ),
        pytest.param(
            _mail(
                "Jeroen Bakker <jeroen.bakker@kanaalwerken.nl>",
                "Re: Sollicitatie Werkvoorbereider",
                "Hallo Thijs,",
                "Dank voor je cv. Ik zou graag een keer met je kennismaken. Schikt donderdagmiddag om 15:30 "
                "op "
                "ons kantoor in Zwolle?",
                "Jeroen",
            ),
            id="nl_kennismaken_donderdagmiddag",
        ),
        pytest.param(
            _mail(
                "Linda Mulder <linda@kantoormulder.nl>",
                "Sollicitatie assistent-accountant",
                "Beste Noor,",
                "Bedankt voor je sollicitatie. We willen je graag beter leren kennen. Wanneer zou je tijd "
                "hebben voor een kop koffie op kantoor?",
                "Linda",
            ),
            id="nl_leren_kennen_over_koffie",
        ),
        pytest.param(
            _mail(
                "Claire Dubois <claire.dubois@vergers-isere.fr>",
                "Votre candidature - Responsable qualité",
                "Bonjour Antoine,",
                "Votre parcours a retenu toute notre attention et nous souhaitons vous rencontrer. "
                "Seriez-vous "
                "disponible mardi prochain à 14h dans nos locaux ?",
                "Claire Dubois",
            ),
            id="fr_answering_the_readers_candidature_is_no_cold_contact",
        ),
    ],
)
def test_a_meeting_set_by_hand_is_an_interview(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.INTERVIEW), result


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Talento <talento@olivaresdelsur.es>",
                "Actualización sobre la vacante",
                "Hola Carmen,",
                "Hemos decidido posponer el proceso de selección para el puesto de Técnico Agrícola hasta el "
                "próximo año por motivos presupuestarios.",
                "Olivares del Sur",
            ),
            id="es_posponer_el_proceso",
        ),
        pytest.param(
            _mail(
                "Recursos Humanos <rrhh@tornilleriaebro.es>",
                "Proceso Jefe de Turno",
                "Hola Jesús,",
                "Por motivos internos, el proceso para Jefe de Turno está parado de momento. Te avisaremos "
                "si "
                "se retoma.",
                "Tornillería Ebro",
            ),
            id="es_proceso_parado",
        ),
        pytest.param(
            _mail(
                "Nerea Castillo <nerea@castilloweb.es>",
                "Re: Desarrollador WordPress",
                "Hola Óscar,",
                "El proyecto se ha cancelado, así que de momento no vamos a contratar a nadie. Siento las "
                "molestias.",
                "Nerea",
            ),
            id="es_no_vamos_a_contratar_a_nadie",
        ),
        pytest.param(
            _mail(
                "Julia Hahn <julia.hahn@gruenfeld-medien.de>",
                "Update zur Stelle Content Manager",
                "Hallo Tim,",
                "leider muss ich dir mitteilen, dass wir die Stelle als Content Manager aufgrund einer "
                "Umstrukturierung vorerst auf Eis legen.",
                "Viele Grüße\nJulia",
            ),
            id="de_title_between_the_post_and_its_hold",
        ),
        pytest.param(
            _mail(
                "Camille Roux <camille.roux@atelier-roux.fr>",
                "RE: Poste de graphiste",
                "Bonjour Inès,",
                "Je reviens vers vous : nous avons décidé de ne pas donner suite à ce recrutement pour le "
                "moment, faute de budget.",
                "Camille",
            ),
            id="fr_no_follow_up_to_the_hiring_itself",
        ),
    ],
)
def test_a_post_held_or_dropped_is_withdrawn(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.WITHDRAWN), result


def test_no_follow_up_to_the_readers_candidature_stays_a_rejection():
    result = extract(
        sender="Recrutement <recrutement@maison-vasseur.fr>",
        subject="Votre candidature",
        body="Bonjour,\n\nNous avons décidé de ne pas donner suite à votre candidature pour ce poste.\n\n"
        "Maison Vasseur",
    )
    assert result.status is Status.REJECTED


def test_a_silence_announced_as_a_no_in_dutch_is_still_a_receipt():
    result = extract(
        sender="Werken bij Rivierweide <vacatures@rivierweide.nl>",
        subject="Ontvangstbevestiging sollicitatie",
        body="Beste Sem,\n\nBedankt voor je sollicitatie als Logistiek Medewerker. Als je profiel aansluit, "
        "nemen we binnen twee weken contact met je op. Hoor je niets, dan ben je helaas niet geselecteerd."
        "\n\nRivierweide",
    )
    assert result.status is Status.APPLIED


def test_a_profiles_purpose_in_dutch_is_no_meeting():
    result = extract(
        sender="Werkhaven Recruitment <recruitment@werkhaven.nl>",
        subject="We hebben je sollicitatie ontvangen",
        body="Hoi Kim,\n\nBedankt voor je sollicitatie. Maak je profiel compleet, zodat onze recruiters je "
        "beter leren kennen.\n\nWerkhaven",
    )
    assert result.status is Status.APPLIED


def test_the_readers_thanks_for_an_interview_stays_their_own_mail():
    result = extract(
        sender="Bruna Lopes <bruna.lopes@gmail.com>",
        subject="Re: Vaga de Analista Contábil",
        body="Olá Ricardo,\n\nObrigada pela entrevista de ontem. Fico à disposição para qualquer dúvida.\n\n"
        "Bruna",
    )
    assert result.kind is Kind.OTHER
