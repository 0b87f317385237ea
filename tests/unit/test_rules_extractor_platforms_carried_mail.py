"""Forwards and courtesy replies as mobile, webmail and other languages' clients write them (invented mail).

The message a forward or a courtesy reply carries is the one read (extraction.carried_mail); its markers
come from one table (email_reading.carried_markers) that the reply trimming (email_reading.cleanup)
reads too: iPhone's and Yahoo's forwards, Samsung's "-------- Original message --------", Outlook
mobile's and web's rule or header block, Thunderbird's tabs, Gmail in French, Spanish, Portuguese
("Mensagem encaminhada", "Em ... escreveu:"), Italian ("Messaggio inoltrato", "Il giorno ... ha
scritto:") and Dutch ("Doorgestuurd bericht", "Op ... schreef <sender>:"), Outlook's "-----Mensagem
original-----", "-----Messaggio originale-----", "-----Oorspronkelijk bericht-----".
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

CARRIED = [
    row(
        "an_iphone_forward_with_the_headers_unquoted",
        Status.APPLIED,
        "Harbison Tools",
        "Quality Inspector",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="Fwd: Your application",
        body="Sent from my iPhone\n\nBegin forwarded message:\n\nFrom: Harbison Tools Careers "
        "<careers@harbisontools.com>\nDate: March 3, 2026 at 9:14:22 AM EST\nTo: "
        "robin.calder@gmail.com\nSubject: Your application\n\nDear Robin,\n\nThank you for applying "
        "for the Quality Inspector position at Harbison Tools. We've received your application; "
        "the team will look it over soon.\n\nBest regards,\nHarbison Tools Talent Team",
    ),
    row(
        "an_iphone_forward_with_the_headers_quoted",
        Status.APPLIED,
        "Harbison Tools",
        "Quality Inspector",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="Fwd: Your application",
        body="Sent from my iPhone\n\nBegin forwarded message:\n\n> From: Harbison Tools Careers "
        "<careers@harbisontools.com>\n> Date: March 3, 2026 at 9:14:22 AM EST\n> To: "
        "robin.calder@gmail.com\n> Subject: Your application\n> \n> Dear Robin,\n>\n> Thank you for "
        "applying for the Quality Inspector position at Harbison Tools. We've received your "
        "application; the team will look it over soon.\n>\n> Best regards,\n> Harbison Tools "
        "Talent Team",
    ),
    row(
        "a_samsung_forward",
        Status.APPLIED,
        "Harbison Tools",
        "Quality Inspector",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="Fwd: Your application",
        body="\n\nSent from my Galaxy\n\n\n-------- Original message --------\nFrom: Harbison Tools "
        "Careers <careers@harbisontools.com> \nDate: 3/3/26 9:14 AM (GMT-05:00) \nTo: "
        "robin.calder@gmail.com \nSubject: Your application \n\nDear Robin,\n\nThank you for "
        "applying for the Quality Inspector position at Harbison Tools. We've received your "
        "application; the team will look it over soon.\n\nBest regards,\nHarbison Tools Talent "
        "Team",
    ),
    row(
        "a_yahoo_forward",
        Status.REJECTED,
        "Ostrava Foods",
        "Production Planner",
        sender="Robin Calder <robin.calder@yahoo.com>",
        subject="Fw: Update on your application",
        body="\n\n----- Forwarded Message -----\nFrom: Ostrava Foods <jobs@ostravafoods.com>\nTo: Robin "
        "Calder <robin.calder@yahoo.com>\nSent: Tuesday, March 3, 2026, 09:14:22 AM EST\nSubject: "
        "Update on your application\n\nHi Robin,\n\nThank you for your interest in the Production "
        "Planner role. After a close look we've decided to go forward with "
        "other applicants.\n\nKind regards,\nOstrava Foods Recruiting",
    ),
    row(
        "an_outlook_mobile_forward",
        Status.REJECTED,
        "Ostrava Foods",
        "Production Planner",
        sender="Robin Calder <robin.calder@outlook.com>",
        subject="Fw: Update on your application",
        body="\n\nGet Outlook for iOS\n________________________________\nFrom: Ostrava Foods "
        "<jobs@ostravafoods.com>\nSent: Tuesday, March 3, 2026 2:14:22 PM\nTo: "
        "robin.calder@outlook.com <robin.calder@outlook.com>\nSubject: Update on your "
        "application\n\nHi Robin,\n\nThank you for your interest in the Production Planner role. "
        "After a close look we've decided to go forward with other applicants.\n\nKind "
        "regards,\nOstrava Foods Recruiting",
    ),
    row(
        "an_outlook_forward_with_the_header_block_and_no_rule",
        Status.REJECTED,
        "Ostrava Foods",
        "Production Planner",
        sender="Robin Calder <robin.calder@outlook.com>",
        subject="FW: Update on your application",
        body="FYI\n\nFrom: Ostrava Foods <jobs@ostravafoods.com>\nSent: Tuesday, March 3, 2026 9:14 "
        "AM\nTo: Robin Calder <robin.calder@outlook.com>\nSubject: Update on your application\n\nHi "
        "Robin,\n\nThank you for your interest in the Production Planner role. After a close look "
        "we've decided to go forward with other applicants.\n\nKind regards,\nOstrava Foods "
        "Recruiting",
    ),
    row(
        "a_thunderbird_forward_with_its_tabs_and_subject_first",
        Status.APPLIED,
        "Harbison Tools",
        "Quality Inspector",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="Fwd: Your application",
        body="\n\n\n-------- Forwarded Message --------\nSubject: \tYour application\nDate: \tTue, 3 Mar "
        "2026 09:14:22 -0500\nFrom: \tHarbison Tools Careers <careers@harbisontools.com>\nTo: "
        "\trobin.calder@gmail.com\n\n\n\nDear Robin,\n\nThank you for applying for the Quality "
        "Inspector position at Harbison Tools. We've received your application; the team "
        "will look it over soon.\n\nBest regards,\nHarbison Tools Talent Team",
    ),
    row(
        "an_apple_mail_reply_with_the_header_line_on_its_own",
        Status.INTERVIEW,
        "Quellwerk",
        "Backend Engineer",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="Re: Interview",
        body="Thank you, Thursday works.\n\nOn Mar 3, 2026, at 9:14 AM, Maren Holt "
        "<maren.holt@quellwerk.de> wrote:\n\n> Hi Robin,\n>\n> we would like to invite you to an "
        "interview for the Backend Engineer position at Quellwerk. Would Thursday at 10:00 work for "
        "you?\n>\n> Best,\n> Maren Holt\n> Talent Acquisition | Quellwerk",
    ),
    row(
        "a_german_outlook_reply",
        Status.INTERVIEW,
        "Quellwerk",
        "Backend Engineer",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="AW: Interview",
        body="Vielen Dank, Donnerstag passt.\n\nVon: Maren Holt <maren.holt@quellwerk.de>\nGesendet: "
        "Dienstag, 3. März 2026 09:14\nAn: Robin Calder <robin.calder@gmail.com>\nBetreff: "
        "Interview\n\nHi Robin,\n\nwe would like to invite you to an interview for the Backend "
        "Engineer position at Quellwerk. Would Thursday at 10:00 work for you?\n\nBest,\nMaren "
        "Holt\nTalent Acquisition | Quellwerk",
    ),
    row(
        "a_french_gmail_forward_with_spaced_colons",
        Status.APPLIED,
        "Harbison Tools",
        "Quality Inspector",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="Fwd: Your application",
        body="---------- Message transféré ---------\nDe : Harbison Tools Careers "
        "<careers@harbisontools.com>\nDate : mar. 3 mars 2026 à 09:14\nObjet : Your application\nÀ "
        ": <robin.calder@gmail.com>\n\nDear Robin,\n\nThank you for applying for the Quality "
        "Inspector position at Harbison Tools. We've received your application; the team "
        "will look it over soon.\n\nBest regards,\nHarbison Tools Talent Team",
    ),
    row(
        "a_spanish_gmail_forward",
        Status.REJECTED,
        "Ostrava Foods",
        "Production Planner",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="Fwd: Update on your application",
        body="---------- Mensaje reenviado ---------\nDe: Ostrava Foods <jobs@ostravafoods.com>\nDate: "
        "mar, 3 mar 2026 a las 9:14\nSubject: Update on your application\nTo: "
        "<robin.calder@gmail.com>\n\nHi Robin,\n\nThank you for your interest in the Production "
        "Planner role. After a close look we've decided to go forward with "
        "other applicants.\n\nKind regards,\nOstrava Foods Recruiting",
    ),
    row(
        "an_android_gmail_forward",
        Status.APPLIED,
        "Harbison Tools",
        "Quality Inspector",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="Fwd: Your application",
        body="\n\n---------- Forwarded message ---------\nFrom: Harbison Tools Careers "
        "<careers@harbisontools.com>\nDate: Tue, Mar 3, 2026, 9:14 AM\nSubject: Your "
        "application\nTo: <robin.calder@gmail.com>\n\n\nDear Robin,\n\nThank you for applying for "
        "the Quality Inspector position at Harbison Tools. We've received your application; "
        "the team will look it over soon.\n\nBest regards,\nHarbison Tools Talent Team",
    ),
    row(
        "an_outlook_web_reply_under_a_rule",
        Status.REJECTED,
        "Ostrava Foods",
        "Production Planner",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="RE: Update on your application",
        body="Thank you for letting me know.\n\n________________________________\nFrom: Ostrava Foods "
        "<jobs@ostravafoods.com>\nSent: Tuesday, March 3, 2026 9:14 AM\nTo: Robin Calder\nSubject: "
        "Update on your application\n\nHi Robin,\n\nThank you for your interest in the Production "
        "Planner role. After a close look we've decided to go forward with "
        "other applicants.\n\nKind regards,\nOstrava Foods Recruiting",
    ),
    row(
        "a_dutch_outlook_forward",
        Status.REJECTED,
        "Ostrava Foods",
        "Production Planner",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="FW: Update on your application",
        body="\n\nVan: Ostrava Foods <jobs@ostravafoods.com>\nVerzonden: dinsdag 3 maart 2026 "
        "09:14\nAan: Robin Calder <robin.calder@gmail.com>\nOnderwerp: Update on your "
        "application\n\nHi Robin,\n\nThank you for your interest in the Production Planner role. "
        "After a close look we've decided to go forward with other applicants.\n\nKind "
        "regards,\nOstrava Foods Recruiting",
    ),
    row(
        "a_reply_with_the_original_message_rule_in_lower_case",
        Status.REJECTED,
        "Ostrava Foods",
        "Production Planner",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="RE: Update on your application",
        body="Thanks for the update.\n\n-----Original message-----\nFrom: Ostrava Foods "
        "<jobs@ostravafoods.com>\nSent: Tuesday, March 3, 2026 9:14 AM\nTo: Robin Calder\nSubject: "
        "Update on your application\n\nHi Robin,\n\nThank you for your interest in the Production "
        "Planner role. After a close look we've decided to go forward with "
        "other applicants.\n\nKind regards,\nOstrava Foods Recruiting",
    ),
    row(
        "a_portuguese_gmail_forward",
        Status.REJECTED,
        "Atlântida Software",
        "Programador Java",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="Fwd: A sua candidatura",
        body="---------- Mensagem encaminhada ---------\nDe: Atlântida Software "
        "<recrutamento@atlantida.pt>\nDate: ter., 3 de mar. de 2026 às 09:14\nSubject: A sua "
        "candidatura\nTo: <robin.calder@gmail.com>\n\nOlá Robin,\n\nObrigado pela sua candidatura à "
        "vaga de Programador Java na Atlântida Software. Infelizmente, decidimos avançar com outros "
        "candidatos.\n\nCumprimentos,\nAtlântida Software",
    ),
    row(
        "a_portuguese_courtesy_reply_above_its_quote",
        Status.REJECTED,
        "Atlântida Software",
        "Programador Java",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="Re: A sua candidatura",
        body="Obrigado pela resposta.\n\nEm ter., 3 de mar. de 2026 às 09:14, Atlântida Software "
        "<recrutamento@atlantida.pt> escreveu:\n\n> Olá Robin,\n>\n> Obrigado pela sua candidatura "
        "à vaga de Programador Java na Atlântida Software. Infelizmente, decidimos avançar com "
        "outros candidatos.\n>\n> Cumprimentos,\n> Atlântida Software",
    ),
    row(
        "a_portuguese_outlook_reply_under_its_rule",
        Status.REJECTED,
        "Atlântida Software",
        "Programador Java",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="RE: A sua candidatura",
        body="Obrigado pela informação.\n\n-----Mensagem original-----\nDe: Atlântida Software "
        "<recrutamento@atlantida.pt>\nEnviada: terça-feira, 3 de março de 2026 09:14\nPara: Robin "
        "Calder\nAssunto: A sua candidatura\n\nOlá Robin,\n\nObrigado pela sua candidatura à vaga "
        "de Programador Java na Atlântida Software. Infelizmente, decidimos avançar com outros "
        "candidatos.\n\nCumprimentos,\nAtlântida Software",
    ),
    row(
        "an_italian_gmail_forward",
        Status.APPLIED,
        "Officine Rinaldi",
        "Tecnico Manutentore",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="Fwd: Candidatura",
        body="---------- Messaggio inoltrato ---------\nDa: Officine Rinaldi "
        "<selezione@officinerinaldi.it>\nDate: mar 3 mar 2026 alle ore 09:14\nSubject: "
        "Candidatura\nTo: <robin.calder@gmail.com>\n\nCiao Robin,\n\ngrazie per esserti candidato "
        "alla posizione di Tecnico Manutentore presso Officine Rinaldi. Valuteremo il tuo profilo e "
        "ti ricontatteremo.\n\nUn saluto,\nOfficine Rinaldi",
    ),
    row(
        "an_italian_courtesy_reply_above_its_quote",
        Status.APPLIED,
        "Officine Rinaldi",
        "Tecnico Manutentore",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="Re: Candidatura",
        body="Grazie mille!\n\nIl giorno mar 3 mar 2026 alle ore 09:14 Officine Rinaldi "
        "<selezione@officinerinaldi.it> ha scritto:\n\n> Ciao Robin,\n>\n> grazie per esserti "
        "candidato alla posizione di Tecnico Manutentore presso Officine Rinaldi. Valuteremo il tuo "
        "profilo e ti ricontatteremo.\n>\n> Un saluto,\n> Officine Rinaldi",
    ),
    row(
        "an_italian_outlook_forward",
        Status.APPLIED,
        "Officine Rinaldi",
        "Tecnico Manutentore",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="I: Candidatura",
        body="-----Messaggio originale-----\nDa: Officine Rinaldi "
        "<selezione@officinerinaldi.it>\nInviato: martedì 3 marzo 2026 09:14\nA: Robin "
        "Calder\nOggetto: Candidatura\n\nCiao Robin,\n\ngrazie per esserti candidato alla posizione "
        "di Tecnico Manutentore presso Officine Rinaldi. Valuteremo il tuo profilo e ti "
        "ricontatteremo.\n\nUn saluto,\nOfficine Rinaldi",
    ),
    row(
        "a_dutch_gmail_forward",
        Status.INTERVIEW,
        "Groenhart Advies",
        "Junior Accountmanager",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="Fwd: Uitnodiging sollicitatiegesprek",
        body="---------- Doorgestuurd bericht ---------\nVan: Groenhart Advies "
        "<werving@groenhartadvies.nl>\nDate: di 3 mrt 2026 om 09:14\nSubject: Uitnodiging "
        "sollicitatiegesprek\nTo: <robin.calder@gmail.com>\n\nBeste Robin,\n\nWe willen je graag "
        "uitnodigen voor een sollicitatiegesprek voor de functie Junior Accountmanager. Past "
        "donderdag om 10:00 uur?\n\nMet vriendelijke groet,\nGroenhart Advies",
    ),
    row(
        "a_dutch_courtesy_reply_above_its_quote",
        Status.INTERVIEW,
        "Groenhart Advies",
        "Junior Accountmanager",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="Re: Uitnodiging sollicitatiegesprek",
        body="Dank je, donderdag is prima.\n\nOp di 3 mrt 2026 om 09:14 schreef Groenhart Advies "
        "<werving@groenhartadvies.nl>:\n\n> Beste Robin,\n>\n> We willen je graag uitnodigen voor "
        "een sollicitatiegesprek voor de functie Junior Accountmanager. Past donderdag om 10:00 "
        "uur?\n>\n> Met vriendelijke groet,\n> Groenhart Advies",
    ),
    row(
        "a_dutch_outlook_reply_under_its_rule",
        Status.INTERVIEW,
        "Groenhart Advies",
        "Junior Accountmanager",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="RE: Uitnodiging sollicitatiegesprek",
        body="Dank je wel!\n\n-----Oorspronkelijk bericht-----\nVan: Groenhart Advies "
        "<werving@groenhartadvies.nl>\nVerzonden: dinsdag 3 maart 2026 09:14\nAan: Robin "
        "Calder\nOnderwerp: Uitnodiging sollicitatiegesprek\n\nBeste Robin,\n\nWe willen je graag "
        "uitnodigen voor een sollicitatiegesprek voor de functie Junior Accountmanager. Past "
        "donderdag om 10:00 uur?\n\nMet vriendelijke groet,\nGroenhart Advies",
    ),
    row(
        "a_spanish_gmail_forward",
        Status.APPLIED,
        "Frutas Montaña",
        "Responsable de Almacén",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="Fwd: Tu candidatura",
        body="---------- Mensaje reenviado ---------\nDe: Frutas Montaña <rrhh@frutasmontana.es>\nDate: "
        "mar, 3 mar 2026 a las 9:14\nSubject: Tu candidatura\nTo: <robin.calder@gmail.com>\n\nHola "
        "Robin,\n\nHemos recibido tu candidatura para el puesto de Responsable de Almacén. La "
        "revisaremos en breve.\n\nSaludos,\nFrutas Montaña",
    ),
    row(
        "a_spanish_courtesy_reply_above_its_quote",
        Status.APPLIED,
        "Frutas Montaña",
        "Responsable de Almacén",
        sender="Robin Calder <robin.calder@gmail.com>",
        subject="Re: Tu candidatura",
        body="Muchas gracias.\n\nEl mar, 3 mar 2026 a las 9:14, Frutas Montaña <rrhh@frutasmontana.es> "
        "escribió:\n\n> Hola Robin,\n>\n> Hemos recibido tu candidatura para el puesto de "
        "Responsable de Almacén. La revisaremos en breve.\n>\n> Saludos,\n> Frutas Montaña",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), CARRIED)
def test_the_carried_message_is_read_whatever_client_or_language_carries_it(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
