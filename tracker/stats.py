"""Numbers about a user's job search, computed from their applications."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass

from tracker.models import Application, Status


@dataclass(frozen=True)
class SearchStats:
    total: int
    by_status: dict[str, int]
    response_rate: float | None
    median_days_to_first_response: float | None
    applications_per_week: dict[str, int]

    def to_json(self) -> dict:
        return {
            "total": self.total,
            "by_status": self.by_status,
            "response_rate": self.response_rate,
            "median_days_to_first_response": self.median_days_to_first_response,
            "applications_per_week": self.applications_per_week,
        }


def search_stats(applications: list[Application]) -> SearchStats:
    """Counts per status; the share of applications that heard back (any status past applied);
    the median days from applying to the first reply; applications started per ISO week."""
    by_status = Counter(a.status.value for a in applications)
    answered = [a for a in applications if a.first_response_at is not None]
    response_rate = round(len(answered) / len(applications), 3) if applications else None
    delays = [
        (a.first_response_at - a.applied_at).total_seconds() / 86400
        for a in answered
        if a.applied_at is not None and a.first_response_at is not None
    ]
    weeks = Counter(
        f"{a.applied_at.isocalendar().year}-W{a.applied_at.isocalendar().week:02d}"
        for a in applications
        if a.applied_at is not None
    )
    return SearchStats(
        total=len(applications),
        by_status={status.value: by_status.get(status.value, 0) for status in Status},
        response_rate=response_rate,
        median_days_to_first_response=round(statistics.median(delays), 1) if delays else None,
        applications_per_week=dict(sorted(weeks.items())),
    )
