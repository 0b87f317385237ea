"""What Dutch, Flemish and German postings write after a post's name that is no part of it, in the forms
the other languages' tag readers (title_working_terms.py, title_marks.py, title_tails.py) do not know:

- the working regime in a bracket of its own: "Magazijnier (voltijds)", "Kellner (m/w/d) (Teilzeit)",
  "Orderpicker (avonddienst)", a German one with its terms, "(Vollzeit, 5-Tage-Woche)", "(Jahresstelle)"; the
  week's time after a dash, "– deeltijds", "– Teilzeit oder Vollzeit", and in German prose, "in Voll- oder
  Teilzeit", and the season, "für die Wintersaison 2026/27";
- the hours in the Flemish short form: "Kok - 38u", "Kinesitherapeut (m/v/x) - 30u/week";
- when the post starts: "Trainee Logistik (w/m/d) – Start Oktober 2026", "Monteur (Start: 1 maart)",
  "Referent – Eintritt zum 01.10.2026";
- a public employer's pay scale: Flanders' "(B1-B3)" / "(A1a-A3a)", Germany's "E13 TV-L", "(EG 9b TVöD)";
- a posting's code in two numbered parts: "(JR-26-0388)", "(VAC-25-114)".

Each is cut only at the title's end, and only where words of the post stand before it.
"""

from __future__ import annotations

import re

from tracker.extraction.title_working_terms import MONTH

# The regime words alone in a bracket: the week's time and the Dutch and German shifts. (English mail's
# "(Part-Time)" is the post's name, as its labels keep it; Dutch and German labels drop theirs.)
_REGIME = (
    r"(?:voltijds?|deeltijds?|fulltime|parttime|vollzeit|teilzeit|"
    r"(?:avond|nacht|dag|weekend|ploegen|vroege|late)dienst|nachtschicht|schichtdienst|"
    r"(?:vast|tijdelijk)(?:e)? (?:contract|dienstverband)|befristet|unbefristet)"
)
_REGIME_IN_BRACKETS = re.compile(rf"\s*\(\s*{_REGIME}(?:\s*[,/]\s*{_REGIME})?\s*\)\s*$", re.I)
# A German bracket that opens on the post's regime, or on the year-round or seasonal kind of post, and goes on
# with its terms: "(Vollzeit, 5-Tage-Woche)", "(Teilzeit 30 Std.)", "(Jahresstelle)", "(Saisonstelle ab Mai)".
_GERMAN_TERMS_IN_BRACKETS = re.compile(
    r"\s*\(\s*(?:vollzeit|teilzeit|(?:ganz)?jahresstelle|saisonstelle|jahresanstellung|festanstellung)"
    r"(?:[,;/\s][^()\n]{0,40})?\)\s*$",
    re.I,
)
# German prose after the post naming its regime or its season: "Steuerfachangestellte in Voll- oder Teilzeit",
# "Kellner in Teilzeit", "Réceptionistin für die Wintersaison 2026/27", "Koch für die Sommersaison".
_GERMAN_REGIME_IN_PROSE = re.compile(
    r"\s+in (?:voll|teil)(?:-|zeit)(?:\s*(?:oder|und|bzw\.?|/)\s*(?:voll|teil)zeit)?\s*$|"
    r"\s+(?:für die|in der|zur) (?:winter|sommer)?saison(?:\s+20\d\d(?:\s*/\s*(?:20)?\d\d)?)?\s*$",
    re.I,
)
# The week's time after a dash, one or both: Flemish "Boekhouder – deeltijds", "Kassierer – Teilzeit oder
# Vollzeit", "Verkoper - voltijds of deeltijds" (the Netherlands' "- Deeltijd" alone stays, as labelled).
_WEEK_TIME = r"(?:voltijds|deeltijds|vollzeit|teilzeit)"
_TIME_AFTER_DASH = re.compile(
    rf"\s+[-–|]\s+{_WEEK_TIME}(?:\s*(?:oder|of|und|en|/)\s*{_WEEK_TIME})?(?:\s+möglich)?\s*$",
    re.I,
)
# "38u", "30u/week", "24 u per week": the hours written with the Flemish "u".
_FLEMISH_HOURS = re.compile(
    r"(?:\s*[-–|,]\s*|\s+)\(?\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s?u(?:\s*(?:/|per)\s*(?:week|w)\b)?\)?\s*$", re.I
)
# The start: a start's noun, its colon or preposition, then a date or a month ("Start Oktober 2026",
# "Eintritt zum 01.10.2026", "startdatum: 1 maart", "Beginn ab 1.9.").
_START_NOUN = (
    r"(?:start(?:datum|termin)?|eintritt(?:sdatum|stermin)?|einstieg|arbeitsbeginn|beginn|aanvang|"
    r"indiensttreding)"
)
_START_DATE = (
    rf"(?:\d{{1,2}}\.?\s+)?{MONTH}(?:\s+20\d\d)?|\d{{1,2}}\.\s?\d{{1,2}}\.(?:\s?(?:20)?\d\d)?|"
    r"\d{1,2}[/-]\d{1,2}[/-](?:20)?\d\d|(?:ab\s+)?sofort|(?:per\s+)?direct|asap|nächstmöglich\w*"
)
_START_TAG = re.compile(
    rf"\s*(?:[-–|,]\s*|\(\s*|\s)\s*{_START_NOUN}\s*:?\s*(?:(?:ab|per|zum|op|in|im|am|vanaf|on|from)\s+)?"
    rf"(?:{_START_DATE})\s*\)?\s*$",
    re.I,
)
# The start's noun a date's reading left after a dash ("Referent – Eintritt" of "– Eintritt zum 01.10.").
_START_NOUN_LEFT = re.compile(rf"\s+[-–|]\s+{_START_NOUN}\s*:?\s*$", re.I)
# Flanders' pay scales, a range of the level's letter and grade ("(C1-C3)", "(A1a-A3a)", "(schaal B1-B3)");
# Germany's public tariffs, a group and its agreement ("E13 TV-L", "(EG 9b TVöD)", "- Entgeltgruppe 11 TV-H").
_PAY_SCALE = re.compile(
    r"\s*(?:\(\s*(?:(?:wedde|loon)?schaal\s+)?[A-E][1-5][a-c]?\s*[-–]\s*[A-E][1-5][a-c]?\s*\)|"
    r"(?:[-–,]\s*|\s)\(?\s*(?:(?:E|EG)\s?\d{1,2}[a-c]?\s*(?:TV-?L|TVöD(?:-[A-Z]+)?|TV-H|TV-V|AVR)|"
    r"Entgeltgruppe\s\d{1,2}[a-c]?(?:\s*(?:TV-?L|TVöD(?:-[A-Z]+)?|TV-H|TV-V|AVR))?)\s*\)?)\s*$",
)
# A bracket opening on a public pay scale and going on with the post's terms: Dutch "(schaal 10 cao Sociaal
# Werk, 32 uur)", "(salarisschaal 9)", German "(Entgeltgruppe 9b TVöD, befristet)", "(EG 11, Teilzeit)"; left
# open where a reading ended the title at the bracket's comma.
_PAY_SCALE_BRACKET = re.compile(
    r"\s*\(\s*(?:(?:salaris|loon|wedde)?schaal|entgeltgruppe|(?-i:EG)|verwendungsgruppe)\s?[A-E]?\d{1,2}[a-c]?\b"
    r"[^()\n]{0,80}\)?\s*$",
    re.I,
)
# "(JR-26-0388)": a posting's letters, then two numbered parts.
_TWO_PART_CODE = re.compile(r"\s*\(\s*[A-Z]{1,4}-\d{2,4}-\d{3,6}\s*\)\s*$")

_TAGS = (
    _REGIME_IN_BRACKETS,
    _GERMAN_TERMS_IN_BRACKETS,
    _GERMAN_REGIME_IN_PROSE,
    _TIME_AFTER_DASH,
    _FLEMISH_HOURS,
    _START_TAG,
    _START_NOUN_LEFT,
    _PAY_SCALE,
    _PAY_SCALE_BRACKET,
    _TWO_PART_CODE,
)


def without_germanic_tags(title: str) -> str:
    """`title` without the working regime, hours, start, pay scale or two-part code it ends with, where
    a word of the post stands before the tag."""
    for pattern in _TAGS:
        found = pattern.search(title)
        if found is not None and any(ch.isalpha() for ch in title[: found.start()]):
            title = title[: found.start()].rstrip(" -–|,")
    return title
