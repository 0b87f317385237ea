"""An employer is never the hour a meeting is at ("on Monday at 10am") nor the free mail provider a person
writes from, under any country's suffix ("yahoo.co.in", "hotmail.com.br"). Invented mail.

National free-mail providers name no employer: a workshop owner writing from "uol.com.br" works for no
firm "uol" (tracker/extraction/free_mail.py)."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.extraction.platforms import domain_employer
from tracker.extraction.text import Sender
from tracker.models import Kind, Status

HOURS = ["10am", "1 PM", "10:30", "9.30am", "14h30", "10 Uhr", "7 p.m."]


@pytest.mark.parametrize("hour", HOURS)
def test_the_hour_an_interview_is_at_is_no_employer(hour):
    result = extract(
        f"Dear Tom,\n\nWe would like to invite you to an interview for the Accounts Assistant position on "
        f"Monday at {hour}.\n\nRegards,\nNguyen Thi Hoa\nHR",
        "Interview - Accounts Assistant",
        "Nguyen, Thi Hoa <thoa.nguyen@outlook.com>",
    )
    assert (result.kind, result.status, result.company) == (Kind.APPLICATION, Status.INTERVIEW, None)


@pytest.mark.parametrize(
    "sender",
    [
        "Rajesh S <rajesh.s@yahoo.co.in>",
        "Renata Silva <r.silva@hotmail.com.br>",
        "Jo Brown <jo.brown@outlook.com.au>",
        "Hans Meier <h.meier@gmx.ch>",
    ],
)
def test_a_free_mail_provider_under_any_suffix_is_no_employer(sender):
    result = extract(
        "Dear Candidate,\n\nYour profile has been shortlisted for the Java Developer role. We will call you "
        "to fix an interview.\n\nThanks & Regards\nRajesh\nHR Executive",
        "Java Developer - shortlisted",
        sender,
    )
    assert result.kind is Kind.APPLICATION
    assert result.company is None


def test_an_employer_named_with_digits_is_still_read():
    result = extract(
        "Hi Tom,\n\nThank you for applying to 84.51 for the Data Scientist role. We have received your "
        "application.\n\n84.51 Talent Team",
        "Thank you for applying to 84.51",
        "84.51 Careers <careers@8451.com>",
    )
    assert result.company is not None and result.company.startswith("84.51")


@pytest.mark.parametrize(
    "raw",
    [
        "Carlos <carlos.oficina@uol.com.br>",
        "Ana <ana.padaria@bol.com.br>",
        "Rita <rita@terra.com.br>",
        "João <joao@ig.com.br>",
        "Paulo <paulo@zipmail.com.br>",
        "Ivan <ivan@mail.ru>",
        "Piotr <piotr@wp.pl>",
        "Anna <anna@o2.pl>",
    ],
)
def test_a_national_free_mail_domain_names_no_employer(raw):
    assert domain_employer(Sender.parse(raw)) is None


def test_a_firms_own_brazilian_domain_still_names_it():
    assert domain_employer(Sender.parse("RH <rh@oficinacarlos.com.br>")) == "oficinacarlos"
