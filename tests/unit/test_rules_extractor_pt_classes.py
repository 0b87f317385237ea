"""Portuguese job mail by class (Brazil and Portugal): what the common ATS and job boards send, employers'
rejections in their own words, the later stages, job alerts, and mail that lost its accents.

Every row was written for this test (never copied from a dataset): the kind, status, employer and title a
person reads in it.
"""

import pytest

from tests.extraction_support import extract
from tests.unit.test_rules_extractor_languages import (
    ALERT,
    APP,
    APPLIED,
    ASSESSMENT,
    INTERVIEW,
    OFFER,
    REJECTED,
    WITHDRAWN,
    case,
    check,
)

# fmt: off
CONFIRMATIONS = [
    case(
        "Banco Aurora <bancoaurora@myworkday.com>",
        "Obrigado por se candidatar ao Banco Aurora",
        "Olá Rafael,\n\nAgradecemos seu interesse no Banco Aurora. Recebemos sua candidatura para a vaga de "
        "Analista de Riscos Pleno e ela será avaliada pelo nosso time.\n\nAtenciosamente,\nTime de Talentos",
        APP, APPLIED, "Banco Aurora", "Analista de Riscos Pleno", "workday br recebemos",
    ),
    case(
        "Vagas <noreply@gupy.io>",
        "Recebemos sua candidatura!",
        "Oi, Juliana!\n\nSua candidatura para a vaga Assistente Administrativo(a) na Farmácias Ipê foi "
        "recebida com sucesso. Acompanhe as próximas etapas pela plataforma.\n\nEquipe Farmácias Ipê",
        APP, APPLIED, "Farmácias Ipê", "Assistente Administrativo(a)", "gupy vaga without de",
    ),
    case(
        "Lumen Saúde <no-reply@hire.lever.co>",
        "Obrigado pela sua candidatura - Lumen Saúde",
        "Olá Pedro,\n\nObrigado por se candidatar à posição de Enfermeiro Assistencial na Lumen Saúde. Vamos "
        "analisar o seu perfil e entraremos em contato em breve.\n\nAbraços,\nLumen Saúde",
        APP, APPLIED, "Lumen Saúde", "Enfermeiro Assistencial", "lever br à posição de",
    ),
    case(
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sua candidatura foi enviada para Banco Aurora",
        "Sua candidatura foi enviada para Banco Aurora\n\nAnalista de Dados\nBanco Aurora · São Paulo, SP\n"
        "Candidatura enviada em 2 de dez.\n\nVagas recomendadas\nCientista de Dados\nCapivara Tech · Remoto",
        APP, APPLIED, "Banco Aurora", "Analista de Dados", "linkedin pt card",
    ),
    case(
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: Atendente de Loja",
        "Candidatura enviada\n\nAtendente de Loja\nMercado Boa Praça - Recife, PE\n\nOs seguintes itens "
        "foram "
        "enviados para Mercado Boa Praça:\nCurrículo",
        APP, APPLIED, "Mercado Boa Praça", "Atendente de Loja", "indeed br",
    ),
    case(
        "Recrutamento Tejo <recrutamento@tejo-engenharia.pt>",
        "Confirmação de candidatura",
        "Caro Miguel,\n\nConfirmamos a receção da sua candidatura à função de Engenheiro Civil. Entraremos "
        "em "
        "contacto caso o seu perfil se enquadre.\n\nCom os melhores cumprimentos,\nTejo Engenharia",
        APP, APPLIED, "Tejo Engenharia", "Engenheiro Civil", "portugal receção, função",
    ),
    case(
        "Capivara Tech <jobs@capivara.recruitee.com>",
        "Sua candidatura para Desenvolvedora Front-end",
        "Olá Ana,\n\nObrigado por se candidatar para Desenvolvedora Front-end na Capivara Tech! Nosso time "
        "vai revisar seu perfil.\n\nAbraços,\nCapivara Tech",
        APP, APPLIED, "Capivara Tech", "Desenvolvedora Front-end", "recruitee se candidatar para",
    ),
]

REJECTIONS = [
    case(
        "Banco Aurora <bancoaurora@myworkday.com>",
        "Atualização sobre sua candidatura",
        "Olá Rafael,\n\nAgradecemos sua participação no processo seletivo. Infelizmente, não seguiremos com "
        "sua candidatura neste momento.\n\nDesejamos sucesso em sua carreira.",
        APP, REJECTED, "Banco Aurora", None, "não seguiremos",
    ),
    case(
        "Vagas <noreply@gupy.io>",
        "Retorno do processo seletivo",
        "Oi, Juliana!\n\nApós análise, a Farmácias Ipê optou por seguir com outros candidatos cujo perfil "
        "está "
        "mais alinhado à vaga. Seu currículo continuará em nosso banco de talentos.\n\nEquipe Gupy",
        APP, REJECTED, "Farmácias Ipê", None, "optou por seguir com outros, cv kept",
    ),
    case(
        "Lumen Saúde <no-reply@hire.lever.co>",
        "Sua candidatura na Lumen Saúde",
        "Olá Pedro,\n\nInfelizmente seu perfil não foi selecionado para as próximas etapas.\n\nAbraços,\n"
        "Lumen Saúde",
        APP, REJECTED, "Lumen Saúde", None, "não foi selecionado",
    ),
    case(
        "Recrutamento Tejo <recrutamento@tejo-engenharia.pt>",
        "Candidatura a Engenheiro Civil",
        "Caro Miguel,\n\nLamentamos informar que a sua candidatura não foi considerada para a fase seguinte "
        "do "
        "processo de recrutamento.\n\nCom os melhores cumprimentos,\nTejo Engenharia",
        APP, REJECTED, "Tejo Engenharia", None, "lamentamos, não foi considerada",
    ),
    case(
        "Capivara Tech <jobs@capivara.recruitee.com>",
        "Sobre sua candidatura",
        "Olá Ana,\n\nEmbora seu perfil seja muito interessante, decidimos avançar com outra pessoa para esta "
        "posição.\n\nAbraços,\nCapivara Tech",
        APP, REJECTED, "Capivara Tech", None, "avançar com outra pessoa",
    ),
    case(
        "Mercado Boa Praça <rh@boapraca.com.br>",
        "Vaga Atendente de Loja",
        "Olá,\n\nInformamos que a vaga de Atendente de Loja já foi preenchida. Agradecemos seu interesse.\n\n"
        "RH Mercado Boa Praça",
        APP, REJECTED, "Mercado Boa Praça", "Atendente de Loja", "vaga preenchida",
    ),
]

LATER_STAGES = [
    case(
        "Banco Aurora <bancoaurora@myworkday.com>",
        "Convite para entrevista - Analista de Riscos Pleno",
        "Olá Rafael,\n\nGostaríamos de convidá-lo para uma entrevista por vídeo na próxima terça-feira, às "
        "10h.\n\nAtenciosamente,\nTime de Talentos",
        APP, INTERVIEW, "Banco Aurora", "Analista de Riscos Pleno", "convite para entrevista",
    ),
    case(
        "Vagas <noreply@gupy.io>",
        "Etapa de testes",
        "Oi, Juliana!\n\nVocê avançou para a etapa de testes online da vaga Assistente Administrativo(a). "
        "Realize o teste de perfil até sexta-feira.\n\nEquipe Farmácias Ipê",
        APP, ASSESSMENT, None, None, "gupy teste",
    ),
    case(
        "Capivara Tech <jobs@capivara.recruitee.com>",
        "Proposta de emprego",
        "Olá Ana,\n\nTemos o prazer de lhe oferecer a vaga de Desenvolvedora Front-end! Segue em anexo a "
        "proposta com os detalhes.\n\nAbraços,\nCapivara Tech",
        APP, OFFER, "Capivara Tech", None, "proposta",
    ),
    case(
        "Lumen Saúde <no-reply@hire.lever.co>",
        "Atualização da vaga",
        "Olá Pedro,\n\nInformamos que o processo seletivo para a vaga de Enfermeiro Assistencial foi "
        "cancelado.\n"
        "\nAbraços,\nLumen Saúde",
        APP, WITHDRAWN, "Lumen Saúde", None, "processo cancelado",
    ),
]

NOT_APPLICATIONS = [
    case(
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "Novas vagas para Analista de Dados",
        "Vagas que correspondem ao seu perfil\n\nAnalista de Dados\nBanco Aurora · São Paulo\nCientista de "
        "Dados\nCapivara Tech · Remoto\n\nVer todas as vagas",
        ALERT, name="linkedin novas vagas",
    ),
    case(
        "Indeed <alert@indeed.com>",
        "Vagas de Atendente em Recife",
        "Vagas que podem te interessar\n\nAtendente de Loja\nMercado Boa Praça - Recife\nRepositor\n"
        "Supermercado Sol - Olinda\n\nCandidate-se agora",
        ALERT, name="indeed vagas que podem interessar",
    ),
]

MIXED = [
    case(
        "Capivara Tech <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Capivara Tech",
        "Hi Ana,\n\nThank you for applying for the Engenheira de Software Sênior position at Capivara Tech. "
        "We "
        "will review your application soon.\n\nCapivara Tech Recruiting",
        APP, APPLIED, "Capivara Tech", "Engenheira de Software Sênior", "english template, portuguese title",
    ),
    case(
        "Banco Aurora <bancoaurora@myworkday.com>",
        "Atualizacao sobre sua candidatura",
        "Ola Rafael,\n\nInfelizmente nao seguiremos com sua candidatura para a vaga de Analista de "
        "Riscos.\n\n"
        "Atenciosamente",
        APP, REJECTED, "Banco Aurora", "Analista de Riscos", "accents lost",
    ),
]
# fmt: on


@pytest.mark.parametrize(
    "sender, subject, body, kind, status, company, title",
    CONFIRMATIONS + REJECTIONS + LATER_STAGES + NOT_APPLICATIONS + MIXED,
)
def test_portuguese_mail_by_class(sender, subject, body, kind, status, company, title):
    check(extract(body, subject, sender), kind, status, company, title)


# Where Portuguese mail names the employer and the title: boards relaying, subjects alone, agencies.
# fmt: off
PLACES = [
    case(
        "Vagas <noreply@gupy.io>",
        "Atualização do processo seletivo",
        "Oi, Juliana!\n\nA Farmácias Ipê visualizou sua candidatura para a vaga de Assistente "
        "Administrativo(a).\n\nEquipe Gupy",
        APP, APPLIED, "Farmácias Ipê", "Assistente Administrativo(a)", "gupy viewed",
    ),
    case(
        "Recrutamento <rh@capivara.com.br>",
        "Candidatura não aprovada - Desenvolvedora Front-end",
        "",
        APP, REJECTED, "Capivara", "Desenvolvedora Front-end", "subject-only rejection",
    ),
    case(
        "Randstad <noreply@randstad.pt>",
        "A sua candidatura",
        "Olá Miguel,\n\nNo seguimento da sua candidatura à oferta Operador de Armazém para o nosso cliente "
        "Tejo Logística, gostaríamos de agendar uma entrevista telefónica.\n\nRandstad Lisboa",
        APP, INTERVIEW, "Tejo Logística", "Operador de Armazém", "agency names its client",
    ),
]
# fmt: on


@pytest.mark.parametrize("sender, subject, body, kind, status, company, title", PLACES)
def test_portuguese_mail_names_employer_and_title_where_it_does(
    sender, subject, body, kind, status, company, title
):
    check(extract(body, subject, sender), kind, status, company, title)
