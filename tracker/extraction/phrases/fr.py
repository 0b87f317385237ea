"""French phrasing of job-search mail: the common phrases (categories as in en_status / en_kinds)."""

CONFIRMATION = [
    r"\bnous avons (?:bien )?reçu (?:votre|ta) (?:candidature|dossier)",
    r"\bmerci (?:pour|de) (?:votre|ta) (?:candidature|postulation|intérêt)",
    r"\b(?:votre|ta) candidature (?:a|est) (?:bien )?(?:été )?(?:reçue|envoyée|transmise|enregistrée|"
    r"prise en compte)",
    r"\baccusé de réception\b",
    r"\b(?:nous (?:allons|étudions|examinons)|sera étudiée|sera examinée)\b[^.\n]{0,40}candidature",
]
APPLICATION_REFERENCE = [r"\b(?:votre|ta) candidature\b", r"\bcandidature (?:au|pour le) poste\b"]
REJECTION = [
    r"\b(?:sommes au regret|avons le regret|regrettons) de vous (?:informer|annoncer|faire part)",
    r"\bne (?:pas |pouvons pas )?(?:donner|pouvons donner) (?:une suite|suite) favorable",
    r"\b(?:pas|ne pas) (?:pu |été )?(?:retenue?|donner suite)",
    r"\bn'a pas été retenue?",
    r"\bpoursuivre (?:le processus )?avec (?:d'autres|un autre) (?:candidat|profil)",
    r"\b(?:d'autres|un autre) (?:candidats?|profils?) (?:plus|dont|qui)",
    r"\bposte a (?:déjà )?été pourvu",
    r"\bréponse (?:négative|défavorable)",
]
WITHDRAWN = [
    r"\b(?:poste|recrutement|offre)\w* (?:\w+ ){0,3}(?:annulée?|suspendue?|mise? en attente|gelée?)",
    r"\b(?:retiré|retrait de) (?:votre|ta) candidature",
]
SEARCH_STOPPED: list[str] = []
OFFER = [
    r"\b(?:proposition|promesse) (?:d'embauche|de contrat|d'emploi ferme)",
    r"\bavons le plaisir de vous (?:proposer|offrir) (?:le|ce|un) (?:poste|contrat)",
    r"\blettre d'offre\b",
]
INTERVIEW = [
    r"\bentretien\b",
    r"\bvous (?:inviter|convier|convoquer) (?:à|a|pour) (?:un |une )?(?:entretien|échange|rencontre|appel)",
    r"\b(?:planifier|organiser|fixer) (?:un |une )?(?:entretien|échange|appel|rendez-vous)",
    r"\béchange téléphonique\b",
]
ASSESSMENT = [
    r"\b(?:test|évaluation|exercice|questionnaire) (?:en ligne|technique|de personnalité|de compétences)",
    r"\bcas pratique\b",
]
HEDGE = [r"\bsi\b", r"\blorsque\b", r"\bau cas où\b", r"\béventuel"]
JOB_ALERT = [
    r"\balerte(?:s)? (?:emploi|e-mail|email)",
    r"\b(?:nouvelles|dernières) offres\b",
    r"\boffres? (?:d'emploi )?(?:qui (?:pourrai|pourraient|pourrait) vous intéresser|correspondant à votre)",
    r"\bemplois? recommandés?\b",
    r"\bpostulez (?:dès )?maintenant\b",
]
OUTREACH = [r"\bvotre profil (?:a retenu|m'a)", r"\b(?:notre|mon) client\b"]
REMINDER = [r"\b(?:finaliser|compléter|terminer) (?:votre|ta) candidature"]
ACCOUNT = [r"\bcompte (?:a été )?(?:créé|activé)", r"\bmot de passe\b"]
SURVEY = [r"\b(?:enquête|sondage)\b"]
SUBJECT_APPLICATION = [r"\bcandidature\b"]
SUBJECT_ALERT = [r"\balerte emploi\b", r"\bnouvelles offres\b"]
SUBJECT_REJECTION: list[str] = []
SUBJECT_WITHDRAWN: list[str] = []
SUBJECT_OFFER = [r"\bproposition d'embauche\b"]
SUBJECT_INTERVIEW = [r"\b(?:entretien|convocation)\b"]
SUBJECT_ASSESSMENT = [r"\btest (?:en ligne|technique)\b"]
