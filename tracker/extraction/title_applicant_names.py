"""The applicant's own name after the post, where they signed their application's subject with it and the
employer's reply kept that subject: "AW: Bewerbung als Zahntechnikerin – Ilka Vormbaum", "RE: Candidatura
Técnico de Laboratorio - Anselma Brizuela", "Re: Candidature Chargé·e de projet – Sidonie Marzocchi".

No post's name ends on a person's name, and the person is known: the mail greets them ("Liebe Frau
Vormbaum", "Hola Anselma"). A last dash segment of a name's words (two to four capitalised words, or an
initial and a surname) sharing a word with whom the mail greets is the applicant's, and is cut; a segment
that greets nobody (a team, a site, a field) stays as it was.
"""

from __future__ import annotations

import re

from tracker.extraction.greeted_names import greeting_names

# A last segment after a spaced dash: a name's capitalised words, an initial allowed ("F. Orlebeke"),
# hyphenated and particled surnames too ("Lenz-Obrecht", "van Dijk", "de Sá"). Bounded: linear time.
_NAME_SEGMENT = re.compile(
    r"\s+[-–—]\s+(?P<name>(?:[A-ZÀ-Þ][\w'’-]{0,30}\.?\s+){1,3}(?:(?:van|de|da|do|dos|di|del|von|le|la)\s+){0,2}"
    r"[A-ZÀ-Þ][\w'’-]{1,30})$"
)


def without_applicant_name(title: str, body: str, subject: str) -> str:
    """`title` without a last dash segment naming the person the mail greets (the applicant)."""
    if "-" not in title and "–" not in title and "—" not in title:
        return title
    segment = _NAME_SEGMENT.search(title)
    if not segment or segment.start() == 0:
        return title
    greeted = {
        word.lower() for name in greeting_names(body, subject) for word in name.split() if len(word) > 1
    }
    named = {word.strip(".").lower() for word in segment.group("name").split()}
    return title[: segment.start()].rstrip() if greeted & named else title
