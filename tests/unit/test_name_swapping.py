"""The name-swap bench's swap (bench/swapping.py): whole words, in the case they were written, compact
forms inside addresses, and rows where nothing a reader sees would change left out."""

import pytest

from bench.invented_names import EMPLOYERS
from bench.swapping import Swap, compact, mentions, pick, still_names, swap_email, swap_text
from tracker.models import EmailMessage

ACME = Swap("Acme", "Quillmore")


def email(sender: str = "", subject: str = "", body: str = "") -> EmailMessage:
    return EmailMessage(message_id="m1", sender=sender, subject=subject, body=body)


def test_only_whole_words_are_replaced():
    assert (
        swap_text("Acme, Acmeville and NovAcme thank you", ACME)
        == "Quillmore, Acmeville and NovAcme thank you"
    )


@pytest.mark.parametrize(
    ("written", "swap", "expected"),
    [
        ("Welcome to ACME!", ACME, "Welcome to QUILLMORE!"),
        ("the acme team", ACME, "the quillmore team"),
        ("Acme Corp", ACME, "Quillmore Corp"),
        ("ACME", Swap("Acme", "Brantley Voss"), "BRANTLEY VOSS"),
        ("at IBM.", Swap("IBM", "Veltrana"), "at Veltrana."),
    ],
)
def test_the_new_name_takes_the_case_the_old_was_written_in(written, swap, expected):
    assert swap_text(written, swap) == expected


def test_a_possessive_stays_one():
    assert swap_text("Acme's team", ACME) == "Quillmore's team"
    assert swap_text("Acme's team", Swap("Acme", "Marlow's")) == "Marlow's team"


def test_a_name_written_with_an_html_entity_is_swapped_in_that_form():
    swap = Swap("Data & Decision Scientist", "Grant Writer")
    assert (
        swap_text("for the Data &amp; Decision Scientist position", swap) == "for the Grant Writer position"
    )
    assert swap_text("at Acme &amp; Co.", Swap("Acme & Co", "Hollis & Crane")) == "at Hollis &amp; Crane."


def test_addresses_and_links_take_the_compact_form_and_only_there():
    swap = Swap("Acme Robotics", "Brantley Voss")
    swapped = swap_text("Acme Robotics <jobs@acmerobotics.com> see https://careers.acmerobotics.com/a", swap)
    assert swapped == "Brantley Voss <jobs@brantleyvoss.com> see https://careers.brantleyvoss.com/a"


def test_a_short_compact_form_is_replaced_only_between_dots_and_dashes():
    swap = Swap("EY", "QTX")
    assert swap_text("jobs@ey.com and survey.com", swap) == "jobs@qtx.com and survey.com"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Acme Corp.", "acme"),
        ("Nuvio.ai", "nuvio"),
        ("Bäckerei Lindholm", "backereilindholm"),
        ("Hollis & Crane", "holliscrane"),
        ("Marlow's", "marlow"),
    ],
)
def test_compact_forms_are_how_addresses_write_a_name(name, expected):
    assert compact(name) == expected


def test_an_email_naming_the_employer_only_in_an_address_is_not_swapped():
    assert swap_email(email(sender="jobs@acme.com", subject="Thanks for applying"), ACME) is None


def test_an_email_is_swapped_in_sender_subject_and_body():
    swapped = swap_email(
        email("Acme Careers <no-reply@acme.com>", "Your Acme application", "Acme thanks you"), ACME
    )
    assert swapped == email(
        "Quillmore Careers <no-reply@quillmore.com>", "Your Quillmore application", "Quillmore thanks you"
    )


@pytest.mark.parametrize(
    ("text", "still"),
    [
        ("AcmeHR <hr@workday.com> Quillmore thanks you", True),
        ("Visit Acme.jobs for Quillmore's roles", True),
        ("Follow @lifeatacme", True),
        ("Quillmore thanks you; we are unable to reply", False),
    ],
)
def test_an_old_name_still_written_in_another_form_is_found(text, still):
    assert still_names(email(body=text), ACME) is still


def test_a_short_name_is_still_written_only_where_it_starts_a_word():
    swap = Swap("NAB", "Veltrana")
    assert still_names(email(sender="donotreply.nabcareers@veltrana.com.au"), swap)
    assert not still_names(email(body="We are unable to reply. Veltrana"), swap)


def test_the_invented_names_are_chosen_by_the_row_of_distinct_shapes_and_never_already_written():
    chosen = pick(EMPLOYERS, "k001:company", 3, avoid="")
    assert chosen == pick(EMPLOYERS, "k001:company", 3, avoid="")
    assert len({shape for shape, _ in chosen}) == 3
    written = " ".join(name for _, name in chosen)
    assert not any(mentions(written, name) for _, name in pick(EMPLOYERS, "k001:company", 3, avoid=written))
