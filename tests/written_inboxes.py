# ruff: noqa: E501 - the written mail is text, one sentence a string
"""Small inboxes written by hand, one per class of bookkeeping the issue names (issue 14), each with the
grouping a person would make of it. Written from the class, never from dataset mail: they show where
`track` is blind, they are no measure of accuracy (bench/track_accuracy.py --written prints them).

    python -m tests.written_inboxes OUTDIR      (writes each inbox as it is fed to `track`)

Each `WrittenInbox` is fed to `track` exactly as an export would be: a JSON Lines file (what the
held-back inboxes are), or an mbox with Message-ID/References headers when its mail is threaded.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from email.utils import format_datetime
from pathlib import Path

from tracker.email_reading.dates import parse_date

YEAR = 2026


@dataclass(frozen=True)
class Mail:
    """One written email. `app` names the true application it belongs to (None: not one), `status`
    what it says about it; `thread` names the conversation's first mail (mbox only)."""

    id: str
    on: str  # "MM-DD HH:MM" in YEAR, UTC; "YYYY-MM-DD HH:MM" in an inbox spanning years (each of its mails)
    sender: str
    subject: str
    body: str
    app: str | None = None
    status: str | None = None
    thread: str | None = None

    @property
    def date(self) -> str:
        return self.on if len(self.on) > len("MM-DD HH:MM") else f"{YEAR}-{self.on}"


@dataclass(frozen=True)
class WrittenInbox:
    name: str
    what: str
    mails: tuple[Mail, ...]

    @property
    def threaded(self) -> bool:
        return any(m.thread for m in self.mails)

    def applications(self) -> dict[str, list[Mail]]:
        """True applications, each its mails in date order."""
        apps: dict[str, list[Mail]] = {}
        for mail in sorted(self.mails, key=lambda m: (m.on, m.id)):
            if mail.app:
                apps.setdefault(mail.app, []).append(mail)
        return apps

    def write(self, folder: Path) -> Path:
        """The inbox as an export file in `folder`: mbox when threaded, else JSON Lines."""
        if not self.threaded:
            path = folder / f"{self.name}.jsonl"
            rows = [
                {"id": m.id, "from": m.sender, "date": m.date, "subject": m.subject, "body": m.body}
                for m in self.mails
            ]
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
            return path
        path = folder / f"{self.name}.mbox"
        path.write_bytes(b"".join(_mbox_entry(m) for m in self.mails))
        return path


def _mbox_entry(mail: Mail) -> bytes:
    moment = parse_date(mail.date)
    assert moment is not None
    headers = [
        f"From: {mail.sender}",
        "To: Jordan Reyes <jordan.reyes@example.net>",
        f"Subject: {mail.subject}",
        f"Date: {format_datetime(moment)}",
        f"Message-ID: <{mail.id}>",
    ]
    if mail.thread and mail.thread != mail.id:
        headers += [f"In-Reply-To: <{mail.thread}>", f"References: <{mail.thread}>"]
    headers += [
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    body = "\n".join(">" + line if line.startswith("From ") else line for line in mail.body.splitlines())
    text = f"From written@example.net {moment.strftime('%a %b %d %H:%M:%S %Y')}\n" + "\n".join(headers)
    return (text + "\n\n" + body + "\n\n").encode("utf-8")


def _inbox(name: str, what: str, *mails: Mail) -> WrittenInbox:
    return WrittenInbox(name, what, tuple(mails))


LINKEDIN = "LinkedIn <jobs-noreply@linkedin.com>"
INDEED = "Indeed Apply <indeedapply@indeed.com>"

JOB_BOARDS = _inbox(
    "job_boards",
    "many applications through job boards and ATS at different employers: never grouped by the platform",
    Mail(
        "jb01",
        "03-02 09:10",
        LINKEDIN,
        "Jordan, your application was sent to Northwind Traders",
        "Your application was sent to Northwind Traders\n\nData Analyst\nNorthwind Traders · Denver, CO (Hybrid)\n"
        "Applied on March 2, 2026\n\nView job",
        "northwind",
        "applied",
    ),
    Mail(
        "jb02",
        "03-02 09:40",
        LINKEDIN,
        "Jordan, your application was sent to Blue Heron Analytics",
        "Your application was sent to Blue Heron Analytics\n\nBusiness Intelligence Analyst\n"
        "Blue Heron Analytics · Remote\nApplied on March 2, 2026\n\nView job",
        "blueheron",
        "applied",
    ),
    Mail(
        "jb03",
        "03-03 11:05",
        INDEED,
        "Indeed Application: Reporting Analyst",
        "Application submitted\n\nReporting Analyst\nMaple Street Bank - Columbus, OH\n\n"
        "The following items were sent to Maple Street Bank. Good luck!\n- Application\n- Resume",
        "maple",
        "applied",
    ),
    Mail(
        "jb04",
        "03-03 11:30",
        INDEED,
        "Indeed Application: Operations Analyst",
        "Application submitted\n\nOperations Analyst\nLakeside Logistics - Tulsa, OK\n\n"
        "The following items were sent to Lakeside Logistics. Good luck!\n- Application\n- Resume",
        "lakeside",
        "applied",
    ),
    Mail(
        "jb05",
        "03-04 08:00",
        "Harbor Health <harborhealth@myworkday.com>",
        "Thank you for applying to Harbor Health",
        "Dear Jordan,\n\nThank you for applying for the Clinical Data Analyst position at Harbor Health. "
        "Our recruiting team will review your application and contact you if your qualifications match.\n\n"
        "Harbor Health Talent Acquisition",
        "harbor",
        "applied",
    ),
    Mail(
        "jb06",
        "03-04 15:20",
        "Pinecrest Foods <pinecrest@myworkday.com>",
        "Thank you for your application",
        "Hi Jordan,\n\nThank you for applying for the Supply Chain Analyst role at Pinecrest Foods. "
        "We've received your application and will get in touch.\n\nPinecrest Foods Recruiting",
        "pinecrest",
        "applied",
    ),
    Mail(
        "jb07",
        "03-05 10:00",
        "Orbit Robotics <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Orbit Robotics",
        "Hi Jordan,\n\nThanks for applying to Orbit Robotics! Your application for the Data Scientist role "
        "has been received and our team will review it shortly.\n\nBest,\nOrbit Robotics Recruiting",
        "orbit",
        "applied",
    ),
    Mail(
        "jb08",
        "03-05 12:00",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung als Datenanalyst (m/w/d) bei Rheinwerk Logistik GmbH",
        "Hallo Jordan,\n\nIhre Bewerbung als Datenanalyst (m/w/d) wurde erfolgreich an Rheinwerk Logistik GmbH "
        "versendet. Das Unternehmen meldet sich bei Ihnen.\n\nIhr StepStone Team",
        "rheinwerk",
        "applied",
    ),
    Mail(
        "jb09",
        "03-06 09:00",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Votre candidature chez Atelier Lumen a bien été envoyée",
        "Bonjour Jordan,\n\nVotre candidature pour le poste de Chargé d'études data chez Atelier Lumen a bien "
        "été envoyée. L'entreprise reviendra vers vous.\n\nL'équipe Welcome to the Jungle",
        "lumen",
        "applied",
    ),
    Mail(
        "jb10",
        "03-16 14:00",
        "Harbor Health <harborhealth@myworkday.com>",
        "Update on your application",
        "Dear Jordan,\n\nThank you for your interest in the Clinical Data Analyst position at Harbor Health. "
        "After a close look, we've decided to go forward with other applicants.\n\n"
        "Harbor Health Talent Acquisition",
        "harbor",
        "rejected",
    ),
    Mail(
        "jb11",
        "03-12 16:00",
        "Orbit Robotics <no-reply@us.greenhouse-mail.io>",
        "Orbit Robotics - Interview invitation",
        "Hi Jordan,\n\nWe'd like to invite you to a phone interview for the Data Scientist role at Orbit Robotics. "
        "Please pick a time that works for you using the link below.\n\nBest,\nOrbit Robotics Recruiting",
        "orbit",
        "interview",
    ),
    Mail(
        "jb12",
        "03-20 10:00",
        "Indeed <noreply@indeed.com>",
        "An update on your application to Maple Street Bank",
        "Reporting Analyst\nMaple Street Bank - Columbus, OH\n\nMaple Street Bank has reviewed your application "
        "and decided not to move forward at this time.",
        "maple",
        "rejected",
    ),
    Mail(
        "jb13",
        "03-21 10:00",
        LINKEDIN,
        "Your application to Data Analyst at Northwind Traders",
        "Your update from Northwind Traders\n\nWe appreciate your interest in the Data Analyst position at "
        "Northwind Traders. Unfortunately, we will not be progressing your application.",
        "northwind",
        "rejected",
    ),
)

BOARD_AND_ATS = _inbox(
    "board_and_ats",
    "one submission confirmed by the board and by the employer's ATS is one application; one title at "
    "two employers through one board is two",
    Mail(
        "ba01",
        "03-09 10:00",
        LINKEDIN,
        "Jordan, your application was sent to Quarry Labs",
        "Your application was sent to Quarry Labs\n\nData Analyst\nQuarry Labs · Austin, TX\nApplied on March 9, 2026",
        "quarry",
        "applied",
    ),
    Mail(
        "ba02",
        "03-09 10:02",
        "Quarry Labs <no-reply@quarrylabs.com>",
        "Thanks for applying to Quarry Labs",
        "Hi Jordan, thanks for applying for the Data Analyst role at Quarry Labs. The team will go "
        "through your application and reply.",
        "quarry",
        "applied",
    ),
    Mail(
        "ba03",
        "03-10 08:00",
        LINKEDIN,
        "Jordan, your application was sent to Silverline Media",
        "Your application was sent to Silverline Media\n\nData Analyst\nSilverline Media · Remote\n"
        "Applied on March 10, 2026",
        "silverline",
        "applied",
    ),
    Mail(
        "ba04",
        "03-24 09:00",
        "Quarry Labs <no-reply@quarrylabs.com>",
        "Your application to Quarry Labs",
        "Hi Jordan, we appreciate your interest in the Data Analyst role at Quarry Labs. We've decided to go "
        "forward with other applicants.",
        "quarry",
        "rejected",
    ),
)

TITLE_SPELLINGS = _inbox(
    "title_spellings",
    "one role whose title is written differently by the board, the ATS and the recruiter",
    Mail(
        "tt01",
        "04-20 09:00",
        LINKEDIN,
        "Jordan, your application was sent to Fernwood Bank",
        "Your application was sent to Fernwood Bank\n\nSenior Data Analyst\nFernwood Bank · Boston, MA\n"
        "Applied on April 20, 2026",
        "fernwood",
        "applied",
    ),
    Mail(
        "tt02",
        "04-20 09:05",
        "Fernwood Bank <fernwoodbank@myworkday.com>",
        "Thank you for applying: Sr. Data Analyst",
        "Hi Jordan, thank you for applying for the Sr. Data Analyst position at Fernwood Bank (R-20417).",
        "fernwood",
        "applied",
    ),
    Mail(
        "tt03",
        "05-02 15:00",
        "Fernwood Bank <fernwoodbank@myworkday.com>",
        "Your application for Sr. Data Analyst (R-20417)",
        "Hi Jordan, thank you for your interest in the Sr. Data Analyst (R-20417) position at Fernwood Bank. "
        "Unfortunately we will not be progressing your application.",
        "fernwood",
        "rejected",
    ),
)

SEVERAL_TITLES = _inbox(
    "several_titles",
    "one employer, several applications with different titles, each followed up by title",
    Mail(
        "st01",
        "04-01 09:00",
        "Acme Analytics <acmeanalytics@myworkday.com>",
        "Thank you for applying: Data Engineer",
        "Hi Jordan, thank you for applying for the Data Engineer position at Acme Analytics. We will review "
        "your application shortly.",
        "de",
        "applied",
    ),
    Mail(
        "st02",
        "04-02 09:00",
        "Acme Analytics <acmeanalytics@myworkday.com>",
        "Thank you for applying: Analytics Engineer",
        "Hi Jordan, thank you for applying for the Analytics Engineer position at Acme Analytics. We will review "
        "your application shortly.",
        "ae",
        "applied",
    ),
    Mail(
        "st03",
        "04-03 09:00",
        "Acme Analytics <acmeanalytics@myworkday.com>",
        "Thank you for applying: Platform Engineer",
        "Hi Jordan, thank you for applying for the Platform Engineer position at Acme Analytics. We will review "
        "your application shortly.",
        "pe",
        "applied",
    ),
    Mail(
        "st04",
        "04-10 13:00",
        "Priya Shah <priya.shah@acmeanalytics.com>",
        "Interview for the Analytics Engineer role",
        "Hi Jordan,\n\nI'm a recruiter at Acme Analytics. We would like to interview you for the Analytics "
        "Engineer role. Could you share a few times that work for you next week?\n\nPriya",
        "ae",
        "interview",
    ),
    Mail(
        "st05",
        "04-14 08:00",
        "Acme Analytics <acmeanalytics@myworkday.com>",
        "Your application for Data Engineer",
        "Hi Jordan, thank you for your interest in the Data Engineer position at Acme Analytics. Unfortunately we've "
        "decided to go forward with other applicants.",
        "de",
        "rejected",
    ),
)

TITLELESS_ONE_OPEN = _inbox(
    "titleless_one_open",
    "a title-less update joins the only open application at its employer",
    Mail(
        "to01",
        "05-01 09:00",
        "Brightline Energy <careers@brightline-energy.com>",
        "Application received - Grid Analyst",
        "Dear Jordan, thank you for applying for the Grid Analyst position at Brightline Energy. "
        "We have received your application.",
        "grid",
        "applied",
    ),
    Mail(
        "to02",
        "05-02 09:00",
        "Corvid Health <no-reply@corvidhealth.com>",
        "Thanks for applying to Corvid Health",
        "Hi Jordan, thanks for applying for the Data Analyst role at Corvid Health. We'll be in touch.",
        "corvid",
        "applied",
    ),
    Mail(
        "to03",
        "05-12 14:00",
        "Corvid Health <no-reply@corvidhealth.com>",
        "Next steps with Corvid Health",
        "Hi Jordan, we enjoyed reviewing your application and would like to schedule a phone interview with "
        "you. Please let us know a few times that work.",
        "corvid",
        "interview",
    ),
    Mail(
        "to04",
        "05-20 10:00",
        "Brightline Energy <careers@brightline-energy.com>",
        "Your application to Brightline Energy",
        "Dear Jordan, thank you for your interest in Brightline Energy. Having weighed it carefully we have "
        "decided not to progress your application any further.",
        "grid",
        "rejected",
    ),
)

TITLELESS_SEVERAL_OPEN = _inbox(
    "titleless_several_open",
    "a title-less rejection at an employer with several open applications: kept apart, flagged",
    Mail(
        "ts01",
        "05-01 09:00",
        "Juniper Systems <juniper@myworkday.com>",
        "Thank you for applying: Data Analyst",
        "Hi Jordan, thank you for applying for the Data Analyst position at Juniper Systems.",
        "ja",
        "applied",
    ),
    Mail(
        "ts02",
        "05-03 09:00",
        "Juniper Systems <juniper@myworkday.com>",
        "Thank you for applying: Data Engineer",
        "Hi Jordan, thank you for applying for the Data Engineer position at Juniper Systems.",
        "je",
        "applied",
    ),
    Mail(
        "ts03",
        "05-25 09:00",
        "Juniper Systems <juniper@myworkday.com>",
        "Your application to Juniper Systems",
        "Hi Jordan, thank you for your interest in Juniper Systems. We have decided not to progress your "
        "application any further at this time.",
        "jr",
        "rejected",
    ),
    Mail(
        "ts04",
        "05-12 16:00",
        "Lena Brooks <lena.brooks@junipersystems.com>",
        "Interview with Juniper Systems",
        "Hi Jordan, thanks for your application to Juniper Systems. We would like to invite you to an interview "
        "next week. Could you send me a few times that work for you?",
        "ji",
        "interview",
    ),
    Mail(
        "ts05",
        "05-30 09:00",
        "Juniper Systems <juniper@myworkday.com>",
        "Thank you for applying: Platform Engineer",
        "Hi Jordan, thank you for applying for the Platform Engineer position at Juniper Systems.",
        "jp",
        "applied",
    ),
)

REPLY_CHAINS = _inbox(
    "reply_chains",
    "a recruiter's replies ('Re: RE: Fwd:') in an export without thread ids, next to other roles there",
    Mail(
        "rc01",
        "09-01 09:00",
        "Ferro Dynamics <jobs@ferrodynamics.com>",
        "Your application to Ferro Dynamics - Mechanical Designer",
        "Dear Jordan, thank you for applying for the Mechanical Designer position at Ferro Dynamics.",
        "md",
        "applied",
    ),
    Mail(
        "rc02",
        "09-02 09:00",
        "Ferro Dynamics <jobs@ferrodynamics.com>",
        "Your application to Ferro Dynamics - Test Engineer",
        "Dear Jordan, thank you for applying for the Test Engineer position at Ferro Dynamics.",
        "te",
        "applied",
    ),
    Mail(
        "rc03",
        "09-05 14:00",
        "Dana Ortiz <dana.ortiz@ferrodynamics.com>",
        "Re: Your application to Ferro Dynamics - Mechanical Designer",
        "Hi Jordan,\n\nThanks for applying. Are you available for a phone interview on Thursday or Friday?\n\nDana",
        "md",
        "interview",
    ),
    Mail(
        "rc04",
        "09-15 10:00",
        "Dana Ortiz <dana.ortiz@ferrodynamics.com>",
        "RE: Re: Fwd: Your application to Ferro Dynamics - Mechanical Designer",
        "Hi Jordan,\n\nThank you again for your time. We have decided to go with another candidate.\n\nDana",
        "md",
        "rejected",
    ),
    Mail(
        "rc05",
        "09-20 09:00",
        "Ferro Dynamics <jobs@ferrodynamics.com>",
        "Fwd: Your application to Ferro Dynamics - Test Engineer",
        "Dear Jordan, we would like to invite you to an interview for the Test Engineer position. Please pick a "
        "time that works for you.",
        "te",
        "interview",
    ),
)

SPELLINGS = _inbox(
    "spellings",
    "one employer spelled several ways stays one employer; employers sharing a word stay apart",
    Mail(
        "sp01",
        "06-01 09:00",
        LINKEDIN,
        "Jordan, your application was sent to Acme",
        "Your application was sent to Acme\n\nData Analyst\nAcme · Chicago, IL\nApplied on June 1, 2026",
        "acme-da",
        "applied",
    ),
    Mail(
        "sp02",
        "06-01 09:30",
        "ACME Inc. <acme@myworkday.com>",
        "Thank you for applying to ACME Inc.",
        "Dear Jordan, thank you for applying for the Data Analyst position at ACME Inc. We will review your "
        "application.",
        "acme-da",
        "applied",
    ),
    Mail(
        "sp03",
        "06-03 10:00",
        "The Acme Company <no-reply@acme.com>",
        "Thank you for your application",
        "Hi Jordan, thank you for applying for the Product Analyst role at The Acme Company. We have received "
        "your application.",
        "acme-pa",
        "applied",
    ),
    Mail(
        "sp04",
        "06-10 15:00",
        "Acme Careers <careers@acme.com>",
        "Interview invitation: Data Analyst",
        "Hi Jordan, Acme Corporation would like to invite you to an interview for the Data Analyst role. "
        "Please choose a time that suits you.",
        "acme-da",
        "interview",
    ),
    Mail(
        "sp05",
        "06-18 11:00",
        "Acme Group GmbH <jobs@acme.com>",
        "Your application for Product Analyst",
        "Dear Jordan, we appreciate your interest in the Product Analyst role at Acme Group GmbH. Unfortunately "
        "we have decided to proceed with other candidates.",
        "acme-pa",
        "rejected",
    ),
    Mail(
        "sp06",
        "06-02 09:00",
        "Capital One <capitalone@myworkday.com>",
        "Thank you for applying to Capital One",
        "Hi Jordan, thank you for applying for the Data Analyst position at Capital One.",
        "c1",
        "applied",
    ),
    Mail(
        "sp07",
        "06-02 12:00",
        "Capital Group <no-reply@capitalgroup.com>",
        "Thank you for applying to Capital Group",
        "Hi Jordan, thank you for applying for the Data Analyst position at Capital Group.",
        "cg",
        "applied",
    ),
    Mail(
        "sp08",
        "06-20 12:00",
        "Capital Group <no-reply@capitalgroup.com>",
        "Your Capital Group application",
        "Hi Jordan, thank you for your interest in Capital Group. We've decided to go forward with "
        "other applicants.",
        "cg",
        "rejected",
    ),
)

AGENCY = "Sam Patel <sam.patel@brightpathrecruitment.co.uk>"
AGENCY_RELAYS = _inbox(
    "agency_relays",
    "an agency relays several clients' processes: each client its own application, never the agency",
    Mail(
        "ag01",
        "07-01 09:00",
        AGENCY,
        "Your application: Claims Data Analyst at Northgate Insurance",
        "Hi Jordan,\n\nThanks for your time today. I have submitted your CV to Northgate Insurance for the Claims "
        "Data Analyst role and will let you know as soon as I hear back.\n\nSam Patel\nBrightpath Recruitment",
        "northgate",
        "applied",
    ),
    Mail(
        "ag02",
        "07-02 10:00",
        AGENCY,
        "QA Engineer - Tessellate Software",
        "Hi Jordan,\n\nAs discussed, I have submitted your CV to Tessellate Software for the QA Engineer position.\n\n"
        "Sam Patel\nBrightpath Recruitment",
        "tessellate",
        "applied",
    ),
    Mail(
        "ag03",
        "07-08 16:00",
        AGENCY,
        "Interview request - Northgate Insurance",
        "Hi Jordan,\n\nGreat news: Northgate Insurance would like to interview you for the Claims Data Analyst "
        "role. Can you let me know a few times that work next week?\n\nSam Patel\nBrightpath Recruitment",
        "northgate",
        "interview",
    ),
    Mail(
        "ag04",
        "07-10 11:00",
        AGENCY,
        "Update - Tessellate Software",
        "Hi Jordan,\n\nI heard back from Tessellate Software. Unfortunately they have decided not to progress your "
        "application for the QA Engineer position.\n\nSam Patel\nBrightpath Recruitment",
        "tessellate",
        "rejected",
    ),
    Mail(
        "ag05",
        "07-03 09:00",
        AGENCY,
        "Merchandise Planner - Harlow Retail",
        "Hi Jordan,\n\nI have submitted your CV to Harlow Retail for the Merchandise Planner role.\n\n"
        "Sam Patel\nBrightpath Recruitment",
        "harlow",
        "applied",
    ),
    Mail(
        "ag06",
        "07-24 17:00",
        AGENCY,
        "Offer - Harlow Retail",
        "Hi Jordan,\n\nFantastic news: Harlow Retail would like to offer you the Merchandise Planner role. "
        "I'll send over the details tomorrow.\n\nSam Patel\nBrightpath Recruitment",
        "harlow",
        "offer",
    ),
)

GENERIC_ATS = "Careers <noreply@talentmail.io>"
NO_COMPANY = _inbox(
    "no_company",
    "emails whose employer is not read are never merged because both lack one",
    Mail(
        "nc01",
        "08-01 09:00",
        GENERIC_ATS,
        "Thank you for applying",
        "Hello Jordan,\n\nThank you for submitting your application. We will review it and get back to you.",
        "n1",
        "applied",
    ),
    Mail(
        "nc02",
        "08-05 09:00",
        GENERIC_ATS,
        "Thank you for applying",
        "Hello Jordan,\n\nThank you for submitting your application. We will review it and get back to you.",
        "n2",
        "applied",
    ),
    Mail(
        "nc03",
        "08-20 09:00",
        GENERIC_ATS,
        "Application status update",
        "Hello Jordan,\n\nThank you for your interest. After a close look we have decided not to progress "
        "your application any further.",
        "n3",
        "rejected",
    ),
    Mail(
        "nc04",
        "08-07 10:00",
        "Hiring Team <no-reply@jobvite.com>",
        "Application received",
        "Hi Jordan,\n\nThank you for applying. We've received your application and will get in touch.",
        "n4",
        "applied",
    ),
    Mail(
        "nc05",
        "08-08 10:00",
        "Hiring Team <no-reply@jobvite.com>",
        "Application received",
        "Hi Jordan,\n\nThank you for applying. We've received your application and will get in touch.",
        "n5",
        "applied",
    ),
    Mail(
        "nc06",
        "08-25 10:00",
        "Hiring Team <no-reply@jobvite.com>",
        "Regarding your application",
        "Hi Jordan,\n\nWe are sorry to let you know that we will not be progressing your candidacy.",
        "n6",
        "rejected",
    ),
)

THREADS = _inbox(
    "threads_and_requisitions",
    "one thread, or one requisition id, across emails with different subjects and reply chains",
    Mail(
        "th01@ferro.example",
        "09-01 09:00",
        "Ferro Dynamics <jobs@ferrodynamics.com>",
        "Your application to Ferro Dynamics - Mechanical Designer",
        "Dear Jordan, thank you for applying for the Mechanical Designer position at Ferro Dynamics.",
        "ferro",
        "applied",
        thread="th01@ferro.example",
    ),
    Mail(
        "th02@ferro.example",
        "09-05 14:00",
        "Dana Ortiz <dana.ortiz@ferrodynamics.com>",
        "Re: Your application to Ferro Dynamics - Mechanical Designer",
        "Hi Jordan,\n\nThanks for applying. Are you available for a phone interview on Thursday or Friday?\n\nDana",
        "ferro",
        "interview",
        thread="th01@ferro.example",
    ),
    Mail(
        "th03@ferro.example",
        "09-15 10:00",
        "Dana Ortiz <dana.ortiz@ferrodynamics.com>",
        "RE: Re: Fwd: Your application to Ferro Dynamics - Mechanical Designer",
        "Hi Jordan,\n\nThank you again for your time. We have decided to go with another candidate.\n\nDana",
        "ferro",
        "rejected",
        thread="th01@ferro.example",
    ),
    Mail(
        "th04@calder.example",
        "09-02 09:00",
        "Calder Instruments <calder@talent.icims.com>",
        "Application received - Req 48213 - Field Service Engineer",
        "Dear Jordan, thank you for applying to Calder Instruments for the Field Service Engineer position "
        "(requisition 48213).",
        "calder-fse",
        "applied",
        thread="th04@calder.example",
    ),
    Mail(
        "th05@calder.example",
        "09-03 09:00",
        "Calder Instruments <calder@talent.icims.com>",
        "Application received - Req 48377 - Service Technician",
        "Dear Jordan, thank you for applying to Calder Instruments for the Service Technician position "
        "(requisition 48377).",
        "calder-st",
        "applied",
        thread="th05@calder.example",
    ),
    Mail(
        "th06@calder.example",
        "09-22 09:00",
        "Calder Instruments <calder@talent.icims.com>",
        "Calder Instruments: an update regarding Req 48213",
        "Dear Jordan, thank you for your interest in Calder Instruments. We are sorry to let you know that we will "
        "not be progressing your application for requisition 48213.",
        "calder-fse",
        "rejected",
        thread="th06@calder.example",
    ),
    Mail(
        "th07@nomad.example",
        "09-04 09:00",
        "Recruiting <recruiting@hirebridge.net>",
        "Thanks for applying",
        "Hi Jordan, thanks for applying. We've received your application and will look it over.",
        "nomad",
        "applied",
        thread="th07@nomad.example",
    ),
    Mail(
        "th08@nomad.example",
        "09-18 09:00",
        "Recruiting <recruiting@hirebridge.net>",
        "Re: Thanks for applying",
        "Hi Jordan, we would like to invite you to an interview. Please book a slot with the link below.",
        "nomad",
        "interview",
        thread="th07@nomad.example",
    ),
)

THREAD_REPLIES = _inbox(
    "thread_replies",
    "replies naming no employer inside a thread whose other mail names it, in either order, join that "
    "thread's application, even with another application open at that employer",
    Mail(
        "tr01@wexford.example",
        "03-02 09:00",
        "Wexford Labs <no-reply@wexfordlabs.com>",
        "Thank you for your application",
        "Hi Jordan,\n\nThank you for applying for the Data Engineer position at Wexford Labs. Our team will "
        "review your application.\n\nWexford Labs Recruiting",
        "wex-de",
        "applied",
        thread="tr01@wexford.example",
    ),
    Mail(
        "tr02@wexford.example",
        "03-03 09:00",
        "Wexford Labs <no-reply@wexfordlabs.com>",
        "Thank you for applying: Analytics Engineer",
        "Hi Jordan,\n\nThank you for applying for the Analytics Engineer position at Wexford Labs.\n\n"
        "Wexford Labs Recruiting",
        "wex-ae",
        "applied",
        thread="tr02@wexford.example",
    ),
    Mail(
        "tr03@wexford.example",
        "03-10 15:00",
        "Kim Lee <kim.lee.recruits@gmail.com>",
        "Re: Thank you for your application",
        "Hi Jordan,\n\nAre you free for a phone interview on Tuesday or Wednesday afternoon?\n\nKim",
        "wex-de",
        "interview",
        thread="tr01@wexford.example",
    ),
    Mail(
        "tr04@wexford.example",
        "03-20 11:00",
        "Kim Lee <kim.lee.recruits@gmail.com>",
        "Re: Thank you for your application",
        "Hi Jordan,\n\nThank you for your time last week. We have decided to move forward with another "
        "candidate.\n\nKim",
        "wex-de",
        "rejected",
        thread="tr01@wexford.example",
    ),
    Mail(
        "tr05@hirebridge.example",
        "04-01 09:00",
        "Recruiting <recruiting@hirebridge.net>",
        "Thanks for applying",
        "Hi Jordan, thanks for applying. We've received your application and will look it over.",
        "lumen",
        "applied",
        thread="tr05@hirebridge.example",
    ),
    Mail(
        "tr06@hirebridge.example",
        "04-08 10:00",
        "Ava Chen <ava.chen@lumenhealth.com>",
        "Re: Thanks for applying",
        "Hi Jordan,\n\nI'm a recruiter at Lumen Health. We would like to invite you to an interview for the "
        "Data Analyst role. Could you share a few times that work next week?\n\nAva",
        "lumen",
        "interview",
        thread="tr05@hirebridge.example",
    ),
    Mail(
        "tr07@hirebridge.example",
        "04-22 10:00",
        "Recruiting <recruiting@hirebridge.net>",
        "Re: Thanks for applying",
        "Hi Jordan, thank you for your interest. Unfortunately we will not be progressing your application.",
        "lumen",
        "rejected",
        thread="tr05@hirebridge.example",
    ),
)

REQUISITION_IDS = _inbox(
    "requisition_ids",
    "one requisition id in emails naming no employer, or naming it on one side only, is one application; "
    "the same number at two named employers is two",
    Mail(
        "rq01",
        "05-04 09:00",
        GENERIC_ATS,
        "Application received - Data Engineer (Job ID R-1234)",
        "Hi Jordan, thank you for applying for the Data Engineer position (Job ID R-1234). We will review your "
        "application.",
        "r1234",
        "applied",
    ),
    Mail(
        "rq02",
        "05-20 09:00",
        GENERIC_ATS,
        "Your application - Job ID R-1234",
        "Hi Jordan, after a close look we have decided not to progress your application any further "
        "(Job ID R-1234).",
        "r1234",
        "rejected",
    ),
    Mail(
        "rq03",
        "05-05 09:00",
        "Calder Instruments <calder@talent.icims.com>",
        "Application received - Req 48213 - Field Service Engineer",
        "Dear Jordan, thank you for applying to Calder Instruments for the Field Service Engineer position "
        "(requisition 48213).",
        "calder",
        "applied",
    ),
    Mail(
        "rq04",
        "05-25 09:00",
        GENERIC_ATS,
        "Update regarding Req 48213",
        "Dear Jordan, thank you for your interest. We are sorry to let you know that we will not be progressing "
        "your application for requisition 48213.",
        "calder",
        "rejected",
    ),
    Mail(
        "rq05",
        "05-06 09:00",
        "Harbor Health <harborhealth@myworkday.com>",
        "Thank you for applying: Clinical Analyst (Req 5521)",
        "Dear Jordan, thank you for applying for the Clinical Analyst position (Req 5521) at Harbor Health.",
        "harbor",
        "applied",
    ),
    Mail(
        "rq06",
        "05-07 09:00",
        "Pinecrest Foods <pinecrest@myworkday.com>",
        "Thank you for applying: Supply Analyst (Req 5521)",
        "Hi Jordan, thank you for applying for the Supply Analyst position (Req 5521) at Pinecrest Foods.",
        "pinecrest",
        "applied",
    ),
    Mail(
        "rq07",
        "05-28 09:00",
        "Pinecrest Foods <pinecrest@myworkday.com>",
        "Your application for Supply Analyst (Req 5521)",
        "Hi Jordan, thank you for your interest in the Supply Analyst position (Req 5521) at Pinecrest Foods. "
        "Unfortunately we've decided to go forward with other applicants.",
        "pinecrest",
        "rejected",
    ),
)

# One receipt, sent three times: on applying, again days after the rejection, and on applying again.
KESTREL_RECEIPT = (
    "Kestrel Bank <kestrelbank@myworkday.com>",
    "Thank you for applying to Kestrel Bank",
    "Hi Jordan, thank you for applying for the Risk Analyst position at Kestrel Bank.",
)

STATUS_ORDER = _inbox(
    "status_order_and_reapplying",
    "status never goes backwards; re-applying to a role months later is a new application",
    Mail(
        "so01",
        "02-02 09:00",
        *KESTREL_RECEIPT,
        "k1",
        "applied",
    ),
    Mail(
        "so02",
        "02-20 09:00",
        "Kestrel Bank <kestrelbank@myworkday.com>",
        "Your application for Risk Analyst",
        "Hi Jordan, thank you for your interest in the Risk Analyst position at Kestrel Bank. Unfortunately we "
        "will not be progressing your application.",
        "k1",
        "rejected",
    ),
    Mail(
        "so03",
        "02-22 09:00",
        *KESTREL_RECEIPT,
        "k1",
        "applied",
    ),
    Mail(
        "so04",
        "07-15 09:00",
        *KESTREL_RECEIPT,
        "k2",
        "applied",
    ),
    Mail(
        "so05",
        "07-29 09:00",
        "Kestrel Bank <kestrelbank@myworkday.com>",
        "Interview: Risk Analyst",
        "Hi Jordan, we would like to invite you to interview for the Risk Analyst position at Kestrel Bank. "
        "Please pick a time that works for you.",
        "k2",
        "interview",
    ),
)

NOT_APPLICATIONS = _inbox(
    "not_applications",
    "job-search mail that is no application never becomes a record",
    Mail(
        "na01",
        "10-01 07:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Data Analyst: Northwind Traders and 14 more jobs in Denver",
        "Your job alert for Data Analyst in Denver, CO\n\nData Analyst\nNorthwind Traders · Denver, CO\n\n"
        "Reporting Analyst\nMaple Street Bank · Denver, CO\n\nSee all jobs",
    ),
    Mail(
        "na02",
        "10-02 07:00",
        "Indeed <newsletter@indeed.com>",
        "Career Guide: 10 questions to ask in an interview",
        "This week on the Career Guide: ten questions that make you stand out at the end of an interview, and "
        "how to follow up after you apply.",
    ),
    Mail(
        "na03",
        "10-03 12:00",
        "Mia Lopez <mia@talentbridge-staffing.com>",
        "Senior Data Engineer opportunity - fintech client",
        "Hi Jordan,\n\nI came across your profile and think you'd be a great fit for a Senior Data Engineer role "
        "with one of my fintech clients. Would you be open to a quick call this week?\n\nMia",
    ),
    Mail(
        "na04",
        "10-04 18:00",
        "Interview Kickstart <hello@interviewkickstart.example>",
        "Ace your next interview - 30% off this week",
        "Preparing for a technical interview? Our coaches have helped thousands land offers. Book a free "
        "webinar and get 30% off the interview prep course.",
    ),
    Mail(
        "na05",
        "10-05 08:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Jordan, your profile was viewed by 3 people",
        "Your profile was viewed by 3 people this week, including a recruiter at Blue Heron Analytics.\n\n"
        "See all views",
    ),
    Mail(
        "na06",
        "10-06 08:00",
        "Glassdoor Jobs <noreply@glassdoor.com>",
        "Companies are hiring for Data Analyst",
        "Jobs for you: Data Analyst at Harbor Health, Analytics Engineer at Orbit Robotics. Apply now.",
    ),
    Mail(
        "na07",
        "10-07 09:00",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Jordan, you appeared in 5 searches this week",
        "You appeared in 5 searches this week. Recruiters from Acme Analytics and Corvid Health searched for "
        "skills like yours.",
    ),
)

TALENTBRIDGE = "Nora Quinn <nora.quinn@talentbridge-search.com>"
AGENCY_MANY_CLIENTS = _inbox(
    "agency_many_clients",
    "one agency consultant relays two roles at one client and a role at another, updates naming the "
    "client and the role: each role its own application, never the agency's",
    Mail(
        "ac01",
        "02-02 10:00",
        TALENTBRIDGE,
        "CV submitted: Data Engineer at Orion Freight",
        "Hi Jordan,\n\nThanks for the call. I have submitted your CV to Orion Freight for the Data Engineer role "
        "and will update you as soon as I hear back.\n\nNora Quinn\nTalentBridge Search",
        "orion-de",
        "applied",
    ),
    Mail(
        "ac02",
        "02-03 10:00",
        TALENTBRIDGE,
        "CV submitted: Analytics Lead at Orion Freight",
        "Hi Jordan,\n\nAs agreed, I have also submitted your CV to Orion Freight for the Analytics Lead role."
        "\n\nNora Quinn\nTalentBridge Search",
        "orion-al",
        "applied",
    ),
    Mail(
        "ac03",
        "02-04 10:00",
        TALENTBRIDGE,
        "CV submitted: BI Developer at Saltmarsh Media",
        "Hi Jordan,\n\nI have submitted your CV to Saltmarsh Media for the BI Developer role.\n\n"
        "Nora Quinn\nTalentBridge Search",
        "saltmarsh",
        "applied",
    ),
    Mail(
        "ac04",
        "02-11 16:00",
        TALENTBRIDGE,
        "Interview request: Analytics Lead at Orion Freight",
        "Hi Jordan,\n\nGood news: Orion Freight would like to interview you for the Analytics Lead role. "
        "Could you send me a few times that work next week?\n\nNora Quinn\nTalentBridge Search",
        "orion-al",
        "interview",
    ),
    Mail(
        "ac05",
        "02-13 12:00",
        TALENTBRIDGE,
        "Update: Data Engineer at Orion Freight",
        "Hi Jordan,\n\nI heard back from Orion Freight about the Data Engineer role. Unfortunately they have "
        "decided not to progress your application.\n\nNora Quinn\nTalentBridge Search",
        "orion-de",
        "rejected",
    ),
    Mail(
        "ac06",
        "02-20 09:00",
        TALENTBRIDGE,
        "Update: BI Developer at Saltmarsh Media",
        "Hi Jordan,\n\nSaltmarsh Media would like to offer you the BI Developer role. I'll call you this "
        "afternoon with the details.\n\nNora Quinn\nTalentBridge Search",
        "saltmarsh",
        "offer",
    ),
)

TITLES_WITH_UPDATES_BETWEEN = _inbox(
    "titles_with_updates_between",
    "two roles at one employer; a title-less update while both are open is kept apart, one while only one "
    "is open joins it",
    Mail(
        "tu01",
        "03-02 09:00",
        "Marlow Systems <marlow@myworkday.com>",
        "Thank you for applying: Data Engineer",
        "Hi Jordan, thank you for applying for the Data Engineer position at Marlow Systems.",
        "mde",
        "applied",
    ),
    Mail(
        "tu02",
        "03-03 09:00",
        "Marlow Systems <marlow@myworkday.com>",
        "Thank you for applying: Machine Learning Engineer",
        "Hi Jordan, thank you for applying for the Machine Learning Engineer position at Marlow Systems.",
        "mml",
        "applied",
    ),
    Mail(
        "tu03",
        "03-12 09:00",
        "Marlow Systems <marlow@myworkday.com>",
        "Your application for Data Engineer",
        "Hi Jordan, thank you for your interest in the Data Engineer position at Marlow Systems. Unfortunately "
        "we've decided to go forward with other applicants.",
        "mde",
        "rejected",
    ),
    Mail(
        "tu04",
        "03-16 14:00",
        "Marlow Systems <no-reply@marlowsystems.com>",
        "Next steps with Marlow Systems",
        "Hi Jordan, thank you for your application to Marlow Systems. We would like to invite you to a phone "
        "interview. Please pick a time that works for you.",
        "mml",
        "interview",
    ),
    Mail(
        "tu05",
        "03-30 10:00",
        "Marlow Systems <marlow@myworkday.com>",
        "Offer: Machine Learning Engineer",
        "Hi Jordan, we are delighted to offer you the Machine Learning Engineer position at Marlow Systems.",
        "mml",
        "offer",
    ),
)

NO_REPLY_ATS = _inbox(
    "no_reply_ats",
    "ATS mail from one no-reply address naming the employer only in the body: one application per "
    "employer, never one for the ATS",
    Mail(
        "nr01",
        "04-06 09:00",
        "Hiring Team <no-reply@hire.lever.co>",
        "Thank you for your application",
        "Hi Jordan,\n\nThank you for applying to Stellar Freight. We've received your application for the "
        "Logistics Analyst role and will be in touch.\n\nThe Stellar Freight Team",
        "stellar",
        "applied",
    ),
    Mail(
        "nr02",
        "04-07 09:00",
        "Hiring Team <no-reply@hire.lever.co>",
        "Thank you for your application",
        "Hi Jordan,\n\nThank you for applying to Pebble & Pine. We've received your application for the "
        "Product Designer role and will be in touch.\n\nThe Pebble & Pine Team",
        "pebble",
        "applied",
    ),
    Mail(
        "nr03",
        "04-21 09:00",
        "Hiring Team <no-reply@hire.lever.co>",
        "Update on your application",
        "Hi Jordan,\n\nThank you for your interest in Stellar Freight. Having weighed it carefully we've "
        "decided to go forward with other applicants.\n\nThe Stellar Freight Team",
        "stellar",
        "rejected",
    ),
    Mail(
        "nr04",
        "04-23 09:00",
        "Hiring Team <no-reply@hire.lever.co>",
        "Invitation to interview",
        "Hi Jordan,\n\nThe Pebble & Pine team would like to invite you to an interview for the Product "
        "Designer role. Please choose a time using the link below.\n\nThe Pebble & Pine Team",
        "pebble",
        "interview",
    ),
)

TITLE_REWORDED = _inbox(
    "title_reworded",
    "a rejection months later quotes the role's title a little differently: it is the same application",
    Mail(
        "tw01",
        "01-10 09:00",
        "Granite Bank <granitebank@myworkday.com>",
        "Thank you for applying: Sr. Data Engineer",
        "Hi Jordan, thank you for applying for the Sr. Data Engineer position at Granite Bank.",
        "granite",
        "applied",
    ),
    Mail(
        "tw02",
        "04-28 09:00",
        "Granite Bank <granitebank@myworkday.com>",
        "Your application for Senior Data Engineer II",
        "Hi Jordan, thank you for your interest in the Senior Data Engineer II position at Granite Bank. "
        "Unfortunately we've decided to go forward with other applicants.",
        "granite",
        "rejected",
    ),
    Mail(
        "tw03",
        "01-12 09:00",
        "Cobalt Analytics <no-reply@cobaltanalytics.com>",
        "Thanks for applying to Cobalt Analytics",
        "Hi Jordan, thanks for applying for the Data Engineer role at Cobalt Analytics.",
        "cobalt",
        "applied",
    ),
    Mail(
        "tw04",
        "05-02 09:00",
        "Cobalt Analytics <no-reply@cobaltanalytics.com>",
        "Your Cobalt Analytics application: Data Engineer (Remote)",
        "Hi Jordan, thank you for your interest in the Data Engineer (Remote) role at Cobalt Analytics. We have "
        "decided not to progress your application any further.",
        "cobalt",
        "rejected",
    ),
)

WITHDRAWN = _inbox(
    "withdrawn",
    "an application the candidate withdrew, confirmed by the ATS without the title, ends withdrawn",
    Mail(
        "wd01",
        "06-01 09:00",
        "Tidewater Energy <tidewater@myworkday.com>",
        "Thank you for applying: Energy Analyst",
        "Hi Jordan, thank you for applying for the Energy Analyst position at Tidewater Energy.",
        "tide",
        "applied",
    ),
    Mail(
        "wd02",
        "06-09 09:00",
        "Tidewater Energy <tidewater@myworkday.com>",
        "Your application has been withdrawn",
        "Hi Jordan, as requested, your application to Tidewater Energy has been withdrawn. We wish you the best "
        "in your search.",
        "tide",
        "withdrawn",
    ),
)

OTHER_LANGUAGES = _inbox(
    "other_languages",
    "French and German mail grouped as English is: a confirmation and a title-less or re-spelled update",
    Mail(
        "ol01",
        "09-01 09:00",
        "Maison Verlaine <recrutement@maisonverlaine.fr>",
        "Votre candidature au poste de Chargé de marketing",
        "Bonjour Jordan,\n\nNous avons bien reçu votre candidature au poste de Chargé de marketing chez Maison "
        "Verlaine et vous en remercions.\n\nL'équipe Recrutement",
        "verlaine",
        "applied",
    ),
    Mail(
        "ol02",
        "09-20 09:00",
        "Maison Verlaine <recrutement@maisonverlaine.fr>",
        "Votre candidature chez Maison Verlaine",
        "Bonjour Jordan,\n\nNous vous remercions de l'intérêt que vous portez à Maison Verlaine. Nous sommes au "
        "regret de vous informer que nous ne donnerons pas suite à votre candidature.\n\nL'équipe Recrutement",
        "verlaine",
        "rejected",
    ),
    Mail(
        "ol03",
        "09-03 09:00",
        "Nordlicht Software GmbH <jobs@nordlicht-software.de>",
        "Ihre Bewerbung als Softwareentwickler (m/w/d)",
        "Hallo Jordan,\n\nvielen Dank für Ihre Bewerbung als Softwareentwickler (m/w/d) bei der Nordlicht "
        "Software GmbH. Wir melden uns in Kürze bei Ihnen.\n\nIhr Nordlicht Recruiting-Team",
        "nordlicht",
        "applied",
    ),
    Mail(
        "ol04",
        "09-15 09:00",
        "Nordlicht Software GmbH <jobs@nordlicht-software.de>",
        "Einladung zum Vorstellungsgespräch - Softwareentwickler",
        "Hallo Jordan,\n\nwir möchten Sie gerne zu einem Vorstellungsgespräch für die Position "
        "Softwareentwickler einladen. Bitte wählen Sie einen Termin.\n\nIhr Nordlicht Recruiting-Team",
        "nordlicht",
        "interview",
    ),
    Mail(
        "ol05",
        "09-29 09:00",
        "Nordlicht Software GmbH <jobs@nordlicht-software.de>",
        "Ihre Bewerbung bei Nordlicht Software",
        "Hallo Jordan,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten "
        "entschieden haben.\n\nIhr Nordlicht Recruiting-Team",
        "nordlicht",
        "rejected",
    ),
)

MORE_LANGUAGES = _inbox(
    "more_languages",
    "Spanish, Dutch and Italian mail grouped as English is: two roles at one employer, a title-less update "
    "while only one is open",
    Mail(
        "ml01",
        "10-01 09:00",
        "Grupo Alameda <empleo@grupoalameda.es>",
        "Tu candidatura para Analista de Datos",
        "Hola Jordan,\n\nGracias por tu candidatura para el puesto de Analista de Datos en Grupo Alameda. "
        "Revisaremos tu perfil y te contactaremos.\n\nEquipo de Selección",
        "alameda-ad",
        "applied",
    ),
    Mail(
        "ml02",
        "10-02 09:00",
        "Grupo Alameda <empleo@grupoalameda.es>",
        "Tu candidatura para Ingeniero de Datos",
        "Hola Jordan,\n\nGracias por tu candidatura para el puesto de Ingeniero de Datos en Grupo Alameda.\n\n"
        "Equipo de Selección",
        "alameda-id",
        "applied",
    ),
    Mail(
        "ml03",
        "10-10 09:00",
        "Grupo Alameda <empleo@grupoalameda.es>",
        "Actualización sobre el puesto de Analista de Datos",
        "Hola Jordan,\n\nGracias por tu interés en el puesto de Analista de Datos. Lamentamos informarte que "
        "hemos decidido continuar con otros candidatos.\n\nEquipo de Selección",
        "alameda-ad",
        "rejected",
    ),
    Mail(
        "ml04",
        "10-15 09:00",
        "Grupo Alameda <empleo@grupoalameda.es>",
        "Invitación a entrevista",
        "Hola Jordan,\n\nNos gustaría invitarte a una entrevista con Grupo Alameda. Por favor, elige un "
        "horario que te convenga.\n\nEquipo de Selección",
        "alameda-id",
        "interview",
    ),
    Mail(
        "ml05",
        "10-03 09:00",
        "Van Dijk Logistiek <werken@vandijklogistiek.nl>",
        "Je sollicitatie als Data-analist",
        "Beste Jordan,\n\nBedankt voor je sollicitatie als Data-analist bij Van Dijk Logistiek. We nemen "
        "binnenkort contact met je op.\n\nMet vriendelijke groet,\nTeam Recruitment",
        "vandijk",
        "applied",
    ),
    Mail(
        "ml06",
        "10-20 09:00",
        "Van Dijk Logistiek <werken@vandijklogistiek.nl>",
        "Je sollicitatie bij Van Dijk Logistiek",
        "Beste Jordan,\n\nHelaas moeten we je laten weten dat we hebben gekozen voor een andere kandidaat."
        "\n\nMet vriendelijke groet,\nTeam Recruitment",
        "vandijk",
        "rejected",
    ),
    Mail(
        "ml07",
        "10-04 09:00",
        "Ferri Tessuti <lavoro@ferritessuti.it>",
        "La tua candidatura per Analista Dati",
        "Ciao Jordan,\n\ngrazie per la tua candidatura per la posizione di Analista Dati presso Ferri Tessuti. "
        "Ti contatteremo presto.\n\nIl team Risorse Umane",
        "ferri",
        "applied",
    ),
    Mail(
        "ml08",
        "10-22 09:00",
        "Ferri Tessuti <lavoro@ferritessuti.it>",
        "Aggiornamento sulla tua candidatura",
        "Ciao Jordan,\n\ndopo un'attenta valutazione, abbiamo deciso di proseguire con altri candidati.\n\n"
        "Il team Risorse Umane",
        "ferri",
        "rejected",
    ),
)

LINKEDIN_FR = "LinkedIn <jobs-noreply@linkedin.com>"
INDEED_FR = "Indeed <indeedapply@indeed.com>"
LINKEDIN_SIMILAR_FR = (
    "\n\nOffres similaires\nResponsable marketing digital\nMaison Lavande · Lyon (Hybride)\nChef de produit web\n"
    "Caravelle Voyages · Lyon\nVoir plus d'offres\n\nVous recevez des e-mails de notification de candidature.\n"
    "Se désabonner\n© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."
)
INDEED_SIMILAR_FR = (
    "\n\nOffres d'emploi similaires\n\nChargé de communication H/F\nAgence Tilleul - Lyon (69)\nPostuler simplement"
    "\n\nCommunity manager H/F\nBrasserie du Canal - Villeurbanne (69)\nIl y a 3 jours\n\nIndeed, 6 rue Ménars, "
    "75002 Paris\nSe désabonner | Confidentialité"
)
HERMES = "Marion Dupuis <m.dupuis@hermes-conseil.fr>"

FRENCH_INBOX = _inbox(
    "french_inbox",
    "a French job seeker's whole inbox: boards (LinkedIn, Indeed, WTTJ, HelloWork, Apec, Cadremploi, France "
    "Travail) relaying to employers, the employers' own ATS mail, a cabinet's client, alerts and account mail",
    Mail(
        "fr01",
        "10-01 08:12",
        LINKEDIN_FR,
        "Camille, votre candidature a été envoyée à Fromagerie Bastide",
        "Votre candidature a été envoyée à Fromagerie Bastide\n\nFromagerie Bastide\nResponsable e-commerce F/H\n"
        "Fromagerie Bastide · Lyon, Auvergne-Rhône-Alpes, France (Hybride)\nCandidature envoyée le 1 oct. 2026\n\n"
        "Voir l'offre" + LINKEDIN_SIMILAR_FR,
        "bastide",
        "applied",
    ),
    Mail(
        "fr02",
        "10-01 08:40",
        INDEED_FR,
        "Candidature envoyée : Chargée de communication digitale H/F",
        "Candidature envoyée\n\nChargée de communication digitale H/F\nMutuelle Ardoise - Lyon (69)\n\n"
        "Les éléments suivants ont été envoyés à Mutuelle Ardoise. Bonne chance !\n\n• Candidature\n• CV\n\n"
        "Si l'employeur souhaite vous contacter, il le fera directement." + INDEED_SIMILAR_FR,
        "ardoise",
        "applied",
    ),
    Mail(
        "fr03",
        "10-01 09:05",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Ta candidature chez Octave Santé a bien été envoyée ✅",
        "Hello Camille,\n\nBonne nouvelle, ta candidature pour le poste Product Marketing Manager chez Octave Santé "
        "a bien été transmise !\n\nL'équipe d'Octave Santé va étudier ton profil.\n\nCes entreprises recrutent "
        "aussi\nBrasserie du Canal · Paris · Chef de projet CRM\nKestrel Énergie · Lille · Growth Manager",
        "octave",
        "applied",
    ),
    Mail(
        "fr04",
        "10-02 07:30",
        "Indeed <alert@indeed.com>",
        "Chargée de communication : 14 nouvelles offres à Lyon (69)",
        "14 nouvelles offres correspondent à votre recherche\n\nChargé de communication H/F\nAgence Tilleul - Lyon "
        "(69)\nPostuler simplement\n\nResponsable communication interne\nHospices Saône - Lyon (69)\n\n"
        "Voir toutes les offres\n\nVous recevez cet e-mail car vous avez créé une alerte emploi.",
    ),
    Mail(
        "fr05",
        "10-02 10:15",
        "Groupe Orlane <orlane@taleo.net>",
        "Accusé de réception de votre candidature - Réf. 2600456",
        "Madame,\n\nNous accusons réception de votre candidature au poste de Responsable marketing produit "
        "(2600456) et vous remercions de l'intérêt que vous portez au Groupe Orlane.\n\nNous étudions "
        "actuellement votre dossier et reviendrons vers vous prochainement.\n\nLa Direction des Ressources Humaines",
        "orlane",
        "applied",
    ),
    Mail(
        "fr06",
        "10-02 14:20",
        "HelloWork <noreply@hellowork.com>",
        "Bienvenue sur HelloWork !",
        "Bonjour Camille,\n\nVotre compte HelloWork a bien été créé. Complétez votre profil pour recevoir des offres "
        "adaptées et postuler en un clic.\n\nL'équipe HelloWork",
    ),
    Mail(
        "fr07",
        "10-02 14:32",
        "HelloWork <noreply@hellowork.com>",
        "Votre candidature a bien été envoyée",
        "Bonjour Camille,\n\nVotre candidature au poste de Chef de produit web H/F chez Maison Lavande à Lyon (69) "
        "a bien été envoyée au recruteur.\n\nRetrouvez toutes vos candidatures dans votre espace HelloWork.\n\n"
        "Ces offres pourraient vous intéresser\nChef de projet e-commerce H/F - Caravelle Voyages - Lyon (69)\n"
        "Traffic manager H/F - Boutique Sorel - Villeurbanne (69)\n\nL'équipe HelloWork",
        "lavande",
        "applied",
    ),
    Mail(
        "fr08",
        "10-03 09:00",
        "Apec <ne-pas-repondre@apec.fr>",
        "Confirmation de votre candidature",
        "Bonjour Camille,\n\nVous avez postulé à l'offre « Responsable communication H/F » (réf. 172399001W) de la "
        "société Grands Moulins Varenne.\n\nVotre candidature a bien été transmise au recruteur.\n\nLes offres qui "
        "pourraient vous intéresser :\nChargé de communication corporate H/F - Sucrerie Noroit\n\nL'équipe Apec",
        "varenne",
        "applied",
    ),
    Mail(
        "fr09",
        "10-03 11:45",
        "Cadremploi <noreply@cadremploi.fr>",
        "Votre candidature a bien été transmise",
        "Bonjour,\n\nVotre candidature pour l'offre Directrice marketing F/H chez Verreries Aubigny a bien été "
        "transmise au recruteur.\n\nNous vous souhaitons bonne chance !\n\nVous pourriez aussi aimer :\n"
        "Head of Marketing F/H · Cosmétiques Ondine · Paris\nResponsable marketing F/H · Sitel Pro · Lyon",
        "aubigny",
        "applied",
    ),
    Mail(
        "fr10",
        "10-04 08:05",
        "Groupe Solvane <noreply@smartrecruiters.com>",
        "Merci d'avoir postulé chez Groupe Solvane !",
        "Bonjour Camille,\n\nNous vous remercions pour l'intérêt que vous portez à Groupe Solvane et pour votre "
        "candidature au poste de Chef de projet digital.\n\nNous étudions votre profil et reviendrons vers vous dans "
        "les meilleurs délais.\n\nBien cordialement,\nLe service Recrutement",
        "solvane",
        "applied",
    ),
    Mail(
        "fr11",
        "10-04 10:30",
        "Welcome to the Jungle <newsletter@welcometothejungle.com>",
        "Les 10 entreprises qui recrutent cette semaine",
        "Hello Camille,\n\nCette semaine, découvre les entreprises qui recrutent : Kestrel Énergie, Octave Santé, "
        "Brasserie du Canal...\n\nEt aussi : comment négocier son salaire en CDI ?\n\nSe désabonner",
    ),
    Mail(
        "fr12",
        "10-05 09:20",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Ta candidature chez Imprimerie Delorme a bien été envoyée ✅",
        "Hello Camille,\n\nBonne nouvelle, ta candidature pour le poste Chef de projet CRM - CDI chez Imprimerie "
        "Delorme a bien été transmise !\n\nEt maintenant ?\nL'équipe d'Imprimerie Delorme va étudier ton profil.\n\n"
        "Ces entreprises recrutent aussi\nOctave Santé · Lyon · Product Owner\nKestrel Énergie · Lille · CRM Manager",
        "delorme",
        "applied",
    ),
    Mail(
        "fr13",
        "10-05 16:00",
        "Imprimerie Delorme <no-reply@teamtailor-mail.com>",
        "Merci pour ta candidature !",
        "Salut Camille,\n\nMerci pour ta candidature au poste de Chef de projet CRM chez Imprimerie Delorme ! On a "
        "bien reçu ton CV et on revient vers toi très vite.\n\nL'équipe Imprimerie Delorme",
        "delorme",
        "applied",
    ),
    Mail(
        "fr14",
        "10-06 08:45",
        "Indeed <noreply@indeed.com>",
        "Votre candidature a été consultée par Mutuelle Ardoise",
        "Bonne nouvelle !\n\nMutuelle Ardoise a consulté votre candidature pour le poste de Chargée de "
        "communication digitale H/F.\n\nChargée de communication digitale H/F\nMutuelle Ardoise - Lyon (69)\n\n"
        "Voir mes candidatures" + INDEED_SIMILAR_FR,
        "ardoise",
        "applied",
    ),
    Mail(
        "fr15",
        "10-06 12:10",
        LINKEDIN_FR,
        "Fromagerie Bastide a consulté votre candidature",
        "Votre candidature a été consultée par Fromagerie Bastide\n\nResponsable e-commerce F/H\n"
        "Fromagerie Bastide · Lyon, Auvergne-Rhône-Alpes, France\nCandidature envoyée il y a 5 jours\n\n"
        "Voir la candidature" + LINKEDIN_SIMILAR_FR,
        "bastide",
        "applied",
    ),
    Mail(
        "fr16",
        "10-06 17:30",
        HERMES,
        "Votre candidature - Responsable marketing H/F",
        "Bonjour Madame Martin,\n\nJe fais suite à votre candidature pour le poste de Responsable marketing H/F "
        "pour le compte de notre client, Conserverie Belle-Île. Votre profil a retenu mon attention et je "
        "souhaiterais échanger avec vous par téléphone cette semaine.\n\nMarion Dupuis\nConsultante, Hermès Conseil",
        "belleile",
        "interview",
    ),
    Mail(
        "fr17",
        "10-07 07:30",
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "« responsable marketing » : Maison Lavande et d'autres recrutent",
        "Vos alertes emploi\n30+ nouvelles offres pour responsable marketing à Lyon\n\nResponsable marketing "
        "digital\nMaison Lavande · Lyon (Hybride)\nPostuler facilement\n\nChef de produit web\nCaravelle Voyages · "
        "Lyon\nVoir toutes les offres",
    ),
    Mail(
        "fr18",
        "10-07 09:00",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Votre candidature à l'offre n° 185KQPL",
        "Madame, Monsieur,\n\nVous avez postulé à l'offre d'emploi n° 185KQPL « Assistante marketing (H/F) » de "
        "l'entreprise Coopérative Agricole du Beaujolais.\n\nVotre candidature a été transmise à l'employeur.\n\n"
        "Votre conseiller France Travail",
        "beaujolais",
        "applied",
    ),
    Mail(
        "fr19",
        "10-08 10:00",
        "Groupe Orlane <orlane@taleo.net>",
        "Test en ligne - Responsable marketing produit",
        "Madame,\n\nSuite à votre candidature au poste de Responsable marketing produit, nous vous invitons à "
        "compléter un test en ligne de personnalité et de raisonnement d'environ 40 minutes avant le 15 octobre.\n\n"
        "Accéder au test\n\nLa Direction des Ressources Humaines",
        "orlane",
        "assessment",
    ),
    Mail(
        "fr20",
        "10-08 14:00",
        "Cadremploi <noreply@cadremploi.fr>",
        "Un recruteur a consulté votre CV",
        "Bonjour,\n\nBonne nouvelle : un recruteur a consulté votre CV cette semaine. Pensez à le mettre à jour pour "
        "augmenter votre visibilité.\n\nMettre à jour mon CV\n\nCadremploi",
    ),
    Mail(
        "fr21",
        "10-09 11:20",
        "Imprimerie Delorme <no-reply@teamtailor-mail.com>",
        "Invitation à un entretien - Chef de projet CRM",
        "Salut Camille,\n\nTon profil nous a plu pour le poste de Chef de projet CRM ! On aimerait échanger avec toi "
        "lors d'un premier entretien en visio de 45 minutes.\n\nChoisis un créneau ici : Réserver\n\nÀ très vite,\n"
        "L'équipe Imprimerie Delorme",
        "delorme",
        "interview",
    ),
    Mail(
        "fr22",
        "10-09 15:40",
        "Maison Lavande <recrutement@maison-lavande.fr>",
        "Proposition d'entretien - Chef de produit web H/F",
        "Bonjour Camille,\n\nNous avons bien reçu votre candidature via HelloWork pour le poste de Chef de produit "
        "web H/F et nous aimerions vous rencontrer. Seriez-vous disponible le mardi 13 octobre à 10h dans nos "
        "locaux de Lyon ?\n\nBien cordialement,\nAnaïs Roux\nRessources humaines, Maison Lavande",
        "lavande",
        "interview",
    ),
    Mail(
        "fr23",
        "10-10 08:00",
        "Apec <offres@apec.fr>",
        "Vos nouvelles offres Apec du jour",
        "Bonjour Camille,\n\n6 nouvelles offres correspondent à votre recherche « marketing » :\n\nResponsable "
        "marketing H/F - Sucrerie Noroit - Amiens\nPostuler\n\nChef de marché H/F - Laiterie du Bocage - Vitré\n"
        "Postuler\n\nModifier mes alertes",
    ),
    Mail(
        "fr24",
        "10-12 09:30",
        "Apec <ne-pas-repondre@apec.fr>",
        "Le recruteur a consulté votre candidature",
        "Bonjour Camille,\n\nBonne nouvelle ! Le recruteur de Grands Moulins Varenne a consulté votre candidature "
        "à l'offre « Responsable communication H/F ».\n\nSuivez vos candidatures dans votre espace.\n\nL'équipe Apec",
        "varenne",
        "applied",
    ),
    Mail(
        "fr25",
        "10-12 18:05",
        HERMES,
        "Point sur votre candidature",
        "Bonjour Madame Martin,\n\nJ'ai le plaisir de vous informer que notre client, la société Conserverie "
        "Belle-Île, souhaite vous rencontrer pour le poste de Responsable marketing H/F. Pourriez-vous me "
        "communiquer vos disponibilités pour la semaine prochaine ?\n\nMarion Dupuis\nHermès Conseil",
        "belleile",
        "interview",
    ),
    Mail(
        "fr26",
        "10-13 10:00",
        "Mutuelle Ardoise <recrutement@mutuelle-ardoise.fr>",
        "Votre candidature - Chargée de communication digitale H/F",
        "Madame,\n\nNous avons bien étudié votre candidature au poste de Chargée de communication digitale H/F et "
        "nous vous remercions de l'intérêt que vous portez à notre mutuelle.\n\nNous sommes toutefois au regret de "
        "vous informer que votre profil ne correspond pas aux exigences du poste.\n\nLe service recrutement de "
        "Mutuelle Ardoise",
        "ardoise",
        "rejected",
    ),
    Mail(
        "fr27",
        "10-14 09:00",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Rappel : pensez à vous actualiser",
        "Madame, Monsieur,\n\nVotre période d'actualisation est ouverte jusqu'au 15 octobre. Connectez-vous à votre "
        "espace personnel pour déclarer votre situation.\n\nFrance Travail",
    ),
    Mail(
        "fr28",
        "10-15 11:15",
        LINKEDIN_FR,
        "Votre candidature au poste de Responsable e-commerce F/H chez Fromagerie Bastide",
        "Votre mise à jour de Fromagerie Bastide\n\nResponsable e-commerce F/H\nFromagerie Bastide · Lyon\n"
        "Candidature envoyée le 1 oct.\n\nBonjour Camille,\n\nMerci de l'intérêt que vous portez au poste. "
        "Malheureusement, nous avons décidé de poursuivre avec d'autres candidats dont le profil correspond "
        "davantage à nos besoins.\n\nBien cordialement" + LINKEDIN_SIMILAR_FR,
        "bastide",
        "rejected",
    ),
    Mail(
        "fr29",
        "10-16 09:40",
        "Groupe Orlane <orlane@taleo.net>",
        "Invitation à un entretien - Responsable marketing produit",
        "Madame,\n\nÀ la suite de votre test, nous souhaitons vous rencontrer pour un entretien avec la directrice "
        "marketing le jeudi 22 octobre à 14h.\n\nMerci de confirmer votre présence.\n\n"
        "La Direction des Ressources Humaines",
        "orlane",
        "interview",
    ),
    Mail(
        "fr30",
        "10-19 08:30",
        "Meteojob <offres@meteojob.com>",
        "3 offres compatibles à 90 % avec votre profil",
        "Bonjour Camille,\n\nNotre matching a trouvé 3 offres pour vous :\nChef de projet marketing H/F - Groupe "
        "Sarlat\nResponsable CRM H/F - Boutique Sorel\nChargée de marketing H/F - Hospices Saône\n\nJe postule",
    ),
    Mail(
        "fr31",
        "10-20 14:00",
        "Groupe Solvane <noreply@smartrecruiters.com>",
        "Mise à jour concernant le poste de Chef de projet digital",
        "Bonjour Camille,\n\nNous vous informons que le recrutement pour le poste de Chef de projet digital est "
        "suspendu pour le moment. Nous ne manquerons pas de revenir vers vous si le poste venait à être réouvert."
        "\n\nGroupe Solvane",
        "solvane",
        "withdrawn",
    ),
    Mail(
        "fr32",
        "10-22 16:30",
        "Verreries Aubigny <rh@verreries-aubigny.fr>",
        "Votre candidature au poste de Directrice marketing F/H",
        "Madame,\n\nNous vous informons que le poste de Directrice marketing F/H pour lequel vous aviez postulé a été "
        "pourvu.\n\nNous vous remercions de l'intérêt porté à Verreries Aubigny et vous souhaitons pleine réussite."
        "\n\nLe service des Ressources Humaines",
        "aubigny",
        "rejected",
    ),
    Mail(
        "fr33",
        "10-23 10:00",
        HERMES,
        "Retour de notre client",
        "Bonjour Madame Martin,\n\nJe vous remercie pour votre entretien avec Conserverie Belle-Île. Notre client a "
        "finalement retenu un autre candidat pour le poste de Responsable marketing H/F.\n\nJe reste attentive à "
        "d'autres opportunités pour vous.\n\nMarion Dupuis\nHermès Conseil",
        "belleile",
        "rejected",
    ),
    Mail(
        "fr34",
        "10-27 12:00",
        "Imprimerie Delorme <no-reply@teamtailor-mail.com>",
        "Proposition d'embauche - Chef de projet CRM",
        "Salut Camille,\n\nSuite à nos échanges, nous avons le plaisir de te proposer le poste de Chef de projet "
        "CRM en CDI à compter du 4 janvier 2027. Tu trouveras ci-joint ta promesse d'embauche.\n\nÀ très vite,\n"
        "L'équipe Imprimerie Delorme",
        "delorme",
        "offer",
    ),
    Mail(
        "fr35",
        "10-28 09:15",
        "SNCF Connect <confirmation@sncf-connect.com>",
        "Confirmation de votre réservation Lyon - Paris",
        "Bonjour Camille,\n\nVotre voyage du 4 novembre est confirmé : Lyon Part-Dieu 07h04 - Paris Gare de Lyon "
        "09h00, voiture 14, place 82.\n\nBon voyage !",
    ),
)

STEPSTONE = "StepStone <noreply@stepstone.de>"
STEPSTONE_SIMILAR = (
    "\n\nDiese Jobs könnten Sie auch interessieren\nBilanzbuchhalter (m/w/d)\nBrauerei Kessler GmbH · Hamburg\n"
    "Jetzt bewerben\n\nFinanzbuchhalter (m/w/d)\nAlpenmilch eG · Lüneburg\n\nStepStone GmbH, Völklinger Straße 1, "
    "40219 Düsseldorf\nAbmelden | Datenschutz"
)
LINKEDIN_SIMILAR_DE = (
    "\n\nÄhnliche Jobs\nKreditorenbuchhalter (m/w/d)\nNordwind Versicherung · Hamburg (Hybrid)\nController (w/m/d)\n"
    "Elbe Chemie AG · Hamburg\nMehr Jobs anzeigen\n\nSie erhalten Benachrichtigungen zu Bewerbungen.\nAbbestellen\n"
    "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."
)
HANSEN = "Katrin Hansen <k.hansen@hansen-personal.de>"
KESSLER_MB = "Kessler Maschinenbau GmbH <noreply@softgarden.io>"

GERMAN_INBOX = _inbox(
    "german_inbox",
    "a German and Austrian job seeker's whole inbox: boards (StepStone, XING, LinkedIn, karriere.at, Indeed, "
    "Jobware) relaying to employers, softgarden, Personio and BITE mail, an agency's client, job agents",
    Mail(
        "de01",
        "11-02 08:10",
        STEPSTONE,
        "Ihre Bewerbung als Lohnbuchhalter (m/w/d) wurde erfolgreich versendet",
        "Hallo Jana Weber,\n\nIhre Bewerbung wurde erfolgreich an Stadtwerke Grünau GmbH gesendet.\n\n"
        "Lohnbuchhalter (m/w/d)\nStadtwerke Grünau GmbH · Grünau\n\nWie geht es weiter?\nDas Unternehmen prüft "
        "Ihre Unterlagen und meldet sich direkt bei Ihnen.\n\nAlle Bewerbungen ansehen" + STEPSTONE_SIMILAR,
        "gruenau",
        "applied",
    ),
    Mail(
        "de02",
        "11-02 09:00",
        KESSLER_MB,
        "Eingangsbestätigung Ihrer Bewerbung als Finanzbuchhalter (m/w/d)",
        "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung als Finanzbuchhalter (m/w/d) und Ihr Interesse "
        "an der Kessler Maschinenbau GmbH. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.\n\nWir melden uns so "
        "schnell wie möglich bei Ihnen.\n\nMit freundlichen Grüßen\nIhr Personalteam\nKessler Maschinenbau GmbH",
        "kessler",
        "applied",
    ),
    Mail(
        "de03",
        "11-02 11:30",
        "Lumen Analytics GmbH <jobs@lumen-analytics.jobs.personio.de>",
        "Vielen Dank für deine Bewerbung!",
        "Hallo Jana,\n\nvielen Dank für deine Bewerbung als Accountant (m/w/d) bei Lumen Analytics! Wir schauen "
        "uns deine Unterlagen in Ruhe an und melden uns innerhalb von zwei Wochen.\n\nBeste Grüße\n"
        "Dein Lumen Analytics Team",
        "lumen",
        "applied",
    ),
    Mail(
        "de04",
        "11-03 07:30",
        "StepStone <jobagent@stepstone.de>",
        "15 neue Jobs für Lohnbuchhalter in Hamburg",
        "Ihr Jobagent hat neue Stellen gefunden\n\nLohnbuchhalter (m/w/d)\nBrauerei Kessler GmbH · Hamburg\n"
        "Jetzt bewerben\n\nFinanzbuchhalter (m/w/d)\nAlpenmilch eG · Lüneburg\n\nJobagent bearbeiten",
    ),
    Mail(
        "de05",
        "11-03 10:10",
        "XING <mailrobot@mail.xing.com>",
        "Deine Bewerbung bei Elbkontor Software ist raus",
        "Hallo Jana,\n\ndeine Bewerbung als Controller (m/w/d) bei Elbkontor Software wurde erfolgreich "
        "übermittelt.\n\nDas Unternehmen meldet sich bei dir.\n\nJobs, die zu dir passen:\nController (m/w/d) - "
        "Hanse Logistik AG - Hamburg\nReferent Controlling (m/w/d) - Elbe Chemie AG",
        "elbkontor",
        "applied",
    ),
    Mail(
        "de06",
        "11-03 12:00",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Jana, Ihre Bewerbung wurde an Hanse Logistik AG gesendet",
        "Ihre Bewerbung wurde an Hanse Logistik AG gesendet\n\nHanse Logistik AG\nBuchhalterin (m/w/d)\n"
        "Hanse Logistik AG · Hamburg, Deutschland (Hybrid)\nBeworben am 3. Nov. 2026\n\nJob ansehen"
        + LINKEDIN_SIMILAR_DE,
        "hanse",
        "applied",
    ),
    Mail(
        "de07",
        "11-03 15:20",
        "karriere.at <noreply@karriere.at>",
        "Deine Bewerbung wurde versendet",
        "Hallo Jana,\n\ndeine Bewerbung für Bilanzbuchhalter (m/w/d) bei Baumeister Huber GmbH in Linz wurde "
        "erfolgreich versendet.\n\nDu kannst den Status deiner Bewerbung jederzeit in deinem Profil verfolgen.\n\n"
        "Jobs, die dich auch interessieren könnten:\nBuchhalter (m/w/d) - Alpenbau GmbH - Wels\n\nLiebe Grüße\n"
        "Dein karriere.at Team",
        "huber",
        "applied",
    ),
    Mail(
        "de08",
        "11-04 08:00",
        "StepStone <noreply@stepstone.de>",
        "Willkommen bei StepStone",
        "Hallo Jana,\n\nIhr Konto wurde erfolgreich erstellt. Laden Sie Ihren Lebenslauf hoch, damit Arbeitgeber "
        "Sie finden.\n\nIhr StepStone Team",
    ),
    Mail(
        "de09",
        "11-04 09:30",
        "Sparkasse Oberland <noreply@b-ite.de>",
        "Ihre Bewerbung bei der Sparkasse Oberland",
        "Sehr geehrte Frau Weber,\n\nwir haben Ihre Bewerbung als Kundenberaterin (m/w/d) erhalten und bedanken uns "
        "für Ihr Interesse an unserem Haus.\n\nMit freundlichen Grüßen\nIhre Sparkasse Oberland",
        "sparkasse",
        "applied",
    ),
    Mail(
        "de10",
        "11-04 13:45",
        HANSEN,
        "Ihre Bewerbung: Leiterin Rechnungswesen (m/w/d)",
        "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung als Leiterin Rechnungswesen (m/w/d) für unseren "
        "Kunden, die Brauerei Kessler GmbH. Gerne möchte ich Sie in einem ersten Telefonat kennenlernen. Wann passt "
        "es Ihnen diese Woche?\n\nKatrin Hansen\nHansen Personalberatung",
        "brauerei",
        "interview",
    ),
    Mail(
        "de11",
        "11-05 07:45",
        "XING <jobs@mail.xing.com>",
        "Jana, diese Jobs passen zu dir",
        "Hallo Jana,\n\nwir haben neue Jobs für dich gefunden:\nController (m/w/d) bei Hanse Logistik AG\n"
        "Buchhalter (m/w/d) bei Nordwind Versicherung\n\nAlle Jobempfehlungen ansehen",
    ),
    Mail(
        "de12",
        "11-05 10:00",
        "Raiffeisenbank Mühlviertel <bewerbung@rb-muehlviertel.at>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrte Frau Weber,\n\nherzlichen Dank für Ihre Bewerbung als Sachbearbeiterin Rechnungswesen "
        "(m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.\n\nMit freundlichen Grüßen\n"
        "Raiffeisenbank Mühlviertel eGen",
        "raiffeisen",
        "applied",
    ),
    Mail(
        "de13",
        "11-06 09:15",
        STEPSTONE,
        "Gute Nachrichten: Ihre Bewerbung wurde angesehen",
        "Hallo Jana Weber,\n\nStadtwerke Grünau GmbH hat Ihre Bewerbung als Lohnbuchhalter (m/w/d) angesehen.\n\n"
        "Bewerbungsstatus: Gesehen\n\nViel Erfolg!" + STEPSTONE_SIMILAR,
        "gruenau",
        "applied",
    ),
    Mail(
        "de14",
        "11-06 11:00",
        "Indeed <indeedapply@indeed.com>",
        "Bewerbung gesendet: Buchhaltungsassistenz (m/w/d)",
        "Bewerbung gesendet\n\nBuchhaltungsassistenz (m/w/d)\nHofbäckerei Lanz - Hamburg\n\nFolgende Unterlagen "
        "wurden an Hofbäckerei Lanz gesendet. Viel Glück!\n\n• Bewerbung\n• Lebenslauf\n\nÄhnliche Jobs\n"
        "Buchhalter (m/w/d)\nPflegedienst Weser - Bremen\nEinfach bewerben",
        "lanz",
        "applied",
    ),
    Mail(
        "de15",
        "11-06 16:20",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Ihre Bewerbung wurde von Hanse Logistik AG angesehen",
        "Hanse Logistik AG hat Ihre Bewerbung angesehen\n\nBuchhalterin (m/w/d)\nHanse Logistik AG · Hamburg\n"
        "Beworben vor 3 Tagen\n\nBewerbung ansehen" + LINKEDIN_SIMILAR_DE,
        "hanse",
        "applied",
    ),
    Mail(
        "de16",
        "11-09 10:30",
        "Lumen Analytics GmbH <jobs@lumen-analytics.jobs.personio.de>",
        "Nächster Schritt: Online-Test",
        "Hallo Jana,\n\ndanke für deine Bewerbung als Accountant (m/w/d)! Im nächsten Schritt bitten wir dich, "
        "einen Online-Test zu bearbeiten. Er dauert etwa 45 Minuten; bitte schließe ihn bis zum 16.11.2026 ab.\n\n"
        "Zum Test\n\nBeste Grüße\nDein Lumen Analytics Team",
        "lumen",
        "assessment",
    ),
    Mail(
        "de17",
        "11-09 14:00",
        "karriere.at <jobalarm@karriere.at>",
        "Dein Jobalarm: 8 neue Jobs",
        "Hallo Jana,\n\nfür deinen Jobalarm „Buchhaltung Linz“ gibt es 8 neue Jobs:\nBuchhalter (m/w/d) - Alpenbau "
        "GmbH - Wels\nLohnverrechner (m/w/d) - Mühlviertler Molkerei - Freistadt\n\nJobalarm verwalten",
    ),
    Mail(
        "de18",
        "11-10 09:00",
        KESSLER_MB,
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung als Finanzbuchhalter (m/w/d). Wir möchten Sie "
        "gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch am Mittwoch, 18.11.2026, um "
        "10:00 Uhr in unser Werk in Hamburg-Harburg ein.\n\nMit freundlichen Grüßen\nKessler Maschinenbau GmbH",
        "kessler",
        "interview",
    ),
    Mail(
        "de19",
        "11-10 12:30",
        "Jobware <service@jobware.de>",
        "Ihre Bewerbung wurde übermittelt",
        "Guten Tag,\n\nIhre Bewerbung auf die Stellenanzeige Referentin Controlling (m/w/d) der Firma Rheinwerk "
        "Energie AG wurde erfolgreich übermittelt.\n\nWeitere passende Stellen:\nController (m/w/d) - Mainova Netz"
        "\n\nIhr Jobware-Team",
        "rheinwerk",
        "applied",
    ),
    Mail(
        "de20",
        "11-11 08:20",
        "XING <mailrobot@mail.xing.com>",
        "Dein Profil wurde 12 Mal besucht",
        "Hallo Jana,\n\ndein Profil wurde in den letzten 7 Tagen 12 Mal besucht, u. a. von einer Recruiterin bei "
        "Elbkontor Software.\n\nBesucher ansehen",
    ),
    Mail(
        "de21",
        "11-11 15:00",
        "Hanse Logistik AG <karriere@hanse-logistik.de>",
        "Einladung zum Kennenlerngespräch - Buchhalterin (m/w/d)",
        "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung über LinkedIn. Wir würden Sie gerne zu einem "
        "Kennenlerngespräch per Video einladen. Bitte wählen Sie über den folgenden Link einen passenden Termin aus."
        "\n\nMit freundlichen Grüßen\nJonas Petersen\nPersonalabteilung Hanse Logistik AG",
        "hanse",
        "interview",
    ),
    Mail(
        "de22",
        "11-12 10:40",
        HANSEN,
        "Termin bei der Brauerei Kessler",
        "Sehr geehrte Frau Weber,\n\nwie telefonisch besprochen, lädt Sie unser Kunde, die Brauerei Kessler GmbH, zu "
        "einem Vorstellungsgespräch am 19.11.2026 um 14:00 Uhr ein. Die Adresse sende ich Ihnen separat.\n\n"
        "Katrin Hansen\nHansen Personalberatung",
        "brauerei",
        "interview",
    ),
    Mail(
        "de23",
        "11-12 18:00",
        "Indeed <no-reply@indeed.com>",
        "Sie haben Ihre Bewerbung noch nicht abgeschlossen",
        "Ihre Bewerbung als Kreditorenbuchhalter (m/w/d) bei Nordwind Versicherung ist noch nicht abgeschlossen. "
        "Jetzt fortsetzen",
    ),
    Mail(
        "de24",
        "11-13 09:10",
        "Elbkontor Software GmbH <jobs@elbkontor.de>",
        "Ihre Bewerbung als Controller (m/w/d)",
        "Sehr geehrte Frau Weber,\n\nnochmals vielen Dank für Ihre Bewerbung. Nach sorgfältiger Prüfung müssen wir "
        "Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.\n\nWir wünschen Ihnen "
        "für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nElbkontor Software GmbH",
        "elbkontor",
        "rejected",
    ),
    Mail(
        "de25",
        "11-16 11:00",
        "karriere.at <noreply@karriere.at>",
        "Update zu deiner Bewerbung",
        "Hallo Jana,\n\nleider hat Baumeister Huber GmbH deine Bewerbung für Bilanzbuchhalter (m/w/d) abgelehnt.\n\n"
        "Lass dich nicht entmutigen – hier sind neue Jobs für dich:\nBuchhalter (m/w/d) - Alpenbau GmbH - Wels",
        "huber",
        "rejected",
    ),
    Mail(
        "de26",
        "11-17 08:00",
        "StepStone <newsletter@stepstone.de>",
        "Gehaltsreport 2026: So viel verdienen Buchhalter",
        "Hallo Jana,\n\nin unserem neuen Gehaltsreport erfahren Sie, was Buchhalter in Ihrer Region verdienen.\n\n"
        "Jetzt lesen\n\nNewsletter abbestellen",
    ),
    Mail(
        "de27",
        "11-17 13:30",
        "Raiffeisenbank Mühlviertel <bewerbung@rb-muehlviertel.at>",
        "Einladung zum Bewerbungsgespräch",
        "Sehr geehrte Frau Weber,\n\nbezugnehmend auf Ihre Bewerbung als Sachbearbeiterin Rechnungswesen (m/w/d) "
        "dürfen wir Sie am Dienstag, 24. November 2026 um 9:00 Uhr zu einem Bewerbungsgespräch nach Freistadt "
        "einladen.\n\nMit freundlichen Grüßen\nRaiffeisenbank Mühlviertel eGen",
        "raiffeisen",
        "interview",
    ),
    Mail(
        "de28",
        "11-18 10:00",
        "Sparkasse Oberland <noreply@b-ite.de>",
        "Ihre Bewerbung als Kundenberaterin (m/w/d)",
        "Sehr geehrte Frau Weber,\n\nwir möchten Sie darüber informieren, dass die Stelle als Kundenberaterin "
        "(m/w/d) aus organisatorischen Gründen vorerst nicht besetzt wird. Wir bedauern, Ihnen keine positivere "
        "Nachricht geben zu können.\n\nMit freundlichen Grüßen\nIhre Sparkasse Oberland",
        "sparkasse",
        "withdrawn",
    ),
    Mail(
        "de29",
        "11-19 09:30",
        STEPSTONE,
        "Neuigkeiten zu Ihrer Bewerbung bei Stadtwerke Grünau GmbH",
        "Hallo Jana Weber,\n\nStadtwerke Grünau GmbH hat Ihnen eine Nachricht zu Ihrer Bewerbung als "
        "Lohnbuchhalter (m/w/d) gesendet:\n\n„Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere "
        "Bewerberin entschieden haben.“\n\nKopf hoch! Diese Jobs könnten Sie auch interessieren:\n"
        "Finanzbuchhalter (m/w/d) · Alpenmilch eG · Lüneburg",
        "gruenau",
        "rejected",
    ),
    Mail(
        "de30",
        "11-20 16:00",
        "Lumen Analytics GmbH <jobs@lumen-analytics.jobs.personio.de>",
        "Deine Bewerbung bei Lumen Analytics",
        "Hallo Jana,\n\nvielen Dank für dein Interesse an Lumen Analytics und die Zeit, die du in den Online-Test "
        "investiert hast. Nach sorgfältiger Prüfung haben wir uns entschieden, mit anderen Kandidat:innen "
        "weiterzumachen.\n\nWir wünschen dir alles Gute!\n\nDein Lumen Analytics Team",
        "lumen",
        "rejected",
    ),
    Mail(
        "de31",
        "11-23 08:40",
        "hokify <jobs@hokify.at>",
        "5 neue Jobs in deiner Nähe",
        "Hallo Jana!\n\nWir haben 5 neue Jobs für dich gefunden:\nBuchhalter (m/w/d) · Billa · Linz\n"
        "Lohnverrechner (m/w/d) · Spar · Linz\nBürokraft (m/w/d) · Post AG · Wels\n\nJetzt mit einem Klick bewerben",
    ),
    Mail(
        "de32",
        "11-24 11:00",
        HANSEN,
        "Rückmeldung der Brauerei Kessler",
        "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihr Gespräch bei der Brauerei Kessler. Leider hat sich unser "
        "Kunde für eine andere Kandidatin entschieden.\n\nGerne melde ich mich, sobald ich eine passende Position "
        "für Sie habe.\n\nKatrin Hansen\nHansen Personalberatung",
        "brauerei",
        "rejected",
    ),
    Mail(
        "de33",
        "11-26 14:00",
        KESSLER_MB,
        "Ihr Vertragsangebot - Finanzbuchhalter (m/w/d)",
        "Sehr geehrte Frau Weber,\n\nwir freuen uns, Ihnen die Stelle als Finanzbuchhalter (m/w/d) anbieten zu "
        "können. Anbei erhalten Sie unser Vertragsangebot; bitte senden Sie es uns bis zum 4.12.2026 "
        "unterschrieben zurück.\n\nMit freundlichen Grüßen\nKessler Maschinenbau GmbH",
        "kessler",
        "offer",
    ),
    Mail(
        "de34",
        "11-27 07:00",
        "DB Reisezentrum <buchungsbestaetigung@bahn.de>",
        "Ihre Buchungsbestätigung (Auftrag 4711 0815)",
        "Vielen Dank für Ihre Buchung. Hamburg Hbf - Linz Hbf am 30.11.2026, ICE 1511, Wagen 7, Platz 45.\n\n"
        "Gute Reise wünscht Ihnen Ihre Deutsche Bahn",
    ),
)

# Issue 14's whole-inbox classes still unprobed after the second session (the bookkeeping brief).
FALCON = "Falcon Freight <falconfreight@myworkday.com>"
ARRIVAL_ORDER = _inbox(
    "arrival_out_of_order",
    "an automated rejection stamped a minute before the board's confirmation of the same submission, "
    "and a title-less rejection at an employer with one open application: one application each, rejected "
    "(the worker also records them newest first: tests/unit/test_written_inboxes.py)",
    Mail(
        "ao01",
        "06-02 10:04",
        "Falcon Freight Talent <no-reply@falconfreight.example>",
        "Your application for Logistics Analyst",
        "Hi Jordan,\n\nThank you for your interest in the Logistics Analyst position at Falcon Freight. After "
        "reviewing your application we have decided not to proceed with your candidacy for this role.\n\n"
        "Falcon Freight Talent Acquisition",
        "falcon",
        "rejected",
    ),
    Mail(
        "ao02",
        "06-02 10:05",
        INDEED,
        "Indeed Application: Logistics Analyst",
        "Application submitted\n\nLogistics Analyst\nFalcon Freight - Memphis, TN\n\n"
        "The following items were sent to Falcon Freight. Good luck!\n- Application\n- Resume",
        "falcon",
        "applied",
    ),
    Mail(
        "ao03",
        "06-03 09:00",
        "Tidewater Labs <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Tidewater Labs",
        "Hi Jordan,\n\nThanks for applying to Tidewater Labs! Your application for the Research Data Analyst "
        "role has been received and our team will review it shortly.\n\nTidewater Labs Recruiting",
        "tidewater",
        "applied",
    ),
    Mail(
        "ao04",
        "06-20 16:30",
        "Tidewater Labs <no-reply@us.greenhouse-mail.io>",
        "An update on your application",
        "Hi Jordan,\n\nThank you for your interest in Tidewater Labs. Unfortunately, we have decided to "
        "continue with other candidates whose background is a closer match for what we need.\n\nTidewater Labs "
        "Recruiting",
        "tidewater",
        "rejected",
    ),
)

REAPPLIED_AFTER_REJECTION = _inbox(
    "reapplied_after_rejection",
    "the same employer and title applied to twice, months apart, after a rejection: two applications, the "
    "second's title-less update joining the second",
    Mail(
        "ra01",
        "01-12 08:30",
        "Granite Peak Insurance <granitepeak@myworkday.com>",
        "Thank you for applying: Claims Data Analyst",
        "Hi Jordan, thank you for applying for the Claims Data Analyst position at Granite Peak Insurance. "
        "Our recruiting team will review your application.",
        "gp1",
        "applied",
    ),
    Mail(
        "ra02",
        "01-30 14:00",
        "Granite Peak Insurance <granitepeak@myworkday.com>",
        "Your application: Claims Data Analyst",
        "Hi Jordan, thank you for your interest in the Claims Data Analyst position at Granite Peak Insurance. "
        "Unfortunately we will not be progressing your application.",
        "gp1",
        "rejected",
    ),
    Mail(
        "ra03",
        "05-18 09:15",
        "Granite Peak Insurance <granitepeak@myworkday.com>",
        "Thank you for applying: Claims Data Analyst",
        "Hi Jordan, thank you for applying for the Claims Data Analyst position at Granite Peak Insurance. "
        "Our recruiting team will review your application.",
        "gp2",
        "applied",
    ),
    Mail(
        "ra04",
        "05-27 11:00",
        "Priya Nair <priya.nair@granitepeak.example>",
        "Next steps with Granite Peak Insurance",
        "Hi Jordan, thanks for applying to Granite Peak Insurance. I'd like to schedule a 30-minute phone "
        "interview with you this week. Could you share a few times that work?\n\nPriya Nair, Talent Partner",
        "gp2",
        "interview",
    ),
)

RESENT_CONFIRMATION = _inbox(
    "confirmation_resent_after_interview",
    "an ATS sends its confirmation again after the interview invitation, with the title or (within days) "
    "without: one application, still at interview; a title-less receipt from it weeks later is another "
    "submission (one receipt a submission)",
    Mail(
        "cr01",
        "04-06 09:00",
        "Harborview Clinic <harborview@myworkday.com>",
        "Thank you for applying: Health Informatics Analyst",
        "Hi Jordan, thank you for applying for the Health Informatics Analyst position at Harborview Clinic. "
        "We have received your application.",
        "hv",
        "applied",
    ),
    Mail(
        "cr02",
        "04-08 15:00",
        "Marcus Lee <marcus.lee@harborviewclinic.example>",
        "Interview invitation - Health Informatics Analyst",
        "Hi Jordan, we would like to invite you to interview for the Health Informatics Analyst position at "
        "Harborview Clinic. Please pick a time that works for you next week.",
        "hv",
        "interview",
    ),
    Mail(
        "cr03",
        "04-09 08:00",
        "Harborview Clinic <harborview@myworkday.com>",
        "Thank you for applying: Health Informatics Analyst",
        "Hi Jordan, thank you for applying for the Health Informatics Analyst position at Harborview Clinic. "
        "We have received your application.",
        "hv",
        "applied",
    ),
    Mail(
        "cr04",
        "04-10 10:00",
        "Harborview Clinic <harborview@myworkday.com>",
        "We received your application",
        "Hi Jordan, thank you for applying to Harborview Clinic. We've received your application and "
        "will look it over soon.",
        "hv",
        "applied",
    ),
    Mail(
        "cr05",
        "05-04 10:00",
        "Harborview Clinic <harborview@myworkday.com>",
        "We received your application",
        "Hi Jordan, thank you for applying to Harborview Clinic. We've received your application and "
        "will look it over soon.",
        "hv2",
        "applied",
    ),
)

QUARRY = "Quarry Analytics <quarryanalytics@myworkday.com>"
ONE_OF_THREE_REJECTED = _inbox(
    "one_of_three_rejected_untitled",
    "one employer rejects one of three open applications naming no title: kept apart and flagged, never "
    "guessed; the three stay open",
    Mail(
        "ot01",
        "08-03 09:00",
        QUARRY,
        "Thank you for applying: Data Analyst",
        "Hi Jordan, thank you for applying for the Data Analyst position at Quarry Analytics.",
        "qa1",
        "applied",
    ),
    Mail(
        "ot02",
        "08-05 09:00",
        QUARRY,
        "Thank you for applying: Analytics Engineer",
        "Hi Jordan, thank you for applying for the Analytics Engineer position at Quarry Analytics.",
        "qa2",
        "applied",
    ),
    Mail(
        "ot03",
        "08-07 09:00",
        QUARRY,
        "Thank you for applying: BI Developer",
        "Hi Jordan, thank you for applying for the BI Developer position at Quarry Analytics.",
        "qa3",
        "applied",
    ),
    Mail(
        "ot04",
        "08-28 17:00",
        QUARRY,
        "Your application to Quarry Analytics",
        "Hi Jordan, thank you for your interest in Quarry Analytics. Having weighed it carefully we have "
        "decided not to progress your application any further at this time.",
        "qa-untitled",
        "rejected",
    ),
)

EMPLOYER_NEWSLETTERS = _inbox(
    "employer_newsletters",
    "an employer applied to also sends its talent newsletter, a job alert and an event invitation: no new "
    "record and no status change",
    Mail(
        "en01",
        "09-01 09:00",
        "Aurora Mobility <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Aurora Mobility",
        "Hi Jordan,\n\nThanks for applying to Aurora Mobility! Your application for the Mobility Data "
        "Scientist role has been received and our team will review it shortly.\n\nAurora Mobility Recruiting",
        "aurora",
        "applied",
    ),
    Mail(
        "en02",
        "09-08 12:00",
        "Aurora Mobility Careers <careers@auroramobility.example>",
        "Life at Aurora: our September talent newsletter",
        "Hi Jordan,\n\nWelcome to the September edition of Life at Aurora. This month: meet our battery team "
        "in Lyon, read how we ship software to 40,000 scooters, and see our new parental leave policy.\n\n"
        "You are receiving this because you joined the Aurora Mobility talent community. Unsubscribe",
    ),
    Mail(
        "en03",
        "09-10 07:00",
        "Aurora Mobility Careers <careers@auroramobility.example>",
        "New jobs at Aurora Mobility that match your profile",
        "Hi Jordan,\n\nNew jobs matching your job alert 'Data':\n\nSenior Data Engineer - Berlin\n"
        "Analytics Engineer - Remote\n\nView all jobs. Manage your job alerts.",
    ),
    Mail(
        "en04",
        "09-12 18:00",
        "Aurora Mobility Careers <careers@auroramobility.example>",
        "You're invited: Aurora Mobility virtual career fair",
        "Hi Jordan,\n\nJoin us on October 2 for our virtual career fair: talk to our engineers, hear about "
        "open roles and ask your questions. Register now to save your seat.\n\nAurora Mobility Talent team",
    ),
    Mail(
        "en05",
        "09-19 10:00",
        "Aurora Mobility <no-reply@us.greenhouse-mail.io>",
        "Interview invitation: Mobility Data Scientist",
        "Hi Jordan,\n\nWe would like to invite you to a first interview for the Mobility Data Scientist role "
        "at Aurora Mobility. Please use the link below to choose a time.\n\nAurora Mobility Recruiting",
        "aurora",
        "interview",
    ),
)

EMPLOYER_MARKETING = _inbox(
    "employer_marketing",
    "an employer applied to thanks the reader for their interest in its careers and suggests other roles, "
    "asks them to update their candidate profile, and surveys their candidate experience: no status change",
    Mail(
        "em01",
        "09-01 09:00",
        "Solstice Outdoor <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Solstice Outdoor",
        "Hi Jordan,\n\nThanks for applying to Solstice Outdoor! Your application for the E-commerce Analyst "
        "role has been received and our team will review it shortly.\n\nSolstice Outdoor Recruiting",
        "solstice",
        "applied",
    ),
    Mail(
        "em02",
        "09-09 09:00",
        "Solstice Outdoor Careers <careers@solsticeoutdoor.example>",
        "Thanks for your interest in Solstice Outdoor - jobs you may like",
        "Hi Jordan,\n\nThank you for your interest in careers at Solstice Outdoor. Based on your profile, these "
        "open positions may interest you: Merchandise Planner, Pricing Analyst. Apply today!\n\nUnsubscribe",
    ),
    Mail(
        "em03",
        "09-15 09:00",
        "Solstice Outdoor Careers <careers@solsticeoutdoor.example>",
        "Keep your candidate profile up to date",
        "Hi Jordan, please log in to update your candidate profile so our recruiters can consider you for "
        "future opportunities at Solstice Outdoor.",
    ),
    Mail(
        "em04",
        "09-20 09:00",
        "Solstice Outdoor <no-reply@us.greenhouse-mail.io>",
        "Tell us about your candidate experience",
        "Hi Jordan, you recently applied with Solstice Outdoor. Please take our 2-minute survey about your "
        "candidate experience.",
    ),
)

ASSESSMENT_PLATFORMS = _inbox(
    "assessment_platforms",
    "HireVue and Codility mail naming the employer only in its body joins that employer's application, "
    "never an application at the platform",
    Mail(
        "ap01",
        "10-05 09:00",
        "Cobalt Energy <cobaltenergy@myworkday.com>",
        "Thank you for applying: Grid Software Engineer",
        "Hi Jordan, thank you for applying for the Grid Software Engineer position at Cobalt Energy. Our "
        "recruiting team will review your application.",
        "cobalt",
        "applied",
    ),
    Mail(
        "ap02",
        "10-07 13:00",
        "Codility <no-reply@codility.com>",
        "Your coding test invitation",
        "Hello Jordan,\n\nCobalt Energy has invited you to take a coding test as part of your application for "
        "the Grid Software Engineer role. The test takes about 90 minutes; please complete it within 5 days.\n\n"
        "Start test\n\nGood luck!\nThe Codility team",
        "cobalt",
        "assessment",
    ),
    Mail(
        "ap03",
        "10-06 10:00",
        "Lumen Retail <lumenretail@myworkday.com>",
        "Thank you for applying: Store Operations Analyst",
        "Hi Jordan, thank you for applying for the Store Operations Analyst position at Lumen Retail. Our "
        "recruiting team will review your application.",
        "lumenretail",
        "applied",
    ),
    Mail(
        "ap04",
        "10-09 08:00",
        "HireVue <noreply@hirevue.com>",
        "Complete your video interview",
        "Hi Jordan,\n\nLumen Retail has invited you to complete an on-demand video interview for the Store "
        "Operations Analyst position. You can record it at any time before October 16.\n\nStart interview\n\n"
        "HireVue on behalf of Lumen Retail",
        "lumenretail",
        "assessment",  # a one-way video interview is an assessment (../shared/datasets/README.md)
    ),
)

MOSTLY_UNRELATED = _inbox(
    "mostly_unrelated",
    "a whole inbox more than half of which is no job mail (studies, a flat, credit, papers, the reader's "
    "own employer, shopping, code review, newsletters) in the same words as hiring: only the applications "
    "become records",
    Mail(
        "mu01",
        "03-02 08:10",
        "Admissions <admissions@westbrook.edu>",
        "Your application to the MS in Business Analytics is complete",
        "Dear Jordan,\n\nYour application to the MS in Business Analytics program is now complete and has been "
        "forwarded to the admissions committee. Decisions are released in April.\n\nWestbrook Graduate Admissions",
    ),
    Mail(
        "mu02",
        "03-02 09:30",
        "Harbor Lane Apartments <leasing@harborlane.example>",
        "Rental application received - Unit 12C",
        "Hi Jordan,\n\nWe received your rental application and the $50 application fee for Unit 12C. Screening "
        "usually takes 2-3 business days. We'll email you once the landlord has made a decision.",
    ),
    Mail(
        "mu03",
        "03-02 11:00",
        "Quarry Analytics <quarryanalytics@myworkday.com>",
        "Thank you for applying - Marketing Data Analyst",
        "Hi Jordan,\n\nThank you for applying to the Marketing Data Analyst position at Quarry Analytics. Our "
        "recruiting team will review your application and contact you if your qualifications match.\n\nQuarry "
        "Analytics Talent Acquisition",
        "quarry",
        "applied",
    ),
    Mail(
        "mu04",
        "03-02 12:15",
        "GitHub <notifications@github.com>",
        "Re: [tidy-tools/linter] Candidate fix for rule ordering (#318)",
        "@mkowalski commented: thanks, but we're going to close this - the position of the rule in the list is "
        "intentional. We appreciate the contribution!",
    ),
    Mail(
        "mu05",
        "03-02 18:40",
        "Pinecrest Credit Union <alerts@pinecrest-cu.example>",
        "Your auto loan application decision",
        "Dear Jordan Reyes,\n\nThank you for applying for an auto loan with Pinecrest Credit Union. We are sorry "
        "to let you know that we are unable to approve your application at this time. A letter with the reasons "
        "will follow by post.",
    ),
    Mail(
        "mu06",
        "03-03 07:00",
        "The Analytics Weekly <newsletter@analyticsweekly.example>",
        "Issue 212: the interview question everyone gets wrong",
        "This week: the SQL window-function question that trips up most candidates in interviews, why teams are "
        "hiring fewer juniors, and a reader's story of getting an offer after 40 applications. Read more.",
    ),
    Mail(
        "mu07",
        "03-03 10:05",
        "Northgate Health <careers@northgatehealth.example>",
        "Application received: Clinical Data Coordinator",
        "Dear Jordan,\n\nThank you for your interest in employment with Northgate Health. We've received "
        "your application for the Clinical Data Coordinator position (Req 44817).\n\nNorthgate Health Recruitment",
        "northgate",
        "applied",
    ),
    Mail(
        "mu08",
        "03-03 13:20",
        "People Team <people@brightforge.example>",
        "Interviewers needed: Data Analyst loop next week",
        "Hi all,\n\nWe have five candidates for the Data Analyst role in final rounds next week. If you can join "
        "an interview panel, please add yourself to the sheet. Remember to submit your scorecard within 24 hours.",
    ),
    Mail(
        "mu09",
        "03-03 16:45",
        "Amazon.com <shipment-tracking@amazon.com>",
        "Your package has been delivered",
        "Your package was delivered. It was handed directly to a resident. Items: 'The Data Science Interview "
        "Book', 'USB-C hub'.",
    ),
    Mail(
        "mu10",
        "03-04 08:20",
        "Zephyr Labs <no-reply@ashbyhq.com>",
        "Thanks for applying to Zephyr Labs!",
        "Hi Jordan,\n\nThanks for applying to the Analytics Engineer role at Zephyr Labs. We've received your "
        "application and will be in touch soon.\n\nThe Zephyr Labs Team",
        "zephyr",
        "applied",
    ),
    Mail(
        "mu11",
        "03-04 09:00",
        "Westbrook Financial Aid <finaid@westbrook.edu>",
        "Scholarship application: additional documents needed",
        "Dear Jordan,\n\nThank you for applying for the Dean's Merit Scholarship. To complete your application, "
        "please upload two letters of recommendation by March 20.",
    ),
    Mail(
        "mu12",
        "03-04 12:30",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Jordan, you appeared in 9 searches this week",
        "You appeared in 9 searches this week. Your profile was found by people from Quarry Analytics and "
        "Lumen Retail. See all searches.",
    ),
    Mail(
        "mu13",
        "03-04 19:10",
        "Spotify <no-reply@spotify.com>",
        "Your Premium offer ends soon",
        "Your 3 months of Premium for free offer ends on March 10. Keep listening ad-free for $11.99/month.",
    ),
    Mail(
        "mu14",
        "03-05 08:00",
        "Benefits Center <benefits@brightforge.example>",
        "Reminder: your annual performance review is due",
        "Hi Jordan,\n\nYour annual performance review cycle has started. Please complete your self-assessment in "
        "Workday by March 15; your manager will then schedule a review meeting with you.",
    ),
    Mail(
        "mu15",
        "03-05 10:40",
        "Harbor Lane Apartments <leasing@harborlane.example>",
        "Good news about your rental application",
        "Hi Jordan,\n\nCongratulations! Your rental application for Unit 12C has been approved. Please sign the "
        "lease and pay the security deposit within 48 hours to hold the unit. Your move-in date is April 1.",
    ),
    Mail(
        "mu16",
        "03-05 14:00",
        "Sara Whitfield <sara.whitfield@northgatehealth.example>",
        "Phone screen for Clinical Data Coordinator",
        "Hi Jordan,\n\nThanks for applying to the Clinical Data Coordinator position. I'd like to schedule a "
        "30-minute phone screen with you this week. Are you available Thursday at 2pm or Friday at 10am?\n\n"
        "Sara Whitfield\nTalent Acquisition, Northgate Health",
        "northgate",
        "interview",
    ),
    Mail(
        "mu17",
        "03-05 17:30",
        "Chase <no-reply@chase.com>",
        "You're pre-approved: an exclusive offer for you",
        "Jordan, you're pre-approved for the Sapphire card. Accept this offer by April 2 to earn 60,000 bonus "
        "points.",
    ),
    Mail(
        "mu18",
        "03-06 09:15",
        "DataConf 2026 <speakers@dataconf.example>",
        "DataConf 2026: your talk proposal",
        "Hi Jordan,\n\nThank you for submitting a talk proposal to DataConf 2026. We received 600 proposals for "
        "40 slots and regret to inform you that your talk was not selected this year.\n\nThe program committee",
    ),
    Mail(
        "mu19",
        "03-06 11:00",
        "Lumen Retail <lumenretail@myworkday.com>",
        "Application received - Pricing Analyst",
        "Dear Jordan,\n\nThanks for applying to the Pricing Analyst role at Lumen Retail. Your application has "
        "been received; our team is now looking at it.\n\nLumen Retail Talent Acquisition",
        "lumen",
        "applied",
    ),
    Mail(
        "mu20",
        "03-06 15:20",
        "Jira <jira@brightforge.atlassian.net>",
        "[JIRA] (DATA-882) Backfill candidate table for hiring dashboard",
        "Priya Nair assigned DATA-882 to you.\nSummary: Backfill candidate table for hiring dashboard\nThe "
        "interview stage column is null for rows before 2025.",
    ),
    Mail(
        "mu21",
        "03-07 08:30",
        "Coursera <no-reply@coursera.org>",
        "Your financial aid application was approved",
        "Good news! Your financial aid application for 'Applied Data Science with Python' has been approved. "
        "You can now enroll in the course for free.",
    ),
    Mail(
        "mu22",
        "03-07 10:00",
        "Marcus Bell <marcus.bell@gmail.com>",
        "Coffee next week? + a favour",
        "Hey Jordan! Long time. I'm interviewing at a couple of places and would love your take on my resume "
        "over coffee next week. Also - is your team hiring? Drinks on me.",
    ),
    Mail(
        "mu23",
        "03-07 13:00",
        "US Department of State <passports@state.example.gov>",
        "Passport application status: approved",
        "Your passport application has been approved. Your passport book will be mailed within 7-10 business "
        "days.",
    ),
    Mail(
        "mu24",
        "03-08 09:00",
        "Quarry Analytics <quarryanalytics@myworkday.com>",
        "Update on your application - Marketing Data Analyst",
        "Hi Jordan,\n\nThank you for your interest in the Marketing Data Analyst position at Quarry Analytics. "
        "Having weighed it carefully, we have decided to continue with other candidates whose background "
        "is a closer match for what we need.\n\nQuarry Analytics Talent Acquisition",
        "quarry",
        "rejected",
    ),
    Mail(
        "mu25",
        "03-08 11:30",
        "Glassdoor <noreply@glassdoor.com>",
        "Tell us about your interview at Lumen Retail",
        "Help others prepare: share your interview experience at Lumen Retail. It takes 5 minutes and it's "
        "anonymous.",
    ),
    Mail(
        "mu26",
        "03-08 14:45",
        "Westbrook Admissions <admissions@westbrook.edu>",
        "Invitation to interview: MS in Business Analytics",
        "Dear Jordan,\n\nThe admissions committee would like to invite you to an admissions interview for the "
        "MS in Business Analytics program. Please choose a 30-minute slot with a faculty member.",
    ),
    Mail(
        "mu27",
        "03-09 08:00",
        "Zephyr Labs <no-reply@ashbyhq.com>",
        "Zephyr Labs: schedule your interview",
        "Hi Jordan,\n\nThe team would like to move you forward for the Analytics Engineer role! Please use the "
        "link below to book a 45-minute technical interview with our data team.\n\nZephyr Labs Recruiting",
        "zephyr",
        "interview",
    ),
    Mail(
        "mu28",
        "03-09 09:30",
        "Fidelity Home Insurance <claims@fidelityhome.example>",
        "Claim HX-22913: decision",
        "Dear Mr Reyes,\n\nWe have reviewed your claim for water damage. Unfortunately your claim has been "
        "declined because the damage was caused by a gradual leak, which your policy does not cover.",
    ),
    Mail(
        "mu29",
        "03-09 12:00",
        "Indeed <donotreply@indeed.com>",
        "8 new Data Analyst jobs in Denver",
        "Data Analyst\nCopperline Energy - Denver, CO\nEasily apply\n\nBusiness Data Analyst\nMile High Bank - "
        "Denver, CO\n\nReporting Analyst\nRockies Health - Aurora, CO\n\nSee all jobs",
    ),
    Mail(
        "mu30",
        "03-09 16:00",
        "Payroll <payroll@brightforge.example>",
        "Your March payslip is available",
        "Your payslip for the period ending March 8 is now available in Workday. Your employment verification "
        "letter can be downloaded from the same page.",
    ),
    Mail(
        "mu31",
        "03-10 08:45",
        "Cobalt Freight <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Cobalt Freight",
        "Hi Jordan,\n\nThanks for applying to Cobalt Freight! Your application for the Supply Chain Analyst role "
        "has been received and our team will review it shortly.\n\nCobalt Freight Recruiting",
        "cobalt",
        "applied",
    ),
    Mail(
        "mu32",
        "03-10 10:00",
        "Denver Public Schools <enrollment@dps.example>",
        "School choice results",
        "Dear parent or guardian,\n\nYour school choice application has been processed. Your child has been "
        "offered a place at Steele Elementary for the 2026-27 school year. Please accept or decline by April 1.",
    ),
    Mail(
        "mu33",
        "03-10 13:30",
        "Mile High Film Society <members@mhfs.example>",
        "Welcome - your membership is active",
        "Thanks for applying for a Mile High Film Society membership! Your application was approved and your "
        "member card is on its way.",
    ),
    Mail(
        "mu34",
        "03-10 18:00",
        "The Product Podcast <hello@productpod.example>",
        "New episode: an interview with the founder of Linear",
        "In this episode we interview the founder of Linear about hiring slowly, rejecting growth hacks and what "
        "he asks every candidate. Listen now.",
    ),
    Mail(
        "mu35",
        "03-11 09:00",
        "Lumen Retail <lumenretail@myworkday.com>",
        "Invitation: interview for Pricing Analyst",
        "Dear Jordan,\n\nWe are pleased to invite you to a video interview for the Pricing Analyst role with our "
        "pricing team on March 16 at 1pm MT.\n\nLumen Retail Talent Acquisition",
        "lumen",
        "interview",
    ),
    Mail(
        "mu36",
        "03-11 10:30",
        "Venmo <venmo@venmo.com>",
        "Marcus Bell paid you $18.50",
        "Marcus Bell paid you $18.50 for 'coffee + resume review, thanks!'.",
    ),
    Mail(
        "mu37",
        "03-11 12:00",
        "Trusted Traveler Programs <ttp@cbp.example.gov>",
        "Global Entry: conditionally approved, schedule your interview",
        "Your Global Entry application has been conditionally approved. Please schedule an interview at an "
        "enrollment center within 365 days. Bring your passport.",
    ),
    Mail(
        "mu38",
        "03-12 08:00",
        "Kestrel Bank <kestrelbank@myworkday.com>",
        "Kestrel Bank - application received for Risk Analyst",
        "Dear Jordan,\n\nThank you for your application for the Risk Analyst position at Kestrel Bank. We will "
        "review your qualifications and be in touch.\n\nKestrel Bank Talent Acquisition",
        "kestrel",
        "applied",
    ),
    Mail(
        "mu39",
        "03-12 09:30",
        "Sentry <noreply@sentry.example>",
        "[hiring-dashboard] KeyError: 'offer_accepted'",
        "New issue in hiring-dashboard (production): KeyError: 'offer_accepted' in pipeline/stages.py. 54 events "
        "in the last hour.",
    ),
    Mail(
        "mu40",
        "03-12 14:00",
        "Priya Nair <priya.nair@brightforge.example>",
        "Candidates for the junior analyst opening",
        "Jordan,\n\nAttached are the three shortlisted candidates for the junior analyst opening on your team. "
        "Can you tell me by Friday which ones you'd like to interview?\n\nPriya",
    ),
    Mail(
        "mu41",
        "03-12 17:15",
        "Westbrook Admissions <admissions@westbrook.edu>",
        "Your admission decision",
        "Dear Jordan,\n\nCongratulations! On behalf of the admissions committee, I am delighted to offer you "
        "admission to the MS in Business Analytics, Fall 2026 cohort. Please accept your offer by May 1.",
    ),
    Mail(
        "mu42",
        "03-13 08:30",
        "Copperline Energy <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Copperline Energy",
        "Hi Jordan,\n\nThanks for applying to Copperline Energy! Your application for the Energy Data Analyst "
        "role has been received.\n\nCopperline Energy Recruiting",
        "copperline",
        "applied",
    ),
    Mail(
        "mu43",
        "03-13 10:00",
        "Eventbrite <noreply@eventbrite.com>",
        "Your tickets: Denver Data Careers Meetup",
        "You're going to Denver Data Careers Meetup on March 26! Talks: 'Interviewing for analytics roles' and "
        "'Negotiating your first offer'. Your ticket is attached.",
    ),
    Mail(
        "mu44",
        "03-13 15:00",
        "Zephyr Labs <no-reply@ashbyhq.com>",
        "Update on your Zephyr Labs application",
        "Hi Jordan,\n\nThank you for taking the time to interview for the Analytics Engineer role. Unfortunately, "
        "we have decided not to progress your candidacy further at this time.\n\nThe Zephyr Labs Team",
        "zephyr",
        "rejected",
    ),
    Mail(
        "mu45",
        "03-14 09:00",
        "Rocky Mountain Volunteers <volunteer@rmv.example>",
        "Your volunteer application",
        "Hi Jordan,\n\nThanks for applying to volunteer as a trail steward this summer! We'd love to meet you "
        "at our orientation on April 5. Please confirm you can attend.",
    ),
    Mail(
        "mu46",
        "03-14 11:00",
        "Nordstrom <nordstrom@eml.nordstrom.com>",
        "Your order has shipped",
        "Your order #8842213 has shipped and should arrive by Tuesday. Items: interview blazer, navy, size M.",
    ),
    Mail(
        "mu47",
        "03-14 16:30",
        "Daniel Cho <daniel.cho@kestrelbank.example>",
        "Interview availability - Risk Analyst",
        "Hi Jordan,\n\nThank you for applying for the Risk Analyst position. The hiring manager would like to "
        "meet you. Could you share your availability next week for a one-hour interview?\n\nDaniel Cho\n"
        "Recruiter, Kestrel Bank",
        "kestrel",
        "interview",
    ),
    Mail(
        "mu48",
        "03-15 08:00",
        "Morning Brew <crew@morningbrew.com>",
        "Hiring freezes spread",
        "Good morning. Three more banks announced hiring freezes on Friday, while applications per job opening "
        "hit a record. Also: why offers are getting smaller.",
    ),
    Mail(
        "mu49",
        "03-15 10:30",
        "Harbor Lane Apartments <leasing@harborlane.example>",
        "Please DocuSign: Lease agreement - Unit 12C",
        "Harbor Lane Apartments sent you a document to review and sign: Lease agreement - Unit 12C.",
    ),
    Mail(
        "mu50",
        "03-16 09:00",
        "Cobalt Freight <no-reply@us.greenhouse-mail.io>",
        "Cobalt Freight: your application for Supply Chain Analyst",
        "Hi Jordan,\n\nThank you for your interest in the Supply Chain Analyst role. We've decided to pursue "
        "different candidates for this position, but we'll keep your resume on file.\n\nCobalt Freight Recruiting",
        "cobalt",
        "rejected",
    ),
    Mail(
        "mu51",
        "03-16 11:45",
        "Apple <no_reply@email.apple.com>",
        "Your Apple Card application",
        "Thanks for applying for Apple Card. Unfortunately, Goldman Sachs Bank USA, the issuer of Apple Card, "
        "could not approve your application at this time.",
    ),
    Mail(
        "mu52",
        "03-16 14:00",
        "Kaggle <noreply@kaggle.com>",
        "Your submission to Store Sales Forecasting scored 0.412",
        "Your latest submission to Store Sales Forecasting has been scored. Public leaderboard position: 1,204 "
        "of 3,877.",
    ),
    Mail(
        "mu53",
        "03-17 08:15",
        "Lumen Retail <lumenretail@myworkday.com>",
        "Your offer from Lumen Retail",
        "Dear Jordan,\n\nWe are delighted to offer you the position of Pricing Analyst at Lumen Retail. Your "
        "offer letter is attached; please review and sign it by March 24.\n\nLumen Retail Talent Acquisition",
        "lumen",
        "offer",
    ),
    Mail(
        "mu54",
        "03-17 10:00",
        "TSA PreCheck <precheck@tsa.example.gov>",
        "Your TSA PreCheck application",
        "Your TSA PreCheck application is complete. Your Known Traveler Number is below. Add it to your airline "
        "reservations.",
    ),
    Mail(
        "mu55",
        "03-17 13:30",
        "Slack <feedback@slack.com>",
        "Your request to join Denver Data Folks",
        "An admin of Denver Data Folks approved your request to join. Say hi in #introductions and check "
        "#jobs for openings.",
    ),
    Mail(
        "mu56",
        "03-18 09:00",
        "Copperline Energy <no-reply@us.greenhouse-mail.io>",
        "Copperline Energy - next steps",
        "Hi Jordan,\n\nThanks again for applying for the Energy Data Analyst role. We'd like to invite you to "
        "complete a short SQL assessment on HackerRank within the next five days.\n\nCopperline Energy Recruiting",
        "copperline",
        "assessment",
    ),
    Mail(
        "mu57",
        "03-18 11:00",
        "Westbrook Bursar <bursar@westbrook.edu>",
        "Tuition deposit received",
        "We have received your enrollment deposit of $500 for the MS in Business Analytics. Welcome to "
        "Westbrook!",
    ),
    Mail(
        "mu58",
        "03-18 15:00",
        "Mile High Bank <alerts@milehighbank.example>",
        "Your mortgage pre-approval",
        "Good news, Jordan: you're pre-approved for a mortgage of up to $420,000. Your loan officer will call "
        "you to discuss next steps.",
    ),
    Mail(
        "mu59",
        "03-19 08:30",
        "LeetCode <no-reply@leetcode.com>",
        "Ace your next interview: 30% off Premium",
        "Prepare for your next technical interview with 2,000+ questions and company tags. Our spring offer ends "
        "Sunday: 30% off Premium.",
    ),
    Mail(
        "mu60",
        "03-19 10:00",
        "Kestrel Bank <kestrelbank@myworkday.com>",
        "An update on your application",
        "Dear Jordan,\n\nThank you for interviewing for the Risk Analyst position. We are sorry to let you know that "
        "we have selected another candidate for this role.\n\nKestrel Bank Talent Acquisition",
        "kestrel",
        "rejected",
    ),
    Mail(
        "mu61",
        "03-19 12:30",
        "Dr. Ana Ruiz <aruiz@westbrook.edu>",
        "Research assistant application - next steps",
        "Dear Jordan,\n\nThank you for applying for the graduate research assistant position in my lab for the "
        "fall. I'd like to meet you for a short interview over Zoom next week. Does Tuesday at 3pm work?\n\n"
        "Ana Ruiz",
        "westbrook_ra",
        "interview",
    ),
    Mail(
        "mu62",
        "03-20 09:00",
        "Uber Eats <uber@uber.com>",
        "Your order with Sweetgreen",
        "Thanks for your order, Jordan. Your Harvest Bowl is on its way. Courier position: 4 minutes away.",
    ),
    Mail(
        "mu63",
        "03-20 11:00",
        "Denver Housing Authority <waitlist@dha.example>",
        "Housing voucher waitlist position",
        "Your application for the Housing Choice Voucher waitlist has been received. Your current waitlist "
        "position is 2,314.",
    ),
    Mail(
        "mu64",
        "03-20 14:30",
        "Figma <no-reply@figma.com>",
        "Priya commented on 'Hiring dashboard v2'",
        "Priya Nair commented: 'Can we move the offer-rate chart to the top position? The candidate funnel "
        "should come second.'",
    ),
    Mail(
        "mu65",
        "03-21 09:30",
        "Lumen Retail <lumenretail@myworkday.com>",
        "Welcome to Lumen Retail - onboarding",
        "Dear Jordan,\n\nThank you for accepting our offer for the Pricing Analyst position! Your start date is "
        "April 13. Please complete your onboarding tasks in Workday before then.\n\nLumen Retail People Team",
        "lumen",
        "offer",
    ),
    Mail(
        "mu66",
        "03-21 12:00",
        "Coursera <no-reply@coursera.org>",
        "You earned a certificate!",
        "Congratulations on completing 'Applied Data Science with Python'. Add your certificate to your "
        "LinkedIn profile to show recruiters your new skills.",
    ),
    Mail(
        "mu67",
        "03-22 10:00",
        "Northgate Health <careers@northgatehealth.example>",
        "Clinical Data Coordinator - position update",
        "Dear Jordan,\n\nThanks for your interest in the Clinical Data Coordinator position. A quick note: "
        "this position has been put on hold, so we are not moving forward with hiring for "
        "now.\n\nNorthgate Health Recruitment",
        "northgate",
        "withdrawn",
    ),
    Mail(
        "mu68",
        "03-22 15:00",
        "Rocky Mountain Volunteers <volunteer@rmv.example>",
        "See you at orientation!",
        "Hi Jordan, thanks for confirming! Your volunteer orientation is on April 5 at 9am at the Golden "
        "trailhead. Wear boots.",
    ),
    Mail(
        "mu69",
        "03-23 09:00",
        "Harbor Lane Apartments <leasing@harborlane.example>",
        "Your move-in checklist",
        "Hi Jordan, your move-in date is April 1. Please book the elevator and bring your lease and photo ID to "
        "pick up your keys.",
    ),
    Mail(
        "mu70",
        "03-23 11:00",
        "Slate Analytics <slate@smartrecruiters.com>",
        "Your application for Junior BI Developer",
        "Dear Jordan,\n\nThank you for applying for the Junior BI Developer position at Slate Analytics. Your "
        "application has been received.\n\nSlate Analytics Recruiting",
        "slate",
        "applied",
    ),
    Mail(
        "mu71",
        "03-24 10:00",
        "Slate Analytics <slate@smartrecruiters.com>",
        "Slate Analytics - update",
        "Dear Jordan,\n\nThank you for your interest in Slate Analytics. As you have accepted another offer, we "
        "have withdrawn your application for the Junior BI Developer position as you requested.\n\nSlate "
        "Analytics Recruiting",
        "slate",
        "withdrawn",
    ),
    Mail(
        "mu72",
        "03-24 13:00",
        "Brightforge IT <it@brightforge.example>",
        "Return your laptop before your last day",
        "Hi Jordan, as your employment with Brightforge ends on April 10, please return your laptop and badge "
        "to IT. Your exit interview with HR is booked for April 9.",
    ),
    Mail(
        "mu73",
        "03-25 09:00",
        "Westbrook Admissions <admissions@westbrook.edu>",
        "Deferral request approved",
        "Dear Jordan,\n\nYour request to defer your admission to the MS in Business Analytics to Fall 2027 has "
        "been approved. Your deposit will be held.",
    ),
    Mail(
        "mu74",
        "03-25 14:00",
        "Copperline Energy <no-reply@us.greenhouse-mail.io>",
        "Copperline Energy - assessment results",
        "Hi Jordan,\n\nThank you for completing the SQL assessment for the Energy Data Analyst role. After "
        "reviewing the results, we will not be progressing your application.\n\nCopperline Energy "
        "Recruiting",
        "copperline",
        "rejected",
    ),
    Mail(
        "mu75",
        "03-26 09:00",
        "Dr. Ana Ruiz <aruiz@westbrook.edu>",
        "RA position",
        "Dear Jordan,\n\nThank you for meeting with me. I'm happy to offer you the graduate research assistant "
        "position in my lab starting in September, 20 hours a week. Please let me know if you accept.\n\nAna",
        "westbrook_ra",
        "offer",
    ),
    Mail(
        "mu76",
        "03-04 15:00",
        "Orbit Logistics via LinkedIn <jobs-noreply@linkedin.com>",
        "Jordan, your application was sent to Orbit Logistics",
        "Your application was sent to Orbit Logistics\n\nOperations Data Analyst\nOrbit Logistics · Denver, "
        "CO\n\nApplied on March 4",
        "orbit",
        "applied",
    ),
    Mail(
        "mu77",
        "03-06 18:00",
        "Airbnb <automated@airbnb.com>",
        "Your listing application is under review",
        "Thanks for applying to host on Airbnb! We're reviewing your listing 'Sunny loft near Union Station' and "
        "will let you know within 3 days.",
    ),
    Mail(
        "mu78",
        "03-07 16:00",
        "Tom Alvarez <tom.alvarez@tidewater-staffing.example>",
        "Interview with our client Pinecrest Credit Union",
        "Hi Jordan,\n\nGreat news - our client Pinecrest Credit Union would like to interview you for the "
        "Member Insights Analyst contract role on Wednesday at 11am.\n\nTom Alvarez\nTidewater Staffing",
        "pinecrest",
        "interview",
    ),
    Mail(
        "mu79",
        "03-08 08:00",
        "Colorado DMV <noreply@dmv.example.gov>",
        "Appointment confirmed: driver license renewal",
        "Your appointment at the Denver North office is confirmed for March 19 at 8:40am. Bring your current "
        "license and proof of address.",
    ),
    Mail(
        "mu80",
        "03-09 19:00",
        "Bolder Boulder <entries@bolderboulder.example>",
        "Your entry is confirmed",
        "Thanks for registering! Your entry for the 10K on Memorial Day is confirmed. Your start wave position "
        "will be assigned in May.",
    ),
    Mail(
        "mu81",
        "03-11 15:00",
        "Alder Systems <no-reply@hire.lever.co>",
        "Thank you for your application to Alder Systems",
        "Hi Jordan,\n\nThank you for applying for the Data Quality Analyst position at Alder Systems. We will "
        "review your application and reach out if there is a fit.\n\nAlder Systems",
        "alder",
        "applied",
    ),
    Mail(
        "mu82",
        "03-12 19:30",
        "Federal Student Aid <fafsa@studentaid.example.gov>",
        "Your FAFSA form has been processed",
        "Your 2026-27 FAFSA form has been processed. The schools you listed will use it to determine your aid "
        "offer.",
    ),
    Mail(
        "mu83",
        "03-13 18:00",
        "Recruiting Team <recruiting@brightforge.example>",
        "Your referral was hired - bonus on the way",
        "Hi Jordan, good news: Sam Lee, whom you referred for the Backend Engineer position, accepted our offer. "
        "Your $3,000 referral bonus will be paid in your next paycheck.",
    ),
    Mail(
        "mu84",
        "03-14 12:00",
        "Meridian Foods <meridianfoods@icims.com>",
        "Meridian Foods - online assessment",
        "Dear Jordan,\n\nThank you for your application for the Demand Planning Analyst role at Meridian Foods. "
        "The next step is a 30-minute online assessment; please complete it within 72 hours.\n\nMeridian "
        "Foods Talent Acquisition",
        "meridian",
        "assessment",
    ),
    Mail(
        "mu85",
        "03-15 13:00",
        "Peloton <hello@onepeloton.com>",
        "Last chance: our best offer of the year",
        "Our spring offer ends tonight: get the Peloton Bike for $0 down and 30 days risk-free.",
    ),
    Mail(
        "mu86",
        "03-16 17:00",
        "Tom Alvarez <tom.alvarez@tidewater-staffing.example>",
        "Pinecrest Credit Union - feedback",
        "Hi Jordan,\n\nI've had feedback from Pinecrest Credit Union: they enjoyed meeting you but have decided "
        "to go with a candidate who has more credit-risk experience for the Member Insights Analyst role.\n\n"
        "Tom",
        "pinecrest",
        "rejected",
    ),
    Mail(
        "mu87",
        "03-17 19:00",
        "Jury Services <jury@courts.example.gov>",
        "Your jury service postponement request",
        "Your request to postpone your jury service has been granted. Your new reporting date is June 8.",
    ),
    Mail(
        "mu88",
        "03-18 18:30",
        "Dropbox <no-reply@dropbox.com>",
        "Your friend accepted your invitation",
        "Marcus Bell accepted your invitation to Dropbox. You've earned 500 MB of bonus space for the referral.",
    ),
    Mail(
        "mu89",
        "03-20 16:00",
        "Meridian Foods <meridianfoods@icims.com>",
        "Meridian Foods - interview invitation",
        "Dear Jordan,\n\nCongratulations, you passed the assessment! We would like to invite you to an interview "
        "for the Demand Planning Analyst role on March 27 at 10am.\n\nMeridian Foods Talent Acquisition",
        "meridian",
        "interview",
    ),
    Mail(
        "mu90",
        "03-21 17:00",
        "Sundance Film Festival <volunteers@festival.example>",
        "Volunteer application: you're in!",
        "Thank you for applying to volunteer at the Festival. We're happy to offer you a volunteer position in "
        "guest services for two shifts. Confirm your shifts in the volunteer portal.",
    ),
    Mail(
        "mu91",
        "03-22 18:00",
        "Cedar Ridge HOA <board@cedarridgehoa.example>",
        "Architectural application approved",
        "Your application to replace the fence at 14 Cedar Ridge Lane has been approved by the board. Work may "
        "begin after April 1.",
    ),
    Mail(
        "mu92",
        "03-24 17:00",
        "HackDenver <team@hackdenver.example>",
        "You're accepted to HackDenver 2026!",
        "Congratulations, your application to HackDenver 2026 has been accepted! Please RSVP by Friday to confirm "
        "your spot; we have limited capacity.",
    ),
)

LINKEDIN_NL = "LinkedIn <jobs-noreply@linkedin.com>"
INDEED_NL = "Indeed <indeedapply@indeed.com>"
NVB = "Nationale Vacaturebank <noreply@nationalevacaturebank.nl>"
LINKEDIN_SIMILAR_NL = (
    "\n\nVergelijkbare vacatures\nFinancieel Analist · Kroonstad Verzekeringen · Utrecht\n"
    "Business Controller · Meridiaan Zorg · Amersfoort\nControlling Specialist · Duinwater · Haarlem"
)
INDEED_SIMILAR_NL = (
    "\n\nVacatures die bij je passen:\nAdministratief Medewerker - Veldhoven Bouw - Eindhoven\n"
    "Boekhouder - Ravelijn Accountants - Breda"
)
BRUNEL = "Thijs Verbeek <thijs.verbeek@veldmanwerving.nl>"
DUTCH_INBOX = _inbox(
    "dutch_inbox",
    "a Dutch and Flemish job seeker's whole inbox: boards (LinkedIn, Indeed, Nationale Vacaturebank) relaying "
    "to employers, Workday, Recruitee and a council's own mail, an agency's client, job alerts and everyday mail",
    Mail(
        "nl01",
        "09-01 08:00",
        LINKEDIN_NL,
        "Sam, je sollicitatie is verzonden naar Kroonstad Verzekeringen",
        "Je sollicitatie is verzonden naar Kroonstad Verzekeringen\n\nFinancieel Analist\nKroonstad "
        "Verzekeringen · Utrecht (hybride)\n\nVerzonden op 1 september" + LINKEDIN_SIMILAR_NL,
        "kroonstad",
        "applied",
    ),
    Mail(
        "nl02",
        "09-01 09:30",
        "Gemeente Zaanstad <werving@zaanstad.nl>",
        "Ontvangstbevestiging sollicitatie Beleidsmedewerker Financiën",
        "Geachte heer De Vries,\n\nHierbij bevestigen wij de ontvangst van uw sollicitatie voor de functie "
        "Beleidsmedewerker Financiën (vacaturenummer 2026-118). Na de sluitingsdatum beoordeelt de "
        "selectiecommissie alle sollicitaties.\n\nMet vriendelijke groet,\nTeam Werving & Selectie\nGemeente "
        "Zaanstad",
        "zaanstad",
        "applied",
    ),
    Mail(
        "nl03",
        "09-02 07:45",
        "Meridiaan Zorg <meridiaanzorg@myworkday.com>",
        "Bedankt voor je sollicitatie",
        "Beste Sam,\n\nBedankt voor je sollicitatie voor de functie Business Controller (R-30411) bij Meridiaan "
        "Zorg. We hebben je gegevens goed ontvangen en laten binnen twee weken van ons horen.\n\nMet vriendelijke "
        "groet,\nMeridiaan Zorg Talent Acquisition",
        "meridiaan-bc",
        "applied",
    ),
    Mail(
        "nl04",
        "09-02 10:00",
        "Bol <klantenservice@bol.com>",
        "Je bestelling is onderweg",
        "Hoi Sam,\n\nGoed nieuws: je bestelling 4028113 is onderweg en wordt morgen tussen 9:00 en 13:00 "
        "bezorgd.\n\nVolg je pakket in de app.\n\nGroetjes,\nbol",
    ),
    Mail(
        "nl05",
        "09-03 08:20",
        INDEED_NL,
        "Sollicitatie verzonden: Administratief Medewerker bij Hollandsche Metaalwerken",
        "Hoi Sam,\n\nJe sollicitatie is verzonden naar Hollandsche Metaalwerken.\n\nAdministratief Medewerker\n"
        "Hollandsche Metaalwerken - Zwolle\n\nVeel succes!" + INDEED_SIMILAR_NL,
        "metaalwerken",
        "applied",
    ),
    Mail(
        "nl06",
        "09-03 12:00",
        "Werken bij Duinwater <noreply@duinwater.recruitee.com>",
        "Bedankt voor je sollicitatie op Controlling Specialist",
        "Beste Sam,\n\nBedankt voor je sollicitatie op de functie Controlling Specialist bij Duinwater. We "
        "nemen binnen tien werkdagen contact met je op.\n\nHartelijke groet,\nTeam Recruitment Duinwater",
        "duinwater",
        "applied",
    ),
    Mail(
        "nl07",
        "09-04 09:00",
        BRUNEL,
        "Vacature Financial Controller bij onze opdrachtgever",
        "Hoi Sam,\n\nLeuk je gisteren gesproken te hebben! Zoals besproken heb ik je cv doorgestuurd naar onze "
        "opdrachtgever, Van Leeuwen Installatietechniek in Gouda, voor de functie Financial Controller. Ik "
        "laat je weten zodra ik iets hoor.\n\nGroet,\nThijs Verbeek\nVeldman Werving & Selectie",
        "vanleeuwen",
        "applied",
    ),
    Mail(
        "nl08",
        "09-05 07:00",
        "Nationale Vacaturebank <vacaturemail@nationalevacaturebank.nl>",
        "12 nieuwe vacatures voor Financieel Analist",
        "Hoi Sam,\n\nEr zijn 12 nieuwe vacatures die bij je passen.\n\nFinancieel Analist - Noordkaap Energie - "
        "Groningen\nJunior Controller - Stadsbank Oost - Enschede\nAnalist Planning & Control - Provincie "
        "Flevoland - Lelystad\n\nBekijk alle vacatures",
    ),
    Mail(
        "nl09",
        "09-08 10:15",
        "Kroonstad Verzekeringen <recruitment@kroonstad.nl>",
        "Uitnodiging kennismakingsgesprek Financieel Analist",
        "Beste Sam,\n\nDank voor je sollicitatie als Financieel Analist. We nodigen je graag uit voor een "
        "kennismakingsgesprek op donderdag 11 september om 14.00 uur op ons kantoor in Utrecht. Laat je weten "
        "of dit schikt?\n\nMet vriendelijke groet,\nEsther Dekker\nRecruiter | Kroonstad Verzekeringen",
        "kroonstad",
        "interview",
    ),
    Mail(
        "nl10",
        "09-09 16:40",
        "Hollandsche Metaalwerken <hr@hollandschemetaalwerken.nl>",
        "Je sollicitatie",
        "Beste Sam,\n\nBedankt voor je interesse in onze vacature. Na zorgvuldige afweging hebben we gekozen "
        "voor een kandidaat die beter aansluit bij het profiel.\n\nWe wensen je veel succes bij je verdere "
        "zoektocht.\n\nMet vriendelijke groet,\nAfdeling P&O\nHollandsche Metaalwerken",
        "metaalwerken",
        "rejected",
    ),
    Mail(
        "nl11",
        "09-10 08:00",
        "ING <noreply@ing.nl>",
        "Je rekeningoverzicht van augustus staat klaar",
        "Beste Sam,\n\nJe rekeningoverzicht van augustus staat klaar in Mijn ING.\n\nMet vriendelijke groet,\nING",
    ),
    Mail(
        "nl12",
        "09-10 11:00",
        "Meridiaan Zorg <meridiaanzorg@myworkday.com>",
        "Je sollicitatie voor Business Controller: online assessment",
        "Beste Sam,\n\nAls volgende stap in de procedure voor Business Controller vragen we je een online "
        "assessment te maken. Je ontvangt vandaag een link van ons assessmentbureau; het duurt ongeveer een "
        "uur.\n\nMet vriendelijke groet,\nMeridiaan Zorg Talent Acquisition",
        "meridiaan-bc",
        "assessment",
    ),
    Mail(
        "nl13",
        "09-11 09:00",
        "Jobat <noreply@jobat.be>",
        "Je sollicitatie werd verstuurd naar Brouwerij De Kroon",
        "Hallo Sam,\n\nJe sollicitatie voor Boekhouder werd succesvol verstuurd naar Brouwerij De Kroon.\n\n"
        "Vacatures die je misschien interesseren:\nAccountmanager - Scheldekaai Logistics - Antwerpen\n\nVeel "
        "succes!\nJobat",
        "dekroon",
        "applied",
    ),
    Mail(
        "nl14",
        "09-12 14:00",
        BRUNEL,
        "Re: Vacature Financial Controller bij onze opdrachtgever",
        "Hoi Sam,\n\nGoed nieuws: Van Leeuwen Installatietechniek wil je graag uitnodigen voor een eerste "
        "gesprek met de directeur, dinsdag 16 september om 10.00 uur in Gouda. Kun je dan?\n\nGroet,\nThijs "
        "Verbeek\nVeldman Werving & Selectie",
        "vanleeuwen",
        "interview",
    ),
    Mail(
        "nl15",
        "09-15 08:30",
        "Gemeente Zaanstad <werving@zaanstad.nl>",
        "Uitnodiging eerste gesprek",
        "Geachte heer De Vries,\n\nNaar aanleiding van uw sollicitatie nodigen wij u uit voor een eerste gesprek "
        "met de selectiecommissie op woensdag 24 september om 13.30 uur in het stadhuis.\n\nMet vriendelijke "
        "groet,\nTeam Werving & Selectie\nGemeente Zaanstad",
        "zaanstad",
        "interview",
    ),
    Mail(
        "nl16",
        "09-16 10:00",
        "Meridiaan Zorg <meridiaanzorg@myworkday.com>",
        "Bedankt voor je sollicitatie",
        "Beste Sam,\n\nBedankt voor je sollicitatie voor de functie Manager Financiële Administratie (R-30502) "
        "bij Meridiaan Zorg. We hebben je gegevens goed ontvangen.\n\nMet vriendelijke groet,\nMeridiaan Zorg "
        "Talent Acquisition",
        "meridiaan-mfa",
        "applied",
    ),
    Mail(
        "nl17",
        "09-17 12:00",
        "Duinwater <noreply@duinwater.recruitee.com>",
        "Update over je sollicitatie",
        "Beste Sam,\n\nDe werving voor de functie Controlling Specialist is tijdelijk stopgezet vanwege een "
        "reorganisatie. We laten het je weten als de vacature weer opengaat.\n\nHartelijke groet,\nTeam "
        "Recruitment Duinwater",
        "duinwater",
        "withdrawn",
    ),
    Mail(
        "nl18",
        "09-18 07:00",
        LINKEDIN_NL,
        "Bedrijven die nu aannemen: Financieel Analist in Utrecht",
        "Vacatures voor jou\n\nFinancieel Analist · Stadsbank Oost · Utrecht\nControler · Noordkaap Energie · "
        "Groningen\nSenior Analist · Provincie Utrecht · Utrecht\n\nBekijk alle vacatures",
    ),
    Mail(
        "nl19",
        "09-19 15:00",
        "Kroonstad Verzekeringen <recruitment@kroonstad.nl>",
        "Tweede gesprek",
        "Beste Sam,\n\nDank voor het prettige gesprek van vorige week. We willen je graag uitnodigen voor een "
        "tweede gesprek met de afdelingsmanager. Wanneer ben je beschikbaar?\n\nMet vriendelijke groet,\nEsther "
        "Dekker\nRecruiter | Kroonstad Verzekeringen",
        "kroonstad",
        "interview",
    ),
    Mail(
        "nl20",
        "09-22 09:00",
        "Brouwerij De Kroon <hr@brouwerijdekroon.be>",
        "Uw kandidatuur",
        "Beste Sam,\n\nWij hebben uw kandidatuur voor de functie Boekhouder goed ontvangen. Helaas moeten wij u "
        "meedelen dat wij uw kandidatuur niet weerhouden.\n\nMet vriendelijke groeten,\nBrouwerij De Kroon",
        "dekroon",
        "rejected",
    ),
    Mail(
        "nl21",
        "09-23 10:30",
        BRUNEL,
        "Van Leeuwen",
        "Hoi Sam,\n\nIk heb net gebeld met Van Leeuwen Installatietechniek. Ze zijn erg enthousiast en willen je "
        "een arbeidsovereenkomst aanbieden! Ik stuur je het voorstel vanmiddag door.\n\nGroet,\nThijs Verbeek\n"
        "Veldman Werving & Selectie",
        "vanleeuwen",
        "offer",
    ),
    Mail(
        "nl22",
        "09-24 08:00",
        "Belastingdienst <noreply@belastingdienst.nl>",
        "Er staat een nieuw bericht voor u klaar",
        "Geachte heer De Vries,\n\nEr staat een nieuw bericht voor u klaar in Mijn Belastingdienst. Log in om het "
        "bericht te lezen.\n\nBelastingdienst",
    ),
    Mail(
        "nl23",
        "09-25 11:00",
        "Meridiaan Zorg <meridiaanzorg@myworkday.com>",
        "Update over je sollicitatie",
        "Beste Sam,\n\nHartelijk dank voor je sollicitatie voor de vacature Business Controller. Na zorgvuldige "
        "overweging hebben we besloten om andere kandidaten uit te nodigen voor een gesprek.\n\nMet vriendelijke "
        "groet,\nMeridiaan Zorg Talent Acquisition",
        "meridiaan-bc",
        "rejected",
    ),
    Mail(
        "nl24",
        "09-26 09:00",
        "Gemeente Zaanstad <werving@zaanstad.nl>",
        "Uitslag selectieprocedure",
        "Geachte heer De Vries,\n\nHelaas moeten wij u mededelen dat de selectiecommissie heeft gekozen voor een "
        "andere kandidaat. Wij danken u voor uw belangstelling voor onze organisatie.\n\nMet vriendelijke "
        "groet,\nTeam Werving & Selectie\nGemeente Zaanstad",
        "zaanstad",
        "rejected",
    ),
    Mail(
        "nl25",
        "09-29 10:00",
        "Kroonstad Verzekeringen <recruitment@kroonstad.nl>",
        "Ons aanbod",
        "Beste Sam,\n\nWe zijn blij je te laten weten dat we je graag willen aannemen als Financieel Analist. "
        "In de bijlage vind je ons arbeidsvoorwaardenvoorstel.\n\nMet vriendelijke groet,\nEsther Dekker\n"
        "Recruiter | Kroonstad Verzekeringen",
        "kroonstad",
        "offer",
    ),
    Mail(
        "nl26",
        "09-30 08:00",
        "Meridiaan Zorg <meridiaanzorg@myworkday.com>",
        "Update over je sollicitatie",
        "Beste Sam,\n\nWe hebben je sollicitatie voor de functie Manager Financiële Administratie bekeken. Graag "
        "nodigen we je uit voor een videogesprek met de teamleider. Plan hieronder een moment in.\n\nMet "
        "vriendelijke groet,\nMeridiaan Zorg Talent Acquisition",
        "meridiaan-mfa",
        "interview",
    ),
)

WORK_FINDING = _inbox(
    "work_finding",
    "a job seeker who freelances, drives for a platform, is registered with the unemployment office, "
    "still refers friends and interviews for a former team: most of the mail says jobs, interview, "
    "proposal, CV and referral without being an application of the reader's; only the applications "
    "become records",
    Mail(
        "wf01",
        "04-01 08:05",
        "Upwork <donotreply@upwork.com>",
        "A client viewed your proposal",
        "Hi Jordan,\n\nGood news: the client for 'Tableau dashboard for a retail chain' viewed your proposal. "
        "Clients who view proposals often reply within 48 hours. Keep an eye on your messages.",
    ),
    Mail(
        "wf02",
        "04-01 09:20",
        "Ridgeway Foods <ridgewayfoods@myworkday.com>",
        "Thank you for applying - Supply Chain Analyst",
        "Dear Jordan,\n\nThank you for applying to the Supply Chain Analyst position at Ridgeway Foods. Our "
        "talent acquisition team will review your application and contact you if your experience matches "
        "our needs.\n\nRidgeway Foods Recruiting",
        "ridgeway",
        "applied",
    ),
    Mail(
        "wf03",
        "04-01 11:45",
        "Jobcentre Plus <noreply@dwp.gov.uk>",
        "Reminder: your work search review on 8 April",
        "Hello Jordan,\n\nThis is a reminder of your work search review with your work coach on 8 April at "
        "11:10 at Bristol Jobcentre. Please bring a record of the jobs you have applied for since your last "
        "appointment and your updated CV.",
    ),
    Mail(
        "wf04",
        "04-01 14:30",
        "Uber <uber@uber.com>",
        "Your weekly earnings summary",
        "You completed 23 trips this week and earned £412.50. Your rating is 4.92. Drivers who go online on "
        "Friday evenings earn up to 20% more.",
    ),
    Mail(
        "wf05",
        "04-02 08:00",
        "Fernway Logistics Talent <talent@fernway.example>",
        "Thanks for referring Priya Shah",
        "Hi Jordan,\n\nThanks for referring Priya Shah for our Warehouse Team Leader role. We've received "
        "her application and our recruiters will be in touch with her directly. If Priya is hired and stays "
        "90 days, your referral bonus of £500 will be paid.\n\nFernway Talent Team",
    ),
    Mail(
        "wf06",
        "04-02 10:10",
        "Malt <noreply@malt.co.uk>",
        "New project proposal from Tidewell",
        "Hi Jordan, Tidewell has sent you a proposal for a 15-day data cleaning project (remote). Reply in "
        "your Malt inbox to accept or decline.",
    ),
    Mail(
        "wf07",
        "04-02 13:15",
        "Harlow & Finch Recruitment <jobs@harlowfinch.example>",
        "Your application: Operations Analyst with Kestrel Water",
        "Hi Jordan,\n\nThanks for applying through us for the Operations Analyst role with our client Kestrel "
        "Water. I have passed your CV to their hiring manager and will let you know their feedback.\n\nAmy "
        "Finch\nHarlow & Finch Recruitment",
        "kestrel",
        "applied",
    ),
    Mail(
        "wf08",
        "04-02 16:40",
        "Greenhouse <no-reply@greenhouse.io>",
        "You've been added as an interviewer: Finance Analyst candidate",
        "Hi Jordan, Sara Lopez added you as an interviewer for a Finance Analyst candidate, Ben Ortiz, on "
        "Thursday at 3pm. Review the interview plan and submit your scorecard within 24 hours of the "
        "interview.",
    ),
    Mail(
        "wf09",
        "04-03 09:00",
        "CV-Library <noreply@cv-library.co.uk>",
        "Your CV was viewed by 6 recruiters",
        "Hi Jordan, your CV was viewed by 6 recruiters this week. Candidates with an up-to-date CV are "
        "contacted twice as often.",
    ),
    Mail(
        "wf10",
        "04-03 10:30",
        "Ridgeway Foods <ridgewayfoods@myworkday.com>",
        "Supply Chain Analyst - invitation to a video interview",
        "Dear Jordan,\n\nWe were impressed by your application for the Supply Chain Analyst position and "
        "would like to invite you to a 30-minute video interview with the hiring manager next Tuesday. "
        "Please choose a time using the link below.\n\nRidgeway Foods Recruiting",
        "ridgeway",
        "interview",
    ),
    Mail(
        "wf11",
        "04-03 12:00",
        "Fiverr <noreply@fiverr.com>",
        "Your gig is live",
        "Your gig 'I will build an Excel sales dashboard' is now live. Buyers can order it right away. Share "
        "your gig to get your first order.",
    ),
    Mail(
        "wf12",
        "04-03 15:20",
        "Interview Masters <hello@interviewmasters.example>",
        "Got a video interview coming up?",
        "Video interviews are now the first round at 70% of employers. Our self-paced course shows you how "
        "to set up your camera, answer 'tell me about yourself' and follow up. Enrol today and save $40.",
    ),
    Mail(
        "wf13",
        "04-04 08:45",
        "Kestrel Water Careers <careers@kestrelwater.example>",
        "Operations Analyst - online assessment",
        "Dear Jordan,\n\nFollowing your application for the Operations Analyst role, please complete our "
        "online numerical reasoning assessment within five days.\n\nKestrel Water Resourcing",
        "kestrel",
        "assessment",
    ),
    Mail(
        "wf14",
        "04-04 11:00",
        "Indeed for Employers <employers-noreply@indeed.com>",
        "2 new candidates for Part-time Bookkeeper",
        "Hi Jordan, your job Part-time Bookkeeper has 2 new candidates. Review them and message the ones "
        "you'd like to interview.",
    ),
    Mail(
        "wf15",
        "04-04 13:30",
        "Deliveroo <riders@deliveroo.co.uk>",
        "Thanks for applying to ride with Deliveroo",
        "Hi Jordan, thanks for applying to ride with Deliveroo in Bristol. Next, book a slot for your online "
        "onboarding and upload your right-to-work documents.",
    ),
    Mail(
        "wf16",
        "04-05 09:10",
        "Upwork <donotreply@upwork.com>",
        "Invitation to interview: 'Power BI report automation'",
        "Hi Jordan, a client has invited you to interview for their job 'Power BI report automation' (hourly, "
        "$35-50). Accept the invitation and submit a proposal to start the conversation.",
    ),
    Mail(
        "wf17",
        "04-05 10:00",
        "Oakfield Council <recruitment@oakfield.gov.uk>",
        "Your application for Data Officer (ref OC-2231)",
        "Dear Jordan,\n\nThank you for your application for the post of Data Officer (ref OC-2231). The "
        "shortlisting panel will meet on 15 April and we will contact you after that date.\n\nOakfield "
        "Council Recruitment",
        "oakfield",
        "applied",
    ),
    Mail(
        "wf18",
        "04-05 14:15",
        "Jobcentre Plus <noreply@dwp.gov.uk>",
        "Your Universal Credit statement is ready",
        "Your Universal Credit statement for this assessment period is ready. Sign in to your journal to "
        "see your payment and your to-dos from your work coach.",
    ),
    Mail(
        "wf19",
        "04-06 08:30",
        "Fernway Logistics Talent <talent@fernway.example>",
        "Update on your referral",
        "Hi Jordan, a quick update: Priya Shah, whom you referred, has been invited to an interview for the "
        "Warehouse Team Leader role. Thanks again for the referral!",
    ),
    Mail(
        "wf20",
        "04-06 11:40",
        "TaskRabbit <support@taskrabbit.com>",
        "You've got a new task request",
        "Lena invited you to help with moving boxes on Saturday 11am - 2pm. Accept the task within 24 hours "
        "to confirm.",
    ),
    Mail(
        "wf21",
        "04-07 09:00",
        "Ridgeway Foods <ridgewayfoods@myworkday.com>",
        "Your application for Supply Chain Analyst",
        "Dear Jordan,\n\nThank you for taking the time to interview with us. Having weighed it carefully, we've "
        "decided to go forward with other applicants for the Supply Chain Analyst position. We wish "
        "you every success.\n\nRidgeway Foods Recruiting",
        "ridgeway",
        "rejected",
    ),
    Mail(
        "wf22",
        "04-07 10:20",
        "Upwork <donotreply@upwork.com>",
        "Your proposal was not selected",
        "The client for 'Tableau dashboard for a retail chain' chose another freelancer. Your proposal has "
        "been archived. Find more jobs that match your skills.",
    ),
    Mail(
        "wf23",
        "04-07 15:00",
        "Amy Finch <amy@harlowfinch.example>",
        "Kestrel Water - interview confirmed",
        "Hi Jordan,\n\nGreat news - Kestrel Water would like to interview you for the Operations Analyst "
        "role on Friday at 10am at their Bath office. Please confirm you can make it.\n\nAmy",
        "kestrel",
        "interview",
    ),
    Mail(
        "wf24",
        "04-08 08:15",
        "Lever <no-reply@hire.lever.co>",
        "Feedback reminder: Ben Ortiz",
        "Hi Jordan, you interviewed Ben Ortiz (Finance Analyst) on Thursday. Please submit your feedback so "
        "the hiring team can decide on next steps.",
    ),
    Mail(
        "wf25",
        "04-08 12:00",
        "Reed.co.uk <noreply@reed.co.uk>",
        "You haven't finished applying",
        "Hi Jordan, you started applying for Stock Controller at Brightwell but didn't finish. Finish your "
        "application - it only takes two minutes.",
    ),
    Mail(
        "wf26",
        "04-08 16:30",
        "Y Combinator <apply@ycombinator.com>",
        "Your application to YC",
        "Hi Jordan,\n\nThanks for applying to Y Combinator with Ledgerly. We're sorry to say we can't offer "
        "you a spot in the upcoming batch. We had far more strong applications than we could fund.",
    ),
    Mail(
        "wf27",
        "04-09 09:40",
        "Workday Learning <learning@fernway.example>",
        "Assigned: Interviewing skills for hiring managers",
        "You've been assigned the course 'Interviewing skills for hiring managers' (45 minutes). Complete "
        "it before you sit on your next interview panel.",
    ),
    Mail(
        "wf28",
        "04-09 11:15",
        "Oakfield Council <recruitment@oakfield.gov.uk>",
        "Interview invitation - Data Officer (ref OC-2231)",
        "Dear Jordan,\n\nFollowing shortlisting, we are pleased to invite you to interview for the post of "
        "Data Officer on 22 April at 2pm at the Civic Centre. Please confirm your attendance.\n\nOakfield "
        "Council Recruitment",
        "oakfield",
        "interview",
    ),
    Mail(
        "wf29",
        "04-09 14:00",
        "Glassdoor <noreply@glassdoor.com>",
        "Employers are reviewing applications like yours",
        "Most employers reply within a week. Make your applications count: add a short cover note and "
        "check your resume for typos.",
    ),
    Mail(
        "wf30",
        "04-10 08:20",
        "Checkr <marketing@checkr.example>",
        "Background checks your candidates won't wait on",
        "Hi Jordan, hiring managers lose great candidates to slow background checks. See how Checkr cuts "
        "turnaround to one day: book a demo for your hiring team.",
    ),
    Mail(
        "wf31",
        "04-10 10:30",
        "Kestrel Water Careers <careers@kestrelwater.example>",
        "Offer of employment - Operations Analyst",
        "Dear Jordan,\n\nWe are delighted to offer you the position of Operations Analyst at Kestrel Water. "
        "Your offer letter is attached; please sign and return it by 18 April.\n\nKestrel Water Resourcing",
        "kestrel",
        "offer",
    ),
    Mail(
        "wf32",
        "04-10 13:00",
        "Lyft <no-reply@lyftmail.com>",
        "You're approved to drive with Lyft",
        "Congratulations, Jordan! Your background check is complete and you're approved to drive with Lyft. "
        "Open the app to start earning.",
    ),
    Mail(
        "wf33",
        "04-11 09:00",
        "Fernway Logistics Talent <talent@fernway.example>",
        "Your referral was hired!",
        "Great news, Jordan: Priya Shah accepted our offer for Warehouse Team Leader and starts on 2 May. "
        "Thanks for your referral.",
    ),
    Mail(
        "wf34",
        "04-11 10:45",
        "Oakfield Council <recruitment@oakfield.gov.uk>",
        "Data Officer (ref OC-2231) - withdrawal",
        "Dear Jordan,\n\nThank you for letting us know that you wish to withdraw your application for the "
        "post of Data Officer. We have removed you from the interview schedule and wish you well.\n\nOakfield "
        "Council Recruitment",
        "oakfield",
        "withdrawn",
    ),
    Mail(
        "wf35",
        "04-11 15:30",
        "Jobcentre Plus <noreply@dwp.gov.uk>",
        "Change of circumstances: new job",
        "Thank you for telling us you have started a new job. Your work coach will contact you about how this "
        "affects your Universal Credit.",
    ),
    Mail(
        "wf36",
        "04-12 10:00",
        "Meg Doyle <meg.doyle@brightline-talent.example>",
        "Senior Data Analyst - quick chat?",
        "Hi Jordan, I came across your profile and I'm working on a Senior Data Analyst role with a "
        "healthcare client in Bristol. Would you be free for a quick call this week?\n\nMeg",
    ),
)


GUPY = "Gupy <noreply@gupy.com.br>"
LINKEDIN_PT = "LinkedIn <jobs-noreply@linkedin.com>"
VAGAS_SIMILAR = "\n\nVagas parecidas:\nAnalista de BI - Banco Solare - São Paulo\nCientista de Dados Jr - Varejo Aurora - Campinas"
PONTES = "Camila Rocha <camila.rocha@pontestalentos.com.br>"
PORTUGUESE_INBOX = _inbox(
    "portuguese_inbox",
    "a Brazilian job seeker's whole inbox: Gupy and Kenoby relaying several employers' processes stage by "
    "stage, LinkedIn and Vagas.com, an agency's client, a person at a small company, alerts and everyday mail",
    Mail(
        "pt01",
        "08-03 09:00",
        GUPY,
        "Recebemos sua candidatura para Analista de Dados Pleno",
        "Olá, Sam!\n\nRecebemos sua candidatura para a vaga Analista de Dados Pleno na Vinhedo Alimentos. "
        "Acompanhe as próximas etapas pela plataforma.\n\nBoa sorte!\nEquipe Gupy",
        "vinhedo",
        "applied",
    ),
    Mail(
        "pt02",
        "08-03 11:30",
        LINKEDIN_PT,
        "Sam, sua candidatura foi enviada para Banco Solare",
        "Sua candidatura foi enviada para Banco Solare\n\nAnalista de Dados\nBanco Solare · São Paulo (híbrido)"
        "\n\nEnviada em 3 de agosto",
        "solare",
        "applied",
    ),
    Mail(
        "pt03",
        "08-04 08:15",
        GUPY,
        "Recebemos sua candidatura para Cientista de Dados",
        "Olá, Sam!\n\nRecebemos sua candidatura para a vaga Cientista de Dados na Rede Horizonte Saúde. "
        "Acompanhe as próximas etapas pela plataforma.\n\nBoa sorte!\nEquipe Gupy",
        "horizonte",
        "applied",
    ),
    Mail(
        "pt04",
        "08-04 19:00",
        "Nubank <no-reply@nubank.com.br>",
        "Sua fatura fechou",
        "Olá, Sam!\n\nSua fatura de agosto fechou no valor de R$ 1.240,50. O vencimento é dia 15.\n\nNubank",
    ),
    Mail(
        "pt05",
        "08-05 10:00",
        PONTES,
        "Vaga de Coordenador de BI",
        "Oi Sam, tudo bem?\n\nConforme conversamos, encaminhei o seu currículo para o nosso cliente, Grupo "
        "Cerrado Agro, para a vaga de Coordenador de BI. Assim que tiver retorno te aviso.\n\nAbraço,\nCamila "
        "Rocha\nPontes Talentos",
        "cerrado",
        "applied",
    ),
    Mail(
        "pt06",
        "08-06 07:00",
        "Vagas.com <alertas@vagas.com.br>",
        "Novas vagas para Analista de Dados",
        "Olá Sam,\n\nEncontramos novas vagas para você:\n\nAnalista de Dados Sênior - Banco Solare - São Paulo\n"
        "Analista de BI - Varejo Aurora - Campinas\n\nCandidate-se já!",
    ),
    Mail(
        "pt07",
        "08-07 14:00",
        GUPY,
        "Você avançou de etapa!",
        "Olá Sam,\n\nParabéns! Você avançou para a etapa Teste de lógica na vaga Analista de Dados Pleno da "
        "empresa Vinhedo Alimentos. Realize o teste até sexta-feira.\n\nEquipe Gupy",
        "vinhedo",
        "assessment",
    ),
    Mail(
        "pt08",
        "08-08 09:30",
        "Banco Solare <talentos@bancosolare.com.br>",
        "Entrevista - Analista de Dados",
        "Olá Sam,\n\nGostaríamos de convidá-lo para uma entrevista com a gestora da área na próxima terça-feira "
        "às 15h, pelo Google Meet. Você tem disponibilidade?\n\nAtenciosamente,\nTalentos Banco Solare",
        "solare",
        "interview",
    ),
    Mail(
        "pt09",
        "08-10 16:00",
        GUPY,
        "Atualização sobre o processo seletivo",
        "Olá Sam,\n\nA empresa Rede Horizonte Saúde finalizou o processo seletivo da vaga Cientista de Dados e "
        "infelizmente você não foi selecionado para seguir nas próximas etapas.\n\nDesejamos sucesso!\nEquipe "
        "Gupy",
        "horizonte",
        "rejected",
    ),
    Mail(
        "pt10",
        "08-11 10:00",
        "Renata Lopes <renata@oficinadoscodigos.com.br>",
        "Sua candidatura - Desenvolvedor Python",
        "Oi Sam!\n\nVi sua candidatura para Desenvolvedor Python aqui na Oficina dos Códigos. Podemos bater um "
        "papo na quinta às 11h? Te mando o link do Meet.\n\nRenata\nOficina dos Códigos",
        "oficina",
        "interview",
    ),
    Mail(
        "pt11",
        "08-12 08:00",
        "Catho <newsletter@catho.com.br>",
        "5 dicas para arrasar na entrevista",
        "Olá Sam,\n\nSeparamos dicas para você se sair bem na entrevista e conquistar a vaga dos sonhos. "
        "Aproveite 30% de desconto no plano Premium!\n\nCatho",
    ),
    Mail(
        "pt12",
        "08-13 11:00",
        PONTES,
        "Re: Vaga de Coordenador de BI",
        "Oi Sam,\n\nBoa notícia: tive retorno do Grupo Cerrado Agro e eles querem te conhecer! A entrevista "
        "seria na segunda às 10h, presencial em Goiânia. Pode ser?\n\nAbraço,\nCamila Rocha\nPontes Talentos",
        "cerrado",
        "interview",
    ),
    Mail(
        "pt13",
        "08-14 15:00",
        GUPY,
        "Você avançou de etapa!",
        "Olá Sam,\n\nParabéns! Você avançou para a etapa Entrevista com o gestor na vaga Analista de Dados "
        "Pleno da empresa Vinhedo Alimentos.\n\nEquipe Gupy",
        "vinhedo",
        "interview",
    ),
    Mail(
        "pt14",
        "08-18 09:00",
        "Banco Solare <talentos@bancosolare.com.br>",
        "Retorno do processo seletivo",
        "Olá Sam,\n\nAgradecemos sua participação no processo seletivo para Analista de Dados. Neste momento, "
        "decidimos seguir com outros candidatos cujo perfil está mais alinhado à vaga.\n\nDesejamos "
        "sucesso!\nTalentos Banco Solare",
        "solare",
        "rejected",
    ),
    Mail(
        "pt15",
        "08-19 10:30",
        "Renata Lopes <renata@oficinadoscodigos.com.br>",
        "Re: Sua candidatura - Desenvolvedor Python",
        "Oi Sam,\n\nAdoramos a conversa! Queremos te fazer uma proposta: CLT, R$ 9.000 e início em setembro. "
        "Segue a carta proposta em anexo.\n\nRenata\nOficina dos Códigos",
        "oficina",
        "offer",
    ),
    Mail(
        "pt16",
        "08-20 08:00",
        "Kenoby <noreply@kenoby.com>",
        "Candidatura realizada: Analista de Planejamento",
        "Olá Sam,\n\nSua candidatura para a vaga Analista de Planejamento na Transportadora Ipê foi realizada "
        "com sucesso.\n\nKenoby",
        "ipe",
        "applied",
    ),
    Mail(
        "pt17",
        "08-21 12:00",
        "Prefeitura de São Paulo <noreply@prefeitura.sp.gov.br>",
        "Seu IPTU 2026",
        "Prezado contribuinte,\n\nO carnê do IPTU 2026 já está disponível para download no portal.\n\n"
        "Prefeitura de São Paulo",
    ),
    Mail(
        "pt18",
        "08-25 17:00",
        PONTES,
        "Cerrado Agro",
        "Oi Sam,\n\nInfelizmente o Grupo Cerrado Agro decidiu seguir com outro candidato, com mais experiência "
        "no agronegócio. Vamos continuar buscando oportunidades para você!\n\nAbraço,\nCamila",
        "cerrado",
        "rejected",
    ),
    Mail(
        "pt19",
        "08-26 09:00",
        "Kenoby <noreply@kenoby.com>",
        "Vaga encerrada",
        "Olá Sam,\n\nA vaga Analista de Planejamento da Transportadora Ipê foi cancelada pela empresa. "
        "Agradecemos seu interesse.\n\nKenoby",
        "ipe",
        "withdrawn",
    ),
    Mail(
        "pt20",
        "08-27 10:00",
        GUPY,
        "Parabéns! Você foi aprovado",
        "Olá Sam!\n\nÉ com muita alegria que comunicamos que você foi aprovado no processo seletivo para "
        "Analista de Dados Pleno na Vinhedo Alimentos. Em breve o time entrará em contato com os próximos "
        "passos da admissão.\n\nEquipe Gupy",
        "vinhedo",
        "offer",
    ),
)

SMALL_FIRM_SPELLINGS = _inbox(
    "small_firm_spellings",
    "one small firm spelled two ways across its mail (its legal form, '&' in its own language, a possessive "
    "without its mark, a craft's name on a personal mailbox) stays one employer; two firms of one owner's "
    "name stay apart",
    Mail(
        "sf01",
        "05-04 08:10",
        "Metallbau Schröder GmbH & Co. KG <jobs@metallbau-schroeder.de>",
        "Eingangsbestätigung: Ihre Bewerbung als Schweißer",
        "Sehr geehrter Herr Reyes,\n\nvielen Dank für Ihre Bewerbung als Schweißer. Ihre Unterlagen sind bei "
        "uns eingegangen.\n\nMit freundlichen Grüßen\nMetallbau Schröder GmbH & Co. KG",
        "schroeder",
        "applied",
    ),
    Mail(
        "sf02",
        "05-09 14:00",
        "Karl Schröder <k.schroeder@metallbau-schroeder.de>",
        "Einladung zum Gespräch - Schweißer",
        "Hallo Herr Reyes,\n\nwir würden Sie gerne für die Stelle als Schweißer kennenlernen. Passt Ihnen "
        "Montag um 10 Uhr?\n\nViele Grüße\nKarl Schröder\nMetallbau Schröder",
        "schroeder",
        "interview",
    ),
    Mail(
        "sf03",
        "05-05 09:30",
        "Smit & Zonen <vacatures@smitenzonen.nl>",
        "Je sollicitatie als Magazijnmedewerker",
        "Beste Jordan,\n\nBedankt voor je sollicitatie als Magazijnmedewerker bij Smit & Zonen. We nemen "
        "binnenkort contact met je op.\n\nMet vriendelijke groet,\nSmit & Zonen",
        "smit",
        "applied",
    ),
    Mail(
        "sf04",
        "05-19 11:00",
        "Personeelszaken <hr@smitenzonen.nl>",
        "Je sollicitatie als Magazijnmedewerker",
        "Beste Jordan,\n\nHelaas hebben we gekozen voor een andere kandidaat voor de functie "
        "Magazijnmedewerker bij Smit en Zonen.\n\nMet vriendelijke groet,\nSmit en Zonen",
        "smit",
        "rejected",
    ),
    Mail(
        "sf05",
        "05-06 18:20",
        "Indeed <indeedapply@indeed.com>",
        "Indeed Application: Sales Associate",
        "Your application has been submitted\n\nSales Associate\nHennessys\nPortland, OR\n\nGood luck!",
        "hennessy",
        "applied",
    ),
    Mail(
        "sf06",
        "05-12 10:15",
        "Hennessy's Careers <careers@hennessys.com>",
        "Your application to Hennessy's",
        "Hi Jordan,\n\nThank you for applying to Hennessy's for the Sales Associate position. We'd like to "
        "invite you to an interview at our Pearl District store on Friday at 2pm.\n\nHennessy's Talent Team",
        "hennessy",
        "interview",
    ),
    Mail(
        "sf07",
        "05-07 07:45",
        "Fliesen Weber <fliesen.weber@gmx.de>",
        "Ihre Bewerbung als Fliesenleger",
        "Hallo Herr Reyes,\n\ndanke für Ihre Bewerbung als Fliesenleger. Ich melde mich nächste Woche.\n\n"
        "Gruß\nFliesen Weber",
        "fliesen",
        "applied",
    ),
    Mail(
        "sf08",
        "05-15 16:30",
        "Fliesen Weber e.K. <fliesen.weber@gmx.de>",
        "Re: Ihre Bewerbung als Fliesenleger",
        "Hallo Herr Reyes,\n\nleider haben wir die Stelle als Fliesenleger schon besetzt.\n\nGruß\nFliesen "
        "Weber e.K.",
        "fliesen",
        "rejected",
    ),
    Mail(
        "sf09",
        "05-08 12:00",
        "Weber Haustechnik <bewerbung@weber-haustechnik.de>",
        "Ihre Bewerbung als Anlagenmechaniker",
        "Sehr geehrter Herr Reyes,\n\nvielen Dank für Ihre Bewerbung als Anlagenmechaniker bei Weber "
        "Haustechnik. Wir prüfen Ihre Unterlagen.\n\nMit freundlichen Grüßen\nWeber Haustechnik UG "
        "(haftungsbeschränkt)",
        "weberht",
        "applied",
    ),
    Mail(
        "sf10",
        "05-10 09:00",
        "Durand & Fils <contact@durandetfils.fr>",
        "Votre candidature - Caviste",
        "Bonjour Jordan,\n\nNous avons bien reçu votre candidature pour le poste de Caviste chez Durand & "
        "Fils.\n\nCordialement,\nDurand & Fils",
        "durand",
        "applied",
    ),
    Mail(
        "sf11",
        "05-21 10:00",
        "Claire Durand <claire@durandetfils.fr>",
        "Entretien - Caviste",
        "Bonjour Jordan,\n\nSuite à votre candidature pour le poste de Caviste, nous souhaiterions vous "
        "rencontrer jeudi à 15h à la boutique.\n\nBien cordialement,\nClaire Durand\nDurand et Fils",
        "durand",
        "interview",
    ),
)


INFOJOBS = "InfoJobs <noreply@infojobs.net>"
LINKEDIN_ES = "LinkedIn <jobs-noreply@linkedin.com>"
TALENTIA = "Laura Gómez <laura.gomez@talentia-seleccion.es>"
SPANISH_INBOX = _inbox(
    "spanish_inbox",
    "a Spanish job seeker's whole inbox: InfoJobs reporting each employer's steps (read, in process, "
    "finalist, discarded), LinkedIn, Computrabajo, a selection agency's client, a Teams interview, alerts "
    "and everyday mail",
    Mail(
        "es01",
        "09-01 09:00",
        INFOJOBS,
        "Te has inscrito en la oferta Técnico de Nóminas",
        "Hola Sam,\n\nTe has inscrito correctamente en la oferta Técnico de Nóminas de la empresa Grupo "
        "Meridiano.\n\nTe avisaremos cuando la empresa revise tu candidatura.\n\nInfoJobs",
        "meridiano",
        "applied",
    ),
    Mail(
        "es02",
        "09-01 12:00",
        LINKEDIN_ES,
        "Sam, tu solicitud se ha enviado a Alcor Seguros",
        "Tu solicitud se ha enviado a Alcor Seguros\n\nAnalista de Compensación\nAlcor Seguros · Madrid "
        "(híbrido)\n\nSolicitud enviada el 1 de septiembre",
        "alcor",
        "applied",
    ),
    Mail(
        "es03",
        "09-02 08:30",
        "Computrabajo <noreply@computrabajo.com>",
        "Postulación enviada: Administrativo de RRHH",
        "Hola Sam,\n\nTu postulación a la oferta Administrativo de RRHH en Logística Tajo S.L. fue enviada "
        "con éxito.\n\nComputrabajo",
        "tajo",
        "applied",
    ),
    Mail(
        "es04",
        "09-02 20:00",
        "Renfe <venta@renfe.com>",
        "Tu billete Madrid - Valencia",
        "Hola Sam,\n\nGracias por tu compra. Tu billete para el 12 de septiembre está en el archivo adjunto.\n\n"
        "Renfe",
    ),
    Mail(
        "es05",
        "09-03 10:00",
        INFOJOBS,
        "Tu CV ha sido leído",
        "Hola Sam,\n\nTu CV ha sido leído por Grupo Meridiano para la oferta Técnico de Nóminas.\n\nInfoJobs",
        "meridiano",
        "applied",
    ),
    Mail(
        "es06",
        "09-04 11:00",
        TALENTIA,
        "Posición de Responsable de Nóminas",
        "Hola Sam,\n\nComo hablamos, he enviado tu CV a nuestro cliente, Hoteles Brisamar, para la posición de "
        "Responsable de Nóminas. Te aviso en cuanto sepa algo.\n\nUn saludo,\nLaura Gómez\nTalentia Selección",
        "brisamar",
        "applied",
    ),
    Mail(
        "es07",
        "09-05 07:00",
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas: Técnico de Nóminas en Madrid",
        "Hola Sam,\n\nTe enviamos las nuevas ofertas que coinciden con tu alerta:\n\nTécnico/a de nóminas - "
        "Asesoría Robles - Madrid\nAdministrativo/a de personal - Clínica Arganda - Arganda del Rey\n\n"
        "Inscríbete ya",
    ),
    Mail(
        "es08",
        "09-08 09:00",
        INFOJOBS,
        "Sigues en proceso",
        "Hola Sam,\n\nGrupo Meridiano ha cambiado el estado de tu candidatura en la oferta Técnico de Nóminas "
        "a: Finalista. Es posible que la empresa se ponga en contacto contigo.\n\nInfoJobs",
        "meridiano",
        "applied",
    ),
    Mail(
        "es09",
        "09-09 16:00",
        "Alcor Seguros <seleccion@alcorseguros.es>",
        "Entrevista - Analista de Compensación",
        "Hola Sam,\n\nNos gustaría conocerte. ¿Tendrías disponibilidad el jueves 11 a las 10:00 para una "
        "entrevista por Teams con el equipo de Compensación?\n\nUn saludo,\nSelección Alcor Seguros",
        "alcor",
        "interview",
    ),
    Mail(
        "es10",
        "09-10 10:00",
        "Marta Ruiz <marta.ruiz@alcorseguros.es>",
        "Entrevista Analista de Compensación - Alcor Seguros",
        "Reunión de Microsoft Teams\n\nÚnase a través de su ordenador o aplicación móvil\nHaga clic aquí para "
        "unirse a la reunión\nId. de reunión: 355 118 402 77\n\nMarta",
        "alcor",
        "interview",
    ),
    Mail(
        "es11",
        "09-12 13:00",
        "Computrabajo <noreply@computrabajo.com>",
        "Novedades de tu postulación",
        "Hola Sam,\n\nLogística Tajo S.L. ha descartado tu candidatura para Administrativo de RRHH. ¡Sigue "
        "postulándote!\n\nComputrabajo",
        "tajo",
        "rejected",
    ),
    Mail(
        "es12",
        "09-15 11:30",
        TALENTIA,
        "Re: Posición de Responsable de Nóminas",
        "Hola Sam,\n\nHe tenido respuesta de Hoteles Brisamar: quieren hacerte una entrevista con la directora "
        "financiera el martes a las 9:30 en Valencia. ¿Te encaja?\n\nUn saludo,\nLaura",
        "brisamar",
        "interview",
    ),
    Mail(
        "es13",
        "09-17 09:00",
        "Banco Levante <avisos@bancolevante.es>",
        "Tu extracto de septiembre",
        "Hola Sam,\n\nYa puedes consultar tu extracto de septiembre en la banca online.\n\nBanco Levante",
    ),
    Mail(
        "es14",
        "09-18 15:00",
        "Alcor Seguros <seleccion@alcorseguros.es>",
        "Tu candidatura en Alcor Seguros",
        "Hola Sam,\n\nGracias por tu tiempo en el proceso. Lamentablemente, hemos decidido continuar con otros "
        "candidatos cuyo perfil se ajusta más a la posición.\n\nTe deseamos mucho éxito,\nSelección Alcor "
        "Seguros",
        "alcor",
        "rejected",
    ),
    Mail(
        "es15",
        "09-22 10:00",
        INFOJOBS,
        "Tu candidatura ha sido descartada",
        "Hola Sam,\n\nGrupo Meridiano ha descartado tu candidatura para la oferta Técnico de Nóminas.\n\n"
        "¡Ánimo! Tenemos muchas más ofertas para ti.\n\nInfoJobs",
        "meridiano",
        "rejected",
    ),
    Mail(
        "es16",
        "09-24 12:00",
        TALENTIA,
        "Brisamar",
        "Hola Sam,\n\n¡Enhorabuena! Hoteles Brisamar quiere ofrecerte el puesto. Te llamo esta tarde para "
        "comentarte las condiciones.\n\nUn saludo,\nLaura",
        "brisamar",
        "offer",
    ),
)

LINKEDIN_IT = "LinkedIn <jobs-noreply@linkedin.com>"
RANDSTAD_IT = "Chiara Rinaldi <chiara.rinaldi@randstad.it>"

ITALIAN_INBOX = _inbox(
    "italian_inbox",
    "an Italian job seeker's whole inbox: LinkedIn and Indeed in Italian, an Italian ATS, Workday, an agency "
    "that names its client only at the interview, formal 'Lei' mail from HR, a position filled, an online "
    "test and an offer, among job alerts, profile views, a bank and a parcel",
    Mail(
        "ix01",
        "03-03 08:40",
        LINKEDIN_IT,
        "Giulia, la tua candidatura è stata inviata a Officine Bramante",
        "La tua candidatura è stata inviata a Officine Bramante\n\nAnalista Controllo di Gestione\nOfficine "
        "Bramante · Brescia, Lombardia (Ibrido)\nCandidatura inviata il 3 mar 2026\n\nVisualizza offerta\n\n"
        "Offerte di lavoro simili\nContabile Senior\nStudio Ferraris & Associati · Milano\nController\nGruppo "
        "Veneta Ceramiche · Treviso\n\nRicevi queste email perché ti sei candidata tramite LinkedIn.\nAnnulla "
        "l'iscrizione",
        "bramante",
        "applied",
    ),
    Mail(
        "ix02",
        "03-03 08:52",
        "Officine Bramante <noreply@inrecruiting.com>",
        "Conferma ricezione candidatura",
        "Gentile Giulia Moretti,\n\nla ringraziamo per l'interesse dimostrato verso Officine Bramante. Le "
        "confermiamo di aver ricevuto la sua candidatura per la posizione di Analista Controllo di Gestione.\n\n"
        "Il nostro team HR valuterà il suo profilo e, qualora risultasse in linea con i requisiti richiesti, la "
        "contatteremo per un colloquio conoscitivo.\n\nCordiali saluti\nUfficio Risorse Umane\nOfficine "
        "Bramante S.p.A.",
        "bramante",
        "applied",
    ),
    Mail(
        "ix03",
        "03-04 19:15",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura inviata: Impiegata Amministrativa",
        "Candidatura inviata\n\nImpiegata Amministrativa\nCartiera Santa Lucia - Lucca, Toscana\n\nI seguenti "
        "elementi sono stati inviati a Cartiera Santa Lucia. Buona fortuna!\n\n• Curriculum\n• Lettera di "
        "presentazione\n\nPassaggi successivi\nIl datore di lavoro ti contatterà direttamente se la tua "
        "candidatura verrà selezionata.",
        "cartiera",
        "applied",
    ),
    Mail(
        "ix04",
        "03-05 07:00",
        "Indeed <alert@indeed.com>",
        "Nuove offerte di lavoro: contabile a Milano",
        "Giulia, ecco 12 nuove offerte che corrispondono alla tua ricerca 'contabile' a Milano.\n\nContabile "
        "Fornitori\nLattiera Lombarda - Milano\nCandidati facilmente\n\nAddetta Contabilità Generale\nStudio "
        "Bellini - Sesto San Giovanni\nNuova offerta\n\nVedi tutte le offerte",
    ),
    Mail(
        "ix05",
        "03-06 10:05",
        "Randstad Italia <noreply@randstad.it>",
        "La tua candidatura per Addetta Contabilità Fornitori",
        "Ciao Giulia,\n\ngrazie per esserti candidata all'offerta Addetta Contabilità Fornitori per "
        "un'importante azienda cliente del settore alimentare in provincia di Parma.\n\nI nostri consulenti della "
        "filiale di Parma valuteranno il tuo profilo e ti contatteranno se in linea con la ricerca.\n\nIl team "
        "Randstad",
        "dallolio",
        "applied",
    ),
    Mail(
        "ix06",
        "03-09 11:20",
        "Adriatica Logistica <adriaticalogistica@myworkday.com>",
        "Grazie per la tua candidatura",
        "Gentile Giulia,\n\ngrazie per esserti candidata alla posizione di Financial Analyst (R-20418) presso "
        "Adriatica Logistica. Abbiamo ricevuto la tua candidatura e la stiamo esaminando.\n\nPuoi seguire lo "
        "stato della candidatura nel tuo profilo candidato.\n\nTalent Acquisition\nAdriatica Logistica",
        "adriatica",
        "applied",
    ),
    Mail(
        "ix07",
        "03-10 16:30",
        "Francesca Galli <f.galli@officinebramante.it>",
        "Colloquio conoscitivo - Analista Controllo di Gestione",
        "Buongiorno Giulia,\n\ncome anticipato telefonicamente, le confermo il colloquio conoscitivo per la "
        "posizione di Analista Controllo di Gestione martedì 17 marzo alle ore 10:30 presso la nostra sede di "
        "via Orzinuovi 45, Brescia.\n\nLa prego di confermare la sua presenza rispondendo a questa email.\n\n"
        "Cordiali saluti\nFrancesca Galli\nHR Specialist\nOfficine Bramante S.p.A.",
        "bramante",
        "interview",
    ),
    Mail(
        "ix08",
        "03-11 09:00",
        "Banca Valpadana <noreply@bancavalpadana.it>",
        "Il tuo estratto conto di febbraio è disponibile",
        "Gentile cliente, l'estratto conto del mese di febbraio è disponibile nella tua area riservata. Accedi "
        "all'app per consultarlo.",
    ),
    Mail(
        "ix09",
        "03-12 14:10",
        "Cartiera Santa Lucia <selezione@cartierasantalucia.it>",
        "Candidatura Impiegata Amministrativa",
        "Gentile Sig.ra Moretti,\n\nla ringraziamo per la candidatura inviata per la posizione di Impiegata "
        "Amministrativa. Purtroppo la posizione è stata nel frattempo coperta.\n\nTerremo comunque il suo "
        "curriculum nel nostro archivio per eventuali future opportunità.\n\nCordiali saluti\nUfficio Personale\n"
        "Cartiera Santa Lucia",
        "cartiera",
        "rejected",
    ),
    Mail(
        "ix10",
        "03-13 12:00",
        "Gruppo Veneta Ceramiche <careers@venetaceramiche.it>",
        "Grazie per la tua candidatura - Controller di Stabilimento",
        "Ciao Giulia,\n\nabbiamo ricevuto la tua candidatura per la posizione di Controller di Stabilimento "
        "presso il nostro sito di Sassuolo. Ti faremo sapere al più presto.\n\nHR Gruppo Veneta Ceramiche",
        "veneta",
        "applied",
    ),
    Mail(
        "ix11",
        "03-16 08:15",
        LINKEDIN_IT,
        "Giulia, il tuo profilo è stato visualizzato da 6 persone",
        "Il tuo profilo è stato visualizzato da 6 persone questa settimana, tra cui un recruiter di Adriatica "
        "Logistica.\n\nScopri chi ha visualizzato il tuo profilo con Premium.",
    ),
    Mail(
        "ix12",
        "03-18 10:40",
        "Gruppo Veneta Ceramiche <careers@venetaceramiche.it>",
        "Controller di Stabilimento: test online",
        "Ciao Giulia,\n\ncome prossimo passo del processo di selezione per la posizione di Controller di "
        "Stabilimento ti invitiamo a completare un test online di ragionamento numerico e logico (durata circa "
        "40 minuti) entro 5 giorni dal ricevimento di questa email.\n\nInizia il test\n\nIn bocca al lupo!\nHR "
        "Gruppo Veneta Ceramiche",
        "veneta",
        "assessment",
    ),
    Mail(
        "ix13",
        "03-19 17:45",
        RANDSTAD_IT,
        "Colloquio per Addetta Contabilità Fornitori - Pastificio Dall'Olio",
        "Ciao Giulia,\n\nti scrivo in merito alla tua candidatura per la posizione di Addetta Contabilità "
        "Fornitori. Il nostro cliente, Pastificio Dall'Olio, vorrebbe incontrarti giovedì 26 marzo alle 15:00 "
        "presso la sede di Fidenza. Mi confermi la disponibilità?\n\nUn saluto\nChiara Rinaldi\nRandstad Italia - "
        "Filiale di Parma",
        "dallolio",
        "interview",
    ),
    Mail(
        "ix14",
        "03-20 09:30",
        "Adriatica Logistica <adriaticalogistica@myworkday.com>",
        "Aggiornamento sulla tua candidatura - Financial Analyst",
        "Gentile Giulia,\n\nti ringraziamo per l'interesse mostrato per la posizione di Financial Analyst "
        "(R-20418) e per il tempo dedicato al processo di selezione.\n\nDopo un'attenta valutazione, ti "
        "informiamo che abbiamo deciso di proseguire con altri candidati il cui profilo risulta più in linea "
        "con le esigenze della posizione.\n\nTi auguriamo il meglio per il tuo percorso professionale.\n\n"
        "Talent Acquisition\nAdriatica Logistica",
        "adriatica",
        "rejected",
    ),
    Mail(
        "ix15",
        "03-21 13:00",
        "Spedizioni Rapide <tracking@spedizionirapide.it>",
        "Il tuo pacco è in consegna",
        "Il tuo pacco n. 3390021845 è in consegna oggi tra le 14:00 e le 18:00.",
    ),
    Mail(
        "ix16",
        "03-24 15:20",
        "Francesca Galli <f.galli@officinebramante.it>",
        "Esito colloquio - Analista Controllo di Gestione",
        "Gentile Giulia,\n\nla ringraziamo per il tempo dedicato al colloquio per la posizione di Analista "
        "Controllo di Gestione. Ci dispiace comunicarle che abbiamo individuato un candidato con un profilo più "
        "aderente alle nostre esigenze.\n\nLe auguriamo ogni successo professionale.\n\nCordiali saluti\n"
        "Francesca Galli\nOfficine Bramante S.p.A.",
        "bramante",
        "rejected",
    ),
    Mail(
        "ix17",
        "03-30 11:00",
        "Gruppo Veneta Ceramiche <careers@venetaceramiche.it>",
        "Invito a colloquio - Controller di Stabilimento",
        "Ciao Giulia,\n\ncomplimenti, hai superato il test online! Vorremmo conoscerti di persona: ti proponiamo "
        "un colloquio con il Direttore di Stabilimento lunedì 6 aprile alle 9:30 a Sassuolo.\n\nHR Gruppo "
        "Veneta Ceramiche",
        "veneta",
        "interview",
    ),
    Mail(
        "ix18",
        "04-14 16:00",
        "Gruppo Veneta Ceramiche <careers@venetaceramiche.it>",
        "Proposta di assunzione - Controller di Stabilimento",
        "Gentile Giulia,\n\nsiamo lieti di comunicarti che abbiamo deciso di offrirti la posizione di "
        "Controller di Stabilimento. In allegato trovi la lettera di proposta con le condizioni economiche e la "
        "data di inizio.\n\nTi chiediamo di farci sapere la tua decisione entro il 21 aprile.\n\nHR Gruppo "
        "Veneta Ceramiche",
        "veneta",
        "offer",
    ),
)

INFOJOBS_IT = "InfoJobs <noreply@infojobs.it>"

ITALIAN_AGENCIES_INBOX = _inbox(
    "italian_agencies_inbox",
    "an Italian job seeker's autumn: staffing agencies relaying a client first unnamed then named, an English "
    "ATS template with Italian text inside, an InfoJobs application read then turned down, a bakery answering "
    "by hand, a search put on hold, a public competition's written test and its ranking, a half-done "
    "application's reminder, alerts and a newsletter",
    Mail(
        "ia01",
        "09-08 08:30",
        "Filiale Cremona <cremona@lavorosubito.it>",
        "Abbiamo ricevuto la tua candidatura",
        "Ciao Stefano,\nabbiamo ricevuto la tua candidatura per l'offerta Mulettista per azienda cliente del "
        "settore alimentare. Un nostro consulente ti contatterà.\n\nLavoroSubito S.p.A. - Agenzia per il Lavoro\n"
        "Filiale di Cremona",
        "mulettista",
        "applied",
    ),
    Mail(
        "ia02",
        "09-08 10:15",
        INFOJOBS_IT,
        "Candidatura inviata correttamente",
        'Ciao Stefano,\nla tua candidatura per l\'offerta "Magazziniere" di Depositi Padani S.r.l. è stata '
        "inviata correttamente.\nTi avviseremo quando l'azienda la leggerà.\n\nIl team di InfoJobs",
        "depositi",
        "applied",
    ),
    Mail(
        "ia03",
        "09-09 07:00",
        "InfoJobs <alertas@infojobs.it>",
        "8 nuove offerte di lavoro per te",
        'Ciao Stefano,\nabbiamo trovato 8 nuove offerte che corrispondono alla tua ricerca "magazziniere":\n\n'
        "Magazziniere - Logistica Po - Piacenza\nCarrellista - Trasporti Adda - Lodi\n\nVedi tutte le offerte",
    ),
    Mail(
        "ia04",
        "09-10 09:20",
        "Lanterna Foods Careers <no-reply@greenhouse.io>",
        "Thank you for applying to Lanterna Foods",
        "Hi Stefano,\n\nThanks for applying to Lanterna Foods! Ciao Stefano, abbiamo ricevuto la tua "
        "candidatura per Addetto Controllo Qualità e la stiamo valutando.\n\nBest,\nLanterna Foods Recruiting",
        "lanterna",
        "applied",
    ),
    Mail(
        "ia05",
        "09-11 12:05",
        INFOJOBS_IT,
        "La tua candidatura è stata letta",
        "Ciao Stefano,\nbuone notizie! Depositi Padani S.r.l. ha letto la tua candidatura all'offerta "
        '"Magazziniere".\n\nIl team di InfoJobs',
        "depositi",
        "applied",
    ),
    Mail(
        "ia06",
        "09-12 16:40",
        "Filiale Cremona <cremona@lavorosubito.it>",
        "Colloquio Mulettista",
        "Ciao Stefano,\nti confermo il colloquio presso l'azienda cliente Salumificio Ghirardi S.r.l. per la "
        "posizione di Mulettista, martedì 16 settembre alle ore 9:00 in Via dei Mille 8, Cremona.\n\n"
        "LavoroSubito S.p.A. - Agenzia per il Lavoro\nFiliale di Cremona",
        "mulettista",
        "interview",
    ),
    Mail(
        "ia07",
        "09-13 10:00",
        "Forno Ceccarelli <info@fornoceccarelli.it>",
        "Re: Candidatura panettiere",
        "Ciao Stefano,\ngrazie per il curriculum. Passa a trovarci giovedì alle 5 di mattina per una prova in "
        "laboratorio.\n\nLucia\nForno Ceccarelli",
        "forno",
        "interview",
    ),
    Mail(
        "ia08",
        "09-15 11:30",
        "Carriere Comune <concorsi@comune.sanvitale.it>",
        "Concorso Collaboratore Tecnico - convocazione prova scritta",
        "Gentile candidato,\nsi comunica che la prova scritta del concorso per Collaboratore Tecnico si terrà il "
        "giorno 2 ottobre alle ore 9:00 presso la Sala Consiliare.\n\nComune di San Vitale",
        "comune",
        "assessment",
    ),
    Mail(
        "ia09",
        "09-17 18:10",
        "Lanterna Foods Careers <no-reply@greenhouse.io>",
        "Update on your application",
        "Dear Stefano,\n\nThank you for your interest in Lanterna Foods.\nPurtroppo abbiamo deciso di "
        "proseguire con altri candidati per la posizione di Addetto Controllo Qualità.\n\nKind regards,\n"
        "Lanterna Foods Talent Team",
        "lanterna",
        "rejected",
    ),
    Mail(
        "ia10",
        "09-18 09:00",
        "Lucia <info@fornoceccarelli.it>",
        "Re: Candidatura panettiere",
        "Ciao Stefano,\nla prova è andata benissimo: sei dei nostri! Ti aspettiamo lunedì per iniziare come "
        "panettiere.\n\nLucia\nForno Ceccarelli",
        "forno",
        "offer",
    ),
    Mail(
        "ia11",
        "09-19 14:00",
        INFOJOBS_IT,
        "Aggiornamento sulla tua candidatura",
        "Ciao Stefano,\nDepositi Padani S.r.l. ha aggiornato lo stato della tua candidatura all'offerta "
        '"Magazziniere": Non selezionato.\n\nIl team di InfoJobs',
        "depositi",
        "rejected",
    ),
    Mail(
        "ia12",
        "09-20 08:00",
        "Carriere Brenta Energia <noreply@successfactors.eu>",
        "Completa la tua candidatura",
        "Ciao Stefano,\nhai iniziato la tua candidatura per la posizione di Tecnico Elettrico ma non l'hai "
        "ancora inviata. Completa la tua candidatura entro il 30 settembre.\n\nBrenta Energia",
    ),
    Mail(
        "ia13",
        "09-22 10:30",
        "Recruiting <recruiting@cartieremaestri.it>",
        "Candidatura Operatore di Macchina",
        "Gentile Stefano,\nabbiamo ricevuto la sua candidatura per la posizione di Operatore di Macchina. La "
        "valuteremo con attenzione.\n\nUfficio Risorse Umane\nCartiere Maestri S.p.A.",
        "cartiere",
        "applied",
    ),
    Mail(
        "ia14",
        "09-29 15:00",
        "Recruiting <recruiting@cartieremaestri.it>",
        "Aggiornamento selezione Operatore di Macchina",
        "Gentile Stefano,\ndesideriamo informarla che la ricerca per la posizione di Operatore di Macchina è "
        "sospesa per motivi organizzativi. La ricontatteremo qualora dovesse riaprirsi.\n\nCartiere Maestri",
        "cartiere",
        "withdrawn",
    ),
    Mail(
        "ia15",
        "10-01 07:30",
        "Cliclavoro <newsletter@cliclavoro.example.it>",
        "La newsletter di ottobre",
        "In questo numero: come preparare il curriculum, i nuovi bandi di concorso e il calendario dei career "
        "day.\nBuona lettura!",
    ),
    Mail(
        "ia16",
        "10-20 12:00",
        "Carriere Comune <concorsi@comune.sanvitale.it>",
        "Esito prova scritta",
        "Gentile candidato,\nsi comunica che non è stato ammesso alla prova orale del concorso per Collaboratore "
        "Tecnico.\n\nComune di San Vitale",
        "comune",
        "rejected",
    ),
)

INDEED_APPLY = "Indeed Apply <indeedapply@indeed.com>"
FRESHWAY_OLIVIA = "Olivia from Freshway Market <noreply@paradox.ai>"

HOURLY_SHIFTS = _inbox(
    "hourly_shifts",
    "an hourly job seeker (retail, coffee, hospital, warehouse): two stores of one chain, two units of one "
    "hospital, a chatbot scheduling interviews, store numbers and shift times in place of titles, an "
    "'application viewed' notice, a shift pick as the offer, among the current job's schedule and alerts",
    Mail(
        "hw01",
        "05-01 21:10",
        INDEED_APPLY,
        "Application submitted: Cashier",
        "Application submitted\n\nCashier\nFreshway Market - Store #0457 - Dayton, OH\n\nThe following items "
        "were sent to Freshway Market. Good luck!\n\n• Application\n• Resume\n\nNext steps\nThe employer or job "
        "advertiser may reach out to you about your application.",
        "freshway0457",
        "applied",
    ),
    Mail(
        "hw02",
        "05-01 21:40",
        INDEED_APPLY,
        "Application submitted: Deli Clerk",
        "Application submitted\n\nDeli Clerk\nFreshway Market - Store #0512 - Kettering, OH\n\nThe following "
        "items were sent to Freshway Market. Good luck!\n\n• Application\n• Resume\n\nNext steps\nThe employer "
        "or job advertiser may reach out to you about your application.",
        "freshway0512",
        "applied",
    ),
    Mail(
        "hw03",
        "05-02 08:05",
        "Mercy Valley Health Careers <careers-noreply@icims.com>",
        "Thank you for your application - Patient Care Technician, Med/Surg Nights (Req #48213)",
        "Dear Dana,\n\nThank you for applying for the Patient Care Technician - Med/Surg, 7p-7a (Req #48213) "
        "position at Mercy Valley Health. A member of our talent team will review your qualifications. If your "
        "background matches the needs of the unit, we will contact you to schedule an interview.\n\nMercy Valley "
        "Health Talent Acquisition",
        "mercy_pct",
        "applied",
    ),
    Mail(
        "hw04",
        "05-02 08:20",
        "Mercy Valley Health Careers <careers-noreply@icims.com>",
        "Thank you for your application - Certified Nursing Assistant, Float Pool PRN (Req #48577)",
        "Dear Dana,\n\nThank you for applying for the Certified Nursing Assistant - Float Pool, PRN (Req "
        "#48577) position at Mercy Valley Health. A member of our talent team will review your qualifications. "
        "If your background matches the needs of the unit, we will contact you to schedule an interview.\n\n"
        "Mercy Valley Health Talent Acquisition",
        "mercy_cna",
        "applied",
    ),
    Mail(
        "hw05",
        "05-02 12:30",
        FRESHWAY_OLIVIA,
        "Your interview with Freshway Market is confirmed",
        "Hi Dana! Your interview for Cashier at Freshway Market Store #0457 is confirmed for Thursday, May 7 at "
        "2:30 PM.\n\nAddress: 1180 Wilmington Pike, Dayton, OH 45420\nAsk for the store manager, Rick.\n\nNeed "
        "to reschedule? Reply R. - Olivia, Freshway Market's virtual recruiting assistant",
        "freshway0457",
        "interview",
    ),
    Mail(
        "hw06",
        "05-03 09:00",
        "Brewline Coffee <careers@brewlinecoffee.com>",
        "We received your application for Barista (Store 20931)",
        "Hi Dana,\n\nThanks for applying for Barista at store 20931 (Main & 3rd, Dayton). A store manager will "
        "review your availability and reach out if there's a fit. You can check your status anytime in your "
        "candidate profile.\n\nBrewline Coffee Careers",
        "brewline",
        "applied",
    ),
    Mail(
        "hw07",
        "05-03 18:00",
        "HotSchedules <noreply@hotschedules.com>",
        "Your schedule for the week of May 11 is posted",
        "Dana, your schedule at Pizzeria Lupo for May 11 - May 17 is posted.\n\nMon 4:00 PM - 10:00 PM\nWed "
        "4:00 PM - 10:00 PM\nSat 11:00 AM - 7:00 PM\n\nShift swaps need manager approval.",
    ),
    Mail(
        "hw08",
        "05-04 10:15",
        "Tanya Brooks <tbrooks@mercyvalley.org>",
        "Interview - PCT Med/Surg Nights",
        "Hi Dana,\n\nI'm the nurse manager on 4 West. I'd like to set up an interview for the Patient Care "
        "Technician night position (Req #48213). Are you available Tuesday or Wednesday afternoon next week? It "
        "will take about 45 minutes and includes a unit tour.\n\nThanks,\nTanya Brooks, BSN, RN\nNurse Manager, "
        "4 West Med/Surg\nMercy Valley Health",
        "mercy_pct",
        "interview",
    ),
    Mail(
        "hw09",
        "05-04 16:00",
        "Indeed <no-reply@indeed.com>",
        "Penny Lane Dollar viewed your application",
        "Good news! An employer viewed your application.\n\nSales Associate\nPenny Lane Dollar - Store 11872 - "
        "Huber Heights, OH\n\nApplied on May 3. Employers often reach out within a week.\n\nView application",
        "pennylane",
        "applied",
    ),
    Mail(
        "hw10",
        "05-03 14:25",
        INDEED_APPLY,
        "Application submitted: Sales Associate",
        "Application submitted\n\nSales Associate\nPenny Lane Dollar - Store 11872 - Huber Heights, OH\n\nThe "
        "following items were sent to Penny Lane Dollar. Good luck!\n\n• Application\n• Resume\n\nNext steps\n"
        "The employer or job advertiser may reach out to you about your application.",
        "pennylane",
        "applied",
    ),
    Mail(
        "hw11",
        "05-05 07:30",
        "Indeed <alert@indeed.com>",
        "15 new Cashier jobs near Dayton, OH",
        "Cashier - Part Time\nFreshway Market - Beavercreek, OH\n$14.75 an hour\nEasily apply\n\nFront End "
        "Associate\nValuMart - Dayton, OH\nUrgently hiring\n\nSee all jobs",
    ),
    Mail(
        "hw12",
        "05-06 11:00",
        "Freshway Market <noreply@paradox.ai>",
        "Update on your application",
        "Hi Dana, thank you for your interest in the Deli Clerk position at Freshway Market Store #0512. We've "
        "filled this position, but we encourage you to apply for other openings at Freshway Market.",
        "freshway0512",
        "rejected",
    ),
    Mail(
        "hw13",
        "05-06 13:45",
        "Ridgeline Fulfillment Hiring <no-reply@hiring.ridgelinefc.com>",
        "Application received - Warehouse Associate",
        "Hi Dana,\n\nThanks for applying to be a Warehouse Associate with Ridgeline Fulfillment at DAY2 "
        "Fulfillment Center, Vandalia, OH. Next, choose a shift to continue your application.\n\nRidgeline "
        "Fulfillment Hiring Team",
        "ridgeline",
        "applied",
    ),
    Mail(
        "hw14",
        "05-07 19:20",
        "Ohio Board of Nursing <noreply@nursing.ohio.gov>",
        "Your STNA registry renewal is due",
        "Dana Whitfield, your State Tested Nurse Aide registry listing must be renewed by June 30. Log in to "
        "submit proof of paid work in the last 24 months.",
    ),
    Mail(
        "hw15",
        "05-08 09:10",
        FRESHWAY_OLIVIA,
        "Congratulations, Dana! You've got an offer from Freshway Market",
        "Hi Dana, great news! Freshway Market Store #0457 would like to offer you the Cashier position at "
        "$15.25/hour, part-time (20-28 hours/week).\n\nPlease review and accept your offer by May 14.\n\nReview "
        "offer\n\n- Olivia, Freshway Market's virtual recruiting assistant",
        "freshway0457",
        "offer",
    ),
    Mail(
        "hw16",
        "05-08 15:00",
        "Ridgeline Fulfillment Hiring <no-reply@hiring.ridgelinefc.com>",
        "Your shift selection is confirmed",
        "Hi Dana,\n\nYou've selected Night Shift (Sun-Wed 6:00 PM - 4:30 AM) at DAY2 Fulfillment Center, "
        "Vandalia, OH - Warehouse Associate, $18.50/hr. Your job offer is contingent on a background check.\n\n"
        "Next step: complete your pre-hire appointment (photo and ID check) on May 12 at 11:00 AM.",
        "ridgeline",
        "offer",
    ),
    Mail(
        "hw17",
        "05-11 10:30",
        "Brewline Coffee <careers@brewlinecoffee.com>",
        "Thanks for your interest in Brewline",
        "Hi Dana,\n\nThank you for your interest in the Barista role at store 20931. The store has decided "
        "to go forward with other applicants whose availability better fits the store's needs.\n\nWe hope you'll "
        "keep Brewline in mind.\n\nBrewline Coffee Careers",
        "brewline",
        "rejected",
    ),
    Mail(
        "hw18",
        "05-12 08:45",
        "Mercy Valley Health Careers <careers-noreply@icims.com>",
        "Your application for Certified Nursing Assistant - Float Pool, PRN",
        "Dear Dana,\n\nThank you for your interest in the Certified Nursing Assistant - Float Pool, PRN (Req "
        "#48577) position. After a close look, we have decided not to progress your application any further at "
        "this time.\n\nMercy Valley Health Talent Acquisition",
        "mercy_cna",
        "rejected",
    ),
)

HARBOUR = "Sophie Lang <sophie.lang@harbourtalent.co.uk>"
NORTHBRIDGE = "Tom Fairley <tom.fairley@northbridge-recruitment.com>"

SENIOR_RECRUITERS = _inbox(
    "senior_recruiters",
    "a senior engineer's inbox dominated by recruiters: one agency putting the reader forward for two roles "
    "at one client and relaying both answers (one mail naming both roles), an agency naming its client only "
    "later, cold outreach and an out-of-office reply that are no application, and a few direct applications",
    Mail(
        "se01",
        "09-01 09:30",
        "Mark Holloway via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Alex, Staff Engineer opportunity - Series C fintech",
        "Hi Alex,\n\nI'm working with a Series C fintech in London that is hiring a Staff Engineer to lead their "
        "payments platform. Your background at scale looks like a great fit. Would you be open to a quick chat "
        "this week?\n\nBest,\nMark Holloway\nPrincipal Consultant, Ardent Search",
    ),
    Mail(
        "se02",
        "09-02 17:10",
        HARBOUR,
        "Your submission to Quillstone - Staff Backend Engineer",
        "Hi Alex,\n\nThanks for the chat earlier. As agreed, I've submitted your CV to Quillstone for the Staff "
        "Backend Engineer role (Payments Platform, £120-135k + equity). I'll come back to you as soon as I hear "
        "from their hiring team.\n\nBest,\nSophie Lang\nSenior Consultant, Harbour Talent",
        "quill_staff",
        "applied",
    ),
    Mail(
        "se03",
        "09-03 10:00",
        HARBOUR,
        "Quillstone - Engineering Manager, Core Ledger",
        "Hi Alex,\n\nAs discussed, I've also put you forward for the Engineering Manager, Core Ledger position at "
        "Quillstone. They're hiring for both and the hiring manager is keen to see people who could go either "
        "way. I'll keep you posted.\n\nBest,\nSophie Lang\nSenior Consultant, Harbour Talent",
        "quill_em",
        "applied",
    ),
    Mail(
        "se04",
        "09-03 14:20",
        "Tessellate Labs <no-reply@greenhouse.io>",
        "Thank you for applying to Tessellate Labs",
        "Hi Alex,\n\nThanks for your interest in Tessellate Labs! We received your application for the Principal "
        "Software Engineer, Infrastructure position and our team is reviewing it now. If there's a fit, we'll "
        "reach out about next steps.\n\nThe Tessellate Labs Recruiting Team",
        "tessellate",
        "applied",
    ),
    Mail(
        "se05",
        "09-04 08:15",
        "Northbridge Recruitment <jobs@northbridge-recruitment.com>",
        "Application received: Lead Platform Engineer (ref NB-22817)",
        "Dear Alex,\n\nThank you for applying for the Lead Platform Engineer vacancy (ref NB-22817) advertised by "
        "Northbridge Recruitment. Our client is a leading insurer based in Manchester. A consultant will review "
        "your application and contact you if you are shortlisted.\n\nNorthbridge Recruitment",
        "halcyon",
        "applied",
    ),
    Mail(
        "se06",
        "09-04 12:40",
        "Priyanka Desai <priyanka@vertexsearch.io>",
        "Quillstone are hiring - Staff Engineer",
        "Hi Alex,\n\nQuillstone are growing their engineering team and are looking for a Staff Engineer. I "
        "think you'd be a strong fit. Can I put you forward? Happy to share more details on a call.\n\nPriyanka "
        "Desai\nVertex Search",
    ),
    Mail(
        "se07",
        "09-07 09:05",
        HARBOUR,
        "Quillstone - Staff Backend Engineer - first stage interview",
        "Hi Alex,\n\nGreat news - Quillstone would like to invite you to a first-stage interview for the Staff "
        "Backend Engineer role. It's a 45-minute video call with Priya Natarajan (Head of Payments "
        "Engineering). They've offered Tuesday 15th at 11:00 or Wednesday 16th at 16:00. Let me know which "
        "works.\n\nBest,\nSophie",
        "quill_staff",
        "interview",
    ),
    Mail(
        "se08",
        "09-07 15:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Alex, your application was sent to Corvid Systems",
        "Your application was sent to Corvid Systems\n\nSenior Staff Engineer\nCorvid Systems · London (Hybrid)\n"
        "Applied on September 7, 2026\n\nView job",
        "corvid",
        "applied",
    ),
    Mail(
        "se09",
        "09-08 11:00",
        NORTHBRIDGE,
        "Lead Platform Engineer - Halcyon Insurance",
        "Hi Alex,\n\nThanks for applying for the Lead Platform Engineer role (NB-22817). I can now share that the "
        "client is Halcyon Insurance; I've sent your CV to their Head of Engineering and will update you next "
        "week.\n\nRegards,\nTom Fairley\nNorthbridge Recruitment",
        "halcyon",
        "applied",
    ),
    Mail(
        "se10",
        "09-08 11:45",
        NORTHBRIDGE,
        "Automatic reply: Lead Platform Engineer - Halcyon Insurance",
        "Thank you for your email. I am out of the office until Monday 14th September with limited access to "
        "email. For urgent matters please contact jobs@northbridge-recruitment.com.\n\nTom",
    ),
    Mail(
        "se11",
        "09-10 10:10",
        HARBOUR,
        "Quillstone EM role - feedback",
        "Hi Alex,\n\nI've had feedback from Quillstone on the Engineering Manager, Core Ledger role: they've "
        "decided not to progress, as they're looking for someone who has already managed managers. They're still "
        "very keen on you for the Staff Backend Engineer process, so that continues as planned.\n\nBest,\nSophie",
        "quill_em",
        "rejected",
    ),
    Mail(
        "se12",
        "09-10 16:00",
        "Tessellate Labs <no-reply@greenhouse.io>",
        "Tessellate Labs - schedule your system design interview",
        "Hi Alex,\n\nThe team would love to move you forward for the Principal Software Engineer, Infrastructure "
        "role. Please use the link below to pick a time for your 60-minute system design interview with two of "
        "our engineers.\n\nSchedule interview\n\nThe Tessellate Labs Recruiting Team",
        "tessellate",
        "interview",
    ),
    Mail(
        "se13",
        "09-11 09:00",
        "Harbour Talent <news@harbourtalent.co.uk>",
        "The 2026 Harbour Talent Engineering Salary Guide",
        "Download our 2026 salary guide: what Staff and Principal engineers earn across London fintech, with "
        "hiring trends for Q4.",
    ),
    Mail(
        "se14",
        "09-14 13:30",
        "Corvid Systems <no-reply@hire.lever.co>",
        "Corvid Systems: Senior Staff Engineer",
        "Hi Alex,\n\nThank you for your interest in Corvid Systems and the time you took to apply for the Senior "
        "Staff Engineer role. We've decided to go forward with other applicants whose experience "
        "sits closer to the needs of the role.\n\nBest of luck in your search,\nCorvid Systems Talent",
        "corvid",
        "rejected",
    ),
    Mail(
        "se15",
        "09-15 17:20",
        NORTHBRIDGE,
        "Re: Lead Platform Engineer - Halcyon Insurance",
        "Hi Alex,\n\nUnfortunately Halcyon have decided to go with an internal candidate for the Lead Platform "
        "Engineer role, so they won't be taking applications further. Sorry to bring bad news - I'll be in touch "
        "if anything similar comes up.\n\nTom",
        "halcyon",
        "rejected",
    ),
    Mail(
        "se16",
        "09-24 18:00",
        HARBOUR,
        "Quillstone - offer!",
        "Alex,\n\nBrilliant news: Quillstone want to offer you the Staff Backend Engineer role at £130k base plus "
        "equity. The written offer will follow from their people team tomorrow. Call me when you're free.\n\n"
        "Sophie",
        "quill_staff",
        "offer",
    ),
)

HALDEN = "Halden Bank Early Careers <earlycareers@haldenbank.avature.net>"
MARLOW = "Marlow Consulting Graduate Recruitment <graduates@marlowconsulting.co.uk>"

GRADUATE_PROGRAMMES = _inbox(
    "graduate_programmes",
    "a graduate's inbox: graduate schemes and internships at several employers, online tests on the test "
    "platforms' own senders, game-based assessments, an assessment centre and a scheme's outcome, among the "
    "careers service's and the graduate job boards' newsletters",
    Mail(
        "gd01",
        "10-01 12:00",
        HALDEN,
        "Thank you for applying to the 2027 Technology Graduate Programme",
        "Dear Aisha,\n\nThank you for applying to the Halden Bank 2027 Technology Graduate Programme. We've "
        "received your application and will get in touch about the next stage of the process.\n\nHalden Bank "
        "Early Careers Team",
        "halden",
        "applied",
    ),
    Mail(
        "gd02",
        "10-02 09:30",
        MARLOW,
        "Application received - Graduate Analyst (September 2027 intake)",
        "Dear Aisha,\n\nThank you for your application for the Graduate Analyst programme (September 2027 "
        "intake) at Marlow Consulting. Our graduate recruitment team reviews applications on a rolling basis.\n\n"
        "Marlow Consulting Graduate Recruitment",
        "marlow",
        "applied",
    ),
    Mail(
        "gd03",
        "10-03 08:00",
        "University of Leeds Careers Centre <careers@leeds.ac.uk>",
        "This week at the Careers Centre: employer presentations and CV clinics",
        "Hello,\n\nThis week: Halden Bank's technology graduate presentation (Tuesday 6pm), Marlow Consulting's "
        "case interview workshop (Thursday), and drop-in CV clinics every afternoon. Book through the Careers "
        "Centre portal.\n\nLeeds Careers Centre",
    ),
    Mail(
        "gd04",
        "10-05 10:00",
        HALDEN,
        "Next step: online assessments",
        "Dear Aisha,\n\nCongratulations, you have been invited to complete the online assessments for the Halden "
        "Bank 2027 Technology Graduate Programme: a numerical reasoning test and a situational judgement test. "
        "You will receive a link from our assessment partner SHL shortly.\n\nHalden Bank Early Careers Team",
        "halden",
        "assessment",
    ),
    Mail(
        "gd05",
        "10-05 10:05",
        "SHL <noreply@shl.com>",
        "Halden Bank: your assessment link",
        "Dear Aisha,\n\nHalden Bank has invited you to complete the following assessments:\n\nVerify Numerical "
        "Reasoning\nSituational Judgement\n\nDeadline: 19 October 2026, 23:59 BST.\n\nStart assessment\n\nSHL on "
        "behalf of Halden Bank",
        "halden",
        "assessment",
    ),
    Mail(
        "gd06",
        "10-06 14:00",
        "Brackenridge Engineering <careers@brackenridge.co.uk>",
        "Your application for the 2027 Summer Internship - Software Engineering",
        "Hi Aisha,\n\nThanks for applying for our 2027 Summer Internship - Software Engineering. We review "
        "applications after the closing date of 31 October.\n\nBrackenridge Early Careers",
        "brackenridge",
        "applied",
    ),
    Mail(
        "gd07",
        "10-07 11:15",
        "pymetrics <no-reply@pymetrics.ai>",
        "Marlow Consulting: complete your pymetrics games",
        "Hi Aisha,\n\nMarlow Consulting has invited you to play the pymetrics games as the next step of your "
        "application to the Graduate Analyst programme. The games take about 25 minutes.\n\nPlay now\n\nThe "
        "pymetrics team",
        "marlow",
        "assessment",
    ),
    Mail(
        "gd08",
        "10-08 07:30",
        "Bright Network <hello@brightnetwork.co.uk>",
        "10 graduate schemes closing this week",
        "Aisha, don't miss out: 10 graduate schemes in technology and consulting close this week, including "
        "Halden Bank, Corran Energy and the Civil Service Fast Stream.\n\nSee all schemes",
    ),
    Mail(
        "gd09",
        "10-12 16:40",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Civil Service Fast Stream 2027: application submitted",
        "Dear Aisha Karim,\n\nYour application for the Civil Service Fast Stream 2027 (Digital, Data and "
        "Technology scheme) has been submitted. Your candidate reference is FS-27-118204.\n\nWhat happens next: "
        "you will be invited to complete the online tests.\n\nFast Stream Recruitment Team",
        "faststream",
        "applied",
    ),
    Mail(
        "gd10",
        "10-14 09:00",
        "Brackenridge Engineering via HackerRank <support@hackerrank.com>",
        "Brackenridge Engineering has invited you to a HackerRank test",
        "Hi Aisha,\n\nBrackenridge Engineering has invited you to take the 2027 Internship Coding Test. It "
        "contains 3 questions and lasts 75 minutes. Please complete it by 21 October.\n\nStart test",
        "brackenridge",
        "assessment",
    ),
    Mail(
        "gd11",
        "10-16 13:00",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Fast Stream: complete your online tests",
        "Dear Aisha Karim,\n\nThank you for applying to the Civil Service Fast Stream. You are now invited to "
        "complete the Fast Stream online tests (FS-27-118204) by 26 October.\n\nFast Stream Recruitment Team",
        "faststream",
        "assessment",
    ),
    Mail(
        "gd12",
        "10-21 10:30",
        MARLOW,
        "Your Graduate Analyst application",
        "Dear Aisha,\n\nThank you for completing the online assessment for the Graduate Analyst programme. "
        "Unfortunately we will not be taking your application further this year. We received a very high number "
        "of applications and this was a difficult decision.\n\nMarlow Consulting Graduate Recruitment",
        "marlow",
        "rejected",
    ),
    Mail(
        "gd13",
        "10-23 15:00",
        HALDEN,
        "Invitation to the Halden Bank Assessment Centre",
        "Dear Aisha,\n\nWe're delighted to invite you to the virtual assessment centre for the 2027 Technology "
        "Graduate Programme on 12 November. The day includes a group exercise, a case study presentation and a "
        "competency interview with two of our technology leaders. Please confirm your attendance.\n\nHalden Bank "
        "Early Careers Team",
        "halden",
        "interview",
    ),
    Mail(
        "gd14",
        "10-27 09:15",
        "Gradcracker <alerts@gradcracker.com>",
        "New engineering internships for you",
        "12 new internships match your profile: Software Engineering Intern at Corran Energy, Embedded Systems "
        "Placement at Brackenridge Engineering, and more.",
    ),
    Mail(
        "gd15",
        "11-02 11:00",
        "Brackenridge Engineering <careers@brackenridge.co.uk>",
        "Update on your internship application",
        "Hi Aisha,\n\nThank you for taking the coding test for our 2027 Summer Internship - Software Engineering. "
        "Unfortunately, on this occasion your application will not progress to the next stage.\n\nBrackenridge "
        "Early Careers",
        "brackenridge",
        "rejected",
    ),
    Mail(
        "gd16",
        "11-20 17:00",
        HALDEN,
        "Your offer - 2027 Technology Graduate Programme",
        "Dear Aisha,\n\nCongratulations! Following your assessment centre, we are delighted to offer you a place "
        "on the Halden Bank 2027 Technology Graduate Programme, starting September 2027. Your offer letter is "
        "attached; please accept it in the candidate portal by 4 December.\n\nHalden Bank Early Careers Team",
        "halden",
        "offer",
    ),
)

LINDQVIST = "Lindqvist Robotics <no-reply@greenhouse.io>"

NOTICES_AND_GAPS = _inbox(
    "notices_and_gaps",
    "'application viewed' and 'your profile was seen' notices, out-of-office and auto-acknowledgement replies "
    "mixed in with applications; a rejection months after applying; the same role applied for again the "
    "next winter after a rejection (two applications)",
    Mail(
        "vn01",
        "01-12 10:00",
        LINDQVIST,
        "Thank you for applying to Lindqvist Robotics",
        "Hi Sam,\n\nThanks for applying for the Controls Engineer role at Lindqvist Robotics. The team "
        "will go through your application and reply.\n\nLindqvist Robotics Talent",
        "lindqvist1",
        "applied",
    ),
    Mail(
        "vn02",
        "01-30 15:00",
        LINDQVIST,
        "Your application to Lindqvist Robotics",
        "Hi Sam,\n\nThank you for your interest in the Controls Engineer role. After reviewing your application, "
        "we've decided not to move forward at this time.\n\nLindqvist Robotics Talent",
        "lindqvist1",
        "rejected",
    ),
    Mail(
        "vn03",
        "04-01 09:00",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sam, your application was sent to Harrow Instruments",
        "Your application was sent to Harrow Instruments\n\nTest Engineer\nHarrow Instruments · Leeds (On-site)"
        "\nApplied on April 1, 2026\n\nView job",
        "harrow",
        "applied",
    ),
    Mail(
        "vn04",
        "04-02 11:30",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Maintenance Technician",
        "Application submitted\n\nMaintenance Technician\nCaldmore Foods - Wolverhampton\n\nThe following items "
        "were sent to Caldmore Foods. Good luck!\n\n• Application\n• Resume",
        "caldmore",
        "applied",
    ),
    Mail(
        "vn05",
        "04-03 08:00",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Harrow Instruments",
        "Your application was viewed\n\nTest Engineer\nHarrow Instruments · Leeds\nApplied 2 days ago\n\nThe "
        "hiring team at Harrow Instruments viewed your application.\n\nView job",
        "harrow",
        "applied",
    ),
    Mail(
        "vn06",
        "04-03 12:10",
        "Claire Dunmore <claire.dunmore@harrowinstruments.co.uk>",
        "Automatic reply: Application for Test Engineer",
        "I am currently out of the office with no access to email, returning on 14 April. For urgent "
        "recruitment queries please contact recruitment@harrowinstruments.co.uk.",
    ),
    Mail(
        "vn07",
        "04-06 08:15",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Sam, your profile was seen by 14 people this week",
        "Your profile was seen by 14 people this week, including a recruiter at Harrow Instruments and an "
        "engineer at Lindqvist Robotics.\n\nSee all viewers",
    ),
    Mail(
        "vn08",
        "04-07 09:00",
        "Indeed <no-reply@indeed.com>",
        "Your application was viewed by the employer",
        "An employer viewed your application\n\nMaintenance Technician\nCaldmore Foods - Wolverhampton\n\nYou "
        "applied on 2 April. Employers usually respond within two weeks.",
        "caldmore",
        "applied",
    ),
    Mail(
        "vn09",
        "04-08 16:20",
        "Pellworth Recruitment <recruitment@pellworth.co.uk>",
        "Thank you for contacting Pellworth Recruitment",
        "This is an automated response to confirm that we have received your email. We aim to respond within 5 "
        "working days. If your enquiry is about an application, please log in to your candidate account.",
    ),
    Mail(
        "vn10",
        "04-09 10:40",
        "Reed <noreply@reed.co.uk>",
        "A recruiter has viewed your CV",
        "Hi Sam, a recruiter viewed your CV on reed.co.uk yesterday. Keep your CV up to date to get noticed by "
        "more employers.",
    ),
    Mail(
        "vn11",
        "04-15 14:00",
        "Harrow Instruments Recruitment <recruitment@harrowinstruments.co.uk>",
        "Test Engineer - interview invitation",
        "Dear Sam,\n\nThank you for applying for the Test Engineer position. We would like to invite you to an "
        "interview at our Leeds site on 22 April at 10:00 with Claire Dunmore, Test Manager.\n\nHarrow "
        "Instruments Recruitment",
        "harrow",
        "interview",
    ),
    Mail(
        "vn12",
        "08-20 09:30",
        "Caldmore Foods <hr@caldmorefoods.co.uk>",
        "Maintenance Technician vacancy",
        "Dear Sam,\n\nThank you for applying for the Maintenance Technician vacancy in April. We are writing to "
        "let you know that the vacancy has now been filled. Please accept our apologies for the delay in "
        "replying.\n\nCaldmore Foods HR",
        "caldmore",
        "rejected",
    ),
    Mail(
        "vn13",
        "12-02 19:00",
        LINDQVIST,
        "Thank you for applying to Lindqvist Robotics",
        "Hi Sam,\n\nThanks for applying for the Controls Engineer role at Lindqvist Robotics. The team "
        "will go through your application and reply.\n\nLindqvist Robotics Talent",
        "lindqvist2",
        "applied",
    ),
    Mail(
        "vn14",
        "12-10 11:00",
        LINDQVIST,
        "Lindqvist Robotics - let's talk",
        "Hi Sam,\n\nThanks again for applying for the Controls Engineer role. We'd like to set up a 30-minute "
        "phone screen with our engineering manager. Please pick a time that suits you.\n\nLindqvist Robotics "
        "Talent",
        "lindqvist2",
        "interview",
    ),
)

BRIGHTWATER = "Brightwater Energy <brightwater@myworkday.com>"

ONE_EMPLOYER_MANY_ROLES = _inbox(
    "one_employer_many_roles",
    "four simultaneous applications at one employer with titles close to each other (Data Engineer, Senior "
    "Data Engineer, Data Engineer, Trading Platform, Analytics Engineer), each confirmed and answered on its "
    "own, answers naming the title and sometimes only the requisition",
    Mail(
        "oe01",
        "06-01 09:00",
        BRIGHTWATER,
        "Thank you for applying: Data Engineer",
        "Hi Casey,\n\nThank you for applying for the Data Engineer (R-1021) position at Brightwater Energy. Our "
        "recruiting team will review your application.\n\nBrightwater Energy Talent Acquisition",
        "de",
        "applied",
    ),
    Mail(
        "oe02",
        "06-01 09:10",
        BRIGHTWATER,
        "Thank you for applying: Senior Data Engineer",
        "Hi Casey,\n\nThank you for applying for the Senior Data Engineer (R-1044) position at Brightwater "
        "Energy. Our recruiting team will review your application.\n\nBrightwater Energy Talent Acquisition",
        "sde",
        "applied",
    ),
    Mail(
        "oe03",
        "06-01 09:20",
        BRIGHTWATER,
        "Thank you for applying: Data Engineer, Trading Platform",
        "Hi Casey,\n\nThank you for applying for the Data Engineer, Trading Platform (R-1057) position at "
        "Brightwater Energy. Our recruiting team will review your application.\n\nBrightwater Energy Talent "
        "Acquisition",
        "detp",
        "applied",
    ),
    Mail(
        "oe04",
        "06-01 09:30",
        BRIGHTWATER,
        "Thank you for applying: Analytics Engineer",
        "Hi Casey,\n\nThank you for applying for the Analytics Engineer (R-1060) position at Brightwater Energy. "
        "Our recruiting team will review your application.\n\nBrightwater Energy Talent Acquisition",
        "ae",
        "applied",
    ),
    Mail(
        "oe05",
        "06-05 14:00",
        "Brightwater Energy via HackerRank <support@hackerrank.com>",
        "Brightwater Energy has invited you to a coding test",
        "Hi Casey,\n\nBrightwater Energy has invited you to take a coding test for the Data Engineer, Trading "
        "Platform role. It lasts 90 minutes; please complete it within 7 days.\n\nStart test",
        "detp",
        "assessment",
    ),
    Mail(
        "oe06",
        "06-08 10:00",
        BRIGHTWATER,
        "Update on your application: Senior Data Engineer",
        "Hi Casey,\n\nThank you for your interest in the Senior Data Engineer (R-1044) position at Brightwater "
        "Energy. Having weighed it carefully, we've decided to go forward with other applicants for this "
        "role.\n\nBrightwater Energy Talent Acquisition",
        "sde",
        "rejected",
    ),
    Mail(
        "oe07",
        "06-09 16:30",
        "Morgan Ellis <morgan.ellis@brightwaterenergy.com>",
        "Data Engineer - phone screen",
        "Hi Casey,\n\nI'm the recruiter for our Data Engineer opening (R-1021). I'd love to set up a 30-minute "
        "phone screen to talk about the role. Could you share a few times that work for you this week?\n\n"
        "Thanks,\nMorgan Ellis\nTalent Partner, Brightwater Energy",
        "de",
        "interview",
    ),
    Mail(
        "oe08",
        "06-12 11:00",
        BRIGHTWATER,
        "Update on your application",
        "Hi Casey,\n\nThank you for your interest in position R-1060 at Brightwater Energy. Having "
        "weighed it carefully, we've decided to go forward with other applicants for this role.\n\nBrightwater "
        "Energy Talent Acquisition",
        "ae",
        "rejected",
    ),
    Mail(
        "oe09",
        "06-19 09:45",
        "Morgan Ellis <morgan.ellis@brightwaterenergy.com>",
        "Data Engineer, Trading Platform - next steps",
        "Hi Casey,\n\nThe team enjoyed your coding test for the Data Engineer, Trading Platform role and would "
        "like to invite you to a virtual onsite: three 45-minute interviews on June 26. I'll send the calendar "
        "invitations once you confirm.\n\nThanks,\nMorgan Ellis\nTalent Partner, Brightwater Energy",
        "detp",
        "interview",
    ),
)

BAMBOO = "BambooHR <noreply@bamboohr.com>"

ONE_ATS_MANY_EMPLOYERS = _inbox(
    "one_ats_many_employers",
    "one ATS sender writing for five small employers with the same subjects ('Thanks for applying!', "
    "'Update on your application'): the employer is named only in the body, so nothing may be grouped by "
    "the sender, and each answer joins its own employer's application",
    Mail(
        "am01",
        "02-02 10:00",
        BAMBOO,
        "Thanks for applying!",
        "Hi Robin,\n\nThank you for applying for the Office Manager position at Pinecrest Dental Group. We've "
        "received your application and will look it over soon.\n\nThanks,\nPinecrest Dental Group Hiring Team",
        "pinecrest",
        "applied",
    ),
    Mail(
        "am02",
        "02-02 15:30",
        BAMBOO,
        "Thanks for applying!",
        "Hi Robin,\n\nThank you for applying for the Operations Coordinator position at Saltmarsh Brewing Co. We've "
        "received your application and will look it over soon.\n\nThanks,\nSaltmarsh Brewing Co. Hiring "
        "Team",
        "saltmarsh",
        "applied",
    ),
    Mail(
        "am03",
        "02-03 09:15",
        BAMBOO,
        "Thanks for applying!",
        "Hi Robin,\n\nThank you for applying for the Executive Assistant position at Orchard Lane Architects. We've "
        "received your application and will look it over soon.\n\nThanks,\nOrchard Lane Architects Hiring "
        "Team",
        "orchard",
        "applied",
    ),
    Mail(
        "am04",
        "02-04 11:00",
        BAMBOO,
        "Thanks for applying!",
        "Hi Robin,\n\nThank you for applying for the Office Manager position at Kestrel Veterinary Clinic. We've "
        "received your application and will look it over soon.\n\nThanks,\nKestrel Veterinary Clinic "
        "Hiring Team",
        "kestrel",
        "applied",
    ),
    Mail(
        "am05",
        "02-06 14:20",
        BAMBOO,
        "Update on your application",
        "Hi Robin,\n\nThank you for your interest in the Operations Coordinator position at Saltmarsh Brewing "
        "Co. We've decided to go forward with other applicants at this time.\n\nWe wish you the best in "
        "your search.\n\nSaltmarsh Brewing Co. Hiring Team",
        "saltmarsh",
        "rejected",
    ),
    Mail(
        "am06",
        "02-09 09:00",
        BAMBOO,
        "Interview request",
        "Hi Robin,\n\nThe team at Pinecrest Dental Group would like to schedule an interview with you for the "
        "Office Manager position. Please reply with your availability for a 30-minute call this week.\n\n"
        "Pinecrest Dental Group Hiring Team",
        "pinecrest",
        "interview",
    ),
    Mail(
        "am07",
        "02-10 12:00",
        BAMBOO,
        "Thanks for applying!",
        "Hi Robin,\n\nThank you for applying for the Bookkeeper position at Harbor Point Marina. We've received "
        "your application and will look it over soon.\n\nThanks,\nHarbor Point Marina Hiring Team",
        "harbor",
        "applied",
    ),
    Mail(
        "am08",
        "02-12 16:45",
        BAMBOO,
        "Update on your application",
        "Hi Robin,\n\nThank you for your interest in the Office Manager position at Kestrel Veterinary Clinic. "
        "We've decided to go forward with other applicants at this time.\n\nWe wish you the best in your "
        "search.\n\nKestrel Veterinary Clinic Hiring Team",
        "kestrel",
        "rejected",
    ),
    Mail(
        "am09",
        "02-13 10:30",
        BAMBOO,
        "Interview request",
        "Hi Robin,\n\nThe team at Orchard Lane Architects would like to schedule an interview with you for the "
        "Executive Assistant position. Please reply with your availability for a 30-minute call this week.\n\n"
        "Orchard Lane Architects Hiring Team",
        "orchard",
        "interview",
    ),
    Mail(
        "am10",
        "02-20 15:00",
        BAMBOO,
        "Update on your application",
        "Hi Robin,\n\nThank you for your interest in the Office Manager position at Pinecrest Dental Group. We've "
        "decided to go forward with other applicants at this time.\n\nWe wish you the best in your "
        "search.\n\nPinecrest Dental Group Hiring Team",
        "pinecrest",
        "rejected",
    ),
    Mail(
        "am11",
        "02-24 09:00",
        BAMBOO,
        "Offer Letter",
        "Hi Robin,\n\nWe are excited to offer you the Executive Assistant position at Orchard Lane Architects! "
        "Please review and sign your offer letter using the link below by February 27.\n\nReview offer\n\n"
        "Orchard Lane Architects Hiring Team",
        "orchard",
        "offer",
    ),
)


INTERFOLIO = "Interfolio <no-reply@interfolio.com>"
AJO = "AcademicJobsOnline.org <ajo@academicjobsonline.org>"

ACADEMIC_MARKET = _inbox(
    "academic_market",
    "a postdoc on the academic job market: faculty searches through Interfolio and a university's Workday, a "
    "postdoc through AcademicJobsOnline, a UK lectureship; search committees inviting, referees asked for, a "
    "campus visit, a cancelled search, and the dossier service's own notices and calls for papers beside them",
    Mail(
        "ak01",
        "10-06 14:02",
        INTERFOLIO,
        "Application Submitted: Assistant Professor of Biology",
        "Dear Jordan Reyes,\n\nThis email confirms that your application for Assistant Professor of Biology (Tenure-Track) at Larchmont College has been successfully submitted via Interfolio.\n\nYou can view the materials you submitted in your Interfolio account under Applications.\n\nSincerely,\nInterfolio",
        "larchmont",
        "applied",
    ),
    Mail(
        "ak02",
        "10-09 09:40",
        "University of Eastvale <eastvale@myworkday.com>",
        "Thank you for applying: Assistant Professor, Department of Ecology and Evolution (JR104522)",
        "Dear Jordan,\n\nThank you for your interest in the Assistant Professor, Department of Ecology and Evolution position (JR104522) at the University of Eastvale. We have received your application materials. The search committee will begin reviewing applications on November 1 and will continue until the position is filled.\n\nBest regards,\nFaculty Recruitment\nUniversity of Eastvale",
        "eastvale",
        "applied",
    ),
    Mail(
        "ak03",
        "10-14 11:15",
        AJO,
        "AJO: Your application to Institute for Marine Sciences has been received",
        "Dear Dr. Jordan Reyes,\n\nYour application for the position Postdoctoral Fellow in Computational Genomics [POSTDOC2026] at the Institute for Marine Sciences has been received.\n\nReference letter requests have been sent to the 3 referees you listed. You can check the status of your letters at any time on your AcademicJobsOnline home page.\n\nAcademicJobsOnline.org",
        "ims",
        "applied",
    ),
    Mail(
        "ak04",
        "10-15 08:30",
        INTERFOLIO,
        "Confidential Letter Received",
        "Dear Jordan Reyes,\n\nA confidential letter of recommendation from Prof. Hannah Weiss has been added to your Interfolio Dossier. You may now send this letter with your applications.\n\nSincerely,\nInterfolio",
    ),
    Mail(
        "ak05",
        "10-20 16:45",
        "Recruitment Team <recruitment@dunmore.ac.uk>",
        "Application received: Lecturer in Statistics (REF 2026-117)",
        "Dear Dr Reyes,\n\nThank you for applying for the post of Lecturer in Statistics (REF 2026-117) at Dunmore University. Your application has been received and will be considered by the shortlisting panel after the closing date.\n\nKind regards,\nRecruitment Team\nHuman Resources, Dunmore University",
        "dunmore",
        "applied",
    ),
    Mail(
        "ak06",
        "10-22 10:05",
        "Cedar Ridge National Laboratory <noreply@taleo.net>",
        "Thank you for your interest in Postdoctoral Research Associate - Climate Modeling (Req 34512)",
        "Dear Jordan Reyes,\n\nThank you for submitting your application for the Postdoctoral Research Associate - Climate Modeling position (Requisition 34512) at Cedar Ridge National Laboratory. Our recruiting team will review your qualifications and contact you if there is a match.\n\nCedar Ridge National Laboratory Talent Acquisition",
        "cedar",
        "applied",
    ),
    Mail(
        "ak07",
        "10-27 13:20",
        "ISMB 2026 <info@ismb2026.org>",
        "ISMB 2026 - Call for Abstracts closes November 15",
        "Dear colleague,\n\nThe call for abstracts for ISMB 2026 closes on November 15. Submit talks and posters in all areas of computational biology. Early-career researchers are eligible for travel fellowships.\n\nThe ISMB 2026 Organizing Committee",
    ),
    Mail(
        "ak08",
        "11-04 18:10",
        "Dr. Luis Ferreira <lferreira@ims-marine.org>",
        "Postdoc position in computational genomics",
        "Dear Jordan,\n\nThank you for applying to the postdoctoral position in my group. I enjoyed reading your research statement, and I would like to set up a video call next week to talk about your work and the projects in the lab. Would Tuesday or Wednesday afternoon suit you?\n\nBest wishes,\nLuis\n\nLuis Ferreira, PhD\nPrincipal Investigator, Marine Genomics Lab\nInstitute for Marine Sciences",
        "ims",
        "interview",
    ),
    Mail(
        "ak09",
        "11-12 15:30",
        "H-Net Job Guide <jobguide@h-net.org>",
        "H-Net Job Guide: 14 new postings in Biology",
        "New postings this week matching your saved search:\n\nAssistant Professor of Molecular Biology - Hollins State University\nLecturer in Bioinformatics - University of Carrow\nPostdoctoral Scholar, Evolutionary Genomics - Westfield Institute\n\nView all postings on the H-Net Job Guide.",
    ),
    Mail(
        "ak10",
        "11-18 09:00",
        "Margaret Okafor <mokafor@larchmont.edu>",
        "Larchmont College Biology Search",
        "Dear Dr. Reyes,\n\nOn behalf of the search committee for the tenure-track Assistant Professor of Biology position, I am pleased to invite you to a 30-minute Zoom interview with the committee. Please let me know which of the following times work for you: December 2 at 10am, December 3 at 2pm, or December 4 at 11am (Eastern).\n\nWarm regards,\nMargaret Okafor\nProfessor and Chair, Biology Search Committee\nLarchmont College",
        "larchmont",
        "interview",
    ),
    Mail(
        "ak11",
        "11-25 12:00",
        "Recruitment Team <recruitment@dunmore.ac.uk>",
        "Lecturer in Statistics (REF 2026-117) - shortlisting outcome and references",
        "Dear Dr Reyes,\n\nI am pleased to let you know that you have been shortlisted for the post of Lecturer in Statistics. The interview panel will meet on 9 December; details of the presentation you are asked to give will follow. With your consent given on the application form, we are now contacting your referees.\n\nKind regards,\nRecruitment Team\nDunmore University",
        "dunmore",
        "interview",
    ),
    Mail(
        "ak12",
        "12-01 17:25",
        "University of Eastvale <eastvale@myworkday.com>",
        "Update on your application",
        "Dear Jordan,\n\nThe search committee for the Assistant Professor, Department of Ecology and Evolution position has completed its initial review. The search attracted more than 300 applications, and we regret to tell you that yours will not be considered further.\n\nWe wish you success in your career.\n\nFaculty Recruitment\nUniversity of Eastvale",
        "eastvale",
        "rejected",
    ),
    Mail(
        "ak13",
        "12-08 10:50",
        "Biology Department <biology@larchmont.edu>",
        "Campus visit - Assistant Professor of Biology",
        "Dear Jordan,\n\nWe are delighted that you will visit Larchmont on December 17-18. Attached is your itinerary: a research seminar on Thursday afternoon, a teaching demonstration for our introductory genetics course on Friday morning, and meetings with the Dean and the faculty. We will book your travel and hotel.\n\nBest,\nEllen Marsh\nAdministrative Coordinator, Department of Biology",
        "larchmont",
        "interview",
    ),
    Mail(
        "ak14",
        "12-10 14:40",
        "Cedar Ridge National Laboratory <noreply@taleo.net>",
        "Postdoctoral Research Associate - Climate Modeling (Req 34512)",
        "Dear Jordan Reyes,\n\nWe are writing to let you know that the requisition for Postdoctoral Research Associate - Climate Modeling (34512) has been cancelled and the position will not be filled at this time. We appreciate your interest in Cedar Ridge National Laboratory.\n\nTalent Acquisition",
        "cedar",
        "withdrawn",
    ),
    Mail(
        "ak15",
        "12-14 11:30",
        "Human Resources <hr-offers@dunmore.ac.uk>",
        "Offer of appointment - Lecturer in Statistics",
        "Dear Dr Reyes,\n\nFollowing your interview on 9 December, I am delighted to offer you the post of Lecturer in Statistics at Dunmore University, subject to satisfactory references and right to work checks. Your starting salary will be on Grade 8. A formal contract will follow.\n\nYours sincerely,\nHuman Resources\nDunmore University",
        "dunmore",
        "offer",
    ),
    Mail(
        "ak16",
        "12-29 16:00",
        "Margaret Okafor <mokafor@larchmont.edu>",
        "Biology search",
        "Dear Jordan,\n\nThank you again for visiting us this month; the committee enjoyed your seminar. After long deliberation the department has offered the position to another candidate, who has accepted. I am sorry to bring this news and I wish you every success.\n\nMargaret",
        "larchmont",
        "rejected",
    ),
)


INDEED_EZ = "Indeed <no-reply@indeed.com>"

EASY_APPLY_CAREER_CHANGE = _inbox(
    "easy_apply_career_change",
    "a teacher changing career, applying in one click through LinkedIn Easy Apply and Indeed to many small "
    "firms with the same few titles: the board names the firm only in the body or a card, two firms share a "
    "title on one day, firms answer through the board's messaging or from a shared mailbox, and the boards' "
    "own nudges sit between",
    Mail(
        "ez01",
        "03-02 08:14",
        INDEED_EZ,
        "Indeed Application: Customer Success Associate",
        "Application submitted\n\nCustomer Success Associate\nBrightloom Software - Leeds LS1\n\nThe employer will contact you if your application is a match. Keep track of your applications on My jobs.\n\nGood luck!\nThe Indeed Team",
        "brightloom",
        "applied",
    ),
    Mail(
        "ez02",
        "03-02 08:31",
        INDEED_EZ,
        "Indeed Application: Customer Success Associate",
        "Application submitted\n\nCustomer Success Associate\nParcelwise - Remote\n\nThe employer will contact you if your application is a match. Keep track of your applications on My jobs.\n\nGood luck!\nThe Indeed Team",
        "parcelwise",
        "applied",
    ),
    Mail(
        "ez03",
        "03-02 19:05",
        LINKEDIN,
        "Jordan, your application was sent to Thornbury & Finch",
        "Your application was sent to Thornbury & Finch\n\nTraining Coordinator\nThornbury & Finch · Harrogate, England (On-site)\nApplied on March 2, 2026\n\nView job",
        "thornbury",
        "applied",
    ),
    Mail(
        "ez04",
        "03-03 07:50",
        LINKEDIN,
        "Jordan, your application was sent to Kestrel Learning",
        "Your application was sent to Kestrel Learning\n\nInstructional Designer\nKestrel Learning · Leeds, England (Hybrid)\nApplied on March 3, 2026\n\nView job",
        "kestrel",
        "applied",
    ),
    Mail(
        "ez05",
        "03-03 12:00",
        INDEED_EZ,
        "Indeed Application: Junior Project Coordinator",
        "Application submitted\n\nJunior Project Coordinator\nMossgate Construction Ltd - Wakefield WF1\n\nThe employer will contact you if your application is a match.\n\nThe Indeed Team",
        "mossgate",
        "applied",
    ),
    Mail(
        "ez06",
        "03-04 09:00",
        INDEED_EZ,
        "12 new Customer Success Associate jobs in Leeds",
        "Jobs matching your search\n\nCustomer Success Associate - Orbitly - Leeds\nCustomer Success Executive - Harrow Pay - Bradford\nClient Success Associate - Lumen Dental - Leeds\n\nSee all jobs",
    ),
    Mail(
        "ez07",
        "03-05 10:22",
        LINKEDIN,
        "Your application was viewed by Kestrel Learning",
        "Jordan, your application was viewed\n\nInstructional Designer\nKestrel Learning · Leeds, England (Hybrid)\n\nKestrel Learning viewed your application on March 5. Check out similar jobs while you wait.",
        "kestrel",
        "applied",
    ),
    Mail(
        "ez08",
        "03-06 14:35",
        "Parcelwise via Indeed <parcelwise-5f2c1a@indeedemail.com>",
        "Customer Success Associate",
        "Hi Jordan,\n\nThanks for your application for the Customer Success Associate role. Your teaching background caught our eye. Could you do a 20-minute phone call with me on Monday at 11am?\n\nCheers,\nAmira\nParcelwise",
        "parcelwise",
        "interview",
    ),
    Mail(
        "ez09",
        "03-07 16:00",
        LINKEDIN,
        "Jordan, you appeared in 9 searches this week",
        "You appeared in 9 searches this week\n\nSee who's looking: recruiters from education technology and software companies found your profile.\n\nTry Premium for free",
    ),
    Mail(
        "ez10",
        "03-09 11:45",
        INDEED_EZ,
        "Indeed Application: Office Administrator",
        "Application submitted\n\nOffice Administrator\nKettle and Crumb Bakery - Otley LS21\n\nThe employer will contact you if your application is a match.\n\nThe Indeed Team",
        "kettle",
        "applied",
    ),
    Mail(
        "ez11",
        "03-10 09:12",
        "Brightloom Careers <careers@brightloom.io>",
        "Your application",
        "Hi Jordan,\n\nThank you for applying to Brightloom. We really appreciate the time you took. We have decided to progress with candidates whose experience is closer to the role, so we will not be taking your application further on this occasion.\n\nAll the best,\nThe Brightloom team",
        "brightloom",
        "rejected",
    ),
    Mail(
        "ez12",
        "03-11 08:05",
        "Kettle and Crumb <kettleandcrumb@gmail.com>",
        "Office job",
        "Hello Jordan\n\nThanks for applying through Indeed for the office administrator job. Could you pop into the bakery on Thursday around 3 for a chat with me and Steve? Ask for Dana at the counter.\n\nDana",
        "kettle",
        "interview",
    ),
    Mail(
        "ez13",
        "03-12 13:30",
        LINKEDIN,
        "Your application to Training Coordinator at Thornbury & Finch",
        "Your update from Thornbury & Finch\n\nThank you for your interest in the Training Coordinator position at Thornbury & Finch in Harrogate. Unfortunately, we will not be progressing your application, but we appreciate your time and interest.\n\nRegards,\nThornbury & Finch",
        "thornbury",
        "rejected",
    ),
    Mail(
        "ez14",
        "03-13 10:00",
        INDEED_EZ,
        "Indeed Application: Junior Project Coordinator",
        "Application submitted\n\nJunior Project Coordinator\nHallam Events Co - Sheffield S1\n\nThe employer will contact you if your application is a match.\n\nThe Indeed Team",
        "hallam",
        "applied",
    ),
    Mail(
        "ez15",
        "03-16 15:20",
        INDEED_EZ,
        "An update on your application to Mossgate Construction Ltd",
        "Junior Project Coordinator\nMossgate Construction Ltd - Wakefield WF1\n\nThe employer has reviewed your application and decided not to move forward at this time. Don't be discouraged - there are more jobs for you on Indeed.",
        "mossgate",
        "rejected",
    ),
    Mail(
        "ez16",
        "03-17 09:40",
        "Parcelwise via Indeed <parcelwise-5f2c1a@indeedemail.com>",
        "Re: Customer Success Associate",
        "Hi Jordan,\n\nGreat speaking on Monday. We'd love you to meet the team for a second interview - are you free Friday at 2pm at our office on Wellington Street?\n\nAmira",
        "parcelwise",
        "interview",
    ),
    Mail(
        "ez17",
        "03-18 18:00",
        "Google Career Certificates <certificates-noreply@google.com>",
        "You're 60% through Project Management",
        "Keep going, Jordan! You have completed 4 of 6 courses in the Google Project Management Certificate. Finish the next course to build the skills employers look for.",
    ),
    Mail(
        "ez18",
        "03-24 12:10",
        "Parcelwise via Indeed <parcelwise-5f2c1a@indeedemail.com>",
        "Offer - Customer Success Associate",
        "Hi Jordan,\n\nI'm delighted to offer you the Customer Success Associate role at Parcelwise, starting on 20 April at a salary of 26,500 GBP. I've attached the offer letter - let me know if you have any questions.\n\nAmira",
        "parcelwise",
        "offer",
    ),
)


ASHDOWN = "Kieran Doyle <kieran.doyle@ashdownresourcing.co.uk>"
VANTAGE = "Priya Shah <priya.shah@vantage-recruitment.com>"

CONTRACTOR_AGENCIES = _inbox(
    "contractor_agencies",
    "an IT contractor working through agencies: a role put on hold and resubmitted weeks later by the same "
    "agency (two applications), a client named only once the interview comes, another agency pitching a "
    "similar role, and the agency's timesheet and extension mail about the current contract",
    Mail(
        "ct01",
        "03-02 10:20",
        ASHDOWN,
        "Contract DevOps Engineer - Halcyon Bank",
        "Hi Jordan,\n\nAs discussed on the phone, I've submitted your CV to Halcyon Bank for the 6-month DevOps Engineer contract (550 GBP/day, inside IR35). I'll let you know as soon as I hear back from the hiring manager.\n\nThanks,\nKieran\n\nKieran Doyle\nSenior Consultant | Ashdown Resourcing",
        "halcyon1",
        "applied",
    ),
    Mail(
        "ct02",
        "03-03 15:05",
        VANTAGE,
        "Platform Engineer contract - Orbis Insurance",
        "Hi Jordan,\n\nThanks for the chat earlier. Your CV has gone over to Orbis Insurance for the Platform Engineer contract (9 months, outside IR35). They are reviewing this week.\n\nBest,\nPriya\n\nPriya Shah\nPrincipal Consultant, Vantage Recruitment",
        "orbis",
        "applied",
    ),
    Mail(
        "ct03",
        "03-04 11:40",
        VANTAGE,
        "Senior SRE contract",
        "Hi Jordan,\n\nAs agreed, I've put you forward for the Senior SRE contract with a leading online retailer in Manchester (12 months, outside IR35, hybrid). I'll chase them for feedback on Friday.\n\nBest,\nPriya\n\nPriya Shah\nPrincipal Consultant, Vantage Recruitment",
        "marlowe",
        "applied",
    ),
    Mail(
        "ct04",
        "03-09 09:30",
        ASHDOWN,
        "Re: Contract DevOps Engineer - Halcyon Bank",
        "Hi Jordan,\n\nQuick update - Halcyon have put the DevOps contract on hold while their Q2 budget is confirmed, so nothing will move for now. I'll be in touch if it goes live again.\n\nKieran",
        "halcyon1",
        "withdrawn",
    ),
    Mail(
        "ct05",
        "03-13 16:00",
        "Ashdown Resourcing <timesheets@ashdownresourcing.co.uk>",
        "Timesheet reminder - week ending 13/03",
        "Hi Jordan,\n\nPlease submit your timesheet for your assignment at Meridian Utilities for the week ending 13/03 by Monday 10am so that your invoice can be paid on time.\n\nAshdown Resourcing Payroll",
    ),
    Mail(
        "ct06",
        "03-10 13:15",
        VANTAGE,
        "Orbis Insurance - interview",
        "Hi Jordan,\n\nGood news - Orbis would like to meet you for a technical interview on Thursday at 10:00 with their platform lead. It will be on Teams; I'll forward the invite.\n\nPriya",
        "orbis",
        "interview",
    ),
    Mail(
        "ct07",
        "03-11 10:50",
        VANTAGE,
        "Senior SRE - Marlowe Retail",
        "Hi Jordan,\n\nI can now tell you the client for the Senior SRE role is Marlowe Retail. They'd like a first-stage video call with you on Wednesday afternoon - does 3pm work?\n\nPriya",
        "marlowe",
        "interview",
    ),
    Mail(
        "ct08",
        "03-12 08:45",
        "Dominic Hale <dominic.hale@clearwatertalent.co.uk>",
        "DevOps contract - banking",
        "Hi Jordan,\n\nI came across your profile on LinkedIn. I'm working on a DevOps Engineer contract with a major bank in Leeds, 6 months, 575 GBP/day. Would you be interested? Happy to discuss over the phone.\n\nDominic Hale\nClearwater Talent",
    ),
    Mail(
        "ct09",
        "03-17 17:30",
        VANTAGE,
        "Orbis Insurance feedback",
        "Hi Jordan,\n\nUnfortunately Orbis have decided to go with a candidate who can start immediately. They liked your Terraform depth, so I'll keep you in mind for their next requirement.\n\nPriya",
        "orbis",
        "rejected",
    ),
    Mail(
        "ct10",
        "04-14 09:05",
        ASHDOWN,
        "Halcyon Bank DevOps contract is live again",
        "Hi Jordan,\n\nHalcyon have got sign-off and the DevOps Engineer contract is back on. With your OK yesterday, I've resubmitted your CV to them this morning.\n\nKieran",
        "halcyon2",
        "applied",
    ),
    Mail(
        "ct11",
        "04-16 14:20",
        ASHDOWN,
        "Halcyon Bank - interview Tuesday",
        "Hi Jordan,\n\nHalcyon would like to interview you on Tuesday at 2pm at their Wellington Place office with the DevOps lead and an engineer from the team. Please confirm and I'll send the details.\n\nKieran",
        "halcyon2",
        "interview",
    ),
    Mail(
        "ct12",
        "03-19 12:00",
        VANTAGE,
        "Marlowe Retail - next steps",
        "Hi Jordan,\n\nMarlowe were impressed and would like you back for a final interview with the Head of Infrastructure on Monday at 11am.\n\nPriya",
        "marlowe",
        "interview",
    ),
    Mail(
        "ct13",
        "04-23 10:10",
        ASHDOWN,
        "Halcyon Bank - offer",
        "Great news Jordan!\n\nHalcyon have offered you the DevOps Engineer contract at 560 GBP/day starting 4 May. I'll send the contract over for you to review today.\n\nKieran",
        "halcyon2",
        "offer",
    ),
    Mail(
        "ct14",
        "03-25 16:40",
        VANTAGE,
        "Marlowe Retail",
        "Hi Jordan,\n\nMarlowe have come back to me and unfortunately they've decided to go another way with an internal candidate. Sorry it wasn't better news after the final.\n\nPriya",
        "marlowe",
        "rejected",
    ),
    Mail(
        "ct15",
        "03-27 11:00",
        "Ashdown Resourcing <contracts@ashdownresourcing.co.uk>",
        "Contract extension - Meridian Utilities",
        "Hi Jordan,\n\nMeridian Utilities would like to extend your current assignment by three months to 30 June at the same rate. Please sign the extension in the contractor portal by Friday.\n\nAshdown Resourcing Contracts Team",
    ),
)


REJECTIONS_AFTER_INTERVIEWS = _inbox(
    "rejections_after_interviews",
    "an analyst's inbox where most processes end in a rejection after one or more interviews, each worded "
    "its own way (a panel, a founder, a council, a hiring manager writing personally, a filled role, a "
    "'pass'), with an interviewer's thank-you that states no news and one offer",
    Mail(
        "rw01",
        "05-04 09:10",
        "Northstar Analytics <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Northstar Analytics",
        "Hi Jordan,\n\nThanks for applying to the Data Analyst role at Northstar Analytics. The team will go through your application and reply.\n\nBest,\nNorthstar Analytics Recruiting",
        "northstar",
        "applied",
    ),
    Mail(
        "rw02",
        "05-05 11:30",
        "Greyfield Borough Council <recruitment@greyfield.gov.uk>",
        "Application acknowledgement - Performance and Insight Officer (GBC-0442)",
        "Dear Jordan Reyes,\n\nThank you for your application for the post of Performance and Insight Officer (GBC-0442). Shortlisting will take place after the closing date of 16 May.\n\nHuman Resources\nGreyfield Borough Council",
        "greyfield",
        "applied",
    ),
    Mail(
        "rw03",
        "05-06 14:00",
        "Tidewater Foods <tidewaterfoods@myworkday.com>",
        "We received your application for Commercial Analyst",
        "Dear Jordan,\n\nThank you for applying for the Commercial Analyst position at Tidewater Foods. We have received your application and our talent team is reviewing it.\n\nTidewater Foods Talent Acquisition",
        "tidewater",
        "applied",
    ),
    Mail(
        "rw04",
        "05-07 16:20",
        "Felix Anand <felix@quillbase.io>",
        "Quillbase - analytics role",
        "Hey Jordan,\n\nThanks for applying for our first analytics hire. I'm the co-founder - want to jump on a call Thursday to chat about what we're building? Here's my calendar link.\n\nFelix",
        "quillbase",
        "interview",
    ),
    Mail(
        "rw05",
        "05-11 10:00",
        "Northstar Analytics <no-reply@us.greenhouse-mail.io>",
        "Interview invitation: Data Analyst at Northstar Analytics",
        "Hi Jordan,\n\nWe'd like to invite you to a 45-minute interview with our analytics manager. Please choose a time that suits you using the link below.\n\nNorthstar Analytics Recruiting",
        "northstar",
        "interview",
    ),
    Mail(
        "rw06",
        "05-12 13:45",
        "Harriet Cole <harriet.cole@pennantlogistics.com>",
        "Insight Analyst - interview",
        "Hi Jordan,\n\nThanks for sending your CV for the Insight Analyst role. I'd like to invite you in for an interview at our Doncaster office next Tuesday at 10am; you'll meet me and our head of operations.\n\nHarriet Cole\nHead of Data, Pennant Logistics",
        "pennant",
        "interview",
    ),
    Mail(
        "rw07",
        "05-14 17:00",
        "Felix Anand <felix@quillbase.io>",
        "Re: Quillbase - analytics role",
        "Jordan - really enjoyed our call today, thanks for the thoughtful questions. I'll talk it over with my co-founder and come back to you.\n\nFelix",
        "quillbase",
        "interview",
    ),
    Mail(
        "rw08",
        "05-18 09:30",
        "Tidewater Foods <tidewaterfoods@myworkday.com>",
        "Next steps: Commercial Analyst",
        "Dear Jordan,\n\nWe are pleased to invite you to a video interview with the Commercial Finance team for the Commercial Analyst position. Please select a slot in your candidate home.\n\nTidewater Foods Talent Acquisition",
        "tidewater",
        "interview",
    ),
    Mail(
        "rw09",
        "05-19 15:10",
        "Felix Anand <felix@quillbase.io>",
        "Re: Quillbase - analytics role",
        "Hi Jordan,\n\nIt was a close call, but we're going to pass for now - we think we need someone who has already set up a data stack at a startup. Genuinely enjoyed talking and I'd be glad to stay in touch.\n\nFelix",
        "quillbase",
        "rejected",
    ),
    Mail(
        "rw10",
        "05-21 11:00",
        "Greyfield Borough Council <recruitment@greyfield.gov.uk>",
        "Invitation to interview - Performance and Insight Officer (GBC-0442)",
        "Dear Jordan Reyes,\n\nI am pleased to inform you that you have been shortlisted for interview for the post of Performance and Insight Officer. Interviews will be held at the Civic Centre on 2 June. Please bring photo identification.\n\nHuman Resources\nGreyfield Borough Council",
        "greyfield",
        "interview",
    ),
    Mail(
        "rw11",
        "05-22 18:05",
        "Harriet Cole <harriet.cole@pennantlogistics.com>",
        "Insight Analyst",
        "Hi Jordan,\n\nThank you for coming in on Tuesday. I wanted to let you know personally that we have chosen to proceed with another finalist whose experience in transport data is closer to what we need right now. I hope our paths cross again.\n\nHarriet",
        "pennant",
        "rejected",
    ),
    Mail(
        "rw12",
        "05-26 10:15",
        "Northstar Analytics <no-reply@us.greenhouse-mail.io>",
        "Your application to Northstar Analytics",
        "Hi Jordan,\n\nThank you for taking the time to interview with us for the Data Analyst role. Having weighed it carefully the panel felt that other candidates more closely matched the requirements of the position at this stage.\n\nWe appreciate your interest in Northstar Analytics.\n\nNorthstar Analytics Recruiting",
        "northstar",
        "rejected",
    ),
    Mail(
        "rw13",
        "05-27 12:30",
        "Lowmoor Housing <jobs@lowmoorhousing.org.uk>",
        "Your application - Data and Reporting Analyst",
        "Dear Jordan,\n\nThank you for applying for the Data and Reporting Analyst vacancy at Lowmoor Housing. We will be in touch after the closing date.\n\nPeople Team\nLowmoor Housing",
        "lowmoor",
        "applied",
    ),
    Mail(
        "rw14",
        "06-01 09:00",
        "Tidewater Foods <tidewaterfoods@myworkday.com>",
        "Regarding your application for Commercial Analyst",
        "Dear Jordan,\n\nThank you for interviewing with us. The position has now been filled by a candidate whose experience best matched the needs of the team. Your details will remain in our talent pool.\n\nTidewater Foods Talent Acquisition",
        "tidewater",
        "rejected",
    ),
    Mail(
        "rw15",
        "06-05 14:40",
        "Greyfield Borough Council <recruitment@greyfield.gov.uk>",
        "Interview outcome - Performance and Insight Officer (GBC-0442)",
        "Dear Jordan Reyes,\n\nThank you for attending interview on 2 June. Although you performed well, I am sorry to tell you that on this occasion you have not been successful. If you would like feedback, please contact the recruiting manager.\n\nHuman Resources\nGreyfield Borough Council",
        "greyfield",
        "rejected",
    ),
    Mail(
        "rw16",
        "06-08 16:00",
        "People Team <jobs@lowmoorhousing.org.uk>",
        "Data and Reporting Analyst - interview",
        "Dear Jordan,\n\nWe would like to invite you to interview for the Data and Reporting Analyst post on 15 June at 1.30pm at our Hexham office. The interview will include a short Excel exercise.\n\nPeople Team\nLowmoor Housing",
        "lowmoor",
        "interview",
    ),
    Mail(
        "rw17",
        "06-18 10:20",
        "Sam Whitaker <s.whitaker@lowmoorhousing.org.uk>",
        "Data and Reporting Analyst",
        "Dear Jordan,\n\nThank you for your time on Monday. I am pleased to offer you the post of Data and Reporting Analyst at Lowmoor Housing, subject to references. HR will send the written offer this week.\n\nKind regards,\nSam Whitaker\nHead of Performance, Lowmoor Housing",
        "lowmoor",
        "offer",
    ),
)


ME = "Jordan Reyes <jordan.reyes@example.net>"
ALDERMOOR = "Aldermoor Health <aldermoorhealth@myworkday.com>"
COPPERLINE = "Copperline <no-reply@hire.lever.co>"

DUPLICATES_AND_REPLIES = _inbox(
    "duplicates_and_replies",
    "an export with the reader's sent mail: an ATS confirmation sent twice, the reader's forward of it from "
    "another account, a board's and the ATS's receipts of one submission, threads where the reader answers "
    "the recruiter and the recruiter answers back, and the reader forwarding a job alert to themselves",
    Mail(
        "dp01",
        "04-01 09:02",
        ALDERMOOR,
        "Thank you for applying - Clinical Data Coordinator",
        "Dear Jordan,\n\nThank you for applying for the Clinical Data Coordinator position (R-20817) at Aldermoor Health. We've received your application and will get in touch if your qualifications match our needs.\n\nAldermoor Health Talent Acquisition",
        "aldermoor",
        "applied",
        "dp01",
    ),
    Mail(
        "dp02",
        "04-01 09:04",
        ALDERMOOR,
        "Thank you for applying - Clinical Data Coordinator",
        "Dear Jordan,\n\nThank you for applying for the Clinical Data Coordinator position (R-20817) at Aldermoor Health. We've received your application and will get in touch if your qualifications match our needs.\n\nAldermoor Health Talent Acquisition",
        "aldermoor",
        "applied",
        "dp02",
    ),
    Mail(
        "dp03",
        "04-01 12:40",
        "Jordan Reyes <jreyes.work@gmail.com>",
        "Fwd: Thank you for applying - Clinical Data Coordinator",
        "Keeping this one.\n\n---------- Forwarded message ---------\nFrom: Aldermoor Health <aldermoorhealth@myworkday.com>\nDate: Wed, Apr 1, 2026 at 9:02 AM\nSubject: Thank you for applying - Clinical Data Coordinator\nTo: <jordan.reyes@example.net>\n\nDear Jordan,\n\nThank you for applying for the Clinical Data Coordinator position (R-20817) at Aldermoor Health. We've received your application and will get in touch if your qualifications match our needs.\n\nAldermoor Health Talent Acquisition",
        "aldermoor",
        "applied",
        "dp03",
    ),
    Mail(
        "dp04",
        "04-02 10:15",
        "Wrenfield Energy <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Wrenfield Energy",
        "Hi Jordan,\n\nThanks for your interest in Wrenfield Energy! We received your application for the Reporting Analyst role and our team will review it shortly.\n\nWrenfield Energy Recruiting",
        "wrenfield",
        "applied",
        "dp04",
    ),
    Mail(
        "dp05",
        "04-03 16:30",
        "Nadia Price <nadia.price@wrenfield.energy>",
        "Re: Thanks for applying to Wrenfield Energy",
        "Hi Jordan,\n\nI'm the recruiter for the Reporting Analyst role. Could we set up a 30-minute phone screen this week? I'm free Wednesday or Thursday afternoon.\n\nNadia Price\nTalent Partner, Wrenfield Energy",
        "wrenfield",
        "interview",
        "dp04",
    ),
    Mail(
        "dp06",
        "04-03 18:05",
        ME,
        "Re: Thanks for applying to Wrenfield Energy",
        "Hi Nadia,\n\nThanks for reaching out! Wednesday at 2pm works well for me.\n\nBest,\nJordan\n\nOn Fri, Apr 3, 2026 at 4:30 PM Nadia Price <nadia.price@wrenfield.energy> wrote:\n> Hi Jordan,\n> I'm the recruiter for the Reporting Analyst role. Could we set up a 30-minute phone screen this week?",
        "wrenfield",
        "interview",
        "dp04",
    ),
    Mail(
        "dp07",
        "04-03 18:20",
        "Nadia Price <nadia.price@wrenfield.energy>",
        "Invitation: Phone screen: Jordan Reyes / Wrenfield Energy @ Wed Apr 8, 2026 2pm - 2:30pm (BST)",
        "Nadia Price has invited you to Phone screen: Jordan Reyes / Wrenfield Energy\n\nWhen: Wednesday Apr 8, 2026 2pm - 2:30pm (BST)\nJoining info: Google Meet\n\nGoing? Yes - Maybe - No",
        "wrenfield",
        "interview",
    ),
    Mail(
        "dp08",
        "04-06 08:50",
        COPPERLINE,
        "Thank you for your application to Copperline",
        "Hi Jordan,\n\nThank you for applying to the Operations Analyst position at Copperline. We've received your application and we'll be in touch soon.\n\nThe Copperline Team",
        "copperline",
        "applied",
    ),
    Mail(
        "dp09",
        "04-07 08:51",
        COPPERLINE,
        "Thank you for your application to Copperline",
        "Hi Jordan,\n\nThank you for applying to the Operations Analyst position at Copperline. We've received your application and we'll be in touch soon.\n\nThe Copperline Team",
        "copperline",
        "applied",
    ),
    Mail(
        "dp10",
        "04-07 11:00",
        INDEED,
        "Indeed Application: Business Analyst",
        "Application submitted\n\nBusiness Analyst\nHarlan Mutual - Sheffield\n\nThe employer will contact you if your application is a match.\n\nThe Indeed Team",
        "harlan",
        "applied",
    ),
    Mail(
        "dp11",
        "04-07 11:03",
        "Harlan Mutual Careers <careers-noreply@icims.com>",
        "Harlan Mutual - Application Received",
        "Dear Jordan,\n\nThank you for your interest in the Business Analyst position at Harlan Mutual. This message confirms we have received your application.\n\nHarlan Mutual Talent Acquisition",
        "harlan",
        "applied",
    ),
    Mail(
        "dp12",
        "04-09 09:30",
        "Ruth Okonjo <ruth.okonjo@aldermoorhealth.org>",
        "Interview availability - Clinical Data Coordinator",
        "Hi Jordan,\n\nThe hiring team would like to interview you for the Clinical Data Coordinator role. Are you available on Thursday 16 April at 10am or Friday 17 April at 2pm? The interview will be in person at our Riverside site.\n\nRuth Okonjo\nRecruitment Coordinator, Aldermoor Health",
        "aldermoor",
        "interview",
        "dp12",
    ),
    Mail(
        "dp13",
        "04-09 12:15",
        ME,
        "Re: Interview availability - Clinical Data Coordinator",
        "Hi Ruth,\n\nThursday at 10am is perfect, thank you.\n\nKind regards,\nJordan\n\nOn Thu, Apr 9, 2026 at 9:30 AM Ruth Okonjo <ruth.okonjo@aldermoorhealth.org> wrote:\n> Hi Jordan,\n> The hiring team would like to interview you for the Clinical Data Coordinator role.",
        "aldermoor",
        "interview",
        "dp12",
    ),
    Mail(
        "dp14",
        "04-09 14:00",
        "Ruth Okonjo <ruth.okonjo@aldermoorhealth.org>",
        "Re: Interview availability - Clinical Data Coordinator",
        "Great - you're confirmed for Thursday 16 April at 10am. Please come to the Riverside site reception and ask for me.\n\nRuth\n\nOn Thu, Apr 9, 2026 at 12:15 PM Jordan Reyes <jordan.reyes@example.net> wrote:\n> Thursday at 10am is perfect, thank you.",
        "aldermoor",
        "interview",
        "dp12",
    ),
    Mail(
        "dp15",
        "04-10 20:10",
        ME,
        "Fwd: Job alert: 8 new Analyst jobs",
        "For later\n\n---------- Forwarded message ---------\nFrom: Indeed <alert@indeed.com>\nSubject: Job alert: 8 new Analyst jobs\n\nBusiness Analyst - Harrow Pay - Leeds\nData Analyst - Fenwick Supply - Wakefield\nReporting Analyst - Kinross Water - York\n\nSee all jobs",
    ),
    Mail(
        "dp16",
        "04-14 15:30",
        COPPERLINE,
        "Your application to Copperline",
        "Hi Jordan,\n\nThanks again for your interest in the Operations Analyst role. We've decided to go forward with other applicants whose experience sits closer to what we need.\n\nThe Copperline Team",
        "copperline",
        "rejected",
    ),
    Mail(
        "dp17",
        "04-15 09:45",
        "Wrenfield Energy <no-reply@us.greenhouse-mail.io>",
        "Update from Wrenfield Energy",
        "Hi Jordan,\n\nThank you for speaking with Nadia about the Reporting Analyst role. We have decided not to progress your candidacy further at this time.\n\nWrenfield Energy Recruiting",
        "wrenfield",
        "rejected",
    ),
    Mail(
        "dp18",
        "04-21 11:20",
        "Ruth Okonjo <ruth.okonjo@aldermoorhealth.org>",
        "Conditional offer of employment - Clinical Data Coordinator",
        "Hi Jordan,\n\nFollowing your interview, I'm delighted to make you a conditional offer for the Clinical Data Coordinator position, subject to references and an occupational health check. Your offer letter is attached.\n\nRuth Okonjo\nRecruitment Coordinator, Aldermoor Health",
        "aldermoor",
        "offer",
    ),
)


# The eighth session's inboxes (2026-12-03): classes the ones above do not hold, written before looking.

USA_STAFFING = "USA Staffing <no-reply@usastaffing.gov>"
USAJOBS = "USAJOBS <no-reply@usajobs.gov>"

FEDERAL_APPLICANT = _inbox(
    "federal_applicant",
    "a US federal job seeker: USA Staffing's receipts and status notices (referred, not referred, not selected, an announcement cancelled) for one title at two agencies and twice at one agency under two announcement numbers, a hiring official's interview, a tentative and a final offer with background-investigation mail between, among USAJOBS's saved-search and account mail",
    Mail(
        "us01",
        "03-02 14:05",
        USA_STAFFING,
        "Application Received - IT Specialist (INFOSEC)",
        "Dear Dana Whitfield,\n\nThank you for submitting your application for the position of IT Specialist (INFOSEC), FV-2210-J, announcement number FAA-ATO-26-1187-ML, with the Federal Aviation Administration.\n\nYour application has been received. Your application will be checked against the qualification requirements. Sign in to your USAJOBS account to see its status whenever you like.\n\nFederal Aviation Administration Human Resources",
        "faa",
        "applied",
    ),
    Mail(
        "us02",
        "03-03 06:00",
        USAJOBS,
        "Saved Search Results: IT Specialist",
        'Dana,\n\n12 new jobs match your saved search "IT Specialist".\n\nIT Specialist (SYSADMIN) - Department of the Interior - Denver, CO\nIT Specialist (NETWORK) - Department of Energy - Golden, CO\nIT Specialist (INFOSEC) - Department of Veterans Affairs - Aurora, CO\n\nView all results on USAJOBS.',
    ),
    Mail(
        "us03",
        "03-04 11:30",
        USA_STAFFING,
        "Application Received - IT Specialist (INFOSEC)",
        "Dear Dana Whitfield,\n\nThank you for submitting your application for the position of IT Specialist (INFOSEC), GS-2210-12, announcement number VA-26-CBJ-11873, with the Department of Veterans Affairs, Veterans Health Administration.\n\nYour application has been received. Your application will be checked against the qualification requirements. Sign in to your USAJOBS account to see its status whenever you like.\n\nVA Human Resources",
        "va1",
        "applied",
    ),
    Mail(
        "us04",
        "03-05 16:45",
        USA_STAFFING,
        "Application Received - Management and Program Analyst",
        "Dear Dana Whitfield,\n\nThank you for submitting your application for the position of Management and Program Analyst, GS-0343-11, announcement number CEN-26-0442-DE, with the U.S. Census Bureau.\n\nYour application has been received. We will review your application to determine whether you meet the qualification requirements.\n\nCensus Bureau Human Resources Division",
        "census",
        "applied",
    ),
    Mail(
        "us05",
        "03-09 10:10",
        USA_STAFFING,
        "Application Status Update - IT Specialist (INFOSEC)",
        "Dear Dana Whitfield,\n\nThis is regarding your application for IT Specialist (INFOSEC), announcement number FAA-ATO-26-1187-ML.\n\nBased on a review of your application, you have been found eligible and qualified, and your application has been referred to the hiring official for further consideration. If you are selected for an interview, the hiring official will contact you directly.\n\nFederal Aviation Administration Human Resources",
        "faa",
        "applied",
    ),
    Mail(
        "us06",
        "03-11 13:20",
        USA_STAFFING,
        "Application Status Update - Management and Program Analyst",
        "Dear Dana Whitfield,\n\nThis is regarding your application for Management and Program Analyst, announcement number CEN-26-0442-DE.\n\nAfter reviewing your application, we have determined that you do not meet the minimum qualification requirements for this position: your application did not show one year of specialized experience at the GS-09 level. Your application will not be referred to the hiring manager.\n\nCensus Bureau Human Resources Division",
        "census",
        "rejected",
    ),
    Mail(
        "us07",
        "03-12 09:15",
        "Marcus Bell <marcus.bell@faa.gov>",
        "Interview - IT Specialist (INFOSEC) FAA-ATO-26-1187-ML",
        "Good morning Ms. Whitfield,\n\nI am the selecting official for the IT Specialist (INFOSEC) position, announcement FAA-ATO-26-1187-ML. We would like to invite you to a structured panel interview on Thursday, March 19 at 1:00 PM Mountain Time via Microsoft Teams. The panel will consist of three members and the interview will last about 45 minutes.\n\nPlease reply to confirm your availability.\n\nMarcus Bell\nManager, Cybersecurity Operations\nFederal Aviation Administration",
        "faa",
        "interview",
    ),
    Mail(
        "us08",
        "03-13 15:00",
        USA_STAFFING,
        "Application Received - IT Specialist (INFOSEC)",
        "Dear Dana Whitfield,\n\nThank you for submitting your application for the position of IT Specialist (INFOSEC), GS-2210-12, announcement number VA-26-CBJ-12040, with the Department of Veterans Affairs, Veterans Health Administration.\n\nYour application has been received. Your application will be checked against the qualification requirements. Sign in to your USAJOBS account to see its status whenever you like.\n\nVA Human Resources",
        "va2",
        "applied",
    ),
    Mail(
        "us09",
        "03-16 18:00",
        USAJOBS,
        "Tips for writing your federal resume",
        "Hi Dana,\n\nFederal resumes are different. Learn how to describe your specialized experience, include the hours you worked per week, and match your resume to the qualifications in the job announcement.\n\nRead the guide on USAJOBS Help Center.",
    ),
    Mail(
        "us10",
        "03-18 08:40",
        USA_STAFFING,
        "Application Status Update - IT Specialist (INFOSEC)",
        "Dear Dana Whitfield,\n\nThis is regarding your application for IT Specialist (INFOSEC), announcement number VA-26-CBJ-11873.\n\nBased on a review of your application, you have been found eligible and qualified, and your application has been referred to the selecting official for further consideration.\n\nVA Human Resources",
        "va1",
        "applied",
    ),
    Mail(
        "us11",
        "03-24 14:30",
        "FAA Human Resources <9-AHR-Staffing@faa.gov>",
        "Tentative Job Offer - IT Specialist (INFOSEC)",
        "Dear Ms. Whitfield,\n\nCongratulations! We are pleased to extend to you a tentative offer of employment for the position of IT Specialist (INFOSEC), FV-2210-J, announcement FAA-ATO-26-1187-ML, in Aurora, Colorado.\n\nThis offer is contingent upon the successful completion of a background investigation and a pre-employment drug test. Please reply within 2 business days to accept or decline this tentative offer.\n\nFederal Aviation Administration Human Resources",
        "faa",
        "offer",
    ),
    Mail(
        "us12",
        "03-26 11:05",
        USA_STAFFING,
        "Application Status Update - IT Specialist (INFOSEC)",
        "Dear Dana Whitfield,\n\nThis is regarding your application for IT Specialist (INFOSEC), announcement number VA-26-CBJ-11873.\n\nThe selecting official has made a selection for this position. We are sorry to let you know that you were not selected. Thank you for your interest in employment with the Department of Veterans Affairs.\n\nVA Human Resources",
        "va1",
        "rejected",
    ),
    Mail(
        "us13",
        "03-27 09:50",
        USA_STAFFING,
        "Announcement Cancelled - IT Specialist (INFOSEC)",
        "Dear Dana Whitfield,\n\nThis is regarding your application for IT Specialist (INFOSEC), announcement number VA-26-CBJ-12040.\n\nThis vacancy announcement has been cancelled and no selection will be made from it. We apologize for any inconvenience and encourage you to apply for future vacancies.\n\nVA Human Resources",
        "va2",
        "withdrawn",
    ),
    Mail(
        "us14",
        "03-31 10:00",
        "FAA Personnel Security <faa-personnel-security@faa.gov>",
        "Action Required: Background Investigation Forms - IT Specialist (INFOSEC)",
        "Dear Ms. Whitfield,\n\nAs part of your tentative offer for the IT Specialist (INFOSEC) position with the Federal Aviation Administration, you are required to complete your background investigation forms in eApp within 7 days. Instructions for logging in are attached.\n\nFAA Personnel Security Division",
        "faa",
        "offer",
    ),
    Mail(
        "us15",
        "04-02 20:00",
        USAJOBS,
        "Your USAJOBS profile",
        "Hi Dana,\n\nYou have not updated your USAJOBS profile in 90 days. Keep your contact information and hiring preferences current so agencies can reach you.\n\nSign in to USAJOBS.",
    ),
    Mail(
        "us16",
        "04-14 13:15",
        "FAA Human Resources <9-AHR-Staffing@faa.gov>",
        "Final Job Offer - IT Specialist (INFOSEC)",
        "Dear Ms. Whitfield,\n\nYour background investigation has been favorably adjudicated. We are pleased to extend a final offer of employment for the position of IT Specialist (INFOSEC), FV-2210-J, with an entry on duty date of May 4, 2026.\n\nPlease confirm your acceptance by replying to this email.\n\nFederal Aviation Administration Human Resources",
        "faa",
        "offer",
    ),
)

NHS_JOBS = "NHS Jobs <no-reply@jobs.nhs.uk>"
NORTHFIELD_RECRUITMENT = "Northfield Recruitment <nth.recruitment@nhs.net>"

NURSE_ONE_TRUST = _inbox(
    "nurse_one_trust",
    "a newly qualified nurse applying to many posts of one NHS trust (several wards and two hospitals, job references on every mail) and one of another trust: NHS Jobs' submissions, shortlisting and not-shortlisted notices, the trust's own interview and outcome mail, a conditional offer and pre-employment checks, one post re-advertised and applied for again, among job alerts, a staff bank's shifts and an open day",
    Mail(
        "nh01",
        "02-02 19:40",
        NHS_JOBS,
        "Application submitted: Staff Nurse - Acute Medical Unit",
        "Dear Amara Okafor,\n\nYour application for Staff Nurse - Acute Medical Unit (job reference 291-NTH-4471) at Northfield Teaching Hospitals NHS Foundation Trust has been submitted.\n\nThe employer will review your application after the closing date. You can track the progress of your application in your NHS Jobs account.\n\nNHS Jobs",
        "amu",
        "applied",
    ),
    Mail(
        "nh02",
        "02-03 21:10",
        NHS_JOBS,
        "Application submitted: Staff Nurse - Emergency Department",
        "Dear Amara Okafor,\n\nYour application for Staff Nurse - Emergency Department (job reference 291-NTH-4502) at Northfield Teaching Hospitals NHS Foundation Trust has been submitted.\n\nThe employer will review your application after the closing date. You can track the progress of your application in your NHS Jobs account.\n\nNHS Jobs",
        "ed1",
        "applied",
    ),
    Mail(
        "nh03",
        "02-05 18:25",
        NHS_JOBS,
        "Application submitted: Staff Nurse - Elective Orthopaedics, St Aldhelm's Hospital",
        "Dear Amara Okafor,\n\nYour application for Staff Nurse - Elective Orthopaedics, St Aldhelm's Hospital (job reference 291-NTH-4519) at Northfield Teaching Hospitals NHS Foundation Trust has been submitted.\n\nThe employer will review your application after the closing date.\n\nNHS Jobs",
        "ortho",
        "applied",
    ),
    Mail(
        "nh04",
        "02-06 20:00",
        NHS_JOBS,
        "Application submitted: Band 5 Staff Nurse - Paediatrics",
        "Dear Amara Okafor,\n\nYour application for Band 5 Staff Nurse - Paediatrics (job reference 402-RC-1183) at Riverside Community Health NHS Trust has been submitted.\n\nThe employer will review your application after the closing date.\n\nNHS Jobs",
        "paeds",
        "applied",
    ),
    Mail(
        "nh05",
        "02-12 12:00",
        NHS_JOBS,
        "Update on your application: Staff Nurse - Acute Medical Unit",
        "Dear Amara Okafor,\n\nCongratulations, you have been shortlisted for interview for the post of Staff Nurse - Acute Medical Unit (291-NTH-4471) at Northfield Teaching Hospitals NHS Foundation Trust.\n\nPlease sign in to your NHS Jobs account to book your interview slot.\n\nNHS Jobs",
        "amu",
        "interview",
    ),
    Mail(
        "nh06",
        "02-13 09:30",
        NORTHFIELD_RECRUITMENT,
        "Interview invitation - Staff Nurse, Emergency Department - 291-NTH-4502",
        "Dear Amara,\n\nThank you for your application for the post of Staff Nurse, Emergency Department. We are pleased to invite you to an interview on Monday 23 February at 10:30 at Northfield General Hospital, Education Centre, Room 4. Please bring photo ID and your NMC PIN.\n\nKind regards,\nRecruitment Team\nNorthfield Teaching Hospitals NHS Foundation Trust",
        "ed1",
        "interview",
    ),
    Mail(
        "nh07",
        "02-14 10:15",
        NHS_JOBS,
        "Update on your application: Staff Nurse - Elective Orthopaedics, St Aldhelm's Hospital",
        "Dear Amara Okafor,\n\nThank you for applying for Staff Nurse - Elective Orthopaedics, St Aldhelm's Hospital (291-NTH-4519) at Northfield Teaching Hospitals NHS Foundation Trust.\n\nUnfortunately, on this occasion you have not been shortlisted for interview. We wish you every success in your future career.\n\nNHS Jobs",
        "ortho",
        "rejected",
    ),
    Mail(
        "nh08",
        "02-16 07:00",
        "NHS Jobs <jobalerts@jobs.nhs.uk>",
        "New jobs matching your saved search: Staff Nurse",
        "Dear Amara Okafor,\n\n6 new jobs match your saved search.\n\nStaff Nurse - Respiratory Ward - Northfield Teaching Hospitals NHS Foundation Trust\nStaff Nurse - Theatres - Riverside Community Health NHS Trust\nCommunity Staff Nurse - Eastbrook Health NHS Trust\n\nView these jobs on NHS Jobs.",
    ),
    Mail(
        "nh09",
        "02-20 16:30",
        "NHS Professionals <noreply@nhsprofessionals.nhs.uk>",
        "Shifts available at Northfield General Hospital this weekend",
        "Hi Amara,\n\nThere are 14 Band 5 shifts available at Northfield General Hospital this weekend, including the Emergency Department and the Acute Medical Unit. Book now in the app to secure your shifts.\n\nNHS Professionals",
    ),
    Mail(
        "nh10",
        "02-24 17:45",
        NORTHFIELD_RECRUITMENT,
        "Outcome of your interview - Staff Nurse, Emergency Department",
        "Dear Amara,\n\nThank you for attending interview for the post of Staff Nurse, Emergency Department (291-NTH-4502) yesterday. The panel were impressed with your enthusiasm; however, I am sorry to let you know that on this occasion you have not been successful. Feedback is available from the ward manager on request.\n\nKind regards,\nRecruitment Team\nNorthfield Teaching Hospitals NHS Foundation Trust",
        "ed1",
        "rejected",
    ),
    Mail(
        "nh11",
        "02-26 11:20",
        NORTHFIELD_RECRUITMENT,
        "Conditional offer of employment - Staff Nurse - Acute Medical Unit - 291-NTH-4471",
        "Dear Amara,\n\nFollowing your recent interview, I am delighted to offer you the post of Staff Nurse - Acute Medical Unit, Band 5, at Northfield General Hospital. This offer is conditional upon satisfactory pre-employment checks, including references, an enhanced DBS check and occupational health clearance.\n\nPlease log in to your NHS Jobs account to accept this offer.\n\nKind regards,\nRecruitment Team\nNorthfield Teaching Hospitals NHS Foundation Trust",
        "amu",
        "offer",
    ),
    Mail(
        "nh12",
        "02-27 09:05",
        NHS_JOBS,
        "References requested: Staff Nurse - Acute Medical Unit",
        "Dear Amara Okafor,\n\nNorthfield Teaching Hospitals NHS Foundation Trust has requested references for your conditional offer for Staff Nurse - Acute Medical Unit (291-NTH-4471). Your referees have been contacted by email.\n\nNHS Jobs",
        "amu",
        "offer",
    ),
    Mail(
        "nh13",
        "03-02 14:00",
        "Riverside Recruitment <rch.recruitment@nhs.net>",
        "Interview invitation - Band 5 Staff Nurse - Paediatrics (402-RC-1183)",
        "Dear Amara,\n\nWe are pleased to invite you to interview for the post of Band 5 Staff Nurse - Paediatrics on Thursday 12 March at 14:00 at Riverside Community Hospital, Children's Unit. The interview will include a short drug calculation test.\n\nRecruitment Team\nRiverside Community Health NHS Trust",
        "paeds",
        "interview",
    ),
    Mail(
        "nh14",
        "03-05 20:30",
        NHS_JOBS,
        "Application submitted: Staff Nurse - Emergency Department",
        "Dear Amara Okafor,\n\nYour application for Staff Nurse - Emergency Department (job reference 291-NTH-4690) at Northfield Teaching Hospitals NHS Foundation Trust has been submitted.\n\nThe employer will review your application after the closing date. You can track the progress of your application in your NHS Jobs account.\n\nNHS Jobs",
        "ed2",
        "applied",
    ),
    Mail(
        "nh15",
        "03-09 10:40",
        "Northfield Pre-Employment <nth.preemployment@nhs.net>",
        "Your DBS application - Staff Nurse - Acute Medical Unit",
        "Dear Amara,\n\nAs part of your pre-employment checks for the post of Staff Nurse - Acute Medical Unit (291-NTH-4471), your enhanced DBS application has been submitted to the Disclosure and Barring Service. We will let you know your start date once all checks are complete.\n\nPre-Employment Team\nNorthfield Teaching Hospitals NHS Foundation Trust",
        "amu",
        "offer",
    ),
    Mail(
        "nh16",
        "03-16 15:15",
        "Riverside Recruitment <rch.recruitment@nhs.net>",
        "Outcome - Band 5 Staff Nurse - Paediatrics (402-RC-1183)",
        "Dear Amara,\n\nThank you for coming to interview for the post of Band 5 Staff Nurse - Paediatrics. The panel has decided to offer the post to another candidate whose experience sits closer to matched the needs of the unit. We hope you will apply for future posts with us.\n\nRecruitment Team\nRiverside Community Health NHS Trust",
        "paeds",
        "rejected",
    ),
    Mail(
        "nh17",
        "03-18 08:00",
        "Northfield Nursing Careers <nursing.careers@nhs.net>",
        "Nurse recruitment open day - Saturday 28 March",
        "Dear colleague,\n\nJoin us at Northfield General Hospital for our nurse recruitment open day on Saturday 28 March, 10:00-15:00. Meet our ward managers, tour the Emergency Department and the Acute Medical Unit, and get interviewed on the day for Band 5 posts.\n\nRegister your place online.\n\nNorthfield Teaching Hospitals NHS Foundation Trust",
    ),
)

GOODTIME = "Brightwave Recruiting via GoodTime <scheduling@goodtime.io>"
CALENDLY = "Calendly <notifications@calendly.com>"
GOOGLE_CALENDAR = "Lena Park (Google Calendar) <calendar-notification@google.com>"

SCHEDULING_TOOLS = _inbox(
    "scheduling_tools",
    "a designer whose interviews are booked through scheduling tools: GoodTime, Calendly, Google Calendar invitations and their updates, ModernLoop, a cancelled and rebooked call; the employer named only in an event's title or the tool's display name, never the tool; the reader's own Calendly bookings and a work Zoom recording among them",
    Mail(
        "sc01",
        "04-01 10:05",
        "Brightwave <no-reply@greenhouse.io>",
        "Thank you for applying to Brightwave",
        "Hi Sam,\n\nThanks for applying for the Product Designer role at Brightwave. The team will go through your application and reply if there's a fit.\n\nBest,\nThe Brightwave Recruiting Team",
        "brightwave",
        "applied",
    ),
    Mail(
        "sc02",
        "04-02 15:40",
        "Tessellate <no-reply@hire.lever.co>",
        "Tessellate - application received",
        "Hi Sam,\n\nThank you for applying for the Senior Product Designer position at Tessellate. We've received your application and a member of our team will be in touch.\n\nTessellate Talent",
        "tessellate",
        "applied",
    ),
    Mail(
        "sc03",
        "04-03 09:20",
        "Quarry Labs <no-reply@ashbyhq.com>",
        "Thanks for applying to Quarry Labs",
        "Hi Sam,\n\nThanks for your interest in the Design Lead role at Quarry Labs! We've received your application and will review it shortly.\n\nThe Quarry Labs team",
        "quarry",
        "applied",
    ),
    Mail(
        "sc04",
        "04-03 17:10",
        GOODTIME,
        "Brightwave: please select your interview times",
        "Hi Sam,\n\nThe Brightwave team would like to schedule a 45 minute Portfolio Review for the Product Designer role. Please select all the times you are available over the next week using the link below.\n\nSelect availability\n\nPowered by GoodTime",
        "brightwave",
        "interview",
    ),
    Mail(
        "sc05",
        "04-06 11:00",
        CALENDLY,
        "New Event: Sam Ortiz - 10:00am Thu, Apr 9, 2026 - Tessellate Intro Call (Senior Product Designer)",
        "Hi Sam Ortiz,\n\nA new event has been scheduled.\n\nEvent Type:\nTessellate Intro Call (Senior Product Designer)\n\nInvitee:\nSam Ortiz\n\nEvent Date/Time:\n10:00am - Thursday, April 9, 2026 (Eastern Time - US & Canada)\n\nLocation:\nThis is a Google Meet web conference.\n\nView event in Calendly",
        "tessellate",
        "interview",
    ),
    Mail(
        "sc06",
        "04-06 16:30",
        "GoodTime <scheduling@goodtime.io>",
        "Interview confirmed: Brightwave - Product Designer",
        "Hi Sam,\n\nYour interview with Brightwave has been confirmed.\n\nPortfolio Review - Product Designer\nTuesday, April 7, 2026, 1:00 PM - 1:45 PM EDT\nInterviewers: Nadia Reyes, Tom Akers\nZoom link: https://brightwave.zoom.us/j/84512\n\nNeed to reschedule? Reply to this email.",
        "brightwave",
        "interview",
    ),
    Mail(
        "sc07",
        "04-07 12:15",
        GOOGLE_CALENDAR,
        "Invitation: Portfolio review - Sam Ortiz / Quarry Labs @ Tue Apr 14, 2026 1pm - 2pm (EDT) (sam.ortiz@example.com)",
        "Lena Park has invited you to this event.\n\nPortfolio review - Sam Ortiz / Quarry Labs\nWhen: Tuesday Apr 14, 2026 1pm - 2pm (EDT)\nJoining info: meet.google.com/qrx-lbsd-tqa\nOrganizer: lena.park@quarrylabs.com\nGuests: Lena Park, Sam Ortiz, Owen Tran\n\nGoing (sam.ortiz@example.com)? Yes - Maybe - No\n\nInvitation from Google Calendar",
        "quarry",
        "interview",
    ),
    Mail(
        "sc08",
        "04-08 08:45",
        CALENDLY,
        "Canceled: Sam Ortiz - 10:00am Thu, Apr 9, 2026 - Tessellate Intro Call (Senior Product Designer)",
        "Hi Sam Ortiz,\n\nThe event below has been canceled.\n\nEvent Type:\nTessellate Intro Call (Senior Product Designer)\n\nEvent Date/Time:\n10:00am - Thursday, April 9, 2026 (Eastern Time - US & Canada)\n\nCanceled by:\nJess Moreno\n\nReason for canceling:\nSorry Sam - a conflict came up. Could you pick a new time next week?",
        "tessellate",
        "interview",
    ),
    Mail(
        "sc09",
        "04-08 13:05",
        CALENDLY,
        "New Event: Sam Ortiz - 2:30pm Tue, Apr 14, 2026 - Tessellate Intro Call (Senior Product Designer)",
        "Hi Sam Ortiz,\n\nA new event has been scheduled.\n\nEvent Type:\nTessellate Intro Call (Senior Product Designer)\n\nInvitee:\nSam Ortiz\n\nEvent Date/Time:\n2:30pm - Tuesday, April 14, 2026 (Eastern Time - US & Canada)\n\nLocation:\nThis is a Google Meet web conference.\n\nView event in Calendly",
        "tessellate",
        "interview",
    ),
    Mail(
        "sc10",
        "04-09 18:20",
        CALENDLY,
        "New Event: Priya Nair - 5:00pm Mon, Apr 13, 2026 - Mentoring chat (30 min)",
        "Hi Sam Ortiz,\n\nA new event has been scheduled.\n\nEvent Type:\nMentoring chat (30 min)\n\nInvitee:\nPriya Nair\n\nInvitee Email:\npriya.nair@example.org\n\nEvent Date/Time:\n5:00pm - Monday, April 13, 2026 (Eastern Time - US & Canada)\n\nQuestions:\nI'd love your advice on building a design portfolio.",
    ),
    Mail(
        "sc11",
        "04-10 09:00",
        GOOGLE_CALENDAR,
        "Updated invitation: Portfolio review - Sam Ortiz / Quarry Labs @ Wed Apr 15, 2026 11am - 12pm (EDT) (sam.ortiz@example.com)",
        "This event has been changed.\n\nPortfolio review - Sam Ortiz / Quarry Labs\nWhen: Changed: Wednesday Apr 15, 2026 11am - 12pm (EDT)\nJoining info: meet.google.com/qrx-lbsd-tqa\nOrganizer: lena.park@quarrylabs.com\nGuests: Lena Park, Sam Ortiz, Owen Tran\n\nInvitation from Google Calendar",
        "quarry",
        "interview",
    ),
    Mail(
        "sc12",
        "04-10 17:30",
        "Zoom <no-reply@zoom.us>",
        "Cloud Recording - Weekly Design Crit is now available",
        "Hi Sam,\n\nYour cloud recording is now available.\n\nTopic: Weekly Design Crit\nDate: Apr 10, 2026 03:00 PM Eastern Time\n\nShare recording with viewers.",
    ),
    Mail(
        "sc13",
        "04-13 14:50",
        "GoodTime <scheduling@goodtime.io>",
        "Your onsite interview schedule with Brightwave",
        "Hi Sam,\n\nHere is your final round schedule with Brightwave for the Product Designer role on Friday, April 17, 2026:\n\n10:00 AM - Design Exercise with Nadia Reyes\n11:00 AM - Cross-functional with Priti Shah (Product)\n12:00 PM - Values with Marco Li\n\nLocation: 220 Hudson St, 5th floor. Ask for Nadia at reception.",
        "brightwave",
        "interview",
    ),
    Mail(
        "sc14",
        "04-20 10:10",
        "Tessellate <no-reply@hire.lever.co>",
        "Your application to Tessellate",
        "Hi Sam,\n\nThanks for talking with us about the Senior Product Designer role. Having weighed it carefully, we've decided not to progress your candidacy further at this time.\n\nWe appreciate your interest in Tessellate and wish you the best.\n\nTessellate Talent",
        "tessellate",
        "rejected",
    ),
    Mail(
        "sc15",
        "04-21 11:30",
        "Helio Health via ModernLoop <scheduling@modernloop.io>",
        "Helio Health: share your availability for your interview",
        "Hi Sam,\n\nThanks for chatting with our recruiting team! Please share your availability for a 60 minute interview for the Staff Product Designer role at Helio Health with our Head of Design.\n\nShare availability\n\nSent via ModernLoop on behalf of Helio Health",
        "helio",
        "interview",
    ),
    Mail(
        "sc16",
        "04-22 16:00",
        "Nadia Reyes <nadia@brightwave.io>",
        "Offer - Product Designer",
        "Hi Sam,\n\nThank you again for spending Friday with the team. I'm thrilled to share that we'd like to offer you the Product Designer role at Brightwave! I've attached your offer letter with the details of compensation and benefits. Let's find time to talk it through.\n\nNadia",
        "brightwave",
        "offer",
    ),
    Mail(
        "sc17",
        "04-23 09:40",
        GOOGLE_CALENDAR,
        "Invitation: Final round - Quarry Labs (Design Lead) @ Tue Apr 28, 2026 10am - 1pm (EDT) (sam.ortiz@example.com)",
        "Lena Park has invited you to this event.\n\nFinal round - Quarry Labs (Design Lead)\nWhen: Tuesday Apr 28, 2026 10am - 1pm (EDT)\nWhere: Quarry Labs, 88 Water St, New York\nOrganizer: lena.park@quarrylabs.com\n\nGoing (sam.ortiz@example.com)? Yes - Maybe - No\n\nInvitation from Google Calendar",
        "quarry",
        "interview",
    ),
)

OFFER_STAGE_VENDORS = _inbox(
    "offer_stage_vendors",
    "a job seeker at the end of three processes: an offer sent through DocuSign and completed, background checks by Checkr and HireRight, reference checks by Xref, an onboarding portal, an offer declined by the reader (withdrawn) and a rejection after references; each vendor names the employer, never itself; a lease sent for signing through DocuSign is no application",
    Mail(
        "oc01",
        "05-04 10:00",
        "Corvid Logistics <corvidlogistics@myworkday.com>",
        "Application Received - Operations Analyst",
        "Dear Alex,\n\nThank you for applying for the Operations Analyst position (R-30418) at Corvid Logistics. We have received your application and our recruiting team will review it.\n\nCorvid Logistics Talent Acquisition",
        "corvid",
        "applied",
    ),
    Mail(
        "oc02",
        "05-06 13:25",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Supply Chain Analyst",
        "Your application has been submitted.\n\nSupply Chain Analyst\nPellam Foods - Columbus, OH\n\nThe employer may contact you directly. Good luck!\n\nIndeed",
        "pellam",
        "applied",
    ),
    Mail(
        "oc03",
        "05-08 09:15",
        "Ardent Credit Union <careers-noreply@icims.com>",
        "Thank you for applying - Business Analyst",
        "Dear Alex Morgan,\n\nThank you for your interest in the Business Analyst position at Ardent Credit Union. Your application has been received and is being reviewed by our team.\n\nArdent Credit Union Human Resources",
        "ardent",
        "applied",
    ),
    Mail(
        "oc04",
        "05-12 14:40",
        "Hannah Cole <hannah.cole@corvidlogistics.com>",
        "Interview - Operations Analyst",
        "Hi Alex,\n\nThanks for applying to Corvid Logistics. I'd like to invite you to a video interview with me and our Operations Manager on Thursday at 11am. Does that work for you?\n\nBest,\nHannah Cole\nTalent Partner, Corvid Logistics",
        "corvid",
        "interview",
    ),
    Mail(
        "oc05",
        "05-14 16:05",
        "Grace Ndlovu <gndlovu@pellamfoods.com>",
        "Interview invitation - Supply Chain Analyst",
        "Hello Alex,\n\nThank you for your application for the Supply Chain Analyst role at Pellam Foods. We would like to invite you for an interview at our Columbus office on Tuesday, May 19 at 2pm.\n\nRegards,\nGrace Ndlovu\nHR Business Partner",
        "pellam",
        "interview",
    ),
    Mail(
        "oc06",
        "05-15 11:00",
        "Xref <no-reply@xref.com>",
        "Hannah Cole from Corvid Logistics has requested your references",
        "Hi Alex,\n\nHannah Cole from Corvid Logistics has asked you to nominate two referees as part of your application for Operations Analyst.\n\nPlease add your referees' details within 48 hours so that Corvid Logistics can complete its reference check.\n\nAdd referees\n\nXref",
        "corvid",
        "interview",
    ),
    Mail(
        "oc07",
        "05-18 10:30",
        "Ardent Credit Union <careers-noreply@icims.com>",
        "Interview Request - Business Analyst",
        "Dear Alex Morgan,\n\nWe would like to invite you to interview for the Business Analyst position at Ardent Credit Union. Please use the link below to choose a time for a panel interview next week.\n\nArdent Credit Union Human Resources",
        "ardent",
        "interview",
    ),
    Mail(
        "oc08",
        "05-20 15:55",
        "Hannah Cole via DocuSign <dse_na2@docusign.net>",
        "Please DocuSign: Corvid Logistics - Offer Letter - Operations Analyst",
        "Hannah Cole sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nHi Alex, congratulations! Please review and sign your offer letter for the Operations Analyst role at Corvid Logistics by May 27.\n\nDo Not Share This Email: this email contains a secure link to DocuSign.",
        "corvid",
        "offer",
    ),
    Mail(
        "oc09",
        "05-21 08:30",
        "Checkr <noreply@checkr.com>",
        "Corvid Logistics has requested a background check",
        "Hi Alex,\n\nCorvid Logistics has partnered with Checkr to conduct your background check as part of your offer of employment. Please complete your information so that we can begin.\n\nGet started\n\nCheckr, Inc.",
        "corvid",
        "offer",
    ),
    Mail(
        "oc10",
        "05-21 12:45",
        "Grace Ndlovu <gndlovu@pellamfoods.com>",
        "Your offer - Supply Chain Analyst",
        "Hello Alex,\n\nFollowing your interview, I'm pleased to offer you the position of Supply Chain Analyst at Pellam Foods, with a starting salary of $68,000. The offer letter is attached; please let me know your decision by May 28.\n\nRegards,\nGrace",
        "pellam",
        "offer",
    ),
    Mail(
        "oc11",
        "05-22 09:10",
        "DocuSign <dse_na2@docusign.net>",
        "Completed: Corvid Logistics - Offer Letter - Operations Analyst",
        "All parties have completed Corvid Logistics - Offer Letter - Operations Analyst.\n\nVIEW COMPLETED DOCUMENT\n\nDocuSign. The fast, easy way to get documents signed.",
        "corvid",
        "offer",
    ),
    Mail(
        "oc12",
        "05-23 14:20",
        "HireRight <noreply@hireright.com>",
        "Pellam Foods: please complete your background screening",
        "Dear Alex Morgan,\n\nPellam Foods has requested that HireRight conduct a background screening in connection with your offer of employment. Please complete your application in the HireRight Applicant Center within 3 days.\n\nHireRight",
        "pellam",
        "offer",
    ),
    Mail(
        "oc13",
        "05-24 19:00",
        "Harbour Street Lettings via DocuSign <dse_na2@docusign.net>",
        "Please DocuSign: Lease Agreement - 14 Harbour St, Apt 3B",
        "Harbour Street Lettings sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nPlease sign your 12 month lease agreement for 14 Harbour St, Apt 3B. Your move-in date is June 15.",
    ),
    Mail(
        "oc14",
        "05-26 10:05",
        "Xref <no-reply@xref.com>",
        "Ardent Credit Union has requested your references",
        "Hi Alex,\n\nArdent Credit Union has asked you to nominate two referees as part of your application for Business Analyst.\n\nPlease add your referees' details within 48 hours.\n\nAdd referees\n\nXref",
        "ardent",
        "interview",
    ),
    Mail(
        "oc15",
        "05-27 16:35",
        "Grace Ndlovu <gndlovu@pellamfoods.com>",
        "Re: Your offer - Supply Chain Analyst",
        "Hello Alex,\n\nThank you for letting me know that you have decided to accept another offer. We're sorry not to be working with you, and I have withdrawn your application and cancelled the background screening. Best of luck in your new role.\n\nGrace",
        "pellam",
        "withdrawn",
    ),
    Mail(
        "oc16",
        "05-28 11:15",
        "Checkr <noreply@checkr.com>",
        "Your background check is complete",
        "Hi Alex,\n\nYour background check for Corvid Logistics is complete and the report has been shared with Corvid Logistics. You can view a copy of your report in the Checkr candidate portal.\n\nCheckr, Inc.",
        "corvid",
        "offer",
    ),
    Mail(
        "oc17",
        "06-01 08:00",
        "Corvid Logistics <corvidlogistics@myworkday.com>",
        "Welcome to Corvid Logistics! Complete your onboarding tasks",
        "Hi Alex,\n\nWelcome to Corvid Logistics! Before your first day on June 8, please complete your onboarding tasks in Workday: your I-9, direct deposit and tax forms.\n\nWe look forward to having you on the team.\n\nCorvid Logistics People Team",
        "corvid",
        "offer",
    ),
    Mail(
        "oc18",
        "06-02 13:30",
        "Ardent Credit Union <careers-noreply@icims.com>",
        "Update on your application - Business Analyst",
        "Dear Alex Morgan,\n\nThank you for your time throughout our interview process for the Business Analyst position. After completing our reference checks, we have decided to proceed with another candidate. We appreciate your interest in Ardent Credit Union.\n\nArdent Credit Union Human Resources",
        "ardent",
        "rejected",
    ),
)

OLD = "Robin Hale <robin.hale@alumni.kestrel.ac.uk>"

FORWARDED_FROM_OLD_ADDRESS = _inbox(
    "forwarded_from_old_address",
    "a graduate whose job mail still goes to their old university address, forwarded by hand to the new one (Gmail's and Outlook's forward layouts, one with a note on top, one a job alert and one the university's own notice): the forward is the employer's mail, never the reader's own, and joins the same application's mail that came straight to the new address",
    Mail(
        "fw01",
        "03-02 10:10",
        "Larchmont Analytics <no-reply@greenhouse.io>",
        "Thank you for applying to Larchmont Analytics",
        "Hi Robin,\n\nThanks for applying for the Data Analyst role at Larchmont Analytics. We'll review your application and be in touch if it's a match.\n\nLarchmont Analytics Recruiting",
        "larchmont",
        "applied",
    ),
    Mail(
        "fw02",
        "03-03 21:15",
        OLD,
        "Fwd: Your application for Graduate Risk Analyst",
        "\n\n---------- Forwarded message ---------\nFrom: Oakridge Bank Careers <careers@oakridgebank.com>\nDate: Tue, 3 Mar 2026 at 14:02\nSubject: Your application for Graduate Risk Analyst\nTo: <robin.hale@alumni.kestrel.ac.uk>\n\nDear Robin,\n\nThank you for applying for the Graduate Risk Analyst programme at Oakridge Bank. We've received your application and will look it over after the closing date.\n\nOakridge Bank Graduate Recruitment",
        "oakridge",
        "applied",
    ),
    Mail(
        "fw03",
        "03-05 08:40",
        OLD,
        "FW: Tamsin Energy: Application received - Junior Data Scientist",
        "\n\n________________________________\nFrom: Tamsin Energy <tamsinenergy@myworkday.com>\nSent: 04 March 2026 17:31\nTo: Hale, Robin <robin.hale@alumni.kestrel.ac.uk>\nSubject: Tamsin Energy: Application received - Junior Data Scientist\n\nDear Robin,\n\nThank you for applying for the Junior Data Scientist position (JR-7781) at Tamsin Energy. Your application has been received and is now under review.\n\nTamsin Energy Talent Acquisition",
        "tamsin",
        "applied",
    ),
    Mail(
        "fw04",
        "03-10 19:20",
        OLD,
        "Fwd: Invitation to interview - Graduate Risk Analyst",
        "\n\n---------- Forwarded message ---------\nFrom: Marta Silva <marta.silva@oakridgebank.com>\nDate: Tue, 10 Mar 2026 at 11:45\nSubject: Invitation to interview - Graduate Risk Analyst\nTo: <robin.hale@alumni.kestrel.ac.uk>\n\nDear Robin,\n\nWe are pleased to invite you to a video interview for the Graduate Risk Analyst programme on Monday 16 March at 10:00. Please reply to this email from the address you would like us to use.\n\nMarta Silva\nGraduate Recruitment, Oakridge Bank",
        "oakridge",
        "interview",
    ),
    Mail(
        "fw05",
        "03-11 09:05",
        "Marta Silva <marta.silva@oakridgebank.com>",
        "Re: Invitation to interview - Graduate Risk Analyst",
        "Hi Robin,\n\nThanks for confirming - I've updated your email address. Your video interview is booked for Monday 16 March at 10:00; the Teams link is below.\n\nMarta Silva\nGraduate Recruitment, Oakridge Bank",
        "oakridge",
        "interview",
    ),
    Mail(
        "fw06",
        "03-12 12:00",
        OLD,
        "Fwd: Kestrel Careers: graduate jobs fair this Thursday",
        "\n\n---------- Forwarded message ---------\nFrom: Kestrel University Careers Service <careers@kestrel.ac.uk>\nDate: Thu, 12 Mar 2026 at 09:00\nSubject: Kestrel Careers: graduate jobs fair this Thursday\n\nDear graduate,\n\nOver 60 employers are coming to our graduate jobs fair on Thursday, including Oakridge Bank and Tamsin Energy. Bring your CV and meet recruiters about graduate schemes and internships.\n\nKestrel University Careers Service",
    ),
    Mail(
        "fw07",
        "03-14 15:30",
        "Larchmont Analytics <no-reply@greenhouse.io>",
        "Your application to Larchmont Analytics",
        "Hi Robin,\n\nThank you for your interest in the Data Analyst role. Unfortunately, we have decided to continue with other candidates whose background is a closer match for what we need.\n\nLarchmont Analytics Recruiting",
        "larchmont",
        "rejected",
    ),
    Mail(
        "fw08",
        "03-16 22:00",
        OLD,
        "Fwd: Update on your application",
        "Ugh, another one.\n\n---------- Forwarded message ---------\nFrom: Tamsin Energy <tamsinenergy@myworkday.com>\nDate: Mon, 16 Mar 2026 at 16:12\nSubject: Update on your application\nTo: <robin.hale@alumni.kestrel.ac.uk>\n\nDear Robin,\n\nThank you for your interest in Tamsin Energy. After a close look, we are sorry to let you know that we will not be progressing your application further at this time.\n\nTamsin Energy Talent Acquisition",
        "tamsin",
        "rejected",
    ),
    Mail(
        "fw09",
        "03-18 10:25",
        OLD,
        "Fwd: Harrowgate Borough Council - Application acknowledgement - Policy Officer",
        "\n\n---------- Forwarded message ---------\nFrom: Harrowgate Borough Council <recruitment@harrowgate.gov.uk>\nDate: Wed, 18 Mar 2026 at 08:55\nSubject: Harrowgate Borough Council - Application acknowledgement - Policy Officer\nTo: <robin.hale@alumni.kestrel.ac.uk>\n\nDear Robin Hale,\n\nThank you for your application for the post of Policy Officer (ref HBC-0931). Shortlisting will take place after the closing date of 27 March.\n\nHR Recruitment Team\nHarrowgate Borough Council",
        "harrowgate",
        "applied",
    ),
    Mail(
        "fw10",
        "03-30 13:40",
        OLD,
        "Fwd: Offer - Graduate Risk Analyst",
        "Yes!!\n\n---------- Forwarded message ---------\nFrom: Marta Silva <marta.silva@oakridgebank.com>\nDate: Mon, 30 Mar 2026 at 12:10\nSubject: Offer - Graduate Risk Analyst\nTo: <robin.hale@alumni.kestrel.ac.uk>\n\nDear Robin,\n\nI am delighted to offer you a place on the Oakridge Bank Graduate Risk Analyst programme starting in September 2026. Your offer letter is attached.\n\nMarta Silva\nGraduate Recruitment, Oakridge Bank",
        "oakridge",
        "offer",
    ),
    Mail(
        "fw11",
        "04-01 09:30",
        "Harrowgate Borough Council <recruitment@harrowgate.gov.uk>",
        "Interview invitation - Policy Officer (HBC-0931)",
        "Dear Robin Hale,\n\nI am pleased to invite you to interview for the post of Policy Officer on Thursday 9 April at 14:00 at the Civic Centre. The interview will include a 10 minute presentation.\n\nHR Recruitment Team\nHarrowgate Borough Council",
        "harrowgate",
        "interview",
    ),
    Mail(
        "fw12",
        "04-02 07:50",
        OLD,
        "Fwd: 18 new Data Analyst jobs in Leeds",
        "\n\n---------- Forwarded message ---------\nFrom: LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>\nDate: Thu, 2 Apr 2026 at 06:00\nSubject: 18 new Data Analyst jobs in Leeds\n\nData Analyst - Fenbrook Retail - Leeds\nJunior Data Analyst - Westgate Insurance - Leeds\nGraduate Analyst - Calder Water - Wakefield\n\nSee all jobs",
    ),
    Mail(
        "fw13",
        "04-05 11:00",
        OLD,
        "Fwd: Your alumni email account will close on 30 April",
        "\n\n---------- Forwarded message ---------\nFrom: Kestrel University IT Services <it.services@kestrel.ac.uk>\nDate: Sun, 5 Apr 2026 at 10:00\nSubject: Your alumni email account will close on 30 April\n\nDear Robin,\n\nYour alumni email account robin.hale@alumni.kestrel.ac.uk will close on 30 April 2026. Please update your contact details with any employers or services that use this address.\n\nKestrel University IT Services",
    ),
    Mail(
        "fw14",
        "04-14 16:20",
        "Harrowgate Borough Council <recruitment@harrowgate.gov.uk>",
        "Policy Officer (HBC-0931) - outcome",
        "Dear Robin Hale,\n\nThank you for attending interview for the post of Policy Officer. I am sorry to inform you that on this occasion you have not been successful.\n\nHR Recruitment Team\nHarrowgate Borough Council",
        "harrowgate",
        "rejected",
    ),
)


APPLITRACK = "Lakeside Unified School District <noreply@applitrack.com>"
LAKESIDE_HR = "Lakeside USD Human Resources <hr@lakesideusd.org>"
SCHOOL_DISTRICT = _inbox(
    "school_district_teacher",
    "a teacher applying to several schools of one school district through its ATS (a post per school, the district the employer), a principal's interview, a site's rejection naming its school only, a position filled, an offer from the district's personnel office, a fingerprinting vendor and the board's hire approval, and a charter school's process withdrawn by the reader; among the district's newsletter and job alerts",
    Mail(
        "sd01",
        "03-02 16:10",
        APPLITRACK,
        "Application Received - Lakeside Unified School District",
        "Dear Taylor Brooks,\n\nThank you for your interest in Lakeside Unified School District. Your application for the position of Grade 4 Teacher - Maple Grove Elementary (Job ID 2214) has been received. Applications are reviewed by the school site administrator, who will contact candidates selected for an interview.\n\nLakeside USD Human Resources",
        "g4",
        "applied",
    ),
    Mail(
        "sd02",
        "03-02 16:25",
        APPLITRACK,
        "Application Received - Lakeside Unified School District",
        "Dear Taylor Brooks,\n\nThank you for your interest in Lakeside Unified School District. Your application for the position of Middle School Science Teacher - Cedar Ridge Middle School (Job ID 2231) has been received. Applications are reviewed by the school site administrator, who will contact candidates selected for an interview.\n\nLakeside USD Human Resources",
        "sci",
        "applied",
    ),
    Mail(
        "sd03",
        "03-03 08:40",
        APPLITRACK,
        "Application Received - Lakeside Unified School District",
        "Dear Taylor Brooks,\n\nThank you for your interest in Lakeside Unified School District. Your application for the position of Long-Term Substitute, Grade 2 - Maple Grove Elementary (Job ID 2240) has been received. Applications are reviewed by the school site administrator, who will contact candidates selected for an interview.\n\nLakeside USD Human Resources",
        "sub",
        "applied",
    ),
    Mail(
        "sd04",
        "03-04 06:00",
        "EdJoin <noreply@edjoin.org>",
        "New jobs matching your search: Elementary Teacher",
        "Hi Taylor,\n\n4 new jobs match your saved search.\n\nGrade 3 Teacher - Harbor View Elementary - Lakeside Unified School District\nTransitional Kindergarten Teacher - Pinecrest Unified\nGrade 5 Teacher - Sunnyslope Elementary School District\nResource Specialist - Lakeside Unified School District\n\nView all jobs on EdJoin.",
    ),
    Mail(
        "sd05",
        "03-06 17:30",
        "Lakeside Unified School District <communications@lakesideusd.org>",
        "Lakeside Lines: March news from our district",
        "Lakeside Lines, March 2026\n\nBoard highlights: the Board of Education adopted the new math curriculum and heard an update on the Measure K bond projects.\n\nWe're hiring! Join us at our Spring Teacher Job Fair on Saturday, March 21 at the District Office, and meet principals from all 14 of our schools.\n\nCongratulations to Cedar Ridge Middle School's robotics team on their regional win!\n\nYou are receiving this newsletter because you subscribed at lakesideusd.org. Unsubscribe",
    ),
    Mail(
        "sd06",
        "03-09 14:15",
        "Dr. Angela Ruiz <aruiz@lakesideusd.org>",
        "Interview - Grade 4 Teacher",
        "Dear Taylor,\n\nThank you for applying for our Grade 4 teaching position at Maple Grove Elementary. I would like to invite you to an interview with our hiring panel on Thursday, March 12 at 3:30 pm in the school library. Please also prepare a 15-minute sample lesson on fractions.\n\nDr. Angela Ruiz\nPrincipal, Maple Grove Elementary\nLakeside Unified School District",
        "g4",
        "interview",
    ),
    Mail(
        "sd07",
        "03-10 11:05",
        "Cedar Ridge Middle School <cedarridge@lakesideusd.org>",
        "Your application - Middle School Science Teacher",
        "Dear Ms. Brooks,\n\nThank you for your application for the Science Teacher position at Cedar Ridge Middle School. After a close look, we've decided to go forward with other applicants whose experience sits closer to the needs of our science department. We encourage you to apply for future openings in Lakeside USD.\n\nMark Ellison\nAssistant Principal",
        "sci",
        "rejected",
    ),
    Mail(
        "sd08",
        "03-11 19:45",
        "Oakmont Academy Charter School <jobs@oakmontacademy.org>",
        "Thank you for applying to Oakmont Academy",
        "Hi Taylor,\n\nWe received your application for 4th Grade Lead Teacher for the 2026-27 school year. Our hiring team reviews applications weekly and will reach out if your experience is a fit.\n\nOakmont Academy Talent Team",
        "oak",
        "applied",
    ),
    Mail(
        "sd09",
        "03-13 09:00",
        APPLITRACK,
        "Reference Request Sent",
        "Dear Taylor Brooks,\n\nAs part of your application for Grade 4 Teacher - Maple Grove Elementary (Job ID 2214), reference requests have been emailed to the references you listed. You will be notified when they are completed.\n\nLakeside USD Human Resources",
        "g4",
        "interview",
    ),
    Mail(
        "sd10",
        "03-16 10:20",
        "Maria Chen <mchen@oakmontacademy.org>",
        "Oakmont Academy - phone screen",
        "Hi Taylor,\n\nI'm the Director of Talent at Oakmont Academy. Could we set up a 20-minute phone call this week to talk about the 4th Grade Lead Teacher role? Here are a few times that work for me: Wednesday at 4pm, Thursday at 10am or Friday at 1pm.\n\nMaria Chen\nDirector of Talent, Oakmont Academy",
        "oak",
        "interview",
    ),
    Mail(
        "sd11",
        "03-18 15:40",
        LAKESIDE_HR,
        "Offer of Employment - Grade 4 Teacher, Maple Grove Elementary",
        "Dear Taylor Brooks,\n\nOn the recommendation of Principal Ruiz, I am pleased to offer you a probationary certificated contract as a Grade 4 Teacher at Maple Grove Elementary for the 2026-27 school year, at Step 3, Column II of the certificated salary schedule. This offer is contingent on Board approval, fingerprint clearance and TB test results.\n\nPlease reply to accept within five business days.\n\nSandra Okoye\nDirector, Certificated Personnel\nLakeside Unified School District",
        "g4",
        "offer",
    ),
    Mail(
        "sd12",
        "03-19 08:10",
        APPLITRACK,
        "Position Filled - Long-Term Substitute, Grade 2",
        "Dear Taylor Brooks,\n\nThank you for your interest in the position of Long-Term Substitute, Grade 2 - Maple Grove Elementary (Job ID 2240). This position has been filled. Your application will remain on file and may be considered for other openings.\n\nLakeside USD Human Resources",
        "sub",
        "rejected",
    ),
    Mail(
        "sd13",
        "03-20 12:30",
        "Fieldprint <noreply@fieldprint.com>",
        "Fingerprinting appointment confirmation",
        "Dear Taylor Brooks,\n\nYour fingerprinting appointment for Lakeside Unified School District has been scheduled for Tuesday, March 24 at 9:15 AM at 1400 Harbor Blvd, Suite 120. Please bring two forms of government-issued identification. Your Fieldprint code is LAKEUSDCERT.\n\nFieldprint, Inc.",
        "g4",
        "offer",
    ),
    Mail(
        "sd14",
        "03-21 13:05",
        "Maria Chen <mchen@oakmontacademy.org>",
        "Re: Oakmont Academy - phone screen",
        "Hi Taylor,\n\nThanks for letting me know that you've accepted a position with another school. I've withdrawn your application for the 4th Grade Lead Teacher role. Best of luck next year!\n\nMaria",
        "oak",
        "withdrawn",
    ),
    Mail(
        "sd15",
        "03-23 07:00",
        "Edutopia <newsletter@edutopia.org>",
        "5 strategies for your first week of teaching",
        "This week on Edutopia: five strategies for building classroom routines in the first week, a veteran teacher on parent communication, and a free guide to project-based learning.\n\nRead more\n\nYou are receiving this email because you signed up for Edutopia's weekly newsletter. Unsubscribe",
    ),
    Mail(
        "sd16",
        "03-25 16:00",
        LAKESIDE_HR,
        "New Hire Onboarding - Certificated Staff",
        "Dear Taylor,\n\nWelcome to Lakeside Unified! The Board of Education approved your hire as a Grade 4 Teacher at Maple Grove Elementary at its meeting on March 24. Please complete your new hire paperwork in the onboarding portal before New Teacher Orientation on August 10.\n\nSandra Okoye\nDirector, Certificated Personnel",
        "g4",
        "offer",
    ),
    Mail(
        "sd17",
        "04-06 06:00",
        APPLITRACK,
        "New Job Posting: Grade 5 Teacher - Willow Creek Elementary",
        "A new position matching your job alert has been posted at Lakeside Unified School District:\n\nGrade 5 Teacher - Willow Creek Elementary (Job ID 2297)\nClosing date: April 20, 2026\n\nApply online at lakesideusd.org/jobs. To stop receiving job alerts, update your preferences.",
    ),
)

LEMANIQUE = "Lémanique Énergie SA <recrutement@lemanique-energie.ch>"
KAELIN = "Martina Kälin <martina.kaelin@alpenrand.ch>"
SWISS_MULTILINGUAL = _inbox(
    "swiss_multilingual",
    "a Swiss job seeker's inbox in German, French, Italian and English: one employer writing its receipt in French and its invitation in German with the title translated, another rejecting in German after an Italian receipt, jobs.ch and LinkedIn relays, an insurer the reader applied to also sending her premium bill, and the unemployment office's (RAV) 'Beratungsgespräch'",
    Mail(
        "ch01",
        "04-01 09:12",
        "jobs.ch <noreply@jobs.ch>",
        "Ihre Bewerbung wurde übermittelt",
        "Guten Tag Lea Brunner\n\nIhre Bewerbung für die Stelle «Projektleiterin Digitalisierung 80-100%» bei Alpenrand Versicherungen AG wurde erfolgreich übermittelt.\n\nViel Erfolg!\nIhr jobs.ch-Team",
        "alp",
        "applied",
    ),
    Mail(
        "ch02",
        "04-01 09:20",
        "Alpenrand Versicherungen AG <jobs@alpenrand.ch>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrte Frau Brunner\n\nVielen Dank für Ihre Bewerbung als Projektleiterin Digitalisierung. Wir haben Ihre Unterlagen erhalten und melden uns innert zwei Wochen bei Ihnen.\n\nFreundliche Grüsse\nHR Alpenrand Versicherungen AG",
        "alp",
        "applied",
    ),
    Mail(
        "ch03",
        "04-03 14:02",
        LEMANIQUE,
        "Accusé de réception de votre candidature - Cheffe de projet IT",
        "Madame,\n\nNous accusons réception de votre candidature pour le poste de Cheffe de projet IT (80-100%) à Lausanne et vous en remercions. Nous l'examinerons avec attention et reviendrons vers vous dans les meilleurs délais.\n\nMeilleures salutations\nRessources humaines\nLémanique Énergie SA",
        "lem",
        "applied",
    ),
    Mail(
        "ch04",
        "04-06 10:45",
        LEMANIQUE,
        "Einladung zum Vorstellungsgespräch - Projektleiterin IT",
        "Sehr geehrte Frau Brunner\n\nGerne laden wir Sie zu einem Vorstellungsgespräch an unserem Standort in Bern ein: Dienstag, 14. April, 10:00 Uhr. Bitte bestätigen Sie uns den Termin.\n\nFreundliche Grüsse\nPersonalabteilung\nLémanique Énergie SA",
        "lem",
        "interview",
    ),
    Mail(
        "ch05",
        "04-07 16:30",
        "Ticino Logistica SA <hr@ticinologistica.ch>",
        "Conferma ricezione candidatura - Responsabile di progetto logistica",
        "Gentile Signora Brunner,\n\nLa ringraziamo per la Sua candidatura alla posizione di Responsabile di progetto logistica presso la nostra sede di Lugano. La Sua candidatura è in fase di valutazione e La contatteremo al più presto.\n\nCordiali saluti\nRisorse Umane\nTicino Logistica SA",
        "tic",
        "applied",
    ),
    Mail(
        "ch06",
        "04-08 07:00",
        "jobs.ch <noreply@jobs.ch>",
        "Neue Jobs für Ihr Suchabo «Projektleiter»",
        "Guten Tag Lea Brunner\n\n5 neue Stellen passen zu Ihrem Suchabo:\n\nProjektleiter/in ERP 100% - Berner Kantonalbank AG - Bern\nIT-Projektleiterin 80% - Stadt Zürich - Zürich\nChef de projet digital - Groupe Mutuel - Martigny\n\nAlle Stellen ansehen\n\nSuchabo verwalten | Abmelden",
    ),
    Mail(
        "ch07",
        "04-09 18:22",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lea, Ihre Bewerbung wurde an Rhonetal Pharma AG gesendet",
        "Ihre Bewerbung wurde an Rhonetal Pharma AG gesendet.\n\nDigital Project Manager\nRhonetal Pharma AG · Basel (Hybrid)\nBeworben am 9. April 2026\n\nJobs ansehen, die Ihren Kenntnissen entsprechen",
        "rho",
        "applied",
    ),
    Mail(
        "ch08",
        "04-10 11:15",
        KAELIN,
        "Ihre Bewerbung als Projektleiterin Digitalisierung",
        "Sehr geehrte Frau Brunner\n\nGerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem ersten Gespräch per Video ein. Passt Ihnen Donnerstag, 16. April, um 14 Uhr?\n\nFreundliche Grüsse\nMartina Kälin\nHR Business Partner\nAlpenrand Versicherungen AG",
        "alp",
        "interview",
    ),
    Mail(
        "ch09",
        "04-13 08:50",
        "Rhonetal Pharma AG <careers@rhonetal.com>",
        "Your application - Digital Project Manager",
        "Dear Lea,\n\nThank you for your interest in the Digital Project Manager position. Unfortunately, we have decided to pursue different candidates whose profiles better match our current requirements. We wish you all the best in your search.\n\nKind regards\nTalent Acquisition\nRhonetal Pharma AG",
        "rho",
        "rejected",
    ),
    Mail(
        "ch10",
        "04-14 10:00",
        "RAV Bern <rav.bern@vol.be.ch>",
        "Nachweis der persönlichen Arbeitsbemühungen April",
        "Sehr geehrte Frau Brunner\n\nBitte reichen Sie das Formular «Nachweis der persönlichen Arbeitsbemühungen» für den Monat April bis spätestens am 5. Mai ein. Ihr nächstes Beratungsgespräch mit Ihrer Personalberaterin findet am 12. Mai um 9:30 Uhr statt.\n\nFreundliche Grüsse\nRegionales Arbeitsvermittlungszentrum Bern",
    ),
    Mail(
        "ch11",
        "04-15 15:10",
        LEMANIQUE,
        "Votre candidature - Cheffe de projet IT",
        "Madame Brunner,\n\nSuite à votre entretien du 14 avril, nous avons le plaisir de vous inviter à un second entretien avec notre directeur informatique le mardi 21 avril à 9h00 à Lausanne.\n\nMeilleures salutations\nRessources humaines\nLémanique Énergie SA",
        "lem",
        "interview",
    ),
    Mail(
        "ch12",
        "04-17 09:40",
        "Ticino Logistica SA <hr@ticinologistica.ch>",
        "Ihre Bewerbung",
        "Sehr geehrte Frau Brunner\n\nWir haben uns leider für eine andere Kandidatin entschieden. Danke für Ihr Interesse an unserem Haus; für Ihren weiteren Weg alles Gute.\n\nFreundliche Grüsse\nPersonalabteilung\nTicino Logistica SA",
        "tic",
        "rejected",
    ),
    Mail(
        "ch13",
        "04-20 17:05",
        KAELIN,
        "Vertragsangebot",
        "Sehr geehrte Frau Brunner\n\nWir freuen uns, Ihnen die Stelle als Projektleiterin Digitalisierung anzubieten. Den Arbeitsvertrag senden wir Ihnen per Post zu; Ihr Eintritt wäre per 1. Juni 2026 vorgesehen.\n\nFreundliche Grüsse\nMartina Kälin\nHR Business Partner\nAlpenrand Versicherungen AG",
        "alp",
        "offer",
    ),
    Mail(
        "ch14",
        "04-22 13:30",
        LEMANIQUE,
        "Retrait de votre candidature",
        "Madame Brunner,\n\nNous prenons acte de votre décision de retirer votre candidature au poste de Cheffe de projet IT et vous remercions de l'intérêt porté à notre entreprise.\n\nMeilleures salutations\nRessources humaines\nLémanique Énergie SA",
        "lem",
        "withdrawn",
    ),
    Mail(
        "ch15",
        "04-24 06:30",
        "Alpenrand Versicherungen AG <kundenservice@alpenrand.ch>",
        "Ihre Prämienrechnung 2026 ist bereit",
        "Guten Tag Frau Brunner\n\nIhre Prämienrechnung für die Hausratversicherung (Police 44-812.775) ist in Ihrem Kundenportal verfügbar. Bitte bezahlen Sie den Betrag von CHF 286.40 bis zum 31. Mai.\n\nFreundliche Grüsse\nIhr Kundenservice\nAlpenrand Versicherungen AG",
    ),
    Mail(
        "ch16",
        "04-25 10:00",
        "Alpenrand Versicherungen AG <jobs@alpenrand.ch>",
        "Willkommen bei Alpenrand!",
        "Liebe Lea\n\nHerzlich willkommen bei Alpenrand Versicherungen! Ihr erster Arbeitstag ist der 1. Juni. Bitte erfassen Sie vorab Ihre Personalien und Bankangaben im Onboarding-Portal.\n\nIhr HR-Team",
        "alp",
        "offer",
    ),
)

BRIGHTWATER_WORKDAY = "Brightwater Health <brightwater@myworkday.com>"
NAIR = "Priya Nair <priya.nair@brightwaterhealth.org>"
INTERNAL_MOBILITY = _inbox(
    "internal_mobility",
    "an employee applying for two internal roles at their own employer through its Workday, among that employer's payslips, benefits, training and IT mail from the same addresses and a staff referral campaign listing open roles; and two outside applications, one withdrawn by the reader after the internal offer",
    Mail(
        "im01",
        "05-04 12:30",
        BRIGHTWATER_WORKDAY,
        "Internal Application Received: Clinical Data Analyst",
        "Hi Sam,\n\nThank you for applying internally for the Clinical Data Analyst position (JR-55012). As an internal candidate, your current manager will be notified of your application once you move to the interview stage.\n\nBrightwater Health Talent Acquisition",
        "int1",
        "applied",
    ),
    Mail(
        "im02",
        "05-04 18:00",
        BRIGHTWATER_WORKDAY,
        "Your payslip for April 2026 is available",
        "Hi Sam,\n\nYour payslip for the pay period ending April 30, 2026 is now available in Workday. Sign in to view or download it.\n\nBrightwater Health Payroll",
    ),
    Mail(
        "im03",
        "05-05 09:00",
        "Brightwater Health Benefits <benefits@brightwaterhealth.org>",
        "Open enrollment starts May 11",
        "Hi Sam,\n\nOpen enrollment for 2026-27 benefits runs from May 11 to May 29. Review your medical, dental and vision elections in Workday; if you make no changes, your current elections roll over.\n\nBrightwater Health Benefits Team",
    ),
    Mail(
        "im04",
        "05-06 20:15",
        "Greenhollow Insurance <greenhollow@myworkday.com>",
        "Thank you for applying to Greenhollow Insurance",
        "Dear Sam,\n\nThank you for applying for the Data Analyst II position (R-23087) at Greenhollow Insurance. Our recruiting team will review your qualifications and contact you if there is a match.\n\nGreenhollow Insurance Talent Acquisition",
        "ext1",
        "applied",
    ),
    Mail(
        "im05",
        "05-07 13:10",
        BRIGHTWATER_WORKDAY,
        "Internal Application Received: Quality Improvement Analyst",
        "Hi Sam,\n\nThank you for applying internally for the Quality Improvement Analyst position (JR-55104). As an internal candidate, your current manager will be notified of your application once you move to the interview stage.\n\nBrightwater Health Talent Acquisition",
        "int2",
        "applied",
    ),
    Mail(
        "im06",
        "05-08 15:45",
        "IT Service Desk <servicedesk@brightwaterhealth.org>",
        "Your ticket INC0048211 has been resolved",
        "Hello Sam,\n\nYour ticket INC0048211 (Epic report access for Clinical Analytics share drive) has been resolved. If the issue persists, reply to this email within 5 days to reopen it.\n\nBrightwater Health IT Service Desk",
    ),
    Mail(
        "im07",
        "05-11 10:05",
        NAIR,
        "Clinical Data Analyst - next steps",
        "Hi Sam,\n\nThanks for putting your name forward for the Clinical Data Analyst role on our analytics team. I'd love to set up a 30-minute conversation to walk through your experience with Epic reporting. Are you free Thursday at 2pm? I've let your manager know, as our internal mobility policy asks.\n\nPriya Nair\nManager, Clinical Analytics\nBrightwater Health",
        "int1",
        "interview",
    ),
    Mail(
        "im08",
        "05-12 07:30",
        BRIGHTWATER_WORKDAY,
        "Action required: complete your annual compliance training",
        "Hi Sam,\n\nYou have 2 required learning assignments due by May 31: HIPAA Privacy and Security 2026, and Workplace Safety. Open Workday Learning to complete them.\n\nBrightwater Health Learning and Development",
    ),
    Mail(
        "im09",
        "05-13 21:40",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Healthcare Data Analyst",
        "Your application has been submitted.\n\nHealthcare Data Analyst\nMeridian Clinics - Tampa, FL\n\nThe employer may contact you directly. Good luck!\n\nIndeed",
        "ext2",
        "applied",
    ),
    Mail(
        "im10",
        "05-15 16:20",
        "Greenhollow Insurance <greenhollow@myworkday.com>",
        "Update on your application",
        "Dear Sam,\n\nThank you for your interest in Greenhollow Insurance. Having weighed it carefully, we have decided not to progress your application for Data Analyst II any further at this time.\n\nGreenhollow Insurance Talent Acquisition",
        "ext1",
        "rejected",
    ),
    Mail(
        "im11",
        "05-18 11:00",
        BRIGHTWATER_WORKDAY,
        "Update on your internal application",
        "Hi Sam,\n\nThank you for your interest in continuing your career at Brightwater Health. The hiring manager has reviewed your internal application for Quality Improvement Analyst (JR-55104) and decided to move forward with another candidate. We encourage you to keep exploring internal opportunities on the Career Hub.\n\nBrightwater Health Talent Acquisition",
        "int2",
        "rejected",
    ),
    Mail(
        "im12",
        "05-19 08:00",
        "Brightwater Health All Staff <allstaff@brightwaterhealth.org>",
        "We're hiring: refer a friend and earn $1,500",
        "Team,\n\nKnow someone great? Refer them for one of our open roles and earn a $1,500 bonus when they are hired. This month we are hiring Registered Nurses, a Clinical Data Analyst, Patient Access Representatives and Pharmacy Technicians.\n\nSubmit your referral on the Career Hub.\n\nBrightwater Health Talent Acquisition",
    ),
    Mail(
        "im13",
        "05-21 17:35",
        NAIR,
        "Re: Clinical Data Analyst - next steps",
        "Hi Sam,\n\nThanks for a great conversation on Thursday. The team would like you to meet our Director, Dr. Helen Park, next Tuesday at 10am for a final interview. I'll send a calendar invite.\n\nPriya",
        "int1",
        "interview",
    ),
    Mail(
        "im14",
        "05-27 14:00",
        BRIGHTWATER_WORKDAY,
        "Internal Offer: Clinical Data Analyst",
        "Hi Sam,\n\nCongratulations! We are pleased to offer you the internal transfer to Clinical Data Analyst (JR-55012), effective June 22, 2026, at an annual salary of $78,500. Please review and accept your offer in Workday by June 2.\n\nBrightwater Health Talent Acquisition",
        "int1",
        "offer",
    ),
    Mail(
        "im15",
        "05-28 09:25",
        "Meridian Clinics <careers@meridianclinics.com>",
        "Your application for Healthcare Data Analyst",
        "Hi Sam,\n\nThank you for applying to Meridian Clinics. We'd like to invite you to a phone screen with our recruiter; please pick a time that suits you using the link below.\n\nMeridian Clinics Recruiting",
        "ext2",
        "interview",
    ),
    Mail(
        "im16",
        "05-29 15:50",
        "Meridian Clinics <careers@meridianclinics.com>",
        "Application withdrawn - Healthcare Data Analyst",
        "Hi Sam,\n\nAs you requested, we have withdrawn your application for the Healthcare Data Analyst position. We wish you the best in your new role.\n\nMeridian Clinics Recruiting",
        "ext2",
        "withdrawn",
    ),
    Mail(
        "im17",
        "06-01 10:10",
        BRIGHTWATER_WORKDAY,
        "Your job change is complete",
        "Hi Sam,\n\nYour job change to Clinical Data Analyst in Clinical Analytics has been completed in Workday, effective June 22, 2026. Your new manager is Priya Nair.\n\nBrightwater Health HR Operations",
        "int1",
        "offer",
    ),
)


NORTHGATE = "Ellie Ward <ellie.ward@northgatetalent.co.uk>"
ONE_RECRUITER_FOUR_CLIENTS = _inbox(
    "one_recruiter_four_clients",
    "one agency recruiter submitting a backend engineer to four clients, one named from the start, two named only in a later mail (an interview, a rejection), one never named; a client's own ATS booking the interview; the agency's salary-guide newsletter and another agency's cold outreach among them",
    Mail(
        "fc01",
        "06-01 10:05",
        NORTHGATE,
        "CV submitted - Senior Backend Engineer (fintech)",
        "Hi Chris,\n\nGreat speaking earlier. As agreed, I've submitted your CV to my fintech client in Shoreditch for the Senior Backend Engineer role (Go, Kafka, up to £95k). I'll let you know as soon as I hear back.\n\nBest,\nEllie Ward\nSenior Consultant, Northgate Talent",
        "ledger",
        "applied",
    ),
    Mail(
        "fc02",
        "06-01 15:40",
        NORTHGATE,
        "Submitted: Platform Engineer at Coralbay Games",
        "Hi Chris,\n\nJust confirming I've put you forward to Coralbay Games for the Platform Engineer position (Kubernetes, Terraform, hybrid in Guildford). Their hiring manager reviews CVs on Thursdays.\n\nEllie",
        "coral",
        "applied",
    ),
    Mail(
        "fc03",
        "06-02 09:30",
        NORTHGATE,
        "Your CV has gone to the healthtech client",
        "Morning Chris,\n\nI've sent your CV over to the healthtech scale-up in Manchester I mentioned, for their Backend Engineer (Python) vacancy. They move quickly, so expect news this week.\n\nEllie",
        "health",
        "applied",
    ),
    Mail(
        "fc04",
        "06-03 11:15",
        "Northgate Talent <news@northgatetalent.co.uk>",
        "Northgate Talent: the 2026 tech salary guide is here",
        "Hi Chris,\n\nOur 2026 salary guide covers 40 tech roles across London and the South East, from Backend Engineer to Head of Platform. Download your copy and see how your package compares.\n\nNorthgate Talent\nUnsubscribe from marketing emails",
    ),
    Mail(
        "fc05",
        "06-03 16:20",
        NORTHGATE,
        "Senior Software Engineer - insurance client",
        "Hi Chris,\n\nFollowing our chat, I've submitted you for the Senior Software Engineer role with my insurance client in the City (Java and some Go). Fingers crossed!\n\nEllie",
        "insure",
        "applied",
    ),
    Mail(
        "fc06",
        "06-04 14:00",
        NORTHGATE,
        "Interview request - Ledgerline",
        "Hi Chris,\n\nGood news: Ledgerline (the fintech client) would like to interview you for the Senior Backend Engineer role. First stage is a 45-minute technical call with their Head of Engineering. Could you do Tuesday at 2pm or Wednesday at 10am?\n\nEllie",
        "ledger",
        "interview",
    ),
    Mail(
        "fc07",
        "06-05 08:45",
        "Coralbay Games <no-reply@us.greenhouse-mail.io>",
        "Interview confirmation: Platform Engineer",
        "Hi Chris,\n\nYour interview for the Platform Engineer position at Coralbay Games is confirmed for Monday, June 8 at 11:00 BST with Priya Raman (Engineering Manager). The video link is below.\n\nCoralbay Games Recruiting",
        "coral",
        "interview",
    ),
    Mail(
        "fc08",
        "06-05 12:10",
        "Tom Baxter <tom.baxter@kinetic-search.com>",
        "Lead Backend role - open to a chat?",
        "Hi Chris,\n\nI came across your profile and think you'd be a great fit for a Lead Backend Engineer role I'm working on with a scale-up in Bristol (£110k + equity). Are you open to a quick call this week?\n\nTom Baxter\nKinetic Search",
    ),
    Mail(
        "fc09",
        "06-08 17:30",
        NORTHGATE,
        "Re: Your CV has gone to the healthtech client",
        "Hi Chris,\n\nSorry to be the bearer of bad news: the healthtech client has filled the Backend Engineer (Python) role with an internal transfer, so they won't be taking your application further. On to the next one!\n\nEllie",
        "health",
        "rejected",
    ),
    Mail(
        "fc10",
        "06-10 10:00",
        NORTHGATE,
        "Re: Senior Software Engineer - insurance client",
        "Hi Chris,\n\nBrightline Insurance have come back to me on the Senior Software Engineer role: they've decided to go with a candidate with more Java experience. I know you were keen, sorry it's not better news.\n\nEllie",
        "insure",
        "rejected",
    ),
    Mail(
        "fc11",
        "06-11 15:25",
        NORTHGATE,
        "Ledgerline - final stage",
        "Hi Chris,\n\nLedgerline loved the technical call! They'd like you in for the final stage (system design and a chat with the CTO) at their Shoreditch office next Thursday at 10am. Shall I confirm?\n\nEllie",
        "ledger",
        "interview",
    ),
    Mail(
        "fc12",
        "06-12 09:05",
        NORTHGATE,
        "Coralbay Games - feedback",
        "Hi Chris,\n\nCoralbay Games really enjoyed meeting you and want to make you an offer for the Platform Engineer position: £88k base, 10% bonus, hybrid two days a week. Give me a call when you can and I'll talk you through it.\n\nEllie",
        "coral",
        "offer",
    ),
    Mail(
        "fc13",
        "06-19 13:40",
        NORTHGATE,
        "Ledgerline update",
        "Hi Chris,\n\nAs you've accepted the Coralbay offer, I've let Ledgerline know you're withdrawing from their process for the Senior Backend Engineer role. They were sorry to lose you.\n\nEllie",
        "ledger",
        "withdrawn",
    ),
)


# The lead's held-out inboxes of the ninth session (docs/accuracy.md): scored on their first run before any fix.
HALDEN_WORKDAY = "Halden Partners <haldenpartners@myworkday.com>"
GRADUATE_UK_MIXED = _inbox(
    "graduate_uk_mixed",
    "a UK graduate: schemes with tests and assessment centres, an agency's client, a civil-service sift, a re-application, alerts naming the same employers",
    Mail(
        "g01",
        "01-06 10:02",
        HALDEN_WORKDAY,
        "Thank you for applying to Halden Partners",
        "Dear Alex,\n\nThank you for applying for the Graduate Analyst - London (2026 intake) role at Halden Partners. We've received your application; the team will look it over soon.\n\nKind regards,\nHalden Partners Early Careers",
        "halden",
        "applied",
    ),
    Mail(
        "g02",
        "01-06 18:30",
        "Morrow Bank Careers <careers@morrowbank.co.uk>",
        "Application received - Graduate Scheme: Technology",
        "Hi Alex,\n\nThanks for applying to the Morrow Bank Graduate Scheme: Technology. Your application reference is MB-77120. We'll be in touch about the next stage soon.\n\nMorrow Bank Early Careers",
        "morrow",
        "applied",
    ),
    Mail(
        "g03",
        "01-07 08:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Graduate Analyst at Halden Partners and 14 more jobs in London",
        "Your job alert for graduate analyst in London\n\nGraduate Analyst\nHalden Partners · London (On-site)\n\nJunior Risk Analyst\nMorrow Bank · London (Hybrid)\n\nSee all jobs",
    ),
    Mail(
        "g04",
        "01-08 12:15",
        "Fennick Media <noreply@teamtailor.com>",
        "Thanks for your application, Alex!",
        "Hi Alex,\n\nThanks for applying for the Junior Copywriter position at Fennick Media. We've received your application and will reply as soon as we're able.\n\nBest,\nFennick Media",
        "fennick_copy",
        "applied",
    ),
    Mail(
        "g05",
        "01-09 09:20",
        "Sophie Carter <sophie.carter@clearwatertalent.co.uk>",
        "Data Analyst opportunity - Ashdown Insurance",
        "Hi Alex,\n\nGreat to speak earlier. As discussed, I've now submitted your CV to Ashdown Insurance for the Data Analyst role (permanent, £32k, Reading). I'll let you know as soon as I hear back from them.\n\nBest,\nSophie Carter\nSenior Consultant | Clearwater Talent",
        "ashdown",
        "applied",
    ),
    Mail(
        "g06",
        "01-12 07:45",
        "Halden Partners <no-reply@hirevue.com>",
        "Halden Partners: complete your video interview",
        "Hi Alex,\n\nHalden Partners has invited you to complete an on-demand video interview for the Graduate Analyst position. You will be asked five questions and can record your answers at any time before 19 January.\n\nGood luck!",
        "halden",
        "assessment",
    ),
    Mail(
        "g07",
        "01-12 15:00",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Alex, your application was sent to Tidewater Energy",
        "Your application was sent to Tidewater Energy\n\nSustainability Analyst\nTidewater Energy · Aberdeen (Hybrid)\nApplied on 12 January 2026\n\nView job",
        "tidewater",
        "applied",
    ),
    Mail(
        "g08",
        "01-13 11:11",
        "Morrow Bank Careers <careers@morrowbank.co.uk>",
        "Next step: online assessments",
        "Hi Alex,\n\nGood news - you've progressed to the next stage of the Graduate Scheme: Technology. Please complete the numerical and situational judgement tests on the SHL platform within five days.\n\nMorrow Bank Early Careers",
        "morrow",
        "assessment",
    ),
    Mail(
        "g09",
        "01-14 09:00",
        "Civil Service Jobs <noreply@civilservicejobs.service.gov.uk>",
        "Application received: Policy Advisor - Department for Transport (ref 341205)",
        "Dear Alex Morgan,\n\nThank you for submitting your application for Policy Advisor (ref 341205) at the Department for Transport. You will be told the outcome of the sift after the closing date.\n\nCivil Service Jobs",
        "dft",
        "applied",
    ),
    Mail(
        "g10",
        "01-15 16:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Tidewater Energy",
        "Tidewater Energy viewed your application\n\nSustainability Analyst\nTidewater Energy · Aberdeen (Hybrid)\n\nView job",
        "tidewater",
        "applied",
    ),
    Mail(
        "g11",
        "01-16 10:05",
        "Sophie Carter <sophie.carter@clearwatertalent.co.uk>",
        "Re: Data Analyst opportunity - Ashdown Insurance",
        "Hi Alex,\n\nGood news! Ashdown would like to meet you for a first interview on Tuesday 20th at 2pm at their Reading office. The interview will be with Mark Ellis, the Head of Analytics, and should last about an hour. Can you confirm you're available?\n\nThanks,\nSophie",
        "ashdown",
        "interview",
    ),
    Mail(
        "g12",
        "01-19 08:30",
        "Gradcracker <news@gradcracker.com>",
        "This week's top graduate jobs in engineering and technology",
        "Hi Alex,\n\nHere are this week's featured opportunities: Morrow Bank - Technology Graduate Scheme, Tidewater Energy - Graduate Engineer, and 23 more.\n\nBrowse all jobs\n\nUnsubscribe",
    ),
    Mail(
        "g13",
        "01-21 13:20",
        HALDEN_WORKDAY,
        "Invitation to our Assessment Centre",
        "Dear Alex,\n\nCongratulations! Following your video interview, we are pleased to invite you to our virtual assessment centre for the Graduate Analyst programme on 2 February. The day includes a group exercise, a case study and a partner interview.\n\nPlease confirm your attendance in the candidate portal.\n\nHalden Partners Early Careers",
        "halden",
        "interview",
    ),
    Mail(
        "g14",
        "01-22 17:00",
        "Fennick Media <noreply@teamtailor.com>",
        "Update on your application for Junior Copywriter",
        "Hi Alex,\n\nThanks for waiting. All applications for the Junior Copywriter role have now been read, and sadly we won't be taking yours further this time.\n\nGood luck with the search ahead.\n\nFennick Media",
        "fennick_copy",
        "rejected",
    ),
    Mail(
        "g15",
        "01-23 09:45",
        "Sophie Carter <sophie.carter@clearwatertalent.co.uk>",
        "Ashdown feedback",
        "Hi Alex,\n\nI've just had feedback from Ashdown. They really liked you, but they've decided to go with another candidate who has more insurance experience. I know that's disappointing - I'll keep you in mind for similar roles.\n\nSophie",
        "ashdown",
        "rejected",
    ),
    Mail(
        "g16",
        "01-26 10:00",
        "Civil Service Jobs <noreply@civilservicejobs.service.gov.uk>",
        "Sift result: Policy Advisor (ref 341205)",
        "Dear Alex Morgan,\n\nWe are pleased to tell you that you have passed the sift for Policy Advisor (ref 341205) at the Department for Transport. You are now invited to book an interview slot using the link in your Civil Service Jobs account.\n\nCivil Service Jobs",
        "dft",
        "interview",
    ),
    Mail(
        "g17",
        "01-27 14:10",
        "Morrow Bank Careers <careers@morrowbank.co.uk>",
        "Invitation: video interview - Graduate Scheme: Technology",
        "Hi Alex,\n\nWell done on your assessments! We'd like to invite you to a 30-minute video interview with one of our technology leaders. Please choose a time in the scheduling link below.\n\nMorrow Bank Early Careers",
        "morrow",
        "interview",
    ),
    Mail(
        "g18",
        "01-28 08:00",
        "Indeed <alert@indeed.com>",
        "New jobs for copywriter in Manchester",
        "Junior Copywriter\nFennick Media - Manchester\n\nContent Writer\nBrightside Agency - Salford\n\nSee all 18 new jobs",
    ),
    Mail(
        "g19",
        "02-03 19:00",
        HALDEN_WORKDAY,
        "Your Halden Partners application",
        "Dear Alex,\n\nThank you for attending our assessment centre. We were impressed by the quality of candidates, and unfortunately on this occasion we will not be offering you a place on the Graduate Analyst programme.\n\nWe wish you every success.\n\nHalden Partners Early Careers",
        "halden",
        "rejected",
    ),
    Mail(
        "g20",
        "02-05 09:00",
        "Halden Partners <surveys@haldenpartners.com>",
        "Tell us about your candidate experience",
        "Dear Alex,\n\nYou recently took part in our graduate recruitment process. We'd value five minutes of your time to tell us how we did.\n\nTake the survey",
    ),
    Mail(
        "g21",
        "02-06 11:30",
        "Morrow Bank Careers <careers@morrowbank.co.uk>",
        "Your offer - Graduate Scheme: Technology",
        "Hi Alex,\n\nWe are delighted to offer you a place on the Morrow Bank Graduate Scheme: Technology, starting in September 2026. Your offer letter and contract are attached; please accept through the candidate portal by 20 February.\n\nCongratulations!\nMorrow Bank Early Careers",
        "morrow",
        "offer",
    ),
    Mail(
        "g22",
        "02-09 10:15",
        "Fennick Media <noreply@teamtailor.com>",
        "Thanks for your application, Alex!",
        "Hi Alex,\n\nThanks for applying for the Content Assistant position at Fennick Media. We've received your application and will reply as soon as we're able.\n\nBest,\nFennick Media",
        "fennick_content",
        "applied",
    ),
    Mail(
        "g23",
        "02-10 12:00",
        "Morrow Bank <news@morrowbank.co.uk>",
        "Your February update from Morrow Bank",
        "Hi Alex,\n\nNew savings rates, our app's latest features and tips for managing your money this month.\n\nUnsubscribe",
    ),
    Mail(
        "g24",
        "02-12 15:30",
        "Civil Service Jobs <noreply@civilservicejobs.service.gov.uk>",
        "Interview booked: Policy Advisor (ref 341205)",
        "Dear Alex Morgan,\n\nYour interview for Policy Advisor (ref 341205) is booked for 19 February 2026 at 10:30. The interview will take place on Microsoft Teams.\n\nCivil Service Jobs",
        "dft",
        "interview",
    ),
    Mail(
        "g25",
        "02-13 09:00",
        "Workday <haldenpartners@myworkday.com>",
        "Reset your password",
        "A password reset was requested for your Halden Partners candidate account. If this wasn't you, ignore this email.",
    ),
    Mail(
        "g26",
        "02-20 16:45",
        "Fennick Media <noreply@teamtailor.com>",
        "Update on your application for Content Assistant",
        "Hi Alex,\n\nThanks for your interest in the Content Assistant role. We'd love to have a quick 20-minute call with you to learn more - please pick a time that suits you from our calendar.\n\nBest,\nFennick Media",
        "fennick_content",
        "interview",
    ),
)


US_ENGINEER_SCHEDULERS = _inbox(
    "us_engineer_schedulers",
    "a US engineer: ATS receipts, interview schedulers naming only the employer, a recruiter's client, withdrawals, the same employer twice",
    Mail(
        "u01",
        "03-02 14:05",
        "Lattice Health <no-reply@greenhouse.io>",
        "Thank you for applying to Lattice Health",
        "Hi Sam,\n\nThanks for your interest in Lattice Health! We've received your application for Senior Backend Engineer, Platform and our team will review it soon.\n\nBest,\nLattice Health Recruiting",
        "lattice_backend",
        "applied",
    ),
    Mail(
        "u02",
        "03-02 14:40",
        "Quarry <no-reply@ashbyhq.com>",
        "Thanks for applying to Quarry",
        "Hi Sam,\n\nThank you for applying for the Staff Software Engineer, Infrastructure role at Quarry. We'll be in touch if there's a match.\n\nThe Quarry team",
        "quarry",
        "applied",
    ),
    Mail(
        "u03",
        "03-03 09:12",
        "Holloway Systems <holloway@myworkday.com>",
        "Holloway Systems - Application Received",
        "Dear Sam Rivera,\n\nThank you for your interest in Holloway Systems. We've received your application for the position of Software Engineer III (JR104455).\n\nHolloway Systems Talent Acquisition",
        "holloway",
        "applied",
    ),
    Mail(
        "u04",
        "03-04 16:20",
        "Dana Kim <dana@northstack-talent.com>",
        "Senior Backend role - fintech client",
        "Hi Sam,\n\nThanks for the chat today. As agreed, I've submitted your resume to my client, a Series C fintech in NYC, for their Senior Backend Engineer opening. I'll update you as soon as I hear back.\n\nDana Kim\nNorthstack Talent",
        "client_fintech",
        "applied",
    ),
    Mail(
        "u05",
        "03-06 11:00",
        "Lattice Health <no-reply@greenhouse.io>",
        "Lattice Health - let's schedule your recruiter call",
        "Hi Sam,\n\nThanks for applying to the Senior Backend Engineer, Platform role! We'd love to set up a 30-minute call with our recruiter. Please use the link below to pick a time that works for you.\n\nLattice Health Recruiting",
        "lattice_backend",
        "interview",
    ),
    Mail(
        "u06",
        "03-07 08:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Staff Software Engineer at Quarry and more",
        "Staff Software Engineer\nQuarry · San Francisco (Remote)\n\nSenior Backend Engineer\nLattice Health · New York (Hybrid)\n\nSee all jobs",
    ),
    Mail(
        "u07",
        "03-09 13:30",
        "GoodTime <scheduling@goodtime.io>",
        "Interview Confirmation with Lattice Health",
        "Hi Sam,\n\nYour interview with Lattice Health has been confirmed.\n\nWhen: Thursday, March 12, 2026, 1:00 PM - 1:30 PM EDT\nWho: Priya Shah (Recruiter)\nWhere: Zoom\n\nNeed to reschedule? Use the link below.",
        "lattice_backend",
        "interview",
    ),
    Mail(
        "u08",
        "03-10 10:10",
        "Dana Kim <dana@northstack-talent.com>",
        "Re: Senior Backend role - fintech client",
        "Hi Sam,\n\nGood news - the client (it's Beacon Ledger, as promised I can share the name now) would like to do a technical screen. Are you free Friday afternoon?\n\nDana",
        "client_fintech",
        "interview",
    ),
    Mail(
        "u09",
        "03-11 17:45",
        "Quarry <no-reply@ashbyhq.com>",
        "Update on your Quarry application",
        "Hi Sam,\n\nThank you for your interest in the Staff Software Engineer, Infrastructure role. After reviewing your background, we've decided not to move forward at this time.\n\nWe'll keep your information on file.\n\nThe Quarry team",
        "quarry",
        "rejected",
    ),
    Mail(
        "u10",
        "03-12 09:00",
        "Holloway Systems <holloway@myworkday.com>",
        "Holloway Systems: Online Assessment",
        "Dear Sam Rivera,\n\nAs the next step for Software Engineer III (JR104455), please complete the online coding assessment within 7 days. You will find the link in your candidate home.\n\nHolloway Systems Talent Acquisition",
        "holloway",
        "assessment",
    ),
    Mail(
        "u11",
        "03-13 15:00",
        "Lattice Health <no-reply@greenhouse.io>",
        "Thank you for applying to Lattice Health",
        "Hi Sam,\n\nThanks for your interest in Lattice Health! We've received your application for Engineering Manager, Data and our team will review it soon.\n\nBest,\nLattice Health Recruiting",
        "lattice_em",
        "applied",
    ),
    Mail(
        "u12",
        "03-16 12:00",
        "Beacon Ledger <no-reply@hire.lever.co>",
        "Beacon Ledger - technical screen",
        "Hi Sam,\n\nWe're looking forward to your technical screen for the Senior Backend Engineer role on Friday, March 20 at 2:00 PM ET with one of our staff engineers.\n\nBeacon Ledger Recruiting",
        "client_fintech",
        "interview",
    ),
    Mail(
        "u13",
        "03-18 19:20",
        "Holloway Systems <holloway@myworkday.com>",
        "Your application has been withdrawn",
        "Dear Sam Rivera,\n\nThis email confirms that your application for Software Engineer III (JR104455) has been withdrawn at your request. We wish you the best in your search.\n\nHolloway Systems Talent Acquisition",
        "holloway",
        "withdrawn",
    ),
    Mail(
        "u14",
        "03-19 08:30",
        "Lattice Health <no-reply@greenhouse.io>",
        "Lattice Health: next steps",
        "Hi Sam,\n\nThanks for speaking with Priya! We'd like to invite you to the virtual onsite for the Senior Backend Engineer, Platform role: four 45-minute interviews over one afternoon. Our coordinator will send options shortly.\n\nLattice Health Recruiting",
        "lattice_backend",
        "interview",
    ),
    Mail(
        "u15",
        "03-20 10:00",
        "Blind <no-reply@teamblind.com>",
        "Trending at Lattice Health this week",
        "See what Lattice Health employees are saying about the new reorg and compensation.\n\nRead more",
    ),
    Mail(
        "u16",
        "03-24 16:00",
        "Beacon Ledger <no-reply@hire.lever.co>",
        "Your application at Beacon Ledger",
        "Hi Sam,\n\nThanks for taking the time to speak with our team. Unfortunately, we've decided to go forward with other applicants for the Senior Backend Engineer role.\n\nBest,\nBeacon Ledger Recruiting",
        "client_fintech",
        "rejected",
    ),
    Mail(
        "u17",
        "03-25 09:30",
        "Lattice Health <no-reply@greenhouse.io>",
        "Update on your application for Engineering Manager, Data",
        "Hi Sam,\n\nThank you for applying for the Engineering Manager, Data position. We have decided to pursue different candidates whose experience sits closer to this role.\n\nBest,\nLattice Health Recruiting",
        "lattice_em",
        "rejected",
    ),
    Mail(
        "u18",
        "03-30 18:00",
        "Priya Shah <priya.shah@latticehealth.com>",
        "Offer - Senior Backend Engineer, Platform",
        "Hi Sam,\n\nCongratulations! I'm thrilled to share that the team would like to extend you an offer for the Senior Backend Engineer, Platform role. I've attached the offer letter with the compensation details - let's find time tomorrow to walk through it.\n\nPriya",
        "lattice_backend",
        "offer",
    ),
)


SPANISH_MARKETING_SEEKER = _inbox(
    "spanish_marketing_seeker",
    "a job seeker in Madrid: InfoJobs and LinkedIn receipts, an employer's own mail, a consultancy relaying a client, alerts, an offer",
    Mail(
        "e01",
        "04-01 09:30",
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura a Responsable de Marketing Digital se ha enviado a Grupo Alcora",
        "Hola Lucía,\n\nTu candidatura a la oferta Responsable de Marketing Digital se ha enviado correctamente a Grupo Alcora.\n\nPodrás seguir el estado de tu candidatura desde tu área personal.\n\nEl equipo de InfoJobs",
        "alcora",
        "applied",
    ),
    Mail(
        "e02",
        "04-01 12:10",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lucía, tu solicitud se ha enviado a Vértice Seguros",
        "Tu solicitud se ha enviado a Vértice Seguros\n\nEspecialista en Contenidos\nVértice Seguros · Madrid (Híbrido)\nSolicitado el 1 de abril de 2026\n\nVer empleo",
        "vertice",
        "applied",
    ),
    Mail(
        "e03",
        "04-02 08:00",
        "InfoJobs <alertas@infojobs.net>",
        "15 nuevas ofertas de Marketing en Madrid",
        "Ofertas que encajan con tu búsqueda:\n\nResponsable de Marketing Digital - Grupo Alcora - Madrid\nCommunity Manager - Nubla Cosmética - Madrid\nSEO Specialist - Lumen Travel - Remoto\n\nVer todas las ofertas",
    ),
    Mail(
        "e04",
        "04-03 10:45",
        "Nubla Cosmética <empleo@nublacosmetica.es>",
        "Gracias por tu candidatura",
        "Hola Lucía:\n\nHemos recibido tu candidatura para el puesto de Community Manager. Revisaremos tu perfil y, si encaja con lo que buscamos, te contactaremos en las próximas semanas.\n\nUn saludo,\nEquipo de Personas\nNubla Cosmética",
        "nubla",
        "applied",
    ),
    Mail(
        "e05",
        "04-06 16:20",
        "Marta Gil <marta.gil@talentiaconsulting.es>",
        "Proceso de selección - Analista de Marketing",
        "Hola Lucía,\n\nTal y como hablamos por teléfono, te confirmo que he presentado tu candidatura a nuestro cliente, una empresa de retail con sede en Madrid, para la posición de Analista de Marketing. Te iré informando.\n\nUn abrazo,\nMarta Gil\nConsultora de Selección | Talentia Consulting",
        "talentia_client",
        "applied",
    ),
    Mail(
        "e06",
        "04-08 11:00",
        "Grupo Alcora <seleccion@grupoalcora.com>",
        "Entrevista - Responsable de Marketing Digital",
        "Estimada Lucía:\n\nNos ponemos en contacto contigo en relación con tu candidatura al puesto de Responsable de Marketing Digital. Nos gustaría conocerte en una entrevista presencial el próximo martes 14 de abril a las 10:00 en nuestras oficinas de la calle Alcalá.\n\n¿Nos confirmas tu asistencia?\n\nUn saludo,\nDepartamento de Selección\nGrupo Alcora",
        "alcora",
        "interview",
    ),
    Mail(
        "e07",
        "04-09 09:15",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Vértice Seguros ha visto tu solicitud",
        "Vértice Seguros ha visto tu solicitud\n\nEspecialista en Contenidos\nVértice Seguros · Madrid (Híbrido)\n\nVer empleo",
        "vertice",
        "applied",
    ),
    Mail(
        "e08",
        "04-10 13:30",
        "Nubla Cosmética <empleo@nublacosmetica.es>",
        "Tu candidatura a Community Manager",
        "Hola Lucía:\n\nGracias por el interés mostrado en Nubla Cosmética. Tras revisar todas las candidaturas recibidas, lamentamos comunicarte que en esta ocasión hemos seleccionado a otra persona para el puesto.\n\nTe deseamos mucha suerte.\n\nEquipo de Personas\nNubla Cosmética",
        "nubla",
        "rejected",
    ),
    Mail(
        "e09",
        "04-13 10:00",
        "Marta Gil <marta.gil@talentiaconsulting.es>",
        "RE: Proceso de selección - Analista de Marketing",
        "Hola Lucía,\n\n¡Buenas noticias! El cliente quiere conocerte: te proponen una videollamada el jueves 16 a las 12:00 con la directora de marketing. ¿Te viene bien?\n\nMarta",
        "talentia_client",
        "interview",
    ),
    Mail(
        "e10",
        "04-15 18:00",
        "Grupo Alcora <seleccion@grupoalcora.com>",
        "Prueba técnica - Responsable de Marketing Digital",
        "Estimada Lucía:\n\nGracias por tu tiempo en la entrevista. Como siguiente paso del proceso, te enviamos una prueba técnica: un plan de marketing digital para uno de nuestros productos. Tienes hasta el lunes 20 de abril para enviárnosla.\n\nUn saludo,\nDepartamento de Selección\nGrupo Alcora",
        "alcora",
        "assessment",
    ),
    Mail(
        "e11",
        "04-17 09:00",
        "Glassdoor <noreply@glassdoor.com>",
        "Lucía, ¿cuánto cobra un Responsable de Marketing en Madrid?",
        "Descubre los salarios de Responsable de Marketing en Madrid y compara tu sueldo.\n\nVer salarios",
    ),
    Mail(
        "e12",
        "04-20 12:45",
        "Marta Gil <marta.gil@talentiaconsulting.es>",
        "Analista de Marketing - feedback",
        "Hola Lucía,\n\nTe escribo con el feedback del cliente: les gustó mucho tu perfil, pero finalmente han decidido continuar con otra candidata con más experiencia en retail. Seguimos en contacto para otras oportunidades.\n\nMarta",
        "talentia_client",
        "rejected",
    ),
    Mail(
        "e13",
        "04-24 17:10",
        "Grupo Alcora <seleccion@grupoalcora.com>",
        "Propuesta de incorporación",
        "Estimada Lucía:\n\nNos complace comunicarte que has sido seleccionada para el puesto de Responsable de Marketing Digital. Te adjuntamos nuestra propuesta económica y las condiciones de incorporación, prevista para el 1 de junio.\n\nQuedamos a la espera de tu respuesta.\n\nUn saludo,\nDepartamento de Selección\nGrupo Alcora",
        "alcora",
        "offer",
    ),
    Mail(
        "e14",
        "04-27 08:30",
        "Vértice Seguros <noreply@vertice-seguros.es>",
        "Novedades de Vértice Seguros: tu seguro de hogar",
        "Hola Lucía,\n\nDescubre nuestras nuevas coberturas de hogar y ahorra un 15% en tu primera póliza.\n\nDarse de baja",
    ),
)


PRACUJ = "Pracuj.pl <noreply@pracuj.pl>"
WISTULA = "Agnieszka Wróbel <rekrutacja@wistula-software.pl>"
PROGRES = "Joanna Lis <joanna.lis@progres-rekrutacja.pl>"

POLISH_TESTER = _inbox(
    "polish_tester",
    "a software tester in Kraków: Pracuj.pl, Just Join IT and LinkedIn receipts in Polish, an employer's HR writing by hand, a bank's ATS with a reference, an agency relaying a named client, alerts and shop mail",
    Mail(
        "pl01",
        "03-02 09:20",
        PRACUJ,
        "Twoja aplikacja została wysłana",
        "Dzień dobry,\n\ndziękujemy za aplikację na stanowisko Tester oprogramowania w firmie Wistula Software sp. z o.o. Pracodawca otrzymał Twoje CV.\n\nStatus aplikacji sprawdzisz w zakładce Moje aplikacje.\n\nZespół Pracuj.pl",
        "wistula",
        "applied",
    ),
    Mail(
        "pl02",
        "03-02 11:05",
        "Just Join IT <no-reply@justjoin.it>",
        "Aplikacja wysłana: QA Engineer w Bursztyn Tech",
        "Cześć Katarzyna!\n\nTwoja aplikacja na ofertę QA Engineer w Bursztyn Tech została wysłana. Firma odezwie się do Ciebie, jeśli Twój profil ich zainteresuje.\n\nPowodzenia!\nJust Join IT",
        "bursztyn",
        "applied",
    ),
    Mail(
        "pl03",
        "03-03 07:00",
        "Pracuj.pl <powiadomienia@pracuj.pl>",
        "Nowe oferty pracy dla Ciebie: tester",
        "Mamy dla Ciebie nowe oferty:\n\nTester manualny - Wistula Software sp. z o.o. - Kraków\nTester automatyzujący - Orlik Logistics S.A. - Gdańsk\nSpecjalista ds. jakości oprogramowania - Kormoran Energia - Warszawa\n\nZobacz wszystkie oferty",
    ),
    Mail(
        "pl04",
        "03-03 15:40",
        "Mazowiecki Bank Spółdzielczy <rekrutacja@erecruiter.pl>",
        "Potwierdzenie otrzymania aplikacji",
        "Szanowna Pani,\n\ndziękujemy za przesłanie aplikacji na stanowisko Analityk Testów (nr ref. MBS/2026/041). Skontaktujemy się wyłącznie z wybranymi kandydatami.\n\nZ poważaniem,\nDział Kadr\nMazowiecki Bank Spółdzielczy",
        "mbs",
        "applied",
    ),
    Mail(
        "pl05",
        "03-05 10:30",
        WISTULA,
        "Zaproszenie na rozmowę - Tester oprogramowania",
        "Dzień dobry Pani Katarzyno,\n\ndziękujemy za zainteresowanie naszą ofertą. Chcielibyśmy zaprosić Panią na rozmowę rekrutacyjną online w czwartek 12 marca o godzinie 10:00 (MS Teams). Proszę o potwierdzenie terminu.\n\nPozdrawiam serdecznie,\nAgnieszka Wróbel\nHR Business Partner | Wistula Software",
        "wistula",
        "interview",
    ),
    Mail(
        "pl06",
        "03-06 14:15",
        "Bursztyn Tech <rekrutacja@bursztyntech.pl>",
        "Zadanie rekrutacyjne - QA Engineer",
        "Cześć Katarzyna,\n\ndziękujemy za aplikację! Kolejnym etapem procesu jest zadanie testowe: w załączniku znajdziesz opis aplikacji do przetestowania. Prosimy o odesłanie raportu z testów w ciągu 5 dni.\n\nZespół Rekrutacji\nBursztyn Tech",
        "bursztyn",
        "assessment",
    ),
    Mail(
        "pl07",
        "03-07 19:10",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Katarzyna, Twoja aplikacja została wysłana do firmy Orlik Logistics",
        "Twoja aplikacja została wysłana do firmy Orlik Logistics\n\nSpecjalista ds. automatyzacji testów\nOrlik Logistics · Gdańsk (hybrydowo)\nAplikowano 7 mar 2026\n\nZobacz ofertę",
        "orlik",
        "applied",
    ),
    Mail(
        "pl08",
        "03-10 12:00",
        "Mazowiecki Bank Spółdzielczy <rekrutacja@erecruiter.pl>",
        "Informacja o wyniku rekrutacji",
        "Szanowna Pani,\n\ndziękujemy za udział w rekrutacji na stanowisko Analityk Testów (nr ref. MBS/2026/041). Niestety, tym razem nie zdecydowaliśmy się na kontynuowanie procesu z Pani kandydaturą.\n\nZ poważaniem,\nDział Kadr\nMazowiecki Bank Spółdzielczy",
        "mbs",
        "rejected",
    ),
    Mail(
        "pl09",
        "03-11 08:00",
        "Just Join IT <newsletter@justjoin.it>",
        "Raport wynagrodzeń w IT 2026 jest już dostępny",
        "Sprawdź, ile zarabiają testerzy, programiści i analitycy w Polsce w 2026 roku.\n\nPobierz raport\n\nWypisz się z newslettera",
    ),
    Mail(
        "pl10",
        "03-13 16:45",
        WISTULA,
        "Re: Zaproszenie na rozmowę - Tester oprogramowania",
        "Pani Katarzyno,\n\ndziękuję za wczorajszą rozmowę. Z przyjemnością zapraszam Panią na drugi etap - spotkanie z kierownikiem zespołu QA w naszym biurze przy ul. Lubicz w Krakowie, we wtorek 17 marca o 13:00.\n\nPozdrawiam,\nAgnieszka Wróbel",
        "wistula",
        "interview",
    ),
    Mail(
        "pl11",
        "03-14 11:20",
        PROGRES,
        "Inżynier QA - Kormoran Energia",
        "Dzień dobry Pani Katarzyno,\n\nzgodnie z naszą rozmową telefoniczną przekazałam Pani CV naszemu klientowi, firmie Kormoran Energia, na stanowisko Inżynier QA. Dam znać, jak tylko otrzymam informację zwrotną.\n\nPozdrawiam,\nJoanna Lis\nKonsultant ds. rekrutacji | Progres Rekrutacja",
        "kormoran",
        "applied",
    ),
    Mail(
        "pl12",
        "03-16 09:30",
        "Orlik Logistics <kariera@orlik-logistics.pl>",
        "Twoja aplikacja - Specjalista ds. automatyzacji testów",
        "Dzień dobry,\n\ndziękujemy za zainteresowanie pracą w Orlik Logistics. Po analizie wszystkich zgłoszeń zdecydowaliśmy się kontynuować proces z innymi kandydatami.\n\nŻyczymy powodzenia w dalszych poszukiwaniach.\nZespół HR Orlik Logistics",
        "orlik",
        "rejected",
    ),
    Mail(
        "pl13",
        "03-20 15:00",
        "Bursztyn Tech <rekrutacja@bursztyntech.pl>",
        "Oferta pracy - QA Engineer",
        "Cześć Katarzyna,\n\nbardzo dziękujemy za rozwiązanie zadania i rozmowę z zespołem. Z przyjemnością przedstawiamy Ci ofertę zatrudnienia na stanowisku QA Engineer - szczegóły wynagrodzenia i warunki współpracy znajdziesz w załączniku.\n\nZespół Rekrutacji\nBursztyn Tech",
        "bursztyn",
        "offer",
    ),
    Mail(
        "pl14",
        "03-21 10:10",
        PROGRES,
        "Re: Inżynier QA - Kormoran Energia",
        "Pani Katarzyno,\n\nmam dobre wiadomości: klient chciałby umówić się z Panią na rozmowę w poniedziałek 23 marca o 14:00 w biurze na Mokotowie. Czy ten termin Pani odpowiada?\n\nJoanna",
        "kormoran",
        "interview",
    ),
    Mail(
        "pl15",
        "03-24 17:30",
        WISTULA,
        "Decyzja w procesie rekrutacji",
        "Pani Katarzyno,\n\ndziękujemy za udział w obu etapach rozmów na stanowisko Tester oprogramowania. Z przykrością informuję, że zdecydowaliśmy się na innego kandydata.\n\nPozdrawiam serdecznie,\nAgnieszka Wróbel",
        "wistula",
        "rejected",
    ),
    Mail(
        "pl16",
        "03-25 08:40",
        "Allegro <powiadomienia@allegro.pl>",
        "Twoja paczka została wysłana",
        "Dzień dobry,\n\nsprzedawca wysłał Twoją paczkę. Przewidywana dostawa: 27 marca.\n\nŚledź przesyłkę",
    ),
)


HARBOR_WORKDAY = "Harbor Grocers <harborgrocers@myworkday.com>"
PINECREST = "Pinecrest Outfitters <careers@pinecrest.icims.com>"

RETAIL_TWO_CHAINS = _inbox(
    "retail_two_chains",
    "an hourly retail worker applying to two stores of one grocery chain and two of one clothing chain for the same jobs, a coffee shop, a store manager writing by hand, store ads and rewards",
    Mail(
        "rt01",
        "03-02 18:05",
        HARBOR_WORKDAY,
        "Thank you for applying to Harbor Grocers",
        "Hi Jamie,\n\nThank you for applying for Cashier - Store #112 (Riverside) (R-20931). Our team is looking at your application and will be in contact if your experience fits our needs.\n\nHarbor Grocers Talent Acquisition",
        "harbor_112",
        "applied",
    ),
    Mail(
        "rt02",
        "03-02 18:20",
        HARBOR_WORKDAY,
        "Thank you for applying to Harbor Grocers",
        "Hi Jamie,\n\nThank you for applying for Cashier - Store #245 (Millbrook) (R-21077). Our team is looking at your application and will be in contact if your experience fits our needs.\n\nHarbor Grocers Talent Acquisition",
        "harbor_245",
        "applied",
    ),
    Mail(
        "rt03",
        "03-03 12:30",
        PINECREST,
        "Your application for Sales Associate - Part Time",
        "Dear Jamie,\n\nThank you for applying for the Sales Associate - Part Time position (Req 2026-4410) at our Oakdale Mall store. A member of the store team will review your application.\n\nPinecrest Outfitters Recruiting",
        "pinecrest_oakdale",
        "applied",
    ),
    Mail(
        "rt04",
        "03-05 09:15",
        "Olivia at Harbor Grocers <olivia@paradox.ai>",
        "Harbor Grocers Interview Confirmation",
        "Hi Jamie! Your interview for Cashier at Harbor Grocers Store #112 is confirmed for Tuesday, March 10 at 2:00 PM.\n\nAddress: 880 River Rd, Riverside\nAsk for: Dana (Store Manager)\n\nReply R to reschedule.",
        "harbor_112",
        "interview",
    ),
    Mail(
        "rt05",
        "03-05 20:40",
        PINECREST,
        "Your application for Stock Associate - Seasonal",
        "Dear Jamie,\n\nThank you for applying for the Stock Associate - Seasonal position (Req 2026-4502) at our Westgate Plaza store. A member of the store team will review your application.\n\nPinecrest Outfitters Recruiting",
        "pinecrest_westgate",
        "applied",
    ),
    Mail(
        "rt06",
        "03-06 13:00",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Barista",
        "Application submitted\n\nBarista\nLantern Coffee Co. - Riverside, CA\n\nThe following items were sent to Lantern Coffee Co. Good luck!\n- Application\n- Resume",
        "lantern",
        "applied",
    ),
    Mail(
        "rt07",
        "03-07 16:50",
        "Marcus Bell <mbell@harborgrocers.com>",
        "Cashier opening at our Millbrook store",
        "Hi Jamie,\n\nI'm the store manager at Harbor Grocers in Millbrook. I saw your application for the cashier opening - could you come in Thursday at 10am for a quick chat? Just ask for me at customer service.\n\nThanks,\nMarcus Bell\nStore Manager, Store #245",
        "harbor_245",
        "interview",
    ),
    Mail(
        "rt08",
        "03-08 06:00",
        "Harbor Grocers <deals@harborgrocers.com>",
        "This week's deals at Harbor Grocers",
        "Fresh strawberries 2 for $5, chicken breast $2.99/lb and more.\n\nSee the weekly ad\n\nUnsubscribe",
    ),
    Mail(
        "rt09",
        "03-09 11:10",
        PINECREST,
        "Update on your application",
        "Dear Jamie,\n\nThank you for your interest in the Sales Associate - Part Time position at our Oakdale Mall store. This is to let you know the position has been filled.\n\nWe encourage you to apply to other openings at Pinecrest Outfitters.\n\nPinecrest Outfitters Recruiting",
        "pinecrest_oakdale",
        "rejected",
    ),
    Mail(
        "rt10",
        "03-11 15:25",
        HARBOR_WORKDAY,
        "Your offer from Harbor Grocers",
        "Hi Jamie,\n\nCongratulations! We are pleased to offer you the position of Cashier at Store #112 (Riverside) (R-20931), starting at $17.50 per hour. Please log in to review and accept your offer.\n\nHarbor Grocers Talent Acquisition",
        "harbor_112",
        "offer",
    ),
    Mail(
        "rt11",
        "03-12 10:05",
        "Lantern Coffee Co. <hello@lanterncoffee.com>",
        "Barista interview",
        "Hi Jamie,\n\nThanks for applying to be a barista at our Elm Street cafe! Could you stop by for an interview this Saturday at 9am? It takes about 20 minutes.\n\nCheers,\nRosa\nLantern Coffee Co.",
        "lantern",
        "interview",
    ),
    Mail(
        "rt12",
        "03-13 17:00",
        HARBOR_WORKDAY,
        "An update on your Harbor Grocers application",
        "Hi Jamie,\n\nThank you for your interest in Cashier - Store #245 (Millbrook) (R-21077). The position has now been filled and the requisition is closed.\n\nHarbor Grocers Talent Acquisition",
        "harbor_245",
        "rejected",
    ),
    Mail(
        "rt13",
        "03-14 09:00",
        "Pinecrest Rewards <rewards@pinecrest.com>",
        "You've earned $10 in Pinecrest Rewards",
        "Hi Jamie, your $10 reward is ready to use in store or online through April 30.\n\nShop now",
    ),
    Mail(
        "rt14",
        "03-16 14:40",
        PINECREST,
        "Interview invitation: Stock Associate - Seasonal",
        "Dear Jamie,\n\nWe'd like to invite you to interview for the Stock Associate - Seasonal position at our Westgate Plaza store. Please select a time that works for you using the link below.\n\nPinecrest Outfitters Recruiting",
        "pinecrest_westgate",
        "interview",
    ),
    Mail(
        "rt15",
        "03-17 12:00",
        HARBOR_WORKDAY,
        "Next steps: background check",
        "Hi Jamie,\n\nThank you for accepting our offer for Cashier - Store #112 (Riverside) (R-20931). Sterling will email you shortly to complete your background check before your first shift.\n\nHarbor Grocers Talent Acquisition",
        "harbor_112",
        "offer",
    ),
    Mail(
        "rt16",
        "03-18 19:30",
        "Lantern Coffee Co. <hello@lanterncoffee.com>",
        "Re: Barista interview",
        "Hi Jamie,\n\nThanks again for coming in on Saturday. We really enjoyed meeting you, but we've decided to go with another candidate who has more espresso experience. Best of luck!\n\nRosa",
        "lantern",
        "rejected",
    ),
)


INTERFOLIO = "Interfolio <noreply@interfolio.com>"
STRAND = "Helen Strand <h.strand@eastvale.edu>"

POSTDOC_SEARCH = _inbox(
    "postdoc_search",
    "a chemist looking for a postdoc: Interfolio and university ATS receipts, a professor answering by hand, a search committee chair, an institute abroad, letter requests, alerts and university news",
    Mail(
        "pd01",
        "01-12 16:00",
        INTERFOLIO,
        "Application Submitted: Postdoctoral Research Associate",
        "Dear Amara Osei,\n\nYour application for Postdoctoral Research Associate - Department of Chemistry at University of Westmark has been successfully submitted.\n\nYou can view the materials you submitted in your Interfolio account.\n\nThe Interfolio Team",
        "westmark",
        "applied",
    ),
    Mail(
        "pd02",
        "01-14 09:40",
        STRAND,
        "Re: Postdoctoral position in electrocatalysis",
        "Dear Dr. Osei,\n\nThank you for your email and CV regarding the postdoctoral position in my group. Your thesis work on nickel catalysts fits our plans well. Would Monday at 3pm Eastern work for a Zoom call to talk about the project?\n\nBest wishes,\nHelen Strand\nProfessor of Chemistry, Eastvale University",
        "eastvale",
        "interview",
    ),
    Mail(
        "pd03",
        "01-15 11:25",
        "Northgate University <northgateuni@myworkday.com>",
        "Thank you for applying: Research Fellow in Materials Chemistry (JR-08812)",
        "Dear Amara,\n\nThank you for applying for the Research Fellow in Materials Chemistry (JR-08812) vacancy at Northgate University. We will be in touch after the closing date.\n\nNorthgate University Recruitment",
        "northgate",
        "applied",
    ),
    Mail(
        "pd04",
        "01-15 13:00",
        INTERFOLIO,
        "Your letter request has been sent",
        "Dear Amara Osei,\n\nYour request for a confidential letter of recommendation has been sent to Prof. David Kim. You will be notified when the letter is uploaded.\n\nThe Interfolio Team",
    ),
    Mail(
        "pd05",
        "01-16 07:00",
        "jobs.ac.uk <alerts@jobs.ac.uk>",
        "12 new jobs: postdoctoral chemistry",
        "New jobs matching your alert:\n\nResearch Associate in Catalysis - University of Harrowfield\nPostdoctoral Fellow in Electrochemistry - Kingsmere College\nResearch Fellow in Materials Chemistry - Northgate University\n\nView all jobs",
    ),
    Mail(
        "pd06",
        "01-22 14:30",
        "Rafael Ortiz <rortiz@westmark.edu>",
        "Chemistry postdoc search - interview",
        "Dear Dr. Osei,\n\nOn behalf of the search committee, I am pleased to invite you to a virtual interview for the Postdoctoral Research Associate position in the Department of Chemistry. Please send me your availability for the week of January 26.\n\nSincerely,\nRafael Ortiz\nChair, Postdoc Search Committee",
        "westmark",
        "interview",
    ),
    Mail(
        "pd07",
        "01-23 10:15",
        STRAND,
        "Re: Postdoctoral position in electrocatalysis",
        "Dear Amara,\n\nIt was a pleasure talking on Monday. I would like to invite you to visit the department in February and give a 45-minute seminar on your PhD work, and meet the group. We will cover your travel.\n\nBest wishes,\nHelen",
        "eastvale",
        "interview",
    ),
    Mail(
        "pd08",
        "01-26 08:50",
        "Fritz-Lorenz-Institut <bewerbung@fli-chemie.de>",
        "Your application for Postdoctoral Researcher (m/f/d) Catalysis - Ref. 2026/17",
        "Dear Dr. Osei,\n\nWe confirm receipt of your application for the position of Postdoctoral Researcher (m/f/d) Catalysis, reference 2026/17. The selection committee will review all applications after the closing date.\n\nKind regards,\nPersonalabteilung\nFritz-Lorenz-Institut für Chemie",
        "fli",
        "applied",
    ),
    Mail(
        "pd09",
        "02-03 12:00",
        "Northgate University <northgateuni@myworkday.com>",
        "Regarding your application for Research Fellow in Materials Chemistry (JR-08812)",
        "Dear Amara,\n\nThank you for your interest in this post. Having weighed it carefully, the panel has decided not to take your application forward to interview on this occasion.\n\nNorthgate University Recruitment",
        "northgate",
        "rejected",
    ),
    Mail(
        "pd10",
        "02-04 09:00",
        "Westmark Today <news@westmark.edu>",
        "Westmark Today: new battery lab opens",
        "This week at Westmark: the Department of Chemistry opens its new battery research lab, and the library extends its hours for exams.\n\nRead more",
    ),
    Mail(
        "pd11",
        "02-18 15:30",
        "Westmark Academic HR <hr-academic@westmark.edu>",
        "Offer of Appointment",
        "Dear Dr. Osei,\n\nI am pleased to offer you appointment as Postdoctoral Research Associate in the Department of Chemistry at the University of Westmark, effective September 1, 2026, for a term of two years. Please sign and return the attached letter within two weeks.\n\nAcademic Human Resources\nUniversity of Westmark",
        "westmark",
        "offer",
    ),
    Mail(
        "pd12",
        "02-20 10:00",
        "Fritz-Lorenz-Institut <bewerbung@fli-chemie.de>",
        "Your application - Ref. 2026/17",
        "Dear Dr. Osei,\n\nThank you for your interest in the Fritz-Lorenz-Institut. Unfortunately we have to inform you that the committee has selected another candidate for the position.\n\nKind regards,\nPersonalabteilung",
        "fli",
        "rejected",
    ),
    Mail(
        "pd13",
        "02-24 18:20",
        STRAND,
        "Postdoc offer",
        "Dear Amara,\n\nI'm delighted to say the department has approved the position, and I would like to offer you the postdoc in my group starting in October. A formal letter from HR will follow this week.\n\nBest wishes,\nHelen",
        "eastvale",
        "offer",
    ),
    Mail(
        "pd14",
        "02-25 08:00",
        "ACS Meetings <meetings@acs.org>",
        "ACS Fall 2026: abstract submission is open",
        "Submit your abstract for ACS Fall 2026 in Denver by March 30.\n\nSubmit now",
    ),
    Mail(
        "pd15",
        "02-27 13:45",
        "Eastvale University Human Resources <hr@eastvale.edu>",
        "Offer letter - Postdoctoral Fellow",
        "Dear Dr. Osei,\n\nOn behalf of Eastvale University, we are pleased to offer you the position of Postdoctoral Fellow in the Department of Chemistry (Strand Laboratory), beginning October 1, 2026. Your offer letter is attached.\n\nEastvale University Human Resources",
        "eastvale",
        "offer",
    ),
)


NINA = "Nina Patel <nina.patel@orbitlabs.com>"
ORBIT = "Orbit Labs <no-reply@greenhouse.io>"
QUILLSOFT = "Quillsoft <no-reply@ashbyhq.com>"

REFERRALS = _inbox(
    "referrals",
    "a product manager applying through friends' referrals: a friend's note, the ATS's referral invitation and receipt, a friend passing a CV to a hiring manager, Easy Apply, an endorsement",
    Mail(
        "rf01",
        "05-04 10:00",
        NINA,
        "Referred you for the PM role!",
        "Hey Chris!\n\nI just submitted your referral for the Senior Product Manager, Payments role at Orbit Labs. You should get an email from our recruiting team soon - let me know if you don't.\n\nNina",
        "orbit",
        "applied",
    ),
    Mail(
        "rf02",
        "05-04 10:30",
        ORBIT,
        "You've been referred to Orbit Labs",
        "Hi Chris,\n\nNina Patel referred you for the Senior Product Manager, Payments position at Orbit Labs. To complete your application, please click below and upload your resume.\n\nOrbit Labs Recruiting",
        "orbit",
        "applied",
    ),
    Mail(
        "rf03",
        "05-04 21:15",
        ORBIT,
        "Thank you for applying to Orbit Labs",
        "Hi Chris,\n\nThanks for your interest in Orbit Labs! We've received your application for Senior Product Manager, Payments and our team will review it soon.\n\nOrbit Labs Recruiting",
        "orbit",
        "applied",
    ),
    Mail(
        "rf04",
        "05-05 12:40",
        "Tom Becker <tbecker@quillsoft.io>",
        "Your referral at Quillsoft",
        "Hi Chris,\n\nHeads up: I put you in for the Product Manager, Growth opening on our team. Recruiting should reach out this week.\n\nTom",
        "quillsoft",
        "applied",
    ),
    Mail(
        "rf05",
        "05-07 09:20",
        QUILLSOFT,
        "Quillsoft - Product Manager, Growth",
        "Hi Chris,\n\nThanks for your interest in the Product Manager, Growth role! We'd like to schedule a 30-minute intro call with our recruiter. Please pick a time that works for you below.\n\nQuillsoft Talent",
        "quillsoft",
        "interview",
    ),
    Mail(
        "rf06",
        "05-07 17:00",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Chris, your application was sent to Mariner Freight",
        "Your application was sent to Mariner Freight\n\nProduct Manager\nMariner Freight · Chicago, IL (On-site)\nApplied on May 7, 2026\n\nView job",
        "mariner",
        "applied",
    ),
    Mail(
        "rf07",
        "05-08 08:00",
        "Wellfound <digest@wellfound.com>",
        "Startups hiring product managers this week",
        "Orbit Labs - Product Manager, Platform - Remote\nQuillsoft - Senior Product Manager - New York\nHelio Robotics - Product Lead - Boston\n\nSee more jobs",
    ),
    Mail(
        "rf08",
        "05-11 13:10",
        ORBIT,
        "Orbit Labs - next interview",
        "Hi Chris,\n\nThanks for your time with our recruiter on Friday. Next up is a 45-minute product sense interview with our Head of Product for the Senior Product Manager, Payments role. Please share your availability for next week.\n\nOrbit Labs Recruiting",
        "orbit",
        "interview",
    ),
    Mail(
        "rf09",
        "05-12 18:30",
        NINA,
        "how'd it go?",
        "hey! heard you're moving on to the next round with the payments team, congrats!! happy to grab coffee before your interview and share what they look for.\n\nN",
        "orbit",
        "interview",
    ),
    Mail(
        "rf10",
        "05-13 10:45",
        "Mariner Freight <noreply@smartrecruiters.com>",
        "Your application for Product Manager",
        "Dear Chris,\n\nThank you for your application for the Product Manager position at Mariner Freight. Unfortunately, we have decided to pursue different candidates for this role.\n\nMariner Freight Talent Team",
        "mariner",
        "rejected",
    ),
    Mail(
        "rf11",
        "05-14 15:00",
        QUILLSOFT,
        "Quillsoft - case study",
        "Hi Chris,\n\nGreat speaking with you! As a next step for the Product Manager, Growth role, we'd like you to complete a short product case study. You'll have 5 days; details are in the link below.\n\nQuillsoft Talent",
        "quillsoft",
        "assessment",
    ),
    Mail(
        "rf12",
        "05-15 09:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Nina Patel endorsed you for Product Management",
        "Nina Patel endorsed you for Product Management.\n\nSee your skills",
    ),
    Mail(
        "rf13",
        "05-19 17:40",
        ORBIT,
        "Update on your application",
        "Hi Chris,\n\nThank you for spending time with the team. After a lot of discussion, we've decided not to progress your candidacy further for the Senior Product Manager, Payments role.\n\nOrbit Labs Recruiting",
        "orbit",
        "rejected",
    ),
    Mail(
        "rf14",
        "05-22 16:00",
        QUILLSOFT,
        "Offer from Quillsoft",
        "Hi Chris,\n\nWe're excited to extend you an offer for the Product Manager, Growth role! Your offer letter is attached; let's set up a call to walk through it.\n\nQuillsoft Talent",
        "quillsoft",
        "offer",
    ),
    Mail(
        "rf15",
        "05-23 11:00",
        "Ben Ortiz <ben.ortiz@tidewaterenergy.com>",
        "re: your resume",
        "Hi Chris,\n\nI passed your resume to the hiring manager for the Product Manager, Energy Data role. They'll reach out directly if there's interest.\n\nBen",
        "tidewater",
        "applied",
    ),
    Mail(
        "rf16",
        "05-29 14:20",
        "Tidewater Energy <careers@tidewaterenergy.com>",
        "Thank you for your interest",
        "Dear Chris,\n\nThank you for your interest in Tidewater Energy. While your background is impressive, we've decided to go forward with other applicants for the Product Manager, Energy Data position.\n\nTidewater Energy Talent Acquisition",
        "tidewater",
        "rejected",
    ),
)


HIREOLOGY_BLUEWATER = "Bluewater Bay Waterpark <notifications@hireology.com>"
GRANITE_PEAK = "Granite Peak Resort <careers-granitepeak@icims.com>"
NORTHPOINT_WORKDAY = "Northpoint Department Stores <northpoint@myworkday.com>"

SEASONAL_REHIRES = _inbox(
    "seasonal_rehires",
    "a student who works every summer at a waterpark, every winter at a ski resort and two holiday seasons at a department store, re-applying each year for the same title: each year's the application of its own, the season's end no news",
    Mail(
        "sr01",
        "2024-03-12 19:40",
        HIREOLOGY_BLUEWATER,
        "Thanks for applying to Bluewater Bay Waterpark!",
        "Hi Casey,\n\nThanks for applying for the Seasonal Lifeguard position at Bluewater Bay Waterpark. Our hiring team reviews applications every week during the spring hiring season and will reach out if you are a fit.\n\nMake a splash,\nBluewater Bay Waterpark",
        "bw_2024",
        "applied",
    ),
    Mail(
        "sr02",
        "2024-03-20 10:05",
        "Tyler Brooks <tbrooks@bluewaterbaypark.com>",
        "Lifeguard interview + swim test",
        "Hi Casey,\n\nI'd like to invite you to an interview and in-water skills test for our Seasonal Lifeguard position on Saturday, March 30 at 9:00 AM at the wave pool. Bring a swimsuit and a towel.\n\nTyler Brooks\nAquatics Manager, Bluewater Bay Waterpark",
        "bw_2024",
        "interview",
    ),
    Mail(
        "sr03",
        "2024-04-02 16:30",
        HIREOLOGY_BLUEWATER,
        "Your offer from Bluewater Bay Waterpark",
        "Hi Casey,\n\nCongratulations! We are happy to offer you the Seasonal Lifeguard position for Summer 2024 at $15.50/hour. Please accept your offer by April 9 so we can sign you up for lifeguard certification week.\n\nBluewater Bay Waterpark",
        "bw_2024",
        "offer",
    ),
    Mail(
        "sr04",
        "2024-06-01 07:00",
        "When I Work <noreply@wheniwork.com>",
        "Your schedule for the week of June 3 is posted",
        "Bluewater Bay Waterpark published a new schedule.\n\nMon 10:00 AM - 6:00 PM  Lifeguard - Wave Pool\nWed 10:00 AM - 6:00 PM  Lifeguard - Lazy River\nSat 9:00 AM - 5:00 PM  Lifeguard - Wave Pool\n\nView your schedule in the app.",
    ),
    Mail(
        "sr05",
        "2024-09-14 21:15",
        GRANITE_PEAK,
        "Granite Peak Resort - Application Received",
        "Dear Casey,\n\nThank you for applying for Lift Operator (Seasonal) at Granite Peak Resort for the 2024/25 winter season. We will review your application and contact you about next steps.\n\nGranite Peak Resort Human Resources",
        "gp_2024",
        "applied",
    ),
    Mail(
        "sr06",
        "2024-10-01 13:20",
        GRANITE_PEAK,
        "Offer of Employment - Lift Operator (Seasonal)",
        "Dear Casey,\n\nWe are pleased to offer you seasonal employment as a Lift Operator (Seasonal) for the 2024/25 winter season, starting November 22. Your season pass will be ready at orientation.\n\nGranite Peak Resort Human Resources",
        "gp_2024",
        "offer",
    ),
    Mail(
        "sr07",
        "2025-02-25 18:00",
        HIREOLOGY_BLUEWATER,
        "Welcome back! We received your returning staff application",
        "Hi Casey,\n\nThanks for applying to come back as a Seasonal Lifeguard for Summer 2025! Returning staff skip the swim test if their certification is current. We'll be in touch soon.\n\nMake a splash,\nBluewater Bay Waterpark",
        "bw_2025",
        "applied",
    ),
    Mail(
        "sr08",
        "2025-03-05 11:45",
        HIREOLOGY_BLUEWATER,
        "Your offer from Bluewater Bay Waterpark",
        "Hi Casey,\n\nWe're excited to have you back! We are happy to offer you the Seasonal Lifeguard position for Summer 2025 at $16.25/hour. Please accept your offer by March 12.\n\nBluewater Bay Waterpark",
        "bw_2025",
        "offer",
    ),
    Mail(
        "sr09",
        "2025-04-20 12:00",
        GRANITE_PEAK,
        "Thanks for a great season!",
        "Dear Casey,\n\nThe lifts have stopped turning for the 2024/25 season. Thank you for all your hard work keeping our guests safe. Your final paycheck will be issued on May 2. We hope to see you again next winter!\n\nGranite Peak Resort Human Resources",
    ),
    Mail(
        "sr10",
        "2025-09-10 20:30",
        GRANITE_PEAK,
        "Granite Peak Resort - Application Received",
        "Dear Casey,\n\nThank you for applying for Lift Operator (Seasonal) at Granite Peak Resort for the 2025/26 winter season. We will review your application and contact you about next steps.\n\nGranite Peak Resort Human Resources",
        "gp_2025",
        "applied",
    ),
    Mail(
        "sr11",
        "2025-09-24 09:10",
        GRANITE_PEAK,
        "Your application for Lift Operator (Seasonal)",
        "Dear Casey,\n\nThank you for your interest in returning to Granite Peak Resort. We have now filled all Lift Operator (Seasonal) positions for the 2025/26 season, so we are unable to offer you a lift position this year. Other departments are still hiring.\n\nGranite Peak Resort Human Resources",
        "gp_2025",
        "rejected",
    ),
    Mail(
        "sr12",
        "2025-09-26 22:05",
        GRANITE_PEAK,
        "Granite Peak Resort - Application Received",
        "Dear Casey,\n\nThank you for applying for Rental Technician (Seasonal) at Granite Peak Resort for the 2025/26 winter season. We will review your application and contact you about next steps.\n\nGranite Peak Resort Human Resources",
        "gp_rental_2025",
        "applied",
    ),
    Mail(
        "sr13",
        "2025-10-05 15:35",
        NORTHPOINT_WORKDAY,
        "Thank you for applying to Northpoint",
        "Hi Casey,\n\nThank you for applying for Holiday Seasonal Sales Associate (R-10084) at Northpoint Department Stores - Lakeview Mall. Your application is being looked at, and we will be in contact if you are picked for an interview.\n\nNorthpoint Talent Acquisition",
        "np_2025",
        "applied",
    ),
    Mail(
        "sr14",
        "2025-10-08 10:00",
        "Dana Whitfield <dwhitfield@granitepeak.com>",
        "Rental shop interview",
        "Hi Casey,\n\nThanks for applying to the rental shop! Could you come up for a short interview for the Rental Technician position on Saturday, October 11 at 1 PM? We'll meet at the base lodge rental desk.\n\nDana Whitfield\nRental Shop Supervisor",
        "gp_rental_2025",
        "interview",
    ),
    Mail(
        "sr15",
        "2025-10-14 17:25",
        "Olivia at Northpoint <olivia@paradox.ai>",
        "Northpoint Interview Confirmation",
        "Hi Casey! Your interview for Holiday Seasonal Sales Associate at Northpoint Lakeview Mall is confirmed for Friday, October 17 at 3:30 PM.\n\nAsk for: Renee (Store Operations)\n\nReply R to reschedule.",
        "np_2025",
        "interview",
    ),
    Mail(
        "sr16",
        "2025-10-20 14:50",
        GRANITE_PEAK,
        "Offer of Employment - Rental Technician (Seasonal)",
        "Dear Casey,\n\nWe are pleased to offer you seasonal employment as a Rental Technician (Seasonal) for the 2025/26 winter season, starting December 1.\n\nGranite Peak Resort Human Resources",
        "gp_rental_2025",
        "offer",
    ),
    Mail(
        "sr17",
        "2025-10-21 11:30",
        NORTHPOINT_WORKDAY,
        "Your offer from Northpoint",
        "Hi Casey,\n\nCongratulations! We are pleased to offer you the position of Holiday Seasonal Sales Associate (R-10084) at Lakeview Mall, starting November 3 at $16.00 per hour. Please log in to review and accept your offer.\n\nNorthpoint Talent Acquisition",
        "np_2025",
        "offer",
    ),
    Mail(
        "sr18",
        "2026-01-09 09:00",
        NORTHPOINT_WORKDAY,
        "Your seasonal assignment has ended",
        "Hi Casey,\n\nThank you for working with us this holiday season. Your seasonal assignment as a Holiday Seasonal Sales Associate ended on January 3. Your employee discount stays active until January 31. You are eligible for rehire and we hope you apply again next season!\n\nNorthpoint Talent Acquisition",
    ),
    Mail(
        "sr19",
        "2026-02-20 20:10",
        HIREOLOGY_BLUEWATER,
        "Welcome back! We received your returning staff application",
        "Hi Casey,\n\nThanks for applying to come back as a Seasonal Lifeguard for Summer 2026! Returning staff skip the swim test if their certification is current. We'll be in touch soon.\n\nMake a splash,\nBluewater Bay Waterpark",
        "bw_2026",
        "applied",
    ),
    Mail(
        "sr20",
        "2026-02-20 20:25",
        HIREOLOGY_BLUEWATER,
        "Thanks for applying to Bluewater Bay Waterpark!",
        "Hi Casey,\n\nThanks for applying for the Swim Instructor position at Bluewater Bay Waterpark. Our hiring team reviews applications every week during the spring hiring season and will reach out if you are a fit.\n\nMake a splash,\nBluewater Bay Waterpark",
        "bw_swim_2026",
        "applied",
    ),
    Mail(
        "sr21",
        "2026-03-10 13:15",
        HIREOLOGY_BLUEWATER,
        "An update on your Swim Instructor application",
        "Hi Casey,\n\nThank you for your interest in the Swim Instructor position. We have decided to move forward with candidates who hold a current WSI certification. We'd still love to have you on the lifeguard team!\n\nBluewater Bay Waterpark",
        "bw_swim_2026",
        "rejected",
    ),
    Mail(
        "sr22",
        "2026-03-12 09:40",
        "Tyler Brooks <tbrooks@bluewaterbaypark.com>",
        "Returning lifeguard check-in",
        "Hi Casey,\n\nGood to have your application in again for Seasonal Lifeguard. Since it's your third summer, we only need a quick 15 minute check-in call with me before we send your offer. Does Tuesday at 4 PM work?\n\nTyler Brooks\nAquatics Manager",
        "bw_2026",
        "interview",
    ),
    Mail(
        "sr23",
        "2026-10-02 19:55",
        NORTHPOINT_WORKDAY,
        "Thank you for applying to Northpoint",
        "Hi Casey,\n\nThank you for applying for Holiday Seasonal Sales Associate (R-12237) at Northpoint Department Stores - Lakeview Mall. Your application is being looked at, and we will be in contact if you are picked for an interview.\n\nNorthpoint Talent Acquisition",
        "np_2026",
        "applied",
    ),
    Mail(
        "sr24",
        "2026-10-03 08:00",
        "Indeed <alert@indeed.com>",
        "Seasonal Sales Associate jobs near you",
        "Holiday Seasonal Sales Associate\nNorthpoint Department Stores - Lakeview, IL\n$16 - $17 an hour\n\nSeasonal Stock Associate\nCrestline Home - Lakeview, IL\n\nSee all jobs",
    ),
    Mail(
        "sr25",
        "2026-10-16 12:40",
        "Olivia at Northpoint <olivia@paradox.ai>",
        "Northpoint Interview Confirmation",
        "Hi Casey! Your interview for Holiday Seasonal Sales Associate at Northpoint Lakeview Mall is confirmed for Tuesday, October 20 at 11:00 AM.\n\nAsk for: Renee (Store Operations)\n\nReply R to reschedule.",
        "np_2026",
        "interview",
    ),
)

TALLIS_GREENHOUSE = "Tallis Health <no-reply@greenhouse.io>"
TALLIS_WORKDAY = "Tallis Health <tallishealth@myworkday.com>"
HARROW = "Megan Shaw <megan.shaw@harrowtalent.com>"
LEAH = "Leah Kim <leah.kim@tallishealth.com>"

ONE_EMPLOYER_TWO_ATS = _inbox(
    "one_employer_two_ats",
    "one employer hiring through two ATSs (Greenhouse for engineering, Workday for the business) and an agency, with its own recruiter taking over the agency's candidate: three applications at one employer, each on its own channel, and one at another",
    Mail(
        "ta01",
        "03-02 08:50",
        TALLIS_GREENHOUSE,
        "Thank you for applying to Tallis Health",
        "Hi Sam,\n\nThanks for applying for the Senior Backend Engineer role at Tallis Health. The team will go through your application and reply if there's a match.\n\nBest,\nThe Tallis Health Recruiting Team",
        "tallis_backend",
        "applied",
    ),
    Mail(
        "ta02",
        "03-03 21:10",
        TALLIS_WORKDAY,
        "Application received: Product Analyst (JR-4471)",
        "Dear Sam Rivera,\n\nThank you for your interest in Tallis Health. We've received your application for Product Analyst (JR-4471) and will review your qualifications against the requirements of the role.\n\nTallis Health Talent Acquisition",
        "tallis_analyst",
        "applied",
    ),
    Mail(
        "ta03",
        "03-04 12:15",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sam, your application was sent to Corvid Analytics",
        "Your application was sent to Corvid Analytics\n\nData Analyst\nCorvid Analytics · Boston, MA (Hybrid)\nApplied on March 4, 2026\n\nView job",
        "corvid",
        "applied",
    ),
    Mail(
        "ta04",
        "03-06 17:30",
        HARROW,
        "Tallis Health - Engineering Manager, Platform",
        "Hi Sam,\n\nThanks for the chat earlier. As discussed I've submitted your CV to Tallis Health for the Engineering Manager, Platform role. They move quickly, so I'll let you know as soon as I hear back.\n\nMegan Shaw\nSenior Consultant, Harrow Talent",
        "tallis_em",
        "applied",
    ),
    Mail(
        "ta05",
        "03-09 10:20",
        TALLIS_GREENHOUSE,
        "Interview Availability - Senior Backend Engineer",
        "Hi Sam,\n\nThe hiring team would like to move forward with a 45-minute technical screen for the Senior Backend Engineer role. Please share your availability for next week using the link below.\n\nBest,\nThe Tallis Health Recruiting Team",
        "tallis_backend",
        "interview",
    ),
    Mail(
        "ta06",
        "03-10 14:05",
        LEAH,
        "Next steps - Engineering Manager, Platform",
        "Hi Sam,\n\nMegan from Harrow Talent passed along your profile and I'm excited to connect. I'd love to set up a 30 minute call with our VP of Engineering this week. Would Thursday or Friday afternoon work?\n\nLeah Kim\nTechnical Recruiter, Tallis Health",
        "tallis_em",
        "interview",
    ),
    Mail(
        "ta07",
        "03-11 09:00",
        TALLIS_WORKDAY,
        "Assessment: Product Analyst (JR-4471)",
        "Dear Sam Rivera,\n\nAs the next step for Product Analyst (JR-4471), please complete the online SQL and case assessment within 5 days. The assessment takes about 60 minutes.\n\nTallis Health Talent Acquisition",
        "tallis_analyst",
        "assessment",
    ),
    Mail(
        "ta08",
        "03-12 16:00",
        TALLIS_GREENHOUSE,
        "New roles at Tallis Health you might like",
        "Hi Sam,\n\nBased on your profile, these open roles at Tallis Health might interest you:\n\n- Staff Backend Engineer, Claims\n- Senior Data Engineer\n- Engineering Manager, Payments\n\nView all jobs\n\nYou are receiving this because you joined the Tallis Health talent community. Unsubscribe",
    ),
    Mail(
        "ta09",
        "03-13 11:40",
        "Corvid Analytics <no-reply@ashbyhq.com>",
        "Your application to Corvid Analytics",
        "Hi Sam,\n\nThank you for your interest in the Data Analyst role at Corvid Analytics. After reviewing your background, we've decided to go forward with other applicants at this time.\n\nWe wish you the best,\nCorvid Analytics",
        "corvid",
        "rejected",
    ),
    Mail(
        "ta10",
        "03-16 08:25",
        LEAH,
        "Re: Next steps - Engineering Manager, Platform",
        "Hi Sam,\n\nGreat speaking on Friday - the team would like to invite you to a virtual onsite on March 23: a system design session, a people management interview and a chat with the CTO. I'll send the calendar invites shortly.\n\nLeah",
        "tallis_em",
        "interview",
    ),
    Mail(
        "ta11",
        "03-17 19:50",
        HARROW,
        "Tallis update",
        "Hi Sam,\n\nGreat news - Tallis want you in for the final round for the EM role next week. Leah will coordinate directly with you, but give me a shout if you want to prep beforehand.\n\nMegan",
        "tallis_em",
        "interview",
    ),
    Mail(
        "ta12",
        "03-18 13:30",
        TALLIS_WORKDAY,
        "Update on your application for Product Analyst",
        "Dear Sam Rivera,\n\nThank you for completing the assessment for Product Analyst (JR-4471). After a close look, we will not be progressing your application. We encourage you to apply to future roles at Tallis Health.\n\nTallis Health Talent Acquisition",
        "tallis_analyst",
        "rejected",
    ),
    Mail(
        "ta13",
        "03-19 10:10",
        TALLIS_GREENHOUSE,
        "Tallis Health - Onsite Interview Confirmation",
        "Hi Sam,\n\nYour onsite interview for the Senior Backend Engineer role is confirmed for Wednesday, March 25 from 10:00 AM to 2:00 PM ET (virtual). Agenda: coding, system design, and a values conversation.\n\nBest,\nThe Tallis Health Recruiting Team",
        "tallis_backend",
        "interview",
    ),
    Mail(
        "ta14",
        "03-27 15:45",
        TALLIS_GREENHOUSE,
        "Your application with Tallis Health",
        "Hi Sam,\n\nThank you for taking the time to interview with Tallis Health. Having weighed it carefully, we have decided not to progress your candidacy further at this time. We appreciate your interest and wish you the best in your search.\n\nBest,\nThe Tallis Health Recruiting Team",
        "tallis_backend",
        "rejected",
    ),
    Mail(
        "ta15",
        "03-30 17:20",
        LEAH,
        "Offer - Engineering Manager, Platform",
        "Hi Sam,\n\nI'm thrilled to share that the team would like to extend you an offer for the Engineering Manager, Platform role! I've attached the offer details; let's find 20 minutes tomorrow to walk through them.\n\nLeah",
        "tallis_em",
        "offer",
    ),
    Mail(
        "ta16",
        "03-30 18:05",
        HARROW,
        "Congratulations!",
        "Hi Sam,\n\nLeah just told me the offer is on its way - congratulations, thoroughly deserved! Call me once you've had a look and we can talk through the package.\n\nMegan",
        "tallis_em",
        "offer",
    ),
    Mail(
        "ta17",
        "04-01 09:30",
        "Tallis Health via DocuSign <dse@docusign.net>",
        "Please DocuSign: Tallis Health Offer Letter - Sam Rivera",
        "Leah Kim sent you a document to review and sign.\n\nTallis Health Offer Letter - Sam Rivera - Engineering Manager, Platform\n\nREVIEW DOCUMENT\n\nDo Not Share This Email",
        "tallis_em",
        "offer",
    ),
)

LINKEDIN_IT = "LinkedIn <jobs-noreply@linkedin.com>"
VELTRO = "Veltro Group <noreply@successfactors.eu>"
ISAR = "Lukas Hoffmann <lukas.hoffmann@isarpersonal.de>"
FERRETTI_HR = "Silvia Colombo <s.colombo@ferrettilogistica.it>"

TWO_COUNTRIES = _inbox(
    "two_countries",
    "a controller moving from Milan to Munich: Italian and German boards and employers, one group's two offices each with its own Financial Controller post (own requisition, own language), a German agency writing in English, an offer declined",
    Mail(
        "tc01",
        "04-01 09:15",
        LINKEDIN_IT,
        "Giulia, la tua candidatura è stata inviata a Ferretti Logistica",
        "La tua candidatura è stata inviata a Ferretti Logistica\n\nController di Gestione\nFerretti Logistica · Milano, Lombardia (Ibrido)\nCandidatura inviata il 1 aprile 2026\n\nVisualizza offerta",
        "ferretti",
        "applied",
    ),
    Mail(
        "tc02",
        "04-02 10:30",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung als Controller (m/w/d) bei Alpenmark Versicherung AG",
        "Hallo Giulia Ferraro,\n\nIhre Bewerbung als Controller (m/w/d) wurde erfolgreich an Alpenmark Versicherung AG übermittelt. Das Unternehmen meldet sich direkt bei Ihnen.\n\nViel Erfolg!\nIhr StepStone Team",
        "alpenmark",
        "applied",
    ),
    Mail(
        "tc03",
        "04-02 18:45",
        VELTRO,
        "Conferma candidatura - Financial Controller (Req 30412)",
        "Gentile Giulia,\n\ngrazie per aver inviato la tua candidatura per la posizione di Financial Controller (Req 30412) presso la sede di Milano di Veltro Group. Il nostro team di selezione valuterà il tuo profilo e ti contatterà in caso di esito positivo.\n\nVeltro Group - Talent Acquisition",
        "veltro_milano",
        "applied",
    ),
    Mail(
        "tc04",
        "04-03 19:05",
        VELTRO,
        "Eingangsbestätigung - Financial Controller (Req 30977)",
        "Sehr geehrte Frau Ferraro,\n\nvielen Dank für Ihre Bewerbung als Financial Controller (Req 30977) an unserem Standort München. Wir prüfen Ihre Unterlagen sorgfältig und melden uns in Kürze bei Ihnen.\n\nMit freundlichen Grüßen\nVeltro Group - Talent Acquisition",
        "veltro_muenchen",
        "applied",
    ),
    Mail(
        "tc05",
        "04-06 08:20",
        "Brenner Maschinenbau GmbH <jobs@brenner-maschinenbau.jobs.personio.de>",
        "Ihre Bewerbung als Finanzbuchhalter (m/w/d)",
        "Hallo Giulia,\n\nvielen Dank für Ihre Bewerbung als Finanzbuchhalter (m/w/d) bei der Brenner Maschinenbau GmbH. Wir haben Ihre Unterlagen erhalten und melden uns innerhalb von zwei Wochen bei Ihnen.\n\nBeste Grüße\nIhr Brenner Recruiting Team",
        "brenner",
        "applied",
    ),
    Mail(
        "tc06",
        "04-07 07:00",
        "InfoJobs <noreply@infojobs.it>",
        "Nuove offerte per Controller a Milano",
        "Ciao Giulia, ecco le nuove offerte per te:\n\nController di Gestione - Ferretti Logistica - Milano\nJunior Controller - Sarto Alimentari S.p.A. - Monza\nFP&A Analyst - Veltro Group - Milano\n\nVedi tutte le offerte",
    ),
    Mail(
        "tc07",
        "04-08 11:10",
        FERRETTI_HR,
        "Colloquio - Controller di Gestione",
        "Buongiorno Giulia,\n\nabbiamo ricevuto la sua candidatura per la posizione di Controller di Gestione e vorremmo invitarla a un colloquio conoscitivo presso la nostra sede di via Novara giovedì 16 aprile alle ore 10:00. Mi conferma la sua disponibilità?\n\nCordiali saluti,\nSilvia Colombo\nHR Manager - Ferretti Logistica S.r.l.",
        "ferretti",
        "interview",
    ),
    Mail(
        "tc08",
        "04-09 14:00",
        "Alpenmark Versicherung AG <karriere@alpenmark.de>",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Ferraro,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch für die Position Controller (m/w/d) einzuladen. Das Gespräch findet am 15. April um 14:00 Uhr per Videocall statt.\n\nMit freundlichen Grüßen\nAlpenmark Versicherung AG - Personalabteilung",
        "alpenmark",
        "interview",
    ),
    Mail(
        "tc09",
        "04-10 16:35",
        VELTRO,
        "Aggiornamento sulla tua candidatura",
        "Gentile Giulia,\n\nla ringraziamo per l'interesse dimostrato nei confronti di Veltro Group. Dopo un'attenta valutazione, abbiamo deciso di proseguire con altri candidati per la posizione di Financial Controller (Req 30412).\n\nCordiali saluti,\nVeltro Group - Talent Acquisition",
        "veltro_milano",
        "rejected",
    ),
    Mail(
        "tc10",
        "04-13 09:50",
        "Brenner Maschinenbau GmbH <jobs@brenner-maschinenbau.jobs.personio.de>",
        "Absage: Ihre Bewerbung als Finanzbuchhalter (m/w/d)",
        "Hallo Giulia,\n\nnochmals vielen Dank für Ihr Interesse an der Brenner Maschinenbau GmbH. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.\n\nWir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.\nIhr Brenner Recruiting Team",
        "brenner",
        "rejected",
    ),
    Mail(
        "tc11",
        "04-14 12:25",
        ISAR,
        "Controlling role in Munich - Kessler Pharma",
        "Hi Giulia,\n\nas discussed on the phone, I have sent your profile to our client Kessler Pharma GmbH for the Senior Controller position in Munich. I'll keep you posted as soon as I hear back from them.\n\nBest regards,\nLukas Hoffmann\nIsar Personal GmbH",
        "kessler",
        "applied",
    ),
    Mail(
        "tc12",
        "04-16 10:40",
        VELTRO,
        "Einladung zum Interview - Financial Controller (Req 30977)",
        "Sehr geehrte Frau Ferraro,\n\nwir möchten Sie gerne näher kennenlernen und laden Sie zu einem Interview für die Position Financial Controller (Req 30977) am 22. April um 11:00 Uhr an unserem Standort München ein.\n\nMit freundlichen Grüßen\nVeltro Group - Talent Acquisition",
        "veltro_muenchen",
        "interview",
    ),
    Mail(
        "tc13",
        "04-20 17:15",
        FERRETTI_HR,
        "Proposta di assunzione - Controller di Gestione",
        "Buonasera Giulia,\n\nsiamo lieti di comunicarle che, a seguito dei colloqui, intendiamo formularle una proposta di assunzione per la posizione di Controller di Gestione. In allegato trova la lettera con le condizioni economiche.\n\nCordiali saluti,\nSilvia Colombo\nHR Manager - Ferretti Logistica S.r.l.",
        "ferretti",
        "offer",
    ),
    Mail(
        "tc14",
        "04-21 08:55",
        ISAR,
        "Kessler Pharma - interview",
        "Hi Giulia,\n\ngood news: Kessler Pharma would like to meet you for a first interview on Thursday at 10:00 via Teams. The head of controlling and an HR business partner will join. Please confirm and I'll send you the link.\n\nBest regards,\nLukas",
        "kessler",
        "interview",
    ),
    Mail(
        "tc15",
        "04-23 09:30",
        FERRETTI_HR,
        "Re: Proposta di assunzione - Controller di Gestione",
        "Gentile Giulia,\n\nprendiamo atto della sua decisione di non accettare la nostra proposta, dato il suo trasferimento a Monaco. La ringraziamo per il tempo dedicato e le auguriamo ogni successo.\n\nCordiali saluti,\nSilvia Colombo",
        "ferretti",
        "withdrawn",
    ),
    Mail(
        "tc16",
        "04-24 07:30",
        "XING <mailrobot@xing.com>",
        "Giulia, 5 neue Jobs für Sie",
        "Diese Jobs passen zu Ihrem Profil:\n\nController (m/w/d) - Alpenmark Versicherung AG - München\nSenior Controller - Kessler Pharma GmbH - München\nReferent Controlling - Stadtwerke Freising - Freising\n\nAlle Jobs ansehen",
    ),
    Mail(
        "tc17",
        "04-28 15:05",
        "Alpenmark Versicherung AG <karriere@alpenmark.de>",
        "Ihre Bewerbung bei der Alpenmark Versicherung AG",
        "Sehr geehrte Frau Ferraro,\n\nvielen Dank für das angenehme Gespräch und Ihr Interesse an unserem Unternehmen. Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.\n\nMit freundlichen Grüßen\nAlpenmark Versicherung AG - Personalabteilung",
        "alpenmark",
        "rejected",
    ),
    Mail(
        "tc18",
        "04-30 18:20",
        VELTRO,
        "Ihr Vertragsangebot - Financial Controller",
        "Sehr geehrte Frau Ferraro,\n\nwir freuen uns, Ihnen die Position Financial Controller an unserem Standort München anbieten zu können. Ihr Vertragsangebot finden Sie im Bewerberportal; wir bitten um Rückmeldung bis zum 8. Mai.\n\nMit freundlichen Grüßen\nVeltro Group - Talent Acquisition",
        "veltro_muenchen",
        "offer",
    ),
    Mail(
        "tc19",
        "05-04 13:00",
        ISAR,
        "Kessler Pharma",
        "Hi Giulia,\n\nI'm sorry to say that Kessler Pharma have decided to go with an internal candidate for the Senior Controller role. Given your offer in Munich that may not be bad timing - congratulations on that, and let me know if I can help in future.\n\nBest regards,\nLukas",
        "kessler",
        "rejected",
    ),
    Mail(
        "tc20",
        "05-05 06:30",
        "Banca Fiordaliso <noreply@bancafiordaliso.it>",
        "Il tuo estratto conto di aprile è disponibile",
        "Gentile cliente,\n\nl'estratto conto del mese di aprile è disponibile nella tua area riservata.\n\nBanca Fiordaliso",
    ),
)


ROLE_ONLY_FOLLOW_UPS = _inbox(
    "role_only_follow_ups",
    "boards' status mail, a scheduler's invitation naming only the role: each joins the one employer's "
    "application for that role; a role two employers' mail named, or none, stays on its own",
    Mail(
        "ro01",
        "06-01 09:00",
        "Indeed <donotreply@indeed.com>",
        "Application submitted: Forklift Driver - Coastline Logistics",
        "Alex, your application has been submitted to Coastline Logistics.\n\nForklift Driver\n"
        "Coastline Logistics - Geelong VIC\n\nTrack your application in My Jobs.",
        "cl",
        "applied",
    ),
    Mail(
        "ro02",
        "06-02 10:00",
        "Marlow Stores Careers <careers@marlowstores.example>",
        "We received your application - Retail Assistant",
        "Hi Alex,\n\nThanks for applying for the Retail Assistant role at Marlow Stores. Our team will go "
        "through your application and write back.\n\nMarlow Stores Recruitment",
        "ms",
        "applied",
    ),
    Mail(
        "ro03",
        "06-02 15:00",
        "Pennant Home <jobs@pennanthome.example>",
        "Application received: Retail Assistant",
        "Hi Alex,\n\nWe've received your application for Retail Assistant at Pennant Home. We'll let you know "
        "how you progress.\n\nPennant Home Careers",
        "ph",
        "applied",
    ),
    Mail(
        "ro04",
        "06-04 08:00",
        "Indeed <donotreply@indeed.com>",
        "An update on your application for Forklift Driver",
        "Hi Alex,\n\nThe employer viewed your application for Forklift Driver.\n\nIn the meantime, keep "
        "applying to similar jobs on Indeed.",
        "cl",
        "applied",
    ),
    Mail(
        "ro05",
        "06-05 11:00",
        "Calendly <notifications@calendly.com>",
        "Invitation: Forklift Driver interview",
        "Hi Alex,\n\nYou've been invited to schedule a 15 minute phone interview for the Forklift Driver "
        "position. Please choose a time that suits you.\n\nSchedule now\n\nPowered by Calendly",
        "cl",
        "interview",
    ),
    Mail(
        "ro06",
        "06-09 09:30",
        "Indeed <donotreply@indeed.com>",
        "Status update: Retail Assistant - not selected",
        "Hi Alex,\n\nThe employer has decided not to progress your application any further for Retail "
        "Assistant.\n\nKeep applying to similar jobs on Indeed.",
        "ra",  # (Pennant Home's or Marlow Stores'? Kept on its own for the user to place.)
        "rejected",
    ),
    Mail(
        "ro07",
        "06-10 12:00",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application for Barista has been viewed",
        "Your application for Barista has been viewed\n\nThe hiring team viewed your application.\n\n"
        "See your application",
        "ba",
        "applied",
    ),
    Mail(
        "ro08",
        "06-16 09:00",
        "Indeed <donotreply@indeed.com>",
        "Status update: Forklift Driver - not selected",
        "Hi Alex,\n\nThe employer has decided not to progress your application any further for Forklift "
        "Driver.\n\nKeep applying to similar jobs on Indeed.",
        "cl",
        "rejected",
    ),
)


RIDGEWAY = "Hannah Cole <hannah.cole@ridgewayrecruitment.co.uk>"
KESTREL = "Owen Price <owen.price@kestrelstaffing.com>"
AGENCY_CLIENT_NAMED_LATE = _inbox(
    "agency_client_named_late",
    "an agency's receipt naming only 'our client', then its interview naming the client, the client's own offer; "
    "another agency's feedback naming its client but no role; a third's receipt naming neither, then client and role",
    Mail(
        "cl01",
        "06-01 10:15",
        RIDGEWAY,
        "Payroll Specialist - your application",
        "Hi Jordan,\n\nThanks for speaking with me this morning. I have now submitted your profile for the Payroll "
        "Specialist role with our client in Leeds and will be in touch as soon as I have feedback.\n\n"
        "Kind regards,\nHannah Cole\nSenior Consultant | Ridgeway Recruitment",
        "payroll",
        "applied",
    ),
    Mail(
        "cl02",
        "06-02 15:40",
        KESTREL,
        "CV sent: Logistics Coordinator",
        "Hi Jordan,\n\nJust to confirm I have sent your CV across to my client, a national distribution business, "
        "for the Logistics Coordinator vacancy we discussed. Fingers crossed!\n\nOwen Price\nKestrel Staffing",
        "logistics",
        "applied",
    ),
    Mail(
        "cl03",
        "06-03 08:30",
        "Tillbrook Garden Centres <careers@tillbrookgardens.co.uk>",
        "Application received - Store Administrator",
        "Dear Jordan,\n\nThank you for applying for the Store Administrator position at Tillbrook Garden Centres. "
        "Our team will review your application and contact you within two weeks.\n\nTillbrook Recruitment Team",
        "tillbrook",
        "applied",
    ),
    Mail(
        "cl04",
        "06-05 12:05",
        RIDGEWAY,
        "Interview - Payroll Specialist",
        "Hi Jordan,\n\nGood news! Fernleigh Building Society would like to meet you for the Payroll Specialist role. "
        "They have offered Tuesday 9 June at 10:00 at their Leeds office. Could you confirm that works?\n\n"
        "Hannah Cole\nSenior Consultant | Ridgeway Recruitment",
        "payroll",
        "interview",
    ),
    Mail(
        "cl05",
        "06-09 17:20",
        KESTREL,
        "Feedback from Calloway Logistics",
        "Hi Jordan,\n\nI've had feedback from Calloway Logistics. Unfortunately they have decided to go with a "
        "candidate who has more warehouse management experience. I'll keep you in mind for anything similar.\n\n"
        "Owen Price\nKestrel Staffing",
        "logistics",
        "rejected",
    ),
    Mail(
        "cl06",
        "06-15 09:00",
        "Fernleigh Building Society <people@fernleighbs.co.uk>",
        "Offer of employment - Payroll Specialist",
        "Dear Jordan,\n\nFollowing your recent interview, we are delighted to offer you the position of Payroll "
        "Specialist at Fernleigh Building Society. Your contract and starter pack are attached.\n\n"
        "People Team\nFernleigh Building Society",
        "payroll",
        "offer",
    ),
    Mail(
        "cl07",
        "06-08 11:10",
        "Grace Lowe <grace.lowe@wrenfieldpersonnel.co.uk>",
        "Your CV has been sent",
        "Hi Jordan,\n\nThanks for your call. I have sent your CV to my client, a care provider in York, and "
        "will let you know when they come back to me.\n\nGrace Lowe\nWrenfield Personnel",
        "care",
        "applied",
    ),
    Mail(
        "cl08",
        "06-11 14:25",
        "Grace Lowe <grace.lowe@wrenfieldpersonnel.co.uk>",
        "Interview - Moorview Care Homes",
        "Hi Jordan,\n\nMoorview Care Homes would like to invite you to an interview for the Senior Care "
        "Assistant position on Monday at 10am at their Acomb home.\n\nGrace Lowe\nWrenfield Personnel",
        "care",
        "interview",
    ),
)

HARBOURSIDE = "Priya Shah <priya.shah@harboursiderecruitment.com>"
ONE_AGENCY_TWO_CLIENTS_AT_ONCE = _inbox(
    "one_agency_two_clients_at_once",
    "one recruiter puts the reader forward to two unnamed clients in one week, names each later; a third "
    "unnamed client's role shares a title with a named one: never one record for two clients",
    Mail(
        "qz01",
        "05-04 11:00",
        HARBOURSIDE,
        "Management Accountant opportunity",
        "Hi Jordan,\n\nAs discussed, I have submitted your CV for the Management Accountant position with our "
        "client, an engineering manufacturer in Bristol.\n\nBest,\nPriya Shah\nHarbourside Recruitment",
        "ma",
        "applied",
    ),
    Mail(
        "qz02",
        "05-05 14:30",
        HARBOURSIDE,
        "Finance Business Partner - CV submitted",
        "Hi Jordan,\n\nI have also submitted your CV for the Finance Business Partner role with our client in "
        "Bath, a housing association.\n\nBest,\nPriya Shah\nHarbourside Recruitment",
        "fbp",
        "applied",
    ),
    Mail(
        "qz03",
        "05-11 09:45",
        HARBOURSIDE,
        "Interview: Management Accountant at Wexcombe Engineering",
        "Hi Jordan,\n\nWexcombe Engineering would like to invite you to a first interview for the Management "
        "Accountant role on Thursday at 2pm.\n\nBest,\nPriya Shah\nHarbourside Recruitment",
        "ma",
        "interview",
    ),
    Mail(
        "qz04",
        "05-13 16:10",
        HARBOURSIDE,
        "Finance Business Partner - Avonvale Homes",
        "Hi Jordan,\n\nAvonvale Homes have reviewed your CV for the Finance Business Partner role and would like "
        "to arrange a phone interview with you this week.\n\nBest,\nPriya Shah\nHarbourside Recruitment",
        "fbp",
        "interview",
    ),
    Mail(
        "qz05",
        "05-20 10:00",
        "Wexcombe Engineering <recruitment@wexcombe.co.uk>",
        "Management Accountant - outcome",
        "Dear Jordan,\n\nThank you for attending interview for the Management Accountant position. Having "
        "weighed it carefully we have decided not to progress your application further.\n\nWexcombe Engineering HR",
        "ma",
        "rejected",
    ),
    Mail(
        "qz06",
        "05-22 13:00",
        HARBOURSIDE,
        "Avonvale Homes - offer",
        "Hi Jordan,\n\nFantastic news: Avonvale Homes would like to offer you the position! I'll call you this "
        "afternoon with the details.\n\nPriya Shah\nHarbourside Recruitment",
        "fbp",
        "offer",
    ),
    Mail(
        "qz07",
        "05-25 10:30",
        HARBOURSIDE,
        "Finance Business Partner - Swindon",
        "Hi Jordan,\n\nI have submitted your CV for a second Finance Business Partner role, with our client in "
        "Swindon, a logistics group, in case the other falls through.\n\nPriya Shah\nHarbourside Recruitment",
        "fbp2",
        "applied",
    ),
)

SUMMIT = "Leo Grant <leo.grant@summitstaffing.com>"
AGENCY_AND_DIRECT = _inbox(
    "agency_and_direct",
    "the reader applies to an employer directly and an agency puts them forward there too: another role is "
    "another record, the same role one record (one post, one hiring process at the employer), also where the "
    "agency's receipt names no client and its later mail names the employer",
    Mail(
        "dr01",
        "04-01 08:20",
        "Thornbury Foods <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Thornbury Foods",
        "Hi Jordan,\n\nThanks for applying for the Supply Planner position at Thornbury Foods. Our team will "
        "review your application shortly.\n\nThornbury Foods Talent Acquisition",
        "sp",
        "applied",
    ),
    Mail(
        "dr02",
        "04-03 11:00",
        SUMMIT,
        "Demand Planning Analyst - Thornbury Foods",
        "Hi Jordan,\n\nGreat to speak earlier. I've put you forward to Thornbury Foods for their Demand Planning "
        "Analyst vacancy and will chase them for feedback on Monday.\n\nLeo Grant\nSummit Staffing",
        "dpa",
        "applied",
    ),
    Mail(
        "dr03",
        "04-06 09:30",
        "Penhallow Bank <penhallow@myworkday.com>",
        "Your application: Risk Analyst",
        "Dear Jordan,\n\nThank you for your application for the Risk Analyst position at Penhallow Bank. We "
        "will be in touch if your experience matches the role.\n\nPenhallow Bank Talent Team",
        "risk",
        "applied",
    ),
    Mail(
        "dr04",
        "04-08 15:15",
        SUMMIT,
        "Risk Analyst - Penhallow Bank",
        "Hi Jordan,\n\nAs agreed on the phone, I have submitted your details to Penhallow Bank for the Risk "
        "Analyst role. Their hiring manager is reviewing CVs this week.\n\nLeo Grant\nSummit Staffing",
        "risk",
        "applied",
    ),
    Mail(
        "dr05",
        "04-10 10:00",
        SUMMIT,
        "Interview - Thornbury Foods",
        "Hi Jordan,\n\nThornbury Foods would like to interview you for the Demand Planning Analyst role next "
        "Wednesday at 11am.\n\nLeo Grant\nSummit Staffing",
        "dpa",
        "interview",
    ),
    Mail(
        "dr06",
        "04-14 14:00",
        "Thornbury Foods <no-reply@us.greenhouse-mail.io>",
        "Update on your Thornbury Foods application",
        "Hi Jordan,\n\nThank you for your interest in the Supply Planner role. Unfortunately we will not "
        "be progressing your application at this time.\n\nThornbury Foods Talent Acquisition",
        "sp",
        "rejected",
    ),
    Mail(
        "dr07",
        "04-16 12:30",
        "Penhallow Bank <penhallow@myworkday.com>",
        "Risk Analyst - interview invitation",
        "Dear Jordan,\n\nWe would like to invite you to interview for the Risk Analyst position. Please use the "
        "link below to choose a time.\n\nPenhallow Bank Talent Team",
        "risk",
        "interview",
    ),
    Mail(
        "dr08",
        "04-20 17:45",
        SUMMIT,
        "Thornbury Foods - feedback",
        "Hi Jordan,\n\nGreat news, Thornbury Foods would like to offer you the role! I'll send the paperwork "
        "over tomorrow.\n\nLeo Grant\nSummit Staffing",
        "dpa",
        "offer",
    ),
    Mail(
        "dr09",
        "04-02 19:05",
        "Kernow Water <no-reply@hire.lever.co>",
        "Thank you for applying to Kernow Water",
        "Hi Jordan,\n\nThank you for applying for the Asset Data Analyst position at Kernow Water. We'll be in "
        "touch once our team has reviewed your application.\n\nKernow Water Recruitment",
        "asset",
        "applied",
    ),
    Mail(
        "dr10",
        "04-09 13:40",
        SUMMIT,
        "Asset Data Analyst - CV submitted",
        "Hi Jordan,\n\nI've submitted your CV for the Asset Data Analyst role with our client, a utilities "
        "business in the South West. I'll update you as soon as I hear.\n\nLeo Grant\nSummit Staffing",
        "asset",
        "applied",
    ),
    Mail(
        "dr11",
        "04-17 10:20",
        SUMMIT,
        "Asset Data Analyst - Kernow Water",
        "Hi Jordan,\n\nKernow Water would like to interview you for the Asset Data Analyst role on Friday at "
        "2pm, by video.\n\nLeo Grant\nSummit Staffing",
        "asset",
        "interview",
    ),
)

EMPLOYER_SPELLED_TWO_WAYS = _inbox(
    "employer_spelled_two_ways",
    "one employer written with and without its legal form, another as its initials and in full: one record "
    "each when the titles agree; a neighbour sharing a first word stays apart",
    Mail(
        "sw01",
        "02-02 09:00",
        "Corbridge Medical Supplies Ltd <jobs@corbridgemedical.co.uk>",
        "Application received: Warehouse Operative",
        "Dear Jordan,\n\nThank you for applying for the Warehouse Operative role at Corbridge Medical Supplies "
        "Ltd. We aim to respond to all applicants within ten working days.\n\nRecruitment Team",
        "cms",
        "applied",
    ),
    Mail(
        "sw02",
        "02-03 10:30",
        "HWP Careers <careers@hwp.co.uk>",
        "HWP - Graduate Surveyor application",
        "Dear Jordan,\n\nThank you for applying to HWP for the Graduate Surveyor programme. We will review your "
        "application and contact you about next steps.\n\nGraduate Recruitment, HWP",
        "hwp",
        "applied",
    ),
    Mail(
        "sw03",
        "02-04 11:00",
        "Corbridge City Council <recruitment@corbridge.gov.uk>",
        "Your application for Parking Services Officer",
        "Dear Jordan,\n\nThank you for your application for the post of Parking Services Officer with Corbridge "
        "City Council. Shortlisting will take place after the closing date.\n\nHR Services",
        "council",
        "applied",
    ),
    Mail(
        "sw04",
        "02-10 14:00",
        "Maya Turner <maya.turner@example-mail.com>",
        "Warehouse Operative interview - Corbridge Medical Supplies",
        "Hi Jordan,\n\nI'm the shift manager at Corbridge Medical Supplies. We'd like you to come in for an "
        "interview for the Warehouse Operative role on Friday at 9am.\n\nMaya Turner",
        "cms",
        "interview",
    ),
    Mail(
        "sw05",
        "02-12 16:00",
        "Halloran Whitby Partnership <noreply@applytrack-mail.com>",
        "Interview invitation - Graduate Surveyor",
        "Dear Jordan,\n\nCongratulations! Halloran Whitby Partnership would like to invite you to an interview "
        "for the Graduate Surveyor programme on 3 March.\n\nEarly Careers Team",
        "hwp",
        "interview",
    ),
    Mail(
        "sw06",
        "02-20 12:00",
        "Corbridge City Council <recruitment@corbridge.gov.uk>",
        "Parking Services Officer - shortlisting outcome",
        "Dear Jordan,\n\nThank you for applying for the post of Parking Services Officer. Unfortunately you have "
        "not been shortlisted on this occasion.\n\nHR Services",
        "council",
        "rejected",
    ),
)


HOLLWEG_HR = "Hollweg Kältetechnik GmbH <karriere@hollweg-kaeltetechnik.jobs.personio.de>"
HOLLWEG_PERSON = "Miriam Sauter <m.sauter@hollweg-kaeltetechnik.de>"
QUELLBERG = "Dr. Arne Falk <a.falk@quellberg-personal.de>"
FIRM_SPELLED_TWO_WAYS = _inbox(
    "firm_spelled_two_ways",
    "an ATS's receipt from the employer's tenant host, then the firm's own mail from its domain; a "
    "consultancy's reply whose reading is its domain spelled as a name, shorter than its name in full",
    Mail(
        "fs01",
        "02-03 08:30",
        HOLLWEG_HR,
        "Ihre Bewerbung als Servicetechniker Kälteanlagen (m/w/d)",
        "Guten Tag Frau Albers,\n\nvielen Dank für Ihre Bewerbung als Servicetechniker Kälteanlagen (m/w/d) "
        "bei der Hollweg Kältetechnik GmbH. Wir melden uns in Kürze.\n\nIhr Personal-Team der Hollweg "
        "Kältetechnik GmbH",
        "hk",
        "applied",
    ),
    Mail(
        "fs02",
        "02-05 10:00",
        QUELLBERG,
        "Eingangsbestätigung - Projektleiter Gebäudetechnik (m/w/d) - Kennziffer QB-3308",
        "Sehr geehrte Frau Albers,\n\nvielen Dank für Ihre Bewerbung als Projektleiter Gebäudetechnik (m/w/d). "
        "Wir prüfen Ihre Unterlagen und melden uns.\n\nMit freundlichen Grüßen\nDr. Arne Falk\n"
        "Quellberg Personalberatung GmbH",
        "qb",
        "applied",
    ),
    Mail(
        "fs03",
        "02-12 14:00",
        HOLLWEG_PERSON,
        "Einladung zum Vorstellungsgespräch - Servicetechniker Kälteanlagen",
        "Sehr geehrte Frau Albers,\n\nwir möchten Sie gerne zu einem Vorstellungsgespräch einladen. Passt "
        "Ihnen Donnerstag, 19.02., um 10 Uhr?\n\nMit freundlichen Grüßen\nMiriam Sauter\nPersonalreferentin"
        "\nHollweg Kältetechnik",
        "hk",
        "interview",
    ),
    Mail(
        "fs04",
        "02-16 09:00",
        QUELLBERG,
        "QB-3308 Telefontermin",
        "Sehr geehrte Frau Albers,\n\ngerne würde ich mit Ihnen telefonieren, um Ihnen mehr über unseren "
        "Mandanten und die Position als Projektleiter Gebäudetechnik (m/w/d) zu erzählen. Passt Ihnen "
        "Mittwoch um 11 Uhr?\n\nBeste Grüße\nDr. Arne Falk\nQuellberg Personalberatung GmbH",
        "qb",
        "interview",
    ),
    Mail(
        "fs05",
        "03-06 11:00",
        "Personalabteilung <personal@hollweg-kaeltetechnik.de>",
        "Ihre Bewerbung",
        "Sehr geehrte Frau Albers,\n\nvielen Dank für das Gespräch. Leider müssen wir Ihnen mitteilen, dass "
        "wir Ihnen die Stelle als Servicetechniker Kälteanlagen (m/w/d) nicht anbieten können.\n\nFreundliche Grüße\nMiriam Sauter\n"
        "Hollweg Kältetechnik GmbH",
        "hk",
        "rejected",
    ),
    Mail(
        "fs06",
        "03-10 16:00",
        QUELLBERG,
        "AW: QB-3308 Telefontermin",
        "Hallo Frau Albers,\n\nleider hat sich unser Kunde entschieden, den Prozess mit einem anderen "
        "Kandidaten fortzusetzen. Ich melde mich, sobald ich ein passendes Mandat habe.\n\nHerzliche Grüße\n"
        "Arne Falk",
        "qb",
        "rejected",
    ),
)


NADIA_CORVELL = "Nadia from Corvell Foods <nadia@paradox.ai>"
NADIA_PELLHAM = "Nadia from Pellham Bakery <nadia@paradox.ai>"

ASSISTANT_MAILBOXES = _inbox(
    "assistant_mailboxes",
    "one ATS's virtual assistant writing for two employers from one first-name mailbox, her display name "
    "saying whom she writes for; her later mail names only herself (or nobody) and no link",
    Mail(
        "va01",
        "03-02 18:05",
        NADIA_CORVELL,
        "Thanks for applying to Corvell Foods!",
        "Hi Sam! It's Nadia, the hiring assistant for Corvell Foods. Thanks for applying for the Deli Clerk role at our Millbrook store!\n\nI'll text you a few questions about your availability. You can also chat with me here: https://corvell.paradox.ai/co/Q7xw2\n\nNadia\nHiring Assistant | Corvell Foods",
        "corvell",
        "applied",
    ),
    Mail(
        "va02",
        "03-03 12:40",
        NADIA_PELLHAM,
        "Thanks for applying to Pellham Bakery!",
        "Hi Sam! It's Nadia, the hiring assistant for Pellham Bakery. Thanks for applying for the Counter Assistant role at our Eastgate bakery!\n\nChat with me any time: https://pellham.paradox.ai/co/Lm4r8\n\nNadia\nHiring Assistant | Pellham Bakery",
        "pellham",
        "applied",
    ),
    Mail(
        "va03",
        "03-04 09:15",
        NADIA_CORVELL,
        "You're booked in!",
        "Hi Sam,\n\nYou're all set. Here are your interview details:\n\nPosition: Deli Clerk\nWhen: Monday, March 9 at 11:00 AM\nWhere: 51 Orchard Lane, Millbrook\nAsk for: Dev, the deli lead\n\nNeed to change it? Just reply to my text.\n\nNadia",
        "corvell",
        "interview",
    ),
    Mail(
        "va04",
        "03-06 16:20",
        NADIA_CORVELL,
        "Updated: your interview has moved",
        "Hi Sam,\n\nDev had a conflict come up, so your interview has been moved to Tuesday, March 10 at 3:00 PM. Same place as before.\n\nIf that time doesn't work, reply to my text and I'll send other times.\n\nNadia",
        "corvell",
        "interview",
    ),
    Mail(
        "va05",
        "03-09 10:00",
        NADIA_PELLHAM,
        "Let's get your interview on the calendar",
        "Hi Sam! Good news: the Eastgate team would like to meet you for an interview. Pick a time that works for you and I'll confirm it right away.\n\nNadia",
        "pellham",
        "interview",
    ),
    Mail(
        "va06",
        "03-17 08:45",
        NADIA_PELLHAM,
        "An update on your application",
        "Hi Sam,\n\nThank you for taking the time to interview with us. We've decided to go forward with other applicants for now, but we'd love for you to apply again in the future.\n\nNadia",
        "pellham",
        "rejected",
    ),
)

HARWICK_WORKDAY = "Harwick Health System Careers <harwickhealth@myworkday.com>"
HARWICK_RECRUITER = "Della Fromm <della.fromm@harwickhealth.org>"

HOSPITAL_SITES = _inbox(
    "hospital_sites",
    "a health system's receipts name the system; its recruiter's interview and offer name the hospital "
    "the role is at, for the role a receipt named; the system's rejection of another role names the system",
    Mail(
        "hx01",
        "04-06 07:12",
        HARWICK_WORKDAY,
        "Application received: Surgical Technologist - Days | R-30117",
        "Dear Morgan,\n\nThank you for applying to the Surgical Technologist - Days position (R-30117) at Harwick Health System. Our talent acquisition team is looking at your application and will be in contact if your experience fits our needs.\n\nSincerely,\nHarwick Health System Talent Acquisition",
        "surgtech",
        "applied",
    ),
    Mail(
        "hx02",
        "04-08 21:40",
        HARWICK_WORKDAY,
        "Application received: Unit Secretary - Cardiology | R-30342",
        "Dear Morgan,\n\nThank you for applying to the Unit Secretary - Cardiology position (R-30342) at Harwick Health System. Our talent acquisition team is looking at your application and will be in contact if your experience fits our needs.\n\nSincerely,\nHarwick Health System Talent Acquisition",
        "unitsec",
        "applied",
    ),
    Mail(
        "hx03",
        "04-14 10:05",
        HARWICK_RECRUITER,
        "Phone interview - Surgical Tech",
        "Hi Morgan,\n\nThanks for your interest in the Surgical Technologist - Days opening at Harwick Memorial Hospital. I'd like to set up a 20-minute phone interview with you and the OR manager this week. Would Thursday at 2:00 PM or Friday at 9:30 AM work?\n\nBest,\nDella Fromm\nRecruiter, Perioperative Services",
        "surgtech",
        "interview",
    ),
    Mail(
        "hx04",
        "04-20 16:30",
        "Harwick Health System <no-reply@harwickhealth.org>",
        "Your application status",
        "Dear Morgan,\n\nThank you for your interest in the Unit Secretary - Cardiology position. After a close look, we've decided to go forward with other applicants whose experience sits closer to the needs of the unit.\n\nWe encourage you to apply for future openings.\n\nHarwick Health System Talent Acquisition",
        "unitsec",
        "rejected",
    ),
    Mail(
        "hx05",
        "04-27 11:15",
        HARWICK_RECRUITER,
        "Offer - Surgical Technologist at Harwick Memorial Hospital",
        "Hi Morgan,\n\nCongratulations! I'm happy to offer you the Surgical Technologist - Days position at Harwick Memorial Hospital, starting May 18 at $27.40 an hour. Your formal offer letter is attached; please sign and return it by Friday.\n\nBest,\nDella Fromm\nRecruiter, Perioperative Services",
        "surgtech",
        "offer",
    ),
)

FAMILY_FIRM = _inbox(
    "family_firm_and_its_group",
    "a family firm's receipt signs '& Sons', its later mail from the group's domain signs as the group; "
    "another firm of the family's first word is another employer",
    Mail(
        "ff01",
        "05-04 09:10",
        "Pendlebury & Sons Ltd <careers@pendleburysons.co.uk>",
        "Application received - Site Estimator (Groundworks)",
        "Dear Alex,\n\nThank you for applying for the Site Estimator (Groundworks) role at Pendlebury & Sons Ltd. "
        "Our team will go through your application and write back within two weeks.\n\nKind regards,\n"
        "Recruitment Team\nPendlebury & Sons Ltd",
        "estimator",
        "applied",
    ),
    Mail(
        "ff02",
        "05-06 14:20",
        "Pendlebury Freight <jobs@pendleburyfreight.co.uk>",
        "Your application: Transport Planner",
        "Hi Alex,\n\nThanks for applying for the Transport Planner position at Pendlebury Freight. We've "
        "received your application and will look it over soon.\n\nPendlebury Freight Recruitment",
        "planner",
        "applied",
    ),
    Mail(
        "ff03",
        "05-12 11:00",
        "Gareth Ollerton <gareth.ollerton@pendleburygroup.co.uk>",
        "Interview - Site Estimator",
        "Hi Alex,\n\nThanks for your application for the Site Estimator role. I'd like to invite you to an "
        "interview at our Bolton office on Tuesday 19 May at 10:00. Could you confirm that suits?\n\n"
        "Best regards,\nGareth Ollerton\nCommercial Manager\nPendlebury Group",
        "estimator",
        "interview",
    ),
    Mail(
        "ff04",
        "05-25 16:45",
        "Gareth Ollerton <gareth.ollerton@pendleburygroup.co.uk>",
        "Site Estimator - offer",
        "Hi Alex,\n\nThank you for coming in. I'm delighted to offer you the Site Estimator role; the formal "
        "offer letter is attached.\n\nBest regards,\nGareth Ollerton\nCommercial Manager\nPendlebury Group",
        "estimator",
        "offer",
    ),
)

KELLAND_SHARED = "Kelland Partners <applications@kellandpartners.co.uk>"
KELLAND_RECRUITER = "Priya Vasant <priya.vasant@kellandpartners.co.uk>"
AGENCY_SHARED_MAILBOX = _inbox(
    "agency_shared_mailbox",
    "a search firm no list knows: its shared mailbox's receipt names only the firm, its recruiter's call "
    "too, then her mail names the client; the firm's later receipt for another role stays the firm's",
    Mail(
        "as01",
        "06-01 09:00",
        KELLAND_SHARED,
        "Thank you for your application - Finance Business Partner",
        "Dear Sam,\n\nThank you for applying for the Finance Business Partner role with Kelland Partners. A "
        "member of our team will review your details and contact you if your experience matches our "
        "client's requirements.\n\nKind regards,\nKelland Partners",
        "fbp",
        "applied",
    ),
    Mail(
        "as02",
        "06-03 15:30",
        KELLAND_RECRUITER,
        "Quick call?",
        "Hi Sam,\n\nThanks for your application. Are you free for a quick call tomorrow at 11am to talk it "
        "through?\n\nBest,\nPriya Vasant\nKelland Partners",
        "fbp",
        "interview",
    ),
    Mail(
        "as03",
        "06-09 10:15",
        KELLAND_RECRUITER,
        "Interview with our client Marston Vale Foods",
        "Hi Sam,\n\nGood news: our client Marston Vale Foods would like to interview you on Monday 15 June at "
        "2pm at their Bedford office. Please confirm you can attend.\n\nBest,\nPriya Vasant\nKelland "
        "Partners",
        "fbp",
        "interview",
    ),
    Mail(
        "as04",
        "06-20 08:40",
        KELLAND_SHARED,
        "Thank you for your application - Payroll Supervisor",
        "Dear Sam,\n\nThank you for applying for the Payroll Supervisor role with Kelland Partners. A member "
        "of our team will review your details and contact you if your experience matches our client's "
        "requirements.\n\nKind regards,\nKelland Partners",
        "payroll",
        "applied",
    ),
)

BROOKFIELD_MANAGER = "Nadine Carrow <nadine.carrow@brookfieldvets.co.uk>"
SITE_IN_A_REPLY = _inbox(
    "site_in_a_reply",
    "a practice group's receipt and its manager's invitation name the group; her reply of the same subject, "
    "which names the practice the role is at, reads that practice",
    Mail(
        "vr01",
        "07-01 08:15",
        "Brookfield Veterinary Group <careers@brookfieldvets.co.uk>",
        "Application received - Registered Veterinary Nurse",
        "Dear Robin,\n\nThank you for applying for the Registered Veterinary Nurse role at Brookfield "
        "Veterinary Group. We will go through your application and write back.\n\nBrookfield Veterinary Group "
        "Recruitment",
        "rvn",
        "applied",
        "vr01",
    ),
    Mail(
        "vr02",
        "07-06 13:00",
        BROOKFIELD_MANAGER,
        "Interview - Registered Veterinary Nurse - Brookfield Northgate Surgery",
        "Hi Robin,\n\nThank you for your application to Brookfield Veterinary Group. I'd like to invite you "
        "to an interview for the Registered Veterinary Nurse role on Thursday 10 July at 2pm. Does that suit?"
        "\n\nKind regards,\nNadine Carrow\nPractice Manager\nBrookfield Veterinary Group",
        "rvn",
        "interview",
        "vr02",
    ),
    Mail(
        "vr03",
        "07-07 09:30",
        BROOKFIELD_MANAGER,
        "RE: Interview - Registered Veterinary Nurse - Brookfield Northgate Surgery",
        "Hi Robin,\n\nGreat, Thursday at 2pm is confirmed. Please ask for me at reception at Brookfield "
        "Northgate Surgery when you arrive; parking is at the rear.\n\nKind regards,\nNadine Carrow\n"
        "Practice Manager",
        "rvn",
        "interview",
        "vr02",
    ),
)

CALDER_WORKDAY = "Calder Valley Health <caldervalleyhealth@myworkday.com>"
CALDER_MANAGER = "Rhiannon Tate <rhiannon.tate@caldermemorial.example>"
HEALTH_SYSTEM_TWO_UNITS = _inbox(
    "health_system_two_units",
    "a health system's receipts for two units' posts say where each is located, its hospital; the "
    "hospital's nurse manager invites naming the hospital and no title, her subject naming her unit's post "
    "in passing; the other post's rejection comes from the system",
    Mail(
        "hu01",
        "03-02 07:40",
        CALDER_WORKDAY,
        "Application received: Oncology RN, Days | R-20417",
        "Hello Jamie,\n\nThanks for applying to Calder Valley Health. Your application for Oncology RN, Days "
        "(R-20417) is in. This position is located at Calder Memorial Hospital.\n\nCalder Valley Health "
        "Recruiting",
        "onc",
        "applied",
    ),
    Mail(
        "hu02",
        "03-03 21:15",
        CALDER_WORKDAY,
        "Application received: Cardiac Stepdown RN, Nights | R-20588",
        "Hello Jamie,\n\nThanks for applying to Calder Valley Health. Your application for Cardiac Stepdown "
        "RN, Nights (R-20588) is in. This position is located at Calder Memorial Hospital.\n\nCalder Valley "
        "Health Recruiting",
        "stepdown",
        "applied",
    ),
    Mail(
        "hu03",
        "03-10 11:05",
        CALDER_MANAGER,
        "Panel interview with the stepdown night team",
        "Hi Jamie,\n\nYour application came to me as the manager of cardiac stepdown. Can you come in and "
        "meet the team? I have Tuesday 3/17 at 9:00 AM or Wednesday 3/18 at 1:00 PM open.\n\nRhiannon Tate"
        "\nNurse Manager\nCalder Memorial Hospital",
        "stepdown",
        "interview",
    ),
    Mail(
        "hu04",
        "03-20 16:30",
        CALDER_WORKDAY,
        "Update on Oncology RN, Days",
        "Hello Jamie,\n\nThank you for your interest in the Oncology RN, Days position at Calder Memorial "
        "Hospital. We have filled this position and will not be moving forward with your application.\n\n"
        "Calder Valley Health Recruiting",
        "onc",
        "rejected",
    ),
)

HARTLEY_RECRUITER = "Ellen Hartley <ellen@hartley-rp.co.uk>"
AGENCY_INITIALS_DOMAIN = _inbox(
    "agency_initials_domain",
    "a recruiter whose firm's domain writes its trade words as initials ('hartley-rp' of 'Hartley "
    "Resourcing Partners'): her call naming only her firm joins the client she named",
    Mail(
        "ai01",
        "09-01 09:30",
        HARTLEY_RECRUITER,
        "Your application: Payroll Administrator at Greystone Water",
        "Hi Sam,\n\nThanks for your application for the Payroll Administrator role at Greystone Water. I will "
        "be in touch shortly.\n\nEllen Hartley\nHartley Resourcing Partners",
        "payroll",
        "applied",
    ),
    Mail(
        "ai02",
        "09-04 15:10",
        HARTLEY_RECRUITER,
        "Phone interview",
        "Hi Sam,\n\nAs discussed, I will call you on Thursday at 10am for a short phone interview.\n\n"
        "Ellen Hartley\nHartley Resourcing Partners",
        "payroll",
        "interview",
    ),
    Mail(
        "ai03",
        "09-19 11:45",
        HARTLEY_RECRUITER,
        "Greystone Water feedback",
        "Hi Sam,\n\nUnfortunately Greystone Water have decided to move forward with another candidate. I will "
        "let you know as soon as I have another role for you.\n\nEllen Hartley\nHartley Resourcing Partners",
        "payroll",
        "rejected",
    ),
)

PUBLIC_BODIES_ONE_DOMAIN = _inbox(
    "public_bodies_one_domain",
    "two agencies of one regional government, each at its own level of the government's shared domain: "
    "each sends its receipt; one agency's HR business partner invites to the interview from her own address "
    "there, signing with her post under her name; the other agency declines",
    Mail(
        "pb01",
        "02-03 10:20",
        "Agentschap Kustbeheer <vacatures@kustbeheer.vlaanderen.be>",
        "Ontvangstbevestiging: Projectleider duinbeheer",
        "Beste Wout,\n\nWe hebben je kandidatuur voor de functie Projectleider duinbeheer goed ontvangen. "
        "De selectiecommissie bekijkt alle kandidaturen na de sluitingsdatum.\n\nMet vriendelijke groeten,"
        "\nAgentschap Kustbeheer",
        "dunes",
        "applied",
    ),
    Mail(
        "pb02",
        "02-05 14:05",
        "Agentschap Archiefzorg <jobs@archiefzorg.vlaanderen.be>",
        "Ontvangstbevestiging: Archivaris digitale collecties",
        "Beste Wout,\n\nBedankt voor je kandidatuur voor de functie Archivaris digitale collecties. Je hoort "
        "binnen drie weken van ons.\n\nMet vriendelijke groeten,\nAgentschap Archiefzorg",
        "archive",
        "applied",
    ),
    Mail(
        "pb03",
        "02-19 09:40",
        "Sien Verbruggen <sien.verbruggen@kustbeheer.vlaanderen.be>",
        "Uitnodiging selectiegesprek",
        "Dag Wout,\n\nBedankt voor je kandidatuur. Graag nodigen we je uit voor een selectiegesprek op "
        "dinsdag 3 maart om 10 uur in ons kantoor in Oostende.\n\nKan je dit bevestigen?\n\n"
        "Groeten,\nSien Verbruggen\nHR Business Partner",
        "dunes",
        "interview",
    ),
    Mail(
        "pb04",
        "02-24 16:30",
        "Agentschap Archiefzorg <jobs@archiefzorg.vlaanderen.be>",
        "Je kandidatuur Archivaris digitale collecties",
        "Beste Wout,\n\nHelaas moeten we je meedelen dat we je kandidatuur niet weerhouden voor de volgende "
        "fase.\n\nMet vriendelijke groeten,\nAgentschap Archiefzorg",
        "archive",
        "rejected",
    ),
)

INITIALS_DOMAIN = _inbox(
    "initials_domain",
    "an employer whose own domain writes its name as initials ('armd-mobilite' of 'Agence régionale côtière de la "
    "Mobilité douce', a word left out): its receipt names it in full; its HR officer's invitation, from her own address there, names "
    "the post and signs with her name alone, the employer read from the domain; another employer declines",
    Mail(
        "id01",
        "04-07 08:50",
        "Agence régionale côtière de la Mobilité douce <recrutement@armd-mobilite.example>",
        "Candidature reçue : Chargé de mission vélo et espaces partagés (CDD 12 mois)",
        "Bonjour Inès,\n\nNous avons bien reçu votre candidature au poste de Chargé de mission vélo et espaces partagés "
        "(CDD 12 mois). Nous "
        "reviendrons vers vous après la clôture de l'appel.\n\nL'équipe recrutement\nAgence régionale côtière "
        "de la Mobilité douce",
        "velo",
        "applied",
    ),
    Mail(
        "id02",
        "04-09 13:15",
        "Brasserie Coopérative du Lac <emplois@brasserie-dulac.example>",
        "Votre candidature - Responsable logistique",
        "Bonjour Inès,\n\nMerci pour votre candidature au poste de Responsable logistique. Nous avons retenu "
        "d'autres profils et ne donnerons pas suite.\n\nBien à vous,\nBrasserie Coopérative du Lac",
        "lac",
        "rejected",
    ),
    Mail(
        "id03",
        "04-22 10:05",
        "Élise Marchal <elise.marchal@armd-mobilite.example>",
        "Chargé de mission vélo - entretien",
        "Bonjour Inès,\n\nVotre candidature pour le poste de Chargé de mission vélo a retenu notre attention. "
        "Seriez-vous disponible pour un entretien le jeudi 30 avril à 14 h ?\n\nBien cordialement,\n"
        "Élise Marchal",
        "velo",
        "interview",
    ),
)

ASHGROVE_MANAGER = "Priya Nand <priya.nand@ashgrovebank.example>"
ASHGROVE_INSURER = "Tomasz Wren <tomasz.wren@ashgroveinsurance.example>"
ASHGROVE_SUBJECT = "RE: Application received - Credit Risk Analyst"
THREAD_TWO_EMPLOYERS_ONE_WORD = _inbox(
    "thread_two_employers_one_word",
    "one reply chain, two employers whose names share their first word: a bank's manager declines and passes "
    "the CV to the sister insurer, whose recruiter answers in the same chain about another role (an "
    "application of its own, not a site of the bank)",
    Mail(
        "aw01",
        "05-04 09:00",
        "Ashgrove Bank <careers@ashgrovebank.example>",
        "Application received - Credit Risk Analyst",
        "Dear Sam,\n\nThank you for applying for the Credit Risk Analyst role at Ashgrove Bank. We will be in "
        "touch.\n\nAshgrove Bank Careers",
        "bank",
        "applied",
        "aw01",
    ),
    Mail(
        "aw02",
        "05-08 14:20",
        ASHGROVE_MANAGER,
        ASHGROVE_SUBJECT,
        "Hi Sam,\n\nThanks for applying. Could you join me for an interview for the Credit Risk Analyst role on "
        "Monday at 10am?\n\nBest,\nPriya Nand\nAshgrove Bank",
        "bank",
        "interview",
        "aw01",
    ),
    Mail(
        "aw03",
        "05-15 16:45",
        ASHGROVE_MANAGER,
        ASHGROVE_SUBJECT,
        "Hi Sam,\n\nThank you for your time on Monday. We have decided not to move forward with your "
        "application for the Credit Risk Analyst role. My colleague Tomasz is hiring at Ashgrove Insurance and "
        "I have passed your CV on to him, with your permission.\n\nBest,\nPriya Nand\nAshgrove Bank",
        "bank",
        "rejected",
        "aw01",
    ),
    Mail(
        "aw04",
        "05-19 11:10",
        ASHGROVE_INSURER,
        ASHGROVE_SUBJECT,
        "Hi Sam,\n\nPriya passed me your CV. Thanks for your interest in the Claims Data Analyst role at "
        "Ashgrove Insurance. Could we have a call on Thursday at 11am as a first interview?\n\nRegards,\n"
        "Tomasz Wren\nAshgrove Insurance",
        "insurer",
        "interview",
        "aw01",
    ),
    Mail(
        "aw05",
        "06-02 10:30",
        ASHGROVE_INSURER,
        ASHGROVE_SUBJECT,
        "Hi Sam,\n\nI am delighted to offer you the Claims Data Analyst position at Ashgrove Insurance. The "
        "written offer is attached.\n\nRegards,\nTomasz Wren\nAshgrove Insurance",
        "insurer",
        "offer",
        "aw01",
    ),
)

OBERLIN_MANAGER = "Gail Tremont <gtremont@oberlinvf.example>"
DOMAIN_HEAD_AND_INITIALS = _inbox(
    "domain_head_and_initials",
    "an employer whose own domain writes its first word and its trade words' initials ('oberlinvf' of 'Oberlin "
    "Valve & Fitting Co.'): its payroll ATS's receipt names it in full, its HR manager's invitation and her "
    "reply in the chain sign with her first name, the employer read from the domain; another employer's "
    "receipt and rejection beside them",
    Mail(
        "hi01",
        "03-02 09:00",
        '"Oberlin Valve & Fitting Co." <noreply@paylocity.com>',
        "Application Received",
        "Hi Sam,\n\nThank you for applying for the Quality Engineer position at Oberlin Valve & Fitting Co. Our "
        "hiring team will review your application and be in touch.\n\nOberlin Valve & Fitting Co.\n\n"
        "Powered by Paylocity",
        "oberlin",
        "applied",
    ),
    Mail(
        "hi02",
        "03-03 14:30",
        "Trellis Biologics <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Trellis Biologics",
        "Hi Sam,\n\nThanks for applying for the Process Engineer role at Trellis Biologics. We will review "
        "your application shortly.\n\nThe Trellis Biologics Recruiting Team",
        "trellis",
        "applied",
    ),
    Mail(
        "hi03",
        "03-06 10:00",
        OBERLIN_MANAGER,
        "Quality Engineer - next step",
        "Hi Sam,\n\nI look after HR here and would like to bring you in to meet our plant manager for the "
        "Quality Engineer opening. Would Tuesday at 9am suit you?\n\nThanks,\nGail",
        "oberlin",
        "interview",
    ),
    Mail(
        "hi04",
        "03-06 15:10",
        OBERLIN_MANAGER,
        "RE: Quality Engineer - next step",
        "Great, Tuesday at 9 it is. Ask for me at the front desk and bring a photo ID.\n\nGail",
        "oberlin",
        "interview",
    ),
    Mail(
        "hi05",
        "03-12 11:20",
        "Trellis Biologics <no-reply@us.greenhouse-mail.io>",
        "Your application to Trellis Biologics",
        "Hi Sam,\n\nThank you for your interest in the Process Engineer role. After careful review we have "
        "decided to move forward with other candidates.\n\nThe Trellis Biologics Recruiting Team",
        "trellis",
        "rejected",
    ),
)

BIRCH_LANTERN = '"Dana Oakes" <doakes@birchlanternstaffing.example>'
AGENCY_NAME_WITH_AMPERSAND = _inbox(
    "agency_name_with_ampersand",
    "a staffing agency named with an '&' its domain leaves out ('Birch & Lantern Staffing', "
    "birchlanternstaffing): its recruiter's first mail about the board posting names only the agency, her "
    "reply in the chain names the client, her later mail the client alone; another employer's receipt beside",
    Mail(
        "ah01",
        "03-03 11:00",
        BIRCH_LANTERN,
        "Your application - Payroll Specialist",
        "Hi Sam,\n\nThanks for applying to our Payroll Specialist posting. I am recruiting for it on behalf of a "
        "client, a regional grocer. Could we talk tomorrow afternoon about your background before I present "
        "you?\n\nDana Oakes\nSenior Recruiter\nBirch & Lantern Staffing",
        "marlow",
        "applied",
    ),
    Mail(
        "ah02",
        "03-04 08:40",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Payroll Analyst",
        "Application submitted\n\nPayroll Analyst\nCinderwood Logistics - Joliet, IL\n\nThe following items "
        "were sent to Cinderwood Logistics. Good luck!\n\nTrack your applications on Indeed",
        "cinderwood",
        "applied",
    ),
    Mail(
        "ah03",
        "03-05 16:00",
        BIRCH_LANTERN,
        "RE: Your application - Payroll Specialist",
        "Hi Sam,\n\nGood talking today. The client is Marlow Fresh Markets and I have sent them your profile for "
        "the Payroll Specialist role. They would like you to do a short payroll quiz first.\n\nDana",
        "marlow",
        "assessment",
    ),
    Mail(
        "ah04",
        "03-13 12:30",
        BIRCH_LANTERN,
        "Marlow - interview Friday",
        "Hi Sam,\n\nYou did well on the quiz! Marlow would like to interview you on Friday at 10am at their "
        "office. Can you confirm?\n\nDana Oakes | Senior Recruiter\nBirch & Lantern Staffing",
        "marlow",
        "interview",
    ),
)

FERNHALL_MANAGER = "Imogen Hale <imogen.hale@fernhalltrust.example>"
TITLE_WORDS_WRITTEN_SHORT = _inbox(
    "title_words_written_short",
    "two posts at one charity: its ATS's receipts name each in full; the hiring manager's invitation and "
    "her reply in the chain write one of them with a word short ('Policy & Comms Officer' for 'Policy & "
    "Communications Officer'), the other post's rejection names it in full",
    Mail(
        "ws01",
        "02-02 09:30",
        "Fernhall Trust <fernhalltrust@jobs.example-ats.com>",
        "Application received: Policy & Communications Officer",
        "Dear Alex,\n\nThank you for applying for the Policy & Communications Officer post at Fernhall Trust. We "
        "will review applications after the closing date.\n\nPeople Team\nFernhall Trust",
        "policy",
        "applied",
    ),
    Mail(
        "ws02",
        "02-03 10:15",
        "Fernhall Trust <fernhalltrust@jobs.example-ats.com>",
        "Application received: Fundraising Officer",
        "Dear Alex,\n\nThank you for applying for the Fundraising Officer post at Fernhall Trust. We will review "
        "applications after the closing date.\n\nPeople Team\nFernhall Trust",
        "fundraising",
        "applied",
    ),
    Mail(
        "ws03",
        "02-16 13:40",
        FERNHALL_MANAGER,
        "Policy & Comms Officer - interview",
        "Hi Alex,\n\nThanks for applying for the Policy & Comms Officer role. We'd love to invite you to an "
        "interview at our office next Wednesday at 2pm. Could you let me know if that works?\n\nBest "
        "wishes,\nImogen Hale\nHead of Policy\nFernhall Trust",
        "policy",
        "interview",
    ),
    Mail(
        "ws04",
        "02-17 08:05",
        FERNHALL_MANAGER,
        "RE: Policy & Comms Officer - interview",
        "Hi Alex,\n\nGreat, Wednesday at 2pm is booked for your interview. Ask for me at reception.\n\n"
        "Imogen",
        "policy",
        "interview",
    ),
    Mail(
        "ws05",
        "02-20 16:30",
        "Fernhall Trust <fernhalltrust@jobs.example-ats.com>",
        "Your application: Fundraising Officer",
        "Dear Alex,\n\nThank you for your interest in the Fundraising Officer post at Fernhall Trust. We regret "
        "that we will not be taking your application further on this occasion.\n\nPeople Team\nFernhall "
        "Trust",
        "fundraising",
        "rejected",
    ),
)

CALDER = "Rhian Powell <rhian.powell@calder-recruitment.example>"
AGENCY_CLIENT_NAMED_TWO_WAYS = _inbox(
    "agency_client_named_two_ways",
    "a recruitment agency's consultant puts the reader forward to two clients, then names one of them "
    "another way ('St Aldric Hospice' for 'the Hospice of St Aldric') in a title-less invitation: one client "
    "named two ways is one employer, and its one open application takes the invitation",
    Mail(
        "cn01",
        "05-04 10:00",
        CALDER,
        "Submitted: Staff Nurse - Hospice of St Aldric",
        "Hi Morgan,\n\nAs discussed, I have submitted your CV to the Hospice of St Aldric for the Staff Nurse "
        "post. I will let you know as soon as I hear back.\n\nKind regards,\nRhian Powell\nCalder Recruitment",
        "aldric",
        "applied",
    ),
    Mail(
        "cn02",
        "05-05 15:20",
        CALDER,
        "Submitted: Deputy Ward Manager - Pennant Care Homes",
        "Hi Morgan,\n\nI have also submitted your CV to Pennant Care Homes for the Deputy Ward Manager post. "
        "Fingers crossed!\n\nKind regards,\nRhian Powell\nCalder Recruitment",
        "pennant",
        "applied",
    ),
    Mail(
        "cn03",
        "05-11 09:45",
        CALDER,
        "Good news from St Aldric Hospice",
        "Hi Morgan,\n\nGood news: St Aldric Hospice would like to interview you next Tuesday at 11am. Can you "
        "make that?\n\nKind regards,\nRhian Powell\nCalder Recruitment",
        "aldric",
        "interview",
    ),
    Mail(
        "cn04",
        "05-14 16:10",
        CALDER,
        "Pennant Care Homes - Deputy Ward Manager",
        "Hi Morgan,\n\nUnfortunately Pennant Care Homes have decided not to take your application for the "
        "Deputy Ward Manager post any further.\n\nKind regards,\nRhian Powell\nCalder Recruitment",
        "pennant",
        "rejected",
    ),
)

ORLA = "Orla Brennan <orla.brennan@quayside-recruitment.example>"
AGENCY_NEWS_SUBJECT_NAMES_CLIENT = _inbox(
    "agency_news_subject_names_client",
    "a recruitment consultant submits the reader to two clients; her later news names neither in its body, "
    "only the hiring manager's first name, and its subject writes one client's first word ('Pellworth "
    "feedback'): that client's application takes it",
    Mail(
        "an01",
        "06-01 09:30",
        ORLA,
        "Submitted - Pellworth Foods Inc. Purchasing Analyst",
        "Hi Jamie,\n\nLovely to speak earlier. I have submitted your CV to Pellworth Foods Inc. for the "
        "Purchasing Analyst role in Naperville. I will chase them for feedback this week.\n\nOrla Brennan\n"
        "Senior Consultant\nQuayside Recruitment",
        "pellworth",
        "applied",
    ),
    Mail(
        "an02",
        "06-02 14:00",
        ORLA,
        "Castlebay Marine - Inventory Planner",
        "Hi Jamie,\n\nAs promised I have also submitted you to Castlebay Marine for their Inventory Planner "
        "opening.\n\nOrla Brennan\nSenior Consultant\nQuayside Recruitment",
        "castlebay",
        "applied",
    ),
    Mail(
        "an03",
        "06-09 16:45",
        ORLA,
        "Pellworth feedback",
        "Hi Jamie,\n\nHeard back from Tamsin today. She enjoyed meeting you but they have offered the job to "
        "someone with more category management experience. Sorry it is not better news.\n\nOrla",
        "pellworth",
        "rejected",
    ),
)

HOLMGART_ATS = "Brauerei Holmgart <no-reply@holmgart.jobs.personio.example>"
HOLMGART_PERSON = "Jonas Ebert <jonas.ebert@holmgart.example>"
EMPLOYER_NAMED_WITHOUT_ITS_KIND = _inbox(
    "employer_named_without_its_kind",
    "an ATS's receipts name the employer with the word saying what kind of body it is ('Brauerei "
    "Holmgart'); the people there write the name alone, as their domain does: each role's later mail joins "
    "its receipt",
    Mail(
        "ek01",
        "03-02 08:15",
        HOLMGART_ATS,
        "Ihre Bewerbung bei Brauerei Holmgart",
        "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Schichtleiter Abfüllung bei Brauerei Holmgart. Wir "
        "melden uns in den nächsten zwei Wochen.\n\nIhr Recruiting-Team\nBrauerei Holmgart",
        "shift",
        "applied",
    ),
    Mail(
        "ek02",
        "03-03 19:40",
        HOLMGART_ATS,
        "Ihre Bewerbung bei Brauerei Holmgart",
        "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Einkäufer Rohstoffe bei Brauerei Holmgart. Wir "
        "melden uns in den nächsten zwei Wochen.\n\nIhr Recruiting-Team\nBrauerei Holmgart",
        "buyer",
        "applied",
    ),
    Mail(
        "ek03",
        "03-11 10:05",
        HOLMGART_PERSON,
        "Gespräch Schichtleiter Abfüllung",
        "Hallo Alex,\n\nich würde Sie gern zu einem Vorstellungsgespräch für die Stelle Schichtleiter "
        "Abfüllung einladen. Passt Ihnen Donnerstag um 14 Uhr?\n\nViele Grüße\nJonas Ebert\nLeitung "
        "Produktion\nHolmgart",
        "shift",
        "interview",
    ),
    Mail(
        "ek04",
        "03-20 16:30",
        HOLMGART_PERSON,
        "Ihre Bewerbung als Einkäufer Rohstoffe",
        "Hallo Alex,\n\nleider haben wir uns für die Stelle Einkäufer Rohstoffe für einen anderen Bewerber "
        "entschieden. Wir wünschen Ihnen alles Gute.\n\nViele Grüße\nJonas Ebert\nHolmgart",
        "buyer",
        "rejected",
    ),
)

BRANDLHAUS_ATS = '"Brandlhaus Gebäudetechnik GmbH" <jobs@brandlhaus.jobs.personio.de>'
BRANDLHAUS_PERSON = "Jonas Ebner <j.ebner@brandlhaus-gt.de>"

ROLE_READ_AS_EMPLOYER = _inbox(
    "role_read_as_employer",
    "an ATS's receipt names the employer and the role; the person there writes from the firm's own domain "
    "with the role where a subject puts an organisation, and the reading takes it for the employer: the "
    "role the receipt names is no employer, and the mail joins its receipt",
    Mail(
        "rr01",
        "03-02 09:00",
        BRANDLHAUS_ATS,
        "Ihre Bewerbung als Sachbearbeitung Fördertechnik (m/w/d)",
        "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeitung Fördertechnik (m/w/d) bei der "
        "Brandlhaus Gebäudetechnik GmbH. Wir prüfen Ihre Unterlagen und melden uns.\n\nIhr Recruiting-Team\n"
        "Brandlhaus Gebäudetechnik GmbH",
        "conveyor",
        "applied",
    ),
    Mail(
        "rr02",
        "03-04 13:20",
        '"Wendelmoor Anlagenbau GmbH" <wendelmoor@softgarden.io>',
        "Danke für Ihre Bewerbung",
        "Sehr geehrter Herr Brenner,\n\nvielen Dank für Ihre Bewerbung als Techniker Inbetriebnahme (m/w/d) "
        "bei der Wendelmoor Anlagenbau GmbH. Wir melden uns in Kürze.\n\nMit freundlichen Grüßen\n"
        "Wendelmoor Anlagenbau GmbH",
        "commissioning",
        "applied",
    ),
    Mail(
        "rr03",
        "03-10 11:00",
        BRANDLHAUS_PERSON,
        "Vorstellungsgespräch am 18.03. – Sachbearbeitung Fördertechnik",
        "Guten Tag Herr Brenner,\n\nnach Durchsicht Ihrer Unterlagen möchten wir Sie gern persönlich "
        "kennenlernen. Hätten Sie am 18.03. um 10:30 Uhr Zeit? Wir rechnen mit etwa einer Stunde.\n\n"
        "Freundliche Grüße\nJonas Ebner\nPersonalwesen",
        "conveyor",
        "interview",
    ),
    Mail(
        "rr04",
        "03-24 15:00",
        BRANDLHAUS_PERSON,
        "AW: Vorstellungsgespräch am 18.03. – Sachbearbeitung Fördertechnik",
        "Hallo Herr Brenner,\n\nvielen Dank für das angenehme Gespräch. Leider müssen wir Ihnen mitteilen, "
        "dass wir uns für einen anderen Kandidaten entschieden haben.\n\nViele Grüße\nJonas Ebner",
        "conveyor",
        "rejected",
    ),
)

KALTENRIED_ATS = '"Kaltenried Pumpen AG" <kaltenried@softgarden.io>'
KALTENRIED_PERSON = "Petra Lindner <p.lindner@kaltenried.de>"

POST_NAMED_BY_ITS_FUNCTION = _inbox(
    "post_named_by_its_function",
    "a German receipt names the post by its holder ('Teamleiter Instandhaltung'), the interview by its "
    "function ('Teamleitung Instandhaltung'): one post; another post at the employer stays its own",
    Mail(
        "pf01",
        "03-04 08:00",
        KALTENRIED_ATS,
        "Danke für Ihre Bewerbung",
        "Sehr geehrte Frau Berger,\n\nvielen Dank für Ihre Bewerbung als Teamleiter Instandhaltung (m/w/d) "
        "bei der Kaltenried Pumpen AG.\n\nMit freundlichen Grüßen\nKaltenried Pumpen AG",
        "maintenance",
        "applied",
    ),
    Mail(
        "pf02",
        "03-06 16:40",
        KALTENRIED_ATS,
        "Danke für Ihre Bewerbung",
        "Sehr geehrte Frau Berger,\n\nvielen Dank für Ihre Bewerbung als Teamleiter Logistik (m/w/d) bei "
        "der Kaltenried Pumpen AG.\n\nMit freundlichen Grüßen\nKaltenried Pumpen AG",
        "logistics",
        "applied",
    ),
    Mail(
        "pf03",
        "03-14 08:00",
        KALTENRIED_PERSON,
        "Ihre Bewerbung: Teamleitung Instandhaltung",
        "Sehr geehrte Frau Berger,\n\nwir möchten Sie gerne zu einem Gespräch für die Teamleitung "
        "Instandhaltung einladen. Passt Ihnen der 20. März um 9 Uhr?\n\nMit freundlichen Grüßen\nPetra "
        "Lindner\nKaltenried Pumpen AG",
        "maintenance",
        "interview",
    ),
)

CONVERSATION_MAIL_READ_AS_OTHER = _inbox(
    "conversation_mail_read_as_other",
    "one person's conversation about an application holds mail no pattern reads as an application's (an "
    "agency's 'your CV went over to the client', a reply of directions): it is that application's; a "
    "recruiter's cold contact that opened a conversation before the reader applied stays no application",
    Mail(
        "co01",
        "04-01 16:20",
        "Mia Strand <mia@strandcare-staffing.example>",
        "Pellham Quay nights",
        "Hey Jordan, you're in for the Pellham Quay nights one too - sent your references across with it "
        "this morning. Fingers crossed!\n\nMia\nStrand Care Staffing",
        "pellham",
        "applied",
    ),
    Mail(
        "co02",
        "04-09 11:05",
        "Mia Strand <mia@strandcare-staffing.example>",
        "Re: Pellham Quay nights",
        "Hi Jordan, Pellham Quay Care Home let me know they went with a local candidate for the nights "
        "post. Sorry, plenty more coming!\n\nMia\nStrand Care Staffing",
        "pellham",
        "rejected",
    ),
    Mail(
        "co03",
        "04-02 09:30",
        "Owen Pryce <owen.pryce@caldermoor.example>",
        "Thursday at the depot",
        "Dear Jordan,\n\nThank you for applying for the Stores Supervisor role at Caldermoor Foods. We would "
        "like to invite you to an interview on Thursday 16 April at 10:00 at our depot.\n\nKind regards,\n"
        "Owen Pryce\nOperations Manager, Caldermoor Foods",
        "caldermoor",
        "interview",
    ),
    Mail(
        "co04",
        "04-03 08:10",
        "Owen Pryce <owen.pryce@caldermoor.example>",
        "Re: Thursday at the depot",
        "Thanks Jordan, noted. Park by the loading bay and ask for me at the gatehouse.\n\nOwen",
        "caldermoor",
        "interview",
    ),
    Mail(
        "co05",
        "04-20 15:00",
        "Owen Pryce <owen.pryce@caldermoor.example>",
        "Re: Thursday at the depot",
        "Dear Jordan,\n\nThank you for coming in. I'm sorry to say we have offered the Stores Supervisor "
        "role to another candidate.\n\nOwen",
        "caldermoor",
        "rejected",
    ),
    Mail(
        "co06",
        "04-06 10:00",
        "Gil Arkwright <gil@arkwright-search.example>",
        "Warehouse Lead opportunity",
        "Hi Jordan,\n\nI came across your profile and think you'd be a strong fit for a Warehouse Lead role "
        "I'm recruiting for with a freight client in the Midlands. Would you be open to a quick call this "
        "week?\n\nGil Arkwright\nArkwright Search",
    ),
    Mail(
        "co07",
        "04-08 17:45",
        "Gil Arkwright <gil@arkwright-search.example>",
        "Re: Warehouse Lead opportunity",
        "Hi Jordan,\n\nThanks for the call. As agreed I've put you forward to Denholm Freight for the "
        "Warehouse Lead role and will let you know as soon as I hear back.\n\nGil Arkwright\nArkwright "
        "Search",
        "denholm",
        "applied",
    ),
    Mail(
        "co08",
        "04-10 18:00",
        "Jana Voss <j.voss@voss-talent.example>",
        "Brenner Kunststoff / Schichtleitung",
        "Hallo Herr Reyes,\n\nwie heute am Telefon besprochen: Ihr Profil liegt seit heute Nachmittag bei "
        "Brenner Kunststoff. Ich melde mich, sobald ich etwas höre.\n\nBeste Grüße\nJana Voss",
        "brenner",
        "applied",
    ),
    Mail(
        "co09",
        "04-15 09:20",
        "Jana Voss <j.voss@voss-talent.example>",
        "AW: Brenner Kunststoff / Schichtleitung",
        "Hallo Herr Reyes,\n\nBrenner Kunststoff möchte Sie gern kennenlernen: am Dienstag, 21.04., um 14 "
        "Uhr im Werk.\n\nBeste Grüße\nJana Voss",
        "brenner",
        "interview",
    ),
)

REPLY_WITHOUT_ITS_CONVERSATION = _inbox(
    "reply_without_its_conversation",
    "a hiring manager's short reply ('Re: <a subject of the reader's own>', the reader's mail it answers "
    "not exported) reads as no application's mail: it is the one application its writer's earlier mail "
    "was about; an employer's recruiter's reply after her mail about two of its roles, and a post its "
    "writer starts, stay no application",
    Mail(
        "qv01",
        "05-04 09:15",
        "Quennell Bindery <careers@quennellbindery.example>",
        "Application received: Finishing Technician",
        "Dear Sam,\n\nThank you for applying for the Finishing Technician role at Quennell Bindery. We will "
        "be in touch within two weeks.\n\nQuennell Bindery",
        "quennell",
        "applied",
    ),
    Mail(
        "qv02",
        "05-11 14:30",
        "Tamsin Ardeley <tamsin@quennellbindery.example>",
        "Finishing Technician - interview",
        "Hi Sam,\n\nThanks for applying for the Finishing Technician role at Quennell Bindery. We would love "
        "to meet you for an interview on Friday 15 May at 10:00 at the workshop.\n\nTamsin Ardeley\n"
        "Workshop Manager, Quennell Bindery",
        "quennell",
        "interview",
    ),
    Mail(
        "qv03",
        "05-13 07:40",
        "Tamsin Ardeley <tamsin@quennellbindery.example>",
        "Re: Friday",
        "Yes, still fine! Can we make it half past instead? Bring whatever you like.\n\nT",
        "quennell",
        "interview",
    ),
    Mail(
        "qv04",
        "05-20 12:00",
        "Tamsin Ardeley <tamsin@quennellbindery.example>",
        "Open studio evening",
        "Hi all,\n\nOur open studio evening is back on 4 June, drinks from six. Bring a friend!\n\nTamsin",
    ),
    Mail(
        "qv05",
        "05-05 10:20",
        "Joris Wiggerts <joris@wiggertsmetaal.example>",
        "Uitnodiging gesprek Werkvoorbereider",
        "Beste Sam,\n\nDank voor je sollicitatie op de functie Werkvoorbereider bij Wiggerts Metaal. We "
        "nodigen je graag uit voor een gesprek op dinsdag 12 mei om 13:00 uur.\n\nMet vriendelijke groet,\n"
        "Joris Wiggerts\nWiggerts Metaal",
        "wiggerts",
        "interview",
    ),
    Mail(
        "qv06",
        "05-09 08:05",
        "Joris Wiggerts <joris@wiggertsmetaal.example>",
        "Re: parkeren",
        "Hoi Sam,\n\nJe kunt gewoon op het terrein parkeren, naast de loods. Tot dinsdag!\n\nJoris",
        "wiggerts",
        "interview",
    ),
    Mail(
        "qv07",
        "05-06 11:00",
        "Ottoline Brisk <ottoline@harlowecartons.example>",
        "Your application for Print Planner",
        "Hi Sam,\n\nThank you for applying for the Print Planner role at Harlowe Cartons. I will be in touch "
        "once the closing date has passed.\n\nOttoline Brisk\nRecruitment Partner, Harlowe Cartons",
        "harlowe-planner",
        "applied",
    ),
    Mail(
        "qv08",
        "05-07 16:45",
        "Ottoline Brisk <ottoline@harlowecartons.example>",
        "Your application for Press Supervisor",
        "Hi Sam,\n\nThank you for applying for the Press Supervisor role at Harlowe Cartons. I will be in touch "
        "once the closing date has passed.\n\nOttoline Brisk\nRecruitment Partner, Harlowe Cartons",
        "harlowe-press",
        "applied",
    ),
    Mail(
        "qv09",
        "05-12 09:30",
        "Ottoline Brisk <ottoline@briskleyrecruit.example>",
        "Re: coffee",
        "Hi Sam,\n\nLovely to catch up, let's do coffee again next month.\n\nOttoline",
    ),
)

HR_POST_READ_AS_EMPLOYER = _inbox(
    "hr_post_read_as_employer",
    "an HR adviser's reply signed with her post and no organisation ('P&O-medewerker') reads the post as "
    "the employer: a post the same at every employer names none, so the reply joins the one application "
    "open at the employer her address writes for; an HR consultancy applied to keeps its name",
    Mail(
        "wq01",
        "05-04 09:00",
        "Wilgenhof Zorggroep <werken@wilgenhofzorg.example>",
        "Bevestiging sollicitatie Planner Thuiszorg",
        "Beste Sam,\n\nBedankt voor je sollicitatie op de functie Planner Thuiszorg bij Wilgenhof Zorggroep. "
        "We nemen binnen twee weken contact met je op.\n\nMet vriendelijke groet,\nWilgenhof Zorggroep",
        "wilgenhof",
        "applied",
    ),
    Mail(
        "wq02",
        "05-12 13:20",
        "Ineke Roozendaal <i.roozendaal@wilgenhofzorg.example>",
        "RE: vraag over mijn sollicitatie",
        "Goedemiddag Sam,\n\nDank voor je bericht. Je sollicitatie ligt nog bij de manager; volgende week "
        "hoor je of we je uitnodigen voor een gesprek.\n\nMet vriendelijke groet,\n\nIneke Roozendaal\n"
        "P&O-medewerker\n(bereikbaar ma, di, do)",
        "wilgenhof",
        "applied",
    ),
    Mail(
        "wq03",
        "05-19 10:05",
        "Ineke Roozendaal <i.roozendaal@wilgenhofzorg.example>",
        "Uitnodiging gesprek Planner Thuiszorg",
        "Beste Sam,\n\nGraag nodigen we je uit voor een gesprek voor de functie Planner Thuiszorg op "
        "donderdag 28 mei om 10:00 uur.\n\nMet vriendelijke groet,\n\nIneke Roozendaal\nP&O-medewerker\n"
        "Wilgenhof Zorggroep",
        "wilgenhof",
        "interview",
    ),
    Mail(
        "wq04",
        "05-06 08:30",
        "Brakkee HR Adviseurs <info@brakkeehr.example>",
        "Je sollicitatie als Office Manager",
        "Beste Sam,\n\nBedankt voor je sollicitatie als Office Manager bij Brakkee HR Adviseurs. We laten "
        "binnen een week van ons horen.\n\nMet vriendelijke groet,\nBrakkee HR Adviseurs B.V.",
        "brakkee",
        "applied",
    ),
    Mail(
        "wq05",
        "05-14 16:10",
        "Brakkee HR Adviseurs <info@brakkeehr.example>",
        "Je sollicitatie als Office Manager",
        "Beste Sam,\n\nHelaas hebben we gekozen voor een andere kandidaat voor de functie Office Manager. "
        "We wensen je veel succes.\n\nMet vriendelijke groet,\nBrakkee HR Adviseurs B.V.",
        "brakkee",
        "rejected",
    ),
)

GROUP_AND_MEMBER = _inbox(
    "group_and_member",
    "an insurer's receipt names the member firm, its recruiter signs one mail with the group's name "
    "('Groupe Vasseur') and the next with the member's: one employer, the member's name, one application",
    Mail(
        "gm01",
        "05-04 09:15",
        "Vasseur Assurances <no-reply@smartrecruiters.com>",
        "Votre candidature : Analyste Données – Sinistres",
        "Bonjour Jordan,\n\nMerci pour votre candidature au poste d'Analyste Données – Sinistres chez "
        "Vasseur Assurances SA. Notre équipe l'étudie et reviendra vers vous rapidement.\n\nL'équipe "
        "recrutement\nVasseur Assurances SA",
        "vasseur",
        "applied",
    ),
    Mail(
        "gm02",
        "05-07 11:40",
        "Claire Momper <claire.momper@vasseur.example>",
        "Analyste Données : entretien",
        "Bonjour Jordan,\n\nSuite à votre candidature, je vous propose un entretien le mardi 12 mai à 14h "
        "dans nos locaux.\n\nBien cordialement,\nClaire Momper\nChargée de recrutement\nGroupe Vasseur",
        "vasseur",
        "interview",
    ),
    Mail(
        "gm03",
        "05-19 16:05",
        "Claire Momper <claire.momper@vasseur.example>",
        "RE: Analyste Données : entretien",
        "Bonjour Jordan,\n\nMerci encore pour cet échange. J'ai le plaisir de vous proposer le poste "
        "d'Analyste Données chez Vasseur Assurances : vous trouverez la proposition en pièce jointe.\n\n"
        "Bien cordialement,\nClaire Momper",
        "vasseur",
        "offer",
    ),
)

REFERENCES_IN_OTHER_LANGUAGES = _inbox(
    "references_in_other_languages",
    "a water utility's two receipts carry Italian references ('Rif. <code>'), its office's interview and "
    "result name only the reference, no post: the reference tells which of the two open applications each "
    "is about",
    Mail(
        "rl01",
        "04-20 10:05",
        '"Acque Valsesia - Lavora con noi" <noreply@inrecruiting.com>',
        "Conferma candidatura - Operatore CED (Rif. AV-2026-12)",
        "Gentile Jordan,\n\nti confermiamo di aver ricevuto la tua candidatura per la posizione Operatore CED "
        "presso Acque Valsesia S.p.A.\n\nCordiali saluti,\nUfficio Selezione\nAcque Valsesia S.p.A.",
        "ced",
        "applied",
    ),
    Mail(
        "rl02",
        "04-20 10:40",
        '"Acque Valsesia - Lavora con noi" <noreply@inrecruiting.com>',
        "Conferma candidatura - Tecnico di rete (Rif. AV-2026-15)",
        "Gentile Jordan,\n\nti confermiamo di aver ricevuto la tua candidatura per la posizione Tecnico di "
        "rete presso Acque Valsesia S.p.A.\n\nCordiali saluti,\nUfficio Selezione\nAcque Valsesia S.p.A.",
        "network",
        "applied",
    ),
    Mail(
        "rl03",
        "05-06 15:20",
        "Ufficio Selezione Acque Valsesia <selezione@acquevalsesia.example>",
        "Rif. AV-2026-12 - Invito a colloquio",
        "Gentile Jordan,\n\nla invitiamo a un colloquio conoscitivo giovedì 14 maggio alle ore 10:00 presso "
        "la nostra sede di Varallo.\n\nCordiali saluti,\nUfficio Selezione\nAcque Valsesia S.p.A.",
        "ced",
        "interview",
    ),
    Mail(
        "rl04",
        "05-27 09:00",
        "Ufficio Selezione Acque Valsesia <selezione@acquevalsesia.example>",
        "Rif. AV-2026-12 - Esito",
        "Gentile Jordan,\n\nal termine della selezione, la commissione ha individuato un altro profilo. La "
        "ringraziamo per la partecipazione.\n\nCordiali saluti,\nUfficio Selezione\nAcque Valsesia S.p.A.",
        "ced",
        "rejected",
    ),
)

COMPOUND_WORD_DOMAIN = _inbox(
    "compound_word_domain",
    "a firm's ATS host and domain write a word of its name short of the legal name's compound "
    "('brenner-kunststoffe', 'Brenner Kunststofftechnik GmbH'); its recruiter's mail names nothing but the "
    "domain: one employer, one application",
    Mail(
        "cw01",
        "04-14 08:30",
        '"Brenner Kunststofftechnik GmbH" <jobs@brenner-kunststoffe.jobs.personio.de>',
        "Ihre Bewerbung als Verfahrensmechaniker (m/w/d)",
        "Hallo Jordan Reyes,\n\nvielen Dank für Ihre Bewerbung als Verfahrensmechaniker (m/w/d) bei der "
        "Brenner Kunststofftechnik GmbH. Wir melden uns in den nächsten Wochen bei Ihnen.\n\nViele Grüße\n"
        "Ihr Personalteam\n\nBrenner Kunststofftechnik GmbH · Industriestraße 9 · 86899 Landsberg",
        "brenner",
        "applied",
    ),
    Mail(
        "cw02",
        "04-24 13:10",
        "Ines Roth <i.roth@brenner-kunststoffe.example>",
        "Ihre Bewerbung – Verfahrensmechaniker",
        "Hallo Herr Reyes,\n\nwir würden Sie gern kennenlernen. Passt Ihnen Donnerstag, 7. Mai, um 10 Uhr bei "
        "uns im Werk?\n\nViele Grüße\nInes Roth\nPersonalreferentin",
        "brenner",
        "interview",
    ),
    Mail(
        "cw03",
        "05-12 09:45",
        "Ines Roth <i.roth@brenner-kunststoffe.example>",
        "AW: Ihre Bewerbung – Verfahrensmechaniker",
        "Hallo Herr Reyes,\n\nvielen Dank für das Gespräch. Leider haben wir uns für einen anderen Bewerber "
        "entschieden.\n\nViele Grüße\nInes Roth",
        "brenner",
        "rejected",
    ),
)

AGENCY_DOMAIN_WITH_LEGAL_FORM = _inbox(
    "agency_domain_with_legal_form",
    "a temporary work agency no list knows, whose domain writes its name with its legal form glued on "
    "('vientonorte-ett', 'Vientonorte ETT'): its first mail names only itself, its reply names the client, "
    "its last news names itself again; one application at the client",
    Mail(
        "ad01",
        "03-09 10:15",
        "Irene Cuesta - Vientonorte ETT <icuesta@vientonorte-ett.example>",
        "Tu candidatura para Mozo/a de almacén, turno de mañana",
        "Hola Lucía:\n\nTe escribo desde Vientonorte ETT por tu inscripción en la oferta de Mozo/a de almacén. "
        "¿Te va bien que te llame el jueves a las 11:00 para una primera entrevista telefónica?\n\n"
        "Saludos,\nIrene Cuesta\nVientonorte ETT",
        "albarda",
        "interview",
    ),
    Mail(
        "ad02",
        "03-16 12:40",
        "Irene Cuesta - Vientonorte ETT <icuesta@vientonorte-ett.example>",
        "RE: Tu candidatura para Mozo/a de almacén, turno de mañana",
        "Hola Lucía:\n\nBuenas noticias: nuestro cliente es Conservas Albarda S.L. Te han citado a una entrevista "
        "el martes 24 a las 9:30 en su centro de Cuarte, con el jefe de almacén.\n\n"
        "Saludos,\nIrene Cuesta\nVientonorte ETT",
        "albarda",
        "interview",
    ),
    Mail(
        "ad03",
        "03-30 16:05",
        "Irene Cuesta - Vientonorte ETT <icuesta@vientonorte-ett.example>",
        "RE: Tu candidatura para Mozo/a de almacén, turno de mañana",
        "Hola Lucía:\n\nLamentablemente, la empresa ha descartado tu candidatura para este puesto. Guardamos tu "
        "perfil para las próximas ofertas de almacén.\n\nSaludos,\nIrene Cuesta\nVientonorte ETT",
        "albarda",
        "rejected",
    ),
)

ROLE_CUT_IN_TWO = _inbox(
    "role_cut_in_two",
    "an ATS's receipt names the role whole ('Category Insights Lead Analyst', 'Staff Accountant, Revenue "
    "Operations'); the hiring manager's subject writes it in two ('Category Insights - Lead Analyst "
    "interview'), read as an employer and a title: each manager's mail joins its receipt",
    Mail(
        "cu01",
        "04-02 09:00",
        "Larkmoor Foods <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Larkmoor Foods",
        "Hi Sam,\n\nThanks for applying for the Category Insights Lead Analyst role at Larkmoor Foods. Our team will review your application and be in touch if there is a fit.\n\nBest,\nLarkmoor Foods Recruiting",
        "larkmoor",
        "applied",
    ),
    Mail(
        "cu02",
        "04-09 14:10",
        "Orla Pryce <orla.pryce@larkmoorfoods.example>",
        "Category Insights - Lead Analyst interview",
        "Hi Sam,\n\nThanks for your interest in the role. I'd like to invite you to a 45-minute interview on Tuesday 14 April at 10:00 by video. Could you confirm that works?\n\nBest,\nOrla Pryce\nHead of Category Insights",
        "larkmoor",
        "interview",
    ),
    Mail(
        "cu03",
        "04-20 16:30",
        "Orla Pryce <orla.pryce@larkmoorfoods.example>",
        "RE: Category Insights - Lead Analyst interview",
        "Hi Sam,\n\nThank you again for your time last week. After careful thought we have decided to move forward with another candidate. I wish you every success in your search.\n\nBest,\nOrla",
        "larkmoor",
        "rejected",
    ),
    Mail(
        "cu04",
        "04-03 11:00",
        "Pellbrook Software <pellbrook@myworkday.com>",
        "Application received - Staff Accountant, Revenue Operations",
        "Dear Sam,\n\nThank you for applying to the Staff Accountant, Revenue Operations position at Pellbrook Software. We have received your application and will review it shortly.\n\nPellbrook Software Talent Acquisition",
        "pellbrook",
        "applied",
    ),
    Mail(
        "cu05",
        "04-15 08:45",
        "Tomas Wekerle <twekerle@pellbrook.example>",
        "Revenue Operations - Staff Accountant next steps",
        "Hi Sam,\n\nI lead the revenue accounting team and enjoyed reading your application. Would you be free for a 30-minute call on Friday at 2pm to talk through the role?\n\nRegards,\nTomas Wekerle\nController",
        "pellbrook",
        "interview",
    ),
)

AGENCY_NAMED_BY_ITS_TRADE_TWO_CLIENTS = _inbox(
    "agency_named_by_its_trade_two_clients",
    "a search firm no list knows, whose domain writes its partners' names without the '&' and its trade "
    "('kessel-brun', 'Kessel & Brun Personalberatung GmbH'), relays two clients; its own-name news whose "
    "subject writes one client's name ('Neuigkeiten Weidacher') is that client's application",
    Mail(
        "kz01",
        "05-04 09:30",
        "Dr. Ulrike Kessel <u.kessel@kessel-brun.example>",
        "Weidacher Antriebe – Teamleiter Montage (m/w/d)",
        "Sehr geehrter Herr Albers,\n\nwie telefonisch besprochen, habe ich Ihre Unterlagen heute an unseren Mandanten, die Weidacher Antriebe GmbH, weitergeleitet. Die Geschäftsführung möchte Sie gern zu einem ersten Gespräch am Dienstag, 12. Mai, um 14 Uhr in Rosenheim einladen.\n\nMit freundlichen Grüßen\nDr. Ulrike Kessel\nKessel & Brun Personalberatung GmbH",
        "weidacher",
        "interview",
    ),
    Mail(
        "kz02",
        "05-06 11:00",
        "Dr. Ulrike Kessel <u.kessel@kessel-brun.example>",
        "Einladung zum Vorstellungsgespräch – Ostler Verpackung – Schichtleiter Produktion (m/w/d)",
        "Sehr geehrter Herr Albers,\n\nunser Mandant, die Ostler Verpackung GmbH, möchte Sie für die Position Schichtleiter Produktion (m/w/d) zu einem Vorstellungsgespräch am Freitag, 15. Mai, um 10 Uhr per Video einladen. Bitte bestätigen Sie mir den Termin kurz.\n\nMit freundlichen Grüßen\nDr. Ulrike Kessel\nKessel & Brun Personalberatung GmbH",
        "ostler",
        "interview",
    ),
    Mail(
        "kz03",
        "05-22 16:20",
        "Dr. Ulrike Kessel <u.kessel@kessel-brun.example>",
        "Neuigkeiten Weidacher",
        "Sehr geehrter Herr Albers,\n\nleider muss ich Ihnen mitteilen, dass sich die Geschäftsführung nach den Gesprächen für einen anderen Kandidaten entschieden hat. Ich bedaure das sehr und melde mich, sobald ich eine passende Position für Sie habe.\n\nMit freundlichen Grüßen\nDr. Ulrike Kessel\nKessel & Brun Personalberatung GmbH",
        "weidacher",
        "rejected",
    ),
)

QUELLBRUNN_FIRST = (
    "Wiebke Ornstedt | Quellbrunn Personaldienste <w.ornstedt@quellbrunn-personaldienste.example>"
)
QUELLBRUNN_SECOND = (
    "Till Ahrensfelde | Quellbrunn Personaldienste <t.ahrensfelde@quellbrunn-personaldienste.example>"
)

AGENCY_OWN_CANDIDACY = _inbox(
    "agency_own_candidacy",
    "a staffing agency no list knows relays one named client, and keeps a second candidacy under its own "
    "name (its client undisclosed); that candidacy's receipt reads a stray word of its text as the "
    "employer: it joins the agency's own mail for the same role, flagged",
    Mail(
        "qp01",
        "03-03 10:15",
        QUELLBRUNN_FIRST,
        "Vorstellungsgespräch bei Ebbeskamp Kältetechnik – Monteur Kälteanlagen",
        "Hallo Herr Ludeking,\n\nunser Kunde, die Ebbeskamp Kältetechnik GmbH in Soltau, möchte Sie für die Stelle Monteur Kälteanlagen kennenlernen: Dienstag, 10.03.2026, 9:00 Uhr vor Ort.\n\nViele Grüße\nWiebke Ornstedt\nPersonalberaterin\n\nQuellbrunn Personaldienste GmbH\nTel. +49 4191 55 20 11",
        "ebbeskamp",
        "interview",
    ),
    Mail(
        "qp02",
        "03-05 14:40",
        QUELLBRUNN_SECOND,
        "Bewerbung Kalkulator Stahlbau (m/w/d) – Ref. QP-2207",
        "Hallo Herr Ludeking,\n\ndanke für Ihre Bewerbung als Kalkulator Stahlbau (m/w/d). Meine Kollegin Frau Ornstedt hat mir erzählt, dass Sie bei uns schon für eine andere Stelle im Auswahlprozess waren.\n\nUnser Kunde ist ein Stahlbauer im Raum Lüneburg; die Stelle ist unbefristet, in Direktvermittlung. Ich melde mich in den nächsten Tagen.\n\nBeste Grüße\nTill Ahrensfelde\nPersonalberater Technik\n\nQuellbrunn Personaldienste GmbH\nTel. +49 4131 70 44 18",
        "quellbrunn",
        "applied",
    ),
    Mail(
        "qp03",
        "03-09 16:05",
        QUELLBRUNN_SECOND,
        "Kurzes Telefonat – Kalkulator Stahlbau (m/w/d)",
        "Hallo Herr Ludeking,\n\nich habe mir Ihr Profil angesehen und würde gern mit Ihnen telefonieren, bevor ich Sie beim Kunden vorstelle. Ich stelle Ihnen die Stelle genauer vor und würde gern mehr über Ihre Erfahrung in der Kalkulation hören – etwa 20 Minuten.\n\nMein Vorschlag: Donnerstag, 12.03., um 11:00 Uhr.\n\nBeste Grüße\nTill Ahrensfelde\nPersonalberater Technik\n\nQuellbrunn Personaldienste GmbH",
        "quellbrunn",
        "interview",
    ),
)

VARGA_RECRUITER = "Ottilie Brenchley <ottilie@brenchley-varga.example>"
VARGA_SIGNATURE = "\n\nOttilie Brenchley\nSenior Consultant\nBrenchley Varga\n+44 1752 480 316"
AGENCY_OWN_CANDIDACY_BESIDE_A_CLIENT = _inbox(
    "agency_own_candidacy_beside_a_client",
    "a recruiter of an agency no list knows puts the reader forward at her one named client, then for "
    "another post whose client she does not name (a board's receipt names the agency for it): that "
    "candidacy's mail names the agency and a role the client's mail never named, so it stays the agency's",
    Mail(
        "vq01",
        "05-04 09:30",
        VARGA_RECRUITER,
        "Rigging Planner - Harnwell Ropeworks - your application",
        "Hi Jordan,\n\nGood to speak earlier. As agreed, I have sent your CV to Harnwell Ropeworks for the "
        "Rigging Planner role at their Plymouth yard. I will let you know as soon as they come back to me."
        + VARGA_SIGNATURE,
        "harnwell",
        "applied",
    ),
    Mail(
        "vq02",
        "05-11 15:10",
        VARGA_RECRUITER,
        "Harnwell - interview request",
        "Hi Jordan,\n\nHarnwell Ropeworks would like to meet you for the Rigging Planner role: Thursday "
        "14 May at 10:00 at their yard office. Does that suit?" + VARGA_SIGNATURE,
        "harnwell",
        "interview",
    ),
    Mail(
        "vq03",
        "05-18 11:00",
        INDEED,
        "Application submitted: Stores Supervisor",
        "Your application has been submitted.\n\nStores Supervisor\nBrenchley Varga - Plymouth\n\n"
        "The employer will contact you if your profile matches.",
        "varga",
        "applied",
    ),
    Mail(
        "vq04",
        "05-19 10:20",
        VARGA_RECRUITER,
        "Stores Supervisor - marine supplier",
        "Hi Jordan,\n\nThanks for applying through our advert. Confirming I have put you forward this "
        "morning for the Stores Supervisor role we discussed. I cannot name the client yet - a marine "
        "supplier on the waterfront, team of nine." + VARGA_SIGNATURE,
        "varga",
        "applied",
    ),
    Mail(
        "vq05",
        "05-26 16:45",
        VARGA_RECRUITER,
        "Stores Supervisor - interview",
        "Hi Jordan,\n\nGood news: the client would like to interview you for the Stores Supervisor role "
        "next Wednesday at 14:00. I will send the address once confirmed." + VARGA_SIGNATURE,
        "varga",
        "interview",
    ),
)

KESTREL_RECRUITER = "Maren Tolley <maren.tolley@kestrel-lane.example>"
KESTREL_SIGNATURE = "\n\nMaren Tolley\nPrincipal Consultant\nKestrel Lane\n+44 191 640 2275"
AGENCY_UPDATE_WITHOUT_ROLE_AFTER_OWN_CANDIDACY = _inbox(
    "agency_update_without_role_after_own_candidacy",
    "a recruiter of an agency no list knows relays her one named client, then keeps a candidacy under "
    "the agency's name (its client undisclosed); her short updates naming no role go to the client until "
    "that candidacy begins, and after it to neither by who wrote them",
    Mail(
        "kl01",
        "03-02 09:40",
        KESTREL_RECRUITER,
        "Fleet Coordinator - Ovington Haulage",
        "Hi Robin,\n\nThanks for the chat. As agreed, I have sent your CV to Ovington Haulage for the Fleet "
        "Coordinator role at their Gateshead depot. I will come back to you as soon as I hear."
        + KESTREL_SIGNATURE,
        "ovington",
        "applied",
    ),
    Mail(
        "kl02",
        "03-06 13:05",
        KESTREL_RECRUITER,
        "Quick update",
        "Hi Robin,\n\nThey came back to me this morning: they would like to interview you on Tuesday 10 "
        "March at 11:00 at the depot. Can you confirm?" + KESTREL_SIGNATURE,
        "ovington",
        "interview",
    ),
    Mail(
        "kl03",
        "03-12 10:15",
        KESTREL_RECRUITER,
        "Transport Planner - haulier on Teesside",
        "Hi Robin,\n\nConfirming I have put you forward this morning for the Transport Planner role we "
        "discussed. I cannot name the client yet: a family haulier on Teesside, night trunking, team of "
        "six." + KESTREL_SIGNATURE,
        "kestrel",
        "applied",
    ),
    Mail(
        "kl04",
        "03-20 17:30",
        KESTREL_RECRUITER,
        "Update",
        "Hi Robin,\n\nHeard back from the client this afternoon: they have put a hiring freeze on until the "
        "summer, so they are pausing the process for now. Nothing to do with your CV - sorry it is not "
        "better news.\n\nMaren\n\nOn 12 Mar 2026, at 10:15, Maren Tolley <maren.tolley@kestrel-lane.example> wrote:\n"
        "> Confirming I have put you forward this morning for the Transport Planner role we discussed.",
        "kestrel",
        "withdrawn",
    ),
)

VERBANELLA_TENANT = "Verbanella Conserve Talent Acquisition <verbanella@myworkday.com>"
VERBANELLA_RECRUITER = "Ottavia Dall'Ermo <ottavia.dallermo@verbanellaconserve.example>"
RECRUITER_NAMED_WHOLE = _inbox(
    "recruiter_named_whole",
    "an employer's receipt from its ATS tenant, then its recruiter's interview mail and her short reply "
    "signed with her name alone, an Italian surname with its elided particle: her name is no employer, "
    "so the three are one application under the employer",
    Mail(
        "vb01",
        "06-02 08:40",
        VERBANELLA_TENANT,
        "Thank you for applying to Verbanella Conserve",
        "Dear Jordan,\n\nThank you for applying for the Export Planner position (R-2026-0733) at Verbanella "
        "Conserve. Our team will review your application and contact you if your profile matches.\n\n"
        "Verbanella Conserve Talent Acquisition",
        "verbanella",
        "applied",
    ),
    Mail(
        "vb02",
        "06-10 11:15",
        VERBANELLA_RECRUITER,
        "Export Planner - first interview",
        "Dear Jordan,\n\nThank you for your application for the Export Planner role at Verbanella Conserve. "
        "We would like to invite you to a first interview by video on Tuesday 16 June at 10:00. Could you "
        "confirm that this time works for you?\n\nKind regards,\nOttavia Dall'Ermo\nTalent Acquisition "
        "Specialist\nVerbanella Conserve S.p.A.",
        "verbanella",
        "interview",
    ),
    Mail(
        "vb03",
        "06-11 09:05",
        VERBANELLA_RECRUITER,
        "RE: Export Planner - first interview",
        "Dear Jordan,\n\nPerfect, thank you for confirming. You will receive the video link the day before "
        "the interview.\n\nBest,\nOttavia Dall'Ermo\n\n-----Original Message-----\nFrom: Jordan Reyes\n"
        "Subject: RE: Export Planner - first interview\n\nTuesday at 10:00 works for me.",
        "verbanella",
        "interview",
    ),
)

QUADRIVIO_BRANCH = "Quadrivio Impiego - Filiale Lodi <lodi@quadrivioimpiego.example>"
QUADRIVIO_RECRUITER = "Serena Bottazzi <s.bottazzi@quadrivioimpiego.example>"
AGENCY_REFERENCE_BESIDE_ITS_CLIENT = _inbox(
    "agency_reference_beside_its_client",
    "an Italian agency's branch mailbox confirms and later closes a candidacy naming only the agency, its "
    "recruiter's interview names the client; each carries the agency's reference for the post: one "
    "application, the client's",
    Mail(
        "qd01",
        "03-02 09:10",
        QUADRIVIO_BRANCH,
        "Rif. QDV-2093 – Conferma ricezione candidatura",
        "Gentile candidato,\n\nconfermiamo di aver ricevuto la sua candidatura per l'annuncio Rif. QDV-2093. "
        "Se il suo profilo sarà in linea con la ricerca verrà contattato da un nostro selezionatore.\n\n"
        "Cordiali saluti\nQuadrivio Impiego - Filiale di Lodi",
        "torneria",
        "applied",
    ),
    Mail(
        "qd02",
        "03-09 15:30",
        QUADRIVIO_RECRUITER,
        "Colloquio - Rif. QDV-2093",
        "Buongiorno,\n\nla contatto in merito alla sua candidatura (Rif. QDV-2093): il nostro cliente, "
        "Torneria Vallesina S.r.l., cerca una Addetta Acquisti e vorrebbe fissare un colloquio telefonico "
        "giovedì 12 marzo alle ore 10:00.\n\nCordiali saluti\nSerena Bottazzi\nQuadrivio Impiego",
        "torneria",
        "interview",
    ),
    Mail(
        "qd03",
        "03-24 11:45",
        QUADRIVIO_BRANCH,
        "Aggiornamento sulla sua candidatura - Rif. QDV-2093",
        "Gentile candidato,\n\nla ringraziamo per l'interesse dimostrato per la posizione di Addetto/a "
        "Acquisti. Purtroppo l'azienda ha scelto di proseguire con un altro profilo.\n\nCordiali saluti\n"
        "Quadrivio Impiego - Filiale di Lodi",
        "torneria",
        "rejected",
    ),
)

TITLE_WORDED_TWO_WAYS = _inbox(
    "title_worded_two_ways",
    "an employer's later mail writes the role with other linking words, its genders joined by 'or' or its "
    "words in another order ('Specialist, Payroll Operations' and 'Payroll Operations Specialist'): one application each; a second "
    "role at one employer keeps its own mail",
    Mail(
        "tx01",
        "03-02 09:00",
        "Maison Quérillac <querillac@myworkday.com>",
        "Nous avons bien reçu votre candidature",
        "Bonjour Jordan,\n\nNous confirmons la réception de votre candidature au poste de Conseillère ou "
        "conseiller en gestion de patrimoine chez Maison Quérillac.\n\nL'équipe Talents",
        "querillac",
        "applied",
    ),
    Mail(
        "tx02",
        "03-19 14:00",
        "Aurélie Vantroux <a.vantroux@querillac.fr>",
        "Entrevue – Conseiller(ère) gestion de patrimoine",
        "Bonjour Jordan,\n\nNous aimerions vous rencontrer en entrevue pour le poste de Conseiller(ère) gestion "
        "de patrimoine. Seriez-vous disponible jeudi à 10 h?\n\nAurélie Vantroux\nRecrutement, Maison Quérillac",
        "querillac",
        "interview",
    ),
    Mail(
        "tx03",
        "03-03 10:00",
        "Thornvale Freight <thornvale@myworkday.com>",
        "Thank you for applying: Specialist, Payroll Operations - Benelux",
        "Hi Jordan, thank you for applying for the Specialist, Payroll Operations - Benelux position at Thornvale "
        "Freight.",
        "thornvale",
        "applied",
    ),
    Mail(
        "tx04",
        "04-22 10:00",
        "Thornvale Freight <thornvale@myworkday.com>",
        "Your application for Payroll Operations Specialist, Benelux & Nordics",
        "Hi Jordan, thank you for your interest in the Payroll Operations Specialist, Benelux & Nordics role at "
        "Thornvale Freight. Unfortunately we have decided to move forward with other candidates.",
        "thornvale",
        "rejected",
    ),
    Mail(
        "tx05",
        "03-04 08:30",
        "Kranichsfeld Werkzeuge GmbH <karriere@kranichsfeld.de>",
        "Ihre Bewerbung als Referent für Einkauf (m/w/d)",
        "Hallo Jordan,\n\nvielen Dank für Ihre Bewerbung als Referent für Einkauf (m/w/d) bei der Kranichsfeld "
        "Werkzeuge GmbH. Wir melden uns in Kürze bei Ihnen.\n\nIhr Recruiting-Team",
        "kranichsfeld",
        "applied",
    ),
    Mail(
        "tx06",
        "03-16 11:00",
        "Kranichsfeld Werkzeuge GmbH <karriere@kranichsfeld.de>",
        "Einladung zum Vorstellungsgespräch – Referentin Einkauf",
        "Hallo Jordan,\n\nwir laden Sie gerne zu einem Vorstellungsgespräch für die Position Referentin Einkauf "
        "ein. Passt Ihnen Dienstag, der 24. März, um 14 Uhr?\n\nViele Grüße\nKranichsfeld Werkzeuge GmbH",
        "kranichsfeld",
        "interview",
    ),
    Mail(
        "tx07",
        "03-05 12:00",
        "Distribuciones Olivenza <empleo@olivenza.es>",
        "Hemos recibido tu candidatura – Analista de Compras",
        "Hola Jordan,\n\nGracias por tu candidatura al puesto de Analista de Compras en Distribuciones Olivenza. "
        "Revisaremos tu perfil con atención.\n\nEquipo de Selección",
        "olivenza",
        "applied",
    ),
    Mail(
        "tx08",
        "03-20 09:30",
        "Distribuciones Olivenza <empleo@olivenza.es>",
        "Entrevista – Analista Compras y Aprovisionamiento",
        "Hola Jordan,\n\nNos gustaría invitarte a una entrevista para el puesto de Analista Compras y "
        "Aprovisionamiento el martes 24 a las 10:00.\n\nUn saludo,\nDistribuciones Olivenza",
        "olivenza",
        "interview",
    ),
    Mail(
        "tx09",
        "03-06 09:00",
        "Quillmoor Systems <quillmoor@myworkday.com>",
        "Thank you for applying: Sales Manager",
        "Hi Jordan, thank you for applying for the Sales Manager position at Quillmoor Systems.",
        "quillmoor-sales",
        "applied",
    ),
    Mail(
        "tx10",
        "03-07 09:00",
        "Quillmoor Systems <quillmoor@myworkday.com>",
        "Thank you for applying: Manager, Sales Engineering",
        "Hi Jordan, thank you for applying for the Manager, Sales Engineering position at Quillmoor Systems.",
        "quillmoor-engineering",
        "applied",
    ),
    Mail(
        "tx11",
        "03-18 15:00",
        "Quillmoor Systems <quillmoor@myworkday.com>",
        "Interview invitation: Sales Engineering Manager",
        "Hi Jordan, we would like to invite you to an interview for the Sales Engineering Manager role at "
        "Quillmoor Systems. Please pick a time with the link below.",
        "quillmoor-engineering",
        "interview",
    ),
)

BOOKED_WITH_THE_WRITER = _inbox(
    "booked_with_the_writer",
    "a recruiter sends her booking link and the scheduling tool confirms the call naming her, not the employer "
    "(in English and in French, before and after her own mail): each booking is her application's",
    Mail(
        "bw01",
        "03-02 09:00",
        "Harrowgate Labs <noreply@candidates.workablemail.com>",
        "Thanks for applying to Harrowgate Labs",
        "Hi Jordan,\n\nThanks for applying for the QA Analyst role at Harrowgate Labs. We will read it "
        "carefully and write to you about the next steps.\n\nThe Harrowgate Labs team",
        "harrowgate",
        "applied",
    ),
    Mail(
        "bw02",
        "03-09 10:00",
        "Ilse Dornbusch <ilse.dornbusch@harrowgatelabs.com>",
        "Harrowgate Labs – intro call for the QA Analyst role",
        "Hi Jordan,\n\nThanks for applying for our QA Analyst role. I'd love to set up a 30-minute intro "
        "call: please pick a slot on my Calendly: https://calendly.com/ilse-dornbusch/intro\n\nBest,\nIlse "
        "Dornbusch\nTalent Acquisition, Harrowgate Labs",
        "harrowgate",
        "interview",
    ),
    Mail(
        "bw03",
        "03-09 15:00",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Intro call with Ilse Dornbusch on Thursday, March 12, 2026",
        "Hi Jordan Reyes,\n\nYour Intro call with Ilse Dornbusch at 2:00pm - 2:30pm (Central European Time) on "
        "Thursday, March 12, 2026 is scheduled.\n\nEvent: Intro call\nLocation: Google Meet\n\nNeed to make "
        "changes to this event?\nCancel | Reschedule\n\nPowered by Calendly.com",
        "harrowgate",
        "interview",
    ),
    Mail(
        "bw04",
        "03-03 11:00",
        "Atelier Brunehaut <recrutement@brunehaut.fr>",
        "Candidature reçue – Chargé(e) de communication",
        "Bonjour Jordan,\n\nNous avons bien reçu votre candidature au poste de Chargé(e) de communication chez "
        "Atelier Brunehaut. Nous reviendrons vers vous rapidement.\n\nL'équipe RH",
        "brunehaut",
        "applied",
    ),
    Mail(
        "bw05",
        "03-13 17:00",
        "Calendly <notifications@calendly.com>",
        "Confirmé : Jordan Reyes et Apolline Lestrade le mardi 17 mars 2026",
        "Bonjour Jordan Reyes,\n\nVotre événement est planifié.\n\nÉvénement : Échange\nInvitée par : "
        "Apolline Lestrade\nDate : mardi 17 mars 2026\nHeure : 10 h 00 – 10 h 45\nLieu : Google Meet\n\n"
        "Propulsé par Calendly",
        "brunehaut",
        "interview",
    ),
    Mail(
        "bw06",
        "03-18 09:30",
        "Apolline Lestrade <m.lestrade@brunehaut.fr>",
        "Suite de notre échange – Chargé(e) de communication",
        "Bonjour Jordan,\n\nMerci pour notre entrevue d'hier. Nous aimerions vous rencontrer une seconde fois "
        "avec la directrice de la communication, jeudi 26 mars à 14 h, dans nos locaux.\n\nApolline Lestrade\n"
        "Ressources humaines, Atelier Brunehaut",
        "brunehaut",
        "interview",
    ),
)

EMPLOYER_NAMED_IN_TWO_LANGUAGES = _inbox(
    "employer_named_in_two_languages",
    "a bilingual employer's ATS and its recruiters write its name in the language of each mail ('Banque "
    "Fleurimont', 'Fleurimont Bank'; 'Rheinauer Versicherung', 'Rheinauer Insurance'): one employer each; an "
    "insurer sharing a bank's name stays apart",
    Mail(
        "el01",
        "03-02 09:00",
        "Banque Fleurimont <fleurimont@myworkday.com>",
        "Confirmation de candidature",
        "Bonjour Jordan,\n\nNous avons bien reçu votre candidature au poste d'Analyste, risque de crédit à la "
        "Banque Fleurimont. Vous pouvez suivre son évolution dans votre compte candidat.\n\nAcquisition de "
        "talents, Banque Fleurimont",
        "fleurimont",
        "applied",
    ),
    Mail(
        "el02",
        "03-16 13:00",
        "Olivia Tremblay <olivia.tremblay@fleurimont.ca>",
        "Fleurimont Bank – interview for Analyste, risque de crédit",
        "Hi Jordan,\n\nThank you for your interest in Fleurimont Bank. We would like to invite you to an "
        "interview for the Analyste, risque de crédit position next Wednesday at 10 am.\n\nOlivia Tremblay\n"
        "Talent Acquisition, Fleurimont Bank",
        "fleurimont",
        "interview",
    ),
    Mail(
        "el05",
        "03-05 08:00",
        "Rheinauer Versicherung AG <karriere@rheinauer.de>",
        "Ihre Bewerbung als Aktuar (m/w/d)",
        "Hallo Jordan,\n\nvielen Dank für Ihre Bewerbung als Aktuar (m/w/d) bei der Rheinauer Versicherung AG. "
        "Wir melden uns in Kürze.\n\nIhr Recruiting-Team",
        "rheinauer",
        "applied",
    ),
    Mail(
        "el06",
        "03-23 15:00",
        "Rheinauer Careers <karriere@rheinauer.de>",
        "Interview invitation – Aktuar (m/w/d)",
        "Hello Jordan,\n\nThank you for applying to Rheinauer Insurance. We would like to invite you to an "
        "interview for the Aktuar (m/w/d) position on Monday, 30 March, at 2 pm.\n\nRheinauer Insurance",
        "rheinauer",
        "interview",
    ),
    Mail(
        "el07",
        "03-09 11:00",
        "Fleurimont Assurances <carrieres@fleurimont-assurances.ca>",
        "Candidature reçue – Analyste, risque de crédit",
        "Bonjour Jordan,\n\nMerci d'avoir postulé au poste d'Analyste, risque de crédit chez Fleurimont "
        "Assurances.\n\nL'équipe Carrières",
        "fleurimont-assurances",
        "applied",
    ),
)

WRITTEN_INBOXES: tuple[WrittenInbox, ...] = (
    JOB_BOARDS,
    BOARD_AND_ATS,
    TITLE_SPELLINGS,
    SEVERAL_TITLES,
    TITLELESS_ONE_OPEN,
    TITLELESS_SEVERAL_OPEN,
    SPELLINGS,
    AGENCY_RELAYS,
    NO_COMPANY,
    THREADS,
    REPLY_CHAINS,
    STATUS_ORDER,
    NOT_APPLICATIONS,
    THREAD_REPLIES,
    REQUISITION_IDS,
    AGENCY_MANY_CLIENTS,
    TITLES_WITH_UPDATES_BETWEEN,
    NO_REPLY_ATS,
    TITLE_REWORDED,
    WITHDRAWN,
    OTHER_LANGUAGES,
    MORE_LANGUAGES,
    FRENCH_INBOX,
    GERMAN_INBOX,
    ARRIVAL_ORDER,
    REAPPLIED_AFTER_REJECTION,
    RESENT_CONFIRMATION,
    ONE_OF_THREE_REJECTED,
    EMPLOYER_NEWSLETTERS,
    EMPLOYER_MARKETING,
    ASSESSMENT_PLATFORMS,
    MOSTLY_UNRELATED,
    DUTCH_INBOX,
    WORK_FINDING,
    PORTUGUESE_INBOX,
    SMALL_FIRM_SPELLINGS,
    SPANISH_INBOX,
    ITALIAN_INBOX,
    ITALIAN_AGENCIES_INBOX,
    HOURLY_SHIFTS,
    SENIOR_RECRUITERS,
    GRADUATE_PROGRAMMES,
    NOTICES_AND_GAPS,
    ONE_EMPLOYER_MANY_ROLES,
    ONE_ATS_MANY_EMPLOYERS,
    ACADEMIC_MARKET,
    EASY_APPLY_CAREER_CHANGE,
    CONTRACTOR_AGENCIES,
    REJECTIONS_AFTER_INTERVIEWS,
    DUPLICATES_AND_REPLIES,
    FEDERAL_APPLICANT,
    NURSE_ONE_TRUST,
    SCHEDULING_TOOLS,
    OFFER_STAGE_VENDORS,
    FORWARDED_FROM_OLD_ADDRESS,
    SCHOOL_DISTRICT,
    SWISS_MULTILINGUAL,
    INTERNAL_MOBILITY,
    ONE_RECRUITER_FOUR_CLIENTS,
    GRADUATE_UK_MIXED,
    US_ENGINEER_SCHEDULERS,
    SPANISH_MARKETING_SEEKER,
    POLISH_TESTER,
    RETAIL_TWO_CHAINS,
    POSTDOC_SEARCH,
    REFERRALS,
    SEASONAL_REHIRES,
    ONE_EMPLOYER_TWO_ATS,
    TWO_COUNTRIES,
    ROLE_ONLY_FOLLOW_UPS,
    AGENCY_CLIENT_NAMED_LATE,
    ONE_AGENCY_TWO_CLIENTS_AT_ONCE,
    AGENCY_AND_DIRECT,
    EMPLOYER_SPELLED_TWO_WAYS,
    FIRM_SPELLED_TWO_WAYS,
    ASSISTANT_MAILBOXES,
    HOSPITAL_SITES,
    FAMILY_FIRM,
    AGENCY_SHARED_MAILBOX,
    SITE_IN_A_REPLY,
    HEALTH_SYSTEM_TWO_UNITS,
    AGENCY_INITIALS_DOMAIN,
    PUBLIC_BODIES_ONE_DOMAIN,
    INITIALS_DOMAIN,
    THREAD_TWO_EMPLOYERS_ONE_WORD,
    DOMAIN_HEAD_AND_INITIALS,
    AGENCY_NAME_WITH_AMPERSAND,
    TITLE_WORDS_WRITTEN_SHORT,
    AGENCY_CLIENT_NAMED_TWO_WAYS,
    AGENCY_NEWS_SUBJECT_NAMES_CLIENT,
    EMPLOYER_NAMED_WITHOUT_ITS_KIND,
    ROLE_READ_AS_EMPLOYER,
    POST_NAMED_BY_ITS_FUNCTION,
    CONVERSATION_MAIL_READ_AS_OTHER,
    GROUP_AND_MEMBER,
    REFERENCES_IN_OTHER_LANGUAGES,
    COMPOUND_WORD_DOMAIN,
    AGENCY_DOMAIN_WITH_LEGAL_FORM,
    ROLE_CUT_IN_TWO,
    AGENCY_NAMED_BY_ITS_TRADE_TWO_CLIENTS,
    REPLY_WITHOUT_ITS_CONVERSATION,
    HR_POST_READ_AS_EMPLOYER,
    AGENCY_OWN_CANDIDACY,
    AGENCY_OWN_CANDIDACY_BESIDE_A_CLIENT,
    RECRUITER_NAMED_WHOLE,
    AGENCY_REFERENCE_BESIDE_ITS_CLIENT,
    AGENCY_UPDATE_WITHOUT_ROLE_AFTER_OWN_CANDIDACY,
    TITLE_WORDED_TWO_WAYS,
    BOOKED_WITH_THE_WRITER,
    EMPLOYER_NAMED_IN_TWO_LANGUAGES,
)


def main(argv: list[str]) -> int:
    folder = Path(argv[0])
    folder.mkdir(parents=True, exist_ok=True)
    for inbox in WRITTEN_INBOXES:
        print(inbox.write(folder))
    return 0


def _all_ids() -> Iterator[str]:
    for inbox in WRITTEN_INBOXES:
        yield from (m.id for m in inbox.mails)


assert len(set(_all_ids())) == len(list(_all_ids())), "mail ids are unique across the inboxes"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
