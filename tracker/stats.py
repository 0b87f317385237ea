"""Numbers about a user's job search, computed from their applications and the emails on them.

One pass over the records; every figure here is what GET /stats/ returns and the web page draws.
Dates are compared as instants (any time zone); weeks are ISO weeks in UTC.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tracker.channels import channel_of
from tracker.ghosting import DEFAULT_GHOSTING_DAYS, Silence, ghosting_json, silence
from tracker.models import Application, ApplicationEvent, Status

FUNNEL = (Status.APPLIED, Status.ASSESSMENT, Status.INTERVIEW, Status.OFFER)
_MAX_WEEKS = 156  # three years of quiet weeks at most, however far apart the dates are


@dataclass(frozen=True)
class ApplicationFacts:
    """What the numbers need from one application and its timeline."""

    application: Application
    reached: Status  # the furthest stage of FUNNEL it got to
    first_reply_at: datetime | None
    rejected_at: datetime | None
    channel: str
    silence: Silence | None

    @property
    def days_to_first_reply(self) -> float | None:
        return _days_between(self.application.applied_at, self.first_reply_at)

    @property
    def days_to_rejection(self) -> float | None:
        return _days_between(self.application.applied_at, self.rejected_at)


def application_facts(
    application: Application, events: list[ApplicationEvent], now: datetime, ghosting_days: int
) -> ApplicationFacts:
    """The facts of one application: from its emails when it has any, else from its own fields
    (an application added by hand has no emails)."""
    dated = [(e.received_at, e.status) for e in events if e.received_at is not None]
    if events:
        first_reply_at = min((at for at, status in dated if status is not Status.APPLIED), default=None)
        rejected_at = min((at for at, status in dated if status is Status.REJECTED), default=None)
    else:
        first_reply_at = application.first_response_at
        rejected_at = application.closed_at if application.final_status is Status.REJECTED else None
    seen = [application.status, application.progress_status, *(e.status for e in events)]
    reached = max((s for s in seen if not s.is_final), key=lambda s: s.rank, default=Status.APPLIED)
    return ApplicationFacts(
        application=application,
        reached=reached,
        first_reply_at=first_reply_at,
        rejected_at=rejected_at,
        channel=channel_of(events),
        silence=silence(application, now, ghosting_days),
    )


def percentile(values: list[float], share: float) -> float | None:
    """The `share` quantile by linear interpolation between the closest ranks (None for no values)."""
    if not values:
        return None
    ordered = sorted(values)
    position = share * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def iso_week(moment: datetime) -> str:
    """'2026-W05', the ISO week of the instant in UTC."""
    year, week, _ = _utc(moment).isocalendar()
    return f"{year}-W{week:02d}"


def search_stats(
    applications: list[Application],
    timelines: dict[str, list[ApplicationEvent]],
    now: datetime,
    ghosting_days: int = DEFAULT_GHOSTING_DAYS,
) -> dict:
    """Every figure of GET /stats/ (the original fields first, then the funnel and the breakdowns)."""
    facts = [application_facts(a, timelines.get(a.app_id, []), now, ghosting_days) for a in applications]
    by_status = Counter(a.status for a in applications)
    replies = _delays(facts, lambda f: f.days_to_first_reply)
    weeks = Counter(iso_week(a.applied_at) for a in applications if a.applied_at is not None)
    return {
        "total": len(applications),
        "by_status": {status.value: by_status.get(status, 0) for status in Status},
        "response_rate": _rate(facts),
        "median_days_to_first_response": replies["median"],
        "applications_per_week": dict(sorted(weeks.items())),
        "funnel": _funnel(facts),
        "days_to_first_reply": replies,
        "days_to_rejection": _delays(facts, lambda f: f.days_to_rejection),
        "ghosted": _ghosted(facts, ghosting_days),
        "per_week": _every_week(weeks),
        "by_employer": _breakdown(facts, lambda f: f.application.company_key, "employer"),
        "by_channel": _breakdown(facts, lambda f: f.channel, "channel"),
    }


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def _days_between(start: datetime | None, end: datetime | None) -> float | None:
    if start is None or end is None:
        return None
    return max(0.0, (end - start).total_seconds() / 86400)


def _rate(facts: list[ApplicationFacts]) -> float | None:
    """The share of applications that heard back at all (any email past "applied")."""
    if not facts:
        return None
    return round(sum(1 for f in facts if f.first_reply_at is not None) / len(facts), 3)


def _delays(facts: list[ApplicationFacts], delay: Callable[[ApplicationFacts], float | None]) -> dict:
    values = [d for d in map(delay, facts) if d is not None]
    return {
        "median": _round(percentile(values, 0.5)),
        "p90": _round(percentile(values, 0.9)),
        "count": len(values),
    }


def _round(value: float | None) -> float | None:
    return round(value, 1) if value is not None else None


def _funnel(facts: list[ApplicationFacts]) -> list[dict]:
    """Per stage, how many applications got at least that far, and the share of the previous stage's."""
    stages: list[dict] = []
    previous = 0
    for stage in FUNNEL:
        reached = sum(1 for f in facts if f.reached.rank >= stage.rank)
        conversion = round(reached / previous, 3) if previous else None
        stages.append({"stage": stage.value, "reached": reached, "conversion": conversion})
        previous = reached
    return stages


def _ghosted(facts: list[ApplicationFacts], ghosting_days: int) -> dict:
    ghosted = sorted(
        (f for f in facts if f.silence is not None),
        key=lambda f: (-f.silence.days if f.silence else 0, f.application.company_key, f.application.app_id),
    )
    return {
        "after_days": ghosting_days,
        "count": len(ghosted),
        "applications": [ghosting_json(f.application, f.silence) for f in ghosted if f.silence],
    }


def _every_week(weeks: Counter[str]) -> list[dict]:
    """Applications per ISO week from the first week to the last, quiet weeks as 0."""
    if not weeks:
        return []
    first, last = min(weeks), max(weeks)
    year, week = (int(part) for part in first.split("-W"))
    monday = datetime.fromisocalendar(year, week, 1).replace(tzinfo=UTC)
    found: list[dict] = []
    while len(found) < _MAX_WEEKS:
        label = iso_week(monday)
        if label > last:
            break
        found.append({"week": label, "applications": weeks.get(label, 0)})
        monday += timedelta(days=7)
    return found


def _breakdown(
    facts: list[ApplicationFacts], group_of: Callable[[ApplicationFacts], str], label: str
) -> list[dict]:
    """The main figures per group (employer or channel), the largest groups first."""
    groups: dict[str, list[ApplicationFacts]] = {}
    for fact in facts:
        groups.setdefault(group_of(fact), []).append(fact)
    rows = [_group_row(_group_name(members, key, label), members) for key, members in groups.items()]
    return sorted(rows, key=lambda r: (-r["applications"], r["name"].lower(), r["name"]))


def _group_name(members: Iterable[ApplicationFacts], key: str, label: str) -> str:
    if label == "channel":
        return key
    # An employer is shown as its earliest application spells it.
    return min(
        members, key=lambda f: (f.application.applied_at is None, _sortable(f), f.application.app_id)
    ).application.company


def _sortable(fact: ApplicationFacts) -> str:
    applied = fact.application.applied_at
    return _utc(applied).isoformat() if applied else ""


def _group_row(name: str, members: list[ApplicationFacts]) -> dict:
    return {
        "name": name,
        "applications": len(members),
        "replied": sum(1 for f in members if f.first_reply_at is not None),
        "response_rate": _rate(members),
        "interviews": sum(1 for f in members if f.reached.rank >= Status.INTERVIEW.rank),
        "offers": sum(1 for f in members if f.reached is Status.OFFER),
        "rejections": sum(1 for f in members if f.application.status is Status.REJECTED),
        "ghosted": sum(1 for f in members if f.silence is not None),
    }
