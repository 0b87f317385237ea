"""A step read under a department's or a post's line, whose text writes the employer of the one open
application whose role it names, joins that application (tracker/written_employers.py), in `track` over a
whole inbox."""

from __future__ import annotations

from tests.builders import application_email
from tests.given_readings import mail, tracked_records
from tracker.written_employers import STEP_WRITING_ITS_EMPLOYER

BOARD = "Jobportal <bewerbung@jobportal-quer.example>"


def records(*mails):
    return [(emails, record.company, record.needs_review) for emails, record in tracked_records(mails)]


def test_a_german_rejection_signed_under_the_payroll_department_joins_the_boards_receipt():
    receipt = (
        mail("a", 0, BOARD, "Ihre Bewerbung bei Quendlhof Armaturen GmbH wurde versendet"),
        application_email("applied", "Quendlhof Armaturen GmbH", "Lagerlogistiker*in"),
    )
    rejection = (
        mail(
            "b",
            12,
            "Quendlhof Armaturen GmbH | Personal <personal@quendlhof.example>",
            "Ihre Bewerbung als Lagerlogistiker*in",
            "leider haben wir uns anders entschieden.\n\ni.A. Hiltrud Brosch\nLohnbuchhaltung & Personal\n"
            "Quendlhof Armaturen GmbH\nIndustriezeile 9, 4030 Linz",
        ),
        application_email("rejected", "Lohnbuchhaltung", "Lagerlogistiker*in"),
    )
    [(emails, company, why)] = records(receipt, rejection)
    assert (emails, company, why) == ({"a", "b"}, "Quendlhof Armaturen GmbH", STEP_WRITING_ITS_EMPLOYER)


def test_a_french_consultants_rejection_under_his_post_line_joins_the_client_named_in_his_prose():
    receipt = (
        mail(
            "a",
            0,
            "Cabinet Orvanne <candidatures@orvanne-rh.example>",
            "Acheteur Projets H/F - Fromageries Tarsac",
        ),
        application_email("interview", "Fromageries Tarsac", "Acheteur Projets H/F"),
    )
    rejection = (
        mail(
            "b",
            30,
            "Hilarion Calmettes <h.calmettes@orvanne-rh.example>",
            "Acheteur Projets - retour",
            "Malheureusement, les Fromageries Tarsac ont retenu un autre candidat.\n\nHilarion Calmettes\n"
            "Consultant - Finance & Achats",
        ),
        application_email("rejected", "Finance & Achats", "Acheteur Projets"),
    )
    assert records(receipt, rejection) == [({"a", "b"}, "Fromageries Tarsac", STEP_WRITING_ITS_EMPLOYER)]


def test_a_spanish_managers_interview_signed_by_her_area_joins_the_application_her_signature_names():
    receipt = (
        mail("a", 0, "Portal Empleo <avisos@portalempleo-ybar.example>", "Has enviado tu candidatura"),
        application_email("applied", "Conservas Irigoyen Mendaro", "Técnico/a de Compras"),
    )
    invitation = (
        mail(
            "b",
            6,
            "Garazi Olaberria <golaberria@irigoyenmendaro.example>",
            "Entrevista",
            "¿Te viene bien el jueves a las 10h para hablar del puesto de Técnico/a de Compras?\n\n"
            "Garazi Olaberria\nÁrea de Aprovisionamiento\nConservas Irigoyen Mendaro, S.L.",
        ),
        application_email("interview", "Área de Aprovisionamiento", "Técnico/a de Compras"),
    )
    assert records(receipt, invitation) == [
        ({"a", "b"}, "Conservas Irigoyen Mendaro", STEP_WRITING_ITS_EMPLOYER)
    ]


def test_an_english_managers_offer_read_under_his_teams_name_joins_the_application_his_footer_names():
    receipt = (
        mail("a", 0, "Careers <no-reply@hireflow-ats.example>", "Thanks for applying"),
        application_email("applied", "Dunmore Valve Works", "Maintenance Planner"),
    )
    offer = (
        mail(
            "b",
            21,
            "Colm Treanor <colm.treanor@dunmorevalve.example>",
            "Maintenance Planner - offer",
            "Delighted to offer you the Maintenance Planner role.\n\nColm Treanor\n"
            "Plant Engineering & Reliability\nDunmore Valve Works | Unit 4, Quarry Road",
        ),
        application_email("offer", "Plant Engineering & Reliability", "Maintenance Planner"),
    )
    assert records(receipt, offer) == [({"a", "b"}, "Dunmore Valve Works", STEP_WRITING_ITS_EMPLOYER)]


def test_a_dutch_step_naming_the_role_whose_text_names_no_known_employer_stays_apart():
    receipt = (
        mail("a", 0, "Vacaturebank <noreply@vacatures-ijsbrand.example>", "Sollicitatie verstuurd"),
        application_email("applied", "Zuivelhuis Brakema", "Inkoper Verpakkingen"),
    )
    invitation = (
        mail(
            "b",
            5,
            "Jorieke Hovinga <j.hovinga@tjallingbouw.example>",
            "Uitnodiging",
            "Graag nodigen wij je uit voor een gesprek over de functie Inkoper Verpakkingen.\n\n"
            "Tjalling Bouw",
        ),
        application_email("interview", "Tjalling Bouw", "Inkoper Verpakkingen"),
    )
    assert [emails for emails, _, _ in records(receipt, invitation)] == [{"a"}, {"b"}]


def test_a_confirmation_writing_an_earlier_employer_is_a_new_submission():
    first = (
        mail("a", 0, "Careers <no-reply@hireflow-ats.example>", "Thanks for applying"),
        application_email("applied", "Dunmore Valve Works", "Maintenance Planner"),
    )
    second = (
        mail(
            "b",
            9,
            "Recruiting <jobs@oxmantown-foundry.example>",
            "Application received",
            "Thank you for applying for Maintenance Planner. Like Dunmore Valve Works, we ...",
        ),
        application_email("applied", "Oxmantown Foundry", "Maintenance Planner"),
    )
    assert [emails for emails, _, _ in records(first, second)] == [{"a"}, {"b"}]


def test_a_step_writing_two_open_employers_of_its_role_is_left_as_read():
    first = (
        mail("a", 0, BOARD, "Bewerbung versendet"),
        application_email("applied", "Quendlhof Armaturen GmbH", "Lagerlogistiker*in"),
    )
    second = (
        mail("b", 1, BOARD, "Bewerbung versendet"),
        application_email("applied", "Pramberger Kessel KG", "Lagerlogistiker*in"),
    )
    step = (
        mail(
            "c",
            14,
            "Ruth Allinger <r.allinger@logistikverbund-ost.example>",
            "Lagerlogistiker*in",
            "Wir betreuen die Stellen bei Quendlhof Armaturen GmbH und Pramberger Kessel KG ...",
        ),
        application_email("interview", "Logistikverbund Ost", "Lagerlogistiker*in"),
    )
    assert [emails for emails, _, _ in records(first, second, step)] == [{"a"}, {"b"}, {"c"}]


def test_a_step_of_a_closed_application_is_left_as_read():
    receipt = (
        mail("a", 0, BOARD, "Bewerbung versendet"),
        application_email("applied", "Quendlhof Armaturen GmbH", "Lagerlogistiker*in"),
    )
    rejection = (
        mail("b", 10, "Quendlhof Armaturen GmbH <personal@quendlhof.example>", "Absage"),
        application_email("rejected", "Quendlhof Armaturen GmbH", "Lagerlogistiker*in"),
    )
    later = (
        mail(
            "c",
            40,
            "Volkmar Eibl <v.eibl@quendlhof.example>",
            "Lagerlogistiker*in",
            "Einladung zum Gespräch.\nVolkmar Eibl\nWerkslogistik\nQuendlhof Armaturen GmbH",
        ),
        application_email("interview", "Werkslogistik", "Lagerlogistiker*in"),
    )
    assert [emails for emails, _, _ in records(receipt, rejection, later)] == [{"a", "b"}, {"c"}]


def test_a_step_reading_the_employer_its_own_address_spells_keeps_it_though_its_text_writes_another():
    receipt = (
        mail("a", 0, "Careers <no-reply@hireflow-ats.example>", "Candidatura ricevuta"),
        application_email("applied", "Zona Artigianale Borgo Tresse", "Pianificatore di Produzione"),
    )
    invitation = (
        mail(
            "b",
            8,
            "Ilaria Scurzoni <i.scurzoni@mobilificio-vantrone.example>",
            "Colloquio - Pianificatore di Produzione",
            "La invitiamo a un colloquio.\n\nIlaria Scurzoni\nMobilificio Vantrone S.r.l.\n"
            "Zona Artigianale Borgo Tresse, 12",
        ),
        application_email("interview", "Mobilificio Vantrone", "Pianificatore di Produzione"),
    )
    assert [emails for emails, _, _ in records(receipt, invitation)] == [{"a"}, {"b"}]
