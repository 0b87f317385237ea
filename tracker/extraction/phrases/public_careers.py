"""The post a public body's selection names by its career, one table for every language where a civil
service writes it so: "2 postos de trabalho da carreira e categoria de Técnico Superior (área de Turismo) –
Ref.ª C", "o procedimento concursal para Assistente Técnico (Ref.ª 7/2026)", "le grade d'Attaché
territorial". (A selection named by its code before the post is procedure_codes.py's; Italian's "profilo
professionale di X" and Spanish's "plaza de X" are read by the post's nouns already.)

A public body's notice names the post as a career, a category or the posts to fill, after a long sentence
of law no anchor reads ("procedimento concursal comum para constituição de vínculo de emprego público ...
para ocupação de 1 posto de trabalho de X"). The career's noun says that a post's name follows, whatever
its words; a capital must open it. The name keeps its own bracket ("(área de Administração Pública)") and
a dash's unit ("– Gabinete de Planeamento"), and ends where the notice's references begin: a dash or a
bracket opening a reference, a notice's or an edict's number ("– Ref.ª A", "(Aviso n.º 4/2026)"), a
comma, the sentence's end or its line's. Same conventions as anchors.py.
"""

# Per language: the civil service's nouns for the post's career, category or posts, with their linking word.
_CAREER_NOUNS = {
    # "carreira e categoria de", "categoria de", "1 posto de trabalho de", "postos de trabalho na categoria
    # de"; the selection itself for the post: "procedimento concursal para", "concurso público para".
    "pt": "carreira e categoria de|carreira (?:geral |especial )?de|categoria de|postos? de trabalho de|"
    "(?:procedimento concursal|concurso público)(?: comum)? para",
    "fr": "grade d'|grade de|cadre d'emplois des|cadre d'emplois d'",
}
_NOUNS = "|".join(_CAREER_NOUNS.values())
# A reference's label opening after the post: "Ref.ª", "ref.", "réf.", "rif.", "Aviso n.º", "edital",
# "avis", "bando", "proc.", "cat." (a post's pay category), or a number's "n.º".
_REFERENCE_LABEL = r"(?:ref|réf|rif|aviso|avviso|avis|edital|bando|proc|n\.?º|nº|cat)\b"
# The post's name: no comma; a bracket holding no reference is its own ("(área de Turismo)", "Técnico(a)").
_POST = rf"(?P<t>(?:\((?!{_REFERENCE_LABEL})[^()\n,]{{1,60}}\)|[^\n!?;,()]){{2,120}}?)"
# It ends at a dash or a bracket opening a reference, a comma, a closing bracket, the sentence's end or its
# line's.
_END = rf"(?=\s*[-–—]\s*{_REFERENCE_LABEL}|\s*\(\s*{_REFERENCE_LABEL}|\s*[,;)]|\s*[.!?:](?:\s|$)|\s*\n|\s*$)"

TITLES: list[tuple[str, float, bool, bool]] = [
    (rf"\b(?:{_NOUNS})(?:\s+|(?<='))(?=[^\s0-9]){_POST}{_END}", 2.4, False, True),
]
