"""A post closed for the employer's own reasons (budget, business, internal, organisational) is the hire
called off, read withdrawn in each language the hold reading knows (phrases/hold_words.py's cancelled
wording); a selection closed with the reader not going on, no reason of the employer's given, stays the
reader's rejection (phrases/rejection_shape.py). Invented mails."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.phrases.hold_shape import is_post_held
from tracker.extraction.phrases.rejection_shape import someone_else_chosen
from tracker.models import Status

CLOSED_FOR_REASONS = [
    pytest.param(
        "Unfortunately the Warehouse Planner position has been closed for budget reasons, so we will not "
        "continue with your application.",
        id="en_budget",
    ),
    pytest.param(
        "We regret to tell you that the role was closed due to internal business reasons and your "
        "application will not progress further.",
        id="en_internal_business",
    ),
    pytest.param(
        "Nous vous informons que le poste de Technicien de maintenance a été clôturé pour des raisons "
        "budgétaires et que votre candidature ne sera pas poursuivie.",
        id="fr_budgetary",
    ),
    pytest.param(
        "Leider wurde die Stelle als Lagerlogistiker aus betrieblichen Gründen geschlossen, daher können "
        "wir Ihre Bewerbung nicht weiter berücksichtigen.",
        id="de_operational",
    ),
    pytest.param(
        "Le informamos que el proceso para el puesto de Técnico de calidad ha sido cerrado por motivos "
        "internos y su candidatura no continuará.",
        id="es_internal",
    ),
    pytest.param(
        "Helaas is de vacature voor Planner om organisatorische redenen gesloten, waardoor wij uw "
        "sollicitatie niet verder in behandeling nemen.",
        id="nl_organisational",
    ),
    pytest.param(
        "Informamos que a vaga de Analista de Compras foi encerrada por motivos orçamentais e a sua "
        "candidatura não irá avançar.",
        id="pt_budget",
    ),
    pytest.param(
        "La informiamo che la posizione di Magazziniere è stata chiusa per motivi organizzativi e la sua "
        "candidatura non proseguirà.",
        id="it_organisational",
    ),
]


@pytest.mark.parametrize("sentence", CLOSED_FOR_REASONS)
def test_a_post_closed_for_the_employers_reasons_is_a_post_called_off(sentence):
    assert is_post_held(sentence.lower())
    assert not someone_else_chosen(sentence.lower())


@pytest.mark.parametrize("sentence", CLOSED_FOR_REASONS)
def test_a_mail_closing_the_post_for_the_employers_reasons_reads_withdrawn(sentence):
    result = extract(
        sender="Talent Team <jobs@brenvalelogistics.com>",
        subject="Your application",
        body=f"Dear Noor,\n\n{sentence}\n\nKind regards,\nBrenvale Logistics",
    )
    assert result.status is Status.WITHDRAWN, result


PLAIN_CLOSE = [
    pytest.param(
        "We have closed the process and will not continue with your application.", id="en_process_closed"
    ),
    pytest.param(
        "La selezione è stata chiusa e la sua candidatura non proseguirà alle fasi successive.",
        id="it_selection_closed",
    ),
    pytest.param(
        "O processo foi encerrado e a sua candidatura não avançou para as próximas fases.",
        id="pt_process_closed",
    ),
    pytest.param(
        "Das Auswahlverfahren ist abgeschlossen und wir können Ihre Bewerbung leider nicht weiter "
        "berücksichtigen.",
        id="de_selection_closed",
    ),
    pytest.param(
        "El proceso de selección ha finalizado y su candidatura no continuará en las siguientes fases.",
        id="es_process_finished",
    ),
    pytest.param(
        "De procedure is afgesloten en uw sollicitatie gaat niet door naar de volgende ronde.",
        id="nl_procedure_closed",
    ),
]


@pytest.mark.parametrize("sentence", PLAIN_CLOSE)
def test_a_process_closed_with_the_reader_not_going_on_is_no_post_called_off(sentence):
    assert not is_post_held(sentence.lower())


@pytest.mark.parametrize("sentence", PLAIN_CLOSE)
def test_a_plain_close_with_the_reader_not_going_on_still_reads_rejected(sentence):
    result = extract(
        sender="Careers <careers@quillmarsh.com>",
        subject="Support Engineer",
        body=f"Dear Tomas,\n\nThank you for applying. {sentence}\n\nQuillmarsh",
    )
    assert result.status is Status.REJECTED, result


def test_a_process_closed_for_a_reason_not_the_employers_is_no_post_called_off():
    # A selection closed "for the year" is no reason of the employer's: the reader's rejection stands.
    assert not is_post_held("the selection has closed for this year and we will not continue with you")


def test_a_negation_in_a_clause_before_a_colon_does_not_negate_the_hold_after_it():
    assert is_post_held(
        "we have decided not to go on with this hire: the post was closed for business reasons"
    )
    assert not is_post_held("as for the role: it has not been cancelled")
