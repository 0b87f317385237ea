"""A sender whose name has an umlaut is known by its address too, which writes the umlaut as two letters
("ö" as "oe"): `track` files its mail as it files any sender's whose address spells its name
(tracker/sender_spellings.py `spelled_by_a_label`, tracker/inbox_names.py).

Readings are given (a stub extractor): each test says only what each mail was read as and who sent it.
"""

from __future__ import annotations

from tests.builders import application_email
from tests.given_readings import mail, tracked_records
from tracker.models import EmailMessage, Extraction
from tracker.sender_spellings import spelled_by_a_label


def tracked(*mails: tuple[EmailMessage, Extraction]) -> list[tuple[set[str], str]]:
    """Each record's emails and company."""
    return [(emails, record.company) for emails, record in tracked_records(mails)]


def test_an_address_writing_an_umlaut_in_two_letters_spells_the_name():
    assert spelled_by_a_label("grobl susswaren", {"groeblsuesswaren"})
    assert spelled_by_a_label("hartling and schuch personalberatung", {"haertlingschuch"})
    assert spelled_by_a_label("muller quelle", {"muellerquelle"})
    # Only the umlaut's second letter is left out: another name stays another.
    assert not spelled_by_a_label("kroll logistik", {"kraellogistik"})
    assert not spelled_by_a_label("baumer", {"bammer"})


def test_a_german_agencys_own_name_news_is_filed_under_the_one_client_its_recruiter_named():
    recruiter = "Till Wendtland <t.wendtland@haertling-schuch.example>"
    records = tracked(
        (
            mail("m1", 0, recruiter, "Ihr Profil für Schichtleiter Abfüllung"),
            application_email("applied", "Ostrava Brauhaus Pilsberg GmbH", "Schichtleiter Abfüllung"),
        ),
        (
            mail("m2", 4, "Härtling & Schuch <bewerbung@haertling-schuch.example>", "Eingangsbestätigung"),
            application_email("applied", "Härtling & Schuch Personalberatung", "Teamleiter Lager"),
        ),
        (
            mail("m3", 9, recruiter, "Neuigkeiten"),
            application_email("interview", "Ostrava Brauhaus Pilsberg", "Schichtleiter Abfüllung"),
        ),
        (
            mail("m4", 21, recruiter, "Rückmeldung"),
            application_email("rejected", "Härtling & Schuch Personalberatung GmbH", None),
        ),
    )
    assert [emails for emails, _ in records] == [{"m1", "m3", "m4"}, {"m2"}]


def test_an_austrian_agencys_news_naming_itself_takes_the_client_its_subject_writes():
    recruiter = "Mag. Vera Pölzleitner <v.poelzleitner@poelzleitner-kaerntner.example>"
    records = tracked(
        (
            mail("m1", 0, recruiter, "Vorstellung bei Quirnbach Seilbahnen"),
            application_email("interview", "Quirnbach Seilbahnen AG", "Betriebsleiter"),
        ),
        (
            mail("m2", 2, recruiter, "Vorstellung bei Ybbstaler Forstgut"),
            application_email("interview", "Ybbstaler Forstgut GmbH", "Forstwirt"),
        ),
        (
            mail("m3", 15, recruiter, "Feedback Quirnbach"),
            application_email("rejected", "Pölzleitner Kärntner Personalberatung", None),
        ),
    )
    assert [emails for emails, _ in records] == [{"m1", "m3"}, {"m2"}]


def test_a_swiss_firm_writing_in_english_files_its_own_name_follow_up_under_its_client():
    recruiter = "Nils Zürrer <nils@zuerrer-kader.example>"
    records = tracked(
        (
            mail("m1", 0, recruiter, "Your profile for Corvenna Optics"),
            application_email("applied", "Corvenna Optics SA", "Optical Engineer"),
        ),
        (
            mail("m2", 3, "Zürrer Kader <team@zuerrer-kader.example>", "Thanks for registering"),
            application_email("applied", "Zürrer Kader", "Supply Planner"),
        ),
        (
            mail("m3", 12, recruiter, "Next steps"),
            application_email("interview", "Zürrer Kader AG", None),
        ),
    )
    assert [emails for emails, _ in records] == [{"m1", "m3"}, {"m2"}]
