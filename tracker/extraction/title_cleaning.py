"""A captured job title, cleaned the way a tracker shows it: no requisition id, location or work tags.

"Business Analyst - 355734" -> ("Business Analyst", "355734"); "Data Engineer Intern - New York"
-> "Data Engineer Intern"; "Software Engineer (Remote)" -> "Software Engineer". What belongs to the
role's name stays: seniority, team, gender markers ("(m/w/d)", "H/F").
"""

from __future__ import annotations

import functools
import re

from tracker.cohort_words import COHORT_NOUNS, ENGLISH_SEASONS
from tracker.extraction.bracket_steps import without_bracketed_step
from tracker.extraction.clock_times import HOUR, MERIDIEM
from tracker.extraction.deciders import without_decider_news
from tracker.extraction.language_titles import strip_language_tags
from tracker.extraction.places import US_STATE_CODES, only_places
from tracker.extraction.platforms import is_platform_name
from tracker.extraction.requisition import CODE_BESIDE_TITLE, is_requisition_code
from tracker.extraction.spanish_titles import without_posting_noun
from tracker.extraction.title_marks import names_its_other_form, without_hours_at_end
from tracker.extraction.title_place_tails import names_a_place_and_its_area, names_an_area
from tracker.extraction.title_tails import without_tail
from tracker.extraction.title_working_terms import WORKING_TIME_IN_BRACKETS
from tracker.extraction.weekdays import ENGLISH_MONTHS, one_of

_REQ_IN_PARENS = re.compile(
    r"\s*\(\s*(?:job\s*)?(?:id|req(?:uisition)?(?:\s*id)?|r[eé]f(?:erence)?|rif|code|cod|codice|job\s*(?:no|number|#)|"
    # German postings' "(Stellen-ID 30192)", "(Referenznummer 4471)", "(Kennziffer 2026-07)".
    r"stellen-?id|referenz(?:nummer|nr\.?)?|kennziffer|#)\s*[:#.]?\s*([\w-]*\d[\w/-]*)\s*\)",
    re.I,
)
_REQ_LABELLED = re.compile(
    r",?\s*[-(]?\s*\b(?:job\s*id|job\s*(?:no\.?|number|#)|req(?:uisition)?\s*(?:id|#|no\.?|number)?|"
    r"(?:job\s*)?announcement\s*(?:no\.?|number|#)|"
    # A public employer's "(Position number DPC/2026/441)", "Position No. 2231", "Vacancy No 88", ", Posting
    # #31-104".
    r"(?:position|vacancy|posting)\s*(?:no\.?|number|#)|"
    r"r[eé]f(?:erence)?\.?\s*(?:no\.?|#|id)?|rif(?:\.|erimento)|cod(?:\.|ice)|id)\s*[:#]?\s*([A-Z0-9][\w/-]*\d[\w-]*)\)?",
    re.I,
)
# "[Job 7781] Nurse", "Posting #2026-044 Administrative Assistant II": a posting's number in front.
# "vacature 24-071 Verpleegkundige", "Stelle 2025-118 Pflegefachkraft" likewise.
# A public body's competition or selection procedure by its number: "Competition #2025-PW-041 GIS Technician",
# "selection procedure AGENCY/TA/AD6/2025/07 - Policy Officer" (a code of slash-joined parts, one a number).
_REQ_POSTING_LEADING = re.compile(
    r"^[\[(]?\s*(?:job|posting|vacancy|opening|req(?:uisition)?|vacature|stelle|offre|oferta|vaga|annuncio|"
    # A posting's own word in French and Dutch: "Affichage 2026-12 - X" (Quebec's), "Poste 2026-12 : X",
    # "Concours 2026-04 - X", "Vacaturenummer 2026-031: X".
    r"affichage|poste|concours|vacaturenummer|vacaturenr\.?|"
    r"competition|(?:selection )?procedure)\s*(?:#|n°|nº|no\.|nr\.)?"
    r"\s*(\d{3,}[\w-]*|\d{2,4}-\d{2,}[\w-]*|[A-Z][A-Z0-9]{1,7}(?:/[A-Z0-9]{1,8}){1,6})(?!\d)\s*[\])]?\s*[-:|–,]?\s*"
    r"(?=\w)",
    re.I,
)
# The slash-joined code alone before the title: "AGENCY/TA/AD6/2025/07 - Policy Officer".
_REQ_SLASHED_LEADING = re.compile(
    r"^((?=[A-Z0-9/]{0,60}\d)[A-Z][A-Z0-9]{1,7}(?:/[A-Z0-9]{1,8}){2,6})\s*[-:|–]\s*(?=\w)"
)
# "#4471 Production Supervisor", "3381 - Jefe de Almacén", "2025-118 Pflegefachkraft": a short number before
# a capitalised title is the post's (a year alone or a school year is a cohort's: "2026 Summer Analyst",
# "17-18 Campus Intern"; three digits only after "#": "911 Dispatcher").
_REQ_SHORT_LEADING = re.compile(
    r"^(?:#\s*)?((?!(?:19|20)\d\d\b)\d{4,}|(?!(?:19|20)?\d\d-(?:19|20)?\d\d\b)\d{2,4}-\d{3,5}|(?<=#)\d{3})"
    r"\s*[-:|–]?\s+(?=[A-ZÀ-Þ])"
)
# A season's year a posting's number runs on from ("Summer 2026-40211"): the year is the post's, as the
# labels keep a season with its year.
_YEAR_OPENING_CODE = re.compile(r"((?:19|20)\d\d)[-/](?=\d{3,})")
_SEASON_AT_END = re.compile(rf"\b(?:{one_of(ENGLISH_SEASONS)})$", re.I)
# "2026-12 - Servicemonteur": a year and a posting's number, then a dash (a school year's second year follows
# its first: "2026-27 - Teacher" is a cohort's, and stays).
_YEAR_NUMBERED_LEADING = re.compile(r"^((?:19|20)(\d\d)-(\d{2,3}))\s+[-|–]\s+(?=[A-ZÀ-Þ])")
# "n°184ABCD - Chargé de projet": a board's offer number before the title.
_REQ_NUMBERED_LEADING = re.compile(r"^(?:n°|nº|nr\.?|no\.)\s*([\w-]*\d[\w-]*)\s*[-:–]?\s*(?=\w)", re.I)
# "411020, Communications Officer": the whole number, never its digits but the last.
_REQ_LEADING = re.compile(rf"^\(?({CODE_BESIDE_TITLE})(?!\d)\)?\s*(?:[-:|,]\s*)?(?=\w)")
# (A code in square brackets too: "Line Cook [204417]"; a code is whole, not a word's last letters:
# "[POSTDOC2026]".)
_REQ_TRAILING = re.compile(rf"\s*(?:[-_:|#,]\s*)?[(\[]?(?<![A-Za-z])({CODE_BESIDE_TITLE})[)\]]?$")
# "Junior Developer - Ref": a label whose code a sentence's full stop cut off ("Ref. 2024-117").
_LABEL_WITHOUT_CODE = re.compile(r"\s*[-,|]\s*(?:ref(?:erence)?|req(?:uisition)?|job id)\.?$", re.I)
# "Contract Specialist, GS-1102-11": a US federal pay plan and grade, no part of the role's name (the FAA's
# own plan writes its band as a letter: "FV-2210-J").
_PAY_GRADE_TRAILING = re.compile(
    r",?\s*[-(]?\s*\b(?:(?:GS|GG|WG|WS|WL|NH|ZP|ZA)-\d{1,4}(?:-\d{1,2})?(?:/\d{1,2})?|FV-\d{4}-[A-M]|"
    r"Band \d[a-d]?)\)?$"
)
# "Staff Nurse - Band 5 - Acute Medicine": the NHS's pay band between the post and its ward or field.
_BAND_BETWEEN = re.compile(r"\s+[-–]\s+Band \d[a-d]?(?=\s+[-–]\s+\w)")
_REQ_STANDALONE = re.compile(r"\s*\b((?:R|JR|REQ|J)[-_]?\d{4,})\b")

# A shift is when the hours fall, not the role: "Nurse (RN) - Nights", "Warehouse Associate - 2nd Shift".
SHIFT = (
    r"(?:nights?|days|evenings?|weekends?|overnights?|(?:1st|2nd|3rd|first|second|third|night|day|evening|"
    r"overnight|weekend|rotating|swing|graveyard) shift|prn|per diem|"
    # Spanish and Portuguese: "Turno Tarde", "turno de noche", "3º Turno", "Plantão Noturno 12x36".
    r"turno (?:de (?:la )?)?(?:noche|tarde|mañana|madrugada|día|dia|noite|manhã)|"
    r"turno (?:noturno|diurno|vespertino|matutino|nocturno|rotativo|intermedio|[123])|[123][ºo°ª]? turno|"
    r"plantão(?: (?:noturno|diurno))?(?: \d{1,2}x\d{2})?|\d{1,2}x\d{2})"
)
# Where and on what terms the post is worked, no part of its name. Its hours and shift are: every real
# label keeps "Full Time", "(Part-Time)", "- Nights" or "2nd Shift" where the post's name carries them.
_WORK_TAG = (
    r"(?:open|remote|hybrid|on-?site|in[- ]office|work from home|wfh|fully remote|100% remote|"
    r"telecommute|"
    # A US contract's tax form or terms: "(1099 contract)", "(W2)", "(C2C only)", "(Contract to Hire)"; a
    # bracket opening with the form is the contract's whole ("(W2 contract to perm)", "(1099 / C2C)").
    r"(?:1099|w-?2|c2c|c2h|corp[- ]to[- ]corp)(?:(?:\s+|\s*[/,&+]\s*)[^)\]]{1,30})?|"
    r"(?:temp|contract)[- ]to[- ](?:hire|perm)|"
    r"remote[^)\]]{0,30}|hybrid[^)\]]{0,30}|on-?site[^)\]]{0,30}|(?:contract|"
    r"temporary|permanent|fixed[- ]term)(?:[,;]?\s+[^)\]]{0,30})?|"
    # Working time or a leave the post covers alone is the post's name, as the labels keep "(Part-Time)" and
    # "(Maternity Cover)"; listed with other terms after a comma, the bracket is the post's terms: "(Term Time
    # Only, 30 hrs)", "(part-time, weekends)", "(maternity cover, from May)".
    r"(?:part[- ]time|full[- ]time|term[- ]time(?: only)?|"
    r"(?:maternity|paternity|parental|adoption|sick)(?: leave)? cover)[,;]\s+[^)\]]{1,30})"
)
_TAG_IN_BRACKETS = re.compile(rf"\s*[\(\[]\s*{_WORK_TAG}\s*[\)\]]", re.I)
_TAG_TRAILING = re.compile(
    r"\s*(?:[-|/,–]+\s*)(?:(?:100% |fully )?remote|hybrid|on-?site|work from home|wfh|telecommute)"
    r"(?:\s*[-|/–]\s*(?:remote|hybrid|on-?site|work from home|wfh))*\s*$",
    re.I,
)
# The sites a number names ("Store #0457", "DC 6021", "Ward 7"): where a post is, leading or trailing it.
_NUMBERED_SITES = (
    r"store|plant|site|location|branch|restaurant|facility|shop|warehouse|hotel|dc|cafe|café|"
    r"loja|tienda|sucursal|filial"
)
_NUMBERED_CARE_SITES = rf"{_NUMBERED_SITES}|clinic|ward"
# Where the work is done, by its number or street: "Barista - Store 1234", "Mechanic - Plant 3",
# "Store Manager - 0432 Main St".
# "Barista - Store# 11452, HWY 59 & Grand Pkwy": after the site's number, its street. "Vendedor(a) Loja 312",
# "Crew Member Store 4512": a site's number of two digits or more needs no separator.
_SITE_TRAILING = re.compile(
    rf"(?:\s*[-|,–]\s*|\s+(?=(?:{_NUMBERED_CARE_SITES})\s*#?\s*\d\d))(?:(?:{_NUMBERED_CARE_SITES})\s*#?\s*\d{{1,6}}"
    # "Shift Lead - Store 2207 (Dayton, OH)": the site's town and state in brackets after its number (a
    # bracket naming the site alone, "Store #112 (Riverside)", is which site: _without_bracketed_place).
    r"(?:\s+(?-i:[A-ZÀ-Þ][\w'.-]*)){0,3}(?:,\s*[\w#&.' -]{1,40})?(?:\s*\([^(),]{1,30},\s*(?-i:[A-Z]{2})\))?|"
    r"\d{1,6}\s+(?:[\w.'-]+\s+){0,4}(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|"
    r"drive|ln|lane|way|pkwy|parkway|hwy|highway|pike|ct|court|pl|place|sq|square))\.?\s*$",
    re.I,
)
# "Customer Service Advisor - Swindon Branch", "Verzorgende IG - locatie Amersfoort", "Addetto Vendite -
# Punto vendita di Parma", "Filialmitarbeiter - Standort Karlsruhe": the branch or site the post is at, named
# by its town. (An English site word before a capital is a department: "Analyst - Store Operations".)
_NAMED_SITE_TRAILING = re.compile(
    r"\s+[-|–]\s+(?:(?-i:[A-ZÀ-Þ][\w'.-]*\s+){1,3}(?:branch|store|depot|office)|(?:locatie|vestiging|"
    r"standort|filiale|punto vendita|sede|magasin|agence|tienda|loja|unidade|location|"
    # Brazil's and Latin America's sites: "Vendedor - Shopping Iguatemi", "Cajero - Sucursal Centro",
    # "Ejecutivo de Ventas - Zona Norte", "Enfermeiro - Hospital Santa Luzia"; a hospital only by a saint's
    # or a "de" name, for English writes a field after it ("Hospitalist - Hospital Medicine").
    # ("Cocinero - Restaurante en Gijón", "Recepcionista - Hotel em Braga": the site's kind, then its town.)
    r"shopping|hospital(?=\s+(?:sant[ao]?|são|sao|san|de|do|da|del)\b)|clínica|fábrica|filial|agência|sucursal|zona|planta|supermercado|restaurante)\s+(?:(?:di|de|du|"
    r"del|da|van|in|en|em)\s+)?(?-i:[A-ZÀ-Þ][\w'.-]*)(?:\s+(?-i:[A-ZÀ-Þ][\w'.-]*)){0,2})\s*$",
    re.I,
)
# "Consultora de Moda (Loja Porto)", "Verkäufer (Filiale Hamburg)", "Conseiller (Agence de Lyon)": a bracket
# naming the branch the post is at by its town, as a quoted posting's title carries it.
_NAMED_SITE_IN_BRACKETS = re.compile(
    r"\s*\((?:locatie|vestiging|standort|filiale|punto vendita|sede|magasin|agence|tienda|loja|unidade|"
    r"filial|agência|sucursal)\s+(?:(?:di|de|du|del|da|do|van|in)\s+)?(?-i:[A-ZÀ-Þ][\w'.-]*)"
    r"(?:\s+(?-i:[A-ZÀ-Þ][\w'.-]*)){0,2}\)",
    re.I,
)
# A school named after a teacher's title is where the post is: "Teacher, Lincoln Elementary",
# "Special Education Teacher - Roosevelt Middle School"; and a campus, "Unit Secretary - Main Campus"; and a
# hospital, "Clinical Nurse Manager 2, Cork University Hospital". (The year a school's post runs, "(2026-27
# School Year)", stays: labellers keep it as written.)
_SCHOOL_TRAILING = re.compile(
    r"\s*[-|,–]\s*(?-i:[A-Z][\w.'-]*\s+){1,4}(?:(?:elementary|middle|high|primary|secondary)(?:\s+school)?|"
    r"campus|hospital|infirmary)\s*$",
    re.I,
)
_SCHOOL_WORDS = {
    "elementary",
    "middle",
    "high",
    "primary",
    "secondary",
    "school",
    "campus",
    "hospital",
    "infirmary",
}
# A school year in brackets stays with the post ("Teacher (2026-27 School Year)"), as a graduate scheme's
# intake does ("Graduate Analyst (September 2027 Intake)", "(2026 Start)", "(2028 Training Contract)"): the
# labels keep the cohort a title writes; the bookkeeping reads it as weaker than the role
# (compatible_spellings).
_SCHOOL_YEAR_IN_BRACKETS = re.compile(r"\s*\(\s*\d{4}[-–/]\d{2,4}\s+(?:school|academic)\s+year\s*\)$", re.I)
_INTAKE_IN_BRACKETS = re.compile(
    rf"\s*\(\s*(?:(?:{one_of(ENGLISH_MONTHS, ENGLISH_SEASONS)})\s+)?20\d\d\s+"
    rf"(?:{one_of(COHORT_NOUNS)}|training contracts?|(?:graduate )?(?:programme|program|scheme))\s*\)$",
    re.I,
)
# "Barista (Store 20931)": the store's number in brackets is where the work is, like "- Store 1234".
_SITE_IN_BRACKETS = re.compile(
    rf"\s*\(\s*(?:{_NUMBERED_CARE_SITES})\s*(?:#|no\.?)?\s*\d{{1,6}}\s*\)",
    re.I,
)
# "Software Engineer II (L4)", "(IC3)": a company's level code, not the role's name ("(Level 5)" written out
# is kept, as the labels keep "- All Levels" and "Level II").
_LEVEL_IN_BRACKETS = re.compile(r"\s*\(\s*(?:L|IC)\d{1,2}\s*\)", re.I)
_DIGIT = re.compile(r"\d")
# How long a contract runs, with the word for the contract: "- 6 Month Contract", "(12-month contract)"
# (a duration alone stays, as the post writes it: "Stage Chargé de communication (6 mois)").
_DURATION_TRAILING = re.compile(
    r"\s*(?:[-|,–]\s*|\(\s*)\d{1,2}[- ]?(?:months?|mos?\.?|weeks?|mois|meses|monate|maanden|mesi)\b"
    r"\s+(?:contract|fixed[- ]term|ftc|temp(?:orary)?|assignment|cdd|contrat|de contrat)\s*\)?\s*$",
    re.I,
)
# "Project Officer - Fixed Term 12 months", "- Temporary contract (6 months)": the post's term, as a bracket's
# "(Fixed term)" is (_TAG_IN_BRACKETS).
_TERM_TRAILING = re.compile(
    r"\s*[-|,–]\s*(?:fixed[- ]term|temporary|temp)(?:\s+contract)?(?:\s*[-,:(]?\s*(?:for\s+)?\d{1,2}[- ]?"
    r"(?:months?|mos?\.?|weeks?|years?)\)?)?\s*$",
    re.I,
)
# Indian boards' tails: the experience asked ("(3-6 yrs)", "- 0-2 Years Exp", "| 5+ yrs") and the pay as
# CTC in lakhs ("- 3.5 LPA", "(6-8 LPA)", "| CTC 12 LPA"): what the post asks and pays, not its name.
_EXPERIENCE_OR_CTC_TRAILING = re.compile(
    r"\s*(?:[-|,–]\s*|\(\s*)(?:(?:exp(?:erience)?|ctc)\s*[:.-]?\s*)?(?:up to\s+)?\d{1,2}(?:\.\d)?"
    # A range or a floor is asked ("3-6 years", "5+ years"); "(2 years)" alone may be the contract's term.
    r"(?:(?:\s*(?:[-–]|to)\s*\d{1,2}(?:\.\d)?|\+)\+?\s*years?|(?:\s*(?:[-–]|to)\s*\d{1,2}(?:\.\d)?)?\+?"
    r"\s*(?:yrs?|lpa|lakhs?(?:\s+p\.?a\.?)?)"
    r"|\s*years?(?=\s+(?:of\s+)?exp))\.?(?:\s+(?:of\s+)?(?:exp(?:erience)?|ctc))?\.?\s*\)?\s*$",
    re.I,
)
# "Staff Nurse - Days (7am-7pm)", "(20:00-08:00)": a shift's hours.
_SHIFT_END = rf"{HOUR}(?:[:.]\d{{2}})?\s*(?:{MERIDIEM}|h)?"
_HOURS_IN_BRACKETS = re.compile(rf"\s*\(\s*{_SHIFT_END}\s*[-–]\s*{_SHIFT_END}\s*\)", re.I)
# Where a place may begin after the title: a dash, a bar, a comma, a slash, " in " ("Data Engineer -
# New York", "Analyst, Leeds", "Consultant SAP in Toulouse"); what follows is a place only where all of
# it is (places.only_places: "Lille / Remote", "Pune, Maharashtra", "Austin, TX").
# A Spanish, French or Portuguese "en"/"em" before a town is "in" ("Cajero en Tonalá", "Vendeur en Lyon").
_PLACE_START = re.compile(r"\s*[-|,/–]\s*|\s+(?:in|en|em)\s+")
# A point of the compass hyphened onto a town's name, which names its quarter: "Venlo-Noord", "Köln-Süd".
_COMPASS_PART = re.compile(
    r"(?:noord|zuid|oost|west|nord|süd|ost|sud|est|ouest|norte|sul|sur|centrum|zentrum)", re.I
)
# "Field System Engineer - NJ": a US state's code after a dash (not those that spell words or
# degrees: ID, IN, OR, ME, OK, HI, MA, DE, CO).
_CODES_THAT_SPELL_WORDS = {"ID", "IN", "OR", "ME", "OK", "HI", "MA", "DE", "CO"}
_STATE_CODE_TRAILING = re.compile(
    rf"\s+[-|–]\s+(?:{'|'.join(code for code in US_STATE_CODES if code not in _CODES_THAT_SPELL_WORDS)})$"
)
# "Analista de Dados (Porto)", "(London, hybrid)": a bracket opening with a place (what follows it in the
# bracket is about where and how the work is done).
_BRACKETED = re.compile(r"\s*\(([^()]*)\)")
# A region named by its kind before its name: "(area Piemonte)", "(zona Galicia)", "(région Bretagne)"; the
# name must still be a place ("(area Finanza)" is a team).
_AREA_WORD = re.compile(r"^(?:area|zona|regione|région|región|região|provincia|província|regio)\s+", re.I)
_SITE_NUMBER_BEFORE = re.compile(
    rf"\b(?:{_NUMBERED_CARE_SITES})\s*(?:#|no\.?)?\s*\d{{1,6}}\s*$",
    re.I,
)
# "Store #0457 - Team Member", "DC 6021: Order Filler": a numbered site leading the title is where the post
# is, as it is trailing (_SITE_TRAILING); big retailers' systems name their stores' posts so.
_SITE_LEADING = re.compile(
    rf"^(?:{_NUMBERED_SITES})\s*(?:#|no\.?)?\s*\d{{1,6}}\s*[-|:–]\s*(?=\w)",
    re.I,
)
_BRACKET_PART_END = re.compile(r"\s*(?:[,/&–-]|\bor\b|\band\b)\s*")
# "(TX or RI)", "(NY/NJ)": a list of state or country codes is a location.
_CODES_IN_PARENS = re.compile(
    r"\s*\((?!(?:BS|MS|BA|MA)\b)(?-i:[A-Z]{2})(?:\s*(?:,|or|and|&|/)\s*(?-i:[A-Z]{2}))+\)"
)
# "- $60,000/year USD", "(re" (a subject cut short inside its brackets).
# "- $85k", "(£24,071 - £25,674 per annum)", "- €45.000 p.a.", "- $15.50 an hour": the pay, no part of the
# role's name.
# "($12,000 mensuales)", "| Salário R$ 2.500,00 + comissão", "- S/ 1,500 al mes": Latin America's pay, its
# period and what is paid on top.
_SALARY_TRAILING = re.compile(
    r"\s*[-|,(]\s*(?:(?:sal[áa]rio|sueldo|pay|rate)\s*:?\s*)?(?:up to |from |desde |hasta |até )?"
    r"(?:R\$|US\$|S/|[$£€])\s?\d[\d,.]*k?(?:\s*[-–]\s*(?:R\$|[$£€])?\s?\d[\d,.]*k?)?"
    r"(?:\s*(?:/|per )\s*\w+|\s+an? (?:hour|hr)|\s*p\.?a\.?|"
    r"\s+(?:mensuales|mensual|mensais|brutos?(?: anuales)?|(?:al|por|ao) (?:mes|mês|hora|año|ano)))?"
    r"(?:\s*(?:usd|gbp|eur|brl|mxn))?"
    # A bonus the advert offers with the post: "- $15K Sign On", "($10,000 Sign-On Bonus)".
    r"(?:\s+(?:(?:sign[- ]?on|signing|hiring|relocation|retention)(?: bonus)?|bonus))?"
    r"(?:\s*\+\s*(?:comiss[ãa]o|comisiones|commission|b[ôo]nus|benef[íi]cios|beneficios))?\)?\s*$",
    re.I,
)
_OPEN_BRACKET_TRAILING = re.compile(r"\s*\((?![^()]*/)[^()]{0,12}$")
# Calendar subjects: "Data Analyst (Acme) @ Mon Jun 22, 2026 2pm".
_AT_DATE = re.compile(r"\s+@\s+.*$")
# Tags and places trail after one of these; without one there is nothing to strip.
_SEPARATOR = re.compile(r"[-|,/–]| in ", re.I)
# "Data Engineer contract role": the kind of contract, in lowercase, describes the role (a capitalised
# word may be its name's).
_CONTRACT_KINDS = (
    "contract", "permanent", "temporary", "temp", "full-time", "part-time", "freelance", "fixed-term",
    "interim", "remote", "hybrid",
)  # fmt: skip
# ("spot": a person writing by hand, "the Founding Engineer spot".)
_ROLE_NOUNS = (
    "position", "role", "opening", "job", "vacancy", "opportunity", "post", "posting", "application",
    "submission", "spot",
)  # fmt: skip
# The advertisement answered, in lowercase as a person writes it: "Re: Apprentice Plumber ad", "your
# Barista advert", "the Line Cook listing" (a capitalised word is the post's: "Head of Ad", "Amazon Listing").
_ADVERT_NOUNS = ("ad", "advert", "advertisement", "listing")
# A person's loose word for the post, in lowercase: "the barista thing", "the weekend bar gig".
_LOOSE_NOUNS = ("thing", "gig")
_ROLE_NOUN_ENDINGS = _CONTRACT_KINDS + _ROLE_NOUNS + _ADVERT_NOUNS + _LOOSE_NOUNS
_ROLE_NOUN_TRAILING = re.compile(
    rf"(?:\s+(?-i:{'|'.join(_CONTRACT_KINDS)}))?"
    rf"(?:\s+(?:{'|'.join(_ROLE_NOUNS)}|(?-i:{'|'.join(_ADVERT_NOUNS + _LOOSE_NOUNS)})))?\s*$",
    re.I,
)
# "Remote Accounts Receivable Specialist" (but "Remote Sensing Analyst" is a field).
# ("Part-Time Bookseller" keeps its hours, as the labels keep them wherever the post's name writes them.)
_LEADING_WORK_TAG = re.compile(r"^(?:remote|hybrid|fully remote)\s*[-:|]?\s+(?!sensing\b)(?=\w)", re.I)
# A link a mail's text part writes beside its text: "Staff Accountant <https://...>", "Nurse [https://...]",
# "Analyst (www.example.com/jobs/41)". The address and all after it is no part of the title; a link
# heading it ("<https://...> Staff Accountant") is only itself.
_LINK_AFTER_TITLE = re.compile(r"[<(\[]?\s?(?:https?://|www\.).*$", re.I)
_LINK_BEFORE_TITLE = re.compile(r"^[<(\[]?\s?(?:https?://|www\.)\S*[>)\]]?\s+(?=\w)", re.I)
# A snippet runs the next sentence on: "... (Software Engineer) We appreciate".
_NEXT_SENTENCE = re.compile(r"\s+(?:We|Our|You|Your|Please|Thank|If|This)\b(?:\s+[a-z].*)?$")
# "Job: Java Developer | Rate: £550/day | Location: London": the next label on the line.
_NEXT_LABEL = re.compile(r"\s+[|·•]\s+[A-Z][\w ]{1,20}:.*$")
# "le poste de Comptable : malheureusement, ils ont choisi ...", "el puesto de Contable: quieren hacerte
# una entrevista": a colon then a lowercase word goes on with the news, not the title.
_CLAUSE_AFTER_COLON = re.compile(r"\s*:\s+[a-zà-ÿ¿¡].*$")
# "the Clerical Officer competition", "the Executive Officer competition, Department of Health": a public
# service's recruitment round, in lowercase, after the post it recruits ("Competition Analyst" is a role).
_ROUND_AFTER_TITLE = re.compile(r"\s+competition(?:,.*)?$")
# "the position of Fleet Supervisor, reporting to Carla Mendes": the sentence goes on about the role.
# "Krankenpfleger (m/w/d) für unsere Intensivstation", "... in unserem Team": where the post is.
_GERMAN_PLACE_AFTER_TITLE = re.compile(r"\s+(?:für|in|im|bei) unse?r(?:e|en|em|er)?\s.*$")
_CLAUSE_AFTER_TITLE = re.compile(
    r",\s+(?:reporting|based|starting|working|located|beginning|effective|with a start|in our|within our|"
    r"on our|subject to|conditional on|pending|"
    # "Program Analyst, announcement VA-27-11873": a public employer's posting number.
    r"(?:vacancy |job )?announcement (?:number |no\.? |#)?[A-Z0-9]{2,}[\w-]*)\b.*$"
)
# A title followed by the body that advertises it ("Policy Adviser, Department for Education"). A
# university's unit after the comma is the post's own ("Administrative Officer, College of Arts and Social
# Sciences", "Research Fellow, School of Earth Sciences": labellers keep it, as they keep a team).
_BODY_AFTER_TITLE = re.compile(
    r",\s+(?:the\s+)?(?:(?:Department|Ministry|Office) (?:for|of)|HM|(?:Home|Cabinet) Office|"
    r"Institute of)\b.*$"
    # "Policy Officer (B2), Housing and Social Justice Directorate": a government's directorate.
    r"|,\s+(?:(?-i:[A-Z])[\w'-]*\s+(?:(?:and|&|of)\s+)?){1,6}Directorate$"
    # "Communications Officer (HEO), Department" where a sentence's reading stopped at its "for".
    r"|,\s+(?:the\s+)?(?:Department|Ministry)$"
    # "Records Clerk (Ref 12/2026), Directorate: Corporate Services": a notice's labelled unit after the post.
    r"|,\s+(?:Directorate|Department|Division|Branch|Section)\s*:\s.*$"
)
# "Planning Officer (0.6 FTE)", "Lecturer - 0.5 FTE": the share of full time the post is, no part of its name.
_HOURS_SHARE = re.compile(r"\s*(?:\(\s*|[-,–]\s*)[01](?:\.\d{1,2})?\s*FTE\s*\)?\s*$", re.I)
# "applying to be a Barista": the verb before the role is no part of it.
# "via StepStone: Sachbearbeiter (m/w/d)": the board the application went through, before the title.
# ("via Jobat - X", "via StepStone – X": the board before the subject's dash too.)
_LEADING_BOARD = re.compile(r"^via\s+[\w.-]+(?:\s[\w.-]+)?(?:\s*:|\s+[-–|])\s*", re.I)
# "to be our next Veterinary Nurse", "join us as our new Office Manager": the lowercase "next" or "new"
# before the capitalised title says who is wanted, not what the post is ("New Business Manager" and "New
# Grad" are posts, and capitalised).
_LEADING_ARTICLE = re.compile(
    r"^(?:(?:be|become) (?:an?|the|our)|the|our|a|an|this|your|for|of|as|to|"
    r"(?-i:next|new)(?= [A-Z])(?! Grad))\s+",
    re.I,
)
# (A list's bullet too: "• Library Aide".)
_EDGE_PUNCTUATION = " \t\"'“”‘’«»„.,;:!?|/-–—*>•▪◦"
# ".NET Developer": the dot is the technology's name, not punctuation.
_LEADING_DOT_NAME = re.compile(r"^\s*\.(?=net\b)", re.I)
_SPACES = re.compile(r"\s+")
# A subject's news after the title: "Supply Planner - Not Selected", "Branch Manager | Position Closed".
_NEWS_TRAILING = re.compile(
    r"(?:\s+[-–|]|\s*:)\s+(?:not selected|not moving forward|unsuccessful|rejected|declined|"
    r"(?:position |role |job )?(?:filled|closed|cancell?ed|on hold)|"
    r"application (?:received|update|status|submitted)|"
    # A person's or a public body's subject after the post: "X – Acknowledgement", "X - Outcome".
    r"acknowledge?ment(?: of (?:receipt|application))?|receipt|confirmation|outcome|feedback|"
    # A portal's status after the offer's name: "a la oferta Técnico de mantenimiento: Descartada".
    r"descartad[oa]|rechazad[oa]|no seleccionad[oa]|abgelehnt|refusée?|non retenue?|scartat[oa]|afgewezen|"
    r"reprovad[oa])\s*$"
    # "Controls Engineer role update": the news glued on without a dash.
    r"|\s+(?:role|position|job|application|vacancy) (?:update|status|news)\s*$",
    re.I,
)
_NEWS_ENDINGS = (" update", " status", " news")
# What an id taken out of brackets leaves behind: "Analyst [ ]".
_EMPTY_BRACKETS = re.compile(r"\s*(?:\(\s*\)|\[\s*\])")


def _without_role_noun(text: str) -> str:
    """`text` without a trailing "contract role", "position" or space."""
    # Anything it takes off ends in a space or in one of those words; on other text (most titles)
    # the substitution would only try every place for nothing. Non-ASCII text: "ſ" is caselessly "s".
    if text.isascii() and not text[-1:].isspace() and not text.lower().endswith(_ROLE_NOUN_ENDINGS):
        return text
    return _ROLE_NOUN_TRAILING.sub("", text)


# The mails of one application repeat its title: each is cleaned once a pass.
@functools.lru_cache(maxsize=4096)
def clean_title(raw: str) -> tuple[str, str | None]:
    """The title without ids, tags and locations, and the requisition id found in it (if any)."""
    # A trailing "position"/"opening" first, so that an id before it is trailing too.
    raw = strip_language_tags(raw)
    text = _without_role_noun(_strip_edges(_single_spaced(raw)))
    if " - " in text or " – " in text:
        text = without_decider_news(text)
    if "http" in text or "www." in text:
        text = _strip_edges(_LINK_AFTER_TITLE.sub("", _LINK_BEFORE_TITLE.sub("", text)))
    text = _NEXT_SENTENCE.sub("", _AT_DATE.sub("", text))
    if " competition" in text:
        text = _ROUND_AFTER_TITLE.sub("", text)
    if ", " in text:
        text = without_public_body(_CLAUSE_AFTER_TITLE.sub("", text))
    if " unser" in text:
        text = _GERMAN_PLACE_AFTER_TITLE.sub("", text)
    if ":" in text:
        text = _CLAUSE_AFTER_COLON.sub("", _NEXT_LABEL.sub("", text))
    text = _OPEN_BRACKET_TRAILING.sub("", _SALARY_TRAILING.sub("", text))
    if "-" in text:  # every grade holds one
        text = _PAY_GRADE_TRAILING.sub("", text)
        if "Band " in text:
            text = _BAND_BETWEEN.sub("", text)
    requisition_id: str | None = None
    if "(" in text:
        text = _LEVEL_IN_BRACKETS.sub("", _SITE_IN_BRACKETS.sub("", text))
    if not _holds_digit(text):
        patterns: tuple[re.Pattern[str], ...] = ()
    else:
        patterns = (
            _REQ_IN_PARENS,
            _REQ_LABELLED,
            _REQ_NUMBERED_LEADING,
            _REQ_POSTING_LEADING,
            _REQ_SLASHED_LEADING,
            _REQ_LEADING,
            _REQ_SHORT_LEADING,
            _REQ_TRAILING,
            _REQ_STANDALONE,
        )
    if text[:2] in ("19", "20") and (year_numbered := _YEAR_NUMBERED_LEADING.match(text)):
        year, number = year_numbered.group(2, 3)
        if int(number) != (int(year) + 1) % 100:
            requisition_id, text = year_numbered.group(1), text[year_numbered.end() :]
    for pattern in patterns:
        match = pattern.search(text)
        if match and _keeps_a_title(text, match):
            code, head = match.group(1), text[: match.start()]
            if (season_year := _YEAR_OPENING_CODE.match(code)) and _SEASON_AT_END.search(head):
                # "Intern Analyst Summer 2026-40211": the season's year, then the posting's number.
                head, code = f"{head} {season_year.group(1)}", code[season_year.end() :]
            requisition_id = requisition_id or code
            rest = text[match.end() :]
            if rest[:2] == ", " and rest[2:3].islower():
                rest = ""  # "X (REQ518822), the panel is now ...": the sentence goes on after the code
            text = (head + " " + rest).strip(_EDGE_PUNCTUATION + " ")
    for _ in range(3):
        before = text
        # The start date, the site or the agency's unnamed client after the post (title_tails.py).
        text = _LEADING_WORK_TAG.sub("", _LEADING_ARTICLE.sub("", without_posting_noun(without_tail(text))))
        if text[:4].lower() == "via ":
            text = _LEADING_BOARD.sub("", text)
        if "(" in text or "[" in text:
            text = without_bracketed_step(_EMPTY_BRACKETS.sub("", text))
            text = WORKING_TIME_IN_BRACKETS.sub("", _TAG_IN_BRACKETS.sub("", text))
            text = _NAMED_SITE_IN_BRACKETS.sub("", text)
            text = _without_bracketed_place(text)
            text = _CODES_IN_PARENS.sub("", text)
        if _SEPARATOR.search(text) or ":" in text or text.lower().endswith(_NEWS_ENDINGS):
            text = _NEWS_TRAILING.sub("", text)
        if _SEPARATOR.search(text):
            text = _STATE_CODE_TRAILING.sub("", _TAG_TRAILING.sub("", _TERM_TRAILING.sub("", text)))
            if text.rpartition(" ")[2].lower() in _SCHOOL_WORDS:
                text = _SCHOOL_TRAILING.sub("", text)
            elif text[-5:].lower() == "year)" and (year := _SCHOOL_YEAR_IN_BRACKETS.search(text)):
                # "Teacher - Roosevelt Middle School (2026-27 School Year)": the school goes, the year stays.
                text = _SCHOOL_TRAILING.sub("", text[: year.start()]) + text[year.start() :]
            elif text[-1:] == ")" and (intake := _INTAKE_IN_BRACKETS.search(text)):
                # "Graduate Analyst - Leeds (2026 Intake)": the town goes, the intake stays.
                text = _strip_trailing_place(text[: intake.start()]) + text[intake.start() :]
            text = _LABEL_WITHOUT_CODE.sub("", _NAMED_SITE_TRAILING.sub("", text))
            text = _strip_trailing_place(text)
        elif " en " in text or " em " in text:
            text = _strip_trailing_place(text)  # "Cajero en Tonalá": the town the post is in
        if _DIGIT.search(text):  # a site's or a street's number, a contract's months, a school year
            text = without_hours_share(
                _SITE_TRAILING.sub("", _DURATION_TRAILING.sub("", _SITE_LEADING.sub("", text)))
            )
            text = without_hours_at_end(text)  # "Verzorgende IG - 32 uur", bared by its town cut after
            # The pay, bared by a tag cut after it ("S/" is Peru's sol).
            if "$" in text or "£" in text or "€" in text or "S/" in text:
                text = _SALARY_TRAILING.sub("", text)
            text = _EXPERIENCE_OR_CTC_TRAILING.sub("", text)
            if "(" in text:
                text = _HOURS_IN_BRACKETS.sub("", text)
        text = _without_role_noun(text)
        text = _strip_edges(_single_spaced(text))
        if text == before:
            break
    if text[:1] == "(" and text[-1:] == ")" and text.count("(") == 1:
        text = text[1:-1].strip()  # "(Digital, Data and Technology scheme)": all an employer's name left
    if is_requisition_code(text):
        return "", requisition_id or text  # "Your application for the position of R-79480"
    return text, requisition_id


def _holds_digit(text: str) -> bool:
    """`any(ch.isdigit() for ch in text)`: an ASCII text's digits are "0"-"9", which the engine finds
    without a step of Python a character (most titles hold none, so every character was asked)."""
    if text.isascii():
        return _DIGIT.search(text) is not None
    return any(ch.isdigit() for ch in text)


def _single_spaced(text: str) -> str:
    """`_SPACES.sub(" ", text)`: every space, tab or line break run as one space. Whitespace other than
    the space is unprintable, so printable text without two spaces together (most titles) stays as it is."""
    if text.isprintable() and "  " not in text:
        return text
    return _SPACES.sub(" ", text)


def _strip_edges(text: str) -> str:
    stripped = text.strip(_EDGE_PUNCTUATION)
    return f".{stripped}" if _LEADING_DOT_NAME.match(text) else stripped


def _keeps_a_title(text: str, match: re.Match[str]) -> bool:
    rest = (text[: match.start()] + text[match.end() :]).strip(_EDGE_PUNCTUATION + " ")
    return any(ch.isalpha() for ch in rest) and not _inside_words_bracket(text, match)


def _inside_words_bracket(text: str, match: re.Match[str]) -> bool:
    """Whether the code `match` read closes a bracket that words opened before it: "(ISO 9001)", "(IATF
    16949)", "(Cat. D 3)" name a standard or a class the post is for, not the posting's number."""
    head = text[: match.start()]
    opened = head.rfind("(")
    return (
        match.group(0).rstrip().endswith(")")
        and "(" not in match.group(0)
        and opened > head.rfind(")")
        and any(ch.isalpha() for ch in head[opened:])
    )


def _strip_trailing_place(text: str) -> str:
    """`text` without the places it ends with after a separator; the whole tail must be places (or a place
    with its area: title_place_tails), and a title must be left before it."""
    for match in _PLACE_START.finditer(text):  # the first separator first: the longest tail
        tail = text[match.end() :]
        if match.group(0) == "-" and _COMPASS_PART.fullmatch(tail):
            continue  # "Wijkteam Venlo-Noord", "Frankfurt-Süd": a quarter's name, no place after a separator
        town, _, quarter = tail.rpartition("-")
        if town and _COMPASS_PART.fullmatch(quarter):
            tail = town  # "Köln-Süd" is where "Köln" is
        if match.start() > 0 and (only_places(tail) or names_a_place_and_its_area(tail)):
            rest = text[: match.start()]
            if "/" in match.group(0) and names_its_other_form(rest, tail):
                continue  # "Koch/Köchin": the post's other form, whatever town it spells
            return rest if any(ch.isalpha() for ch in rest) else text
    return text


def _without_bracketed_place(text: str) -> str:
    """`text` without a bracket that opens with a place: "(Porto)", "(Amsterdam, hybrid)", "(NY or NJ)"."""

    def kept(match: re.Match[str]) -> str:
        if _SITE_NUMBER_BEFORE.search(text, 0, match.start()):
            return match.group(0)  # "Store #112 (Riverside)": which numbered site, the site's own name
        inside = _AREA_WORD.sub("", match.group(1).strip(), count=1)
        first = _BRACKET_PART_END.split(inside, maxsplit=1)[0]
        if names_an_area(match.group(1)) or (
            not match.group(1).isupper() and is_platform_name(match.group(1))
        ):
            return (
                ""  # "(North)", "(Marsabit County)": where it is worked; "(Seek)", not "(ADP)": where posted
            )
        return "" if first and (only_places(inside) or only_places(first)) else match.group(0)

    return _BRACKETED.sub(kept, text)


def without_public_body(title: str) -> str:
    """`title` without the body or unit its comma goes on to: "Work Coach (EO), Department for Work and
    Pensions (vacancy" -> "Work Coach (EO)"."""
    return _BODY_AFTER_TITLE.sub("", title)


def without_hours_share(title: str) -> str:
    """`title` without the share of full time it ends with: "Planning Officer (0.6 FTE)" -> "Planning
    Officer"."""
    return _HOURS_SHARE.sub("", title) if "FTE" in title.upper() else title
