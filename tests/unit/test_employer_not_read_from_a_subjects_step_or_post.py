"""A person's subject names the application, its post and the step, in a dash's segments (invented mail):
"Ihre Bewerbung als Disponent – Fallstudie" closes on the step, "AW: Bewerbung Leitung Einkauf – Rückfrage"
opens on the application's noun and its post. Neither segment is the employer: the signature and the
sender's domain name it, and an agency that names no client is the employer itself."""

import pytest

from tests.extraction_support import extract
from tracker.names import company_key

_PERSON = "Tobias Arnold <t.arnold@lenzwerk-logistik.de>"
_PERSONS_BODY = "\n".join(
    [
        "Guten Tag Frau Lenz,",
        "",
        "wie besprochen erhalten Sie anbei die Unterlagen für den nächsten Schritt. Bitte senden Sie mir "
        "Ihre Ausarbeitung bis kommenden Freitag zurück.",
        "",
        "Beste Grüße",
        "Tobias Arnold",
    ]
)


@pytest.mark.parametrize(
    "step",
    [
        "Fallstudie",
        "Testaufgabe",
        "Terminvorschläge",
        "Probearbeit",
        "Aktueller Stand",
        "Stand",
        "Nächster Schritt",
        "Vertragsangebot",
    ],
)
def test_the_step_a_german_subject_closes_on_is_no_employer(step):
    reading = extract(sender=_PERSON, subject=f"Ihre Bewerbung als Disponent – {step}", body=_PERSONS_BODY)
    assert (reading.company, reading.job_title) == ("Lenzwerk Logistik", "Disponent")


@pytest.mark.parametrize("step", ["Vervolgstap", "Terugkoppeling"])
def test_the_step_a_dutch_subject_closes_on_is_no_employer(step):
    body = "\n".join(
        [
            "Hoi Mirthe,",
            "",
            "Dank voor je sollicitatie. Ik stuur je hierbij de opdracht voor de volgende ronde; lever hem "
            "uiterlijk donderdag in.",
            "",
            "Groet,",
            "Ruud Blom",
        ]
    )
    reading = extract(
        sender="Ruud Blom <ruud@haverkamp-installatie.nl>", subject=f"Je sollicitatie – {step}", body=body
    )
    assert reading.company == "Haverkamp Installatie"


_AGENCY = "Jana Roth <j.roth@kessler-personal.de>"
_AGENCY_BODY = "\n".join(
    [
        "Sehr geehrter Herr Brandt,",
        "",
        "danke für das Telefonat gestern. Unser Mandant, ein mittelständischer Hersteller aus dem Allgäu, "
        "möchte Sie gern näher kennenlernen. Anbei eine kurze Fallstudie, die Sie bitte bis Montag an mich "
        "zurückschicken.",
        "",
        "Mit freundlichen Grüßen",
        "",
        "Jana Roth",
        "Beraterin",
        "Kessler Personal GmbH",
    ]
)


@pytest.mark.parametrize(
    "subject",
    [
        "AW: Bewerbung Leitung Einkauf – nächster Schritt",
        "Bewerbung Leitung Einkauf – Rückfrage",
        "RE: Bewerbung Schichtleiter Produktion | Unterlagen",
    ],
)
def test_a_subject_opening_with_the_application_names_its_post_not_the_employer(subject):
    reading = extract(sender=_AGENCY, subject=subject, body=_AGENCY_BODY)
    assert company_key(reading.company) == company_key("Kessler Personal GmbH")


@pytest.mark.parametrize(
    ("subject", "sender"),
    [
        ("Candidature Chef de rayon – entretien", "Claire Morel <c.morel@boulangeries-vasseur.fr>"),
        ("Sollicitatie Werkvoorbereider – gesprek", "Claire Morel <c.morel@boulangeries-vasseur.fr>"),
    ],
)
def test_the_post_after_the_application_in_other_languages_is_no_employer(subject, sender):
    body = "\n".join(
        [
            "Bonjour,",
            "",
            "Pouvez-vous passer jeudi à 14 h pour un entretien ?",
            "",
            "Claire Morel",
            "Boulangeries Vasseur",
        ]
    )
    assert extract(sender=sender, subject=subject, body=body).company == "Boulangeries Vasseur"
