"""The hour the reader proposed, fixed in a reply (invented mail): under a subject naming the application,
never the meeting ("Re: Your application", "AW: Bewerbung als ..."), the reader's quoted mail offers a day
and an hour ("Wednesday 3pm works for me") and a person at the employer answers with that hour on its
weekday ("Perfect, Wednesday at 3pm then. Ring the side door"): the interview the two arrange, though
neither names it, in every language. An hour the quote never proposed, or an answer naming no weekday,
stays where the application was.
"""

import pytest

from tests.extraction_support import extract_as_read as extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Quarrendale Varnavas <quarrendale@brackenmoor-cartography.co.uk>",
                "Re: Your application - Map Librarian",
                "Perfect, Wednesday at 3pm then. We're above the bakery, ring the side door.",
                "Quarrendale",
                "On 9 Mar 2026, at 21:04, Ottilie Fenwarrow <ottilie.fenwarrow@gmail.com> wrote:\n"
                "> Hi Quarrendale,\n> Wednesday 3pm works for me, thank you.\n> Ottilie",
            ),
            id="en_perfect_wednesday_then",
        ),
        pytest.param(
            _mail(
                "Wendelin Kraxberger <w.kraxberger@zirbenholz-moebel.de>",
                "AW: Bewerbung als Polsterer",
                "Gut, dann Dienstag um 14 Uhr. Bitte im Hof hinten klingeln.",
                "Gruß\nWendelin Kraxberger",
                "Am 3. März 2026 um 19:12 schrieb Ruprecht Ellmaier <ruprecht.ellmaier@web.de>:\n"
                "> Guten Tag Herr Kraxberger,\n> Dienstag um 14 Uhr könnte ich gut.\n> Ruprecht Ellmaier",
            ),
            id="de_gut_dann_dienstag",
        ),
        pytest.param(
            _mail(
                "Aurèle Tissandier <aurele@tonnellerie-vauquois.fr>",
                "RE: Candidature - Tonnelier",
                "Parfait, alors jeudi à 9h30. Le portail est au fond de la cour.",
                "Aurèle",
                "Le lun. 16 mars 2026 à 18:40, Gaspard Louvencourt <gaspard.louvencourt@orange.fr> "
                "a écrit :\n"
                "> Bonjour,\n> Je suis libre jeudi à 9h30 si cela vous va.\n> Gaspard",
            ),
            id="fr_parfait_alors_jeudi",
        ),
        pytest.param(
            _mail(
                "Jorinde Valkhoff <jorinde@valkhoff-glasatelier.nl>",
                "Re: Sollicitatie glazenier",
                "Top, dan donderdag om 11 uur. Bel maar aan bij de groene deur.",
                "Groet,\nJorinde",
                "Op 10 mrt 2026 om 20:05 schreef Sietse Brouwerhaven <sietse.brouwerhaven@ziggo.nl>:\n"
                "> Hoi Jorinde,\n> Donderdag om 11 uur kan ik prima.\n> Sietse",
            ),
            id="nl_top_dan_donderdag",
        ),
        pytest.param(
            _mail(
                "Ilaria Sburlati <ilaria@liuteria-sburlati.it>",
                "R: Candidatura liutaio",
                "Perfetto, allora venerdì alle 16. Citofono Sburlati, secondo piano.",
                "Ilaria",
                "Il giorno mer 11 mar 2026 alle ore 22:10 Tancredi Ravasenga <tancredi.ravasenga@libero.it> "
                "ha scritto:\n> Buonasera,\n> venerdì alle 16 andrebbe benissimo per me.\n> Tancredi",
            ),
            id="it_perfetto_allora_venerdi",
        ),
    ],
)
def test_a_reply_fixing_the_hour_the_reader_proposed_is_an_interview(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.INTERVIEW, result


def test_an_hour_the_quote_never_proposed_is_no_interview():
    result = extract(
        **_mail(
            "Quarrendale Varnavas <quarrendale@brackenmoor-cartography.co.uk>",
            "Re: Your application - Map Librarian",
            "Thanks Ottilie, your portfolio came through on Monday at 9am. We'll be in touch next week.",
            "Quarrendale",
            "On 9 Mar 2026, at 21:04, Ottilie Fenwarrow <ottilie.fenwarrow@gmail.com> wrote:\n"
            "> Hi Quarrendale,\n> Please find my portfolio attached; I can send more maps by 5pm.\n> Ottilie",
        )
    )
    assert result.status is not Status.INTERVIEW, result


def test_the_quoted_hour_named_again_on_no_weekday_is_no_interview():
    result = extract(
        **_mail(
            "Wendelin Kraxberger <w.kraxberger@zirbenholz-moebel.de>",
            "AW: Bewerbung als Polsterer",
            "Danke, Ihre Unterlagen kamen um 14 Uhr an. Wir melden uns.",
            "Gruß\nWendelin Kraxberger",
            "Am 3. März 2026 um 19:12 schrieb Ruprecht Ellmaier <ruprecht.ellmaier@web.de>:\n"
            "> Guten Tag Herr Kraxberger,\n"
            "> anbei meine Unterlagen, ich schicke sie bis 14 Uhr auch per Post.\n"
            "> Ruprecht Ellmaier",
        )
    )
    assert result.status is not Status.INTERVIEW, result
