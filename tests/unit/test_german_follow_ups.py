"""German follow-ups written by a person, an agency or a board's card (invented mail, issue 14).

An invitation "in einem Videogespräch kennenlernen" or "in einem Telefoninterview" is an interview though
the mail thanks for the application first; an agency's client deciding "gegen eine Fortsetzung des
Prozesses" rejects. A person's reply in the thread "AW: Einladung zum Kennenlerngespräch" and an offer sent
under "Ihr Vertrag" with the Vertragsentwurf are the reader's application's mail. A Personaldienstleister
confirming its client's interview, step first and its recruiter's words after, relays the client's
process: no cold contact. StepStone's card names the employer first, its legal form telling it from the
post below; a title ends before what a sent document is for ("zur Durchsicht") and drops "(Stellen-ID
...)"; an apprenticeship asked about is named "Ausbildung zur X"; a town's quarter after the post's dash
("Köln-Ehrenfeld") is a place, never the employer.
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.extraction.places import is_written_place
from tracker.models import Kind, Status

FOLLOW_UPS = [
    row(
        "a_video_call_to_get_to_know_the_reader_is_an_interview",
        Status.INTERVIEW,
        "Bernsteiner Hotels",
        "Rezeptionsleitung",
        sender="Petra Lindner <p.lindner@bernsteiner-hotels.at>",
        subject="Ihre Bewerbung als Rezeptionsleitung",
        body="Liebe Frau Maurer,\n\nvielen Dank für Ihre Bewerbung. Wir würden Sie gerne in einem "
        "Videogespräch über Zoom kennenlernen. Passt Ihnen Dienstag, der 4. Mai, um 9 Uhr?\n\n"
        "Liebe Grüße\nPetra Lindner\nBernsteiner Hotels GmbH",
    ),
    row(
        "a_phone_interview_an_agency_proposes_is_an_interview",
        Status.INTERVIEW,
        "Rheinkraft Personal GmbH",
        "Finanzbuchhalter (m/w/d)",
        sender="Rheinkraft Personal GmbH <jobs@rheinkraft-personal.de>",
        subject="Ihre Bewerbung über Rheinkraft Personal",
        body="Guten Tag Frau Maurer,\n\nvielen Dank für Ihre Bewerbung als Finanzbuchhalter (m/w/d). Gerne "
        "würden wir Sie in einem kurzen Telefoninterview kennenlernen. Bitte nennen Sie uns zwei "
        "Termine.\n\nMit freundlichen Grüßen\nRheinkraft Personal GmbH",
    ),
    row(
        "a_client_deciding_against_going_on_rejects",
        Status.REJECTED,
        "Brückenschlag Personalberatung",
        "Teamleiter Controlling (m/w/d)",
        sender="Brückenschlag Personalberatung <kontakt@brueckenschlag.de>",
        subject="Ihre Bewerbung als Teamleiter Controlling (m/w/d)",
        body="Sehr geehrte Frau Maurer,\n\nherzlichen Dank für Ihre Bewerbung als Teamleiter Controlling "
        "(m/w/d). Unser Mandant hat sich nach Durchsicht der Unterlagen gegen eine Fortsetzung des "
        "Verfahrens entschieden.\n\nMit besten Grüßen\nBrückenschlag Personalberatung",
    ),
    row(
        "an_unnamed_client_deciding_leaves_the_agency_the_employer",
        Status.REJECTED,
        "Brückenschlag Personalberatung",
        "Einkäufer (m/w/d)",
        sender="Brückenschlag Personalberatung <kontakt@brueckenschlag.de>",
        subject="Ihre Bewerbung als Einkäufer (m/w/d)",
        body="Sehr geehrte Frau Maurer,\n\nvielen Dank für Ihre Bewerbung als Einkäufer (m/w/d). Unser Kunde "
        "hat sich leider für eine andere Kandidatin entschieden.\n\nMit besten Grüßen\n"
        "Brückenschlag Personalberatung",
    ),
    row(
        "a_reply_in_the_thread_of_a_get_to_know_meeting_is_the_interview",
        Status.INTERVIEW,
        "Moorbach Consulting",
        sender="Jens Hartwig <jens.hartwig@moorbach-consulting.de>",
        subject="AW: Einladung zum Kennenlerngespräch",
        body="Liebe Frau Maurer,\n\nwunderbar, dann sehen wir uns am Mittwoch um 11 Uhr. Fragen Sie am "
        "Empfang nach mir.\n\nBeste Grüße\nJens Hartwig\nMoorbach Consulting GmbH",
    ),
    row(
        "a_contract_draft_under_your_contract_is_an_offer",
        Status.OFFER,
        "Kaffeehaus Lindenthal",
        sender="Tobias Wendt <t.wendt@kaffeehaus-lindenthal.de>",
        subject="Ihr Vertrag",
        body="Liebe Frau Maurer,\n\nwir freuen uns, dass Sie bald unser Café leiten. Anbei erhalten Sie "
        "unseren Vertragsentwurf.\n\nHerzliche Grüße\nTobias Wendt\nKaffeehaus Lindenthal GmbH",
    ),
    row(
        "an_agency_confirming_its_named_clients_interview_is_no_cold_contact",
        Status.INTERVIEW,
        "Auenwald Logistik GmbH",
        sender="Sabine Kurz <s.kurz@talentkontor-nord.de>",
        subject="Vorstellungsgespräch Disposition",
        body="Hallo Frau Maurer,\n\nwie besprochen bestätige ich Ihnen hiermit das Vorstellungsgespräch im "
        "Auftrag unseres Kunden Auenwald Logistik GmbH:\n\nDonnerstag, 12.03.2026, 14:00 Uhr\n"
        "Industriestraße 4, 28199 Bremen\n\nViele Grüße\ni.A. Sabine Kurz\nPersonalberaterin\n"
        "Talentkontor Nord GmbH",
    ),
    row(
        "a_board_card_naming_the_employer_first_keeps_the_post_below",
        Status.APPLIED,
        "Lindholm Haustechnik GmbH",
        "Servicetechniker SHK (m/w/d)",
        sender="StepStone <noreply@stepstone.de>",
        subject="Ihre Bewerbung wurde erfolgreich versendet",
        body="Ihre Bewerbung wurde erfolgreich versendet!\n\nLindholm Haustechnik GmbH\n"
        "Servicetechniker SHK (m/w/d)\nBremen\n\nWir drücken Ihnen die Daumen!",
    ),
    row(
        "a_title_ends_before_what_the_sent_contract_is_for",
        Status.OFFER,
        "Sternquell Pharma GmbH",
        "Laborleiter Mikrobiologie (m/w/d)",
        sender="Personal Sternquell Pharma <personal@sternquell-pharma.de>",
        subject="Vertragsunterlagen",
        body="Sehr geehrte Frau Maurer,\n\nanbei erhalten Sie unseren Vertragsentwurf für die Position "
        "Laborleiter Mikrobiologie (m/w/d) zur Unterschrift.\n\nMit freundlichen Grüßen\n"
        "Sternquell Pharma GmbH",
    ),
    row(
        "a_postings_id_in_brackets_is_no_part_of_the_title",
        Status.APPLIED,
        "Westerhever Energie GmbH",
        "Projektingenieur Netze (m/w/d)",
        sender="Westerhever Energie GmbH <bewerbung@westerhever-energie.de>",
        subject="Bestätigung Ihrer Bewerbung",
        body="Sehr geehrte Frau Maurer,\n\nvielen Dank für Ihre Bewerbung auf die Stelle Projektingenieur "
        "Netze (m/w/d) (Stellen-ID 77812). Ihre Bewerbung ist bei uns eingegangen.\n\nMit freundlichen "
        "Grüßen\nWesterhever Energie GmbH",
    ),
    row(
        "hr_forwarding_the_meeting_set_is_an_interview",
        Status.INTERVIEW,
        "Sandhafen Logistik",
        sender="Sandra Möhle <s.moehle@sandhafen-logistik.de>",
        subject="WG: Ihre Bewerbung",
        body="Sehr geehrte Frau Maurer,\n\nwie besprochen leite ich Ihnen die Einladung unseres "
        "Abteilungsleiters weiter. Das Gespräch findet am 17.03. um 14 Uhr in unserem Büro statt.\n\n"
        "Mit freundlichen Grüßen\nSandra Möhle\nPersonalabteilung\nSandhafen Logistik GmbH",
    ),
    row(
        "an_austrian_cooperatives_legal_form_is_no_part_of_its_name",
        Status.REJECTED,
        "Steinbachtaler Molkerei",
        sender="Tanja Riedl <tanja.riedl@steinbachtaler-molkerei.at>",
        subject="Ihre Bewerbung",
        body="Sehr geehrte Frau Maurer,\n\nleider ist die Position als Laborantin bereits besetzt.\n\n"
        "Mit freundlichen Grüßen\nTanja Riedl\nSteinbachtaler Molkerei reg.Gen.m.b.H.\n"
        "Molkereistraße 1\n4644 Scharnstein",
    ),
    row(
        "a_swiss_writers_post_under_her_name_is_no_employer",
        Status.INTERVIEW,
        "Thurgauer Textil AG",
        sender="Andrea Kessler <andrea.kessler@thurgauer-textil.ch>",
        subject="Ihre Bewerbung als Textiltechnologe EFZ",
        body="Guten Tag Frau Maurer\n\nVielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem "
        "Vorstellungsgespräch ein.\n\nFreundliche Grüsse\n\nAndrea Kessler\nHR-Fachfrau\n"
        "Thurgauer Textil AG\nSeestrasse 20\n8590 Romanshorn",
    ),
    row(
        "a_trained_clerks_compound_is_a_title",
        Status.REJECTED,
        "Voss & Partner Rechtsanwälte",
        "Rechtsanwaltsfachangestellte",
        sender="Vanessa Voss <v.voss@voss-partner.de>",
        subject="Ihre Bewerbung – Rechtsanwaltsfachangestellte",
        body="Sehr geehrte Frau Maurer,\n\nvielen Dank für Ihre Bewerbung. Die Position ist "
        "inzwischen besetzt.\n\nMit freundlichen Grüßen\nVanessa Voss\n"
        "Voss & Partner Rechtsanwälte PartG mbB",
    ),
    row(
        "apprenticeship_places_already_given_reject",
        Status.REJECTED,
        "Tischlerei Brammer",
        "Ausbildung zur Tischlerin",
        sender="Sören Brammer <soeren@brammer-tischlerei.de>",
        subject="Re: Ihre Anfrage Ausbildung",
        body="Hallo Frau Maurer,\n\nschön, dass Sie Interesse an einer Ausbildung zur Tischlerin bei uns "
        "haben. Leider sind die Ausbildungsplätze für dieses Jahr schon vergeben.\n\nGruß aus der "
        "Werkstatt\nSören Brammer\nTischlerei Brammer",
    ),
    row(
        "a_towns_quarter_after_the_posts_dash_is_no_employer",
        Status.REJECTED,
        "Kranfeld Zeitarbeit GmbH",
        "Lagerhelfer (m/w/d)",
        sender="Kranfeld Zeitarbeit GmbH <info@kranfeld-zeitarbeit.de>",
        subject="Ihre Bewerbung als Lagerhelfer (m/w/d) – Köln-Ehrenfeld",
        body="Guten Tag Frau Maurer,\n\nvielen Dank für Ihre Bewerbung. Leider ist die Stelle bei unserem "
        "Kunden bereits vergeben.\n\nIhr Kranfeld-Team",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), FOLLOW_UPS)
def test_german_follow_up(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_a_cold_contact_naming_a_client_before_proposing_a_call_stays_outreach():
    result = extract(
        sender="Marc Ebert <m.ebert@talentkontor-nord.de>",
        subject="Spannende Position",
        body="Hallo Frau Maurer,\n\nich bin auf Ihr Profil aufmerksam geworden. Im Auftrag unseres Kunden "
        "suche ich eine Disponentin. Hätten Sie am Dienstag um 10 Uhr Zeit für ein kurzes Telefonat?\n\n"
        "Viele Grüße\nMarc Ebert\nPersonalberater",
    )
    assert result.kind is Kind.RECRUITER_OUTREACH, result


@pytest.mark.parametrize("quarter", ["Hamburg-Allermöhe", "Köln-Ehrenfeld", "Frankfurt-Höchst"])
def test_a_towns_quarter_joined_by_a_hyphen_is_a_place(quarter):
    assert is_written_place(quarter)


@pytest.mark.parametrize("name", ["Hamburg-Mannheimer Versicherung", "Muster-Allermöhe", "hamburg-altona"])
def test_a_hyphenated_name_not_a_towns_quarter_is_no_place(name):
    assert not is_written_place(name)


EARLIER_STEPS = [
    row(
        "a_task_set_after_thanks_for_the_conversation_is_an_assessment",
        Status.ASSESSMENT,
        "Nordwerk Robotics",
        sender="Claas Brandt <c.brandt@nordwerk-robotics.com>",
        subject="Nächster Schritt",
        body="Hi Lea,\n\ndanke für das nette Gespräch letzte Woche! Als nächsten Schritt schicken wir dir "
        "eine kleine Programmieraufgabe, die du innerhalb von fünf Tagen bearbeiten kannst.\n\nViele Grüße\n"
        "Claas\nEngineering Lead | Nordwerk Robotics GmbH",
    ),
    row(
        "an_invitation_after_the_test_was_passed_is_an_interview",
        Status.INTERVIEW,
        "Elbmarsch Frischelogistik",
        sender="Dana Petersen <d.petersen@elbmarsch-frischelogistik.de>",
        subject="Ihr Testergebnis",
        body="Hallo Frau Maurer,\n\nSie haben den Online-Test sehr gut abgeschlossen. Wir würden Sie daher "
        "gerne zu einem persönlichen Gespräch an unserem Standort in Stade einladen.\n\nViele Grüße\n"
        "Dana Petersen\nElbmarsch Frischelogistik GmbH",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), EARLIER_STEPS)
def test_a_step_set_after_an_earlier_one_is_the_applications(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Frau Maurer,\n\nvielen Dank für das nette Gespräch gestern in unserer Ausstellung. Gerne "
        "möchten wir Ihnen ein Angebot machen: anbei finden Sie unseren Vertragsentwurf für die Küche.\n\n"
        "Viele Grüße\nJonas Wirth\nKüchenwelt Wirth GmbH",
        "Hallo Frau Maurer,\n\nvielen Dank für das nette Gespräch. Hätten Sie am Dienstag um 10 Uhr Zeit für "
        "ein weiteres Gespräch zur Planung Ihrer Küche?\n\nViele Grüße\nJonas Wirth\nKüchenwelt Wirth GmbH",
    ],
)
def test_a_sales_conversation_thanked_for_sets_no_hiring_step(body):
    sender = "Jonas Wirth <j.wirth@kuechenwelt-wirth.de>"
    result = extract(sender=sender, subject="Ihre neue Küche", body=body)
    assert result.kind is Kind.OTHER, result
