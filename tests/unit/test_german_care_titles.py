"""German care titles: a compound's hanging part ("Gesundheits- und"), the reference, site, agency work and
clause verb around a title, and the feminine and masculine forms of one post."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.extraction.language_title_tags import strip_language_tags
from tracker.names import same_title, title_key

CLINIC = "Klinikum Nordstadt <bewerbung@klinikum-nordstadt.de>"
REJECTION = (
    "Sehr geehrte Frau Lang,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin "
    "entschieden haben.\n\nMit freundlichen Grüßen\nKlinikum Nordstadt"
)


@pytest.mark.parametrize(
    ("posted", "written_to_her"),
    [
        ("Gesundheits- und Krankenpfleger (m/w/d)", "Gesundheits- und Krankenpflegerin"),
        ("Altenpfleger (m/w/d)", "Altenpfleger/in"),
        ("Pflegefachmann (m/w/d)", "Pflegefachfrau/-mann"),
        ("Assistenzarzt Anästhesie", "Assistenzärztin Anästhesie"),
        ("Praxisanleiter Pflege", "Praxisanleiter*in Pflege"),
    ],
)
def test_the_feminine_form_of_a_post_is_the_same_title(posted, written_to_her):
    assert same_title(posted, written_to_her)


@pytest.mark.parametrize("title", ["Linux Admin", "Sales Berlin", "Marketing Intern", "Kotlin Developer"])
def test_words_ending_in_in_that_are_no_feminine_form_keep_it(title):
    assert title_key(title) == " ".join(title.lower().split())


@pytest.mark.parametrize(
    "subject",
    [
        "Absage Gesundheits- und Krankenpflegerin (w/m/d) Unfallchirurgie",
        "Klinikum Nordstadt - Gesundheits- und Krankenpflegerin (w/m/d) Unfallchirurgie",
    ],
)
def test_a_compounds_hanging_part_before_und_is_no_separator(subject):
    result = extract(sender=CLINIC, subject=subject, body=REJECTION)
    assert result.job_title == "Gesundheits- und Krankenpflegerin (w/m/d) Unfallchirurgie"


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("Kennziffer 2025/88 - Pflegefachkraft (m/w/d) Sozialdienst", "Pflegefachkraft (m/w/d) Sozialdienst"),
        ("Pflegefachkraft (m/w/d) Kinderstation Klinikum Südpark", "Pflegefachkraft (m/w/d) Kinderstation"),
        ("Pflegefachkraft (m/w/d) Zeitarbeit Düsseldorf", "Pflegefachkraft (m/w/d)"),
        ("Pflegefachkraft (m/w/d) Klinik für Geriatrie", "Pflegefachkraft (m/w/d) Klinik für Geriatrie"),
    ],
)
def test_a_reference_before_a_title_and_a_site_or_agency_work_after_it_are_no_part_of_it(written, title):
    assert strip_language_tags(written) == title


def test_a_clauses_verb_after_the_title_ends_it():
    result = extract(
        sender=CLINIC,
        subject="Ihre Bewerbung",
        body=(
            "Sehr geehrte Frau Lang,\n\nfür Ihre Bewerbung als Stationsleitung (m/w/d) Neurologie danken wir "
            "Ihnen. Leider ist die Stelle bereits vergeben.\n\nMit freundlichen Grüßen\nKlinikum Nordstadt"
        ),
    )
    assert result.job_title == "Stationsleitung (m/w/d) Neurologie"


def test_the_post_a_trial_shift_is_for_comes_before_the_signers_own_role():
    result = extract(
        sender="Tagespflege Am Wall <info@tagespflege-amwall.de>",
        subject="Probearbeiten",
        body=(
            "Hallo Frau Lang,\n\nwie besprochen laden wir Sie zum Probearbeiten als Pflegehelferin (m/w/d) "
            "am Freitag ein.\n\nViele Grüße\nJonas Berger\nEinrichtungsleiter\nTagespflege Am Wall"
        ),
    )
    assert result.job_title == "Pflegehelferin (m/w/d)"


def test_an_invitation_subject_names_the_step_before_the_title():
    result = extract(
        sender=CLINIC,
        subject="Einladung Vorstellungsgespräch Pflegefachkraft (w/m/d) Kinderstation",
        body="Sehr geehrte Frau Lang,\n\ngerne laden wir Sie am 03.11. um 9 Uhr ein.\n\nKlinikum Nordstadt",
    )
    assert result.job_title == "Pflegefachkraft (w/m/d) Kinderstation"
