"""The dates that matter across a user's applications: interviews, assessments and deadlines read
from their emails, for the web page's "next events" and the calendar feed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tracker.models import Application, ApplicationEvent

KIND_NAMES = {"interview": "Interview", "assessment": "Assessment", "deadline": "Assessment due"}


@dataclass(frozen=True)
class AgendaItem:
    """One date on one application."""

    app_id: str
    company: str
    job_title: str
    kind: str
    starts_at: datetime
    message_id: str
    source: str

    @property
    def title(self) -> str:
        """'Interview: Acme (Data Engineer)'."""
        role = f" ({self.job_title})" if self.job_title else ""
        return f"{KIND_NAMES.get(self.kind, self.kind.title())}: {self.company}{role}"

    @property
    def uid(self) -> str:
        """The same date on the same application keeps its id from one feed to the next."""
        return f"{self.app_id}-{self.kind}-{self.starts_at:%Y%m%dT%H%M%SZ}"

    def to_json(self) -> dict:
        return {
            "job_id": self.app_id,
            "company": self.company,
            "job_title": self.job_title,
            "kind": self.kind,
            "starts_at": self.starts_at.isoformat(),
            "title": self.title,
            "message_id": self.message_id,
            "source": self.source,
        }


def agenda(applications: list[Application], timelines: dict[str, list[ApplicationEvent]]) -> list[AgendaItem]:
    """Every date on the applications, earliest first; a date several emails state is listed once,
    and none after an application was closed (no interview follows a rejection)."""
    found: dict[tuple[str, str, datetime], AgendaItem] = {}
    for application in applications:
        events = sorted(timelines.get(application.app_id, []), key=lambda e: e.message_id)
        for event in events:
            for date in event.dates:
                closed = application.status.is_final and application.closed_at is not None
                if closed and application.closed_at is not None and date.starts_at >= application.closed_at:
                    continue
                key = (application.app_id, date.kind, date.starts_at)
                found.setdefault(
                    key,
                    AgendaItem(
                        app_id=application.app_id,
                        company=application.company,
                        job_title=application.job_title or "",
                        kind=date.kind,
                        starts_at=date.starts_at,
                        message_id=event.message_id,
                        source=date.source,
                    ),
                )
    return sorted(found.values(), key=lambda item: (item.starts_at, item.company, item.kind, item.app_id))


def upcoming(items: list[AgendaItem], now: datetime, limit: int | None = None) -> list[AgendaItem]:
    """The items from `now` on, earliest first."""
    ahead = [item for item in items if item.starts_at >= now]
    return ahead[:limit] if limit is not None else ahead
