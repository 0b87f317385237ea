"""Dutch and Flemish job mail: a talk the process may hold later is no interview yet, a trial day is the
assessment step, Dutch subjects and sentences name the post, and Dutch legal forms and mailbox words are
no part of the employer."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status
from tracker.names import company_key


@pytest.mark.parametrize(
    "sentence",
    [
        "Mogelijk nodigen we je daarna uit voor een eerste gesprek.",
        "We laten je binnen een week weten of we je uitnodigen voor een gesprek.",
        "Als je profiel past, nemen we contact met je op voor een kennismakingsgesprek.",
        "Bij een positieve beoordeling volgt een uitnodiging voor een kennismakingsgesprek.",
        "De volgende stap is een telefonisch gesprek, als we denken dat er een match is.",
    ],
)
def test_a_receipt_naming_a_talk_that_may_follow_reads_as_applied(sentence: str) -> None:
    read = extract(
        body=f"Hoi Sam,\n\nBedankt voor je sollicitatie als Planner bij Voorbeeld Logistiek. {sentence}\n\n"
        "Groet,\nVoorbeeld Logistiek",
        subject="Bedankt voor je sollicitatie",
        sender="Voorbeeld Logistiek <werken@voorbeeldlogistiek.example>",
    )
    assert (read.kind, read.status) == (Kind.APPLICATION, Status.APPLIED)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # A day of the reader's work on trial is a test, as in every language (work_trials.py).
        ("We plannen graag een proefdag met je in op zaterdag.", Status.ASSESSMENT),
        # A day walking along with the team is the meeting step, as an English shadow day is.
        ("Je bent welkom voor een meeloopdag op maandag 3 maart.", Status.INTERVIEW),
        ("Kun je dinsdag een ochtend komen meedraaien op de groep?", Status.INTERVIEW),
    ],
)
def test_a_planned_trial_day_is_a_test_and_a_day_shadowing_the_meeting(sentence: str, status: Status) -> None:
    read = extract(
        body=f"Hoi Sam,\n\nBedankt voor je sollicitatie als kok. {sentence}\n\nGroet,\nRestaurant Voorbeeld",
        subject="Je sollicitatie",
        sender="Restaurant Voorbeeld <info@restaurantvoorbeeld.example>",
    )
    assert read.status is status


def test_a_trial_day_with_a_talk_after_it_is_the_interview() -> None:
    read = extract(
        body="Hoi Sam,\n\nKom je dinsdag een ochtend meelopen? Dan maken we daarna even tijd voor een "
        "gesprek.\n\nGroet,\nDierenkliniek Voorbeeld",
        subject="Je sollicitatie",
        sender="Dierenkliniek Voorbeeld <info@dierenkliniekvoorbeeld.example>",
    )
    assert read.status is Status.INTERVIEW


@pytest.mark.parametrize(
    "body",
    [
        "Onze opdrachtgever Voorbeeld Logistiek wil je graag spreken over de functie Orderpicker.",
        "Graag nodigen we je uit voor een intakegesprek op ons kantoor op vrijdag om 10:00.",
    ],
)
def test_an_agency_relaying_its_clients_talk_reads_as_interview(body: str) -> None:
    read = extract(
        body=f"Hoi Sam,\n\nBedankt voor je sollicitatie. {body}\n\nGroetjes,\nUitzendbureau Voorbeeld",
        subject="Je sollicitatie",
        sender="Uitzendbureau Voorbeeld <planning@uitzendvoorbeeld.example>",
    )
    assert (read.kind, read.status) == (Kind.APPLICATION, Status.INTERVIEW)


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Je kandidatuur voor Boekhouder werd verzonden", "Boekhouder"),
        ("Uw kandidatuur productiemedewerker", "productiemedewerker"),
        ("Procedure Klantcontactmedewerker", "Klantcontactmedewerker"),
        ("Vacature Projectcontroller", "Projectcontroller"),
    ],
)
def test_a_dutch_subject_names_the_post_after_its_lead_word(subject: str, title: str) -> None:
    read = extract(
        body="Beste Sam,\n\nBedankt voor je sollicitatie. We nemen contact met je op.\n\nVoorbeeld BV",
        subject=subject,
        sender="Voorbeeld BV <jobs@voorbeeld.example>",
    )
    assert read.job_title is not None and read.job_title.lower() == title.lower()


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Tof dat je wilt werken als Customer Service Medewerker bij Voorbeeld!",
            "Customer Service Medewerker",
        ),
        ("Bedankt voor je interesse in Voorbeeld en de functie Netwerkspecialist.", "Netwerkspecialist"),
        (
            "Onze klant heeft je cv bekeken voor de functie Operator Productie en wil je graag zien.",
            "Operator Productie",
        ),
    ],
)
def test_a_dutch_sentence_names_the_post(sentence: str, title: str) -> None:
    read = extract(
        body=f"Hoi Sam,\n\n{sentence} We hebben je sollicitatie ontvangen.\n\nGroet,\nVoorbeeld",
        subject="Je sollicitatie",
        sender="Voorbeeld <jobs@voorbeeld.example>",
    )
    assert read.job_title == title


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Transportbedrijf Hoogeveen & Zn.", "transportbedrijf hoogeveen"),
        ("Bouwbedrijf Vercruysse CommV", "bouwbedrijf vercruysse"),
        ("Bouwbedrijf Vercruysse Comm.V.", "bouwbedrijf vercruysse"),
        ("Schildersbedrijf Mulder V.O.F.", "schildersbedrijf mulder"),
    ],
)
def test_a_dutch_or_flemish_legal_form_keys_away(name: str, key: str) -> None:
    assert company_key(name) == key


def test_a_dutch_applications_mailbox_word_is_no_part_of_the_employer() -> None:
    read = extract(
        body="Beste Sam,\n\nWij hebben je sollicitatie voor de functie Werkvoorbereider ontvangen.\n\n"
        "Met vriendelijke groet,\nSanne",
        subject="Sollicitatie ontvangen",
        sender="Sollicitaties Voorbeeld Bouw <recruitment@voorbeeldbouw.example>",
    )
    assert read.company == "Voorbeeld Bouw"
