"""A public posting laid out as a block, its reference on a line of its own and the post's name on the line
above or below it, or a reference in a sentence with the post's name in brackets after it (invented mail in
German, Austrian German, Dutch, Flemish and English): the post's name is the title though no sentence
anchors it.
"""

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        # A German district office's rejection: the post above its reference and pay line.
        (
            "Landratsamt Quellbrunn <personal@lra-quellbrunn.de>",
            "Ihre Bewerbung",
            "Sehr geehrte Frau Trelleborg,\n\nwir danken Ihnen für Ihr Interesse an unserem Haus.\n\n"
            "Sachbearbeiter*in Liegenschaftsverwaltung\nKennziffer 77/2026-B | Entgeltgruppe 9a TVöD\n\n"
            "Leider müssen wir Ihnen mitteilen, dass wir uns anders entschieden haben.\n\n"
            "Mit freundlichen Grüßen\nLandratsamt Quellbrunn",
            "Sachbearbeiter*in Liegenschaftsverwaltung",
        ),
        # An Austrian municipality's receipt: the reference first, the post under it, no role's word in it.
        (
            "Marktgemeinde Zirbental <amt@zirbental.gv.at>",
            "Eingangsbestätigung",
            "Sehr geehrter Herr Pfannhauser,\n\n"
            "wir bestätigen den Eingang Ihrer Bewerbung zur Ausschreibung\n\n"
            "Kennzahl 14/2026\nVertragsbedienstete*r für Archivwesen und Chronik\n"
            "(Teilzeit, 20 Wochenstunden)\n\nSie hören nach Ende der Bewerbungsfrist von uns.\n\n"
            "Mit freundlichen Grüßen\nMarktgemeinde Zirbental",
            "Vertragsbedienstete*r für Archivwesen und Chronik",
        ),
        # A Dutch municipality's receipt: the post above its vacancy number.
        (
            "Gemeente Oosterzwaag <vacatures@oosterzwaag.nl>",
            "Ontvangstbevestiging",
            "Geachte heer Dijkgraaf,\n\nWij hebben uw sollicitatie in goede orde ontvangen.\n\n"
            "Vacaturenummer 2026-118\nAdviseur Openbare Verlichting\n\n"
            "Na de sluitingsdatum hoort u van ons.\n\nMet vriendelijke groet,\nTeam Werving",
            "Adviseur Openbare Verlichting",
        ),
        # A Flemish city's invitation: a labelled reference, the post on the line under it.
        (
            "Stad Kortemelde <selecties@kortemelde.be>",
            "Selectieprocedure",
            "Beste Noor,\n\nBedankt voor je kandidatuur voor onze vacature\n\nReferentie: 2026/ICT/03\n"
            "Applicatiebeheerder Burgerzaken\n\n"
            "We nodigen je graag uit voor een gesprek op dinsdag 9 juni om 10 uur.\n\n"
            "Met vriendelijke groeten,\nDienst Selecties",
            "Applicatiebeheerder Burgerzaken",
        ),
        # A British council's receipt in the same layout.
        (
            "Harrowmere Borough Council <jobs@harrowmere.gov.uk>",
            "Application received",
            "Dear Ms Okonkwo-Baines,\n\nThank you for applying. We have received your application.\n\n"
            "Ward Clerk Orthopaedics\n"
            "Reference: HBC-331-07\n\nShortlisting takes place after the closing date.\n\n"
            "Kind regards,\nRecruitment Team",
            "Ward Clerk Orthopaedics",
        ),
        # An Austrian university's invitation: the reference in a sentence, the post bracketed after it.
        (
            "Personalabteilung <personal@uni-hochfeld.ac.at>",
            "Aufnahmegespräch",
            "Sehr geehrte Frau Lindqvist,\n\n"
            "im Auswahlverfahren zur Kennzahl 31/2026 (Referent*in Vergabewesen) "
            "laden wir Sie zu einem Gespräch am 4. Mai um 10 Uhr ein.\n\nMit freundlichen Grüßen\n"
            "Universität Hochfeld",
            "Referent*in Vergabewesen",
        ),
        # A Dutch water board's rejection: the vacancy number, then the post in brackets.
        (
            "Waterschap Lingemeer <hr@lingemeer.nl>",
            "Uw sollicitatie",
            "Beste Sanne,\n\nHelaas moeten we je laten weten dat we je sollicitatie "
            "met vacaturenummer W-26-044 "
            "(Beheerder Gemalen) niet verder in behandeling nemen.\n\nMet vriendelijke groet,\n"
            "Waterschap Lingemeer",
            "Beheerder Gemalen",
        ),
    ],
)
def test_a_posts_name_beside_its_reference_is_the_title(
    sender: str, subject: str, body: str, title: str
) -> None:
    assert extract(body, subject, sender).job_title == title
