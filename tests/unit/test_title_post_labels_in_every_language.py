"""A system's summary names the post on a labelled line whose label each language builds from a name's noun
and a post's ("Bezeichnung der Stelle:", "Denominación del puesto:", "Designação do cargo:", "Naam van de
vacature:", "Titre d'emploi :"), and the line may open on a list's bullet or number ("• Role: X"). Invented
mail, each from a different writer's layout."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.models import Kind

SUMMARIES = [
    pytest.param(
        "Karriere Wendelstrom Kältetechnik <bewerbung@wendelstrom-kaelte.de>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Guten Tag Frau Ostwald,\n\nvielen Dank für Ihre Bewerbung. Wir haben folgende Angaben erhalten:\n\n"
        "Kennziffer: WK-2291\nBezeichnung der Stelle: Kältemechatronikerin Service\n"
        "Standort: Pfarrkirchen\n\n"
        "Wir melden uns in den nächsten Wochen.\n\nIhr Team Personal",
        "Kältemechatronikerin Service",
        id="de-bezeichnung-der-stelle",
    ),
    pytest.param(
        "Ascensores Quimera <seleccion@ascensoresquimera.es>",
        "Confirmación de inscripción",
        "Hola Maitane,\n\nhemos recibido tu candidatura correctamente.\n\nReferencia: AQ/114\n"
        "Denominación del puesto: Técnica de Mantenimiento de Ascensores\nJornada: completa\n\n"
        "Un saludo,\nDepartamento de Personas",
        "Técnica de Mantenimiento de Ascensores",
        id="es-denominacion-del-puesto",
    ),
    pytest.param(
        "Cooperativa Vinhos Quintarelo <rh@quintarelo.pt>",
        "Candidatura recebida",
        "Olá Joaquim,\n\nconfirmamos a receção da sua candidatura.\n\n"
        "Designação do cargo:\nEnólogo Assistente\n\n"
        "Entraremos em contacto caso o seu perfil avance.\n\nRecursos Humanos",
        "Enólogo Assistente",
        id="pt-value-on-the-next-line",
    ),
    pytest.param(
        "Tuinbouw Vlonderhaven <werken@vlonderhaven.nl>",
        "Ontvangstbevestiging sollicitatie",
        "Beste Gijsbert,\n\nBedankt voor je sollicitatie. Dit hebben we ontvangen:\n\n"
        "* Naam van de vacature: Teeltmedewerker Kas\n* Uren: 36 per week\n\n"
        "We nemen binnen twee weken contact met je op.\n\nGroet,\nTeam HR",
        "Teeltmedewerker Kas",
        id="nl-bulleted-naam-van-de-vacature",
    ),
    pytest.param(
        "Orchardine Growers <jobs@orchardine.co.nz>",
        "We have your application",
        "Kia ora Tamsin,\n\nThanks for applying. Your application details:\n\n"
        "• Role: Pipfruit Orchard Technician\n• Location: Hastings\n• Start: March\n\n"
        "We'll be in touch once the team has looked at it.\n\nOrchardine Growers",
        "Pipfruit Orchard Technician",
        id="en-bulleted-role",
    ),
    pytest.param(
        "Centre de services Lachevrotière <recrutement@lachevrotiere.qc.ca>",
        "Accusé de réception de votre candidature",
        "Bonjour Ghislain,\n\nNous accusons réception de votre candidature.\n\nNuméro d'affichage : 7731\n"
        "Titre d'emploi : Préposé aux bénéficiaires\nQuart : nuit\n\n"
        "Seules les personnes retenues seront contactées.\n\nService des ressources humaines",
        "Préposé aux bénéficiaires",
        id="fr-titre-d-emploi",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "title"), SUMMARIES)
def test_a_labelled_line_names_the_post_in_every_language(sender, subject, body, title):
    result = extract(body=body, subject=subject, sender=sender)
    assert result.kind is Kind.APPLICATION, result
    assert result.job_title == title, result
