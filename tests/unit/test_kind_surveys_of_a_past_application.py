"""A survey of the reader's past application, in the seven languages (invented mail): it says only that the
reader applied ("you recently applied for a role with X", "je hebt onlangs gesolliciteerd"), asks how
likely they are to recommend the employer, or says its answers touch no application. No application's news;
a receipt stating the application received that invites to a survey stays the receipt.
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status

_SURVEYS = {
    "en": _mail(
        "Harbourline Careers <careers@survey.harbourline.example>",
        "How did we do?",
        "Hi Morgan,",
        "You recently applied for a role with Harbourline, and we'd love to hear how it went, whatever the "
        "outcome.",
        "How likely are you to recommend applying to Harbourline to a friend? 0 1 2 3 4 5 6 7 8 9 10",
        "Your answers will not affect your application.",
    ),
    "pt": _mail(
        "Vagali <pesquisa@vagali.com.br>",
        "Conta pra gente como foi",
        "Oi, Renata!",
        "Você se candidatou a vagas pelo Vagali recentemente.",
        "Qual a chance de você recomendar o Vagali para um amigo? 0 a 10",
        "Suas respostas não interferem em nenhum processo seletivo.",
    ),
    "nl": _mail(
        "Team Werving Duinveld <feedback@duinveld.nl>",
        "Hoe heb jij je sollicitatie bij Duinveld ervaren?",
        "Hoi Noor,",
        "Je hebt onlangs gesolliciteerd bij Duinveld. We horen graag hoe je het proces hebt ervaren.",
        "De vragen kosten je 3 minuten en hebben geen invloed op je sollicitatie.",
    ),
    "es": _mail(
        "Selección Marisma <encuestas@marisma.es>",
        "Tu opinión nos importa",
        "Hola Irene,",
        "Hace poco te postulaste a una oferta de Marisma.",
        "¿Qué probabilidad hay de que recomiendes Marisma a un amigo como empresa para trabajar?",
        "Tus respuestas no afectan a tu candidatura.",
    ),
    "fr": _mail(
        "Recrutement Bellerive <avis@bellerive.fr>",
        "Votre avis compte",
        "Bonjour Léa,",
        "Vous avez postulé récemment chez Bellerive.",
        "Sur une échelle de 0 à 10, recommanderiez-vous Bellerive à un ami ?",
        "Vos réponses n'auront aucune incidence sur votre candidature.",
    ),
    "de": _mail(
        "Recruiting Falkenried <feedback@falkenried.de>",
        "Ihre Meinung ist gefragt",
        "Hallo Herr Brandt,",
        "Sie haben sich kürzlich bei Falkenried beworben.",
        "Wie wahrscheinlich ist es, dass Sie Falkenried als Arbeitgeber weiterempfehlen? Ihre Antworten "
        "haben keinen Einfluss auf Ihre Bewerbung.",
    ),
    "it": _mail(
        "Selezione Montebruno <sondaggi@montebruno.it>",
        "La tua opinione conta",
        "Ciao Sara,",
        "di recente ti sei candidata a un'offerta di Montebruno.",
        "Quanto è probabile che tu consigli Montebruno a un amico? Le tue risposte non influiranno sulla tua "
        "candidatura.",
    ),
}


@pytest.mark.parametrize("language", sorted(_SURVEYS))
def test_a_survey_of_a_past_application_is_other_mail(language):
    result = extract(**_SURVEYS[language])
    assert result.kind is Kind.OTHER, result


def test_a_receipt_inviting_to_a_survey_stays_the_applications():
    result = extract(
        **_mail(
            "Harbourline Careers <careers@harbourline.example>",
            "Application received: Store Manager",
            "Hi Morgan,",
            "We have received your application for Store Manager and will review it shortly.",
            "How likely are you to recommend our application process to a friend? Your answers will not "
            "affect your application.",
        )
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.APPLIED, result
