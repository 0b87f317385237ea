"""German phrasing of job-search mail: the common phrases (categories as in en_status / en_kinds).

German writes people's groups with gender marks ("Bewerber:innen", "Kandidat*innen", "BewerberInnen"),
so words for candidates end in `_GROUP`; "Ihnen" (formal) and "dir" (informal) are both common.
"""

# "Bewerber", "Bewerber:innen", "Kandidat*innen", "Personen", "Profile", "Bewerbungen".
_GROUP = r"(?:bewerber|kandidat|person|profil|bewerbung)[\w:*/]*"
_YOU = r"(?:ihnen|dir|euch)"
_YOUR = r"(?:ihre|deine|eure)"
_ANOTHER = r"(?:anderen?|andere|andere:n|andere\*n|andere/n)"

CONFIRMATION = [
    r"\b(?:vielen )?dank (?:für|fuer) (?:ihre|deine|die) (?:\w+ )?(?:bewerbung|interesse)",
    r"\b(?:wir haben|haben wir) (?:ihre|deine) (?:\w+ )?(?:bewerbung|unterlagen|bewerbungsunterlagen)\b"
    r"[^.\n]{0,80}?\b(?:erhalten|bekommen|eingegangen)",
    r"\b(?:ihre|deine) (?:\w+ )?(?:bewerbung|unterlagen) (?:ist|sind|wurde|"
    r"wurden) (?:\w+ ){0,3}(?:eingegangen|"
    r"angekommen|übermittelt|weitergeleitet)",
    r"\beingangsbestätigung\b",
    r"\b(?:ihre|deine) bewerbung\b[^.\n]{0,80}?\b(?:wurde|ist) (?:\w+ ){0,3}(?:an [^.\n]{1,60} )?"
    r"(?:übermittelt|versendet|gesendet|verschickt|weitergeleitet)",
    r"\bbewerbung (?:erfolgreich )?(?:eingegangen|übermittelt|versendet|abgeschickt)",
    r"\b(?:prüfen|sichten) (?:ihre|deine) (?:bewerbung|unterlagen)",
    r"\b(?:ihre|deine) (?:bewerbung|unterlagen) (?:wird|werden) (?:\w+ ){0,3}(?:geprüft|gesichtet|"
    r"bearbeitet)",
    r"\b(?:du hast dich|sie haben sich) (?:\w+ ){0,2}(?:beworben|erfolgreich beworben)",
    r"\b(?:unterlagen|dokumente) (?:wurden|wurde) (?:\w+ ){0,2}an [^.\n]{1,60} "
    r"(?:gesendet|übermittelt|versendet)",
]
APPLICATION_REFERENCE = [
    r"\b(?:ihre|deine|ihrer|deiner) bewerbung\b",
    r"\bbewerbung (?:als|für|auf|bei)\b",
    r"\b(?:bewerbungsprozess|auswahlprozess|auswahlverfahren|bewerbungsverfahren)\b",
]
REJECTION = [
    r"\bleider (?:\w+ ){0,6}(?:nicht|kein|keine|keinen|absage|anderen? (?:kandidat|bewerber))\b",
    rf"\b(?:müssen|muss) (?:wir |ich )?{_YOU} (?:\w+ ){{0,3}}(?:mitteilen|absagen)",
    r"\babsage\b",
    r"\babsagen\b",
    rf"\bsagen (?:wir |ich )?{_YOU} (?:\w+ ){{0,2}}ab\b",
    r"\bnicht (?:mehr |weiter |länger )?(?:berücksichtigen|berücksichtigt|weiterverfolgen|weiterzuverfolgen|"
    r"weiter verfolgen|weiterführen|fortführen|in betracht)",
    r"\bnicht (?:mehr )?in (?:die|der|den) (?:engere|engeren|letzte|letzten|nächste|nächsten|weitere|"
    r"weiteren|zweite|zweiten) (?:auswahl|wahl|runde|kreis|auswahlrunde)",
    rf"\b(?:für|fuer) (?:einen |eine )?{_ANOTHER} {_GROUP} (?:\w+ ){{0,8}}entschieden",
    rf"\b{_ANOTHER} {_GROUP} entschieden",
    # "für eine Bewerberin entschieden": someone else was chosen.
    r"\bfür (?:einen|eine) (?:bewerber|kandidat)[\w:*/]* (?:\w+ ){0,6}entschieden",
    rf"\bmit {_ANOTHER} {_GROUP} (?:\w+ ){{0,3}}(?:fortzufahren|fortfahren|fortzusetzen|fortsetzen|"
    r"weiterzumachen|weiterzugehen)",
    rf"\bentschieden,? (?:\w+ ){{0,3}}{_ANOTHER} {_GROUP}",
    rf"\b{_ANOTHER} {_GROUP} (?:\w+ ){{0,10}}(?:besser|treffender|genauer|näher|passender|stärker|mehr)\b",
    # "... die dem Profil noch besser entsprachen"; never "wann es für dich besser passt".
    r"\b(?:besser|treffender|genauer|näher|passender) (?:\w+ ){0,4}(?:passte|passten|entsprach|entsprachen|"
    r"entsprechen|erfüllen|erfüllten|kamen|kam|zugeschnitten)\b",
    r"\banderweitig (?:entschieden|orientiert|besetzt|vergeben)",
    r"\bzu unserem (?:großen )?bedauern\b",
    r"\bentscheidung gegen (?:eine|ihre|deine|sie|dich)\b",
    r"\b(?:stelle|position|vakanz)\w* (?:\w+ ){0,3}(?<!nicht )(?:besetzt|vergeben)\b",
    r"\bnicht mehr (?:vakant|verfügbar|offen|frei|zu besetzen)\b",
    r"\bkein\w* (?:positive|positivere|bessere|gute|erfreuliche|erfreulichere)\w* (?:nachricht|rückmeldung|"
    r"bescheid|antwort|mitteilung|nachrichten)",
    r"\bkein (?:\w+ ){0,2}angebot (?:machen|unterbreiten)",
    r"\b(?:bedauern|bedauerlicherweise)\b[^.\n]{0,80}?\b(?:nicht|kein|keine|keinen)\b",
    r"\bnicht (?:\w+ ){0,2}(?:geklappt|gepasst)\b",
    r"\b(?:profil|qualifikation\w*|unterlagen|erfahrung\w*) (?:\w+ ){0,4}nicht (?:\w+ ){0,5}(?:entspricht|"
    r"entsprechen|passt|passen|übereinstimm\w*)",
    # The formula that closes a German rejection: good luck for the rest of your career.
    r"\b(?:alles gute|viel erfolg|viel glück)\b[^.\n]{0,50}\b(?:weitere[nmr]? (?:berufliche[nmr]? )?(?:weg|"
    r"berufsweg|werdegang|laufbahn|jobsuche|suche|zukunft|karriere\w*|lebensweg|schritte)|(?:berufliche|"
    r"persönliche|private)[nmr]? (?:und (?:berufliche|persönliche|private)[nmr]? )?(?:zukunft|weg|"
    r"laufbahn|werdegang|ambitionen|schritte))",
    r"\b(?:für|auf|bei) (?:ihre|ihren|ihrem|deine|deinen|"
    r"deinem) (?:weitere[nmr]? (?:berufliche[nmr]? )?(?:weg|"
    r"berufsweg|werdegang|laufbahn|jobsuche|suche|zukunft|karriere\w*|lebensweg|schritte)|(?:berufliche|"
    r"persönliche|private)[nmr]? (?:und (?:berufliche|persönliche|private)[nmr]? )?(?:zukunft|weg|"
    r"laufbahn|werdegang|ambitionen|schritte))\b[^.\n]{0,40}\b(?:alles gute|viel erfolg|viel glück)",
]
WITHDRAWN = [
    r"\b(?:stelle|position|ausschreibung)\w* (?:\w+ ){0,3}(?:zurückgezogen|storniert|gestrichen|"
    r"auf eis gelegt|pausiert|eingestellt|aufgehoben|abgebrochen)",
    rf"\b{_YOUR} bewerbung (?:\w+ ){{0,2}}zurückgezogen",
    r"\brückzug (?:ihrer|deiner) bewerbung",
    # The post itself is no longer filled: a withdrawal, whatever bad news opens the sentence.
    r"\b(?:stelle|position|vakanz)\w* (?:\w+ ){0,3}(?:wird |werden )?nicht (?:mehr )?(?:nach)?besetzt "
    r"(?:wird|werden)\b",
    r"\b(?:stelle|position|vakanz)\w* (?:wird|werden) (?:\w+ ){0,2}nicht (?:mehr )?(?:nach)?besetzt\b",
    r"\b(?:besetzungsprozess|auswahlprozess|auswahlverfahren|"
    r"recruitingprozess)\w* (?:\w+ ){0,3}(?:eingestellt|"
    r"gestoppt|pausiert|abgebrochen|ausgesetzt)",
]
SEARCH_STOPPED = [r"\b(?:nicht|nicht mehr) (?:weiter )?(?:besetzt|nachbesetzt) werden"]
OFFER = [
    r"\bvertragsangebot\b",
    r"\b(?:freuen|freue) (?:uns|mich),? (?:\w+ ){0,3}(?:ihnen|dir) (?:\w+ ){0,3}(?:angebot|die stelle|"
    r"eine zusage)",
    r"\barbeitsvertrag\b",
    r"\bzusage (?:für|fuer) die stelle",
    r"\b(?:uns|wir) (?:\w+ ){0,2}für (?:sie|dich) entschieden",
    r"\b(?:ihnen|dir) (?:die|diese) (?:stelle|position) (?:\w+ ){0,2}anbieten",
    rf"\b{_YOU} (?:\w+ ){{0,3}}(?:ein |unser )?(?:angebot|vertragsangebot|"
    rf"jobangebot) (?:zu )?(?:unterbreiten|"
    r"machen|senden|schicken)",
]
INTERVIEW = [
    # A newsletter's "Tipps zum Vorstellungsgespräch" names the step; "Ihr Vorstellungsgespräch" is one.
    r"\b(?:ihr|ihrem|dein|deinem|das|ein|einem|unser|unserem|persönliche[ns]?|virtuelle[ns]?|"
    r"telefonische[ns]?|erste[ns]?|zweite[ns]?) (?:telefoninterview|kennenlerngespräch|bewerbungsgespräch|"
    r"vorstellungsgespräch|videointerview|video-interview|online-interview|zweitgespräch|erstgespräch)",
    r"\beinladung (?:zu|zum) (?:einem |einem persönlichen |einem telefonischen )?(?:gespräch|interview|"
    r"kennenlernen|telefonat|vorstellungsgespräch|bewerbungsgespräch|videointerview)",
    r"\b(?:interviewtermin|gesprächstermin|interview-details|interviewpartner|gesprächspartner)",
    r"\b(?:gerne|gern) (?:\w+ ){0,3}kennen ?(?:zu )?lernen",
    r"\b(?:persönlich|näher) kennen ?(?:zu )?lernen",
    r"\bim rahmen eines (?:\w+ )?(?:gespräch|interview|telefonat|kennenlern)",
    r"\b(?:lade|laden) (?:ich |wir )?(?:sie|dich|euch) (?:\w+ ){0,5}(?:zu|zum|zur) (?:\w+ ){0,4}(?:gespräch|"
    r"interview|videointerview|kennenlernen|telefonat|termin|austausch|call)",
    r"\b(?:zu|zum) (?:\w+ ){0,3}(?:gespräch|interview|kennenlernen|telefonat|austausch|videocall|video-call|"
    r"vorstellungsgespräch|bewerbungsgespräch|videointerview|"
    r"kennenlerntermin|vorstellungstermin)\w*\b[^.\n]{0,150}?"
    r"\b(?:einladen|einzuladen)\b",
    r"\btermin (?:für|zu|zum) (?:ein|einem|das|unser|ihr|dein)\w* (?:[\w-]+ ){0,3}(?:gespräch|interview|"
    r"telefonat|kennenlernen|call)",
    r"\bvereinbarten (?:\w+ )?termin",
    r"\b(?:telefonat|gespräch|termin|call) (?:\w+ ){0,2}vorschlagen",
    r"\b(?:ihr|dein) interview (?:für|am|mit|bei)\b",
    r"\b(?:terminvorschläge|terminabstimmung|terminfindung)\b",
]
ASSESSMENT = [
    r"\b(?:online-test|onlinetest|eignungstest|einstufungstest|persönlichkeitstest|programmieraufgabe|"
    r"fallstudie|testaufgabe|probeaufgabe|assessment|fachaufgabe|case study|coding-challenge|"
    r"online-assessment|testverfahren)",
]
# "Auch wenn" concedes ("auch wenn es schwerfällt, müssen wir absagen"); it hedges nothing.
# Candidates in general ("ausgewählte Bewerber:innen werden eingeladen"): a description, not news.
GENERAL_CANDIDATES = [
    r"\b(?:ausgewählte[n]?|geeignete[n]?|passende[n]?|erfolgreiche[n]?|alle) (?:bewerber|kandidat)[\w:*/]*",
    r"\b(?:bewerber|kandidat)[\w:*/]*,? (?:die|deren|welche)\b",
]
HEDGE = [r"\btipps\b", r"\bfalls\b", r"\b(?<!auch )(?<!selbst )wenn\b", r"\bsobald\b", r"\bsollten\b"]
JOB_ALERT = [
    r"\bneue (?:jobs|stellen|stellenangebote)\b",
    r"\bjob(?:-| )?(?:alarm|empfehlungen|vorschläge)",
    r"\bpassende (?:stellen|jobs|stellenangebote)",
    r"\b(?:stellenangebote|jobs),? (?:für sie|für dich|die zu (?:ihnen|dir|ihrem profil|deinem profil) "
    r"passen)",
    r"\bempfohlene (?:jobs|stellen|stellenangebote)\b",
    r"\b(?:könnte|könnten) (?:sie|dich) (?:auch )?interessieren\b",
    r"\bsucht verstärkung\b",
    r"\bsuchauftrag\b",
    r"\bjetzt bewerben\b",
    r"\bjobagent\b",
    r"\b(?:ähnliche|weitere) (?:jobs|stellen|stellenangebote)\b",
    r"\bjobs der woche\b",
]
OUTREACH = [
    r"\bihr profil (?:ist mir|hat mich)",
    r"\bunser(?:em)? kunden?\b",
    r"\b(?:auf (?:ihr|dein) profil|über (?:ihr|dein) profil) (?:\w+ ){0,4}(?:aufmerksam|gestoßen)",
    r"\bim auftrag (?:unseres|eines) (?:kunden|mandanten)",
    r"\bspannende(?:n)? (?:position|stelle|herausforderung|vakanz|aufgabe)\b",
    r"\b(?:hätten|haben) sie (?:\w+ )?interesse\b|\bhättest du (?:\w+ )?interesse\b",
    r"\b(?:wechselbereit|offen für (?:eine )?(?:neue|neues) (?:herausforderung|position|stelle|job))",
    r"\b(?:personalberater|headhunter|personalvermittl)\w*",
]
MARKETING = [r"\b(?:newsletter abbestellen|karriere-?tipps|bewerbungstipps|webinar)\b"]
REMINDER = [r"\bbewerbung (?:abschließen|fortsetzen|vervollständigen)", r"\bnoch nicht abgeschlossen"]
ACCOUNT = [
    r"\b(?:konto|benutzerkonto|account|kandidatenkonto) (?:\w+ )?(?:erstellt|angelegt|aktiviert)",
    r"\bpasswort\b",
]
SURVEY = [r"\bumfrage\b"]
# Words only German job mail uses, beyond roles.JOB_WORDS.
JOB_WORDS = [
    r"\b(?:kandidat\w*|bewerber\w*|auswahlprozess|auswahlverfahren|lebenslauf|personalabteilung|"
    r"stellenausschreibung|anforderungsprofil|videointerview|vorstellungsgespräch|bewerbungsgespräch)",
]
SUBJECT_APPLICATION = [r"\bbewerbung\b", r"\beingangsbestätigung\b"]
SUBJECT_ALERT = [
    r"\bneue (?:jobs|stellen|stellenangebote)\b",
    r"\bjob(?:-| )?(?:alarm|empfehlungen)",
    r"\bjobagent\b",
]
SUBJECT_REJECTION = [r"\babsage\b"]
SUBJECT_WITHDRAWN: list[str] = []
SUBJECT_OFFER = [r"\b(?:vertragsangebot|jobangebot|zusage)\b"]
SUBJECT_INTERVIEW = [
    r"\b(?:einladung (?:zu|zum) (?:einem )?(?:vorstellungsgespräch|interview|gespräch|kennenlernen|"
    r"video-?interview)|vorstellungsgespräch|interview-?einladung|gesprächseinladung)\b"
]
SUBJECT_ASSESSMENT = [r"\b(?:online-test|eignungstest|assessment)\b"]

# Capitalised words of German mail that never begin or make an employer's name (all nouns are capitalised).
NAME_STOP_WORDS = {
    "ihr", "ihre", "ihrer", "ihren", "ihrem", "ihres", "sie", "dein", "deine", "deiner", "deinen", "deinem",
    "du", "dich", "dir", "ihnen", "ich", "mir", "mich", "wir", "uns", "unser", "unsere",
    "unserer", "unseren", "unserem", "euch", "euer",
    "herr", "herrn", "frau", "bewerbung", "bewerbungen", "interesse", "stelle", "absage", "vielen", "dank",
    "liebe", "lieber", "hallo", "guten", "sehr", "geehrte", "geehrter", "fragen", "rückfragen", "bedarf",
    "nachricht", "rückmeldung", "unterlagen", "vertrauen", "zukunft", "grüße", "gruß", "mitarbeit",
    # Nouns that follow "bei"/"beim" in running text ("bei Unklarheiten", "beim Empfang").
    "empfang", "gespräch", "vorstellungsgespräch", "termin", "terminen", "problemen", "unklarheiten",
    "verhinderung", "ankunft", "anreise", "eintritt", "gelegenheit", "erfolg",
}  # fmt: skip
