"""An employer whose name opens with its initials writes them apart in one mail and run together in the
next ("K-L-M Markets", "KLM Markets"; "R.T.W. Logistik", "RTW Logistik"): one employer, one key
(names.company_key, KEY_VERSION 20), so its mail about one post is one application."""

from __future__ import annotations

import pytest

from tests.raw_inboxes import tracked_inbox
from tracker.names import company_key, employer_group


@pytest.mark.parametrize(
    ("apart", "together"),
    [
        ("K-L-M Markets", "KLM Markets"),
        ("R.T.W. Logistik GmbH", "RTW Logistik"),
        ("S. G. V. Assurances", "SGV Assurances"),
        ("H-V-Q", "HVQ"),
        ("A.D.R. Transportes Ltda.", "ADR Transportes"),
    ],
)
def test_initials_written_apart_key_as_run_together(apart, together):
    assert company_key(apart) == company_key(together)
    assert employer_group(company_key(apart)) == employer_group(company_key(together))


def test_one_initial_before_a_name_stays_its_own_word():
    assert company_key("B. Holmgart") == "b holmgart"


def _groups(records: list[dict]) -> list[set[str]]:
    return sorted((set(r["emails"]) for r in records), key=sorted)


def test_an_employer_writing_its_initials_apart_then_together_is_one_application(tmp_path):
    mails = [
        {
            "id": "en1",
            "from": "K-L-M Markets Careers <klmmarkets@myworkday.com>",
            "date": "2026-03-02T09:00:00Z",
            "subject": "Thanks for applying to K-L-M Markets!",
            "body": "Dear Robin,\n\nThank you for applying for the Store Systems Engineer position at K-L-M "
            "Markets. Our team will review your application.\n\nK-L-M Markets Talent Acquisition",
        },
        {
            "id": "en2",
            "from": "Dana Pruitt <dana.pruitt@klmmarkets.com>",
            "date": "2026-03-16T15:00:00Z",
            "subject": "KLM Markets - interview for Store Systems Engineer",
            "body": "Hi Robin,\n\nI'm a recruiter at KLM Markets. We would like to invite you to an "
            "interview for the Store Systems Engineer role next Tuesday at 10am.\n\nBest,\nDana Pruitt\n"
            "KLM Markets",
        },
        {
            "id": "de1",
            "from": "R.T.W. Logistik GmbH <bewerbung@rtw-logistik.de>",
            "date": "2026-03-04T08:00:00Z",
            "subject": "Ihre Bewerbung als Disponent (m/w/d)",
            "body": "Sehr geehrter Herr Lenz,\n\nvielen Dank für Ihre Bewerbung als Disponent (m/w/d) bei "
            "der R.T.W. Logistik GmbH. Wir melden uns in Kürze bei Ihnen.\n\nMit freundlichen Grüßen\n"
            "Ihr Personalteam der R.T.W. Logistik GmbH",
        },
        {
            "id": "de2",
            "from": "Jana Voigt <j.voigt@rtwlogistik.de>",
            "date": "2026-03-18T10:00:00Z",
            "subject": "RTW Logistik – Einladung zum Vorstellungsgespräch als Disponent (m/w/d)",
            "body": "Sehr geehrter Herr Lenz,\n\ngerne möchten wir Sie zu einem Vorstellungsgespräch als "
            "Disponent (m/w/d) bei RTW Logistik einladen, am Donnerstag um 14 Uhr.\n\nMit freundlichen "
            "Grüßen\nJana Voigt\nRTW Logistik",
        },
    ]
    records = tracked_inbox(tmp_path, mails)
    assert _groups(records) == [{"de1", "de2"}, {"en1", "en2"}]
