"""Trades, shop, kitchen and care work in English, German and Dutch mail: titles and kind.

Invented mail (never dataset text). A trade's title is a lowercase noun no role list knows, so the rules
read it from where a sentence names the post ("Bewerbung als Zimmerer", "sollicitatie als bakker",
"applying as a hairdresser", "au poste de serveur", "per il ruolo di magazziniere") and write it as a user
types it, with a capital first letter (tracker/extraction/title_slots.py). What only looks like a post's
slot ("als Anlage", "as a reminder", "como sabes", "come da accordi", "als u vragen heeft") grows no title.
The rows checked for their title only are those whose status or employer another class reads.
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Kind, Status

TRADES = [
    row(
        "en_delivery_driver_confirm",
        Status.APPLIED,
        "Swiftbox Logistics",
        "Delivery driver",
        sender="Swiftbox Logistics <jobs@swiftbox.example>",
        subject="We got your application",
        body="Hello Sam,\nThank you for applying for the delivery driver role at Swiftbox "
        "Logistics. Our team reviews every application and we will contact you within 5 working "
        "days.\nSwiftbox Logistics Recruitment",
    ),
    row(
        "en_trial_shift_barista",
        Status.INTERVIEW,
        "Bean & Leaf Coffee",
        "Barista",
        sender="Ruth Okafor <ruth@beanandleaf.example>",
        subject="Trial shift on Saturday?",
        body="Hi Sam,\n\nThanks for dropping your CV in for the barista job. Could you come in "
        "for a trial shift this Saturday at 9am? It'll be about two hours on the machine with "
        "Tom.\n\nRuth\nBean & Leaf Coffee",
    ),
    row(
        "en_carpenter_reject",
        Status.REJECTED,
        "Hollins Joinery",
        "Carpenter",
        sender="Hollins Joinery <office@hollinsjoinery.example>",
        subject="Your application",
        body="Dear Sam,\n\nThank you for applying for the position of carpenter with Hollins "
        "Joinery. Unfortunately on this occasion we have decided not to take your application "
        "further.\n\nKind regards,\nPeter Hollins\nHollins Joinery",
    ),
    row(
        "en_care_assistant_interview",
        Status.INTERVIEW,
        "Meadowbank Care Home",
        "Care assistant",
        sender="Meadowbank Care Home <recruitment@meadowbankcare.example>",
        subject="Interview - care assistant",
        body="Dear Sam,\n\nThank you for your application to work as a care assistant at "
        "Meadowbank Care Home. We would like to invite you for an interview on Tuesday 14 January "
        "at 11am.\n\nBest wishes,\nJanet Price\nHome Manager",
    ),
    row(
        "en_warehouse_operative_indeed",
        Status.APPLIED,
        "Northgate Distribution",
        "Warehouse operative",
        sender="Indeed <indeedapply@indeed.com>",
        subject="Application submitted: warehouse operative",
        body="Your application has been submitted\nwarehouse operative\nNorthgate Distribution - "
        "Daventry\nThe employer will contact you if they want to move forward.",
    ),
    row(
        "en_forklift_offer",
        Status.OFFER,
        "Brookfield Timber",
        "Forklift driver",
        sender="Dan Pryce <dan.pryce@brookfieldtimber.example>",
        subject="Job offer",
        body="Hi Sam,\n\nGood news - we'd like to offer you the forklift driver job at Brookfield "
        "Timber, starting Monday 3rd February on £12.60 an hour. Let me know if you accept and "
        "I'll send the contract.\n\nDan\nYard Manager, Brookfield Timber",
    ),
    row(
        "en_cleaner_reject",
        Status.REJECTED,
        "Sparkle Office Services",
        "Cleaner",
        sender="Sparkle Office Services <jobs@sparkleoffice.example>",
        subject="Re: cleaner vacancy",
        body="Dear Sam,\nThank you for your interest in the cleaner vacancy. The position has now "
        "been filled, but we will keep your details on file.\nSparkle Office Services",
    ),
    row(
        "en_hairdresser_trial",
        Status.ASSESSMENT,
        "Studio Nine Hair",
        "Hairdresser",
        sender="Studio Nine Hair <bookings@studionine.example>",
        subject="Your application",
        body="Hi Sam, thanks for applying as a hairdresser with us! Can you come in on Thursday "
        "for a trade test? Bring your own scissors.\nLucy\nStudio Nine Hair",
    ),
    row(
        "en_plumber_apprentice",
        Status.APPLIED,
        "Lloyd Heating & Plumbing",
        "Apprentice plumber",
        sender="Gareth Lloyd <gareth@lloydheating.example>",
        subject="Apprenticeship application",
        body="Hi Sam,\n\nThanks for applying for our apprentice plumber position. We've had a lot "
        "of interest so it may take a couple of weeks, but I'll be in touch either "
        "way.\n\nGareth\nLloyd Heating & Plumbing",
    ),
    row(
        "en_shelf_stacker_workday",
        Status.APPLIED,
        "Hartwell Foods",
        "Night Shelf Stacker",
        sender="Hartwell Foods <hartwell@myworkday.com>",
        subject="Thank you for applying to Hartwell Foods",
        body="Dear Sam,\nThank you for applying to the Night Shelf Stacker position at Hartwell "
        "Foods. We have received your application and will review it shortly.\nHartwell Foods "
        "Talent Acquisition",
    ),
    row(
        "en_gardener_confirm",
        Status.APPLIED,
        "Greenways Landscapes",
        "Gardener",
        sender="Greenways Landscapes <jobs@greenways.example>",
        subject="Application received - gardener",
        body="Hello Sam,\nWe have received your application for the gardener post. We will be in "
        "touch if you are shortlisted.\nGreenways Landscapes",
    ),
    row(
        "en_butcher_subject",
        Status.INTERVIEW,
        "Hobbs Family Butchers",
        "Butcher's assistant",
        sender="Hobbs Family Butchers <shop@hobbsbutchers.example>",
        subject="Your application for butcher's assistant",
        body="Hi Sam,\nThanks for your application. We'd like you to pop in for a chat on "
        "Wednesday at 2pm.\nMike Hobbs",
    ),
    row(
        "en_welder_confirm",
        Status.APPLIED,
        "Corran Fabrication",
        "Welder / fabricator",
        sender="Corran Fabrication <jobs@corranfab.example>",
        subject="Application for welder",
        body="Hi Sam,\nWe've received your application for welder / fabricator. Our workshop "
        "manager will review it.\nCorran Fabrication",
    ),
    row(
        "en_cashier_reminder",
        Status.APPLIED,
        "Greenleaf Market",
        "Cashier",
        sender="Greenleaf Market <jobs@greenleafmarket.example>",
        subject="Application received",
        body="Hi Sam,\nThanks for applying to be a cashier at Greenleaf Market. As a reminder, "
        "our stores are open 7 days a week, so please tell us your availability.\nGreenleaf Market "
        "Team",
    ),
    row(
        "en_painter_roofer",
        Status.REJECTED,
        "Ashdown Roofing",
        "Roofer",
        sender="Ashdown Roofing <info@ashdownroofing.example>",
        subject="Roofer job",
        body="Hi Sam,\nThanks for getting in touch about the roofer job. Unfortunately we've "
        "taken someone on now.\nCheers,\nBen\nAshdown Roofing",
    ),
    row(
        "en_waiter_for_the_role",
        Status.ASSESSMENT,
        "Olive Tree Bistro",
        "Waiter",
        sender="Olive Tree Bistro <team@olivetreebistro.example>",
        subject="Thanks for your application",
        body="Hi Sam,\nThank you for applying for the waiter role. Could you come for a trial "
        "evening this Friday at 6pm?\nMarco\nOlive Tree Bistro",
    ),
    row(
        "en_nurse_band5",
        Status.APPLIED,
        "Riverside NHS Trust",
        "Staff nurse",
        sender="Riverside NHS Trust <noreply@trac.jobs>",
        subject="Application received",
        body="Dear Sam,\nThank you for applying for the post of staff nurse (Band 5) on Ward 7. "
        "Your application has been received.\nRiverside NHS Trust",
    ),
    row(
        "en_bar_staff_reverse_as_discussed",
        Status.ASSESSMENT,
        "The Red Lion",
        "Bar staff",
        sender="Jo Marsh <jo@theredlion.example>",
        subject="Bar staff",
        body="Hi Sam,\nAs discussed, thanks for applying for bar staff. Can you do a trial on "
        "Sunday lunch?\nJo\nThe Red Lion",
    ),
    row(
        "de_elektroniker_person",
        Status.ASSESSMENT,
        "Elektro Brandt",
        "Elektroniker",
        sender="Sabine Meier <s.meier@elektro-brandt.example>",
        subject="Ihre Bewerbung",
        body="Hallo Herr Yilmaz,\n\nvielen Dank für Ihre Bewerbung als Elektroniker bei uns. "
        "Gerne möchten wir Sie zu einem Probearbeiten am Donnerstag, 16. Januar, um 7:30 Uhr "
        "einladen.\n\nViele Grüße\nSabine Meier\nElektro Brandt GmbH",
    ),
    row(
        "de_kfz_ausbildung",
        Status.APPLIED,
        "Autohaus Krämer",
        "Ausbildung zum Kfz-Mechatroniker",
        sender="Autohaus Krämer <ausbildung@autohaus-kraemer.example>",
        subject="Bewerbung um eine Ausbildung zum Kfz-Mechatroniker",
        body="Sehr geehrter Herr Becker,\n\nwir haben Ihre Bewerbung um eine Ausbildung zum "
        "Kfz-Mechatroniker erhalten und bedanken uns für Ihr Interesse an unserem Autohaus.\n\nMit "
        "freundlichen Grüßen\nAutohaus Krämer",
    ),
    row(
        "de_verkaeuferin_absage",
        Status.REJECTED,
        "Bäckerei Sonnenkorn",
        "Verkäufer/in",
        sender="Bäckerei Sonnenkorn <personal@sonnenkorn.example>",
        subject="Ihre Bewerbung als Verkäufer/in",
        body="Sehr geehrte Frau Wolf,\n\nvielen Dank für Ihr Interesse. Leider müssen wir Ihnen "
        "mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n\nMit freundlichen "
        "Grüßen\nBäckerei Sonnenkorn",
    ),
    row(
        "de_koch_mwd_personio",
        Status.APPLIED,
        "Landgasthof Linde",
        "Koch (m/w/d)",
        sender="Landgasthof Linde <noreply@personio.de>",
        subject="Deine Bewerbung als Koch (m/w/d)",
        body="Hallo Jonas,\n\nvielen Dank für deine Bewerbung als Koch (m/w/d) beim Landgasthof "
        "Linde. Wir schauen uns deine Unterlagen an und melden uns bald.\n\nDein Team vom "
        "Landgasthof Linde",
    ),
    row(
        "de_pflegefachkraft_einladung",
        Status.INTERVIEW,
        "Seniorenresidenz Am Park",
        "Pflegefachkraft",
        sender="Seniorenresidenz Am Park <bewerbung@residenz-ampark.example>",
        subject="Einladung zum Vorstellungsgespräch",
        body="Sehr geehrte Frau Schulz,\n\nvielen Dank für Ihre Bewerbung als Pflegefachkraft. "
        "Wir laden Sie herzlich zu einem Vorstellungsgespräch am Montag, den 20. Januar um 10 Uhr "
        "ein.\n\nMit freundlichen Grüßen\nSeniorenresidenz Am Park",
    ),
    row(
        "de_friseurin_probearbeiten",
        Status.ASSESSMENT,
        "Salon Haarwerk",
        "Friseurin",
        sender="Salon Haarwerk <salon@haarwerk.example>",
        subject="Probearbeiten",
        body="Hallo Lena,\n\ndanke für deine Bewerbung als Friseurin! Hast du Lust, nächsten "
        "Dienstag zum Probearbeiten vorbeizukommen?\n\nLiebe Grüße\nMelanie\nSalon Haarwerk",
    ),
    row(
        "de_maler_absage_anlage",
        Status.REJECTED,
        "Malerbetrieb Vogt",
        "Maler und Lackierer",
        sender="Malerbetrieb Vogt <info@maler-vogt.example>",
        subject="Ihre Bewerbung als Maler und Lackierer",
        body="Sehr geehrter Herr Koch,\n\nleider können wir Ihnen keine Stelle anbieten. Als "
        "Anlage erhalten Sie Ihre Unterlagen zurück.\n\nMit freundlichen Grüßen\nMalerbetrieb Vogt",
    ),
    row(
        "de_anlage_reverse",
        Status.APPLIED,
        "Stadtwerke Lindau",
        None,
        sender="Stadtwerke Lindau <personal@stadtwerke-lindau.example>",
        subject="Ihre Unterlagen",
        body="Sehr geehrte Frau Nowak,\n\nvielen Dank für Ihre Bewerbung. Als Anlage senden wir "
        "Ihnen den Fragebogen zurück. Wir melden uns bald.\n\nMit freundlichen Grüßen\nStadtwerke "
        "Lindau",
    ),
    row(
        "de_berufskraftfahrer_zusage",
        Status.OFFER,
        "Spedition Hartmann",
        "Berufskraftfahrer (m/w/d)",
        sender="Spedition Hartmann <dispo@spedition-hartmann.example>",
        subject="Zusage",
        body="Hallo Herr Kaya,\n\nwir freuen uns, Ihnen die Stelle als Berufskraftfahrer (m/w/d) "
        "anbieten zu können. Den Arbeitsvertrag schicken wir Ihnen diese Woche zu.\n\nViele "
        "Grüße\nSpedition Hartmann",
    ),
    row(
        "de_reinigungskraft_absage",
        Status.REJECTED,
        "Glanz & Co. Gebäudereinigung",
        "Reinigungskraft",
        sender="Glanz & Co. Gebäudereinigung <jobs@glanzundco.example>",
        subject="Absage",
        body="Sehr geehrte Frau Petrović,\n\nvielen Dank für Ihre Bewerbung als Reinigungskraft. "
        "Leider haben wir die Stelle bereits besetzt.\n\nFreundliche Grüße\nGlanz & Co. "
        "Gebäudereinigung",
    ),
    row(
        "de_kellner_indeed",
        Status.APPLIED,
        "Restaurant Seeblick",
        "Kellner/in",
        sender="Indeed <noreply@indeed.com>",
        subject="Bewerbung eingereicht: Kellner/in",
        body="Deine Bewerbung wurde an Restaurant Seeblick gesendet.\nKellner/in\nRestaurant "
        "Seeblick - Konstanz",
    ),
    row(
        "de_gaertner_softgarden",
        Status.APPLIED,
        "Gartenbau Frisch",
        "Gärtner (m/w/d) im Garten- und Landschaftsbau",
        sender="Gartenbau Frisch <noreply@softgarden.io>",
        subject="Eingangsbestätigung Ihrer Bewerbung",
        body="Sehr geehrter Herr Braun,\n\nvielen Dank für Ihre Bewerbung auf die Stelle Gärtner "
        "(m/w/d) im Garten- und Landschaftsbau. Wir prüfen Ihre Unterlagen.\n\nGartenbau Frisch "
        "GmbH",
    ),
    row(
        "de_schweisser_einladung",
        Status.INTERVIEW,
        "Metallbau Kurz",
        "Schweißer",
        sender="Metallbau Kurz <info@metallbau-kurz.example>",
        subject="Ihre Bewerbung als Schweißer",
        body="Guten Tag Herr Novak,\n\nwir würden Sie gerne kennenlernen. Können Sie am Mittwoch "
        "um 14 Uhr zu einem Gespräch in unsere Werkstatt kommen?\n\nMfG\nThomas Kurz",
    ),
    row(
        "de_dachdecker_lowercase_body",
        Status.REJECTED,
        "Dachdeckerei Stein",
        "Dachdecker",
        sender="Dachdeckerei Stein <stein@dach-stein.example>",
        subject="Bewerbung",
        body="Moin Herr Jansen,\n\ndanke für Ihre Bewerbung als dachdecker. Leider suchen wir "
        "derzeit niemanden mehr.\n\nGruß\nDachdeckerei Stein",
    ),
    row(
        "de_erzieherin_kita",
        Status.INTERVIEW,
        "Kita Sonnenschein",
        "Erzieherin",
        sender="Kita Sonnenschein <leitung@kita-sonnenschein.example>",
        subject="Hospitation",
        body="Liebe Frau Roth,\n\nvielen Dank für Ihre Bewerbung als Erzieherin in unserer Kita. "
        "Wir laden Sie zu einer Hospitation am Freitag um 8 Uhr ein.\n\nHerzliche Grüße\nKita "
        "Sonnenschein",
    ),
    row(
        "de_kassierer_workday",
        Status.APPLIED,
        "Frischmarkt",
        "Kassierer (m/w/d)",
        sender="Frischmarkt <frischmarkt@myworkday.com>",
        subject="Vielen Dank für Ihre Bewerbung",
        body="Hallo Frau Yıldız,\nvielen Dank für Ihre Bewerbung als Kassierer (m/w/d) in "
        "Teilzeit. Wir haben Ihre Unterlagen erhalten.\nIhr Frischmarkt Recruiting Team",
    ),
    row(
        "de_metzger_fuer_die_stelle",
        Status.REJECTED,
        "Metzgerei Huber",
        "Metzger",
        sender="Metzgerei Huber <huber@metzgerei-huber.example>",
        subject="Ihre Bewerbung",
        body="Servus Herr Maier,\n\ndanke für Ihre Bewerbung für die Stelle als Metzger. Wir "
        "haben uns für einen anderen Bewerber entschieden.\n\nMetzgerei Huber",
    ),
    row(
        "de_hausmeister_als_ansprechpartner",
        Status.APPLIED,
        "Wohnbau Kessler",
        "Hausmeister",
        sender="Wohnbau Kessler <verwaltung@wohnbau-kessler.example>",
        subject="Ihre Bewerbung als Hausmeister",
        body="Sehr geehrter Herr Ziegler,\n\nvielen Dank für Ihre Bewerbung. Als Ansprechpartner "
        "steht Ihnen Frau Lang zur Verfügung. Wir melden uns nach Prüfung Ihrer "
        "Unterlagen.\n\nWohnbau Kessler",
    ),
    row(
        "de_altenpfleger_absage",
        Status.REJECTED,
        "Pflegedienst Lichtblick",
        "Altenpflegehelfer",
        sender="Pflegedienst Lichtblick <bewerbung@lichtblick-pflege.example>",
        subject="Rückmeldung zu Ihrer Bewerbung",
        body="Sehr geehrter Herr Wagner,\n\nvielen Dank für Ihre Bewerbung als Altenpflegehelfer. "
        "Leider müssen wir Ihnen eine Absage erteilen.\n\nMit freundlichen Grüßen\nPflegedienst "
        "Lichtblick",
    ),
    row(
        "nl_bakker_confirm",
        Status.APPLIED,
        "Bakkerij Van Dam",
        "Bakker",
        sender="Bakkerij Van Dam <info@bakkerijvandam.example>",
        subject="Je sollicitatie",
        body="Hoi Daan,\n\nBedankt voor je sollicitatie als bakker. We nemen binnenkort contact "
        "met je op.\n\nGroet,\nPieter van Dam\nBakkerij Van Dam",
    ),
    row(
        "nl_projectleider_functie",
        Status.REJECTED,
        "Bouwbedrijf Hendriks",
        "Projectleider",
        sender="Bouwbedrijf Hendriks <hr@hendriksbouw.example>",
        subject="Uw sollicitatie voor de functie Projectleider",
        body="Beste meneer De Vries,\n\nHartelijk dank voor uw sollicitatie voor de functie "
        "Projectleider. Helaas moeten wij u mededelen dat wij u niet uitnodigen voor een "
        "gesprek.\n\nMet vriendelijke groet,\nBouwbedrijf Hendriks",
    ),
    row(
        "nl_proefdag_kok",
        Status.ASSESSMENT,
        "Restaurant De Kade",
        "Kok",
        sender="Restaurant De Kade <keuken@dekade.example>",
        subject="Proefdag",
        body="Hoi Sem,\n\nLeuk dat je hebt gesolliciteerd als kok! Kun je zaterdag om 14:00 komen "
        "voor een proefdag?\n\nGroeten,\nMark\nRestaurant De Kade",
    ),
    row(
        "nl_als_u_vragen_heeft_reverse",
        Status.APPLIED,
        "Zorggroep Westhoek",
        "Verzorgende IG",
        sender="Zorggroep Westhoek <werving@westhoek-zorg.example>",
        subject="Ontvangstbevestiging sollicitatie",
        body="Beste mevrouw Jansen,\n\nWij hebben uw sollicitatie voor de functie verzorgende IG "
        "in goede orde ontvangen. Als u vragen heeft, kunt u ons bellen.\n\nMet vriendelijke "
        "groet,\nZorggroep Westhoek",
    ),
    row(
        "nl_heftruckchauffeur_afwijzing",
        Status.REJECTED,
        "Transport Bakker",
        "Heftruckchauffeur",
        sender="Transport Bakker BV <personeelszaken@transportbakker.example>",
        subject="Sollicitatie heftruckchauffeur",
        body="Beste Kevin,\n\nBedankt voor je interesse. Helaas hebben we gekozen voor een andere "
        "kandidaat.\n\nTransport Bakker",
    ),
    row(
        "nl_leerling_timmerman",
        Status.INTERVIEW,
        "Timmerbedrijf Smit",
        "Leerling timmerman",
        sender="Timmerbedrijf Smit <smit@timmerbedrijfsmit.example>",
        subject="Je sollicitatie",
        body="Hallo Jesse,\n\nBedankt voor je sollicitatie als leerling timmerman. Wil je "
        "volgende week dinsdag langskomen voor een kennismakingsgesprek?\n\nGerrit Smit",
    ),
    row(
        "nl_kassamedewerker_indeed",
        Status.APPLIED,
        "Supermarkt Koster",
        "Kassamedewerker",
        sender="Indeed <indeedapply@indeed.com>",
        subject="Sollicitatie verzonden: Kassamedewerker",
        body="Je sollicitatie is verzonden naar Supermarkt Koster.\nKassamedewerker\nSupermarkt "
        "Koster - Utrecht",
    ),
    row(
        "nl_schoonmaker_aanbod",
        Status.OFFER,
        "Schoonmaakbedrijf Glans",
        "Schoonmaker",
        sender="Schoonmaakbedrijf Glans <info@glans.example>",
        subject="Aanbod",
        body="Beste Ahmed,\n\nWe willen je graag aannemen als schoonmaker. Je kunt op 1 maart "
        "beginnen; het contract volgt per post.\n\nSchoonmaakbedrijf Glans",
    ),
    row(
        "nl_magazijnmedewerker_werkzoeken",
        Status.APPLIED,
        "Logistiek Centrum Oost",
        "Magazijnmedewerker",
        sender="Logistiek Centrum Oost <recruitment@lco.example>",
        subject="Bedankt voor je sollicitatie",
        body="Hoi Tim,\n\nBedankt voor je sollicitatie op de vacature magazijnmedewerker. We "
        "bekijken je cv en laten binnen een week iets weten.\n\nLogistiek Centrum Oost",
    ),
    row(
        "nl_monteur_uitnodiging",
        Status.INTERVIEW,
        "Installatiebedrijf Peters",
        "Monteur",
        sender="Installatiebedrijf Peters <hr@peters-installatie.example>",
        subject="Uitnodiging gesprek",
        body="Beste Ruben,\n\nNaar aanleiding van je sollicitatie als monteur nodigen wij je uit "
        "voor een gesprek op donderdag 23 januari om 10.00 uur.\n\nInstallatiebedrijf Peters",
    ),
    row(
        "nl_bezorger_bevestiging",
        Status.APPLIED,
        "Snel Bezorgd",
        "Bezorger (fiets)",
        sender="Snel Bezorgd <werken@snelbezorgd.example>",
        subject="We hebben je sollicitatie ontvangen",
        body="Hi Noah,\nWe hebben je sollicitatie voor bezorger (fiets) ontvangen. We nemen snel "
        "contact op.\nTeam Snel Bezorgd",
    ),
    row(
        "nl_schilder_ontvangen",
        Status.APPLIED,
        "Schildersbedrijf Mulder",
        "Schilder",
        sender="Schildersbedrijf Mulder <info@mulderschilders.example>",
        subject="Sollicitatie schilder",
        body="Beste Bram,\n\nBedankt voor je reactie op onze vacature voor schilder. We hebben je "
        "gegevens ontvangen en bellen je deze week.\n\nSchildersbedrijf Mulder",
    ),
    row(
        "nl_vakkenvuller",
        Status.INTERVIEW,
        "Supermarkt Van Leeuwen",
        "Vakkenvuller",
        sender="Supermarkt Van Leeuwen <personeel@vanleeuwen.example>",
        subject="Je sollicitatie als vakkenvuller",
        body="Hoi Finn,\n\nBedankt voor je sollicitatie. Je bent van harte welkom voor een kort "
        "gesprek op woensdag om 16:00.\n\nSupermarkt Van Leeuwen",
    ),
    row(
        "nl_automonteur_werkenbij",
        Status.APPLIED,
        "Autobedrijf Visser",
        "Allround Automonteur",
        sender="Autobedrijf Visser <noreply@werkenbij.autobedrijfvisser.example>",
        subject="Sollicitatie ontvangen - Allround Automonteur",
        body="Beste Luuk,\n\nWe hebben je sollicitatie voor de functie Allround Automonteur "
        "ontvangen. Binnen twee weken hoor je van ons.\n\nAutobedrijf Visser",
    ),
    row(
        "en_r2_line_cook_greenhouse",
        Status.APPLIED,
        "Harbor Grill",
        "Line Cook",
        sender="Harbor Grill <no-reply@greenhouse.io>",
        subject="Thank you for applying to Harbor Grill",
        body="Hi Sam,\n\nThanks for applying for the Line Cook role at Harbor Grill. We'll review "
        "your application and be in touch.\n\nHarbor Grill Hiring Team",
    ),
    row(
        "en_r2_dishwasher_lowercase",
        Status.ASSESSMENT,
        "Luigi's Trattoria",
        "Dishwasher",
        sender="Luigi's Trattoria <luigi@luigistrattoria.example>",
        subject="re: dishwasher",
        body="Hi Sam,\nThanks for your application for dishwasher. We'd like you to come in for a "
        "trial shift on Friday from 5pm.\nLuigi",
    ),
    row(
        "en_r2_security_officer_reject",
        Status.REJECTED,
        "Guardline Security",
        "Security officer",
        sender="Guardline Security <recruitment@guardline.example>",
        subject="Your application for security officer",
        body="Dear Sam,\nThank you for your application. Unfortunately you have not been "
        "successful on this occasion.\nGuardline Security",
    ),
    row(
        "en_r2_reverse_as_a_result",
        Status.APPLIED,
        "Millbrook Bakery",
        "Bakery assistant",
        sender="Millbrook Bakery <jobs@millbrookbakery.example>",
        subject="Update on your application",
        body="Hi Sam,\nThank you for applying as a bakery assistant. As a result of the high "
        "number of applications, we will only contact shortlisted candidates.\nMillbrook Bakery",
    ),
    row(
        "de_r2_fachkraft_lagerlogistik_ausbildung",
        Status.INTERVIEW,
        "Spedition Albers",
        "Auszubildender zur Fachkraft für Lagerlogistik",
        sender="Spedition Albers <ausbildung@albers-logistik.example>",
        subject="Ihre Bewerbung als Auszubildender zur Fachkraft für Lagerlogistik",
        body="Sehr geehrter Herr Demir,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie zu einem "
        "Kennenlerngespräch am 5. Februar um 9 Uhr ein.\n\nSpedition Albers",
    ),
    row(
        "de_r2_servicekraft_mwd_absage",
        Status.REJECTED,
        "Hotel Zur Post",
        "Servicekraft (m/w/d)",
        sender="Hotel Zur Post <personal@hotel-zurpost.example>",
        subject="Ihre Bewerbung",
        body="Sehr geehrte Frau Lang,\n\nvielen Dank für Ihre Bewerbung als Servicekraft (m/w/d). "
        "Leider haben wir uns für eine andere Bewerberin entschieden.\n\nHotel Zur Post",
    ),
    row(
        "de_r2_anhang_reverse",
        Status.APPLIED,
        "Tischlerei Brandl",
        None,
        sender="Tischlerei Brandl <info@tischlerei-brandl.example>",
        subject="Ihre Bewerbung",
        body="Hallo Herr Ott,\n\ndanke für Ihre Bewerbung als Anhang. Wir schauen sie uns an und "
        "melden uns.\n\nTischlerei Brandl",
    ),
    row(
        "de_r2_stelle_als_tischler_zusage",
        Status.OFFER,
        "Tischlerei Brandl",
        "Tischler",
        sender="Tischlerei Brandl <info@tischlerei-brandl.example>",
        subject="Zusage",
        body="Hallo Herr Ott,\n\nwir freuen uns, Ihnen die Stelle als Tischler anbieten zu "
        "können. Bitte melden Sie sich wegen des Arbeitsvertrags.\n\nTischlerei Brandl",
    ),
    row(
        "nl_r2_reverse_als_eerste",
        Status.APPLIED,
        "Fietsenmaker Bos",
        None,
        sender="Fietsenmaker Bos <info@fietsenmakerbos.example>",
        subject="Je sollicitatie",
        body="Hoi Joost,\n\nBedankt voor je sollicitatie als eerste reactie op onze vacature. We "
        "bellen je snel.\n\nFietsenmaker Bos",
    ),
    row(
        "nl_r2_chauffeur_ce",
        Status.INTERVIEW,
        "Van der Veen Transport",
        "Chauffeur CE",
        sender="Van der Veen Transport <hr@vdveen-transport.example>",
        subject="Uitnodiging sollicitatiegesprek",
        body="Beste Henk,\n\nNaar aanleiding van je sollicitatie voor de functie chauffeur CE "
        "nodigen wij je uit voor een gesprek op maandag om 9.00 uur.\n\nVan der Veen Transport",
    ),
    row(
        "en_r3_pot_wash_trial",
        Status.ASSESSMENT,
        "Spice Route",
        "Kitchen assistant",
        sender="Dev Patel <dev@spiceroute.example>",
        subject="Kitchen job",
        body="Hi Sam, thanks for applying for the kitchen assistant job. Can you do a trial this "
        "Thursday 6-10pm?\nDev\nSpice Route",
    ),
    row(
        "en_r3_hgv_driver_reject",
        Status.REJECTED,
        "Northway Haulage",
        "HGV Class 1 Driver",
        sender="Northway Haulage <jobs@northwayhaulage.example>",
        subject="HGV Class 1 Driver - application update",
        body="Dear Sam,\nThank you for applying for the HGV Class 1 Driver vacancy. Unfortunately "
        "we will not be taking your application further.\nNorthway Haulage",
    ),
    row(
        "de_r3_pflegehelferin_nacht",
        Status.APPLIED,
        "Klinikum Nordstadt",
        "Pflegehelfer (m/w/d)",
        sender="Klinikum Nordstadt <bewerbung@klinikum-nordstadt.example>",
        subject="Eingangsbestätigung: Pflegehelfer (m/w/d) - Nachtdienst",
        body="Sehr geehrte Frau Arslan,\n\nwir bestätigen den Eingang Ihrer Bewerbung und melden "
        "uns in Kürze.\n\nKlinikum Nordstadt",
    ),
    row(
        "de_r3_als_pdf_reverse",
        Status.APPLIED,
        "Autowerkstatt Berger",
        None,
        sender="Autowerkstatt Berger <werkstatt@berger-kfz.example>",
        subject="Bewerbung",
        body="Hallo Herr Wolf,\n\ndanke, dass Sie uns Ihre Bewerbung als PDF geschickt haben. Wir "
        "melden uns nächste Woche.\n\nAutowerkstatt Berger",
    ),
    row(
        "nl_r3_zorghulp",
        Status.INTERVIEW,
        "Thuiszorg Samen",
        "Zorghulp",
        sender="Thuiszorg Samen <werken@thuiszorgsamen.example>",
        subject="Je sollicitatie",
        body="Hoi Fatima,\n\nDank voor je sollicitatie als zorghulp. We nodigen je graag uit voor "
        "een kennismakingsgesprek op dinsdag om 11.00 uur.\n\nThuiszorg Samen",
    ),
    row(
        "nl_r3_afwasser_afwijzing",
        Status.REJECTED,
        "Hotel De Linde",
        "Afwasser",
        sender="Hotel De Linde <hr@hoteldelinde.example>",
        subject="Sollicitatie afwasser",
        body="Beste Tom,\n\nBedankt voor je sollicitatie. Helaas hebben we iemand anders "
        "gekozen.\n\nHotel De Linde",
    ),
    row(
        "en_r4_as_an_employer",
        Status.APPLIED,
        "Brightwater Care",
        "Support Worker",
        sender="Brightwater Care <jobs@brightwatercare.example>",
        subject="Application received: Support Worker",
        body="Hi Sam,\nThanks for applying. As an employer we value flexibility, and as a team we "
        "support each other.\nBrightwater Care",
    ),
    row(
        "en_r4_applying_as_a_graduate",
        Status.APPLIED,
        "Kestrel Foods",
        "Production Supervisor",
        sender="Kestrel Foods <careers@kestrelfoods.example>",
        subject="Thank you for your application",
        body="Dear Sam,\nThank you for applying as a graduate to our Production Supervisor role. "
        "We will review your application.\nKestrel Foods",
    ),
    row(
        "en_r4_work_as_a_team",
        Status.INTERVIEW,
        "Harbour Cafe",
        "Barista",
        sender="Harbour Cafe <hello@harbourcafe.example>",
        subject="Your application",
        body="Hi Sam,\nThanks for your application for the barista role. We work as a team here, "
        "so we'd love you to come in for a trial on Friday.\nHarbour Cafe",
    ),
    row(
        "de_r4_als_naechsten_schritt",
        Status.INTERVIEW,
        "Bäckerei Wendt",
        "Verkäuferin",
        sender="Bäckerei Wendt <info@baeckerei-wendt.example>",
        subject="Ihre Bewerbung als Verkäuferin",
        body="Hallo Frau Krüger,\n\nvielen Dank. Als nächsten Schritt möchten wir Sie zu einem "
        "Gespräch einladen.\n\nBäckerei Wendt",
    ),
    row(
        "de_r4_bewerbung_als_quereinsteiger",
        Status.APPLIED,
        "Malerei Fuchs",
        None,
        sender="Malerei Fuchs <info@malerei-fuchs.example>",
        subject="Ihre Bewerbung",
        body="Hallo Herr Lenz,\n\nvielen Dank für Ihre Bewerbung als Quereinsteiger. Wir melden "
        "uns bald.\n\nMalerei Fuchs",
    ),
    row(
        "nl_r4_als_je_wilt",
        Status.ASSESSMENT,
        "Bloemenhuis Flora",
        "Bloemist",
        sender="Bloemenhuis Flora <info@bloemenhuisflora.example>",
        subject="Je sollicitatie",
        body="Hoi Eva,\n\nBedankt voor je sollicitatie als bloemist. Als je wilt, kun je zaterdag "
        "een proefdag komen draaien.\n\nBloemenhuis Flora",
    ),
]

# Title and kind only: the mail's status or employer is read by another class (trial days, employers'
# trade names).
TRADES_TITLES = [
    pytest.param(
        {
            "sender": "The Crooked Lantern <hello@crookedlantern.co.uk>",
            "subject": "Thanks for applying",
            "body": "Hi Sam,\n\nThanks for your application for kitchen porter. We'll have a "
            "look at your CV and give you a ring this week.\n\nCheers,\nMaggie\nThe Crooked Lantern",
        },
        "Kitchen porter",
        id="en_kitchen_porter_confirm",
    ),
    pytest.param(
        {
            "sender": "Claire Bennett <claire.bennett@example.net>",
            "subject": "Nanny position",
            "body": "Hi Sam,\nThanks so much for applying to be our nanny. We've decided to go "
            "with someone who lives closer. Best of luck!\nClaire",
        },
        "Nanny",
        id="en_nanny_reject",
    ),
    pytest.param(
        {
            "sender": "The Saltmarsh Hotel <hr@saltmarshhotel.example>",
            "subject": "Chef de partie",
            "body": "Dear Sam,\nThank you for applying for the chef de partie position. After "
            "careful consideration we regret that we will not be progressing your application.\nHR "
            "Team\nThe Saltmarsh Hotel",
        },
        "Chef de partie",
        id="en_chef_de_partie_reject",
    ),
    pytest.param(
        {
            "sender": "Fenwick Motors <service@fenwickmotors.example>",
            "subject": "Your application for Vehicle Technician",
            "body": "Hi Sam,\nThank you for applying for Vehicle Technician. As a reminder, "
            "please bring your driving licence to the interview on Friday at 10am.\nFenwick Motors",
        },
        "Vehicle Technician",
        id="en_mechanic_reverse_as_reminder",
    ),
    pytest.param(
        {
            "sender": "Holzbau Reiter GmbH <info@holzbau-reiter.example>",
            "subject": "Ihre Bewerbung als Zimmerer",
            "body": "Hallo Herr Lehmann,\n\nvielen Dank für Ihre Bewerbung als Zimmerer bei uns. "
            "Wir melden uns in den nächsten Tagen bei Ihnen.\n\nMit freundlichen Grüßen\nAnton "
            "Reiter\nHolzbau Reiter GmbH",
        },
        "Zimmerer",
        id="de_zimmerer_confirm",
    ),
    pytest.param(
        {
            "sender": "StepStone <noreply@stepstone.de>",
            "subject": "Ihre Bewerbung wurde versendet",
            "body": "Ihre Bewerbung als Lagerhelfer (m/w/d) wurde erfolgreich an Logistik Nord "
            "GmbH versendet.\nViel Erfolg!\nIhr StepStone Team",
        },
        "Lagerhelfer (m/w/d)",
        id="de_lagerhelfer_stepstone",
    ),
    pytest.param(
        {
            "sender": "Backhaus Moll <backhaus.moll@example.de>",
            "subject": "Deine Bewerbung",
            "body": "Hi Tim,\nschön, dass du dich für eine Ausbildung als Bäcker bei uns "
            "interessierst! Komm doch am Samstag um 5 Uhr zum Schnuppertag in die "
            "Backstube.\nGruß\nRalf Moll\nBackhaus Moll",
        },
        "Bäcker",
        id="de_azubi_baecker",
    ),
    pytest.param(
        {
            "sender": "Kapsalon Knip <knip@example.nl>",
            "subject": "Re: sollicitatie kapper",
            "body": "Hoi Lisa,\n\nDank je voor je sollicitatie als kapster. We hebben de "
            "vacature helaas al ingevuld.\n\nKapsalon Knip",
        },
        "Kapster",
        id="nl_kapper_afwijzing",
    ),
    pytest.param(
        {
            "sender": "Ziekenhuis Rijnoever <sollicitaties@rijnoever.example>",
            "subject": "Uw sollicitatie",
            "body": "Geachte mevrouw Bos,\n\nU heeft gesolliciteerd naar de functie van "
            "verpleegkundige op de afdeling chirurgie. Helaas moeten wij u mededelen dat u niet "
            "bent geselecteerd.\n\nZiekenhuis Rijnoever",
        },
        "Verpleegkundige",
        id="nl_verpleegkundige_afwijzing",
    ),
    pytest.param(
        {
            "sender": "Koffiebar Bonen <hallo@bonen.example>",
            "subject": "Je sollicitatie als barista",
            "body": "Hey Eva,\n\nLeuk je sollicitatie! Kom je vrijdag een proefdag "
            "draaien?\n\nKoffiebar Bonen",
        },
        "Barista",
        id="nl_barista_proefdag",
    ),
    pytest.param(
        {
            "sender": "Familie De Wit <dewit.gezin@example.nl>",
            "subject": "Oppas",
            "body": "Hoi Sanne,\n\nBedankt voor je reactie als oppas voor onze kinderen. Helaas "
            "hebben we al iemand gevonden.\n\nGroetjes, Marloes",
        },
        "Oppas",
        id="nl_oppas",
    ),
    pytest.param(
        {
            "sender": "Volt Electrical Ltd <apprenticeships@voltelectrical.example>",
            "subject": "Apprenticeship application received",
            "body": "Dear Sam,\nThank you for applying to join us as an apprentice electrician. "
            "We will review your application and contact you about the assessment day.\nVolt "
            "Electrical Ltd",
        },
        "Apprentice electrician",
        id="en_r2_apprentice_electrician",
    ),
    pytest.param(
        {
            "sender": "Strandpaviljoen Zeezicht <werk@zeezicht.example>",
            "subject": "Sollicitatie medewerker bediening",
            "body": "Hoi Lotte,\n\nBedankt voor je sollicitatie als medewerker bediening. Helaas "
            "zijn alle plekken voor dit seizoen vergeven.\n\nStrandpaviljoen Zeezicht",
        },
        "Medewerker bediening",
        id="nl_r2_medewerker_bediening",
    ),
    pytest.param(
        {
            "sender": "The Grand Albion <careers@grandalbion.example>",
            "subject": "Your application - Room Attendant",
            "body": "Dear Sam,\nThank you for applying to work as a room attendant at The Grand "
            "Albion. We will contact you if you are shortlisted.\nHR Department",
        },
        "Room attendant",
        id="en_r3_housekeeper_hotel",
    ),
    pytest.param(
        {
            "sender": "Fliesen Krause GmbH <info@fliesen-krause.example>",
            "subject": "Ihre Bewerbung",
            "body": "Guten Tag Herr Schmidt,\n\nvielen Dank für Ihre Bewerbung als Fliesenleger. "
            "Wir möchten Sie gerne zu einem Probetag am Montag einladen.\n\nMit freundlichen "
            "Grüßen\nFliesen Krause GmbH",
        },
        "Fliesenleger",
        id="de_r3_fliesenleger",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), TRADES)
def test_trade_mail_reads_the_post_and_the_employer(mail, status, company, title):
    result = extract(**mail)
    assert_reads_application(result, status, company, title)
    assert result.job_title == title, "spelled as a user types it"


@pytest.mark.parametrize(("mail", "title"), TRADES_TITLES)
def test_trade_mail_title_is_the_post_as_a_user_types_it(mail, title):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.job_title == title, result
