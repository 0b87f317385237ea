"""A scheduling tool's booking naming the employer (and the post) only in the event's description
(calendar_descriptions.py), in the languages the tools write. All mails invented."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.calendar_descriptions import description_of, reads_as_a_name, team_organisations
from tracker.models import Kind, Status
from tracker.names import same_company, same_title

_CALENDLY = "Calendly <notifications@calendly.com>"

BOOKINGS = [
    pytest.param(
        {
            "sender": _CALENDLY,
            "subject": "Confirmed: Screening call (20 min) with Tomas Reyner on Monday, March 2, 2026",
            "body": "Hi Priya Anand,\n\nYour event has been scheduled.\n\nEvent: Screening call (20 min)\n"
            "Description: Quillfeather Analytics | Junior BI Developer – first call with Recruiting\n"
            "Location: Zoom\n\nPowered by Calendly.com",
        },
        "Quillfeather Analytics",
        "Junior BI Developer",
        id="en_description_written_as_a_name",
    ),
    pytest.param(
        {
            "sender": _CALENDLY,
            "subject": "Confirmed: Intro chat – Field Sales Representative with Marta Osei on Tuesday, "
            "April 7, 2026",
            "body": "Hi Tobiah,\n\nYour event has been scheduled.\n\n"
            "Intro chat – Field Sales Representative\n"
            "with Marta Osei\n\nDescription:\nA short conversation with Marta from the Harrowdene Foods "
            "Talent team about your background.\n\nPowered by Calendly.com",
        },
        "Harrowdene Foods",
        "Field Sales Representative",
        id="en_description_names_the_team",
    ),
    pytest.param(
        {
            "sender": _CALENDLY,
            "subject": "Neuer Termin: Kennenlernen – Werkstudent Controlling mit Jana Pohl",
            "body": "Hallo Felix,\n\nIhr Termin wurde gebucht.\n\nTermintyp: Kennenlernen – Werkstudent "
            "Controlling\n\nBeschreibung:\nEin erstes Gespräch mit dem Recruiting-Team von Sturmfeld "
            "Logistik über Ihren Werdegang.\n\nBereitgestellt von Calendly",
        },
        "Sturmfeld Logistik",
        None,
        id="de_beschreibung_recruiting_team_von",
    ),
    pytest.param(
        {
            "sender": _CALENDLY,
            "subject": "Nouvel événement : Échange – Chargée de communication avec Inès Morvan",
            "body": "Bonjour Louise,\n\nVotre événement est planifié.\n\nType d'événement : Échange – "
            "Chargée de communication\n\nDescription :\nUn appel de 30 minutes avec l'équipe recrutement "
            "de Vervaine Cosmétiques pour faire connaissance.\n\nPropulsé par Calendly",
        },
        "Vervaine Cosmétiques",
        None,
        id="fr_description_equipe_recrutement_de",
    ),
    pytest.param(
        {
            "sender": _CALENDLY,
            "subject": "Nuevo evento: Entrevista inicial con Rocío Almeda",
            "body": "Hola Diego,\n\nTu evento ha sido programado.\n\nTipo de evento: Entrevista inicial\n\n"
            "Descripción: Pinares Energía | Analista de Riesgos – primera llamada con Selección\n\n"
            "Con la tecnología de Calendly",
        },
        "Pinares Energía",
        "Analista de Riesgos",
        id="es_descripcion_escrita_como_un_nombre",
    ),
    pytest.param(
        {
            "sender": _CALENDLY,
            "subject": "Nieuwe afspraak: Kennismaking met Sanne Wolters",
            "body": "Hallo Ysolde,\n\nJe afspraak is ingepland.\n\nType afspraak: Kennismaking\n\n"
            "Beschrijving:\nEen kort gesprek met het recruitmentteam van Duinhaven Bouw over de vacature "
            "en je ervaring.\n\nMogelijk gemaakt door Calendly",
        },
        "Duinhaven Bouw",
        None,
        id="nl_beschrijving_recruitmentteam_van",
    ),
]


@pytest.mark.parametrize(("mail", "company", "title"), BOOKINGS)
def test_a_booking_names_the_employer_in_its_description(mail, company, title):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.INTERVIEW, result
    assert same_company(result.company, company), result
    if title is not None:
        assert same_title(result.job_title, title), result


def test_the_invitees_own_confirmation_shows_their_time_zone():
    # "Invitee Time Zone:" is on the invitee's confirmation too, not only on the host's note.
    result = extract(
        sender=_CALENDLY,
        subject="Confirmed: Phone Screen - Payroll Specialist with Dev Quennell on Friday, May 8, 2026",
        body="Hi Ana Ruiz,\n\nYour event has been scheduled.\n\nEvent Type:\nPhone Screen - Payroll "
        "Specialist\n\nEvent Host:\nDev Quennell\n\nInvitee Time Zone:\nEastern Time - US & Canada\n\n"
        "Description:\nA 20-minute call with Calloway Mills' talent team about the Payroll Specialist "
        "role.\n\nPowered by Calendly.com",
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.INTERVIEW, result
    assert same_company(result.company, "Calloway Mills"), result
    assert same_title(result.job_title, "Payroll Specialist"), result


def test_a_team_word_after_with_is_no_employer():
    assert team_organisations("A first call with Recruiting about the role.") == []
    assert team_organisations("Il team HR di Ortensia Vini ti aspetta.") == ["Ortensia Vini"]
    assert team_organisations("Uma conversa com a equipe de recrutamento da Serrana Têxtil.") == [
        "Serrana Têxtil"
    ]


def test_the_description_on_its_line_or_under_it():
    assert description_of("Descrizione: Acme | Analista – colloquio") == "Acme | Analista – colloquio"
    assert description_of("Descrição\nUma conversa curta.") == "Uma conversa curta."
    assert description_of("No label here.") is None
    assert reads_as_a_name("Acme | Analista – colloquio")
    assert not reads_as_a_name("A short chat. Bring questions - any you like.")
