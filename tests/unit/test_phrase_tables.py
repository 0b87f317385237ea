"""The phrase tables and word lists kept as TOML (tracker/extraction/phrases/tables.py)."""

from __future__ import annotations

import re

import pytest

from tracker.extraction import phrases
from tracker.extraction.phrases.tables import accents_optional, load_language, word_list

ENGLISH = ("en_status", "en_kinds")
# JOB_WORDS (and JOB_WORDS_ENGLISH_TOO): English's own are roles.JOB_WORDS.
CATEGORIES = {category for name in ENGLISH for category in phrases.LANGUAGES[name].categories} | {
    "JOB_WORDS",
    "JOB_WORDS_ENGLISH_TOO",
}


def test_a_fragment_names_its_languages_building_blocks_as_words(tmp_path):
    (tmp_path / "xx.toml").write_text(
        "[words]\nyour = '(?:tu|su)'\n"
        "[phrases]\nREMINDER = ['\\bcompleta {your} solicitud\\b', '\\b(?:\\w+ ){0,2}encuesta']\n"
        "[names]\nstop_words = ['hola']\n",
        encoding="utf-8",
    )
    table = load_language("xx", tmp_path)
    assert table.fragments("REMINDER") == [r"\bcompleta (?:tu|su) solicitud\b", r"\b(?:\w+ ){0,2}encuesta"]
    assert table.fragments("OFFER") == []
    assert table.name_stop_words == {"hola"}


def test_a_word_missing_from_the_table_is_an_error_naming_it(tmp_path):
    misspelt = "[phrases]\nREMINDER = ['\\bcompleta {yuor} solicitud']\n"
    (tmp_path / "xx.toml").write_text(misspelt, encoding="utf-8")
    with pytest.raises(ValueError, match="yuor"):
        load_language("xx", tmp_path)


@pytest.mark.parametrize("code", ["de", "fr", "es", "nl", "pt", "it"])
def test_every_category_of_a_language_file_is_one_the_rules_read(code):
    assert set(phrases.LANGUAGES[code].categories) <= CATEGORIES
    assert phrases.LANGUAGES[code].name_stop_words


def test_a_word_list_is_one_alternation_of_its_entries_in_their_order(tmp_path):
    (tmp_path / "word_lists.toml").write_text("closers = ['steps?', 'may', 'june?']\n", encoding="utf-8")
    assert word_list("closers", tmp_path) == "steps?|may|june?"


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        (r"\bcandidature envoyée à\b", "candidature envoyee a"),
        (r"\bcandidature envoyée à\b", "candidature envoyée à"),
        (r"\bihre bewerbung für\b", "ihre bewerbung fuer"),
        (r"\bihre bewerbung für\b", "ihre bewerbung fur"),
        (r"\bsolicitação não\b", "solicitacao nao"),
        (r"\bgroße\b", "grosse"),
    ],
)
def test_a_table_fragment_reads_mail_that_lost_its_accents(fragment, text):
    assert re.search(accents_optional(fragment), text)


def test_accents_inside_a_character_class_keep_the_class_meaning():
    assert accents_optional(r"\bà[^é\n]{0,3}é") == r"\b[àa][^é\n]{0,3}[ée]"
    # "[^é]" still excludes only "é": a plain "e" after "x" matches it.
    assert re.search(accents_optional(r"\bx[^é]"), "xe")
