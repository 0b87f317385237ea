"""A site and the body that runs it: a hospital and its NHS trust, a school and its academy trust, council or
district. The post is at the site ("the post of Healthcare Assistant at St James's University Hospital");
the body employs ("Leeds Teaching Hospitals NHS Trust would like to invite you"). Where a mail names both,
the body is the employer (docs/DESIGN.md, "A site and the body that runs it"); a site named alone is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extraction.employer_candidates import Candidate

# The last words of a place where the work is done: "St James's University Hospital", "Oakfield Primary
# School", "Riverside Medical Centre". Not "Academy" nor "College" (each the name of an employer too).
_SITE = re.compile(
    r"\b(?:hospital|infirmary|hospice|clinic|medical cent(?:re|er)|health cent(?:re|er)|surgery|"
    r"(?:primary|junior|infant|secondary|high|middle|elementary|grammar|special) school|school)$",
    re.I,
)
# The last words of the body that runs sites and employs their staff.
_RUNNING_BODY = re.compile(
    r"\b(?:nhs (?:foundation )?trust|health (?:and social care )?trust|health board|academy trust|"
    r"schools? trust|learning trust|education trust|(?:county |city |borough |district )?council|"
    r"school district|health service|(?:county|city) schools)$",
    re.I,
)


def running_body(best: list[Candidate], clusters: Sequence[list[Candidate]]) -> list[Candidate] | None:
    """The cluster of the body that runs `best`'s site, where `best` names a site and the mail names such
    a body too (the best-backed of them, the first at equal backing); None otherwise."""
    if not _SITE.search(best[0].name):
        return None
    bodies = [
        cluster for cluster in clusters if cluster is not best and _RUNNING_BODY.search(cluster[0].name)
    ]
    return max(bodies, key=lambda cluster: sum(c.weight for c in cluster), default=None)
