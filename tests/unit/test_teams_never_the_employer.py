"""A hiring team or department is never the employer: it signs, sends and stands beside its organisation's
name in every language, and the organisation is the employer. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.team_words import is_team, organisation_after_team
from tracker.models import Kind
from tracker.weak_employers import why_no_employer

CONFIRMATION = "Dear Alex,\n\nThank you for applying for the Stock Controller role. We will review it.\n\n"


@pytest.mark.parametrize(
    "team",
    [
        "Resourcing Team", "The Talent Acquisition Team", "People & Culture", "Graduate Recruitment Team",
        "Early Careers", "Human Resources", "Personalabteilung", "Ihr Recruiting-Team", "Service RH",
        "Direction des Ressources Humaines", "Recursos Humanos", "RRHH", "Equipo de Talento",
        "Personeelszaken", "HR-afdeling", "Team Werving & Selectie", "Gestão de Pessoas",
        "Equipa de Recrutamento",
        "Ufficio Selezione", "Selezione del Personale", "Risorse Umane",
    ],
)  # fmt: skip
def test_a_team_or_department_alone_is_a_team(team):
    assert is_team(team)


@pytest.mark.parametrize(
    "name", ["Harrowgate Building Society", "People's Bank", "Talent Partners Ltd", "Staffing 360 Solutions"]
)
def test_an_organisation_named_with_a_team_word_is_no_team(name):
    assert not is_team(name)


@pytest.mark.parametrize(
    ("line", "organisation"),
    [
        ("Talent Team, Pennyworth Retail Group", "Pennyworth Retail Group"),
        ("People & Talent, Tallowbark", "Tallowbark"),
        ("HR Team | Northwind Logistics", "Northwind Logistics"),
        ("RRHH - Conservas Ibarra", "Conservas Ibarra"),
        ("Risorse Umane – Officine Marchetti S.r.l.", "Officine Marchetti S.r.l."),
        ("Gestão de Pessoas | Cooperativa Vale Verde", "Cooperativa Vale Verde"),
    ],
)
def test_a_line_team_then_organisation_gives_the_organisation(line, organisation):
    assert organisation_after_team(line) == organisation


@pytest.mark.parametrize(
    ("signature", "employer"),
    [
        ("Kind regards,\n\nResourcing Team\nHarrowgate Building Society", "Harrowgate Building Society"),
        ("Best wishes,\nGraduate Recruitment Team\nOakhaven Engineering", "Oakhaven Engineering"),
        ("Cordiali saluti,\nUfficio Selezione\nGruppo Ferrante S.p.A.", "Gruppo Ferrante"),
        ("Met vriendelijke groet,\nPersoneelszaken\nGemeente Zuidhaven", "Gemeente Zuidhaven"),
    ],
)
def test_a_teams_line_signs_above_its_organisation(signature, employer):
    result = extract(CONFIRMATION + signature, "Your application", "no-reply@mailer-hub.net")
    assert (result.kind, result.company) == (Kind.APPLICATION, employer)


def test_a_team_glued_after_the_organisations_name_is_cut():
    result = extract(
        CONFIRMATION + "Best wishes,\nBramblecote Mutual Resourcing Team",
        "Application received",
        "no-reply@x.org",
    )
    assert result.company == "Bramblecote Mutual"


def test_a_team_then_organisation_under_the_closing_words_is_the_employer_not_the_title():
    result = extract(
        "Hey Alex!\n\nThanks so much for applying. We read every application, so give us a week.\n\n"
        "Cheers,\nTalent Team, Pennyworth Retail Group",
        "Thanks for applying to Pennyworth Retail Group!",
        "jobs@mailer-hub.net",
    )
    assert result.company == "Pennyworth Retail Group"
    assert result.job_title is None


@pytest.mark.parametrize(
    ("sender", "employer"),
    [
        ("Selezione Personale Gruppo Ferrante <selezione@mailer-hub.net>", "Gruppo Ferrante"),
        ("HR-afdeling Hoogland Installatietechniek <hr@mailer-hub.net>", "Hoogland Installatietechniek"),
    ],
)
def test_a_department_before_the_organisation_in_a_display_name_is_cut(sender, employer):
    body = "Dear Alex,\n\nThank you for your application for the Driver role."
    result = extract(body, "Your application", sender)
    assert result.company == employer


@pytest.mark.parametrize(
    "role_line", ["Senior Consultant - Data & Analytics", "Manager – Finance & Accounting", "Consultant - IT"]
)
def test_a_recruiters_practice_area_after_a_dash_is_no_employer(role_line):
    result = extract(
        "Hi Alex,\n\nThanks for your application for the Accountant role. I would like to arrange a call.\n\n"
        f"Kind regards,\nMia Lowe\n{role_line}",
        "Accountant",
        "Mia Lowe <mia.lowe@gmail.com>",
    )
    assert result.company is None


def test_a_recruiters_role_line_still_names_the_agency_below_it():
    result = extract(
        "Hi Alex,\n\nThanks for your application for the BI Developer role. Can we arrange a call?\n\n"
        "Kind regards,\nMia Lowe\nSenior Consultant - Data & Analytics\nBarrow Hale Recruitment Ltd",
        "BI Developer",
        "Mia Lowe <mia.lowe@barrowhale.co.uk>",
    )
    assert result.company == "Barrow Hale"


@pytest.mark.parametrize("team", ["Resourcing Team", "Talent Team, Tabard Retail Group", "Ufficio Selezione"])
def test_a_team_where_a_title_stands_is_no_title(team):
    result = extract(
        f"Hi Alex,\n\nThank you for applying for the position of {team}. We will be in touch.",
        "Application received",
        "jobs@mailer-hub.net",
    )
    assert result.job_title is None


def test_a_departments_part_before_a_title_leaves_the_title():
    result = extract(
        "Hi Alex,\n\nThank you for applying for the position of Payroll Officer. We will be in touch.",
        "Application received: HR - Payroll Officer",
        "jobs@mailer-hub.net",
    )
    assert result.job_title == "Payroll Officer"


@pytest.mark.parametrize("team", ["Resourcing Team", "Ufficio Selezione", "Personeelszaken", "Service RH"])
def test_a_team_read_as_the_employer_keys_no_application(team):
    assert why_no_employer(team, "")


@pytest.mark.parametrize("name", ["People's Bank", "Staffing 360 Solutions", "Harrowgate Building Society"])
def test_an_organisation_named_with_a_team_word_still_keys_its_applications(name):
    assert why_no_employer(name, "") is None
