"""What the reader sent, received or seen, is no meeting (invented mail): Dutch "je ... ontvangen" receives
the reader at a meeting ("we ontvangen je graag op kantoor") but "we hebben je reactie ontvangen" receives
their answer to the advert, and a posting's weekly hours ("(32-38 uur)") in the same subject are no clock
time: the receipt is applied. The reader received in person stays an interview.
"""

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


def test_your_reply_received_with_weekly_hours_is_a_receipt():
    result = extract(
        **_mail(
            "Werving Korrelhof <kandidaten@korrelhofwerving.nl>",
            "Wij hebben je reactie ontvangen - Medewerker Klantenservice (32-38 uur)",
            "Beste Annelot,",
            "Bedankt voor je reactie op de vacature Medewerker Klantenservice.",
            "Een van onze consultants bekijkt je cv deze week.",
            "Team Korrelhof",
        )
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.APPLIED, result


def test_the_reader_received_at_the_office_is_an_interview():
    result = extract(
        **_mail(
            "Grietje Moerbeek <g.moerbeek@korrelhofwerving.nl>",
            "Uitnodiging",
            "Beste Annelot,",
            "Bedankt voor je sollicitatie. We ontvangen je graag donderdag om 10.00 uur op ons kantoor.",
            "Groet,\nGrietje",
        )
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.INTERVIEW, result
