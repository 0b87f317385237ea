"""A receipt's outline of the process ahead: a step it names to nobody is no step of the reader's.

After "we have received your application", "Here's what to expect: 1. Review 2. Phone screen 3. Interview
with the team", "De eerste gespreksronde staat gepland in week 41", "Un test d'aptitude peut faire partie
de la procédure" describe how the employer hires, not a step set for the reader: such a sentence names no
reader (no "you", "Sie", "vous", "je", "usted", "você", "Lei"), wishes nothing of the writer's own ("we'd
like to schedule a video interview"), names no next step ("the next part of our process is"), asks
nothing, bids nothing done ("Complete the 1-hour assessment") and fixes no day or hour (a round of
interviews for every candidate may be dated by its day: "de selectiegesprekken vinden plaats op woensdag
8 april"). An invitation does one of these ("we'd like to invite you", "want to jump on a call?",
"Interview: Thursday, 10:00").
"""

from __future__ import annotations

import re

from tracker.extraction import reader_words
from tracker.extraction.clock_times import CLOCK_TIME
from tracker.extraction.weekdays import DAY_OR_HOUR

# The reader addressed in the seven languages (reader_words.py: every form, Dutch's too, the two-word
# "o senhor"), or asked to act ("please", "bitte", "veuillez"); a pronoun that is also an article ("le",
# "la") only before its verb: "le invitamos", "la contatteremo".
_THE_READER = re.compile(
    rf"\b(?:{reader_words.alternation(reader_words.EVERY_FORM, reader_words.DUTCH, reader_words.TITLED)}|"
    r"please|kindly|veuillez|bitte|por favor|gelieve|per favore)\b"
    r"|\b(?:le|les|la|lo) (?:\w+(?:mos|iamo|emo)|ha|han|he|hemos|abbiamo)\b"
    # The writer's wish to act now: "we'd like to schedule a video interview", "wir möchten ... einladen";
    # a person writes it in the singular: "I'd like to set up a call", "j'aimerais organiser un entretien".
    r"|\b(?:we'd|we would|we'd love|we would love|we want|let's|let us|"
    r"graag|möchten|würden gerne|souhaitons|aimerions|voudrions|nos gustaría|queremos|quisiéramos|"
    r"gostaríamos|vorremmo|desideriamo|ci piacerebbe)\b"
    r"|\b(?:i'd|i would) (?:like|love)\b|\bich (?:möchte|würde gerne)\b|\bj'aimerais\b|"
    r"\bje (?:souhaite|voudrais)\b|\bme gustaría\b|\bquisiera\b|\bgostaria\b|\bvorrei\b|\bmi piacerebbe\b"
    # The very next step named as such: "the next part of our process is a video interview".
    r"|\b(?:next (?:step|stage|part|phase|round)|volgende (?:stap|fase|ronde)|"
    r"nächste[nr]? (?:schritt|phase|runde)|"
    r"prochaine étape|siguiente (?:paso|fase|etapa)|próxim[oa] (?:paso|passo|fase|etapa)|"
    r"prossim[oa] (?:passo|fase|step))\b"
    # A pronoun joined to its verb: "convidá-lo", "invitarte", "contattarti".
    r"|-(?:lo|la|te|lhe)\b|\b\w{2,}(?:ar|er|ir)(?:te|le|la|lo|ti)\b"
    # The reader as the subject of a verb in the future's second person, no pronoun written: "realizarás
    # una entrevista", "recibirás", "podrás" (Spanish and Portuguese "-ás"), "riceverai", "dovrai" (Italian).
    r"|\b\w{2,}(?:ar|er|ir|dr|br)ás\b|\b\w{2,}rai\b"
)
# A sentence bidding the reader act, opening on its verb: "Complete the assessment", "Klik op de link",
# "Completa la prueba", "Compila il questionario", "Complétez le test" (the polite plural, "-ez").
_BIDDING = re.compile(
    r"(?:complete|take|schedule|book|select|choose|pick|click|join|follow|use|submit|start|finish|log|sign|"
    r"record|fill|reply|confirm|let|"
    r"klik|vul|plan|kies|maak|doe|neem|boek|"
    r"completa|complete|realiza|realice|haz|haga|accede|acceda|ingresa|ingrese|responde|responda|reserva|"
    r"compila|svolgi|clicca|accedi|rispondi|prenota|"
    r"clique|acesse|acessa|faça|faz|agende|inscreva|"
    r"\w+ez)\b"
)
# The task's size: "a 1-hour test", "20 minutes", "30 questions".
_TASK_SIZE = (
    r"\d+[- ](?:hours?|minutes?|min|minuten|minutos|minuti|stunden?|uur|heures?|horas?|ore|questions|fragen|"
    r"vragen|preguntas|perguntas|domande)"
)
# A day or an hour fixed ("jeudi", "tomorrow", "10:30"), or the task's size.
_SET_IN_TIME = re.compile(rf"\b(?:{DAY_OR_HOUR}|{_TASK_SIZE})\b")
_OPENING = re.compile(r"[\W\d_]*")
# Dutch's "te" before the infinitive closing its clause ("de eerste gesprekken te plannen."): no reader.
_DUTCH_INFINITIVE = re.compile(r"\bte (?=\w{2,20}en\s*(?:[.,;:!]|$))")
# What fixes a meeting for one reader: a clock time or the task's size (a day alone may date a round).
_HOUR_OR_SIZE = re.compile(rf"\b(?:{CLOCK_TIME}|{_TASK_SIZE})\b")
# The step named as a round held for every candidate: the interviews in the plural, or a round ("de
# selectiegesprekken vinden plaats op woensdag 8 april", "Interviews will be held on Tuesday 3 March",
# "les entretiens auront lieu le mardi 3 mars", "die Vorstellungsgespräche finden am Dienstag statt").
_A_ROUND_FOR_ALL = re.compile(
    r"\b(?:interviews|\w*gesprekken|gespreksronde|\w*gespräche|entretiens|entrevistas|colloqui|"
    r"(?:first|second|final) round|interview days?|(?:eerste|tweede) ronde|(?:erste|zweite) runde|"
    r"premier tour|primera ronda|primeira fase|primo turno)\b"
)


def outlines_the_process(sentence: str) -> bool:
    """True when `sentence` (lowercased), written after a receipt, names a step to nobody: no reader
    addressed, asked or bidden, no day, hour or size fixed."""
    if sentence.rstrip().endswith("?") or _THE_READER.search(_DUTCH_INFINITIVE.sub("", sentence)):
        return False
    if _SET_IN_TIME.search(sentence) and not _dates_a_round(sentence):
        return False
    opening = _OPENING.match(sentence)
    return _BIDDING.match(sentence, opening.end() if opening else 0) is None


def _dates_a_round(sentence: str) -> bool:
    """True when `sentence` dates the interviews every candidate may be called to by their day alone, at no
    hour: a receipt's calendar of the procedure, no meeting set for the reader."""
    return _A_ROUND_FOR_ALL.search(sentence) is not None and _HOUR_OR_SIZE.search(sentence) is None
