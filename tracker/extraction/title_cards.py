"""Titles a job board's card lays out: the line above "Company · Place", a card's cells run together or
laid out one a line next to the employer's line, a card heading the mail and closing on its news.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extraction import platforms
from tracker.extraction.legal_forms import LEGAL_FORM_AT_END
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_judgement import PROGRAMME_AFTER_EMPLOYER
from tracker.extraction.title_shape import looks_like_title
from tracker.extraction.title_signatures import follows_a_signers_name, signs_as_writer
from tracker.extraction.title_slots import TitleCandidate
from tracker.extraction.valedictions import signature_start
from tracker.names import company_key, may_have_company_key

# A job board's card; a card's cell next to the employer's line; a subject's segment.
CARD_WEIGHT = 2.5
CELL_WEIGHT = 2.0
# Job-board cards: "Company · Place" under a title line, or "Title: Company · Place" on one line.
_CARD_LINE = re.compile(r"^(?:(?P<title>[^·•:\n]{2,80}?)\s*[:|]\s+)?(?P<company>[^·•:\n]{2,80}?)\s+[·•]\s+\S")
# A signature's role line ("HR Specialist", "Talent Acquisition Lead") above the employer is the
# writer's job, not the applicant's.
_HIRING_STAFF = re.compile(r"\b(?:hr|human resources|talent|recruit\w*|people|consultant|sourcer)\b", re.I)
_IMAGE_TEXT = re.compile(r"^(?:company |employer )?logo$", re.I)
# A team's sign-off above a footer's "Acme, Inc. · 12 Main St" ("The Acme Talent Team", "Ana & the Acme People
# crew", "L'équipe Acme", "El equipo de Acme"): who signs, no card's title.
_TEAM_SIGN_OFF = re.compile(
    r"\b(?:team|crew|équipe|equipo|equipe|squadra)\W{0,2}$|"
    r"^(?:l['’]équipe|el equipo|la squadra|a equipe|o time|(?:das|ihr|euer|dein) [\w-]*team)\b",
    re.I,
)


def card_titles(email: PreparedEmail, company: str | None) -> list[TitleCandidate]:
    """The title of a job board's card: the line above "Company · Place", or its cells run together."""
    board = platforms.is_job_board(email.sender)
    found = _card_titles(email, company, board)
    if board:
        return found
    # Elsewhere a line naming hiring staff or the writer herself is her sign-off above the firm's address
    # line ("The Acme Talent Team" over "Acme Inc. · 1 Main St"), or her name or role beside the firm
    # ("Talent Partner · Acme", "Ida Berg · Acme"): not the post the mail is about.
    writer = email.sender.name.casefold() if looks_like_person_name(email.sender.name) else ""
    return [
        candidate
        for candidate in found
        if not _HIRING_STAFF.search(candidate.raw)
        and not (writer and writer in candidate.raw.casefold())
        and not follows_a_signers_name(candidate.raw.strip(), email.lines)
    ]


def _card_titles(email: PreparedEmail, company: str | None, board: bool) -> list[TitleCandidate]:
    found: list[TitleCandidate] = []
    # A signature's "Acme Grocers - Elm Park" under its writer's post is no card: it is read above it.
    signed_from = signature_start(email) if company else None
    # Job-board cards: the title line sits just above "Company · Place".
    for index, line in enumerate(email.lines[:25]):
        card = _CARD_LINE.match(line) if "·" in line or "•" in line else None
        in_signature = signed_from is not None and index >= signed_from
        if (
            not card
            and company
            and index > 0
            and not in_signature
            and _employer_and_place_line(line, company, board)
        ):
            above = [text for text in email.lines[:index] if not _IMAGE_TEXT.match(text)]
            # "Rita Sousa" / "Consultora de Recrutamento" / "Agência X – Empresa de Trabalho Temporário": a
            # sign-off under no closing words the rules know, the line under her name her own post.
            signer_above = (
                not board and index >= 2 and _signs_name(email.lines[index - 2], _writer_names(email))
            )
            # ("Obrigado,", "Un saludo,", "Kind regards,": a closing, its comma before the signing line.)
            if (
                above
                and not _TEAM_SIGN_OFF.search(above[-1])
                and not above[-1].endswith(",")
                and not signer_above
            ):
                # "Corvexa - Jersey City, NJ" under its title (and its logo's alt text)
                found.append(TitleCandidate(above[-1], CARD_WEIGHT, False))
                break
        if card and company and not card.group("title") and _ends_with_name(card.group("company"), company):
            # "Data Engineer, Payments Acme Freight · Portland": a card's two cells run together.
            found.append(TitleCandidate(card.group("company")[: -len(company)], CARD_WEIGHT, False))
            break
        if not card or (company is not None and not _card_names(card.group("company"), company)):
            continue
        if card.group("title"):
            found.append(TitleCandidate(card.group("title"), CARD_WEIGHT, False))
            break
        # Outside a board, "Jonas Reuter" / "Co-Founder & CEO" / "Acme GmbH · 1 Main St" is a person's
        # sign-off: the line under her name is her own post.
        signer_above = not board and index >= 2 and _signs_name(email.lines[index - 2], _writer_names(email))
        if index > 0 and not _TEAM_SIGN_OFF.search(email.lines[index - 1]) and not signer_above:
            found.append(TitleCandidate(email.lines[index - 1], CARD_WEIGHT, False))
            break
    if company:
        found += [
            TitleCandidate(title, CARD_WEIGHT, False)
            for title in _flattened_card_titles(email.body[:1500], company)
            if board or not _under_signers_name(title, email)
        ]
    return found


def _under_signers_name(title: str, email: PreparedEmail) -> bool:
    """Whether `title` opens the line under a signer's name: "Marta Celli" over "Co-founder & CTO · Acme"
    is her sign-off, the post her own."""
    writer_names = _writer_names(email)
    return any(
        line.startswith(title) and _signs_name(email.lines[index - 1], writer_names)
        for index, line in enumerate(email.lines[1:], 1)
    )


def cell_titles(email: PreparedEmail, company: str | None) -> list[TitleCandidate]:
    """The title in a card laid out one cell a line, next to the employer's line."""
    if not company:
        return []
    return [
        TitleCandidate(title, CELL_WEIGHT, False)
        for title in _titles_next_to_employer_line(
            email.lines[:6], company, _writer_names(email), platforms.is_job_board(email.sender)
        )
    ]


def _writer_names(email: PreparedEmail) -> frozenset[str]:
    """The names a writer signs with by hand, folded: her display name's words and her address's local
    part's ("Dana", "dana" of "Dana Whitfield <dana@...>")."""
    words = email.sender.name.replace(",", " ").split() if looks_like_person_name(email.sender.name) else []
    local = [part for part in re.split(r"[._-]", email.sender.local) if len(part) > 1]
    return frozenset(word.casefold() for word in [*words, *local])


# The longest lowercase word a place's name holds ("Castellón de la Plana", "Frankfurt am Main").
_PARTICLE_LETTERS = 3


def _employer_and_place_line(line: str, company: str, board: bool) -> bool:
    """ "Corvexa - Jersey City, NJ"; in a job board's card, its table cells run together: "Stadtwerke Grünau
    GmbH Grünau" (elsewhere "Acme Talent Acquisition" under "Best regards" is a signature)."""
    if line.startswith(company + " - "):
        # "Harbor View Clinic - Leeds has invited you to ...": a sentence naming a branch, no card's line.
        place = line[len(company) + 3 :].split()
        return not any(len(word) > _PARTICLE_LETTERS and word[:1].islower() for word in place)
    # (Not its legal form: StepStone's "Möller Gebäudetechnik GmbH" heads its card, the title below it.)
    return (
        board
        and line.startswith(company + " ")
        and bool(_PLACE_CELL.match(line, len(company) + 1))
        and not LEGAL_FORM_AT_END.match(line, len(company))
    )


# One to three capitalised words, maybe a region in brackets: "Grünau", "Bad Homburg (Hessen)".
_PLACE_CELL = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){0,2}(?: \([\w ,-]{2,30}\))?$")


def _flattened_card_titles(body: str, company: str) -> list[str]:
    """Titles of a job-board card whose lines ran together ("Data Engineer · Acme · Remote",
    "sent to Acme  Acme Data Engineer Acme • Boston, MA"): the role stands right before the employer
    that a bullet follows or precedes, after the previous mention of the employer or the sentence."""
    titles: list[str] = []
    if "·" not in body and "•" not in body:
        return titles
    at = body.find(company)
    while at >= 0:
        segment = body[:at].rstrip(" \t")
        if segment[-1:] in ("·", "•"):
            segment = segment[:-1].rstrip(" \t")
        elif body[at + len(company) :].lstrip(" \t")[:1] not in ("·", "•"):
            at = body.find(company, at + 1)
            continue
        start = max(segment.rfind(mark) for mark in (".", "!", "\n", "·", "•")) + 1
        previous = segment.rfind(company)
        if previous >= 0:
            start = max(start, previous + len(company))
        title = segment[start:].strip()
        if 2 <= len(title) <= 80:
            titles.append(_without_leading_employer(title, company))
        at = body.find(company, at + 1)
    return titles


_PLACE_AFTER_EMPLOYER = re.compile(r"(?:,| [-·•|]) [^,·•|]{2,40}$")
# What a place needs before it: most lines have none, and the substitution would try every place.
_PLACE_SEPARATORS = (",", " -", " ·", " •", " |")
# A board's card closes on its news: "Acme Logistics" / "Warehouse Associate" / "Not selected by employer".
CARD_NEWS = re.compile(
    r"^(?:not selected by (?:the )?employer|application (?:submitted|viewed|sent)|applied on .{1,30}|"
    r"(?:the )?employer (?:viewed|reviewed) your application)\W*$",
    re.I,
)


def _titles_next_to_employer_line(
    lines: Sequence[str], company: str, writer_names: frozenset[str] = frozenset(), board: bool = False
) -> list[str]:
    """A card laid out one cell a line: the title above the employer alone (most boards) or below it
    (LinkedIn: "sent to Acme", "Acme", "Data Engineer", the place); a card heading the mail with the
    employer has the title under it and its news below that. A short mail's sign-off is no card: the
    writer's name (`writer_names`: her first name alone too), her post, her employer. A job `board`'s card
    is no one's sign-off: its post may be hiring staff's own ("Talent Partner", "HR Consultant")."""
    key = company_key(company)
    if (
        len(lines) > 2
        and CARD_NEWS.match(lines[2])  # first: a card's news is rare, keying the first line is not cheap
        and company_key(lines[0]) == key
        and looks_like_title(lines[1])
    ):
        return [lines[1]]
    for index in range(1, len(lines)):
        # "Acme GmbH, Hamburg", "Acme - Remote": the employer's line may carry its place.
        line = lines[index]
        if any(separator in line for separator in _PLACE_SEPARATORS):
            line = _PLACE_AFTER_EMPLOYER.sub("", line)
        if not may_have_company_key(line, key) or company_key(line) != key:
            continue
        above = lines[index - 1] if index >= 2 else ""  # the first line heads the mail, it is no cell
        if above and index >= 3 and _signs_name(lines[index - 2], writer_names):
            above = ""  # a signature: "Elena Vasquez" or "Elena", "Director, Data Management", the employer
        elif above and signs_as_writer(above, lines[index - 2] if index >= 2 else ""):
            above = ""  # "Viele Grüße", "Leiterin Personal, Petra Wolf", the employer
        below = lines[index + 1] if index + 1 < len(lines) else ""
        for neighbour in (above, below):
            # A question, an exclamation or a sentence above a signature is never a card's cell.
            if _A_SENTENCE.search(neighbour):
                continue
            if neighbour and looks_like_title(neighbour) and (board or not _HIRING_STAFF.search(neighbour)):
                return [neighbour]
    return []


_A_SENTENCE = re.compile(r"[?!]\s*$|^\S+(?: \S+){3,}\.\s*$|^[a-zà-ÿ]\S* \S+ \S+")


def _signs_name(line: str, writer_names: frozenset[str]) -> bool:
    """Whether `line` is a signer's name: a person's full name, or the writer's own first name alone."""
    return looks_like_person_name(line) or line.strip(" -,.").casefold() in writer_names


def _without_leading_employer(raw: str, company: str) -> str:
    """'KTL America Reactjs developer' -> 'Reactjs developer' when the first words name the employer
    (not when they name its programme: 'Vertex Fall 2026 Co-op')."""
    words = raw.split()
    key = company_key(company)
    for count in range(min(len(words) - 1, 5), 0, -1):
        if company_key(" ".join(words[:count])) == key:
            rest = " ".join(words[count:])
            return raw if PROGRAMME_AFTER_EMPLOYER.match(rest) else rest
    return raw


def _ends_with_name(text: str, company: str) -> bool:
    return len(text) > len(company) + 2 and text.lower().endswith(" " + company.lower())


def _card_names(card_company: str, company: str) -> bool:
    return company_key(card_company) == company_key(company) or card_company.lower().startswith(
        company.lower()
    )
