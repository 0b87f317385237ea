"""One small firm spelled several ways (invented mail): its legal form ("e.K.", "UG (haftungsbeschränkt)",
"GmbH & Co. KG", "OHG", "y Cía."), "&" written in its own language ("Smit en Zonen", "Becker und Söhne",
"Durand et Fils", "Rossi e Figli"), a possessive without its mark ("Hennessys"), accents dropped, a hyphen,
a leading "The". Each mail's employer keys as the firm (names.company_key), so the tracker keeps one
employer (tests/written_inboxes.py, SMALL_FIRM_SPELLINGS).
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

SPELLINGS = [
    row(
        "sf11",
        Status.INTERVIEW,
        "Durand et Fils",
        "Caviste",
        sender="Claire Durand <claire@durandetfils.fr>",
        subject="Entretien - Caviste",
        body="Bonjour Jordan,\n\nSuite à votre candidature pour le poste de Caviste, nous "
        "souhaiterions vous rencontrer jeudi à 15h à la boutique.\n\nBien "
        "cordialement,\nClaire Durand\nDurand et Fils",
    ),
    row(
        "smit_en",
        Status.REJECTED,
        "Smit en Zonen",
        None,
        sender="Personeelszaken <hr@smitenzonen.nl>",
        subject="Je sollicitatie",
        body="Beste Sam,\n\nHelaas hebben we gekozen voor een andere kandidaat voor de functie "
        "Chauffeur bij Smit en Zonen.\n\nMet vriendelijke groet,\nSmit en Zonen",
    ),
    row(
        "becker_und",
        Status.APPLIED,
        "Becker und Söhne",
        None,
        sender="Becker und Söhne <info@becker-soehne.de>",
        subject="Ihre Bewerbung als Lagerist",
        body="Sehr geehrter Herr Sam,\n\nvielen Dank für Ihre Bewerbung als Lagerist bei Becker "
        "und Söhne. Wir melden uns.\n\nBecker und Söhne",
    ),
    row(
        "durand_et_subject",
        Status.APPLIED,
        "Durand et Fils",
        None,
        sender="Careers <noreply@welcometothejungle.com>",
        subject="Votre candidature chez Durand et Fils",
        body="Bonjour Sam,\n\nVotre candidature pour le poste de Caviste chez Durand et Fils a "
        "bien été envoyée.",
    ),
    row(
        "hennessys_no_mark",
        Status.APPLIED,
        "Hennessys",
        None,
        sender="Indeed <indeedapply@indeed.com>",
        subject="Indeed Application: Stock Associate",
        body="Your application has been submitted\n\nStock Associate\nHennessys\nPortland, OR",
    ),
    # The sender's name writes it without its form: shown so, as a GmbH's is (the letterhead's list lacked
    # "e.K." and showed "Bäckerei Krause e.K" until legal_forms.py).
    row(
        "ek_sig",
        Status.REJECTED,
        "Bäckerei Krause",
        None,
        sender="Bäckerei Krause <bewerbung@baeckerei-krause.de>",
        subject="Ihre Bewerbung",
        body="Liebe Frau Sam,\n\nvielen Dank für Ihre Bewerbung als Verkäuferin. Leider ist die "
        "Stelle schon vergeben.\n\nHerzliche Grüße\nBäckerei Krause e.K.",
    ),
    row(
        "ug_sig",
        Status.INTERVIEW,
        "Lindgren Bau UG",
        None,
        sender="Lindgren Bau <jobs@lindgren-bau.de>",
        subject="Ihre Bewerbung als Bauhelfer",
        body="Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Bauhelfer. Wir laden Sie gern zu "
        "einem Gespräch am Dienstag ein.\n\nLindgren Bau UG (haftungsbeschränkt)",
    ),
    row(
        "gmbh_co_kg_text",
        Status.APPLIED,
        "Hanse Spedition",
        None,
        sender="Personal <personal@hanse-spedition.de>",
        subject="Ihre Bewerbung",
        body="Sehr geehrter Herr Sam,\n\nvielen Dank für Ihre Bewerbung als Disponent bei der "
        "Hanse Spedition GmbH & Co. KG. Ihre Unterlagen sind eingegangen.\n\nHanse "
        "Spedition GmbH & Co. KG",
    ),
    row(
        "the_prefix",
        Status.APPLIED,
        "Lantern Group",
        None,
        sender="Lantern Group Careers <talent@lanterngroup.com>",
        subject="Thanks for applying at The Lantern Group",
        body="Hi Sam, thanks for applying for the Research Associate position at The Lantern "
        "Group. We'll be in touch.",
    ),
    row(
        "accent_drop_board",
        Status.APPLIED,
        "Societe Lumiere",
        None,
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Your application was sent to Societe Lumiere",
        body="Your application was sent to Societe Lumiere\n\nChef de projet\nSociete Lumiere · "
        "Paris, France\n\nApplied on May 2",
    ),
    row(
        "curly_apostrophe",
        Status.INTERVIEW,
        "O'Brien's Bakery",
        None,
        sender="O’Brien’s Bakery <obriensbakery@gmail.com>",
        subject="Your application",
        body="Hi Sam,\n\nThanks for applying to O’Brien’s Bakery! Could you come in Tuesday at 9 "
        "for a quick chat?\n\nMaeve\nO’Brien’s Bakery",
    ),
    row(
        "inc_variant",
        Status.REJECTED,
        "Norbert Systems, Inc.",
        None,
        sender="Norbert Systems <hr@norbertsystems.com>",
        subject="Update on your application",
        body="Dear Sam,\n\nThank you for your interest in Norbert Systems, Inc. We have decided "
        "to pursue other candidates for the Systems Administrator role.",
    ),
    row(
        "hyphen_variant",
        Status.APPLIED,
        "Elektro Hansen",
        None,
        sender="Elektro-Hansen <info@elektro-hansen.de>",
        subject="Ihre Bewerbung",
        body="Hallo Sam,\n\nvielen Dank für Ihre Bewerbung bei Elektro Hansen als Elektroniker. "
        "Wir melden uns bald.\n\nElektro-Hansen",
    ),
    row(
        "trailing_city",
        Status.APPLIED,
        "Hotel Sonne",
        None,
        sender="Hotel Sonne <jobs@hotel-sonne.de>",
        subject="Ihre Bewerbung als Rezeptionist",
        body="Sehr geehrte Frau Sam,\n\nvielen Dank für Ihre Bewerbung als Rezeptionistin im "
        "Hotel Sonne. Wir prüfen Ihre Unterlagen.\n\nHotel Sonne Freiburg",
    ),
    row(
        "and_sons_spelled",
        Status.APPLIED,
        "Porter and Sons",
        None,
        sender="Porter and Sons <jobs@porterandsons.com>",
        subject="Your application",
        body="Dear Sam,\n\nThank you for applying for the Joiner position at Porter and Sons. We "
        "will review your application.",
    ),
    row(
        "e_figli",
        Status.APPLIED,
        "Fratelli Rossi e Figli",
        None,
        sender="Fratelli Rossi e Figli <hr@rossiefigli.it>",
        subject="La tua candidatura",
        body="Gentile Sam,\n\ngrazie per la tua candidatura come Magazziniere presso Fratelli "
        "Rossi e Figli. Ti contatteremo a breve.\n\nFratelli Rossi e Figli",
    ),
    row(
        "mcd_like",
        Status.APPLIED,
        "Wendells",
        None,
        sender="Wendell's <no-reply@wendells.com>",
        subject="Thanks for applying to Wendells",
        body="Hi Sam,\n\nThanks for applying to Wendell's for the Crew Member position. We'll be in touch.",
    ),
    row(
        "sa_short",
        Status.APPLIED,
        "Clinique Belvue SA",
        None,
        sender="Clinique Belvue SA <rh@clinique-belvue.ch>",
        subject="Votre candidature",
        body="Madame,\n\nNous accusons réception de votre candidature pour le poste "
        "d'Aide-soignante.\n\nService RH\nClinique Belvue SA",
    ),
    row(
        "gmbh_sig_text_alone",
        Status.REJECTED,
        "Nordlicht Bau",
        None,
        sender="Nordlicht Bau <karriere@nordlicht-bau.de>",
        subject="Ihre Bewerbung",
        body="Hallo Sam,\n\nvielen Dank für Ihr Interesse an Nordlicht Bau. Leider können wir "
        "Ihnen keine Zusage geben.\n\nMit freundlichen Grüßen\nNordlicht Bau GmbH",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), SPELLINGS)
def test_a_small_firms_spelling_keys_as_the_firm(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
