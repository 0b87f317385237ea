"""Where a post's name ends and where it is found (invented titles and mail): the news or next step a
subject names after a separator is no part of the post; a title is never cut at a word it shares with the
employer, only where the employer is named whole; a quoted name is read whole; an acronym in the subject is
the name the body spells out; an offer's or a client's clause names the post; a post only pointed at
("the role below", "citée en objet") gives no title.
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.text import prepare
from tracker.extraction.title_cleaning import clean_title
from tracker.extraction.title_quotes import quoted_titles
from tracker.extraction.title_shape import holds_sentence_words
from tracker.models import EmailMessage, Kind, Status


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Sollicitatie Vrachtwagenchauffeur | Uitnodiging", "Vrachtwagenchauffeur"),
        ("Candidatura Pintor de Automóveis - Confirmação", "Pintor de Automóveis"),
        ("Your application: Payroll Specialist II – Next steps", "Payroll Specialist II"),
        ("Candidatura Aiuto Cuoco - Comunicazione", "Aiuto Cuoco"),
        ("Re: Candidature Conseillère Funéraire H/F - Suite à votre entretien", "Conseillère Funéraire H/F"),
        ("Candidatura Oficial de Mantenimiento – Próximos pasos", "Oficial de Mantenimiento"),
        ("Bewerbung als Gärtnerin 80% – Rückmeldung", "Gärtnerin"),
    ],
)
def test_the_news_after_a_subjects_separator_is_no_part_of_the_post(subject: str, title: str) -> None:
    result = extract(
        sender="Veldhoven Werk <jobs@veldhoven-werk.com>", subject=subject, body="Bis bald.\n\nVeldhoven Werk"
    )
    assert result.job_title == title


def test_the_segment_before_the_news_is_the_post_whatever_its_words() -> None:
    # No role list knows "Encarregado", nor needs to: the subject's shape says it is the post.
    result = extract(
        sender="Recursos Humanos <rh@armazens-douro.pt>",
        subject="Candidatura Encarregado de Armazém | Convite",
        body="Olá,\n\nAté breve.\n\nArmazéns Douro",
    )
    assert result.job_title == "Encarregado de Armazém"


@pytest.mark.parametrize(
    ("sender", "body", "title"),
    [
        (
            "Seguros Pinheiro <rh@segurospinheiro.pt>",
            "Obrigado pela sua candidatura para a vaga de Perito de Seguros. Vamos analisar o seu perfil.",
            "Perito de Seguros",
        ),
        (
            "Hotel Varenna <hr@hotelvarenna.it>",
            "Grazie per la candidatura per il ruolo di Portiere di Hotel. La contatteremo presto.",
            "Portiere di Hotel",
        ),
        (
            "Banque Alizé <rh@banque-alize.fr>",
            "Nous avons bien reçu votre candidature pour le poste de Gestionnaire de Banque Privée.",
            "Gestionnaire de Banque Privée",
        ),
    ],
)
def test_a_title_is_never_cut_at_a_word_it_shares_with_the_employer(
    sender: str, body: str, title: str
) -> None:
    assert extract(sender=sender, subject="Candidatura", body=body).job_title == title


def test_a_title_ends_where_the_employer_is_named_whole() -> None:
    result = extract(
        sender="Seguros Pinheiro <rh@segurospinheiro.pt>",
        subject="Candidatura",
        body="Obrigado pela sua candidatura para a vaga de Perito de Seguros Pinheiro. Vamos analisar.",
    )
    assert result.job_title == "Perito"


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "vielen Dank für Ihre Bewerbung um den Ausbildungsplatz "
            "„Fachkraft für Lagerlogistik (m/w/d) 2027“.",
            "Fachkraft für Lagerlogistik (m/w/d) 2027",
        ),
        ("merci pour votre candidature à l'annonce « Caviste (H/F) 2026 ».", "Caviste (H/F) 2026"),
        ('gracias por postularte a la oferta "Soldador TIG (Nivel 3)".', "Soldador TIG (Nivel 3)"),
        ("bedankt voor je reactie op de vacature 'Junior Planner (32 uur)'.", "Junior Planner"),
    ],
)
def test_a_quoted_post_is_read_whole(body: str, title: str) -> None:
    assert extract(subject="Ihre Bewerbung", body=f"Guten Tag,\n\n{body}\n\nTeam").job_title == title


def test_a_working_time_bracket_goes_wherever_it_stands() -> None:
    body = (
        "Bonjour,\n\nnous avons bien reçu votre candidature à l'offre "
        "« Serveuse (CDD) - Restaurant de Nice ».\n"
    )
    assert extract(subject="Votre candidature", body=body).job_title == "Serveuse"


def test_a_quote_after_the_employers_preposition_names_no_post() -> None:
    email = prepare(
        EmailMessage(message_id="m1", body="Ihre Bewerbung bei „Gärtnerei Lindner“ ist eingegangen.")
    )
    assert quoted_titles(email) == []


def test_a_quote_right_after_the_posts_word_is_a_candidate() -> None:
    email = prepare(
        EmailMessage(message_id="m1", body="Ihre Bewerbung auf die Stelle „Gärtner (m/w/d)“ ist da.")
    )
    assert [candidate.raw for candidate in quoted_titles(email)] == ["Gärtner (m/w/d)"]


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        (
            "Ihre Bewerbung als ZFA",
            "vielen Dank für Ihre Bewerbung als Zahnmedizinische Fachangestellte (m/w/d). Wir melden uns.",
            "Zahnmedizinische Fachangestellte (m/w/d)",
        ),
        (
            "Candidature DAF",
            "merci pour votre candidature au poste de Directeur Administratif et Financier H/F.",
            "Directeur Administratif et Financier H/F",
        ),
    ],
)
def test_an_acronym_in_the_subject_is_the_title_the_body_spells_out(
    subject: str, body: str, title: str
) -> None:
    assert extract(subject=subject, body=f"Hallo,\n\n{body}\n\nTeam").job_title == title


def test_a_client_taking_the_agencys_worker_on_names_the_post_and_makes_an_offer() -> None:
    result = extract(
        sender="Dispo Team <dispo@arbeit-plus-personal.de>",
        subject="Gute Nachrichten",
        body=(
            "Hallo Herr Lorenz,\n\nunser Kunde möchte Sie gern als Staplerfahrer (m/w/d) fest übernehmen."
            "\n\nGruß"
        ),
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.OFFER
    assert result.job_title == "Staplerfahrer (m/w/d)"


def test_a_dutch_offers_separable_verb_ends_the_post() -> None:
    body = (
        "Beste Kees,\n\nWe bieden je graag de functie van Projectleider aan per 1 april.\n\nBouwbedrijf Mol"
    )
    assert extract(subject="Aanbod", body=body).job_title == "Projectleider"


@pytest.mark.parametrize(
    "fragment",
    [
        "mentioned above",
        "citée en objet",
        "in oggetto",
        "la vacante indicada",
        "die oben genannte",
        "hieronder",
    ],
)
def test_a_post_only_pointed_at_is_a_fragment(fragment: str) -> None:
    assert holds_sentence_words(fragment)


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for applying to the position mentioned above. We'll be in touch.",
        "Nous avons bien reçu votre candidature pour l'offre citée en objet.",
        "Hemos recibido tu candidatura para la vacante indicada.",
    ],
)
def test_a_post_pointed_at_gives_no_title(body: str) -> None:
    assert extract(subject="Your application", body=f"Hello,\n\n{body}\n\nTeam").job_title is None


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Vendedora (Loja Braga)", "Vendedora"),
        ("Kassierer (m/w/d) (Filiale Kiel)", "Kassierer (m/w/d)"),
        ("Gerente (Loja de conveniência)", "Gerente (Loja de conveniência)"),
    ],
)
def test_a_bracket_naming_the_branch_by_its_town_is_no_part_of_the_post(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


def test_an_employer_hiring_the_reader_as_a_post_names_it() -> None:
    result = extract(
        sender="Agence Horizon Intérim <agence@horizon-interim.fr>",
        subject="Bonne nouvelle",
        body="Bonjour Samir,\n\nLa société Verrerie Duval souhaite vous embaucher en CDI comme Régleur. "
        "Je vous appelle demain.\n\nAgence Horizon Intérim",
    )
    assert result.job_title == "Régleur"


def test_a_quoted_page_of_the_readers_own_on_the_board_is_no_post() -> None:
    result = extract(
        sender="Empleos Sur <avisos@empleossur.example>",
        subject="Te postulaste a Operario de Planta",
        body=(
            "¡Hola Inés!\n\nTu postulación fue enviada.\n\n"
            "Operario de Planta\nLácteos del Valle · Rafaela\n\n"
            'Seguí el estado de tu postulación desde "Mis postulaciones".'
        ),
    )
    assert result.job_title == "Operario de Planta"
