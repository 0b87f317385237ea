"""Employer names signing a mail: team lines ("The Acme Recruiting Team"), a recruiter's role line ("Senior
Recruiter | Acme"), an organisation under the closing words, a signature's web address, and a footer's
copyright and legal lines ("© 2025 Acme Inc.", "Acme GmbH, Sitz: ..."). (signature_employers.py reads who
signs, and the European legal entities a signer writes; writer_organisations.py the organisation in the
writer's own block, under her name and post.)
"""

from __future__ import annotations

import re

from tracker.extraction import platforms
from tracker.extraction.building_names import opens_an_address
from tracker.extraction.caseless_words import CaselessWords
from tracker.extraction.company_registers import REGISTER_WORDS
from tracker.extraction.employer_candidates import (
    NAME,
    Candidate,
    add_candidate,
    whole_name,
)
from tracker.extraction.employer_sender import PERSON_FROM
from tracker.extraction.legal_forms import ANY_LEGAL_FORM, LEGAL_FORM_AT_END
from tracker.extraction.name_reading import finish_name, read_name, spelled_out
from tracker.extraction.name_words import department_alternation
from tracker.extraction.person_names import looks_like_person_name, names_an_organisation
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.places import only_places
from tracker.extraction.signature_desks import desk_over_its_organisation
from tracker.extraction.signature_lines import is_department_word, is_practice_area
from tracker.extraction.signers_posts import is_signers_post
from tracker.extraction.team_words import TEAM, is_team, joins_departments, organisation_after_team
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title import looks_like_title
from tracker.extraction.written_words import written_apart
from tracker.names import company_key

# Sign-off lines: "The Acme Recruiting Team", "Acme Talent Acquisition".
_SIGNATURE_LINE = re.compile(
    rf"^(?:[Tt]he )?(?P<name>{NAME}) (?:[Tt]alent [Aa]cquisition|[Tt]alent [Aa]ttraction|"
    rf"[Rr]ecruit(?:ing|ment)|[Hh]iring|[Cc]areers|HR|[Pp]eople|[Uu]niversity [Rr]ecruiting|"
    rf"[Cc]ampus(?: [Rr]ecruiting)?|"
    rf"[Cc]ollege [Rr]ecruiting|[Tt]alent|[Gg]lobal [Tt]alent)(?: [Tt]eam| [Gg]roup| [Dd]epartment|"
    rf" [Oo]perations)?\W*$|^(?:[Tt]he )?(?P<team>{NAME}) [Tt]eam\W*$"
)
# "KPMG Student Recruitment", "Acme Graduate Careers": a programme's recruiters, no part of the name.
# (A hiring team's word, name_words.DEPARTMENT_WORDS, but "Jobs", and a programme's. "Civil Service Jobs",
# "Acme Jobs" sign as a job site does, which is no employer: the name must stay whole to be told so.)
ROLE_WORDS_AT_END = re.compile(
    rf"(?: (?:{department_alternation('jobs')}|acquisition|attraction|and|campus|global|student|graduate|"
    r"early))+$",
    re.I,
)
# "University" names a department only before "Recruiting" ("AT&T College Recruiting Team"); in
# "The Hollowell University People Team" it is part of the name.
_CAMPUS_AT_END = re.compile(r" (?:university|college)$", re.I)
_CAMPUS_DEPARTMENT = re.compile(r" (?:recruiting|recruitment|hiring|relations|programs?)\b", re.I)
# A person's sign-off: "Senior Technical Recruiter | Acme Robotics", "Talent Partner at Acme".
_RECRUITING_ROLE = (
    r"(?:[\w-]+ ){0,4}(?:recruiter|sourcer|recruiting (?:lead|manager|coordinator|partner)|"
    r"talent (?:acquisition )?(?:partner|lead|manager|specialist|advisor|coordinator)|hr (?:manager|"
    r"business partner|generalist)|people partner|hiring manager|head of (?:talent|people|"
    r"recruiting))(?:[:*/_]?in(?:nen)?)?"  # "Recruiterin", "HR Business Partner:in", "Manager*in"
)
_ROLE_SIGNATURE = re.compile(rf"^{_RECRUITING_ROLE}\s*(?:[|,@–-]|\bat\b)\s*(?P<name>.+)$", re.I)
# "Senior Recruiter" on a line of its own: the organisation signs on the next one.
_ROLE_LINE = re.compile(rf"^{_RECRUITING_ROLE}$", re.I)
# "© 2025 Acme Inc. All rights reserved.": the organisation a footer names.
_COPYRIGHT = re.compile(
    rf"^(?:©|\([cC]\)|[Cc]opyright)\s*(?:©\s*)?(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?,?\s+)?(?P<name>{NAME})"
)
# A footer's legal line: "Brückner Maschinenbau GmbH, Sitz: Siegsdorf, Registergericht ...", "Acme Ltd,
# registered in England", "Acme Ltd is a company registered in England", "Exemple SAS au capital de 50 000
# euros". Its name closes on a legal form, which a registration follows.
_LEGAL_LINE = re.compile(
    rf"^(?P<name>{NAME}? (?:{ANY_LEGAL_FORM}))"
    r"(?:\s*[,|·–-]\s*|\s+is an? (?:(?:private |public )?(?:limited )?company )?|\s+au )"
    # (company_registers.REGISTER_WORDS, and the other languages' registration words a legal name heads.)
    rf"(?i:{REGISTER_WORDS}|handelsregister|registered|company (?:no|number)|"
    r"siège|capital|cif|nif|p\.? ?iva|cnpj|geschäftsführ)"
)
# What follows a legal line's name (a cheap test first: the pattern would be tried at every line).
_LEGAL_LINE_MARKS = (", ", " is a", " au capital")
SIGNATURE_WORDS = CaselessWords(r"\b(?:team|recruit|talent|hiring|careers|hr|people|campus|sourcer|head of)")
SIGNATURE_MAX_CHARS = 70
SIGNATURE_WEIGHT = 2.5
_COPYRIGHT_WEIGHT = 1.5
# "Thanks,\nGullwing Energy": an organisation signing under the closing words; or a team's or department's
# line signing above its organisation's ("Recruiting Team\nPrudential", "Ufficio Selezione\nGruppo Venturi").
_SIGNS_ABOVE_WORDS = (
    rf"(?:(?P<valediction>{word_list('valedictions')})|"
    rf"(?:the )?(?:office of |department of |division of )?{TEAM})"
)
_SIGNS_ABOVE = re.compile(rf"^{_SIGNS_ABOVE_WORDS}\W*$", re.I)
# An office or a desk that answers the mail: "Head Office", "Main Office", "Front Desk", "Reception".
_OFFICE_LINE = re.compile(r"\b(?:office|desk|reception)\W*$", re.I)
# Asked first of every line: most open with neither.
_SIGNS_ABOVE_OPENS = CaselessWords(_SIGNS_ABOVE_WORDS.replace("?P<valediction>", ""))
SIGN_OFF_WEIGHT = 2.0
# "quobo.at", "www.quobo-labs.com": the organisation's web address signing under its team's line.
_WEBSITE_LINE = re.compile(r"^(?:https?://)?(?:www\.)?(?P<label>[a-z0-9][a-z0-9-]{1,30})\.[a-z]{2,6}/?$")


def add_signature_lines(found: list[Candidate], email: PreparedEmail, job_board: bool) -> None:
    """Names signing the mail: "The Acme Team", "Recruiter | Acme", "Best,\nMaya\nAcme", a footer's "©"."""
    role_above = False  # the line above is a recruiter's role ("Senior Recruiter")
    signer_above = False  # the line above is the writer's name under a valediction ("Best,\nMaya")
    sender_words = set(email.sender.name.lower().split())
    # A person's own mailbox at a free provider: a town under their post is where they sit, no employer.
    free_mail = bool(email.sender.address) and not (
        platforms.domain_employer(email.sender) or platforms.platform_of(email.sender)
    )
    # Whether the line above opens with a valediction or a team's words (each line is asked once).
    opens_above = False
    for previous, line, following in zip(
        ("",) + email.lines, email.lines, (*email.lines[1:], ""), strict=False
    ):
        signs_above = _SIGNS_ABOVE.match(previous) if opens_above else None
        # A valediction's or a team's line is short: a sentence is not asked.
        opens_above = opens = len(line) <= SIGNATURE_MAX_CHARS and _SIGNS_ABOVE_OPENS.opens(line)
        if line[:1] in "-–—~":
            line = line.lstrip("-–—~ ")  # "- The Acme Team"
            opens = _SIGNS_ABOVE_OPENS.opens(line)
        short = len(line) <= SIGNATURE_MAX_CHARS
        # A hiring word ("Team", "Recruiting") in a line that short: three readings below ask, found once.
        hiring_words = short and SIGNATURE_WORDS.occurs_in(line)
        if (
            signer_above
            and short
            and not looks_like_person_name(line)
            and not looks_like_title(line)
            and not hiring_words
            and not opens_an_address(line)  # "Best,\nMaya\n22 Vicarage Lane": where she writes from
            # "Grüße\nGesa\nHeimleitung", "Groeten\nJoost\nDienst Rekrutering": her post or her unit
            and not is_department_word(line)
            and not is_team(line)
            and not is_signers_post(line)
        ):
            add_candidate(found, whole_name(line), SIGN_OFF_WEIGHT)  # "Best,\nMaya\nAcme Foods"
        signer_above = bool(signs_above and signs_above["valediction"]) and (
            looks_like_person_name(line) or line.lower() in sender_words
        )
        if signs_above and signs_above["valediction"] and (relayed := PERSON_FROM.match(line)):
            add_candidate(
                found, finish_name(relayed["employer"].split()), SIGN_OFF_WEIGHT
            )  # "Jane from Acme"
        if (
            role_above
            and short
            and not looks_like_person_name(line)
            and not looks_like_title(line)
            and not (free_mail and only_places(line))  # "Head of People\nLeeds" from a free mailbox
        ):
            add_candidate(found, whole_name(line), SIGN_OFF_WEIGHT)  # "Senior Recruiter\nAcme"
        # A job board's mail carries the board's own footer ("© 2025 LinkedIn Corporation").
        copyright_line = _COPYRIGHT.match(line) if line[:1] in "©(Cc" and not job_board else None
        name = read_name(line, copyright_line.start("name")) if copyright_line else None
        if name and not platforms.is_platform_name(company_key(name)):  # "LinkedIn Corporation"
            add_candidate(found, name, _COPYRIGHT_WEIGHT, footer=True)
        legal_line = (
            _LEGAL_LINE.match(line)
            if not job_board and any(mark in line for mark in _LEGAL_LINE_MARKS)
            else None
        )
        if legal_line and not platforms.is_platform_name(company_key(legal_line["name"])):
            add_candidate(found, legal_line["name"], _COPYRIGHT_WEIGHT, footer=True)
        if (
            signs_above
            and not hiring_words  # "Acme Recruiting" is read as a signature below
            and short
            and (
                names_an_organisation(line)
                if signs_above["valediction"]
                # Under a team's line signs its organisation, rarely a person ("Harrowgate Building Society");
                # under an office's or a desk's, its organisation whatever its words where its address
                # follows ("Head Office\nPenrose Hartley\n4 Canal Street": a firm named for its founders),
                # else the person on the desk ("Front Desk\nSarah Whitlock").
                else names_an_organisation(line)
                or not looks_like_person_name(line)
                or (
                    _OFFICE_LINE.search(previous) is not None
                    and not sender_words.issuperset(line.lower().split())
                    and opens_an_address(following)
                )
            )
        ):
            name = whole_name(line)
            if name and not signs_above["valediction"]:
                # Under its team the organisation signs with its legal form, which signature_employers
                # reads too; the name is shown as the rest of the mail writes it.
                name = LEGAL_FORM_AT_END.sub("", name) or name
            add_candidate(found, name, SIGN_OFF_WEIGHT)
        site = _WEBSITE_LINE.match(line) if signs_above else None
        if site and not platforms.is_platform_name(site["label"]):
            add_candidate(
                found, _site_name(site["label"], email), SIGN_OFF_WEIGHT
            )  # "Recruiting-Team\nquobo.at"
        role_above = False
        if (
            short
            and opens
            and (organisation := organisation_after_team(line))
            and not LEGAL_FORM_AT_END.search(organisation)  # signature_employers reads it without its form
        ):
            add_candidate(found, whole_name(organisation), SIGNATURE_WEIGHT)  # "Talent Team, Tabard Retail"
            continue
        if hiring_words:
            role_above = bool(_ROLE_LINE.match(line))
            role_signature = _ROLE_SIGNATURE.match(line)
            # "Lead Recruiter, Logistics & Fleet": the recruiter's desk at the agency, no organisation.
            desk = role_signature.group("name").strip() if role_signature else ""
            if (
                role_signature
                and len(following) <= SIGNATURE_MAX_CHARS
                and desk_over_its_organisation(desk, following, email)
            ):
                role_above = True  # "Recruiter, Nursing Division" over the organisation's line
                continue
            if role_signature and not is_practice_area(desk):
                add_candidate(found, finish_name(role_signature.group("name").split()), SIGNATURE_WEIGHT)
                continue
            signature = _SIGNATURE_LINE.match(line)
            if signature:
                group = "name" if signature.group("name") else "team"
                if joins_departments(signature.group(0)):
                    continue  # "Payroll & Recruiting": two departments signing, the organisation elsewhere
                name = ROLE_WORDS_AT_END.sub("", signature.group(group))
                if _CAMPUS_DEPARTMENT.match(line, signature.end(group)):
                    name = _CAMPUS_AT_END.sub("", name)
                if ROLE_WORDS_AT_END.fullmatch(f" {name}") or is_signers_post(name):
                    # "Early Careers Team", "Partner Recruitment": a programme's or the staff's team, which
                    # names no organisation; its organisation signs on the next line, as under a recruiter's.
                    role_above = True
                    continue
                add_candidate(found, finish_name(name.split()), SIGNATURE_WEIGHT)


def _site_name(label: str, email: PreparedEmail) -> str:
    """The name a signature's web address gives, as the text writes it: "Quobo Labs", or "quobo" where
    the mail writes its brand in lowercase ("Teil der quobo Familie"); else the label capitalised."""
    spelled = spelled_out(label, (email.subject, email.body))
    if spelled:
        return spelled
    return label if written_apart(label, email.body) else label.capitalize()
