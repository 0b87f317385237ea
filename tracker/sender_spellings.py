"""Whether a sender's reading names an employer, and whether two of its spellings are one employer: the
tests `track`'s whole-inbox naming (tracker/inbox_names.py) and the worker's memory of senders
(tracker/organisation_slots.py) share, so that both read a sender's mail alike.
"""

from __future__ import annotations

import re

from tracker.company_suffixes import COMPANY_SUFFIXES
from tracker.compatible_spellings import head_and_initials
from tracker.employer_languages import in_english_words, translated_kind
from tracker.extraction.agency_trades import names_an_agency
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import Sender
from tracker.names import company_key, fold_text
from tracker.sender_domains import spelled_alike
from tracker.subject_threads import ORGANISATION_MARKED, PERSON_SHAPED

# A group's words ("gruppo", "group"): a name less them is the group's member's.
GROUP_WORDS = frozenset(word_list("inbox_names_group_words").split("|"))
# A tenant or domain label ending another ("bragato" of "officinebragato") is one name when this long.
SHORTEST_ENDING = 5
_WORDS = re.compile(r"[a-z0-9]+")


def names_an_employer(
    company: str | None, sender: Sender, weight: int, labels: set[str], titles: set[str]
) -> bool:
    """Whether a reading (`company`, its `subject_threads.employer_weight`) names an employer as the
    sender's other mails may be filed under: a name with an organisation's mark, one its domain or tenant
    spells (`labels`: the sender's, squashed), or a person-shaped one that carries a legal form or is not
    its writer's own ("Koelhuis Rijnmond" from Jeroen Bakker, not "Roberto Gallo" from Roberto Gallo);
    never a role the sender's mail names (`titles`, squashed: "Ingénieure Qualité Fournisseurs"). Any
    other reading is weak: the worker's memory of senders reads it alike (tracker/organisation_slots.py)."""
    key = company_key(company)
    if not weight or run_together(key, casefolded=True) in titles:
        return False
    if _the_writer_whole(key, company or "", sender, labels):
        return False
    if weight >= ORGANISATION_MARKED or spelled_by_a_label(key, labels) or _has_legal_form(company or ""):
        return True
    writer = set(company_key(sender.name).split())
    return weight == PERSON_SHAPED and not writer & set(key.split())


def _the_writer_whole(key: str, company: str, sender: Sender, labels: set[str]) -> bool:
    """Whether a reading is its writer's own name whole ("Ottavia Dall'Ermo" from
    ottavia.dallermo@, however its shape weighs: a surname the person-name test does not know may
    weigh as an organisation's): her, no employer. Told by her mailbox, her first name then the rest
    of her name apart ("first.last"), which a firm's display name over its mailbox never is; not where
    her domain spells it or a legal form closes it (a firm named after its founder)."""
    if not key or key != company_key(sender.name) or spelled_by_a_label(key, labels):
        return False
    parts = [part for part in _MAILBOX_PARTS.split(sender.mailbox.casefold()) if part]
    words = key.split()
    return (
        len(parts) >= 2
        and len(words) >= 2
        and parts[0] == words[0]
        and "".join(parts) == run_together(key, casefolded=True)
        and not _has_legal_form(company)
    )


_MAILBOX_PARTS = re.compile(r"[._-]")


def _has_legal_form(name: str) -> bool:
    """Whether a name ends in a legal form its key leaves off ("Termotecnica Sabauda Srl"), or a filler the
    key leaves off as one ("Acme Group", "Acme Holdings": company_suffixes.py).

    Not legal_forms.LEGAL_FORM_AT_END: the key leaves off more than the written forms both read ("Group",
    "Holdings", "Company", "OHG", "GbR", "UG", "EURL", "SASU", "SPRL", "ASBL": company_suffixes.py), so that
    test here would weigh some inbox's names otherwise."""
    words, key = _WORDS.findall(fold_text(name)), company_key(name).split()
    return 0 < len(key) < len(words) and words[: len(key)] == key


def spelled_by_a_label(key: str, labels: set[str]) -> bool:
    """Whether an employer key (spaced) is spelled by one of its sender's domain or tenant names
    ("scheepswerf de kraan" by "dekraan", "zuidvrucht" by "zuidvrucht"): the name squashed, or its words
    after the first, are the label, or one ends the other; or the label writes the name with the legal
    form the key leaves off glued on ("vientonorteett" of "Vientonorte ETT", "bauergmbh" of "Bauer GmbH"), or
    an agency's first two words or more, its "&" left out, and not its trade after them ("kesselbrun" of
    "Kessel & Brun Personalberatung"; an employer's label spelling its first words is as often a unit's or
    a site's beside it: "Ashcombe Vision" and "Ashcombe North Clinic" from "ashcombevision"). An address
    writes an umlaut as two letters where the key folds it to one ("Gröbl Süßwaren" keyed "grobl
    susswaren", its domain "groebl-suesswaren"): both are compared with that second letter left out too.
    A name joining two names with "&" or its language's "and" ("Brasch & Ilunga", "Pardiñas y Loureda")
    is keyed with "and", which its address leaves out as often as it writes it ("braschilunga")."""
    heads = _leading_words(key) if names_an_agency(key) else set()
    if _spelled_by(key, labels, heads):
        return True
    if _AND in key.split() and run_together(_without_and(key), casefolded=True) in labels:
        return True
    folded = {_without_umlaut_e(label) for label in labels}
    return folded != labels and _spelled_by(
        _without_umlaut_e(key), folded, {_without_umlaut_e(head) for head in heads}
    )


# The "e" an address writes after "a", "o" or "u" for an umlaut ("ae", "oe", "ue"); a key folds the
# umlaut to its plain letter. Left out of both sides alike, a name written either way compares equal.
_UMLAUT_E = re.compile(r"(?<=[aou])e")


def _without_umlaut_e(text: str) -> str:
    return _UMLAUT_E.sub("", text)


def _spelled_by(key: str, labels: set[str], heads: set[str]) -> bool:
    joined = run_together(key, casefolded=True)
    if len(joined) < 3:
        return False
    tail = run_together(" ".join(key.split()[1:]), casefolded=True)
    return any(
        label in (joined, tail)
        or label in heads
        or (label.startswith(joined) and label[len(joined) :] in COMPANY_SUFFIXES)
        or (
            min(len(label), len(joined)) >= SHORTEST_ENDING
            and (label.endswith(joined) or joined.endswith(label))
        )
        or label in head_and_initials(key)
        for label in labels
    )


def _leading_words(key: str) -> set[str]:
    """A key's first two words or more run together, short of the whole, its "and" (a "&") left out."""
    words = _without_and(key).split()
    return {"".join(words[:count]) for count in range(2, len(words))}


# How a key writes "&" and each language's "and" ("et", "und", "y", "en", "e").
_AND = "and"


def _without_and(key: str) -> str:
    return " ".join(word for word in key.split() if word != _AND)


def _noun_and_label(key_a: str, key_b: str) -> bool:
    """ "agencia boto rosa" and "botorosa" (its domain's label): the one name's words after its first are the
    other name run together."""
    tail_a = run_together(" ".join(key_a.split()[1:]), casefolded=True)
    tail_b = run_together(" ".join(key_b.split()[1:]), casefolded=True)
    return (len(tail_a) >= _SHORTEST_NOUN_TAIL and tail_a == run_together(key_b, casefolded=True)) or (
        len(tail_b) >= _SHORTEST_NOUN_TAIL and tail_b == run_together(key_a, casefolded=True)
    )


_SHORTEST_NOUN_TAIL = 6


def are_one_employer(key_a: str, key_b: str) -> bool:
    """Whether two names one sender writes are one employer's spellings: spelled alike as one domain's
    (sender_domains.spelled_alike), or the words of one, less a group's word, all among the other's
    ("gruppo bragato" of "officine bragato", "lechner maschinenbau" of "maschinenbau lechner"), or one the
    other's first words squashed and the rest as initials, as a domain writes it ("brandtpb"), or so with
    the organisation's kind in one language ("banque fleurimont", "fleurimont bank": employer_languages.py);
    never two names each with a word the other lacks ("ferraris logistica", "ferraris arredamenti")."""
    if not key_a or not key_b:
        return False
    if key_a == key_b or spelled_alike(key_a, key_b) or _noun_and_label(key_a, key_b):
        return True
    if key_a in head_and_initials(key_b) or key_b in head_and_initials(key_a):
        return True
    if _one_among_the_other(set(key_a.split()), set(key_b.split())):
        return True
    if not translated_kind(key_a) and not translated_kind(key_b):
        return False
    # The name in two languages ("banque fleurimont", "fleurimont bank": tracker/employer_languages.py).
    return _one_among_the_other(in_english_words(key_a), in_english_words(key_b))


def _one_among_the_other(words_a: set[str] | frozenset[str], words_b: set[str] | frozenset[str]) -> bool:
    """Whether the words of one name, less a group's word, are all among the other's (neither left empty)."""
    words_a, words_b = words_a - GROUP_WORDS, words_b - GROUP_WORDS
    return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)
