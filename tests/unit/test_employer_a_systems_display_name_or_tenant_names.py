"""The employer a system's mail names by its sender: the display name an ATS sends under, however it
ends (a charity's "CLG", a partnership's "OHG"), and never the HR suite whose portal hosts the employer's
tenant. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.person_names import looks_like_person_name
from tracker.names import same_company

_RECEIPT = (
    "Hi Tamsin Orrell,\n\nYour Grants Officer application reached us safely. Shortlisting starts once "
    "the post closes; expect word within three weeks.\n\nWarm wishes,\nRecruitment"
)


@pytest.mark.parametrize(
    "display",
    [
        "Corrabeg Tenancy Supports CLG",
        "Ardvoe Harbour Housing DAC",
        "Pentreath Tidewater CIC",
        "Kelvinhaugh Carers SCIO",
        "Kesselbrunn Gerüstbau OHG",
    ],
)
def test_an_ats_display_name_closing_on_a_charitys_or_partnerships_form_is_the_employer(display):
    result = extract(
        subject="Your application: Grants Officer",
        body=_RECEIPT,
        sender=f"{display} <no-reply@mail.personio.com>",
    )

    assert same_company(result.company, display), result.company


@pytest.mark.parametrize("name", ["Dervla Ocksbury CLG", "Brannagh Housing DAC", "Maura Treacy CIC"])
def test_a_legal_form_after_capitalised_words_is_no_persons_letters(name):
    assert not looks_like_person_name(name)


def test_a_persons_letters_after_their_name_still_name_a_person():
    assert looks_like_person_name("Dervla Ocksbury FCCA")


def test_an_hr_suites_candidate_portal_is_no_employer():
    result = extract(
        subject="Bevestiging sollicitatie Beleidsmedewerker Subsidies",
        body=(
            "Hoi Tamsin,\n\nWe hebben je sollicitatie als Beleidsmedewerker Subsidies ontvangen. "
            "Binnen drie weken laten we weten of we je uitnodigen.\n\n"
            "Groeten,\n\nTeam Werving\n\n"
            "Verstuurd met AFAS InSite; antwoorden op dit adres wordt niet gelezen."
        ),
        sender="Stichting Veldkeerder Welzijn <noreply@veldkeerder.afasinsite.nl>",
    )

    assert same_company(result.company, "Stichting Veldkeerder Welzijn"), result.company


@pytest.mark.parametrize(
    "display",
    [
        "HR Servicedesk Ziekenhuis Oldervalk",
        "Servicedesk HR Ziekenhuis Oldervalk",
        "HR Helpdesk Ziekenhuis Oldervalk",
        "HR Service Centre Ziekenhuis Oldervalk",
    ],
)
def test_the_desk_answering_staff_before_the_organisation_is_no_part_of_its_name(display):
    result = extract(
        subject="Je arbeidsovereenkomst",
        body=(
            "Hoi Tamsin,\n\nFijn dat je ons aanbod als Planner Zorglogistiek aanneemt! Je contract "
            "staat klaar om digitaal te tekenen.\n\nGroeten,\n\nHR Servicedesk"
        ),
        sender=f"{display} <hrdesk@oldervalk.nl>",
    )

    assert result.company == "Ziekenhuis Oldervalk", result.company


def test_an_ats_tenant_written_in_the_mails_links_does_not_cut_the_name_it_signs_with():
    result = extract(
        subject="Thank you for applying - Payroll Analyst (R-40917)",
        body=(
            "Hi Tamsin,\n\nYour application for Payroll Analyst at Quillmarsh Dairies Group is in. Follow "
            "it here:\nhttps://quillmarsh.wd3.myworkday.com/quillmarsh_careers/userHome\n\n"
            "Best,\nTalent Acquisition\nQuillmarsh Dairies Group"
        ),
        sender="Quillmarsh Dairies Group <quillmarsh@myworkday.com>",
    )

    assert same_company(result.company, "Quillmarsh Dairies Group"), result.company


def test_a_brand_the_mail_writes_alone_still_drops_its_groups_tail():
    result = extract(
        subject="Thank you for applying - Payroll Analyst",
        body=(
            "Hi Tamsin,\n\nYour application for Payroll Analyst at Quillmarsh is in. Everyone at "
            "Quillmarsh thanks you.\n\nBest,\nTalent Acquisition\nQuillmarsh Dairies Group"
        ),
        sender="Quillmarsh Dairies Group <quillmarsh@myworkday.com>",
    )

    assert result.company == "Quillmarsh", result.company


@pytest.mark.parametrize(
    ("sender", "subject", "body", "employer"),
    [
        (
            "Ville de Valcresse-sur-Orne – Ressources humaines <emplois@valcresse-sur-orne.qc.ca>",
            "Concours RH-2031-07 – Résultat de votre candidature",
            "Bonjour,\n\nMalheureusement, nous ne donnerons pas suite à votre candidature au poste de "
            "technicienne en paie.\n\nLes ressources humaines\n"
            "Ville de Valcresse-sur-Orne\n88, rue des Érables\nValcresse-sur-Orne (Québec)  J0T 2K0",
            "Ville de Valcresse-sur-Orne",
        ),
        (
            "City of Quenmoor Human Resources <jobs@quenmoor.gov>",
            "Your application for Payroll Technician",
            "Hi Tamsin,\n\nSadly we will not be moving forward with you for the Payroll Technician "
            "position.\n\nHuman Resources\nCity of Quenmoor\n88 Elm Street\n"
            "Quenmoor, NY 12084",
            "City of Quenmoor",
        ),
    ],
    ids=["a_quebec_town", "an_american_city"],
)
def test_a_town_governments_address_line_is_not_its_name(sender, subject, body, employer):
    result = extract(subject=subject, body=body, sender=sender)

    assert result.company == employer, result.company
