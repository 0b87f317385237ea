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
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tracker.compatible_spellings import compatible_employers
from tracker.extraction.places import is_place
from tracker.models import Extraction
from tracker.names import company_key
from tracker.ports import SEVERAL_EMPLOYERS, UserTransaction

FORM_PREFIX = "~"
# Initials of fewer words than this are too often another employer's ("NS", "GP").
_FEWEST_INITIALLED = 3
# A one-word name shorter than this is no form looked up ("GP", "EY": aliases, not spellings).
_SHORTEST_FORM = 3


def left_forms(company: str | None) -> list[str]:
    """The forms an employer named `company` leaves: its first two words joined, and so on to all of them
    ("veluwecargo", "veluwecargoservices"), and the initials of three words or more ("vcs")."""
    words = company_key(company).split()
    if len(words) < 2:
        return []
    joined = (words[:size] for size in range(2, len(words) + 1))
    forms = {"".join(part) for part in joined if not is_place(" ".join(part))}
    if len(words) >= _FEWEST_INITIALLED:
        forms.add("".join(word[0] for word in words))
    return sorted(FORM_PREFIX + form for form in forms)


def looked_up_form(company: str | None) -> str | None:
    """The form an employer read as one word may be, else None."""
    key = company_key(company)
    if len(key) < _SHORTEST_FORM or " " in key or is_place(key):
        return None
    return FORM_PREFIX + key


class Spellings:
    """The forms one email's employer is looked up by and leaves, and what the user's records hold for
    each: `keys` are locked with the placeholders, before any employer (one lock order in every unit),
    then `read` before the unit writes."""

    def __init__(self, company: str | None) -> None:
        self.looked_up = looked_up_form(company)
        self.left = left_forms(company)
        self.keys = [*self.left, *([self.looked_up] if self.looked_up else [])]
        self._named: dict[str, str | None] = {}

    def read(self, tx: UserTransaction) -> None:
        self._named = {key: tx.employer_alias(key) for key in self.keys}

    def respelled(self, extraction: Extraction) -> Extraction:
        """`extraction` with its employer written as the one recorded employer it spells, if any."""
        named = self._named.get(self.looked_up) if self.looked_up else None
        if not named or named == SEVERAL_EMPLOYERS or company_key(named) == company_key(extraction.company):
            return extraction
        return replace(extraction, company=named)

    def squashed_employers(self) -> list[str]:
        """The one-word employers recorded before under a form of this email's employer (each the key of
        its group): planned with this email, whose employer they are
        (`compatible_spellings.compatible_employers`)."""
        return [form[1:] for form in self.left if company_key(self._named.get(form)) == form[1:]]

    def leave(self, tx: UserTransaction, company: str | None, still_held: Callable[[str], bool]) -> None:
        """Leave the forms of `company` (the employer an email was recorded under, as it was read), or
        mark those another employer left as naming several. A one-word employer leaves its own name
        under its form, until an employer it spells takes the form over: once no application is kept
        under the one-word name (`still_held` of its key: the re-plan gave them the spelled-out name,
        whose mail came first), its later mail is filed under that name."""
        own = company_key(company)
        if self.looked_up and not self.left and own:
            if self._named.get(self.looked_up) is None:
                tx.save_employer_alias(self.looked_up, company or "")
            return
        for form in self.left if own else ():
            named = self._named.get(form)
            if named is None or (company_key(named) == form[1:] and not still_held(form[1:])):
                tx.save_employer_alias(form, company or "")
            elif named != SEVERAL_EMPLOYERS and not compatible_employers(company_key(named), own):
                tx.save_employer_alias(form, SEVERAL_EMPLOYERS)
