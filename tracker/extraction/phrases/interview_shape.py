"""Interview invitations read from the shape of a sentence, in wording no phrase table lists.

Fresh batches found interview news unread whenever it was put in a way the tables don't hold ("Sam
pencilled you in for a conversation on the 14th", "je vous propose un échange jeudi à 10h"). The ways
share a shape: in one sentence,

- the reader (you / your / Sie / vous / usted / je / você / Lei ...),
- a step of the process they are asked to (interview, call, conversation, chat, meeting, Gespräch,
  entretien, entrevista, gesprek, colloquio ...), and
- a day or time, or a verb that sets one (schedule, book, pick a slot, availability, invite),

neither in the past ("thank you for attending the interview on Tuesday") nor negated ("we are unable
to offer you an interview"), nor about learning to interview ("our webinar on interview skills,
Thursday at 6pm"). The caller (status_news) drops hedged sentences and statements about candidates in
general; the kind rules decide whether the mail is about an application at all.

Words are lowercase, in the seven languages (en, de, fr, es, nl, pt, it), matched on lowercased text; most
are interview_words.py's.
"""

from __future__ import annotations

import re

from tracker.extraction.clock_times import CLOCK_TIME, HOUR
from tracker.extraction.phrases import agreed_times
from tracker.extraction.phrases.interview_words import (
    ASKING_WHEN_FRAGMENTS,
    BOOKING_FRAGMENTS,
    DATE_FRAGMENTS,
    DAY_FRAGMENTS,
    MEETING_FRAGMENTS,
    MOVED_FRAGMENTS,
    NEGATION_FRAGMENTS,
    NOT_A_STEP_FRAGMENTS,
    PAST_FRAGMENTS,
    READER_FRAGMENTS,
    SETTLED_FRAGMENTS,
    STEP_FRAGMENTS,
    WHEN_FRAGMENTS,
)
from tracker.extraction.phrases.tables import accents_optional, any_of

# The writer's own interviews, told to a friend ("I'm interviewing at a couple of places"), or a third
# person's ("my friend Ana is interviewing for the role on your team").
_WRITERS_OWN = re.compile(
    r"\b(?:i'm|i am|i've been|is) interviewing\b|"
    r"\bi have (?:an|a few|two|three|some) (?:[\w-]+ )?interviews?\b|\bmy (?:[\w-]+ )?interviews?\b"
)
# A step after another: "complete a work sample before we schedule interviews" asks for the sample.
# ("Ahead of your interview on Tuesday" is the reader's step, set.)
_LATER_STEP = any_of(
    [
        r"\b(?:before|prior to|ahead of|avant|vor|antes de|antes d[oa]s?|prima d[ie]\w*|voorafgaand aan)\b"
        r"(?! (?:your|ihr\w*|dein\w*|votre|ton|tu|su|je|jouw|uw|seu|sua|tuo|tua|suo|il tuo|il suo|la sua) )",
    ]
)
_STEP = any_of(STEP_FRAGMENTS)
_MEETING = any_of(MEETING_FRAGMENTS)
# Steps named as a hiring step, which asking when suits makes an invitation (see _ASKING_WHEN).
INTERVIEW_BY_NAME = any_of(
    [
        r"\b(?:interview|phone screen|screening call)s?\b|\b(?:vorstellungs|bewerbungs|auswahl)gespräch|"
        r"\b(?:telefon|video|online-?)interview|\b(?:entretien|entrevue|entrevista|colloqui[oa]|"
        r"videocolloquio)s?\b|\b(?:sollicitatie|selectie)gesprek",
    ]
)
READER = any_of(READER_FRAGMENTS)
# A proposed time is a clock time ("at 2pm", "14h30", "alle 16", "às 11h", "um 8:45 Uhr", "om 10 uur");
# asked as a question, or set beside a video call's link, it invites whoever reads it, even where the
# sentence names no one: "would Wednesday at 2pm work for a quick chat?", "que tal uma conversa na terça
# às 11h?", "kennenlernen am Montag um 9 Uhr: https://meet.google.com/...".
_CLOCK_FRAGMENTS = [
    rf"\b(?:{CLOCK_TIME})(?!\w)",
    rf"\b(?:alle|a las|om|um|à) (?:ore )?{HOUR}\b",
    # Portuguese "às 10h", "às 10:30", "às 10 horas": folded, "às" is "as", and English "as 2" no time.
    rf"\bàs {HOUR}(?:h|[:h]\d{{2}}| ?horas\b)",
]
CLOCK = any_of(_CLOCK_FRAGMENTS)
# English's bare hour after a day: "would Tuesday at 10 or Wednesday at 2 work?", "tomorrow at 4". A time
# proposed only where the sentences beside it name no other purpose (is_time_proposed).
_BARE_HOUR_FRAGMENT = (
    rf"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)(?: morning| afternoon)? at {HOUR}\b"
    r"(?![:.]?\d| ?(?:%|percent|years?|days?|weeks?|months?|people|of)\b)"
)
_BARE_HOUR = re.compile(_BARE_HOUR_FRAGMENT)
# Where a proposed time may be, found in the phrase index's one pass (category TIME_SHAPE).
TIME_ANCHORS = [accents_optional(fragment) for fragment in (*_CLOCK_FRAGMENTS, _BARE_HOUR_FRAGMENT)]
_VIDEO_LINK = re.compile(
    r"meet\.google\.com|zoom\.us/j|teams\.microsoft\.com/l/meetup|webex\.com|whereby\.com"
)
# A day named: a weekday, "tomorrow", a date ("12 mai", "17/09").
_DAY_NAMED = any_of([*DAY_FRAGMENTS, *DATE_FRAGMENTS, r"\b\d{1,2}[./]\d{1,2}\b"])
# A time proposed in a statement: "I'd suggest Tuesday at 10", "je vous propose jeudi à 14h".
_PROPOSED = re.compile(
    r"\b(?:propos\w*|propon\w*|suggest\w*|vorschlag\w*|vorschlagen|suger\w*|voorstel\w*|stel voor|"
    r"availab\w*|disponib\w*|beschikba\w*|verfügbar\w*|"
    # An invitation to a day and a time is proposed too: "queremos invitarte el lunes 7 a las 9:00".
    r"invit\w*|works? best|suits? you|einlad\w*|eingeladen|uitnodig\w*|convid\w*|convoc\w*|"
    # Dutch splits the verb: "Graag nodigen we je uit op ons kantoor op maandag om 14.00 uur".
    r"nodigen|nodigt)"
)
# How a meeting would happen, beside a proposed time: a call ("ich rufe Sie an", "bellen we via Teams", "te
# ligo"), a video call's service or link, an address ("8 avenue Foch", "Via dei Mulini 3", "Hafenstraße
# 12", "12 High Street"), an office.
_MEANS = re.compile(
    r"\b(?:call|ring|phone|dial|telefonier\w*|anruf\w*|rufe|ruf|appel\w*|llam\w*|ligo|ligamos|ligar|ligue|"
    r"chiam\w*|bellen|bel|videobell\w*|beeldbell\w*|skype|zoom|teams|meet|visio\w*|videocall\w*)\b|"
    r"\b\d{1,4},? (?:rue|avenue|boulevard|bd|place|chemin|allée|quai|cours)\b|"
    r"\b(?:via|viale|piazza|corso|strada|calle|avenida|avda|paseo|plaza|rua|travessa|largo)\b[^\n,.;?]{1,30}?\d|"
    r"\b\d{1,4} (?:[a-z]+ ){1,3}(?:street|road|lane|avenue|way|square)\b|"
    r"(?:straße|strasse|weg|laan|straat|plein|gracht|kade|dijk|allee|platz) ?\d{1,4}\b|"
    r"\b(?:office|offices|bureau|bureaux|büro|kantoor|oficina|oficinas|escritório|ufficio|sede|premises|"
    r"instalaciones|instalações|locaux|räumlichkeiten|vestiging)\b|"
    # A small employer's own place, and its front desk: "bei uns in der Werkstatt", "am Empfang".
    r"\b(?:werkstatt|praxis|kanzlei|filiale|taller|tienda|loja|winkel|werkplaats|atelier|agence|agência|"
    r"magasin|boutique|negozio|laden|shop|store|"
    r"empfang|reception|receptie|recepción|receção|accueil)\b"
)
# A visit to the writer's own place, their way of meeting the reader in person: "come by and see the
# workshop", "que vous passiez nous voir à la cave", "schauen Sie doch bei uns vorbei", "kom gerust even
# langs", "passa a trovarci in laboratorio", "pásate por aquí", "venha nos visitar".
_A_VISIT = re.compile(
    r"\b(?:come|pop|drop|stop|swing) (?:by|over|round)\b|\b(?:pop|drop|stop) in\b|"
    r"\bcome (?:and|to) (?:see|visit|meet) us\b|\bvisit us\b|"
    r"\bvorbei(?:kommen|zukommen|schauen|zuschauen)\b|\b(?:kommen|schauen) sie (?:\w+ ){0,6}vorbei\b|"
    r"\bbesuchen sie uns\b|\b(?:pass|ven)\w{0,4} nous (?:voir|rendre visite)\b|"
    r"\blangs(?:komen|te komen)\b|\bkom (?:\w+ ){0,2}langs\b|"
    r"\b(?:pasar(?:te|se)?|p[aá]sate|p[aá]sese|venir|ven|venga) (?:a vernos|por aqu[ií])\b|"
    r"\b(?:passare|passa|passi|venire|vieni|venga) (?:a trovarci|da noi)\b|"
    r"\b(?:passar|passe|vir|venha) (?:por cá|cá|aqui)\b|\bnos visitar\b|\bvisitar-nos\b"
)
# The writer fixing a meeting as settled ("dann sehen wir uns am Donnerstag um 14 Uhr"): it is set for the
# reader as a proposal asks them.
_SETTLED = any_of(SETTLED_FRAGMENTS)
# A list's item: its mark ("- ", "• ", "* ") or its number ("2. ", "3) ") opening the line.
_LIST_ITEM = re.compile(r"\s{0,4}(?:[-•*·–]|\d{1,2}[.)])\s")
WHEN = any_of(WHEN_FRAGMENTS)
_BOOKING = any_of(BOOKING_FRAGMENTS)
_ASKING_WHEN = any_of(ASKING_WHEN_FRAGMENTS)
_PAST = any_of(PAST_FRAGMENTS)
_MOVED = any_of(MOVED_FRAGMENTS)
_NEGATION = any_of(NEGATION_FRAGMENTS)
_NOT_A_STEP = any_of(NOT_A_STEP_FRAGMENTS)
# Where a shaped sentence may be, found in the phrase index's one pass over a text (category
# INTERVIEW_SHAPE): the sentence around each is then read whole.
ANCHORS = [accents_optional(fragment) for fragment in (*STEP_FRAGMENTS, *MEETING_FRAGMENTS)]


def names_a_day(text: str) -> bool:
    """True when a (lowercased) text names a day: a weekday, "tomorrow", a date ("12 mai", "17/09")."""
    return _DAY_NAMED.search(text) is not None


def names_a_held_meeting(clause: str) -> bool:
    """True when a (lowercased) clause naming a meeting thanks for it or follows it ("thank you for
    interviewing with us", "suite à notre entretien"): a step already taken, unless the clause also sets
    one ("thanks for confirming the interview")."""
    return bool(_PAST.search(clause)) and not _BOOKING.search(clause)


def is_interview_shaped(sentence: str) -> bool:
    """True when a (lowercased, unhedged) sentence asks the reader to a step of the process at a time it
    names or books, or to an interview by name at a time it asks for."""
    step = _STEP.search(sentence)
    when = WHEN.search(sentence)
    if step is None and when is not None:
        step = _MEETING.search(sentence)
    # A meeting moved is the reader's whoever the sentence names: "can we rearrange the interview?".
    moved = step is not None and _MOVED.search(sentence) is not None
    if (
        step is None
        or not (moved or READER.search(sentence) or _a_time_proposed(sentence))
        or _LATER_STEP.search(sentence, 0, step.start())
    ):
        return False
    if not (
        when
        or moved
        or _BOOKING.search(sentence)
        or (INTERVIEW_BY_NAME.search(sentence) and _ASKING_WHEN.search(sentence))
    ):
        return False
    return not _taken_back(sentence)


def _taken_back(sentence: str) -> bool:
    """True when a (lowercased) sentence that names a step at a time puts it in the past, negates it, makes
    it no step of a process (a webinar on interview skills) or the writer's own."""
    return bool(
        _PAST.search(sentence)
        or _negated(sentence)
        or _NOT_A_STEP.search(sentence)
        or _WRITERS_OWN.search(sentence)
    )


def _a_time_proposed(sentence: str) -> bool:
    """True when a (lowercased) sentence proposes a clock time as a question or with a video call's link."""
    return CLOCK.search(sentence) is not None and (
        sentence.rstrip().endswith("?") or _VIDEO_LINK.search(sentence) is not None
    )


# Portuguese "no" is "in the" ("no seguimento da sua candidatura", "no escritório na terça"): in a sentence
# written in Portuguese, only "não" negates.
PORTUGUESE_TEXT = re.compile(
    r"\b(?:você|lhe|sua|seu|não|nossa|nosso|até|pelo|pela|têm|convidamo|seguimento|às|uma)\b|-(?:la|lo|lhe)\b"
)


def _negated(sentence: str) -> bool:
    """True when a negation of the seven languages stands in `sentence`."""
    return negation_in(sentence, _NEGATION)


def negation_in(sentence: str, negation: re.Pattern[str]) -> bool:
    """True when `negation` finds a negation in `sentence`: Portuguese "no" is "in the", no negation."""
    return any(
        found.group(0) != "no" or not PORTUGUESE_TEXT.search(sentence)
        for found in negation.finditer(sentence)
    )


# A meeting its writer says is no interview: an introduction's coffee, a friend's chat.
_NO_INTERVIEW = re.compile(r"\b(?:no|not an?|not a formal) interview\b")


def is_time_proposed(sentence: str, beside: str) -> bool:
    """True when a (lowercased) sentence proposes the reader a day and a clock time, asked as a question,
    with a word proposing it or settled by the writer ("dann sehen wir uns am Donnerstag um 14 Uhr"), and it
    or the sentences `beside` it (the one before, the rest of its paragraph) say how the meeting would happen
    (a call, a link, an address, an office, a visit to the writer's place) or name it: "does Friday 4:15pm
    work? We'd do it on Google Meet", "können wir am Donnerstag um 10:30 Uhr telefonieren?", "Our CTO would
    like to chat. Free Thursday at 4?", "pass by the workshop; Tuesday at 10?". Not a past or refused one."""
    if not ((CLOCK.search(sentence) or _BARE_HOUR.search(sentence)) and _DAY_NAMED.search(sentence)):
        return False
    # A booking verb alone confirms as often as it invites ("votre voyage du 4 novembre est confirmé"), and
    # "organised" describes: a question or a proposal is asked of the reader, or the writer settles it
    # with them ("nos vemos el jueves a las 10 en la oficina").
    # One of the slots listed under the line proposing them ("I can offer these slots:\n- Tuesday 3 June,
    # 10:00"), or asked to choose from after them ("Which suits you best?"): the list's line asks.
    listed = _LIST_ITEM.match(sentence) is not None and bool(_PROPOSED.search(beside) or "?" in beside)
    # Agreed between writer and reader ("Passt, dann Dienstag 17 Uhr.", "jeudi 14h, ça vous va ?"), the
    # time is a meeting's whatever its means (agreed_times.py).
    agreed = agreed_times.settles_a_time(sentence) or agreed_times.asks_if_it_suits(sentence)
    if not (
        sentence.rstrip().endswith("?")
        or _PROPOSED.search(sentence)
        or _SETTLED.search(sentence)
        or listed
        or agreed
    ):
        return False
    around = f"{sentence} {beside}"
    if "interview" in around and _NO_INTERVIEW.search(around):
        return False  # "How about a coffee on Thursday at 11? No interview, just a chat."
    if not (
        agreed
        or _MEANS.search(around)
        or _A_VISIT.search(around)
        or _VIDEO_LINK.search(around)
        or _STEP.search(around)
        or _MEETING.search(around)
    ):
        return False
    return not _taken_back(sentence)
