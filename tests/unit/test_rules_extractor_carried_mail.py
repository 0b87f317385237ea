"""Mail carried inside the user's own (invented mail): a forward to themselves, a courtesy reply on top.

What a person reads in "Fwd: ..." from themselves, or under their "Thank you for letting me know.", is
the message carried: its sender, its subject, its text. The rules read that message as if it had come
alone (bench/platform_swap.py's forwarded and reply-on-top transforms measure it on the dev set).
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Kind, Status

USER = "Robin Calder <robin.calder@gmail.com>"


def gmail_forward(sender: str, subject: str, body: str, note: str = "") -> dict:
    block = (
        "---------- Forwarded message ---------\n"
        f"From: {sender}\nDate: Tue, Mar 4, 2025 at 10:12 AM\nSubject: {subject}\nTo: {USER}\n\n{body}"
    )
    return {"sender": USER, "subject": f"Fwd: {subject}", "body": f"{note}\n\n{block}" if note else block}


def outlook_forward(sender: str, subject: str, body: str) -> dict:
    block = (
        "________________________________\n"
        f"From: {sender}\nSent: Tuesday, March 4, 2025 10:12 AM\nTo: Robin Calder\n"
        f"Subject: {subject}\n\n{body}"
    )
    return {"sender": USER, "subject": f"FW: {subject}", "body": block}


def reply_on_top(reply: str, sender: str, subject: str, body: str, header: str = "") -> dict:
    header = header or f"On Tue, Mar 4, 2025 at 10:12 AM {sender} wrote:"
    quoted = "\n".join(f"> {line}" if line else ">" for line in body.splitlines())
    return {"sender": USER, "subject": f"Re: {subject}", "body": f"{reply}\n\n{header}\n{quoted}"}


CARRIED = [
    row(
        "a_forwarded_confirmation_names_the_employer_in_its_sender",
        Status.APPLIED,
        "Quillmore Foods",
        "Inventory Planner",
        **gmail_forward(
            "Quillmore Foods Careers <careers@quillmorefoods.com>",
            "We received your application",
            "Hi Robin,\n\nThank you for applying for the Inventory Planner position. The team will go "
            "through your application and reply.\n\nBest,\nTalent Acquisition",
        ),
    ),
    row(
        "a_forwarded_ats_mail_with_the_employer_only_in_the_display_name",
        Status.REJECTED,
        "Harwick Logistics",
        "Fleet Analyst",
        **gmail_forward(
            "Harwick Logistics <harwicklogistics@myworkday.com>",
            "Update on your Fleet Analyst application",
            "Dear Robin,\n\nThank you for your interest. After a close look, we've decided to "
            "go forward with other applicants.\n\nRegards,\nRecruiting Team",
        ),
    ),
    row(
        "a_forward_with_a_note_to_self_above_it",
        Status.INTERVIEW,
        "Ostara Health",
        "Clinical Data Coordinator",
        **gmail_forward(
            "Ostara Health Recruiting <recruiting@ostarahealth.org>",
            "Interview invitation - Clinical Data Coordinator",
            "Hello Robin,\n\nWe would like to invite you to an interview for the Clinical Data Coordinator "
            "role. Please choose a time that suits you.\n\nKind regards,\nOstara Health",
            note="for the tracker",
        ),
    ),
    row(
        "an_outlook_forward_reads_its_from_and_subject_lines",
        Status.ASSESSMENT,
        "Brantley Voss",
        "Tax Associate",
        **outlook_forward(
            "Brantley Voss Careers <careers@brantleyvoss.com>",
            "Next step: online assessment",
            "Dear Robin,\n\nAs the next step for the Tax Associate role, please complete the online "
            "assessment within 5 days.\n\nBrantley Voss Recruiting",
        ),
    ),
    row(
        "a_forwarded_job_boards_confirmation",
        Status.APPLIED,
        "Nuvio",
        "Support Engineer",
        **gmail_forward(
            "LinkedIn <jobs-noreply@linkedin.com>",
            "Robin, your application was sent to Nuvio",
            "Your application was sent to Nuvio\n\nSupport Engineer\nNuvio · Austin, TX (Remote)\n"
            "Applied on March 4, 2025",
        ),
    ),
    row(
        "thanks_above_a_quoted_rejection",
        Status.REJECTED,
        "Harwick Logistics",
        "Fleet Analyst",
        **reply_on_top(
            "Thank you for letting me know.",
            "Harwick Logistics Recruiting <jobs@harwicklogistics.com>",
            "Your application for Fleet Analyst",
            "Dear Robin,\n\nThank you for applying for the Fleet Analyst role. Unfortunately, we will not "
            "be progressing your application.\n\nBest regards,\nHarwick Logistics",
        ),
    ),
    row(
        "an_acknowledgement_naming_a_day_above_a_quoted_invitation",
        Status.INTERVIEW,
        "Ostara Health",
        "Clinical Data Coordinator",
        **reply_on_top(
            "Thanks, Tuesday works.",
            "Mara Quist <mara.quist@ostarahealth.org>",
            "Interview - Clinical Data Coordinator",
            "Hi Robin,\n\nWe'd like to schedule an interview for the Clinical Data Coordinator position at "
            "Ostara Health. Would Tuesday or Wednesday afternoon work?\n\nMara Quist\nTalent Partner, "
            "Ostara Health",
        ),
    ),
    row(
        "a_german_thanks_above_a_quoted_invitation",
        Status.INTERVIEW,
        "Lindholm Bau GmbH",
        None,
        **reply_on_top(
            "Vielen Dank, der Termin passt mir.",
            "Lindholm Bau GmbH <karriere@lindholm-bau.at>",
            "Einladung zum Vorstellungsgespräch",
            "Sehr geehrter Herr Calder,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch am "
            "12. März um 10 Uhr ein.\n\nMit freundlichen Grüßen\nLindholm Bau GmbH",
            header="Am Di., 4. März 2025 um 10:12 Uhr schrieb Lindholm Bau GmbH <karriere@lindholm-bau.at>:",
        ),
    ),
    row(
        "an_apple_mail_forward_with_its_subject_before_its_date",
        Status.REJECTED,
        "Tarnmoor Water",
        "GIS Technician",
        sender=USER,
        subject="Fwd: Your application to Tarnmoor Water",
        body="Begin forwarded message:\n\n"
        "From: Tarnmoor Water Recruitment <recruitment@tarnmoorwater.co.uk>\n"
        "Subject: Your application to Tarnmoor Water\nDate: 4 March 2025 at 10:12:40 GMT\nTo: "
        "robin.calder@gmail.com\n\nDear Robin,\n\nThank you for applying for the GIS Technician role. "
        "We are sorry to let you know that you have not been shortlisted on this occasion.\n\nTarnmoor Water",
    ),
    row(
        "an_original_message_forward_writing_its_sender_as_mailto",
        Status.OFFER,
        "Vallone Systems",
        "Network Engineer",
        sender=USER,
        subject="FW: Offer of employment",
        body="-----Original Message-----\nFrom: Vallone Systems HR [mailto:hr@vallonesystems.com]\n"
        "Sent: Tuesday, March 4, 2025 10:12 AM\nTo: Robin Calder\nSubject: Offer of employment\n\n"
        "Dear Robin,\n\nWe are delighted to offer you the position of Network Engineer at Vallone "
        "Systems. Please find your offer letter attached.\n\nVallone Systems HR",
    ),
    row(
        "ok_thanks_above_a_quoted_assessment",
        Status.ASSESSMENT,
        "Corvid Analytics",
        "Data Analyst",
        **reply_on_top(
            "Ok, thank you!",
            "Corvid Analytics Talent <talent@corvidanalytics.com>",
            "Next steps for Data Analyst",
            "Hi Robin,\n\nThanks for applying for the Data Analyst role at Corvid Analytics. The next step "
            "is a short online coding assessment; please complete it within 72 hours.\n\nCorvid Talent",
        ),
    ),
    row(
        "a_french_merci_above_a_quoted_rejection",
        Status.REJECTED,
        "Groupe Vallorin",
        None,
        **reply_on_top(
            "Merci pour votre retour.",
            "Groupe Vallorin <recrutement@vallorin.fr>",
            "Votre candidature",
            "Bonjour Robin,\n\nNous vous remercions pour votre candidature. Malheureusement, nous ne "
            "pouvons pas donner une suite favorable à votre candidature.\n\nCordialement,\nGroupe Vallorin",
            header="Le mar. 4 mars 2025 à 10:12, Groupe Vallorin <recrutement@vallorin.fr> a écrit :",
        ),
    ),
    row(
        "an_employers_thanks_above_the_users_own_words_stays_the_employers",
        Status.APPLIED,
        "Ostara Health",
        None,
        sender="Mara Quist <mara.quist@ostarahealth.org>",
        subject="Re: Application - Clinical Data Coordinator",
        body="Thanks, received.\n\nOn Tue, Mar 4, 2025 at 10:12 AM Robin Calder <robin.calder@gmail.com> "
        "wrote:\n> Hi Mara,\n> please find attached my application for the Clinical Data Coordinator "
        "role.\n> Best, Robin",
    ),
    row(
        "thanks_above_an_outlook_reply_header",
        Status.INTERVIEW,
        "Ostara Health",
        "Clinical Data Coordinator",
        sender=USER,
        subject="RE: Interview - Clinical Data Coordinator",
        body="Thanks, that works for me.\n\n________________________________\n"
        "From: Mara Quist <mara.quist@ostarahealth.org>\nSent: Tuesday, March 4, 2025 10:12 AM\n"
        f"To: {USER}\nSubject: Interview - Clinical Data Coordinator\n\nHi Robin,\n\nWe would like to invite "
        "you to an interview for the Clinical Data Coordinator position at Ostara Health on Thursday at "
        "2pm.\n\nMara Quist\nTalent Partner",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), CARRIED)
def test_mail_carried_in_the_users_own_is_read_as_the_carried_message(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_a_reply_that_changes_the_course_is_the_news_not_the_quote():
    mail = reply_on_top(
        "Thank you, but I have decided to withdraw my application.",
        "Mara Quist <mara.quist@ostarahealth.org>",
        "Interview - Clinical Data Coordinator",
        "Hi Robin,\n\nWe'd like to schedule an interview for the Clinical Data Coordinator position.",
    )

    result = extract(**mail)

    assert result.kind is not Kind.APPLICATION or result.status is not Status.INTERVIEW, result


def test_a_forwarded_job_alert_stays_a_job_alert():
    mail = gmail_forward(
        "Jobvessel Alerts <alerts@jobvessel.com>",
        "5 new jobs for Data Analyst in Austin",
        "Jobs you may like\n\nData Analyst\nNuvio · Austin, TX\nApply now\n\nBI Analyst\nQuillmore Foods "
        "· Austin, TX\nApply now\n\nManage your job alerts | Unsubscribe",
    )

    assert extract(**mail).kind is Kind.JOB_ALERT
