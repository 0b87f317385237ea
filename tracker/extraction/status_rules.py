"""Where an application stands, read from the body; the subject only when the body says nothing.

ATS rejections reuse the confirmation's subject, so the body decides. A phrase counts only when
its sentence states it as news: "if selected, we will invite you to an interview" is a description
of the process, not an invitation. Final statuses outrank progress: a rejection that thanks you for
interviewing is a rejection.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from tracker.extraction import meeting_arrangements, phrases, status_table
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.phrases import (
    hold_shape,
    interview_shape,
    offer_shape,
    recorded_interview,
    rejection_shape,
)
from tracker.extraction.phrases.assessment_centres import ASSESSMENT_CENTRE, CENTRE_BEHIND
from tracker.extraction.status_sentences import CLAUSE_MARKS, is_hedged, sentence_bounds
from tracker.extraction.status_shapes import (
    first_shaped,
    post_held_at,
    shaped_rejection_at,
    test_asked_at,
    time_proposed_at,
)
from tracker.extraction.text import PreparedEmail
from tracker.models import Status


@dataclass(frozen=True)
class StatusSignals:
    """Unhedged status phrases found in one text: the first position of each, by category."""

    first: dict[str, int] = field(default_factory=dict)

    def has(self, category: str) -> bool:
        return category in self.first


@dataclass(frozen=True)
class StatusReading:
    """The status an email states (None when it states none) and how it was read."""

    status: Status | None
    strength: float
    from_subject: bool = False
    signals: StatusSignals = field(default_factory=StatusSignals)
    # False when the status is a guess from an update subject that states none (see SUBJECT_UPDATE).
    stated: bool = True
    # The subject's own signals, read once for every step that weighs them (the kind's reading too).
    subject_signals: StatusSignals = field(default_factory=StatusSignals)


# category -> (phrase category, hedged by words anywhere in the sentence (True) or only before the phrase)
_BODY_CATEGORIES: dict[str, tuple[str, bool]] = {
    "withdrawn": ("WITHDRAWN", False),
    "rejected": ("REJECTION", False),
    "search_stopped": ("SEARCH_STOPPED", False),
    "offer": ("OFFER", True),
    "interview": ("INTERVIEW", True),
    "assessment": ("ASSESSMENT", True),
    "assessment_tool": ("ASSESSMENT_TOOL", True),
    "confirmation": ("CONFIRMATION", False),
}
_SUBJECT_CATEGORIES = (
    (Status.WITHDRAWN, phrases.SUBJECT_WITHDRAWN),
    (Status.REJECTED, phrases.SUBJECT_REJECTION),
    (Status.OFFER, phrases.SUBJECT_OFFER),
    (Status.INTERVIEW, phrases.SUBJECT_INTERVIEW),
    (Status.ASSESSMENT, phrases.SUBJECT_ASSESSMENT),
)
_STRONG = 0.9
_CLEAR = 0.8
_FROM_SUBJECT = 0.6
_GUESSED = 0.3


def status_signals(
    text: str, hits: dict[str, list[re.Match[str]]], subject: bool = False, welcomed: bool = False
) -> StatusSignals:
    """Every status category stated as news in `text` (lowercased; `hits` its phrase matches), a body's
    or (`subject`) a subject line's; `welcomed` when the mail's subject welcomes the reader."""
    first: dict[str, int] = {}
    for category, (phrase_category, whole_sentence) in _BODY_CATEGORIES.items():
        for match in hits.get(phrase_category, ()):
            if not is_hedged(text, match, whole_sentence) and not (
                category == "rejected"
                and (_no_decision(text, match) or _regret_of_a_hold(text, match.start(), match.end(), hits))
            ):
                if category == "withdrawn" and _someone_else_chosen(text, match):
                    # "o processo foi encerrado e a vaga foi preenchida por outro candidato": the process
                    # closed on another's hiring is the reader's rejection, not a cancelled post.
                    first.setdefault("rejected", match.start())
                    break
                centre = category == "interview" and ASSESSMENT_CENTRE.search(match.group(0)) is not None
                if centre and CENTRE_BEHIND.search(text, max(0, match.start() - 60), match.start()):
                    # "Following the assessment centre, ... a final interview": the centre is behind the
                    # reader, the step it leads to is the news.
                    continue
                # A one-way (recorded) video interview and an assessment centre are tests, not a
                # conversation with a person.
                recorded = centre or (
                    category == "interview"
                    and _is_one_way(text, match, _VIDEO.search(match.group(0)) is not None)
                )
                first.setdefault("assessment" if recorded else category, match.start())
                break
    if "interview" in first and first.keys() & _TESTS and _no_meeting_ahead(text, hits):
        # "Thank you for interviewing with us ... the next step is an online assessment": the meeting
        # thanked for is behind the reader, the step it leads to is the news; "the second round is a
        # written case study": the round is the test.
        del first["interview"]
    if not subject and not first.keys() & _OUTRANK_OFFER:
        # "The position has been put on pause": the post held, in wording no table lists (withdrawn); read
        # before a rejection's shape, as its consequence is one ("the vacancy was withdrawn, so your
        # application will not be taken further").
        held_at = post_held_at(text, hits.get("HOLD_SHAPE", ()))
        if held_at is not None:
            first["withdrawn"] = held_at
    if "rejected" not in first and "withdrawn" not in first:
        shaped_at = shaped_rejection_at(text, hits.get("REJECTION_SHAPE", ()))
        if shaped_at is not None and not _regret_of_a_hold(text, shaped_at, shaped_at, hits):
            first["rejected"] = shaped_at
    if first.keys() <= {"confirmation"}:
        # A portal's table ("Job title  Applied  Status / Legal Secretary  02/03  Declined") where no
        # phrase stated news: the cell under Status is the news.
        in_table = status_table.status_cell(text)
        if in_table is not None:
            first.setdefault(*in_table)
    # Progress in wording no table lists, read from the sentence's shape; only where nothing that
    # outranks it was found (resolve's order), so a shape never overturns a stated decision.
    # Not in a recruiter's cold approach, a listing or marketing: "wann passt Ihnen ein kurzes Telefonat?"
    # asks a stranger, not an applicant. A mail that also thanks for the application ("a chat about the
    # role" after "thanks for applying") is the applicant's.
    if any(hits.get(category) for category in _NOT_AN_APPLICANTS_MAIL) and not (
        "confirmation" in first or hits.get("APPLICATION_REFERENCE")
    ):
        return StatusSignals(first)
    if not first.keys() & _OUTRANK_OFFER:
        offer_anchors = hits.get("OFFER_SHAPE", ())
        if offer_anchors:
            # Under a welcome, the first day dated is no offer phrase: the welcome is a step of the hire,
            # read as an offer from the welcome itself where nothing else is stated (hire_steps.py).
            dated_first_day = not (welcomed or offer_shape.WELCOME.search(text))
            shaped = first_shaped(
                text,
                offer_anchors,
                functools.partial(offer_shape.is_offer_shaped, dated_first_day=dated_first_day),
            )
            if shaped is not None:
                first["offer"] = shaped.start()
    if not first.keys() & _OUTRANK_INTERVIEW:
        shaped = first_shaped(text, hits.get("INTERVIEW_SHAPE", ()), interview_shape.is_interview_shaped)
        # "Invited you to an on-demand video interview on Monday": a recorded test, as for the phrases;
        # "invite you to our assessment centre on 2 February": a test too.
        if shaped is not None:
            test = _is_one_way(text, shaped, _video_sentence(text, shaped)) or _names_a_centre(text, shaped)
            first.setdefault("assessment" if test else "interview", shaped.start())
    if not subject and not first.keys() & _OUTRANK_TEST:
        # "Please return the completed questionnaire by Friday": a test asked of the reader. (A subject
        # holds no sentence: a portal's "A Task Awaits You: Complete Questionnaire" is its to-do list.)
        asked_at = test_asked_at(text, hits.get("TEST_SHAPE", ()), hits.get("SIZE_SHAPE", ()))
        if asked_at is not None:
            first["assessment"] = asked_at
        else:
            # "Does Friday 4:15pm work? We'd do it on Google Meet": a day and a clock time proposed, with
            # how the meeting would happen, is an invitation with no meeting's noun.
            proposed_at = time_proposed_at(text, hits.get("TIME_SHAPE", ()))
            if proposed_at is not None:
                first["interview"] = proposed_at
    return StatusSignals(first)


def _no_decision(text: str, match: re.Match[str]) -> bool:
    """True when a rejection phrase's sentence is the writer's own absence ("purtroppo giovedì non ci
    sono"; rejection_shape.is_writer_unavailable) or a meeting's practicalities ("leider ist der Parkplatz
    gesperrt"; meeting_arrangements.py): a meeting to move or to find, no decision."""
    sentence = text[slice(*sentence_bounds(text, match.start(), match.end()))]
    return rejection_shape.is_writer_unavailable(sentence) or meeting_arrangements.is_an_arrangement(sentence)


def _regret_of_a_hold(text: str, start: int, end: int, hits: dict[str, list[re.Match[str]]]) -> bool:
    """True when the sentence of a rejection's words (`start`-`end`) holds the post ("we regret to tell you
    that the role has been put on hold"; phrases/hold_shape.py): the regret is the hold's, the post withdrawn.
    A search stopped and the post closed ("no longer recruiting ... and have closed the position") stays
    the reader's rejection."""
    left, right = sentence_bounds(text, start, end)
    return any(
        left <= held.start() < right for held in hits.get("HOLD_SHAPE", ())
    ) and hold_shape.is_post_held(text[left:right])


def _someone_else_chosen(text: str, match: re.Match[str]) -> bool:
    """True when a withdrawal phrase's sentence also tells of another candidate chosen or the post filled."""
    return rejection_shape.someone_else_chosen(
        text[slice(*sentence_bounds(text, match.start(), match.end()))]
    )


_TESTS = frozenset({"assessment", "assessment_tool"})
_TEST_PHRASES = ("ASSESSMENT", "ASSESSMENT_TOOL")
# A step named by its place in the process only ("the second round", "la fase successiva").
_BARE_ROUND = re.compile(r"\b(?:round|stage|step|phase|runde|ronde|tour|ronda|fase|etapa)\b")


def _no_meeting_ahead(text: str, hits: dict[str, list[re.Match[str]]]) -> bool:
    """True when no unhedged interview phrase of `text` names a meeting ahead: each sits in a clause that
    thanks for the meeting or follows it (interview_shape.names_a_held_meeting), or names only a round
    that its sentence then calls a test ("the second round is a written case study")."""
    for match in hits.get("INTERVIEW", ()):
        if is_hedged(text, match, whole_sentence=True):
            continue
        left, right = sentence_bounds(text, match.start(), match.end())
        clause_start = max(left, *(text.rfind(mark, left, match.start()) for mark in CLAUSE_MARKS))
        ends = [text.find(mark, match.end(), right) for mark in CLAUSE_MARKS]
        clause_end = min([end for end in ends if end >= 0], default=right)
        if interview_shape.names_a_held_meeting(text[clause_start:clause_end]):
            continue
        if not (_BARE_ROUND.search(match.group(0)) and _a_test_names_the_round(text, hits, match, right)):
            return False
    return True


def _a_test_names_the_round(
    text: str, hits: dict[str, list[re.Match[str]]], round_named: re.Match[str], sentence_end: int
) -> bool:
    """True when a test's phrase follows `round_named` in its sentence, with no interview named between."""
    if interview_shape.INTERVIEW_BY_NAME.search(round_named.group(0)):
        return False
    for category in _TEST_PHRASES:
        for test in hits.get(category, ()):
            if round_named.end() <= test.start() < sentence_end:
                return not interview_shape.INTERVIEW_BY_NAME.search(text, round_named.end(), test.start())
    return False


_VIDEO = recorded_interview.VIDEO


def _names_a_centre(text: str, anchor: re.Match[str]) -> bool:
    """True when the sentence around a shape's anchor names an assessment centre (a test, not a meeting)."""
    return ASSESSMENT_CENTRE.search(text, *sentence_bounds(text, anchor.start(), anchor.end())) is not None


def _video_sentence(text: str, anchor: re.Match[str]) -> bool:
    return _VIDEO.search(text, *sentence_bounds(text, anchor.start(), anchor.end())) is not None


_OUTRANK_OFFER = frozenset({"withdrawn", "rejected", "search_stopped", "offer"})
_OUTRANK_INTERVIEW = _OUTRANK_OFFER | {"interview"}
_OUTRANK_TEST = _OUTRANK_INTERVIEW | _TESTS
_NOT_AN_APPLICANTS_MAIL = ("OUTREACH", "JOB_ALERT", "MARKETING")


def read_status(email: PreparedEmail) -> StatusReading:
    """The status the body states; the subject's only when the body states none."""
    welcomed = offer_shape.WELCOME.search(email.subject_lower) is not None
    signals = status_signals(email.body_lower, email.body_hits, welcomed=welcomed)
    in_subject = status_signals(email.subject_lower, email.subject_hits, subject=True)
    status = resolve(signals)
    subject_status = _subject_news(email, in_subject) if status in (None, Status.APPLIED) else None
    if status is Status.APPLIED and subject_status not in (None, Status.APPLIED):
        # "Your application for X - Not Selected" over a portal's "you applied on our careers site": a
        # body that only acknowledges the application says less than a subject stating its news.
        return StatusReading(subject_status, _FROM_SUBJECT, True, signals, subject_signals=in_subject)
    if status is not None:
        strength = _CLEAR if status in (Status.INTERVIEW, Status.ASSESSMENT) else _STRONG
        return StatusReading(status, strength, False, signals, subject_signals=in_subject)
    if subject_status is not None:
        return StatusReading(subject_status, _FROM_SUBJECT, True, signals, subject_signals=in_subject)
    if _a_recruiters_own_note(email):
        return StatusReading(Status.INTERVIEW, _GUESSED, True, signals, False, in_subject)
    if in_subject.has("confirmation"):
        # "We received your application", "Thank you for your application to Oracle": a receipt stated.
        return StatusReading(Status.APPLIED, _FROM_SUBJECT, True, signals, subject_signals=in_subject)
    # "Thanks for your interest in Acme - jobs you may like": an update subject over a listing is no guess.
    listing = bool(email.subject_hits.get("JOB_ALERT") or email.body_hits.get("JOB_ALERT"))
    if not signals.first and not listing and phrases.SUBJECT_UPDATE.search(email.subject_lower):
        return StatusReading(Status.REJECTED, _GUESSED, True, signals, False, in_subject)
    return StatusReading(None, 0.0, False, signals, subject_signals=in_subject)


# "Your Application for GNC Engineer at Halvorsen": the subject an ATS's receipt also carries.
_ABOUT_YOUR_APPLICATION = re.compile(r"^(?:re: )?your application (?:for|to|at|with)\b")
# A mailbox named like a person has no surname among these: "Advantest Career Opportunities", "noreply@".
_MAILBOX_WORDS = re.compile(r"career|job|recruit|talent|hiring|opportunit|staffing|people|\bhr\b|reply")


def _a_recruiters_own_note(email: PreparedEmail) -> bool:
    """A person (not a careers mailbox or an ATS) writing under "Your application for X at Y", with no body
    kept: a recruiter taking the application on to a conversation, the usual reason to write in person
    after the receipt. A guess (stated=False): a body, when there is one, says what it is."""
    return (
        email.body_was_empty
        and _ABOUT_YOUR_APPLICATION.search(email.subject_lower) is not None
        and looks_like_person_name(email.sender.name)
        and not _MAILBOX_WORDS.search(f"{email.sender.name.lower()} {email.sender.local}")
    )


def resolve(signals: StatusSignals) -> Status | None:
    """One status from all categories found: withdrawal and rejection first, then the furthest step."""
    if signals.has("withdrawn"):
        return Status.WITHDRAWN
    if signals.has("rejected"):
        return Status.REJECTED
    if signals.has("search_stopped"):
        return Status.WITHDRAWN
    if signals.has("offer"):
        return Status.OFFER
    if signals.has("interview"):
        return Status.INTERVIEW
    if signals.has("assessment") or signals.has("assessment_tool"):
        return Status.ASSESSMENT
    if signals.has("confirmation"):
        return Status.APPLIED
    return None


def _subject_news(email: PreparedEmail, in_subject: StatusSignals) -> Status | None:
    """The news a subject states, by its own phrases or the body's ("Acme - we won't be moving forward",
    "Rückmeldung - leider keine Zusage", "your Pymetrics link"): the furthest, final statuses first.
    A receipt is no news here (read_status reads it last)."""
    by_subject_phrases = subject_status_of(email.subject_lower)
    by_body_phrases = resolve(in_subject)
    found = {by_subject_phrases, by_body_phrases} - {None, Status.APPLIED}
    return next((status for status in _NEWS_ORDER if status in found), None)


_NEWS_ORDER = (Status.WITHDRAWN, Status.REJECTED, Status.OFFER, Status.INTERVIEW, Status.ASSESSMENT)


def subject_status_of(subject: str) -> Status | None:
    """The status a (lowercased) subject line alone states, if it states one."""
    for status, pattern in _SUBJECT_CATEGORIES:
        if pattern.search(subject):
            return status
    return None


def _is_one_way(text: str, found: re.Match[str], video_named: bool) -> bool:
    """True when the sentence around `found` (an interview's phrase or a shape's anchor) is about a one-way
    video (phrases/recorded_interview.py): recorded in it, or named a video one (`video_named`) with
    recording said anywhere ("a video interview. record your answers")."""
    left, right = sentence_bounds(text, found.start(), found.end())
    recorded = recorded_interview.RECORDED
    if recorded.search(text, left, right) or phrases.ASSESSMENT_TOOL.search(text, left, right):
        return True
    return video_named and bool(recorded.search(text))
