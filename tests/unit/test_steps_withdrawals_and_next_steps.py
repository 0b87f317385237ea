"""An employer confirming that the reader stepped out reads as withdrawn in every language, a search put on
hold too; a rejection that names the interview before it stays a rejection; a person's "Re: Next steps"
reply setting a meeting is the reader's interview; a headhunter's English from abroad is outreach. Their
lookalikes do not move: a conditional "if you are no longer interested", a sales thread's next steps.
Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status

STEPPED_OUT = [
    pytest.param(
        "Re: Warehouse Supervisor",
        "Hi Dev,\n\nThanks for letting us know you are no longer interested in the Warehouse Supervisor "
        "role. I've closed your file.\n\nMaya\nPortfield Supply",
        "Maya Lin <maya.lin@portfieldsupply.com>",
        id="en_no_longer_interested",
    ),
    pytest.param(
        "Re: Junior Accountant",
        "Hi Sam,\n\nThanks for letting me know you've decided to pursue another opportunity. Unfortunately "
        "that means we won't continue with your application, but good luck!\n\nOwen\nCobble Lane",
        "Owen Pratt <owen@cobblelane.co.uk>",
        id="en_went_elsewhere_over_a_rejections_words",
    ),
    pytest.param(
        "Tu candidatura",
        "Hola Irene,\n\ngracias por avisarnos de que ya no estás interesada en el puesto de Dependienta. "
        "Hemos cerrado tu candidatura.\n\nModas Ureña",
        "RRHH Modas Ureña <rrhh@modasurena.es>",
        id="es_no_longer_interested",
    ),
    pytest.param(
        "A sua candidatura",
        "Olá Nuno,\n\nConfirmamos a sua desistência do processo para Eletricista.\n\nConstruções Baía",
        "Recrutamento Construções Baía <rh@construcoesbaia.pt>",
        id="pt_your_withdrawal_confirmed",
    ),
    pytest.param(
        "La tua candidatura",
        "Ciao Silvia,\n\nla tua candidatura per Commessa è stata ritirata come richiesto.\n\nProfumeria Lodi",
        "Selezione Profumeria Lodi <hr@profumerialodi.it>",
        id="it_application_withdrawn_as_asked",
    ),
    pytest.param(
        "Votre candidature",
        "Bonjour Marc,\n\nMerci de nous avoir prévenus que vous n'êtes plus intéressé par le poste de "
        "Magasinier.\n\nTransports Rigaud",
        "RH Transports Rigaud <rh@transports-rigaud.fr>",
        id="fr_no_longer_interested",
    ),
    pytest.param(
        "Je sollicitatie",
        "Beste Joost,\n\nFijn dat je hebt laten weten dat je niet meer geïnteresseerd bent in de functie "
        "Monteur.\n\nInstallatiebedrijf Kok",
        "Werving Installatiebedrijf Kok <werving@installatiekok.nl>",
        id="nl_no_longer_interested",
    ),
    pytest.param(
        "Ihre Bewerbung",
        "Hallo Herr Lenz,\n\ndanke, dass Sie uns mitgeteilt haben, dass Sie kein Interesse mehr an der "
        "Stelle als Koch haben.\n\nGasthof Adler",
        "Gasthof Adler <jobs@gasthof-adler.de>",
        id="de_no_longer_interested",
    ),
    pytest.param(
        "Proceso de selección",
        "Hola Álvaro,\n\nel proceso de selección para el puesto de Comercial ha quedado en suspenso hasta "
        "nuevo aviso.\n\nGrupo Tornel",
        "Talento Grupo Tornel <talento@grupotornel.es>",
        id="es_search_put_on_hold",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), STEPPED_OUT)
def test_an_employer_confirming_the_reader_stepped_out_reads_withdrawn(subject, body, sender):
    result = extract(body, subject, sender)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.WITHDRAWN, result


def test_asking_whether_the_reader_is_still_interested_is_no_withdrawal():
    result = extract(
        "Hi Dev,\n\nWe'd like to invite you to an interview for the Warehouse Supervisor role. If you are no "
        "longer interested, please let us know.\n\nMaya\nPortfield Supply",
        "Interview invitation",
        "Maya Lin <maya.lin@portfieldsupply.com>",
    )
    assert result.status is Status.INTERVIEW, result


def test_the_post_given_to_another_after_the_interview_is_a_rejection():
    result = extract(
        "Hallo Frau Brandt,\n\ndanke für das Gespräch am Dienstag. Wir haben uns entschieden, die Stelle als "
        "Floristin anderweitig zu besetzen.\n\nBlumen Hesse",
        "Unser Gespräch",
        "Petra Hesse <petra@blumen-hesse.de>",
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.REJECTED, result


NEXT_STEPS_REPLIES = [
    pytest.param(
        "Re: Next steps",
        "Hi Ana,\n\nThanks! Let's find a time next week for you to meet the team. Could you send me your "
        "availability?\n\nLiam",
        "Liam Ford <liam.ford@harrowlight.com>",
        id="en_meet_the_team",
    ),
    pytest.param(
        "AW: Nächste Schritte",
        "Hallo Herr Roth,\n\nlassen Sie uns nächste Woche einen Termin für ein Gespräch finden.\n\n"
        "Eva Brandl",
        "Eva Brandl <e.brandl@brandl-medien.de>",
        id="de_a_meeting_to_find",
    ),
    pytest.param(
        "Re: Prossimi passi",
        "Ciao Luca,\n\nmi mandi la tua disponibilità per la prossima settimana? Fissiamo un incontro.\n\n"
        "Anna",
        "Anna Serra <anna.serra@studioserra.it>",
        id="it_availability_asked",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), NEXT_STEPS_REPLIES)
def test_a_persons_next_steps_reply_setting_a_meeting_is_the_readers_interview(subject, body, sender):
    result = extract(body, subject, sender)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.INTERVIEW, result


def test_a_sales_threads_next_steps_stay_other_mail():
    result = extract(
        "Hi Alex,\n\nThanks for your note. Let's find a time next week to go through the quote together. "
        "Could you send me your availability?\n\nKevin",
        "Re: Next steps",
        "Kevin Marsh <kevin.marsh@flowdesk.io>",
    )
    assert result.kind is Kind.OTHER, result


def test_a_headhunter_asking_to_revert_with_a_cv_is_outreach_not_an_alert():
    result = extract(
        "Dear Sir,\n\nWe are hiring a Site Engineer for a reputed contractor in Muscat. Kindly revert with "
        "your updated CV if you are interested.\n\nRegards,\nSalim Nair\nOasis Manpower",
        "Urgent requirement - Site Engineer - Muscat",
        "Salim Nair <salim@oasis-manpower.om>",
    )
    assert result.kind is Kind.RECRUITER_OUTREACH, result


@pytest.mark.parametrize(
    ("body", "employer"),
    [
        (
            "Olá Ana,\n\nA sua candidatura ao anúncio Rececionista foi enviada com sucesso para a entidade "
            "empregadora Hotel Serra Azul.\n\nBoa sorte!",
            "Hotel Serra Azul",
        ),
        (
            "Hola Ana,\n\nTu candidatura para Dependienta ha sido enviada con éxito a la entidad Panadería "
            "Los Olivos.\n\nSuerte",
            "Panadería Los Olivos",
        ),
    ],
)
def test_a_boards_receipt_to_the_entity_names_the_entity_after_the_word(body, employer):
    result = extract(body, "Candidatura enviada", "Empregos <noreply@empregos-portal.example>")
    assert result.company == employer, result


def test_a_boards_receipt_sent_to_the_employer_unnamed_names_no_employer_word():
    result = extract(
        "Olá Ana,\n\nA sua candidatura ao anúncio Rececionista foi enviada com sucesso para a entidade "
        "empregadora.\n\nBoa sorte!",
        "Candidatura enviada",
        "Net-Empregos <noreply@net-empregos.com>",
    )
    assert result.company is None, result
