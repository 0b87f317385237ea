"""The reader's withdrawal told as their own noun ("comunicar a minha desistência", "mi renuncia al
proceso", "mon désistement", "la mia rinuncia", "my withdrawal from"), or from a public selection
("desistir do procedimento"), quoted under the employer's answer with no news of its own: the application
is withdrawn, in every language (invented mail)."""

import pytest

from tests.extraction_support import extract_as_read as extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Florbela Casqueiro <f.casqueiro@cm-aldeiaroxa.pt>",
                "RE: Procedimento concursal Ref.ª 9/2026",
                "Exma. Senhora,",
                "Acusamos a receção do seu email. O registo foi atualizado e o júri será informado.",
                "Com os melhores cumprimentos,\nFlorbela Casqueiro\nSecção de Pessoal",
                "> De: Quitéria Almodôvar <quiteria.almodovar@gmail.com>\n> Assunto: Procedimento concursal "
                "Ref.ª 9/2026\n>\n> Exmos. Senhores,\n> Venho comunicar a minha desistência do procedimento "
                "concursal para Assistente Técnico.\n> Quitéria Almodôvar",
            ),
            id="pt_a_minha_desistencia",
        ),
        pytest.param(
            _mail(
                "Itamar Cordovil <itamar.cordovil@saae-jatobalandia.sp.gov.br>",
                "Re: Concurso Público 02/2026 - Operador de ETA",
                "Prezado Valdemir,",
                "Recebemos sua mensagem e registramos a solicitação. Agradecemos a comunicação.",
                "Att.,\nItamar Cordovil\nSetor de Recursos Humanos",
                "Em 2 de mar. de 2026, Valdemir Assunção <valdemir.assuncao@hotmail.com> escreveu:\n> Boa "
                "tarde, informo que vou desistir do concurso para Operador de ETA.\n> Valdemir",
            ),
            id="br_desistir_do_concurso",
        ),
        pytest.param(
            _mail(
                "Eulalia Zubelzu <ezubelzu@bodegas-tamarizo.es>",
                "RE: Candidatura enólogo",
                "Hola Teófilo:",
                "Gracias por avisarnos. Mucha suerte en la nueva etapa.",
                "Un saludo,\nEulalia",
                "El 3 mar 2026, a las 19:10, Teófilo Villaplana <tvillaplana@gmail.com> escribió:\n> Buenas "
                "tardes, Eulalia:\n> Les escribo para comunicarles mi renuncia al proceso, ya que acepté "
                "otra oferta.\n> Teófilo",
            ),
            id="es_mi_renuncia_al_proceso",
        ),
        pytest.param(
            _mail(
                "Ghislaine Prunier <g.prunier@fromagerie-vaucelle.fr>",
                "RE: Candidature affineur",
                "Bonjour Anatole,",
                "Bien noté, merci de nous avoir prévenus. Bonne route !",
                "Ghislaine Prunier",
                "Le 3 mars 2026 à 18:02, Anatole Bréchard <anatole.brechard@laposte.net> a écrit :\n> Madame,"
                "\n> Je vous informe de mon désistement pour le poste d'affineur.\n> Anatole Bréchard",
            ),
            id="fr_mon_desistement",
        ),
        pytest.param(
            _mail(
                "Zelinda Spadafora <o.spadafora@liuteria-borgoalto.it>",
                "R: Candidatura apprendista",
                "Gentile Arcangelo,",
                "Grazie per averci avvisato, in bocca al lupo.",
                "Zelinda Spadafora",
                "Il giorno 3 mar 2026 alle 18:15 Arcangelo Tuzzolino <a.tuzzolino@libero.it> ha scritto:\n"
                "> Buonasera,\n> vi comunico la mia rinuncia alla selezione per apprendista.\n> Arcangelo",
            ),
            id="it_la_mia_rinuncia",
        ),
        pytest.param(
            _mail(
                "Perpetua Hollingdrake <p.hollingdrake@ketterby-nurseries.co.uk>",
                "Re: Propagation Assistant",
                "Hi Lysander,",
                "Understood, and thank you for the courtesy. Best of luck.",
                "Perpetua",
                "On 3 Mar 2026, at 18:20, Lysander Quaife <lysander.quaife@outlook.com> wrote:\n> Dear "
                "Perpetua,\n> Please accept my withdrawal from the process for the Propagation Assistant "
                "post.\n> Lysander",
            ),
            id="en_my_withdrawal_from",
        ),
    ],
)
def test_an_answer_to_a_withdrawal_told_as_a_noun_is_withdrawn(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.WITHDRAWN, result
