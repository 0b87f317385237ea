"""The step a subject names beside the post is no part of the post's name.

"Ihre Bewerbung Buchhalter – Gesprächstermin", "Withdrawal - Porter interview 3rd June", "Volgende stap:
casus Data Analist": the talk, interview or case the mail is about, after the post's dash (perhaps with its
date), in lowercase after the post, or in lowercase before a capitalised post. Each language's words for
the step: English, German, French, Spanish, Italian, Portuguese and Dutch.
"""

from __future__ import annotations

import re

from tracker.extraction.weekdays import EVERY_DAY, EVERY_MONTH

# The step's nouns. German capitalises its nouns, so after a dash the case is any.
_STEP_NOUNS = (
    # (A bare "Assessment" or "Call" after a dash may be the post's field: only the step's kind says a step.)
    r"(?:phone |video |first |second |final |intro |online )?interview|"
    r"(?:phone|video|first|second|final|intro|online|screening) (?:call|assessment|screen)|"
    r"(?:vorstellungs|bewerbungs|kennenlern|erst|zweit)?gespr[äa]ch(?:stermin)?|interviewtermin|"
    r"(?:premier |second |deuxième )?entretien|entrevue|"
    r"(?:primera |segunda |primeira )?entrevista|(?:primo |secondo )?colloquio|"
    r"(?:sollicitatie|kennismakings|eerste |tweede )?gesprek|casus"
)
# When it meets, after the step: "3rd June", "12. März", "15 mai", "Tuesday 4 March", "14/05".
_WHEN = (
    rf"(?:\s+(?:on|am|le|el|il|op|em))?(?:\s+(?i:{EVERY_DAY}),?)?"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th|\.|º)?(?:\s+(?:de\s+)?(?i:{EVERY_MONTH})\.?)?(?:\s+\d{{4}})?"
    r"|\s+\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)?"
)
# After the post's dash: "X – Gesprächstermin", "X - Interview 3 June", "X – entretien".
_STEP_AFTER_DASH = re.compile(rf"\s+[-–—|]\s+(?:{_STEP_NOUNS}){_WHEN}\s*$", re.I)
# In lowercase right after the post, with its date: "Porter interview 3rd June", "Analist gesprek".
_STEP_AFTER_POST = re.compile(rf"(?<=\w)\s+(?:{_STEP_NOUNS}){_WHEN}\s*$")
# In lowercase before a capitalised post: "casus Data Analist", "entretien Chargé de clientèle".
_STEP_BEFORE_POST = re.compile(rf"^(?:{_STEP_NOUNS})\s+(?=[A-ZÀ-Þ])")


# The stems every step noun above holds: a title holding none is left as it is, read by no pattern.
_STEP_STEMS = (
    "interview", "gespr", "entretien", "entrevue", "entrevista", "colloquio", "gesprek", "casus", "call",
    "screen", "assessment",
)  # fmt: skip


def without_step_words(title: str) -> str:
    """`title` without the step its subject names beside it: "Buchhalter – Gesprächstermin" ->
    "Buchhalter", "Porter interview 3rd June" -> "Porter", "casus Data Analist" -> "Data Analist"."""
    if " " not in title:
        return title
    lowered = title.lower()
    if not any(stem in lowered for stem in _STEP_STEMS):
        return title
    for pattern in (_STEP_AFTER_DASH, _STEP_AFTER_POST):
        found = pattern.search(title)
        if found is not None and found.start() > 0:
            title = title[: found.start()]
    leading = _STEP_BEFORE_POST.match(title)
    if leading is not None:
        title = title[leading.end() :]
    return title
