"""The reader's own withdrawal told back to them (invented mail): an agency or an employer writing that it
passed the withdrawal on or carried it out ("I've let the manager know that you're withdrawing from the
process", "ik heb je kandidatuur bij onze opdrachtgever ingetrokken") or that it takes note of the
reader's decision ("prendiamo atto della sua decisione di ritirare la candidatura", "votre décision de
retirer votre candidature", "Ihre Entscheidung, Ihre Bewerbung zurückzuziehen", "a sua decisão de
desistir") is withdrawn, whatever congratulations on another offer or good wishes for the future stand
beside it. A small employer answering the reader's withdrawal from a personal mailbox, under a subject
naming the post, answers it as one writing from the organisation's domain does; the quote's header in
Apple Mail's Portuguese ("No dia ..., X escreveu:") and Dutch ("Op ... heeft X het volgende geschreven:")
sets the quote apart like every other client's."""

import pytest

from tests.extraction_support import extract, extract_as_read
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.email_reading.cleanup import readable_text
from tracker.models import Kind, Status

TOLD_BACK = [
    pytest.param(
        _mail(
            "Barnaby Quelch <b.quelch@fenwright-search.co.uk>",
            "Saltmarsh - withdrawing your application",
            "Hi Odalys,",
            "Thanks for the call this morning, and congratulations again on the offer at the brewery - well "
            "deserved.",
            "As agreed, I've let their operations lead know that you're withdrawing from the Shift Chemist "
            "process. She was sorry to hear it, but she completely understood.",
            "All the best in the new role,\nBarnaby",
        ),
        id="en_agency_passes_it_on_beside_another_offer",
    ),
    pytest.param(
        _mail(
            "Donatella Sgarbossa <risorseumane@mobilificio-zanvettor.it>",
            "Ritiro candidatura – Addetta vendite estero",
            "Gentile Signora Ferraguti,",
            "prendiamo atto della Sua decisione di ritirare la candidatura e La ringraziamo per avercelo "
            "comunicato. Le auguriamo molto successo per il Suo futuro professionale.",
            "Cordiali saluti\nDonatella Sgarbossa\nRisorse umane\nMobilificio Zanvettor",
        ),
        id="it_presa_d_atto_beside_a_wish_for_the_future",
    ),
    pytest.param(
        _mail(
            "Gerolf Wassink | Duinvolk Werving <gerolf@duinvolkwerving.nl>",
            "Terugtrekken sollicitatie",
            "Hoi Marlijn,",
            "Dank voor je bericht en gefeliciteerd met je nieuwe baan! Ik heb je kandidatuur voor de "
            "Controller Operations bij onze opdrachtgever ingetrokken.",
            "Groet,\nGerolf",
        ),
        id="nl_agency_withdrew_the_candidacy",
    ),
    pytest.param(
        _mail(
            "Service RH <rh@tuilerie-vasseront.fr>",
            "Votre candidature",
            "Madame,",
            "Nous prenons acte de votre décision de retirer votre candidature au poste de technicienne "
            "qualité et vous souhaitons une bonne continuation.",
            "Cordialement,\nLe service RH\nTuilerie Vasseront",
        ),
        id="fr_decision_de_retirer",
    ),
    pytest.param(
        _mail(
            "Personalabteilung <personal@kaltenbrunn-armaturen.de>",
            "Ihre Bewerbung als Industriemechaniker",
            "Sehr geehrter Herr Oltmanns,",
            "wir respektieren Ihre Entscheidung, Ihre Bewerbung zurückzuziehen, und wünschen Ihnen für Ihren "
            "weiteren Weg alles Gute.",
            "Mit freundlichen Grüßen\nKaltenbrunn Armaturen GmbH",
        ),
        id="de_entscheidung_zurueckzuziehen",
    ),
    pytest.param(
        _mail(
            "Recursos Humanos <rh@conservas-barroqueira.pt>",
            "A sua candidatura",
            "Cara Joana,",
            "Respeitamos a sua decisão de desistir do processo e desejamos-lhe as maiores felicidades.",
            "Com os melhores cumprimentos,\nRecursos Humanos\nConservas Barroqueira",
        ),
        id="pt_decisao_de_desistir",
    ),
]


@pytest.mark.parametrize("mail", TOLD_BACK)
def test_the_readers_withdrawal_told_back_to_them_is_withdrawn(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.WITHDRAWN, result


def test_a_small_employer_answering_from_a_personal_mailbox_under_the_post_acknowledges_it():
    result = extract_as_read(
        "Leonor Assunção <canil.valdosouto@gmail.com>",
        "Re: Rececionista",
        "Olá Tomé,\n\nClaro, compreendo perfeitamente. Obrigada por ter avisado tão cedo, assim ainda "
        "consigo chamar o outro candidato esta semana.\n\nTudo de bom,\nLeonor\n\n"
        "No dia segunda, 9/03/2026 às 18:40, Tomé Vasconcelos <tome.vasconcelos@sapo.pt> escreveu:\n"
        "> Olá Leonor,\n>\n> Pensei bem e o horário não é compatível com a minha situação. Por isso "
        "prefiro retirar a minha candidatura.\n>\n> Tomé",
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.WITHDRAWN, result


@pytest.mark.parametrize(
    "header",
    [
        pytest.param("No dia segunda, 9/03/2026 às 18:40, Tomé <tome@sapo.pt> escreveu:", id="pt_no_dia"),
        pytest.param(
            "Op 9 mrt. 2026 om 18:40 heeft Tomé <tome@ziggo.nl> het volgende geschreven:",
            id="nl_het_volgende_geschreven",
        ),
    ],
)
def test_apple_mails_quote_header_starts_the_quote(header):
    body, quoted = readable_text(
        f"We will call you on Monday about the next step.\n\n{header}\n> Hello,\n> Monday suits me.\n"
    )
    assert header not in body
    assert quoted.startswith(header)
