"""Employer names a mail's layout puts in place, not its sentences: an image's banner, an ATS's header line,
a subject's trailer ("... - Gullwing Energy") or "Title, Employer, Place", a meeting's "Acme <> Sam Lee", a
job board's card, a form's "Company: Acme" label.
"""

from __future__ import annotations

import re

from tracker.extraction import platforms
from tracker.extraction.employer_candidates import AFTER, NAME, Candidate, add_candidate, whole_name
from tracker.extraction.employer_labels import SPELLED_OUT_WEIGHT
from tracker.extraction.employer_signoffs import SIGNATURE_WEIGHT, SIGNATURE_WORDS
from tracker.extraction.name_reading import finish_name
from tracker.extraction.person_names import looks_like_person_name, names_an_organisation
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.places import only_places
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title import CARD_NEWS, looks_like_title
from tracker.extraction.title_slots import slot_of

# An image's alt text opening the mail: "Caterpillar Careers Banner", "Acme Logo".
_BANNER = re.compile(
    rf"^\s*(?P<name>{NAME}?)\s+(?:[Cc]areers?\s+|[Rr]ecruiting\s+|[Jj]obs\s+)?(?:[Bb]anner|[Ll]ogo|[Hh]eader)\b"
)
HEADER_WEIGHT = 2.0
HEADER_PLACE = ("body", 0, "banner")
# "Acme <> Sam Lee - Phone Screen": a meeting between the employer and the applicant.
_MEETING_BETWEEN = re.compile(rf"^(?P<name>{NAME})\s*<-?>\s*\S")
# "Claims Examiner, Harlow Insurance, Hartford" (a place of one to three capitalised words, or "City, ST").
_TITLE_EMPLOYER_PLACE = re.compile(
    r"^(?P<title>[^,:|]{3,60}), (?P<name>[^,:|]{2,60}), [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}(?:, [A-Z]{2})?$"
)
# "Please provide your availability - Gullwing Energy": the employer closes the subject.
_SUBJECT_TRAILER = re.compile(rf"\s(?:-|\||–)\s+(?P<name>{NAME})\s*$")
_TRAILER_MARKS = frozenset("-|–")  # one of which the trailer's every match holds
_TRAILER_WEIGHT = 2.0
# What closes a subject without being anyone's name: the step, the date.
_NOT_AN_EMPLOYER = re.compile(rf"\b(?:{word_list('subject_closers')})\b", re.I)
# (A label's line is no card: "Local: Itaboraí - RJ" names the place.)
_EMPLOYER_AND_PLACE = re.compile(
    r"^(?P<name>[^-·•|:\n]{2,60}?)\s+[-·•|]\s+(?:[A-Z][\w.' ]{1,40}(?:, [A-Z]{2})?(?: \d{5})?|Remote)$"
)
_CARD_LINES = 10
# A card the subject does not name heads the mail; further down, cards are the board's suggestions.
_HEAD_CARD_LINES = 2
_CARD_WEIGHT = 3.0
# A form's label line: "Company: Acme", "Employer | Acme", "Unternehmen: Acme" (a portal's summary): the
# mail says outright who employs, above any name its prose mentions ("working for the NHS").
_EMPLOYER_LABEL = re.compile(
    # A public portal's summary names the hiring agency ("Agency: Bureau of Reclamation" under USAJOBS).
    r"^(?:company|employer|organi[sz]ation|hiring company|company name|employer name|(?:hiring )?agency|"
    r"unternehmen|arbeitgeber|"
    r"firma|entreprise|société|employeur|empresa|azienda|bedrijf|werkgever|"
    # An agency's summary of the step names its client: "Client: Calumet Foods", "Opdrachtgever: X".
    r"client|klant|opdrachtgever|kunde|cliente)\s*[:|]\s*(?P<name>[^\n:|]{2,80})$",
    re.I,
)
_LABEL_WEIGHT = 4.0


def add_layout_names(found: list[Candidate], email: PreparedEmail, job_board: bool) -> None:
    """Names a mail's layout puts in place: a banner, a header line, a subject's trailer, a card, a label."""
    banner = _BANNER.match(email.body)
    if banner:
        add_candidate(
            found, finish_name(banner.group("name").split()), SIGNATURE_WEIGHT, ("body", 0, "banner")
        )
    elif platforms.platform_of(email.sender) and not job_board and (header := header_name(email)):
        # An ATS heads its mail with the employer's name on a line of its own (its logo's text).
        add_candidate(found, header, HEADER_WEIGHT, HEADER_PLACE)
    meeting = _MEETING_BETWEEN.match(email.subject) if "<" in email.subject else None
    if meeting and not looks_like_person_name(meeting["name"]):
        add_candidate(found, finish_name(meeting["name"].split()), _TRAILER_WEIGHT, ("subject", 0, "start"))
    if email.subject.count(", ") >= 2 and (listed := _TITLE_EMPLOYER_PLACE.match(email.subject)):
        # "Claims Examiner, Harlow Insurance, Hartford": a board's title, employer and place.
        middle = whole_name(listed["name"])
        if (
            middle
            and looks_like_title(listed["title"])
            and not looks_like_title(middle)
            and not looks_like_person_name(middle)
            and not SIGNATURE_WORDS.occurs_in(middle)
        ):
            weight = _TRAILER_WEIGHT if names_an_organisation(middle) else SPELLED_OUT_WEIGHT
            add_candidate(found, middle, weight, ("subject", listed.start("name"), AFTER))
    trailer = _SUBJECT_TRAILER.search(email.subject) if _TRAILER_MARKS.intersection(email.subject) else None
    # "Your application for Intern - Product Analytics": a title closes subjects too.
    if (
        trailer
        and not _NOT_AN_EMPLOYER.search(trailer.group("name"))
        and not looks_like_title(trailer.group("name"))
        and not _named_as_post(trailer.group("name"), email.body_lower)
    ):
        add_candidate(
            found,
            finish_name(trailer.group("name").split()),
            _TRAILER_WEIGHT,
            ("subject", trailer.start("name"), AFTER),
        )
    # (The subject's lowered form keeps "Node.js" whole with a dot leader: compare like with like.)
    subject_lower = email.subject_lower.replace("\u2024", ".")
    for index, (above, line) in enumerate(
        zip(email.lines[:_CARD_LINES], email.lines[1:_CARD_LINES], strict=False)
    ):
        # A job board's card: the title the subject names, then "Employer - Place" (a board's notice whose
        # subject names no title, "An employer viewed your application": a title-shaped line above).
        # The pattern (slow: it backtracks up to 60 characters) only when the line above is the subject's.
        if len(above) >= 4 and (
            above.lower() in subject_lower
            or (job_board and index < _HEAD_CARD_LINES and " - " in line and looks_like_title(above))
        ):
            card = _EMPLOYER_AND_PLACE.match(line)
            if card and not _town_and_region(card.group("name")):
                add_candidate(found, finish_name(card.group("name").split()), _CARD_WEIGHT)
    if job_board:
        found += _card_on_three_lines(email)
    for line in email.lines:
        label = _EMPLOYER_LABEL.match(line) if ":" in line or "|" in line else None
        if label:
            add_candidate(found, finish_name(label.group("name").split()), _LABEL_WEIGHT)


def _named_as_post(name: str, body_lower: str) -> bool:
    """True when the body writes `name` in the post's own slot ("la vacante de Ayudante General",
    "Bewerbung als X"): a subject's "Invitación a entrevista - Ayudante General" closes on the title, which
    no role list need know."""
    lowered = name.lower()
    at = body_lower.find(lowered)
    while at >= 0:
        if slot_of(body_lower, at, at + len(lowered))[0]:
            return True
        at = body_lower.find(lowered, at + 1)
    return False


def header_name(email: PreparedEmail) -> str | None:
    """The organisation's name the mail's first line is, whole (an ATS's logo text), if it is one."""
    if not email.lines:
        return None
    header = whole_name(email.lines[0])
    if (
        header == email.lines[0].rstrip(" .")  # the whole line, not "Hi Sam" read as "Sam"
        and not looks_like_person_name(header)
        and not looks_like_title(header)
    ):
        return header
    return None


def _card_on_three_lines(email: PreparedEmail) -> list[Candidate]:
    """A job board's card of three lines, "Responsable boutique H/F" / "Papeterie Morin" / "Nantes (44)":
    the title (the subject's, or a line reading as one), the employer, then the place, a line of news or
    nothing; or the employer first: "Fleetline Logistics" / "Warehouse Associate" / "Not selected by
    employer"."""
    found: list[Candidate] = []
    lines = email.lines[:_CARD_LINES]
    for line in lines:
        # "Harlow Biosciences • Cambridge, MA", "Harlow Biosciences · Boston, MA (Hybrid)": one line a card.
        name, _, place = line.partition(" · ") if " · " in line else line.partition(" • ")
        whole = whole_name(name) if place and _PLACE_LINE.match(place.split(" (")[0].strip()) else None
        if whole and not looks_like_title(whole) and not _town_and_region(whole):
            add_candidate(found, whole, _CARD_WEIGHT)
            return found
    for title, name, after in zip(lines, lines[1:], [*lines[2:], ""], strict=False):
        if (
            len(title) >= 4
            and (title.lower() in email.subject_lower or looks_like_title(title) and _PLACE_LINE.match(after))
            and (_PLACE_LINE.match(after) or _CARD_CLOSER.match(after))
            and (whole := whole_name(name))
            and not looks_like_title(whole)
            and not _town_and_region(whole)
        ):
            add_candidate(found, whole, _CARD_WEIGHT)
            break
        heading = whole_name(title) if CARD_NEWS.match(after) and looks_like_title(name) else None
        if heading and not looks_like_title(heading):
            add_candidate(found, heading, _CARD_WEIGHT)  # the employer heads the card, its news closes it
            break
    return found


def _town_and_region(name: str) -> bool:
    """ "Medellín, Antioquia", "Campinas - SP": a place written with its region, where a card's posting line
    ("Medellín, Antioquia · Publicada hace 3 semanas") stands under the title, never an employer (a town
    alone may be one's name: "Zurich")."""
    return ("," in name or " - " in name) and only_places(name)


# "Nantes (44)", "Hamburg 20095", "Lyon (69) - Hybride", "Reno, NV", "Hervey Bay QLD" (an Australian
# board's town and state), "Remote": a place under the employer.
_PLACE_LINE = re.compile(
    r"^(?:[A-ZÀ-Þ][\w'’ -]{1,40}(?:\s\(\d{2,3}\)|\s\d{4,5})(?:\s*[-·•|].{0,30})?|"
    r"[A-Z][\w .'-]{1,30}, [A-Z]{2}(?: \d{5})?|"
    r"[A-Z][\w .'-]{1,30},? (?:NSW|QLD|VIC|TAS|ACT|NT|SA|WA)(?: \d{4})?|"
    r"(?:Remote|Hybrid|On-?site)(?: in .{1,30})?)$"
)
# What closes a card when no place does: its news (CARD_NEWS), the next sentence, or nothing.
_CARD_CLOSER = re.compile(rf"^$|{CARD_NEWS.pattern}|^(?:[\w'’-]+ ){{3,}}[^\n]*[.!]$", re.I)
