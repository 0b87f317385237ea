"""News in the voices the rules had not met (invented mail): a small business writing as a person, an
offer said as "we'd love to have you on the team", a question that is an invitation, a rejection that
names the post it gives to someone else, and an offer letter above "let me know if you have questions".
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.extraction.person_names import looks_like_person_name
from tracker.models import Kind, Status

VOICES = [
    application_row(
        "a_tradesman_saying_the_job_is_taken_rejects",
        Status.REJECTED,
        "Olsen Plumbing",
        sender="Greg Olsen <greg@olsenplumbing.com>",
        subject="plumber job",
        body="hi, thanks for your interest but the job is taken now. good luck\nGreg\nOlsen Plumbing",
    ),
    application_row(
        "not_offering_you_the_named_position_rejects",
        Status.REJECTED,
        "Marlow Foods",
        "Line Cook",
        sender="hr@marlowfoods.com",
        subject="Line Cook - Marlow Foods",
        body="Dear Chris,\n\nThank you for attending the trial shift. We will not be offering you "
        "the Line Cook "
        "position. We wish you well.\n\nMarlow Foods HR",
    ),
    application_row(
        "going_a_different_way_rejects",
        Status.REJECTED,
        "Redfern Robotics",
        "Controls Engineer",
        sender="jobs@redfernrobotics.com",
        subject="Redfern Robotics - Controls Engineer",
        body="Hi Sam,\n\nAfter careful consideration we've decided to go a different way for the Controls "
        "Engineer role. It was a tough call between a few great people.\n\nRedfern Robotics",
    ),
    application_row(
        "no_invitation_to_interview_rejects",
        Status.REJECTED,
        "Nimbus Pay",
        "Risk Analyst",
        sender="careers@nimbuspay.com",
        subject="Nimbus Pay | Your application for Risk Analyst",
        body="Hi Taylor,\n\nThank you for applying to the Risk Analyst role. While your background "
        "is strong, "
        "we won't be extending an invitation to interview.\n\nThe Nimbus Pay Team",
    ),
    application_row(
        "the_named_position_offered_to_another_applicant_rejects",
        Status.REJECTED,
        "Westbrook Clinic",
        sender="Dr. Helen Park <hpark@westbrookclinic.org>",
        subject="Medical Receptionist position",
        body="Dear Ms. Lee,\n\nThank you for meeting with us. We have offered the Medical "
        "Receptionist position "
        "to another applicant, who has accepted.\n\nSincerely,\nHelen Park, Practice "
        "Manager\nWestbrook Clinic",
    ),
    application_row(
        "could_you_do_a_call_with_me_invites",
        Status.INTERVIEW,
        "Tallgrass Ventures",
        "Analyst",
        sender="Marcus Webb <marcus@tallgrassventures.com>",
        subject="Analyst role - next chat?",
        body="Hi Sam,\n\nLoved your application for the Analyst role. Could you do a 30 min call "
        "with me and our "
        "partner Dana on Thursday or Friday afternoon? Let me know what suits.\n\nMarcus\nTallgrass Ventures",
    ),
    application_row(
        "invited_to_the_next_stage_is_an_interview",
        Status.INTERVIEW,
        "Helix Genomics",
        "Bioinformatician",
        sender="recruiting@helixgenomics.com",
        subject="Next steps: Bioinformatician",
        body="Hi Alex,\n\nWe'd like to invite you to the next stage for the Bioinformatician role: "
        "a one hour "
        "conversation with the hiring manager. Please pick a time using the link below.\n\nHelix Genomics "
        "Recruiting",
    ),
    application_row(
        "asked_to_attend_an_interview_on_a_date",
        Status.INTERVIEW,
        "Castlerock Builders",
        "Site Engineer",
        sender="jobs@castlerockbuilders.com",
        subject="Site Engineer - interview",
        body="Dear Taylor,\n\nFurther to your application for the Site Engineer vacancy, we would "
        "like you to "
        "attend an interview on 14 January at 11:00 at our Leeds office.\n\nCastlerock Builders",
    ),
    application_row(
        "can_you_come_by_for_a_chat_invites",
        Status.INTERVIEW,
        "Oakhurst Dental",
        "Dental Assistant",
        sender="Dana Reyes <dana@oakhurstdental.com>",
        subject="Dental Assistant opening",
        body="Hi Morgan, thanks for sending your resume. Can you come by Monday at 3 for a quick "
        "chat with Dr. "
        "Oakes? Reply to confirm.\nDana, Oakhurst Dental",
    ),
    application_row(
        "an_offer_letter_above_let_me_know_if_you_have_questions_is_an_offer",
        Status.OFFER,
        "Corvid Labs",
        "Data Scientist",
        sender="Jules Martin <jules@corvidlabs.com>",
        subject="Offer - Data Scientist",
        body="Hi Sam,\n\nI'm thrilled to let you know we'd like you to join Corvid Labs as a Data "
        "Scientist! Your "
        "offer letter is attached; please review and let me know if you have questions.\n\nJules",
    ),
    application_row(
        "love_to_have_you_on_the_team_is_an_offer",
        Status.OFFER,
        "Bramble Cafe",
        "Barista",
        sender="hr@bramblecafe.com",
        subject="Barista job",
        body="Hi Alex, we'd love to have you on the team as a barista! Can you start on the 5th? "
        "Pay is as we "
        "discussed.\nBramble Cafe",
    ),
    application_row(
        "other_candidates_experience_better_matches_rejects",
        Status.REJECTED,
        "Granite Bay Credit Union",
        "Teller",
        sender="careers@granitebay.com",
        subject="Granite Bay Credit Union - Teller",
        body="Dear Sam,\n\nWe appreciate your interest in the Teller position. We have reviewed your "
        "application and have decided that other candidates' experience better matches the position "
        "requirements.\n\nGranite Bay Credit Union",
    ),
    application_row(
        "we_cannot_hire_you_this_time_rejects",
        Status.REJECTED,
        "Sakura Foods",
        "Export Coordinator",
        sender="recruit@sakura-foods.co.jp",
        subject="Regarding your application",
        body="Dear Mr. Lee,\n\nThank you very much for applying to Sakura Foods for the position of Export "
        "Coordinator. We have carefully considered, and we are sorry but we cannot hire you this time. We "
        "pray for your success.\n\nSakura Foods Co., Ltd.",
    ),
    application_row(
        "a_candidate_hired_and_no_invitation_rejects",
        Status.REJECTED,
        "Maple Leaf Daycare",
        sender="jobs@mapleleafdaycare.ca",
        subject="Early Childhood Educator",
        body="Hi Riley,\n\nThanks so much for applying. We have decided to hire a candidate with more "
        "infant-room experience, so we won't be inviting you for an interview.\n\nMaple Leaf Daycare",
    ),
    application_row(
        "a_candidate_selected_whose_background_aligns_rejects",
        Status.REJECTED,
        "Ostara Health",
        "Clinical Data Manager",
        sender="careers@ostara.health",
        subject="Your Ostara Health application",
        body="Hello Pat,\n\nThank you for your interest in the Clinical Data Manager opportunity. Although "
        "your qualifications are impressive, we have selected a candidate whose background more closely "
        "aligns with the role.\n\nOstara Health Talent Acquisition",
    ),
    application_row(
        "a_no_from_us_signed_by_a_first_names_mailbox_names_the_bakery",
        Status.REJECTED,
        "Crumb & Crust",
        sender="Oliver <oliver@crumbandcrust.com>",
        subject="Baker position",
        body="Hi Jordan, thanks for the trial bake on Saturday. We really liked you but we've decided "
        "we need "
        "someone who can do the 4am starts every day, so it's a no from us this time. Best wishes, Oliver "
        "(Crumb & Crust)",
    ),
    application_row(
        "confirmed_for_your_onsite_is_an_interview",
        Status.INTERVIEW,
        "Parallax",
        sender="Coordinator <scheduling@parallax.io>",
        subject="Parallax: Onsite details",
        body="Hi Drew,\n\nYou're confirmed for your onsite at Parallax on Thursday, March 5. "
        "You'll meet with "
        "four team members over lunch and two sessions. Address and parking info below.\n\nParallax "
        "Recruiting",
    ),
    application_row(
        "a_virtual_job_tryout_is_an_assessment",
        Status.ASSESSMENT,
        "Cadence Bank",
        "Branch Associate",
        sender="noreply@cadencebank.com",
        subject="Action required: Cadence Bank application",
        body="Dear Jamie,\n\nThank you for applying for Branch Associate. To continue, please complete the "
        "Virtual Job Tryout at the link below within 72 hours.\n\nCadence Bank",
    ),
    application_row(
        "a_paid_trial_task_before_meeting_is_an_assessment",
        Status.ASSESSMENT,
        "Inkwell Agency",
        "Copywriter",
        sender="Maya <maya@inkwell.agency>",
        subject="Copywriter - small brief",
        body="Hi Sam, thanks for your application! We'd like you to write two short product descriptions as "
        "a paid trial task before we meet. Brief below.\nMaya, Inkwell Agency",
    ),
    application_row(
        "a_domain_spelling_the_end_of_the_display_names_employer_is_that_employer",
        Status.REJECTED,
        "Harbor Lane Foods",
        "Store Associate",
        sender="Harbor Lane Foods <rh@lanefoods.com>",
        subject="Store Associate",
        body="Hello,\n\nThe Store Associate position has been filled.\n\nHR Harbor Lane Foods",
    ),
    application_row(
        "an_agency_known_by_name_relays_its_clients_rejection",
        Status.REJECTED,
        "Bellford Group",  # never written without its "Group" (brand_names.py drops it where it is)
        "Senior Accountant",
        sender="Tom Reed <tom.reed@hays.com>",
        subject="Senior Accountant - Bellford Group",
        body="Hi Sam,\n\nI've heard back from Bellford Group regarding the Senior Accountant role. "
        "Unfortunately they've decided to progress with candidates who have more audit experience.\n\n"
        "Thanks,\nTom Reed\nSenior Consultant | Hays",
    ),
    application_row(
        "an_agency_whose_domain_says_recruit_relays_its_clients_interview",
        Status.INTERVIEW,
        "Kestrel Foods",
        "Production Planner",
        sender="Jess Moore <jess@redwoodrecruit.co.uk>",
        subject="Interview confirmed - Kestrel Foods",
        body="Hi Sam,\n\nGreat news! Kestrel Foods would like to meet you for the Production Planner role. "
        "I've confirmed Tuesday 10am at their Leeds site.\n\nJess\nRedwood Recruitment",
    ),
    application_row(
        "a_search_firm_relays_its_clients_offer",
        Status.OFFER,
        "Northwind Capital",
        "Quant Analyst",
        sender="Dan Li <dan@apexsearch.com>",
        subject="Offer from Northwind Capital",
        body="Hi Jordan,\n\nCongratulations! Northwind Capital has come back with an offer for the Quant "
        "Analyst position. Let's talk through the details today.\n\nDan\nApex Search",
    ),
    application_row(
        "a_hiring_manager_who_passed_on_the_profile_rejects",
        Status.REJECTED,
        "Corelight",
        sender="Priya <priya@talentbridge.io>",
        subject="Update - Product Manager at Corelight",
        body="Hi Alex, quick update: the hiring manager at Corelight has passed on your "
        "profile for the Product "
        "Manager role. I'll keep an eye out for other roles that fit!\nPriya, TalentBridge",
    ),
    application_row(
        "we_filled_it_yesterday_rejects",
        Status.REJECTED,
        "Sunnyside Cafe",
        "Barista",
        sender="Rosa <rosa@sunnysidecafe.com>",
        subject="Re: Barista position",
        body="Sorry Sam, we filled it yesterday. Thanks anyway!\n\nRosa\nSunnyside Cafe",
    ),
    application_row(
        "not_hiring_at_that_level_after_all_is_withdrawn",
        Status.WITHDRAWN,
        "Ellis Architects",
        "Junior Architect",
        sender="Mark Ellis <mark@ellisarchitects.com>",
        subject="Junior Architect",
        body="Dear Sam,\n\nThank you for your portfolio. I'm afraid we're not hiring at junior level at the "
        "moment after all, as our project pipeline has slowed.\n\nMark Ellis\nEllis Architects",
    ),
    application_row(
        "thanks_for_chatting_while_others_are_interviewed_is_an_interview",
        Status.INTERVIEW,
        "Orchard",
        sender="talent@orchardtech.com",
        subject="Orchard - next steps",
        body="Hi Sam,\n\nThanks for chatting with us! We're still interviewing other "
        "candidates and expect to "
        "make a decision by the end of next week. We appreciate your patience.\n\nOrchard Talent",
    ),
    application_row(
        "a_local_business_writing_from_free_mail_is_no_person",
        Status.INTERVIEW,
        "Sunnyside Cafe",
        "Barista",
        sender="Sunnyside Cafe <sunnysidecafe@gmail.com>",
        subject="Barista",
        body="Hi Sam, thanks for your application! Could you come in for a chat on Thursday at 3pm?\nRosa",
    ),
    application_row(
        "the_employers_name_ends_before_for_the_post",
        Status.APPLIED,
        "Under Armour",
        sender="Under Armour <ua@myworkday.com>",
        subject="Under Armour - Application",
        body="Hi Sam,\n\nThank you for applying to Under Armour for the Teammate position."
        "\n\nUnder Armour Talent",
    ),
    application_row(
        "a_long_warm_letter_deciding_not_to_extend_an_offer_rejects",
        Status.REJECTED,
        "Noble Oak Capital",
        "Investment Associate",
        sender="careers@nobleoak.com",
        subject="Noble Oak | Investment Associate",
        body="Dear Sam,\n\nWe wanted to thank you for your interest in the Investment Associate "
        "role at Noble Oak "
        "Capital and for taking the time to meet with our team. It was a pleasure getting to know "
        "you.\n\nWe've "
        "now had a chance to discuss all of the candidates and, although it was a difficult "
        "decision, we have "
        "decided not to extend an offer at this time.\n\nWe were impressed by your enthusiasm and "
        "hope you will "
        "consider Noble Oak again in the future.\n\nKind regards,\nThe Noble Oak Team",
    ),
    application_row(
        "an_application_not_taken_forward_rejects",
        Status.REJECTED,
        "Quintessa",
        "Office Manager",
        sender="hr@quintessa.com",
        subject="Application outcome",
        body="Dear Sam,\n\nThank you for applying for the role of Office Manager with Quintessa. We "
        "received a "
        "very high number of applications for this role, and the standard was exceptionally high.\n\nOn this "
        "occasion your application has not been taken forward to the interview stage.\n\nQuintessa HR",
    ),
    application_row(
        "a_writers_own_mailbox_at_the_employer_is_no_unknown_platform",
        Status.INTERVIEW,
        "Fernway",
        "Customer Success Manager",
        sender="Sarah at Fernway <sarah@fernway.co>",
        subject="Meet the team?",
        body="Hey Jordan,\n\nThanks for applying to Fernway's Customer Success Manager opening. "
        "We'd love to get "
        "you in to meet the team. Are you free Tuesday at 10am at our office?\n\nSarah",
    ),
    application_row(
        "an_account_executive_post_is_no_portal_account",
        Status.INTERVIEW,
        "Silverline",
        sender="careers@silverline.com",
        subject="You're moving forward! Silverline Account Executive",
        body="Hi Riley,\n\nGreat news - you've been selected to move forward to the final round for Account "
        "Executive. You'll meet with three members of the sales leadership team.\n\nSilverline Recruiting",
    ),
    application_row(
        "a_scheduling_tools_interviews_are_confirmed",
        Status.INTERVIEW,
        "Parallax",
        "Staff Engineer",
        sender="GoodTime <scheduling@goodtime.io>",
        subject="Your interviews with Parallax are confirmed",
        body="Hi Sam,\n\nYour schedule with Parallax for the Staff Engineer role is "
        "confirmed:\n\n10:00 - 10:45 "
        "System Design with Lee Park\n11:00 - 11:45 Coding with Ana Ruiz\n\nParallax Recruiting",
    ),
    application_row(
        "a_calendar_invitation_naming_employer_and_role_is_an_interview",
        Status.INTERVIEW,
        "Brightloop",
        "Product Designer",
        sender="Google Calendar <calendar-notification@google.com>",
        subject="Invitation: Sam Lee <> Brightloop | Product Designer @ Thu Mar 12, 2pm - 3pm (GMT)",
        body="Sam Lee <> Brightloop | Product Designer\nThursday Mar 12, 2026 2pm - 3pm\nJoining info: "
        "meet.google.com/abc-defg-hij\nOrganizer: jon@brightloop.com",
    ),
    application_row(
        "the_employer_wanting_to_schedule_the_next_round_is_named",
        Status.INTERVIEW,
        "Ferro Labs",
        "Data Engineer",
        sender="ModernLoop <no-reply@modernloop.io>",
        subject="Please share your availability for Ferro Labs",
        body="Hi Sam,\n\nFerro Labs would like to schedule your next round for the Data Engineer position. "
        "Please share your availability using the link below.\n\nModernLoop",
    ),
    application_row(
        "a_signatures_department_is_no_part_of_the_employers_name",
        Status.APPLIED,
        "Brisk Courier",
        "Delivery Driver",
        sender="jobs@briskcourier.com",
        subject="Driver application",
        body="Hi Sam,\n\nThanks for applying for the Delivery Driver role. We will be in touch.\n\n"
        "Brisk Courier HR",
    ),
    application_row(
        "a_department_signing_under_a_name_ending_in_a_role_word",
        Status.APPLIED,
        "Lindqvist Marine",
        sender="careers@lindqvist-marine.com",
        subject="Engineer vacancy",
        body="Dear Taylor,\n\nThank you for applying for the Engineer vacancy.\n\nLindqvist Marine HR",
    ),
    application_row(
        "a_prep_conversation_names_no_employer_prep",
        Status.INTERVIEW,
        "Ridgeline",
        "Product Designer",
        sender="Google Calendar <calendar-notification@google.com>",
        subject="Invitation: Prep conversation (3/4) – Product Designer @ Mon Mar 2, 2026 10am (GMT) "
        "(sam@gmail.com)",
        body="Prep conversation (3/4) – Product Designer\nOrganizer: dana@ridgeline.com",
    ),
    application_row(
        "an_outlook_acceptance_names_no_employer_accepted",
        Status.INTERVIEW,
        "Ridgeline",
        "Product Designer",
        sender="Jordan Lee <jordan.lee@ridgeline.com>",
        subject="Accepted: Interview - Product Designer (Jordan Lee)",
        body="Jordan Lee has accepted this invitation.\nInterview - Product Designer\nWhen: "
        "Tuesday, March 3, "
        "2026 10:00 AM-11:00 AM\nMicrosoft Teams meeting",
    ),
    application_row(
        "a_coffee_chat_about_a_role_is_an_interview",
        Status.INTERVIEW,
        "Nordlicht",
        "Backend Engineer",
        sender="Tobias Klein <tobias@nordlicht.io>",
        subject="Coffee chat w/ Tobias",
        body="Hi Sam, looking forward to our coffee chat on Thursday about the Backend Engineer role at "
        "Nordlicht! Here is the Meet link.\nTobias",
    ),
    application_row(
        "a_numbered_stage_in_an_invitation_is_an_interview",
        Status.INTERVIEW,
        "Vantapoint",
        sender="Google Calendar <calendar-notification@google.com>",
        subject="Invitation: Stage 3/4: Technical deep dive @ Wed Mar 4, 2026 1pm - 2pm (CET)",
        body="Stage 3/4: Technical deep dive\nOrganizer: hiring@vantapoint.io",
    ),
    application_row(
        "an_agencys_reminder_that_you_are_interviewing_with_the_client",
        Status.INTERVIEW,
        "Kestrel Foods",
        "Production Planner",
        sender="Jess Moore <jess@redwoodrecruit.co.uk>",
        subject="Tomorrow",
        body="Hi Sam,\n\nJust a reminder that you are interviewing with Kestrel Foods tomorrow at "
        "10am for the "
        "Production Planner role. Good luck!\n\nJess\nRedwood Recruitment",
    ),
    application_row(
        "filling_the_named_role_with_another_candidate_rejects",
        Status.REJECTED,
        "Harlow Insurance",
        "Claims Examiner",
        sender="talent@harlowins.com",
        subject="Your application",
        body="Hi Sam,\n\nWe have decided to fill the Claims Examiner role with another candidate.\n\nHarlow "
        "Insurance",
    ),
    application_row(
        "a_subject_closing_on_interview_is_an_interview",
        Status.INTERVIEW,
        "Sundial",
        "Senior Designer",
        sender="Dana <dana@sundial.io>",
        subject="Jordan Lee x Sundial – Senior Designer Interview",
        body="Hi Jordan, see you Thursday at 2pm.\nDana",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), VOICES)
def test_news_in_voices_not_met_before(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(
    "business", ["Sunnyside Cafe", "Copper Kettle Bakery", "Harbor Inn", "Oakdale Farms"]
)
def test_a_local_business_name_is_no_persons_name(business):
    assert not looks_like_person_name(business)


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Maria <maria@peoplefirst-recruitment.co.uk>",
            "Exciting role",
            "Hi Sam, I have a fantastic Finance Manager position with a client in Leeds. Can you come by our "
            "office on Friday for a chat?\nMaria, PeopleFirst Recruitment",
        ),
        (
            "Jake Miller <jake@brightsearch.com>",
            "Senior Engineer opportunity",
            "Hi Sam,\n\nI came across your profile on LinkedIn and think you'd be a great fit for a Senior "
            "Engineer role with a fintech client of mine. Could you do a quick call this week?\n\nJake",
        ),
    ],
)
def test_a_step_proposed_in_cold_contact_is_outreach_not_an_application(sender, subject, body):
    assert extract(sender=sender, subject=subject, body=body).kind is Kind.RECRUITER_OUTREACH


def test_a_pleasantry_after_an_offer_letter_is_no_condition_but_a_real_condition_still_hedges():
    conditional = extract(
        sender="Jules Martin <jules@corvidlabs.com>",
        subject="Data Scientist",
        body="Hi Sam,\n\nYour offer letter will follow if the references check out.\n\nJules",
    )
    assert conditional.status is not Status.OFFER


@pytest.mark.parametrize(
    "subject", ["We received your application", "Thank you for your application to Oracle"]
)
def test_a_subject_only_receipt_states_the_application(subject):
    read = extract(sender="Oracle <oracle@oracle.com>", subject=subject, body="")
    assert (read.kind, read.status, read.status_stated) == (Kind.APPLICATION, Status.APPLIED, True)


def test_a_subject_only_update_stays_a_guess():
    read = extract(sender="Oracle <oracle@oracle.com>", subject="Update on your application", body="")
    assert read.status_stated is False
