"""An employer a board hides: "Empresa confidencial", "Importante empresa del sector retail", "Multinacional".

Spanish and Portuguese boards (Computrabajo, Bumeran, Catho, InfoJobs) write such words where the employer's
name stands in their layout ("en Empresa confidencial", "na empresa Confidencial"): they name nobody, so they
are no employer and no key two applications could share (word_lists.toml `hidden_employers`).
"""

from __future__ import annotations

import re

from tracker.extraction.phrases.tables import word_list

_HIDDEN = re.compile(rf"(?:{word_list('hidden_employers')})", re.I)


def hides_the_employer(name: str) -> bool:
    """Whether `name` is a board's word for an employer it does not name."""
    return _HIDDEN.fullmatch(name.strip(" .")) is not None
