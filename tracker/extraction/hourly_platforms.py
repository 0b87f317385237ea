"""The systems US hourly hiring runs on: restaurant, retail, warehouse and care employers hire through
them, and each sends under its own domain and name on the employer's behalf ("Harri", "Workstream",
"The Fountain Team"), so the name is a sender, never the hiring employer (platforms.py merges these)."""

from __future__ import annotations

# Applicant-tracking and hiring-chat systems built for hourly work. Each sends every employer's mail from
# its own shared mailboxes ("Bluewater Bay Waterpark <notifications@hireology.com>"), the employer named in
# the display name (employer_sender.py reads it).
HOURLY_ATS_DOMAINS = {
    "harri.com": "Harri",
    "fountain.com": "Fountain",
    "workstream.us": "Workstream",
    "workstream.is": "Workstream",
    "higherme.com": "HigherMe",
    "applicantpro.com": "ApplicantPro",
    "apploi.com": "Apploi",
    "talentreef.com": "TalentReef",
    "jobappnetwork.com": "TalentReef",
    "paycomonline.net": "Paycom",
    "hourly.io": "Hourly",
    "hireology.com": "Hireology",
}

# Boards and shift marketplaces for hourly work (the worker books shifts or applies through them).
HOURLY_BOARD_DOMAINS = {
    "indeedflex.com": "Indeed Flex",
    "instawork.com": "Instawork",
    "shiftsmart.com": "Shiftsmart",
    "wonolo.com": "Wonolo",
    "jobget.com": "JobGet",
}
