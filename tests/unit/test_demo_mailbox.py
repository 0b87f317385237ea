"""The demo mailbox: deterministic, realistic in shape, labelled consistently, and exportable."""

from __future__ import annotations

import json
import mailbox as stdlib_mailbox
from collections import defaultdict
from datetime import UTC
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime

import pytest

from devstack.demo_mailbox import DemoEmail, describe, generate_mailbox
from devstack.demo_mailbox.__main__ import main
from devstack.demo_mailbox.export import (
    html_to_text,
    mboxrd_quote,
    write_eml_dir,
    write_jsonl,
    write_mbox,
    write_truth,
)
from devstack.demo_mailbox.model import KINDS, STATUSES

EXPECTED_COMPANIES = {"Avail", "Avra", "Northwind Robotics", "Northwinds Capital", "Acme Corp"}


@pytest.fixture(scope="module")
def demo() -> list[DemoEmail]:
    return generate_mailbox()


def parsed(email: DemoEmail):
    return message_from_bytes(email.raw, policy=policy.default)


def by_application(demo: list[DemoEmail]) -> dict[str, list[DemoEmail]]:
    groups: dict[str, list[DemoEmail]] = defaultdict(list)
    for email in demo:
        if email.truth.application_key:
            groups[email.truth.application_key].append(email)
    return groups


def title_of(emails: list[DemoEmail]) -> str:
    return next(email.truth.job_title for email in emails if email.truth.job_title)


def test_same_seed_gives_the_same_mailbox_byte_for_byte(demo):
    again = generate_mailbox(seed=7)
    assert [email.raw for email in again] == [email.raw for email in demo]
    assert [email.truth for email in again] == [email.truth for email in demo]


def test_another_seed_gives_another_mailbox(demo):
    other = generate_mailbox(seed=8)
    assert {email.message_id for email in other}.isdisjoint({email.message_id for email in demo})


def test_default_mailbox_is_big_enough_and_sorted_by_date(demo):
    assert 300 <= len(demo) <= 450
    dates = [email.received_at for email in demo]
    assert dates == sorted(dates)
    assert (dates[-1] - dates[0]).days > 120


def test_every_kind_and_every_status_is_present(demo):
    assert {email.truth.kind for email in demo} == set(KINDS)
    assert {email.truth.status for email in demo if email.truth.status} == set(STATUSES)


def test_about_half_the_mailbox_is_not_applications(demo):
    others = sum(email.truth.kind != "application" for email in demo)
    assert 0.4 <= others / len(demo) <= 0.6


def test_every_email_parses_with_date_from_and_message_id(demo):
    for email in demo:
        message = parsed(email)
        assert message.defects == []
        assert message["Message-ID"] == email.message_id
        assert parsedate_to_datetime(message["Date"]) == email.received_at
        assert email.received_at.tzinfo is UTC
        assert "@" in message["From"].addresses[0].addr_spec
        assert message["To"].addresses[0].addr_spec == "alex.rivera@example.com"
        assert "INBOX" in email.labels and len(email.thread_id) == 16
    assert len({email.message_id for email in demo}) == len(demo)


def test_every_body_decodes_and_only_the_deliberately_empty_one_is_empty(demo):
    empty = []
    for email in demo:
        body = parsed(email).get_body(preferencelist=("plain", "html"))
        if not body.get_content().strip():
            empty.append(email)
    assert len(empty) == 1
    assert empty[0].truth.status == "interview" and "Interview confirmed" in str(parsed(empty[0])["Subject"])


def test_application_emails_carry_status_company_and_key_and_others_carry_none(demo):
    for email in demo:
        truth = email.truth
        if truth.kind == "application":
            assert truth.status and truth.company and truth.application_key
        else:
            assert (truth.status, truth.company, truth.job_title, truth.application_key) == (None,) * 4


def test_emails_of_one_application_share_company_and_title(demo):
    for emails in by_application(demo).values():
        assert len({email.truth.company for email in emails}) == 1
        assert len({email.truth.job_title for email in emails} - {None}) <= 1


def test_no_two_applications_share_employer_and_title(demo):
    pairs = [(emails[0].truth.company, title_of(emails)) for emails in by_application(demo).values()]
    assert len(pairs) == len(set(pairs)) == 91  # the 90 asked for, and the relayed one


def test_untitled_emails_belong_to_an_employer_with_one_application(demo):
    applications_per_company = defaultdict(set)
    for key, emails in by_application(demo).items():
        applications_per_company[emails[0].truth.company].add(key)
    untitled_rejections = [e for e in demo if e.truth.status == "rejected" and e.truth.job_title is None]
    assert untitled_rejections
    for email in untitled_rejections:
        assert applications_per_company[email.truth.company] == {email.truth.application_key}


def test_replies_carry_in_reply_to_references_and_the_thread_of_their_first_message(demo):
    thread_of = {email.message_id: email.thread_id for email in demo}
    replies = [email for email in demo if str(parsed(email)["Subject"]).startswith("Re:")]
    assert len(replies) >= 15
    for email in replies:
        message = parsed(email)
        references = str(message["References"]).split()
        assert message["In-Reply-To"] == references[-1]
        assert "On " in message.get_body(preferencelist=("plain",)).get_content()
        earlier_in_inbox = [thread_of[ref] for ref in references if ref in thread_of]
        assert set(earlier_in_inbox) <= {email.thread_id}  # Alex's own messages are sent mail


def test_look_alike_employers_and_two_roles_at_one_employer_are_applications(demo):
    companies = [emails[0].truth.company for emails in by_application(demo).values()]
    assert set(companies) >= EXPECTED_COMPANIES
    assert any(companies.count(company) >= 2 for company in companies)


def test_one_application_is_confirmed_by_an_ats_and_by_linkedin(demo):
    for emails in by_application(demo).values():
        senders = {parsed(e)["From"].addresses[0].domain for e in emails if e.truth.status == "applied"}
        if "linkedin.com" in senders and len(senders) > 1:
            return
    pytest.fail("no application confirmed by both an ATS and LinkedIn")


def test_some_rejections_reuse_the_confirmation_subject(demo):
    reused = 0
    for emails in by_application(demo).values():
        subjects = {str(parsed(e)["Subject"]) for e in emails if e.truth.status == "applied"}
        reused += any(str(parsed(e)["Subject"]) in subjects for e in emails if e.truth.status == "rejected")
    assert reused >= 1


def test_mime_variety_is_present(demo):
    messages = [parsed(email) for email in demo]
    content_types = {part.get_content_type() for message in messages for part in message.walk()}
    assert {
        "text/plain",
        "text/html",
        "multipart/alternative",
        "multipart/mixed",
        "text/calendar",
    } <= content_types
    assert {"application/pdf"} <= content_types
    charsets = {part.get_content_charset() for message in messages for part in message.walk()} - {None}
    assert {"utf-8", "iso-8859-1", "windows-1252"} <= charsets
    encodings = {str(part["Content-Transfer-Encoding"]) for message in messages for part in message.walk()}
    assert {"quoted-printable", "base64", "7bit", "8bit"} <= encodings
    assert any(b"=?UTF-8?B?" in email.raw for email in demo)
    assert {message.get_content_type() for message in messages} >= {"text/plain", "text/html"}
    assert max(len(email.raw) for email in demo) > 20_000


def test_non_english_applications_are_present(demo):
    languages = {
        (str(parsed(e).get("Content-Language")), e.truth.status) for e in demo if e.truth.application_key
    }
    assert {("de", "applied"), ("de", "rejected"), ("fr", "rejected")} <= languages


def test_adversarial_non_applications_are_labelled_as_what_they_are(demo):
    def kinds_where(text: str) -> set[str]:
        return {e.truth.kind for e in demo if text in str(parsed(e)["Subject"]) + html_or_text(e)}

    assert kinds_where("Ignore previous instructions") == {"job_alert"}
    assert kinds_where("invited to apply") == {"job_alert"}
    assert "other" in kinds_where("offer")
    assert {e.truth.kind for e in demo if str(parsed(e)["Subject"]) == "Your application update"} == {
        "application"
    }


def html_or_text(email: DemoEmail) -> str:
    return parsed(email).get_body(preferencelist=("plain", "html")).get_content()


def test_mbox_export_round_trips_through_the_stdlib_mbox_reader(demo, tmp_path):
    path = write_mbox(demo, tmp_path / "demo.mbox")
    box = stdlib_mailbox.mbox(path)
    try:
        messages = list(box)
    finally:
        box.close()
    assert [message["Message-ID"] for message in messages] == [email.message_id for email in demo]
    assert all(message["X-GM-THRID"] and message["X-Gmail-Labels"] for message in messages)
    assert path.read_bytes().startswith(b"From ") and b"\r\n" not in path.read_bytes()
    first = message_from_bytes(messages[0].as_bytes(), policy=policy.default)
    assert str(first["Subject"]) == str(parsed(demo[0])["Subject"])


def test_mboxrd_quoting_adds_one_angle_bracket_to_from_lines():
    assert mboxrd_quote(b"From me\n>From you\nNot From him\n") == b">From me\n>>From you\nNot From him\n"


def test_jsonl_truth_and_eml_exports_describe_the_same_messages(demo, tmp_path):
    rows = [json.loads(line) for line in write_jsonl(demo, tmp_path / "m.jsonl").read_text().splitlines()]
    truth = [json.loads(line) for line in write_truth(demo, tmp_path / "t.jsonl").read_text().splitlines()]
    emls = sorted(write_eml_dir(demo, tmp_path / "eml").glob("*.eml"))
    assert [row["id"] for row in rows] == [row["id"] for row in truth] == [e.message_id for e in demo]
    assert set(rows[0]) == {"id", "from", "date", "subject", "body"}
    assert set(truth[0]) == {"id", "kind", "status", "company", "job_title", "application_key"}
    assert sum(bool(row["body"].strip()) for row in rows) == len(demo) - 1
    assert not any("<td" in row["body"] or "display:none" in row["body"] for row in rows)
    assert [path.read_bytes() for path in emls] == [email.raw for email in demo]


def test_html_to_text_drops_styles_and_hidden_preheaders():
    markup = '<head><style>p{}</style></head><div style="display: none">hidden<b>x</b></div><p>Hi&amp;bye</p>'
    assert html_to_text(markup) == "Hi&bye\n"


def test_command_line_writes_the_requested_files(tmp_path, capsys):
    assert (
        main(
            ["--mbox", str(tmp_path / "d.mbox"), "--truth", str(tmp_path / "t.jsonl"), "--applications", "20"]
        )
        == 0
    )
    summary = json.loads(capsys.readouterr().out)
    assert summary["applications"] == 21 and (tmp_path / "d.mbox").stat().st_size > 0  # and the relayed one


def test_describe_counts_kinds_statuses_and_platforms(demo):
    summary = describe(demo)
    assert summary["emails"] == len(demo) and summary["applications"] == 91  # 90 and the relayed one
    assert sum(summary["by_kind"].values()) == len(demo)
    assert sum(summary["applications_by_final_status"].values()) == 91
    assert {"Workday", "Greenhouse", "Lever", "iCIMS", "LinkedIn", "Indeed"} <= set(summary["by_platform"])


def test_scales_to_two_thousand_emails_with_unique_ids():
    # How fast is a benchmark's question (make chaos generates this size), not a test's: a loaded
    # machine made a time limit here fail.
    big = generate_mailbox(seed=3, applications=600)
    assert len(big) >= 2000
    assert len({email.message_id for email in big}) == len(big)
