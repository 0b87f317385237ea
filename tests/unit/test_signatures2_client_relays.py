"""An agency telling the reader that its client wants to hire or meet them for a post, in one sentence, is
the reader's application at that step: the employer is the client it names (the agency where it names
none), the title the post. The same wish from a cold recruiter about an unnamed client stays outreach.
Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status

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
