"""Mail from the job seeker's family: "Mum", "Mamma", "Oma" writing from a mailbox of their own.

A parent's "Dad told me you've got the assessment centre with Aviva - good luck!" names an employer, a
step and even the reader's application, yet no employer's process writes it: it is personal mail (kind
"other"). The structure decides, not its words: the sender's whole display name is a family name as a
contact list saves it (word_lists.toml `family_names`, "My Mum", "Mum xx"; not "Papa John", which may be
a person's name), and the mailbox names no employer (a free or home mailbox).
"""

from __future__ import annotations

import functools
import re

from tracker.extraction import platforms
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.text import Sender

_FAMILY = re.compile(
    rf"^(?:my\s+|mia\s+|mio\s+|ma\s+|mon\s+|mijn\s+|meine?\s+|mi\s+)?(?:{word_list('family_names')})"
    r"(?:\s*(?:x+|❤️?|♥))?$",
    re.I,
)


@functools.lru_cache(maxsize=4096)
def _family_name(name: str) -> bool:
    return bool(_FAMILY.match(name.strip()))


def from_family(sender: Sender) -> bool:
    """Whether the mail comes from the reader's family: a family name as its whole display name, from a
    mailbox that names no employer."""
    return bool(sender.name) and _family_name(sender.name) and platforms.domain_employer(sender) is None
