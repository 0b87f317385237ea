"""A day and an hour a person proposes, with how the meeting would happen said as a visit to their own place
("come by and see the kilns", "que vous passiez nous voir", "schauen Sie bei uns vorbei", "kom gerust even
langs") or only at the end of the paragraph the time is asked in ("Tuesday at 4? If not, send me two slots.
It'd be on Zoom"): the interview, in every language (invented mail). Visiting words with no time proposed,
and a time asked for something sent, stay where the application was.
"""

import pytest

from tests.extraction_support import extract_as_read as extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Thaddeus Orrington <thaddeus@orrington-ceramics.co.uk>",
                "Your application",
                "Dear Maribel,",
                "Thank you for your application. Your glaze notes caught our eye. The easiest thing would "
                "be for you to come by and see the kilns.",
                "How about Tuesday 14 April at 10am?",
                "Best wishes,\nThaddeus Orrington",
            ),
            id="en_come_by_and_see",
        ),
        pytest.param(
            _mail(
                "Hortensine Castelbajac <hortensine@fromagerie-vaudrenne.fr>",
                "Votre candidature",
                "Bonjour Clémentine,",
                "Merci pour votre candidature. Le plus simple serait que vous passiez nous voir à la "
                "fromagerie.",
                "Je vous propose lundi 13 avril vers 15h.",
                "Bien cordialement,\nHortensine Castelbajac",
            ),
            id="fr_passiez_nous_voir",
        ),
        pytest.param(
            _mail(
                "Leopold Wirtensohn <l.wirtensohn@roesterei-wirtensohn.de>",
                "Ihre Bewerbung",
                "Hallo Frau Quellmalz,",
                "danke für Ihre Bewerbung. Am besten schauen Sie einfach bei uns in der Rösterei vorbei.",
                "Passt Ihnen Mittwoch, 15. April, um 11 Uhr?",
                "Viele Grüße\nLeopold Wirtensohn",
            ),
            id="de_schauen_sie_vorbei",
        ),
        pytest.param(
            _mail(
                "Casilda Urquiaga <casilda@urquiaga-vinilos.es>",
                "Re: Candidatura - Diseñador gráfico",
                "Hola Bruno,",
                "Gracias por el portfolio. ¿Podrías el martes 21 a las 16 h? Si no, mándame dos horarios. "
                "Sería por Zoom, te paso el enlace.",
                "Un saludo,\nCasilda",
            ),
            id="es_means_at_the_paragraphs_end",
        ),
        pytest.param(
            _mail(
                "Ottavio Brambillasca <ottavio@legatoria-brambillasca.it>",
                "Re: Candidatura legatore",
                "Ciao Vittoria,",
                "Grazie per il curriculum. Ti andrebbe bene giovedì 16 aprile alle 17? Altrimenti dimmi tu "
                "due orari. Lo faremmo su Teams, ti giro l'invito.",
                "A presto,\nOttavio",
            ),
            id="it_means_at_the_paragraphs_end",
        ),
        pytest.param(
            _mail(
                "Graciete Sobreiro <graciete@sobreiro-azulejos.pt>",
                "Re: Candidatura - Ceramista",
                "Olá Duarte,",
                "Obrigada pelo portefólio. Consegue na terça, 21 de abril, às 16h? Caso contrário, mande-me "
                "dois horários. Seria pelo Zoom, envio-lhe o link.",
                "Cumprimentos,\nGraciete",
            ),
            id="pt_means_at_the_paragraphs_end",
        ),
    ],
)
def test_a_time_proposed_for_a_visit_or_a_later_means_is_an_interview(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.INTERVIEW, result


def test_visiting_words_with_no_time_proposed_are_no_interview():
    result = extract(
        **_mail(
            "Thaddeus Orrington <thaddeus@orrington-ceramics.co.uk>",
            "Your application",
            "Dear Maribel,",
            "Thank you for your application, which we have received. Feel free to come by the gallery any "
            "time. We will review applications after the closing date.",
            "Best wishes,\nThaddeus Orrington",
        )
    )
    assert result.status is Status.APPLIED, result
