"""The post itself held or called off, read from the shape of a sentence: the reader's application is
withdrawn with it ("withdrawn" by the datasets' convention for a post on hold or cancelled).

Two shapes, in one sentence, the words from hold_words.py: the post (or its hiring, process or search)
and a held state after it ("the Programme Coordinator position has been put on pause", "la ricerca è
stata sospesa", "de vacature is ingetrokken", "die Stelle vorerst nicht zu besetzen"), or a hold verb
before it whose object the post is ("we've decided to freeze this hire", "hemos congelado el proceso",
"la direzione ha sospeso la ricerca"). Neither negated ("the role has not been cancelled") nor hedged
(the caller drops "if the role is cancelled"); a verb's object is the post, not the reader's application
or interview ("we have paused interviews"); a break for the holidays only slows the process ("we have
paused the process over the holidays"). hiring_pauses.py reads the hiring paused "until further notice".

Words are lowercase, in the seven languages (en, de, fr, es, nl, pt, it), matched on lowercased text.
"""

from __future__ import annotations

import re

from tracker.extraction import reader_words
from tracker.extraction.phrases import hold_words
from tracker.extraction.phrases.interview_shape import negation_in
from tracker.extraction.phrases.tables import accents_optional

# Hiring, in the seven languages (hiring_pauses.py reads it too).
HIRING = (
    r"(?:hiring|recruit\w*|intake|programme|program|scheme|cohort|vacanc\w+|recrutement\w*|embauche\w*|assunzion\w+|"
    r"selezion\w+|contrataci[óo]n\w*|selecci[óo]n|recrutamento\w*|contrata[çc](?:[ãa]o|[õo]es)|werving\w*|aanwerving\w*|"
    r"vacature\w*|sollicitatie\w*|einstellung\w*|besetzung\w*|stellenbesetzung\w*|rekrutierung\w*|"
    r"(?:auswahl|bewerbungs|recruiting)(?:verfahren|prozess)\w*)"
)
# The post, the process or its search.
_POST = (
    # A public service's recruitment is its "competition" or "campaign": "this competition is on hold".
    rf"(?:{HIRING}|position|role|post|opening|requisition|search|hire|headcount|competition|campaign|process|stelle|"
    r"ausschreibung|poste|processus|"
    r"puesto|posici[óo]n|posi[çc][ãa]o|vacante|b[úu]squeda|proceso|vaga|processo|posizione|ricerca|inserimento|functie|"
    # The hire as the joining of a new colleague: "paralizar la incorporación del puesto".
    r"incorporaci[óo]n|incorpora[çc][ãa]o|"
    # A public employer's competition and its procedure: "la procedura concorsuale è sospesa", "o
    # procedimento concursal encontra-se suspenso", "la convocatoria queda suspendida".
    r"procedura|procedure|procédure|procedimento|procedimiento|concorso|concurso|concours|convocatoria|"
    # The River Plate's word for a call for applicants: "el llamado quedó suspendido".
    r"llamado|verfahren)"
)
# The states after the post, and the verbs before it (hold_words.py).
_STATE = hold_words.alternation(hold_words.PAUSED, hold_words.CANCELLED)
_NOT_FILLED = hold_words.alternation(hold_words.NOT_FILLED)
_VERB = hold_words.alternation(hold_words.PAUSING, hold_words.CANCELLING, hold_words.STOPPING_NOUNS)
_NOT_FILLING = hold_words.alternation(hold_words.NOT_FILLING)
# (The post's title may stand between: "die Stelle als Content Manager aufgrund einer Umstrukturierung
# vorerst auf Eis".)
# Not a compound the post's word opens: "a role-play where a customer's flight was cancelled".
_POST_HELD = re.compile(
    rf"\b{_POST}\b(?!-\w)[^.!?\n]{{0,90}}?\b(?:{_STATE}|(?P<not_filled>{_NOT_FILLED}))(?!\w)"
)
# A verb's object: the post after a few words ("freeze this hire", "ha sospeso la ricerca").
_HOLDING_POST = re.compile(
    rf"\b(?:{_VERB}|(?P<not_filled>{_NOT_FILLING}))(?!\w)(?P<object>[^.!?\n]{{0,30}}?)\b{_POST}\b"
)
# A meeting, in the seven languages: what is cancelled or paused where it stands for the post ("het gesprek
# voor de functie is geannuleerd", "cancelled the call for the role").
# (German and Dutch compounds too: "Vorstellungsgespräch", "sollicitatiegesprek", "Videointerview".)
_MEETING = (
    r"(?:\w*interview\w*|entretien\w*|entrevista\w*|colloqui\w*|\w*gespr[äa]ch\w*|\w*gesprek\w*|calls?|"
    r"meetings?|chat|appointments?|termin\w*|appels?|llamadas?|reuni\w+|chamadas?|chiamat\w+|afspra\w+)"
)
# The reader's (reader_words.py, Dutch's too): "paused your application", "ha sospeso la tua candidatura".
_THE_READERS = reader_words.alternation(reader_words.POSSESSIVE, reader_words.DUTCH_POSSESSIVE)
# What a verb's object is when it is not the post: the reader's ("paused your application for the role"),
# a meeting, or a thing for or of the post ("pulled together a shortlist for the role"); a post's own
# title may stand between ("cancel the Lab Technician vacancy").
_OTHER_OBJECT = re.compile(
    rf"\b(?:you|{_THE_READERS}|candidat\w*|application\w*|"
    rf"bewerbung\w*|solicitud\w*|{_MEETING}|"
    r"for|of|on|to|with|about|from|für|pour|sur|para|por|per|voor|van|over|sobre|com|con|avec|mit|zum|zur)\b"
)
# How long the hold lasts, written between the verb and its object: "sospendere per il momento questa
# ricerca", "suspender por ahora el proceso", "to pause, for the time being, the search". Its preposition
# ("per", "por", "for") governs the time, not the post's thing (_OTHER_OBJECT's "for the role").
_FOR_NOW = re.compile(
    r"\b(?:for (?:now|the (?:time being|moment|present))|pour (?:le moment|l'instant|l'heure)|"
    r"per (?:il momento|ora|adesso)|por (?:el momento|ahora|lo pronto|enquanto|agora|ora|o momento)|"
    r"voor (?:nu|het moment|dit moment)|für (?:den moment|jetzt|den augenblick))\b"
)
# A meeting for the post before it is what is held: "the interview for the role was cancelled".
_MEETING_FOR = re.compile(
    rf"\b{_MEETING} (?:for|voor|per|para|pour|für|zur|zum|about|sobre|sur|over)(?: \w+)?(?: \w+)? $"
)
# The post held once but open again ("the role was paused in the spring but has now reopened"), or its
# hiring going on again ("hiring was paused for a few weeks, but we are now moving forward", "la selezione
# è ripresa", "de werving is hervat"): the hold is behind the reader.
_REOPENED = re.compile(
    r"\b(?:reopen\w*|re-opened|open again|rouvert\w*|wieder (?:offen|aufgenommen|ausgeschrieben)|"
    r"reabiert\w*|reaberto|reaberta|riapert[oa]|heropend|weer open|"
    r"resumed|restarted|(?:is|are|we're) now (?:moving|going) (?:forward|ahead)|(?:a|ont) repris|"
    r"wieder gestartet|fortgesetzt|reanudad[oa]s?|retomad[oa]s?|ripres[oa]|riavviat[oa]|"
    r"hervat|weer opgestart)\b"
)
# A resumption only hoped for: "we'll be in touch if the search is resumed", "sobald sie fortgesetzt wird".
_CONDITIONAL = re.compile(
    r"\b(?:if|once|when|whenever|as soon as|should|until|si|dès que|quand|lorsque|wenn|sobald|falls|bis|"
    r"cuando|en cuanto|hasta que|zodra|indien|wanneer|totdat|quando|assim que|caso|até que|appena|qualora|"
    r"finché)\b"
)
_CONDITION_BEFORE = 40
# The reader doing it ("you can withdraw from the process at any time"): their choice, not the post's fate.
_READER_MAY = re.compile(
    rf"\b(?:{reader_words.alternation(reader_words.SUBJECT, reader_words.DUTCH_SUBJECT)})\b "
    r"(?:can|may|could|might|wish|want|would|are able|"
    r"pouvez|peux|souhaitez|können|kannst|möchten|kunt|kan|wilt|puedes|puede|quieres|pode|podes|puoi|può|vuoi)\b"
)
# A clause telling what followed from the one before: its negation is the cause's ("the funding won't be
# confirmed before the summer, so the board has paused recruitment").
_CONSEQUENCE = re.compile(
    r",? (?:and )?so (?:the|we|they|our|i)\b|"
    r"\b(?:therefore|which is why|that's why|that is why|daher|deshalb|donc|por eso|por isso|quindi|dus|"
    r"daarom)\b"
)
_NEGATED = re.compile(r"\b(?:not|no longer|nicht|pas|ne|no|niet|não|non)\b|n't\b")
# A break named: the process paused for it only slows ("over the holidays, we'll be back in January").
_BREAK = re.compile(
    r"\b(?:holidays?|christmas|summer break|vacances|f[êe]tes|feiertage\w*|weihnacht\w*|ferie|natale|"
    r"vacaciones|navidad|vakantie|feestdagen|f[ée]rias|natal)\b"
    # Or the wait for the posting to close, which every receipt's process has: "on hold until the closing
    # date", "paused until the advert closes".
    r"|\buntil (?:after )?the (?:closing date|application deadline|deadline|(?:advert|posting|vacancy) "
    r"closes)\b"
)
# Where a shaped sentence may be, found in the phrase index's one pass over a text (category HOLD_SHAPE).
ANCHORS = [accents_optional(rf"\b(?:{_STATE}|{_NOT_FILLED}|{_VERB}|{_NOT_FILLING})(?!\w)")]


# A meeting named as what will not happen: "the interviews planned for 11 March will not go ahead".
_MEETING_NAMED = re.compile(rf"\b{_MEETING}\b")


def names_a_meeting(clause: str) -> bool:
    """True when a (lowercased) clause names a meeting (an interview, a call): in mail holding the post,
    "the interviews that were scheduled will not go ahead" calls off the meeting with it, no rejection."""
    return _MEETING_NAMED.search(clause) is not None


def hold_ended(sentence: str) -> bool:
    """True when a (lowercased) sentence's hold is over or only a break: the post reopened, a holiday, the
    wait for the posting to close."""
    if _BREAK.search(sentence):
        return True
    reopened = _REOPENED.search(sentence)
    return reopened is not None and not _CONDITIONAL.search(
        sentence, max(0, reopened.start() - _CONDITION_BEFORE), reopened.start()
    )


def is_post_held(sentence: str) -> bool:
    """True when a (lowercased, unhedged) sentence says the post was put on hold or called off."""
    if hold_ended(sentence):
        return False
    held = _POST_HELD.search(sentence)
    if (
        held is not None
        and not _MEETING_FOR.search(sentence, max(0, held.start() - 40), held.start())
        and not _negated(sentence, held)
    ):
        return True
    holding = _HOLDING_POST.search(sentence)
    return (
        holding is not None
        and not _OTHER_OBJECT.search(_FOR_NOW.sub(" ", holding.group("object")))
        and not _READER_MAY.search(sentence, 0, holding.start())
        and not _negated(sentence, holding)
    )


def _negated(sentence: str, held: re.Match[str]) -> bool:
    """A negation in the hold's clause before its end, but the one its words hold ("nicht zu besetzen"):
    "the role has not been put on hold", "não foi suspensa"; not one after it ("on hold: we have no date
    yet"), nor one in a clause before a colon or semicolon ("we decided not to go on with this hire: the
    post was closed for business reasons"), nor Portuguese "no" ("suspenso no momento")."""
    clause = max(sentence.rfind(":", 0, held.end()), sentence.rfind(";", 0, held.end())) + 1
    for consequence in _CONSEQUENCE.finditer(sentence, clause, held.start()):
        clause = consequence.end()
    own = held.start("not_filled")
    if own < 0:
        return negation_in(sentence[clause : held.end()], _NEGATED)
    return negation_in(sentence[clause:own], _NEGATED) or negation_in(
        sentence[held.end("not_filled") : held.end()], _NEGATED
    )
