"""Issue 14's bookkeeping classes, each a small inbox written by hand (tests/written_inboxes.py) and run
through `track` as an export file: every true application is exactly one record with its final status,
and no record holds only mail that is no application.

A class that fails because one email is read wrong (not because of the grouping) is marked xfail with
the misreading; strict, so the mark must go when the reading is mended."""

from __future__ import annotations

import pytest

from bench.track_accuracy import score_written, track_written
from tests.written_inboxes import (
    AGENCY_RELAYS,
    SPELLINGS,
    TITLELESS_SEVERAL_OPEN,
    WRITTEN_INBOXES,
    WrittenInbox,
)

MISREAD: dict[str, str] = {}


def _classes():
    for inbox in WRITTEN_INBOXES:
        marks = [pytest.mark.xfail(strict=True, reason=MISREAD[inbox.name])] if inbox.name in MISREAD else []
        yield pytest.param(inbox, id=inbox.name, marks=marks)


@pytest.mark.parametrize("inbox", list(_classes()))
def test_each_true_application_is_one_record_with_its_final_status_and_no_junk(inbox: WrittenInbox):
    score = score_written(inbox)
    if score.applications == 0:  # an inbox of mail that is about no application: no record at all
        assert score.records == 0, score.line(inbox.name)
        return
    assert (score.exact, score.final_status, score.junk_records) == (1.0, 1.0, 0), score.line(inbox.name)


def test_a_title_less_rejection_among_several_open_applications_is_flagged_for_review():
    records = {tuple(r["emails"]): r for r in track_written(TITLELESS_SEVERAL_OPEN)}
    assert records[("ts03",)]["needs_review"]
    assert not records[("ts01",)]["needs_review"] and not records[("ts02",)]["needs_review"]


def test_employers_sharing_a_first_word_keep_their_own_names():
    companies = {tuple(r["emails"]): r["company"] for r in track_written(SPELLINGS)}
    assert companies[("sp06",)] == "Capital One"
    assert companies[("sp07", "sp08")] == "Capital Group"


def test_one_employer_spelled_several_ways_shows_one_spelling():
    companies = {tuple(r["emails"]): r["company"] for r in track_written(SPELLINGS)}
    assert companies[("sp01", "sp02", "sp04")] == companies[("sp03", "sp05")] == "Acme"


def test_no_agency_relay_record_is_the_agencys():
    companies = {r["company"] for r in track_written(AGENCY_RELAYS)}
    assert not any("brightpath" in company.lower() for company in companies)
