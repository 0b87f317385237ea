"""English mail read from its signature, its prose and its sender's display name (invented mail).

A recruiter signs their desk after a dash ("Senior Consultant – Machine Learning"): a practice area, never
an organisation. An agency's domain may leave its name's middle words off ("Kestwick Aged Care Recruitment"
from kestwickrecruitment.com.au): the name written with its trade is still the agency's own. A small
firm's owner offers the post bare: "We'd love to have you on board as Bar Supervisor". "Housing" and "Homes"
name organisations ("Kelderwick Housing Ireland CLG", "Ormesby Homes"), never a person.
"""

import pytest

from tests.extraction_support import application_row as written
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

SIGNED_BY_HAND = [
    written(
        "a_recruiters_desk_after_a_dash_is_no_employer",
        Status.INTERVIEW,
        "Orrinford Search Ltd",
        None,
        sender="Wilhelmina Tarrow <wilhelmina.tarrow@orrinfordsearch.co.uk>",
        subject="Lead Data Scientist - intro call with Head of Analytics",
        body="Hi Sam,\n\nThanks for your time on Monday. As promised I've shared your CV with my client and "
        "their Head of Analytics was really keen. She'd like to do an initial 30-minute video call with "
        "you, mostly about your forecasting work. They can do Thursday 9th at 16:00 or Friday 10th at "
        "10:00.\n\nLet me know which works and I'll send an invite.\n\nSpeak soon,\n"
        "Wilhelmina\n\nWilhelmina Tarrow\nSenior Consultant – Machine Learning\nOrrinford Search Ltd\n"
        "m: 07700 900000",
    ),
    written(
        "an_agency_whose_domain_leaves_its_middle_words_off",
        Status.REJECTED,
        "Kestwick Aged Care Recruitment",
        None,
        sender="Mirela Dunstan <mirela@kestwickrecruitment.com.au>",
        subject="Care Manager - feedback",
        body="Hi Sam,\n\nThanks again for meeting the facility manager last week. I've now had feedback from "
        "my client. Unfortunately they've decided to progress with another candidate.\n\nBest,\nMirela\n\n"
        "Mirela Dunstan\nSenior Consultant | Residential Care\nKestwick Aged Care Recruitment\n"
        "M: 0491 570 000",
    ),
    written(
        "a_small_firms_owner_offers_the_post_bare",
        Status.OFFER,
        "Tolleshunt Oyster Bar",
        "Bar Supervisor",
        sender="Ruaridh Penge <ruaridh@tolleshuntoysterbar.co.uk>",
        subject="Re: trial evening",
        body="Hi Sam,\n\nThanks for Friday, the team loved working with you.\n\nWe'd love to have you on "
        "board as Bar Supervisor. We can do £31k, full time, four days on and three off. Start date ideally "
        "1 June.\n\nI'll send the contract tomorrow.\n\nCheers,\nRuaridh\nTolleshunt Oyster Bar",
    ),
    written(
        "a_housing_bodys_display_name_over_its_system_is_no_persons",
        Status.APPLIED,
        "Kelderwick Housing Ireland CLG",
        None,
        sender="Kelderwick Housing Ireland CLG <no-reply@mail.personio.com>",
        subject="Your application: Income Officer",
        body="Dear Sam Doe,\n\nThank you for your application as Income Officer (fixed term). We have "
        "received your documents and will review them carefully.\n\nKind regards,\nPetra Lusk\n"
        "Recruitment Coordinator\n\nThis email was sent via Personio.",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), SIGNED_BY_HAND)
def test_mail_signed_by_hand_names_its_employer_and_post(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
