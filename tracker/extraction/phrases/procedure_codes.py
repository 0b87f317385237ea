"""The post a public selection names after its code, one table for every language we read: "il concorso
n. 7/2026 – Istruttore Amministrativo", "l'affichage RH-2026-04, Agente de bureau", "la sélection
ABC2026 (Conseillère juridique)", "el proceso selectivo ref. OEP-2026/14 – Auxiliar de Biblioteca", "die
Ausschreibung Zl. PA-12/2026 – Sachbearbeiter". (English's "competition
#2026-31, Payroll Clerk", "the selection procedure X - Y" are anchors.py's, with the code they read.)

A public body names its selection by its noun and the procedure's code (a word holding a digit, perhaps
after its label: "Rif.", "cod.", "n.", "réf.", "Zl."), then the post after a comma, a dash or in brackets.
The noun and the code say that a post's name follows, whatever its words; a capital must open it. The name
ends at a comma, a bracket, the sentence's end or its line's. Same conventions as anchors.py.
"""

# Per language but English: the nouns a public body names its selection procedure with.
_PROCEDURE_NOUNS = {
    "it": "selezione(?: pubblica)?|procedura(?: selettiva| comparativa)?|concorso(?: pubblico)?|"
    "avviso(?: pubblico)?",
    "fr": "sélection|selection|concours|affichage|procédure de sélection|appel à candidatures",
    "es": "proceso selectivo|proceso de selección|convocatoria|oposición|concurso(?: público)?",
    "pt": "procedimento concursal|concurso(?: público)?|processo seletivo|processo de seleção|edital",
    "nl": "selectieprocedure|selectie|vacature",
    "de": "auswahlverfahren|ausschreibung|stellenausschreibung",
}
_NOUNS = "|".join(_PROCEDURE_NOUNS.values())
# The code's label, where one is written: "Rif.", "cod.", "n.", "nº", "réf.", "ref.", "Zl.", "Kennzahl".
_CODE_LABEL = r"(?:(?:rif|ref|réf|cod|codice|code|n|nº|n\.º|no|nr|núm|zl|kennzahl)\.?\s*:?\s*)?"
# The code: a word holding a digit, of letters, digits and the separators codes are written with.
_CODE = r"(?:[a-z][a-z/._-]{0,12}[0-9]|[0-9])[a-z0-9/._-]{0,24}"
# Where the code gives way to the post: a comma, a dash or an opening bracket.
_BEFORE_POST = r"(?:\s*,\s+|\s+[-–]\s+|\s*\(\s*)"
# The post's name: no comma; a bracket without one is its own ("Técnico(a)", "(classe principale)").
_POST = r"(?P<t>(?:\([^()\n,]{1,40}\)|[^\n!?;,()]){2,100}?)"
# It ends at a comma, a closing bracket, a bracket listing terms ("(C1-C3, contractueel)"), the sentence's
# end or its line's.
_END = r"(?=\s*(?:[,)]|\([^()\n,]{0,40},)|\s*[.!?;:](?:\s|$)|\s*\n|\s*$)"

TITLES: list[tuple[str, float, bool, bool]] = [
    (rf"\b(?:{_NOUNS})\s+{_CODE_LABEL}{_CODE}{_BEFORE_POST}{_POST}{_END}", 2.5, False, True),
]
