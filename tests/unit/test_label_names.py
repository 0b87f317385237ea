"""`track` files the names an employer's own domain or tenant spells under one employer
(tracker/label_names.py): its initials beside the name its mailbox displays, its name run together
beside the name in the country's other language."""

from __future__ import annotations

from tests.builders import application_email
from tests.given_readings import mail, tracked_records


def companies(*mails) -> list[tuple[list[str], str | None]]:
    return [(sorted(ids), record.company) for ids, record in tracked_records(mails)]


def test_a_recruiters_initials_from_the_tenants_domain_join_the_name_its_mailbox_displays():
    records = tracked_records(
        [
            (
                mail(
                    "m1", 0, "Crédit Maraîcher du Québec <cmq@myworkday.com>", "Confirmation de candidature"
                ),
                application_email("applied", "Crédit Maraîcher", "Analyste de données – Marketing"),
            ),
            (
                mail("m2", 9, "Julie Tran <julie.tran@cmq.ca>", "Entrevue – Analyste de données"),
                application_email("interview", "CMQ", "Analyste de données"),
            ),
        ]
    )
    assert [(sorted(ids), record.company) for ids, record in records] == [(["m1", "m2"], "Crédit Maraîcher")]
    assert records[0][1].needs_review


def test_an_acronym_of_a_compound_name_joins_the_name_in_full():
    assert companies(
        (
            mail("m1", 0, "Stahlbergmeyer Werkzeuge GmbH <sbm@myworkday.com>", "Ihre Bewerbung"),
            application_email("applied", "Stahlbergmeyer Werkzeuge GmbH", "Controller (m/w/d) – Konzern"),
        ),
        (
            mail("m2", 5, "Stahlbergmeyer Werkzeuge GmbH <sbm@myworkday.com>", "Online-Test"),
            application_email("assessment", "Stahlbergmeyer Werkzeuge GmbH", "Controller (m/w/d) – Konzern"),
        ),
        (
            mail("m3", 12, "Anja Roth <anja.roth@sbm.de>", "Einladung zum Gespräch – SbM"),
            application_email("interview", "SbM", "Controller"),
        ),
    ) == [(["m1", "m2", "m3"], "Stahlbergmeyer Werkzeuge GmbH")]


def test_the_domain_spelling_a_name_whole_files_its_mail_naming_it_in_another_language():
    assert companies(
        (
            mail("m1", 0, "Port of Velmar <noreply@successfactors.eu>", "Bevestiging van je kandidatuur"),
            application_email("applied", "Port of Velmar", "Data Engineer (m/v/x)"),
        ),
        (
            mail("m2", 20, "Jansen, Eva <eva.jansen@portofvelmar.com>", "Uw kandidatuur Data Engineer"),
            application_email("rejected", "Havenbedrijf Velmar", "Data Engineer"),
        ),
    ) == [(["m1", "m2"], "Port of Velmar")]


def test_initials_of_the_displayed_name_in_spanish_join_its_receipt():
    assert companies(
        (
            mail("m1", 0, "Aguasclaras Comercial, S.L. <agc@myworkday.com>", "Solicitud recibida"),
            application_email("applied", "Aguasclaras Comercial, S.L.", "Contable Senior – Tesorería"),
        ),
        (
            mail("m2", 8, "Lucía Ferrer <lucia.ferrer@agc.es>", "Entrevista AGC"),
            application_email("interview", "AGC", "Contable Senior"),
        ),
    ) == [(["m1", "m2"], "Aguasclaras Comercial, S.L.")]


def test_two_firms_of_one_group_the_label_ends_stay_apart():
    assert companies(
        (
            mail("m1", 0, "Careers <noreply@corvo.it>", "Candidatura ricevuta"),
            application_email("applied", "Data Corvo", "Cloud Engineer"),
        ),
        (
            mail("m2", 6, "Giulia Sala <g.sala@corvo.it>", "Colloquio"),
            application_email("interview", "Storm Corvo", "Cloud Engineer"),
        ),
    ) == [(["m1"], "Data Corvo"), (["m2"], "Storm Corvo")]


def test_the_domains_mail_naming_another_employer_for_another_role_stays_its_own():
    assert companies(
        (
            mail("m1", 0, "Port of Velmar <noreply@successfactors.eu>", "Bevestiging van je kandidatuur"),
            application_email("applied", "Port of Velmar", "Data Engineer (m/v/x)"),
        ),
        (
            mail("m2", 20, "Jansen, Eva <eva.jansen@portofvelmar.com>", "Stage"),
            application_email("interview", "Havenbedrijf Velmar", "Nautisch Stagiair"),
        ),
    ) == [(["m1"], "Port of Velmar"), (["m2"], "Havenbedrijf Velmar")]


def test_an_agencys_domain_names_its_clients_not_itself():
    assert companies(
        (
            mail("m1", 0, "Brightmoor Staffing <jobs@brightmoorstaffing.com>", "Application received"),
            application_email("applied", "Brightmoor Staffing", "Warehouse Lead"),
        ),
        (
            mail("m2", 4, "Tom Reyes <tom@brightmoorstaffing.com>", "Interview with Halden Foods"),
            application_email("interview", "Halden Foods", "Warehouse Lead"),
        ),
    ) == [(["m1", "m2"], "Halden Foods")]
