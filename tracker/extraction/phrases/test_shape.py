"""Tests and tasks read from the shape of a sentence, in wording no phrase table lists.

The tables read a test from a verb close before its noun ("complete a (\\w+ ){0,3} test"), so a test
named with more words before its noun, or one the reader is asked to "return by Friday", "access via the
link" or "sit", read as applied. The ways share a shape: in one sentence,

- the reader, addressed or asked (you / Sie / vous / usted / je / você / Lei ..., "please", "bitte"),
  or the step ahead named ("the next bit is a small take-home", "el siguiente paso es una prueba"),
- a test's noun (test, assessment, exercise, task, case study, questionnaire, Arbeitsprobe, épreuve,
  prueba, toets, opdracht, prova ...), and
- an act of doing it, a call to it or a deadline (complete, take, sit, return, submit, access,
  "vous êtes convoquée", by Friday, within three days, a link),

said neither of a test behind the reader ("thank you for completing the assessment", "your results"),
nor negated ("no test is needed"), nor of other candidates' tests, nor of learning to pass them ("our
webinar on psychometric tests"). The caller (status_news) drops hedged sentences and statements about
candidates in general, and reads this shape only where no interview or decision was found.

A test named in one sentence may be asked for in the next: "they ask every candidate to sit an Excel
test. Could you sit it on Tuesday?" (`asks_to_do_it`).

Words are lowercase, in the seven languages (en, de, fr, es, nl, pt, it), matched on lowercased text.
"""

from __future__ import annotations

import re

from tracker.extraction.phrases import negations
from tracker.extraction.phrases.interview_shape import READER, negation_in
from tracker.extraction.phrases.interview_words import GERMAN_THANKS_FOR
from tracker.extraction.phrases.negations import whole_words
from tracker.extraction.phrases.tables import accents_optional, any_of

# A test's noun. Singular where the plural is a job's duties ("Ihre Aufgaben", "your tasks include"); not
# the verb ("to test our app", "testing"). German and Dutch compounds end in the noun ("Arbeitsprobe",
# "capaciteitentoets"): their common first parts are listed, as a pattern opening with r"\w*" could not be
# keyed by the phrase index and would be searched through every text. An assessment centre is the final
# interviews (the interview tables read it).
_TEST_FRAGMENTS = [
    r"\b(?:test|exam|examination|quiz|questionnaire|assessment)s?\b(?! (?:our|the|your|it|them|a|an|whether|"
    r"how|if|drive|centre|center|day)\b)|\b(?:task|case study|work sample|take-home)\b|"
    # Not an agency's placement: "your assignment at Meridian Utilities".
    r"\bassignment\b(?! (?:at|with)\b)|"
    r"\bexercise\b(?! (?:your|their|these|any|the|my|his|her|caution|rights?)\b)|"
    r"\b(?:coding|technical|programming|design|engineering|data|sql|python|online|take-home|code) "
    r"challenge\b|"
    # A brief to work on is the take-home: "next up is a short design brief".
    r"\b(?:design|creative|written|short|small) brief\b|"
    # A presentation to prepare and send: "put together a short presentation on the attached report and
    # send the slides back by Tuesday" (one to give at a meeting is the meeting's, read first).
    r"\b(?:presentation|slides|slide deck)\b",
    r"\b(?:eignungs|einstufungs|persönlichkeits|online|sprach|wissens|leistungs|logik|intelligenz|fach|"
    r"mathe|deutsch|englisch|excel|einstellungs|aufnahme|auswahl|programmier|schreib|test|probe|haus|design|"
    r"case|coding|übungs|praxis)-?"
    r"(?:test|aufgabe|prüfung)s?\b|\b(?:arbeitsprobe|fallstudie)\b|"
    r"\b(?:kleine|kurze|folgende|praktische)(?: praktische| fachliche)? aufgabe\b|"
    r"\bschriftliche[nm]? prüfung\b|"
    # A sample of the work or a questionnaire online: "eine Schreibprobe", "eine Online-Einschätzung",
    # "unseren Online-Fragebogen" (not the new hire's "Personalfragebogen", a compound of its own).
    r"\b(?:schreib|text|übersetzungs)probe\b|\bonline-?einschätzung\b|\b(?:online|eignungs|fach)?fragebogen\b",
    r"\b(?:test|épreuve|exercice|questionnaire|quiz)s?\b|\b(?:étude de cas|cas pratique|mise en situation)\b",
    r"\b(?:prueba|ejercicio|cuestionario|examen|test)s?\b|\b(?:caso práctico|supuesto práctico)\b|"
    # Questions to answer in writing: "resolver unas preguntas técnicas en el formulario adjunto".
    r"\b(?:preguntas|perguntas) técnicas\b",
    r"\b(?:capaciteiten|persoonlijkheids|taal|reken|vaardigheids|selectie|kennis|capaciteits|digitale |"
    r"online |schriftelijke )?(?:toets|toetsen|vragenlijst)\b|\bcasus\b|"
    r"\b(?:thuis|praktijk|programmeer|codeer|case-|schrijf|proef|test)?opdracht\b"
    r"(?! (?:bij|voor (?:een|de|onze) klant))|"
    # A case to work out, named with its kind: "een korte case", "een praktische case", "de praktijkcase".
    r"\b(?:korte|kleine|praktische|technische|schriftelijke|praktijk)(?: )?case\b",
    # Not the medical an admission asks for ("exame admissional", hire_steps.py).
    r"\b(?:teste|prova|exercício|questionário|exame)s?\b(?! (?:admissiona(?:l|is)|médicos?|de saúde))|"
    r"\b(?:estudo de caso|caso prático)\b",
    r"\b(?:prova|prove|esercizio|esercitazione|questionario|esame)\b|\b(?:caso di studio|studio di caso)\b",
    # A piece of written work of a page or two is the take-home: "put together a one-page proposal and
    # email it by Monday", "een voorstel van één pagina maken", "une note d'une page", "una propuesta de
    # una página", "uma proposta de uma página", "una proposta di una pagina", "ein einseitiges Konzept".
    r"\b(?:one|1|two|2)[- ]pages? (?:proposal|plan|brief|summary|memo|document|pitch|outline|write-up)\b|"
    r"\b(?:voorstel|plan|memo|opzet) van (?:één|een|1|twee|2) pagina|"
    r"\b(?:proposition|note|synthèse) d'une page\b|\b(?:propuesta|propuestas) de una página\b|"
    r"\bproposta de uma página\b|\bproposta di una pagina\b|\beinseitige[ns]? (?:konzept|vorschlag|exposé)\b",
]
# The reader asked, without being named: "please return", "bitte bearbeiten", "merci de compléter",
# Italian's formal "Le chiediamo di svolgere"; or sent the test: "in allegato trova l'esercitazione".
_ASKED_FRAGMENTS = [
    r"\b(?:please|kindly|attached|enclosed)\b",
    r"\b(?:bitte|anbei|im anhang)\b",
    r"\b(?:veuillez|merci de|ci-joint|en pièce jointe)\b",
    r"\b(?:por favor|te pedimos|le pedimos|les pedimos|adjunto)\b",
    r"\b(?:graag|gelieve|wil je|wilt u|bijgevoegd|in de bijlage)\b",
    r"\b(?:pedimos|solicitamos|em anexo)\b",
    r"\b(?:si prega|le (?:chiediamo|chiedo|ricordiamo|proponiamo)|ti (?:chiediamo|chiedo)|in allegato)\b",
]
# The step ahead named as a test: "the next bit is a small take-home", "el siguiente paso es una breve
# prueba de nivel". It stands for the reader and the act: the step is theirs, still to come.
_NEXT_STEP_FRAGMENTS = [
    r"\bnext (?:step|stage|bit|part|round|phase|thing)\b|\bnext up\b",
    r"\bnächste[nr]? (?:schritt|stufe|runde|phase)\b",
    r"\b(?:prochaine étape|étape suivante)\b",
    r"\b(?:siguiente|próxim[oa]) (?:paso|fase|etapa)\b",
    r"\bvolgende (?:stap|ronde|fase)\b",
    r"\b(?:próxim[oa]|seguinte) (?:passo|fase|etapa)\b|\betapa seguinte\b",
    r"\bprossim[oa] (?:passo|fase|step)\b|\bfase successiva\b",
]
# Doing the test, or sending it back; or being called to it ("vous êtes convoquée aux épreuves écrites").
_ACT_FRAGMENTS = [
    r"\b(?:complete|completing|sit|sitting|take|taking|do|doing|return|returning|submit|submitting|access|"
    r"start|begin|finish|attempt|fill (?:in|out)|send (?:\w+ )?back|have a go|work through|click|"
    r"put together|prepare)\b|"
    r"\b(?:invit|convoqu|convoc|einlad|einzuladen|eingeladen|uitnodig|uitgenodigd|uit te nodigen|convid|"
    r"propon|propos|propõ)\w*|"
    # German's separable "laden wir Sie zur schriftlichen Prüfung ... ein".
    r"\bladen (?:wir|ich) (?:sie|dich)\b",
    r"\b(?:bearbeit|absolvier|durchführ|ablegen|ausfüll|zurückschick|zurücksend|einreich|schick|"
    r"starte|beginn|lösen|mach|erledig|bitten)\w*|\bdurchzuführen\b|\babzulegen\b|\bauszufüllen\b",
    r"\b(?:passer|réalis|compl[eé]t|effectu|rempli|rendre|renvoy|retourn|soumett|accéd|commenc|faire|"
    r"envoy)\w*",
    r"\b(?:realiz|complet|hacer|haz|rellen|envi|devolv|entreg|acced|empez|comenz|resolv)\w*",
    r"\b(?:maken|maakt|invull|afrond|doen|uitwerk|uit te werken|instur|terugstur|inlever|starten|"
    r"beginnen)\w*",
    r"\b(?:faz|fizess|realiz|complet|preench|respond|envi|devolv|entreg|aced|acess|inici)\w*",
    r"\b(?:svolg|complet|fare|sosten|compil|invi|restitu|consegn|acced|inizi|effettu)\w*",
]
_DAY = (
    r"(?:(?:this|next|the end of|end of|close of) )?(?:\w+day|tomorrow|tonight|midnight|noon|\d|the \d|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|eod|cob|end of)"
)
# A deadline or a way in: the test is the reader's to do now.
_DEADLINE_FRAGMENTS = [
    rf"\b(?:by|before) {_DAY}|\bwithin (?:\d+|one|two|three|four|five|seven|ten|a|the next)\b|"
    r"\b(?:no later than|deadline|due (?:by|on|date)|link|portal)\b|https?://",
    r"\bbis (?:zum |spätestens )?(?:\w+tag|\d|morgen|ende)|\b(?:innerhalb|spätestens|frist|link|zugang)\b",
    r"\b(?:d'ici|avant (?:le|la fin|\w+di)|sous \d+|au plus tard|délai|lien|accès)\b",
    r"\b(?:antes del?(?: \w+)? (?:\w+es|\d|día|mañana)|en (?:un plazo|los próximos)|plazo|tienes \d+|"
    r"enlace|acceso)\b",
    r"\b(?:vóór|voor) (?:\w+dag|\d|het eind|eind|einde)|\b(?:uiterlijk|binnen \w+ (?:dagen|werkdagen|uur)|"
    r"link)\b",
    r"\bat[ée] (?:\w+-feira|\d|amanh[ãa]|ao|à|dia|sexta|sábado|domingo)|\b(?:no prazo|dentro de \w+ "
    r"(?:dias|horas)|prazo|link|acesso)\b",
    r"\b(?:entro|scadenza|link|accesso)\b",
]
# A test done, in German: "den Test abgeschlossen", "haben ... bestanden" (earlier_steps.py reads it too).
GERMAN_TEST_DONE = r"(?:bearbeitet|absolviert|abgeschlossen|eingereicht|bestanden)"
# A test behind the reader: thanked for, passed, its results.
_PAST_FRAGMENTS = [
    r"\bthank(?:s| you)(?: \w+){0,2} for (?:completing|taking|submitting|doing|sitting|finishing|"
    r"returning|your (?:\w+ )?(?:test|assessment|submission|answers))\b|"
    r"\b(?:you|you've|you have|you've now|you have now) (?:already )?(?:completed|submitted|taken|done|sat|"
    r"passed|finished|returned)\b|\b(?:your|the) results?\b|\b(?:passed|failed)\b|\breceived your\b",
    rf"{GERMAN_THANKS_FOR} (?:die|ihre|deine|das) (?:\w+ )?(?:bearbeitung|teilnahme|einreichung)|"
    rf"\b(?:haben|hast) (?:\w+ ){{0,3}}{GERMAN_TEST_DONE}\b|"
    r"\bergebnis\w*",
    r"\bmerci (?:d'avoir|pour (?:votre|ta) (?:participation|réponse))|\b(?:avez|as) (?:\w+ )?(?:passé|"
    r"réalisé|complété|effectué|rendu|réussi)\b|\brésultats?\b",
    r"\bgracias por (?:realizar|completar|hacer|enviar|tu participación)|\b(?:has|ha) (?:realizado|"
    r"completado|hecho|enviado|superado)\b|\bresultados?\b",
    r"\bbedankt voor (?:het|je|uw) (?:maken|invullen|insturen|deelname)|\b(?:hebt|heeft|heb) (?:\w+ ){0,3}"
    r"(?:gemaakt|ingevuld|afgerond|ingestuurd)\b|\b(?:resultaat|resultaten|uitslag)\b",
    r"\bobrigad[oa] por (?:realizar|fazer|completar|ter)|\b(?:realizou|completou|fez)\b",
    r"\bgrazie per (?:aver|avere)|\b(?:ha|hai) (?:svolto|completato|sostenuto|superato)\b|"
    r"\b(?:esito|risultat[oi])\b",
]
# "No test is needed", "you won't have to do a task" (not "no later than Friday", "no more than 8 slides",
# "don't hesitate").
_NEGATION_FRAGMENTS = [
    whole_words(negations.ENGLISH + negations.CANNOT)
    + r"(?! (?:more|later|longer) than\b)|"
    + negations.ENGLISH_CONTRACTED
    + r"\b(?! hesitate)",
    whole_words(negations.GERMAN) + r"(?! (?:später|zögern))",
    whole_words(negations.FRENCH) + r"(?! à hésiter)|" + negations.FRENCH_ELIDED + r"(?!hésitez)",
    # Portuguese "no" is "in the": "no link abaixo", "no prazo de".
    whole_words(negations.SPANISH)
    + r"(?! (?:later|more than|dude|dudes|hay problema|link|site|portal|prazo|anexo|e-?mail|nosso|seu|dia|"
    r"máximo))|"
    + whole_words(negations.DUTCH)
    + r"(?! (?:later|aarzel))|"
    + whole_words(negations.PORTUGUESE)
    + r"(?! hesite)|"
    + whole_words(negations.ITALIAN)
    + r"(?! (?:oltre|esiti))",
]
# Others' tests, and learning to pass tests: neither is the reader's step.
_NOT_THE_READERS_FRAGMENTS = [
    r"\b(?:other|remaining|some|all the|fellow) (?:\w+ )?(?:candidates|applicants)\b|"
    r"\b(?:webinar|workshop|masterclass|seminar|course|class|coaching|tips|guide|practice|practise|"
    r"how to (?:prepare|pass|ace|succeed)|article|podcast|newsletter|event|fair|training|tutorial|mock)s?\b|"
    # A health check, a survey of the process, a probation period: no test of the reader's skills.
    r"\b(?:covid|drug|pcr|antigen|lateral flow|blood|medical|eye|hearing|alcohol|dbs|survey|feedback|"
    r"satisfaction|equal opportunit\w*|diversity|monitoring|demographic|tevredenheid\w*|enquête|"
    r"periodo di prova|período de prova|periodo de prueba|période d'essai|probezeit|proeftijd)\b|"
    r"\b(?:candidate|applicant) experience\b|"
    # A portal's to-do and a contractor's paperwork: "A Task Awaits You: Complete Questionnaire", "please
    # submit your timesheet for your assignment".
    r"\b(?:task awaits|task list|inbox|to-do|timesheets?|invoice|payroll|application questionnaire|extend|"
    r"extension|contractor|placement|current assignment)\b|"
    # A certification's or a school's exam, booked by the reader: no employer's step.
    r"\b(?:certif\w*|pearson vue|prometric|ielts|toefl|driving|theory test|semester|coursework|exam board)\b",
    r"\bandere\w* (?:\w+ )?(?:bewerber|kandidat)\w*|\b(?:schulung|kurs|webinar|tipps|veranstaltung)\w*",
    r"\bautres candidat\w*|\b(?:webinaire|atelier|formation|conseils)\b",
    r"\botros candidatos\b|\b(?:taller|curso|consejos)\b",
    r"\bandere (?:kandidaten|sollicitanten)\b|\b(?:cursus|training|tips)\b",
    r"\boutros candidatos\b|\b(?:curso|dicas)\b",
    r"\baltri candidati\b|\b(?:corso|consigli)\b",
]
# "Could you sit it on Tuesday?", "Can you complete it by Friday?": the reader asked to do a test the
# sentence before named.
_DO_IT = re.compile(
    r"\b(?:you|please)\b(?: [\w',-]+){0,3}? (?:sit|take|complete|do|return|submit|finish|start|fill)"
    r"(?: (?:it|them|this|that) (?:in|out|back|on|by|before|within|at|from|over)?)\b"
)

TEST = any_of(_TEST_FRAGMENTS)
_NEXT_STEP = any_of(_NEXT_STEP_FRAGMENTS)
_ASKED = any_of(_ASKED_FRAGMENTS)
_ACT = any_of(_ACT_FRAGMENTS)
_DEADLINE = any_of(_DEADLINE_FRAGMENTS)
_PAST = any_of(_PAST_FRAGMENTS)
_NEGATION = any_of(_NEGATION_FRAGMENTS)
_NOT_THE_READERS = any_of(_NOT_THE_READERS_FRAGMENTS)
# How long a test takes or how many questions it has: "circa un'ora", "ca. 40 Minuten", "20 questions".
_SIZE_FRAGMENTS = [
    r"\b\d+ ?(?:min\w*|hours?|hrs?|stunden?|heures?|horas?|ore|uur|questions|fragen|domande|preguntas|"
    r"perguntas|vragen)\b",
    r"\b(?:about|around|roughly|approximately|ca\.|circa|etwa|ungefähr|environ|aproximadamente|unos|unas|"
    r"cerca de|ongeveer|zo'n) (?:an?|one|half|een|eine[nr]?|un|une|una|uma|un'|\d)",
]
SIZE = any_of(_SIZE_FRAGMENTS)
# Where a task's size may be, found in the phrase index's one pass (category SIZE_SHAPE).
SIZE_ANCHORS = [accents_optional(fragment) for fragment in _SIZE_FRAGMENTS]
# Where a shaped sentence may be, found in the phrase index's one pass over a text (category TEST_SHAPE):
# the sentence around each is then read whole.
ANCHORS = [accents_optional(fragment) for fragment in _TEST_FRAGMENTS]


def is_test_shaped(sentence: str) -> bool:
    """True when a (lowercased, unhedged) sentence asks the reader to do a test: the reader or a request,
    a test's noun, and an act of doing it or a deadline; not a test behind them, negated or someone
    else's."""
    if TEST.search(sentence) is None:
        return False
    next_step = _NEXT_STEP.search(sentence) is not None
    if not (next_step or READER.search(sentence) or _ASKED.search(sentence) or _sized_and_due(sentence)):
        return False
    if not (next_step or _ACT.search(sentence) or _DEADLINE.search(sentence)):
        return False
    return not (_PAST.search(sentence) or _negated(sentence) or _NOT_THE_READERS.search(sentence))


def _negated(sentence: str) -> bool:
    return negation_in(sentence, _NEGATION)


def asks_to_do_it(named: str, asked: str) -> bool:
    """True when a (lowercased) sentence `named` names a test ahead (no reader needed: "they ask every
    candidate to sit an Excel test") and the next, `asked`, asks the reader to do "it" ("Could you sit it
    on Tuesday?")."""
    return (
        _DO_IT.search(asked) is not None
        and TEST.search(named) is not None
        and not any(
            _PAST.search(sentence) or _negated(sentence) or _NOT_THE_READERS.search(sentence)
            for sentence in (named, asked)
        )
    )


def is_a_test_to_do(sentence: str, asked_of: str) -> bool:
    """True when a (lowercased) sentence names a test still to do, not one behind the reader or negated,
    and what it asks (`asked_of`, its words after whom it asks) is no one else's test, course or survey."""
    return bool(
        TEST.search(asked_of)
        and not (_PAST.search(sentence) or _negated(sentence) or _NOT_THE_READERS.search(asked_of))
    )


def gives_a_way_in(text: str) -> bool:
    """True when a (lowercased) text gives a test's way in or its deadline: a link, "by Friday", "uiterlijk
    maandag", "bis zum 3. Mai", "Frist", "Zugang"."""
    return _DEADLINE.search(text) is not None


def _sized_and_due(sentence: str) -> bool:
    """True when a sentence gives a test to do with its size and a deadline or a link: asked of the reader
    whoever it names ("trovi qui sotto l'esercizio da svolgere entro venerdì, circa un'ora")."""
    return bool(SIZE.search(sentence) and _ACT.search(sentence) and _DEADLINE.search(sentence))


# A task's way in: a link.
_LINK = re.compile(r"https?://|\bwww\.")
# Things to fill in that are no test: the reader's profile, account, form, documents.
_PAPERWORK = re.compile(
    r"\b(?:profile|account|form|registration|documents?|details|survey|profil|konto|formular|unterlagen|"
    r"compte|formulaire|perfil|cuenta|formulario|documentos|profiel|formulier|documenten|"
    r"conta|cadastro|formulário|profilo|modulo|documenti)\b"
)


def is_task_given(sentence: str) -> bool:
    """True when a (lowercased, unhedged) sentence gives the reader a task to do behind a link, with its
    size and an act of doing it, the task unnamed: "o próximo passo é um case: acesse o link e envie até
    quarta-feira (leva cerca de 2 horas)". Not paperwork (a profile, a form), a test behind the reader, a
    negated one or someone else's."""
    if not (SIZE.search(sentence) and _LINK.search(sentence) and _ACT.search(sentence)):
        return False
    if not (_NEXT_STEP.search(sentence) or READER.search(sentence) or _ASKED.search(sentence)):
        return False
    return not (
        _PAPERWORK.search(sentence)
        or _PAST.search(sentence)
        or _negated(sentence)
        or _NOT_THE_READERS.search(sentence)
    )
