"""Italian, French, German, Spanish, Dutch and Portuguese mail's steps, by class (invented mail): the decision
that fell on another candidate ("a escolha recaiu sobre", "la elección recayó en", "die Wahl fiel auf"),
Dutch's own word for applying ("je hebt op de vacature gereageerd") and a receipt's papers that "zijn
verzonden", a Dutch meeting planned with its verb last ("een videogesprek in te plannen"), a post held
over ("de werving is aangehouden") whose next sentence closes the reader's file, a step named after a
short question of fit ("Klikt het? Dan ..."), a hand-written offer naming the post as "a posição de".
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Status

_ROWS = [
    application_row(
        "pt: the choice fell on another candidate",
        Status.REJECTED,
        "Cerâmica Alvorada",
        sender="Joana Pires <joana.pires@ceramicaalvorada.pt>",
        subject="Candidatura – Técnica de Qualidade",
        body="Cara Marta,\n\nobrigada pelo tempo que dedicou à nossa conversa. Após ponderação, a nossa "
        "escolha recaiu sobre outra candidata, com experiência em vidrados.\n\nCom os melhores "
        "cumprimentos,\nJoana Pires\nCerâmica Alvorada",
    ),
    application_row(
        "pt: the decision fell in a profile with more experience",
        Status.REJECTED,
        "Moinhos do Sado",
        sender="Tiago Lemos <tiago@moinhosdosado.pt>",
        subject="A sua candidatura",
        body="Olá Rui,\n\nagradecemos a entrevista da semana passada. A decisão final recaiu num perfil "
        "com mais anos de chefia de turno.\n\nTiago Lemos\nMoinhos do Sado",
    ),
    application_row(
        "es: the choice fell on another candidate",
        Status.REJECTED,
        "Bodegas Peñalta",
        sender="Marta Quiles <mquiles@bodegaspenalta.es>",
        subject="Tu candidatura",
        body="Hola Andrés,\n\ngracias por venir a la bodega el martes. La elección ha recaído en otro "
        "candidato que ya había trabajado una vendimia con nosotros.\n\nUn saludo,\nMarta Quiles\n"
        "Bodegas Peñalta",
    ),
    application_row(
        "de: the choice fell on another applicant",
        Status.REJECTED,
        "Glaserei Brandl",
        sender="Petra Brandl <p.brandl@glaserei-brandl.de>",
        subject="Ihre Bewerbung",
        body="Guten Tag Herr Wolff,\n\nvielen Dank für das nette Gespräch. Unsere Wahl ist am Ende auf "
        "einen anderen Bewerber gefallen, der näher an der Werkstatt wohnt.\n\nMit freundlichen Grüßen\n"
        "Petra Brandl\nGlaserei Brandl",
    ),
    application_row(
        "nl: a public portal's answer to the vacancy",
        Status.APPLIED,
        "Stichting Groenwerk Zaanstreek",
        sender="Nationale Vacaturebank <noreply@nationalevacaturebank.nl>",
        subject="Sollicitatie verstuurd",
        body="Hallo Daan,\n\nJe hebt op de vacature hieronder gereageerd. De werkgever neemt zelf contact "
        "met je op.\n\nHovenier\nStichting Groenwerk Zaanstreek\nZaandam, parttime\n\nSucces!\n"
        "Nationale Vacaturebank",
    ),
    application_row(
        "nl: the reader's answer to the advert in the verb-last order",
        Status.APPLIED,
        "Kaasmakerij Ter Wolde",
        sender="Kaasmakerij Ter Wolde <info@terwolde-kaas.nl>",
        subject="Je reactie",
        body="Hallo Ilse,\n\nJe hebt op onze vacature voor kaasmaker gereageerd, leuk! We kijken je "
        "brief deze week door.\n\nGroet,\nKaasmakerij Ter Wolde",
    ),
    application_row(
        "nl: a receipt whose papers were sent on",
        Status.APPLIED,
        "Installatiebedrijf Kuipers",
        sender="Installatiebedrijf Kuipers <werk@kuipers-installatie.nl>",
        subject="Bevestiging",
        body="Beste Mark,\n\nJe cv en brief zijn zojuist verzonden naar onze afdeling Service.\n\n"
        "Installatiebedrijf Kuipers",
    ),
    application_row(
        "nl: a video meeting to fix in a clause",
        Status.INTERVIEW,
        "Veerdienst Marken",
        sender="Lieke Boon <lieke.boon@veerdienstmarken.nl>",
        subject="Vervolg",
        body="Beste Thijs,\n\nNaar aanleiding van je sollicitatie mail ik je om een videogesprek met je "
        "in te plannen; zou dinsdag om 10:00 lukken?\n\nLieke Boon\nVeerdienst Marken",
    ),
    application_row(
        "nl: the post held over, the reader's file closed in the next sentence",
        Status.WITHDRAWN,
        "Gemeente Westerwolde",
        sender="Gemeente Westerwolde <werken@westerwolde.example.nl>",
        subject="Vacature Beleidsadviseur Groen",
        body="Geachte heer Dijkstra,\n\nDe werving voor Beleidsadviseur Groen is tot na de verkiezingen "
        "aangehouden. Helaas gaan we daarom niet verder met uw sollicitatie.\n\n"
        "Met vriendelijke groet,\nGemeente Westerwolde",
    ),
    application_row(
        "nl: the filling of the post put off by decision",
        Status.WITHDRAWN,
        "Waterschap Hunze",
        sender="Waterschap Hunze <vacatures@hunze.example.nl>",
        subject="Uw sollicitatie",
        body="Geachte mevrouw Mulder,\n\nHet bestuur koos ervoor de werving voor de functie Peilbeheerder "
        "uit te stellen tot volgend jaar. Helaas kunnen we uw sollicitatie daarom niet verder "
        "behandelen.\n\nMet vriendelijke groet,\nWaterschap Hunze",
    ),
    application_row(
        "nl: a receipt's call only after a short question of fit",
        Status.APPLIED,
        "Daktechniek Vos",
        sender="Daktechniek Vos <jobs@daktechniekvos.nl>",
        subject="Bedankt voor je sollicitatie",
        body="Hoi Bram,\n\nBedankt voor je sollicitatie als dakdekker. We lezen je cv deze week.\n\nKlikt "
        "het? Dan bellen we je voor een kennismakingsgesprek.\n\nGroet,\nDaktechniek Vos",
    ),
    application_row(
        "pt: an offer by hand naming the post as a position, no other job word",
        Status.OFFER,
        "Pomar Digital",
        sender="Beatriz Lima <beatriz@pomardigital.com.br>",
        subject="Proposta",
        body="Oi Lucas,\n\nadoramos a conversa de ontem. Temos o prazer de te fazer uma proposta para a "
        "posição de Designer de Produto.\n\nAbraço,\nBeatriz Lima\nPomar Digital",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), _ROWS)
def test_reads_the_step_and_employer(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
