"""A staffing agency's own domain and the names that are only the agency's (tracker/agency_relays.py), and
the keys matching and recording join an agency's mail by (match_keys.MatchKeys,
relay_matching.relay_placeholder)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tracker.agency_relays import agency_domain, names_the_agency, relay_domain
from tracker.match_keys import Candidates, MatchKeys
from tracker.models import Application, Extraction, Kind, Status
from tracker.relay_matching import (
    agency_news_application,
    agency_placeholders,
    relay_placeholder,
    relay_placeholders,
)

AGENCY = "Sam Patel <sam.patel@brightpathrecruitment.co.uk>"


@pytest.mark.parametrize(
    ("key", "domain", "the_agency"),
    [
        ("randstad", "randstad.it", True),
        ("northbridge recruitment", "northbridge-recruitment.com", True),
        # The name runs on past the domain's first label, or the label past the name.
        ("northbridge recruitment", "northbridge.co.uk", True),
        ("brightpath", "brightpathrecruitment.co.uk", True),
        ("halcyon bank", "brightpathrecruitment.co.uk", False),
        # A label leaves out the "&" of the name ("Hale & Pine Staffing", keyed "hale and pine staffing").
        ("hale and pine staffing", "halepinestaffing.com", True),
        ("hale and pine staffing", "haleandpine.com", True),
        ("hale and pine", "halepine.co.uk", True),
        ("hale and oak", "halepinestaffing.com", False),
        # A label leaves out an inner word of the name, never its first or last one.
        ("quillmoor technical staffing", "quillmoorstaffing.ca", True),
        ("quillmoor nursing and care recruitment", "quillmoorcarerecruitment.ie", True),
        ("quillmoor foods", "quillmoorstaffing.ca", False),
        ("quillmoor bakery staffing", "bakerystaffing.ca", False),
        ("quillmoor staffing", "quillmoortalent.ca", False),
        ("", "brightpathrecruitment.co.uk", False),
    ],
)
def test_an_employer_key_names_the_agency_when_it_begins_its_domain_or_its_domain_begins_it(
    key, domain, the_agency
):
    assert names_the_agency(key, domain) is the_agency


def test_a_relay_key_gives_back_the_agency_domain_it_was_made_for():
    relay = relay_placeholder(AGENCY, "Data Engineer")
    assert relay and relay_domain(relay) == "brightpathrecruitment.co.uk"


@pytest.mark.parametrize(
    ("sender", "title"),
    [
        ("Halcyon Careers <careers@halcyonbank.com>", "Data Engineer"),  # an employer's own mail
        ("Halcyon <halcyon@myworkday.com>", "Data Engineer"),  # an ATS sends for every employer
        (AGENCY, None),  # an agency's mail naming no role
    ],
)
def test_only_an_agencys_mail_naming_a_role_has_a_relay_key(sender, title):
    assert relay_placeholder(sender, title) == ""


def test_an_agencys_mail_naming_a_requisition_is_linked_by_the_role_and_by_that_requisition():
    role = relay_placeholder(AGENCY, "Data Engineer")
    assert relay_placeholders(AGENCY, "Data Engineer", "rq 118") == [role, f"{role}|RQ118"]
    assert relay_placeholders(AGENCY, "Data Engineer", None) == [role]
    assert relay_placeholders(AGENCY, None, "RQ118") == []
    by_requisition = relay_placeholders(AGENCY, "Data Engineer", "RQ118")[1]
    assert relay_domain(by_requisition) == "brightpathrecruitment.co.uk"


def test_an_agencys_mail_naming_no_role_carries_no_relay_domain():
    untitled = Extraction(Kind.APPLICATION, Status.INTERVIEW, "Brightpath Recruitment", None)
    keys = MatchKeys.named(untitled, None, "m1", AGENCY)
    assert (keys.relay_domain, keys.agency_named) == ("", False)
    titled = Extraction(Kind.APPLICATION, Status.INTERVIEW, "Brightpath Recruitment", "Data Engineer")
    keys = MatchKeys.named(titled, None, "m2", AGENCY)
    assert (keys.relay_domain, keys.agency_named) == ("brightpathrecruitment.co.uk", True)


@pytest.mark.parametrize(
    ("sender", "domain"),
    [
        ("Ellie Ward <ellie.ward@northgatetalent.co.uk>", "northgatetalent.co.uk"),  # "<name>talent"
        ("Jobs <jobs@talent.com>", ""),  # a board named only "talent"
        ("Careers <careers@talentmail.io>", ""),  # "talent" opening the label
    ],
)
def test_a_domain_named_for_its_talent_is_an_agencys(sender, domain):
    assert agency_domain(sender) == domain


def test_an_agencys_mail_naming_only_itself_and_its_mail_naming_a_client_find_each_other():
    news, client = agency_placeholders(AGENCY, "brightpath recruitment")
    assert news and client and news != client
    # Its mail naming a client leaves it where the agency's own looks, and looks where that leaves.
    assert agency_placeholders(AGENCY, "halcyon bank") == (client, news)
    assert agency_placeholders("Halcyon Careers <careers@halcyonbank.com>", "halcyon bank") == ("", "")


def test_an_agencys_untitled_mail_naming_its_client_is_not_placed_as_its_news():
    begun = Application(
        app_id="a1",
        company="Halcyon Bank",
        company_key="halcyon bank",
        job_title="Data Engineer",
        title_key="data engineer",
        status=Status.APPLIED,
        applied_at=datetime(2026, 3, 1, tzinfo=UTC),
        updated_at=datetime(2026, 3, 1, tzinfo=UTC),
        sender_email="sam.patel@brightpathrecruitment.co.uk",
    )
    at = datetime(2026, 3, 5, tzinfo=UTC)
    clients = {"brightpathrecruitment.co.uk": {"halcyon bank"}}

    def placed(company: str, requisition: str | None = None) -> Application | None:
        untitled = Extraction(Kind.APPLICATION, Status.INTERVIEW, company, None, requisition_id=requisition)
        keys = MatchKeys.named(untitled, None, "m9", AGENCY)
        return agency_news_application(
            keys, AGENCY, at, Candidates(keys, at, [begun]), clients, {id(begun): []}
        )

    assert placed("Brightpath Recruitment") is begun
    assert placed("Halcyon Bank") is None  # its own employer's rules place it, not the news rule
    assert placed("Brightpath Recruitment", "RQ-7") is None  # so does the requisition it names
