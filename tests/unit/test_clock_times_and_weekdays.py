"""One clock-time fragment and one weekday fragment, read by every reader that looks for a time or a day
(tracker/extraction/clock_times.py, weekdays.py); each reader keeps its own anchoring."""

from __future__ import annotations

import re

import pytest

from tracker.extraction import (
    addressed_steps,
    answered_steps,
    carried_mail,
    dates_ahead,
    employer_candidates,
    not_employers,
    open_events,
    questionnaire_steps,
    status_sentences,
    title_terms_and_pay,
    weekdays,
)
from tracker.extraction.clock_times import CLOCK_TIME, DAY_HOUR, DAY_MINUTES, MERIDIEM
from tracker.extraction.phrases import interview_shape
from tracker.extraction.weekdays import EVERY_DAY

_CLOCK_TIME_WHOLE = re.compile(rf"(?:{CLOCK_TIME})(?!\w)")


@pytest.mark.parametrize(
    "time", ["2pm", "2 pm", "9.30 a.m.", "9:30 a.m", "10 uhr", "10 uur", "14h", "14:30", "10h30"]
)
def test_a_number_its_writing_marks_is_a_clock_time(time: str) -> None:
    assert _CLOCK_TIME_WHOLE.fullmatch(time), time


@pytest.mark.parametrize("number", ["2", "2024", "12 people", "10 hours"])
def test_a_number_without_a_mark_is_no_clock_time(number: str) -> None:
    assert not _CLOCK_TIME_WHOLE.match(number), number


def test_the_half_of_the_day_is_read_with_or_without_its_dots() -> None:
    for half in ("am", "pm", "a.m.", "p.m.", "a.m", "am."):
        assert re.fullmatch(MERIDIEM, half), half


def test_a_day_hour_is_bounded_to_a_day() -> None:
    assert re.fullmatch(rf"{DAY_HOUR}:{DAY_MINUTES}", "23:59")
    assert not re.fullmatch(rf"{DAY_HOUR}:{DAY_MINUTES}", "24:00")
    assert not re.fullmatch(rf"{DAY_HOUR}:{DAY_MINUTES}", "12:60")


@pytest.mark.parametrize(
    "day", ["monday", "mercredi", "miércoles", "donnerstag", "vrijdag", "terça", "giovedì"]
)
def test_every_day_names_the_days_of_the_seven_languages(day: str) -> None:
    assert re.fullmatch(rf"(?:{EVERY_DAY})", day), day


def test_every_day_takes_the_full_portuguese_name_whole() -> None:
    assert re.match(rf"(?:{EVERY_DAY})", "segunda-feira").group(0) == "segunda-feira"


def test_a_proposed_time_is_read_with_the_dots_of_its_half_of_the_day_left_out() -> None:
    assert interview_shape.CLOCK.search("would thursday at 10 a.m work for a call?")
    assert interview_shape.WHEN.search("see you at 10 a.m. then")


def test_a_meeting_day_and_an_hour_after_its_preposition_need_no_mark() -> None:
    assert addressed_steps._MEETING.search("could you come in on thursday at 2")
    assert addressed_steps._MEETING.search("donderdag om 14.00 uur bij ons")


def test_a_start_date_is_a_dates_number_not_a_clock_times() -> None:
    assert addressed_steps.JOB_START.search("could you start on the 3rd?")
    assert not addressed_steps.JOB_START.search("could you start at 9 a.m. tomorrow?")
    assert not addressed_steps.JOB_START.search("could you start at 9 uhr?")


def test_a_name_opening_with_a_clock_time_names_no_employer() -> None:
    assert not_employers.names_no_employer("11:59pm PST")
    assert not_employers.names_no_employer("9.30 Uhr Termin")
    assert not_employers.names_no_employer("9.30 uur afspraak")
    assert not not_employers.names_no_employer("24 Hour Fitness")


def test_a_questionnaire_due_by_a_day_of_any_language_is_a_task() -> None:
    assert questionnaire_steps._A_TASK.search("please fill it in by friday")
    assert questionnaire_steps._A_TASK.search("preencha até segunda-feira")
    assert questionnaire_steps._A_TASK.search("compila il questionario entro venerdì")


@pytest.mark.parametrize(
    "months_of_a_language",
    [weekdays.ENGLISH_MONTHS, weekdays.FRENCH_MONTHS, weekdays.SPANISH_MONTHS, weekdays.GERMAN_MONTHS,
     weekdays.DUTCH_MONTHS, weekdays.PORTUGUESE_MONTHS, weekdays.ITALIAN_MONTHS],
)  # fmt: skip
def test_each_language_names_twelve_months_every_month_reads(months_of_a_language: tuple[str, ...]) -> None:
    assert len(months_of_a_language) == 12
    for month in months_of_a_language:
        assert re.fullmatch(rf"(?:{weekdays.EVERY_MONTH})", month), month


def test_a_date_with_an_italian_month_names_a_day() -> None:
    assert interview_shape.WHEN.search("ci vediamo il 12 novembre")
    assert interview_shape.WHEN.search("el 3 de marzo")


def test_a_german_dates_point_ends_no_sentence() -> None:  # (read in lowered text)
    assert status_sentences._SENTENCE_BREAK.search("am 2. märz kommen sie") is None
    assert status_sentences._SENTENCE_BREAK.search("am 2. jänner kommen sie") is None


def test_a_stated_date_reads_its_month_by_its_first_letters() -> None:
    assert dates_ahead._STATED.search("june 16, 2026 at 2:00 pm (edt)")
    assert dates_ahead._STATED.search("16 sept. 2026, 14:00 cet")


def test_an_events_opening_hours_are_two_clock_times_joined() -> None:
    span = open_events._OPEN_HOURS.search("from 10am to 4pm")
    assert span is not None
    assert (span["opens"], span["opens_unit"], span["closes"], span["closes_unit"]) == ("10", "am", "4", "pm")
    span = open_events._OPEN_HOURS.search("van 10 tot 16 uur")
    assert span and span["closes_unit"] == "uur"


def test_a_reply_header_reads_its_time_in_any_case() -> None:
    header = "On Tue, Mar 4, 2025 at 10:12 AM Acme Talent <jobs@acme.example> wrote:\n"
    match = carried_mail._REPLY_HEADER.search(header)
    assert match and match["sender"] == "Acme Talent <jobs@acme.example>"


def test_a_shifts_hours_in_brackets_are_read_with_the_half_of_the_day_dotted_or_not() -> None:
    assert title_terms_and_pay.HOURS_IN_BRACKETS.search("Staff Nurse - Days (7am-7pm)")
    assert title_terms_and_pay.HOURS_IN_BRACKETS.search("Staff Nurse - Days (7 a.m. - 7 p.m.)")
    assert title_terms_and_pay.HOURS_IN_BRACKETS.search("Nachtdienst (20:00-08:00)")


def test_an_hour_an_at_names_is_a_time_of_day() -> None:
    for time_of_day in ("10am", "1 PM", "10:30", "9.30am", "14h30", "10 Uhr"):
        assert employer_candidates._TIME_OF_DAY.fullmatch(time_of_day), time_of_day


@pytest.mark.parametrize(
    "sentence",
    [
        "could you start tomorrow?",
        "tu peux commencer demain",
        "können sie ab morgen anfangen",
        "iniziare domani",
    ],
)
def test_a_start_tomorrow_in_any_language_is_a_start_with_its_day(sentence: str) -> None:
    assert addressed_steps.JOB_START.search(sentence.lower())


@pytest.mark.parametrize(
    "sentence",
    [
        "you can start tomorrow",
        "pode começar amanhã",
        "puede empezar mañana",
    ],
)
def test_a_start_told_by_hand_for_tomorrow_is_an_offer(sentence: str) -> None:
    found = answered_steps._WORDS.search(sentence)
    assert found is not None and found["offer"]
