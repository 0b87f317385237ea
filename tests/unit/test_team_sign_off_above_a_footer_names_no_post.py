"""A receipt signed by a team above its footer's card line (invented mail): "The Loomwave Talent Team" over
"Loomwave, Inc. · 12 Main St · Austin, TX" is who signs, no card's title; the post is the one the sentence
names, which ends before the writer's own next step ("and our team will review it")."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_clause import possessive_end


@pytest.mark.parametrize(
    "sign_off",
    ["The Loomwave Talent Team", "Ana, Tom & the Loomwave People crew", "L'équipe Loomwave"],
)
def test_the_team_signing_above_the_footer_is_no_title(sign_off):
    result = extract(
        sender="Loomwave Recruiting <no-reply@us.greenhouse-mail.io>",
        subject="Thank you for applying to Loomwave",
        body="Hi Sam,\n\nThanks for your interest in Loomwave! We have received your application for Account "
        f"Executive and our team will review it shortly.\n\nBest,\n{sign_off}\n\n"
        "Loomwave, Inc. · 12 Main St · Austin, TX",
    )
    assert result.job_title == "Account Executive"


@pytest.mark.parametrize(
    ("sentence", "post"),
    [
        ("your application for Account Executive and our team will review it", "Account Executive"),
        ("Ihre Bewerbung als Lagerist (m/w/d) und wir melden uns", "Lagerist (m/w/d)"),
        ("tu candidatura al puesto de Cajero/a y nuestro equipo la revisará", "Cajero/a"),
    ],
)
def test_the_post_ends_before_the_writers_next_step(sentence, post):
    start = sentence.index(post)
    end = possessive_end(sentence, start, len(sentence))
    assert sentence[start:end] == post
