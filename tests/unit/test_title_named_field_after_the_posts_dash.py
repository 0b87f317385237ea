"""A team, product or practice named after a post's dash in a subject is the post's own, whatever its words'
endings ("Data Engineer - Card Ledger", "Referent - Vertrieb und Marketing", "Analista - Tesorería
Corporativa"), where the body never writes those words apart from the post (and writes a name alone with the
post); an organisation the body names on its own, a place or the news after the dash is none. Invented
mail."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_fields import names_a_field
from tracker.models import Kind

_MAILS = [
    (
        "Brindlewood Bank Talent <talent@brindlewoodbank.com>",
        "Interview confirmed: Data Engineer - Card Ledger | Brindlewood Bank",
        "Dear Mara,\n\nYour interview is booked for Tuesday 14 October at 10:00 on Teams. Two engineers from "
        "the team will join.\n\nKind regards,\nBrindlewood Bank Talent Acquisition",
        "Data Engineer - Card Ledger",
    ),
    (
        "Halvorsen Maschinenbau GmbH <karriere@halvorsen-maschinenbau.de>",
        "Einladung zum Vorstellungsgespräch: Referent - Vertrieb und Marketing | Halvorsen Maschinenbau",
        "Sehr geehrte Frau Quellmalz,\n\nwir möchten Sie gerne am Dienstag, 14.10., um 10 Uhr zu einem "
        "Gespräch in unser Haus einladen.\n\nMit freundlichen Grüßen\nPersonalabteilung",
        "Referent - Vertrieb und Marketing",
    ),
    (
        "Seguros Almendral <seleccion@segurosalmendral.es>",
        "Entrevista: Analista - Tesorería Corporativa | Seguros Almendral",
        "Hola Rosalba,\n\nTe confirmamos la entrevista el martes 14 a las 10:00 por Teams con dos personas "
        "del equipo.\n\nUn saludo,\nEquipo de Selección",
        "Analista - Tesorería Corporativa",
    ),
    (
        "Maison Orlan <recrutement@maisonorlan.fr>",
        "Convocation à un entretien : Chargée de projet - Gestion Locative | Maison Orlan",
        "Bonjour Clothilde,\n\nNous avons le plaisir de vous inviter à un entretien mardi 14 octobre à 10 h "
        "dans nos bureaux.\n\nL'équipe RH",
        "Chargée de projet - Gestion Locative",
    ),
    (
        "Wieringa Verzekeringen <werken@wieringa.nl>",
        "Uitnodiging sollicitatiegesprek: Adviseur - Pensioenen en Lijfrentes | Wieringa Verzekeringen",
        "Beste Wessel,\n\nWe nodigen je graag uit voor een gesprek op dinsdag 14 oktober om 10.00 uur op "
        "ons kantoor.\n\nMet vriendelijke groet,\nHR",
        "Adviseur - Pensioenen en Lijfrentes",
    ),
    (
        "Banco Ferrolho <vagas@bancoferrolho.pt>",
        "Entrevista: Analista - Crédito Habitação | Banco Ferrolho",
        "Olá Joaquina,\n\nConfirmamos a sua entrevista na terça-feira, 14 de outubro, às 10h, por Teams.\n\n"
        "Cumprimentos,\nRecrutamento",
        "Analista - Crédito Habitação",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "title"), _MAILS, ids=[mail[3] for mail in _MAILS])
def test_a_team_or_product_after_the_posts_dash_is_the_posts_own(
    sender: str, subject: str, body: str, title: str
) -> None:
    result = extract(sender=sender, subject=subject, body=body)
    assert result.kind is Kind.APPLICATION, result
    assert result.job_title == title


def test_an_organisation_the_body_names_on_its_own_is_no_field() -> None:
    result = extract(
        sender="Petra Lindqvist <petra@harrowvalesearch.co.uk>",
        subject="RE: Category Manager – Quellwood",
        body="Hi Olu,\n\nI've just had feedback from Quellwood: they have decided to go ahead with another "
        "candidate, so they won't be taking you to the final stage.\n\nSpeak soon,\nPetra",
    )
    assert result.job_title == "Category Manager"


def test_one_name_alone_after_the_dash_is_a_field_only_where_the_body_writes_it_with_the_post() -> None:
    # One capitalised name may be a town no list knows: only the body writing the post with it tells.
    result = extract(
        sender="Seguros Almendral <seleccion@segurosalmendral.es>",
        subject="Proceso Analista de Costos - Valdorrama",
        body="Estimado Julio:\n\nGracias por su tiempo en la entrevista del lunes. Pasa a la siguiente "
        "etapa: una prueba técnica el jueves a las 9:00.\n\nAtentamente,\nEquipo de Selección",
    )
    assert result.job_title == "Analista de Costos"


def test_the_post_after_a_steps_dash_is_no_field_of_the_step() -> None:
    result = extract(
        sender="Seguros Almendral <seleccion@segurosalmendral.es>",
        subject="Prueba técnica - Coordinadora de Eventos",
        body="Hola Rosalba:\n\nComo siguiente paso del proceso te enviamos una prueba técnica. Tienes hasta "
        "el lunes para enviárnosla.\n\nUn saludo,\nEquipo de Selección",
    )
    assert result.job_title == "Coordinadora de Eventos"


@pytest.mark.parametrize(
    ("segment", "company"),
    [
        ("Leeds", None),  # a place
        ("Next Steps", None),  # the subject's news
        ("Vacancy Filled", None),  # what became of the posting
        ("Final Interview", None),  # a step
        ("Quarry Holdings Ltd", None),  # a legal entity
        ("Brindlewood", "Brindlewood Bank"),  # the employer
        ("Ledger 2026", None),  # a number: a cohort or a code
        ("Req ID", None),  # a posting's reference label, its number cut
        ("T. Brannigan.pdf", None),  # a signing service's document: the applicant's file
        ("Offer Letter.docx", None),  # a document's name
        ("R. Lindqvist", None),  # a person's initial and name
    ],
)
def test_a_place_news_a_step_or_an_organisation_is_no_named_field(segment: str, company: str | None) -> None:
    assert not names_a_field("Data Engineer", segment, company, "")


@pytest.mark.parametrize(
    ("segment", "body"),
    [
        # A calendar's guest list: the applicant's address holds both words.
        ("Ilaria Fontana", "Invitati\nOttavio Brenna - organizzatore\nilaria.fontana87@mail.example"),
        ("Joost Verhagen", "Deelnemers:\njoost-verhagen@post.example\nmarit@brenvalle.example"),
        # The mail greets the person the segment names.
        ("Odile Marchetti", "Bonjour Odile,\n\nvoici l'invitation pour notre rencontre de mardi."),
        ("Tamsin Okafor", "Hi Tamsin,\n\nHere is the invite for Tuesday's chat."),
    ],
)
def test_a_person_the_mail_names_is_no_field(segment: str, body: str) -> None:
    # Whom an invitation is for, written after the post's dash ("Colloquio X – Ilaria Fontana / Acme").
    assert not names_a_field("Analista Acquisti", segment, None, body)


def test_the_applicant_named_after_the_post_in_an_invitations_subject_is_cut() -> None:
    result = extract(
        sender="Ottavio Brenna <ottavio.brenna@brenvalle.example>",
        subject="Invito: Colloquio Analista Acquisti – Ilaria Fontana / Brenvalle @ mar 3 mar 2026 10:00",
        body="Colloquio Analista Acquisti – Ilaria Fontana / Brenvalle\n\nQuando\nmartedì 3 marzo 2026 ⋅ "
        "10:00 – 11:00\n\nInvitati\nOttavio Brenna - organizzatore\nilaria.fontana87@mail.example\n\n"
        "Invito da Google Calendar",
    )
    assert result.job_title == "Analista Acquisti"


def test_a_signing_services_file_named_after_the_post_is_cut() -> None:
    result = extract(
        sender="Brannock Utilities via Docusign <dse@docusign.example>",
        subject="Please DocuSign: Offer of Employment - Substation Planner - T. Brannigan.pdf",
        body="Talent Acquisition, Brannock Utilities sent you a document to review and sign.\n\nTess,\n\n"
        "Please review and sign your offer of employment for the position of Substation Planner.\n",
    )
    assert result.job_title == "Substation Planner"
