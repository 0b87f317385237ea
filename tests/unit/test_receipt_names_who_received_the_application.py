"""A board's receipt in Portuguese, French, Spanish or Italian names the employer as the one who received
the application ("foi recebida com sucesso pela X", "a bien été reçue par X", "fue recibida por X", "è stata
ricevuta da X"): that is the employer, and a post written with a dash ("Analista Fiscal - Tributos") stays
the post whole, its second part no employer. A person's name there ("reçue par Camille Fournier", "viewed
by Dana Whitfield", "wurde von Katrin Albrecht geprüft") that the mail shows as a person's (their post
after it, "who", their first name alone) is who handled it, not its employer. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Status


@pytest.mark.parametrize(
    ("sender", "subject", "body", "employer", "title"),
    [
        pytest.param(
            '"Vagas Já" <naoresponda@vagasja.example>',
            "Sua candidatura foi recebida!",
            "Olá, Rafael!\n\nSua candidatura para a vaga Analista Fiscal - Tributos foi recebida com sucesso "
            "pela Metalúrgica Serra Azul.\n\nPróximas etapas do processo:\n✔ Inscrição\n"
            "○ Entrevista com RH\n\n"
            "Esta é uma mensagem automática. Por favor, não responda.",
            "Metalúrgica Serra Azul",
            "Analista Fiscal - Tributos",
            id="pt-pela",
        ),
        pytest.param(
            '"Vagas Já" <naoresponda@vagasja.example>',
            "Candidatura recebida",
            "Olá, Rafael!\n\nSua candidatura para a vaga Auxiliar de Cozinha foi recebida pelo Grupo Maré "
            "Alta.\n\nBoa sorte!",
            "Grupo Maré Alta",
            "Auxiliar de Cozinha",
            id="pt-pelo",
        ),
        pytest.param(
            '"EmploiPlus" <noreply@emploiplus.example>',
            "Candidature envoyée",
            "Bonjour,\n\nVotre candidature au poste de Comptable a bien été reçue par Brasserie du Nord.\n\n"
            "Cordialement",
            "Brasserie du Nord",
            "Comptable",
            id="fr-par",
        ),
    ],
)
def test_the_employer_is_who_received_the_application(sender, subject, body, employer, title):
    reading = extract(body=body, subject=subject, sender=sender)
    assert reading.status is Status.APPLIED
    assert reading.company == employer
    assert reading.job_title == title


@pytest.mark.parametrize(
    ("sender", "subject", "body", "employer", "person"),
    [
        pytest.param(
            '"Brasserie Lamotte" <recrutement@brasserie-lamotte.example>',
            "Votre candidature",
            "Bonjour Léa,\n\nVotre candidature au poste de Caviste a bien été reçue par Camille "
            "Fournier, chargée de recrutement.\n\n"
            "Cordialement,\nL'équipe recrutement",
            "Brasserie Lamotte",
            "Camille Fournier",
            id="fr-recue-par",
        ),
        pytest.param(
            '"Brasserie Lamotte" <recrutement@brasserie-lamotte.example>',
            "Votre candidature",
            "Bonjour Léa,\n\nVotre candidature au poste de Caviste a été consultée par Camille "
            "Fournier. Camille vous recontactera.\n\n"
            "Cordialement",
            "Brasserie Lamotte",
            "Camille Fournier",
            id="fr-consultee-par",
        ),
        pytest.param(
            '"Padaria Bom Grão" <vagas@padariabomgrao.example>',
            "Candidatura recebida",
            "Olá, Rafael!\n\nSua candidatura para a vaga de Confeiteiro foi recebida com sucesso pela "
            "Mariana Teixeira. Mariana vai analisar o seu perfil.\n\nAbraços",
            "Padaria Bom Grão",
            "Mariana Teixeira",
            id="pt-recebida-pela",
        ),
        pytest.param(
            '"Hoteles Brisamar" <empleo@brisamar.example>',
            "Solicitud recibida",
            "Hola Lucía,\n\nTu solicitud para el puesto de Recepcionista fue recibida por Andrés Molina, "
            "responsable de selección.\n\nSaludos",
            "Hoteles Brisamar",
            "Andrés Molina",
            id="es-recibida-por",
        ),
        pytest.param(
            '"Ortofrutta Valdarno" <lavora@valdarno.example>',
            "Candidatura ricevuta",
            "Ciao Marco,\n\nla tua candidatura per Magazziniere è stata ricevuta da Giulia Ferraresi. Giulia "
            "ti contatterà entro due settimane.\n\nCordiali saluti",
            "Ortofrutta Valdarno",
            "Giulia Ferraresi",
            id="it-ricevuta-da",
        ),
        pytest.param(
            '"Kellerei Rebhang" <jobs@rebhang.example>',
            "Ihre Bewerbung",
            "Hallo Jonas,\n\nIhre Bewerbung als Kellermeister wurde von Katrin Albrecht (Personalreferentin) "
            "geprüft.\n\n"
            "Viele Grüße",
            "Kellerei Rebhang",
            "Katrin Albrecht",
            id="de-von-geprueft",
        ),
        pytest.param(
            '"Bakkerij Koren" <werken@bakkerijkoren.example>',
            "Sollicitatie bekeken",
            "Hoi Daan,\n\nJe sollicitatie voor Broodbakker is bekeken door Sanne de Vries, recruiter.\n\n"
            "Groet",
            "Bakkerij Koren",
            "Sanne de Vries",
            id="nl-bekeken-door",
        ),
        pytest.param(
            '"Harbor Foods Careers" <careers@harborfoods.example>',
            "Your application",
            "Hi Sam,\n\nThanks for applying for Warehouse Lead. Your application has been viewed by Dana "
            "Whitfield, who leads the team.\n\nBest",
            "Harbor Foods",
            "Dana Whitfield",
            id="en-viewed-by",
        ),
    ],
)
def test_a_person_who_received_the_application_is_not_its_employer(sender, subject, body, employer, person):
    reading = extract(body=body, subject=subject, sender=sender)
    assert reading.status is Status.APPLIED
    assert reading.company != person
    assert reading.company == employer


def test_a_brand_shaped_like_a_persons_name_stays_the_employer_where_the_mail_shows_no_person():
    # Two capitalised words are as often a brand as a person: only a post, "who" or a first name taken up
    # alone shows a person.
    reading = extract(
        subject="Your application was viewed by Larkspur Minds",
        body="Hi Sam,\n\nYour application was viewed by Larkspur Minds. Keep going!",
        sender='"Jobvessel" <notices@jobvessel.example>',
    )
    assert reading.company == "Larkspur Minds"
