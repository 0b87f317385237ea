"""Mail from an employer's own domain, naming no employer or only words of its role, filed under the one
employer other senders named that the domain spells (tracker/own_domain_employers.py). Invented names."""

from __future__ import annotations

from tests.builders import application_email, day
from tracker.models import EmailMessage, Extraction
from tracker.own_domain_employers import named_by_own_domains

INDEED = "Indeed Apply <indeedapply@indeed.com>"
WORKDAY = "Fenwright Careers <fenwright@myworkday.com>"
MANAGER = "Dana Whitlock <dwhitlock@fenwrightlogistics.com>"
RECEIPT = application_email("applied", "Fenwright Logistics LLC", "Data Engineer, Freight Platforms")


def mail(msg_id: str, on: int, sender: str) -> EmailMessage:
    return EmailMessage(message_id=msg_id, sender=sender, subject="", body="", received_at=day(on))


def named(*mails: tuple[EmailMessage, Extraction]) -> dict[str, str]:
    found = named_by_own_domains(mails)
    return {mails[index][0].message_id: name for index, name in found.items()}


def test_a_unit_of_the_role_read_from_the_employers_own_domain_is_the_employer_a_board_named():
    interview = application_email("interview", "Freight Platforms", "Data Engineer")
    assert named((mail("m1", 0, INDEED), RECEIPT), (mail("m2", 9, MANAGER), interview)) == {
        "m2": "Fenwright Logistics LLC"
    }


def test_mail_naming_no_employer_from_the_domain_is_the_employer_an_ats_named():
    step = application_email("rejected", None, None)
    assert named((mail("m1", 0, WORKDAY), RECEIPT), (mail("m2", 20, MANAGER), step)) == {
        "m2": "Fenwright Logistics LLC"
    }


def test_another_organisation_named_from_the_domain_stays_as_read():
    # An agency's consultant writing from the agency's domain about her client: the client's.
    agency = "Marc Oster <m.oster@holtbeck-partners.com>"
    receipt = application_email("applied", "Holtbeck & Partners", "Office Manager")
    client = application_email("interview", "Verband der Mühlenwirtschaft", "Office Manager")
    assert named((mail("m1", 0, INDEED), receipt), (mail("m2", 9, agency), client)) == {}


def test_a_domain_whose_own_mail_names_its_employer_is_left_to_the_domains_memory():
    own = application_email("interview", "Fenwright Logistics", "Data Engineer")
    unit = application_email("interview", "Freight Platforms", "Data Engineer")
    found = named(
        (mail("m1", 0, INDEED), RECEIPT), (mail("m2", 9, MANAGER), own), (mail("m3", 12, MANAGER), unit)
    )
    assert found == {}


def test_a_domain_spelling_two_employers_names_neither():
    manager = "Ines Rook <ines.rook@ostervale.com>"
    first = application_email("applied", "Ostervale", "Store Planner")
    second = application_email("applied", "Nord Ostervale", "Store Planner")
    step = application_email("rejected", None, None)
    found = named(
        (mail("m1", 0, INDEED), first), (mail("m2", 1, INDEED), second), (mail("m3", 20, manager), step)
    )
    assert found == {}


def test_a_domain_no_employer_name_spells_is_left_as_read():
    step = application_email("rejected", None, None)
    stranger = "Ola Brisk <ola@brisklane.io>"
    assert named((mail("m1", 0, INDEED), RECEIPT), (mail("m2", 20, stranger), step)) == {}
