"""Mail around a job search that is no application of the reader's, and everyday mail in job words
(invented): boards never met, profile views, introductions, career fairs, coaching and courses sold around
interviews, the reader's own employer (benefits, payroll, a performance review, candidates the reader
interviews, an interviewer's invitations and kits, a requisition, the candidates a hiring manager screens),
tools sold to recruiters; receipts, code review, news about layoffs, offers on a house or a
sofa, podcasts' interviews.

None may become an application record. Every row was written for this test (never copied from a dataset).
"""

import pytest

from tests.extraction_support import extract
from tests.unit.test_rules_extractor_not_job_mail import application, assert_no_record, no_record
from tracker.models import Kind, Status

# fmt: off
AROUND_A_JOB_SEARCH = [
    no_record(
        "board_alert_unknown",
        sender="Jobsora <alerts@jobsora.example>",
        subject="12 new Data Analyst jobs in Leeds",
        body="Hi,\n\nHere are the latest jobs matching your search:\n\nData Analyst - Yorkshire Water - "
             "Leeds\nJunior Data Analyst - Sky - Leeds\nBI Analyst - Asda - Leeds\n\nView all "
             "jobs\nUnsubscribe from this alert",
    ),
    no_record(
        "board_alert_single",
        sender="Talent.com <noreply@talent.com>",
        subject="Operations Manager at Brightwell Logistics",
        body="A new job matching your preferences was posted:\n\nOperations Manager\nBrightwell "
             "Logistics - Manchester\n£45,000 - £52,000\n\nApply now",
    ),
    no_record(
        "board_alert_apply_easy",
        sender="Jooble <info@jooble.example>",
        subject="Apply today: Warehouse Operative",
        body="We found a new position for you: Warehouse Operative at DHL Supply Chain, Coventry. Easy "
             "apply - your CV is already saved.",
    ),
    no_record(
        "profile_viewed",
        sender="LinkedIn <notifications-noreply@linkedin.com>",
        subject="Your profile was viewed by a recruiter at Monzo",
        body="Hi Sam, a recruiter at Monzo viewed your profile. See who else viewed your profile this "
             "week. Upgrade to Premium to see all viewers.",
    ),
    no_record(
        "searches",
        sender="LinkedIn <notifications-noreply@linkedin.com>",
        subject="You appeared in 27 searches this week",
        body="You appeared in 27 searches this week. Recruiters from Deliveroo and Revolut found you "
             "through searches for Product Designer.",
    ),
    no_record(
        "inmail_notice",
        sender="LinkedIn <inmail-hit-reply@linkedin.com>",
        subject="Sarah Jones sent you a message",
        body="Sarah Jones, Senior Technical Recruiter at Canva: Hi Sam, I came across your profile and "
             "think you'd be a great fit for a Senior Frontend Engineer role we're hiring for. Would you "
             "be open to a quick chat?\n\nView message",
    ),
    no_record(
        "indeed_employer_msg",
        sender="Indeed <donotreply@match.indeed.com>",
        subject="An employer wants you to apply",
        body="Good news! Harbor Freight Tools thinks you're a great fit for Retail Sales Associate and "
             "invited you to apply. This invitation expires in 7 days.\n\nApply now",
    ),
    no_record(
        "networking_intro",
        sender="Ben Carter <ben.carter@gmail.com>",
        subject="Intro: Sam <> Julia (data team at Wise)",
        body="Hi both,\n\nJulia - meet Sam, a friend from uni who is exploring data engineering roles. "
             "Sam - Julia leads the data platform team at Wise. I thought you two should chat. I'll let "
             "you take it from here!\n\nBen",
    ),
    no_record(
        "coffee_chat",
        sender="Julia Novak <julia.novak@wise.example>",
        subject="Re: Intro: Sam <> Julia",
        body="Thanks Ben (moving you to bcc)! Sam, happy to chat about what working on the platform team "
             "is like. How about a coffee on Thursday at 11? No interview, just a chat.",
    ),
    no_record(
        "career_fair",
        sender="Career Services <careers@uni-bristol.example>",
        subject="Spring Careers Fair - 60 employers, 12 March",
        body="Meet over 60 employers including Arup, Deloitte and the NHS at our Spring Careers Fair on "
             "12 March in the Great Hall. Bring copies of your CV! Book a free CV check with a careers "
             "adviser beforehand.",
    ),
    no_record(
        "webinar",
        sender="Hired <events@hired.com>",
        subject="Webinar: how to ace your next salary negotiation",
        body="Join our free webinar on Wednesday: three recruiters share how candidates should negotiate "
             "an offer. Register now - spots are limited.",
    ),
    no_record(
        "resume_ad",
        sender="TopResume <reviews@topresume.com>",
        subject="Your free resume review is ready",
        body="Hi Sam, our expert reviewed your resume. It's not getting past applicant tracking systems: "
             "3 critical issues found. Get a professionally rewritten resume for 30% off today.",
    ),
    no_record(
        "salary_survey",
        sender="Levels.fyi <hello@levels.fyi>",
        subject="Share your salary, see how you compare",
        body="Anonymously share your compensation and unlock salary data for 50,000+ companies. It takes "
             "2 minutes.",
    ),
    no_record(
        "glassdoor_review",
        sender="Glassdoor <noreply@glassdoor.com>",
        subject="How was your interview at Ocado?",
        body="Help other job seekers - share your interview experience at Ocado. Your review is "
             "anonymous and takes less than 5 minutes.",
    ),
    no_record(
        "glassdoor_community",
        sender="Glassdoor Community <community@glassdoor.com>",
        subject="Trending in Tech: layoffs, offers and burnout",
        body="Top posts this week in the Tech bowl: 'Got an offer from Meta, should I take it?' 'My "
             "manager rejected my promotion'. Join the conversation.",
    ),
    no_record(
        "kununu",
        sender="kununu <noreply@kununu.com>",
        subject="Bewerte deinen Arbeitgeber",
        body="Hallo Jonas,\n\nwie zufrieden bist du mit deinem Arbeitgeber? Teile deine Erfahrungen "
             "anonym und hilf anderen bei der Jobsuche.",
    ),
    no_record(
        "complete_profile",
        sender="Otta <hello@otta.com>",
        subject="Your profile is 60% complete",
        body="Complete your profile so companies can find you. Add your work experience and preferred "
             "roles to get better matches.",
    ),
    no_record(
        "course_cert",
        sender="Udemy <no-reply@e.udemy.com>",
        subject="Your certificate of completion is ready",
        body="Congratulations on completing 'The Complete SQL Bootcamp'! Download your certificate and "
             "add it to your LinkedIn profile to stand out to recruiters.",
    ),
    no_record(
        "friend_referral",
        sender="Maya Singh <maya.singh@gmail.com>",
        subject="Referral for the analyst role?",
        body="Hi Sam! I noticed Spotify is hiring a Data Analyst in your team. I applied last week but "
             "haven't heard back. Would you mind submitting a referral for me? I've attached my CV. "
             "Thank you so much!",
    ),
    no_record(
        "friend_news",
        sender="Maya Singh <maya.singh@gmail.com>",
        subject="I got the job!!",
        body="Sam!! Spotify just called and offered me the analyst position! Thank you so much for the "
             "referral - drinks on me on Friday.",
    ),
    no_record(
        "hr_benefits",
        sender="People Team <people@acmecorp.example>",
        subject="Open enrollment for 2027 benefits closes Friday",
        body="Hi all,\n\nA reminder that benefits open enrollment closes this Friday. Please review your "
             "medical, dental and vision elections in Workday. Contact the People team with questions.",
    ),
    no_record(
        "hr_payroll",
        sender="Payroll <payroll@acmecorp.example>",
        subject="Your December payslip is available",
        body="Your payslip for December is now available in Workday. Please note the holiday bonus has "
             "been included.",
    ),
    no_record(
        "perf_review",
        sender="Workday <acmecorp@myworkday.com>",
        subject="Action required: complete your self-assessment",
        body="Your 2026 annual performance review has started. Please complete your self-assessment by "
             "15 January. Your manager will then schedule a review conversation with you.",
    ),
    no_record(
        "interviewer_invite",
        sender="Greenhouse <no-reply@greenhouse.io>",
        subject="Interview kit: Priya Raman for Backend Engineer",
        body="Hi Sam,\n\nYou are scheduled to interview Priya Raman for Backend Engineer on Tuesday, "
             "10:00-11:00. Please review the interview kit and submit your scorecard within 24 hours of "
             "the interview.",
    ),
    no_record(
        "interviewer_calendar",
        sender="Lisa Park <lisa.park@acmecorp.example>",
        subject="Can you take a phone screen tomorrow?",
        body="Hi Sam, one of our interviewers is out sick. Could you cover the 30 min phone screen with "
             "the data engineering candidate tomorrow at 2pm? The resume is in Lever. Thanks!",
    ),
    no_record(
        "hiring_manager",
        sender="Tom Wu <tom.wu@acmecorp.example>",
        subject="Candidates for the open analyst position",
        body="Sam,\n\nHere are the three candidates shortlisted for the analyst position on your team. "
             "Can you review their resumes and let recruiting know which ones you'd like to interview by "
             "Friday?\n\nTom",
    ),
    no_record(
        "internal_promo",
        sender="Internal Mobility <careers-internal@acmecorp.example>",
        subject="New internal openings this week",
        body="Looking for your next move at Acme? 14 new internal positions were posted this week, "
             "including Senior PM and Staff Engineer. Talk to your manager before applying.",
    ),
    no_record(
        "all_hands",
        sender="CEO Office <ceo@acmecorp.example>",
        subject="All-hands: hiring plans for 2027",
        body="Team,\n\nThank you for an incredible year. At Friday's all-hands I'll share our hiring "
             "plans for 2027: we'll be opening 40 new positions across engineering and sales. Please "
             "keep referring great candidates!",
    ),
    no_record(
        "referral_bonus",
        sender="Recruiting Team <recruiting@acmecorp.example>",
        subject="Refer a friend, earn $5,000",
        body="Our referral bonus has doubled! Refer a candidate for any open engineering role and "
             "receive $5,000 once they are hired. Submit referrals in Greenhouse.",
    ),
    no_record(
        "offboarding",
        sender="HR Operations <hr@oldjob.example>",
        subject="Your last day checklist",
        body="Hi Sam, as your employment ends on 31 January, please return your laptop and badge. Your "
             "final payslip will include accrued holiday.",
    ),
    no_record(
        "exit_interview",
        sender="People Team <people@oldjob.example>",
        subject="Exit interview scheduling",
        body="Hi Sam, we're sorry to see you go! We'd like to schedule a 30 minute exit interview with "
             "HR before your last day. Please pick a time.",
    ),
    no_record(
        "job_newsletter",
        sender="The Muse <newsletter@themuse.com>",
        subject="5 interview questions you should ask",
        body="This week: the five questions to ask at the end of every interview, how to explain a gap "
             "in your resume, and companies hiring now. Read more.",
    ),
    no_record(
        "recruiter_newsletter",
        sender="Hays <marketing@hays.example>",
        subject="Salary Guide 2027 is here",
        body="Download the Hays Salary Guide 2027 to see what candidates in your sector are earning and "
             "how employers are approaching hiring this year.",
    ),
    no_record(
        "linkedin_learning",
        sender="LinkedIn Learning <learning@linkedin.com>",
        subject="Prepare for your job interview",
        body="Recommended courses for you: Acing Your Interview, Negotiating Your Offer, Writing a Great "
             "Resume. Start learning today.",
    ),
    no_record(
        "wellfound_digest",
        sender="Wellfound <digest@wellfound.com>",
        subject="Startups that want to meet you",
        body="4 startups want to meet you this week:\nRamp - Senior Backend Engineer - NYC\nMercury - "
             "Software Engineer - Remote\nLinear - Frontend Engineer - Remote",
    ),
    no_record(
        "applicant_count",
        sender="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        subject="Be an early applicant",
        body="Be one of the first 25 applicants to these jobs:\nProduct Manager - Zalando - "
             "Berlin\nProduct Owner - N26 - Berlin\nSee all jobs",
    ),
    no_record(
        "indeed_resume_views",
        sender="Indeed <no-reply@indeed.com>",
        subject="Employers viewed your resume",
        body="3 employers viewed your resume this week. Keep your resume up to date to get more "
             "interview requests.",
    ),
    no_record(
        "mentor",
        sender="ADPList <hello@adplist.org>",
        subject="Your mentoring session is confirmed",
        body="Your session with Kate Miller (Design Lead at Figma) is confirmed for Monday at 6pm. "
             "Topic: portfolio review and interview prep.",
    ),
    no_record(
        "mock_interview",
        sender="Pramp <team@pramp.com>",
        subject="Your mock interview is scheduled",
        body="Your peer mock interview is scheduled for Saturday at 10am. You'll interview your peer "
             "first, then switch roles. Prepare by reviewing the question below.",
    ),
    no_record(
        "job_fair_virtual",
        sender="Handshake <no-reply@joinhandshake.com>",
        subject="You're registered: Virtual Tech Fair",
        body="You're registered for the Virtual Tech Fair on 18 February. Sign up for 1:1 sessions with "
             "recruiters from Google, Stripe and Atlassian before slots fill up.",
    ),
    no_record(
        "recruiter_cold_first",
        sender="Priya Shah <priya@northbeam-search.example>",
        subject="Head of Data opportunity",
        body="Hi Sam,\n\nI'm partnering with a Series B healthtech company who are hiring a Head of "
             "Data. Given your background at Monzo I thought it might be of interest. Would you be open "
             "to a confidential conversation?\n\nPriya",
    ),
    no_record(
        "recruiter_update_cv",
        sender="Reed <jobs@reed.co.uk>",
        subject="Is your CV up to date?",
        body="Recruiters are searching for candidates like you. Update your CV today to make sure you "
             "don't miss out on new opportunities.",
    ),
    no_record(
        "certification_exam",
        sender="AWS Training <no-reply@amazon.com>",
        subject="Your AWS Certification exam is scheduled",
        body="Your AWS Certified Solutions Architect - Associate exam is scheduled for 22 March at 9:00 "
             "at Pearson VUE, London. Bring two forms of ID.",
    ),
    no_record(
        "coding_contest",
        sender="HackerRank <no-reply@hackerrank.com>",
        subject="Weekly contest results",
        body="You ranked 312th in Week of Code 41! Keep practising to sharpen your skills for your next "
             "coding interview.",
    ),
    no_record(
        "leetcode_promo",
        sender="LeetCode <no-reply@leetcode.com>",
        subject="Premium offer: 40% off ends tonight",
        body="Crack your next technical interview with LeetCode Premium. Our offer ends tonight: 40% off "
             "annual plans.",
    ),
    no_record(
        "ats_vendor_ad",
        sender="Ashby <marketing@ashbyhq.com>",
        subject="How Notion cut time-to-hire by 40%",
        body="See how Notion's recruiting team uses Ashby to schedule interviews automatically and keep "
             "candidates informed. Book a demo.",
    ),
    no_record(
        "job_posting_employer_side",
        sender="Indeed for Employers <employers@indeed.com>",
        subject="Your job post has 14 new applicants",
        body="Your job 'Barista' at Bean There Cafe has 14 new applicants. Review candidates and "
             "schedule interviews from your dashboard.",
    ),
    no_record(
        "career_coach_followup",
        sender="Jess from CareerCraft <jess@careercraft.example>",
        subject="Following up on your discovery call",
        body="Hi Sam, great speaking with you yesterday about your job search. As discussed, our 6-week "
             "coaching package covers CV, LinkedIn and interview prep for £450. Shall I send the invoice?",
    ),
]

WRITTEN_TO_THE_ONE_HIRING = [
    no_record(
        "cal_panel",
        sender="Google Calendar <calendar-notification@google.com>",
        subject="Invitation: Interview - Priya Raman (Backend Engineer) @ Tue Mar 10, 2pm - 3pm "
                "(jordan@brightforge.example)",
        body="You have been invited to the following event.\nInterview - Priya Raman (Backend "
             "Engineer)\nWhen: Tue Mar 10, 2pm - 3pm\nWho: jordan@brightforge.example - interviewer, "
             "lisa.park@brightforge.example - organizer\nInterview kit and resume in Greenhouse.",
    ),
    no_record(
        "cal_debrief",
        sender="Google Calendar <calendar-notification@google.com>",
        subject="Invitation: Hiring debrief - Data Analyst candidates @ Thu 4pm",
        body="Lisa Park invited you to Hiring debrief - Data Analyst candidates.\nWhen: Thursday 4pm - "
             "4:30pm\nPlease submit your scorecards before the debrief.",
    ),
    no_record(
        "greenhouse_interviewer",
        sender="Greenhouse <no-reply@greenhouse.io>",
        subject="Reminder: you are interviewing Marco Bianchi tomorrow",
        body="Hi Jordan, this is a reminder that you are interviewing Marco Bianchi for Senior Data "
             "Engineer tomorrow at 11:00. Review the interview plan and the candidate's resume before "
             "the session.",
    ),
    no_record(
        "lever_feedback",
        sender="Lever <no-reply@hire.lever.co>",
        subject="Feedback requested: Ana Costa, Product Analyst",
        body="Hi Jordan, please submit your interview feedback for Ana Costa (Product Analyst) from "
             "yesterday's onsite. Candidates are waiting on a decision.",
    ),
    no_record(
        "ashby_schedule_interviewer",
        sender="Ashby <notifications@ashbyhq.com>",
        subject="New interview assigned: Technical screen with Ken Watanabe",
        body="You've been assigned to conduct a technical screen with Ken Watanabe for the Analytics "
             "Engineer role on Friday at 10am PT. Add your availability if this time doesn't work.",
    ),
    no_record(
        "cal_1on1",
        sender="Google Calendar <calendar-notification@google.com>",
        subject="Invitation: Jordan / Priya weekly 1:1 @ Weekly on Monday",
        body="Priya Nair invited you to Jordan / Priya weekly 1:1. When: Weekly on Monday 10am - "
             "10:30am. Agenda: priorities, career growth, feedback.",
    ),
    no_record(
        "hm_offer_approval",
        sender="Workday <brightforge@myworkday.com>",
        subject="Approval needed: offer for Marco Bianchi",
        body="An offer for Marco Bianchi (Senior Data Engineer) requires your approval as hiring "
             "manager. Review the compensation details and approve or send back.",
    ),
    no_record(
        "req_opened",
        sender="Workday <brightforge@myworkday.com>",
        subject="Your job requisition R-10442 has been approved",
        body="Your requisition R-10442 Data Analyst II has been approved and the position will be posted "
             "on the careers site tomorrow. Recruiter: Lisa Park.",
    ),
    no_record(
        "candidate_withdrew",
        sender="Lisa Park <lisa.park@brightforge.example>",
        subject="Update on the Data Analyst search",
        body="Hi Jordan, FYI the candidate we interviewed on Tuesday has withdrawn from the process - "
             "she accepted another offer. I'll line up two more phone screens for you next week.",
    ),
    no_record(
        "rejection_to_send",
        sender="Lisa Park <lisa.park@brightforge.example>",
        subject="Can you review this rejection email?",
        body="Hi Jordan, before I send it, can you check this rejection note for the candidates we're "
             "not moving forward with? 'Thank you for your interest in the Data Analyst role...'",
    ),
    no_record(
        "agency_cv_to_hm",
        sender="Tom Alvarez <tom.alvarez@tidewater-staffing.example>",
        subject="CVs for your Data Analyst vacancy",
        body="Hi Jordan,\n\nAs discussed, please find attached three CVs for your Data Analyst vacancy. "
             "All candidates are available to interview next week. Let me know who you'd like to "
             "meet.\n\nTom",
    ),
]

CANDIDATES_MAIL_IN_THE_SAME_WORDS = [
    application(
        "c_conduct",
        Status.INTERVIEW,
        None,
        None,
        sender="Lisa Park <lisa.park@kestrelbank.example>",
        subject="Risk Analyst - next steps",
        body="Hi Jordan,\n\nThank you for applying for the Risk Analyst role. As the hiring manager, I "
             "would like to conduct a short phone interview with you next week. Are you free Tuesday at "
             "10am?",
    ),
    application(
        "c_rolling",
        Status.APPLIED,
        None,
        None,
        sender="Acme Careers <careers@acme.example>",
        subject="We received your application",
        body="Hi Jordan,\n\nThank you for applying to the Data Analyst position at Acme. We review "
             "applicants on a rolling basis and will contact you if there is a match.",
    ),
    application(
        "c_closed",
        Status.REJECTED,
        None,
        None,
        sender="Acme Careers <careers@acme.example>",
        subject="Data Analyst position update",
        body="Hi Jordan,\n\nThank you for your interest in the Data Analyst position. The posting is now "
             "closed to new applicants and we have decided to move forward with other candidates.",
    ),
    application(
        "c_kit",
        Status.INTERVIEW,
        None,
        None,
        sender="Zephyr Labs <no-reply@ashbyhq.com>",
        subject="Your interview on Friday",
        body="Hi Jordan, your interview for the Analytics Engineer role is confirmed for Friday at 10am. "
             "We've attached a prep guide so you know what to expect.",
    ),
]

EVERYDAY_MAIL_IN_JOB_WORDS = [
    no_record(
        "amazon_receipt",
        sender="Amazon.co.uk <auto-confirm@amazon.co.uk>",
        subject="Your Amazon.co.uk order #204-1234567-8901234",
        body="Hello Sam,\n\nThank you for your order. We'll send a confirmation when your item ships. "
             "Your order: 'Cracking the Coding Interview, 6th Edition'. Order total: £22.49.",
    ),
    no_record(
        "shipping",
        sender="DPD <notifications@dpd.co.uk>",
        subject="Your parcel is on its way",
        body="Your parcel from ASOS will be delivered today between 10:15 and 11:15. Your driver is "
             "Marek. Track your parcel's position live on the map.",
    ),
    no_record(
        "bank_statement",
        sender="Monzo <help@monzo.com>",
        subject="Your statement is ready",
        body="Your November statement is ready to view in the app. Salary received from ACME CORP LTD: "
             "£3,412.00.",
    ),
    no_record(
        "bank_offer",
        sender="Barclays <offers@barclays.example>",
        subject="A special offer just for you",
        body="Sam, you've been pre-approved for an exclusive offer: 0% interest on balance transfers for "
             "24 months. Offer expires 31 January. Apply in minutes.",
    ),
    no_record(
        "saas_trial",
        sender="Notion <team@makenotion.com>",
        subject="Your Plus trial offer expires in 3 days",
        body="Your team's free trial ends in 3 days. Upgrade now to keep unlimited blocks. This offer "
             "expires on Friday.",
    ),
    no_record(
        "saas_position",
        sender="Figma <no-reply@figma.com>",
        subject="Lisa commented on 'Onboarding v3'",
        body="Lisa Park commented: 'Can we change the position of the CTA button? The candidate screen "
             "feels cluttered.' Reply in Figma.",
    ),
    no_record(
        "github_pr",
        sender="GitHub <notifications@github.com>",
        subject="Re: [acme/api] Fix cursor position in pagination (#812)",
        body="@lisa-park approved these changes. The offset and position handling looks good now. "
             "Merging after CI passes.",
    ),
    no_record(
        "github_rejected_pr",
        sender="GitHub <notifications@github.com>",
        subject="Re: [pallets/flask] Add application factory docs (#5123)",
        body="Closed #5123. Thanks for the contribution, but we've decided not to move forward with this "
             "change as it duplicates the existing tutorial.",
    ),
    no_record(
        "sentry",
        sender="Sentry <noreply@md.getsentry.com>",
        subject="[acme-web] TypeError: cannot read property 'offer' of undefined",
        body="New issue in acme-web production: TypeError: cannot read property 'offer' of undefined in "
             "checkout/applyOffer.js. 142 events in the last hour.",
    ),
    no_record(
        "layoffs_news",
        sender="The Information <newsletter@theinformation.com>",
        subject="Layoffs hit Big Tech again; who's still hiring",
        body="Good morning. Meta is cutting 5% of its workforce, while Anthropic and Stripe continue "
             "hiring engineers. Plus: why candidates are rejecting return-to-office offers.",
    ),
    no_record(
        "podcast_interview",
        sender="Lenny's Podcast <lenny@substack.com>",
        subject="Interview with the head of product at Duolingo",
        body="In today's episode I interview Duolingo's head of product about hiring PMs, what she looks "
             "for in candidates and how she runs interviews. Listen now on Spotify or Apple.",
    ),
    no_record(
        "news_digest",
        sender="Morning Brew <crew@morningbrew.com>",
        subject="☕ The job market cools",
        body="Job openings fell to 7.1 million in October as employers pulled back on hiring. Meanwhile, "
             "applications per position rose 20%.",
    ),
    no_record(
        "uber_receipt",
        sender="Uber Receipts <noreply@uber.com>",
        subject="Your Thursday morning trip with Uber",
        body="Thanks for riding, Sam. Trip to 1 Canada Square (Interview at Barclays - see calendar). "
             "Total £18.40.",
    ),
    no_record(
        "calendar_dentist",
        sender="Google Calendar <calendar-notification@google.com>",
        subject="Reminder: Dentist appointment @ Tue 10am",
        body="This is a reminder for the following event: Dentist appointment. When: Tue 3 March 10:00 - "
             "10:30. Where: Smile Dental, High Street.",
    ),
    no_record(
        "restaurant",
        sender="OpenTable <noreply@opentable.com>",
        subject="Your reservation is confirmed",
        body="Your table for 2 at Dishoom Covent Garden is confirmed for Friday 8pm. We've received your "
             "request for a window position.",
    ),
    no_record(
        "parking_fine",
        sender="City Parking <noreply@parking.gov.example>",
        subject="Your appeal has been rejected",
        body="We have considered your appeal against penalty charge notice PN1234567. Unfortunately your "
             "appeal has been rejected. You must pay £70 within 14 days.",
    ),
    no_record(
        "refund_declined",
        sender="Ryanair <noreply@ryanair.com>",
        subject="Your refund request",
        body="Unfortunately, we are unable to process your refund request for booking ABC123 as the fare "
             "is non-refundable. We regret any inconvenience.",
    ),
    no_record(
        "ebay_offer",
        sender="eBay <ebay@ebay.com>",
        subject="The seller declined your offer",
        body="The seller declined your offer of £45 for 'Herman Miller Aeron chair'. You can make a new "
             "offer or buy it now for £60.",
    ),
    no_record(
        "vinted_offer",
        sender="Vinted <no-reply@vinted.co.uk>",
        subject="You've received an offer",
        body="Anna sent you an offer of £12 for 'Zara blazer'. Accept or decline the offer within 48 "
             "hours.",
    ),
    no_record(
        "house_offer",
        sender="Foxtons <sales@foxtons.example>",
        subject="Your offer on 22 Willow Lane",
        body="Dear Sam, I'm pleased to let you know the vendor has accepted your offer of £425,000 on 22 "
             "Willow Lane, subject to contract. Please instruct your solicitor.",
    ),
    no_record(
        "school_parent",
        sender="St Mary's Primary <office@stmarys.example>",
        subject="Parents' evening appointments",
        body="Dear parents, parents' evening is on Wednesday. Please book a 10 minute slot with your "
             "child's teacher. We are also recruiting parent volunteers for the summer fair.",
    ),
    no_record(
        "charity",
        sender="Oxfam <supporter@oxfam.example>",
        subject="Thank you for your donation",
        body="Thank you Sam for your generous donation of £20. Your support helps us respond to "
             "emergencies. We're also hiring volunteers in your area - find out more.",
    ),
    no_record(
        "election",
        sender="Electoral Services <elections@council.example>",
        subject="Poll card: candidates standing in your ward",
        body="The following candidates are standing for election in Hillside ward on 7 May. Your polling "
             "station is Hillside Community Centre.",
    ),
    no_record(
        "sports_team",
        sender="Sunday League <secretary@sundayleague.example>",
        subject="Team selection for Sunday",
        body="Hi all, the squad for Sunday is below. Sam - you're starting in the left back position. "
             "Kick-off 10:30, be there by 10.",
    ),
    no_record(
        "utility",
        sender="Octopus Energy <hello@octopus.energy>",
        subject="Your new tariff offer",
        body="Your fixed tariff ends next month. We have a new offer for you: Octopus 12M Fixed at "
             "24.5p/kWh. Accept this offer by 20 March to switch.",
    ),
    no_record(
        "doctor",
        sender="NHS App <noreply@nhs.example>",
        subject="Your appointment has been confirmed",
        body="Your appointment with Dr Hughes at Riverside Surgery is confirmed for Monday 9 March at "
             "09:40. Please arrive 5 minutes early.",
    ),
    no_record(
        "linkedin_post",
        sender="LinkedIn <notifications-noreply@linkedin.com>",
        subject="Tom Wu shared a post: We're hiring!",
        body="Tom Wu shared a post: 'My team at Acme is hiring 3 backend engineers. DM me if you're "
             "interested or know someone great!' 47 reactions.",
    ),
    no_record(
        "linkedin_congrats",
        sender="LinkedIn <notifications-noreply@linkedin.com>",
        subject="Congratulate Maya on her new position",
        body="Maya Singh started a new position as Data Analyst at Spotify. Say congrats!",
    ),
    no_record(
        "linkedin_birthday",
        sender="LinkedIn <notifications-noreply@linkedin.com>",
        subject="Celebrate work anniversaries",
        body="Ben Carter is celebrating 5 years at Wise. Send a message to congratulate him.",
    ),
    no_record(
        "zoom_recording",
        sender="Zoom <no-reply@zoom.us>",
        subject="Cloud recording - Candidate debrief is now available",
        body="Hi Sam, your cloud recording of 'Candidate debrief - Backend Engineer' is now available. "
             "Share it with your team.",
    ),
    no_record(
        "docusign_lease",
        sender="DocuSign <dse@docusign.net>",
        subject="Please DocuSign: Tenancy agreement - 12 Elm Road",
        body="Harpers Estates sent you a document to review and sign: Tenancy agreement - 12 Elm Road. "
             "Review document.",
    ),
    no_record(
        "docusign_nda",
        sender="DocuSign <dse@docusign.net>",
        subject="Please DocuSign: Acme Corp - Mutual NDA",
        body="Lisa Park sent you a document to review and sign: Acme Corp - Mutual NDA for the "
             "partnership discussion.",
    ),
    no_record(
        "substack_career",
        sender="Career Unicorn <careerunicorn@substack.com>",
        subject="Why I turned down a FAANG offer",
        body="Last month I rejected an offer from Google. Here's why, and what I learned about "
             "negotiating. Plus: reader questions about interviews and applications.",
    ),
    no_record(
        "reddit_digest",
        sender="Reddit <noreply@redditmail.com>",
        subject="r/cscareerquestions: 'Got rejected after 6 rounds'",
        body="Trending in r/cscareerquestions: 'Got rejected after 6 rounds of interviews at Amazon - is "
             "this normal?' 1.2k upvotes, 340 comments.",
    ),
    no_record(
        "apple_dev",
        sender="Apple Developer <developer@apple.com>",
        subject="Your app submission was rejected",
        body="Your app 'Habitly' (version 1.2) was rejected during App Review. Guideline 4.3 - Design - "
             "Spam. Reply in App Store Connect.",
    ),
    no_record(
        "app_review_approved",
        sender="App Store Connect <no_reply@email.apple.com>",
        subject="The status of your app has changed to Ready for Sale",
        body="The status for the following app has changed to Ready for Sale. App Name: Habitly. "
             "Version: 1.3.",
    ),
    no_record(
        "domain_transfer",
        sender="Namecheap <support@namecheap.com>",
        subject="Your domain transfer request was declined",
        body="The transfer of example-portfolio.com was declined by the current registrar. Please "
             "contact them to unlock the domain.",
    ),
    no_record(
        "conference_ticket",
        sender="Eventbrite <noreply@eventbrite.com>",
        subject="Your tickets for Women in Tech Summit",
        body="You're going to Women in Tech Summit! Sessions include 'Interviewing for leadership roles' "
             "and 'Negotiating your offer'. Your ticket is attached.",
    ),
    no_record(
        "alumni",
        sender="Alumni Relations <alumni@uni-bristol.example>",
        subject="Alumni spotlight: from intern to CTO",
        body="This month's newsletter: an interview with alumna Rachel Adams, CTO of Ocado Technology, "
             "on her career path and how she hires. Plus: reunion dates.",
    ),
]
# fmt: on


@pytest.mark.parametrize("mail", AROUND_A_JOB_SEARCH)
def test_mail_around_a_job_search_that_is_no_application_of_the_readers_makes_no_record(mail):
    assert_no_record(mail)


@pytest.mark.parametrize("mail", EVERYDAY_MAIL_IN_JOB_WORDS)
def test_everyday_mail_in_job_words_makes_no_record(mail):
    assert_no_record(mail)


@pytest.mark.parametrize("mail", WRITTEN_TO_THE_ONE_HIRING)
def test_mail_to_the_one_hiring_about_their_candidates_makes_no_record(mail):
    assert_no_record(mail)


@pytest.mark.parametrize(("mail", "status", "company", "title"), CANDIDATES_MAIL_IN_THE_SAME_WORDS)
def test_a_candidates_own_mail_in_those_words_stays_an_application(mail, status, company, title):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, status), result
