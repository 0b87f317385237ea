"""A board no list knows is told by its voice: it speaks of the employer in the third person ("the
employer will contact you") and names another organisation where an employer's name stands; its own
name, in the display name and the footer, is then no employer's. Its phrases name the employer's step
("shortlisted by X"), whom it handed the CV to ("forwarded to the employer X") and the post."""

from tests.extraction_support import extract
from tracker.extraction.board_voice import speaks_of_the_employer


def test_an_unknown_board_speaking_of_the_employer_relays_the_employer_it_names() -> None:
    result = extract(
        "Hi Grace,\n\nYour application for Stores Clerk at Mvule Breweries has been sent.\n\n"
        "The employer will contact you if you are shortlisted.\n\nTeam Kaziboard\nKaziboard Ltd, Nairobi",
        subject="Application sent: Stores Clerk",
        sender="Kaziboard <noreply@kaziboard.co.ke>",
    )
    assert result.company == "Mvule Breweries"
    assert result.job_title == "Stores Clerk"


def test_an_employer_naming_itself_is_not_read_as_a_board() -> None:
    result = extract(
        "Dear Tariq,\n\nThank you for applying to Sandgrouse Logistics for the Fleet Planner position. "
        "Our recruiter will contact you if you are shortlisted.\n\nSandgrouse Logistics Talent Team",
        subject="Your application to Sandgrouse Logistics",
        sender="Sandgrouse Logistics <careers@sandgrouselogistics.com>",
    )
    assert result.company == "Sandgrouse Logistics"


def test_the_third_person_employer_is_a_boards_voice_and_our_team_is_not() -> None:
    assert speaks_of_the_employer("the employer will contact you if you are shortlisted.")
    assert speaks_of_the_employer("the advertiser may be in touch")
    assert not speaks_of_the_employer("our team will contact you if you are shortlisted.")
    assert not speaks_of_the_employer("the employer of record is acme payroll.")


def test_an_application_shortlisted_by_an_employer_names_that_employer() -> None:
    result = extract(
        "Dear Ravi,\n\nYour application for Data Analyst has been shortlisted by Indigo Lattice.\n\n"
        "The recruiter will get in touch with you soon.",
        subject="You have been shortlisted",
        sender="Hirelane <noreply@hirelane.in>",
    )
    assert result.company == "Indigo Lattice"


def test_a_cv_forwarded_to_the_employer_for_a_vacancy_names_both() -> None:
    result = extract(
        "Dear Sir/Madam,\n\nYour CV has been forwarded to the employer Qamar Telecom for the vacancy "
        "Network Engineer.\n\nRegards,\nNaukrigulf Team",
        subject="CV forwarded",
        sender="Naukrigulf <alerts@naukrigulf.com>",
    )
    assert result.company == "Qamar Telecom"
    assert result.job_title == "Network Engineer"


def test_an_employer_shortlisting_you_for_a_post_names_the_post() -> None:
    result = extract(
        "Hi Lerato,\n\nGood news! Umbrella Grocers has shortlisted you for Cashier. They will contact you "
        "shortly.\n\nCareers24",
        subject="You've been shortlisted",
        sender="Careers24 <no-reply@careers24.com>",
    )
    assert result.company == "Umbrella Grocers"
    assert result.job_title == "Cashier"


def test_an_agencys_update_on_your_application_subject_names_the_post_after_the_news() -> None:
    result = extract(
        "Dear Khalid,\n\nI have now had feedback from my client on the role. Unfortunately they have decided "
        "to proceed with other candidates.\n\nKind regards,\nSaif\nDune Talent Partners",
        subject="Update on your application - Fleet Controller",
        sender="Saif Q <saif@dunetalentpartners.ae>",
    )
    assert result.job_title == "Fleet Controller"
