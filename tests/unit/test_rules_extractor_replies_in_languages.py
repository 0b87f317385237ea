"""An employer's answer on top of the candidate's own quoted mail, in the six languages besides English
(invented): Gmail's "Op ... schreef X:", "Em ... escreveu:", "Il giorno ... ha scritto:", "Am ... schrieb
X:", "Le ... a écrit :", "El ... escribió:" and Outlook's "Van:/Verzonden:/Aan:", "Da:/Inviato:/Oggetto:",
"De:/Enviada em:/Assunto:" blocks. The candidate's quoted hopes ("ik kijk uit naar een gesprek", "aguardo
a proposta") are not the employer's news; the reply prefixes "RES:", "R:", "AW:" are not names.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Status

REPLIES = [
    application_row(
        "nl_gmail_quote_schreef",
        Status.REJECTED,
        "Kroonstad Verzekeringen",
        sender="Esther Dekker <esther.dekker@kroonstad.nl>",
        subject="Re: Sollicitatie Financieel Analist",
        body="Beste Sam,\n\nHelaas hebben we gekozen voor een andere "
        "kandidaat.\n\nGroet,\nEsther\nKroonstad Verzekeringen\n\nOp ma 12 jan. 2026 om 10:02 "
        "schreef Sam Lee <sam@example.com>:\n> Beste Esther,\n> Ik wilde even vragen hoe het staat "
        "met mijn sollicitatie. Ik kijk uit naar een gesprek!\n> Groet, Sam",
    ),
    application_row(
        "pt_gmail_quote_escreveu_and_seguimos_com_outro",
        Status.REJECTED,
        "Stone",
        sender="Ana Souza <ana.souza@stone.com.br>",
        subject="Re: Candidatura Product Manager",
        body="Oi Sam,\n\nInfelizmente seguimos com outro candidato.\n\nAbraço,\nAna\nStone\n\nEm "
        "seg., 12 de jan. de 2026 às 10:02, Sam Lee <sam@example.com> escreveu:\n> Olá Ana,\n> "
        "Gostaria de saber se há novidades sobre a entrevista. Estou muito interessado na vaga!\n> "
        "Obrigado, Sam",
    ),
    application_row(
        "it_gmail_quote_ha_scritto",
        Status.REJECTED,
        "Satispay",
        sender="Giulia Ferri <giulia.ferri@satispay.com>",
        subject="Re: Candidatura Frontend Developer",
        body="Ciao Sam,\n\npurtroppo abbiamo scelto un altro candidato.\n\nUn "
        "saluto,\nGiulia\nSatispay\n\nIl giorno lun 12 gen 2026 alle ore 10:02 Sam Lee "
        "<sam@example.com> ha scritto:\n> Ciao Giulia,\n> volevo sapere se ci sono novità sul "
        "colloquio. Sono molto interessato!\n> Grazie, Sam",
    ),
    application_row(
        "de_gmail_quote_schrieb",
        Status.REJECTED,
        "Brenner Maschinenbau",
        sender="Lena Vogt <lena.vogt@brenner-mb.de>",
        subject="AW: Bewerbung Konstrukteur",
        body="Hallo Herr Lee,\n\nleider haben wir uns für einen anderen Bewerber "
        "entschieden.\n\nViele Grüße\nLena Vogt\nBrenner Maschinenbau GmbH\n\nAm Mo., 12. Jan. 2026 "
        "um 10:02 Uhr schrieb Sam Lee <sam@example.com>:\n> Hallo Frau Vogt,\n> ich wollte fragen, "
        "ob es Neuigkeiten zum Vorstellungsgespräch gibt. Ich freue mich auf Ihre Rückmeldung!\n> "
        "Viele Grüße, Sam Lee",
    ),
    application_row(
        "fr_gmail_quote_a_ecrit",
        Status.REJECTED,
        "Lumio",
        sender="Claire Morel <claire.morel@lumio.fr>",
        subject="RE: Candidature Data Analyst",
        body="Bonjour Sam,\n\nMalheureusement, nous avons retenu un autre candidat.\n\nBien à "
        "vous,\nClaire\nLumio\n\nLe lun. 12 janv. 2026 à 10:02, Sam Lee <sam@example.com> a écrit "
        ":\n> Bonjour Claire,\n> Je me permets de vous relancer au sujet de l'entretien. Je reste "
        "très motivé !\n> Cordialement, Sam",
    ),
    application_row(
        "es_gmail_quote_escribio",
        Status.REJECTED,
        "Grupo Alameda",
        sender="Laura Gómez <laura.gomez@grupoalameda.es>",
        subject="RE: Candidatura Analista de Datos",
        body="Hola Sam,\n\nLamentablemente hemos decidido continuar con otro candidato.\n\nUn "
        "saludo,\nLaura\nGrupo Alameda\n\nEl lun, 12 ene 2026 a las 10:02, Sam Lee "
        "(<sam@example.com>) escribió:\n> Hola Laura,\n> Quería saber si hay novedades sobre la "
        "entrevista. ¡Sigo muy interesado!\n> Gracias, Sam",
    ),
    application_row(
        "nl_outlook_van_verzonden_aan",
        Status.REJECTED,
        "Kroonstad",
        sender="Esther Dekker <esther.dekker@kroonstad.nl>",
        subject="RE: Sollicitatie",
        body="Beste Sam,\n\nHelaas gaan we niet verder met je "
        "sollicitatie.\n\nGroet,\nEsther\n\nVan: Sam Lee <sam@example.com>\nVerzonden: maandag 12 "
        "januari 2026 10:02\nAan: Esther Dekker <esther.dekker@kroonstad.nl>\nOnderwerp: "
        "Sollicitatie\n\nBeste Esther, wanneer kan ik langskomen voor een gesprek? Ik kijk uit naar "
        "het aanbod!",
    ),
    application_row(
        "it_outlook_da_inviato_oggetto",
        Status.REJECTED,
        "Satispay",
        sender="Giulia Ferri <giulia.ferri@satispay.com>",
        subject="R: Candidatura",
        body="Ciao Sam,\n\npurtroppo non proseguiremo con la tua candidatura.\n\nGiulia\n\nDa: Sam "
        "Lee <sam@example.com>\nInviato: lunedì 12 gennaio 2026 10:02\nA: Giulia Ferri "
        "<giulia.ferri@satispay.com>\nOggetto: Candidatura\n\nCiao Giulia, quando possiamo fissare "
        "il colloquio? Aspetto la vostra offerta!",
    ),
    application_row(
        "pt_outlook_de_enviada_em_and_the_res_prefix",
        Status.REJECTED,
        "Stone",
        sender="Ana Souza <ana.souza@stone.com.br>",
        subject="RES: Candidatura",
        body="Oi Sam,\n\nInfelizmente não vamos seguir com a sua candidatura.\n\nAna\n\nDe: Sam Lee "
        "<sam@example.com>\nEnviada em: segunda-feira, 12 de janeiro de 2026 10:02\nPara: Ana Souza "
        "<ana.souza@stone.com.br>\nAssunto: Candidatura\n\nOi Ana, quando podemos marcar a "
        "entrevista? Aguardo a proposta!",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), REPLIES)
def test_the_answer_on_top_is_read_not_the_candidates_quoted_mail(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
