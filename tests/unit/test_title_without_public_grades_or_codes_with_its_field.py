"""A post's name as a mail states it (invented titles and mail): without a public grade in brackets of any
country or a code a subject writes before it, with the field, the unit or the campaign that belongs to it,
ended where thanks go on to another matter, and never a writer's own role and name from a signature.
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_cleaning import clean_title
from tracker.extraction.title_signatures import signs_as_writer


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Sachbearbeiter Vergabe (m/w/d) (EG 9b TVöD)", "Sachbearbeiter Vergabe (m/w/d)"),
        ("Referentin Haushalt (E 13 TV-L)", "Referentin Haushalt"),
        ("Regierungsinspektor (A 9 BBesO)", "Regierungsinspektor"),
        ("Sachbearbeiterin Personal (EG 8)", "Sachbearbeiterin Personal"),
    ],
)
def test_a_german_public_pay_group_in_brackets_is_no_part_of_the_post(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    "raw",
    [
        "C Developer (C)",
        "Agent (D)",
        "Programmeur (C++)",
        # A Belgian level alone: fresh mail's labellers keep it as the post's name.
        "Assistant administratif (D4)",
        "Deutschlehrer (A1)",
    ],
)
def test_a_letter_alone_in_brackets_is_no_grade(raw: str) -> None:
    assert clean_title(raw)[0] == raw


@pytest.mark.parametrize(
    "raw",
    [
        "Mozo/a de almacén - Campaña de la fresa",
        "Operaio agricolo - Campagna vendemmia",
        "Administrative Assistant, College of Arts and Humanities",
        "Research Fellow, School of Ocean Sciences",
    ],
)
def test_a_campaign_or_a_universitys_unit_after_the_post_is_its_own(raw: str) -> None:
    assert clean_title(raw)[0] == raw


def test_a_year_and_a_number_before_a_dash_are_the_postings_code_not_a_school_year() -> None:
    assert clean_title("2026-31 - Monteur Zonnepanelen") == ("Monteur Zonnepanelen", "2026-31")
    assert clean_title("2026-27 - Teaching Assistant")[0] == "2026-27 - Teaching Assistant"


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Dear Sam,\n\nThank you for your application for the post of Laboratory Technician in Plant "
            "Pathology. We will be in touch after the closing date.\n\nHuman Resources",
            "Laboratory Technician in Plant Pathology",
        ),
        (
            "Olá Sam,\n\nAgradecemos a sua candidatura à vaga de Técnico de Qualidade em Segurança "
            "Alimentar. Entraremos em contacto em breve.\n\nRecursos Humanos",
            "Técnico de Qualidade em Segurança Alimentar",
        ),
    ],
)
def test_a_technicians_field_after_the_preposition_is_the_posts(body: str, title: str) -> None:
    reading = extract(subject="Your application", body=body, sender="Recruitment <jobs@hollinsfield.ac.uk>")
    assert reading.job_title == title


def test_a_technicians_town_after_the_preposition_is_where_the_post_is() -> None:
    reading = extract(
        subject="Candidatura",
        body="Olá Sam,\n\nAgradecemos a sua candidatura à vaga de Técnico de Manutenção em Lisboa. "
        "Entraremos em contacto.\n\nRecursos Humanos",
        sender="RH <rh@manutencoes-tejo.pt>",
    )
    assert reading.job_title == "Técnico de Manutenção"


def test_a_scheme_named_after_its_trainees_hires_them() -> None:
    reading = extract(
        subject="Application received",
        body="Hi Sam,\n\nThanks for applying to the Graduate Surveyor Trainee programme at Holloway Build. "
        "We will be in touch about the online tests.\n\nHolloway Build Early Careers",
        sender="Holloway Build <earlycareers@hollowaybuild.com>",
    )
    assert reading.job_title == "Graduate Surveyor Trainee"


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Hola Sam,\n\nGracias por tu interés en el puesto de Recepcionista de hotel y por el tiempo que "
            "nos dedicaste. Lamentamos comunicarte que hemos elegido a otra persona.\n\nRRHH",
            "Recepcionista de hotel",
        ),
        (
            "Ciao Sam,\n\ngrazie per la candidatura per il ruolo di Impiegata contabile e per la "
            "disponibilità dimostrata. Purtroppo abbiamo scelto un altro profilo.\n\nUfficio Personale",
            "Impiegata contabile",
        ),
    ],
)
def test_thanks_going_on_to_another_matter_end_the_post(body: str, title: str) -> None:
    reading = extract(subject="Proceso de selección", body=body, sender="RRHH <rrhh@hotelmarsol.es>")
    assert reading.job_title == title


@pytest.mark.parametrize(
    ("line", "above"),
    [
        ("Leiterin Personal, Petra Wolf", "Viele Grüße"),
        ("Head of People, Jan Smit", "Best,"),
        ("Le Bourgmestre, M. Lambotte", "La Directrice générale, C. Remacle"),
    ],
)
def test_a_role_and_a_name_under_the_closing_words_sign_the_mail(line: str, above: str) -> None:
    assert signs_as_writer(line, above)


def test_a_posts_team_after_its_comma_signs_nothing() -> None:
    assert not signs_as_writer("Data Analyst, Pricing", "You applied for:")


def test_a_signatures_role_and_name_is_no_title() -> None:
    reading = extract(
        subject="Vorstellungsgespräch",
        body="Hallo Frau Kaya,\n\nvielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem Gespräch am "
        "Mittwoch um 9 Uhr ein.\n\nViele Grüße\nLeiter Personal, Bernd Vogt\nSchreinerei Lutz GmbH",
        sender="Bernd Vogt <b.vogt@schreinerei-lutz.de>",
    )
    assert reading.job_title is None
