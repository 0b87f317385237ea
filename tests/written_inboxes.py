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
    on: str  # "MM-DD HH:MM" in YEAR, UTC
    sender: str
    subject: str
    body: str
    app: str | None = None
    status: str | None = None
    thread: str | None = None

    @property
    def date(self) -> str:
        return f"{YEAR}-{self.on}"


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
        "We have received your application and will be in touch.\n\nPinecrest Foods Recruiting",
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
        "After careful review, we have decided to move forward with other candidates.\n\n"
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
        "Your update from Northwind Traders\n\nThank you for your interest in the Data Analyst position at "
        "Northwind Traders. Unfortunately, we will not be moving forward with your application.",
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
        "Hi Jordan, thanks for applying for the Data Analyst role at Quarry Labs. Our team will review your "
        "application and get back to you.",
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
        "Hi Jordan, thank you for your interest in the Data Analyst role at Quarry Labs. We have decided to move "
        "forward with other candidates.",
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
        "Unfortunately we will not be moving forward with your application.",
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
        "Hi Jordan, thank you for your interest in the Data Engineer position at Acme Analytics. Unfortunately we "
        "have decided to move forward with other candidates.",
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
        "Dear Jordan, thank you for your interest in Brightline Energy. After careful consideration we have "
        "decided not to move forward with your application.",
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
        "Hi Jordan, thank you for your interest in Juniper Systems. We have decided not to move forward with "
        "your application at this time.",
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
        "Dear Jordan, thank you for your interest in the Product Analyst role at Acme Group GmbH. Unfortunately "
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
        "Hi Jordan, thank you for your interest in Capital Group. We have decided to move forward with other "
        "candidates.",
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
        "Hello Jordan,\n\nThank you for your interest. After careful review we have decided not to move forward "
        "with your application.",
        "n3",
        "rejected",
    ),
    Mail(
        "nc04",
        "08-07 10:00",
        "Hiring Team <no-reply@jobvite.com>",
        "Application received",
        "Hi Jordan,\n\nThank you for applying. We have received your application and will be in touch.",
        "n4",
        "applied",
    ),
    Mail(
        "nc05",
        "08-08 10:00",
        "Hiring Team <no-reply@jobvite.com>",
        "Application received",
        "Hi Jordan,\n\nThank you for applying. We have received your application and will be in touch.",
        "n5",
        "applied",
    ),
    Mail(
        "nc06",
        "08-25 10:00",
        "Hiring Team <no-reply@jobvite.com>",
        "Regarding your application",
        "Hi Jordan,\n\nWe regret to inform you that we will not be moving forward with your candidacy.",
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
        "Dear Jordan, thank you for your interest in Calder Instruments. We regret to inform you that we will "
        "not be moving forward with your application for requisition 48213.",
        "calder-fse",
        "rejected",
        thread="th06@calder.example",
    ),
    Mail(
        "th07@nomad.example",
        "09-04 09:00",
        "Recruiting <recruiting@hirebridge.net>",
        "Thanks for applying",
        "Hi Jordan, thanks for applying. We have received your application and will review it.",
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
        "Hi Jordan, thanks for applying. We have received your application and will review it.",
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
        "Hi Jordan, thank you for your interest. Unfortunately we will not be moving forward with your "
        "application.",
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
        "Hi Jordan, after careful review we have decided not to move forward with your application "
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
        "Dear Jordan, thank you for your interest. We regret to inform you that we will not be moving forward "
        "with your application for requisition 48213.",
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
        "Unfortunately we have decided to move forward with other candidates.",
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
        "will not be moving forward with your application.",
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
        "we have decided to move forward with other candidates.",
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
        "Hi Jordan,\n\nThank you for applying to Stellar Freight. We have received your application for the "
        "Logistics Analyst role and will be in touch.\n\nThe Stellar Freight Team",
        "stellar",
        "applied",
    ),
    Mail(
        "nr02",
        "04-07 09:00",
        "Hiring Team <no-reply@hire.lever.co>",
        "Thank you for your application",
        "Hi Jordan,\n\nThank you for applying to Pebble & Pine. We have received your application for the "
        "Product Designer role and will be in touch.\n\nThe Pebble & Pine Team",
        "pebble",
        "applied",
    ),
    Mail(
        "nr03",
        "04-21 09:00",
        "Hiring Team <no-reply@hire.lever.co>",
        "Update on your application",
        "Hi Jordan,\n\nThank you for your interest in Stellar Freight. After careful consideration we have "
        "decided to move forward with other candidates.\n\nThe Stellar Freight Team",
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
        "Unfortunately we have decided to move forward with other candidates.",
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
        "decided not to move forward with your application.",
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
