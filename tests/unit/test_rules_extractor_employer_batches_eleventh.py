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
        "Accountant.\n\nJunior Accountant\nPenrose Wilde · Bristol (Hybrid)\n\nView job\n\nYou "
        "are receiving Job Seeker emails.",
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
        "store manager will look at your application and get back to you within a week.\n\nThe "
        "Home & Hearth Careers Team\n\nHome & Hearth Retail Ltd, Registered in England No. "
        "04412345, Unit 4, Kingsway Park, Derby",
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
        body="<html><body><p>Dear Hannah,</p><p>We are pleased to invite you to an "
        "interview.</p><table border='1'><tr><th>Job Title</th><td>Community "
        "Physiotherapist</td></tr><tr><th>Date</th><td>Tuesday 9 March, "
        "10:30</td></tr><tr><th>Location</th><td>Pinecrest House, "
        "Harrogate</td></tr></table><p>Kind regards,<br>Pinecrest Health "
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
        Status.INTERVIEW,
        "Copper Kettle Café",
        "Barista",
        sender="Copper Kettle Café <hello@copperkettlecafe.co.uk>",
        subject="Barista role",
        body="Hi Alex,\n\nThanks for applying for the barista role. We'd love you to come in for a "
        "trial shift next Tuesday morning, 8 till 11. Let me know if that works.\n\nLucy\n\n-- "
        "\nCopper Kettle Café\n3 Quay Street, Whitby\nCopper Kettle Ltd, registered in England "
        "and Wales no. 08812345",
    ),
    application_row(
        "pt_sme_rejection",
        Status.REJECTED,
        "Conservas Atlântico",
        "Operador de Produção",
        sender="Recrutamento Conservas Atlântico <recrutamento@conservasatlantico.pt>",
        subject="A sua candidatura - Operador de Produção",
        body="Caro João,\n\nAgradecemos o seu interesse na vaga de Operador de Produção. "
        "Infelizmente, decidimos avançar com outros candidatos cujo perfil se adequa melhor às "
        "necessidades da função.\n\nCom os melhores cumprimentos,\nDepartamento de Recursos "
        "Humanos\nConservas Atlântico, Lda.",
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
        "unfortunately will not be taking it forward at this stage.\n\nKind regards,\nGraduate "
        "Recruitment Team",
    ),
    application_row(
        "law_training_contract",
        Status.ASSESSMENT,
        "Hartley Crane LLP",
        "Trainee Solicitor",
        sender="Hartley Crane Graduate Recruitment <graduaterecruitment@hartleycrane.com>",
        subject="Hartley Crane LLP - Trainee Solicitor (2028 Training Contract)",
        body="Dear Olivia,\n\nThank you for applying for a Training Contract with Hartley Crane "
        "LLP. We are pleased to invite you to our assessment centre on 14 February, which will "
        "include a written exercise, a group task and a partner interview.\n\nPlease confirm "
        "your attendance by replying to this email.\n\nKind regards,\nGraduate Recruitment "
        "Team\nHartley Crane LLP",
    ),
    application_row(
        "it_sme_ufficio_personale",
        Status.APPLIED,
        "Falegnameria Rossi",
        "Magazziniere",
        sender="Falegnameria Rossi <info@falegnameriarossi.it>",
        subject="Candidatura Magazziniere",
        body="Gentile Marco,\n\nla ringraziamo per la candidatura per la posizione di Magazziniere. "
        "Valuteremo il suo profilo e, in caso di esito positivo, la ricontatteremo entro due "
        "settimane.\n\nCordiali saluti,\nUfficio Personale\nFalegnameria Rossi S.r.l.\nVia dei "
        "Mille 22, Treviso",
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
    "fr_agence_interim_client": "an agency's 'Mon client, les X, souhaite vous rencontrer pour le poste de "
    "Y' under a subject 'Entretien - Y' reads as outreach (kind_rules: an agency proposing a step)",
    "it_agency_client": "an agency's 'il nostro cliente, X, ha visionato il suo CV ... e vorrebbe fissare un "
    "colloquio' reads as outreach (kind_rules: an agency proposing a step)",
    "law_training_contract": "an invitation to an assessment centre holding a partner interview reads as an "
    "interview",
}


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"), with_misreads(BATCH_ONE_FIX, BATCH_ONE_FIX_MISREADS)
)
def test_batch_one_fix_half(mail, status, company, title):
    assert_reads_application(extract_as_received(**mail), status, company, title)
