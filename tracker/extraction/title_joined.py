"""A title whose words a conjunction joins, where a sentence's reading ended it at the conjunction.

"para a vaga Analista de Recursos Humanos e Departamento Pessoal", "la vacante Cajero y Repositor",
"il ruolo di Addetto Vendite e Magazzino": the anchors end a post's name at "e"/"y"/"ed", where a clause
goes on as often ("Cientista de Dados e infelizmente ...", "Controller di Gestione e vorremmo ..."). They
read lowercased text; the case the mail wrote tells the two apart: a post's name goes on in capitals up to
where a sentence would end it, or where the mail's employer is named after "di"/"del"/"de" ("Addetto
Vendite e Magazzino di Esselunga"; a field of the post, "Responsabile di Laboratorio", stays).
"""

from __future__ import annotations

import re

from tracker.extraction.name_reading import ROMANCE_PARTICLES

_CONJUNCTIONS = (" e ", " y ", " ed ")
# The capitalised words after the conjunction, with the small words that join a name's words ("de", "y",
# not "da"/"do": "... e Suprimentos da Raia Drogasil" names the employer after the post), then a lowercase
# word, a stop, a bracket, a dash or the line's end.
_JOINED_WORDS = re.compile(
    r" (?:e|y|ed) (?P<w>[A-ZÀ-Þ][\w'/()-]*(?: (?:(?:de|del|di|e|y|a|en|em) )*[A-ZÀ-Þ][\w'/()-]*)*)"
    r"(?=\s*(?:[.,;:!?\[(]|$)|\s*\n| [-–|] | [a-zà-ÿ])"
)

# In lowercase, the post's field joined on ("Addetto/a magazzino e logistica presso ...", "Impiegata
# amministrazione e contabilità."): one to three words that run to a stop, the line's end or a preposition
# naming where the post is, none of them a clause's pronoun, article or verb ("e vorremmo invitarla a",
# "e infelizmente você", "y te escribimos para", "e le comunichiamo").
_CLAUSE_WORD = (
    r"(?:\w*(?:iamo|emmo|amos|emos|imos|mente|rla|rlo|rle|rti)|ci|vi|ne|si|lo|la|le|gli|li|ti|te|nos|lhe|il|"
    r"un|una|uno|o|a|os|as|um|uma|el|los|las|que|che|se|non|não|no|purtroppo|pertanto|quindi|siamo|sono|"
    # ("la posizione di X e stata chiusa": Italian's "è" written "e", then its participle or adverb.)
    r"ha|hanno|è|es|está|foi|fue|ya|já|você|usted|sar[aà]|ser[aá]|verr[aà]|potr[aà]|stat[oaie]|gi[aà]|"
    r"ancora|ora|attualmente)\b"
)
_JOINED_LOWERCASE = re.compile(
    rf" (?:e|y|ed) (?P<w>(?!{_CLAUSE_WORD})[a-zà-ÿ][\w'/-]*(?: (?!{_CLAUSE_WORD})[a-zà-ÿ][\w'/-]*){{0,2}})"
    r"(?=\s*[.,;:!?(]|\s*\n|\s*$| (?:presso|in|nel|nella|en|em|na|no|bei|chez|à|a) (?!\w+(?:iamo|amos)\b))"
)

_PARTICLE_THEN_NAME = re.compile(rf" (?:{ROMANCE_PARTICLES}) (?=[A-ZÀ-Þ])")


def joined_end(body: str, end: int, company: str | None = None) -> int:
    """Where the title ending at `end` in `body` ends, with the capitalised words a conjunction joins on
    up to the employer (`company`, the mail's) named after a particle."""
    if not body.startswith(_CONJUNCTIONS, end):
        return end
    joined = _JOINED_WORDS.match(body, end)
    if not joined:
        field = _JOINED_LOWERCASE.match(body, end)
        return field.end("w") if field else end
    if company:
        for particle in _PARTICLE_THEN_NAME.finditer(body, joined.start("w"), joined.end("w")):
            named = body[particle.end() : joined.end("w")].casefold()
            if named.startswith(company.split()[0].casefold()) or named.endswith(company.casefold()):
                return particle.start()
    return joined.end("w")
