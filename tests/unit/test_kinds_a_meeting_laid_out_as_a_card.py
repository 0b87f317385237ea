"""A meeting set for the reader laid out as a card of labelled lines ("Datum: ... / Tijd: ... / Locatie:
..."), in words no sentence holds, is an interview of the reader's application: its day's line holds a day,
its hour's line a clock time, and a line says where or with whom; or, its day and hour written above it, the
card names the post and the place. A card in mail naming no job (a flat's viewing) or a webinar's is no
application. Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status

_CARDS = [
    pytest.param(
        "Maison Verrault <rh@maisonverrault.example>",
        "Confirmation de votre rencontre – Technicienne de laboratoire",
        "Bonjour Madame Leblanc,\n\nNous avons le plaisir de confirmer votre rencontre pour le poste de "
        "Technicienne de laboratoire :\n\nDate : jeudi 12 juin\nHeure : 9 h 30\nLieu : 40, rue des Érables, "
        "Sherbrooke\n\nMerci de vous présenter à l'accueil.\n\nL'équipe RH",
        id="fr-date-heure-lieu",
    ),
    pytest.param(
        "Sanne Kuiper | Flexwerk <sanne.kuiper@flexwerk.example>",
        "Bevestiging – woensdag 3 september",
        "Hoi Jeroen,\n\nZoals besproken staat alles vast. Hieronder de details.\n\nFunctie: Werkvoorbereider "
        "Elektrotechniek\nDatum: woensdag 3 september\nTijd: 10:00 - 11:00 uur\nLocatie: Havenweg 12, "
        "Zwolle\n\nSucces!\nSanne",
        id="nl-datum-tijd-locatie",
    ),
    pytest.param(
        "Personalabteilung Brenner Bau <personal@brenner-bau.example>",
        "Bauleiter Tiefbau – Dienstag",
        "Guten Tag Herr Yilmaz,\n\nanbei die Eckdaten:\n\nDatum: Dienstag, 9. September\nUhrzeit: 14:00 Uhr\n"
        "Ort: Industriestraße 4, Kassel\nMit: Frau Wendeborn (Bereichsleitung)\n\nFreundliche Grüße\n"
        "Ihre Personalabteilung",
        id="de-datum-uhrzeit-ort",
    ),
    pytest.param(
        "Talento Marisma <talento@marisma.example>",
        "Detalles de tu cita – Técnica de calidad",
        "Hola Irene,\n\nTe dejamos los detalles:\n\nFecha: jueves 18 de septiembre\nHora: 11:30\n"
        "Dirección: Calle Mayor 20, Logroño\nCon: Pablo Ruiz, jefe de planta\n\nUn saludo,\nEquipo de "
        "Talento",
        id="es-fecha-hora-direccion",
    ),
    pytest.param(
        "Selezione Orvieto Vini <selezione@orvietovini.example>",
        "Dettagli del tuo appuntamento – Enotecnico",
        "Buongiorno Davide,\n\necco i dettagli:\n\nData: martedì 23 settembre\nOra: 15:00\nLuogo: "
        "Cantina Orvieto Vini, Via dei Colli 8, Orvieto\n\nCordiali saluti,\nUfficio Selezione",
        id="it-data-ora-luogo",
    ),
    pytest.param(
        "Recrutamento Ribeira Têxtil <recrutamento@ribeiratextil.example>",
        "Detalhes da sua marcação – Técnico de manutenção",
        "Olá Tiago,\n\nSeguem os detalhes:\n\nData: sexta-feira, 26 de setembro\nHora: 10h00\nLocal: "
        "Rua do Rio 15, Guimarães\n\nCumprimentos,\nEquipa de Recrutamento",
        id="pt-data-hora-local",
    ),
    pytest.param(
        "Callum Reid <callum.reid@northgate-talent.example>",
        "Thursday - all set",
        "Hi Ayesha,\n\nGreat news - the second stage is on Thursday 2 October, 10:00am-12:00pm, on site.\n\n"
        "Details for your diary:\nRole: Senior Data Engineer\nAddress: 18 Quay Street, Manchester\n"
        "Ask for: Tom at reception\n\nCheers,\nCallum",
        id="en-role-and-address-under-the-day",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), _CARDS)
def test_a_meeting_laid_out_as_a_card_is_the_applications_interview(sender, subject, body):
    result = extract(body, subject, sender)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.INTERVIEW, result


def test_a_flat_viewing_laid_out_as_a_card_is_no_application():
    body = (
        "Hallo Frau Brandt,\n\nhier die Angaben zur Besichtigung:\n\nDatum: Samstag, 4. Oktober\n"
        "Uhrzeit: 11:00 Uhr\nOrt: Lindenstraße 7, 2. OG\n\nViele Grüße\nHausverwaltung Pohl"
    )
    result = extract(body, "Besichtigung Lindenstraße 7", "Hausverwaltung Pohl <info@hv-pohl.example>")
    assert result.kind is not Kind.APPLICATION


def test_a_webinars_card_is_no_application():
    body = (
        "Bonjour,\n\nNotre prochain webinaire : réussir son entretien d'embauche.\n\nDate : mardi 7 octobre\n"
        "Heure : 12 h 00\nLieu : en ligne (lien envoyé la veille)\n\nInscription gratuite.\n"
        "Se désabonner de l'infolettre"
    )
    result = extract(
        body, "Webinaire : réussir son entretien", "Carrières Plus <infolettre@carrieresplus.example>"
    )
    assert result.kind is not Kind.APPLICATION


def test_a_scheduling_tools_card_in_french_names_the_employer_in_its_event_line():
    body = (
        "Bonjour Julie Morel,\n\nVotre événement est planifié.\n\n"
        "Événement : Entrevue – Comptable (Brasserie Lemaire)\nInvitée par : Marc Tessier\n"
        "Date : mardi 14 octobre 2025\nHeure : 14 h 00 – 14 h 45\nLieu : Google Meet\n\nPropulsé par Calendly"
    )
    subject = "Confirmé : Julie Morel et Marc Tessier le mardi 14 octobre 2025"
    result = extract(body, subject, "Calendly <notifications@calendly.com>")
    assert result.kind is Kind.APPLICATION, result
    assert result.company == "Brasserie Lemaire", result
