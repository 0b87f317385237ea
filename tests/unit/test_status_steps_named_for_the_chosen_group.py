"""A step named for the people the employer will choose, in a gender-inclusive plural or as people at large
("les candidat·e·s retenu·e·s", "las personas que pasen", "Bewerber:innen, die wir einladen", "people we
shortlist"), is the group's step, not the reader's: a receipt or an update telling how the process goes on
stays where it is (invented mail, seven languages). A step set for the reader beside people they will meet
stays the step.
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
                "Service du personnel <emplois@quarriere-sorbiers.fr>",
                "Accusé de réception de votre candidature",
                "Madame,",
                "Nous accusons réception de votre candidature au poste de Gestionnaire de paie.",
                "Les candidat·e·s retenu·e·s pour un entretien seront contacté·e·s par téléphone le jeudi "
                "14 octobre.",
                "Le service du personnel",
            ),
            id="fr_inclusive_point_median",
        ),
        pytest.param(
            _mail(
                "Ofelia Murguizur <omurguizur@talento-arbeleche.es>",
                "Tu candidatura: Técnico de Mantenimiento",
                "Hola Iñigo:",
                "Hemos recibido tu candidatura para el puesto de Técnico de Mantenimiento.",
                "El nombre de la planta lo daremos a conocer a las personas que lleguen a la entrevista "
                "con la dirección, prevista para la semana del 8 de noviembre.",
                "Ofelia Murguizur",
            ),
            id="es_personas_que",
        ),
        pytest.param(
            _mail(
                "HR <vacatures@drukkerij-oosterbaan.nl>",
                "Ontvangstbevestiging sollicitatie",
                "Beste Wietske,",
                "Bedankt voor je sollicitatie als Drukker, die we in goede orde hebben ontvangen.",
                "Degenen die we uitnodigen voor een sollicitatiegesprek, horen dat uiterlijk dinsdag 4 mei.",
                "Team HR",
            ),
            id="nl_degenen_die",
        ),
        pytest.param(
            _mail(
                "Recruitment <jobs@pellowgate-housing.org.uk>",
                "Application received - Tenancy Officer",
                "Dear Morwenna,",
                "Thank you for your application for the Tenancy Officer post, which we have received.",
                "Shortlisted people will be invited to an interview on Wednesday 19 January at our "
                "Truro office.",
                "Pellowgate Housing Recruitment",
            ),
            id="en_shortlisted_people",
        ),
        pytest.param(
            _mail(
                "Risorse Umane <selezione@cantieri-valdorba.it>",
                "Conferma ricezione candidatura",
                "Gentile Ottavio,",
                "abbiamo ricevuto la tua candidatura per la posizione di Saldatore.",
                "Le persone selezionate saranno invitate a un colloquio in cantiere martedì 9 marzo.",
                "Risorse Umane",
            ),
            id="it_persone_selezionate",
        ),
        pytest.param(
            _mail(
                "Recrutamento <vagas@ourivesaria-belmonteiro.pt>",
                "Candidatura recebida",
                "Olá Quitéria,",
                "Recebemos a sua candidatura para Assistente de Loja.",
                "As pessoas pré-selecionadas serão convocadas para uma entrevista na sexta-feira, 12 de "
                "maio, às 10h00.",
                "Equipa de Recrutamento",
            ),
            id="pt_pessoas_pre_selecionadas",
        ),
    ],
)
def test_a_step_for_the_chosen_group_leaves_the_receipt_applied(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.APPLIED, result


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Tamsin Rudd <tamsin@brackenfold-bakery.co.uk>",
                "Your application - Pastry Chef",
                "Hi Oisín,",
                "Thanks for applying for the Pastry Chef role. We'd like to invite you to an interview on "
                "Friday 4 February at 10am, where you'll meet the people who run our kitchen.",
                "Tamsin",
            ),
            id="en_people_the_reader_meets",
        ),
        pytest.param(
            _mail(
                "Lucía Ezquerro <lezquerro@vidrios-ablitas.es>",
                "Entrevista - Comercial",
                "Hola Adrián:",
                "Gracias por tu candidatura. Te esperamos para una entrevista el martes 15 a las 11:00 con "
                "las personas que forman el equipo comercial.",
                "Lucía",
            ),
            id="es_personas_beside_the_reader",
        ),
    ],
)
def test_a_step_set_for_the_reader_beside_other_people_stays_the_interview(mail):
    assert extract(**mail).status is Status.INTERVIEW


def test_a_german_receipt_naming_the_group_stays_applied():
    # German receipts were read right before: their step sentences name no reader ("Sie" is read as one
    # only where it is), so no invitation is read from them; kept so that it stays so.
    mail = _mail(
        "Personalabteilung <karriere@zwickelbach-moebel.de>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrte Frau Trautwein,",
        "vielen Dank für Ihre Bewerbung als Disponentin, die wir erhalten haben.",
        "Die Personen, die in die engere Auswahl kommen, laden wir am 3. Dezember zum "
        "Vorstellungsgespräch ein.",
        "Ihre Personalabteilung",
    )
    assert extract(**mail).status is Status.APPLIED
