"""The post on a labelled line, in the languages' own labels (invented mail): the line under "pour le poste
suivant :" / "para el puesto siguiente:", a "Titre :" / "Título:" / "Titolo:" / "Titel:" line, a posting's
summary under the signature's "-- " delimiter ("Vacature: X"), and a selection's reference footer that
writes the post between separators after its code ("Rif. selezione: 26-TO-118 · X · Cliente: Y").
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind

_MAILS = [
    dict(
        sender="Caisse Pellerin <emplois@caissepellerin.ca>",
        subject="Nous avons bien reçu votre candidature",
        body="Bonjour Clothilde,\n\nNous vous confirmons la réception de votre candidature pour le poste "
        "suivant :\nRédactrice - Contenus web (R7781204)\nLieu : Laval\n\nL'équipe Acquisition de talents",
        title="Rédactrice - Contenus web",
    ),
    dict(
        sender="Caja Almendral <empleo@cajaalmendral.es>",
        subject="Hemos recibido tu candidatura",
        body="Hola Rosalba,\n\nHemos recibido tu candidatura para el puesto siguiente:\nTécnica de "
        "Tesorería\nUbicación: Sevilla\n\nUn saludo,\nEquipo de Selección",
        title="Técnica de Tesorería",
    ),
    dict(
        sender="Université de Valcourt <dotation@valcourt.ca>",
        subject="Accusé de réception - Affichage no 2026-0441",
        body="Madame Quesnel,\n\nNous accusons réception de votre candidature à l'affichage suivant :\n\n"
        "No d'affichage : 2026-0441\nTitre : Agente de recherche en pédagogie\nStatut : Poste régulier\n\n"
        "Direction des ressources humaines",
        title="Agente de recherche en pédagogie",
    ),
    dict(
        sender="Quendorf Versicherung <bewerbung@quendorf-versicherung.de>",
        subject="Eingangsbestätigung",
        body="Sehr geehrte Frau Quellmalz,\n\nwir bestätigen den Eingang Ihrer Bewerbung.\n\nKennziffer: "
        "26/118\nTitel: Sachbearbeiterin Schadenregulierung\nStandort: Kassel\n\nIhr Personalteam",
        title="Sachbearbeiterin Schadenregulierung",
    ),
    dict(
        sender="Wessel de Graaf <wessel.degraaf@flexplaza.nl>",
        subject="terugkoppeling",
        body="Hoi Maartje,\n\nIk heb net gehoord van de opdrachtgever: ze gaan helaas verder met een andere "
        "kandidaat.\n\nGroetjes,\nWessel\n--\nVacature: Planner binnendienst (36 uur)\nOpdrachtgever: "
        "Brouwerij Ommeland",
        title="Planner binnendienst",
    ),
    dict(
        sender="Ornella Fabbri <ornella.fabbri@lavoropiu.it>",
        subject="Aggiornamento candidatura",
        body="Gentile Matteo,\n\nla ringraziamo per la disponibilità. L'azienda ha scelto di proseguire con "
        "un altro profilo.\n\nCordiali saluti\nOrnella Fabbri\n\nRif. selezione: 26-TO-118 · Operatrice di "
        "Magazzino · Cliente: Ferramenta Bassotti S.r.l. (Torino)",
        title="Operatrice di Magazzino",
    ),
]


@pytest.mark.parametrize("mail", _MAILS, ids=lambda mail: mail["title"])
def test_the_post_on_its_labelled_line_is_the_title(mail: dict[str, str]) -> None:
    result = extract(sender=mail["sender"], subject=mail["subject"], body=mail["body"])
    assert result.kind is Kind.APPLICATION, result
    assert result.job_title == mail["title"]
