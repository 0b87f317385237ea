"""What a model is not shown of an email: quoted history, the signature's contact block, contact
details (phone numbers, street addresses, other people's email addresses) and links' paths.

Pure text, linear-time patterns (each line is read a bounded number of times). The parts the fields
need stay: the new text of a reply, the sender's own domain, a link's host and first path segment
(`boards.greenhouse.io/acme`), and the first lines after a closing ("Best regards,\\nCoursera"),
where the employer often signs. `Redacted.removed` names what was taken out, for the user's
model-call log; bench/redaction.py measures what it saves and what it costs the fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Tags for what was removed, as the model-call log shows them.
QUOTED_HISTORY = "quoted_history"
SIGNATURE = "signature_contacts"
PHONE = "phone"
EMAIL_ADDRESS = "email_address"
POSTAL_ADDRESS = "postal_address"
LINK_PATH = "link_path"

# How many short lines after a closing ("Best regards,") are kept: a name, roles, the employer.
SIGNATURE_LINES_KEPT = 6
_SIGNATURE_LINE_MAX = 80
# A closing this far from the end or nearer starts the signature; earlier it is body text.
_SIGNATURE_SEARCH_LINES = 15

_REPLY_HEADER = re.compile(
    r"^\s*(?:"
    r"on\b[^\n]{0,300}\bwrote:"  # Gmail, Apple Mail
    r"|am\b[^\n]{0,300}\bschrieb[^\n]{0,200}:"  # German
    r"|le\b[^\n]{0,300}\ba\s+[ée]crit\s*:"  # French
    r"|el\b[^\n]{0,300}\bescribi[óo]\s*:"  # Spanish
    r"|op\b[^\n]{0,300}\bschreef[^\n]{0,200}:"  # Dutch
    r"|-{2,}\s*(?:original message|urspr[üu]ngliche nachricht|message d'origine)\s*-{2,}"
    r")\s*$",
    re.I,
)
_OUTLOOK_FROM = re.compile(r"^\s*\*?(?:from|von|de)\s*:\*?\s", re.I)
_OUTLOOK_FIELD = re.compile(r"^\s*\*?(?:sent|date|gesendet|datum|envoy[ée])\s*:\*?\s", re.I)
_FORWARDED = re.compile(r"forwarded message|weitergeleitete nachricht|message transf[ée]r[ée]", re.I)
_CLOSING = re.compile(
    r"^\s*(?:(?:best|kind|warm|warmest|many|with)\s+)?(?:regards|wishes|thanks|thank you|cheers|"
    r"sincerely|yours sincerely|yours truly|respectfully|all the best|best|"
    r"mit freundlichen gr[üu](?:ß|ss)en|viele gr[üu](?:ß|ss)e|beste gr[üu](?:ß|ss)e|liebe gr[üu](?:ß|ss)e|"
    r"cordialement|bien cordialement|saludos|atentamente|met vriendelijke groet)[\s,.!]*$",
    re.I,
)
_SIGNATURE_DELIMITER = re.compile(r"^--\s?$")
_PHONE = re.compile(
    r"(?<![\w+])(?:"
    r"\+\d{1,3}[ .\-]?(?:\(\d{1,4}\)[ .\-]?)?\d{1,4}(?:[ .\-/]\d{2,4}){1,4}"  # +44 20 7946 0958
    r"|\(\d{3}\)\s?\d{3}[ .\-]\d{4}"  # (555) 123-4567
    r"|\d{3}[.\-]\d{3}[.\-]\d{4}"  # 555-123-4567
    r")(?![\w])"
)
_PHONE_LABELLED = re.compile(
    r"\b(?:tel|phone|mobile|cell|fax|telefon|handy|t[ée]l[ée]phone)\.?\s?:\s?\+?[\d(][\d ().\-/]{5,24}\d",
    re.I,
)
_EMAIL = re.compile(r"\b[\w.+\-]{1,64}@((?:[A-Za-z0-9\-]{1,63}\.){1,8}[A-Za-z]{2,24})\b")
_STREET = re.compile(
    r"\b\d{1,5}\s(?:[A-Z][\w'.\-]{0,30}\s){1,4}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|"
    r"Pkwy|Square|Sq|Highway|Hwy|Terrace)\b\.?(?:,?\s(?:Suite|Ste|Floor|Fl|Unit)\.?\s?#?\w{1,6})?"
    r"|\b[A-ZÄÖÜ][\wäöüß\-]{1,40}(?:stra(?:ß|ss)e|str\.|gasse|weg|platz|allee)\s\d{1,4}[a-z]?\b"
)
# A US state and ZIP code after a city's comma ("San Francisco, CA 94105"); without the comma, or
# other countries' postcodes, they look too much like ids ("Job ID 12345") and years.
_US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
    "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
)
_ZIP_CITY = re.compile(rf"(?<=,)\s?(?:{'|'.join(_US_STATES.split())})\s\d{{5}}(?:-\d{{4}})?\b")
_URL = re.compile(r"\bhttps?://([^\s/<>\"')\]]{1,253})(/[^\s<>\"')\]]*)?", re.I)
_FIRST_SEGMENT = re.compile(r"/[^/?#]{1,40}")
_PLACEHOLDER_ONLY = re.compile(r"^[\s|,;:./\-•·]*(?:\[(?:phone|email|address)\][\s|,;:./\-•·]*)+$")


@dataclass(frozen=True)
class Redacted:
    """The text a model is shown, and the tags of what was taken out (in a fixed order)."""

    text: str
    removed: tuple[str, ...] = ()


def redact_for_model(body: str, sender: str) -> Redacted:
    """`body` without quoted history, the signature's contact lines, contact details and link paths."""
    removed: set[str] = set()
    lines = _without_quoted_history(body.splitlines(), removed)
    lines = _without_signature_contacts(lines, removed)
    text = "\n".join(lines)
    text = _without_contact_details(text, _domain(sender), removed)
    text = "\n".join(line for line in text.splitlines() if not _PLACEHOLDER_ONLY.match(line))
    order = (QUOTED_HISTORY, SIGNATURE, PHONE, EMAIL_ADDRESS, POSTAL_ADDRESS, LINK_PATH)
    return Redacted(text.strip(), tuple(tag for tag in order if tag in removed))


def _without_quoted_history(lines: list[str], removed: set[str]) -> list[str]:
    """Cut at the first reply header (or an Outlook From/Sent block that no forward announces) and
    drop '>' lines, unless nothing new would be left: a bare quote is all there is to read."""
    cut = len(lines)
    for index, line in enumerate(lines):
        if _REPLY_HEADER.match(line) or _REPLY_HEADER.match(f"{line} {_at(lines, index + 1)}"):
            cut = index
            break
        if _OUTLOOK_FROM.match(line) and any(_OUTLOOK_FIELD.match(_at(lines, index + k)) for k in (1, 2, 3)):
            announced = any(_FORWARDED.search(_at(lines, index - k)) for k in (1, 2))
            if not announced:
                cut = index
                break
    kept = [line for line in lines[:cut] if not line.lstrip().startswith(">")]
    if not any(line.strip() for line in kept):
        return lines
    if len(kept) < len(lines):
        removed.add(QUOTED_HISTORY)
    return kept


def _without_signature_contacts(lines: list[str], removed: set[str]) -> list[str]:
    """After a '-- ' line or a closing near the end, keep the short lines that say who signs (and
    often the employer: "Viele Grüße, / Theresa / T-SYSTEMS AUSTRIA GESMBH") and drop the contact
    lines, banners and notices. Blank lines stay: the rules read the employer from the layout."""
    start = max(len(lines) - _SIGNATURE_SEARCH_LINES, 0)
    for index in range(start, len(lines)):
        if not (_SIGNATURE_DELIMITER.match(lines[index]) or _CLOSING.match(lines[index])):
            continue
        kept, signed = lines[: index + 1], 0
        for line in lines[index + 1 :]:
            if not line.strip():
                kept.append(line)
            elif signed < SIGNATURE_LINES_KEPT and len(line) <= _SIGNATURE_LINE_MAX and not _is_contact(line):
                kept.append(line)
                signed += 1
            else:
                removed.add(SIGNATURE)
        return kept
    return lines


def _is_contact(line: str) -> bool:
    return bool(
        _PHONE.search(line)
        or _PHONE_LABELLED.search(line)
        or _EMAIL.search(line)
        or _URL.search(line)
        or _STREET.search(line)
        or "[phone]" in line
    )


def _without_contact_details(text: str, sender_domain: str, removed: set[str]) -> str:
    def phone(match: re.Match[str]) -> str:
        removed.add(PHONE)
        return "[phone]"

    def email(match: re.Match[str]) -> str:
        if sender_domain and _registered(match.group(1)) == sender_domain:
            return match.group(0)
        removed.add(EMAIL_ADDRESS)
        return "[email]"

    def address(match: re.Match[str]) -> str:
        removed.add(POSTAL_ADDRESS)
        return " [address]" if match.group(0).startswith(" ") else "[address]"

    def link(match: re.Match[str]) -> str:
        path = match.group(2) or ""
        first = _FIRST_SEGMENT.match(path)
        kept = first.group(0) if first else ""
        if len(path) > len(kept) + 1:
            removed.add(LINK_PATH)
            return f"https://{match.group(1)}{kept}/…"
        return match.group(0)

    text = _URL.sub(link, text)
    text = _EMAIL.sub(email, text)
    text = _PHONE_LABELLED.sub(phone, text)
    text = _PHONE.sub(phone, text)
    text = _STREET.sub(address, text)
    return _ZIP_CITY.sub(address, text)


def _domain(sender: str) -> str:
    found = _EMAIL.search(sender or "")
    return _registered(found.group(1)) if found else ""


def _registered(domain: str) -> str:
    """The domain's last two labels (three under a two-letter second level: `co.uk`), lowercased."""
    labels = domain.lower().split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-2]) <= 3 and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def _at(lines: list[str], index: int) -> str:
    return lines[index] if 0 <= index < len(lines) else ""
