"""A registered name's brand: "Harwell" for "Harwell Bank SA", "Ostrava" for "Ostrava Stahl GmbH",
"Quinta Redes" for "Quinta Redes Comunicações, S.A.", where a sentence of the mail names the employer by
the brand and the whole name is written only as a letterhead, signature or footer registers it.

A company's registered name adds to its brand the words of its trade, its unit or its site ("Bank",
"Stahl", "Comunicações", "Spaarbank", a holding's "SGPS", a works' village) and its legal form. Where the
mail's own sentences call the employer by the brand ("chez Harwell", "bei Harwell", "da Harwell", "on
behalf of Harwell"), that is the name a person keeps a tracker by. A subject's head, a display name or a
domain spelling the brand are no such sign: a small firm's "Fernvale Analytics Inc." under a subject
"Fernvale - next steps" from fernvale.io is written whole by the people who label mail. The whole name
stays where the mail writes it as a name of its own: without its legal form ("Harwell Bank hat
entschieden") or in a sentence ("bei unserem Kunden, der Harwell Technology SE"); so does a name its own
domain spells, whole (harwellbank.com) or as the brand (a person signing from harwell.com.sg with
"Harwell Shipping Pte. Ltd.": the organisation's line its domain spells is shown as it signs,
test_employer_in_a_recruiters_signature.py), and an agency's trade ("Kessling Personalberatung GmbH").
But where the sender's display name names the organisation by the brand too ("Harwell Talent
Acquisition", "Harwell People Team", "Harwell" from harwell.com), the organisation calls itself the
brand in its address and its name, and the registered name only in its footer: the brand is shown.
"""

from __future__ import annotations

import re

from tracker.extraction.agency_trades import names_an_agency
from tracker.extraction.display_names import display_employer
from tracker.extraction.employer_candidates import spelled_by_own_domain
from tracker.extraction.legal_forms import LEGAL_FORM_AFTER, LEGAL_FORM_AT_END, written_with_legal_form
from tracker.extraction.name_words import STOP_WORDS, TRADE_WORDS
from tracker.extraction.person_names import names_an_organisation
from tracker.extraction.team_signed_brands import written_beyond_its_team
from tracker.extraction.text import PreparedEmail
from tracker.extraction.written_words import word_places

# At most this many words of trade or unit between the brand and the legal form: "Airlines
# International", "Consultants International"; a longer run is a description, brand_names' to weigh.
_MAX_TRADE_WORDS = 3
# A word of the registered name's trade or unit: capitalised letters ("Bank", "Comunicações"), or a
# holding's capitals ("SGPS"); two letters ("Re") are too short to tell from the name's own.
_TRADE_WORD = re.compile(r"[A-ZÀ-Þ][^\W\d_]{2,}(?:-[^\W\d_]+)?")
# A lowercase word just before a name: a sentence names it ("der X Technology SE", "to X Bank Ltd").
_SENTENCE_BEFORE = re.compile(r"(?:^|[\s(])[a-zà-ÿ]+ $")
# A link or an address, where a domain's label is written, not the brand.
_LINK_OR_ADDRESS = re.compile(
    r"(?:https?://|www\.)[^\s<>]{1,2000}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}"
)


def brand_of_registered_name(name: str, email: PreparedEmail) -> str | None:
    """The brand `name` opens with where `name` is a registered name the mail writes only with its legal
    form and never in a sentence, and a sentence of its subject or body names the brand alone; else None.
    The longest such brand ("Harwell Group" of "Harwell Group Bank AG" beside "bei der Harwell Group")."""
    legal = LEGAL_FORM_AT_END.search(name)
    stem = (name[: legal.start()] if legal else name).rstrip(" ,")
    words = stem.split()
    if len(words) < 2 or not any(char.isupper() for char in stem):
        return None
    prose = _prose(f"{email.subject}\n{email.body}")
    text = f"{email.sender.name}\n{prose}"
    if not (legal or written_with_legal_form(stem, text)) or not _only_registered(stem, text):
        return None
    if spelled_by_own_domain(stem, email):
        return None  # "Nordlicht Software GmbH" from nordlicht-software.de: the whole name is the brand
    for count in range(len(words) - 1, max(0, len(words) - 1 - _MAX_TRADE_WORDS), -1):
        brand, trade = " ".join(words[:count]), words[count:]
        if not all(_TRADE_WORD.fullmatch(word) for word in trade):
            continue
        if _a_recruiters_trade(trade):
            return None  # "Fairlow Recruitment (Pty) Ltd": an agency is known by its trade too
        if _names_no_brand(brand):
            continue
        if spelled_by_own_domain(brand, email):
            # A person signing from x.com.sg with "X Shipping Pte. Ltd." writes the name in full; a display
            # name of the brand ("X Talent Acquisition", "X") is the organisation naming itself so twice.
            return brand if display_employer(email.sender.name, email.sender.mailbox) == brand else None
        if _written_in_a_sentence(brand, trade[0], prose):
            return brand
    return None


def _only_registered(stem: str, text: str) -> bool:
    """True when every place the mail writes `stem` is its registered form: with its legal form after it
    and no sentence's lowercase word before it."""
    found = False
    for at in word_places(stem, text):
        found = True
        if not LEGAL_FORM_AFTER.match(text, at + len(stem)):
            return False  # written as a name of its own: the name the mail uses
        if _SENTENCE_BEFORE.search(text, max(0, at - 24), at):
            return False  # "bei unserem Kunden, der X Technology SE": a sentence names it so
    return found


def _a_recruiters_trade(trade: list[str]) -> bool:
    """True when the words say a recruiting firm's trade ("Personalberatung", "Recruitment", "Talent
    Partners"): an agency's name keeps them, as its clients and candidates write it."""
    return any(word.lower() in TRADE_WORDS for word in trade) or names_an_agency(" ".join(trade))


def _names_no_brand(brand: str) -> bool:
    """True when `brand` cannot stand for the organisation: it opens on a small word ("Der", "The"), or is
    one word that only says what kind of organisation it is ("Bank", "Universität")."""
    if brand.split()[0].lower() in STOP_WORDS:
        return True
    return " " not in brand and names_an_organisation(brand)


def _written_in_a_sentence(brand: str, next_word: str, text: str) -> bool:
    """True when a sentence of `text` names `brand`, in its own case, as the employer: after a lowercase
    word ("chez Harwell", "bei Harwell", "on behalf of Harwell"), without `next_word` or a hiring team's word
    after it ("Harwell Bank", "the Harwell Talent Team")."""
    after = f" {next_word}"
    end = len(brand)
    return any(
        not text.startswith(after, at + end)
        and _SENTENCE_BEFORE.search(text, max(0, at - 24), at)
        and written_beyond_its_team(brand, next_word, text[at : at + end + 40])
        for at in word_places(brand, text)
    )


def _prose(text: str) -> str:
    """`text` without its links and addresses, where a domain's label is written, not the brand."""
    return _LINK_OR_ADDRESS.sub(" ", text) if "@" in text or "//" in text or "www." in text else text
