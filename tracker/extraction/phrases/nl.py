"""Dutch phrasing of job-search mail: the common phrases (categories as in en_status / en_kinds).

Dutch mail addresses the reader as "je/jouw" (most companies) or "u/uw" (formal); both are here.
"""

_YOUR = r"(?:je|jouw|uw)"
_APPLICATION = r"(?:sollicitatie|aanmelding|reactie|cv)"

CONFIRMATION = [
    rf"\b(?:bedankt|dank|hartelijk dank|dank je wel|dank u wel) voor {_YOUR} (?:\w+ )?(?:sollicitatie|"
    rf"aanmelding|"
    r"reactie|interesse)",
    r"\b(?:bedankt|dank) voor het solliciteren",
    rf"\b(?:we|wij) hebben {_YOUR} (?:\w+ )?{_APPLICATION} (?:\w+ ){{0,3}}ontvangen",
    rf"\b{_YOUR} {_APPLICATION}\b[^.\n]{{0,100}}?\b(?:is|werd) (?:\w+ )?(?:ontvangen|verstuurd|verzonden|"
    rf"doorgestuurd|"
    r"ingediend)",
    rf"\b(?:we|wij) (?:gaan|zullen) {_YOUR} (?:sollicitatie|cv|profiel) (?:\w+ )?(?:bekijken|beoordelen|"
    r"doornemen)",
    r"\b(?:je hebt|u heeft) (?:\w+ ){0,2}gesolliciteerd\b",
    rf"\b{_YOUR} sollicitatie is (?:bekeken|gelezen)",
    r"\bvolgende items zijn (?:verzonden|verstuurd)\b",
]
APPLICATION_REFERENCE = [rf"\b{_YOUR} sollicitatie\b", r"\bsollicitatieprocedure\b", r"\bselectieprocedure\b"]
REJECTION = [
    r"\bhelaas\b[^.\n]{0,80}\b(?:niet|geen|andere kandidaat|afwijzen)\b",
    rf"\bniet (?:verder )?(?:te )?(?:gaan|door te gaan|verder te gaan) met {_YOUR}\b",
    rf"\bniet verder (?:\w+ ){{0,3}}met {_YOUR} (?:sollicitatie|kandidatuur|procedure)",
    r"\b(?:gekozen|gaan|verder) (?:\w+ ){0,2}(?:voor|met) (?:een )?andere? (?:kandida\w+|sollicitant\w*)",
    r"\bandere (?:kandida\w+|sollicitant\w*) (?:\w+ ){0,8}(?:beter|meer) (?:aansl\w+|pas\w+)",
    r"\bvacature is (?:\w+ )?(?:vervuld|ingevuld|al vervuld|inmiddels vervuld)",
    r"\b(?:past|passen|aansluit|aansluiten|voldoet|voldoen) (?:\w+ ){0,3}niet (?:\w+ ){0,3}(?:bij|"
    r"aan) (?:het|de|onze)",
    r"\bafwijzing\b",
    r"\bniet (?:\w+ ){0,2}in behandeling (?:nemen|genomen)",
    r"\bgeen vervolg\b",
    r"\bmet andere (?:kandidaten|sollicitanten) (?:voort te zetten|verder te gaan|door te gaan)",
    r"\bbesloten (?:om )?(?:je|u|jou) niet\b",
    r"\bniet (?:uit te nodigen|mee te nemen)\b",
    r"\b(?:succes|veel succes|het beste)\b[^.\n]{0,40}\b(?:je|jouw|uw) (?:verdere )?(?:zoektocht|loopbaan|"
    r"carrière|"
    r"toekomst)",
]
WITHDRAWN = [
    r"\bvacature (?:\w+ ){0,3}(?:ingetrokken|geannuleerd|on hold|gesloten|stopgezet)",
    rf"\b{_YOUR} sollicitatie (?:\w+ ){{0,2}}ingetrokken",
    r"\bprocedure (?:\w+ ){0,2}(?:stopgezet|geannuleerd|gepauzeerd)",
]
SEARCH_STOPPED: list[str] = []
OFFER = [
    r"\b(?:arbeidscontract|arbeidsovereenkomst|contractvoorstel|jobaanbieding)\b",
    r"\b(?:een )?aanbod (?:\w+ ){0,2}(?:doen|voor de functie)",
    r"\b(?:blij|verheugd) (?:\w+ ){0,3}(?:je|u) (?:\w+ ){0,3}(?:aan te bieden|een aanbod)",
]
INTERVIEW = [
    r"\b(?:sollicitatiegesprek|kennismakingsgesprek|videogesprek|telefonisch gesprek|vervolggesprek|"
    r"tweede gesprek|eerste gesprek)",
    r"\buitnodig\w* (?:\w+ ){0,4}(?:gesprek|interview|kennismaking|videocall)",
    r"\b(?:uitnodigen|uit te nodigen|nodigen (?:je|u) (?:graag )?uit) (?:\w+ ){0,4}(?:gesprek|interview|"
    r"kennismaking)",
    r"\b(?:afspraak|gesprek) (?:\w+ )?(?:inplannen|plannen|maken)",
    r"\bgraag (?:\w+ ){0,3}kennismaken\b",
]
ASSESSMENT = [
    r"\b(?:assessment|capaciteitentest|persoonlijkheidstest|online test|programmeeropdracht|thuisopdracht|"
    r"case-opdracht|praktijkopdracht)",
]
GENERAL_CANDIDATES = [
    r"\b(?:geselecteerde|geschikte|alle) (?:kandidaten|sollicitanten)\b",
    r"\bkandidaten die\b",
]
HEDGE = [r"\bindien\b", r"\bzodra\b", r"\bmocht\b", r"\bwanneer\b"]
JOB_ALERT = [
    r"\bnieuwe vacatures\b",
    r"\bvacatures (?:voor jou|voor u|die bij (?:je|jou|u) passen)",
    r"\b(?:vacature|job)-?alert\b",
    r"\bsolliciteer (?:nu|direct)\b",
    r"\b(?:bekijk|ontdek) (?:alle |meer )?vacatures\b",
    r"\bvergelijkbare vacatures\b",
]
OUTREACH = [
    r"\b(?:mijn|onze) (?:klant|opdrachtgever)\b",
    r"\b(?:je|jouw|uw) profiel (?:viel|sprak) (?:me|mij|ons)",
    r"\b(?:kwam|zag) (?:ik )?(?:je|jouw|uw) profiel\b",
    r"\b(?:sta je|staat u) open voor\b",
    r"\bnieuwe uitdaging\b",
]
REMINDER = [rf"\b(?:rond|maak) {_YOUR} sollicitatie af\b"]
ACCOUNT = [r"\baccount (?:\w+ )?(?:aangemaakt|geactiveerd)", r"\bwachtwoord\b"]
SURVEY = [r"\benquête\b"]
JOB_WORDS = [r"\b(?:sollicit\w+|vacatures?|kandida\w+|werving|kennismakingsgesprek|functie)"]
SUBJECT_APPLICATION = [r"\bsollicitatie\b"]
SUBJECT_ALERT = [r"\bnieuwe vacatures\b", r"\bvacature-?alert\b"]
SUBJECT_REJECTION = [r"\bafwijzing\b"]
SUBJECT_WITHDRAWN: list[str] = []
SUBJECT_OFFER = [r"\b(?:jobaanbieding|contractvoorstel)\b"]
SUBJECT_INTERVIEW = [r"\b(?:uitnodiging (?:voor )?(?:een )?(?:sollicitatie)?gesprek|sollicitatiegesprek)\b"]
SUBJECT_ASSESSMENT = [r"\b(?:assessment|online test)\b"]

NAME_STOP_WORDS = {
    "je", "jouw", "uw", "wij", "we", "bedankt", "beste", "geachte", "sollicitatie", "helaas", "hoi",
    "mevrouw", "groet", "groeten",
}  # fmt: skip
