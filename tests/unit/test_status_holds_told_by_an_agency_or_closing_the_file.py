"""A post held in words the tables missed (invented mail): a client's "headcount freeze" and an agency's
"they're pausing the process" hold the post, which is withdrawn; and a file closed as the consequence of a
hold told just before ("it was decided to hold the vacancy for now. The vacancy is therefore closed and we
will not take your application further") is the hold's, not the reader's rejection. A closing that tells
of another chosen or the post filled stays a rejection, whatever hold went before."""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status

HELD = [
    pytest.param(
        _mail(
            "Fintan Ruddock <fintan.ruddock@brackenlea-talent.ie>",
            "Update",
            "Hi Saoirse,",
            "Quick one - I heard back from them this morning. Unfortunately they've had a headcount freeze "
            "put on across the whole finance function until the spring, so they're pausing the process and "
            "not seeing anyone for now. Nothing to do with your CV.",
            "I'll let you know straight away if it opens again.",
            "Fintan",
        ),
        id="en_agency_headcount_freeze",
    ),
    pytest.param(
        _mail(
            "Gwenllian Pask <g.pask@orrisdale-search.co.uk>",
            "Treasury Associate - update",
            "Hi Tamsin,",
            "Thanks for your patience. The client has told me they are pausing the process for the Treasury "
            "Associate role while the new finance director settles in.",
            "Sorry it's not better news,\nGwenllian",
        ),
        id="en_agency_pausing_the_process",
    ),
    pytest.param(
        _mail(
            "Waterschap Lindevoort <noreply@werkenbij-lindevoort.nl>",
            "Vacature Medewerker Vergunningen – stand van zaken",
            "Beste Reinout Brasjen,",
            "Onlangs solliciteerde u naar de vacature Medewerker Vergunningen bij ons waterschap.",
            "Door een herziening van de begroting is besloten de invulling van deze vacature voorlopig aan "
            "te houden. De vacature is daarom gesloten en wij nemen uw sollicitatie niet verder in "
            "behandeling.",
            "Met vriendelijke groet,\nTeam Werving\nWaterschap Lindevoort",
        ),
        id="nl_hold_then_the_file_closed_therefore",
    ),
]


@pytest.mark.parametrize("mail", HELD)
def test_a_post_held_in_an_agencys_or_a_public_employers_words_is_withdrawn(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.WITHDRAWN, result


def test_a_closing_that_names_another_chosen_after_a_hold_stays_a_rejection():
    result = extract(
        **_mail(
            "Werving <noreply@werkenbij-lindevoort.nl>",
            "Vacature Medewerker Vergunningen",
            "Beste Reinout Brasjen,",
            "De vacature was in het voorjaar voorlopig aangehouden. Inmiddels is de procedure afgesloten en "
            "hebben wij gekozen voor een andere kandidaat, dus wij nemen uw sollicitatie niet verder in "
            "behandeling.",
            "Met vriendelijke groet,\nTeam Werving",
        )
    )
    assert result.status is Status.REJECTED, result
