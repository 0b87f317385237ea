"""Another chosen or the post filled, in wording the rejection's shape missed (invented mail): the choice told
in the third person's past or as someone identified ("avançaram com outro candidato", "la commissione ha
individuato una candidata che ...", "le jury a identifié un candidat dont ...", "eine Kandidatin
identifiziert, die bereits ..."), the post named at length before "filled" ("the vacancy 44-118 <a long
title> has now been filled"), or the search for it filled ("la búsqueda de X quedó cubierta"): rejected.
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
                "Harbourline Utilities <careers@harbourline-utilities.com>",
                "Your application 44-118",
                "Dear Priyanka,",
                "Thank you for the time you put into your application.",
                "We wish to let you know that the vacancy 44-118 Senior Payroll Administrator – Shared "
                "Services Centre has now been filled.",
                "We encourage you to look at our careers site for future roles.",
                "Harbourline Talent Team",
            ),
            id="en_vacancy_named_at_length_filled",
        ),
        pytest.param(
            _mail(
                "Marisol Quiroga <mquiroga@estudiocontablelapampa.com.ar>",
                "Re: Búsqueda Analista Contable",
                "Hola Tomás, ¿cómo estás?",
                "Te escribo para contarte que la búsqueda de Analista Contable Sr ya quedó cubierta con "
                "una persona del equipo.",
                "Gracias por tu tiempo y mucha suerte.",
                "Marisol",
            ),
            id="es_busqueda_quedo_cubierta",
        ),
        pytest.param(
            _mail(
                "Renata Falcão <renata.falcao@consultoriaipe.com.br>",
                "Processo Coordenador de Exportação",
                "Oi Caio, tudo bem?",
                "Conversei com o cliente esta semana: depois das entrevistas, eles avançaram com outro "
                "candidato que já tinha experiência no mercado asiático.",
                "Fico com seu currículo para as próximas oportunidades.",
                "Abraço,\nRenata",
            ),
            id="pt_avancaram_com_outro_candidato",
        ),
        pytest.param(
            _mail(
                "Ufficio Personale Fondazione Valmarecchia <personale@fondazionevalmarecchia.it>",
                "Candidatura – Referente progetti europei",
                "Gentile dottoressa Bellucci,",
                "al termine dei colloqui la commissione ha individuato una candidata che risponde meglio "
                "ai requisiti della posizione.",
                "Conserveremo il suo curriculum per future opportunità.",
                "Ufficio Personale",
            ),
            id="it_ha_individuato_una_candidata",
        ),
        pytest.param(
            _mail(
                "Service RH Cartonnerie Mervent <rh@cartonnerie-mervent.fr>",
                "Votre candidature – Technicien maintenance",
                "Bonjour Florian,",
                "À l'issue des entretiens, le jury a identifié un candidat dont le parcours correspond "
                "davantage au poste.",
                "Nous vous souhaitons une bonne continuation.",
                "Service RH – Cartonnerie Mervent",
            ),
            id="fr_a_identifie_un_candidat",
        ),
        pytest.param(
            _mail(
                "HR Ravensberg Elektrotechnik <hr@ravensberg-elektro.de>",
                "Ihre Bewerbung als Elektroniker",
                "Sehr geehrter Herr Kowalczyk,",
                "nach den Gesprächen haben wir eine Kandidatin identifiziert, die bereits Erfahrung in der "
                "Prüftechnik mitbringt.",
                "Wir wünschen Ihnen alles Gute.",
                "HR Ravensberg Elektrotechnik",
            ),
            id="de_eine_kandidatin_identifiziert",
        ),
    ],
)
def test_another_chosen_or_the_post_filled_is_a_rejection(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.REJECTED, result
