"""Which of several open applications at its employer a mail naming no title is about, by the words its
subject writes: a person names the role in passing ("Panel interview with the stepdown night team"). Asked by
tracker/regrouping.py where matching (tracker/matching.py) keeps such a mail apart."""

from __future__ import annotations

from tracker.match_keys import Candidates
from tracker.matching import untitled_rivals
from tracker.models import Application
from tracker.names import title_key


def by_its_subject(candidates: Candidates, subject: str) -> Application | None:
    """For an email naming neither role nor requisition that several open applications at its employer
    could belong to (`untitled_rivals`), the one of them whose title's own words its subject writes, two
    or more, where it writes none of another's ("Panel interview with the stepdown night team" of
    "Cardiac Stepdown RN, Nights" beside "Oncology RN, Days"): a person naming the role in passing.
    Words every rival's title writes ("RN", "Nurse") tell none apart. The join is a guess the caller
    flags for review; else none."""
    if untitled_rivals(candidates) < 2 or not subject:
        return None
    written = _singular_words(title_key(subject))
    titles = {id(a): _singular_words(a.title_key) for a in candidates.open_same}
    chosen = []
    for application in candidates.open_same:
        others = set().union(*(words for key, words in titles.items() if key != id(application)))
        own = {word for word in titles[id(application)] - others if len(word) > 2}
        if len(own & written) >= 2:
            chosen.append(application)
        elif own & written:
            return None  # a word of this one's beside two of another's: which one is a guess
    return chosen[0] if len(chosen) == 1 else None


def _singular_words(key: str) -> set[str]:
    """A key's words but the joining ones, an English plural's "s" off ("Nights" is "Night"): a subject
    writes a role in passing."""
    return {word[:-1] if len(word) > 3 and word.endswith("s") else word for word in key.split()} - _JOINING


# Words joining a title's words, in the languages read: no word of one role's own. Not the reading's lists of
# the small words inside a name (name_words.NAME_JOINING_WORDS, title_marks): those tell which lower-case
# words a capitalised name may hold; this one leaves the function words of three letters or more out of a
# word overlap ("for", "with", "the", "per": no name's), words of two letters being left out by length.
_JOINING = frozenset(
    ("and", "the", "for", "with", "und", "der", "die", "des", "les", "pour", "del", "con", "per")
)
