"""A person the writer introduces with their post in brackets is no employer (invented mail: an agency, an
in-house recruiter's reply, a French hiring manager's reply; sentences in four more languages): "from
Quennick and Owen Tate (Head of Procurement)", "with Loveday Vorley (Head of Growth Analytics)",
"avec Ombretta Marchal (Directrice financière)", "mit Anja Brenner (Leiterin Einkauf)".
"""

import pytest

from tracker.email_reading import email_from_fields
from tracker.extraction.persons_by_post import written_as_a_person_by_post
from tracker.extraction.rules import RulesExtractor

_RULES = RulesExtractor()


def _company(sender: str, subject: str, body: str) -> str | None:
    email = email_from_fields("m1", sender, "2026-03-02T09:00:00Z", subject, body)
    return _RULES.extract(email).company


@pytest.mark.parametrize(
    ("sender", "subject", "body", "company"),
    [
        (
            "Ilse Varga <ilse.varga@ferrowick-labs.com>",
            "Re: Take-home exercise – Dominik Kranewitter",
            "Hi Dominik,\n\nThanks for sending this over. We'd love to invite you to a 45-minute video "
            "interview with Loveday Vorley (Head of Growth Analytics) and Rohan Vashistha (Senior Analyst). "
            "Please pick a slot below.\n\nBest,\nIlse\n\nOn Fri, 25 Sept 2026 at 17:48, Dominik Kranewitter "
            "<dominik.kranewitter@gmail.com> wrote:\n> Hi Ilse,\n> Please find attached my take-home for "
            "the Growth Analyst role.\n> Dominik",
            "Ferrowick Labs",
        ),
        (
            "Mathilde Quervelec <m.quervelec@aubraclisle.fr>",
            "Re: Candidature – Contrôleur de gestion",
            "Bonjour Mathis,\n\nMerci pour votre retour. Je vous propose un entretien avec Ombretta Marchal "
            "(Directrice financière) et Paul Ribot (Responsable contrôle de gestion) mardi 14 avril à "
            "10h.\n\nBien à vous,\nMathilde\n\nLe 2 avr. 2026 à 09:12, Mathis Leroy "
            "<mathis.leroy@gmail.com> a écrit :"
            "\n> Bonjour,\n> Je vous remercie pour votre message.",
            "Aubraclisle",
        ),
    ],
)
def test_the_person_introduced_with_a_post_is_not_the_employer(
    sender: str, subject: str, body: str, company: str
) -> None:
    assert _company(sender, subject, body) == company


def test_a_reading_run_on_into_the_person_after_and_is_no_employer() -> None:
    company = _company(
        "Bryony Orrinsby <bryony@tillermoss.co.uk>",
        "Quennick Packaging - Category Buyer interview",
        "Hi Farid,\n\nGood news – I've heard back from Quennick and Owen Tate (Head of Procurement) "
        "would like to meet you for a first interview for the Category Buyer role.\n\nWhere: Quennick "
        "Packaging, Unit 4 Fenwick Road, Doncaster\n\nThanks,\nBryony\n\nBryony Orrinsby\n"
        "Senior Consultant – Procurement\n"
        "TillerMoss Ltd",
    )
    assert company is not None and "Owen Tate" not in company


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Anja Brenner", "Das Gespräch findet mit Anja Brenner (Leiterin Einkauf) statt."),
        ("Marco Ferrandi", "Ti propongo un colloquio con Marco Ferrandi (Responsabile Acquisti) giovedì."),
        ("Marta Goñi", "Te propongo una entrevista con Marta Goñi (Directora Financiera) el martes."),
        ("Velden en Joris Kemper", "Nieuws van Velden en Joris Kemper (Teamleider Planning) wil je spreken."),
    ],
)
def test_a_name_before_a_bracket_naming_a_post_is_a_persons(name: str, body: str) -> None:
    assert written_as_a_person_by_post(name, body)


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Quennick Packaging", "We met the team at Quennick Packaging (Head Office) on Monday."),
        ("Marta Olsen", "Marta Olsen (Leeds) will call you tomorrow."),
        ("Harrow and Mere", "Harrow and Mere Council (Head of Planning) wrote."),
    ],
)
def test_an_organisation_or_a_bracket_naming_no_post_is_no_person(name: str, body: str) -> None:
    assert not written_as_a_person_by_post(name, body)
