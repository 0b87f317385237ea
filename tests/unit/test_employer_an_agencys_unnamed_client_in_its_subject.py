"""An agency's body speaks of "the client" without naming it, and its subject names it beside the role
(invented mail): the subject's name is the client, the employer, whatever its words (no organisation's
noun need close it), while the body never writes it. (Spanish, Dutch and French mail of the class, written
for this reading, was read right already.)"""

import pytest

from tests.extraction_support import assert_application_naming, extract_as_read

UNNAMED_IN_THE_BODY = [
    pytest.param(
        "Corentin Abernathy <corentin@fallowmere-recruitment.example>",
        "CV sent - Pellinore Lakeside Memory Unit",
        "Hi Wren,\n\nJust to confirm I've sent your CV over to the client this morning for the Activities "
        "Coordinator post. They're interviewing the week after next and I'll ring you when I hear.\n\n"
        "Thanks,\nCorentin\n\nCorentin Abernathy\nConsultant\nFallowmere Recruitment\nfallowmere.example",
        "Pellinore Lakeside Memory Unit",
        id="an_english_consultant_sends_the_cv_to_the_client_the_subject_names",
    ),
    pytest.param(
        "Jost Wendelmuth <j.wendelmuth@kaltenau-personal.example>",
        "Ihre Bewerbung als Disponent (m/w/d) – Quellbrückner",
        "Sehr geehrter Herr Albers,\n\nunser Mandant hat sich nach den Gesprächen leider für einen anderen "
        "Kandidaten entschieden. Ich bedanke mich für Ihr Vertrauen.\n\nMit freundlichen Grüßen\nJost "
        "Wendelmuth\nKaltenau Personalberatung GmbH\nHamburg",
        "Quellbrückner",
        id="a_german_consultant_relays_his_mandants_decision",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "company"), UNNAMED_IN_THE_BODY)
def test_the_client_the_subject_names_is_the_employer(sender, subject, body, company):
    result = extract_as_read(sender, subject, body)
    assert_application_naming(result, company)
