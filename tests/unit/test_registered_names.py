"""A registered name on a letterhead, its brand in the text: the employer as a tracker writes it
(invented mail, Portuguese, Italian, Spanish, German and English).

A company's letterhead writes the name it is registered under: the brand, then what it does and how it
is constituted ("Quintamar Comércio de Vinhos, Lda.", "Casale Brunetti Società Agricola Cooperativa").
Where the mail also writes the brand alone (its display name, its sentences), the labels write the
brand, as they leave "Insurance Group" off a brand. A name's own words stay: an NHS trust's, and a
registered name the mail never shortens.
"""

import pytest

from tests.extraction_support import application_row as named
from tests.extraction_support import assert_reads_application, extract
from tracker.extraction.brand_names import is_description
from tracker.models import Status

REGISTERED_NAMES = [
    named(
        "a_portuguese_trade_and_legal_form_under_the_brand_of_the_display_name",
        Status.REJECTED,
        "Quintamar",
        "Assistente Comercial",
        sender="Recursos Humanos Quintamar <rh@quintamar.pt>",
        subject="Resposta à sua candidatura",
        body="Exma. Senhora Inês Duarte,\nAgradecemos a candidatura apresentada à função de Assistente "
        "Comercial.\nInformamos que a vaga já foi preenchida.\nCom os melhores cumprimentos,\n"
        "Departamento de Recursos Humanos\nQuintamar Comércio de Vinhos, Lda.\nRua do Cais 14, Porto",
    ),
    named(
        "an_italian_cooperative_signing_under_the_brand_its_sentence_writes",
        Status.REJECTED,
        "Casale Brunetti",
        sender='"Selezione Casale Brunetti" <noreply@recruitee.com>',
        subject="Aggiornamento sulla tua candidatura",
        body="Ciao Marco,\nti ringraziamo per l'interesse verso Casale Brunetti e per il colloquio. Abbiamo "
        "deciso di proseguire con un altro profilo.\nUn saluto,\nIl team HR\nCasale Brunetti Società "
        "Agricola Cooperativa",
    ),
    named(
        "a_spanish_trade_description_with_its_sociedad_limitada",
        Status.APPLIED,
        "Ferrovela",
        sender="Ferrovela Empleo <empleo@ferrovela.es>",
        subject="Hemos recibido tu candidatura",
        body="Hola Lucía,\ngracias por tu interés en Ferrovela. Hemos recibido tu candidatura y la "
        "revisaremos en los próximos días.\nUn saludo,\nEquipo de Personas\nFerrovela Montajes y "
        "Mantenimiento, S.L.",
    ),
    named(
        "a_german_letterhead_joining_two_trades_with_und",
        Status.REJECTED,
        "Steinfeld",
        sender="Steinfeld Karriere <karriere@steinfeld.de>",
        subject="Ihre Bewerbung",
        body="Sehr geehrter Herr Brandt,\nvielen Dank für Ihre Bewerbung bei Steinfeld. Leider müssen wir "
        "Ihnen mitteilen, dass wir uns für eine andere Person entschieden haben.\nMit freundlichen Grüßen\n"
        "Personalabteilung\nSteinfeld Maschinenbau und Anlagentechnik GmbH",
    ),
    named(
        "an_english_footer_of_trades_after_the_brand",
        Status.APPLIED,
        "Harwick",
        sender="Harwick Careers <careers@harwick.co.uk>",
        subject="Thanks for applying to Harwick",
        body="Hi Tom,\nThank you for your interest in Harwick. We have received your application and will be "
        "in touch.\nKind regards,\nHarwick Recruitment\nHarwick Precision Engineering and Tooling Ltd",
    ),
    # A name's own words are no description.
    named(
        "an_nhs_trust_writing_its_town_alone_keeps_its_name",
        Status.REJECTED,
        "Ashcombe Teaching Hospitals NHS Foundation Trust",
        sender="Ashcombe Teaching Hospitals NHS Foundation Trust <recruitment@ashcombe.nhs.uk>",
        subject="Your application",
        body="Dear Priya,\nThank you for applying to work in Ashcombe. Unfortunately you have not been "
        "shortlisted on this occasion.\nKind regards,\nRecruitment Team\nAshcombe Teaching Hospitals NHS "
        "Foundation Trust",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), REGISTERED_NAMES)
def test_a_registered_name_gives_way_to_the_brand_the_mail_writes(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(
    ("tail", "describes"),
    [
        ("Indústria de Moldes, Lda.", True),
        ("Trasporti e Logistica S.r.l.", True),
        ("Società Agricola Cooperativa", True),
        ("Teaching Hospitals NHS Foundation Trust", False),  # which trust: the name's words
        ("Digital Media", False),  # two words may be the name's
        ("– Austria Presse Agentur", False),  # a second name after a dash
        ("Cooperative", False),  # "Group Health Cooperative"
    ],
)
def test_a_description_is_three_words_joined_or_saying_company(tail, describes):
    assert is_description(tail.replace(",", " ").split()) is describes
