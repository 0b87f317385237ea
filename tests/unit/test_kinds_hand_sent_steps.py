"""Application mail in few words, read as an application in every language: a person answering the
reader in a thread sets a step, a person sends the offer under a subject that names only it, a board's
receipt in a sentence, an invitation to a selection day. Their lookalikes stay other mail: a friend's or a
tradesman's reply, a price quote, an employee's yearly review. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status

THREAD_ANSWERS = [
    pytest.param(
        "AW: Gesprächstermin",
        "Hallo Frau Lange,\n\ndanke für Ihre Rückmeldung. Passt Ihnen Mittwoch um 11 Uhr? Dann sehen wir uns "
        "bei uns im Büro.\n\nPetra Hofmann",
        "Petra Hofmann <petra@elbtal-software.de>",
        id="de_reply_sets_the_appointment",
    ),
    pytest.param(
        "Re: Tweede gesprek",
        "Hoi Noor,\n\nDonderdag om 10:00 is prima, ik stuur je een uitnodiging voor de videocall.\n\nMark",
        "Mark Smit <mark@zeilmakerij-smit.nl>",
        id="nl_reply_sets_the_second_talk",
    ),
]
OFFERS_BY_HAND = [
    pytest.param(
        "Our offer",
        "Hi Jo,\n\nGood to talk earlier. As promised, please find our offer attached.\n\nNina",
        "Nina Shah <nina@copperkettle.co.uk>",
        id="en_our_offer_attached",
    ),
    pytest.param(
        "La nostra proposta",
        "Ciao Paolo,\n\ncome d'accordo ti invio in allegato la nostra proposta. A presto.\n\nMarta",
        "Marta Greco <marta.greco@panificiogreco.it>",
        id="it_the_proposal_attached",
    ),
    pytest.param(
        "Notre proposition",
        "Bonjour Inès,\n\nComme convenu, je vous transmets ci-joint notre proposition.\n\nPaul Mercier",
        "Paul Mercier <p.mercier@menuiserie-mercier.fr>",
        id="fr_our_proposal_enclosed",
    ),
    pytest.param(
        "Vertragsangebot",
        "Hallo Frau Roth,\n\nanbei erhalten Sie wie besprochen unser Vertragsangebot.\n\nGruß\nUwe Kranz",
        "Uwe Kranz <u.kranz@kranz-logistik.de>",
        id="de_the_contract_offer_enclosed",
    ),
]
BOARD_RECEIPTS = [
    pytest.param(
        "Postulaste al aviso Repositor",
        "Tu CV fue enviado a la empresa Almacenes Ríos.",
        "Bumeran <no-reply@bumeran.com.ar>",
        id="es_cv_sent_to_the_company",
    ),
]
SELECTION_DAYS = [
    pytest.param(
        "Einladung",
        "Sehr geehrte Frau Yıldız,\n\nwir laden Sie zu unserem Auswahltag am 14. Januar um 9 Uhr ein.\n\n"
        "Ihr Personalteam der Kreiswerke Selm",
        "Personal Kreiswerke Selm <personal@kreiswerke-selm.de>",
        id="de_auswahltag",
    ),
    pytest.param(
        "Convocation",
        "Bonjour Monsieur Diallo,\n\nNous vous convions à notre journée de recrutement le 12 janvier à 9h : "
        "tests écrits puis entretien individuel.\n\nService recrutement, Autocars Vallée",
        "Recrutement Autocars Vallée <recrutement@autocars-vallee.fr>",
        id="fr_journee_de_recrutement_with_its_interview",
    ),
    pytest.param(
        "Convocazione",
        "Gentile Marta,\n\nla invitiamo alla giornata di selezione del 20 gennaio presso la nostra sede.\n\n"
        "Ufficio Personale Cartiera Adda",
        "Ufficio Personale <personale@cartiera-adda.it>",
        id="it_giornata_di_selezione",
    ),
    pytest.param(
        "Uitnodiging",
        "Beste Lotte,\n\nWe nodigen je uit voor onze selectiedag op 9 januari in Zwolle.\n\nTeam Werving",
        "Werving Waterschap Vecht <werving@waterschap-vecht.nl>",
        id="nl_selectiedag",
    ),
]
LOOKALIKES = [
    pytest.param(
        "Re: Meeting",
        "Hi Tom,\n\nTuesday at 2pm works. I'll send a calendar invite for the video call.\n\nSara",
        "Sara Lind <sara.lind@northgate-foods.com>",
        id="a_colleagues_reply_about_a_meeting",
    ),
    pytest.param(
        "AW: Termin",
        "Hallo Herr Meier,\n\npasst Ihnen Dienstag um 10 Uhr? Dann sehen wir uns in der Praxis.\n\nAnna Wolf",
        "Anna Wolf <a.wolf@praxis-wolf.de>",
        id="a_practices_reply_about_an_appointment",
    ),
    pytest.param(
        "Offer",
        "Hi,\n\nPlease find our offer attached for the website redesign. Valid for 30 days.\n\nDan",
        "Dan Reid <dan@pixelforge.io>",
        id="a_vendors_offer_for_its_work",
    ),
    pytest.param(
        "Re: Saturday",
        "Sounds good, see you Saturday at 7! I'll send a calendar invite for the video call with the others.",
        "Sam Ortiz <sam.ortiz@gmail.com>",
        id="a_friends_reply_from_a_personal_mailbox",
    ),
    pytest.param(
        "Unser Angebot",
        "Sehr geehrter Herr Lenz,\n\nanbei erhalten Sie unser Angebot für die Badsanierung.\n\nMit "
        "freundlichen Grüßen\nFranz Huber",
        "Franz Huber <f.huber@huber-sanitaer.de>",
        id="a_tradesmans_quote",
    ),
    pytest.param(
        "Proposta",
        "Buongiorno,\n\nle invio in allegato la nostra proposta commerciale per la fornitura.\n\nLuca Sala",
        "Luca Sala <l.sala@forniture-sala.it>",
        id="a_suppliers_price_proposal",
    ),
    pytest.param(
        "Votre entretien individuel annuel",
        "Bonjour,\n\nVotre entretien individuel annuel avec votre manager aura lieu le 3 février.\n\nRH",
        "RH Groupe Sarl <rh@groupe-sarl.fr>",
        id="an_employees_yearly_review",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), THREAD_ANSWERS)
def test_a_person_answering_the_reader_with_a_step_is_their_application(subject, body, sender):
    result = extract(body, subject, sender)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.INTERVIEW)


@pytest.mark.parametrize(("subject", "body", "sender"), OFFERS_BY_HAND)
def test_an_offer_sent_by_hand_under_a_subject_naming_only_it_is_an_offer(subject, body, sender):
    result = extract(body, subject, sender)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.OFFER)


@pytest.mark.parametrize(("subject", "body", "sender"), BOARD_RECEIPTS)
def test_a_boards_receipt_in_one_sentence_is_an_application(subject, body, sender):
    result = extract(body, subject, sender)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.APPLIED)


@pytest.mark.parametrize(("subject", "body", "sender"), SELECTION_DAYS)
def test_an_invitation_to_a_selection_day_is_an_interview(subject, body, sender):
    result = extract(body, subject, sender)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.INTERVIEW)


@pytest.mark.parametrize(("subject", "body", "sender"), LOOKALIKES)
def test_replies_quotes_and_reviews_that_are_no_hiring_stay_other_mail(subject, body, sender):
    assert extract(body, subject, sender).kind is not Kind.APPLICATION
