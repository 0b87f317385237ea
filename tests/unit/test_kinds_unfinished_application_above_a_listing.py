"""A reminder to finish an application the reader started (invented mail) is no application and no alert,
though a board appends "other jobs you might like" below it: the unfinished application is the mail's
matter (datasets/README.md: "other"). A digest that only mentions finishing an application further down
stays an alert.
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                '"JobTrail" <noreply@jobtrail.com>',
                "You didn't finish your application to Copperfield Bakery",
                "Hi Dana,",
                "You started applying for Counter Assistant at Copperfield Bakery but didn't finish.",
                "[Finish applying]",
                "Other jobs you might like:\n- Barista - Bean Street Cafe - Leeds\n- Cashier - Halden Foods",
            ),
            id="en_unfinished_then_other_jobs",
        ),
        pytest.param(
            _mail(
                '"JobTrail" <noreply@jobtrail.com>',
                "Finish your application",
                "Hi Dana,",
                "Your application for Warehouse Operative at Northway Freight is not complete yet.",
                "Jobs you may like:\n- Picker Packer - Stowe Logistics\n- Driver's Mate - Brindle Removals",
            ),
            id="en_incomplete_then_jobs_you_may_like",
        ),
    ],
)
def test_a_reminder_to_finish_above_a_listing_is_other(mail):
    result = extract(**mail)
    assert result.kind is Kind.OTHER, result


def test_a_digest_that_mentions_finishing_lower_down_is_an_alert():
    result = extract(
        **_mail(
            '"JobTrail" <alerts@jobtrail.com>',
            "12 new jobs for Counter Assistant in Leeds",
            "Hi Dana,",
            "New jobs you may like:\n- Counter Assistant - Copperfield Bakery - Leeds\n"
            "- Barista - Bean Street Cafe - Leeds",
            "Started an application? Finish applying in your JobTrail account.",
        )
    )
    assert result.kind is Kind.JOB_ALERT, result
