"""A posting's number, a pay grade or a company's level code written beside a title, none of them its name.

"Business Analyst - 355734", "[Job 7781] Nurse", "Contract Specialist, GS-1102-11", "Software Engineer II
(L4)": the patterns title_cleaning.clean_title cuts them with (and keeps the code it finds).
"""

from __future__ import annotations

import re

from tracker.cohort_words import ENGLISH_SEASONS
from tracker.extraction.requisition import CODE_BESIDE_TITLE
from tracker.extraction.weekdays import one_of

# In round or square brackets, the label's words spaced or hyphenated: "(Job ID 5318)", "[Job-ID 7731]".
REQ_IN_PARENS = re.compile(
    r"\s*[(\[]\s*(?:job[\s-]*)?(?:id|req(?:uisition)?(?:[\s-]*id)?|r[eé]f(?:erence)?|rif|code|cod|codice|job\s*(?:no|number|#)|"
    # German postings' "(Stellen-ID 30192)", "(Referenznummer 4471)", "(Kennziffer 2026-07)".
    r"stellen-?id|referenz(?:nummer|nr\.?)?|kennziffer|kennung|#|"
    # The posting or public competition by its number, in each language: "(concours RH-2026-014)",
    # "(Bando n. 14/2026)", "(Vacancy No. 4471)", "(convocatoria 2026/031)", "(vacature 24-118)"; a public
    # body's notice or edict by its number: "(Aviso n.º 5512/2026)", "(Edital nº 03/2026)", "(avis n° 14)".
    r"(?:concours|concorso|bando|competition|vacancy|posting|convocatoria|vacaturenummer|referentie(?:nummer)?|"
    r"kennzahl|vacature|vaga|annonce|annuncio|"
    # A posting's own word before its number: "(affichage CS-2026-0312)", "(offre 7781)", "(oferta 2026-31)",
    # "(anuncio 4410)", "(Ausschreibung 2026/14)".
    r"affichage|offre|oferta|anuncio|(?:stellen)?ausschreibung|"
    r"aviso|edital|avviso|avis)"
    r"(?:\s*(?:n\.?[°º]|no|nr|n)\.?)?)"
    # The label's posting named after it: "(ID da vaga: 5230)", "(Ref. de la oferta 2026-88)", "(Codice
    # dell'annuncio 3310)", "(ID of the vacancy 12)".
    r"(?:\s+(?:da|de la|del|de|do|della|dell'|of the|of)\s*(?:vaga|vacante|oferta|offerta|annuncio|anúncio|"
    r"posizione|puesto|posição|job|posting|vacancy))?"
    r"\s*[:#.]?\s*([\w-]*\d[\w/-]*)\s*[)\]]",
    re.I,
)
REQ_LABELLED = re.compile(
    r",?\s*[-(]?\s*\b(?:job[\s-]*id|job\s*(?:no\.?|number|#)|req(?:uisition)?\.?\s*(?:id|#|no\.?|number)?|"
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
REQ_POSTING_LEADING = re.compile(
    r"^[\[(]?\s*(?:job|posting|vacancy|opening|req(?:uisition)?|vacature|stelle|offre|oferta|vaga|annuncio|"
    # A posting's own word in French and Dutch: "Affichage 2026-12 - X" (Quebec's), "Poste 2026-12 : X",
    # "Concours 2026-04 - X", "Vacaturenummer 2026-031: X".
    r"affichage|poste|concours|vacaturenummer|vacaturenr\.?|"
    r"competition|(?:selection )?procedure)\s*(?:#|n°|nº|no\.|nr\.)?"
    r"\s*(\d{3,}[\w-]*|\d{2,4}-\d{2,}[\w-]*|[A-Z][A-Z0-9]{1,7}(?:/[A-Z0-9]{1,8}){1,6})(?!\d)\s*[\])]?\s*[-:|–,]?\s*"
    r"(?=\w)",
    re.I,
)
# "Marketing Officer - HRQ/0417/ADM", "Porter | HRQ/0417/EST": a slash-joined code of three parts or more
# after the title, one a number of three digits or more ("Teacher - KS1/KS2/KS3" names its stages).
REQ_SLASHED_TRAILING = re.compile(
    r"\s+[-|–]\s+((?=[A-Z0-9/]{0,60}\d{3})[A-Z][A-Z0-9]{1,7}(?:/[A-Z0-9]{1,8}){2,6})$"
)
# "Stock Planner (PLN-5530) through the agency ...": a code in brackets, the sentence going on after it in
# lowercase (a capture that ran past the title); what follows the code is no part of the title.
REQ_BRACKETED_BEFORE_WORDS = re.compile(rf"\s*[(\[]({CODE_BESIDE_TITLE})[)\]](?=\s+[a-zà-ÿ])")
# The slash-joined code alone before the title: "AGENCY/TA/AD6/2025/07 - Policy Officer".
REQ_SLASHED_LEADING = re.compile(
    r"^((?=[A-Z0-9/]{0,60}\d)[A-Z][A-Z0-9]{1,7}(?:/[A-Z0-9]{1,8}){2,6})\s*[-:|–]\s*(?=\w)"
)
# A posting's number in brackets after the title, its year's two digits first: "Buyer - Spares (27-0193)" (a
# school year writes its second year short, "(2026-27)", and stays).
YEAR_NUMBERED_IN_BRACKETS = re.compile(r"\s*[(\[](\d{2}-\d{4,6})[)\]]$")
# The slash-joined code alone, all a label's line holds: "Competition Reference: ABC/EO/26/01" names no post.
SLASHED_CODE_ALONE = re.compile(r"^((?=[A-Z0-9/]{0,60}\d)[A-Z][A-Z0-9]{1,7}(?:/[A-Z0-9]{1,8}){2,6})$")
# "#4471 Production Supervisor", "3381 - Jefe de Almacén", "2025-118 Pflegefachkraft": a short number before
# a capitalised title is the post's (a year alone or a school year is a cohort's: "2026 Summer Analyst",
# "17-18 Campus Intern"; three digits only after "#": "911 Dispatcher").
REQ_SHORT_LEADING = re.compile(
    r"^(?:#\s*)?((?!(?:19|20)\d\d\b)\d{4,}|(?!(?:19|20)?\d\d-(?:19|20)?\d\d\b)\d{2,4}-\d{3,5}|(?<=#)\d{3})"
    r"\s*[-:|–]?\s+(?=[A-ZÀ-Þ])"
)
# A season's year a posting's number runs on from ("Summer 2026-40211"): the year is the post's, as the
# labels keep a season with its year.
YEAR_OPENING_CODE = re.compile(r"((?:19|20)\d\d)[-/](?=\d{3,})")
SEASON_AT_END = re.compile(rf"\b(?:{one_of(ENGLISH_SEASONS)})$", re.I)
# "2026-12 - Servicemonteur": a year and a posting's number, then a dash (a school year's second year follows
# its first: "2026-27 - Teacher" is a cohort's, and stays).
YEAR_NUMBERED_LEADING = re.compile(r"^((?:19|20)(\d\d)-(\d{2,3}))\s+[-|–]\s+(?=[A-ZÀ-Þ])")
# "n°184ABCD - Chargé de projet": a board's offer number before the title.
REQ_NUMBERED_LEADING = re.compile(r"^(?:n°|nº|nr\.?|no\.)\s*([\w-]*\d[\w-]*)\s*[-:–]?\s*(?=\w)", re.I)
# "411020, Communications Officer": the whole number, never its digits but the last.
REQ_LEADING = re.compile(rf"^\(?({CODE_BESIDE_TITLE})(?!\d)\)?\s*(?:[-:|,]\s*)?(?=\w)")
# (A code in square brackets too: "Line Cook [204417]"; a code is whole, not a word's last letters:
# "[POSTDOC2026]".)
REQ_TRAILING = re.compile(rf"\s*(?:[-_:|#,]\s*)?[(\[]?(?<![A-Za-z])({CODE_BESIDE_TITLE})[)\]]?$")
# "Junior Developer - Ref": a label whose code a sentence's full stop cut off ("Ref. 2024-117").
LABEL_WITHOUT_CODE = re.compile(r"\s*[-,|]\s*(?:ref(?:erence)?|req(?:uisition)?|job id)\.?$", re.I)
# "Contract Specialist, GS-1102-11": a US federal pay plan and grade, no part of the role's name (the FAA's
# own plan writes its band as a letter: "FV-2210-J").
PAY_GRADE_TRAILING = re.compile(
    r",?\s*[-(]?\s*\b(?:(?:GS|GG|WG|WS|WL|NH|ZP|ZA)-\d{1,4}(?:-\d{1,2})?(?:/\d{1,2})?|FV-\d{4}-[A-M]|"
    r"Band \d[a-d]?)\)?$"
)
# "Records Officer, Grade 5", "Ward Clerk, Band 3": a public employer's pay grade or band after the post's
# comma, no part of its name (in brackets the labels keep it, "Senior Officer (Grade 7)"; a teacher's grade
# is the class taught, and stays).
GRADE_AFTER_COMMA = re.compile(r"\s*,\s*(?:Grade|Band) \d{1,2}[a-d]?,?$")
# "Staff Nurse - Band 5 - Acute Medicine": the NHS's pay band between the post and its ward or field.
BAND_BETWEEN = re.compile(r"\s+[-–]\s+Band \d[a-d]?(?=\s+[-–]\s+\w)")
REQ_STANDALONE = re.compile(r"\s*\b((?:R|JR|REQ|J)[-_]?\d{4,})\b")
# "Software Engineer II (L4)", "(IC3)": a company's level code, not the role's name ("(Level 5)" written out
# is kept, as the labels keep "- All Levels" and "Level II").
LEVEL_IN_BRACKETS = re.compile(r"\s*\(\s*(?:L|IC)\d{1,2}\s*\)", re.I)
