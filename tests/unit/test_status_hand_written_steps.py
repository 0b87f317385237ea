"""Status of English mail a person writes by hand (invented mail): a trial at work set for the reader is
their work tried (assessment) unless a conversation is set beside it; an apology for the mail's timing
regrets nothing; a post held with its interviews called off is withdrawn; others chosen in a person's
words ("the person we went with", "an offer to a candidate who", "candidates who have more"), the post
filled internally, the reader left out of those taken forward, and a decision that came by feedback are
rejections.
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


def _status(mail: dict[str, str]) -> Status | None:
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION
    return result.status


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Gemma Hollis <gemma@larkspurdeli.co.uk>",
                "Deli assistant",
                "Hi Tomasz,",
                "Thanks for dropping your CV off. Next thing for us is a paid trial shift so you can see how "
                "busy the counter gets. Would Sunday 9am till 1pm suit?",
                "Gemma\nLarkspur Deli",
            ),
            id="paid_trial_shift_proposed",
        ),
        pytest.param(
            _mail(
                '"Dr. Owen Falk" <office@falkfamilydental.com>',
                "Dental assistant - next step",
                "Hi Marisol,",
                "Thank you for speaking with me on Monday. We would like you to come in for a working "
                "interview on Thursday the 14th from 8:00am to 12:00pm, paid at our training rate.",
                "Please wear scrubs.",
                "Owen Falk, DDS\nFalk Family Dental",
            ),
            id="working_interview_after_a_call",
        ),
        pytest.param(
            _mail(
                "Ruairi <ruairi@thecopperkettlecafe.ie>",
                "Re: barista job",
                "hey Aoife, cheers for the CV. can you do a trial shift saturday morning? 8 til 12, we'll "
                "pay you for it",
                "Ruairi",
            ),
            id="trial_shift_asked_in_one_line",
        ),
    ],
)
def test_a_trial_at_work_set_for_the_reader_is_an_assessment(mail):
    assert _status(mail) is Status.ASSESSMENT


def test_a_chat_set_beside_the_trial_keeps_the_interview():
    mail = _mail(
        "Priya Nair <priya@saffronandsage.co.nz>",
        "Line cook",
        "Hi Jonah,",
        "Loved your CV. Could you come by on Wednesday at 3pm for a chat with our head chef and a short "
        "trial shift on the line?",
        "Priya\nSaffron & Sage",
    )
    assert _status(mail) is Status.INTERVIEW


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Tomas Reyes <tomas@brightfernlabs.io>",
                "good news",
                "Hi Lena,",
                "Sorry for the late-night message but I didn't want you waiting another day - the team met "
                "this evening and we'd love you to join us as our next QA Engineer.",
                "Formal paperwork follows this week.",
                "Tomas\nBrightfern Labs",
            ),
            id="sorry_for_the_late_message_then_an_offer",
        ),
        pytest.param(
            _mail(
                "Hannah Cole <hannah.cole@millbrookgardens.com>",
                "Garden centre supervisor",
                "Hi Sam,",
                "Sorry for only getting back to you now, it has been a hectic week. Are you free on Friday "
                "at 11am for an interview at the garden centre?",
                "Hannah\nMillbrook Gardens",
            ),
            id="sorry_for_getting_back_late_then_an_interview",
        ),
    ],
)
def test_an_apology_for_the_mails_timing_regrets_nothing(mail):
    assert _status(mail) in (Status.OFFER, Status.INTERVIEW)


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Talent Team <careers@ostrandminerals.com>",
                "Process Engineer - update",
                "Dear Kofi,",
                "Following a review of capital spending, the company has decided to freeze all non-essential "
                "appointments until next year. The Process Engineer recruitment has therefore been put on "
                "hold, and the interviews planned for 3 June will not go ahead.",
                "We apologise for the inconvenience.",
                "Ostrand Minerals",
            ),
            id="interviews_called_off_with_the_hold",
        ),
        pytest.param(
            _mail(
                "HR Unit <recruitment@harbourauthority.ie>",
                "Clerical Officer competition",
                "Dear Candidate,",
                "A decision has been taken to place this competition on hold, and the interviews that had "
                "been scheduled for next week will not proceed.",
                "Harbour Authority",
            ),
            id="a_public_competition_on_hold",
        ),
        pytest.param(
            _mail(
                "Dev Malhotra <dev@quillandpine.com>",
                "Content Lead role",
                "Hi Noor,",
                "I wanted to tell you myself: our investors have asked us to put a freeze on all new hires "
                "this quarter, and that covers the Content Lead role. It's nothing to do with you.",
                "Dev\nQuill & Pine",
            ),
            id="a_freeze_on_new_hires",
        ),
    ],
)
def test_a_post_held_with_its_meetings_called_off_is_withdrawn(mail):
    assert _status(mail) is Status.WITHDRAWN


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Grace Whitlow <grace@whitlowjoinery.co.uk>",
                "Re: Bench joiner - feedback",
                "Hi Callum,",
                "Of course. It was genuinely close between you and the person we went with for the joiner "
                "job; they just had more experience on site.",
                "Grace",
            ),
            id="the_person_we_went_with",
        ),
        pytest.param(
            _mail(
                "Arjun Patel <arjun.patel@tealbridgeadvisory.com>",
                "Tax Associate",
                "Hi Maya,",
                "Thanks again for your time last week. We have ended up extending an offer to a candidate "
                "who has spent years in a client-facing tax role.",
                "Arjun",
            ),
            id="an_offer_extended_to_another",
        ),
        pytest.param(
            _mail(
                "Kerry Vance <kerry@northgaterecruit.co.uk>",
                "accounts assistant",
                "Hi Dean,",
                "I've had feedback from the client on the Accounts Assistant job and unfortunately they "
                "aren't going to take your application further. They went with candidates who have more "
                "Xero experience.",
                "Kerry",
            ),
            id="feedback_then_not_taken_further",
        ),
        pytest.param(
            _mail(
                "Lou Brandt <lou@keelrecruiting.com>",
                "RE: Sable Foods - Payroll Lead",
                "Hi Jess,",
                "Quick update from Sable Foods: they've filled the Payroll Lead role internally, so sadly "
                "that one is off the table.",
                "Lou",
            ),
            id="filled_internally_off_the_table",
        ),
        pytest.param(
            _mail(
                "Nate Ortiz <nate@redfieldtalent.com>",
                "Re: Controller role",
                "Hi Bea,",
                "The client wants to see a few more people before deciding, but right now you're not in the "
                "group they're taking forward. Sorry, I know you liked this one.",
                "Nate",
            ),
            id="not_in_the_group_taken_forward",
        ),
    ],
)
def test_a_person_telling_of_another_chosen_rejects(mail):
    assert _status(mail) is Status.REJECTED


def test_being_in_the_group_taken_forward_is_no_rejection():
    mail = _mail(
        "Nate Ortiz <nate@redfieldtalent.com>",
        "Re: Controller role",
        "Hi Bea,",
        "Good news: you're in the group they're taking forward. They'd like to meet you on Tuesday at 2pm.",
        "Nate",
    )
    assert _status(mail) is Status.INTERVIEW


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Corinne <corinne@tidewaterbikes.com>",
                "your application",
                "hi Felix",
                "saw your resume for the mechanic spot. can you stop by friday around 10? just want to meet "
                "you and show you the shop",
                "Corinne",
            ),
            id="stop_by_on_a_day",
        ),
        pytest.param(
            _mail(
                '"Ray Donnelly" <ray@donnellyoutreach.org>',
                "quick call?",
                "Hi Maya - Ray here, director at Donnelly Outreach. I read your application for the Case "
                "Worker role on our family services team and I'd love to talk. Free tomorrow or Thursday for "
                "a quick call?",
                "Ray",
            ),
            id="elided_question_and_the_posts_team",
        ),
        pytest.param(
            _mail(
                "Joanna Pike <jpike@lakeshorestaffing.com>",
                "Marlow Tools - next step",
                "Hi Sean,",
                "Great news: Marlow Tools would like to bring you in to meet their plant manager, Mr. Ortiz "
                "Jr. on Monday at 9:30am.",
                "Joanna",
            ),
            id="bring_you_in_to_meet",
        ),
    ],
)
def test_a_person_setting_a_meeting_in_everyday_words_is_an_interview(mail):
    assert _status(mail) is Status.INTERVIEW


def test_shortlisted_then_a_test_as_the_next_step_is_an_assessment():
    mail = _mail(
        "Ana Ruiz <ana.ruiz@coastalwater.gov.au>",
        "Policy Officer - shortlisted",
        "Dear Lee,",
        "Thanks for applying for the Policy Officer role. I'm happy to let you know you've been shortlisted.",
        "The next step is a written exercise: a one-page briefing on the attached scenario, due back by "
        "Friday 5pm. We'll use it to decide who comes to interview.",
        "Ana Ruiz\nCoastal Water Authority",
    )
    assert _status(mail) is Status.ASSESSMENT


def test_a_video_call_named_by_its_service_is_an_interview():
    mail = _mail(
        "Luis Ortega <luis@peakcarestaffing.com>",
        "ICU travel interview Tue",
        "Dana - the hospital wants a Zoom w/ you Tuesday 4/8 at 2:15pm ET for the ICU contract we talked "
        "about. Link: https://zoom.us/j/5550001111",
        "Luis\nPeak Care Staffing",
    )
    assert _status(mail) is Status.INTERVIEW


def test_a_presentation_to_prepare_and_send_back_is_an_assessment():
    mail = _mail(
        '"Marta Kowal" <m.kowal@brightwellplastics.co.uk>',
        "Process Engineer - 2nd stage",
        "Hi Ade,",
        "Thanks for the call on Monday; we'd like to take you forward for the Process Engineer job. Before "
        "we bring you in, I'd like you to put together a short presentation (no more than 6 slides) on the "
        "attached scrap report.",
        "Please send the slides back to me by Thursday 12th June.",
        "Marta Kowal\nBrightwell Plastics Ltd",
    )
    assert _status(mail) is Status.ASSESSMENT


def test_a_hire_that_is_not_going_to_work_out_rejects():
    mail = _mail(
        "Pete Lund <pete@lundbakery.com>",
        "baker job",
        "Hi Ola,",
        "Thanks for coming in last week. Unfortunately it's not going to work out this time for the baker "
        "job, we need someone who can start on nights straight away.",
        "Pete",
    )
    assert _status(mail) is Status.REJECTED
