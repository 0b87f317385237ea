"""A Dutch receipt dating the procedure's rounds (invented mail): "de eerste gesprekken staan gepland op
woensdag 8 april, de tweede gespreksronde op maandag 20 april" is the calendar every candidate may be called
on, a day and no hour, told to nobody: applied (English, French and German receipts of the class read so
already). An agency putting the reader forward whose client "expects to plan the first interviews next
month" sets no step either. A day with an hour, or the reader invited, is the step.
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                '"Werken bij Waterschap Grevelingen" <noreply@werkenbijgrevelingen.nl>',
                "Ontvangstbevestiging sollicitatie",
                "Geachte heer Tjallema,",
                "Wij hebben uw sollicitatie op de vacature Adviseur Peilbeheer Oostelijke Polders "
                "(vacaturenummer WG-2031-114) in goede orde ontvangen.",
                "De eerste gesprekken staan gepland op woensdag 8 april, de tweede gespreksronde op "
                "maandag 20 april.",
                "Team HR\nWaterschap Grevelingen",
            ),
            id="nl_rounds_dated_by_their_day",
        ),
        pytest.param(
            _mail(
                "Personeelszaken <vacatures@gemeente-oudwolde.nl>",
                "Uw sollicitatie",
                "Geachte mevrouw Brouwershaven,",
                "Hartelijk dank voor uw sollicitatie naar de functie Toezichthouder Bouw.",
                "De selectiegesprekken vinden plaats op dinsdag 14 april.",
                "Gemeente Oudwolde",
            ),
            id="nl_selection_interviews_on_a_day",
        ),
        pytest.param(
            _mail(
                "Rikst Hoogeveen | Zandvliet Werving <rikst.hoogeveen@zandvlietwerving.nl>",
                "Je cv bij de klant",
                "Hoi Wietske,",
                "Zoals besproken heb ik gisteren je cv en motivatiebrief doorgestuurd naar onze klant voor "
                "de functie Planner Onderhoud.",
                "Zij verwachten eind maart de eerste gesprekken te voeren. Ik laat het je weten zodra ik "
                "meer hoor.",
                "Groet,\nRikst",
            ),
            id="nl_agency_client_expects_to_hold_interviews",
        ),
    ],
)
def test_a_receipt_dating_every_candidates_rounds_is_applied(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.APPLIED, result


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Recruitment <recruitment@ormsby-vale.gov.uk>",
                "Application received",
                "Dear Ms Hallworth,",
                "Thank you for your application for the post of Drainage Engineer.",
                "Your interview will be held on Wednesday 8 April at 10:30 at the Civic Centre.",
                "Ormsby Vale Council",
            ),
            id="en_your_interview_at_an_hour",
        ),
        pytest.param(
            _mail(
                '"Werken bij Waterschap Grevelingen" <noreply@werkenbijgrevelingen.nl>',
                "Uitnodiging gesprek",
                "Geachte heer Tjallema,",
                "Bedankt voor uw sollicitatie. Graag nodigen wij u uit voor een gesprek op woensdag 8 april "
                "om 14.00 uur.",
                "Team HR\nWaterschap Grevelingen",
            ),
            id="nl_invited_at_an_hour",
        ),
    ],
)
def test_a_receipt_setting_the_readers_meeting_is_an_interview(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.INTERVIEW, result
