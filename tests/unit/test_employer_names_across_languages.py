"""Italian, French, German, Spanish, Dutch and Portuguese mail's employers, by class (invented mail): an
agency or a board naming its client's search ("X in Deventer zoekt een inkoper"), a board's card with the
employer and its town on one line ("X, S.L. · Teruel"), a signature's name whose last word the sender's
domain spells ("Brouwerij De Kraanvogel" from kraanvogel.be), Dutch trades a business is named by
("Tuincentrum X"), surnames ending in "-egen" (no cooperative's "eGen"), an Italian name's joining words
("Cassa di Risparmio della X"), a writer's full name beside the organisation in a shared mailbox's name.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.extraction.person_names import looks_like_person_name
from tracker.models import Status

_ROWS = [
    application_row(
        "es: a board's card with the employer, its legal form and its town on one line",
        Status.APPLIED,
        "Talleres Garrido Montajes, S.L.",
        sender="InfoJobs <noreply@infojobs.net>",
        subject="Han visto tu CV",
        body="Hola Lucía,\n\nTu solicitud se ha enviado.\n\nSoldador/a TIG\nTalleres Garrido Montajes, "
        "S.L. · Teruel\n\nPuedes seguir su estado desde tu perfil.",
    ),
    application_row(
        "nl: an agency put the reader themself forward to its client",
        Status.APPLIED,
        "Houthandel Smeenk",
        sender="Ruben Kok <ruben@kok-recruitment.nl>",
        subject="Houthandel Smeenk",
        body="Hoi Noor,\n\nKort bericht: ik heb je maandag voorgedragen voor een inkoopfunctie. Houthandel "
        "Smeenk in Deventer zoekt een inkoper met kennis van hout, dus dat past.\n\nGroet,\nRuben",
    ),
    application_row(
        "nl: a first meeting to plan, the verb last",
        Status.INTERVIEW,
        "Tuincentrum Overbosch",
        sender="Gijs Overbosch <gijs@overbosch.nl>",
        subject="Je brief",
        body="Hoi Femke,\n\nBedankt voor je sollicitatie als verkoper. Kunnen we volgende week een "
        "kennismaking plannen bij ons in de kas?\n\nGroet,\nGijs\nTuincentrum Overbosch",
    ),
    application_row(
        "nl: a signature's full name whose last word the domain spells",
        Status.REJECTED,
        "Brouwerij De Kraanvogel bv",
        sender="Koen Vermaegen <koen@kraanvogel.be>",
        subject="RE: kandidatuur",
        body="Dag Sofie,\n\nWe danken u voor het gesprek. Uiteindelijk is onze keuze op een andere "
        "kandidaat gevallen.\n\nVriendelijke groeten,\n\nKoen Vermaegen\nBedrijfsleider\nBrouwerij De "
        "Kraanvogel bv",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), _ROWS)
def test_reads_the_step_and_employer(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_an_italian_name_keeps_its_joining_words_before_an_invitation() -> None:
    result = extract(
        sender="Prove Online <no-reply@prove-selezione.example.com>",
        subject="Invito alla prova",
        body="Gentile candidata,\n\nCassa di Risparmio della Valle Orba S.p.A. ti invita a svolgere la prova "
        "online per il ruolo di Addetta Filiale.\n\nBuon lavoro",
    )
    assert result.company == "Cassa di Risparmio della Valle Orba S.p.A.", result


@pytest.mark.parametrize(
    "display",
    ["Ana Vidal - Cantina Sociale Rovere", "Ana Vidal | Cantina Sociale Rovere"],
)
def test_a_person_beside_an_organisation_in_a_shared_mailboxs_name_is_the_writer(display: str) -> None:
    result = extract(
        sender=f"{display} <selezione@cantinarovere.example.it>",
        subject="Proposta di assunzione",
        body="Ciao Marco,\n\nsiamo lieti di offrirti il posto di cantiniere dal primo marzo. In allegato "
        "trovi la lettera.\n\nAna",
    )
    assert result.company == "Cantina Sociale Rovere", result


@pytest.mark.parametrize("name", ["Ruben Verstegen", "Jonas Degen", "Els Van Haegen"])
def test_a_surname_ending_in_egen_is_a_persons(name: str) -> None:
    assert looks_like_person_name(name)


def test_a_cooperatives_legal_form_still_names_an_organisation() -> None:
    assert not looks_like_person_name("Molkerei Alpen eGen")


def test_a_team_before_the_name_the_domain_spells_is_no_part_of_it() -> None:
    result = extract(
        sender="Nina Hartl <nina.hartl@lindner-logistik.de>",
        subject="Ihr Gespräch",
        body="Hallo Frau Berg,\n\ngerne laden wir Sie zu einem Vorstellungsgespräch am Montag um 10 Uhr "
        "ein.\n\nViele Grüße\nNina Hartl\nPersonalabteilung Lindner Logistik GmbH",
    )
    assert result.company is not None and not result.company.startswith("Personalabteilung"), result
