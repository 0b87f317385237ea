"""Put the mailbox together: plan applications, write every email with dates, ids, threads and labels,
then fill about half the inbox with mail that is not an application."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from devstack.demo_mailbox.alert_templates import ALERTS
from devstack.demo_mailbox.ats_styles import STYLES
from devstack.demo_mailbox.ats_templates import ats_email
from devstack.demo_mailbox.conversation import Thread, make_reply
from devstack.demo_mailbox.decoy_templates import DECOYS
from devstack.demo_mailbox.direct_templates import direct_email
from devstack.demo_mailbox.featured import FEATURED
from devstack.demo_mailbox.foreign_templates import foreign_email
from devstack.demo_mailbox.ids import gmail_id, message_id
from devstack.demo_mailbox.lifecycles import Plan, Window, plan_applications, spare_employers
from devstack.demo_mailbox.mime_build import build_raw
from devstack.demo_mailbox.model import (
    DEMO_USER_ADDRESS,
    DEMO_USER_NAME,
    INTERVIEW,
    OFFER,
    WITHDRAWN,
    Cast,
    DemoEmail,
    Draft,
    Role,
    Step,
    application_truth,
)
from devstack.demo_mailbox.noise_templates import OTHERS
from devstack.demo_mailbox.outreach_templates import OUTREACHES
from devstack.demo_mailbox.people import ROLES
from devstack.demo_mailbox.platform_templates import PLATFORMS, platform_email
from devstack.demo_mailbox.relayed import agency_email, relayed_plan

MAILBOX_DAYS = 150  # about five months
NOISE_SHARE = 0.46  # of the whole mailbox: "about half"
_NOISE = {**ALERTS, **DECOYS, **OUTREACHES, **OTHERS}
# Senders whose interview emails open a conversation the employer later replies in.
_CONVERSATION_OPENERS = ("direct", "greenhouse", "ashby", "lever", "goodtime", "indeed")


def generate_mailbox(
    seed: int = 7, applications: int = 90, start: date = date(2026, 5, 4)
) -> list[DemoEmail]:
    """A job seeker's inbox over ~5 months from `start`, with ground truth; the same for the same arguments.

    About two emails per application plus as many non-applications: ~350 emails at the defaults, ~2,300
    for 600 applications. Sorted by date. A mailbox with more applications than the featured ones also
    has the relayed one (devstack/demo_mailbox/relayed.py), which the tracker splits in two.
    """
    window_start = datetime.combine(start, time(0, 0), UTC)
    window = Window(window_start, window_start + timedelta(days=MAILBOX_DAYS))
    plan_rng = random.Random(f"demo-mailbox/{seed}/plans")
    plans = plan_applications(plan_rng, applications, window)
    writer = _MailboxWriter(random.Random(f"demo-mailbox/{seed}/emails"), window)
    for plan in plans:
        writer.write_application(plan)
    applied = tuple({plan.role.employer.name: plan.role.employer for plan in plans}.values())
    cast = Cast(applied, tuple(spare_employers(plans, plan_rng)), ROLES)
    noise_target = round(len(writer.emails) * NOISE_SHARE / (1 - NOISE_SHARE))
    writer.write_noise(random.Random(f"demo-mailbox/{seed}/noise"), cast, noise_target)
    if applications > len(FEATURED):
        relayed = _MailboxWriter(random.Random(f"demo-mailbox/{seed}/relayed"), window)
        relayed.write_application(relayed_plan(relayed.rng, window))
        writer.emails += relayed.emails
    return sorted(writer.emails, key=lambda email: (email.received_at, email.message_id))


class _MailboxWriter:
    """Writes emails into one list, giving each its date, Message-ID, Gmail thread and labels."""

    def __init__(self, rng: random.Random, window: Window) -> None:
        self.rng = rng
        self.window = window
        self.emails: list[DemoEmail] = []

    def write_application(self, plan: Plan) -> None:
        role = plan.role
        conversation: Thread | None = None
        first_subject: str | None = None
        for step in plan.steps:
            if step.reply and conversation is None and step.status == WITHDRAWN:
                conversation = self._alex_writes_first(role, step)
            elif step.reply and conversation is None:
                step = replace(step, reply=False)
            if step.variant == "same_subject":
                step = replace(step, reuse_subject=first_subject)
            draft = _draft_for(self.rng, role, step)
            if step.reply:
                if conversation.last_draft.sender_address != DEMO_USER_ADDRESS:
                    draft.answers_note = _alex_note(self.rng, role, step)
                draft = make_reply(self.rng, draft, conversation, step.when)
            if draft.truth.job_title is None and _states(draft, role.title):
                draft.truth = replace(draft.truth, job_title=role.title)  # e.g. in a quoted or reused subject
            email = self._deliver(draft, step.when, conversation)
            first_subject = first_subject or draft.subject
            if conversation is not None and step.reply:
                conversation.last_draft, conversation.last_when = draft, step.when
                conversation.references.append(email.message_id)
            elif _opens_conversation(step):
                conversation = Thread(email.thread_id, draft.subject, draft, step.when, [email.message_id])

    def _alex_writes_first(self, role: Role, step: Step) -> Thread:
        """A conversation Alex started (sent mail, so not in the inbox): the employer's reply answers it."""
        when = step.when - timedelta(hours=self.rng.uniform(2, 30))
        note = Draft(
            sender_name=DEMO_USER_NAME,
            sender_address=DEMO_USER_ADDRESS,
            subject=f"Withdrawing my application - {role.title}",
            truth=application_truth(role, WITHDRAWN),
            text=_alex_note(self.rng, role, step),
        )
        msgid = message_id(self.rng, "gmail", "mail.gmail.com", when)
        return Thread(gmail_id(when, msgid), note.subject, note, when, [msgid])

    def write_noise(self, rng: random.Random, cast: Cast, target: int) -> None:
        names = [name for name, (_, _, always) in _NOISE.items() if always]
        weights = {name: weight for name, (_, weight, _) in _NOISE.items() if weight}
        written = 0
        while written < target or names:
            name = names.pop(0) if names else rng.choices(list(weights), list(weights.values()))[0]
            when = self.window.start + timedelta(
                seconds=rng.uniform(0, (self.window.end - self.window.start).total_seconds())
            )
            result = _NOISE[name][0](rng, cast, when)
            drafts = result if isinstance(result, list) else [result]
            thread: Thread | None = None
            for draft in drafts:
                if thread is not None:
                    when += timedelta(days=rng.uniform(0.5, 4))
                    draft = make_reply(rng, draft, thread, when)
                email = self._deliver(draft, when, thread)
                if thread is None:
                    thread = Thread(email.thread_id, draft.subject, draft, when, [email.message_id])
                else:
                    thread.last_draft, thread.last_when = draft, when
                    thread.references.append(email.message_id)
                written += 1

    def _deliver(self, draft: Draft, when: datetime, thread: Thread | None) -> DemoEmail:
        when = when.replace(microsecond=0)
        msgid = message_id(self.rng, draft.msgid_style, draft.msgid_domain, when)
        in_reply_to = draft.references[-1] if draft.references else None
        raw = build_raw(self.rng, draft, when, msgid, in_reply_to)
        thread_id = thread.thread_id if thread is not None and draft.references else gmail_id(when, msgid)
        scheduled = tuple((kind, at.astimezone(UTC)) for kind, at in draft.scheduled)
        email = DemoEmail(raw, msgid, when, self._labels(draft, when), draft.truth, thread_id, scheduled)
        self.emails.append(email)
        return email

    def _labels(self, draft: Draft, when: datetime) -> tuple[str, ...]:
        age = (self.window.end - when) / (self.window.end - self.window.start)  # 1 = oldest, 0 = newest
        unread_chance = (0.6 if draft.bulk else 0.15) * (1 - age) + (0.1 if draft.bulk else 0.0)
        labels = ["UNREAD"] if self.rng.random() < unread_chance else []
        if draft.important:
            labels.append("IMPORTANT")
        return (*labels, draft.category, "INBOX")


def _draft_for(rng: random.Random, role: Role, step: Step) -> Draft:
    if step.sender in STYLES:
        return ats_email(rng, step.sender, role, step)
    if step.sender in PLATFORMS:
        return platform_email(rng, step.sender, role, step)
    if step.sender == "foreign":
        return foreign_email(rng, role, step)
    if step.sender == "agency":
        return agency_email(rng, role, step)
    return direct_email(rng, role, step)


def _states(draft: Draft, text: str) -> bool:
    return any(text in part for part in (draft.subject, draft.text or "", draft.html or ""))


def _opens_conversation(step: Step) -> bool:
    """Whether the employer's later replies answer this email (the latest such email wins)."""
    if step.reply or step.variant in ("calendar", "empty"):
        return False
    return step.status == INTERVIEW and step.sender in _CONVERSATION_OPENERS


def _alex_note(rng: random.Random, role: Role, step: Step) -> str | None:
    """What Alex wrote that this reply answers, or None when the employer simply wrote again."""
    first = role.recruiter.first
    if step.status == WITHDRAWN:
        return (
            f"Hi {first},\n\nThank you for your time throughout the process. I've accepted another offer, so "
            f"I'd like to withdraw my application for the {role.title} role.\n\nAll the best,\nAlex"
        )
    if step.status == INTERVIEW and rng.random() < 0.9:
        return (
            f"Hi {first},\n\nThanks so much! Tuesday or Wednesday afternoon works well for me.\n\nBest,\nAlex"
        )
    if step.status == OFFER or rng.random() < 0.5:
        return (
            f"Hi {first},\n\nThank you again for the conversations this week. I really enjoyed meeting the "
            "team and I'm looking forward to hearing about next steps.\n\nBest,\nAlex"
        )
    return None
