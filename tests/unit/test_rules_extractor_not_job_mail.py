"""Applications that are not for a job, and their decisions (invented mail): a place to study, a grant, a
talk, a startup batch, a flat, a loan, a visa, a claim, a membership, early access, a pet, a school place,
a licence, unemployment benefits, a research study, a mentorship programme.

They say "your application", "we regret to inform you", "interview" and "offer" like hiring mail; each would
be a junk row in the user's sheet. The mail names what was applied for, and only hiring's own words (a
position, a role, a job, a vacancy) make it about a job. Every row was written for this test (never copied
from a dataset). The last table: applications for jobs in the same words, which stay applications.
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status
from tracker.names import same_company, same_title


def no_record(name: str, **mail: str):
    """One row: mail that must not become an application record."""
    return pytest.param(mail, id=name)


def application(name: str, status: Status, company: str | None, title: str | None, **mail: str):
    """One row: a job application in the same words, the status it states, and the employer and title
    where the mail names them (None: not checked)."""
    return pytest.param(mail, status, company, title, id=name)


def assert_no_record(mail: dict[str, str]) -> None:
    result = extract(**mail)
    assert result.kind is not Kind.APPLICATION, result
    assert result.status is None and result.company is None and result.job_title is None, result


# fmt: off
STUDY_FUNDING_HOMES_CREDIT_AND_PAPERS = [
    no_record(
        "msc_received",
        sender="Graduate Admissions <gradadmissions@northfield.ac.uk>",
        subject="Application received: MSc Data Science (2027 entry)",
        body="Dear Priya,\n\nThank you for your application to the MSc Data Science programme at "
             "Northfield University. Your application reference is NF-2027-33812. Our admissions tutors "
             "will review it and you can expect a decision within 6-8 weeks.\n\nGraduate Admissions "
             "Office",
    ),
    no_record(
        "msc_offer",
        sender="Northfield Admissions <noreply@northfield.ac.uk>",
        subject="Your offer of a place",
        body="Dear Priya,\n\nWe are delighted to make you an offer of a place on the MSc Data Science "
             "starting in September 2027. Your offer is conditional on achieving a 2:1 in your "
             "undergraduate degree. Please accept your offer through the applicant portal by 30 "
             "June.\n\nCongratulations!",
    ),
    no_record(
        "phd_reject",
        sender="Doctoral School <phd-office@tu-eastbrook.edu>",
        subject="Outcome of your PhD application",
        body="Dear Mr. Okafor,\n\nThank you for your interest in the PhD programme in Computational "
             "Biology. We regret to inform you that we are unable to offer you a place this year. We "
             "received a very high number of applications from strong candidates.\n\nWith best "
             "wishes,\nDoctoral School Office",
    ),
    no_record(
        "mba_waitlist",
        sender="MBA Admissions <mba@harlow-business.edu>",
        subject="Your Round 2 application decision",
        body="Dear Jordan,\n\nThe Admissions Committee has completed its review of your application to "
             "the Full-Time MBA program. At this time, we are placing your application on our waitlist. "
             "We will update you no later than May 15.\n\nHarlow School of Business",
    ),
    no_record(
        "mba_interview",
        sender="Admissions <admissions@harlow-business.edu>",
        subject="Invitation to interview - Harlow MBA",
        body="Dear Jordan,\n\nCongratulations! The Admissions Committee invites you to interview for the "
             "Class of 2029. Please select a time slot with an alumni interviewer using the link "
             "below.\n\nHarlow MBA Admissions",
    ),
    no_record(
        "bootcamp_accept",
        sender="Launch Academy <admissions@launchacademy.example>",
        subject="You're in! Welcome to Cohort 42",
        body="Hi Marco,\n\nGreat news: you passed the technical challenge and we're excited to offer you "
             "a seat in our Full-Stack Web Development Cohort 42 starting March 3. To secure your seat, "
             "please pay the deposit within 7 days.\n\nThe Launch Academy Team",
    ),
    no_record(
        "summer_school",
        sender="Oxford Summer School <info@summer-school.example>",
        subject="Application status: accepted",
        body="Dear Anna,\n\nWe are pleased to confirm that your application to the 2027 Summer School in "
             "Machine Learning has been accepted. Accommodation details will follow.",
    ),
    no_record(
        "scholarship_reject",
        sender="Fulbright Commission <awards@fulbright-commission.example>",
        subject="Fulbright Postgraduate Award - outcome",
        body="Dear Sarah,\n\nThank you for applying for a Fulbright Postgraduate Award. Unfortunately, "
             "your application has not been successful on this occasion. Competition was extremely "
             "strong this year.\n\nKind regards,\nAwards Team",
    ),
    no_record(
        "scholarship_shortlist",
        sender="Chevening Secretariat <no-reply@chevening.example>",
        subject="Chevening Scholarship: you have been shortlisted",
        body="Dear applicant,\n\nCongratulations! We are pleased to inform you that your application has "
             "been shortlisted for interview. Interviews will take place at the British Embassy between "
             "February and March.",
    ),
    no_record(
        "grant_decline",
        sender="Research Council <grants@researchcouncil.example>",
        subject="Grant application RC/2026/0412: decision",
        body="Dear Dr Lewis,\n\nThe panel has now considered your application to the Early Career "
             "Fellowship scheme. I regret to inform you that your proposal was not recommended for "
             "funding. Reviewer comments are attached.",
    ),
    no_record(
        "fellowship_offer",
        sender="Kellner Foundation <fellows@kellnerfoundation.org>",
        subject="Congratulations - 2027 Kellner Fellow",
        body="Dear Amina,\n\nOn behalf of the selection committee, I am thrilled to offer you a 2027 "
             "Kellner Fellowship. The fellowship includes a stipend of $40,000. Please confirm your "
             "acceptance by March 1.",
    ),
    no_record(
        "cfp_accept",
        sender="Sessionize <noreply@sessionize.com>",
        subject="Your session has been accepted for DevConf Europe",
        body="Hi Tomasz,\n\nCongratulations! Your session \"Scaling Postgres without tears\" has been "
             "accepted for DevConf Europe 2027. Please confirm your participation by 10 April.\n\nThe "
             "DevConf program committee",
    ),
    no_record(
        "cfp_reject",
        sender="RustFest CFP <cfp@rustfest.example>",
        subject="RustFest 2027: your proposal",
        body="Hello,\n\nThank you for submitting your talk to RustFest 2027. We received over 400 "
             "proposals for 30 slots and unfortunately we were not able to include yours in this year's "
             "programme. We hope to see you in the audience!",
    ),
    no_record(
        "paper_accept",
        sender="OpenReview <noreply@openreview.net>",
        subject="Decision on your NeurIPS 2026 submission",
        body="Dear authors,\n\nWe are pleased to inform you that your paper #8123 has been accepted for "
             "presentation at NeurIPS 2026 as a poster. Camera-ready instructions will follow.",
    ),
    no_record(
        "journal_reject",
        sender="Journal of Applied Statistics <em@editorialmanager.com>",
        subject="Decision on Manuscript JAS-2026-0991",
        body="Dear Dr. Chen,\n\nThank you for submitting your manuscript to the Journal of Applied "
             "Statistics. After careful consideration, we regret that we are unable to accept it for "
             "publication. The reviewers' comments are included below.",
    ),
    no_record(
        "accelerator_reject",
        sender="Y Combinator <apply@ycombinator.com>",
        subject="Your YC application",
        body="Hi Lena,\n\nThanks for applying to Y Combinator. Unfortunately we are not able to invite "
             "you to interview for this batch. We read every application carefully, and this decision "
             "isn't a judgement on your company's potential.\n\nYC",
    ),
    no_record(
        "incubator_accept",
        sender="Station F Founders <founders@stationf.example>",
        subject="Welcome to the Founders Program",
        body="Hi Lena,\n\nWe're excited to let you know that your application to the Founders Program "
             "has been accepted. Your desk will be ready from 1 September.",
    ),
    no_record(
        "rental_reject",
        sender="Greystar Leasing <leasing@greystar.example>",
        subject="Update on your rental application for Unit 4B",
        body="Hello Kevin,\n\nThank you for your interest in The Meridian. After reviewing your "
             "application, we are unable to approve it at this time based on our screening criteria. "
             "Your holding deposit will be refunded within 5 business days.",
    ),
    no_record(
        "rental_approved",
        sender="Rightmove Lettings <lettings@harpers-estates.example>",
        subject="Good news about 12 Elm Road",
        body="Hi Kevin,\n\nThe landlord has accepted your offer and your referencing has been completed. "
             "Please sign the tenancy agreement by Friday so we can confirm your move-in date.",
    ),
    no_record(
        "apartment_viewing",
        sender="Ana from Flatmates <ana@flatmates.example>",
        subject="Viewing the room on Thursday?",
        body="Hi! Thanks for your application for the room in our flat. We'd love to meet you - could "
             "you come for a viewing on Thursday at 6pm? We're interviewing a few people this week.",
    ),
    no_record(
        "mortgage",
        sender="Nationwide Mortgages <mortgages@nationwide.example>",
        subject="Your mortgage application - we need more information",
        body="Dear Mr Patel,\n\nThank you for your mortgage application. To continue processing it, "
             "please upload your last three payslips and your P60. Your mortgage adviser will call you "
             "once received.",
    ),
    no_record(
        "mortgage_offer",
        sender="Halifax <noreply@halifax.example>",
        subject="Your mortgage offer is ready",
        body="Dear Mr Patel,\n\nWe're pleased to confirm that your mortgage offer is ready. Your offer "
             "is valid for 6 months. Your solicitor has been sent a copy.",
    ),
    no_record(
        "credit_card_decline",
        sender="American Express <americanexpress@welcome.aexp.com>",
        subject="Your application status",
        body="Dear Card Applicant,\n\nThank you for your interest in the Platinum Card. We regret we are "
             "unable to approve your application at this time. You will receive a letter explaining the "
             "reasons.",
    ),
    no_record(
        "credit_card_approved",
        sender="Capital One <capitalone@notification.capitalone.com>",
        subject="Congratulations, you've been approved!",
        body="You've been approved for the Quicksilver card. Your card will arrive in 7-10 business days "
             "with a credit limit of $5,000.",
    ),
    no_record(
        "loan_review",
        sender="SoFi <no-reply@sofi.com>",
        subject="We're reviewing your application",
        body="Hi Rachel,\n\nThanks for applying for a personal loan with SoFi. We're currently reviewing "
             "your application and may reach out if we need more documents. Most decisions are made "
             "within 1 business day.",
    ),
    no_record(
        "visa_approved",
        sender="UK Visas and Immigration <no-reply@homeoffice.gov.uk>",
        subject="Decision on your application",
        body="Your application for a Skilled Worker visa has been approved. You will receive your "
             "decision letter by email. Collect your BRP within 10 days of arrival.",
    ),
    no_record(
        "visa_interview",
        sender="US Travel Docs <support@ustraveldocs.com>",
        subject="Interview appointment confirmation",
        body="Your visa interview appointment is confirmed for 12 May 2027 at 08:30 at the U.S. Embassy. "
             "Please bring your passport, DS-160 confirmation page and appointment letter.",
    ),
    no_record(
        "passport",
        sender="HM Passport Office <passports@notifications.service.gov.uk>",
        subject="Your passport application has been received",
        body="We've received your passport application and supporting documents. We'll let you know when "
             "we start processing it. Reference: 1234-5678-9012.",
    ),
    no_record(
        "residence_permit",
        sender="Migrationsverket <no-reply@migrationsverket.se>",
        subject="Decision in your case",
        body="A decision has been made in your case regarding a residence permit for work. Log in to My "
             "Pages to read the decision.",
    ),
    no_record(
        "esta",
        sender="ESTA <no-reply@esta.cbp.dhs.gov>",
        subject="Travel Authorization Approved",
        body="Your application for travel authorization has been approved. Authorization is valid for "
             "two years or until your passport expires.",
    ),
    no_record(
        "insurance_claim_reject",
        sender="Aviva Claims <claims@aviva.example>",
        subject="Update on your claim CLM-449201",
        body="Dear Mr Brooks,\n\nWe have completed our review of your claim. Unfortunately, we are "
             "unable to accept your claim as the damage is excluded under section 4 of your policy. You "
             "can appeal within 28 days.",
    ),
    no_record(
        "insurance_quote",
        sender="Lemonade <hello@lemonade.com>",
        subject="Your renters policy application",
        body="Thanks for applying! Your renters insurance policy is now active. You're covered starting "
             "today.",
    ),
    no_record(
        "volunteer_interview",
        sender="Red Cross Volunteering <volunteer@redcross.example>",
        subject="Next steps for your volunteer application",
        body="Hi Emma,\n\nThank you for applying to volunteer as a Community Responder. We'd like to "
             "invite you to an informal interview at our Leeds office on 3 June. Please bring photo ID "
             "for your DBS check.",
    ),
    no_record(
        "volunteer_reject",
        sender="Habitat Volunteers <volunteers@habitat.example>",
        subject="Your volunteer application",
        body="Dear Emma,\n\nThank you for applying to join our Global Village trip to Nepal. "
             "Unfortunately all places on this trip have now been filled, but we would love you to apply "
             "for another trip.",
    ),
    no_record(
        "coop_board",
        sender="Park Slope Co-op Board <board@parkslopecoop.example>",
        subject="Board interview for purchase of unit 5C",
        body="Dear Mr. and Mrs. Lin,\n\nThe Board has reviewed your purchase application and would like "
             "to schedule an interview with you on Tuesday at 7pm at the building.",
    ),
    no_record(
        "gym_membership",
        sender="Soho House <membership@sohohouse.example>",
        subject="Your membership application",
        body="Dear Alex,\n\nThank you for applying for membership. Our committee has reviewed your "
             "application and we are pleased to welcome you as a member. Your membership starts on 1 May.",
    ),
    no_record(
        "beta_waitlist",
        sender="Arc Browser <hello@arc.example>",
        subject="You're off the waitlist!",
        body="Hi there, great news - your application for early access has been approved. Download Arc "
             "and sign in with this email to get started.",
    ),
    no_record(
        "beta_reject",
        sender="Lumen AI <team@lumen-ai.example>",
        subject="Your early access request",
        body="Thanks for applying to our private beta. Unfortunately we can't offer you access yet as we "
             "are prioritising teams of 50+. We'll let you know when spots open up.",
    ),
    no_record(
        "kindergarten",
        sender="City of Utrecht Childcare <kinderopvang@utrecht.example>",
        subject="Place offered at De Regenboog",
        body="Dear parent,\n\nWe are pleased to offer your child a place at Kindergarten De Regenboog "
             "from 1 September. Please confirm whether you accept this place within 14 days.",
    ),
    no_record(
        "school_admission",
        sender="School Admissions <admissions@hackney.gov.example>",
        subject="Secondary school offer for Maya",
        body="Dear Parent/Carer,\n\nYour application for a secondary school place has been processed. "
             "Maya has been offered a place at Clapton Girls' Academy. Please accept or decline the "
             "offer online by 16 March.",
    ),
    no_record(
        "council_housing",
        sender="Housing Options <housingregister@council.example>",
        subject="Your housing register application",
        body="Dear Ms Ahmed,\n\nYour application to join the housing register has been assessed. You "
             "have been placed in Band B. You can now bid for properties.",
    ),
    no_record(
        "dog_adoption",
        sender="Battersea <rehoming@battersea.example>",
        subject="Your application to adopt Biscuit",
        body="Hi Chloe,\n\nThank you for applying to adopt Biscuit. We'd like to arrange a home visit "
             "and a meet-and-greet. Unfortunately Biscuit's previous application fell through, so you're "
             "next in line!",
    ),
    no_record(
        "hackathon_accept",
        sender="MLH <hi@mlh.io>",
        subject="You've been accepted to HackMIT!",
        body="Congrats! Your application to HackMIT 2027 has been accepted. Please RSVP by Friday to "
             "confirm your spot. Travel reimbursements are available.",
    ),
    no_record(
        "marathon",
        sender="London Marathon <ballot@londonmarathon.example>",
        subject="London Marathon ballot result",
        body="Sorry, you have not been successful in the ballot for the 2027 London Marathon. Your entry "
             "fee will not be charged.",
    ),
    no_record(
        "jury_duty",
        sender="Jury Central Summoning <jury@justice.gov.example>",
        subject="Your jury service deferral request",
        body="Your application to defer your jury service has been approved. Your new date of service is "
             "4 August.",
    ),
    no_record(
        "tax_refund",
        sender="HMRC <noreply@tax.service.gov.uk>",
        subject="Your repayment claim has been processed",
        body="We have processed your claim for a tax repayment. £412.30 will be paid into your bank "
             "account within 5 working days.",
    ),
    no_record(
        "erasmus",
        sender="Erasmus Office <erasmus@uni-leiden.example>",
        subject="Erasmus exchange nomination result",
        body="Dear Lucas,\n\nWe are happy to inform you that you have been nominated for an Erasmus "
             "exchange at Universidad de Granada for the spring semester. Your application has been "
             "forwarded to the host university.",
    ),
    no_record(
        "coop_membership",
        sender="Park Food Co-op <membership@parkfood.example>",
        subject="Welcome, new member!",
        body="Your membership application has been approved. Your member number is 4471. Please sign up "
             "for your first work shift.",
    ),
    no_record(
        "teach_first",
        sender="Global Citizen Year <admissions@globalcitizenyear.example>",
        subject="Gap year program decision",
        body="Dear Noah,\n\nAfter reviewing your application, we regret that we are unable to offer you "
             "a place in the Fellowship cohort this year.",
    ),
    no_record(
        "airline_status",
        sender="Lufthansa Miles & More <noreply@miles-and-more.example>",
        subject="Your application for the credit card",
        body="Thank you for your application for the Miles & More Credit Card Gold. We have received "
             "your documents and will inform you of our decision shortly.",
    ),
]

LICENCES_BENEFITS_STUDIES_AND_PROGRAMMES = [
    no_record(
        "ui_claim",
        sender="Colorado Department of Labor <noreply@cdle.example.gov>",
        subject="Your claim for unemployment benefits",
        body="Dear Jordan Reyes,\n\nWe have received your claim for unemployment insurance benefits. "
             "Your former employer has been notified. You must request payment every two weeks and "
             "complete at least five work search activities each week.",
    ),
    no_record(
        "ui_approved",
        sender="NY Department of Labor <no-reply@labor.ny.example.gov>",
        subject="Monetary determination",
        body="Your unemployment insurance claim has been approved. Your weekly benefit amount is $504. "
             "Keep a record of your job search contacts; we may ask for them.",
    ),
    no_record(
        "ui_interview",
        sender="EDD <edd@edd.ca.example.gov>",
        subject="Eligibility interview scheduled",
        body="An eligibility interview has been scheduled for your unemployment claim on March 12 at "
             "9:00am. A representative will call you about why you left your last job.",
    ),
    no_record(
        "ui_denied",
        sender="Workforce Commission <twc@twc.example.gov>",
        subject="Determination on your claim",
        body="After reviewing the information from you and your employer, we have determined that you "
             "are not eligible for unemployment benefits because you quit your job without good cause. "
             "You may appeal within 14 days.",
    ),
    no_record(
        "severance",
        sender="HR Operations <hr@oldjob.example>",
        subject="Your separation agreement",
        body="Hi Jordan, attached is your separation agreement, including your severance offer of 8 "
             "weeks' pay. Please sign within 21 days. Your COBRA information will follow.",
    ),
    no_record(
        "cobra",
        sender="Benefits Administrator <cobra@benefits.example>",
        subject="COBRA continuation coverage election notice",
        body="Because your employment ended on February 28, you may elect to continue your health "
             "coverage under COBRA. You have 60 days to make your election.",
    ),
    no_record(
        "pmp",
        sender="PMI <customercare@pmi.org>",
        subject="Your PMP application has been approved",
        body="Congratulations! Your application for the PMP certification has been approved. You may now "
             "schedule your exam within one year.",
    ),
    no_record(
        "cpa",
        sender="State Board of Accountancy <licensing@cba.example.gov>",
        subject="CPA license application status",
        body="Your application for a CPA license has been reviewed. We require an additional "
             "verification of your experience from your supervisor before we can issue the license.",
    ),
    no_record(
        "bar",
        sender="State Bar <admissions@statebar.example>",
        subject="Moral character determination",
        body="Your application for determination of moral character has been approved. You are now "
             "eligible for admission to practice law upon passing the bar exam.",
    ),
    no_record(
        "patent",
        sender="USPTO <noreply@uspto.example.gov>",
        subject="Notice of Allowance - Application 17/123,456",
        body="A Notice of Allowance has been issued for your patent application 17/123,456. The issue "
             "fee is due within three months.",
    ),
    no_record(
        "trademark",
        sender="Trademark Office <teas@uspto.example.gov>",
        subject="Office action issued on your trademark application",
        body="An office action has been issued on your trademark application for FERNLY. You must "
             "respond within three months or your application will be abandoned.",
    ),
    no_record(
        "research_study",
        sender="UX Research at Figma <research@figma.example>",
        subject="Thanks for applying to our research study",
        body="Hi Jordan, thanks for applying to participate in our research study! You've been selected "
             "for a 45-minute session next week. You'll receive a $100 gift card.",
    ),
    no_record(
        "clinical_trial",
        sender="StudyConnect <screening@studyconnect.example>",
        subject="Your study pre-screening result",
        body="Thank you for your interest in the sleep study. Unfortunately, based on your answers, you "
             "are not eligible to participate at this time.",
    ),
    no_record(
        "apple_dev",
        sender="Apple Developer <developer@apple.com>",
        subject="Your enrollment in the Apple Developer Program",
        body="Your enrollment request for the Apple Developer Program is being reviewed. We'll email you "
             "when the review is complete.",
    ),
    no_record(
        "gde",
        sender="Google Developer Experts <gde@google.example>",
        subject="Your GDE application",
        body="Thank you for applying to the Google Developer Experts program. After review, we are "
             "unable to move forward with your application this cycle.",
    ),
    no_record(
        "sba",
        sender="SBA <disastercustomerservice@sba.example.gov>",
        subject="Loan application status",
        body="Your application for an Economic Injury Disaster Loan has been approved. Please sign the "
             "loan documents in the portal.",
    ),
    no_record(
        "security_deposit",
        sender="Harbor Lane Apartments <leasing@harborlane.example>",
        subject="Deposit refund",
        body="Your security deposit refund of $1,150 has been processed after your move-out inspection.",
    ),
    no_record(
        "upwork_promo",
        sender="Upwork <donotreply@upwork.com>",
        subject="Boost your proposals with Connects",
        body="Freelancers who boost their proposals are 2x more likely to be hired. Buy Connects and "
             "stand out to clients.",
    ),
    no_record(
        "mentorship",
        sender="Women Who Code <mentorship@wwcode.example>",
        subject="Mentorship program: you've been matched",
        body="Thank you for applying to the Spring Mentorship Program! We're happy to tell you that "
             "you've been matched with a mentor. Your first session is next week.",
    ),
    no_record(
        "toastmasters",
        sender="Toastmasters <club@toastmasters.example>",
        subject="Your membership application",
        body="Welcome to Downtown Speakers! Your membership application has been accepted by the club "
             "officers.",
    ),
    no_record(
        "elected",
        sender="IEEE <member-services@ieee.example>",
        subject="Senior Member elevation: approved",
        body="Congratulations! Your application for elevation to IEEE Senior Member has been approved by "
             "the Admission and Advancement Review Panel.",
    ),
    no_record(
        "jury_select",
        sender="Jury Office <jury@courts.example.gov>",
        subject="Juror questionnaire",
        body="You have been selected as a prospective juror. Please complete the questionnaire online. "
             "You may be called for voir dire interview on April 2.",
    ),
]

IN_OTHER_LANGUAGES = [
    no_record(
        "fr_master",
        sender="Service des admissions <admissions@univ-lyon.example>",
        subject="Votre candidature au Master MIASHS",
        body="Bonjour Camille,\n\nNous avons le plaisir de vous informer que votre candidature au Master "
             "1 MIASHS a été retenue. Merci de confirmer votre inscription avant le 15 juillet sur la "
             "plateforme.",
    ),
    no_record(
        "fr_master_refus",
        sender="Parcoursup <noreply@parcoursup.fr>",
        subject="Réponse à votre candidature",
        body="Bonjour,\n\nNous sommes au regret de vous informer que votre candidature à la formation "
             "BTS SIO n'a pas été retenue. Vous pouvez consulter les autres propositions dans votre "
             "dossier.",
    ),
    no_record(
        "fr_logement",
        sender="Agence Foncia <location@foncia.example>",
        subject="Votre dossier de location",
        body="Bonjour Monsieur Dubois,\n\nNous avons bien reçu votre dossier de candidature pour "
             "l'appartement situé 14 rue Lafayette. Le propriétaire étudie actuellement les dossiers et "
             "reviendra vers vous sous 10 jours.",
    ),
    no_record(
        "fr_logement_refus",
        sender="Agence Foncia <location@foncia.example>",
        subject="Suite à votre candidature pour l'appartement",
        body="Bonjour,\n\nNous sommes au regret de vous informer que le propriétaire a retenu un autre "
             "dossier pour l'appartement rue Lafayette. Nous vous souhaitons bonne chance dans vos "
             "recherches.",
    ),
    no_record(
        "fr_bourse",
        sender="Campus France <bourses@campusfrance.example>",
        subject="Résultat de votre demande de bourse",
        body="Madame,\n\nNous avons le regret de vous informer que votre demande de bourse d'études n'a "
             "pas été retenue par la commission.",
    ),
    no_record(
        "fr_pret",
        sender="Boursorama Banque <noreply@boursorama.example>",
        subject="Votre demande de prêt personnel",
        body="Bonjour,\n\nVotre demande de prêt personnel a été acceptée. Les fonds seront versés sur "
             "votre compte sous 8 jours.",
    ),
    no_record(
        "fr_newsletter",
        sender="Cadremploi <newsletter@cadremploi.fr>",
        subject="Comment réussir votre entretien d'embauche",
        body="Cette semaine : 7 questions pièges en entretien et comment y répondre, les salaires des "
             "cadres en 2027. Lire la suite.",
    ),
    no_record(
        "de_studienplatz",
        sender="Hochschulstart <noreply@hochschulstart.de>",
        subject="Zulassungsangebot für Ihren Studienplatz",
        body="Sehr geehrte Frau Becker,\n\nwir freuen uns, Ihnen ein Zulassungsangebot für den "
             "Studiengang Informatik (B.Sc.) an der TU München zu machen. Bitte nehmen Sie das Angebot "
             "bis zum 20. August an.",
    ),
    no_record(
        "de_wohnung",
        sender="ImmoScout24 <noreply@immobilienscout24.de>",
        subject="Ihre Anfrage zur Wohnung in Berlin-Neukölln",
        body="Hallo Herr Schulz,\n\nder Anbieter hat Ihre Anfrage zur 2-Zimmer-Wohnung gelesen. Leider "
             "hat sich der Vermieter für einen anderen Interessenten entschieden.",
    ),
    no_record(
        "de_kredit",
        sender="ING Deutschland <info@ing.example>",
        subject="Ihr Kreditantrag wurde genehmigt",
        body="Guten Tag Herr Schulz,\n\nIhr Antrag auf einen Ratenkredit wurde genehmigt. Die Auszahlung "
             "erfolgt in 2 Werktagen.",
    ),
    no_record(
        "de_stipendium",
        sender="Studienstiftung <auswahl@studienstiftung.example>",
        subject="Ergebnis des Auswahlverfahrens",
        body="Liebe Frau Becker,\n\nleider müssen wir Ihnen mitteilen, dass wir Sie nicht in die "
             "Förderung aufnehmen können. Wir danken Ihnen für Ihre Bewerbung um ein Stipendium.",
    ),
    no_record(
        "de_kita",
        sender="Kita-Portal Hamburg <kita@hamburg.example>",
        subject="Zusage für einen Kitaplatz",
        body="Sehr geehrte Eltern,\n\nwir freuen uns, Ihnen einen Betreuungsplatz in der Kita "
             "Sonnenschein ab 1. August zusagen zu können.",
    ),
    no_record(
        "de_hr_intern",
        sender="Personalabteilung <personal@meinefirma.example>",
        subject="Ihre Gehaltsabrechnung November",
        body="Liebe Kolleginnen und Kollegen,\n\ndie Gehaltsabrechnungen für November stehen ab sofort "
             "im Mitarbeiterportal bereit.",
    ),
    no_record(
        "es_master",
        sender="Admisiones <admisiones@uc3m.example>",
        subject="Resolución de tu solicitud de admisión",
        body="Hola Lucía,\n\nNos complace comunicarte que has sido admitida en el Máster en Ciencia de "
             "Datos. Debes formalizar la matrícula antes del 10 de julio.",
    ),
    no_record(
        "es_beca",
        sender="Fundación La Caixa <becas@lacaixa.example>",
        subject="Resultado de la convocatoria de becas",
        body="Estimada Lucía,\n\nLamentamos comunicarte que tu solicitud de beca de posgrado no ha sido "
             "seleccionada en esta convocatoria.",
    ),
    no_record(
        "es_piso",
        sender="Idealista <noreply@idealista.com>",
        subject="El anunciante ha respondido a tu solicitud",
        body="Hola, el propietario del piso en Lavapiés ha respondido: lo siento, el piso ya está "
             "alquilado a otro candidato.",
    ),
    no_record(
        "es_newsletter",
        sender="InfoJobs <newsletter@infojobs.net>",
        subject="Cómo preparar tu próxima entrevista de trabajo",
        body="Esta semana: las 10 preguntas más frecuentes en una entrevista de trabajo y cómo "
             "responderlas. Leer más.",
    ),
    no_record(
        "nl_huurwoning",
        sender="WoningNet <noreply@woningnet.nl>",
        subject="Uitslag van uw reactie op een woning",
        body="Beste meneer De Vries,\n\nHelaas bent u niet geselecteerd voor de woning aan de Kerkstraat "
             "12. Er waren kandidaten met een langere inschrijfduur.",
    ),
    no_record(
        "nl_studie",
        sender="Studielink <noreply@studielink.nl>",
        subject="Je inschrijving is afgerond",
        body="Beste Daan,\n\nJe verzoek tot inschrijving voor de master Data Science aan de Universiteit "
             "Utrecht is goedgekeurd.",
    ),
    no_record(
        "nl_hypotheek",
        sender="Rabobank <noreply@rabobank.example>",
        subject="Uw hypotheekaanvraag",
        body="Geachte heer De Vries,\n\nUw hypotheekaanvraag is goedgekeurd. Uw adviseur neemt "
             "binnenkort contact met u op om het bindend aanbod te bespreken.",
    ),
    no_record(
        "pt_mestrado",
        sender="Secretaria de Pós-Graduação <posgrad@usp.example>",
        subject="Resultado do processo seletivo - Mestrado",
        body="Prezado João,\n\nTemos o prazer de informar que você foi aprovado no processo seletivo do "
             "Mestrado em Engenharia de Computação. A matrícula será em março.",
    ),
    no_record(
        "pt_cartao",
        sender="Nubank <meajuda@nubank.com.br>",
        subject="Sua solicitação de cartão foi aprovada",
        body="Olá João, boa notícia! Sua solicitação do cartão de crédito foi aprovada. Ele chega em até "
             "10 dias úteis.",
    ),
    no_record(
        "pt_newsletter",
        sender="Catho <newsletter@catho.com.br>",
        subject="Dicas para sua entrevista de emprego",
        body="Confira as dicas desta semana: como se vestir para uma entrevista de emprego e como falar "
             "de pretensão salarial. Leia mais.",
    ),
    no_record(
        "it_universita",
        sender="Segreteria Studenti <segreteria@polimi.example>",
        subject="Esito della tua candidatura alla laurea magistrale",
        body="Gentile Marco,\n\nsiamo lieti di comunicarti che la tua candidatura alla Laurea Magistrale "
             "in Computer Science Engineering è stata accettata.",
    ),
    no_record(
        "it_mutuo",
        sender="Intesa Sanpaolo <noreply@intesa.example>",
        subject="La tua richiesta di mutuo",
        body="Gentile cliente,\n\nla tua richiesta di mutuo è stata approvata. Il tuo consulente ti "
             "contatterà per fissare l'appuntamento dal notaio.",
    ),
    no_record(
        "it_borsa",
        sender="Ufficio Borse di Studio <borse@unibo.example>",
        subject="Esito borsa di studio",
        body="Gentile studente,\n\nci dispiace comunicarti che la tua domanda di borsa di studio non è "
             "stata accolta per mancanza di fondi.",
    ),
]

EMPLOYEES_REQUESTS_REVIEWS_STUDIES_AND_FLATS_IN_OTHER_LANGUAGES = [
    no_record(
        "de_urlaub",
        sender="Personio <noreply@personio.de>",
        subject="Ihr Urlaubsantrag wurde abgelehnt",
        body="Hallo Jonas,\n\nIhr Urlaubsantrag vom 06.04. bis 10.04. wurde von Ihrer Führungskraft "
             "abgelehnt. Grund: Release-Woche.",
    ),
    no_record(
        "de_gehalt",
        sender="Personalabteilung <personal@meinefirma.example>",
        subject="Einladung zum Mitarbeitergespräch",
        body="Liebe Frau Becker,\n\nich lade Sie herzlich zu Ihrem jährlichen Mitarbeitergespräch am 12. "
             "März um 10 Uhr ein. Bitte bereiten Sie Ihre Selbsteinschätzung vor.",
    ),
    no_record(
        "de_wohnung_besichtigung",
        sender="Hausverwaltung Krüger <vermietung@krueger-hv.example>",
        subject="Einladung zur Besichtigung",
        body="Sehr geehrter Herr Schulz,\n\nvielen Dank für Ihre Bewerbung um die 3-Zimmer-Wohnung in "
             "der Bergstraße. Gerne laden wir Sie zur Besichtigung am Samstag um 11 Uhr ein.",
    ),
    no_record(
        "de_kredit_abgelehnt",
        sender="DKB <info@dkb.example>",
        subject="Ihr Kreditantrag",
        body="Sehr geehrter Herr Schulz,\n\nleider können wir Ihren Kreditantrag nach eingehender "
             "Prüfung nicht genehmigen. Wir bedauern, Ihnen keine positive Nachricht geben zu können.",
    ),
    no_record(
        "de_studium_absage",
        sender="Universität Hamburg <bewerbung@uni-hamburg.example>",
        subject="Ablehnungsbescheid Masterstudiengang",
        body="Sehr geehrte Frau Becker,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihnen für den "
             "Masterstudiengang Data Science keinen Studienplatz anbieten können.",
    ),
    no_record(
        "fr_conges",
        sender="Lucca <notifications@lucca.fr>",
        subject="Votre demande d'absence a été refusée",
        body="Bonjour Camille,\n\nVotre demande de congés du 6 au 10 avril a été refusée par votre "
             "manager.",
    ),
    no_record(
        "fr_entretien_annuel",
        sender="Ressources Humaines <rh@monentreprise.example>",
        subject="Votre entretien annuel d'évaluation",
        body="Bonjour Camille,\n\nVotre entretien annuel d'évaluation avec votre manager aura lieu le 12 "
             "mars. Merci de compléter votre auto-évaluation avant cette date.",
    ),
    no_record(
        "fr_creche",
        sender="Mairie de Paris <creches@paris.example>",
        subject="Attribution d'une place en crèche",
        body="Madame, Monsieur,\n\nNous avons le plaisir de vous informer qu'une place en crèche a été "
             "attribuée à votre enfant à partir de septembre.",
    ),
    no_record(
        "fr_visa",
        sender="France-Visas <noreply@france-visas.example>",
        subject="Votre demande de visa",
        body="Votre demande de visa long séjour a été acceptée. Vous pouvez retirer votre passeport au "
             "consulat.",
    ),
    no_record(
        "es_universidad_rechazo",
        sender="Universidad de Granada <posgrado@ugr.example>",
        subject="Resolución de admisión al máster",
        body="Estimada Lucía,\n\nLamentamos comunicarte que no has sido admitida en el Máster en Ciencia "
             "de Datos en esta convocatoria.",
    ),
    no_record(
        "nl_verlof",
        sender="AFAS <noreply@afas.example>",
        subject="Je verlofaanvraag is afgewezen",
        body="Beste Daan,\n\nJe verlofaanvraag voor 6 t/m 10 april is afgewezen door je leidinggevende.",
    ),
    no_record(
        "nl_studie_afwijzing",
        sender="Universiteit van Amsterdam <admissions@uva.example>",
        subject="Besluit over je toelating",
        body="Beste Daan,\n\nHelaas moeten we je meedelen dat je niet bent toegelaten tot de master Data "
             "Science.",
    ),
    no_record(
        "pt_ferias",
        sender="Gupy Colaborador <noreply@gupy.example>",
        subject="Sua solicitação de férias foi recusada",
        body="Olá João, sua solicitação de férias de 6 a 10 de abril foi recusada pelo seu gestor.",
    ),
    no_record(
        "it_ferie",
        sender="Zucchetti HR <noreply@zucchetti.example>",
        subject="Richiesta ferie respinta",
        body="Gentile Marco, la tua richiesta di ferie dal 6 al 10 aprile è stata respinta dal tuo "
             "responsabile.",
    ),
    no_record(
        "it_affitto",
        sender="Immobiliare.it <noreply@immobiliare.it>",
        subject="Il proprietario ha risposto",
        body="Ciao Marco, purtroppo il proprietario ha scelto un altro candidato per l'appartamento in "
             "via Roma.",
    ),
]

JOB_APPLICATIONS_IN_THE_SAME_WORDS = [
    application(
        "c_uni_job",
        Status.APPLIED,
        'University of Northfield',
        'Research Assistant',
        sender="University of Northfield <recruitment@northfield.ac.uk>",
        subject="Your application: Research Assistant (Ref 4412)",
        body="Dear Priya,\n\nThank you for your application for the post of Research Assistant in the "
             "School of Computing. The closing date is 12 March and shortlisted candidates will be "
             "invited to interview.",
    ),
    application(
        "c_uni_reject",
        Status.REJECTED,
        None,
        None,
        sender="HR Services <jobs@eastbrook.edu>",
        subject="Lecturer in Statistics - outcome",
        body="Dear Dr Lewis,\n\nThank you for applying for the position of Lecturer in Statistics. We "
             "regret to inform you that you have not been shortlisted on this occasion.",
    ),
    application(
        "c_bank_job",
        Status.APPLIED,
        'Barclays',
        'Graduate Analyst',
        sender="Barclays Careers <careers@barclays.example>",
        subject="Your application for Graduate Analyst",
        body="Hi Sam,\n\nThanks for applying for the Graduate Analyst programme at Barclays. Your "
             "application is now under review.",
    ),
    application(
        "c_insurer_reject",
        Status.REJECTED,
        'Aviva',
        'Claims Handler',
        sender="Aviva Talent <talent@aviva.example>",
        subject="Claims Handler application",
        body="Dear Sam,\n\nThank you for your interest in the Claims Handler role at Aviva. "
             "Unfortunately we will not be progressing your application further.",
    ),
    application(
        "c_housing_assoc",
        Status.INTERVIEW,
        'Clarion Housing',
        'Housing Officer',
        sender="Clarion Housing Recruitment <recruitment@clarion.example>",
        subject="Interview invitation - Housing Officer",
        body="Dear Emma,\n\nWe are pleased to invite you to interview for the Housing Officer position "
             "on 12 May at our London office.",
    ),
    application(
        "c_charity_vol_job",
        Status.APPLIED,
        None,
        'Volunteer Coordinator',
        sender="Red Cross <jobs@redcross.example>",
        subject="Volunteer Coordinator - application received",
        body="Dear Emma,\n\nThank you for applying for the paid position of Volunteer Coordinator. We "
             "will review all applications after the closing date.",
    ),
    application(
        "c_school_teacher",
        Status.INTERVIEW,
        None,
        None,
        sender="St Mary's School <office@stmarys.example>",
        subject="Teaching Assistant vacancy",
        body="Dear Ms Ahmed,\n\nThank you for your application for the Teaching Assistant vacancy. We "
             "would like to invite you to interview on Thursday at 2pm.",
    ),
    application(
        "c_phd_job",
        Status.APPLIED,
        None,
        None,
        sender="TU Eastbrook Personnel <jobs@tu-eastbrook.example>",
        subject="Your application: Doctoral Researcher (m/f/d)",
        body="Dear Mr. Okafor,\n\nThank you for your application for the position of Doctoral Researcher "
             "(m/f/d) in Computational Biology. We have received your documents.",
    ),
    application(
        "c_recruiter_person",
        Status.INTERVIEW,
        'Kestrel Bank',
        None,
        sender="Jane Holt <jane.holt@brightpath-recruitment.co.uk>",
        subject="Interview confirmed - Kestrel Bank",
        body="Hi Sam,\n\nGreat news, Kestrel Bank would like to interview you for the Payroll Officer "
             "role on Tuesday at 10am.",
    ),
    application(
        "c_offer",
        Status.OFFER,
        None,
        None,
        sender="Lisa Park <lisa.park@acmecorp.example>",
        subject="Offer of employment - Backend Engineer",
        body="Hi Sam,\n\nWe are delighted to offer you the position of Backend Engineer at Acme Corp. "
             "Please find your offer letter attached.",
    ),
    application(
        "c_fr_job",
        Status.APPLIED,
        None,
        None,
        sender="Carrefour Recrutement <recrutement@carrefour.example>",
        subject="Votre candidature",
        body="Bonjour Camille,\n\nNous avons bien reçu votre candidature au poste de Chef de rayon et "
             "nous vous en remercions.",
    ),
    application(
        "c_de_job",
        Status.REJECTED,
        None,
        None,
        sender="Siemens Karriere <karriere@siemens.example>",
        subject="Ihre Bewerbung als Werkstudent",
        body="Sehr geehrte Frau Becker,\n\nvielen Dank für Ihre Bewerbung als Werkstudent (m/w/d) im "
             "Bereich Data Analytics. Leider müssen wir Ihnen mitteilen, dass wir uns für andere "
             "Kandidaten entschieden haben.",
    ),
    application(
        "c_es_job",
        Status.REJECTED,
        None,
        None,
        sender="Talento BBVA <talento@bbva.example>",
        subject="Tu candidatura para Analista de Datos",
        body="Hola Lucía,\n\nGracias por tu interés en el puesto de Analista de Datos. Lamentamos "
             "comunicarte que hemos decidido continuar con otros candidatos.",
    ),
    application(
        "c_nl_job",
        Status.INTERVIEW,
        None,
        None,
        sender="Rabobank Werving <werving@rabobank.example>",
        subject="Uitnodiging sollicitatiegesprek",
        body="Beste Daan,\n\nBedankt voor je sollicitatie als Data Engineer. We nodigen je graag uit "
             "voor een sollicitatiegesprek op dinsdag 14 mei.",
    ),
    application(
        "c_greenhouse",
        Status.APPLIED,
        'Ramp',
        'Senior Backend Engineer',
        sender="Ramp <no-reply@greenhouse.io>",
        subject="Thank you for applying to Ramp",
        body="Hi Sam,\n\nThanks for applying to Ramp! We've received your application for Senior Backend "
             "Engineer and our team will review it.",
    ),
    application(
        "c_position_filled",
        Status.REJECTED,
        None,
        None,
        sender="Hiring Team <hiring@brightwell.example>",
        subject="Operations Manager",
        body="Dear Sam,\n\nThank you for your interest in the Operations Manager role. We wanted to let "
             "you know that the position has been filled.",
    ),
    application(
        "c_hospital",
        Status.APPLIED,
        None,
        None,
        sender="NHS Jobs <noreply@jobs.nhs.example>",
        subject="Application shortlisted: Staff Nurse",
        body="Dear Emma,\n\nYour application for Staff Nurse at Leeds Teaching Hospitals has been "
             "shortlisted. You will be contacted with an interview date.",
    ),
    application(
        "c_intern",
        Status.INTERVIEW,
        None,
        None,
        sender="Jane Street <recruiting@janestreet.example>",
        subject="Your Jane Street application",
        body="Hi Sam,\n\nWe'd like to invite you to a phone interview for the Software Engineering "
             "Internship. Please choose a time.",
    ),
    application(
        "c_ui_examiner",
        Status.APPLIED,
        None,
        None,
        sender="Colorado Department of Labor <jobs@cdle.example.gov>",
        subject="Application received: Unemployment Claims Examiner",
        body="Dear Jordan,\n\nThank you for applying for the Unemployment Claims Examiner position. Your "
             "application will be reviewed after the posting closes.",
    ),
    application(
        "c_licensing",
        Status.INTERVIEW,
        None,
        None,
        sender="State Board HR <hr@cba.example.gov>",
        subject="Interview: Licensing Specialist",
        body="Dear Jordan,\n\nThank you for your application for a Licensing Specialist role with the "
             "Board. We would like to invite you to an interview on April 3 at 10am.",
    ),
    application(
        "c_study_coord",
        Status.REJECTED,
        None,
        None,
        sender="Northgate Health Recruitment <careers@northgatehealth.example>",
        subject="Research Study Coordinator",
        body="Dear Jordan,\n\nThank you for your interest in the Research Study Coordinator position. "
             "Unfortunately we have decided to move forward with other candidates.",
    ),
    application(
        "c_mentor_manager",
        Status.INTERVIEW,
        None,
        None,
        sender="Women Who Code <jobs@wwcode.example>",
        subject="Your application for Mentorship Program Manager",
        body="Hi Jordan,\n\nThanks for applying for the Mentorship Program Manager job. We'd like to "
             "schedule a 30-minute phone screen next week.",
    ),
]
# fmt: on


@pytest.mark.parametrize("mail", STUDY_FUNDING_HOMES_CREDIT_AND_PAPERS)
def test_an_application_for_something_else_than_a_job_makes_no_record(mail):
    assert_no_record(mail)


@pytest.mark.parametrize("mail", LICENCES_BENEFITS_STUDIES_AND_PROGRAMMES)
def test_licences_benefit_claims_studies_and_programmes_make_no_record(mail):
    assert_no_record(mail)


@pytest.mark.parametrize("mail", IN_OTHER_LANGUAGES)
def test_the_same_in_french_german_spanish_dutch_portuguese_and_italian(mail):
    assert_no_record(mail)


@pytest.mark.parametrize("mail", EMPLOYEES_REQUESTS_REVIEWS_STUDIES_AND_FLATS_IN_OTHER_LANGUAGES)
def test_an_employees_leave_request_or_yearly_review_and_a_students_or_tenants_mail_make_no_record(mail):
    assert_no_record(mail)


@pytest.mark.parametrize(("mail", "status", "company", "title"), JOB_APPLICATIONS_IN_THE_SAME_WORDS)
def test_a_job_application_in_the_same_words_stays_an_application(mail, status, company, title):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is status, result
    if company is not None:
        assert same_company(result.company, company), result.company
    if title is not None:
        assert same_title(result.job_title, title), result.job_title
