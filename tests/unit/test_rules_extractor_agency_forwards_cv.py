"""An agency telling the candidate it has put their CV forward to its client, in English ("I've
submitted your CV to X", "I've also put you forward for") and the six languages besides (invented):
"wie besprochen habe ich Ihre Unterlagen an unseren Kunden, die X GmbH, weitergeleitet", "j'ai transmis
votre CV à notre client", "he enviado tu CV a nuestro cliente", "encaminhei o seu currículo", "ho
inoltrato il tuo CV", "heb ik je cv voorgesteld bij onze klant". The candidate applied, through the
agency, to the client: an application at the client, not the agency's cold outreach (its "unser Kunde"
/ "notre client" words alone would say outreach).

An agency recruiter telling the reader they were submitted to a client, in a chat's words ("I went ahead
and submitted you to ...", "Just submitted you to ...", "your profile has been shared with the client"), is
the reader's application at the client, applied; a recruiter still asking leave to submit them is not.
Invented mail, written from the class.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Kind, Status

FORWARDED_CVS = [
    application_row(
        "en_ive_submitted_your_cv_to_the_client",
        Status.APPLIED,
        "Quillstone",
        "Staff Backend Engineer",
        sender="Sophie Lang <sophie.lang@harbourtalent.co.uk>",
        subject="Your submission to Quillstone - Staff Backend Engineer",
        body="Hi Alex,\n\nThanks for the chat earlier. As agreed, I've submitted your CV to Quillstone for "
        "the Staff Backend Engineer role. I'll come back to you as soon as I hear.\n\nBest,\nSophie Lang\n"
        "Senior Consultant, Harbour Talent",
    ),
    application_row(
        "en_ive_also_put_you_forward_for",
        Status.APPLIED,
        "Quillstone",
        "Engineering Manager, Core Ledger",
        sender="Sophie Lang <sophie.lang@harbourtalent.co.uk>",
        subject="Quillstone - Engineering Manager, Core Ledger",
        body="Hi Alex,\n\nAs discussed, I've also put you forward for the Engineering Manager, Core Ledger "
        "position at Quillstone. I'll keep you posted.\n\nBest,\nSophie Lang\nSenior Consultant, Harbour "
        "Talent",
    ),
    application_row(
        "de_habe_ich_ihre_unterlagen_weitergeleitet",
        Status.APPLIED,
        "Brenner Maschinenbau GmbH",
        sender="Katrin Hansen <k.hansen@hansen-personal.de>",
        subject="Ihr Profil bei unserem Kunden",
        body="Hallo Herr Lee,\n\nwie besprochen habe ich Ihre Unterlagen an unseren Kunden, die "
        "Brenner Maschinenbau GmbH, für die Position Konstrukteur weitergeleitet. Ich melde mich, "
        "sobald ich Rückmeldung habe.\n\nViele Grüße\nKatrin Hansen\nHansen Personal",
    ),
    application_row(
        "fr_j_ai_transmis_votre_cv",
        Status.APPLIED,
        "Lactalis",
        sender="Marion Dupuis <m.dupuis@hermes-conseil.fr>",
        subject="Votre candidature chez notre client",
        body="Bonjour Sam,\n\nComme convenu, j'ai transmis votre CV à notre client, Lactalis, pour "
        "le poste de Contrôleur de gestion. Je reviens vers vous dès que j'ai un retour.\n\nBien à "
        "vous,\nMarion Dupuis\nHermès Conseil",
    ),
    application_row(
        "es_he_enviado_tu_cv",
        Status.APPLIED,
        "Grupo Antolin",
        sender="Laura Gómez <laura.gomez@talentia-rrhh.es>",
        subject="Tu candidatura",
        body="Hola Sam,\n\nComo hablamos, he enviado tu CV a nuestro cliente, Grupo Antolin, para "
        "el puesto de Ingeniero de Calidad. Te aviso en cuanto sepa algo.\n\nUn saludo,\nLaura "
        "Gómez\nTalentia RRHH",
    ),
    application_row(
        "pt_encaminhei_o_seu_curriculo",
        Status.APPLIED,
        "Bosch Car Multimedia",
        sender="Rui Costa <rui.costa@kelly-talent.pt>",
        subject="A sua candidatura",
        body="Olá Sam,\n\nConforme falámos, encaminhei o seu currículo para o nosso cliente, Bosch "
        "Car Multimedia, para a função de Engenheiro de Teste. Dou notícias assim que tiver "
        "resposta.\n\nCumprimentos,\nRui Costa",
    ),
    application_row(
        "it_ho_inoltrato_il_tuo_cv",
        Status.APPLIED,
        "Brembo",
        sender="Chiara Neri <chiara.neri@hunters-group.it>",
        subject="Aggiornamento",
        body="Ciao Sam,\n\ncome d'accordo ho inoltrato il tuo CV al nostro cliente, Brembo, per la "
        "posizione di Buyer. Ti aggiorno appena ho un riscontro.\n\nUn saluto,\nChiara Neri",
    ),
    application_row(
        "nl_heb_ik_je_cv_voorgesteld",
        Status.APPLIED,
        "Koninklijke Smilde",
        sender="Thijs Verbeek <thijs@veldmanwerving.nl>",
        subject="Je cv",
        body="Hoi Sam,\n\nZoals afgesproken heb ik je cv voorgesteld bij onze klant, Koninklijke "
        "Smilde, voor de functie Planner. Ik laat het je weten zodra ik iets hoor.\n\nGroet,\nThijs",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), FORWARDED_CVS)
def test_an_agency_that_put_the_cv_forward_reads_as_an_application_at_its_client(
    mail, status, company, title
):
    assert_reads_application(extract(**mail), status, company, title)


def test_an_agency_asking_whether_it_may_put_the_reader_forward_is_no_application():
    result = extract(
        sender="Priyanka Desai <priyanka@vertexsearch.io>",
        subject="Quillstone are hiring - Staff Engineer",
        body="Hi Alex,\n\nQuillstone are growing their engineering team and are looking for a Staff "
        "Engineer. Can I put you forward for the role? Happy to share more on a call.\n\nPriyanka",
    )
    assert not result.is_application, result


SUBMITTED = [
    pytest.param(
        "Halden Mills - Buyer",
        "Morning Priya,\n\nFollowing up on our call: I went ahead and submitted you to Halden Mills for "
        "their Senior Buyer opening. They usually come back within the week.\n\nGreg Watts\n"
        "Senior Consultant, Ashcombe Talent",
        "Greg Watts <greg.watts@ashcombetalent.com>",
        id="went_ahead_and_submitted_you",
    ),
    pytest.param(
        "submitted!!",
        "Hi Rosa!! Just submitted you to Corran Valley Hospital for the Travel RN - PICU contract. I'll text "
        "you the minute I hear back.\n\nKenzie\nTravel Recruiter | Brightline Nurse Staffing",
        "Kenzie Ward <kward@brightlinenurses.com>",
        id="just_submitted_you_the_i_left_out",
    ),
    pytest.param(
        "Update",
        "Dear Vikram,\n\nAs discussed, your profile has been shared with the client for the Lead Data "
        "Engineer position. Will update you once I have feedback.\n\nRegards,\nMeera Joshi\nTalentway "
        "Consulting",
        "Meera Joshi <meera.joshi@talentwayconsulting.in>",
        id="profile_shared_with_the_client",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), SUBMITTED)
def test_an_agency_telling_the_reader_they_were_submitted_is_application_mail(
    subject: str, body: str, sender: str
) -> None:
    result = extract(body=body, subject=subject, sender=sender)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.APPLIED, result


def test_a_recruiter_asking_leave_to_submit_the_reader_is_no_application() -> None:
    result = extract(
        subject="Analyst role",
        body="Hi Jo,\n\nCan I submit you to Harlow Group for the analyst role? Let me know and I'll send "
        "your details over today.\n\nSam",
        sender="Sam Ode <sam@odehire.com>",
    )
    assert result.kind is not Kind.APPLICATION, result
