"""What German and Dutch postings write after a post's name that is no part of it, in a form the tag readers
missed (invented mail): a bracket opening on a public pay scale and going on with the post's terms. And a
subject's tag in square brackets holding the posting's reference ("[Req-ID 30917]", "[Referentie 2026/WG/4]")
is neither the employer nor part of the title.
"""

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        # A Dutch welfare foundation's invitation: the pay scale and hours in one bracket.
        (
            "Stichting Welzijn Kroonmeer <secretariaat@welzijnkroonmeer.nl>",
            "Uitnodiging gesprek",
            "Beste Fenna,\n\nNaar aanleiding van je sollicitatie op de functie Coördinator Mantelzorg "
            "(schaal 9 cao Sociaal Werk, 28 uur) nodigen wij je uit voor een gesprek op 3 juni om 14.00 uur."
            "\n\nMet vriendelijke groet,\nStichting Welzijn Kroonmeer",
            "Coördinator Mantelzorg",
        ),
        # A German university's subject: the pay group and terms in one bracket.
        (
            "Hochschule Wiesengrund <bewerbung@hs-wiesengrund.de>",
            "Ihre Bewerbung als Laboringenieur*in (Entgeltgruppe 11 TV-L, befristet)",
            "Sehr geehrter Herr Brakkestad,\n\nvielen Dank für Ihre Bewerbung. Wir melden uns "
            "nach Ablauf der Frist.\n\nDezernat Personal",
            "Laboringenieur*in",
        ),
    ],
)
def test_what_follows_the_post_is_no_part_of_its_title(
    sender: str, subject: str, body: str, title: str
) -> None:
    assert extract(body, subject, sender).job_title == title


@pytest.mark.parametrize(
    ("sender", "subject", "title", "company"),
    [
        (
            "Talsperren Energie AG <noreply@talsperren-karriere.de>",
            "Ihre Bewerbung: Netzplaner Mittelspannung (m/w/d) [Req-ID 30917]",
            "Netzplaner Mittelspannung (m/w/d)",
            "Talsperren Energie AG",
        ),
        (
            "Orrinwick Foods <careers@orrinwick-foods.co.uk>",
            "Application received: Payroll Coordinator [Job-ID 4471]",
            "Payroll Coordinator",
            "Orrinwick Foods",
        ),
        (
            "Gemeente Haverdal <werken@haverdal.nl>",
            "Uw sollicitatie: Toezichthouder Bouw [Vacaturenummer 2026-88]",
            "Toezichthouder Bouw",
            "Gemeente Haverdal",
        ),
        (
            "Bezirksamt Mühlenau <personal@mühlenau-amt.de>",
            "Ihre Bewerbung: Sachbearbeiter*in Wohngeld [Kennzahl 14/2026]",
            "Sachbearbeiter*in Wohngeld",
            "Bezirksamt Mühlenau",
        ),
        (
            "Stad Lindenhoek <jobs@lindenhoek.be>",
            "Je kandidatuur: Medewerker Wonen [Referentie 2026/WG/4]",
            "Medewerker Wonen",
            "Stad Lindenhoek",
        ),
    ],
)
def test_a_subjects_bracketed_reference_is_no_employer(
    sender: str, subject: str, title: str, company: str
) -> None:
    result = extract(
        "Guten Tag,\n\nvielen Dank für Ihre Bewerbung. Wir prüfen Ihre Unterlagen.\n\nIhr Team",
        subject,
        sender,
    )
    assert (result.job_title, result.company) == (title, company)
