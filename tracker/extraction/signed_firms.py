"""The small employer a person answering the reader's CV signs for, or whose domain they write from.

The owner of a pub or a joinery signs by hand: their name, often a role ("Owner", "Gérante", "Inhaber"),
then the firm with its town ("The Red Fox, Ludlow", "Le Petit Comptoir / Nantes", "Casa Ruiz · Córdoba",
"Bianchi Trasporti srl · Via Roma 4 · 24100 Bergamo"). The firm is the part before the place, never the
place. Where no line names it, the writer's own domain does ("info@bistrot-lamarine.fr"), a free mail's
never (platforms.domain_employer). Read only for a person's answer to the reader's CV
(answered_applications.py): the employer the rules found stands where it is no place, nobody's name and
not the writer themself.
"""

from __future__ import annotations

import re

from tracker.extraction.answered_applications import answers_the_readers_cv
from tracker.extraction.legal_forms import ANY_LEGAL_FORM, LEGAL_FORM_AT_END_ANY_CASE
from tracker.extraction.person_names import names_an_organisation
from tracker.extraction.places import is_place, only_places
from tracker.extraction.platforms import domain_employer
from tracker.extraction.street_lines import opens_a_street
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title import names_a_person_role

# A signature's parts: "Firm, Town", "Firm / Town", "Firm | Town", "Firm · Street · Postcode Town".
_PARTS = re.compile(r"\s*(?:[/|·•]|,|\s[-–])\s+")
_LEGAL_FORM = re.compile(rf"(?:{ANY_LEGAL_FORM})\.?", re.I)
# A street's or a postcode's part: "12 route de Lyon", "Hauptstr. 4", "38200 Vienne", "Unit 4".
_ADDRESS = re.compile(r"\d")
_POSTCODE_TOWN = re.compile(r"^(?:[A-Z]{1,2}-?)?\d{4,5}(?:-\d{3}| [A-Z]{2})?\s+(?P<town>\D+)$")
_FIRM = re.compile(r"^[A-ZÀ-Þ0-9][\w'&.-]*(?: [\w'&.-]+){0,4}$")
_LAST_LINES = 4


# A town too small for the gazetteer, after a firm that names itself one ("Gasthof Lindenwirt, Mittersill"):
# capitalised words with no organisation's mark.
_TOWN_SHAPE = re.compile(
    r"^[A-ZÀ-Þ][\w'-]+(?: (?:am|an|im|de|del|la|le|sur|en|aan|op|di|do|da) [A-ZÀ-Þ][\w'-]+)?$"
)


def _town(part: str) -> str:
    """The town of "38200 Vienne" or "7400 AB Deventer": the part without its postcode."""
    town = _POSTCODE_TOWN.match(part)
    return town.group("town") if town else part


def _is_place_part(part: str) -> bool:
    return only_places(_town(part))


def _is_town_after(part: str, firm: str) -> bool:
    town = _town(part)
    return only_places(town) or (
        names_an_organisation(firm) and not names_an_organisation(town) and bool(_TOWN_SHAPE.match(town))
    )


def firm_in_line(line: str, writer: str = "") -> str | None:
    """The firm a signature line names before its place: "The Red Fox, Ludlow" -> "The Red Fox"; None where
    no place follows, or what precedes it is a place, an address or the writer's own name."""
    parts = [part for part in _PARTS.split(line.strip(" ,")) if part]
    if len(parts) < 2:
        return None
    firm, rest = parts[0], [part for part in parts[1:] if not _LEGAL_FORM.fullmatch(part)]
    if not rest or not _is_town_after(rest[-1], firm):
        return None
    if any(not (_ADDRESS.search(part) or _is_place_part(part)) for part in rest[:-1]):
        return None  # "Owner, Acme, Leeds": a role's line, not a firm's
    if opens_a_street(firm) and any(_ADDRESS.search(part) for part in rest):
        return None  # "Rua do Sol, 18 – 4000-100 Porto": the address's street, not a firm before it
    firm = LEGAL_FORM_AT_END_ANY_CASE.sub("", firm)
    if not _FIRM.match(firm) or _ADDRESS.search(firm) or is_place(firm) or firm.lower() in writer.lower():
        return None
    if (len(firm.split()) < 2 and not names_an_organisation(firm)) or names_a_person_role(firm):
        return None  # "Owner, Leeds", "HR Manager, Acme": a role, then a town or the firm itself
    return firm


def signed_firm(email: PreparedEmail) -> str | None:
    """The firm the last lines of the mail sign for, the lowest line first where two would."""
    for line in reversed(email.lines[-_LAST_LINES:]):
        firm = firm_in_line(line, email.sender.name)
        if firm:
            return firm
    return None


def _domain_firm(email: PreparedEmail) -> str | None:
    label = domain_employer(email.sender)
    if not label or "-" not in label:
        return None  # a squashed label is spelled by the text, or not at all ("brightloop")
    return " ".join(word.capitalize() for word in label.split("-"))


def answered_employer(found: str | None, email: PreparedEmail) -> str | None:
    """The employer of a person's answer to the reader's CV: the firm their signature names, else `found`
    unless it is a place or the writer's own name, else the firm their domain names."""
    if not answers_the_readers_cv(email):
        return found
    signed = signed_firm(email)
    if signed:
        return signed
    if found and not is_place(found) and found.lower() not in email.sender.name.lower():
        return found
    return _domain_firm(email) or (None if found and is_place(found) else found)
