"""Dutch and Flemish mail: the boards and ATS systems of the Netherlands and Flanders send for an employer
they name; public bodies are named with their noun ("Provincie X"); a department signs above its
organisation; a Belgian non-profit's "vzw" keys as the name without it; and the tags a public post's title
carries (pay scale, part of a full week) are no part of its name (a Flemish level is:
test_title_tails_and_levels.py)."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_cleaning import clean_title
from tracker.models import Kind, Status
from tracker.names import same_company


@pytest.mark.parametrize(
    ("tagged", "title"),
    [
        ("Adviseur Ruimtelijke Ordening (schaal 10)", "Adviseur Ruimtelijke Ordening"),
        ("Jurist Bestuursrecht (max. schaal 11)", "Jurist Bestuursrecht"),
        ("Docent Verpleegkunde (0,6 fte)", "Docent Verpleegkunde"),
        ("Coördinator Vrijwilligers (24-28 uur) met veel plezier gelezen", "Coördinator Vrijwilligers"),
    ],
)
def test_a_pay_scale_or_fte_tag_and_the_sentence_after_it_leave_the_title(tagged, title):
    assert clean_title(tagged)[0] == title


def test_a_title_read_up_to_the_next_verb_drops_the_and_before_it():
    assert clean_title("Magazijnmedewerker en")[0] == "Magazijnmedewerker"


def test_a_subjects_feedback_before_the_title_is_no_part_of_it():
    result = extract(
        sender="Marit Hofstede <m.hofstede@zuiderlicht.nl>",
        subject="Terugkoppeling gesprek Communicatieadviseur",
        body=(
            "Beste Jasmijn,\n\nDank voor het gesprek. Helaas hebben we besloten met een andere kandidaat "
            "verder te gaan.\n\nMet vriendelijke groet,\nMarit Hofstede\nZuiderlicht"
        ),
    )
    assert result.job_title == "Communicatieadviseur"


def test_a_flemish_public_service_forwarding_an_application_is_no_employer():
    result = extract(
        sender="VDAB <noreply@vdab.be>",
        subject="Je sollicitatie via VDAB",
        body=(
            "Beste Arne,\n\nJe hebt via VDAB gesolliciteerd voor de vacature Magazijnier bij Transport "
            "Claeys. Je kandidatuur werd doorgestuurd naar de werkgever.\n\nVDAB"
        ),
    )
    assert result.kind is Kind.APPLICATION
    assert result.company == "Transport Claeys"


def test_a_province_is_named_with_its_noun():
    result = extract(
        sender="Provincie Drenthe <werving@drenthe.nl>",
        subject="Je sollicitatie",
        body=(
            "Beste Rick,\n\nDank voor je sollicitatie op de vacature Adviseur Natuur. We hebben je "
            "sollicitatie goed ontvangen.\n\nMet vriendelijke groet,\nProvincie Drenthe"
        ),
    )
    assert result.company == "Provincie Drenthe"


def test_a_recruitment_department_signs_above_its_organisation():
    result = extract(
        sender="Werkenbij <noreply@connexys.nl>",
        subject="Je sollicitatie bij Maasziekenhuis Pantein",
        body=(
            "Beste Lotte,\n\nBedankt voor je sollicitatie als Verpleegkundige Cardiologie. We nemen binnen "
            "twee weken contact met je op.\n\nMet vriendelijke groet,\n"
            "Afdeling Recruitment\nMaasziekenhuis Pantein"
        ),
    )
    assert result.company == "Maasziekenhuis Pantein"


def test_a_belgian_non_profits_vzw_keys_as_its_name():
    assert same_company("Woonzorgcentrum De Linde vzw", "Woonzorgcentrum De Linde")


def test_a_decision_still_to_come_on_an_invitation_is_no_invitation():
    result = extract(
        sender="Gemeente Oosterdam <werving@oosterdam.nl>",
        subject="Ontvangstbevestiging sollicitatie",
        body=(
            "Geachte mevrouw Smit,\n\nWij hebben uw sollicitatie in goede orde ontvangen. U ontvangt na de "
            "sluitingsdatum bericht of u wordt uitgenodigd voor een gesprek.\n\nMet vriendelijke groet,\n"
            "Gemeente Oosterdam"
        ),
    )
    assert result.status is Status.APPLIED


def test_a_test_after_a_round_already_passed_is_the_news():
    result = extract(
        sender="Zorgstroom <recruitment@zorgstroom.nl>",
        subject="Volgende stap",
        body=(
            "Beste Iris,\n\nJe hebt het eerste gesprek succesvol doorlopen. Als volgende stap vragen we je "
            "een online assessment te maken.\n\nGroet,\nZorgstroom"
        ),
    )
    assert result.status is Status.ASSESSMENT


def test_a_split_getting_to_know_you_call_is_an_interview():
    result = extract(
        sender="Femke Dijkstra <femke@vandermeerwerving.nl>",
        subject="Je reactie op Boekhouder",
        body=(
            "Hoi Sam,\n\nDank voor je reactie op de vacature Boekhouder. Ik wil graag telefonisch kennis "
            "met je maken. Schikt het morgen?\n\nGroet,\nFemke"
        ),
    )
    assert result.status is Status.INTERVIEW


def test_a_flemish_boards_jobs_for_you_are_an_alert():
    result = extract(
        sender="Jobsite <noreply@jobat.be>",
        subject="Jobs voor jou",
        body="Dag Lien,\n\nDit zijn de nieuwste jobs die overeenkomen met je zoekprofiel:\n\nMagazijnier",
    )
    assert result.kind is Kind.JOB_ALERT
