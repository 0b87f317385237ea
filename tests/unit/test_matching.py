"""Which application an email belongs to, in the order of evidence tracker/matching.py documents:
the Gmail thread, the requisition id, the same employer and title, for a title-less email the
application open at its date; else a new application."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.builders import day
from tracker.compatible_spellings import compatible_titles
from tracker.match_keys import Candidates, MatchKeys, is_unknown_employer
from tracker.matching import (
    FOLLOW_UP_WINDOW,
    REAPPLICATION_GAP,
    RESUBMISSION_GAP,
    by_its_address,
    match_application,
    title_rivals,
    untitled_rivals,
    weak_join,
)
from tracker.models import Application, ApplicationEvent, EmailMessage, Extraction, Kind, Status
from tracker.names import company_key, title_key


def an_application(app_id: str, title: str | None, started: int | None, **fields) -> Application:
    return Application(
        **{
            "app_id": app_id,
            "company": "Acme",
            "company_key": "acme",
            "job_title": title,
            "title_key": title.lower() if title else "",
            "status": Status.APPLIED,
            "applied_at": day(started) if started is not None else None,
            "updated_at": day(started) if started is not None else None,
            **fields,
        }
    )


def closed(application: Application, on: int) -> Application:
    application.status, application.final_status, application.closed_at = (
        Status.REJECTED,
        Status.REJECTED,
        day(on),
    )
    return application


def keys(title: str = "", requisition_id: str | None = None) -> MatchKeys:
    return MatchKeys("acme", title.lower(), requisition_id)


def test_match_keys_are_the_normalised_employer_title_and_requisition_id():
    extraction = Extraction(
        Kind.APPLICATION, Status.APPLIED, "ACME Group Inc.", "Data Engineer", requisition_id="R-1"
    )
    assert MatchKeys.of(extraction, EmailMessage("m1", thread_id="t1")) == MatchKeys(
        "acme", "data engineer", "R-1", employer_words="acme group"
    )


def test_employers_sharing_a_first_word_are_no_candidates_when_group_tells_them_apart():
    capital_one = an_application("a1", "Data Analyst", 1, company="Capital One", company_key="capital one")
    kdr = an_application("a2", "Data Analyst", 1, company="KDR", company_key="kdr")
    group = Extraction(Kind.APPLICATION, Status.REJECTED, "Capital Group", "Data Analyst")
    assert (
        match_application(
            MatchKeys.of(group, EmailMessage("m1")), Status.REJECTED, day(5), None, [capital_one]
        )
        is None
    )
    kdr_group = Extraction(Kind.APPLICATION, Status.REJECTED, "KDR Group", "Data Analyst")
    assert (
        match_application(MatchKeys.of(kdr_group, EmailMessage("m2")), Status.REJECTED, day(5), None, [kdr])
        is kdr
    )


def test_an_email_naming_no_employer_is_keyed_by_its_thread_so_only_its_thread_joins_it():
    extraction = Extraction(Kind.APPLICATION, Status.APPLIED, None, None)
    in_thread = MatchKeys.of(extraction, EmailMessage("m1", thread_id="t1")).company_key
    alone = MatchKeys.of(extraction, EmailMessage("m2")).company_key
    other = MatchKeys.of(extraction, EmailMessage("m3")).company_key
    assert in_thread == MatchKeys.of(extraction, EmailMessage("m4", thread_id="t1")).company_key
    assert len({in_thread, alone, other}) == 3 and all(
        is_unknown_employer(k) for k in (in_thread, alone, other)
    )


def test_the_thread_comes_first_even_over_another_title():
    thread = an_application("a1", "Data Engineer", 1)
    other = an_application("a2", "ML Engineer", 2)
    assert match_application(keys("ML Engineer"), Status.INTERVIEW, day(5), thread, [thread, other]) is thread


def test_a_thread_application_with_no_known_employer_is_still_the_thread():
    thread = an_application("a1", "Data Engineer", 1, company_key="")
    assert match_application(keys("ML Engineer"), Status.INTERVIEW, day(5), thread, []) is thread


def test_a_thread_of_another_employer_is_no_evidence():
    thread = an_application("a1", "Data Engineer", 1, company_key="globex")
    assert match_application(keys("Data Engineer"), Status.INTERVIEW, day(5), thread, []) is None


def test_the_requisition_id_comes_before_the_title():
    data = an_application("a1", "Data Engineer", 1, requisition_ids=["R-1"])
    ml = an_application("a2", "ML Engineer", 2, requisition_ids=["R-2"])
    assert match_application(keys("ML Engineer", "R-1"), Status.INTERVIEW, day(5), None, [data, ml]) is data


def test_a_titled_email_names_the_most_recently_active_untitled_application():
    older = an_application("a1", None, 1)
    recent = an_application("a2", None, 3)
    found = match_application(keys("Data Engineer"), Status.INTERVIEW, day(5), None, [recent, older])
    assert found is recent


def test_a_titled_email_with_no_application_of_its_role_or_untitled_one_starts_a_new_one():
    other = an_application("a1", "ML Engineer", 1)
    assert match_application(keys("Data Engineer"), Status.APPLIED, day(5), None, [other]) is None


def test_an_update_for_a_role_goes_to_the_application_started_last_before_it():
    first = closed(an_application("a1", "Data Engineer", 1), on=9)
    again = an_application("a2", "Data Engineer", 30)
    assert match_application(keys("Data Engineer"), Status.INTERVIEW, day(12), None, [again, first]) is first
    assert match_application(keys("Data Engineer"), Status.INTERVIEW, day(40), None, [first, again]) is again


def test_an_update_older_than_every_application_of_its_role_goes_to_the_first():
    first = an_application("a1", "Data Engineer", 10)
    again = an_application("a2", "Data Engineer", 30)
    assert match_application(keys("Data Engineer"), Status.INTERVIEW, day(2), None, [again, first]) is first


def test_applying_again_after_every_application_of_the_role_closed_is_a_new_application():
    first = closed(an_application("a1", "Data Engineer", 1), on=9)
    assert match_application(keys("Data Engineer"), Status.APPLIED, day(20), None, [first]) is None
    assert match_application(keys("Data Engineer"), Status.APPLIED, None, None, [first]) is first


def test_a_title_less_email_goes_to_the_one_application_open_at_its_date():
    early = closed(an_application("a1", "Data Engineer", 1), on=20)
    later = an_application("a2", "ML Engineer", 5)
    newest = an_application("a3", "Analyst", 15)
    candidates = [newest, early, later]
    assert match_application(keys(), Status.REJECTED, day(3), None, candidates) is early


def test_a_title_less_email_while_several_are_open_goes_nowhere_unless_one_began_hours_before_it():
    early = an_application("a1", "Data Engineer", 1)
    later = an_application("a2", "ML Engineer", 5)
    assert match_application(keys(), Status.REJECTED, day(10), None, [early, later]) is None
    hours_later = day(5) + timedelta(hours=3)
    assert match_application(keys(), Status.ASSESSMENT, hours_later, None, [early, later]) is later
    same_day = an_application("a3", "Analyst", 5)
    assert match_application(keys(), Status.ASSESSMENT, hours_later, None, [early, later, same_day]) is None


def test_a_title_less_email_with_no_application_open_at_its_date_goes_to_the_latest_open_one():
    old = closed(an_application("a1", "Data Engineer", 5), on=6)
    old.updated_at = day(20)  # the most recently active, but closed
    open_ = an_application("a2", "ML Engineer", 8, updated_at=day(9))
    latest = an_application("a3", "Analyst", 7, updated_at=day(12))
    assert match_application(keys(), Status.INTERVIEW, day(1), None, [old, latest, open_]) is latest


def test_a_title_less_email_when_all_are_closed_goes_to_the_latest_active():
    early = closed(an_application("a1", "Data Engineer", 1), on=4)
    late = closed(an_application("a2", "ML Engineer", 5), on=8)
    late.updated_at = day(8)
    assert match_application(keys(), Status.INTERVIEW, day(20), None, [late, early]) is late
    assert match_application(keys(), Status.INTERVIEW, day(20), None, []) is None


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("Distribuidora Andina S.A.S.", "Distribuidora Andina"),
        ("Moda Brezo S.L.", "Moda Brezo"),
        ("Banco Ribera S.A.", "Banco Ribera"),
        ("Colle S.p.A.", "Colle"),
        ("Serra Ltda.", "Serra"),
        ("Tierra Servicios S.L.U.", "Tierra Servicios"),
    ],
)
def test_a_dotted_legal_form_is_no_part_of_the_employer_key(written, plain):
    assert company_key(written) == company_key(plain)


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("Metallbau Schröder GmbH & Co. KG", "Metallbau Schröder"),
        ("Pryce & Co.", "Pryce"),
        ("Bäckerei Krause e.K.", "Bäckerei Krause"),
        ("Lindholm Bau UG (haftungsbeschränkt)", "Lindholm Bau"),
        ("Weber & Sohn OHG", "Weber & Sohn"),
        ("Hermanos Roca y Cía.", "Hermanos Roca"),
        ("Dubois EURL", "Dubois"),
    ],
)
def test_a_small_firms_legal_form_is_no_part_of_the_employer_key(written, plain):
    # A craft's or a shop's sign: "& Co. KG" takes its "&" with it, sole traders' forms go too.
    assert company_key(written) == company_key(plain)


def test_an_ampersand_that_joins_two_names_stays():
    assert company_key("Procter & Gamble Co.") == "procter and gamble"
    assert company_key("Porter & Sons") != company_key("Porter")


def test_single_letters_that_are_the_name_stay_the_name():
    assert company_key("AT&T") == "at and t"
    assert company_key("H & M") != company_key("H")


@pytest.mark.parametrize(
    ("first", "second", "one_role"),
    [
        ("Sr. Data Engineer", "Senior Data Engineer II", True),
        ("Data Engineer", "Senior Data Engineer", True),
        ("Softwareentwickler (m/w/d)", "Softwareentwickler", True),
        ("Chargé de marketing (H/F)", "Chargé de marketing", True),
        ("Data Engineer II", "Data Engineer III", False),
        ("Data Engineer", "Platform Engineer", False),
        ("Data Engineer", "Engineer Data", False),
        ("Data Engineer", "Data Platform Engineer", False),
        ("Professor of Biology (Tenure-Track)", "Tenure-track Professor of Biology", True),
        ("Data Engineer (Remote)", "Remote Data Engineer", True),
        ("Data Engineer (Part-time)", "Data Engineer (Full-time)", False),
        ("Visiting Assistant Professor of Biology", "Assistant Professor of Biology (Tenure-Track)", False),
    ],
)
def test_titles_written_two_ways_are_compatible_when_one_adds_words_to_the_other(first, second, one_role):
    assert compatible_titles(title_key(first), title_key(second)) is one_role


def test_an_update_naming_the_role_another_way_joins_the_one_application_open_at_its_date():
    # "Senior Data Engineer II" for "Sr. Data Engineer", matched against a plain list of applications.
    applied = an_application("a1", "Sr. Data Engineer", 1, title_key=title_key("Sr. Data Engineer"))
    update = MatchKeys("acme", title_key("Senior Data Engineer II"), None)
    assert match_application(update, Status.INTERVIEW, day(5), None, [applied]) is applied


def test_a_titled_update_names_the_title_less_application_even_after_it_reached_interviews():
    interviewing = an_application("a1", None, 1, progress_status=Status.INTERVIEW, status=Status.INTERVIEW)
    found = match_application(keys("Data Engineer"), Status.OFFER, day(20), None, [interviewing])
    assert found is interviewing


def test_an_update_for_a_role_weeks_after_its_only_application_closed_still_goes_to_it():
    first = closed(an_application("a1", "Data Engineer", 1), on=9)
    assert match_application(keys("Data Engineer"), Status.INTERVIEW, day(40), None, [first]) is first


def test_a_confirmation_a_week_to_the_hour_after_the_rejection_is_still_the_one_sent_again():
    first = closed(an_application("a1", "Data Engineer", 1), on=9)
    assert match_application(keys("Data Engineer"), Status.APPLIED, day(16), None, [first]) is first
    later = day(16) + timedelta(minutes=1)
    assert match_application(keys("Data Engineer"), Status.APPLIED, later, None, [first]) is None


def test_a_confirmation_sent_again_after_two_closed_applications_of_the_role_goes_to_the_later_one():
    first = closed(an_application("a1", "Data Engineer", 1), on=6)
    second = closed(an_application("a2", "Data Engineer", 7), on=10)
    found = match_application(keys("Data Engineer"), Status.APPLIED, day(12), None, [first, second])
    assert found is second


def test_a_title_less_confirmation_a_week_to_the_hour_after_the_application_began_is_the_same_submission():
    started = an_application("a1", None, 1)
    week = day(1) + RESUBMISSION_GAP
    confirmation = dict(status_stated=True, sender="jobs@board.example")
    assert match_application(keys(), Status.APPLIED, week, None, [started], **confirmation) is started
    past_it = week + timedelta(minutes=1)
    assert match_application(keys(), Status.APPLIED, past_it, None, [started], **confirmation) is None


def test_an_email_dated_the_moment_an_application_of_its_role_began_belongs_to_it():
    first = an_application("a1", "Data Engineer", 1)
    again = an_application("a2", "Data Engineer", 10)
    found = match_application(keys("Data Engineer"), Status.ASSESSMENT, day(10), None, [first, again])
    assert found is again


def test_a_title_less_email_exactly_the_follow_up_window_after_one_began_is_its_follow_up():
    early = an_application("a1", "Data Engineer", 1)
    later = an_application("a2", "ML Engineer", 5)
    twelve_hours = day(5) + FOLLOW_UP_WINDOW
    assert match_application(keys(), Status.ASSESSMENT, twelve_hours, None, [early, later]) is later
    past_it = twelve_hours + timedelta(minutes=1)
    assert match_application(keys(), Status.ASSESSMENT, past_it, None, [early, later]) is None


def test_a_title_less_email_dated_the_moment_an_application_began_counts_it_open():
    early = an_application("a1", "Data Engineer", 1)
    later = an_application("a2", "ML Engineer", 5)
    assert match_application(keys(), Status.ASSESSMENT, day(5), None, [early, later]) is later


def test_a_title_less_email_dated_the_moment_of_a_rejection_belongs_to_the_application_it_closed():
    rejected = closed(an_application("a1", "Data Engineer", 1), on=10)
    other = closed(an_application("a2", "ML Engineer", 2), on=3)
    other.updated_at = day(3)
    assert match_application(keys(), Status.REJECTED, day(10), None, [other, rejected]) is rejected


def test_the_review_reasons_count_the_open_applications_of_the_emails_employer_at_its_date():
    data = an_application("a1", "Data Engineer", 1)
    platform = an_application("a2", "Data Platform Engineer", 2)
    elsewhere = an_application("a3", "Senior Data Engineer", 1, company="Globex", company_key="globex")
    later = an_application("a4", "Data Engineer II", 30)
    applications = [data, platform, elsewhere, later]

    def at(title: str, on: int) -> Candidates:
        return Candidates(keys(title), day(on), applications)

    assert untitled_rivals(at("", 5)) == 2
    assert untitled_rivals(at("", 0)) == 0  # none had begun
    assert untitled_rivals(at("Data Engineer", 5)) == 0  # it names its role
    assert title_rivals(Status.REJECTED, False, at("Senior Data Engineer", 5)) == 1
    assert title_rivals(Status.REJECTED, False, at("Senior Data Engineer", 0)) == 0
    assert title_rivals(Status.REJECTED, False, at("Data Engineer", 40)) == 0  # its own role is there
    assert title_rivals(Status.APPLIED, True, at("Senior Data Engineer", 5)) == 0  # a receipt
    assert weak_join(data, at("", 5)) is None  # open at the email's date
    assert weak_join(data, at("", 0)) is not None


def test_a_receipt_for_a_role_whose_open_application_has_been_silent_for_months_is_applying_again():
    # Last season's application ended in an offer (the job was done) and is still open: the same role's
    # receipt a season later is a new submission.
    last_season = an_application("a1", "Seasonal Lifeguard", 1, status=Status.OFFER, updated_at=day(20))
    a_season_later = day(20) + REAPPLICATION_GAP + timedelta(days=1)
    receipt = keys("Seasonal Lifeguard")
    assert match_application(receipt, Status.APPLIED, a_season_later, None, [last_season], True) is None


def test_a_receipt_for_a_role_whose_application_had_news_within_the_gap_joins_it():
    active = an_application("a1", "Seasonal Lifeguard", 1, status=Status.INTERVIEW, updated_at=day(20))
    within = day(20) + REAPPLICATION_GAP
    assert (
        match_application(keys("Seasonal Lifeguard"), Status.APPLIED, within, None, [active], True) is active
    )


def test_a_step_that_is_no_receipt_joins_its_role_however_long_the_silence():
    # A rejection or an interview months after the last news is that process's own late news.
    silent = an_application("a1", "Data Engineer", 1)
    months_later = day(1) + 3 * REAPPLICATION_GAP
    for status in (Status.INTERVIEW, Status.REJECTED):
        assert match_application(keys("Data Engineer"), status, months_later, None, [silent], True) is silent
    # An "applied" the email does not state (the default reading) is no receipt either.
    assert match_application(keys("Data Engineer"), Status.APPLIED, months_later, None, [silent]) is silent


GREENHOUSE = "no-reply@greenhouse.io"


def _mail_from(*applications_and_senders: tuple[Application, list[str]]) -> dict[int, list[ApplicationEvent]]:
    """Each application's mail so far, one email from each address given (as `replay` keeps it)."""
    return {
        id(application): [
            ApplicationEvent(f"m{i}", Status.APPLIED, day(1), sender=f"Someone <{address}>")
            for i, address in enumerate(senders)
        ]
        for application, senders in applications_and_senders
    }


def test_a_titleless_email_among_several_open_joins_the_one_whose_mail_came_from_its_address():
    engineering = an_application("a1", "Backend Engineer", 1)
    via_agency = an_application("a2", "Engineering Manager", 2)
    candidates = Candidates(keys(), day(9), [engineering, via_agency])
    agency_and_recruiter = ["megan@harrowtalent.com", "leah@acme.example"]
    mail = _mail_from((engineering, [GREENHOUSE]), (via_agency, agency_and_recruiter))
    assert by_its_address(candidates, GREENHOUSE, mail) is engineering
    assert by_its_address(candidates, "leah@acme.example", mail) is via_agency


def test_an_address_two_open_applications_had_mail_from_or_none_had_tells_nothing():
    first, second = an_application("a1", "Backend Engineer", 1), an_application("a2", "Data Engineer", 2)
    candidates = Candidates(keys(), day(9), [first, second])
    both = _mail_from((first, [GREENHOUSE]), (second, [GREENHOUSE]))
    assert by_its_address(candidates, GREENHOUSE, both) is None
    assert by_its_address(candidates, "dse@docusign.net", both) is None
    no_address = {id(first): [ApplicationEvent("m1", Status.APPLIED, day(1))], id(second): []}
    assert by_its_address(candidates, "", no_address) is None


def test_the_address_is_asked_only_where_several_open_applications_are_rivals():
    only = an_application("a1", "Backend Engineer", 1)
    closed_one = closed(an_application("a2", "QA", 1), on=3)
    mail = _mail_from((only, [GREENHOUSE]), (closed_one, [GREENHOUSE]))
    assert by_its_address(Candidates(keys(), day(9), [only, closed_one]), GREENHOUSE, mail) is None
    other = an_application("a3", "QA", 2)
    titled = Candidates(keys("Data Engineer"), day(9), [only, other])
    assert by_its_address(titled, GREENHOUSE, mail | _mail_from((other, []))) is None
