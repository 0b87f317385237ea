"""German phrasing of job-search mail: the common phrases (categories as in en_status / en_kinds)."""

CONFIRMATION = [
    r"\b(?:vielen )?dank (?:für|fuer) (?:ihre|deine|die) (?:\w+ )?(?:bewerbung|interesse)",
    r"\b(?:wir haben|haben wir) (?:ihre|deine) (?:\w+ )?(?:bewerbung|unterlagen) (?:\w+ ){0,3}(?:erhalten|"
    r"bekommen|eingegangen)",
    r"\b(?:ihre|deine) (?:\w+ )?(?:bewerbung|unterlagen) (?:ist|sind) (?:\w+ ){0,3}(?:eingegangen|"
    r"angekommen)",
    r"\beingangsbestätigung\b",
    r"\bbewerbung (?:erfolgreich )?(?:eingegangen|übermittelt|versendet|abgeschickt)",
    r"\b(?:prüfen|sichten) (?:ihre|deine) (?:bewerbung|unterlagen)",
]
APPLICATION_REFERENCE = [r"\b(?:ihre|deine) bewerbung\b", r"\bbewerbung (?:als|für|auf|bei)\b"]
REJECTION = [
    r"\bleider (?:\w+ ){0,6}(?:nicht|keine|absage|anderen? (?:kandidat|bewerber))",
    r"\b(?:müssen|muss) (?:wir )?ihnen (?:leider )?(?:mitteilen|absagen)",
    r"\babsage\b",
    r"\bnicht (?:weiter )?(?:berücksichtigen|berücksichtigt|weiterverfolgen|in die engere auswahl)",
    r"\b(?:für|fuer) (?:einen|eine) (?:anderen?|andere) (?:kandidat|bewerber)",
    r"\b(?:anderen|andere) (?:kandidat|bewerber)\w* entschieden",
    r"\bstelle (?:\w+ ){0,2}(?:bereits )?(?:besetzt|vergeben)",
    r"\bkeine positive (?:nachricht|rückmeldung)",
]
WITHDRAWN = [
    r"\b(?:stelle|position|ausschreibung)\w* (?:\w+ ){0,3}(?:zurückgezogen|storniert|gestrichen|"
    r"auf eis gelegt|pausiert)",
    r"\b(?:ihre|deine) bewerbung (?:\w+ ){0,2}zurückgezogen",
]
SEARCH_STOPPED = [r"\b(?:nicht|nicht mehr) (?:weiter )?(?:besetzt|nachbesetzt) werden"]
OFFER = [
    r"\bvertragsangebot\b",
    r"\b(?:freuen|freue) (?:uns|mich),? (?:\w+ ){0,3}(?:ihnen|dir) (?:\w+ ){0,3}(?:angebot|die stelle|"
    r"eine zusage)",
    r"\barbeitsvertrag\b",
    r"\bzusage (?:für|fuer) die stelle",
]
INTERVIEW = [
    r"\bvorstellungsgespräch",
    r"\beinladung (?:zu|zum) (?:einem |einem persönlichen |einem telefonischen )?(?:gespräch|interview|"
    r"kennenlernen|telefonat)",
    r"\b(?:telefoninterview|kennenlerngespräch|bewerbungsgespräch)",
    r"\b(?:gerne|gern) (?:\w+ ){0,3}kennenlernen",
]
ASSESSMENT = [
    r"\b(?:online-test|onlinetest|eignungstest|einstufungstest|persönlichkeitstest|programmieraufgabe|"
    r"fallstudie|testaufgabe|probeaufgabe|assessment)",
]
HEDGE = [r"\bfalls\b", r"\bwenn\b", r"\bsobald\b", r"\bsollten\b"]
JOB_ALERT = [
    r"\bneue (?:jobs|stellen|stellenangebote)\b",
    r"\bjob(?:-| )?(?:alarm|empfehlungen|vorschläge)",
    r"\bpassende (?:stellen|jobs|stellenangebote)",
    r"\b(?:stellenangebote|jobs) (?:für sie|für dich|die zu (?:ihnen|dir) passen)",
    r"\bsuchauftrag\b",
    r"\bjetzt bewerben\b",
]
OUTREACH = [r"\bihr profil (?:ist mir|hat mich)", r"\bunser(?:em)? kunden?\b"]
REMINDER = [r"\bbewerbung (?:abschließen|fortsetzen|vervollständigen)", r"\bnoch nicht abgeschlossen"]
ACCOUNT = [r"\b(?:konto|benutzerkonto|account) (?:\w+ )?(?:erstellt|angelegt|aktiviert)", r"\bpasswort\b"]
SURVEY = [r"\bumfrage\b"]
SUBJECT_APPLICATION = [r"\bbewerbung\b", r"\beingangsbestätigung\b"]
SUBJECT_ALERT = [r"\bneue (?:jobs|stellen)\b", r"\bjob(?:-| )?(?:alarm|empfehlungen)"]
SUBJECT_REJECTION = [r"\babsage\b"]
SUBJECT_WITHDRAWN: list[str] = []
SUBJECT_OFFER = [r"\bvertragsangebot\b"]
SUBJECT_INTERVIEW = [
    r"\b(?:einladung zum (?:vorstellungsgespräch|interview|gespräch)|vorstellungsgespräch)\b"
]
SUBJECT_ASSESSMENT = [r"\b(?:online-test|eignungstest|assessment)\b"]
