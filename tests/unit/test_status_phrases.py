"""Every status phrase is pinned: a sentence that it alone, of its group, matches (issue 22).

A phrase is one fragment of a category's list in tracker/extraction/phrases/ (en_status.py, de.toml,
fr.toml, es.toml). Most sentences elsewhere in the suite match several phrases, so deleting or narrowing
any one of them went unnoticed. Here each sentence must be matched by exactly one phrase of its category
and read as that category's status, and every phrase of these four tables must be the only match of
some sentence. A new phrase therefore needs a sentence here; a phrase no sentence can pin is one another
phrase covers (REDUNDANT, with the sentence that shows it).
"""

from __future__ import annotations

import re

import pytest

from tracker.extraction.phrases import LANGUAGES as TABLES
from tracker.extraction.status_rules import status_signals, subject_status_of
from tracker.extraction.text import prepare
from tracker.models import EmailMessage, Status

LANGUAGES = [TABLES[name] for name in ("en_status", "de", "fr", "es")]
# Body categories, with the status signal each one gives (status_rules._BODY_CATEGORIES).
BODY = {
    "CONFIRMATION": "confirmation",
    "REJECTION": "rejected",
    "WITHDRAWN": "withdrawn",
    "SEARCH_STOPPED": "search_stopped",
    "OFFER": "offer",
    "INTERVIEW": "interview",
    "ASSESSMENT": "assessment",
    "ASSESSMENT_TOOL": "assessment_tool",
}
SUBJECT = {
    "SUBJECT_REJECTION": Status.REJECTED,
    "SUBJECT_WITHDRAWN": Status.WITHDRAWN,
    "SUBJECT_OFFER": Status.OFFER,
    "SUBJECT_INTERVIEW": Status.INTERVIEW,
    "SUBJECT_ASSESSMENT": Status.ASSESSMENT,
}

PINNING_SENTENCES = {
    "CONFIRMATION": [
        "Your background check is complete.",
        "I have submitted your CV to Terranov.",
        "Thanks for applying",
        "We are reviewing the profile you sent.",
        "Candidacy submitted to Corvanta",
        "We received your application",
        "We are still reviewing applications for the role.",
        "Your CV has been forwarded.",
        "Your application reached us.",
        "Your application for the Data Engineer job was submitted!",
        "requisition you applied to",
        "You have successfully completed the questionnaire.",
        "You've completed the first step.",
        "Application received",
        "This email confirms your application.",
        "We are reviewing your qualifications and will contact you if there is a match.",
        "Your application is under review.",
        "The employer viewed your application for Data Analyst at Northwind.",
        "Your application was viewed by",
        "Applied on May 4, 2026",
        "We have received your details and will be in touch.",
        "Thanks for application to Acme.",
        "We appreciate you taking the time to apply.",
        "You have been placed on the eligible list for Office Assistant.",
        "Vielen Dank für Ihre Bewerbung.",
        "Wir haben Ihre Unterlagen erhalten und melden uns in Kürze bei Ihnen.",
        "Ihre Unterlagen sind bei uns eingegangen.",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Bewerbung erfolgreich übermittelt.",
        "Wir prüfen deine Unterlagen.",
        "Elbkontor Software hat Ihre Bewerbung als Product Owner angesehen.",
        "Ihre Bewerbung wurde von Elbkontor Software angesehen.",
        "Nous avons bien reçu votre dossier.",
        "Merci de votre candidature chez Societe Generale.",
        "Votre candidature a bien été reçue.",
        "Accusé de réception de votre candidature",
        "Nous étudions votre candidature.",
        "Hemos recibido tu candidatura",
        "Gracias por tu interés.",
        "Gracias por postularte.",
        "Tu solicitud ha sido recibida.",
        "Revisaremos tu perfil y te contactaremos pronto.",
        "Ihre Bewerbung wurde an die Fachabteilung versendet.",
        "Ihre Unterlagen werden derzeit gesichtet.",
        "Sie haben sich bei uns beworben.",
        "Folgende Dokumente wurden an Nordwind gesendet.",
        "Merci d'avoir postulé chez nous.",
        "Nous accusons réception de votre dossier.",
        "Nous confirmons la bonne réception de votre dossier.",
        "Te postulaste al aviso.",
        "Le confirmamos la recepción de su currículum.",
        "Acuse de recibo",
        "Vous avez bien postulé à l'offre.",
        "Votre candidature a été consultée.",
        "Le recruteur a consulté votre candidature.",
        "Les documents suivants ont été envoyés.",
        "Te has inscrito en la oferta.",
        "Tu solicitud ha sido vista.",
        "Tu CV ha sido leído.",
        "Los elementos siguientes se enviaron.",
        "Has postulado a la vacante.",
    ],
    "REJECTION": [
        "We have decided to explore other options for this role.",
        "You were not among the finalists.",
        "The role has now been offered to someone else.",
        "Your application did not progress to the next stage.",
        "We've decided to close out your candidacy.",
        "The panel has recommended another candidate for appointment.",
        "This time we're going to pass, but let's stay in touch.",
        "Thank you for your time, but we are moving in a different direction.",
        "We won't be taking your application further.",
        "We've decided to pass on your application.",
        "We went with a candidate whose experience was a closer fit.",
        "In the end we went with someone else for this role.",
        "The team has decided to move forward with someone else.",
        "We have decided to close your application.",
        "We are no longer considering your application.",
        "We decided to focus on candidates with more experience.",
        "We have decided to hire from within.",
        "The hiring team filled that vacancy last week.",
        "We are not moving forward.",
        "Unfortunately we won't be moving forward with your application.",
        "move forward with other candidates",
        "The team selected another applicant.",
        "We have identified a candidate for the role.",
        "We chose individuals whose experience is better suited.",
        "Not selected.",
        "We are unable to invite you to the next stage.",
        "We won't offer you the job.",
        "We regret to inform you of the outcome.",
        "We regret that this was not the news you hoped for.",
        "I am sorry to tell you the outcome.",
        "We wanted to let you know that the position has been filled.",
        "We have decided to keep your resume on file.",
        "The job you applied for (Data Analyst) was filled.",
        "We have already filled all openings.",
        "The vacancy got filled with an internal hire.",
        "We have closed the posting.",
        "It is not the right match for this role.",
        "We did not find a good fit.",
        "Your application is no longer being considered.",
        "There will be no further consideration of your application.",
        "We are no longer accepting applications for this role.",
        "We wanted to let you know that we have extended an offer to another candidate.",
        "You were not the most competitive applicant.",
        "You are not the most qualified candidate.",
        "We were unable to find a match.",
        "The successful candidate has been appointed.",
        "We gave the position to someone else.",
        "The job was given to someone internal.",
        "We won't be arranging any further interviews.",
        "The role you applied for is no longer available.",
        "We decided to continue with the preferred candidate.",
        "We will fill the position with an internal hire.",
        "We elected to hire someone else.",
        "We will hire internally.",
        "We have concluded our search and have selected a finalist.",
        "The selection process was completed with another applicant chosen.",
        "It does not fully meet the requirements.",
        "Your background did not really align with the role.",
        "We are going in a direction that better fits our roadmap.",
        "We have decided to go in a different direction.",
        "We made the decision to not continue.",
        "Your application for the Store Manager role was unsuccessful on this occasion.",
        "You were unsuccessful this time.",
        "We will not be inviting you to interview.",
        "We are not extending an offer at this time.",
        "The panel elected not to shortlist your profile.",
        "We decided to focus on other profiles.",
        "We are not progressing your application.",
        "We don't have any roles that are a good fit.",
        "While your background is impressive, we don't feel you are the right fit for this role.",
        "We don't see a strong fit.",
        "We did not select you for this role.",
        "Other applicants were more closely aligned.",
        "We will go with the candidates who interviewed earlier.",
        "Unfortunately, the role went to another candidate.",
        "Leider können wir Ihnen keine Zusage geben.",
        "Heute hat die Firma Huber deine Bewerbung für Bautechniker abgelehnt.",
        "Wir müssen Ihnen mitteilen, dass wir anders entschieden haben.",
        "Wir senden Ihnen eine Absage.",
        "Wir werden Ihre Bewerbung nicht weiter berücksichtigen.",
        "Die Stelle ist bereits vergeben.",
        "Wir haben keine positive Nachricht.",
        "Nous avons le regret de vous informer de notre décision.",
        "Nous ne pouvons pas donner suite.",
        "Nous allons poursuivre avec un autre candidat.",
        "Le poste a déjà été pourvu.",
        "Wir geben anderen Kandidaten den Vorzug.",
        "Wir haben uns gegen Ihre Bewerbung entschieden.",
        "Nous avons fait un autre choix.",
        "Status: Abgelehnt",
        "Statut : Non retenu",
        "Ils ont mis à jour le statut de ta candidature pour l'offre Stage marketing : Non retenue",
        "Estado: Descartado",
        "Elegimos a alguien cuyo perfil encaja mejor.",
        "Nos hemos decantado por otra persona.",
        "No podemos ofrecerte el puesto.",
        "Nous avons privilégié des candidats plus expérimentés.",
        "Nous ne retiendrons pas votre dossier.",
        "Nous sommes dans l'impossibilité d'y répondre favorablement.",
        "Nous sommes dans l'impossibilité de donner suite à votre demande.",
        "Votre démarche n'a pas abouti.",
        "Nous vous adressons une réponse négative.",
        "Lamentamos informarte que no seguirás en el proceso.",
        "No has sido seleccionado.",
        "Hemos decidido avanzar con otros candidatos.",
        "No continuaremos con tu candidatura.",
        "Desafortunadamente, no es posible.",
        "La vacante ya fue cubierta.",
        "Wir müssen leider absagen.",
        "Daher sagen wir Ihnen heute ab.",
        "Sie sind nicht in die engere Auswahl gekommen.",
        "Wir haben uns für einen anderen Bewerber in diesem Verfahren entschieden.",
        "Wir haben uns zugunsten einer anderen Kandidatin entschieden.",
        "Wir haben uns für eine Kandidatin mit viel Erfahrung entschieden.",
        "Wir haben beschlossen, mit anderen Kandidaten fortzufahren.",
        "Wir haben entschieden, einen anderen Bewerber einzustellen.",
        "Andere Bewerber haben mehr Erfahrung.",
        "Ein Profil, das besser zur Stelle passte.",
        "Wir haben uns anderweitig entschieden.",
        "Zu unserem Bedauern ist die Entscheidung gefallen.",
        "Wir haben eine Entscheidung gegen Sie getroffen.",
        "Die Position ist nicht mehr verfügbar.",
        "Wir können Ihnen kein Angebot machen.",
        "Bedauerlicherweise ist es diesmal nicht gelungen.",
        "Diesmal hat es nicht geklappt.",
        "Ihr Profil wird nicht ganz zu dieser Rolle passen.",
        "Wir wünschen Ihnen alles Gute für Ihren weiteren Weg.",
        "Für Ihren weiteren Berufsweg wünschen wir Ihnen alles Gute.",
        "Nous avons décidé de ne pas retenir votre profil.",
        "Il n'y aura pas de suite à votre candidature.",
        "Nous ne donnerons pas suite.",
        "Vous n'avez pas été sélectionnée.",
        "Nous n'avons pas pu donner une réponse positive.",
        "D'autres candidats plus expérimentés ont été reçus.",
        "Nous avons choisi un autre profil.",
        "Votre parcours ne correspond pas au poste.",
        "Nous ne sommes pas en mesure de vous proposer ce poste.",
        "Nous préférons ne pas aller plus loin.",
        "Malheureusement, il n'y a aucune place.",
        "Aucune suite favorable ne peut être donnée.",
        "Bonne continuation dans vos recherches.",
        "Tu perfil ha sido descartado.",
        "Hemos descartado tu candidatura.",
        "Hemos seleccionado a otro candidato.",
        "Desgraciadamente no hay buenas noticias.",
        "Otros candidatos tienen un perfil más ajustado.",
        "Tu perfil no encaja con el puesto.",
        "No podemos continuar con tu candidatura.",
        "Te deseamos éxito en tu búsqueda.",
    ],
    "WITHDRAWN": [
        "The hiring manager decided to close this requisition without filling it.",
        "We have paused hiring for the position.",
        "We decided not to move forward with hiring for this role.",
        "Due to budget changes the role is no longer available.",
        "Thanks for letting us know you accepted another offer.",
        "We have had to rescind the offer.",
        "We have received your decision to decline.",
        "Unfortunately the role has been closed and will not be filled.",
        "I've withdrawn your application for the",
        "Nettlefield Energy has placed the Grid Analyst (41233) requisition on hold.",
        "This email confirms that you have withdrawn your application for",
        "Your application has been withdrawn",
        "We have processed your withdrawal.",
        "Following the withdrawal of your application, your profile is archived.",
        "You have elected to withdraw.",
        "You have chosen not to proceed.",
        "Thanks for letting us know that you'd like to withdraw.",
        "We have received your request to withdraw.",
        "As we haven't heard back from you, we have closed your application.",
        "We noticed you declined our interview invitation.",
        "Please note that the requisition for Field Planner has been cancelled.",
        "The employer cancelled the opening or put it on hold.",
        "The company announced a hiring freeze.",
        "The team decided not to hire anyone.",
        "The recruitment process has been suspended.",
        "We decided not to backfill the role.",
        "The job announcement for Budget Analyst with the Internal Revenue Service has been cancelled.",
        "No selection will be made from this list.",
        "Die Stelle wurde zurückgezogen.",
        "Die Stelle als Disponent (m/w/d) wird aus betrieblichen Gründen vorerst nicht besetzt.",
        "Ihre Bewerbung wurde zurückgezogen.",
        "Le recrutement est suspendu.",
        "El proceso ha sido cancelado.",
        "Has retirado tu candidatura.",
        "Wir bestätigen den Rückzug Ihrer Bewerbung.",
        "Wir teilen Ihnen mit, dass die Stelle nicht besetzt wird.",
        "Die Position wird vorerst nicht besetzt.",
        "Der Auswahlprozess wurde gestoppt.",
        "Vous avez retiré votre candidature.",
        "Nous avons pris en compte votre désistement.",
        "Confirmamos la retirada de tu candidatura.",
    ],
    "SEARCH_STOPPED": [
        "We are no longer recruiting for this position.",
        "We have stopped interviewing new candidates.",
        "The posting is no longer active.",
        "Die Stelle wird nicht mehr besetzt werden.",
        "Nous ne recrutons plus pour ce poste.",
    ],
    "OFFER": [
        "Please find attached your contract of employment.",
        "Please complete the form as part of your conditional offer.",
        "We're glad you have accepted our offer.",
        "The revised offer letter is attached.",
        "Your offer expires on Friday.",
        "As a new hire, please complete your forms.",
        "The hiring team has now extended an offer for the role.",
        "Congratulations! We'd love to have you join Orvalis as our next Data Analyst.",
        "We are happy to confirm our verbal offer in writing.",
        "Please review and sign the attached contract.",
        "Congratulations on your new role!",
        "We'd like to move forward with an offer.",
        "Great news: the team would like to extend you an offer for the Analyst role!",
        "We are delighted to extend an offer for the position.",
        "I would like to offer you this opportunity.",
        "We are not able to offer you the role at this time.",
        "Hi Alex, as discussed, please find your offer letter for the",
        "An offer of employment.",
        "Congratulations on your offer!",
        "Review your offer",
        "You have been selected for the Data Engineer role.",
        "Anbei Ihr Vertragsangebot.",
        "Anbei finden Sie den Arbeitsvertrag.",
        "Wir geben Ihnen die Zusage für die Stelle.",
        "Voici votre promesse d'embauche.",
        "Nous avons le plaisir de vous proposer le poste.",
        "Vous trouverez la lettre d'offre ci-jointe.",
        "Adjuntamos la carta de oferta.",
        "Tenemos una oferta de empleo para ti.",
        "Wir freuen uns, Ihnen eine Zusage zu geben.",
        "Wir haben uns für Sie entschieden.",
        "Gerne möchten wir Ihnen diese Position anbieten.",
        "Wir möchten Ihnen gerne ein Angebot unterbreiten.",
        "Nous souhaitons vous proposer un CDI.",
        "Nos complace hacerte una oferta.",
        "Queremos ofrecerte un contrato.",
    ],
    "INTERVIEW": [
        "The hiring manager wants to meet you.",
        "Below are the details for your video call with Priya.",
        "You have been selected for the Discovery Centre on 20 January.",
        "Can we push our call to Thursday?",
        "¿Tienes disponibilidad esta semana?",
        "Querría tener una llamada contigo.",
        "Nos gustaría conocerte.",
        "Wir müssen das Telefonat leider verschieben.",
        "Reserva un hueco en mi agenda.",
        "Please confirm your attendance at the Superday.",
        "Thank you for taking the time to interview.",
        "Do you have some time for a quick call this week?",
        "Our client would like to interview you.",
        "Please let me know a few times that work for you.",
        "Can we find a time to talk next week?",
        "We would like to get to know you better in a video call.",
        "Looking forward to speaking with you on Thursday.",
        "Here is the Zoom link for our call tomorrow.",
        "You have progressed to the final stage.",
        "Your next step is a 45-minute conversation with the team lead.",
        "Which of these times would work?",
        "Here is the prep guide for your onsite.",
        "The team would like you back for the final round on",
        "We are moving you ahead for a conversation.",
        "We are inviting you for an onsite.",
        "This is a reminder of your upcoming interview for the Data Analyst position on Tuesday.",
        "Unfortunately the hiring manager is travelling, so we need to reschedule your interview.",
        "We'd like to invite you to an interview.",
        "Please schedule your interview.",
        "Interview invitation",
        "Your interview is now confirmed.",
        "Your interview for the Backend Engineer position has been scheduled for Tuesday at 10:00.",
        "Please share your availability.",
        "Acme: pick a time for your interview",
        "The hiring manager would love to speak with you.",
        "We can connect with you via phone.",
        "Phone Screen (",
        "goodtime.io",
        "We are advancing you into the next stage.",
        "You have been shortlisted.",
        "The next step is a phone call.",
        "Would you be available for a call with the team?",
        "Are you free Thursday afternoon?",
        "Want to grab a virtual coffee next week?",
        "Einladung zum Gespräch",
        "Wir möchten ein Telefoninterview vereinbaren.",
        "Nous confirmons votre entretien.",
        "Nous souhaitons vous inviter à un échange.",
        "Nous aimerions planifier un appel.",
        "Un échange téléphonique est prévu.",
        "¡Postúlate hoy y consigue una entrevista!",
        "Queremos invitarte a una llamada.",
        "Nos gustaría agendar una reunión.",
        "Ihr Gesprächspartner ist Frau Weber.",
        "Wir würden Sie gerne kennenlernen.",
        "Wir möchten Sie persönlich kennenlernen.",
        "Im Rahmen eines Telefonats besprechen wir die Details.",
        "Wir laden Sie herzlich zu einem Gespräch ein.",
        "Wir möchten Sie zu einem Austausch einladen.",
        "Bitte wählen Sie einen Termin für ein kurzes Telefonat.",
        "Wir sehen uns zum vereinbarten Termin.",
        "Darf ich Ihnen einen Termin vorschlagen?",
        "Ihr Interview am Montag.",
        "Zur Terminabstimmung antworten Sie bitte auf diese E-Mail.",
        "Ich würde Sie in einem kurzen Telefonat kennenlernen.",
        "L'entreprise EHPAD Les Glycines souhaite vous rencontrer.",
        "Wann passt es Ihnen diese Woche?",
        "Termin: Kennenlerngespräch Accountant (m/w/d)",
        "Rappel : entretien téléphonique demain.",
        "Nous aimerions vous rencontrer.",
        "Merci de nous indiquer vos disponibilités.",
        "Vous trouverez votre convocation ci-jointe.",
        "Nous serions ravis de discuter avec vous.",
        "Indícanos tu disponibilidad.",
    ],
    "ASSESSMENT": [
        "The next step in our process will be a short assignment.",
        "Please complete a short work sample.",
        "There is a pre-screening questionnaire.",
        "invites you to take a Codility test",
        ": technical exercise",
        "a short on-demand video interview on HireVue",
        "The team requests candidates to complete a questionnaire.",
        "You have been invited to complete a HireVue video interview for your application.",
        "Record your answers when ready.",
        "You are invited to sit the written examination on 14 March.",
        "Bitte bearbeiten Sie die Programmieraufgabe bis Freitag.",
        "Merci de compléter le test en ligne.",
        "Vous recevrez un cas pratique.",
        "Te enviamos una prueba técnica.",
        "Te enviamos un caso práctico.",
    ],
    "ASSESSMENT_TOOL": [
        "hirevue.com",
    ],
    "SUBJECT_REJECTION": [
        "Not selected.",
        "Application status: closed",
        "Position Filled: Middle School Math Teacher",
        "Unfortunately - Terranov application",
        "Absage",
        "Réponse négative",
        "Candidature non retenue",
        "Refus",
        "Candidatura descartada",
        "No seleccionado para el puesto",
    ],
    "SUBJECT_WITHDRAWN": [
        "Your application has been withdrawn",
    ],
    "SUBJECT_OFFER": [
        "Offer letter –",
        "Ihr Vertragsangebot",
        "Proposition d'embauche",
        "Carta oferta",
    ],
    "SUBJECT_INTERVIEW": [
        "Data Engineer - Round 2",
        "Hiring manager chat",
        "Phone Screen (",
        "Convocation à un entretien",
        "¡Postúlate hoy y consigue una entrevista!",
        "Vorstellungsgespräch bei Nordwind",
    ],
    "SUBJECT_ASSESSMENT": [
        "Acme has invited you to take a quiz",
        "Complete your questionnaire",
        "Engineering challenge",
        "hirevue.com",
        "Eignungstest",
        "Test technique",
        "Prueba técnica",
        "Étude de cas",
    ],
}

# Phrases another phrase of the same category always covers: deleting one changes nothing.
REDUNDANT = {
    r"\bwe've got your application": "We've got your application.",
    r"\bwe (?:are|were) not able to offer you\b": "We are not able to offer you a place.",
    r"\b(?:putting|placing|put|placed) (?:the|this|that|our) (?:\w+ )?(?:position|role|requisition|search|"
    r"opening|posting|vacancy|hiring) on hold": "We are putting the search on hold.",
    r"\bne (?:pas |pouvons pas )?(?:donner|pouvons donner) (?:une suite|suite) favorable": (
        "Nous ne pouvons pas donner une suite favorable."
    ),
    r"\bne sera pas retenue?": "Votre profil ne sera pas retenu.",
}


def phrases_of(category: str) -> list[str]:
    return [fragment for language in LANGUAGES for fragment in language.fragments(category)]


def lowered(sentence: str):
    return prepare(EmailMessage("m1", subject=sentence, body=sentence))


def matching(category: str, sentence: str) -> list[str]:
    text = lowered(sentence).body_lower
    return [fragment for fragment in phrases_of(category) if re.search(fragment, text)]


TABLE = [
    pytest.param(category, sentence, id=f"{category.lower()}-{number}")
    for category, sentences in PINNING_SENTENCES.items()
    for number, sentence in enumerate(sentences)
]


@pytest.mark.parametrize(("category", "sentence"), TABLE)
def test_the_sentence_is_matched_by_one_phrase_of_its_category_and_read_as_its_status(category, sentence):
    assert len(matching(category, sentence)) == 1, matching(category, sentence)
    email = lowered(sentence)
    if category in SUBJECT:
        assert subject_status_of(email.subject_lower) is SUBJECT[category]
    else:
        signals = status_signals(email.body_lower, email.body_hits)
        # A one-way video interview reads as an assessment (status_rules._is_recorded_interview).
        assert signals.has(BODY[category]) or (category == "INTERVIEW" and signals.has("assessment"))


@pytest.mark.parametrize("language", ["en_status", "de", "fr", "es"])
@pytest.mark.parametrize("category", [*BODY, *SUBJECT])
def test_every_status_phrase_is_the_only_match_of_some_sentence(category, language):
    pinned = {tuple(matching(category, s)) for s in PINNING_SENTENCES.get(category, [])}
    fragments = TABLES[language].fragments(category)
    unpinned = [f for f in fragments if (f,) not in pinned and f not in REDUNDANT]
    assert not unpinned, f"add a sentence to PINNING_SENTENCES[{category!r}] for each of {unpinned}"


@pytest.mark.parametrize(
    ("phrase", "sentence"), REDUNDANT.items(), ids=[f"redundant-{n}" for n in range(len(REDUNDANT))]
)
def test_a_redundant_phrase_is_covered_by_another_of_its_category(phrase, sentence):
    (category,) = [c for c in [*BODY, *SUBJECT] if phrase in phrases_of(c)]
    found = matching(category, sentence)
    assert phrase in found and len(found) > 1


@pytest.mark.parametrize(
    "sentence",
    ["Te enviamos un caso práctico.", "Ti invieremo un caso studio.", "Enviaremos um estudo de caso."],
    ids=["es", "it", "pt"],
)
def test_a_case_study_is_an_assessment_though_portuguese_caso_can_mean_if(sentence):
    email = lowered(sentence)
    assert status_signals(email.body_lower, email.body_hits).has("assessment")


def test_portuguese_caso_as_if_still_hedges():
    email = lowered("Caso tenha dúvidas, enviaremos um estudo de caso.")
    assert not status_signals(email.body_lower, email.body_hits).has("assessment")
