"""A sign-off laid out like a job card is the writer's, not the post's (tracker/extraction/title_cards.py):
a hiring team over the firm's address line ("The Acme Talent Team" / "Acme Inc. · 1 Main St"), or a
recruiter's own name or role beside her firm ("Talent Partner · Acme", "Ida Berg · Founder"). Read so,
the receipt and the recruiter's next mail named two posts, and `track` split one application in two.
Invented mail.
"""

from tests.extraction_support import extract

_ATS = "Corvane Recruiting <no-reply@us.greenhouse-mail.io>"
_RECRUITER = '"Ida Berg" <ida.berg@corvane.example>'


def test_a_hiring_team_over_the_firms_address_line_is_no_title():
    reading = extract(
        sender=_ATS,
        subject="Thank you for applying to Corvane",
        body="Hi Ana,\n\nThanks for your interest in Corvane! We've received your application for Account "
        "Manager and our team will review it shortly.\n\nBest,\nThe Corvane Talent Team\n\n"
        "Corvane Cloud, Inc. · 12 Harbour St · Boston, MA",
    )
    assert reading.job_title == "Account Manager"


def test_a_recruiters_role_beside_her_firm_is_no_title():
    reading = extract(
        sender=_RECRUITER,
        subject="Corvane - take-home assignment",
        body="Hi Ana,\n\nGreat chatting with you on Monday! As discussed, here's the take-home for the "
        "Account Manager role.\n\nCheers,\nIda\nTalent Partner · Corvane Energy",
    )
    assert reading.job_title == "Account Manager"


def test_a_job_boards_card_for_a_recruiting_post_keeps_its_title():
    reading = extract(
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Your application was sent to Corvane",
        body="Your application was sent to Corvane\n\nTalent Partner\nCorvane · Boston, MA\n\nApplied on "
        "March 3",
    )
    assert reading.job_title == "Talent Partner"


def test_the_writers_own_name_beside_her_firm_is_no_title():
    reading = extract(
        sender='"Ida Berg" <ida.berg@corvane.example>',
        subject="Kurzes Kennenlernen?",
        body="Hallo Ana,\n\ndanke für deine Bewerbung! Hast du Lust auf einen kurzen Call am "
        "Donnerstag um 16 Uhr?\n\nGrüße\nIda\n--\nIda Berg · Gründerin\nCorvane Studio · corvane.example",
    )
    assert reading.job_title is None
