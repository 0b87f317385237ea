"""A domain whose last level is a word of the name (invented mail): "solvia.energy" writes "Solvia Energy"
whole, its label and the word after its dot, so a mail signed "Solvia Energy" from it names "Solvia Energy",
not "Solvia" as a label alone would."""

from tests.extraction_support import extract


def test_a_signature_with_the_domains_word_names_the_whole_name():
    result = extract(
        sender="Maren Holt <maren.holt@solvia.energy>",
        subject="Solvia - next steps",
        body="Hi Tom,\n\nThanks for the chat on Monday! Here is the case study for the Analytics Engineer "
        "role. Please send it back by Friday and we will book the final interview.\n\nBest,\nMaren\n"
        "People Partner · Solvia Energy",
    )
    assert result.company == "Solvia Energy"


def test_a_country_domain_spells_no_word():
    result = extract(
        sender="Maren Holt <maren.holt@solvia.de>",
        subject="Solvia - next steps",
        body="Hi Tom,\n\nThanks for the chat on Monday! Here is the case study for the Analytics Engineer "
        "role. Please send it back by Friday and we will book the final interview.\n\nBest,\nMaren\n"
        "People Partner · Solvia",
    )
    assert result.company == "Solvia"


def test_a_domain_whose_word_is_its_careers_mailbox_names_the_organisation_alone():
    result = extract(
        sender="Talvora <hello@talvora.careers>",
        subject="Your application for Data Analyst",
        body="Hi Sam,\n\nThank you for applying for the Data Analyst role. We will review your application "
        "and be in touch.\n\nBest,\nTalvora Careers",
    )
    assert result.company == "Talvora"


def test_a_domain_whose_word_is_its_team_names_the_organisation_alone():
    result = extract(
        sender="Talvora <hello@talvora.team>",
        subject="Your application for Data Analyst",
        body="Hi Sam,\n\nThank you for applying for the Data Analyst role. We will review your application "
        "and be in touch.\n\nBest,\nTalvora Team",
    )
    assert result.company == "Talvora"
