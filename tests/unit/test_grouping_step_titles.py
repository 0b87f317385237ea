"""A title read from a hiring step's name ("Centre and Partner") is no role: the mail joins the one open
application at its employer, as a mail naming no title does (tracker/step_titles.py)."""

from __future__ import annotations

from tests.builders import an_email, application_email, day
from tracker.memory_store import MemoryApplicationStore
from tracker.models import Status
from tracker.recording import record_email
from tracker.step_titles import names_a_step

USER = "u1"


def records(mailbox):
    store = MemoryApplicationStore()
    for email, extraction in mailbox:
        store.in_transaction(USER, lambda tx, e=email, x=extraction: record_email(tx, e, x, now=day(100)))
    return [
        (a.job_title, a.status, {e.message_id for e in store.list_events(USER, a.app_id)})
        for a in store.list_applications(USER)
    ]


def test_a_steps_name_read_as_the_title_joins_the_one_open_application_at_its_employer():
    receipt = an_email(on=1, thread="a")
    invitation = an_email(on=20, thread="b")
    offer = an_email(on=40, thread="c")
    result = records(
        [
            (receipt, application_email("applied", "Aviva", "Actuarial Graduate Programme")),
            (invitation, application_email("interview", "Aviva", "Centre and Partner")),
            (offer, application_email("offer", "Aviva", None)),
        ]
    )
    assert result == [
        (
            "Actuarial Graduate Programme",
            Status.OFFER,
            {receipt.message_id, invitation.message_id, offer.message_id},
        )
    ]


def test_an_application_a_steps_name_began_shows_no_title_and_takes_the_role_named_later():
    invitation = an_email(on=1, thread="a")
    confirmation = an_email(on=2, thread="b")
    result = records(
        [
            (invitation, application_email("interview", "Arup", "Final Round")),
            (confirmation, application_email("interview", "Arup", "Graduate Civil Engineer")),
        ]
    )
    assert result == [
        ("Graduate Civil Engineer", Status.INTERVIEW, {invitation.message_id, confirmation.message_id})
    ]


def test_a_real_role_at_an_employer_with_one_open_application_stays_a_new_application():
    result = records(
        [
            # Begun by a step (no receipt): a second step naming another role is another application.
            (an_email(on=1, thread="a"), application_email("assessment", "Aviva", "Actuarial Programme")),
            (an_email(on=5, thread="b"), application_email("interview", "Aviva", "Partner")),
        ]
    )
    assert sorted(title for title, _, _ in result) == ["Actuarial Programme", "Partner"]


def test_steps_names_in_several_languages_are_no_role_and_roles_named_after_steps_are():
    for step in ("Centre and Partner", "Final Round", "Video Interview", "Vorstellungsgespräch", "Colloquio"):
        assert names_a_step(step), step
    roles = ("Partner", "Interview Coordinator", "Test Engineer", "Case Manager", "Assessment Centre Manager")
    for role in roles:
        assert not names_a_step(role), role
    assert not names_a_step(None) and not names_a_step("")
