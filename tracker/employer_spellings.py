"""An employer read in a squashed or initialled form is the one employer of the user's records it spells.

"Veluwecargo" (read from veluwecargo.nl or a signature) and "VCS" are "Veluwe Cargo Services" once the
user's mail has named it so; "GCUH" is "Gold Coast University Hospital". Their keys share no first word,
so without this they are employers of their own and split the application. The user's records are the
evidence: each employer of two words or more that mail names leaves its word-joined spellings and, from
three words, its initials as forms (an alias placeholder per form, ports.UserTransaction.employer_alias)
naming it; a form two employers leave names several (SEVERAL_EMPLOYERS) and so names none. An employer
read as one word that is such a form is recorded under the name the form holds (`Spellings.respelled`).
A form that is a place ("Gold Coast" joined) is never left: a place alone names no employer.
Only this way round: a multi-word name is never filed under a one-word one read earlier.
A two-word name's last word, where the word before only says what kind of body it is ("Bloemenveiling
Lindholt", "Brauerei Holmgart", "City of Thornvale"), is the name a person there writes and their
domain spells ("lindholt.example"): it is left as a form too (`tail_form`), unless it is itself a word
any company's name may close with ("Services", "Group") or a place.
A name whose first word squashes another's first words ("Marrowhill Foods", "Marrow Hill Foods") is
planned with it, in either order: it looks its first word up as a form, and leaves its name under its
first word's head form (`HEAD_PREFIX`), which the name in full looks up; matching then meets the two
(compatible_spellings.compatible_employers).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tracker.compatible_spellings import compatible_employers, head_and_initials
from tracker.extraction.brand_names import GENERIC_NOUNS
from tracker.extraction.name_words import NAME_JOINING_WORDS, TRADE_WORDS
from tracker.extraction.places import is_place
from tracker.models import Extraction
from tracker.names import company_key
from tracker.ports import SEVERAL_EMPLOYERS, UserTransaction

FORM_PREFIX = "~"
HEAD_PREFIX = "~head:"
# A first word shorter than this is seldom two words joined ("Marrowhill"): no head form is looked up or
# left for it, so most names cost no more reads or writes.
_SHORTEST_HEAD = 8
# Initials of fewer words than this are too often another employer's ("NS", "GP").
_FEWEST_INITIALLED = 3
# A one-word name shorter than this is no form looked up ("GP", "EY": aliases, not spellings).
_SHORTEST_FORM = 3
# A name's last word shorter than this is no form of the name ("Arts", "Bank": too many names end so).
_SHORTEST_TAIL = 5
# Words a name closes with that say what kind of company it is, not which one ("Harlowe Group").
_KIND_TAILS = GENERIC_NOUNS | TRADE_WORDS | {
    "partners", "consulting", "consultants", "resourcing", "staffing", "recruiters", "associates", "agency",
}  # fmt: skip


def left_forms(company: str | None) -> list[str]:
    """The forms an employer named `company` leaves: its first two words joined, and so on to all of them
    ("veluwecargo", "veluwecargoservices"), and the initials of three words or more ("vcs"), or of its
    words after its first ("veluwecs", as a domain writes them: compatible_spellings.head_and_initials)."""
    key = company_key(company)
    words = key.split()
    if len(words) < 2:
        return []
    joined = (words[:size] for size in range(2, len(words) + 1))
    forms = {"".join(part) for part in joined if not is_place(" ".join(part))}
    if len(words) >= _FEWEST_INITIALLED:
        forms.add("".join(word[0] for word in words))
        forms.update(head_and_initials(key))
    if tail := tail_form(words):
        forms.add(tail)
    return sorted(FORM_PREFIX + form for form in forms)


def tail_form(words: list[str]) -> str:
    """The last word of a name's key of two words ("lindholt" of "bloemenveiling lindholt"), or of three
    joined by "of" or its like ("thornvale" of "city of thornvale"), as the name's own short form; or ''
    where it says only what kind of company it is, is a place or is short. A longer name's last word is
    as often a qualifier ("Stichting Zorgnet Dommel": a river; "... Benelux"), not the name."""
    two = len(words) == 2 or (len(words) == 3 and words[1] in NAME_JOINING_WORDS)
    tail = words[-1] if two else ""
    if len(tail) < _SHORTEST_TAIL or not tail.isalpha() or tail in _KIND_TAILS or is_place(tail):
        return ""
    return tail


def written_by_its_tail(key_a: str, key_b: str) -> bool:
    """Whether one key is the other's `tail_form` ("holmgart" of "brauerei holmgart"): asked only of
    employers the user's records planned together (a tail form one of them left), so that the two meet,
    and keep the form, in whichever order their mail was recorded."""
    if " " in key_a and " " not in key_b:
        return tail_form(key_a.split()) == key_b
    if " " in key_b and " " not in key_a:
        return tail_form(key_b.split()) == key_a
    return False


def looked_up_form(company: str | None) -> str | None:
    """The form an employer read as one word may be, else None."""
    key = company_key(company)
    if len(key) < _SHORTEST_FORM or " " in key or is_place(key):
        return None
    return FORM_PREFIX + key


def head_forms(company: str | None) -> tuple[str | None, str | None, list[str]]:
    """For a name of two words or more: the form its first word may be (as `looked_up_form`), the head
    form it leaves under that word, and the head forms its own first words joined would be
    ("Marrowhill Foods": "~marrowhill", "~head:marrowhill"; "Marrow Hill Foods": "~head:marrowhill")."""
    words = company_key(company).split()
    if len(words) < 2:
        return None, None, []
    looked_up = looked_up_form(words[0]) if len(words[0]) >= _SHORTEST_HEAD else None
    joined = ("".join(words[:size]) for size in range(2, len(words)))
    looked = [HEAD_PREFIX + head for head in joined if len(head) >= _SHORTEST_HEAD]
    return looked_up, (HEAD_PREFIX + words[0]) if looked_up else None, looked


def _alike(key_a: str, key_b: str) -> bool:
    return compatible_employers(key_a, key_b) or written_by_its_tail(key_a, key_b)


class Spellings:
    """The forms one email's employer is looked up by and leaves, and what the user's records hold for
    each: `keys` are locked with the placeholders, before any employer (one lock order in every unit),
    then `read` before the unit writes."""

    def __init__(self, company: str | None) -> None:
        self._company = company
        self.looked_up = looked_up_form(company)
        self.left = left_forms(company)
        self.head, self.head_left, self.heads = head_forms(company)
        heads = [key for key in (self.head, self.head_left) if key] + self.heads
        self.keys = sorted({*self.left, *([self.looked_up] if self.looked_up else []), *heads})
        self._named: dict[str, str | None] = {}

    def read(self, tx: UserTransaction) -> None:
        self._named = {key: tx.employer_alias(key) for key in self.keys}

    def respelled(self, extraction: Extraction) -> Extraction:
        """`extraction` with its employer written as the one recorded employer it spells, if any."""
        named = self._named.get(self.looked_up) if self.looked_up else None
        if not named or named == SEVERAL_EMPLOYERS or company_key(named) == company_key(extraction.company):
            return extraction
        return replace(extraction, company=named)

    def squashed_employers(self, company: str | None = None) -> list[str]:
        """The one-word employers recorded before under a form of this email's employer (each the key of
        its group), and the employers whose first words this one's first word squashes or the other way
        round (`head_forms`) when `company` (the employer as recorded) is theirs: planned with this
        email, whose employer they are (`compatible_spellings.compatible_employers`)."""
        found = [form[1:] for form in self.left if company_key(self._named.get(form)) == form[1:]]
        own = company_key(company)
        for form in [self.head, *self.heads] if own else ():
            key = company_key(self._named.get(form) if form else None)
            if key and key != own and compatible_employers(key, own) and key not in found:
                found.append(key)
        return found

    def leave(self, tx: UserTransaction, company: str | None, still_held: Callable[[str], bool]) -> None:
        """Leave the forms of `company` (the employer an email was recorded under, as it was read), or
        mark those another employer left as naming several. A one-word employer leaves its own name
        under its form, until an employer it spells takes the form over: once no application is kept
        under the one-word name (`still_held` of its key: the re-plan gave them the spelled-out name,
        whose mail came first), its later mail is filed under that name."""
        own = company_key(company)
        if self.head_left and own and company_key(company) == company_key(self._company):
            named = self._named.get(self.head_left)
            if named is None:
                tx.save_employer_alias(self.head_left, company or "")
            elif named != SEVERAL_EMPLOYERS and not compatible_employers(company_key(named), own):
                tx.save_employer_alias(self.head_left, SEVERAL_EMPLOYERS)
        if self.looked_up and not self.left and own:
            if self._named.get(self.looked_up) is None:
                tx.save_employer_alias(self.looked_up, company or "")
            return
        for form in self.left if own else ():
            named = self._named.get(form)
            if named is None or (company_key(named) == form[1:] and not still_held(form[1:])):
                tx.save_employer_alias(form, company or "")
            elif named != SEVERAL_EMPLOYERS and not _alike(company_key(named), own):
                tx.save_employer_alias(form, SEVERAL_EMPLOYERS)
