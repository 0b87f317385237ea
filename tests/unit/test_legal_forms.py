"""The one list of legal forms, in the spellings mail writes them (tracker/extraction/legal_forms.py), and
a footer's legal line read with any of them (invented mail).

The legal forms are written once (tracker/written_legal_forms.py): the display reads them in mail, and the
employer key leaves every one of them off, with the fillers and forms only the key drops.
"""

from __future__ import annotations

import re

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.company_suffixes import COMPANY_SUFFIXES
from tracker.extraction.legal_forms import ALL_LEGAL_FORMS, legal_forms_pattern
from tracker.extraction.signed_firms import firm_in_line
from tracker.models import Status
from tracker.names import company_key

_ANY_FORM = re.compile(rf"(?:{legal_forms_pattern(ALL_LEGAL_FORMS)})$")


@pytest.mark.parametrize(
    "written",
    ["S.p.A.", "S.p.A", "Inc.", "Ltd", "e. K.", "GmbH & Co. KG", "GmbH & Co KG", "GmbH&Co. KG", "S.à r.l."],
)
def test_a_form_is_read_with_or_without_its_last_dot_and_with_the_spaces_mail_varies(written):
    assert _ANY_FORM.match(written)


@pytest.mark.parametrize("written", ["S.p", "Incorporated", "GmbH & KG", "gmbh"])
def test_what_is_no_form_as_written_is_not_read(written):
    assert not _ANY_FORM.match(written)


def test_the_longer_of_two_forms_sharing_a_beginning_is_read_whole():
    found = re.match(legal_forms_pattern(["S.L.", "S.L.U."]), "S.L.U.")
    assert found and found.group() == "S.L.U."


# Each footer's legal line is the only place the mail names its employer whole; the sender's mailbox names a
# department or a careers site. (Read wrong before the footers' list took every form: "Maison Ferrand",
# "Hp Careers".)
LEGAL_LINES = [
    application_row(
        "a_french_sa_before_its_registry",
        Status.APPLIED,
        "Maison Ferrand SA",
        "Assistant commercial",
        sender="Recrutement <noreply@recrutement-mf.fr>",
        subject="Votre candidature : Assistant commercial",
        body="Bonjour,\n\nNous avons bien reçu votre candidature au poste d'Assistant commercial.\n\n"
        "Cordialement,\n\nMaison Ferrand SA, RCS Lyon B 123 456 789",
    ),
    application_row(
        "an_american_inc_before_its_registration",
        Status.APPLIED,
        "Harlow Pumps Inc",
        "Field Technician",
        sender="Careers <no-reply@hp-careers.com>",
        subject="Application received: Field Technician",
        body="Hi Sam,\n\nThanks for applying to the Field Technician role. We will review your "
        "application.\n\nHarlow Pumps Inc, registered in Delaware, company number 554433",
    ),
    application_row(
        "a_german_ag_and_co_kg_before_its_seat",
        Status.APPLIED,
        "Brenner Stahl AG & Co. KG",
        "Industriekaufmann",
        sender="Personal <bewerbung@brenner-stahl.de>",
        subject="Ihre Bewerbung als Industriekaufmann",
        body="Sehr geehrter Herr Muster,\n\nvielen Dank für Ihre Bewerbung als Industriekaufmann.\n\n"
        "Mit freundlichen Grüßen\nIhr Personalteam\n\nBrenner Stahl AG & Co. KG, Sitz: Hagen, "
        "Registergericht Hagen HRA 1234",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), LEGAL_LINES)
def test_a_footers_legal_line_names_the_employer_with_its_form(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


# Two forms after one name ("Pty Ltd", "Pty. Ltd.", "Ltd., Inc."): each reading that takes the form off takes
# both, not the last alone ("Harbourline Freight Pty" is no spelling of the firm).
STACKED_FORMS = [
    application_row(
        "an_australian_pty_ltd_under_its_team",
        Status.APPLIED,
        "Harbourline Freight Pty Ltd",
        "Dispatch Coordinator",
        sender='"Careers" <careers@harbourline.example>',
        subject="Your application for Dispatch Coordinator",
        body="Hi Sam,\n\nThank you for applying for the Dispatch Coordinator role. We have received your "
        "application and will be in touch.\n\nKind regards,\nTalent Acquisition Team\n"
        "Harbourline Freight Pty Ltd",
    ),
    application_row(
        "a_dotted_pty_ltd_under_its_team",
        Status.APPLIED,
        "Corella Orchards Pty. Ltd.",
        None,
        sender='"Jobs" <jobs@corella.example>',
        subject="Application received - Packing Shed Hand",
        body="Hello Mia,\n\nWe have received your application for Packing Shed Hand and will review it "
        "this week.\n\nCheers,\nThe Recruitment Team\nCorella Orchards Pty. Ltd.",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), STACKED_FORMS)
def test_a_name_closing_on_two_forms_is_shown_with_both(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(
    ("line", "firm"),
    [
        ("Harbourline Freight Pty Ltd, Perth", "Harbourline Freight"),
        ("Harbourline Freight Pty. Ltd., Perth", "Harbourline Freight"),
        ("KESTREL JOINERY PTY LTD, Geelong", "KESTREL JOINERY"),
        ("Baumann Holzbau GmbH, Rosenheim", "Baumann Holzbau"),
    ],
)
def test_a_signature_line_names_its_firm_without_any_of_its_forms(line, firm):
    assert firm_in_line(line) == firm


@pytest.mark.parametrize("form", ALL_LEGAL_FORMS)
def test_a_name_keys_alike_with_or_without_any_written_legal_form(form):
    assert company_key(f"Ardent Bakery {form}") == company_key("Ardent Bakery") == "ardent bakery"


@pytest.mark.parametrize("filler", ["Group", "Holdings", "Company", "Corporation"])
def test_a_filler_the_display_keeps_is_left_off_the_key_too(filler):
    assert company_key(f"Ardent Bakery {filler}") == "ardent bakery"


def test_a_form_written_in_dotted_initials_is_one_word_the_key_leaves_off():
    assert {"spa", "gesmbh", "as", "kscp"} <= COMPANY_SUFFIXES
