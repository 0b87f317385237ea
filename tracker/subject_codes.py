"""A reference code that the subjects of an employer's mails share makes them one application's, for
`track` over a whole inbox.

Public bodies, universities and agencies number a procedure and write its number in the subject of every
mail about it ("Kennzahl 2026/WPM-118", "selectieprocedure 2026/014", "Avviso n. 14/2026", "Offre
2600417", "cod. 2026-PTA-031"), often in no label the reading takes for a requisition id, and each mail
of the procedure is worded differently: a receipt of the portal read as no application's, an invitation
to the oral exam whose reading names another title, a withdrawal naming the role short. The shared
number is the evidence a person keeping the tracker goes by: each mail whose subject writes a code that
another mail's subject of the inbox writes too, where some of those mails are read as an application's,
carries that code as its requisition id (the matching's strong evidence: one requisition id joins mail
whose employers are compatible or not named), and a mail among them read as no application's (other
mail, never an alert or a cold contact) is the application's, stating no status, with its employer.

A code is a word of the subject holding digits and written as a number rather than as a date, an amount
or a range: letters and digits together ("TR-5587", "2026/WPM-118"), a year and a number ("2026/014",
"14/2026"), or six digits or more ("2600417"). A day ("14.03.2026", "2026-03-14"), a range of hours or
a rate ("32-40", "80-100%"), an intake's years ("2026/27"), a year alone, a postcode and a pay ("$60,000/yr",
"45.000/jaar", "55k-65k") are none. A code the inbox's mail writes for two employers that are not spelled
alike, or in the confirmations of two roles whose titles differ, says nothing of which application a mail
is, and is left alone. A reading whose requisition id is a piece of the code (it cut the code at a dot or
a dash: "V26" of "V26.0871", "PTA-2026" of "PTA-2026-118") takes the whole code, which its fellows take
too: kept, the piece would part it from them; a reading naming another number leaves the code alone.

`track` only: the worker, recording one mail at a time, cannot know which codes other mail shares.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tracker.compatible_spellings import compatible_employers, compatible_titles
from tracker.match_keys import requisition_key
from tracker.models import EmailMessage, Extraction, Kind, Status
from tracker.names import company_key, title_key
from tracker.subject_threads import base_subject

# What a subject's words are split at, besides spaces: a code holds none of these. A comma between two
# digits groups an amount's thousands ("$60,000/year"): the amount stays one word, which is no code.
_SPLIT = re.compile(r"[\s;:()\[\]{}<>«»\"'“”‘’|!?]+|(?<!\d),|,(?!\d)")
_EDGE = ".-/_#°"
_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMBER_PART = re.compile(r"\d{1,8}")
_SEPARATORS = re.compile(r"[-/._]")
# An amount's number: its thousands grouped ("60.000", "45,500"), or counted in thousands ("55k").
_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d{3}){1,4}(?![\d.,])")
_IN_THOUSANDS = re.compile(r"\d{1,4}[kK]")
_DAY_PARTS = 3  # "14.03.2026", "2026-03-14": a date's three numbers
_LEAST_DIGITS = 6  # a bare number of fewer is as often a postcode, an amount or a year


def subject_code(word: str) -> str | None:
    """The code `word` of a subject writes (upper case), or None where it writes no code."""
    word = word.strip(_EDGE)
    if len(word) < 5 or len(word) > 32 or word.endswith("%") or not any(c.isdigit() for c in word):
        return None
    if not all(c.isalnum() or c in _EDGE for c in word) or _amount(word):
        return None
    parts = [part for part in _SEPARATORS.split(word) if part]
    if any(c.isalpha() for c in word):
        # Letters and digits together: a code, unless an ordinal, a unit or a name ("1st", "40h", "COVID-19").
        digits = sum(c.isdigit() for c in word)
        return word.upper() if len(parts) > 1 and digits >= 3 else None
    if len(parts) == 1:
        return word if len(word) >= _LEAST_DIGITS else None
    if not all(_NUMBER_PART.fullmatch(part) for part in parts) or len(parts) >= _DAY_PARTS:
        return None  # a date, or something else written with numbers
    # Two numbers: a procedure's number beside its year ("2026/014", "14/2026"); never a range of hours or
    # of years ("32-40", "2024-2026").
    years = [part for part in parts if _YEAR.fullmatch(part)]
    if len(years) != 1 or _academic_year(parts):
        return None
    return word


def _amount(word: str) -> bool:
    """Whether `word` writes a pay or a sum rather than a procedure's number: a part of it is an amount's
    number ("60.000/year", "38.500EUR", "55k-65k"). A salary is written in the subject of every mail of
    two roles alike, and of a reminder about a posting never applied to: sharing it says nothing."""
    return bool(_THOUSANDS.search(word)) or any(
        _IN_THOUSANDS.fullmatch(part) for part in _SEPARATORS.split(word)
    )


def _academic_year(parts: list[str]) -> bool:
    """Whether two numbers write a year and its next ("2026/27"): an intake's, not a procedure's."""
    first, second = parts[0], parts[-1]
    return len(first) == 4 and len(second) == 2 and int(second) == (int(first) + 1) % 100


def subject_codes(subject: str) -> set[str]:
    """The codes a subject writes, its reply prefixes aside."""
    base, _ = base_subject(subject)
    return {code for word in _SPLIT.split(base) if (code := subject_code(word))}


def codes_shared(items: Sequence[tuple[EmailMessage, Extraction]]) -> list[Extraction]:
    """Each reading of `items` (mail, reading), with the code its subject shares with another mail's
    subject as its requisition id, and a mail read as no application's among them made the application's."""
    codes = [subject_codes(email.subject) for email, _ in items]
    holders: dict[str, list[int]] = {}
    for index, found in enumerate(codes):
        for code in found:
            holders.setdefault(code, []).append(index)
    read = [reading for _, reading in items]
    for code, members in holders.items():
        readings = [items[i][1] for i in members]
        applications = [reading for reading in readings if reading.is_application]
        if len(members) < 2 or not applications or not _one_application(code, applications):
            continue
        employer = next((r.company for r in applications if company_key(r.company)), None)
        for index in members:
            reading = read[index]
            if reading.is_application:
                read[index] = replace(reading, requisition_id=code)
            elif reading.kind is Kind.OTHER:
                read[index] = Extraction(
                    kind=Kind.APPLICATION,
                    status=Status.APPLIED,
                    company=employer,
                    confidence=reading.confidence,
                    extractor=reading.extractor,
                    requisition_id=code,
                    status_stated=False,
                )
    return read


def _one_application(code: str, readings: list[Extraction]) -> bool:
    """Whether the application readings of one code's mails may all be one application's: their employers
    spelled alike (or none named), the roles their confirmations read one (a step's title may be a line
    it took for the post: the code says which role it is), and each requisition id they read a piece of the
    code (the reading cut it at a dot or a dash: "V26" of "V26.0871"), never another number."""
    whole = requisition_key(code)
    if any(requisition_key(r.requisition_id) not in whole for r in readings):
        return False
    employers = {company_key(r.company) for r in readings} - {""}
    titles = {title_key(r.job_title) for r in readings if r.status is Status.APPLIED} - {""}
    return all(compatible_employers(a, b) for a in employers for b in employers) and all(
        compatible_titles(a, b) for a in titles for b in titles
    )
