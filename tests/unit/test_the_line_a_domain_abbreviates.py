"""An employer whose only reading is its domain's letters spelled as words ("Fysio Wielewaal", "Sp Arch") is
the organisation's own line the domain abbreviates, as the mail writes it (invented mail, most of it
answers above the applicant's quoted mail: a Dutch physiotherapy practice, an English joinery, an Italian
architects' studio, a Quebec town, a Portuguese veterinary clinic): a word by its initials or its opening
letters, an accent left off, an inner or a kind's word left out.
"""

import pytest

from tracker.email_reading import email_from_fields
from tracker.extraction.label_spelled_lines import as_its_line_writes_it
from tracker.extraction.rules import RulesExtractor
from tracker.extraction.text import prepare

_RULES = RulesExtractor()


def _company(sender: str, subject: str, body: str) -> str | None:
    email = email_from_fields("m1", sender, "2026-04-14T09:00:00Z", subject, body)
    return _RULES.extract(email).company


@pytest.mark.parametrize(
    ("sender", "subject", "body", "company"),
    [
        (
            "Tjitske Buitenhuis <tjitske@fysio-wielewaal.nl>",
            "RE: Sollicitatie fysiotherapeut",
            "Hoi Maarten,\n\n"
            "Leuk dat je wilt komen kennismaken! Donderdag 16 april om 13:00 staat genoteerd.\n\nGroet,\n"
            "Tjitske Buitenhuis\nPraktijkhouder\n\nFysiotherapie De Wielewaal\n"
            "Kastanjelaan 7, 7415 BH Deventer\n\nVan: Maarten Wiegersma <m.wiegersma@outlook.com>\n"
            "Onderwerp: Sollicitatie fysiotherapeut\n\nBeste Tjitske,\nHierbij mijn sollicitatie.\n\n"
            "Met vriendelijke groet,\nMaarten Wiegersma\n",
            "Fysiotherapie De Wielewaal",
        ),
        (
            "Corwen Treharne <corwen@tollemarshjoinery.co.uk>",
            "RE: Bench Joiner vacancy",
            "Hi Ellis,\n\nFriday 24 April works for the trial day, 8am at the workshop.\n\nThanks,\n"
            "Corwen Treharne\nWorkshop Manager\n\nTollemarsh Specialist Joinery\n"
            "Unit 9, Tannery Lane, Keighley BD21 4QT\n\nFrom: Ellis Pendry <ellis.pendry@gmail.com>\n"
            "Subject: Bench Joiner vacancy\n\nHi Corwen,\nPlease find my CV attached.\n\nKind regards,\n"
            "Ellis Pendry\n",
            "Tollemarsh Specialist Joinery",
        ),
        (
            "Benedetta Sparapani <l.sparapani@sp-arch.it>",
            "Candidatura - Disegnatore CAD",
            "Gentile Tommaso,\n\n"
            "la ringraziamo per la candidatura come Disegnatore CAD. Vorremmo incontrarla per un "
            "colloquio giovedì 23 aprile alle 10:00 nel nostro studio.\n"
            "\nCordiali saluti,\n\nBenedetta Sparapani\nScardovi Pellizzer Architetti Associati\n",
            "Scardovi Pellizzer Architetti Associati",
        ),
        (
            "Service du personnel <emplois@saint-onesiphe.qc.ca>",
            "Concours 2026-TP-07 – Préposé aux travaux publics",
            "Monsieur Gagnon-Lacasse,\n\n"
            "Nous avons le plaisir de vous convoquer à un examen écrit le mardi 5 mai 2026 à 9 h, dans "
            "le cadre du concours 2026-TP-07 pour le poste de préposé aux travaux publics.\n"
            "\nService du personnel\nMunicipalité de Saint-Onésiphe\n",
            "Municipalité de Saint-Onésiphe",
        ),
        (
            "Celeste Pardelhas <c.pardelhas@clinvet-pinhal.pt>",
            "RE: Candidatura – Auxiliar de Veterinária",
            "Cara Inês,\n\n"
            "Obrigada pela resposta. Confirmamos a entrevista na terça-feira, 21 de abril, às 15h.\n\n"
            "Cumprimentos,\nCeleste Pardelhas\nDiretora Clínica\n\nClínica Veterinária Quinta do Pinhal\n"
            "Rua do Pinhal 40, 4450-123 Matosinhos\n\nDe: Inês Carvalhosa <ines.carvalhosa@sapo.pt>\n"
            "Assunto: Candidatura – Auxiliar de Veterinária\n\nBoa tarde,\nEnvio a minha candidatura.\n\n"
            "Com os melhores cumprimentos,\nInês Carvalhosa\n",
            "Clínica Veterinária Quinta do Pinhal",
        ),
    ],
)
def test_the_employer_is_the_line_its_domain_abbreviates(
    sender: str, subject: str, body: str, company: str
) -> None:
    assert _company(sender, subject, body) == company


def test_a_name_the_mail_writes_stays_as_it_is() -> None:
    email = prepare(
        email_from_fields(
            "m1",
            "Quinlan Mawdesley <q.mawdesley@quennlow.com>",
            "2026-04-14T09:00:00Z",
            "Your application",
            "Hi,\n\nThanks for applying to Quennlow.\n\nQuinlan Mawdesley\nQuennlow Holdings\n",
        )
    )
    assert as_its_line_writes_it("Quennlow", email) == "Quennlow"


def test_no_line_of_a_person_is_taken_for_the_label() -> None:
    email = prepare(
        email_from_fields(
            "m1",
            "Ysolde Perrineau <ysolde@operrineau.fr>",
            "2026-04-14T09:00:00Z",
            "Votre candidature",
            "Bonjour,\n\nMerci pour votre candidature.\n\nYsolde Perrineau\nGérante\n",
        )
    )
    assert as_its_line_writes_it("Operrineau", email) == "Operrineau"
