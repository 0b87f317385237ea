"""Spanish phrasing of job-search mail: the common phrases (categories as in en_status / en_kinds).

Latin-American boards say "postulación" and "postularte"; Spain says "candidatura" and "inscribirte";
both address the reader as "tú" or "usted".
"""

_YOUR = r"(?:tu|su)"
_APPLICATION = r"(?:solicitud|candidatura|postulación|aplicación|inscripción)"

CONFIRMATION = [
    r"\bhemos recibido (?:tu|su) (?:solicitud|candidatura|postulación|aplicación|cv|currículum|inscripción)",
    rf"\bgracias por {_YOUR} (?:solicitud|candidatura|postulación|aplicación|interés)",
    r"\bgracias por (?:postularte|postular|aplicar|inscribirte|tu inscripción|presentar)",
    rf"\b{_YOUR} {_APPLICATION}\b[^.\n]{{0,100}}?\b(?:ha sido|fue|se ha) (?:correctamente |enviada|"
    r"recibida|registrada|enviado|recibido|registrado)",
    r"\b(?:revisaremos|estamos revisando|vamos a revisar|analizaremos|estamos analizando) (?:tu|su) "
    r"(?:solicitud|candidatura|perfil|cv|postulación)",
    r"\b(?:te has|se ha) (?:inscrito|postulado)\b",
    rf"\b{_YOUR} {_APPLICATION} (?:ha sido|fue) (?:vista|leída|visualizada)",
    r"\b(?:tu|su) cv (?:ha sido|fue) (?:leído|visto)",
    r"\belementos (?:siguientes )?(?:se enviaron|fueron enviados|se han enviado)\b",
    r"\b(?:has|ha) (?:aplicado|postulado)\b",
]
APPLICATION_REFERENCE = [
    rf"\b{_YOUR} (?:solicitud|candidatura|postulación)\b",
    r"\bproceso de (?:selección|reclutamiento)\b",
]
REJECTION = [
    r"\blamenta(?:mos|blemente)\b[^.\n]{0,80}\b(?:no|otros? candidat)",
    r"\bno (?:has|ha) sido (?:seleccionad|elegid|preseleccionad)",
    r"\b(?:continuar|seguir|avanzar)(?: adelante)? con (?:otros?|otras?) (?:candidat|perfil|postulant)",
    rf"\bno (?:continuar|avanzar|seguir)(?:emos|á|án)? (?:adelante )?con {_YOUR} (?:candidatura|solicitud|"
    r"proceso|postulación)",
    r"\bdesafortunadamente\b[^.\n]{0,80}\bno\b",
    r"\b(?:candidatura|solicitud|cv|postulación|perfil) (?:\w+ ){0,2}(?:ha sido |fue )?descartad",
    r"\bdescartado (?:tu|su) (?:candidatura|cv|solicitud|postulación)",
    r"\b(?:seleccionado|elegido) a (?:otr[oa]s?|un[ao]? otr[oa]) (?:candidat|perfil|persona)",
    r"\bdesgraciadamente\b[^.\n]{0,80}\bno\b",
    r"\b(?:posición|vacante|puesto) (?:ya )?(?:ha sido|fue|se ha) cubiert",
    r"\b(?:otros?|otras?) (?:candidat|perfil|postulant)\w* (?:\w+ ){0,6}(?:más|mejor) (?:ajustad|adecuad|"
    r"alinead)",
    rf"\b{_YOUR} perfil no (?:\w+ ){{0,2}}(?:se ajusta|encaja|corresponde|cumple)",
    r"\b(?:no|sin) (?:podemos|podremos|poder) (?:continuar|avanzar|seguir) (?:con|en|adelante)",
    r"\b(?:éxito|suerte)\b[^.\n]{0,40}\b(?:tu|su|tus|sus) (?:búsqueda|futuros? proyectos|carrera|"
    r"desarrollo profesional)",
]
WITHDRAWN = [
    r"\b(?:proceso|vacante|posición|puesto)\w* (?:\w+ ){0,4}(?:cancelad|suspendid|en pausa|congelad)",
    rf"\b(?:has|ha) retirado {_YOUR} (?:candidatura|solicitud|postulación)",
    rf"\bretirada de {_YOUR} (?:candidatura|solicitud)",
]
SEARCH_STOPPED: list[str] = []
OFFER = [
    r"\bcarta (?:de )?oferta\b",
    r"\b(?:nos complace|tenemos el placer de) (?:ofrecerte|ofrecerle|hacerte una oferta|extenderte)",
    r"\boferta (?:formal )?de (?:empleo|trabajo) (?:para ti|para usted)",
    r"\b(?:ofrecerte|ofrecerle) (?:el puesto|la posición|un contrato)",
]
INTERVIEW = [
    r"\bentrevista\b",
    r"\b(?:invitarte|invitarle|invitamos) a (?:una )?(?:entrevista|llamada|reunión)",
    r"\b(?:agendar|programar|coordinar|concertar) (?:una )?(?:entrevista|llamada|reunión|cita)",
    r"\b(?:tu|su) disponibilidad\b",
]
ASSESSMENT = [
    r"\b(?:prueba|evaluación|test|examen) (?:técnica|técnico|en línea|online|psicométric|de habilidades|"
    r"de conocimientos)",
    r"\b(?:caso práctico|prueba práctica)\b",
]
GENERAL_CANDIDATES = [
    r"\b(?:candidatos|candidaturas|perfiles|postulantes) (?:seleccionad|preseleccionad|que|cuyo)\w*",
    r"\bsolo (?:los|las) (?:candidat|perfiles)",
]
HEDGE = [r"\bsi\b", r"\bcuando\b", r"\ben caso\b"]
JOB_ALERT = [
    r"\balertas? de empleo\b",
    r"\bofertas? (?:de empleo )?que (?:te|le) (?:pueden|podrían) interesar",
    r"\bempleos recomendados\b",
    r"\bnuevas (?:ofertas|vacantes)\b",
    r"\bpostúlate (?:ya|ahora)\b",
    r"\binscríbete (?:ya|ahora)\b",
    r"\bofertas (?:similares|recomendadas)\b",
]
OUTREACH = [
    r"\b(?:tu|su) perfil (?:me|nos) (?:pareció|llamó)",
    r"\bnuestro cliente\b",
    r"\b(?:he visto|vi|encontré|revisé) (?:tu|su) perfil\b",
    r"\b(?:te|le) interesaría\b",
    r"\boportunidad (?:laboral|profesional)\b",
]
MARKETING = [r"\b(?:seminario web|consejos para (?:tu|su) (?:cv|entrevista)|darte de baja del boletín)\b"]
REMINDER = [r"\b(?:completa|termina|finaliza) (?:tu|su) (?:solicitud|candidatura|postulación)"]
ACCOUNT = [r"\bcuenta (?:ha sido )?(?:creada|activada)", r"\bcontraseña\b"]
SURVEY = [r"\bencuesta\b"]
JOB_WORDS = [r"\b(?:candidat\w*|postulaci\w+|reclutamiento|vacantes?|oferta de empleo|entrevista|posición)"]
SUBJECT_APPLICATION = [r"\b(?:solicitud|candidatura|postulación|inscripción)\b"]
SUBJECT_ALERT = [r"\balerta de empleo\b", r"\bnuevas ofertas\b"]
SUBJECT_REJECTION = [
    r"\b(?:candidatura|cv|solicitud)\b[^.]{0,20}\bdescartad",
    r"\bno (?:has sido )?seleccionad",
]
SUBJECT_WITHDRAWN: list[str] = []
SUBJECT_OFFER = [r"\bcarta oferta\b"]
SUBJECT_INTERVIEW = [r"\b(?:entrevista|convocatoria)\b"]
SUBJECT_ASSESSMENT = [r"\b(?:prueba|evaluación) (?:técnica|en línea|online)\b"]

NAME_STOP_WORDS = {
    "tu", "su", "usted", "hola", "estimado", "estimada", "candidatura", "gracias", "lamentablemente",
    "saludos", "atentamente", "equipo",
}  # fmt: skip
