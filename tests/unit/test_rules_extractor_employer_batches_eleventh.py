"""The employers helper's probes of the eleventh session (invented mail, each batch written before looking,
then split with random.Random(15).shuffle into a FIX half, the only one read to design a rule, and a HOLD
half measured before and after: whether a rule reaches mail nobody designed it from).

Batch one (34 mails; first look on main 6d049a3 FIX 11/17 wrong, HOLD 5/17): small employers writing by
hand, hotel, retail and burger chains with their sites, NHS trusts and boards, councils, universities, law
and consulting graduate schemes, Italian, Portuguese, Dutch, Spanish and German small firms, agencies
relaying a client in four languages, HTML ATS mail whose tables have no colons (label cells, header cells),
boards telling that an employer viewed the application, a legal line below a "-- " delimiter. Each mail is
read as it arrives (email_from_fields: HTML to text, the signature cut).
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
        "linkedin_viewed",
        Status.APPLIED,
        "Penrose Wilde",
        "Junior Accountant",
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Your application to Junior Accountant at Penrose Wilde was viewed",
        body="Your application was viewed\n\nPenrose Wilde viewed your application for Junior "
        "Accountant.\n\nJunior Accountant\nPenrose Wilde · Bristol (Hybrid)\n\nView "
        "job\n\nYou are receiving Job Seeker emails.",
    ),
    application_row(
        "pt_restaurant_gmail",
        Status.INTERVIEW,
        "Restaurante O Tasco",
        "Empregada de Mesa",
        sender="Restaurante O Tasco <restauranteotasco@gmail.com>",
        subject="Candidatura empregada de mesa",
        body="Olá Rita,\n\nObrigado pela candidatura para empregada de mesa. Pode vir cá na sexta "
        "às 15h para conversarmos um bocadinho?\n\nAbraço,\nManuel",
    ),
    application_row(
        "store_vs_company_footer",
        Status.APPLIED,
        "Home & Hearth",
        "Customer Advisor",
        sender="Home & Hearth Careers <careers@homeandhearth.co.uk>",
        subject="Thanks for applying - Customer Advisor, Exeter",
        body="Hi Grace,\n\nThank you for applying for Customer Advisor at our Exeter store. The "
        "store manager will look at your application and get back to you within a "
        "week.\n\nThe Home & Hearth Careers Team\n\nHome & Hearth Retail Ltd, Registered in "
        "England No. 04412345, Unit 4, Kingsway Park, Derby",
    ),
    application_row(
        "es_supermarket_store",
        Status.APPLIED,
        "Supermercados Valle Verde",
        "Reponedor/a",
        sender="Empleo Valle Verde <empleo@valleverde.es>",
        subject="Hemos recibido tu candidatura",
        body="Hola Lucía,\n\nGracias por tu interés en formar parte de Supermercados Valle Verde. "
        "Hemos recibido tu candidatura para el puesto de Reponedor/a en nuestra tienda de "
        "Zaragoza - Delicias.\n\nEl equipo de selección revisará tu perfil.\n\nUn "
        "saludo,\nEquipo de Selección",
    ),
    application_row(
        "fr_agence_interim_client",
        Status.INTERVIEW,
        "Boulangeries Lemoine",
        "Vendeuse en boulangerie",
        sender="Claire Dubois <c.dubois@interim-plus.fr>",
        subject="Entretien - Vendeuse en boulangerie",
        body="Bonjour Léa,\n\nMon client, les Boulangeries Lemoine, souhaite vous rencontrer pour "
        "le poste de Vendeuse en boulangerie. Seriez-vous disponible jeudi à 10h ?\n\nBien "
        "cordialement,\nClaire Dubois\nChargée de recrutement - Intérim Plus",
    ),
    application_row(
        "html_table_interview",
        Status.INTERVIEW,
        "Pinecrest Health",
        "Community Physiotherapist",
        sender="Pinecrest Health Recruitment <careers@pinecrest-health.com>",
        subject="Interview scheduled",
        body="<html><body><p>Dear Hannah,</p><p>We are pleased to invite you to an interview.</p>"
        "<table border='1'><tr><th>Job Title</th><td>Community Physiotherapist</td></tr><tr>"
        "<th>Date</th><td>Tuesday 9 March, 10:30</td></tr><tr><th>Location</th><td>Pinecrest "
        "House, Harrogate</td></tr></table><p>Kind regards,<br>Pinecrest Health "
        "Recruitment</p></body></html>",
    ),
    application_row(
        "es_ayuntamiento",
        Status.APPLIED,
        "Ayuntamiento de Villaverde del Río",
        "Auxiliar Administrativo",
        sender="Recursos Humanos <rrhh@villaverdedelrio.es>",
        subject="Solicitud recibida: plaza de Auxiliar Administrativo",
        body="Estimado/a aspirante:\n\nHemos recibido su solicitud para la plaza de Auxiliar "
        "Administrativo. La lista provisional de admitidos se publicará en el tablón de "
        "anuncios.\n\nAtentamente,\nDepartamento de Recursos Humanos\nAyuntamiento de "
        "Villaverde del Río",
    ),
    application_row(
        "legal_below_delimiter",
        Status.ASSESSMENT,
        "Copper Kettle Café",
        "Barista",
        sender="Copper Kettle Café <hello@copperkettlecafe.co.uk>",
        subject="Barista role",
        body="Hi Alex,\n\nThanks for applying for the barista role. We'd love you to come in for a "
        "trial shift next Tuesday morning, 8 till 11. Let me know if that "
        "works.\n\nLucy\n\n-- \nCopper Kettle Café\n3 Quay Street, Whitby\nCopper Kettle Ltd, "
        "registered in England and Wales no. 08812345",
    ),
    application_row(
        "pt_sme_rejection",
        Status.REJECTED,
        "Conservas Atlântico",
        "Operador de Produção",
        sender="Recrutamento Conservas Atlântico <recrutamento@conservasatlantico.pt>",
        subject="A sua candidatura - Operador de Produção",
        body="Caro João,\n\nAgradecemos o seu interesse na vaga de Operador de Produção. "
        "Infelizmente, decidimos avançar com outros candidatos cujo perfil se adequa melhor "
        "às necessidades da função.\n\nCom os melhores cumprimentos,\nDepartamento de "
        "Recursos Humanos\nConservas Atlântico, Lda.",
    ),
    application_row(
        "agency_client_interview",
        Status.INTERVIEW,
        "Fenwick Logistics",
        "Transport Planner",
        sender="Dan Mercer <dan.mercer@apextalent.co.uk>",
        subject="Interview - Transport Planner",
        body="Hi Sarah,\n\nGreat news: my client, Fenwick Logistics, would like to interview you "
        "for the Transport Planner role on Thursday at 11am at their Daventry depot. Can you "
        "confirm you're free?\n\nBest,\nDan Mercer\nSenior Consultant | Apex Talent Partners",
    ),
    application_row(
        "board_employer_viewed",
        Status.APPLIED,
        "Hollis & Grant",
        "Office Administrator",
        sender="Indeed <no-reply@indeed.com>",
        subject="Your application was viewed by Hollis & Grant",
        body="Good news!\n\nHollis & Grant viewed your application for Office "
        "Administrator.\n\nWhat's next? The employer may contact you directly. In the "
        "meantime, keep applying.\n\nSee similar jobs\n\nIndeed",
    ),
    application_row(
        "burger_branch_manager",
        Status.INTERVIEW,
        "Tuck Inn Burgers",
        "Shift Supervisor",
        sender="Carl Briggs <carl.b@tuckinnburgers.com>",
        subject="Shift Supervisor application",
        body="Hi Jess,\n\nI'm the general manager at the Riverside branch of Tuck Inn Burgers. "
        "Thanks for applying to be a Shift Supervisor with us. Can you come in for an "
        "interview on Wednesday at 3pm?\n\nThanks,\nCarl",
    ),
    application_row(
        "short_brand_full_body",
        Status.APPLIED,
        "Holt Mercer Bryce",
        "Associate",
        sender="HMB Careers <careers@hmb-partners.com>",
        subject="Application received: Associate",
        body="Dear Ayesha,\n\nThank you for applying to Holt Mercer Bryce for the Associate "
        "position in our London office. A member of our recruitment team will review your "
        "application.\n\nHMB Recruitment",
    ),
    application_row(
        "consulting_grad_rejection",
        Status.REJECTED,
        "Ferris Lane",
        "Strategy Consulting Graduate Programme",
        sender="Ferris Lane Graduate Recruitment <graduates@ferrislane.com>",
        subject="Your Ferris Lane application",
        body="Dear Priya,\n\nThank you for your interest in the Strategy Consulting Graduate "
        "Programme at Ferris Lane. We have reviewed your application carefully and "
        "unfortunately will not be taking it forward at this stage.\n\nKind "
        "regards,\nGraduate Recruitment Team",
    ),
    application_row(
        "law_training_contract",
        Status.ASSESSMENT,
        "Hartley Crane LLP",
        "Trainee Solicitor (2028 Training Contract)",
        sender="Hartley Crane Graduate Recruitment <graduaterecruitment@hartleycrane.com>",
        subject="Hartley Crane LLP - Trainee Solicitor (2028 Training Contract)",
        body="Dear Olivia,\n\nThank you for applying for a Training Contract with Hartley Crane "
        "LLP. We are pleased to invite you to our assessment centre on 14 February, which "
        "will include a written exercise, a group task and a partner interview.\n\nPlease "
        "confirm your attendance by replying to this email.\n\nKind regards,\nGraduate "
        "Recruitment Team\nHartley Crane LLP",
    ),
    application_row(
        "it_sme_ufficio_personale",
        Status.APPLIED,
        "Falegnameria Rossi",
        "Magazziniere",
        sender="Falegnameria Rossi <info@falegnameriarossi.it>",
        subject="Candidatura Magazziniere",
        body="Gentile Marco,\n\nla ringraziamo per la candidatura per la posizione di "
        "Magazziniere. Valuteremo il suo profilo e, in caso di esito positivo, la "
        "ricontatteremo entro due settimane.\n\nCordiali saluti,\nUfficio "
        "Personale\nFalegnameria Rossi S.r.l.\nVia dei Mille 22, Treviso",
    ),
    application_row(
        "it_agency_client",
        Status.INTERVIEW,
        "Pastificio Dal Bosco S.p.A.",
        "Responsabile Qualità",
        sender="Giulia Neri <g.neri@risorseplus.it>",
        subject="Posizione Responsabile Qualità",
        body="Gentile Sara,\n\nil nostro cliente, Pastificio Dal Bosco S.p.A., ha visionato il suo "
        "CV per la posizione di Responsabile Qualità e vorrebbe fissare un colloquio "
        "conoscitivo la prossima settimana. Mi fa sapere le sue disponibilità?\n\nCordiali "
        "saluti,\nGiulia Neri\nRisorse Plus - Ricerca e Selezione",
    ),
]

BATCH_ONE_FIX_MISREADS = {
    "it_agency_client": "an agency's 'il nostro cliente, X, ha visionato il suo CV ... e vorrebbe fissare un "
    "colloquio' reads as outreach (kind_rules: an agency proposing a step)",
    "law_training_contract": "the title is read from 'a Training Contract' in the body, not the subject's "
    "'Trainee Solicitor'",
}


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"), with_misreads(BATCH_ONE_FIX, BATCH_ONE_FIX_MISREADS)
)
def test_batch_one_fix_half(mail, status, company, title):
    assert_reads_application(extract_as_received(**mail), status, company, title)


# The HOLD half, measured before and after the fixes above without being read to design them: 5 of 17 wrong
# on main 6d049a3, the same five after (pinned once the fixes were in).
BATCH_ONE_HOLD = [
    application_row(
        "html_table_no_colon",
        Status.APPLIED,
        "Oakridge Distribution Ltd",
        "Warehouse Team Leader",
        sender="Oakridge Careers <noreply@oakridge-careers.com>",
        subject="Application received",
        body="<html><body><p>Hi Kieran,</p><p>Thanks for your application. Here is a summary:</p>"
        "<table><tr><td>Position</td><td>Warehouse Team Leader</td></tr><tr><td>Company</td>"
        "<td>Oakridge Distribution Ltd</td></tr><tr><td>Location</td><td>Avonmouth</td></tr>"
        "<tr><td>Status</td><td>Received</td></tr></table><p>We will be in touch.</p></body>"
        "</html>",
    ),
    application_row(
        "nl_bakery_owner",
        Status.INTERVIEW,
        "Bakkerij Van der Meer",
        "Verkoopmedewerker",
        sender="Jan van der Meer <jan@bakkerijvandermeer.nl>",
        subject="Re: sollicitatie verkoopmedewerker",
        body="Beste Lotte,\n\nBedankt voor je sollicitatie als verkoopmedewerker. Leuk dat je bij "
        "ons wilt werken! We nodigen je graag uit voor een gesprek op dinsdag om 14.00 uur in "
        "de winkel.\n\nMet vriendelijke groet,\nJan van der Meer\nBakkerij Van der Meer",
    ),
    application_row(
        "nhs_jobs_interview",
        Status.INTERVIEW,
        "Northfield Teaching Hospitals NHS Foundation Trust",
        "Healthcare Assistant",
        sender="NHS Jobs <noreply@jobs.nhs.uk>",
        subject="Invitation to interview: Healthcare Assistant (Ref 312-HCA-0456)",
        body="Dear Ms Okafor,\n\nYou have been invited to interview for Healthcare Assistant at "
        "Northfield Teaching Hospitals NHS Foundation Trust.\n\nPlease log in to your NHS "
        "Jobs account to book an interview slot.\n\nThis is an automated message from NHS "
        "Jobs.",
    ),
    application_row(
        "apostrophe_squashed",
        Status.APPLIED,
        "Murphy's Bar & Kitchen",
        "Bartender",
        sender="Murphy's Bar & Kitchen <jobs@murphysbarandkitchen.ie>",
        subject="Bartender application",
        body="Hi Conor,\n\nThanks a million for applying for the Bartender job at Murphy's Bar & "
        "Kitchen. We'll give you a shout if we'd like to meet you.\n\nMurphy's Team",
    ),
    application_row(
        "es_taller_rrhh",
        Status.APPLIED,
        "Talleres Hermanos García",
        "Mecánico de Automoción",
        sender="RRHH Talleres García <rrhh@tallereshgarcia.es>",
        subject="Tu candidatura: Mecánico de Automoción",
        body="Hola Pablo,\n\nHemos recibido tu candidatura para el puesto de Mecánico de "
        "Automoción. Revisaremos tu CV y nos pondremos en contacto contigo si tu perfil "
        "encaja.\n\nUn saludo,\nRecursos Humanos - Talleres Hermanos García",
    ),
    application_row(
        "nhs_scotland_board",
        Status.INTERVIEW,
        "NHS Glenmoor",
        "Staff Nurse",
        sender="Recruitment Team <recruitment@glenmoor.scot.nhs.uk>",
        subject="Interview invitation - Staff Nurse, Ward 12",
        body="Dear Fiona,\n\nFollowing your application for the post of Staff Nurse (Ward 12, "
        "Glenmoor Royal Infirmary), I am pleased to invite you to interview on Monday 2 March "
        "at 2pm.\n\nPlease bring photo ID and proof of registration.\n\nRecruitment Team\nNHS "
        "Glenmoor",
    ),
    application_row(
        "council_post",
        Status.APPLIED,
        "Westbury District Council",
        "Planning Officer",
        sender="Westbury District Council Recruitment <recruitment@westbury.gov.uk>",
        subject="Application received - Planning Officer (WDC-2291)",
        body="Dear Applicant,\n\nThank you for your application for the post of Planning Officer "
        "(reference WDC-2291). The closing date is 12 January and shortlisting will take "
        "place shortly afterwards.\n\nIf you have not heard from us within four weeks of the "
        "closing date, please assume that you have not been shortlisted.\n\nHR "
        "Services\nWestbury District Council",
    ),
    application_row(
        "university_workday",
        Status.REJECTED,
        "Kingsbridge University",
        "Lecturer in Civil Engineering",
        sender="Kingsbridge University <kingsbridge@myworkday.com>",
        subject="Update on your application",
        body="Dear Samuel,\n\nThank you for applying for the position of Lecturer in Civil "
        "Engineering at Kingsbridge University. After careful consideration, we regret to "
        "inform you that we will not be progressing your application further.\n\nBest "
        "wishes,\nPeople Services",
    ),
    application_row(
        "nl_html_table",
        Status.APPLIED,
        "Van Dijk Transport B.V.",
        "Logistiek Medewerker",
        sender="Werken bij Van Dijk <no-reply@werkenbij.vandijktransport.nl>",
        subject="Bevestiging van je sollicitatie",
        body="<html><body><p>Beste Sem,</p><p>Bedankt voor je sollicitatie. We hebben de volgende "
        "gegevens ontvangen:</p><table><tr><td>Vacature</td><td>Logistiek Medewerker</td></tr>"
        "<tr><td>Organisatie</td><td>Van Dijk Transport B.V.</td></tr><tr><td>Locatie</td>"
        "<td>Veghel</td></tr></table><p>Met vriendelijke groet,<br>Team Recruitment</p></body>"
        "</html>",
    ),
    application_row(
        "hotel_chain_site",
        Status.APPLIED,
        "Harbourside Hotels",
        "Night Receptionist",
        sender="Harbourside Hotels Careers <careers@harboursidehotels.co.uk>",
        subject="Your application: Night Receptionist - Harbourside Hotel Brighton",
        body="Dear Amira,\n\nThank you for applying for the Night Receptionist position at "
        "Harbourside Hotel Brighton. Our hotel team will review your application and be in "
        "touch within ten working days.\n\nWarm regards,\nHarbourside Hotels Talent Team",
    ),
    application_row(
        "de_handwerk_owner",
        Status.INTERVIEW,
        "Schreinerei Brandl",
        "Schreiner",
        sender="Thomas Brandl <info@schreinerei-brandl.de>",
        subject="Ihre Bewerbung als Schreiner",
        body="Hallo Herr Yilmaz,\n\nvielen Dank für Ihre Bewerbung als Schreiner. Hätten Sie "
        "nächste Woche Zeit für ein persönliches Gespräch bei uns in der Werkstatt?\n\nViele "
        "Grüße\nThomas Brandl\nSchreinerei Brandl\nGewerbestraße 5, 84028 Landshut",
    ),
    application_row(
        "consulting_online_test",
        Status.ASSESSMENT,
        "Marlow Peak Consulting",
        "Graduate Analyst",
        sender="Marlow Peak Early Careers <earlycareers@marlowpeak.com>",
        subject="Next step: online assessment for the Graduate Analyst Programme",
        body="Hi Ben,\n\nThanks for applying to the Marlow Peak Consulting Graduate Analyst "
        "Programme 2027. The next step is an online assessment: a numerical reasoning test "
        "and a situational judgement test. Please complete both within five days using the "
        "link below.\n\nGood luck!\nThe Early Careers Team",
    ),
    application_row(
        "team_word_signs",
        Status.INTERVIEW,
        "Quarry Digital",
        "Frontend Developer",
        sender="Talent at Quarry Digital <talent@quarrydigital.io>",
        subject="Next steps: Frontend Developer",
        body="Hi Noah,\n\nThanks for your application for Frontend Developer. We enjoyed reading "
        "it and would like to invite you to a technical interview with two of our engineers. "
        "Please choose a slot in the calendar link below.\n\nCheers,\nPeople Team",
    ),
    application_row(
        "university_research_rejection",
        Status.REJECTED,
        "University of Harrowfield",
        "Research Assistant in Marine Biology",
        sender="jobs@harrowfield.ac.uk",
        subject="Your application for Research Assistant in Marine Biology (Ref: EM-04412)",
        body="Dear Dr Patel,\n\nThank you for your application for the post of Research Assistant "
        "in Marine Biology. The panel received a large number of strong applications and I am "
        "sorry to tell you that you have not been shortlisted for interview.\n\nYours "
        "sincerely,\n\nRecruitment Team\nHuman Resources\nUniversity of Harrowfield",
    ),
    application_row(
        "retail_store_number",
        Status.REJECTED,
        "Brightmart",
        "Sales Assistant",
        sender="Brightmart Careers <noreply@brightmart.co.uk>",
        subject="Sales Assistant - Store 0412 Leeds Trinity",
        body="Hello Chris,\n\nThank you for your interest in the Sales Assistant role at our Leeds "
        "Trinity store. After reviewing your application, we have decided not to take it "
        "further on this occasion.\n\nWe wish you the best of luck.\n\nBrightmart Recruitment",
    ),
    application_row(
        "bakery_by_hand",
        Status.INTERVIEW,
        "Crumbs & Co Bakery",
        "Weekend Baker",
        sender="Maggie Holt <maggie.holt62@gmail.com>",
        subject="Weekend baker job",
        body="Hi Tom,\n\nThanks for dropping your CV in for the weekend baker job. Could you pop "
        "in on Saturday at 10 for a quick chat and a look round the "
        "kitchen?\n\nCheers,\nMaggie\nCrumbs & Co Bakery\n14 Mill Lane, Ludlow",
    ),
    application_row(
        "agency_client_rejection",
        Status.REJECTED,
        "Corrigan Foods",
        "Quality Manager",
        sender="Priya Shah <priya@bluestone-recruitment.com>",
        subject="Quality Manager - feedback",
        body="Hi Tom,\n\nI've heard back from the hiring manager at Corrigan Foods and "
        "unfortunately they have decided not to progress your application for the Quality "
        "Manager role. They felt other candidates had more direct BRC audit "
        "experience.\n\nI'll keep you in mind for similar roles.\n\nKind regards,\nPriya "
        "Shah\nBluestone Recruitment",
    ),
]

BATCH_ONE_HOLD_MISREADS = {
    "nl_html_table": "the table's 'Organisatie: Van Dijk Transport B.V.' is shown without its legal form",
    "bakery_by_hand": "no title from a lowercase 'the weekend baker job'",
}


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"), with_misreads(BATCH_ONE_HOLD, BATCH_ONE_HOLD_MISREADS)
)
def test_batch_one_hold_half(mail, status, company, title):
    assert_reads_application(extract_as_received(**mail), status, company, title)


# Batch two (30 mails, written before looking: pub and coffee chains and their sites, NHS trusts on Trac,
# councils, Dutch, Italian and UK universities, graduate and vacation schemes, agencies relaying a client in
# five languages, HTML summaries as <dl> terms, bold labels and tables, boards telling who viewed the
# application in French and German, apostrophes, "People & Culture" signing, a short brand beside its full
# name, a franchise's store). First look on main 736ce0e: FIX 6/15, HOLD 7/15 (8/15 on 6d049a3: batch one's
# rules, written before batch two was, read one of its held-out mails).
BATCH_TWO_FIX = [
    application_row(
        "small_firm_gmail_es",
        Status.INTERVIEW,
        "Carpintería Hermanos Ruiz",
        "Carpintero",
        sender="Carpintería Hermanos Ruiz <carpinteriahruiz@gmail.com>",
        subject="Oferta de carpintero",
        body="Hola Andrés,\n\nHemos visto tu currículum para el puesto de carpintero. ¿Podrías "
        "pasarte por el taller el lunes a las 9 para hablar?\n\nUn saludo,\nJosé "
        "Ruiz\nCarpintería Hermanos Ruiz",
    ),
    application_row(
        "ats_html_table_nl_status",
        Status.REJECTED,
        "Zorggroep Rivierenland",
        "Verpleegkundige",
        sender="Zorggroep Rivierenland <noreply@werkenbijzgr.nl>",
        subject="Update over je sollicitatie",
        body="<html><body><p>Beste Sanne,</p><table><tr><td><strong>Vacature:</strong></td>"
        "<td>Verpleegkundige</td></tr><tr><td><strong>Status:</strong></td><td>Afgewezen</td>"
        "</tr></table><p>Helaas ben je niet geselecteerd voor de volgende ronde.</p><p>Met "
        "vriendelijke groet,<br>Team Werving &amp; Selectie</p></body></html>",
    ),
    application_row(
        "people_culture_signs",
        Status.OFFER,
        "Kestrel Mobility",
        "Customer Success Manager",
        sender="Kestrel Mobility <people@kestrelmobility.com>",
        subject="Your offer - Customer Success Manager",
        body="Hi Priya,\n\nWe're delighted to offer you the role of Customer Success Manager at "
        "Kestrel Mobility! Your contract is attached.\n\nWarmly,\nPeople & Culture",
    ),
    application_row(
        "hotel_group_property_it",
        Status.APPLIED,
        "Gruppo Alberghi Serena",
        "Receptionist",
        sender="Gruppo Alberghi Serena <hr@alberghiserena.it>",
        subject="Candidatura ricevuta - Receptionist Hotel Serena Riva",
        body="Gentile Chiara,\n\ngrazie per la candidatura come Receptionist presso l'Hotel Serena "
        "Riva. L'Ufficio Risorse Umane del Gruppo Alberghi Serena valuterà il suo "
        "profilo.\n\nCordiali saluti,\nRisorse Umane\nGruppo Alberghi Serena",
    ),
    application_row(
        "nl_agency_client_rejection",
        Status.REJECTED,
        "Brouwer Techniek",
        "Servicemonteur",
        sender="Eva Jansen <eva@techtalent.nl>",
        subject="Terugkoppeling Servicemonteur",
        body="Hoi Bram,\n\nIk heb terugkoppeling gekregen van Brouwer Techniek over je "
        "sollicitatie als Servicemonteur. Helaas hebben ze gekozen voor een andere kandidaat "
        "met meer ervaring.\n\nGroetjes,\nEva Jansen\nTechTalent",
    ),
    application_row(
        "nhs_trac",
        Status.REJECTED,
        "Calder Valley NHS Foundation Trust",
        "Band 6 Occupational Therapist",
        sender="Calder Valley NHS Foundation Trust <noreply@trac.jobs>",
        subject="Application outcome: Band 6 Occupational Therapist",
        body="Dear Joanne,\n\nThank you for applying for the post of Band 6 Occupational Therapist "
        "with Calder Valley NHS Foundation Trust. Unfortunately on this occasion you have not "
        "been shortlisted for interview.\n\nKind regards,\nRecruitment Team\nCalder Valley "
        "NHS Foundation Trust",
    ),
    application_row(
        "board_viewed_fr",
        Status.APPLIED,
        "Cabinet Moreau",
        "Assistant juridique",
        sender="Indeed <no-reply@indeed.com>",
        subject="Votre candidature a été consultée",
        body="Bonne nouvelle !\n\nCabinet Moreau a consulté votre candidature pour le poste "
        "Assistant juridique.\n\nL'employeur pourrait vous contacter prochainement.\n\nIndeed",
    ),
    application_row(
        "de_agency_client",
        Status.INTERVIEW,
        "Hofbauer Logistik GmbH",
        "Disponent",
        sender="Markus Lenz <m.lenz@personalpartner-sued.de>",
        subject="Vorstellungsgespräch - Disponent (m/w/d)",
        body="Hallo Herr Kaya,\n\nunser Kunde, die Hofbauer Logistik GmbH, möchte Sie gerne zu "
        "einem Vorstellungsgespräch für die Position Disponent (m/w/d) einladen. Passt Ihnen "
        "Mittwoch um 10 Uhr?\n\nBeste Grüße\nMarkus Lenz\nPersonalPartner Süd",
    ),
    application_row(
        "apostrophe_domain_body",
        Status.REJECTED,
        "O'Donnell's Garden Centre",
        "Plant Area Assistant",
        sender="O'Donnell's Garden Centre <hr@odonnellsgardencentre.ie>",
        subject="Plant Area Assistant",
        body="Hi Aoife,\n\nThanks so much for applying to O'Donnell's Garden Centre. We've filled "
        "the Plant Area Assistant position, but we'll keep your details on file for the "
        "season.\n\nAll the best,\nThe O'Donnell's team",
    ),
    application_row(
        "html_bold_labels",
        Status.INTERVIEW,
        "Tidewater Marine Services",
        "Deck Officer",
        sender="Tidewater Marine Services <no-reply@tidewater-marine.com>",
        subject="Interview invitation",
        body="<html><body><p>Dear Olu,</p><p>We are pleased to invite you to an interview.</p><p>"
        "<b>Position</b> Deck Officer<br><b>Date</b> 12 June 2026<br><b>Time</b> 14:00</p>"
        "<p>Regards,<br>Crewing Department<br>Tidewater Marine Services</p></body></html>",
    ),
    application_row(
        "html_dl_summary",
        Status.APPLIED,
        "Harrowgate Foods",
        "Production Supervisor",
        sender="Harrowgate Foods <careers@harrowgatefoods.com>",
        subject="We've received your application",
        body="<html><body><p>Hi Lena,</p><p>Thanks for applying. Here's what you sent us:</p><dl>"
        "<dt>Role</dt><dd>Production Supervisor</dd><dt>Site</dt><dd>Harrowgate Foods - "
        "Selby</dd><dt>Reference</dt><dd>HF-2291</dd></dl><p>Harrowgate Foods Talent Team</p>"
        "</body></html>",
    ),
    application_row(
        "franchise_store_owner",
        Status.INTERVIEW,
        "Papa Luigi's Pizza",
        "Delivery Driver",
        sender="Papa Luigi's Pizza Leeds <leeds@papaluigis.co.uk>",
        subject="Delivery Driver",
        body="Hi Sam,\n\nThanks for your application to be a delivery driver at Papa Luigi's "
        "Pizza, Leeds Headingley. Can you pop in on Friday at 5pm for a quick "
        "interview?\n\nThanks,\nDean (franchise owner)",
    ),
    application_row(
        "retail_chain_area_manager",
        Status.INTERVIEW,
        "Fenton & Gray",
        "Sales Associate",
        sender="Mark Fielding <mark.fielding@fentonandgray.co.uk>",
        subject="Sales Associate - Cheltenham",
        body="Hi Zara,\n\nI'm the area manager for Fenton & Gray in the South West. Thank you for "
        "applying to be a Sales Associate at our Cheltenham store. Could you come in for an "
        "interview with the store manager next Tuesday?\n\nKind regards,\nMark Fielding\nArea "
        "Manager | Fenton & Gray",
    ),
    application_row(
        "de_sme_handwerk",
        Status.APPLIED,
        "Elektro Maier GmbH",
        "Elektroniker für Energie- und Gebäudetechnik (m/w/d)",
        sender="Elektro Maier GmbH <info@elektro-maier.de>",
        subject="Eingangsbestätigung Ihrer Bewerbung",
        body="Sehr geehrter Herr Popescu,\n\nvielen Dank für Ihre Bewerbung als Elektroniker für "
        "Energie- und Gebäudetechnik (m/w/d). Wir melden uns in den nächsten Tagen bei "
        "Ihnen.\n\nMit freundlichen Grüßen\nElektro Maier GmbH\nPersonalabteilung",
    ),
    application_row(
        "short_brand_display",
        Status.REJECTED,
        "Marwick Lane Insurance",
        "Claims Handler",
        sender="MLI Careers <careers@mli.co.uk>",
        subject="Claims Handler application",
        body="Dear Oscar,\n\nThank you for your interest in the Claims Handler role at Marwick "
        "Lane Insurance. Unfortunately we will not be taking your application further.\n\nMLI "
        "Recruitment Team",
    ),
]

BATCH_TWO_FIX_MISREADS: dict[str, str] = {}


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"), with_misreads(BATCH_TWO_FIX, BATCH_TWO_FIX_MISREADS)
)
def test_batch_two_fix_half(mail, status, company, title):
    assert_reads_application(extract_as_received(**mail), status, company, title)


# The HOLD half of batch two, measured before and after the fixes from its FIX half without being read to
# design them: 7 of 15 wrong on 736ce0e, the same seven after (pinned once the fixes were in; one more,
# a branch's town on its brand, mended after that in 0c772e4: no held-out evidence).
BATCH_TWO_HOLD = [
    application_row(
        "html_table_two_col_company",
        Status.REJECTED,
        "Lindenhof Kliniken",
        "Pflegefachkraft",
        sender="Lindenhof Kliniken <bewerbung@lindenhof-kliniken.de>",
        subject="Ihre Bewerbung",
        body="<html><body><p>Sehr geehrte Frau Weber,</p><table><tr><td>Stelle</td>"
        "<td>Pflegefachkraft (m/w/d)</td></tr><tr><td>Standort</td><td>Klinik Lindenhof Bad "
        "Tölz</td></tr></table><p>leider müssen wir Ihnen mitteilen, dass wir uns für andere "
        "Bewerber entschieden haben.</p><p>Mit freundlichen "
        "Grüßen<br>Personalabteilung<br>Lindenhof Kliniken</p></body></html>",
    ),
    application_row(
        "es_agency_client",
        Status.INTERVIEW,
        "Conservas del Cantábrico",
        "Jefe de Turno",
        sender="Marta Gil <mgil@seleccionnorte.es>",
        subject="Entrevista - Jefe de Turno",
        body="Hola Iván,\n\nNuestro cliente, Conservas del Cantábrico, quiere conocerte para el "
        "puesto de Jefe de Turno. Te propongo una entrevista el martes a las 11:00 en sus "
        "instalaciones de Santoña.\n\nUn saludo,\nMarta Gil\nSelección Norte",
    ),
    application_row(
        "council_hr_signs",
        Status.INTERVIEW,
        "Fernbridge Borough Council",
        "Housing Officer",
        sender="Fernbridge Borough Council <jobs@fernbridge.gov.uk>",
        subject="Interview - Housing Officer (FBC0341)",
        body="Dear Mr Ahmed,\n\nFollowing your application for the post of Housing Officer, I am "
        "pleased to invite you for interview on 19 May at 10:00 at the Civic Centre.\n\nYours "
        "sincerely,\n\nHR & Payroll Team\nFernbridge Borough Council",
    ),
    application_row(
        "consulting_agency_client_en",
        Status.REJECTED,
        "Halden Pharma",
        "Regulatory Affairs Manager",
        sender="Ben Carter <ben@stonebridge-search.com>",
        subject="Regulatory Affairs Manager - Halden",
        body="Hi Lucy,\n\nJust a quick update: Halden Pharma have come back to me and decided to "
        "go with another candidate for the Regulatory Affairs Manager role. Sorry it's not "
        "better news.\n\nBen\nStonebridge Search",
    ),
    application_row(
        "pt_agency_client",
        Status.REJECTED,
        "Têxteis Minho",
        "Técnico de Qualidade",
        sender="Sofia Costa <sofia.costa@talentoporto.pt>",
        subject="Processo Técnico de Qualidade",
        body="Olá Tiago,\n\nTive feedback da Têxteis Minho relativamente à sua candidatura para "
        "Técnico de Qualidade. Infelizmente decidiram avançar com outro "
        "candidato.\n\nCumprimentos,\nSofia Costa\nTalento Porto",
    ),
    application_row(
        "nl_universiteit",
        Status.REJECTED,
        "Universiteit Leiden",
        "Promovendus Sociologie",
        sender="Werken bij Universiteit Leiden <noreply@leidenuniv.nl>",
        subject="Je sollicitatie: Promovendus Sociologie",
        body="Beste Fleur,\n\nHartelijk dank voor je sollicitatie naar de functie Promovendus "
        "Sociologie. Helaas moeten wij je meedelen dat de selectiecommissie heeft besloten je "
        "niet uit te nodigen voor een gesprek.\n\nMet vriendelijke groet,\nHR Faculteit "
        "Sociale Wetenschappen",
    ),
    application_row(
        "university_uk_ats",
        Status.INTERVIEW,
        "University of Harrowfield",
        "Lecturer in Nursing",
        sender="University of Harrowfield <noreply@jobs.ac.uk>",
        subject="Invitation to interview - Lecturer in Nursing (HF-1129)",
        body="Dear Dr Mensah,\n\nThank you for your application for the position of Lecturer in "
        "Nursing. We are pleased to invite you to interview on 3 July. The interview will "
        "include a 10-minute presentation.\n\nBest wishes,\nSchool of Health "
        "Sciences\nUniversity of Harrowfield",
    ),
    application_row(
        "sme_pt_lda_signs",
        Status.APPLIED,
        "Vinhos Quinta do Vale, Lda.",
        "Enólogo",
        sender="Quinta do Vale <geral@quintadovale.pt>",
        subject="Candidatura - Enólogo",
        body="Caro Rui,\n\nAgradecemos a sua candidatura para a função de Enólogo. Iremos analisar "
        "o seu currículo com atenção.\n\nCom os melhores cumprimentos,\nVinhos Quinta do "
        "Vale, Lda.",
    ),
    application_row(
        "magic_circle_vac_scheme",
        Status.REJECTED,
        "Pemberton Hale LLP",
        "Vacation Scheme",
        sender="Pemberton Hale LLP <graduaterecruitment@pembertonhale.com>",
        subject="Pemberton Hale Vacation Scheme 2027",
        body="Dear James,\n\nThank you for your application to the Pemberton Hale Vacation Scheme "
        "2027. We regret to inform you that we are unable to offer you a place on this "
        "occasion.\n\nYours sincerely,\nGraduate Recruitment\nPemberton Hale LLP",
    ),
    application_row(
        "it_universita",
        Status.APPLIED,
        "Università degli Studi di Verona",
        "Assegnista di Ricerca",
        sender="Ufficio Reclutamento <reclutamento@univr.it>",
        subject="Conferma candidatura - Assegno di ricerca",
        body="Gentile dott.ssa Bianchi,\n\nla sua candidatura per la posizione di Assegnista di "
        "Ricerca presso l'Università degli Studi di Verona è stata ricevuta "
        "correttamente.\n\nCordiali saluti,\nArea Personale - Ufficio Reclutamento",
    ),
    application_row(
        "coffee_chain_store_manager",
        Status.INTERVIEW,
        "Bean & Bramble",
        "Barista",
        sender="Tessa Moore <tessa.moore@beanandbramble.com>",
        subject="Your Barista application - Norwich store",
        body="Hi Kai,\n\nI'm the store manager at Bean & Bramble Norwich. Thanks for applying for "
        "the Barista role with us! Would you be free to come in for a quick chat on Monday "
        "afternoon?\n\nSpeak soon,\nTessa\nStore Manager, Bean & Bramble Norwich",
    ),
    application_row(
        "nl_sme_owner_hand",
        Status.REJECTED,
        "Tuincentrum De Linde",
        "Verkoopmedewerker",
        sender="Peter de Linde <info@tuincentrumdelinde.nl>",
        subject="Re: sollicitatie",
        body="Hallo Noor,\n\nBedankt voor je sollicitatie als verkoopmedewerker. We hebben "
        "inmiddels iemand anders aangenomen, dus helaas gaat het deze keer niet "
        "door.\n\nGroet,\nPeter\nTuincentrum De Linde",
    ),
    application_row(
        "board_viewed_de",
        Status.APPLIED,
        "Autohaus Pfeiffer",
        "Kfz-Mechatroniker",
        sender="StepStone <noreply@stepstone.de>",
        subject="Ihre Bewerbung wurde angesehen",
        body="Hallo Jonas,\n\ngute Nachrichten: Autohaus Pfeiffer hat Ihre Bewerbung als "
        "Kfz-Mechatroniker (m/w/d) angesehen.\n\nViel Erfolg!\nIhr StepStone Team",
    ),
    application_row(
        "pub_group_site",
        Status.INTERVIEW,
        "Whitlock Inns",
        "Assistant Manager",
        sender="Whitlock Inns Recruitment <jobs@whitlockinns.co.uk>",
        subject="Interview: Assistant Manager - The Plough, Wantage",
        body="Hi Rory,\n\nThanks for your application for Assistant Manager at The Plough in "
        "Wantage, one of our Whitlock Inns pubs. The General Manager, Sue, would like to meet "
        "you on Thursday at 2pm at the pub.\n\nCheers,\nWhitlock Inns Recruitment",
    ),
    application_row(
        "big4_grad_scheme",
        Status.ASSESSMENT,
        "Ashby Kerr",
        "Audit Graduate",
        sender="Ashby Kerr Student Recruitment <students@ashbykerr.co.uk>",
        subject="Your Audit Graduate application - next steps",
        body="Hi Ella,\n\nThank you for applying to the Ashby Kerr Audit Graduate scheme. We'd now "
        "like you to complete our online immersive assessment within the next 7 days.\n\nBest "
        "wishes,\nStudent Recruitment Team",
    ),
]

BATCH_TWO_HOLD_MISREADS = {
    "pt_agency_client": "'Tive feedback da Têxteis Minho' reads the agency 'Talento Porto'",
    "sme_pt_lda_signs": "'Vinhos Quinta do Vale, Lda.' signing (the display name 'Quinta do Vale') is shown "
    "without its legal form",
    "magic_circle_vac_scheme": "'the Pemberton Hale Vacation Scheme 2027' reads the scheme as the employer "
    "and no title",
    "big4_grad_scheme": "'the Ashby Kerr Audit Graduate scheme' keeps 'scheme' in the title",
}


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"), with_misreads(BATCH_TWO_HOLD, BATCH_TWO_HOLD_MISREADS)
)
def test_batch_two_hold_half(mail, status, company, title):
    assert_reads_application(extract_as_received(**mail), status, company, title)


# Batch three (22 mails, written before looking: care homes and their homes, supermarkets' stores in HTML
# tables, a charity's trustees, a police force, Ireland's HSE, French, Italian, Spanish and Dutch public
# bodies and small firms, agencies relaying a client's answer, an airport, a law firm's partner, a
# consultancy's assessment centre, boards telling who viewed the application in Spanish, a gym franchise).
# Held out from every rule of the session before its own: 10/22 wrong on 6d049a3, 9/22 on 36e21b0. Split:
# FIX 5/11 on 36e21b0 -> 1/11 (2/11 by the blind expectations, the title's grade "2" taken as stated);
# HOLD 4/11 -> 4/11 (the same four; "PulseFit Swindon" mended after, in 0c772e4).
BATCH_THREE_FIX = [
    application_row(
        "pt_sme_gmail_owner",
        Status.REJECTED,
        "Padaria Estrela",
        "Padeiro",
        sender="Padaria Estrela <padariaestrela@gmail.com>",
        subject="Candidatura padeiro",
        body="Olá Nuno,\n\nObrigado pelo seu interesse. Já encontrámos alguém para a vaga de "
        "padeiro, mas guardamos o seu contacto.\n\nCumprimentos,\nFernanda\nPadaria Estrela",
    ),
    application_row(
        "small_it_it_srl_hand",
        Status.INTERVIEW,
        "Studio Tecnico Ferraro S.r.l.",
        "Geometra",
        sender="Luca Ferraro <luca@studioferraro.it>",
        subject="Candidatura geometra",
        body="Buongiorno Davide,\n\nho ricevuto il suo curriculum per la posizione di geometra. "
        "Sarebbe disponibile per un colloquio lunedì alle 15?\n\nCordiali saluti,\nLuca "
        "Ferraro\nStudio Tecnico Ferraro S.r.l.",
    ),
    application_row(
        "agency_de_rejection",
        Status.REJECTED,
        "Stadtwerke Nordheim",
        "Netzmonteur",
        sender="Julia Brandt <j.brandt@technik-personal.de>",
        subject="Rückmeldung Netzmonteur",
        body="Hallo Herr Schulz,\n\nich habe heute Rückmeldung von den Stadtwerken Nordheim "
        "bekommen. Leider haben sie sich für einen anderen Kandidaten entschieden.\n\nViele "
        "Grüße\nJulia Brandt\nTechnik Personal GmbH",
    ),
    application_row(
        "hse_ireland",
        Status.APPLIED,
        "HSE",
        "Clinical Nurse Manager 2",
        sender="HSE National Recruitment Service <noreply@hse.ie>",
        subject="Application received - Clinical Nurse Manager 2 (Campaign NRS14522)",
        body="Dear Siobhan,\n\nThank you for your application for the post of Clinical Nurse "
        "Manager 2, Cork University Hospital. Your application has been received and will be "
        "assessed in due course.\n\nNational Recruitment Service\nHSE",
    ),
    application_row(
        "law_firm_paralegal",
        Status.INTERVIEW,
        "Dawson Pryce Solicitors",
        "Paralegal",
        sender="Claire Dawson <c.dawson@dawsonpryce.co.uk>",
        subject="Paralegal vacancy",
        body="Dear Nadia,\n\nThank you for your application for the paralegal vacancy at our "
        "Exeter office. I would like to invite you to an interview on Friday 14th at "
        "11am.\n\nYours sincerely,\nClaire Dawson\nPartner\nDawson Pryce Solicitors",
    ),
    application_row(
        "board_viewed_es",
        Status.APPLIED,
        "Clínica Dental Sonrisa",
        "Higienista Dental",
        sender="InfoJobs <noreply@infojobs.net>",
        subject="Tu candidatura ha sido vista",
        body="Hola Marta,\n\nClínica Dental Sonrisa ha visto tu candidatura para la oferta "
        "Higienista Dental.\n\nSigue así,\nEl equipo de InfoJobs",
    ),
    application_row(
        "agency_en_client_signed_off",
        Status.OFFER,
        "Harbury Engineering",
        "Project Engineer",
        sender="Tom Price <tom.price@northstar-recruit.co.uk>",
        subject="Offer - Project Engineer",
        body="Hi Dev,\n\nFantastic news - Harbury Engineering want to offer you the Project "
        "Engineer role at £48,000! They'll send the written offer "
        "tomorrow.\n\nCongratulations,\nTom\nNorthstar Recruitment",
    ),
    application_row(
        "nl_gemeente",
        Status.INTERVIEW,
        "Gemeente Westerveld",
        "Beleidsmedewerker Wonen",
        sender="Gemeente Westerveld <vacatures@westerveld.nl>",
        subject="Uitnodiging sollicitatiegesprek",
        body="Beste Mila,\n\nNaar aanleiding van je sollicitatie op de vacature Beleidsmedewerker "
        "Wonen nodigen wij je graag uit voor een gesprek op 4 maart om 10.00 uur in het "
        "gemeentehuis.\n\nMet vriendelijke groet,\nTeam HRM\nGemeente Westerveld",
    ),
    application_row(
        "uni_uk_school_signs",
        Status.REJECTED,
        "University of Castlebridge",
        "Teaching Fellow in Law",
        sender="Castlebridge HR <hr-recruitment@castlebridge.ac.uk>",
        subject="Teaching Fellow in Law (CB-2231)",
        body="Dear Dr O'Brien,\n\nThank you for applying for the position of Teaching Fellow in "
        "Law. I am sorry to let you know that you have not been shortlisted.\n\nYours "
        "sincerely,\nSchool of Law\nUniversity of Castlebridge",
    ),
    application_row(
        "police_force_portal",
        Status.ASSESSMENT,
        "Wessex Police",
        "Police Constable",
        sender="Wessex Police Recruitment <no-reply@wessex.police.uk>",
        subject="Police Constable application - online assessment",
        body="Dear Applicant,\n\nThank you for applying to become a Police Constable with Wessex "
        "Police. You are now invited to complete the online assessment process. Please "
        "complete it within 14 days.\n\nWessex Police Recruitment Team",
    ),
    application_row(
        "retail_eu_de_filiale",
        Status.APPLIED,
        "Drogerie Sommer",
        "Verkäufer",
        sender="Drogerie Sommer Karriere <karriere@drogerie-sommer.de>",
        subject="Ihre Bewerbung als Verkäufer (m/w/d) - Filiale Regensburg",
        body="Hallo Frau Aydin,\n\nvielen Dank für Ihre Bewerbung als Verkäufer (m/w/d) in unserer "
        "Filiale Regensburg. Wir prüfen Ihre Unterlagen und melden uns bald.\n\nIhr Team von "
        "Drogerie Sommer",
    ),
]

BATCH_THREE_HOLD = [
    application_row(
        "charity_small_hand",
        Status.INTERVIEW,
        "Hillside Food Bank",
        "Volunteer Coordinator",
        sender="Rachel Dunn <rachel@hillsidefoodbank.org.uk>",
        subject="Volunteer Coordinator post",
        body="Dear Tom,\n\nThank you for your application for the Volunteer Coordinator post. The "
        "trustees would like to meet you next Thursday at 6pm at the church hall.\n\nBest "
        "wishes,\nRachel Dunn\nChair of Trustees, Hillside Food Bank",
    ),
    application_row(
        "airport_ops",
        Status.REJECTED,
        "Harrowfield Airport",
        "Airside Operations Officer",
        sender="Harrowfield Airport Careers <careers@harrowfieldairport.com>",
        subject="Airside Operations Officer - application",
        body="Dear Kwame,\n\nThank you for your interest in the Airside Operations Officer vacancy "
        "at Harrowfield Airport. We have now completed shortlisting and regret that you have not "
        "been selected.\n\nPeople Team, Harrowfield Airport",
    ),
    application_row(
        "consultancy_grad_assessment_centre",
        Status.ASSESSMENT,
        "Brightline Advisory",
        "Graduate Consultant",
        sender="Brightline Advisory <graduates@brightlineadvisory.com>",
        subject="Assessment centre invitation",
        body="Dear Omar,\n\nCongratulations on progressing to the final stage of our Graduate "
        "Consultant programme. We'd like to invite you to our virtual assessment centre on 2 "
        "February.\n\nBrightline Advisory Graduate Team",
    ),
    application_row(
        "hotel_chain_es_property",
        Status.INTERVIEW,
        "Hoteles Mirador",
        "Recepcionista",
        sender="Hoteles Mirador <rrhh@hotelesmirador.com>",
        subject="Entrevista - Recepcionista Mirador Playa",
        body="Hola Elena,\n\nGracias por tu candidatura para el puesto de Recepcionista en el "
        "Hotel Mirador Playa. Nos gustaría hacerte una entrevista el jueves a las "
        "12:00.\n\nUn saludo,\nRecursos Humanos\nHoteles Mirador",
    ),
    application_row(
        "franchise_gym",
        Status.INTERVIEW,
        "PulseFit",
        "Personal Trainer",
        sender="PulseFit Swindon <swindon@pulsefit.co.uk>",
        subject="Personal Trainer application",
        body="Hey Jordan,\n\nThanks for applying to be a Personal Trainer at PulseFit Swindon! "
        "We'd love to get you in for an interview and a practical session on "
        "Saturday.\n\nCheers,\nLiam, Club Manager",
    ),
    application_row(
        "it_comune",
        Status.APPLIED,
        "Comune di Valdora",
        "Istruttore Amministrativo",
        sender="Comune di Valdora <protocollo@comune.valdora.it>",
        subject="Ricevuta domanda di partecipazione",
        body="Gentile candidato,\n\nsi conferma la ricezione della sua domanda di partecipazione "
        "al concorso per Istruttore Amministrativo presso il Comune di Valdora.\n\nUfficio "
        "Personale\nComune di Valdora",
    ),
    application_row(
        "fr_pme_hand",
        Status.INTERVIEW,
        "Menuiserie Lefèvre",
        "Menuisier poseur",
        sender="Menuiserie Lefèvre <contact@menuiserie-lefevre.fr>",
        subject="Votre candidature - Menuisier poseur",
        body="Bonjour Hugo,\n\nMerci pour votre candidature au poste de menuisier poseur. "
        "Pourriez-vous passer à l'atelier mardi à 14h pour un entretien "
        "?\n\nCordialement,\nAlain Lefèvre\nMenuiserie Lefèvre",
    ),
    application_row(
        "supermarket_store_html",
        Status.REJECTED,
        "Greengate Stores",
        "Customer Assistant",
        sender="Greengate Stores <careers@greengatestores.co.uk>",
        subject="Your application update",
        body="<html><body><p>Dear Harry,</p><table><tr><td>Vacancy</td><td>Customer Assistant</td>"
        "</tr><tr><td>Store</td><td>Greengate Stores 0271 - Worcester</td></tr></table>"
        "<p>Thank you for your interest. Unfortunately your application has not been "
        "successful on this occasion.</p><p>Greengate Stores Recruitment</p></body></html>",
    ),
    application_row(
        "html_table_company_row_en",
        Status.APPLIED,
        "Northgate Housing Association",
        "Income Officer",
        sender="Recruitment <noreply@northgate-ha.org.uk>",
        subject="Application confirmation",
        body="<html><body><p>Dear Sam,</p><table><tr><th>Organisation</th><td>Northgate Housing "
        "Association</td></tr><tr><th>Job title</th><td>Income Officer</td></tr><tr>"
        "<th>Closing date</th><td>31 March</td></tr></table><p>Thank you for applying.</p>"
        "</body></html>",
    ),
    application_row(
        "care_home_group_site",
        Status.INTERVIEW,
        "Meadowcroft Care",
        "Senior Carer",
        sender="Meadowcroft Care Recruitment <recruitment@meadowcroftcare.co.uk>",
        subject="Senior Carer - Oakfield House",
        body="Hi Beth,\n\nThank you for applying for the Senior Carer role at Oakfield House, one "
        "of Meadowcroft Care's homes in Shropshire. The home manager would like to invite you "
        "for an interview on Wednesday.\n\nKind regards,\nMeadowcroft Care Recruitment",
    ),
    application_row(
        "es_ayuntamiento_html",
        Status.REJECTED,
        "Ayuntamiento de Segoria",
        "Técnico de Juventud",
        sender="Ayuntamiento de Segoria <sede@segoria.es>",
        subject="Resolución proceso selectivo",
        body="<html><body><p>Estimado/a candidato/a:</p><p><b>Plaza</b> Técnico de Juventud<br>"
        "<b>Resultado</b> No seleccionado</p><p>Le comunicamos que no ha superado la fase de "
        "valoración.</p><p>Departamento de Personal<br>Ayuntamiento de Segoria</p></body>"
        "</html>",
    ),
]

BATCH_THREE_MISREADS = {
    "consultancy_grad_assessment_centre": "an assessment centre reads as an interview, and no title from "
    "'progressing to the final stage of our Graduate Consultant programme'",
}


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"),
    with_misreads(BATCH_THREE_FIX + BATCH_THREE_HOLD, BATCH_THREE_MISREADS),
)
def test_batch_three(mail, status, company, title):
    assert_reads_application(extract_as_received(**mail), status, company, title)
