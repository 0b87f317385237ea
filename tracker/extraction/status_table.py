"""A status stated only in a table cell: a portal's summary of the reader's applications.

    Job title          Applied     Status            Application status    Unsuccessful
    Legal Secretary    02/03       Declined

The word alone ("Declined", "Offer") is too short to be a phrase anywhere in a mail ("you declined
our invitation"), but in a Status cell it is the news. Tables reach the rules with their cells joined by
single spaces (html_text ends each cell with a space, each row with a line), so a table is read by its
lines: a header row whose last cell is the Status column over a row whose last cell is a status, or
one row holding the label and its value. Only a whole last cell counts.
"""

from __future__ import annotations

import re

# The column's name, in the seven languages, and the words a cell under it may hold.
_HEADER = (
    r"(?:application |current |candidate )?(?:status|stage|outcome|result)|statut|estado|stato|esito|fase|"
    r"ergebnis|resultado"
)
_CELL_STATUS = (
    (
        "rejected",
        r"declined|rejected|unsuccessful|not (?:selected|shortlisted|progressing|progressed|successful)|"
        r"position filled|no longer (?:under|in) consideration|abgelehnt|absage|nicht berücksichtigt|"
        r"refusée?|non retenue?|rechazad[ao]|descartad[ao]|afgewezen|niet geselecteerd|recusad[ao]|"
        r"reprovad[ao]|non selezionat[oa]|respint[ao]|scartat[oa]",
    ),
    # The post held or called off, or the reader's own withdrawal: words a cell holds for nothing else (not
    # hold_words.py's, whose "em espera", "en pausa", "bloccato" and "pulled" are a pending step too).
    (
        "withdrawn",
        r"withdrawn|cancell?ed|on hold|paused|zurückgezogen|pausiert|storniert|ingetrokken|gepauzeerd|"
        r"geannuleerd|annulée?|cancelad[ao]|pausad[ao]|annullat[ao]|sospes[ao]|retirée?|retirad[ao]|ritirat[ao]",
    ),
    ("offer", r"offer(?: extended| made)?|hired|angebot|offre|oferta|aanbod|proposta|offerta"),
    (
        "interview",
        r"interview(?:ing| scheduled)?|phone screen|vorstellungsgespräch|entretien|entrevista|gesprek|"
        r"colloquio",
    ),
    ("assessment", r"assessment|online test"),
    # Still under review is a status stated too: "Status: In Prüfung" says no news, so an update's subject
    # over it is no rejection to guess (status_rules.read_status).
    (
        "confirmation",
        r"in review|under review|in prüfung|in bearbeitung|en cours(?: d'examen)?|en revisión|en proceso|"
        r"in behandeling|em análise|in valutazione|in corso",
    ),
)
_VALUE = "|".join(f"(?P<{category}>{words})" for category, words in _CELL_STATUS)
# A header row (a few cells, no sentence) ending in the Status column.
_HEADER_ROW = re.compile(rf"^[\w /&|-]{{0,60}}[ |](?:{_HEADER}) ?[|:]?$")
# A row's last cell: after a space or a pipe, to the end of the line.
_LAST_CELL = re.compile(rf"(?:^|[ |])(?:{_VALUE})[ |.]?$")
# One row holding the label and its value: "Application status Unsuccessful", "Status | Rejected".
_LABELLED_CELL = re.compile(rf"^(?:{_HEADER}) ?[|:]? ?(?:{_VALUE})$")
# Prose is no header: "log in to check your application status" has words a table's header has not.
_PROSE = re.compile(
    r"\b(?:to|your|you|the|of|for|on|in|we|our|is|are|has|have|check|view|see|will|an?|la|le|les|de|del|der|"
    r"die|das|el|il|het|een|je|uw|votre|vos|su|sua|ihre?|und|et|y|e|en)\b"
)
# What a text must hold for a table to be looked for: "stat" is in status, statut and stato.
_FOUND_WORDS = ("stat", "estado", "stage", "outcome", "result", "esito", "ergebnis", "fase")


def status_cell(text: str) -> tuple[str, int] | None:
    """The status category (status_news' names) a (lowercased) text's table cell states, and where the
    cell's row starts; None when it has none. Only the lines holding a column's name are read."""
    found: list[tuple[str, int]] = []
    for word in _FOUND_WORDS:
        at = text.find(word)
        while at >= 0:
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            reading = _read_row(text, line_start, line_end)
            if reading is not None:
                found.append(reading)
            at = text.find(word, line_end)
    return min(found, key=lambda reading: reading[1]) if found else None


def _read_row(text: str, line_start: int, line_end: int) -> tuple[str, int] | None:
    """The status a line states as a labelled cell, or as a header over the next line's last cell."""
    row = text[line_start:line_end].strip()
    labelled = _LABELLED_CELL.match(row)
    if labelled is not None:
        return labelled.lastgroup or "", line_start
    if line_end < len(text) and _HEADER_ROW.match(row) and not _PROSE.search(row):
        next_end = text.find("\n", line_end + 1)
        under = text[line_end + 1 : len(text) if next_end < 0 else next_end].strip()
        cell = _LAST_CELL.search(under) if len(under) <= 120 else None
        if cell is not None:
            return cell.lastgroup or "", line_end + 1
    return None
