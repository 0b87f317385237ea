"""Mail by a person about a candidacy that is not the reader's: the reader asked as someone else's referee
or former manager, and an employer's evening for those who have yet to apply. They carry a hiring step's
words (a shortlist, an interview date, an offer, a case exercise), each about another candidate or about
no candidacy at all, and are "other". The reader's own hire asks for referees in the second person and
stays the reader's. Invented mail, written from the class."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status

REFEREE_REQUESTS = [
    pytest.param(
        "Reference - Tomasz Wrobel",
        "Dear Ms Fenwick,\n\nTomasz Wrobel has been offered the post of Warehouse Team Leader with us, "
        "subject to references, and has given your name as a referee from his time at Northline Freight.\n\n"
        "Could you let me know a convenient time for a ten minute call on Thursday or Friday?\n\n"
        "Kind regards,\nLeanne Hartigan\nPeople Advisor, Coldharbour Distribution",
        "Leanne Hartigan <leanne.hartigan@coldharbourdist.co.uk>",
        id="offered_the_post_and_gave_your_name_as_a_referee",
    ),
    pytest.param(
        "Quick favour",
        "Hi Dr. Osei,\n\nWe're interviewing Ruth Campbell for a research coordinator role next Tuesday at "
        "2pm, and she listed you as a professional reference. Would you have 15 minutes on Monday to talk "
        "about her work in your lab?\n\nThanks!\nGrant Molloy\nMeadowbank Clinical Research",
        "Grant Molloy <gmolloy@meadowbankcr.org>",
        id="an_interview_date_for_the_candidate_who_listed_you",
    ),
    pytest.param(
        "Verification",
        "Dear Sir,\n\nGreetings!\n\nMs. Kavya Reddy has been selected for the role of Senior Analyst and "
        "has mentioned you as her reporting manager at her previous company. Kindly confirm her designation "
        "and tenure at the earliest.\n\nRegards,\nSuresh Pillai\nHR Operations",
        "Suresh Pillai <suresh.pillai@indigoloop.co.in>",
        id="selected_and_named_you_as_her_manager",
    ),
    pytest.param(
        "Thank you",
        "Dear Professor Lund,\n\nThank you for agreeing to act as a referee for one of our candidates, who "
        "has been shortlisted for interview on 9 June. Please send your reference before then.\n\n"
        "Best wishes,\nAnna Kerr\nRecruitment Team, Harwick College",
        "Anna Kerr <a.kerr@harwickcollege.ac.uk>",
        id="agreed_to_act_as_a_referee_before_a_shortlist",
    ),
    pytest.param(
        "Referee check: Joel Fairweather",
        "Hi Sam,\n\nJoel is through to the final round for our junior developer role and we'd love to hear "
        "from you. Are you around for a quick call tomorrow at 11?\n\nCheers,\nMia",
        "Mia Torres <mia@quartzlane.io>",
        id="a_subject_naming_whom_the_reference_is_for",
    ),
    pytest.param(
        "Referenz für Jonas Berger",
        "Sehr geehrte Frau Keller,\n\nHerr Jonas Berger hat sich bei uns als Projektleiter beworben und Sie "
        "als Referenz angegeben. Das Vorstellungsgespräch war sehr positiv. Hätten Sie am Mittwoch kurz "
        "Zeit für ein Telefonat?\n\nMit freundlichen Grüßen\nPetra Lang",
        "Petra Lang <p.lang@holzwerk-lang.de>",
        id="de_named_you_as_a_reference",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), REFEREE_REQUESTS)
def test_the_reader_asked_as_someone_elses_referee_is_other_mail(
    subject: str, body: str, sender: str
) -> None:
    result = extract(body=body, subject=subject, sender=sender)
    assert result.kind is Kind.OTHER, result


READERS_OWN_REFERENCES = [
    pytest.param(
        "References",
        "Hi Ola,\n\nGreat news: we'd like to move ahead with an offer for the Payroll Officer role. Could "
        "you send me the names and emails of two referees by Friday?\n\nThanks,\nCarys Bell\n"
        "Fernbrook Council",
        "Carys Bell <carys.bell@fernbrook.gov.uk>",
        id="an_offer_that_asks_for_your_referees",
    ),
    pytest.param(
        "Your application",
        "Dear Mr Haddad,\n\nWe have now contacted your referees and will be in touch once we have heard back "
        "from both.\n\nKind regards,\nJune Abbott\nHR, Marlow Housing Trust",
        "June Abbott <j.abbott@marlowhousing.org.uk>",
        id="your_referees_contacted",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), READERS_OWN_REFERENCES)
def test_the_readers_own_referees_asked_for_stay_the_readers_application(
    subject: str, body: str, sender: str
) -> None:
    result = extract(body=body, subject=subject, sender=sender)
    assert result.kind is Kind.APPLICATION, result


EVENTS_BEFORE_APPLYING = [
    pytest.param(
        "Join us for an insight evening",
        "Hi Freya,\n\nLovely to chat at the careers fair on Tuesday. I'd like to invite you to our insight "
        "evening on 3 March, 6-8pm, where you'll try a short audit case study with our trainees and meet the "
        "partners.\n\nOur trainee scheme applications open in April, so it's a great chance to get to know "
        "us first.\n\nBest,\nOwen Lacey\nEarly Careers, Brantwood & Cole LLP",
        "Owen Lacey <owen.lacey@brantwoodcole.co.uk>",
        id="an_insight_evening_with_a_case_study_before_applications_open",
    ),
    pytest.param(
        "Info session",
        "Hi Marco,\n\nThanks for your interest in Silverbay Robotics! We're running an online info session "
        "about our internship program on 14 November at 5pm, with a Q&A with last summer's interns. "
        "Applications will open the week after.\n\nCheers,\nLena\nUniversity Recruiting",
        "Lena Voigt <lena.voigt@silverbayrobotics.com>",
        id="thanks_for_your_interest_then_an_info_session",
    ),
    pytest.param(
        "Come and meet us",
        "Hi Priti,\n\nWe'd love to see you at our networking evening for final-year engineers on 20 January. "
        "It's a relaxed way to meet the team before you apply, and there'll be a short interview skills "
        "workshop too.\n\nKind regards,\nTom Ashe\nGraduate Recruitment",
        "Tom Ashe <tom.ashe@kelsallengineering.co.uk>",
        id="a_networking_evening_before_you_apply",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), EVENTS_BEFORE_APPLYING)
def test_an_employers_evening_for_those_yet_to_apply_is_other_mail(
    subject: str, body: str, sender: str
) -> None:
    result = extract(body=body, subject=subject, sender=sender)
    assert result.kind is Kind.OTHER, result


def test_a_rejection_that_invites_the_reader_to_apply_when_applications_open_again_stays_a_rejection() -> (
    None
):
    result = extract(
        subject="Your application - Graduate Surveyor",
        body="Dear Ines,\n\nThank you for applying. Unfortunately we will not be progressing your "
        "application this year. Applications open again in September and we'd encourage you to apply.\n\n"
        "Best wishes,\nRuth Pollard\nGraduate Recruitment, Tallis Property",
        sender="Ruth Pollard <ruth.pollard@tallisproperty.co.uk>",
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.REJECTED, result


# The reader's own mail that names them "as" a reference or a manager in another sense: a number to quote
# as a reference when calling, a team that will have the reader as its new manager. No candidate named the
# reader; the step is the reader's own.
READERS_OWN_MAIL_WITH_AS_A_REFERENCE = [
    pytest.param(
        "Interview - Stock Controller",
        "Hi Dominic,\n\nWe'd like to invite you to an interview for the Stock Controller role on Wednesday "
        "at 10am. If you need to rearrange, call reception and give your number as a reference."
        "\n\nKind regards,\nHelga Nystrom\nPeople Team, Brackenfield Supplies",
        "Helga Nystrom <helga.nystrom@brackenfieldsupplies.co.uk>",
        id="a_candidate_number_quoted_as_a_reference",
    ),
    pytest.param(
        "Offer - Shift Manager",
        "Hi Lorna,\n\nI'm delighted to offer you the Shift Manager position at our Eastgate site. The "
        "whole crew can't wait to have you as their new shift manager.\n\nBest wishes,\nPavel Ostrowski\n"
        "Operations, Tidewell Bakeries",
        "Pavel Ostrowski <pavel.ostrowski@tidewellbakeries.com>",
        id="a_team_that_will_have_you_as_their_manager",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), READERS_OWN_MAIL_WITH_AS_A_REFERENCE)
def test_the_reader_named_as_a_reference_or_manager_in_their_own_mail_stays_their_application(
    subject: str, body: str, sender: str
) -> None:
    result = extract(body=body, subject=subject, sender=sender)
    assert result.kind is Kind.APPLICATION, result
