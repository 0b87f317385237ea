"""Where a post is worked, written after or before its title: a numbered or named site, a school, a town.

"Barista - Store 1234", "Verkäufer (Filiale Hamburg)", "Teacher, Lincoln Elementary", "Data Engineer -
New York", "Analista de Dados (Porto)": no part of the role's name (title_cleaning.clean_title cuts them);
a school year or a graduate intake in brackets stays with it.
"""

from __future__ import annotations

import re

from tracker.cohort_words import COHORT_NOUNS, ENGLISH_SEASONS
from tracker.extraction.places import US_STATE_CODES, only_places
from tracker.extraction.platforms import is_platform_name
from tracker.extraction.title_marks import names_its_other_form
from tracker.extraction.title_place_tails import names_a_place_and_its_area, names_an_area
from tracker.extraction.title_remits import is_territory
from tracker.extraction.weekdays import ENGLISH_MONTHS, one_of

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
SITE_TRAILING = re.compile(
    rf"(?:\s*[-|,–]\s*|\s+(?=(?:{_NUMBERED_CARE_SITES})\s*#?\s*\d\d))(?:(?:{_NUMBERED_CARE_SITES})\s*#?\s*\d{{1,6}}"
    # "Shift Lead - Store 2207 (Dayton, OH)": the site's town and state in brackets after its number (a
    # bracket naming the site alone, "Store #112 (Riverside)", is which site: without_bracketed_place).
    r"(?:\s+(?-i:[A-ZÀ-Þ][\w'.-]*)){0,3}(?:,\s*[\w#&.' -]{1,40})?(?:\s*\([^(),]{1,30},\s*(?-i:[A-Z]{2})\))?|"
    r"\d{1,6}\s+(?:[\w.'-]+\s+){0,4}(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|"
    r"drive|ln|lane|way|pkwy|parkway|hwy|highway|pike|ct|court|pl|place|sq|square))\.?\s*$",
    re.I,
)
# "Customer Service Advisor - Swindon Branch", "Verzorgende IG - locatie Amersfoort", "Addetto Vendite -
# Punto vendita di Parma", "Filialmitarbeiter - Standort Karlsruhe": the branch or site the post is at, named
# by its town. (An English site word before a capital is a department: "Analyst - Store Operations".)
NAMED_SITE_TRAILING = re.compile(
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
# naming the branch the post is at by its town, as a quoted posting's title carries it; a plant or factory
# likewise: "Jefe de Turno (Planta Toluca)", "Operatore (Stabilimento di Lodi)".
NAMED_SITE_IN_BRACKETS = re.compile(
    r"\s*\((?:locatie|vestiging|standort|filiale|punto vendita|sede|magasin|agence|tienda|loja|unidade|"
    r"filial|agência|sucursal|planta|fábrica|stabilimento)\s+(?:(?:di|de|du|del|da|do|van|in)\s+)?(?-i:[A-ZÀ-Þ][\w'.-]*)"
    r"(?:\s+(?-i:[A-ZÀ-Þ][\w'.-]*)){0,2}\)",
    re.I,
)
# A school named after a teacher's title is where the post is: "Teacher, Lincoln Elementary",
# "Special Education Teacher - Roosevelt Middle School"; and a campus, "Unit Secretary - Main Campus"; and a
# hospital, "Clinical Nurse Manager 2, Cork University Hospital". (The year a school's post runs, "(2026-27
# School Year)", stays: labellers keep it as written.)
SCHOOL_TRAILING = re.compile(
    # (A programme's academy is the post's: "Sales Trainee - Graduate Academy".)
    r"\s*[-|,–]\s*(?!(?:graduate|sales|leadership|talent|apprentice|apprenticeship|trainee|management|"
    r"engineering|digital|data|tech|coding|summer|future)\s)"
    r"(?-i:[A-Z][\w.'-]*\s+){1,4}(?:(?:elementary|middle|high|primary|secondary)(?:\s+school)?|"
    # A school named by its kind's noun last: "Teacher - Vellacombe Academy", "Registrar - Kettering Vale
    # Grammar School", "Head of Year - Saint Osric's College" (a dash's school is where a school trust's,
    # district's or board's post is, as "- Lincoln Elementary" is).
    r"academy|college|(?:grammar|community|comprehensive|high|secondary|primary|national|public)\s+school|"
    r"campus|hospital|infirmary)\s*$",
    re.I,
)
SCHOOL_WORDS = {
    "elementary",
    "middle",
    "high",
    "primary",
    "secondary",
    "school",
    "academy",
    "college",
    "campus",
    "hospital",
    "infirmary",
}
# A school named by its kind's noun first, in the languages that write it so, perhaps with its town after a
# comma: "Guidance Counsellor - Coláiste Bhríd Brannoch, Lisnagarvey", "Múinteoir - Scoil Chiaráin Bheag",
# "Profesor de Inglés - Colegio San Sedgecombe", "Professeur de maths - Lycée Ormesby Ferrars, Amiens",
# "Docente - Liceo Scientifico Quarenghi": where a board's or a network's post is worked, no part of its name.
SCHOOL_NAMED_FIRST_TRAILING = re.compile(
    r"\s+[-|–]\s+(?:coláiste|colaiste|gaelcholáiste|scoil|gaelscoil|colegio|escola|escuela|lycée|lycee|collège|"
    r"école|ecole|liceo|scuola|gymnasium|realschule|gesamtschule)"
    r"(?:\s+[\w.'’-]{1,30}){1,4}(?:,\s*(?-i:[A-ZÀ-Þ])[\w.'’-]{1,30}(?:\s+(?-i:[A-ZÀ-Þ])[\w.'’-]{1,30}){0,2})?\s*$",
    re.I,
)
# A school year in brackets stays with the post ("Teacher (2026-27 School Year)"), as a graduate scheme's
# intake does ("Graduate Analyst (September 2027 Intake)", "(2026 Start)", "(2028 Training Contract)"): the
# labels keep the cohort a title writes; the bookkeeping reads it as weaker than the role
# (compatible_spellings).
SCHOOL_YEAR_IN_BRACKETS = re.compile(r"\s*\(\s*\d{4}[-–/]\d{2,4}\s+(?:school|academic)\s+year\s*\)$", re.I)
INTAKE_IN_BRACKETS = re.compile(
    rf"\s*\(\s*(?:(?:{one_of(ENGLISH_MONTHS, ENGLISH_SEASONS)})\s+)?20\d\d\s+"
    rf"(?:{one_of(COHORT_NOUNS)}|training contracts?|(?:graduate )?(?:programme|program|scheme))\s*\)$",
    re.I,
)
# "Barista (Store 20931)": the store's number in brackets is where the work is, like "- Store 1234".
SITE_IN_BRACKETS = re.compile(
    rf"\s*\(\s*(?:{_NUMBERED_CARE_SITES})\s*(?:#|no\.?)?\s*\d{{1,6}}\s*\)",
    re.I,
)
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
STATE_CODE_TRAILING = re.compile(
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
# is, as it is trailing (SITE_TRAILING); big retailers' systems name their stores' posts so.
SITE_LEADING = re.compile(
    rf"^(?:{_NUMBERED_SITES})\s*(?:#|no\.?)?\s*\d{{1,6}}\s*[-|:–]\s*(?=\w)",
    re.I,
)
_BRACKET_PART_END = re.compile(r"\s*(?:[,/&–-]|\bor\b|\band\b)\s*")
# "(TX or RI)", "(NY/NJ)": a list of state or country codes is a location. The languages a Belgian or
# Dutch post is worked in ("Sales Advisor (NL/FR)", "(FR/EN)") are the post's, and stay: their codes
# alone, one of them English's or Dutch's (no country is "EN", and a pair naming Dutch is its speakers').
_LANGUAGE_CODE = r"(?:NL|FR|EN|DE)"
CODES_IN_PARENS = re.compile(
    r"\s*\((?!(?:BS|MS|BA|MA)\b)"
    rf"(?!(?=[^)]{{0,12}}\b(?:EN|NL)\b){_LANGUAGE_CODE}(?:\s*/\s*{_LANGUAGE_CODE}){{1,3}}\))"
    r"(?-i:[A-Z]{2})(?:\s*(?:,|or|and|&|/)\s*(?-i:[A-Z]{2}))+\)"
)


def strip_trailing_place(text: str) -> str:
    """`text` without the places it ends with after a separator; the whole tail must be places (or a place
    with its area: title_place_tails), and a title must be left before it."""
    for match in _PLACE_START.finditer(text):  # the first separator first: the longest tail
        tail = text[match.end() :]
        if match.group(0) == "-" and _COMPASS_PART.fullmatch(tail):
            continue  # "Wijkteam Venlo-Noord", "Frankfurt-Süd": a quarter's name, no place after a separator
        town, _, quarter = tail.rpartition("-")
        if town and _COMPASS_PART.fullmatch(quarter):
            tail = town  # "Köln-Süd" is where "Köln" is
        if match.group(0).strip() == "," and is_territory(tail):
            return text  # "HR Partner, Austria & Switzerland": the territory the post covers (title_remits)
        if match.start() > 0 and (only_places(tail) or names_a_place_and_its_area(tail)):
            rest = text[: match.start()]
            if "/" in match.group(0) and names_its_other_form(rest, tail):
                continue  # "Koch/Köchin": the post's other form, whatever town it spells
            return rest if any(ch.isalpha() for ch in rest) else text
    return text


def without_bracketed_place(text: str) -> str:
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
