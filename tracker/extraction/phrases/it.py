"""Italian phrasing of job-search mail: the common phrases (categories as in en_status / en_kinds).

Italian mail addresses the reader as "tu" (startups, job boards) or "Lei" (most employers).
"""

_YOUR = r"(?:la tua|la sua|tua|sua|la vostra)"

CONFIRMATION = [
    rf"\bgrazie per (?:{_YOUR} |aver inviato (?:la )?|averci inviato (?:la )?)?(?:candidatura|interesse)",
    r"\bgrazie per (?:esserti|essersi) candidat",
    rf"\babbiamo (?:correttamente |regolarmente )?ricevuto {_YOUR} (?:candidatura|cv|curriculum)",
    rf"\b{_YOUR} candidatura\b[^.\n]{{0,100}}?\b(?:è stata|è) (?:\w+ )?(?:ricevuta|inviata|registrata|"
    rf"inoltrata|"
    r"trasmessa)",
    r"\b(?:ti sei|si è) candidat[oa]\b",
    r"\belementi (?:seguenti )?sono stati inviati\b",
    rf"\b(?:valuteremo|stiamo valutando|esamineremo) {_YOUR} (?:candidatura|profilo|cv)",
]
APPLICATION_REFERENCE = [rf"\b{_YOUR} candidatura\b", r"\bprocesso di selezione\b"]
REJECTION = [
    r"\bpurtroppo\b[^.\n]{0,80}\bnon\b",
    r"\b(?:siamo spiacenti|ci dispiace) (?:di )?(?:comunicar|informar)",
    r"\b(?:proseguire|procedere|andare avanti|continuare) con (?:altri|altre|un altro|un'altra) "
    r"(?:candidat|profil)",
    r"\bnon (?:è stat[oa]|sei stat[oa]|siete stati) selezionat",
    r"\bdi non (?:proseguire|procedere|andare avanti|dare seguito)",
    r"\bnon (?:è stat[oa]|sei stat[oa]) (?:ritenut[oa] )?idone",
    r"\bindividuato (?:un|altri|un altro|un'altra) (?:profil|candidat)",
    r"\b(?:tuo|suo) profilo non (?:\w+ ){0,2}(?:è in linea|corrisponde|rispecchia|rispond)",
    r"\bposizione (?:\w+ ){0,2}(?:già )?(?:stata )?(?:coperta|chiusa)",
    r"\bnon (?:potremo|possiamo|procederemo|proseguiremo) (?:\w+ ){0,2}(?:proseguire|procedere|dare seguito|"
    r"con la tua|con la sua)",
    r"\b(?:altri|altre) (?:candidat|profil)\w* (?:\w+ ){0,6}(?:più|maggiormente) (?:in linea|adatt|aderent)",
    r"\b(?:successo|in bocca al lupo|buona fortuna)\b[^.\n]{0,40}\b(?:tua|sua|tuo|suo) (?:ricerca|carriera|"
    r"percorso professionale|futuro)",
]
WITHDRAWN = [
    r"\b(?:posizione|ricerca|selezione|processo)\w* (?:\w+ ){0,3}(?:annullat|sospes|congelat)",
    rf"\britirato {_YOUR} candidatura",
]
SEARCH_STOPPED: list[str] = []
OFFER = [
    r"\b(?:offerta|proposta) (?:formale )?(?:di lavoro|di assunzione|contrattuale)",
    r"\blettera (?:di )?(?:offerta|assunzione)\b",
    r"\b(?:siamo lieti|abbiamo il piacere) di (?:offrirti|offrirle|proporti|proporle)",
]
INTERVIEW = [
    r"\bcolloquio\b",
    r"\b(?:invitarti|invitarla|invitiamo) (?:a|ad|per) (?:un |una )?(?:colloquio|intervista|incontro|"
    r"chiamata)",
    r"\b(?:fissare|organizzare|programmare|concordare) (?:un |una )?(?:colloquio|intervista|incontro|"
    r"appuntamento|chiamata)",
    r"\b(?:tua|sua) disponibilità\b",
]
ASSESSMENT = [
    r"\b(?:test|prova|esercizio|questionario) (?:online|tecnic[oa]|attitudinale|di logica|pratic[oa])",
    r"\bcaso studio\b",
]
GENERAL_CANDIDATES = [r"\b(?:candidati|profili|candidature) (?:selezionat|idone|che)\w*"]
HEDGE = [r"\bse\b", r"\bqualora\b", r"\bnel caso\b", r"\bquando\b"]
JOB_ALERT = [
    r"\bnuove offerte\b",
    r"\bofferte di lavoro (?:per te|consigliate|simili)",
    r"\bannunci (?:consigliati|simili|per te)",
    r"\bcandidati (?:ora|subito)\b",
    r"\blavori consigliati\b",
]
OUTREACH = [
    r"\b(?:nostro|mio) cliente\b",
    r"\b(?:tuo|suo) profilo (?:ha attirato|mi ha colpito)",
    r"\bho (?:visto|trovato) il (?:tuo|suo) profilo\b",
    r"\b(?:saresti|sarebbe) interessat[oa]\b",
    r"\bopportunità (?:lavorativa|professionale)\b",
]
REMINDER = [rf"\b(?:completa|completare|termina) {_YOUR} candidatura"]
ACCOUNT = [r"\baccount (?:è stato )?(?:creato|attivato)", r"\bpassword\b"]
SURVEY = [r"\bsondaggio\b", r"\bquestionario di (?:gradimento|soddisfazione)"]
JOB_WORDS = [r"\b(?:candidat\w+|selezione|offerta di lavoro|annuncio|colloquio|posizione|assunzione)"]
SUBJECT_APPLICATION = [r"\bcandidatura\b"]
SUBJECT_ALERT = [r"\bnuove offerte\b", r"\bofferte di lavoro\b"]
SUBJECT_REJECTION = [r"\besito negativo\b"]
SUBJECT_WITHDRAWN: list[str] = []
SUBJECT_OFFER = [r"\bproposta di assunzione\b"]
SUBJECT_INTERVIEW = [r"\b(?:colloquio|convocazione)\b"]
SUBJECT_ASSESSMENT = [r"\b(?:test online|prova tecnica)\b"]

NAME_STOP_WORDS = {
    "tua", "sua", "tuo", "suo", "gentile", "ciao", "buongiorno", "candidatura",
    "grazie", "purtroppo", "cordiali", "saluti", "egregio",
}  # fmt: skip
