"""The search's numbers, on hand-made timelines: each figure, the empty and one-application cases,
time zones and ties."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests.builders import a_new_application, receive
from tracker.models import Application, ApplicationEvent, Status
from tracker.stats import iso_week, percentile, search_stats

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday
_ids = itertools.count(1)


class Search:
    """A user's applications, each built from the emails on its timeline."""

    def __init__(self) -> None:
        self.applications: list[Application] = []
        self.timelines: dict[str, list[ApplicationEvent]] = {}

    def apply(
        self, company: str, *emails: tuple[str, float], sender: str = "jobs@example.com"
    ) -> Application:
        """One application; each email is (status, day it arrived) and comes from `sender`."""
        app_id = f"app-{next(_ids)}"
        application = a_new_application(company, app_id)
        events = []
        for status, on in emails:
            when = START + timedelta(days=on) if isinstance(on, int | float) else on
            event = ApplicationEvent(
                message_id=f"m-{next(_ids)}", status=Status(status), received_at=when, sender=sender
            )
            events.append(receive(application, event))
        self.applications.append(application)
        self.timelines[app_id] = events
        return application

    def stats(self, now_day: float = 60, ghosting_days: int = 21) -> dict:
        return search_stats(self.applications, self.timelines, START + timedelta(days=now_day), ghosting_days)


def test_no_applications_gives_zeros_and_no_rates():
    stats = Search().stats()
    assert stats["total"] == 0
    assert stats["response_rate"] is None
    assert stats["days_to_first_reply"] == {"median": None, "p90": None, "count": 0}
    assert [s["reached"] for s in stats["funnel"]] == [0, 0, 0, 0]
    assert all(s["conversion"] is None for s in stats["funnel"])
    assert stats["ghosted"]["count"] == 0 and stats["per_week"] == []
    assert stats["by_employer"] == [] and stats["by_channel"] == []


def test_one_application_that_got_an_interview():
    search = Search()
    search.apply("Acme", ("applied", 0), ("interview", 3))
    stats = search.stats()
    assert stats["total"] == 1 and stats["by_status"]["interview"] == 1
    assert stats["response_rate"] == 1.0
    assert stats["days_to_first_reply"] == {"median": 3.0, "p90": 3.0, "count": 1}
    assert stats["median_days_to_first_response"] == 3.0
    assert [(s["stage"], s["reached"], s["conversion"]) for s in stats["funnel"]] == [
        ("applied", 1, None),
        ("assessment", 1, 1.0),
        ("interview", 1, 1.0),
        ("offer", 0, 0.0),
    ]


def test_the_funnel_counts_how_far_each_application_got_even_when_rejected_later():
    search = Search()
    search.apply("Acme", ("applied", 0), ("assessment", 2), ("interview", 9), ("rejected", 20))
    search.apply("Globex", ("applied", 0), ("assessment", 4))
    search.apply("Initech", ("applied", 1), ("rejected", 5))
    search.apply("Umbrella", ("applied", 1))
    funnel = {s["stage"]: s for s in search.stats()["funnel"]}
    assert [funnel[s]["reached"] for s in ("applied", "assessment", "interview", "offer")] == [4, 2, 1, 0]
    assert funnel["assessment"]["conversion"] == 0.5
    assert funnel["interview"]["conversion"] == 0.5
    assert funnel["offer"]["conversion"] == 0.0


def test_response_rate_counts_any_reply_a_rejection_too():
    search = Search()
    search.apply("Acme", ("applied", 0), ("rejected", 2))
    search.apply("Globex", ("applied", 0), ("interview", 4))
    search.apply("Initech", ("applied", 0), ("applied", 5))  # a second confirmation is no reply
    assert search.stats()["response_rate"] == 0.667


def test_median_and_p90_of_days_to_first_reply_and_to_rejection():
    search = Search()
    for delay in (1, 2, 3, 4, 10):
        search.apply(f"Reply {delay}", ("applied", 0), ("interview", delay))
    search.apply("Rejects A", ("applied", 0), ("rejected", 6))
    search.apply("Rejects B", ("applied", 0), ("assessment", 1), ("rejected", 14))
    stats = search.stats()
    # first replies: 1, 2, 3, 4, 10, 6, 1 -> sorted 1 1 2 3 4 6 10
    assert stats["days_to_first_reply"] == {"median": 3.0, "p90": 7.6, "count": 7}
    assert stats["days_to_rejection"] == {"median": 10.0, "p90": 13.2, "count": 2}


def test_an_even_count_of_delays_takes_the_middle_of_the_tied_pair():
    search = Search()
    search.apply("A", ("applied", 0), ("interview", 2))
    search.apply("B", ("applied", 0), ("interview", 2))
    search.apply("C", ("applied", 0), ("interview", 5))
    search.apply("D", ("applied", 0), ("interview", 5))
    assert search.stats()["days_to_first_reply"]["median"] == 3.5


def test_delays_are_measured_between_instants_whatever_the_time_zones():
    search = Search()
    tokyo = timezone(timedelta(hours=9))
    new_york = timezone(timedelta(hours=-5))
    applied = datetime(2026, 3, 10, 8, 0, tzinfo=tokyo)  # 2026-03-09 23:00 UTC
    replied = datetime(2026, 3, 9, 19, 0, tzinfo=new_york)  # 2026-03-10 00:00 UTC: one hour later
    search.apply("Acme", ("applied", applied), ("interview", replied))
    assert search.stats()["days_to_first_reply"]["median"] == 0.0
    assert search.stats()["applications_per_week"] == {"2026-W11": 1}


def test_weeks_are_utc_iso_weeks_and_quiet_weeks_are_listed_as_zero():
    search = Search()
    sunday_night_los_angeles = datetime(2026, 3, 8, 20, 0, tzinfo=timezone(timedelta(hours=-8)))
    search.apply("Acme", ("applied", sunday_night_los_angeles))  # Monday 04:00 UTC: week 11
    search.apply("Globex", ("applied", 0))  # Monday 2 March: week 10
    search.apply("Initech", ("applied", 21))  # week 13
    stats = search.stats()
    assert stats["applications_per_week"] == {"2026-W10": 1, "2026-W11": 1, "2026-W13": 1}
    assert stats["per_week"] == [
        {"week": "2026-W10", "applications": 1},
        {"week": "2026-W11", "applications": 1},
        {"week": "2026-W12", "applications": 0},
        {"week": "2026-W13", "applications": 1},
    ]


def test_iso_weeks_across_a_year_boundary():
    assert iso_week(datetime(2026, 1, 1, 12, tzinfo=UTC)) == "2026-W01"
    assert iso_week(datetime(2027, 1, 1, 12, tzinfo=UTC)) == "2026-W53"
    search = Search()
    search.apply("Acme", ("applied", datetime(2026, 12, 28, tzinfo=UTC)))
    search.apply("Globex", ("applied", datetime(2027, 1, 12, tzinfo=UTC)))
    weeks = [(w["week"], w["applications"]) for w in search.stats(now_day=400)["per_week"]]
    assert weeks == [("2026-W53", 1), ("2027-W01", 0), ("2027-W02", 1)]


def test_ghosted_are_open_applications_silent_for_the_users_number_of_days():
    search = Search()
    silent = search.apply("Silent", ("applied", 0))
    search.apply("Recent", ("applied", 45))
    interviewed = search.apply("Went quiet", ("applied", 0), ("interview", 10))
    search.apply("Rejected", ("applied", 0), ("rejected", 3))
    search.apply("Offered", ("applied", 0), ("offer", 3))
    ghosted = search.stats(now_day=60, ghosting_days=21)["ghosted"]
    assert ghosted["after_days"] == 21 and ghosted["count"] == 2
    assert [(g["id"], g["days"]) for g in ghosted["applications"]] == [
        (silent.app_id, 60),
        (interviewed.app_id, 50),
    ]
    assert ghosted["applications"][0]["label"] == "applied, no reply for 60 days"
    assert search.stats(now_day=60, ghosting_days=55)["ghosted"]["count"] == 1


def test_ghosting_starts_on_the_nth_whole_day_of_silence():
    search = Search()
    search.apply("Acme", ("applied", 0))
    assert search.stats(now_day=20.9)["ghosted"]["count"] == 0
    assert search.stats(now_day=21)["ghosted"]["count"] == 1


def test_by_employer_groups_spellings_of_one_employer_and_names_it_by_the_first():
    search = Search()
    search.apply("Acme", ("applied", 0), ("interview", 5))
    search.apply("ACME", ("applied", 3), ("rejected", 8))
    search.apply("Globex", ("applied", 1))
    rows = search.stats(now_day=10)["by_employer"]
    assert rows[0] == {
        "name": "Acme",
        "applications": 2,
        "replied": 2,
        "response_rate": 1.0,
        "interviews": 1,
        "offers": 0,
        "rejections": 1,
        "ghosted": 0,
    }
    assert rows[1]["name"] == "Globex" and rows[1]["replied"] == 0


def test_by_channel_is_the_platform_the_mail_came_through_or_direct():
    search = Search()
    search.apply("Acme", ("applied", 0), sender="Acme <no-reply@us.greenhouse-mail.io>")
    search.apply("Globex", ("applied", 0), ("interview", 2), sender="Globex Careers <globex@myworkday.com>")
    search.apply("Initech", ("applied", 0), sender="Talent <talent@initech.com>")
    search.apply("Hooli", ("applied", 0), sender="jobs-noreply@linkedin.com")
    search.apply("Umbrella", ("applied", 0), sender="Umbrella Careers <no-reply@us.greenhouse-mail.io>")
    channels = {row["name"]: row for row in search.stats(now_day=5)["by_channel"]}
    assert set(channels) == {"Greenhouse", "Workday", "direct", "LinkedIn"}
    assert channels["Greenhouse"]["applications"] == 2
    assert channels["Workday"]["interviews"] == 1 and channels["Workday"]["response_rate"] == 1.0
    assert search.stats(now_day=5)["by_channel"][0]["name"] == "Greenhouse"


def test_an_application_added_by_hand_counts_from_its_own_fields():
    search = Search()
    manual = a_new_application(
        "Acme",
        "by-hand",
        status=Status.INTERVIEW,
        applied_at=START,
        updated_at=START,
        edited_fields=["status"],
        source="manual",
    )
    search.applications.append(manual)
    stats = search.stats(now_day=30)
    assert stats["funnel"][2]["reached"] == 1
    assert stats["by_channel"][0]["name"] == "added by hand"
    assert stats["ghosted"]["count"] == 1


@pytest.mark.parametrize(
    ("values", "share", "expected"),
    [
        ([4.0], 0.9, 4.0),
        ([1.0, 3.0], 0.5, 2.0),
        ([5.0, 1.0, 4.0, 2.0, 3.0], 0.9, 4.6),
        ([2.0, 2.0, 2.0], 0.9, 2.0),
    ],
)
def test_percentile_interpolates_between_ranks(values, share, expected):
    assert percentile(values, share) == pytest.approx(expected)


def test_percentile_of_nothing_is_none():
    assert percentile([], 0.5) is None
