"""Italian and European Portuguese mail (invented mail): the status, employer and post their boards,
agencies and small employers write.

A board quotes the offer ("all'offerta "X" di Y") or writes it before its employer ("à oferta X - Y, S.A.")
and states a status after a colon ("estado ...: Não selecionada"); an agency names its client as a firm
("l'azienda cliente X"); a small employer says the place is taken ("já arranjámos uma pessoa", "abbiamo
già completato lo staff"); names hold particles ("do", "della") and close on Italy's and Portugal's legal
forms (S.n.c., Unipessoal, Lda.), which never make them a role; a day ahead is no next step.
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Kind, Status
from tracker.names import company_key

MAIL = [
    row(
        "board_quotes_the_offer_before_its_employer",
        Status.APPLIED,
        "Tipografia Lariana S.r.l.",
        "Grafico impaginatore",
        sender="InfoJobs <noreply@infojobs.it>",
        subject="Novità sulla tua candidatura",
        body='Ciao Anna,\nla tua candidatura all\'offerta "Grafico impaginatore" di Tipografia '
        "Lariana S.r.l. è stata letta dall'azienda.\n\nInfoJobs",
    ),
    row(
        "board_writes_the_offer_then_a_dash_and_its_employer",
        Status.APPLIED,
        "Cerâmica do Liz, S.A.",
        "Operador de Forno",
        sender="Ofertas <noreply@ofertasdeemprego.pt>",
        subject="Candidatura registada",
        body="Olá Rui,\na sua candidatura à oferta Operador de Forno - Cerâmica do Liz, S.A. foi registada "
        "com sucesso.\n\nA equipa",
    ),
    row(
        "board_states_the_status_after_a_colon",
        Status.REJECTED,
        "Óptica Central Lda",
        "Optometrista",
        sender="Ofertas <noreply@ofertasdeemprego.pt>",
        subject="Atualização da candidatura",
        body="Olá Rita,\na empresa Óptica Central Lda. atualizou o estado da sua candidatura à oferta "
        "Optometrista: Não selecionada.\n\nA equipa",
    ),
    row(
        "agency_names_its_client_as_a_firm",
        Status.INTERVIEW,
        "Vetreria Toscana S.n.c.",
        "Addetto al forno",
        sender="Umana <filiale.prato@umana.it>",
        subject="Colloquio - Addetto al forno",
        body="Buongiorno Luca,\nl'azienda cliente Vetreria Toscana S.n.c. vorrebbe fissare un colloquio con "
        "lei per la posizione di Addetto al forno, giovedì alle 10.\n\nUmana S.p.A. - Filiale di Prato",
    ),
    row(
        "a_legal_form_makes_a_trade_word_an_employer",
        Status.REJECTED,
        "Meccanica Orobica S.p.A.",
        "Tornitore",
        sender="Selezione <selezione@agenziaalfa.it>",
        subject="Esito candidatura",
        body="Gentile Marco,\nla sua candidatura per il ruolo di Tornitore presso il nostro cliente, "
        "Meccanica Orobica S.p.A., non è stata selezionata.\n\nCordiali saluti",
    ),
    row(
        "small_employer_already_found_someone",
        Status.REJECTED,
        "Café Ribeira",
        None,
        sender="Café Ribeira <geral@caferibeira.pt>",
        subject="Re: candidatura empregada de mesa",
        body="Olá Joana,\nobrigado pelo CV. Entretanto já encontrámos uma pessoa para a sala, por isso de "
        "momento não temos vaga.\n\nCafé Ribeira",
    ),
    row(
        "a_day_ahead_is_no_next_step",
        Status.INTERVIEW,
        "Pastelaria Aurora",
        None,
        sender="Helena Costa <helena@pastelariaaurora.pt>",
        subject="Entrevista - Pasteleiro",
        body="Bom dia,\ngostaríamos de o convidar para uma entrevista na loja no Chiado, na próxima "
        "quinta-feira às 15h.\n\nHelena Costa\nPastelaria Aurora",
    ),
    row(
        "joining_the_team_as_the_post",
        Status.OFFER,
        "Clínica Oceano",
        "Assistente de Consultório",
        sender="Clínica Oceano <rh@clinicaoceano.pt>",
        subject="Proposta de trabalho",
        body="Olá Marta,\ntemos o gosto de lhe apresentar uma proposta para integrar a nossa equipa como "
        "Assistente de Consultório, com início em julho.\n\nClínica Oceano",
    ),
    row(
        "the_post_without_di_after_posizione",
        Status.APPLIED,
        "Lanificio Biellese S.p.A.",
        "Tecnico tessile",
        sender="Lanificio Biellese S.p.A. <noreply@inrecruiting.com>",
        subject="Conferma candidatura",
        body="Gentile Giulia,\nabbiamo ricevuto la sua candidatura per la posizione Tecnico tessile.\n\n"
        "Ufficio Risorse Umane\nLanificio Biellese S.p.A.",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), MAIL)
def test_italian_and_portuguese_mail_reads_its_status_employer_and_post(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_a_small_employer_that_already_completed_its_staff_rejects():
    result = extract(
        sender="Bar Stazione <barstazione@gmail.com>",
        subject="Re: candidatura barista",
        body="Ciao Paolo,\ngrazie mille. Per quest'anno abbiamo già completato lo staff, ti scriviamo se si "
        "libera un posto.\n\nBar Stazione",
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.REJECTED


def test_a_portuguese_boards_alert_of_new_offers_is_a_job_alert():
    result = extract(
        sender="Alertas <alertas@ofertasdeemprego.pt>",
        subject="Novas ofertas: Eletricista em Setúbal",
        body='Encontrámos 5 novas ofertas que correspondem ao seu alerta "eletricista":\n\nEletricista - '
        "Instalações Sado, Lda. - Setúbal\n\nVer todas as ofertas",
    )
    assert result.kind is Kind.JOB_ALERT


@pytest.mark.parametrize(
    ("written", "bare"),
    [
        ("Farmácia Luz Unipessoal, Lda.", "Farmácia Luz"),
        ("Bar Centrale S.r.l.s.", "Bar Centrale"),
        ("Rossi & Figli S.n.c.", "Rossi & Figli"),
    ],
)
def test_italian_and_portuguese_legal_forms_key_as_the_name_alone(written, bare):
    assert company_key(written) == company_key(bare)


@pytest.mark.parametrize(
    ("subject", "body", "status"),
    [
        (
            "Candidatura recebida",
            "Olá Ana,\n\nRecebemos a sua candidatura para Operadora de Loja. Não há limite de vagas: todas "
            "as candidaturas serão analisadas.\n\nLojas Estrela",
            Status.APPLIED,
        ),
        (
            "Entrevista",
            "Olá Ana,\n\nGostaríamos de a convidar para uma entrevista para Operadora de Loja. Não temos "
            "mais vagas de horário na segunda, por isso será na terça às 10h.\n\nLojas Estrela",
            Status.INTERVIEW,
        ),
    ],
    ids=["no_limit_of_places", "no_interview_slots_left"],
)
def test_places_not_limited_or_an_interviews_slots_are_no_rejection(subject, body, status):
    result = extract(sender="Lojas Estrela <rh@lojasestrela.pt>", subject=subject, body=body)
    assert result.status is status
