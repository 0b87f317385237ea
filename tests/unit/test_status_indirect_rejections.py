"""Rejections in Spanish, Portuguese, German, Dutch and French mail worded indirectly (invented mail):
another chosen after the choice's preposition or a verb of leaning, a profile set against what is sought,
the application not taken into account or given no follow-up, a process closed without the reader, a team
complete, the decision after praise ("Sin embargo, ...", "Auch wenn ..."); and the reader's thanks for an
interview, which stays their own mail.
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


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
                "candidata con más experiencia en el sector.",
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
                "apostar por otra candidatura.",
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
                "Gracias por tu interés. Te informamos de que no hemos podido tener en cuenta tu "
                "candidatura en este proceso.",
                "Mercados Mirasierra",
            ),
            id="es_no_tener_en_cuenta",
        ),
        pytest.param(
            _mail(
                "Selección <seleccion@logistur.es>",
                "Resultado de tu candidatura",
                "Hola Clara,",
                "Aunque tu perfil es muy interesante, no se ajusta del todo a los requisitos que buscamos "
                "en este momento.",
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
                "sua candidatura para a função de Técnico de Manutenção.",
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
        pytest.param(
            _mail(
                "Equipo de Talento <hola@flora-tiendas.es>",
                "Sobre tu candidatura en Flora",
                "¡Hola Marta!",
                "Nos ha encantado tu energía. Sin embargo, para este puesto necesitamos a alguien con un "
                "perfil más técnico, así que no vamos a continuar con tu candidatura.",
                "Flora",
            ),
            id="es_sin_embargo_after_praise",
        ),
        pytest.param(
            _mail(
                "Talent <talent@solara-energia.es>",
                "Solara Energía - Tu candidatura",
                "Hola Javier,",
                "De momento, el proceso seguirá adelante sin tu candidatura, ya que buscamos experiencia en "
                "alta tensión.",
                "Solara Energía",
            ),
            id="es_seguira_sin_tu_candidatura",
        ),
        pytest.param(
            _mail(
                "Selección <seleccion@transportesmeseta.es>",
                "Candidatura Conductor C+E",
                "Hola Manuel,",
                "Gracias por tu interés. En este momento no buscamos perfiles como el tuyo, pero "
                "guardaremos tu currículum.",
                "Transportes Meseta",
            ),
            id="es_no_buscamos_perfiles_como_el_tuyo",
        ),
        pytest.param(
            _mail(
                "Equipo de Selección <seleccion@bodegasalcor.es>",
                "Tu candidatura",
                "Estimada Ana:",
                "Tras analizar su candidatura, hemos llegado a la conclusión de que otros candidatos se "
                "adaptan mejor a los requisitos del puesto.",
                "Bodegas Alcor",
            ),
            id="es_otros_candidatos_se_adaptan_mejor",
        ),
        pytest.param(
            _mail(
                "Recruiting <recruiting@bergmolkerei.at>",
                "Ihre Bewerbung als Qualitätsmanagerin",
                "Sehr geehrte Frau Gruber,",
                "herzlichen Dank für das nette Gespräch. Auch wenn uns Ihr Profil sehr gut gefallen hat, "
                "haben wir uns letztlich anders entschieden.",
                "Freundliche Grüße\nBergmolkerei",
            ),
            id="de_anders_entschieden_after_praise",
        ),
        pytest.param(
            _mail(
                "Team HR <hr@grachtenfonds.nl>",
                "Je sollicitatie als Data Analist",
                "Beste Mila,",
                "Dank voor de fijne gesprekken. Uiteindelijk hebben we een kandidaat gevonden die net iets "
                "beter aansluit bij het team.",
                "Grachtenfonds",
            ),
            id="nl_kandidaat_gevonden_die_beter_aansluit",
        ),
        pytest.param(
            _mail(
                "HR <hr@vanleeuwen-koeriers.nl>",
                "Sollicitatie chauffeur",
                "Beste Mark,",
                "Bedankt voor je sollicitatie. Jammer genoeg hebben we al iemand aangenomen.",
                "Van Leeuwen Koeriers",
            ),
            id="nl_al_iemand_aangenomen",
        ),
        pytest.param(
            _mail(
                "RH <rh@construtoraaroeira.com.br>",
                "Processo seletivo - Engenheiro de Obras",
                "Olá Felipe,",
                "Passando para te dar um retorno: a vaga de Engenheiro de Obras já foi fechada com outro "
                "profissional.",
                "Construtora Aroeira",
            ),
            id="pt_vaga_fechada_com_outro_profissional",
        ),
        pytest.param(
            _mail(
                "RH <rh@hotelmarinha.pt>",
                "A sua candidatura",
                "Cara Marta,",
                "Após uma análise cuidadosa, concluímos que o seu perfil não se ajusta ao que procuramos "
                "neste momento.",
                "Hotel Marinha",
            ),
            id="pt_perfil_nao_se_ajusta",
        ),
        pytest.param(
            _mail(
                "Recrutamento <rh@cerrado-sementes.com.br>",
                "Sua candidatura",
                "Olá Paulo,",
                "Embora seu perfil seja muito interessante, decidimos seguir com candidatos que possuem "
                "mais experiência em agronegócio.",
                "Cerrado Sementes",
            ),
            id="pt_embora_then_candidatos_que_possuem_mais",
        ),
        pytest.param(
            _mail(
                "Reclutamiento <reclutamiento@bancoplata.com.ar>",
                "Búsqueda Analista de Crédito",
                "Hola Sofía,",
                "Te escribimos para contarte que la búsqueda de Analista de Crédito ya fue cerrada. Te "
                "agradecemos por tu interés.",
                "Banco Plata",
            ),
            id="es_la_busqueda_ya_fue_cerrada",
        ),
        pytest.param(
            _mail(
                "HR <hr@drukkerij-schelde.be>",
                "Uw kandidatuur",
                "Beste,",
                "Spijtig genoeg moeten wij u meedelen dat wij een andere kandidaat hebben weerhouden.",
                "Drukkerij Schelde",
            ),
            id="nl_flemish_andere_kandidaat_weerhouden",
        ),
    ],
)
def test_a_decision_worded_indirectly_is_the_readers_rejection(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.REJECTED), result


def test_no_follow_up_to_the_readers_candidature_stays_a_rejection():
    result = extract(
        sender="Recrutement <recrutement@maison-vasseur.fr>",
        subject="Votre candidature",
        body="Bonjour,\n\nNous avons décidé de ne pas donner suite à votre candidature pour ce poste.\n\n"
        "Maison Vasseur",
    )
    assert result.status is Status.REJECTED


def test_the_readers_thanks_for_an_interview_stays_their_own_mail():
    result = extract(
        sender="Bruna Lopes <bruna.lopes@gmail.com>",
        subject="Re: Vaga de Analista Contábil",
        body="Olá Ricardo,\n\nObrigada pela entrevista de ontem. Fico à disposição para qualquer dúvida.\n\n"
        "Bruna",
    )
    assert result.kind is Kind.OTHER


# A verdict in a sentence of its own, framed as each language's ATS frames it: greeting, verdict, sign-off.
_FRAMES = {
    "es": ("Selección <seleccion@almacenes-tormes.es>", "Tu candidatura", "Hola Laura,", "Almacenes Tormes"),
    "pt": ("Recrutamento <vagas@grupo-jatoba.com.br>", "Sua candidatura", "Olá Ana,", "Grupo Jatobá"),
    "de": (
        "Karriere <karriere@wendt-metall.de>",
        "Ihre Bewerbung",
        "Sehr geehrte Frau Weber,",
        "Wendt Metall",
    ),
    "nl": ("Recruitment <werken@hofstede-groep.nl>", "Je sollicitatie", "Beste Sanne,", "Hofstede Groep"),
    "fr": (
        "Recrutement <recrutement@maison-aubert.fr>",
        "Votre candidature",
        "Bonjour Claire,",
        "Maison Aubert",
    ),
}


@pytest.mark.parametrize(
    ("language", "verdict"),
    [
        ("es", "Le informamos que su candidatura para el puesto de Analista ha sido rechazada."),
        ("es", "Te informamos de que el resultado de tu proceso no ha sido favorable."),
        ("es", "Damos por finalizada tu participación en el proceso."),
        ("es", "En esta ocasión tu perfil no ha resultado finalista."),
        ("es", "Aunque tu experiencia es muy interesante, hemos priorizado perfiles con más experiencia."),
        ("es", "Hemos encontrado un perfil que se ajusta más a lo que buscamos."),
        ("pt", "Sua candidatura foi recusada."),
        ("pt", "O resultado da sua avaliação não foi favorável."),
        ("pt", "Encerramos sua participação neste processo seletivo."),
        ("pt", "Optamos por candidatos com maior experiência na área."),
        ("de", "Ihre Bewerbung wurde leider abgelehnt."),
        ("de", "Wir haben uns für Bewerber entschieden, die mehr Erfahrung im Vertrieb mitbringen."),
        ("nl", "Je sollicitatie is helaas afgewezen."),
        ("nl", "Je profiel sluit niet goed genoeg aan op de functie-eisen."),
        ("nl", "Wij hebben de vacature inmiddels kunnen invullen."),
        ("fr", "Nous avons pourvu le poste."),
    ],
)
def test_an_ats_verdict_in_a_sentence_of_its_own_is_a_rejection(language, verdict):
    sender, subject, greeting, signature = _FRAMES[language]
    result = extract(sender=sender, subject=subject, body=f"{greeting}\n\n{verdict}\n\n{signature}")
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.REJECTED), result


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Falls Ihre Bewerbung abgelehnt wird, informieren wir Sie per E-Mail."),
        ("es", "Tu candidatura no ha sido rechazada: sigue en proceso."),
    ],
)
def test_a_verdict_hedged_or_negated_is_no_rejection(language, sentence):
    sender, subject, greeting, signature = _FRAMES[language]
    result = extract(sender=sender, subject=subject, body=f"{greeting}\n\n{sentence}\n\n{signature}")
    assert result.status is not Status.REJECTED, result


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Empleo <empleo@tiendas-olmo.es>",
                "Candidatura recibida",
                "Hola Ana,",
                "Hemos recibido tu candidatura. Si en un plazo de 30 días no has recibido noticias, "
                "entiende que hemos optado por otros perfiles.",
                "Tiendas Olmo",
            ),
            id="es_silence_read_as_others_chosen",
        ),
        pytest.param(
            _mail(
                "Recrutamento <rh@sertao-agro.com.br>",
                "Candidatura recebida",
                "Olá Paulo,",
                "Recebemos sua candidatura. Se não recebeu resposta em 30 dias, considere que optamos por "
                "outros candidatos.",
                "Sertão Agro",
            ),
            id="pt_silence_read_as_others_chosen",
        ),
    ],
)
def test_a_receipt_that_reads_silence_as_a_no_is_the_readers_application_applied(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.APPLIED), result


def test_an_interim_notice_that_no_decision_is_taken_yet_is_no_rejection():
    result = extract(
        sender="Werving <werving@kade-groep.nl>",
        subject="Stand van zaken sollicitatie",
        body="Beste Romy,\n\nDe selectie duurt iets langer dan gepland. We hebben nog geen besluit genomen "
        "en laten je volgende week meer weten.\n\nKade Groep",
    )
    assert result.status is not Status.REJECTED, result
