"""The post a person names in their own mail (invented mail): capitalised words before a post's noun, with
no role's word among them ("the Cellar Door Host role"); a sentence going on after the post ("based in ...",
"under the ... Programme", "posting on ..."); the area or branch in brackets after it ("(North)", "(Marsabit
County)", "(Harbour Road Branch)") and the board it was posted on ("(Seek)"); the subject's news after a dash
("– Acknowledgement"); the thread's subject naming the post whole where the sentence names it loosely; and
the employer's name, written without its company word, heading the subject's post.
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_cleaning import clean_title

_SENDER = '"Ines Varga" <ines@tallowcreekcider.com>'


def _mail(sentence: str, subject: str = "Re: CV") -> dict[str, str]:
    body = f"Hi Theo,\n\n{sentence} Could you come by on Thursday at 10am?\n\nInes\nTallow Creek Cider"
    return {"sender": _SENDER, "subject": subject, "body": body}


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Thanks for your interest in the Cellar Door Host role.", "Cellar Door Host"),
        ("I'd like to talk to you about our Orchard Crew Chief position.", "Orchard Crew Chief"),
        ("We've offered the Tasting Room Host job to another applicant.", "Tasting Room Host"),
        ("Your CV came through for the Head of Cider Making vacancy.", "Head of Cider Making"),
    ],
)
def test_capitalised_words_before_a_post_noun_name_the_post(sentence: str, title: str) -> None:
    assert extract(**_mail(sentence)).job_title == title


@pytest.mark.parametrize(
    "sentence",
    ["I'd like to talk to you about the Remote role.", "I'd like to talk to you about the new position."],
)
def test_one_capitalised_word_or_none_before_a_post_noun_names_no_post(sentence: str) -> None:
    assert extract(**_mail(sentence)).job_title is None


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Thank you for your application for the position of Field Agronomist based in Mombasa.",
            "Field Agronomist",
        ),
        (
            "Thank you for applying for the position of Graduate Surveyor under the Kelmscott Early Careers "
            "Scheme 2027.",
            "Graduate Surveyor",
        ),
        ("Thanks for applying to our Payroll Coordinator posting on Seek.", "Payroll Coordinator"),
    ],
)
def test_a_post_ends_where_the_sentence_goes_on(sentence: str, title: str) -> None:
    assert extract(**_mail(sentence)).job_title == title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Tenancy Officer (North)", "Tenancy Officer"),
        ("Tenancy Officer (South West)", "Tenancy Officer"),
        ("Programme Officer (Marsabit County)", "Programme Officer"),
        ("Loans Officer (Harbour Road Branch)", "Loans Officer"),
        ("Area Sales Lead (Western Region)", "Area Sales Lead"),
        ("Payroll Coordinator (Seek)", "Payroll Coordinator"),
        ("Finance Clerk (Head Office)", "Finance Clerk"),
        ("Field Officer (Nairobi Office)", "Field Officer"),
    ],
)
def test_the_area_branch_or_board_in_brackets_is_no_part_of_the_post(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    "title",
    [
        "Backend Developer (Billing)",
        "Conveyancing Assistant (Residential)",
        "Graduate Programme (ADP)",
        "Support Advisor (Northern Ireland Accounts)",
        # An office that is a unit of the organisation, not a place it has.
        "Receptionist (Front Office)",
        "Communications Assistant (Press Office)",
        "Policy Adviser (Private Office)",
    ],
)
def test_a_field_unit_or_acronym_in_brackets_stays(title: str) -> None:
    assert clean_title(title)[0] == title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Credit Officer – Acknowledgement", "Credit Officer"),
        ("Credit Officer - Outcome", "Credit Officer"),
        ("Credit Officer: Acknowledgement of Receipt", "Credit Officer"),
    ],
)
def test_a_subjects_news_after_the_post_is_no_part_of_it(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


def test_the_threads_subject_names_the_post_whole_where_the_sentence_names_it_loosely() -> None:
    result = extract(
        sender='"Dr Maren Olafsen" <m.olafsen@brightwater.ac.uk>',
        subject="Interview - Postdoctoral Researcher, Glacial Hydrology (Ref 22817)",
        body=(
            "Dear Dr Quayle,\n\nThank you for applying for the Postdoctoral Researcher post in my group. I'd "
            "like to invite you to interview on 4 March at 11:00.\n\nBest wishes,\nMaren\n\nSchool of Earth "
            "Sciences, University of Brightwater"
        ),
    )

    assert result.job_title == "Postdoctoral Researcher, Glacial Hydrology"


def test_a_sentence_naming_the_post_alone_keeps_it_when_the_subject_adds_no_field() -> None:
    result = extract(
        sender='"Dr Maren Olafsen" <m.olafsen@brightwater.ac.uk>',
        subject="Interview - Postdoctoral Researcher (Ref 22817)",
        body=(
            "Dear Dr Quayle,\n\nThank you for applying for the Postdoctoral Researcher post in my group. I'd "
            "like to invite you to interview on 4 March at 11:00.\n\nBest wishes,\nMaren\n\nSchool of Earth "
            "Sciences, University of Brightwater"
        ),
    )

    assert result.job_title == "Postdoctoral Researcher"


def test_the_employers_name_written_short_heading_the_subjects_post_is_no_part_of_it() -> None:
    result = extract(
        sender='"Corin Lask" <corin@pinfoldtalent.com>',
        subject="Submitted - Brackwater Mills Payroll Analyst",
        body=(
            "Hi Nadia,\n\nGood to talk earlier. I've put your CV forward to Brackwater Mills Corporation "
            "today and will let you know as soon as they come back to me.\n\nCorin\nPinfold Talent"
        ),
    )

    assert result.job_title == "Payroll Analyst"


def test_a_unit_the_body_writes_the_post_as_sitting_in_is_no_part_of_it() -> None:
    result = extract(
        sender='"Dr Maren Olafsen" <m.olafsen@brightwater.ac.uk>',
        subject="Application - Lab Technician, Kelp Genomics Lab",
        body=(
            "Dear Mr Quayle,\n\nThis is to acknowledge your application for the Lab Technician position in "
            "the Kelp Genomics Lab. We will be in touch after the closing date.\n\nMaren Olafsen\nUniversity "
            "of Brightwater"
        ),
    )

    assert result.job_title == "Lab Technician"
