"""A brand written alone only as the head of its hiring team's name is no sign of a shorter name.

"Veloran Talent Acquisition", "The Veloran Careers Team", "Veloran HR" sign a mail whose organisation
writes itself "Veloran Bioprocess Services": the team puts the first word of the name before its own
words as a department does, which says nothing of how the organisation is named. Only a use of the brand
outside such a team's name ("your interest in Veloran", "join Veloran!") shows the brand a person types
(brand_names.py drops a descriptive tail then).
"""

from __future__ import annotations

from tracker.extraction.name_words import DEPARTMENT_WORDS
from tracker.extraction.written_words import case_folded, word_boundary, word_places

# A team's word may follow the brand after "'s" too ("Veloran's Talent Team").
_POSSESSIVE_MARKS = ("'s ", "’s ")
# "Talent Acquisition" is the one two-word name a team's first word opens; any department word is enough.
_LONGEST_TEAM_WORD = max(len(word) for word in DEPARTMENT_WORDS)


def written_beyond_its_team(brand: str, next_word: str, text: str) -> bool:
    """True when `text` writes `brand` somewhere followed neither by `next_word` (the longer name's next
    word: "Veloran Bioprocess") nor by a hiring team's word ("Veloran Careers", "Veloran HR", "Veloran's
    Talent Team"): a use of the brand as the organisation's own name."""
    folded = case_folded(text)
    lowered, tail = case_folded(brand), case_folded(f" {next_word}")
    end = len(lowered)
    return any(
        not (folded.startswith(tail, at + end) and word_boundary(folded, at + end + len(tail)))
        and not _team_word_after(folded, at + end)
        for at in word_places(lowered, folded)
    )


def _team_word_after(text: str, at: int) -> bool:
    """True when a department's word (name_words.DEPARTMENT_WORDS) follows at `at`, after one space or a
    possessive's "'s "."""
    for mark in (" ", *_POSSESSIVE_MARKS):
        if text.startswith(mark, at):
            start = at + len(mark)
            word_end = start
            limit = min(len(text), start + _LONGEST_TEAM_WORD + 1)
            while word_end < limit and text[word_end].isalpha():
                word_end += 1
            if text[start:word_end] in DEPARTMENT_WORDS and word_boundary(text, word_end):
                return True
    return False


def written_only_as_a_teams_head(name: str, text: str) -> bool:
    """True when `text` writes `name` and every time as the head of a hiring team's name ("Lumera Digital
    Recruiting", "Lumera Digital Hiring", "Lumera Digital Talent Team"): a unit's name the team signs with,
    not the organisation's."""
    folded, lowered = case_folded(text), case_folded(name)
    end = len(lowered)
    places = list(word_places(lowered, folded))
    return bool(places) and all(_team_word_after(folded, at + end) for at in places)


def fuller_than_its_team(name: str, signed: list[str], text: str) -> str | None:
    """ "Veloran Bioprocess Services" for "Veloran", read from the team's sign-off ("Veloran Talent
    Acquisition"), where the organisation signs with the fuller name, the mail writes it, and never
    writes "Veloran" alone beyond its team's name: the brand is then only the team's shorthand. None when
    there is no such name."""
    fuller = [
        form
        for form in signed
        if len(form) > len(name) + 1
        and form.startswith(f"{name} ")
        and form in text
        and not written_beyond_its_team(name, form[len(name) + 1 :].split()[0], text)
    ]
    return max(fuller, key=len) if fuller else None
