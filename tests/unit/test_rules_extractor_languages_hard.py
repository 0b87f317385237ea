"""Harder mail in six languages: relaying job boards, agencies, people in the text, kinds, titles' tags."""

import pytest

from tests.extraction_support import extract
from tests.unit.test_rules_extractor_languages import (
    ALERT,
    APP,
    APPLIED,
    ASSESSMENT,
    INTERVIEW,
    NOBODY,
    OFFER,
    OTHER,
    OUTREACH,
    REJECTED,
    WITHDRAWN,
    case,
    check,
)
from tracker.extraction.greeted_names import greeting_names
from tracker.extraction.signature_employers import signature_employers
from tracker.extraction.text import prepare
from tracker.extraction.title_cleaning import clean_title
from tracker.models import EmailMessage, Status
from tracker.names import same_company

# Harder mail: job boards that relay, agencies, people in the text, tutoiement, subject-only news.
# fmt: off
HARD = [
    case(
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Ta candidature chez Maison Dupré",
        "Bonjour Camille,\nMalheureusement, l'entreprise Maison Dupré a décidé de ne pas donner suite à ta "
        "candidature pour le poste de Chargée de communication.\nNe te décourage pas !",
        APP, REJECTED, "Maison Dupré", "Chargée de communication", "fr job board relays a rejection",
    ),
    case(
        "Recrutement Ondine <recrutement@ondine.fr>",
        "Suite de votre candidature",
        "Bonjour Léa,\nSuite à notre entretien, nous avons le regret de vous informer que nous avons retenu "
        "un autre candidat.",
        APP, REJECTED, "Ondine", None, "fr rejection after an interview",
    ),
    case(
        "Sophie Marchand <s.marchand@cabinet-orion.fr>",
        "Votre candidature",
        "Bonjour Madame Martin,\nJe reviens vers vous concernant le poste de Contrôleur de gestion H/F chez "
        "notre client, Groupe Lenoir. Malheureusement, le client a retenu une autre candidature.\n"
        "Bien cordialement,\nSophie Marchand\nConsultante\nCabinet Orion",
        APP, REJECTED, "Groupe Lenoir", "Contrôleur de gestion H/F", "fr agency names its client",
    ),
    case(
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde versendet",
        "Hallo Lena,\nIhre Bewerbung als Controller (m/w/d) wurde erfolgreich an Bergmann Maschinenbau GmbH "
        "übermittelt.\n\nÄhnliche Jobs\nFinanzbuchhalter (m/w/d)\nKrause AG · Köln",
        APP, APPLIED, "Bergmann Maschinenbau", "Controller (m/w/d)", "de job board sent to employer",
    ),
    case(
        "Recruiting <bewerbung@ostwind-energie.de>",
        "Ihre Bewerbung",
        "Sehr geehrte Frau Dr. Neumann,\nvielen Dank für Ihre Bewerbung bei der Ostwind Energie GmbH. Wir "
        "melden uns in Kürze bei Ihnen.",
        APP, APPLIED, "Ostwind Energie", None, "de greeting names the recipient",
    ),
    case(
        "Lumen Labs GmbH <jobs@lumen-labs.jobs.personio.de>",
        "Einladung zum Kennenlernen",
        "Hallo Tim,\nwir würden dich gerne zu einem ersten Kennenlernen per Video einladen. "
        "Gesprächspartnerin: Frau Samira Koch, Head of Engineering.\nViele Grüße\nLumen Labs GmbH",
        APP, INTERVIEW, "Lumen Labs", None, "de interviewer is no employer",
    ),
    case(
        "Bewerbermanagement <karriere@rheinhafen.de>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "",
        APP, APPLIED, None, None, "de subject-only confirmation",
    ),
    case(
        "Talent Team <jobs@nordkap.example>",
        "Ihre Bewerbung",
        "Hallo Alex,\nwir haben uns für eine:n andere:n Kandidat:in entschieden.",
        APP, REJECTED, None, None, "de gender-neutral rejection",
    ),
    case(
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tu solicitud se ha enviado a Grupo Marea",
        "Tu solicitud se ha enviado a Grupo Marea\nContable Senior\nGrupo Marea · Valencia",
        APP, APPLIED, "Grupo Marea", None, "es linkedin confirmation",
    ),
    case(
        "InfoJobs <noreply@infojobs.net>",
        "Actualización de tu candidatura",
        "Hola Marta,\nLa empresa Construcciones Ebro ha descartado tu candidatura para la oferta Jefe de "
        "Obra.",
        APP, REJECTED, "Construcciones Ebro", "Jefe de Obra", "es infojobs discarded",
    ),
    case(
        "Vagas <noreply@gupy.io>",
        "Candidatura enviada",
        "Olá Ana,\nSua candidatura foi enviada para a Lumina Tecnologia. Boa sorte!",
        APP, APPLIED, "Lumina Tecnologia", None, "pt sent to employer",
    ),
    case(
        "Indeed <noreply@indeed.com>",
        "Sollicitatie verzonden",
        "Je sollicitatie is verzonden naar Van Dijk Installaties.\nMonteur Elektrotechniek\nVan Dijk "
        "Installaties · Eindhoven",
        APP, APPLIED, "Van Dijk Installaties", None, "nl indeed sent to employer",
    ),
    case(
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Assistant administratif H/F",
        "Les éléments suivants ont été envoyés à Cabinet Lemaire. Bonne chance !\nCV\nLettre de motivation",
        APP, APPLIED, "Cabinet Lemaire", "Assistant administratif H/F", "fr indeed items sent",
    ),
    case(
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Votre candidature a été consultée par Maison Dupré",
        "Votre candidature a été consultée par Maison Dupré.\nChargée de communication\nMaison Dupré · Paris",
        APP, APPLIED, "Maison Dupré", None, "fr application viewed",
    ),
    case(
        "Personalabteilung Falkenberg Bau <personal@falkenberg-bau.de>",
        "Ihre Bewerbung als Bauleiterin",
        "Sehr geehrte Frau Kaya,\nnach den Gesprächen freuen wir uns, Ihnen mitteilen zu können, dass wir "
        "Ihnen die Stelle gerne anbieten möchten.",
        APP, OFFER, "Falkenberg Bau", "Bauleiterin", "de offer without the word",
    ),
    case(
        "Nordlicht Software GmbH <jobs@nordlicht.jobs.personio.de>",
        "Eingangsbestätigung",
        "Hallo Jonas,\nvielen Dank für deine Bewerbung. Ausgewählte Bewerber:innen laden wir anschließend zu "
        "einem Vorstellungsgespräch ein.",
        APP, APPLIED, "Nordlicht Software", None, "de process described, not an invitation",
    ),
    case(
        "Recrutement Ondine <recrutement@ondine.fr>",
        "Accusé de réception",
        "Bonjour Léa,\nNous avons bien reçu votre candidature. Les candidats retenus seront contactés "
        "pour un entretien.",
        APP, APPLIED, "Ondine", None, "fr process described",
    ),
    case(
        "Selección Ejemplar <seleccion@ejemplar.es>",
        "Hemos recibido tu candidatura",
        "Hola Marta,\nGracias por tu candidatura. Los candidatos seleccionados serán invitados a una "
        "entrevista.",
        APP, APPLIED, "Ejemplar", None, "es process described",
    ),
    case(
        "Teamtailor <no-reply@teamtailor.com>",
        "Merci pour ta candidature !",
        "Salut Camille !\nMerci pour ta candidature au poste de Product Designer. On revient vers toi très "
        "vite.\nL'équipe Pixelune",
        APP, APPLIED, "Pixelune", "Product Designer", "fr teamtailor, tutoiement and team sign-off",
    ),
    case(
        "Werving Zuidkust <werving@zuidkust.nl>",
        "Je sollicitatie bij Zuidkust",
        "Beste Sanne,\nHartelijk dank voor je interesse in de functie Data Analist. Na zorgvuldige "
        "overweging hebben we besloten om je niet uit te nodigen voor een gesprek.",
        APP, REJECTED, "Zuidkust", None, "nl not invited is a rejection",
    ),
    case(
        "Workday <telefonica@myworkday.com>",
        "Gracias por tu candidatura",
        "Hola Marta,\nGracias por tu interés en Telefónica. Hemos recibido tu candidatura para el puesto de "
        "Ingeniera de Datos y la revisaremos pronto.",
        APP, APPLIED, "Telefónica", "Ingeniera de Datos", "es title ends at the next clause",
    ),
    case(
        "Risorse Umane <hr@esempio.it>",
        "Esito candidatura",
        "Gentile Luca,\nla ringraziamo per l'interesse. Purtroppo la sua candidatura per la posizione di "
        "Progettista Meccanico non è stata selezionata.",
        APP, REJECTED, None, "Progettista Meccanico", "it title ends before the verb",
    ),
    case(
        "Anna Berger",
        "Einladung zum Vorstellungsgespräch",
        "Hallo Tim,\nwir laden Sie herzlich zu einem Vorstellungsgespräch am Montag ein. Bitte melden Sie "
        "sich beim Empfang. Bei Unklarheiten rufen Sie mich an.\nViele Grüße\nAnna Berger",
        APP, INTERVIEW, NOBODY, None, "de nouns after bei name no employer",
    ),
    case(
        "HelloWork <candidature@hellowork.com>",
        "Votre candidature a bien été transmise",
        "Bonjour Camille,\nVotre candidature au poste de Comptable H/F a bien été transmise à l'entreprise "
        "Cabinet Lemaire.\nL'équipe HelloWork",
        APP, APPLIED, "Cabinet Lemaire", "Comptable H/F", "fr job board names the employer, not itself",
    ),
    case(
        "Indeed <noreply@indeed.com>",
        "Nouvelle mise à jour de votre candidature",
        "Maison Dupré a consulté votre candidature pour le poste de Data Analyst.",
        APP, APPLIED, "Maison Dupré", "Data Analyst", "fr application viewed by the employer",
    ),
    case(
        "Maison Dupré <recrutement@maisondupre.fr>",
        "Suite à votre candidature",
        "Madame,\nNous accusons réception de votre candidature et vous en remercions.\nVotre profil a retenu "
        "toute notre attention ; toutefois, nous ne sommes pas en mesure d'y donner une suite favorable.\n"
        "Nous vous prions d'agréer, Madame, nos salutations distinguées.",
        APP, REJECTED, "Maison Dupré", None, "fr formal rejection",
    ),
    case(
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« Data Analyst » : Maison Dupré recrute",
        "Vos alertes emploi\nData Analyst\nMaison Dupré · Paris\nPostuler facilement\nBusiness Analyst\n"
        "Banque Rivage · Lyon\nVoir toutes les offres",
        ALERT, name="fr linkedin alert",
    ),
    case(
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Le Bulletin : 5 conseils pour négocier ton salaire",
        "Cette semaine dans le Bulletin : nos conseils pour préparer ton entretien et négocier ton salaire.\n"
        "Se désabonner",
        OTHER, name="fr job board newsletter",
    ),
    case(
        "karriere.at <noreply@karriere.at>",
        "Deine Bewerbung wurde erfolgreich versendet",
        "Hallo Tim,\ndeine Bewerbung als Buchhalter (m/w/d) bei Alpenblick Hotels GmbH wurde erfolgreich "
        "versendet.\nViel Erfolg!\nDein karriere.at Team",
        APP, APPLIED, "Alpenblick Hotels", "Buchhalter (m/w/d)", "at job board names the employer",
    ),
    case(
        "Personio <jobs@lumen-labs.jobs.personio.de>",
        "Deine Bewerbung bei Lumen Labs",
        "Hi Tim,\nvielen Dank für dein Interesse an Lumen Labs. Leider müssen wir dir mitteilen, dass wir "
        "uns entschieden haben, mit anderen Kandidat*innen weiterzumachen.\nBeste Grüße\nDas Lumen Labs Team",
        APP, REJECTED, "Lumen Labs", None, "de personio rejection",
    ),
    case(
        "Lumen Labs <jobs@lumen-labs.jobs.personio.de>",
        "Deine Bewerbung",
        "Hallo Tim,\nals nächsten Schritt möchten wir dich bitten, eine kleine Programmieraufgabe zu lösen.",
        APP, ASSESSMENT, "Lumen Labs", None, "de coding task",
    ),
    case(
        "Lumen Labs <jobs@lumen-labs.jobs.personio.de>",
        "Rücknahme deiner Bewerbung",
        "Hallo Tim,\nwir bestätigen hiermit, dass du deine Bewerbung zurückgezogen hast. Alles Gute!",
        APP, WITHDRAWN, "Lumen Labs", None, "de withdrawal confirmed",
    ),
    case(
        "Lumen Labs <jobs@lumen-labs.jobs.personio.de>",
        "Deine Bewerbung",
        "Hallo Tim,\nleider müssen wir dir mitteilen, dass die ausgeschriebene Stelle nicht mehr besetzt "
        "wird.",
        APP, WITHDRAWN, "Lumen Labs", None, "de post no longer filled",
    ),
    case(
        "Karriereportal <noreply@karriere.example>",
        "Ihr Kandidatenkonto",
        "Hallo Max,\nIhr Kandidatenkonto wurde erstellt. Sie können sich jetzt mit Ihrem Passwort anmelden.",
        OTHER, name="de candidate account",
    ),
    case(
        "Recrutement Ondine <recrutement@ondine.fr>",
        "Finalisez votre candidature",
        "Bonjour Léa,\nVous avez commencé une candidature. Finalisez votre candidature en quelques clics.",
        OTHER, name="fr unfinished application",
    ),
]
# fmt: on


@pytest.mark.parametrize(("sender", "subject", "body", "kind", "status", "company", "title"), HARD)
def test_harder_mail(sender, subject, body, kind, status, company, title):
    check(extract(body, subject, sender), kind, status, company, title)


# What kind of mail it is, in each language: cold outreach, alerts and digests, newsletters.
# fmt: off
KINDS = [
    case(
        "Jana Roth <j.roth@roth-personalberatung.de>",
        "Spannende Position als Teamleiter IT",
        "Hallo Herr Brandt,\nich bin auf Ihr Profil bei XING aufmerksam geworden. Für unseren Kunden, ein "
        "Familienunternehmen in München, suche ich einen Teamleiter IT. Hätten Sie Interesse an einem kurzen "
        "Austausch?\nBeste Grüße\nJana Roth",
        OUTREACH, name="de headhunter",
    ),
    case(
        "Paul Girard <p.girard@cabinet-azur.fr>",
        "Opportunité Responsable Logistique",
        "Bonjour Madame Martin,\nJ'ai découvert votre profil sur LinkedIn et je me permets de vous présenter "
        "une opportunité chez notre client, un groupe industriel. Seriez-vous ouverte à un échange ?",
        OUTREACH, name="fr cabinet de recrutement",
    ),
    case(
        "Lucía Gómez <lucia@talento-sur.es>",
        "Oportunidad laboral",
        "Hola Marta,\nHe visto tu perfil en LinkedIn y creo que encajas en una posición de nuestro cliente. "
        "¿Te interesaría hablar esta semana?",
        OUTREACH, name="es recruiter",
    ),
    case(
        "Joris de Wit <joris@wervingsbureau.nl>",
        "Nieuwe uitdaging?",
        "Hoi Sanne,\nIk kwam je profiel tegen op LinkedIn. Sta je open voor een nieuwe uitdaging bij een van "
        "mijn opdrachtgevers?",
        OUTREACH, name="nl recruiter",
    ),
    case(
        "XING <jobs@xing.com>",
        "Diese Jobs könnten Sie interessieren",
        "Empfohlene Jobs für Sie:\nData Engineer (m/w/d) - Berlin\nJetzt bewerben",
        ALERT, name="de recommendations",
    ),
    case(
        "HelloWork <alertes@hellowork.com>",
        "Votre sélection d'offres du jour",
        "Bonjour,\nVoici votre sélection d'offres : Comptable H/F - Nantes\nPostulez maintenant",
        ALERT, name="fr digest",
    ),
    case(
        "Karriere-Newsletter <newsletter@jobportal.example>",
        "Bewerbungstipps für den Herbst",
        "Hallo,\nin unserem Newsletter finden Sie diesmal Bewerbungstipps und ein Webinar zum "
        "Vorstellungsgespräch.\nNewsletter abbestellen",
        OTHER, name="de newsletter",
    ),
]
# fmt: on


@pytest.mark.parametrize(("sender", "subject", "body", "kind", "status", "company", "title"), KINDS)
def test_kind_of_mail(sender, subject, body, kind, status, company, title):
    check(extract(body, subject, sender), kind, status, company, title)


@pytest.mark.parametrize(
    ("greeting", "name"),
    [
        ("Sehr geehrte Frau Dr. Neumann,", "Neumann"),
        ("Guten Tag Herr Mag. (FH) Muster!", "Muster"),
        ("Lieber Max,", "Max"),
        ("Bonjour Madame Martin,", "Martin"),
        ("Beste Sanne,", "Sanne"),
        ("Prezado(a) Pedro Silva,", "Pedro Silva"),
        ("Gentile Dott.ssa Rossi,", "Rossi"),
        ("Estimada Lucía:", "Lucía"),
    ],
)
def test_a_greeting_names_the_recipient_without_honorifics(greeting, name):
    assert greeting_names(f"{greeting}\nvielen Dank.") == [name]


def test_a_subject_addressing_the_recipient_names_no_employer():
    result = extract(
        "Votre candidature a été envoyée à Maison Dupré.",
        "Camille Martin, votre candidature a été envoyée à Maison Dupré",
        "LinkedIn <jobs-noreply@linkedin.com>",
    )
    assert result.status is Status.APPLIED
    assert same_company(result.company, "Maison Dupré"), result.company


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Lecturer für KI (m/w/d; Vollzeit 38,5h)", "Lecturer für KI (m/w/d)"),
        ("Data Analyst (m/w/d) vom 20.11.2025", "Data Analyst (m/w/d)"),
        ("Java Developer (w/m/d) - Teilzeit", "Java Developer (w/m/d)"),
        ("Absage/Rejection DevOps Engineer (m/w/d)", "DevOps Engineer (m/w/d)"),
        ("Chef de projet H/F - CDI", "Chef de projet H/F"),
        ("Update Manager", "Update Manager"),
        ("Desarrollador Backend (Remoto)", "Desarrollador Backend"),
        ("Data Analyst H/F - Télétravail", "Data Analyst H/F"),
        ("Analista de Dados (Híbrido)", "Analista de Dados"),
    ],
)
def test_other_languages_tags_leave_the_title_and_its_gender_mark(raw, title):
    assert clean_title(raw)[0] == title


def test_an_english_reference_stays_a_requisition_id():
    assert clean_title("Data Analyst - Ref 12345") == ("Data Analyst", "12345")


def test_a_person_with_a_two_letter_suffix_signs_no_employer():
    result = extract(
        "Thank you for applying to the Data Engineer role. We have received your application.\n"
        "Best regards,\nJane Doe, SE",
        "Your application",
        "Careers <careers@koch-industries.example>",
    )
    assert result.company != "Jane Doe", result.company


def test_an_employer_named_like_a_german_role_stays_an_employer():
    result = extract(
        "Thank you for applying to Koch Industries. We have received your application.",
        "Thank you for applying",
        "Koch Industries <careers@kochind.example>",
    )
    assert same_company(result.company, "Koch Industries"), result.company


@pytest.mark.parametrize(
    ("line", "employer"),
    [
        ("L'équipe Recrutement de Maison Dupré", "Maison Dupré"),
        ("El equipo de Talento de Ejemplar", "Ejemplar"),
        ("Het team van Zuidkust", "Zuidkust"),
        ("Ihr Team der Personalabteilung der WU", "WU"),
        ("Dein Nordlicht Recruiting Team", "Nordlicht"),
        ("Talent Acquisition Team @ Beispielbank", "Beispielbank"),
        ("Recruiting, Beispiel AG", "Beispiel"),
        ("Beispiel Software GmbH | Linz | Austria", "Beispiel Software"),
        ("Beispiel Forschungsgesellschaft mbH (BFG)", "BFG"),
        ("HR Partnerin bei Beispiel Versicherung", "Beispiel Versicherung"),
    ],
)
def test_a_signature_line_names_the_employer(line, employer):
    email = prepare(EmailMessage(message_id="m", body=f"Danke.\nMit freundlichen Grüßen\nAnna\n{line}"))
    assert [name for name, _, _ in signature_employers(email)] == [employer]


@pytest.mark.parametrize(
    "line", ["Team Lead, Engineering", "Senior Consultant", "Jane Doe, SE", "HR Business Partner"]
)
def test_a_signature_line_without_an_employer_names_none(line):
    email = prepare(EmailMessage(message_id="m", body=f"Danke.\nBeste Grüße\nAnna\n{line}"))
    assert signature_employers(email) == []


@pytest.mark.parametrize(
    ("subject", "status"),
    [
        ("Einladung zum Vorstellungsgespräch", Status.INTERVIEW),
        ("Absage zu Ihrer Bewerbung", Status.REJECTED),
        ("Zusage für die Stelle als Buchhalterin", Status.OFFER),
        ("Convocation à un entretien", Status.INTERVIEW),
        ("Candidature non retenue", Status.REJECTED),
        ("Proposition d'embauche", Status.OFFER),
        ("Tu candidatura ha sido descartada", Status.REJECTED),
        ("Convocatoria a entrevista", Status.INTERVIEW),
        ("Uitnodiging voor een sollicitatiegesprek", Status.INTERVIEW),
        ("Afwijzing sollicitatie", Status.REJECTED),
        ("Convite para entrevista", Status.INTERVIEW),
        ("Candidatura não selecionada", Status.REJECTED),
        ("Convocazione a colloquio", Status.INTERVIEW),
        ("Esito negativo della selezione", Status.REJECTED),
    ],
)
def test_a_subject_alone_states_the_status(subject, status):
    result = extract("", subject, "Recruiting <jobs@beispiel.example>")
    assert result.kind is APP and result.status is status, result


@pytest.mark.parametrize(
    "sentence",
    [
        "En esta ocasión, hemos decidido seguir adelante con otros candidatos.",
        "En esta ocasión no podremos continuar con tu candidatura.",
        "Após análise, informamos que você não foi selecionada para a próxima etapa do processo seletivo.",
        "Abbiamo deciso di non proseguire con la tua candidatura.",
        "Abbiamo individuato un profilo più in linea con le esigenze della posizione.",
        "We hebben besloten de procedure met andere kandidaten voort te zetten.",
        "Helaas ben je niet door naar de volgende ronde.",
        "Nous avons finalement décidé de poursuivre avec un autre candidat.",
        "Wir haben uns für eine Bewerberin entschieden, deren Profil noch besser zu uns passte.",
    ],
)
def test_a_rejection_sentence_reads_as_a_rejection(sentence):
    result = extract(sentence, "Candidatura / Bewerbung", "Recruiting <jobs@beispiel.example>")
    assert result.status is Status.REJECTED, result


@pytest.mark.parametrize(
    ("body", "subject", "kind", "status"),
    [
        ("Die Stelle ist derzeit leider auf Eis gelegt.", "Ihre Bewerbung", APP, WITHDRAWN),
        ("Nous vous informons que le poste est mis en attente.", "Votre candidature", APP, WITHDRAWN),
        ("Te informamos de que el puesto está en pausa hasta nuevo aviso.", "Tu candidatura", APP, WITHDRAWN),
        ("De vacature staat tijdelijk on hold.", "Je sollicitatie", APP, WITHDRAWN),
        ("Informamos que a vaga está congelada no momento.", "Sua candidatura", APP, WITHDRAWN),
        ("Ti informiamo che la posizione è stata congelata.", "La tua candidatura", APP, WITHDRAWN),
        ("Votre compte candidat a été créé. Vous pouvez maintenant postuler.", "Bienvenue", OTHER, None),
        ("Je account is aangemaakt. Je kunt nu solliciteren op vacatures.", "Welkom", OTHER, None),
        ("Sua conta foi criada com sucesso.", "Bem-vindo", OTHER, None),
        (
            "Hai iniziato una candidatura. Completa la tua candidatura entro 3 giorni.",
            "Promemoria",
            OTHER,
            None,
        ),
        (
            "Bitte nehmen Sie Ihr Videointerview über HireVue innerhalb von 5 Tagen auf.",
            "Ihre Bewerbung",
            APP,
            ASSESSMENT,
        ),
        (
            "Falls Ihnen der Termin nicht passt, melden Sie sich. Wir laden Sie zu einem "
            "Vorstellungsgespräch am Montag ein.",
            "Einladung",
            APP,
            INTERVIEW,
        ),
    ],
)
def test_holds_portal_mail_and_one_way_videos(body, subject, kind, status):
    result = extract(body, subject, "Recruiting <jobs@beispiel.example>")
    assert (result.kind, result.status) == (kind, status), result


@pytest.mark.parametrize(
    ("body", "employer"),
    [
        (
            "Hola Marta,\nGracias por postularte en Ejemplar Digital. Revisaremos tu perfil.",
            "Ejemplar Digital",
        ),
        ("Olá Ana,\nRecebemos a sua candidatura na Lumina Tecnologia.", "Lumina Tecnologia"),
        (
            "Ciao Luca,\nabbiamo ricevuto la tua candidatura presso Ferretti Ingegneria.",
            "Ferretti Ingegneria",
        ),
        ("Hoi Sanne,\nBedankt voor je sollicitatie bij Van Dijk Installaties.", "Van Dijk Installaties"),
        ("Bonjour,\nMerci pour votre candidature chez Maison Dupré.", "Maison Dupré"),
        (
            "Hallo Tim,\nvielen Dank für deine Bewerbung bei der Nordlicht Software GmbH.",
            "Nordlicht Software",
        ),
    ],
)
def test_the_employer_after_the_languages_preposition(body, employer):
    result = extract(body, "Candidatura", "Talento <noreply@gupy.io>")
    assert same_company(result.company, employer), result.company


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        (
            "no-reply@greenhouse.io",
            "Hallo Lena,\nvielen Dank für Ihr Interesse an Acme Robotics! Wir haben Ihre Bewerbung für die "
            "Position Data Engineer erhalten und melden uns bald.",
        ),
        (
            "no-reply@hire.lever.co",
            "Bonjour Léa,\nMerci de votre intérêt pour Acme Robotics. Nous avons bien reçu votre candidature "
            "pour le poste de Data Engineer.",
        ),
        (
            "noreply@smartrecruiters.com",
            "Hola Marta,\nGracias por tu interés en Acme Robotics. Hemos recibido tu solicitud para el "
            "puesto de Data Engineer.",
        ),
        (
            "acmerobotics@myworkday.com",
            "Beste Sanne,\nBedankt voor je interesse in Acme Robotics. We hebben je sollicitatie voor de "
            "functie Data Engineer ontvangen.",
        ),
        (
            "no-reply@greenhouse.io",
            "Olá Ana,\nObrigado pelo seu interesse na Acme Robotics. Recebemos sua candidatura para a vaga "
            "de "
            "Data Engineer.",
        ),
        (
            "no-reply@greenhouse.io",
            "Ciao Luca,\ngrazie per il tuo interesse per Acme Robotics. Abbiamo ricevuto la tua "
            "candidatura per "
            "la posizione di Data Engineer.",
        ),
    ],
)
def test_an_ats_confirmation_in_each_language_names_employer_and_title(sender, body):
    result = extract(body, "Candidatura / Bewerbung / Sollicitatie", sender)
    assert result.status is Status.APPLIED, result
    assert same_company(result.company, "Acme Robotics"), result.company
    assert result.job_title == "Data Engineer", result.job_title
