"""Where Spanish mail from Spain and Latin America names the post without "de" after its noun.

ATS and employers' own mail write the title right after the word for the post: "a la vacante Analista
de Planeación en Grupo X", "para la posición Enfermero/a UCI - Jornada completa", "el puesto Customer
Care Agent", "la búsqueda Analista de Cuentas a Pagar" (Argentina's word for an opening), "al cargo
Reponedor/a" (Chile's, Colombia's, Peru's). What follows the noun is the title unless a word says the
sentence goes on ("la vacante que", "el puesto ya", "la posición ofertada"). Same conventions as
anchors.py: lowercase patterns, (pattern, weight, needs a role's word, needs a capital after).

Latin America's own anchors on the post's word ("al cargo de X", "la vacante X publicada por Y") are
LATIN_AMERICAN_TITLES and LATIN_AMERICAN_EMPLOYER_AFTER, below.
"""

import re

from tracker.extraction.phrases.tables import accents_optional, word_list

# Where such a title ends: the employer or the place after "en", "de la empresa" or "con" and an
# article; a verb of the news or a pronoun beginning the next clause ("el proceso para X te enviamos");
# a requisition code in brackets; a separator before a tag; a stop.
# A post named by its field after "en" keeps it: "Técnico/a en Cuidados de Enfermería", "Licenciada en
# Química", "Especialista en Nóminas": after these words "en" is the post's, not the employer's or the
# place's.
EN_POST_WORDS: tuple[str, ...] = (
    "técnico", "técnica", "técnico/a", "tecnólogo", "tecnóloga", "tecnólogo/a", "licenciado", "licenciada",
    "licenciado/a", "especialista", "experto", "experta", "experto/a", "graduado", "graduada", "graduado/a",
    # ... and their other gender in a glued bracket, as Mexico's and the Andes' postings write it.
    "técnico(a)", "tecnólogo(a)", "licenciado(a)", "experto(a)", "graduado(a)",
)  # fmt: skip
EN_OF_THE_POST: str = "".join(f"(?<!{re.escape(word)})" for word in EN_POST_WORDS)
# The post an interview is for, then the interview's own news: "para Dependiente/a (h/m) está confirmada".
_INTERVIEW_FOR_POST = (
    r"(?!(?:el|la|los|las|un|una|que|conocer\w*|hablar|charlar|ver|ti|usted|vos|este|esta|mañana)\b)"
    r"[^\n.!?;]{2,60}? (?:está|queda|ha sido|fue) (?:confirmad|programad|agendad)"
)
_ES_END = (
    rf"(?={EN_OF_THE_POST}\s+en\b|\s+(?:ha|han|fue|qued[oó]|se|ya|te|le|les|os|nos|"
    r"y (?:te|le|la|lo|los|las|que|estamos|se|nos|hemos|queremos)|"
    r"de la empresa|para (?:la|el|nuestr[oa]s?)|con (?:nosotros|nuestr[oa]s?|el|la|los|las|un|una)|"
    r"que|no|es|está)\b|\s+\((?:req|ref|id|código|cod)\b|"
    r"\s*[.!?;,:](?:\s|$)|\s*\n|\s*$)"
)
# What stands after the post's noun without naming a post: a preposition, an article, a verb or an
# adjective of the post itself ("la vacante publicada", "el puesto actual").
_NOT_A_TITLE_AFTER = (
    r"(?!(?:de|del|que|en|y|e|o|ha|han|ya|se|fue|es|está|para|por|con|a|al|la|el|los|las|un|una|no|como|"
    r"ofertad\w*|publicad\w*|vacante|actual|mencionad\w*|indicad\w*|solicitad\w*|disponible|anterior|"
    r"referid\w*|seleccionad\w*|cubiert\w*|abiert\w*|sin|sobre|hasta|tras)\b)"
)
# The day the reader joins ends the post they join as: "te incorporas como Delineante el próximo lunes".
_JOINING_DAY = r"(?=\s+(?:el|la) (?:próxim[oa]|día|semana)|\s+(?:a partir|desde)\b)"
TITLES: list[tuple[str, float, bool, bool]] = [
    (
        r"\b(?:(?:a|para|en|de|con|por) (?:la|el) |al |del |la |el )"
        r"(?:posición|vacante|puesto|cargo|búsqueda|oferta|convocatoria)\s+"
        rf"{_NOT_A_TITLE_AFTER}(?P<t>[^\n.!?;]{{2,100}}?){_ES_END}",
        2.8,
        False,
        False,
    ),
    # A hand-written offer names the post the reader would join as: "nos encantaría que te incorporaras como
    # Responsable de calidad en X", "queremos que te unas al equipo como Cocinero/a", "te damos la bienvenida
    # a X como nueva Analista", "queremos que formes parte de X como Jefe de Terreno".
    (
        r"\b(?:te incorpor(?:aras|ases|es|as|arás|arías)|incorporarte|(?:te unas|unirte) (?:a|al) "
        r"(?:nuestro |el )?equipo|(?:te|le) damos la bienvenida\b[^\n.!?;]{0,80}?|"
        r"(?:formes|formaras|formases) parte (?:de|del)\b[^\n.!?;]{0,80}?) como\s+"
        r"(?:(?:nuestr[oa] )?nuev[oa] |un |una |el |la )?"
        rf"(?P<t>[^\n.!?;]{{2,100}}?)(?:{_JOINING_DAY}|{_ES_END})",
        3.0,
        False,
        False,
    ),
    # The reader chosen for the post: "te hemos preseleccionado para Operario/a de línea (h/m) en X", "has
    # sido seleccionada como Cajera" (never "seleccionado para continuar", "para la siguiente fase").
    (
        r"\b(?:pre)?seleccionad[oa]s? (?:para|como) (?:(?:el|la) (?:puesto|posición|vacante|cargo|oferta) "
        rf"(?:de )?)?{_NOT_A_TITLE_AFTER}"
        r"(?!(?:continuar|seguir|avanzar|participar|realizar|pasar|formar|asistir|incorporarte|nuestr\w*|"
        rf"est[ae]|próxim\w*|siguiente|otra|otro)\b)(?P<t>[^\n.!?;]{{2,100}}?){_ES_END}",
        2.5,
        False,
        False,
    ),
    # The reader's papers for the post: "tu perfil para Barista quedó registrado", "su CV para el puesto de
    # Contable".
    (
        r"\b(?:tu|su) (?:perfil|cv|currículum|hoja de vida) (?:para|a|al) (?:(?:el|la) (?:puesto|posición|"
        rf"vacante|cargo|oferta|búsqueda) (?:de )?)?{_NOT_A_TITLE_AFTER}(?P<t>[^\n.!?;]{{2,100}}?){_ES_END}",
        2.5,
        False,
        False,
    ),
    # "Tu entrevista con X para T está confirmada": the post after the employer.
    (
        rf"\bentrevista con [^\n.!?;]{{2,60}}? para (?=(?:{_INTERVIEW_FOR_POST}))(?P<t>[^\n.!?;]{{2,100}}?)"
        rf"{_ES_END}",
        2.5,
        False,
        False,
    ),
    # "para continuar con el proceso para Desarrollador/a Backend": the process named by its post.
    (
        rf"\b(?:el|este|nuestro) proceso (?:de selección )?para\s+{_NOT_A_TITLE_AFTER}"
        rf"(?P<t>[^\n.!?;]{{2,100}}?){_ES_END}",
        2.5,
        False,
        False,
    ),
]
# An agency or a board naming the client's site, then the client: "la vacante de Ayudante General en la
# planta de Kimberly-Clark de México", "en el centro de distribución de Mercado Libre": the employer owns the
# site ("en nuestra tienda de Chamberí" is the writer's own site, and its place).
EMPLOYER_AFTER: list[tuple[str, float]] = [
    (
        r"\ben (?:la|el|las|los) (?:planta|fábrica|centro de distribución|centro logístico|almacén|"
        r"plataforma logística|sede|sucursal|oficinas?|instalaciones|tiendas?) de ",
        2.5,
    ),
]

# Latin America's boards and employers name the post by the word for it, with or without "de": "al cargo
# Jefe/a de Obra", "para el cargo de Jefe de Tienda", "la búsqueda Analista Semi Senior en X", "la vacante X
# publicada por Y", "en el proceso de Practicante de Mercadeo en X". Never a verb or an article ("la vacante
# ha sido cubierta"). These overlap TITLES above ("al cargo X", "la búsqueda X") with their own ends and
# weight; anchors.py reads them right after language_anchors.py's, where they were first written.
# A pronoun or a verb of the news after the title begins the next clause: "para la búsqueda de Analista Jr.
# hemos decidido", "para el cargo de Cajero te invitamos".
_LATAM_END = (
    rf"(?={EN_OF_THE_POST}\s+en\b|\s+(?:con|ha|fue|se ha|publicad[ao]|de la empresa|y|para|hemos|decidimos|"
    r"queremos|lamentamos|te|le|les|nos|no|que|ya)\b|\s+[-–|]\s|\s*[.!?;,:](?:\s|$)|"
    r"\s*\n|\s*$)"
)
LATIN_AMERICAN_TITLES: list[tuple[str, float, bool, bool]] = [
    (
        r"\b(?:(?:al|el|del|para el|en el) cargo(?: de)?|(?:la|a la|para la|de la) búsqueda(?: de)?|"
        r"(?:a la|la) vacante(?= [^\n.!?;]{2,80}? publicad[ao] por\b)|"
        r"(?:en el|del) proceso(?: de selección)? (?:de|para(?: el cargo de)?)"
        # "el proceso de X para la posición T": X is the employer, the post comes after it.
        r"(?![^\n.!?;]{2,60}? para (?:la|el) (?:posición|puesto|cargo|vacante|búsqueda)\b))\s+"
        r"(?!(?:selección|ha|fue|es|está|se|que|el|la|los|las|un|una|de|del|para|en|este|esta|tu|su)\b)"
        rf"(?P<t>[^\n.!?;]{{2,100}}?){_LATAM_END}",
        3.0,
        False,
        False,
    ),
]
LATIN_AMERICAN_EMPLOYER_AFTER: list[tuple[str, float]] = [
    # "la vacante X publicada por Y", "la búsqueda X en Y", "el proceso de X en Y".
    (r"\bpublicad[ao] por (?:la empresa )?", 3.0),
    (r"\b(?:búsqueda|cargo|proceso)(?: de)? [^\n.!?;]{2,80}? en (?:la empresa )?", 2.0),
    # A recruiter's own client: "mi cliente, X, quiere avanzar contigo" (language_anchors.py reads "nuestro
    # cliente").
    (r"\bmi client[ea],? (?:la empresa |el grupo )?", 3.0),
    # The hiring team of the organisation named after it: "Soy Pilar, de Recursos Humanos en X", "el equipo
    # de Talento de X", "del área de Selección de X" (word_lists.toml `spanish_teams` and Spain's own).
    (
        rf"\b(?:{word_list('spanish_teams')}|recursos humanos|rr\.? ?hh\.?|(?:equipo|área|departamento) de "
        r"(?:talento|selección|reclutamiento|rr\.? ?hh\.?|recursos humanos)) (?:en|de) (?:la empresa )?",
        2.5,
    ),
    # An agency's interview with its client for the post: "la entrevista con X para la posición de T", "Tu
    # entrevista con X para T está confirmada".
    (
        r"\bentrevista con (?=[^\n.!?;]{2,60}? (?:para (?:la|el) (?:posición|puesto|vacante|cargo|oferta)\b|"
        rf"[-–|] |para {_INTERVIEW_FOR_POST}))",
        2.5,
    ),
    # An agency's process run for its client: "la posición que gestionamos para X".
    (r"\bque (?:gestionamos|gestiono|llevamos|llevo|cubrimos) para (?:nuestro cliente,? |la empresa )?", 3.0),
    # The employer's process named before its post: "en el proceso de X para la posición T".
    (
        r"\bproceso(?: de selección)? de (?=[^\n.!?;]{2,60}? para (?:la|el) (?:posición|puesto|cargo|vacante|"
        r"búsqueda)\b)",
        3.0,
    ),
    # The organisation a writer speaks for, opening the sentence: "Desde X queremos ofrecerte el puesto",
    # "desde X te escribimos".
    (
        r"\bdesde (?=[^\n.!?;,]{2,60}? (?:queremos|quisiéramos|deseamos|tenemos|hemos|te|le|les|os|nos)\b)",
        2.0,
    ),
    # A board's confirmation names the post, then its employer after "en": "Tu postulación a Auxiliar de
    # almacén en X, S.A. de C.V.", "Postulaste al aviso X en Y S.A.C.", "tu candidatura para X en Y". Above
    # the posting's "de" before a legal form: "Asistente de Contabilidad en Y S.A.C." is no "Contabilidad".
    # A comma ends the post: "tu candidatura a nuestro cliente, una empresa con sede en Madrid" names none.
    (
        r"\b(?:postulación|postulaste|postularte|postulado|postulada|candidatura|solicitud|inscripción|"
        r"(?:pre)?seleccionad[oa]) "
        r"(?:a|al|para|en)"
        r"(?: (?:el|la))?(?: (?:aviso|oferta|vacante|puesto|posición|cargo)(?: de)?)? [^\n.!?;,]{2,80}? en "
        r"(?:la empresa )?",
        3.0,
    ),
    # Brazil's boards and systems: "Processo seletivo X - Título", "no processo seletivo da X para Y" (but
    # "o processo seletivo para X", "de X" name the post), and Vagas' "a vaga Título - X Ltda.".
    (
        r"\bprocesso seletivo (?:da |do |na |no )?(?:empresa )?"
        # (A public body's "Processo Seletivo Simplificado" names the kind of selection, not its body.)
        r"(?!(?:para|de|interno|externo|em|com|foi|está|encerrado|online|e|é|simplificado|público|"
        r"unificado|especial)\b)",
        2.5,
    ),
    # (A title's "Jr.", "Sr.", "Pl." is no stop: "a vaga Analista Jr. - X Ltda.".)
    (r"\bvaga (?:de )?(?:(?! (?:em|na|no|da|do|para) )(?:jr\.|sr\.|pl\.|[^\n.!?;])){2,80}? - ", 2.5),
]

EMPLOYER_AFTER = [(accents_optional(pattern), weight) for pattern, weight in EMPLOYER_AFTER]
TITLES = [(accents_optional(pattern), weight, role, capital) for pattern, weight, role, capital in TITLES]
LATIN_AMERICAN_EMPLOYER_AFTER = [
    (accents_optional(pattern), weight) for pattern, weight in LATIN_AMERICAN_EMPLOYER_AFTER
]
LATIN_AMERICAN_TITLES = [
    (accents_optional(pattern), weight, role, capital)
    for pattern, weight, role, capital in LATIN_AMERICAN_TITLES
]
