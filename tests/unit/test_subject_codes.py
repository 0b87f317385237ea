"""A procedure's code that the subjects of an employer's mails share makes them one application's
(tracker/subject_codes.py), in `track` over a whole inbox."""

from __future__ import annotations

import pytest

from tests.builders import application_email
from tests.given_readings import mail, tracked_records
from tracker.models import Extraction, Kind
from tracker.subject_codes import subject_codes


def other_mail() -> Extraction:
    return Extraction(kind=Kind.OTHER, status=None, confidence=0.4, extractor="rules")


def grouped(records) -> list[set[str]]:
    return [emails for emails, _ in records]


@pytest.mark.parametrize(
    ("subject", "codes"),
    [
        ("Ontvangstbevestiging vacature 2026/031 – Beleidsadviseur Groen", {"2026/031"}),
        ("Concorso n. 9/2026 – ammissione alla prova orale", {"9/2026"}),
        ("Einladung zum Probevortrag – Kennziffer 2026/LAB-044", {"2026/LAB-044"}),
        ("RE: Offre 4419027 - désistement", {"4419027"}),
        ("Requisition R-88412: next steps", {"R-88412"}),
        ("Teamleider Magazijn (32-40 uur)", set()),
        ("Controller (80-100%)", set()),
        ("Gesprek op 14.03.2026 om 10:30", set()),
        ("Entretien le 2026-03-14", set()),
        ("Vendeur H/F - 69007 Lyon", set()),
        ("Stage 2025-2026 – COVID-19 measures, B2B team", set()),
    ],
)
def test_a_subjects_code_is_a_number_written_as_a_procedures_not_a_day_a_range_or_a_postcode(subject, codes):
    assert subject_codes(subject) == codes


def test_a_dutch_councils_result_mail_read_as_no_applications_joins_the_procedure_its_subject_numbers():
    council = "Gemeente Westerhoeve - Werving <werving@westerhoeve.example>"
    employer = "Gemeente Westerhoeve"
    mails = [
        (
            mail("m1", 0, council, "Ontvangstbevestiging vacature 2026/031 – Beleidsadviseur Groen"),
            application_email("applied", employer, "Beleidsadviseur Groen"),
        ),
        (mail("m2", 20, council, "Uitslag assessment – vacature 2026/031"), other_mail()),
    ]
    assert grouped(tracked_records(mails)) == [{"m1", "m2"}]


def test_an_italian_competitions_receipt_read_as_no_applications_joins_the_later_admission():
    office = "Comune di Valsorda – Ufficio Personale <concorsi@comune.valsorda.example>"
    mails = [
        (mail("m1", 0, office, "Concorso n. 9/2026 – ricevuta di presentazione della domanda"), other_mail()),
        (
            mail("m2", 30, office, "Concorso n. 9/2026 – ammissione alla prova orale"),
            application_email("interview", "Comune di Valsorda", "Istruttore Tecnico Geometra"),
        ),
    ]
    assert grouped(tracked_records(mails)) == [{"m1", "m2"}]


def test_a_german_institutes_invitation_whose_title_was_read_from_its_step_joins_by_the_code():
    institute = "Leibniz-Zentrum Quellbach <stellen@lz-quellbach.example>"
    employer = "Leibniz-Zentrum Quellbach"
    mails = [
        (
            mail("m1", 0, institute, "Eingangsbestätigung – Kennziffer 2026/LAB-044"),
            application_email("applied", employer, "Technische Assistenz Massenspektrometrie"),
        ),
        (
            mail("m2", 3, institute, "Eingangsbestätigung – Kennziffer 2026/LAB-051"),
            application_email("applied", employer, "Laborleitung Isotopenanalytik"),
        ),
        (
            mail(
                "m3",
                25,
                "Prof. Dr. Almut Rieckhoff <rieckhoff@lz-quellbach.example>",
                "Einladung – Kennziffer 2026/LAB-044",
            ),
            application_email("interview", employer, "Probevortrag im Seminarraum"),
        ),
    ]
    assert grouped(tracked_records(mails)) == [{"m1", "m3"}, {"m2"}]


def test_a_french_withdrawal_naming_the_role_short_joins_the_offer_its_number_names():
    employer = "Ferrovial Sud-Armor"
    mails = [
        (
            mail(
                "m1",
                0,
                "Ferrovial Sud-Armor <ferrovialsudarmor@ats.example>",
                "Confirmation de votre candidature (4419027)",
            ),
            application_email("applied", employer, "Ingénieur Sûreté de Fonctionnement Ferroviaire"),
        ),
        (
            mail("m2", 40, "Maëlys Kerjégu <m.kerjegu@sud-armor.example>", "RE: Offre 4419027 - désistement"),
            application_email("withdrawn", employer, "Ingénieur SdF"),
        ),
    ]
    assert grouped(tracked_records(mails)) == [{"m1", "m2"}]


def test_two_roles_whose_subjects_share_only_a_rate_stay_apart():
    ats = "Bergbahnen Oberhasli <jobs@bergbahnen-oh.example>"
    employer = "Bergbahnen Oberhasli"
    mails = [
        (
            mail("m1", 0, ats, "Bewerbung: Controller (80-100%)"),
            application_email("applied", employer, "Controller"),
        ),
        (
            mail("m2", 1, ats, "Bewerbung: Leiter Technik (80-100%)"),
            application_email("applied", employer, "Leiter Technik"),
        ),
    ]
    assert grouped(tracked_records(mails)) == [{"m1"}, {"m2"}]


def test_a_code_two_employers_write_joins_nothing():
    mails = [
        (
            mail("m1", 0, "Selvaria Staffing <jobs@selvaria.example>", "Application R-88412"),
            application_email("applied", "Selvaria Staffing", "Warehouse Lead"),
        ),
        (
            mail("m2", 9, "Quillon Freight <careers@quillon.example>", "Requisition R-88412: next steps"),
            application_email("interview", "Quillon Freight", "Warehouse Lead"),
        ),
        (mail("m3", 12, "Quillon Freight <careers@quillon.example>", "R-88412 survey"), other_mail()),
    ]
    assert grouped(tracked_records(mails)) == [{"m1"}, {"m2"}]


@pytest.mark.parametrize(
    "subject",
    [
        "Thanks for applying: Backend Developer (Hybrid) - $72,500/yr",
        "Sollicitatie Magazijnmedewerker – € 2.850 bruto per maand",
        "Candidatura Tecnico manutentore RAL 31.000/anno",
        "Bewerbung Projektleiter Bau (65k-75k)",
        "Candidature Responsable logistique - 42 000EUR / 48.500EUR",
    ],
)
def test_a_pay_written_in_a_subject_is_no_procedures_code(subject):
    assert subject_codes(subject) == set()


def test_a_reminder_to_finish_another_posting_sharing_only_its_pay_stays_apart():
    board = "Tellurine Labs via Hireloom <noreply@hireloom.example>"
    employer = "Tellurine Labs"
    mails = [
        (
            mail("m1", 0, board, "Your application for Support Engineer (Remote) - $58,250/year"),
            application_email("applied", employer, "Support Engineer"),
        ),
        (mail("m2", 4, board, "Finish your application: Support Engineer - $58,250/year"), other_mail()),
    ]
    assert grouped(tracked_records(mails)) == [{"m1"}]


@pytest.mark.parametrize(
    ("sender", "employer", "title", "first", "later", "piece"),
    [
        (
            "Hoornwijk College | Vacatures <vacatures@hoornwijk.example>",
            "Hoornwijk College",
            "Docent Scheikunde",
            "Ontvangstbevestiging K27.0519",
            "Uitnodiging gesprek K27.0519",
            "K27",
        ),
        (
            "Universitat de Vallmorena - Oposiciones <opos@vallmorena.example>",
            "Universitat de Vallmorena",
            "Técnico de Laboratorio",
            "Convocatoria LAB-2026-207 - solicitud registrada",
            "Convocatoria LAB-2026-207 - lista de admitidos",
            "LAB-2026",
        ),
        (
            "Kreiswerke Ostheiden <karriere@kreiswerke-ostheiden.example>",
            "Kreiswerke Ostheiden",
            "Elektroniker Netzbetrieb",
            "Eingangsbestätigung KW_2026_0388",
            "Einladung Vorstellungsgespräch KW_2026_0388",
            "KW",
        ),
        (
            "Brackenmoor Housing Trust <recruit@brackenmoor.example>",
            "Brackenmoor Housing Trust",
            "Tenancy Officer",
            "Application received: BHT/4471-B",
            "Interview invitation BHT/4471-B",
            "BHT/4471",
        ),
    ],
)
def test_a_reading_that_cut_the_shared_code_stays_with_the_procedures_later_mail(
    sender, employer, title, first, later, piece
):
    mails = [
        (mail("m1", 0, sender, first), application_email("applied", employer, title, requisition_id=piece)),
        (mail("m2", 21, sender, later), application_email("interview", employer, title)),
    ]
    assert grouped(tracked_records(mails)) == [{"m1", "m2"}]


def test_a_reading_naming_another_number_leaves_the_shared_code_alone():
    sender = "Ilvermoor Waterschap <werving@ilvermoor.example>"
    employer = "Ilvermoor Waterschap"
    mails = [
        (
            mail("m1", 0, sender, "Sollicitatie Q26.0715"),
            application_email("applied", employer, "Hydroloog", requisition_id="VAC-9931"),
        ),
        (
            mail("m2", 21, sender, "Sollicitatie Q26.0715 uitnodiging"),
            application_email("interview", employer, "Hydroloog"),
        ),
    ]
    assert grouped(tracked_records(mails)) == [{"m1", "m2"}]
