"""Small businesses named by their owner and their craft (invented mail, six languages).

"Kessler Bau", "Fliesen Schneider", "Menuiserie Perrin", "Falegnameria Conti", "Hartley Plumbing": two
capitalised words, shaped like a person's name, which the reader drops where a person may stand (a
display name on a personal mailbox, a line under the writer's name). The craft's noun is the
organisation's mark (person_names.ORGANISATION_WORDS). The employer is shown as the mail writes it:
a signature that reads "Baumann Holzbau" out of "Baumann Holzbau AG" shows "Baumann Holzbau AG" where
the mail never writes the name without its legal form (docs/accuracy.md, "one spelling").
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

TRADES = [
    row(
        "de_bau_sig",
        Status.APPLIED,
        "Kessler Bau",
        None,
        sender="Kessler Bau <info@kessler-bau.de>",
        subject="Ihre Bewerbung als Maurer",
        body="Hallo Herr Brandt,\n\nvielen Dank für Ihre Bewerbung als Maurer. Wir haben Ihre "
        "Unterlagen erhalten und melden uns in den nächsten Tagen.\n\nMit freundlichen "
        "Grüßen\nAndrea Kessler\nKessler Bau",
    ),
    row(
        "de_haustechnik_absage",
        Status.REJECTED,
        "Ritter Haustechnik",
        None,
        sender="Ritter Haustechnik GmbH <bewerbung@ritter-haustechnik.de>",
        subject="Ihre Bewerbung",
        body="Sehr geehrte Frau Yilmaz,\n\nvielen Dank für Ihr Interesse an einer Mitarbeit bei "
        "Ritter Haustechnik. Leider müssen wir Ihnen mitteilen, dass wir uns für einen "
        "anderen Bewerber entschieden haben.\n\nMit freundlichen Grüßen\nRitter Haustechnik "
        "GmbH",
    ),
    row(
        "de_schreinerei_einladung",
        Status.INTERVIEW,
        "Schreinerei Albers",
        "Tischler (m/w/d)",
        sender="Schreinerei Albers <kontakt@schreinerei-albers.de>",
        subject="Einladung zum Vorstellungsgespräch",
        body="Hallo Jonas,\n\nwir möchten Sie gerne zu einem Vorstellungsgespräch für die Stelle "
        "als Tischler (m/w/d) einladen. Passt Ihnen Donnerstag um 14 Uhr?\n\nViele "
        "Grüße\nMarkus Albers\nSchreinerei Albers",
    ),
    row(
        "de_baeckerei_eingang",
        Status.APPLIED,
        "Bäckerei Lorenz",
        "Bäckereifachverkäuferin",
        sender="Bäckerei Lorenz <jobs@baeckerei-lorenz.de>",
        subject="Eingangsbestätigung Ihrer Bewerbung",
        body="Liebe Frau Koch,\n\nherzlichen Dank für Ihre Bewerbung als Bäckereifachverkäuferin "
        "bei der Bäckerei Lorenz. Wir prüfen Ihre Unterlagen und melden uns "
        "bald.\n\nHerzliche Grüße\nIhr Team der Bäckerei Lorenz",
    ),
    row(
        "de_elektro_gmbh",
        Status.APPLIED,
        "Elektro Petersen GmbH",
        "Elektroniker für Energie- und Gebäudetechnik",
        sender="Elektro Petersen GmbH <personal@elektro-petersen.de>",
        subject="Ihre Bewerbung als Elektroniker für Energie- und Gebäudetechnik",
        body="Guten Tag Herr Demir,\n\nvielen Dank für Ihre Bewerbung. Ihre Unterlagen sind bei "
        "uns eingegangen. Wir melden uns innerhalb von zwei Wochen bei "
        "Ihnen.\n\nFreundliche Grüße\nElektro Petersen GmbH",
    ),
    row(
        "de_holzbau_absage_personio",
        Status.REJECTED,
        "Brunner Holzbau",
        "Zimmerer (m/w/d)",
        sender="Brunner Holzbau <noreply@personio.de>",
        subject="Absage: Zimmerer (m/w/d)",
        body="Hallo Lea,\n\nvielen Dank für Ihr Interesse an Brunner Holzbau. Nach sorgfältiger "
        "Prüfung haben wir uns leider für andere Kandidat:innen entschieden.\n\nViele "
        "Grüße\nBrunner Holzbau",
    ),
    row(
        "de_sanitaer_sig",
        Status.INTERVIEW,
        "Voigt Sanitär & Heizung",
        None,
        sender="Thomas Voigt <t.voigt@voigt-sanitaer.de>",
        subject="Re: Bewerbung Anlagenmechaniker",
        body="Hallo Herr Meier,\n\ndanke für Ihre Bewerbung als Anlagenmechaniker SHK. Können "
        "Sie nächste Woche Dienstag zum Kennenlernen vorbeikommen?\n\nGruß\nThomas "
        "Voigt\nVoigt Sanitär & Heizung",
    ),
    row(
        "de_malerbetrieb",
        Status.REJECTED,
        "Malerbetrieb Hoffmann",
        None,
        sender="Malerbetrieb Hoffmann <info@maler-hoffmann.de>",
        subject="Ihre Bewerbung",
        body="Sehr geehrter Herr Schulz,\n\nvielen Dank für Ihre Bewerbung als Maler und "
        "Lackierer. Leider ist die Stelle bereits vergeben.\n\nMit freundlichen "
        "Grüßen\nMalerbetrieb Hoffmann",
    ),
    row(
        "de_dachdecker_stepstone",
        Status.APPLIED,
        "Dachtechnik Krüger",
        "Dachdecker (m/w/d)",
        sender="StepStone <noreply@stepstone.de>",
        subject="Ihre Bewerbung wurde versendet",
        body="Ihre Bewerbung als Dachdecker (m/w/d) wurde erfolgreich an Dachtechnik Krüger "
        "gesendet.\n\nViel Erfolg!\nIhr StepStone Team",
    ),
    row(
        "de_gartenbau",
        Status.INTERVIEW,
        "GaLaBau Wendt",
        None,
        sender="Garten- und Landschaftsbau Wendt <info@galabau-wendt.de>",
        subject="Bewerbung Gärtner",
        body="Hallo Herr Lang,\n\nvielen Dank für Ihre Bewerbung als Gärtner. Wir würden Sie "
        "gern kennenlernen: Hätten Sie am Freitag um 9 Uhr Zeit für ein Gespräch?\n\nBeste "
        "Grüße\nKarin Wendt\nGaLaBau Wendt",
    ),
    row(
        "de_kfz_ats",
        Status.APPLIED,
        "Autohaus Brenner",
        "Kfz-Mechatroniker",
        sender="Autohaus Brenner <bewerbung@softgarden.io>",
        subject="Ihre Bewerbung bei Autohaus Brenner",
        body="Sehr geehrter Herr Aydin,\n\nvielen Dank für Ihre Bewerbung als Kfz-Mechatroniker "
        "bei Autohaus Brenner. Wir haben Ihre Unterlagen erhalten.\n\nMit freundlichen "
        "Grüßen\nAutohaus Brenner",
    ),
    row(
        "de_metallbau_absage",
        Status.REJECTED,
        "Metallbau Schröder GmbH & Co. KG",
        None,
        sender="Metallbau Schröder <jobs@metallbau-schroeder.de>",
        subject="Absage",
        body="Sehr geehrte Damen und Herren,\n\nwir danken Ihnen für Ihre Bewerbung als "
        "Schweißer bei Metallbau Schröder. Leider können wir Ihnen keine Zusage "
        "geben.\n\nMit freundlichen Grüßen\nMetallbau Schröder GmbH & Co. KG",
    ),
    row(
        "fr_maison",
        Status.APPLIED,
        "Maison Girard",
        "Vendeuse en boutique",
        sender="Maison Girard <recrutement@maison-girard.fr>",
        subject="Votre candidature",
        body="Bonjour Camille,\n\nNous avons bien reçu votre candidature pour le poste de "
        "Vendeuse en boutique chez Maison Girard et nous vous en "
        "remercions.\n\nCordialement,\nMaison Girard",
    ),
    row(
        "fr_boulangerie_refus",
        Status.REJECTED,
        "Boulangerie Lefèvre",
        "Boulanger",
        sender="Boulangerie Lefèvre <contact@boulangerie-lefevre.fr>",
        subject="Votre candidature",
        body="Bonjour Monsieur Roux,\n\nNous vous remercions pour votre candidature au poste de "
        "Boulanger. Nous sommes au regret de vous informer que nous ne donnerons pas "
        "suite.\n\nCordialement,\nBoulangerie Lefèvre",
    ),
    row(
        "fr_menuiserie",
        Status.INTERVIEW,
        "Menuiserie Perrin",
        "Menuisier poseur",
        sender="Menuiserie Perrin <menuiserie.perrin@orange.fr>",
        subject="Entretien - Menuisier poseur",
        body="Bonjour,\n\nSuite à votre candidature pour le poste de Menuisier poseur, nous "
        "souhaiterions vous rencontrer mardi prochain à 10h à l'atelier.\n\nBien "
        "cordialement,\nJean Perrin\nMenuiserie Perrin",
    ),
    row(
        "fr_garage_indeed",
        Status.APPLIED,
        "Garage Moreau",
        "Mécanicien automobile",
        sender="Indeed <noreply@indeed.com>",
        subject="Candidature envoyée : Mécanicien automobile",
        body="Votre candidature a été envoyée à Garage Moreau.\n\nMécanicien automobile\nGarage "
        "Moreau\nLyon (69)",
    ),
    row(
        "es_talleres",
        Status.REJECTED,
        "Talleres Ortega",
        "Mecánico de mantenimiento",
        sender="Talleres Ortega <rrhh@talleresortega.es>",
        subject="Su candidatura",
        body="Estimado Sr. Navarro:\n\nLe agradecemos su candidatura para el puesto de Mecánico "
        "de mantenimiento en Talleres Ortega. Lamentamos comunicarle que hemos "
        "seleccionado a otro candidato.\n\nAtentamente,\nTalleres Ortega",
    ),
    row(
        "es_carpinteria",
        Status.INTERVIEW,
        "Carpintería Ruiz",
        "Carpintera",
        sender="Carpintería Ruiz <info@carpinteriaruiz.es>",
        subject="Entrevista",
        body="Hola Lucía,\n\nGracias por tu candidatura al puesto de Carpintera. Nos gustaría "
        "invitarte a una entrevista el jueves a las 11:00.\n\nUn saludo,\nPablo "
        "Ruiz\nCarpintería Ruiz",
    ),
    row(
        "es_panaderia",
        Status.APPLIED,
        "Panadería Herrera",
        "Dependienta",
        sender="Panadería Herrera <empleo@panaderiaherrera.es>",
        subject="Hemos recibido tu candidatura",
        body="Hola Marta,\n\nHemos recibido tu candidatura para el puesto de Dependienta en "
        "Panadería Herrera. Te contactaremos pronto.\n\nSaludos,\nPanadería Herrera",
    ),
    row(
        "nl_bakkerij",
        Status.REJECTED,
        "Bakkerij Jansen",
        "Verkoopmedewerker",
        sender="Bakkerij Jansen <vacatures@bakkerijjansen.nl>",
        subject="Je sollicitatie",
        body="Beste Sanne,\n\nBedankt voor je sollicitatie als Verkoopmedewerker bij Bakkerij "
        "Jansen. Helaas hebben we gekozen voor een andere kandidaat.\n\nMet vriendelijke "
        "groet,\nBakkerij Jansen",
    ),
    row(
        "nl_installatie",
        Status.INTERVIEW,
        "Van Leeuwen Installatietechniek",
        "Monteur",
        sender="Van Leeuwen Installatietechniek <hr@vanleeuwen-installatie.nl>",
        subject="Uitnodiging sollicitatiegesprek",
        body="Beste Daan,\n\nBedankt voor je sollicitatie als Monteur. We nodigen je graag uit "
        "voor een gesprek op maandag om 10:00.\n\nMet vriendelijke groet,\nVan Leeuwen "
        "Installatietechniek",
    ),
    row(
        "nl_schilder",
        Status.APPLIED,
        "Schildersbedrijf De Groot",
        None,
        sender="Schildersbedrijf De Groot <info@degrootschilders.nl>",
        subject="Ontvangstbevestiging sollicitatie",
        body="Beste heer Visser,\n\nWij hebben je sollicitatie voor de functie Schilder goed "
        "ontvangen. We nemen binnen een week contact met je "
        "op.\n\nGroeten,\nSchildersbedrijf De Groot",
    ),
    row(
        "it_falegnameria",
        Status.INTERVIEW,
        "Falegnameria Conti",
        "Falegname",
        sender="Falegnameria Conti <falegnameria.conti@gmail.com>",
        subject="Colloquio",
        body="Buongiorno Marco,\n\nabbiamo letto la sua candidatura per la posizione di "
        "Falegname. Le proponiamo un colloquio venerdì alle 15.\n\nCordiali "
        "saluti,\nFalegnameria Conti",
    ),
    row(
        "en_sons",
        Status.REJECTED,
        "Porter & Sons",
        "Joiner",
        sender="Porter & Sons <jobs@porterandsons.com>",
        subject="Thank you for your application",
        body="Dear Alex,\n\nThank you for applying for the Joiner position at Porter & Sons. "
        "Unfortunately we have decided to move forward with other "
        "candidates.\n\nRegards,\nPorter & Sons",
    ),
    row(
        "en_electric_indeed",
        Status.APPLIED,
        "Moreno Electric",
        "Electrician Helper",
        sender="Indeed <indeedapply@indeed.com>",
        subject="Indeed Application: Electrician Helper",
        body="Your application has been submitted\n\nElectrician Helper\nMoreno Electric\nPhoenix, "
        "AZ\n\nGood luck!",
    ),
    row(
        "en_landscaping_person",
        Status.INTERVIEW,
        "Dawson Lawn Care",
        "Crew Member",
        sender="Greg Dawson <greg@dawsonlawncare.com>",
        subject="Re: Crew Member application",
        body="Hi Chris,\n\nGot your application for the crew member job. Can you come by the "
        "shop Thursday around 3 to talk?\n\nGreg\nDawson Lawn Care",
    ),
    row(
        "en_hvac_ats",
        Status.APPLIED,
        "Whitfield Heating & Air",
        "HVAC Technician",
        sender="Whitfield Heating & Air <no-reply@jobs.workable.com>",
        subject="Thanks for applying to Whitfield Heating & Air",
        body="Hi Jordan,\n\nThanks for applying to the HVAC Technician role at Whitfield Heating "
        "& Air. We've received your application and will be in touch.\n\nWhitfield Heating "
        "& Air",
    ),
    row(
        "en_bros",
        Status.APPLIED,
        "Kowalski Bros. Construction",
        "Carpenter",
        sender="Kowalski Bros. Construction <hiring@kowalskibros.com>",
        subject="Application received",
        body="Hello Pat,\n\nWe received your application for Carpenter at Kowalski Bros. "
        "Construction. We will contact you if your experience matches our "
        "needs.\n\nKowalski Bros. Construction",
    ),
    row(
        "de_ats_hoch",
        Status.APPLIED,
        "Zimmerei Huber",
        None,
        sender="Zimmerei Huber <noreply@jobs.personio.de>",
        subject="Deine Bewerbung bei Zimmerei Huber",
        body="Hallo Tim,\n\nvielen Dank für deine Bewerbung als Zimmerer bei Zimmerei Huber! Wir "
        "schauen uns deine Unterlagen an und melden uns.\n\nDein Team von Zimmerei Huber",
    ),
    row(
        "de_fliesen_gmail",
        Status.REJECTED,
        "Fliesen Schneider",
        None,
        sender="Fliesen Schneider <fliesen.schneider@gmx.de>",
        subject="Bewerbung Fliesenleger",
        body="Hallo Herr Becker,\n\ndanke für Ihre Bewerbung als Fliesenleger. Leider haben wir "
        "die Stelle schon besetzt.\n\nGruß\nFliesen Schneider",
    ),
    row(
        "de_bauunternehmung",
        Status.INTERVIEW,
        "Wagner Bauunternehmung GmbH",
        "Bauleiter (m/w/d)",
        sender="Wagner Bauunternehmung <karriere@wagner-bau.de>",
        subject="Ihre Bewerbung als Bauleiter",
        body="Sehr geehrter Herr Krause,\n\nvielen Dank für Ihre Bewerbung als Bauleiter (m/w/d) "
        "bei der Wagner Bauunternehmung. Wir möchten Sie gerne zu einem persönlichen "
        "Gespräch einladen.\n\nMit freundlichen Grüßen\nWagner Bauunternehmung GmbH",
    ),
    row(
        "fr_transports",
        Status.APPLIED,
        "Transports Morel",
        "Chauffeur PL",
        sender="Transports Morel <rh@transports-morel.fr>",
        subject="Votre candidature - Chauffeur PL",
        body="Bonjour Monsieur Petit,\n\nNous accusons réception de votre candidature au poste "
        "de Chauffeur PL et vous en remercions.\n\nCordialement,\nService RH\nTransports "
        "Morel",
    ),
]


# Practices, inns and shops: "Kanzlei Berger", "Praxis Dr. Hahn" (t-online.de), "Gasthof Adler" (web.de),
# "Fleurs Garnier" (orange.fr), "Ottica Marino" (libero.it), "Kim Orthodontics".
PRACTICES = [
    row(
        "de_kanzlei",
        Status.INTERVIEW,
        "Kanzlei Berger",
        None,
        sender="Kanzlei Berger <info@kanzlei-berger.de>",
        subject="Ihre Bewerbung als Rechtsanwaltsfachangestellte",
        body="Sehr geehrte Frau Sam,\n\nvielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu "
        "einem Vorstellungsgespräch am Mittwoch um 11 Uhr ein.\n\nMit freundlichen "
        "Grüßen\nKanzlei Berger",
    ),
    row(
        "de_praxis_gmx",
        Status.REJECTED,
        "Praxis Dr. Hahn",
        None,
        sender="Praxis Dr. Hahn <praxis.hahn@t-online.de>",
        subject="Bewerbung MFA",
        body="Liebe Frau Sam,\n\nvielen Dank für Ihre Bewerbung als Medizinische "
        "Fachangestellte. Leider haben wir die Stelle bereits besetzt.\n\nIhr "
        "Praxisteam\nPraxis Dr. Hahn",
    ),
    row(
        "de_zahnarzt",
        Status.APPLIED,
        "Zahnarztpraxis Roth",
        None,
        sender="Zahnarztpraxis Roth <bewerbung@zahnarzt-roth.de>",
        subject="Ihre Bewerbung",
        body="Hallo Frau Sam,\n\nherzlichen Dank für Ihre Bewerbung als ZFA. Wir melden uns in "
        "Kürze.\n\nZahnarztpraxis Roth",
    ),
    row(
        "de_steuer",
        Status.REJECTED,
        "Steuerberatung Klein",
        None,
        sender="Steuerberatung Klein <kontakt@stb-klein.de>",
        subject="Ihre Bewerbung als Steuerfachangestellte",
        body="Sehr geehrte Frau Sam,\n\nwir danken Ihnen für Ihre Bewerbung. Leider müssen wir "
        "Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden "
        "haben.\n\nSteuerberatung Klein",
    ),
    row(
        "de_gasthof",
        Status.ASSESSMENT,
        "Gasthof Adler",
        None,
        sender="Gasthof Adler <gasthof.adler@web.de>",
        subject="Bewerbung Servicekraft",
        body="Hallo Sam,\n\ndanke für deine Bewerbung als Servicekraft. Komm doch am Samstag um "
        "14 Uhr zum Probearbeiten vorbei.\n\nGruß\nGasthof Adler",
    ),
    row(
        "de_optik",
        Status.APPLIED,
        "Optik Schulz",
        None,
        sender="Optik Schulz <info@optik-schulz.de>",
        subject="Ihre Bewerbung",
        body="Sehr geehrte Frau Sam,\n\nvielen Dank für Ihre Bewerbung als Augenoptikerin bei "
        "Optik Schulz. Ihre Unterlagen sind bei uns eingegangen.\n\nOptik Schulz",
    ),
    row(
        "de_physio",
        Status.INTERVIEW,
        "Physiotherapie Wolf",
        None,
        sender="Physiotherapie Wolf <praxis@physio-wolf.de>",
        subject="Bewerbung Physiotherapeut",
        body="Hallo Sam,\n\nvielen Dank für deine Bewerbung. Hast du nächste Woche Zeit für ein "
        "Kennenlernen?\n\nViele Grüße\nPhysiotherapie Wolf",
    ),
    row(
        "fr_etude",
        Status.APPLIED,
        "Étude Maître Lambert",
        None,
        sender="Étude Maître Lambert <office@lambert-notaire.fr>",
        subject="Votre candidature",
        body="Madame,\n\nNous avons bien reçu votre candidature au poste de Clerc de notaire et "
        "vous en remercions.\n\nÉtude Maître Lambert",
    ),
    row(
        "fr_fleuriste",
        Status.REJECTED,
        "Fleurs Garnier",
        None,
        sender="Fleurs Garnier <fleursgarnier@orange.fr>",
        subject="Votre candidature",
        body="Bonjour Sam,\n\nMerci pour votre candidature de Fleuriste. Nous avons retenu une "
        "autre personne.\n\nCordialement,\nFleurs Garnier",
    ),
    row(
        "es_clinica",
        Status.APPLIED,
        "Clínica Dental Soler",
        None,
        sender="Clínica Dental Soler <rrhh@clinicasoler.es>",
        subject="Tu candidatura",
        body="Hola Sam,\n\nGracias por tu candidatura como Higienista dental en Clínica Dental "
        "Soler. La hemos recibido.\n\nClínica Dental Soler",
    ),
    row(
        "es_despacho",
        Status.INTERVIEW,
        "Despacho Morales Abogados",
        None,
        sender="Despacho Morales Abogados <info@moralesabogados.es>",
        subject="Entrevista",
        body="Estimada Sam:\n\nNos gustaría invitarle a una entrevista para el puesto de "
        "Asistente legal el lunes a las 10:00.\n\nDespacho Morales Abogados",
    ),
    row(
        "es_asesoria",
        Status.REJECTED,
        "Asesoría Vidal",
        None,
        sender="Asesoría Vidal <empleo@asesoriavidal.es>",
        subject="Su candidatura",
        body="Estimado Sr. Sam:\n\nLe agradecemos su interés. Lamentamos comunicarle que hemos "
        "seleccionado a otro candidato para el puesto de Administrativo "
        "contable.\n\nAsesoría Vidal",
    ),
    row(
        "it_ottica",
        Status.INTERVIEW,
        "Ottica Marino",
        None,
        sender="Ottica Marino <otticamarino@libero.it>",
        subject="Colloquio",
        body="Buongiorno Sam,\n\nabbiamo ricevuto il suo curriculum per la posizione di Addetta "
        "vendite. Può passare giovedì alle 16 per un colloquio?\n\nOttica Marino",
    ),
    row(
        "nl_tandarts",
        Status.INTERVIEW,
        "Tandartspraktijk Bakker",
        None,
        sender="Tandartspraktijk Bakker <info@tandartsbakker.nl>",
        subject="Je sollicitatie",
        body="Beste Sam,\n\nBedankt voor je sollicitatie als Tandartsassistent. We nodigen je "
        "graag uit voor een gesprek op dinsdag.\n\nTandartspraktijk Bakker",
    ),
    row(
        "nl_advocaten",
        Status.REJECTED,
        "Advocatenkantoor Mulder",
        None,
        sender="Advocatenkantoor Mulder <hr@mulderadvocaten.nl>",
        subject="Je sollicitatie",
        body="Beste Sam,\n\nHelaas moeten we je laten weten dat we voor een andere kandidaat "
        "hebben gekozen voor de functie Secretaresse.\n\nAdvocatenkantoor Mulder",
    ),
    row(
        "en_law",
        Status.INTERVIEW,
        "Patterson Law",
        None,
        sender="Patterson Law <office@pattersonlaw.com>",
        subject="Legal Assistant position",
        body="Hi Sam,\n\nThank you for applying for the Legal Assistant position at Patterson "
        "Law. We'd like to schedule an interview next week.\n\nPatterson Law",
    ),
    row(
        "en_associates",
        Status.APPLIED,
        "Ramirez & Associates",
        None,
        sender="Ramirez & Associates <careers@ramirezassociates.com>",
        subject="Your application",
        body="Dear Sam,\n\nThank you for applying for the Paralegal position at Ramirez & "
        "Associates. We will be in touch.\n\nRamirez & Associates",
    ),
    row(
        "en_orthodontics",
        Status.INTERVIEW,
        "Kim Orthodontics",
        None,
        sender="Kim Orthodontics <jobs@kimortho.com>",
        subject="Interview",
        body="Hi Sam,\n\nThanks for applying to Kim Orthodontics. Are you available Thursday at "
        "10 for an interview for the Orthodontic Assistant role?\n\nKim Orthodontics",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), TRADES + PRACTICES)
def test_a_craft_named_by_its_owner_is_the_employer(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
