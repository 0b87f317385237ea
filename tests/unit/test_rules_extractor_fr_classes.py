"""French job mail by class: what the common ATS and job boards send, employers' rejections in their own
words, the later stages, job alerts, and mail that lost its accents or wears HTML entities.

Every row was written for this test (never copied from a dataset): the kind, status, employer and title a
person reads in it.
"""

import pytest

from tests.extraction_support import extract
from tests.unit.test_rules_extractor_languages import (
    ALERT,
    APP,
    APPLIED,
    ASSESSMENT,
    INTERVIEW,
    OFFER,
    OTHER,
    REJECTED,
    WITHDRAWN,
    case,
    check,
)

# fmt: off
CONFIRMATIONS = [
    case(
        "Groupe Verlaine <groupeverlaine@myworkday.com>",
        "Merci d'avoir postulé chez Groupe Verlaine",
        "Bonjour Claire,\n\nNous vous remercions de votre candidature pour le poste Responsable Paie (H/F) "
        "chez Groupe Verlaine. Notre équipe de recrutement va examiner votre dossier avec attention.\n\n"
        "Vous pouvez suivre l'avancement de votre candidature depuis votre compte candidat.\n\n"
        "Cordialement,\nL'équipe Talents Groupe Verlaine",
        APP, APPLIED, "Groupe Verlaine", "Responsable Paie (H/F)", "workday merci d'avoir postulé chez",
    ),
    case(
        "Hexalis <no-reply@us.greenhouse-mail.io>",
        "Merci pour votre candidature chez Hexalis",
        "Bonjour Thomas,\n\nMerci de l'intérêt que vous portez à Hexalis ! Nous avons bien reçu votre "
        "candidature pour le poste de Product Manager Senior.\n\nNotre équipe va l'étudier et reviendra vers "
        "vous si votre profil correspond à nos besoins.\n\nL'équipe Hexalis",
        APP, APPLIED, "Hexalis", "Product Manager Senior", "greenhouse",
    ),
    case(
        "Brume <no-reply@hire.lever.co>",
        "Merci pour votre candidature - Brume",
        "Bonjour Inès,\n\nMerci d'avoir postulé au poste de Développeuse Backend chez Brume. Nous "
        "examinons actuellement votre candidature et reviendrons vers vous rapidement.\n\nÀ très vite,\n"
        "L'équipe Brume",
        APP, APPLIED, "Brume", "Développeuse Backend", "lever postulé au poste de",
    ),
    case(
        "Groupe Solvane <noreply@smartrecruiters.com>",
        "Votre candidature pour le poste de Chef de Rayon Frais",
        "Bonjour Marc,\n\nNous vous remercions pour l'intérêt que vous portez à Groupe Solvane et pour "
        "votre candidature au poste de Chef de Rayon Frais.\n\nNous étudions votre profil et reviendrons "
        "vers vous dans les meilleurs délais.\n\nBien cordialement,\nLe service Recrutement",
        APP, APPLIED, "Groupe Solvane", "Chef de Rayon Frais", "smartrecruiters",
    ),
    case(
        "Studio Ferrand <no-reply@teamtailor-mail.com>",
        "Merci pour ta candidature !",
        "Salut Hugo,\n\nMerci pour ta candidature au poste de Designer UI/UX chez Studio Ferrand ! On a bien "
        "reçu ton CV et on revient vers toi très vite.\n\nL'équipe Studio Ferrand",
        APP, APPLIED, "Studio Ferrand", "Designer UI/UX", "teamtailor tutoiement",
    ),
    case(
        "Orbital <jobs@orbital.recruitee.com>",
        "Votre candidature pour Commercial B2B (H/F)",
        "Bonjour Léo,\n\nMerci pour votre candidature au poste Commercial B2B (H/F). Nous l'étudions avec "
        "attention et reviendrons vers vous dans les meilleurs délais.\n\nCordialement,\nL'équipe Orbital",
        APP, APPLIED, "Orbital", "Commercial B2B (H/F)", "recruitee subject pour <title>",
    ),
    case(
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Ta candidature a bien été envoyée à Papeterie Morin",
        "Félicitations Zoé !\n\nTa candidature pour le poste de Chargée de marketing digital chez Papeterie "
        "Morin a bien été envoyée.\n\nL'entreprise reviendra vers toi si ton profil l'intéresse.\n\n"
        "Ces offres pourraient aussi te plaire\nResponsable Acquisition\nAgence Tilleul · Bordeaux",
        APP, APPLIED, "Papeterie Morin", "Chargée de marketing digital", "wttj envoyée à",
    ),
    case(
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Vendeur / Vendeuse en boulangerie",
        "Candidature envoyée\n\nVendeur / Vendeuse en boulangerie\nBoulangerie Lemoine - Nantes (44)\n\n"
        "Votre candidature a été envoyée à Boulangerie Lemoine.\n\nOffres d'emploi similaires\n"
        "Boulanger H/F\nFournil des Halles - Nantes (44)",
        APP, APPLIED, "Boulangerie Lemoine", "Vendeur / Vendeuse en boulangerie", "indeed fr",
    ),
    case(
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Isabelle, votre candidature a été envoyée à Cybelia",
        "Votre candidature a été envoyée à Cybelia\n\nIngénieur DevOps\nCybelia · Toulouse, Occitanie, "
        "France\nCandidature envoyée le 2 déc.\n\nPlus d'offres pour vous\nIngénieur Cloud\nNuagix · Paris",
        APP, APPLIED, "Cybelia", "Ingénieur DevOps", "linkedin candidature envoyée",
    ),
    case(
        "JobTeaser <noreply@jobteaser.com>",
        "Ta candidature a été envoyée",
        "Bonjour Emma,\n\nTa candidature pour l'offre Stage - Assistant(e) Chef de Produit chez Laboratoires "
        "Aubrac a bien été envoyée.\n\nBonne chance !\nL'équipe JobTeaser",
        APP, APPLIED, "Laboratoires Aubrac", "Stage - Assistant(e) Chef de Produit", "jobteaser",
    ),
    case(
        "Apec <ne-pas-repondre@apec.fr>",
        "Votre candidature au poste de Contrôleur de gestion H/F",
        "Madame, Monsieur,\n\nVotre candidature au poste de Contrôleur de gestion H/F chez Fromageries "
        "Vallon a bien été transmise au recruteur.\n\nL'Apec vous souhaite pleine réussite.",
        APP, APPLIED, "Fromageries Vallon", "Contrôleur de gestion H/F", "apec chez",
    ),
    case(
        "HelloWork <candidature@hellowork.com>",
        "Votre candidature chez Transports Girard",
        "Bonjour,\n\nVous venez de postuler à l'offre Chauffeur PL (H/F) chez Transports Girard. Votre "
        "candidature a bien été transmise.\n\nVous aimerez peut-être aussi\nCariste H/F - Logistique Remy",
        APP, APPLIED, "Transports Girard", "Chauffeur PL (H/F)", "hellowork venez de postuler",
    ),
    case(
        "Nuvola SAS <jobs@nuvola.jobs.personio.de>",
        "Votre candidature en tant que Office Manager",
        "Bonjour Sarah,\n\nMerci pour votre candidature en tant que Office Manager chez Nuvola SAS. Nous "
        "avons bien reçu vos documents et revenons vers vous prochainement.\n\nBien à vous,\nNuvola SAS",
        APP, APPLIED, "Nuvola", "Office Manager", "personio en tant que",
    ),
    case(
        "Atelier Sorel <noreply@softgarden.io>",
        "Confirmation de réception de votre candidature",
        "Bonjour Madame Petit,\n\nNous vous remercions pour votre candidature au poste de Technicienne "
        "qualité et confirmons sa bonne réception.\n\nCordialement\nAtelier Sorel",
        APP, APPLIED, "Atelier Sorel", "Technicienne qualité", "softgarden confirmons la réception",
    ),
    case(
        "Indeed <indeedapply@indeed.com>",
        "Votre candidature a été envoyée à Pharmacie du Port",
        "Bonne nouvelle ! Votre candidature pour Préparateur en pharmacie H/F a été envoyée à Pharmacie du "
        "Port.\n\nL'employeur peut vous contacter directement.",
        APP, APPLIED, "Pharmacie du Port", "Préparateur en pharmacie H/F", "indeed pour <title> envoyée à",
    ),
    case(
        "Cadremploi <noreply@cadremploi.fr>",
        "Confirmation de candidature",
        "Bonjour,\n\nVotre candidature à l'offre « Directeur administratif et financier H/F » de la société "
        "Caillebotte Industries a bien été envoyée.\n\nCadremploi",
        APP, APPLIED, "Caillebotte Industries", "Directeur administratif et financier H/F",
        "guillemets around the title",
    ),
]

REJECTIONS = [
    case(
        "Recrutement Maison Aubert <recrutement@maison-aubert.fr>",
        "Votre candidature",
        "Madame,\n\nNous vous remercions de l'intérêt que vous avez porté à Maison Aubert. Après une étude "
        "attentive de votre dossier, nous sommes au regret de ne pouvoir donner une suite favorable à votre "
        "candidature.\n\nCordialement,\nLe service RH",
        APP, REJECTED, "Maison Aubert", None, "au regret de ne pouvoir",
    ),
    case(
        "Cybelia <no-reply@hire.lever.co>",
        "Votre candidature chez Cybelia",
        "Bonjour Isabelle,\n\nMerci pour l'intérêt porté à Cybelia. Nous avons reçu de nombreuses "
        "candidatures et avons retenu d'autres candidatures dont le profil correspond davantage à nos "
        "besoins.\n\nBonne continuation,\nL'équipe Cybelia",
        APP, REJECTED, "Cybelia", None, "retenu d'autres candidatures",
    ),
    case(
        "Groupe Verlaine <groupeverlaine@myworkday.com>",
        "Suite donnée à votre candidature",
        "Bonjour Claire,\n\nNous vous remercions d'avoir postulé au poste Responsable Paie (H/F). Bien que "
        "votre parcours soit très intéressant, nous avons choisi de nous orienter vers un profil plus en "
        "adéquation avec nos besoins.\n\nNous vous souhaitons plein succès dans vos recherches.",
        APP, REJECTED, "Groupe Verlaine", "Responsable Paie (H/F)", "orienter vers un profil",
    ),
    case(
        "Talents Orbital <talents@orbital.fr>",
        "Votre candidature - Commercial B2B",
        "Bonjour Léo,\n\nVotre profil ne correspond pas tout à fait aux attentes du poste. Nous nous "
        "permettons toutefois de conserver votre CV dans notre vivier afin de vous recontacter si une "
        "opportunité correspondant à votre profil se présentait.\n\nCordialement",
        APP, REJECTED, "Orbital", None, "cv kept on file",
    ),
    case(
        "Hexalis <no-reply@us.greenhouse-mail.io>",
        "Hexalis - votre candidature",
        "Bonjour Thomas,\n\nAprès un examen attentif de votre candidature, nous sommes malheureusement dans "
        "l'impossibilité d'y répondre favorablement.\n\nL'équipe Hexalis",
        APP, REJECTED, "Hexalis", None, "dans l'impossibilité d'y répondre favorablement",
    ),
    case(
        "RH Fromageries Vallon <rh@fromageries-vallon.fr>",
        "Votre candidature au poste de Contrôleur de gestion",
        "Madame, Monsieur,\n\nNous avons le regret de vous informer que nous avons fait le choix d'un autre "
        "candidat pour ce poste.\n\nVeuillez agréer nos salutations distinguées.",
        APP, REJECTED, "Fromageries Vallon", "Contrôleur de gestion", "fait le choix d'un autre candidat",
    ),
    case(
        "Studio Ferrand <no-reply@teamtailor-mail.com>",
        "Ta candidature chez Studio Ferrand",
        "Salut Hugo,\n\nMerci pour le temps que tu nous as accordé. On a décidé de ne pas aller plus loin "
        "avec ta candidature pour le poste de Designer UI/UX.\n\nOn te souhaite le meilleur pour la suite !",
        APP, REJECTED, "Studio Ferrand", "Designer UI/UX", "ne pas aller plus loin",
    ),
    case(
        "Transports Girard <rh@transports-girard.fr>",
        "Réponse à votre candidature",
        "Bonjour,\n\nNous vous informons que le poste de Chauffeur PL a été pourvu.\n\nNous vous remercions "
        "de votre intérêt.\n\nTransports Girard",
        APP, REJECTED, "Transports Girard", "Chauffeur PL", "poste pourvu",
    ),
    case(
        "Brume <no-reply@hire.lever.co>",
        "Retour sur votre candidature",
        "Bonjour Inès,\n\nNous avons bien étudié votre candidature et nous ne sommes pas en mesure de lui "
        "donner une suite positive pour le moment.\n\nL'équipe Brume",
        APP, REJECTED, "Brume", None, "suite positive",
    ),
    case(
        "Groupe Solvane <noreply@smartrecruiters.com>",
        "Votre candidature chez Groupe Solvane",
        "Bonjour Marc,\n\nNous vous remercions de votre intérêt. Votre candidature n'a pas été retenue pour "
        "la suite du processus de recrutement. Nous conservons néanmoins votre CV et ne manquerons pas de "
        "revenir vers vous si un poste correspondant à votre profil venait à se libérer.",
        APP, REJECTED, "Groupe Solvane", None, "not retained, cv kept",
    ),
    case(
        "Papeterie Morin <jobs@papeterie-morin.fr>",
        "Candidature Chargée de marketing digital",
        "Bonjour Zoé,\n\nVotre candidature a retenu toute notre attention. Cependant, nous avons décidé de "
        "poursuivre le processus avec des candidats dont l'expérience correspond plus précisément au "
        "poste.\n\nBelle continuation",
        APP, REJECTED, "Papeterie Morin", "Chargée de marketing digital", "poursuivre avec des candidats",
    ),
    case(
        "Laboratoires Aubrac <recrutement@aubrac-labs.fr>",
        "Votre candidature",
        "Madame,\n\nC'est avec regret que nous vous informons que votre candidature n'a pas été "
        "sélectionnée.\n\nNous vous prions d'agréer, Madame, nos salutations distinguées.",
        APP, REJECTED, "Laboratoires Aubrac", None, "c'est avec regret",
    ),
    case(
        "Nuvola SAS <jobs@nuvola.jobs.personio.de>",
        "Votre candidature en tant que Office Manager",
        "Bonjour Sarah,\n\nNous vous remercions sincèrement pour votre candidature. Malheureusement, nous "
        "ne pouvons pas donner suite cette fois-ci.\n\nBien à vous,\nNuvola SAS",
        APP, REJECTED, "Nuvola", "Office Manager", "ne pouvons pas donner suite",
    ),
    case(
        "Caillebotte Industries <rh@caillebotte.fr>",
        "Votre candidature",
        "Bonjour,\n\nNous avons bien pris connaissance de votre candidature. Nous sommes désolés de vous "
        "annoncer qu'elle n'a pas abouti.\n\nCordialement",
        APP, REJECTED, "Caillebotte Industries", None, "n'a pas abouti; the display name is the whole name",
    ),
]

LATER_STAGES = [
    case(
        "Recrutement Cybelia <recrutement@cybelia.fr>",
        "Invitation à un entretien - Ingénieur DevOps",
        "Bonjour Isabelle,\n\nVotre candidature a retenu notre attention. Nous vous proposons un premier "
        "échange en visio le jeudi 10 décembre à 14h. Merci de nous confirmer votre présence.\n\n"
        "Cordialement,\nCybelia",
        APP, INTERVIEW, "Cybelia", "Ingénieur DevOps", "invitation à un entretien",
    ),
    case(
        "Claire Dubois <claire.dubois@hexalis.fr>",
        "Échange au sujet du poste de Product Manager",
        "Bonjour Thomas,\n\nJe serais ravie d'échanger avec vous au sujet du poste de Product Manager. "
        "Pourriez-vous m'indiquer quelques créneaux qui vous conviendraient la semaine prochaine ?\n\n"
        "Claire Dubois\nTalent Acquisition - Hexalis",
        APP, INTERVIEW, "Hexalis", "Product Manager", "créneaux from a person",
    ),
    case(
        "Groupe Solvane <noreply@smartrecruiters.com>",
        "Confirmation de votre entretien",
        "Bonjour Marc,\n\nNous vous confirmons votre entretien pour le poste de Chef de Rayon Frais le 12 "
        "décembre à 9h30 au magasin de Lille.\n\nCordialement,\nGroupe Solvane",
        APP, INTERVIEW, "Groupe Solvane", "Chef de Rayon Frais", "confirmation d'entretien",
    ),
    case(
        "Brume <no-reply@hire.lever.co>",
        "Prochaine étape : tests techniques",
        "Bonjour Inès,\n\nSuite à notre échange, nous t'invitons à passer nos tests techniques en ligne. "
        "Tu disposes de 5 jours pour les compléter.\n\nL'équipe Brume",
        APP, ASSESSMENT, "Brume", None, "tests techniques",
    ),
    case(
        "Orbital <jobs@orbital.recruitee.com>",
        "Questionnaire de personnalité",
        "Bonjour Léo,\n\nDans le cadre de votre candidature au poste Commercial B2B, nous vous invitons à "
        "remplir un questionnaire de personnalité en ligne.\n\nL'équipe Orbital",
        APP, ASSESSMENT, "Orbital", None, "questionnaire de personnalité",
    ),
    case(
        "RH Maison Aubert <rh@maison-aubert.fr>",
        "Promesse d'embauche",
        "Madame,\n\nNous avons le plaisir de vous adresser ci-joint votre promesse d'embauche pour le poste "
        "de Responsable boutique.\n\nCordialement,\nMaison Aubert",
        APP, OFFER, "Maison Aubert", None, "promesse d'embauche",
    ),
    case(
        "Studio Ferrand <no-reply@teamtailor-mail.com>",
        "Bonne nouvelle !",
        "Salut Hugo,\n\nOn est ravis de te proposer de rejoindre Studio Ferrand en CDI au poste de Designer "
        "UI/UX ! Tu trouveras ci-joint notre proposition.\n\nL'équipe Studio Ferrand",
        APP, OFFER, "Studio Ferrand", None, "ravis de te proposer de rejoindre",
    ),
    case(
        "Recrutement Cybelia <recrutement@cybelia.fr>",
        "Annulation du recrutement",
        "Bonjour Isabelle,\n\nNous vous informons que le recrutement pour le poste d'Ingénieur DevOps a été "
        "annulé suite à une réorganisation interne.\n\nCybelia",
        APP, WITHDRAWN, "Cybelia", None, "recrutement annulé",
    ),
    case(
        "Hexalis <no-reply@us.greenhouse-mail.io>",
        "Retrait de votre candidature",
        "Bonjour Thomas,\n\nNous avons bien pris en compte le retrait de votre candidature au poste de "
        "Product Manager Senior.\n\nL'équipe Hexalis",
        APP, WITHDRAWN, "Hexalis", None, "retrait pris en compte",
    ),
]

NOT_APPLICATIONS = [
    case(
        "Indeed <alert@indeed.com>",
        "Offres qui pourraient vous intéresser",
        "Bonjour,\n\nVoici des offres qui pourraient vous intéresser :\nComptable H/F\nCabinet Rivière - "
        "Rennes\nAssistant comptable\nGroupe Mistral - Brest\n\nVoir toutes les offres",
        ALERT, name="offres qui pourraient vous intéresser",
    ),
    case(
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "« ingénieur devops » : 12 nouvelles offres",
        "Votre alerte emploi pour ingénieur devops à Toulouse\n\nIngénieur Cloud\nNuagix · Toulouse\n"
        "Ingénieur SRE\nCybelia · Toulouse\n\nVoir toutes les offres",
        ALERT, name="linkedin alerte",
    ),
    case(
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Ta sélection de la semaine",
        "Hello Zoé,\n\nOn a trouvé 8 jobs qui te correspondent\nChargée de communication - Maison Dupré\n"
        "Social Media Manager - Agence Tilleul\n\nDécouvre toutes les offres",
        ALERT, name="wttj weekly selection",
    ),
    case(
        "HelloWork <alertes@hellowork.com>",
        "Alerte : 5 nouvelles offres Chauffeur PL",
        "Bonjour,\n\n5 nouvelles offres correspondent à votre alerte Chauffeur PL - Nantes.\n\n"
        "Chauffeur PL (H/F) - Transports Girard\nChauffeur SPL - Logistique Remy\n\nPostuler",
        ALERT, name="hellowork alerte",
    ),
    case(
        "Apec <newsletter@apec.fr>",
        "Ces entreprises recrutent près de chez vous",
        "Bonjour,\n\nDécouvrez les entreprises qui recrutent en ce moment dans votre région et les offres "
        "sélectionnées pour vous.\n\nSe désabonner",
        ALERT, name="apec ces entreprises recrutent",
    ),
    case(
        "JobTeaser <noreply@jobteaser.com>",
        "Ces offres de stage sont faites pour toi",
        "Bonjour Emma,\n\nDe nouvelles offres de stage correspondent à ton profil :\nStage Marketing - "
        "Laboratoires Aubrac\nStage Finance - Banque Rivage\n\nVoir les offres",
        ALERT, name="jobteaser offres de stage",
    ),
    case(
        "Indeed <no-reply@indeed.com>",
        "Votre CV a été consulté",
        "Bonjour,\n\nBonne nouvelle : des employeurs ont consulté votre CV cette semaine. Mettez votre "
        "profil à jour pour augmenter vos chances.",
        OTHER, name="cv consulté is no application",
    ),
]

MIXED = [
    case(
        "Cybelia <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Cybelia",
        "Hi Isabelle,\n\nThank you for your interest in Cybelia! We have received your application for the "
        "Chargé(e) de Recrutement position and will review it shortly.\n\nBest,\nCybelia Recruiting",
        APP, APPLIED, "Cybelia", "Chargé(e) de Recrutement", "english template, french title",
    ),
    case(
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyee : Assistant commercial",
        "Votre candidature a ete envoyee a Groupe Mistral.\n\nAssistant commercial\nGroupe Mistral - Brest",
        APP, APPLIED, "Groupe Mistral", "Assistant commercial", "accents lost",
    ),
    case(
        "Recrutement Maison Aubert <recrutement@maison-aubert.fr>",
        "Votre candidature",
        "Madame,\n\nNous sommes au regret de vous informer que votre candidature n'a pas ete retenue.\n\n"
        "Cordialement",
        APP, REJECTED, "Maison Aubert", None, "rejection without accents",
    ),
    case(
        "Orbital <jobs@orbital.recruitee.com>",
        "Votre candidature a bien &eacute;t&eacute; re&ccedil;ue",
        "Bonjour L&eacute;o,\n\nNous avons bien re&ccedil;u votre candidature au poste de Charg&eacute; "
        "d&#39;affaires.\n\nL&#39;&eacute;quipe Orbital",
        APP, APPLIED, "Orbital", "Chargé d'affaires", "html entities",
    ),
    case(
        "RH Caillebotte <rh@caillebotte.fr>",
        "VOTRE CANDIDATURE AU POSTE DE TECHNICIEN DE MAINTENANCE",
        "Bonjour,\n\nNous avons bien reçu votre candidature et vous en remercions.\n\nCaillebotte "
        "Industries",
        APP, APPLIED, "Caillebotte Industries", "Technicien de maintenance", "all-caps subject",
    ),
    case(
        "Hexalis <no-reply@us.greenhouse-mail.io>",
        "Your application to Hexalis",
        "Bonjour Thomas,\n\nMerci pour votre candidature au poste de Data Analyst. Malheureusement, nous ne "
        "donnerons pas suite.\n\n---\nThis email was sent by Greenhouse on behalf of Hexalis.",
        APP, REJECTED, "Hexalis", "Data Analyst", "english subject, french body",
    ),
]
# fmt: on


@pytest.mark.parametrize(
    "sender, subject, body, kind, status, company, title",
    CONFIRMATIONS + REJECTIONS + LATER_STAGES + NOT_APPLICATIONS + MIXED,
)
def test_french_mail_by_class(sender, subject, body, kind, status, company, title):
    check(extract(body, subject, sender), kind, status, company, title)


# Where a French inbox names the employer and the title: boards relaying the employer's news, ATS
# subjects with codes, signatures of a human-resources department, listings under the news.
# fmt: off
PLACES = [
    case(
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Ta candidature chez Brume a été mise à jour",
        "Bonjour Inès,\n\nBrume a consulté ta candidature pour le poste de Développeuse Backend.\n\n"
        "D'autres offres pour toi\nIngénieure QA\nNuagix · Paris\nTech Lead\nOrbital · Lyon",
        APP, APPLIED, "Brume", "Développeuse Backend", "wttj status update",
    ),
    case(
        "JobTeaser <noreply@jobteaser.com>",
        "Bonne nouvelle pour ta candidature",
        "Bonjour Emma,\n\nL'entreprise Laboratoires Aubrac a bien reçu ta candidature au poste de Stagiaire "
        "Chef de Produit et l'étudie en ce moment.\n\nL'équipe JobTeaser",
        APP, APPLIED, "Laboratoires Aubrac", "Stagiaire Chef de Produit", "jobteaser l'entreprise a reçu",
    ),
    case(
        "Groupe Verlaine <groupeverlaine@taleo.net>",
        "Merci d'avoir postulé",
        "Madame,\n\nNous vous remercions d'avoir postulé à l'offre 2024-1187 - Ingénieur Logiciel Embarqué "
        "(H/F). Votre dossier sera étudié avec la plus grande attention.\n\nLa Direction des Ressources "
        "Humaines\nGroupe Verlaine",
        APP, APPLIED, "Groupe Verlaine", "Ingénieur Logiciel Embarqué (H/F)", "taleo offer number",
    ),
    case(
        "Recrutement <noreply@myworkday.com>",
        "Candidature - Technicien Support N2 H/F - R12345",
        "Bonjour,\n\nNous avons bien reçu votre candidature et vous remercions de l'intérêt porté à "
        "Hexalis.\n"
        "\nL'équipe Recrutement Hexalis",
        APP, APPLIED, "Hexalis", "Technicien Support N2 H/F", "workday subject with code",
    ),
    case(
        "Indeed <noreply@indeed.com>",
        "Mise à jour de votre candidature",
        "Votre candidature pour le poste de Comptable Fournisseurs chez Groupe Mistral n'a pas été "
        "retenue.\n\n"
        "Continuez vos recherches\nComptable H/F\nCabinet Rivière - Rennes",
        APP, REJECTED, "Groupe Mistral", "Comptable Fournisseurs", "indeed relays a rejection",
    ),
    case(
        "HelloWork <candidature@hellowork.com>",
        "Votre candidature n'a pas été retenue",
        "Bonjour,\n\nL'entreprise Transports Girard a examiné votre candidature à l'offre Chauffeur PL (H/F) "
        "et "
        "a décidé de ne pas y donner suite.\n\nNe vous découragez pas !",
        APP, REJECTED, "Transports Girard", "Chauffeur PL (H/F)", "hellowork relays a rejection",
    ),
    case(
        "Service RH <rh@papeterie-morin.fr>",
        "Votre candidature spontanée",
        "Bonjour Zoé,\n\nNous accusons réception de votre candidature spontanée et vous en remercions. Nous "
        "ne "
        "manquerons pas de revenir vers vous si un poste correspondant à votre profil se libère.\n\n"
        "Service des Ressources Humaines\nPapeterie Morin",
        APP, APPLIED, "Papeterie Morin", None, "candidature spontanée",
    ),
    case(
        "Adecco <noreply@adecco.fr>",
        "Votre candidature",
        "Bonjour Marc,\n\nSuite à votre candidature sur l'offre Préparateur de commandes H/F pour notre "
        "client "
        "Logistique Remy, nous avons le plaisir de vous proposer un entretien téléphonique.\n\nVotre agence "
        "Adecco Lille",
        APP, INTERVIEW, "Logistique Remy", "Préparateur de commandes H/F", "agency names its client",
    ),
    case(
        "Talents <talents@cybelia.fr>",
        "Votre candidature – Ingénieur DevOps F/H – CDI – Toulouse",
        "Bonjour Isabelle,\n\nNous avons bien reçu votre candidature et reviendrons vers vous rapidement.\n\n"
        "Cybelia",
        APP, APPLIED, "Cybelia", "Ingénieur DevOps F/H", "subject with tags after dashes",
    ),
    case(
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Votre candidature chez Nuagix",
        "Votre candidature pour le poste de Ingénieur Cloud chez Nuagix\n\nMalheureusement, Nuagix a décidé "
        "de ne pas donner suite à votre candidature.\n\nOffres recommandées\nIngénieur SRE\nCybelia · "
        "Toulouse",
        APP, REJECTED, "Nuagix", "Ingénieur Cloud", "linkedin relays a rejection",
    ),
    case(
        "CAILLEBOTTE INDUSTRIES <recrutement@caillebotte.fr>",
        "CANDIDATURE REÇUE",
        "Bonjour,\n\nNous avons bien reçu votre candidature au poste de Responsable Maintenance H/F.\n\n"
        "CAILLEBOTTE INDUSTRIES",
        APP, APPLIED, "Caillebotte Industries", "Responsable Maintenance H/F", "employer in capitals",
    ),
    case(
        "Direction des Ressources Humaines <drh@ville-sorel.fr>",
        "Votre candidature au poste d'Agent d'accueil",
        "Madame,\n\nPar la présente, nous accusons réception de votre candidature au poste d'Agent "
        "d'accueil.\n"
        "\nLa Direction des Ressources Humaines\nVille de Sorel",
        APP, APPLIED, "Ville de Sorel", "Agent d'accueil", "a town hall's department signs",
    ),
    case(
        "Recrutement Brume <jobs@brume.fr>",
        "Votre candidature",
        "Bonjour Inès,\n\nNous avons le regret de vous informer que nous ne pourrons pas donner une suite "
        "favorable à votre candidature pour le poste de Développeuse Backend.\n\nL'équipe Brume",
        APP, REJECTED, "Brume", "Développeuse Backend", "title ends before the end of the sentence",
    ),
]
# fmt: on


@pytest.mark.parametrize("sender, subject, body, kind, status, company, title", PLACES)
def test_french_mail_names_employer_and_title_where_it_does(
    sender, subject, body, kind, status, company, title
):
    check(extract(body, subject, sender), kind, status, company, title)
