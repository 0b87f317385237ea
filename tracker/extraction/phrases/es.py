"""Spanish phrasing of job-search mail: the common phrases (categories as in en_status / en_kinds)."""

CONFIRMATION = [
    r"\bhemos recibido (?:tu|su) (?:solicitud|candidatura|postulación|aplicación|cv|currículum)",
    r"\bgracias por (?:tu|su) (?:solicitud|candidatura|postulación|aplicación|interés)",
    r"\bgracias por (?:postularte|postular|aplicar|inscribirte)",
    r"\b(?:tu|su) (?:solicitud|candidatura|postulación) (?:ha sido|fue) (?:recibida|enviada|registrada)",
    r"\b(?:revisaremos|estamos revisando|vamos a revisar) (?:tu|su) (?:solicitud|candidatura|perfil|cv)",
]
APPLICATION_REFERENCE = [r"\b(?:tu|su) (?:solicitud|candidatura|postulación)\b"]
REJECTION = [
    r"\blamenta(?:mos|blemente)\b[^.\n]{0,80}\b(?:no|otros? candidat)",
    r"\bno (?:has|ha) sido (?:seleccionad|elegid)",
    r"\b(?:continuar|seguir|avanzar) con otros? (?:candidat|perfil)",
    r"\bno (?:continuar|avanzar|seguir)(?:emos)? con (?:tu|su) (?:candidatura|solicitud|proceso)",
    r"\bdesafortunadamente\b[^.\n]{0,80}\bno\b",
    r"\b(?:posición|vacante|puesto) (?:ya )?(?:ha sido|fue) cubiert",
]
WITHDRAWN = [
    r"\b(?:proceso|vacante|posición|puesto)\w* (?:\w+ ){0,3}(?:cancelad|suspendid|en pausa|congelad)",
    r"\bhas retirado (?:tu|su) (?:candidatura|solicitud)",
]
SEARCH_STOPPED: list[str] = []
OFFER = [
    r"\bcarta (?:de )?oferta\b",
    r"\b(?:nos complace|tenemos el placer de) (?:ofrecerte|ofrecerle|hacerte una oferta|extenderte)",
    r"\boferta (?:formal )?de (?:empleo|trabajo) (?:para ti|para usted)",
]
INTERVIEW = [
    r"\bentrevista\b",
    r"\b(?:invitarte|invitarle|invitamos) a (?:una )?(?:entrevista|llamada|reunión)",
    r"\b(?:agendar|programar|coordinar) (?:una )?(?:entrevista|llamada|reunión)",
]
ASSESSMENT = [
    r"\b(?:prueba|evaluación|test|examen) (?:técnica|técnico|en línea|online|psicométric|de habilidades)",
]
HEDGE = [r"\bsi\b", r"\bcuando\b", r"\ben caso\b"]
JOB_ALERT = [
    r"\balertas? de empleo\b",
    r"\bofertas? (?:de empleo )?que (?:te|le) (?:pueden|podrían) interesar",
    r"\bempleos recomendados\b",
    r"\bnuevas (?:ofertas|vacantes)\b",
    r"\bpostúlate (?:ya|ahora)\b",
]
OUTREACH = [r"\b(?:tu|su) perfil (?:me|nos) (?:pareció|llamó)", r"\bnuestro cliente\b"]
REMINDER = [r"\b(?:completa|termina|finaliza) (?:tu|su) (?:solicitud|candidatura|postulación)"]
ACCOUNT = [r"\bcuenta (?:ha sido )?(?:creada|activada)", r"\bcontraseña\b"]
SURVEY = [r"\bencuesta\b"]
SUBJECT_APPLICATION = [r"\b(?:solicitud|candidatura|postulación)\b"]
SUBJECT_ALERT = [r"\balerta de empleo\b", r"\bnuevas ofertas\b"]
SUBJECT_REJECTION: list[str] = []
SUBJECT_WITHDRAWN: list[str] = []
SUBJECT_OFFER = [r"\bcarta oferta\b"]
SUBJECT_INTERVIEW = [r"\bentrevista\b"]
SUBJECT_ASSESSMENT = [r"\b(?:prueba|evaluación) (?:técnica|en línea|online)\b"]
