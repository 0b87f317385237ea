"""Mail around a job search that is no application, in English and German (invented mail), and applications
in near wording that must stay applications (issue 14).

Career advice on negotiating an offer, salary reports, a career fair's invitation, an agency's market
outlook, a course, a friend asking for a referral, the reader's own note to a friend about a job,
LinkedIn's social notifications, and HR mail at the reader's current employer (payroll, a performance
review, internal openings). Beside them: confirmations, rejections that add advice, casual interview
invitations, an internal application, a referral's confirmation, an offer naming a salary.
"""

import pytest

from tests.extraction_support import (
    application_row,
    assert_reads_application,
    extract,
    not_application_of_kind,
)
from tracker.models import Kind, Status

NOT_APPLICATIONS = [
    not_application_of_kind(
        "en_career_advice_offer_negotiation",
        Kind.OTHER,
        sender="The Muse <editors@themuse.example>",
        subject="Got the offer? Here's how to negotiate",
        body=(
            "Hi Sam,\n\nCongratulations are in order when you receive an offer - but don't sign yet. Our "
            "career experts explain how to counter, what to say when the recruiter asks for your salary "
            "expectations, and when to walk away.\n\nRead the article\n\nYou are receiving this because "
            "you signed up for The Muse."
        ),
    ),
    not_application_of_kind(
        "en_salary_report",
        Kind.OTHER,
        sender="Levels Insights <insights@levels.example>",
        subject="2027 Software Engineer salary report is here",
        body=(
            "Hi Sam,\n\nOur annual report is out: median total compensation for a Senior Software Engineer "
            "rose 4%. See how offers compare across 40 companies and which roles saw the biggest "
            "raises.\n\nDownload the report"
        ),
    ),
    not_application_of_kind(
        "en_event_invitation_career_fair",
        Kind.OTHER,
        sender="Northside Tech Meetup <events@northsidetech.example>",
        subject="You're invited: Spring Career Fair, March 12",
        body=(
            "Hi Sam,\n\nMeet 30 hiring companies at our Spring Career Fair. Bring your resume; on-the-spot "
            "interviews with several employers. RSVP to reserve your spot.\n\nSee you there!"
        ),
    ),
    not_application_of_kind(
        "en_recruiter_marketing_agency",
        Kind.OTHER,
        sender="Summit Talent Partners <hello@summittalent.example>",
        subject="Our Q1 hiring outlook for finance professionals",
        body=(
            "Hi Sam,\n\nAt Summit Talent Partners we place finance professionals with leading employers. "
            "In our Q1 outlook: which roles are in demand, what candidates should expect in interviews, "
            "and how our consultants can help with your next move.\n\nRegister your CV with us today."
        ),
    ),
    not_application_of_kind(
        "en_course_ad_sql",
        Kind.OTHER,
        sender="DataCamp <marketing@datacamp.example>",
        subject="Land your first data analyst job",
        body=(
            "Hi Sam,\n\nOur Data Analyst career track gets you interview-ready in 12 weeks: SQL, Python "
            "and a portfolio project employers love. Start today - 50% off this week only."
        ),
    ),
    not_application_of_kind(
        "en_friend_asks_for_referral",
        Kind.OTHER,
        sender="Jordan Miles <jordan.miles@gmail.com>",
        subject="Could you refer me at Stripe?",
        body=(
            "Hey Sam,\n\nI saw Stripe has an opening for a Product Designer and I know you work there. "
            "Would you be able to refer me? Happy to send my resume and portfolio. No pressure at "
            "all!\n\nThanks,\nJordan"
        ),
    ),
    not_application_of_kind(
        "en_own_sent_mail_to_friend",
        Kind.OTHER,
        sender="Sam Carter <sam.carter@gmail.com>",
        subject="Re: that Acme job",
        body=(
            "Hi Alex,\n\nYes, I applied to the Acme job last week, no news yet. I'll let you know if they "
            "call me for an interview. Drinks on Friday?\n\nSam"
        ),
    ),
    not_application_of_kind(
        "en_linkedin_social_work_anniversary",
        Kind.OTHER,
        sender="LinkedIn <notifications-noreply@linkedin.com>",
        subject="Congratulate Maria on starting a new position",
        body=(
            "Maria Lopez started a new position as Head of Data at Fintech Co.\n\nSay congrats\n\nYou are "
            "receiving notification emails. Unsubscribe"
        ),
    ),
    not_application_of_kind(
        "en_linkedin_viewed_your_post",
        Kind.OTHER,
        sender="LinkedIn <notifications-noreply@linkedin.com>",
        subject="Sam, your post about job hunting got 42 reactions",
        body=(
            'Your post "After 60 applications and 3 interviews, I got an offer!" is getting attention. See '
            "who reacted.\n\nUnsubscribe"
        ),
    ),
    not_application_of_kind(
        "en_hr_payroll_current_employer",
        Kind.OTHER,
        sender="Payroll <payroll@brightwave.example>",
        subject="Your December payslip is available",
        body=(
            "Hi Sam,\n\nYour payslip for December is now available in Workday. Please review your tax "
            "withholding before year end.\n\nPeople Team, Brightwave"
        ),
    ),
    not_application_of_kind(
        "en_hr_performance_review",
        Kind.OTHER,
        sender="Brightwave People Team <people@brightwave.example>",
        subject="Action required: complete your annual performance review",
        body=(
            "Hi Sam,\n\nThe annual review cycle is open. Please complete your self-assessment in Workday "
            "by Friday; your manager will schedule a conversation with you next week.\n\nPeople Team"
        ),
    ),
    not_application_of_kind(
        "en_hr_internal_job_posting",
        Kind.OTHER,
        sender="Brightwave Careers <internal-mobility@brightwave.example>",
        subject="New internal openings this month",
        body=(
            "Hi Sam,\n\nThese roles are open to current employees: Senior Data Engineer (Platform), "
            "Product Manager (Payments), HR Business Partner. Talk to your manager before you "
            "apply.\n\nInternal Mobility Team"
        ),
    ),
    not_application_of_kind(
        "de_gehaltsreport",
        Kind.OTHER,
        sender="StepStone Gehaltsreport <newsletter@stepstone.de>",
        subject="Gehaltsreport 2027: So viel verdienen Ingenieure",
        body=(
            "Hallo Sam,\n\nder neue Gehaltsreport ist da: Ingenieurinnen und Ingenieure verdienen im "
            "Schnitt 4 % mehr. Erfahren Sie, wie Sie im Vorstellungsgespräch Ihr Gehalt "
            "verhandeln.\n\nJetzt lesen"
        ),
    ),
    not_application_of_kind(
        "de_freund_empfehlung",
        Kind.OTHER,
        sender="Tobias Klein <tobias.klein@web.de>",
        subject="Kannst du mich bei Siemens empfehlen?",
        body=(
            "Hi Sam,\n\nbei Siemens ist eine Stelle als Projektleiter ausgeschrieben. Du arbeitest doch "
            "dort - könntest du mich empfehlen? Ich schicke dir gern meinen Lebenslauf.\n\nDanke "
            "dir!\nTobias"
        ),
    ),
    not_application_of_kind(
        "de_hr_gehaltsabrechnung",
        Kind.OTHER,
        sender="Personalabteilung <personal@nordlicht-software.de>",
        subject="Ihre Gehaltsabrechnung Dezember",
        body=(
            "Hallo Sam,\n\nIhre Gehaltsabrechnung für Dezember steht im Mitarbeiterportal bereit. Bei "
            "Fragen wenden Sie sich an die Personalabteilung.\n\nViele Grüße\nPersonalabteilung"
        ),
    ),
    not_application_of_kind(
        "de_event_karrieremesse",
        Kind.OTHER,
        sender="Karrieremesse Rhein-Main <events@karrieremesse-rm.de>",
        subject="Einladung: Karrieremesse am 14. März",
        body=(
            "Hallo Sam,\n\nwir laden Sie herzlich zur Karrieremesse ein: 50 Arbeitgeber, "
            "Bewerbungsmappen-Check und Vorstellungsgespräche direkt vor Ort. Jetzt kostenlos anmelden."
        ),
    ),
    # Written after the third commit landed (its first look: see docs/accuracy.md).
    not_application_of_kind(
        "en_newsletter_interview_questions",
        Kind.OTHER,
        sender="Career Contessa <hello@careercontessa.example>",
        subject="10 interview questions you should always ask",
        body=(
            "Hi Sam,\n\nThe interview is ending and they ask: do you have any questions for us? Here are "
            "ten that impress hiring managers, plus what to say if you get a rejection afterwards.\n\nKeep "
            "reading on our blog."
        ),
    ),
    not_application_of_kind(
        "en_recruiter_agency_newsletter_jobs_we_filled",
        Kind.OTHER,
        sender="Hays <news@hays.example>",
        subject="We placed 40 engineers last month",
        body=(
            "Hi Sam,\n\nOur consultants placed 40 engineers in new roles last month. Thinking about your "
            "next move? Upload your CV and one of our recruiters will be in touch to arrange an "
            "interview.\n\nHays"
        ),
    ),
    not_application_of_kind(
        "en_colleague_referral_request_internal",
        Kind.OTHER,
        sender="Chris Dunn <chris.dunn@brightwave.example>",
        subject="Referral for my friend?",
        body=(
            "Hi Sam,\n\nMy friend Ana is interviewing for the Data Engineer role on your team next week. "
            "If you get a chance, could you put in a good word? She's great.\n\nThanks!\nChris"
        ),
    ),
    not_application_of_kind(
        "en_hr_benefits_enrollment",
        Kind.OTHER,
        sender="Brightwave Benefits <benefits@brightwave.example>",
        subject="Open enrollment closes Friday",
        body=(
            "Hi Sam,\n\nOpen enrollment for 2027 benefits closes Friday. Review your medical, dental and "
            "401(k) choices in Workday.\n\nBrightwave HR"
        ),
    ),
    not_application_of_kind(
        "en_linkedin_someone_viewed_profile",
        Kind.OTHER,
        sender="LinkedIn <notifications-noreply@linkedin.com>",
        subject="A recruiter from Google viewed your profile",
        body=(
            "Sam, a recruiter from Google viewed your profile. See who's looking and get noticed for the "
            "right job.\n\nTry Premium for free."
        ),
    ),
    not_application_of_kind(
        "de_newsletter_vorstellungsgespraech_fragen",
        Kind.OTHER,
        sender="karriere.at Newsletter <newsletter@karriere.example>",
        subject="Die 7 häufigsten Fragen im Vorstellungsgespräch",
        body=(
            "Hallo Sam,\n\nwas antworten Sie, wenn im Vorstellungsgespräch nach Ihren Schwächen gefragt "
            "wird? Unsere Expertinnen erklären, wie Sie souverän bleiben - und was Sie nach einer Absage "
            "tun können.\n\nZum Artikel"
        ),
    ),
    not_application_of_kind(
        "de_hr_mitarbeitergespraech",
        Kind.OTHER,
        sender="HR Nordlicht <hr@nordlicht-software.de>",
        subject="Einladung zum Jahresgespräch",
        body=(
            "Hallo Sam,\n\nbitte vereinbaren Sie bis Ende Januar Ihr Jahresgespräch mit Ihrer "
            "Führungskraft. Den Gesprächsleitfaden finden Sie im Intranet.\n\nIhr HR-Team"
        ),
    ),
    # Written after the fourth commit landed.
    not_application_of_kind(
        "en_newsletter_follow_up_on_your_application",
        Kind.OTHER,
        sender="The Job Search Letter <newsletter@jobsearchletter.example>",
        subject="How to follow up on your application (templates inside)",
        body=(
            "Hi Sam,\n\nApplied two weeks ago and heard nothing? This week we share three follow-up "
            "templates for your application, and what to do if the answer is a rejection.\n\nRead the full "
            "issue\nUnsubscribe"
        ),
    ),
    not_application_of_kind(
        "en_hr_promotion_approved",
        Kind.OTHER,
        sender="Brightwave People Team <people@brightwave.example>",
        subject="Your promotion to Senior Analyst",
        body=(
            "Hi Sam,\n\nCongratulations! Your promotion to Senior Analyst has been approved and takes "
            "effect on 1 April. Your manager will walk you through the new salary band.\n\nPeople Team"
        ),
    ),
    not_application_of_kind(
        "en_hr_internal_opening_apply_by",
        Kind.OTHER,
        sender="Brightwave Internal Mobility <mobility@brightwave.example>",
        subject="Apply by Friday: Team Lead, Customer Support",
        body=(
            "Hi all,\n\nWe are opening a Team Lead role in Customer Support to current employees. Apply "
            "through the internal job board by Friday; interviews will take place the week "
            "after.\n\nInternal Mobility"
        ),
    ),
    not_application_of_kind(
        "en_own_mail_resume_to_friend",
        Kind.OTHER,
        sender="Sam Carter <sam.carter@gmail.com>",
        subject="can you look at my resume?",
        body=(
            "Hey Alex,\n\nBefore I apply to the Google role, could you look over my resume? Especially the "
            "summary. I'll buy you coffee.\n\nSam"
        ),
    ),
    not_application_of_kind(
        "en_negotiation_coach_offer",
        Kind.OTHER,
        sender="Offer Coach <hello@offercoach.example>",
        subject="Got an offer? Don't accept it yet",
        body=(
            "Hi Sam,\n\nMost candidates leave money on the table when they accept an offer. Book a "
            "30-minute negotiation session with our coaches - 20% off this month."
        ),
    ),
    not_application_of_kind(
        "de_freund_stelle_bmw",
        Kind.OTHER,
        sender="Lukas Weber <lukas.weber@gmx.de>",
        subject="Stelle bei BMW",
        body=(
            "Servus Sam,\n\nhast du schon die Stelle bei BMW gesehen? Entwicklungsingenieur in München, "
            "wäre genau was für dich! Bewirbst du dich?\n\nLukas"
        ),
    ),
    not_application_of_kind(
        "de_hr_zielvereinbarung",
        Kind.OTHER,
        sender="Personalentwicklung <pe@stadtwerke-nord.example>",
        subject="Ihre Zielvereinbarung 2027",
        body=(
            "Sehr geehrter Herr Carter,\n\nbitte tragen Sie Ihre Ziele für 2027 bis zum 15. Februar im "
            "Mitarbeiterportal ein. Ihre Führungskraft bestätigt die Zielvereinbarung "
            "anschließend.\n\nPersonalentwicklung"
        ),
    ),
    # Written after the fifth commit landed.
    not_application_of_kind(
        "en_podcast_episode_rejection",
        Kind.OTHER,
        sender="Hired & Fired Podcast <hello@hiredfired.example>",
        subject="New episode: 100 rejections, then an offer",
        body=(
            "Hi Sam,\n\nThis week we talk to Dana, who got 100 rejections before her dream offer. How "
            "candidates can keep going, and what recruiters wish you knew.\n\nListen now"
        ),
    ),
    not_application_of_kind(
        "en_hr_current_employer_reorg",
        Kind.OTHER,
        sender="Brightwave HR <hr@brightwave.example>",
        subject="Changes to your team",
        body=(
            "Hi Sam,\n\nAs part of the reorganisation your team moves to the Platform group on 1 March. "
            "Your role, manager and salary stay the same.\n\nBrightwave HR"
        ),
    ),
    not_application_of_kind(
        "en_friend_ask_about_interview",
        Kind.OTHER,
        sender="Priya N <priya.n@gmail.com>",
        subject="how did it go??",
        body=(
            "Sam!! How did the interview at Shopify go? Did they say when you'd hear back? Call me "
            "tonight.\n\nP"
        ),
    ),
    not_application_of_kind(
        "de_seminar_einladung",
        Kind.OTHER,
        sender="IHK Akademie <veranstaltungen@ihk-akademie.example>",
        subject="Einladung: Seminar Gehaltsverhandlung",
        body=(
            "Hallo Sam,\n\nin unserem Seminar lernen Sie, wie Sie im Vorstellungsgespräch Ihr Gehalt "
            "verhandeln. Termin: 12. März, 18 Uhr. Jetzt anmelden."
        ),
    ),
    not_application_of_kind(
        "en_recruiter_marketing_talent_community",
        Kind.OTHER,
        sender="Acme Talent Community <talent@acme.example>",
        subject="Stay in touch with Acme",
        body=(
            "Hi Sam,\n\nThanks for joining the Acme Talent Community! We'll share new roles, interview "
            "tips and event invitations with you.\n\nAcme Talent"
        ),
    ),
]

NEAR_WORDING_APPLICATIONS = [
    application_row(
        "en_confirmation_newsletterish_footer",
        Status.APPLIED,
        "Brightwave",
        sender="Brightwave Careers <careers@brightwave.example>",
        subject="Thank you for applying to Brightwave",
        body=(
            "Hi Sam,\n\nThank you for applying for the Senior Data Engineer role at Brightwave. The team "
            "will go through your application and reply. In the meantime, read our blog for "
            "interview tips.\n\nBrightwave Talent Acquisition"
        ),
    ),
    application_row(
        "en_rejection_quoting_advice",
        Status.REJECTED,
        "Harbor Labs",
        sender="Harbor Labs Recruiting <recruiting@harborlabs.example>",
        subject="Your application to Harbor Labs",
        body=(
            "Hi Sam,\n\nThank you for your interest in the Product Designer position. After a close look "
            "we've decided to go forward with other applicants. A tip many candidates find useful: "
            "keep your portfolio current and apply again in six months.\n\nHarbor Labs Recruiting"
        ),
    ),
    application_row(
        "en_casual_interview_invite",
        Status.INTERVIEW,
        "Orchard Foods",
        sender="Dana Whitfield <dana@orchardfoods.example>",
        subject="Quick chat about the analyst role?",
        body=(
            "Hey Sam, thanks for sending over your application for the analyst role at Orchard Foods! Are "
            "you free for a 30 minute video interview Tuesday or Wednesday afternoon? Just reply with a "
            "time that works.\n\nDana\nOrchard Foods"
        ),
    ),
    application_row(
        "en_internal_application_confirmation",
        Status.APPLIED,
        "Brightwave",
        sender="Workday <brightwave@myworkday.example>",
        subject="Internal application received: Product Manager (Payments)",
        body=(
            "Hi Sam,\n\nThank you for applying internally to the Product Manager (Payments) position at "
            "Brightwave. The hiring manager will review your application.\n\nTalent Acquisition"
        ),
    ),
    application_row(
        "en_referral_application_confirmation",
        Status.APPLIED,
        "Stripe",
        sender="Stripe Recruiting <no-reply@stripe.example>",
        subject="Your application to Stripe",
        body=(
            "Hi Jordan,\n\nThanks for applying to Stripe! A current employee referred you for the Product "
            "Designer role and we have received your application. We'll be in touch.\n\nStripe Recruiting"
        ),
    ),
    application_row(
        "en_event_interview_invite_employer",
        Status.INTERVIEW,
        "Kestrel Bank",
        sender="Kestrel Bank Campus Recruiting <campus@kestrelbank.example>",
        subject="Invitation to interview at our career day",
        body=(
            "Hi Sam,\n\nThank you for your application to the Kestrel Bank Graduate Analyst programme. We "
            "would like to invite you to interview at our assessment day on March 12. Please confirm your "
            "attendance.\n\nCampus Recruiting, Kestrel Bank"
        ),
    ),
    application_row(
        "en_offer_with_salary_words",
        Status.OFFER,
        "Fernway",
        sender="Leah Stone <leah.stone@fernway.example>",
        subject="Your offer from Fernway",
        body=(
            "Hi Sam,\n\nI'm delighted to extend you an offer for the Senior Analyst position at Fernway, "
            "with a base salary of $118,000. The offer letter is attached; let us know by Friday.\n\nLeah "
            "Stone\nHead of Talent, Fernway"
        ),
    ),
    application_row(
        "en_agency_submitted_you",
        Status.INTERVIEW,
        "Granite Foods",
        sender="Priya Shah <priya@summittalent.example>",
        subject="Your application for Controller at Granite Foods",
        body=(
            "Hi Sam,\n\nGood news: I have submitted your application for the Controller role at Granite "
            "Foods. The hiring manager would like to interview you next week. Are you free "
            "Thursday?\n\nPriya, Summit Talent Partners"
        ),
    ),
    application_row(
        "en_bodiless_rejection",
        Status.REJECTED,
        "Orion Health",
        sender="Orion Health Careers <careers@orionhealth.example>",
        subject="Update on your application for Data Scientist",
        body="",
    ),
    application_row(
        "en_course_provider_as_employer",
        Status.REJECTED,
        "DataCamp",
        sender="DataCamp Careers <jobs@datacamp.example>",
        subject="Your application for Curriculum Manager",
        body=(
            "Hi Sam,\n\nThanks for applying for the Curriculum Manager role at DataCamp. Unfortunately we "
            "have decided not to progress your application any further at this time.\n\nDataCamp Talent Team"
        ),
    ),
    application_row(
        "de_bestaetigung",
        Status.APPLIED,
        "Siemens Karriere",
        sender="Siemens Karriere <noreply@siemens-karriere.example>",
        subject="Ihre Bewerbung als Projektleiter",
        body=(
            "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Projektleiter bei der Siemens AG. Wir prüfen "
            "Ihre Unterlagen und melden uns in Kürze.\n\nIhr Recruiting-Team"
        ),
    ),
    application_row(
        "de_absage_mit_tipps",
        Status.REJECTED,
        "Rheinwerk Logistik",
        sender="Talent Team Rheinwerk <jobs@rheinwerk-logistik.de>",
        subject="Ihre Bewerbung bei Rheinwerk Logistik",
        body=(
            "Hallo Sam,\n\nvielen Dank für Ihr Interesse. Leider haben wir uns für andere Bewerberinnen "
            "und Bewerber entschieden. Unser Tipp: Abonnieren Sie unseren Job-Newsletter, um keine Stelle "
            "zu verpassen.\n\nRheinwerk Logistik GmbH"
        ),
    ),
    application_row(
        "de_interne_stelle_bewerbung",
        Status.INTERVIEW,
        "Nordlicht Software",
        sender="Personalabteilung <personal@nordlicht-software.de>",
        subject="Ihre interne Bewerbung als Teamleiter",
        body=(
            "Hallo Sam,\n\nvielen Dank für Ihre interne Bewerbung als Teamleiter bei der Nordlicht "
            "Software GmbH. Wir laden Sie zu einem Gespräch mit der Bereichsleitung am 20. Januar "
            "ein.\n\nPersonalabteilung"
        ),
    ),
    application_row(
        "de_karrieremesse_gespraech",
        Status.INTERVIEW,
        "Kestrel Bank",
        sender="Kestrel Bank Recruiting <recruiting@kestrelbank.example>",
        subject="Einladung zum Vorstellungsgespräch",
        body=(
            "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Trainee bei der Kestrel Bank, die Sie auf "
            "der Karrieremesse abgegeben haben. Wir laden Sie zum Vorstellungsgespräch am 2. April "
            "ein.\n\nKestrel Bank"
        ),
    ),
    application_row(
        "de_gehalt_angebot",
        Status.OFFER,
        "Fernway GmbH",
        sender="Fernway GmbH <hr@fernway.example>",
        subject="Ihr Vertragsangebot",
        body=(
            "Hallo Sam,\n\nwir freuen uns, Ihnen die Stelle als Senior Analyst bei der Fernway GmbH "
            "anbieten zu können. Das Jahresgehalt beträgt 72.000 EUR. Den Vertrag finden Sie im "
            "Anhang.\n\nFernway GmbH"
        ),
    ),
    # Written after the third commit landed.
    application_row(
        "en_rejection_with_newsletter_footer",
        Status.REJECTED,
        "Kestrel Bank",
        sender="Kestrel Bank Careers <careers@kestrelbank.example>",
        subject="Your application: Graduate Analyst",
        body=(
            "Dear Sam,\n\nThank you for applying to the Graduate Analyst programme at Kestrel Bank. "
            "Unfortunately, we will not be progressing your application. Sign up to our careers newsletter "
            "for interview tips and new roles.\n\nKestrel Bank Early Careers"
        ),
    ),
    application_row(
        "en_agency_interview_client",
        Status.INTERVIEW,
        "Northwind Energy",
        sender="Tom Reilly <tom.reilly@hays.example>",
        subject="Interview confirmed: Northwind Energy",
        body=(
            "Hi Sam,\n\nGreat news - Northwind Energy would like to interview you for the Project Engineer "
            "role I submitted you for. Thursday at 2pm at their office.\n\nTom, Hays"
        ),
    ),
    application_row(
        "en_confirmation_internal_referral",
        Status.APPLIED,
        "Brightwave",
        sender="Brightwave Talent <talent@brightwave.example>",
        subject="We received your application",
        body=(
            "Hi Ana,\n\nThank you for applying for the Data Engineer position at Brightwave. We see you "
            "were referred by Chris Dunn. Our recruiters will review your application "
            "shortly.\n\nBrightwave Talent"
        ),
    ),
    application_row(
        "de_einladung_locker_du",
        Status.INTERVIEW,
        "Radwerk Berlin",
        sender="Ben Hartmann <ben@radwerk-berlin.example>",
        subject="Deine Bewerbung bei Radwerk",
        body=(
            "Hey Sam,\n\ndanke für deine Bewerbung als Fahrradmechaniker bei Radwerk! Wir laden dich gern "
            "zu einem Vorstellungsgespräch am Montag um 10 Uhr ein.\n\nBen\nRadwerk Berlin"
        ),
    ),
    application_row(
        "de_absage_mit_tipp",
        Status.REJECTED,
        "Stadtwerke Nord",
        sender="karriere@stadtwerke-nord.example",
        subject="Ihre Bewerbung als Ingenieur",
        body=(
            "Sehr geehrter Herr Carter,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen eine "
            "Absage erteilen. Unser Tipp: Besuchen Sie uns auf der nächsten Karrieremesse.\n\nStadtwerke "
            "Nord"
        ),
    ),
    # Written after the fourth commit landed.
    application_row(
        "en_person_follow_up_on_application",
        Status.INTERVIEW,
        "Figma",
        sender="Grace Kim <grace.kim@figma.example>",
        subject="Following up on your application",
        body=(
            "Hi Sam,\n\nI'm following up on your application for the Product Designer role at Figma. We'd "
            "love to set up a first interview - what times work for you next week?\n\nGrace, Recruiting at "
            "Figma"
        ),
    ),
    application_row(
        "en_greenhouse_confirmation",
        Status.APPLIED,
        "Figma",
        sender="Figma <no-reply@greenhouse.io>",
        subject="Thank you for applying to Figma",
        body=(
            "Hi Sam,\n\nThanks for applying to Figma! Our team will review your application for Product "
            "Designer and reach out if there's a fit.\n\nFigma Recruiting"
        ),
    ),
    application_row(
        "en_internal_application_rejected",
        Status.REJECTED,
        "Brightwave",
        sender="Brightwave Talent <talent@brightwave.example>",
        subject="Update on your internal application",
        body=(
            "Hi Sam,\n\nThank you for applying for the Team Lead, Customer Support position at Brightwave. "
            "Having weighed it carefully we have decided to move forward with another "
            "candidate.\n\nBrightwave Talent"
        ),
    ),
    application_row(
        "en_rejection_with_advice_links",
        Status.REJECTED,
        "Harbor Labs",
        sender="Harbor Labs Careers <careers@harborlabs.example>",
        subject="Your Harbor Labs application",
        body=(
            "Hi Sam,\n\nThank you for your application for the Data Analyst role. We will not be moving "
            "forward. Many candidates find our blog post on how to prepare for interviews "
            "useful.\n\nHarbor Labs"
        ),
    ),
    application_row(
        "de_zusage_werkstudent",
        Status.OFFER,
        "Brauhaus Kern",
        sender="Personal Brauhaus Kern <personal@brauhaus-kern.example>",
        subject="Zusage: Ihre Bewerbung als Werkstudent",
        body=(
            "Hallo Sam,\n\nwir freuen uns, Ihnen die Stelle als Werkstudent im Marketing bei der Brauhaus "
            "Kern GmbH anbieten zu können. Der Vertrag folgt per Post.\n\nPersonal"
        ),
    ),
    application_row(
        "de_kennenlernen",
        Status.INTERVIEW,
        "Alpenstrom",
        sender="Recruiting Alpenstrom <recruiting@alpenstrom.example>",
        subject="Einladung zum Kennenlernen",
        body=(
            "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Projektingenieur bei Alpenstrom. Wir möchten "
            "Sie gern zu einem Kennenlerngespräch am 5. März einladen.\n\nAlpenstrom"
        ),
    ),
    # Written after the fifth commit landed.
    application_row(
        "en_casual_invite_person",
        Status.INTERVIEW,
        "Greenleaf Cafe",
        sender="Noah Green <noah@greenleafcafe.example>",
        subject="Barista job",
        body=(
            "Hi Sam, thanks for applying for the barista job at Greenleaf Cafe! Can you come in for an "
            "interview on Saturday at 10?\n\nNoah"
        ),
    ),
    application_row(
        "en_shopify_rejection_advice",
        Status.REJECTED,
        "Shopify",
        sender="Shopify <no-reply@shopify.example>",
        subject="Your application to Shopify",
        body=(
            "Hi Sam,\n\nThank you for applying for the Data Scientist role at Shopify. Unfortunately, we "
            "won't be moving forward. Here are some tips many candidates find helpful for their next "
            "interview.\n\nShopify Talent"
        ),
    ),
    application_row(
        "de_einladung_seminar_wording",
        Status.INTERVIEW,
        "Kern AG",
        sender="Recruiting Kern AG <recruiting@kern-ag.example>",
        subject="Einladung zum Vorstellungsgespräch",
        body=(
            "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Controller bei der Kern AG. Wir laden Sie zu "
            "einem Vorstellungsgespräch am 12. März um 10 Uhr ein.\n\nKern AG"
        ),
    ),
    application_row(
        "en_talent_community_then_application",
        Status.APPLIED,
        "Acme",
        sender="Acme Talent <talent@acme.example>",
        subject="Thanks for applying to Acme",
        body=(
            "Hi Sam,\n\nThank you for applying for the Product Manager role at Acme. You're also now part "
            "of our Talent Community, where we share interview tips.\n\nAcme Talent"
        ),
    ),
    application_row(
        "en_offer_after_podcast_words",
        Status.OFFER,
        "Northwind",
        sender="Dana Ruiz <dana.ruiz@northwind.example>",
        subject="Offer - Solutions Engineer",
        body=(
            "Hi Sam,\n\nAfter 4 interviews, we're thrilled to offer you the Solutions Engineer position at "
            "Northwind. Your offer letter is attached.\n\nDana, Northwind"
        ),
    ),
]


@pytest.mark.parametrize(("mail", "kind"), NOT_APPLICATIONS)
def test_mail_around_a_job_search_makes_no_record(mail, kind):
    result = extract(**mail)
    assert result.kind is kind, result


@pytest.mark.parametrize(("mail", "status", "company", "title"), NEAR_WORDING_APPLICATIONS)
def test_an_application_in_near_wording_stays_an_application(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
