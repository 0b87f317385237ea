"""Italian, French, German, Spanish, Dutch and Portuguese mail, by class (invented mail): an offer made as
the wish to hire the reader ("wir würden dich gern anstellen", "vorremmo assumerti", "queremos contratar
você"), a test platform setting a test for the organisation it names ("su incarico di X", "por encargo de
X", "A X convidou você"), a public competition's procedure suspended, a step a receipt names only on a
condition (a German verb-first clause, Italian "se le tue ...", a question answered by "Dan ..."), a survey
of the candidate's experience, a team signing as its organisation's ("L'équipe de X").
"""

import pytest

from tests.extraction_support import (
    application_row,
    assert_reads_application,
    extract,
    not_application_of_kind,
    with_misreads,
)
from tracker.models import Kind, Status

# An organisation's name shaped as a person's ("Tuileries Marchand": two capitalised words) after the acting
# words or before "invites you" is not yet told from a person acted for: the platform's own name is read.
_PERSON_SHAPED = "an organisation named like a person is read as one acted for (third_parties.vendor_label)"


_ROWS = [
    application_row(
        "de: the reader taken on from a start date, then as the post",
        Status.OFFER,
        "Dachdeckerei Holtkamp",
        sender="Bernd Holtkamp <bernd@holtkamp-dach.de>",
        subject="Gute Neuigkeiten",
        body="Hallo Finn,\n\nwir würden dich gerne ab Mai als Dachdecker bei uns anstellen. Melde dich "
        "kurz, dann bereite ich alles vor.\n\nBernd\nDachdeckerei Holtkamp",
    ),
    application_row(
        "it: the hire wished by a person, no job word besides",
        Status.OFFER,
        "Falegnameria Bortolin",
        sender="Sergio Bortolin <sergio@falegnameriabortolin.it>",
        subject="Buone notizie",
        body="Ciao Nicola,\n\nvorremmo assumerti come apprendista dal primo giugno. Passa in "
        "laboratorio quando vuoi per firmare.\n\nSergio\nFalegnameria Bortolin",
    ),
    application_row(
        "es: the reader taken into the team as the post",
        Status.OFFER,
        "Estudio Quebracho",
        sender="Valeria Ríos <valeria@estudioquebracho.com.ar>",
        subject="¡Novedades!",
        body="Hola Manu,\n\nnos encantaría sumarte al equipo como ilustrador desde el mes que viene. Te "
        "paso los detalles por acá.\n\nValeria\nEstudio Quebracho",
    ),
    application_row(
        "pt: the hire wished in so many words",
        Status.OFFER,
        "Marcenaria Jatobá",
        sender="Rogério Alves <rogerio@marcenariajatoba.com.br>",
        subject="Novidade boa",
        body="Oi Caio,\n\nqueremos contratar você como marceneiro a partir do dia 10. Me avisa se "
        "está tudo certo.\n\nRogério\nMarcenaria Jatobá",
    ),
    application_row(
        "it: a test set for the organisation the platform names",
        Status.ASSESSMENT,
        "Salumificio Ghidoni",
        sender='"Provalab" <inviti@provalab.io>',
        subject="Un test per te",
        body="Ciao Irene,\n\nsu incarico di Salumificio Ghidoni ti chiediamo di svolgere un test "
        "online di 25 minuti entro giovedì.\n\nhttps://provalab.io/t/77\n\nIl team Provalab",
    ),
    application_row(
        "es: a test set by order of the organisation",
        Status.ASSESSMENT,
        "Harinas Montesol S.L.",
        sender='"Medidor" <hola@medidor.app>',
        subject="Tu prueba online",
        body="Hola Jorge,\n\nPor encargo de Harinas Montesol S.L., te invitamos a completar una "
        "prueba online de 20 minutos antes del viernes.\n\nhttps://medidor.app/p/1\n\nEquipo "
        "Medidor",
    ),
    application_row(
        "fr: a test set on the organisation's account",
        Status.ASSESSMENT,
        "Tuileries Marchand",
        sender='"Quizéo" <bonjour@quizeo.fr>',
        subject="Votre évaluation",
        body="Bonjour,\n\nPour le compte de Tuileries Marchand, nous vous invitons à réaliser une "
        "évaluation en ligne (30 minutes) avant le 4 juin.\n\nhttps://quizeo.fr/e/3\n\nQuizéo",
    ),
    application_row(
        "nl: a test set by order of the organisation",
        Status.ASSESSMENT,
        "Kaashandel Bosman",
        sender='"Meetlat" <info@meetlat.nl>',
        subject="Je online test",
        body="Beste Iris,\n\nIn opdracht van Kaashandel Bosman nodigen wij je uit voor een online "
        "test van 35 minuten. Rond hem af voor woensdag.\n\nhttps://meetlat.nl/t\n\nMeetlat",
    ),
    application_row(
        "pt: the organisation inviting the reader to the platform's test",
        Status.ASSESSMENT,
        "Cerâmica Ipiranga",
        sender='"Provai" <convite@provai.com.br>',
        subject="Seu teste online",
        body="Olá Marina,\n\nA Cerâmica Ipiranga convidou você para realizar um teste online de 30 "
        "minutos até domingo.\n\nhttps://provai.com.br/t\n\nEquipe Provai",
    ),
    application_row(
        "it: a questionnaire that is one part of the test, no survey",
        Status.ASSESSMENT,
        "Cantina Sociale Pedemonte",
        sender='"Misuratalenti" <inviti@misuratalenti.it>',
        subject="Cantina Sociale Pedemonte - prova online",
        body="Gentile candidata,\n\nCantina Sociale Pedemonte ti invita a completare la prova online per "
        "la posizione di enologo.\n\n- Test numerico (15 minuti)\n- Questionario sulle preferenze "
        "di lavoro (10 minuti)\n\nHai tempo fino a venerdì.",
    ),
    application_row(
        "it: a public competition's procedure suspended",
        Status.WITHDRAWN,
        "Comune di Roccalta",
        sender='"Comune di Roccalta - Personale" <personale@comune.roccalta.it>',
        subject="Avviso",
        body="Si comunica che la procedura concorsuale per Agente di Polizia Locale è sospesa fino a "
        "nuova comunicazione.\n\nServizio Personale\nComune di Roccalta",
    ),
    application_row(
        "pt: the procedure suspended, its verb's pronoun after a hyphen",
        Status.WITHDRAWN,
        "Câmara Municipal de Serra Alta",
        sender='"Câmara Municipal de Serra Alta" <rh@cm-serraalta.pt>',
        subject="Procedimento concursal",
        body="Informa-se que o procedimento concursal para Técnico Superior encontra-se suspenso.\n\n"
        "Câmara Municipal de Serra Alta",
    ),
    application_row(
        "de: a meeting promised on a verb-first condition",
        Status.APPLIED,
        "Gärtnerei Lindemann",
        sender='"Karriere" <karriere@gaertnerei-lindemann.de>',
        subject="Bewerbung eingegangen",
        body="Hallo Mia,\n\ndanke für deine Bewerbung! Überzeugt uns dein Profil, laden wir dich zu "
        "einem Kennenlernen ein.\n\nGärtnerei Lindemann",
    ),
    application_row(
        "it: a meeting promised if the reader's skills fit",
        Status.APPLIED,
        "Oreficeria Lazzari",
        sender='"Lavora con noi" <lavoro@oreficerialazzari.it>',
        subject="Candidatura ricevuta",
        body="Ciao Elena,\n\nabbiamo ricevuto la tua candidatura. Se le tue esperienze saranno in linea "
        "con il ruolo, ti chiameremo per un colloquio.\n\nOreficeria Lazzari",
    ),
    application_row(
        "nl: a condition asked, its step the answer after it",
        Status.APPLIED,
        "Tuincentrum Hazelaar",
        sender='"Werken bij Tuincentrum Hazelaar" <werkenbij@tuincentrumhazelaar.nl>',
        subject="Bedankt voor je sollicitatie",
        body="Hoi Bas,\n\nWe hebben je sollicitatie ontvangen. Sluit je ervaring aan? Dan nodigen we je "
        "uit voor een kennismakingsgesprek.\n\nTuincentrum Hazelaar",
    ),
    application_row(
        "fr: the team of the organisation signing",
        Status.REJECTED,
        "Conserverie Le Goff",
        sender='"Recrutement" <recrutement@conserverielegoff.fr>',
        subject="Votre candidature",
        body="Bonjour,\n\nNous avons retenu une autre candidature pour ce poste.\n\nBien cordialement,\n"
        "L'équipe de Conserverie Le Goff",
    ),
    application_row(
        "de: the organisation's team signing",
        Status.APPLIED,
        "Mühlenbäckerei Struve",
        sender='"Jobs" <jobs@muehlenbaeckerei-struve.de>',
        subject="Deine Bewerbung",
        body="Hallo Ben,\n\nvielen Dank für deine Bewerbung, wir melden uns bald.\n\nDas Team von "
        "Mühlenbäckerei Struve",
    ),
]


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"),
    with_misreads(
        _ROWS,
        {
            "fr: a test set on the organisation's account": _PERSON_SHAPED,
            "nl: a test set by order of the organisation": _PERSON_SHAPED,
            "pt: the organisation inviting the reader to the platform's test": _PERSON_SHAPED,
        },
    ),
)
def test_reads_the_step_and_employer(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(
    ("mail", "kind"),
    [
        not_application_of_kind(
            "it: how the application went, asked after it",
            Kind.OTHER,
            sender='"Ottica Brambilla" <noreply@feedback-candidati.it>',
            subject="Come è andata la tua candidatura?",
            body="Ciao Luca,\n\nti sei candidato di recente presso Ottica Brambilla. Ci racconti com'è stata "
            "la tua esperienza? Bastano 2 minuti.\n\n[Rispondi]",
        ),
        not_application_of_kind(
            "pt: how the experience was, asked after the process",
            Kind.OTHER,
            sender='"Pesquisa candidatos" <noreply@pesquisa-rh.com.br>',
            subject="Como foi sua experiência?",
            body="Olá Júlia,\n\nvocê participou do processo seletivo da Vidraçaria Aurora. Conta pra gente "
            "como foi sua experiência em 2 minutos.\n\n[Responder]",
        ),
        not_application_of_kind(
            "nl: the compound experience word with its hyphen",
            Kind.OTHER,
            sender='"Bakkerij Roodhart" <noreply@kandidaatfeedback.nl>',
            subject="Hoe was jouw sollicitatie-ervaring?",
            body="Hoi Mees,\n\nJe solliciteerde onlangs bij Bakkerij Roodhart. Vul deze korte vragenlijst "
            "in, het duurt 2 minuten.\n\n[Start]",
        ),
    ],
)
def test_a_survey_of_the_past_step_is_no_application(mail, kind):
    assert extract(**mail).kind is kind


def test_a_person_inviting_the_reader_to_a_gig_by_their_full_name_sets_no_test() -> None:
    # A gig platform's client, one person written with a surname: no organisation acts through the
    # platform, so the "task" is a booking, as with the client's first name alone.
    result = extract(
        sender="Fixly <support@fixly-tasks.com>",
        subject="New task request: bookshelf assembly",
        body="Kate Morrow has invited you to a task on Saturday at 10am. Accept within 24 hours to confirm "
        "the booking.",
    )
    assert result.kind is Kind.OTHER, result


def test_an_organisation_named_like_a_person_after_its_article_still_sets_the_test() -> None:
    result = extract(
        sender='"Provai" <convite@provai.com.br>',
        subject="Seu teste online",
        body="Olá Rui,\n\nA Vidraria Tabosa convidou você para realizar um teste online de 20 minutos até "
        "sexta.\n\nhttps://provai.com.br/t\n\nEquipe Provai",
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.ASSESSMENT, result
