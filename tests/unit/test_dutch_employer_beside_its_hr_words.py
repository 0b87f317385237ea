"""A Dutch employer's mail carries its HR's words beside its name, which name no employer: the HR suite a
portal's mail is sent from (AFAS InSite, Youforce), the adviser's post under a writer's name ("P&O-adviseur":
an initialism's "&" joins no two posts) and the desk its HR answers from ("HR Servicedesk X"). A school's noun
before the name its domain spells is the name's ("Scholengemeenschap De X" from dex.nl)."""

from __future__ import annotations

from tests.extraction_support import extract
from tracker.extraction.signers_posts import is_signers_post
from tracker.models import Kind, Status


def test_a_dutch_hr_suites_portal_is_no_employer():
    result = extract(
        sender="Kenniscentrum Bodemherstel <noreply@kcb.afasinsite.nl>",
        subject="Bevestiging sollicitatie Projectmedewerker Bodemdata",
        body=(
            "Beste Fenna Wiersum,\n\nBedankt voor je sollicitatie op de vacature Projectmedewerker "
            "Bodemdata bij het Kenniscentrum Bodemherstel.\n\nMet vriendelijke groet,\nAfdeling HRM\n"
            "Kenniscentrum Bodemherstel\n\nDit bericht is automatisch verzonden vanuit AFAS InSite."
        ),
    )
    assert result.kind is Kind.APPLICATION
    assert result.company == "Kenniscentrum Bodemherstel"


def test_an_initialisms_ampersand_in_a_signers_post_joins_no_two_posts():
    assert is_signers_post("P&O-adviseur")
    assert is_signers_post("Co-founder & CEO")


def test_a_p_and_o_advisers_post_under_her_name_is_no_employer():
    result = extract(
        sender="Gerdien Abbink <g.abbink@zonnehofwaarde.nl>",
        subject="RE: sollicitatie",
        body=(
            "Goedemiddag Lieke,\n\nDank voor je bericht. Je sollicitatie voor de functie Teamleider "
            "Huishouding ligt bij de manager; je hoort volgende week van ons.\n\nMet vriendelijke groet,\n\n"
            "Gerdien Abbink\nP&O-adviseur\n(aanwezig ma, di, do)"
        ),
    )
    assert result.kind is Kind.APPLICATION
    assert result.company != "P&O-adviseur"


def test_the_desk_hr_answers_from_is_no_part_of_the_employers_name():
    result = extract(
        sender="P&O Servicedesk Gemeente Hollandsmeer <poservicedesk@hollandsmeer.nl>",
        subject="Je arbeidsovereenkomst",
        body=(
            "Beste Stijn,\n\nNaar aanleiding van je akkoord op het aanbod voor de functie Beleidsadviseur "
            "Mobiliteit ontvang je hierbij je arbeidsovereenkomst ter ondertekening.\n\nMet vriendelijke "
            "groet,\nP&O Servicedesk"
        ),
    )
    assert result.status is Status.OFFER
    assert result.company == "Gemeente Hollandsmeer"


def test_a_dutch_schools_noun_before_the_name_its_domain_spells_is_the_names():
    result = extract(
        sender="Harmen Vrielink <h.vrielink@dewaterlinie.nl>",
        subject="Uitnodiging gesprek",
        body=(
            "Geachte heer Brouns,\n\nHartelijk dank voor uw sollicitatie op de vacature Docent "
            "Aardrijkskunde. Wij nodigen u graag uit voor een gesprek op dinsdag 9 juni.\n\nMet vriendelijke "
            "groet,\n\nHarmen Vrielink\nconrector onderwijs\nScholengemeenschap De Waterlinie\n"
            "Lindelaan 4 | 4101 AB Culemborg"
        ),
    )
    assert result.company == "Scholengemeenschap De Waterlinie"
