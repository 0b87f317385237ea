"""A head hunter's approach in wording no outreach phrase lists is still outreach: a person writes about a
post and says two of what it pays, why the reader (their profile, CV, background) and the client it is for
or that the search is confidential. An agency's mail about a post the reader applied to stays the
application's. Invented mail, writers of several languages."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        pytest.param(
            "Plant Controller - discreet search",
            "Dear Imogen,\n\nForgive the unsolicited note. A family-owned packaging group has asked me to "
            "discreetly identify a Plant Controller for its Midlands site, and your background in cost "
            "accounting stood out.\n\nPackage around £68-74k plus car allowance.\n\nIf the timing is wrong, "
            "no matter at all.\n\nBest,\nPeregrine Oakhurst\nOakhurst Talent Partners",
            "Peregrine Oakhurst <p.oakhurst@oakhurst-talent.co.uk>",
            id="en-pay-and-background",
        ),
        pytest.param(
            "Leitung Instandhaltung – vertraulich",
            "Guten Tag Herr Wendelin,\n\nfür einen Mandanten aus dem Maschinenbau (ca. 400 Mitarbeitende, "
            "Raum Ulm) besetze ich die Leitung Instandhaltung. Ihr Werdegang bei zwei Zulieferern passt "
            "dazu ausgezeichnet.\n\nGerne erzähle ich Ihnen mehr.\n\nFreundliche Grüße\nIrmtraud Seewaldt\n"
            "Seewaldt Personalberatung",
            "Irmtraud Seewaldt <seewaldt@seewaldt-beratung.de>",
            id="de-client-and-record",
        ),
        pytest.param(
            "Responsable d'atelier mécanique – Annecy",
            "Bonjour Aurèle,\n\nJ'accompagne une PME savoyarde de l'usinage de précision dans la recherche "
            "d'un responsable d'atelier, en toute confidentialité. Salaire entre 48 et 55 k€ selon "
            "expérience.\n\nJe vous en dis plus quand vous voulez.\n\nBien cordialement,\nSolène Vachoux\n"
            "Vachoux Conseil RH",
            "Solène Vachoux <solene@vachoux-conseil.fr>",
            id="fr-confidential-and-pay",
        ),
        pytest.param(
            "Jefe/a de Mantenimiento – planta en Zaragoza",
            "Hola Casimiro,\n\nTrabajo con una empresa del sector agroalimentario que busca un perfil como "
            "el tuyo: tu experiencia en mantenimiento preventivo encaja muy bien. La retribución ronda los "
            "45.000 € brutos anuales.\n\nSi te interesa, lo hablamos por teléfono.\n\nUn abrazo,\n"
            "Leocadia Izurrategi\nIzurrategi Selección",
            "Leocadia Izurrategi <leocadia@izurrategiseleccion.es>",
            id="es-record-and-pay",
        ),
        pytest.param(
            "Hoofd Technische Dienst – Zwolle",
            "Hoi Wiebe-Jan,\n\nVoor een opdrachtgever in de voedingsindustrie zoek ik een Hoofd Technische "
            "Dienst. Het salaris ligt tussen € 5.200 en € 6.100 per maand.\n\nZin om even te bellen?\n\n"
            "Groet,\nFemke Zuidhoek\nZuidhoek Search",
            "Femke Zuidhoek <femke@zuidhoeksearch.nl>",
            id="nl-client-and-pay",
        ),
        pytest.param(
            "Capo reparto manutenzione – Brianza",
            "Buongiorno Ottorino,\n\nun'azienda cliente del settore metalmeccanico mi ha affidato in via "
            "riservata la ricerca di un capo reparto; il suo profilo su LinkedIn mi sembra molto in "
            "linea.\n\nCordiali saluti\nBenedetta Zanfretta\nZanfretta Executive",
            "Benedetta Zanfretta <b.zanfretta@zanfretta-executive.it>",
            id="it-confidential-and-record",
        ),
    ],
)
def test_a_head_hunters_approach_told_from_its_parts_is_outreach(subject, body, sender):
    result = extract(subject=subject, body=body, sender=sender)

    assert result.kind is Kind.RECRUITER_OUTREACH


def test_an_agency_answering_the_readers_mail_is_no_approach():
    result = extract(
        subject="Re: Plant Controller",
        body="Hi Imogen,\n\nThanks for your note. Your background fits what the firm wants and the package "
        "is around £70k. I'll be in touch.\n\nPeregrine Oakhurst",
        sender="Peregrine Oakhurst <p.oakhurst@oakhurst-talent.co.uk>",
    )

    assert result.kind is not Kind.RECRUITER_OUTREACH


def test_an_agency_putting_the_reader_forward_stays_the_application():
    result = extract(
        subject="CV sent - Plant Controller",
        body="Hi Imogen,\n\nJust confirming I've now sent your CV over to the client for the Plant "
        "Controller post (around £70k). I'll let you know as soon as I hear back.\n\nPeregrine Oakhurst\n"
        "Oakhurst Talent Partners",
        sender="Peregrine Oakhurst <p.oakhurst@oakhurst-talent.co.uk>",
    )

    assert result.kind is Kind.APPLICATION
