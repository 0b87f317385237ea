"""A test the writer asks of every candidate, the reader among them, its way in or deadline given: the step is
an assessment, not a description of the process (every_candidate_tests.py); and the tests German and Dutch
name with words the shape's nouns lacked ("Online-Einschätzung", "Fragebogen", "Schreibprobe", "eine
praktische Aufgabe", "een korte case"). Invented mail, four languages, different writers and layouts."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status


def mail(name: str, status: Status, **fields: str):
    return pytest.param(fields, status, id=name)


ASKED_OF_EVERY_CANDIDATE = [
    mail(
        "de_alle_fragebogen_mit_link",
        Status.ASSESSMENT,
        sender="Wendelstein Orgelbau <karriere@wendelstein-orgelbau.de>",
        subject="Ihre Bewerbung als Intonateur (m/w/d)",
        body="Guten Tag Herr Quappe,\n\nherzlichen Dank für Ihre Bewerbung als Intonateur (m/w/d).\n\n"
        "Ehe wir Gesprächstermine vergeben, bitten wir alle Bewerberinnen und Bewerber, unseren "
        "Fachfragebogen zur Werkstattpraxis zu beantworten.\n\nZugang: https://fragen.wendelstein-orgelbau.de/q/77\n"
        "Rückgabe bis: Freitag, 13.11.\n\nMit freundlichen Grüßen\nIhr Werkstattbüro",
    ),
    mail(
        "nl_alle_kandidaten_korte_case",
        Status.ASSESSMENT,
        sender="Huib Schraverus <huib@zeefdruk-veenhoorn.nl>",
        subject="Je sollicitatie als drukvoorbereider",
        body="Hallo Fenne,\n\nLeuk dat je gesolliciteerd hebt. Voor we iemand uitnodigen vragen we alle "
        "kandidaten een korte case uit te werken: een drukklaar bestand van de bijgevoegde schets.\n\n"
        "Stuur het resultaat uiterlijk donderdag terug.\n\nGroet,\nHuib",
    ),
    mail(
        "en_every_applicant_written_exercise",
        Status.ASSESSMENT,
        sender="Talent team, Grisewood Cartography <talent@grisewoodmaps.co.uk>",
        subject="Your application: GIS Technician",
        body="Dear Ottoline,\n\nThank you for applying for the GIS Technician post. Before any interviews, "
        "we ask every shortlisted applicant to complete a short mapping exercise.\n\n"
        "Start here: https://grisewoodmaps.co.uk/exercise/4410 (it closes on Thursday at noon).\n\n"
        "Kind regards,\nTalent team",
    ),
    mail(
        "fr_tous_les_candidats_test",
        Status.ASSESSMENT,
        sender="Recrutement Vercorin Optique <rh@vercorin-optique.fr>",
        subject="Votre candidature – Opticien(ne) monteur",
        body="Bonjour Mme Aubrac,\n\nMerci pour votre candidature. Avant les entretiens, nous demandons à "
        "tous les candidats de réaliser un test de montage en ligne.\n\nLien : "
        "https://vercorin-optique.fr/test/2291 – à faire avant le 4 décembre.\n\nCordialement,\nL'équipe RH",
    ),
    mail(
        "de_sie_online_einschaetzung",
        Status.ASSESSMENT,
        sender="Pfannkuch Dämmtechnik <jobs@pfannkuch-daemmtechnik.de>",
        subject="Ihre Bewerbung – nächster Schritt",
        body="Sehr geehrte Frau Olbricht,\n\ndanke für Ihre Bewerbung als Bauzeichnerin. Im nächsten "
        "Schritt bitten wir Sie, eine Online-Einschätzung zu absolvieren (etwa 40 Minuten).\n\n"
        "https://pfannkuch-daemmtechnik.de/einschaetzung\n\nFreundliche Grüße\nPersonalabteilung",
    ),
    mail(
        "de_schreibprobe_bis",
        Status.ASSESSMENT,
        sender="Redaktion Talbote <personal@talbote-verlag.at>",
        subject="Bewerbung Lokalredakteurin",
        body="Liebe Frau Strohmaier,\n\nvielen Dank für Ihre Bewerbung. Bitte senden Sie uns bis zum "
        "20. Jänner eine Schreibprobe zu einem Thema aus Ihrer Gemeinde.\n\nHerzliche Grüße\nDie Redaktion",
    ),
]

# Lookalikes: the process described, no one asked; a survey asked of everyone.
LEFT_AS_RECEIPTS = [
    mail(
        "de_outline_no_asking",
        Status.APPLIED,
        sender="Karriere Ibbenhorst Kältetechnik <karriere@ibbenhorst-kaelte.de>",
        subject="Eingangsbestätigung Ihrer Bewerbung",
        body="Sehr geehrter Herr Wilke,\n\nvielen Dank für Ihre Bewerbung, sie ist bei uns eingegangen. "
        "Alle Bewerber durchlaufen bei uns später einen Online-Test.\n\nMit freundlichen Grüßen\nIhr Team",
    ),
    mail(
        "en_survey_of_every_candidate",
        Status.APPLIED,
        sender="Careers at Pollexfen Mills <careers@pollexfenmills.com>",
        subject="We received your application",
        body="Hi Ruairi,\n\nThanks for applying, we have received your application. We ask all candidates to "
        "complete a short survey about the candidate experience: https://pollexfenmills.com/survey\n\n"
        "Best,\nPollexfen Mills",
    ),
]


@pytest.mark.parametrize(("fields", "status"), ASKED_OF_EVERY_CANDIDATE + LEFT_AS_RECEIPTS)
def test_a_test_asked_of_every_candidate_is_the_readers_step(fields, status):
    result = extract(**fields)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is status, result
