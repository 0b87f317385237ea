"""Rejections that hedge and confirmations that sound like rejections, in German, French, Spanish, Dutch,
Portuguese and Italian: the polite "unfortunately we cannot answer every application", a CV kept for later
inside a confirmation, "if we do not reply within four weeks", and rejections that never say "no".

Every row was written for this test (never copied from a dataset): the status a person reads in it.
"""

import pytest

from tests.extraction_support import extract
from tests.unit.test_rules_extractor_languages import APP, APPLIED, REJECTED, case, check

# fmt: off
HEDGES = [
    case(
        "Mosel Metall <bewerbung@mosel-metall.de>",
        "Eingangsbestätigung",
        "Sehr geehrte Frau Lang,\n\nvielen Dank für Ihre Bewerbung. Aufgrund der Vielzahl an Bewerbungen "
        "können "
        "wir leider nicht jede Bewerbung sofort beantworten. Wir melden uns innerhalb von drei Wochen.\n\n"
        "Mit freundlichen Grüßen",
        APP, APPLIED, None, None, "de leider in a confirmation",
    ),
    case(
        "Hansa Logistik GmbH <noreply@smartrecruiters.com>",
        "Ihre Bewerbung",
        "Sehr geehrter Herr Yilmaz,\n\nwir haben Ihre Bewerbung erhalten. Sollten Sie innerhalb von vier "
        "Wochen "
        "nichts von uns hören, ist die Stelle anderweitig besetzt.\n\nFreundliche Grüße",
        APP, APPLIED, None, None, "de no reply means filled, conditional",
    ),
    case(
        "Quellwerk <jobs@quellwerk.de>",
        "Deine Bewerbung",
        "Hallo Sara,\n\ndanke für deine Zeit und die spannenden Gespräche. Nach vielen Überlegungen sind wir "
        "zu "
        "dem Schluss gekommen, dass ein anderes Profil besser zu unserem Team passt.\n\nViele Grüße",
        APP, REJECTED, None, None, "de another profile fits better",
    ),
    case(
        "Recrutement Ondine <recrutement@ondine.fr>",
        "Votre candidature",
        "Bonjour Léa,\n\nNous avons bien reçu votre candidature. Sans retour de notre part sous trois "
        "semaines, "
        "vous pourrez considérer que votre candidature n'a pas été retenue.\n\nCordialement",
        APP, APPLIED, None, None, "fr silence means no, conditional",
    ),
    case(
        "Papeterie Morin <jobs@papeterie-morin.fr>",
        "Votre candidature",
        "Bonjour Zoé,\n\nMerci pour votre candidature. Nous la conservons dans notre vivier et reviendrons "
        "vers "
        "vous si un poste correspondant à votre profil s'ouvre.\n\nCordialement",
        APP, APPLIED, None, None, "fr cv kept inside a confirmation",
    ),
    case(
        "Hexalis <no-reply@us.greenhouse-mail.io>",
        "Votre candidature chez Hexalis",
        "Bonjour Thomas,\n\nVotre parcours est impressionnant, mais nous avons finalement fait un autre "
        "choix "
        "pour ce poste.\n\nBelle continuation,\nL'équipe Hexalis",
        APP, REJECTED, None, None, "fr fait un autre choix",
    ),
    case(
        "Cierzo Tech <no-reply@us.greenhouse-mail.io>",
        "Gracias por tu candidatura",
        "Hola Diego,\n\nHemos recibido tu candidatura. Si no tienes noticias nuestras en 15 días, entiende "
        "que "
        "tu perfil no ha sido seleccionado.\n\nSaludos",
        APP, APPLIED, None, None, "es silence means no, conditional",
    ),
    case(
        "Atalaya Seguros <jobs@atalaya.teamtailor.com>",
        "Sobre tu candidatura",
        "Hola Carmen,\n\nHa sido un placer conocerte. En esta ocasión hemos elegido a una persona cuyo "
        "perfil "
        "encaja mejor con el puesto.\n\nUn abrazo",
        APP, REJECTED, None, None, "es elegido a una persona",
    ),
    case(
        "Capivara Tech <jobs@capivara.recruitee.com>",
        "Sua candidatura",
        "Olá Ana,\n\nRecebemos sua candidatura. Caso não entremos em contato em 30 dias, considere que seu "
        "perfil "
        "não foi selecionado.\n\nAbraços",
        APP, APPLIED, None, None, "pt silence means no, conditional",
    ),
    case(
        "Banco Aurora <bancoaurora@myworkday.com>",
        "Retorno sobre sua candidatura",
        "Olá Rafael,\n\nGostamos muito de conhecer você, mas neste momento optamos por um perfil mais "
        "aderente "
        "à vaga.\n\nDesejamos sucesso",
        APP, REJECTED, None, None, "pt optamos por um perfil",
    ),
    case(
        "Dolomia <no-reply@hire.lever.co>",
        "Abbiamo ricevuto la tua candidatura",
        "Ciao Giulia,\n\ngrazie per la candidatura. Qualora il tuo profilo non fosse in linea, non riceverai "
        "ulteriori comunicazioni.\n\nA presto",
        APP, APPLIED, None, None, "it conditional no reply",
    ),
    case(
        "Pasticceria Fiore <noreply@smartrecruiters.com>",
        "La sua candidatura",
        "Gentile Sara,\n\nla ringraziamo per il tempo dedicato. Abbiamo deciso di orientarci su un altro "
        "profilo "
        "per questa posizione.\n\nCordiali saluti",
        APP, REJECTED, None, None, "it orientarci su un altro profilo",
    ),
    case(
        "Tulpveld <no-reply@hire.lever.co>",
        "Je sollicitatie",
        "Hoi Daan,\n\nBedankt voor je sollicitatie. Mocht je binnen drie weken niets van ons horen, dan is "
        "je "
        "sollicitatie helaas niet succesvol.\n\nGroeten",
        APP, APPLIED, None, None, "nl conditional no reply",
    ),
    case(
        "Gemeente Waterland <waterland@myworkday.com>",
        "Je sollicitatie",
        "Beste Sanne,\n\nWe waren onder de indruk van je ervaring, maar we hebben gekozen voor iemand die "
        "beter "
        "aansluit bij het team.\n\nMet vriendelijke groet",
        APP, REJECTED, None, None, "nl gekozen voor iemand",
    ),
]
# fmt: on


@pytest.mark.parametrize("sender, subject, body, kind, status, company, title", HEDGES)
def test_a_hedge_is_no_rejection_and_a_polite_rejection_is_one(
    sender, subject, body, kind, status, company, title
):
    check(extract(body, subject, sender), kind, status, company, title)
