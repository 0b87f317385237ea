"""Every status category a text states as news, by its phrases, then by its sentences' shapes.

A phrase counts only when its sentence states it as news: "if selected, we will invite you to an interview"
is a description of the process, not an invitation. status_rules.py reads one status from these.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from tracker.extraction import meeting_arrangements, receipt_outlines, status_table, work_trials
from tracker.extraction.client_submissions import put_forward_after_own_meeting
from tracker.extraction.every_candidate_tests import asked_of_every_candidate
from tracker.extraction.hire_steps import is_a_check
from tracker.extraction.meeting_cards import meeting_card_at
from tracker.extraction.meeting_or_test import (
    TESTS,
    a_chat_at_an_event,
    a_wish_before_a_test,
    follows_the_test,
    is_one_way,
    names_a_centre,
    no_meeting_ahead,
    only_progress,
    video_named,
    video_sentence,
)
from tracker.extraction.meetings_beyond_tests import named_beyond_the_test
from tracker.extraction.offered_slots import slots_offered_at
from tracker.extraction.phrases import hold_shape, interview_shape, offer_shape, rejection_shape
from tracker.extraction.phrases.assessment_centres import ASSESSMENT_CENTRE, CENTRE_BEHIND
from tracker.extraction.profile_availability import kept_on_a_profile
from tracker.extraction.status_sentences import CLAUSE_MARKS, clause_bounds, is_hedged, sentence_bounds
from tracker.extraction.status_shapes import (
    first_shaped,
    post_held_at,
    shaped_rejection_at,
    test_asked_after,
    test_asked_at,
    time_proposed_at,
)
from tracker.extraction.tests_announced_later import announced_later


@dataclass(frozen=True)
class StatusSignals:
    """Unhedged status phrases found in one text: the first position of each, by category."""

    first: dict[str, int] = field(default_factory=dict)

    def has(self, category: str) -> bool:
        return category in self.first


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


def status_signals(
    text: str, hits: dict[str, list[re.Match[str]]], subject: bool = False, welcomed: bool = False
) -> StatusSignals:
    """Every status category stated as news in `text` (lowercased; `hits` its phrase matches), a body's
    or (`subject`) a subject line's; `welcomed` when the mail's subject welcomes the reader."""
    first = _stated(text, hits, subject, welcomed)
    if not subject and (first.keys() <= {"confirmation", "interview", "assessment"}):
        # "The next step is a paid trial shift. Could you do Saturday?": the reader's work tried, a test
        # (work_trials.py); a chat set beside it keeps the interview.
        trial_at = work_trials.trial_set_at(text, hits)
        if trial_at is not None:
            first["assessment"] = min(first.pop("interview", trial_at), first.get("assessment", trial_at))
    return StatusSignals(first)


def _stated(text: str, hits: dict[str, list[re.Match[str]]], subject: bool, welcomed: bool) -> dict[str, int]:
    """status_signals' reading before a trial at work is weighed: each category's first position."""
    first: dict[str, int] = {}
    receipt_at = _receipt_at(text, hits)
    for category, (phrase_category, whole_sentence) in _BODY_CATEGORIES.items():
        if category == "confirmation":
            # The first receipt no hedge qualifies: _receipt_at's, read the same way (the words before
            # it only) and by nothing below; each of its sentences was read twice.
            if receipt_at is not None:
                first.setdefault(category, receipt_at)
            continue
        for match in hits.get(phrase_category, ()):
            if category in _STEPS and _outlined_after_receipt(text, match, receipt_at):
                continue
            if category == "rejected" and _a_boards_wish(match, receipt_at, hits):
                continue
            if category == "offer" and _start_ahead_in_a_process(text, match, hits):
                continue
            if category == "interview" and a_chat_at_an_event(text, match):
                continue
            if category == "assessment" and announced_later(
                text[slice(*sentence_bounds(text, match.start(), match.end()))]
            ):
                # "La fecha del primer ejercicio se publicará": no test set yet, the application stands in
                # the process (tests_announced_later.py).
                first.setdefault("confirmation", match.start())
                continue
            if category == "interview" and kept_on_a_profile(text, match):
                # "Mettez à jour vos disponibilités dans votre espace": a profile's field, no meeting asked.
                continue
            if not is_hedged(text, match, whole_sentence) and not (
                category == "rejected"
                and (
                    _no_decision(text, match)
                    or _regret_of_a_hold(text, match.start(), match.end(), hits)
                    or _meeting_called_off_in_a_hold(text, match, hits)
                )
            ):
                if category == "withdrawn" and _someone_else_chosen(text, match, hits):
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
                    category == "interview" and is_one_way(text, match, video_named(text, match))
                )
                first.setdefault("assessment" if recorded else category, match.start())
                break
    if "interview" in first and first.keys() & TESTS and no_meeting_ahead(text, hits):
        # "Thank you for interviewing with us ... the next step is an online assessment": the meeting
        # thanked for is behind the reader, the step it leads to is the news; "the second round is a
        # written case study": the round is the test.
        del first["interview"]
    if not subject and "interview" in first and not first.keys() & TESTS:
        # "Happy to move you to the next stage. Here's the take-home: ...": progress that names no
        # meeting, then a test asked in the mail's own words (test_shape.py): the test is the step.
        progressed_at = only_progress(text, hits)
        tested_at = None if progressed_at is None else test_asked_after(text, hits, progressed_at)
        if tested_at is not None:
            del first["interview"]
            first["assessment"] = tested_at
        elif _test_then_meeting(text, hits, first["interview"]):
            # "A personality questionnaire of about 40 minutes: <link>. We'll discuss the results at the
            # next interview": a test asked in the mail's own words, the meeting it leads to named after it.
            first["assessment"] = first.pop("interview")
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
        return first
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
        # "Send us the case by Monday; then comes a second interview": the meeting after the test is no step.
        if shaped is not None and not (
            first.keys() & TESTS
            and (
                follows_the_test(text, hits, shaped)
                or a_wish_before_a_test(text, hits, shaped)
                or named_beyond_the_test(
                    text, hits, shaped, sentence_bounds(text, shaped.start(), shaped.end())
                )
            )
        ):
            test = is_one_way(text, shaped, video_sentence(text, shaped)) or names_a_centre(text, shaped)
            first.setdefault("assessment" if test else "interview", shaped.start())
    if not subject and not first.keys() & _OUTRANK_TEST:
        # "Please return the completed questionnaire by Friday": a test asked of the reader. (A subject
        # holds no sentence: a portal's "A Task Awaits You: Complete Questionnaire" is its to-do list.)
        asked_at = test_asked_at(text, hits.get("TEST_SHAPE", ()), hits.get("SIZE_SHAPE", ()))
        if asked_at is None:
            # "Bevor wir einladen, bitten wir alle, einen Online-Test zu bearbeiten. Link: ...": every
            # candidate asked, the reader among them (every_candidate_tests.py).
            asked_at = asked_of_every_candidate(text, hits.get("TEST_SHAPE", ()))
        if asked_at is not None:
            first["assessment"] = asked_at
        else:
            # "Does Friday 4:15pm work? We'd do it on Google Meet": a day and a clock time proposed, with
            # how the meeting would happen, is an invitation with no meeting's noun.
            proposed_at = time_proposed_at(text, hits.get("TIME_SHAPE", ()))
            if proposed_at is None and hits.get("TIME_SHAPE"):
                # "Would any of these work?\n- Tue 3 June, 10:00\n- Wed 4 June, 14:30": dated slots offered
                # to choose from, whatever the meeting is called (offered_slots.py).
                proposed_at = slots_offered_at(text)
            if proposed_at is not None:
                first["interview"] = proposed_at
            elif not first:
                # "Date : mardi 11 mars / Heure : 10 h 00 / Lieu : ...": a meeting laid out as a card, in
                # mail stating nothing else (meeting_cards.py).
                card_at = meeting_card_at(text)
                if card_at is not None:
                    first["interview"] = card_at
    if "interview" in first and put_forward_after_own_meeting(text, hits, receipt_at, first["interview"]):
        # "Really enjoyed our call. I've sent your resume and my notes to their hiring manager": the agency's
        # own conversation is behind the reader, its putting them forward to the client the news.
        del first["interview"]
    return first


def _test_then_meeting(text: str, hits: dict[str, list[re.Match[str]]], interview_at: int) -> bool:
    """True when a test is asked (test_shape.py) before the first interview phrase (at `interview_at`), or
    anywhere where every interview phrase names a meeting behind the reader ("c'était un plaisir d'échanger
    avec vous mardi") or beyond the test ("to go through to the interview, complete the exercise":
    meetings_beyond_tests.py), and no interview phrase names a meeting of its own
    (meeting_or_test.no_meeting_ahead)."""
    asked_at = test_asked_at(text, hits.get("TEST_SHAPE", ()), hits.get("SIZE_SHAPE", ()))
    if asked_at is None:
        return False
    behind_or_beyond = all(
        _behind_or_beyond_the_test(text, hits, meeting) for meeting in hits.get("INTERVIEW", ())
    )
    return (asked_at < interview_at or behind_or_beyond) and no_meeting_ahead(text, hits)


def _behind_or_beyond_the_test(
    text: str, hits: dict[str, list[re.Match[str]]], meeting: re.Match[str]
) -> bool:
    """True when an interview phrase's clause names a meeting held (interview_shape.names_a_held_meeting) or
    its sentence names it beyond a test (meetings_beyond_tests.py)."""
    sentence = sentence_bounds(text, meeting.start(), meeting.end())
    clause = clause_bounds(text, sentence, meeting.start(), meeting.end())
    return interview_shape.names_a_held_meeting(text[slice(*clause)]) or named_beyond_the_test(
        text, hits, meeting, sentence
    )


def _receipt_at(text: str, hits: dict[str, list[re.Match[str]]]) -> int | None:
    """Where the first receipt of the application stated as news starts, if any."""
    return next(
        (match.start() for match in hits.get("CONFIRMATION", ()) if not is_hedged(text, match, False)), None
    )


def _outlined_after_receipt(text: str, match: re.Match[str], receipt_at: int | None) -> bool:
    """True when a step's phrase stands after the receipt in a sentence naming it to nobody: the process
    outlined ("2. Phone screen 3. Interview with the team"; receipt_outlines.py), no step set."""
    if receipt_at is None or match.start() <= receipt_at:
        return False
    sentence = text[slice(*sentence_bounds(text, match.start(), match.end()))]
    return receipt_outlines.outlines_the_process(sentence)


def _start_ahead_in_a_process(text: str, match: re.Match[str], hits: dict[str, list[re.Match[str]]]) -> bool:
    """True when an offer's phrase only speaks of the reader's start date ("before your start date") after
    the mail's own news, a receipt or a step it invites to: what comes later outlined, no offer made."""
    if not _START_SPOKEN_OF.search(match.group(0)):
        return False
    receipts = hits.get("CONFIRMATION", ())
    if any(
        receipt.start() < match.start()
        and not is_a_check(receipt.group(0))
        and not is_hedged(text, receipt, False)
        for receipt in receipts
    ):
        return True  # a receipt of the application, not a check's name ("background check")
    return any(
        step.start() < match.start() and not is_hedged(text, step, True)
        for category in ("INTERVIEW", "ASSESSMENT")
        for step in hits.get(category, ())
    )


# The reader's start in the OFFER tables' "before your start date" and its kin in each language.
_START_SPOKEN_OF = re.compile(
    r"\bstart(?:ing)? date\b|\b(?:startdatum|eerste werkdag|indiensttreding|eintrittstermin|arbeitsbeginn|"
    r"ersten arbeitstag|eintritt|dienstantritt|incorporación|primer día|admissão|primeiro dia|primo giorno|"
    r"premier jour)\b|\bdate d.(?:entrée|embauche|arrivée)\b|\bprise de (?:poste|fonctions?)\b"
    r"|\b(?:fecha|data) d[ei] (?:incorporación|inicio|ingreso|início|admissão|assunzione)\b"
)


def _a_boards_wish(
    match: re.Match[str], receipt_at: int | None, hits: dict[str, list[re.Match[str]]]
) -> bool:
    """True when a rejection's phrase only wishes the reader luck in their search, after a receipt, in mail
    that lists other jobs: a board's receipt ("Je sollicitatie is verstuurd ... Vergelijkbare vacatures ...
    Succes met je zoektocht!") wishes luck and decides nothing."""
    return (
        receipt_at is not None
        and receipt_at < match.start()
        and bool(hits.get("JOB_ALERT"))
        and _WISH.search(match.group(0)) is not None
    )


# The luck wished for a search: "good luck", "succes met je zoektocht", "bonne continuation", "viel Erfolg".
_WISH = re.compile(
    r"\b(?:luck|success|succes|succès|réussite|bonne continuation|erfolg|suerte|éxito|sorte|sucesso|fortuna|"
    r"auguri|in bocca al lupo|all the best|best wishes|het beste)\b"
)


def _no_decision(text: str, match: re.Match[str]) -> bool:
    """True when a rejection phrase's sentence is the writer's own absence ("purtroppo giovedì non ci
    sono"; rejection_shape.is_writer_unavailable) or a meeting's practicalities ("leider ist der Parkplatz
    gesperrt"; meeting_arrangements.py): a meeting to move or to find, no decision."""
    sentence = text[slice(*sentence_bounds(text, match.start(), match.end()))]
    return rejection_shape.is_writer_unavailable(sentence) or meeting_arrangements.is_an_arrangement(sentence)


def _regret_of_a_hold(text: str, start: int, end: int, hits: dict[str, list[re.Match[str]]]) -> bool:
    """True when the sentence of a rejection's words (`start`-`end`) or any sentence before it holds the post
    ("we regret to tell you that the role has been put on hold"; "the search is on hold until the spring. We
    will not take your application further"; phrases/hold_shape.py) and the rejection's own sentence chooses
    no one else: the regret is the hold's, the reader's file closes with the post, which is withdrawn. A
    search stopped and the post closed ("no longer recruiting ... and have closed the position") stays the
    reader's rejection."""
    anchors = hits.get("HOLD_SHAPE", ())
    if not anchors:
        return False
    left, right = sentence_bounds(text, start, end)
    if rejection_shape.someone_else_chosen(text[left:right]):
        return False
    if _NEWS_PREFACE.search(text, left, right):
        # "Infelizmente não é a notícia que queríamos. O cliente congelou a vaga": a regret announcing the
        # news is the regret of the news it announces, told in the next sentence or after its reasons
        # ("leider nicht mit den Neuigkeiten, die ich Ihnen bringen wollte. Nach einer Umstrukturierung
        # ... wird die Stelle nicht besetzt"), so long as no other rejection is told before it.
        right = _announced_news_end(text, right, hits)
    if anchors[0].start() >= right:
        return False
    # One rule for how far back: the hold told in the sentence itself or in any sentence before it, read
    # as status_shapes.post_held_at reads a hold (unhedged, no one else chosen in its sentence).
    return post_held_at(text, [held for held in anchors if held.start() < right]) is not None


def _announced_news_end(text: str, preface_end: int, hits: dict[str, list[re.Match[str]]]) -> int:
    """Where the news a preface announces ends: the sentence after it, or the first sentence after it that
    holds the post (status_shapes.post_held_at), unless a rejection (a phrase or a sentence's shape) is told
    before that one."""
    next_end = sentence_bounds(text, preface_end, preface_end)[1]
    held_at = post_held_at(text, [held for held in hits.get("HOLD_SHAPE", ()) if held.start() >= preface_end])
    if held_at is None or held_at < next_end:
        return next_end
    if any(preface_end <= told.start() < held_at for told in hits.get("REJECTION", ())):
        return next_end
    between = [shape for shape in hits.get("REJECTION_SHAPE", ()) if preface_end <= shape.start() < held_at]
    if shaped_rejection_at(text, between) is not None:
        return next_end
    return sentence_bounds(text, held_at, held_at)[1]


# The news a regret may only announce: "unfortunately not the news we hoped for", "lamentablemente no son
# buenas noticias", "leider keine guten Nachrichten".
_NEWS_PREFACE = re.compile(
    r"\b(?:news|notícias?|noticias?|nouvelles?|nachricht(?:en)?|neuigkeit(?:en)?|nieuws|notizi[ae])\b"
)


def _meeting_called_off_in_a_hold(
    text: str, match: re.Match[str], hits: dict[str, list[re.Match[str]]]
) -> bool:
    """True when a rejection's words are said of a meeting ("the interviews planned for 11 March will not
    go ahead") in mail that holds the post ("the recruitment has been put on hold"): the meeting goes with
    the post, which is withdrawn."""
    left, _right = sentence_bounds(text, match.start(), match.end())
    clause_start = max(left, *(text.rfind(mark, left, match.start()) for mark in CLAUSE_MARKS))
    return hold_shape.names_a_meeting(text[clause_start : match.start()]) and (
        post_held_at(text, hits.get("HOLD_SHAPE", ())) is not None
    )


def _someone_else_chosen(text: str, match: re.Match[str], hits: dict[str, list[re.Match[str]]]) -> bool:
    """True when a withdrawal phrase's sentence, or one after it, tells of another candidate chosen or the
    post filled: "A vaga foi encerrada pela empresa. ... Processo finalizado – outro candidato foi
    contratado" closes the post on another's hire, the reader's rejection. A closing after a hold told
    before it ("it was decided to hold the vacancy for now. The vacancy is therefore closed and we will not
    take your application further") is the hold's consequence, unless another was chosen or the post
    filled."""
    left, right = sentence_bounds(text, match.start(), match.end())
    sentence = text[left:right]
    if rejection_shape.someone_else_chosen(sentence):
        return rejection_shape.another_chosen_or_post_filled(sentence) or not _held_before(text, left, hits)
    return any(
        rejection_shape.someone_else_chosen(text[slice(*sentence_bounds(text, other.start(), other.end()))])
        for other in hits.get("REJECTION_SHAPE", ())
        if other.start() > match.end() and not is_hedged(text, other, False)
    )


def _held_before(text: str, start: int, hits: dict[str, list[re.Match[str]]]) -> bool:
    """True when a sentence before `start` holds the post or calls it off (status_shapes.post_held_at)."""
    anchors = [held for held in hits.get("HOLD_SHAPE", ()) if held.end() <= start]
    return bool(anchors) and post_held_at(text, anchors) is not None


# The steps a receipt may outline as its process ahead.
_STEPS = frozenset({"interview", "assessment", "assessment_tool"})
_OUTRANK_OFFER = frozenset({"withdrawn", "rejected", "search_stopped", "offer"})
_OUTRANK_INTERVIEW = _OUTRANK_OFFER | {"interview"}
_OUTRANK_TEST = _OUTRANK_INTERVIEW | TESTS
_NOT_AN_APPLICANTS_MAIL = ("OUTREACH", "JOB_ALERT", "MARKETING")
