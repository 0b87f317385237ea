"""Where Italian, French, German, Spanish, Dutch and Portuguese mail names the post, by class (invented mail):
a reply naming no post above the reader's own application, whose quote names it (its subject line or its
sentence); an offer's role noun with its article ("offrirti il ruolo di aiuto cuoco", "propor-lhe o cargo
de técnica"); an offer's welcome in the formal address ("que se una a nuestro equipo como X") or French's
own verb ("rejoindre notre équipe en tant que X"); what ends a post's name: the applicant's own verb
sending their CV ("per la posizione di X allego il CV"), Dutch's separable particle and the post's state
("bieden je de functie van X aan bij ...", "de vacature voor X staat on hold"), a town and its quarter
after the gender mark ("H/F - Lille Vauban").
"""

import pytest

from tracker.email_reading import email_from_fields
from tracker.extraction.rules import RulesExtractor
from tracker.models import Kind

_RULES = RulesExtractor()


def _read(sender: str, subject: str, body: str):
    return _RULES.extract(email_from_fields("m1", sender, "2026-02-03T09:00:00Z", subject, body))


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Giulia Sarti <g.sarti@studiotecnicosarti.it>",
            "Re: candidatura",
            "Buongiorno Davide,\n\ngrazie per essere passato in studio. Abbiamo scelto di proseguire con un "
            "altro candidato, più vicino alle nostre esigenze attuali.\n\nUn saluto,\nGiulia Sarti\n"
            "Studio Tecnico Sarti\n\n> Il giorno 2 mar 2026, Davide Neri ha scritto:\n> Buongiorno, "
            "le scrivo per la posizione di geometra di cantiere, allego il mio curriculum.",
            "Geometra di cantiere",
        ),
        (
            "Bart Peeters <bart@drukkerijpeeters.be>",
            "RE: kandidatuur",
            "Dag Ruben,\n\nBedankt voor je interesse. We hebben intussen iemand anders gevonden.\n\n"
            "Groeten,\nBart Peeters\nDrukkerij Peeters\n\n-----Oorspronkelijk bericht-----\nVan: Ruben Maes\n"
            "Verzonden: maandag 9 februari 2026 20:14\nOnderwerp: kandidatuur Operator Offsetpers\n\n"
            "Beste, in bijlage mijn cv.",
            "Operator Offsetpers",
        ),
        (
            "Pilar Ortega <pilar@bodegasortega.es>",
            "RE: Currículum",
            "Hola Sergio:\n\nGracias por tu candidatura. Lamentablemente hemos decidido seguir adelante con "
            "otro candidato.\n\n"
            "Un saludo,\nPilar Ortega\nBodegas Ortega\n\nEl 12 ene 2026, a las 18:40, Sergio Gil "
            "escribió:\n> Buenas tardes, les escribo por la vacante de enólogo adjunto que vi publicada.\n"
            "> Un saludo.",
            "Enólogo adjunto",
        ),
        (
            "Karin Lenz <k.lenz@lenz-metallbau.de>",
            "AW: Bewerbung",
            "Hallo Herr Roth,\n\nvielen Dank für Ihr Interesse. Leider haben wir uns für einen anderen "
            "Bewerber entschieden.\n\nFreundliche Grüße\nKarin Lenz\nLenz Metallbau GmbH\n\n"
            "-----Ursprüngliche Nachricht-----\nVon: Timo Roth\nGesendet: Montag, 2. Februar 2026 19:03\n"
            "Betreff: Bewerbung als Konstruktionsmechaniker\n\nSehr geehrte Damen und Herren, anbei meine "
            "Unterlagen.",
            "Konstruktionsmechaniker",
        ),
    ],
)
def test_a_reply_naming_no_post_takes_it_from_the_readers_quoted_mail(sender, subject, body, title):
    reading = _read(sender, subject, body)
    assert reading.kind is Kind.APPLICATION
    assert reading.job_title == title


def test_a_replier_quoting_their_own_mail_names_no_post_from_it():
    reading = _read(
        "Giulia Sarti <g.sarti@studiotecnicosarti.it>",
        "Re: colloquio",
        "Buongiorno Davide,\n\nconfermo il colloquio di giovedì alle 10 in studio.\n\nGiulia Sarti\n"
        "Studio Tecnico Sarti\n\n> Il giorno 2 mar 2026, Giulia Sarti ha scritto:\n> Buongiorno Davide, "
        "abbiamo una posizione di disegnatore tecnico aperta.\n> A presto.",
    )
    assert reading.job_title is None


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Anna Berti <anna@trattoriaberti.it>",
            "Proposta di assunzione",
            "Ciao Marco,\n\nabbiamo il piacere di proporti il ruolo di aiuto cuoco presso la nostra "
            "trattoria di Lucca, a partire dal 1 aprile.\n\nAnna Berti\nTrattoria Berti",
            "Aiuto cuoco",
        ),
        (
            "Ufficio Personale <personale@cooparcobaleno.it>",
            "Proposta di assunzione",
            "Gentile Sara,\n\nsiamo lieti di comunicarti che sei stata scelta per ricoprire il ruolo di "
            "operatrice socio sanitaria nel nostro centro diurno: in allegato la lettera di assunzione."
            "\n\nCooperativa Arcobaleno",
            "Operatrice socio sanitaria",
        ),
        (
            "Nuno Sá <nuno@contascertas.pt>",
            "Proposta",
            "Olá Rita,\n\nTemos o prazer de lhe propor o cargo de técnica de contabilidade no escritório "
            "de Braga.\n\nCumprimentos,\nNuno Sá\nContas Certas Lda",
            "Técnica de contabilidade",
        ),
        (
            "Pedro Ruiz <pruiz@andinadistribuciones.co>",
            "Oferta laboral",
            "Buenas tardes, Marta:\n\nNos complace ofrecerle el puesto y queremos que se una a nuestro "
            "equipo como Coordinadora de Compras y Abastecimiento en la sede de Pasto.\n\n"
            "Adjunto la carta oferta.\n\nPedro Ruiz\nAndina Distribuciones S.A.S.",
            "Coordinadora de Compras y Abastecimiento",
        ),
        (
            "Luc Martin <luc@ateliervauban.fr>",
            "Proposition d'embauche",
            "Bonjour Claire,\n\nNous avons le plaisir de vous proposer un CDI pour rejoindre notre équipe en "
            "tant que Chargée de projets événementiels à Nantes.\n\nLuc Martin\nAtelier Vauban",
            "Chargée de projets événementiels",
        ),
        (
            "Kees de Boer <kees@vandamtransport.nl>",
            "Aanbod",
            "Beste Sanne,\n\nWe bieden je graag de functie van Planner Wegtransport aan bij onze vestiging "
            "in Tilburg.\n\nMet vriendelijke groet,\nKees de Boer\nVan Dam Transport",
            "Planner Wegtransport",
        ),
    ],
)
def test_an_offer_names_the_post_it_offers(sender, subject, body, title):
    assert _read(sender, subject, body).job_title == title


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Marco Gallo <marco@galloimpianti.it>",
            "Re: invio CV",
            "Buongiorno Luca,\n\nla ringraziamo, purtroppo abbiamo già coperto la posizione.\n\nMarco Gallo"
            "\nGallo Impianti S.r.l.\n\n> Il giorno 4 feb 2026, Luca Riva ha scritto:\n> Buongiorno, per la "
            "posizione di elettricista industriale vi invio il mio curriculum.\n> Cordiali saluti",
            "Elettricista industriale",
        ),
        (
            "Eva Smit <e.smit@zorggroepdelta.nl>",
            "Je sollicitatie",
            "Beste Tim,\n\nBedankt voor je sollicitatie. De vacature voor coördinator thuiszorg staat "
            "voorlopig on hold, omdat het budget opnieuw wordt bekeken.\n\nGroet,\nEva Smit\nZorggroep Delta",
            "Coördinator thuiszorg",
        ),
        (
            "Recrutement Maison Ardent <jobs@maisonardent.fr>",
            "Votre candidature",
            "Bonjour,\n\nMerci pour votre candidature au poste de Conseiller de vente H/F - Lille Vauban. "
            "Nous revenons vers vous rapidement.\n\nMaison Ardent",
            "Conseiller de vente H/F",
        ),
    ],
)
def test_what_ends_a_posts_name(sender, subject, body, title):
    assert _read(sender, subject, body).job_title == title


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Solarix Recruitment <jobs@solarix.nl>",
            "Je sollicitatie is ontvangen",
            "Beste Joris,\n\nWe hebben je sollicitatie ontvangen voor:\n\nMonteur Zonnepanelen\nUtrecht\n\n"
            "We nemen binnen twee weken contact met je op.\n\nGroet,\nSolarix B.V.",
            "Monteur Zonnepanelen",
        ),
        (
            "Feldmann Logistik <karriere@feldmann-logistik.de>",
            "Eingangsbestätigung",
            "Guten Tag Frau Brandt,\n\nvielen Dank für Ihre Bewerbung für die Stelle:\n\nSachbearbeiterin "
            "Lohnbuchhaltung (m/w/d)\nStandort Kassel\n\nWir melden uns in Kürze.\n\nMit freundlichen "
            "Grüßen\nIhr Personalteam\nFeldmann Logistik GmbH",
            "Sachbearbeiterin Lohnbuchhaltung (m/w/d)",
        ),
        (
            "Groupe Lemaire <rh@groupelemaire.fr>",
            "Confirmation de candidature",
            "Bonjour Léa,\n\nNous avons bien reçu votre candidature au poste :\n\nAssistante de direction\n"
            "Bordeaux\n\nNous reviendrons vers vous prochainement.\n\nL'équipe RH\nGroupe Lemaire",
            "Assistante de direction",
        ),
    ],
)
def test_a_post_alone_on_the_line_after_the_applications_colon(sender, subject, body, title):
    assert _read(sender, subject, body).job_title == title


@pytest.mark.parametrize(
    ("posting", "title"),
    [
        ("Junior Controller (m/w/d) - Controlling", "Junior Controller (m/w/d) - Controlling"),
        ("Chef de produit H/F - Marketing", "Chef de produit H/F - Marketing"),
        ("Lagerhelfer (m/w/d) - Leipzig", "Lagerhelfer (m/w/d)"),
        ("Teamleiter Versand (m/w/d) - Standort Dortmund", "Teamleiter Versand (m/w/d)"),
    ],
)
def test_a_field_after_the_gender_marks_dash_is_the_posts_and_a_town_is_not(posting, title):
    reading = _read(
        "Karriere Nordhafen <jobs@nordhafen-gruppe.de>",
        "Ihre Bewerbung",
        f"Hallo Frau Kern,\n\nvielen Dank für Ihre Bewerbung als {posting}. Wir melden uns bald.\n\n"
        "Nordhafen Gruppe",
    )
    assert reading.job_title == title


def test_a_dutch_post_ends_before_the_site_it_is_worked_at():
    reading = _read(
        "Iris Bakker <i.bakker@zorgkringwest.nl>",
        "Je sollicitatie",
        "Beste Tom,\n\nBedankt voor je sollicitatie. De vacature voor verpleegkundige nachtdienst locatie "
        "Heerhugowaard is inmiddels vervuld.\n\nGroet,\nIris Bakker\nZorgkring West",
    )
    assert reading.job_title == "Verpleegkundige nachtdienst"
