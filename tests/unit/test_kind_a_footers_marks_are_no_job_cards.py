"""A job board's listing sets each card's parts apart with " · " ("Data Analyst · Acme · Leipzig"); so do
German and other senders' footers ("Verlag GmbH · Hafenweg 5 · 28197 Bremen · HRB 4711") and a shop's
shipping line. A newsletter or a shipping notice whose only marks are its footer's is no job alert.
Invented mail."""

from __future__ import annotations

from tests.extraction_support import extract
from tracker.models import Kind


def test_a_shops_shipping_notice_with_a_postal_footer_is_no_job_alert():
    body = (
        "Hallo Jonas Ferreira,\n\nIhre Bestellung ist unterwegs.\n\nBestellnummer: 55102\n"
        "Versand mit: Hermes · Sendungsnummer 88120455\nArtikel: 1 × Akkuschrauber 18 V\n\n"
        "Vielen Dank für Ihren Einkauf!\nIhr Schraubwerk-Team\n\n"
        "Schraubwerk Handels GmbH · Kanalstraße 12 · 24103 Kiel · HRB 9921 Amtsgericht Kiel"
    )
    result = extract(body, "Ihre Bestellung 55102 ist unterwegs", "Schraubwerk <versand@schraubwerk-kiel.de>")
    assert result.kind is Kind.OTHER


def test_a_trade_newsletter_with_a_postal_footer_is_no_job_alert():
    body = (
        "MESSTECHNIK HEUTE\nNewsletter für Prüflabore · Ausgabe 7/2026\n\nTOP-THEMA\nKalibrierung ohne "
        "Stillstand: ein Praxisbericht\nWeiterlesen: https://www.messtechnik-heute.de/a-55\n\n"
        "Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden: https://x.example/u\n"
        "Verlag Ostwind & Partner GmbH · Deichweg 3 · 26122 Oldenburg · HRB 5130"
    )
    result = extract(
        body, "Kalibrierung ohne Stillstand", "Messtechnik heute <newsletter@messtechnik-heute.de>"
    )
    assert result.kind is Kind.OTHER


def test_a_boards_cards_still_make_a_listing():
    body = (
        "Neue Jobs für Ihre Suche „Prüftechniker“:\n\nPrüftechniker (m/w/d) · Velmora Sensorik · Jena\n"
        "Laborant Messtechnik · Haldrup Analytik · Gera\nQualitätsprüfer · Ostrava Feinmechanik · Erfurt\n"
        "Alle Jobs ansehen"
    )
    result = extract(body, "3 neue Jobs für Sie", "Jobsuche <jobs@stellenfinder.example>")
    assert result.kind is Kind.JOB_ALERT
