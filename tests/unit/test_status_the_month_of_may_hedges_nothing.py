"""The month of May dated by an ordinal ("Tuesday 12th May at 10am", "from 1st May", "the 22nd May") is no
modal "may" hedging the news of its sentence, as "7 May" and "May 21" already were not (invented mail): an
interview, a rejection or an offer dated so is that step. The modal stays a hedge: "we may invite you".
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    ("mail", "status"),
    [
        pytest.param(
            _mail(
                "Rosalind Quarrie <r.quarrie@hebbleworthjoinery.co.uk>",
                "RE: Bench Joiner - application",
                "Morning Tadhg,",
                "Thanks for your CV, good to see the staircase work.",
                "I've pencilled you in for Wednesday 13th May at 2pm at our Halifax workshop - "
                "it'll be me and our "
                "workshop foreman, for about an hour.",
                "Rosalind Quarrie\nWorkshop Manager\nHebbleworth Joinery",
            ),
            Status.INTERVIEW,
            id="en_pencilled_in_on_13th_may",
        ),
        pytest.param(
            _mail(
                "Talent Team <talent@orchidvaleanalytics.com>",
                "Your application: Data Engineer",
                "Dear Priyanka,",
                "Following your interview on Tuesday 12th May, we regret to inform you that we will "
                "not be progressing your "
                "application further.",
                "Orchid Vale Analytics",
            ),
            Status.REJECTED,
            id="en_rejection_after_the_12th_may_interview",
        ),
        pytest.param(
            _mail(
                "Fenwick Otterbourne <fenwick@saltmarshcider.co.uk>",
                "Cellar Hand",
                "Hi Ines,",
                "Great news: we'd like to offer you the Cellar Hand position, starting on Monday 1st May.",
                "Fenwick Otterbourne\nSaltmarsh Cider Co",
            ),
            Status.OFFER,
            id="en_offer_starting_1st_may",
        ),
        pytest.param(
            _mail(
                "Recruitment <recruitment@brackenfordcouncil.gov.uk>",
                "Your application - Planning Officer",
                "Dear Mr Oyelaran,",
                "Thank you for your application. Please complete the online numerical reasoning test by "
                "Friday 22nd May.",
                "Brackenford Borough Council",
            ),
            Status.ASSESSMENT,
            id="en_test_by_22nd_may",
        ),
    ],
)
def test_a_step_dated_in_may_is_that_step(mail, status):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is status, result


def test_the_modal_may_still_hedges():
    result = extract(
        **_mail(
            "Talent Team <talent@orchidvaleanalytics.com>",
            "Application received: Data Engineer",
            "Dear Priyanka,",
            "Thank you for applying for the Data Engineer role.",
            "If your profile matches, we may invite you to an interview.",
            "Orchid Vale Analytics",
        )
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.APPLIED, result
