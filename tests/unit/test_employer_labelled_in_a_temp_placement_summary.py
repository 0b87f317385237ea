"""A temporary-work agency's summary of a placement labels the firm taking the reader on by its legal term
("Entreprise utilisatrice", "Empresa usuaria", "Azienda utilizzatrice", "Einsatzbetrieb", "Inlener"), a
bullet before each line: that firm is the employer, not the agency that writes and signs. Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.names import same_company


@pytest.mark.parametrize(
    ("sender", "subject", "body", "employer"),
    [
        (
            "Maëlys Corbineau <m.corbineau@ondine-interim.fr>",
            "Proposition d'embauche – Préparateur de commandes H/F",
            "Bonjour Yanis,\n\nLe client a retenu votre candidature après l'entretien de mardi et vous "
            "propose la mission.\n\n- Poste : Préparateur de commandes H/F\n"
            "- Entreprise utilisatrice : Cidrerie Kerguézec, Quimper\n- Début : lundi 7 septembre\n"
            "- Taux horaire : 12,40 € brut\n\nLe contrat de mission suit par signature électronique.\n\n"
            "Bonne journée,\nMaëlys Corbineau\nChargée de recrutement\nOndine Intérim – Agence de Brest",
            "Cidrerie Kerguézec",
        ),
        (
            "Ainhoa Larrabetzu <alarrabetzu@txindoki-ett.es>",
            "Oferta de puesto: Carretillero/a",
            "Hola Unai:\n\nTe confirmo que la empresa ha aceptado tu incorporación tras la entrevista del "
            "jueves.\n\n• Empresa usuaria: Conservas Ulibarri\n• Puesto: Carretillero/a\n"
            "• Incorporación: 1 de octubre\n\nTe enviamos el contrato de puesta a disposición esta tarde.\n\n"
            "Un saludo,\nAinhoa Larrabetzu\nTécnica de selección\nTxindoki ETT",
            "Conservas Ulibarri",
        ),
        (
            "Ottavia Scarpanolli <o.scarpanolli@lavoroalto.it>",
            "Proposta di missione – Addetto al magazzino",
            "Ciao Samuele,\n\nl'azienda ti ha scelto dopo il colloquio di ieri: ecco la proposta.\n\n"
            "Azienda utilizzatrice: Cartiere Valsassino (Lecco)\nMansione: Addetto al magazzino\n"
            "Inizio: lunedì 5 ottobre\n\nFammi sapere se accetti.\n\nA presto,\nOttavia Scarpanolli\n"
            "Recruiter – Filiale di Monza\nLavoroAlto Agenzia per il Lavoro",
            "Cartiere Valsassino",
        ),
        (
            "Jörn Ahlswede <j.ahlswede@fahrwerk-personal.de>",
            "Zusage – Produktionshelfer (m/w/d)",
            "Hallo Herr Bedürftig,\n\nder Kunde hat sich nach dem Vorstellungsgespräch für Sie entschieden "
            "und möchte Sie einstellen.\n\nEinsatzbetrieb: Grevenkamp Dichtungstechnik, Bielefeld\n"
            "Tätigkeit: Produktionshelfer (m/w/d)\nBeginn: 2. November\n\nDen Arbeitsvertrag schicke ich "
            "Ihnen morgen.\n\nViele Grüße\nJörn Ahlswede\nPersonaldisponent\nFahrwerk Personal GmbH",
            "Grevenkamp Dichtungstechnik",
        ),
        (
            "Sanne Brouwershaven <sanne@zeeloods-uitzendwerk.nl>",
            "Je nieuwe opdracht: Orderpicker",
            "Hoi Daan,\n\nGoed nieuws: na je proefdag willen ze je graag aannemen!\n\n"
            "- Inlener: Kwekerij Ommeloop, Naaldwijk\n- Functie: Orderpicker\n- Start: maandag 14 september\n"
            "\nIk stuur je vandaag het contract.\n\nGroetjes,\nSanne Brouwershaven\nIntercedent\n"
            "Zeeloods Uitzendwerk",
            "Kwekerij Ommeloop",
        ),
    ],
)
def test_the_firm_a_placement_summary_labels_is_the_employer(
    sender: str, subject: str, body: str, employer: str
) -> None:
    assert same_company(extract(sender=sender, subject=subject, body=body).company or "", employer)


def test_the_agency_labelling_its_own_branch_is_no_client() -> None:
    mail = extract(
        sender="Maëlys Corbineau <m.corbineau@ondine-interim.fr>",
        subject="Votre candidature – Cariste H/F",
        body="Bonjour,\n\nNous avons bien reçu votre candidature pour le poste de Cariste H/F.\n\n"
        "- Entreprise utilisatrice : Ondine Intérim\n\nCordialement,\nOndine Intérim",
    )
    assert mail.company is None or same_company(mail.company, "Ondine Intérim")
