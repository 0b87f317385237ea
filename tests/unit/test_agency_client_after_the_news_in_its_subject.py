"""An agency files its client's decision under the news and the client's name, with no dash between them
(invented mail): "Rückmeldung <client>", "Feedback proceso <client>", "Terugkoppeling <client>",
"Riscontro <client>", "Retour <client>", and the follow-up it files the answer under: "Suivi <client>",
"Follow-up <client>", "Seguimiento <client>". The body speaks only of "unser Kunde", "el cliente", "de
klant": the subject is where the writer named the client, which the labelling rule makes the company. A
role after the news is the post, a step is the step, the reader's own name is no client, and the agency's
own name is the agency."""

import pytest

from tests.extraction_support import assert_application_naming, extract_as_read
from tracker.models import Status

CLIENTS = [
    pytest.param(
        "Wendelin Sturzeis <w.sturzeis@stollbrueck-personal.example>",
        "Rückmeldung Mühlgrabner Armaturen",
        "Sehr geehrte Frau Quandtner,\n\nleider muss ich Ihnen mitteilen, dass sich unser Kunde gegen eine "
        "weitere Zusammenarbeit in diesem Verfahren entschieden hat. Ich wünsche Ihnen alles Gute.\n\n"
        "Freundliche Grüße\nWendelin Sturzeis\nStollbrück Personalberatung GmbH\nGrazer Straße 40, Leoben",
        Status.REJECTED,
        "Mühlgrabner Armaturen",
        id="an_austrian_agencys_rejection",
    ),
    pytest.param(
        "Yerai Escobosa <yescobosa@cumbrelta-seleccion.example>",
        "Feedback proceso Ordunte Encurtidos",
        "Hola Irantzu,\n\nte escribo para contarte que el cliente ha optado por seguir con otro perfil más "
        "ajustado. Muchas gracias por participar.\n\nSaludos,\nYerai Escobosa\nConsultor de Selección\n"
        "Cumbrelta Selección\nAvenida del Puerto 8, Castellón",
        Status.REJECTED,
        "Ordunte Encurtidos",
        id="a_spanish_consultancys_rejection_with_the_process_noun",
    ),
    pytest.param(
        "Wiebren Zuidhoek <wiebren@heideland-werving.example>",
        "Terugkoppeling Ganzeveld Boomteelt",
        "Hoi Hiltje,\n\nhelaas heeft de klant besloten om met een andere kandidaat verder te gaan. Bedankt "
        "voor je inzet tijdens de gesprekken.\n\nMet vriendelijke groet,\nWiebren Zuidhoek\n"
        "Heideland Werving & Selectie\nMarktplein 9, Emmen",
        Status.REJECTED,
        "Ganzeveld Boomteelt",
        id="a_dutch_agencys_rejection",
    ),
    pytest.param(
        "Rosalba Pozzolungo <r.pozzolungo@brembanalavoro.example>",
        "Riscontro Ferraguti Cartotecnica",
        "Buongiorno Ubaldo,\n\nl'azienda cliente mi ha informata che purtroppo ha scelto un "
        "altro candidato.\n\nCordiali saluti,\nRosalba Pozzolungo\nBrembana Lavoro S.p.A. - Agenzia per il "
        "Lavoro\nVia Roma 15, Bergamo",
        Status.REJECTED,
        "Ferraguti Cartotecnica",
        id="an_italian_agencys_rejection",
    ),
    pytest.param(
        "Tanguy Kerautret <t.kerautret@iroise-interim.example>",
        "Retour Plouzévet Salaisons",
        "Bonjour Solenn,\n\nnotre client a malheureusement retenu une autre candidature. Je reviens vers "
        "vous dès qu'une mission correspond à votre parcours.\n\nCordialement,\nTanguy Kerautret\n"
        "Iroise Intérim\n12 rue de Siam, Brest",
        Status.REJECTED,
        "Plouzévet Salaisons",
        id="a_french_agencys_rejection",
    ),
    # The follow-up a recruiter files the client's answer under: "Suivi", "Follow-up", "Seguimiento".
    pytest.param(
        "Nadia Roy <nroy@cadrerh.ca>",
        "Suivi Tanneries Morvel",
        "Bonjour Marc,\n\nJ'ai eu un retour de mon client ce matin. Ils ont choisi de poursuivre "
        "avec une autre personne pour ce poste.\n\nJe pense à toi pour les prochains "
        "mandats.\n\nNadia Roy\nConseillère en recrutement\nCadre RH inc.",
        Status.REJECTED,
        "Tanneries Morvel",
        id="a_quebec_agencys_follow_up",
    ),
    pytest.param(
        "Owen Hale <owen@hale-search.co.uk>",
        "Follow-up Pendry Logistics",
        "Hi Sam,\n\nI've heard back from my client today. They've decided to go with another "
        "candidate for this one.\n\nI'll be in touch about other roles.\n\nOwen Hale\nRecruitment "
        "Consultant\nHale Search",
        Status.REJECTED,
        "Pendry Logistics",
        id="an_english_agencys_follow_up",
    ),
    pytest.param(
        "Pilar Vidal <pilar@talentoyseleccion.es>",
        "Seguimiento Conservas Arnedo",
        "Hola Ana:\n\nHe tenido respuesta de mi cliente. Han decidido seguir con otra persona para "
        "el puesto.\n\nTe tendré en cuenta para próximos procesos.\n\nPilar Vidal\nConsultora de "
        "Selección\nTalento y Selección",
        Status.REJECTED,
        "Conservas Arnedo",
        id="a_spanish_agencys_follow_up",
    ),
    pytest.param(
        "Rita Costa <rita@recrutamais.pt>",
        "Seguimento Vidreira Alvor",
        "Olá Inês,\n\nTive resposta do meu cliente. Decidiram avançar com outro candidato para "
        "esta função.\n\nVou ter-te em conta para próximas oportunidades.\n\nRita "
        "Costa\nConsultora de Recrutamento\nRecruta Mais",
        Status.REJECTED,
        "Vidreira Alvor",
        id="a_portuguese_agencys_follow_up",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "status", "company"), CLIENTS)
def test_the_client_after_the_news_in_an_agencys_subject_is_the_employer(
    sender, subject, body, status, company
):
    assert_application_naming(extract_as_read(sender, subject, body), company, status)


_GERMAN_AGENCY = "Wendelin Sturzeis <w.sturzeis@stollbrueck-personal.example>"
_GERMAN_BODY = (
    "Sehr geehrte Frau Quandtner,\n\nunser Kunde hat sich leider für eine andere Kandidatin entschieden.\n\n"
    "Freundliche Grüße\nWendelin Sturzeis\nStollbrück Personalberatung GmbH\nGrazer Straße 40, Leoben"
)
_DUTCH_AGENCY = "Wiebren Zuidhoek <wiebren@heideland-werving.example>"
_DUTCH_BODY = (
    "Hoi Hiltje,\n\nde opdrachtgever zet de vacature voorlopig on hold. Ik laat het je weten zodra er nieuws "
    "is.\n\nGroet,\nWiebren Zuidhoek\nHeideland Werving & Selectie\nMarktplein 9, Emmen"
)


@pytest.mark.parametrize(
    ("sender", "subject", "body", "agency"),
    [
        pytest.param(
            _GERMAN_AGENCY,
            "Rückmeldung Projektleiter Elektrotechnik",
            _GERMAN_BODY,
            "Stollbrück Personalberatung",
            id="a_german_role",
        ),
        pytest.param(
            _DUTCH_AGENCY,
            "Terugkoppeling Verkoper Buitendienst",
            _DUTCH_BODY,
            "Heideland Werving & Selectie",
            id="a_dutch_salesmans_post",
        ),
        pytest.param(
            _DUTCH_AGENCY,
            "Terugkoppeling Hiltje Ommeren",
            _DUTCH_BODY,
            "Heideland Werving & Selectie",
            id="the_readers_own_name",
        ),
        pytest.param(
            _GERMAN_AGENCY, "Rückmeldung Gespräch", _GERMAN_BODY, "Stollbrück Personalberatung", id="a_step"
        ),
    ],
)
def test_a_role_a_step_or_the_reader_after_the_news_is_no_client(sender, subject, body, agency):
    result = extract_as_read(sender, subject, body)
    assert result.company == agency


def test_an_article_after_the_news_is_no_part_of_the_clients_name():
    result = extract_as_read(_GERMAN_AGENCY, "Rückmeldung der Saalbrucker Mälzerei", _GERMAN_BODY)
    assert result.company is None or not result.company.lower().startswith("der ")
