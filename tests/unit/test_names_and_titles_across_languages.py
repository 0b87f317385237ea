"""Names and titles in French and Spanish mail, by class (invented mail): the post named below ("le
poste suivant :") read from its card's own label, a board's employer with its legal form after a comma.
"""

import pytest

from tests.extraction_support import extract


def test_the_post_named_below_is_read_from_its_card_not_the_word_following():
    result = extract(
        sender='"Ville de Port-Aubin - Emplois" <ne-pas-repondre@taleo.net>',
        subject="Accusé de réception",
        body="Bonjour,\n\nNous accusons réception de votre candidature pour le poste suivant :\n\n"
        "Titre du poste : Technicien(ne) en horticulture\nNuméro de l'affichage : 2026-0042\n\n"
        "Service des ressources humaines\nVille de Port-Aubin",
    )
    assert result.job_title == "Technicien(ne) en horticulture"


@pytest.mark.parametrize(
    "employer",
    ["TALLERES ORTEGA LUNA, S.L.", "Talleres Ortega Luna, S.L.", "Talleres Ortega Luna, SA"],
)
def test_a_boards_employer_with_its_legal_form_after_a_comma_is_the_name_before_it(employer):
    result = extract(
        sender="InfoJobs <noreply@infojobs.net>",
        subject="Tu candidatura a Soldador/a ha sido leída",
        body=f"Hola Pablo,\n\nLa empresa {employer} ha leído tu CV para la "
        "oferta:\n\nSoldador/a\nZaragoza\n\nEstado de tu candidatura: CV leído\n\nInfoJobs",
    )
    assert result.company is not None and result.company.lower() == "talleres ortega luna"


@pytest.mark.parametrize(
    ("sender", "body", "title"),
    [
        (
            "Supermercati Lago <selezione@supermercatilago.it>",
            "Gentile Marco,\n\ngrazie per la tua candidatura come Vice Direttore in formazione. Ti "
            "contatteremo a breve.\n\nUfficio Selezione\nSupermercati Lago",
            "Vice Direttore in formazione",
        ),
        (
            "Supermercati Lago <selezione@supermercatilago.it>",
            "Gentile Marco,\n\ngrazie per la tua candidatura per la posizione di Vice Direttore in "
            "formazione.\n\nUfficio Selezione\nSupermercati Lago",
            "Vice Direttore in formazione",
        ),
        (
            "Supermercati Lago <selezione@supermercatilago.it>",
            "Gentile Marco,\n\ngrazie per la tua candidatura come Magazziniere in Lombardia. Ti contatteremo "
            "a breve.\n\nUfficio Selezione\nSupermercati Lago",
            "Magazziniere",
        ),
    ],
)
def test_a_post_held_while_trained_keeps_its_in_training(sender, body, title):
    assert extract(sender=sender, subject="Candidatura ricevuta", body=body).job_title == title


@pytest.mark.parametrize(
    "welcome",
    ["we willen je heel graag aan boord hebben als", "we willen je graag in dienst nemen als"],
)
def test_a_dutch_offers_welcome_names_the_post_after_als(welcome):
    result = extract(
        sender="Joost Maas <joost@kaasdata.nl>",
        subject="Goed nieuws",
        body=f"Hoi Femke,\n\n{welcome.capitalize()} Backend Developer bij Kaasdata. Voorstel: 36 uur, start "
        "per 1 maart.\n\nGroet,\nJoost",
    )
    assert result.job_title == "Backend Developer"


@pytest.mark.parametrize(
    ("posted", "title"),
    [
        ("Designer Gráfico (PJ)", "Designer Gráfico"),
        ("Analista Fiscal - CLT", "Analista Fiscal"),
        ("Desenvolvedor Python (CLT ou PJ)", "Desenvolvedor Python"),
    ],
)
def test_brazils_hiring_regime_is_no_part_of_the_title(posted, title):
    result = extract(
        sender="Vagas Editora Luz <vagas@editoraluz.com.br>",
        subject="Candidatura recebida",
        body=f"Olá Rafael,\n\nRecebemos a sua candidatura para a vaga de {posted}.\n\nEditora Luz",
    )
    assert result.job_title == title


@pytest.mark.parametrize(
    ("posted", "title"),
    [
        ("Wijkverpleegkundige - Team Zwolle-Zuid", "Wijkverpleegkundige - Team Zwolle-Zuid"),
        ("Verkäufer (m/w/d) - Köln-Süd", "Verkäufer (m/w/d)"),
    ],
)
def test_a_quarter_hyphened_onto_its_town_is_one_name(posted, title):
    result = extract(
        sender="Werken bij Zorgkring <noreply@recruitee.com>",
        subject="Bedankt voor je sollicitatie",
        body=f"Beste Eva,\n\nWat leuk dat je hebt gesolliciteerd op de vacature {posted}! We hebben je "
        "sollicitatie in goede orde ontvangen.\n\nTeam Recruitment\nZorgkring",
    )
    assert result.job_title == title


@pytest.mark.parametrize(
    ("posted", "title"),
    [
        ("Addetto/a vendite (area Piemonte)", "Addetto/a vendite"),
        ("Vendedor/a - Cataluña", "Vendedor/a"),
        ("Pflegefachkraft (m/w/d) - Bayern", "Pflegefachkraft (m/w/d)"),
        ("Commercial terrain (région Bretagne)", "Commercial terrain"),
        ("Responsabile amministrativo (area Finanza)", "Responsabile amministrativo (area Finanza)"),
    ],
)
def test_a_region_after_the_title_is_its_place(posted, title):
    result = extract(
        sender="Selezione Orizzonte <lavora@orizzonte-retail.it>",
        subject="Candidatura ricevuta",
        body=f"Ciao Luca,\n\nabbiamo ricevuto la tua candidatura per la posizione di {posted}.\n\n"
        "Team Selezione\nOrizzonte Retail",
    )
    assert result.job_title == title
