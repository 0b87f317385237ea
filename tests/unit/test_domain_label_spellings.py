"""Whether a domain's label spells a name is read by one function (written_expansions.spells_label), each
reader asking it in its own way: a sign-off's name may leave any word out of its label, an expansion reads
its words in order or with the last first. Invented names."""

from __future__ import annotations

import pytest

from tracker.extraction.written_expansions import spells_label

# How domain_signed_names asks: any word after the first may be left out, two words used at least.
_SIGNED = {"any_left_out": True, "fewest_words": 2, "last_first": False}


@pytest.mark.parametrize(
    "name, label",
    [
        ("Hale & Pine Studio", "haleandpinestudio"),
        ("Hale & Pine Studio", "studiohaleandpine"),
        ("Brookfield Family Health Team", "brookfieldfht"),
        ("Rock & Roll Diner", "rocknrolldiner"),
    ],
)
def test_an_expansion_reads_each_word_whole_by_its_initial_or_a_connector_left_out(name, label):
    assert spells_label(name.split(), label)


def test_an_expansion_leaves_out_no_word_but_a_connector():
    assert not spells_label(["Saint", "Oswin", "Church", "of", "England", "Academy"], "saintoswinacademy")


@pytest.mark.parametrize(
    "name, label",
    [
        ("Saint Oswin Church of England Academy", "saintoswinacademy"),
        ("Fenwold Unified School District", "fenwoldusd"),
        ("Rock & Roll Diner", "rocknrolldiner"),
        ("Rock & Roll Diner", "rockandrolldiner"),
    ],
)
def test_a_sign_offs_name_may_leave_any_word_out_of_its_label(name, label):
    assert spells_label(name.split(), label, **_SIGNED)


def test_a_sign_offs_name_uses_two_words_at_least_and_keeps_its_order():
    assert not spells_label(["Fenwold"], "fenwold", **_SIGNED)
    assert not spells_label(["Pine", "Studio", "Hale"], "halepinestudio", **_SIGNED)
