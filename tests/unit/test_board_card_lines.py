"""A job board's application card: its news, then the post and the employer on their own lines, the place
maybe with how the work is done in brackets ("Nantes (Sur site)"), the day the reader applied, and the
board's other jobs below. The card's post is the title even where it is a hiring staff's post ("Talent
Acquisition Partner"), and the other jobs below are never it. Invented mail, each a different board's
language and layout."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.models import Kind

CARDS = [
    pytest.param(
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tobias, your application was sent to Quillmere Cartography",
        "Your application was sent to Quillmere Cartography\n\n"
        "Quillmere Cartography\nTalent Acquisition Partner\n"
        "Bristol, England, United Kingdom (On-site)\nApplied on 3 February 2026\n\nView job\n"
        "https://www.linkedin.com/jobs/view/1100223344/\n\nYou are receiving LinkedIn notification emails.",
        "Talent Acquisition Partner",
        id="en-employer-then-a-hiring-post",
    ),
    pytest.param(
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Votre candidature a été consultée par Brasserie Ombrelune",
        "Apolline, votre candidature a été consultée par Brasserie Ombrelune\n\nChef de partie\n"
        "Brasserie Ombrelune · Nantes (Sur site)\nCandidature envoyée le 12 févr.\n\n"
        "Cela signifie que le recruteur a ouvert votre candidature.\n\n"
        "D'autres postes à découvrir près de Nantes\n"
        "Commis de cuisine · Angers\nSecond de cuisine · Tours\n\n"
        "Cet e-mail est destiné à Apolline Ferrandier (Cuisinière passionnée et curieuse)",
        "Chef de partie",
        id="fr-place-with-setting-and-date",
    ),
    pytest.param(
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tu solicitud ha sido vista por Conservas Miralbuey",
        "Ximena, tu solicitud ha sido vista por Conservas Miralbuey\n\nTécnica de Calidad Alimentaria\n"
        "Conservas Miralbuey · Vigo (Presencial)\nSolicitado el 4 mar\n\n"
        "La empresa ha abierto tu solicitud.\n\nMás puestos cerca de Vigo\n"
        "Operaria de Producción · Ourense\nJefe de Turno · Lugo\n\n"
        "Este correo electrónico está dirigido a Ximena Barreiro Cancela (Tecnóloga de alimentos)",
        "Técnica de Calidad Alimentaria",
        id="es-place-with-setting-and-date",
    ),
    pytest.param(
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Ihre Bewerbung wurde von Orgelbau Falkenried angesehen",
        "Wiebke, Ihre Bewerbung wurde von Orgelbau Falkenried angesehen\n\nIntonateurin Pfeifenbau\n"
        "Orgelbau Falkenried · Lübeck (Vor Ort)\nBeworben am 9. Jan.\n\n"
        "Das bedeutet, dass der Arbeitgeber Ihre Bewerbung geöffnet hat.\n\nMehr Stellen rund um Lübeck\n"
        "Tischlerin Innenausbau · Kiel\nRestauratorin Holz · Schwerin\n\n"
        "Diese E-Mail ist für Wiebke Tamsen-Ohlrogge bestimmt (Orgelbauerin mit viel Leidenschaft)",
        "Intonateurin Pfeifenbau",
        id="de-place-with-setting-and-date",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "title"), CARDS)
def test_a_boards_card_names_the_post_it_was_sent_for(sender, subject, body, title):
    result = extract(body=body, subject=subject, sender=sender)
    assert result.kind is Kind.APPLICATION, result
    assert result.job_title == title, result
