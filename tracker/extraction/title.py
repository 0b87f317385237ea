"""The job title an email states: where it sits in the sentence, in labelled lines and in subjects.

"your application for the X position", "the position of X at Y", "Position: X", "X at Y" in a
subject, and a job-board card (title line above "Company · Place") each say where a title is.

This module tries the places' candidates from the most trusted down; the places are title_subject,
title_body and title_cards, a candidate is judged in title_judgement (its shape in title_shape), its
requisition code read in title_codes.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence

from tracker.cohort_words import ENGLISH_MONTHS, ENGLISH_SEASONS
from tracker.extraction.care_units import is_care_unit
from tracker.extraction.places import only_places
from tracker.extraction.romance_working_hours import without_working_hours_tag
from tracker.extraction.spanish_titles import with_languages
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_applicant_names import without_applicant_name
from tracker.extraction.title_beside_code import BESIDE_CODE_WEIGHT, titles_beside_the_subjects_code
from tracker.extraction.title_body import (
    BODY_WEIGHTS,
    LINE_WEIGHTS,
    body_anchors_by_weight,
    body_titles,
    generic_titles,
    names_post_by_capitals,
)
from tracker.extraction.title_brackets import with_bracket_written_after
from tracker.extraction.title_cards import CARD_NEWS, CARD_WEIGHT, CELL_WEIGHT, card_titles, cell_titles
from tracker.extraction.title_clause import with_post_field
from tracker.extraction.title_cleaning import clean_title
from tracker.extraction.title_codes import code_after_title, standalone_requisition
from tracker.extraction.title_fields import names_a_field
from tracker.extraction.title_gender_marks import with_gender_mark, without_employer_after_mark
from tracker.extraction.title_glued_employers import without_glued_employer
from tracker.extraction.title_headings import HEADING_WEIGHT, titles_pointed_above
from tracker.extraction.title_judgement import accept
from tracker.extraction.title_later_readings import later_readings
from tracker.extraction.title_quotes import QUOTE_WEIGHT, quoted_titles
from tracker.extraction.title_reference_lines import (
    REFERENCE_LINE_WEIGHT,
    titles_beside_a_reference,
    titles_in_a_reference_line,
)
from tracker.extraction.title_shape import looks_like_title, names_a_person_role
from tracker.extraction.title_slots import TitleCandidate, as_typed, by_weight
from tracker.extraction.title_subject import (
    ANCHOR_CEILING,
    SEGMENT_WEIGHT,
    SUBJECT_PATTERN_CEILING,
    subject_anchor_titles,
    subject_pattern_titles,
    subject_segment_titles,
)
from tracker.extraction.title_whole_writings import whole_writing
from tracker.extraction.weekdays import ENGLISH as ENGLISH_WEEKDAYS
from tracker.extraction.written_words import word_boundary, word_places

# What other modules import from here: the reading, and the shape tests and card news it is built on.
__all__ = ["CARD_NEWS", "find_title", "looks_like_title", "names_a_person_role"]


def find_title(
    email: PreparedEmail,
    company: str | None,
    excluded_names: set[str],
    hints: Sequence[TitleCandidate] = (),
) -> tuple[str | None, str | None]:
    """The job title this email states and the requisition id stated with it (either may be None).

    Candidates are tried from the most trusted place down (subject before body at equal trust,
    earlier before later); the first that reads as a title wins. `hints` are candidates found
    elsewhere (a calendar event's name, a subject's post).
    """
    # Each place is read only once its best weight is reached (title_slots.by_weight): most mail states
    # its title in a labelled line or an anchored sentence, and the subject's patterns and the cards'
    # structure are never read. The body is read one weight at a time: its weightiest title spares
    # reading its lighter anchors and scanning its lines for labels or references.
    anchored = body_anchors_by_weight(email)
    candidates = by_weight(
        [
            (max((hint.weight for hint in hints), default=0.0), lambda: hints),
            (SUBJECT_PATTERN_CEILING, lambda: subject_pattern_titles(email.subject)),
            (ANCHOR_CEILING, lambda: subject_anchor_titles(email)),
            *(
                (weight, functools.partial(body_titles, email, weight, anchored.get(weight, []), company))
                for weight in BODY_WEIGHTS
                if weight in anchored or weight in LINE_WEIGHTS
            ),
            (QUOTE_WEIGHT, lambda: quoted_titles(email)),
            (CARD_WEIGHT, lambda: card_titles(email, company)),
            (CELL_WEIGHT, lambda: cell_titles(email, company)),
            (SEGMENT_WEIGHT, lambda: subject_segment_titles(email.subject, company, email.body)),
            (BESIDE_CODE_WEIGHT, lambda: titles_beside_the_subjects_code(email)),
            (REFERENCE_LINE_WEIGHT, lambda: titles_beside_a_reference(email)),
            (REFERENCE_LINE_WEIGHT, lambda: titles_in_a_reference_line(email, company)),
            (HEADING_WEIGHT, lambda: titles_pointed_above(email)),
        ]
    )
    # The generic "the X position" costs a scan of its own: read only when nothing else gave a title.
    # Its title stands before the post's noun: a role's word there is the title in lowercase too.
    # A person's "the Cellar Door Host role": two or more capitalised words before a post's noun name the
    # post whatever their nouns (as a subject's "Front of House position" does).
    generic = (
        TitleCandidate(raw, 1.0, not names_post_by_capitals(email.body, m), names_a_person_role(raw.strip()))
        for m in generic_titles(email.body_lower)
        for raw in (email.body[m.start("t") : m.end("t")],)
    )
    chain = itertools.chain(candidates, generic)
    for candidate in chain:
        accepted = accept(candidate, company, excluded_names)
        if accepted:
            title, requisition_id = accepted
            if len(title) <= _LONGEST_ACRONYM and title.isupper() and title.isalpha():
                title = (
                    _spelled_out(title, email.body)
                    or _spelled_out_later(title, chain, company, excluded_names)
                    or title
                )
            else:
                title = _fuller_in_subject(title, chain, email, company, excluded_names)
                if title in email.subject:  # "OH Nurse role" over "the Occupational Health Nurse position"
                    later = later_readings(chain, company, excluded_names, _LATER_CANDIDATES)
                    title = whole_writing(title, later, email.subject, email.body)
            before_tail = _without_site_written_after(_with_field(title, email), email.body)
            title = _with_dash_tail(before_tail, email.body)
            # The body's "the X – Y position" names the post whole: the subject's shorter segment is no cut.
            named_whole = title != before_tail or _named_before_posts_noun(title, email.body)
            title = with_bracket_written_after(title, email.body, company)
            title = with_post_field(title, email, company)
            title = with_languages(title, email.body)
            if named_whole:
                pass
            elif " - " in title and company is None:
                title = _without_tail_the_subject_leaves_off(title, email.subject)
            elif (" - " in title or ", " in title) and title not in email.subject:
                title = _without_unit_the_subject_leaves_off(title, email.subject)
            title = without_working_hours_tag(without_applicant_name(title, email.body, email.subject))
            title = without_employer_after_mark(
                without_glued_employer(title, email.body, email.quoted), company
            )
            return as_typed(with_gender_mark(title, email.body)), (
                requisition_id or code_after_title(title, email.body) or standalone_requisition(email)
            )
    return None, standalone_requisition(email)


# "Corvane Systems - SRE - next steps" over "for the Site Reliability Engineer role": the subject's
# acronym is the title the body spells out (one application, whichever mail names it which way).
_LONGEST_ACRONYM = 5


def _spelled_out(acronym: str, body: str) -> str | None:
    """The capitalised words in `body` whose initials are `acronym` ("Site Reliability Engineer"), if any."""
    words = r"[ -]".join(rf"{letter}[a-z]+" for letter in acronym)
    found = re.search(rf"\b{words}\b", body)
    return found.group(0) if found else None


# "Re: Postdoctoral Researcher, Glacial Hydrology" over "thanks for applying for the Postdoctoral Researcher
# post": a person names the post loosely in the sentence, the thread's subject names it whole with its field.
_FIELD_SEPARATORS = (", ", " - ", " – ")


def _fuller_in_subject(
    title: str,
    candidates: Iterator[TitleCandidate],
    email: PreparedEmail,
    company: str | None,
    excluded_names: set[str],
) -> str:
    """`title`, or the first of the next few `candidates` that the subject writes as `title` with its field
    after a comma or a dash (title_fields.py), unless the body writes that field apart from the post."""
    subject = email.subject
    if title not in subject or not any(f"{title}{separator}" in subject for separator in _FIELD_SEPARATORS):
        return title  # most mail: the subject writes no field after the title, and no candidate is read
    for fuller in later_readings(candidates, company, excluded_names, _LATER_CANDIDATES):
        field = fuller[len(title) :]
        if not (fuller.startswith(title) and field.startswith(_FIELD_SEPARATORS) and fuller in subject):
            continue
        field = field.lstrip(",-– ")
        if not names_a_field(title, field, company, email.body):
            return title  # "- Leeds", "- REQ #4471", "- Kelp Genomics Lab": a place, a code, a unit
        if field in email.body and fuller not in email.body:
            return title  # the body writes it apart from the post: where the post sits, not its name
        return fuller
    return title


# "Ihre Bewerbung als MFA" over "Ihre Bewerbung als Medizinische Fachangestellte (m/w/d)": the acronym's
# letters from a compound's parts too, so a later candidate that spells it out is the title.
_LATER_CANDIDATES = 8
_BRACKETED = re.compile(r"\([^()]*\)")


def _spelled_out_later(
    acronym: str, candidates: Iterator[TitleCandidate], company: str | None, excluded_names: set[str]
) -> str | None:
    """The first of the next few `candidates` that reads as a title spelling `acronym` out."""
    for reading in later_readings(candidates, company, excluded_names, _LATER_CANDIDATES):
        if reading and _spells(acronym.lower(), reading):
            return reading
    return None


def _spells(letters: str, title: str) -> bool:
    """Whether `title`'s capitalised words start with `letters`' letters in order and its letters hold them
    all in order: "Medizinische Fachangestellte" spells "mfa", "Directeur Administratif et Financier"
    "daf"."""
    words = _BRACKETED.sub(" ", title).split()
    initials = [word[0].lower() for word in words if word[:1].isupper()]
    if len(initials) < 2 or initials[0] != letters[0] or len(initials) > len(letters):
        return False
    found = iter(letters)
    if not all(initial in found for initial in initials):
        return False
    spelled = iter("".join(words).lower())
    return all(letter in spelled for letter in letters)


# "Candidatura ricevuta - Receptionist Hotel Serena Riva" beside "come Receptionist presso l'Hotel Serena
# Riva": the subject runs the post and its site together, the body writes the site after a preposition.
_SITE_PREPOSITION = re.compile(
    r"\s+(?:at|in|presso|bei|beim|im|am|chez|en|bij|na|no|em|für|à|a)\s+"
    r"(?:(?:the|our|l'|la|il|lo|el|der|die|das|dem|de|het|o|a|le)\s*)?"
)


def _without_site_written_after(title: str, body: str) -> str:
    """`title` without the capitalised words after it that the body writes as the post's site."""
    words = title.split()
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if not tail[:1].isupper() or body.count(tail) <= body.count(f"{head} {tail}"):
            continue  # the usual case (the tail written only as the title's): told without a pattern
        # The head, a preposition and the tail, one after the other (one pattern, compiled once).
        for at in word_places(head, body):
            after = _SITE_PREPOSITION.match(body, at + len(head))
            if after and body.startswith(tail, after.end()) and word_boundary(body, after.end() + len(tail)):
                return head
    return title


# "Research Fellow in Machine Learning", "Lecturer in Economics", "Assistant Professor in Marine Biology":
# an academic post names its field after "in", where the sentence readings end a title before "in" (the
# place of "Barista in Leeds"). After such a post's noun the capitalised words are the field, not a town.
_FIELD_POSTS = {"lecturer", "professor", "fellow", "reader", "researcher", "studentship", "postdoc", "chair"}
_RESEARCH_POSTS = {"associate", "assistant", "officer"}
_FIELD = re.compile(
    r" in ([A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|and|of|&)){0,5})"
    # Or a sentence's lowercase word: "interviewing for the Research Fellow in Marine Ecology last week".
    r"(?=\s*[(\n,.;:!?]|\s+-|$| at | with | within | [a-z])"
)
# A time after "in" is when, not a field: "the Research Assistant in September", "in Spring 2027".
_WHEN_WORDS = frozenset((*ENGLISH_MONTHS, *ENGLISH_SEASONS, *ENGLISH_WEEKDAYS))


def _with_field(title: str, email: PreparedEmail) -> str:
    """`title` with the field the mail writes after it, when it names an academic post."""
    words = title.lower().split()
    if not words or not (
        words[-1] in _FIELD_POSTS or (words[-1] in _RESEARCH_POSTS and "research" in words[:-1])
    ):
        return title
    for text in (email.body, email.subject):
        at = text.find(f"{title} in ")
        if at >= 0 and (field := _FIELD.match(text, at + len(title))):
            if only_places(field.group(1)):  # "Research Fellow in London" is at a place
                return title
            if field.group(1).split()[0].lower() in _WHEN_WORDS:  # "Research Assistant in September"
                return title
            field_words = field.group(1).split()
            while field_words[-1] in ("and", "of", "&"):
                field_words.pop()  # the first word is capitalised: never all of them
            return f"{title} in {' '.join(field_words)}"
    return title


# "for the Site Foreman – Civil job" under the subject "Site Foreman role": the body names the post whole,
# its field or team after a dash, before the post's noun (the labels keep it: "Analyst - Data Governance").
# ("the Buyer – Spares & Repairs posting": an ampersand joins the tail's words, "posting" is the post's noun.)
# A comma before a capitalised field does the same ("the Buyer, Garden Furniture search" under "Buyer role").
_DASH_TAIL = re.compile(
    r"(?: [-–] |, (?=[A-Z]))([A-Za-z][\w&/'+-]*(?: (?:&|[A-Za-z][\w&/'+-]*)){0,3}) "
    r"(?:job|role|position|posting|post|vacancy|opening|search)\b"
)
_NO_TAIL_WORDS = frozenset(
    {"at", "in", "with", "for", "and", "or", "to", "the", "a", "an", "our", "your", "this"}
)


def _with_dash_tail(title: str, body: str) -> str:
    """`title` with the tail after a dash or a comma that the body writes it with before a post's noun ("the
    Site Foreman – Civil job", "the Buyer, Garden Furniture search"), where the tail is no clause, place, code
    or work tag."""
    for at in word_places(title, body):
        tail = _DASH_TAIL.match(body, at + len(title))
        if tail is None or (body[max(0, at - 40) : at].split() or [""])[-1][:1].isupper():
            continue  # "Maintenance Electrician – Commercial" holds "Electrician": another's words
        words = tail.group(1).split()
        whole = body[at : tail.end(1)]
        # A code, a place, a state's letters or a work tag after the dash is cut as title_cleaning cuts it.
        if _NO_TAIL_WORDS.isdisjoint(word.lower() for word in words) and clean_title(whole) == (whole, None):
            return whole
    return title


_POSTS_NOUN_AFTER = re.compile(r" (?:job|role|position|posting|post|vacancy|opening|search)\b")


def _named_before_posts_noun(title: str, body: str) -> bool:
    """Whether the body writes `title` whole before a post's noun ("the Analyst, Risk Models role"): the
    post's own name, where a letter's heading writes a unit after the post ("Re: Officer, School of X")."""
    return any(_POSTS_NOUN_AFTER.match(body, at + len(title)) for at in word_places(title, body))


# "vaga Jovem Aprendiz - Banco Horizonte" in a board's body under the subject "Teste online - Jovem
# Aprendiz": a board writes the employer after the post's name where the subject names the post alone.
def _without_tail_the_subject_leaves_off(title: str, subject: str) -> str:
    """`title` without its last " - " part when the subject states the rest as a part of its own and not
    that tail, and the tail names no role (a team or field after a dash is the post's: "Analyst - Risk")."""
    head, _, tail = title.rpartition(" - ")
    at = subject.find(head)
    if at < 0 or tail in subject or names_a_person_role(tail):
        return title
    before, after = subject[:at].rstrip(), subject[at + len(head) :].lstrip()
    own_part = (not before or before[-1] in "-:|–") and (not after or after[0] in "-|–(")
    return head if own_part else title


# "Re: Research Officer, School of Marine Science" in a letter under the subject "Research Officer - Ref
# 4471 - Outcome": the letter's heading writes the unit or site the post sits in after its name, the subject
# names the post alone as a segment of its own (between its dashes, or after a posting's number). The post
# is what both write; the labels name it as the subject does.
_SUBJECT_SEGMENT_ENDS = "-:|–"


def _without_unit_the_subject_leaves_off(title: str, subject: str) -> str:
    """`title` without its last part after a dash or a comma when the subject writes the rest as a segment of
    its own and not that part, and the part names no role and no care unit."""
    for separator in (" - ", ", "):
        head, _, tail = title.rpartition(separator)
        if not head or tail in subject or names_a_person_role(tail) or is_care_unit(tail):
            continue  # a ward or a clinical service is the post's own part ("Nurse - Emergency Department")
        if tail.partition(" (")[0] in subject:
            continue  # the subject writes the part short of its bracket ("X - Adult Care" of "... (Y)")
        at = subject.find(head)
        if at < 0:
            continue
        before, after = subject[:at].rstrip(), subject[at + len(head) :].lstrip()
        opens = not before or before[-1] in _SUBJECT_SEGMENT_ENDS or before[-1].isdigit()
        if opens and (not after or after[0] in "-|–"):
            return head
    return title
