"""A Romance-language sentence names the post with its noun phrase ("para o lugar de X", "à nossa oferta de
X", "per il posto di X") and the writer's own unit after it ("X da nossa clínica", "X de notre brasserie",
"X de nuestra tienda"): the title is the post's name alone, whatever verb or
anchor read it. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.romance_post_phrases import without_post_phrase


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("o lugar de Fisioterapeuta Sénior", "Fisioterapeuta Sénior"),
        ("nossa oferta de Analista de Suprimentos", "Analista de Suprimentos"),
        ("il posto di Tecnico Manutentore", "Tecnico Manutentore"),
        ("le poste de Commis de Cuisine", "Commis de Cuisine"),
        ("Enfermeira/o da nossa unidade de Setúbal", "Enfermeira/o"),
        ("Cajero/a de nuestra tienda de Getafe", "Cajero/a"),
        # The post's own words stay: a lowercase word after the noun, a unit that is no one's.
        ("Oferta de emprego", "Oferta de emprego"),
        ("Técnico de Manutenção", "Técnico de Manutenção"),
        ("Responsável de Loja", "Responsável de Loja"),
    ],
)
def test_the_post_phrase_around_a_title_is_the_sentences(raw, title):
    assert without_post_phrase(raw) == title


MAILS = [
    pytest.param(
        "Resposta à sua candidatura",
        "Exma. Senhora Dra. Olímpia Vasconcelos,\n\nTerminado o processo de seleção para o lugar de "
        "Fisioterapeuta Sénior, informamos que a escolha recaiu sobre outra candidata.\n\nCom os melhores "
        "cumprimentos,\nRecursos Humanos\nClínica Fisiorreabilitar Quintanilha\n",
        "Recursos Humanos <rh@fisioquintanilha.pt>",
        "Fisioterapeuta Sénior",
        id="pt_o_lugar_de",
    ),
    pytest.param(
        "Sua candidatura",
        "Olá, Heitor!\n\nRecebemos sua candidatura à nossa oferta de Analista de Suprimentos. Nosso time vai "
        "avaliar seu perfil nos próximos dias.\n\nAbraços,\nTime de Gente\nMoageira Itacolumy\n",
        "Moageira Itacolumy <vagas@moageiraitacolumy.com.br>",
        "Analista de Suprimentos",
        id="br_a_nossa_oferta_de",
    ),
    pytest.param(
        "Tu candidatura",
        "Hola Ximena,\n\nhemos recibido tu candidatura para el puesto de Cajero/a de nuestra tienda de "
        "Getafe. La revisaremos en los próximos días.\n\nUn saludo,\nEquipo de Selección\n"
        "Supermercados Zalduondo\n",
        "Supermercados Zalduondo <empleo@zalduondosuper.es>",
        "Cajero/a",
        id="es_de_nuestra_tienda",
    ),
    pytest.param(
        "Votre candidature",
        "Bonjour Anatole,\n\nNous avons bien reçu votre candidature pour le poste de Commis de Cuisine de "
        "notre brasserie du port.\n\nBien cordialement,\nL'équipe Brasserie Kerlouan\n",
        "Brasserie Kerlouan <recrutement@brasseriekerlouan.fr>",
        "Commis de Cuisine",
        id="fr_de_notre_brasserie",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender", "title"), MAILS)
def test_a_title_named_in_a_sentence_is_the_posts_name_alone(subject, body, sender, title):
    assert extract(body=body, subject=subject, sender=sender).job_title == title
