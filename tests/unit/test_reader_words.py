"""The reader addressed, written once for the readers that ask whether a sentence speaks to its reader
(invented sentences): each reader takes the subsets its question needs."""

import re

from tracker.extraction import reader_words


def _addresses(sentence: str, body: str) -> bool:
    return re.search(rf"\b(?:{body})\b", sentence) is not None


def test_every_form_names_the_reader_in_the_seven_languages():
    every = reader_words.alternation(reader_words.EVERY_FORM, reader_words.DUTCH)
    for sentence in (
        "you'll hear from us soon",
        "nous vous contacterons",
        "wir melden uns bei ihnen",
        "le enviaremos a usted los detalles",
        "wij nemen contact met u op",
        "entraremos em contacto com você",
        "la contatteremo per lei",
    ):
        assert _addresses(sentence, every), sentence


def test_dutch_forms_stand_apart_because_je_is_french_for_i():
    without_dutch = reader_words.alternation(reader_words.EVERY_FORM)
    assert not _addresses("je serai présente jeudi", without_dutch)
    assert _addresses("je bent uitgenodigd", reader_words.alternation(reader_words.DUTCH))


def test_words_a_third_person_also_owns_can_be_left_out():
    leaving = reader_words.alternation(reader_words.EVERY_FORM, leaving_out=reader_words.THIRD_PERSON_TOO)
    assert not _addresses("estaré en la oficina con su equipo el jueves", leaving)
    assert _addresses("estaré con usted el jueves", leaving)


def test_a_word_is_matched_whole_not_inside_another():
    possessive = reader_words.alternation(reader_words.POSSESSIVE)
    assert not _addresses("the tuesday meeting", possessive)  # "tu" inside a word
    assert _addresses("ihren lebenslauf", possessive)
