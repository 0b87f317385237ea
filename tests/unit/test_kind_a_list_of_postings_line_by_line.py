"""A board's or an employer's alert lists its jobs a line each, the post's parts set apart by a dash, a bar
or a dot ("Teamleider (m/v/x) - Gent", "Warehouse Lead | Brightmoor | Leeds"), in whatever words it wraps
them: three such lines are a list of postings, an alert whoever sends it. An application's own card above
a board's similar jobs, a webinar's speakers and an interview's programme list none. Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.models import Kind

_ALERTS = [
    pytest.param(
        "Carrières Orvelle <carrieres@orvelle-groupe.example>",
        "Trois postes ouverts près de chez vous",
        "Bonjour Mathilde,\n\nSelon votre profil, voici quelques postes chez Orvelle :\n\n"
        "• Technicienne de maintenance - Angers\n• Cariste de nuit - Cholet\n"
        "• Assistante logistique - Saumur\n\nÀ bientôt,\nL'équipe Orvelle",
        id="fr-an-employers-own-alert",
    ),
    pytest.param(
        "Werkplein <nieuws@werkplein-noord.example>",
        "Brouwerij Vandamme zoekt collega's",
        "Dag Pieter,\n\nBrouwerij Vandamme breidt uit en zoekt dit voorjaar nieuwe mensen.\n\n"
        "Brouwer (m/v/x) - Brugge\nOperator bottelarij (m/v/x) - Roeselare\n"
        "Chauffeur C/E (m/v/x) - Kortrijk\n\nVeel succes!",
        id="nl-a-boards-hiring-mailer",
    ),
    pytest.param(
        "Lavoro Subito <info@lavorosubito-mail.example>",
        "Ecco le offerte della settimana",
        "Ciao Giulia,\n\n1. Magazziniere - Trasporti Bellandi - Verona\n"
        "2. Addetta alle vendite - Calzature Rinaldi - Padova\n"
        "3. Contabile junior - Studio Ferretti - Vicenza\n\n"
        "Buona settimana dal team",
        id="it-a-numbered-digest",
    ),
    pytest.param(
        "Empleo Norte <avisos@empleonorte.example>",
        "Lo más visto esta semana en Bilbao",
        "Hola Iker,\n\nAdministrativo/a\nConservas Uribe - Bilbao\n\nTécnico/a de mantenimiento\n"
        "Aceros Lezama - Barakaldo\n\nDependiente/a\nPanadería Goikoa - Getxo\n\nUn saludo",
        id="es-a-title-over-its-employers-line",
    ),
    pytest.param(
        "Talentos BR <contato@talentosbr.example>",
        "Oportunidades em Curitiba",
        "Olá, Camila!\n\nAnalista de RH | Cooperativa Araucária | Curitiba\n"
        "Assistente financeiro | Moinhos Paraná | Curitiba\nEnfermeira | Hospital Vale Verde | Londrina\n\n"
        "Abraços",
        id="pt-a-barred-listing",
    ),
    pytest.param(
        "Kellerhof Karriere <karriere@kellerhof.example>",
        "Passend zu Ihrem Profil",
        "Hallo Frau Brandt,\n\nSachbearbeiter Einkauf (m/w/d) – Kellerhof Logistik – Bielefeld\n"
        "Disponent (m/w/d) – Kellerhof Spedition – Gütersloh\n"
        "Lagerleiter (m/w/d) – Kellerhof Logistik – Minden\n\nViele Grüße\nIhr Kellerhof-Karriereteam",
        id="de-an-employers-careers-mailer",
    ),
    pytest.param(
        "Northfield Careers <hello@northfieldcareers.example>",
        "This week around Bristol",
        "Hi Sam,\n\nStore Assistant - Abbeymead Books - Bristol\nBarista - Quayside Coffee - Bath\n"
        "Receptionist - Hollins Dental - Bristol\n\nGood luck,\nNorthfield",
        id="en-a-weekly-mailer",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), _ALERTS)
def test_a_list_of_postings_a_line_each_is_a_job_alert(sender, subject, body):
    assert extract(body, subject, sender).kind is Kind.JOB_ALERT


def test_an_application_receipt_above_a_boards_similar_jobs_stays_an_application():
    body = (
        "Hi Owen,\n\nThank you for applying for Warehouse Supervisor at Brightmoor Foods. The hiring team "
        "will review your application.\n\nSimilar jobs\nWarehouse Lead - Harwick Foods - Preston\n"
        "Shift Manager - Calder Logistics - Leeds\nStock Controller - Penrose Retail - York"
    )
    sender = "Brightmoor Foods <careers@brightmoor.example>"
    result = extract(body, "Your application to Brightmoor Foods", sender)
    assert result.kind is Kind.APPLICATION


def test_a_webinars_speakers_make_no_list_of_postings():
    body = (
        "Bonjour,\n\nJoignez-vous à notre table ronde sur la marque employeur.\n\nAvec :\n"
        "• Sophie Tremblay, directrice des talents - Maison Lavoie\n"
        "• Louis Caron, vice-président - Groupe Boréal\n• Anne Dubé, cheffe de contenu - Studio Nordet\n\n"
        "Inscription gratuite."
    )
    result = extract(body, "Table ronde : la marque employeur", "Infolettre <infolettre@rhquebec.example>")
    assert result.kind is Kind.OTHER
