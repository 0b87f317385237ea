"""The chosen employer's name as a person writes it: the best-backed spelling (brand_names.py), a brand's
possessive ("McDonald's"), a name its own domain spells whole ("Ridgeline Talent", "Lingua Support"),
and the legal form the mail writes it with ("Baumann Holzbau AG").
"""

from __future__ import annotations

import re

from tracker.extraction import platforms
from tracker.extraction.agency_divisions import without_agency_division
from tracker.extraction.brand_names import LEGAL_CASE, brand_form
from tracker.extraction.display_names import display_employer
from tracker.extraction.domain_signed_names import SIGNED_BY_DOMAIN
from tracker.extraction.employer_candidates import (
    SENDER,
    Candidate,
    own_domain_label,
    own_label_going_on,
)
from tracker.extraction.employer_labels import SPELLED_OUT_WEIGHT
from tracker.extraction.employer_matching import run_together
from tracker.extraction.employer_name_edges import (
    trading_spellings,
    with_own_article,
    without_branch_town,
)
from tracker.extraction.fuller_names import fuller_written_name
from tracker.extraction.legal_forms import LEGAL_FORM_AFTER, LEGAL_FORM_AT_END
from tracker.extraction.name_heads import with_written_head
from tracker.extraction.name_reading import STOP_WORDS, spelled_out
from tracker.extraction.name_words import DEPARTMENT_WORDS, TRADE_WORDS, department_alternation
from tracker.extraction.places import only_places
from tracker.extraction.registered_brands import brand_of_registered_name
from tracker.extraction.store_names import without_store_tail
from tracker.extraction.text import PreparedEmail
from tracker.extraction.word_domains import name_its_word_domain_spells
from tracker.extraction.written_expansions import written_expansion
from tracker.extraction.written_words import places, word_boundary, word_places

# Where a possessive cannot be one, so the "'s" is the name's: before punctuation, a clause's word or a
# legal form ("interest in Marlow's and", "to Marlow's for the position", "Marlow's would like",
# "Marlow's LLC"); "your Marlow's application" likewise.
_AFTER_BRAND_POSSESSIVE = (
    r"(?=\s*(?:[.,!?:;)(\n-]|$)|\s+(?:and|or|for|to|at|in|on|as|is|are|was|has|have|will|would|can|could|"
    r"we|you|through|via|from|by|since|because|(?i:inc|llc|ltd|limited|corp|gmbh|plc|ag|co)\b\.?)\b)"
)
_AFTER_POSSESSIVE = re.compile(_AFTER_BRAND_POSSESSIVE)
_POSSESSIVE_S = re.compile(r"['’]s\b")


def with_brand_possessive(name: str, email: PreparedEmail) -> str:
    """ "McDonald's", "Wendy's": a brand whose name ends in a possessive, known by the mail never writing
    the name without it and writing it where a possessive would not go on ("at McDonald's (Main St)",
    "to Wendy's!", "interest in Wendy's and"; "Acme's hiring team" is Acme's), or by its sender spelling
    the "s" (`_possessive_its_sender_spells`)."""
    if not name[-1:].isalpha():
        return name
    if spelled := _possessive_its_sender_spells(name, email):
        return spelled
    text = f"{email.subject}\n{email.body}"
    if f"{name}'s" not in text and f"{name}’s" not in text:
        return name  # the usual case, found without compiling a pattern for this name
    if not _written_possessive(name, text) or any(
        not _POSSESSIVE_S.match(text, at + len(name)) for at in word_places(name, text)
    ):
        return name  # the name is written without it too
    return f"{name}'s"


def _possessive_its_sender_spells(name: str, email: PreparedEmail) -> str | None:
    """ "Harrow's Careers <harrows@myworkday.com>", "Pemberton's Bakehouse Jobs <jobs@pembertons.co.uk>": a
    brand whose possessive is its name's, known by the sender's display name writing the name with it and
    the sender's own domain or tenant spelling its "s" ("harrows", "pembertons", "harrows-careers" under
    "Harrow's Careers"), whatever the mail's language; a legal line without it ("Harrow Retail plc") says
    nothing against it. The name is the possessive brand ("Harrow's" under "Harrow's Careers"), or the
    display name's organisation where the mail writes that whole ("Pemberton's Bakehouse")."""
    display = email.sender.name
    for mark in ("'", "’"):
        head = f"{name}{mark}s"
        if display.startswith(head) and not display[len(head) : len(head) + 1].isalnum():
            break
    else:
        return None  # the usual case: no display name opens with the name's possessive
    compact, rest = f"{run_together(name)}s", run_together(display[len(head) :])
    # The label may go on with the display name's next words run together ("pembertonsbakehouse").
    if not any(
        label and label.startswith(compact) and rest.startswith(label[len(compact) :])
        for label in (own_domain_label(email), platforms.ats_tenant(email.sender))
    ):
        return None  # "Acme's Careers <jobs@acme.com>": the sender spells no "s", "'s" is Acme's
    organisation = display_employer(display, email.sender.local)
    if (
        organisation
        and organisation.startswith(f"{head} ")
        and organisation in f"{email.subject}\n{email.body}"
    ):
        return organisation  # "Pemberton's Bakehouse", as the mail writes it too
    return head  # "Corrigan's" under "Corrigan's Motors", where the mail writes the brand alone


def _written_possessive(name: str, text: str) -> bool:
    """re.search(rf"\b{re.escape(name)}['’]s{_AFTER_BRAND_POSSESSIVE}|\b[Yy]our {re.escape(name)}['’]s ",
    text), without compiling that pattern for each name."""
    end = len(name)
    for at in places(name, text):
        if text[at + end : at + end + 1] not in ("'", "’") or text[at + end + 1 : at + end + 2] != "s":
            continue
        if word_boundary(text, at) and _AFTER_POSSESSIVE.match(text, at + end + 2):
            return True
        your = at - len("your ")
        written_yours = your >= 0 and text[your:at] in ("your ", "Your ") and word_boundary(text, your)
        if written_yours and text[at + end + 2 : at + end + 3] == " ":
            return True
    return False


def display_name(cluster: list[Candidate], email: PreparedEmail) -> str:
    """The cluster's name as a person writes it (brand_names.py), from the best-backed spelling."""
    cluster = trading_spellings(cluster)
    # Each spelling once (a cluster holds a name as often as it was read): the first that fits is chosen.
    forms = list(dict.fromkeys(c.name for c in cluster))
    # How the organisation names itself: its signature's lines and its sender's display name.
    signed = list(dict.fromkeys(c.name for c in cluster if _signed_by_the_organisation(c)))
    text = f"{email.subject}\n{email.body}"
    name = brand_form(_best_spelling(cluster), forms, text, email.sender.name, signed)
    labels = {run_together(form) for form in forms if form.islower()}
    name = written_expansion(name, labels, email) or name  # "KDC", "vanroodws": the name the mail writes
    name = (
        _possessive_name_as_written(name, forms, text)
        or _hiring_word_in_name(name, email)
        or _name_its_domain_spells(name, forms, text, email)
        or name_its_word_domain_spells(name, text, email)
        or fuller_written_name(name, email)
    )
    written = f"{email.sender.name}\n{text}"
    name = without_branch_town(name, forms, text, email)
    # "Harwell Bank SA" only in a signature, "chez Harwell" in the text: the brand (registered_brands.py).
    name = without_store_tail(brand_of_registered_name(name, email) or name, forms)
    name = with_written_head(without_agency_division(name, email), email)
    return with_own_article(_legal_form_as_written(name, forms, written), written)


# Words a department or mailbox puts before an organisation's name (name_words.DEPARTMENT_WORDS): no part
# of the name.
_DEPARTMENT_HEADS = {
    *DEPARTMENT_WORDS,
    # A group's noun before its brand ("Grupo Lumbre" for "Lumbre") is brand_names' to weigh.
    "group", "grupo", "groupe", "gruppe", "gruppo",
    # Articles a sentence puts before a name: "Das Lumen Labs Team", "Le groupe", "Het team".
    "das", "der", "die", "den", "dem", "des", "le", "la", "les", "el", "los", "las", "il", "lo", "het",
}  # fmt: skip
_MAX_NAME_HEAD = 3


def with_signed_head(name: str, signed: list[str], text: str) -> str:
    """ "Civil Service Fast Stream" for "Fast Stream" (the subject's "Your Fast Stream application", the
    team's sign-off): the fuller name the organisation signs with (its display name, its signature) and the
    text writes, whose added words before the read name are a name's; the short form is the name cut."""
    for form in signed:
        if len(form) <= len(name) + 1 or not form.endswith(f" {name}") or form not in text:
            continue  # the usual case, told without splitting words
        head = form[: -len(name) - 1].split()
        if (
            len(head) <= _MAX_NAME_HEAD
            and all(word[:1].isupper() and word.isalpha() for word in head)
            and not any(word.lower() in STOP_WORDS or word.lower() in _DEPARTMENT_HEADS for word in head)
            and not only_places(" ".join(head))  # "North America Digital McKinsey": a region's office
        ):
            return form
    return name


# A possessive's noun words: capitalised, no hiring team's word (name_words.DEPARTMENT_WORDS), joined by
# "&" or "and" too: "Nguyen's Auto Body", "Harlan's Grocers & Deli", not "Acme's Talent Team".
_NAME_WORDS_AFTER_POSSESSIVE = re.compile(
    rf"^['’]s(?: (?:(?:&|and) )?(?!(?:{department_alternation(capitalised=True)})\b)"
    r"[A-Z][\w&.-]*){1,3}$"
)
_CONNECTORS_IN_POSSESSIVE_NAMES = ("&", "and")


def _possessive_name_as_written(name: str, forms: list[str], text: str) -> str | None:
    """ "Nguyen's Auto Body", "O'Connell's Pub": a sender's name the text writes whole, which a reading
    cut at its possessive ("applying to Nguyen's Auto Body for ..." read "Nguyen")."""
    for form in forms:
        rest = form[len(name) :]
        if (
            rest[:1] in ("'", "’")  # most forms are the name itself: no pattern tried on nothing
            and form.startswith(name)
            and _NAME_WORDS_AFTER_POSSESSIVE.match(rest)
            and not LEGAL_FORM_AT_END.match(rest[2:])  # "Brunner's GmbH" is the brand "Brunner's"
        ):
            # "Papa Luigi's Pizza Leeds" (a display name with its shop's town) is written "at Papa Luigi's
            # Pizza, Leeds Headingley": the longest of its first words the text writes whole.
            words = rest[2:].split()
            for count in range(len(words), 0, -1):
                if words[count - 1] in _CONNECTORS_IN_POSSESSIVE_NAMES:
                    continue  # "Harlan's Grocers &" is no name: its last word joins
                written = f"{name}{rest[:2]} {' '.join(words[:count])}"
                if any(word_boundary(text, at + len(written)) for at in word_places(written, text)):
                    return written
    return None


def _name_its_domain_spells(name: str, forms: list[str], text: str, email: PreparedEmail) -> str | None:
    """ "Lingua Support" for "Lingua" read from "at Lingua Support" (a common word ends the name): the
    form the text writes whole and the sender's own domain spells (linguasupport.com)."""
    label = own_label_going_on(name, email)
    if label is None:
        return None
    return next(
        (
            form
            for form in forms
            if form.startswith(f"{name} ") and run_together(form) == label and form in text
        ),
        None,
    )


# Words a hiring department adds after its organisation's name that a staffing or care business is
# named with (name_words.TRADE_WORDS, and the trade's own "Staffing"): "Ridgeline Talent", "Kindred
# People", "Harbor Staffing".
_HIRING_WORDS_IN_NAMES = TRADE_WORDS | {"staffing"}


def _hiring_word_in_name(name: str, email: PreparedEmail) -> str | None:
    """ "Ridgeline Talent" for "Ridgeline" read from its text when its own domain (ridgelinetalent.com)
    spells the name with the word, as the text writes it: the word is the name's, not a department's."""
    label = own_label_going_on(name, email)
    if label is None:
        return None
    spelled = spelled_out(label, (email.subject, email.body))
    if not spelled or not spelled.lower().startswith(name.lower() + " "):
        return None
    # "Ridgeline Talent Ltd": the legal form the text writes it with is no word of the trade's.
    spelled = LEGAL_FORM_AT_END.sub("", spelled).rstrip(" ,") or spelled
    tail = spelled[len(name) + 1 :].lower().split()
    return spelled if tail and all(word in _HIRING_WORDS_IN_NAMES for word in tail) else None


def _legal_form_as_written(name: str, forms: list[str], text: str) -> str:
    """The name with the legal form the mail writes it with, where a reading took the form off and the
    mail never writes the name without it: "Baumann Holzbau AG", read "Baumann Holzbau" from its
    signature (docs/accuracy.md, "one spelling, as the mail writes it"). A legal form after a comma
    ("Maison Dufrenne, LLC") is an addition the name goes without."""
    if LEGAL_FORM_AT_END.search(name) or _written_without_legal_form(name, text):
        return name
    for form in forms:
        tail = LEGAL_FORM_AT_END.search(form)
        if tail and form[: tail.start()] == name and form[tail.start()] != "," and form in text:
            return form
    return name


def _written_without_legal_form(base: str, text: str) -> bool:
    """True when `text` writes `base` as a name of its own, not followed by a legal form."""
    for at in word_places(base, text):
        after = text[at + len(base) : at + len(base) + 24].split("\n", 1)[0]
        if not LEGAL_FORM_AFTER.match(after):
            return True
    return False


def _signed_by_the_organisation(candidate: Candidate) -> bool:
    """A signature's line or the sender's display name (not a domain label, not a spelling of one); a
    signature's organisation line that the sender's own domain spells is the organisation signing too."""
    if candidate.place is None:
        return candidate.weight > SPELLED_OUT_WEIGHT
    if candidate.place[2] == SIGNED_BY_DOMAIN:
        return True
    return candidate.place == SENDER and not candidate.name.islower()


def _capitalised(word: str) -> str:
    """A domain label's word capitalised; a legal form keeps its own capitals ("brotzeit-gmbh")."""
    return LEGAL_CASE.get(word) or word.capitalize()


def _best_spelling(cluster: list[Candidate]) -> str:
    from_text = [c for c in cluster if c.from_text]
    best = max(from_text or cluster, key=lambda c: c.weight)
    name = best.name
    if best.weight <= SPELLED_OUT_WEIGHT:
        # The text only spells the domain ("orbital"): a display name saying more ("Orbital Foods
        # Recruiting" -> "Orbital Foods") is the fuller spelling.
        display_names = [c.name for c in cluster if not c.from_text and not c.name.islower()]
        name = max([name, *display_names], key=len)
    # "Risorse Umane Nuvolari <hr@nuvolari-cloud.it>": the domain's words go on where the name stops.
    longer = [c.name for c in cluster if not c.from_text and "-" in c.name and c.name.islower()]
    for label in longer:
        words = label.replace("-", " ")
        if words.startswith(name.lower() + " "):
            # "Hofmann Gastronomie <jobs@hofmann-gastro.de>": a display name the label shortens is the
            # name in full.
            compact = run_together(label)
            fuller = [
                c.name
                for c in cluster
                if not c.from_text and not c.name.islower() and run_together(c.name).startswith(compact)
            ]
            from_label = " ".join(_capitalised(part) for part in label.split("-"))
            name = max(fuller, key=len) if fuller else from_label
    spelled = [c for c in cluster if not c.name.islower()]
    if name.islower() and spelled:
        name = max(spelled, key=lambda c: c.weight).name  # "cardinalhealth" -> "Cardinal Health"
    if not from_text and name.islower():
        # A domain label: "ibm" -> "IBM", "acme-staffing" -> "Acme Staffing".
        name = name.upper() if len(name) <= 3 else " ".join(_capitalised(part) for part in name.split("-"))
    return name
