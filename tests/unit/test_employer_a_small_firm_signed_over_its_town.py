"""A person at a small employer answering the reader's CV signs for the firm under their name, often with a
role between and the firm's town after it: the firm is the employer, never the town. Their everyday words
state the step ("come in for a chat", "you can start Monday", "we've already found someone"); a bare
reply subject names the post in any trade. Lookalikes stay other mail. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.signed_firms import firm_in_line
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    ("line", "firm"),
    [
        ("The Golden Hind, Whitby", "The Golden Hind"),
        ("Le Vieux Moulin / Angers", "Le Vieux Moulin"),
        ("Gasthof Lindenwirt, Mittersill", "Gasthof Lindenwirt"),
        ("Brouwer Metaal B.V. · Industrieweg 3 · 7400 AB Deventer", "Brouwer Metaal"),
        ("Keller Holzbau GmbH · Lindenweg 2 · 87435 Kempten", "Keller Holzbau"),
        ("Hauptstraße 22, 72070 Tübingen", None),
        ("Owner, Leeds", None),
        ("Office Manager, Brindlecombe", None),
    ],
)
def test_a_signature_line_names_the_firm_before_its_town(line, firm):
    assert firm_in_line(line, "Nora Keane") == firm


ANSWERS = [
    pytest.param(
        "Re: Line cook",
        "Hi Ava,\n\nThanks for your CV. Could you come in for a chat on Friday afternoon?\n\nCheers,\n"
        "Rob Hale\nHead Chef\nThe Golden Hind, Whitby\n",
        "Rob Hale <rob.hale@gmail.com>",
        Status.INTERVIEW,
        "The Golden Hind",
        id="en_chat_firm_and_town",
    ),
    pytest.param(
        "Re: plongeur",
        "Bonjour Hugo,\n\nMerci pour votre CV. Passez nous voir jeudi matin.\n\nMarie Caron\nGérante\n"
        "Le Vieux Moulin / Angers\n",
        "Marie Caron <marie.caron@orange.fr>",
        Status.INTERVIEW,
        "Le Vieux Moulin",
        id="fr_come_by_firm_slash_town",
    ),
    pytest.param(
        "Re: afwasser",
        "Hoi Tim,\n\nBedankt voor je cv. Je mag vrijdag beginnen, om 16 uur.\n\nGroet,\nPiet Smeets\n"
        "Eetcafé De Kroon, Venlo\n",
        "Piet Smeets <piet.smeets@gmail.com>",
        Status.OFFER,
        "Eetcafé De Kroon",
        id="nl_start_day",
    ),
    pytest.param(
        "Re: Aiuto pasticcere",
        "Ciao Luca,\n\nho ricevuto il tuo curriculum. Purtroppo abbiamo già trovato una persona.\n\n"
        "Sara Greco\nPasticceria Greco, Lecce\n",
        "Sara Greco <sara.greco@libero.it>",
        Status.REJECTED,
        "Pasticceria Greco",
        id="it_already_found",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender", "status", "company"), ANSWERS)
def test_a_hand_written_answer_reads_its_step_and_the_firm_it_signs_for(
    subject, body, sender, status, company
):
    result = extract(body=body, subject=subject, sender=sender)

    assert result.kind is Kind.APPLICATION
    assert result.status is status
    assert result.company == company


def test_a_bare_reply_subject_names_a_trade_no_role_list_holds():
    result = extract(
        subject="Re: Stone waller",
        body="Hi Ava,\n\nThanks for your CV. Could you come over on Monday for a chat?\n\n"
        "Tom Reed\nReed Walling, Keswick\n",
        sender="Tom Reed <tom.reed@gmail.com>",
    )

    assert result.job_title == "Stone waller"


def test_a_landlords_invitation_signed_with_a_firm_and_town_is_no_application():
    result = extract(
        subject="Re: Flat on Mill Road",
        body="Hi Ava,\n\nCould you come in on Tuesday to sign the lease?\n\n"
        "Rob Hale\nHale Lettings, Whitby\n",
        sender="Rob Hale <rob.hale@gmail.com>",
    )

    assert result.kind is not Kind.APPLICATION


def test_a_free_mail_domain_never_names_the_firm():
    result = extract(
        subject="Re: Barista",
        body="Hi Ava,\n\nThanks for your CV. We've already found someone, sorry.\n\nRob Hale\n",
        sender="Rob Hale <rob.hale@hotmail.co.uk>",
    )

    assert result.company is None


def test_the_writers_own_domain_names_the_firm_when_nothing_else_does():
    result = extract(
        subject="Re: Barista",
        body="Hi Ava,\n\nThanks for your CV. We've already found someone, sorry.\n\nRob Hale\n",
        sender="Rob Hale <rob@harbour-lights-cafe.co.uk>",
    )

    assert result.status is Status.REJECTED
    assert result.company == "Harbour Lights Cafe"
