"""Which applications happen and the emails each one brings, in order, with realistic gaps.

A few featured applications are always planned (look-alike employers, two roles at one employer, foreign
languages, an offer with a letter, subject reuse, untitled rejections...); the rest are drawn at random
from weighted channels and lifecycle shapes.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from devstack.demo_mailbox import people
from devstack.demo_mailbox.featured import FEATURED
from devstack.demo_mailbox.model import (
    APPLIED,
    ASSESSMENT,
    INTERVIEW,
    OFFER,
    REJECTED,
    WITHDRAWN,
    PlannedStep,
    Role,
    Step,
)
from devstack.demo_mailbox.people import Employer

ATS_KEYS = ("workday", "greenhouse", "lever", "ashby", "icims", "smartrecruiters", "taleo", "workable")
# How Alex applied (an ATS, a job board's easy-apply, or straight to the employer), by share of applications.
_CHANNELS = {
    "workday": 18,
    "greenhouse": 16,
    "lever": 9,
    "ashby": 7,
    "icims": 7,
    "smartrecruiters": 5,
    "taleo": 5,
    "workable": 5,
    "linkedin": 14,
    "indeed": 8,
    "direct": 6,
}
# What happened after applying, by share of applications.
_SHAPES = {
    (): 45,  # never heard back
    (REJECTED,): 30,
    (ASSESSMENT, REJECTED): 5,
    (INTERVIEW, REJECTED): 7,
    (ASSESSMENT, INTERVIEW, REJECTED): 3,
    (INTERVIEW, INTERVIEW, OFFER): 1,
    (ASSESSMENT, INTERVIEW, OFFER): 1,
    (INTERVIEW, WITHDRAWN): 2,
    (WITHDRAWN,): 3,
    (ASSESSMENT,): 2,  # still open
    (INTERVIEW,): 3,  # still open
}


@dataclass(frozen=True)
class Window:
    """The span the mailbox covers."""

    start: datetime
    end: datetime


@dataclass
class Plan:
    """One application and the steps (emails) it will produce, in send order."""

    role: Role
    steps: list[Step] = field(default_factory=list)


def plan_applications(rng: random.Random, count: int, window: Window) -> list[Plan]:
    """`count` applications: the featured ones first (as many as fit), then random ones."""
    plans: list[Plan] = []
    for index, (employer, title, wants) in enumerate(FEATURED[:count]):
        role = _role(rng, index, employer, title, window, sum(want.after_days for want in wants))
        plans.append(Plan(role, _schedule(rng, role.applied_at, wants)))
    pool = people.employer_pool(rng)
    picker = _EmployerPicker(pool)
    channels = _deck(rng, _CHANNELS, count - len(plans))
    shapes = _deck(rng, _SHAPES, count - len(plans))
    for index, channel, shape in zip(range(len(plans), count), channels, shapes, strict=True):
        employer, fresh = picker.pick(rng)
        wants = _random_wants(rng, channel, shape, untitled_ok=fresh)
        title = picker.new_title(rng, employer, exclusive=any(not want.titled for want in wants))
        role = _role(rng, index, employer, title, window, sum(want.after_days for want in wants))
        plans.append(Plan(role, _schedule(rng, role.applied_at, wants)))
    return plans


class _EmployerPicker:
    """Hands out employers for random applications: mostly new ones, sometimes (about one in ten) a second
    role at an employer already applied to. An employer whose emails name no title gets no second
    application, and no employer gets the same title twice (that would be the same application)."""

    REUSE_SHARE = 0.1

    def __init__(self, pool: list[Employer]) -> None:
        self.pool = pool
        self.titles: dict[str, set[str]] = {}
        self.reusable: dict[str, Employer] = {}

    def pick(self, rng: random.Random) -> tuple[Employer, bool]:
        """An employer, and whether Alex has not applied there before."""
        if self.pool and (not self.reusable or rng.random() > self.REUSE_SHARE):
            return self.pool.pop(0), True
        return rng.choice(list(self.reusable.values())), False

    def new_title(self, rng: random.Random, employer: Employer, exclusive: bool) -> str:
        taken = self.titles.setdefault(employer.name, set())
        title = rng.choice([role for role in people.ROLES if role not in taken])
        taken.add(title)
        if exclusive or len(taken) == len(people.ROLES):
            self.reusable.pop(employer.name, None)
        else:
            self.reusable[employer.name] = employer
        return title


def spare_employers(plans: list[Plan], rng: random.Random) -> list[Employer]:
    """Employers no application mentions, for recruiters and alerts to name (applied-to ones if none are
    left, as in very large mailboxes)."""
    applied = {plan.role.employer.name: plan.role.employer for plan in plans}
    spare = [employer for employer in people.employer_pool(rng) if employer.name not in applied]
    return spare[:400] or list(applied.values())


def _random_wants(
    rng: random.Random, channel: str, shape: tuple[str, ...], untitled_ok: bool
) -> list[PlannedStep]:
    wants = [PlannedStep(APPLIED, channel, 0, "long" if channel == "icims" and rng.random() < 0.1 else "")]
    if channel in ATS_KEYS and rng.random() < 0.07:
        wants.append(PlannedStep(APPLIED, "linkedin", 0.01))  # the same job, also confirmed by the board
    if channel == "linkedin" and rng.random() < 0.3:
        wants.append(PlannedStep(APPLIED, "linkedin", rng.uniform(1, 8), "viewed"))
    follow_up = channel if channel in ATS_KEYS else "direct"
    in_thread = False
    for status in shape:
        after_interview = wants[-1].status == INTERVIEW
        if status == ASSESSMENT:
            sender = rng.choice(["hackerrank", "codility", "hirevue", "direct", follow_up])
            wants.append(PlannedStep(ASSESSMENT, sender, rng.uniform(2, 9)))
        elif status == INTERVIEW:
            wants += _interview_wants(rng, channel, in_thread)
            in_thread = True
        elif status == OFFER:
            wants.append(PlannedStep(OFFER, "direct", rng.uniform(4, 12), "verbal", reply=True))
            wants.append(PlannedStep(OFFER, rng.choice(["direct", "docusign"]), rng.uniform(1, 3), "letter"))
        elif status == REJECTED:
            wants.append(_rejection_want(rng, channel, follow_up, after_interview, in_thread, untitled_ok))
        else:
            variant = rng.choice(["candidate", "cancelled"])
            sender = "direct" if in_thread or follow_up == "direct" else follow_up
            # Alex's withdrawal is an email the recruiter answers, in the conversation or a new one.
            reply = sender == "direct" and (in_thread or variant == "candidate")
            wants.append(PlannedStep(WITHDRAWN, sender, rng.uniform(3, 30), variant, reply=reply))
    return wants


def _interview_wants(rng: random.Random, channel: str, in_thread: bool) -> list[PlannedStep]:
    if in_thread:  # a later round, arranged in the existing conversation
        return [PlannedStep(INTERVIEW, "direct", rng.uniform(5, 14), reply=True)]
    gap = rng.uniform(3, 14)
    if channel in ("greenhouse", "ashby", "lever") and rng.random() < 0.4:
        first = PlannedStep(INTERVIEW, channel, gap)
    elif channel == "indeed" and rng.random() < 0.5:
        first = PlannedStep(INTERVIEW, "indeed", gap)
    elif rng.random() < 0.1:
        first = PlannedStep(INTERVIEW, "goodtime", gap)
    else:
        first = PlannedStep(INTERVIEW, "direct", gap)
    wants = [first]
    if rng.random() < 0.5:
        wants.append(PlannedStep(INTERVIEW, "direct", rng.uniform(0.2, 2), reply=True))
    if rng.random() < 0.3:
        wants.append(PlannedStep(INTERVIEW, "direct", rng.uniform(0.01, 0.3), "calendar"))
    return wants


def _rejection_want(rng, channel, follow_up, after_interview, in_thread, untitled_ok) -> PlannedStep:
    gap = rng.uniform(3, 14) if after_interview else rng.uniform(3, 45)
    if in_thread and rng.random() < 0.6:
        return PlannedStep(REJECTED, "direct", gap, reply=True)
    if channel in ("linkedin", "indeed") and rng.random() < 0.5:
        return PlannedStep(REJECTED, channel, gap)
    if follow_up == "direct":
        return PlannedStep(REJECTED, "direct", gap)
    roll = rng.random()
    if roll < 0.25:
        return PlannedStep(REJECTED, follow_up, gap, "same_subject")  # the subject may name the title
    variant = "update_subject" if roll < 0.3 else ""
    return PlannedStep(REJECTED, follow_up, gap, variant, titled=not (untitled_ok and rng.random() < 0.15))


def _schedule(rng: random.Random, applied_at: datetime, wants: Sequence[PlannedStep]) -> list[Step]:
    steps: list[Step] = []
    when = applied_at
    for want in wants:
        if want.after_days >= 1:
            when = _business_hours(rng, when + timedelta(days=want.after_days))
        elif want.after_days:
            when += timedelta(minutes=rng.uniform(1, 20))
        steps.append(Step(want.status, want.sender, when, want.titled, want.variant, reply=want.reply))
    return steps


def _business_hours(rng: random.Random, when: datetime) -> datetime:
    """Move a follow-up to a weekday, 13:00-22:59 UTC (US working hours)."""
    while when.weekday() >= 5:
        when += timedelta(days=1)
    return when.replace(hour=rng.randint(13, 22), minute=rng.randint(0, 59), second=rng.randint(0, 59))


def _role(
    rng: random.Random, index: int, employer: Employer, title: str, window: Window, days: float
) -> Role:
    latest = max(window.end - timedelta(days=days + 2) - window.start, timedelta(days=1))
    applied = window.start + timedelta(seconds=rng.uniform(0, latest.total_seconds()))
    applied = applied.replace(
        hour=rng.choice([0, 1, 2, 3, 14, 16, 18, 20, 22, 23]), minute=rng.randint(0, 59)
    )
    return Role(
        key=f"app-{index + 1:03d}",
        employer=employer,
        title=title,
        location=rng.choice(people.LOCATIONS) if employer.language == "en" else "",
        requisition=str(rng.randint(10000, 99999)),
        recruiter=_staff(rng, employer),
        hiring_manager=_staff(rng, employer),
        applied_at=applied,
    )


def _staff(rng: random.Random, employer: Employer) -> people.Person:
    if employer.language == "de":
        return people.Person(*rng.choice(people.GERMAN_NAMES), employer.domain)
    if employer.language == "fr":
        return people.Person(*rng.choice(people.FRENCH_NAMES), employer.domain)
    return people.person(rng, employer.domain)


def _deck(rng: random.Random, weights: dict, size: int) -> list:
    """`size` draws in the proportions of `weights`, stratified so small samples keep the mix, shuffled."""
    total = sum(weights.values())
    deck = [option for option, weight in weights.items() for _ in range(size * weight // total)]
    deck += rng.choices(list(weights), list(weights.values()), k=size - len(deck))
    rng.shuffle(deck)
    return deck
