"""A post held, in wording the hold's readers missed: how long it lasts written between the hold's verb and
the post ("sospendere per il momento la selezione"), a regret announcing news told only after its reasons
("leider nicht die Nachricht, die ich Ihnen bringen wollte. <reasons>. Die Stelle wird nicht besetzt"),
Spanish and Portuguese sentences whose "se" is reflexive, not "if" ("no se trata de tu perfil: ...",
"mientras se define ..."), and a region's own word for putting a post off (Switzerland's "sistieren", the
Americas' "postergar"). By the datasets' convention the post held is "withdrawn", not a rejection.
Invented mail, each by another writer."""

from __future__ import annotations

import pytest

from tracker.extraction import RulesExtractor
from tracker.models import EmailMessage, Kind, Status


def _read(sender: str, subject: str, body: str) -> tuple[Kind, Status | None]:
    email = EmailMessage(message_id="m1", sender=sender, subject=subject, body=body, received_at=None)
    extraction = RulesExtractor().extract(email)
    return extraction.kind, extraction.status


FOR_A_WHILE = [
    pytest.param(
        "Ufficio Personale Vetreria Quarzolini <selezione@quarzolini-vetri.it>",
        "La tua candidatura",
        "Gentile Ottavio,\n\nti aggiorniamo sulla posizione di Tecnico di Laboratorio per cui ti sei "
        "candidato.\n\nDopo la revisione del piano industriale abbiamo deciso di sospendere per ora la "
        "selezione. Ti ricontatteremo noi se la posizione verrà riaperta.\n\nUn cordiale saluto,\nUfficio "
        "Personale\nVetreria Quarzolini S.p.A.",
        id="it_per_ora",
    ),
    pytest.param(
        "Reclutamiento Conservas Maripaz <empleo@conservasmaripaz.es>",
        "Tu candidatura a Técnico/a de Calidad",
        "Hola Iñaki:\n\nGracias por presentar tu candidatura al puesto de Técnico/a de Calidad.\n\nPor un "
        "cambio en el presupuesto hemos tenido que congelar por el momento la contratación. Te avisaremos "
        "si la vacante vuelve a abrirse.\n\nUn saludo,\nEquipo de Reclutamiento\nConservas Maripaz S.A.",
        id="es_por_el_momento",
    ),
    pytest.param(
        "Gwenaëlle Tromeur <g.tromeur@cidrerie-kerhouarn.fr>",
        "Votre candidature - Responsable de production",
        "Bonjour Maëlys,\n\nJe reviens vers vous au sujet du poste de Responsable de production.\n\nLa "
        "direction a décidé de suspendre pour l'instant le recrutement, le temps de revoir l'organisation "
        "de l'atelier. Je ne manquerai pas de vous recontacter s'il reprend.\n\nBien cordialement,\n"
        "Gwenaëlle Tromeur\nCidrerie Kerhouarn",
        id="fr_pour_l_instant",
    ),
    pytest.param(
        "Recrutamento Moagem Penafirme <rh@moagem-penafirme.pt>",
        "A sua candidatura",
        "Olá Teodoro,\n\nObrigado pela sua candidatura à vaga de Operador de Armazém.\n\nInformamos que "
        "decidimos suspender por enquanto o processo de recrutamento. Caso a vaga seja reaberta, voltaremos "
        "a contactá-lo.\n\nCumprimentos,\nRecursos Humanos\nMoagem Penafirme, Lda.",
        id="pt_por_enquanto",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), FOR_A_WHILE)
def test_a_hold_lasting_a_while_before_the_post_withdraws_it(sender, subject, body):
    assert _read(sender, subject, body) == (Kind.APPLICATION, Status.WITHDRAWN)


# German's table reads "leider nicht" as a rejection; a regret announcing news ("leider nicht mit der
# Nachricht, die ...") is the news' regret, whether the news follows at once or after its reasons.
AFTER_REASONS = [
    pytest.param(
        "Wendelin Ostertag <w.ostertag@kaelteblick-systeme.de>",
        "Ihre Bewerbung als Servicetechniker",
        "Sehr geehrter Herr Quandt,\n\nich melde mich zu Ihrer Bewerbung, leider nicht mit der Nachricht, "
        "die ich Ihnen gern geschickt hätte.\n\nUnser Kunde im Raum Kassel hat seinen Wartungsvertrag "
        "gekündigt. Die Stelle als Servicetechniker wird daher nicht besetzt.\n\nMit freundlichen Grüßen\n"
        "Wendelin Ostertag\nKältblick Systeme GmbH",
        id="de_the_news_singular",
    ),
    pytest.param(
        "Dietlinde Pfandlbauer <d.pfandlbauer@vermessung-pinzgau.at>",
        "Ihre Bewerbung",
        "Grüß Gott Herr Zeilinger,\n\nich melde mich wie angekündigt, leider nicht mit guten Nachrichten."
        "\n\nDer Landesrechnungshof hat unser Budget für 2027 gekürzt. Das Auswahlverfahren für die Stelle "
        "als Vermessungstechniker wurde daher gestoppt.\n\nMit freundlichen Grüßen\nDietlinde Pfandlbauer\n"
        "Vermessungsamt Pinzgau",
        id="de_at_news_after_a_reason",
    ),
    pytest.param(
        "Hartmut Ebbinghaus <h.ebbinghaus@schwertlilie-armaturen.de>",
        "Ihre Bewerbung als Key Account Managerin",
        "Hallo Frau Niehoff,\n\nich melde mich bei Ihnen, leider nicht mit der Nachricht, die Sie sich "
        "gewünscht hätten.\n\nUnsere Muttergesellschaft in Lyon hat die Vertriebsteams zusammengelegt. Die "
        "Position als Key Account Managerin ist daher weggefallen und das Bewerbungsverfahren wurde "
        "gestoppt.\n\nViele Grüße\nHartmut Ebbinghaus\nSchwertlilie Armaturen GmbH",
        id="de_the_news_wished_for",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), AFTER_REASONS)
def test_a_regret_announcing_news_told_after_its_reasons_is_the_holds(sender, subject, body):
    assert _read(sender, subject, body) == (Kind.APPLICATION, Status.WITHDRAWN)


REFLEXIVE_OR_REGIONAL = [
    pytest.param(
        "Talento Humano Viveros Cucunubá <talento@viveroscucunuba.co>",
        "Actualización de tu proceso",
        "Hola Ximena:\n\nGracias por tu interés en el cargo de Analista de Compras.\n\nNo se trata de una "
        "decisión sobre tu perfil: la vacante queda congelada hasta nuevo aviso.\n\nSaludos cordiales,\n"
        "Talento Humano\nViveros Cucunubá S.A.S.",
        id="es_se_trata_before_a_hold",
    ),
    pytest.param(
        "Recursos Humanos Fiação Paraibuna <rh@fiacaoparaibuna.com.br>",
        "Sua candidatura - Técnico de Manutenção",
        "Olá Wellington,\n\nObrigado por participar do processo para Técnico de Manutenção.\n\nNão se trata "
        "do seu currículo: a vaga foi congelada pela diretoria.\n\nAtenciosamente,\nRecursos Humanos\n"
        "Fiação Paraibuna Ltda.",
        id="pt_se_trata_before_a_hold",
    ),
    pytest.param(
        "Maricruz Olivera <molivera@molinoselquebracho.com.ar>",
        "Proceso Supervisor/a de Planta",
        "Estimado Fermín:\n\nTe cuento que la empresa decidió postergar la contratación hasta después de "
        "la cosecha, mientras se define el presupuesto del año.\n\nUn saludo,\nMaricruz Olivera\nMolinos "
        "El Quebracho S.A.",
        id="es_postergar_while_se_define",
    ),
    pytest.param(
        "Ueli Hänggeli <ueli.haenggeli@seilbahnen-hohgant.ch>",
        "Ihre Bewerbung als Seilbahnmechaniker",
        "Grüezi Herr Wyssbrod\n\nLeider muss ich Ihnen mitteilen, dass die Geschäftsleitung entschieden hat, "
        "die Stelle als Seilbahnmechaniker bis zum Frühling zu sistieren.\n\nFreundliche Grüsse\nUeli "
        "Hänggeli\nSeilbahnen Hohgant AG",
        id="de_ch_zu_sistieren",
    ),
    pytest.param(
        "Personaldienst Gemeinde Wyssachental <personal@wyssachental.ch>",
        "Stelle Sachbearbeiter/in Steuern",
        "Sehr geehrte Frau Gfeller\n\nDas Rekrutierungsverfahren für die Stelle Sachbearbeiter/in Steuern "
        "wurde vom Gemeinderat sistiert.\n\nFreundliche Grüsse\nPersonaldienst\nGemeinde Wyssachental",
        id="de_ch_sistiert",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), REFLEXIVE_OR_REGIONAL)
def test_a_hold_in_reflexive_sentences_or_a_regions_own_word_withdraws_the_post(sender, subject, body):
    assert _read(sender, subject, body) == (Kind.APPLICATION, Status.WITHDRAWN)


def test_a_portuguese_if_before_a_hold_still_hedges_it():
    body = (
        "Olá Wellington,\n\nObrigado por participar do processo para Técnico de Manutenção.\n\nSe a vaga for "
        "congelada pela diretoria, avisaremos você.\n\nAtenciosamente,\nRecursos Humanos\nFiação "
        "Paraibuna Ltda."
    )
    sender = "Recursos Humanos Fiação Paraibuna <rh@fiacaoparaibuna.com.br>"
    assert _read(sender, "Sua candidatura - Técnico de Manutenção", body)[1] is not Status.WITHDRAWN
