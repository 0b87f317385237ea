"""An organisation the mail names by its acronym and defines once beside its full name (invented mail): "the
Fundación ... del Tormes – FUNDERTORMES", "l'Institut Régional des Marais (IRMA)", "CEMVAL – Consorzio ...".
The tracker shows the full name the mail defines, whichever side of the dash or bracket it stands; the
acronym's letters open its words in order (by initials or by syllables)."""

import pytest

from tests.extraction_support import extract


def _body(greeting: str, news: str, valediction: str, *signature: str) -> str:
    return f"{greeting}\n\n{news}\n\n{valediction}\n" + "\n".join(signature)


@pytest.mark.parametrize(
    ("sender", "subject", "body", "employer"),
    [
        (  # Spanish: a foundation's syllable acronym after its name and a dash, alone in the signature
            "Lorena Quirarte <lorena.quirarte@fundertormes.example.org>",
            "Re: Postulación – Técnico de campo",
            _body(
                "Buenas tardes, Julián.",
                "Le escribimos en nombre de la Fundación para el Desarrollo Rural del Tormes – FUNDERTORMES. "
                "Lamentamos informarle que hemos decidido continuar el proceso con otro candidato.",
                "Atentamente,",
                "Lorena Quirarte",
                "Gestión Humana",
                "FUNDERTORMES",
            ),
            "Fundación para el Desarrollo Rural del Tormes",
        ),
        (  # French: the acronym in brackets after the name a sentence elides its article onto
            "IRMA Recrutement <recrutement@irma-marais.example.fr>",
            "Votre candidature – Technicien de laboratoire",
            _body(
                "Bonjour Louis,",
                "Nous avons bien reçu votre candidature au poste de Technicien de laboratoire à l'Institut "
                "Régional des Marais (IRMA).",
                "Cordialement,",
                "Le service des ressources humaines",
                "IRMA",
            ),
            "Institut Régional des Marais",
        ),
        (  # Italian: the acronym before its name on the signature's line
            "Selezione CEMVAL <selezione@cemval.example.it>",
            "Candidatura - Tecnico di cantiere",
            _body(
                "Gentile Paolo,",
                "la ringraziamo per la candidatura. Purtroppo abbiamo scelto un altro profilo.",
                "Cordiali saluti",
                "Ufficio Personale",
                "CEMVAL – Consorzio Edile Montano della Valtellina",
            ),
            "Consorzio Edile Montano della Valtellina",
        ),
        (  # Dutch: the acronym before its name in running text, the sentence going on after it
            "Werving SOBV <werving@sobv.example.nl>",
            "Je sollicitatie: Bibliotheekmedewerker",
            _body(
                "Beste Joris,",
                "Bedankt voor je sollicitatie als Bibliotheekmedewerker bij SOBV – Stichting Openbare "
                "Bibliotheken Veenkoloniën. We nemen binnen twee weken contact met je op.",
                "Met vriendelijke groet,",
                "Team Werving SOBV",
            ),
            "Stichting Openbare Bibliotheken Veenkoloniën",
        ),
    ],
    ids=["es-foundation-syllables", "fr-institute-brackets", "it-consortium", "nl-foundation-prose"],
)
def test_acronym_is_shown_as_the_full_name_the_mail_defines(sender, subject, body, employer):
    assert extract(sender=sender, subject=subject, body=body).company == employer
