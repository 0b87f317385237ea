"""An employer's name whose opening words a reading left off (invented mail): the mail always writes the
name with its kind or its elided article before it ("Stichting X", "Gran Hotel X", "L'Envolée X") while the
sender's display name spells the rest. The tracker shows the name as the mail writes it; words a mail writes
before a name only sometimes (a sentence's, a team's) are no part of it."""

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "employer"),
    [
        (  # Dutch: a care group's system mail, its display name without the kind
            "Werken bij Brekelmoor <noreply@werkenbijbrekelmoor.example.nl>",
            "Je sollicitatie is ontvangen",
            "Beste Sanne,\n\nBedankt voor je sollicitatie als Helpende Plus bij Zorggroep Brekelmoor, "
            "locatie Dalfsen.\n\nMet vriendelijke groet,\n\nRecruitmentteam Zorggroep Brekelmoor",
            "Zorggroep Brekelmoor",
        ),
        (  # Spanish: a hotel's own adjective and kind, on its signature's line of its own
            "Zarrabeta <rrhh@hotelzarrabeta.example.es>",
            "Entrevista - Camarero/a de pisos",
            "Hola Jon:\n\nGracias por tu interés en el Gran Hotel Zarrabeta. Nos gustaría conocerte el "
            "jueves a las 11:00.\n\nUn saludo,\nGran Hotel Zarrabeta ****\nCalle Mayor 12, Bilbao",
            "Gran Hotel Zarrabeta",
        ),
        (  # French: an article elided onto the name
            "Envolée des Cimes <recrutement@envoleedescimes.example.fr>",
            "Votre candidature – animatrice",
            "Bonjour Paul,\n\nNous avons bien reçu votre candidature au poste d'animatrice à L'Envolée des "
            "Cimes.\n\nCordialement,\nL'Envolée des Cimes",
            "L'Envolée des Cimes",
        ),
        (  # German: a foundation's kind in running text and in its sign-off
            "Karriere Wolfsgrund <jobs@wolfsgrund.example.de>",
            "Ihre Bewerbung als Erzieherin",
            "Liebe Frau Auer,\n\nvielen Dank für Ihre Bewerbung als Erzieherin bei der Stiftung Wolfsgrund. "
            "Wir melden uns in den nächsten Tagen bei Ihnen.\n\nFreundliche Grüße\nIhre Stiftung Wolfsgrund",
            "Stiftung Wolfsgrund",
        ),
    ],
    ids=["nl-care-group", "es-gran-hotel", "fr-elided-article", "de-foundation"],
)
def test_name_is_shown_with_the_kind_it_always_opens_with(sender, subject, body, employer):
    assert extract(sender=sender, subject=subject, body=body).company == employer


def test_words_before_the_name_only_sometimes_are_left_out():
    """A guard: "Talent Team Pellinor" signs, but the text also writes "Pellinor" alone."""
    reading = extract(
        sender="Careers at Pellinor <careers@pellinor.example.com>",
        subject="Your application to Pellinor",
        body="Hi Mara,\n\nThanks for applying to Pellinor. Our recruiters at Pellinor will be in touch.\n\n"
        "Regards,\nTalent Team Pellinor",
    )
    assert reading.company == "Pellinor"
