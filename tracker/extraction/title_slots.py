"""The post's own slot in a sentence, and a title as a job seeker types it into a tracker.

"Bewerbung als Zimmerer", "au poste de serveur", "al puesto de camarero", "per il ruolo di
magazziniere", "sollicitatie als bakker", "applying as a hairdresser": the words before the slot say a
post's name follows, so whatever noun phrase stands there is the title, in lowercase too, though no role
list knows the trade. What is no post is told by its shape: "als Anlage", "as a reminder", "come da
accordi", "como sabes", "als u vragen heeft" (a word no post is named by, a preposition, a pronoun or a
verb).

A title read in lowercase is written with a capital first letter, the rest as the mail wrote it
("camarero" -> "Camarero", "aide ménagère" -> "Aide ménagère", "delivery driver" -> "Delivery driver"):
sentence case, as postings in French, Spanish, Italian, Portuguese and Dutch write titles; German nouns
come capitalised already, and an English title in capitals keeps them.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from tracker.extraction.caseless_words import CaselessWords


class TitleCandidate(NamedTuple):
    """A title as found, before it is cleaned and judged: its text, how much its place is trusted,
    whether it must hold a role's word, and whether its place is the post's own slot."""

    raw: str
    weight: float
    needs_role_word: bool
    post_slot: bool = False


def by_weight(
    places: Sequence[tuple[float, Callable[[], Sequence[TitleCandidate]]]],
) -> Iterator[TitleCandidate]:
    """The candidates of every place, weightiest first, at equal weight in the places' order and then
    each place's own: what a stable sort of all of them by weight gives. `places` are (the most any of
    its candidates weighs, how to read them); a place is read only when a candidate of its weight could
    come next, so that a title found in a trusted place spares reading the others."""
    # (-weight, place, index): the heap's order is the stable sort's.
    found: list[tuple[float, int, int, TitleCandidate]] = []
    unread = sorted((-ceiling, number, read) for number, (ceiling, read) in enumerate(places))
    unread.reverse()  # popped from the end: the weightiest place first
    while True:
        while unread and (not found or unread[-1][:2] < found[0][:2]):
            _, number, read = unread.pop()
            for index, candidate in enumerate(read()):
                heapq.heappush(found, (-candidate.weight, number, index, candidate))
        if not found:
            return
        yield heapq.heappop(found)[3]


# What stands right before a post's name: "als", "as a", "como", "comme", "come", "en tant que", "be a",
# and a word for the post with its preposition ("poste de", "puesto de", "ruolo di", "position of",
# "functie", "vaga de", "Stelle als"). Lowercased text, read back from where the title starts.
_POST_WORD_BEFORE = re.compile(
    r"(?:\b(?:poste|puesto|posición|vacante|plaza|vaga|função|cargo|posto|lugar|ruolo|posizione|figura|functie|"
    r"vacature|positie|position|role|post|stelle|oferta|offre|offerta)\s+(?:de|di|of|van|als|do|da|voor)"
    r"|\b(?:poste|posto) d'"
    r"|\b(?:candidatura|solicitud|postulación) (?:para|a|à|ao|al|per)"
    r"|\b(?:functie|vacature|stelle|position|ruolo|poste))\s*$"
)
# A post's noun right after the title: "the cleaner vacancy", "the gardener post".
_POST_NOUN_AFTER = re.compile(r"\s+(?:vacancy|position|role|post|job|opening)\b")
# Of those, the words that name what one would be ("als", "como", "as a"): whatever noun follows them is a
# post, known to a role list or not.
_NAMING_WORD_BEFORE = re.compile(
    r"(?:\b(?:als|as an?|be an?|como|comme|come|en tant que|en qualité de|in qualità di)\s*|"
    r"\ben (?:tant qu'|qualité d'))$"
)
_LOOK_BACK = 40


# The last word of every slot above: most titles follow "for", "the" or "at", and need no pattern tried.
_SLOT_LAST_WORDS = frozenset(
    ("als", "a", "an", "como", "comme", "come", "que", "qu'", "di", "de", "d'", "of", "van", "do", "da",
     "voor", "para", "à", "ao", "al", "per", "functie", "vacature", "stelle", "position", "ruolo", "poste")
)  # fmt: skip


def slot_of(text: str, start: int, end: int) -> tuple[bool, bool]:
    """(whether the title found from `start` to `end` in lowercased `text` stands in the post's own slot,
    and whether the word before it names what one would be, so that no role word is needed)."""
    if text[max(0, start - 16) : start].rstrip().rpartition(" ")[2] not in _SLOT_LAST_WORDS:
        return False, False
    if _NAMING_WORD_BEFORE.search(text, max(0, start - _LOOK_BACK), start):
        return True, True
    return bool(_POST_WORD_BEFORE.search(text, max(0, start - _LOOK_BACK), start)), False


def before_post_noun(text: str, end: int) -> bool:
    """True when the post's noun follows the title ending at `end` ("the cleaner vacancy")."""
    return bool(_POST_NOUN_AFTER.match(text, end))


# First words of what follows "als / as / como / comme / come" without naming a post: an attachment, a
# reminder, an agreement, a first or next step, who one is rather than the post ("als Quereinsteiger"), and
# prepositions and articles ("come da accordi").
_NOT_A_POST_FIRST_WORDS = frozenset({
    "reminder", "result", "matter", "courtesy", "token", "gesture", "note", "first", "next", "part",
    "well", "such", "soon", "general", "rule", "follow",
    "anlage", "anhang", "pdf", "datei", "dokument", "e-mail", "email", "ansprechpartner",
    "ansprechpartnerin", "ergänzung", "erinnerung",
    "nächstes", "erstes", "nächster", "erster", "nächste", "erste", "info", "information",
    "zwischenbescheid", "quereinsteiger", "quereinsteigerin", "berufseinsteiger", "berufseinsteigerin",
    "initiativbewerbung",
    "bijlage", "herinnering", "eerste", "volgende",
    "sabes", "sabe", "comentamos", "acordado", "adjunto", "recordatorio", "siempre", "hablamos",
    "convenu", "suite", "rappel", "pièce", "indiqué", "annoncé", "prévu", "toujours",
    "accordi", "promemoria", "allegato", "sempre", "detto",
    "combinado", "anexo", "lembrete", "informado",
    "da", "de", "di", "du", "del", "della", "dello", "dei", "degli", "a", "al", "à", "au", "aux", "en",
    "por", "per", "pour", "par", "con", "com", "met", "mit", "zu", "zum", "zur", "van",
    "voor", "op", "um", "bei", "chez", "em", "no", "na", "nel", "nella",
})  # fmt: skip
# Pronouns and verbs of the seven languages: a slot's text holding one is a sentence going on ("als u
# vragen heeft", "como sabes", "as you know"). A letter joined to another by "&" is an abbreviation's
# ("Werkvoorbereider B&U", a trade's "burgerlijke en utiliteitsbouw"), no pronoun.
_CLAUSE_WORDS = CaselessWords(
    r"\b(?<!&)(?:you|we|ich|wir|uns|ihnen|dir|dich|haben|habe|hat|ist|sind|wird|werden|können|möchten|bitte|"
    r"nicht|u|je|jij|wij|heeft|hebt|hebben|kunt|wilt|wordt|niet|graag|te|le|les|nos|puedes|puede|has|ha|"
    r"hemos|está|estamos|usted|vous|nous|tu|il|elle|est|sont|avez|avons|pouvez|ti|ci|hai|è|sono|"
    r"abbiamo|puoi|può|você|lhe|foi|pode)\b(?!&)"
)


def names_a_post(title: str) -> bool:
    """True when text read from a post's slot is a noun phrase naming it, not a sentence going on."""
    first = title.split(maxsplit=1)[0].lower() if title.strip() else ""
    return bool(first) and first not in _NOT_A_POST_FIRST_WORDS and not _CLAUSE_WORDS.occurs_in(title)


# What opens a subject's words before the employer without naming a post: an article or a pronoun ("Ihre
# Bewerbung für unser Team bei X"); an indefinite article before them says a kind of post follows ("Je
# sollicitatie voor een stage bij X").
_NOT_A_POST_BEFORE_EMPLOYER = frozenset({
    "unser", "unsere", "unseren", "unserem", "die", "der", "das", "den", "onze", "ons", "de", "het", "deze",
    "dit", "our", "the", "nuestro", "nuestra", "nosso", "nossa", "notre", "nos", "nostro", "nostra", "la",
    "le", "el", "o", "a",
})  # fmt: skip
_INDEFINITE_ARTICLE_AT_END = re.compile(r"\b(?:een|ein|eine|einen|uma|um|une|un|una|an)\s*$", re.I)


def names_a_post_before_employer(lead_in: str, words: str) -> bool:
    """Whether `words`, a subject's between the application's word (and its `lead_in`) and the employer
    named after them ("Je sollicitatie voor magazijnier bij X"), are the post's name: a few words, no
    article or pronoun first, no sentence going on."""
    first = words.split(maxsplit=1)[0].lower() if words.strip() else ""
    return (
        bool(first)
        and len(words.split()) <= _LONGEST_POST_BEFORE_EMPLOYER
        and first not in _NOT_A_POST_BEFORE_EMPLOYER
        and not _INDEFINITE_ARTICLE_AT_END.search(lead_in)
        and names_a_post(words)
    )


_LONGEST_POST_BEFORE_EMPLOYER = 5


def as_typed(title: str) -> str:
    """`title` as a user types it into a tracker: a first word the mail wrote in lowercase gets a capital
    ("camarero" -> "Camarero"); a first word with a capital of its own ("iOS Developer") is kept."""
    first = title.split(maxsplit=1)[0] if title else ""
    if not first or not first[0].islower() or not first.islower():
        return title
    return title[0].upper() + title[1:]
