"""German job mail by class: what the common ATS and job boards send, employers' rejections in their own
words, the later stages, job alerts, and mail that lost its umlauts or shouts in capitals.

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
    REJECTED,
    WITHDRAWN,
    case,
    check,
)

# fmt: off
CONFIRMATIONS = [
    case(
        "Nordlicht Versicherung <nordlicht@myworkday.com>",
        "Vielen Dank für Ihre Bewerbung bei Nordlicht Versicherung",
        "Guten Tag Herr Becker,\n\nvielen Dank für Ihre Bewerbung auf die Position Referent Risikomanagement "
        "(m/w/d). Wir haben Ihre Unterlagen erhalten und werden diese sorgfältig prüfen.\n\nMit freundlichen "
        "Grüßen\nIhr Talent Acquisition Team\nNordlicht Versicherung AG",
        APP, APPLIED, "Nordlicht Versicherung", "Referent Risikomanagement (m/w/d)",
        "workday auf die position",
    ),
    case(
        "Flinkwerk <no-reply@us.greenhouse-mail.io>",
        "Danke für deine Bewerbung bei Flinkwerk!",
        "Hallo Jonas,\n\ndanke für dein Interesse an Flinkwerk! Wir haben deine Bewerbung als Backend "
        "Engineer "
        "(Go) erhalten und melden uns so bald wie möglich bei dir.\n\nDein Flinkwerk Recruiting Team",
        APP, APPLIED, "Flinkwerk", "Backend Engineer (Go)", "greenhouse du",
    ),
    case(
        "Sonnenfeld <no-reply@hire.lever.co>",
        "Deine Bewerbung bei Sonnenfeld",
        "Hi Mia,\n\nvielen Dank für deine Bewerbung als Werkstudentin Marketing bei Sonnenfeld. Wir schauen "
        "uns "
        "deine Unterlagen in Ruhe an und melden uns innerhalb von zwei Wochen.\n\nBeste Grüße\nSonnenfeld",
        APP, APPLIED, "Sonnenfeld", "Werkstudentin Marketing", "lever",
    ),
    case(
        "Hansa Logistik GmbH <noreply@smartrecruiters.com>",
        "Ihre Bewerbung als Disponent (m/w/d)",
        "Sehr geehrter Herr Yilmaz,\n\nherzlichen Dank für Ihre Bewerbung als Disponent (m/w/d) am Standort "
        "Bremen. Ihre Unterlagen sind bei uns eingegangen und werden nun von der Fachabteilung geprüft.\n\n"
        "Freundliche Grüße\nHansa Logistik GmbH",
        APP, APPLIED, "Hansa Logistik", "Disponent (m/w/d)", "smartrecruiters am standort",
    ),
    case(
        "Kiezküche GmbH <jobs@kiezkueche.jobs.personio.de>",
        "Deine Bewerbung als Koch / Köchin (m/w/d)",
        "Hallo Deniz,\n\nvielen Dank für deine Bewerbung als Koch / Köchin (m/w/d) bei der Kiezküche GmbH. "
        "Wir "
        "melden uns in Kürze bei dir.\n\nViele Grüße\nKiezküche GmbH",
        APP, APPLIED, "Kiezküche", "Koch / Köchin (m/w/d)", "personio",
    ),
    case(
        "Stadtwerke Talhausen <noreply@softgarden.io>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrte Frau Schneider,\n\nhiermit bestätigen wir den Eingang Ihrer Bewerbung für die Stelle "
        "Sachbearbeiterin Personal (m/w/d). Wir melden uns nach Ablauf der Bewerbungsfrist bei Ihnen.\n\n"
        "Mit freundlichen Grüßen\nStadtwerke Talhausen",
        APP, APPLIED, "Stadtwerke Talhausen", "Sachbearbeiterin Personal (m/w/d)", "softgarden eingang",
    ),
    case(
        "Pixelhain <no-reply@teamtailor-mail.com>",
        "Danke für deine Bewerbung!",
        "Hey Lea,\n\ncool, dass du dich bei uns als Junior UX Designer:in beworben hast! Wir sehen uns deine "
        "Bewerbung an und melden uns.\n\nDein Pixelhain Team",
        APP, APPLIED, "Pixelhain", "Junior UX Designer:in", "teamtailor beworben hast",
    ),
    case(
        "Bergwerk Digital <jobs@bergwerkdigital.recruitee.com>",
        "Deine Bewerbung für Product Owner",
        "Hallo Tim,\n\nwir haben deine Bewerbung für die Position Product Owner erhalten. Unser Team meldet "
        "sich "
        "in den nächsten Tagen.\n\nBeste Grüße\nBergwerk Digital",
        APP, APPLIED, "Bergwerk Digital", "Product Owner", "recruitee",
    ),
    case(
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung bei Elbtal Kliniken",
        "Ihre Bewerbung wurde erfolgreich versendet!\n\nGesundheits- und Krankenpfleger (m/w/d)\nElbtal "
        "Kliniken GmbH · Dresden\n\nÄhnliche Jobs\nPflegefachkraft (m/w/d)\nSeeblick Pflege · Pirna",
        APP, APPLIED, "Elbtal Kliniken", "Gesundheits- und Krankenpfleger (m/w/d)", "stepstone card",
    ),
    case(
        "Indeed <indeedapply@indeed.com>",
        "Bewerbung gesendet: Lagerhelfer (m/w/d)",
        "Die folgenden Unterlagen wurden an Rheinlager GmbH gesendet:\nLebenslauf\nAnschreiben\n\nViel "
        "Erfolg!",
        APP, APPLIED, "Rheinlager", "Lagerhelfer (m/w/d)", "indeed de",
    ),
    case(
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Ihre Bewerbung wurde an Quellwerk gesendet",
        "Ihre Bewerbung wurde an Quellwerk gesendet\n\nData Analyst\nQuellwerk · München, Bayern, "
        "Deutschland\n"
        "Beworben am 1. Dez.\n\nWeitere Jobs für Sie\nBI Developer\nKarstadt Data · Essen",
        APP, APPLIED, "Quellwerk", "Data Analyst", "linkedin de",
    ),
    case(
        "XING <noreply@xing.com>",
        "Ihre Bewerbung bei Alpenblick Hotels",
        "Hallo Herr Wagner,\n\nIhre Bewerbung als Rezeptionist (m/w/d) wurde erfolgreich an Alpenblick "
        "Hotels "
        "übermittelt.\n\nIhr XING Team",
        APP, APPLIED, "Alpenblick Hotels", "Rezeptionist (m/w/d)", "xing",
    ),
    case(
        "Personalabteilung Mosel Metall <bewerbung@mosel-metall.de>",
        "Bewerbung erhalten - Vertriebsinnendienst (m/w/d)",
        "Sehr geehrte Frau Lang,\n\nwir bestätigen den Eingang Ihrer Bewerbung und danken Ihnen für Ihr "
        "Interesse an der Mosel Metall GmbH.\n\nMit freundlichen Grüßen\nPersonalabteilung",
        APP, APPLIED, "Mosel Metall", "Vertriebsinnendienst (m/w/d)", "subject title after a dash",
    ),
]

REJECTIONS = [
    case(
        "Nordlicht Versicherung <nordlicht@myworkday.com>",
        "Ihre Bewerbung bei Nordlicht Versicherung",
        "Guten Tag Herr Becker,\n\nnach sorgfältiger Prüfung haben wir uns entschieden, Ihre Bewerbung nicht "
        "weiter zu berücksichtigen.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.",
        APP, REJECTED, "Nordlicht Versicherung", None, "nicht weiter zu berücksichtigen",
    ),
    case(
        "Hansa Logistik GmbH <noreply@smartrecruiters.com>",
        "Ihre Bewerbung als Disponent (m/w/d)",
        "Sehr geehrter Herr Yilmaz,\n\nwir haben uns entschlossen, anderen Kandidaten den Vorzug zu geben, "
        "deren Profil noch besser zu unseren Anforderungen passt.\n\nFreundliche Grüße",
        APP, REJECTED, "Hansa Logistik", "Disponent (m/w/d)", "den Vorzug geben",
    ),
    case(
        "Flinkwerk <no-reply@us.greenhouse-mail.io>",
        "Absage: Backend Engineer (Go)",
        "Hallo Jonas,\n\nwir bedauern, dir keine positive Rückmeldung geben zu können. Wir haben uns für "
        "eine "
        "andere Person entschieden.\n\nDein Flinkwerk Team",
        APP, REJECTED, "Flinkwerk", "Backend Engineer (Go)", "absage subject",
    ),
    case(
        "Stadtwerke Talhausen <noreply@softgarden.io>",
        "Ihre Bewerbung",
        "Sehr geehrte Frau Schneider,\n\nauch wenn Ihr Profil sehr interessant ist, haben wir uns letztlich "
        "für "
        "eine Bewerberin entschieden, deren Erfahrung noch besser passt. Gerne nehmen wir Ihre Unterlagen in "
        "unseren Talentpool auf.\n\nMit freundlichen Grüßen\nStadtwerke Talhausen",
        APP, REJECTED, "Stadtwerke Talhausen", None, "hedged, cv in the talent pool",
    ),
    case(
        "Kiezküche GmbH <jobs@kiezkueche.jobs.personio.de>",
        "Deine Bewerbung als Koch / Köchin (m/w/d)",
        "Hallo Deniz,\n\nleider hat es diesmal nicht gepasst. Danke für dein Interesse und alles Gute!\n\n"
        "Kiezküche",
        APP, REJECTED, "Kiezküche", None, "hat es nicht gepasst",
    ),
    case(
        "Elbtal Kliniken <karriere@elbtal-kliniken.de>",
        "Ihre Bewerbung",
        "Sehr geehrter Herr Krause,\n\ndie ausgeschriebene Stelle wurde bereits intern besetzt. Wir danken "
        "Ihnen "
        "für Ihr Interesse.\n\nIhre Personalabteilung",
        APP, REJECTED, "Elbtal Kliniken", None, "intern besetzt",
    ),
    case(
        "Bergwerk Digital <jobs@bergwerkdigital.recruitee.com>",
        "Rückmeldung zu deiner Bewerbung",
        "Hallo Tim,\n\nwir haben uns nach reiflicher Überlegung gegen deine Bewerbung entschieden. Wir "
        "wünschen "
        "dir viel Erfolg bei der weiteren Suche.",
        APP, REJECTED, "Bergwerk Digital", None, "gegen deine Bewerbung entschieden",
    ),
    case(
        "Mosel Metall <bewerbung@mosel-metall.de>",
        "Ihre Bewerbung als Vertriebsinnendienst (m/w/d)",
        "Sehr geehrte Frau Lang,\n\nwir können Ihnen heute leider keine Zusage geben. Ihre Unterlagen "
        "behalten "
        "wir gerne für zukünftige Vakanzen in Evidenz.\n\nMit freundlichen Grüßen",
        APP, REJECTED, "Mosel Metall", "Vertriebsinnendienst (m/w/d)", "keine Zusage",
    ),
    case(
        "Quellwerk <jobs@quellwerk.de>",
        "Deine Bewerbung bei Quellwerk",
        "Hallo Sara,\n\nwir haben viele spannende Bewerbungen erhalten und uns entschieden, mit anderen "
        "Kandidat*innen weiterzumachen.\n\nViele Grüße\nQuellwerk",
        APP, REJECTED, "Quellwerk", None, "mit anderen weitermachen",
    ),
    case(
        "Alpenblick Hotels <jobs@alpenblick-hotels.at>",
        "Ihre Bewerbung",
        "Sehr geehrter Herr Wagner,\n\nwir müssen Ihnen mitteilen, dass wir Ihre Bewerbung in diesem "
        "Auswahlverfahren nicht weiterverfolgen werden.\n\nFreundliche Grüße",
        APP, REJECTED, "Alpenblick Hotels", None, "nicht weiterverfolgen",
    ),
]

LATER_STAGES = [
    case(
        "Hansa Logistik GmbH <noreply@smartrecruiters.com>",
        "Einladung zum Vorstellungsgespräch - Disponent (m/w/d)",
        "Sehr geehrter Herr Yilmaz,\n\nwir freuen uns, Sie zu einem persönlichen Gespräch am Dienstag, "
        "15.12., um 10:00 Uhr einladen zu dürfen.\n\nFreundliche Grüße\nHansa Logistik GmbH",
        APP, INTERVIEW, "Hansa Logistik", "Disponent (m/w/d)", "einladung zum vorstellungsgespräch",
    ),
    case(
        "Sonnenfeld <no-reply@hire.lever.co>",
        "Lass uns sprechen!",
        "Hi Mia,\n\nwir würden dich gerne kennenlernen. Bitte wähle über folgenden Link einen Termin für ein "
        "kurzes Video-Call aus.\n\nBeste Grüße\nSonnenfeld",
        APP, INTERVIEW, "Sonnenfeld", None, "gerne kennenlernen",
    ),
    case(
        "Flinkwerk <no-reply@us.greenhouse-mail.io>",
        "Terminbestätigung: Videointerview mit Flinkwerk",
        "Hallo Jonas,\n\nhiermit bestätigen wir dein Videointerview am 9. Dezember um 14:00 Uhr mit unserem "
        "Engineering Lead.\n\nDein Flinkwerk Team",
        APP, INTERVIEW, "Flinkwerk", None, "terminbestätigung",
    ),
    case(
        "Bergwerk Digital <jobs@bergwerkdigital.recruitee.com>",
        "Nächster Schritt: Coding Challenge",
        "Hallo Tim,\n\nals nächsten Schritt möchten wir dich bitten, unsere Coding Challenge zu bearbeiten. "
        "Du "
        "hast dafür eine Woche Zeit.\n\nBeste Grüße\nBergwerk Digital",
        APP, ASSESSMENT, "Bergwerk Digital", None, "coding challenge",
    ),
    case(
        "Nordlicht Versicherung <nordlicht@myworkday.com>",
        "Einladung zum Online-Test",
        "Guten Tag Herr Becker,\n\nim nächsten Schritt laden wir Sie zu unserem Online-Test ein. Bitte "
        "bearbeiten Sie diesen innerhalb von fünf Tagen.\n\nIhr Talent Acquisition Team",
        APP, ASSESSMENT, "Nordlicht Versicherung", None, "online-test",
    ),
    case(
        "Pixelhain <no-reply@teamtailor-mail.com>",
        "Zusage - Junior UX Designer:in",
        "Hey Lea,\n\nwir freuen uns riesig, dir mitteilen zu können, dass wir uns für dich entschieden "
        "haben! "
        "Deinen Arbeitsvertrag schicken wir dir diese Woche zu.\n\nDein Pixelhain Team",
        APP, OFFER, "Pixelhain", None, "zusage",
    ),
    case(
        "Elbtal Kliniken <karriere@elbtal-kliniken.de>",
        "Ihre Bewerbung als Gesundheits- und Krankenpfleger (m/w/d)",
        "Sehr geehrter Herr Krause,\n\nleider müssen wir Ihnen mitteilen, dass die ausgeschriebene Stelle "
        "zurückgezogen wurde und derzeit nicht besetzt wird.\n\nIhre Personalabteilung",
        APP, WITHDRAWN, "Elbtal Kliniken", None, "stelle zurückgezogen",
    ),
    case(
        "Quellwerk <jobs@quellwerk.de>",
        "Bewerbung zurückgezogen",
        "Hallo Sara,\n\ndu hast deine Bewerbung als Data Analyst erfolgreich zurückgezogen.\n\nViele Grüße\n"
        "Quellwerk",
        APP, WITHDRAWN, "Quellwerk", "Data Analyst", "bewerbung zurückgezogen",
    ),
]

NOT_APPLICATIONS = [
    case(
        "StepStone <jobagent@stepstone.de>",
        "Jobs, die zu Ihnen passen",
        "Guten Tag,\n\nhier sind neue Stellenangebote, die zu Ihrem Profil passen:\nDisponent (m/w/d) - "
        "Hansa "
        "Logistik - Bremen\nSachbearbeiter Einkauf (m/w/d) - Mosel Metall - Trier\n\nAlle Jobs ansehen",
        ALERT, name="stepstone jobs die zu ihnen passen",
    ),
    case(
        "XING <jobs@xing.com>",
        "Diese Jobs könnten Sie interessieren",
        "Hallo Herr Wagner,\n\nauf Basis Ihres Profils haben wir neue Jobs für Sie gefunden:\nRezeptionist "
        "(m/w/d)\nAlpenblick Hotels · Innsbruck\nNight Auditor (m/w/d)\nSeehotel Brand · Bregenz",
        ALERT, name="xing jobs könnten interessieren",
    ),
    case(
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "Neue Stellenangebote für „Data Analyst“ in Berlin",
        "Ihr Jobalarm für Data Analyst in Berlin\n\nData Analyst\nQuellwerk · Berlin\nJunior Data Analyst "
        "(m/w/d)\nSpreeBank · Berlin\n\nAlle Jobs anzeigen",
        ALERT, name="linkedin jobalarm",
    ),
    case(
        "Indeed <alert@indeed.com>",
        "12 neue Jobs: Lagerhelfer in Köln",
        "Lagerhelfer (m/w/d)\nRheinlager GmbH - Köln\nKommissionierer (m/w/d)\nDomlogistik - Köln\n\nJetzt "
        "bewerben",
        ALERT, name="indeed neue jobs",
    ),
    case(
        "karriere.at <newsletter@karriere.at>",
        "Top-Arbeitgeber suchen dich",
        "Hallo Deniz,\n\ndiese Unternehmen stellen gerade ein und suchen Verstärkung. Entdecke passende Jobs "
        "in "
        "deiner Region.\n\nNewsletter abbestellen",
        ALERT, name="arbeitgeber suchen dich",
    ),
]

MIXED = [
    case(
        "Flinkwerk <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Flinkwerk",
        "Hi Jonas,\n\nThank you for applying for the Werkstudent Vertrieb (m/w/d) position at Flinkwerk. We "
        "will "
        "review your application and get back to you soon.\n\nFlinkwerk Recruiting",
        APP, APPLIED, "Flinkwerk", "Werkstudent Vertrieb (m/w/d)", "english template, german title",
    ),
    case(
        "Mosel Metall <bewerbung@mosel-metall.de>",
        "Ihre Bewerbung als Pruefingenieur (m/w/d)",
        "Sehr geehrte Frau Lang,\n\nvielen Dank fuer Ihre Bewerbung. Leider muessen wir Ihnen mitteilen, "
        "dass "
        "wir uns fuer einen anderen Bewerber entschieden haben.\n\nMit freundlichen Gruessen",
        APP, REJECTED, "Mosel Metall", "Pruefingenieur (m/w/d)", "umlauts written out",
    ),
    case(
        "Hansa Logistik GmbH <noreply@smartrecruiters.com>",
        "IHRE BEWERBUNG ALS LAGERIST (M/W/D)",
        "Sehr geehrter Herr Yilmaz,\n\nvielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen "
        "erhalten.\n\n"
        "Hansa Logistik GmbH",
        APP, APPLIED, "Hansa Logistik", "Lagerist (m/w/d)", "all-caps subject",
    ),
    case(
        "Sonnenfeld <no-reply@hire.lever.co>",
        "Deine Bewerbung bei Sonnenfeld",
        "Hallo Mia,\n\nvielen Dank f&uuml;r deine Bewerbung als Werkstudentin Marketing. Wir haben uns "
        "f&uuml;r "
        "eine andere Kandidatin entschieden.\n\nSonnenfeld",
        APP, REJECTED, "Sonnenfeld", "Werkstudentin Marketing", "html entities",
    ),
]
# fmt: on


@pytest.mark.parametrize(
    "sender, subject, body, kind, status, company, title",
    CONFIRMATIONS + REJECTIONS + LATER_STAGES + NOT_APPLICATIONS + MIXED,
)
def test_german_mail_by_class(sender, subject, body, kind, status, company, title):
    check(extract(body, subject, sender), kind, status, company, title)


# Where German mail names the employer and the title: boards relaying the employer's news, subjects
# alone, a personnel department signing above its organisation, agencies with and without a client.
# fmt: off
PLACES = [
    case(
        "StepStone <noreply@stepstone.de>",
        "Neuigkeiten zu Ihrer Bewerbung",
        "Guten Tag,\n\nIhre Bewerbung als Controller (m/w/d) wurde von Hansa Logistik GmbH angesehen.\n\n"
        "Ähnliche Jobs\nBilanzbuchhalter (m/w/d)\nMosel Metall · Trier",
        APP, APPLIED, "Hansa Logistik", "Controller (m/w/d)", "stepstone viewed by employer",
    ),
    case(
        "XING <noreply@xing.com>",
        "Rückmeldung zu Ihrer Bewerbung",
        "Hallo Herr Wagner,\n\nAlpenblick Hotels hat sich leider gegen Ihre Bewerbung als Rezeptionist "
        "(m/w/d) "
        "entschieden.\n\nIhr XING Team",
        APP, REJECTED, "Alpenblick Hotels", "Rezeptionist (m/w/d)", "xing relays a rejection",
    ),
    case(
        "Personalabteilung <bewerbung@mosel-metall.de>",
        "Absage Ihrer Bewerbung als Vertriebsinnendienst (m/w/d)",
        "",
        APP, REJECTED, "Mosel Metall", "Vertriebsinnendienst (m/w/d)", "subject-only rejection",
    ),
    case(
        "Bewerbermanagement <jobs@elbtal-kliniken.de>",
        "Ihre Bewerbung",
        "Sehr geehrter Herr Krause,\n\nvielen Dank für Ihre Bewerbung als Pflegefachkraft (m/w/d).\n\n"
        "Mit freundlichen Grüßen\ni. A. Petra Lorenz\nPersonalabteilung\nElbtal Kliniken GmbH",
        APP, APPLIED, "Elbtal Kliniken", "Pflegefachkraft (m/w/d)", "personnel department signs",
    ),
    case(
        "Julia Brandt <j.brandt@brandt-personal.de>",
        "Ihre Bewerbung bei unserem Kunden",
        "Hallo Herr Becker,\n\nich freue mich, Ihnen mitteilen zu können, dass unser Kunde, die Rheinfels "
        "Versicherung AG, Sie gerne zu einem Vorstellungsgespräch einladen möchte.\n\nViele Grüße\nJulia "
        "Brandt\nBrandt Personalberatung",
        APP, INTERVIEW, "Rheinfels Versicherung", None, "agency names its client",
    ),
    case(
        "Sonnenfeld <no-reply@hire.lever.co>",
        "IHRE BEWERBUNG BEI SONNENFELD",
        "Hallo Mia,\n\nleider m&uuml;ssen wir dir mitteilen, dass wir uns f&uuml;r eine andere Bewerberin "
        "entschieden haben.\n\nSonnenfeld",
        APP, REJECTED, "Sonnenfeld", None, "capitals and entities",
    ),
]
# fmt: on


@pytest.mark.parametrize("sender, subject, body, kind, status, company, title", PLACES)
def test_german_mail_names_employer_and_title_where_it_does(
    sender, subject, body, kind, status, company, title
):
    check(extract(body, subject, sender), kind, status, company, title)
