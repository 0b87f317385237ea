"""A signature writes the organisation in full while its own domain shortens it: a public body's long name by
the initials of its first words and its place whole ("Hochschule für Gestaltung Elbtal" from
hfg-elbtal.de), by its initials alone, or a German firm's umlauts as its address writes them ("Grünwalder
Sägewerk" from gruenwalder-saegewerk.de). The name the signature writes is the employer, whatever its
language; the acronym in the display name is not. A domain may cut a long word short ("Distribuidora del
Sotavento" from distrisotavento.com.mx). Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.names import same_company


def _mail(greeting: str, sentence: str, signoff: str, signature: str, sender: str, subject: str) -> str:
    return extract(
        subject=subject,
        body=f"{greeting}\n\n{sentence}\n\n{signoff}\n{signature}",
        sender=sender,
    )


@pytest.mark.parametrize(
    ("greeting", "sentence", "signoff", "signature", "sender", "employer"),
    [
        # A German university of applied sciences: the initials of its first words, then its place.
        (
            "Sehr geehrte Frau Lindqvist,",
            "leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.",
            "Mit freundlichen Grüßen",
            "Im Auftrag\nJonas Vehlbeck\nPersonalabteilung\nHochschule für Gestaltung Elbtal\n"
            "Postfach 4410, 01234 Elbtal",
            '"Personal HfG Elbtal" <bewerbung@hfg-elbtal.de>',
            "Hochschule für Gestaltung Elbtal",
        ),
        # A Portuguese municipal service whose long name joins its words with "de", "e" and "da".
        (
            "Exmo.(a) Senhor(a),",
            "Informamos que foi admitido(a) à prova de conhecimentos do procedimento concursal.",
            "Com os melhores cumprimentos,",
            "O Presidente do Júri\nAurélio Quintas\n"
            "Serviços Municipais de Transportes e Estacionamento de Porto Salgado",
            "SMTE Porto Salgado <rh@smte-psalgado.pt>",
            "Serviços Municipais de Transportes e Estacionamento de Porto Salgado",
        ),
        # A Spanish university whose acronym leaves its article out.
        (
            "Estimado/a aspirante:",
            "Le convocamos a la entrevista personal del proceso selectivo el martes 12 de mayo.",
            "Atentamente,",
            "Servicio de Personal\nUniversidad Autónoma de las Marismas",
            '"Servicio de Personal - UAM" <seleccion@uamarismas.es>',
            "Universidad Autónoma de las Marismas",
        ),
        # A Brazilian federal university named by its initials alone.
        (
            "Prezado(a) candidato(a),",
            "Informamos que sua inscrição no processo seletivo simplificado foi homologada.",
            "Atenciosamente,",
            "Coordenação de Concursos\nUniversidade Estadual do Planalto Serrano",
            '"Coordenação de Concursos - UEPS" <concursos@ueps.edu.br>',
            "Universidade Estadual do Planalto Serrano",
        ),
        # A Dutch hospital: two initials, then its place.
        (
            "Beste Noor,",
            "Graag nodigen we je uit voor een tweede gesprek op donderdag 4 juni om 10 uur.",
            "Met vriendelijke groeten,",
            "Team Selectie\nAlgemeen Ziekenhuis Kempenland\nZiekenhuisweg 3, Kempenland",
            "Team Selectie <selectie@azkempenland.be>",
            "Algemeen Ziekenhuis Kempenland",
        ),
        # A Swiss firm whose domain writes its umlaut as an address does.
        (
            "Grüezi Herr Obrist",
            "Gerne laden wir Sie zu einem ersten Gespräch am Mittwoch, 3. Juni, um 14 Uhr ein.",
            "Freundliche Grüsse",
            "Urs Kälin\nBetriebsleiter\nGrünwalder Sägewerk AG\nWaldstrasse 8 | 6430 Schwyz",
            "Urs Kälin <urs.kaelin@gruenwalder-saegewerk.ch>",
            "Grünwalder Sägewerk",
        ),
        # A Mexican firm whose domain cuts its first word short; its name, shaped like a surname with "del",
        # is an organisation's where its legal form follows.
        (
            "Hola Rodrigo, buenas tardes.",
            "Te comento que la vacante de Analista de Compras quedó en pausa hasta el próximo año.",
            "Saludos cordiales,",
            "Lic. Paola Ríos\nAtracción de Talento\nDistribuidora del Sotavento, S.A. de C.V.\n"
            "Veracruz, Ver.",
            "Paola Ríos <prios@distrisotavento.com.mx>",
            "Distribuidora del Sotavento",
        ),
        # A Portuguese firm whose domain writes its first word without its last letter and accent.
        (
            "Boa tarde Sr. Nuno Pires,",
            "Venho informar que decidimos suspender o recrutamento para esta função até ao próximo ano.",
            "Cumprimentos,",
            "Joana Silva\nDiretora de Produção\nOceânico Cerâmicas, Lda.\nZona Industrial de Aveiro",
            "Joana Silva <joana.silva@oceanicceramicas.pt>",
            "Oceânico Cerâmicas",
        ),
    ],
)
def test_the_name_the_signature_writes_in_full_is_the_employer(
    greeting, sentence, signoff, signature, sender, employer
):
    result = _mail(greeting, sentence, signoff, signature, sender, subject="Ihre Bewerbung / candidatura")
    assert same_company(result.company, employer), result.company


def test_a_persons_name_is_not_read_for_initials_before_a_domains_word():
    # "Kai Lorenz" would make "kl" + nothing; the domain's word is the firm's, not the writer's initials.
    result = _mail(
        "Hallo Frau Seidel,",
        "vielen Dank für Ihre Bewerbung, wir melden uns in den nächsten Tagen bei Ihnen.",
        "Viele Grüße",
        "Kai Lorenz\nKlever Logistik GmbH",
        "Kai Lorenz <kai.lorenz@klever-logistik.de>",
        subject="Ihre Bewerbung",
    )
    assert same_company(result.company, "Klever Logistik"), result.company
