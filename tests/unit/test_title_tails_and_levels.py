"""A title's place written with its area, a posting number or a notice's unit after it are no part of the
post's name; a Flemish level or a level named by its letter is.

A hospitality venue named after a post's dash ("Line Cook - Copper Ridge Lodge") is where the post is
worked, cut like any site; a shift or a unit after the dash stays the title's.
"""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_cleaning import clean_title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        # A town with its province in brackets, or with its state's code after a dash.
        ("Técnico de Mantenimiento - Olot (Girona)", "Técnico de Mantenimiento"),
        ("Operario/a de Producción - Getafe (Madrid)", "Operario/a de Producción"),
        ("Vendedor Externo | Montes Claros - MG", "Vendedor Externo"),
        ("Analista Fiscal | Ribeirão Preto - SP", "Analista Fiscal"),
        # A sales area named by its town, with the town's quarter perhaps.
        ("Gestore Clienti Retail - Area Verona Nord", "Gestore Clienti Retail"),
        ("Consulente Commerciale - Zona di Bergamo", "Consulente Commerciale"),
    ],
)
def test_a_place_with_its_area_after_the_title_is_cut(raw, title):
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    "raw",
    [
        "Account Executive - Area Sales",
        "Engineer - Region Operations",
        "Analyst - Risk (Credit)",
        "Koch/Köchin",
        # A bracket after a town that says the post's terms is no region of the town.
        "Teaching Assistant - Reading (Maternity Cover)",
        "Care Worker - Harrogate (Parental Leave Cover)",
    ],
)
def test_a_team_or_field_after_the_dash_stays(raw):
    assert clean_title(raw)[0] == raw


@pytest.mark.parametrize(
    ("raw", "title", "code"),
    [
        ("Library Clerk II, Posting #31-104", "Library Clerk II", "31-104"),
        ("Park Ranger - Posting No. 2026-18", "Park Ranger", "2026-18"),
    ],
)
def test_a_posting_number_after_the_title_is_its_requisition(raw, title, code):
    assert clean_title(raw) == (title, code)


def test_a_notices_labelled_directorate_and_its_verb_after_the_post_are_cut():
    result = extract(
        sender="Recruitment - Kestrel Bay Municipality <recruitment@kestrelbay.gov.za>",
        subject="Notice of withdrawal of advertised post",
        body=(
            "Dear Applicant\n\nYour application for the post of Senior Records Clerk (Ref: KBM/CS/07/2026), "
            "Directorate: Corporate Services, refers.\n\nKindly be advised that the post has been withdrawn "
            "and will not be filled.\n\nRegards\nHuman Resources\nKestrel Bay Municipality"
        ),
    )
    assert result.job_title == "Senior Records Clerk"


@pytest.mark.parametrize(
    "raw",
    [
        "Consulent Werk (niveau B)",
    ],
)
def test_a_flemish_level_is_the_posts_rank_and_stays(raw):
    assert clean_title(raw)[0] == raw


@pytest.mark.parametrize(
    ("tagged", "title"),
    [
        ("Adviseur Ruimtelijke Ordening (schaal 10)", "Adviseur Ruimtelijke Ordening"),
        ("Docent Verpleegkunde (0,6 fte)", "Docent Verpleegkunde"),
    ],
)
def test_a_pay_scale_or_share_of_a_week_still_leaves_the_title(tagged, title):
    assert clean_title(tagged)[0] == title


@pytest.mark.parametrize("title", ["Research Assistant (Level A)", "Associate Lecturer (Level B)"])
def test_a_level_named_by_its_letter_in_brackets_ends_the_title(title):
    result = extract(
        sender="Dr Ana Ruiz <a.ruiz@southbay.edu.au>",
        subject="Your application",
        body=(
            f"Dear Tom,\n\nThanks for your application for the {title} position in my group. It has come "
            "through on the university system, so there is nothing else you need to do.\n\nBest wishes,\nAna"
            "\n\nDr Ana Ruiz\nSouthbay University"
        ),
    )
    assert result.job_title == title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        # A site's kind, then the town it is in: where the post is worked.
        ("Cocinero/a - Restaurante en Gijón", "Cocinero/a"),
        ("Vendedor - Loja em Braga", "Vendedor"),
        # A university's pay group with the post's share of a full week.
        ("Lektor/in (E13, 50%)", "Lektor/in"),
        ("Doktorand Chemie (EG 13 / 75 %)", "Doktorand Chemie"),
        # The posting's noun before the post in a subject.
        ("Ausschreibung Bibliothekar/in (E9, 100%)", "Bibliothekar/in"),
        ("Stellenausschreibung Laborant/in", "Laborant/in"),
    ],
)
def test_a_sites_town_a_pay_group_with_its_share_and_a_posting_noun_leave_the_title(raw, title):
    assert clean_title(raw)[0] == title


def test_a_language_level_alone_in_brackets_stays():
    assert clean_title("Deutschlehrer/in (C1)")[0] == "Deutschlehrer/in (C1)"


_SENDER = '"Marlowe Leisure Group" <jobs@marlowe.jobvite-mail.com>'


@pytest.mark.parametrize(
    ("post", "title"),
    [
        ("Line Cook - Copper Ridge Lodge", "Line Cook"),
        ("Sous Chef - The Old Quay Inn", "Sous Chef"),
        ("Room Attendant - Saltmarsh Bay Resort", "Room Attendant"),
        ("Line Cook - Night Shift", "Line Cook - Night Shift"),
        ("Staff Nurse - Cardiology Unit", "Staff Nurse - Cardiology Unit"),
    ],
)
def test_a_venue_after_the_dash_is_where_the_post_is(post, title):
    result = extract(sender=_SENDER, subject=f"An update on your application for {post}")
    assert result.job_title == title
