"""A role read as the employer: mail whose employer reading is a job title the inbox's other mail names.

A hiring manager's follow-up often puts the post where a subject puts an organisation ("Einladung zum
Gespräch – Konstrukteur Fördertechnik", "Data Steward - next steps"), and a reading that finds no organisation
may take the post for one. Where the inbox's other mail names that very title, as the role of an
application at an employer spelled otherwise, the reading names that role and no employer: the mail is
planned with the one employer whose application has the role (role_employers.py), as a follow-up naming
its role and no employer is. A mail reading a title of its own keeps its reading (its employer reading is
then not the role it names). `track`'s, over the whole inbox (tracker/inbox_names.py); the worker, one mail
at a time, knows no other mail's titles and leaves the reading as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tracker.models import Extraction
from tracker.names import company_key, title_key


def roles_read_as_employers(extractions: Sequence[Extraction]) -> list[Extraction]:
    """`extractions` (a whole inbox's), each application mail reading as its employer a title other mail
    names for another employer, and no title, read as naming that role and no employer."""
    roles: dict[str, set[str]] = {}
    for extraction in extractions:
        if extraction.is_application and extraction.company and extraction.job_title:
            roles.setdefault(title_key(extraction.job_title), set()).add(company_key(extraction.company))
    roles.pop("", None)
    if not roles:
        return list(extractions)
    result = []
    for extraction in extractions:
        company = extraction.company
        if extraction.is_application and company and not extraction.job_title:
            employers = roles.get(title_key(company), set())
            if employers - {company_key(company)}:
                extraction = replace(extraction, company=None, company_in_full=None, job_title=company)
        result.append(extraction)
    return result
