"""What other languages' job titles trail that is no part of the post's name, as patterns the title
readers share: the working time and terms ("Vollzeit", "CDI", "Remoto", "Turno tarde", "Zeitarbeit"), a
bracket of the post's terms ("(CDI, 35h)"), a posting's reference ("Kennziffer 2026-07"), the day a
sentence goes on to name ("el lunes a las 10:00"). language_titles.py cuts them off a subject's title;
title_cleaning.py, title_clause.py, title_tails.py and not_employers.py read them too.
"""

from __future__ import annotations

import re

from tracker.extraction.caseless_words import CaselessWords
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.weekdays import (
    DUTCH,
    ENGLISH,
    EVERY_MONTH,
    FRENCH,
    GERMAN,
    ITALIAN,
    PORTUGUESE_FULL,
    SPANISH,
    one_of,
)

# Working time and place as the other languages tag a title ("Teilzeit", "CDI", "Remoto", "Télétravail").
# The hours and shift a post is worked, which its labels keep where the post's name writes them
# ("Verkäufer (m/w/d) Teilzeit", "Cajero/a - Turno tarde", "Pflegehelfer (m/w/d) - Nachtschicht").
WORKING_HOURS = (
    r"(?:voll-? ?(?:oder|/) ?teilzeit|teil-? ?(?:oder|/) ?vollzeit|vollzeit|teilzeit|temps plein|"
    r"temps partiel|"
    r"jornada completa|media jornada|tiempo completo|voltijd|deeltijd|fulltime|parttime|tempo integral|"
    r"meio período|tempo pieno|"
    r"turno (?:de )?(?:mañana|tarde|noche|partido|rotativo|serale|notturno|diurno|giornaliero|notte|noite|"
    r"manhã)|schichtdienst|"
    # Brazil's shifts by letter or number: "Líder de Produção - Turno B", "Operador - 2º turno".
    r"turno [a-d1-4](?![\w-])|[1-4][ºo°] turno|turno (?:noturno|integral)|"
    r"nachtschicht|frühschicht|spätschicht|wechselschicht|nachtdienst|avonddienst|weekenddienst|"
    r"(?:avond|nacht|dag|ochtend|middag|weekend)ploeg|[2-5]-?ploegendienst|ploegendienst|"
    # French shift work: "Opérateur de production en équipes (2x8)", "Conducteur de ligne - 3x8".
    # (Never "équipes" alone: "Responsable des équipes" is a post.) The digits are listed, not a range:
    # TAG_WORDS tests its words' first letters before trying them, which a range's leaves unknown.
    r"équipes (?:alternées|successives|de (?:nuit|jour|week-end)|\(?[2-5] ?x ?8\)?)|"
    r"\(?[2345]x8\)?|travail posté|"
    # Spanish and Portuguese hours and shifts (word_lists.toml `spanish_hours`): "Cajero/a - Tiempo parcial".
    rf"{word_list('spanish_hours')})"
)
# Where and on what terms a post is worked, as the other languages tag a title ("CDI", "Remoto",
# "Télétravail"): no part of its name.
WORKING_TERMS = (
    r"(?:remoto|híbrido|presencial|teletrabajo|télétravail|hybride|à distance|thuiswerken|ibrido|da remoto|"
    r"in presenza|homeoffice|home-office|mobiles arbeiten|remote-first|befristet|unbefristet|"
    r"karenzvertretung|cdi|cdd|alternance|indefinido|tempo determinato|tempo indeterminato|"
    # Hired out by an agency: "Pflegefachkraft (m/w/d) Zeitarbeit", "Infirmier (H/F) intérim".
    r"zeitarbeit|arbeitnehmerüberlassung|minijob|intérim|"
    # Dutch and Flemish contracts: "Labo-assistent (interim met optie vast)", "Planner - tijdelijk contract".
    r"interim met (?:optie|uitzicht) op vast|interim met optie vast|(?:met )?(?:optie|uitzicht) op vast|"
    r"tijdelijk contract|vast contract|tijdelijk|uitzendbasis|"
    # South Africa's employment-equity tag: "Junior Accountant (EE position)", "Clerk - EE".
    # An anchor that ends at "position" leaves the tag's first word alone: "Junior Accountant - EE".
    r"ee(?: position| post)?(?=\s*\)|\s*$)|employment equity(?: position)?|"
    # Brazil's and Latin America's affirmative and disability tags: "Analista Sr (PCD)", "Operador - Vaga
    # exclusiva para PCD", "Trainee - Vaga afirmativa para pessoas negras", "Cajero - Vacante inclusiva".
    r"pcds?|pcd's|vaga (?:afirmativa|exclusiva|preferencial|inclusiva)|exclusiva para (?:pcd|pessoas)|"
    r"vacante (?:inclusiva|exclusiva)|exclusiva para personas con discapacidad|"
    # Brazil's hiring regime, a contract's tax form: "Designer (PJ)", "Analista - CLT".
    r"clt ?(?:/|ou) ?pj|pj ?(?:/|ou) ?clt|pj|clt|"
    # Spanish contracts (word_lists.toml `spanish_terms`): "Cocinero/a - Contrato indefinido".
    rf"{word_list('spanish_terms')})"
)
# Working time and place, either (what a field after a preposition is not: "Technicien H/F en CDI").
WORKING_TIME = rf"(?:{WORKING_HOURS}|{WORKING_TERMS})"
# "Chargé de clientèle (CDI) - Agence de Lyon": a bracket holding a working time alone, wherever it stands
# (TRAILING_TAGS reads one at the end only; a place cut after it leaves it there).
# The contract a bracket opens with is the post's terms, whatever it lists after ("(CDI, 35h)", "(contratto a
# tempo determinato 12 mesi)", "(contrat CDD 24 mois", cut off); so is a bracket listing a working time with
# other terms after a dash or a comma ("(temps plein - CDI)", "(tempo pieno, sede di Lodi)"), where a working
# time alone is the post's name ("Cajero/a (jornada completa)"). Left open, the bracket was cut at the comma.
_WEEK_TIME = (
    r"(?:temps plein|temps partiel|tempo pieno|tempo parziale|full[- ]time|part[- ]time|jornada completa|"
    r"media jornada|tiempo completo|tiempo parcial|voltijd|deeltijd|fulltime|parttime|tempo integral|"
    r"meio per[íi]odo)"
)
WORKING_TIME_IN_BRACKETS = re.compile(
    rf"\s*\(\s*(?:{WORKING_TERMS}\s*\)|(?:(?:{WORKING_TERMS}|contrat|contratto|contrato)\b\s*[-–,;]?\s*|"
    # (A bracket the sentence's comma left open after a working time listed more.)
    rf"{_WEEK_TIME}\s*[-–,;]\s*)[^()\n]{{1,50}}?\s*(?:\)|$)|{_WEEK_TIME}\s*$)",
    re.I,
)
# A day the sentence goes on to name: "... Analyst on Monday, March 3", "el lunes a las 10:00",
# "lunedì 3 marzo", "op maandag": a weekday after its preposition, or before a date or a time.
WEEKDAY = f"(?:{one_of(ENGLISH, FRENCH, SPANISH, GERMAN, DUTCH, PORTUGUESE_FULL, ITALIAN)})"
MONTH = f"(?:{EVERY_MONTH})"
_WHEN = (
    rf"\s+(?:(?:on|this|next|el|le|am|op|na|no|ce|la|próximo|próxima|prochain|nächsten|kommenden)\s+)+"
    rf"{WEEKDAY}\b.*|\s+{WEEKDAY},?\s+(?:\d|at\b|à\b|a las\b|um\b|om\b|às\b|alle\b).*|"
    # "... le 12 décembre", "el 3 de marzo", "am 4. Mai", "il 12 dicembre": a date the sentence names.
    rf"\s+(?:on|le|el|am|op|il|em|dia|the)\s+\d{{1,2}}(?:er|\.|º)?\s+(?:de\s+)?{MONTH}\b.*"
)
TRAILING_TAGS = re.compile(
    rf"(?:\s+vom\s+\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}.*|(?:,?\s+|\s*[-–|]\s*)(?:(?:referenznummer|ausschreibungsnummer|"
    rf"kennzahl|kennziffer|stellennummer|stellen-id|referenz|référence|referencia|referentie|riferimento|réf|"
    rf"vacaturenummer|vacature-id)\b"
    rf"|ausschreibung\s+\S*\d).*|"
    rf"\s+[-–|]\s+{WORKING_TERMS}\b.*|{_WHEN}|"
    # "Recepcionista (h/m) Turno noche": a shift the board writes on after the gender mark, with no
    # separator, is the post's name (its labels keep it); a contract or place there is not.
    rf"(?<=\))\s+(?!turno\b){WORKING_TERMS}\b.*|"
    rf"\s+(?:en|in|a|em|à|op|im|de)\s+(?:regime de\s+|contrat\s+)?{WORKING_TERMS}\b.*|"
    rf"\s*\(\s*{WORKING_TERMS}\b[^)]*\))\s*$",
    re.I,
)
# A word every one of those tags holds: the tags' pattern tries each of its branches at every place of a
# title, and titles rarely hold a tag (a few in a hundred), so the words are looked for first.
TAG_WORDS = CaselessWords(
    rf"vom|referen|réf|ausschreibung|kennz|stellen|riferimento|vacature|{WORKING_TERMS}|{WEEKDAY}|{MONTH}"
)
