"""French and Belgian mail (invented mail): the employer, post and status that boards, public services,
agencies and Belgian communes write.

A board forwards to "l'employeur X" or "le recruteur X" and quotes an offer after its bare number; a board
relays the employer's decision ("retenue par X"); an employer is named "au sein du X"; a display name opens
with its department ("Service RH - X"); an agency's branch signs with its town ("Adecco Lyon"), which names
no person; a client's search names the post ("l'entreprise X recherche un Y"); Belgian posts are
"fonctions" with their level in brackets, and their oral exam is an interview, their written one a test;
a shift worked ("en équipes (2x8)") or the post's state ("disponible") is no part of the post.
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

MAIL = [
    row(
        "public_service_forwards_to_the_employer_it_names_and_quotes_the_offer_after_its_number",
        Status.APPLIED,
        "Résidence Les Glycines",
        "Agent de service hospitalier (H/F)",
        sender="France Travail <ne-pas-repondre@francetravail.fr>",
        subject="Votre candidature",
        body="Bonjour,\nVotre candidature à l'offre 190QWRT « Agent de service hospitalier (H/F) » a été "
        "transmise à l'employeur Résidence Les Glycines.\n\nFrance Travail",
    ),
    row(
        "board_forwards_to_the_recruiter_it_names_before_the_offers_town",
        Status.APPLIED,
        "Menuiseries Garnier",
        "Poseur de fenêtres H/F",
        sender="HelloWork <candidature@hellowork.com>",
        subject="Candidature transmise",
        body="Bonjour Adrien,\nVotre candidature au poste de Poseur de fenêtres H/F - CDI - Rennes a bien "
        "été transmise au recruteur Menuiseries Garnier.\n\nHelloWork",
    ),
    row(
        "board_relays_the_decision_of_the_employer_it_names",
        Status.REJECTED,
        "Optique Lambert",
        "Opticien H/F",
        sender="Indeed <noreply@indeed.com>",
        subject="Mise à jour de votre candidature",
        body="Opticien H/F\nOptique Lambert - Quimper (29)\n\nMalheureusement, votre candidature n'a pas été "
        "retenue par Optique Lambert.\n\nIndeed",
    ),
    row(
        "employer_named_after_au_sein_du",
        Status.APPLIED,
        "Centre Hospitalier du Mans",
        "Secrétaire médicale",
        sender="Recrutement <emploi@ch-lemans.fr>",
        subject="Votre candidature",
        body="Madame,\nNous accusons réception de votre candidature au poste de Secrétaire médicale au sein "
        "du Centre Hospitalier du Mans.\n\nLa Direction des Ressources Humaines",
    ),
    row(
        "display_name_opens_with_the_department",
        Status.APPLIED,
        "Hôtel Les Remparts",
        "Réceptionniste",
        sender="Service RH - Hôtel Les Remparts <jobs@flatchr.io>",
        subject="Votre candidature",
        body="Bonjour Lina,\nMerci pour votre candidature au poste de Réceptionniste. Nous revenons vers "
        "vous très vite.\n\nLe service RH",
    ),
    row(
        "agency_branch_signing_with_its_town_names_the_agency_when_the_client_is_unnamed",
        Status.REJECTED,
        "Adecco",
        "Gestionnaire de paie",
        sender="Adecco <marseille@adecco.fr>",
        subject="Candidature - Gestionnaire de paie",
        body="Bonjour Yasmine,\nMerci pour l'intérêt porté à notre offre de Gestionnaire de paie. Après "
        "étude, votre candidature n'a pas été retenue par notre client.\n\nCordialement,\nAdecco Marseille",
    ),
    row(
        "agency_names_the_client_searching_and_the_post_it_searches",
        Status.INTERVIEW,
        "Salaisons du Morvan",
        "Boucher industriel H/F",
        sender="Manpower <manpower.dijon@manpower.fr>",
        subject="Votre candidature",
        body="Bonjour Kylian,\nL'entreprise Salaisons du Morvan recherche un Boucher industriel H/F pour son "
        "site d'Autun. Je vous propose un entretien téléphonique mardi à 11h.\n\nManpower Dijon",
    ),
    row(
        "belgian_fonction_keeps_its_level",
        Status.APPLIED,
        "Commune de Forest",
        "Agent(e) d'accueil (D4)",
        sender="Commune de Forest <grh@forest.brussels>",
        subject="Accusé de réception",
        body="Madame,\nNous accusons réception de votre candidature pour la fonction d'Agent(e) d'accueil "
        "(D4) au service Population.\n\nLe Bourgmestre,\nS. Lenoir",
    ),
    row(
        "belgian_oral_exam_is_an_interview",
        Status.INTERVIEW,
        "CPAS de Mons",
        "Aide-soignant(e) (C1)",
        sender="CPAS de Mons <recrutement@cpasmons.be>",
        subject="Votre candidature",
        body="Madame,\nVous êtes invitée à présenter l'épreuve orale pour le poste d'Aide-soignant(e) (C1) "
        "le mardi 7 avril à 10h.\n\nLa Directrice des Ressources Humaines",
    ),
    row(
        "shift_worked_stays_with_the_post",
        Status.APPLIED,
        "Emballages du Forez",
        "Régleur en équipes (3x8)",
        sender="Emballages du Forez <rh@emballages-forez.fr>",
        subject="Votre candidature",
        body="Bonjour,\nNous avons bien reçu votre candidature au poste de Régleur en équipes (3x8) et nous "
        "vous en remercions.\n\nEmballages du Forez",
    ),
    row(
        "posts_state_is_no_part_of_the_post",
        Status.REJECTED,
        "Fromagerie Vidal",
        "Vendeuse",
        sender="Fromagerie Vidal <contact@fromagerie-vidal.fr>",
        subject="Re: candidature",
        body="Bonjour Julie,\nMerci pour votre candidature. Nous n'avons malheureusement pas de poste de "
        "vendeuse disponible en ce moment.\n\nFromagerie Vidal",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), MAIL)
def test_french_and_belgian_mail_reads_its_status_employer_and_post(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_belgian_written_exam_is_a_test():
    result = extract(
        sender="Ville de Tournai <grh@tournai.be>",
        subject="Convocation",
        body="Madame,\nNous avons le plaisir de vous convoquer à l'épreuve écrite pour le poste d'Employé(e) "
        "administratif(ve) (D6), le 14 avril à 9h, à l'Hôtel de Ville.\n\nLe Directeur général",
    )
    assert result.status is Status.ASSESSMENT, result


def test_a_failed_oral_exam_stays_a_rejection():
    result = extract(
        sender="Ville de Tournai <grh@tournai.be>",
        subject="Votre candidature",
        body="Madame,\nNous avons le regret de vous informer que votre candidature n'a pas été retenue à "
        "l'issue de l'épreuve orale.\n\nLe Directeur général",
    )
    assert result.status is Status.REJECTED, result
