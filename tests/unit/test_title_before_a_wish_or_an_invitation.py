"""German puts a clause's verb last: the post a wish names is followed by its adverb and verb ("möchte Sie
für die Position X gern kennenlernen", "als X näher kennenlernen", "als X zu einem ersten Gespräch
einladen"), which are not the post's words. A subject's last part that names the step it invites to
("Ihre Bewerbung als X – Einladung zum Erstgespräch", "Candidature X - Convocation à un entretien") is not
the post's either. Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    "sentence",
    [
        "unser Kunde möchte Sie für die Position Elektronikerin Betriebstechnik gern kennenlernen!",
        "gerne möchten wir Sie im Rahmen Ihrer Bewerbung als Elektronikerin Betriebstechnik "
        "näher kennenlernen.",
        "wir möchten Sie für die Stelle Elektronikerin Betriebstechnik zu einem ersten Gespräch einladen.",
    ],
)
def test_the_post_ends_before_the_verb_a_german_wish_ends_on(sentence):
    body = (
        f"Hallo Herr Ilunga,\n\n{sentence}\n\nTermin: Mittwoch, 11.11., 10 Uhr, bei uns vor Ort.\n\n"
        "Viele Grüße\nLiesel Marquardt\nKrobath Drehteile GmbH"
    )
    result = extract(body, "Ihr Termin", "Liesel Marquardt <l.marquardt@krobath-drehteile.de>")
    assert result.job_title == "Elektronikerin Betriebstechnik"


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        (
            "Ihre Bewerbung als Prüftechniker:in Akustik – Einladung zum Erstgespräch",
            "Prüftechniker:in Akustik",
        ),
        (
            "Ihre Bewerbung als Prüftechniker:in Akustik | Einladung Vorstellungsgespräch",
            "Prüftechniker:in Akustik",
        ),
        (
            "Votre candidature au poste de Technicien acousticien - Convocation à un entretien",
            "Technicien acousticien",
        ),
    ],
)
def test_a_subjects_invitation_after_the_post_is_not_the_posts(subject, title):
    body = "Bonjour / Guten Tag,\n\nmerci / vielen Dank. Termin: 12.11. / Rendez-vous le 12 novembre.\n"
    result = extract(body, subject, "Recrutement <jobs@veltrusa-akustik.com>")
    assert result.job_title == title


def test_a_post_filled_from_within_is_no_intern():
    body = (
        "Hallo Frau Tesfaye,\n\nder Kunde möchte Sie kennenlernen. Den Namen nenne ich Ihnen nach "
        "Ihrer Zusage, da die Stelle intern noch nicht kommuniziert ist.\n\nBeste Grüße\nArvid Pohlke\n"
        "Personalberater"
    )
    result = extract(
        body,
        "Ihre Bewerbung als Qualitätsprüferin Lebensmittel",
        "Arvid Pohlke <a.pohlke@elbring-personal.de>",
    )
    assert result.job_title == "Qualitätsprüferin Lebensmittel"
