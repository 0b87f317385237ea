"""Whether an interview's words name a meeting ahead of the reader or a test.

A one-way (recorded) video interview and an assessment centre are tests, not a conversation with a person;
"thank you for interviewing ... the next step is an online assessment" thanks for a meeting behind the
reader, and "the second round is a written case study" names the round a test. status_news.py asks.
"""

from __future__ import annotations

import re

from tracker.extraction import phrases
from tracker.extraction.meetings_beyond_tests import named_beyond_the_test
from tracker.extraction.meetings_on_outcomes import opens_on_the_outcome
from tracker.extraction.phrases import interview_shape, recorded_interview
from tracker.extraction.phrases.assessment_centres import ASSESSMENT_CENTRE
from tracker.extraction.status_sentences import CLAUSE_MARKS, clause_bounds, is_hedged, sentence_bounds
from tracker.extraction.weekdays import DAY_OR_HOUR

TESTS = frozenset({"assessment", "assessment_tool"})
_TEST_PHRASES = ("ASSESSMENT", "ASSESSMENT_TOOL")
_TESTS_NAMED = (*_TEST_PHRASES, "TEST_SHAPE")
# A step named by its place in the process only ("the second round", "la fase successiva").
_BARE_ROUND = re.compile(r"\b(?:round|stage|step|phase|runde|ronde|tour|ronda|fase|etapa)\b")


def a_wish_before_a_test(text: str, hits: dict[str, list[re.Match[str]]], match: re.Match[str]) -> bool:
    """True when an interview's words (`match`) only wish to get to know the reader, at no day or hour in
    their clause, and a test is asked after them: "Wir möchten Sie gerne besser kennenlernen. Als nächsten
    Schritt bitten wir Sie, einen Online-Test zu absolvieren", "queremos conocerte mejor: el siguiente paso
    es un caso práctico". The test is how they get to know the reader."""
    if not _GET_TO_KNOW.search(match.group(0)):
        return False
    sentence = sentence_bounds(text, match.start(), match.end())
    clause_start, clause_end = clause_bounds(text, sentence, match.start(), match.end())
    return not _DAY_OR_HOUR.search(text, clause_start, clause_end) and _a_test_follows(
        text, hits, match.end(), len(text)
    )


def no_meeting_ahead(text: str, hits: dict[str, list[re.Match[str]]]) -> bool:
    """True when no unhedged interview phrase of `text` names a meeting ahead: each sits in a clause that
    thanks for the meeting or follows it (interview_shape.names_a_held_meeting), or names only a round
    that its sentence then calls a test ("the second round is a written case study")."""
    for match in hits.get("INTERVIEW", ()):
        if is_hedged(text, match, whole_sentence=True):
            continue
        left, right = sentence_bounds(text, match.start(), match.end())
        clause_start, clause_end = clause_bounds(text, (left, right), match.start(), match.end())
        if interview_shape.names_a_held_meeting(text[clause_start:clause_end]):
            continue
        if is_one_way(text, match, video_named(text, match)):
            # "The next step is a video interview on <a one-way tool>": recorded, no meeting with a person.
            continue
        # "You've been shortlisted. The next step is a short written exercise": progress that names no
        # meeting, the test after it the step.
        progress_only = _PROGRESS_ONLY.search(match.group(0)) and not _MEETING_NAMED.search(match.group(0))
        if progress_only and _a_test_follows(text, hits, match.end(), len(text)):
            continue
        if a_wish_before_a_test(text, hits, match):
            continue
        # "shortlisted for the next round, which is an online test": a round its sentence names after it.
        round_named = _BARE_ROUND.search(text, match.start(), right)
        if round_named and _a_test_names_the_round(text, hits, match, right):
            continue
        if _MEETINGS_AFTER_TEST.search(text, clause_start, match.end()) and _a_test_follows(
            text, hits, match.end(), right
        ):
            continue
        if follows_the_test(text, hits, match) or named_beyond_the_test(text, hits, match, (left, right)):
            continue
        return False
    return True


# The step that follows the test, in the seven languages: "after that", "then", "daarna volgt", "ensuite",
# "después", "successivamente", "em seguida", "danach"; and "after the test" itself.
_THEN_AFTER = re.compile(
    r"\b(?:then|afterwards|after (?:that|this|the (?:test|assessment|task|exercise|case))|subsequently|"
    r"daarna|vervolgens|hierna|nadien|aansluitend|ensuite|puis|par la suite|à l'issue (?:du|de ce) test|"
    r"después|luego|posteriormente|a continuación|successivamente|in seguito|dopodiché|in un secondo momento|"
    r"depois|em seguida|seguidamente|danach|anschließend|anschliessend|im anschluss)\b"
)
# The test's results to be talked over at the meeting: "de uitslag wordt met je besproken tijdens het tweede
# gesprek", "we'll discuss your results at the interview" (results judged already are behind: "your results
# look good, so we'd like to invite you").
_RESULTS = re.compile(
    r"\b(?:results?|uitslag\w*|resultaten|résultats?|resultados?|risultati?|ergebnisse?|solutions?|"
    r"answers|oplossing|uitwerking|solución|soluzione|solução|réponses|lösung)\b"
)
_DISCUSSED = re.compile(r"\b(?:discuss\w*|go (?:over|through)|besp\w+|discut\w+|comment\w+|analis\w+)")
_DAY_OR_HOUR = re.compile(rf"\b(?:{DAY_OR_HOUR})\b")


def follows_the_test(text: str, hits: dict[str, list[re.Match[str]]], match: re.Match[str]) -> bool:
    """True when an interview's phrase (or a shape's anchor) names the meeting that follows a test the mail
    names before it ("a capacity test by Friday. After that comes the second interview", "the results will
    be discussed at the interview"), its clause setting no day or hour: the test is the step asked now."""
    left, right = sentence_bounds(text, match.start(), match.end())
    # The test by a table's phrase or in the mail's own words ("a personality questionnaire", test_shape.py).
    if not any(test.start() < left for category in _TESTS_NAMED for test in hits.get(category, ())):
        return False
    clause_start = max(left, *(text.rfind(mark, left, match.start()) for mark in CLAUSE_MARKS))
    if _DAY_OR_HOUR.search(text, clause_start, right):
        return False
    before = text[left : match.start()]
    # "If we go further, you'll present it in an interview": a sentence opening on the test's outcome
    # (meetings_on_outcomes.py).
    return (
        _THEN_AFTER.search(before) is not None
        or (_RESULTS.search(before) is not None and _DISCUSSED.search(before) is not None)
        or opens_on_the_outcome(before)
    )


# Progress that names no meeting: shortlisted, taken forward, through to the next stage, "moved to the
# next round" (a round named by its place alone, not "the final round", which is the panel's).
_PROGRESS_ONLY = re.compile(
    r"\bshortlist|\b(?:mov|advanc|progress|tak|bring)\w* (?:you )?(?:forward|through|on)\b|\bthrough to\b"
    r"|\bnext (?:round|stage|step|phase)\b"
)
# A day or time asked of the reader, the step unnamed: "could you do Monday", "does Tuesday work".
_TIME_ONLY = re.compile(
    r"\b(?:can|could) you (?:make|do)\b|\b(?:does|do|would|will) (?:\S+ ){1,3}(?:work|suit)|"
    r"\b(?:are|would) you (?:be )?(?:available|free)\b"
)
# A wish to get to know the reader (better), in the seven languages.
_GET_TO_KNOW = re.compile(
    r"\bget to know you\b|\bkennenlernen\b|\bconocer(?:te|le|la)\b|\b(?:mieux )?(?:vous|te) connaître\b|"
    r"\bconhecê-l[oa]\b|\bconhecer-te\b|\bconoscer(?:ti|la)\b|\bleren kennen\b"
)
_MEETING_NAMED = re.compile(r"\b(?:interview|call|chat|conversation|meeting|screen|coffee)")
# "Before they set up interviews, we ask every candidate to complete a short exercise", "prior to inviting
# anyone to interview, ...": meetings not yet arranged, after the test the sentence then asks for.
_MEETINGS_AFTER_TEST = re.compile(
    r"\b(?:before|prior to|ahead of) (?:(?:we|they|i|the team|the client|the hiring manager) (?:can |will )?"
    r"(?:set up|arrange|schedule|book|line up|invite (?:you|anyone|candidates)(?: to| for)?|move (?:on )?to)|"
    r"(?:setting up|arranging|scheduling|booking|inviting (?:you|anyone|candidates)(?: to| for)?))\s"
)


def only_progress(text: str, hits: dict[str, list[re.Match[str]]]) -> int | None:
    """Where the test the mail asks may start when every unhedged interview phrase of `text` names no
    meeting: one only telling the reader progressed ("we'd like to move you to the next stage", "you have
    been shortlisted"), its test asked after it, or only asking a day ("could you do Monday at 9?") of a
    test the mail names anywhere ("the next step is a practical test at our workshop"). None otherwise."""
    first: int | None = None
    for match in hits.get("INTERVIEW", ()):
        if is_hedged(text, match, whole_sentence=True):
            continue
        said = match.group(0)
        if _MEETING_NAMED.search(said):
            return None
        if _TIME_ONLY.search(said):
            first = 0
        elif _PROGRESS_ONLY.search(said):
            first = match.start() if first is None else first
        else:
            return None
    return first


# Meeting the reader at an event: "good to meet you at the analytics meetup last night", "lovely talking
# with you at the careers fair". Bounded words between, so no backtracking grows with the text.
_MET_AT_AN_EVENT = re.compile(
    r"\b(?:meet|meeting|met|chatting|talking|speaking) (?:with )?you (?:at|during) (?:[\w'&-]+ ){0,4}"
    r"(?:meetup|meet-up|conference|summit|event|mixer|networking|fair|expo|workshop|hackathon|dinner|drinks|"
    r"reception|gala|breakfast)s?\b"
)


def a_chat_at_an_event(text: str, match: re.Match[str]) -> bool:
    """True when an interview's phrase only recalls a conversation held ("I enjoyed our chat") in mail
    that met the reader at an event: networking, no step of any hiring process."""
    sentence = text[slice(*sentence_bounds(text, match.start(), match.end()))]
    return interview_shape.names_a_held_meeting(sentence) and _MET_AT_AN_EVENT.search(text) is not None


def _a_test_follows(text: str, hits: dict[str, list[re.Match[str]]], start: int, sentence_end: int) -> bool:
    """True when a test's phrase stands between `start` and `sentence_end`."""
    return any(
        start <= test.start() < sentence_end for category in _TEST_PHRASES for test in hits.get(category, ())
    )


def _a_test_names_the_round(
    text: str, hits: dict[str, list[re.Match[str]]], round_named: re.Match[str], sentence_end: int
) -> bool:
    """True when a test's phrase follows `round_named` in its sentence, with no interview named between."""
    if interview_shape.INTERVIEW_BY_NAME.search(round_named.group(0)):
        return False
    for category in _TEST_PHRASES:
        for test in hits.get(category, ()):
            # "move you forward to the case study stage": the round named by its test.
            if round_named.start() <= test.start() and test.end() <= round_named.end():
                return True
            if round_named.end() <= test.start() < sentence_end:
                return not interview_shape.INTERVIEW_BY_NAME.search(text, round_named.end(), test.start())
    return False


VIDEO = recorded_interview.VIDEO


def names_a_centre(text: str, anchor: re.Match[str]) -> bool:
    """True when the sentence around a shape's anchor names an assessment centre (a test, not a meeting)."""
    return ASSESSMENT_CENTRE.search(text, *sentence_bounds(text, anchor.start(), anchor.end())) is not None


# How far around an interview's words a word naming it a video one may stand: "entrevista digital",
# "Ihr digitales Interview", "entretien en visio".
_VIDEO_NEAR = 16


def video_named(text: str, found: re.Match[str]) -> bool:
    """True when an interview's words (`found`) are named a video or digital one, in them or next to them."""
    start, end = max(0, found.start() - _VIDEO_NEAR), min(len(text), found.end() + _VIDEO_NEAR)
    return VIDEO.search(text, start, end) is not None


def video_sentence(text: str, anchor: re.Match[str]) -> bool:
    return VIDEO.search(text, *sentence_bounds(text, anchor.start(), anchor.end())) is not None


def is_one_way(text: str, found: re.Match[str], video_named: bool) -> bool:
    """True when the sentence around `found` (an interview's phrase or a shape's anchor) is about a one-way
    video (phrases/recorded_interview.py): recorded in it, or named a video one (`video_named`) with
    recording said anywhere ("a video interview. record your answers")."""
    left, right = sentence_bounds(text, found.start(), found.end())
    recorded = recorded_interview.RECORDED
    if recorded.search(text, left, right) or phrases.ASSESSMENT_TOOL.search(text, left, right):
        return True
    return video_named and bool(recorded.search(text))
