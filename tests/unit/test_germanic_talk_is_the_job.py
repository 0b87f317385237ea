"""Dutch and German call the interview a talk: "het gesprek", "das Gespräch" (invented mail, issue 14).

French's "entretien", Spanish's and Portuguese's "entrevista", Italian's "colloquio" say job on their own;
Dutch and German hold a job interview as "een gesprek" / "ein Gespräch", the same word as any talk, and
only their compounds ("sollicitatiegesprek", "Vorstellungsgespräch") were read as job words. A person's
decision after the talks ("na de gesprekken hebben we gekozen voor iemand die ...", "nach unserem
Gespräch haben wir uns für jemanden entschieden") named no other job word and was read as some other
application's. The talk held with the reader is the job's context where the mail turns them down
(talk_held.py); a flat's viewing talk still names the flat, so it stays no job, and so do a friend's good
wishes for the reader's own talks.
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Kind, Status

TALKS_THEN_A_DECISION = [
    row(
        "a_dutch_bakery_chose_someone_after_the_talk",
        Status.REJECTED,
        "Broodatelier De Zwaluwstaart",
        sender="Jorrit Haverkamp <jorrit@zwaluwstaart-brood.nl>",
        subject="Re: ons gesprek van dinsdag",
        body="Hoi Merel,\n\nDank je wel dat je dinsdag langskwam. We hebben er lang over nagedacht, maar we "
        "hebben gekozen voor iemand die al jaren met zuurdesem werkt.\n\nHeel veel succes!\n\nGroet,\n"
        "Jorrit Haverkamp\nBroodatelier De Zwaluwstaart",
    ),
    row(
        "a_flemish_studio_goes_on_with_someone_else_after_two_talks",
        Status.REJECTED,
        "Ateliers Vandekerckhove-Staelens",
        sender="Griet Staelens <griet@vandekerckhove-staelens.be>",
        subject="Onze beslissing",
        body="Dag Wannes,\n\nBedankt voor de twee fijne gesprekken. Na lang wikken en wegen hebben we "
        "gekozen voor iemand anders, die al met glas-in-lood heeft gewerkt.\n\nHartelijke groeten,\nGriet "
        "Staelens\nAteliers Vandekerckhove-Staelens",
    ),
    row(
        "an_austrian_workshop_decided_for_someone_after_the_talk",
        Status.REJECTED,
        "Orgelbau Pichlwanger",
        sender="Leopold Pichlwanger <l.pichlwanger@orgelbau-pichlwanger.at>",
        subject="Nach unserem Gespräch",
        body="Sehr geehrter Herr Zauchner,\n\ndanke nochmals für das offene Gespräch am Freitag. Wir haben "
        "uns nach reiflicher Überlegung für jemanden entschieden, der schon zehn Jahre Pfeifen intoniert.\n\n"
        "Alles Gute für Sie!\n\nLeopold Pichlwanger\nOrgelbau Pichlwanger",
    ),
    row(
        "a_swiss_founder_chose_someone_after_the_talks",
        Status.REJECTED,
        "Firnglanz Robotics",
        sender="Urs Tschannen <urs@firnglanz-robotics.ch>",
        subject="Unsere Entscheidung",
        body="Hoi Ladina\n\nnach den Gesprächen mit dir und dem Team haben wir lange überlegt und uns "
        "am Ende für jemanden entschieden, der bereits Greifarme für Lebensmittel gebaut hat.\n\n"
        "Herzliche Grüsse\n"
        "Urs Tschannen\nFirnglanz Robotics",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), TALKS_THEN_A_DECISION)
def test_a_decision_after_the_talk_is_the_readers_application(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_a_flats_viewing_talk_stays_no_job():
    result = extract(
        sender="Hausverwaltung Kienreich <vermietung@kienreich-haus.at>",
        subject="Ihre Anfrage zur Wohnung Gartengasse",
        body="Sehr geehrte Frau Zauchner,\n\ndanke für das nette Gespräch bei der Besichtigung der Wohnung. "
        "Wir haben uns für jemanden entschieden, der schon länger im Haus wohnt.\n\nMit freundlichen Grüßen\n"
        "Hausverwaltung Kienreich",
    )
    assert result.kind is Kind.OTHER, result


def test_a_friend_wishing_luck_for_the_readers_talks_stays_no_job():
    result = extract(
        sender="Vinzenz Rauchegger <vinz.rauchegger@posteo.at>",
        subject="Rax am Samstag?",
        body="Servus Gotti,\n\nwie wär's mit der Rax am Samstag, 9. Mai? Treffpunkt 6:30 am Bahnhof, Theres "
        "kommt auch.\n\nUnd viel Glück für deine Gespräche am Montag!\n\nLG Vinz",
    )
    assert result.kind is Kind.OTHER, result
