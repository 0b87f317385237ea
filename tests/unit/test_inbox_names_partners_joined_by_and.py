"""A firm named for two partners joined by "&" or its language's "and" is keyed with "and", and its
address runs the two names together without it ("braschilunga" for "Brasch & Ilunga"): `track` files
its mail as it files any sender's whose address spells its name (tracker/sender_spellings.py
`spelled_by_a_label`, tracker/inbox_names.py), so a search firm known by no trade word in its domain
files its recruiter's mail naming only the firm under the client she named.

Readings are given (a stub extractor): each test says only what each mail was read as and who sent it.
"""

from __future__ import annotations

from tests.builders import application_email
from tests.given_readings import mail, tracked_records
from tracker.models import EmailMessage, Extraction
from tracker.sender_spellings import spelled_by_a_label


def tracked(*mails: tuple[EmailMessage, Extraction]) -> list[set[str]]:
    """Each record's emails."""
    return [emails for emails, _ in tracked_records(mails)]


def test_an_address_running_two_partners_names_together_spells_the_firm_in_every_language():
    assert spelled_by_a_label("brasch and ilunga", {"braschilunga"})  # "Brasch & Ilunga"
    assert spelled_by_a_label("pardinas and loureda", {"pardinasloureda"})  # "Pardiñas y Loureda"
    assert spelled_by_a_label("vaudremer and ebersole", {"vaudremerebersole"})  # "Vaudremer et Ebersole"
    assert spelled_by_a_label("quaglio and ferrazzoli", {"quaglioferrazzoli"})  # "Quaglio e Ferrazzoli"
    # The names must be the label's, whole: one partner, or another firm, is not.
    assert not spelled_by_a_label("brasch and ilunga", {"braschlegal"})
    assert not spelled_by_a_label("brasch and ilunga", {"ilungabrasch"})


def test_a_spanish_search_firms_recruiter_naming_only_her_firm_stays_with_the_client_she_named():
    recruiter = "Arantxa Urrestilla | Pardiñas y Loureda <burrestilla@pardinasloureda.example>"
    partner = "Quimet Pardiñas <qpardinas@pardinasloureda.example>"
    records = tracked(
        (
            mail("m1", 0, recruiter, "Candidatura recibida – Jefa de Almacén"),
            application_email("applied", "Conservas Ribadelago, S.L.", "Jefa de Almacén"),
        ),
        (
            mail("m2", 2, partner, "Tu candidatura: Técnica de Compras"),
            application_email("applied", "Pardiñas y Loureda", "Técnica de Compras"),
        ),
        (
            mail("m3", 9, recruiter, "Entrevista Jefa de Almacén"),
            application_email("interview", "Pardiñas y Loureda", "Jefa de Almacén"),
        ),
        (
            mail("m4", 30, recruiter, "RE: Proceso Jefa de Almacén"),
            application_email("rejected", "Pardiñas y Loureda", "Jefa de Almacén"),
        ),
    )
    assert sorted(records, key=min) == [{"m1", "m3", "m4"}, {"m2"}]


def test_an_english_firm_of_two_partners_files_its_own_name_news_under_its_client():
    recruiter = "Kwabena Ilunga <kwabena@braschilunga.example>"
    records = tracked(
        (
            mail("m1", 0, recruiter, "Your profile for Halvercombe Ceramics"),
            application_email("applied", "Halvercombe Ceramics Ltd", "Kiln Supervisor"),
        ),
        (
            mail("m2", 1, "Brasch & Ilunga <team@braschilunga.example>", "Thanks for registering"),
            application_email("applied", "Brasch & Ilunga", "Production Planner"),
        ),
        (
            mail("m3", 8, recruiter, "Kiln Supervisor – second stage"),
            application_email("interview", "Brasch & Ilunga", "Kiln Supervisor"),
        ),
    )
    assert sorted(records, key=min) == [{"m1", "m3"}, {"m2"}]
