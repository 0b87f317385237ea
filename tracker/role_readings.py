"""A role read as the employer: mail whose employer reading is a job title the inbox's other mail names.

A hiring manager's follow-up often puts the post where a subject puts an organisation ("Einladung zum
Gespräch – Konstrukteur Fördertechnik", "Data Steward - next steps"), and a reading that finds no organisation
may take the post for one. Where the inbox's other mail names that very title, as the role of an
application at an employer spelled otherwise, the reading names that role and no employer: the mail is
planned with the one employer whose application has the role (role_employers.py), as a follow-up naming
its role and no employer is. A mail reading a title of its own keeps its reading (its employer reading is
then not the role it names), unless its employer and title read are that title cut in two ("Category
Insights" and "Lead Analyst" of the subject's "Category Insights - Lead Analyst interview"; "Treasury
Operations" and "Senior Analyst" of "Senior Analyst, Treasury Operations Desk"): it
names the whole role, as the other mail writes it, and no employer. `track`'s, over the whole inbox
(tracker/inbox_names.py); the worker, one mail at a time, knows no other mail's titles and leaves the
reading as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tracker.compatible_spellings import compatible_employers, compatible_titles
from tracker.models import Extraction
from tracker.names import company_key, title_key
from tracker.step_titles import role_title


def roles_read_as_employers(extractions: Sequence[Extraction]) -> list[Extraction]:
    """`extractions` (a whole inbox's), each application mail reading as its employer a title other mail
    names for another employer, and no title, or with its title that role cut in two (`_cut_in_two`),
    read as naming that role and no employer."""
    roles: dict[str, set[str]] = {}
    spellings: dict[str, str] = {}
    for extraction in extractions:
        if extraction.is_application and extraction.company and extraction.job_title:
            key = title_key(extraction.job_title)
            roles.setdefault(key, set()).add(company_key(extraction.company))
            spellings.setdefault(key, extraction.job_title)
    roles.pop("", None)
    if not roles:
        return list(extractions)
    by_first_word: dict[str, list[str]] = {}
    for key in roles:
        by_first_word.setdefault(key.split()[0], []).append(key)
    result = []
    for extraction in extractions:
        company = extraction.company
        if extraction.is_application and company and not extraction.job_title:
            if _another_employer(roles.get(title_key(company), set()), company_key(company)):
                extraction = replace(extraction, company=None, company_in_full=None, job_title=company)
        elif extraction.is_application and company and extraction.job_title:
            # A title carrying news after the role ("... next steps") is the role (step_titles.role_title).
            title = title_key(role_title(extraction.job_title))
            role = _cut_in_two(title_key(company), title, by_first_word)
            if role and _another_employer(roles[role], company_key(company)):
                extraction = replace(
                    extraction, company=None, company_in_full=None, job_title=spellings[role]
                )
        result.append(extraction)
    return result


def _another_employer(employers: set[str], company: str) -> bool:
    """Whether one of `employers` (keys) is another employer than `company`: not a spelling of it."""
    return any(not compatible_employers(employer, company) for employer in employers)


def _cut_in_two(company: str, title: str, by_first_word: dict[str, list[str]]) -> str | None:
    """The role (a title key of `by_first_word`'s, by its first word) an employer and a title read, both
    title keys, are cut from: the two joined in either order are that role or its shorter spelling
    (compatible_titles), each word once and every word one of the role's."""
    if not company or not title:
        return None
    for joined in (f"{company} {title}", f"{title} {company}"):
        words = joined.split()
        for role in by_first_word.get(words[0], ()):
            role_words = set(role.split())
            if role == joined or (
                len(set(words)) == len(words) and set(words) <= role_words and compatible_titles(joined, role)
            ):
                return role
    return None
