"""Dutch job mail by class: what the common ATS and job boards send, employers' rejections in their own
words, the later stages and job alerts.

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
        "Gemeente Waterland <waterland@myworkday.com>",
        "Bedankt voor je sollicitatie",
        "Beste Sanne,\n\nBedankt voor je sollicitatie op de vacature Beleidsmedewerker Wonen bij Gemeente "
        "Waterland. We hebben je gegevens goed ontvangen en nemen binnen twee weken contact met je op.\n\n"
        "Met vriendelijke groet,\nTeam Recruitment",
        APP, APPLIED, "Gemeente Waterland", "Beleidsmedewerker Wonen", "workday op de vacature",
    ),
    case(
        "Tulpveld <no-reply@hire.lever.co>",
        "Je sollicitatie bij Tulpveld",
        "Hoi Daan,\n\nLeuk dat je hebt gesolliciteerd als Backend Developer bij Tulpveld! We bekijken je "
        "sollicitatie en laten snel van ons horen.\n\nGroeten,\nTulpveld",
        APP, APPLIED, "Tulpveld", "Backend Developer", "lever gesolliciteerd als",
    ),
    case(
        "Bakkerij Verhoeven <jobs@verhoeven.recruitee.com>",
        "Ontvangstbevestiging sollicitatie",
        "Beste Emma,\n\nWe hebben je sollicitatie voor de functie Verkoopmedewerker Winkel in goede orde "
        "ontvangen.\n\nMet vriendelijke groet,\nBakkerij Verhoeven",
        APP, APPLIED, "Bakkerij Verhoeven", "Verkoopmedewerker Winkel", "recruitee in goede orde",
    ),
    case(
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Je sollicitatie is verzonden naar Tulpveld",
        "Je sollicitatie is verzonden naar Tulpveld\n\nData Scientist\nTulpveld · Utrecht, Nederland\n\n"
        "Aanbevolen vacatures\nML Engineer\nPolderAI · Amsterdam",
        APP, APPLIED, "Tulpveld", "Data Scientist", "linkedin nl card",
    ),
    case(
        "Nationale Vacaturebank <noreply@nationalevacaturebank.nl>",
        "Je hebt gesolliciteerd",
        "Hallo Sem,\n\nJe hebt gesolliciteerd op de vacature Chauffeur C/E bij Van der Wal Transport. De "
        "werkgever neemt contact met je op.\n\nSucces!",
        APP, APPLIED, "Van der Wal Transport", "Chauffeur C/E", "nationale vacaturebank",
    ),
]

REJECTIONS = [
    case(
        "Gemeente Waterland <waterland@myworkday.com>",
        "Je sollicitatie",
        "Beste Sanne,\n\nHelaas moeten we je laten weten dat we je niet uitnodigen voor een gesprek. De "
        "reacties van andere kandidaten sloten beter aan bij het profiel.\n\nMet vriendelijke groet",
        APP, REJECTED, "Gemeente Waterland", None, "helaas niet uitnodigen",
    ),
    case(
        "Tulpveld <no-reply@hire.lever.co>",
        "Update over je sollicitatie",
        "Hoi Daan,\n\nNa zorgvuldige overweging hebben we besloten om niet verder te gaan met je "
        "sollicitatie. "
        "We bewaren je cv graag in onze talentpool.\n\nGroeten,\nTulpveld",
        APP, REJECTED, "Tulpveld", None, "niet verder, cv kept",
    ),
    case(
        "Bakkerij Verhoeven <jobs@verhoeven.recruitee.com>",
        "Je sollicitatie bij Bakkerij Verhoeven",
        "Beste Emma,\n\nDe vacature Verkoopmedewerker Winkel is inmiddels vervuld. Bedankt voor je "
        "interesse.\n"
        "\nMet vriendelijke groet,\nBakkerij Verhoeven",
        APP, REJECTED, "Bakkerij Verhoeven", "Verkoopmedewerker Winkel", "vacature vervuld",
    ),
    case(
        "Van der Wal Transport <hr@vanderwal-transport.nl>",
        "Afwijzing sollicitatie",
        "Beste Sem,\n\nWij hebben gekozen voor een kandidaat met meer ervaring. We wensen je veel succes met "
        "je "
        "zoektocht.\n\nVan der Wal Transport",
        APP, REJECTED, "Van der Wal Transport", None, "gekozen voor een kandidaat",
    ),
]

LATER_STAGES = [
    case(
        "Tulpveld <no-reply@hire.lever.co>",
        "Uitnodiging sollicitatiegesprek",
        "Hoi Daan,\n\nWe willen je graag uitnodigen voor een sollicitatiegesprek op dinsdag 8 december om "
        "14:00 "
        "uur op ons kantoor in Utrecht.\n\nGroeten,\nTulpveld",
        APP, INTERVIEW, "Tulpveld", None, "uitnodiging sollicitatiegesprek",
    ),
    case(
        "Gemeente Waterland <waterland@myworkday.com>",
        "Assessment",
        "Beste Sanne,\n\nAls volgende stap vragen we je een online assessment te maken. Je ontvangt de link "
        "per e-mail.\n\nTeam Recruitment",
        APP, ASSESSMENT, "Gemeente Waterland", None, "online assessment",
    ),
    case(
        "Tulpveld <no-reply@hire.lever.co>",
        "Goed nieuws!",
        "Hoi Daan,\n\nWe zijn blij je een aanbod te doen voor de functie Backend Developer. Je vindt het "
        "arbeidscontract in de bijlage.\n\nGroeten,\nTulpveld",
        APP, OFFER, "Tulpveld", None, "aanbod",
    ),
    case(
        "Bakkerij Verhoeven <jobs@verhoeven.recruitee.com>",
        "Vacature ingetrokken",
        "Beste Emma,\n\nDe vacature Bakker is helaas ingetrokken. We zullen de procedure niet "
        "voortzetten.\n\n"
        "Bakkerij Verhoeven",
        APP, WITHDRAWN, "Bakkerij Verhoeven", None, "vacature ingetrokken",
    ),
]

NOT_APPLICATIONS = [
    case(
        "Indeed <alert@indeed.com>",
        "Nieuwe vacatures voor Chauffeur in Zwolle",
        "Chauffeur C/E\nVan der Wal Transport - Zwolle\nBezorger\nPostNL - Zwolle\n\nNu solliciteren",
        ALERT, name="indeed nieuwe vacatures",
    ),
    case(
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "Vacatures die bij je passen",
        "Op basis van je profiel\n\nData Scientist\nTulpveld · Utrecht\nML Engineer\nPolderAI · Amsterdam\n\n"
        "Alle vacatures bekijken",
        ALERT, name="linkedin vacatures die passen",
    ),
]
# fmt: on


@pytest.mark.parametrize(
    "sender, subject, body, kind, status, company, title",
    CONFIRMATIONS + REJECTIONS + LATER_STAGES + NOT_APPLICATIONS,
)
def test_dutch_mail_by_class(sender, subject, body, kind, status, company, title):
    check(extract(body, subject, sender), kind, status, company, title)


# Where Dutch mail names the employer and the title: boards relaying, subjects alone, agencies.
# fmt: off
PLACES = [
    case(
        "Indeed <noreply@indeed.com>",
        "Update over je sollicitatie",
        "Je sollicitatie voor Chauffeur C/E bij Van der Wal Transport is bekeken door de werkgever.\n\n"
        "Vergelijkbare vacatures\nBezorger - PostNL - Zwolle",
        APP, APPLIED, "Van der Wal Transport", "Chauffeur C/E", "indeed viewed",
    ),
    case(
        "Recruitment <werken@tulpveld.nl>",
        "Afwijzing sollicitatie Backend Developer",
        "",
        APP, REJECTED, "Tulpveld", "Backend Developer", "subject-only rejection",
    ),
    case(
        "Randstad <noreply@randstad.nl>",
        "Je sollicitatie",
        "Hoi Sem,\n\nNaar aanleiding van je sollicitatie op de vacature Orderpicker bij onze opdrachtgever "
        "Polderlogistiek willen we graag een telefonisch gesprek inplannen.\n\nRandstad Zwolle",
        APP, INTERVIEW, "Polderlogistiek", "Orderpicker", "agency names its client",
    ),
]
# fmt: on


@pytest.mark.parametrize("sender, subject, body, kind, status, company, title", PLACES)
def test_dutch_mail_names_employer_and_title_where_it_does(
    sender, subject, body, kind, status, company, title
):
    check(extract(body, subject, sender), kind, status, company, title)
