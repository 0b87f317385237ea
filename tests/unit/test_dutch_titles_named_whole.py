"""Dutch mail names its post with words around it that are no part of it: a second thing thanked for after
it ("de functie X en de tijd die je ..."), the kind of talk before it in an invitation's name ("online
gesprek X"), the post's noun after an offer's word ("Aanbod functie X"); and a reply whose subject is the
reader's own lowercase word for the post ("RE: Sollicitatie landmeter") names it whole only in the thread
it quotes."""

from __future__ import annotations

from tests.extraction_support import extract
from tracker.email_reading import email_from_fields
from tracker.extraction.rules import RulesExtractor
from tracker.models import Kind, Status


def test_a_second_thing_thanked_for_after_the_post_ends_it():
    result = extract(
        sender="Waterschap Oudeveen <noreply@werkenbij.oudeveen-waterschap.nl>",
        subject="Update over je sollicitatie",
        body=(
            "Beste Sjoerd,\n\nHartelijk dank voor je belangstelling voor de functie Coördinator "
            "Peilbeheer & Gemalen en het vertrouwen dat je in ons stelt. Helaas hebben we besloten je niet "
            "uit te nodigen voor een gesprek.\n\nMet vriendelijke groet,\nWaterschap Oudeveen"
        ),
    )
    assert result.status is Status.REJECTED
    assert result.job_title == "Coördinator Peilbeheer & Gemalen"


def test_the_kind_of_talk_before_the_post_in_an_invitations_name_is_no_part_of_it():
    result = extract(
        sender="Roeland Kwakernaak <r.kwakernaak@vlietsteyn.nl>",
        subject="Uitnodiging: digitaal gesprek Adviseur Grondzaken",
        body=(
            "Beste Inge,\n\nWe nodigen je graag uit voor een eerste kennismaking voor de functie Adviseur "
            "Grondzaken.\n\nWanneer: dinsdag 14 april 2026, 10:00 - 10:45 uur\nWaar: Microsoft Teams\n\n"
            "Microsoft Teams-vergadering\nKlik hier om deel te nemen aan de vergadering\n"
            "https://teams.microsoft.com/l/meetup-join/abc\n\nMet vriendelijke groet,\nRoeland Kwakernaak\n"
            "Vlietsteyn Vastgoed"
        ),
    )
    assert result.status is Status.INTERVIEW
    assert result.job_title == "Adviseur Grondzaken"


def test_the_posts_noun_after_an_offers_word_in_the_subject_is_no_part_of_it():
    result = extract(
        sender="Thirza Boekhorst <t.boekhorst@zandvoorde-oost.nl>",
        subject="Aanbod functie Beleidsadviseur Wijkbeheer",
        body=(
            "Beste Maarten,\n\nWe zijn blij dat we je de functie Beleidsadviseur Wijkbeheer (32 uur) kunnen "
            "aanbieden. Inschaling: schaal 10.\n\nLaat je uiterlijk vrijdag weten of je het aanbod "
            "aanvaardt?\n\nMet vriendelijke groet,\nThirza Boekhorst\nHR-adviseur"
        ),
    )
    assert result.status is Status.OFFER
    assert result.job_title == "Beleidsadviseur Wijkbeheer"


def test_a_reply_under_the_readers_lowercase_word_takes_the_post_the_thread_names_whole():
    email = email_from_fields(
        "m1",
        "Evert Scholtemeijer <e.scholtemeijer@geodelta-ingenieurs.nl>",
        "2026-03-02T10:00:00+01:00",
        "RE: Sollicitatie landmeter",
        (
            "Hoi Ruud,\n\nPrima, dan zien we je dinsdag om 10.00 uur op ons kantoor.\n\nGroet,\nEvert\n\n"
            "Van: Ruud Gerritsma <ruud.gerritsma@kpnplanet.nl>\nVerzonden: zondag 1 maart 2026 20:11\n"
            "Aan: Evert Scholtemeijer <e.scholtemeijer@geodelta-ingenieurs.nl>\n"
            "Onderwerp: Re: Sollicitatie landmeter\n\nBeste Evert,\n\nDinsdag komt mij goed uit.\n\n"
            "Groet,\nRuud\n\n> Op 27 feb 2026 om 09:02 schreef Evert Scholtemeijer "
            "<e.scholtemeijer@geodelta-ingenieurs.nl>:\n>\n> Beste Ruud,\n>\n> Naar aanleiding van je "
            "sollicitatie op de functie Allround Landmeter Ondergrondse Infra willen we graag met je "
            "kennismaken. Kun je dinsdag of woensdag?\n"
        ),
    )
    result = RulesExtractor().extract(email)
    assert result.kind is Kind.APPLICATION
    assert result.job_title == "Allround Landmeter Ondergrondse Infra"
