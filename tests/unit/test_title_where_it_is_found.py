"""Where a title is found: after a subject's lead-in or question, after a Dutch verb of applying or hiring,
before a German offer's welcome, as a trainee programme up to its year; never after a French "de" that
begins a verb, nor in a board's list of what others applied to."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.names import same_title


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        (
            "Following up on Senior Data Analyst",
            "Hi Sanne,\n\nThanks again for your time with the team last week.\n\nWe have decided to move "
            "forward with other candidates for this role.\n\nBest,\nJo\nPeople Team, Klaproos",
            "Senior Data Analyst",
        ),
        (
            "Circling back on the Payroll Specialist role",
            "Hi Sanne,\n\nThank you for your application and for the interview on Monday. We would like to "
            "invite you to a second interview with our finance director.\n\nBest,\nJo\nKlaproos",
            "Payroll Specialist",
        ),
        (
            "Kennismaken? Data Analist",
            "Hoi Sanne,\n\nDank voor je sollicitatie! Ik wil je graag uitnodigen voor een gesprek. Kun je "
            "dinsdag om 10:00?\n\nGroet,\nPim\nBureau Klaproos",
            "Data Analist",
        ),
        (
            "Coffee next week? Warehouse Supervisor",
            "Hi Sanne,\n\nThanks for applying! We would like to invite you to an interview. Are you free on "
            "Tuesday?\n\nBest,\nPim\nKlaproos Logistics",
            "Warehouse Supervisor",
        ),
    ],
)
def test_a_subjects_lead_in_or_question_before_the_post_is_no_part_of_it(subject, body, title):
    result = extract(sender="Klaproos <people@klaproos.com>", subject=subject, body=body)
    assert result.job_title == title


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Hoi Sanne,\n\nBedankt dat je hebt gesolliciteerd voor Junior Data Analist bij Bureau Klaproos."
            "\n\nWe laten je binnen twee weken weten hoe het verder gaat.\n\nGroet,\nPim, Bureau Klaproos",
            "Junior Data Analist",
        ),
        (
            "Beste Sanne,\n\nLeuk dat je solliciteerde op Medewerker Klantenservice! We hebben je "
            "sollicitatie ontvangen en bekijken je cv deze week.\n\nGroet,\nTeam Werving\nBureau Klaproos",
            "Medewerker Klantenservice",
        ),
        (
            "Dag Sanne,\n\nNa je sollicitatiegesprek van maandag willen we je graag aanwerven als "
            "magazijnier. In bijlage vind je ons voorstel, met het contract.\n\nMet vriendelijke groeten,\n"
            "Pim Claes\nZaakvoerder\nBureau Klaproos",
            "magazijnier",
        ),
    ],
)
def test_a_dutch_verb_of_applying_or_hiring_names_the_post_after_it(body, title):
    result = extract(sender="Bureau Klaproos <werving@klaproos.be>", subject="Je sollicitatie", body=body)
    assert same_title(result.job_title, title), result.job_title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Wir würden dich sehr gerne als Frontend Engineer (m/w/d) bei Kranich Labs an Bord holen!",
            "Frontend Engineer (m/w/d)",
        ),
        ("Wir würden dich gern als Data Engineer in unserem Team begrüßen!", "Data Engineer"),
        ("Wir möchten Sie gerne als Lagerist bei uns einstellen.", "Lagerist"),
    ],
)
def test_a_german_offers_welcome_names_the_post_before_its_verb(sentence, title):
    result = extract(
        sender="Tim Berger <tim@kranichlabs.de>",
        subject="Angebot",
        body=(
            f"Hallo Lena,\n\ndanke für das tolle Gespräch am Montag.\n\n{sentence}\n\nUnser Angebot: "
            "70.000 € Jahresgehalt, 30 Urlaubstage, Start am 1. März. Den Vertrag schicken wir dir "
            "morgen.\n\nViele Grüße\nTim\n\n--\nTim Berger\nHead of Engineering | Kranich Labs GmbH"
        ),
    )
    assert result.job_title == title


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Oi, Carla!\n\nParabéns! Você foi aprovada na etapa de triagem do Programa de Trainee 2027 "
            "da Rede Ipê.\n\nA próxima fase são os testes online. Prazo: até domingo.\n\n"
            "Time de Atração | Rede Ipê",
            "Programa de Trainee 2027",
        ),
        (
            "Olá Rafael,\n\nAgradecemos o seu tempo nas entrevistas para o Programa de Estágio em Engenharia "
            "2027.\n\nPorém, não seguiremos com a sua candidatura nesta edição.\n\nAbraço,\nJoana\n"
            "Atração de Talentos | Rede Ipê",
            "Programa de Estágio em Engenharia 2027",
        ),
        (
            "Hola Lucía,\n\nGracias por tu candidatura al Programa de Prácticas en Finanzas 2027. La hemos "
            "recibido correctamente.\n\nUn saludo,\nEquipo de Talento\nRede Ipê",
            "Programa de Prácticas en Finanzas 2027",
        ),
    ],
)
def test_a_trainee_or_internship_programme_up_to_its_year_is_the_post(body, title):
    result = extract(sender="Rede Ipê <talentos@redeipe.com.br>", subject="Sua candidatura", body=body)
    assert result.job_title == title


def test_a_french_de_that_begins_a_verb_opens_no_title():
    result = extract(
        sender="Ressources humaines <rh@montclair-sur-lac.qc.ca>",
        subject="Fin du processus - Commis aux archives",
        body=(
            "Bonjour,\n\nNous vous remercions de votre candidature au poste de Commis aux archives. La "
            "Ville a décidé de mettre fin au processus de dotation. Si le poste devait être publié de "
            "nouveau, vous pourrez soumettre votre candidature.\n\nLe Service des ressources humaines\n"
            "Ville de Montclair"
        ),
    )
    assert result.job_title == "Commis aux archives"


def test_a_boards_people_also_applied_to_list_is_others_posts():
    result = extract(
        sender='"Board Apply" <apply@jobboard.example>',
        subject="Application: Pastry Cook",
        body=(
            "Application submitted\n\nPastry Cook\nHollins Bakery - Denver, CO 80202\n\nThe following items "
            "were sent to Hollins Bakery. Good luck!\n• Application\n• Resume\n\nPeople also applied to:\n"
            "Line Cook - Marlow Bistro - Denver, CO\nBaker - Crumb Street Cafe - Denver, CO"
        ),
    )
    assert result.job_title == "Pastry Cook"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Sono felice di comunicarti che vorremmo averti con noi come Data Analyst.", "Data Analyst"),
        (
            "Sono felice di comunicarti che vorremmo accoglierti nel nostro team come Tecnico di "
            "Laboratorio.",
            "Tecnico di Laboratorio",
        ),
        (
            "Sono felice di comunicarti che vorremmo tanto ter você no nosso time como Analista de Dados.",
            "Analista de Dados",
        ),
    ],
)
def test_an_offers_welcome_names_the_post_after_come_or_como(sentence, title):
    result = extract(
        sender="Giulia Neri <giulia@ventolino.io>",
        subject="Proposta",
        body=(
            f"Ciao Marta,\n\ngrazie per i colloqui. {sentence}\n\nIn allegato trovi la lettera di offerta "
            "con i dettagli: RAL 38.000 €, contratto a tempo indeterminato.\n\nA presto,\nGiulia\n"
            "People | Ventolino"
        ),
    )
    assert result.job_title == title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Obrigado pela sua candidatura à posição Analista de Dados Sénior – Porto.",
            "Analista de Dados Sénior",
        ),
        ("Obrigado pela sua candidatura à posição de Técnico de Redes.", "Técnico de Redes"),
    ],
)
def test_a_portuguese_posicao_names_the_post_with_or_without_de(sentence, title):
    result = extract(
        sender='"Recrutamento | Marés Energia" <noreply@mares.pt>',
        subject="Candidatura recebida",
        body=(
            f"Caro(a) candidato(a),\n\n{sentence} A sua candidatura foi submetida com sucesso.\n\n"
            "Cumprimentos,\nEquipa de Recrutamento\nMarés Energia, S.A."
        ),
    )
    assert result.job_title == title
