"""Interviews being scheduled and moved, assessments and offers, in German, French, Spanish, Dutch,
Portuguese and Italian: booking links, availability asked for, a meeting moved, a test platform, a contract.

Every row was written for this test (never copied from a dataset): the status a person reads in it.
"""

import pytest

from tests.extraction_support import extract
from tests.unit.test_rules_extractor_languages import APP, ASSESSMENT, INTERVIEW, OFFER, case, check

# fmt: off
STEPS = [
    case(
        "Claire Dubois <claire.dubois@hexalis.fr>",
        "Prochaine étape",
        "Bonjour Thomas,\n\nMerci de réserver un créneau de 30 minutes pour notre premier échange via ce "
        "lien : "
        "https://calendly.com/claire-hexalis/30min\n\nClaire Dubois\nTalent Acquisition - Hexalis",
        APP, INTERVIEW, "Hexalis", None, "fr booking link",
    ),
    case(
        "Recrutement Cybelia <recrutement@cybelia.fr>",
        "Report de votre entretien",
        "Bonjour Isabelle,\n\nNous devons malheureusement décaler votre entretien prévu jeudi. Seriez-vous "
        "disponible lundi à 11h ?\n\nCybelia",
        APP, INTERVIEW, "Cybelia", None, "fr interview moved",
    ),
    case(
        "Nordlicht Versicherung <nordlicht@myworkday.com>",
        "Terminvereinbarung",
        "Guten Tag Herr Becker,\n\nbitte buchen Sie über den folgenden Link einen Termin für ein erstes "
        "Telefonat mit unserer Fachabteilung.\n\nIhr Talent Acquisition Team",
        APP, INTERVIEW, "Nordlicht Versicherung", None, "de booking link",
    ),
    case(
        "Flinkwerk <no-reply@us.greenhouse-mail.io>",
        "Verschiebung unseres Termins",
        "Hallo Jonas,\n\nleider müssen wir unser Gespräch am Donnerstag verschieben. Passt dir Freitag um 10 "
        "Uhr?\n\nDein Flinkwerk Team",
        APP, INTERVIEW, "Flinkwerk", None, "de meeting moved",
    ),
    case(
        "Laura Gil <laura.gil@grupoalbora.com>",
        "Entrevista con Grupo Albora",
        "Hola Lucía,\n\nTe envío la invitación de Teams para la entrevista del martes a las 10:00.\n\nLaura "
        "Gil\n"
        "Grupo Albora",
        APP, INTERVIEW, "Grupo Albora", None, "es teams invitation",
    ),
    case(
        "Cierzo Tech <no-reply@us.greenhouse-mail.io>",
        "Reserva tu hueco",
        "Hola Diego,\n\nPor favor, reserva un hueco en mi agenda para una primera conversación con el "
        "equipo.\n"
        "\nSaludos,\nCierzo Tech",
        APP, INTERVIEW, "Cierzo Tech", None, "es book a slot",
    ),
    case(
        "Dolomia <no-reply@hire.lever.co>",
        "Disponibilità per un colloquio",
        "Ciao Giulia,\n\nti chiedo di indicarmi la tua disponibilità per un primo colloquio conoscitivo la "
        "prossima settimana.\n\nA presto,\nDolomia",
        APP, INTERVIEW, "Dolomia", None, "it availability",
    ),
    case(
        "Tulpveld <no-reply@hire.lever.co>",
        "Kennismaking",
        "Hoi Daan,\n\nKun je aangeven wanneer je volgende week beschikbaar bent voor een "
        "kennismakingsgesprek?\n\n"
        "Groeten,\nTulpveld",
        APP, INTERVIEW, "Tulpveld", None, "nl availability",
    ),
    case(
        "Capivara Tech <jobs@capivara.recruitee.com>",
        "Vamos conversar?",
        "Olá Ana,\n\nPor favor, escolha um horário na minha agenda para uma conversa sobre a vaga de "
        "Desenvolvedora Front-end.\n\nAbraços,\nCapivara Tech",
        APP, INTERVIEW, "Capivara Tech", None, "pt choose a time",
    ),
    case(
        "Hexalis <no-reply@us.greenhouse-mail.io>",
        "Test technique HackerRank",
        "Bonjour Thomas,\n\nHexalis vous invite à passer un test sur HackerRank. Vous avez 72 heures pour le "
        "réaliser.\n\nL'équipe Hexalis",
        APP, ASSESSMENT, "Hexalis", None, "fr hackerrank",
    ),
    case(
        "Sonnenfeld <no-reply@hire.lever.co>",
        "Persönlichkeitsfragebogen",
        "Hi Mia,\n\nals nächsten Schritt bitten wir dich, unseren Persönlichkeitsfragebogen online "
        "auszufüllen.\n"
        "\nSonnenfeld",
        APP, ASSESSMENT, "Sonnenfeld", None, "de questionnaire",
    ),
    case(
        "Nordlicht Versicherung <nordlicht@myworkday.com>",
        "Ihr Vertragsangebot",
        "Guten Tag Herr Becker,\n\nanbei erhalten Sie unser Vertragsangebot für die Position Referent "
        "Risikomanagement.\n\nIhr Talent Acquisition Team",
        APP, OFFER, "Nordlicht Versicherung", None, "de contract offer",
    ),
    case(
        "Dolomia <no-reply@hire.lever.co>",
        "Benvenuta in Dolomia!",
        "Ciao Giulia,\n\nsiamo felici di offrirti il ruolo di Data Engineer. In allegato trovi la lettera di "
        "assunzione da firmare.\n\nDolomia",
        APP, OFFER, "Dolomia", None, "it letter of employment",
    ),
    case(
        "Tulpveld <no-reply@hire.lever.co>",
        "Arbeidsovereenkomst",
        "Hoi Daan,\n\nIn de bijlage vind je de arbeidsovereenkomst voor de functie Backend Developer. Wil je "
        "deze ondertekend terugsturen?\n\nTulpveld",
        APP, OFFER, "Tulpveld", None, "nl employment contract",
    ),
]
# fmt: on


@pytest.mark.parametrize("sender, subject, body, kind, status, company, title", STEPS)
def test_a_later_step_in_each_language(sender, subject, body, kind, status, company, title):
    check(extract(body, subject, sender), kind, status, company, title)
