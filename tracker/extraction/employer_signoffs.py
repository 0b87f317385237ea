"""Employer names signing a mail: team lines ("The Acme Recruiting Team"), a recruiter's role line ("Senior
Recruiter | Acme"), an organisation under the closing words or the writer's name, a signature's web
address, and a footer's copyright and legal lines ("© 2025 Acme Inc.", "Acme GmbH, Sitz: ...").
(signature_employers.py reads who signs, and the European legal entities a signer writes.)
"""

from __future__ import annotations

import re

from tracker.extraction import platforms
from tracker.extraction.building_names import names_a_building, opens_an_address
from tracker.extraction.caseless_words import CaselessWords
from tracker.extraction.employer_candidates import (
    NAME,
    Candidate,
    add_candidate,
    own_domain_label,
    whole_name,
)
from tracker.extraction.employer_sender import PERSON_FROM
from tracker.extraction.legal_forms import ANY_LEGAL_FORM
from tracker.extraction.name_reading import finish_name, read_name, spelled_out
from tracker.extraction.name_words import department_alternation
from tracker.extraction.person_names import looks_like_person_name, names_an_organisation, without_honorifics
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.places import only_places
from tracker.extraction.public_bodies import is_unit_name
from tracker.extraction.signature_employers import is_department_word
from tracker.extraction.signers_posts import (
    is_signers_post,
    organisation_after_post,
    organisation_before_post,
    signs_as_organisation,
)
from tracker.extraction.squashed_names import run_together
from tracker.extraction.team_words import TEAM, is_team, organisation_after_team
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title import looks_like_title, names_a_person_role
from tracker.extraction.written_words import written_apart
from tracker.names import company_key, without_accents

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
    r"(?i:sitz|registergericht|amtsgericht|handelsregister|hrb|registered|company (?:no|number)|"
    r"siège|rcs|capital|kvk|cif|nif|p\.? ?iva|cnpj|geschäftsführ)"
)
# What follows a legal line's name (a cheap test first: the pattern would be tried at every line).
_LEGAL_LINE_MARKS = (", ", " is a", " au capital")
SIGNATURE_WORDS = CaselessWords(r"\b(?:team|recruit|talent|hiring|careers|hr|people|campus|sourcer|head of)")
_SIGNATURE_MAX_CHARS = 70
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
_LEGAL_FORM_AT_END = re.compile(rf"\s(?:{ANY_LEGAL_FORM})\.?$")
# "quobo.at", "www.quobo-labs.com": the organisation's web address signing under its team's line.
_WEBSITE_LINE = re.compile(r"^(?:https?://)?(?:www\.)?(?P<label>[a-z0-9][a-z0-9-]{1,30})\.[a-z]{2,6}/?$")
_SIGNATURE_BLOCK_LINES = 2
_SIGNATURE_TAIL_LINES = 6


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
        opens_above = opens = len(line) <= _SIGNATURE_MAX_CHARS and _SIGNS_ABOVE_OPENS.opens(line)
        if line[:1] in "-–—~":
            line = line.lstrip("-–—~ ")  # "- The Acme Team"
            opens = _SIGNS_ABOVE_OPENS.opens(line)
        short = len(line) <= _SIGNATURE_MAX_CHARS
        # A hiring word ("Team", "Recruiting") in a line that short: three readings below ask, found once.
        hiring_words = short and SIGNATURE_WORDS.occurs_in(line)
        if (
            signer_above
            and short
            and not looks_like_person_name(line)
            and not looks_like_title(line)
            and not hiring_words
            and not opens_an_address(line)  # "Best,\nMaya\n22 Vicarage Lane": where she writes from
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
                name = _LEGAL_FORM_AT_END.sub("", name).rstrip(" ,") or name
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
            and not _LEGAL_FORM_AT_END.search(organisation)  # signature_employers reads it without its form
        ):
            add_candidate(found, whole_name(organisation), SIGNATURE_WEIGHT)  # "Talent Team, Tabard Retail"
            continue
        if hiring_words:
            role_above = bool(_ROLE_LINE.match(line))
            role_signature = _ROLE_SIGNATURE.match(line)
            if role_signature:
                add_candidate(found, finish_name(role_signature.group("name").split()), SIGNATURE_WEIGHT)
                continue
            signature = _SIGNATURE_LINE.match(line)
            if signature:
                group = "name" if signature.group("name") else "team"
                name = ROLE_WORDS_AT_END.sub("", signature.group(group))
                if _CAMPUS_DEPARTMENT.match(line, signature.end(group)):
                    name = _CAMPUS_AT_END.sub("", name)
                add_candidate(found, finish_name(name.split()), SIGNATURE_WEIGHT)


def _site_name(label: str, email: PreparedEmail) -> str:
    """The name a signature's web address gives, as the text writes it: "Quobo Labs", or "quobo" where
    the mail writes its brand in lowercase ("Teil der quobo Familie"); else the label capitalised."""
    spelled = spelled_out(label, (email.subject, email.body))
    if spelled:
        return spelled
    return label if written_apart(label, email.body) else label.capitalize()


def organisation_under_writer(email: PreparedEmail) -> str | None:
    """ "Elena Vasquez, PhD\nAssociate Professor\nState University": the organisation in the writer's
    signature block. Read only where nothing else in the text names the employer: a signature's legal
    name is often longer than the one the mail goes by."""
    lines = email.lines[-_SIGNATURE_TAIL_LINES:]
    # A hand-written mail's writer often signs with the first name alone ("Sam" from "Dr Sam Whitlock").
    first_names = {word for word in without_honorifics(email.sender.name).split()[:1] if word.istitle()}
    for at, line in enumerate(lines):
        if looks_like_person_name(line) or line in first_names:
            # "Greg Fox\nHead Chef\nThe Copper Kettle": under the writer's post, the next name is the
            # organisation's, whatever its words (a post and a unit may stand between).
            post_above = False
            # "Director, Certificated Personnel\nLakeside Unified School District": the organisation a post's
            # line names is its unit where an organisation signs below it.
            after_a_post = None
            for count, below in enumerate(lines[at + 1 : at + 2 + _SIGNATURE_BLOCK_LINES], 1):
                if count > _SIGNATURE_BLOCK_LINES and not post_above:
                    break
                if len(below) > _SIGNATURE_MAX_CHARS:
                    continue
                if opens_an_address(below):
                    break  # "22 Vicarage Lane": the address, below the names
                if is_signers_post(below):
                    post_above = True
                    continue
                if after_post := organisation_after_post(below, line) or organisation_before_post(
                    below, line
                ):
                    after_a_post, post_above = after_a_post or after_post, True  # "Founder, Brasswing"
                    continue
                name = whole_name(below)
                # "Carla Nunes\nGente & Gestão\nGuapuruvu Agronegócios": the team, then its organisation.
                if (
                    not name
                    or is_department_word(name)
                    or is_team(name)
                    or _unit_above_university(name, lines)
                ):
                    post_above = post_above or bool(name)
                    continue
                if names_a_building(name) and opens_an_address(
                    "".join(lines[at + count + 1 : at + count + 2])
                ):
                    return name  # "Thornbury House" over "22 Vicarage Lane": a home named for its building
                if post_above and signs_as_organisation(name, line):
                    return ROLE_WORDS_AT_END.sub("", name) or name
                organisation = _without_role_before(name)
                if (
                    organisation == name
                    and (_ROLE_NOUN_WORD.fullmatch(name.split()[-1]) or _GERMAN_ROLE_END.search(name))
                    and names_a_person_role(name)
                ):
                    continue  # "Clinic Coordinator\nMaple Grove Dental": the post, then the organisation
                if organisation != name or names_an_organisation(name) or _spelled_from_domain(name, email):
                    return ROLE_WORDS_AT_END.sub("", organisation) or organisation
            if after_a_post:
                return after_a_post
    return None


def _unit_above_university(name: str, lines: tuple[str, ...]) -> bool:
    """ "Department of Chemistry" signed above "University of Wexmoor": the unit, not the employer."""
    return is_unit_name(name) and any("University" in line or "College" in line for line in lines)


def _spelled_from_domain(name: str, email: PreparedEmail) -> bool:
    """ "Guapuruvu Agronegócios" signing mail from guapuruvu.agr.br: a line opening with the domain label."""
    label = own_domain_label(email) or ""
    return len(label) >= _LABEL_MIN_CHARS and run_together(without_accents(name)).startswith(label)


_LABEL_MIN_CHARS = 4


# "HR Advisor Pellow Insurance", "Talent Acquisition Partner Acme Bank", "HR-adviseur Boschwijk Zorg": the
# writer's role written before the organisation on one line, no separator between them. Only these
# words make the role: a name holding a role noun of its own ("Acme Consultant Services") keeps it.
_ROLE_NOUNS = (
    r"(?:hr-)?(?:advisor|adviser|adviseur|partner|manager|recruiter|specialist|coordinator|officer|generalist|"
    r"consultant|assistant|administrator|associate|executive|sourcer)(?:in|e)?"
)
_ROLE_NOUN_WORD = re.compile(rf"(?i:{_ROLE_NOUNS})")
# A German or Swiss writer's post under their name, compounded with its field: "HR-Fachfrau",
# "Personalreferentin", "HR Business Partnerin", "Sachbearbeiterin Personal" is a post's noun and its unit.
_GERMAN_ROLE_END = re.compile(
    r"(?i:(?:fachfrau|fachmann|referent|assistent|berater|sachbearbeiter|partner|leiter|kauffrau|kaufmann)"
    r"(?:in)?(?: (?:personal|hr|recruiting))?)$"
)
_ROLE_PREFIX_WORD = re.compile(
    r"(?i:hr|human|resources|talent|acquisition|attraction|people|recruit(?:ment|ing)|senior|junior|sr\.?|"
    rf"lead|principal|business|practice|office|hiring|campus|graduate|global|regional|{_ROLE_NOUNS})"
)


def _without_role_before(name: str) -> str:
    """`name` without a role its writer put before it on the line ("HR Advisor Pellow Insurance")."""
    words = name.split()
    ends = [at for at, word in enumerate(words[:-1]) if _ROLE_NOUN_WORD.fullmatch(word)]
    if not ends or not all(_ROLE_PREFIX_WORD.fullmatch(word) for word in words[: ends[-1]]):
        return name
    # Nobody writes a role before their own name: what follows it is the organisation.
    return " ".join(words[ends[-1] + 1 :])
