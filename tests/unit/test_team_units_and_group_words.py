"""The brand a sentence names beside a longer name that is only a hiring team's unit or a group's noun
(brand_names.py, team_signed_brands.written_only_as_a_teams_head): "role at Lumera" signed "Lumera Digital
Recruiting" (the display name "Lumera Digital Hiring") is Lumera: the unit heads the team's name, it is no
fuller name of the organisation; a Dutch "Groep" after the brand the mail writes alone is a group's noun
as "Group", "Gruppe" and "Groupe" are. Invented mail, English, German, French, Dutch and Spanish; a
fuller name signed on a line of its own still lengthens the brand.
"""

import pytest

from tests.extraction_support import application_row as named
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

UNITS_AND_GROUPS = [
    named(
        "an_english_test_invitation_signed_by_a_units_recruiting_team",
        Status.ASSESSMENT,
        "Lumera",
        sender="Lumera Digital Hiring <no-reply@testwise.example>",
        subject="Your coding assessment",
        body="Hi Sam,\n\nThank you for your interest in the Backend Engineer role at Lumera. As a next step "
        "we'd like you to complete a 90-minute coding test.\n\nGood luck!\nLumera Digital Recruiting",
    ),
    named(
        "a_german_mail_signed_by_a_units_talent_team",
        Status.REJECTED,
        "Varnholt",
        sender="Varnholt Tech Careers <karriere@varnholt.example>",
        subject="Ihre Bewerbung",
        body="Hallo Sam,\n\nvielen Dank für Ihr Interesse an Varnholt. Leider haben wir uns für eine andere "
        "Kandidatin entschieden.\n\nViele Grüße\nVarnholt Tech Talent Team",
    ),
    named(
        "a_french_mail_signed_by_a_units_recruiting_team",
        Status.APPLIED,
        "Orvelle",
        sender="Orvelle Studio Recruiting <jobs@orvelle.example>",
        subject="Candidature reçue",
        body="Bonjour Sam,\n\nMerci d'avoir postulé chez Orvelle. Nous avons bien reçu votre candidature au "
        "poste de Développeur Web.\n\nOrvelle Studio Recruiting",
    ),
    named(
        "a_dutch_groep_signing_under_the_brand_the_subject_writes",
        Status.REJECTED,
        "Dalmeer",
        sender="Dalmeer Jobs <jobs@dalmeer.example>",
        subject="Je sollicitatie bij Dalmeer",
        body="Dag Sam,\n\nBedankt voor je kandidatuur. We kozen uiteindelijk voor een andere kandidaat.\n\n"
        "Hartelijke groet,\n\nEls Peeters\nRecruiter\nDalmeer Groep",
    ),
    named(
        "a_spanish_mail_signed_by_a_units_talent_team",
        Status.APPLIED,
        "Corvena",
        sender="Corvena Digital Talent <empleo@corvena.example>",
        subject="Hemos recibido tu candidatura",
        body="Hola Sam,\n\nGracias por tu interés en trabajar en Corvena. Hemos recibido tu candidatura para "
        "el puesto de Analista de Datos.\n\nUn saludo,\nCorvena Digital Talent Team",
    ),
]

KEPT = [
    named(
        "a_fuller_name_signed_on_a_line_of_its_own_still_lengthens_the_brand",
        Status.REJECTED,
        "Lumera Telekom",
        sender="",
        subject="Deine Bewerbung bei Lumera",
        body="Lieber Sam,\n\nschön, dass du bei Lumera mitarbeiten möchtest. Leider müssen wir dir diesmal "
        "absagen.\n\nHerzliche Grüße\n\nSelina Gruber\nTalent Acquisition\nLumera Telekom",
    ),
    named(
        "a_dutch_groep_the_mail_never_leaves_off",
        Status.APPLIED,
        "Dalmeer Groep",
        sender="Dalmeer Groep <jobs@dalmeergroep.example>",
        subject="Je sollicitatie bij Dalmeer Groep",
        body="Dag Sam,\n\nWe hebben je sollicitatie bij Dalmeer Groep goed ontvangen.\n\nDalmeer Groep",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), UNITS_AND_GROUPS + KEPT)
def test_the_brand_is_named_beside_a_teams_unit_or_a_groups_noun(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
