"""A step's own login (invented mail): a video call's "Passcode:" or "Wachtwoord:" under an interview
invitation, a test platform's "Password:" under the tests set, is what the step needs, not a careers
portal's account mail. A portal's own account mail stays "other".
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    ("mail", "status"),
    [
        pytest.param(
            _mail(
                "Mirthe Jansen <mirthe@werfwerving.nl>",
                "Kennismaking",
                "Hoi Lars,",
                "Ik ben Mirthe, consultant bij Werf Werving, en ik begeleid de opdracht waar je op "
                "reageerde. "
                "Zullen we donderdag 9 april om 10:00 een half uurtje videobellen?",
                "Microsoft Teams: https://teams.microsoft.com/l/meetup-join/abc\n"
                "Vergadering-ID: 123 456 789\n"
                "Wachtwoord: k8Pq2x",
                "Mirthe",
            ),
            Status.INTERVIEW,
            id="nl_teams_wachtwoord",
        ),
        pytest.param(
            _mail(
                "Talent <talent@northgatepumps.com>",
                "Interview invitation - Service Engineer",
                "Hi Ellis,",
                "We would like to invite you to a video interview for the Service Engineer role on "
                "Tuesday 14 "
                "April at 2pm.",
                "Join Zoom meeting: https://zoom.us/j/123\nMeeting ID: 123 4567 890\nPasscode: 44xq7",
                "Northgate Pumps",
            ),
            Status.INTERVIEW,
            id="en_zoom_passcode",
        ),
        pytest.param(
            _mail(
                "Evalúa Talento <avisos@evaluatalento.com>",
                "Pruebas de selección",
                "Hola Camila,",
                "Distribuciones Arauco le ha invitado a realizar una prueba de razonamiento lógico "
                "(aprox. 20 "
                "min) en el proceso de selección para el cargo de Analista de Compras.",
                "Ingrese aquí: https://evaluatalento.com/x/77\nUsuario: su correo\nContraseña temporal: Q8z1",
            ),
            Status.ASSESSMENT,
            id="es_prueba_con_contrasena",
        ),
    ],
)
def test_a_steps_login_is_no_portal_account(mail, status):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is status, result


def test_a_portals_account_mail_is_other():
    result = extract(
        **_mail(
            "Careers <careers@northgatepumps.com>",
            "Your candidate account",
            "Hi Ellis,",
            "Your candidate account has been created. Username: ellis.m\n"
            "Password: set it with the link below.",
            "You can now apply for jobs and prepare for interviews with our guides.",
            "Northgate Pumps Careers",
        )
    )
    assert result.kind is Kind.OTHER, result
