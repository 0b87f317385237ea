"""Third parties writing about an employer's process in their own name: an assessment or test platform, a
background-check or screening firm, any sender acting for an employer it names.

Such a sender is no employer: it writes for every employer that buys its service. It tells what it is in
its own words, not in a list of its names:
- its display name writes it acting for another ("Skillsmetric on behalf of Acme", "Testwise namens Acme");
- the text writes it acting for an organisation the text names ("on behalf of Acme", "in opdracht van
  Acme", "im Auftrag von Acme", "pour le compte de Acme", "at the request of Acme");
- its trade is a vendor's, in its domain or display name ("ClearPath Screening", "Psicotest Pro",
  "acme-assessments.io"), or a test's word in its display name ("TestMeester", "Pruebasplus Test").
Then its domain's label is read as a system's (company._unknown_system): its own names are never the
employer, the organisation it names is, and where it names none the employer is unknown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extraction import platforms
from tracker.extraction.employer_matching import same_employer
from tracker.extraction.match_words import MatchWords
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import PreparedEmail

# Words a sender acting for another writes before the other's name, in the seven languages.
_ACTING_FOR = (
    "on behalf of", "at the request of", "namens", "in opdracht van", "op verzoek van", "im auftrag von",
    "im auftrag der", "im auftrag des", "pour le compte de", "pour le compte d'", "à la demande de",
    "en nombre de", "a petición de", "em nome de", "em nome da", "em nome do", "per conto di",
    "per conto della", "per conto del",
)  # fmt: skip
_ACTING_IN_TEXT = re.compile(rf"\b(?:{'|'.join(re.escape(words) for words in _ACTING_FOR)}) ")
# The words one of which every acting phrase holds, from the pattern: most mail has none.
_ACTING_PRECHECK = MatchWords(_ACTING_IN_TEXT)
# A vendor's trade in its (run-together) domain label or display name: what it does for employers. Not
# "assessor-": a Portuguese "Assessoria Contábil" (an accounting firm), an Italian "Assessorato" hire for
# themselves.
_VENDOR_TRADE = re.compile(r"screening|assess(?!or)|testing|psychometr|psicotest|backgroundcheck")
# A test vendor's word in its display name, whole ("Pruebasplus Test") or opening a compound ("TestMeester",
# "Toetswijzer"): not in a run-together label, where "testo", "brightcontest", "fastest" hold the letters.
_TEST_WORD = re.compile(r"\b(?:tests?|(?:test|toets)[^\W\d_]{4,})\b")
# How far after the acting words the organisation's name is looked for.
_NAME_WINDOW = 80


def vendor_label(email: PreparedEmail, names: Sequence[str]) -> str | None:
    """The label of the sender's domain when the sender is a third party acting for an employer (this
    module's doc); `names` are the organisations the text names. None for a listed platform, free mail, a
    person's own mailbox, or a sender acting for nobody but itself."""
    sender = email.sender
    label = platforms.domain_employer(sender)
    if not label or len(label) < 3 or platforms.platform_of(sender):
        return None
    display = sender.name.strip().lower()
    if _displays_acting_for_another(display, label):
        return label
    if _VENDOR_TRADE.search(label) or (
        display
        and not looks_like_person_name(sender.name)
        and (_VENDOR_TRADE.search(run_together(display)) or _TEST_WORD.search(display))
    ):
        return label
    texts = [text for text in (email.subject_lower, email.body_lower) if _ACTING_PRECHECK.may_match(text)]
    if not texts:
        return None
    others = [
        name.lower()
        for name in names
        if not looks_like_person_name(name) and not same_employer(name, label) and run_together(name) != label
    ]
    if others and any(_acts_for(text, others) for text in texts):
        return label
    return None


def _displays_acting_for_another(display: str, label: str) -> bool:
    """ "Skillsmetric on behalf of Nordwind Freight" from skillsmetric.io: the sender, then whom it acts
    for."""
    for words in _ACTING_FOR:
        at = display.find(f" {words} ")
        if at > 0:
            sender_part = run_together(display[:at])
            return bool(sender_part) and (sender_part in label or label in sender_part)
    return False


def _acts_for(text: str, others: list[str]) -> bool:
    """Whether the (lowercased) text writes acting words before one of `others` (lowercased)."""
    for match in _ACTING_IN_TEXT.finditer(text):
        after = text[match.end() : match.end() + _NAME_WINDOW]
        if any(after.startswith(name) for name in others):
            return True
    return False
