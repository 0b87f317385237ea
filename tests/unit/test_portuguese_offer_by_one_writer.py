"""A Portuguese offer written by one person, in the first person singular ("tenho o gosto de lhe propor",
"tenho o prazer de te oferecer"), or sent as the contract's draft ("segue em anexo a minuta do contrato"),
is an offer, even where the mail recalls the interview before it. Invented mail, Portugal and Brazil."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status

OFFERS = [
    pytest.param(
        "Proposta – Engenheira de Processo",
        "Cara Eng.ª Rosalina Teixeira,\n\nNa sequência da entrevista de terça-feira, tenho o gosto de lhe "
        "propor a integração na nossa equipa como Engenheira de Processo, com início a 2 de junho.\n\n"
        "Aguardo a sua resposta.\n\nCumprimentos,\nAurélio Canavarro\nDiretor Industrial\nCerâmicas Valbom\n",
        "Aurélio Canavarro <aurelio.canavarro@ceramicasvalbom.pt>",
        id="pt_singular_propor",
    ),
    pytest.param(
        "Documentação – Técnico de Laboratório",
        "Caro Sr. Valdemar Trigueirão,\n\nFoi um gosto conhecê-lo na entrevista. Seguem em anexo a minuta do "
        "contrato e o regulamento interno, para que os possa ler com tempo.\n\n"
        "Com os melhores cumprimentos,\nFilomena Arruda\nRecursos Humanos\nLaboratórios Quintão Vilarouco\n",
        "Filomena Arruda <filomena.arruda@quintaovilarouco.pt>",
        id="pt_draft_contract_and_rules",
    ),
    pytest.param(
        "Proposta de colaboração",
        "Exma. Senhora Dra. Leonor Pestana,\n\nApós a entrevista da semana passada, tenho o prazer de lhe "
        "apresentar a nossa proposta de colaboração como Psicóloga Clínica.\n\nCom os melhores "
        "cumprimentos,\nHortênsia Lobão\nRecursos Humanos\nClínica Psicovale\n",
        "Hortênsia Lobão <hortensia.lobao@psicovale.pt>",
        id="pt_singular_apresentar_proposta",
    ),
    pytest.param(
        "Contrato – Desenvolvedor Mobile",
        "Olá Tarcísio,\n\nComo falamos na entrevista de ontem, segue em anexo a minuta do contrato de "
        "prestação de serviços para você revisar com calma. Qualquer dúvida, me chama.\n\nAtt.,\n"
        "Jurema Falcone\nSócia\nCajuína Labs\n",
        "Jurema Falcone <jurema@cajuinalabs.com.br>",
        id="br_draft_contract",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), OFFERS)
def test_an_offer_one_person_writes_is_an_offer(subject, body, sender):
    result = extract(body=body, subject=subject, sender=sender)

    assert result.kind is Kind.APPLICATION
    assert result.status is Status.OFFER
