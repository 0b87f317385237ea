"""A signature's line joining two departments ("Recruitment & Selection", "Payroll & Recruiting") is the
hiring unit, never the employer, for all the "&" that marks a firm's name: the organisation signs on its own
line; and a place with its acronym ("X UHG") is the full name the signature writes (invented mail)."""

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "body", "employer"),
    [
        (  # a payroll desk joined to recruiting, the writer's block under her name
            "Brackenfold Joinery | People <people@brackenfold.example.co.uk>",
            "Dear Tom,\n\nThank you for applying for the Bench Joiner role. Unfortunately we have decided to "
            "progress other candidates.\n\nBest wishes\n\nAmira Collett\nPayroll & Recruiting\nBrackenfold "
            "Joinery Ltd\nUnit 3, Weir Road, Bedford",
            "Brackenfold Joinery",
        ),
        (  # a company's service and its two units after a bar, under the organisation's line
            "Kilgarvan Foods Careers <careers@kilgarvanfoods.example.ie>",
            "Dear Applicant,\n\nThank you for applying for the Quality Technician role. We regret to inform "
            "you that you have not been shortlisted.\n\nKilgarvan Foods\nPeople Services | Recruitment & "
            "Selection\nKilgarvan, Co. Kerry",
            "Kilgarvan Foods",
        ),
        (  # a charity's volunteering desk joined to recruitment
            "Quillmere Hospice | People <people@quillmere.example.org.uk>",
            "Dear Sam,\n\nThank you for applying for the Fundraising Assistant role. Unfortunately, on this "
            "occasion, you have not been successful.\n\nKind regards\n\nRuth Abelard\nVolunteering & "
            "Recruitment\nQuillmere Hospice\n2 Abbey Walk, Ely",
            "Quillmere Hospice",
        ),
        (  # a Canadian onboarding desk joined to recruitment, above the firm's line
            "Mapleford Dental | Team <team@mapleford.example.ca>",
            "Hi Jordan,\n\nThank you for applying for the Dental Receptionist role. Unfortunately we have "
            "decided not to move forward with your application.\n\nAll the best,\n\nNadine Fortier\n"
            "Onboarding & Recruitment\nMapleford Dental\n88 King St W, Kingston",
            "Mapleford Dental",
        ),
    ],
)
def test_a_line_of_two_departments_leaves_the_organisation_its_own_line(sender, body, employer):
    assert extract(sender=sender, subject="Your application", body=body).company == employer


@pytest.mark.parametrize(
    ("sender", "signature", "employer"),
    [
        (
            "Thornvale UHG Recruitment <no-reply@careers.tvuhg.example.ie>",
            "Thornvale University Hospital Group\nRecruitment Office",
            "Thornvale University Hospital Group",
        ),
        (
            "Carrowkeel ETB HR <hr@ckletb.example.ie>",
            "Carrowkeel Education and Training Board\nHuman Resources",
            "Carrowkeel Education and Training Board",
        ),
        (
            "Wyndgate DHB Careers <careers@wdhb.example.nz>",
            "Wyndgate District Health Board\nPeople & Capability",
            "Wyndgate District Health Board",
        ),
        (
            "Pellow Bay RSL Jobs <jobs@pbrsl.example.com.au>",
            "Pellow Bay Returned Services League\nClub Office",
            "Pellow Bay Returned Services League",
        ),
    ],
)
def test_a_place_and_its_acronym_are_the_full_name_the_signature_writes(sender, signature, employer):
    body = (
        "Dear Candidate,\n\nThank you for applying for the Payroll Officer position. Your application has "
        f"been received and will be reviewed after the closing date.\n\n{signature}"
    )
    assert extract(sender=sender, subject="Application received", body=body).company == employer
