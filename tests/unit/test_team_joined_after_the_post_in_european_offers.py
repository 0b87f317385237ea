"""An offer by hand names the post and where the reader will work it: the team or the site, often a Dutch
compound ("als verpleegkundige in ons woonzorgcentrum", "in ons team", "dans notre équipe", "en nuestro
equipo"). The title is the post alone. German takes the reader into the team with "holen" or "aufnehmen"
("dich als X ins Team holen"): an offer, whose post stands after "als", not the signer's own post below.
Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Status


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        pytest.param(
            "Els Maes <els@hetkompas.example>",
            "Goed nieuws",
            "Dag Tom,\n\nwe willen je graag aanwerven als verpleegkundige in ons woonzorgcentrum "
            "Het Kompas!\n\nStartdatum: 1 maart.\n\nHartelijke groet,\nEls Maes\nDirecteur\nHet Kompas vzw",
            "verpleegkundige",
            id="nl-compound-site",
        ),
        pytest.param(
            "Els Maes <els@hetkompas.example>",
            "Goed nieuws",
            "Dag Tom,\n\nwe willen je graag aanwerven als logistiek medewerker in ons team!\n\n"
            "Hartelijke groet,\nEls Maes\nHet Kompas vzw",
            "logistiek medewerker",
            id="nl-team",
        ),
        pytest.param(
            "Claire Dubois <claire@atelierlumen.example>",
            "Proposition",
            "Bonjour Paul,\n\nnous souhaitons vous embaucher comme Technicien de maintenance dans notre "
            "équipe de Lyon.\n\nCordialement,\nClaire Dubois\nAtelier Lumen SAS",
            "Technicien de maintenance",
            id="fr-equipe",
        ),
        pytest.param(
            "Anna Becker <anna@holzwerk-nord.example>",
            "Angebot",
            "Hallo Tim,\n\nwir möchten dich sehr gerne als Backend-Entwickler (m/w/d) ins Team holen!\n\n"
            "Eckdaten:\n- 50.000 € brutto\n- Start 1. März\n\nViele Grüße\nAnna\n\n--\nAnna Becker\n"
            "Geschäftsführerin\nHolzwerk Nord GmbH · Hafenstr. 3 · 20457 Hamburg",
            "Backend-Entwickler (m/w/d)",
            id="de-ins-team-holen",
        ),
        pytest.param(
            "Anna Becker <anna@holzwerk-nord.example>",
            "Ihre Bewerbung bei Holzwerk Nord",
            "Hallo Herr Vogt,\n\nwir würden Sie gerne als Schreiner in unser Team aufnehmen.\n\n"
            "Mit freundlichen Grüßen\nAnna Becker\nInhaberin\nHolzwerk Nord GmbH",
            "Schreiner",
            id="de-in-unser-team-aufnehmen",
        ),
    ],
)
def test_the_title_is_the_post_without_the_team_or_site_it_joins(sender, subject, body, title):
    reading = extract(body=body, subject=subject, sender=sender)
    assert reading.status is Status.OFFER
    assert (reading.job_title or "").lower() == title.lower()
