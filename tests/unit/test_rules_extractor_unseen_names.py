"""Employers and titles of shapes the rules never met (invented mail), the classes the name-swap bench
(bench/name_swap.py) found: the reading must not lean on the names it was written from.

A brand ending in a possessive keeps it where a possessive could not stand ("interest in Marlow's and",
"Marlow's would like", "Marlow's LLC", "your Marlow's application"), while "Acme's hiring team" stays
Acme's. A legal form with its dot closes the employer's name ("Acme Ltd. We're excited"). A mailbox
named "Brantley Voss Careers" or "No Reply (Brantley Voss)" is an employer's, however person-shaped
its name, and so is "an update on your application from Brantley Voss"; "pryorwendt.com" is
"Pryor & Wendt"'s; "zbt.com" spells the "ZBT" of the text; "[REMOTE]" names nobody. A signature's
"Bäckerei Lindholm, LLC" names the bakery, not "LLC"; "Nuvio.ai Inc." is "Nuvio.ai". "maddoxlyle.at"
spells the "Maddox & Lyle" of the text; "HR Business Partner:in" or "Recruiterin" is a recruiter's
line, the organisation signs below it. "plantwise.com" and "staldric.org" spell the text's
"Plantwise.com" and "St. Aldric Medical Center", not the "2026 St. Aldric Medical Center Leadership
Development" programme the name opens.

Titles: roles known by how they are built ("Arborist", "Lagerlogistiker", "Praktikum X", "Learning &
Development Partner"), a title's end before "through our career portal", and "- Acme Early Careers"
after a title is the employer's hiring side, no part of the role.
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

BRAND_POSSESSIVES = [
    row(
        "a_brand_followed_by_and",
        Status.APPLIED,
        "Hadley's",
        "Store Operations Analyst",
        sender="Hadley's Workday <hadleys@myworkday.com>",
        subject="Thank You for Applying",
        body="Thanks for your interest in Hadley's and in our Store Operations Analyst opening! "
        "Your application has been received; our reviewers now have it.\n- Hadley's Recruiting Team",
    ),
    row(
        "a_brand_followed_by_for",
        Status.APPLIED,
        "Corrigan's",
        "Parts Counter Associate",
        sender='"Corrigan\'s Motors @ icims" <corrigans+autoreply@talent.icims.com>',
        subject="Thank you for applying at Corrigan's",
        body="Dear Sam, Many thanks for the application you sent to Corrigan's for the position of "
        "Parts Counter Associate. Our staff will look through it and reach out should your experience "
        "suit the opening.",
    ),
    row(
        "a_brand_followed_by_at_this_time",
        Status.REJECTED,
        "Bellamy's",
        "Merchandise Planner",
        sender="Bellamy's Talent Acquisition <noreply@bellamys.com>",
        subject="Application Update",
        body="Hello Sam,\n\nThank you for your interest in Bellamy's and for applying to the Merchandise "
        "Planner position.\n\nWe have decided to pursue different candidates who more closely meet the "
        "current needs of Bellamy's at this time.\n\nAll the best,\nBellamy's Talent Acquisition",
    ),
    row(
        "your_brands_application",
        Status.APPLIED,
        "Ostler's",
        "Inventory Analyst",
        sender="Ostler's <recruiting-noreply@ostlers.com>",
        subject="Thank you - we've received your Ostler's application",
        body="Hello Sam,\nThanks for your application for the Inventory Analyst position. "
        "Our team will look at your qualifications shortly.\nBest regards,\nOstler's Recruiting",
    ),
    row(
        "a_brand_followed_by_its_legal_form",
        Status.REJECTED,
        "Brunner's",
        None,
        sender="Karriere Brunner's GmbH",
        subject="Ihre Bewerbung",
        body="Sehr geehrter Herr Bauer,\n\ndanke für Ihre Unterlagen. Wir haben uns leider "
        "für eine andere Kandidatin entschieden.\n\nMit freundlichen "
        "Grüßen\nBrunner's GmbH",
    ),
    row(
        "joining_a_brand_as",
        Status.APPLIED,
        "Pemberton's",
        "Pastry Cook",
        sender="Pemberton's Careers <careers@pembertons.com>",
        subject="Your application",
        body="Hi Sam,\nThanks for applying to join Pemberton's as a Pastry Cook. Our kitchen manager will "
        "review your application this week.\nPemberton's Careers",
    ),
    row(
        "a_board_card_naming_a_brand",
        Status.APPLIED,
        "Gallagher's",
        "Sales Associate",
        sender="Indeed <indeedapply@indeed.com>",
        subject="Indeed Application: Sales Associate",
        body="Application submitted\nSales Associate\nGallagher's - Boston, MA\nThe following items were "
        "sent to Gallagher's. Good luck!",
    ),
    row(
        "a_brand_followed_by_its_verb",
        Status.INTERVIEW,
        "Fenmore's",
        "Shift Supervisor",
        sender="Fenmore's Hiring <hiring@fenmores.com>",
        subject="Interview invitation - Shift Supervisor",
        body="Hi Sam,\nFenmore's would like to invite you to interview for the Shift Supervisor role. "
        "Please pick a time that works for you.\nThanks,\nFenmore's Hiring Team",
    ),
    row(
        "a_brand_followed_by_llc",
        Status.APPLIED,
        "Rowland's",
        "Payroll Clerk",
        sender="Talent Team <talent@rowlands.com>",
        subject="Application received: Payroll Clerk",
        body="Dear Sam,\nWe've received your application for Payroll Clerk. Rowland's LLC reviews every "
        "application carefully.\nRowland's LLC Talent Team",
    ),
    row(
        "an_employers_team_where_the_mail_also_writes_it_bare",
        Status.APPLIED,
        "Acme",
        "Data Engineer",
        sender="Acme Careers <careers@acme.com>",
        subject="Thanks for applying to Acme",
        body="Hi Sam,\nThanks for applying to Acme for the Data Engineer role. Acme's recruiting team "
        "will go through your application and write back.",
    ),
    row(
        "an_employers_hiring_team_only_ever_possessive",
        Status.APPLIED,
        "Veltrana",
        "Platform Engineer",
        sender="Veltrana Recruiting <jobs@veltrana.com>",
        subject="Your application",
        body="Hi Sam,\nVeltrana's hiring team has received your application for the Platform Engineer "
        "position and will review it shortly.\nVeltrana's Talent team",
    ),
    row(
        "two_employers_possessives_joined_by_and",
        Status.APPLIED,
        "Corvanta",
        "Data Analyst",
        sender="Corvanta Talent <talent@corvanta.com>",
        subject="Application received - Data Analyst",
        body="Hi Sam,\nThanks for applying to Corvanta for the Data Analyst role. Corvanta's and "
        "Brightline's joint team will review it.",
    ),
    row(
        "an_employers_portal",
        Status.APPLIED,
        "Quillmore",
        "Support Engineer",
        sender="Quillmore <no-reply@quillmore.com>",
        subject="We received your application",
        body="Hi Sam,\nThank you for applying for the Support Engineer role. You can follow your "
        "application in Quillmore's candidate portal.\nQuillmore Talent",
    ),
]

LEGAL_FORMS_CLOSING_A_NAME = [
    row(
        "ltd_before_a_sentence",
        Status.APPLIED,
        "Harwick Ltd.",
        "Data Engineer",
        sender="Harwick Ltd Hiring Team <no-reply@ashbyhq.com>",
        subject="Harwick Ltd // Nice to meet you",
        body="Dear Sam,\nThanks for your interest in Harwick Ltd. We're glad you got in touch. Our "
        "talent team will go through your application for the Data Engineer role soon.",
    ),
    row(
        "inc_before_good_luck",
        Status.APPLIED,
        "Tollan Freight Inc.",
        "Warehouse Associate",
        sender="Indeed Apply <indeedapply@indeed.com>",
        subject="Indeed Application: Warehouse Associate",
        body="Application submitted\nWarehouse Associate\nTollan Freight Inc. - Reno, NV\nThe following "
        "items were sent to Tollan Freight Inc. Good luck!",
    ),
    row(
        "corp_before_our_team",
        Status.APPLIED,
        "Ostrava Systems Corp.",
        "Controls Engineer",
        sender="Careers <careers@ostrava.com>",
        subject="Application received",
        body="Hi Sam,\nThank you for applying to the Controls Engineer position at Ostrava Systems Corp. "
        "Our team will review your application within two weeks.",
    ),
    row(
        "co_before_unfortunately",
        Status.REJECTED,
        "Pembry Trading Co.",
        "Buyer",
        sender="Recruiting <jobs@pembry.com>",
        subject="Your application",
        body="Dear Sam,\nThank you for your interest in the Buyer role at Pembry Trading Co. "
        "Unfortunately, we will not be progressing your application.",
    ),
    row(
        "s_a_before_a_spanish_sentence",
        Status.APPLIED,
        "Vallone S.A.",
        "Analista de Datos",
        sender="Talento <talento@vallone.es>",
        subject="Su candidatura",
        body="Estimado Sam,\nGracias por su interés en Vallone S.A. Le informamos que hemos recibido su "
        "candidatura para el puesto de Analista de Datos.",
    ),
    row(
        "ltd_before_please_and_signing",
        Status.INTERVIEW,
        "Kellner Builders Ltd.",
        "Site Manager",
        sender="Kellner Hiring <hiring@kellner.co.uk>",
        subject="Interview invitation: Site Manager",
        body="Hi Sam,\nWe would like to invite you to an interview for the Site Manager role at Kellner "
        "Builders Ltd. Please choose a slot using the link below.\nKind regards,\nKellner Builders "
        "Ltd.",
    ),
    row(
        "llc_before_please",
        Status.APPLIED,
        "Tollan Media LLC",
        "Account Executive",
        sender="Tollan Talent <talent@tollan.com>",
        subject="Thanks for applying",
        body="Hi Sam,\nThank you for applying to the Account Executive position with Tollan Media LLC. "
        "Please allow 5-7 business days for our team to review.",
    ),
    row(
        "co_ltd_is_one_legal_form",
        Status.APPLIED,
        "Hanwoo Electronics Co. Ltd.",
        "Firmware Engineer",
        sender="HR <hr@hanwoo.com>",
        subject="Application received",
        body="Dear Sam,\nThank you for applying to Hanwoo Electronics Co. Ltd. for the Firmware Engineer "
        "position. We will contact you soon.",
    ),
    row(
        "pty_ltd_is_one_legal_form",
        Status.APPLIED,
        "Wattle Survey Pty. Ltd.",
        "Graduate Surveyor",
        sender="Careers <careers@wattle.com.au>",
        subject="Your application",
        body="Hi Sam,\nThanks for your application for Graduate Surveyor at Wattle Survey Pty. Ltd. We "
        "will be in touch.",
    ),
]


EMPLOYERS_BY_SHAPE = [
    row(
        "a_person_shaped_employers_careers_mailbox",
        Status.APPLIED,
        "Brantley Voss",
        None,
        sender="Brantley Voss Careers",
        subject="We have received your application",
        body="",
    ),
    row(
        "a_person_shaped_employers_recruiting_mailbox",
        Status.APPLIED,
        "Merrin Faulk",
        "Software Engineer",
        sender="Merrin Faulk Recruiting",
        subject="Your application for Software Engineer, Job ID 1414443",
        body="",
    ),
    row(
        "a_person_shaped_employers_hr_mailbox",
        Status.APPLIED,
        "Hartwell Pike",
        "Claims Analyst",
        sender="Hartwell Pike HR",
        subject="Your application: Claims Analyst",
        body="",
    ),
    row(
        "a_person_shaped_employers_talent_mailbox_at_its_domain",
        Status.APPLIED,
        "Calder Rowe",
        "Store Planner",
        sender="Calder Rowe Talent Acquisition <talent@calderrowe.com>",
        subject="Application received",
        body="Hi Sam,\nThank you for applying for the Store Planner position. We will review your "
        "application shortly.",
    ),
    row(
        "a_recruiter_with_a_role_in_the_display_name_is_a_person",
        Status.INTERVIEW,
        "Quillmore",
        "Data Analyst",
        sender="Jane Porter, Recruiter <no-reply@greenhouse.io>",
        subject="Next steps",
        body="Hi Sam,\nThanks for applying to Quillmore for the Data Analyst role. I'd love to set up a "
        "phone screen this week - what times work for you?\nJane",
    ),
    row(
        "a_recruiter_relayed_by_an_ats_is_a_person",
        Status.INTERVIEW,
        "Quillmore",
        "Data Analyst",
        sender="Jane Porter <no-reply@greenhouse.io>",
        subject="Next steps",
        body="Hi Sam,\nThanks for applying to Quillmore for the Data Analyst role. I'd love to set up a "
        "phone screen this week - what times work for you?\nJane",
    ),
    row(
        "an_x_and_y_group_opening_a_subject_with_an_en_dash",
        Status.APPLIED,
        "Pryor & Wendt Group",
        "Junior Payroll Analyst",
        sender="HR System <HRsystem@pryorwendt.com>",
        subject="Pryor & Wendt Group – New Job Application Received",
        body="Dear Sam, We appreciate the application and your interest in the position of Junior Payroll "
        "Analyst. Someone from our Talent Acquisition Team will look it over and write back soon.",
    ),
    row(
        "an_x_and_y_signature_beside_a_programmes_name",
        Status.APPLIED,
        "Hollis & Crane",
        "2026 Engineering Rotation Programme - Data Platforms",
        sender="Opportunities <opportunities@careeralerts.hollisandcrane.org>",
        subject="Thank you for applying",
        body="Thanks for applying to the 2026 Engineering Rotation Programme - Data "
        "Platforms.\nIt is good to hear from you.\nBest Regards,\nHollis & Crane Talent "
        "Acquisition Team",
    ),
    row(
        "an_x_and_y_subject_with_a_work_arrangement_tag",
        Status.REJECTED,
        "Orme & Baxter",
        "Global Account Manager",
        sender="Greta Oakhurst <greta.oakhurst@ormebaxter.io>",
        subject="Orme & Baxter - Global Account Manager [REMOTE]",
        body="Hi Sam,\n\nIt was good of you to meet the panel about the Global Account "
        "Manager [REMOTE] opening. Sadly they've decided to go forward with "
        "other applicants for now.",
    ),
    row(
        "x_and_y_written_out_with_its_domain_run_together",
        Status.APPLIED,
        "Fenwick and Dale",
        "Estimator",
        sender="Careers <careers@fenwickanddale.com>",
        subject="Your application to Fenwick and Dale",
        body="Hi Sam,\nThanks for applying to Fenwick and Dale for the Estimator role. We will be in touch.",
    ),
    row(
        "a_three_letter_employer_opening_its_programmes_name",
        Status.APPLIED,
        "ZBT",
        "2026 ZBT Leadership Rotation Program - Treasury",
        sender="ZBT Recruiting <recruiting-noreply@hr.zbt.com>",
        subject="Thank you for applying - 2026 ZBT Leadership Rotation Program - Treasury",
        body="Hello Sam, Thanks for applying for the 2026 ZBT Leadership Rotation Program - Treasury "
        "position. We're currently reviewing your experience.",
    ),
    row(
        "a_three_letter_employer_in_the_body",
        Status.APPLIED,
        "QTX",
        "Test Engineer",
        sender="Careers <careers@qtx.com>",
        subject="Application received",
        body="Hi Sam,\nThank you for applying to QTX. We've received your application for the Test "
        "Engineer position.",
    ),
    row(
        "a_three_letter_employer_signing",
        Status.APPLIED,
        "HXL",
        "Field Technician",
        sender="no-reply@hxl.com",
        subject="Your application",
        body="Dear Sam,\nWe received your application for Field Technician and will review it "
        "shortly.\nBest regards,\nThe HXL Recruiting Team",
    ),
    row(
        "a_hybrid_tag_in_brackets_is_no_employer",
        Status.APPLIED,
        "Veltrana",
        "Product Designer",
        sender="Veltrana Talent <talent@veltrana.com>",
        subject="[Hybrid] Product Designer - application received",
        body="Hi Sam,\nThank you for applying to Veltrana for the Product Designer role.",
    ),
    row(
        "an_update_on_your_application_from_a_person_shaped_employer",
        Status.REJECTED,
        "Merrin Faulk",
        "Outreach Coordinator",
        sender="",
        subject="An update on your application from Merrin Faulk",
        body="Thanks for your interest in the Outreach Coordinator position at Merrin Faulk. We're sorry to "
        "say your application was not selected this round.",
    ),
    row(
        "an_update_from_a_person_shaped_employer_in_the_subject",
        Status.REJECTED,
        "Hartwell Pike",
        None,
        sender="Careers <no-reply@icims.com>",
        subject="An update on your application from Hartwell Pike",
        body="Dear Sam,\nUnfortunately we will not be progressing your application.",
    ),
    row(
        "a_no_reply_mailbox_naming_a_person_shaped_employer",
        Status.REJECTED,
        "Tolland Creed",
        None,
        sender="No Reply (Tolland Creed) via Talemetry <noreply@talemetry.com>",
        subject="Application Status",
        body="Dear Sam,\nThank you for your interest. We've decided to go forward with other applicants.",
    ),
    row(
        "a_notifications_mailbox_of_a_person_shaped_employer",
        Status.APPLIED,
        "Tolland Creed",
        "Planner",
        sender="Tolland Creed Notifications <notifications@smartrecruiters.com>",
        subject="Thanks for applying",
        body="Hi Sam,\nThanks for applying for the Planner role. We'll review your application soon.",
    ),
    row(
        "a_recruiter_relayed_by_an_ats_stays_a_person",
        Status.INTERVIEW,
        "Veltrana",
        "Planner",
        sender="Jane Porter via Greenhouse <no-reply@greenhouse.io>",
        subject="Quick chat?",
        body="Hi Sam,\nThanks for applying to Veltrana for the Planner role. Do you have time for a call "
        "this week?\nJane",
    ),
    row(
        "an_application_from_the_candidate_names_the_candidate",
        Status.APPLIED,
        "Quillmore",
        "Planner",
        sender="Workday <acme@myworkday.com>",
        subject="Application from Sam Lee received",
        body="Thank you for applying to Quillmore for the Planner position.",
    ),
]


LEGAL_FORMS_AFTER_A_NAME = [
    row(
        "a_french_named_firm_signing_with_llc_after_a_comma",
        Status.ASSESSMENT,
        "Maison Dufrenne",
        "Accounts Receivable Specialist",
        sender="Tobias Renwick <tobias.renwick@maisondufrenne.com>",
        subject="Thank you for your interest in the Accounts Receivable Specialist role",
        body="Good to see you want to join our team. We'd now like you to take the following "
        "stage of our selection: the screening test attached.\n\nKind Regards,\nTobias "
        "Renwick\nHuman Resources Team | HR Manager\nMaison Dufrenne, LLC",
    ),
    row(
        "a_spanish_named_group_signing_with_inc_after_a_comma",
        Status.INTERVIEW,
        "Grupo Castellar, Inc",
        "Logistics Coordinator",
        sender="Lucia Soto <lsoto@grupocastellar.com>",
        subject="Interview - Logistics Coordinator",
        body="Hi Sam,\nWe would like to invite you to an interview for the Logistics Coordinator role "
        "next Tuesday at 10am.\n\nBest regards,\nLucia Soto\nTalent Acquisition Specialist\nGrupo "
        "Castellar, Inc.",
    ),
    row(
        "a_german_named_bakery_signing_with_llc_after_a_comma",
        Status.ASSESSMENT,
        "Bäckerei Lindholm",
        None,
        sender="Jonas Weber <jonas@backereilindholm.com>",
        subject="Your application",
        body="Good to see you want to join our team. We'd now like you to take a short "
        "skills test for the Shift Baker role.\n\nKind Regards,\nJonas Weber\nHuman Resources Team | "
        "HR Manager\nBäckerei Lindholm, LLC",
    ),
    row(
        "a_dotted_brand_with_inc",
        Status.APPLIED,
        "Nuvio.ai",
        "Solutions Engineer",
        sender="Talent <talent@nuvio.ai>",
        subject="Thanks for applying to Nuvio.ai",
        body="Hi Sam,\nThanks for applying for the Solutions Engineer role at Nuvio.ai. We'll be in touch "
        "soon.\n\nThe Nuvio.ai Talent Team\nNuvio.ai Inc., 12 Harbor Street, Boston",
    ),
    row(
        "a_dotted_brand_with_llc_in_its_footer",
        Status.APPLIED,
        "Ledgerly.io LLC",
        "Billing Analyst",
        sender="Ledgerly.io Recruiting <jobs@ledgerly.io>",
        subject="Application received: Billing Analyst",
        body="Hi Sam,\nWe've received your application for the Billing Analyst position.\n\n© 2025 "
        "Ledgerly.io LLC. All rights reserved.",
    ),
    row(
        "a_dotted_brand_signing_with_ltd",
        Status.REJECTED,
        "Fundara.co Ltd",
        "Credit Analyst",
        sender="Fundara Careers <careers@fundara.co>",
        subject="Your application",
        body="Dear Sam,\nThanks for your interest in the Credit Analyst role. We are sorry to say "
        "we will not progress your application.\nKind regards,\nFundara.co Ltd.",
    ),
]


TITLES_BUILT_NOT_LISTED = [
    row(
        "the_role_of_an_unlisted_occupation_through_a_portal",
        Status.APPLIED,
        "Corvanta",
        "Arborist",
        sender="Corvanta Hiring team <no-reply@corvanta.com>",
        subject="Application for Arborist received, Thank you!",
        body="Hi Sam,\nThank you for applying to Corvanta for the role of Arborist through our career "
        "portal. This note is to say your application reached us safely.",
    ),
    row(
        "the_position_of_an_unlisted_occupation_via_a_website",
        Status.APPLIED,
        "Greyfield Gardens",
        "Horticulturist",
        sender="Greyfield Gardens <jobs@greyfieldgardens.com>",
        subject="We received your application",
        body="Dear Sam,\nThank you for applying for the position of Horticulturist via our website. We "
        "will review your application shortly.",
    ),
    row(
        "a_subject_naming_an_unlisted_occupation",
        Status.APPLIED,
        "Wexford Valley Hospital",
        "Perfusionist",
        sender="Wexford Valley Hospital Careers",
        subject="Your application for Perfusionist",
        body="",
    ),
    row(
        "a_german_compound_in_iker",
        Status.REJECTED,
        "Stadtwerke Rauenfels GmbH",
        "Lagerlogistiker",
        sender="Stadtwerke Rauenfels <karriere@rauenfels.at>",
        subject="Ihre Bewerbung als Lagerlogistiker",
        body="Sehr geehrter Herr Bauer,\n\ndanke für Ihre Unterlagen. Wir haben uns leider "
        "für andere Bewerber entschieden.\n\nMit freundlichen "
        "Grüßen\nStadtwerke Rauenfels GmbH",
    ),
    row(
        "a_german_praktikum_in_quotes",
        Status.REJECTED,
        "Kellner AG",
        "Praktikum Produktmanagement",
        sender="Kellner AG <jobs@kellner.at>",
        subject='Ihre Bewerbung "Praktikum Produktmanagement"',
        body="Guten Tag Herr Bauer,\n\nschön, dass Sie sich bei uns beworben haben. Zu unserem Bedauern "
        "können wir Sie im weiteren Auswahlverfahren nicht "
        "berücksichtigen.\n\nMit freundlichen Grüßen\nKellner AG",
    ),
    row(
        "a_german_iker_with_its_gender_mark",
        Status.INTERVIEW,
        "Harwick GmbH",
        "Physiker (m/w/d)",
        sender="Harwick GmbH <jobs@harwick.de>",
        subject="Ihre Bewerbung als Physiker (m/w/d)",
        body="Sehr geehrter Herr Bauer,\n\nvielen Dank für Ihre Bewerbung als Physiker (m/w/d). Wir laden "
        "Sie herzlich zu einem Vorstellungsgespräch am 12. Mai ein.\n\nMit freundlichen "
        "Grüßen\nHarwick GmbH",
    ),
    row(
        "a_german_iker_with_a_gender_colon",
        Status.APPLIED,
        "Maison Dufrenne",
        "Grafiker:in",
        sender="Maison Dufrenne <jobs@dufrenne.at>",
        subject="Deine Bewerbung als Grafiker:in",
        body="Hallo Gerald,\n\ndanke für deine Bewerbung als Grafiker:in bei uns. Wir melden uns in den "
        "nächsten Tagen.\n\nLiebe Grüße\nMaison Dufrenne",
    ),
    row(
        "a_title_then_the_employers_early_careers",
        Status.ASSESSMENT,
        "Veltrana",
        "Lighting Technician",
        sender="Veltrana <job@careers.veltrana.com>",
        subject="Sam Lee, you're invited! Assessment for (HackerRank) Lighting Technician - Veltrana Early "
        "Careers",
        body="Dear Sam,\nGreat to have your application for Veltrana Early Careers openings "
        "this year! Please complete our online assessment for (HackerRank) Lighting "
        "Technician , the step every applicant takes next.",
    ),
    row(
        "a_title_then_the_employers_careers",
        Status.APPLIED,
        "Quillmore",
        "Payroll Specialist",
        sender="Quillmore Recruiting <jobs@quillmore.com>",
        subject="Application received: Payroll Specialist - Quillmore Careers",
        body="Hi Sam,\nThanks for your application. Our team will review it soon.",
    ),
    row(
        "a_title_ending_in_partner_in_a_subject",
        Status.APPLIED,
        "Hartwell",
        "Learning & Development Partner",
        sender="Hartwell Recruiting",
        subject="Your application for Learning & Development Partner, Job ID 1414443",
        body="",
    ),
    row(
        "a_title_ending_in_partner_before_application",
        Status.ASSESSMENT,
        "Veltrana",
        "Learning & Development Partner",
        sender="Veltrana <no-reply@hire.lever.co>",
        subject="Sam Lee - Next Steps for your Learning & Development Partner Application",
        body="Your process continues with a personality assessment, to be "
        "finished within three working days.",
    ),
    row(
        "an_hr_business_partner",
        Status.APPLIED,
        "Corvanta",
        "HR Business Partner",
        sender="Corvanta Talent <talent@corvanta.com>",
        subject="Your application",
        body="Hi Sam,\nThank you for applying for the HR Business Partner role at Corvanta. We'll be in "
        "touch soon.",
    ),
]


AMPERSANDS_RUN_TOGETHER = [
    row(
        "part_of_the_x_and_y_family_with_its_domain_signing",
        Status.REJECTED,
        "Maddox & Lyle",
        "KI Engineer (m/w/d)",
        sender="Recruiting Team",
        subject="Deine Bewerbung als KI Engineer (m/w/d)",
        body="Hallo Gerald,\n\ndanke, dass du Teil der Maddox & "
        "Lyle Familie werden möchtest.\n\nDiesmal hat es für dich leider nicht gereicht, wir "
        "machen mit anderen weiter.\n\nRecruiting-Team\nmaddoxlyle.at",
    ),
    row(
        "x_and_y_written_out_with_and",
        Status.APPLIED,
        "Hollis and Crane",
        "Estimator",
        sender="Careers <careers@hollisandcrane.com>",
        subject="Your application",
        body="Hi Sam,\nThank you for your interest in joining Hollis and Crane. We've received "
        "your application for the Estimator position.",
    ),
    row(
        "x_and_y_in_the_body_with_its_tenant_run_together",
        Status.APPLIED,
        "Pryor & Wendt",
        "Tax Associate",
        sender="Workday <pryorwendt@myworkday.com>",
        subject="Thank you for applying!",
        body="Dear Sam, thank you for your interest in a career at Pryor & Wendt. We've received "
        "your application for Tax Associate.",
    ),
    row(
        "part_of_the_x_and_y_family_from_its_address",
        Status.APPLIED,
        "Fenwick & Dale",
        "Estimator",
        sender="jobs@fenwickdale.com",
        subject="Your application for Estimator",
        body="Hi Sam,\nThanks for wanting to be part of the Fenwick & Dale family. Your "
        "application is here and we'll look it over soon.",
    ),
    row(
        "the_x_and_y_team_from_its_address",
        Status.APPLIED,
        "Orme & Baxter",
        "Account Manager",
        sender="no-reply@ormebaxter.io",
        subject="Application received: Account Manager",
        body="Hi Sam,\nThank you for applying. The Orme & Baxter hiring team will go through your "
        "application and write back.",
    ),
]

GENDERED_ROLE_LINES = [
    row(
        "hr_business_partner_in_then_the_organisation_in_capitals",
        Status.REJECTED,
        "Hartwell Pike",
        "IT Application Engineer",
        sender="Thomas Langer",
        subject="Ihre Bewerbung",
        body="Guten Tag Gerald Bauer,\n\nvielen Dank für Ihre Bewerbung als IT Application Engineer. "
        "Wir haben uns leider für eine andere Kandidatin entschieden "
        "haben.\n\nFreundliche Grüße\n\nThomas Langer\nHR Business Partner:in\nHARTWELL "
        "PIKE\nStabsstelle Personal",
    ),
    row(
        "recruiterin_then_the_organisation",
        Status.REJECTED,
        "Quillmore",
        "IT Application Engineer",
        sender="Anna Berger",
        subject="Ihre Bewerbung",
        body="Guten Tag Gerald Bauer,\n\nvielen Dank für Ihre Bewerbung als IT Application Engineer. "
        "Wir haben uns leider für eine andere Kandidatin entschieden "
        "haben.\n\nFreundliche Grüße\n\nAnna Berger\nSenior Recruiterin\nQuillmore",
    ),
    row(
        "talent_acquisition_manager_in_then_the_organisation",
        Status.REJECTED,
        "Veltrana",
        "IT Application Engineer",
        sender="Lea Wolf",
        subject="Ihre Bewerbung",
        body="Guten Tag Gerald Bauer,\n\nvielen Dank für Ihre Bewerbung als IT Application Engineer. "
        "Wir haben uns leider für eine andere Kandidatin entschieden "
        "haben.\n\nFreundliche Grüße\n\nLea Wolf\nTalent Acquisition Manager*in\nVeltrana",
    ),
    row(
        "recruiter_in_then_the_organisation_in_capitals",
        Status.REJECTED,
        "ZORVEX",
        "IT Application Engineer",
        sender="Jonas Berg",
        subject="Ihre Bewerbung",
        body="Guten Tag Gerald Bauer,\n\nvielen Dank für Ihre Bewerbung als IT Application Engineer. "
        "Wir haben uns leider für eine andere Kandidatin entschieden "
        "haben.\n\nFreundliche Grüße\n\nJonas Berg\nRecruiter:in\nZORVEX",
    ),
    row(
        "talent_acquisition_partner_then_the_organisation_in_capitals",
        Status.REJECTED,
        "TREVAINE",
        "Store Planner",
        sender="Maya Lopez",
        subject="Your application",
        body="Hi Sam,\nThank you for applying for the Store Planner role. Unfortunately we've decided "
        "to go forward with other applicants.\n\nBest,\nMaya Lopez\nTalent Acquisition "
        "Partner\nTREVAINE",
    ),
]


EMPLOYERS_BEFORE_PROGRAMMES = [
    row(
        "a_coined_employers_programme",
        Status.APPLIED,
        "Veltrana",
        None,
        sender="Veltrana Recruiting <recruiting-noreply@veltrana.com>",
        subject="Thank you for applying - 2026 Veltrana Leadership Rotation Program - Treasury-417702",
        body="Hello Sam, Thanks for applying for the 2026 Veltrana Leadership Rotation Program - "
        "Treasury-417702 position. Our recruiters are going through your background now.",
    ),
    row(
        "a_dotted_brands_programme",
        Status.APPLIED,
        "Plantwise.com",
        None,
        sender="Plantwise.com Recruiting <recruiting-noreply@plantwise.com>",
        subject="Thank you for applying - 2026 Plantwise.com Leadership Rotation Program - Treasury-417702",
        body="Hello Sam, Thanks for applying for the 2026 Plantwise.com Leadership Rotation Program "
        "- Treasury-417702 position. Our recruiters are going through your background now.",
    ),
    row(
        "a_medical_centers_programme",
        Status.APPLIED,
        "St. Aldric Medical Center",
        None,
        sender="St. Aldric Medical Center Recruiting <recruiting@staldric.org>",
        subject="Thank you for applying - 2026 St. Aldric Medical Center Leadership Rotation Program - "
        "Treasury-417702",
        body="Hello Sam, Thanks for applying for the 2026 St. Aldric Medical Center Leadership "
        "Rotation Program - Treasury-417702 position. Our recruiters are going through your background now.",
    ),
    row(
        "an_x_and_y_programme",
        Status.APPLIED,
        "Hollis & Crane",
        None,
        sender="Hollis & Crane Recruiting <recruiting@holliscrane.com>",
        subject="Thank you for applying - 2026 Hollis & Crane Leadership Rotation Program - Treasury-417702",
        body="Hello Sam, Thanks for applying for the 2026 Hollis & Crane Leadership Rotation "
        "Program - Treasury-417702 position. Our recruiters are going through your background now.",
    ),
    row(
        "a_person_shaped_employers_programme",
        Status.APPLIED,
        "Brantley Voss",
        None,
        sender="Brantley Voss Recruiting <recruiting@brantleyvoss.com>",
        subject="Thank you for applying - 2026 Brantley Voss Leadership Rotation Program - Treasury-417702",
        body="Hello Sam, Thanks for applying for the 2026 Brantley Voss Leadership Rotation Program "
        "- Treasury-417702 position. Our recruiters are going through your background now.",
    ),
    row(
        "a_programme_in_the_body_only",
        Status.APPLIED,
        "Corvanta",
        None,
        sender="Careers <careers@corvanta.com>",
        subject="Application received",
        body="Hi Sam,\nThank you for applying to the Corvanta Summer Analyst Program. We will review your "
        "application.",
    ),
    row(
        "a_programme_named_for_the_year_and_employer",
        Status.APPLIED,
        "Quillmore",
        None,
        sender="Talent <talent@quillmore.com>",
        subject="Your application",
        body="Hi Sam,\nThanks for applying to the 2025 Quillmore Graduate Programme. Our team will be in "
        "touch.",
    ),
    row(
        "a_dotted_brand_spelling_its_domain",
        Status.APPLIED,
        "Fundara.co",
        "Credit Analyst",
        sender="no-reply@fundara.co",
        subject="Your application",
        body="Hi Sam,\nThanks for your interest in Fundara.co. We received your application for the "
        "Credit Analyst role and will review it shortly.",
    ),
    row(
        "an_abbreviated_saints_name_spelling_its_domain",
        Status.APPLIED,
        "St. Brennan Hospital",
        "Unit Clerk",
        sender="jobs@stbrennan.org",
        subject="Application received",
        body="Dear Sam,\nThank you for applying to St. Brennan Hospital. Our recruiters will review your "
        "application for Unit Clerk soon.",
    ),
    row(
        "an_abbreviated_saints_programme",
        Status.APPLIED,
        "St. Brennan Hospital",
        None,
        sender="St. Brennan Careers <careers@stbrennan.org>",
        subject="Thank you for applying",
        body="Dear Sam,\nThank you for applying to the 2026 St. Brennan Hospital Nurse Residency Program. "
        "We will review your application soon.",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), BRAND_POSSESSIVES)
def test_a_brand_ending_in_a_possessive_keeps_it_where_no_possessive_could_stand(
    mail, status, company, title
):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(("mail", "status", "company", "title"), LEGAL_FORMS_CLOSING_A_NAME)
def test_a_legal_form_with_its_dot_closes_the_employers_name(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(("mail", "status", "company", "title"), EMPLOYERS_BY_SHAPE)
def test_an_employer_is_read_whatever_the_shape_of_its_name(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(("mail", "status", "company", "title"), LEGAL_FORMS_AFTER_A_NAME)
def test_a_legal_form_after_a_comma_or_a_dotted_brand_is_no_name_of_its_own(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(("mail", "status", "company", "title"), TITLES_BUILT_NOT_LISTED)
def test_a_title_is_read_though_no_list_holds_its_role(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(("mail", "status", "company", "title"), AMPERSANDS_RUN_TOGETHER)
def test_a_run_together_label_spells_a_name_written_with_an_ampersand(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(("mail", "status", "company", "title"), GENDERED_ROLE_LINES)
def test_a_recruiters_role_line_in_any_gender_signs_above_the_organisation(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(("mail", "status", "company", "title"), EMPLOYERS_BEFORE_PROGRAMMES)
def test_an_employer_spelled_by_its_domain_is_no_programmes_name(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
