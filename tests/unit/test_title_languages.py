"""One role named in two languages at one employer (tracker/title_languages.py): a receipt in French
and an invitation in German are one application; what the tracker cannot translate stays apart."""

from __future__ import annotations

import pytest

from tests.builders import an_email, application_email
from tests.unit.test_recording import Tracker
from tracker.names import title_key
from tracker.title_languages import translated_alike

EMPLOYER = "Lémanique Énergie SA"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Cheffe de projet IT", "Projektleiterin IT"),
        ("Chef de projet IT", "Responsabile di progetto IT"),
        ("Projektmanager (m/w/d) IT", "Jefe de proyecto IT"),
        ("Cheffe de projet IT", "Senior Project Manager IT"),
        ("Infirmière", "Pflegefachfrau"),
        ("Data Analyst", "Datenanalystin"),
    ],
)
def test_one_role_in_two_languages_with_the_rest_written_alike_is_one_role(one, other):
    assert translated_alike(title_key(one), title_key(other))
    assert translated_alike(title_key(other), title_key(one))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Chef de projet informatique", "Projektleiter IT"),  # the rest in two languages: not translated
        ("Cheffe de projet IT", "Projektleiter Marketing"),
        ("Comptable", "Softwareentwickler"),
        ("Cheffe de projet IT", "Chef de produit IT"),
        ("Cheffe de projet IT", "Marketing Coordinator"),  # no role the table knows
    ],
)
def test_other_roles_or_other_words_beside_the_role_are_not_one_role(one, other):
    assert not translated_alike(title_key(one), title_key(other))


def _mail(on: int, status: str, title: str | None):
    return an_email(on=on, sender="Lémanique Énergie <recrutement@lemanique.example>"), application_email(
        status, EMPLOYER, title
    )


def test_an_invitation_in_another_language_joins_the_one_open_application_for_that_role():
    tracker = Tracker()
    for email, extraction in (
        _mail(1, "applied", "Cheffe de projet IT"),
        _mail(6, "interview", "Projektleiterin IT"),
        _mail(9, "interview", None),
    ):
        tracker.receive(email, extraction)
    application = tracker.only_application()
    assert (application.job_title, application.status.value) == ("Cheffe de projet IT", "interview")


def test_a_receipt_in_another_language_is_another_submission():
    tracker = Tracker()
    for email, extraction in (
        _mail(1, "applied", "Cheffe de projet IT"),
        _mail(6, "applied", "Projektleiterin IT"),
    ):
        tracker.receive(email, extraction)
    assert len(tracker.applications) == 2
