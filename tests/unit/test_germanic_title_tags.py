"""Dutch, Flemish and German postings' tags after a post's name, none of them part of it (invented mail):
the working regime in a bracket or after a dash, hours in the Flemish "u", the start, a public pay scale
and a posting's two-part code. What belongs to the post (its gender mark, its team) stays.
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_cleaning import clean_title


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        # A Flemish job board's card, the regime in a bracket of its own.
        (
            "Werkzoeker.be <noreply@werkzoeker.be>",
            "Je kandidatuur is verstuurd",
            "Dag Ilse,\n\nJe kandidatuur werd verstuurd.\n\nFunctie: Logistiek Bediende (deeltijds)\n"
            "Werkgever: Brouwerij Oudvelde\n\nSucces!",
            "Logistiek Bediende",
        ),
        # A Dutch agency's prose, a shift in brackets.
        (
            "Joost Verhagen <joost@flinkpersoneel.nl>",
            "Uitnodiging gesprek",
            "Hoi Sem,\n\nDe klant wil je graag spreken over de functie van Orderpicker Koelcel "
            "(nachtdienst). Past woensdag om 14:00?\n\nGroet,\nJoost",
            "Orderpicker Koelcel",
        ),
        # A German ATS's subject, the week's time in a bracket after the gender mark.
        (
            "Backhaus Quendt GmbH <bewerbung@quendt-karriere.de>",
            "Ihre Bewerbung als Bäckereifachverkäufer (m/w/d) (Teilzeit)",
            "Guten Tag Herr Olbrich,\n\nvielen Dank für Ihre Bewerbung. Wir melden uns in Kürze.\n\n"
            "Ihr Team der Backhaus Quendt GmbH",
            "Bäckereifachverkäufer (m/w/d)",
        ),
        # A Flemish town's confirmation, the Flemish "u" hours after a dash.
        (
            "Stad Hamveld <jobs@hamveld.be>",
            "Bevestiging kandidatuur",
            "Beste,\n\nWij ontvingen uw kandidatuur voor de functie Administratief Medewerker "
            "Burgerzaken - 19u/week. U hoort binnenkort van ons.\n\nDienst Personeel\nStad Hamveld",
            "Administratief Medewerker Burgerzaken",
        ),
        # A German tax office's rejection, both week's times after a dash.
        (
            "Kanzlei Wendrich <karriere@wendrich-stb.de>",
            "Ihre Bewerbung",
            "Sehr geehrte Frau Albers,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung als "
            "Lohnbuchhalter (m/w/d) – Vollzeit oder Teilzeit nicht berücksichtigen können.\n\n"
            "Mit freundlichen Grüßen\nKanzlei Wendrich",
            "Lohnbuchhalter (m/w/d)",
        ),
    ],
)
def test_the_working_regime_after_the_post_is_no_part_of_it(
    sender: str, subject: str, body: str, title: str
) -> None:
    assert extract(body, subject, sender).job_title == title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Trainee Spedition (w/m/d) – Start Oktober 2026", "Trainee Spedition (w/m/d)"),
        ("Referent Einkauf (m/w/d) - Eintritt zum 01.10.2026", "Referent Einkauf (m/w/d)"),
        ("Monteur Zonnepanelen (Start: 1 maart)", "Monteur Zonnepanelen"),
        ("Graduate Surveyor - start September 2026", "Graduate Surveyor"),
    ],
)
def test_when_the_post_starts_is_no_part_of_it(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Deskundige Wegenbouw (B1-B3)", "Deskundige Wegenbouw"),
        ("Ingenieur Mobiliteit (A1a-A3a)", "Ingenieur Mobiliteit"),
        ("Wissenschaftliche*r Mitarbeiter*in E13 TV-L", "Wissenschaftliche*r Mitarbeiter*in"),
        ("Sachbearbeiter Vergabe - Entgeltgruppe 10", "Sachbearbeiter Vergabe"),
    ],
)
def test_a_public_pay_scale_after_the_post_is_no_part_of_it(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Calculator Grondwerk (JR-25-1187)", "Calculator Grondwerk"),
        ("Process Engineer (VAC-24-5521)", "Process Engineer"),
        ("Objektleiter*in Hausverwaltung (Kennung 2025-114)", "Objektleiter*in Hausverwaltung"),
        ("Kok - 38u", "Kok"),
    ],
)
def test_a_two_part_code_or_short_hours_after_the_post_is_no_part_of_it(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    "title",
    [
        "Verkäufer (m/w/d) Teilzeit",
        "Dependiente/a (jornada completa)",
        "Docent Duits (C1)",
        "Analyst E3",
        "Kickstart Coordinator",
        "Medewerker Klantendienst NL/FR (m/v/x)",
        "Magazijnmedewerker - Deeltijd",
        "Bookkeeper (Part-Time)",
    ],
)
def test_what_only_looks_like_a_tag_stays(title: str) -> None:
    assert clean_title(title)[0] == title


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        # A German ATS's receipt, the regime in prose after the gender mark.
        (
            "Hofkellerei Brunnacker <jobs@brunnacker-hofkellerei.de>",
            "Eingangsbestätigung",
            "Guten Tag Frau Zwickl,\n\nvielen Dank für Ihre Bewerbung als Kellermeisterin (m/w/d) in Voll- "
            "oder Teilzeit. Wir prüfen Ihre Unterlagen.\n\nIhre Hofkellerei Brunnacker",
            "Kellermeisterin (m/w/d)",
        ),
        # An Austrian board's subject, the regime and its week in one bracket.
        (
            "Jobwiese <noreply@jobwiese.at>",
            "Deine Bewerbung als Skilehrer:in (Vollzeit, 6-Tage-Woche) ist angekommen",
            "Hallo Lenz,\n\ndeine Bewerbung bei der Skischule Gratzenleiten ist angekommen.\n\nViel Erfolg!",
            "Skilehrer:in",
        ),
        # A Swiss hotel's offer, the season after the post.
        (
            "Personalbüro Gasthof Pizol <personal@gasthof-pizol.ch>",
            "Ihre Anstellung",
            "Grüezi Frau Beeler\n\nGerne bieten wir Ihnen die Stelle als Chef de Rang für die Sommersaison "
            "2027 an. Der Vertrag folgt per Post.\n\nFreundliche Grüsse\nGasthof Pizol",
            "Chef de Rang",
        ),
        # A candidate's own subject, the year-round kind of post in a bracket.
        (
            "Notburga Kienzl <personal@alpengasthof-kienzl.at>",
            "AW: Bewerbung als Hausdame (Jahresstelle)",
            "Liebe Frau Pfurtscheller,\n\ndanke für Ihre Bewerbung, wir melden uns nächste Woche.\n\n"
            "Liebe Grüße\nNotburga Kienzl\nAlpengasthof Kienzl",
            "Hausdame",
        ),
        # A German association's subject, the part-time hours in the bracket.
        (
            "Geschäftsstelle Imkerbund Nordeifel <gs@imkerbund-nordeifel.de>",
            "Ihre Bewerbung: Sachbearbeiter*in Mitgliederservice (Teilzeit 25 Std.)",
            "Sehr geehrter Herr Dahmen,\n\nwir haben Ihre Bewerbung erhalten.\n\nMit freundlichen Grüßen\n"
            "Geschäftsstelle",
            "Sachbearbeiter*in Mitgliederservice",
        ),
    ],
)
def test_a_german_posts_regime_season_or_kind_of_post_is_no_part_of_it(
    sender: str, subject: str, body: str, title: str
) -> None:
    assert extract(body, subject, sender).job_title == title


@pytest.mark.parametrize(
    "title", ["Teilzeitkraft Verkauf (m/w/d)", "Saisonplaner (m/w/d)", "Referent Vollzeitschule (m/w/d)"]
)
def test_a_post_named_with_a_regimes_word_stays(title: str) -> None:
    assert clean_title(title)[0] == title
