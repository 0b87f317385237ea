"""A person's sign-off (invented mail): the writer's own post under her name, her first name alone too, above
her organisation's line or its letterhead line ("Acme Ltd · 1 Main St"), is not the post applied for; a job
board's card keeps its title above the employer's line.
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    ("subject", "signed", "title"),
    [
        ("Re: Veterinary Nurse - Riverside", "Maya\nPractice Manager\nCopperleaf Vets", "Veterinary Nurse"),
        ("Re: Veterinary Nurse", "maya\nHead of Operations\nCopperleaf Vets\n555 0101", "Veterinary Nurse"),
        ("Re: your CV", "Maya\nPractice Manager\nCopperleaf Vets", None),
        ("Re: your CV", "Thanks,\nMaya\nClinic Director\nCopperleaf Vets", None),
    ],
)
def test_the_writers_post_under_her_first_name_is_not_the_title(subject, signed, title):
    result = extract(
        subject=subject,
        body=f"Hi Sam,\n\nGot your CV, thanks! We're going through them this week and will be back to you by "
        f"Monday.\n\n{signed}",
        sender="Maya Holt <maya@copperleafvets.example>",
    )

    assert result.kind is Kind.APPLICATION
    assert result.status is Status.APPLIED
    assert result.job_title == title


def test_a_cell_above_the_employer_under_another_line_is_still_read():
    result = extract(
        subject="Your application",
        body="Application received\nWarehouse Operative\nPinecrest Haulage\n\nThank you for applying. We "
        "have received your application.",
        sender="Pinecrest Haulage <jobs@pinecresthaulage.example>",
    )

    assert result.job_title == "Warehouse Operative"


def test_the_post_under_the_signers_name_above_a_letterhead_line_is_hers():
    result = extract(
        subject="Offer",
        body="Hi Mira,\n\nWe'd love to have you join us, and I'm pleased to offer you the role. The contract "
        "follows tomorrow.\n\nBest,\nTheo\n\n--\nTheo Lindqvist\nFounder & Managing Director\n"
        "Quillmark Studio Ltd · 4 Dock Lane · Bristol",
        sender="Theo Lindqvist <theo@quillmark.example>",
    )

    assert result.status is Status.OFFER
    assert result.job_title != "Founder & Managing Director"


def test_a_boards_card_keeps_its_title_above_the_employer_line():
    result = extract(
        subject="Your application was sent",
        body="Your application was sent to Quillmark Studio\n\nSenior Illustrator\n"
        "Quillmark Studio · Bristol (Hybrid)\nApplied on 3 March",
        sender="LinkedIn <jobs-noreply@linkedin.com>",
    )

    assert result.job_title == "Senior Illustrator"


@pytest.mark.parametrize(
    ("subject", "sentence", "title"),
    [
        (
            "Site Foreman role - a chat?",
            "Thanks for your CV for the Site Foreman – Civil job.",
            "Site Foreman - Civil",  # the reading writes the dash plain
        ),
        (
            "Re: Analyst",
            "You applied for our Credit Analyst - Small Business role.",
            "Credit Analyst - Small Business",
        ),
        (
            "Nurse post",
            "Thanks for applying for the Staff Nurse - Day Surgery post.",
            "Staff Nurse - Day Surgery",
        ),
        # A place after the dash is where the post is; a longer name holding the subject's is another's.
        ("Re: Barista", "Thanks for applying for the Barista - Bristol role.", "Barista"),
        (
            "Electrician role",
            "Thanks for your CV for the Maintenance Electrician - Commercial job.",
            "Electrician",
        ),
    ],
)
def test_the_field_the_body_writes_after_a_dash_before_the_posts_noun_is_the_titles(subject, sentence, title):
    result = extract(
        subject=subject,
        body=f"Hi Ana,\n\n{sentence} Could you come in on Tuesday at 10 for a chat?\n\nCheers,\nTom",
        sender="Tom Briggs <tom@hollowmere.example>",
    )

    assert result.status is Status.INTERVIEW
    assert result.job_title == title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Thank you for your application for the post of Research Assistant in Soil Science last month.",
            "Research Assistant in Soil Science",
        ),
        (
            "Thanks for applying for the Lecturer in Applied Ethics post last week.",
            "Lecturer in Applied Ethics",
        ),
        # A town after "in" is where the post is.
        ("Thanks for applying for the Research Fellow in Glasgow role last week.", "Research Fellow"),
        # A month, a season or a day after "in" is when, not the field.
        (
            "Thanks for applying for the Research Assistant in September when the grant begins.",
            "Research Assistant",
        ),
        ("Thanks for applying for the Lecturer in Spring term posts.", "Lecturer"),
    ],
)
def test_an_academic_posts_field_before_a_sentences_lowercase_word_is_the_titles(sentence, title):
    result = extract(
        subject="Your application",
        body=f"Dear Ana,\n\n{sentence} I'm afraid we have offered the post to another candidate.\n\nBest,\n"
        "Euan",
        sender="Euan Reid <e.reid@kestrelinstitute.example>",
    )

    assert result.status is Status.REJECTED
    assert result.job_title == title
