"""A meeting's hour settled in a reply (invented mail): the reader proposed a time for the meeting the
thread arranges, and a person at the employer answers with the hour alone ("Great, the 7th at 11 then",
"Akkoord, dinsdag 9 juni om 15:30 uur dus", "Passt, dann am 3. Juni um 9"): the interview, in every language
(the English and German rows read so before; the Dutch one did not). A reply naming an hour in a thread
that arranges no meeting stays a receipt.
"""

import pytest

from tests.extraction_support import extract_as_read as extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Benedikt Oakhurst <benedikt.oakhurst@spindlewick-press.co.uk>",
                "Re: Production Editor - a first chat?",
                "Great, the 7th at 11 then. A video link will follow.",
                "Benedikt",
                "On 4 May 2026, at 18:20, Juno Pellerin <juno.pellerin@gmail.com> wrote:\n> Hi Benedikt,\n"
                "> Thursday 7 May at 11am would suit me best.\n> Juno",
            ),
            id="en_hour_confirmed_under_a_chat",
        ),
        pytest.param(
            _mail(
                "Marijke Zeldenrust <marijke@zeldenrust-bouwadvies.nl>",
                "Re: Gesprek Calculator Utiliteitsbouw",
                "Akkoord, dinsdag 9 juni om 15:30 uur dus. Tot dan!",
                "Marijke",
                "Op 3 jun 2026 om 20:14 schreef Teun Oosthoek <teun.oosthoek@hotmail.com>:\n> Hoi Marijke, "
                "dinsdag 9 juni om 15:30 komt mij goed uit.\n> Teun",
            ),
            id="nl_akkoord_under_a_gesprek",
        ),
        pytest.param(
            _mail(
                "Hiltrud Wessenberg <h.wessenberg@orgelbau-wessenberg.de>",
                "AW: Vorstellungsgespräch Orgelbauer",
                "Passt, dann am 3. Juni um 9. Bis dann!",
                "Hiltrud Wessenberg",
                "Am 2. Juni 2026 um 19:02 schrieb Till Ebersbach <till.ebersbach@web.de>:\n> Guten Tag Frau "
                "Wessenberg,\n> Mittwoch um 9 Uhr würde mir gut passen.\n> Till Ebersbach",
            ),
            id="de_passt_dann_am_dritten",
        ),
    ],
)
def test_a_reply_settling_the_meetings_hour_is_an_interview(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.INTERVIEW, result


def test_an_hour_in_a_thread_arranging_no_meeting_is_no_interview():
    result = extract(
        **_mail(
            "Benedikt Oakhurst <benedikt.oakhurst@spindlewick-press.co.uk>",
            "Re: Production Editor application",
            "Thanks Juno, got your portfolio at 11 this morning. We'll be in touch next week.",
            "Benedikt",
            "On 4 May 2026, at 18:20, Juno Pellerin <juno.pellerin@gmail.com> wrote:\n> Hi Benedikt,\n"
            "> Please find my portfolio attached for the Production Editor role.\n> Juno",
        )
    )
    assert result.status is not Status.INTERVIEW, result
