"""The applications every demo mailbox has, whatever the seed: each exercises something the tracker must get
right (look-alike employers, two roles at one employer, German and French mail, an offer with a letter, a
rejection that reuses the confirmation's subject or names no title, an ATS and a job board confirming one
application, a withdrawal, a cancelled requisition, a very long and an empty email)."""

from __future__ import annotations

from devstack.demo_mailbox import people
from devstack.demo_mailbox.model import APPLIED, ASSESSMENT, INTERVIEW, OFFER, REJECTED, WITHDRAWN
from devstack.demo_mailbox.model import PlannedStep as Step

# (employer, job title, steps: status, sender, days after the previous step, variant, titled, reply)
FEATURED = (
    (
        people.ACME,
        "Senior Data Engineer",
        (
            Step(APPLIED, "greenhouse", 0),
            Step(ASSESSMENT, "hackerrank", 4),
            Step(INTERVIEW, "direct", 9),
            Step(INTERVIEW, "direct", 1, reply=True),
            Step(INTERVIEW, "direct", 0.2, "calendar"),
            Step(OFFER, "direct", 12, "verbal", reply=True),
            Step(OFFER, "direct", 2, "letter"),
        ),
    ),
    (
        people.NORTHWIND,
        "Machine Learning Engineer",
        (
            Step(APPLIED, "lever", 0),
            Step(INTERVIEW, "direct", 6),
            Step(INTERVIEW, "direct", 1, reply=True),
            Step(REJECTED, "direct", 10, reply=True),
        ),
    ),
    (
        people.NORTHWINDS,
        "Quantitative Developer",
        (Step(APPLIED, "workday", 0), Step(REJECTED, "workday", 21, "same_subject")),
    ),
    (
        people.AVAIL,
        "Data Platform Engineer",
        (Step(APPLIED, "lever", 0), Step(REJECTED, "lever", 16, titled=False)),
    ),
    (
        people.AVRA,
        "Analytics Engineer",
        (Step(APPLIED, "ashby", 0), Step(ASSESSMENT, "codility", 5), Step(REJECTED, "ashby", 12)),
    ),
    (people.HELIX, "Data Scientist", (Step(APPLIED, "workday", 0), Step(REJECTED, "workday", 18))),
    (
        people.HELIX,
        "Senior Data Analyst",
        (
            Step(APPLIED, "workday", 0),
            Step(INTERVIEW, "direct", 10),
            Step(WITHDRAWN, "direct", 6, "candidate", reply=True),
        ),
    ),
    (
        people.LUMEN,
        "Data Engineer, Payments",
        (
            Step(APPLIED, "greenhouse", 0),
            Step(APPLIED, "linkedin", 0.01),
            Step(REJECTED, "greenhouse", 25, "update_subject"),
        ),
    ),
    (people.KESSLER, "Data Engineer", (Step(APPLIED, "foreign", 0), Step(REJECTED, "foreign", 14))),
    (people.LUMIERE, "Ingénieur Data", (Step(APPLIED, "foreign", 0), Step(REJECTED, "foreign", 19))),
    (
        people.QUILLON,
        "Senior Backend Engineer, Search",
        (
            Step(APPLIED, "icims", 0, "long"),
            Step(INTERVIEW, "goodtime", 8),
            Step(INTERVIEW, "direct", 1, "empty"),
            Step(REJECTED, "icims", 12),
        ),
    ),
    (
        people.BRIGHTLINE,
        "Site Reliability Engineer",
        (Step(APPLIED, "taleo", 0), Step(WITHDRAWN, "taleo", 30, "cancelled")),
    ),
    (
        people.LARKSPUR,
        "Business Intelligence Developer",
        (Step(APPLIED, "workable", 0), Step(ASSESSMENT, "hirevue", 3), Step(REJECTED, "workable", 11)),
    ),
    (
        people.ORCHARD,
        "Lead Data Engineer",
        (
            Step(APPLIED, "linkedin", 0),
            Step(APPLIED, "linkedin", 3, "viewed"),
            Step(INTERVIEW, "direct", 4),
            Step(INTERVIEW, "calendly", 1),
            Step(INTERVIEW, "direct", 8, reply=True),
            Step(OFFER, "docusign", 9),
        ),
    ),
    (
        people.TIDEWATER,
        "Data Analyst",
        (Step(APPLIED, "indeed", 0), Step(INTERVIEW, "indeed", 5), Step(REJECTED, "indeed", 9)),
    ),
    (people.PINECREST, "Senior Data Scientist", (Step(APPLIED, "direct", 0),)),
    (
        people.SALTBOX,
        "Junior Data Engineer",
        (Step(APPLIED, "smartrecruiters", 0), Step(WITHDRAWN, "smartrecruiters", 7, "candidate")),
    ),
)
