"""The one application the tracker is known to split, so the user's merge has a true case to mend.

Alex applies on the careers site of Harrow Freight (its own ATS confirms). A week later a recruiting
agency writes for the parent company, Corvane Logistics Group, to arrange the interview for that same
application: a careful reader sees one application (the email says Corvane is the company behind
Harrow and that Alex applied through its careers site), but nothing the tracker can check ties the two
employer names together, so it keeps two records. `make demo` merges them, as a user would.

Written with its own random stream and added after the rest, so every other email of the mailbox is
what it was without it.
"""

from __future__ import annotations

import random
from datetime import timedelta

from devstack.demo_mailbox.lifecycles import Plan, Window
from devstack.demo_mailbox.model import APPLIED, INTERVIEW, Draft, Role, Step, application_truth
from devstack.demo_mailbox.people import Employer, Person, person

HARROW = Employer("Harrow Freight", "harrowfreight.com", ("Harrow Freight, Inc.",))
PARENT = "Corvane Logistics Group"
AGENCY, AGENCY_DOMAIN = "Baytree Talent", "baytreetalent.com"
TITLE = "Data Engineer"
KEY = "app-relayed"


def relayed_plan(rng: random.Random, window: Window) -> Plan:
    """Applied through Harrow Freight's ATS; six to nine days later, the agency's interview request."""
    applied = window.start + timedelta(days=rng.uniform(40, 100), hours=rng.uniform(0, 10))
    applied = applied.replace(hour=15 + rng.randint(0, 6), microsecond=0)
    role = Role(
        key=KEY,
        employer=HARROW,
        title=TITLE,
        location="Chicago, IL",
        requisition=str(rng.randint(10000, 99999)),
        recruiter=person(rng, AGENCY_DOMAIN),
        hiring_manager=person(rng, HARROW.domain),
        applied_at=applied,
    )
    asked = applied + timedelta(days=rng.uniform(6, 9), hours=rng.uniform(-3, 3))
    return Plan(role, [Step(APPLIED, "greenhouse", applied), Step(INTERVIEW, "agency", asked)])


def agency_email(rng: random.Random, role: Role, step: Step) -> Draft:
    """The agency recruiter's interview request, naming only the parent company's name."""
    recruiter: Person = role.recruiter
    day = rng.choice(("Tuesday", "Wednesday", "Thursday"))
    text = (
        f"Hi Alex,\n\n"
        f"I'm working with my client {PARENT}, the parent company behind Harrow, on their {role.title} "
        f"hire. Their hiring team reviewed the application you sent through their careers site and would "
        f"like to set up a first interview with the engineering manager next week. Would {day} afternoon "
        f"work for a 45-minute video call? If not, send me a few times that suit you.\n\n"
        f"Best regards,\n{recruiter.full}\nSenior Consultant | {AGENCY}\n"
    )
    return Draft(
        sender_name=recruiter.full,
        sender_address=recruiter.address,
        subject=f"Interview request: {role.title} at {PARENT}",
        truth=application_truth(role, INTERVIEW),
        text=text,
        category="CATEGORY_PERSONAL",
        important=True,
    )
