"""The employer's answer to the reader's own withdrawal (invented mail): the reader wrote that they
withdraw, the employer answers above the quote with a kind word and no news of its own ("Thanks for letting
us know", "Helemaal goed, bedankt", "Obrigado pelo aviso"): the application is withdrawn, in
every language. An answer stating news of its own keeps it; a quote withdrawing nothing changes nothing.
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
                "Ottoline Brack <o.brack@quellmoor-joinery.co.uk>",
                "Re: Bench Joiner",
                "Hi Casimir,",
                "Thanks for letting us know, and congratulations. I've taken Friday's meeting out of the "
                "diary.",
                "All the best,\nOttoline",
                "On 3 Mar 2026, at 19:02, Casimir Vell <casimir.vell@fastmail.com> wrote:\n> Dear Ottoline,\n"
                "> I have since accepted another post, so I would like to withdraw my application for the "
                "Bench Joiner role.\n> Kind regards,\n> Casimir",
            ),
            id="en_thanks_for_letting_us_know",
        ),
        pytest.param(
            _mail(
                "Liesbeth Oudkerk <l.oudkerk@tuinderij-weverslo.nl>",
                "Re: Sollicitatie teeltmedewerker",
                "Hoi Ferdi,",
                "Helemaal goed, bedankt voor het laten weten. Veel plezier bij je nieuwe werkgever.",
                "Groet,\nLiesbeth",
                "Op 4 mrt 2026 om 20:11 heeft Ferdi Aalbregt <ferdi.aalbregt@ziggo.nl> het volgende "
                "geschreven:\n> Hallo Liesbeth,\n> Ik heb voor een andere werkgever gekozen en wil mijn "
                "sollicitatie intrekken.\n> Groet,\n> Ferdi",
            ),
            id="nl_bedankt_voor_het_laten_weten",
        ),
        pytest.param(
            _mail(
                "Gaudêncio Tavira <gtavira@olarias-ameixoeira.pt>",
                "RE: Candidatura",
                "Cara Iolanda,",
                "Obrigado pelo aviso. Boa sorte para os próximos passos.",
                "Cumprimentos,\nGaudêncio Tavira",
                "-----Mensagem original-----\nDe: Iolanda Serpa <iolanda.serpa@sapo.pt>\nAssunto: Candidatura"
                "\n\nBoa tarde,\nEscrevo para dizer que desisto da minha candidatura: mudo-me para o "
                "Porto.\nIolanda Serpa",
            ),
            id="pt_obrigado_pelo_aviso",
        ),
        pytest.param(
            _mail(
                "Heiderose Quambusch <h.quambusch@drechslerei-ulmenau.de>",
                "AW: Bewerbung",
                "Hallo Herr Pfisterer,",
                "schade, aber verständlich. Alles Gute für den neuen Weg!",
                "Viele Grüße\nHeiderose Quambusch",
                "Am 2. März 2026 um 18:40 schrieb Lenz Pfisterer <lenz.pfisterer@web.de>:\n> Sehr geehrte "
                "Frau Quambusch,\n> hiermit möchte ich meine Bewerbung leider zurückziehen.\n"
                "> Lenz Pfisterer",
            ),
            id="de_schade_aber_verstaendlich",
        ),
        pytest.param(
            _mail(
                "Apolline Vérac <a.verac@tonnellerie-saulcy.fr>",
                "RE: Candidature",
                "Bonjour Maël,",
                "Merci de nous avoir prévenus. Bonne continuation !",
                "Apolline Vérac",
                "Le 2 mars 2026 à 18:40, Maël Gorrin <mael.gorrin@orange.fr> a écrit :\n> Bonjour,\n> "
                "J'ai accepté un autre poste et je souhaite retirer ma candidature.\n> Maël Gorrin",
            ),
            id="fr_merci_de_nous_avoir_prevenus",
        ),
    ],
)
def test_an_answer_to_the_readers_withdrawal_is_withdrawn(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.WITHDRAWN, result


def test_an_answer_with_news_of_its_own_keeps_it():
    result = extract(
        **_mail(
            "Ottoline Brack <o.brack@quellmoor-joinery.co.uk>",
            "Re: Bench Joiner",
            "Hi Casimir,",
            "Before you go: we would like to offer you the position of Bench Joiner at a higher salary. "
            "Could you let me know by Friday?",
            "Ottoline",
            "On 3 Mar 2026, at 19:02, Casimir Vell <casimir.vell@fastmail.com> wrote:\n> I would like to "
            "withdraw my application for the Bench Joiner role.",
        )
    )
    assert result.status is Status.OFFER, result


def test_a_quote_withdrawing_nothing_changes_nothing():
    result = extract(
        **_mail(
            "Ottoline Brack <o.brack@quellmoor-joinery.co.uk>",
            "Re: Bench Joiner",
            "Hi Casimir,",
            "Thanks, we'll be in touch next week about the Bench Joiner role.",
            "Ottoline",
            "On 3 Mar 2026, at 19:02, Casimir Vell <casimir.vell@fastmail.com> wrote:\n> Just checking in on "
            "my application for the Bench Joiner role. You may withdraw the advert once it's filled.",
        )
    )
    assert result.status is not Status.WITHDRAWN, result


def test_a_friend_answering_from_a_personal_mailbox_is_no_employer():
    result = extract(
        **_mail(
            "Rosalind Tiverton <rosalind.tiverton@gmail.com>",
            "Re: news",
            "Good call, you'd have hated the commute!",
            "R",
            "On 3 Mar 2026, at 19:02, Casimir Vell <casimir.vell@fastmail.com> wrote:\n> I've decided to "
            "withdraw my application at the joinery.",
        )
    )
    assert result.status is not Status.WITHDRAWN, result
