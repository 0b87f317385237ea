"""Job mail that quotes an application's news to someone who has none (invented mail), and the applications
written in near wording that must stay applications (issue 14: "job alerts and newsletters still become
records").

A coach's newsletter on what to do "nach einer Absage", business news of offers rescinded to new grads and
an interviewer's calendar entry ("Interview scheduled: <candidate> for <role>") quote rejections, offers and
interviews; none of them is the reader's. The reader's own rejection that adds advice, an offer rescinded
from the reader and the candidate's own "Interview scheduled" subject are.
"""

import pytest

from tests.extraction_support import (
    application_row,
    assert_reads_application,
    extract,
    not_application_of_kind,
)
from tracker.models import Kind, Status

QUOTING_NEWS = [
    not_application_of_kind(
        "de_coaching_nach_einer_absage",
        Kind.OTHER,
        sender="Karriere-Coaching Lena Brandt <newsletter@lenabrandt-coaching.de>",
        subject="Was tun nach einer Absage? 5 Schritte für Ihre Bewerbung",
        body=(
            "Hallo Sam,\n\nnach einer Absage fühlen sich viele Bewerberinnen und Bewerber entmutigt. "
            "Leider ist eine Absage kein Urteil über Sie. In diesem Newsletter: wie Sie um Feedback "
            "bitten, Ihren Lebenslauf überarbeiten und sich auf das nächste Vorstellungsgespräch "
            "vorbereiten.\n\nJetzt meinen Online-Kurs buchen: 20 % Rabatt bis Freitag.\n\nIhre Lena "
            "Brandt\nNewsletter abbestellen"
        ),
    ),
    not_application_of_kind(
        "de_coaching_absage_ohne_kurs",
        Kind.OTHER,
        sender="Jobcoach Weekly <hallo@jobcoach-weekly.de>",
        subject="Absage erhalten? So bleiben Sie dran",
        body=(
            "Liebe Leserinnen und Leser,\n\nwir haben uns leider gegen Sie entschieden - diesen Satz liest "
            "niemand gern. Unsere Tipps der Woche: Nehmen Sie die Absage nicht persönlich, fragen Sie nach "
            "Feedback und bewerben Sie sich weiter.\n\nViel Erfolg wünscht Ihr Team von Jobcoach "
            "Weekly\nAbmelden"
        ),
    ),
    not_application_of_kind(
        "en_business_newsletter_rescinded_offers",
        Kind.OTHER,
        sender="Morning Ledger <newsletter@morningledger.example>",
        subject="Tech firms rescind offers to new grads",
        body=(
            "Good morning,\n\nSeveral large tech companies have rescinded offers to new grads this week, "
            "citing a slowdown. Candidates who received offer letters in the autumn were told their start "
            "dates are cancelled. Here is what it means for the hiring market.\n\nAlso today: rates, "
            "earnings, and the jobs report.\n\nUnsubscribe"
        ),
    ),
    not_application_of_kind(
        "en_newsletter_unfortunately_rejected",
        Kind.OTHER,
        sender="The Hiring Brief <hello@hiringbrief.example>",
        subject="Why offers get rescinded - and what candidates can do",
        body=(
            "Hi there,\n\nUnfortunately, we have decided to rescind your offer. That is the email "
            "thousands of graduates received this year. This week we look at why companies pull offers and "
            "how candidates can protect themselves.\n\nRead more on our site. Unsubscribe any time."
        ),
    ),
    not_application_of_kind(
        "en_interviewer_bodiless_interview_scheduled",
        Kind.OTHER,
        sender="Greenhouse <no-reply@greenhouse.io>",
        subject="Interview scheduled: Priya Raman for Senior Backend Engineer",
        body="",
    ),
    not_application_of_kind(
        "en_interviewer_bodiless_interview_scheduled_calendar",
        Kind.OTHER,
        sender="Calendar <calendar-notification@google.com>",
        subject="Interview scheduled: Tom Becker for Product Designer (Onsite)",
        body="",
    ),
]

NEAR_WORDING_APPLICATIONS = [
    application_row(
        "de_rejection_with_advice",
        Status.REJECTED,
        "Nordlicht Software GmbH",
        sender="Nordlicht Software GmbH <karriere@nordlicht-software.de>",
        subject="Ihre Bewerbung als Java-Entwickler",
        body=(
            "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Java-Entwickler. Leider müssen wir Ihnen "
            "mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben. Nach einer Absage "
            "lohnt es sich, weiterzumachen: wir wünschen Ihnen viel Erfolg.\n\nMit freundlichen "
            "Grüßen\nNordlicht Software GmbH"
        ),
    ),
    application_row(
        "en_offer_rescinded_to_me",
        Status.WITHDRAWN,
        "Brightwave Analytics",
        sender="Brightwave Analytics <recruiting@brightwave.example>",
        subject="Update on your offer - Data Analyst",
        body=(
            "Hi Sam,\n\nI am very sorry to write this. Due to a hiring freeze, Brightwave Analytics has to "
            "rescind the offer we extended to you for the Data Analyst position. We know this is hard news "
            "and we will support you with references.\n\nBest,\nMaya\nBrightwave Analytics Recruiting"
        ),
    ),
    application_row(
        "en_candidate_bodiless_interview_scheduled",
        Status.INTERVIEW,
        "Lumen Health",
        sender="Lumen Health Recruiting <recruiting@lumenhealth.example>",
        subject="Interview scheduled: Data Analyst at Lumen Health",
        body="",
    ),
]


@pytest.mark.parametrize(("mail", "kind"), QUOTING_NEWS)
def test_mail_quoting_news_to_someone_with_no_application_makes_no_record(mail, kind):
    result = extract(**mail)
    assert result.kind is kind, result


@pytest.mark.parametrize(("mail", "status", "company", "title"), NEAR_WORDING_APPLICATIONS)
def test_an_application_in_near_wording_stays_an_application(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
