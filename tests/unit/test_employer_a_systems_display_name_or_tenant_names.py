"""The employer a system's mail names by its sender: the display name an ATS sends under, however it
ends (a charity's "CLG", a partnership's "OHG"), and never the HR suite whose portal hosts the employer's
tenant. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.person_names import looks_like_person_name
from tracker.names import same_company

_RECEIPT = (
    "Dear Tamsin Orrell,\n\nThank you for your application as Grants Officer. We have received your "
    "documents and will review them after the closing date.\n\nKind regards,\nRecruitment"
)


@pytest.mark.parametrize(
    "display",
    [
        "Corrabeg Tenancy Supports CLG",
        "Ardvoe Harbour Housing DAC",
        "Pentreath Tidewater CIC",
        "Kelvinhaugh Carers SCIO",
        "Kesselbrunn Gerüstbau OHG",
    ],
)
def test_an_ats_display_name_closing_on_a_charitys_or_partnerships_form_is_the_employer(display):
    result = extract(
        subject="Your application: Grants Officer",
        body=_RECEIPT,
        sender=f"{display} <no-reply@mail.personio.com>",
    )

    assert same_company(result.company, display), result.company


@pytest.mark.parametrize("name", ["Dervla Ocksbury CLG", "Brannagh Housing DAC", "Maura Treacy CIC"])
def test_a_legal_form_after_capitalised_words_is_no_persons_letters(name):
    assert not looks_like_person_name(name)


def test_a_persons_letters_after_their_name_still_name_a_person():
    assert looks_like_person_name("Dervla Ocksbury FCCA")


def test_an_hr_suites_candidate_portal_is_no_employer():
    result = extract(
        subject="Bevestiging sollicitatie Beleidsmedewerker Subsidies",
        body=(
            "Beste Tamsin,\n\nBedankt voor je sollicitatie op de vacature Beleidsmedewerker Subsidies. "
            "Na de sluitingsdatum beoordeelt de selectiecommissie alle sollicitaties.\n\n"
            "Met vriendelijke groet,\n\nAfdeling HRM\n\n"
            "Dit bericht is automatisch verzonden vanuit AFAS InSite."
        ),
        sender="Stichting Veldkeerder Welzijn <noreply@veldkeerder.afasinsite.nl>",
    )

    assert same_company(result.company, "Stichting Veldkeerder Welzijn"), result.company
