"""German mail a small firm's owner or an institute writes: the organisation its signature names and its
domain spells is the employer, whether the owner writes from the firm's shared mailbox under his own name
and closes with a wish instead of regards ("Schöne Feiertage"), or the institute's line writes the acronym
its display name and domain use after its long name ("... e.V. (IWKM)", letters from inside its compound
words). A hiring stage after "Stelle im" ("im Prozess") names no employer. Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    "closing",
    ["Schöne Feiertage", "Schönes Wochenende!", "Have a great weekend,", "Bonne journée", "Fijn weekend"],
)
def test_an_owner_writing_from_the_firms_mailbox_is_not_the_employer(closing):
    body = (
        "Sehr geehrte Frau Okonkwo,\n\ndanke für Ihre Bewerbung als Zerspanungsmechanikerin. Ihre Unterlagen "
        "sind angekommen, ich melde mich nach meinem Urlaub bei Ihnen.\n\n"
        f"{closing}\nWendelin Quastorf\n\nQuastorf Formenbau\nInh. Wendelin Quastorf\nMühlweg 4\n"
        "73650 Winterbach\nTel. 07181 55 12 90\nFax 07181 55 12 91"
    )
    result = extract(body, "Re: Bewerbung", "Wendelin Quastorf <info@quastorf-formenbau.de>")
    assert result.company == "Quastorf Formenbau"


def test_an_institutes_acronym_with_letters_from_its_compounds_is_its_long_name():
    body = (
        "Sehr geehrter Herr Adeyemi,\n\nwir bestätigen den Eingang Ihrer Bewerbung auf die Stelle "
        "Technische*r Assistent*in Werkstoffprüfung.\n\nMit freundlichen Grüßen\nim Auftrag\n\nJorinde Balk\n"
        "Personalstelle\n\nInstitut für Werkstoffkunde und Materialprüfung e.V. (IWKM)\nAm Kanal 12\n"
        "39104 Magdeburg"
    )
    result = extract(body, "Eingangsbestätigung", "Personalstelle IWKM <bewerbung@iwkm-magdeburg.de>")
    assert result.company == "Institut für Werkstoffkunde und Materialprüfung e.V."


def test_a_hiring_stage_after_stelle_im_is_no_employer():
    body = (
        "Hallo Herr Brandtner,\n\ndanke für Ihre Bewerbung. Sie waren bei uns schon für eine andere Stelle "
        "im Prozess, Ihre Unterlagen liegen uns also vor. Ich melde mich in den nächsten Tagen.\n\n"
        "Beste Grüße\n\nOda Vellmer\nPersonalberaterin\n\nRheinbogen Personal GmbH\nNiederlassung Koblenz"
    )
    sender = "Oda Vellmer <o.vellmer@rheinbogen-personal.de>"
    result = extract(body, "Ihre Bewerbung als Elektroniker (m/w/d)", sender)
    assert result.company == "Rheinbogen Personal"
