"""A person's own signature under the "-- " delimiter (as Gmail and most mail clients set it in plain text)
is their card: their name, their post, the organisation they write for. The card is read; a long footer
under it is not. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.email_reading.signature_cards import card_head
from tracker.models import Kind, Status

_INVITATION = (
    "Hi Sam,\n\nThanks for your application for the Support Officer role. Could you do a short call on "
    "Thursday at 2pm?\n\nBest,\nPriya\n"
)


def test_the_organisation_on_a_card_under_the_delimiter_is_the_employer():
    result = extract(
        subject="Support Officer",
        body=_INVITATION + "-- \nPriya Raman\nTalent Partner | Hollowbrook Foods\n+1 555 0100",
        sender="Priya Raman <priya.raman@gmail.com>",
    )

    assert result.kind is Kind.APPLICATION
    assert result.status is Status.INTERVIEW
    assert result.company == "Hollowbrook Foods"


def test_a_card_without_the_delimiters_space_is_read_too():
    result = extract(
        subject="Support Officer",
        body=_INVITATION + "--\nPriya Raman\nOffice Manager\nWrenfold Lettings Group\nwww.wrenfold.example",
        sender="Priya Raman <priya.raman@outlook.com>",
    )

    assert result.company == "Wrenfold Lettings Group"


def test_the_card_keeps_its_short_lines_and_leaves_a_disclaimer_below_them():
    block = (
        "Priya Raman\nTalent Partner | Hollowbrook Foods\n\nThis message and any attachment are "
        "confidential and intended only for the addressee named above."
    )

    assert card_head(block) == "Priya Raman\nTalent Partner | Hollowbrook Foods"


def test_a_signature_that_opens_with_no_name_is_no_card():
    assert card_head("unsubscribe from these emails at any time\nManage preferences") == ""


@pytest.mark.parametrize(
    ("greeting", "card", "sender", "employer"),
    [
        # An Italian professional's title before the name.
        (
            "Buongiorno Marco,\n\nti confermo il colloquio di giovedì alle 15 in studio per la posizione di "
            "impiegato amministrativo.\n\nA presto,\nLucia\n",
            "Dott.ssa Lucia Vanzetti\nStudio Associato Vanzetti Pirola\nViale Europa 9, Brescia",
            "Lucia Vanzetti <lucia.vanzetti@gmail.com>",
            "Studio Associato Vanzetti Pirola",
        ),
        # A Dutch engineer's title and a surname with its particles.
        (
            "Hoi Sanne,\n\nKun je dinsdag om 10 uur langskomen voor een sollicitatiegesprek voor de functie "
            "van tekenaar?\n\nGroet,\nMaarten\n",
            "ir. Maarten van der Velde\nIngenieursbureau Kromhout B.V.\nDorpsstraat 4, Zwolle",
            "Maarten van der Velde <maartenvdvelde@outlook.com>",
            "Ingenieursbureau Kromhout",
        ),
        # A Mexican licenciada's title.
        (
            "Hola Pablo,\n\nTe invito a una entrevista el lunes a las 11 en nuestras oficinas.\n\nSaludos,\n"
            "Irene\n",
            "Lic. Irene Cordero\nAtracción de Talento\nDistribuidora Los Alcatraces\nPuebla, Pue.",
            "Irene Cordero <irene.cordero@hotmail.com>",
            "Distribuidora Los Alcatraces",
        ),
    ],
)
def test_a_card_opening_with_the_writers_professional_title_is_read(greeting, card, sender, employer):
    result = extract(subject="Colloquio / gesprek / entrevista", body=greeting + "--\n" + card, sender=sender)

    assert result.company == employer
