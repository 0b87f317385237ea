"""The hiring unit's one word beside its organisation (invented mail): a display name "Rekrutering | X",
"Personalgewinnung X", "Dotation – X", and a signature's "Dienst HR – Rekrutering" over the organisation's
line, name the unit, never the employer, in each language that writes the word alone (Flemish, German,
Québec French, Spanish).
"""

import pytest

from tests.extraction_support import application_row, assert_application_naming, extract_as_read
from tracker.extraction.team_words import is_team
from tracker.models import Status


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"),
    [
        application_row(
            "a Flemish display name, the unit before a bar",
            Status.APPLIED,
            "Woonzorgcentrum Heikwartier",
            sender="Rekrutering | Woonzorgcentrum Heikwartier <jobs@heikwartier.be>",
            subject="Je sollicitatie",
            body="Beste Sanne,\n\nBedankt voor je sollicitatie als zorgkundige. We hebben je kandidatuur "
            "goed ontvangen.\n\nMet vriendelijke groet",
        ),
        application_row(
            "a German display name, the unit's compound before the name",
            Status.APPLIED,
            "Ostwalder Stadtwerke",
            sender="Personalgewinnung Ostwalder Stadtwerke <karriere@ostwalder-stadtwerke.de>",
            subject="Ihre Bewerbung",
            body="Sehr geehrter Herr Olk,\n\nvielen Dank für Ihre Bewerbung als Elektroniker (m/w/d). Wir "
            "haben Ihre Unterlagen erhalten.\n\nMit freundlichen Grüßen",
        ),
        application_row(
            "a hospital network's HR service and its unit signing over the organisation",
            Status.REJECTED,
            "Ziekenhuisgroep Molenbeemd",
            sender="Jobs ZGM <noreply-jobs@zgmolenbeemd.be>",
            subject="Je kandidatuur voor Ergotherapeut",
            body="Beste Jens,\n\nBedankt voor je interesse in de functie Ergotherapeut bij Ziekenhuisgroep "
            "Molenbeemd.\n\nHelaas moeten we je meedelen dat we je kandidatuur niet verder weerhouden.\n\n"
            "Met vriendelijke groeten,\n\nDienst HR – Rekrutering\nZiekenhuisgroep Molenbeemd",
        ),
    ],
)
def test_the_organisation_beside_its_hiring_units_word_is_the_employer(mail, status, company, title):
    assert_application_naming(extract_as_read(**mail), company, status)


@pytest.mark.parametrize(
    "word", ["Rekrutering", "Selectie", "Dotation", "Reclutamiento", "Personalgewinnung"]
)
def test_the_hiring_units_word_alone_is_a_team(word):
    assert is_team(word)
