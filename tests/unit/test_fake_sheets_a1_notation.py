"""A1 notation as the fake Sheets API parses and echoes it."""

from __future__ import annotations

import pytest

from devstack.fake_google.a1 import A1Error, A1Range, column_index, column_letters, format_a1, parse_a1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sheet1!A1:F10", A1Range("Sheet1", 0, 0, 9, 5)),
        ("Sheet1!A:F", A1Range("Sheet1", 0, 0, None, 5)),
        ("A2:F", A1Range(None, 1, 0, None, 5, bare_text="A2:F")),
        ("B3", A1Range(None, 2, 1, 2, 1, single_cell=True, bare_text="B3")),
        ("Sheet1!2:5", A1Range("Sheet1", 1, 0, 4, None)),
        ("Sheet1!$A$1:$B$2", A1Range("Sheet1", 0, 0, 1, 1)),
        ("Sheet1!b2:a1", A1Range("Sheet1", 0, 0, 1, 1)),
        ("'My Sheet'!A1:B2", A1Range("My Sheet", 0, 0, 1, 1)),
        ("'Bob''s apps'!C3", A1Range("Bob's apps", 2, 2, 2, 2, single_cell=True)),
        ("'a!b'!A1", A1Range("a!b", 0, 0, 0, 0, single_cell=True)),
        ("Sheet1", A1Range("Sheet1")),
        ("'Q1 2024'", A1Range("Q1 2024")),
    ],
)
def test_ranges_parse_to_zero_based_bounds(text, expected):
    assert parse_a1(text) == expected


@pytest.mark.parametrize(
    "text", ["", "Sheet1!", "!A1", "Sheet1!A0", "Sheet1!A1:B2:C3", "Sheet1!5", "'open!A1"]
)
def test_malformed_ranges_are_refused(text):
    with pytest.raises(A1Error):
        parse_a1(text)


def test_a_sheet_only_range_covers_the_whole_sheet():
    assert parse_a1("Applications").whole_sheet
    assert not parse_a1("Applications!A1").whole_sheet


@pytest.mark.parametrize(
    ("letters", "index"), [("A", 0), ("Z", 25), ("AA", 26), ("AZ", 51), ("ZZ", 701), ("AAA", 702)]
)
def test_column_letters_and_indexes_are_inverse(letters, index):
    assert column_index(letters) == index
    assert column_letters(index) == letters


def test_echoed_ranges_quote_only_names_that_need_it():
    assert format_a1("Sheet1", 0, 0, 9, 5) == "Sheet1!A1:F10"
    assert format_a1("Sheet1", 2, 1, 2, 1) == "Sheet1!B3"
    assert format_a1("Bob's apps", 0, 0, 0, 1) == "'Bob''s apps'!A1:B1"
