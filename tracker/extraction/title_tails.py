"""What a mail writes after a post's name without it being part of the name: when the post starts, where it
is worked, and whom an agency recruits for.

"Lagerist (m/w/d) zum 01.08.2026", "Operaio dal 1 settembre", "Monteur per 1 april", "Financial Analyst
starting January 2027": the start date. "Dependiente/a en nuestra tienda de Sevilla", "Verzorgende IG op onze
locatie Utrecht", "Addetto Vendite presso la sede di Verona", "Receptionist - Hotel Bellavista Riccione",
"Front Office Agent, Kaarna Hotel Tampere": the site. "Magazziniere per importante cliente del settore
logistico", "Mozo de almacén para importante empresa del sector": the agency's client, unnamed. The dataset's
rules keep a role's name, seniority and team, and drop locations: a field or team after a dash ("Project
Engineer - Water Resources") names no site and stays.
"""

from __future__ import annotations

import re

from tracker.extraction.phrases.tables import word_list
from tracker.extraction.places import only_places
from tracker.extraction.team_words import is_team
from tracker.extraction.title_terms_and_pay import SHIFT
from tracker.extraction.title_working_terms import MONTH, WORKING_HOURS
from tracker.extraction.weekdays import ENGLISH as ENGLISH_WEEKDAYS
from tracker.extraction.weekdays import one_of

# The date a post starts: "zum 01.08.2026", "ab sofort", "dal 1 settembre", "à partir du 3 mars", "a partir
# de enero", "per 1 april", "vanaf september", "starting January 2026", "from March 2027".
_DAY_MONTH = rf"(?:\d{{1,2}}(?:er|º|°|\.)?\s+(?:de\s+)?)?{MONTH}(?:\s+(?:de\s+)?20\d\d)?"
_DATE = (
    rf"(?:{_DAY_MONTH}|\d{{1,2}}\.\s?\d{{1,2}}\.(?:\s?(?:20)?\d\d)?|\d{{1,2}}[/-]\d{{1,2}}[/-](?:20)?\d\d|"
    r"sofort|direct|subito|immediately|immédiatement|inmediat[ao]|imediat[ao]|immediat[ao]|que possible|"
    r"nächstmöglich\w*(?:\s+zeitpunkt)?)"
)
_START = (
    r"(?:zum|ab(?:\s+(?:dem|den))?|per|vanaf|dal|dall'|dalla|da|a partire da(?:l|ll')?|à partir d[ue]|"
    r"dès(?: le)?|a partir de(?:l)?|a partir do(?: dia)?|desde(?: el)?|starting(?: (?:in|on|from))?|"
    r"commencing(?: (?:in|on|from))?|"
    # "com início em junho", "con incorporación inmediata", "con inizio a settembre", "met ingang van 1 mei".
    r"com início(?: em| a)?|con incorporación(?: en| el)?|con inizio(?: a| da| dal)?|met ingang van)"
)
# "(immediate start)", "- start ASAP"; and a start's word a sentence's reading left at the end ("Vendeuse dès"
# of "dès que possible", "com início" of "com início em junho").
_START_NOW = r"\(?(?:immediate start|start(?:ing)? (?:asap|immediately))\)?"
_START_LEFT = r"(?:dès|com início|con incorporación|con inizio|a partir|à partir)\s*$"
# The day a step is on, as a subject writes it after the post: "Interview: Stock Controller on 14/03", "...
# on Tuesday 3 June", "... on 3rd June".
_ON_DAY = (
    rf"on\s+(?:(?:{one_of(ENGLISH_WEEKDAYS)})\b|\d{{1,2}}[/.]\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|"
    rf"{MONTH}\s+\d{{1,2}}\b)"
)
_START_TAIL = re.compile(
    rf"\s+(?:[-–|]\s+)?(?:{_START}\s+(?:le\s+|el\s+|il\s+)?{_DATE}|from\s+{MONTH}\s+20\d\d|{_START_NOW}|"
    rf"{_START_LEFT}|{_ON_DAY})(?![\w'])(?:\W.*)?$",
    re.I,
)

# The client an agency recruits for, unnamed ("per importante cliente", "para importante empresa del
# sector", "pour un client", "for a leading housebuilder"); a sentence writes it in lowercase.
_CLIENT_PREP = r"(?:para|per|pour|voor|for|für|on behalf of)"
# German's too: "Bürokauffrau (m/w/d) für einen Kunden im Raum Ulm".
_ARTICLE = r"(?:un[ao]?|uma|an?|une|een|el|la|il|le|the|o|a|einen|einem|eine)"
_PRAISE = (
    r"(?:importante|important|prestigios[ao]|primari[ao]|rinomat[ao]|not[ao]|conocid[ao]|reconocid[ao]|"
    r"solid[ao]|grande|leading|major|well-known|renowned|reputable|dinamic[ao]|dynamique)"
)
# German writes the noun capitalised ("für einen Kunden").
_CLIENT = r"(?:cliente|client|klant|opdrachtgever|[kK]unden?|[mM]andanten?)"
_FIRM = (
    r"(?:azienda|empresa|società|entreprise|société|firma|bedrijf|unternehmen|realtà|gruppo|grupo|groupe|"
    r"multinazionale|multinacional)"
)
_CLIENT_TAIL = (
    rf"{_CLIENT_PREP}\s+(?:{_ARTICLE}\s+)?(?:(?:{_PRAISE}|nostr[oa]|nuestr[oa]|noss[oa]|notre|onze|our|"
    rf"unsere[mn]?)\s+)*{_CLIENT}|"
    rf"{_CLIENT_PREP}\s+(?:{_ARTICLE}\s+)?{_PRAISE}\s+\w|"
    # "voor een groot productiebedrijf", "for a large retailer": a size with its article ("voor grote klanten"
    # is the post's own).
    rf"{_CLIENT_PREP}\s+(?:een|an?|un[ao]?|une|uma)\s+(?:groot|grote|large|big|gran|grande|grand|grosses)\s+\w|"
    rf"{_CLIENT_PREP}\s+(?:{_ARTICLE}\s+)?{_FIRM}\s+(?:{_CLIENT}|operante|leader|líder|del|dello|della|do|da|"
    r"du|de|des|nel|aus|im)"
)
# Where the post is worked, named in the sentence: "in unserer Filiale", "en nuestra tienda de", "op onze
# locatie", "presso la sede di", "au siège social", "at our London office".
_SITES = rf"(?i:{word_list('title_site_nouns')})"
_TEAMS = rf"(?i:{word_list('title_team_nouns')})"
_DETERMINER = (
    r"(?:our|one of our|unsere[mnr]?|der|dem|onze|ons|de|het|nuestr[oa]s?|la|el|los|las|le|les|notre|nos|"
    r"nostr[oa]|il|lo|o|a|nossa|nosso|um|uma)"
)
_SITE_TAIL = (
    # ("presso la nostra sede di X", "na nossa loja": an article before the possessive.)
    rf"(?:(?:in|at|op|bij|en|em|presso|dans|à|a|an|bei)\s+"
    rf"(?:{_DETERMINER}\s+(?:(?:nostr[oa]|nuestr[oa]|noss[oa])\s+)?|l')|"
    rf"(?:au|aux|im|am|no|na|nel|nella|nello|presso|al|del)\s+(?:(?:nostr[oa]|nuestr[oa]|notre|noss[oa])\s+)?)"
    rf"(?:[A-ZÀ-Þ][\w'’.-]*\s+){{0,3}}(?:{_SITES}|{_TEAMS})(?![\w-])"
)
# "Begeleider Dagbesteding in ons activiteitencentrum X", "Menuisier dans notre atelier de Roanne", "Operador
# na nossa câmara frigorífica": a preposition and the writer's own possessive after the post say where it is
# worked or in which team, whatever noun follows (no post's name says "our"); the nouns above are read
# without the possessive too.
_OWN = r"(?:ons|onze|our|unsere[mnrs]?|notre|nos|nuestr[oa]s?|nostr[oa]|nostri|nostre|noss[oa]s?)"
_OWN_PLACE_TAIL = (
    rf"(?:(?:in|at|op|bij|en|em|dans|an|bei|within|presso)\s+(?:(?:la|il|lo|o|a|de|het)\s+)?|"
    rf"(?:nel|nella|nello|nei|nelle|no|na|nos|nas|au|aux|im|am|al)\s+){_OWN}(?![\w-])"
)
# "Orderpicker in de nachtdienst", "Reponedor en el turno de noche", "Picker on the night shift": the shift
# the sentence puts the post on, after a preposition and its article, no part of its name (a shift after the
# post's dash is its tag, and stays: title_working_terms.py; so does French's "Régleur en équipes (3x8)", no
# article, as the tests hold it).
_SHIFT_IN_SENTENCE = (
    r"(?:in|op|en|on|im|nel|no|na|em|dans|à)\s+(?:de|het|el|la|the|le|o|a|der|den|il)\s+"
    rf"(?i:{WORKING_HOURS}|{SHIFT}|équipe de (?:nuit|jour|soir|matin)|équipes? alternées)(?![\w-])"
)
_SENTENCE_TAIL = re.compile(rf"\s+(?:{_CLIENT_TAIL}|{_SITE_TAIL}|{_OWN_PLACE_TAIL}|{_SHIFT_IN_SENTENCE}).*$")

# A public service's pay grade or band in brackets: "Senior Hydrologist (AO7)", "Policy Officer (APS 5)",
# "(EL1)", "(VPS 4)", "Physiotherapist (Band 6)"; what the post pays, no part of its name. A grade written
# out ("Surveyor (Grade IV)", "Tutor (Grade 9)") stays: the labels keep it as the post's level, as
# they keep "(Level 3)".
# German public pay groups too: "(EG 9 TVöD)", "(EG 9)", and a letter's group with its agreement
# ("(E 13 TV-L)", "(A 11 BBesO)", or with its share of a week, "(E13, 65%)"; "(A1)" alone is a language
# level, "(W2)" a US contract). A Belgian level
# alone ("(D4)") stays: fresh mail's labellers kept it as the post's name.
_PAY_GRADE_IN_BRACKETS = re.compile(
    r"\s*\(\s*(?:(?:APS|VPS|AO|PO|TO|EL|SES)\s?\d{1,2}|(?i:band)\s+(?:\d{1,2}[a-d]?|[IVX]{1,4})"
    r"(?:\s*[-/]\s*\d{1,2})?|(?:EG|Entgeltgruppe)\s?\d{1,2}[a-c]?(?:\s+(?:TVöD|TV-L|TV-H|TV-V|TV-Ärzte|TV-N)[\w-]*)?|"
    r"(?:E|A|W)\s?\d{1,2}[a-c]?\s+(?:TVöD|TV-L|TV-H|TV-V|TV-Ärzte|TV-N|BBesO|LBesO)[\w-]*|"
    r"(?:TVöD|TV-L|TV-H)[\w-]*\s+(?:EG\s?|E\s?)?\d{1,2}[a-c]?|"
    # A university's group with the post's share of a full week: "(E13, 65%)", "(EG 11 / 50 %)".
    r"(?:EG|E|A|W)\s?\d{1,2}[a-c]?\s*[,;/]\s*\d{1,3}\s*%)\s*\)\s*$"
)
# A side job's tag after a dash or in brackets, with what follows it ("- bijbaan Utrecht", "(bijbaan)"): how
# the post is worked, not its name (a campaign's, "- Campaña de la fresa", is the post's own).
_ARRANGEMENT_TAIL = re.compile(
    rf"(?:\s+[-–|]\s+|\s*\(\s*)(?i:{word_list('title_arrangement_tags')})(?![\w-]).*$"
)
# Before the post ("Bijbaan supermarktmedewerker", "Ferienjob Erntehelfer"): the same tag, where words follow.
_ARRANGEMENT_HEAD = re.compile(rf"^(?i:{word_list('title_arrangement_tags')})\s+(?=\w)")
_MALL = re.compile(rf"(?i:{word_list('title_mall_words')})\s+(?-i:[A-ZÀ-Þ0-9])")
# ", The Anchor Bridge", ", The Fox and Lantern": a pub's or a venue's name after the post's comma.
_VENUE_TAIL = re.compile(r",\s+The(?:\s+(?:[A-Z][\w'’.-]*|and|&|of|on|in))+$")

# After a dash, a bar or a comma, a site's words ending in or holding a place: "- Hotel Bellavista Riccione",
# "- Entrepôt de Lyon Saint-Priest", "- filiaal Amersfoort Centrum", ", Kaarna Hotel Tampere".
_SEPARATED_TAIL = re.compile(r"(?:\s+[-–|]|\s*,)\s+(?P<tail>(?:(?!\s[-–|]\s)[^,])+)$")
# "- Copper Ridge Lodge", "- The Old Quay Inn": a hospitality venue by its name, no place in it needed; the
# post is worked there (a chain's venues are one employer's sites).
_VENUE_NAME = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w'’.&-]*\s+){1,4}(?:Hotel|Lodge|Inn|Resort|Motel|Café|Cafe|Bistro|Tavern|Pub|Grill|"
    r"Diner|Brasserie)"
)
_NAME_PARTICLES = frozenset({"de", "di", "du", "des", "del", "della", "da", "do", "van", "of", "la", "le"})
# A site's word that opens a town's name after "di"/"de" ("Outlet di Serravalle", "Hotel de Vence") names a
# site by its form; these name a unit as often ("Centro de Competencia SAP", "Office of the CFO").
_UNIT_TOO = frozenset({"centro", "centre", "center", "office", "site", "plant", "campus", "headquarters"})
_SITE_WORD = re.compile(rf"{_SITES}", re.I)
# ", The School of Law", ", The Americas Team": a unit or a region the post serves, not a venue.
_UNIT_WORDS = re.compile(
    r"\b(?:School|Faculty|Institute|College|University|Department|Office|Team|Group|Division|Unit|Centre|Center|"
    r"Americas|Trust|Board|Council|Hospital|Foundation|Company|Society)\b"
)


def without_tail(title: str) -> str:
    """`title` without the start date, the site or the unnamed client it ends with, where a post's name is
    left before it."""
    if " " not in title:
        return title
    for pattern in (_START_TAIL, _SENTENCE_TAIL):
        tail = pattern.search(title)
        if tail and tail.start() > 0:
            title = title[: tail.start()]
    if "(" in title:
        title = _PAY_GRADE_IN_BRACKETS.sub("", title)
    arrangement = _ARRANGEMENT_TAIL.search(title)
    if arrangement and arrangement.start() > 0:
        title = title[: arrangement.start()]
    title = _ARRANGEMENT_HEAD.sub("", title)
    venue = _VENUE_TAIL.search(title) if ", The " in title else None
    if (
        venue
        and venue.start() > 0
        and not is_team(venue.group()[2:])
        and not _UNIT_WORDS.search(venue.group())
    ):
        title = title[: venue.start()]
    separated = _SEPARATED_TAIL.search(title)
    if separated and separated.start() > 0 and _names_a_site(separated.group("tail")):
        title = title[: separated.start()]
    return title


def _names_a_site(tail: str) -> bool:
    """Whether `tail` is a site's name: a site's word and a place among capitalised words ("Hotel Bellavista
    Riccione", "Centro de Datos de Madrid"), or a site's word opening a name after "di"/"de" ("Outlet di
    Serravalle"); a team or a field ("Water Resources") names none."""
    words = tail.split()
    if _MALL.match(tail) or _VENUE_NAME.fullmatch(tail):
        return True
    if not 2 <= len(words) <= 6:
        return False
    sites = [bool(_SITE_WORD.fullmatch(word)) for word in words]
    if not any(sites):
        return False
    named = [word for word, site in zip(words, sites, strict=True) if word[:1].isupper() and not site]
    if len(named) + sum(sites) + sum(word in _NAME_PARTICLES for word in words) < len(words):
        return False  # "Economy and Infrastructure": a lowercase word of a unit's name
    if sites[0] and words[0].lower() not in _UNIT_TOO and words[1] in _NAME_PARTICLES - {"of"}:
        return True
    return any(only_places(word) for word in named)
