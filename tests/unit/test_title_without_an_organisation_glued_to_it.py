"""An organisation's name glued to a post, in brackets after it or as a segment before it, is cut where the
mail itself names it as an organisation (after the employer's preposition, closing on a legal form, or in
capitals as the initials of a name the body writes out), whatever employer was read. A role's own bracket
stays. Invented mail, written from the class."""

import pytest

from tests.extraction_support import extract_as_read
from tracker.extraction.title_glued_employers import without_glued_employer

_EARLIER_MAIL = (
    "\n\nFrom: Megan Hale\nSent: Monday, March 2, 2026 3:10 PM\nTo: Chris Lowe <chris.lowe@mail.example>\n"
    "Subject: Submitted - Payroll Specialist (Harbor Mutual) - Denver CO\n\nChris,\n\nAs discussed, I've "
    "sent your resume to the hiring manager at Harbor Mutual for the Payroll Specialist contract.\n\nMegan"
)


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        pytest.param(
            "Megan Hale <mhale@summitstaffing.example>",
            "RE: Submitted - Payroll Specialist (Harbor Mutual) - Denver CO",
            "Hi Chris,\n\nGood news: Dana would like to meet you! First round is a 30-minute video call next "
            "week. Can you send me a few windows that work?\n\nThanks!\nMegan" + _EARLIER_MAIL,
            "Payroll Specialist",
            id="en-at-the-employer-in-the-quoted-mail",
        ),
        pytest.param(
            "Claire Dumas <c.dumas@talents-conseil.example>",
            "Entretien – Chargé de mission (Caisse Alpine)",
            "Bonjour Paul,\n\nSuite à votre candidature, j'ai le plaisir de vous annoncer que votre profil a "
            "retenu l'attention chez Caisse Alpine : un entretien est prévu jeudi à 10 h avec la directrice."
            "\n\nClaire Dumas\nTalents Conseil",
            "Chargé de mission",
            id="fr-chez-the-employer",
        ),
        pytest.param(
            "Keller, Jonas <jonas.keller@personalwerk.example>",
            "Rückmeldung Nordwind",
            "Hallo Herr Braun,\n\nleider hat sich der Kunde für einen anderen Kandidaten entschieden. Ich "
            "melde mich, sobald ich etwas Passendes habe.\n\nBeste Grüße\nJonas Keller\nRef.: 55102 – "
            "Nordwind Logistik GmbH / Disponent (m/w/d) Nahverkehr\nPersonalwerk AG",
            "Disponent (m/w/d) Nahverkehr",
            id="de-legal-form-before-a-slash",
        ),
        pytest.param(
            "Selectiebureau Overheid <selectie@overheid-jobs.example>",
            "Resultaat selectieprocedure DDL – Beleidsmedewerker Water (ref. 25-1180)",
            "Geachte mevrouw Peeters,\n\nU nam deel aan de selectieprocedure voor de functie van "
            "beleidsmedewerker water bij de Dienst Dijken en Landbeheer. Helaas kan u niet verder "
            "deelnemen aan deze procedure.\n\nMet vriendelijke groeten,\nSelectieteam",
            "Beleidsmedewerker Water",
            id="nl-initials-of-the-agency-the-body-names",
        ),
        pytest.param(
            "Lucía Ortega <lortega@talento-sur.example>",
            "Entrevista - Analista de Riesgos (Banco Serrano S.A.)",
            "Hola Marcos,\n\nEl cliente quiere conocerte: tienes entrevista el martes a las 11:00 con el "
            "equipo de riesgos.\n\nSaludos,\nLucía",
            "Analista de Riesgos",
            id="es-legal-form-in-brackets",
        ),
    ],
)
def test_an_organisations_name_glued_to_the_post_is_cut(
    sender: str, subject: str, body: str, title: str
) -> None:
    assert extract_as_read(sender, subject, body).job_title == title


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Backend Engineer (Go)", "We liked your experience with Go and at Go meetups."),
        ("Software Engineer (m/w/d)", "Sie arbeiten bei uns im Team."),
        ("Analyst (Risk Models)", "The team works with Risk Models daily."),
        ("Lead - Data Platform", "Our Data Platform team."),
    ],
)
def test_a_roles_own_words_stay(title: str, body: str) -> None:
    assert without_glued_employer(title, body) == title
