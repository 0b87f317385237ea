"""A recruiter relaying their client's wish to meet the reader ("my client, a mid-size insurer, would like
to invite you to an interview") writes about the reader's application: the client has seen their CV. The
employer is the client where the mail names it, else the agency. A recruiter offering their own call about
a client's role is cold outreach. Invented mail.

An agency telling the reader that its client wants to hire or meet them for a post, in one sentence, is
the reader's application at that step: the employer is the client it names (the agency where it names
none), the title the post. The same wish from a cold recruiter about an unnamed client stays outreach.
Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status

_AGENCY = "Ruth Kane <ruth@brightlinerecruitment.co.uk>"
_SIGNATURE = "\n\nRuth Kane\nSenior Consultant\nBrightline Recruitment"


def test_an_unnamed_clients_wish_to_interview_the_reader_is_their_application_with_the_agency():
    result = extract(
        subject="Finance Analyst role",
        body="Hi Sam,\n\nMy client, a mid-size insurer, would like to invite you to an interview for the "
        "Finance Analyst role on Tuesday at 3pm." + _SIGNATURE,
        sender=_AGENCY,
    )

    assert result.kind is Kind.APPLICATION
    assert result.status is Status.INTERVIEW
    assert result.company == "Brightline Recruitment"


def test_the_client_wanting_to_meet_the_reader_is_an_interview():
    result = extract(
        subject="Finance Analyst role",
        body="Hi Sam,\n\nGreat news - my client would like to meet you for the Finance Analyst role. Are you "
        "free on Tuesday at 3pm?" + _SIGNATURE,
        sender=_AGENCY,
    )

    assert result.kind is Kind.APPLICATION
    assert result.status is Status.INTERVIEW


def test_a_recruiters_own_call_about_a_clients_role_stays_outreach():
    result = extract(
        subject="Finance Analyst role",
        body="Hi Sam,\n\nI am recruiting a Finance Analyst for my client, a mid-size insurer. Would you be "
        "free for a call on Tuesday at 3pm?" + _SIGNATURE,
        sender=_AGENCY,
    )

    assert result.kind is Kind.RECRUITER_OUTREACH


RELAYS = [
    pytest.param(
        "Neuigkeiten",
        "Hallo Herr Arslan,\n\ndie Firma Brandt Stahlbau würde Sie gern als Schlosser (m/w/d) übernehmen. "
        "Bitte rufen Sie mich an.\n\nViele Grüße\nMia Roth\nTopjob Personal GmbH",
        "Mia Roth <m.roth@topjob-personal.de>",
        Status.OFFER,
        "Brandt Stahlbau",
        "Schlosser (m/w/d)",
        id="de_firm_would_take_you_on_as",
    ),
    pytest.param(
        "Update",
        "Hoi Sem,\n\nde firma Kuipers Bouw wil je graag aannemen als uitvoerder. Bel je me even?\n\n"
        "Groet,\nNoor Smit\nWerkPlus Uitzendbureau B.V.",
        "Noor Smit <noor@werkplus.nl>",
        Status.OFFER,
        "Kuipers Bouw",
        "uitvoerder",
        id="nl_firm_wants_to_hire_you_as",
    ),
    pytest.param(
        "Colloquio",
        "Ciao Giorgio,\n\nil mio cliente, l'azienda Tessiture Ferri, vorrebbe conoscerti per la posizione di "
        "Tecnico di laboratorio. Sei libero giovedì?\n\nLaura Monti\nAgenzia Sud Lavoro S.r.l.",
        "Laura Monti <laura.monti@sudlavoro.it>",
        Status.INTERVIEW,
        "Tessiture Ferri",
        "Tecnico di laboratorio",
        id="it_my_client_the_firm_would_like_to_meet_you",
    ),
    pytest.param(
        "Entrevista",
        "Hola Marta,\n\nmi cliente, la empresa Aceites del Sur, quiere conocerte para el puesto de Jefa de "
        "Almacén. ¿Te viene bien el viernes?\n\nSaludos,\nDiego Vidal\nEmpleo Activo S.L.",
        "Diego Vidal <diego@empleoactivo.es>",
        Status.INTERVIEW,
        "Aceites del Sur",
        "Jefa de Almacén",
        id="es_my_client_the_firm_wants_to_meet_you",
    ),
    pytest.param(
        "Entrevista",
        "Olá João,\n\no meu cliente, a empresa Cortiças do Norte, gostaria de o conhecer para a vaga de "
        "Técnico de Manutenção. Pode na quarta?\n\nSofia Reis\nTalento Certo, Lda.",
        "Sofia Reis <sofia@talentocerto.pt>",
        Status.INTERVIEW,
        "Cortiças do Norte",
        "Técnico de Manutenção",
        id="pt_my_client_the_firm_would_like_to_meet_you",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender", "status", "company", "title"), RELAYS)
def test_an_agency_relaying_its_clients_wish_names_the_client_and_the_post(
    subject, body, sender, status, company, title
):
    result = extract(body=body, subject=subject, sender=sender)
    assert result.kind is Kind.APPLICATION
    assert result.status is status
    assert result.company == company
    assert result.job_title == title


def test_a_cold_recruiters_unnamed_client_who_would_like_to_meet_stays_outreach():
    result = extract(
        subject="Opportunité",
        body="Bonjour Paul,\n\nje recrute pour un client un Chef de projet. Mon client aimerait faire votre "
        "connaissance pour le poste de Chef de projet H/F.\n\nCordialement,\nAline Bert\nConseil RH SAS",
        sender="Aline Bert <a.bert@conseil-rh.fr>",
    )
    assert result.kind is Kind.RECRUITER_OUTREACH
