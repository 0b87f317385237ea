"""What a captured title runs on with that is no part of it: the sentence, label or news after it.

"Data Analyst (Acme) @ Mon Jun 22", "Staff Accountant <https://...>", "... (Software Engineer) We
appreciate", "the position of Fleet Supervisor, reporting to ...", "Policy Adviser, Department for
Education", "Supply Planner - Not Selected": the patterns title_cleaning.clean_title cuts them with.
"""

from __future__ import annotations

import re

from tracker.extraction.clock_times import CLOCK_TIME
from tracker.extraction.weekdays import EVERY_DAY

# Calendar subjects: "Data Analyst (Acme) @ Mon Jun 22, 2026 2pm".
AT_DATE = re.compile(r"\s+@\s+.*$")
# A step's subject writes when it meets in brackets after the post: "X (Wed 2pm)", "X (jeu. 14 h)", "X (Di,
# 10 Uhr)", "X (mar 10:30)", "X (wo 14:00)": a clock time, perhaps after its day, named or cut short.
_SHORT_DAYS = (
    "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mo|di|mi|do|fr|sa|so|mié|jue|vie|"
    "sáb|dom|gio|sab|seg|ter|qua|qui|sex|ma|wo|vr|za|zo"
)
MEETING_TIME_IN_BRACKETS = re.compile(
    rf"\s*\((?i:(?:{EVERY_DAY}|{_SHORT_DAYS})\.?,?\s{{0,2}})?(?i:{CLOCK_TIME})\)$"
)
# A link a mail's text part writes beside its text: "Staff Accountant <https://...>", "Nurse [https://...]",
# "Analyst (www.example.com/jobs/41)". The address and all after it is no part of the title; a link
# heading it ("<https://...> Staff Accountant") is only itself.
LINK_AFTER_TITLE = re.compile(r"[<(\[]?\s?(?:https?://|www\.).*$", re.I)
LINK_BEFORE_TITLE = re.compile(r"^[<(\[]?\s?(?:https?://|www\.)\S*[>)\]]?\s+(?=\w)", re.I)
# A snippet runs the next sentence on: "... (Software Engineer) We appreciate".
NEXT_SENTENCE = re.compile(r"\s+(?:We|Our|You|Your|Please|Thank|If|This)\b(?:\s+[a-z].*)?$")
# "Job: Java Developer | Rate: £550/day | Location: London": the next label on the line.
NEXT_LABEL = re.compile(r"\s+[|·•]\s+[A-Z][\w ]{1,20}:.*$")
# "le poste de Comptable : malheureusement, ils ont choisi ...", "el puesto de Contable: quieren hacerte
# una entrevista": a colon then a lowercase word goes on with the news, not the title.
CLAUSE_AFTER_COLON = re.compile(r"\s*:\s+[a-zà-ÿ¿¡].*$")
# "the Clerical Officer competition", "the Executive Officer competition, Department of Health": a public
# service's recruitment round, in lowercase, after the post it recruits ("Competition Analyst" is a role).
ROUND_AFTER_TITLE = re.compile(r"\s+competition(?:,.*)?$")
# "the position of Fleet Supervisor, reporting to Carla Mendes": the sentence goes on about the role.
# "Krankenpfleger (m/w/d) für unsere Intensivstation", "... in unserem Team": where the post is.
GERMAN_PLACE_AFTER_TITLE = re.compile(r"\s+(?:für|in|im|bei) unse?r(?:e|en|em|er)?\s.*$")
CLAUSE_AFTER_TITLE = re.compile(
    r",\s+(?:reporting|based|starting|working|located|beginning|effective|with a start|in our|within our|"
    r"on our|subject to|conditional on|pending|"
    # "Program Analyst, announcement VA-27-11873": a public employer's posting number.
    r"(?:vacancy |job )?announcement (?:number |no\.? |#)?[A-Z0-9]{2,}[\w-]*)\b.*$"
)
# A title followed by the body that advertises it ("Policy Adviser, Department for Education"). A
# university's unit after the comma is the post's own ("Administrative Officer, College of Arts and Social
# Sciences", "Research Fellow, School of Earth Sciences": labellers keep it, as they keep a team).
_BODY_AFTER_TITLE = re.compile(
    r",\s+(?:the\s+)?(?:(?:Department|Ministry|Office) (?:for|of)|HM|(?:Home|Cabinet) Office|"
    r"Institute of)\b.*$"
    # "Policy Officer (B2), Housing and Social Justice Directorate": a government's directorate.
    r"|,\s+(?:(?-i:[A-Z])[\w'-]*\s+(?:(?:and|&|of)\s+)?){1,6}Directorate$"
    # "Communications Officer (HEO), Department" where a sentence's reading stopped at its "for".
    r"|,\s+(?:the\s+)?(?:Department|Ministry)$"
    # "Records Clerk (Ref 12/2026), Directorate: Corporate Services": a notice's labelled unit after the post.
    r"|,\s+(?:Directorate|Department|Division|Branch|Section)\s*:\s.*$"
)
# A subject's news after the title: "Supply Planner - Not Selected", "Branch Manager | Position Closed".
NEWS_TRAILING = re.compile(
    r"(?:\s+[-–|]|\s*:)\s+(?:not selected|not moving forward|unsuccessful|rejected|declined|"
    r"(?:position |role |job )?(?:filled|closed|cancell?ed|on hold)|"
    r"application (?:received|update|status|submitted)|"
    # A person's or a public body's subject after the post: "X – Acknowledgement", "X - Outcome".
    r"acknowledge?ment(?: of (?:receipt|application))?|receipt|confirmation|outcome|feedback|"
    # A portal's status after the offer's name: "a la oferta Técnico de mantenimiento: Descartada".
    r"descartad[oa]|rechazad[oa]|no seleccionad[oa]|abgelehnt|refusée?|non retenue?|scartat[oa]|afgewezen|"
    r"reprovad[oa])\s*$"
    # "Controls Engineer role update": the news glued on without a dash.
    r"|\s+(?:role|position|job|application|vacancy) (?:update|status|news)\s*$",
    re.I,
)
NEWS_ENDINGS = (" update", " status", " news")


def without_public_body(title: str) -> str:
    """`title` without the body or unit its comma goes on to: "Work Coach (EO), Department for Work and
    Pensions (vacancy" -> "Work Coach (EO)"."""
    return _BODY_AFTER_TITLE.sub("", title)
