"""A board's "your application was viewed" weeks after the receipt is news of that submission, not a second
receipt (tracker/viewed_notices.py): it joins the one application open at its employer."""

from __future__ import annotations

import pytest

from tests.raw_inboxes import raw_mail, tracked_inbox
from tracker.viewed_notices import views_the_application


@pytest.mark.parametrize(
    "subject",
    [
        "Your application was viewed by Tessaly Labs",
        "Corvane viewed your application",
        "Deine Bewerbung wurde angesehen",
        "Votre candidature a été consultée par Maraude",
        "Tu candidatura ha sido vista por Olmedal",
        "La tua candidatura è stata visualizzata da Brevina",
        "Sua candidatura foi visualizada pela Quintaria",
        "Je sollicitatie is bekeken door Vennekamp",
    ],
)
def test_a_viewed_notice_is_read_from_its_subject(subject):
    assert views_the_application(subject)


@pytest.mark.parametrize(
    "subject",
    [
        "Your application was received",
        "Application submitted: Data Analyst",
        "Deine Bewerbung ist eingegangen",
        "Candidatura aperta - Magazziniere",
        "Your application is under review",
        "Your application was viewed - interview invitation",
        "Entrevista - candidatura vista",
        "",
    ],
)
def test_other_subjects_are_no_viewed_notice(subject):
    assert not views_the_application(subject)


def test_a_viewed_notice_weeks_after_the_receipt_joins_its_application(tmp_path):
    mails = [
        raw_mail(
            "en1",
            "Tessaly Labs <no-reply@tessalylabs.com>",
            "2026-02-02T09:00:00Z",
            "Thank you for applying to Tessaly Labs",
            "Hi Robin,\n\nThank you for applying for the Platform Engineer role at Tessaly Labs. We have "
            "received your application and will be in touch.\n\nTessaly Labs Recruiting",
        ),
        raw_mail(
            "en2",
            "LinkedIn <jobs-noreply@linkedin.com>",
            "2026-02-25T09:00:00Z",
            "Your application was viewed by Tessaly Labs",
            "Robin, your application was viewed\n\nTessaly Labs\nThe hiring team viewed your application.",
        ),
        raw_mail(
            "de1",
            "Kellbrunn Werke <karriere@kellbrunn.de>",
            "2026-02-03T09:00:00Z",
            "Eingangsbestätigung Ihrer Bewerbung als Konstrukteur (m/w/d)",
            "Sehr geehrter Herr Lenz,\n\nvielen Dank für Ihre Bewerbung als Konstrukteur (m/w/d) bei den "
            "Kellbrunn Werken. Ihre Unterlagen sind bei uns eingegangen.\n\nIhr Recruiting-Team der "
            "Kellbrunn Werke",
        ),
        raw_mail(
            "de2",
            "StepStone <noreply@stepstone.de>",
            "2026-02-24T09:00:00Z",
            "Kellbrunn Werke hat Ihre Bewerbung angesehen",
            "Gute Nachrichten! Kellbrunn Werke hat Ihre Bewerbung angesehen.",
        ),
        raw_mail(
            "fr1",
            "Maraude <recrutement@maraude.fr>",
            "2026-02-04T09:00:00Z",
            "Accusé de réception de votre candidature – Chargé de clientèle",
            "Bonjour Camille,\n\nNous avons bien reçu votre candidature au poste de Chargé de clientèle chez "
            "Maraude et nous vous remercions de l'intérêt porté à notre entreprise.\n\nL'équipe recrutement "
            "Maraude",
        ),
        raw_mail(
            "fr2",
            "Indeed <alert@indeed.com>",
            "2026-02-26T09:00:00Z",
            "Votre candidature a été consultée par Maraude",
            "Bonne nouvelle : Maraude a consulté votre candidature.",
        ),
    ]
    groups = sorted((set(r["emails"]) for r in tracked_inbox(tmp_path, mails)), key=sorted)
    assert groups == [{"de1", "de2"}, {"en1", "en2"}, {"fr1", "fr2"}]
