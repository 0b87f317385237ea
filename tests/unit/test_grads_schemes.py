"""Graduate schemes and internships: one application's steps come from many senders (the scheme's own
system, assessment vendors, a person), each naming the employer or the scheme its own way (invented mail)."""

from tests.extraction_support import extract
from tracker.compatible_spellings import compatible_titles
from tracker.models import Kind
from tracker.names import company_key, title_key


def test_a_vendor_whose_display_name_is_its_name_and_a_legal_form_names_no_employer():
    result = extract(
        sender="Criteria Corp <no-reply@criteriacorp.com>",
        subject="Halvorsen Maritime AG: Online-Test für Ihre Bewerbung",
        body="Hallo Alex,\n\nHalvorsen Maritime AG bittet Sie, im Rahmen Ihres Bewerbungsprozesses einen "
        "kurzen Online-Test abzuschließen. Dauer: ca. 20 Minuten.\n\nCriteria Corp",
    )
    assert result.kind is Kind.APPLICATION
    assert result.company is not None and company_key(result.company) == "halvorsen maritime"


def test_a_schemes_follow_up_writing_its_short_name_keeps_the_name_its_display_name_writes_whole():
    result = extract(
        sender="Civic Service Fast Track <fasttrack@notify.example.gov.uk>",
        subject="Action required: complete your Fast Track online tests",
        body="Dear Alex,\n\nYou are now invited to complete the Fast Track online tests: a situational "
        "judgement test and a numerical reasoning test.\n\nDeadline: 16 October.\n\nFast Track Recruitment",
    )
    assert result.company == "Civic Service Fast Track"


def test_a_graduate_recruiters_legal_name_keys_as_its_brand():
    assert company_key("PricewaterhouseCoopers LLP") == company_key("PwC")
    assert company_key("Ernst & Young LLP") == company_key("EY")


def test_a_schemes_stream_written_as_a_programme_is_the_schemes_title():
    scheme = title_key("2026 Graduate Programme - Audit & Assurance")
    assert compatible_titles(title_key("Audit & Assurance programme"), scheme)
    assert not compatible_titles(title_key("Consulting programme"), scheme)


def test_a_programme_word_is_no_stream_outside_a_schemes_title():
    assert not compatible_titles(title_key("Marketing programme"), title_key("Marketing Manager"))
