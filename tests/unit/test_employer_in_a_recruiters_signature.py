"""How a person's signature names the employer (invented mail): the organisation's line that the sender's
own domain spells is the organisation signing, so the name it writes in full is shown in full where the
text says only the brand; a recruiter's desk after their post ("Principal Consultant | Actuarial & Pricing")
names no organisation; an agency writing of a client it does not name is the employer, its name as its
domain spells it with the trade's word ("Foxmoor Talent"), not cut to the brand by its legal form."""

import pytest

from tests.extraction_support import extract
from tracker.names import same_company


def _signed(greeting: str, sentence: str, *signature: str) -> str:
    return "\n".join([f"Hi {greeting},", "", sentence, "", "Kind regards,", *signature])


@pytest.mark.parametrize(
    ("sender", "subject", "body", "employer"),
    [
        (  # Singapore's legal form after the name, the subject's brand
            "Priya Raman <priya.raman@tamarindquay.com.sg>",
            "Your application to Tamarind Quay",
            _signed(
                "Daniel",
                "Thank you for your time on Monday. We have decided to offer the role to another candidate.",
                "Priya Raman",
                "Regional Talent Partner, ASEAN",
                "Tamarind Quay Shipping Pte. Ltd.",
                "8 Marina View #12-01, Singapore",
            ),
            "Tamarind Quay Shipping",
        ),
        (  # Malaysia's, the brand in a sentence
            "Farid Osman <farid@kenangaorchard.com.my>",
            "Interview invitation",
            _signed(
                "Mei Ling",
                "We would like to invite you to an interview with Kenanga Orchard for the Store Supervisor "
                "position on Thursday at 10am.",
                "Farid Osman",
                "HR Executive",
                "Kenanga Orchard Foods Sdn Bhd",
            ),
            "Kenanga Orchard Foods",
        ),
    ],
)
def test_the_organisation_its_domain_spells_is_shown_as_it_signs(sender, subject, body, employer):
    reading = extract(sender=sender, subject=subject, body=body)
    assert same_company(reading.company, employer)
    assert reading.company.startswith(employer)


@pytest.mark.parametrize(
    "post",
    [
        "Principal Consultant | Actuarial & Pricing",
        "Senior Consultant - Treasury & Payroll",
        "Associate Director | Investments",
        "Consultant | Customer Service & Contact Centre",
    ],
)
def test_a_recruiters_desk_is_no_employer_and_the_agency_is(post):
    body = "\n".join(
        [
            "Hi Sam,",
            "",
            "Good news - my client, a mid-sized firm in Bristol, has been through your CV for the Analyst "
            "role and would like you to sit their online tests before a first interview.",
            "",
            "Shout if you have questions. Good luck!",
            "",
            "Ruth",
            "",
            "Ruth Cawley",
            post,
            "Foxmoor Talent Ltd",
            "Mobile: 07700 900123",
        ]
    )
    reading = extract(
        sender="Ruth Cawley <ruth.cawley@foxmoortalent.co.uk>",
        subject="Online tests for the Analyst role",
        body=body,
    )
    assert reading.company == "Foxmoor Talent"
