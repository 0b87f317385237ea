"""German mail written by persons: a Personalberater relaying a client it names as a firm by its legal form
(anywhere in its prose or its subject, never its own footer), the employer's or the client's wish to meet
the reader, a single writer's receipt of what the reader sent, a later round set by hand, a finalist
chosen over the reader. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status

AGENCY = "Jonas Wetterau <j.wetterau@kaltenbach-personal.de>"
AGENCY_SIGNATURE = (
    "\n\nMit freundlichen Grüßen\nJonas Wetterau\nSenior Berater | Technik & Produktion\n\n"
    "Kaltenbach Personalberatung GmbH\nLeopoldstraße 12 · 80802 München\nTel. [phone]\n"
    "Sitz der Gesellschaft: München | Amtsgericht München HRB 99120\nGeschäftsführer: Jonas Wetterau"
)


@pytest.mark.parametrize(
    ("subject", "body", "company"),
    [
        pytest.param(
            "Rückmeldung zu Ihrem Gespräch",
            "Sehr geehrte Frau Lindqvist,\n\nich habe heute das Feedback von der Brunnhuber Logistik GmbH "
            "erhalten. Man hat sich dort leider für eine andere Kandidatin entschieden, die bereits "
            "Erfahrung im Gefahrgut mitbringt." + AGENCY_SIGNATURE,
            "Brunnhuber Logistik GmbH",
            id="feedback_from_the_client_firm",
        ),
        pytest.param(
            "Ihre Kandidatur – Schichtleiter (m/w/d) bei Oberholz Antriebe AG",
            "Hallo Frau Lindqvist,\n\nunser Kunde war nach dem ersten Gespräch angetan und bittet Sie als "
            "nächsten Schritt um eine kurze Fallstudie zur Schichtplanung. Bitte senden Sie mir Ihre "
            "Ausarbeitung bis Freitag zurück." + AGENCY_SIGNATURE,
            "Oberholz Antriebe AG",
            id="client_firm_named_in_the_subject_only",
        ),
        pytest.param(
            "Weiteres Mandat",
            "Hallo Frau Lindqvist,\n\nwie besprochen habe ich Ihr Profil an die Personalleitung der "
            "Seewald Kunststoff KG weitergeleitet. Ich melde mich, sobald ich eine Rückmeldung habe."
            + AGENCY_SIGNATURE,
            "Seewald Kunststoff KG",
            id="client_firm_after_a_department_in_the_genitive",
        ),
    ],
)
def test_an_agency_names_its_client_by_the_firms_legal_form(subject, body, company):
    result = extract(body, subject, AGENCY)
    assert result.kind is Kind.APPLICATION
    assert result.company == company


def test_the_agencys_own_firm_in_its_prose_is_no_client():
    result = extract(
        "Guten Tag Herr Brandl,\n\nvielen Dank für Ihr Interesse an einer Zusammenarbeit mit der "
        "Kaltenbach Personalberatung GmbH. Leider können wir Sie aktuell für keine unserer Vakanzen "
        "berücksichtigen." + AGENCY_SIGNATURE,
        "Ihre Bewerbung bei Kaltenbach",
        AGENCY,
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.REJECTED)
    assert result.company is not None and result.company.startswith("Kaltenbach")


def test_a_general_partner_in_the_agencys_footer_is_no_client():
    result = extract(
        "Hallo Frau Lindqvist,\n\nunser Mandant möchte Sie gern persönlich kennenlernen. Passt Ihnen "
        "Dienstag um 10 Uhr in Regensburg?\n\nViele Grüße\nJonas Wetterau\n\nKaltenbach Personalberatung "
        "GmbH & Co. KG\nKomplementärin: Kaltenbach Verwaltungs GmbH, AG München HRB 99121",
        "Einladung zum Gespräch",
        AGENCY,
    )
    assert result.company is None or result.company.startswith("Kaltenbach Personal")


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hallo Herr Brandl,\n\ngute Nachrichten: die Geschäftsführerin und der Werkleiter möchten Sie "
            "kennenlernen. Vorgeschlagen sind Montag, 9 Uhr, oder Mittwoch, 15 Uhr, jeweils vor Ort.",
            id="the_clients_wish_to_meet",
        ),
        pytest.param(
            "Hallo Herr Brandl,\n\ndie Firma Oberholz möchte Sie gerne einladen! Termin: Donnerstag, 14 Uhr, "
            "am Standort Regensburg.",
            id="an_invitation_closing_its_sentence",
        ),
    ],
)
def test_a_wish_to_meet_the_reader_is_an_interview(body):
    result = extract(body + AGENCY_SIGNATURE, "Oberholz – Schichtleiter", AGENCY)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.INTERVIEW)


def test_a_wish_to_be_met_by_the_reader_is_no_interview():
    result = extract(
        "Liebe Leserinnen und Leser,\n\nmöchten Sie uns kennenlernen? Besuchen Sie unseren Stand auf der "
        "Messe in Halle 4.",
        "Messe-Einladung",
        "Oberholz Antriebe <news@oberholz-antriebe.de>",
    )
    assert result.kind is not Kind.APPLICATION


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        pytest.param(
            "Ihr Dossier – Disponentin 80–100%",
            "Guten Tag Frau Lindqvist\n\nBesten Dank für die Zustellung Ihres Dossiers. Ich schaue es mir "
            "in den nächsten Tagen in Ruhe an und melde mich telefonisch.",
            id="thanks_for_the_dossier_sent",
        ),
        pytest.param(
            "Ihre Bewerbung",
            "Hallo Frau Lindqvist,\n\nich habe Ihre Unterlagen erhalten und leite sie nach Rücksprache an "
            "die Fachabteilung weiter.",
            id="one_writer_received_the_papers",
        ),
    ],
)
def test_a_persons_receipt_of_what_the_reader_sent_is_applied(subject, body):
    result = extract(body + AGENCY_SIGNATURE, subject, AGENCY)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.APPLIED)
    assert result.company != "Dossier"


def test_a_later_round_set_by_a_person_naming_no_job_is_an_interview():
    result = extract(
        "Hallo Frau Lindqvist,\n\ndanke nochmal für das angenehme Gespräch. Wir würden Sie gerne zu einem "
        "zweiten Termin bei uns in der Fertigung einladen, damit wir tiefer in die Themen einsteigen "
        "können. Passt Ihnen Freitag um 10 Uhr?\n\nViele Grüße\nMarta Kühn\nLeitung Fertigung",
        "zweites Gespräch",
        "Marta Kühn <m.kuehn@oberholz-antriebe.de>",
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.INTERVIEW)


def test_a_reply_naming_a_later_round_in_its_subject_is_an_interview():
    result = extract(
        "Hallo Frau Lindqvist,\n\nwir möchten gern den nächsten Schritt gehen: ein Termin bei uns vor Ort "
        "mit dem Team. Passt Ihnen Montag, 14:00 Uhr?\n\nBeste Grüße\nMarta Kühn",
        "AW: Kennenlernen – zweite Runde",
        "Marta Kühn <m.kuehn@oberholz-antriebe.de>",
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.INTERVIEW)


def test_a_finalist_chosen_over_the_reader_is_a_rejection():
    result = extract(
        "Hallo Frau Lindqvist,\n\nich habe gestern mit dem Geschäftsführer gesprochen. Er hat sich am Ende "
        "für den anderen Finalisten entschieden, der schon ein größeres Team geführt hat." + AGENCY_SIGNATURE,
        "Rückmeldung Oberholz",
        AGENCY,
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.REJECTED)


def test_an_agencys_submission_told_in_the_passive_is_applied():
    result = extract(
        "Hallo Frau Lindqvist,\n\nvielen Dank für Ihr Okay am Telefon. Ihr Profil ist heute an die "
        "Geschäftsführung der Seewald Kunststoff KG gegangen; ich halte Sie auf dem Laufenden."
        + AGENCY_SIGNATURE,
        "Seewald – Schichtleiterin (m/w/d)",
        AGENCY,
    )
    assert (result.kind, result.status, result.company) == (
        Kind.APPLICATION,
        Status.APPLIED,
        "Seewald Kunststoff KG",
    )


def test_a_design_offices_post_after_an_invitations_dash_is_the_title_not_the_employer():
    result = extract(
        "Hallo Herr Brandl,\n\nIhre Bewerbung hat uns gefallen. Passt Ihnen Dienstag, 10:00 Uhr, bei uns vor "
        "Ort?\n\nViele Grüße\nMarta Kühn\nPersonalreferentin",
        "Einladung zum Vorstellungsgespräch – Konstrukteurin Sondermaschinen",
        "Marta Kühn <m.kuehn@oberholz-antriebe.de>",
    )
    assert result.job_title == "Konstrukteurin Sondermaschinen"
    assert result.company != "Konstrukteurin Sondermaschinen"
