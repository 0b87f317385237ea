"""A person inviting the reader to a round of their hiring, in words that name no post (invented mail), is
the reader's application's mail where it names the team that hires: "a chat with Priya (People & Culture)",
"our talent acquisition lead". A company's newsletter naming that team, with no step, is no application.
"""

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


def test_a_round_with_the_people_team_is_an_interview():
    result = extract(
        **_mail(
            "Noah Verbeek <noah@saltandsprocket.com>",
            "Re: Salt & Sprocket - coffee?",
            "Hi Mila,",
            "Good to talk on Monday! We'd like to invite you to the final round at our studio: a short "
            "presentation of the brief we discussed, then a chat with Priya (People & Culture).",
            "Thursday 4 June, 10:00-11:30, Kloveniersburgwal 12.",
            "Noah",
        )
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.INTERVIEW, result


def test_a_newsletter_naming_the_people_team_is_no_application():
    result = extract(
        **_mail(
            "Salt & Sprocket <news@saltandsprocket.com>",
            "Studio news: spring edition",
            "Hello friends,",
            "This spring our People & Culture team planted a garden on the roof, and our founders recorded a "
            "podcast episode about bicycles.",
            "Unsubscribe",
        )
    )
    assert result.kind is not Kind.APPLICATION, result
