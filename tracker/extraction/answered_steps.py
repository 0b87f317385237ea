"""The step or decision a person answering the reader's CV states in everyday words.

The owner of a pub, a joinery or a bistro who writes back about the CV the reader sent
(answered_applications.py) invites without an interview's word ("come in for a chat on Tuesday", "passez
nous voir mardi", "heb je donderdag tijd voor een kop koffie?", "podia passar cá na quinta para uma
conversa?"), hires without an offer's ("you can start Monday", "je mag zaterdag beginnen", "puedes empezar
el sábado") and turns down without a rejection's ("we've already found someone", "ya hemos encontrado a
alguien para el puesto", "abbiamo già trovato una persona"). Only in such an answer are they the reader's
application's news: the same words from a friend, a landlord or a shop are nobody's hire.
"""

from __future__ import annotations

import re

from tracker.extraction.answered_applications import answers_the_readers_cv
from tracker.extraction.headhunter_approaches import HEADHUNTER_APPROACH
from tracker.extraction.kind_rules import KindReading
from tracker.extraction.status_rules import StatusReading
from tracker.extraction.text import PreparedEmail
from tracker.extraction.weekdays import (
    DUTCH,
    ENGLISH,
    FRENCH,
    GERMAN,
    ITALIAN,
    PORTUGUESE,
    SPANISH,
    TOMORROW,
    one_of,
)
from tracker.models import Kind, Status

# A day soon: any in English, Monday to Saturday in the others, tomorrow.
_DAY = (
    f"(?:{one_of(ENGLISH)}|next week|{one_of(FRENCH[:6])}|{one_of(GERMAN[:6])}|{one_of(SPANISH[:6])}|"
    f"{one_of(DUTCH[:6], PORTUGUESE[:6])}|{one_of(ITALIAN[:6])}|{one_of(TOMORROW)})"
)
# By step, in the seven languages; a decision outranks a start, a start a meeting.
_WORDS = re.compile(
    r"\b(?:"
    # Turned down: the post taken by someone else.
    r"(?P<rejected>already (?:found|taken on|hired|got|picked|chosen) (?:someone|somebody|another)|"
    r"(?:already|we've|we have) filled (?:the|this|that) (?:\w+ )?"
    r"(?:role|position|job|post|vacancy|spot|place)|"
    r"déjà (?:trouvé|recruté|embauché|pris) (?:quelqu'un|une personne|une autre personne)|"
    r"(?:bereits|schon) (?:jemanden|eine andere person) (?:gefunden|eingestellt)|"
    r"ya hemos (?:encontrado|cogido|contratado|elegido) a (?:alguien|otra persona)|"
    r"al iemand (?:anders )?(?:gevonden|aangenomen)|"
    r"(?:functie|vacature|plek) (?:van \w+ )?al (?:ingevuld|vervuld)|"
    r"(?:al|de) (?:functie|vacature) (?:\w+ )?al (?:ingevuld|vervuld)|"
    r"j[áa] (?:encontr[áa]mos|contrat[áa]mos|escolhemos) (?:uma pessoa|algu[ée]m|outra pessoa)|"
    r"(?:abbiamo )?già (?:trovato|scelto|assunto) (?:una persona|qualcuno|un'altra persona))|"
    # Hired: a day to start.
    rf"(?P<offer>you (?:can|could) start (?:on )?{_DAY}|(?:tu peux|vous pouvez) commencer {_DAY}|"
    rf"(?:sie können|du kannst) (?:gerne |gern )?(?:am )?{_DAY} (?:anfangen|beginnen)|"
    rf"puedes? (?:empezar|comenzar) (?:el )?{_DAY}|je (?:mag|kan|kunt) (?:al )?{_DAY} beginnen|"
    rf"pode(?:s)? começar (?:na |no )?{_DAY}|pu(?:oi|ò) (?:iniziare|cominciare) (?:già )?{_DAY})|"
    # Invited: to come by and talk.
    r"(?P<interview>(?:come|pop|drop|swing) (?:in|by|over|round)\b[^.?!\n]{0,40}\b(?:chat|coffee|talk|trial)|"
    rf"(?:come|pop) (?:in|by|over|round) (?:on )?{_DAY}|for a (?:quick |short |informal )?"
    r"(?:chat|coffee|trial shift|trial day)|"
    r"passez (?:nous )?voir|pass(?:er|ez) (?:à|au) (?:l'atelier|la boutique|l'agence|l'entreprise|restaurant|"
    r"bureau|dépôt|magasin)|(?:pour|qu'on) (?:discuter|se rencontrer|faire connaissance)|"
    r"zeit für ein (?:kurzes |erstes )?(?:gespräch|kennenlernen)|(?:bei uns )?vorbei(?:kommen|schauen)?\b|"
    r"zum probearbeiten|(?:kennen)?lernen (?:wir uns|uns) kennen|damit wir uns kennenlernen|"
    r"pas[aá]r?te (?:el |por )|(?:para|y) (?:hablar|charlar|conocernos)|"
    r"(?:een )?kop(?:je)? koffie|langs(?:komen| te komen)|(?:voor )?een (?:kennismakings)?gesprekje|"
    r"passar (?:cá|aqui|por cá|na loja)|vir aqui|para (?:uma conversa|conversarmos|falarmos)|"
    r"passare (?:da noi|in (?:negozio|officina|trattoria|ufficio|cucina|laboratorio|azienda))|"
    r"due chiacchiere|per una prova|ci piacerebbe conoscerti)"
    r")"
)
_ORDER = (Status.REJECTED, Status.OFFER, Status.INTERVIEW)
# Mail the kind rules found no hiring words in: the readings an answered CV's everyday words outweigh.
UNREAD_READINGS = frozenset(
    {
        "job words but no pattern",
        "no job-search language",
        "job words in a language no dev source holds, no pattern",
        "an application, but nothing says it is for a job",
        HEADHUNTER_APPROACH,
    }
)
# As sure as a step stated by hand (hand_sent_steps.py's readings are weighed the same).
_STRENGTH = 0.6
_REASON = "a person answering the reader's CV states a step"


def stated_by_hand(email: PreparedEmail) -> Status | None:
    """The step or decision the mail's everyday words state, the decision first."""
    found = {match.lastgroup for match in _WORDS.finditer(email.body_lower)}
    return next((status for status in _ORDER if status.value in found), None)


def with_answered_step(
    kind: KindReading, status: StatusReading, email: PreparedEmail
) -> tuple[KindReading, StatusReading]:
    """The kind and status of a person's answer to the reader's CV where only its everyday words state its
    step: an application's, at that step (a status the rules read already stands, but a bare receipt's)."""
    unread = kind.kind is not Kind.APPLICATION and kind.reason in UNREAD_READINGS
    unstated = kind.kind is Kind.APPLICATION and status.status in (None, Status.APPLIED)
    if not (unread or unstated) or not answers_the_readers_cv(email):
        return kind, status
    step = stated_by_hand(email)
    if step is None:
        return kind, status
    if unread:
        kind = KindReading(Kind.APPLICATION, _STRENGTH, _REASON)
    return kind, StatusReading(step, _STRENGTH, False, status.signals, subject_signals=status.subject_signals)
