"""Employers whose names look like something else (invented mail).

A name ending in a role or field noun ("Brisco Courier", "Halvorsen Marine", "Meadowbrook Nursing") reads
as a title; one ending in a hiring word ("Ridgeline Talent", "Kindred People") as the organisation's
department; "Nguyen's Auto Body" as Nguyen's; "Brightmart Store #2231" as a shop of Brightmart. Where the
mail itself says which (the sender's own domain spells the whole name, the sender's name is written whole
in the text), the employer is the name as written.
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

ROLE_NOUN_NAMES = [
    row(
        "courier_ats",
        Status.APPLIED,
        "Swiftline Courier",
        "Dispatcher",
        sender="Swiftline Courier <no-reply@swiftlinecourier.com>",
        subject="Thanks for applying to Swiftline Courier",
        body="Hi Morgan,\n\nThanks for applying for the Dispatcher position at Swiftline "
        "Courier. Our team will review your application.\n\nSwiftline Courier Recruiting",
    ),
    row(
        "marine_reject",
        Status.REJECTED,
        "Halvorsen Marine",
        "Deck Officer",
        sender="Halvorsen Marine <careers@halvorsenmarine.no>",
        subject="Your application",
        body="Dear Sam,\n\nThank you for your interest in Halvorsen Marine. After careful "
        "consideration we have decided not to proceed with your application for Deck "
        "Officer.\n\nBest regards,\nHalvorsen Marine HR",
    ),
    row(
        "security_greenhouse",
        Status.APPLIED,
        "Bastion Security",
        "Security Operations Analyst",
        sender="Bastion Security <no-reply@greenhouse.io>",
        subject="Bastion Security - Application received",
        body="Hi Riley,\n\nThank you for applying to Bastion Security! We have received your "
        "application for Security Operations Analyst.\n\nBest,\nThe Bastion Security Team",
    ),
    row(
        "nursing_interview",
        Status.INTERVIEW,
        "Meadowbrook Nursing",
        "Registered Nurse",
        sender="Meadowbrook Nursing <hr@meadowbrooknursing.org>",
        subject="Interview invitation - Registered Nurse",
        body="Dear Casey,\n\nWe would like to invite you to interview for the Registered Nurse "
        "position at Meadowbrook Nursing on Monday at 10am.\n\nKind regards,\nMeadowbrook "
        "Nursing Human Resources",
    ),
    row(
        "trucking_driver",
        Status.APPLIED,
        "Redline Trucking",
        "CDL-A Driver",
        sender="Redline Trucking <jobs@redlinetrucking.com>",
        subject="Your application for CDL-A Driver",
        body="Hi Jesse,\n\nThanks for applying to Redline Trucking for the CDL-A Driver "
        "position. A recruiter will call you within 48 hours.\n\nRedline Trucking",
    ),
    row(
        "cleaning_reject",
        Status.REJECTED,
        "Sparkle Cleaning",
        "Cleaner",
        sender="Sparkle Cleaning Services <office@sparklecleaning.com>",
        subject="Your application",
        body="Hi Dana,\n\nThank you for applying to Sparkle Cleaning for the Cleaner position. "
        "Unfortunately we have filled the role.\n\nSparkle Cleaning Services",
    ),
    row(
        "tutoring",
        Status.INTERVIEW,
        "Brightpath Tutoring",
        "Math Tutor",
        sender="Brightpath Tutoring <hello@brightpathtutoring.com>",
        subject="Next steps - Math Tutor",
        body="Hi Avery,\n\nThanks for applying to be a Math Tutor with Brightpath Tutoring! We'd "
        "like to schedule a short video interview. Please pick a time using the link "
        "below.\n\nBrightpath Tutoring",
    ),
    row(
        "accounting_firm",
        Status.APPLIED,
        "Carver Accounting",
        "Staff Accountant",
        sender="Carver Accounting <careers@carveraccounting.com>",
        subject="Application Received - Staff Accountant",
        body="Dear Jamie,\n\nThank you for your interest in Carver Accounting. We have received "
        "your application for the Staff Accountant position.\n\nCarver Accounting",
    ),
    row(
        "design_studio",
        Status.INTERVIEW,
        "Fernwood Design",
        "Junior Designer",
        sender="Fernwood Design <studio@fernwooddesign.co>",
        subject="Your application",
        body="Hi Robin,\n\nThanks for applying for the Junior Designer role at Fernwood Design. "
        "We loved your portfolio and would like to set up a call next "
        "week.\n\nCheers,\nElla\nFernwood Design",
    ),
    row(
        "pest_control",
        Status.APPLIED,
        "Guardian Pest Control",
        "Pest Control Technician",
        sender="Guardian Pest Control <jobs@guardianpest.com>",
        subject="Thank you for applying",
        body="Hello Drew,\n\nThank you for applying to Guardian Pest Control. We have received "
        "your application for Pest Control Technician and will review it "
        "shortly.\n\nGuardian Pest Control",
    ),
    row(
        "moving",
        Status.REJECTED,
        "Two Rivers Moving",
        "Mover",
        sender="Two Rivers Moving <hiring@tworiversmoving.com>",
        subject="Re: Mover position",
        body="Hey Sam,\n\nThanks for your interest in the Mover position with Two Rivers Moving. "
        "We've decided to go with other applicants this time.\n\nTwo Rivers Moving",
    ),
    row(
        "recruiting_agency_self",
        Status.APPLIED,
        "Apex Recruiting",
        "Payroll Specialist",
        sender="Apex Recruiting <jobs@apexrecruiting.com>",
        subject="Your application - Payroll Specialist",
        body="Hi Sam,\n\nThank you for applying to the Payroll Specialist role advertised by "
        "Apex Recruiting. A consultant will be in touch.\n\nApex Recruiting",
    ),
    row(
        "consulting_workday",
        Status.APPLIED,
        "Corbel Consulting",
        "Associate Consultant",
        sender="Corbel Consulting <corbel@myworkday.com>",
        subject="Thank you for applying to Corbel Consulting",
        body="Dear Sam,\n\nThank you for applying for the Associate Consultant position at "
        "Corbel Consulting. We will review your application.",
    ),
    row(
        "engineering_firm",
        Status.REJECTED,
        "Thornbury Engineering",
        "Graduate Civil Engineer",
        sender="Thornbury Engineering <recruitment@thornbury-eng.co.uk>",
        subject="Your application - Graduate Civil Engineer",
        body="Dear Sam,\n\nThank you for applying to Thornbury Engineering. Unfortunately on "
        "this occasion we will not be taking your application further.\n\nKind "
        "regards,\nThornbury Engineering Recruitment",
    ),
    row(
        "veterinary",
        Status.ASSESSMENT,
        "Willow Creek Veterinary",
        "Veterinary Technician",
        sender="Willow Creek Veterinary <willowcreekvet@gmail.com>",
        subject="Vet Tech interview",
        body="Hi Sam,\n\nThanks for applying for our Veterinary Technician opening. Could you "
        "come in Friday at 1pm for a working interview?\n\nBest,\nDr. Amy Lin\nWillow Creek "
        "Veterinary",
    ),
    row(
        "dental",
        Status.APPLIED,
        "Lakeside Dental",
        "Dental Assistant",
        sender="Lakeside Dental <office@lakesidedental.com>",
        subject="Dental Assistant application",
        body="Hi Sam,\n\nThank you for applying for the Dental Assistant position at Lakeside "
        "Dental. We have received your resume.\n\nLakeside Dental",
    ),
    row(
        "photography",
        Status.REJECTED,
        "Juniper Photography",
        None,
        sender="Juniper Photography <hello@juniperphoto.com>",
        subject="Second Shooter position",
        body="Hi Sam,\n\nThank you for your application to be a Second Shooter with Juniper "
        "Photography. We have chosen another photographer for this "
        "season.\n\nWarmly,\nJuniper Photography",
    ),
    row(
        "logistics_title_subject",
        Status.APPLIED,
        "Northgate Logistics",
        "Delivery Driver",
        sender="Northgate Logistics <careers@northgatelogistics.com>",
        subject="Northgate Logistics Driver - Application received",
        body="Hi Sam,\n\nThank you for applying for the Delivery Driver role at Northgate "
        "Logistics.\n\nNorthgate Logistics Talent Team",
    ),
    row(
        "subject_at_employer",
        Status.APPLIED,
        "Harbor Pilot Services",
        "Marine Engineer",
        sender="Careers <no-reply@smartrecruiters.com>",
        subject="Your application to Harbor Pilot Services",
        body="Dear Sam,\n\nThank you for your application to Harbor Pilot Services for the "
        "position of Marine Engineer. We will be in touch.",
    ),
    row(
        "de_pflegedienst",
        Status.INTERVIEW,
        "Pflegedienst Sonnenschein",
        "Pflegefachkraft",
        sender="Pflegedienst Sonnenschein <bewerbung@pflegedienst-sonnenschein.de>",
        subject="Ihre Bewerbung als Pflegefachkraft",
        body="Liebe Frau Schmitt,\n\nvielen Dank für Ihre Bewerbung als Pflegefachkraft beim "
        "Pflegedienst Sonnenschein. Wir laden Sie herzlich zu einem Gespräch "
        "ein.\n\nHerzliche Grüße\nPflegedienst Sonnenschein",
    ),
    row(
        "de_sicherheitsdienst",
        Status.REJECTED,
        "Nordwache Sicherheitsdienst",
        "Sicherheitsmitarbeiter",
        sender="Nordwache Sicherheitsdienst <jobs@nordwache.de>",
        subject="Ihre Bewerbung",
        body="Sehr geehrter Herr Yıldız,\n\nvielen Dank für Ihre Bewerbung als "
        "Sicherheitsmitarbeiter. Leider müssen wir Ihnen mitteilen, dass wir uns für "
        "einen anderen Bewerber entschieden haben.\n\nNordwache Sicherheitsdienst",
    ),
    row(
        "fr_nettoyage",
        Status.APPLIED,
        "Propreté Martin",
        "Agent d'entretien",
        sender="Propreté Martin <rh@proprete-martin.fr>",
        subject="Votre candidature",
        body="Bonjour Madame Diallo,\n\nNous avons bien reçu votre candidature au poste d'Agent "
        "d'entretien chez Propreté Martin.\n\nCordialement,\nPropreté Martin",
    ),
    row(
        "es_seguridad",
        Status.APPLIED,
        "Vigilancia Costa",
        "Vigilante de seguridad",
        sender="Vigilancia Costa <rrhh@vigilanciacosta.es>",
        subject="Tu candidatura - Vigilante de seguridad",
        body="Hola Carlos,\n\nGracias por inscribirte en la oferta de Vigilante de seguridad de "
        "Vigilancia Costa. Hemos recibido tu candidatura.\n\nVigilancia Costa",
    ),
    row(
        "en_signature_role_comp",
        Status.INTERVIEW,
        "Lumen Health Partners",
        "Medical Assistant",
        sender="Kim Alvarez <kim.alvarez@lumenhealthpartners.com>",
        subject="Phone screen - Medical Assistant",
        body="Hi Sam,\n\nThanks for applying to the Medical Assistant role. Are you free for a "
        "20 minute phone screen tomorrow at 2pm?\n\nKim Alvarez\nRecruiter | Lumen Health "
        "Partners",
    ),
    row(
        "translations_agency",
        Status.REJECTED,
        "Polyglot Translations",
        "Spanish Translator",
        sender="Polyglot Translations <jobs@polyglot-translations.com>",
        subject="Your application",
        body="Dear Sam,\n\nThank you for applying for the Spanish Translator position at "
        "Polyglot Translations. We regret to inform you that the position has been "
        "filled.\n\nPolyglot Translations",
    ),
    row(
        "roofing_indeed",
        Status.APPLIED,
        "Summit Roofing",
        "Roofing Laborer",
        sender="Indeed <indeedapply@indeed.com>",
        subject="Indeed Application: Roofing Laborer",
        body="Your application has been submitted\n\nRoofing Laborer\nSummit Roofing\nDenver, CO",
    ),
    row(
        "landscape_architects",
        Status.APPLIED,
        "Greenline Landscape Architects",
        "Landscape Designer",
        sender="Greenline Landscape Architects <studio@greenline-la.com>",
        subject="Application - Landscape Designer",
        body="Dear Sam,\n\nThank you for applying for the Landscape Designer position with "
        "Greenline Landscape Architects. We will review all applications after the "
        "closing date.\n\nGreenline Landscape Architects",
    ),
    row(
        "nl_koeriers",
        Status.APPLIED,
        "Snelpost Koeriers",
        None,
        sender="Snelpost Koeriers <werken@snelpost.nl>",
        subject="Je sollicitatie bij Snelpost Koeriers",
        body="Hoi Sam,\n\nBedankt voor je sollicitatie als Bezorger bij Snelpost Koeriers. We "
        "nemen snel contact met je op.\n\nGroet,\nSnelpost Koeriers",
    ),
    row(
        "domain_courier",
        Status.APPLIED,
        "Brisco Courier",
        "Route Driver",
        sender="Talent <talent@briscocourier.com>",
        subject="Your application",
        body="Hi Sam,\n\nThank you for your interest in Brisco Courier. We received your "
        "application for the Route Driver role.\n\nBest,\nRecruiting",
    ),
    row(
        "board_card_security",
        Status.APPLIED,
        "Granite Security",
        "Security Officer",
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Your application was sent to Granite Security",
        body="Your application was sent to Granite Security\n\nSecurity Officer\nGranite Security "
        "· Austin, TX\n\nApplied on May 2",
    ),
    row(
        "lever_nursing",
        Status.APPLIED,
        "Ashford Nursing",
        "Charge Nurse",
        sender="Ashford Nursing <no-reply@hire.lever.co>",
        subject="Ashford Nursing: application received",
        body="Hi Sam,\n\nThanks for your interest in Ashford Nursing. We've received your "
        "application for Charge Nurse.\n\nAshford Nursing",
    ),
    row(
        "icims_marine",
        Status.APPLIED,
        "Eastport Marine",
        "Marine Electrician",
        sender="careers@talent.icims.com",
        subject="Thank you for your application",
        body="Dear Sam,\n\nThank you for your interest in the Marine Electrician position at "
        "Eastport Marine. Your application has been received.\n\nEastport Marine Talent "
        "Acquisition",
    ),
    row(
        "welcome_plumbing",
        Status.APPLIED,
        "Redfern Plumbing",
        "Service Plumber",
        sender="Workable <noreply@candidates.workablemail.com>",
        subject="Thanks for applying to Redfern Plumbing",
        body="Hi Sam,\n\nThanks for applying for Service Plumber at Redfern Plumbing. We'll "
        "review your application and get back to you soon.\n\nRedfern Plumbing",
    ),
    row(
        "reject_driver_school",
        Status.REJECTED,
        "Keystone Driving School",
        "Instructor",
        sender="SmartRecruiters <noreply@smartrecruiters.com>",
        subject="Update on your application",
        body="Dear Sam,\n\nThank you for your interest in the Instructor position at Keystone "
        "Driving School. Unfortunately, we will not be moving forward with your "
        "application.\n\nKeystone Driving School",
    ),
    row(
        "de_logistik_ats",
        Status.APPLIED,
        "Lange Logistik",
        None,
        sender="softgarden <noreply@softgarden.io>",
        subject="Ihre Bewerbung bei Lange Logistik",
        body="Sehr geehrter Herr Öztürk,\n\nvielen Dank für Ihre Bewerbung als Berufskraftfahrer "
        "bei Lange Logistik. Ihre Unterlagen sind eingegangen.\n\nIhr Team von Lange "
        "Logistik",
    ),
    row(
        "fr_securite",
        Status.APPLIED,
        "Garde Sécurité",
        "Agent de sécurité",
        sender="Welcome to the Jungle <noreply@welcometothejungle.com>",
        subject="Votre candidature chez Garde Sécurité",
        body="Bonjour Sam,\n\nVotre candidature pour le poste d'Agent de sécurité chez Garde "
        "Sécurité a bien été envoyée.",
    ),
    row(
        "subject_role_company",
        Status.APPLIED,
        "Corvid Freight",
        "Dispatcher",
        sender="Hiring <jobs@ashbyhq.com>",
        subject="Dispatcher at Corvid Freight",
        body="Hi Sam,\n\nThanks for applying to the Dispatcher role at Corvid Freight. We will "
        "review your application shortly.\n\nCorvid Freight",
    ),
    row(
        "staffing_domain_only",
        Status.INTERVIEW,
        "Pinecrest Home Care",
        "Caregiver",
        sender="Recruiting <noreply@jobvite.com>",
        subject="Interview request",
        body="Hi Sam,\n\nThe team at Pinecrest Home Care would like to schedule an interview "
        "with you for the Caregiver position. Please reply with your "
        "availability.\n\nPinecrest Home Care",
    ),
]

HIRING_WORD_POSSESSIVE_AND_SIGN_NAMES = [
    row(
        "talent_suffix",
        Status.APPLIED,
        "Ridgeline Talent",
        None,
        sender="Ridgeline Talent <careers@ridgelinetalent.com>",
        subject="Your application to Ridgeline Talent",
        body="Hi Sam,\n\nThanks for applying for the Talent Coordinator role at Ridgeline "
        "Talent. We'll be in touch soon.\n\nRidgeline Talent",
    ),
    row(
        "talent_agency_self_reject",
        Status.REJECTED,
        "Corrigan Talent",
        "Casting Assistant",
        sender="Corrigan Talent <hello@corrigantalent.com>",
        subject="Re: Casting Assistant",
        body="Hi Sam,\n\nThank you for applying to be a Casting Assistant at Corrigan Talent. We "
        "have decided to move forward with another candidate.\n\nBest,\nCorrigan Talent",
    ),
    row(
        "pg_amp",
        Status.APPLIED,
        "P&G",
        "Brand Manager",
        sender="P&G Careers <pgcareers@pg.com>",
        subject="P&G - Application Received",
        body="Dear Sam,\n\nThank you for applying to the Brand Manager position at P&G. We have "
        "received your application.",
    ),
    row(
        "ca_amp",
        Status.APPLIED,
        "C&A",
        "Verkäufer (m/w/d)",
        sender="C&A <noreply@candasmartrecruiters.com>",
        subject="Deine Bewerbung bei C&A",
        body="Hallo Sam,\n\nvielen Dank für deine Bewerbung als Verkäufer (m/w/d) bei C&A. Wir "
        "melden uns in Kürze.\n\nDein C&A Recruiting Team",
    ),
    row(
        "att_reject",
        Status.REJECTED,
        "AT&T",
        "Retail Sales Consultant",
        sender="AT&T <att@myworkday.com>",
        subject="Update on your AT&T application",
        body="Dear Sam,\n\nThank you for your interest in the Retail Sales Consultant role at "
        "AT&T. We have decided to pursue other candidates.",
    ),
    row(
        "7eleven",
        Status.APPLIED,
        "7-Eleven",
        "Store Associate",
        sender="7-Eleven <no-reply@7-eleven.com>",
        subject="Thanks for applying to 7-Eleven",
        body="Hi Sam,\n\nThank you for applying for the Store Associate position at 7-Eleven. A "
        "store leader will review your application.",
    ),
    row(
        "3m_like",
        Status.APPLIED,
        "4M Industrial",
        "Process Engineer",
        sender="Recruiting <noreply@successfactors.com>",
        subject="Your application to 4M Industrial",
        body="Dear Sam,\n\nThank you for applying to 4M Industrial for the Process Engineer "
        "position. We will review your application.",
    ),
    row(
        "dr_brand",
        Status.APPLIED,
        "Dr. Vogel",
        "Lebensmitteltechnologe (m/w/d)",
        sender="Dr. Vogel <karriere@dr-vogel.de>",
        subject="Ihre Bewerbung bei Dr. Vogel",
        body="Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Lebensmitteltechnologe (m/w/d) "
        "bei Dr. Vogel. Wir prüfen Ihre Unterlagen.\n\nIhr Recruiting-Team von Dr. Vogel",
    ),
    row(
        "loreal_like",
        Status.APPLIED,
        "L'Amande",
        "Chef de produit",
        sender="L'Amande Cosmétiques <recrutement@lamande.fr>",
        subject="Votre candidature chez L'Amande",
        body="Bonjour Sam,\n\nMerci pour votre candidature au poste de Chef de produit chez "
        "L'Amande. Nous revenons vers vous rapidement.\n\nL'équipe Recrutement L'Amande",
    ),
    row(
        "oreilly_like",
        Status.INTERVIEW,
        "O'Connell's Pub",
        "Bartender",
        sender="O'Connell's Pub <oconnellspub@gmail.com>",
        subject="Bartender application",
        body="Hi Sam,\n\nThanks for applying to O'Connell's Pub! Can you come in Saturday at 4 "
        "for an interview with the manager?\n\nSiobhan\nO'Connell's Pub",
    ),
    row(
        "hm_like",
        Status.REJECTED,
        "K&L",
        "Sales Advisor",
        sender="K&L Fashion <noreply@kl-fashion.com>",
        subject="Your application at K&L",
        body="Dear Sam,\n\nThank you for your application for the position Sales Advisor at K&L. "
        "Unfortunately, we have decided to proceed with other candidates.\n\nK&L "
        "Recruitment",
    ),
    row(
        "dotted_brand",
        Status.APPLIED,
        "Fetch.ly",
        "Backend Engineer",
        sender="Fetch.ly <jobs@fetch.ly>",
        subject="Thanks for applying to Fetch.ly",
        body="Hi Sam,\n\nThanks for applying to the Backend Engineer role at Fetch.ly. We'll "
        "review your application soon.",
    ),
    row(
        "store_fifth_avenue",
        Status.APPLIED,
        "Orchard Retail",
        "Specialist",
        sender="Orchard Retail <orchard@myworkday.com>",
        subject="Your application - Orchard Fifth Avenue",
        body="Dear Sam,\n\nThank you for applying for the Specialist role at Orchard Fifth "
        "Avenue. We will review your application.\n\nOrchard Retail Recruiting",
    ),
    row(
        "store_number",
        Status.APPLIED,
        "Brightmart",
        "Cashier",
        sender="Brightmart <no-reply@brightmart.com>",
        subject="Application received - Brightmart Store #2231",
        body="Hi Sam,\n\nThank you for applying for the Cashier position at Brightmart Store "
        "#2231 in Dayton, OH.",
    ),
    row(
        "and_company",
        Status.REJECTED,
        "Thackeray & Company",
        "Business Analyst",
        sender="Thackeray & Company <careers@thackeray.com>",
        subject="Your application to Thackeray & Company",
        body="Dear Sam,\n\nAfter careful review, we regret to inform you that we will not be "
        "moving forward with your application for Business Analyst at Thackeray & "
        "Company.",
    ),
    row(
        "inc_comma",
        Status.APPLIED,
        "Norbert Systems, Inc.",
        "Systems Administrator",
        sender="Norbert Systems, Inc. <hr@norbertsystems.com>",
        subject="Application received",
        body="Dear Sam,\n\nThank you for applying for the Systems Administrator position at "
        "Norbert Systems, Inc. We have received your application.",
    ),
    row(
        "the_brand",
        Status.APPLIED,
        "The Lantern Group",
        "Research Associate",
        sender="The Lantern Group <talent@lanterngroup.com>",
        subject="Thanks for applying at The Lantern Group",
        body="Hi Sam, thanks for applying for the Research Associate position at The Lantern "
        "Group. We'll be in touch.",
    ),
    row(
        "search_suffix",
        Status.INTERVIEW,
        "Waverly Search",
        "Office Manager",
        sender="Waverly Search <info@waverlysearch.com>",
        subject="Your application",
        body="Hi Sam,\n\nThanks for applying to the Office Manager role at Waverly Search. We'd "
        "like to invite you to an interview on Tuesday.\n\nWaverly Search",
    ),
    row(
        "staffing_self",
        Status.APPLIED,
        "Harbor Staffing",
        "Forklift Operator",
        sender="Harbor Staffing <jobs@harborstaffing.com>",
        subject="Your application",
        body="Hi Sam,\n\nThank you for applying with Harbor Staffing. We received your "
        "application for the Forklift Operator position.\n\nHarbor Staffing",
    ),
    row(
        "recruitment_brand_client",
        Status.INTERVIEW,
        "Tidewater Bank",
        "Credit Analyst",
        sender="Owen Hale <owen@northlight-recruitment.co.uk>",
        subject="Interview - Tidewater Bank",
        body="Hi Sam,\n\nMy client Tidewater Bank would like to interview you for the Credit "
        "Analyst role on Thursday at 2pm.\n\nOwen Hale\nNorthlight Recruitment",
    ),
    row(
        "es_y",
        Status.REJECTED,
        "Hermanos Roca y Cía",
        "Administrativo",
        sender="Hermanos Roca y Cía <rrhh@hermanosroca.es>",
        subject="Tu candidatura",
        body="Hola Sam,\n\nGracias por tu candidatura al puesto de Administrativo en Hermanos "
        "Roca y Cía. Hemos decidido seguir con otros candidatos.\n\nHermanos Roca y Cía",
    ),
    row(
        "nl_en",
        Status.APPLIED,
        "Smit & Zonen",
        "Magazijnmedewerker",
        sender="Smit & Zonen <vacatures@smitenzonen.nl>",
        subject="Je sollicitatie",
        body="Beste Sam,\n\nBedankt voor je sollicitatie als Magazijnmedewerker bij Smit & "
        "Zonen. We nemen binnenkort contact met je op.\n\nSmit & Zonen",
    ),
    row(
        "it_fratelli",
        Status.APPLIED,
        "Fratelli Bassi",
        "Magazziniere",
        sender="Fratelli Bassi S.r.l. <hr@fratellibassi.it>",
        subject="La tua candidatura",
        body="Gentile Sam,\n\ngrazie per aver inviato la tua candidatura per la posizione di "
        "Magazziniere presso Fratelli Bassi. Ti contatteremo a breve.\n\nFratelli Bassi "
        "S.r.l.",
    ),
    row(
        "fr_fils",
        Status.APPLIED,
        "Durand & Fils",
        "Caviste",
        sender="Durand & Fils <contact@durandetfils.fr>",
        subject="Votre candidature",
        body="Bonjour Sam,\n\nNous avons bien reçu votre candidature pour le poste de Caviste "
        "chez Durand & Fils. Nous reviendrons vers vous.\n\nDurand & Fils",
    ),
    row(
        "de_und",
        Status.REJECTED,
        "Becker & Söhne",
        "Lagerist",
        sender="Becker & Söhne <info@becker-soehne.de>",
        subject="Ihre Bewerbung",
        body="Sehr geehrter Herr Sam,\n\nvielen Dank für Ihre Bewerbung als Lagerist bei Becker "
        "& Söhne. Leider müssen wir Ihnen absagen.\n\nBecker & Söhne GmbH",
    ),
    row(
        "apostrophe_possessive_store",
        Status.APPLIED,
        "Hennessy's",
        "Sales Associate",
        sender="Careers <no-reply@hennessys.com>",
        subject="Thanks for applying to Hennessy's",
        body="Hi Sam,\n\nThank you for applying to Hennessy's for the Sales Associate position. "
        "We'll review your application soon.",
    ),
    row(
        "amp_in_text_only",
        Status.APPLIED,
        "Barlow & Finch",
        "Associate Attorney",
        sender="Careers <noreply@jobvite.com>",
        subject="Thank you for applying",
        body="Dear Sam,\n\nThank you for applying to Barlow & Finch for the Associate Attorney "
        "position. We have received your application.\n\nBarlow & Finch LLP",
    ),
    row(
        "board_word_network",
        Status.APPLIED,
        "Cedar Health Network",
        "Medical Coder",
        sender="Careers <hr@cedarhealthnetwork.org>",
        subject="Application received",
        body="Dear Sam,\n\nThank you for applying to Cedar Health Network for the Medical Coder "
        "position. We have received your application.",
    ),
    row(
        "people_brand",
        Status.INTERVIEW,
        "Kindred People",
        "Support Worker",
        sender="Kindred People <jobs@kindredpeople.com>",
        subject="Your application",
        body="Hi Sam,\n\nThanks for applying to the Support Worker position at Kindred People. "
        "We'd love to chat: are you free on Friday?\n\nKindred People",
    ),
    row(
        "hiring_brand",
        Status.APPLIED,
        "Talentbridge Hiring Solutions",
        "Account Executive",
        sender="no-reply@jobs.lever.co",
        subject="Thanks for applying to Talentbridge Hiring Solutions",
        body="Hi Sam,\n\nThanks for applying to Talentbridge Hiring Solutions for the Account "
        "Executive role. We'll be in touch.",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), ROLE_NOUN_NAMES)
def test_a_name_ending_in_a_role_or_a_field_is_the_employer(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(("mail", "status", "company", "title"), HIRING_WORD_POSSESSIVE_AND_SIGN_NAMES)
def test_a_name_ending_in_a_hiring_word_a_possessive_or_a_punctuation_mark_is_the_employer(
    mail, status, company, title
):
    assert_reads_application(extract(**mail), status, company, title)


# "Front Desk application": a subject shortening the body's title ("Front Desk Coordinator") names no
# employer; "Your Brightwater application" still does where the body writes "a Brightwater Recruiter".
SUBJECT_TITLES = [
    row(
        "front_desk",
        Status.APPLIED,
        "Dawson Chiropractic",
        None,
        sender="Dawson Chiropractic <frontdesk@dawsonchiro.com>",
        subject="Front Desk application",
        body="Hi Sam,\n\nThank you for applying for the Front Desk Coordinator position at "
        "Dawson Chiropractic. We have received your application.\n\nDawson Chiropractic",
    ),
    row(
        "customer_service",
        Status.APPLIED,
        "Harbor Outfitters",
        None,
        sender="Harbor Outfitters <jobs@harboroutfitters.com>",
        subject="Customer Service application received",
        body="Hi Sam,\n\nThanks for applying for the Customer Service Representative role at "
        "Harbor Outfitters. We'll review your application.",
    ),
    row(
        "warehouse",
        Status.REJECTED,
        "Pinecone Supply",
        None,
        sender="Hiring <no-reply@jobs.workable.com>",
        subject="Warehouse application - update",
        body="Hi Sam,\n\nThank you for your interest in the Warehouse Associate position at "
        "Pinecone Supply. Unfortunately we have decided to move forward with other "
        "candidates.\n\nPinecone Supply",
    ),
    row(
        "deli",
        Status.APPLIED,
        "Greenway Market",
        None,
        sender="Greenway Market <careers@greenwaymarket.com>",
        subject="Your Deli application",
        body="Hi Sam,\n\nThanks for applying to be a Deli Clerk at Greenway Market! A store "
        "manager will reach out soon.",
    ),
    row(
        "night_audit",
        Status.INTERVIEW,
        "Lakeshore Inn",
        None,
        sender="Lakeshore Inn <hr@lakeshoreinn.com>",
        subject="Night Audit application",
        body="Dear Sam,\n\nThank you for applying for the Night Audit Clerk position at the "
        "Lakeshore Inn. We would like to invite you for an interview on "
        "Monday.\n\nLakeshore Inn",
    ),
    row(
        "control_employer_recruiter",
        Status.APPLIED,
        "Brightwater",
        None,
        sender="Brightwater Recruiting <no-reply@brightwater.com>",
        subject="Your Brightwater application",
        body="Hi Sam,\n\nThank you for applying to Brightwater. A Brightwater Recruiter will "
        "contact you about the Data Analyst role soon.",
    ),
    row(
        "control_employer_subject_only",
        Status.APPLIED,
        "Kestrel Labs",
        None,
        sender="no-reply@myworkday.com",
        subject="Kestrel Labs application received",
        body="Dear Sam,\n\nThank you for applying for the Lab Technician position. We have "
        "received your application.\n\nKestrel Labs Talent Acquisition",
    ),
    row(
        "dietary",
        Status.APPLIED,
        "Maple Grove Senior Living",
        None,
        sender="Maple Grove Senior Living <jobs@maplegrovesl.com>",
        subject="Dietary application",
        body="Hi Sam,\n\nThank you for your application for the Dietary Aide position at Maple "
        "Grove Senior Living. We will review it shortly.",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), SUBJECT_TITLES)
def test_a_subjects_shortened_title_is_no_employer(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


# A hiring word inside a name before an institution's noun ("Bright Careers Academy", "Kestrel Talent
# Agency"; "Acme Careers Team" stays Acme's), and a board's subject of title, employer and place
# ("Claims Examiner, Marlowe Insurance, Hartford"; "Software Engineer, Backend, New York" names no employer).
HIRING_WORDS_INSIDE_AND_LISTED_SUBJECTS = [
    row(
        "careers_brand",
        Status.APPLIED,
        "Bright Careers Academy",
        "Adjunct Instructor",
        sender="Bright Careers Academy <admissions@brightcareers.edu>",
        subject="Application received - Instructor",
        body="Dear Sam,\n\nThank you for applying for the Adjunct Instructor position at Bright "
        "Careers Academy. We have received your application.",
    ),
    row(
        "talent_agency_inside",
        Status.APPLIED,
        "Kestrel Talent Agency",
        None,
        sender="Careers <no-reply@jobs.lever.co>",
        subject="Thank you for applying",
        body="Hi Sam,\n\nThank you for applying to Kestrel Talent Agency for the Booking "
        "Coordinator role. We'll be in touch.",
    ),
    row(
        "people_institute",
        Status.APPLIED,
        "Harbor People Institute",
        None,
        sender="HR <hr@peopleinstitute.org>",
        subject="Application received",
        body="Dear Sam,\n\nThank you for applying for the Research Fellow position at the Harbor "
        "People Institute. We have received your application.",
    ),
    row(
        "control_careers_team",
        Status.APPLIED,
        "Acme",
        None,
        sender="Acme Careers <careers@acmecorp.com>",
        subject="Your application",
        body="Hi Sam,\n\nThanks for applying to Acme. We'll review your application soon.\n\nAcme "
        "Careers Team",
    ),
    row(
        "comma_insurance",
        Status.APPLIED,
        "Marlowe Insurance",
        None,
        sender="Workday <noreply@myworkday.com>",
        subject="Claims Examiner, Marlowe Insurance, Hartford",
        body="Dear Sam,\n\nThank you for applying. We have received your application and will review it.",
    ),
    row(
        "comma_health_state",
        Status.APPLIED,
        "Cedarview Health",
        None,
        sender="Notifications <no-reply@jobs.example-board.com>",
        subject="Medical Assistant, Cedarview Health, Tulsa, OK",
        body="Hi Sam,\n\nYour application was submitted. The employer will contact you if there is a match.",
    ),
    row(
        "comma_coined_sender_agrees",
        Status.APPLIED,
        "Quillmore",
        None,
        sender="Quillmore <careers@quillmore.com>",
        subject="Product Designer, Quillmore, Berlin",
        body="Hi Sam,\n\nThanks for applying! We've received your application and will be in touch.",
    ),
    row(
        "comma_field_not_employer",
        Status.APPLIED,
        "Acme",
        None,
        sender="Acme Careers <careers@acmecorp.com>",
        subject="Software Engineer, Backend, New York",
        body="Hi Sam,\n\nThanks for applying to Acme. We've received your application.",
    ),
    row(
        "comma_team_not_employer",
        Status.APPLIED,
        "Northwind",
        None,
        sender="Northwind <jobs@northwind.com>",
        subject="Data Analyst, Platform Team, Austin",
        body="Hi Sam,\n\nThank you for applying to Northwind. We will review your application.",
    ),
    row(
        "comma_revenue_ops",
        Status.APPLIED,
        "Brisemer",
        None,
        sender="Talent <talent@brisemer.com>",
        subject="Analyst, Revenue Operations, Chicago",
        body="Hi Sam,\n\nThanks for your application to Brisemer. We'll be in touch soon.",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), HIRING_WORDS_INSIDE_AND_LISTED_SUBJECTS)
def test_a_hiring_word_inside_a_name_and_a_listed_subjects_employer(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


# A display name with a hiring word inside ("Bright Careers Academy <no-reply@jobs.lever.co>") keeps it;
# "Acme Talent Acquisition Team" is still Acme's department.
DISPLAY_NAMES_WITH_HIRING_WORDS_INSIDE = [
    row(
        "display_only_academy",
        Status.APPLIED,
        "Bright Careers Academy",
        None,
        sender="Bright Careers Academy <no-reply@jobs.lever.co>",
        subject="Thank you for applying",
        body="Hi Sam,\n\nThank you for applying for the Adjunct Instructor position. We have "
        "received your application and will be in touch.",
    ),
    row(
        "display_only_agency",
        Status.APPLIED,
        "Kestrel Talent Agency",
        None,
        sender="Kestrel Talent Agency <kta@myworkday.com>",
        subject="Application received",
        body="Dear Sam,\n\nThank you for applying for the Booking Coordinator role. We have "
        "received your application.",
    ),
    row(
        "display_institute_reject",
        Status.REJECTED,
        "Harbor People Institute",
        None,
        sender="Harbor People Institute <noreply@greenhouse.io>",
        subject="Update on your application",
        body="Dear Sam,\n\nThank you for your interest in the Research Fellow position. "
        "Unfortunately we will not be moving forward with your application.",
    ),
    row(
        "display_control_department",
        Status.APPLIED,
        "Acme",
        None,
        sender="Acme Talent Acquisition Team <noreply@acmecorp.com>",
        subject="Application received",
        body="Dear Sam,\n\nThank you for applying for the Data Analyst position at Acme. We have "
        "received your application.",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), DISPLAY_NAMES_WITH_HIRING_WORDS_INSIDE)
def test_a_display_names_hiring_word_inside_is_the_names(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
