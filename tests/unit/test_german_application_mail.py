"""German application mail of ATS, Personaldienstleister and public employers (invented mail, issue 14).

An interim notice ("Zwischenbescheid") is still in process, not a rejection; an interview invitation that
tells of another candidate's rejection is the reader's interview. A receipt's subject word is never the
employer; a public employer is named by its name's shape ("Stadt X", "Landkreis X", "Landesamt für X"),
never by its portal or its Personalamt. An agency acting "im Auftrag der X" relays X; one recruiting "für
einen Kunden im Raum X" names no client, and that is no part of the title. A law firm's "Kanzlei" and its
partnership's "PartG mbB" key away.
"""

from dataclasses import replace

import pytest

from tests.builders import an_email
from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.extraction.employer_candidates import Candidate
from tracker.extraction.german_public_bodies import add_german_public_bodies, without_portal_word
from tracker.extraction.municipal_bodies import add_municipal_bodies
from tracker.extraction.text import prepare
from tracker.models import Status
from tracker.names import company_key

APPLICATIONS = [
    row(
        "interim_notice_with_regret_is_still_in_process",
        Status.APPLIED,
        "Gemeinde Wettenbach",
        "Sachbearbeiter Bauamt (m/w/d)",
        sender="Gemeinde Wettenbach <rathaus@wettenbach.example>",
        subject="Sachbearbeiter Bauamt (m/w/d) - Zwischenbescheid",
        body="Sehr geehrter Herr Lorenz,\n\nleider können wir Ihnen noch keine abschließende Nachricht zu "
        "Ihrer Bewerbung geben, da das Auswahlverfahren noch andauert.\n\nMit freundlichen Grüßen\n"
        "Gemeinde Wettenbach\nHauptamt",
    ),
    row(
        "selection_not_yet_finished_is_application_mail",
        Status.APPLIED,
        "Stadt Kornhausen",
        "Verwaltungsfachangestellter (m/w/d)",
        sender="Bewerbermanagement <noreply@jobs.kornhausen.example>",
        subject="Verwaltungsfachangestellter (m/w/d) – Zwischenbescheid",
        body="Sehr geehrter Herr Lorenz,\n\ndas Auswahlverfahren für die Stelle Verwaltungsfachangestellter "
        "(m/w/d) ist noch nicht abgeschlossen. Wir melden uns, sobald eine Entscheidung gefallen ist.\n\n"
        "Mit freundlichen Grüßen\nStadt Kornhausen\nPersonalamt",
    ),
    row(
        "interview_after_another_candidates_rejection",
        Status.INTERVIEW,
        "Landkreis Obertal",
        None,
        sender="Landkreis Obertal <stellen@obertal.example>",
        subject="Einladung zum Vorstellungsgespräch",
        body="Sehr geehrter Herr Lorenz,\n\nwir laden Sie zu einem Vorstellungsgespräch am 12.05. um 9 Uhr "
        "ein. Einem anderen Bewerber mussten wir leider absagen, daher wurde ein Termin frei.\n\n"
        "Mit freundlichen Grüßen\nLandkreis Obertal\nSachgebiet Personal",
    ),
    row(
        "receipt_subject_word_is_no_employer_the_town_signs",
        Status.APPLIED,
        "Stadt Kornhausen",
        "Kassierer (m/w/d)",
        sender="Stadt Kornhausen <bewerbung@portal.example>",
        subject="Eingangsbestätigung Ihrer Bewerbung - Kassierer (m/w/d)",
        body="Sehr geehrter Herr Lorenz,\n\nwir bestätigen den Eingang Ihrer Bewerbung auf die Stelle "
        "Kassierer (m/w/d).\n\nMit freundlichen Grüßen\nStadt Kornhausen\nPersonalamt",
    ),
    row(
        "state_office_named_by_its_field",
        Status.APPLIED,
        "Landesamt für Vermessung",
        None,
        sender="Landesamt für Vermessung <bewerbung@lfv.example>",
        subject="Ihre Bewerbung",
        body="Sehr geehrter Herr Lorenz,\n\nwir haben Ihre Bewerbung für die Stelle Sachbearbeiter "
        "Liegenschaften (m/w/d) erhalten.\n\nMit freundlichen Grüßen\nLandesamt für Vermessung\n"
        "Referat Personal",
    ),
    row(
        "agency_acting_for_its_named_client",
        Status.INTERVIEW,
        "Mühlbauer Gerätebau GmbH",
        None,
        sender="Orizon GmbH <bewerbung@orizon.de>",
        subject="Einladung zum Vorstellungsgespräch",
        body="Sehr geehrter Herr Lorenz,\n\nim Auftrag der Mühlbauer Gerätebau GmbH laden wir Sie zu einem "
        "Vorstellungsgespräch für die Stelle Disponent (m/w/d) ein.\n\nMit freundlichen Grüßen\n"
        "Orizon GmbH",
    ),
    row(
        "agency_with_an_unnamed_client_names_itself_and_the_post_alone",
        Status.APPLIED,
        "Tempton",
        "Lagerhelfer (m/w/d)",
        sender="Tempton <info@tempton.de>",
        subject="Ihre Bewerbung",
        body="Sehr geehrter Herr Lorenz,\n\nvielen Dank für Ihre Bewerbung als Lagerhelfer (m/w/d) für "
        "einen Kunden im Raum Kornhausen. Wir prüfen Ihre Unterlagen.\n\nTempton",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), APPLICATIONS)
def test_german_application_mail(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_a_portals_word_before_a_public_body_is_no_part_of_its_name():
    assert without_portal_word("Karriereportal Stadt Kornhausen") == "Stadt Kornhausen"
    assert without_portal_word("Personalamt Landkreis Obertal") == "Landkreis Obertal"
    assert without_portal_word("Karriereportal Brandt Logistik") == "Karriereportal Brandt Logistik"


@pytest.mark.parametrize(
    ("written", "bare"),
    [
        ("Kanzlei Wendt & Partner", "Wendt & Partner"),
        ("Wendt & Partner PartG mbB", "Wendt & Partner"),
        ("Wendt Steuerberater mbB", "Wendt Steuerberater"),
        ("Ärztekammer Nordmark KöR", "Ärztekammer Nordmark"),
    ],
)
def test_german_partnerships_and_a_firms_kanzlei_key_as_the_bare_name(written, bare):
    assert company_key(written) == company_key(bare)


def test_a_german_town_government_named_once_is_one_candidate_though_two_readers_know_its_shape():
    email = prepare(
        replace(
            an_email(), body="vielen Dank für Ihre Bewerbung bei der Stadt Nordheim. Marlin County wartet."
        )
    )
    found: list[Candidate] = []
    add_german_public_bodies(found, email)
    add_municipal_bodies(found, email)
    assert sorted(c.name for c in found) == ["Marlin County", "Stadt Nordheim"]
