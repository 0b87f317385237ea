"""Steps an employer words without the usual words (invented mail): an update announced in the subject
over a portal page, in every language; a process closed with another candidate; a call offered, which is
no job offer; a day and a time to visit, with no meeting's noun; a person counting on the reader for the
post; a brief as the next step; a courtesy ("if that suits you") over a time proposed. And the lookalikes
that stay a receipt: a call or a link promised only to those shortlisted.
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status

_PORTAL_PAGE = "Candidate portal\nSign in\nPrivacy | Imprint"


@pytest.mark.parametrize(
    "subject",
    [
        "Actualización de tu postulación - Grupo Almendro",
        "Novedades sobre su candidatura",
        "Neuigkeiten zu Ihrer Bewerbung bei Steinbach",
        "Rückmeldung zu deiner Bewerbung",
        "Update over je sollicitatie bij Korenmolen",
        "Atualização sobre a sua candidatura",
        "Mise à jour de votre candidature",
        "Aggiornamento sulla tua candidatura",
        "Esito della candidatura",
    ],
)
def test_an_update_announced_in_the_subject_over_a_portal_page_is_guessed_a_rejection(subject):
    result = extract(sender="Careers <careers@portal-mail.example>", subject=subject, body=_PORTAL_PAGE)
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.REJECTED


@pytest.mark.parametrize(
    "body",
    [
        "Hola Elena,\n\nHemos cerrado el proceso de Técnica de Laboratorio con otra candidata.\n\n"
        "Un saludo,\nLaboratorios Rivera",
        "Hi Sam,\n\nWe have now closed the search for the Bookkeeper role with another applicant.\n\n"
        "Thanks,\nLowmoor Accounts",
    ],
)
def test_a_process_closed_with_another_candidate_is_the_readers_rejection(body):
    assert extract(subject="Your application", body=body).status is Status.REJECTED


def test_a_call_offered_is_an_interview_not_a_job_offer():
    result = extract(
        sender="Jo Pike <jo.pike@marrowfield.com>",
        subject="Marrowfield - Office Manager",
        body="Hi Dev,\n\nThanks for applying for the Office Manager role. I'd like to offer you a 15-minute "
        "call next week to go through the role.\n\nJo",
    )
    assert result.status is Status.INTERVIEW


def test_an_invitation_to_visit_on_a_day_at_a_time_is_an_interview():
    result = extract(
        sender="Rocío Vidal <rocio@vinoteca-vidal.cl>",
        subject="Postulación Sommelier",
        body="Hola Tomás,\n\nGracias por postular a Sommelier en Vinoteca Vidal. Queremos invitarte a "
        "conocer nuestras instalaciones el martes 9 a las 11:00 hrs.\n\nRocío",
    )
    assert result.status is Status.INTERVIEW


def test_a_person_counting_on_the_reader_as_the_post_is_an_offer():
    result = extract(
        sender="Helena Matos <helena@quintadosol.pt>",
        subject="Candidatura Jardineiro",
        body="Olá Bruno,\n\nGostaríamos de contar consigo como Jardineiro na Quinta do Sol a partir de "
        "segunda-feira. O contrato segue por email.\n\nHelena",
    )
    assert result.status is Status.OFFER


def test_a_brief_as_the_next_step_is_a_test():
    result = extract(
        sender="Hiring at Tallow <jobs@tallow.example>",
        subject="Tallow - Copywriter: next step",
        body="Hi Mae,\n\nThanks for applying to the Copywriter role. Next up is a short creative brief: "
        "we'll send you the details tomorrow and you'll have five days to complete it.\n\nTallow",
    )
    assert result.status is Status.ASSESSMENT


def test_a_courtesy_over_a_time_proposed_on_a_video_call_keeps_the_invitation():
    result = extract(
        sender="Ines Holt <ines@saltmarsh.example>",
        subject="Saltmarsh - Support Lead",
        body="Hi Rob,\n\nThanks for applying. Here is my Zoom room: https://zoom.us/j/5544332211 - Wednesday "
        "10am works best, if that suits you.\n\nInes",
    )
    assert result.status is Status.INTERVIEW


@pytest.mark.parametrize(
    "body",
    [
        "Hi Lee,\n\nThanks for applying for the Driver role at Fenwick Haulage. If you are shortlisted, "
        "we'll send you a link to book a call.\n\nFenwick Haulage",
        "Hola Ana,\n\nGracias por inscribirte en la oferta de Cajera en Supermercados Olmo. Si tu perfil "
        "encaja, te llamaremos para una charla.\n\nSupermercados Olmo",
    ],
)
def test_a_call_promised_to_the_shortlisted_only_stays_a_receipt(body):
    assert extract(subject="We received your application", body=body).status is Status.APPLIED


def test_a_portal_page_stating_the_application_still_in_review_is_no_guessed_rejection():
    result = extract(
        sender="Careers <careers@portal-mail.example>",
        subject="Update zu Ihrer Bewerbung als Disponent",
        body="Guten Tag,\n\nStatus: In Bearbeitung\n\nIhr Recruiting-Team",
    )
    assert result.status is Status.APPLIED


def test_a_post_refilled_from_inside_is_the_readers_rejection():
    result = extract(
        subject="Ihre Bewerbung als Monteur",
        body="Guten Tag Frau Lenz,\n\ndanke für Ihre Bewerbung. Die Stelle wurde inzwischen intern "
        "nachbesetzt.\n\nMit freundlichen Grüßen\nHolzbau Rieger",
    )
    assert result.status is Status.REJECTED


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Mara,\n\ndanke für deine Bewerbung. Als nächstes bitten wir dich, eine kurze Case-Aufgabe zu "
        "bearbeiten; alles Weitere im Anhang.\n\nFeldlerche GmbH",
        "Hola Iker,\n\nGracias por postular. Te pedimos responder unas preguntas técnicas en el formulario "
        "adjunto antes del viernes.\n\nMetales Oria",
    ],
)
def test_a_task_or_written_questions_asked_of_the_reader_are_a_test(body):
    assert extract(subject="Tu candidatura / Deine Bewerbung", body=body).status is Status.ASSESSMENT


def test_a_person_welcoming_the_reader_as_the_post_is_an_offer():
    result = extract(
        subject="Sollicitatie Kapper",
        body="Hoi Yara,\n\nNa je proefdag zijn we eruit: je bent welkom als Kapper in onze salon. Het "
        "contract volgt.\n\nSalon Knip",
    )
    assert result.status is Status.OFFER
