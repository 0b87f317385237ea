"""A cold approach says what of the reader's record its writer noticed ("your track record ... stood out",
"Ihr Profil hat mein Interesse geweckt", "tu trayectoria me ha llamado la atención") and then proposes a call
or a time: outreach, never an application, whether or not the call is worded as a step and whether or not
the writer offers a booking link. An employer's own invitation after an application stays the application's.
Invented mail, writers of several languages."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.models import Kind

_APPROACHES = [
    pytest.param(
        "Ines Calloway <ines@harrowgate-search.example>",
        "Head of Platform - growth-stage insurer",
        "Hi Declan,\n\nI run the engineering practice at Harrowgate Search. Your track record of building "
        "platform teams at two scale-ups really stood out. Would Tuesday or Wednesday afternoon work for "
        "20 minutes?\n\nBest,\nInes",
        id="en-track-record-stood-out",
    ),
    pytest.param(
        "Ruben Altmann <r.altmann@kessler-partner.example>",
        "Leitung Controlling (m/w/d), Graz",
        "Sehr geehrter Herr Lindqvist,\n\nIhr Werdegang auf LinkedIn hat mein Interesse geweckt. Darf ich "
        "Sie zu einem kurzen Telefonat am Donnerstag um 17 Uhr einladen?\n\nBeste Grüße\nRuben Altmann",
        id="de-profile-aroused-interest",
    ),
    pytest.param(
        "Marta Iriarte <marta@iriarte-talento.example>",
        "Directora financiera - grupo industrial",
        "Hola Begoña,\n\nTu trayectoria en empresas industriales me ha llamado mucho la atención. ¿Te "
        "vendría bien una llamada el martes a las 10:00?\n\nUn saludo,\nMarta Iriarte",
        id="es-career-caught-attention",
    ),
    pytest.param(
        "Jurre Hoekstra <jurre@noordkaap-werving.example>",
        "Teamlead Data - Zwolle",
        "Hoi Sanne,\n\nJouw ervaring bij twee netbeheerders sprong er echt uit. Heb je donderdag om 16:00 "
        "tijd om even te bellen?\n\nGroet,\nJurre",
        id="nl-experience-stood-out",
    ),
    pytest.param(
        "Yannick Perrault <yannick@perrault-conseil.example>",
        "Responsable transport - Lyon",
        "Bonjour Lucie,\n\nTon expérience dans la logistique urbaine a tout de suite attiré mon attention. "
        "Un appel mardi à 14h, ça te dirait ?\n\nBelle journée,\nYannick",
        id="fr-experience-drew-attention",
    ),
    pytest.param(
        "Giada Ferrante <giada@ferrante-search.example>",
        "Responsabile qualità - Bergamo",
        "Ciao Matteo,\n\nil tuo percorso nel settore automotive mi ha colpito. Ti andrebbe una chiamata "
        "giovedì alle 18:00?\n\nA presto,\nGiada",
        id="it-path-struck-me",
    ),
    pytest.param(
        "Teodoro Assunção <teodoro@atlantico-talentos.example>",
        "Diretor de operações - Porto",
        "Olá Rui,\n\nO seu percurso na logística chamou-me a atenção. Teria disponibilidade para uma chamada "
        "na quarta-feira às 11h?\n\nCumprimentos,\nTeodoro",
        id="pt-path-caught-attention",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), _APPROACHES)
def test_a_writer_who_noticed_the_readers_record_then_proposes_a_call_is_outreach(sender, subject, body):
    assert extract(body, subject, sender).kind is Kind.RECRUITER_OUTREACH


def test_a_cold_approach_offering_its_booking_link_stays_outreach():
    body = (
        "Hi Noor,\n\nI'm a recruiter on the in-house talent team at Vellacourt Games. Your work on our "
        "community events caught my eye on LinkedIn, and we're opening a Community Lead role.\n\n"
        "Would you be up for a 20-minute call next week? Here's my calendar: https://calendly.com/vellacourt-talent/20min"
        "\n\nCheers,\nOrla Brennan"
    )
    subject = "Community Lead @ Vellacourt – chat?"
    result = extract(body, subject, "Orla Brennan <obrennan@vellacourt.example>")
    assert result.kind is Kind.RECRUITER_OUTREACH


def test_an_employers_invitation_after_the_application_stays_the_applications():
    body = (
        "Hi Declan,\n\nThank you for applying for the Platform Engineer role. Your background really "
        "stood out and we'd like to invite you to an interview on Tuesday at 2pm at our office.\n\n"
        "Best,\nInes Calloway"
    )
    result = extract(body, "Interview - Platform Engineer", "Ines Calloway <ines@ferrowby.example>")
    assert result.kind is Kind.APPLICATION
