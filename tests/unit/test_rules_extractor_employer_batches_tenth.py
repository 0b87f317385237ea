"""The employers helper's probes of the tenth session (invented mail, each batch written before looking, then
split at random into a FIX half, the only one read to design a rule, and a HOLD half measured before and
after: whether a rule reaches mail nobody designed it from).

Batch one (34 mails; first look on main 539933f FIX 6/17 wrong, HOLD 6/17; after: FIX 1, HOLD 4): ATS
layouts not probed before (Teamtailor, Personio, Recruitee, Workable, SmartRecruiters, SuccessFactors,
Taleo, iCIMS, Ashby, JazzHR, BambooHR), titles with gender marks in seven languages ("(m/v/x)", "H/F",
"(M/F)", "Gestor/a"), names with "&", digits, dots, capitals, "The", "Group", "Holdings", "Foundation",
"University", "Council", a requisition cancelled, a hospital site beside its NHS trust and a school beside
its academy trust, the Civil Service's boards. Each mail is read as it arrives (email_from_fields: HTML to
text, the signature cut).
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract, with_misreads
from tracker.email_reading import email_from_fields
from tracker.models import Status


def extract_as_received(sender: str, subject: str, body: str):
    """The rules' reading of the mail as the tracker receives it: its body decoded and trimmed first."""
    return extract(
        body=email_from_fields("m1", sender, None, subject, body).body, subject=subject, sender=sender
    )


BATCH_ONE_FIX = [
    application_row(
        "teamtailor_en",
        Status.APPLIED,
        "Nordvik & Lund",
        "Product Designer",
        sender="Nordvik & Lund <no-reply@teamtailor-mail.com>",
        subject="Thanks for applying to Nordvik & Lund!",
        body="Hi Sam,\n\nThanks for applying for the Product Designer role at Nordvik & Lund. We've "
        "received your application; the team will look it over soon.\n\nBest regards,\nNordvik & "
        "Lund\n\nPowered by Teamtailor",
    ),
    application_row(
        "teamtailor_sv",
        Status.REJECTED,
        "Bergström Fastigheter AB",
        "Fastighetsförvaltare",
        sender="Bergström Fastigheter AB <no-reply@teamtailor-mail.com>",
        subject="Angående din ansökan till Fastighetsförvaltare",
        body="Hej Erik,\n\nTack för ditt intresse för tjänsten som Fastighetsförvaltare hos Bergström "
        "Fastigheter AB. Vi har valt att gå vidare med andra kandidater.\n\nVänliga "
        "hälsningar,\nBergström Fastigheter AB",
    ),
    application_row(
        "recruitee_nl",
        Status.APPLIED,
        "De Groene Vork B.V.",
        "Zelfstandig Werkend Kok",
        sender="De Groene Vork B.V. <notifications@recruitee.com>",
        subject="Bedankt voor je sollicitatie bij De Groene Vork B.V.",
        body="Hoi Daan,\n\nBedankt voor je sollicitatie op de vacature Zelfstandig Werkend Kok (m/v/x). We "
        "bekijken je cv zo snel mogelijk en laten binnen twee weken van ons horen.\n\nGroet,\nTeam De "
        "Groene Vork",
    ),
    application_row(
        "workable_en",
        Status.INTERVIEW,
        "Brightwell Analytics",
        "Senior Data Engineer",
        sender="Brightwell Analytics <noreply@candidates.workablemail.com>",
        subject="Interview invitation: Senior Data Engineer at Brightwell Analytics",
        body="Hi Jordan,\n\nThank you for applying for the Senior Data Engineer position at Brightwell "
        "Analytics. We'd like to invite you to a 45-minute video interview with our engineering lead. "
        "Please pick a time that suits you using the link below.\n\nKind regards,\nThe Brightwell "
        "Analytics Hiring Team\n\nSent via Workable",
    ),
    application_row(
        "successfactors_en",
        Status.REJECTED,
        "Whitcombe Holdings plc",
        "Finance Business Partner",
        sender="Whitcombe Holdings Careers <careers@successfactors.eu>",
        subject="Finance Business Partner - Req 20455 - Application Update",
        body="Dear Morgan,\n\nThank you for your interest in the Finance Business Partner (Req 20455) "
        "vacancy at Whitcombe Holdings plc. After reviewing your application, we have decided not "
        "to progress your candidacy further at this time.\n\nYours sincerely,\nTalent "
        "Acquisition\nWhitcombe Holdings plc",
    ),
    application_row(
        "ashby_en",
        Status.INTERVIEW,
        "Quill.ai",
        "Founding Engineer",
        sender="Quill.ai <no-reply@ashbyhq.com>",
        subject="Next steps for Founding Engineer at Quill.ai",
        body="Hi Priya,\n\nThanks for your interest in Quill.ai! We enjoyed reading your application for "
        "the Founding Engineer role and would love to set up a 30-minute intro call with our CTO. You "
        "can book a slot here.\n\nCheers,\nThe Quill.ai team",
    ),
    application_row(
        "jazzhr_en",
        Status.APPLIED,
        "3M Staffing Partners",
        "Forklift Operator",
        sender="3M Staffing Partners <notifications@applytojob.com>",
        subject="Thank you for applying!",
        body="Hi Dana,\n\nThank you for applying for the Forklift Operator position at 3M Staffing "
        "Partners. We have received your application and a member of our team will contact you if your "
        "qualifications match our needs.\n\nSincerely,\n3M Staffing Partners",
    ),
    application_row(
        "req_cancelled",
        Status.WITHDRAWN,
        "Holloway Retail Group",
        "Assistant Store Manager",
        sender="Holloway Retail Group <careers@hollowayretail.co.uk>",
        subject="Assistant Store Manager - requisition cancelled",
        body="Dear Jamie,\n\nThank you for applying for the Assistant Store Manager role with Holloway "
        "Retail Group. We are writing to let you know that this requisition has been cancelled and the "
        "position will not be filled at this time.\n\nKind regards,\nHolloway Retail Group Recruitment",
    ),
    application_row(
        "fast_stream",
        Status.ASSESSMENT,
        "Civil Service Fast Stream",
        None,
        sender="Civil Service Fast Stream <faststream@notifications.service.gov.uk>",
        subject="Your Fast Stream application: next stage",
        body="Dear candidate,\n\nCongratulations, you have passed the online tests. The next stage of your "
        "Civil Service Fast Stream application is the e-tray exercise, which you must complete by 12 "
        "January.\n\nBest wishes,\nFast Stream",
    ),
    application_row(
        "council_en",
        Status.REJECTED,
        "Norfolk County Council",
        "Social Worker",
        sender="Norfolk County Council <jobs@norfolk.gov.uk>",
        subject="Your application for Social Worker (NCC-01234)",
        body="Dear applicant,\n\nThank you for applying for the post of Social Worker with Norfolk County "
        "Council. We are sorry to tell you that on this occasion you have not been shortlisted for "
        "interview.\n\nRecruitment Team\nNorfolk County Council",
    ),
    application_row(
        "university_en",
        Status.APPLIED,
        "University of Leeds",
        "Research Fellow in Machine Learning",
        sender="University of Leeds <jobs@leeds.ac.uk>",
        subject="Application confirmation - Research Fellow in Machine Learning (EPSCS1043)",
        body="Dear Dr Osei,\n\nThank you for your application for Research Fellow in Machine Learning "
        "(EPSCS1043) at the University of Leeds. Your application has been submitted "
        "successfully.\n\nRegards,\nHR Recruitment",
    ),
    application_row(
        "dots_en",
        Status.REJECTED,
        "J.P. Morgan",
        "Operations Analyst",
        sender="J.P. Morgan <jpmorgan.chase@jpmchase.com>",
        subject="J.P. Morgan - Operations Analyst - Application Update",
        body="Dear Ahmed,\n\nThank you for your interest in the Operations Analyst role at J.P. Morgan. "
        "After a close look, we will not be progressing your application.\n\nJ.P. Morgan "
        "Campus Recruiting",
    ),
    application_row(
        "pt_mf",
        Status.INTERVIEW,
        "Sonae MC",
        "Analista de Dados",
        sender="Sonae MC <recrutamento@sonaemc.pt>",
        subject="Entrevista - Analista de Dados (M/F)",
        body="Olá Inês,\n\nObrigado pela sua candidatura para Analista de Dados (M/F) na Sonae MC. "
        "Gostaríamos de a convidar para uma entrevista por videochamada na próxima "
        "semana.\n\nCumprimentos,\nEquipa de Recrutamento",
    ),
    application_row(
        "be_mfx",
        Status.APPLIED,
        "Colruyt Group",
        "Data Scientist",
        sender="Colruyt Group <jobs@colruytgroup.com>",
        subject="Your application: Data Scientist (m/f/x)",
        body="Dear Pieter,\n\nThank you for applying for the Data Scientist (m/f/x) vacancy at Colruyt "
        "Group. We have received your application and will get back to you within three weeks.\n\nKind "
        "regards,\nColruyt Group Recruitment",
    ),
    application_row(
        "nhs_site",
        Status.INTERVIEW,
        "Leeds Teaching Hospitals NHS Trust",
        "Healthcare Assistant",
        sender="NHS Jobs <noreply@jobs.nhs.uk>",
        subject="Invitation to interview: Healthcare Assistant - St James's University Hospital",
        body="Dear applicant,\n\nLeeds Teaching Hospitals NHS Trust would like to invite you to an "
        "interview for the post of Healthcare Assistant at St James's University Hospital.\n\nPlease "
        "log in to NHS Jobs to book your interview slot.\n\nNHS Jobs",
    ),
    application_row(
        "the_company",
        Status.APPLIED,
        "The Body Shop",
        "Sales Advisor",
        sender="The Body Shop Careers <careers@thebodyshop.com>",
        subject="Thank you for your application",
        body="Hi Lucy,\n\nThank you for applying to be a Sales Advisor at The Body Shop. We'll review your "
        "application and get back to you soon.\n\nThe Body Shop Recruitment Team",
    ),
    application_row(
        "digits_name",
        Status.REJECTED,
        "7-Eleven",
        "Store Clerk",
        sender="7-Eleven Careers <no-reply@7-eleven.com>",
        subject="Update on your 7-Eleven application",
        body="Hi Jordan,\n\nThank you for your interest in the Store Clerk position with 7-Eleven. We have "
        "decided to move forward with other applicants at this time.\n\n7-Eleven Talent Team",
    ),
]

BATCH_ONE_FIX_MISREADS = {
    "teamtailor_sv": "Swedish, none of the seven languages the phrase tables hold: read as no application",
}


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"), with_misreads(BATCH_ONE_FIX, BATCH_ONE_FIX_MISREADS)
)
def test_batch_one_fix_half(mail, status, company, title):
    assert_reads_application(extract_as_received(**mail), status, company, title)


# The HOLD half, measured before and after the fixes above without being read to design them: 6 of 17 wrong on
# main 539933f (5 with my blind expectation for the academy trust's school, see the FIX half's site rule),
# 4 after. The employer's legal form: 'Fahrwerk42' as the subject writes it (docs/DESIGN.md: a form is not
# shown where the mail writes the name without it), not my expectation's 'Fahrwerk42 GmbH'.
BATCH_ONE_HOLD = [
    application_row(
        "personio_de",
        Status.APPLIED,
        "Kessler & Söhne GmbH",
        "Industriemechaniker",
        sender="Kessler & Söhne GmbH <jobs@kessler-soehne.jobs.personio.de>",
        subject="Ihre Bewerbung als Industriemechaniker (m/w/d)",
        body="Hallo Herr Wendt,\n\nvielen Dank für Ihre Bewerbung als Industriemechaniker (m/w/d) bei der "
        "Kessler & Söhne GmbH. Wir haben Ihre Unterlagen erhalten und werden diese sorgfältig "
        "prüfen.\n\nViele Grüße\nIhr Recruiting-Team der Kessler & Söhne GmbH",
    ),
    application_row(
        "personio_de_reject",
        Status.REJECTED,
        "Fahrwerk42",
        "Werkstudent Marketing",
        sender="Fahrwerk42 GmbH <jobs@fahrwerk42.jobs.personio.de>",
        subject="Ihre Bewerbung bei Fahrwerk42",
        body="Hallo Lena,\n\nvielen Dank für dein Interesse an der Position Werkstudent Marketing (m/w/d). "
        "Leider müssen wir dir mitteilen, dass wir uns für andere Bewerber:innen entschieden "
        "haben.\n\nWir wünschen dir alles Gute!\nDein People Team von Fahrwerk42 GmbH",
    ),
    application_row(
        "smartrecruiters_en",
        Status.APPLIED,
        "H&M Group",
        "Visual Merchandiser",
        sender="H&M Group <no-reply@smartrecruiters.com>",
        subject="Your application for Visual Merchandiser",
        body="Dear Alex,\n\nThank you for your application for the position of Visual Merchandiser with H&M "
        "Group. We have received it and will be reviewing it over the coming weeks.\n\nBest "
        "regards,\nH&M Group Talent Acquisition",
    ),
    application_row(
        "taleo_en",
        Status.APPLIED,
        "The Halvern NHS Foundation Trust",
        "Staff Nurse - Band 5",
        sender="Taleo <do-not-reply@taleo.net>",
        subject="Application Received: Staff Nurse - Band 5 (Job Number 3318402)",
        body="Dear Candidate,\n\nThank you for applying to The Halvern NHS Foundation Trust for the "
        "position of Staff Nurse - Band 5 (Job Number 3318402).\n\nWe have your application; our "
        "recruiting team will now look at it.\n\nRegards,\nRecruitment Services",
    ),
    application_row(
        "icims_en",
        Status.REJECTED,
        "Dunmore Logistics",
        "Warehouse Associate",
        sender="Dunmore Logistics <dunmorelogistics@talent.icims.com>",
        subject="Warehouse Associate - Store 0412 Leeds",
        body="Hello Chris,\n\nThank you for your interest in the Warehouse Associate - Store 0412 Leeds "
        "opportunity at Dunmore Logistics. Unfortunately, we have decided to pursue different candidates "
        "whose experience sits closer to the needs of this position.\n\nThank you,\nDunmore "
        "Logistics Recruiting",
    ),
    application_row(
        "bamboohr_en",
        Status.APPLIED,
        "Pine & Pixel Studio",
        "Junior Illustrator",
        sender="Pine & Pixel Studio <notifications@app.bamboohr.com>",
        subject="Your application to Pine & Pixel Studio",
        body="Hi Casey,\n\nA short note to say we received your application for Junior "
        "Illustrator. Thanks for thinking of Pine & Pixel Studio; we will write if your portfolio "
        "suits us.\n\nThanks,\nPine & Pixel Studio Hiring Team",
    ),
    application_row(
        "hiring_team_jr",
        Status.APPLIED,
        "Calder Biosciences",
        "Clinical Research Associate",
        sender="Calder Biosciences <calder@myworkday.com>",
        subject="We've received your application",
        body="Hi Rowan,\n\nThanks for your interest in Calder Biosciences. We've received your application "
        "and will review it shortly.\n\nThe hiring team for Clinical Research Associate (JR-55120)",
    ),
    application_row(
        "civil_service",
        Status.APPLIED,
        "Department for Transport",
        "Policy Adviser",
        sender="Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        subject="Application received: Policy Adviser - Department for Transport",
        body="Dear applicant,\n\nThank you for submitting your application for the role of Policy Adviser "
        "(reference 384512) with the Department for Transport.\n\nWe will contact you once the sift "
        "has been completed.\n\nCivil Service Jobs",
    ),
    application_row(
        "academy_trust",
        Status.INTERVIEW,
        "Brightpath Academy Trust",
        "Teaching Assistant",
        sender="Recruitment <recruitment@brightpathtrust.org.uk>",
        subject="Interview - Teaching Assistant, Oakfield Primary School",
        body="Dear Ms Patel,\n\nThank you for your application for the post of Teaching Assistant at "
        "Oakfield Primary School. We are pleased to invite you to interview on Tuesday 9 December at "
        "10am at the school.\n\nYours sincerely,\nHR Team\nBrightpath Academy Trust",
    ),
    application_row(
        "foundation_en",
        Status.OFFER,
        "The Wellcome Foundation",
        "Grants Officer",
        sender="Hannah Reeves <h.reeves@wellcomefdn.org>",
        subject="Offer of employment - Grants Officer",
        body="Dear Tom,\n\nI am delighted to offer you the position of Grants Officer at The Wellcome "
        "Foundation, subject to references. Your contract will follow by post.\n\nWarm "
        "regards,\nHannah Reeves\nHead of People, The Wellcome Foundation",
    ),
    application_row(
        "allcaps_en",
        Status.APPLIED,
        "KPMG",
        "Audit Associate",
        sender="KPMG Careers <ukcareers@kpmg.co.uk>",
        subject="KPMG - Application Received - Audit Associate",
        body="Dear Sophie,\n\nThank you for applying to the Audit Associate position at KPMG. Your "
        "application is now with our recruitment team.\n\nKind regards,\nKPMG Student Recruitment",
    ),
    application_row(
        "fr_hf",
        Status.APPLIED,
        "Groupe Léonard",
        "Chef de chantier",
        sender="Groupe Léonard <recrutement@groupe-leonard.fr>",
        subject="Votre candidature : Chef de chantier H/F",
        body="Bonjour Julien,\n\nNous vous remercions pour votre candidature au poste de Chef de chantier "
        "H/F au sein du Groupe Léonard. Elle a bien été transmise à notre équipe qui reviendra vers "
        "vous.\n\nCordialement,\nLe service recrutement",
    ),
    application_row(
        "es_mf",
        Status.REJECTED,
        "Banco Sabadell",
        "Gestor/a Comercial",
        sender="Banco Sabadell <noreply@sabadell.com>",
        subject="Tu candidatura a Gestor/a Comercial",
        body="Hola Marta,\n\nGracias por tu interés en la oferta de Gestor/a Comercial en Banco Sabadell. "
        "Lamentamos comunicarte que en esta ocasión no continuarás en el proceso de selección.\n\nUn "
        "saludo,\nEquipo de Selección",
    ),
    application_row(
        "it_mf",
        Status.APPLIED,
        "Ferretti & Bianchi S.p.A.",
        "Ingegnere di Processo",
        sender="Ferretti & Bianchi S.p.A. <hr@ferrettibianchi.it>",
        subject="Conferma candidatura - Ingegnere di Processo (m/f)",
        body="Gentile Luca,\n\nti ringraziamo per la candidatura alla posizione di Ingegnere di Processo "
        "(m/f) presso Ferretti & Bianchi S.p.A. Il nostro team la valuterà con attenzione.\n\nCordiali "
        "saluti,\nUfficio Risorse Umane",
    ),
    application_row(
        "de_senior_code",
        Status.APPLIED,
        "Zeppelin Systems",
        "Senior Software Architect",
        sender="Zeppelin Systems Karriere <karriere@zeppelin.com>",
        subject="Eingangsbestätigung: Senior Software Architect (m/w/d) - Ref. 2025-0713",
        body="Sehr geehrte Frau Nowak,\n\nvielen Dank für Ihr Interesse an der Stelle Senior Software "
        "Architect (m/w/d), Ref. 2025-0713, bei Zeppelin Systems. Ihre Bewerbung ist bei uns "
        "eingegangen.\n\nMit freundlichen Grüßen\nZeppelin Systems Human Resources",
    ),
    application_row(
        "on_behalf_of",
        Status.APPLIED,
        "Ardent Foods Ltd",
        "Production Planner",
        sender="Harbour Recruitment <jobs@harbour-recruit.co.uk>",
        subject="Production Planner - application received",
        body="Hi Sam,\n\nThank you for applying for the Production Planner role. We are recruiting on "
        "behalf of our client, Ardent Foods Ltd, a family-owned food manufacturer in Grimsby. A "
        "consultant will call you if your profile matches.\n\nBest wishes,\nHarbour Recruitment",
    ),
    application_row(
        "status_tail",
        Status.REJECTED,
        "Marlow & Finch",
        "Graduate Surveyor",
        sender="Marlow & Finch <recruitment@marlowfinch.co.uk>",
        subject="Graduate Surveyor - Unsuccessful",
        body="Dear Ellie,\n\nThank you for your recent application to Marlow & Finch. We are sorry to "
        "let you know that your application has been unsuccessful on this occasion.\n\nKind regards,\nHR "
        "Department",
    ),
]

BATCH_ONE_HOLD_MISREADS: dict[str, str] = {}


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"), with_misreads(BATCH_ONE_HOLD, BATCH_ONE_HOLD_MISREADS)
)
def test_batch_one_hold_half(mail, status, company, title):
    assert_reads_application(extract_as_received(**mail), status, company, title)


# Batch two (24 mails, written before looking; FIX 7/12 wrong on main 84434fd, HOLD 6/12 -- 8/12 on 539933f;
# after: FIX 2, HOLD 5): recruiters relaying a client in five languages, a site after the title ("- Store
# #2231 Bolton", "- Swindon Branch", "- locatie Amersfoort", "- Punto vendita di Parma"), a department
# signing after its organisation ("Personalabteilung", "Human Resources"), "The hiring team for <title>
# (R-...)", "Holdings", "AT&T".
BATCH_TWO_FIX = [
    application_row(
        "rec_client_en",
        Status.INTERVIEW,
        "Harlow Pharmaceuticals",
        "QA Specialist",
        sender="Megan Doyle <megan.doyle@brookstaffing.co.uk>",
        subject="Interview - QA Specialist - Harlow Pharmaceuticals",
        body="Hi Sam,\n\nGreat news - Harlow Pharmaceuticals would like to interview you for the QA "
        "Specialist role on Thursday at 2pm at their Cambridge site.\n\nI'll send over some prep notes "
        "tomorrow.\n\nMegan Doyle\nSenior Consultant | Brook Staffing",
    ),
    application_row(
        "rec_client_de",
        Status.APPLIED,
        "Lindner Medizintechnik GmbH",
        "Servicetechniker",
        sender="Tobias Kern <t.kern@kern-personalberatung.de>",
        subject="Ihre Unterlagen für Lindner Medizintechnik",
        body="Hallo Herr Yilmaz,\n\nwie besprochen habe ich Ihre Unterlagen heute an unseren Mandanten, die "
        "Lindner Medizintechnik GmbH, für die Position Servicetechniker (m/w/d) weitergeleitet. Ich "
        "melde mich, sobald ich Feedback habe.\n\nBeste Grüße\nTobias Kern\nKern Personalberatung",
    ),
    application_row(
        "store_number_en",
        Status.APPLIED,
        "Brightmart",
        "Cashier",
        sender="Brightmart Careers <careers@brightmart.com>",
        subject="Application received: Cashier - Store #2231 Bolton",
        body="Hi Jess,\n\nThanks for applying for Cashier - Store #2231 Bolton. Our store team will go "
        "through your application and write back.\n\nBrightmart Careers",
    ),
    application_row(
        "branch_tail_en",
        Status.REJECTED,
        "Northwind Bank",
        "Customer Service Advisor",
        sender="Northwind Bank <recruitment@northwindbank.co.uk>",
        subject="Customer Service Advisor - Swindon Branch - Update",
        body="Dear Harry,\n\nThank you for your application for Customer Service Advisor - Swindon Branch. "
        "Unfortunately we will not be progressing your application further.\n\nNorthwind Bank "
        "Recruitment",
    ),
    application_row(
        "dept_signoff_de",
        Status.REJECTED,
        "Baumgart Elektrotechnik",
        "Elektroniker",
        sender="Baumgart Elektrotechnik <bewerbung@baumgart-elektro.de>",
        subject="Ihre Bewerbung als Elektroniker (m/w/d)",
        body="Sehr geehrter Herr Lang,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für einen anderen "
        "Bewerber entschieden haben.\n\nMit freundlichen Grüßen\nBaumgart Elektrotechnik "
        "Personalabteilung",
    ),
    application_row(
        "dept_signoff_fr",
        Status.APPLIED,
        "Transports Girard",
        "Chauffeur PL",
        sender="Transports Girard <rh@transports-girard.fr>",
        subject="Candidature Chauffeur PL",
        body="Bonjour Marc,\n\nNous accusons réception de votre candidature au poste de Chauffeur PL. Nous "
        "reviendrons vers vous rapidement.\n\nCordialement,\nService des Ressources "
        "Humaines\nTransports Girard",
    ),
    application_row(
        "title_nl_loc",
        Status.APPLIED,
        "Zorggroep Meander",
        "Verzorgende IG",
        sender="Zorggroep Meander <werken@zorggroepmeander.nl>",
        subject="Sollicitatie Verzorgende IG - locatie Amersfoort",
        body="Beste Fleur,\n\nBedankt voor je sollicitatie als Verzorgende IG voor onze locatie Amersfoort. "
        "We nemen binnen een week contact met je op.\n\nMet vriendelijke groet,\nZorggroep Meander",
    ),
    application_row(
        "title_it_sede",
        Status.REJECTED,
        "Conad Nord Ovest",
        "Addetto Vendite",
        sender="Conad Nord Ovest <selezione@conad.it>",
        subject="Candidatura Addetto Vendite - Punto vendita di Parma",
        body="Gentile Marco,\n\nla ringraziamo per la candidatura per la posizione di Addetto Vendite "
        "presso il punto vendita di Parma. Purtroppo il suo profilo non è stato "
        "selezionato.\n\nCordiali saluti,\nConad Nord Ovest",
    ),
    application_row(
        "title_pt_loc",
        Status.APPLIED,
        "Jerónimo Martins",
        "Operador de Armazém",
        sender="Jerónimo Martins <recrutamento@jeronimo-martins.com>",
        subject="Candidatura recebida: Operador de Armazém (Azambuja)",
        body="Olá Rui,\n\nRecebemos a sua candidatura para Operador de Armazém (Azambuja). A nossa equipa "
        "irá analisá-la e entraremos em contacto.\n\nEquipa de Recrutamento\nJerónimo Martins",
    ),
    application_row(
        "title_fr_cdi",
        Status.INTERVIEW,
        "Decathlon",
        "Vendeur Sport",
        sender="Decathlon Recrutement <recrutement@decathlon.com>",
        subject="Entretien - Vendeur Sport H/F - CDI - Lille",
        body="Bonjour Hugo,\n\nSuite à votre candidature au poste de Vendeur Sport H/F, nous souhaitons "
        "vous rencontrer pour un entretien mardi à 14h dans notre magasin de Lille.\n\nL'équipe "
        "recrutement Decathlon",
    ),
    application_row(
        "council_dept",
        Status.APPLIED,
        "Bristol City Council",
        "Housing Officer",
        sender="Bristol City Council <noreply@bristol.gov.uk>",
        subject="Application received - Housing Officer",
        body="Dear applicant,\n\nThank you for applying for the Housing Officer post in our Housing and "
        "Landlord Services department. We have received your application.\n\nBristol City Council "
        "Recruitment",
    ),
    application_row(
        "ampersand_allcaps",
        Status.APPLIED,
        "AT&T",
        "Retail Sales Consultant",
        sender="AT&T Careers <att@myworkday.com>",
        subject="Thank you for applying to AT&T",
        body="Hi Morgan,\n\nThank you for applying for the Retail Sales Consultant position at AT&T. We'll "
        "be in touch.\n\nAT&T Talent Acquisition",
    ),
]

BATCH_TWO_HOLD = [
    application_row(
        "rec_client_fr",
        Status.REJECTED,
        "Maison Aubert",
        "Responsable Boutique",
        sender="Claire Martin <claire.martin@talentis-rh.fr>",
        subject="Votre candidature - Responsable Boutique",
        body="Bonjour Inès,\n\nJe reviens vers vous concernant le poste de Responsable Boutique chez notre "
        "client Maison Aubert. Malheureusement, le client a décidé de poursuivre avec un autre "
        "profil.\n\nBien à vous,\nClaire Martin\nTalentis RH",
    ),
    application_row(
        "rec_client_nl",
        Status.INTERVIEW,
        "Vos Logistiek",
        "Planner",
        sender="Sanne de Wit <sanne@flexwerk-uitzend.nl>",
        subject="Gesprek bij Vos Logistiek",
        body="Hoi Mark,\n\nGoed nieuws: Vos Logistiek wil graag kennismaken! Het gesprek voor de functie "
        "Planner is op dinsdag om 10:00 uur op hun kantoor in Tilburg.\n\nGroetjes,\nSanne de "
        "Wit\nFlexwerk Uitzendbureau",
    ),
    application_row(
        "rec_client_es",
        Status.OFFER,
        "Grupo Ferrovial Servicios",
        "Jefe de Obra",
        sender="Laura Sanz <lsanz@hunterselect.es>",
        subject="Oferta - Jefe de Obra",
        body="Hola Pablo,\n\nTengo el placer de comunicarte que nuestro cliente, Grupo Ferrovial Servicios, "
        "quiere hacerte una oferta para el puesto de Jefe de Obra. Te llamo esta tarde para ver los "
        "detalles.\n\nUn saludo,\nLaura Sanz\nHunter Select",
    ),
    application_row(
        "req_closed_en",
        Status.WITHDRAWN,
        "Altamira Software",
        "Support Engineer",
        sender="Altamira Software <jobs@altamira.io>",
        subject="Support Engineer - position closed",
        body="Hi Kim,\n\nThank you for your interest in the Support Engineer role at Altamira Software. This "
        "note is to say the position has been closed and we will not be hiring for it for "
        "now.\n\nAltamira Software Talent Team",
    ),
    application_row(
        "status_word_tail",
        Status.REJECTED,
        "Fernhill Health",
        "Pharmacy Technician",
        sender="Fernhill Health <no-reply@fernhillhealth.org>",
        subject="Pharmacy Technician: Not Selected",
        body="Dear Chris,\n\nThank you for applying to Fernhill Health. After a close look we have "
        "selected other candidates for this position.\n\nFernhill Health Talent Acquisition",
    ),
    application_row(
        "hiring_team_req",
        Status.APPLIED,
        "Orla Robotics",
        "Mechanical Design Engineer",
        sender="Orla Robotics <orla@myworkday.com>",
        subject="Thanks for applying",
        body="Hi Sam,\n\nThank you for applying to Orla Robotics. Your application is being "
        "reviewed.\n\nBest,\nThe hiring team for Mechanical Design Engineer (R-20931)",
    ),
    application_row(
        "dept_signoff_en",
        Status.APPLIED,
        "Kestrel Foods",
        "Food Technologist",
        sender="Kestrel Foods <jobs@kestrelfoods.co.uk>",
        subject="Your application",
        body="Dear Ana,\n\nThank you for applying for the Food Technologist vacancy. We will review your "
        "application and contact you within ten working days.\n\nKind regards,\nKestrel Foods Human "
        "Resources",
    ),
    application_row(
        "title_es_jornada",
        Status.APPLIED,
        "Mercadona",
        "Gerente de Tienda",
        sender="Mercadona <empleo@mercadona.es>",
        subject="Hemos recibido tu candidatura - Gerente de Tienda (Jornada completa)",
        body="Hola Lucía,\n\nGracias por inscribirte en la oferta de Gerente de Tienda (Jornada completa). "
        "Revisaremos tu candidatura y te contactaremos.\n\nEquipo de Selección de Mercadona",
    ),
    application_row(
        "title_de_standort",
        Status.APPLIED,
        "dm-drogerie markt",
        "Filialmitarbeiter",
        sender="dm-drogerie markt <karriere@dm.de>",
        subject="Deine Bewerbung als Filialmitarbeiter (m/w/d) - Standort Karlsruhe",
        body="Hallo Jana,\n\nvielen Dank für deine Bewerbung als Filialmitarbeiter (m/w/d) am Standort "
        "Karlsruhe. Wir melden uns in Kürze bei dir.\n\nDein dm-Team",
    ),
    application_row(
        "recruiter_relay_hiring_mgr",
        Status.INTERVIEW,
        "Pennant Insurance",
        "Claims Handler",
        sender="Ollie Grant <ollie@grantrecruitment.co.uk>",
        subject="Second interview",
        body="Hi Sam,\n\nThe hiring manager at Pennant Insurance was really impressed and wants you back "
        "for a second interview for the Claims Handler position next "
        "Wednesday.\n\nCheers,\nOllie\nGrant Recruitment Ltd",
    ),
    application_row(
        "group_holding",
        Status.REJECTED,
        "Castellan Holdings",
        "Treasury Analyst",
        sender="Castellan Holdings <careers@castellan.com>",
        subject="Your application to Castellan Holdings",
        body="Dear Ravi,\n\nThank you for applying for the Treasury Analyst role at Castellan Holdings. "
        "Unfortunately we have decided not to proceed with your application.\n\nCastellan Holdings "
        "Talent Team",
    ),
    application_row(
        "univ_dept",
        Status.INTERVIEW,
        "University of Bath",
        "Research Associate in Chemical Engineering",
        sender="University of Bath <jobs@bath.ac.uk>",
        subject="Interview invitation",
        body="Dear Dr Lee,\n\nThank you for your application for the post of Research Associate in Chemical "
        "Engineering. We would like to invite you to interview on 12 January.\n\nDepartment of "
        "Chemical Engineering\nUniversity of Bath",
    ),
]

BATCH_TWO_MISREADS = {
    "rec_client_nl": "the agency's sign-off 'Flexwerk Uitzend(bureau)' over the client the news is from",
    "rec_client_es": "'nuestro cliente ... quiere hacerte una oferta' reads as a recruiter's outreach",
    "req_closed_en": "'this position has been closed' reads rejected, not withdrawn (a post cancelled)",
    "title_de_standort": "'dm-drogerie markt' is cut to 'dm'",
}


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"), with_misreads(BATCH_TWO_FIX + BATCH_TWO_HOLD, BATCH_TWO_MISREADS)
)
def test_batch_two(mail, status, company, title):
    assert_reads_application(extract_as_received(**mail), status, company, title)
