"""Calendar invitations in the user's language (invented): Google Calendar's "Einladung:", "Invitation :",
"Invitación:", "Uitnodiging:", "Convite:", "Invito:" subjects and their "invited to the following event"
lines, Teams' "Microsoft Teams-Besprechung" / "Réunion Microsoft Teams" / "Reunião do Microsoft Teams"
footers, Calendly's "Neuer Termin" and "Type d'événement"; the step words of those languages
("Vorstellungsgespräch", "entretien téléphonique", "prueba técnica", "colloquio tecnico"). A birthday, a
dentist, a team meeting and a yearly review sent by the same tools are no application. An intro or a
chat whose text names the post ("das Kennenlernen für die Stelle als X") is a step.
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status
from tracker.names import same_company, same_title

INVITATIONS = [
    pytest.param(
        {
            "sender": "Lena Vogt <lena.vogt@brenner-mb.de>",
            "subject": "Einladung: Vorstellungsgespräch Konstrukteur (m/w/d) – Brenner Maschinenbau "
            "@ Mo. 12. Jan. 2026 14:00 - 15:00 (MEZ) (sam@example.com)",
            "body": "Sie wurden zu folgendem Termin eingeladen.\n\nVorstellungsgespräch "
            "Konstrukteur (m/w/d) – Brenner Maschinenbau\nWann\nMo. 12. Jan. 2026 14:00 – 15:00 "
            "(Mitteleuropäische Normalzeit)\nTeilnehmen mit Google "
            "Meet\nmeet.google.com/abc-defg-hij\nTeilnehmer\nlena.vogt@brenner-mb.de – "
            "Organisator\nsam@example.com\n\nEinladung von Google Kalender",
        },
        Kind.APPLICATION,
        Status.INTERVIEW,
        "Brenner Maschinenbau",
        "Konstrukteur (m/w/d)",
        id="de_google_vorstellungsgespraech",
    ),
    pytest.param(
        {
            "sender": "Claire Morel <claire.morel@lumio.fr>",
            "subject": "Invitation: Entretien – Data Analyst (Lumio) @ lun. 12 janv. 2026 14:00 - "
            "15:00 (CET) (sam@example.com)",
            "body": "Vous avez été invité(e) à l'événement suivant.\n\nEntretien – Data Analyst "
            "(Lumio)\nQuand\nlun. 12 janv. 2026 14:00 – 15:00 (heure normale d'Europe "
            "centrale)\nParticiper avec Google "
            "Meet\nmeet.google.com/abc-defg-hij\nInvités\nclaire.morel@lumio.fr – "
            "organisateur\nsam@example.com\n\nInvitation de Google Agenda",
        },
        Kind.APPLICATION,
        Status.INTERVIEW,
        "Lumio",
        "Data Analyst",
        id="fr_google_entretien",
    ),
    pytest.param(
        {
            "sender": "Paul Girard <paul.girard@atelier-lumen.fr>",
            "subject": "Entretien Atelier Lumen - Chargé d'études",
            "body": "Réunion Microsoft Teams\n\nRejoindre sur votre ordinateur ou application "
            "mobile\nCliquez ici pour rejoindre la réunion\nID de la réunion : 345 678 901 "
            "23\nSecret : Ab12Cd\n\nBonjour Sam, voici le lien pour notre entretien.\nPaul",
        },
        Kind.APPLICATION,
        Status.INTERVIEW,
        "Atelier Lumen",
        "Chargé d'études",
        id="fr_teams_entretien_names_the_employer_before_the_title",
    ),
    pytest.param(
        {
            "sender": "Laura Gómez <laura.gomez@grupoalameda.es>",
            "subject": "Invitación: Entrevista Analista de Datos - Grupo Alameda @ lun 12 de ene de "
            "2026 14:00 - 15:00 (CET) (sam@example.com)",
            "body": "Has recibido una invitación para el siguiente evento.\n\nEntrevista Analista "
            "de Datos - Grupo Alameda\nCuándo\nlun 12 de ene de 2026 14:00 – 15:00 (hora estándar "
            "de Europa central)\nUnirse con Google "
            "Meet\nmeet.google.com/abc-defg-hij\nInvitados\nlaura.gomez@grupoalameda.es - "
            "organizador\nsam@example.com\n\nInvitación de Google Calendar",
        },
        Kind.APPLICATION,
        Status.INTERVIEW,
        "Grupo Alameda",
        "Analista de Datos",
        id="es_google_entrevista",
    ),
    pytest.param(
        {
            "sender": "Esther Dekker <esther.dekker@kroonstad.nl>",
            "subject": "Uitnodiging: Sollicitatiegesprek Financieel Analist - Kroonstad "
            "Verzekeringen @ ma 12 jan. 2026 14:00 - 15:00 (CET) (sam@example.com)",
            "body": "U bent uitgenodigd voor het volgende evenement.\n\nSollicitatiegesprek "
            "Financieel Analist - Kroonstad Verzekeringen\nWanneer\nma 12 jan. 2026 14:00 – 15:00 "
            "(Midden-Europese standaardtijd)\nDeelnemen met Google "
            "Meet\nmeet.google.com/abc-defg-hij\nGasten\nesther.dekker@kroonstad.nl - "
            "organisator\nsam@example.com\n\nUitnodiging van Google Agenda",
        },
        Kind.APPLICATION,
        Status.INTERVIEW,
        "Kroonstad Verzekeringen",
        "Financieel Analist",
        id="nl_google_sollicitatiegesprek_insurer",
    ),
    pytest.param(
        {
            "sender": "Joost <joost@mollie.com>",
            "subject": "Mollie x Sam - kennismaking Product Designer",
            "body": "Microsoft Teams-vergadering\n\nDeelnemen op uw computer of mobiele app\nKlik "
            "hier om deel te nemen aan de vergadering\nVergadering-id: 356 112 908 "
            "44\nWachtwoordcode: pQ3rT\n\nJoost",
        },
        Kind.APPLICATION,
        Status.INTERVIEW,
        "Mollie",
        "Product Designer",
        id="nl_teams_kennismaking",
    ),
    pytest.param(
        {
            "sender": "Ana Souza <ana.souza@stone.com.br>",
            "subject": "Convite: Entrevista Product Manager - Stone @ seg, 12 de jan. de 2026 14:00 "
            "- 15:00 (BRT) (sam@example.com)",
            "body": "Você foi convidado para o seguinte evento.\n\nEntrevista Product Manager - "
            "Stone\nQuando\nseg, 12 de jan. de 2026 14:00 – 15:00 (Horário Padrão de "
            "Brasília)\nParticipar com o Google "
            "Meet\nmeet.google.com/abc-defg-hij\nConvidados\nana.souza@stone.com.br - "
            "organizador\nsam@example.com\n\nConvite do Google Agenda",
        },
        Kind.APPLICATION,
        Status.INTERVIEW,
        "Stone",
        "Product Manager",
        id="pt_google_entrevista",
    ),
    pytest.param(
        {
            "sender": "Giulia Ferri <giulia.ferri@satispay.com>",
            "subject": "Invito: Colloquio Frontend Developer - Satispay @ lun 12 gen 2026 14:00 - "
            "15:00 (CET) (sam@example.com)",
            "body": "Sei stato invitato al seguente evento.\n\nColloquio Frontend Developer - "
            "Satispay\nQuando\nlun 12 gen 2026 14:00 – 15:00 (Ora standard dell'Europa "
            "centrale)\nPartecipa con Google "
            "Meet\nmeet.google.com/abc-defg-hij\nInvitati\ngiulia.ferri@satispay.com - "
            "organizzatore\nsam@example.com\n\nInvito da Google Calendar",
        },
        Kind.APPLICATION,
        Status.INTERVIEW,
        "Satispay",
        "Frontend Developer",
        id="it_google_colloquio",
    ),
    pytest.param(
        {
            "sender": "Marco Bianchi <marco.bianchi@fastweb.it>",
            "subject": "Colloquio tecnico Fastweb - Backend Developer",
            "body": "Riunione di Microsoft Teams\n\nPartecipa dal computer o dall'app per "
            "dispositivi mobili\nFai clic qui per partecipare alla riunione\nID riunione: 311 229 "
            "887 01\n\nMarco",
        },
        Kind.APPLICATION,
        Status.INTERVIEW,
        "Fastweb",
        "Backend Developer",
        id="it_teams_colloquio_tecnico",
    ),
    pytest.param(
        {
            "sender": "Calendly <notifications@calendly.com>",
            "subject": "Neuer Termin: Sam Lee – Telefoninterview Lagerlogistik Nord am Dienstag, "
            "13. Januar 2026",
            "body": "Hallo Sam Lee,\n\nIhr Termin mit Lagerlogistik Nord ist "
            "geplant.\n\nTermintyp:\nTelefoninterview Fachkraft für Lagerlogistik\nTermin:\n10:00 - "
            "10:30, Dienstag, 13. Januar 2026 (Mitteleuropäische Zeit)\n\nPowered by Calendly",
        },
        Kind.APPLICATION,
        Status.INTERVIEW,
        "Lagerlogistik Nord",
        "Fachkraft für Lagerlogistik",
        id="de_calendly_telefoninterview_ihr_termin_mit",
    ),
    pytest.param(
        {
            "sender": "Tim Roth <tim.roth@weber-haustechnik.de>",
            "subject": "Aktualisierte Einladung: Zweitgespräch Projektleiter SHK – Weber "
            "Haustechnik @ Do. 15. Jan. 2026 10:00 - 11:00 (MEZ) (sam@example.com)",
            "body": "Diese Veranstaltung wurde geändert.\n\nZweitgespräch Projektleiter SHK – Weber "
            "Haustechnik\nWann\nDo. 15. Jan. 2026 10:00 – 11:00\n\nEinladung von Google Kalender",
        },
        Kind.APPLICATION,
        Status.INTERVIEW,
        "Weber Haustechnik",
        "Projektleiter SHK",
        id="de_google_updated_zweitgespraech",
    ),
    pytest.param(
        {
            "sender": "Sophie Martin <sophie.martin@octave-sante.fr>",
            "subject": "Invitation: Entretien téléphonique - Infirmier (Octave Santé) @ mar. 13 "
            "janv. 2026 09:30 - 10:00 (CET) (sam@example.com)",
            "body": "Vous avez été invité à l'événement suivant.\n\nEntretien téléphonique - "
            "Infirmier (Octave Santé)\nQuand\nmar. 13 janv. 2026\n\nInvitation de Google Agenda",
        },
        Kind.APPLICATION,
        Status.INTERVIEW,
        "Octave Santé",
        "Infirmier",
        id="fr_google_entretien_telephonique",
    ),
    pytest.param(
        {
            "sender": "Pedro Alves <pedro.alves@nubank.com.br>",
            "subject": "Entrevista técnica - Engenheiro de Software (Nubank)",
            "body": "Reunião do Microsoft Teams\n\nEntre pelo seu computador ou aplicativo "
            "móvel\nClique aqui para ingressar na reunião\nID da Reunião: 245 776 101 88\n\nPedro",
        },
        Kind.APPLICATION,
        Status.INTERVIEW,
        "Nubank",
        "Engenheiro de Software",
        id="pt_teams_entrevista_tecnica",
    ),
    pytest.param(
        {
            "sender": "Calendly <notifications@calendly.com>",
            "subject": "Nouvel événement : Sam Lee - Entretien RH Maison Lavande le mardi 13 janvier 2026",
            "body": "Bonjour Sam,\n\nVotre rendez-vous avec Maison Lavande est confirmé.\n\nType "
            "d'événement :\nEntretien RH - Assistant commercial\n\nPowered by Calendly",
        },
        Kind.APPLICATION,
        Status.INTERVIEW,
        "Maison Lavande",
        "Assistant commercial",
        id="fr_calendly_type_d_evenement",
    ),
    pytest.param(
        {
            "sender": "Marta Ruiz <marta.ruiz@clinicasol.es>",
            "subject": "Invitación: Prueba técnica Desarrollador Frontend - Clínica Sol @ mié 14 de "
            "ene de 2026 10:00 - 12:00 (CET) (sam@example.com)",
            "body": "Has recibido una invitación para el siguiente evento.\n\nPrueba técnica "
            "Desarrollador Frontend - Clínica Sol\nCuándo\nmié 14 de ene de 2026\n\nInvitación de "
            "Google Calendar",
        },
        Kind.APPLICATION,
        Status.ASSESSMENT,
        "Clínica Sol",
        "Desarrollador Frontend",
        id="es_google_prueba_tecnica_is_an_assessment",
    ),
    pytest.param(
        {
            "sender": "Oma <oma.jansen@gmail.com>",
            "subject": "Uitnodiging: Verjaardag oma @ za 17 jan. 2026 15:00 - 18:00 (CET) (sam@example.com)",
            "body": "U bent uitgenodigd voor het volgende evenement.\n\nVerjaardag oma\nWanneer\nza "
            "17 jan. 2026 15:00 – 18:00\n\nUitnodiging van Google Agenda",
        },
        Kind.OTHER,
        None,
        None,
        None,
        id="nl_a_birthday_is_no_application",
    ),
    pytest.param(
        {
            "sender": "Praxis Dr. Weber <termine@praxis-weber.de>",
            "subject": "Einladung: Zahnarzttermin @ Mo. 19. Jan. 2026 08:30 - 09:00 (MEZ) (sam@example.com)",
            "body": "Sie wurden zu folgendem Termin eingeladen.\n\nZahnarzttermin\nWann\nMo. 19. "
            "Jan. 2026 08:30 – 09:00\n\nEinladung von Google Kalender",
        },
        Kind.OTHER,
        None,
        None,
        None,
        id="de_a_dentist_is_no_application",
    ),
    pytest.param(
        {
            "sender": "Julie Petit <julie.petit@moncorp.fr>",
            "subject": "Invitation: Réunion d'équipe hebdomadaire @ lun. 12 janv. 2026 10:00 - "
            "11:00 (CET) (sam@moncorp.fr)",
            "body": "Vous avez été invité à l'événement suivant.\n\nRéunion d'équipe "
            "hebdomadaire\nQuand\nlun. 12 janv. 2026\n\nInvitation de Google Agenda",
        },
        Kind.OTHER,
        None,
        None,
        None,
        id="fr_a_team_meeting_is_no_application",
    ),
    pytest.param(
        {
            "sender": "Luca Conti <luca.conti@miaazienda.it>",
            "subject": "Invito: Colloquio annuale di valutazione @ mer 14 gen 2026 11:00 - 12:00 "
            "(CET) (sam@miaazienda.it)",
            "body": "Sei stato invitato al seguente evento.\n\nColloquio annuale di "
            "valutazione\nQuando\nmer 14 gen 2026\n\nInvito da Google Calendar",
        },
        Kind.OTHER,
        None,
        None,
        None,
        id="it_a_yearly_review_is_no_application",
    ),
    pytest.param(
        {
            "sender": "Jonas Berg <jonas.berg@kieselapp.de>",
            "subject": "Kennenlernen Kiesel App / Sam Lee",
            "body": "Microsoft Teams-Besprechung\n\nÜber Ihren Computer oder die mobile App "
            "teilnehmen\nKlicken Sie hier, um an der Besprechung teilzunehmen\nBesprechungs-ID: 312 "
            "445 998 12\nKennung: Xy7Zq\n\nHallo Sam, wie besprochen das Kennenlernen für die "
            "Stelle als Frontend Developer.\n\nJonas",
        },
        Kind.APPLICATION,
        Status.INTERVIEW,
        "Kiesel App",
        "Frontend Developer",
        id="de_teams_kennenlernen_about_a_named_post",
    ),
    pytest.param(
        {
            "sender": "Priya Nair <priya.nair@brightloop.io>",
            "subject": "Intro chat Brightloop / Sam Lee",
            "body": "Hi Sam, as discussed, a first chat about the Product Designer "
            "role.\n\n________________________________\nMicrosoft Teams meeting\nJoin on your "
            "computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 318 "
            "440 912 55\nPasscode: Hq4vR2\n",
        },
        Kind.APPLICATION,
        Status.INTERVIEW,
        "Brightloop",
        "Product Designer",
        id="en_teams_intro_chat_about_a_named_post",
    ),
    pytest.param(
        {
            "sender": "Tom Becker <tom.becker@gmail.com>",
            "subject": "Coffee chat / Sam",
            "body": "Hey Sam, looking forward to catching up about your new "
            "job!\n\n________________________________\nMicrosoft Teams meeting\nJoin on your "
            "computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 318 "
            "440 912 55\nPasscode: Hq4vR2\n",
        },
        Kind.OTHER,
        None,
        None,
        None,
        id="en_a_friends_coffee_chat_is_no_application",
    ),
    pytest.param(
        {
            "sender": "Lea Braun <lea.braun@moncorp.de>",
            "subject": "Sync Hiring Plan / Team",
            "body": "Hi all, a quick meeting to plan the hiring for the Data Engineer role we "
            "opened.\n\n________________________________\nMicrosoft Teams meeting\nJoin on your "
            "computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 318 "
            "440 912 55\nPasscode: Hq4vR2\n",
        },
        Kind.OTHER,
        None,
        None,
        None,
        id="en_a_hiring_plan_meeting_is_no_application",
    ),
]


@pytest.mark.parametrize(("mail", "kind", "status", "company", "title"), INVITATIONS)
def test_an_invitation_in_the_users_language_reads_as_its_english_twin(mail, kind, status, company, title):
    result = extract(**mail)
    assert result.kind is kind, result
    if kind is Kind.APPLICATION:
        assert result.status is status, result
        assert same_company(result.company, company) and len(result.company) == len(company), result.company
        assert same_title(result.job_title, title), result.job_title
