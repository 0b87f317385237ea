"""A requisition or client code standing on its own: "R-2025-59389", "RTL152550", "355734".

One reading serves both places a code must be told from a name: a title that is only a code
("the position of R-79480") and an employer candidate that is only a code ("at RTL152550").
"""

from __future__ import annotations

import re

# Letters then digits ("JR-1234", "RC691768"), the number perhaps in dash-joined parts ("R-2025-59389"),
# perhaps after a numbered prefix (NHS Jobs' "291-NTH-4471": an employer's number, then its own code),
# its later parts perhaps a year's two digits ("C9142-25-0087").
# A year's two digits may come first ("R24-0917", "REQ26-00412").
_LETTERED = r"(?:\d{2,4}-)?[A-Z]{1,6}(?:[-_]?\d{3,}|\d{2}(?=[-_]\d{3}))(?:[-_]\d{2,})*[A-Z]{0,3}"
# A bare number of five or more digits ("355734"), a year-style pair ("2024-01234"), "A1234567".
_NUMBERED = r"\d{5,}[A-Z]{0,3}|\d{4}-\d{4,}|[A-Z]\d{6,}"
REQUISITION_CODE = rf"(?:{_LETTERED}|{_NUMBERED})"
# Beside a title's words a roman level is the title's ("Engineer I-211299"), not the code's.
CODE_BESIDE_TITLE = rf"(?:(?![IVX][-_]?\d){_LETTERED}|{_NUMBERED})"
# A public body's file number after its short label, its parts joined by a dash or a slash ("Az. 11-204/2026",
# "GZ 2026/114", "Zl. BA-17/2026"): an abbreviation of two or three letters, with its dot or in capitals.
_LABELLED_FILE_NUMBER = r"(?:[A-Za-zÄÖÜäöü]{1,3}\.|[A-ZÄÖÜ]{2,3})\s*[A-Z]{0,4}-?\d+[-/]\d[\w/.-]*"
# A posting's code of parts, one token: "KLP-OPS-0419", "PT/MNT/2026/77", "HR_26_0311" (title_code_tokens.py):
# capitals and digits joined by dashes, slashes or underscores, a capital and a run of three digits among
# them (a school year, "2026-27", holds no letter).
_CODE_PART = r"[A-Z0-9]{1,12}"
CODE_OF_PARTS = (
    rf"(?=[A-Z0-9/_-]{{0,80}}\d{{3}})(?=[0-9/_-]{{0,80}}[A-Z]){_CODE_PART}(?:[-/_]{_CODE_PART}){{1,6}}"
)
_CODE_ALONE = re.compile(rf"^(?:{REQUISITION_CODE}|{_LABELLED_FILE_NUMBER}|{CODE_OF_PARTS})$")


def is_requisition_code(text: str) -> bool:
    """Whether `text` is a requisition or client code and nothing else."""
    return _CODE_ALONE.match(text) is not None
