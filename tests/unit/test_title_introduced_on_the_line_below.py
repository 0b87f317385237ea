"""A sentence about the reader's application ending on the post's or its posting's noun and a colon names
the post on the line below, in every language; the same nouns alone label a summary's line."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Bolsa Empleo Quimera <avisos@bolsaquimera.com.uy>",
            "Novedades de tu postulación",
            "Hola Bruno,\n\nLa empresa Curtiembre Ñacurutú S.A. revisó tu postulación al aviso:\n\n"
            "Jefe/a de Turno de Curtido\nPublicado hace 9 días\n\nEstado: En evaluación\n\n"
            "Seguí tus postulaciones desde tu cuenta.",
            "Jefe/a de Turno de Curtido",
        ),
        (
            "Casa di Cura Vallerosa <noreply@talent-portal.example.ch>",
            "Conferma di ricezione",
            "Gentile Signor Ostuni,\n\nle confermiamo di aver ricevuto la sua candidatura per il posto di:\n"
            "Tecnico/a di radiologia medica\nSede: Mendrisio\n\nCordiali saluti\nRisorse Umane",
            "Tecnico/a di radiologia medica",
        ),
        (
            "Ateliers Grisonnet <rh@ateliers-grisonnet.fr>",
            "Accusé de réception",
            "Bonjour Madame Pélissard,\n\nNous avons bien reçu votre candidature en réponse à l'annonce :\n"
            "Chaudronnier·ère soudeur·euse\nLieu : Oyonnax\n\nNous revenons vers vous sous quinze jours.\n\n"
            "L'équipe RH",
            "Chaudronnier·ère soudeur·euse",
        ),
        (
            "Stadtwerke Quellbrunn <karriere@stadtwerke-quellbrunn.de>",
            "Eingangsbestätigung",
            "Sehr geehrter Herr Vosskuhle,\n\nwir bestätigen den Eingang Ihrer Bewerbung auf unsere "
            "Ausschreibung:\n\nNetzmonteur:in Fernwärme\n\nWir melden uns in den nächsten Wochen.\n\n"
            "Ihre Personalabteilung",
            "Netzmonteur:in Fernwärme",
        ),
        (
            "Vagas Jabuticaba <vagas@jabuticaba-alimentos.com.br>",
            "Candidatura recebida",
            "Olá Iara,\n\nA sua candidatura ao anúncio:\nAssistente de Qualidade Júnior\nfoi recebida pela "
            "empresa e está em análise.\n\nEquipe de Seleção",
            "Assistente de Qualidade Júnior",
        ),
        (
            "Portal Trabajo Sierra <noreply@trabajo-sierra.es>",
            "Tu candidatura ha cambiado de estado",
            "Hola Ainhoa:\n\nLa empresa Conservas Bermeoaldea ha leído tu CV.\n\n"
            "Oferta: Encargado/a de línea de envasado\nEstado de tu candidatura: CV leído\n\nSuerte.",
            "Encargado/a de línea de envasado",
        ),
        (
            "Grupo Ferralba <talento@ferralba.example.es>",
            "Confirmación de candidatura",
            "Hola Maite:\n\nHemos recibido tu candidatura para la siguiente posición:\n\n"
            "Coordinador/a de Mantenimiento Industrial\nUbicación: Zaragoza\n\nEquipo de Selección",
            "Coordinador/a de Mantenimiento Industrial",
        ),
        (
            "Cerâmicas Azenha <rh@azenha.example.pt>",
            "Candidatura recebida",
            "Olá Tiago,\n\nRecebemos a sua candidatura para a posição:\n\n"
            "Técnica de Planeamento Industrial\n\n"
            "Entraremos em contacto em breve.\n\nRecursos Humanos",
            "Técnica de Planeamento Industrial",
        ),
        (
            "Verrerie Boisjoly <recrutement@boisjoly.example.fr>",
            "Retrait de votre candidature",
            "Bonjour Anaïs,\n\nNous confirmons le retrait de votre candidature pour l'offre suivante :\n\n"
            "Responsable Qualité Fournisseurs\n\nBonne continuation,\nL'équipe RH",
            "Responsable Qualité Fournisseurs",
        ),
        (
            "Empleos Quebracho <avisos@quebracho.example.com.ar>",
            "Tu CV fue visto",
            "Hola Franco,\n\nLa empresa Molinos Tandilia vio tu CV para el aviso al que postulaste:\n\n"
            "Supervisor/a de Molienda\n\nSeguí tus postulaciones desde la app.",
            "Supervisor/a de Molienda",
        ),
        (
            "Jobs at Wrenfield <noreply@wrenfield-jobs.example.com>",
            "Your application was viewed",
            "Hi Dana,\n\nGood news: the hiring team looked at the job you applied for:\n\n"
            "Warehouse Shift Lead\n\nWe'll let you know if they reach out.",
            "Warehouse Shift Lead",
        ),
        (
            "Portale Lavoro Brenta <notifiche@brenta-lavoro.example.it>",
            "Aggiornamento",
            "Ciao Elisa,\n\nl'azienda ha letto il tuo CV per la posizione per cui ti sei candidata:\n\n"
            "Impiegata Ufficio Acquisti\n\nIn bocca al lupo!",
            "Impiegata Ufficio Acquisti",
        ),
    ],
)
def test_the_post_on_the_line_the_sentence_introduces(
    sender: str, subject: str, body: str, title: str
) -> None:
    assert extract(body, subject, sender).job_title == title


def test_what_we_offer_is_no_post() -> None:
    # "La nostra offerta:" lists what the employer offers, not the post: the label is the noun alone.
    body = (
        "Ciao Nives,\n\ngrazie per la candidatura come Magazziniere Carrellista.\n\nLa nostra offerta:\n"
        "Contratto a tempo indeterminato\n\nA presto,\nUfficio Personale"
    )
    assert extract(body, "Candidatura ricevuta", "Lavori Ferrandina <hr@ferrandina.it>").job_title == (
        "Magazziniere Carrellista"
    )
