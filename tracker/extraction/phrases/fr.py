"""French phrasing of job-search mail: the common phrases (categories as in en_status / en_kinds).

Apostrophes are plain ASCII here (text.py folds the typographic one).
"""

_YOUR = r"(?:votre|ta)"
_APPLICATION = r"(?:candidature|postulation|dossier|profil)"

CONFIRMATION = [
    rf"\bnous avons (?:bien )?reçu {_YOUR} (?:candidature|dossier|cv)",
    rf"\bmerci (?:pour|de) {_YOUR} (?:candidature|postulation|intérêt)",
    r"\bmerci d'avoir (?:postulé|candidaté|envoyé)",
    rf"\b{_YOUR} candidature\b[^.\n]{{0,100}}?\b(?:a|est) (?:bien )?(?:été )?(?:reçue|envoyée|transmise|"
    rf"enregistrée|"
    r"prise en compte|déposée)",
    r"\baccusé de réception\b",
    r"\baccusons (?:bonne )?réception\b",
    r"\b(?:nous (?:allons|étudions|examinons)|sera étudiée|sera examinée|est en cours d'(?:étude|examen))\b"
    r"[^.\n]{0,40}candidature",
    r"\b(?:vous avez|tu as) (?:bien )?postulé\b",
    rf"\b{_YOUR} candidature (?:a été|est) (?:consultée|vue|lue)",
    rf"\ba consulté {_YOUR} candidature\b",
    r"\b(?:éléments|documents) suivants ont été envoyés\b",
]
APPLICATION_REFERENCE = [
    rf"\b{_YOUR} candidature\b",
    r"\bcandidature (?:au|pour le) poste\b",
    r"\bprocessus de (?:recrutement|sélection)\b",
]
REJECTION = [
    r"\b(?:sommes au regret|sommes dans le regret|avons le regret|regrettons)\b",
    r"\b(?:décidé|choisi) de ne pas (?:retenir|donner suite|poursuivre)",
    r"\bne (?:pas |pouvons pas )?(?:donner|pouvons donner) (?:une suite|suite) favorable",
    r"\b(?:pas|ne pas) (?:pu |été )?(?:retenue?|donner suite)",
    r"\bdonner(?:ons|a|ont)? pas (?:de )?suite\b",
    r"\bpas (?:de |une )?suite (?:favorable )?(?:à|a) (?:votre|ta) candidature",
    r"\bn'(?:a|avez|as) pas été (?:retenue?|sélectionnée?)",
    r"\bne sera pas retenue?",
    r"\bn'(?:avons|a) pas (?:pu )?(?:retenu|donner|été sélectionné)",
    r"\bpoursuivre (?:le processus )?avec (?:d'autres|un autre|une autre) (?:candidat|profil)",
    r"\b(?:d'autres|un autre|une autre) (?:candidat|profil|candidature)\w* (?:plus|dont|qui|correspond)",
    r"\b(?:privilégier|retenir|retenu|sélectionné|choisi|privilégié) (?:d'autres|un autre|une autre) "
    r"(?:candidat|profil|candidature)",
    r"\bposte (?:\w+ ){0,3}(?:déjà )?(?:été )?pourvu",
    r"\bréponse (?:négative|défavorable)",
    rf"\b(?:{_APPLICATION}|expérience|parcours)\b[^.\n]{{0,40}}\bne (?:correspond|répond|"
    rf"convient)(?:ent)? pas",
    r"\bpas en mesure de (?:donner|vous proposer|poursuivre|retenir|répondre favorablement)",
    r"\bne pas (?:poursuivre|continuer|aller plus loin|donner suite)",
    r"\bmalheureusement\b[^.\n]{0,80}\b(?:pas|plus|aucune?)\b",
    r"\b(?:ne|pas|aucune)\b[^.\n]{0,60}\bsuite favorable\b",
    r"\b(?:réussite|succès|bonne chance|bonne continuation)\b[^.\n]{0,40}\b(?:vos|votre|tes|"
    r"ta) (?:recherches?|"
    r"projets? professionnels?|futurs? projets|démarches|parcours professionnel|carrière)",
]
WITHDRAWN = [
    r"\b(?:poste|recrutement|offre|processus)\w* (?:\w+ ){0,3}(?:annulée?|suspendue?|mise? en attente|gelée?|"
    r"interrompue?)",
    rf"\b(?:retiré|retrait de|désistement de) {_YOUR} candidature",
    r"\bpris en compte (?:le retrait|votre désistement)",
]
SEARCH_STOPPED = [r"\bne (?:sommes|recrutons) plus (?:\w+ ){0,2}(?:en recherche|pour ce poste)"]
OFFER = [
    r"\b(?:proposition|promesse) (?:d'embauche|de contrat|d'emploi ferme)",
    r"\bavons le plaisir de vous (?:proposer|offrir) (?:le|ce|un) (?:poste|contrat)",
    r"\blettre d'offre\b",
    r"\bpropos(?:er|ition) (?:\w+ ){0,2}(?:un )?(?:cdi|cdd|contrat de travail)",
]
INTERVIEW = [
    # "un entretien", "votre entretien téléphonique"; a newsletter's "préparer ton entretien" is hedged.
    r"\b(?:un|votre|notre|ton|cet|l'|premier|second|deuxième|prochain|d'un) entretien\b",
    r"\bentretien (?:téléphonique|vidéo|en visio|individuel|d'embauche|de recrutement|avec)\b",
    r"\bvous (?:inviter|convier|convoquer) (?:à|a|pour) (?:un |une )?(?:entretien|échange|rencontre|appel)",
    r"\b(?:planifier|organiser|fixer|convenir d') ?(?:un |une )?(?:entretien|échange|appel|rendez-vous)",
    r"\béchange téléphonique\b",
    r"\b(?:souhaiterions|souhaitons|aimerions) (?:vous |te )(?:rencontrer|échanger)",
    r"\b(?:vos|tes) disponibilités\b",
    r"\bconvocation\b",
    r"\b(?:échanger|discuter|nous entretenir) avec (?:vous|toi)\b",
]
ASSESSMENT = [
    r"\b(?:test|évaluation|exercice|questionnaire) (?:en ligne|technique|de personnalité|de compétences|"
    r"de logique)",
    r"\b(?:cas pratique|étude de cas|mise en situation)\b",
]
GENERAL_CANDIDATES = [
    r"\b(?:candidats|candidatures|profils) (?:retenus|retenues|sélectionnés|sélectionnées|présélectionnés|"
    r"qui|dont)\b",
    r"\b(?:seuls|seules) (?:les )?(?:candidats|candidatures|profils)\b",
]
HEDGE = [
    # A newsletter's advice ("nos conseils pour préparer ton entretien") describes, it does not invite.
    r"\bconseils?\b",
    r"\bpréparer\b",
    r"\bréussir\b",
    r"\bsi\b",
    r"\blorsque\b",
    r"\bau cas où\b",
    r"\béventuel",
    r"\bpeut-être\b",
    r"\bpourr(?:ez|iez|ons)\b",
]
JOB_ALERT = [
    r"\balerte(?:s)? (?:emploi|e-mail|email)",
    r"\b(?:nouvelles|dernières) offres\b",
    r"\boffres? (?:d'emploi )?(?:qui (?:pourrai|pourraient|pourrait) vous intéresser|correspondant à votre)",
    r"\bemplois? recommandés?\b",
    r"\bpostulez (?:dès )?maintenant\b",
    r"\boffres? (?:similaires|recommandées)\b",
    r"\b(?:ils|elles) recrutent\b",
    r"\bcorrespond(?:ent)? à (?:votre|ta) (?:recherche|profil|alerte)",
    r"\b(?:votre|ta) sélection d'offres\b",
    r"\boffres (?:sélectionnées|choisies) pour (?:vous|toi)\b",
    r"\bles offres du jour\b",
    r"\b(?:recrute|recrutent) (?:actuellement|en ce moment)\b",
    r"\b(?:découvrez|voir) (?:les |toutes les )?(?:offres|\d+ offres)\b",
]
OUTREACH = [
    r"\bvotre profil (?:a retenu|m'a)",
    r"\b(?:notre|mon) client\b",
    r"\b(?:je me permets|je suis tombé|j'ai découvert) (?:\w+ ){0,4}(?:profil|parcours)",
    r"\bvous (?:présenter|proposer) une (?:opportunité|offre|mission|opportunité professionnelle)\b",
    r"\bseriez-vous (?:intéressée?|ouverte?|disponible)\b",
    r"\bà l'écoute (?:du marché|d'opportunités|de nouvelles opportunités)\b",
    r"\bcabinet de recrutement\b",
]
MARKETING = [r"\b(?:webinaire|se désabonner|nos conseils|conseils (?:carrière|pour votre cv))\b"]
REMINDER = [r"\b(?:finalise[rz]?|complète[rz]?|complétez|compléter|termine[rz]?) (?:votre|ta) candidature"]
ACCOUNT = [r"\bcompte (?:a été )?(?:créé|activé)", r"\bmot de passe\b"]
SURVEY = [r"\b(?:enquête|sondage)\b"]
JOB_WORDS = [r"\b(?:candidat\w*|recrut\w+|embauche|offre d'emploi|entretien)"]
SUBJECT_APPLICATION = [r"\bcandidature\b"]
SUBJECT_ALERT = [r"\balerte emploi\b", r"\bnouvelles offres\b", r"\boffres d'emploi\b"]
SUBJECT_REJECTION = [r"\bréponse (?:négative|défavorable)\b", r"\bnon retenue?\b", r"\brefus\b"]
SUBJECT_WITHDRAWN: list[str] = []
SUBJECT_OFFER = [r"\b(?:proposition|promesse) d'embauche\b"]
SUBJECT_INTERVIEW = [r"\b(?:entretien|convocation)\b"]
SUBJECT_ASSESSMENT = [r"\btest (?:en ligne|technique)\b", r"\bétude de cas\b"]

NAME_STOP_WORDS = {
    "votre", "vos", "ta", "tes", "nous", "vous", "madame", "monsieur", "candidature", "merci", "bonjour",
    "cher", "chère", "malheureusement", "cordialement", "équipe", "recrutement",
}  # fmt: skip
