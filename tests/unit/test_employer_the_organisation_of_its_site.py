"""A hospital group's or a school district's own mail names the site where the post is worked ("at The
Wrenford Hospital", "Interview - Larkfield Elementary", "in Ziekenhuis Rijnoord"): the organisation whose
own domain sends it, as its display name or signature writes it, is the employer; a hospital's own mail
keeps the hospital; a university's unit read from the university's own mail is the university. Invented
mail."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.employer_candidates import Candidate
from tracker.extraction.sender_organisation_sites import with_organisations_of_sites
from tracker.extraction.text import prepare
from tracker.models import EmailMessage, Kind

_CARE_GROUP = "Rowan Care Group <careers@rowancaregroup.co.uk>"
_ZORGGROEP = "Zorggroep Westmaas <werkenbij@zorggroepwestmaas.nl>"


@pytest.mark.parametrize(
    ("sender", "subject", "body", "organisation"),
    [
        (
            _CARE_GROUP,
            "Interview Confirmation: Ward Clerk - The Wrenford Hospital",
            "Dear Sam,\n\nWe are pleased to confirm your interview for the position of Ward Clerk at The "
            "Wrenford Hospital.\n\nDate: Tuesday 4 March 2025\nTime: 10:00\nLocation: Main Reception, The "
            "Wrenford Hospital, Hexley\n\nKind regards,\n\nResourcing Team\nRowan Care Group",
            "Rowan Care Group",
        ),
        (
            "Dana Pryor <dpryor@hcs.org>",
            "Interview - Larkfield Elementary",
            "Good morning,\n\nThank you for applying for our Teaching Assistant opening at Larkfield "
            "Elementary. I'd like to invite you in for an interview next Thursday at 9:30.\n\nWarmly,\n\n"
            "Dana Pryor\nPrincipal, Larkfield Elementary School\nHalden County Schools",
            "Halden County Schools",
        ),
        (
            _ZORGGROEP,
            "Uitnodiging sollicitatiegesprek: Verpleegkundige - Ziekenhuis Rijnoord",
            "Beste Anna,\n\nGraag nodigen wij je uit voor een sollicitatiegesprek voor de functie "
            "Verpleegkundige in Ziekenhuis Rijnoord op dinsdag 4 maart om 10:00.\n\nMet vriendelijke groet,"
            "\n\nAfdeling Werving\nZorggroep Westmaas",
            "Zorggroep Westmaas",
        ),
        (
            _ZORGGROEP,
            "Bevestiging gesprek: Verpleegkundige - Ziekenhuis Rijnoord",
            "Beste Anna,\n\nHierbij bevestigen wij je sollicitatiegesprek voor de functie Verpleegkundige in "
            "Ziekenhuis Rijnoord.\n\nDatum: dinsdag 4 maart 2025\nTijd: 10:00\nLocatie: Hoofdingang, "
            "Ziekenhuis Rijnoord, Westmaas\n\nMet vriendelijke groet,\n\nAfdeling Werving\n"
            "Zorggroep Westmaas",
            "Zorggroep Westmaas",
        ),
        # Read so before sites were looked for, and kept: a clinic, a hospital, a school of a group.
        (
            "Seewald Kliniken <karriere@seewald-kliniken.de>",
            "Bestätigung Vorstellungsgespräch: Pflegefachkraft - Klinikum Nordhafen",
            "Sehr geehrte Frau Brandt,\n\nwir bestätigen Ihr Vorstellungsgespräch für die Stelle als "
            "Pflegefachkraft im Klinikum Nordhafen.\n\nDatum: Dienstag, 4. März 2025\nUhrzeit: 10:00\nOrt: "
            "Hauptempfang, Klinikum Nordhafen, Seewald\n\nMit freundlichen Grüßen\n\nPersonalabteilung\n"
            "Seewald Kliniken",
            "Seewald Kliniken",
        ),
        (
            "Groupe Hospitalier Vauclair <recrutement@ghvauclair.fr>",
            "Confirmation d'entretien : Secrétaire médicale - Hôpital Saint-Roch",
            "Bonjour,\n\nNous confirmons votre entretien pour le poste de Secrétaire médicale à l'Hôpital "
            "Saint-Roch.\n\nDate : mardi 4 mars 2025\nHeure : 10h00\nLieu : Accueil principal, Hôpital "
            "Saint-Roch, Vauclair\n\nCordialement,\n\nService Recrutement\nGroupe Hospitalier Vauclair",
            "Groupe Hospitalier Vauclair",
        ),
        (
            "Gruppo Ospedaliero Leandri <selezione@gruppoleandri.it>",
            "Conferma colloquio: Infermiere - Ospedale San Carlo",
            "Gentile Marco,\n\nle confermiamo il colloquio per la posizione di Infermiere presso "
            "l'Ospedale San Carlo.\n\nData: martedì 4 marzo 2025\nOra: 10:00\nLuogo: Reception principale, "
            "Ospedale San "
            "Carlo, Vellano\n\nCordiali saluti,\n\nUfficio Selezione\nGruppo Ospedaliero Leandri",
            "Gruppo Ospedaliero Leandri",
        ),
        (
            "Marta Ruiz <mruiz@escuelasalbor.es>",
            "Entrevista - Colegio San Tadeo",
            "Hola Lucía:\n\nGracias por tu candidatura al puesto de Profesora de Matemáticas en el "
            "Colegio San Tadeo. Nos gustaría invitarte a una entrevista el jueves a las 9:30.\n\nUn saludo,"
            "\n\nMarta Ruiz\n"
            "Directora, Colegio San Tadeo\nEscuelas Albor",
            "Escuelas Albor",
        ),
    ],
)
def test_a_site_in_its_organisations_own_mail_is_read_as_the_organisation(
    sender, subject, body, organisation
):
    result = extract(sender=sender, subject=subject, body=body)

    assert result.kind is Kind.APPLICATION
    assert result.company == organisation


def test_a_hospitals_own_mail_keeps_the_hospital():
    result = extract(
        sender="Wrenford Hospital <jobs@wrenfordhospital.org>",
        subject="Interview Confirmation: Ward Clerk",
        body="Dear Sam,\n\nWe are pleased to confirm your interview for the position of Ward Clerk at "
        "Wrenford Hospital on Tuesday 4 March at 10:00.\n\nKind regards,\nRecruitment Team\n"
        "Wrenford Hospital",
    )

    assert result.company == "Wrenford Hospital"


def test_an_agencys_mail_keeps_the_site_it_names_as_its_client():
    result = extract(
        sender="Lena Ford <lena.ford@brightcarerecruitment.co.uk>",
        subject="Interview - The Wrenford Hospital",
        body="Hi Sam,\n\nGood news: The Wrenford Hospital would like to meet you for the Ward Clerk role on "
        "Tuesday at 10:00.\n\nThanks,\nLena Ford\nBright Care Recruitment",
    )

    assert result.company == "The Wrenford Hospital"


@pytest.mark.parametrize(
    ("sender", "unit", "signature", "university"),
    [
        (
            "Politecnico di Vellano - Area Risorse Umane <concorsi@polivellano.it>",
            "Dipartimento di Fisica",
            "Area Risorse Umane\nPolitecnico di Vellano – Piazza Roma 3, 20100 Vellano",
            "Politecnico di Vellano",
        ),
        (
            "Universität Seewald - Personalabteilung <bewerbung@uni-seewald.de>",
            "Fakultät für Chemie",
            "Personalabteilung\nUniversität Seewald – Hauptstraße 1, 12345 Seewald",
            "Universität Seewald",
        ),
    ],
)
def test_a_university_unit_read_from_its_universitys_own_mail_is_the_university(
    sender, unit, signature, university
):
    email = prepare(
        EmailMessage(message_id="m1", sender=sender, subject="Colloquio", body=f"Saluti\n\n{signature}")
    )
    candidates = [Candidate(unit, 4.0, True)]

    assert [c.name for c in with_organisations_of_sites(candidates, email)] == [university]
