"""A German or Austrian job seeker's inbox as the boards and ATS lay it out (invented mail, issue 14).

StepStone, XING, karriere.at, Indeed, LinkedIn and Jobware say who received or looked at the application
in a sentence ("X hat Ihre Bewerbung angesehen", "wurde an X gesendet") above other employers' jobs;
softgarden, Personio, d.vinci, rexx, BITE and onlyfy send the employer's own "Eingangsbestätigung",
"Absage" and "Einladung zum Vorstellungsgespräch". A title ends at its "(m/w/d)" unless a capitalised
word or its field ("mit Schwerpunkt ...") goes on. Job agents, the AMS's proposals and profile visits
are no application; a Personalberater's cold approach ("ich bin auf Ihr Profil aufmerksam geworden") is
outreach; a scheduling tool's German confirmation ("Termin: Kennenlerngespräch ...") is the interview.
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Kind, Status

APPLICATIONS = [
    row(
        "stepstone_sent",
        Status.APPLIED,
        "Stadtwerke Grünau GmbH",
        "Lohnbuchhalter (m/w/d)",
        sender="StepStone <noreply@stepstone.de>",
        subject="Ihre Bewerbung als Lohnbuchhalter (m/w/d) wurde erfolgreich versendet",
        body="Hallo Jana Weber,\n\nIhre Bewerbung wurde erfolgreich an Stadtwerke Grünau GmbH "
        "gesendet.\n\nLohnbuchhalter (m/w/d)\nStadtwerke Grünau GmbH · Grünau\n\nWie geht "
        "es weiter?\nDas Unternehmen prüft Ihre Unterlagen und meldet sich direkt bei "
        "Ihnen.\n\nAlle Bewerbungen ansehen\n\nDiese Jobs könnten Sie auch interessieren\n"
        "Sachbearbeiter Buchhaltung (m/w/d)\nBrauerei Kessler GmbH · München\nJetzt "
        "bewerben\n\nFinanzbuchhalter (m/w/d)\nAlpenmilch eG · Rosenheim\n\nStepStone "
        "GmbH, Völklinger Straße 1, 40219 Düsseldorf\nAbmelden | Datenschutz",
    ),
    row(
        "stepstone_viewed",
        Status.APPLIED,
        "Stadtwerke Grünau GmbH",
        "Lohnbuchhalter (m/w/d)",
        sender="StepStone <noreply@stepstone.de>",
        subject="Gute Nachrichten: Ihre Bewerbung wurde angesehen",
        body="Hallo Jana Weber,\n\nStadtwerke Grünau GmbH hat Ihre Bewerbung als Lohnbuchhalter "
        "(m/w/d) angesehen.\n\nBewerbungsstatus: Gesehen\n\nViel Erfolg!\n\nDiese Jobs "
        "könnten Sie auch interessieren\nSachbearbeiter Buchhaltung (m/w/d)\nBrauerei "
        "Kessler GmbH · München\nJetzt bewerben\n\nFinanzbuchhalter (m/w/d)\nAlpenmilch eG "
        "· Rosenheim\n\nStepStone GmbH, Völklinger Straße 1, 40219 Düsseldorf\nAbmelden | "
        "Datenschutz",
    ),
    row(
        "xing_sent",
        Status.APPLIED,
        "Kellerei Rheinblick",
        "Weinbautechniker (m/w/d)",
        sender="XING <mailrobot@mail.xing.com>",
        subject="Deine Bewerbung bei Kellerei Rheinblick ist raus",
        body="Hallo Tobias,\n\ndeine Bewerbung als Weinbautechniker (m/w/d) bei Kellerei "
        "Rheinblick wurde erfolgreich übermittelt.\n\nDas Unternehmen meldet sich bei "
        "dir.\n\nJobs, die zu dir passen:\nKellermeister (m/w/d) - Weingut Sonnhalde - "
        "Bingen\nVertriebsmitarbeiter Wein (m/w/d) - Rheingold Handel",
    ),
    row(
        "karriere_at_sent",
        Status.APPLIED,
        "Baumeister Huber GmbH",
        "Bautechniker Hochbau (m/w/d)",
        sender="karriere.at <noreply@karriere.at>",
        subject="Deine Bewerbung wurde versendet",
        body="Hallo Lukas,\n\ndeine Bewerbung für Bautechniker Hochbau (m/w/d) bei Baumeister "
        "Huber GmbH in Linz wurde erfolgreich versendet.\n\nDu kannst den Status deiner "
        "Bewerbung jederzeit in deinem Profil verfolgen.\n\nJobs, die dich auch "
        "interessieren könnten:\nPolier Hochbau (m/w/d) - Alpenbau GmbH - Wels\n\nLiebe "
        "Grüße\nDein karriere.at Team",
    ),
    row(
        "indeed_de_sent",
        Status.APPLIED,
        "Seniorenresidenz Lindenhof",
        "Pflegefachkraft (m/w/d)",
        sender="Indeed <indeedapply@indeed.com>",
        subject="Bewerbung gesendet: Pflegefachkraft (m/w/d)",
        body="Bewerbung gesendet\n\nPflegefachkraft (m/w/d)\nSeniorenresidenz Lindenhof - "
        "Bremen\n\nFolgende Unterlagen wurden an Seniorenresidenz Lindenhof gesendet. Viel "
        "Glück!\n\n• Bewerbung\n• Lebenslauf\n\nÄhnliche Jobs\nAltenpfleger (m/w/d)\n"
        "Pflegedienst Weser - Bremen\nEinfach bewerben",
    ),
    row(
        "linkedin_de_sent",
        Status.APPLIED,
        "Elbkontor Software",
        "Product Owner (m/w/d)",
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Max, Ihre Bewerbung wurde an Elbkontor Software gesendet",
        body="Ihre Bewerbung wurde an Elbkontor Software gesendet\n\nElbkontor Software\n"
        "Product Owner (m/w/d)\nElbkontor Software · Hamburg, Deutschland (Hybrid)\n"
        "Beworben am 1. Dez. 2026\n\nJob ansehen\n\nÄhnliche Jobs\nProjektmanager IT "
        "(m/w/d)\nHanse Logistik AG · Hamburg (Hybrid)\nScrum Master (w/m/d)\nNordwind "
        "Versicherung · Hamburg\nMehr Jobs anzeigen\n\nSie erhalten Benachrichtigungen zu "
        "Bewerbungen.\nAbbestellen\n© 2026 LinkedIn Ireland Unlimited Company, Wilton "
        "Plaza, Dublin 2.",
    ),
    row(
        "linkedin_de_viewed",
        Status.APPLIED,
        "Elbkontor Software",
        "Product Owner (m/w/d)",
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Ihre Bewerbung wurde von Elbkontor Software angesehen",
        body="Elbkontor Software hat Ihre Bewerbung angesehen\n\nProduct Owner (m/w/d)\n"
        "Elbkontor Software · Hamburg\nBeworben vor 4 Tagen\n\nBewerbung ansehen\n\n"
        "Ähnliche Jobs\nProjektmanager IT (m/w/d)\nHanse Logistik AG · Hamburg (Hybrid)\n"
        "Scrum Master (w/m/d)\nNordwind Versicherung · Hamburg\nMehr Jobs anzeigen\n\nSie "
        "erhalten Benachrichtigungen zu Bewerbungen.\nAbbestellen\n© 2026 LinkedIn Ireland "
        "Unlimited Company, Wilton Plaza, Dublin 2.",
    ),
    row(
        "linkedin_de_rejected",
        Status.REJECTED,
        "Elbkontor Software",
        "Product Owner (m/w/d)",
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Ihre Bewerbung als Product Owner (m/w/d) bei Elbkontor Software",
        body="Ein Update von Elbkontor Software\n\nProduct Owner (m/w/d)\nElbkontor Software · "
        "Hamburg\n\nHallo Max,\n\nvielen Dank für Ihr Interesse an der Position. Leider "
        "haben wir uns entschieden, mit anderen Kandidaten weiterzumachen.\n\nViele Grüße\n"
        "\nÄhnliche Jobs\nProjektmanager IT (m/w/d)\nHanse Logistik AG · Hamburg (Hybrid)\n"
        "Scrum Master (w/m/d)\nNordwind Versicherung · Hamburg\nMehr Jobs anzeigen\n\nSie "
        "erhalten Benachrichtigungen zu Bewerbungen.\nAbbestellen\n© 2026 LinkedIn Ireland "
        "Unlimited Company, Wilton Plaza, Dublin 2.",
    ),
    row(
        "softgarden_ack",
        Status.APPLIED,
        "Kessler Maschinenbau GmbH",
        "Konstrukteur (m/w/d)",
        sender="Kessler Maschinenbau GmbH <noreply@softgarden.io>",
        subject="Eingangsbestätigung Ihrer Bewerbung als Konstrukteur (m/w/d)",
        body="Sehr geehrter Herr Schmidt,\n\nvielen Dank für Ihre Bewerbung als Konstrukteur "
        "(m/w/d) und Ihr Interesse an der Kessler Maschinenbau GmbH. Hiermit bestätigen "
        "wir den Eingang Ihrer Unterlagen.\n\nWir melden uns so schnell wie möglich bei "
        "Ihnen.\n\nMit freundlichen Grüßen\nIhr Personalteam\nKessler Maschinenbau GmbH",
    ),
    row(
        "personio_ack",
        Status.APPLIED,
        "Lumen Analytics",
        "Werkstudentin Marketing (m/w/d)",
        sender="Lumen Analytics GmbH <jobs@lumen-analytics.jobs.personio.de>",
        subject="Vielen Dank für deine Bewerbung!",
        body="Hallo Sarah,\n\nvielen Dank für deine Bewerbung als Werkstudentin Marketing "
        "(m/w/d) bei Lumen Analytics! Wir schauen uns deine Unterlagen in Ruhe an und "
        "melden uns innerhalb von zwei Wochen.\n\nBeste Grüße\nDein Lumen Analytics Team",
    ),
    row(
        "dvinci_ack",
        Status.APPLIED,
        "Universitätsklinikum Nordhafen",
        "Medizinische Fachangestellte (m/w/d)",
        sender="Universitätsklinikum Nordhafen <bewerbung@dvinci-mail.com>",
        subject="Eingangsbestätigung - Medizinische Fachangestellte (m/w/d), Kennziffer 2026-117",
        body="Sehr geehrte Frau Özdemir,\n\nwir bestätigen den Eingang Ihrer Bewerbung für die "
        "Stelle Medizinische Fachangestellte (m/w/d) (Kennziffer 2026-117).\n\nIhre "
        "Unterlagen werden derzeit geprüft.\n\nMit freundlichen Grüßen\nGeschäftsbereich "
        "Personal\nUniversitätsklinikum Nordhafen",
    ),
    row(
        "rexx_ack",
        Status.APPLIED,
        "Spedition Albers",
        "Disponent (m/w/d)",
        sender="Bewerbermanagement Spedition Albers <bewerbung@albers-logistik.de>",
        subject="Ihre Bewerbung als Disponent (m/w/d) - Eingangsbestätigung",
        body="Sehr geehrter Herr Krause,\n\nherzlichen Dank für Ihre Bewerbung als Disponent "
        "(m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.\n\nFreundliche "
        "Grüße\nSpedition Albers GmbH & Co. KG\nPersonalabteilung",
    ),
    row(
        "bite_ack",
        Status.APPLIED,
        "Sparkasse Oberland",
        "Kundenberaterin (m/w/d)",
        sender="Sparkasse Oberland <noreply@b-ite.de>",
        subject="Ihre Bewerbung bei der Sparkasse Oberland",
        body="Sehr geehrte Frau Berger,\n\nwir haben Ihre Bewerbung als Kundenberaterin (m/w/d) "
        "erhalten und bedanken uns für Ihr Interesse an unserem Haus.\n\nMit freundlichen "
        "Grüßen\nIhre Sparkasse Oberland",
    ),
    row(
        "onlyfy_ack",
        Status.APPLIED,
        "Hofbäckerei Lanz",
        "Filialleitung (m/w/d)",
        sender="Hofbäckerei Lanz <noreply@onlyfy.jobs>",
        subject="Bewerbung eingegangen: Filialleitung (m/w/d)",
        body="Hallo Frau Graf,\n\nvielen Dank für Ihre Bewerbung auf die Stelle Filialleitung "
        "(m/w/d) bei der Hofbäckerei Lanz. Wir prüfen Ihre Unterlagen und melden uns "
        "zeitnah.\n\nIhr Team der Hofbäckerei Lanz",
    ),
    row(
        "jobware_sent",
        Status.APPLIED,
        "Rheinwerk Energie AG",
        "Referent Controlling (m/w/d)",
        sender="Jobware <service@jobware.de>",
        subject="Ihre Bewerbung wurde übermittelt",
        body="Guten Tag,\n\nIhre Bewerbung auf die Stellenanzeige Referent Controlling (m/w/d) "
        "der Firma Rheinwerk Energie AG wurde erfolgreich übermittelt.\n\nWeitere passende "
        "Stellen:\nController (m/w/d) - Mainova Netz\n\nIhr Jobware-Team",
    ),
    row(
        "absage_softgarden",
        Status.REJECTED,
        "Kessler Maschinenbau GmbH",
        "Konstrukteur (m/w/d)",
        sender="Kessler Maschinenbau GmbH <noreply@softgarden.io>",
        subject="Ihre Bewerbung als Konstrukteur (m/w/d)",
        body="Sehr geehrter Herr Schmidt,\n\nnochmals vielen Dank für Ihre Bewerbung. Nach "
        "sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung "
        "nicht weiter berücksichtigen können.\n\nWir wünschen Ihnen für Ihre berufliche "
        "Zukunft alles Gute.\n\nMit freundlichen Grüßen\nKessler Maschinenbau GmbH",
    ),
    row(
        "absage_subject_only",
        Status.REJECTED,
        "Spedition Albers",
        "Disponent (m/w/d)",
        sender="Personalabteilung Spedition Albers <bewerbung@albers-logistik.de>",
        subject="Absage: Ihre Bewerbung als Disponent (m/w/d)",
        body="",
    ),
    row(
        "einladung",
        Status.INTERVIEW,
        "Lumen Analytics GmbH",
        "Werkstudentin Marketing (m/w/d)",
        sender="Lumen Analytics GmbH <jobs@lumen-analytics.jobs.personio.de>",
        subject="Einladung zum Vorstellungsgespräch - Werkstudentin Marketing (m/w/d)",
        body="Hallo Sarah,\n\nwir freuen uns, dich zu einem ersten Kennenlerngespräch per Video "
        "einzuladen. Bitte wähle über den folgenden Link einen passenden Termin aus.\n\n"
        "Termin auswählen\n\nBeste Grüße\nLumen Analytics",
    ),
    row(
        "at_einladung",
        Status.INTERVIEW,
        "Tiroler Landeskrankenanstalten",
        "Klinische Psychologin (w/m/d)",
        sender="Tiroler Landeskrankenanstalten <karriere@tirol-kliniken.at>",
        subject="Einladung zum Bewerbungsgespräch",
        body="Sehr geehrte Frau Mag. Hofer,\n\nbezugnehmend auf Ihre Bewerbung als Klinische "
        "Psychologin (w/m/d) dürfen wir Sie am Donnerstag, 10. Dezember 2026 um 10:00 Uhr "
        "zu einem Bewerbungsgespräch einladen.\n\nMit freundlichen Grüßen\n"
        "Personalmanagement\nTiroler Landeskrankenanstalten GmbH",
    ),
    row(
        "at_absage",
        Status.REJECTED,
        "Raiffeisenbank Mühlviertel eGen",
        "Firmenkundenbetreuer (m/w/d)",
        sender="Raiffeisenbank Mühlviertel <bewerbung@rb-muehlviertel.at>",
        subject="Ihre Bewerbung",
        body="Sehr geehrter Herr Leitner,\n\nherzlichen Dank für Ihr Interesse an der Position "
        "Firmenkundenbetreuer (m/w/d). Wir bedauern, Ihnen mitteilen zu müssen, dass wir "
        "uns für eine andere Bewerberin entschieden haben.\n\nFür Ihren weiteren Berufsweg "
        "wünschen wir Ihnen alles Gute.\n\nMit freundlichen Grüßen\nRaiffeisenbank "
        "Mühlviertel eGen",
    ),
    row(
        "at_bereits_besetzt",
        Status.REJECTED,
        "Hotel Alpenrose",
        "Rezeptionist (m/w/d)",
        sender="Hotel Alpenrose <jobs@alpenrose.at>",
        subject="Ihre Bewerbung als Rezeptionist (m/w/d)",
        body="Liebe Frau Koller,\n\ndanke für Ihre Bewerbung. Leider ist die Stelle bereits "
        "besetzt.\n\nAlles Gute\nHotel Alpenrose",
    ),
    row(
        "personalberatung",
        Status.INTERVIEW,
        "Brauerei Kessler GmbH",
        "Leiter Einkauf (m/w/d)",
        sender="Hansen Personalberatung <k.hansen@hansen-personal.de>",
        subject="Ihre Bewerbung: Leiter Einkauf (m/w/d)",
        body="Sehr geehrter Herr Vogt,\n\nvielen Dank für Ihre Bewerbung als Leiter Einkauf "
        "(m/w/d) für unseren Kunden, die Brauerei Kessler GmbH. Gerne möchte ich Sie in "
        "einem ersten Telefonat kennenlernen. Wann passt es Ihnen diese Woche?\n\nKatrin "
        "Hansen\nHansen Personalberatung",
    ),
    row(
        "assessment_de",
        Status.ASSESSMENT,
        "Sparkasse Oberland",
        None,
        sender="Sparkasse Oberland <noreply@b-ite.de>",
        subject="Online-Test zu Ihrer Bewerbung",
        body="Sehr geehrte Frau Berger,\n\nim nächsten Schritt bitten wir Sie, einen "
        "Online-Eignungstest zu absolvieren. Der Test dauert etwa 45 Minuten; bitte "
        "bearbeiten Sie ihn bis zum 15.12.2026.\n\nZum Test\n\nIhre Sparkasse Oberland",
    ),
    row(
        "stepstone_absage",
        Status.REJECTED,
        "Stadtwerke Grünau GmbH",
        "Lohnbuchhalter (m/w/d)",
        sender="StepStone <noreply@stepstone.de>",
        subject="Neuigkeiten zu Ihrer Bewerbung bei Stadtwerke Grünau GmbH",
        body="Hallo Jana Weber,\n\nStadtwerke Grünau GmbH hat Ihnen eine Nachricht zu Ihrer "
        "Bewerbung als Lohnbuchhalter (m/w/d) gesendet:\n\n„Leider müssen wir Ihnen "
        "mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.“\n\nKopf "
        "hoch! Diese Jobs könnten Sie auch interessieren:\nFinanzbuchhalter (m/w/d) · "
        "Alpenmilch eG · Rosenheim",
    ),
    row(
        "xing_nachricht",
        Status.INTERVIEW,
        "Kellerei Rheinblick",
        "Weinbautechniker (m/w/d)",
        sender="XING <mailrobot@mail.xing.com>",
        subject="Neue Nachricht von Kellerei Rheinblick",
        body="Hallo Tobias,\n\nKellerei Rheinblick hat dir zu deiner Bewerbung als "
        "Weinbautechniker (m/w/d) geschrieben:\n\n„Wir würden dich gerne zu einem "
        "Kennenlerngespräch am 9. Dezember einladen.“\n\nNachricht beantworten",
    ),
    row(
        "karriere_at_abgelehnt",
        Status.REJECTED,
        "Baumeister Huber GmbH",
        "Bautechniker Hochbau (m/w/d)",
        sender="karriere.at <noreply@karriere.at>",
        subject="Update zu deiner Bewerbung",
        body="Hallo Lukas,\n\nleider hat Baumeister Huber GmbH deine Bewerbung für Bautechniker "
        "Hochbau (m/w/d) abgelehnt.\n\nLass dich nicht entmutigen – hier sind neue Jobs "
        "für dich:\nPolier Hochbau (m/w/d) - Alpenbau GmbH - Wels",
    ),
    row(
        "personio_absage",
        Status.REJECTED,
        "Lumen Analytics",
        "Werkstudentin Marketing (m/w/d)",
        sender="Lumen Analytics GmbH <jobs@lumen-analytics.jobs.personio.de>",
        subject="Deine Bewerbung bei Lumen Analytics",
        body="Hallo Sarah,\n\nvielen Dank für dein Interesse an Lumen Analytics und die Zeit, "
        "die du in deine Bewerbung als Werkstudentin Marketing (m/w/d) investiert hast. "
        "Nach sorgfältiger Prüfung haben wir uns entschieden, mit anderen Kandidat:innen "
        "weiterzumachen.\n\nWir wünschen dir alles Gute!\n\nDein Lumen Analytics Team",
    ),
    row(
        "zusage_at",
        Status.OFFER,
        "Tiroler Landeskrankenanstalten",
        "Klinische Psychologin (w/m/d)",
        sender="Tiroler Landeskrankenanstalten <karriere@tirol-kliniken.at>",
        subject="Zusage - Klinische Psychologin (w/m/d)",
        body="Sehr geehrte Frau Mag.a Hofer,\n\nwir freuen uns, Ihnen mitteilen zu dürfen, dass "
        "wir Ihnen die Stelle als Klinische Psychologin (w/m/d) anbieten möchten. Den "
        "Dienstvertrag erhalten Sie in den nächsten Tagen.\n\nMit freundlichen Grüßen\n"
        "Personalmanagement\nTiroler Landeskrankenanstalten GmbH",
    ),
    row(
        "stelle_nicht_besetzt",
        Status.WITHDRAWN,
        "Spedition Albers GmbH & Co. KG",
        "Disponent (m/w/d)",
        sender="Spedition Albers GmbH & Co. KG <bewerbung@albers-logistik.de>",
        subject="Ihre Bewerbung als Disponent (m/w/d)",
        body="Sehr geehrter Herr Krause,\n\nwir möchten Sie darüber informieren, dass die "
        "Stelle als Disponent (m/w/d) aus betrieblichen Gründen vorerst nicht besetzt "
        "wird. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.\n\n"
        "Freundliche Grüße\nSpedition Albers GmbH & Co. KG",
    ),
    row(
        "zwischennachricht",
        Status.APPLIED,
        "Universitätsklinikum Nordhafen",
        "Medizinische Fachangestellte (m/w/d)",
        sender="Universitätsklinikum Nordhafen <bewerbung@uk-nordhafen.de>",
        subject="Zwischennachricht zu Ihrer Bewerbung - Kennziffer 2026-117",
        body="Sehr geehrte Frau Özdemir,\n\ndas Auswahlverfahren für die Stelle Medizinische "
        "Fachangestellte (m/w/d) dauert leider noch an. Wir bitten Sie noch um etwas "
        "Geduld.\n\nMit freundlichen Grüßen\nGeschäftsbereich Personal\n"
        "Universitätsklinikum Nordhafen",
    ),
    row(
        "indeed_de_viewed",
        Status.APPLIED,
        "Seniorenresidenz Lindenhof",
        "Pflegefachkraft (m/w/d)",
        sender="Indeed <noreply@indeed.com>",
        subject="Ihre Bewerbung wurde angesehen",
        body="Gute Neuigkeiten!\n\nSeniorenresidenz Lindenhof hat Ihre Bewerbung für "
        "Pflegefachkraft (m/w/d) angesehen.\n\nPflegefachkraft (m/w/d)\nSeniorenresidenz "
        "Lindenhof - Bremen\n\nÄhnliche Jobs\nAltenpfleger (m/w/d)\nPflegedienst Weser - "
        "Bremen",
    ),
    row(
        "softgarden_einladung_ort",
        Status.INTERVIEW,
        "Kessler Maschinenbau GmbH",
        "Konstrukteur (m/w/d)",
        sender="Kessler Maschinenbau GmbH <noreply@softgarden.io>",
        subject="Einladung zum Vorstellungsgespräch",
        body="Sehr geehrter Herr Schmidt,\n\nvielen Dank für Ihre Bewerbung als Konstrukteur "
        "(m/w/d). Wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem "
        "Vorstellungsgespräch am Mittwoch, 16.12.2026, um 10:00 Uhr in unser Werk in "
        "Augsburg ein.\n\nMit freundlichen Grüßen\nKessler Maschinenbau GmbH",
    ),
    row(
        "a_personnel_department_signs_with_its_organisations_name",
        Status.INTERVIEW,
        "Hanse Logistik AG",
        "Buchhalterin (m/w/d)",
        sender="Hanse Logistik AG <karriere@hanse-logistik.de>",
        subject="Einladung zum Kennenlerngespräch - Buchhalterin (m/w/d)",
        body="Sehr geehrte Frau Weber,\n\nwir würden Sie gerne zu einem Kennenlerngespräch per Video "
        "einladen.\n\nMit freundlichen Grüßen\nJonas Petersen\nPersonalabteilung Hanse Logistik AG",
    ),
    row(
        "the_sentence_before_an_agencys_client_deciding_ends_at_its_full_stop",
        Status.REJECTED,
        "Brauerei Kessler",
        None,
        sender="Katrin Hansen <k.hansen@hansen-personal.de>",
        subject="Rückmeldung der Brauerei Kessler",
        body="Sehr geehrte Frau Weber,\n\nvielen Dank für Ihr Gespräch bei der Brauerei Kessler. Leider hat "
        "sich unser Kunde für eine andere Kandidatin entschieden.\n\nKatrin Hansen\nHansen Personalberatung",
    ),
    row(
        "de_subject_only_invite",
        Status.INTERVIEW,
        "Kessler Maschinenbau GmbH",
        "Finanzbuchhalter (m/w/d)",
        sender="Kessler Maschinenbau GmbH <noreply@softgarden.io>",
        subject="Einladung zum Vorstellungsgespräch: Finanzbuchhalter (m/w/d)",
        body="",
    ),
    row(
        "de_subject_only_absage",
        Status.REJECTED,
        "Lumen Analytics GmbH",
        "Accountant (m/w/d)",
        sender="Lumen Analytics GmbH <jobs@lumen-analytics.jobs.personio.de>",
        subject="Absage zu deiner Bewerbung als Accountant (m/w/d)",
        body="",
    ),
    row(
        "calendly_de",
        Status.INTERVIEW,
        "Lumen Analytics",
        "Accountant (m/w/d)",
        sender="Calendly <notifications@calendly.com>",
        subject="Neuer Termin: Jana Weber und Lumen Analytics - Kennenlerngespräch Accountant (m/w/d)",
        body="Hallo Jana Weber,\n\nein neuer Termin ist geplant.\n\nTermin: Kennenlerngespräch "
        "Accountant (m/w/d)\nVeranstalter: Lumen Analytics\nDatum: Donnerstag, 12. "
        "November 2026, 14:00 - 14:30 (MEZ)\nOrt: Google Meet",
    ),
    row(
        "stepstone_reco_bei",
        Status.APPLIED,
        "Nordwind Versicherung AG",
        "Kreditorenbuchhalter (m/w/d)",
        sender="StepStone <noreply@stepstone.de>",
        subject="Ihre Bewerbung wurde erfolgreich versendet",
        body="Hallo Jana Weber,\n\nIhre Bewerbung als Kreditorenbuchhalter (m/w/d) wurde "
        "erfolgreich an Nordwind Versicherung AG gesendet.\n\nAndere Bewerber "
        "interessierten sich auch für:\nBuchhalter (m/w/d) bei Elbe Chemie AG\nController "
        "(m/w/d) bei Hanse Logistik AG",
    ),
    row(
        "at_mag_greeting_absage",
        Status.REJECTED,
        "Stadt Linz",
        "Verwaltungsassistent/in",
        sender="Stadt Linz Personalservice <personal@linz.gv.at>",
        subject="Ihre Bewerbung als Verwaltungsassistent/in - Ausschreibung 2026/114",
        body="Sehr geehrter Herr Mag. Gruber,\n\nwir danken Ihnen für Ihre Bewerbung. Leider "
        "müssen wir Ihnen mitteilen, dass wir uns im Auswahlverfahren für eine andere "
        "Person entschieden haben.\n\nMit freundlichen Grüßen\nMagistrat der "
        "Landeshauptstadt Linz\nPersonalservice",
    ),
    row(
        "de_uni_stellen_id",
        Status.APPLIED,
        "Universität Nordhafen",
        "Wissenschaftliche Mitarbeiterin (m/w/d) im Institut für Informatik",
        sender="Universität Nordhafen <bewerbung@uni-nordhafen.de>",
        subject="Eingangsbestätigung - Kennziffer W-2026-33",
        body="Sehr geehrte Frau Dr. Roth,\n\nwir bestätigen den Eingang Ihrer Bewerbung auf die "
        "Stelle Wissenschaftliche Mitarbeiterin (m/w/d) im Institut für Informatik "
        "(Kennziffer W-2026-33).\n\nMit freundlichen Grüßen\nDezernat Personal\n"
        "Universität Nordhafen",
    ),
    row(
        "de_zusage_subject",
        Status.OFFER,
        "Hanse Logistik AG",
        "Buchhalterin (m/w/d)",
        sender="Hanse Logistik AG <karriere@hanse-logistik.de>",
        subject="Zusage - Buchhalterin (m/w/d)",
        body="Sehr geehrte Frau Weber,\n\nwir freuen uns sehr, Ihnen mitteilen zu können, dass "
        "wir Sie gerne als Buchhalterin (m/w/d) einstellen möchten. Ihren Arbeitsvertrag "
        "senden wir Ihnen in den nächsten Tagen zu.\n\nMit freundlichen Grüßen\n"
        "Personalabteilung Hanse Logistik AG",
    ),
    row(
        "heyjobs_sent",
        Status.APPLIED,
        "Nordsee Fisch GmbH",
        "Lagermitarbeiter (m/w/d)",
        sender="HeyJobs <noreply@heyjobs.co>",
        subject="Deine Bewerbung wurde versendet",
        body="Hallo Jana,\n\ndeine Bewerbung als Lagermitarbeiter (m/w/d) wurde erfolgreich an "
        "Nordsee Fisch GmbH übermittelt.\n\nViel Erfolg!\nDein HeyJobs Team",
    ),
    row(
        "jobvector_sent",
        Status.APPLIED,
        "Helix Diagnostics GmbH",
        "Laborleiterin (m/w/d)",
        sender="jobvector <service@jobvector.de>",
        subject="Ihre Bewerbung über jobvector",
        body="Sehr geehrte Frau Weber,\n\nIhre Bewerbung als Laborleiterin (m/w/d) wurde an "
        "Helix Diagnostics GmbH weitergeleitet.\n\nIhr jobvector Team",
    ),
    row(
        "interamt_ack",
        Status.APPLIED,
        "Landratsamt Nordheide",
        "Sachbearbeiterin Haushalt (m/w/d)",
        sender="Interamt <noreply@interamt.de>",
        subject="Eingangsbestätigung Ihrer Bewerbung",
        body="Sehr geehrte Frau Weber,\n\nIhre Bewerbung auf die Stellenausschreibung "
        "Sachbearbeiterin Haushalt (m/w/d) beim Landratsamt Nordheide ist eingegangen.\n\n"
        "Ihr Interamt-Team",
    ),
]

NOT_APPLICATIONS = [
    pytest.param(
        "StepStone <jobagent@stepstone.de>",
        "15 neue Jobs für Lohnbuchhalter in Grünau",
        "Ihr Jobagent hat neue Stellen gefunden\n\nLohnbuchhalter (m/w/d)\nBrauerei "
        "Kessler GmbH · München\nJetzt bewerben\n\nFinanzbuchhalter (m/w/d)\nAlpenmilch eG "
        "· Rosenheim\n\nJobagent bearbeiten",
        Kind.JOB_ALERT,
        id="stepstone_alert",
    ),
    pytest.param(
        "XING <jobs@mail.xing.com>",
        "Tobias, diese Jobs passen zu dir",
        "Hallo Tobias,\n\nwir haben neue Jobs für dich gefunden:\nKellermeister (m/w/d) "
        "bei Weingut Sonnhalde\nVertriebsmitarbeiter Wein (m/w/d) bei Rheingold Handel\n\n"
        "Alle Jobempfehlungen ansehen",
        Kind.JOB_ALERT,
        id="xing_jobs",
    ),
    pytest.param(
        "karriere.at <jobalarm@karriere.at>",
        "Dein Jobalarm: 8 neue Jobs",
        "Hallo Lukas,\n\nfür deinen Jobalarm „Bautechniker Linz“ gibt es 8 neue Jobs:\n"
        "Polier Hochbau (m/w/d) - Alpenbau GmbH - Wels\nBauleiter (m/w/d) - Strabag - "
        "Linz\n\nJobalarm verwalten",
        Kind.JOB_ALERT,
        id="karriere_at_alert",
    ),
    pytest.param(
        "XING <mailrobot@mail.xing.com>",
        "Dein Profil wurde 12 Mal besucht",
        "Hallo Tobias,\n\ndein Profil wurde in den letzten 7 Tagen 12 Mal besucht, u. a. "
        "von einer Recruiterin bei Kellerei Rheinblick.\n\nBesucher ansehen",
        Kind.OTHER,
        id="xing_profile_visit",
    ),
    pytest.param(
        "StepStone <noreply@stepstone.de>",
        "Willkommen bei StepStone",
        "Hallo Jana,\n\nIhr Konto wurde erfolgreich erstellt. Laden Sie Ihren Lebenslauf "
        "hoch, damit Arbeitgeber Sie finden.\n\nIhr StepStone Team",
        Kind.OTHER,
        id="stepstone_account",
    ),
    pytest.param(
        "Indeed <no-reply@indeed.com>",
        "Sie haben Ihre Bewerbung noch nicht abgeschlossen",
        "Ihre Bewerbung als Pflegefachkraft (m/w/d) bei Seniorenresidenz Lindenhof ist "
        "noch nicht abgeschlossen. Jetzt fortsetzen",
        Kind.OTHER,
        id="indeed_de_unfinished",
    ),
    pytest.param(
        "StepStone <newsletter@stepstone.de>",
        "Gehaltsreport 2026: So viel verdienen Buchhalter",
        "Hallo Jana,\n\nin unserem neuen Gehaltsreport erfahren Sie, was Buchhalter in "
        "Ihrer Region verdienen.\n\nJetzt lesen\n\nNewsletter abbestellen",
        Kind.OTHER,
        id="stepstone_newsletter",
    ),
    pytest.param(
        "AMS Oberösterreich <noreply@ams.at>",
        "Stellenangebot: Lagerarbeiter (m/w/d) bei Logistik Traun GmbH",
        "Sehr geehrter Herr Leitner,\n\nwir haben ein passendes Stellenangebot für Sie "
        "gefunden: Lagerarbeiter (m/w/d) bei Logistik Traun GmbH in Traun. Bitte bewerben "
        "Sie sich bis 15.12.2026 und informieren Sie uns über das Ergebnis.\n\nIhr AMS",
        Kind.JOB_ALERT,
        id="ams_vermittlung",
    ),
    pytest.param(
        "hokify <jobs@hokify.at>",
        "5 neue Jobs in deiner Nähe",
        "Hallo Lukas!\n\nWir haben 5 neue Jobs für dich gefunden:\nVerkäufer (m/w/d) · "
        "Billa · Linz\nKassier (m/w/d) · Spar · Linz\nLagerist (m/w/d) · Post AG · Wels\n\n"
        "Jetzt mit einem Klick bewerben",
        Kind.JOB_ALERT,
        id="hokify_alert",
    ),
    pytest.param(
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "„Product Owner“: Elbkontor Software und weitere Unternehmen stellen ein",
        "Ihre Jobbenachrichtigung für Product Owner in Hamburg\n\nProduct Owner (m/w/d)\n"
        "Elbkontor Software · Hamburg (Hybrid)\nEinfach bewerben\n\nSenior Product Owner "
        "(w/m/d)\nHanse Logistik AG · Hamburg\n\nAlle Jobs anzeigen",
        Kind.JOB_ALERT,
        id="linkedin_de_alert",
    ),
    pytest.param(
        "Markus Brandt über XING <mailrobot@mail.xing.com>",
        "Neue Nachricht von Markus Brandt",
        "Hallo Jana,\n\nich bin auf Ihr Profil aufmerksam geworden und habe eine spannende "
        "Position als Head of Accounting (m/w/d) bei einem unserer Kunden in Hamburg. "
        "Hätten Sie Interesse an einem kurzen Austausch?\n\nViele Grüße\nMarkus Brandt\n"
        "Senior Consultant, Nordstern Personalberatung",
        Kind.RECRUITER_OUTREACH,
        id="de_xing_outreach",
    ),
    pytest.param(
        "Anna Vogel <a.vogel@talentwerk-personal.de>",
        "Spannende Position als Leiterin Finanzen (m/w/d)",
        "Sehr geehrte Frau Weber,\n\nich bin Personalberaterin bei Talentwerk und suche "
        "für einen Kunden aus dem Maschinenbau eine Leiterin Finanzen (m/w/d). Ihr Profil "
        "passt sehr gut. Darf ich Sie dazu anrufen?\n\nBeste Grüße\nAnna Vogel",
        Kind.RECRUITER_OUTREACH,
        id="de_personalberater_outreach",
    ),
    pytest.param(
        "StepStone <noreply@stepstone.de>",
        "Ein Arbeitgeber interessiert sich für Ihr Profil",
        "Hallo Jana,\n\nein Arbeitgeber hat Ihr Profil in der StepStone "
        "Lebenslaufdatenbank angesehen. Halten Sie Ihren Lebenslauf aktuell, um gefunden "
        "zu werden.\n\nProfil bearbeiten",
        Kind.OTHER,
        id="stepstone_profile_interest",
    ),
    pytest.param(
        "kununu <newsletter@kununu.com>",
        "Wie ist es, bei Hanse Logistik AG zu arbeiten?",
        "Hallo Jana,\n\nlies jetzt neue Bewertungen von Mitarbeitenden der Hanse Logistik "
        "AG und erfahre mehr über Gehalt und Kultur.\n\nJetzt lesen",
        Kind.OTHER,
        id="kununu_news",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), APPLICATIONS)
def test_de_board_and_ats_mail_names_the_employer_the_sentence_names(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(("sender", "subject", "body", "kind"), NOT_APPLICATIONS)
def test_de_board_mail_that_is_no_application(sender, subject, body, kind):
    assert extract(sender=sender, subject=subject, body=body).kind is kind
