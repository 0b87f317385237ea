"""Where a mail's signature starts: the line after its last valediction ("Mit freundlichen Grüßen",
"Cordialement", "Met vriendelijke groet", "Kind regards"), in the seven languages read, and the writer's
name on it when a person signs.
"""

from __future__ import annotations

import functools

from tracker.extraction.caseless_words import CaselessWords
from tracker.extraction.greeting_words import CLOSING_WISHES, GERMAN_CLOSING_WORDS
from tracker.extraction.text import PreparedEmail

_VALEDICTION = CaselessWords(
    rf"^{GERMAN_CLOSING_WORDS}|^(?:lg|mfg|vg)\W*$|^(?:bien )?cordialement\b|"
    r"^bien à vous\b|^(?:sincères |meilleures )?salutations\b|"
    # French's formal close: "Recevez, Madame, mes salutations distinguées", "Veuillez agréer, ...".
    r"^(?:recevez|veuillez (?:agréer|recevoir)|je vous prie d'agréer|nous vous prions d'agréer)\b|"
    r"^(?:un )?(?:cordial )?saludos?\b|"
    r"^(?:muy )?atentamente\b|^(?:cordiales|un cordial) saludos?\b|^(?:met )?(?:vriendelijke|hartelijke) "
    r"groet(?:en)?\b|^groet(?:en|jes)\b|^atenciosamente\b|^(?:com os )?(?:melhores )?cumprimentos\b|"
    r"^(?:um )?abraços?\b|^(?:cordiali|distinti|cari) saluti\b|^(?:un )?(?:caro |cordiale )?saluto\b|"
    r"^saluti\b|"
    # "Le porgo i miei più cordiali saluti", "Vi porgiamo distinti saluti": Italian's formal close.
    r"^(?:le|vi|ti) porg(?:o|iamo)\b|^(?:best|kind|warm) "
    r"regards\b|^regards\b|^best\W*$|^sincerely\b|^thanks\W*$|^thank you\W*$|"
    # A wish on a line of its own closes the mail as the regards do ("Schöne Feiertage", "Bonne journée").
    rf"^(?:{CLOSING_WISHES})\W*$"
)


def signer(email: PreparedEmail) -> str | None:
    """The line right after the mail's last valediction: the writer's name, when a person signs."""
    start = after_last_valediction(email.lines)
    return email.lines[start] if start is not None and start < len(email.lines) else None


def signature_start(email: PreparedEmail) -> int | None:
    """The index in `email.lines` of the line after the mail's last valediction; None without one."""
    return after_last_valediction(email.lines)


# Asked of one mail's lines by its signature, its signer and the readings that ask who signed (company,
# people_name_keys, system_display): looked for once a mail.
@functools.lru_cache(maxsize=64)
def after_last_valediction(lines: tuple[str, ...]) -> int | None:
    """The index of the line after the last valediction ("Kind regards,"), looked for from the end, where it
    is; None without one."""
    return next((i + 1 for i in range(len(lines) - 1, -1, -1) if _VALEDICTION.opens(lines[i])), None)
