"""A French job seeker's inbox as the boards and ATS lay it out (invented mail, issue 14 class 2).

Indeed, LinkedIn, Welcome to the Jungle, HelloWork/RegionsJob, Apec, Cadremploi, JobTeaser, France Travail,
Meteojob and Monster put the employer's name in a sentence and a job card, then append other employers'
jobs ("Offres d'emploi similaires"): the employer is the one the sentence names, never a recommendation's.
French ATS mail (Taleo, SuccessFactors, Talentsoft, Flatchr, DigitalRecruiters, Jobaffinity) tags titles
with "H/F" (kept) and CDI/CDD/alternance (dropped, as the labelling rules drop work-arrangement tags).
Alerts, newsletters, an employer's "vous invite à postuler" and account mail from the same boards are no
application; a cabinet's cold approach ("Je me permets de vous contacter") is outreach.
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Kind, Status

APPLICATIONS = [
    row(
        "indeed_fr_submitted",
        Status.APPLIED,
        "Mutuelle Ardoise",
        "Data Analyst H/F",
        sender="Indeed <indeedapply@indeed.com>",
        subject="Candidature envoyée : Data Analyst H/F",
        body="Candidature envoyée\n\nData Analyst H/F\nMutuelle Ardoise - Paris (75)\n\nLes "
        "éléments suivants ont été envoyés à Mutuelle Ardoise. Bonne chance !\n\n• "
        "Candidature\n• CV\n\nSi l'employeur souhaite vous contacter, il le fera "
        "directement.\n\nSuivez l'état de vos candidatures dans Mes emplois.\n\nOffres "
        "d'emploi similaires\n\nData Analyst Junior H/F\nBanque Hermine - Paris (75)\n"
        "Postuler simplement\n\nChargé d'études statistiques\nInstitut Carreau - Nanterre "
        "(92)\nIl y a 2 jours\n\nVoir toutes les offres\n\nIndeed, 6 rue Ménars, 75002 "
        "Paris\nSe désabonner | Confidentialité",
    ),
    row(
        "indeed_fr_viewed",
        Status.APPLIED,
        "Mutuelle Ardoise",
        "Data Analyst H/F",
        sender="Indeed <noreply@indeed.com>",
        subject="Votre candidature a été consultée par Mutuelle Ardoise",
        body="Bonne nouvelle !\n\nMutuelle Ardoise a consulté votre candidature pour le poste "
        "de Data Analyst H/F.\n\nData Analyst H/F\nMutuelle Ardoise - Paris (75)\n\nVoir "
        "mes candidatures\n\nOffres d'emploi similaires\n\nData Analyst Junior H/F\nBanque "
        "Hermine - Paris (75)\nPostuler simplement\n\nChargé d'études statistiques\n"
        "Institut Carreau - Nanterre (92)\nIl y a 2 jours\n\nVoir toutes les offres\n\n"
        "Indeed, 6 rue Ménars, 75002 Paris\nSe désabonner | Confidentialité",
    ),
    row(
        "indeed_fr_rejected",
        Status.REJECTED,
        "Mutuelle Ardoise",
        "Data Analyst H/F",
        sender="Indeed <noreply@indeed.com>",
        subject="Mise à jour de votre candidature chez Mutuelle Ardoise",
        body="Data Analyst H/F\nMutuelle Ardoise - Paris (75)\n\nBonjour,\n\nMerci pour "
        "l'intérêt que vous portez à Mutuelle Ardoise. Après étude de votre candidature, "
        "nous avons le regret de vous informer que nous ne donnerons pas suite.\n\nNous "
        "vous souhaitons bonne chance dans vos recherches.\n\nMutuelle Ardoise\n\nOffres "
        "d'emploi similaires\n\nData Analyst Junior H/F\nBanque Hermine - Paris (75)\n"
        "Postuler simplement\n\nChargé d'études statistiques\nInstitut Carreau - Nanterre "
        "(92)\nIl y a 2 jours\n\nVoir toutes les offres\n\nIndeed, 6 rue Ménars, 75002 "
        "Paris\nSe désabonner | Confidentialité",
    ),
    row(
        "linkedin_fr_sent",
        Status.APPLIED,
        "Fromagerie Bastide",
        "Responsable e-commerce F/H",
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Camille, votre candidature a été envoyée à Fromagerie Bastide",
        body="Votre candidature a été envoyée à Fromagerie Bastide\n\nFromagerie Bastide\n"
        "Responsable e-commerce F/H\nFromagerie Bastide · Lyon, Auvergne-Rhône-Alpes, "
        "France (Hybride)\nCandidature envoyée le 2 déc. 2026\n\nVoir l'offre\n\nOffres "
        "similaires\nResponsable marketing digital\nMaison Lavande · Lyon (Hybride)\nChef "
        "de produit web\nCaravelle Voyages · Lyon\nVoir plus d'offres\n\nVous recevez des "
        "e-mails de notification de candidature.\nSe désabonner\n© 2026 LinkedIn Ireland "
        "Unlimited Company, Wilton Plaza, Dublin 2.",
    ),
    row(
        "linkedin_fr_viewed",
        Status.APPLIED,
        "Fromagerie Bastide",
        "Responsable e-commerce F/H",
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Fromagerie Bastide a consulté votre candidature",
        body="Votre candidature a été consultée par Fromagerie Bastide\n\nResponsable "
        "e-commerce F/H\nFromagerie Bastide · Lyon, Auvergne-Rhône-Alpes, France\n"
        "Candidature envoyée il y a 3 jours\n\nVoir la candidature\n\nOffres similaires\n"
        "Responsable marketing digital\nMaison Lavande · Lyon (Hybride)\nChef de produit "
        "web\nCaravelle Voyages · Lyon\nVoir plus d'offres\n\nVous recevez des e-mails de "
        "notification de candidature.\nSe désabonner\n© 2026 LinkedIn Ireland Unlimited "
        "Company, Wilton Plaza, Dublin 2.",
    ),
    row(
        "linkedin_fr_rejected",
        Status.REJECTED,
        "Fromagerie Bastide",
        "Responsable e-commerce F/H",
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Votre candidature au poste de Responsable e-commerce F/H chez Fromagerie Bastide",
        body="Votre mise à jour de Fromagerie Bastide\n\nResponsable e-commerce F/H\nFromagerie "
        "Bastide · Lyon\nCandidature envoyée le 2 déc.\n\nBonjour Camille,\n\nMerci de "
        "l'intérêt que vous portez au poste. Malheureusement, nous avons décidé de "
        "poursuivre avec d'autres candidats dont le profil correspond davantage à nos "
        "besoins.\n\nBien cordialement\n\nOffres similaires\nResponsable marketing "
        "digital\nMaison Lavande · Lyon (Hybride)\nChef de produit web\nCaravelle Voyages "
        "· Lyon\nVoir plus d'offres\n\nVous recevez des e-mails de notification de "
        "candidature.\nSe désabonner\n© 2026 LinkedIn Ireland Unlimited Company, Wilton "
        "Plaza, Dublin 2.",
    ),
    row(
        "wttj_sent",
        Status.APPLIED,
        "Kestrel Énergie",
        "Ingénieure data",
        sender="Welcome to the Jungle <hello@welcometothejungle.com>",
        subject="Ta candidature chez Kestrel Énergie a bien été envoyée ✅",
        body="Hello Zoé,\n\nBonne nouvelle, ta candidature pour le poste Ingénieure data - CDI "
        "chez Kestrel Énergie a bien été transmise !\n\nEt maintenant ?\nL'équipe de "
        "Kestrel Énergie va étudier ton profil. Tu peux suivre l'avancée de ta candidature "
        "depuis ton espace.\n\nCes entreprises recrutent aussi\nBrasserie du Canal · Paris "
        "· Chef de projet CRM\nOctave Santé · Lille · Product Owner\n\nWelcome to the "
        "Jungle - 30 rue du Faubourg Saint-Antoine",
    ),
    row(
        "wttj_rejected",
        Status.REJECTED,
        "Kestrel Énergie",
        "Ingénieure data",
        sender="Kestrel Énergie <no-reply@welcometothejungle.com>",
        subject="Ta candidature chez Kestrel Énergie",
        body="Bonjour Zoé,\n\nMerci pour ta candidature au poste Ingénieure data - CDI et pour "
        "le temps que tu nous as consacré. Après une étude attentive, nous ne sommes "
        "malheureusement pas en mesure de donner une suite favorable à ta candidature.\n\n"
        "Nous te souhaitons plein de réussite.\n\nL'équipe Kestrel Énergie",
    ),
    row(
        "hellowork_sent",
        Status.APPLIED,
        "Laiterie du Bocage",
        "Technicien de maintenance H/F",
        sender="HelloWork <noreply@hellowork.com>",
        subject="Votre candidature a bien été envoyée",
        body="Bonjour Julien,\n\nVotre candidature au poste de Technicien de maintenance H/F "
        "chez Laiterie du Bocage à Vitré (35) a bien été envoyée au recruteur.\n\n"
        "Retrouvez toutes vos candidatures dans votre espace HelloWork.\n\nCes offres "
        "pourraient vous intéresser\nÉlectromécanicien H/F - Groupe Sarlat - Rennes (35)\n"
        "Technicien SAV H/F - Ouest Froid - Fougères (35)\n\nL'équipe HelloWork",
    ),
    row(
        "regionsjob_sent",
        Status.APPLIED,
        "Cabinet Lemaire & Associés",
        "Comptable fournisseurs (H/F)",
        sender="RegionsJob <candidature@regionsjob.com>",
        subject="Confirmation de votre candidature",
        body="Bonjour,\n\nNous vous confirmons l'envoi de votre candidature pour l'offre "
        "Comptable fournisseurs (H/F) - CDD 6 mois, proposée par Cabinet Lemaire & "
        "Associés.\n\nBonne chance !\n\nD'autres offres pour vous :\nAssistant comptable "
        "H/F - Fiducial Ouest\nGestionnaire de paie H/F - Groupe Moreau",
    ),
    row(
        "apec_sent",
        Status.APPLIED,
        "Grands Moulins Varenne",
        "Responsable contrôle de gestion H/F",
        sender="Apec <ne-pas-repondre@apec.fr>",
        subject="Confirmation de votre candidature",
        body="Bonjour Sophie,\n\nVous avez postulé à l'offre « Responsable contrôle de gestion "
        "H/F » (réf. 172345678W) de la société Grands Moulins Varenne.\n\nVotre "
        "candidature a bien été transmise au recruteur.\n\nLes offres qui pourraient vous "
        "intéresser :\nContrôleur de gestion industriel H/F - Sucrerie Noroit\n\nL'équipe "
        "Apec",
    ),
    row(
        "cadremploi_sent",
        Status.APPLIED,
        "Verreries Aubigny",
        "Directeur commercial export F/H",
        sender="Cadremploi <noreply@cadremploi.fr>",
        subject="Votre candidature a bien été transmise",
        body="Bonjour,\n\nVotre candidature pour l'offre Directeur commercial export F/H chez "
        "Verreries Aubigny a bien été transmise au recruteur.\n\nNous vous souhaitons "
        "bonne chance !\n\nVous pourriez aussi aimer :\nKey Account Manager F/H · "
        "Cosmétiques Ondine · Paris\nResponsable grands comptes F/H · Sitel Pro · Lyon",
    ),
    row(
        "jobteaser_sent",
        Status.APPLIED,
        "Biscuiterie Ardennaise",
        "Stage - Assistant chef de projet marketing (6 mois)",
        sender="JobTeaser <noreply@jobteaser.com>",
        subject="Ta candidature a été envoyée",
        body="Bravo Lucas !\n\nTa candidature pour l'offre Stage - Assistant chef de projet "
        "marketing (6 mois) chez Biscuiterie Ardennaise a bien été envoyée.\n\nSuis "
        "l'avancement de ta candidature sur JobTeaser.\n\nOffres recommandées pour toi\n"
        "Stage - Chargé de communication · Mairie de Reims",
    ),
    row(
        "francetravail_sent",
        Status.APPLIED,
        "Nettoyage Armor Services",
        "Agent de propreté (H/F)",
        sender="France Travail <ne-pas-repondre@francetravail.fr>",
        subject="Votre candidature à l'offre n° 183KRTM",
        body="Madame, Monsieur,\n\nVous avez postulé à l'offre d'emploi n° 183KRTM « Agent de "
        "propreté (H/F) » de l'entreprise Nettoyage Armor Services.\n\nVotre candidature a "
        "été transmise à l'employeur.\n\nVotre conseiller France Travail",
    ),
    row(
        "meteojob_sent",
        Status.APPLIED,
        "Transports Kerlann",
        "Conducteur poids lourd H/F",
        sender="Meteojob <candidature@meteojob.com>",
        subject="Votre candidature a été envoyée à Transports Kerlann",
        body="Bonjour Kevin,\n\nVotre candidature pour le poste de Conducteur poids lourd H/F a "
        "été envoyée à Transports Kerlann.\n\nNotre matching vous propose aussi :\n"
        "Chauffeur SPL H/F - Logistique Breizh (91 %)\nCariste H/F - Entrepôts du Léon (87 "
        "%)\n\nMeteojob",
    ),
    row(
        "monster_fr_sent",
        Status.APPLIED,
        "Clinique des Tilleuls",
        "Assistante RH H/F",
        sender="Monster <noreply@monster.fr>",
        subject="Confirmation : votre candidature pour Assistante RH H/F",
        body="Bonjour,\n\nMerci d'avoir postulé via Monster. Votre candidature pour le poste "
        "Assistante RH H/F a été envoyée à Clinique des Tilleuls.\n\nOffres similaires :\n"
        "Gestionnaire RH H/F - Hôpital privé Saint-Roch",
    ),
    row(
        "taleo_fr_ack",
        Status.APPLIED,
        "Groupe Orlane",
        "Responsable logistique",
        sender="Groupe Orlane <orlane@taleo.net>",
        subject="Accusé de réception de votre candidature - Réf. 2600123",
        body="Madame,\n\nNous accusons réception de votre candidature au poste de Responsable "
        "logistique (2600123) et vous remercions de l'intérêt que vous portez au Groupe "
        "Orlane.\n\nNous étudions actuellement votre dossier et reviendrons vers vous "
        "prochainement.\n\nLa Direction des Ressources Humaines",
    ),
    row(
        "successfactors_fr",
        Status.APPLIED,
        "Aéroports Sud",
        "Agent d'exploitation aéroportuaire F/H",
        sender="Recrutement Aéroports Sud <noreply@successfactors.eu>",
        subject="Confirmation de candidature",
        body="Bonjour Nadia,\n\nNous avons bien reçu votre candidature pour le poste Agent "
        "d'exploitation aéroportuaire F/H - CDI.\n\nVotre profil est en cours d'analyse "
        "par nos équipes.\n\nCordialement,\nL'équipe Recrutement Aéroports Sud",
    ),
    row(
        "talentsoft_fr",
        Status.APPLIED,
        "Mutuelle Horizon",
        "Chargé de clientèle particuliers H/F",
        sender="Mutuelle Horizon <noreply@talent-soft.com>",
        subject="Accusé de réception de votre candidature",
        body="Bonjour,\n\nNous avons bien reçu votre candidature pour l'offre « Chargé de "
        "clientèle particuliers H/F (CDI) - Réf. 2026-0451 » et nous vous en remercions.\n"
        "\nSi votre profil correspond à nos attentes, nous reviendrons vers vous.\n\nLe "
        "service recrutement de Mutuelle Horizon",
    ),
    row(
        "flatchr_fr",
        Status.APPLIED,
        "Boulangeries Pichon",
        "Vendeuse en boulangerie (H/F)",
        sender="Boulangeries Pichon <noreply@flatchr.io>",
        subject="Nous avons bien reçu votre candidature",
        body="Bonjour Emma,\n\nMerci pour votre candidature au poste de Vendeuse en boulangerie "
        "(H/F) - CDI. Nous reviendrons vers vous très rapidement.\n\nL'équipe Boulangeries "
        "Pichon",
    ),
    row(
        "digitalrecruiters_fr",
        Status.APPLIED,
        "Groupe Sorelec",
        "Technicien bureau d'études (H/F)",
        sender="Groupe Sorelec <noreply@digitalrecruiters.com>",
        subject="Groupe Sorelec - Confirmation de candidature",
        body="Bonjour,\n\nNous vous confirmons la bonne réception de votre candidature pour le "
        "poste de Technicien bureau d'études (H/F) en alternance.\n\nNotre équipe RH "
        "reviendra vers vous dans les meilleurs délais.\n\nL'équipe recrutement Groupe "
        "Sorelec",
    ),
    row(
        "jobaffinity_fr",
        Status.APPLIED,
        "Hôtel des Remparts",
        "Réceptionniste de nuit H/F",
        sender="Hôtel des Remparts <noreply@jobaffinity.fr>",
        subject="Votre candidature : Réceptionniste de nuit H/F",
        body="Bonjour,\n\nNous avons bien reçu votre candidature pour le poste Réceptionniste "
        "de nuit H/F et vous en remercions.\n\nCordialement,\nHôtel des Remparts",
    ),
    row(
        "smartrecruiters_fr_interview",
        Status.INTERVIEW,
        "Groupe Solvane",
        "Chef de Rayon Frais",
        sender="Groupe Solvane <noreply@smartrecruiters.com>",
        subject="Invitation à un entretien - Chef de Rayon Frais",
        body="Bonjour Marc,\n\nSuite à votre candidature au poste de Chef de Rayon Frais, nous "
        "souhaiterions vous rencontrer lors d'un entretien. Merci de choisir un créneau "
        "via le lien ci-dessous.\n\nChoisir un créneau\n\nCordialement,\nGroupe Solvane",
    ),
    row(
        "cabinet_notre_client",
        Status.INTERVIEW,
        "Conserverie Belle-Île",
        "Responsable administratif et financier H/F",
        sender="Cabinet Hermès Conseil <m.dupuis@hermes-conseil.fr>",
        subject="Votre candidature - Responsable administratif et financier H/F",
        body="Bonjour Monsieur Lefèvre,\n\nJe fais suite à votre candidature pour le poste de "
        "Responsable administratif et financier H/F pour le compte de notre client, "
        "Conserverie Belle-Île. Votre profil a retenu mon attention et je souhaiterais "
        "échanger avec vous par téléphone cette semaine.\n\nMarion Dupuis\nConsultante, "
        "Hermès Conseil",
    ),
    row(
        "workday_fr_assessment",
        Status.ASSESSMENT,
        "Groupe Verlaine",
        "Responsable Paie (H/F)",
        sender="Groupe Verlaine <groupeverlaine@myworkday.com>",
        subject="Prochaine étape : test en ligne",
        body="Bonjour Claire,\n\nMerci pour votre candidature au poste de Responsable Paie "
        "(H/F). Nous vous invitons à compléter un test en ligne d'environ 30 minutes avant "
        "le 12 décembre.\n\nAccéder au test\n\nL'équipe Talents Groupe Verlaine",
    ),
    row(
        "indeed_fr_not_retained",
        Status.REJECTED,
        "Supermarchés Ducasse",
        "Chef de rayon H/F",
        sender="Indeed <noreply@indeed.com>",
        subject="Votre candidature n'a pas été retenue",
        body="Chef de rayon H/F\nSupermarchés Ducasse - Tours (37)\n\nBonjour,\n\nSupermarchés "
        "Ducasse a examiné votre candidature pour le poste de Chef de rayon H/F et a "
        "décidé de ne pas donner suite.\n\nNe vous découragez pas : de nouvelles offres "
        "sont publiées chaque jour.\n\nOffres d'emploi similaires\nManager de rayon H/F\n"
        "Hyper Loire - Blois (41)",
    ),
    row(
        "apec_recruteur_consulte",
        Status.APPLIED,
        "Grands Moulins Varenne",
        "Responsable contrôle de gestion H/F",
        sender="Apec <ne-pas-repondre@apec.fr>",
        subject="Le recruteur a consulté votre candidature",
        body="Bonjour Sophie,\n\nBonne nouvelle ! Le recruteur de Grands Moulins Varenne a "
        "consulté votre candidature à l'offre « Responsable contrôle de gestion H/F ».\n\n"
        "Suivez vos candidatures dans votre espace.\n\nL'équipe Apec",
    ),
    row(
        "francetravail_rencontre",
        Status.INTERVIEW,
        "EHPAD Les Glycines",
        "Aide-soignant (H/F)",
        sender="France Travail <ne-pas-repondre@francetravail.fr>",
        subject="Un employeur souhaite vous rencontrer",
        body="Madame,\n\nSuite à votre candidature à l'offre n° 184PLMQ « Aide-soignant (H/F) "
        "», l'entreprise EHPAD Les Glycines souhaite vous rencontrer. Merci de prendre "
        "contact avec l'employeur au 02 40 00 00 00.\n\nVotre conseiller France Travail",
    ),
    row(
        "hellowork_message",
        Status.INTERVIEW,
        "Laiterie du Bocage",
        "Technicien de maintenance H/F",
        sender="HelloWork <noreply@hellowork.com>",
        subject="Nouveau message de Laiterie du Bocage",
        body="Bonjour Julien,\n\nVous avez reçu un nouveau message de Laiterie du Bocage "
        "concernant votre candidature Technicien de maintenance H/F :\n\n« Bonjour, nous "
        "souhaiterions vous rencontrer pour un entretien le mardi 8 décembre à 14h sur "
        "notre site de Vitré. »\n\nRépondre au recruteur",
    ),
    row(
        "wttj_interview_ta",
        Status.INTERVIEW,
        "Kestrel Énergie",
        "Ingénieure data",
        sender="Kestrel Énergie <no-reply@welcometothejungle.com>",
        subject="Kestrel Énergie souhaite échanger avec toi",
        body="Hello Zoé,\n\nBonne nouvelle ! Ton profil nous a plu pour le poste Ingénieure "
        "data. Nous aimerions échanger avec toi lors d'un premier entretien en visio de 30 "
        "minutes.\n\nChoisis un créneau ici : Réserver\n\nÀ très vite,\nInès, Talent "
        "Acquisition chez Kestrel Énergie",
    ),
    row(
        "cegid_rejet",
        Status.REJECTED,
        "Mutuelle Horizon",
        "Chargé de clientèle particuliers H/F",
        sender="Mutuelle Horizon <noreply@talent-soft.com>",
        subject="Réponse à votre candidature - Chargé de clientèle particuliers H/F",
        body="Madame,\n\nNous avons bien étudié votre candidature au poste de Chargé de "
        "clientèle particuliers H/F et nous vous remercions de l'intérêt que vous portez à "
        "notre mutuelle.\n\nNous sommes toutefois au regret de vous informer que votre "
        "profil ne correspond pas aux exigences du poste.\n\nNous conservons votre CV dans "
        "notre vivier.\n\nLe service recrutement de Mutuelle Horizon",
    ),
    row(
        "taleo_fr_pourvu",
        Status.REJECTED,
        "Groupe Orlane",
        "Responsable logistique",
        sender="Groupe Orlane <orlane@taleo.net>",
        subject="Votre candidature - Responsable logistique (2600123)",
        body="Madame,\n\nNous vous informons que le poste de Responsable logistique pour lequel "
        "vous aviez postulé a été pourvu.\n\nNous vous remercions de l'intérêt porté au "
        "Groupe Orlane.\n\nLa Direction des Ressources Humaines",
    ),
    row(
        "smartrecruiters_fr_annule",
        Status.WITHDRAWN,
        "Groupe Solvane",
        "Chef de Rayon Frais",
        sender="Groupe Solvane <noreply@smartrecruiters.com>",
        subject="Mise à jour concernant le poste de Chef de Rayon Frais",
        body="Bonjour Marc,\n\nNous vous informons que le recrutement pour le poste de Chef de "
        "Rayon Frais est suspendu pour le moment. Nous ne manquerons pas de revenir vers "
        "vous si le poste venait à être réouvert.\n\nGroupe Solvane",
    ),
    row(
        "promesse_embauche",
        Status.OFFER,
        "Laiterie du Bocage",
        "Technicien de maintenance H/F",
        sender="Laiterie du Bocage <rh@laiterie-bocage.fr>",
        subject="Proposition d'embauche - Technicien de maintenance H/F",
        body="Bonjour Julien,\n\nSuite à nos échanges, nous avons le plaisir de vous proposer "
        "le poste de Technicien de maintenance H/F en CDI, à compter du 4 janvier 2027. "
        "Vous trouverez ci-joint votre promesse d'embauche.\n\nBien cordialement,\nService "
        "RH - Laiterie du Bocage",
    ),
    row(
        "cabinet_presente",
        Status.INTERVIEW,
        "Conserverie Belle-Île",
        "Responsable administratif et financier H/F",
        sender="Cabinet Hermès Conseil <m.dupuis@hermes-conseil.fr>",
        subject="Point sur votre candidature",
        body="Bonjour Monsieur Lefèvre,\n\nJ'ai le plaisir de vous informer que notre client, "
        "la société Conserverie Belle-Île, souhaite vous rencontrer pour le poste de "
        "Responsable administratif et financier H/F. Pourriez-vous me communiquer vos "
        "disponibilités pour la semaine prochaine ?\n\nMarion Dupuis\nHermès Conseil",
    ),
    row(
        "jobteaser_refus",
        Status.REJECTED,
        "Biscuiterie Ardennaise",
        "Stage - Assistant chef de projet marketing (6 mois)",
        sender="JobTeaser <noreply@jobteaser.com>",
        subject="Mise à jour de ta candidature chez Biscuiterie Ardennaise",
        body="Hello Lucas,\n\nL'entreprise Biscuiterie Ardennaise a mis à jour le statut de ta "
        "candidature pour l'offre Stage - Assistant chef de projet marketing (6 mois) : "
        "Non retenue.\n\nNe lâche rien, d'autres offres t'attendent !\n\nOffres "
        "recommandées pour toi\nStage - Chargé de communication · Mairie de Reims",
    ),
    row(
        "a_cabinet_relays_the_clients_decision_after_the_interview_with_it",
        Status.REJECTED,
        "Conserverie Belle-Île",
        None,
        sender="Marion Dupuis <m.dupuis@hermes-conseil.fr>",
        subject="Retour de notre client",
        body="Bonjour Madame Martin,\n\nJe vous remercie pour votre entretien avec Conserverie Belle-Île. "
        "Notre client a finalement retenu un autre candidat.\n\nMarion Dupuis\nHermès Conseil",
    ),
    row(
        "fr_subject_only_reject",
        Status.REJECTED,
        "Groupe Orlane",
        "Responsable marketing produit",
        sender="Groupe Orlane <orlane@taleo.net>",
        subject="Votre candidature au poste de Responsable marketing produit - Réponse négative",
        body="",
    ),
    row(
        "fr_subject_only_ack",
        Status.APPLIED,
        "Mutuelle Horizon",
        "Chargé de clientèle H/F",
        sender="Mutuelle Horizon <noreply@talent-soft.com>",
        subject="Accusé de réception de votre candidature - Chargé de clientèle H/F",
        body="",
    ),
    row(
        "teams_fr",
        Status.INTERVIEW,
        "Maison Lavande",
        "Chef de produit web H/F",
        sender="Maison Lavande <recrutement@maison-lavande.fr>",
        subject="Entretien Chef de produit web H/F - Camille Martin",
        body="Réunion Microsoft Teams\n\nRejoindre sur votre ordinateur, application mobile ou "
        "appareil de salle\nCliquez ici pour participer à la réunion\nID de la réunion : "
        "345 678 901 234\nCode secret : aB3cD4\n\nMardi 13 octobre 2026 10:00-10:45",
    ),
    row(
        "linkedin_fr_reco_chez",
        Status.APPLIED,
        "Octave Santé",
        "Product Marketing Manager",
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Camille, votre candidature a été envoyée à Octave Santé",
        body="Votre candidature a été envoyée à Octave Santé\n\nProduct Marketing Manager\n"
        "Octave Santé · Lyon\n\nD'autres personnes ont aussi postulé chez Caravelle "
        "Voyages\nChef de produit web chez Caravelle Voyages · Lyon\nPostulez chez "
        "Brasserie du Canal : Responsable CRM",
    ),
    row(
        "indeed_fr_no_sentence",
        Status.APPLIED,
        "Papeterie Morin",
        "Responsable boutique H/F",
        sender="Indeed <indeedapply@indeed.com>",
        subject="Candidature envoyée : Responsable boutique H/F",
        body="Candidature envoyée\n\nResponsable boutique H/F\nPapeterie Morin\nNantes (44)\n\n"
        "Vous pouvez suivre votre candidature dans Mes emplois.\n\nLes candidats ont aussi "
        "consulté\nVendeur H/F\nBoutique Sorel - Nantes (44)",
    ),
    row(
        "fr_alternance_title",
        Status.APPLIED,
        "Biscuiterie Ardennaise",
        "Assistant marketing",
        sender="Biscuiterie Ardennaise <recrutement@biscuiterie-ardennaise.fr>",
        subject="Votre candidature en alternance - Assistant marketing",
        body="Bonjour Lucas,\n\nNous avons bien reçu votre candidature pour le poste "
        "d'Assistant marketing en alternance (rentrée septembre 2027). Nous reviendrons "
        "vers vous après les vacances.\n\nL'équipe RH",
    ),
    row(
        "fr_stage_title",
        Status.APPLIED,
        "Ville de Reims",
        "Stage Chargé de communication (6 mois)",
        sender="Mairie de Reims <recrutement@reims.fr>",
        subject="Candidature - Stage Chargé de communication (6 mois)",
        body="Bonjour,\n\nNous accusons réception de votre candidature au stage de Chargé de "
        "communication (6 mois) au sein de la Direction de la communication.\n\n"
        "Cordialement,\nService des Ressources Humaines\nVille de Reims",
    ),
    row(
        "lesjeudis_sent",
        Status.APPLIED,
        "Octave Santé",
        "Développeuse Python H/F",
        sender="LesJeudis <noreply@lesjeudis.com>",
        subject="Votre candidature a bien été envoyée",
        body="Bonjour Camille,\n\nVotre candidature au poste de Développeuse Python H/F a bien "
        "été envoyée à Octave Santé.\n\nL'équipe LesJeudis",
    ),
    row(
        "talentio",
        Status.INTERVIEW,
        "Octave Santé",
        "Développeuse Python",
        sender="talent.io <hello@talent.io>",
        subject="Octave Santé souhaite vous rencontrer",
        body="Bonjour Camille,\n\nBonne nouvelle ! Octave Santé souhaite vous rencontrer pour "
        "le poste de Développeuse Python.\n\nL'équipe talent.io",
    ),
]

NOT_APPLICATIONS = [
    pytest.param(
        "Indeed <alert@indeed.com>",
        "Data Analyst : 12 nouvelles offres à Paris (75)",
        "12 nouvelles offres correspondent à votre recherche\n\nData Analyst H/F\nBanque "
        "Hermine - Paris (75)\nPostuler simplement\n\nData Analyst confirmé\nAssurances "
        "Colbert - Paris (75)\n\nVoir toutes les offres\n\nVous recevez cet e-mail car "
        "vous avez créé une alerte emploi.",
        Kind.JOB_ALERT,
        id="indeed_alert",
    ),
    pytest.param(
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "« responsable marketing » : Maison Lavande et d'autres recrutent",
        "Vos alertes emploi\n30+ nouvelles offres pour responsable marketing à Lyon\n\n"
        "Responsable marketing digital\nMaison Lavande · Lyon (Hybride)\nPostuler "
        "facilement\n\nChef de produit web\nCaravelle Voyages · Lyon\nVoir toutes les "
        "offres",
        Kind.JOB_ALERT,
        id="linkedin_alert",
    ),
    pytest.param(
        "Welcome to the Jungle <newsletter@welcometothejungle.com>",
        "Les 10 entreprises qui recrutent cette semaine",
        "Hello Zoé,\n\nCette semaine, découvre les entreprises qui recrutent : Kestrel "
        "Énergie, Octave Santé, Brasserie du Canal...\n\nEt aussi : comment négocier son "
        "salaire en CDI ?\n\nSe désabonner",
        Kind.JOB_ALERT,
        id="wttj_newsletter",
    ),
    pytest.param(
        "Apec <offres@apec.fr>",
        "Vos nouvelles offres Apec du jour",
        "Bonjour Sophie,\n\n5 nouvelles offres correspondent à votre recherche « contrôle "
        "de gestion » :\n\nContrôleur de gestion H/F - Sucrerie Noroit - Amiens\nPostuler\n"
        "\nResponsable contrôle de gestion H/F - Grands Moulins Varenne - Paris\nPostuler\n"
        "\nModifier mes alertes",
        Kind.JOB_ALERT,
        id="apec_offres",
    ),
    pytest.param(
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Rappel : pensez à vous actualiser",
        "Madame, Monsieur,\n\nVotre période d'actualisation est ouverte jusqu'au 15 "
        "décembre. Connectez-vous à votre espace personnel pour déclarer votre situation.\n"
        "\nFrance Travail",
        Kind.OTHER,
        id="francetravail_actualisation",
    ),
    pytest.param(
        "Cadremploi <noreply@cadremploi.fr>",
        "Un recruteur a consulté votre CV",
        "Bonjour,\n\nBonne nouvelle : un recruteur a consulté votre CV cette semaine. "
        "Pensez à le mettre à jour pour augmenter votre visibilité.\n\nMettre à jour mon "
        "CV\n\nCadremploi",
        Kind.OTHER,
        id="cadremploi_cv_vu",
    ),
    pytest.param(
        "HelloWork <noreply@hellowork.com>",
        "Bienvenue sur HelloWork !",
        "Bonjour Julien,\n\nVotre compte HelloWork a bien été créé. Complétez votre profil "
        "pour recevoir des offres adaptées et postuler en un clic.\n\nL'équipe HelloWork",
        Kind.OTHER,
        id="hellowork_account",
    ),
    pytest.param(
        "Meteojob <offres@meteojob.com>",
        "3 offres compatibles à 90 % avec votre profil",
        "Bonjour Kevin,\n\nNotre matching a trouvé 3 offres pour vous :\nChauffeur SPL H/F "
        "- Logistique Breizh\nConducteur PL H/F - Transports Kerlann\nCariste H/F - "
        "Entrepôts du Léon\n\nJe postule",
        Kind.JOB_ALERT,
        id="meteojob_reco",
    ),
    pytest.param(
        "JobTeaser <events@jobteaser.com>",
        "Forum entreprises : inscris-toi au Career Day",
        "Salut Lucas,\n\nLe Career Day de ton école a lieu le 14 janvier. 40 entreprises "
        "seront présentes pour des stages et alternances.\n\nJe m'inscris",
        Kind.OTHER,
        id="jobteaser_event",
    ),
    pytest.param(
        "Julie Marchand via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Opportunité : Responsable marketing H/F - CDI Lyon",
        "Bonjour Camille,\n\nJe me permets de vous contacter au sujet d'une opportunité de "
        "Responsable marketing H/F pour l'un de nos clients, un acteur reconnu de "
        "l'agroalimentaire à Lyon. Votre parcours correspond parfaitement au profil "
        "recherché.\n\nSeriez-vous ouverte à un échange ?\n\nJulie Marchand\nConsultante, "
        "Cabinet Altaïr Recrutement",
        Kind.RECRUITER_OUTREACH,
        id="fr_inmail_outreach",
    ),
    pytest.param(
        "Thomas Lenoir <t.lenoir@altair-recrutement.fr>",
        "Proposition de poste - Directeur financier H/F",
        "Bonjour Monsieur Durand,\n\nJ'ai découvert votre profil sur l'Apec et je pense "
        "qu'il pourrait intéresser notre client, une PME industrielle en forte croissance, "
        "qui recrute son Directeur financier H/F.\n\nSeriez-vous disponible pour en "
        "discuter ?\n\nThomas Lenoir\nAltaïr Recrutement",
        Kind.RECRUITER_OUTREACH,
        id="fr_cabinet_outreach_mail",
    ),
    pytest.param(
        "Indeed <invitations@indeed.com>",
        "Un employeur vous invite à postuler : Assistante marketing H/F",
        "Bonne nouvelle ! Coopérative Agricole du Beaujolais vous invite à postuler à son "
        "offre Assistante marketing H/F à Villefranche-sur-Saône.\n\nPostuler maintenant\n"
        "\nCette invitation ne garantit pas un entretien.",
        Kind.JOB_ALERT,
        id="indeed_fr_invite",
    ),
    pytest.param(
        "Optioncarriere <alertes@optioncarriere.com>",
        "12 nouvelles offres : Développeur Python",
        "12 nouvelles offres correspondent à votre alerte « Développeur Python - Lyon »\n\n"
        "Développeur Python H/F - Octave Santé - Lyon\nDéveloppeur Backend - Caravelle "
        "Voyages - Lyon",
        Kind.JOB_ALERT,
        id="optioncarriere_alert",
    ),
    pytest.param(
        "Jobijoba <alerte@jobijoba.com>",
        "Vos offres du jour",
        "Bonjour,\n\nvoici les offres du jour correspondant à votre recherche :\nChef de "
        "projet H/F - Lyon\nResponsable marketing H/F - Villeurbanne",
        Kind.JOB_ALERT,
        id="jobijoba_alert",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), APPLICATIONS)
def test_fr_board_and_ats_mail_names_the_employer_the_sentence_names(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(("sender", "subject", "body", "kind"), NOT_APPLICATIONS)
def test_fr_board_mail_that_is_no_application(sender, subject, body, kind):
    assert extract(sender=sender, subject=subject, body=body).kind is kind
