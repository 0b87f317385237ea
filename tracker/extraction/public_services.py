"""Public services of the UK, Ireland, Australia and New Zealand: the systems that send their mail and the
government suffixes their domains sit under (and those of European governments whose bodies share one
domain). platforms.py merges these into its lists.

Kept apart from public_bodies.py (which reads their names as candidates) so that platforms.py can read it
without importing the employer's readings; what of a title names the body advertising it is
title_cleaning.py's.
"""

from __future__ import annotations

# Their applicant-tracking systems: senders, never the employer.
PUBLIC_ATS_DOMAINS = {
    "trac.jobs": "Trac", "jobtrain.co.uk": "Jobtrain", "pageuppeople.com": "PageUp",
    "pageup.com.au": "PageUp",
    "stonefish.co.uk": "Stonefish", "talentlink.com": "TalentLink", "lumessetalentlink.com": "TalentLink",
    "tal.net": "Oleeo", "oleeo.com": "Oleeo", "engageats.co.uk": "Engage ATS", "hireful.co.uk": "Hireful",
    "networxrecruitment.com": "Networx", "ciphr.com": "CIPHR", "eploy.net": "Eploy", "eploy.co.uk": "Eploy",
    "snaphire.com.au": "Snaphire", "bigredsky.com": "Big Red Sky", "elmotalent.com.au": "ELMO",
}  # fmt: skip
# Their boards, where every body posts: "publicjobs" is nobody's employer.
PUBLIC_BOARD_DOMAINS = {
    "jobs.ac.uk": "jobs.ac.uk", "publicjobs.ie": "publicjobs", "apsjobs.gov.au": "APSjobs",
    "smartjobs.qld.gov.au": "SmartJobs", "iworkfor.nsw.gov.au": "I work for NSW", "careers.vic.gov.au":
    "Careers.vic", "jobs.govt.nz": "NZ Government Jobs", "kiwihealthjobs.com": "Kiwi Health Jobs",
    "healthjobsuk.com": "Health Jobs UK", "myjobscotland.gov.uk": "myjobscotland",
    "lgjobs.com": "LGjobs", "jobsgopublic.com": "Jobs Go Public", "jobs.scot.nhs.uk": "NHS Scotland Jobs",
}  # fmt: skip
# Names their mail gives those systems beyond the names above ("APS Jobs", "publicjobs.ie", "Trac Jobs").
PUBLIC_PLATFORM_NAMES = {"aps jobs", "publicjobs.ie", "trac jobs"}

# A state's level under a government suffix: "health.vic.gov.au" is Health's of Victoria; the state is
# nobody's employer.
THREE_PART_SUFFIXES = {f"{state}.gov.au" for state in ("vic", "nsw", "qld", "wa", "sa", "tas", "act", "nt")}
TWO_PART_SUFFIXES = {"gov.scot", "gov.wales", "nhs.scot", "nhs.wales", "gov.ie"}
# A government's shared domain in Europe, each of its bodies at a level of its own: "mobiliteit.vlaanderen.be"
# is a Flemish agency's, "interieur.gouv.fr" a ministry's; the government is no one body's name, and two
# bodies' mail under it is two employers'. (Not yet the Union's "europa.eu": an agency's own label there,
# read as its sender, gave way to its secretariat's signature.)
TWO_PART_SUFFIXES |= {
    "gouv.fr", "admin.ch", "bund.de", "fgov.be", "belgium.be", "belgie.be", "vlaanderen.be", "wallonie.be",
}  # fmt: skip
