"""A recruiting firm's writer names its client through the client's person, whatever they did with them
(invented mail): "I finally caught Ysolde at X", "sent your CV to the Clinical Nurse Manager at X",
"Rosalyn, the Area Manager at X", "Mr X at Y". The organisation where that person works is the employer, not
the firm that signs (nor the person); an in-house recruiter's own organisation stays the employer."""

import pytest

from tests.extraction_support import assert_application_naming, extract_as_read
from tracker.names import same_company

CONTACTS = [
    pytest.param(
        "Thaddeus Quarmby <thaddeus@pelliferretail.example>",
        "Feedback from Friday",
        "Hi Orla,\n\nI finally caught Ysolde at Brackenholt Mercantile yesterday for feedback on Friday's "
        "final. They have decided to go with another candidate for the Category Planner role, I'm sorry to "
        "say.\n\nSpeak soon,\nThaddeus\n\nThaddeus Quarmby\nDirector | Retail\nPellifer Retail Recruitment\n"
        "pelliferretail.example\n\nPellifer Retail Recruitment is a trading name of Pellifer Group Ltd.",
        "Brackenholt Mercantile",
        id="an_english_consultant_names_the_clients_manager_by_her_given_name",
    ),
    pytest.param(
        "Marigold Fenwrick <marigold@ironwattleclinical.example>",
        "CV sent",
        "Hi Tomas,\n\nJust confirming I've sent your CV through to the Clinical Nurse Manager at Wirrabee "
        "Private Hospital for the Theatre Nurse role. They're reviewing this week and I'll come back to you "
        "as soon as I hear.\n\nCheers,\nMarigold\n\nMarigold Fenwrick\nConsultant | Nursing\n"
        "Ironwattle Clinical Recruitment\nLevel 3, 88 Wharf Street, Cairns QLD 4870\nP 07 5550 1234",
        "Wirrabee Private Hospital",
        id="an_australian_consultant_names_the_clients_post",
    ),
    pytest.param(
        "Kester Amberwell <kamberwell@lodestarstaffing.example>",
        "Great news!!",
        "Hey Dana,\n\nI just got off a call with Rosalyn, the Area Manager at Quimby & Vale Outfitters, and "
        "they want to offer you the Assistant Store Manager position!! Written offer to follow from their "
        "HR.\n\nKester\n\nKester Amberwell\nSenior Recruiter\nLodestar Staffing Inc.\n555 Elm Ave, "
        "Suite 200, Dayton OH",
        "Quimby & Vale Outfitters",
        id="an_american_recruiter_names_the_clients_area_manager_after_her_name",
    ),
    pytest.param(
        "Suryakant Venkatraman <suryakant@meridianhire.example>",
        "Profile shortlisted",
        "Dear Anju,\n\nPleased to inform you that I have shared your profile with Mr Fonseka at Kalupahana "
        "Textiles for the Merchandiser post and he has shortlisted it. Further details will follow.\n\n"
        "Regards,\nSuryakant Venkatraman\nSenior Consultant\nMeridian Hire Recruitment Pvt Ltd\n"
        "Nugegoda",
        "Kalupahana Textiles",
        id="a_south_asian_consultant_names_the_clients_manager_by_his_surname",
    ),
    pytest.param(
        "Wystan Pelletreau <wystan@hollowmere-talent.example>",
        "Update - Payroll Officer",
        "Morning Cait,\n\nJust a quick one: I've come off a call with the FD at Tresillian Haulage and "
        "they've decided to pause the Payroll Officer hire until the spring. Nobody has been appointed.\n\n"
        "Cheers,\nWystan\n\nWystan Pelletreau | Principal Consultant\nHollowmere Talent Recruitment\n"
        "028 9555 0199",
        "Tresillian Haulage",
        id="an_irish_consultant_names_the_clients_finance_director_by_initials",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "company"), CONTACTS)
def test_the_organisation_of_the_clients_person_is_the_employer(sender, subject, body, company):
    result = extract_as_read(sender, subject, body)
    assert_application_naming(result, company)


def test_an_in_house_recruiter_naming_her_own_organisations_manager_keeps_it():
    result = extract_as_read(
        "Phyllida Oddington <phyllida.oddington@corvantis.example>",
        "Interview - Data Analyst",
        "Hi Reuben,\n\nI've spoken with the Hiring Manager at Corvantis Analytics and we'd like to invite "
        "you to an interview for the Data Analyst role on Tuesday at 2pm.\n\nBest,\nPhyllida\n\n"
        "Phyllida Oddington\nRecruitment Partner\nCorvantis Analytics",
    )
    company = result.company
    assert company is not None and same_company(company, "Corvantis Analytics"), company
