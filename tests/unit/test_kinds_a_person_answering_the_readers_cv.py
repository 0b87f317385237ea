"""A person at a small employer answering the CV the reader sent, by hand and in no board's words, is the
reader's application in every language; the post their subject names is its title. Lookalikes stay other
mail: a builder answering drawings, a friend reading the CV over. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status

CV_ANSWERED = [
    pytest.param(
        "Re: cuoco",
        "Ciao Marco,\n\nho ricevuto il tuo curriculum, grazie. Passa pure in trattoria sabato mattina così "
        "facciamo due chiacchiere.\n\nElena Sarti",
        "Elena Sarti <elena@trattoriasarti.it>",
        Status.INTERVIEW,
        id="it_curriculum_received_come_by",
    ),
    pytest.param(
        "Re: Oferta de panadero",
        "Hola Iván,\n\nHe recibido tu currículum, muchas gracias. ¿Puedes venir el lunes a las 9 al obrador "
        "para hablar?\n\nRamón Pérez",
        "Ramón Pérez <ramon.perez@yahoo.es>",
        Status.INTERVIEW,
        id="es_cv_received_come_by",
    ),
    pytest.param(
        "Re: jardineiro",
        "Olá Tiago,\n\nrecebi o seu CV, obrigado. Gostaríamos de lhe oferecer o lugar, com início na "
        "segunda-feira.\n\nRui Lopes",
        "Rui Lopes <rui@lopesjardins.pt>",
        Status.OFFER,
        id="pt_cv_received_offer",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender", "status"), CV_ANSWERED)
def test_a_person_answering_the_readers_cv_writes_about_their_application(subject, body, sender, status):
    result = extract(body=body, subject=subject, sender=sender)

    assert result.kind is Kind.APPLICATION
    assert result.status is status


def test_the_post_after_the_application_word_in_the_subject_is_the_title():
    result = extract(
        subject="AW: Bewerbung Fliesenleger",
        body="Hallo Herr Demir,\n\ndanke für Ihre Unterlagen. Kommen Sie doch am Dienstag um 8 Uhr bei uns "
        "im Betrieb vorbei.\n\nGruß\nKarl Roth",
        sender="Karl Roth <roth@roth-fliesen.de>",
    )

    assert result.kind is Kind.APPLICATION
    assert result.job_title == "Fliesenleger"


def test_the_body_naming_the_post_more_fully_wins_over_the_subjects_short_form():
    result = extract(
        subject="Delivery job",
        body="Hi Sam,\n\nThanks for sending your CV over for the delivery driver job. Could you come by the "
        "depot on Thursday at 10?\n\nDan Cole",
        sender="Dan Cole <dan.cole@gmail.com>",
    )

    assert result.job_title == "Delivery driver"


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        pytest.param(
            "Re: Loft conversion",
            "Hi Sam,\n\nThanks for sending the drawings over. Could we come by on Thursday at 10 to measure "
            "up?\n\nOwen Hale",
            "Owen Hale <owen@halebuilders.co.uk>",
            id="a_builder_answering_drawings",
        ),
        pytest.param(
            "Re: CV",
            "Hi hun,\n\nRead through your CV, looks great! Good luck with the applications.\n\nJen x",
            "Jen Walsh <jen.walsh@gmail.com>",
            id="a_friend_reading_the_cv_over",
        ),
    ],
)
def test_lookalikes_of_a_cv_answered_are_no_application(subject, body, sender):
    assert extract(body=body, subject=subject, sender=sender).kind is not Kind.APPLICATION
