"""A clause's pronoun left alone at the end of what a sentence's reading captured (invented mail):
"Beleidsmedewerker Wonen die wij ..." names the post "Beleidsmedewerker Wonen"; the pronoun opens the
sentence going on after it ("die", "dat", "che", "que", "qui", "which", "who"), whatever follows it.
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_clause import clause_end


@pytest.mark.parametrize(
    ("read", "title"),
    [
        ("Beleidsmedewerker Wonen die", "Beleidsmedewerker Wonen"),
        ("Medewerker Klantenservice dat", "Medewerker Klantenservice"),
        ("Addetto Vendite che", "Addetto Vendite"),
        ("Analista Contable que", "Analista Contable"),
        ("Chargé de Clientèle qui", "Chargé de Clientèle"),
        ("Data Analyst which", "Data Analyst"),
        ("Site Manager who", "Site Manager"),
    ],
)
def test_a_pronoun_left_at_the_end_of_the_title_read_is_cut(read, title):
    body = f"the post {read} we spoke about"
    start = body.index(read)
    assert body[start : clause_end(body, start, start + len(read))] == title


def test_a_pronoun_inside_a_posts_name_is_kept_when_capitalised():
    body = "the post Medewerker Die Hard Fans we spoke about"
    start = body.index("Medewerker")
    end = start + len("Medewerker Die Hard Fans")
    assert clause_end(body, start, end) == end


def test_a_dutch_receipt_reads_the_post_without_the_relative_pronoun():
    result = extract(
        sender="Werving <noreply@werkenbij.example.nl>",
        subject="Je sollicitatie",
        body="Beste Sanne,\n\nBedankt voor je sollicitatie als Beleidsmedewerker Wonen die wij hebben "
        "ontvangen bij Gemeente Zwolle.\n\nMet vriendelijke groet",
    )
    assert result.job_title == "Beleidsmedewerker Wonen"
