# ruff: noqa: E501 - the written mail is HTML, one element a string
"""French and German job boards' HTML mail, read as an export gives it (invented mail, issue 14 class 2).

The boards send tables: a hidden preheader, the sentence naming the employer, the job's card whose cells
run together once the HTML is text ("Stadtwerke Grünau GmbH Grünau"), then other employers' cards and a
footer. The employer and title are the card's and the sentence's, never a recommendation's; nothing
after the similar jobs is a signature.
"""

import pytest

from tests.extraction_support import assert_reads_application
from tracker.email_reading import email_from_fields
from tracker.extraction import RulesExtractor
from tracker.models import Status

_PREHEADER = '<div style="display:none;max-height:0;overflow:hidden">{}&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;</div>'


def _card(title: str, company: str, place: str) -> str:
    return (
        f'<tr><td style="padding:8px"><a href="https://jobs.example.net/1" style="color:#0a66c2">{title}</a>'
        f'</td></tr><tr><td style="color:#666">{company} · {place}</td></tr>'
    )


def linkedin_fr(company: str, title: str, place: str) -> str:
    return (
        "<html><head><style>td{font-family:Arial}</style></head><body>"
        + _PREHEADER.format(f"Votre candidature a été envoyée à {company}")
        + '<table width="600"><tr><td><img alt="LinkedIn" src="x.png"></td></tr>'
        f"<tr><td><h2>Votre candidature a été envoyée à {company}</h2></td></tr>"
        f'<tr><td><table><tr><td><img alt="{company}" src="logo.png"></td><td><b>{title}</b><br>'
        f"{company} · {place}<br>Candidature envoyée le 2 déc. 2026</td></tr></table></td></tr>"
        "<tr><td><a href='#'>Voir l'offre</a></td></tr><tr><td><h3>Offres similaires</h3></td></tr>"
        + _card("Responsable marketing digital", "Maison Lavande", "Lyon (Hybride)")
        + _card("Chef de produit web", "Caravelle Voyages", "Lyon")
        + '<tr><td style="font-size:11px">Vous recevez des e-mails de notification de candidature. '
        "<a href='#'>Se désabonner</a><br>© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."
        "</td></tr></table></body></html>"
    )


def indeed_fr(company: str, title: str, place: str) -> str:
    return (
        "<html><body>"
        + _PREHEADER.format("Candidature envoyée")
        + "<table><tr><td><h1>Candidature envoyée</h1></td></tr>"
        f"<tr><td><table><tr><td><b>{title}</b></td></tr><tr><td>{company} - {place}</td></tr></table></td></tr>"
        f"<tr><td>Les éléments suivants ont été envoyés à {company}. Bonne chance !</td></tr>"
        "<tr><td><ul><li>Candidature</li><li>CV</li></ul></td></tr>"
        "<tr><td><h3>Offres d&#39;emploi similaires</h3></td></tr><tr><td><table>"
        "<tr><td><a href='#'>Chargé de communication H/F</a></td><td>Agence Tilleul</td><td>Lyon (69)</td></tr>"
        "<tr><td><a href='#'>Community manager H/F</a></td><td>Brasserie du Canal</td><td>Villeurbanne (69)</td>"
        "</tr></table></td></tr><tr><td>Indeed, 6 rue Ménars, 75002 Paris · <a href='#'>Se désabonner</a>"
        "</td></tr></table></body></html>"
    )


def stepstone(company: str, title: str, place: str) -> str:
    return (
        "<html><body>"
        + _PREHEADER.format("Ihre Bewerbung ist unterwegs")
        + "<table><tr><td>Hallo Jana Weber,</td></tr>"
        f"<tr><td>Ihre Bewerbung wurde erfolgreich an {company} gesendet.</td></tr>"
        f'<tr><td><table style="border:1px solid #ddd"><tr><td><b>{title}</b></td></tr>'
        f"<tr><td>{company}</td><td>{place}</td></tr></table></td></tr>"
        "<tr><td><h3>Diese Jobs könnten Sie auch interessieren</h3></td></tr>"
        "<tr><td><table><tr><td><b>Bilanzbuchhalter (m/w/d)</b></td></tr>"
        "<tr><td>Brauerei Kessler GmbH</td><td>Hamburg</td></tr><tr><td><a href='#'>Jetzt bewerben</a></td></tr>"
        "</table></td></tr><tr><td>StepStone GmbH · Völklinger Straße 1 · 40219 Düsseldorf · "
        "<a href='#'>Abmelden</a></td></tr></table></body></html>"
    )


def welcome_to_the_jungle(company: str, title: str) -> str:
    return (
        "<html><body>"
        + _PREHEADER.format("Ta candidature a bien été envoyée")
        + "<table><tr><td><img alt='Welcome to the Jungle'></td></tr><tr><td>Hello Camille,</td></tr>"
        f"<tr><td>Bonne nouvelle, ta candidature pour le poste <b>{title}</b> chez <b>{company}</b> a bien été "
        "transmise&nbsp;!</td></tr><tr><td><h3>Ces entreprises recrutent aussi</h3></td></tr><tr><td><table>"
        "<tr><td><img alt='Brasserie du Canal'></td><td>Brasserie du Canal</td><td>Chef de projet CRM</td></tr>"
        "<tr><td><img alt='Kestrel Énergie'></td><td>Kestrel Énergie</td><td>Growth Manager</td></tr>"
        "</table></td></tr></table></body></html>"
    )


def xing_message(company: str, title: str) -> str:
    return (
        "<html><body><table><tr><td>Hallo Tobias,</td></tr>"
        f"<tr><td><b>{company}</b> hat dir zu deiner Bewerbung als <b>{title}</b> geschrieben:</td></tr>"
        '<tr><td style="border-left:3px solid #ccc"><i>„Leider haben wir uns für eine andere Kandidatin '
        "entschieden. Wir wünschen dir alles Gute.“</i></td></tr><tr><td><a href='#'>Nachricht beantworten</a>"
        "</td></tr><tr><td><h3>Jobs, die zu dir passen</h3></td></tr><tr><td><table><tr><td>Kellermeister "
        "(m/w/d)</td><td>Weingut Sonnhalde</td><td>Bingen</td></tr></table></td></tr></table></body></html>"
    )


_LINKEDIN = "LinkedIn <jobs-noreply@linkedin.com>"
_INDEED = "Indeed <indeedapply@indeed.com>"

BOARDS_HTML = [
    pytest.param(
        _LINKEDIN,
        "Camille, votre candidature a été envoyée à Fromagerie Bastide",
        linkedin_fr(
            "Fromagerie Bastide", "Responsable e-commerce F/H", "Lyon, Auvergne-Rhône-Alpes (Hybride)"
        ),
        Status.APPLIED,
        "Fromagerie Bastide",
        "Responsable e-commerce F/H",
        id="linkedin_fr",
    ),
    pytest.param(
        _LINKEDIN,
        "Votre candidature a été envoyée",
        linkedin_fr("Octave Santé", "Product Marketing Manager", "Lyon (Hybride)"),
        Status.APPLIED,
        "Octave Santé",
        "Product Marketing Manager",
        id="linkedin_fr_subject_without_the_employer",
    ),
    pytest.param(
        _INDEED,
        "Candidature envoyée : Chargée de communication digitale H/F",
        indeed_fr("Mutuelle Ardoise", "Chargée de communication digitale H/F", "Lyon (69)"),
        Status.APPLIED,
        "Mutuelle Ardoise",
        "Chargée de communication digitale H/F",
        id="indeed_fr",
    ),
    pytest.param(
        _INDEED,
        "Candidature envoyée",
        indeed_fr("Papeterie Morin", "Responsable boutique H/F", "Nantes (44)"),
        Status.APPLIED,
        "Papeterie Morin",
        "Responsable boutique H/F",
        id="indeed_fr_subject_without_the_title",
    ),
    pytest.param(
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung ist unterwegs",
        stepstone("Stadtwerke Grünau GmbH", "Lohnbuchhalter (m/w/d)", "Grünau"),
        Status.APPLIED,
        "Stadtwerke Grünau GmbH",
        "Lohnbuchhalter (m/w/d)",
        id="stepstone_card_cells_run_together",
    ),
    pytest.param(
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Ta candidature a bien été envoyée ✅",
        welcome_to_the_jungle("Imprimerie Delorme", "Chef de projet CRM"),
        Status.APPLIED,
        "Imprimerie Delorme",
        "Chef de projet CRM",
        id="welcome_to_the_jungle",
    ),
    pytest.param(
        "XING <mailrobot@mail.xing.com>",
        "Neue Nachricht zu deiner Bewerbung",
        xing_message("Kellerei Rheinblick", "Weinbautechniker (m/w/d)"),
        Status.REJECTED,
        "Kellerei Rheinblick",
        "Weinbautechniker (m/w/d)",
        id="xing_relays_the_employers_rejection_above_jobs_that_fit",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "html", "status", "company", "title"), BOARDS_HTML)
def test_a_boards_html_mail_names_the_employer_of_its_sentence_and_card(
    sender, subject, html, status, company, title
):
    email = email_from_fields("m1", sender, None, subject, html)
    assert_reads_application(RulesExtractor().extract(email), status, company, title)
