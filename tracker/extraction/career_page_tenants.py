"""The employer a Brazilian ATS's link names when its mail names none: "https://grupocaraiba.gupy.io/...".

Gupy sends much of its mail as itself ("Gupy <no-reply@gupy.io>"), with the employer only in the career
page's host its links point to ("acompanhe em https://<empresa>.gupy.io/candidates"). The host's label is
read as a sender's ATS tenant is (employer_sender.py): two words where it opens with a kind of business or
ends with an organisation's noun ("grupocaraiba" -> "Grupo Caraiba"), else a label the text must spell.

The bookkeeping reads the tenants of every ATS's links too (tracker/sender_organisations.py
`_link_tenants`), and the two are kept apart on purpose: that one makes keys, to tie a sender's mails
together whatever their reading, from any ATS host or path; this one makes the employer's name a reading
stands by, so it reads only the one system whose career page is the employer's own host, and only where
the sender names no tenant itself. They share the words that name no tenant (word_lists.toml
`inbox_names_no_tenant`, `inbox_names_help_hosts`).
"""

from __future__ import annotations

import re

from tracker.extraction import platforms
from tracker.extraction.employer_sender import DOMAIN_WEIGHT, TENANT_WEIGHT, with_organisation_noun
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.text import PreparedEmail

# The systems whose career pages are the employer's own host under the system's domain.
_CAREER_PAGE_HOST = re.compile(r"https?://([a-z0-9-]{3,40})\.gupy\.io\b", re.I)
# The system's own hosts (its help pages, its app) and a host's hiring words are nobody's tenant.
_NO_TENANT = re.compile(
    rf"(?:{word_list('inbox_names_no_tenant')}|{word_list('inbox_names_help_hosts')})", re.I
)


def career_page_tenant(email: PreparedEmail) -> list[tuple[str, float, bool]]:
    """The one employer the mail's career-page links name, as find_employer's hint (name, weight, stated in
    the text: never); none where the sender carries a tenant itself or the links name several."""
    if "gupy.io" not in email.body_lower or platforms.ats_tenant(email.sender):
        return []
    tenants = {
        label.lower() for label in _CAREER_PAGE_HOST.findall(email.body) if not _NO_TENANT.fullmatch(label)
    }
    if len(tenants) != 1:
        return []
    tenant = tenants.pop().replace("-", "")
    spelled = with_organisation_noun(tenant)
    return [(spelled, DOMAIN_WEIGHT, False)] if spelled else [(tenant, TENANT_WEIGHT, False)]
