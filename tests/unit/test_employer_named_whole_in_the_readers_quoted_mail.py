"""A reply whose own text never names the organisation, sent from its domain, over the reader's quoted mail
that writes the organisation's name whole: the label is that name's first word, and the name shown is the
one the reader wrote ("Quirnbach Wasserwerke GmbH" for quirnbach.de), in every language's thread layout.
Invented mail."""

from __future__ import annotations

import pytest

from tracker.email_reading import email_from_fields
from tracker.extraction.rules import RulesExtractor
from tracker.names import same_company

_RULES = RulesExtractor()


def _company(sender: str, subject: str, body: str) -> str | None:
    return _RULES.extract(email_from_fields("m1", sender, "2026-10-14 09:30:00", subject, body)).company


_THRENODY = "Ossian Marwood <ossian@threnody.co.uk>"
_GERMAN_OUTLOOK = (
    "Hallo Frau Oberndorfer,\n\ndanke für Ihre Geduld! Die Fachabteilung entscheidet bis Ende der Woche, "
    "ich melde mich dann sofort.\n\nViele Grüße\nTamsin Ullrich\n\n"
    "Von: Rieke Oberndorfer <rieke.o@mailbox.org>\nGesendet: Dienstag, 13. Oktober 2026 08:10\n"
    "An: karriere@quirnbach.de\nBetreff: Stand meiner Bewerbung – Instandhaltungsplaner (m/w/d)\n\n"
    "Sehr geehrte Damen und Herren,\n\nich habe mich im September bei der Quirnbach Wasserwerke GmbH als "
    "Instandhaltungsplaner (m/w/d) beworben und wollte nach dem Stand fragen.\n\nMit freundlichen Grüßen\n"
    "Rieke Oberndorfer"
)
_DUTCH_IPHONE = (
    "Hoi Jelmer,\n\nHelaas gaat de vacature voorlopig dicht, dus ons gesprek van donderdag vervalt. "
    "Ik laat het je weten als hij weer opengaat.\n\nGroet,\nWobbe\n\nVerstuurd vanaf mijn iPhone\n\n"
    "> Op 3 okt. 2026 om 11:20 heeft Jelmer Vlietstra <j.vlietstra@outlook.com> het volgende geschreven:\n"
    ">\n> Beste Wobbe,\n>\n> Graag bevestig ik ons gesprek op donderdag om 14.00 uur bij "
    "Knotwilg Installatietechniek in Zwolle.\n>\n> Met vriendelijke groet,\n> Jelmer"
)
_ENGLISH_GMAIL = (
    "Hi Pranjali,\n\nSorry for the silence - we're still working through the shortlist and hope to have news "
    "early next week.\n\nBest,\nOssian\n\n"
    "On Mon, 12 Oct 2026 at 18:02, Pranjali Lindroth <pranjali.lindroth@fastmail.com> wrote:\n"
    "> Hi Ossian,\n>\n> I applied to Threnody Acoustics Ltd for the Test Engineer role three weeks ago and "
    "wondered whether there is any news.\n>\n> Thanks,\n> Pranjali"
)
_ENGLISH_OUTLOOK = (
    "Dear Mr Aldwinckle-Tull,\n\nThank you for your patience. The panel meets on Friday and I will write to "
    "you straight after.\n\nKind regards,\nWren Castellane\n\n"
    "From: Callum Aldwinckle-Tull <c.aldwinckle-tull@proton.me>\nSent: Sunday, 11 October 2026 21:40\n"
    "To: recruitment@pellworth.org.uk\nSubject: Warehouse Supervisor application\n\n"
    "Dear Sir or Madam,\n\nI sent my application to Pellworth Housing Association for the Warehouse "
    "Supervisor vacancy on 20 September and would be grateful for an update.\n\nYours faithfully,\n"
    "Callum Aldwinckle-Tull"
)


@pytest.mark.parametrize(
    "sender, subject, body, employer",
    [
        (
            "Tamsin Ullrich <t.ullrich@quirnbach.de>",
            "AW: Stand meiner Bewerbung – Instandhaltungsplaner (m/w/d)",
            _GERMAN_OUTLOOK,
            "Quirnbach Wasserwerke GmbH",
        ),
        (
            "Wobbe Scheltema <wobbe@knotwilg.nl>",
            "Re: gesprek donderdag",
            _DUTCH_IPHONE,
            "Knotwilg Installatietechniek",
        ),
        (_THRENODY, "Re: Test Engineer", _ENGLISH_GMAIL, "Threnody Acoustics"),
        (
            "Wren Castellane <w.castellane@pellworth.org.uk>",
            "RE: Warehouse Supervisor application",
            _ENGLISH_OUTLOOK,
            "Pellworth Housing Association",
        ),
    ],
)
def test_a_reply_from_the_domain_shows_the_name_the_readers_quoted_mail_writes_whole(
    sender, subject, body, employer
):
    assert same_company(_company(sender, subject, body), employer)


def test_a_quoted_mail_writing_the_label_alone_keeps_it():
    body = _ENGLISH_GMAIL.replace("Threnody Acoustics Ltd", "Threnody")
    assert same_company(_company(_THRENODY, "Re: Test Engineer", body), "Threnody")


def test_a_quoted_mail_naming_another_organisation_after_the_label_word_keeps_the_label():
    # "Threnody" going on as a person's phrase, not as an organisation's name.
    body = _ENGLISH_GMAIL.replace("Threnody Acoustics Ltd", "Threnody, as you suggested,")
    assert same_company(_company(_THRENODY, "Re: Test Engineer", body), "Threnody")
