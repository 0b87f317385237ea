"""How English mail names the post, by a person or by a system: the terms a bracket lists after it, the
post an employer hires the reader into, a scheduling tool's hiring team, and the unit a letter's heading
writes after the post the subject names alone. Invented mail."""

import pytest

from tests.extraction_support import extract

# A bracket listing the post's terms (a leave it covers, its hours with its working time) is no part of its
# name; working time alone in brackets is ("Library Assistant (Part-Time)").
_TERMS_IN_BRACKETS = [
    (
        "Dear Mr Osei,\n\nThank you for your application for the post of Year 3 Teacher (maternity cover, "
        "from January). We are pleased to invite you to interview on Thursday 6 March at 9.30am.\n\n"
        "Yours sincerely\nMrs P Hallam\nHeadteacher\nWillowbrook Primary School",
        "Interview - Year 3 Teacher",
        "Year 3 Teacher",
    ),
    (
        "Good afternoon,\n\nThank you for applying for the post of Attendance Officer (Term Time Only, 30 "
        "hrs per week). The closing date is 14 April; shortlisting follows that week.\n\nKind regards\n"
        "HR Office\nFernhill Academy Trust",
        "Application received",
        "Attendance Officer",
    ),
    (
        "Hi Rosa,\n\nThanks for applying for our Kitchen Porter position (part-time, weekends). We'd like to "
        "meet you on Saturday at 3pm.\n\nCheers,\nDan\nThe Copper Pan",
        "Kitchen Porter",
        "Kitchen Porter",
    ),
    (
        "Dear Lena,\n\nWe have received your application for Finance Assistant (Parental Leave Cover, 12 "
        "months). "
        "We will be in touch after the closing date.\n\nRecruitment Team\nHollins Housing Association",
        "Your application",
        "Finance Assistant",
    ),
]


@pytest.mark.parametrize(("body", "subject", "title"), _TERMS_IN_BRACKETS)
def test_a_bracket_listing_the_posts_terms_is_left_off(body: str, subject: str, title: str) -> None:
    assert extract(body=body, subject=subject, sender="HR <jobs@example-school.org.uk>").job_title == title


def test_working_time_alone_in_brackets_stays() -> None:
    result = extract(
        sender="Marsh County Libraries <noreply@governmentjobs.com>",
        subject="Application Received - Library Assistant II (Part-Time)",
        body="Thank you for applying for Library Assistant II (Part-Time) with Marsh County Libraries. Your "
        "application will be reviewed after the closing date.",
    )
    assert result.job_title == "Library Assistant II (Part-Time)"


# An employer names the post it hires the reader into: "as our new X", "welcome you as the next X".
_HIRED_AS = [
    (
        "Hi Tomas,\n\nGreat to meet you on Tuesday. We'd love to have you on board as our new Workshop "
        "Manager, starting on 2 June at £38,000 a year. I'll send the contract over tomorrow.\n\nBest,\n"
        "Gill\nGill Archer\nOwner | Archer Cycles",
        "Workshop Manager",
    ),
    (
        "Dear Ayesha,\n\nI am delighted to welcome you as our next Practice Coordinator. Your first day will "
        "be Monday 7 July; please bring your bank details.\n\nWarm regards,\nDr Neil Farrant\nFarrant Family "
        "Dental",
        "Practice Coordinator",
    ),
    (
        "Hey Jun,\n\nThe team were unanimous: we'd like to offer you the job and bring you in as the new "
        "Head Roaster. Can we talk numbers on Friday?\n\nMia\nLantern Coffee Roasters",
        "Head Roaster",
    ),
]


@pytest.mark.parametrize(("body", "title"), _HIRED_AS)
def test_the_post_an_employer_hires_the_reader_into_is_the_title(body: str, title: str) -> None:
    assert extract(body=body, subject="Good news", sender="Boss <boss@example-firm.com>").job_title == title


def test_a_welcome_as_our_customer_names_no_post() -> None:
    result = extract(
        sender="Lantern Coffee <hello@lanterncoffee.com>",
        subject="Welcome!",
        body="We're so happy to have you on board as our new subscriber. Your first bag ships on Monday.",
    )
    assert result.job_title is None


# A scheduling tool writes the hiring team's or manager's sentence about the post.
@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("The hiring team for Warehouse Shift Lead would like to meet with you!", "Warehouse Shift Lead"),
        ("The hiring manager for Dental Receptionist has invited you to interview.", "Dental Receptionist"),
        ("The hiring panel for Grants Officer is ready to schedule your interview.", "Grants Officer"),
    ],
)
def test_a_hiring_teams_sentence_names_the_post(sentence: str, title: str) -> None:
    result = extract(
        sender='"Ridgeway Care Scheduling" <scheduling@calendly.com>',
        subject="Pick a time for your interview with Ridgeway Care",
        body=f"Hello Sam,\n\n{sentence}\n\nPlease choose a time below.\n\nRidgeway Care Talent Team",
    )
    assert result.job_title == title


# A letter's heading writes the unit or site after the post the subject names as a segment of its own.
_UNIT_THE_SUBJECT_LEAVES_OFF = [
    (
        "Research Technician (Plant Genomics) – Ref 88/2026 – Outcome of your application",
        "Re: Research Technician (Plant Genomics), Faculty of Life Sciences\n\nThank you for your "
        "application for the above position. I regret to advise that you have not been shortlisted.",
        "Research Technician (Plant Genomics)",
    ),
    (
        "Your application - Payroll Officer - Vacancy 40213",
        "Re: Payroll Officer – Corporate Finance Directorate – Vacancy 40213\n\nThank you for your recent "
        "application. We are pleased to invite you to an interview on 12 May.",
        "Payroll Officer",
    ),
    (
        "Posting #2026-071 Building Inspector - Competition Closed",
        "You applied for Posting #2026-071, Building Inspector, Planning and Development Services. The "
        "competition has been cancelled and no appointment will be made.",
        "Building Inspector",
    ),
]


@pytest.mark.parametrize(("subject", "body", "title"), _UNIT_THE_SUBJECT_LEAVES_OFF)
def test_a_unit_after_the_post_the_subject_names_alone_is_left_off(
    subject: str, body: str, title: str
) -> None:
    sender = '"Harbourside Council" <recruitment@harbourside.gov.au>'
    result = extract(sender=sender, subject=subject, body=body)
    assert result.job_title == title


def test_a_care_unit_after_the_post_stays_though_the_subject_leaves_it_off() -> None:
    result = extract(
        sender='"Kestrel Valley Health" <kestrelvalley@myworkday.com>',
        subject="Thank you for applying - Registered Nurse - R-220417",
        body="We have received your application for Registered Nurse - Intensive Care Unit - R-220417. A "
        "recruiter will be in touch.",
    )
    assert result.job_title == "Registered Nurse - Intensive Care Unit"


# A public employer's or a school district's system names the posting by its number, then the post after a
# comma; the unit after the next comma, or a bracket listing terms, is no part of it.
@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Please be advised that JobID 7120, Speech Therapist (SLP) at Maple Grove Elementary, has been "
            "closed and will not be filled.",
            "Speech Therapist (SLP)",
        ),
        (
            "You applied for Competition #2026-48, Parks Supervisor, Community Services Department. This "
            "competition has been cancelled.",
            "Parks Supervisor",
        ),
        (
            "The County has filled Posting 26-311, Water Operator II (Utilities, Permanent, 40 hrs), and "
            "thanks you for applying.",
            "Water Operator II",
        ),
    ],
)
def test_a_posting_number_then_a_comma_names_the_post(sentence: str, title: str) -> None:
    result = extract(
        sender='"Fairbanks County HR" <no-reply@applitrack.com>',
        subject="Update on your application",
        body=f"Dear Applicant,\n\n{sentence}\n\nHuman Resources\nFairbanks County",
    )
    assert result.job_title == title


# A public body pauses or closes its recruitment for a post.
@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The Trust has placed the recruitment for Senior Pharmacist (Job #44-102) on hold pending review",
            "Senior Pharmacist",
        ),
        (
            "We have decided to pause recruitment for the Youth Worker post until funding is confirmed.",
            "Youth Worker",
        ),
        (
            "The recruitment process for Building Surveyor is now closed and no appointment will be made.",
            "Building Surveyor",
        ),
    ],
)
def test_the_recruitment_for_a_post_names_it(sentence: str, title: str) -> None:
    result = extract(
        sender="Recruitment <recruitment@eastmoor.gov.uk>",
        subject="Recruitment update",
        body=f"Dear Applicant,\n\n{sentence}\n\nRecruitment Team\nEastmoor Borough Council",
    )
    assert result.job_title == title


# An agency puts the reader forward to its client for a post; the subject, when it names the post, is kept.
@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("I've submitted you to Harbor Foods for the Line Lead role (days, $21/hr).", "Line Lead"),
        (
            "I sent your CV over to Acme Logistics (Leeds) for their Transport Planner opening.",
            "Transport Planner",
        ),
        (
            "Just submitted you to Pine Valley Hospital for Travel Cath Lab RN, 13 weeks, starts 3/2.",
            "Travel Cath Lab RN",
        ),
    ],
)
def test_an_agency_putting_the_reader_forward_names_the_post(sentence: str, title: str) -> None:
    result = extract(
        sender="Kim Bell <kim@bluewaterstaffing.com>",
        subject="Quick update",
        body=f"Hi Jo,\n\nGreat chatting today. {sentence} I'll be in touch when I hear back!\n\nKim\n"
        "Kim Bell\nSenior Recruiter | Bluewater Staffing",
    )
    assert result.job_title == title


def test_an_agencys_subject_naming_the_post_is_kept_over_its_sentence() -> None:
    result = extract(
        sender="Kim Bell <kim@bluewaterstaffing.com>",
        subject="CV submitted - Contract Data Engineer",
        body="Hi Jo,\n\nI've submitted your CV to Orbit Insurance for the 12-month Data Engineer contract. "
        "I'll let you know when I hear back.\n\nKim\nBluewater Staffing",
    )
    assert result.job_title == "Contract Data Engineer"


def test_an_application_sent_for_review_names_no_post() -> None:
    result = extract(
        sender="Kim Bell <kim@bluewaterstaffing.com>",
        subject="Update",
        body="Hi Jo, I submitted your application to Orbit Insurance for review and will be in touch.\n\nKim",
    )
    assert result.job_title is None


# A bonus the advert offers after the post's name is what it pays, no part of the name.
@pytest.mark.parametrize(
    ("posting", "title"),
    [
        ("Surgical Technologist - Nights - $10K Sign On", "Surgical Technologist - Nights"),
        ("Phlebotomist ($5,000 Sign-On Bonus)", "Phlebotomist"),
        ("Delivery Driver - $1,500 Hiring Bonus", "Delivery Driver"),
    ],
)
def test_a_bonus_after_the_post_is_left_off(posting: str, title: str) -> None:
    result = extract(
        sender='"Lakeshore Health" <lakeshorehealth@myworkday.com>',
        subject=f"Thank you for applying - {posting} (R-0051234)",
        body=f"Dear Sam,\n\nWe have received your application for {posting} (R-0051234).\n\nLakeshore Health "
        "Talent Acquisition",
    )
    assert result.job_title == title


# A technician or a developer named by their field, as people and postings shorten them, is a role.
@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Pharmacy Tech - Interview", "Pharmacy Tech"),
        ("Re: Backend dev role", "Backend dev"),
        ("Vet Tech position", "Vet Tech"),
    ],
)
def test_a_shortened_technician_or_developer_is_a_role(subject: str, title: str) -> None:
    result = extract(
        sender="Dana Frost <dana@willowpets.com>",
        subject=subject,
        body="Hi Sam,\n\nThanks for applying. Could you come in on Thursday at 2pm for an interview?\n\nDana",
    )
    assert result.job_title == title


def test_tech_alone_in_a_name_is_no_role() -> None:
    result = extract(
        sender="Careers <careers@northwindtech.com>",
        subject="Your application to Northwind Tech",
        body="Thank you for applying to Northwind Tech for the Support Analyst role. We will be in touch.",
    )
    assert result.job_title == "Support Analyst"
