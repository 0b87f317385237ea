"""What a public competition's or a board's summary wraps around the post's name, in every language: the
post's number in the competition before it ("Cargo: 214 – Técnico Agrícola", "Plaza: 07 - Auxiliar
Administrativo", "Profilo 3 – Istruttore Tecnico"), the posting's code in a bracket after it ("(Cód.
5521)", "(k4471902)") and the town with the remote option the post may be worked in ("(Coimbra ou
remoto)", "(Sevilla o teletrabajo)", "(Lille / télétravail)"); and a remark on the post whose bracket was left
open where the title was cut ("(remplacement de congé").

None is part of the post's name (the datasets' README drops ids, places and work-arrangement tags);
title_cleaning.py takes them off with `without_post_wrappers`.
"""

from __future__ import annotations

import re

# A competition numbers its posts ("203 – Analista", "Nº 12 - Agente"): a number of at most four digits,
# perhaps with its label, then a dash and the post's capital.
_NUMBER_BEFORE_POST = re.compile(
    r"^(?:(?i:n\.?\s?[º°o]\.?|c[óo]d(?:igo)?\.?|codice|cargo|plaza|profilo)\s?)?\d{1,4}[ \t]?[–—-][ \t]{1,3}"
    r"(?=[A-ZÀ-Þ])",
)
# The posting's code in a bracket at the end: labelled ("(Cód. 1187)", "(Código: AB-44)", "(N.º 31/2026)")
# or a code alone of a few letters and at least four digits ("(v2738115)", "(REQ40021)").
_CODE_IN_BRACKET_AT_END = re.compile(
    r"\s*\(\s*(?:(?i:c[óo]d(?:igo)?|codice|n\.?\s?[º°])\.?\s?:?\s?(?P<labelled>[\w/.-]{0,20}\d[\w/.-]{0,20})|"
    r"(?P<code>(?!(?i:req|ref|rif|id|cod|job))[A-Za-z]{1,4}-?\d{4,12}))\s*\)\s*$"
)
# The place's other option in the same bracket: "(Porto ou remoto)", "(Madrid o en remoto)", "(Paris ou
# télétravail)", "(Bologna o da remoto)", "(Lyon, hybride)", "(Braga / híbrido)".
_REMOTE_WORDS = (
    r"remoto|remote|teletrabalho|teletrabajo|télétravail|à distance|a distancia|à distância|"
    r"da remoto|in remoto|smart working|híbrido|hibrido|hybride|ibrido|hybrid"
)
_PLACE_OR_REMOTE_IN_BRACKET = re.compile(
    r"\s*\((?-i:[A-ZÀ-Þ])[^()\n,/]{1,40}(?:,|/|\s(?:ou|o|or|oder|of|y|e|et))\s{1,3}"
    rf"(?:(?:en|em|in|à|a) )?(?:{_REMOTE_WORDS})\s*\)\s*$",
    re.I,
)

# A bracket left open at the end, opening on a lowercase word or a digit: the writer's remark on the post
# ("(remplacement de congé", "(quart de soir", "(2-ploegendienst", "(contratto di sei mesi"), cut where an
# anchor's comma or stop ended the title; a gender mark's letters ("(m/f") are the post's own.
_OPEN_REMARK_AT_END = re.compile(r"\s*\((?![a-zà-ÿ]{1,2}\s?/)(?=[a-zà-ÿ0-9])[^()\[\]\n]{1,80}$")


def without_post_wrappers(title: str) -> tuple[str, str | None]:
    """`title` without a competition's number before it, a posting's code, a town-or-remote bracket or an
    open remark after it; and the code taken off (None when none was)."""
    code = None
    if "(" in title and title.count("(") > title.count(")"):
        title = _OPEN_REMARK_AT_END.sub("", title)
    if title[:1].isdigit() or title[:1] in "NnCcPp":
        title = _NUMBER_BEFORE_POST.sub("", title)
    if title.endswith(")"):
        if coded := _CODE_IN_BRACKET_AT_END.search(title):
            code = coded.group("labelled") or coded.group("code")
            title = title[: coded.start()]
        else:
            title = _PLACE_OR_REMOTE_IN_BRACKET.sub("", title)
    return title, code
