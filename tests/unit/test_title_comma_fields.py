"""A post's field written after a comma before the post's noun (invented mail): where the subject names the
post short ("Grants Officer – take-home task"), the body's "the Grants Officer, Cultural Heritage Programmes
role" names it whole, as its "the X – Y role" does; the subject's segment is no cut of the whole.
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind

_MAILS = [
    dict(
        sender="Perpetua Nwankwo-Hale <pnh@brightwaterstaffing.com>",
        subject="Update - Category Planner role",
        body="Hi Ingmar,\n\nI spoke with the hiring manager at Oskarsholm Home this morning and they have "
        "put the Category Planner, Outdoor Living search on hold until the spring.\n\nThis is no reflection "
        "on you.\n\nBest,\nPerpetua",
        title="Category Planner, Outdoor Living",
    ),
    dict(
        sender="Fenella Quarshie <fenella.quarshie@pennycuick-trust.org.uk>",
        subject="Grants Officer – take-home task",
        body="Dear Ingmar,\n\nThank you again for your application for the Grants Officer, Cultural Heritage "
        "Programmes role. We would like to invite you to the next step: a short written task.\n\nPlease send "
        "it back by Friday.\n\nKind regards,\nFenella Quarshie\nPeople Partner\nPennycuick Heritage Trust",
        title="Grants Officer, Cultural Heritage Programmes",
    ),
    dict(
        sender="Brackwater Civils <talent@brackwatercivils.com>",
        subject="Interview invitation: Estimator",
        body="Dear Ingmar,\n\nWe are pleased to invite you to interview for the Estimator, Marine Structures "
        "position on Tuesday 14 April at 10:00.\n\nRegards,\nRecruitment Team\nBrackwater Civils",
        title="Estimator, Marine Structures",
    ),
    dict(
        sender="Odalys Verhoeven <odalys@tamarind-kitchens.com>",
        subject="Sous Chef - next steps",
        body="Hi Ingmar,\n\nLovely to meet you on Monday. Chef would like you back for a trial shift for the "
        "Sous Chef, Banqueting & Events opening next Thursday from 2pm.\n\nSee you then,\nOdalys\n"
        "Tamarind Kitchens",
        title="Sous Chef, Banqueting & Events",
    ),
]


@pytest.mark.parametrize("mail", _MAILS, ids=lambda mail: mail["subject"])
def test_the_body_names_the_post_whole_before_its_noun(mail: dict[str, str]) -> None:
    result = extract(sender=mail["sender"], subject=mail["subject"], body=mail["body"])
    assert result.kind is Kind.APPLICATION, result
    assert result.job_title == mail["title"]


def test_a_place_after_the_comma_is_no_field() -> None:
    result = extract(
        sender="Fenella Quarshie <fenella.quarshie@pennycuick-trust.org.uk>",
        subject="Grants Officer – take-home task",
        body="Dear Ingmar,\n\nThank you again for your application for the Grants Officer, Leeds role. We "
        "would like to invite you to the next step: a short written task.\n\nKind regards,\nFenella Quarshie",
    )
    assert result.job_title == "Grants Officer"
