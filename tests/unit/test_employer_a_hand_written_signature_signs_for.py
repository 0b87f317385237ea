"""A person writing by hand signs for the place they run (in brackets after their name, after a role or a
bar, before a town): that is the employer, never the writer's own name nor the town. Invented mail."""

from tests.extraction_support import extract
from tracker.models import Kind


def test_the_organisation_in_brackets_after_the_writers_name_is_the_employer():
    result = extract(
        subject="your CV",
        body="Hi Dana, got your CV from Lou - free for a quick call tomorrow at 4? Ta, Gus (Kettle Lane "
        "Bakehouse)",
        sender="Gus Fairweather <gusf1968@gmail.com>",
    )

    assert result.kind is Kind.APPLICATION
    assert result.company == "Kettle Lane Bakehouse"


def test_a_bar_separated_signature_names_the_organisation_not_the_writer_who_signed_by_first_name():
    result = extract(
        subject="phone screen",
        body="Can you do 11am Friday? I'll call you on the number on your CV. - Anjali\n\n"
        "Anjali Rao | HR | Meridian Labs Analytics, Hyderabad",
        sender="Anjali <anjali.rao@meridianlabs.in>",
    )

    assert result.company == "Meridian Labs Analytics"


def test_a_firm_over_its_town_under_the_first_name_is_the_employer_not_the_writers_family_name():
    result = extract(
        subject="bar staff",
        body="Hi Cara, Got your CV. Can you do a trial shift Saturday from 5? Wear black.\nDes\n"
        "Fennelly's Lounge, Tralee",
        sender="Des Fennelly <des@fennellyslounge.ie>",
    )

    assert result.company == "Fennelly's Lounge"


def test_a_name_spelled_off_the_domain_takes_the_signatures_spelling_of_the_same_letters():
    result = extract(
        subject="Re: Room Leader",
        body="Hi Aisha, thanks for coming in. We won't be taking things further as we need someone with a "
        "Level 3.\n\nNell Hart\nManager, Bluebell Wood Nursery",
        sender="Nell Hart <nell.hart@bluebellwoodnursery.co.uk>",
    )

    assert result.company == "Bluebell Wood Nursery"


def test_an_organisations_own_display_name_keeps_its_reading():
    result = extract(
        subject="Your application",
        body="Hi Jo,\n\nThanks for applying for the Analyst role. We will review your application "
        "shortly.\n\nThe Brightwell Team",
        sender="Brightwell <careers@brightwell.com>",
    )

    assert result.company == "Brightwell"
