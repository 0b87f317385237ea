"""Dutch subjects wrap the post in words of the step: a contract proposal's noun before it
("Contractvoorstel X - Acme") and a follow-up's tag after it ("X - vervolg", "X – vervolgprocedure"):
neither is part of the post's name."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    "subject",
    [
        "Contractvoorstel Servicemonteur Koeltechniek - Wielhaven Installaties",
        "Contractvoorstel Servicemonteur Koeltechniek | Wielhaven Installaties",
    ],
)
def test_a_contract_proposals_noun_before_the_post_is_no_part_of_it(subject: str) -> None:
    result = extract(
        sender="Quirijn Ossewaarde <q.ossewaarde@wielhaven-installaties.nl>",
        subject=subject,
        body="Hoi Madelief,\n\nIn de bijlage zoals afgesproken.\n\nGroet,\nQuirijn",
    )
    assert result.job_title == "Servicemonteur Koeltechniek"


@pytest.mark.parametrize("tag", ["vervolg", "vervolgprocedure", "vervolggesprek"])
def test_a_follow_ups_tag_after_the_post_is_no_part_of_it(tag: str) -> None:
    result = extract(
        sender="Gemeente Oosterzijl <sollicitaties@oosterzijl.nl>",
        subject=f"Vacature Handhaver Openbare Ruimte - {tag}",
        body=(
            "Geachte heer Wolthuis,\n\nDank voor uw sollicitatie. U bent geselecteerd voor de volgende "
            "fase: wij nodigen u uit voor een gesprek op dinsdag 9 juni om 10.00 uur.\n\n"
            "Met vriendelijke groet,\nAfdeling Personeel\nGemeente Oosterzijl"
        ),
    )
    assert result.job_title == "Handhaver Openbare Ruimte"
