"""The lead's probes of the ninth session: mail written before looking, each batch counted on the main of
its moment (docs/accuracy.md, "Session of 2026-12-04 (ninth)")."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.news_lookalikes import a_step_offered_at_large
from tracker.extraction.text import prepare
from tracker.models import EmailMessage, Kind


def test_the_employer_after_the_title_is_cut_even_with_the_posts_code_after_it():
    result = extract(
        sender="Civil Service Jobs <noreply@civilservicejobs.service.gov.uk>",
        subject="Application received: Policy Advisor - Department for Transport (ref 341205)",
        body="Dear Alex Morgan,\n\nThank you for submitting your application for Policy Advisor (ref 341205) "
        "at the Department for Transport. You will be told the outcome of the sift after the closing "
        "date.\n\n"
        "Civil Service Jobs",
    )
    assert (result.company, result.job_title, result.requisition_id) == (
        "Department for Transport",
        "Policy Advisor",
        "341205",
    )


def test_a_boards_mail_names_the_employer_after_the_step_for_the_title():
    result = extract(
        sender="Civil Service Jobs <noreply@civilservicejobs.service.gov.uk>",
        subject="Sift result: Policy Advisor (ref 341205)",
        body="Dear Alex Morgan,\n\nWe are pleased to tell you that you have passed the sift for Policy "
        "Advisor (ref 341205) at the Department for Transport. You are now invited to book an interview slot "
        "using the link in your Civil Service Jobs account.\n\nCivil Service Jobs",
    )
    assert (result.company, result.job_title) == ("Department for Transport", "Policy Advisor")


def test_an_organisation_writing_from_a_domain_of_its_own_name_is_no_applicant():
    # "Gracias por tu tiempo en la entrevista" is said to a candidate as often as by one.
    result = extract(
        sender="Grupo Alcora <seleccion@grupoalcora.com>",
        subject="Prueba técnica - Responsable de Marketing Digital",
        body="Estimada Lucía:\n\nGracias por tu tiempo en la entrevista. Como siguiente paso del proceso, te "
        "enviamos una prueba técnica: un plan de marketing digital para uno de nuestros productos. Tienes "
        "hasta el lunes 20 de abril para enviárnosla.\n\nUn saludo,\nDepartamento de Selección\nGrupo Alcora",
    )
    assert (result.kind, result.company) == (Kind.APPLICATION, "Grupo Alcora")


_STEPS = ["Prueba técnica", "Caso práctico", "Teste técnico", "Prova tecnica", "Étude de cas", "Fallstudie"]


@pytest.mark.parametrize("step", _STEPS)
def test_a_subjects_step_in_another_language_is_no_title(step):
    result = extract(
        sender="Grupo Alcora <seleccion@grupoalcora.com>",
        subject=f"{step} - Responsable de Marketing Digital",
        body="Hola Lucía:\n\nTe enviamos el ejercicio; tienes hasta el lunes para enviárnoslo.\n\n"
        "Grupo Alcora",
    )
    assert result.job_title == "Responsable de Marketing Digital"


def test_an_employers_step_for_the_reader_above_an_ats_unsubscribe_footer_is_no_mailing_lists():
    # news_lookalikes: an unsubscribe link after a step made it a mailing list's, an ATS's footer too.
    body = (
        "Hallo Herr Berger,\n\nzuerst erzählen wir Ihnen ein paar Details über das Team, dann können Sie im "
        "Gespräch mehr über sich erzählen.\n\nViele Grüße\nLindmayr Software\n\nYou are receiving this "
        "email because you have an account with us.\nUnsubscribe | Privacy Policy"
    )
    email = prepare(EmailMessage(message_id="m", sender="jobs@lindmayr.at", subject="Termin", body=body))
    assert not a_step_offered_at_large(email, email.body_lower.index("gespräch"))
    to_anyone = body.replace("zuerst erzählen wir Ihnen", "zuerst erzählt das Team").replace(" Sie ", " man ")
    email = prepare(EmailMessage(message_id="m", sender="jobs@lindmayr.at", subject="Termin", body=to_anyone))
    assert a_step_offered_at_large(email, email.body_lower.index("gespräch"))
