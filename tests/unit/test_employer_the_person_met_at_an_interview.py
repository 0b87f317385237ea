"""The person the reader is to meet ("an interview with Ines Quarrington (Head of Data)", "un entretien avec
Lucie Vaubourdolle, responsable RH") is someone at the employer, never the employer: the words naming whom the
reader meets are read like "interview with <organisation>", so a person's full name after them, shown as a
person by their post or "who" right after it, named the employer, and one application's steps were filed
under a person. The employer is then what the rest of the mail or its sender tells. Invented mail, one
writer per language."""

import pytest

from tests.extraction_support import extract

MEETINGS = [
    pytest.param(
        "Next step",
        "Hi Perpetua,\n\nThe panel enjoyed your case study. We'd like to invite you to a 45-minute video "
        "interview with Ines Quarrington (Head of Data Products) next week. Could you share two slots?\n\n"
        "Best,\nHepzibah",
        "Hepzibah Strandquist <willa.strandquist@thistlemere-metrics.com>",
        "Ines Quarrington",
        id="en",
    ),
    pytest.param(
        "Suite de votre candidature",
        "Bonjour Perpétue,\n\nNous vous proposons un entretien avec Lucie Vaubourdolle, responsable des "
        "ressources humaines, mardi 14 à 10h dans nos locaux. Merci de nous confirmer votre présence.\n\n"
        "Cordialement,\nGaëtan",
        "Gaëtan Villequier <g.villequier@tonnellerie-mazerolliat.fr>",
        "Lucie Vaubourdolle",
        id="fr",
    ),
    pytest.param(
        "Nächster Schritt",
        "Hallo Frau Ostwald,\n\nvielen Dank für Ihre Bewerbung als Konstrukteurin. Ihr Vorstellungsgespräch "
        "mit Jonas Rehbock (Teamleiter Konstruktion) findet am Donnerstag um 14 Uhr statt.\n\n"
        "Viele Grüße\nGhislaine",
        "Ghislaine Hollensen <ghislaine.hollensen@quellbach-antriebe.de>",
        "Jonas Rehbock",
        id="de",
    ),
    pytest.param(
        "Vervolgstap",
        "Beste Perpetua,\n\nBedankt voor je sollicitatie als planner. Je afspraak met Sietse Dijkhorst "
        "(teamleider planning) voor het sollicitatiegesprek staat op woensdag om 10.00 uur.\n\n"
        "Groet,\nJildou",
        "Jildou Terwisscha <jildou@veenstra-koeltechniek.nl>",
        "Sietse Dijkhorst",
        id="nl",
    ),
    pytest.param(
        "Siguiente paso",
        "Hola Perpetua:\n\nGracias por tu candidatura al puesto de técnica de calidad. Tu cita con "
        "Xabier Olaskoaga (director de operaciones) para la entrevista queda fijada el jueves a las "
        "11:00.\n\nUn saludo,\nEdurne",
        "Edurne Zubiaurre <edurne@conservas-arbeloa.es>",
        "Xabier Olaskoaga",
        id="es",
    ),
    pytest.param(
        "Colloquio",
        "Ciao Perpetua,\n\ngrazie per la tua candidatura come addetta alla logistica. Il tuo appuntamento "
        "con Ottavio Pezzottini, responsabile del personale, per il colloquio è fissato a giovedì alle "
        "11.\n\nA presto,\nLiliana",
        "Liliana Scaravelli <liliana.scaravelli@cartotecnica-ronchetti.it>",
        "Ottavio Pezzottini",
        id="it",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender", "person"), MEETINGS)
def test_the_person_met_at_an_interview_is_not_the_employer(subject, body, sender, person):
    result = extract(subject=subject, body=body, sender=sender)

    assert result.company is not None
    assert result.company != person


def test_an_organisation_met_stays_the_employer():
    result = extract(
        subject="Next step",
        body="Hi Perpetua,\n\nWe'd like to invite you to an interview with Thistlemere Metrics next week at "
        "our office. Could you share two slots?\n\nBest,\nHepzibah",
        sender="Hepzibah Strandquist <willa.strandquist@gmail.com>",
    )

    assert result.company == "Thistlemere Metrics"
