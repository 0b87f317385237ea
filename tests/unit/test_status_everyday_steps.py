"""Steps a person or a system writes in everyday words (invented mail): progress that names no meeting,
then a test asked, is the test; an appointment made to the post is the reader's no.
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "body",
    [
        # Progress first, the test asked in the next paragraph, a review of it promised after.
        "Great talking on Monday - we'd like to take you to the next stage.\n\nCould you complete the "
        "exercise in the attached PDF (a small pricing model in a spreadsheet) and send it back by Thursday "
        "noon? It shouldn't take more than three hours.\n\nAfterwards we'd walk through it together with "
        "Tom.",
        # A system's "next round" with its test and the link's validity.
        "We are happy to let you know that your candidature has been shortlisted for the next round. "
        "As part of it, please complete the online aptitude assessment within 48 hours using the link "
        "below.\n\nTest link: https://tests.orvale.example/a/77",
        # "next step" told first, the take-home named after it.
        "Thanks again for your time. I'm pleased to say you're moving to the next step. Attached is the "
        "take-home brief; could you return it by Wednesday?",
    ],
)
def test_progress_naming_no_meeting_then_a_test_asked_is_the_test(body):
    result = extract(
        subject="Data Analyst - next steps",
        body=f"Hi Ines,\n\n{body}\n\nBest,\nCarla Moss\nHead of Analytics, Orvale Foods",
        sender="Carla Moss <carla.moss@orvalefoods.example>",
    )

    assert result.status is Status.ASSESSMENT


def test_progress_with_a_meeting_set_stays_an_interview():
    result = extract(
        subject="Data Analyst - next steps",
        body="Hi Ines,\n\nWe'd like to move you to the next stage: a video interview with our team on "
        "Tuesday at 11am. Before it, please read the attached case study.\n\nBest,\nCarla Moss\n"
        "Orvale Foods",
        sender="Carla Moss <carla.moss@orvalefoods.example>",
    )

    assert result.status is Status.INTERVIEW


@pytest.mark.parametrize(
    "sentence",
    [
        "Just a quick note to say we've made our appointment for the Sous Chef post.",
        "The panel has now made its appointment to the Librarian role.",
        "I wanted to let you know we have just made the appointment for this position.",
    ],
)
def test_an_appointment_made_to_the_post_is_a_rejection(sentence):
    result = extract(
        subject="Re: Sous Chef - interview",
        body=f"Hi Sam,\n\n{sentence} Thank you for coming in to see us.\n\nAll the best,\nRuth\n"
        "Head Chef, The Linden Table",
        sender="Ruth Ames <ruth@lindentable.example>",
    )

    assert result.status is Status.REJECTED


@pytest.mark.parametrize(
    "body",
    [
        # Times offered in a list, the reader to answer with one.
        "Thanks for your quick reply. Two options on my side:\n\n* Tue 14 Oct, 9:00-9:45\n* Wed 15 Oct, "
        "16:00-16:45\n\nReply with whichever time you prefer and I'll set it up.",
        # A booking page of a scheduling tool.
        "loved your case notes on the onboarding flow. keen to do 20 minutes with you - grab a slot on "
        "https://savvycal.com/hana-brook/intro",
        "We'd love to hear more about your work on the Field Engineer role. Please pick a time here: "
        "https://meetings.hubspot.com/hana-brook",
        "Could we find time this week for the Field Engineer role? Any of these slots works for me, "
        "just say which.",
    ],
)
def test_a_person_offering_times_or_a_booking_page_sets_an_interview(body):
    result = extract(
        subject="Re: Field Engineer application",
        body=f"Hi Omar,\n\n{body}\n\nHana Brook\nEngineering Lead, Quillmere Robotics",
        sender="Hana Brook <hana@quillmererobotics.example>",
    )

    assert result.status is Status.INTERVIEW


def test_a_receipt_saying_the_reader_may_withdraw_any_time_is_no_interview():
    result = extract(
        subject="Your application to Quillmere Robotics",
        body="Dear Omar,\n\nThank you for applying for the Field Engineer role. We have received your "
        "application and will review it shortly. You can withdraw it at any time that suits you from your "
        "candidate account.\n\nQuillmere Robotics Recruiting",
        sender="Quillmere Robotics <jobs@quillmererobotics.example>",
    )

    assert result.status is Status.APPLIED


@pytest.mark.parametrize(
    "promise",
    [
        "If we reopen the role next year, you'll be the first person I call.",
        "We hope to reopen the position once the budget is confirmed.",
        "Should the grant come through, we may reopen the job in the autumn.",
    ],
)
def test_a_hold_promising_to_reopen_the_post_is_the_readers_withdrawal(promise):
    result = extract(
        subject="Update on the Outreach Officer search",
        body="Dear Lior,\n\nI'm sorry to tell you that our funding for the Outreach Officer post has been "
        f"delayed, and the board has asked us to put the search on hold. {promise} Thank you for meeting "
        "us last month.\n\nWarmly,\nAnnika Holm\nDirector, Fernbrook Reading Trust",
        sender="Annika Holm <annika@fernbrookreading.example>",
    )

    assert result.kind is Kind.APPLICATION
    assert result.status is Status.WITHDRAWN


@pytest.mark.parametrize(
    "sentence",
    [
        "Please wait for our call regarding the date of your panel interview.",
        "Kindly await an email from our HR team with the schedule of your skills test and interview.",
        "You may wait for a text message from us about your interview slot.",
    ],
)
def test_a_receipt_asking_to_wait_for_the_steps_date_stays_applied(sentence):
    result = extract(
        subject="Application - Pharmacy Assistant",
        body="Good day Mr. Okafor,\n\nWe acknowledge receipt of your application for the post of Pharmacy "
        f"Assistant. {sentence}\n\nThank you.\n\nHR Department\nGreenvale Hospital",
        sender="Greenvale Hospital HR <hr@greenvalehospital.example>",
    )

    assert result.status is Status.APPLIED


@pytest.mark.parametrize(
    "opening",
    [
        "Lovely to meet you at the supply chain breakfast on Thursday, and I enjoyed our chat about "
        "cold-chain audits.",
        "Great to meet you at the Leeds data meetup last night. I really enjoyed our conversation about "
        "demand forecasting.",
        "It was good meeting you at the logistics summit. Thanks for chatting with me about warehouse "
        "robots.",
    ],
)
def test_a_person_met_at_a_gathering_writing_to_keep_in_touch_is_no_application(opening):
    result = extract(
        subject="Good to meet you",
        body=f"Hi Noor,\n\n{opening} We have nothing open on my team right now, but I'm happy to "
        "introduce you to our head of planning for a coffee sometime.\n\nLet's stay in touch.\n\n"
        "Felix Dorn\nOperations Director, Kestrelway Logistics",
        sender="Felix Dorn <felix.dorn@kestrelway.example>",
    )

    assert result.kind is Kind.OTHER


def test_an_interview_after_a_careers_fair_stays_an_interview():
    result = extract(
        subject="Graduate Analyst - interview",
        body="Hi Noor,\n\nGreat to meet you at the careers fair last week. We'd like to invite you to an "
        "interview for the Graduate Analyst role on Tuesday at 2pm at our Leeds office.\n\nBest,\n"
        "Felix Dorn\nKestrelway Logistics",
        sender="Felix Dorn <felix.dorn@kestrelway.example>",
    )

    assert result.kind is Kind.APPLICATION
    assert result.status is Status.INTERVIEW


@pytest.mark.parametrize(
    "sentence",
    [
        "Having talked it over, we don't think it's quite the right fit for this role.",
        "We've now hired for the Events Coordinator position, so I'm closing the loop with everyone.",
    ],
)
def test_a_fit_not_found_or_a_hire_made_for_the_post_is_a_rejection(sentence):
    result = extract(
        subject="Re: Events Coordinator",
        body=f"Hi Tove,\n\nThank you for talking with us on Friday. {sentence}\n\nAll the best,\nBen Auld\n"
        "Marlow Street Venues",
        sender="Ben Auld <ben@marlowstreetvenues.example>",
    )

    assert result.status is Status.REJECTED


@pytest.mark.parametrize(
    "consequence",
    [
        "We're not able to continue the process for now.",
        "Unfortunately this means we won't be moving forward with any candidates at the moment.",
    ],
)
def test_a_hold_and_its_consequence_in_the_next_sentence_is_a_withdrawal(consequence):
    result = extract(
        subject="Events Coordinator",
        body="Hi Tove,\n\nI'm sorry to say the Events Coordinator hire has been frozen because of budget "
        f"constraints. {consequence} I'll get back in touch if it opens again.\n\nBen Auld\n"
        "Marlow Street Venues",
        sender="Ben Auld <ben@marlowstreetvenues.example>",
    )

    assert result.status is Status.WITHDRAWN


def test_a_hold_then_another_candidate_chosen_is_a_rejection():
    result = extract(
        subject="Events Coordinator",
        body="Hi Tove,\n\nThe Events Coordinator hire was frozen for a few weeks because of the budget. We "
        "have since offered the role to another candidate.\n\nBen Auld\nMarlow Street Venues",
        sender="Ben Auld <ben@marlowstreetvenues.example>",
    )

    assert result.status is Status.REJECTED


@pytest.mark.parametrize(
    "body",
    [
        "We'll be at the Glasgow Graduate Fair next Wednesday. Drop by our stand to chat with our "
        "engineers about internships and graduate roles.",
        "Come and find us at the city careers fair on Saturday - pop by for a chat about our "
        "apprenticeships.",
    ],
)
def test_a_fair_inviting_every_job_seeker_to_drop_by_is_no_application(body):
    result = extract(
        subject="Meet us at the fair",
        body=f"Hi Tove,\n\n{body}\n\nMarlow Street Venues Careers",
        sender="Marlow Street Venues Careers <careers@marlowstreetvenues.example>",
    )

    assert result.kind is not Kind.APPLICATION


def test_a_day_asked_for_a_test_the_mail_names_is_the_test():
    result = extract(
        subject="Re: Line Mechanic",
        body="Hi Jo,\n\nThanks for the chat yesterday. The next step for the Line Mechanic role is a short "
        "practical test at our depot, about an hour. Could you do Monday at 9?\n\nNadia Reyes\n"
        "Pellucid Aviation",
        sender="Nadia Reyes <nadia@pellucidaviation.example>",
    )

    assert result.status is Status.ASSESSMENT


@pytest.mark.parametrize(
    "courtesy",
    ["shout if it doesn't suit.", "let me know if that doesn't work and we'll find another time."],
)
def test_an_invite_sent_with_a_courtesy_if_is_an_interview(courtesy):
    result = extract(
        subject="Re: Line Mechanic",
        body="Hi Jo,\n\nWe'd love to talk about the Line Mechanic role. I've sent you a calendar invite for "
        f"Thursday at 2pm - {courtesy}\n\nNadia Reyes\nPellucid Aviation",
        sender="Nadia Reyes <nadia@pellucidaviation.example>",
    )

    assert result.status is Status.INTERVIEW


def test_a_strangers_invitation_to_a_talent_pool_is_no_rejection():
    result = extract(
        subject="Be the first to hear about our roles",
        body="Hi Jo,\n\nWe noticed you visited our careers page. We don't have a position that matches your "
        "profile at the moment, but our logistics team keeps growing.\n\nJoin our talent community to hear "
        "about new openings first.\n\nThe Harrowgate Foods People Team",
        sender="Harrowgate Foods Careers <careers@harrowgatefoods.example>",
    )

    assert result.kind is Kind.OTHER


def test_a_founder_asking_if_the_reader_is_up_for_a_call_sets_an_interview():
    result = extract(
        subject="your application",
        body="Hi Jo,\n\nThanks for applying to the Growth Lead role. Would you be up for a 30 min call with "
        "me and our CTO next week?\n\nMila\nCo-founder, Brindle Labs",
        sender="Mila Soto <mila@brindlelabs.example>",
    )

    assert result.status is Status.INTERVIEW


def test_an_agency_sending_the_cv_with_the_notes_from_its_call_leaves_the_application_applied():
    result = extract(
        subject="RE: Warehouse Planner - your application",
        body="Hi Jo,\n\nThanks for the chat earlier. I've forwarded your CV and a summary of our call to the "
        "client's operations manager this afternoon and will chase them on Monday.\n\nBest,\nRob\n"
        "Tallis Recruitment",
        sender="Rob Keane <rob.keane@tallisrecruitment.example>",
    )

    assert result.status is Status.APPLIED
