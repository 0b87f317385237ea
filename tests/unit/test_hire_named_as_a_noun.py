"""An offer that names the hire as a noun ("your appointment as", "die Einstellung als", "je aanstelling
als", "votre embauche en qualité de", "sua contratação como") is an offer, and what follows the naming word
is the post; a reply whose subject is the post's name and its noun ("Re: Front of House position") names
the post."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    ("sender", "body", "title"),
    [
        (
            "Harlow College HR <hr@harlowcollege.ac.uk>",
            "Dear Sam,\n\nI am delighted to confirm your appointment as a Lecturer in Surveying at Harlow "
            "College, subject to references.\n\nYours sincerely,\nPeople Services",
            "Lecturer in Surveying",
        ),
        (
            "Brinkmann Spedition <jobs@brinkmann-spedition.de>",
            "Sehr geehrte Frau Ott,\n\nwir freuen uns, Ihnen die Einstellung als Lagerlogistikerin zum 1. "
            "April anbieten zu können.\n\nMit freundlichen Grüßen\nBrinkmann Spedition GmbH",
            "Lagerlogistikerin",
        ),
        (
            "Gemeente Oosterwold <hr@oosterwold.nl>",
            "Beste Pim,\n\nGraag bevestigen wij je aanstelling als Adviseur Duurzaamheid per 1 mei.\n\n"
            "Met vriendelijke groet,\nGemeente Oosterwold",
            "Adviseur Duurzaamheid",
        ),
        (
            "Atelier Ravel <rh@atelier-ravel.fr>",
            "Bonjour Inès,\n\nNous avons le plaisir de vous confirmer votre embauche en qualité de "
            "Responsable logistique à compter du 2 juin.\n\nCordialement,\nAtelier Ravel",
            "Responsable logistique",
        ),
        (
            "Transportes Siqueira <rh@siqueira.com.br>",
            "Olá Bruna,\n\nTemos o prazer de confirmar sua contratação como Analista Fiscal na "
            "Transportes Siqueira.\n\nAbraços,\nRH",
            "Analista Fiscal",
        ),
        (
            "Grupo Llorente <rrhh@llorente.es>",
            "Hola Marta,\n\nNos complace confirmarte tu contratación como Administrativa Contable a partir "
            "del lunes.\n\nUn saludo,\nRRHH",
            "Administrativa Contable",
        ),
    ],
)
def test_a_hire_named_as_a_noun_is_an_offer_of_the_post_after_the_naming_word(sender, body, title):
    result = extract(sender=sender, subject="Your appointment", body=body)
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.OFFER
    assert result.job_title == title


def test_the_hires_department_after_the_post_is_not_part_of_it():
    result = extract(
        sender="Harrowfield University HR <hr@harrowfield.edu>",
        subject="Offer of Appointment",
        body=(
            "Dear Dr. Lin,\n\nI am pleased to offer you appointment as Research Associate in the Department "
            "of Physics, effective March 1.\n\nAcademic HR"
        ),
    )
    assert result.status is Status.OFFER
    assert result.job_title == "Research Associate"


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Re: Front of House position", "Front of House"),
        ("RE: Night Porter role", "Night Porter"),
        ("Re: Barista position", "Barista"),
    ],
)
def test_a_reply_whose_subject_is_the_posts_name_and_noun_names_the_post(subject, title):
    result = extract(
        sender="Aoife Byrne <aoife@thequayhotel.ie>",
        subject=subject,
        body="Hi Sam,\n\nThanks for your CV. Could you come in on Tuesday at 3 for a chat?\n\nAoife",
    )
    assert result.kind is Kind.APPLICATION
    assert result.job_title == title


@pytest.mark.parametrize(
    "subject", ["Re: New position", "Exciting New Role", "Your Open Position", "Dream Job"]
)
def test_a_subject_of_words_that_name_no_post_gives_no_title(subject):
    result = extract(
        sender="Aoife Byrne <aoife@thequayhotel.ie>",
        subject=subject,
        body="Hi Sam,\n\nThanks for your CV. Could you come in on Tuesday at 3 for a chat?\n\nAoife",
    )
    assert result.job_title is None


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Lehrstuhl für Bodenkunde <sekretariat.boden@uni-hallenberg.de>",
            "Ihre Bewerbung",
            "Sehr geehrter Herr Quandt,\n\nwir möchten Ihnen die Stelle als Doktorand*in (Bodenphysik) zum "
            "01.10.2026 anbieten.\n\nMit freundlichen Grüßen\nLehrstuhl für Bodenkunde",
            id="de_post_with_a_date_before_the_verb",
        ),
        pytest.param(
            "Femke Rozendaal <femke@kaaslandgroep.nl>",
            "Goed nieuws",
            "Hoi Bram,\n\nIk ben blij je officieel de functie van Kwaliteitscoördinator aan te bieden.\n\n"
            "Groet,\nFemke\nKaasland Groep",
            id="nl_an_adverb_before_the_post",
        ),
        pytest.param(
            "Ufficio Personale Vetreria Lunardi <personale@vetrerialunardi.it>",
            "Esito selezione",
            "Gentile Sig.ra Tosi,\n\nsiamo lieti di comunicarLe che la Direzione ha deciso di proporLe "
            "l'assunzione in qualità di Tecnica di Laboratorio.\n\nDistinti saluti\nVetreria Lunardi",
            id="it_the_hire_proposed",
        ),
        pytest.param(
            "Ufficio Personale Vetreria Lunardi <personale@vetrerialunardi.it>",
            "Esito selezione",
            "Gentile Sig. Ruggeri,\n\nla nostra società intende formalizzare la Sua assunzione come "
            "Magazziniere presso la sede di Prato.\n\nDistinti saluti\nVetreria Lunardi",
            id="it_the_hire_formalised",
        ),
        pytest.param(
            "Brasserie Quintaine <rh@brasserie-quintaine.fr>",
            "Votre candidature",
            "Bonjour Anaïs,\n\nNous sommes heureux de vous proposer une embauche comme cheffe de rang dès le "
            "mois prochain.\n\nCordialement,\nBrasserie Quintaine",
            id="fr_a_hire_proposed",
        ),
        pytest.param(
            "Talleres Arganzuela <rrhh@talleresarganzuela.es>",
            "Tu candidatura",
            "Hola Begoña,\n\nNos alegra poder ofrecerte la contratación como Técnica de Mantenimiento.\n\n"
            "Un saludo,\nTalleres Arganzuela",
            id="es_the_hire_offered",
        ),
    ],
)
def test_the_post_or_the_hire_offered_with_words_between_is_an_offer(sender, subject, body):
    result = extract(sender=sender, subject=subject, body=body)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.OFFER), result
