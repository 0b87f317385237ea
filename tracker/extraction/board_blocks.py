"""The employer and title a job board's or a public portal's mail lays out rather than writes in a sentence.

- The block layout: under the board's news ("Application sent!", "candidatura spedita", "Bewerbung
  versendet"), a line with the title, the next the employer (often closing on a legal form), the next the
  place ("Forklift Operator / Marigold Frozen Foods Pvt. Ltd. / Hosur, Tamil Nadu"), or the employer first
  where its legal form tells it from the title below it. The first block is the
  application's; the boards' "similar jobs" below repeat the layout for other employers.
- A portal's quoted posting: a quoted title, then "<employer>, Dienststelle/Standort/site <town>": the
  employer ends before the place's clause.

Read only in mail a platform the project lists sends (platforms.py), except the portal's place clause, whose
shape is its own evidence. board_hints weighs these and the boards' sentences (board_sentences.py): the one
place the reading asks the boards.
"""

from __future__ import annotations

import re

from tracker.extraction import platforms
from tracker.extraction.board_sentences import relayed_employers, shaped_posting
from tracker.extraction.card_lines import holds_a_date, place_with_setting
from tracker.extraction.employer_name_edges import LEGAL_FORM_AT_END
from tracker.extraction.italian_postings import italian_posting
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.places import is_written_place, only_places
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_shape import looks_like_title
from tracker.extraction.title_slots import TitleCandidate

# How far into the mail the block stands: right under the board's news.
_BLOCK_LINES = 12
# A line of a block: no sentence's end, no label's colon, a few words.
_SENTENCE_END = re.compile(r"[!?;,.]$|[.!?]\s|:|@|\d{3,}\s*$")
_MAX_WORDS = 9
# A legal form no list holds, abbreviated at the line's end: "Inversiones Caribe C.A.", "Ferreira & Cia."
_ABBREVIATED_END = re.compile(r"\s(?:[A-Z][a-z]{0,3}\.)+$")
_OPENS_AS_A_NAME = re.compile(r"\.?[A-ZÀ-Ý0-9]")  # ".NET Developer", "3D Artist"
# A place line's postcode or a state's short code after the town: "Boise, ID 83702", "Fitzroy VIC 3065".
_PLACE_TAIL = re.compile(r"(?:\s+(?:VIC|NSW|QLD|TAS|ACT|NT|WA|SA))?(?:\s+\d{4,6})?$")
# The board's news line over a block that has no title line: an application's noun and a news word.
_NEWS_NOUN = re.compile(rf"\b(?:{word_list('board_news_nouns')})\b", re.I)
_NEWS_WORD = re.compile(rf"\b(?:{word_list('board_news_words')})\b", re.I)
# "<employer>, Dienststelle Koblenz" under a line holding a quoted title: a portal's posting, the employer
# before its site's clause. One search of the body for the clause, the quote above it checked after.
_SITE_CLAUSE = re.compile(
    r"^(?P<name>[^,\"\n]{3,80}?),[ \t]+(?:Dienststelle|Dienstort|Standort|Arbeitsort|site(?: de)?|location|"
    r"sede(?: di)?|local|locatie|vestiging|lieu)[ \t]+(?P<place>[A-ZÀ-Ý][^,\n]{1,40})$",
    re.M,
)
_QUOTES = re.compile(r'["«»„“]')


def block_posting(email: PreparedEmail) -> tuple[str | None, str] | None:
    """(title, employer) of the first title / employer / place block of a job board's mail, if any; the title
    is None where the board's news stands in the title's line."""
    if not platforms.is_job_board(email.sender):
        return None
    lines = email.lines[:_BLOCK_LINES]
    recommendations = email.recommendations_start
    for index in range(len(lines) - 2):
        title, employer, place = lines[index : index + 3]
        # "Garrido Montajes, S.L. · Teruel": the employer and its place on one line, but not where another
        # name's line follows ("Tech Lead / Orbital · Lyon / Data Analyst / ..."): a list, whose pairs
        # may be other jobs than the reader's, is not read.
        # (Or after a dash or a bar: VDAB's "AZ Oosterweide - Lokeren", "Bouwgroep Daems | Mechelen"; not a
        # post before its town, "Content Creator – Kortrijk", a recommended job's line.)
        separator = _place_separator(employer)
        head, dot, beside = employer.partition(separator)
        if dot and separator != " · " and looks_like_title(head):
            continue
        if dot and (only_places(beside.strip()) or place_with_setting(beside.strip())):
            # (A card's "applied on" date under it is its own line, not another posting's.)
            below = lines[index + 3] if index + 3 < len(lines) else ""
            if below and _block_line(below) and not holds_a_date(below):
                return None
            employer, place = head, beside.strip()
        if not (_block_line(title) and _block_line(employer)):
            continue
        if email.body.find(title) >= recommendations:
            return None  # the board's "similar jobs", other employers' blocks
        # "Utrecht, 32 uur per week", "Köln, Vollzeit": the town, then the post's hours or contract.
        # "Madrid · Contrato indefinido · Jornada completa": the town, then the post's terms.
        place_line = (
            only_places(_PLACE_TAIL.sub("", place) or place)
            or only_places(place.split(",")[0])
            or (" · " in place and only_places(place.partition(" · ")[0].split(",")[0]))
            or _town_and_province(place)
            or place_with_setting(place)
        )
        legal_form = LEGAL_FORM_AT_END.search(employer) is not None
        # "Técnico/a de PRL - Zaragoza / Montajes Ebro, S.L. / Inscrita el 29/10": the place closes the
        # title's line, the employer's legal form tells it.
        place_in_title = legal_form and " - " in title and only_places(title.rpartition(" - ")[2])
        if not (place_line or place_in_title or (legal_form and _block_line(place))):
            continue
        # (Without its legal form: "Acme, S.L." is no town and its state's code.)
        if only_places(LEGAL_FORM_AT_END.sub("", employer)) or only_places(title) or _person_not_post(title):
            continue
        if _NEWS_NOUN.search(title) and _NEWS_WORD.search(title):
            return None, employer  # "Bewerbung versendet / Heinemann GmbH / Bremen": no title line
        if platforms.is_platform_name(employer):
            continue
        if LEGAL_FORM_AT_END.search(title) and not legal_form and looks_like_title(employer):
            # StepStone's "Möller Gebäudetechnik GmbH / Projektleiter TGA (m/w/d) / Hamburg": the employer
            # first, its legal form telling it from the post below.
            return employer, title
        return title, employer
    return None


_PLACE_SEPARATORS = (" · ", " - ", " – ", " | ")


def _place_separator(line: str) -> str:
    """The separator an employer's line writes its place after (" · ", " - ", " – ", " | "), else " · "."""
    return next((separator for separator in _PLACE_SEPARATORS if separator in line), " · ")


# "Gandia (Valencia)", "Paese (TV)": a town, then its province or its code in brackets.
_TOWN_AND_PROVINCE = re.compile(r"(?P<town>[^()]{2,40}) \((?P<province>[^()]{2,30})\)")


def _town_and_province(line: str) -> bool:
    bracketed = _TOWN_AND_PROVINCE.fullmatch(line)
    if bracketed is None:
        return False
    province = bracketed["province"]
    return only_places(bracketed["town"]) and (only_places(province) or province.isupper())


def _person_not_post(line: str) -> bool:
    return looks_like_person_name(line) and not looks_like_title(line)


def _block_line(line: str) -> bool:
    if len(line.split()) > _MAX_WORDS or not _OPENS_AS_A_NAME.match(line):
        return False
    return not _SENTENCE_END.search(_ABBREVIATED_END.sub("", LEGAL_FORM_AT_END.sub("", line)))


def portal_posting_employer(email: PreparedEmail) -> str | None:
    """The employer of a portal's quoted posting: "<employer>, Dienststelle <town>" under a quoted title."""
    for clause in _SITE_CLAUSE.finditer(email.body):
        above = email.body.rstrip()[: clause.start()].rstrip().rpartition("\n")[2]
        if _QUOTES.search(above) and is_written_place(clause.group("place").split(" (")[0].strip()):
            return clause.group("name").strip()
    return None


# As trusted as a form's "Company:" label (employer_layout) and a calendar event's title.
BOARD_EMPLOYER_WEIGHT = 4.0
BOARD_TITLE_WEIGHT = 3.5


def board_hints(email: PreparedEmail) -> tuple[list[tuple[str, float, bool]], list[TitleCandidate]]:
    """The employer and title candidates the boards' sentences and the layouts above give: (name, weight,
    stated by the text)."""
    employers: list[tuple[str, float, bool]] = []
    titles: list[TitleCandidate] = []
    shaped_employer, shaped_title = shaped_posting(email)
    employers += [(shaped_employer, BOARD_EMPLOYER_WEIGHT, True)] if shaped_employer else []
    titles += [TitleCandidate(shaped_title, BOARD_TITLE_WEIGHT, False)] if shaped_title else []
    if block := block_posting(email):
        titles += [TitleCandidate(block[0], BOARD_TITLE_WEIGHT, False)] if block[0] else []
        employers.append((block[1], BOARD_EMPLOYER_WEIGHT, True))
    employers += [(name, BOARD_EMPLOYER_WEIGHT, True) for name in relayed_employers(email)]
    if portal := portal_posting_employer(email):
        employers.append((portal, BOARD_EMPLOYER_WEIGHT, True))
    italian_employer, italian_title = italian_posting(email)
    employers += [(italian_employer, BOARD_EMPLOYER_WEIGHT, True)] if italian_employer else []
    titles += [TitleCandidate(italian_title, BOARD_TITLE_WEIGHT, False)] if italian_title else []
    return employers, titles
