"""A posting's code written whole after the title, in brackets or after a dash: one token of parts.

"Planner [KLP-OPS-0419]", "Técnico (Código: PT/MNT/2026/77)", "Buchhalter - FIN-DE-0448": an ATS or an HR
desk writes its posting's code as one token whose parts (a country's, a site's or a department's letters, a
year, a number) are joined by dashes, slashes or underscores, sometimes after its own label and colon. The
older patterns (title_requisition_codes.py) read a code's last part only ("OPS-0419"), leaving its first
letters on the title ("Planner [KLP"), and read no label they do not list. A code is read whole: from the
bracket or the dash that opens it to its end.
"""

from __future__ import annotations

import re

from tracker.extraction.requisition import CODE_OF_PARTS

# A label of one to three words closed by its colon, in any language ("Job Code:", "Ref. No.:", "Código:",
# "Kennung:"), then a code of any shape holding a digit.
_LABEL = r"(?:[^\W\d_]{1,14}\.?\s{1,2}){0,2}[^\W\d_]{1,14}\.?\s?:\s{0,2}"
_LABELLED_CODE = r"(?=[\w/.-]{0,40}\d)[A-Za-z0-9]{1,14}(?:[-/_.][A-Za-z0-9]{1,14}){0,6}"

# In brackets at the title's end (or before another bracket or a dash that the cleaning cuts next).
CODE_TOKEN_IN_BRACKETS = re.compile(rf"\s*[(\[]\s?(?:{_LABEL}({_LABELLED_CODE})|({CODE_OF_PARTS}))\s?[)\]]$")
# After a dash or a bar at the title's end: "Buchhalter - FIN-DE-0448".
CODE_TOKEN_TRAILING = re.compile(rf"\s+[-|–]\s+({CODE_OF_PARTS})$")


def without_code_token(text: str) -> tuple[str, str | None]:
    """`text` without the whole code closing it, and that code (None where none closes it)."""
    if not any(ch.isdigit() for ch in text[-40:]):
        return text, None
    for pattern in (CODE_TOKEN_IN_BRACKETS, CODE_TOKEN_TRAILING):
        match = pattern.search(text)
        if match is None:
            continue
        head = text[: match.start()].rstrip(" -–|,:")
        if not any(ch.isalpha() for ch in head):
            continue  # the code is all there is: no title to keep
        return head, next(group for group in match.groups() if group)
    return text, None
