"""A brand's registered arm in one country, a region or the world ("X Ireland Ltd.", "X Schweiz AG", "X
International GmbH", "Banque X du Canada") is shown as the brand where the mail writes the brand alone or its
own domain spells it: the name a person types in a tracker (employer_name_edges.without_registered_arm).
Invented mail, English, German, French, Spanish, Italian, Portuguese and Dutch; the names are kept whole
where the mail never writes the brand alone, where a sentence names the arm as the one applied to, where
"International" follows with no legal form, or where a town's name is a common word of the name ("Orchards").
"""

import pytest

from tests.extraction_support import application_row as named
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

ARMS = [
    named(
        "a_country_and_a_legal_form_under_the_brand_its_domain_spells",
        Status.APPLIED,
        "Quorvane",
        sender="Niamh Kelleher <niamh.kelleher@quorvane.ie>",
        subject="Re: Platform Engineer application",
        body="Hi Sam,\n\nThanks for checking in. Nothing has been decided on your application yet; the team "
        "is still reviewing and I will come back to you next week.\n\nBest,\nNiamh\n\nNiamh Kelleher\n"
        "Talent Partner\nQuorvane Ireland Ltd.\n4 Dock Road, Dublin 2",
    ),
    named(
        "a_country_in_german_after_the_brand_the_text_writes",
        Status.INTERVIEW,
        "Meltrix",
        sender="Brunner Sandra <sandra.brunner@meltrix-career.ch>",
        subject="Einladung zum Gespräch – Projektleiter Bau",
        body="Guten Tag Herr Keller\n\nGerne laden wir Sie zu einem Gespräch bei Meltrix ein, am Montag, "
        "14. September, um 10 Uhr in Zürich.\n\nFreundliche Grüsse\nSandra Brunner\nHR Business Partner\n"
        "Meltrix Schweiz AG\nSeestrasse 12, 8002 Zürich",
    ),
    named(
        "international_and_a_legal_form_after_the_brand_in_german",
        Status.OFFER,
        "Hadrava",
        sender="Lenz Petra <petra.lenz@hadrava-jobs.at>",
        subject="Ihr Dienstvertrag – Konstrukteur (m/w/d)",
        body="Sehr geehrter Herr Huber,\n\nwir freuen uns, Sie als Konstrukteur (m/w/d) bei Hadrava "
        "begrüßen zu dürfen. Im Anhang finden Sie Ihren Dienstvertrag.\n\nFreundliche Grüße\nPetra Lenz\n"
        "Human Resources\nHadrava International GmbH\nIndustriestraße 3, 4600 Wels",
    ),
    named(
        "a_french_bank_of_its_country_after_du",
        Status.WITHDRAWN,
        "Caisse Boréale",
        sender="Caisse Boréale - Carrières <carrieres@caisse-boreale.ca>",
        subject="Confirmation du retrait de votre candidature",
        body="Bonjour Julie,\n\nNous confirmons que votre candidature au poste d'Analyste, Risque de crédit "
        "a été retirée à votre demande.\n\nMerci de l'intérêt que vous portez à la Caisse Boréale.\n\n"
        "Acquisition de talents\nCaisse Boréale du Canada",
    ),
    named(
        "a_latin_american_arm_of_the_brand_in_spanish",
        Status.REJECTED,
        "Telvoro",
        sender="Marta Ruiz <marta.ruiz@telvoro.es>",
        subject="Tu candidatura – Analista de Datos",
        body="Hola Pablo:\n\nGracias por tu interés en Telvoro. Tras revisar tu perfil, hemos decidido "
        "continuar con otras candidaturas para el puesto de Analista de Datos.\n\nUn saludo,\nMarta Ruiz\n"
        "Talent Acquisition\nTelvoro Colombia S.A.S.\nBogotá",
    ),
    named(
        "international_and_a_legal_form_in_an_italian_signature",
        Status.INTERVIEW,
        "Farnedi",
        sender="Giulia Conti <giulia.conti@farnedi.ch>",
        subject="Colloquio – Controller",
        body="Buongiorno Luca,\n\ngrazie per la candidatura: vorremmo conoscerla per un colloquio martedì "
        "3 marzo alle 10:00.\n\nCordiali saluti\nGiulia Conti\nRisorse Umane\nFarnedi International S.p.A.\n"
        "Via Cantonale 4, Lugano",
    ),
    named(
        "internacional_after_the_brand_the_portuguese_text_writes",
        Status.REJECTED,
        "Lusavia",
        sender="Ana Matos <ana.matos@lusavia.pt>",
        subject="A sua candidatura – Técnico de Manutenção",
        body="Caro João,\n\nAgradecemos o seu interesse na Lusavia. Decidimos avançar com outros candidatos "
        "para a função de Técnico de Manutenção.\n\nCumprimentos,\nAna Matos\nRecursos Humanos\n"
        "Lusavia Internacional, S.A.\nLisboa",
    ),
    named(
        "a_dutch_arm_of_the_brand_in_dutch",
        Status.REJECTED,
        "Vendrik",
        sender="Sanne de Boer <sanne.deboer@vendrik.nl>",
        subject="Je sollicitatie – Data Analist",
        body="Beste Tim,\n\nBedankt voor je interesse in Vendrik. Helaas hebben we besloten om niet "
        "verder te gaan met je sollicitatie voor Data Analist.\n\nMet vriendelijke groet,\nSanne de Boer\n"
        "Recruiter\nVendrik Nederland B.V.\nUtrecht",
    ),
    named(
        "a_studio_named_by_its_town_under_the_brand_its_domain_spells",
        Status.INTERVIEW,
        "Pixelvane",
        sender="Chloé Martin <chloe.martin@pixelvane.com>",
        subject="Pixelvane Lyon – un premier appel ?",
        body="Bonjour Léa,\n\nJe suis chargée de recrutement chez Pixelvane Lyon. Auriez-vous 30 minutes "
        "jeudi à 10 h pour un premier appel au sujet du poste de Game Designer ?\n\nÀ bientôt,\n"
        "Chloé Martin\nTalent Acquisition\nPixelvane Lyon\n12 rue de la République, Lyon",
    ),
]

# The arm registered with its trade's words before the country ("X Reifen Deutschland GmbH", "X Airlines
# International S.A."): the brand its own domain spells, where the mail writes it with the trade only so.
ARMS_WITH_THEIR_TRADE = [
    named(
        "a_german_arm_with_its_trade_before_the_country",
        Status.WITHDRAWN,
        "Norvik",
        sender="Lange, Tobias <tobias.lange@norvik.com>",
        subject="AW: Rückzug meiner Bewerbung – Einkäufer (m/w/d)",
        body="Hallo Frau Brandt,\n\ndanke für Ihre Nachricht. Ich habe Ihre Bewerbung als zurückgezogen "
        "markiert.\n\nViele Grüße\nTobias Lange\nRecruiter\nNorvik Bremsen Deutschland GmbH\n"
        "Hafenstraße 4, 28217 Bremen",
    ),
    named(
        "a_french_signature_of_an_airline_registered_worldwide",
        Status.REJECTED,
        "Aerolis",
        sender="Claire Petit <claire.petit@aerolis.lu>",
        subject="Votre candidature - Technicien avionique (H/F)",
        body="Bonjour Monsieur Roux,\n\nNous avons le regret de vous informer que nous ne retiendrons pas "
        "votre candidature au poste de Technicien avionique (H/F).\n\nCordialement,\nClaire Petit\n"
        "Ressources Humaines\nAerolis Airlines International S.A.\nRoute de Trèves, Luxembourg",
    ),
    named(
        "an_english_consultancy_registered_worldwide",
        Status.INTERVIEW,
        "Tessera",
        sender="Ruth Okafor <ruth.okafor@tessera.co.uk>",
        subject="Interview - Finance Director",
        body="Dear Mark,\n\nI would like to invite you to an interview for the Finance Director role on "
        "Tuesday at 11am at our Leeds office.\n\nBest regards,\nRuth Okafor\nPartner\n"
        "Tessera Consultants International Ltd\n1 Park Row, Leeds",
    ),
    named(
        "a_spanish_insurer_of_its_country",
        Status.REJECTED,
        "Corvalia",
        sender="Lucía Navarro <lucia.navarro@corvalia.com>",
        subject="Tu candidatura – Actuario",
        body="Hola Andrés:\n\nGracias por tu tiempo. Hemos decidido continuar con otras candidaturas para "
        "el puesto de Actuario.\n\nUn saludo,\nLucía Navarro\nSelección\nCorvalia Seguros España, S.A.\n"
        "Madrid",
    ),
    named(
        "an_italian_arm_with_its_trade",
        Status.INTERVIEW,
        "Brenvio",
        sender="Paolo Greco <paolo.greco@brenvio.it>",
        subject="Colloquio – Buyer",
        body="Buongiorno Marta,\n\nvorremmo conoscerla per un colloquio giovedì 5 marzo alle 15:00.\n\n"
        "Cordiali saluti\nPaolo Greco\nRisorse Umane\nBrenvio Pneumatici Italia S.p.A.\nMilano",
    ),
]

KEPT_WHOLE = [
    named(
        "an_arm_whose_brand_with_its_trade_the_text_writes",
        Status.REJECTED,
        "Norvik Bremsen",
        sender="Lange, Tobias <tobias.lange@norvik.com>",
        subject="Ihre Bewerbung bei Norvik Bremsen",
        body="Hallo Frau Brandt,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für eine andere "
        "Kandidatin entschieden haben.\n\nViele Grüße\nTobias Lange\nNorvik Bremsen Deutschland GmbH",
    ),
    named(
        "a_country_arm_the_mail_writes_only_whole",
        Status.REJECTED,
        "Orvantis Arbeit Austria GmbH",
        sender="Orvantis Recruiting <jobs@orvantis-jobs.at>",
        subject="Absage",
        body="Guten Tag,\n\nleider können wir Sie für die ausgeschriebene Position nicht berücksichtigen.\n\n"
        "Mit freundlichen Grüßen\n\nOrvantis Arbeit Austria GmbH",
    ),
    named(
        "international_without_a_legal_form_is_the_names_own",
        Status.REJECTED,
        "Pellow Frank International",
        sender="Pellow Frank International <jobs@pellowfrank-jobs.com>",
        subject="Your application",
        body="Dear Sam,\n\nThank you for applying through Pellow Frank International. The role has now been "
        "filled and we will not take your application further.\n\nKind regards,\nPellow Frank International",
    ),
    named(
        "an_arm_a_sentence_names_as_the_one_applied_to",
        Status.APPLIED,
        "Kaltner Deutschland GmbH",
        sender="Kaltner Karriere <karriere@kaltner.de>",
        subject="Eingangsbestätigung: Elektroniker (m/w/d)",
        body="Guten Tag Herr Weber,\n\nvielen Dank für Ihre Bewerbung bei der Kaltner Deutschland GmbH als "
        "Elektroniker (m/w/d). Wir melden uns in zwei Wochen.\n\nIhr Kaltner Recruiting-Team",
    ),
    named(
        "a_small_towns_name_that_is_a_word_of_the_name",
        Status.APPLIED,
        "Tallow Orchards Pty Ltd",
        sender="Jobs <jobs@tallow.com.au>",
        subject="Application received - Fruit Picker",
        body="Hello Mia,\n\nWe have received your application for Fruit Picker and will review it this "
        "week.\n\nCheers,\nThe Recruitment Team\nTallow Orchards Pty Ltd",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), ARMS + ARMS_WITH_THEIR_TRADE + KEPT_WHOLE)
def test_a_brands_registered_arm_is_named_as_its_brand(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
