"""Slots listed under the line proposing them (invented mail): "Te comparto algunos horarios disponibles
para una llamada por Zoom:\n- martes 9 de junio, 12:00 h\n- miércoles 10 de junio, 17:00 h" offers the reader
a meeting at a day and an hour, each item with no proposing word of its own: the interview, in every
language (the English row, asking which works, read so before). Dated slots offered under a line ending in a
colon or a question mark are a meeting's even where the meeting's name or means stands paragraphs away or
nowhere (offered_slots.py); opening hours (no dates) and a test's sessions are not.
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Rocío Albarrán Tezcucano <ralbarran@xochimilcolabs.mx>",
                "Seguimiento a tu postulación – Analista de Datos",
                "Hola Baltasar:",
                "Gracias por tu postulación. Te comparto algunos horarios disponibles para una llamada por "
                "Zoom de media hora con nuestro director de datos:\n- martes 9 de junio, 12:00 h\n"
                "- miércoles 10 de junio, 17:00 h",
                "¿Cuál te queda mejor?",
                "Rocío Albarrán Tezcucano\nXochimilco Labs",
            ),
            id="es_opciones_en_lista",
        ),
        pytest.param(
            _mail(
                "Brannagh Colquhoun <b.colquhoun@tidewell-analytics.co.uk>",
                "Your application - Data Analyst",
                "Hi Perpetua,",
                "Thanks for applying. Our head of data would love to meet you on Teams for 30 minutes. "
                "Which of these works?\n- Tuesday 9 June, 12:00\n- Wednesday 10 June, 17:00",
                "Brannagh",
            ),
            id="en_slots_after_a_question",
        ),
        pytest.param(
            _mail(
                "Odalys Fennimore <odalys@brindleworks.io>",
                "Quick hello?",
                "Hi Tamsin,",
                "I lead the platform group here at Brindleworks. Your application for the Site Reliability "
                "Engineer role landed with me and I'd like to grab half an hour to hear about your on-call "
                "work.",
                "Would one of these suit (Lisbon time)?",
                "- Mon 7 July, 09:30\n- Tue 8 July, 16:00\n- Thu 10 July, 11:15",
                "Happy to do it over Meet. If none fits, send me two others.",
                "Odalys",
            ),
            id="en_slots_means_after_the_list",
        ),
        pytest.param(
            _mail(
                "Ruprecht Vellmann <r.vellmann@kornfeld-moebel.de>",
                "Ihre Bewerbung als Schreiner (m/w/d)",
                "Hallo Frau Aldinger,",
                "danke für Ihre Bewerbung, Ihre Mappe hat uns gefallen. Lassen Sie uns eine halbe Stunde per "
                "Video sprechen.",
                "Von meiner Seite ginge:",
                "- Mo, 14.7. zwischen 9 und 11 Uhr\n- Mi, 16.7. ab 14 Uhr\n- Fr, 18.7. vormittags",
                "Sagen Sie mir einfach, was Ihnen lieber ist.",
                "Ruprecht Vellmann\nKornfeld Möbelbau GmbH",
            ),
            id="de_kurze_termine_ohne_gespraech",
        ),
        pytest.param(
            _mail(
                "Eulalia Rebollar <erebollar@quesosdelpedroso.es>",
                "Re: Candidatura Técnica de Calidad",
                "Hola Maripaz,",
                "Muchas gracias por tu CV. Nos ha gustado mucho tu experiencia en lácteos y me gustaría "
                "contarte cómo trabajamos en la quesería. Te propongo:",
                "- martes 15, a las 9:30\n- martes 15, a las 17:00\n- miércoles 16, a las 12:00",
                "Dime cuál te viene mejor.",
                "Eulalia Rebollar\nQuesos del Pedroso",
            ),
            id="es_huecos_sin_medio",
        ),
        pytest.param(
            _mail(
                "Fleur Maasdijk <fleur@grachtenbouw.nl>",
                "Je sollicitatie als Calculator",
                "Hoi Joost,",
                "Bedankt voor je sollicitatie, je ervaring met utiliteitsbouw spreekt ons erg aan. "
                "Ik kan op:",
                "- di 22/7 om 10.00 uur\n- do 24/7 om 15.30 uur",
                "Laat maar weten wat je uitkomt.",
                "Fleur Maasdijk\nGrachtenbouw",
            ),
            id="nl_tijden_onder_een_dubbele_punt",
        ),
        pytest.param(
            _mail(
                "Capucine Ferrandou <c.ferrandou@atelier-velours.fr>",
                "Votre candidature – Chargée de communication",
                "Bonjour Maëlys,",
                "Merci pour votre candidature. Je vous propose les créneaux suivants :",
                "- lundi 21 juillet, 14h\n- mercredi 23 juillet, 10h30",
                "Dites-moi ce qui vous arrange.",
                "Capucine Ferrandou\nAtelier Velours",
            ),
            id="fr_creneaux_sans_moyen",
        ),
    ],
)
def test_slots_listed_under_a_proposal_are_an_interview(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.INTERVIEW, result


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Kestrelmoor Careers <careers@kestrelmoor.co.uk>",
                "Your application - Payroll Officer",
                "Dear Ansel,",
                "Thank you for your application. The next step is our online numerical test. Please choose "
                "one of these sessions:",
                "- Mon 7 July, 09:30\n- Tue 8 July, 16:00",
                "Kestrelmoor Careers",
            ),
            id="en_test_sessions",
        ),
        pytest.param(
            _mail(
                "Kestrelmoor Careers <careers@kestrelmoor.co.uk>",
                "Your application - Payroll Officer",
                "Dear Ansel,",
                "Thank you for your application, which we are reviewing. Our office is open:",
                "- Monday 9:00 to 17:00\n- Tuesday 9:00 to 17:00",
                "Kestrelmoor Careers",
            ),
            id="en_opening_hours",
        ),
    ],
)
def test_slots_of_a_test_or_opening_hours_are_no_interview(mail):
    result = extract(**mail)
    assert result.status is not Status.INTERVIEW, result
