"""Statuses and kinds in Portuguese, Italian, Spanish, French and Dutch mail that fresh mail put in words
the tables did not hold: rejections by hand, several tests at once, a meeting where the reader is
awaited, recruiters who found a CV rather than received one. Lookalikes stay. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        pytest.param(
            "Bom dia Sr. Vasco,\n\nObrigado pela visita à serralharia. No fim acabámos por ficar com um "
            "rapaz que já conhecíamos, por isso desta vez não vai dar.\n\nJoaquim Pires\nSerralharia Pires",
            "Joaquim Pires <joaquim@serralhariapires.pt>",
            id="pt_by_hand",
        ),
        pytest.param(
            "Olá, Carla.\n\nEncerrámos o processo para Técnica de Farmácia e a sua candidatura não avançou "
            "desta vez.\n\nEquipa de Recrutamento\nFarmácia Lumiar",
            "Recrutamento <rh@farmacialumiar.pt>",
            id="pt_not_advanced",
        ),
        pytest.param(
            "Gentile Chiara,\n\nper la posizione di Geometra abbiamo proceduto con altri candidati. La "
            "ringraziamo per l'interesse.\n\nUfficio Personale\nEdilnord",
            "Ufficio Personale <personale@edilnord.it>",
            id="it_proceeded_with_others",
        ),
        pytest.param(
            "Beste Femke,\n\nDank voor je sollicitatie als Apothekersassistent. We hebben een andere "
            "kandidaat aangenomen en sluiten je sollicitatie daarom af.\n\nApotheek Molenzicht",
            "Apotheek Molenzicht <werving@molenzicht.nl>",
            id="nl_another_hired_and_closed",
        ),
    ],
)
def test_a_rejection_in_everyday_words_is_a_rejection(body, sender):
    result = extract(body=body, subject="Candidatura", sender=sender)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.REJECTED)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hola Irene,\n\nGracias por tu candidatura a Técnico/a de Nóminas. Como siguiente paso, completa "
            "las pruebas en línea de razonamiento antes del jueves.\n\nEquipo de Talento",
            id="es_tests_online",
        ),
        pytest.param(
            "Olá, Henrique!\n\nVocê avançou no Programa de Estágio 2027. Agora realize as provas online de "
            "lógica e inglês até domingo.\n\nEquipe de Atração",
            id="pt_internship_tests",
        ),
    ],
)
def test_several_tests_asked_at_once_are_an_assessment(body):
    result = extract(body=body, subject="Próxima etapa", sender="Talento <talento@empresa-exemplo.com>")
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.ASSESSMENT)


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        pytest.param(
            "Bonjour Louis,\n\nMerci pour votre candidature au poste de serveur. Je vous propose de passer "
            "nous rencontrer au restaurant mercredi à 15h.\n\nAnne Morel\nBistrot du Port",
            "Anne Morel <anne@bistrotduport.fr>",
            id="fr_come_and_meet_us",
        ),
        pytest.param(
            "Ciao Sara,\n\nabbiamo letto il tuo CV per il ruolo di Barista. Ti aspettiamo in negozio martedì "
            "alle 16.\n\nCaffè Aurora",
            "Caffè Aurora <lavoro@caffeaurora.it>",
            id="it_awaited_at_the_shop",
        ),
        pytest.param(
            "Hoi Niels,\n\nLeuk dat je hebt gereageerd op onze vacature voor Magazijnmedewerker. We zien je "
            "graag vrijdag om 10:00 uur in het magazijn.\n\nGroet,\nLogistiek Veenstra",
            "Logistiek Veenstra <info@veenstralogistiek.nl>",
            id="nl_seen_on_friday",
        ),
    ],
)
def test_being_awaited_on_a_day_is_an_interview(body, sender):
    result = extract(body=body, subject="Je sollicitatie", sender=sender)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.INTERVIEW)


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        pytest.param(
            "Salut Hugo,\n\nTon profil m'a interpellé : je travaille sur un poste de chef de projet data "
            "pour un client à Lille. Dispo pour en parler ?\n\nMaxime\nConsultant recrutement",
            "Maxime Lenoir <maxime@lenoir-talents.fr>",
            id="fr_familiar_register",
        ),
        pytest.param(
            "Bonjour Madame Brun,\n\nJ'ai trouvé votre CV sur une CVthèque et je recrute pour une société "
            "de transport un(e) assistant(e) d'exploitation. Seriez-vous intéressée ?\n\nClaire Viaud",
            "Claire Viaud <claire@viaud-rh.fr>",
            id="fr_cv_found",
        ),
        pytest.param(
            "Ciao Paolo,\n\nho trovato il tuo CV su una banca dati e sto cercando per una società di Padova "
            "un Tecnico Commerciale. Ne parliamo?\n\nElisa Conti",
            "Elisa Conti <elisa@contiselezione.it>",
            id="it_cv_found",
        ),
        pytest.param(
            "Hoi Sem,\n\nVia LinkedIn kwam ik bij jouw profiel uit. Ik ben voor een opdrachtgever in Breda "
            "op zoek naar een Werkvoorbereider. Zin in een belletje?\n\nIris",
            "Iris Mulder <iris@mulder-werving.nl>",
            id="nl_for_a_client",
        ),
    ],
)
def test_a_recruiter_writing_first_is_outreach(body, sender):
    result = extract(body=body, subject="Een functie", sender=sender)
    assert result.kind is Kind.RECRUITER_OUTREACH


@pytest.mark.parametrize(
    ("body", "subject", "sender"),
    [
        pytest.param(
            "¡Este sábado a las 10:00 abrimos las rebajas! Te esperamos en nuestra tienda.\n\nDarse de baja",
            "Rebajas",
            "Zapatería Norte <hola@zapaterianorte.es>",
            id="es_shop_awaits",
        ),
        pytest.param(
            "Nous vous attendons nombreux samedi à 9h au forum de l'emploi : 60 recruteurs, ateliers CV.",
            "Forum de l'emploi",
            "Forum Emploi <contact@forum-emploi-exemple.fr>",
            id="fr_job_fair",
        ),
        pytest.param(
            "Ciao! Ti aspettiamo sabato alle 20 per la cena, porta il vino.",
            "sabato",
            "Giulia <giulia.bianchi@gmail.com>",
            id="it_friend",
        ),
    ],
)
def test_being_awaited_somewhere_else_is_no_interview(body, subject, sender):
    result = extract(body=body, subject=subject, sender=sender)
    assert result.kind is Kind.OTHER


def test_a_cancelled_post_stays_withdrawn():
    result = extract(
        body="Beste Rik,\n\nDe vacature Teamleider Klantenservice is ingetrokken. We danken je voor je "
        "sollicitatie.\n\nWerving Zuidwest",
        subject="Vacature Teamleider Klantenservice",
        sender="Werving <werving@zuidwest-exemplo.nl>",
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.WITHDRAWN)


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        pytest.param(
            "Olá, Márcio.\n\nO processo para Auxiliar de Armazém foi finalizado. A empresa optou por "
            "candidatos com mais experiência em logística.\n\nContinue se candidatando!",
            "Vagas <naoresponda@vagas-exemplo.com.br>",
            id="pt_board_tells_the_choice",
        ),
        pytest.param(
            "Olá Rita, obrigado pelo interesse. Entretanto já temos a equipa completa para esta época.\n\n"
            "Manuel\nCafé Central",
            "Manuel Sousa <manuel@cafecentral-exemplo.pt>",
            id="pt_team_complete",
        ),
    ],
)
def test_an_employers_choice_told_in_other_words_is_a_rejection(body, sender):
    result = extract(body=body, subject="Candidatura Auxiliar de Armazém", sender=sender)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.REJECTED)


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        pytest.param(
            "Hola Marta, recibí tu currículum para el puesto de Recepcionista. ¿Te vendría bien venir a la "
            "clínica el jueves a las 12:00?\n\nPilar\nClínica Arenal",
            "Pilar Gómez <pilar@clinicaarenal-ejemplo.es>",
            id="es_would_it_suit_you_to_come",
        ),
        pytest.param(
            "Gentile Marco,\n\nin merito alla sua candidatura come Cuoco, sarebbe disponibile a passare in "
            "ristorante martedì alle 15?\n\nTrattoria del Ponte",
            "Trattoria del Ponte <lavoro@trattoriadelponte.it>",
            id="it_available_to_come_by",
        ),
    ],
)
def test_a_visit_asked_for_by_hand_is_an_interview(body, sender):
    result = extract(body=body, subject="Candidatura", sender=sender)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.INTERVIEW)


def test_a_written_task_named_by_its_compound_is_an_assessment():
    result = extract(
        body="Beste Joost,\n\nDank voor je sollicitatie als Communicatieadviseur. Als volgende stap "
        "vragen we je een korte schrijfopdracht te maken en vrijdag terug te sturen.\n\nTeam Werving",
        subject="Je sollicitatie",
        sender="Werving <werving@provincie-exemplo.nl>",
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.ASSESSMENT)


def test_a_cv_that_came_by_in_a_database_is_outreach():
    result = extract(
        body="Hoi Bas,\n\nJouw cv kwam voorbij in onze database en ik heb een mooie functie als Controller "
        "bij een familiebedrijf. Zou je daar meer over willen horen?\n\nKim",
        subject="Nieuwe kans",
        sender="Kim de Graaf <kim@degraaf-werving.nl>",
    )
    assert result.kind is Kind.RECRUITER_OUTREACH
