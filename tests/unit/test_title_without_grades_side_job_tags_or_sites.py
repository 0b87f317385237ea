"""A post's name as a mail states it (invented titles and mail): without the pay grade in brackets, a side
job's tag, a shopping centre or a pub it is worked at; with the field a lowercase word
names after it; and ended where the sentence's thanks go on to another matter.
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_cleaning import clean_title
from tracker.extraction.title_shape import looks_like_title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Senior Hydrologist (AO7)", "Senior Hydrologist"),
        ("Policy Officer (APS 6)", "Policy Officer"),
        ("Budget Analyst (EL1)", "Budget Analyst"),
        ("Project Officer (VPS 4)", "Project Officer"),
        ("Occupational Therapist (Band 5)", "Occupational Therapist"),
    ],
)
def test_a_pay_grade_in_brackets_is_no_part_of_the_post(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    "title", ["Data Scientist (Grade 7)", "Water Quality Officer (Grade III)", "Tutor - Midwifery (GRADE 11)"]
)
def test_a_grade_written_out_in_brackets_is_the_posts_level(title: str) -> None:
    assert clean_title(title)[0] == title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Callcenter medewerker inbound - bijbaan Utrecht", "Callcenter medewerker inbound"),
        ("Werkvoorbereider (bijbaan)", "Werkvoorbereider"),
    ],
)
def test_a_side_job_tag_is_how_the_post_is_worked(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Dependiente/a de tienda - Centro comercial Puerta Nova", "Dependiente/a de tienda"),
        ("Vendeuse - Centre commercial Les Arcades", "Vendeuse"),
        ("Assistant General Manager, The Anchor Bridge", "Assistant General Manager"),
        ("Head Chef, The Fox and Hounds", "Head Chef"),
    ],
)
def test_a_shopping_centre_or_a_pub_after_the_post_is_its_site(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    "raw",
    [
        "Marketing Executive - Campaigns",
        "Responsable de campaña",
        "Lecturer, The School of Law",
        # A campaign or a season is the post's own: labellers keep it.
        "Mozo/a de almacén - Campaña de la fresa",
        "Operador de armazém - Campanha de Verão",
    ],
)
def test_a_field_or_a_unit_after_the_post_stays(raw: str) -> None:
    assert clean_title(raw)[0] == raw


def test_a_law_firms_scheme_named_in_the_subject_is_the_post() -> None:
    assert looks_like_title("Vacation Scheme 2027")
    reading = extract(
        subject="Training Contract 2027 - next stage",
        body="Dear Sam,\n\nPlease take our online test.\n\nGraduate Team\nMarlow Pryce LLP",
        sender="Graduate Team <graduates@marlowpryce.co.uk>",
    )
    assert reading.job_title == "Training Contract 2027"


def test_french_thanks_going_on_to_a_call_end_the_post() -> None:
    reading = extract(
        subject="Suite à notre échange",
        body=(
            "Bonjour Paul,\n\nMerci pour votre candidature au poste de Développeur PHP / Symfony et pour "
            "l'échange avec Julien la semaine dernière. Nous vous proposons un second entretien.\n\n"
            "Claire Martin\nSoftlane"
        ),
        sender="Claire Martin <claire@softlane.fr>",
    )
    assert reading.job_title == "Développeur PHP / Symfony"


def test_a_post_pointed_at_is_no_title() -> None:
    reading = extract(
        subject="Votre candidature",
        body="Bonjour,\n\nNous avons bien reçu votre candidature pour ce poste.\n\nL'équipe Recrutement",
        sender="Recrutement <jobs@brelan.fr>",
    )
    assert reading.job_title is None


def test_a_lowercase_field_sharing_the_employers_first_word_stays_in_the_post() -> None:
    reading = extract(
        subject="Oferta",
        body=(
            "Hola Marta,\n\nNos gustaría ofrecerte el puesto de auxiliar de clínica veterinaria con "
            "nosotros.\n\nUn saludo,\nClínica Veterinaria San Blas"
        ),
        sender="Clínica Veterinaria San Blas <info@vetsanblas.es>",
    )
    assert reading.job_title is not None
    assert reading.job_title.lower() == "auxiliar de clínica veterinaria"


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Mozo/a de almacén - Campaña naranja", "Mozo/a de almacén - Campaña naranja"),
        ("Uitnodiging sollicitatiegesprek Werkvoorbereider (bijbaan)", "Werkvoorbereider"),
    ],
)
def test_trades_named_in_a_subject_are_read(subject: str, title: str) -> None:
    reading = extract(
        subject=subject,
        body="Hola,\n\nHemos recibido tu candidatura. Te llamaremos pronto.\n\nRRHH",
        sender="RRHH <rrhh@frutasbaix.es>",
    )
    assert reading.job_title == title
