"""Marks a title carries in every language: its hours, its seniority, its two gendered forms.

"Verzorgende IG – 32 uur", "Helpende Plus 24-28 uur", "Rezeptionist/in (w/m/d) – 30 Std.",
"Werkstudent (all genders) 20 Std./Woche", "Auxiliar 40 horas": the working time, not the post's name
(language_titles reads the bracketed hours, "(32-36 uur)"; this reads them after a dash or a space).
"Architetto Junior", "Analista de Datos Jr.", "Designer Sênior": a seniority mark says the words beside it
name a post, where no role list knows the trade. "Koch/Köchin", "Verkäufer/Verkäuferin": one post in its
two forms, not a post and the place after it.
"""

from __future__ import annotations

import re

from tracker.extraction.name_words import NAME_AND_WORDS, NAME_JOINING_WORDS
from tracker.names import without_accents

# The hours (a number or a range) and their unit, then "a week" in its languages' short forms.
_HOURS_AT_END = re.compile(
    r"(?:\s*[-–|,]\s*|\s+)\d{1,2}(?:[.,]\d)?(?:\s*(?:[-–/]|tot|bis|à|a)\s*\d{1,2}(?:[.,]\d)?)?\s*"
    r"(?:uur|u\.|std\.?|stunden|wochenstunden|h|hrs?\.?|hours|heures|horas|ore)(?![\w/])\.?"
    r"(?:\s*(?:/|per|pro|par|por|a|p\.?)\s*(?:woche|wo\.?|week|wk|w\.?|semaine|semana|settimana)\b\.?"
    r"|\s+(?:semanais|semanales|settimanali|wöchentlich|hebdomadaires|par semaine|per week|pro woche))?\s*$",
    re.I,
)


def without_hours_at_end(title: str) -> str:
    """`title` without the hours a week written after it, when words of the title stand before them."""
    found = _HOURS_AT_END.search(title) if any(ch.isdigit() for ch in title) else None
    if found is None or not any(ch.isalpha() for ch in title[: found.start()]):
        return title
    return title[: found.start()]


# The seniority marks postings write before or after a post's name in our languages.
_SENIORITY = frozenset({
    "junior", "senior", "jr", "sr", "júnior", "sênior", "pleno", "semi-senior", "semisenior", "ssr",
})  # fmt: skip
# The small words a post's name holds between its capitalised ones ("Técnico de Mantenimiento", "Analista
# de Compras y Ventas"): those an organisation's name is joined with (name_words), and a slash.
_JOINING_WORDS = NAME_JOINING_WORDS | NAME_AND_WORDS | {"/"}
_LONGEST_MARKED_POST = 5


def names_a_post_by_seniority(title: str) -> bool:
    """Whether `title` is a post's name marked by its seniority: a mark opening or closing a few words
    that are all capitalised but those that join them ("Architetto Junior", "Sr. Analista de Crédito")."""
    words = title.split()
    if not 2 <= len(words) <= _LONGEST_MARKED_POST:
        return False
    ends = {words[0].strip(".").lower(), words[-1].strip(".").lower()}
    if not ends & _SENIORITY:
        return False
    return all(word[:1].isupper() or word.lower() in _JOINING_WORDS for word in words)


def names_its_other_form(head: str, tail: str) -> bool:
    """Whether `tail`, written after a slash, is `head`'s last word in its other gender: the two share
    their stem ("Koch/Köchin", "Verkäufer/Verkäuferin", "Vendedor/Vendedora")."""
    last = without_accents(head.rsplit(maxsplit=1)[-1]).lower() if head.strip() else ""
    other = without_accents(tail.strip().split(maxsplit=1)[0]).lower() if tail.strip() else ""
    stem = min(len(last), len(other), _STEM)
    return stem >= _STEM - 1 and last[:stem] == other[:stem]


_STEM = 4


def names_a_post_in_two_forms(title: str) -> bool:
    """Whether `title` is a post written in both its gendered forms, both capitalised ("Koch/Köchin",
    "Kellner / Kellnerin"): a person's post, which no employer's name is."""
    head, slash, tail = title.partition("/")
    return (
        bool(slash)
        and head.strip()[:1].isupper()
        and tail.strip()[:1].isupper()
        and names_its_other_form(head, tail)
    )


def names_a_post_by_its_marks(title: str) -> bool:
    """Whether a mark `title` carries says it is a post where no role list knows its words: a seniority
    mark at an end, or the post written in both its gendered forms."""
    return names_a_post_by_seniority(title) or names_a_post_in_two_forms(title)
