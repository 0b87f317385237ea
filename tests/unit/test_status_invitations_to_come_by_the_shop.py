"""A small employer's owner asking the reader, by hand, to come by the shop at a day and an hour, in the seven
languages (invented mail): an interview, whether the question opens with "est-ce que" or with the modal.
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Sophie Arnal <sophie@fromagerie-arnal.fr>",
            "votre candidature",
            "Bonjour Léo,\n\nMerci pour votre CV laissé au magasin. Est-ce que vous pourriez passer "
            "jeudi 9 avril vers 11h ? On pourra discuter un peu.\n\nSophie Arnal\nFromagerie Arnal",
        ),
        (
            "Sophie Arnal <sophie@fromagerie-arnal.fr>",
            "votre candidature",
            "Bonjour Léo,\n\nMerci pour votre CV. Vous pourriez passer à la boutique jeudi 9 avril vers 11h ?"
            "\n\nSophie Arnal\nFromagerie Arnal",
        ),
        (
            "Lucía Pardo <lucia@panaderiapardo.es>",
            "tu candidatura",
            "Hola Marta:\n\nGracias por dejar tu CV en la tienda. ¿Podrías pasarte el jueves 9 de abril "
            "a las 11:00? Así charlamos un rato.\n\nLucía Pardo\nPanadería Pardo",
        ),
        (
            "Giulia Neri <giulia@pasticcerianeri.it>",
            "la tua candidatura",
            "Ciao Marco,\n\ngrazie per il CV lasciato in negozio. Potresti passare giovedì 9 aprile alle 11? "
            "Così facciamo due chiacchiere.\n\nGiulia Neri\nPasticceria Neri",
        ),
        (
            "Ana Lobo <ana@padarialobo.pt>",
            "a sua candidatura",
            "Olá Rita,\n\nObrigada pelo CV que deixou na loja. Poderia passar cá na quinta-feira, "
            "9 de abril, às 11h? Assim conversamos.\n\nAna Lobo\nPadaria Lobo",
        ),
        (
            "Jana Vogt <jana@baeckerei-vogt.de>",
            "Ihre Bewerbung",
            "Hallo Herr Kurz,\n\ndanke für Ihren Lebenslauf, den Sie im Laden abgegeben haben. Könnten Sie "
            "am Donnerstag, 9. April, um 11 Uhr vorbeikommen? Dann können wir uns in Ruhe unterhalten.\n\n"
            "Jana Vogt\nBäckerei Vogt",
        ),
        (
            "Eva Smit <eva@bakkerijsmit.nl>",
            "je sollicitatie",
            "Hoi Tim,\n\nDank voor je cv dat je in de winkel hebt afgegeven. Zou je donderdag 9 april om 11 "
            "uur langs kunnen komen? Dan kunnen we even praten.\n\nEva Smit\nBakkerij Smit",
        ),
        (
            "Amy Cole <amy@colebakery.co.uk>",
            "your application",
            "Hi Sam,\n\nThanks for dropping your CV off at the shop. Could you pop in on Thursday 9 April at "
            "11am? We can have a quick chat.\n\nAmy Cole\nCole Bakery",
        ),
    ],
)
def test_an_owner_asking_the_reader_to_come_by_at_a_time_is_an_interview(sender, subject, body):
    result = extract(sender=sender, subject=subject, body=body)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.INTERVIEW), result


def test_a_french_maybe_of_being_contacted_stays_hedged():
    result = extract(
        sender="Recrutement <emplois@maison-arnal.fr>",
        subject="Votre candidature",
        body="Bonjour,\n\nNous avons bien reçu votre candidature. Vous pourriez être contacté pour un "
        "entretien dans les prochaines semaines.\n\nMaison Arnal",
    )
    assert result.status is Status.APPLIED
