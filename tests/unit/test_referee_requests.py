"""Mail asking the reader about someone else's candidacy (referee_requests.py), and the words its pattern
is gated by."""

from __future__ import annotations

from tests.pattern_samples import matching_texts
from tracker.email_reading import email_from_fields
from tracker.extraction import referee_requests
from tracker.extraction.text import prepare


def _asks_about_someone_else(subject: str, body: str) -> bool:
    email = email_from_fields("m1", "Hiring <hr@tallowmere.example>", None, subject, body)
    return referee_requests.asks_about_someone_else(prepare(email))


def test_a_candidate_naming_the_reader_as_referee_is_someone_elses_candidacy():
    body = "Dear Ms Okafor,\n\nDaniel Frey has given your name as a referee for the post of Sous Chef."
    assert _asks_about_someone_else("Reference for Daniel Frey", body)


def test_a_candidate_naming_the_reader_as_their_manager_is_someone_elses_candidacy():
    body = "Hello,\n\nPriya Nandakumar mentioned you as her former line manager at Corvell Foods."
    assert _asks_about_someone_else("A quick question", body)


def test_the_readers_own_application_is_not_someone_elses():
    body = "Thank you for applying to Tallowmere. We will review your application and be in touch."
    assert not _asks_about_someone_else("Your application", body)


def test_every_match_of_the_referee_pattern_holds_one_of_its_gate_words():
    # Drawn from every branch of the pattern itself: a gate word missing from some branch shows here.
    texts = matching_texts(referee_requests._READER_AS_REFEREE, 20000)
    assert len(texts) > 5000
    branches_hit = {text.split(" ")[0] for text in texts}
    assert len(branches_hit) > 30  # the candidate's verbs and the six languages' openings, all drawn
    for text in texts:
        assert any(word in text for word in referee_requests._REFEREE_OR_MANAGER_WORDS), text
