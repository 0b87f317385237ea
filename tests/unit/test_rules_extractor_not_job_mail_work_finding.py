"""Mail about finding work that is no application of the reader's, round 2 (invented): the reader as the
one hiring or as a referrer (a job post's applicants, an interviewer's feedback, "thanks for referring",
"your referral was hired"), gig marketplaces and platform work (Upwork proposals, Fiverr orders, Malt
missions, signing up to drive or deliver, TaskRabbit), unemployment offices in seven languages (Agentur für
Arbeit, France Travail, SEPE, UWV, IEFP, centro per l'impiego, Jobcentre), a job board's account mail and
figures, internal mobility news, courses and newsletters in interview words, startup programmes (YC,
Techstars, hackathons, fellowships) and tools sold to those who hire (background checks, HR suites).

Decisions where the labelling rules are silent (docs/accuracy.md, "Session of 2026-12-03 (fifth)"): a gig
marketplace's proposal, interview invitation or contract is no job application (a client buying a task,
not an employer hiring); an unemployment office's appointment is no hiring step; an internal application
to one's own employer is an application, its job board a job alert. A recruiter's cold introduction that
then asks for a call is outreach. None of the mail below may become an application record; the last table
holds job applications in the same words, which stay applications. Every row was written for this test
(never copied from a dataset).
"""

import pytest

from tests.extraction_support import extract
from tests.unit.test_rules_extractor_not_job_mail import assert_no_record, no_record
from tracker.models import Kind, Status
from tracker.names import same_company, same_title


def outreach(name: str, **mail: str):
    """One row: a recruiter's cold contact about a role the reader never applied to."""
    return pytest.param(mail, id=name)


def alert(name: str, **mail: str):
    """One row: jobs offered to the reader, who applied to none of them."""
    return pytest.param(mail, id=name)


def application(name: str, status: Status | None, company: str | None, title: str | None, **mail: str):
    """One row: a job application in the same words, the status it states (None: a subject that cannot
    tell) and the employer and title where the mail names them (None: not checked)."""
    return pytest.param(mail, status, company, title, id=name)


# fmt: off
WRITTEN_TO_THE_ONE_HIRING_OR_A_REFERRER = [
    no_record(
        "linkedin_applicant",
        sender="LinkedIn <hiring-noreply@linkedin.com>",
        subject="New applicant for Marketing Coordinator",
        body="Dana Whitfield applied to your job post Marketing Coordinator at Brightleaf. Review her "
             "profile and resume to see if she's a fit.",
    ),
    no_record(
        "indeed_employer_applicants",
        sender="Indeed for Employers <employers-noreply@indeed.com>",
        subject="You have 4 new candidates for Barista",
        body="Hi Sam,\n\n4 new candidates applied to Barista - Downtown. Review candidates and schedule "
             "interviews with the ones you like.\n\nIndeed",
    ),
    no_record(
        "posting_live",
        sender="Indeed for Employers <employers-noreply@indeed.com>",
        subject="Your job is live!",
        body="Good news! Your job Barista - Downtown is now live on Indeed. Sponsor it to reach more "
             "candidates faster.",
    ),
    no_record(
        "posting_live_li",
        sender="LinkedIn <hiring-noreply@linkedin.com>",
        subject="Your job posting is now live",
        body="Your job posting for Senior Accountant is live. Promote your job to get up to 3x more "
             "qualified applicants.",
    ),
    no_record(
        "posting_expire",
        sender="ZipRecruiter <employers@ziprecruiter.com>",
        subject="Your job post expires in 2 days",
        body="Your post for Line Cook expires in 2 days. Renew now to keep receiving applications.",
    ),
    no_record(
        "feedback_needed",
        sender="Greenhouse <no-reply@greenhouse.io>",
        subject="Interview feedback needed for Tom Becker",
        body="Hi Sam, you interviewed Tom Becker for Account Executive yesterday. Please submit your "
             "scorecard so the hiring team can make a decision.",
    ),
    no_record(
        "feedback_reminder",
        sender="Workable <noreply@workable.com>",
        subject="Reminder: evaluate Laura Kim",
        body="Laura Kim (Customer Success Manager) is waiting for your evaluation. Add your feedback "
             "to move her to the next stage.",
    ),
    no_record(
        "referral_thanks",
        sender="Acme People Team <people@acme.example>",
        subject="Thanks for referring Jamie Lin!",
        body="Hi Sam,\n\nThank you for referring Jamie Lin for the Software Engineer role. Our "
             "recruiting team will review the application and keep you posted. Remember: you'll earn a "
             "$2,000 referral bonus if Jamie is hired.\n\nAcme Talent",
    ),
    no_record(
        "referral_hired",
        sender="Acme Talent <talent@acme.example>",
        subject="Your referral was hired!",
        body="Great news, Sam! Jamie Lin, whom you referred, has accepted an offer as Software "
             "Engineer. Your referral bonus will be paid after 90 days.",
    ),
    no_record(
        "referral_status",
        sender="Greenhouse <no-reply@greenhouse.io>",
        subject="Referral update: Priya Desai",
        body="The candidate you referred, Priya Desai, has moved to the onsite interview stage for "
             "Product Designer. Thanks for helping us grow the team!",
    ),
    no_record(
        "referral_rejected",
        sender="Acme Talent <talent@acme.example>",
        subject="An update on your referral",
        body="Hi Sam, thank you for referring Marco Rossi. After review, the hiring team decided not "
             "to move forward with his application for the Data Analyst role. We appreciate your "
             "referral.",
    ),
    no_record(
        "candidate_applied_ashby",
        sender="Ashby <notifications@ashbyhq.com>",
        subject="New application: Li Wei for Staff Engineer",
        body="Li Wei has applied for Staff Engineer. You're the hiring manager for this job. Review "
             "the application in Ashby.",
    ),
    no_record(
        "offer_accepted_hm",
        sender="Lever <no-reply@hire.lever.co>",
        subject="Offer accepted: Carla Mendes",
        body="Carla Mendes has accepted the offer for Head of Sales. Start date: March 2. Kick off "
             "onboarding.",
    ),
    no_record(
        "schedule_request_hm",
        sender="GoodTime <scheduling@goodtime.example>",
        subject="Please share your availability to interview Omar Haddad",
        body="Hi Sam, you've been requested as an interviewer for Omar Haddad (Backend Engineer). "
             "Please share your availability for next week.",
    ),
    no_record(
        "upwork_client",
        sender="Upwork <donotreply@upwork.com>",
        subject="You received a new proposal",
        body="Hi Sam, Ana K. submitted a proposal to your job 'Logo design for a bakery'. Review the "
             "proposal and message the freelancer.",
    ),
    no_record(
        "hiring_referrer_de",
        sender="Personio <noreply@personio.de>",
        subject="Neue Bewerbung für Werkstudent Marketing",
        body="Hallo Sam, für Ihre Stellenanzeige Werkstudent Marketing (m/w/d) ist eine neue Bewerbung "
             "von Lena Vogt eingegangen. Jetzt Bewerbung ansehen.",
    ),
    no_record(
        "hiring_fr",
        sender="Welcome to the Jungle <employeurs@welcometothejungle.com>",
        subject="Nouveau candidat pour votre offre Chef de projet",
        body="Bonjour Sam, Julien Martin a postulé à votre offre Chef de projet digital. Consultez sa "
             "candidature dans votre espace recruteur.",
    ),
    no_record(
        "hiring_es",
        sender="InfoJobs Empresas <empresas@infojobs.net>",
        subject="Tienes 6 candidatos nuevos en tu oferta",
        body="Hola Sam, tu oferta Dependiente/a de tienda ha recibido 6 candidatos nuevos. Accede a tu "
             "cuenta de empresa para revisarlos.",
    ),
    no_record(
        "b_li_applicants",
        sender="LinkedIn Talent Solutions <hiring@linkedin.com>",
        subject="3 new applicants for your Warehouse Supervisor job",
        body="Your job Warehouse Supervisor has 3 new applicants. Top applicant: Luis Romero, 6 years "
             "of warehouse experience. Review applicants.",
    ),
    no_record(
        "b_workable_new_candidate",
        sender="Workable <noreply@workable.com>",
        subject="New candidate: Sofia Petrova applied for Office Manager",
        body="Sofia Petrova applied for Office Manager at Greenway Dental. Move her to Phone Screen or "
             "disqualify.",
    ),
    no_record(
        "b_referral_bonus",
        sender="Payroll <payroll@northwind.example>",
        subject="Referral bonus paid",
        body="Hi Sam, your referral bonus of $1,500 for referring Ken Ito (hired as Support Engineer) "
             "was added to this month's payslip.",
    ),
    no_record(
        "b_interviewer_training",
        sender="Northwind L&D <learning@northwind.example>",
        subject="Interviewer training: structured interviews",
        body="You're enrolled in Interviewer Training on March 4. Learn how to run structured "
             "interviews, avoid bias and write useful feedback on candidates.",
    ),
    no_record(
        "b_internal_hm",
        sender="Acme Talent <talent@acme.example>",
        subject="Internal candidate for your team",
        body="Hi Sam, an internal candidate, Chris Doyle, has applied for the Analyst role on your "
             "team. Please let us know whether you'd like to interview him.",
    ),
    no_record(
        "t_hm_shortlist",
        sender="Ravi Menon <ravi.menon@kelpco.example>",
        subject="Shortlist for the QA Lead role",
        body="Hi Sam, as discussed, here is the shortlist for your QA Lead opening: three candidates, "
             "CVs attached. Can you let me know by Thursday which ones you want to meet? Cheers, Ravi",
    ),
    no_record(
        "t_hm_offer_declined",
        sender="SmartRecruiters <noreply@smartrecruiters.com>",
        subject="Offer declined by candidate - Sales Manager",
        body="The candidate Hugo Martin has declined the offer for Sales Manager (Lyon). You can "
             "reopen the job or move the next candidate to the offer stage.",
    ),
    no_record(
        "t_referral_portal",
        sender="Teamtailor <no-reply@teamtailor.com>",
        subject="Your referral to Nordhaven has been received",
        body="Hi Sam, thanks for recommending Elin Berg for the Frontend Developer position at "
             "Nordhaven. The recruiter will reach out to Elin.",
    ),
    no_record(
        "f_hm_pipeline",
        sender="Recruitee <notifications@recruitee.com>",
        subject="Weekly pipeline summary: Customer Success Lead",
        body="Your job Customer Success Lead received 11 applications this week. 3 candidates are "
             "waiting in the Phone Screen stage. Open Recruitee to review them.",
    ),
    no_record(
        "f_hm_interview_guide",
        sender="Personio <noreply@personio.de>",
        subject="Interviewleitfaden für Ihr Gespräch mit Jonas Weber",
        body="Hallo Sam, morgen führen Sie das Vorstellungsgespräch mit dem Bewerber Jonas Weber für "
             "die Stelle Buchhalter (m/w/d). Hier finden Sie den Interviewleitfaden und die "
             "Bewertungskriterien.",
    ),
    no_record(
        "f_hm_fr_entretien",
        sender="Flatchr <notifications@flatchr.io>",
        subject="Rappel : entretien avec la candidate Léa Morel",
        body="Bonjour Sam, vous avez un entretien avec la candidate Léa Morel demain à 10h pour le "
             "poste de Comptable. Pensez à remplir la grille d'évaluation après l'entretien.",
    ),
    no_record(
        "f_ref_es",
        sender="Talentia <rrhh@talentia.example>",
        subject="Gracias por tu recomendación",
        body="Hola Sam, gracias por recomendar a Lucía Gómez para la vacante de Analista de Datos. Si "
             "Lucía es contratada recibirás un bono de 800 €.",
    ),
    no_record(
        "f_ref_de",
        sender="Acme Karriere <karriere@acme.example>",
        subject="Ihre Empfehlung: Max Braun",
        body="Hallo Sam, vielen Dank für Ihre Empfehlung von Max Braun für die Stelle Vertriebsleiter. "
             "Unser Recruiting-Team meldet sich bei ihm. Bei erfolgreicher Einstellung erhalten Sie "
             "eine Empfehlungsprämie.",
    ),
    no_record(
        "g_li_post_views",
        sender="LinkedIn <hiring-noreply@linkedin.com>",
        subject="Your job post is getting views",
        body="Your Data Analyst job post got 214 views and 18 applicants this week. Boost your post to "
             "reach more qualified candidates.",
    ),
    no_record(
        "g_rate_candidate",
        sender="Workday <acme@myworkday.com>",
        subject="Action required: rate the candidate Emma Clarke",
        body="You have an inbox task: rate the candidate Emma Clarke for Senior Accountant (R-20411) "
             "following your interview on Monday.",
    ),
    no_record(
        "g_calendly_interviewer",
        sender="Calendly <notifications@calendly.com>",
        subject="New Event: Candidate interview - Tom Price",
        body="A new event has been scheduled. Event type: Candidate interview (30 min). Invitee: Tom "
             "Price. Invitee answers: position applied for - Sales Associate.",
    ),
    no_record(
        "g_hm_approve_req",
        sender="Greenhouse <no-reply@greenhouse.io>",
        subject="Approval requested: new job Data Engineer II",
        body="Priya Shah requested your approval to open a new job: Data Engineer II (Engineering). "
             "Approve or reject in Greenhouse.",
    ),
    no_record(
        "g_invite_friend",
        sender="Handshake <noreply@joinhandshake.com>",
        subject="Your friend joined Handshake",
        body="Good news - Alex Kim joined Handshake using your invite link. Keep inviting classmates "
             "to unlock rewards.",
    ),
    no_record(
        "h_hm_scorecard_due",
        sender="Ashby <notifications@ashbyhq.com>",
        subject="Scorecard due: Daniel Kim (Onsite)",
        body="Your scorecard for Daniel Kim's onsite interview (Staff Engineer) is due today. Submit "
             "it so the debrief can go ahead.",
    ),
    no_record(
        "h_ref_thanks_friend",
        sender="Marta Silva <marta.silva@gmail.com>",
        subject="Thank you!!",
        body="Sam, thank you so much for referring me to Lumen - I just got the offer for the Product "
             "Designer role! Drinks on me next week.",
    ),
    no_record(
        "h_panel_invite",
        sender="Mia Chen <mia.chen@lumen.example>",
        subject="Can you join the panel for the Designer candidates?",
        body="Hi Sam, we have three final-round candidates for the Product Designer role next week. "
             "Could you join the interview panel on Wednesday afternoon?",
    ),
]

GIG_MARKETPLACES_AND_PLATFORM_WORK = [
    no_record(
        "upwork_declined",
        sender="Upwork <donotreply@upwork.com>",
        subject="Your proposal was declined",
        body="Hi Sam,\n\nThe client has declined your proposal for 'Shopify store redesign'. Don't be "
             "discouraged - there are new jobs posted every minute. Find work that fits your "
             "skills.\n\nUpwork",
    ),
    no_record(
        "upwork_invite",
        sender="Upwork <donotreply@upwork.com>",
        subject="You've been invited to interview",
        body="Hi Sam, a client invited you to interview for the job 'Python script to scrape product "
             "prices'. Budget: $150 fixed price. Respond to the invitation within 3 days. Submit a "
             "proposal to accept.",
    ),
    no_record(
        "upwork_hired",
        sender="Upwork <donotreply@upwork.com>",
        subject="Contract started: WordPress fixes",
        body="Congratulations! Your contract with Bright Pixel LLC has started. Milestone 1: $200. "
             "Submit work when it's ready.",
    ),
    no_record(
        "upwork_archived",
        sender="Upwork <donotreply@upwork.com>",
        subject="Your proposal was archived",
        body="The job 'React dashboard for logistics startup' is no longer available, so your proposal "
             "was archived. Your Connects have been returned.",
    ),
    no_record(
        "fiverr_order",
        sender="Fiverr <noreply@fiverr.com>",
        subject="You've received a new order",
        body="Congrats! You got a new order from buyer mike_b for 'I will design a minimalist logo'. "
             "Deliver by Friday.",
    ),
    no_record(
        "fiverr_request",
        sender="Fiverr <noreply@fiverr.com>",
        subject="Your offer on a buyer request was not accepted",
        body="The buyer chose another seller for 'Translate 5 pages from English to Spanish'. Keep "
             "sending offers!",
    ),
    no_record(
        "malt_mission",
        sender="Malt <noreply@malt.fr>",
        subject="Nouvelle proposition de mission",
        body="Bonjour Sam, la société Doliane vous propose une mission de développement React de 20 "
             "jours. Répondez à la proposition dans votre messagerie Malt.",
    ),
    no_record(
        "malt_declined",
        sender="Malt <noreply@malt.fr>",
        subject="Votre candidature à la mission n'a pas été retenue",
        body="Bonjour Sam, le client a choisi un autre freelance pour la mission 'Refonte site "
             "vitrine'. D'autres missions vous attendent sur Malt.",
    ),
    no_record(
        "uber_onboard",
        sender="Uber <uber@uber.com>",
        subject="Next steps to start driving",
        body="Hi Sam, thanks for signing up to drive with Uber! Upload your driver's licence and "
             "vehicle insurance to complete your application. Your background check will start once "
             "documents are approved.",
    ),
    no_record(
        "uber_approved",
        sender="Uber <uber@uber.com>",
        subject="You're approved to drive!",
        body="Great news, Sam - your background check is complete and your account is active. Open the "
             "Driver app and go online to start earning.",
    ),
    no_record(
        "deliveroo_rider",
        sender="Deliveroo Riders <riders@deliveroo.co.uk>",
        subject="Your rider application",
        body="Hi Sam, thanks for applying to ride with Deliveroo. Book your onboarding session and "
             "pick up your kit at the rider hub.",
    ),
    no_record(
        "deliveroo_rider2",
        sender="Deliveroo <riders@deliveroo.example>",
        subject="We've reviewed your application",
        body="Hi Sam, unfortunately we're not able to offer you a place as a rider in Leeds right now, "
             "as we have enough riders in your area. We'll add you to the waiting list.",
    ),
    no_record(
        "doordash_dasher",
        sender="DoorDash <no-reply@doordash.com>",
        subject="Finish signing up to Dash",
        body="You're almost there! Complete your Dasher sign-up: consent to a background check and "
             "activate your Red Card.",
    ),
    no_record(
        "taskrabbit",
        sender="TaskRabbit <support@taskrabbit.com>",
        subject="Your Tasker registration is approved",
        body="Welcome to TaskRabbit, Sam! Your Tasker registration is approved. Set your availability "
             "and hourly rates for furniture assembly and mounting to start getting tasks.",
    ),
    no_record(
        "taskrabbit_task",
        sender="TaskRabbit <support@taskrabbit.com>",
        subject="New task request: IKEA dresser assembly",
        body="Kate invited you to a task on Saturday at 10am. Accept within 24 hours to confirm the "
             "booking.",
    ),
    no_record(
        "instacart",
        sender="Instacart Shoppers <shoppers@instacart.com>",
        subject="Your shopper application status",
        body="Thanks for applying to become an Instacart shopper! We're processing your background "
             "check. We'll email you when it's complete.",
    ),
    no_record(
        "peopleperhour",
        sender="PeoplePerHour <noreply@peopleperhour.com>",
        subject="Your proposal has been accepted",
        body="The buyer accepted your proposal for 'Write 10 product descriptions'. Funds are in "
             "escrow: start working.",
    ),
    no_record(
        "freelancer_bid",
        sender="Freelancer.com <noreply@freelancer.com>",
        subject="You have been awarded a project!",
        body="Congratulations! You've been awarded the project 'Excel macro for invoices' for $120. "
             "Accept the project to start.",
    ),
    no_record(
        "b_upwork_offer",
        sender="Upwork <donotreply@upwork.com>",
        subject="You received an offer",
        body="Greenleaf Media sent you an offer for 'Monthly SEO blog posts' - $40/hour, up to 10 "
             "hrs/week. Review and accept the offer to start the contract.",
    ),
    no_record(
        "b_upwork_not_selected",
        sender="Upwork <donotreply@upwork.com>",
        subject="The client hired another freelancer",
        body="Thanks for submitting a proposal for 'iOS app bug fixes'. The client has hired another "
             "freelancer for this job. Browse similar jobs.",
    ),
    no_record(
        "b_fiverr_level",
        sender="Fiverr <noreply@fiverr.com>",
        subject="You're now a Level One Seller",
        body="Congrats! You've reached Level One. Enjoy more gig extras and faster withdrawals.",
    ),
    no_record(
        "b_lyft",
        sender="Lyft <no-reply@lyftmail.com>",
        subject="Your driver application is under review",
        body="Thanks for applying to drive with Lyft. We're reviewing your documents and running your "
             "background check. This usually takes 3-5 days.",
    ),
    no_record(
        "b_wolt",
        sender="Wolt <couriers@wolt.com>",
        subject="Welcome to Wolt, courier partner!",
        body="Your courier partner application has been approved. Join an online onboarding session to "
             "get your delivery bag.",
    ),
    no_record(
        "b_rover",
        sender="Rover <noreply@rover.com>",
        subject="Your sitter profile was approved",
        body="Congratulations! Your profile has been approved and you can now accept dog walking and "
             "boarding requests.",
    ),
    no_record(
        "t_gig_malt_profile",
        sender="Malt <noreply@malt.fr>",
        subject="Votre profil freelance a été vu 14 fois",
        body="Bonjour Sam, votre profil freelance a été vu 14 fois cette semaine par des entreprises. "
             "Mettez à jour votre TJM et vos disponibilités.",
    ),
    no_record(
        "t_gig_uber_eats",
        sender="Uber Eats <uber@uber.com>",
        subject="Start delivering with Uber Eats",
        body="Hi Sam, your delivery account is almost ready. Complete your profile photo and "
             "background check consent to start delivering with Uber Eats.",
    ),
    no_record(
        "t_gig_glovo_es",
        sender="Glovo <riders@glovoapp.com>",
        subject="Tu solicitud como repartidor",
        body="Hola Sam, gracias por registrarte como repartidor en Glovo. Completa tu perfil y sube "
             "tus documentos para empezar a repartir.",
    ),
    no_record(
        "f_gig_upwork_job_closed",
        sender="Upwork <donotreply@upwork.com>",
        subject="Job closed: 'Landing page copy'",
        body="The client closed the job 'Landing page copy' without hiring. Your proposal will no "
             "longer be considered and your Connects were refunded.",
    ),
    no_record(
        "f_gig_fiverr_cancel",
        sender="Fiverr <noreply@fiverr.com>",
        subject="Your order was cancelled",
        body="Buyer jenny_k cancelled order #FO8812 ('Podcast editing'). Payment has been returned to "
             "the buyer. Your seller rating is unaffected.",
    ),
    no_record(
        "f_gig_malt_fr",
        sender="Malt <noreply@malt.fr>",
        subject="Le client a décliné votre devis",
        body="Bonjour Sam, le client Atelier Nord a décliné votre devis pour le projet 'Application "
             "mobile'. Consultez d'autres projets correspondant à vos compétences.",
    ),
    no_record(
        "f_gig_deliveroo_nl",
        sender="Deliveroo <riders@deliveroo.nl>",
        subject="Je aanmelding als bezorger",
        body="Hoi Sam, bedankt voor je aanmelding als bezorger bij Deliveroo in Utrecht. Plan je "
             "online introductie in en upload je identiteitsbewijs.",
    ),
    no_record(
        "g_amazon_flex",
        sender="Amazon Flex <no-reply@flex.amazon.com>",
        subject="Your Amazon Flex application update",
        body="Hi Sam, thanks for your interest in delivering with Amazon Flex. Your background check "
             "is complete. Download the Amazon Flex app and pick your first delivery block.",
    ),
    no_record(
        "g_instawork",
        sender="Instawork <hello@instawork.com>",
        subject="You're booked: Event Server shift Saturday",
        body="You've been confirmed for a shift as Event Server at Hilton Downtown on Saturday, 4pm - "
             "11pm. Check in with the app when you arrive.",
    ),
    no_record(
        "g_thumbtack",
        sender="Thumbtack <noreply@thumbtack.com>",
        subject="New lead: house cleaning in Austin",
        body="A customer in Austin is looking for a house cleaner. Send a quote to win the job. Leads "
             "expire in 24 hours.",
    ),
    no_record(
        "g_shipt",
        sender="Shipt <shoppers@shipt.com>",
        subject="Your Shipt Shopper application",
        body="Thanks for applying to be a Shipt Shopper! Next step: complete your online orientation. "
             "Once approved you can start claiming orders.",
    ),
    no_record(
        "g_care_com",
        sender="Care.com <noreply@care.com>",
        subject="A family viewed your profile",
        body="The Johnson family in Denver viewed your caregiver profile. Families who view profiles "
             "often message within a day. Upgrade to a premium membership to stand out.",
    ),
    no_record(
        "h_gig_uber_docs",
        sender="Uber <uber@uber.com>",
        subject="Action needed: your vehicle inspection",
        body="Your vehicle inspection document has expired. Upload a new inspection to keep driving "
             "with Uber.",
    ),
    no_record(
        "h_gig_upwork_feedback",
        sender="Upwork <donotreply@upwork.com>",
        subject="Your client left you feedback",
        body="Bright Pixel LLC ended your contract 'WordPress fixes' and left you 5 stars: 'Fast and "
             "reliable, would hire again.'",
    ),
    no_record(
        "h_gig_fr_uber",
        sender="Uber <uber@uber.com>",
        subject="Votre inscription en tant que chauffeur VTC",
        body="Bonjour Sam, merci de votre inscription pour conduire avec Uber. Téléchargez votre carte "
             "VTC et votre attestation d'assurance pour finaliser votre dossier.",
    ),
]

UNEMPLOYMENT_OFFICES = [
    no_record(
        "arbeitsagentur",
        sender="Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        subject="Einladung: Termin bei der Agentur für Arbeit",
        body="Sehr geehrter Herr Becker,\n\nbitte kommen Sie am 14.01.2027 um 09:30 Uhr zu einem "
             "Gespräch über Ihre berufliche Situation in die Agentur für Arbeit Köln, Zimmer 212. "
             "Bringen Sie Ihren Lebenslauf und Ihre Bewerbungsunterlagen mit.\n\nMit freundlichen "
             "Grüßen\nIhre Agentur für Arbeit",
    ),
    no_record(
        "arbeitsagentur_vv",
        sender="Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        subject="Vermittlungsvorschlag",
        body="Sehr geehrter Herr Becker, wir unterbreiten Ihnen folgenden Vermittlungsvorschlag: "
             "Lagerhelfer (m/w/d) bei der Müller Logistik GmbH in Köln. Bitte bewerben Sie sich "
             "umgehend und teilen Sie uns das Ergebnis mit.",
    ),
    no_record(
        "jobcenter_massnahme",
        sender="Jobcenter Berlin Mitte <jobcenter-berlin-mitte@jobcenter-ge.de>",
        subject="Einladung zur Maßnahme Bewerbungstraining",
        body="Sehr geehrte Frau Yilmaz, wir laden Sie zur Maßnahme 'Bewerbungstraining und Coaching' "
             "ab dem 03.02.2027 ein. Die Teilnahme ist verpflichtend.",
    ),
    no_record(
        "france_travail",
        sender="France Travail <ne-pas-repondre@francetravail.fr>",
        subject="Convocation à un entretien",
        body="Bonjour Madame Laurent,\n\nVous êtes convoquée à un entretien avec votre conseiller France "
             "Travail le 12 janvier 2027 à 10h00, agence de Lyon Part-Dieu. Munissez-vous de votre CV. "
             "En cas d'absence non justifiée, votre inscription pourrait être radiée.\n\nFrance Travail",
    ),
    no_record(
        "pole_emploi_actualisation",
        sender="Pôle emploi <ne-pas-repondre@pole-emploi.fr>",
        subject="Pensez à vous actualiser",
        body="Bonjour, la période d'actualisation est ouverte jusqu'au 15. Déclarez votre situation "
             "pour le mois écoulé sur votre espace personnel.",
    ),
    no_record(
        "france_travail_formation",
        sender="France Travail <ne-pas-repondre@francetravail.fr>",
        subject="Une formation pour vous",
        body="Bonjour, une formation de préparateur de commandes est proposée près de chez vous. "
             "Inscrivez-vous à la réunion d'information du 20 janvier.",
    ),
    no_record(
        "sepe_cita",
        sender="SEPE <noreply@sepe.es>",
        subject="Confirmación de cita previa",
        body="Estimado/a ciudadano/a: le confirmamos su cita previa en la oficina de prestaciones de "
             "Madrid - Alcalá el día 15/01/2027 a las 11:20 para la solicitud de prestación por "
             "desempleo.",
    ),
    no_record(
        "sepe_curso",
        sender="Servicio Público de Empleo <noreply@sepe.es>",
        subject="Curso de formación para desempleados",
        body="Le informamos de un curso gratuito de Atención al Cliente para personas desempleadas. "
             "Plazo de inscripción hasta el 30 de enero.",
    ),
    no_record(
        "uwv_afspraak",
        sender="UWV <noreply@uwv.nl>",
        subject="Uitnodiging gesprek met uw werkcoach",
        body="Beste heer De Vries, u bent uitgenodigd voor een gesprek met uw werkcoach op 14 januari "
             "om 10:00 uur. Neem uw cv en een overzicht van uw sollicitaties mee.",
    ),
    no_record(
        "uwv_ww",
        sender="UWV <noreply@uwv.nl>",
        subject="Uw WW-aanvraag is ontvangen",
        body="Beste heer De Vries, wij hebben uw aanvraag voor een WW-uitkering ontvangen. U hoort "
             "binnen 4 weken of u recht heeft op een uitkering.",
    ),
    no_record(
        "iefp",
        sender="IEFP <noreply@iefp.pt>",
        subject="Convocatória para entrevista",
        body="Caro utente, está convocado para uma entrevista no Centro de Emprego de Lisboa no dia "
             "12/01/2027 às 10h00, no âmbito da sua inscrição como desempregado.",
    ),
    no_record(
        "anpal_it",
        sender="Centro per l'Impiego <cpi.milano@regione.lombardia.it>",
        subject="Convocazione colloquio",
        body="Gentile utente, è convocato per un colloquio di orientamento presso il Centro per "
             "l'Impiego di Milano il giorno 14/01/2027 alle ore 9:30 per la stipula del patto di "
             "servizio.",
    ),
    no_record(
        "jobcentre_uk",
        sender="Jobcentre Plus <noreply@dwp.gov.uk>",
        subject="Your Universal Credit appointment",
        body="You have an appointment with your work coach at Leeds Jobcentre on 14 January at 10:30. "
             "Bring your CV and evidence of the jobs you have applied for. If you do not attend, your "
             "payment could be reduced.",
    ),
    no_record(
        "us_ui",
        sender="Department of Labor <noreply@labor.ny.gov>",
        subject="Reemployment services appointment",
        body="You are scheduled for a Reemployment Services and Eligibility Assessment (RESEA) "
             "appointment on 01/14/2027 at 9:00 AM. Failure to attend may affect your unemployment "
             "benefits.",
    ),
    no_record(
        "workforce_training",
        sender="WorkSource Oregon <noreply@worksourceoregon.example>",
        subject="You're enrolled: Forklift certification",
        body="Congratulations! You've been accepted into the WIOA-funded forklift certification "
             "training starting February 3. Please attend orientation at 9am.",
    ),
    no_record(
        "b_agentur_eingliederung",
        sender="Jobcenter Hamburg <jobcenter-hamburg@jobcenter-ge.de>",
        subject="Ihre Eingliederungsvereinbarung",
        body="Sehr geehrte Frau Yilmaz, anbei erhalten Sie Ihre Eingliederungsvereinbarung. Darin ist "
             "festgelegt, dass Sie sich monatlich auf mindestens fünf Stellen bewerben und Nachweise "
             "vorlegen.",
    ),
    no_record(
        "b_france_travail_atelier",
        sender="France Travail <ne-pas-repondre@francetravail.fr>",
        subject="Invitation à un atelier CV",
        body="Bonjour Monsieur Petit, votre conseiller vous invite à l'atelier 'Valoriser son CV et "
             "réussir ses entretiens' le 22 janvier à 14h. Merci de confirmer votre présence.",
    ),
    no_record(
        "b_sepe_oferta",
        sender="SEPE <noreply@sepe.es>",
        subject="Renovación de la demanda de empleo",
        body="Le recordamos que debe renovar su demanda de empleo antes del 20/01/2027. Puede hacerlo "
             "en la sede electrónica.",
    ),
    no_record(
        "b_uwv_sollicitatieplicht",
        sender="UWV <noreply@uwv.nl>",
        subject="Vergeet uw sollicitatieactiviteiten niet door te geven",
        body="Beste heer De Vries, geef uiterlijk vrijdag uw sollicitatieactiviteiten van de afgelopen "
             "4 weken door via Mijn UWV. Anders kan uw uitkering worden verlaagd.",
    ),
    no_record(
        "b_dwp_claim",
        sender="DWP <noreply@dwp.gov.uk>",
        subject="Your Jobseeker's Allowance claim",
        body="Your claim for New Style Jobseeker's Allowance has been approved. Your first payment "
             "will be made on 20 January. Remember to attend your work search interview.",
    ),
    no_record(
        "t_gov_fr_ft_offres",
        sender="France Travail <ne-pas-repondre@francetravail.fr>",
        subject="Votre rendez-vous du 14 janvier",
        body="Bonjour Monsieur Petit, nous vous rappelons votre rendez-vous avec votre conseillère le "
             "14 janvier à 9h30, agence de Nantes. Pensez à apporter votre CV à jour.",
    ),
    no_record(
        "t_gov_de_beratung",
        sender="Agentur für Arbeit Hamburg <hamburg@arbeitsagentur.de>",
        subject="Einladung zum Beratungsgespräch",
        body="Sehr geehrte Frau Yilmaz, hiermit laden wir Sie zu einem Beratungsgespräch am 20.01.2027 "
             "um 10:00 Uhr ein. Bitte bringen Sie Ihren Lebenslauf mit. Kommen Sie der Einladung ohne "
             "wichtigen Grund nicht nach, kann eine Sperrzeit eintreten.",
    ),
    no_record(
        "t_gov_es_curso",
        sender="SEPE <noreply@sepe.es>",
        subject="Citación para entrevista de orientación",
        body="Se le cita para una entrevista de orientación laboral el 18/01/2027 a las 10:00 en su "
             "oficina de empleo. La no comparecencia puede suponer la baja en la demanda.",
    ),
    no_record(
        "t_gov_nl_training",
        sender="UWV <noreply@uwv.nl>",
        subject="Uitnodiging workshop solliciteren",
        body="Beste heer De Vries, u bent aangemeld voor de online workshop 'Solliciteren met "
             "LinkedIn' op 22 januari. De workshop hoort bij uw WW-uitkering.",
    ),
    no_record(
        "t_gov_us_claim",
        sender="NYS Department of Labor <noreply@labor.ny.gov>",
        subject="Your weekly certification was received",
        body="We received your weekly certification for unemployment insurance benefits. Remember to "
             "log at least three work search activities each week.",
    ),
    no_record(
        "f_gov_fr_ft",
        sender="France Travail <ne-pas-repondre@francetravail.fr>",
        subject="Rappel : actualisez votre situation",
        body="Bonjour, vous n'avez pas encore déclaré votre situation pour le mois de janvier. "
             "Actualisez-vous avant le 15 pour continuer à percevoir vos allocations.",
    ),
    no_record(
        "f_gov_de_jobcenter",
        sender="Jobcenter Köln <jobcenter-koeln@jobcenter-ge.de>",
        subject="Einladung zu einem Gespräch",
        body="Sehr geehrter Herr Becker, ich möchte mit Ihnen über Ihr Bewerberangebot und Ihre "
             "berufliche Situation sprechen. Bitte kommen Sie am 21.01.2027 um 8:30 Uhr in das "
             "Jobcenter Köln, Raum 3.12.",
    ),
    no_record(
        "f_gov_it_naspi",
        sender="INPS <noreply@inps.it>",
        subject="Esito domanda NASpI",
        body="Gentile utente, la sua domanda di indennità di disoccupazione NASpI è stata accolta. Il "
             "primo pagamento avverrà entro 30 giorni.",
    ),
    no_record(
        "f_gov_pt_iefp",
        sender="IEFP <noreply@iefp.pt>",
        subject="Oferta de formação profissional",
        body="Caro utente, informamos que foi selecionado para a formação 'Técnico de Logística' no "
             "Centro de Formação de Lisboa. Confirme a sua participação até dia 20.",
    ),
    no_record(
        "f_gov_uk_dwp_sanction",
        sender="DWP <noreply@dwp.gov.uk>",
        subject="Missed appointment",
        body="You did not attend your appointment with your work coach on 14 January. Contact us "
             "within 5 days to explain, or your Universal Credit payment may be reduced.",
    ),
    no_record(
        "g_ui_approved",
        sender="Texas Workforce Commission <noreply@twc.texas.gov>",
        subject="Your unemployment claim decision",
        body="Your claim for unemployment benefits has been approved. Request payment every two weeks "
             "and keep a record of your work search activities.",
    ),
    no_record(
        "g_ui_work_search",
        sender="Employment Security Department <esd-noreply@esd.wa.gov>",
        subject="Work search audit",
        body="Your claim was selected for a work search review. Upload your job search log for the "
             "weeks listed below within 10 days.",
    ),
    no_record(
        "g_jury",
        sender="Superior Court <jury@courts.example>",
        subject="Jury summons: report on March 3",
        body="You have been selected for jury service. Please report on March 3 at 8:00 am. Complete "
             "the qualification questionnaire online.",
    ),
    no_record(
        "h_gov_de_aa_weiterbildung",
        sender="Agentur für Arbeit <noreply@arbeitsagentur.de>",
        subject="Ihr Bildungsgutschein wurde bewilligt",
        body="Sehr geehrte Frau Yilmaz, Ihr Antrag auf einen Bildungsgutschein für die Weiterbildung "
             "'Fachkraft für Lagerlogistik' wurde bewilligt.",
    ),
    no_record(
        "h_gov_uk_kickstart",
        sender="Jobcentre Plus <noreply@dwp.gov.uk>",
        subject="Sector-based work academy: next steps",
        body="You've been referred to a sector-based work academy in warehousing by your work coach. "
             "The course starts on 3 February and ends with a guaranteed job interview.",
    ),
    no_record(
        "h_gov_es_sepe_pago",
        sender="SEPE <noreply@sepe.es>",
        subject="Resolución de su prestación",
        body="Le comunicamos que se ha aprobado su prestación contributiva por desempleo. El primer "
             "pago se realizará el día 10 del próximo mes.",
    ),
]

JOB_BOARDS_ACCOUNT_MAIL = [
    no_record(
        "cv_downloaded",
        sender="CV-Library <noreply@cv-library.co.uk>",
        subject="Your CV was downloaded by 3 employers",
        body="Good news, Sam! Your CV was downloaded by 3 employers this week. Keep your CV up to date "
             "to get noticed by more recruiters.",
    ),
    no_record(
        "cv_viewed_reed",
        sender="Reed.co.uk <noreply@reed.co.uk>",
        subject="Recruiters are viewing your CV",
        body="Your CV has been viewed 12 times in the last 30 days. Update your CV to stay at the top "
             "of recruiter searches.",
    ),
    no_record(
        "in_progress",
        sender="Indeed <donotreply@indeed.com>",
        subject="You have an application in progress",
        body="Hi Sam, you started applying to Customer Service Representative at Verizon but didn't "
             "finish. Finish your application before the job closes.",
    ),
    no_record(
        "draft_saved",
        sender="Monster <noreply@monster.com>",
        subject="Your application draft was saved",
        body="We saved your draft application for Administrative Assistant at Robert Half. You can "
             "come back any time to submit it.",
    ),
    no_record(
        "profile_strength",
        sender="ZipRecruiter <noreply@ziprecruiter.com>",
        subject="Your profile is 60% complete",
        body="Employers are 3x more likely to contact candidates with a complete profile. Add your "
             "work history and skills to finish your profile.",
    ),
    no_record(
        "resume_ready",
        sender="Indeed <donotreply@indeed.com>",
        subject="Your resume is now visible to employers",
        body="Your Indeed resume is public. Employers can now find you and invite you to apply to "
             "their jobs.",
    ),
    no_record(
        "applications_summary",
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Your job search this week",
        body="You applied to 4 jobs this week. Employers viewed 2 of your applications. Keep going - "
             "see new jobs that match your preferences.",
    ),
    no_record(
        "stepstone_profile",
        sender="StepStone <noreply@stepstone.de>",
        subject="Ihr Lebenslauf wurde 5-mal angesehen",
        body="Hallo Sam, Ihr Profil wurde diese Woche von 5 Arbeitgebern angesehen. Aktualisieren Sie "
             "Ihren Lebenslauf, um mehr Angebote zu erhalten.",
    ),
    no_record(
        "apec_profil",
        sender="Apec <ne-pas-repondre@apec.fr>",
        subject="Votre CV a été consulté",
        body="Bonjour Sam, votre CV a été consulté par 2 recruteurs cette semaine. Complétez votre "
             "profil pour être plus visible.",
    ),
    no_record(
        "indeed_fr_brouillon",
        sender="Indeed <donotreply@indeed.com>",
        subject="Terminez votre candidature",
        body="Bonjour Sam, vous avez commencé à postuler à Assistant administratif chez Adecco mais "
             "vous n'avez pas terminé. Terminez votre candidature avant la clôture de l'offre.",
    ),
    no_record(
        "infojobs_cv",
        sender="InfoJobs <noreply@infojobs.net>",
        subject="Tu CV ha sido visto por 4 empresas",
        body="Hola Sam, esta semana 4 empresas han visto tu CV. Actualiza tu perfil para aparecer en "
             "más búsquedas.",
    ),
    no_record(
        "board_app_viewed_count",
        sender="Indeed <donotreply@indeed.com>",
        subject="Employers are looking at applications like yours",
        body="This week, employers reviewed 35% of applications within 3 days. Tips to make your "
             "application stand out: tailor your resume.",
    ),
    no_record(
        "b_indeed_unfinished2",
        sender="Indeed <donotreply@indeed.com>",
        subject="Don't miss out: finish applying to Store Associate",
        body="You started applying for Store Associate at Walgreens. It only takes a few minutes to "
             "finish.",
    ),
    no_record(
        "b_glassdoor_company_updates",
        sender="Glassdoor <noreply@glassdoor.com>",
        subject="New reviews at companies you follow",
        body="See what employees are saying: 4 new reviews at Target and 2 new salary reports at Best "
             "Buy. Read reviews.",
    ),
    no_record(
        "b_seek_profile",
        sender="SEEK <noreply@seek.com.au>",
        subject="Employers viewed your SEEK Profile",
        body="Your SEEK Profile was viewed by 2 employers this week. Keep your profile current so "
             "employers can approach you.",
    ),
    no_record(
        "b_monster_cv_search",
        sender="Monster <noreply@monster.com>",
        subject="Your resume appeared in 18 employer searches",
        body="Your resume appeared in 18 employer searches last week. Add skills to show up in even "
             "more searches.",
    ),
    no_record(
        "t_board_account_stats",
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Your application was viewed 3 times this week",
        body="Hi Sam, recruiters viewed your applications 3 times this week. Premium members get 2x "
             "more views. Try Premium free for 1 month.",
    ),
    no_record(
        "t_board_cv_de",
        sender="XING <noreply@xing.com>",
        subject="Recruiter haben Ihr Profil besucht",
        body="Hallo Sam, 7 Recruiter haben diese Woche Ihr Profil besucht. Werden Sie jetzt "
             "Premium-Mitglied, um alle Besucher zu sehen.",
    ),
    no_record(
        "f_board_de_bewerbungen",
        sender="StepStone <noreply@stepstone.de>",
        subject="Ihre Bewerbungen im Überblick",
        body="Hallo Sam, Sie haben sich in den letzten 30 Tagen auf 6 Jobs beworben. 2 Arbeitgeber "
             "haben Ihre Bewerbung angesehen. Entdecken Sie neue passende Jobs.",
    ),
    no_record(
        "f_board_resume_score",
        sender="ZipRecruiter <noreply@ziprecruiter.com>",
        subject="Your resume score is 62/100",
        body="Our resume analyzer scored your resume 62/100. Fix 4 issues to get more interviews: add "
             "measurable results, remove the photo.",
    ),
    no_record(
        "f_board_es_infojobs",
        sender="InfoJobs <noreply@infojobs.net>",
        subject="Tu candidatura sigue en proceso en 3 ofertas",
        body="Hola Sam, tienes 3 candidaturas en proceso. Te recomendamos actualizar tu CV para "
             "destacar frente a otros candidatos.",
    ),
    no_record(
        "f_board_fr_hellowork",
        sender="HelloWork <noreply@hellowork.com>",
        subject="Votre profil intéresse des recruteurs",
        body="Bonjour Sam, 5 recruteurs ont consulté votre profil ce mois-ci. Rendez votre CV visible "
             "pour recevoir plus de propositions.",
    ),
    no_record(
        "h_wellfound_views",
        sender="Wellfound <team@wellfound.com>",
        subject="5 startups viewed your profile",
        body="Hi Sam, 5 startups viewed your profile this week, including two that are hiring for "
             "Backend Engineer. Keep your profile updated to get more intros.",
    ),
    no_record(
        "h_board_search_saved",
        sender="Indeed <donotreply@indeed.com>",
        subject="Your resume has been updated",
        body="Thanks for updating your resume. Employers searching for 'project coordinator' can now "
             "see your latest experience.",
    ),
    no_record(
        "h_board_dice_profile",
        sender="Dice <noreply@dice.com>",
        subject="Your profile is hidden from recruiters",
        body="Your Dice profile is currently hidden. Make it searchable so recruiters can find you for "
             "contract and full-time roles.",
    ),
]

INTERNAL_MOBILITY_NEWS = [
    no_record(
        "internal_promotion",
        sender="HR Team <hr@acme.example>",
        subject="Your promotion is effective March 1",
        body="Congratulations Sam! Your promotion to Senior Analyst is effective March 1. Your new "
             "salary will be reflected in the March payroll.",
    ),
    no_record(
        "internal_welcome_new",
        sender="Acme Announcements <announce@acme.example>",
        subject="Please welcome our new hires",
        body="Please join us in welcoming this month's new hires: Tom (Engineering), Lucia (Sales) and "
             "Ravi (Finance). Say hi on Slack!",
    ),
    no_record(
        "b_internal_closed",
        sender="Acme Internal Mobility <mobility@acme.example>",
        subject="Internal posting closed: Team Lead, Support",
        body="The internal posting Team Lead, Support (Austin) is now closed. Watch the internal job "
             "board for new opportunities.",
    ),
    no_record(
        "b_refer_friends",
        sender="Northwind Talent <talent@northwind.example>",
        subject="Know someone great? Refer them!",
        body="We're hiring across Engineering and Sales. Refer a friend through the referral portal "
             "and earn up to $3,000 when they're hired.",
    ),
]

COURSES_AND_NEWSLETTERS_IN_INTERVIEW_WORDS = [
    no_record(
        "mock_workshop",
        sender="Career Services <careers@univ.example>",
        subject="Mock interview workshop - sign up",
        body="Join our mock interview workshop on Thursday at 5pm. Practise answering behavioural "
             "questions and get feedback from employers. Spaces are limited: sign up now.",
    ),
    no_record(
        "negotiation_masterclass",
        sender="Levels.fyi <newsletter@levels.fyi>",
        subject="Offer negotiation masterclass",
        body="Got an offer? Don't leave money on the table. Join our free offer negotiation "
             "masterclass next Tuesday and learn how to counter a job offer with confidence.",
    ),
    no_record(
        "rejection_proof",
        sender="TopResume <hello@topresume.com>",
        subject="Rejection-proof your CV",
        body="Tired of rejection emails? 75% of resumes are rejected by applicant tracking systems "
             "before a human sees them. Get a free resume review from our experts today.",
    ),
    no_record(
        "interview_prep_course",
        sender="Interview Kickstart <team@interviewkickstart.example>",
        subject="Your interview is in 2 weeks. Are you ready?",
        body="Land offers at top tech companies. Our 12-week interview prep program covers system "
             "design, coding and behavioural interviews. Enrol by Friday and save $500.",
    ),
    no_record(
        "webinar_applicants",
        sender="The Muse <newsletter@themuse.com>",
        subject="Why you're not hearing back from employers",
        body="This week: 5 reasons applications get ignored, how to follow up after an interview, and "
             "what to say when you get a rejection. Read more.",
    ),
    no_record(
        "linkedin_learning",
        sender="LinkedIn Learning <learning@linkedin.com>",
        subject="Prepare for your next job interview",
        body="Recommended course for you: 'Acing Your Job Interview' (1h 12m). Learn how to answer "
             "tough questions and follow up after your interview.",
    ),
    no_record(
        "career_coach",
        sender="Jenna from CareerPath <jenna@careerpath.example>",
        subject="Got the interview? Here's what to do next",
        body="Hi Sam, you've landed the interview - congratulations! Now the hard part. Book a 1:1 "
             "session with one of our career coaches to practise. First session 50% off.",
    ),
    no_record(
        "bootcamp_career",
        sender="Springboard <hello@springboard.com>",
        subject="Our grads got 120 job offers last month",
        body="Last month Springboard grads received 120 job offers at companies like Google and "
             "Spotify. Apply to our Data Analytics Career Track - job guarantee included.",
    ),
    no_record(
        "resume_newsletter",
        sender="Resume Genius <newsletter@resumegenius.example>",
        subject="The application mistake that costs you interviews",
        body="In this issue: the one mistake on your job application that costs interviews, a cover "
             "letter template, and how to answer 'why should we hire you'.",
    ),
    no_record(
        "masterclass_fr",
        sender="Welcome to the Jungle <newsletter@welcometothejungle.com>",
        subject="Réussir son entretien d'embauche : notre masterclass",
        body="Cette semaine : comment réussir son entretien d'embauche, négocier son salaire et "
             "rebondir après un refus. Inscrivez-vous gratuitement à notre masterclass.",
    ),
    no_record(
        "kurs_de",
        sender="karriere.at <newsletter@karriere.at>",
        subject="Vorstellungsgespräch meistern: Die 10 häufigsten Fragen",
        body="In unserem Newsletter: die 10 häufigsten Fragen im Vorstellungsgespräch und wie Sie nach "
             "einer Absage motiviert bleiben. Jetzt lesen.",
    ),
    no_record(
        "curso_es",
        sender="Domestika <hola@domestika.org>",
        subject="Curso: cómo preparar una entrevista de trabajo",
        body="Nuevo curso online: cómo preparar una entrevista de trabajo y negociar una oferta. 60% "
             "de descuento solo esta semana.",
    ),
    no_record(
        "salary_report",
        sender="Hays <marketing@hays.example>",
        subject="Hays Salary Guide 2027",
        body="Download the Hays Salary Guide 2027: what employers are offering, which skills are in "
             "demand and how to negotiate your next offer.",
    ),
    no_record(
        "podcast_reject",
        sender="Manager Tools <podcast@manager-tools.example>",
        subject="New cast: handling a job rejection",
        body="In this week's cast: how to respond to a job rejection, and why you should always send a "
             "thank-you note after an interview. Listen now.",
    ),
    no_record(
        "b_course_cert",
        sender="Google Career Certificates <career-certificates@google.com>",
        subject="Your certificate is ready - start applying",
        body="Congratulations on earning your Google Data Analytics Certificate! Access our employer "
             "consortium and start applying to jobs with 150+ companies.",
    ),
    no_record(
        "b_negotiation_ebook",
        sender="Candor <hi@candor.example>",
        subject="Free e-book: negotiating your offer",
        body="Just got a job offer? Download our free e-book on salary negotiation. 87% of readers "
             "negotiated a higher offer.",
    ),
    no_record(
        "b_mock_interview_booked",
        sender="Pramp <team@pramp.com>",
        subject="Your practice interview is confirmed",
        body="Your peer practice interview is confirmed for Wednesday at 7pm. You'll interview your "
             "partner first, then switch roles.",
    ),
    no_record(
        "t_course_hr",
        sender="Coursera <no-reply@coursera.org>",
        subject="Your enrolment is confirmed: Job Interview Skills",
        body="Welcome to 'Successful Job Interview Skills'! Week 1: answering behavioural questions. "
             "Week 2: how to follow up after a rejection.",
    ),
    no_record(
        "f_course_interview_de",
        sender="Udemy <no-reply@udemy.com>",
        subject="Vorstellungsgespräch: Ihr Kurs wartet",
        body="Sie haben den Kurs 'Das perfekte Vorstellungsgespräch' gekauft, aber noch nicht "
             "begonnen. Lektion 1: Die Vorbereitung.",
    ),
    no_record(
        "f_course_fr",
        sender="OpenClassrooms <hello@openclassrooms.com>",
        subject="Votre parcours Développeur Web : prochaine étape",
        body="Bravo Sam ! Vous avez validé le projet 3. Prochaine étape : la soutenance avec votre "
             "mentor. Nos diplômés décrochent un emploi en 6 mois en moyenne.",
    ),
    no_record(
        "f_webinar_offer",
        sender="Blind <team@teamblind.com>",
        subject="Webinar: how to negotiate a FAANG offer",
        body="Join our live webinar on Thursday: recruiters from top tech companies explain how offers "
             "are built and how to negotiate equity.",
    ),
    no_record(
        "g_course_big_interview",
        sender="Big Interview <team@biginterview.example>",
        subject="Practice makes perfect: your interview simulator",
        body="Your account is ready. Use the interview simulator to record answers to 50 common "
             "questions and get AI feedback before your real interview.",
    ),
    no_record(
        "g_li_learning_nail",
        sender="LinkedIn Learning <learning@linkedin.com>",
        subject="Course: nailing the behavioral interview",
        body="New course recommended for you: 'Nailing the Behavioral Interview' (52 min). Learn the "
             "STAR method and practice answers.",
    ),
    no_record(
        "g_newsletter_offers",
        sender="Lenny's Newsletter <lenny@substack.com>",
        subject="How PMs negotiate their offers",
        body="This week: what 120 product managers said about negotiating offers, why final-round "
             "interviews go wrong, and how to handle a rejection gracefully.",
    ),
    no_record(
        "h_course_cert_interview",
        sender="edX <no-reply@edx.org>",
        subject="Reminder: your course 'Job Interview Essentials' starts Monday",
        body="Your course starts Monday. Module 1 covers researching the employer and preparing "
             "stories for behavioral interviews.",
    ),
    no_record(
        "h_newsletter_rejections",
        sender="The Pragmatic Engineer <pragmatic@substack.com>",
        subject="Why senior engineers get rejected",
        body="In this issue: 200 hiring managers on why senior engineers get rejected after the "
             "onsite, plus the state of the tech job market.",
    ),
]

STARTUP_PROGRAMMES_AND_ADVERTS = [
    no_record(
        "bgcheck_ad",
        sender="Checkr <marketing@checkr.com>",
        subject="Faster background checks for your hiring team",
        body="Hi Sam,\n\nCandidates drop out when background checks take a week. Checkr runs criminal, "
             "employment and education verification in as little as 24 hours. Book a demo and see how "
             "1,000s of companies hire faster.\n\nThe Checkr team",
    ),
    no_record(
        "bgcheck_ad2",
        sender="Sterling <news@sterlingcheck.example>",
        subject="Is your screening program ready for 2027?",
        body="Our 2027 Background Screening Trends report is out: 8 in 10 employers found a "
             "discrepancy on a candidate's resume. Download the report and register for our webinar on "
             "compliant hiring.",
    ),
    no_record(
        "factorial",
        sender="Factorial <hello@factorialhr.com>",
        subject="New in Factorial: performance reviews in 3 clicks",
        body="Hi Sam,\n\nThis month we launched a new performance review module, an improved time-off "
             "calendar and a recruiting pipeline for your open positions. Log in to try them "
             "today.\n\nThe Factorial team",
    ),
    no_record(
        "personio",
        sender="Personio <news@personio.example>",
        subject="Your Personio trial ends in 3 days",
        body="Your free trial of Personio ends in 3 days. Keep your employee records, absence "
             "management and applicant tracking in one place: choose a plan today.",
    ),
    no_record(
        "bamboohr",
        sender="BambooHR <no-reply@bamboohr.com>",
        subject="Payroll is now live for your company",
        body="Congratulations, your first payroll run on BambooHR is complete. Next: set up onboarding "
             "checklists for new hires and publish your first job opening.",
    ),
    no_record(
        "yc_reject",
        sender="Y Combinator <apply@ycombinator.com>",
        subject="YC W27 decision",
        body="Hi Sam,\n\nThanks for applying to Y Combinator. Unfortunately we're unable to offer Fernly "
             "a spot in the Winter 2027 batch. We had a record number of applications.\n\nYC",
    ),
    no_record(
        "yc_interview",
        sender="Y Combinator <apply@ycombinator.com>",
        subject="Invitation to interview with YC",
        body="Hi Sam, we'd like to invite you and your cofounder to a 10-minute interview for the S27 "
             "batch. Please pick a time slot.",
    ),
    no_record(
        "hackathon",
        sender="HackMIT <team@hackmit.example>",
        subject="HackMIT 2027 decision",
        body="Hi Sam, congratulations! You've been accepted to HackMIT 2027. Please confirm your "
             "attendance by Friday to keep your spot.",
    ),
    no_record(
        "fellowship",
        sender="Kauffman Fellows <apply@kauffmanfellows.example>",
        subject="Your application to the Fellows Program",
        body="Dear Sam, thank you for applying to the 2027 Fellows Program. After careful review, the "
             "selection committee will not be moving forward with your application this cycle.",
    ),
    no_record(
        "techstars",
        sender="Techstars <noreply@techstars.com>",
        subject="Update on your Techstars application",
        body="Hi Sam, thank you for applying to Techstars Boston. We regret that we cannot offer "
             "Fernly a place in this year's program. We encourage you to apply again.",
    ),
    no_record(
        "b_yc_startup_school",
        sender="Startup School <hello@startupschool.org>",
        subject="You're in: Startup School 2027",
        body="Congratulations! Your application to Startup School was accepted. Your first group "
             "session is on Tuesday.",
    ),
    no_record(
        "b_hackathon_reject",
        sender="ETHGlobal <hello@ethglobal.com>",
        subject="ETHGlobal London application update",
        body="Thanks for applying to ETHGlobal London. Unfortunately we couldn't offer you a spot this "
             "time due to limited capacity.",
    ),
    no_record(
        "b_hr_tool_rippling",
        sender="Rippling <hello@rippling.com>",
        subject="Onboard your next hire in 90 seconds",
        body="With Rippling, new hires get their laptop, apps and payroll set up before day one. Start "
             "your free trial.",
    ),
    no_record(
        "t_yc_accept",
        sender="Y Combinator <apply@ycombinator.com>",
        subject="Congratulations from YC",
        body="Hi Sam, congratulations! We'd like to offer Fernly a place in YC's Summer 2027 batch. "
             "Please reply to accept our offer by Monday.",
    ),
    no_record(
        "t_accel_interview",
        sender="Antler <apply@antler.co>",
        subject="Antler residency - interview invitation",
        body="Hi Sam, thanks for applying to the Antler Residency in Amsterdam. We'd like to invite "
             "you to an interview with our investment team next week.",
    ),
    no_record(
        "t_fellowship_reject",
        sender="Thiel Fellowship <team@thielfellowship.org>",
        subject="Thiel Fellowship 2027",
        body="Dear Sam, thank you for applying to the Thiel Fellowship. After reviewing a record "
             "number of applications, we are unable to move you forward to the next round.",
    ),
    no_record(
        "t_bgcheck_ad3",
        sender="GoodHire <news@goodhire.example>",
        subject="Screen candidates in minutes",
        body="Small businesses trust GoodHire to run background checks on new hires. Order your first "
             "background check today and get 20% off.",
    ),
    no_record(
        "f_accel_de",
        sender="Founders Program <apply@foundersprogram.example>",
        subject="Ihre Bewerbung für das Gründerprogramm",
        body="Hallo Sam, vielen Dank für Ihre Bewerbung mit Ledgerly für unser Gründerprogramm. Leider "
             "können wir Ihr Startup diesmal nicht aufnehmen.",
    ),
    no_record(
        "f_pitch_comp",
        sender="Startup World Cup <team@startupworldcup.example>",
        subject="Your pitch application",
        body="Congratulations! Ledgerly has been selected to pitch at the regional final on March 3. "
             "You'll have 5 minutes in front of the judges.",
    ),
    no_record(
        "f_hr_suite_ad",
        sender="HiBob <marketing@hibob.com>",
        subject="The HR platform your people will love",
        body="Bob helps HR teams onboard new hires, run performance reviews and manage time off in one "
             "place. Get a personalised demo.",
    ),
    no_record(
        "f_ats_ad",
        sender="Teamtailor <hello@teamtailor.com>",
        subject="Attract more candidates with a career site",
        body="Build a beautiful career site in minutes and receive more applications for your open "
             "jobs. Start your free trial.",
    ),
    no_record(
        "g_ef_reject",
        sender="Entrepreneur First <apply@joinef.com>",
        subject="Your EF application",
        body="Hi Sam, thanks for applying to Entrepreneur First. We won't be able to offer you a place "
             "in the upcoming London cohort, but we'd love to see you apply again.",
    ),
    no_record(
        "g_500_interview",
        sender="500 Global <apply@500.co>",
        subject="Next step: partner call",
        body="Hi Sam, we enjoyed reading about Ledgerly. We'd like to set up a 30-minute call with one "
             "of our partners to learn more about your traction and fundraising.",
    ),
    no_record(
        "g_grant_sbir",
        sender="SBIR <noreply@sbir.gov>",
        subject="Proposal status: not selected for award",
        body="Your Phase I proposal was not selected for award. Debriefing is available upon request.",
    ),
    no_record(
        "h_hackathon_devpost",
        sender="Devpost <support@devpost.com>",
        subject="Your submission to GreenHack was judged",
        body="The judges have finished reviewing submissions. Unfortunately your project did not place "
             "this time. Thanks for participating!",
    ),
]

JOB_ALERTS_OF_BOARDS_AND_EMPLOYERS_OWN_BOARDS = [
    alert(
        "t_board_saved",
        sender="Indeed <donotreply@indeed.com>",
        subject="You saved 3 jobs. Ready to apply?",
        body="Jobs you saved are still open: Barista at Costa, Shift Supervisor at Pret. Apply before "
             "they close.",
    ),
    alert(
        "apply_before_close",
        sender="Indeed <alert@indeed.com>",
        subject="Apply to these 5 jobs before they close",
        body="Hi Sam, these jobs close soon:\n\nWarehouse Associate - Amazon - Reno, NV\nForklift "
             "Operator - Sysco - Sparks, NV\nShipping Clerk - UPS - Reno, NV\n\nApply now",
    ),
    alert(
        "missed_jobs",
        sender="Glassdoor Jobs <noreply@glassdoor.com>",
        subject="Jobs you may have missed",
        body="Sam, here are jobs you may have missed this week:\nData Analyst - Target - Minneapolis\nBI "
             "Developer - 3M - St Paul\nAnalytics Engineer - Best Buy - Richfield",
    ),
    alert(
        "nvb_vacatures",
        sender="Nationale Vacaturebank <noreply@nationalevacaturebank.nl>",
        subject="Vacatures die je misschien hebt gemist",
        body="Hoi Sam, deze vacatures passen bij je zoekopdracht:\nMagazijnmedewerker - Bol - "
             "Waalwijk\nOrderpicker - Jumbo - Veghel\nBekijk alle vacatures",
    ),
    alert(
        "dice_saved_search",
        sender="Dice <noreply@dice.com>",
        subject="New matches for your saved search",
        body="12 new jobs match your saved search 'devops engineer remote'. View them now.",
    ),
    alert(
        "internal_posting",
        sender="Acme Internal Mobility <mobility@acme.example>",
        subject="Internal job postings this week",
        body="Hi Sam,\n\nNew internal opportunities this week:\n- Senior Analyst, Finance (Chicago)\n- "
             "Product Manager, Payments (Remote)\n- Team Lead, Customer Support (Austin)\n\nEmployees "
             "with 12+ months in role may apply. Talk to your manager first.",
    ),
    alert(
        "internal_workday_open",
        sender="Workday <acme@myworkday.com>",
        subject="Open internal positions you may like",
        body="Based on your career interests, these internal jobs may suit you: Data Engineer II, "
             "Analytics Manager. Find Jobs in Workday.",
    ),
    alert(
        "internal_de",
        sender="Acme Karriere <karriere@acme.example>",
        subject="Interne Stellenausschreibung: Teamleitung Logistik",
        body="Liebe Kolleginnen und Kollegen, wir besetzen intern die Stelle Teamleitung Logistik "
             "(m/w/d) am Standort Hamburg. Interessierte Mitarbeitende bewerben sich bis 31.01. über "
             "das Intranet.",
    ),
    alert(
        "internal_fr",
        sender="RH Groupe <rh@groupe-exemple.fr>",
        subject="Bourse à l'emploi interne - janvier",
        body="Chers collaborateurs, découvrez les postes ouverts en mobilité interne ce mois-ci : "
             "Contrôleur de gestion (Paris), Chef de projet IT (Lyon). Postulez via l'intranet avant "
             "le 31 janvier.",
    ),
]

COLD_CALLS = [
    outreach(
        "cold_call",
        sender="Megan Ortiz <megan.ortiz@harborstaffing.example>",
        subject="Quick question",
        body="Hi Sam,\n\nI'm a recruiter with Harbor Staffing and I'm working on a Senior Data Engineer "
             "role with a fintech in Boston. Are you available for a call this week to discuss? 15 "
             "minutes would be plenty.\n\nBest,\nMegan",
    ),
    outreach(
        "cold_call2",
        sender="Raj Malhotra <raj@apexitsolutions.example>",
        subject="Java Developer - Remote - 12 months contract",
        body="Hello,\n\nHope you are doing well. We have an urgent requirement for a Java Developer "
             "(remote, 12 month contract). Please let me know a good time for a quick call to discuss "
             "the role.\n\nThanks,\nRaj",
    ),
    outreach(
        "cold_call3",
        sender="Emily Shaw <emily.shaw@northstar-talent.example>",
        subject="Product Manager opportunity",
        body="Hi Sam, I came across your background and I'd love to tell you about a Product Manager "
             "opening at a Series B healthtech. Do you have time for a call on Thursday or Friday?",
    ),
    outreach(
        "b_cold_availability",
        sender="Dan Kowalski <dan.k@velocitysearch.example>",
        subject="Catch up this week?",
        body="Hi Sam, I'm recruiting for a Head of Data role with one of our clients, a London-based "
             "insurer. Would you be available for a quick call on Wednesday?",
    ),
    outreach(
        "t_cold_linkedin_call",
        sender="Priya Nair <priya.nair@crestline-search.example>",
        subject="Opportunity: Head of Finance",
        body="Hi Sam, I hope you're well. I'm a headhunter at Crestline Search and I'm working on a "
             "Head of Finance search for a private equity-backed retailer. Could we schedule a "
             "20-minute call this week?",
    ),
    outreach(
        "f_cold_de",
        sender="Laura Schmitt <l.schmitt@personalpartner.example>",
        subject="Spannende Position als Controller",
        body="Hallo Sam, ich bin Personalberaterin und betreue aktuell eine Position als Controller "
             "(m/w/d) bei einem Mittelständler in Köln. Hätten Sie diese Woche Zeit für ein kurzes "
             "Telefonat?",
    ),
    outreach(
        "f_cold_en_chat",
        sender="Chris Byrne <chris@talentforge.example>",
        subject="Quick chat?",
        body="Hi Sam, I lead talent acquisition for a fast-growing climate tech startup and we're "
             "building out our data team. Do you have 15 minutes for a chat on Friday?",
    ),
    outreach(
        "g_cold_text",
        sender="Ashley Grant <ashley@summit-staffing.example>",
        subject="Hiring: Medical Assistant - $24/hr",
        body="Hi Sam! Summit Staffing is hiring Medical Assistants for a clinic in Phoenix, $24/hr, "
             "M-F. Are you available for a quick phone screen today?",
    ),
]

JOB_MAIL_IN_THE_SAME_WORDS = [
    application(
        "internal_app_received",
        Status.APPLIED,
        "Acme",
        "Product Manager, Payments",
        sender="Acme Talent <talent@acme.example>",
        subject="Your internal application: Product Manager, Payments",
        body="Hi Sam,\n\nThank you for applying internally for Product Manager, Payments. Your current "
             "manager has been notified as per our internal mobility policy. The recruiter will "
             "contact you within two weeks.\n\nAcme Talent Acquisition",
    ),
    application(
        "c_internal_interview",
        Status.INTERVIEW,
        "Acme",
        None,
        sender="Jenny Liu <jenny.liu@acme.example>",
        subject="Internal candidate interview - Product Manager, Payments",
        body="Hi Sam,\n\nThanks for applying internally for the Product Manager, Payments role. The "
             "hiring manager would like to interview you on Tuesday at 2pm in room 4B. Please "
             "confirm.\n\nJenny Liu\nTalent Acquisition, Acme",
    ),
    application(
        "c_employer_feedback",
        Status.REJECTED,
        "Brightleaf",
        None,
        sender="Brightleaf Careers <careers@brightleaf.example>",
        subject="Your interview feedback",
        body="Hi Sam, thank you for interviewing for the Marketing Coordinator position. Unfortunately "
             "we have decided to move forward with other candidates. We appreciate your time.",
    ),
    application(
        "c_referral_candidate",
        Status.APPLIED,
        "Acme",
        None,
        sender="Acme Talent <talent@acme.example>",
        subject="You've been referred for Software Engineer",
        body="Hi Sam, your friend Jamie Lin referred you for the Software Engineer role at Acme. We've "
             "received your application and our team will review it shortly.",
    ),
    application(
        "c_driver_job",
        None,
        "Sysco",
        None,
        sender="Sysco Careers <careers@sysco.example>",
        subject="Thank you for applying: CDL Delivery Driver",
        body="Hi Sam, thank you for applying for the CDL Delivery Driver position at Sysco. Our "
             "recruiting team will review your application and contact you for a phone screen.",
    ),
    application(
        "c_arbeitsagentur_job",
        Status.APPLIED,
        None,
        None,
        sender="Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        subject="Karriere bei der BA: Ihre Bewerbung",
        body="Sehr geehrter Herr Becker, vielen Dank für Ihre Bewerbung als Fachassistent "
             "Leistungsgewährung (m/w/d) bei der Bundesagentur für Arbeit. Wir prüfen Ihre Unterlagen "
             "und melden uns.",
    ),
    application(
        "c_upwork_employee",
        Status.APPLIED,
        "Upwork",
        None,
        sender="Upwork Talent Acquisition <recruiting@upwork.com>",
        subject="Your application to Upwork",
        body="Hi Sam, thanks for applying to the Senior Product Designer role at Upwork. We'll review "
             "your application and get back to you within two weeks.",
    ),
    application(
        "c_proposal_job",
        Status.INTERVIEW,
        None,
        None,
        sender="Lena Hoffmann <lena.hoffmann@kiteworks.example>",
        subject="Next steps - Account Executive",
        body="Hi Sam, thanks for your time yesterday. We'd like to invite you to a final interview "
             "with our VP of Sales for the Account Executive role on Monday. Does 11am work?",
    ),
    application(
        "c_background_check",
        None,
        None,
        None,
        sender="HireRight <noreply@hireright.com>",
        subject="Action required: complete your background check for Northwind",
        body="Hi Sam, Northwind Traders has asked HireRight to complete a background check as part of "
             "your offer for the Operations Manager position. Please provide your consent.",
    ),
    application(
        "c_france_travail_offre",
        Status.APPLIED,
        "Decathlon",
        None,
        sender="Recrutement Decathlon <recrutement@decathlon.example>",
        subject="Votre candidature - Vendeur sport",
        body="Bonjour Sam, nous avons bien reçu votre candidature au poste de Vendeur sport H/F chez "
             "Decathlon. Notre équipe reviendra vers vous prochainement.",
    ),
    application(
        "c_capone_body",
        Status.REJECTED,
        "Capital One",
        None,
        sender="Capital One <capitalone@myworkday.com>",
        subject="An update on your application",
        body="Hi Sam, thank you for your interest in the Senior Data Analyst role at Capital One. "
             "After careful review, we have decided to move forward with other candidates.",
    ),
    application(
        "c_cold_then_applied",
        None,
        None,
        None,
        sender="Megan Ortiz <megan.ortiz@harborstaffing.example>",
        subject="Re: Senior Data Engineer",
        body="Hi Sam, thanks for sending your resume. I've submitted your application to our client "
             "for the Senior Data Engineer role. Are you available for a call tomorrow to prepare?",
    ),
    application(
        "capone_nobody",
        None,
        None,
        None,
        sender="Capital One",
        subject="An update on your application",
        body="",
    ),
    application(
        "bc_internal_offer",
        Status.OFFER,
        None,
        None,
        sender="Acme Talent <talent@acme.example>",
        subject="Offer: Team Lead, Support (internal transfer)",
        body="Hi Sam, congratulations! We're pleased to offer you the Team Lead, Support position as "
             "an internal transfer, effective April 1. Please review and sign the offer letter.",
    ),
    application(
        "bc_rider_employer",
        Status.REJECTED,
        None,
        None,
        sender="Royal Mail Recruitment <recruitment@royalmail.example>",
        subject="Your application for Delivery Driver",
        body="Dear Sam, thank you for applying for the Delivery Driver position in Leeds. "
             "Unfortunately, on this occasion your application has not been successful.",
    ),
    application(
        "tc_referred_candidate",
        Status.APPLIED,
        "Nordhaven",
        None,
        sender="Nordhaven <no-reply@teamtailor.com>",
        subject="Thanks for your application to Nordhaven",
        body="Hi Sam, Elin Berg referred you to the Frontend Developer position at Nordhaven and we've "
             "now received your application. We'll be in touch soon.",
    ),
    application(
        "tc_internal_reject",
        Status.REJECTED,
        "Acme",
        None,
        sender="Acme Talent <talent@acme.example>",
        subject="Your internal application - Analytics Manager",
        body="Hi Sam, thank you for applying internally for the Analytics Manager role. After careful "
             "consideration we have decided to progress with another candidate. Your manager has not "
             "been informed of the outcome.",
    ),
    application(
        "tc_agency_temp",
        None,
        None,
        None,
        sender="Randstad <noreply@randstad.co.uk>",
        subject="Your application for Warehouse Operative",
        body="Hi Sam, thanks for applying for the Warehouse Operative role in Bristol. A consultant "
             "will call you to arrange an interview at our branch.",
    ),
    application(
        "tc_ft_employer",
        Status.APPLIED,
        None,
        None,
        sender="France Travail <ne-pas-repondre@francetravail.fr>",
        subject="Un employeur a consulté votre candidature",
        body="Madame, l'entreprise Boulangerie Martin a consulté votre candidature à l'offre n° "
             "190KLMN « Vendeur en boulangerie (H/F) ».",
    ),
    application(
        "tc_gig_company_job",
        Status.APPLIED,
        "Deliveroo",
        None,
        sender="Deliveroo Careers <careers@deliveroo.co.uk>",
        subject="Deliveroo - Data Analyst application",
        body="Hi Sam, thank you for applying for the Data Analyst role at Deliveroo. We will review "
             "your application and be in touch within two weeks.",
    ),
    application(
        "tc_postdoc",
        Status.REJECTED,
        None,
        None,
        sender="HR Services <hr-services@univ-eastbrook.example>",
        subject="Postdoctoral Research Fellowship - outcome",
        body="Dear Dr. Sam Lee,\n\nThank you for applying for the Postdoctoral Research Fellowship in "
             "Computational Biology. We regret to inform you that you have not been shortlisted for "
             "interview.",
    ),
    application(
        "tc_vc_analyst",
        Status.INTERVIEW,
        None,
        None,
        sender="Northstar Ventures <careers@northstar.vc>",
        subject="Your application - Investment Analyst",
        body="Hi Sam, thank you for applying for the Investment Analyst role on our investment team. "
             "We'd like to invite you to a first interview next week.",
    ),
    application(
        "tc_referred_you",
        Status.APPLIED,
        None,
        None,
        sender="Greenhouse <no-reply@greenhouse.io>",
        subject="You've been referred to Lumen",
        body="Hi Sam, Jamie Lin referred you for the Backend Engineer position at Lumen, and your "
             "application is now with our recruiting team. We'll be in touch about next steps.",
    ),
    application(
        "tc_courier_job",
        None,
        None,
        None,
        sender="DPD Recruitment <recruitment@dpd.example>",
        subject="Your application - Multi-drop Driver",
        body="Dear Sam, thank you for applying for the Multi-drop Driver position at our Bristol "
             "depot. Please attend an assessment day on Monday at 9am.",
    ),
    application(
        "tc_jobcentre_employer",
        Status.APPLIED,
        None,
        None,
        sender="DWP Recruitment <recruitment@dwp.gov.uk>",
        subject="Your application for Work Coach",
        body="Dear Sam, thank you for applying for the Work Coach role at the Department for Work and "
             "Pensions. Your application has been received and will be sifted after the closing date.",
    ),
    application(
        "f_gig_just_eat_de",
        None,
        None,
        None,
        sender="Lieferando <fahrer@lieferando.de>",
        subject="Deine Bewerbung als Fahrer",
        body="Hallo Sam, danke für deine Bewerbung als Fahrer bei Lieferando in Berlin. Wir laden dich "
             "zu einem Onboarding-Termin ein.",
    ),
    application(
        "fc_internal_de",
        Status.INTERVIEW,
        "Acme",
        None,
        sender="Acme Karriere <karriere@acme.example>",
        subject="Ihre interne Bewerbung als Teamleitung Logistik",
        body="Hallo Sam, vielen Dank für Ihre interne Bewerbung als Teamleitung Logistik (m/w/d). Wir "
             "laden Sie zu einem Gespräch mit der Bereichsleitung ein.",
    ),
    application(
        "fc_ref_candidate_de",
        Status.APPLIED,
        "Acme",
        None,
        sender="Acme Karriere <karriere@acme.example>",
        subject="Ihre Bewerbung auf Empfehlung",
        body="Hallo Herr Braun, auf Empfehlung von Sam haben wir Ihre Bewerbung als Vertriebsleiter "
             "erhalten. Wir melden uns in Kürze.",
    ),
    application(
        "fc_upwork_hiring_us",
        Status.INTERVIEW,
        "Upwork",
        None,
        sender="Upwork Recruiting <recruiting@upwork.com>",
        subject="Interview for Senior Data Scientist",
        body="Hi Sam, thanks for applying to Upwork. We'd like to schedule your first interview for "
             "the Senior Data Scientist position.",
    ),
    application(
        "gc_handshake_app",
        Status.APPLIED,
        "Deloitte",
        None,
        sender="Handshake <noreply@joinhandshake.com>",
        subject="Your application to Deloitte was submitted",
        body="Your application for Audit Intern - Summer 2027 at Deloitte was submitted through "
             "Handshake. The employer will reach out if you're selected for an interview.",
    ),
    application(
        "gc_amazon_job",
        Status.APPLIED,
        "Amazon",
        None,
        sender="Amazon Jobs <no-reply@amazon.jobs>",
        subject="Thank you for applying to Amazon",
        body="Hi Sam, thank you for applying for the Area Manager position at Amazon. We are reviewing "
             "your application.",
    ),
    application(
        "gc_calendly_candidate",
        Status.INTERVIEW,
        None,
        None,
        sender="Calendly <notifications@calendly.com>",
        subject="Confirmed: Interview with Lumen Health",
        body="Hi Sam, your event is scheduled: Interview with Lumen Health for the Product Designer "
             "role, Tuesday 10:00 - 10:45. A calendar invitation has been sent to your email address.",
    ),
    application(
        "hc_referred_by_friend",
        Status.OFFER,
        "Lumen",
        None,
        sender="Lumen Careers <careers@lumen.example>",
        subject="Offer: Product Designer",
        body="Dear Marta, we are delighted to offer you the Product Designer position at Lumen. Thank "
             "you to Sam for referring you!",
    ),
    application(
        "hc_uber_corporate",
        Status.APPLIED,
        "Uber",
        None,
        sender="Uber Careers <no-reply@uber.com>",
        subject="Your application to Uber",
        body="Hi Sam, thanks for applying to the Operations Manager role at Uber. Our team is "
             "reviewing your application.",
    ),
]
# fmt: on


@pytest.mark.parametrize("mail", WRITTEN_TO_THE_ONE_HIRING_OR_A_REFERRER)
def test_mail_to_the_one_hiring_or_a_referrer_makes_no_record(mail):
    assert_no_record(mail)


@pytest.mark.parametrize("mail", GIG_MARKETPLACES_AND_PLATFORM_WORK)
def test_a_gig_marketplaces_proposals_and_a_platforms_sign_ups_make_no_record(mail):
    assert_no_record(mail)


@pytest.mark.parametrize("mail", UNEMPLOYMENT_OFFICES)
def test_an_unemployment_offices_appointments_duties_and_training_make_no_record(mail):
    assert_no_record(mail)


@pytest.mark.parametrize("mail", JOB_BOARDS_ACCOUNT_MAIL)
def test_a_job_boards_account_mail_and_figures_make_no_record(mail):
    assert_no_record(mail)


@pytest.mark.parametrize("mail", INTERNAL_MOBILITY_NEWS)
def test_internal_job_boards_and_staff_news_make_no_record(mail):
    assert_no_record(mail)


@pytest.mark.parametrize("mail", COURSES_AND_NEWSLETTERS_IN_INTERVIEW_WORDS)
def test_courses_and_newsletters_in_interview_words_make_no_record(mail):
    assert_no_record(mail)


@pytest.mark.parametrize("mail", STARTUP_PROGRAMMES_AND_ADVERTS)
def test_startup_programmes_and_tools_sold_to_those_who_hire_make_no_record(mail):
    assert_no_record(mail)


@pytest.mark.parametrize("mail", JOB_ALERTS_OF_BOARDS_AND_EMPLOYERS_OWN_BOARDS)
def test_jobs_a_board_or_the_readers_employer_lists_are_a_job_alert(mail):
    assert extract(**mail).kind is Kind.JOB_ALERT


@pytest.mark.parametrize("mail", COLD_CALLS)
def test_a_recruiters_cold_introduction_asking_for_a_call_is_outreach(mail):
    assert extract(**mail).kind is Kind.RECRUITER_OUTREACH


@pytest.mark.parametrize(("mail", "status", "company", "title"), JOB_MAIL_IN_THE_SAME_WORDS)
def test_a_job_application_in_the_same_words_stays_an_application(mail, status, company, title):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    if status is not None:
        assert result.status is status, result
    if company is not None:
        assert same_company(result.company, company), result.company
    if title is not None:
        assert same_title(result.job_title, title), result.job_title
