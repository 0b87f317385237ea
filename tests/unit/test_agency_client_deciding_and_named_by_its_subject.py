"""An agency passing its client's decision on with the client as the sentence's subject, and filing the
mail under the same name (invented mail): "Rückmeldung Quarzwerk Halbig" / "Quarzwerk Halbig hat sich ...
entschieden", "Retour Tissages Morvellec" / "Tissages Morvellec ont retenu". The labelling rule: the company
is the client the mail names, else the agency; the name the subject and the deciding sentence share is the
client's. A sentence opening with the agency's own name is no client's."""

import pytest

from tests.extraction_support import application_row as relayed
from tests.extraction_support import assert_application_naming, extract
from tracker.models import Status

DECIDING_CLIENTS = [
    relayed(
        "a_german_agency_passes_on_its_clients_choice",
        Status.REJECTED,
        "Quarzwerk Halbig",
        sender="Hauke Brodersen <h.brodersen@wattenmeer-personal.example>",
        subject="Rückmeldung Quarzwerk Halbig",
        body="Moin Herr Tjarks,\n\nleider keine guten Nachrichten: Quarzwerk Halbig hat sich nach den "
        "Gesprächen für einen anderen Bewerber entschieden.\n\nIch melde mich, sobald ich etwas Neues "
        "habe.\n\nBeste Grüße\nHauke Brodersen\n\nWattenmeer Personal GmbH\nTel. 0000 000000",
    ),
    relayed(
        "a_french_agency_passes_on_its_clients_choice",
        Status.REJECTED,
        "Tissages Morvellec",
        sender="Gwendal Ropars | Armor Talent <g.ropars@armortalent.example>",
        subject="Retour Tissages Morvellec",
        body="Bonjour Maëlys,\n\nje reviens vers vous après les entretiens : Tissages Morvellec ont "
        "retenu une autre candidature.\n\nBien à vous,\n\nGwendal Ropars\nArmor Talent\n"
        "00 00 00 00 00",
    ),
    relayed(
        "an_italian_agency_passes_on_its_clients_choice",
        Status.REJECTED,
        "Oleificio Sperandeo",
        sender="Calogero Amenta <c.amenta@trinacriapersonale.example>",
        subject="Aggiornamento Oleificio Sperandeo",
        body="Buongiorno Rosalia,\n\ndopo i colloqui, Oleificio Sperandeo ha scelto un altro candidato "
        "con più esperienza in laboratorio.\n\nCordiali saluti,\n\nCalogero Amenta\nTrinacria Personale "
        "S.r.l. – Agenzia per il Lavoro\nTel. 000 000 0000",
    ),
    relayed(
        "an_english_recruiter_passes_on_its_clients_decision",
        Status.REJECTED,
        "Pendlebury Castings",
        sender="Moira Aucott | Fellside Talent <moira@fellsidetalent.example>",
        subject="Pendlebury Castings feedback",
        body="Hi Lorcan,\n\nI'm sorry to say Pendlebury Castings won't be taking your application "
        "further this time.\n\nThanks for your patience,\n\nMoira Aucott\nFellside Talent\n"
        "00000 000000",
    ),
]


# German and Dutch put the one who decided after the verb where the sentence opens with another word.
INVERTED_DECISIONS = [
    relayed(
        "a_german_agency_opens_the_decision_with_an_adverb",
        Status.REJECTED,
        "Schieferbruch Altenwald",
        sender="Wiebke Harmsen <w.harmsen@talwerk-personal.example>",
        subject="Feedback Schieferbruch Altenwald",
        body="Hallo Herr Brüggemann,\n\nnach dem zweiten Gespräch hat sich Schieferbruch Altenwald leider "
        "für eine andere Bewerberin entschieden.\n\nViele Grüße\nWiebke Harmsen\nTalwerk Personal GmbH\n"
        "Tel. 0000 000000",
    ),
    relayed(
        "a_swiss_agency_puts_the_reflexive_after_the_client",
        Status.REJECTED,
        "Zuckerbäckerei Ruefenacht",
        sender="Ursina Tschudin <u.tschudin@alpenlicht-personalberatung.example>",
        subject="Rückmeldung Zuckerbäckerei Ruefenacht",
        body="Grüezi Frau Vonlanthen\n\nInzwischen hat Zuckerbäckerei Ruefenacht sich entschieden, die "
        "Stelle intern zu besetzen.\n\nFreundliche Grüsse\nUrsina Tschudin\nAlpenlicht Personalberatung AG\n"
        "000 000 00 00",
    ),
    relayed(
        "a_dutch_agency_opens_the_choice_with_an_adverb",
        Status.REJECTED,
        "Kwekerij Oosthaven",
        sender="Femke Roozendaal <femke@polderwerving.example>",
        subject="Terugkoppeling Kwekerij Oosthaven",
        body="Hoi Joost,\n\nHelaas heeft Kwekerij Oosthaven gekozen voor een kandidaat met meer ervaring in "
        "de kas.\n\nGroet,\nFemke Roozendaal\nPolderwerving B.V.\n000-0000000",
    ),
    relayed(
        "a_flemish_agency_tells_the_decision_after_the_talks",
        Status.REJECTED,
        "Brouwerij Vermeesch",
        sender="Griet Meulebrouck <griet@kempenuitzend.example>",
        subject="Feedback Brouwerij Vermeesch",
        body="Dag Wannes,\n\nNa de gesprekken heeft Brouwerij Vermeesch besloten om verder te gaan met een "
        "andere kandidaat.\n\nMet vriendelijke groeten,\nGriet Meulebrouck\nKempen Uitzendbureau\n"
        "000 00 00 00",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), INVERTED_DECISIONS)
def test_the_client_deciding_after_its_verb_in_german_or_dutch_is_the_employer(mail, status, company, title):
    assert_application_naming(extract(**mail), company, status)


@pytest.mark.parametrize(("mail", "status", "company", "title"), DECIDING_CLIENTS)
def test_the_client_deciding_in_an_agencys_body_and_named_by_its_subject_is_the_employer(
    mail, status, company, title
):
    assert_application_naming(extract(**mail), company, status)


def test_an_agency_opening_a_sentence_with_its_own_name_keeps_the_agency():
    result = extract(
        sender="Moira Aucott <moira@fellsidestaffing.example>",
        subject="Update from Fellside Staffing",
        body="Hi Lorcan,\n\nI'm sorry to say the client has gone with another candidate. Fellside Staffing "
        "has decided to keep your CV on file for similar roles.\n\nMoira Aucott\nFellside Staffing",
    )
    assert_application_naming(result, "Fellside Staffing", Status.REJECTED)
