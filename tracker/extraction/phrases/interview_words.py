"""The words an interview's sentence is read by (interview_shape.py): its steps and meetings, the reader,
a day or a time, booking and asking when, a meeting moved, held, negated, or no step at all.

Words are lowercase, in the seven languages (en, de, fr, es, nl, pt, it), matched on lowercased text.
"""

from __future__ import annotations

from tracker.extraction.clock_times import CLOCK_TIME, HOUR, MINUTES
from tracker.extraction.phrases import negations
from tracker.extraction.phrases.negations import whole_words
from tracker.extraction.weekdays import (
    DUTCH,
    ENGLISH,
    FRENCH,
    GERMAN,
    ITALIAN,
    ITALIAN_MONTHS,
    PORTUGUESE,
    PORTUGUESE_MONTHS,
    SPANISH,
    SPANISH_MONTHS,
    one_of,
)

# Steps of a hiring process one meets someone at. German and Dutch write them as compounds
# ("Vorstellungsgespräch", "kennismakingsgesprek"): the common first parts are listed.
STEP_FRAGMENTS = [
    r"\b(?:interview|phone screen|screening call|call|video call|conversation|chat|meeting|catch-up|"
    r"coffee chat)s?\b",
    # A video call named by its service: "the facility wants a Zoom w/ you Friday at 11:30", "a quick
    # Zoom on Monday". (Keyed by the service's name, not the article, for the phrase index.)
    r"\b(?:zoom|skype|facetime|webex)\b(?= (?:w/|(?:with|on|at|tomorrow|today|this|next)\b))",
    # Indian English names the meetings of a process as rounds: "HR round", "technical round", "F2F".
    r"\b(?:hr|technical|tech|managerial|manager|director|client|panel|final|personal|f2f|face[- ]to[- ]face) "
    r"(?:round|discussion)s?\b|\bf2f\b",
    # A trial shift or a day shadowing the team, a step of a small employer's process: "come and shadow
    # us on Tuesday", "eine Probeschicht mitfahren", "een ochtend komen meelopen" (a trial of the reader's
    # work, in any language, is then read as a test: work_trials.py).
    r"\b(?:trial (?:shift|day)|working interview|shadow(?:ing)? (?:day|shift))s?\b|"
    r"\b(?:probe(?:arbeit|schicht|tag)|hospitation|schnuppertag)\w*|"
    r"\b(?:journée d'essai|journée d'immersion)\b|"
    r"\b(?:día|jornada) de prueba\b|\b(?:meeloopdag|meelopen|proefdag|proefdraaien)\b|"
    r"\bdia (?:à|de) experiência\b|\bgiornata di prova\b",
    # Not the English "interviewer": German's interviews are compounds with a first part.
    r"\b(?:vorstellungs|bewerbungs|kennenlern|telefon|video|erst|zweit|auswahl|fach|persönliche[ns]? )?"
    r"(?:gespräch|telefonat)\w*|\b(?:telefon|video|online-?)interview\w*",
    r"\b(?:kennenlernen|videocall|teams-call|zoom-call)\b",
    r"\b(?:entretien|entrevue|échange|appel|visio|visioconférence|rendez-vous|rencontre)s?\b",
    r"\b(?:entrevista|llamada|videollamada|reunión|charla|conversación|videoconferencia)s?\b",
    r"\b(?:sollicitatie|kennismakings?|telefonisch |video|eerste |tweede |vervolg|selectie)?"
    r"gesprek(?:ken)?\b",
    r"\b(?:entrevista|conversa|chamada|videochamada|reunião)s?\b",
    r"\b(?:colloqui[oa]?|chiamata|videochiamata|incontro|chiacchierata|videocolloquio)\b",
]
# Meeting the reader without naming the step: "they can see you tmrw 2pm", "set aside 30 minutes on
# Wednesday to meet you", "le jury vous recevra le mardi 10 juin". A step only with a day or time named.
MEETING_FRAGMENTS = [
    r"\b(?:see|meet) you\b|\bmeet with you\b|\bmeet (?:the|our) (?:group|team|panel|founders)\b|"
    # "could you come by our office on Friday at 10 to meet me and our CTO?"
    r"\bmeet (?:me|us)\b|\b(?:come|pop|swing|drop) (?:by|in|into|over|round) (?:to )?(?:our|the) (?:office|"
    r"studio|shop|store|site|kitchen|salon|restaurant|bar|clinic|practice|workshop|warehouse)\b|"
    # "Can you come in on Friday at 10am?", "can you swing by thursday around 3?": to the place itself, at a
    # time.
    r"\b(?:you|to) (?:come|pop|drop) in (?=on |at |tomorrow\b|this (?:morning|afternoon|week)\b|"
    r"next week\b)|"
    r"\b(?:you|to) (?:swing|stop|drop|pop|come) (?:by|over|round) (?=on |at |tomorrow\b|this |next |"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|"
    r"\bgive an? (?:[\w-]+ )?(?:talk|presentation|seminar)\b|\bpencil(?:led|ed)? you in\b|\bcoffee\b|"
    # "30 minutes with our GM": the anchor opens on the word, not the number (numbers are searched whole).
    r"\b(?:minutes|mins|hours?) with\b",
    r"\b(?:sie|dich) (?:\w+ ){0,3}(?:kennenlernen|treffen|sehen|empfangen)\b|\berwarte[nt]? (?:sie|dich)\b",
    r"\b(?:vous|te) (?:recevoir|recevra|recevrons|rencontrer|rencontrera|rencontrerons|voir)\b|\baudition\b",
    r"\b(?:conocerte|conocerle|verte|verle|recibirte|recibirle)\b",
    # Meeting the team is meeting the reader: "dan kun je ook het team ontmoeten"; what the reader sent,
    # received or seen, is no meeting ("we hebben je cv in goede orde ontvangen", "je cv zien").
    r"\b(?:je|u) (?!(?:reactie|sollicitatie|kandidatuur|aanmelding|cv|brief|bericht|mail|e-mail|gegevens|"
    r"documenten|motivatie|portfolio) )(?:\w+ )?(?:ontmoeten|spreken|zien|ontvangen)\b|"
    r"\b(?:het|ons) team (?:\w+ )?(?:ontmoeten|leren kennen)\b",
    r"\b(?:conhecê-l[oa]|conhecer-te|recebê-l[oa]|falarmos|conversarmos)\b",
    r"\b(?:conoscerti|conoscerla|incontrarti|incontrarla|vederti|vederla)\b",
    # A talk with the reader asked for by hand, the step unnamed: "adoraríamos conversar contigo na quinta",
    # "nos encantaría charlar contigo el viernes", "j'aimerais discuter avec vous mardi".
    r"\b(?:conversar|falar|charlar|hablar|platicar) (?:contigo|consigo|conmigo|comigo|com você|con usted)\b|"
    r"\b(?:chiacchierare|parlare|fare due chiacchiere) con (?:te|lei)\b|\bdiscuter avec (?:vous|toi)\b|"
    r"\b(?:praten|kletsen) met (?:je|jou|u)\b",
    # Asked for at the front desk, the meeting the visit's point: "ask for me at reception", "fragen Sie
    # am Empfang nach mir", "demandez-moi à l'accueil", "pregunta por mí en recepción".
    r"\bask for (?:me|us|[a-z]+) at (?:the )?(?:reception|front desk|front counter|desk)\b|"
    r"\b(?:am empfang nach mir|nach mir am empfang)\b|\bdemande[zr]?(?:-moi)? (?:à|a) l'accueil\b|"
    r"\bpregunt(?:a|e|ad) por m[ií] en (?:la )?recepci[óo]n\b|\bvraag (?:naar mij|mij) bij de receptie\b|"
    r"\bpergunt(?:a|e) por mim na rece(?:p)?ção\b|"
    r"\bchied(?:i|a) di me (?:alla|in) (?:reception|portineria)\b",
    # Meeting those who choose, with a day named: "rencontrer le jury de recrutement le mardi 9 décembre".
    r"\bmeet (?:the|our) (?:[\w-]+ )?(?:jury|committee|board|manager|director|head)\b|"
    r"\b(?:auswahlkommission|kommission|jury|geschäftsführung) (?:\w+ ){0,2}(?:kennenlernen|treffen)\b|"
    r"\brencontrer\w* (?:le|la|les|notre|nos|l') ?(?:\w+ )?(?:jury|commission|direct\w*|responsable|"
    r"gérant\w*)|"
    r"\bconocer (?:al|a la|a nuestr[ao]) (?:\w+ )?(?:tribunal|comité|director\w*|responsable)|"
    r"\bkennismaken met (?:de|het|onze|ons) (?:\w+ )?(?:commissie|manager|directeur|leidinggevende)|"
    r"\bconhecer (?:a|o|nossa|nosso) (?:\w+ )?(?:banca|comissão|gestor\w*|diretor\w*)|"
    r"\bincontrare (?:la|il|i|le) (?:\w+ )?(?:commissione|responsabile|direttore|direttrice)",
    # Awaiting the reader, with a day named: "je vous attends au dépôt mardi", "ti aspettiamo in sede
    # giovedì", "te esperamos en nuestras oficinas el martes", "we zien je graag woensdag", "te espero na
    # loja sábado".
    r"\b(?:je|nous|on) (?:vous|t') ?attend(?:s|ons)?\b|\b(?:ti|la|vi|lo) aspett(?:o|iamo)\b|"
    r"\b(?:te|le|os|les) esper(?:o|amos)\b|\b(?:te|o|a) (?:espero|esperamos|aguardo|aguardamos)\b|"
    r"\b(?:zie|zien|spreek|spreken|ontvang|ontvangen|verwacht|verwachten) (?:ik|we|wij) (?:je|jou|u)\b|"
    r"\b(?:ik|we|wij) (?:zie|zien|spreek|spreken|ontvang|ontvangen|verwacht|verwachten) (?:je|jou|u)\b",
    # Coming over or meeting the writers, the step unnamed, at a day or time: "je vous propose de nous
    # rencontrer jeudi à 14h30", "riesci a passare mercoledì alle 16 in azienda?", "kun je langskomen?".
    r"\b(?:nous|se) rencontrer\b|\bpasser nous voir\b|\bpassare\b|"
    r"\b(?:incontrarci|vederci|vernos|reunirnos|encontrarnos|nos encontrarmos|nos vermos|vorbeikommen|"
    r"vorbeizukommen|uns (?:treffen|kennenlernen)|langskomen|langs (?:te )?komen)\b",
]
# The reader, as the sentence addresses them.
READER_FRAGMENTS = [
    r"\b(?:you|your|you're|you'll|you've|you'd)\b",
    r"\b(?:sie|ihnen|ihr|ihre[mnrs]?|du|dich|dir|dein(?:e[mnrs]?)?)\b",
    r"\b(?:vous|votre|vos|tu|toi|ton|ta|tes)\b|\bt'",
    r"\b\w{3,}(?:ar|er|ir)(?:te|le)\b|\b(?:usted|ustedes|te|tu|tus|contigo|le (?:invitamos|esperamos|"
    r"proponemos|confirmamos|citamos|escribimos|llamaremos))\b",
    r"\b(?:je|jij|jou|jouw|u|uw)\b",
    # Portuguese and Italian also write the reader onto the verb: "recebê-la", "darti", "incontrarla".
    r"\b(?:você|vocês|o senhor|a senhora|te|lhe|seu|sua|contigo|consigo)\b|-(?:la|lo|lhe)\b|"
    r"\b(?:a|o) (?:receber|acolher|contratar|integrar|convidar)\w*",
    r"\b(?:lei|la (?:invitiamo|aspettiamo|contatteremo)|ti|tuo|tua|suo|sua|vi|vostro|vostra)\b|"
    r"\b\w+(?:ar|er|ir)ti\b|\b\w{3,}(?:ar|er|ir)(?:la|le)\b",
    # An invitation in the imperative names no one: "grab a coffee with me at 10", "pop by on Friday".
    r"\b(?:grab|come|pop|drop|swing|stop) (?:a coffee|by|in|over|round|down)\b|"
    # Indian English asks politely: "Please attend the interview on 12th March", "you are requested to
    # come for the HR round", "kindly report at the venue".
    r"\b(?:please|kindly) (?:attend|appear|come|report|join)\b|\byou are (?:requested|invited)\b",
    # A person's question with its "have you" left out: "Got 20 min tomorrow for a call?", "Free Thursday
    # at 4?", "Around for a quick chat on Friday?" (a question only: the sentence ends in its mark).
    r"^\s*(?:got|free|around|available)\b(?=[^\n?]{0,120}\?\s*$)|"
    # Asked for at the front desk by name, in the imperative: "ask for me", "chiedi di me", "pregunta por mí".
    r"\bask for me\b|\bchied(?:i|a) di me\b|\bpregunt(?:a|e|ad) por m[ií]\b|\bpergunt(?:a|e) por mim\b|"
    r"\bvraag naar mij\b|\bdemandez-moi\b|\bfragen sie (?:\w+ ){0,3}nach mir\b",
]
# A day or a time: weekdays, "tomorrow", clock times, dates.
# A day named: a weekday, "tomorrow", "next week", in each language.
DAY_FRAGMENTS = [
    rf"\b(?:{one_of(ENGLISH)})\b|\b(?:tomorrow|tonight|next week|this afternoon|this morning)\b",
    rf"\b(?:{one_of(GERMAN)}|morgen|übermorgen|heute|nächste woche|kommende woche)\b",
    # A part of the day written onto its weekday: "Donnerstagnachmittag", "donderdagmiddag".
    rf"\b(?:{one_of(GERMAN)})(?:vormittag|nachmittag|mittag|abend|früh)\b",
    rf"\b(?:{one_of(DUTCH)}|morgen)(?:ochtend|middag|avond|morgen)\b",
    rf"\b(?:{one_of(FRENCH)}|demain|aujourd'hui|la semaine prochaine)\b",
    rf"\b(?:{one_of(SPANISH)}|mañana|pasado mañana|hoy|la semana que viene|la próxima semana)\b",
    rf"\b(?:{one_of(DUTCH)}|morgen|overmorgen|vandaag|volgende week)\b",
    rf"\b(?:{one_of(PORTUGUESE[:5])})(?:-feira)?\b"
    rf"|\b(?:{one_of(PORTUGUESE[5:])}|amanhã|hoje|próxima semana)\b",
    rf"\b(?:{one_of(ITALIAN)}|domani|dopodomani|oggi|la prossima settimana)\b",
]
# A date named: "tmrw", "12 mai", "3 de junho".
DATE_FRAGMENTS = [
    r"\btmrw\b|\b\d{1,2}\.? (?:jan|feb|mär|mar|apr|ma[iy]|mei|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janv|févr|"
    r"mars|avr|mai|juin|juil|août|sept|déc|ene|abr|ago|dic|giu|lug|ott|set|gen|fev|out|dez|maart|juni|juli)"
    rf"|\b\d{{1,2}}[°º]?\.? (?:de |di )?(?:{one_of(SPANISH_MONTHS, PORTUGUESE_MONTHS, ITALIAN_MONTHS)})\b",
]
WHEN_FRAGMENTS = [
    *DAY_FRAGMENTS,
    # "at 2pm", "14:30", "10h", "10 Uhr", "om 10 uur", "alle 15", "às 14h", "the 14th", "12.05.", "3/6".
    rf"\b(?:{CLOCK_TIME}|{HOUR}(?:{MINUTES})? ?hrs)\b",
    *DATE_FRAGMENTS,
    rf"\b(?:alle|às|a las|om) {HOUR}\b|\b\d{{1,2}}[./]\d{{1,2}}(?:[./]\d{{2,4}})?\b",
    # "on the 14th", "Saturday 12th", "3rd of June"; not a book's "6th Edition".
    r"\b(?:the|on|day) \d{1,2}(?:st|nd|rd|th)\b|"
    r"\b\d{1,2}(?:st|nd|rd|th) (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
]
# Verbs and nouns that set a time: the invitation without the day. Booking one is an act of the
# employer's process whatever the step; asking when suits ("wann passt Ihnen ein kurzes Telefonat?",
# "are you available for a chat?") is a stranger's first approach too, so it counts for an interview
# named as one.
BOOKING_FRAGMENTS = [
    r"\b(?:schedul|book|pencil|slot|invit|confirm|line up|lined up)\w*|\b(?:a time|a slot|time slot|"
    r"calendar|calendly)\b",
    r"\b(?:einlad|einzuladen|vereinbar|terminier|zeitfenster|bestätig)\w*",
    r"\b(?:invit|convi|convoqu|planifi|créneau|calendrier|confirm)\w*",
    r"\b(?:invit|agend|program|concert|cita|citar|confirm|reserv)\w*",
    r"\b(?:uitnodig|uit te nodigen|inplann|tijdslot|bevestig)\w*",
    r"\b(?:convid|agend|marc|confirm)\w*",
    r"\b(?:invit|fiss|programm|convoc|conferm|calendario)\w*",
]
ASKING_WHEN_FRAGMENTS = [
    r"\b(?:arrang|set up|organi[sz]|coordinat)\w*|\b(?:availability|available|diary|works for you|"
    r"suits you)\b|\b(?:are|is|would) you (?:be )?free\b",
    r"\b(?:termin|verfügbar|zeit für|passt)\w*",
    r"\b(?:organis|fix|propos|disponib|agenda)\w*",
    r"\b(?:coordin|disponib|horario|propon)\w*",
    r"\b(?:plann|afspra|beschikba|agenda)\w*",
    r"\b(?:disponib|horário|propo)\w*",
    r"\b(?:organizz|disponibil|propo)\w*",
]
# The writer fixing the meeting as settled, in a statement: "nos vemos el jueves a las 10", "dann sehen wir
# uns am Donnerstag um 14 Uhr", "ik bel je morgen rond 11 uur", "fica marcado para quinta às 14h", "je vous
# appellerai demain vers 14h", "Dienstag um 9 Uhr passt bei uns".
SETTLED_FRAGMENTS = [
    r"\b(?:see you|i'll call you|i will call you|we'll call you|that works for (?:me|us)|works for us)\b",
    r"\b(?:sehen wir uns|rufe ich (?:sie|dich)|ich rufe (?:sie|dich)|passt (?:bei uns|uns|mir)|bis dann)\b|"
    # The imperative fixes it too: "kommen Sie doch einfach am Montag um 7 Uhr in die Werkstatt".
    r"\b(?:kommen sie|komm) (?:doch|gern|gerne|einfach)\b",
    r"\b(?:je vous (?:appelle|appellerai|attends|rappelle|rappellerai)|nous vous (?:appellerons|attendons)|"
    r"c'est noté)\b",
    r"\b(?:(?:te|le) (?:confirmo|llamo|llamaré)|nos vemos|te esperamos|quedamos)\b",
    r"\b(?:zie ik je|zien we je|ik zie je|we zien je|bel ik je|ik bel je|we bellen je|tot dan)\b",
    r"\b(?:fica (?:então )?marcad[oa]|vou (?:ligar|telefonar)|ligo-lhe|te ligo|confirmo)\b",
]
# Moving a meeting to another time: "could we move our call to Thursday", "ik moet ons gesprek
# verzetten", "possiamo spostare il colloquio a sabato?". The meeting still stands: an interview.
MOVED_FRAGMENTS = [
    r"\b(?:re-?schedul\w*|rearrang\w*|move|moving|push (?:\w+ )?back|postpon\w*|bring (?:\w+ )?forward)\b|"
    # "Could we push our call to Friday", "shift our chat to Monday".
    r"\b(?:push|pushing|shift|shifting) (?:our|the|your|my) (?:[\w-]+ )?(?:call|chat|interview|meeting|"
    r"conversation) (?:to|back)\b",
    r"\b(?:verschieb\w*|verschoben|verleg\w*|umplan\w*)",
    r"\b(?:décal\w*|déplac\w*|report(?:er|ons|é|ée)\b|reprogramm\w*)",
    r"\b(?:cambiar|mover|aplazar|posponer|reprogramar|retrasar|adelantar)\b",
    r"\b(?:verzet\w*|verplaats\w*|verschuiv\w*|uitstellen|uit te stellen)",
    r"\b(?:remarc\w*|adiar|reagend\w*|transferir)\b",
    r"\b(?:spostar\w*|spostiamo|rimandar\w*|posticip\w*|anticipar\w*)",
]
# German thanks for something behind the reader: "danke für", "vielen Dank nochmals für" (test_shape.py and
# earlier_steps.py thank with it too).
GERMAN_THANKS_FOR = r"\b(?:danke|dank) (?:nochmals |nochmal |noch einmal )?für"
# The meeting already held: thanks for it, what followed it, the days before today.
PAST_FRAGMENTS = [
    r"\bthank(?:s| you)(?: \w+){0,2} for (?:attending|coming|meeting|your time|taking the time|speaking|"
    r"interviewing|chatting|talking|(?:the|your|a|our) (?:[\w-]+ ){0,2}?(?:interview|call|chat|conversation|"
    r"meeting))\b",
    # Taking part in it: "thank you for participating in the interview", "gracias por participar en la
    # entrevista", "grazie per aver partecipato al colloquio" (not "te invitamos a participar en ...").
    r"\bthank(?:s| you)(?: \w+){0,2} for (?:participating|taking part) in (?:the|our|your) (?:[\w-]+ )?"
    r"(?:interview|call|chat|conversation|meeting)",
    rf"{GERMAN_THANKS_FOR} (?:die|ihre|deine) teilnahme (?:am|an) (?:\w+ )?(?:\w*gespräch|interview)",
    r"\bmerci (?:d'avoir|pour votre|de votre) (?:participé|assisté|participation|présence) (?:à )?"
    r"(?:l'|notre|votre|cet|ce|le) ?(?:\w+ )?(?:entretien|échange|rendez-vous)",
    r"\bgracias por (?:participar|asistir|acudir|tu participación|su participación|venir) (?:en|a) "
    r"(?:la|el|nuestra|nuestro|tu|su) (?:\w+ )?(?:entrevista|llamada|reunión|charla)",
    r"\bbedankt voor (?:je|jouw|uw) (?:deelname aan|komst naar) (?:het|ons) (?:\w+)?gesprek",
    r"\b(?:obrigad[oa]|agradecemos) (?:por |pela )?(?:sua )?(?:participar|participação|comparecer|presença) "
    r"(?:na|em|à) (?:\w+ )?(?:entrevista|conversa|reunião)",
    r"\bgrazie (?:per|di) (?:aver partecipato|la (?:tua |sua )?partecipazione) (?:al|alla|a) (?:\w+ )?"
    r"(?:colloquio|chiacchierata|incontro)",
    r"\b(?:enjoyed|attended|yesterday|last week|earlier today|(?:was|were) (?:great|lovely|nice|good)|"
    r"(?:we|i) (?:had|met|spoke))\b|\b(?:after|following|since) (?:our|your|the|my) (?:[\w-]+ )?(?:interview|"
    r"call|chat|conversation|meeting)",
    # What a meeting left: "I've sent your CV and the notes from our call to the client this afternoon".
    r"\b(?:notes|summary|recap|write-up) (?:from|of) (?:our|your|the|my|today's|yesterday's) (?:[\w-]+ )?"
    r"(?:interview|call|chat|conversation|meeting)",
    # The same left in a recruiter's report of it: "my interview notes", "mi informe de la entrevista", "le
    # compte rendu de notre entretien", "meinen Gesprächsbericht", "het verslag van ons gesprek", "o relatório
    # da entrevista", "il report del colloquio".
    r"\binterview (?:notes|report|write-up|summary|feedback)\b|"
    r"\b(?:informe|resumen|notas|valoración) de (?:la|nuestra|tu|su) (?:\w+ )?entrevista\b|"
    r"\bcompte[- ]rendu (?:de|d') ?(?:l'|notre|votre) ?(?:\w+ )?(?:entretien|échange)\b|"
    r"\b(?:gesprächs|interview)(?:notizen|bericht|protokoll|einschätzung)\b|"
    r"\bverslag van (?:het|ons) (?:\w+)?gesprek\b|"
    r"\b(?:relatório|notas|parecer) d[ao] (?:nossa |sua |tua )?(?:\w+ )?entrevista\b|"
    r"\b(?:report|note|relazione|valutazione) del (?:nostro |tuo |suo )?(?:\w+ )?colloquio\b",
    rf"{GERMAN_THANKS_FOR} (?:das|ihr|dein|unser)e?s? (?:\w+ )?(?:gespräch|interview|telefonat|zeit)|"
    r"\b(?:gestern|letzte woche|stattgefunden|geführt|hatten)\b|\bnach (?:unserem|dem|ihrem|deinem) ",
    # Thanks said again ("merci encore pour l'appel de lundi", "merci à nouveau pour cet entretien") thank
    # for it too, as in each language below.
    r"\bmerci(?: encore| à nouveau| de nouveau| encore une fois)? (?:pour|de) "
    r"(?:l'|notre|votre|ton|ta|cet|ce|cette) ?(?:entretien|échange|appel|temps|rencontre)|\b(?:suite|"
    r"après) (?:à )?(?:notre|votre|l'|cet|ce) ?(?:entretien|échange|appel|rendez-vous)|\b(?:d'hier|"
    r"hier (?:matin|après-midi|soir)|la semaine dernière|avons eu)\b",
    r"\bgracias(?: de nuevo| otra vez| nuevamente)? por (?:la|tu|su|el) "
    r"(?:entrevista|llamada|tiempo|charla)|\b(?:tras|después de) (?:las?|"
    r"nuestras?|sus?|tus?) (?:entrevista|llamada|reunión|charla)|\b(?:ayer|la semana pasada|tuvimos)\b",
    r"\b(?:nogmaals )?bedankt(?: nogmaals| nog)? voor (?:het|ons|je|jouw|uw) "
    r"(?:\w+ )?(?:gesprek|tijd)|\bna (?:ons|het|onze|je|jouw|uw) "
    r"(?:\w+)?gesprek|\b(?:gisteren|vorige week|hadden)\b",
    # "Je hebt de eerste gespreksronde succesvol doorlopen", "naar aanleiding van het gesprek": behind.
    r"\bnaar aanleiding van (?:ons|het|onze|je|jouw|uw) (?:\w+)?gesprek|"
    r"\b(?:doorlopen|afgerond|plaatsgevonden)\b",
    r"\bobrigad[oa](?: novamente| mais uma vez| de novo)? pel[ao] "
    r"(?:entrevista|conversa|tempo|chamada)|\b(?:após|depois d)[ao]? (?:a |o |"
    r"nossa |sua )?(?:entrevista|conversa|chamada|reunião)|\b(?:ontem|semana passada|tivemos)\b",
    r"\bgrazie(?: ancora| di nuovo| ancora una volta)? per (?:il|la|l') ?(?:colloquio|chiacchierata|tempo|"
    r"chiamata)|\bdopo (?:il|la|l'|il nostro|"
    r"la nostra) ?(?:colloquio|chiacchierata|chiamata|incontro)|\b(?:ieri|la settimana scorsa|abbiamo "
    r"avuto)\b",
    # A conversation held, recalled as a pleasure: "foi muito bom conversar com você na sexta", "fue un placer
    # hablar contigo el martes", "è stato un piacere sentirla lunedì", "c'était un plaisir d'échanger jeudi",
    # "leuk je dinsdag gesproken te hebben", "es war schön, am Montag mit Ihnen zu sprechen".
    r"\bfoi (?:muito |mesmo |um )?(?:bom|ótimo|óptimo|prazer|agradável)\b|"
    r"\bfue (?:muy |un )?(?:bueno|genial|placer|agradable)\b|"
    r"\bè stato (?:molto |davvero |un )?(?:bello|piacere|piacevole)\b|"
    r"\bc'était (?:très |vraiment |un )?(?:agréable|plaisir|super)\b|"
    r"\bgesproken te hebben\b|\bwas (?:erg |heel |echt )?(?:leuk|fijn|prettig)\b|"
    r"\bwar (?:sehr |wirklich )?(?:schön|nett|angenehm)\b",
]
# "No problem at all - I've moved your interview to Friday": a pleasantry negates nothing.
NEGATION_FRAGMENTS = [
    whole_words(negations.ENGLISH + negations.CANNOT)
    + "(?! a problem)|"
    + negations.ENGLISH_CONTRACTED
    + r"\b(?! worry)",
    whole_words(negations.GERMAN) + r"(?! (?:problem|thema|stress))",
    whole_words(negations.FRENCH) + r"(?! de (?:souci|problème))|" + negations.FRENCH_ELIDED,
    whole_words(negations.SPANISH + negations.DUTCH + negations.PORTUGUESE + negations.ITALIAN)
    + r"(?! (?:problem|worries|hay problema|probleem|problema|c'è problema|preoccup))",
]
# Learning to interview, not being interviewed: webinars, workshops, practice, coaching.
NOT_A_STEP_FRAGMENTS = [
    # A garage's "see the workshop" is its floor; "a free workshop on Tuesday" is an event.
    r"\b(?:a|free|online|live|our next) (?:[\w-]+ )?workshops?\b|"
    r"\b(?:webinar|masterclass|seminar|course|class|coaching|mock|practice|practise|skills|"
    r"questions|tips|fair|event|livestream|podcast|newsletter|unsubscribe|support|helpline|hotline|"
    r"customer|lines are open|opening hours|office hours|article|guide|script|"
    r"read more|order|edition|training|pull request|endpoint|repository|review)s?\b|"
    # Someone else's meeting: "the board approved your hire at its meeting on March 24".
    r"\b(?:its|their|his|her|board|council|committee|staff|team|all-hands) (?:[\w-]+ )?(?:meeting|call)s?\b|"
    r"\b(?:call|chat with|contact) (?:us|our)\b",
    # Not the "feira" of "quarta-feira" (Wednesday).
    r"(?<!-)\b(?:schulung|seminar|kurs|übung|messe|veranstaltung|webinaire|atelier|formation|salon|taller|"
    r"curso|feria|evento|cursus|beurs|feira|corso|fiera)\w*",
]
