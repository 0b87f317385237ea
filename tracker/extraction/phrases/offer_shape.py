"""Offers read from the shape of a sentence, in wording no phrase table lists.

An offer is the employer wanting the reader to come and work: in one sentence, the reader (you / Sie /
vous / usted / je / você / Lei ...) and

- joining, wanted: a start, a first day, joining the team, coming aboard, a welcome to the team, with a
  word of the employer's wish or joy ("we'd love you to start on the 3rd", "nos encantaría que te
  incorporaras en enero", "wir freuen uns, Sie ab März im Team zu begrüßen"), or
- the reader's contract being sent or signed ("your contract is attached", "votre contrat de travail
  ci-joint"), or
- the reader's pay stated with a figure ("your starting salary will be £31,500").

Job advertisements and receipts say much of this to everyone ("apply now and join our team!", "we offer
a competitive salary", "delighted you would consider joining"): a sentence with their words is no offer.
Nor is a question ("when could you start?" is asked at interviews), a negation, or (in the caller,
status_news) a hedged sentence.

Words are lowercase, in the seven languages (en, de, fr, es, nl, pt, it), matched on lowercased text.
"""

from __future__ import annotations

import re

from tracker.extraction.phrases import negations
from tracker.extraction.phrases.interview_shape import INTERVIEW_BY_NAME, READER, WHEN, names_a_held_meeting
from tracker.extraction.phrases.negations import whole_words
from tracker.extraction.phrases.pattern_shape import compile_first_tested
from tracker.extraction.phrases.reader_chosen import CHOSEN_FRAGMENTS, chose_the_reader
from tracker.extraction.phrases.tables import accents_optional, any_of

_JOINING_FRAGMENTS = [
    r"\b(?:first day|start date|starting date|first shift|commencement date)s?\b|\bstart(?:ing)? (?:with us|"
    r"work|(?:on )?(?:the )?\d|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|next (?:week|month)|"
    r"in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|"
    r"\bjoin(?:ing)? (?:us\b(?! (?:for|at|on|to)\b)|the team|our (?:[\w-]+ ){0,2}(?:team|company|crew|"
    r"family|staff|practice|firm|school|store|ward|kitchen|scheme|programme|program|cohort))\b|"
    r"\b(?:new starters?'?|your) induction\b|\bstart (?:the|this|next) (?:week|month)\b|"
    r"\b(?:on ?board|aboard)\b|\byou (?:as|on) (?:our|the) (?:[\w-]+ ){0,2}(?:team|first|new|next)\b|"
    r"\b(?:in|on|into) (?:the|our) (?:[\w-]+ ){0,2}team\b|\b(?:im|ins) team\b|\bdans l'équipe\b|"
    r"\ben (?:el|nuestro) equipo\b|\bn[oa] (?:nossa )?equipa\b|\bno (?:nosso )?time\b|"
    r"\bin (?:het|ons) team\b|"
    r"\bnel (?:nostro )?team\b|\bbij ons (?:komt|komen) werken\b|"
    r"\bwelcome (?:you )?to (?:the|our) (?:[\w-]+ )?(?:team|family|crew|company)\b",
    r"\b(?:ersten arbeitstag|arbeitsbeginn|eintrittsdatum|eintrittstermin|starttermin|an bord)\b|"
    r"\b(?:anfangen|anzufangen|beginnen|zu beginnen|starten|zu starten|einsteigen|begrüßen|willkommen)\b",
    r"\b(?:premier jour|date de début|date d'arrivée|prise de poste|à bord)\b|\b(?:démarrer|commencer|"
    r"rejoindre|intégrer|accueillir|bienvenue)\b",
    r"\b(?:primer día|fecha de (?:incorporación|inicio)|a bordo)\b|\b(?:incorpor\w+|empezar|comenzar|"
    r"unirte|unirse|bienvenid[oa]s?|formar parte)\b|"
    # The reader counted on for the post: "queremos contar contigo para el puesto de técnico".
    r"\bcontar (?:contigo|con usted|con vos) (?:para|en) (?:el|la|este|esta|nuestro|nuestra) (?:[\w-]+ )?"
    r"(?:puesto|plaza|equipo|proyecto)\b",
    r"\b(?:eerste werkdag|startdatum|aan boord|aan de slag)\b|\b(?:beginnen|starten|versterken|"
    r"verwelkomen|welkom)\b",
    r"\b(?:primeiro dia|data de início|a bordo)\b|\b(?:começar|iniciar|integrar|juntar-se|fazer parte|"
    r"bem-vind[oa]|receb\w*)\b",
    # The offer named as one, in the other languages: "temos o prazer de lhe apresentar uma proposta para a
    # vaga", "nous avons le plaisir de vous faire une proposition d'embauche".
    r"\b(?:proposta (?:de trabalho|de emprego|para a vaga|de contratação)|propuesta (?:de trabajo|de empleo|"
    r"laboral|de contratación|económica)|proposition (?:d'embauche|de poste|de contrat|salariale)|offerta "
    r"(?:di lavoro|di assunzione|economica)|(?:job|arbeits)angebot|jobaanbod|"
    r"aanbod voor de (?:functie|baan))\b",
    r"\b(?:primo giorno|data di inizio|a bordo)\b|\b(?:iniziare|cominciare|entrare|unirti|unirsi|far parte|"
    r"benvenut[oa]|accoglier\w*)\b|\baver(?:ti|la|vi) (?:con noi|nel (?:nostro )?team|in squadra)\b",
]
# The reader's first day as a noun: dated, it is set ("Votre prise de poste est prévue le 5 janvier",
# "your first day will be Monday 12 January"), no wish needed. Not the verbs of welcoming ("recebê-la na
# terça", "vous accueillir jeudi"), which an interview's invitation says too.
_FIRST_DAY_FRAGMENTS = [
    r"\b(?:first day|start date|starting date|first shift|commencement date|induction)\b",
    r"\b(?:erster|ersten) arbeitstag\b|\b(?:arbeitsbeginn|eintrittsdatum|eintrittstermin|dienstantritt)\b",
    r"\b(?:premier jour|date de début|date d'arrivée|prise de (?:poste|fonctions?)|date d'embauche)\b",
    r"\b(?:primer día|fecha de (?:incorporación|inicio|alta)|incorporación)\b",
    r"\b(?:eerste werkdag|startdatum|indiensttreding|datum van indiensttreding)\b",
    r"\b(?:primeiro dia|data de (?:início|entrada|admissão))\b",
    r"\b(?:primo giorno|data di (?:inizio|assunzione)|presa di servizio)\b",
]
_FIRST_DAY = any_of(_FIRST_DAY_FRAGMENTS)
# The post offered to the reader by name: "on te propose le poste de chef de partie en CDI", "le
# ofrecemos el puesto", "wir bieten Ihnen die Stelle an". The definite article: a recruiter's "je vous
# propose un poste" is a stranger's approach. Who gives what to whom: a verb of giving (offer, extend,
# propose, entrust), the reader, and the post; German and Dutch put the verb last ("Ihnen die Stelle als
# Disponent anbieten zu können", "je de functie van monteur aan te bieden"). A place is a post only given
# to the reader ("bieden we je een plek aan", "offer you a place on the scheme"), never a stranger's list.
# A word between the post and German's or Dutch's verb last: the title's own ("(Postdoc)", "Mitarbeiter*in")
# or a date it starts on ("zum 01.04.2026").
_SPAN_WORD = r"[^\s.!?]+|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?"
_POST_OFFERED_FRAGMENTS = [
    r"\b(?:offer|offering|offered|extend|extending) (?:you )?(?:the|this) (?:[\w&/-]+ ){0,5}?"
    r"(?:role|position|job|post|internship|apprenticeship|placement)\b|\boffer(?:ing|ed)? you a place\b",
    r"\b(?:bieten|biete|anbieten) (?:wir |ich )?(?:ihnen|dir) (?:\w+ )?(?:die|diese|den|einen) "
    r"(?:[\w-]+ ){0,3}?(?:stelle|position|platz|ausbildungsplatz|praktikumsplatz)\b|"
    r"\b(?:ihnen|dir) (?:\w+ )?(?:die|diese) (?:[\w-]+ ){0,3}?(?:stelle|position)\b"
    rf"(?: (?:{_SPAN_WORD})){{0,10}}? (?:anbieten|anzubieten)\b",
    r"\b(?:propos\w*|offr\w*|confier|confions|confierons) (?:le|ce) (?:poste|stage)\b",
    r"\b(?:ofrec|propon)\w* (?:el|este) (?:puesto|empleo|trabajo|cargo)\b|"
    r"\b(?:ofrec|propon)\w* (?:la|esta) plaza\b",
    r"\b(?:bieden|bied|aanbieden) (?:we |wij |ik )?(?:je|jou|u) (?:graag )?(?:de|deze|een) (?:[\w-]+ ){0,2}?"
    r"(?:functie|baan|plek|plaats|positie|stageplek|stageplaats)\b|"
    # (An adverb before the post: "je officieel de functie van X aan te bieden".)
    r"\b(?:je|jou|u) (?:[\w-]+ )?(?:de|deze) (?:[\w-]+ ){0,2}?(?:functie|baan|positie|stageplek)\b"
    rf"(?: (?:{_SPAN_WORD})){{0,10}}? (?:aan te bieden|aanbieden)\b",
    r"\b(?:oferec|propo)\w*(?:-lhe|-te| a você| ao senhor| à senhora)? (?:(?:a|esta) (?:vaga|posição|função)|"
    r"(?:o|este) (?:lugar|cargo|posto|estágio))\b",
    r"\b(?:offr|propon)\w* (?:il|questo) (?:posto|ruolo|tirocinio)\b|\b(?:offr|propon)\w* (?:la|questa) "
    r"posizione\b",
    # The hire itself offered, named as a noun: "offer you employment", "vous proposer votre embauche",
    # "ofrecerle su contratación", "propor-lhe a contratação", "proporLe l'assunzione", "formalizzare la Sua
    # assunzione" (German's "Ihnen die Einstellung ... anbieten" is the OFFER table's).
    r"\boffer(?:ing)? you (?:employment|a contract of employment)\b|"
    r"\b(?:propos|offr)\w* (?:votre|ton|une) embauche\b|"
    r"\b(?:ofrec|propon)\w* (?:su|tu|la) contratación\b|"
    r"\b(?:oferec|propo)\w*(?:-lhe|-te)? a (?:sua |tua )?contratação\b|"
    r"\b(?:offr|propo[nr])\w* (?:l'assunzione|la (?:sua|tua) assunzione)\b|"
    r"\bformalizzare (?:la (?:sua|tua) |l')assunzione\b",
]
# What a giving verb may give that is no post, in the offer's words or just after them: a talk, a chance,
# a place in a pool of candidates ("een plek in onze talentpool").
_NOT_A_POST = re.compile(
    r"\b(?:interview\w*|entretien|gespräch|gesprek|entrevista|colloquio|opportunit\w*|chance|"
    r"possibilit\w*|gelegenheit|kans|oportunidad|oportunidade|talent\w*|pool|community|bestand|vivier)\b"
)
_POST_OFFERED = any_of(_POST_OFFERED_FRAGMENTS)
# A welcome before the first day is a step of the hire the offer began (hire_steps.py), no news of its own.
WELCOME = compile_first_tested(
    r"\b(?:welcome|willkommen|bienvenue|benvenut[oa]|bienvenid[oa]|welkom|bem-vind[oa])\b"
)
# A start asked about or talked over, not set: "please confirm your earliest start date by Monday".
_START_ASKED_ABOUT = any_of(
    [
        r"\b(?:earliest|possible|preferred|potential|desired|notice|availability|available|discuss\w*)\b",
        r"\b(?:frühestens|frühestmöglich\w*|möglich\w*|kündigungsfrist|verfügbar\w*)\b",
        r"\b(?:au plus tôt|possible|préavis|disponibilit\w+|souhait\w*)\b",
        r"\b(?:lo antes posible|posible|preaviso|disponibilidad)\b",
        r"\b(?:vroegst\w*|mogelijk\w*|opzegtermijn|beschikbaarheid)\b",
        r"\b(?:possível|aviso prévio|disponibilidade)\b",
        r"\b(?:prima possibile|possibile|preavviso|disponibilità)\b",
    ]
)
# The employer's wish or joy: what makes joining news and not a description of the job.
_WANTED_FRAGMENTS = [
    r"\b(?:pleased|happy|delighted|excited|thrilled|glad|congratulations|congrats|great news|good news|"
    r"we'd (?:like|love)|we would (?:like|love)|i'd (?:like|love)|we want|we have decided|we've decided|"
    r"we can confirm|i can confirm|we're able to|we are able to|wants? you|you're in|unanimous|well done|"
    r"reserved you)\b",
    r"\b(?:freuen|freue|gerne|gern|möchten|glückwunsch|gratulier\w*|herzlich|entschieden)\b",
    r"\b(?:heureux|heureuse|ravis?|ravie|plaisir|félicitations|souhaitons|aimerions|décidé)\b",
    r"\b(?:encantad[oa]s?|encantaría|alegra|placer|felicidades|enhorabuena|gustaría|queremos|decidido)\b",
    r"\b(?:blij|graag|gefeliciteerd|willen|besloten)\b",
    r"\b(?:felizes|feliz|prazer|parabéns|gostaríamos|queremos|decidimos|adoraríamos|gosto)\b",
    r"\b(?:lieti|lieto|felici|piacere|piacerebbe|congratulazioni|complimenti|vorremmo|vogliamo|deciso)\b",
]
# The reader's own contract, sent or to sign.
_CONTRACT_FRAGMENTS = [
    r"\b(?:your|the) (?:[\w-]+ ){0,2}(?:contract|employment agreement|employment terms)\b|"
    r"\b(?:contract|terms) of employment\b",
    r"\b(?:ihr|dein|den|der) (?:\w+ )?(?:arbeitsvertrag|vertrag)\b|\barbeitsvertrag\b",
    r"\b(?:votre|ton|le) contrat\b|\bcontrat de travail\b",
    r"\b(?:tu|su|el) contrato\b|\bcontrato (?:de trabajo|laboral)\b",
    r"\b(?:je|jouw|uw|het|de) (?:\w+ )?(?:contract|arbeidsovereenkomst)\b",
    r"\b(?:seu|teu|o) contrato\b|\bcontrato de trabalho\b",
    r"\b(?:il (?:tuo |suo )?|la tua |la sua )?contratto\b",
]
_CONTRACT_SENT = re.compile(
    r"\b(?:attached|enclosed|sign|signing|signature|ready|draft|sent|sending|send|issue|post|email)\b|"
    r"\b(?:propon\w*|propos\w*|anbei)\b|\banhang|"
    r"\bunterschr\w*|\bunterzeichn\w*|\bci-joint|\bpièce jointe|\bsign\w+|\badjunt\w*|\bfirm\w+|\bbijlage|"
    r"\bbijgevoegd|\b(?:onder)?teken\w*|\banex\w*|\bassin\w+|\ballegat\w*"
)
# The reader's pay, with a figure.
_PAY_FRAGMENTS = [
    r"\byour (?:[\w-]+ ){0,2}(?:salary|compensation|pay|remuneration|hourly rate|day rate|package)\b|"
    r"\b(?:con )?ral di\b",
    r"\b(?:ihr|dein) (?:\w+ )?(?:gehalt|jahresgehalt|vergütung)\b",
    r"\b(?:votre|ton) (?:\w+ )?(?:salaire|rémunération)\b",
    r"\b(?:tu|su) (?:\w+ )?(?:salario|sueldo|remuneración)\b",
    r"\b(?:je|jouw|uw) (?:\w+ )?(?:salaris|loon)\b",
    r"\b(?:seu|sua|teu|tua) (?:\w+ )?(?:salário|remuneração)\b",
    r"\b(?:il tuo|il suo|la tua|la sua) (?:\w+ )?(?:stipendio|retribuzione|ral)\b",
]
# An amount of money: "£31,500", "42.000 €", "45k", "EUR 3.200"; not "5 minutes" or "1,200 salaries".
_FIGURE = re.compile(
    r"[$£€]\s?\d|\d\s?(?:[$£€]|k\b)|\b(?:eur|euro|euros|usd|gbp|chf|dollars?|pounds?)\b\s?\d|"
    r"\d[\d.,]*\s?(?:eur|euro|euros|usd|gbp|chf|dollars|pounds)\b"
)
# A job advertisement's words: said to every reader of the ad.
_JOB_AD = any_of(
    [
        r"\b(?:apply|applying|applicants?|candidates?|we offer|benefits|perks|competitive|vacanc\w+|"
        r"opportunit\w+|talent (?:community|network|pool)|newsletter|webinar|event|open day|job alert|"
        r"compare|salaries|survey)\b",
        r"\b(?:bewerb\w+|wir bieten|postul\w+|nous offrons|avantages|ofrecemos|beneficios|solliciteer|"
        r"wij bieden|candidat\w+|candidar\w+|oferecemos|benefícios|offriamo|vacature\w*)\b",
    ]
)
# The reader's wish, not the employer's: a receipt's "we're delighted you'd consider joining our team".
_READERS_WISH = any_of(
    [
        r"\b(?:interest|interested|consider|considering|you'd like|you would like|you want|received)\b",
        r"\b(?:interesse\w*|interessiert|erhalten|eingegangen|intérêt|intéress\w+|reçu|interés|interesad\w+|"
        r"recibido|ontvangen|interessad\w+|recebemos|recebido|interessat\w+|ricevuto)\b",
    ]
)
_NEGATION = any_of(
    [
        negations.ENGLISH_NEGATION,
        negations.GERMAN_NEGATION,
        negations.FRENCH_NEGATION,
        # (Not Portuguese "no" = em + o: "queremos você no nosso time".)
        whole_words(negations.SPANISH)
        + r"(?! (?:noss[oa]|time)\b)|"
        + whole_words(negations.DUTCH + negations.PORTUGUESE + negations.ITALIAN),
    ]
)
_JOINING = any_of(_JOINING_FRAGMENTS)
_WANTED = any_of(_WANTED_FRAGMENTS)
# A meeting invited to, German's verb last ("zu einem zweiten Termin einladen").
_INVITED_TO_MEET = re.compile(r"\b(?:einladen|einzuladen)\b")
_CONTRACT = any_of(_CONTRACT_FRAGMENTS)
_PAY = any_of(_PAY_FRAGMENTS)
# Where a shaped sentence may be, found in the phrase index's one pass over a text (category
# OFFER_SHAPE): the sentence around each is then read whole. The contract's and pay's nouns, not their
# possessives: an anchor opening with "your" or "the" would be tried at every one in a text.
ANCHORS = [
    accents_optional(fragment)
    for fragment in (
        *_JOINING_FRAGMENTS,
        *_FIRST_DAY_FRAGMENTS,
        *_POST_OFFERED_FRAGMENTS,
        *CHOSEN_FRAGMENTS,
        r"\b(?:contract|employment agreement|employment terms|terms of employment|induction|"
        r"arbeitsvertrag|vertrag|contrat|contrato|arbeidsovereenkomst|"
        r"contratto)\b",
        r"\b(?:salary|compensation|pay|package|remuneration|hourly rate|day rate|gehalt|jahresgehalt|"
        r"vergütung|salaire|rémunération|salario|sueldo|remuneración|salaris|loon|salário|remuneração|stipendio|retribuzione|"
        r"ral)\b",
    )
]


# A post's noun just before a team: "your application for the Coordinator role on our housing team" names
# where the post sits, not the reader joining it.
_POST_JUST_BEFORE = re.compile(
    r"\b(?:role|position|job|post|opening|vacancy|posting|stelle|poste|puesto|functie|vaga)\s*$"
)


def _the_posts_team(sentence: str, joining: re.Match[str]) -> bool:
    """True when a joining's words are a team the post sits in ("the X role on our youth team")."""
    return _POST_JUST_BEFORE.search(sentence, max(0, joining.start() - 12), joining.start()) is not None


def is_offer_shaped(sentence: str, dated_first_day: bool = True) -> bool:
    """True when a (lowercased, unhedged) sentence offers the reader the job: the reader chosen for the post,
    joining wanted, their contract sent, their pay stated, the post offered by name, or (`dated_first_day`)
    their first day dated."""
    if sentence.rstrip().endswith("?"):
        return False
    # The reader chosen for the post by whoever decides, the reader the choice's object ("le comité la ha
    # seleccionado para el cargo", "selecionou-a para a vaga"): reader_chosen.py.
    if chose_the_reader(sentence) and not _NEGATION.search(sentence):
        return True
    if not READER.search(sentence):
        return False
    if _READERS_WISH.search(sentence) or _NEGATION.search(sentence):
        return False
    # (Before the advert's words: its "we offer" is this sentence's verb, "te ofrecemos el puesto".)
    offered = _POST_OFFERED.search(sentence)
    if offered is not None and not _NOT_A_POST.search(sentence, offered.start(), offered.end() + 40):
        return True
    if _JOB_AD.search(sentence):
        return False
    if _CONTRACT.search(sentence) and _CONTRACT_SENT.search(sentence):
        return True
    if _PAY.search(sentence) and _FIGURE.search(sentence):
        return True
    if (
        dated_first_day
        and _FIRST_DAY.search(sentence)
        and WHEN.search(sentence)
        and not (INTERVIEW_BY_NAME.search(sentence) or _START_ASKED_ABOUT.search(sentence))
    ):
        return True
    joining = next(
        (found for found in _JOINING.finditer(sentence) if not _the_posts_team(sentence, found)), None
    )
    if joining is None or not _WANTED.search(sentence):
        return False
    # Welcomed to an interview, not to the team: "gostaríamos de a receber para uma entrevista na sexta",
    # German with its verb last: "Sie am 5. Mai zu einem Vorstellungsgespräch begrüßen zu dürfen". (An
    # interview behind the reader leaves the welcome to the team: "following your interview, ...".)
    # A meeting invited to in German, its verb last: "zu einem zweiten Termin einladen, damit wir tiefer in
    # die Themen einsteigen können" is a round of talks, not the start.
    if _INVITED_TO_MEET.search(sentence):
        return False
    return INTERVIEW_BY_NAME.search(sentence) is None or names_a_held_meeting(sentence)
