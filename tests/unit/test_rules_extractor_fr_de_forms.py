"""How French and German mail writes a title's gender forms and how its employers sign (invented mail).

Titles keep their gender forms whatever their spelling: "Softwareentwickler:in", "Mitarbeiter*in",
"Sachbearbeiter/-in", "Industriekaufmann/-frau", "(gn)", "(m|w|d)", "(w/m/div)", "(all genders)",
"Chargé·e", "Développeur·se", "Assistant(e)"; a working time after the mark ("(m/w/d) Teilzeit") and
"- Temps partiel" are dropped, as the labelling rules drop work-arrangement tags. An unsolicited application
("candidature spontanée", "Initiativbewerbung") has no title. Employers sign as a team or department of
the organisation ("L'équipe Talent Acquisition de X", "Ihr Recruiting-Team der X GmbH", "X - Direction des
Ressources Humaines", "i. A. ... X GmbH & Co. KG"), and display names wrap it ("Recrutement X", "X
Carrières"): the organisation is the employer. Swiss mail ("Grüezi", "Freundliche Grüsse", jobs.ch, jobup.ch)
adds the workload to a title ("80-100%", "(80–100 %)"): a working time, dropped. A person proposing or
confirming a meeting in their own words ("vos créneaux", "je vous confirme notre rendez-vous", "Hätten Sie
... Zeit für ein Telefonat?", "Passt Ihnen Donnerstag ... für ein Gespräch?") schedules an interview.
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

TITLE_FORMS = [
    row(
        "de_softwareentwickler_in",
        Status.APPLIED,
        "Nordlicht Software GmbH",
        "Softwareentwickler:in",
        sender="Nordlicht Software GmbH <jobs@nordlicht-software.de>",
        subject="Ihre Bewerbung als Softwareentwickler:in",
        body="Hallo Jana,\n\nvielen Dank für Ihre Bewerbung als Softwareentwickler:in bei der "
        "Nordlicht Software GmbH. Wir melden uns in Kürze bei Ihnen.\n\nIhr Recruiting-Team",
    ),
    row(
        "de_mitarbeiter_in_im_kundenservice",
        Status.APPLIED,
        "Nordlicht Software GmbH",
        "Mitarbeiter*in im Kundenservice",
        sender="Nordlicht Software GmbH <jobs@nordlicht-software.de>",
        subject="Ihre Bewerbung als Mitarbeiter*in im Kundenservice",
        body="Hallo Jana,\n\nvielen Dank für Ihre Bewerbung als Mitarbeiter*in im Kundenservice "
        "bei der Nordlicht Software GmbH. Wir melden uns in Kürze bei Ihnen.\n\nIhr "
        "Recruiting-Team",
    ),
    row(
        "de_sachbearbeiter_in_lohnbuchhaltung",
        Status.APPLIED,
        "Nordlicht Software GmbH",
        "Sachbearbeiter/-in Lohnbuchhaltung",
        sender="Nordlicht Software GmbH <jobs@nordlicht-software.de>",
        subject="Ihre Bewerbung als Sachbearbeiter/-in Lohnbuchhaltung",
        body="Hallo Jana,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiter/-in "
        "Lohnbuchhaltung bei der Nordlicht Software GmbH. Wir melden uns in Kürze bei "
        "Ihnen.\n\nIhr Recruiting-Team",
    ),
    row(
        "de_industriekaufmann_frau",
        Status.APPLIED,
        "Nordlicht Software GmbH",
        "Industriekaufmann/-frau",
        sender="Nordlicht Software GmbH <jobs@nordlicht-software.de>",
        subject="Ihre Bewerbung als Industriekaufmann/-frau",
        body="Hallo Jana,\n\nvielen Dank für Ihre Bewerbung als Industriekaufmann/-frau bei der "
        "Nordlicht Software GmbH. Wir melden uns in Kürze bei Ihnen.\n\nIhr Recruiting-Team",
    ),
    row(
        "de_data_engineer_gn",
        Status.APPLIED,
        "Nordlicht Software GmbH",
        "Data Engineer (gn)",
        sender="Nordlicht Software GmbH <jobs@nordlicht-software.de>",
        subject="Ihre Bewerbung als Data Engineer (gn)",
        body="Hallo Jana,\n\nvielen Dank für Ihre Bewerbung als Data Engineer (gn) bei der "
        "Nordlicht Software GmbH. Wir melden uns in Kürze bei Ihnen.\n\nIhr Recruiting-Team",
    ),
    row(
        "de_projektleiter_m_w_d",
        Status.APPLIED,
        "Nordlicht Software GmbH",
        "Projektleiter (m|w|d)",
        sender="Nordlicht Software GmbH <jobs@nordlicht-software.de>",
        subject="Ihre Bewerbung als Projektleiter (m|w|d)",
        body="Hallo Jana,\n\nvielen Dank für Ihre Bewerbung als Projektleiter (m|w|d) bei der "
        "Nordlicht Software GmbH. Wir melden uns in Kürze bei Ihnen.\n\nIhr Recruiting-Team",
    ),
    row(
        "de_controller_w_m_div",
        Status.APPLIED,
        "Nordlicht Software GmbH",
        "Controller (w/m/div)",
        sender="Nordlicht Software GmbH <jobs@nordlicht-software.de>",
        subject="Ihre Bewerbung als Controller (w/m/div)",
        body="Hallo Jana,\n\nvielen Dank für Ihre Bewerbung als Controller (w/m/div) bei der "
        "Nordlicht Software GmbH. Wir melden uns in Kürze bei Ihnen.\n\nIhr Recruiting-Team",
    ),
    row(
        "de_pflegefachkraft_m_w_divers",
        Status.APPLIED,
        "Nordlicht Software GmbH",
        "Pflegefachkraft (m/w/divers)",
        sender="Nordlicht Software GmbH <jobs@nordlicht-software.de>",
        subject="Ihre Bewerbung als Pflegefachkraft (m/w/divers)",
        body="Hallo Jana,\n\nvielen Dank für Ihre Bewerbung als Pflegefachkraft (m/w/divers) "
        "bei der Nordlicht Software GmbH. Wir melden uns in Kürze bei Ihnen.\n\nIhr "
        "Recruiting-Team",
    ),
    row(
        "de_werkstudent_d_m_w_marketing",
        Status.APPLIED,
        "Nordlicht Software GmbH",
        "Werkstudent (d/m/w) Marketing",
        sender="Nordlicht Software GmbH <jobs@nordlicht-software.de>",
        subject="Ihre Bewerbung als Werkstudent (d/m/w) Marketing",
        body="Hallo Jana,\n\nvielen Dank für Ihre Bewerbung als Werkstudent (d/m/w) Marketing "
        "bei der Nordlicht Software GmbH. Wir melden uns in Kürze bei Ihnen.\n\nIhr "
        "Recruiting-Team",
    ),
    row(
        "de_teamleitung_logistik_all_genders",
        Status.APPLIED,
        "Nordlicht Software GmbH",
        "Teamleitung Logistik (all genders)",
        sender="Nordlicht Software GmbH <jobs@nordlicht-software.de>",
        subject="Ihre Bewerbung als Teamleitung Logistik (all genders)",
        body="Hallo Jana,\n\nvielen Dank für Ihre Bewerbung als Teamleitung Logistik (all "
        "genders) bei der Nordlicht Software GmbH. Wir melden uns in Kürze bei Ihnen.\n\n"
        "Ihr Recruiting-Team",
    ),
    row(
        "de_elektroniker_für_betriebstechnik_m_w_d",
        Status.APPLIED,
        "Nordlicht Software GmbH",
        "Elektroniker für Betriebstechnik (m/w/d)",
        sender="Nordlicht Software GmbH <jobs@nordlicht-software.de>",
        subject="Ihre Bewerbung als Elektroniker für Betriebstechnik (m/w/d)",
        body="Hallo Jana,\n\nvielen Dank für Ihre Bewerbung als Elektroniker für "
        "Betriebstechnik (m/w/d) bei der Nordlicht Software GmbH. Wir melden uns in Kürze "
        "bei Ihnen.\n\nIhr Recruiting-Team",
    ),
    row(
        "de_junior_consultant_sap_m_w_d_teilzeit",
        Status.APPLIED,
        "Nordlicht Software GmbH",
        "Junior Consultant SAP (m/w/d) Teilzeit",
        sender="Nordlicht Software GmbH <jobs@nordlicht-software.de>",
        subject="Ihre Bewerbung als Junior Consultant SAP (m/w/d) Teilzeit",
        body="Hallo Jana,\n\nvielen Dank für Ihre Bewerbung als Junior Consultant SAP (m/w/d) "
        "Teilzeit bei der Nordlicht Software GmbH. Wir melden uns in Kürze bei Ihnen.\n\n"
        "Ihr Recruiting-Team",
    ),
    row(
        "fr_chargé_e_de_communication",
        Status.APPLIED,
        "Maison Verlaine",
        "Chargé·e de communication",
        sender="Maison Verlaine <recrutement@maisonverlaine.fr>",
        subject="Votre candidature au poste de Chargé·e de communication",
        body="Bonjour Camille,\n\nNous avons bien reçu votre candidature au poste de Chargé·e "
        "de communication chez Maison Verlaine et vous en remercions.\n\nL'équipe "
        "Recrutement",
    ),
    row(
        "fr_développeur_se_full_stack",
        Status.APPLIED,
        "Maison Verlaine",
        "Développeur·se Full Stack",
        sender="Maison Verlaine <recrutement@maisonverlaine.fr>",
        subject="Votre candidature au poste de Développeur·se Full Stack",
        body="Bonjour Camille,\n\nNous avons bien reçu votre candidature au poste de "
        "Développeur·se Full Stack chez Maison Verlaine et vous en remercions.\n\nL'équipe "
        "Recrutement",
    ),
    row(
        "fr_assistant_e_de_direction",
        Status.APPLIED,
        "Maison Verlaine",
        "Assistant(e) de direction",
        sender="Maison Verlaine <recrutement@maisonverlaine.fr>",
        subject="Votre candidature au poste de Assistant(e) de direction",
        body="Bonjour Camille,\n\nNous avons bien reçu votre candidature au poste de "
        "Assistant(e) de direction chez Maison Verlaine et vous en remercions.\n\nL'équipe "
        "Recrutement",
    ),
    row(
        "fr_chargé_e_de_mission_rse_h_f",
        Status.APPLIED,
        "Maison Verlaine",
        "Chargé(e) de mission RSE H/F",
        sender="Maison Verlaine <recrutement@maisonverlaine.fr>",
        subject="Votre candidature au poste de Chargé(e) de mission RSE H/F",
        body="Bonjour Camille,\n\nNous avons bien reçu votre candidature au poste de Chargé(e) "
        "de mission RSE H/F chez Maison Verlaine et vous en remercions.\n\nL'équipe "
        "Recrutement",
    ),
    row(
        "fr_responsable_commercial_e_f_h",
        Status.APPLIED,
        "Maison Verlaine",
        "Responsable commercial(e) F/H",
        sender="Maison Verlaine <recrutement@maisonverlaine.fr>",
        subject="Votre candidature au poste de Responsable commercial(e) F/H",
        body="Bonjour Camille,\n\nNous avons bien reçu votre candidature au poste de "
        "Responsable commercial(e) F/H chez Maison Verlaine et vous en remercions.\n\n"
        "L'équipe Recrutement",
    ),
    row(
        "fr_technicien_ne_de_maintenance_f_h",
        Status.APPLIED,
        "Maison Verlaine",
        "Technicien·ne de maintenance (F/H)",
        sender="Maison Verlaine <recrutement@maisonverlaine.fr>",
        subject="Votre candidature au poste de Technicien·ne de maintenance (F/H)",
        body="Bonjour Camille,\n\nNous avons bien reçu votre candidature au poste de "
        "Technicien·ne de maintenance (F/H) chez Maison Verlaine et vous en remercions.\n\n"
        "L'équipe Recrutement",
    ),
    row(
        "fr_ingénieur_ingénieure_méthodes",
        Status.APPLIED,
        "Maison Verlaine",
        "Ingénieur / Ingénieure méthodes",
        sender="Maison Verlaine <recrutement@maisonverlaine.fr>",
        subject="Votre candidature au poste de Ingénieur / Ingénieure méthodes",
        body="Bonjour Camille,\n\nNous avons bien reçu votre candidature au poste de Ingénieur "
        "/ Ingénieure méthodes chez Maison Verlaine et vous en remercions.\n\nL'équipe "
        "Recrutement",
    ),
    row(
        "fr_conseiller_clientèle_h_f_temps_partiel",
        Status.APPLIED,
        "Maison Verlaine",
        "Conseiller clientèle H/F",
        sender="Maison Verlaine <recrutement@maisonverlaine.fr>",
        subject="Votre candidature au poste de Conseiller clientèle H/F - Temps partiel",
        body="Bonjour Camille,\n\nNous avons bien reçu votre candidature au poste de Conseiller "
        "clientèle H/F - Temps partiel chez Maison Verlaine et vous en remercions.\n\n"
        "L'équipe Recrutement",
    ),
    row(
        "fr_spontanee",
        Status.APPLIED,
        "Maison Verlaine",
        None,
        sender="Maison Verlaine <recrutement@maisonverlaine.fr>",
        subject="Votre candidature spontanée",
        body="Bonjour Camille,\n\nNous avons bien reçu votre candidature spontanée et vous "
        "remercions de l'intérêt que vous portez à Maison Verlaine. Nous la conservons "
        "dans notre vivier.\n\nL'équipe Recrutement",
    ),
    row(
        "de_initiativ",
        Status.REJECTED,
        "Nordlicht Software GmbH",
        None,
        sender="Nordlicht Software GmbH <jobs@nordlicht-software.de>",
        subject="Ihre Initiativbewerbung",
        body="Hallo Jana,\n\nvielen Dank für Ihre Initiativbewerbung bei der Nordlicht Software "
        "GmbH. Aktuell haben wir leider keine passende Stelle für Sie.\n\nIhr "
        "Recruiting-Team",
    ),
]

SIGNATURES = [
    row(
        "sig_equipe_ta_de",
        Status.APPLIED,
        "Groupe Ravel",
        "Chargée de projet RH",
        sender="Talent Acquisition <noreply@myworkday.com>",
        subject="Votre candidature",
        body="Bonjour Camille,\n\nNous avons bien reçu votre candidature au poste de Chargée de "
        "projet RH et vous remercions de l'intérêt que vous portez à notre groupe.\n\nNous "
        "reviendrons vers vous dans les meilleurs délais.\n\nCordialement,\nL'équipe "
        "Talent Acquisition de Groupe Ravel",
    ),
    row(
        "sig_service_rh_societe",
        Status.APPLIED,
        "Ravel Industries",
        "Chargée de projet RH",
        sender="Recrutement <recrutement@ravel-industries.fr>",
        subject="Votre candidature",
        body="Bonjour Camille,\n\nNous avons bien reçu votre candidature au poste de Chargée de "
        "projet RH et vous remercions de l'intérêt que vous portez à notre société.\n\n"
        "Nous reviendrons vers vous dans les meilleurs délais.\n\nBien cordialement,\nLe "
        "service RH de la société Ravel Industries",
    ),
    row(
        "sig_drh_du_groupe",
        Status.REJECTED,
        "Groupe Ravel",
        "Chargée de projet RH",
        sender="DRH <drh@groupe-ravel.fr>",
        subject="Réponse à votre candidature",
        body="Bonjour Camille,\n\nNous vous remercions pour votre candidature au poste de "
        "Chargée de projet RH. Après étude attentive, nous sommes au regret de ne pas "
        "pouvoir y donner une suite favorable.\n\nCordialement,\nLa Direction des "
        "Ressources Humaines du Groupe Ravel",
    ),
    row(
        "sig_person_pipe",
        Status.REJECTED,
        "Ravel Industries",
        "Chargée de projet RH",
        sender="Sophie Martin <s.martin@ravel-industries.fr>",
        subject="Votre candidature - Chargée de projet RH",
        body="Bonjour Camille,\n\nNous vous remercions pour votre candidature au poste de "
        "Chargée de projet RH. Après étude attentive, nous sommes au regret de ne pas "
        "pouvoir y donner une suite favorable.\n\nCordialement,\n\nSophie Martin\nChargée "
        "de recrutement | Ravel Industries",
    ),
    row(
        "sig_company_dash_drh",
        Status.APPLIED,
        "Ravel Industries",
        "Chargée de projet RH",
        sender="Recrutement <noreply@talent-soft.com>",
        subject="Votre candidature",
        body="Bonjour Camille,\n\nNous avons bien reçu votre candidature au poste de Chargée de "
        "projet RH et vous remercions de l'intérêt que vous portez à notre entreprise.\n\n"
        "Nous reviendrons vers vous dans les meilleurs délais.\n\nRavel Industries - "
        "Direction des Ressources Humaines",
    ),
    row(
        "sig_service_then_sas",
        Status.APPLIED,
        "Ravel Industries",
        "Chargée de projet RH",
        sender="Service Recrutement <noreply@flatchr.io>",
        subject="Votre candidature",
        body="Bonjour Camille,\n\nNous avons bien reçu votre candidature au poste de Chargée de "
        "projet RH et vous remercions de l'intérêt que vous portez à notre entreprise.\n\n"
        "Nous reviendrons vers vous dans les meilleurs délais.\n\nService Recrutement\n"
        "Ravel Industries SAS",
    ),
    row(
        "display_recrutement_prefix",
        Status.REJECTED,
        "Ravel Industries",
        "Chargée de projet RH",
        sender="Recrutement Ravel Industries <recrutement@ravel-industries.fr>",
        subject="Votre candidature",
        body="Bonjour Camille,\n\nNous vous remercions pour votre candidature au poste de "
        "Chargée de projet RH. Après étude attentive, nous sommes au regret de ne pas "
        "pouvoir y donner une suite favorable.\n\nL'équipe recrutement",
    ),
    row(
        "display_carrieres_suffix",
        Status.APPLIED,
        "Ravel",
        "Chargée de projet RH",
        sender="Ravel Carrières <carrieres@ravel.fr>",
        subject="Votre candidature",
        body="Bonjour Camille,\n\nNous avons bien reçu votre candidature au poste de Chargée de "
        "projet RH et vous remercions de l'intérêt que vous portez à notre groupe.\n\nNous "
        "reviendrons vers vous dans les meilleurs délais.\n\nL'équipe Carrières",
    ),
    row(
        "display_talents",
        Status.APPLIED,
        "Ravel",
        "Chargée de projet RH",
        sender="Ravel Talents <no-reply@teamtailor-mail.com>",
        subject="Votre candidature",
        body="Bonjour Camille,\n\nNous avons bien reçu votre candidature au poste de Chargée de "
        "projet RH et vous remercions de l'intérêt que vous portez à notre entreprise.\n\n"
        "Nous reviendrons vers vous dans les meilleurs délais.\n\nÀ bientôt,\nL'équipe "
        "Ravel",
    ),
    row(
        "team_rh_x",
        Status.REJECTED,
        "Ravel Industries",
        "Chargée de projet RH",
        sender="Team RH <rh@ravel-industries.fr>",
        subject="Votre candidature",
        body="Bonjour Camille,\n\nNous vous remercions pour votre candidature au poste de "
        "Chargée de projet RH. Après étude attentive, nous sommes au regret de ne pas "
        "pouvoir y donner une suite favorable.\n\nTeam RH Ravel Industries",
    ),
    row(
        "de_sig_team_der",
        Status.REJECTED,
        "Brenner Logistik",
        "Projektleiterin HR (m/w/d)",
        sender="Recruiting <noreply@softgarden.io>",
        subject="Ihre Bewerbung",
        body="Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung als Projektleiterin HR "
        "(m/w/d). Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere "
        "Kandidatin entschieden haben.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der "
        "Brenner Logistik GmbH",
    ),
    row(
        "de_sig_i_a",
        Status.APPLIED,
        "Brenner Logistik",
        "Projektleiterin HR (m/w/d)",
        sender="Bewerbermanagement <bewerbung@brenner-logistik.de>",
        subject="Ihre Bewerbung",
        body="Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung als Projektleiterin HR "
        "(m/w/d). Ihre Unterlagen sind bei uns eingegangen.\n\nMit freundlichen Grüßen\ni. "
        "A. Laura Fischer\nPersonalreferentin\nBrenner Logistik GmbH & Co. KG\nHafenstraße "
        "12, 28197 Bremen",
    ),
    row(
        "de_display_karriere",
        Status.APPLIED,
        "Brenner Logistik",
        "Projektleiterin HR (m/w/d)",
        sender="Brenner Karriere <karriere@brenner-logistik.de>",
        subject="Ihre Bewerbung",
        body="Hallo Jana,\n\ndanke für deine Bewerbung als Projektleiterin HR (m/w/d)! Wir "
        "melden uns bald.\n\nDein Brenner Team",
    ),
    row(
        "de_unser_unternehmen",
        Status.REJECTED,
        "Brenner Logistik GmbH",
        "Projektleiterin HR (m/w/d)",
        sender="Personalabteilung <personal@brenner-logistik.de>",
        subject="Absage",
        body="Sehr geehrte Frau Weber,\n\nvielen Dank für Ihr Interesse an unserem Unternehmen. "
        "Leider können wir Ihre Bewerbung als Projektleiterin HR (m/w/d) nicht "
        "berücksichtigen.\n\nMit freundlichen Grüßen\nPersonalabteilung\nBrenner Logistik "
        "GmbH",
    ),
]


SWISS = [
    row(
        "ch_jobs_ch_sent",
        Status.APPLIED,
        "Baumann Holzbau AG",
        "Projektleiterin Bau",
        sender="jobs.ch <noreply@jobs.ch>",
        subject="Ihre Bewerbung wurde versendet",
        body="Grüezi Frau Keller\n\nIhre Bewerbung als Projektleiterin Bau 80-100% wurde "
        "erfolgreich an Baumann Holzbau AG gesendet.\n\nÄhnliche Stellen\nBauleiterin 100% "
        "- Implenia Schweiz AG - Zürich\n\nFreundliche Grüsse\nIhr jobs.ch-Team",
    ),
    row(
        "ch_ack_eingetroffen",
        Status.APPLIED,
        "Baumann Holzbau AG",
        "Projektleiterin Bau",
        sender="Baumann Holzbau AG <jobs@baumann-holzbau.ch>",
        subject="Ihre Bewerbung als Projektleiterin Bau (80–100 %)",
        body="Grüezi Frau Keller\n\nVielen Dank für Ihre Bewerbung als Projektleiterin Bau "
        "(80–100 %). Ihre Unterlagen sind bei uns eingetroffen und wir werden diese "
        "sorgfältig prüfen.\n\nFreundliche Grüsse\n\nBaumann Holzbau AG\nPersonaldienst",
    ),
    row(
        "ch_absage_ss",
        Status.REJECTED,
        "Baumann Holzbau AG",
        None,
        sender="Baumann Holzbau AG <jobs@baumann-holzbau.ch>",
        subject="Ihre Bewerbung",
        body="Grüezi Frau Keller\n\nBesten Dank für Ihr Interesse an unserer Stelle. Nach "
        "eingehender Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine "
        "andere Kandidatin entschieden haben, die dem Anforderungsprofil noch besser "
        "entspricht.\n\nWir wünschen Ihnen für die Zukunft alles Gute.\n\nFreundliche "
        "Grüsse\nBaumann Holzbau AG",
    ),
    row(
        "ch_interview",
        Status.INTERVIEW,
        "Stadt Winterthur",
        "Sachbearbeiterin Steuern",
        sender="Stadt Winterthur <personal@win.ch>",
        subject="Einladung zum Vorstellungsgespräch",
        body="Guten Tag Frau Keller\n\nGerne laden wir Sie zu einem Vorstellungsgespräch für "
        "die Stelle als Sachbearbeiterin Steuern 60% ein. Das Gespräch findet am Dienstag, "
        "8. Dezember 2026, um 14.00 Uhr im Stadthaus statt.\n\nFreundliche Grüsse\n"
        "Personalamt der Stadt Winterthur",
    ),
    row(
        "ch_fr_ack",
        Status.APPLIED,
        "Clinique des Alpes SA",
        "Infirmier·ère",
        sender="Clinique des Alpes SA <rh@clinique-alpes.ch>",
        subject="Votre candidature - Infirmier·ère 80%",
        body="Madame,\n\nNous accusons réception de votre candidature pour le poste "
        "d'Infirmier·ère 80% et vous en remercions.\n\nNous vous prions d'agréer, Madame, "
        "nos salutations distinguées.\n\nService des ressources humaines\nClinique des "
        "Alpes SA",
    ),
    row(
        "ch_fr_refus",
        Status.REJECTED,
        "Clinique des Alpes SA",
        None,
        sender="Clinique des Alpes SA <rh@clinique-alpes.ch>",
        subject="Votre candidature",
        body="Madame,\n\nNous avons pris connaissance de votre dossier avec intérêt. "
        "Malheureusement, nous ne pouvons pas donner une suite favorable à votre "
        "candidature, d'autres profils correspondant davantage à nos besoins.\n\nNous vous "
        "prions d'agréer, Madame, nos salutations distinguées.\n\nClinique des Alpes SA",
    ),
    row(
        "jobup_sent",
        Status.APPLIED,
        "Fiduciaire Léman SA",
        "Comptable",
        sender="jobup.ch <noreply@jobup.ch>",
        subject="Votre candidature a été envoyée",
        body="Bonjour Madame Keller,\n\nVotre candidature pour le poste Comptable 100% chez "
        "Fiduciaire Léman SA a été envoyée avec succès.\n\nOffres similaires\nComptable "
        "80-100% - Régie du Lac - Lausanne",
    ),
    row(
        "de_pensum_subject_only",
        Status.REJECTED,
        "Baumann Holzbau AG",
        "Projektleiterin Bau",
        sender="Baumann Holzbau AG <jobs@baumann-holzbau.ch>",
        subject="Absage: Projektleiterin Bau 80-100%",
        body="",
    ),
]


PEOPLE_SCHEDULING = [
    row(
        "fr_dispo_mardi",
        Status.INTERVIEW,
        "Maison Lavande",
        "Chef de produit web H/F",
        sender="Anaïs Roux <a.roux@maison-lavande.fr>",
        subject="Re: Votre candidature - Chef de produit web H/F",
        body="Bonjour Camille,\n\nMerci pour votre candidature. Seriez-vous disponible mardi à "
        "10h pour un premier échange téléphonique d'une trentaine de minutes ?\n\nBien à "
        "vous,\nAnaïs Roux\nResponsable RH, Maison Lavande",
    ),
    row(
        "fr_creneaux",
        Status.INTERVIEW,
        "Maison Lavande",
        "Chef de produit web H/F",
        sender="Anaïs Roux <a.roux@maison-lavande.fr>",
        subject="Chef de produit web H/F - prochaine étape",
        body="Bonjour Camille,\n\nMerci pour votre candidature, votre profil a retenu notre "
        "attention. Pouvez-vous m'indiquer vos créneaux pour un rendez-vous en visio la "
        "semaine prochaine ?\n\nAnaïs Roux\nMaison Lavande",
    ),
    row(
        "fr_rdv_confirme",
        Status.INTERVIEW,
        "Maison Lavande",
        "Chef de produit web H/F",
        sender="Anaïs Roux <a.roux@maison-lavande.fr>",
        subject="Confirmation de notre rendez-vous",
        body="Bonjour Camille,\n\nJe vous confirme notre rendez-vous du jeudi 15 octobre à 14h "
        "dans nos locaux, 12 rue de la République à Lyon, pour le poste de Chef de produit "
        "web H/F.\n\nÀ jeudi,\nAnaïs Roux\nMaison Lavande",
    ),
    row(
        "fr_second_entretien",
        Status.INTERVIEW,
        "Maison Lavande",
        None,
        sender="Anaïs Roux <a.roux@maison-lavande.fr>",
        subject="Second entretien",
        body="Bonjour Camille,\n\nSuite à notre échange, j'ai le plaisir de vous convier à un "
        "second entretien avec notre directrice marketing le 20 octobre à 11h.\n\nAnaïs "
        "Roux\nMaison Lavande",
    ),
    row(
        "de_zeit_telefonat",
        Status.INTERVIEW,
        "Hanse Logistik",
        "Buchhalterin (m/w/d)",
        sender="Jonas Petersen <j.petersen@hanse-logistik.de>",
        subject="AW: Ihre Bewerbung als Buchhalterin (m/w/d)",
        body="Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung. Hätten Sie am "
        "Dienstag um 10 Uhr Zeit für ein kurzes Telefonat?\n\nViele Grüße\nJonas Petersen\n"
        "Hanse Logistik AG",
    ),
    row(
        "de_passt_donnerstag",
        Status.INTERVIEW,
        "Hanse Logistik",
        "Buchhalterin (m/w/d)",
        sender="Jonas Petersen <j.petersen@hanse-logistik.de>",
        subject="Buchhalterin (m/w/d) - nächster Schritt",
        body="Hallo Frau Weber,\n\nIhr Profil hat uns überzeugt. Passt Ihnen Donnerstag, 14 "
        "Uhr, für ein Gespräch per Teams?\n\nBeste Grüße\nJonas Petersen\nHanse Logistik AG",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), TITLE_FORMS)
def test_a_titles_gender_form_stays_and_its_working_time_goes(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(("mail", "status", "company", "title"), SIGNATURES)
def test_the_organisation_a_team_or_department_signs_for_is_the_employer(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(("mail", "status", "company", "title"), SWISS)
def test_swiss_mail_drops_the_workload_from_the_title(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(("mail", "status", "company", "title"), PEOPLE_SCHEDULING)
def test_a_person_proposing_or_confirming_a_meeting_is_an_interview(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
