"""After the post, a preposition with the writer's own possessive ("in ons X", "dans notre X", "en nuestro
X", "in our X") says where it is worked or in which team, whatever noun follows, and a preposition before a
shift with its article ("in de nachtdienst", "en el turno de noche", "on the night shift") says when: neither
is the post's name (title_tails.py). A shift after the post's dash is its tag and stays."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract_as_read
from tracker.extraction.title_tails import without_tail


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        pytest.param(
            "h.bakhuis@zorgboerderij-dommelhoeve.nl",
            "Voorstel arbeidsovereenkomst",
            "Beste Lotte,\n\nWe willen je graag aannemen als Begeleider Dagbesteding in ons "
            "activiteitencentrum Zuidwolde-Oost.\n\nHartelijke groet,\nHenk Bakhuis\n"
            "Zorgboerderij Dommelhoeve",
            "Begeleider Dagbesteding",
            id="dutch-own-site-compound",
        ),
        pytest.param(
            "recrutement@ebenisterie-vaugrenard.fr",
            "Votre candidature",
            "Bonjour Loïc,\n\nNous vous remercions pour votre candidature au poste de Menuisier Agenceur "
            "dans notre atelier de Roanne. Nous reviendrons vers vous rapidement.\n\nCordialement,\n"
            "Maëlys Vaugrenard\nÉbénisterie Vaugrenard",
            "Menuisier Agenceur",
            id="french-own-workshop",
        ),
        pytest.param(
            "jobs@vleeswaren-dewitte.be",
            "Uw kandidatuur",
            "Beste Sanne,\n\nU solliciteerde voor de functie Productiemedewerker Snijlijn in onze "
            "vestiging te Roeselare. Graag nodigen we u uit voor een gesprek.\n\nVleeswaren De Witte",
            "Productiemedewerker Snijlijn",
            id="flemish-possessive-left-at-the-end",
        ),
        pytest.param(
            "j.verwimp@koeltransport-rijnmond.nl",
            "Uitnodiging gesprek",
            "Hoi Sem,\n\nIk wil je graag uitnodigen voor een gesprek voor de functie Orderpicker Vriesvak "
            "in de nachtdienst. Schikt donderdag om 14:00 uur?\n\nGroet,\nJolien Verwimp\n"
            "Koeltransport Rijnmond",
            "Orderpicker Vriesvak",
            id="dutch-shift-in-the-sentence",
        ),
    ],
)
def test_where_and_when_the_sentence_puts_the_post_are_no_part_of_its_title(sender, subject, body, title):
    assert extract_as_read(sender, subject, body).job_title == title


@pytest.mark.parametrize(
    ("title", "post"),
    [
        ("Ayudante de Pastelería en nuestro obrador de Albacete", "Ayudante de Pastelería"),
        ("Manutentore del Verde nel nostro vivaio di Pistoia", "Manutentore del Verde"),
        ("Operador de Armazém na nossa câmara frigorífica de Leiria", "Operador de Armazém"),
        ("Gärtner Gehölzkulturen in unserer Baumschule in Pinneberg", "Gärtner Gehölzkulturen"),
        ("Senior Care Assistant within our dementia wing", "Senior Care Assistant"),
        ("Carretillera Frigorífica en el turno de noche", "Carretillera Frigorífica"),
        ("Freezer Picker on the night shift", "Freezer Picker"),
    ],
)
def test_own_place_or_shift_after_the_post_is_cut_in_every_language(title, post):
    assert without_tail(title) == post


@pytest.mark.parametrize(
    "title",
    ["Orderpicker - nachtploeg", "Specialist in Organic Chemistry", "Consultant en Gestion de Patrimoine"],
)
def test_a_shift_tag_or_a_field_after_the_post_stays(title):
    assert without_tail(title) == title
