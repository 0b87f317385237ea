"""Three readings that took no news for news (invented mail): a choice still to make told in the future
("applicants whose portfolio passes will be invited to interview") is no other candidate chosen; an
agency that cannot yet tell its client's name ("wie de klant is, kan ik helaas nog niet zeggen") rejects
nobody; and Flemish "aanwerving" (the hiring) put on hold withdraws the post, whatever meeting the reader
had before.
"""

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


def test_a_choice_told_in_the_future_is_no_rejection():
    result = extract(
        **_mail(
            "Wilhelmina Trask <w.trask@ashcombe-textiles.co.uk>",
            "Pattern Cutter - next stage",
            "Dear Ezra,",
            "Thank you for your application for the post of Pattern Cutter. You have been shortlisted "
            "for the next stage, a cutting exercise done in your own time.",
            "Please return your pattern to me by 5pm on Friday 12 June. We will mark all patterns blind, and "
            "applicants whose pattern passes will be invited to a workshop interview the week after.",
            "Wilhelmina Trask\nAshcombe Textiles",
        )
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.ASSESSMENT, result


def test_an_agency_not_yet_naming_its_client_rejects_nobody():
    result = extract(
        **_mail(
            "Floortje Ramakers | Duinwijk Werving <floortje.ramakers@duinwijkwerving.nl>",
            "Je reactie op Financieel Controller",
            "Hoi Bastiaan,",
            "Dank je wel voor je reactie op onze vacature Financieel Controller.",
            "Het gaat om een familiebedrijf in de regio Zwolle; wie de klant is, kan ik helaas nog niet "
            "zeggen. Ik bespreek je cv deze week met ze.",
            "Groet,\nFloortje",
        )
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.APPLIED, result


def test_a_flemish_hiring_put_on_hold_after_an_interview_is_withdrawn():
    result = extract(
        **_mail(
            "Jozefien Verstraelen <jozefien@verstraelen-selectie.be>",
            "Stand van zaken vacature magazijnverantwoordelijke",
            "Dag Wout,",
            "Onze klant, waar je vorige week het eerste gesprek had, heeft beslist om de aanwerving van een "
            "magazijnverantwoordelijke voorlopig on hold te zetten.",
            "Ik hou je op de hoogte.\nJozefien",
        )
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.WITHDRAWN, result
