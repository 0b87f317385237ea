"""A title's marks and the post named by its noun, in every language we read (invented mail and titles):
the hours a week written after the post's name ("- 32 uur", "20 Std./Woche") are its working time; a
seniority mark ("Junior", "Sênior") says the words beside it are a post's name; "Koch/Köchin" is one post
in its two forms, not a post and a town; a Spanish board's capitalised shift written on after the gender
mark stays the post's; and "il ruolo di X", "la vacante de X", "de rol van X" name the post whatever verb
stands before them.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.extraction.title_cleaning import clean_title
from tracker.extraction.title_marks import names_a_post_by_seniority, names_its_other_form
from tracker.models import Status


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Medewerker Klantenservice - 24 uur", "Medewerker Klantenservice"),
        ("Groepsleider 28-32 uur", "Groepsleider"),
        ("Servicekraft (m/w/d) – 25 Std./Woche", "Servicekraft (m/w/d)"),
        ("Lagerhelfer (w/m/d) 20-30 Std.", "Lagerhelfer (w/m/d)"),
        ("Auxiliar de Limpeza 44 horas semanais", "Auxiliar de Limpeza"),
        ("Kok - 32 uur - Zwolle", "Kok"),
    ],
)
def test_the_hours_a_week_after_the_post_are_its_working_time(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize("raw", ["Support Engineer 24/7", "Analyst H2", "Operator 3"])
def test_a_number_without_hours_stays(raw: str) -> None:
    assert clean_title(raw)[0] == raw


def test_a_post_in_its_two_gendered_forms_is_not_a_post_and_a_town() -> None:
    assert names_its_other_form("Koch", "Köchin")
    assert names_its_other_form("Pastelero", "Pastelera")
    assert not names_its_other_form("Data Analyst", "Lisboa")
    assert clean_title("Koch/Köchin")[0] == "Koch/Köchin"


@pytest.mark.parametrize("raw", ["Geometra Junior", "Sr. Analista de Crédito", "Designer Sênior"])
def test_a_seniority_mark_at_an_end_names_a_post(raw: str) -> None:
    assert names_a_post_by_seniority(raw)


@pytest.mark.parametrize("raw", ["Maple Senior Living", "Junior", "Senior zu Hause", "our junior team"])
def test_a_seniority_word_inside_a_name_or_a_sentence_names_no_post(raw: str) -> None:
    assert not names_a_post_by_seniority(raw)


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"),
    [
        application_row(
            "Italian: the role named by its noun after any verb",
            Status.REJECTED,
            "Tipografia Valli",
            "Grafica Impaginatrice",
            sender="Tipografia Valli <lavoro@tipografiavalli.it>",
            subject="Esito della selezione",
            body="Gentile Chiara,\n\nla ringraziamo per l'attenzione dimostrata verso il ruolo di Grafica "
            "Impaginatrice. Purtroppo abbiamo scelto un altro profilo.\n\nTipografia Valli",
        ),
        application_row(
            "Dutch: the role named by its noun",
            Status.INTERVIEW,
            "Rijwielhuis Klaassen",
            "Werkplaatsmonteur",
            sender="Rijwielhuis Klaassen <info@rijwielhuisklaassen.nl>",
            subject="Je sollicitatie",
            body="Hoi Sem,\n\nLeuk dat je reageert op de rol van Werkplaatsmonteur. Kun je vrijdag om 10.00 "
            "uur langskomen voor een gesprek?\n\nGroet,\nRijwielhuis Klaassen",
        ),
        application_row(
            "Italian subject: the post, its seniority mark and its town",
            Status.APPLIED,
            "Studio Ferraresi",
            "Geometra Junior",
            sender="Studio Ferraresi <info@studioferraresi.it>",
            subject="Candidatura per Geometra Junior - Parma",
            body="Buongiorno Matteo,\n\nabbiamo ricevuto la sua candidatura e la valuteremo con attenzione."
            "\n\nStudio Ferraresi",
        ),
        application_row(
            "a Spanish board's shift after the gender mark",
            Status.APPLIED,
            "Residencia Los Olivos",
            "Gerocultor (h/m) Turno noche",
            sender="Residencia Los Olivos <empleo@residencialosolivos.es>",
            subject="Candidatura: Gerocultor (h/m) Turno noche",
            body="Hola Elena:\n\nHemos recibido tu candidatura para el puesto de Gerocultor (h/m) "
            "Turno noche en Residencia Los Olivos. Te llamaremos pronto.\n\nResidencia Los Olivos",
        ),
        application_row(
            "Dutch hours after a dash in the subject",
            Status.APPLIED,
            "Thuiszorg Oost",
            "Medewerker Huishouding",
            sender="Thuiszorg Oost <werkenbij@thuiszorgoost.nl>",
            subject="Sollicitatie Medewerker Huishouding - 20 uur - Enschede",
            body="Beste Yara,\n\nBedankt voor je sollicitatie. We nemen binnen twee weken contact met je "
            "op.\n\nThuiszorg Oost",
        ),
    ],
)
def test_the_post_is_read_whole_without_its_marks(
    mail: dict, status: Status, company: str, title: str
) -> None:
    result = extract(**mail)
    assert_reads_application(result, status, company, title)
    assert result.job_title == title


def test_a_dutch_therapist_in_a_reply_subject_is_the_post() -> None:
    result = extract(
        sender="Praktijk Bosman <info@praktijkbosman.nl>",
        subject="RE: Ergotherapeut",
        body="Hoi Lieke,\n\nDank voor je cv. Heb je dinsdag om 15.00 uur tijd voor een gesprek?\n\n"
        "Marit Bosman\nPraktijk Bosman",
    )
    assert result.job_title == "Ergotherapeut"


def test_a_post_in_both_its_forms_after_an_invitation_is_the_title() -> None:
    result = extract(
        sender="Gasthaus Alpenrose <jobs@alpenrose.ch>",
        subject="Einladung zum Gespräch – Kellner/Kellnerin",
        body="Hallo Nico\n\nWir möchten dich gerne kennenlernen. Passt dir Mittwoch um 15 Uhr?\n\n"
        "Gasthaus Alpenrose",
    )
    assert result.job_title == "Kellner/Kellnerin"


def test_a_dutch_care_post_after_the_application_word_keeps_its_name_without_its_hours() -> None:
    result = extract(
        sender="Zorggroep Veluwe <werken@zorggroepveluwe.nl>",
        subject="Sollicitatie Helpende Plus – 28 uur - Ede",
        body="Beste Iris,\n\nBedankt voor je sollicitatie. We nemen snel contact met je op.\n\n"
        "Zorggroep Veluwe",
    )
    assert result.job_title == "Helpende Plus"
