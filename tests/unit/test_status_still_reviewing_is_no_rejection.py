"""An update whose body says the employer is still working through the applications is "applied": the
guess that a bare "Update on your application" is a rejection is for a subject over an empty page, not
over a body that says no decision is made. Invented mail."""

from tests.extraction_support import extract
from tracker.models import Kind, Status


def test_still_working_through_applications_under_an_update_subject_is_applied():
    result = extract(
        "Hi Sam,\n\nA short note to say we're still working through applications for the Product Designer "
        "role and haven't forgotten you. We hope to be in touch with everyone next week, whatever the "
        "outcome.\n\nThanks for your patience,\nLeah\nPeople, Orchard Lane",
        "Update on your application",
        "Orchard Lane <no-reply@ashbyhq.com>",
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.APPLIED)
